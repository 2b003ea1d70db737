/*
 * Parlons-en — autosave of the minutes edit form (no inline script: CSP).
 * - every ~10 s when something changed, and when the page is hidden, POSTs the form (CSRF field included) to
 *   data-autosave-url, which answers {version}; the hidden version fields follow;
 * - at every input, keeps a copy in localStorage under "parlonsen:compte-rendu:<forum>:<version>";
 * - on load, a copy of the shown version not yet saved on the server (server unreachable at the time) is put back
 *   in the form, with the notice « Brouillon local restauré »;
 * - "Ajouter une ligne" buttons add rows; forms marked .pe-after-save (import, submit) save pending changes first.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('pe-js');
  var form = document.getElementById('form-compte-rendu');
  if (!form || !window.fetch) {
    return;
  }
  var PERIOD = 10000;
  var forumId = form.getAttribute('data-forum-id');
  var url = form.getAttribute('data-autosave-url');
  var prefix = 'parlonsen:compte-rendu:' + forumId + ':';
  var state = document.getElementById('etat-sauvegarde');
  var dirty = false;
  var stopped = false;
  var saving = null;

  function version() {
    return form.querySelector('input[name="version"]').value;
  }

  function storageKey(v) {
    return prefix + v;
  }

  function fields() {
    var out = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && name !== 'version' && typeof value === 'string') {
        out.push([name, value]);
      }
    });
    return out;
  }

  function keepLocalCopy() {
    try {
      localStorage.setItem(storageKey(version()), JSON.stringify({
        version: Number(version()), savedAt: Date.now(), dirty: dirty, fields: fields()
      }));
    } catch (e) {
      // storage full or disabled: the server copy is the only one
    }
  }

  function forgetOtherCopies() {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var k = localStorage.key(i);
        if (k && k.indexOf(prefix) === 0 && k !== storageKey(version())) {
          localStorage.removeItem(k);
        }
      }
    } catch (e) {
      // nothing to clean
    }
  }

  function say(text, kind) {
    state.className = 'fr-alert fr-alert--sm fr-alert--' + (kind || 'info') + ' fr-mb-2w';
    state.textContent = '';
    var p = document.createElement('p');
    p.textContent = text;
    state.appendChild(p);
  }

  function setVersion(v) {
    var all = document.querySelectorAll('input.pe-version');
    for (var i = 0; i < all.length; i++) {
      all[i].value = v;
    }
    var shown = document.getElementById('version-affichee');
    if (shown) {
      shown.textContent = v;
    }
  }

  function save(keepalive) {
    if (!dirty || stopped) {
      return Promise.resolve(true);
    }
    if (saving) {
      return saving;
    }
    var sent = version();
    var body = new URLSearchParams(new FormData(form)).toString();
    dirty = false;
    saving = fetch(url, {
      // keepalive (page being hidden) only carries small bodies; the local copy covers the rest
      method: 'POST', body: body, credentials: 'same-origin', keepalive: !!keepalive && body.length < 60000,
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok && typeof json.version !== 'number') {
          dirty = true;
          keepLocalCopy();
          say('Session expirée : reconnectez-vous dans un autre onglet. Vos saisies restent dans ce navigateur.', 'warning');
          return false;
        }
        if (response.ok) {
          try { localStorage.removeItem(storageKey(sent)); } catch (e) { /* ignore */ }
          setVersion(json.version);
          keepLocalCopy();
          forgetOtherCopies();
          say('Brouillon enregistré automatiquement (version ' + json.version + ').', 'success');
          return true;
        }
        dirty = true;
        keepLocalCopy();
        if (response.status === 412) {
          stopped = true;
          say('Une autre personne a enregistré ce compte rendu entre-temps. Vos saisies sont conservées : '
            + 'cliquez sur « Enregistrer le brouillon » pour comparer les deux versions.', 'warning');
        } else {
          say('Brouillon non enregistré : ' + (json.detail || ('erreur ' + response.status))
            + (json.violations && json.violations.length ? ' ' + json.violations.map(function (v) { return v.message; }).join(' ') : '')
            + ' Vos saisies restent dans ce navigateur.', 'warning');
        }
        return false;
      });
    }, function () {
      dirty = true;
      keepLocalCopy();
      say('Serveur injoignable : vos saisies sont gardées dans ce navigateur et seront enregistrées au retour de la connexion.', 'warning');
      return false;
    }).then(function (ok) {
      saving = null;
      return ok;
    });
    return saving;
  }

  // ---- repeatable rows

  function rowsOf(list) {
    return document.querySelectorAll('fieldset[data-list="' + list + '"] .pe-row');
  }

  function addRow(list) {
    var rows = rowsOf(list);
    var last = rows[rows.length - 1];
    var oldIndex = last.getAttribute('data-index');
    var index = rows.length;
    var row = last.cloneNode(true);
    row.setAttribute('data-index', String(index));
    var hidden = row.querySelectorAll('input[type="hidden"]');
    for (var h = 0; h < hidden.length; h++) {
      hidden[h].parentNode.removeChild(hidden[h]);
    }
    var named = row.querySelectorAll('[name], [id], label[for]');
    for (var i = 0; i < named.length; i++) {
      var el = named[i];
      if (el.name) {
        el.name = el.name.replace(list + '[' + oldIndex + ']', list + '[' + index + ']');
      }
      if (el.id) {
        el.id = el.id.replace(list + '-' + oldIndex + '-', list + '-' + index + '-');
      }
      if (el.htmlFor) {
        el.htmlFor = el.htmlFor.replace(list + '-' + oldIndex + '-', list + '-' + index + '-');
      }
      if (el.tagName === 'TEXTAREA') {
        el.value = '';
      } else if (el.tagName === 'SELECT') {
        el.selectedIndex = 0;
        if (el.options.length) {
          el.options[0].textContent = 'Suggestion automatique';
        }
      }
      if (el.tagName === 'LABEL' && el.getAttribute('data-label')) {
        el.textContent = el.getAttribute('data-label') + ' ' + (index + 1);
      }
    }
    last.parentNode.insertBefore(row, last.nextSibling);
    return row;
  }

  var adders = document.querySelectorAll('[data-add-row]');
  for (var a = 0; a < adders.length; a++) {
    adders[a].addEventListener('click', function (event) {
      var row = addRow(event.currentTarget.getAttribute('data-add-row'));
      var first = row.querySelector('textarea');
      if (first) {
        first.focus();
      }
    });
  }

  // ---- restore a local copy the server never got

  /** The unsaved copy of the shown version, else an unsaved copy of an older one (someone saved meanwhile). */
  function unsavedCopy() {
    var best = null;
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf(prefix) === 0) {
          var copy = JSON.parse(localStorage.getItem(k));
          if (copy && copy.dirty && copy.fields && copy.version <= Number(version())
              && (!best || copy.version > best.version)) {
            best = copy;
          }
        }
      }
    } catch (e) {
      return null;
    }
    return best;
  }

  function restore() {
    var copy = unsavedCopy();
    if (!copy) {
      return;
    }
    copy.fields.forEach(function (f) {
      var m = /^(questions|strengths|weaknesses|proposals)\[(\d+)\]\./.exec(f[0]);
      if (m) {
        while (rowsOf(m[1]).length <= Number(m[2])) {
          addRow(m[1]);
        }
      }
    });
    copy.fields.forEach(function (f) {
      var el = form.elements.namedItem(f[0]);
      if (el && el.tagName) {
        el.value = f[1];
      }
    });
    dirty = true;
    var notice = document.getElementById('brouillon-local');
    if (copy.version < Number(version())) {
      // typed on an older version: keep that version, so that saving shows both on the conflict screen
      setVersion(copy.version);
      var p = document.createElement('p');
      p.textContent = 'Ces saisies partent de la version ' + copy.version + ' ; une version plus récente a été '
        + 'enregistrée depuis. Enregistrez pour comparer les deux versions : rien ne sera perdu.';
      notice.querySelector('.fr-notice__body').appendChild(p);
    }
    notice.classList.remove('pe-hidden');
  }

  restore();
  forgetOtherCopies();

  form.addEventListener('input', function () {
    dirty = true;
    keepLocalCopy();
  });
  form.addEventListener('change', function () {
    dirty = true;
    keepLocalCopy();
  });
  form.addEventListener('submit', function () {
    stopped = true; // the full save takes over; no autosave may race it
  });
  var after = document.querySelectorAll('form.pe-after-save');
  for (var s = 0; s < after.length; s++) {
    after[s].addEventListener('submit', function (event) {
      if (!dirty) {
        stopped = true;
        return;
      }
      event.preventDefault();
      var target = event.currentTarget;
      save(false).then(function (ok) {
        if (ok) {
          stopped = true;
          target.submit();
        }
      });
    });
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      keepLocalCopy();
      save(true);
    }
  });
  window.addEventListener('pagehide', keepLocalCopy);
  window.setInterval(function () {
    save(false);
  }, PERIOD);
}());
