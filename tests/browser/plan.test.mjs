// "Maak je plan" (issue 20): from the advice of three situations (an
// employee, HR with the RI&E form, a manager), make a plan: tick, edit, add,
// type 200 characters with accents, emoji and a line break, one keystroke at
// a time with focus and cursor checked after each. Then every field must be
// the same after a reload, in a new browser context from the link, after
// download and reopening the file, and in print (at most 2 A4 pages). A
// 20,000-character paste is refused with a message and changes nothing.
// axe 0 at 390 and 1280 px in Dutch and English. Screenshots of a plan on a
// phone and of its print go to SHOTS_DIR (default tests/browser/screenshots).
// Prints the length of the link of each plan.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser, openApp, PHONE, BASE, BASE_URL, adviceComplete, formatViolations } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = process.env.SHOTS_DIR || join(here, 'screenshots');
const SITUATIONS = [
  { name: 'werknemer', set: 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,emotionele-belasting', talk: true },
  { name: 'hr', set: 'rol=hr&sector=onderwijs&omvang=groot&niveau=organisatie&fase=voorkomen&factoren=werkdruk,agressie', talk: false },
  { name: 'leidinggevende', set: 'rol=leidinggevende&sector=ict&omvang=middelgroot&niveau=team&fase=verzuim&factoren=werkdruk', talk: true },
];
// 200 characters (code points) with accents, emoji, a line break and markup that must stay text.
const TYPED = (() => {
  const base = 'Één keer per week overleg met Zoë & André 😀 over “werkdruk”: 50% minder mail <b>niet vet</b>\nTweede regel: café, naïef, coördinatie 👩‍💻 ';
  let s = '';
  while ([...s].length < 200) s += base;
  return [...s].slice(0, 200).join('');
})();

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** Every field of the plan page: id → value (or checked). */
function fields(page) {
  return page.evaluate(() => Object.fromEntries(
    // (Not the shared link's read-only field: it follows the language. Not the
    // check-in reminder's day: unset, it is today plus two weeks, which moves
    // when a run crosses midnight; followup.test.mjs tests it.)
    [...document.querySelectorAll('.kh-plan input:not([type=file]):not(#kh-share-link):not(#kh-plan-remind-day), .kh-plan textarea')]
      .map((el) => [el.id, el.type === 'checkbox' ? el.checked : el.value]),
  ));
}

/** Type `text` into the focused field one character at a time; after each
 * keystroke the same field has focus, the cursor follows and the text is there. */
async function typeKeepingFocus(page, text) {
  const id = await page.evaluate(() => document.activeElement.id);
  const start = await page.evaluate(() => document.activeElement.value);
  let expected = start;
  for (const ch of [...text]) {
    if (ch === '\n') await page.keyboard.press('Enter');
    else await page.keyboard.type(ch);
    expected += ch;
    const now = await page.evaluate(() => ({ id: document.activeElement.id, value: document.activeElement.value, at: document.activeElement.selectionStart }));
    assert.equal(now.id, id, `focus left ${id} after ${JSON.stringify(ch)}`);
    assert.equal(now.value, expected, `the text in ${id} after ${JSON.stringify(ch)}`);
    assert.equal(now.at, expected.length, `the cursor in ${id} after ${JSON.stringify(ch)}`);
  }
  return id;
}

async function openPlan(set, options = {}) {
  const app = await openApp(browser, { path: `#${set}&stap=advies`, ...options });
  await adviceComplete(app.page);
  await app.page.getByRole('link', { name: 'Maak je plan' }).click();
  await app.page.locator('h1:focus', { hasText: 'Jouw plan' }).waitFor();
  return app;
}

async function noAxe(app, label) {
  const violations = await app.checkA11y();
  assert.equal(violations.length, 0, `${label}: ${formatViolations(violations)}`);
}

for (const { name, set, talk } of SITUATIONS) {
  test(`plan for ${name}: tick, edit, add, type; the same after reload, new context, download and print`, async () => {
    const app = await openPlan(set);
    const { page } = app;
    assert.equal(new URL(page.url()).hash.includes('stap=plan'), true);
    console.log(`${name}: link of the suggested plan, before any change: ${page.url().length} characters`);
    const items = page.locator('.kh-plan__item');
    const seeded = await items.count();
    assert.ok(seeded >= 2, `${name}: the first step and the approaches: ${seeded} items`);
    if (name === 'hr') {
      await page.getByRole('textbox', { name: 'Maatregel' }).first().waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Gesprek voorbereiden' }).count(), 0);
    }

    // Tick the first item, add to the second's "who", add an item and type in it.
    await page.getByRole('checkbox', { name: 'Gedaan' }).first().check();
    await items.nth(1).locator('input[type=text]').first().click();
    await typeKeepingFocus(page, 'Ik én mijn teamleider 👍');
    await page.getByRole('button', { name: 'Punt toevoegen' }).click();
    assert.equal(await items.count(), seeded + 1);
    // Focus goes to the new item's first field (after the frame that shows it).
    const newId = await items.last().locator('textarea').first().getAttribute('id');
    await page.waitForFunction((id) => document.activeElement?.id === id, newId, { timeout: 3000 });
    await typeKeepingFocus(page, TYPED);
    await items.last().locator('input[type=text]').last().fill('vóór 1 maart 🗓️');
    if (talk) {
      await page.locator('#kh-plan-talk-1').click();
      await typeKeepingFocus(page, 'Rust 🙂\nen één vaste werkplek');
      // Notes are for the user only unless chosen (issue 32): this one goes
      // into the file and the print.
      await page.locator('#kh-share-talk-1').check();
    }
    const made = await fields(page);
    assert.equal(made[newId], TYPED);
    // The address follows once typing pauses (src/ui/address.rs, 300 ms).
    const lastWord = talk ? 'werkplek' : 'maart';
    await page.waitForFunction((w) => decodeURIComponent(window.location.hash).includes(w), lastWord, { timeout: 3000 });
    assert.equal(await page.locator('.kh-plan b').count(), 0, 'typed markup stays text');
    const link = page.url();
    console.log(`${name}: link of the plan ${link.length} characters (fragment ${new URL(link).hash.length})`);

    // Reload.
    await page.reload();
    await page.waitForSelector('html[data-keuzehulp]');
    await page.locator('.kh-plan__item').first().waitFor();
    assert.deepEqual(await fields(page), made, 'after a reload');

    // The link in a new browser context.
    const other = await openApp(browser, { path: `plan.html${new URL(link).hash}` });
    await other.page.locator('.kh-plan__item').first().waitFor();
    assert.deepEqual(await fields(other.page), made, 'from the link in a new context');
    await other.close();

    // Download, then open the file on a fresh plan page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download je plan/ }).click()]);
    assert.equal(download.suggestedFilename(), 'keuzehulp-plan.txt');
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes(TYPED), 'the typed text is in the file exactly');
    const fresh = await openApp(browser, { path: `plan.html#${set}&stap=plan` });
    await fresh.page.locator('.kh-plan__item').first().waitFor();
    assert.notDeepEqual(await fields(fresh.page), made);
    await fresh.page.setInputFiles('#kh-plan-file', file);
    await fresh.page.waitForFunction((n) => document.querySelectorAll('.kh-plan__item').length === n, seeded + 1);
    assert.deepEqual(await fields(fresh.page), made, 'reopened from the downloaded file');
    // A file that is no plan changes nothing and says so.
    await fresh.page.setInputFiles('#kh-plan-file', { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('boodschappen\nmelk') });
    await fresh.page.getByRole('alert').filter({ hasText: 'geen plan' }).waitFor();
    assert.deepEqual(await fields(fresh.page), made);
    await fresh.assertClean();
    await fresh.close();

    // Print: every field in the printed plan, at most 2 A4 pages.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${name}: ${pages} A4 pages`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const el = document.querySelector('.kh-plan__print');
      return { shown: el.checkVisibility(), text: el.innerText, form: document.querySelector('.kh-plan__items').checkVisibility() };
    });
    assert.ok(printed.shown && !printed.form, 'print shows the plan as text, not the form');
    for (const [id, value] of Object.entries(made)) {
      // (The plan's own fields; not the shared link's field or the reminder's day.)
      if (!id.startsWith('kh-plan-') || id === 'kh-plan-remind-day') continue;
      if (typeof value === 'string' && value) assert.ok(printed.text.includes(value), `${id} printed: ${JSON.stringify(value)}`);
    }
    if (name === 'werknemer') {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'plan-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.screenshot({ path: join(SHOTS, 'plan-phone.png'), fullPage: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, 'plan-phone-first-screen.png') });
    }
    await page.emulateMedia({ media: 'screen' });
    await app.assertClean();
    await app.close();
  });
}

