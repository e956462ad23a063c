// Starts the keuzehulp (Rust compiled to WebAssembly) in #keuzehulp-app.
// This is a separate file because the Content-Security-Policy allows no inline
// script. If starting fails, a short Dutch message with the crisis line and a
// reload button takes the app's place. <html data-keuzehulp="ready|failed">
// tells tests (and curious people) how the start went.

const root = document.getElementById('keuzehulp-app');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function showFailure() {
  if (!root) return;
  const heading = el('h1', { tabindex: '-1' }, 'De keuzehulp kon niet starten');
  const reload = el('button', { type: 'button', class: 'kh-button' }, 'Pagina opnieuw laden');
  reload.addEventListener('click', () => window.location.reload());
  root.replaceChildren(
    el('div', { class: 'kh-notice', role: 'alert' },
      heading,
      el('p', {}, 'Dat ligt niet aan jou. Misschien is je browser te oud, of ging er iets mis met de verbinding. ',
        'Laad de pagina opnieuw, of probeer het later nog eens.'),
      reload,
      el('p', {},
        el('strong', {}, 'Voel je je erg slecht of denk je aan zelfdoding?'),
        ' Bel dan meteen ', el('a', { href: 'tel:113' }, '113'),
        ' of gratis ', el('a', { href: 'tel:08000113' }, '0800-0113'),
        '. Je kunt dag en nacht bellen.')));
  heading.focus();
}

function failed(err) {
  console.error('keuzehulp: starting failed:', err);
  document.documentElement.dataset.keuzehulp = 'failed';
  showFailure();
}

if (typeof WebAssembly !== 'object') {
  failed(new Error('this browser has no WebAssembly'));
} else {
  import('./pkg/keuzehulp.js')
    .then((glue) => glue.default())
    .then(() => { document.documentElement.dataset.keuzehulp = 'ready'; })
    .catch(failed);
}
