// Starts the keuzehulp (Rust compiled to WebAssembly) in #keuzehulp-app.
// This is a separate file because the Content-Security-Policy allows no inline
// script. If starting fails, a short message (Dutch and English) with the crisis
// line and a reload button takes the app's place. If the app panics later (a
// panic is a bare trap in our build: a WebAssembly.RuntimeError reaches the
// page, see xtask/src/build.rs), the same kind of message replaces it; the
// wasm is of no use by then, so the reload button (.kh-reload) is plain JS.
// <html data-keuzehulp="ready|failed"> tells tests (and curious people) how the
// start went.

const root = document.getElementById('keuzehulp-app');

// In another site's frame the app does not start (clickjacking: that site
// could lay its own "crisis number" over ours, or drive the app through the
// frame's address). It shows a link to open the keuzehulp in a window of its
// own, and the crisis line. embed.html is the page meant for frames. (The
// real defence is a frame-ancestors header where the host can send one: README.)
const framed = window.self !== window.top;

// The reload control (.kh-reload) of either message: registered before the wasm
// starts, so it works whatever the wasm did.
document.addEventListener('click', (event) => {
  const reload = event.composedPath().find((n) => n instanceof Element && n.classList.contains('kh-reload'));
  if (!reload) return;
  event.preventDefault();
  window.location.reload();
});

// Links that look and act as buttons (the Start button, role="button") take
// Space as a button does; before the wasm has arrived too.
document.addEventListener('keydown', (event) => {
  if (event.key !== ' ' || event.defaultPrevented) return;
  const link = event.composedPath()[0];
  if (!(link instanceof HTMLAnchorElement && link.getAttribute('role') === 'button')) return;
  event.preventDefault();
  link.click();
});

// The address as the page opened: a Start (a real link to the first question)
// tapped before the app is here changes it, and the app starts at that step.
const openedAt = window.location.hash;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The crisis line and the messages of every state without the app, generated
 * by `cargo xtask build` from the Rust (`keuzehulp fallback --json`:
 * src/crisis.rs, ui/text.rs, src/cli/fallback.rs): no number or message is
 * written by hand here.
 */
const FALLBACK = /** @type {any} */ ("__FALLBACK__");

/**
 * How long the app may take to arrive (the wasm, the texts) before the page
 * says so: a hanging download must not leave a page that does nothing.
 */
const LOAD_LIMIT_MS = 10000;

/** The crisis line in `lang` (its numbers tap-to-call links of 44×44 px at least: .kh-tel). */
function crisisLine(lang) {
  const { heading, line } = FALLBACK.crisis[lang];
  return el('p', lang === 'en' ? { lang: 'en' } : {}, el('strong', {}, heading), ' ',
    ...line.map((piece) => (typeof piece === 'string' ? piece : el('a', { class: 'kh-tel', href: piece.tel }, piece.shown))));
}

/** kind: start (the wasm did not start), stopped (a panic later), slow (not here within LOAD_LIMIT_MS). */
function showFailure(kind) {
  if (!root) return;
  const nl = FALLBACK.text.nl;
  const en = FALLBACK.text.en;
  const heading = el('h1', { tabindex: '-1', class: 'kh-failure__heading' }, nl[`${kind}Heading`]);
  const reload = el('button', { type: 'button', class: 'kh-button kh-reload' },
    `${nl.reload} `, el('span', { lang: 'en' }, `(${en.reload})`));
  root.textContent = ''; // (not replaceChildren: older browsers land here too)
  root.append(
    el('div', { class: 'kh-notice kh-failure', role: 'alert', lang: 'nl' },
      heading,
      el('p', {}, nl[`${kind}Why`]),
      crisisLine('nl'),
      el('p', { lang: 'en' }, el('strong', {}, en[`${kind}Heading`]), '. ', en[`${kind}Why`]),
      crisisLine('en'),
      el('p', {}, reload)));
  heading.focus();
}

