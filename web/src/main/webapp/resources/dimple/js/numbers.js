/*
 * A chart's figures as a table, on demand: each "Show the numbers" button (.numbers-toggle) folds and unfolds the
 * table it controls (aria-controls) and says so in aria-expanded. Without scripts the button stays hidden and the
 * table is simply shown, so the numbers are never out of reach. Words come from the button (data-show, data-hide).
 */
(function () {
  'use strict';

  function setUp(button) {
    var table = document.getElementById(button.getAttribute('aria-controls'));
    if (!table || button.hasAttribute('data-numbers-ready')) {
      return;
    }
    function show(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      button.textContent = button.getAttribute(open ? 'data-hide' : 'data-show');
      table.hidden = !open;
    }
    button.setAttribute('data-numbers-ready', '');
    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    show(false);
    button.hidden = false;
  }

  function start() {
    document.querySelectorAll('button.numbers-toggle[aria-controls]').forEach(setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
