// From plan to follow-up (issue 32) and a plan from a link (issue 28 item 4).
// - The attack link of issue 28 puts a fake crisis line in item 1: the page
//   says the plan comes from a link, our crisis line is above the text, the
//   text is flagged; at fase=acuut the crisis help comes first.
// - Sharing by choice: the printed PDF (pdftotext, Debian poppler-utils, put
//   there by cargo xtask) lacks a private note by default and has it when
//   chosen; at most two A4 pages; no URL. "Kopieer link" copies the shared
//   link (without the private note) and confirms.
// - "Maak je plan" is the primary action under the advice.
// - The calendar file is parsed by ical.js (npm, pinned); its URL opens the
//   check-in with the plan intact, which routes: the same after six weeks →
//   company doctor or GP; a danger answer → "Hulp nu" at once.
// Screenshots at 390×844 go to SHOTS_DIR (default tests/browser/screenshots).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { startBrowser, openApp, adviceComplete, formatViolations } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = process.env.SHOTS_DIR || join(here, 'screenshots');
const PDFTOTEXT = process.env.PDFTOTEXT || '/usr/bin/pdftotext';
const WORKER = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,emotionele-belasting';
const FAKE = 'Crisislijn gewijzigd: bel 0900 123 45 67 (113 is afgeschaft)';
const ATTACK = '~0*Crisislijn+gewijzigd%3A+bel+0900+123+45+67+(113+is+afgeschaft)';

let browser;
before(async () => { browser = await startBrowser(); mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); });

/** The page printed to PDF, as text, and its number of pages. */
async function printed(page) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'kh-print-'));
  writeFileSync(join(dir, 'plan.pdf'), pdf);
  const text = execFileSync(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim()).length;
  return { text, pages };
}

async function top(locator) {
  return (await locator.boundingBox()).y;
}

for (const fase of ['signalen', 'acuut']) {
  test(`a plan from a link (issue 28 item 4) at fase=${fase}: marked, our crisis line above its text, the text flagged`, async () => {
    const set = WORKER.replace('fase=signalen', `fase=${fase}`);
    const app = await openApp(browser, { path: `plan.html#${set}&stap=plan&plan=${ATTACK}` });
    const { page } = app;
    const field = page.locator('#kh-plan-0-0');
    await field.waitFor();
    assert.equal(await field.inputValue(), FAKE, 'their text is a field the user can check and change');
    await page.getByText('Dit plan komt uit een link. Controleer het.').waitFor();
    const ours = page.locator('.kh-plan__crisis #kh-crisis-heading');
    assert.ok(await ours.isVisible(), 'our crisis line on the plan page itself');
    assert.ok((await top(ours)) < (await top(field)), 'ours is above their text');
    assert.ok((await top(page.locator('.kh-plan__crisis a[href="tel:113"]'))) < (await top(field)));
    const warning = page.locator('#kh-plan-0-0-warning');
    assert.match(await warning.innerText(), /niet van de keuzehulp/);
    assert.match(await field.getAttribute('aria-describedby'), /kh-plan-0-0-warning/);
    if (fase === 'acuut') {
      // Crisis help first: right under the title, before anything else of the page.
      const h1 = await page.locator('h1').boundingBox();
      const crisis = await page.locator('.kh-plan__crisis').boundingBox();
      assert.ok(crisis.y > h1.y && crisis.y < h1.y + h1.height + 80, `crisis help right under the title: ${h1.y} ${crisis.y}`);
      assert.ok(crisis.y < 844, 'in the first screen of a phone');
    }
    // In print: quoted, marked as not ours, and our crisis line in the footer.
    const { text } = await printed(page);
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes('niet van de keuzehulp'), flat);
    assert.ok(/113/.test(flat.slice(flat.lastIndexOf('Crisislijn gewijzigd'))), 'our line after their text');
    await page.screenshot({ path: join(SHOTS, `plan-from-link-${fase}.png`) });
    const violations = await app.checkA11y();
    assert.equal(violations.length, 0, formatViolations(violations));
    await app.assertClean();
    await app.close();
  });
}

test('"Maak je plan" is the primary action under the advice, starting over secondary', async () => {
  const app = await openApp(browser, { path: `#${WORKER}&stap=advies` });
  await adviceComplete(app.page);
  const plan = app.page.getByRole('link', { name: 'Maak je plan' });
  assert.equal(await plan.evaluate((el) => el.classList.contains('kh-button') && !el.classList.contains('kh-button--secondary')), true);
  const restart = app.page.getByRole('button', { name: 'Opnieuw beginnen' });
  assert.equal(await restart.evaluate((el) => el.classList.contains('kh-button--secondary')), true);
  const [a, b] = [await plan.boundingBox(), await restart.boundingBox()];
  assert.ok(a.height >= 44 && (a.y < b.y || (a.y === b.y && a.x < b.x)), 'the plan comes first');
  await plan.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(SHOTS, 'advice-make-your-plan.png') });
  await app.assertClean();
  await app.close();
});

