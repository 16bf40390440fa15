// A refused form: the focus goes to the list of errors at the top of the page, so a screen reader
// reads it first and a keyboard user starts from it; each error's link puts the focus in its field.
const summary = document.getElementById('erreurs');
if (summary) {
  summary.focus();
  summary.addEventListener('click', event => {
    const link = event.target.closest('a[data-champ]');
    // A group of radios has no element with the field's id: its first button takes the focus.
    const field = link && (document.getElementById(link.hash.slice(1)) || document.getElementsByName(link.dataset.champ)[0]);
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
}
