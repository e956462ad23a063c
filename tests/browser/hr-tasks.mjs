// Taps and screens for an HR adviser's three tasks (issue 31), at 390×844 in
// headless Chromium, against a built site. Not a test (no *.test.mjs): a
// measurement to rerun before and after a change:
//
//   BASE_URL=http://127.0.0.1:8105/ node tests/browser/hr-tasks.mjs
//
// The same script runs against an older build: where a feature is missing it
// takes the way a person would have to (type an address, select text by hand)
// and says so. How it counts:
// - a tap: a click or tap on something in the page (typing in a field after
//   its tap is not another tap); for what the page does not offer, the taps
//   in the browser's own interface are counted and named ("by hand");
// - screens: every page opened counts 1, plus the distance scrolled to reach
//   each next thing to tap or read, in viewport heights (844 px);
// - done: whether the task's goal was reached (e.g. each contact seen).
//
// Task 1: find organisation-level approaches with evidence (well founded,
//   interim evaluation or described practice) for the government sector, see the result, and share the list;
//   and how the shared link opens for the colleague (screens to the first result).
// Task 2: from the start page, find the builder, fill in two contacts (a
//   confidential adviser and a company doctor), and see each in the preview.
// Task 3: send IT what it needs: the code and the settings for the intranet.

import { chromium } from 'playwright-core';

const BASE = (process.env.BASE_URL || 'http://127.0.0.1:8080/').replace(/\/?$/, '/');
const VIEW = { width: 390, height: 844 };

function counter(page) {
  const c = { taps: 0, pages: 0, scrolled: 0, byHand: [], notes: [] };
  c.open = async (path) => {
    await page.goto(new URL(path, BASE).href, { waitUntil: 'load' });
    c.pages += 1;
  };
  /** Scroll the element into view as a person would (by the least distance) and count it. */
  c.reach = async (loc) => {
    await loc.waitFor({ state: 'attached', timeout: 15000 });
    const before = await page.evaluate(() => window.scrollY);
    await loc.scrollIntoViewIfNeeded();
    const after = await page.evaluate(() => window.scrollY);
    c.scrolled += Math.abs(after - before);
  };
  c.tap = async (loc) => {
    await c.reach(loc);
    await loc.click();
    c.taps += 1;
    // A tap that navigates opens a page.
  };
  c.navTap = async (loc) => {
    await c.reach(loc);
    await Promise.all([page.waitForEvent('load'), loc.click()]);
    c.taps += 1;
    c.pages += 1;
  };
  c.hand = (what, taps) => {
    c.byHand.push(what);
    c.taps += taps;
  };
  c.result = (done) => ({
    taps: c.taps,
    screens: Number((c.pages + c.scrolled / VIEW.height).toFixed(1)),
    pages: c.pages,
    done,
    byHand: c.byHand,
    notes: c.notes,
  });
  return c;
}

const exists = async (loc) => (await loc.count()) > 0;

