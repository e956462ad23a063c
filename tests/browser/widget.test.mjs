// xtask: both-paths
// The keuzehulp inside other pages (ISSUE 6): <keuzehulp-widget> (embed.js)
// in a hostile host page, the iframe mode (embed.html + embed-frame.js) on a
// page whose CSP forbids WebAssembly, two widgets on one page, removing and
// re-adding a widget, unsafe and malformed contacts, the fallback when wasm
// is not allowed, and the embed builder (axe, preview, snippets that work).
//
// The host pages are the real files in tests/browser/hosts/, served through a
// Playwright route at another origin than the keuzehulp (localhost vs
// 127.0.0.1, both loopback), each with the CSP header an intranet would send.
// Responses of the keuzehulp get `Access-Control-Allow-Origin: *` added, as
// GitHub Pages sends it (`xtask serve` does not); a module script from another
// origin needs it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startBrowser, formatViolations, openApp, PHONE, BASE, BASE_URL, adviceComplete } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const HOSTS = join(here, 'hosts');
const SHOTS = join(here, 'screenshots');
const SUFFIX = BASE.pathname === '/' ? '' : '-subpath';

/** The pretend intranet: the same loopback server under the other name. */
const HOST = (() => {
  const u = new URL(BASE.origin);
  u.hostname = u.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return u.origin;
})();
const hostUrl = (file) => `${HOST}/hosts/${file}`;

/** What the README tells an intranet to allow for the direct mode (the path-precise form). */
const CSP_DIRECT = `default-src 'none'; script-src 'self' ${BASE_URL} 'wasm-unsafe-eval'; `
  + `connect-src 'self' ${BASE_URL}; style-src 'self' ${BASE_URL}; img-src 'self' data:; base-uri 'none'; form-action 'none'`;
/** The iframe mode: no WebAssembly in the host at all, scripts only from the host itself. */
const CSP_FRAME = `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${BASE_URL}; base-uri 'none'; form-action 'none'`;
/** A host that forgot 'wasm-unsafe-eval' but embeds the direct mode anyway. */
const CSP_NO_WASM = `default-src 'none'; script-src ${BASE_URL}; connect-src ${BASE_URL}; style-src ${BASE_URL}`;

const CONTACTS = readFileSync(join(HOSTS, 'contacts.json'), 'utf8');
const MIME = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript; charset=utf-8' };
/** Every question but fase, which is never preset (src/preset.rs). */
const PRESET_BUT_FASE = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&factoren=werkdruk';
/** The crisis line's numbers: each a tap-to-call link of at least 44×44 px wherever the widget shows it. */
const TELS = ['tel:113', 'tel:08000113', 'tel:112'];

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/**
 * Open a host page: `file` from tests/browser/hosts (or `html` given here) at
 * the host origin with header `csp`. Returns a session like helpers.openApp,
 * plus `warnings` (console warnings). `hang`: paths at the host origin that
 * never answer (a hanging intranet server); `hold`: a URL substring whose
 * requests wait until `s.release()`.
 */
async function openHost(file, { csp = CSP_DIRECT, html = null, viewport = PHONE, waitFor = 'keuzehulp-widget', hang = [], hold = null } = {}) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const s = {
    context, consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [], requests: [],
    warnings: [], hung: [], url: hostUrl(file),
  };
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  s.release = release;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === HOST && hang.includes(url.pathname)) {
      s.hung.push(url.href);
      return; // never fulfilled, continued or aborted: the request just hangs
    }
    if (hold && url.href.includes(hold)) await held;
    if (url.origin === HOST) {
      const name = url.pathname.replace(/^\/hosts\//, '');
      if (url.pathname === '/hosts/embed-frame.js') {
        // The intranet's own copy of our host script (so script-src 'self' suffices).
        const response = await route.fetch({ url: `${BASE_URL}embed-frame.js` });
        return route.fulfill({ response });
      }
      let body = null;
      if (html !== null && name === file) body = html;
      else if (url.pathname.startsWith('/hosts/') && /^[\w.-]+$/.test(name) && existsSync(join(HOSTS, name))) {
        body = readFileSync(join(HOSTS, name), 'utf8');
      }
      if (body === null) return route.fulfill({ status: 404, body: 'not found' });
      body = body.replaceAll('{{BASE}}', BASE_URL).replaceAll('{{CONTACTS}}', encodeURIComponent(CONTACTS));
      const headers = { 'content-type': MIME[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (name.endsWith('.html') && csp) headers['content-security-policy'] = csp;
      return route.fulfill({ status: 200, headers, body });
    }
    if (url.origin === BASE.origin) {
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    }
    if (!url.protocol.startsWith('http')) return route.continue();
    s.foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}${e.blockedURI === "inline" ? ` at ${e.sourceFile}:${e.lineNumber} ${e.sample}` : ""}`);
    });
  });
  const page = await context.newPage();
  s.page = page;
  page.on('console', (msg) => {
    if (msg.type() === 'error') s.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') s.warnings.push(msg.text());
  });
  page.on('pageerror', (err) => s.pageErrors.push(String(err)));
  page.on('request', (req) => s.requests.push(req.url()));
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) s.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    if (!error.includes('ERR_ABORTED') && !s.foreignRequests.includes(req.url())) s.failedRequests.push(`${req.url()} (${error})`);
  });
  const response = await page.goto(s.url, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${s.url}`);
  s.title = await page.title();
  s.history = await page.evaluate(() => history.length);
  if (waitFor) {
    await page.waitForFunction((sel) => {
      const all = [...document.querySelectorAll(sel)];
      return all.length > 0 && all.every((w) => ['ready', 'failed'].includes(w.dataset.state));
    }, waitFor, { timeout: 15000 });
  }

  s.csp = async () => {
    const all = [];
    for (const frame of page.frames()) {
      all.push(...await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []));
    }
    return all;
  };
  /** No errors, no CSP violations, nothing foreign or failed; URL and title untouched, only our step entries in the history. */
  s.assertClean = async ({ allowConsoleErrors = false, allowCsp = false } = {}) => {
    if (!allowCsp) assert.deepEqual(await s.csp(), [], 'CSP violations');
    assert.deepEqual(s.pageErrors, [], 'uncaught errors in the page');
    if (!allowConsoleErrors) assert.deepEqual(s.consoleErrors, [], 'console errors');
    assert.deepEqual(s.foreignRequests, [], 'requests to other origins');
    assert.deepEqual(s.failedRequests, [], 'failed requests');
    await s.assertHostUntouched();
  };
  s.assertHostUntouched = async () => {
    assert.equal(page.url(), s.url, 'the host page URL did not change');
    assert.equal(await page.title(), s.title, 'the host page title did not change');
    // Back in the widget (issue 22): each step may add an entry with the same URL
    // whose state holds only {keuzehulp: n}; nothing else of ours is in the history.
    const { length, state } = await page.evaluate(() => ({ length: history.length, state: history.state }));
    assert.ok(length >= s.history, 'no history entries were removed');
    if (length > s.history) assert.deepEqual(Object.keys(state ?? { keuzehulp: 1 }), ['keuzehulp'], 'the history state holds only our step number');
    if (state !== null) assert.equal(typeof state.keuzehulp, 'number', `history.state: ${JSON.stringify(state)}`);
  };
  /** Save tests/browser/screenshots/<name>.png: the whole page, or (`at`: a locator) the screen around it. */
  s.screenshot = async (name, { at = null } = {}) => {
    mkdirSync(SHOTS, { recursive: true });
    const path = join(SHOTS, `${name}${SUFFIX}.png`);
    if (at) await at.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path, fullPage: !at });
    return path;
  };
  // (A request still held or hanging when the test ends is dropped quietly.)
  s.close = async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return s;
}

