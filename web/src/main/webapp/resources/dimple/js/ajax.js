/*
 * Ajax on a page without PrimeFaces' scripts (the report form, docs/adr/0038), through Faces' own faces.js and no
 * inline handler (the CSP allows none). An element asks for it with data attributes:
 * - data-ajax: the event that sends it (input, change or click; a click's own submit is then not done);
 * - data-ajax-delay: milliseconds to wait after the last such event (typing), the earlier wait dropped;
 * - data-ajax-run: the id of a (hidden) command button whose action the request runs; otherwise the element itself
 *   is the request's source and nothing but the update happens on the server;
 * - data-ajax-execute / data-ajax-render: the client ids to send and to draw again.
 * An element drawn again that holds (or is) one with data-ajax-focus gets the focus when the answer is in, after
 * "dimple:ajaxcomplete" was heard: the question a button asked (a lesson's "Archive this lesson?"), or the button that
 * asks it again after "Keep it".
 * A change inside an element (a radio button in its group) counts for the element. When the answer is in, the
 * event "dimple:ajaxcomplete" goes to the document, as PrimeFaces' pfAjaxComplete does on its pages, so that the
 * other scripts mend what was drawn again. A form sent while a typing wait is not over drops the wait: a check sent
 * after the form would race the save. window.dimpleAjax.idle() says whether nothing is waiting or under way (tests).
 */
(function () {
  'use strict';

  var running = 0;
  var waits = {};

  function finished() {
    running = Math.max(0, running - 1);
    document.dispatchEvent(new CustomEvent('dimple:ajaxcomplete'));
  }

  function send(holder, event) {
    var run = holder.getAttribute('data-ajax-run');
    var source = run ? document.getElementById(run) : holder;
    if (!source || !window.faces) {
      return;
    }
    var render = holder.getAttribute('data-ajax-render') || '@none';
    var options = {
      execute: (source.id + ' ' + (holder.getAttribute('data-ajax-execute') || '')).trim(),
      render: render,
      onevent: function (data) {
        if (data.status === 'complete') {
          withoutScripts(data.responseXML);
        } else if (data.status === 'success') {
          finished();
          // After the other scripts have mended the page (forms.js may move the focus to a field still marked invalid).
          focusAsked(render);
        }
      },
      onerror: finished
    };
    if (source.type === 'submit') {
      // A button's action runs only for the event Faces calls "action" (not for a delayed or a typing event).
      options['jakarta.faces.behavior.event'] = 'action';
    }
    if (source === holder && event && event.type === 'click') {
      // A button clicked waits for its answer (which draws it again), as PrimeFaces' buttons do: a second click, or a
      // draft being put back (drafts.js), never adds a row twice.
      source.disabled = true;
      var settle = options.onevent;
      options.onevent = function (data) {
        if (data.status === 'success') {
          source.disabled = false;
        }
        settle(data);
      };
      options.onerror = function () {
        source.disabled = false;
        finished();
      };
    }
    running++;
    window.faces.ajax.request(source, event, options);
  }

  function focusAsked(render) {
    render.split(/\s+/).some(function (id) {
      var drawn = document.getElementById(id);
      var target = drawn && (drawn.hasAttribute('data-ajax-focus') ? drawn : drawn.querySelector('[data-ajax-focus]'));
      if (target) {
        target.focus();
      }
      return Boolean(target);
    });
  }

  /**
   * PrimeFaces puts into every Ajax answer a script renewing its own script's nonce, which faces.js would run with
   * eval, which the CSP refuses (a violation, and the answer counted as failed). This page holds no PrimeFaces script
   * and nothing of Dimple's sends scripts in an answer: they are dropped before faces.js reads the answer.
   */
  function withoutScripts(answer) {
    if (answer) {
      Array.prototype.slice.call(answer.getElementsByTagName('eval')).forEach(function (script) {
        script.parentNode.removeChild(script);
      });
    }
  }

  function handle(event) {
    var holder = event.target.closest && event.target.closest('[data-ajax]');
    if (!holder || holder.getAttribute('data-ajax') !== event.type) {
      return;
    }
    if (event.type === 'click') {
      event.preventDefault();
    }
    var delay = parseInt(holder.getAttribute('data-ajax-delay') || '0', 10);
    if (!delay) {
      send(holder, event);
      return;
    }
    var key = holder.getAttribute('data-ajax-run') || holder.id;
    clearTimeout(waits[key]);
    waits[key] = setTimeout(function () {
      delete waits[key];
      send(holder, null);
    }, delay);
  }

  ['input', 'change', 'click'].forEach(function (type) {
    document.addEventListener(type, handle);
  });
  document.addEventListener('submit', function () {
    Object.keys(waits).forEach(function (key) {
      clearTimeout(waits[key]);
      delete waits[key];
    });
  }, true);

  window.dimpleAjax = {
    idle: function () {
      return running === 0 && Object.keys(waits).length === 0;
    }
  };
})();
