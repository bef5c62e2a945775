/*
 * The keyboard never loses its place (issue 12):
 *
 * An ajax update never drops the focus. When an update replaces the element that had the focus (the report form
 * redraws its similar lessons after each key typed in the narrative, also after the Tab that left it for the first
 * lesson's link), the browser puts the focus on the page itself, and the next Tab starts again at the top. After each
 * update the focus goes back to the element of the same id, when there is one.
 *
 * Tables are plain tables for the keyboard: every p:dataTable has cellNavigation="false" (or reflow, which has the same
 * effect), so each link and button in a cell is a Tab stop of its own and Enter acts on it, as everywhere else
 * (docs/adr/0044).
 */
(function () {
  'use strict';

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
    document.addEventListener('dimple:ajaxcomplete', focusAgain);
  });
}());
