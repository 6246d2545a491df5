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
  // Where the page is to be, until it is laid out and there: a second change arriving meanwhile
  // must keep that place, not the top of a page still loading.
  var pending = null;

  try {
    var kept = sessionStorage.getItem(key);
    if (kept !== null) {
      sessionStorage.removeItem(key);
      var y = parseInt(kept, 10) || 0;
      // The browser's own restoring on reload would fight this one; and the page is scrolled again
      // once everything in it is laid out, since the page is shorter while it is still loading.
      if ('scrollRestoration' in history) {
        history.scrollRestoration = 'manual';
      }
      pending = y;
      // At once: the page's smooth scrolling is for the reader's own jumps, not for coming back.
      var back = function () {
        window.scrollTo({ top: y, left: 0, behavior: 'instant' });
      };
      back();
      window.addEventListener('load', function () {
        back();
        pending = null;
      });
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
      sessionStorage.setItem(key, String(pending !== null ? pending : window.scrollY));
    } catch (ignored) {
      // Without storage the page still reloads, at the top.
    }
    location.reload();
  });
})();
