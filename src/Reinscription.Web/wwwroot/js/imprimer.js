// Without JavaScript the button could do nothing, so it stays hidden and the browser's own Print menu remains.
const printButton = document.getElementById('imprimer');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => window.print());
}
