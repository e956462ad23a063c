// Security and privacy, end to end (SECURITY.md):
//  - every HTML page of dist carries the strict Content-Security-Policy, with no
//    inline script, style or event handler (read from the served tree);
//  - the whole flow (start → every question → check → advice → language switch
//    → share → print) causes no CSP violation and nothing leaves the device: no
//    request to another origin or outside the app's own files, no cookie, no
//    localStorage/sessionStorage entry, no IndexedDB database, no Cache Storage
//    entry other than the app's own files;
//  - links: https:, tel:, mailto:, same-origin relative or #fragment only, and
//    target=_blank always with rel="noopener noreferrer";
//  - failure is friendly: a wasm that cannot load, a panic (the `test-hooks`
//    build in target/dist-test-hooks, served by xtask at KEUZEHULP_TEST_HOOKS_URL) and
//    a browser without JavaScript all leave a message with the crisis line;
//  - the privacy and accessibility statements load cleanly with no axe violation.
// Runs once per BASE_URL (`cargo xtask test`; with CI set also at /keuzehulp/).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startBrowser, formatViolations, BASE_URL, PHONE, adviceComplete } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The dist folder being served (xtask sets DIST_DIR; by hand: the repo's dist/). */
const DIST = process.env.DIST_DIR || join(here, '..', '..', 'dist');
/** The build with the `test-hooks` feature (a panic on #kh-test-panic), if served. */
const HOOKS_URL = (() => {
  const u = process.env.KEUZEHULP_TEST_HOOKS_URL;
  if (!u) return null;
  const url = new URL(u.endsWith('/') ? u : `${u}/`);
  // Serve it at the same path as BASE_URL (xtask serves both trees at / and /keuzehulp/).
  return new URL(new URL(BASE_URL).pathname, url.origin).href;
})();

const FULL = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=acuut&factoren=werkdruk,agressie';
const ANSWERS = [
  ['rol', 'werknemer'], ['sector', 'zorg-welzijn'], ['omvang', 'groot'],
  ['niveau', 'individu'], ['fase', 'acuut'], ['factoren', 'werkdruk', 'agressie'],
];
/** What would betray the answers in a URL, a cookie or a cache key. */
const ANSWER_MARKERS = [
  ...new Set(ANSWERS.flatMap(([q, ...os]) => [`${q}=`, ...os])), 'stap=', 'taal=', 'advies', 'controle',
];
const CRISIS_TEL = ['tel:113', 'tel:08000113', 'tel:112'];

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

// ------------------------------------------------------------------ helpers

/** All files below dist, as `/`-separated relative paths. */
function distFiles(dir = DIST) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...distFiles(path));
    else out.push(relative(DIST, path).split(sep).join('/'));
  }
  return out;
}

