// The iframe page: embed.html?preset=…&lang=…&contacts=…&theme=light&accent=…&text=…&bg=…&debug
// starts the keuzehulp full width (the same app as <keuzehulp-widget>, see
// embed.js). `contacts` is the JSON itself here: the page's CSP allows no
// requests to other origins (connect-src 'self'), so a URL is refused with
// the polite notice. It tells the page around it how tall it is, rounded up
// to a multiple of HEIGHT_STEP (200 px), and only to that page's origin:
//   parent.postMessage({ type: 'keuzehulp:height', height }, embedderOrigin)
// when the rounded height changes. The height is all it sends; embed-frame.js
// in the host page sets the iframe's height from it.

import { mount, failure, loading, resolveLang } from './embed.js';
import { palette } from './embed-theme.js';

const params = new URLSearchParams(window.location.search);
// nl or en, as the app decides (an unknown language: the browser's), once for
// the page, the status texts and the app alike.
const lang = resolveLang(params.get('lang'));
const preset = params.get('preset') ?? '';
const root = document.getElementById('keuzehulp-embed');
const html = document.documentElement;

html.lang = lang;
// The page's title in its language too (what a screen reader may announce for the frame).
if (lang === 'en') document.title = 'Work stress choice aid';
if (params.get('theme') === 'light') html.dataset.theme = 'light';
// Colours: the same tokens the widget gets from its element (CSSOM, allowed by the CSP).
for (const [name, value] of Object.entries(palette({ accent: params.get('accent'), text: params.get('text'), bg: params.get('bg') }))) {
  html.style.setProperty(name, value);
}

/**
 * The iframe's height goes out rounded up to a multiple of this (px): the
 * exact height changes with every answer and would tell a script on the host
 * page which answers were given (acute crisis, harassment); in steps of
 * 200 px it tells little more than roughly how long the page is (SECURITY.md).
 */
const HEIGHT_STEP = 200;

/** The origin of the page around this one, when the browser says it; else null. */
function embedderOrigin() {
  const ancestors = window.location.ancestorOrigins; // (Chromium, Safari)
  if (ancestors && ancestors.length > 0) return ancestors[0] === 'null' ? null : ancestors[0];
  try {
    // The parent's origin as its referrer policy gives it (Firefox).
    const origin = document.referrer ? new URL(document.referrer).origin : 'null';
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

if (window.parent !== window) {
  const origin = embedderOrigin();
  if (origin === null) {
    // Nobody to tell the height to but '*': then the iframe keeps its own height (and scrolls).
    console.info('keuzehulp: the embedding page\'s origin is unknown, so the height is not sent');
  } else {
    let last = 0;
    const post = () => {
      const height = Math.ceil(html.getBoundingClientRect().height / HEIGHT_STEP) * HEIGHT_STEP;
      if (height !== last) {
        last = height;
        window.parent.postMessage({ type: 'keuzehulp:height', height }, origin);
      }
    };
    new ResizeObserver(post).observe(html);
  }
}

root.replaceChildren(loading(lang));
// Contacts only inside a frame, where the page around it is the organisation's:
// opened on its own, this page would show whatever numbers a link brings,
// under our name.
const framed = window.parent !== window;
const contacts = framed ? (params.get('contacts') ?? '').trim() : '';
if (!framed && params.get('contacts')) console.warn('keuzehulp: contacts are only shown when embed.html is in a frame');
const inline = contacts === '' || contacts.startsWith('{');
if (!inline) console.warn('keuzehulp: in an iframe, contacts must be the JSON itself, not a URL');
mount(root, { preset, lang, contacts: inline ? contacts : null, debug: params.has('debug') })
  .then(() => { html.dataset.keuzehulp = 'ready'; })
  .catch((err) => {
    console.error('keuzehulp: starting failed:', err);
    root.replaceChildren(failure(lang, preset));
    html.dataset.keuzehulp = 'failed';
  });
