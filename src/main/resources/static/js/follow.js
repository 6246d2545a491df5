/* Lectern: for instructors and admins (their lesson pages carry data-follow-course), the open
   lesson loads again when its course changes on disk, at the same scroll position. Learners' pages
   have no mark, and this file does nothing there. */
(function () {
  'use strict';

  var mark = document.querySelector('[data-follow-course]');
  if (!mark || !window.EventSource) {
    return;
  }
  var course = mark.getAttribute('data-follow-course');
  var key = 'lectern-follow-scroll:' + location.pathname;

  try {
    var kept = sessionStorage.getItem(key);
    if (kept !== null) {
      sessionStorage.removeItem(key);
      window.scrollTo(0, parseInt(kept, 10) || 0);
    }
  } catch (ignored) {
    // Storage refused (private mode): the page opens at the top.
  }

  var events = new EventSource('/authoring/events');
  events.addEventListener('course', function (event) {
    if (event.data !== course) {
      return;
    }
    events.close();
    try {
      sessionStorage.setItem(key, String(window.scrollY));
    } catch (ignored) {
      // Without storage the page still reloads, at the top.
    }
    location.reload();
  });
})();