/** The h1 inside this widget's shadow root has focus (and the page's focus is on the widget). */
async function assertH1Focused(page, widget, where) {
  await page.waitForFunction((w) => w.shadowRoot.activeElement?.tagName === 'H1' && document.activeElement === w,
    await widget.elementHandle(), { timeout: 5000 }).catch(() => {});
  const state = await widget.evaluate((w) => ({
    inner: w.shadowRoot.activeElement?.tagName ?? null,
    outer: document.activeElement === w,
  }));
  assert.deepEqual(state, { inner: 'H1', outer: true }, `${where}: focus on the h1 inside the widget`);
  if (/results/.test(where)) await adviceComplete(widget);
}

const h1 = async (scope) => (await scope.locator('h1').first().innerText()).trim();

/** `scope` (a widget, a locator, a page) shows 113, 0800-0113 and 112 as tel: links of at least 44×44 px. */
async function assertCrisisLine(scope, where) {
  for (const tel of TELS) {
    const link = scope.locator(`a[href="${tel}"]`);
    assert.equal(await link.count(), 1, `${where}: one ${tel} link`);
    const box = await link.boundingBox();
    assert.ok(box && box.width >= 44 && box.height >= 44, `${where}: ${tel} is ${box?.width}×${box?.height} px, not at least 44×44`);
  }
}

/** Choose options (by their labels), then Next. */
async function answer(scope, question, ...options) {
  for (const o of options) await scope.locator(`label[for="kh-${question}-${o}"]`).click();
  await scope.getByRole('button', { name: /^(Volgende|Next)$/ }).click();
}

/** The computed value of a CSS property of the first element matching `selector` inside the widget. */
const computed = (widget, selector, prop) => widget.evaluate((w, [sel, p]) => {
  const el = w.shadowRoot.querySelector(sel);
  return el ? getComputedStyle(el).getPropertyValue(p).trim() : null;
}, [selector, prop]);

/**
 * axe (WCAG 2.2 A/AA tag set); fails on any violation. axe itself inserts
 * <style> elements to read the stylesheets of shadow roots, which a strict CSP
 * reports: those reports are its own, so the recorded CSP violations are put
 * back as they were before it ran (and only those console errors dropped).
 */
async function axe(session, where, include) {
  const { page } = session;
  const errors = session.consoleErrors.length;
  const frames = page.frames();
  const saved = await Promise.all(frames.map((f) => f.evaluate(() => [...(window.__cspViolations ?? [])]).catch(() => null)));
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  await Promise.all(frames.map((f, i) => saved[i] && f.evaluate((v) => { window.__cspViolations = v; }, saved[i]).catch(() => {})));
  // ... and the console errors the browser logged for them.
  const during = session.consoleErrors.splice(errors);
  session.consoleErrors.push(...during.filter((e) => !e.startsWith('Applying inline style violates')));
  assert.equal(violations.length, 0, `axe on ${where}:\n${formatViolations(violations)}`);
}

