// A table wider than the window scrolls sideways inside its .table-responsive box. A keyboard user
// must be able to scroll it too (WCAG 2.1.1): while it overflows, the box takes the focus (the
// arrows then scroll it) and a screen reader announces it as a region named after the table's caption.
const scrollers = [...document.querySelectorAll('.table-responsive')];

function keyboardScrolling() {
  for (const box of scrollers) {
    if (box.scrollWidth > box.clientWidth + 1) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      const caption = box.querySelector('caption');
      box.setAttribute('aria-label', caption ? caption.textContent.trim().replace(/\s+/g, ' ') : 'Tableau');
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }
}

if (scrollers.length > 0) {
  keyboardScrolling();
  window.addEventListener('resize', keyboardScrolling);
}
