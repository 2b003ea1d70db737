/* Parlons-en — "Copier" buttons of the minutes pages (conflict screen, read-only page). No inline script: CSP. */
(function () {
  'use strict';
  document.documentElement.classList.add('pe-js');
  var buttons = document.querySelectorAll('[data-copy]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (event) {
      var button = event.currentTarget;
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) {
        return;
      }
      navigator.clipboard.writeText(source.textContent).then(function () {
        var label = button.textContent;
        button.textContent = 'Copié';
        window.setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  }
}());