/** Does this same-origin URL name a file of dist (a folder means its index.html)? */
function isAppFile(url, files, base) {
  const u = new URL(url);
  if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return false;
  let rel = decodeURIComponent(u.pathname.slice(base.pathname.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return files.includes(rel);
}

/**
 * Open `path` below `baseUrl` in a fresh context and record everything that
 * matters for privacy and the CSP, across navigations and reloads:
 * CSP violations (securitypolicyviolation events, via an init script and a
 * binding) and console messages about the Content Security Policy; every
 * request and web socket; page errors and console errors.
 */
async function openWatched(baseUrl, path = '', { javaScriptEnabled = true, contextOptions = {}, wait = true } = {}) {
  const base = new URL(baseUrl);
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', javaScriptEnabled, ...contextOptions });
  const s = {
    context, base, csp: [], requests: [], foreign: [], sockets: [], pageErrors: [], consoleErrors: [], consoleAll: [],
  };
  // Nothing may reach another origin, not even by accident of a failing test.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:/.test(url) && new URL(url).origin !== base.origin) {
      s.foreign.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('request', (req) => s.requests.push({ url: req.url(), method: req.method(), body: req.postData() }));
  const page = await context.newPage();
  s.page = page;
  await page.exposeBinding('__khReportCsp', (_source, v) => { s.csp.push(v); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber}`;
      window.__cspViolations.push(v);
      window.__khReportCsp?.(v);
    }, true);
  });
  page.on('console', (msg) => {
    const text = msg.text();
    s.consoleAll.push(`${msg.type()}: ${text}`);
    if (/Content[- ]Security[- ]Policy/i.test(text)) s.csp.push(`console: ${text}`);
    if (msg.type() === 'error') s.consoleErrors.push(text);
  });
  page.on('pageerror', (err) => s.pageErrors.push(String(err)));
  page.on('websocket', (ws) => s.sockets.push(ws.url()));
  s.url = new URL(path, baseUrl).href;
  const res = await page.goto(s.url, { waitUntil: 'load' });
  assert.equal(res?.status(), 200, `GET ${s.url}`);
  if (wait && javaScriptEnabled) await page.waitForSelector('html[data-keuzehulp]', { timeout: 15000 });
  s.close = () => context.close();
  return s;
}

/** Fail on any CSP violation seen so far (events of every page load, console reports). */
async function assertNoCspViolation(s, where) {
  const live = await s.page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
  const all = [...new Set([...s.csp, ...live])];
  assert.deepEqual(all, [], `CSP violations ${where}`);
}

/** Fail unless every request went to one of the app's own files, by GET, without the answers. */
function assertOnlyAppFiles(s, where) {
  const files = distFiles();
  assert.deepEqual(s.foreign, [], `requests to other origins ${where}`);
  assert.deepEqual(s.sockets, [], `web sockets ${where}`);
  const bad = s.requests.filter(({ url, method, body }) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    if (!/^https?:/.test(url)) return true;
    return !['GET', 'HEAD'].includes(method) || body
      || !isAppFile(url, files, s.base)
      || ANSWER_MARKERS.some((m) => decodeURIComponent(new URL(url).search).includes(m));
  });
  assert.deepEqual(bad.map((r) => `${r.method} ${r.url}`), [], `requests other than GETs of the app's own files ${where}`);
}

/** No cookie, no web storage, no IndexedDB, no Cache Storage entry but the app's own files. */
async function assertNothingStored(s, where) {
  assert.deepEqual(await s.context.cookies(), [], `cookies ${where}`);
  const files = distFiles();
  const stored = await s.page.evaluate(async () => {
    const out = {
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      idb: [],
      caches: [],
    };
    if (indexedDB.databases) out.idb = (await indexedDB.databases()).map((d) => d.name);
    if (self.caches) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) out.caches.push(req.url);
      }
    }
    return out;
  });
  assert.equal(stored.cookie, '', `document.cookie ${where}`);
  assert.deepEqual(stored.local, [], `localStorage ${where}`);
  assert.deepEqual(stored.session, [], `sessionStorage ${where}`);
  assert.deepEqual(stored.idb, [], `IndexedDB databases ${where}`);
  // A service worker may cache the app's own files; nothing with the answers or a fragment.
  const badCache = stored.caches.filter((url) => url.includes('#')
    || ANSWER_MARKERS.some((m) => decodeURIComponent(url).includes(m))
    || !isAppFile(url, files, s.base));
  assert.deepEqual(badCache, [], `Cache Storage entries other than the app's own files ${where}`);
}

/**
 * Every link: https:, tel:, mailto:, a same-origin relative link or a #fragment.
 * Every target=_blank: rel with noopener and noreferrer. Returns the number of links.
 */
async function assertSafeLinks(page, where) {
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href], area[href]')].map((a) => ({
    href: a.getAttribute('href'), resolved: a.href, target: a.getAttribute('target'),
    rel: (a.getAttribute('rel') || '').toLowerCase().split(/\s+/), text: a.textContent.trim().slice(0, 40),
  })));
  const origin = new URL(page.url()).origin;
  const bad = links.filter(({ href, resolved }) => {
    const h = href.trim();
    if (h.startsWith('#')) return false;
    if (/^(tel|mailto):/i.test(h)) return false;
    if (/^https:\/\//i.test(h)) return false;
    // Relative (no scheme, not protocol-relative) and resolving to this origin.
    return /^[a-z][a-z0-9+.-]*:/i.test(h) || h.startsWith('//') || new URL(resolved).origin !== origin;
  });
  assert.deepEqual(bad, [], `links with a forbidden href ${where}`);
  const blank = links.filter((l) => l.target && l.target.toLowerCase() === '_blank'
    && !(l.rel.includes('noopener') && l.rel.includes('noreferrer')));
  assert.deepEqual(blank, [], `target=_blank without rel="noopener noreferrer" ${where}`);
  return links.length;
}