test('widget in a hostile host page: completes the wizard and shows the organisation\'s contacts', async () => {
  const s = await openHost('hostile.html');
  const { page } = s;
  try {
    const widget = page.locator('keuzehulp-widget');
    assert.equal(await widget.getAttribute('data-state'), 'ready');
    assert.equal(await widget.evaluate((w) => w.shadowRoot?.mode), 'open', 'an open shadow root');
    assert.equal(await widget.evaluate((w) => w.shadowRoot.querySelector('link[rel="stylesheet"]').href), `${BASE_URL}app.css`,
      'the stylesheet comes from next to embed.js');

    // The host's CSS does not get in: its `button { display: none }`, its
    // `.kh-button { display: none }` and its red links stop at the shadow root.
    const start = widget.getByRole('button', { name: 'Start' });
    assert.ok(await start.isVisible(), 'the Start button is visible despite the host CSS');
    assert.equal(await page.locator('main > button').isVisible(), false, 'the host\'s own button is hidden by its CSS (sanity)');
    // Theming: the host sets --keuzehulp-color-accent on the element; it wins over the :host default.
    assert.equal(await computed(widget, '.kh-button', 'background-color'), 'rgb(138, 21, 56)', 'the host\'s accent colour');
    // A token the host did not set keeps its default.
    assert.equal(await computed(widget, '.kh-app', '--keuzehulp-color-text'), '#1b1b1b', 'default text token');
    // The element's own style attribute beats the host's stylesheet, which beats :host.
    await widget.evaluate((w) => w.style.setProperty('--keuzehulp-color-accent', 'rgb(0, 100, 0)'));
    assert.equal(await computed(widget, '.kh-button', 'background-color'), 'rgb(0, 100, 0)', 'inline custom property');
    await widget.evaluate((w) => w.style.removeProperty('--keuzehulp-color-accent'));
    // Its 30px root font size does not blow the widget up: it is sized as on our own site.
    const startBox = await start.boundingBox();
    assert.ok(startBox.height >= 44 && startBox.height < 60, `the Start button is ${startBox.height}px tall`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    await s.screenshot('widget-hostile-start');

    // The wizard: sector and omvang are preset, so 4 questions remain.
    // Start is a link that acts as a button: Space starts it, as a button's would.
    await start.focus();
    await page.keyboard.press('Space');
    await assertH1Focused(page, widget, 'question 1');
    assert.equal((await widget.locator('.kh-step-count').innerText()).trim(), 'Stap 1 van 4');
    assert.equal(await widget.locator('#kh-sector-zorg-welzijn').count(), 0, 'the preset sector is not asked');
    // The error summary link must not touch the host URL.
    await widget.getByRole('button', { name: 'Volgende' }).click();
    await widget.locator('.kh-error-summary a').click();
    await answer(widget, 'rol', 'werknemer');
    await assertH1Focused(page, widget, 'question 2');
    await answer(widget, 'niveau', 'individu');
    await answer(widget, 'fase', 'signalen');
    await answer(widget, 'factoren', 'werkdruk', 'emotionele-belasting');
    await assertH1Focused(page, widget, 'check');
    assert.equal(await h1(widget), 'Kloppen je antwoorden?');
    await widget.getByRole('button', { name: 'Bekijk je advies' }).click();
    await assertH1Focused(page, widget, 'results');
    assert.equal(await h1(widget), 'Jouw advies');

    // The organisation's contacts under "Bedrijfsarts".
    const card = widget.locator('.kh-expert', { has: page.locator('.kh-card__title', { hasText: 'Bedrijfsarts' }) });
    assert.equal(await card.count(), 1, 'the Bedrijfsarts card');
    const contact = card.locator('.kh-contacts');
    assert.match(await contact.innerText(), /In jouw organisatie[\s\S]*Dr\. Fatima el Amrani[\s\S]*ma-do 8\.30-12\.00/);
    assert.equal(await contact.locator('a[href="tel:0301234567"]').innerText(), '030 123 45 67');
    assert.equal(await contact.locator('a[href="mailto:bedrijfsarts@zorggroep-voorbeeld.nl"]').count(), 1);
    const link = contact.locator('a[href="https://intranet.zorggroep-voorbeeld.nl/bedrijfsarts"]');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
    // No notices: the contacts file is fine.
    assert.equal(await widget.locator('.kh-notices__box').count(), 0, 'no notices for a good contacts file');

    // Share and step links point to the public site, never to the host page.
    const shared = (await widget.locator('.kh-share__print').innerText()).replace(/^[^:]*:\s*/, '').trim();
    assert.equal(shared, `${BASE_URL}#rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,emotionele-belasting&stap=advies`);
    assert.ok((await widget.locator('.kh-back-link').getAttribute('href')).startsWith(`${BASE_URL}#`), 'the back link is on the public site');

    await s.screenshot('widget-hostile-results');
    await s.screenshot('widget-hostile-contacts', { at: contact });
    await axe(s, 'the widget in the hostile host', 'keuzehulp-widget');
    await s.assertClean();
  } finally {
    await s.close();
  }
});

test('iframe mode on a host whose CSP forbids WebAssembly: wizard, contacts, a height that says nothing', async () => {
  const s = await openHost('frame.html', { csp: CSP_FRAME, waitFor: null });
  const { page } = s;
  try {
    const iframe = page.locator('iframe[data-keuzehulp]');
    const frame = page.frameLocator('iframe[data-keuzehulp]');
    const inner = () => page.frames().find((f) => f.url().startsWith(`${BASE_URL}embed.html`));
    await frame.locator('html[data-keuzehulp]').waitFor({ state: 'attached', timeout: 15000 });
    assert.equal(await inner().evaluate(() => document.documentElement.dataset.keuzehulp), 'ready');

    /** The iframe is as tall as the host's window (embed-frame.js), whatever the page inside; that scrolls (issue 28). */
    const assertFits = async (where) => {
      const got = await iframe.evaluate((f) => f.getBoundingClientRect().height);
      assert.equal(Math.round(got), PHONE.height, `${where}: iframe ${got}px`);
      return got;
    };
    const startHeight = await assertFits('start');
    assert.equal(await iframe.evaluate((f) => getComputedStyle(f).borderTopWidth), '0px', 'embed-frame.js removed the border');

    // A height message from anywhere but the iframe is ignored.
    await page.evaluate(() => window.postMessage({ type: 'keuzehulp:height', height: 5 }, '*'));
    await page.waitForTimeout(100);
    assert.ok((await iframe.evaluate((f) => f.getBoundingClientRect().height)) > 50, 'a spoofed message does not resize');
    await s.screenshot('widget-iframe-start');

    await frame.getByRole('button', { name: 'Start' }).click();
    const innerFocus = () => inner().evaluate(() => document.activeElement?.tagName);
    await inner().waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal((await frame.locator('.kh-step-count').innerText()).trim(), 'Stap 1 van 4');
    await assertFits('question 1');
    await answer(frame, 'rol', 'werknemer');
    await answer(frame, 'niveau', 'individu');
    await answer(frame, 'fase', 'verzuim');
    await answer(frame, 'factoren', 'ongewenst-gedrag');
    await frame.getByRole('button', { name: 'Bekijk je advies' }).click();
    await inner().waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await innerFocus(), 'H1');
    assert.equal(await h1(frame), 'Jouw advies');
    await adviceComplete(frame);

    // The contacts (given inline in the iframe URL).
    const ba = frame.locator('.kh-expert', { has: page.locator('.kh-card__title', { hasText: 'Bedrijfsarts' }) });
    assert.match(await ba.locator('.kh-contacts').innerText(), /Dr\. Fatima el Amrani/);
    const vp = frame.locator('.kh-expert', { has: page.locator('.kh-card__title', { hasText: 'Vertrouwenspersoon' }) });
    assert.equal(await vp.locator('.kh-contact').count(), 2, 'both contacts of the vertrouwenspersoon');
    assert.equal(await vp.locator('a[href="tel:+31612345678"]').count(), 1);
    assert.equal(await vp.locator('a[href="https://vertrouwenspersoon.example.nl/"]').getAttribute('rel'), 'noopener noreferrer');

    const resultsHeight = await assertFits('results');
    assert.equal(resultsHeight, startHeight, 'the iframe keeps its height with the advice');
    assert.ok(await inner().evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 2), 'the advice scrolls inside');
    await s.screenshot('widget-iframe-results');
    // (A full-page capture does not paint an out-of-process iframe below the first screen.)
    await s.screenshot('widget-iframe-contacts', { at: ba.locator('.kh-contacts') });

    // From the bottom of the advice back to the start: focusing the new h1
    // inside the frame brings it into view.
    const restart = frame.getByRole('button', { name: 'Opnieuw beginnen' });
    await restart.scrollIntoViewIfNeeded();
    const scrolled = await inner().evaluate(() => window.scrollY);
    assert.ok(scrolled > 500, `scrolled down inside the frame (${scrolled}px)`);
    await restart.click();
    await inner().waitForFunction(() => document.activeElement?.tagName === 'H1');
    await inner().waitForFunction((y) => window.scrollY < y, scrolled);
    const top = await frame.locator('h1').evaluate((el) => el.getBoundingClientRect().top)
      + await iframe.evaluate((f) => f.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < PHONE.height, `the focused h1 is on screen in the host (${top}px)`);
    await assertFits('start again');

    assert.deepEqual(s.foreignRequests, []);
    await s.assertClean();
  } finally {
    await s.close();
  }
});

test('the iframe page speaks one language: an unknown lang= gives the browser\'s, for the status texts, <html lang> and the app', async () => {
  // English browser, lang=fr: the app starts in English, so the page's own
  // texts (loading, or the failure below) must be English too.
  const contextOptions = { locale: 'en-US' };
  const ok = await openApp(browser, { path: 'embed.html?lang=fr&preset=sector%3Dict', contextOptions });
  try {
    assert.equal(await ok.page.evaluate(() => document.documentElement.dataset.keuzehulp), 'ready');
    assert.equal(await ok.page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await ok.page.locator('.kh-app').getAttribute('lang'), 'en');
    await ok.assertClean();
  } finally {
    await ok.close();
  }
  const failed = await openApp(browser, { path: 'embed.html?lang=fr', contextOptions, blockRequests: ['keuzehulp_bg.wasm'] });
  try {
    assert.equal(await failed.page.evaluate(() => document.documentElement.dataset.keuzehulp), 'failed');
    const status = failed.page.locator('.kh-embed-status');
    assert.match(await status.innerText(), /cannot start here/, 'the failure is in the app\'s language');
    assert.equal(await status.locator('a[href="tel:113"]').count(), 1);
    assert.equal(await failed.page.locator('html').getAttribute('lang'), 'en');
  } finally {
    await failed.close();
  }
});

test('embed.html opened on its own shows no contacts from its link (a link cannot put a number under our name)', async () => {
  const spoof = JSON.stringify({
    'crisislijn-113': { name: 'Let op: 113 is tijdelijk onbereikbaar. Bel de noodlijn', phone: '0900 123 45 67' },
    huisarts: { name: 'Huisartsenpraktijk De Linde', phone: '030 123 45 67' },
  });
  const path = `embed.html?preset=${encodeURIComponent(PRESET_BUT_FASE)}&contacts=${encodeURIComponent(spoof)}`;
  const top = await openApp(browser, { path });
  try {
    await top.page.getByRole('button', { name: /Start/ }).click();
    await answer(top.page, 'fase', 'acuut');
    // Acute: the 'Hulp nu' page first, then on to the check page.
    await top.page.getByRole('link', { name: 'Werkadvies voor later' }).click();
    await top.page.getByRole('button', { name: /Bekijk je advies/ }).click();
    await adviceComplete(top.page);
    assert.equal(await top.page.locator('.kh-contacts').count(), 0, 'no contacts at all on the top-level page');
    assert.equal(await top.page.locator('a[href="tel:09001234567"]').count(), 0);
    await top.assertClean();
  } finally {
    await top.close();
  }
});

