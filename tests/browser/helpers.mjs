// Shared helpers for the browser tests (node:test + playwright-core + axe).
//
// `cargo xtask test` serves dist on a free loopback port and runs every
// tests/browser/*.test.mjs with BASE_URL at `/`, then again at `/keuzehulp/`
// (sub-path hosting). In a quick local run the second pass takes only files
// containing the line `// xtask: both-paths`; `--full` or CI=true runs all.
// By hand: `cargo xtask serve` in one terminal, then
//   BASE_URL=http://127.0.0.1:8080/ node --test tests/browser/
//
// Typical use in a test file:
//
//   import { test, before, after } from 'node:test';
//   import { startBrowser, openApp } from './helpers.mjs';
//   let browser;
//   before(async () => { browser = await startBrowser(); });
//   after(async () => { await browser?.close(); });
//   test('something', async () => {
//     const app = await openApp(browser);          // start page, app ready
//     await app.page.getByRole('button', { name: 'Start' }).click();
//     ...
//     await app.assertClean();                     // no console errors, CSP violations,
//     await app.close();                           // failed or foreign requests
//   });
//
// `assertAxe(app, where)`: axe WCAG 2.2 A/AA on the page, none allowed (the
// studio's and the builder's tests).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = dirname(fileURLToPath(import.meta.url));

/** Where the app is served; always ends with a slash. */
export const BASE_URL = (() => {
  const url = process.env.BASE_URL || 'http://127.0.0.1:8080/';
  return url.endsWith('/') ? url : `${url}/`;
})();
export const BASE = new URL(BASE_URL);

/** A phone-sized viewport (iPhone 12-15 class); the app is mobile first. */
export const PHONE = { width: 390, height: 844 };

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launch Debian's Chromium (never a downloaded browser). */
export async function startBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * Open a page of the app and watch it. Returns a session object:
 *   page, context, url                     the Playwright objects and the opened URL
 *   consoleErrors, pageErrors, cspViolations, failedRequests, foreignRequests, requests
 *   assertClean({ allowConsoleErrors })    assert none of the problems above happened
 *   checkA11y(options)                     axe WCAG 2.1 A/AA; returns violations
 *   screenshot(name)                       save tests/browser/screenshots/<name>.png
 *   close()
 *
 * options: path (relative to BASE_URL, default ''), viewport (default PHONE),
 * waitForApp (default true: wait until main.js says ready or failed),
 * javaScriptEnabled, blockRequests (array of URL substrings to answer with 404),
 * contextOptions (more Playwright context options).
 */
