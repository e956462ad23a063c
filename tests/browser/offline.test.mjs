// xtask: both-paths
// Offline: after a first visit the service worker (www/sw.js) has the app
// shell in a cache named after the build, so a reload and a second visit with
// other answers work without a network. The cache holds only the shell and
// the content pack of the language used (no URL with answers or a query); a
// language first asked for offline gives a clear message and the app stays
// usable; once fetched online, it is cached too. An old build's cache is
// deleted on activate. Once the first visit has loaded and is idle, the
// worker fetches the rest of the site in the background (the other pages and
// the widget's wasm; not the rules studio, not with Save-Data), so that after
// one visit of the site those work offline too (issue 28). The studio works
// offline after its own visit.
// Runs once per BASE_URL (`cargo xtask test` uses `/` and `/keuzehulp/`): the
// worker's scope follows the sub-path.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp, BASE_URL, adviceComplete } from './helpers.mjs';

const FIRST = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=acuut&factoren=werkdruk,agressie';
const SECOND = 'rol=leidinggevende&sector=ict&omvang=klein&niveau=team&fase=voorkomen&factoren=regelruimte';
const STALE = 'keuzehulp-0000000000000000';
// (xtask/src/worker.rs: the app shell and plan.html at install; issue 28 item 8.)
const SHELL = ['index.html', 'app.css', 'main.js', 'pkg-site/keuzehulp.js', 'pkg-site/keuzehulp_bg.wasm', 'icon.svg', 'manifest.webmanifest',
  'plan.html', 'plan.css'];
/** Kept when a page uses them (the other pages and the plan page's wasm). */
const ON_USE = ['pkg-widget-plan/keuzehulp.js', 'pkg-widget-plan/keuzehulp_bg.wasm', 'overzicht.html', 'overview.html',
  'overview.css', 'overview-nojs.css', 'overview.js', 'embed.html', 'embed.css', 'embed-page.js', 'embed-theme.js', 'embed.js'];
/** Fetched in the background after a first visit (with the above): WARM_UP in xtask/src/worker.rs. */
const WARM_UP = [...ON_USE, 'pkg-site/content-nl.txt', 'pkg-site/content-en.txt', 'werkgevers.html', 'employers.html', 'employers.js'];
/** Kept when used, never fetched in the background (STUDIO in xtask/src/worker.rs: about 260 KB for rule experts only). */
const STUDIO = ['studio.html', 'studio.css', 'studio.js', 'studio-worker.js', 'studio-preview.html', 'studio-preview.js',
  'studio/builtin.json', 'pkg-studio/keuzehulp.js', 'pkg-studio/keuzehulp_bg.wasm'];

/** Emulate Save-Data (navigator.connection.saveData) for `page`: no background warm-up. */
async function saveData(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  assert.equal(await page.evaluate(() => navigator.connection?.saveData), true, 'Save-Data is emulated');
}

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** On the check page: see the advice, and wait for its h1 to have focus. */
async function reachResults(page, where) {
  await page.locator('#keuzehulp-app h1').first().waitFor();
  assert.equal((await page.locator('#keuzehulp-app h1').innerText()).trim(), 'Kloppen je antwoorden?', `${where}: the check page`);
  await page.getByRole('button', { name: 'Bekijk je advies' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.trim() === 'Jouw advies');
  await adviceComplete(page);
  assert.ok(await page.locator('.kh-card').count() >= 1, `${where}: advice cards`);
}

const cacheContents = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
  }
  return out;
});