test('a huge preset: a few short console warnings, not one per part', async () => {
  const page = await browser.newPage({ viewport: PHONE, locale: 'nl-NL' });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    await page.goto(`${BASE_URL}embed.html?preset=${encodeURIComponent('x&'.repeat(50000))}`);
    await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
    const preset = warnings.filter((w) => w.startsWith('keuzehulp: preset'));
    assert.ok(preset.length >= 2 && preset.length <= 6, `${preset.length} preset warnings`);
    assert.ok(preset.every((w) => w.length < 300), 'each warning is short');
    assert.match(preset.at(-1), /\d+ more problems/);
  } finally {
    await page.close();
  }
});

test('two widgets with different presets and languages do not interfere; removing one leaves no errors', async () => {
  const s = await openHost('two.html');
  const { page } = s;
  try {
    const a = page.locator('#a');
    const b = page.locator('#b');
    assert.match(await a.locator('.kh-app').getAttribute('lang'), /^nl$/);
    assert.match(await b.locator('.kh-app').getAttribute('lang'), /^en$/);
    const bStart = await h1(b);
    assert.equal(await page.locator('keuzehulp-widget .kh-notices__box').count(), 0, 'no contacts attribute: no notice');
    // One wasm for the page: fetched once, initialised once; its start function mounted nothing in the host.
    assert.equal(s.requests.filter((u) => u.endsWith('/pkg-widget-plan/keuzehulp_bg.wasm')).length, 1, 'the wasm is fetched once');
    assert.equal(await page.evaluate(() => document.querySelectorAll('.kh-app, #keuzehulp-app').length), 0, 'nothing outside the shadow roots');

    await a.getByRole('button', { name: 'Start' }).click();
    await assertH1Focused(page, a, 'A question 1');
    assert.equal((await a.locator('.kh-step-count').innerText()).trim(), 'Stap 1 van 4', 'A: rol and sector preset');
    assert.equal(await h1(b), bStart, 'B is still on its start page');

    await b.getByRole('button', { name: 'Start' }).click();
    await assertH1Focused(page, b, 'B question 1');
    assert.equal((await b.locator('.kh-step-count').innerText()).trim(), 'Step 1 of 5', 'B: only rol preset');
    // Both have an input with this id, each in its own shadow root.
    await b.locator('label[for="kh-sector-ict"]').click();
    assert.equal(await b.locator('#kh-sector-ict').isChecked(), true);
    await a.locator('label[for="kh-omvang-groot"]').click();
    assert.equal(await a.locator('#kh-omvang-groot').isChecked(), true);
    assert.equal(await b.locator('#kh-sector-ict').isChecked(), true, 'B keeps its choice');
    // A language switch in one widget changes neither the other nor the page.
    await b.locator('.kh-lang-switch').click();
    assert.equal(await b.locator('.kh-app').getAttribute('lang'), 'nl');
    assert.equal(await a.locator('.kh-app').getAttribute('lang'), 'nl');
    await b.locator('.kh-lang-switch').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'the host\'s <html lang> is untouched');
    await axe(s, 'two widgets');

    // Remove A: its app is torn down, B carries on.
    await a.evaluate((w) => w.remove());
    await page.waitForTimeout(50);
    assert.equal(await page.locator('keuzehulp-widget').count(), 1);
    await answer(b, 'sector', 'ict');
    assert.equal((await b.locator('.kh-step-count').innerText()).trim(), 'Step 2 of 5', 'B still works');

    // Keep a reference, remove, check it is empty, re-add: it starts afresh.
    await page.evaluate(() => {
      window.__b = document.querySelector('#b');
      window.__b.remove();
    });
    await page.waitForTimeout(50);
    const emptied = await page.evaluate(() => ({
      app: window.__b.shadowRoot.querySelectorAll('.kh-app').length,
      state: window.__b.dataset.state ?? null,
    }));
    assert.deepEqual(emptied, { app: 0, state: null }, 'a removed widget keeps nothing mounted');
    await page.evaluate(() => document.querySelector('#second').append(window.__b));
    await page.waitForFunction(() => window.__b.dataset.state === 'ready');
    assert.equal(await b.getByRole('button', { name: 'Start' }).count(), 1, 're-added: the start page again');

    // Moving a widget (remove and insert in one task) keeps its state.
    await b.getByRole('button', { name: 'Start' }).click();
    await page.evaluate(() => document.querySelector('#first').append(window.__b));
    await page.waitForTimeout(50);
    assert.equal((await b.locator('.kh-step-count').innerText()).trim(), 'Step 1 of 5', 'moved, not restarted');

    // Created and removed before the wasm answered: nothing mounts, nothing breaks.
    await page.evaluate(() => {
      const w = document.createElement('keuzehulp-widget');
      w.id = 'flash';
      document.body.append(w);
      w.remove();
      window.__flash = w;
    });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__flash.shadowRoot.querySelectorAll('.kh-app').length), 0);

    // Changing an attribute starts the widget again with it.
    await page.evaluate(() => window.__b.setAttribute('lang', 'nl'));
    await page.waitForFunction(() => window.__b.shadowRoot.querySelector('.kh-app')?.getAttribute('lang') === 'nl');

    await s.screenshot('widget-two');
    await s.assertClean();
  } finally {
    await s.close();
  }
});

test('a panic in the widget\'s wasm: each running widget shows the stopped message; a trap of the host\'s own wasm changes nothing', async () => {
  const s = await openHost('two.html');
  const { page } = s;
  const stateOf = () => page.evaluate(() => [...document.querySelectorAll('keuzehulp-widget')].map((w) => w.dataset.state));
  try {
    const a = page.locator('#a');
    const b = page.locator('#b');
    await a.getByRole('button', { name: 'Start' }).click();
    await assertH1Focused(page, a, 'A question 1');

    // The host's own wasm traps: none of our business.
    await page.evaluate(() => {
      const trap = new WebAssembly.RuntimeError('unreachable');
      trap.stack = 'RuntimeError: unreachable\n    at https://intranet.example/app_bg.wasm:wasm-function[7]:0x99';
      window.dispatchEvent(new ErrorEvent('error', { error: trap, message: String(trap) }));
    });
    assert.deepEqual(await stateOf(), ['ready', 'ready'], 'a foreign trap: both widgets run on');
    assert.equal(await page.locator('keuzehulp-widget .kh-failure').count(), 0);

    // A real trap in our wasm (what a panic is in our build): its allocator
    // asked for 4 GB, from a timer, so uncaught like a panic in an event handler.
    await page.evaluate(async (glueUrl) => {
      const glue = await import(glueUrl);
      const wasm = await glue.default(); // (already initialised: the same instance)
      if (typeof wasm.__wbindgen_export !== 'function') throw new Error('no allocator export in the wasm-bindgen glue');
      setTimeout(() => wasm.__wbindgen_export(0xfffffff0, 8));
    }, new URL('pkg-widget-plan/keuzehulp.js', BASE_URL).href);
    await page.waitForFunction(() => [...document.querySelectorAll('keuzehulp-widget')].every((w) => w.dataset.state === 'failed'), null, { timeout: 5000 });
    for (const [w, lang] of [[a, 'nl'], [b, 'en']]) {
      const alert = w.locator('.kh-failure[role=alert]');
      const text = await alert.innerText();
      assert.match(text, lang === 'nl' ? /De keuzehulp is vastgelopen/ : /The choice aid stopped working/, `${lang}: the heading`);
      for (const tel of ['tel:113', 'tel:08000113', 'tel:112']) assert.equal(await alert.locator(`a[href="${tel}"]`).count(), 1, `${lang}: ${tel}`);
      assert.equal(await alert.locator('a.kh-reload[href=""]').count(), 1, `${lang}: a reload link to the host page`);
      assert.equal(await w.locator('.kh-app').count(), 0, `${lang}: the broken app is gone`);
    }
    // A had focus: its message's heading has it now; B did not, so it takes none.
    assert.deepEqual(await a.evaluate((w) => [w.shadowRoot.activeElement?.tagName, document.activeElement === w]), ['H2', true]);
    assert.equal(await b.evaluate((w) => w.shadowRoot.activeElement), null);
    assert.ok(s.consoleErrors.some((e) => e.includes('keuzehulp: the widget stopped')), s.consoleErrors.join('\n'));
    await axe(s, 'the stopped message');
    await s.screenshot('widget-stopped');

    // Removing a stopped widget throws nothing.
    await a.evaluate((w) => w.remove());
    await page.waitForTimeout(50);
    // (the trap itself was an uncaught error, on purpose)
    s.pageErrors = s.pageErrors.filter((e) => !/RuntimeError: unreachable/.test(e));
    s.consoleErrors = s.consoleErrors.filter((e) => !e.includes('keuzehulp: the widget stopped'));
    await s.assertClean();
  } finally {
    await s.close();
  }
});

