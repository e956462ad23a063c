// <keuzehulp-widget>: the keuzehulp inside another page (an intranet).
//
//   <script type="module" src="https://…/embed.js"></script>
//   <keuzehulp-widget lang="nl" preset="sector=zorg-welzijn&omvang=groot"
//     contacts="/hr/keuzehulp-contacten.json"></keuzehulp-widget>
//
// Attributes: lang (nl | en; empty: the browser's language), preset (answers
// in the VOCABULARY encoding; those questions are skipped, except fase: the
// question that leads a person in crisis to help is always asked, and a fase
// part gives one console warning), contacts (the URL of a JSON file, https or
// the page's own origin, fetched without cookies and given up after 5 s; or
// the JSON itself when it starts with "{"), theme ("light": ignore the
// visitor's dark mode), debug (present: show setup problems, such as a
// contact that is left out, in the widget; without it visitors never see
// them, and the console gets one warning). Colours: --keuzehulp-color-* custom properties on the
// element. The widget lives in an open shadow root with our own stylesheet,
// so the page's CSS does not reach it; it never reads or writes the page's
// URL or title. Each step adds a history entry with the same URL and only
// {keuzehulp: n} as its state, so the browser's Back goes back a step
// (src/ui/embedded_history.rs; the answers stay in memory). Its share link points to the public site (the
// folder this file is in). Removing the element tears the app down; moving
// it keeps it; changing lang, preset or contacts starts it again with them.
//
// While it loads, the widget shows a line that it is loading and the crisis
// line (its numbers as tap-to-call links of at least 44×44 px; the numbers
// and words come from the Rust, written in by the build: FALLBACK below).
// The WebAssembly (pkg-widget-plan/: the site's wasm plus the widget's entry
// points) is imported when the first widget mounts (not by a static import:
// a failed fetch of it would leave the element undefined, every widget empty)
// and shared by every widget. Each try has a time limit (LOAD_TIMEOUT_MS); a
// failed or late one is tried once more at once, and again by the next widget
// or restart. When it cannot start (old browser, no connection, or a
// Content-Security-Policy without 'wasm-unsafe-eval': use the iframe mode
// then), the widget shows a link to the public site and the crisis line
// instead. Before this file runs (or if it never arrives), the element shows
// its own content: the builder's snippet carries the crisis line and a link
// to the site inside it, hidden by the shadow root once the widget is here.
//
// If the app panics later (a bare trap in our build: a WebAssembly.RuntimeError
// from pkg-widget-plan/ reaches the page), every running widget shows a short
// "stopped" message with the crisis line and a reload link instead.
//
// The element says how it went in data-state="loading|ready|failed".

import { CRISIS } from './embed-theme.js';

/** The public site: where share links point to. */
export const SITE = new URL('./', import.meta.url).href;
/** The app's stylesheet, and the widget's own (the site's pages do not load that one). */
const STYLESHEETS = ['app.css', 'embed.css'].map((file) => new URL(file, import.meta.url).href);
const WASM = new URL('pkg-widget-plan/keuzehulp_bg.wasm', import.meta.url);
/** The contacts file may not be larger than this (the parser's own limit is 64 KB). */
const MAX_CONTACTS = 64 * 1024;
/**
 * A contacts file that has not arrived by then is given up: the widget starts
 * without it, with the polite notice (a hanging intranet server must not keep
 * anyone waiting for the advice).
 */
export const CONTACTS_TIMEOUT_MS = 5000;

/** The crisis line and the messages, from the Rust (`keuzehulp fallback --json`, written in by the build). */
const FALLBACK = /** @type {any} */ ("__FALLBACK__");
/** The widget's glue (pkg-widget-plan/keuzehulp.js). */
const GLUE = new URL('pkg-widget-plan/keuzehulp.js', import.meta.url).href;
/**
 * One try to load the glue and the wasm may take this long (ms); then it
 * counts as failed (a hanging download must not leave widgets loading for ever).
 */