async function axe(page, where, include) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  assert.equal(violations.length, 0, `axe on ${where}:\n${formatViolations(violations)}`);
}

/** The friendly failure message in #keuzehulp-app: the crisis line as links, both languages, a reload control. */
async function assertFailureMessage(page, where) {
  const alert = page.locator('#keuzehulp-app .kh-failure[role=alert]');
  await alert.waitFor({ state: 'visible', timeout: 15000 });
  const text = await alert.innerText();
  for (const t of ['113', '0800-0113', '112', 'Dat ligt niet aan jou']) assert.ok(text.includes(t), `${where}: "${t}" in\n${text}`);
  assert.ok(await alert.locator('[lang=en]').count() >= 1, `${where}: an English part`);
  // (The English crisis line, the app's own words: "Call 113 or 0800-0113 (both free) …".)
  assert.match(text, /[Cc]all 113/);
  for (const tel of CRISIS_TEL) assert.ok(await alert.locator(`a[href="${tel}"]`).count() >= 1, `${where}: ${tel}`);
  assert.equal(await page.locator('#keuzehulp-app .kh-reload').count(), 1, `${where}: one reload control`);
  assert.ok(await page.getByRole('button', { name: /Pagina opnieuw laden/ }).isVisible(), `${where}: the reload button`);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.keuzehulp), 'failed', `${where}: data-keuzehulp`);
  // Not a blank page: the message is all there is in the app root.
  assert.ok((await page.locator('#keuzehulp-app').innerText()).trim().length > 100, `${where}: the app root has the message`);
}

/** Click the reload control; the page really reloads and the app starts. */
async function reloadWorks(s, where) {
  const { page } = s;
  // Forget the way it failed (the answers in the URL are kept by a reload).
  await page.evaluate(() => { window.__khBeforeReload = true; });
  await Promise.all([page.waitForEvent('load'), page.locator('#keuzehulp-app .kh-reload').click()]);
  assert.equal(await page.evaluate(() => window.__khBeforeReload ?? false), false, `${where}: the page reloaded`);
  await page.waitForSelector('html[data-keuzehulp=ready]', { timeout: 15000 });
  assert.equal(await page.locator('#keuzehulp-app .kh-failure').count(), 0, `${where}: the app runs again`);
}

// ------------------------------------------------------------------ CSP in the HTML

const CSP_REFERENCE = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};
/** Fetch directives and what each falls back to when absent. */
const FALLBACK = {
  'script-src-elem': ['script-src', 'default-src'], 'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'], 'style-src-attr': ['style-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'], 'frame-src': ['child-src', 'default-src'],
  'script-src': ['default-src'], 'style-src': ['default-src'], 'child-src': ['default-src'],
  'connect-src': ['default-src'], 'font-src': ['default-src'], 'img-src': ['default-src'],
  'manifest-src': ['default-src'], 'media-src': ['default-src'], 'object-src': ['default-src'],
  'default-src': [],
};

function parseCsp(text) {
  const policy = {};
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !(name.toLowerCase() in policy)) policy[name.toLowerCase()] = sources;
  }
  return policy;
}

/** The sources that govern `directive` (after fallback); null = unrestricted. */
function effective(policy, directive) {
  for (const d of [directive, ...(FALLBACK[directive] ?? [])]) {
    if (policy[d]) {
      const list = policy[d].filter((x) => x !== "'none'");
      return list.length ? list : ["'none'"];
    }
  }
  return null;
}

/** Problems of a CSP compared with the reference (equal or tighter passes).
 *  `hashes`: the 'sha256-…' sources of the page's own inline scripts, which
 *  script-src may add (and nothing else). */