export async function openApp(browser, options = {}) {
  const {
    path = '', viewport = PHONE, waitForApp = true, javaScriptEnabled = true,
    blockRequests = [], contextOptions = {},
  } = options;
  const context = await browser.newContext({ viewport, javaScriptEnabled, locale: 'nl-NL', ...contextOptions });
  const session = {
    context, page: null, url: new URL(path, BASE_URL).href,
    consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [],
    foreignRequests: [], requests: [],
  };

  // Only the app's own origin may be contacted: anything else is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith('http')) return route.continue();
    if (new URL(url).origin !== BASE.origin) {
      session.foreignRequests.push(url);
      return route.abort('blockedbyclient');
    }
    if (blockRequests.some((part) => url.includes(part))) {
      return route.fulfill({ status: 404, body: 'blocked by test' });
    }
    return route.continue();
  });
  // CSP violations, as the page sees them (init scripts are not subject to the CSP).
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });

  const page = await context.newPage();
  session.page = page;
  page.on('console', (msg) => {
    if (msg.type() === 'error') session.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => session.pageErrors.push(String(err)));
  page.on('request', (req) => session.requests.push(req.url()));
  page.on('requestfailed', (req) => {
    const url = req.url();
    const error = req.failure()?.errorText ?? '';
    // net::ERR_ABORTED: the page navigated or reloaded while this was in flight
    // (often the favicon); not a failure of the site. HTTP errors are caught below.
    if (error.includes('ERR_ABORTED') || session.foreignRequests.includes(url)) return;
    session.failedRequests.push(`${url} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !blockRequests.some((part) => res.url().includes(part))) {
      session.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
    }
  });

  const response = await page.goto(session.url, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${session.url}`);
  if (waitForApp && javaScriptEnabled) {
    await page.waitForSelector('html[data-keuzehulp]', { timeout: 15000 });
  }

  session.appState = () => page.evaluate(() => document.documentElement.dataset.keuzehulp ?? null);

  session.collectCsp = async () => {
    if (javaScriptEnabled) session.cspViolations = await page.evaluate(() => window.__cspViolations ?? []);
    return session.cspViolations;
  };

  session.assertClean = async ({ allowConsoleErrors = false } = {}) => {
    await session.collectCsp();
    assert.deepEqual(session.cspViolations, [], 'CSP violations');
    assert.deepEqual(session.pageErrors, [], 'uncaught errors in the page');
    if (!allowConsoleErrors) assert.deepEqual(session.consoleErrors, [], 'console errors');
    assert.deepEqual(session.foreignRequests, [], 'requests to other origins');
    assert.deepEqual(session.failedRequests, [], 'failed requests');
    // Everything must load from below the base path (relative URLs only).
    const outside = session.requests.filter((u) => u.startsWith('http') && !u.startsWith(BASE_URL));
    assert.deepEqual(outside, [], `requests outside ${BASE_URL}`);
  };

  session.checkA11y = async ({ include, disableRules = [] } = {}) => {
    let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    if (include) builder = builder.include(include);
    if (disableRules.length) builder = builder.disableRules(disableRules);
    const { violations } = await builder.analyze();
    return violations;
  };

  session.screenshot = async (name) => {
    const dir = join(here, 'screenshots');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}${BASE.pathname === '/' ? '' : '-subpath'}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };

  session.close = () => context.close();
  return session;
}

/**
 * axe (WCAG 2.2 A/AA) on a page opened with `openApp`, asserting no
 * violations; the inline styles axe itself inserts are not the page's CSP
 * violations nor its console errors, so they are taken out of `app`'s records.
 */
export async function assertAxe(app, where) {
  const saved = await app.page.evaluate(() => [...(window.__cspViolations ?? [])]);
  const errors = app.consoleErrors.length;
  const { violations } = await new AxeBuilder({ page: app.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  await app.page.evaluate((v) => { window.__cspViolations = v; }, saved);
  const during = app.consoleErrors.splice(errors);
  app.consoleErrors.push(...during.filter((e) => !e.startsWith('Applying inline style violates')));
  assert.equal(violations.length, 0, `axe on ${where}:\n${formatViolations(violations)}`);
}

/** A readable list of axe violations for an assertion message. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
    .join('\n');
}

/**
 * Wait until the advice is complete: the results page paints its top first
 * and the rest a frame later (`aria-busy` until then). `scope`: a page, frame
 * or locator.
 */
export async function adviceComplete(scope) {
  await scope.locator('.kh-results:not([aria-busy])').waitFor({ timeout: 10000 });
}

/** A page at the keuzehulp's own origin with nothing but embed.js (no CSP, no other scripts). */
const WIDGET_HOST_PAGE = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>memory</title>'
  + '<script type="module" src="embed.js"></script></head><body><main id="host"></main></body></html>';

/**
 * The memory tests' host (memory.test.mjs, memory-walk.test.mjs): a page
 * `name` at the keuzehulp's origin holding only embed.js and an empty
 * `<main id="host">`, with <keuzehulp-widget> defined. Returns
 *   context, page, errors (page errors and console errors),
 *   measure()  → { js, wasm }: the JS heap after garbage collection (CDP
 *              HeapProfiler.collectGarbage ×3, Runtime.getHeapUsage) and the
 *              widget wasm's memory in bytes.
 */
export async function openWidgetHost(browser, name) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  const url = new URL(name, BASE_URL).href;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: WIDGET_HOST_PAGE }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('keuzehulp-widget'));
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(async () => {
      const glue = await import('./pkg-widget-plan/keuzehulp.js');
      return (await glue.default()).memory.buffer.byteLength;
    });
    return { js: usedSize, wasm };
  };
  return { context, page, errors, measure };
}

/**
 * Mount `count` widgets one after the other on a page of `openWidgetHost`,
 * walk each from the start page to `stop` ('start': removed on its first
 * question; 'advice'; 'plan') and remove it. Returns how many widgets are
 * left on the host (0). The memory tests and tests/browser/heap-diff.mjs.
 * @param {import('playwright-core').Page} page
 * @param {number} count
 * @param {'start' | 'advice' | 'plan'} stop
 */
export function walkWidgets(page, count, stop) {
  return page.evaluate(async ({ count, stop }) => {
    const tick = () => new Promise((r) => { setTimeout(r, 0); });
    const until = async (what, f) => {
      for (let i = 0; i < 5000; i++) {
        const v = f();
        if (v) return v;
        await tick();
      }
      throw new Error(`not found: ${what}`);
    };
    const host = document.getElementById('host');
    for (let i = 0; i < count; i++) {
      const w = document.createElement('keuzehulp-widget');
      w.setAttribute('lang', 'nl');
      w.setAttribute('preset', 'rol=werknemer&sector=ict&omvang=groot&niveau=individu');
      host.append(w);
      await until('ready', () => w.dataset.state === 'ready');
      // (The app's click handling comes with its first render's effects: a
      // click before them would follow the link to the public site.)
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const root = w.shadowRoot;
      const byText = (selector, text) => [...root.querySelectorAll(selector)].find((e) => e.textContent.trim().startsWith(text));
      const h1 = (text) => until(`h1 ${text}`, () => root.querySelector('h1')?.textContent.includes(text) && root.activeElement?.tagName === 'H1');
      (await until('Start', () => byText('a[role="button"], button', 'Start'))).click();
      if (stop !== 'start') {
        (await until('fase', () => root.querySelector('label[for="kh-fase-signalen"]'))).click();
        (await until('Volgende', () => byText('button', 'Volgende'))).click();
        (await until('factoren', () => root.querySelector('label[for="kh-factoren-werkdruk"]'))).click();
        (await until('Volgende', () => byText('button', 'Volgende'))).click();
        (await until('Bekijk je advies', () => byText('button, a', 'Bekijk je advies'))).click();
        await h1('Jouw advies');
        if (stop === 'plan') {
          (await until('Maak je plan', () => byText('a, button', 'Maak je plan'))).click();
          await h1('Jouw plan');
        }
      }
      w.remove();
      // (Teardown runs in a microtask after the removal; the last focus timer after a frame.)
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return host.childElementCount;
  }, { count, stop });
}
