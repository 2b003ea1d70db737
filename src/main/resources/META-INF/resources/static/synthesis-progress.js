// Parlons-en: follows a background build of the synthesis draft and shows its progress.
(function () {
  var box = document.getElementById('tache');
  if (!box) { return; }
  var bar = document.getElementById('progression');
  var text = document.getElementById('progression-texte');
  var id = box.getAttribute('data-tache');
  var back = box.getAttribute('data-retour');
  function poll() {
    fetch('/gestion/taches/' + encodeURIComponent(id), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (job) {
        bar.value = job.percent;
        bar.textContent = job.percent + ' %';
        if (job.error) {
          text.textContent = 'Échec : ' + job.error;
        } else if (job.done) {
          text.textContent = 'Brouillon prêt. Chargement…';
          window.location.assign(back);
        } else {
          text.textContent = job.label + ' (' + job.percent + ' %)';
          setTimeout(poll, 700);
        }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
}());