test(`after the first visit the app works offline (${BASE_URL})`, async () => {
  // First a page without the app, to leave a cache of an "older build" behind
  // before the worker installs: activate must delete it.
  const app = await openApp(browser, { path: 'privacy.html', waitForApp: false });
  const { page, context } = app;
  try {
    // With Save-Data: the worker keeps the shell only, and no more is
    // downloaded in the background (without it, see "after one visit of the site").
    await saveData(page);
    await page.evaluate((stale) => caches.open(stale), STALE);
    await page.goto(new URL(`#${FIRST}&stap=controle`, BASE_URL).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-keuzehulp]', { timeout: 15000 });
    assert.equal(await app.appState(), 'ready');
    // The first visit: the worker installs, caches the shell, and takes control.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      return { scope: r.scope, script: r.active.scriptURL, state: r.active.state };
    });
    assert.equal(registration.scope, BASE_URL, 'the scope is the site (also under a sub-path)');
    assert.equal(registration.script, new URL('sw.js', BASE_URL).href);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

    const build = await page.locator('meta[name="keuzehulp-build"]').getAttribute('content');
    assert.match(build, /^[0-9a-f]{16}$/, 'the build hash is stamped into index.html');
    // (main.js asks for its pack again once the worker controls the page.)
    const packCached = () => page.evaluate(async () => Boolean(await caches.match('pkg-site/content-nl.txt')));
    for (let waited = 0; !(await packCached()) && waited < 15000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // (Time for a warm-up, were it asked for: the page is idle by now.)
    await page.waitForTimeout(2000);
    const cached = await cacheContents(page);
    assert.deepEqual(Object.keys(cached), [`keuzehulp-${build}`], 'one cache, named after this build; the stale one is gone');
    const urls = (files) => files.map((f) => new URL(f, BASE_URL).href).sort();
    assert.deepEqual(cached[`keuzehulp-${build}`], urls([...SHELL, 'pkg-site/content-nl.txt']),
      `exactly the app shell and the Dutch texts (this visit downloaded no English; Save-Data: no warm-up): ${JSON.stringify(cached)}`);

    // Offline: a reload and the way to the advice.
    await context.setOffline(true);
    const errorsBefore = app.consoleErrors.length;
    const offlineCheck = await page.evaluate((url) => fetch(url).then(() => 'online', () => 'offline'), new URL('privacy.html', BASE_URL).href);
    assert.equal(offlineCheck, 'offline', 'pages outside the shell need the network (and it is off)');
    // (That failed request and its console message were on purpose.)
    app.failedRequests = app.failedRequests.filter((r) => !r.includes('privacy.html'));
    const expected = app.consoleErrors.splice(errorsBefore);
    assert.ok(expected.every((m) => m.includes('ERR_INTERNET_DISCONNECTED')), expected.join('\n'));

    const response = await page.reload({ waitUntil: 'load' });
    assert.ok(response?.fromServiceWorker(), 'the reload came from the service worker');
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    await reachResults(page, 'offline reload');

    // A second visit (a new tab) with other answers.
    const second = await context.newPage();
    const errors = [];
    second.on('pageerror', (e) => errors.push(String(e)));
    second.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const secondResponse = await second.goto(new URL(`#${SECOND}&stap=controle`, BASE_URL).href, { waitUntil: 'load' });
    assert.ok(secondResponse?.fromServiceWorker(), 'the second visit came from the service worker');
    await second.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    await reachResults(second, 'offline second visit');
    assert.match(await second.locator('.kh-results').innerText(), /./);
    assert.deepEqual(errors, [], 'no errors on the second visit');

    // Still only the shell and the pack: no URL with answers or a query was cached.
    const after = await cacheContents(page);
    assert.deepEqual(after, cached, 'nothing was added to the cache while using the app');
    for (const url of Object.values(after).flat()) assert.ok(!/[#?]/.test(url), `cached URL without answers: ${url}`);

    // English was never downloaded: offline, switching says so and Dutch stays.
    // (Some Chromium builds let a service worker's own fetch through the
    // offline emulation; the route holds it back as a network without
    // connection would.)
    const englishPack = '**/pkg-site/content-en.txt';
    await context.route(englishPack, (route) => route.abort('internetdisconnected'));
    const errorsBeforeSwitch = app.consoleErrors.length;
    await page.getByRole('button', { name: 'Read in English' }).click();
    const alert = page.locator('#keuzehulp-app [role="alert"]', { hasText: 'De Engelse tekst kon niet worden geladen' });
    await alert.waitFor({ timeout: 10000 });
    assert.equal(await page.locator('#keuzehulp-app h1').innerText(), 'Jouw advies', 'still the advice, in Dutch');
    assert.ok(await page.locator('.kh-card').count() >= 1, 'the advice is still there');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    app.failedRequests = app.failedRequests.filter((r) => !r.includes('content-en.txt'));
    const switchErrors = app.consoleErrors.splice(errorsBeforeSwitch);
    assert.ok(switchErrors.every((m) => /ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(m)), switchErrors.join('\n'));

    // Online again: the switch works, and the English texts are kept for next time.
    await context.unroute(englishPack);
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.waitForFunction(() => document.querySelector('#keuzehulp-app h1')?.textContent.trim() === 'Your advice');
    await adviceComplete(page);
    assert.equal(await alert.count(), 0, 'the message is gone');
    const withEnglish = await cacheContents(page);
    assert.deepEqual(withEnglish[`keuzehulp-${build}`], urls([...SHELL, 'pkg-site/content-nl.txt', 'pkg-site/content-en.txt']));
    await app.assertClean();
  } finally {
    await context.setOffline(false).catch(() => {});
    await app.close();
  }
});

/** The URLs of `files` that `page`'s worker cache does not hold yet. */
async function missing(page, files) {
  const cached = Object.values(await cacheContents(page)).flat();
  return files.filter((f) => !cached.includes(new URL(f, BASE_URL).href));
}

/** Wait until the background warm-up has put every file of WARM_UP into the cache. */
async function warmedUp(page) {
  let left = await missing(page, WARM_UP);
  for (let waited = 0; left.length > 0 && waited < 60000; waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
    left = await missing(page, WARM_UP);
  }
  assert.deepEqual(left, [], 'the warm-up kept every file');
}

/**
 * A first visit, until the worker controls the page (and, unless `save`
 * emulates Save-Data, its background warm-up is done, so that it does not
 * race a test); with helpers for the worker's cache.
 */
async function controlled({ save = false } = {}) {
  // (With Save-Data: set on a page without the app, before the app's first load.)
  const app = await openApp(browser, save ? { path: 'privacy.html', waitForApp: false } : { path: '' });
  const { page } = app;
  if (save) {
    await saveData(page);
    await page.goto(BASE_URL, { waitUntil: 'load' });
    await page.waitForSelector('html[data-keuzehulp]', { timeout: 15000 });
  }
  assert.equal(await app.appState(), 'ready');
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15000 });
  if (!save) await warmedUp(page);
  const build = await page.locator('meta[name="keuzehulp-build"]').getAttribute('content');
  const cacheName = `keuzehulp-${build}`;
  /** SHA-256 of `file` in the worker's cache (null: not there). */
  app.cached = (file) => page.evaluate(async ([name, u]) => {
    const r = await (await caches.open(name)).match(u);
    if (!r) return null;
    const h = await crypto.subtle.digest('SHA-256', await r.arrayBuffer());
    return Array.from(new Uint8Array(h), (b) => b.toString(16).padStart(2, '0')).join('');
  }, [cacheName, new URL(file, BASE_URL).href]);
  /** SHA-256 of `file` as the server has it (a query: past the worker). */
  app.served = (file) => page.evaluate(async (u) => {
    const h = await crypto.subtle.digest('SHA-256', await (await fetch(`${u}?direct`, { cache: 'no-store' })).arrayBuffer());
    return Array.from(new Uint8Array(h), (b) => b.toString(16).padStart(2, '0')).join('');
  }, new URL(file, BASE_URL).href);
  /** Put `body` into the worker's cache as `file`. */
  app.plant = (file, body, type) => page.evaluate(async ([name, u, b, t]) => {
    await (await caches.open(name)).put(u, new Response(b, { headers: { 'content-type': t } }));
  }, [cacheName, new URL(file, BASE_URL).href, body, type]);
  return app;
}

