// Advice that guides (issue 16):
// - the page shows what `keuzehulp advise --format json` says (engine::present):
//   the same first step, the same approaches and experts open, in the same order;
// - the length budget: for one answer set per role × stage (32 sets), with the
//   folded parts closed, at most 450 visible words in the advice and at most
//   4 screens at 390×844; the first step inside the first screen;
// - print: at most 2 A4 pages, with the answers, the first step, the open
//   approaches and experts, and the crisis line on page 1.
// Prints the words and screens (min / median / max) for the closing note.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser, openApp, PHONE, adviceComplete } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = process.env.KEUZEHULP_BIN || join(here, '..', '..', 'target', 'release', 'keuzehulp');
const ROLES = ['werknemer', 'leidinggevende', 'werkgever', 'hr', 'medezeggenschap', 'arboprofessional', 'zzp', 'student'];
const STAGES = ['voorkomen', 'signalen', 'verzuim', 'acuut'];
const NURSE = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,emotionele-belasting';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

function answers(role, stage, factors = 'werkdruk') {
  const size = role === 'zzp' || role === 'student' ? '' : '&omvang=middelgroot';
  return `rol=${role}&sector=zorg-welzijn${size}&niveau=individu&fase=${stage}&factoren=${factors}`;
}

function advise(set) {
  return JSON.parse(execFileSync(BIN, ['advise', set, '--format', 'json'], { encoding: 'utf8' }));
}

async function openAdvice(set, viewport = PHONE) {
  const app = await openApp(browser, { path: `#${set}&stap=advies`, viewport });
  await adviceComplete(app.page);
  return app;
}

/** What the advice shows (`.kh-results`, without the page's header and footer): visible words, height, first step, and the cards open and folded. */
function measure(page) {
  return page.evaluate(() => {
    const results = document.querySelector('.kh-results');
    let words = 0;
    const walker = document.createTreeWalker(results, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && el.checkVisibility() && !el.closest('.kh-visually-hidden')) {
        words += n.textContent.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      }
    }
    const name = (card) => (card.querySelector(':scope > .kh-card__title, :scope > .kh-card__summary')?.textContent ?? '').trim();
    const section = (id) => [...document.querySelectorAll(`section[aria-labelledby="${id}"] .kh-card`)];
    const split = (cards) => ({
      open: cards.filter((c) => c.tagName === 'ARTICLE' && c.checkVisibility()).map(name),
      all: cards.map(name),
    });
    const first = document.querySelector('.kh-first-step__text');
    const firstBox = document.querySelector('.kh-first-step')?.getBoundingClientRect();
    return {
      words,
      height: results.getBoundingClientRect().height,
      firstStep: first ? first.textContent.trim() : null,
      firstStepBottom: firstBox ? firstBox.bottom + window.scrollY : null,
      categories: split(section('kh-categories-heading')),
      experts: split(section('kh-experts-heading')),
    };
  });
}

test('the page shows what `keuzehulp advise` says: first step, approaches and experts, open and in order', async (t) => {
  if (!existsSync(BIN)) return t.skip(`no CLI at ${BIN}`);
  const sample = [NURSE, answers('leidinggevende', 'verzuim', 'leiderschap'), answers('zzp', 'voorkomen', 'agressie'),
    answers('hr', 'signalen', 'werk-prive,onzekerheid'), answers('student', 'verzuim', 'prestatiedruk')];
  for (const set of sample) {
    const cli = advise(set);
    const app = await openAdvice(set);
    const page = await measure(app.page);
    assert.equal(page.firstStep, cli.first_step?.text ?? null, `${set}: first step`);
    const names = (items, open) => items.filter((i) => !open || i.open).map((i) => i.name);
    assert.deepEqual(page.categories.open, names(cli.categories, true), `${set}: open approaches`);
    assert.deepEqual(page.categories.all, names(cli.categories, false), `${set}: all approaches, in order`);
    assert.deepEqual(page.experts.open, names(cli.experts, true), `${set}: open experts`);
    assert.deepEqual(page.experts.all, names(cli.experts, false), `${set}: all experts, in order`);
    await app.close();
  }
});

