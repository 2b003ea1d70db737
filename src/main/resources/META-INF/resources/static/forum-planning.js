/* Parlons-en — forum form: shows only the chosen kind of catchment and previews how many communes it covers.
   Progressive enhancement: without JavaScript every list stays visible and the server checks everything. */
(function () {
  'use strict';
  var form = document.getElementById('form-forum');
  if (!form) {
    return;
  }
  var panels = form.querySelectorAll('[data-catchment-panel]');
  var output = document.getElementById('apercu-zone');
  var lists = ['cantons', 'epcis', 'arrondissements', 'communes'];

  function kind() {
    var checked = form.querySelector('input[name="catchmentKind"]:checked');
    return checked ? checked.value : null;
  }

  function preview() {
    var k = kind();
    if (!k || !output) {
      return;
    }
    var params = new URLSearchParams();
    params.set('kind', k);
    if (k === 'communes') {
      params.set('codes', form.querySelector('#catchment-communes').value);
    } else {
      form.querySelectorAll('input[name="' + k + '"]:checked').forEach(function (box) {
        params.append('codes', box.value);
      });
    }
    if (!params.has('codes') || params.get('codes').trim() === '') {
      output.textContent = '';
      return;
    }
    fetch(form.getAttribute('data-preview') + '?' + params.toString(), {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (json) {
      output.textContent = json ? json.message : '';
    }).catch(function () { output.textContent = ''; });
  }

  function show() {
    var k = kind();
    panels.forEach(function (panel) {
      panel.hidden = k !== null && panel.getAttribute('data-catchment-panel') !== k;
    });
    preview();
  }

  form.addEventListener('change', function (event) {
    if (event.target.name === 'catchmentKind') {
      show();
    } else if (lists.indexOf(event.target.name) >= 0) {
      preview();
    }
  });
  show();
}());