test(`another build's content pack in the cache is dropped and fetched again; the language switch works (${BASE_URL})`, async () => {
  // Issue 21.2: the worker stored packs unchecked, so after a deploy the
  // cache could hold the old build's content-en.txt, which the wasm refuses.
  const app = await controlled();
  const { page } = app;
  try {
    await app.plant('pkg-site/content-en.txt', 'keuzehulp-pack 1\nfingerprint 0000\n', 'text/plain');
    assert.notEqual(await app.cached('pkg-site/content-en.txt'), await app.served('pkg-site/content-en.txt'));
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10000 });
    assert.equal((await page.locator('#keuzehulp-app h1').innerText()).trim(), 'Work stress choice aid');
    assert.equal(await page.locator('#keuzehulp-app [role="alert"]').count(), 0, 'no "could not be loaded" message');
    assert.equal(await app.cached('pkg-site/content-en.txt'), await app.served('pkg-site/content-en.txt'), 'the cache holds this build\'s English pack');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test(`a main.js another page of the origin put into the cache does not run (${BASE_URL})`, async () => {
  // Issue 21.4: on <owner>.github.io every repository of the owner shares the
  // origin and its Cache Storage; the worker served whatever was cached.
  const app = await controlled();
  const { page } = app;
  try {
    const good = await app.cached('main.js');
    assert.equal(good, await app.served('main.js'), 'the worker cached main.js as served');
    await app.plant('main.js', "document.documentElement.dataset.tampered = '1';", 'text/javascript');
    assert.notEqual(await app.cached('main.js'), good);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-keuzehulp]', { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.tampered ?? null), null, 'the changed main.js did not run');
    assert.equal(await app.appState(), 'ready');
    assert.equal(await app.cached('main.js'), good, 'the cache holds this build\'s main.js again');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

// A first visit downloads each file once (issue 29: the English pack came
// twice): the worker, installing and then keeping the page's pack, takes the
// copies the page has just downloaded from the HTTP cache (checked against
// the build's digests), not from the server again. (A context of its own,
// without request routing: routing switches the HTTP cache off.)
test(`a first visit downloads the pack and the app once, also in English (${BASE_URL})`, async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(BASE_URL, { waitUntil: 'load' });
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15000 });
    const packCached = () => page.evaluate(async () => Boolean(await caches.match('pkg-site/content-en.txt')));
    for (let waited = 0; !(await packCached()) && waited < 15000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(await packCached(), 'the worker keeps the English pack');
    const [worker] = context.serviceWorkers();
    assert.ok(worker, 'the service worker runs');
    const fetched = await worker.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => ({ url: e.name, transferSize: e.transferSize, size: e.decodedBodySize })));
    // (index.html too, but the page was opened as ./, another URL to the HTTP cache.)
    const files = ['app.css', 'main.js', 'pkg-site/keuzehulp.js', 'pkg-site/keuzehulp_bg.wasm', 'pkg-site/content-en.txt'];
    for (const file of files) {
      const url = new URL(file, BASE_URL).href;
      const entries = fetched.filter((e) => e.url === url);
      assert.ok(entries.length > 0, `the worker asked for ${file}: ${JSON.stringify(fetched)}`);
      for (const e of entries) {
        assert.equal(e.transferSize, 0, `${file} came from the HTTP cache, not a second download: ${JSON.stringify(e)}`);
        assert.ok(e.size > 0, `${file} has its bytes`);
      }
    }
  } finally {
    await context.close();
  }
});