test('fast typing: the address follows once typing pauses, in a few writes, and at once when the page is hidden', async () => {
  const app = await openPlan(SITUATIONS[0].set);
  const { page } = app;
  // Count the history writes from here on.
  await page.evaluate(() => {
    window.__writes = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => { window.__writes += 1; return replace(...args); };
  });
  const field = page.locator('#kh-plan-talk-0');
  await field.click();
  const text = 'Een rustige werkplek, vaste diensten en minder overwerk in de nacht, en daarna nog een gesprek.';
  await page.keyboard.type(text); // (no pause between the keys)
  assert.equal(await field.inputValue(), text);
  await page.waitForFunction((w) => decodeURIComponent(window.location.hash).includes(w), 'gesprek.', { timeout: 3000 });
  const writes = await page.evaluate(() => window.__writes);
  assert.ok(writes >= 1 && writes <= 5, `${text.length} keys, ${writes} writes of the address (Safari allows 100 in 30 s)`);
  // Typing, then the page is hidden (another app, a closed tab) before the pause: written at once.
  await page.keyboard.type(' Klaar');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // (A space is + in the plan's part of the link.)
  assert.ok(decodeURIComponent(await page.evaluate(() => window.location.hash.replace(/\+/g, ' '))).includes('gesprek. Klaar'), 'written when hidden');
  await page.evaluate(() => { delete document.hidden; });
  // A step after typing writes its own address at once; no late write of the plan follows it.
  await page.keyboard.type('!');
  await page.getByRole('link', { name: 'Terug' }).first().click();
  await page.waitForTimeout(500);
  assert.match(new URL(page.url()).hash, /stap=advies/, 'the step, not a late write of the plan');
  await app.assertClean();
  await app.close();
});

