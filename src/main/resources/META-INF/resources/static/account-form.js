/* Parlons-en — account forms (admin): when the département changes, its arrondissements are listed at once.
   Progressive enhancement: without JavaScript the form is sent and comes back with the département's
   arrondissements; the server checks everything either way. No inline script (CSP). */
(function () {
  'use strict';
  var select = document.getElementById('champ-department');
  var zone = document.getElementById('zone-arrondissements');
  if (!select || !zone || select.tagName !== 'SELECT') {
    return;
  }
  var base = zone.getAttribute('data-arrondissements');

  function hint(text) {
    var p = document.createElement('p');
    p.className = 'fr-hint-text';
    p.id = 'champ-arrondissements';
    p.textContent = text;
    return p;
  }

  function checkbox(a) {
    var element = document.createElement('div');
    element.className = 'fr-fieldset__element fr-fieldset__element--inline';
    var group = document.createElement('div');
    group.className = 'fr-checkbox-group';
    var input = document.createElement('input');
    input.type = 'checkbox';
    input.id = 'arr-' + a.code;
    input.name = 'arrondissements';
    input.value = a.code;
    var label = document.createElement('label');
    label.className = 'fr-label';
    label.htmlFor = input.id;
    label.textContent = a.name;
    group.appendChild(input);
    group.appendChild(label);
    element.appendChild(group);
    return element;
  }

  function show(list) {
    var fieldset = document.createElement('fieldset');
    fieldset.className = 'fr-fieldset';
    fieldset.id = 'champ-arrondissements';
    fieldset.setAttribute('aria-labelledby', 'legende-arrondissements');
    var legend = document.createElement('legend');
    legend.className = 'fr-fieldset__legend fr-text--regular';
    legend.id = 'legende-arrondissements';
    legend.appendChild(document.createTextNode('Arrondissements '));
    var help = document.createElement('span');
    help.className = 'fr-hint-text';
    help.textContent = 'pour un sous-préfet : ceux dont il a la charge';
    legend.appendChild(help);
    fieldset.appendChild(legend);
    list.forEach(function (a) { fieldset.appendChild(checkbox(a)); });
    zone.replaceChildren(fieldset);
  }

  select.addEventListener('change', function () {
    var dep = select.value;
    if (!dep) {
      zone.replaceChildren(hint('Un compte sans département (admin ou national) n\u2019a pas d\u2019arrondissement.'));
      return;
    }
    fetch(base + encodeURIComponent(dep) + '/arrondissements', {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (list) {
      if (list === null) {
        zone.replaceChildren(hint('Les arrondissements n\u2019ont pas pu être chargés : enregistrez le formulaire, '
          + 'il reviendra avec la liste du département.'));
      } else if (list.length === 0) {
        zone.replaceChildren(hint('Ce département n\u2019a pas d\u2019arrondissement.'));
      } else {
        show(list);
      }
    }).catch(function () {
      zone.replaceChildren(hint('Les arrondissements n\u2019ont pas pu être chargés : enregistrez le formulaire, '
        + 'il reviendra avec la liste du département.'));
    });
  });
}());
