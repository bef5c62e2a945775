/*
 * The show-password switch of the sign-in page, which loads none of PrimeFaces' scripts (ADR 38): a button beside
 * the field (hidden where scripts do not run) that shows the password as text and hides it again. aria-pressed says
 * which it is; the label stays "Show password".
 */
(function () {
  'use strict';

  function start() {
    document.querySelectorAll('button[data-reveal]').forEach(function (button) {
      var field = document.getElementById(button.getAttribute('data-reveal'));
      if (!field) {
        return;
      }
      var wrapper = button.parentElement;
      button.hidden = false;
      button.addEventListener('click', function () {
        var shown = field.type === 'password';
        field.type = shown ? 'text' : 'password';
        button.setAttribute('aria-pressed', String(shown));
        wrapper.classList.toggle('ui-password-masked', !shown);
        wrapper.classList.toggle('ui-password-unmasked', shown);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
