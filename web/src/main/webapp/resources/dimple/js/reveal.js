/*
 * The show-password switch of the sign-in page, which loads none of PrimeFaces' scripts (ADR 38): a button beside
 * the field (hidden where scripts do not run) that shows the password as text and hides it again. aria-pressed says
 * which it is; the label stays "Show password". And the close buttons of that page's messages (the layout's plain
 * markup in PrimeFaces' classes): a click or a key removes the message and puts the focus on the page's main part,
 * so that it is not lost with the button; also for messages an Ajax answer draws again (a lesson's endorsements).
 */
(function () {
  'use strict';

  function closeMessages() {
    document.querySelectorAll('button[data-close-message]:not([data-closes])').forEach(function (button) {
      button.setAttribute('data-closes', '');
      button.hidden = false;
      button.addEventListener('click', function () {
        var message = button.parentElement;
        message.parentElement.removeChild(message);
        var main = document.getElementById('main');
        if (main) {
          main.focus();
        }
      });
    });
  }

  function start() {
    closeMessages();
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

  document.addEventListener('dimple:ajaxcomplete', closeMessages);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
