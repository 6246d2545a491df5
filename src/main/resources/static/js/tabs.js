/* Lectern: a MyST tab-set becomes tabs. Without this file each tab is a section under its own
   heading, one after the other, which reads just as well. */
(function () {
  'use strict';

  var sets = 0;

  function setUp(set) {
    var panels = Array.prototype.filter.call(set.children, function (child) {
      return child.classList.contains('tab-item');
    });
    if (!panels.length) {
      return;
    }
    var prefix = 'tab-set-' + (++sets);
    var list = document.createElement('div');
    list.className = 'tab-list';
    list.setAttribute('role', 'tablist');
    var buttons = panels.map(function (panel, index) {
      var title = panel.querySelector(':scope > .tab-title');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'tab-button';
      button.id = prefix + '-tab-' + index;
      button.setAttribute('role', 'tab');
      button.textContent = title ? title.textContent : 'Tab ' + (index + 1);
      if (!panel.id) {
        panel.id = prefix + '-panel-' + index;
      }
      button.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', button.id);
      panel.tabIndex = 0;
      // The tab names the panel now; its heading would say it twice.
      if (title) {
        title.hidden = true;
      }
      list.appendChild(button);
      return button;
    });
    set.insertBefore(list, set.firstChild);
    set.classList.add('tabs-ready');

    function select(chosen, focus) {
      buttons.forEach(function (button, index) {
        var selected = index === chosen;
        button.setAttribute('aria-selected', selected ? 'true' : 'false');
        button.tabIndex = selected ? 0 : -1;
        panels[index].hidden = !selected;
      });
      if (focus) {
        buttons[chosen].focus();
      }
    }

    // Arrow keys move between tabs, Home and End to the first and last (the ARIA tabs pattern).
    buttons.forEach(function (button, index) {
      button.addEventListener('click', function () { select(index, false); });
      button.addEventListener('keydown', function (event) {
        var moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 };
        if (!(event.key in moves)) {
          return;
        }
        event.preventDefault();
        select((moves[event.key] + buttons.length) % buttons.length, true);
      });
    });
    var selected = panels.findIndex(function (panel) { return panel.classList.contains('tab-selected'); });
    select(selected < 0 ? 0 : selected, false);
  }

  // Printed, every tab shows, as it does without script.
  function printAllTabs() {
    var hidden = [];
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('.tab-set.tabs-ready > .tab-item[hidden]').forEach(function (panel) {
        panel.hidden = false;
        hidden.push(panel);
      });
    });
    window.addEventListener('afterprint', function () {
      hidden.splice(0).forEach(function (panel) { panel.hidden = true; });
    });
  }

  function start() {
    document.querySelectorAll('.lesson-body .tab-set').forEach(setUp);
    printAllTabs();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