function cspProblems(text, hashes = []) {
  const problems = [];
  const policy = parseCsp(text);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*']) {
    if (Object.values(policy).some((list) => list.includes(bad))) problems.push(`allows ${bad}`);
  }
  for (const d of ['report-uri', 'report-to']) {
    if (policy[d]) problems.push(`${d} would send reports to a server`);
  }
  for (const d of Object.keys(FALLBACK)) {
    const allowed = effective(CSP_REFERENCE, d);
    const have = effective(policy, d);
    if (have === null) {
      problems.push(`${d} is unrestricted (no ${d} and no default-src)`);
    } else if (!(have.length === 1 && have[0] === "'none'")) {
      // (A hash allows that inline <script> only: no event handler attribute
      // without 'unsafe-hashes', no worker, which is loaded by URL.)
      const scripts = ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src'].includes(d) ? hashes : [];
      const extra = have.filter((x) => !allowed.includes(x) && !scripts.includes(x));
      if (extra.length) problems.push(`${d} allows ${extra.join(' ')} (at most: ${allowed.join(' ')})`);
    }
  }
  for (const d of ['base-uri', 'form-action']) {
    if (!policy[d] || policy[d].join(' ') !== "'none'") problems.push(`${d} must be 'none' (no fallback to default-src)`);
  }
  return problems;
}

test('the CSP checker accepts the reference and tighter policies, and rejects looser ones', () => {
  const reference = Object.entries(CSP_REFERENCE).map(([d, s]) => `${d} ${s.join(' ')}`).join('; ');
  assert.deepEqual(cspProblems(reference), []);
  assert.deepEqual(cspProblems("default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; object-src 'none'"), []);
  assert.ok(cspProblems(reference.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")).length);
  assert.ok(cspProblems(reference.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")).length);
  assert.ok(cspProblems(reference.replace("connect-src 'self'", 'connect-src *')).length);
  assert.ok(cspProblems(reference.replace("connect-src 'self'", "connect-src 'self' https://stats.example")).length);
  assert.ok(cspProblems(reference.replace("default-src 'self'", "default-src 'self' https:")).length, 'font-src falls back');
  assert.ok(cspProblems(reference.replace("; base-uri 'none'", '')).length);
  assert.ok(cspProblems(`${reference}; report-uri https://r.example/`).length);
  assert.ok(cspProblems("script-src 'self'").length, 'no default-src');
  const withHash = reference.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'sha256-abc='");
  assert.deepEqual(cspProblems(withHash, ["'sha256-abc='"]), [], 'the hash of the page\'s own inline script');
  assert.ok(cspProblems(withHash, ["'sha256-xyz='"]).length, 'a hash of no script of the page');
});

test(`every HTML page in dist carries the strict CSP and nothing inline (${BASE_URL})`, async () => {
  const pages = distFiles().filter((f) => f.endsWith('.html'));
  assert.ok(pages.includes('index.html'), `no index.html in ${DIST}`);
  for (const page of ['privacy.html', 'toegankelijkheid.html']) assert.ok(pages.includes(page), `${page} is in dist`);
  for (const file of pages) {
    // The served tree: what a visitor gets.
    const res = await fetch(new URL(file, BASE_URL));
    assert.equal(res.status, 200, `GET ${file}`);
    const html = await res.text();
    assert.equal(html, readFileSync(join(DIST, file), 'utf8'), `${file}: the served file is the one in ${DIST}`);
    const metas = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi)];
    assert.equal(metas.length, 1, `${file}: one CSP <meta>`);
    const content = metas[0][0].match(/\bcontent\s*=\s*"([^"]*)"/i)?.[1];
    assert.ok(content, `${file}: the CSP <meta> has a content`);
    // An inline script only by the SHA-256 of its exact text (xtask/src/inline.rs),
    // and small: index.html's and embed.html's, which set the language (and
    // index.html's the share link's opening state) before the first paint.
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1]));
    const hashes = inline.map((m) => `'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`);
    assert.ok(inline.length <= (['index.html', 'embed.html'].includes(file) ? 1 : 0), `${file}: ${inline.length} inline scripts`);
    for (const m of inline) assert.ok(m[2].length < 1000, `${file}: an inline script of ${m[2].length} characters`);
    assert.deepEqual(cspProblems(content, hashes), [], `${file}: CSP "${content}"`);
    for (const h of hashes) assert.ok(parseCsp(content)['script-src'].includes(h), `${file}: the CSP allows its inline script (${h})`);
    // The policy only covers what comes after it: it must precede every script, style and link.
    const first = html.search(/<(script|style|link|img|base|iframe|object|embed)\b/i);
    assert.ok(first === -1 || metas[0].index < first, `${file}: the CSP <meta> comes before any <script>, <link> or <style>`);
    assert.ok(metas[0].index < html.search(/<\/head>/i), `${file}: the CSP <meta> is in <head>`);
    assert.match(html, /<meta\s+name="referrer"\s+content="no-referrer">/, `${file}: <meta name="referrer" content="no-referrer">`);
    // No other inline script.
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      if (/\bsrc\s*=/i.test(m[1])) assert.equal(m[2].trim(), '', `${file}: <script src> with content`);
    }
    assert.doesNotMatch(html, /<style\b/i, `${file}: a <style> element`);
    assert.doesNotMatch(html, /<[a-z][^>]*\sstyle\s*=/i, `${file}: a style= attribute`);
    assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+\s*=/i, `${file}: an on…= event handler attribute`);
    assert.doesNotMatch(html, /javascript:/i, `${file}: a javascript: URL`);
  }
});