async function task1(browser) {
  const context = await browser.newContext({ viewport: VIEW, locale: 'nl-NL', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const c = counter(page);
  await c.open('overzicht.html');
  const panel = page.locator('.kh-ov-panel');
  if (!(await panel.evaluate((d) => d.open))) await c.tap(panel.locator('summary'));
  for (const id of ['niveau-organisatie', 'sector-overheid', 'bewijs-well-founded', 'bewijs-interim-evaluation', 'bewijs-described']) {
    await c.tap(page.locator(`label[for="kh-ov-${id}"]`));
  }
  // See the count, then the list: "Toon N resultaten" where there is one, else scroll.
  const show = page.locator('#kh-ov-show');
  if (await exists(show) && await show.isVisible()) await c.tap(show);
  await c.reach(page.locator('#kh-ov-count'));
  const shownItems = await page.locator('.kh-ov-item:not([hidden])').count();
  if (shownItems) await c.reach(page.locator('.kh-ov-item:not([hidden])').first());
  c.notes.push(`${shownItems} items shown; count: "${(await page.locator('#kh-ov-count').textContent()).trim()}"`);
  // Share.
  const copy = page.locator('#kh-ov-copy');
  let link = page.url();
  if (await exists(copy)) {
    await c.tap(copy);
    link = await page.evaluate(() => navigator.clipboard.readText());
  } else {
    c.hand('copy the address from the browser\'s address bar (tap it, then Copy)', 2);
  }
  // The colleague opens the link.
  const other = await context.newPage();
  await other.goto(link, { waitUntil: 'load' });
  const first = other.locator('.kh-ov-item:not([hidden])').first();
  const colleague = (await exists(first))
    ? Number((await first.evaluate((e) => e.getBoundingClientRect().top / window.innerHeight)).toFixed(1))
    : null;
  const panelOpen = await other.locator('.kh-ov-panel').evaluate((d) => d.open);
  c.notes.push(`the shared link opens with the panel ${panelOpen ? 'unfolded' : 'folded'}; its first result is ${colleague} screens down`);
  await context.close();
  return c.result(shownItems > 0);
}

async function task2(browser) {
  const context = await browser.newContext({ viewport: VIEW, locale: 'nl-NL' });
  const page = await context.newPage();
  const c = counter(page);
  await c.open('');
  await page.waitForSelector('html[data-keuzehulp]', { timeout: 15000 });
  const employers = page.locator('a[href="werkgevers.html"]');
  if (await exists(employers)) {
    await c.navTap(employers);
    await c.navTap(page.locator('a[href^="embed-builder.html"]').first());
  } else {
    c.hand('no link to the builder: type its address (embed-builder.html) in the address bar', 1);
    await c.open('embed-builder.html');
  }
  await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
  await c.tap(page.locator('input[name="contacts-mode"][value="form"]'));
  const contacts = { vertrouwenspersoon: 'Anna de Vries', bedrijfsarts: 'Dr. Fatima el Amrani' };
  for (const [id, name] of Object.entries(contacts)) {
    await c.tap(page.locator(`details[data-expert-box="${id}"] > summary`));
    await c.tap(page.locator(`#kb-c-${id}-name`));
    await page.locator(`#kb-c-${id}-name`).fill(name);
  }
  await page.waitForTimeout(600);
  const seen = {};
  const inWidget = (name) => page.locator('#kb-preview keuzehulp-widget').evaluate(
    (w, n) => [...w.shadowRoot.querySelectorAll('.kh-contacts')].some((x) => x.textContent.includes(n)), name,
  );
  for (const [id, name] of Object.entries(contacts)) {
    const where = page.locator(`button[data-where="${id}"]`);
    if (await exists(where)) {
      await c.tap(where);
      await page.waitForFunction(() => /omlijnd|outlined|niet bij|not in/.test(document.getElementById('kb-preview-status').textContent), null, { timeout: 30000 });
      await c.reach(page.locator('#kb-preview'));
      seen[id] = await inWidget(name);
    }
  }
  if (!Object.keys(seen).length) {
    await c.tap(page.locator('button[data-show-advice]').last());
    await page.waitForFunction(() => /advies|advice/.test(document.getElementById('kb-preview-status').textContent), null, { timeout: 30000 });
    await c.reach(page.locator('#kb-preview'));
    for (const [id, name] of Object.entries(contacts)) seen[id] = await inWidget(name);
  }
  c.notes.push(`contacts seen in the preview: ${JSON.stringify(seen)}`);
  await context.close();
  return c.result(Object.values(seen).every(Boolean));
}

async function task3(browser) {
  const context = await browser.newContext({ viewport: VIEW, locale: 'nl-NL', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const c = counter(page);
  await c.open('embed-builder.html');
  await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
  await c.tap(page.locator('button[data-copy="kb-direct"]'));
  const itLink = page.locator('a[href^="werkgevers.html#kh-hr-it"]');
  let message = '';
  if (await exists(itLink)) {
    await c.navTap(itLink);
    await c.tap(page.locator('#kh-hr-copy'));
    message = await page.evaluate(() => navigator.clipboard.readText());
    c.notes.push('the message for IT: one copy; the code: one copy');
  } else {
    // The settings are a line of code under the snippet: select it by hand, and write the message yourself.
    await c.reach(page.locator('#kb-csp-direct'));
    c.hand('select the settings line (long press, drag) and Copy', 2);
    c.hand('write the message to IT yourself', 0);
  }
  const complete = ['script-src', "'wasm-unsafe-eval'", 'style-src', 'connect-src', 'frame-src'].every((w) => message.includes(w));
  c.notes.push(`a message with every setting ready to send: ${complete}`);
  await context.close();
  return c.result(complete);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const results = {};
for (const [name, task] of Object.entries({ 'find and share': task1, 'contacts in the preview': task2, 'send IT what it needs': task3 })) {
  try {
    results[name] = await task(browser);
  } catch (err) {
    results[name] = { error: String(err).split('\n')[0] };
  }
}
await browser.close();
console.log(JSON.stringify({ base: BASE, viewport: VIEW, results }, null, 2));