export const LOAD_TIMEOUT_MS = 15000;

/** The glue module once its wasm is initialised (its functions: mount_widget, add_content, …). */
let glue = null;
/** Tries so far: a retry imports the glue under another URL (a failed module import stays failed for its URL). */
let tries = 0;
let started = null;

/** `promise`, or a rejection after `ms`. */
export function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** One try: import the glue, initialise its wasm; the glue. */
function tryLoad() {
  tries += 1;
  const url = tries === 1 ? GLUE : `${GLUE}?retry=${tries}`;
  return within(import(url).then(async (module) => {
    await module.default({ module_or_path: WASM });
    module.set_content_loader(fetchContent);
    return module;
  }), LOAD_TIMEOUT_MS, 'the widget\'s code');
}
const packs = new Map();
/** What each running app does when our wasm traps (it is of no use after that). */
const running = new Set();

/**
 * Initialise the wasm, once per page (it mounts nothing by itself). A failed
 * attempt is not kept: the next widget (or a restart) tries again, so one
 * network hiccup does not break every later widget on the page.
 */
export function load() {
  if (!started) {
    const attempt = typeof WebAssembly === 'object'
      ? tryLoad().catch((err) => {
        console.warn(`keuzehulp: loading the widget failed (${err.message ?? err}); trying once more`);
        return tryLoad();
      }).then((module) => { glue = module; })
      : Promise.reject(new Error('this browser has no WebAssembly'));
    attempt.catch(() => {
      if (started === attempt) started = null;
    });
    started = attempt;
  }
  return started;
}

/**
 * What the page's Content-Security-Policy refused that concerns us (the wasm,
 * or a file of ours): a failed start is then the CSP's doing, not the network's.
 */
const refusals = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const blocked = String(event.blockedURI ?? '');
  if (blocked === 'wasm-eval' || blocked === 'eval' || blocked.startsWith(SITE)) {
    refusals.push(`${event.effectiveDirective || event.violatedDirective} refused ${blocked}`);
  }
});

/**
 * Why the widget could not start, for the console (whoever embeds reads it):
 * the CSP, when it refused something of ours, else the network (or a file of
 * another version), which a later widget or a reload may get past.
 */
async function whyNoStart(err) {
  // (The violation event comes in a task of its own, after the rejection.)
  await new Promise((resolve) => { setTimeout(resolve, 0); });
  const message = String(err?.message ?? err);
  if (refusals.length > 0 || /Content.Security.Policy|Refused to (compile|load|connect)/i.test(message)) {
    return `the page's Content-Security-Policy refused it (${refusals[0] ?? message}). Allow `
      + `'wasm-unsafe-eval' in script-src and ${SITE} in script-src, style-src and connect-src (README), or use the iframe mode`;
  }
  return `it could not be loaded (${message}): a network failure? The next widget on this page, or reloading the page, tries again`;
}

/** nl or en: the attribute's language, else the browser's (as the app decides). */
export function resolveLang(lang) {
  const code = (/^\s*(nl|en)/i.test(lang ?? '') ? lang : navigator.language || '').trim().toLowerCase();
  return code.startsWith('en') ? 'en' : 'nl';
}

/** The text of a language's content pack: the rules in that language (the wasm holds none). */
function fetchContent(lang) {
  const url = new URL(`pkg-site/content-${lang === 'en' ? 'en' : 'nl'}.txt`, import.meta.url);
  return fetch(url, { credentials: 'omit' }).then((response) => {
    if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
    return response.text();
  });
}

/** Load the wasm and the texts of `lang`, once per page and language. */
export function loadWith(lang) {
  if (!packs.has(lang)) {
    const pack = Promise.all([load(), fetchContent(lang)]).then(([, text]) => glue.add_content(lang, text));
    pack.catch(() => packs.delete(lang)); // (a later widget may try again)
    packs.set(lang, pack);
  }
  return packs.get(lang);
}