/** What a framed index.html shows instead of the app: a way out, and the crisis line. */
function showFramed() {
  if (!root) return;
  const own = window.location.origin + window.location.pathname; // (not the frame's answers)
  const open = (lang) => el('a', { href: own, target: '_blank', rel: 'noopener noreferrer' }, FALLBACK.text[lang].openNewWindow);
  root.textContent = '';
  root.append(
    el('div', { class: 'kh-notice kh-framed', lang: 'nl' },
      el('h1', {}, 'Keuzehulp werkstress'),
      el('p', {}, `${FALLBACK.text.nl.framed} `, open('nl'), '.'),
      crisisLine('nl'),
      el('p', { lang: 'en' }, `${FALLBACK.text.en.framed} `, open('en'), '.'),
      crisisLine('en')));
  document.documentElement.dataset.keuzehulp = 'framed';
}

/**
 * The app has not arrived and the visitor acts (a tap on Start before the
 * wasm is here changes the address only): say that it is loading, at once.
 */
function showLoading() {
  if (!root || root.querySelector('.kh-loading-note')) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  const note = el('p', { class: 'kh-notice kh-loading-note', role: 'status' }, FALLBACK.text[lang].loading);
  root.prepend(note);
}

/** The app is not here within LOAD_LIMIT_MS: say so (with the crisis line and a reload); it may still come. */
function watchLoad() {
  setTimeout(() => {
    if (document.documentElement.dataset.keuzehulp) return; // (ready, failed or framed)
    console.warn(`keuzehulp: the app did not arrive within ${LOAD_LIMIT_MS / 1000} s`);
    // (Not data-keuzehulp: the app may still arrive, and then replaces this.)
    document.documentElement.dataset.keuzehulpLoad = 'slow';
    showFailure('slow');
  }, LOAD_LIMIT_MS);
}

function failed(err) {
  if (document.documentElement.dataset.keuzehulp === 'failed') return;
  console.error('keuzehulp: starting failed:', err);
  document.documentElement.dataset.keuzehulp = 'failed';
  showFailure('start');
}

// A panic in the wasm, later: a trap, uncaught in an event handler or timer
// ("error") or in a promise job ("unhandledrejection"). This page runs no
// other wasm, so every such trap is ours.
function stopped(err) {
  if (!(typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError)) return;
  if (document.documentElement.dataset.keuzehulp === 'failed') return;
  console.error('keuzehulp: the app stopped (a panic in the wasm):', err);
  document.documentElement.dataset.keuzehulp = 'failed';
  showFailure('stopped');
}
window.addEventListener('error', (event) => stopped(event.error));
window.addEventListener('unhandledrejection', (event) => stopped(event.reason));

/** The language to start in: the link's `taal=`, else the browser's (as src/ui/url.rs and the app decide). */
// The pure part: tests/js/main.test.mjs runs what stands between these two
// lines (main.js itself starts the app when it is imported). The inline
// script of index.html reads the fragment with the same two patterns.