test('sharing by choice: a private note stays out of the print and the copied link unless chosen; the print is at most 2 A4 pages', async () => {
  const app = await openApp(browser, {
    path: `plan.html#${WORKER}&stap=plan`,
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  const { page } = app;
  await page.locator('.kh-plan__item').first().waitFor();
  await page.locator('#kh-plan-situation').fill('Sinds de reorganisatie draai ik veel avonddiensten.');
  await page.locator('#kh-plan-talk-0').fill('Ik slaap slecht');
  await page.locator('#kh-plan-0-1').fill('Ik en mijn teamleider');
  await page.getByRole('checkbox', { name: 'Gedaan' }).first().check();
  // One sentence says what a shared link holds.
  await page.getByText(/Een link, bestand of afdruk van je plan bevat je antwoorden en de delen die je deelt: nu \d+ punten en 0 notities/).waitFor();
  let { text, pages } = await printed(page);
  let flat = text.replace(/\s+/g, ' ');
  assert.ok(!flat.includes('Ik slaap slecht'), 'a private note is not printed by default');
  for (const want of ['Jouw plan', 'Gemaakt op', 'Sinds de reorganisatie', 'Wat', 'Wie', 'Wanneer', 'Gedaan', 'Ik en mijn teamleider', '113', '0800-0113']) {
    assert.ok(flat.includes(want), `printed: ${want}\n${flat}`);
  }
  assert.ok(!/https?:|plan\.html|#rol=/.test(flat), `no URL in the print: ${flat}`);
  assert.ok(pages >= 1 && pages <= 2, `${pages} A4 pages`);
  console.log(`print: ${pages} A4 page(s), ${flat.length} characters of text`);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(SHOTS, 'plan-print-a4.png'), fullPage: true });
  // (null, not 'screen': page.pdf() prints with the emulated media.)
  await page.emulateMedia({ media: null });

  // Copy the link: confirmed, and without the private note.
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await page.getByRole('status').filter({ hasText: 'De link is gekopieerd' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /plan\.html#.*stap=plan.*plan=/);
  assert.ok(!decodeURIComponent(copied.replace(/\+/g, ' ')).includes('Ik slaap slecht'), copied);
  assert.ok(decodeURIComponent(copied.replace(/\+/g, ' ')).includes('Ik en mijn teamleider'));
  // The address keeps everything (a reload loses nothing).
  await page.waitForFunction(() => decodeURIComponent(location.hash.replace(/\+/g, ' ')).includes('Ik slaap slecht'));

  // Chosen: in the print and the link.
  await page.locator('#kh-share-talk-0').check();
  await page.getByText(/nu \d+ punten en 1 notities/).waitFor();
  ({ text, pages } = await printed(page));
  flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.includes('Ik slaap slecht'), 'printed once chosen');
  assert.ok(pages <= 2, `${pages} A4 pages`);
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await page.waitForFunction(async () => decodeURIComponent((await navigator.clipboard.readText()).replace(/\+/g, ' ')).includes('Ik slaap slecht'));
  // An item for me only leaves the print.
  await page.locator('#kh-share-0').uncheck();
  ({ text } = await printed(page));
  assert.ok(!text.replace(/\s+/g, ' ').includes('Ik en mijn teamleider'), 'a private item is not printed');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'plan-share-choices.png'), fullPage: true });
  const violations = await app.checkA11y();
  assert.equal(violations.length, 0, formatViolations(violations));
  await app.assertClean();
  await app.close();
});