test('unsafe and malformed contacts: a polite notice, the unsafe parts dropped, the advice still shown', async () => {
  const s = await openHost('bad-contacts.html');
  const { page } = s;
  try {
    const cases = [
      ['http-link', /niet veilig of niet geldig/, 'Volgende'],
      ['script-name', /niet veilig of niet geldig/, 'Volgende'],
      ['broken-json', /konden niet worden gelezen/, 'Volgende'],
      ['http-file', /could not be loaded/, 'Next'],
    ];
    for (const [id, message] of cases) {
      const w = page.locator(`#${id}`);
      const box = w.locator('.kh-notices');
      assert.equal(await box.getAttribute('role'), 'status', `${id}: a status box`);
      assert.equal(await box.getAttribute('aria-live'), 'polite');
      assert.match(await box.innerText(), message, `${id}: notice on the start page`);
      // Every question but fase is preset: Start → fase → check → advice.
      await w.getByRole('button', { name: 'Start' }).click();
      await answer(w, 'fase', 'signalen');
      await w.locator('.kh-summary').waitFor();
      assert.equal(await w.locator('.kh-notices__box').count(), 0, `${id}: no notice while answering`);
      await w.getByRole('button', { name: /^(Bekijk je advies|See your advice)$/ }).click();
      await assertH1Focused(page, w, `${id} results`);
      assert.match(await box.innerText(), message, `${id}: notice with the advice`);
      assert.ok(await w.locator('article.kh-card').count() >= 3, `${id}: the built-in advice shows`);
      assert.ok(await w.locator('.kh-expert').count() >= 3, `${id}: the built-in experts show`);
      const http = await w.evaluate((el, base) => [...el.shadowRoot.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')).filter((h) => h.startsWith('http:') && !h.startsWith(base)), BASE_URL);
      assert.deepEqual(http, [], `${id}: no http: link but ours (the test server)`);
      assert.equal(await w.evaluate((el) => el.shadowRoot.querySelectorAll('script').length), 0, `${id}: no script element`);
    }
    const contactText = (id) => page.locator(`#${id} .kh-contacts`).innerText();
    assert.match(await contactText('http-link'), /Dr\. Jansen/, 'the safe name stays');
    assert.match(await contactText('script-name'), /030 765 43 21/, 'the safe phone stays');
    assert.doesNotMatch(await contactText('script-name'), /script|onmouseover/);
    assert.equal(await page.locator('#broken-json .kh-contacts').count(), 0);
    assert.equal(await page.locator('#http-file .kh-contacts').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null, 'nothing ran');
    assert.ok(!s.requests.some((u) => u.includes('elsewhere.example')), 'an http:// contacts file on another origin is not fetched');
    await s.screenshot('widget-bad-contacts');
    await s.screenshot('widget-bad-contacts-notice', { at: page.locator('#script-name .kh-notices') });
    await s.assertClean();
  } finally {
    await s.close();
  }
});

test('direct mode on a host whose CSP forbids WebAssembly: a link to the public site and the crisis line', async () => {
  const s = await openHost('nowasm.html', { csp: CSP_NO_WASM });
  const { page } = s;
  try {
    const w = page.locator('keuzehulp-widget');
    assert.equal(await w.getAttribute('data-state'), 'failed');
    const link = w.locator('a[target="_blank"]');
    assert.equal(await link.getAttribute('href'), `${BASE_URL}#sector=ict`);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    await assertCrisisLine(w, 'the failure state');
    assert.ok((await s.csp()).some((v) => /script-src|wasm/.test(v)), 'the browser reported the blocked wasm');
    // The browser logs the CSP refusal itself; our own code only warns.
    assert.deepEqual(s.pageErrors, []);
    await s.assertHostUntouched();
  } finally {
    await s.close();
  }
});

test('embed builder: accessible, live preview, and both snippets work on a host page', async () => {
  const app = await openApp(browser, { path: 'embed-builder.html' });
  const { page } = app;
  try {
    assert.equal(await app.appState(), 'ready');
    await page.locator('#kb-preview keuzehulp-widget[data-state="ready"]').waitFor();
    await axe(app, 'the embed builder');
    await app.screenshot('widget-builder-start');

    // Language, preset answers, colours, a contact.
    await page.getByLabel('Engels (English)').check();
    await page.getByLabel('In welke sector werk je?').selectOption('zorg-welzijn');
    await page.getByLabel('Hoe groot is de organisatie?').selectOption('groot');
    await page.getByLabel('Eigen kleuren gebruiken').check();
    await page.getByLabel('Accentkleur (knoppen en links)').fill('#8a1538');
    await page.getByLabel('Invullen per soort hulp').check();
    // No own contacts for services that are the same for everyone (a wrong number there is dangerous).
    assert.equal(await page.locator('details.kb-expert summary', { hasText: /113|Arbeidsinspectie/ }).count(), 0);
    assert.ok(await page.locator('details.kb-expert').count() >= 8, 'the other experts are offered');
    const details = page.locator('details.kb-expert', { has: page.locator('summary', { hasText: /^Bedrijfsarts$/ }) });
    await details.locator('summary').click();
    await details.getByLabel('Naam').fill('Dr. Builder');
    await details.getByLabel('Telefoon').fill('030 111 22 33');

    const widget = page.locator('#kb-preview keuzehulp-widget');
    await page.waitForFunction(() => {
      const w = document.querySelector('#kb-preview keuzehulp-widget');
      return w && w.getAttribute('lang') === 'en' && (w.getAttribute('contacts') ?? '').includes('Dr. Builder') && w.dataset.state === 'ready';
    }, null, { timeout: 5000 });
    assert.equal(await widget.getAttribute('preset'), 'sector=zorg-welzijn&omvang=groot');
    assert.equal(await widget.getAttribute('theme'), 'light');
    assert.equal(await computed(widget, '.kh-button', 'background-color'), 'rgb(138, 21, 56)', 'preview uses the accent');
    assert.match(await page.locator('#kb-contrast').innerText(), /contrast is goed/);

    const direct = await page.locator('#kb-direct').inputValue();
    const frame = await page.locator('#kb-frame').inputValue();
    assert.ok(direct.startsWith(`<script type="module" src="${BASE_URL}embed.js"></script>\n<keuzehulp-widget`), direct);
    assert.match(direct, /lang="en"/);
    assert.match(direct, /preset="sector=zorg-welzijn&amp;omvang=groot"/);
    assert.match(direct, /--keuzehulp-color-accent: #8a1538;/);
    assert.match(frame, new RegExp(`src="${BASE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}embed\\.html\\?lang=en&amp;preset=`));
    assert.match(frame, /embed-frame\.js" defer><\/script>$/);

    // A contacts file: only for the direct code; the iframe code and the preview fetch nothing.
    await page.getByLabel('Adres van een JSON-bestand op je intranet').check();
    await page.getByLabel('Adres van het JSON-bestand').fill('https://intranet.example.nl/keuzehulp.json');
    await page.locator('#kb-frame-note').filter({ hasText: /halen geen bestand op/ }).waitFor();
    assert.match(await page.locator('#kb-direct').inputValue(), /contacts="https:\/\/intranet\.example\.nl\/keuzehulp\.json"/);
    assert.doesNotMatch(await page.locator('#kb-frame').inputValue(), /contacts=/);
    await page.getByLabel('Invullen per soort hulp').check();
    assert.equal(await page.locator('#kb-direct').inputValue(), direct, 'back to the form: the same code');

    await page.locator('button[data-copy="kb-direct"]').click();
    await page.locator('#kb-direct-status').filter({ hasText: /gekopieerd|Kopiëren lukte niet/ }).waitFor();
    await axe(app, 'the embed builder, filled in');
    await app.screenshot('widget-builder-filled');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `widget-builder-desktop${SUFFIX}.png`) });
    await page.setViewportSize(PHONE);
    await app.assertClean();

    // The custom element snippet, pasted into an intranet page (inline styles allowed there).
    const page1 = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pasted</title></head><body><main><h1>Pasted</h1>\n${direct}\n</main></body></html>`;
    const host1 = await openHost('pasted.html', { html: page1, csp: `${CSP_DIRECT}; style-src-attr 'unsafe-inline'` });
    try {
      const w = host1.page.locator('keuzehulp-widget');
      assert.equal(await w.getAttribute('data-state'), 'ready');
      await w.getByRole('button', { name: 'Start' }).click();
      await answer(w, 'rol', 'werknemer');
      await answer(w, 'niveau', 'individu');
      await answer(w, 'fase', 'signalen');
      await answer(w, 'factoren', 'werkdruk');
      await w.getByRole('button', { name: 'See your advice' }).click();
      assert.match(await w.locator('.kh-contacts').innerText(), /In your organisation[\s\S]*Dr\. Builder[\s\S]*030 111 22 33/);
      assert.equal(await computed(w, '.kh-button', 'background-color'), 'rgb(138, 21, 56)');
      await host1.assertClean();
    } finally {
      await host1.close();
    }

    // The iframe snippet, pasted into an intranet page that allows no WebAssembly.
    const page2 = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pasted</title></head><body><main><h1>Pasted</h1>\n${frame}\n</main></body></html>`;
    const host2 = await openHost('pasted-frame.html', {
      html: page2, waitFor: null,
      csp: `default-src 'self'; script-src 'self' ${BASE_URL}; frame-src ${BASE_URL}; base-uri 'none'`,
    });
    try {
      const f = host2.page.frameLocator('iframe[data-keuzehulp]');
      await f.getByRole('button', { name: 'Start' }).click();
      assert.equal((await f.locator('.kh-step-count').innerText()).trim(), 'Step 1 of 4');
      await host2.page.waitForFunction(() => document.querySelector('iframe[data-keuzehulp]').style.height !== '');
      await host2.assertClean();
    } finally {
      await host2.close();
    }
  } finally {
    await app.close();
  }
});

// Crisis first (issue 15, "Embedded"): fase is never preset, and the widget
// shows the crisis line before it runs, also when the contacts file hangs.

test('embed builder: fase is not offered, the page says why, and a pasted preset with fase is refused inline', async () => {
  const app = await openApp(browser, { path: 'embed-builder.html' });
  const { page } = app;
  try {
    assert.equal(await app.appState(), 'ready');
    await page.locator('#kb-preview keuzehulp-widget[data-state="ready"]').waitFor();
    assert.equal(await page.locator('[data-question="fase"], #kb-q-fase').count(), 0, 'no field for fase');
    assert.ok(await page.locator('[data-question="sector"]').count() > 0, 'the other questions are offered (sanity)');
    assert.match(await page.locator('#kb-preset').innerText(), /Hoe staat het er nu voor\?.*kan niet vast.*crisis.*113/s,
      'the preset fieldset says why fase cannot be preset');

    // Preset text from older code, with fase in two spellings.
    const text = page.getByLabel('Vaste antwoorden als tekst, zoals in de code');
    await text.fill('sector=ict&fase=acuut&omvang=klein&F%61SE=verzuim');
    const error = page.locator('#kb-preset-text-error');
    await error.filter({ hasText: /kan niet vast/ }).waitFor({ timeout: 5000 });
    assert.match(await error.innerText(), /Hoe staat het er nu voor\?.*crisis.*113.*niet in de code/s);
    assert.equal((await error.innerText()).match(/kan niet vast/g).length, 1, 'fase is refused once');
    assert.equal(await text.getAttribute('aria-invalid'), 'true');
    assert.match(await text.getAttribute('aria-describedby'), /kb-preset-text-error/, 'the message belongs to the field');
    assert.equal(await page.getByLabel('In welke sector werk je?').inputValue(), 'ict', 'the rest of the text is taken');
    assert.equal(await page.getByLabel('Hoe groot is de organisatie?').inputValue(), 'klein');
    await page.waitForFunction(() => document.querySelector('#kb-preview keuzehulp-widget')?.getAttribute('preset') === 'sector=ict&omvang=klein'
      && document.querySelector('#kb-preview keuzehulp-widget').dataset.state === 'ready', null, { timeout: 5000 });
    for (const id of ['kb-direct', 'kb-frame']) {
      const code = await page.locator(`#${id}`).inputValue();
      assert.doesNotMatch(code, /fase|f%61se/i, `${id}: no fase in the code`);
      assert.match(code, /sector(=|%3D)ict/, `${id}: the rest is in the code`);
    }
    await axe(app, 'the embed builder with the fase message');
    await app.screenshot('widget-builder-fase-refused');

    // Choosing in the fields again: the text follows them and the message goes.
    await page.getByLabel('Hoe groot is de organisatie?').selectOption('groot');
    assert.equal(await text.inputValue(), 'sector=ict&omvang=groot');
    assert.equal(await error.innerText(), '');
    assert.equal(await text.getAttribute('aria-invalid'), null);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('a preset with fase: the widget and embed.html still ask the fase question, with one console warning', async () => {
  const preset = `${PRESET_BUT_FASE}&fase=acuut`;
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Fase preset</title>
    <script type="module" src="{{BASE}}embed.js"></script></head>
    <body><main><h1>Intranet</h1><keuzehulp-widget lang="nl" preset="${preset.replaceAll('&', '&amp;')}"></keuzehulp-widget></main></body></html>`;
  const s = await openHost('fase-preset.html', { html });
  try {
    const w = s.page.locator('keuzehulp-widget');
    assert.equal(await w.getAttribute('data-state'), 'ready');
    await w.getByRole('button', { name: 'Start' }).click();
    await assertH1Focused(s.page, w, 'the fase question');
    assert.match(await h1(w), /Hoe staat het er nu voor\?/, 'the one question left is fase');
    assert.equal((await w.locator('.kh-step-count').innerText()).trim(), 'Stap 1 van 1');
    assert.equal(await w.locator('#kh-fase-acuut:checked').count(), 0, 'nothing chosen for the visitor');
    const warnings = s.warnings.filter((m) => m.startsWith('keuzehulp: preset'));
    assert.equal(warnings.length, 1, `exactly one preset warning:\n${warnings.join('\n')}`);
    assert.match(warnings[0], /"fase" cannot be preset and is asked.*crisis/);
    await s.assertClean();
  } finally {
    await s.close();
  }

  // embed.html: the same, in another spelling, next to another mistake.
  const page = await browser.newPage({ viewport: PHONE, locale: 'nl-NL' });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    await page.goto(`${BASE_URL}embed.html?preset=${encodeURIComponent('sector=ict&FASE=verzuim&fase=acuut&omvang=reus')}`);
    await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
    await page.getByRole('button', { name: 'Start' }).click();
    assert.equal((await page.locator('.kh-step-count').innerText()).trim(), 'Stap 1', 'only sector is preset; fase is asked; no total before the role (issue 34)');
    const preset = warnings.filter((m) => m.startsWith('keuzehulp: preset'));
    assert.equal(preset.filter((m) => /fase/i.test(m)).length, 1, `one warning about fase:\n${preset.join('\n')}`);
    assert.equal(preset.length, 2, `fase and the unknown size:\n${preset.join('\n')}`);
  } finally {
    await page.close();
  }

  // When the app cannot start, the link to the public site leaves fase out too.
  const failed = await openApp(browser, {
    path: `embed.html?lang=nl&preset=${encodeURIComponent('sector=ict&fase=acuut')}`, blockRequests: ['keuzehulp_bg.wasm'],
  });
  try {
    assert.equal(await failed.appState(), 'failed');
    const status = failed.page.locator('.kh-embed-status');
    assert.equal(await status.locator('a[target="_blank"]').getAttribute('href'), `${BASE_URL}#sector=ict`);
    await assertCrisisLine(status, 'embed.html failure');
  } finally {
    await failed.close();
  }
});

test('a contacts URL that never answers: the crisis line at once, after 5 s the app without contacts, with the notice', async (t) => {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Hanging contacts</title>
    <script type="module" src="{{BASE}}embed.js"></script></head>
    <body><main><h1>Intranet</h1>
      <keuzehulp-widget debug id="nl" lang="nl" contacts="/hosts/hanging-contacts.json"></keuzehulp-widget>
      <keuzehulp-widget debug id="en" lang="en" contacts="/hosts/hanging-contacts.json"></keuzehulp-widget>
    </main></body></html>`;
  const s = await openHost('hanging.html', { html, waitFor: null, hang: ['/hosts/hanging-contacts.json'] });
  const { page } = s;
  try {
    // Within 6 s of navigation (in fact at once): 113 as a tap target of at least 44×44 px in both.
    const crisisAt = await (await page.waitForFunction(() => {
      const ok = ['nl', 'en'].every((id) => {
        const a = document.getElementById(id)?.shadowRoot?.querySelector('a[href="tel:113"]');
        const r = a?.getBoundingClientRect();
        return r && r.width >= 44 && r.height >= 44;
      });
      return ok && performance.now();
    }, null, { timeout: 6000, polling: 50 })).jsonValue();
    t.diagnostic(`the crisis line (tel:113, at least 44×44 px) showed ${Math.round(crisisAt)} ms after navigation`);
    assert.ok(crisisAt < 6000, `crisis line after ${crisisAt} ms`);
    assert.ok(s.hung.length >= 1, 'the contacts file was asked for (and hangs)');
    for (const [id, text] of [['nl', /wordt geladen.*113.*0800-0113.*112/s], ['en', /is loading.*113.*0800-0113.*112/s]]) {
      const w = page.locator(`#${id}`);
      assert.equal(await w.getAttribute('data-state'), 'loading', `${id}: still loading`);
      assert.match(await w.locator('.kh-embed-status').innerText(), text, `${id}: the loading state`);
      await assertCrisisLine(w, `${id}: the loading state`);
    }
    await axe(s, 'the loading state', 'keuzehulp-widget');
    await s.screenshot('widget-loading-crisis');

    // The file is given up after 5 s: the app starts without it, with the polite notice.
    const readyAt = await (await page.waitForFunction(() => ['nl', 'en']
      .every((id) => document.getElementById(id).dataset.state === 'ready') && performance.now(), null, { timeout: 15000, polling: 50 })).jsonValue();
    t.diagnostic(`the app started ${Math.round(readyAt)} ms after navigation`);
    // Not before the 5 s are up; the upper bound leaves room for a busy machine.
    assert.ok(readyAt >= 5000 && readyAt < 12000, `the app started after ${readyAt} ms`);
    for (const [id, notice, start] of [['nl', /konden niet worden geladen/, 'Start'], ['en', /could not be loaded/, 'Start']]) {
      const w = page.locator(`#${id}`);
      assert.match(await w.locator('.kh-notices').innerText(), notice, `${id}: the contacts notice`);
      assert.ok(await w.getByRole('button', { name: start }).isVisible(), `${id}: the app runs`);
    }
    assert.equal(s.warnings.filter((m) => /hanging-contacts\.json could not be loaded: no answer within 5 s/.test(m)).length, 2,
      `a console warning per widget:\n${s.warnings.join('\n')}`);
    await s.screenshot('widget-contacts-timeout');
    await s.assertClean();
  } finally {
    await s.close();
  }
});

test('while the app loads, the crisis line shows in both languages: the widget (wasm held back) and embed.html (its prerendered start page)', async () => {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Slow wasm</title>
    <script type="module" src="{{BASE}}embed.js"></script></head>
    <body><main><h1>Intranet</h1><keuzehulp-widget lang="en"></keuzehulp-widget></main></body></html>`;
  const s = await openHost('slow.html', { html, waitFor: null, hold: 'pkg-widget-plan/keuzehulp_bg.wasm' });
  try {
    const w = s.page.locator('keuzehulp-widget');
    await w.locator('.kh-embed-status a[href="tel:113"]').waitFor({ timeout: 6000 });
    assert.equal(await w.getAttribute('data-state'), 'loading');
    assert.match(await w.locator('.kh-embed-status').innerText(), /is loading[\s\S]*thinking about suicide/);
    await assertCrisisLine(w, 'widget loading (en)');
    s.release();
    await s.page.waitForFunction(() => document.querySelector('keuzehulp-widget').dataset.state === 'ready', null, { timeout: 15000 });
    assert.equal(await w.locator('.kh-embed-status').count(), 0, 'the loading state is gone');
    assert.ok(await w.getByRole('button', { name: 'Start' }).isVisible(), 'the app runs');
    await s.assertClean();
  } finally {
    s.release();
    await s.close();
  }

  // embed.html: the start page is in its HTML (prerendered, in the visitor's
  // language before the first paint), so the crisis line is there before any
  // script of ours has run; a tap on Start meanwhile is kept and done once the
  // app is here.
  for (const [lang, start, question] of [['nl', 'Start', /Stap 1\b/], ['en', 'Start', /Step 1\b/]]) {
    const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route('**/pkg-widget-plan/keuzehulp_bg.wasm', async (route) => { await held; await route.continue(); });
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}embed.html?lang=${lang}`);
      const app = page.locator('#keuzehulp-embed .kh-app');
      assert.equal(await app.getAttribute('lang'), lang, `embed.html ${lang}: the prerendered start page in its language`);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await assertCrisisLine(app, `embed.html before the app (${lang})`);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.keuzehulp), undefined, 'the app is not there yet');
      await app.getByRole('button', { name: start }).click();
      assert.equal(await page.locator('#keuzehulp-embed').getAttribute('aria-busy'), 'true', 'the tap is kept');
      release();
      await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
      await page.locator('.kh-step-count').waitFor({ timeout: 5000 });
      assert.ok(new URL(page.url()).pathname.endsWith('/embed.html'), `still embed.html, not the link's own target: ${page.url()}`);
      assert.match(await page.locator('.kh-step-count').innerText(), question, `embed.html ${lang}: the kept tap started the questions`);
      assert.equal(await page.locator('#keuzehulp-embed').getAttribute('aria-busy'), null);
      assert.equal(new URL(page.url()).hash, '', 'the tap did not change the address');
    } finally {
      release();
      await context.close();
    }
  }
});

