// The Shared Responsibility explorer without reloads: choosing a service or a model fetches the
// same page the form would open and swaps in its result, keeping focus on the menu and the
// address shareable. Without JavaScript the forms work as they are.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-explorer]');
  var result = document.getElementById('explorer-result');
  if (!forms.length || !result || !window.fetch || !window.DOMParser || !window.history.pushState) {
    return;
  }

  function urlOf(form) {
    var select = form.querySelector('select');
    var url = new URL(form.action, window.location.href);
    if (select.value) {
      url.searchParams.set(select.name, select.value);
    }
    return url.toString();
  }

  function show(url, remember) {
    return fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var fresh = page.getElementById('explorer-result');
        if (!fresh) {
          window.location.href = url;
          return;
        }
        result.replaceWith(fresh);
        result = fresh;
        document.title = page.title;
        forms.forEach(function (form) {
          var mine = form.querySelector('select');
          var theirs = page.getElementById(mine.id);
          if (theirs) {
            mine.value = theirs.value;
          }
        });
        if (remember) {
          window.history.pushState(null, '', url);
        }
      })
      .catch(function () { window.location.href = url; });
  }

  forms.forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(urlOf(form), true);
    });
    form.querySelector('select').addEventListener('change', function () {
      show(urlOf(form), true);
    });
  });
  window.addEventListener('popstate', function () {
    show(window.location.href, false);
  });
})();
