/*
 * How every form behaves (issue 19, minor items), once for all pages:
 * - Required fields are marked before anything is sent: a label with PrimeFaces' required mark (p:outputLabel
 *   indicateRequired, or <d:date required="true">) gets a text alternative for screen readers, its field gets
 *   aria-required, and the form gets a one-line legend.
 * - After an invalid submit, a summary at the top of the form lists the problems, each a link to its field, and is
 *   announced; focus goes to the first invalid field; each field's own message stays beside it and is tied to it
 *   with aria-describedby.
 * - A save refused as stale (someone else changed the record meanwhile) shows the person's own text, read-only and
 *   copyable, with a link to load the current version; after that load the text is shown again beside the fresh
 *   version (forms with a draft, drafts.js, show it beside each field themselves).
 * Words come from the page (#formWords), so they follow the message bundles.
 */
(function () {
  'use strict';

  var STALE = 'dimple.staleText';

  function words() {
    return document.getElementById('formWords') || document.createElement('div');
  }

  function word(name, value) {
    var text = words().getAttribute('data-' + name) || '';
    return value === undefined ? text : text.replace('{0}', value);
  }

  function byId(id) {
    return id ? document.getElementById(id) : null;
  }

  /** The element a person types into or moves to for a component id (PrimeFaces widgets wrap their input). */
  function focusable(id) {
    var base = id ? id.replace(/_(input|focus|label)$/, '') : id;
    // PrimeFaces select menus: the combobox a person moves to (_label in PrimeFaces 15, _focus before).
    var focus = byId(base + '_focus') || byId(base + '_label');
    if (focus && (focus.tagName === 'INPUT' || focus.getAttribute('role') === 'combobox')) {
      return focus;
    }
    var input = byId(base + '_input');
    if (input && input.type !== 'hidden' && input.tagName !== 'SELECT') {
      return input;
    }
    var el = byId(base);
    if (el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && el.type !== 'hidden') {
      return el;
    }
    if (!el) {
      return input || null;
    }
    return el.querySelector('input:not([type=hidden]), textarea, select, [tabindex]:not([tabindex="-1"])') || el;
  }

  /** The label's words, without the required mark. */
  function labelText(label) {
    if (!label) {
      return '';
    }
    var copy = label.cloneNode(true);
    copy.querySelectorAll('.ui-outputlabel-rfi, .required-text').forEach(function (n) { n.remove(); });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  function labelFor(field, id) {
    var base = (id || (field && field.id) || '').replace(/_(input|focus|label)$/, '');
    var ids = [base, field && field.id, base + '_input', base + '_focus', base + '_label'].filter(Boolean);
    for (var i = 0; i < ids.length; i++) {
      var label = document.querySelector('label[for="' + CSS.escape(ids[i]) + '"]');
      if (label) {
        return label;
      }
    }
    return null;
  }

  function addDescribedBy(field, id) {
    var now = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (now.indexOf(id) < 0) {
      now.push(id);
      field.setAttribute('aria-describedby', now.join(' '));
    }
  }

  // --- Required fields -------------------------------------------------------------------------------------

  function markRequired(root) {
    root.querySelectorAll('label .ui-outputlabel-rfi, legend .ui-outputlabel-rfi').forEach(function (mark) {
      var label = mark.closest('label, legend');
      if (!label.querySelector('.required-text')) {
        mark.setAttribute('aria-hidden', 'true');
        var text = document.createElement('span');
        text.className = 'visually-hidden required-text';
        text.textContent = ' ' + word('required');
        mark.insertAdjacentElement('afterend', text);
      }
      var group = label.tagName === 'LEGEND' ? label.parentElement.querySelector('[role=radiogroup]') : null;
      var target = byId(label.htmlFor);
      var field = group || (target && target.getAttribute('role') === 'radiogroup' ? target : focusable(label.htmlFor));
      if (field) {
        field.setAttribute('aria-required', 'true');
      }
      var form = label.closest('form');
      if (form && !form.querySelector('.required-legend')) {
        var legend = document.createElement('p');
        legend.className = 'required-legend';
        var star = document.createElement('span');
        star.className = 'ui-outputlabel-rfi';
        star.setAttribute('aria-hidden', 'true');
        star.textContent = '*';
        legend.appendChild(star);
        legend.appendChild(document.createTextNode(' ' + word('legend')));
        form.insertBefore(legend, form.firstChild);
      }
    });
  }

  // --- Problems after a submit -----------------------------------------------------------------------------

  function problemsOf(form) {
    var found = [];
    form.querySelectorAll('.ui-message-error').forEach(function (message, index) {
      var text = (message.querySelector('.ui-message-error-detail, .ui-message-error-summary') || message).textContent.trim();
      if (!text || message.closest('.error-summary')) {
        return;
      }
      var target = message.getAttribute('data-target');
      var field = target ? focusable(target) : null;
      if (!field) {
        var holder = message.closest('.field, fieldset');
        field = holder ? holder.querySelector('[role=combobox], [aria-invalid=true]:not([aria-hidden=true]), .ui-state-error input:not([type=hidden]), '
            + 'input:not([type=hidden]), textarea, select:not([aria-hidden=true])') : null;
        field = field && field.id ? focusable(field.id) || field : field;
      }
      if (!message.id) {
        message.id = (form.id || 'form') + '_problem' + index;
      }
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        addDescribedBy(field, message.id);
      }
      found.push({ field: field, label: labelText(labelFor(field, target)), text: text });
    });
    return found;
  }

  function summarise(form, moveFocus) {
    var old = form.querySelector(':scope > .error-summary');
    if (old) {
      old.remove();
    }
    var problems = problemsOf(form);
    if (!problems.length) {
      return false;
    }
    var box = document.createElement('div');
    box.className = 'error-summary';
    box.setAttribute('role', 'alert');
    box.tabIndex = -1;
    var heading = document.createElement('h2');
    heading.textContent = problems.length === 1 ? word('one') : word('many', problems.length);
    box.appendChild(heading);
    var list = document.createElement('ul');
    problems.forEach(function (p) {
      var item = document.createElement('li');
      var text = p.label && p.text.indexOf(p.label) !== 0 ? p.label + ': ' + p.text : p.text;
      if (p.field && p.field.id) {
        var link = document.createElement('a');
        link.href = '#' + p.field.id;
        link.textContent = text;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          p.field.focus();
          p.field.scrollIntoView({ block: 'center' });
        });
        item.appendChild(link);
      } else {
        item.textContent = text;
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    form.insertBefore(box, form.firstChild);
    if (moveFocus) {
      var first = problems.filter(function (p) { return p.field; })[0];
      if (first) {
        first.field.focus();
      } else {
        box.focus();
      }
    }
    return true;
  }

  function summariseAll(moveFocus) {
    var focused = false;
    document.querySelectorAll('main form').forEach(function (form) {
      focused = summarise(form, moveFocus && !focused) || focused;
    });
  }

  // --- A stale save ----------------------------------------------------------------------------------------

  var store = (function () {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null;
    }
  })();

  var OPENED = 'dimple.formOpened';

  function textFields(forms) {
    var found = [];
    forms.forEach(function (form) {
      form.querySelectorAll('textarea, input[type=text], input:not([type])').forEach(function (field) {
        if (!field.readOnly && !field.disabled && field.id && !field.closest('.stale-text, .draft-conflict')) {
          found.push(field);
        }
      });
    });
    return found;
  }

  /** The text fields as the page was opened (before anything was typed), to tell later what the person changed. */
  function rememberOpened() {
    if (!store || document.querySelector('.stale-marker, .ui-message-error, .ui-messages-error')) {
      return;
    }
    var values = {};
    textFields(Array.prototype.slice.call(document.querySelectorAll('main form'))).forEach(function (f) { values[f.id] = f.value; });
    store.setItem(OPENED, JSON.stringify({ path: location.pathname, values: values }));
  }

  function ownText(forms) {
    var out = [];
    var opened = null;
    try {
      opened = JSON.parse(store && store.getItem(OPENED));
    } catch (e) {
      opened = null;
    }
    var before = opened && opened.path === location.pathname ? opened.values : {};
    textFields(forms).forEach(function (field) {
      if (field.value.trim() && before[field.id] !== field.value) {
        out.push({ label: labelText(labelFor(field)) || field.name, value: field.value });
      }
    });
    return out;
  }

  function staleBox(texts, intro, reloadUrl) {
    var box = document.createElement('div');
    box.className = 'stale-text';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', word('stale-title'));
    var p = document.createElement('p');
    p.textContent = intro;
    box.appendChild(p);
    texts.forEach(function (t, i) {
      var label = document.createElement('label');
      label.htmlFor = 'staleText' + i;
      label.textContent = word('yours', t.label);
      var area = document.createElement('textarea');
      area.id = 'staleText' + i;
      area.readOnly = true;
      area.rows = Math.min(8, Math.max(2, t.value.split('\n').length + 1));
      area.value = t.value;
      area.setAttribute('data-draft-skip', '');
      box.appendChild(label);
      box.appendChild(area);
    });
    if (reloadUrl) {
      var link = document.createElement('a');
      link.className = 'stale-reload';
      link.href = reloadUrl;
      link.textContent = word('reload');
      box.appendChild(link);
    } else {
      var done = document.createElement('button');
      done.type = 'button';
      done.className = 'draft-discard';
      done.textContent = word('stale-done');
      done.addEventListener('click', function () {
        if (store) {
          store.removeItem(STALE);
        }
        box.remove();
      });
      box.appendChild(done);
    }
    return box;
  }

  function showStaleRefusal() {
    var marker = document.querySelector('.stale-marker:not([data-shown])');
    if (!marker) {
      return;
    }
    marker.setAttribute('data-shown', '');
    var forms = Array.prototype.slice.call(document.querySelectorAll('main form'));
    var texts = ownText(forms);
    var reload = marker.getAttribute('data-reload');
    var plain = forms.filter(function (f) { return !f.hasAttribute('data-draft'); });
    if (store) {
      store.setItem(STALE, JSON.stringify({ path: location.pathname, at: Date.now(), texts: ownText(plain) }));
    }
    document.querySelectorAll('.stale-text').forEach(function (n) { n.remove(); });
    // Right under the refusal, so a person on a phone reads it without searching.
    var panel = document.getElementById('staleSave') || marker;
    panel.insertAdjacentElement('afterend', staleBox(texts, word('stale-now'), reload));
  }

  function showStaleTextAfterReload() {
    if (!store || document.querySelector('.stale-marker')) {
      return;
    }
    var kept = null;
    try {
      kept = JSON.parse(store.getItem(STALE));
    } catch (e) {
      kept = null;
    }
    if (!kept || kept.path !== location.pathname || Date.now() - kept.at > 60 * 60 * 1000 || !kept.texts.length) {
      return;
    }
    store.removeItem(STALE);
    var main = document.getElementById('main');
    main.insertBefore(staleBox(kept.texts, word('stale-before'), null), main.querySelector('form') || main.lastChild);
  }

  // --- Start -----------------------------------------------------------------------------------------------

  var submitted = false;

  function start() {
    markRequired(document);
    rememberOpened();
    summariseAll(true);
    showStaleRefusal();
    showStaleTextAfterReload();
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button, input[type=submit], a.ui-commandlink');
      if (button && button.closest('main form')) {
        submitted = true;
      }
    }, true);
    function afterAjax() {
      markRequired(document);
      // Focus moves only after something was sent with a button, never while a person types (hints, counters).
      summariseAll(submitted);
      submitted = false;
      showStaleRefusal();
    }
    // PrimeFaces' Ajax, or ajax.js on a page without PrimeFaces' scripts.
    document.addEventListener('dimple:ajaxcomplete', afterAjax);
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', afterAjax);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { setTimeout(start, 0); });
  } else {
    setTimeout(start, 0);
  }
})();
