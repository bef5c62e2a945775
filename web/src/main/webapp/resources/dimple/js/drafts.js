/*
 * Nothing typed is lost (ADR 23). What a person types into a form marked data-draft is kept in this
 * browser tab (sessionStorage, never sent anywhere) until the form is saved: a session that ended, a
 * review tab clicked away, a reload or a trip through the sign-in page brings it back. Drafts belong to
 * the person signed in (data-draft-owner on the body): another person signing in on this tab never sees
 * them, and signing out clears them all. While someone types, the session is kept alive; if it has ended
 * anyway, the page says so before Submit is pressed.
 *
 * A draft remembers the values the page had when typing began. When the page comes back with other
 * values (someone else saved meanwhile), the person's text is not put over them: it is shown beside the
 * field, to copy.
 */
(function () {
  'use strict';

  var PREFIX = 'dimple.draft.';
  var SENT = 'dimple.draftSent';
  var RETURN_TO = 'dimple.returnTo';
  var KEEP_ALIVE_EVERY = 4 * 60 * 1000;
  var MOST_PASSES = 12;

  var store = (function () {
    try {
      var s = window.sessionStorage;
      s.setItem('dimple.probe', '1');
      s.removeItem('dimple.probe');
      return s;
    } catch (e) {
      return null;
    }
  })();

  function words() {
    return document.getElementById('draftWords') || document.createElement('div');
  }

  function word(name, value) {
    var text = words().getAttribute('data-' + name) || '';
    return value === undefined ? text : text.replace('{0}', value);
  }

  function read(key) {
    try {
      return JSON.parse(store.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function keys() {
    var found = [];
    for (var i = 0; i < store.length; i++) {
      found.push(store.key(i));
    }
    return found;
  }

  /** Set once the person signs out: nothing typed on this page is kept any more. */
  var forgetting = false;

  function forgetAll() {
    forgetting = true;
    keys().forEach(function (k) {
      if (k.indexOf(PREFIX) === 0 || k === SENT || k === RETURN_TO) {
        store.removeItem(k);
      }
    });
  }

  function skipped(el) {
    return !el.name || el.disabled || /^(hidden|password|submit|button|reset|file|image)$/.test(el.type)
        || /ViewState|ClientWindow/.test(el.name) || el.closest('[data-draft-skip]') !== null;
  }

  /** The values of the form's fields by name, as the server would receive them. */
  function values(form) {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (skipped(el)) {
        return;
      }
      if (el.type === 'radio') {
        if (el.checked) {
          out[el.name] = el.value;
        } else if (!(el.name in out)) {
          out[el.name] = '';
        }
      } else if (el.type === 'checkbox') {
        out[el.name] = el.checked ? 'on' : '';
      } else if (el.tagName === 'SELECT' && el.multiple) {
        out[el.name] = Array.prototype.map.call(el.selectedOptions, function (o) { return o.value; }).join('\n');
      } else {
        out[el.name] = el.value;
      }
    });
    return out;
  }

  function widgetOf(name) {
    if (!window.PrimeFaces || !PrimeFaces.getWidgetById) {
      return null;
    }
    return PrimeFaces.getWidgetById(name.replace(/_input$/, '')) || null;
  }

  function labelOf(form, name) {
    var el = form.elements.namedItem(name);
    var field = el && el.length !== undefined && !el.tagName ? el[0] : el;
    var label = field && field.id ? document.querySelector('label[for="' + CSS.escape(field.id) + '"]') : null;
    if (!label && field) {
      var widget = field.closest('[id]');
      label = widget ? document.querySelector('label[for="' + CSS.escape(widget.id.replace(/_input$/, '')) + '"]') : null;
    }
    if (!label) {
      return name.split(':').pop();
    }
    // Without the required mark (forms.js): "Topic", not "Topic* (required)".
    var copy = label.cloneNode(true);
    copy.querySelectorAll('.ui-outputlabel-rfi, .required-text').forEach(function (n) { n.remove(); });
    return copy.textContent.trim();
  }

  /** Puts a value into a field the way a person would, so that PrimeFaces widgets and counters follow. */
  function put(form, name, value) {
    var found = form.elements.namedItem(name);
    if (!found) {
      return false;
    }
    var first = found.tagName ? found : found[0];
    var widget = widgetOf(first.type === 'radio' ? name : (first.id || name));
    if (first.type === 'radio') {
      if (widget && widget.selectValue) {
        widget.selectValue(value);
      } else {
        Array.prototype.forEach.call(found.tagName ? [found] : found, function (r) { r.checked = r.value === value; });
      }
    } else if (first.type === 'checkbox') {
      var on = value === 'on';
      if (first.checked !== on) {
        if (widget && widget.check && widget.uncheck) {
          if (on) {
            widget.check();
          } else {
            widget.uncheck();
          }
        } else {
          first.checked = on;
          first.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    } else if (first.tagName === 'SELECT' && !first.multiple) {
      if (widget && widget.selectValue) {
        widget.selectValue(value);
      } else {
        first.value = value;
      }
      first.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      first.value = value;
      first.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return true;
  }

  function note(form, className, role, build) {
    var box = document.createElement('div');
    box.className = className;
    box.setAttribute('role', role);
    build(box);
    form.insertBefore(box, form.firstChild);
    return box;
  }

  function Draft(form, owner) {
    this.form = form;
    this.key = PREFIX + owner + '.' + form.getAttribute('data-draft');
    this.initial = values(form);
    this.restoring = false;
    this.restored = [];
    this.conflicts = [];
  }

  Draft.prototype.save = function () {
    if (this.restoring || forgetting) {
      return;
    }
    var kept = read(this.key);
    var base = kept ? kept.base : this.initial;
    var now = values(this.form);
    // Text not put back because someone saved a newer one stays kept until this form is saved.
    this.conflicts.forEach(function (n) {
      if (kept && n in kept.fields) {
        now[n] = kept.fields[n];
      }
    });
    var typed = Object.keys(now).some(function (n) { return now[n] !== (base[n] === undefined ? '' : base[n]); });
    if (typed) {
      store.setItem(this.key, JSON.stringify({ at: Date.now(), base: base, fields: now }));
    } else {
      store.removeItem(this.key);
    }
  };

  /** Puts the kept draft back, in passes: a field that appears only after an Ajax update is filled after it. */
  Draft.prototype.restore = function () {
    var self = this;
    var kept = read(this.key);
    if (!kept || !kept.fields) {
      return;
    }
    var changed = Object.keys(kept.fields).filter(function (n) {
      var base = kept.base[n] === undefined ? '' : kept.base[n];
      return kept.fields[n] !== base;
    });
    var conflicts = [];
    var passes = 0;
    var pending = changed.slice();
    self.restoring = true;

    function pass() {
      passes++;
      var now = values(self.form);
      var waiting = [];
      var startedAjax = false;
      pending.forEach(function (n) {
        var wanted = kept.fields[n];
        if (!(n in now)) {
          waiting.push(n);
          return;
        }
        if (now[n] === wanted) {
          return;
        }
        var firstLook = n in self.initial;
        var base = kept.base[n] === undefined ? '' : kept.base[n];
        if (firstLook && passes === 1 && self.initial[n] !== base && kept.base[n] !== undefined) {
          conflicts.push(n);
          return;
        }
        var el = self.form.elements.namedItem(n);
        var first = el && (el.tagName ? el : el[0]);
        startedAjax = startedAjax || (first && (first.type === 'checkbox' || first.type === 'radio'));
        put(self.form, n, wanted);
        self.restored.push(n);
      });
      // Rows added with a button (affected customers): one click per pass while the draft has more.
      self.form.querySelectorAll('[data-draft-add]').forEach(function (button) {
        var suffix = ':' + button.getAttribute('data-draft-add');
        var missing = waiting.some(function (n) { return n.slice(-suffix.length) === suffix; });
        if (missing && !button.disabled) {
          startedAjax = true;
          button.click();
        }
      });
      pending = waiting;
      if (pending.length && passes < MOST_PASSES) {
        nextPass(startedAjax);
      } else {
        finish();
      }
    }

    /** The next pass runs once the Ajax update a click started is in (or after a while, if none came). */
    function nextPass(afterAjax) {
      var done = false;
      function once() {
        if (!done) {
          done = true;
          setTimeout(pass, 0);
        }
      }
      if (afterAjax && window.jQuery) {
        jQuery(document).one('pfAjaxComplete', once);
      }
      if (afterAjax) {
        // ajax.js, on a page without PrimeFaces' scripts.
        document.addEventListener('dimple:ajaxcomplete', once, { once: true });
      }
      setTimeout(once, afterAjax ? 2000 : 150);
    }

    function finish() {
      self.restoring = false;
      if (self.restored.length) {
        self.tell(kept.at);
      }
      if (conflicts.length) {
        self.conflicts = conflicts;
        self.showConflicts(kept, conflicts);
      }
      self.save();
    }

    pass();
  };

  /**
   * The draft's time as the pages show times (ADR 45): on the reader's clock (#draftWords' data-zone), in the page's
   * language, with the zone's name ("14:05 UTC", "15:05 MEZ"); in UTC where the browser knows no such zone.
   */
  function timeOf(at) {
    var shape = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };
    var language = document.documentElement.lang || 'en';
    try {
      shape.timeZone = words().getAttribute('data-zone') || 'UTC';
      return new Intl.DateTimeFormat(language, shape).format(new Date(at));
    } catch (unknownZone) {
      shape.timeZone = 'UTC';
      return new Intl.DateTimeFormat(language, shape).format(new Date(at));
    }
  }

  Draft.prototype.tell = function (at) {
    var self = this;
    var time = timeOf(at);
    note(this.form, 'draft-note', 'status', function (box) {
      var text = document.createElement('span');
      text.textContent = word('restored', time) + ' ';
      var discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'draft-discard';
      discard.textContent = word('discard');
      discard.addEventListener('click', function () {
        self.restoring = true;
        self.restored.forEach(function (n) {
          if (n in self.initial) {
            put(self.form, n, self.initial[n]);
          }
        });
        self.restoring = false;
        store.removeItem(self.key);
        box.remove();
      });
      box.appendChild(text);
      box.appendChild(discard);
    });
  };

  Draft.prototype.showConflicts = function (kept, names) {
    var form = this.form;
    note(form, 'draft-conflict', 'alert', function (box) {
      var intro = document.createElement('p');
      intro.textContent = word('conflict');
      box.appendChild(intro);
      names.forEach(function (n) {
        var label = document.createElement('label');
        var id = 'draft-' + n.replace(/[^A-Za-z0-9_-]/g, '-');
        label.setAttribute('for', id);
        label.textContent = word('yours', labelOf(form, n));
        var text = document.createElement('textarea');
        text.id = id;
        text.readOnly = true;
        text.rows = 3;
        text.value = kept.fields[n];
        text.setAttribute('data-draft-skip', '');
        box.appendChild(label);
        box.appendChild(text);
      });
    });
  };

  var lastAlive = Date.now();
  var ended = false;

  function keepAlive(context) {
    var every = typeof window.DIMPLE_KEEP_ALIVE_MS === 'number' ? window.DIMPLE_KEEP_ALIVE_MS : KEEP_ALIVE_EVERY;
    if (ended || Date.now() - lastAlive < every || !window.fetch) {
      return;
    }
    lastAlive = Date.now();
    fetch(context + '/session/keepalive', { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
        .then(function (answer) {
          if (answer.type === 'opaqueredirect' || answer.status === 401 || answer.status === 403) {
            sessionEnded(context);
          }
        })
        .catch(function () { /* offline for a moment: the next keystroke tries again */ lastAlive = 0; });
  }

  function sessionEnded(context) {
    ended = true;
    var here = location.pathname.substring(context.length) + location.search;
    store.setItem(RETURN_TO, here);
    var main = document.getElementById('main') || document.body;
    var box = document.createElement('div');
    box.className = 'draft-ended';
    box.setAttribute('role', 'alert');
    var text = document.createElement('span');
    text.textContent = word('ended') + ' ';
    var link = document.createElement('a');
    link.href = context + '/login.xhtml?next=' + encodeURIComponent(here);
    link.textContent = word('signIn');
    box.appendChild(text);
    box.appendChild(link);
    main.insertBefore(box, main.firstChild);
  }

  function start() {
    if (!store) {
      return;
    }
    var body = document.body;
    var owner = body.getAttribute('data-draft-owner') || '';
    var context = body.getAttribute('data-context') || '';
    if (!owner) {
      // The sign-in page (or another page for nobody): a draft waits for its person to come back.
      var next = document.querySelector('input[data-next]');
      if (next && !next.value && store.getItem(RETURN_TO)) {
        next.value = store.getItem(RETURN_TO);
      }
      if (store.getItem(RETURN_TO)) {
        var kept = document.getElementById('draftKept');
        if (kept) {
          kept.hidden = false;
        }
      }
      return;
    }
    keys().forEach(function (k) {
      if (k.indexOf(PREFIX) === 0 && k.indexOf(PREFIX + owner + '.') !== 0) {
        store.removeItem(k);
      }
    });
    // A page showing a "done" message (Messages.done) follows a save: the form just sent was saved.
    var sent = store.getItem(SENT);
    if (sent && document.querySelector('#messages .ui-messages-info') !== null) {
      store.removeItem(PREFIX + owner + '.' + sent);
    }
    store.removeItem(SENT);
    store.removeItem(RETURN_TO);

    document.querySelectorAll('form[data-draft]').forEach(function (form) {
      var draft = new Draft(form, owner);
      var timer = null;
      function later() {
        keepAlive(context);
        clearTimeout(timer);
        timer = setTimeout(function () { draft.save(); }, 300);
      }
      form.addEventListener('input', later);
      form.addEventListener('change', later);
      form.addEventListener('submit', function () {
        clearTimeout(timer);
        draft.save();
        store.setItem(SENT, form.getAttribute('data-draft'));
        store.setItem(RETURN_TO, location.pathname.substring(context.length) + location.search);
      });
      draft.restore();
    });

    var signOut = document.getElementById('signOutForm');
    if (signOut) {
      // Its button may send the form from a script, which fires no submit event: the click is enough.
      signOut.addEventListener('click', forgetAll, true);
      signOut.addEventListener('submit', forgetAll);
    }
  }

  // After the PrimeFaces widgets of the page exist (they are created as the page is read, or when jQuery is ready).
  function startLater() {
    if (window.jQuery) {
      window.jQuery(function () { setTimeout(start, 0); });
    } else {
      setTimeout(start, 0);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startLater);
  } else {
    startLater();
  }
})();
