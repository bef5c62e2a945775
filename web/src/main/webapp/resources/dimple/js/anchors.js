/*
 * A link to a field of a page (…#form:field, as the open wording hints before a review's approval give)
 * puts the focus in that field, not only the scroll position: the person can type at once, and a screen
 * reader says where they are. A list or heading gets the focus too (with tabindex -1, out of the tab order).
 */
(function () {
  'use strict';

  function focusTarget() {
    if (!window.location.hash || window.location.hash.length < 2) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(window.location.hash.substring(1)));
    if (!target) {
      return;
    }
    if (!/^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(target.tagName) && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusTarget);
  } else {
    focusTarget();
  }
}());
