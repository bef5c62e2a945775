/*
 * Character counters for the fields that declare a limit (data-maxlength). The browser's own maxlength is
 * not used because it cuts a pasted text short without a word: here a text that is too long stays as it
 * was typed, the counter says by how much, and the server refuses it with a message beside the field.
 * Characters are counted as the server counts them: line breaks as sent (CR LF), an emoji once.
 * Words come from the page (#formWords in the layout, from the bundles), so they follow the reader's language.
 */
(function () {
  'use strict';

  function fieldOf(holder) {
    return holder.matches('input, textarea') ? holder : holder.querySelector('input:not([type=hidden]), textarea');
  }

  function length(text) {
    return Array.from(text.replace(/\r?\n/g, '\r\n')).length;
  }

  function number(n) {
    return Number(n).toLocaleString(document.documentElement.lang || undefined);
  }

  /** The page's words (#formWords) of this name, as forms.js reads them: the script itself holds none. */
  function word(name) {
    var words = document.getElementById('formWords');
    return (words && words.getAttribute('data-' + name)) || '';
  }

  /** "This is 2,345 characters; the limit is 2,000. Nothing was cut: …" in the page's words (#formWords, forms.js). */
  function tooLong(used, limit) {
    return word('too-long').replace('{0}', number(used)).replace('{1}', number(limit));
  }

  /** "195 characters left", "1 character left", "Noch 195 Zeichen frei". */
  function left(n) {
    return word(n === 1 ? 'left-one' : 'left-other').replace('{0}', number(n));
  }

  function counterOf(holder, field) {
    var named = holder.getAttribute('data-counter');
    if (named && document.getElementById(named)) {
      return document.getElementById(named);
    }
    var next = holder.nextElementSibling;
    if (next && next.classList.contains('char-counter')) {
      return next;
    }
    var counter = document.createElement('small');
    counter.className = 'char-counter';
    counter.setAttribute('aria-live', 'polite');
    counter.id = (field.id || holder.id || 'field') + '_counter';
    holder.insertAdjacentElement('afterend', counter);
    var described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', described ? described + ' ' + counter.id : counter.id);
    return counter;
  }

  function update(holder) {
    var field = fieldOf(holder);
    var limit = parseInt(holder.getAttribute('data-maxlength'), 10);
    if (!field || isNaN(limit)) {
      return;
    }
    var used = length(field.value);
    var over = used > limit;
    var shown = field.tagName === 'TEXTAREA' || holder.hasAttribute('data-counter') || used >= limit * 0.8;
    var counter = counterOf(holder, field);
    if (over) {
      counter.textContent = tooLong(used, limit);
    } else if (shown && field.type !== 'password') {
      counter.textContent = left(limit - used);
    } else {
      counter.textContent = '';
    }
    counter.classList.toggle('over-limit', over);
    field.classList.toggle('over-limit', over);
  }

  function updateAll() {
    document.querySelectorAll('[data-maxlength]').forEach(update);
  }

  document.addEventListener('input', function (event) {
    var holder = event.target.closest && event.target.closest('[data-maxlength]');
    if (holder) {
      update(holder);
    }
  });
  function start() {
    updateAll();
    // Parts of a page replaced by a PrimeFaces Ajax update get their counters again.
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', updateAll);
    }
    // Or by ajax.js, on a page without PrimeFaces' scripts.
    document.addEventListener('dimple:ajaxcomplete', updateAll);
  }

  // PrimeFaces moves scripts to the end of the page: jQuery is there by DOMContentLoaded, maybe not before.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
