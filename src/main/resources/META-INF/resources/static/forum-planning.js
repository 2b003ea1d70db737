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

  /* "Ajouter un invité": without script the button sends the form, which comes back with one more empty row;
     with it, the last row is copied here, renumbered and emptied, and the new row's first field gets the focus. */
  var add = form.querySelector('[data-add-invitee]');
  var count = form.querySelector('[data-empty-rows]');
  if (add) {
    add.addEventListener('click', function (event) {
      var rows = form.querySelectorAll('[data-invitee-row]');
      if (!rows.length) {
        return;
      }
      event.preventDefault();
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      var from = rows.length - 1;
      var to = rows.length;
      var pattern = new RegExp('invit(ees|e)-' + from + '(?=-|$)');
      copy.querySelectorAll('[id],[for],[aria-labelledby],[aria-describedby]').forEach(function (el) {
        ['id', 'for', 'aria-labelledby'].forEach(function (name) {
          var value = el.getAttribute(name);
          if (value) {
            el.setAttribute(name, value.replace(pattern, function (m, g) { return 'invit' + g + '-' + to; }));
          }
        });
        el.removeAttribute('aria-describedby');
        el.removeAttribute('aria-invalid');
      });
      if (copy.id) {
        copy.id = copy.id.replace(pattern, function (m, g) { return 'invit' + g + '-' + to; });
      }
      copy.querySelectorAll('.fr-error-text').forEach(function (el) { el.remove(); });
      copy.querySelectorAll('.fr-input-group--error').forEach(function (el) { el.classList.remove('fr-input-group--error'); });
      copy.querySelectorAll('.fr-input--error').forEach(function (el) { el.classList.remove('fr-input--error'); });
      copy.querySelectorAll('input').forEach(function (input) { input.value = ''; });
      copy.querySelectorAll('select').forEach(function (select) { select.selectedIndex = 0; });
      var legend = copy.querySelector('legend');
      if (legend) {
        legend.textContent = 'Personne invitée n° ' + (to + 1);
      }
      last.parentNode.insertBefore(copy, last.nextSibling);
      if (count) {
        count.value = String(parseInt(count.value || '0', 10) + 1);
      }
      var first = copy.querySelector('input');
      if (first) {
        first.focus();
      }
    });
  }
}());
