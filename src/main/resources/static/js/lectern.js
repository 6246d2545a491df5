/* Lectern: progressive enhancement only. Every page works without this file. */
(function () {
  'use strict';

  // Keep these in step with the breakpoints in lectern.css.
  var NAV_COLLAPSES = '(max-width: 55.99rem)';
  var TOC_COLLAPSES = '(max-width: 71.99rem)';

  function highlight() {
    if (!window.hljs) {
      return;
    }
    window.hljs.configure({ ignoreUnescapedHTML: true });
    document.querySelectorAll('pre code[class*="language-"]').forEach(function (block) {
      window.hljs.highlightElement(block);
    });
  }

  function liveRegion() {
    var region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('role', 'status');
    document.body.appendChild(region);
    return region;
  }

  function announce(region, message) {
    region.textContent = '';
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  function addCopyButtons() {
    if (!navigator.clipboard || !window.isSecureContext) {
      return;
    }
    var blocks = document.querySelectorAll('.lesson-body pre');
    if (!blocks.length) {
      return;
    }
    var region = liveRegion();
    blocks.forEach(function (pre) {
      var wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);

      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-code';
      button.textContent = 'Copy';
      button.title = 'Copy code to clipboard';
      wrapper.appendChild(button);

      var timer;
      button.addEventListener('click', function () {
        var code = pre.querySelector('code') || pre;
        navigator.clipboard.writeText(code.textContent.replace(/\n$/, '')).then(function () {
          show(button, 'Copied', 'copied');
          announce(region, 'Code copied to clipboard');
        }, function () {
          show(button, 'Failed', 'failed');
          announce(region, 'Could not copy the code');
        });
      });

      function show(target, text, state) {
        window.clearTimeout(timer);
        target.textContent = text;
        target.setAttribute('data-state', state);
        timer = window.setTimeout(function () {
          target.textContent = 'Copy';
          target.removeAttribute('data-state');
        }, 2000);
      }
    });
  }

  // Scrolling regions that overflow get a tab stop so keyboard users can scroll them.
  function makeScrollersFocusable() {
    document.querySelectorAll('.lesson-body pre, .lesson-body table, .diagram-scroll, .score-chart').forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute('tabindex')) {
        el.setAttribute('tabindex', '0');
      }
    });
  }

  // The sidebars are <details open> so they work without script; fold them on small screens,
  // and unfold them again when the screen grows to where their summary is hidden.
  function collapsible(selector, query) {
    var details = document.querySelector(selector);
    if (!details || !window.matchMedia) {
      return;
    }
    var media = window.matchMedia(query);
    var apply = function () { details.open = !media.matches; };
    apply();
    if (media.addEventListener) {
      media.addEventListener('change', apply);
    } else if (media.addListener) {
      media.addListener(apply);
    }
    details.querySelectorAll('nav a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function () {
        if (media.matches) {
          details.open = false;
        }
      });
    });
  }

  // In a sidebar that scrolls on its own, bring the current lesson into view.
  function revealCurrentLesson() {
    var nav = document.querySelector('details.course-nav');
    var current = nav && nav.querySelector('[aria-current="page"]');
    if (current && nav.open && nav.scrollHeight > nav.clientHeight) {
      nav.scrollTop += current.getBoundingClientRect().top - nav.getBoundingClientRect().top - nav.clientHeight / 3;
    }
  }

  // A printed diagram carries its table: open the closed ones for the print, then close them again.
  function printDiagramTables() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('details.diagram-table:not([open])').forEach(function (details) {
        details.open = true;
        opened.push(details);
      });
    });
    window.addEventListener('afterprint', function () {
      opened.splice(0).forEach(function (details) { details.open = false; });
    });
  }

  function start() {
    printDiagramTables();
    highlight();
    addCopyButtons();
    makeScrollersFocusable();
    // A window made narrower, or a phone turned upright, makes more of them overflow.
    window.addEventListener('resize', makeScrollersFocusable);
    collapsible('details.course-nav', NAV_COLLAPSES);
    collapsible('details.page-toc', TOC_COLLAPSES);
    revealCurrentLesson();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