test(`a stored response's own headers are never served: right bytes with a Refresh header do not redirect (${BASE_URL})`, async () => {
  // Issue 28.2: a page of another repository on the same github.io origin
  // put index.html's right bytes into our cache with `Refresh: 0;url=…` (and
  // a wrong type); the worker checked the body only and served it as stored.
  const app = await controlled();
  const { page } = app;
  try {
    const url = new URL('index.html', BASE_URL).href;
    await page.evaluate(async ([name, u]) => {
      const bytes = await (await fetch(`${u}?direct`, { cache: 'no-store' })).arrayBuffer();
      await (await caches.open(name)).put(u, new Response(bytes, {
        headers: { 'content-type': 'text/plain', refresh: '0;url=https://example.invalid/fake-crisis-line', 'content-disposition': 'attachment' },
      }));
    }, [`keuzehulp-${await page.locator('meta[name="keuzehulp-build"]').getAttribute('content')}`, url]);
    assert.equal(await app.cached('index.html'), await app.served('index.html'), 'the planted bytes are the right ones');
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.ok(response.fromServiceWorker());
    const headers = await response.allHeaders();
    assert.equal(headers.refresh, undefined, 'no Refresh header');
    assert.equal(headers['content-disposition'], undefined, 'no Content-Disposition header');
    assert.equal(headers['content-type'], 'text/html; charset=utf-8');
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    await page.waitForTimeout(500); // (a Refresh of 0 s would have left by now)
    assert.equal(page.url(), url, 'not redirected');
    assert.deepEqual(app.foreignRequests, [], 'nothing asked of another origin');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test(`a damaged index.html in the cache is kept while the network is down, and replaced once it is back (${BASE_URL})`, async () => {
  // Issue 28.8: the worker deleted a damaged entry before it tried the network.
  const app = await controlled();
  const { page, context } = app;
  // A second page of the site, to look into the cache while the first one has none.
  const observer = await context.newPage();
  try {
    await observer.goto(new URL('privacy.html', BASE_URL).href, { waitUntil: 'load' });
    const good = await app.served('index.html');
    await app.plant('index.html', '<!doctype html><title>not ours</title>', 'text/html');
    const damaged = await app.cached('index.html');
    assert.notEqual(damaged, good);
    const lookAtCache = () => observer.evaluate(async (u) => {
      const r = await caches.match(u);
      if (!r) return null;
      const h = await crypto.subtle.digest('SHA-256', await r.arrayBuffer());
      return Array.from(new Uint8Array(h), (b) => b.toString(16).padStart(2, '0')).join('');
    }, new URL('index.html', BASE_URL).href);
    // Offline (the route also holds back the worker's own fetch).
    await context.setOffline(true);
    await context.route('**/index.html', (route) => route.abort('internetdisconnected'));
    const offline = await page.goto(new URL('index.html', BASE_URL).href).then(() => 'loaded', (e) => String(e));
    assert.match(offline, /ERR_INTERNET_DISCONNECTED|ERR_FAILED/, 'the damaged copy is never served');
    assert.equal(await lookAtCache(), damaged, 'the entry is kept (not deleted before a good copy arrives)');
    // Online again: a good copy replaces it.
    await context.unroute('**/index.html');
    await context.setOffline(false);
    const response = await page.goto(new URL('index.html', BASE_URL).href, { waitUntil: 'load' });
    assert.ok(response.fromServiceWorker());
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    assert.equal(await lookAtCache(), good, 'this build\'s index.html is cached again');
  } finally {
    await context.setOffline(false).catch(() => {});
    await app.close();
  }
});

test(`with Save-Data: plan.html, the overview and embed.html work offline after one visit of each (${BASE_URL})`, async () => {
  const app = await controlled({ save: true });
  const { page, context } = app;
  const planUrl = new URL(`plan.html#${FIRST}&stap=plan`, BASE_URL).href;
  try {
    const build = await page.locator('meta[name="keuzehulp-build"]').getAttribute('content');
    // Offline before any visit of plan.html: never the browser's offline page,
    // but its own loading state with the crisis line, then a message.
    await context.setOffline(true);
    await context.route('**/pkg-widget-plan/**', (route) => route.abort('internetdisconnected'));
    const early = await page.goto(planUrl, { waitUntil: 'load' });
    assert.ok(early.fromServiceWorker(), 'plan.html is in the shell');
    assert.equal(await page.locator('#keuzehulp-app a[href="tel:113"]').first().isVisible(), true);
    await page.locator('#keuzehulp-app [role="alert"] a[href="tel:113"]').first().waitFor({ timeout: 15000 });
    app.failedRequests.length = 0;
    app.consoleErrors.length = 0;
    await context.unroute('**/pkg-widget-plan/**');
    await context.setOffline(false);

    // One visit of each page online …
    for (const path of [planUrl, 'overzicht.html', 'overview.html', 'embed.html?lang=en']) {
      await page.goto('about:blank'); // (the same URL again would only change the fragment)
      await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
      if (path !== 'overzicht.html' && path !== 'overview.html') {
        await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
      }
    }
    const cached = (await cacheContents(page))[`keuzehulp-${build}`];
    // (overview-nojs.css is loaded only without JavaScript.)
    for (const f of ON_USE.filter((x) => x !== 'overview-nojs.css')) {
      assert.ok(cached.includes(new URL(f, BASE_URL).href), `${f} is kept after its page was used`);
    }
    // … and offline they work.
    await context.setOffline(true);
    await page.goto('about:blank');
    const plan = await page.goto(planUrl, { waitUntil: 'load' });
    assert.ok(plan.fromServiceWorker(), 'plan.html from the worker');
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    assert.equal((await page.locator('#keuzehulp-app h1').innerText()).trim(), 'Jouw plan');
    for (const file of ['overzicht.html', 'overview.html']) {
      const r = await page.goto(new URL(file, BASE_URL).href, { waitUntil: 'load' });
      assert.ok(r.fromServiceWorker(), `${file} from the worker`);
      assert.ok(await page.locator('.kh-ov-item').count() > 0, `${file}: the items`);
      assert.equal(await page.evaluate(() => [...document.styleSheets].length > 0), true, `${file}: styled`);
    }
    const embed = await page.goto(new URL('embed.html?lang=en&theme=light', BASE_URL).href, { waitUntil: 'load' });
    assert.ok(embed.fromServiceWorker(), 'embed.html (with another query) from the worker');
    await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // Still no URL with a query in the cache, and with Save-Data nothing the pages did not use.
    for (const url of Object.values(await cacheContents(page)).flat()) assert.ok(!/[#?]/.test(url), url);
    assert.deepEqual(await missing(page, ['studio.html', 'pkg-studio/keuzehulp_bg.wasm', 'werkgevers.html']),
      ['studio.html', 'pkg-studio/keuzehulp_bg.wasm', 'werkgevers.html'], 'no warm-up with Save-Data');
  } finally {
    await context.setOffline(false).catch(() => {});
    await app.close();
  }
});

test(`after one visit of the start page, every page of the site works offline, with the crisis line; the studio after its own visit (${BASE_URL})`, async () => {
  // Issue 28: "plan.html, the overview and embed.html work offline after one
  // visit of the site", not of each page: the worker fetches the rest in the
  // background once the first visit is idle.
  const app = await openApp(browser, { path: '' });
  const { page, context } = app;
  try {
    assert.equal(await app.appState(), 'ready');
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15000 });
    // Only this page was opened: the rest came in the background.
    assert.deepEqual(app.requests.filter((u) => /\.html|pkg-(widget|studio)/.test(u) && !u.endsWith('/index.html')), [],
      'the page itself asked for no other page');
    await warmedUp(page);
    // Not the rules studio: about 260 KB that a worker on a phone never needs.
    assert.deepEqual(await missing(page, STUDIO), STUDIO, 'the warm-up leaves the studio alone');
    // The studio works offline after its own visit (and its answer-space
    // check's worker then loads its wasm from the cache too).
    await page.goto(new URL('studio.html', BASE_URL).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-studio="ready"]', { timeout: 30000 });
    // (studio.js asks the worker to keep the studio's files, the check's
    // worker too, which is only fetched when a check starts.)
    for (let waited = 0; (await missing(page, STUDIO)).length > 0 && waited < 60000; waited += 200) {
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.deepEqual(await missing(page, STUDIO), [], 'after its visit, the studio\'s files are kept');
    const errorsBefore = app.consoleErrors.length;
    await context.setOffline(true);
    // (Some Chromium builds let a service worker's own fetch through the
    // offline emulation: the route holds everything of ours back as a
    // network without connection would.)
    await context.route(`${BASE_URL}**`, (route) => route.abort('internetdisconnected'));
    const open = async (path) => {
      await page.goto('about:blank');
      const response = await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
      assert.ok(response?.fromServiceWorker(), `${path} from the worker`);
      return response;
    };
    const crisisLine = async (where) => {
      const link = page.locator('a[href="tel:113"]:visible').first();
      await link.waitFor({ timeout: 15000 });
      assert.ok(await link.isVisible(), `${where}: the crisis line`);
    };

    await open(`plan.html#${FIRST}&stap=plan`);
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    assert.equal((await page.locator('#keuzehulp-app h1').innerText()).trim(), 'Jouw plan');
    await crisisLine('plan.html');

    await open('overzicht.html');
    assert.ok(await page.locator('.kh-ov-item').count() > 0, 'overzicht.html: the items');
    await crisisLine('overzicht.html');

    await open('embed.html');
    await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
    assert.ok(await page.locator('#keuzehulp-embed h1').count() > 0, 'embed.html: the app');
    await crisisLine('embed.html');

    await open('werkgevers.html');
    assert.equal(await page.locator('h1').innerText(), 'Voor werkgevers en HR');
    await page.locator('#kh-hr-copy').waitFor(); // (employers.js ran)
    await crisisLine('werkgevers.html');

    // The studio (visited once above), and its answer-space check: the
    // check's own worker (studio-worker.js) loads its wasm from the cache too.
    await open('studio.html');
    await page.waitForSelector('html[data-studio="ready"]', { timeout: 30000 });
    await page.locator('#ks-summary').filter({ hasText: /Geen fouten/ }).waitFor();
    // (The studio has no crisis line of its own: it is a tool for rule
    // experts; its preview of the advice, drawn by its wasm, has one.)
    assert.ok(await page.locator('#ks-advice a[href="tel:113"]').count() > 0, 'studio.html: the preview, with the crisis line');
    await page.locator('#ks-run-space').click();
    await page.waitForFunction(() => Number(document.getElementById('ks-space-progress')?.getAttribute('value')) >= 1
      || /combinaties/.test(document.getElementById('ks-space-status')?.textContent ?? ''), null, { timeout: 60000 });
    assert.doesNotMatch(await page.locator('#ks-space-status').innerText(), /worker|fout|error/i, 'the check runs offline');

    const offlineErrors = app.consoleErrors.slice(errorsBefore);
    assert.deepEqual(offlineErrors, [], 'no errors offline');
    assert.deepEqual(app.failedRequests, [], 'no failed requests offline');
  } finally {
    await context.unroute(`${BASE_URL}**`).catch(() => {});
    await context.setOffline(false).catch(() => {});
    await app.close();
  }
});

test(`with Save-Data the first visit asks for no background warm-up (${BASE_URL})`, async () => {
  const app = await controlled({ save: true });
  const { page } = app;
  try {
    await page.waitForTimeout(3000); // (the page has been idle long enough)
    assert.deepEqual(await missing(page, WARM_UP.filter((f) => f !== 'pkg-site/content-nl.txt')),
      WARM_UP.filter((f) => f !== 'pkg-site/content-nl.txt'), 'nothing but the shell and this visit\'s pack');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test(`a worker of another script registered for our scope is replaced by ours (${BASE_URL})`, async () => {
  // Issue 28.2: a same-origin page registered embed-theme.js (a module) as the
  // worker for our folder, and another for a part of it (the overview).
  const app = await openApp(browser, { path: 'privacy.html', waitForApp: false });
  const { page, context } = app;
  try {
    // The other repository's page (no CSP of ours).
    await context.route('**/other-repository.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>other</title>' }));
    await page.goto(new URL('other-repository.html', BASE_URL).href);
    const foreign = new URL('embed-theme.js', BASE_URL).href;
    await page.evaluate(async ([script, scope]) => {
      await navigator.serviceWorker.register(script, { type: 'module', scope });
      await navigator.serviceWorker.register(script, { type: 'module', scope: `${scope}over` });
      await navigator.serviceWorker.ready;
    }, [foreign, BASE_URL]);
    await page.goto(BASE_URL, { waitUntil: 'load' });
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    const ours = new URL('sw.js', BASE_URL).href;
    await page.waitForFunction((script) => navigator.serviceWorker.controller?.scriptURL === script, ours, { timeout: 15000 });
    const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations())
      .map((r) => ({ scope: r.scope, script: (r.installing || r.waiting || r.active)?.scriptURL })));
    assert.deepEqual(registrations, [{ scope: BASE_URL, script: ours }], 'only ours is left');
    app.consoleErrors.length = 0;
  } finally {
    await app.close();
  }
});

test(`a waiting new worker takes over at the next reload (${BASE_URL})`, async () => {
  // Issue 28.9: after a deploy the new worker waited until every tab was
  // closed, so the "reload" advice could not help. (A "new deploy" here:
  // sw.js under another URL, sw.js?v=2, which installs next to the old one.)
  const app = await controlled();
  const { page } = app;
  try {
    const next = new URL('sw.js?v=2', BASE_URL).href;
    const waiting = await page.evaluate(async (url) => {
      const r = await navigator.serviceWorker.register(url);
      const w = r.installing || r.waiting;
      if (!w) return 'no new worker';
      if (w.state !== 'installed') {
        await new Promise((resolve) => { w.addEventListener('statechange', () => { if (w.state !== 'installing') resolve(); }); });
      }
      return r.waiting === w ? 'waiting' : w.state;
    }, next);
    assert.equal(waiting, 'waiting', 'the new worker waits while this tab runs the old one');
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    await page.waitForFunction((url) => navigator.serviceWorker.controller?.scriptURL === url, next, { timeout: 10000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 10000 });
    await app.assertClean();
  } finally {
    await app.close();
  }
});
