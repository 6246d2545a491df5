/* Lectern quiz pages: a countdown and a warning before leaving unsaved answers. The server is the
   judge of time and answers; the page works the same without this file. */
(function () {
  'use strict';

  function startCountdown(box) {
    var deadline = Date.parse(box.getAttribute('data-deadline'));
    var clock = box.querySelector('.countdown-clock');
    if (isNaN(deadline) || !clock) {
      return;
    }
    var warned = false;
    function tick() {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      clock.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
      box.classList.toggle('is-ending', left <= 60);
      // One polite announcement, not one a second: a screen reader user hears the last minute begin.
      if (left <= 60 && !warned) {
        warned = true;
        var note = document.createElement('p');
        note.setAttribute('role', 'status');
        note.textContent = left > 0 ? 'One minute left.' : 'Time is up. Submit to see your result.';
        box.appendChild(note);
      }
      if (left > 0) {
        window.setTimeout(tick, 1000 - (Date.now() % 1000));
      }
    }
    tick();
  }

  function warnBeforeLeaving(form) {
    var dirty = false;
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('change', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = form.getAttribute('data-unsaved-warning');
      }
    });
  }

  document.querySelectorAll('.countdown[data-deadline]').forEach(startCountdown);
  document.querySelectorAll('form[data-unsaved-warning]').forEach(warnBeforeLeaving);
}());