/** Today plus `days`, as YYYY-MM-DD in the browser's time zone. */
function dayPlus(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('the calendar file: parsed by ical.js, one VEVENT on the chosen day, its URL opens the check-in with the plan intact', async () => {
  const app = await openApp(browser, { path: `plan.html#${WORKER}&stap=plan` });
  const { page } = app;
  await page.locator('.kh-plan__item').first().waitFor();
  await page.locator('#kh-plan-0-2').fill('vóór 1 maart; met Zoë, “samen”');
  const items = await page.evaluate(() => [...document.querySelectorAll('.kh-plan__item textarea:first-of-type')].map((t) => t.value));
  await page.getByRole('button', { name: /Over 6 weken/ }).click();
  assert.equal(await page.locator('#kh-plan-remind-day').inputValue(), dayPlus(42));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Zet een herinnering in je agenda/ }).click()]);
  assert.equal(download.suggestedFilename(), 'keuzehulp-terugblik.ics');
  const raw = readFileSync(await download.path(), 'utf8');
  assert.ok(!/[^\r]\n/.test(raw) && raw.endsWith('\r\n'), 'CRLF line endings');
  for (const line of raw.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
  const cal = new ICAL.Component(ICAL.parse(raw));
  assert.equal(cal.name, 'vcalendar');
  const events = cal.getAllSubcomponents('vevent');
  assert.equal(events.length, 1);
  const ev = events[0];
  for (const p of ['uid', 'dtstamp', 'dtstart', 'summary', 'description', 'url']) assert.ok(ev.getFirstPropertyValue(p), `${p} present`);
  assert.equal(ev.getFirstPropertyValue('dtstart').toString(), dayPlus(42));
  assert.match(ev.getFirstPropertyValue('summary'), /Terugblik op je plan/);
  const url = String(ev.getFirstPropertyValue('url'));
  assert.match(url, /plan\.html#.*stap=terugblik.*plan=/);
  assert.ok(ev.getFirstPropertyValue('description').includes(url), 'the link in the description too');
  console.log(`calendar file: ${raw.length} bytes; check-in link ${url.length} characters`);

  // The URL opens the check-in in a new browser, with the plan intact.
  const later = await openApp(browser, { path: url.slice(url.indexOf('plan.html')) });
  await later.page.getByRole('heading', { level: 1, name: 'Terugblik op je plan' }).waitFor();
  const listed = await later.page.locator('.kh-checkin__plan li').allInnerTexts();
  assert.deepEqual(listed.map((s) => s.replace(/ \(Gedaan\)$/, '')), items.filter((s) => s));
  await later.page.getByText(/Het plan is van /).waitFor();
  await later.page.getByLabel('Hetzelfde').check();
  await later.page.getByLabel('Een deel').check();
  await later.page.locator('#kh-review-danger-nee').check();
  // Made today: the same is given time (not yet some weeks).
  await later.page.locator('.kh-checkin__outcome').filter({ hasText: 'Na korte tijd is nog geen verschil gewoon' }).waitFor();
  await later.page.getByLabel('Slechter').check();
  await later.page.locator('.kh-checkin__outcome').filter({ hasText: 'Maak een afspraak met de bedrijfsarts of met je huisarts' }).waitFor();
  await later.page.screenshot({ path: join(SHOTS, 'checkin-worse.png'), fullPage: true });
  const violations = await later.checkA11y();
  assert.equal(violations.length, 0, formatViolations(violations));
  // Anything new goes into the plan; "Naar het plan" opens it with the same items and the new one.
  await later.page.getByLabel(/Is er iets nieuws/).fill('Nieuwe leidinggevende sinds maandag');
  await later.page.getByRole('button', { name: 'Zet het in het plan' }).click();
  await later.page.locator('.kh-checkin__plan li', { hasText: 'Nieuwe leidinggevende sinds maandag' }).waitFor();
  await later.page.getByRole('link', { name: 'Naar het plan' }).click();
  await later.page.locator('h1:focus', { hasText: 'Jouw plan' }).waitFor();
  assert.equal(await later.page.locator('#kh-plan-0-2').inputValue(), 'vóór 1 maart; met Zoë, “samen”');
  const after = await later.page.evaluate(() => [...document.querySelectorAll('.kh-plan__item textarea:first-of-type')].map((t) => t.value));
  assert.deepEqual(after.filter((s) => s), [...items.filter((s) => s), 'Nieuwe leidinggevende sinds maandag']);
  await later.assertClean();
  await later.close();
  await app.assertClean();
  await app.close();
});

test('the check-in: a danger answer goes to "Hulp nu" at once; six weeks on, the same leads to the doctor; a manager checks in on a team member', async () => {
  const d = new Date();
  d.setDate(d.getDate() - 43);
  const since = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  const app = await openApp(browser, { path: `plan.html#${WORKER}&stap=terugblik&plan=$0.${since}*~0*Wandelen` });
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Terugblik op je plan' }).waitFor();
  await page.getByLabel('Hetzelfde').check();
  await page.getByLabel('Ja', { exact: true }).first().check();
  await page.locator('#kh-review-danger-nee').check();
  await page.locator('.kh-checkin__outcome').filter({ hasText: 'bedrijfsarts of met je huisarts' }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'checkin-phone.png') });
  await page.locator('#kh-review-danger-ja').click();
  await page.locator('h1:focus').filter({ hasText: /Hulp nu|hulp/i }).waitFor();
  assert.ok(await page.locator('a[href="tel:113"]').first().isVisible());
  await app.assertClean();
  await app.close();

  const manager = await openApp(browser, { path: `plan.html#rol=leidinggevende&sector=ict&omvang=groot&niveau=team&fase=signalen&factoren=werkdruk&stap=terugblik&plan=$0.${since}*~0*Gesprek` });
  await manager.page.getByText('Hoe gaat het nu met je medewerker, vergeleken met toen?').waitFor();
  await manager.page.getByText('Maak je je nu zorgen dat iemand zichzelf of een ander iets aandoet?').waitFor();
  await manager.assertClean();
  await manager.close();
});