// ------------------------------------------------------------------ the whole flow

test(`the whole flow: no CSP violation, nothing leaves the device, safe links (${BASE_URL})`, async () => {
  const s = await openWatched(BASE_URL, '', { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  const { page } = s;
  let links = 0;
  try {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.keuzehulp), 'ready');
    links += await assertSafeLinks(page, 'on the start page');
    await page.getByRole('button', { name: 'Start' }).click();

    // Every question, with the answers in ANSWERS.
    for (const [q, ...options] of ANSWERS) {
      await page.waitForSelector(`fieldset [name="${q}"]`);
      for (const o of options) await page.locator(`label[for="kh-${q}-${o}"]`).click();
      links += await assertSafeLinks(page, `on question ${q}`);
      await page.getByRole('button', { name: 'Volgende' }).click();
      if (options.includes('acuut')) {
        // Acute: the 'Hulp nu' page, its links checked too, then on with the wizard.
        await page.getByRole('heading', { level: 1, name: 'Hulp nu' }).waitFor();
        links += await assertSafeLinks(page, 'on Hulp nu');
        await page.getByRole('link', { name: 'Werkadvies voor later' }).click();
      }
    }

    // Check your answers.
    await page.waitForFunction(() => document.title.startsWith('Kloppen je antwoorden?'));
    links += await assertSafeLinks(page, 'on the check page');
    await page.getByRole('button', { name: 'Bekijk je advies' }).click();

    // The advice, every folded part open.
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
    assert.equal(new URL(page.url()).hash, `#${FULL}&stap=advies`);
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    const resultLinks = await assertSafeLinks(page, 'on the results page');
    assert.ok(resultLinks >= 5, `the results page has links (${resultLinks})`);
    assert.ok(await page.locator('#keuzehulp-app a[target=_blank]').count() >= 1, 'external links open in a new window');
    links += resultLinks;

    // Language switch, and the English advice.
    await page.locator('.kh-lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    links += await assertSafeLinks(page, 'on the English results page');

    // Share: the link goes to the clipboard, and nowhere else.
    await page.getByRole('button', { name: 'Share this link' }).click();
    await page.waitForFunction(() => document.querySelector('.kh-share__status')?.textContent.length > 0);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());

    // Print (emulated: the print dialog cannot be driven headless).
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.kh-share__print').isVisible(), 'the print view shows the link');
    await page.emulateMedia({ media: 'screen' });

    // Back to Dutch, and a reload of the advice (a second page load, watched as well).
    await page.locator('.kh-lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    await page.reload();
    await page.waitForSelector('html[data-keuzehulp=ready]');
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
    // Give a service worker, if any, the time to settle before looking at the caches.
    await page.evaluate(() => Promise.race([
      navigator.serviceWorker?.getRegistrations().then((r) => (r.length ? navigator.serviceWorker.ready : null)),
      new Promise((ok) => setTimeout(ok, 3000)),
    ]));

    await assertNoCspViolation(s, 'during the walk');
    assertOnlyAppFiles(s, 'during the walk');
    await assertNothingStored(s, 'after the walk');
    assert.deepEqual(s.pageErrors, [], 'uncaught errors');
    assert.deepEqual(s.consoleErrors, [], 'console errors');
    assert.ok(s.requests.some((r) => r.url.endsWith('.wasm')), 'the wasm was loaded (the watch works)');
    assert.ok(links > 10, `links were checked (${links})`);
  } finally {
    await s.close();
  }
});

test('the watch itself works: it catches a CSP violation, a bad link, stored data and a foreign request', async () => {
  const s = await openWatched(BASE_URL);
  const { page } = s;
  try {
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.gif';
      img.alt = '';
      document.body.append(img);
    });
    await page.waitForFunction(() => window.__cspViolations.length > 0);
    await assert.rejects(assertNoCspViolation(s, 'probe'), /CSP violations/);
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'javascript:void(0)';
      a.textContent = 'x';
      document.body.append(a);
      localStorage.setItem('answers', 'rol=werknemer');
    });
    await assert.rejects(assertSafeLinks(page, 'probe'), /forbidden href/);
    await assert.rejects(assertNothingStored(s, 'probe'), /localStorage/);
    await page.evaluate(() => localStorage.clear());
    // A navigation is not subject to the CSP: the route refuses it, the watch records it.
    await page.goto('https://tracker.example/?rol=werknemer').catch(() => {});
    assert.throws(() => assertOnlyAppFiles(s, 'probe'), /other origins/);
  } finally {
    await s.close();
  }
});

