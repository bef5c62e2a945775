/*
 * The "Copy" button of a drafted letter on a recovery case (docs/adr/0049): shown only where scripts run, it copies
 * the text field named in data-copy to the clipboard, as the person edited it, and says so in the words the page
 * gives it in data-copied, in the status beside it. Where the browser offers no clipboard to scripts (a page not
 * served over HTTPS), the text is selected and copied as a person's "copy" would. No inline script: the content security policy (ADR 16).
 */
(function () {
  'use strict';

  function start() {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var field = document.getElementById(button.getAttribute('data-copy'));
      var status = document.getElementById(button.getAttribute('aria-describedby'));
      if (!field) {
        return;
      }
      button.hidden = false;
      function copied() {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      }
      function copyBySelecting() {
        field.focus();
        field.select();
        if (document.execCommand('copy')) {
          copied();
        }
      }
      button.addEventListener('click', function () {
        if (navigator.clipboard) {
          navigator.clipboard.writeText(field.value).then(copied, copyBySelecting);
        } else {
          copyBySelecting();
        }
      });
      field.addEventListener('input', function () {
        if (status) {
          status.textContent = '';
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
