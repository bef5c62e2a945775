/*
 * The review's texts are checked for wording hints while they are typed (a keyup Ajax after a pause).
 * When the person sends the form before that pause is over, the pending check is dropped: a check sent
 * after the form would race the save and could take the "saved" message that the next page shows.
 */
(function () {
  'use strict';

  function dropPendingChecks() {
    var queue = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;
    if (!queue || !queue.delays) {
      return;
    }
    Object.keys(queue.delays).forEach(function (source) {
      clearTimeout(queue.delays[source].timeout);
      delete queue.delays[source];
    });
  }

  document.addEventListener('submit', dropPendingChecks, true);
}());