test('length budget: 32 role × stage sets, at most 450 visible words and 4 screens at 390×844', async () => {
  const rows = [];
  for (const role of ROLES) {
    for (const stage of STAGES) {
      const set = answers(role, stage);
      const app = await openAdvice(set);
      const m = await measure(app.page);
      rows.push({ set: `${role}/${stage}`, words: m.words, screens: m.height / PHONE.height });
      if (stage !== 'acuut') {
        assert.ok(m.firstStepBottom !== null && m.firstStepBottom <= PHONE.height, `${role}/${stage}: the first step ends at ${m.firstStepBottom}px, outside the first screen`);
      }
      await app.close();
    }
  }
  const stat = (key) => {
    const v = rows.map((r) => r[key]).sort((a, b) => a - b);
    return `min ${v[0].toFixed(1)}, median ${((v[15] + v[16]) / 2).toFixed(1)}, max ${v[v.length - 1].toFixed(1)}`;
  };
  console.log(`length budget over ${rows.length} sets: words ${stat('words')}; screens ${stat('screens')}`);
  for (const r of rows) {
    assert.ok(r.words <= 450, `${r.set}: ${r.words} visible words`);
    assert.ok(r.screens <= 4, `${r.set}: ${r.screens.toFixed(2)} screens`);
  }
});

test('print: at most 2 A4 pages, with the answers, the first step, what is open and the crisis line on page 1', async () => {
  for (const set of [NURSE, answers('werkgever', 'voorkomen', 'werkdruk,agressie'), answers('werknemer', 'acuut')]) {
    const app = await openAdvice(set);
    const { page } = app;
    if (set === NURSE) await app.screenshot('results-nurse-390x844');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    if (set === NURSE) {
      mkdirSync(join(here, 'screenshots'), { recursive: true });
      writeFileSync(join(here, 'screenshots', 'results-nurse-print.pdf'), pdf);
    }
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${set}: ${pages} A4 pages`);
    await page.emulateMedia({ media: 'print' });
    const where = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility());
      const top = (el) => el ? el.getBoundingClientRect().top + window.scrollY : Infinity;
      return {
        crisis: top(shown('a[href="tel:113"]')[0]),
        situation: shown('.kh-situation').length,
        firstStep: shown('.kh-first-step, .kh-crisis-help').length,
        openCards: shown('article.kh-card').length,
      };
    });
    // A4 at 96 dpi is 1123 px tall; the page margins take some of it.
    assert.ok(where.crisis < 1000, `${set}: the crisis line starts at ${where.crisis}px, not on page 1`);
    assert.equal(where.situation, 1, 'the answers are printed');
    assert.equal(where.firstStep, 1, 'the first step (or crisis help) is printed');
    assert.ok(where.openCards >= 1, 'the open cards are printed');
    await app.close();
  }
});

test('every step change starts at the top, focus on the h1; the error names the question; Back shows the answer chosen', async () => {
  const app = await openApp(browser, { path: '#rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&stap=factoren' });
  const { page } = app;
  await page.locator('fieldset legend h1').waitFor();
  // The long checkbox question, scrolled to its Next button.
  await page.locator('label[for="kh-factoren-werkdruk"]').click();
  await page.getByRole('button', { name: 'Volgende' }).scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => window.scrollY) > 100, 'scrolled down first');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && /Kloppen/.test(document.activeElement.textContent));
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the next step opens at the top');

  // The error message names the question.
  const fresh = await openApp(browser, { path: '#stap=rol' });
  await fresh.page.locator('fieldset legend h1').waitFor();
  const question = (await fresh.page.locator('fieldset legend h1').innerText()).trim();
  await fresh.page.getByRole('button', { name: 'Volgende' }).click();
  assert.equal((await fresh.page.locator('.kh-error-summary a').innerText()).trim(), `Kies een antwoord op de vraag: ${question}`);
  // The browser's Back shows the previous question with its answer chosen.
  await fresh.page.locator('label[for="kh-rol-hr"]').click();
  await fresh.page.getByRole('button', { name: 'Volgende' }).click();
  await fresh.page.waitForFunction(() => /stap=sector/.test(location.hash));
  await fresh.page.goBack();
  await fresh.page.waitForFunction(() => /stap=rol/.test(location.hash));
  await fresh.page.locator('#kh-rol-hr').waitFor();
  assert.ok(await fresh.page.locator('#kh-rol-hr').isChecked(), 'the answer is still chosen after the browser Back');
  await fresh.assertClean();
  await fresh.close();
  await app.close();
});
