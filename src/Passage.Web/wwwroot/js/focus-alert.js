// Moves focus to the message a page marks for it (an error summary or a warning at the top of a form), so that
// keyboard and screen reader users start from what needs their attention; a link of an error summary puts focus in
// its field. Without script the message is still first on the page and the links still scroll to the fields.
(() => {
  const target = document.querySelector('[data-focus-on-load]');
  if (target) {
    target.focus();
  }

  document.querySelectorAll('.error-summary a[href^="#"], .alert a[href^="#"]').forEach(link => {
    link.addEventListener('click', event => {
      const field = document.getElementById(link.getAttribute('href').slice(1));
      if (field) {
        event.preventDefault();
        field.scrollIntoView({ block: 'center' });
        field.focus();
      }
    });
  });
})();