// ------------------------------------------------------------------ failure

// The wasm, or the texts (the content pack): missing, cut off, or of another build.
const OTHER_BUILD_PACK = 'keuzehulp-content 3 nl 0000000000000000 1 0000000000000000\nWrong';
for (const [what, pattern, how] of [
  ['wasm', /\.wasm(\?|$)/, '404'],
  ['wasm', /\.wasm(\?|$)/, 'abort'],
  ['content pack', /content-nl\.txt/, '404'],
  ['content pack', /content-nl\.txt/, 'another build'],
  ['content pack', /content-nl\.txt/, 'cut off in its last text'],
]) {
  test(`if the ${what} cannot load (${how}), the message has the crisis line and a working reload button`, async () => {
    // No service worker: it would answer the reload from its cache (the offline
    // test covers that); this is about a file that cannot be had at all.
    const s = await openWatched(BASE_URL, `#${FULL}`, { contextOptions: { serviceWorkers: 'block' } });
    const { page } = s;
    try {
      // First load: wait for it, then break the file and reload.
      await s.context.route(pattern, (route) => {
        if (how === '404') return route.fulfill({ status: 404, body: 'blocked by test' });
        if (how === 'another build') return route.fulfill({ status: 200, contentType: 'text/plain', body: OTHER_BUILD_PACK });
        if (how.startsWith('cut off')) {
          // The header and every field are there; only the last text is short (the checksum catches it).
          const real = readFileSync(join(DIST, 'pkg-site', 'content-nl.txt'), 'utf8');
          return route.fulfill({ status: 200, contentType: 'text/plain', body: real.slice(0, -3) });
        }
        return route.abort('failed');
      });
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-keuzehulp=failed]', { timeout: 15000 });
      await assertFailureMessage(page, `${what} ${how}`);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the heading has focus');
      assert.ok(s.consoleErrors.some((e) => e.includes('keuzehulp: starting failed')), s.consoleErrors.join('\n'));
      await axe(page, `the failure message (${what} ${how})`);
      await assertNoCspViolation(s, `with the ${what} ${how}`);
      await s.context.unroute(pattern);
      await reloadWorks(s, `${what} ${how}`);
      assert.equal(new URL(page.url()).hash, `#${FULL}&stap=advies`, 'the answers survive the reload');
    } finally {
      await s.close();
    }
  });
}