/**
 * The contacts as text for the wasm: '' for none, the JSON itself, or the body
 * of the file it names; `undefined` when the file could not be loaded (or not
 * within CONTACTS_TIMEOUT_MS), or `value` is null (refused: the widget then
 * says so politely). Only https URLs, or the page's own origin, are fetched,
 * without cookies.
 */
export async function contactsText(value, base = document.baseURI) {
  if (value === null) return undefined;
  const v = (value ?? '').trim();
  if (!v) return '';
  if (v.startsWith('{')) return v;
  let url;
  try {
    url = new URL(v, base);
  } catch {
    console.warn(`keuzehulp: contacts "${v}" is not a URL`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.origin !== window.location.origin) {
    console.warn(`keuzehulp: contacts ${url.href}: only https:// or this page's own origin`);
    return undefined;
  }
  // The abort covers the whole answer, its body included.
  const abort = new AbortController();
  let late = false;
  const timer = setTimeout(() => { late = true; abort.abort(); }, CONTACTS_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      credentials: 'omit', redirect: 'error', cache: 'no-cache', headers: { Accept: 'application/json' },
      signal: abort.signal,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_CONTACTS) throw new Error('larger than 64 KB');
    return text;
  } catch (err) {
    const why = late ? `no answer within ${CONTACTS_TIMEOUT_MS / 1000} s` : err.message;
    console.warn(`keuzehulp: contacts ${url.href} could not be loaded: ${why}`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The messages of the language the app itself would start in (so the status and the app agree). */
function textFor(lang) {
  return FALLBACK.text[resolveLang(lang)];
}

/**
 * The crisis line: its numbers as tap-to-call links of at least 44×44 px
 * (.kh-embed-tel in embed.css). The same in the loading, failure and stopped
 * states, and the same words as the app's (FALLBACK.crisis, from the Rust).
 */
function crisisLine(lang) {
  const { heading, line } = FALLBACK.crisis[resolveLang(lang)];
  return ownColours(el('p', { class: 'kh-embed-crisis' }, el('strong', {}, heading), ' ',
    ...line.map((piece) => (typeof piece === 'string' ? piece : el('a', { class: 'kh-embed-tel', href: piece.tel }, piece.shown)))));
}

/**
 * The crisis line's own colours on the element itself (CSSOM, which a strict
 * style-src allows): they hold while the stylesheets load, and if they never
 * do, whatever the host page's inherited colours are (issue 28).
 */
function ownColours(line) {
  const paint = (node, colour) => {
    node.style.setProperty('color', colour);
    node.style.setProperty('-webkit-text-fill-color', colour);
  };
  line.style.setProperty('background-color', CRISIS.bg);
  line.style.setProperty('text-shadow', 'none');
  paint(line, CRISIS.text);
  for (const link of line.querySelectorAll('a')) paint(link, CRISIS.link);
  return line;
}

/**
 * The preset without its fase part (src/preset.rs drops it in the app; this is
 * for the link to the public site, which the app never sees): fase is the
 * question that leads a person in crisis to help, so it is always asked. Keys
 * are read as the app reads them: %xx escapes, spaces, case, a leading # or ?.
 */
export function withoutFase(preset) {
  return presetParts(preset).filter((part) => presetPart(part)?.[0] !== 'fase').join('&');
}

/**
 * The parts of a preset (`sector=zorg-welzijn&omvang=groot`, with or without a
 * leading # or ?), as the app splits them (crates/engine/src/answers.rs).
 * @param {string | null | undefined} preset
 */
export const presetParts = (preset) => (preset ?? '').trim().replace(/^[#?]+/, '').split('&');

/**
 * A part of a preset as the app reads it: %xx escapes decoded (byte by byte,
 * as the app does), spaces trimmed, lowercase; [key, values], or null when it
 * has no `key=`. The one preset reader of the JavaScript (the builder's too).
 * @param {string} part
 * @returns {[string, string[]] | null}
 */
export function presetPart(part) {
  const decoded = part.replace(/%[0-9a-f]{2}/gi, (x) => String.fromCharCode(parseInt(x.slice(1), 16))).trim();
  const eq = decoded.indexOf('=');
  if (eq <= 0) return null;
  const values = decoded.slice(eq + 1).split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  return [decoded.slice(0, eq).trim().toLowerCase(), values];
}

/** What shows when the app cannot start: the public site and the crisis line. */
export function failure(lang, preset) {
  const t = textFor(lang);
  const answers = withoutFase(preset);
  const href = answers ? `${SITE}#${answers}` : SITE;
  return el('div', { class: 'kh-embed-status', role: 'status' },
    el('p', {}, el('strong', {}, t.widgetFailed), ' ',
      el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, t.widgetOpen,
        el('span', { class: 'kh-visually-hidden' }, t.newWindow)), '.'),
    crisisLine(lang));
}

/** What shows when the app panicked while in use: an h2 (the host has its own h1). */
export function stoppedMessage(lang) {
  const t = textFor(lang);
  return el('div', { class: 'kh-notice kh-failure', role: 'alert' },
    el('h2', { class: 'kh-failure__heading', tabindex: '-1' }, t.stoppedHeading),
    el('p', {}, t.widgetStoppedWhy),
    crisisLine(lang),
    // A link to the host page itself: works without any of our code.
    el('p', {}, el('a', { class: 'kh-button kh-reload', href: '' }, t.reload)));
}

/** Replace what `show` shows with the stopped message; focus it only if focus was in there. */
function showStopped(lang, container, show) {
  const active = container.getRootNode().activeElement; // (the shadow root's, for a widget)
  const hadFocus = active != null && container.contains(active);
  const message = stoppedMessage(lang);
  show(message);
  if (hadFocus) message.querySelector('.kh-failure__heading').focus();
}

// A trap from our wasm (its frames name pkg-widget-plan/; a trap of the host's own
// wasm is none of our business).
const OUR_CODE = new URL('pkg-widget-plan/', import.meta.url).href;
function onTrap(err) {
  if (!(typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError)) return;
  if (!String(err.stack ?? '').includes(OUR_CODE) || running.size === 0) return;
  console.error('keuzehulp: the widget stopped (a panic in the wasm):', err);
  const stops = [...running];
  running.clear();
  for (const stop of stops) stop();
}
window.addEventListener('error', (event) => onTrap(event.error));
window.addEventListener('unhandledrejection', (event) => onTrap(event.reason));

/** What shows while the wasm, the texts and the contacts load: that, and the crisis line. */
export function loading(lang) {
  const t = textFor(lang);
  return el('div', { class: 'kh-embed-status kh-embed-loading' }, el('p', {}, t.widgetLoading), crisisLine(lang));
}

/**
 * Start the app in `place` (an element in the page), replacing what it shows.
 * Resolves to the wasm WidgetHandle (`destroy()`, then `free()`); rejects when
 * the wasm cannot start.
 */
export async function mount(place, { preset = '', lang = '', contacts = '', debug = false } = {}) {
  lang = resolveLang(lang);
  const [, text] = await Promise.all([loadWith(lang), contactsText(contacts)]);
  const container = el('div', { class: 'kh-embed-root' });
  place.replaceChildren(container);
  const handle = glue.mount_widget(container, preset, lang, text, SITE, debug);
  running.add(() => showStopped(lang, place, (node) => place.replaceChildren(node)));
  return handle;
}

/**
 * Links that look and act as buttons (the Start button, role="button") take
 * Space as a button does (the site's main.js does the same for its page).
 */
function spaceActivates(event) {
  const link = event.target;
  if (event.key !== ' ' || event.defaultPrevented || !(link instanceof HTMLAnchorElement && link.getAttribute('role') === 'button')) return;
  event.preventDefault();
  link.click();
}

/** Resolves when a <link rel=stylesheet> has loaded (or failed: then unstyled). */
function loaded(link) {
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
}

export class KeuzehulpWidget extends HTMLElement {
  static observedAttributes = ['lang', 'preset', 'contacts', 'debug'];

  #body;
  #probe;
  #styleLoaded;
  #onResize = () => this.#fit();
  #handle = null;
  /** What this widget does when our wasm traps (in `running` while the app runs). */
  #onTrap = null;
  /** Bumped on every start and stop; a start that finds it changed gives up. */
  #generation = 0;
  #running = false;
  #restart = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const styles = STYLESHEETS.map((href) => el('link', { rel: 'stylesheet', href }));
    this.#styleLoaded = Promise.all(styles.map(loaded));
    this.#body = el('div', { class: 'kh-embed-body' });
    this.#body.addEventListener('keydown', spaceActivates);
    this.#probe = el('span', { hidden: '' });
    this.#probe.style.fontSize = 'medium';
    shadow.append(...styles, this.#probe, this.#body);
  }

  connectedCallback() {
    this.#fit();
    window.addEventListener('resize', this.#onResize, { passive: true });
    if (!this.#running) this.#start();
  }

  disconnectedCallback() {
    // Moving the element (remove, then insert in the same task) keeps the app.
    queueMicrotask(() => {
      if (this.isConnected) return;
      window.removeEventListener('resize', this.#onResize);
      this.#stop();
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#running || this.#restart) return;
    // Several attributes may change at once: start again once, after them.
    this.#restart = true;
    queueMicrotask(() => {
      this.#restart = false;
      if (!this.isConnected) return;
      this.#stop();
      this.#start();
    });
  }

  async #start() {
    const generation = ++this.#generation;
    this.#running = true;
    const lang = resolveLang(this.getAttribute('lang'));
    const preset = this.getAttribute('preset') ?? '';
    this.dataset.state = 'loading';
    this.#show(loading(lang));
    const container = el('div', { class: 'kh-embed-root' });
    try {
      const [, text] = await Promise.all([loadWith(lang), contactsText(this.getAttribute('contacts') ?? ''), this.#styleLoaded]);
      if (generation !== this.#generation) return;
      this.#show(container);
      this.#handle = glue.mount_widget(container, preset, lang, text, SITE, this.hasAttribute('debug'));
      this.dataset.state = 'ready';
      this.#onTrap = () => {
        this.#handle = null; // (nothing left to tear down)
        showStopped(lang, this.#body, (node) => this.#show(node));
        this.dataset.state = 'failed';
      };
      running.add(this.#onTrap);
    } catch (err) {
      if (generation !== this.#generation) return;
      this.#show(failure(lang, preset));
      this.dataset.state = 'failed';
      console.warn(`keuzehulp: the widget could not start: ${await whyNoStart(err)}`);
    }
  }

  #stop() {
    this.#generation += 1;
    this.#running = false;
    running.delete(this.#onTrap);
    if (this.#handle) {
      const handle = this.#handle;
      this.#handle = null;
      try {
        handle.destroy();
        handle.free();
      } catch (err) {
        // The wasm may be of no use after a panic elsewhere on the page.
        console.warn('keuzehulp: tearing down the widget:', err);
      }
    }
    this.#show();
    delete this.dataset.state;
  }

  /**
   * Our sizes are in rem, and rem is the host page's root font size: an
   * intranet with html { font-size: 62.5% } would shrink the widget to 11px
   * text, one with 30px would blow it up. Zoom the widget so that its rem is
   * the visitor's own default size (font-size: medium), as on our site.
   */
  #fit() {
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const medium = parseFloat(getComputedStyle(this.#probe).fontSize);
    const zoom = root > 0 && medium > 0 ? medium / root : 1;
    this.#body.style.zoom = Math.abs(zoom - 1) < 0.01 ? '' : String(Math.round(zoom * 1000) / 1000);
  }

  /** Replace what the shadow root shows (the stylesheet stays). */
  #show(...nodes) {
    this.#body.replaceChildren(...nodes);
  }
}

if (!customElements.get('keuzehulp-widget')) {
  customElements.define('keuzehulp-widget', KeuzehulpWidget);
}