test('embed.html: a Start tapped before any script of ours has run still starts the questions', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/embed-page.js', async (route) => { await held; await route.continue(); });
  try {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}embed.html?lang=nl`, { waitUntil: 'commit' });
    // The prerendered page's link itself: it only changes this page's fragment.
    await page.getByRole('button', { name: 'Start' }).click();
    assert.match(new URL(page.url()).hash, /stap=/);
    release();
    await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
    await page.locator('.kh-step-count').waitFor({ timeout: 5000 });
    assert.match(await page.locator('.kh-step-count').innerText(), /Stap 1\b/);
    assert.equal(new URL(page.url()).hash, '', 'the fragment is gone again');
  } finally {
    release();
    await context.close();
  }
});

// Issue 22: setup problems are for HR, not for employees; Back in the widget.

test('setup problems are never shown to visitors: one console warning; the debug attribute shows them in full', async () => {
  const bad = `{"bedrijfsarts": {"name": "Dr. Jansen", "url": "http://intranet.example.nl/ba"}, "astronaut": {"name": "X"}}`;
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Setup problems</title>
    <script type="module" src="{{BASE}}embed.js"></script></head>
    <body><main><h1>Intranet</h1>
      <keuzehulp-widget id="live" lang="nl" preset="${PRESET_BUT_FASE.replaceAll('&', '&amp;')}" contacts='${bad}'></keuzehulp-widget>
      <keuzehulp-widget id="broken" lang="en" contacts='{"bedrijfsarts": '></keuzehulp-widget>
      <keuzehulp-widget id="debug" debug lang="nl" contacts='${bad}'></keuzehulp-widget>
    </main></body></html>`;
  const s = await openHost('setup-problems.html', { html });
  const { page } = s;
  try {
    const live = page.locator('#live');
    for (const id of ['live', 'broken']) {
      assert.equal(await page.locator(`#${id} .kh-notices__box`).count(), 0, `${id}: no setup problem on the start page`);
      assert.doesNotMatch(await page.locator(`#${id}`).innerText(), /niet veilig|astronaut|could not be read|contact details/i, id);
    }
    // Through to the advice: the good part of the contact shows, the problem does not.
    await live.getByRole('button', { name: 'Start' }).click();
    await answer(live, 'fase', 'signalen');
    await live.getByRole('button', { name: 'Bekijk je advies' }).click();
    await assertH1Focused(page, live, 'live results');
    assert.equal(await live.locator('.kh-notices__box').count(), 0, 'no setup problem with the advice');
    assert.match(await live.locator('.kh-contacts').innerText(), /Dr\. Jansen/, 'the safe name still shows');
    // One console warning per widget, naming every problem, for whoever embeds.
    const ours = s.warnings.filter((w) => w.startsWith('keuzehulp: contacts:'));
    assert.equal(ours.length, 2, ours.join('\n'));
    assert.match(ours.find((w) => /astronaut/.test(w)), /"url" of "bedrijfsarts" is unsafe or invalid[\s\S]*https:\/\/[\s\S]*astronaut[\s\S]*debug/);
    assert.ok(ours.some((w) => /could not be read/.test(w)));
    // With debug: in full.
    const debug = page.locator('#debug .kh-notices');
    assert.match(await debug.innerText(), /niet veilig of niet geldig[\s\S]*https:\/\/[\s\S]*astronaut/);
    await s.assertClean();
  } finally {
    await s.close();
  }
});

