// xtask: both-paths
// Smoke test: the start page loads on a phone-sized screen, the wasm app
// starts and renders a heading, and nothing breaks the CSP or leaves the origin.
// Runs once per BASE_URL (`cargo xtask test` uses `/` and `/keuzehulp/`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp, formatViolations, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

test(`start page renders the app at 390x844 (${BASE_URL})`, async () => {
  const app = await openApp(browser);
  try {
    assert.equal(await app.appState(), 'ready', 'main.js reports the wasm app started');
    const h1 = app.page.locator('#keuzehulp-app h1');
    await h1.first().waitFor({ state: 'visible' });
    assert.ok((await h1.first().textContent()).trim().length > 0, 'the h1 has text');
    // Exactly one: prerendered markup must be hydrated or replaced, not doubled.
    assert.equal(await h1.count(), 1, 'one h1 in #keuzehulp-app');
    assert.equal(await app.page.locator('html').getAttribute('lang'), 'nl');
    const wasm = app.requests.filter((u) => u.endsWith('.wasm'));
    assert.ok(wasm.length >= 1, 'the wasm module was fetched');
    // No horizontal scrolling on a phone.
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    await app.screenshot('start');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('start page has no WCAG 2.1 A/AA violations (axe)', async () => {
  const app = await openApp(browser);
  try {
    const violations = await app.checkA11y();
    assert.equal(violations.length, 0, formatViolations(violations));
  } finally {
    await app.close();
  }
});

test('without JavaScript the page explains itself and gives the crisis line', async () => {
  const app = await openApp(browser, { javaScriptEnabled: false });
  try {
    const text = await app.page.locator('body').innerText();
    assert.match(text, /JavaScript/);
    assert.match(text, /113/);
    assert.match(text, /0800-0113/);
  } finally {
    await app.close();
  }
});

test('if the wasm cannot load, a friendly message with the crisis line and a reload button appears', async () => {
  const app = await openApp(browser, { blockRequests: ['.wasm'] });
  try {
    assert.equal(await app.appState(), 'failed');
    const alert = app.page.locator('#keuzehulp-app [role=alert]');
    await alert.waitFor({ state: 'visible' });
    const text = await alert.innerText();
    assert.match(text, /113/);
    assert.match(text, /0800-0113/);
    const reload = app.page.getByRole('button', { name: 'Pagina opnieuw laden' });
    assert.equal(await reload.count(), 1);
    // The failure is reported on the console (on purpose); nothing else may go wrong.
    assert.ok(app.consoleErrors.some((e) => e.includes('keuzehulp: starting failed')), app.consoleErrors.join('\n'));
    await app.assertClean({ allowConsoleErrors: true });
    // The button works: after a reload without the block the app starts.
    await app.context.unrouteAll({ behavior: 'ignoreErrors' });
    await Promise.all([app.page.waitForEvent('load'), reload.click()]);
    await app.page.waitForSelector('html[data-keuzehulp=ready]', { timeout: 15000 });
  } finally {
    await app.close();
  }
});
