// xtask: both-paths
// Loading failures (issue 28, items 5, 6, 9): no page of ours is blank or
// silent while the app loads slowly, hangs or fails.
// - plan.html shows its title, that it is loading, and the crisis line before
//   any script has run, and says so when the wasm has not come within the
//   time limit;
// - index.html says at once that the app is loading when Start is tapped
//   before the wasm is here;
// - a widget survives a failed or hanging load of its code (a retry, a time
//   limit, then the failure with the crisis line), and the builder's snippet
//   carries the crisis line inside the element for when embed.js never comes;
// - the crisis line of every fallback has the numbers of src/crisis.rs;
// - the overview does not throw on `#%`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser, openApp, BASE, BASE_URL, PHONE } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = process.env.KEUZEHULP_BIN || join(here, '..', '..', 'target', 'release', 'keuzehulp');
/** The crisis line as the Rust has it (`keuzehulp fallback --json`): the one source. */
const FALLBACK = JSON.parse(execFileSync(BIN, ['fallback', '--json'], { encoding: 'utf8' }));
const TELS = ['suicide', 'free', 'danger'].map((k) => FALLBACK.numbers[k].tel);
/** main.js's LOAD_LIMIT_MS, and a margin. */
const LOAD_LIMIT_MS = 10000;
const PLAN = 'rol=werknemer&sector=ict&omvang=klein&niveau=individu&fase=signalen&factoren=werkdruk&stap=plan';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** The tel: links shown in `scope` (a locator), in order. */
async function tels(scope) {
  return scope.locator('a[href^="tel:"]').evaluateAll((as) => as.filter((a) => a.getClientRects().length > 0).map((a) => a.getAttribute('href')));
}

test(`plan.html is never blank: loading state with the crisis line, then a message when the wasm hangs (${BASE_URL})`, async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  const hung = [];
  // The widget's wasm never answers.
  await context.route('**/pkg-widget-plan/keuzehulp_bg.wasm', (route) => { hung.push(route.request().url()); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(new URL(`plan.html#${PLAN}`, BASE_URL).href, { waitUntil: 'domcontentloaded' });
    const app = page.locator('#keuzehulp-app');
    assert.equal((await app.locator('h1').innerText()).trim(), 'Jouw plan');
    assert.match(await app.locator('[role="status"]').innerText(), /Je plan wordt geladen/);
    assert.deepEqual((await tels(app)).slice(0, 3), TELS, 'the crisis line, before any script ran');
    // The time limit: a message that says so, with the crisis line and a reload.
    const alert = app.locator('[role="alert"]');
    await alert.waitFor({ timeout: LOAD_LIMIT_MS + 5000 });
    assert.ok(hung.length >= 1, 'the wasm was asked for and hung');
    assert.match(await alert.innerText(), /De keuzehulp laadt niet/);
    assert.deepEqual((await tels(alert)).slice(0, 3), TELS);
    assert.equal(await alert.locator('button.kh-reload').count(), 1);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.keuzehulpLoad), 'slow');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(`index.html: Start tapped while the wasm hangs says that it is loading (${BASE_URL})`, async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  await context.route('**/pkg-site/keuzehulp_bg.wasm', () => {}); // never answers
  const page = await context.newPage();
  try {
    await page.goto(BASE_URL, { waitUntil: 'load' });
    await page.locator('.kh-button--start').click();
    const note = page.locator('#keuzehulp-app [role="status"].kh-loading-note');
    await note.waitFor({ timeout: 2000 });
    assert.equal((await note.innerText()).trim(), FALLBACK.text.nl.loading);
    // The crisis line stays in view.
    assert.deepEqual((await tels(page.locator('#keuzehulp-app'))).slice(0, 3), TELS);
  } finally {
    await context.close();
  }
});

/** The pretend intranet: the same loopback server under the other name. */
const HOST = (() => {
  const u = new URL(BASE.origin);
  u.hostname = u.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return u.origin;
})();

/**
 * A host page at HOST with `body`; our files get `Access-Control-Allow-Origin: *`
 * (as GitHub Pages sends). `glue(route, n)`: what happens to the n-th request
 * (1, 2, …) for pkg-widget-plan/keuzehulp.js; `block`: URL parts answered with 404.
 */
async function host(body, { glue = null, block = [] } = {}) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  let glueRequests = 0;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === HOST) {
      return route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title></head><body>${body}</body></html>` });
    }
    if (url.origin !== BASE.origin) return route.abort('blockedbyclient');
    if (block.some((part) => url.href.includes(part))) return route.fulfill({ status: 404, body: 'blocked by test' });
    if (glue && url.pathname.endsWith('/pkg-widget-plan/keuzehulp.js')) {
      glueRequests += 1;
      if (await glue(route, glueRequests)) return undefined;
    }
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${HOST}/intranet.html`, { waitUntil: 'load' });
  return { context, page, errors, glueRequests: () => glueRequests };
}

