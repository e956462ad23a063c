// The iframe page: embed.html?preset=…&lang=…&contacts=…&theme=light&accent=…&text=…&bg=…&debug
// starts the keuzehulp full width (the same app as <keuzehulp-widget>, see
// embed.js). `contacts` is the JSON itself here: the page's CSP allows no
// requests to other origins (connect-src 'self'), so a URL is refused with
// the polite notice. It sends the page around it nothing (below).

//
// The page opens with the start page prerendered in its HTML (the crisis line
// and the start button paint before any script runs; the inline script there
// swaps in the English one). This module loads the app (embed.js, which
// imports the widget's wasm) only after that first paint, so those downloads
// never compete with the page's own HTML and CSS; a tap on a step link or the
// language switch meanwhile is kept and done once the app is there.

import { palette, lowContrast } from './embed-theme.js';

const params = new URLSearchParams(window.location.search);
const preset = params.get('preset') ?? '';
const root = document.getElementById('keuzehulp-embed');
const html = document.documentElement;

if (params.get('theme') === 'light') html.dataset.theme = 'light';
// Colours: the same tokens the widget gets from its element (CSSOM, allowed
// by the CSP), in the light theme (as the builder makes them), and only when
// every text they reach keeps 4.5:1 (embed-theme.js): a link with other
// colours shows ours. The crisis line never takes them (crisis_line/style.css).
const given = { accent: params.get('accent'), text: params.get('text'), bg: params.get('bg') };
const tokens = palette(given);
const low = lowContrast(given);
if (low.length > 0) {
  console.warn(`keuzehulp: the colours are not used, too little contrast: ${low.map((p) => `${p.key} ${p.ratio.toFixed(2)}:1`).join(', ')}`);
} else if (Object.keys(tokens).length > 0) {
  html.dataset.theme = 'light';
  for (const [name, value] of Object.entries(tokens)) html.style.setProperty(name, value);
}

// The iframe's height: this page tells the page around it nothing, not even
// its height. How long a page is depends on the answers (the advice at acuut,
// harassment, sick leave), and a script of the host page reads the iframe's
// size; rounded heights still told answer sets apart when the host swept the
// frame's width. embed-frame.js gives the iframe a height from the host's
// window alone, and the keuzehulp scrolls inside it (SECURITY.md).

/** The controls of the prerendered page whose taps are kept until the app is here. */
const CONTROLS = 'a[data-kh-go], [data-kh-lang]';
/** The control tapped before the app was here: its place among CONTROLS. */
let tapped = -1;
function keepTap(event) {
  const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
  if (!control || !root.contains(control)) return;
  event.preventDefault();
  tapped = [...root.querySelectorAll(CONTROLS)].indexOf(control);
  root.setAttribute('aria-busy', 'true');
}
root.addEventListener('click', keepTap);
// A tap before this module ran followed the link itself (its href is a
// fragment of this page, #stap=…): that is the tap to keep. The fragment
// goes again (the app never reads this page's address).
if (window.location.hash) {
  const early = [...root.querySelectorAll(CONTROLS)].findIndex((c) => c.getAttribute('href') === window.location.hash);
  if (early >= 0) {
    tapped = early;
    root.setAttribute('aria-busy', 'true');
  }
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

// Links that look and act as buttons (the Start button, role="button") take
// Space as a button does, before the app is here and after.
root.addEventListener('keydown', (event) => {
  const link = event.target;
  if (event.key !== ' ' || event.defaultPrevented || !(link instanceof HTMLAnchorElement && link.getAttribute('role') === 'button')) return;
  event.preventDefault();
  link.click();
});

/** Runs `then` after the page's largest contentful paint (a hidden tab paints nothing: after a second at most). */
function afterFirstPaint(then) {
  const types = (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes) || [];
  const type = ['largest-contentful-paint', 'paint'].find((t) => types.includes(t));
  if (!type || !root.querySelector('.kh-app')) {
    then(); // (nothing prerendered to paint first, or no paint timing to wait for)
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (type === 'largest-contentful-paint' || list.getEntriesByName('first-contentful-paint').length) once();
  });
  observer.observe({ type, buffered: true });
  setTimeout(once, 1000);
}

/**
 * Click control number `index` for the app. The app marks a click it handled
 * (preventDefault); one it did not see yet (its listeners come with its
 * first render's effects) must not follow the link, which leads to the
 * public site: then again a little later.
 */
function replay(index, tries = 20) {
  const control = /** @type {HTMLElement | undefined} */ (root.querySelectorAll(CONTROLS)[index]);
  if (!control) return;
  let handled = false;
  const check = (event) => {
    handled = event.defaultPrevented;
    if (!handled) event.preventDefault();
  };
  root.addEventListener('click', check);
  control.click();
  root.removeEventListener('click', check);
  if (!handled && tries > 1) setTimeout(() => replay(index, tries - 1), 50);
}

/** The messages, from the Rust (`keuzehulp fallback --json`, written in by the build): embed.js may not be here. */
const FALLBACK = /** @type {any} */ ("__FALLBACK__");

/** embed.js itself did not arrive: the step links go (they need the app), the crisis line stays. */
function noStart(err) {
  console.error('keuzehulp: starting failed:', err);
  html.dataset.keuzehulp = 'failed';
  root.removeEventListener('click', keepTap);
  root.removeAttribute('aria-busy');
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.textContent = FALLBACK.text[html.lang === 'en' ? 'en' : 'nl'].noStart;
  root.querySelector('h1, h2')?.after(note);
  for (const control of root.querySelectorAll(CONTROLS)) control.remove();
}

afterFirstPaint(() => import('./embed.js').then(start, noStart));

function start({ mount, failure, loading, resolveLang }) {
  // nl or en, as the app decides (an unknown language: the browser's), once for
  // the page, the status texts and the app alike.
  const lang = resolveLang(params.get('lang'));
  html.lang = lang;
  // The page's title in its language too (what a screen reader may announce for the frame).
  if (lang === 'en') document.title = 'Work stress choice aid';
  const english = /** @type {HTMLTemplateElement | null} */ (document.getElementById('kh-prerender-en'));
  const prerendered = root.querySelector('.kh-embed-root');
  if (english && prerendered && lang === 'en') {
    // (The inline script did not run.)
    prerendered.replaceChildren(english.content.cloneNode(true));
    english.remove();
  }
  if (!root.querySelector('.kh-app')) root.replaceChildren(loading(lang));
  // Contacts only inside a frame, where the page around it is the organisation's:
  // opened on its own, this page would show whatever numbers a link brings,
  // under our name.
  const framed = window.parent !== window;
  const contacts = framed ? (params.get('contacts') ?? '').trim() : '';
  if (!framed && params.get('contacts')) console.warn('keuzehulp: contacts are only shown when embed.html is in a frame');
  const inline = contacts === '' || contacts.startsWith('{');
  if (!inline) console.warn('keuzehulp: in an iframe, contacts must be the JSON itself, not a URL');
  mount(root, { preset, lang, contacts: inline ? contacts : null, debug: params.has('debug') })
    .then(() => {
      root.removeEventListener('click', keepTap);
      root.removeAttribute('aria-busy');
      html.dataset.keuzehulp = 'ready';
      // The tap that came before the app: now, on the same control of the same page.
      if (tapped >= 0) setTimeout(() => replay(tapped), 0);
    })
    .catch((err) => {
      console.error('keuzehulp: starting failed:', err);
      root.removeEventListener('click', keepTap);
      root.removeAttribute('aria-busy');
      root.replaceChildren(failure(lang, preset));
      html.dataset.keuzehulp = 'failed';
    });
}
