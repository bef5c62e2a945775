/*
 * On a phone (narrower than 40rem, as in phone.css) the header's menu folds under its "Menu" button and the lesson
 * board's filters start folded. The button and the folded menu show from the first paint (phone.css), so nothing
 * moves when this script runs; without scripts css/noscript.css hides the button and shows the menu in full.
 * The button toggles aria-expanded, which phone.css reads; Escape in the open menu closes it and puts focus back on
 * the button (only if focus was in the menu), so keyboard users are never left on a link that just vanished.
 */
(function () {
  'use strict';

  var PHONE = '(max-width: 40rem)';

  function phone() {
    return window.matchMedia && window.matchMedia(PHONE).matches;
  }

  function setUpMenu() {
    var button = document.getElementById('menuButton');
    var menu = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!menu) {
      return;
    }
    function setOpen(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    setOpen(false);
    button.addEventListener('click', function () {
      setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (e) {
      if (e.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true' || !phone()) {
        return;
      }
      if (e.target === button || menu.contains(e.target)) {
        setOpen(false);
        button.focus();
      }
    });
  }

  /* The board's filters: open on a desktop, folded on a phone unless a filter is set (data-phone-folds="false"). */
  function foldFilters() {
    if (!phone()) {
      return;
    }
    var folding = document.querySelectorAll('details[data-phone-folds="true"]');
    for (var i = 0; i < folding.length; i++) {
      if (!folding[i].hasAttribute('data-phone-folded')) {
        folding[i].open = false;
        folding[i].setAttribute('data-phone-folded', 'true');
      }
    }
  }

  /*
   * A table's cards (PrimeFaces reflow) show each column's header in every cell. Screen readers already hear that
   * header from the table's own header row (kept, only hidden from sight): the copy in the cell is hidden from them.
   */
  function quietCardLabels() {
    var titles = document.querySelectorAll('.ui-datatable-reflow td .ui-column-title');
    for (var i = 0; i < titles.length; i++) {
      titles[i].setAttribute('aria-hidden', 'true');
    }
  }

  function afterRendering() {
    foldFilters();
    quietCardLabels();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpMenu();
    afterRendering();
    // An ajax answer (the board's Search, a table's next page) renders parts again: treat the new parts as the first.
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', afterRendering);
    }
    document.addEventListener('dimple:ajaxcomplete', afterRendering);
  });
}());