test('a 20,000-character paste is refused politely and changes nothing; a language switch keeps the plan', async () => {
  const app = await openPlan(SITUATIONS[0].set);
  const { page } = app;
  const field = page.locator('#kh-plan-talk-0');
  await field.click();
  await typeKeepingFocus(page, 'Kort 🙂');
  const before = await fields(page);
  const hash = new URL(page.url()).hash;
  await page.keyboard.insertText('x'.repeat(20000));
  const alert = page.getByRole('alert').filter({ hasText: 'te lang' });
  await alert.waitFor();
  assert.equal(await field.inputValue(), 'Kort 🙂', 'the field keeps what it had');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'kh-plan-talk-0', 'focus stays');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await fields(page), before);
  assert.equal(new URL(page.url()).hash, hash, 'the link is unchanged');
  // The limit is stated on the page.
  await page.getByText('Elk veld mag 500 tekens hebben').waitFor();
  // Typing again clears the message.
  await typeKeepingFocus(page, '!');
  assert.equal(await alert.count(), 0);

  // English: the same plan, English labels.
  const made = await fields(page);
  await page.getByRole('button', { name: 'Read in English' }).click();
  await page.getByRole('heading', { name: 'Your plan' }).waitFor();
  assert.deepEqual(await fields(page), made, 'a language switch keeps every field');
  await app.assertClean();
  await app.close();
});

