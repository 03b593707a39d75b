// Enhancements only: every page works without this file, and the server checks everything again.
(() => {
  // Move focus to the error summary so screen readers and keyboards start where the problems are.
  const summary = document.querySelector('[data-autofocus]');
  if (summary) summary.focus();

  // "None of these", "don't know": ticking one clears the others in its group, and the reverse.
  document.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.checked) return;
    const field = box.closest('.field');
    if (!field) return;
    const boxes = field.querySelectorAll('input[type="checkbox"]');
    const exclusive = box.dataset.exclusive === 'true';
    for (const other of boxes) {
      if (other !== box && (exclusive || other.dataset.exclusive === 'true')) other.checked = false;
    }
  });
})();
