/*
 * The keyboard never loses its place (issue 12):
 *
 * An ajax update never drops the focus. When an update replaces the element that had the focus (the report form
 * redraws its similar lessons after each key typed in the narrative, also after the Tab that left it for the first
 * lesson's link), the browser puts the focus on the page itself, and the next Tab starts again at the top. After each
 * update the focus goes back to the element of the same id, when there is one.
 *
 * Enter on a link or button inside a table does what it does everywhere else.
 * PrimeFaces 15 gives a p:dataTable without reflow a grid of cells to move through with the arrow keys; its key handler
 * on each cell catches Enter and Space, clicks the first link or button of the cell through jQuery (which never follows
 * a link) and cancels the key. So Enter on a link in such a table did nothing, and Enter on the second button of a cell
 * clicked the first. When a link or button of a cell has the focus, the key is stopped on that element, after its own
 * handlers and before the cell's: the browser then acts on that very element. The arrow keys between cells, and PrimeFaces'
 * own widgets in cells (menus, row togglers), stay as they were.
 */
(function () {
  'use strict';

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if ((event.key !== 'Enter' && event.key !== ' ') || !target || !target.matches
        || !target.matches('a[href], button') || !target.closest('.ui-datatable td')) {
      return;
    }
    function keepFromTheCell(e) {
      target.removeEventListener('keydown', keepFromTheCell);
      if (e === event) {
        e.stopPropagation();
      }
    }
    target.addEventListener('keydown', keepFromTheCell);
  }, true);

  var focused = null;
  document.addEventListener('focusin', function (event) {
    focused = event.target;
  });

  function focusAgain() {
    var now = document.activeElement;
    if ((now && now !== document.body) || !focused || !focused.id || document.contains(focused)) {
      return;
    }
    var again = document.getElementById(focused.id);
    if (again) {
      again.focus({ preventScroll: true });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', focusAgain);
    }
  });
}());