test('axe: the plan page at 390 and 1280 px, in Dutch and English, with a message shown', async () => {
  for (const width of [390, 1280]) {
    for (const lang of ['nl', 'en']) {
      for (const { name, set } of SITUATIONS) {
        const viewport = { width, height: width === 390 ? PHONE.height : 900 };
        const app = await openApp(browser, { path: `plan.html#${set}&stap=plan${lang === 'en' ? '&taal=en' : ''}`, viewport });
        await app.page.locator('.kh-plan__item').first().waitFor();
        await app.page.getByRole('button', { name: lang === 'en' ? 'Add an item' : 'Punt toevoegen' }).click();
        // Focus moves to the new item's first field after the frame that shows it.
        await app.page.waitForFunction(() => document.activeElement?.matches('.kh-plan__item:last-child textarea'), null, { timeout: 3000 });
        await app.page.keyboard.insertText('y'.repeat(600));
        await app.page.locator('.kh-plan__error').first().waitFor();
        await noAxe(app, `${name} ${width}px ${lang}`);
        const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} ${width}px ${lang}: ${overflow}px sideways`);
        await app.assertClean();
        await app.close();
      }
    }
  }
});

test('no sideways scrolling at 320 px, a self-employed person gets the conversation with a client or the GP', async () => {
  const set = 'rol=zzp&sector=ict&niveau=individu&fase=signalen&factoren=werkdruk';
  const app = await openApp(browser, { path: `plan.html#${set}&stap=plan`, viewport: { width: 320, height: 568 } });
  await app.page.locator('.kh-plan__item').first().waitFor();
  await app.page.getByText('met je opdrachtgever').waitFor();
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px sideways at 320 px`);
  await app.assertClean();
  await app.close();
});

// The widget offers the plan too; what is typed stays in the widget: not in the
// host page's URL, title, history or light DOM, and (iframe mode) in no message
// the host receives.
const HOST = (() => {
  const u = new URL(BASE.origin);
  u.hostname = u.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return u.origin;
})();

async function openHostPage(file) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === HOST) {
      const name = url.pathname.replace(/^\/hosts\//, '');
      if (name === 'embed-frame.js') return route.fulfill({ response: await route.fetch({ url: `${BASE_URL}embed-frame.js` }) });
      const path = join(here, 'hosts', name);
      if (!/^[\w.-]+$/.test(name) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
      const body = readFileSync(path, 'utf8').replaceAll('{{BASE}}', BASE_URL).replaceAll('{{CONTACTS}}', '');
      const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : name.endsWith('.css') ? 'text/css' : name.endsWith('.js') ? 'text/javascript' : 'application/json';
      return route.fulfill({ status: 200, headers: { 'content-type': type }, body });
    }
    if (url.origin === BASE.origin) {
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    }
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => { try { window.__messages.push(JSON.stringify(e.data)); } catch { window.__messages.push(String(e.data)); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  const url = `${HOST}/hosts/${file}`;
  await page.goto(url, { waitUntil: 'load' });
  const before = { url: page.url(), title: await page.title(), history: await page.evaluate(() => history.length) };
  return { context, page, errors, before };
}

async function assertHostKnowsNothing({ page, errors, before }, secret, where) {
  assert.equal(page.url(), before.url, `${where}: host URL`);
  assert.equal(await page.title(), before.title, `${where}: host title`);
  // (The widget's Back adds same-URL entries holding only a step number: SECURITY.md.)
  const state = await page.evaluate(() => history.state);
  assert.ok(state === null || (Object.keys(state).join() === 'keuzehulp' && Number.isInteger(state.keuzehulp)), `${where}: host history state ${JSON.stringify(state)}`);
  assert.equal(await page.evaluate((s) => document.body.innerText.includes(s), secret), false, `${where}: host light DOM`);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(!messages.some((m) => m.includes(secret)), `${where}: a message to the host holds the text: ${messages.join(' | ')}`);
  assert.deepEqual(errors, [], `${where}: page errors`);
}

async function makePlanIn(scope, page, secret) {
  await answer(scope, 'rol', 'werknemer');
  await answer(scope, 'niveau', 'individu');
  await answer(scope, 'fase', 'signalen');
  await answer(scope, 'factoren', 'werkdruk');
  await scope.getByRole('button', { name: 'Bekijk je advies' }).click();
  await adviceComplete(scope);
  await scope.getByRole('link', { name: 'Maak je plan' }).click();
  await scope.locator('h1', { hasText: 'Jouw plan' }).waitFor();
  await scope.locator('#kh-plan-0-1').click();
  await page.keyboard.type(secret);
  assert.equal(await scope.locator('#kh-plan-0-1').inputValue(), secret);
}

async function answer(scope, question, ...options) {
  for (const o of options) {
    // In the iframe the frame grows as pages change: click until the option is chosen.
    const checked = scope.locator(`#kh-${question}-${o}:checked`);
    for (let i = 0; i < 3 && !(await checked.count()); i++) {
      await scope.locator(`label[for="kh-${question}-${o}"]`).click();
      await checked.waitFor({ state: 'attached', timeout: 2000 }).catch(() => {});
    }
  }
  await scope.getByRole('button', { name: /^(Volgende|Next)$/ }).click();
}

test('widget and iframe: the plan is offered, and what is typed never reaches the host page', async () => {
  const secret = 'Geheim plan Zoë 😀 42';
  const direct = await openHostPage('hostile.html');
  try {
    await direct.page.waitForFunction(() => document.querySelector('keuzehulp-widget')?.dataset.state === 'ready', null, { timeout: 15000 });
    const widget = direct.page.locator('keuzehulp-widget');
    await widget.getByRole('button', { name: 'Start' }).click();
    await makePlanIn(widget, direct.page, secret);
    await assertHostKnowsNothing(direct, secret, 'widget');
  } finally {
    await direct.context.close();
  }
  const framed = await openHostPage('frame.html');
  try {
    const frame = framed.page.frameLocator('iframe[data-keuzehulp]');
    await frame.locator('html[data-keuzehulp="ready"]').waitFor({ state: 'attached', timeout: 15000 });
    await frame.getByRole('button', { name: 'Start' }).click();
    await makePlanIn(frame, framed.page, secret);
    await framed.page.waitForTimeout(300);
    assert.deepEqual(await framed.page.evaluate(() => window.__messages), [], 'the iframe posts nothing, not even its height (issue 28)');
    await assertHostKnowsNothing(framed, secret, 'iframe');
  } finally {
    await framed.context.close();
  }
});