/** The browser's Back and Forward inside a scope (a widget or the iframe): the step and the answer come back; the host URL stays. */
async function backAndForward(s, scope, where) {
  const { page } = s;
  const url = page.url();
  // The top page's history (an iframe's entries are part of it); no navigation to wait for.
  const back = () => page.evaluate(() => history.back());
  const forward = () => page.evaluate(() => history.forward());
  await scope.getByRole('button', { name: 'Start' }).click();
  await answer(scope, 'rol', 'werknemer');
  await answer(scope, 'niveau', 'individu');
  assert.equal(await h1(scope), 'Hoe staat het er nu voor?', `${where}: at fase`);
  await back();
  const niveau = scope.locator('input[name="niveau"][value="individu"]');
  await niveau.waitFor({ timeout: 5000 });
  assert.equal(await niveau.isChecked(), true, `${where}: Back shows the previous question with its answer`);
  assert.equal(page.url(), url, `${where}: the host URL did not change`);
  await back();
  await scope.locator('input[name="rol"][value="werknemer"]').waitFor({ timeout: 5000 });
  assert.equal(await scope.locator('input[name="rol"][value="werknemer"]').isChecked(), true, `${where}: two steps back`);
  await forward();
  await niveau.waitFor({ timeout: 5000 });
  await forward();
  await scope.locator('h1', { hasText: 'Hoe staat het er nu voor?' }).waitFor({ timeout: 5000 });
  // On to the advice: every answer is still there.
  await answer(scope, 'fase', 'signalen');
  await answer(scope, 'factoren', 'werkdruk');
  await scope.getByRole('button', { name: 'Bekijk je advies' }).click();
  await scope.locator('article.kh-card').first().waitFor({ timeout: 5000 });
  await back();
  await scope.locator('h1', { hasText: 'Kloppen je antwoorden?' }).waitFor({ timeout: 5000 });
  assert.equal(page.url(), url, `${where}: the host URL did not change`);
}