const widgetState = (page) => page.waitForFunction(() => {
  const w = document.querySelector('keuzehulp-widget');
  return w && ['ready', 'failed'].includes(w.dataset.state) ? w.dataset.state : null;
}, null, { timeout: 40000 }).then((h) => h.jsonValue());

test(`a widget whose first load of the glue fails tries again and starts (${BASE_URL})`, async () => {
  const h = await host(`<script type="module" src="${BASE_URL}embed.js"></script><keuzehulp-widget lang="nl"></keuzehulp-widget>`, {
    glue: async (route, n) => {
      if (n === 1) {
        await route.abort('connectionreset');
        return true;
      }
      return false;
    },
  });
  try {
    assert.equal(await widgetState(h.page), 'ready');
    assert.equal(h.glueRequests(), 2, 'one failure, one retry');
    assert.deepEqual(h.errors, []);
  } finally {
    await h.context.close();
  }
});

test(`a widget whose glue hangs is given up after the time limit, tries again, and starts (${BASE_URL})`, async () => {
  const h = await host(`<script type="module" src="${BASE_URL}embed.js"></script><keuzehulp-widget lang="nl"></keuzehulp-widget>`, {
    glue: async (_route, n) => n === 1, // the first never answers
  });
  try {
    const widget = h.page.locator('keuzehulp-widget');
    // Meanwhile: loading, with the crisis line.
    await widget.locator('.kh-embed-loading').waitFor({ timeout: 5000 });
    assert.deepEqual(await tels(widget), TELS);
    assert.equal(await widgetState(h.page), 'ready');
    assert.equal(h.glueRequests(), 2);
  } finally {
    await h.context.close();
  }
});

test(`a widget whose glue never loads shows the failure with the crisis line and a link to the site (${BASE_URL})`, async () => {
  const h = await host(`<script type="module" src="${BASE_URL}embed.js"></script><keuzehulp-widget lang="en"></keuzehulp-widget>`, {
    block: ['pkg-widget-plan/keuzehulp.js'],
  });
  try {
    assert.equal(await widgetState(h.page), 'failed');
    const widget = h.page.locator('keuzehulp-widget');
    assert.deepEqual(await tels(widget), TELS);
    assert.equal(await widget.locator(`a[href="${BASE_URL}"]`).count(), 1);
    assert.equal((await widget.locator('.kh-embed-crisis strong').innerText()).trim(), FALLBACK.crisis.en.heading, 'the crisis line in English');
  } finally {
    await h.context.close();
  }
});

test(`the builder's snippet carries the crisis line for when embed.js never comes (${BASE_URL})`, async () => {
  // The snippet as the builder makes it.
  const builder = await openApp(browser, { path: 'embed-builder.html', waitForApp: false });
  let snippet;
  try {
    const code = builder.page.locator('#kb-direct');
    await builder.page.waitForFunction(() => document.getElementById('kb-direct')?.value.includes('</keuzehulp-widget>'), null, { timeout: 15000 });
    snippet = await code.inputValue();
  } finally {
    await builder.close();
  }
  for (const tel of TELS) assert.ok(snippet.includes(`href="${tel}"`), `${tel} in the snippet:\n${snippet}`);
  assert.ok(snippet.includes(`<a href="${BASE_URL}">`), snippet);

  // embed.js blocked: the element's own content shows, with the crisis line.
  const blocked = await host(snippet, { block: ['embed.js'] });
  try {
    const widget = blocked.page.locator('keuzehulp-widget');
    assert.deepEqual(await tels(widget), [...TELS, ...TELS], 'in both languages (the visitor\'s browser decides)');
    assert.equal(await widget.getAttribute('data-state'), null, 'no widget code ran');
  } finally {
    await blocked.context.close();
  }
  // embed.js there: the shadow root shows the widget, and the element's own content is hidden.
  const working = await host(snippet);
  try {
    assert.equal(await widgetState(working.page), 'ready');
    const shown = await working.page.evaluate(() => [...document.querySelector('keuzehulp-widget').children].filter((c) => c.getClientRects().length > 0).length);
    assert.equal(shown, 0, 'the fallback content is hidden once the widget is there');
  } finally {
    await working.context.close();
  }
});

test(`the overview does not throw on a broken escape in its fragment (${BASE_URL})`, async () => {
  for (const file of ['overzicht.html', 'overview.html']) {
    const app = await openApp(browser, { path: `${file}#%`, waitForApp: false });
    try {
      await app.page.evaluate(() => { window.location.hash = '#%E0%A4%A'; });
      await app.page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
      assert.deepEqual(app.pageErrors, [], `${file}: no URIError`);
    } finally {
      await app.close();
    }
  }
});