test('a panic (test-hooks build, #kh-test-panic) replaces the app with the message; reload works', { skip: !HOOKS_URL && 'KEUZEHULP_TEST_HOOKS_URL is not set (cargo xtask test sets it)' }, async () => {
  // Later: the app runs, then the fragment is opened (a panic in an event handler).
  const s = await openWatched(HOOKS_URL, `#${FULL}`);
  const { page } = s;
  try {
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
    await page.evaluate(() => { window.location.hash = 'kh-test-panic'; });
    await assertFailureMessage(page, 'panic after start');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the heading has focus');
    assert.match(await page.locator('#keuzehulp-app h1').innerText(), /De keuzehulp is vastgelopen/);
    // A panic is a bare trap in our build (no message): main.js says what happened.
    assert.ok(s.consoleErrors.some((e) => e.includes('keuzehulp: the app stopped')), `the panic is logged:\n${s.consoleErrors.join('\n')}`);
    await axe(page, 'the panic message');
    await assertNoCspViolation(s, 'after a panic');
    // The wasm is dead: the reload button is handled by main.js. Back to a normal address first.
    await page.evaluate((full) => history.replaceState(null, '', `#${full}`), FULL);
    await reloadWorks(s, 'panic');
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
  } finally {
    await s.close();
  }

  // At once: opened with the fragment (a panic right after the first render).
  const s2 = await openWatched(HOOKS_URL, '#kh-test-panic', { wait: false });
  try {
    await assertFailureMessage(s2.page, 'panic at start');
    await assertNoCspViolation(s2, 'after a panic at start');
    await s2.page.evaluate(() => history.replaceState(null, '', location.pathname));
    await reloadWorks(s2, 'panic at start');
    assert.ok(await s2.page.getByRole('button', { name: 'Start' }).isVisible());
  } finally {
    await s2.close();
  }
});

test('the published build has no test hook: #kh-test-panic does nothing', async () => {
  const s = await openWatched(BASE_URL, '#kh-test-panic');
  try {
    await s.page.waitForTimeout(300);
    await s.page.evaluate(() => { window.location.hash = 'kh-test-panic'; });
    await s.page.waitForTimeout(300);
    assert.equal(await s.page.locator('.kh-failure').count(), 0);
    assert.equal(await s.page.evaluate(() => document.documentElement.dataset.keuzehulp), 'ready');
    assert.deepEqual(s.pageErrors, []);
  } finally {
    await s.close();
  }
});

test('without JavaScript the prerendered page says what the keuzehulp is and gives the crisis line', async () => {
  const s = await openWatched(BASE_URL, '', { javaScriptEnabled: false });
  const { page } = s;
  try {
    const app = page.locator('#keuzehulp-app');
    assert.match(await app.locator('h1').innerText(), /Keuzehulp werkstress/);
    const text = await app.innerText();
    assert.match(text, /werkstress/i);
    assert.ok(text.length > 200, 'the start page text is there, not an empty shell');
    for (const tel of CRISIS_TEL) assert.ok(await app.locator(`a[href="${tel}"]`).count() >= 1, `${tel} in the prerendered page`);
    const body = await page.locator('body').innerText();
    assert.match(body, /JavaScript/, 'the noscript note says why nothing moves');
    assertOnlyAppFiles(s, 'without JavaScript');
    assert.deepEqual(await s.context.cookies(), []);
  } finally {
    await s.close();
  }
});

// ------------------------------------------------------------------ statements

for (const [file, title] of [['privacy.html', 'Privacyverklaring'], ['toegankelijkheid.html', 'Toegankelijkheidsverklaring']]) {
  test(`${file} loads with no axe violation, no CSP violation and safe links`, async () => {
    const s = await openWatched(BASE_URL, file, { wait: false });
    const { page } = s;
    try {
      assert.match(await page.locator('h1').first().innerText(), new RegExp(title));
      await axe(page, file);
      await assertSafeLinks(page, `on ${file}`);
      assert.ok(await page.locator('a[href="./"]').count() >= 1, `${file} links back to the keuzehulp`);
      await assertNoCspViolation(s, `on ${file}`);
      assertOnlyAppFiles(s, `on ${file}`);
      await assertNothingStored(s, `on ${file}`);
      assert.deepEqual(s.pageErrors, []);
      assert.deepEqual(s.consoleErrors, []);
    } finally {
      await s.close();
    }
  });
}