test('Back in the widget (direct mode): goes back a step with the answers, the host URL untouched, only a step number stored', async () => {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Back</title>
    <script type="module" src="{{BASE}}embed.js"></script></head>
    <body><main><h1>Intranet</h1>
      <keuzehulp-widget lang="nl" preset="sector=zorg-welzijn&amp;omvang=groot"></keuzehulp-widget>
    </main></body></html>`;
  const s = await openHost('back.html', { html });
  try {
    const w = s.page.locator('keuzehulp-widget');
    await backAndForward(s, w, 'widget');
    assert.equal(await w.getAttribute('data-state'), 'ready');
    const state = await s.page.evaluate(() => history.state);
    assert.deepEqual(Object.keys(state), ['keuzehulp'], `history.state: ${JSON.stringify(state)}`);
    // Nothing stored anywhere but that number.
    assert.deepEqual(await s.page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    await s.assertClean();
  } finally {
    await s.close();
  }
});

test('Back in the widget (iframe mode): the browser\'s Back goes back a step inside the frame', async () => {
  const frameUrl = `${BASE_URL}embed.html?lang=nl&preset=${encodeURIComponent('sector=zorg-welzijn&omvang=groot')}`;
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Back in a frame</title></head>
    <body><main><h1>Intranet</h1>
      <iframe data-keuzehulp title="Keuzehulp werkstress" width="100%" height="700" src="${frameUrl.replaceAll('&', '&amp;')}"></iframe>
    </main></body></html>`;
  const s = await openHost('back-frame.html', { html, csp: CSP_FRAME, waitFor: null });
  try {
    const f = s.page.frameLocator('iframe[data-keuzehulp]');
    await f.getByRole('button', { name: 'Start' }).waitFor({ timeout: 15000 });
    await backAndForward(s, f, 'iframe');
    const src = await s.page.locator('iframe').evaluate((el) => el.contentWindow.location.href).catch(() => null);
    assert.ok(src === null || src === frameUrl, `the iframe's URL did not change: ${src}`);
    await s.assertClean();
  } finally {
    await s.close();
  }
});
