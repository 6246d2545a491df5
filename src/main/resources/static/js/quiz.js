/* Lectern quiz pages: a countdown, a warning before leaving unsaved answers, and a submit that is
   sent again by itself when the server is too busy to grade it (503 with Retry-After) or the
   connection fails. The server is the judge of time and answers, and grades an attempt once
   whatever arrives twice; the page works the same without this file (the 503 page then asks the
   learner to submit again). */
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

  /* A submit goes through fetch so that a 503 can be retried after its Retry-After without leaving
     the page: the answers stay in the form, the same answers are sent each time (the server keeps
     the moment they first arrived), and the learner reads what is happening in a status line. Any
     other answer than a redirect or a 503 is left to the browser: the form is posted the ordinary
     way and the server's own page (a refusal, an attempt already submitted) is shown. */
  function retryBusySubmits(form) {
    var status = form.querySelector('.submit-status');
    if (!status || !window.fetch || !window.URLSearchParams) {
      return;
    }
    var sending = false;
    /* The attribute, not form.action: the form's buttons are named "action", and a form's named
       controls shadow its properties (form.action is then those buttons, and fetch posted to
       "[object RadioNodeList]", so every submit fell back to the ordinary post). */
    var target = form.getAttribute('action');
    form.addEventListener('submit', function (event) {
      if (!event.submitter || event.submitter.value !== 'submit') {
        return;
      }
      event.preventDefault();
      if (sending) {
        return;
      }
      sending = true;
      var data = new FormData(form);
      data.set('action', 'submit');
      var body = new URLSearchParams(data).toString();
      var tries = 0;
      form.setAttribute('aria-busy', 'true');
      say(status.getAttribute('data-sending'));

      function say(text) {
        status.hidden = false;
        status.textContent = text;
      }

      function later(message, seconds) {
        var left = Math.max(1, Math.min(120, seconds));
        say(message.replace('{s}', left));
        var timer = window.setInterval(function () {
          left -= 1;
          if (left > 0) {
            status.textContent = message.replace('{s}', left);
            return;
          }
          window.clearInterval(timer);
          say(status.getAttribute('data-sending'));
          send();
        }, 1000);
      }

      function postTheOrdinaryWay() {
        var action = document.createElement('input');
        action.type = 'hidden';
        action.name = 'action';
        action.value = 'submit';
        form.appendChild(action);
        form.submit();
      }

      function send() {
        tries += 1;
        window.fetch(target, {
          method: 'POST',
          body: body,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'text/html' },
          credentials: 'same-origin',
          redirect: 'manual'
        }).then(function (response) {
          if (response.type === 'opaqueredirect') {
            window.location.assign(target);
          } else if (response.status === 503) {
            var wait = parseInt(response.headers.get('Retry-After'), 10);
            later(status.getAttribute('data-busy'), isNaN(wait) ? 5 : wait);
          } else {
            postTheOrdinaryWay();
          }
        }, function () {
          later(status.getAttribute('data-offline'), Math.min(30, 2 * tries + 1));
        });
      }

      send();
    });
  }

  document.querySelectorAll('.countdown[data-deadline]').forEach(startCountdown);
  document.querySelectorAll('form.attempt-form').forEach(retryBusySubmits);
  document.querySelectorAll('form[data-unsaved-warning]').forEach(warnBeforeLeaving);
}());
