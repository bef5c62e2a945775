/*
 * Date fields (<d:date>, docs/adr/0022). The field is plain text: what was typed stays exactly as typed, and the
 * server's converter (DateEntry) decides what is stored. This script only
 *  - reads the text with the same rules as DateEntry and shows it back in words below the field as the person types
 *    ("Friday 5 December 2026, 18:45"), or says what is expected; the words come from the bundle (data-words-*);
 *  - adds a calendar button. The calendar opens from that button only (never on focus or typing); arrows, Page Up/Down,
 *    Home/End move, Enter or Space picks, Escape closes, and Tab (or Shift+Tab) leaves and closes it: it never traps focus.
 * Days are the organisation's (UTC), as on the server.
 */
(function () {
  'use strict';

  var ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
  var DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
  var SLASHED_DAY = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
  var ISO_MOMENT = /^(\d{4}-\d{1,2}-\d{1,2})t(\S+)$/;
  var TIME = /^(?:(\d{1,2}):(\d{2})|(\d{2})(\d{2}))$/;

  function pad(n, width) {
    var s = String(n);
    while (s.length < (width || 2)) {
      s = '0' + s;
    }
    return s;
  }

  function asDate(day) {
    var d = new Date(Date.UTC(2000, day.m - 1, day.d));
    d.setUTCFullYear(day.y);
    return d;
  }

  function ofDate(d) {
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  }

  function plusDays(day, days) {
    var d = asDate(day);
    d.setUTCDate(d.getUTCDate() + days);
    return ofDate(d);
  }

  function plusMonths(day, months) {
    var first = asDate({ y: day.y, m: day.m, d: 1 });
    first.setUTCMonth(first.getUTCMonth() + months);
    var last = new Date(first.getTime());
    last.setUTCMonth(last.getUTCMonth() + 1, 0);
    return { y: first.getUTCFullYear(), m: first.getUTCMonth() + 1, d: Math.min(day.d, last.getUTCDate()) };
  }

  function compareDays(a, b) {
    return (a.y - b.y) || (a.m - b.m) || (a.d - b.d);
  }

  /** Now in the reader's time zone (data-zone of the date fields, ADR 45); UTC when the browser cannot tell. */
  function zoneNow() {
    var field = document.querySelector('[data-zone]');
    var zone = field && field.getAttribute('data-zone');
    var now = new Date();
    if (zone && window.Intl && Intl.DateTimeFormat.prototype.formatToParts) {
      try {
        var parts = {};
        new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric',
          minute: 'numeric', hourCycle: 'h23' }).formatToParts(now).forEach(function (part) { parts[part.type] = +part.value; });
        return { day: { y: parts.year, m: parts.month, d: parts.day }, time: { h: parts.hour % 24, min: parts.minute } };
      } catch (unknownZone) {
        // fall through to UTC
      }
    }
    return { day: ofDate(now), time: { h: now.getUTCHours(), min: now.getUTCMinutes() } };
  }

  function today() {
    return zoneNow().day;
  }

  function iso(day) {
    return pad(day.y, 4) + '-' + pad(day.m) + '-' + pad(day.d);
  }

  /** The day of an ISO text such as 2026-12-06 or 2026-12-06T10:41:23 (a limit), or null. */
  function dayOfIso(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text || '');
    return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
  }

  function calendarDay(y, m, d) {
    var day = { y: y, m: m, d: d };
    return m >= 1 && m <= 12 && d >= 1 && compareDays(ofDate(asDate(day)), day) === 0 ? day : null;
  }

  function problem(code, part) {
    return { problem: code, part: part };
  }

  function dayOf(word) {
    if (word === 'today' || word === 'heute') {
      return today();
    }
    if (word === 'yesterday' || word === 'gestern') {
      return plusDays(today(), -1);
    }
    if (word === 'tomorrow' || word === 'morgen') {
      return plusDays(today(), 1);
    }
    var m = ISO_DAY.exec(word);
    if (m) {
      return calendarDay(+m[1], +m[2], +m[3]) || problem('not-a-day', word);
    }
    m = DOTTED_DAY.exec(word);
    if (m) {
      return calendarDay(+m[3], +m[2], +m[1]) || problem('not-a-day', word);
    }
    if (SLASHED_DAY.test(word)) {
      return problem('ambiguous', word);
    }
    return problem('expected', word);
  }

  function timeOf(word) {
    var m = TIME.exec(word);
    if (!m) {
      return problem('expected', word);
    }
    var h = +(m[1] !== undefined ? m[1] : m[3]);
    var min = +(m[2] !== undefined ? m[2] : m[4]);
    return h > 23 || min > 59 ? problem('not-a-time', word) : { h: h, min: min };
  }

  /** What DateEntry would make of the text: {empty}, {day[, time]} or {problem, part}. */
  function read(text, moment) {
    var typed = String(text || '').replace(/,/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
    if (!typed) {
      return { empty: true };
    }
    if (moment && (typed === 'now' || typed === 'jetzt')) {
      return zoneNow();
    }
    var isoMoment = moment ? ISO_MOMENT.exec(typed) : null;
    if (isoMoment) {
      typed = isoMoment[1] + ' ' + isoMoment[2];
    }
    var parts = typed.split(' ');
    if (parts.length > 2) {
      return problem('expected', typed);
    }
    var day = dayOf(parts[0]);
    if (day.problem) {
      return day;
    }
    if (parts.length === 1) {
      return moment ? problem('time-missing', parts[0]) : { day: day };
    }
    if (!moment) {
      return problem(TIME.test(parts[1]) ? 'day-only' : 'expected', typed);
    }
    var time = timeOf(parts[1]);
    return time.problem ? time : { day: day, time: time };
  }

  function language() {
    return document.documentElement.lang || 'en';
  }

  function name(date, options) {
    options.timeZone = 'UTC';
    return new Intl.DateTimeFormat(language(), options).format(date);
  }

  /** Words for a day (and time) from a bundle pattern: EEEE weekday, d day, MMMM month, yyyy year, HH:mm, 'quoted' text. */
  function words(pattern, day, time) {
    var date = asDate(day);
    return pattern.replace(/'([^']*)'|EEEE|MMMM|yyyy|dd|d|HH|mm/g, function (token, quoted) {
      switch (token) {
        case 'EEEE': return name(date, { weekday: 'long' });
        case 'MMMM': return name(date, { month: 'long' });
        case 'yyyy': return String(day.y);
        case 'dd': return pad(day.d);
        case 'd': return String(day.d);
        case 'HH': return time ? pad(time.h) : '';
        case 'mm': return time ? pad(time.min) : '';
        default: return quoted === undefined ? token : (quoted || "'");
      }
    });
  }

  function isMoment(field) {
    return field.getAttribute('data-date') === 'moment';
  }

  function describe(field) {
    var reading = read(field.value, isMoment(field));
    if (reading.empty) {
      return '';
    }
    if (reading.problem) {
      return (field.getAttribute('data-words-' + reading.problem) || field.getAttribute('data-words-expected') || '')
        .replace(/\{0\}/g, reading.part);
    }
    return words(field.getAttribute('data-words'), reading.day, reading.time);
  }

  function wordsOf(field) {
    return document.getElementById(field.id + '_words');
  }

  function showWords(field) {
    var shown = wordsOf(field);
    if (shown) {
      var text = describe(field);
      if (shown.textContent !== text) {
        shown.textContent = text;
      }
      shown.classList.toggle('date-words-problem', !!read(field.value, isMoment(field)).problem);
    }
  }

  // ---- the calendar -------------------------------------------------------------------------------------------

  var open = null; // { field, button, popup, month: {y, m}, focus: day }

  function limits(field) {
    return { earliest: dayOfIso(field.getAttribute('data-earliest')), latest: dayOfIso(field.getAttribute('data-latest')) };
  }

  function allowed(field, day) {
    var l = limits(field);
    return !(l.earliest && compareDays(day, l.earliest) < 0) && !(l.latest && compareDays(day, l.latest) > 0);
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function calendarIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M4 1v2H2v12h12V3h-2V1h-1.5v2h-5V1zM3.5 6h9v7.5h-9z');
    path.setAttribute('fill', 'currentColor');
    svg.appendChild(path);
    return svg;
  }

  function close(returnFocus) {
    if (!open) {
      return;
    }
    var state = open;
    open = null;
    state.popup.hidden = true;
    state.popup.textContent = '';
    state.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) {
      state.field.focus();
    }
  }

  function render() {
    var state = open;
    var field = state.field;
    var popup = state.popup;
    popup.textContent = '';
    var header = element('div', 'date-calendar-header');
    var previous = element('button', 'date-calendar-step', '\u2039');
    previous.type = 'button';
    previous.tabIndex = -1;
    previous.setAttribute('aria-label', field.getAttribute('data-calendar-previous'));
    previous.addEventListener('click', function () {
      move(plusMonths(state.focus, -1));
    });
    var title = element('div', 'date-calendar-title', name(asDate({ y: state.focus.y, m: state.focus.m, d: 1 }), { month: 'long', year: 'numeric' }));
    title.id = field.id + '_month';
    title.setAttribute('aria-live', 'polite');
    var next = element('button', 'date-calendar-step', '\u203a');
    next.type = 'button';
    next.tabIndex = -1;
    next.setAttribute('aria-label', field.getAttribute('data-calendar-next'));
    next.addEventListener('click', function () {
      move(plusMonths(state.focus, 1));
    });
    header.appendChild(previous);
    header.appendChild(title);
    header.appendChild(next);
    popup.appendChild(header);

    var grid = element('table', 'date-calendar-grid');
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-labelledby', title.id);
    var head = element('tr');
    var monday = { y: 2024, m: 1, d: 1 }; // a Monday: weeks start on Monday (ISO 8601)
    for (var i = 0; i < 7; i++) {
      var th = element('th', null, name(asDate(plusDays(monday, i)), { weekday: 'short' }));
      th.setAttribute('scope', 'col');
      th.setAttribute('abbr', name(asDate(plusDays(monday, i)), { weekday: 'long' }));
      head.appendChild(th);
    }
    var thead = element('thead');
    thead.appendChild(head);
    grid.appendChild(thead);
    var body = element('tbody');
    var first = { y: state.focus.y, m: state.focus.m, d: 1 };
    var offset = (asDate(first).getUTCDay() + 6) % 7;
    var cursor = plusDays(first, -offset);
    var chosen = read(field.value, isMoment(field));
    var todayIs = today();
    for (var week = 0; week < 6; week++) {
      var row = element('tr');
      for (var dow = 0; dow < 7; dow++) {
        var cell = element('td');
        if (cursor.m === state.focus.m) {
          var day = cursor;
          var button = element('button', 'date-calendar-day', String(day.d));
          button.type = 'button';
          button.tabIndex = compareDays(day, state.focus) === 0 ? 0 : -1;
          button.setAttribute('data-day', iso(day));
          button.setAttribute('aria-label', words(field.getAttribute('data-words-day'), day));
          if (chosen.day && compareDays(chosen.day, day) === 0) {
            button.setAttribute('aria-pressed', 'true');
            button.classList.add('date-calendar-chosen');
          }
          if (compareDays(day, todayIs) === 0) {
            button.setAttribute('aria-current', 'date');
          }
          if (!allowed(field, day)) {
            button.setAttribute('aria-disabled', 'true');
          }
          cell.appendChild(button);
        }
        row.appendChild(cell);
        cursor = plusDays(cursor, 1);
      }
      body.appendChild(row);
      if (cursor.m !== state.focus.m && week >= 3) {
        break;
      }
    }
    grid.appendChild(body);
    grid.addEventListener('click', function (event) {
      var target = event.target.closest('button[data-day]');
      if (target) {
        pick(dayOfIso(target.getAttribute('data-day')));
      }
    });
    grid.addEventListener('keydown', onGridKey);
    popup.appendChild(grid);
  }

  function focusDay() {
    var target = open.popup.querySelector('button[data-day="' + iso(open.focus) + '"]');
    if (target) {
      target.focus();
    }
  }

  function move(day) {
    var sameMonth = day.y === open.focus.y && day.m === open.focus.m;
    open.focus = day;
    if (sameMonth) {
      open.popup.querySelectorAll('button[data-day]').forEach(function (b) {
        b.tabIndex = b.getAttribute('data-day') === iso(day) ? 0 : -1;
      });
    } else {
      // Rebuilding the month takes the focus from the old day: that is not leaving the calendar.
      open.moving = true;
      render();
      open.moving = false;
    }
    focusDay();
  }

  function onGridKey(event) {
    var day = open.focus;
    var weekday = (asDate(day).getUTCDay() + 6) % 7;
    switch (event.key) {
      case 'ArrowLeft': move(plusDays(day, -1)); break;
      case 'ArrowRight': move(plusDays(day, 1)); break;
      case 'ArrowUp': move(plusDays(day, -7)); break;
      case 'ArrowDown': move(plusDays(day, 7)); break;
      case 'PageUp': move(plusMonths(day, event.shiftKey ? -12 : -1)); break;
      case 'PageDown': move(plusMonths(day, event.shiftKey ? 12 : 1)); break;
      case 'Home': move(plusDays(day, -weekday)); break;
      case 'End': move(plusDays(day, 6 - weekday)); break;
      case 'Enter':
      case ' ':
        pick(day);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  function pick(day) {
    var state = open;
    if (!state || !allowed(state.field, day)) {
      return;
    }
    var field = state.field;
    if (isMoment(field)) {
      var before = read(field.value, true);
      field.value = iso(day) + ' ' + (before.time ? pad(before.time.h) + ':' + pad(before.time.min) : '');
    } else {
      field.value = iso(day);
    }
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    close(true);
    field.setSelectionRange(field.value.length, field.value.length);
  }

  function toggle(field, button, popup) {
    if (open && open.field === field) {
      close(true);
      return;
    }
    close(false);
    var reading = read(field.value, isMoment(field));
    var start = reading.day || today();
    var l = limits(field);
    if (!reading.day && l.latest && compareDays(start, l.latest) > 0) {
      start = l.latest;
    }
    if (!reading.day && l.earliest && compareDays(start, l.earliest) < 0) {
      start = l.earliest;
    }
    open = { field: field, button: button, popup: popup, focus: start };
    popup.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    render();
    focusDay();
  }

  function enhance(field) {
    if (field.getAttribute('data-date-ready')) {
      return;
    }
    field.setAttribute('data-date-ready', 'true');
    var holder = field.closest('.date-entry') || field.parentNode;
    var button = element('button', 'date-button');
    button.type = 'button';
    button.id = field.id + '_calendar';
    button.setAttribute('aria-label', field.getAttribute('data-calendar-open'));
    button.title = field.getAttribute('data-calendar-open');
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.appendChild(calendarIcon());
    var popup = element('div', 'date-calendar');
    popup.id = field.id + '_popup';
    popup.hidden = true;
    popup.setAttribute('role', 'dialog');
    popup.setAttribute('aria-label', field.getAttribute('data-calendar-open'));
    button.setAttribute('aria-controls', popup.id);
    holder.appendChild(button);
    holder.appendChild(popup);

    button.addEventListener('click', function () {
      toggle(field, button, popup);
    });
    // A click on the button of an open calendar closes it: the focus must not leave the calendar first (that closes it
    // too, and the click would open it again).
    button.addEventListener('mousedown', function (event) {
      if (open && open.button === button) {
        event.preventDefault();
      }
    });
    popup.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close(true);
      }
    });
    // Tab or Shift+Tab out of the calendar (or a click elsewhere) closes it; focus goes on where the person sent it.
    popup.addEventListener('focusout', function (event) {
      if (open && open.popup === popup && !open.moving && !popup.contains(event.relatedTarget)) {
        close(false);
      }
    });
    field.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && open && open.field === field) {
        event.preventDefault();
        close(true);
      }
    });

    var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    [field.id + '_hint', field.id + '_words', field.id + '_message'].forEach(function (id) {
      if (document.getElementById(id) && described.indexOf(id) < 0) {
        described.push(id);
      }
    });
    field.setAttribute('aria-describedby', described.join(' '));
    showWords(field);
    var shown = wordsOf(field);
    if (shown) {
      // After the words for the value already there, so that only what the person types is announced.
      shown.setAttribute('aria-live', 'polite');
    }
  }

  function enhanceAll() {
    document.querySelectorAll('input[data-date]').forEach(enhance);
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input[data-date]')) {
      showWords(event.target);
    }
  });
  document.addEventListener('mousedown', function (event) {
    if (open && !open.popup.contains(event.target) && event.target.closest('.date-button') !== open.button) {
      close(false);
    }
  });

  function start() {
    enhanceAll();
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', enhanceAll);
    }
    // The same after an update by ajax.js, on a page without PrimeFaces' scripts.
    document.addEventListener('dimple:ajaxcomplete', enhanceAll);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