/** `stap=` of a fragment (`#stap=advies&rol=…`), as the app reads it. */
const STEP = /(?:^[#?]*|&)\s*stap\s*=\s*([^&]*)/i;
/** `taal=` of a fragment. */
const LANG = /(?:^[#?]*|&)\s*taal\s*=\s*(nl|en)/i;

/** Does the link open the start page? (A share link opens the advice: then
 *  the prerendered start page is not what the visitor came for, and the app
 *  starts at once instead of after the start page's paint.)
 *  @param {string} hash */
function opensAtStart(hash) {
  const step = STEP.exec(hash);
  return !step || step[1].trim().toLowerCase() === 'start';
}

/** nl or en: the link's `taal=`, else the browser's language.
 *  @param {string} hash @param {string} language navigator.language */
function startLang(hash, language) {
  const fromLink = LANG.exec(hash);
  const code = fromLink ? fromLink[1] : (language || '');
  return code.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

// End of the pure part.

/**
 * The rules in one language (the wasm holds none, see crates/engine/src/pack). `fresh`:
 * past every cache (a query, which the service worker leaves alone), for when
 * a cache held a pack of an older build.
 * @param {string} lang
 * @param {{ fresh?: boolean, cache?: RequestCache }} [options]
 */
function loadContent(lang, { fresh = false, cache = 'default' } = {}) {
  const url = new URL(`pkg-site/content-${lang === 'en' ? 'en' : 'nl'}.txt`, import.meta.url);
  if (fresh) url.search = `?fresh=${Date.now()}`;
  return fetch(url, { cache }).then((response) => {
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    return response.text();
  });
}

/**
 * The end of this task: starting the app is three pieces of work (instantiate
 * the wasm, read the texts, render), each its own task, so that none is long
 * enough to keep a tap waiting on a slow phone (Lighthouse's TBT counts what a
 * task takes past 50 ms).
 */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

let begun = false;
function start() {
  if (begun) return;
  begun = true;
  watchLoad();
  const lang = startLang(window.location.hash, navigator.language);
  // The texts download next to the wasm, not after it.
  const content = loadContent(lang);
  content.catch(() => {}); // (handled below; no "unhandled rejection" meanwhile)
  // plan.html names another glue (data-kh-glue): the widget's wasm, which
  // has the plan page (the site's leaves it out, so a first visit stays small).
  const planGlue = document.documentElement.dataset.khGlue;
  import(planGlue ? new URL(planGlue, import.meta.url).href : './pkg-site/keuzehulp.js')
    .then((glue) => glue.default().then(() => glue))
    .then(async (glue) => {
      // A language switch: as at the start, a pack the wasm refuses (one of
      // another build, from a cache) is fetched once more past every cache.
      glue.set_content_loader(async (code) => {
        const text = await loadContent(code);
        try {
          glue.add_content(code, text);
          return text; // (added: the app's own add is then a no-op)
        } catch (err) {
          console.warn(err);
          return loadContent(code, { fresh: true });
        }
      });
      let shown = lang;
      const text = await content.catch((err) => err);
      await nextTask();
      try {
        if (text instanceof Error) throw text;
        glue.add_content(lang, text);
      } catch (err) {
        // A pack of an older build in a cache: once more from the server.
        console.warn(err);
        try {
          glue.add_content(lang, await loadContent(lang, { fresh: true }));
        } catch (again) {
          // No English texts: the app in Dutch is better than no app.
          if (lang === 'nl') throw again;
          console.warn(again);
          glue.add_content('nl', await loadContent('nl'));
          shown = 'nl';
        }
      }
      await nextTask();
      glue.start(shown);
      document.documentElement.dataset.keuzehulp = 'ready';
      // Started at another step than the page opened at (a tap on Start
      // before the app was here): move focus to its heading, as a step does.
      // plan.html is always reached from the advice's link: its h1 too.
      if (window.location.hash !== openedAt || planGlue || document.documentElement.dataset.keuzehulpLoad) {
        requestAnimationFrame(() => root?.querySelector('h1')?.focus());
      }
      registerWorker(lang);
    })
    .catch(failed);
}

// An English visitor gets the English start page: index.html's inline script
// swaps it in before the first paint (and removes the template); this is the
// fallback for when that script did not run.
const englishStart = /** @type {HTMLTemplateElement | null} */ (document.getElementById('kh-prerender-en'));
if (englishStart && root && !framed && startLang(window.location.hash, navigator.language) === 'en') {
  root.replaceChildren(englishStart.content.cloneNode(true));
  document.documentElement.lang = 'en';
  document.title = root.querySelector('h1')?.textContent.trim() || document.title;
}

if (framed) {
  showFramed();
} else if (typeof WebAssembly !== 'object') {
  failed(new Error('this browser has no WebAssembly'));
} else if (root && root.firstElementChild && opensAtStart(window.location.hash) && 'PerformanceObserver' in window
  && (PerformanceObserver.supportedEntryTypes || []).includes('paint')) {
  // The prerendered start page (crisis line and start button included) paints
  // first: the wasm and the texts download after its first contentful paint,
  // so they never compete with the page's own HTML and CSS on a slow
  // connection. (A hidden tab paints nothing: then after a second at most.)
  const once = () => {
    observer.disconnect();
    start();
  };
  // The largest contentful paint where browsers report it (the start page's
  // text: the same frame as the first paint), so no download of ours counts
  // towards it; else the first contentful paint.
  const lcp = PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint');
  const observer = new PerformanceObserver((list) => {
    if (lcp || list.getEntriesByName('first-contentful-paint').length) once();
  });
  observer.observe({ type: lcp ? 'largest-contentful-paint' : 'paint', buffered: true });
  setTimeout(once, 1000);
} else {
  start(); // (no prerendered page to paint first, or no paint timing to wait for)
}

// A tap on Start (a link to the first question) before the app is here
// changes only the address: say at once that the app is loading, and fetch it
// now if it was waiting for the first paint.
window.addEventListener('hashchange', () => {
  if (framed || document.documentElement.dataset.keuzehulp) return;
  showLoading();
  start();
});

// Offline use after the first visit (www/sw.js). Only on the standalone site:
// not in a frame and not on pages without #keuzehulp-app (the embed pages load
// their own scripts). Relative to this file, so it works under a sub-path; after
// `load` and after the app started, so it never competes with the first
// visit's downloads.
function registerWorker(lang) {
  if (!(root && 'serviceWorker' in navigator && window.self === window.top)) return;
  // This visit's pack arrived before the worker did: when a worker takes over,
  // ask for it again (from the HTTP cache) so that the worker keeps it.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    loadContent(lang, { cache: 'force-cache' }).catch(() => {});
  }, { once: true });
  const register = () => replaceForeignWorkers()
    .then(() => navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { updateViaCache: 'none' }))
    .then(() => navigator.serviceWorker.ready)
    .then(warmUp)
    .catch((err) => {
      console.warn('keuzehulp: offline use is not available:', err);
    });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * The rest of the site for offline use (the overview, embed.html, the
 * employers' pages, the plan page's wasm; not the studio: sw.js, warmUp): asked
 * of the active worker once this page has loaded and is idle, so it never
 * competes with the first visit; not with Save-Data (the budget's
 * "background" line in `cargo xtask build` says how much it is).
 * @param {ServiceWorkerRegistration} registration
 */
function warmUp(registration) {
  if (/** @type {any} */ (navigator).connection?.saveData) return;
  const ask = () => registration.active?.postMessage('keuzehulp:warm-up');
  if ('requestIdleCallback' in window) window.requestIdleCallback(ask, { timeout: 10000 });
  else setTimeout(ask, 2000);
}

/**
 * Another page of this origin (on a shared github.io origin: another
 * repository) can register any of its scripts as the worker for our folder,
 * or for a part of it, and so answer for our pages. Any registration in our
 * folder whose worker is not our sw.js is removed before ours registers (our
 * worker then takes its place at once: sw.js, install).
 */
async function replaceForeignWorkers() {
  const scope = new URL('./', import.meta.url).href;
  const script = new URL('sw.js', import.meta.url).href;
  // (sw.js with a query is our own script too.)
  const path = (url) => (url ? url.replace(/[?#].*$/, '') : null);
  for (const registration of await navigator.serviceWorker.getRegistrations()) {
    const worker = registration.installing || registration.waiting || registration.active;
    if (registration.scope.startsWith(scope) && (registration.scope !== scope || path(worker?.scriptURL) !== script)) {
      console.warn(`keuzehulp: removing a service worker that is not ours (${worker?.scriptURL}, scope ${registration.scope})`);
      await registration.unregister();
    }
  }
}
