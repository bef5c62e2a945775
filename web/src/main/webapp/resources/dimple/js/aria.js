/*
 * Names and roles that PrimeFaces 15 leaves out or gets wrong, mended on every page (issue 12, docs/adr/0043), each
 * time PrimeFaces adds or replaces the elements (a select menu draws its options when first opened, messages and
 * chosen items come and go with ajax):
 * - a select menu's option list is named by the field's label, so a screen reader does not announce an unnamed list;
 * - the chosen items of a multiple autocomplete are a plain list beside the text field (PrimeFaces calls it a
 *   listbox of options, which then holds a list item with a combobox in it: neither list nor listbox);
 * - the list around each kind of message is only a container: its items are alerts, not list items.
 */
(function () {
  'use strict';

  function labelFor(base) {
    var found = null;
    ['_focus', '_label', '_input', ''].some(function (suffix) {
      found = document.querySelector('label[for="' + CSS.escape(base + suffix) + '"]');
      return !!found;
    });
    return found;
  }

  function nameBy(element, base, fallback) {
    var label = labelFor(base);
    if (label) {
      label.id = label.id || base + '_name';
      element.setAttribute('aria-labelledby', label.id);
    } else if (fallback && fallback.getAttribute('aria-labelledby')) {
      element.setAttribute('aria-labelledby', fallback.getAttribute('aria-labelledby'));
    } else if (fallback && fallback.getAttribute('aria-label')) {
      element.setAttribute('aria-label', fallback.getAttribute('aria-label'));
    }
  }

  function nameOptionLists() {
    document.querySelectorAll('.ui-selectonemenu-panel [role=listbox]:not([aria-labelledby]):not([aria-label]),'
        + ' .ui-selectcheckboxmenu-panel [role=listbox]:not([aria-labelledby]):not([aria-label])').forEach(function (list) {
      var panel = list.closest('[id$=_panel]');
      if (panel) {
        var base = panel.id.replace(/_panel$/, '');
        nameBy(list, base, document.getElementById(base + '_label') || document.getElementById(base + '_focus'));
      }
    });
  }

  function chosenItemsAsList() {
    document.querySelectorAll('ul.ui-autocomplete-multiple-container[role=listbox]').forEach(function (list) {
      list.setAttribute('role', 'list');
      list.removeAttribute('aria-orientation');
      var holder = list.closest('.ui-autocomplete');
      if (holder && holder.id) {
        nameBy(list, holder.id, document.getElementById(holder.id + '_input'));
      }
    });
    document.querySelectorAll('ul.ui-autocomplete-multiple-container[role=list] > li[role=option]').forEach(function (item) {
      item.removeAttribute('role');
      item.removeAttribute('aria-selected');
    });
  }

  function messagesNotLists() {
    document.querySelectorAll('.ui-messages > div > ul:not([role]), .ui-messages ul:not([role])').forEach(function (list) {
      if (list.querySelector(':scope > li[role=alert]')) {
        list.setAttribute('role', 'none');
      }
    });
  }

  function mend() {
    nameOptionLists();
    chosenItemsAsList();
    messagesNotLists();
  }

  function start() {
    mend();
    new MutationObserver(mend).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
