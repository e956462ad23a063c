// The wizard end to end: start page → one question per page → check your
// answers → advice, by mouse and by keyboard only, at phone and desktop size;
// browser back/forward, reload, share link, language switch, print, errors,
// links with answers, and axe (WCAG 2.0/2.1/2.2 A/AA) on every page.
// Runs once per BASE_URL (`cargo xtask test` uses `/` and `/keuzehulp/`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startBrowser, openApp, formatViolations, PHONE, BASE_URL, adviceComplete } from './helpers.mjs';

const DESKTOP = { width: 1280, height: 800 };
const SMALL = { width: 320, height: 640 };
const APP = 'Keuzehulp werkstress';
// (The acute path, with its 'Hulp nu' page, is crisis.test.mjs's.)
const FULL = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,agressie';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** axe with the WCAG 2.2 AA tag set; fails the test on any violation. */
async function axe(page, where) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  assert.equal(violations.length, 0, `axe on ${where}:\n${formatViolations(violations)}`);
}

const h1Text = (page) => page.locator('#keuzehulp-app h1').innerText();
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : '';
});
const hash = (page) => new URL(page.url()).hash;
const noOverflow = async (page, where) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${where}: page is ${overflow}px wider than the viewport`);
};

/** After a step change: the h1 has focus, the title says where we are. */
async function assertStep(page, { n, total, where }) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const title = await page.title();
  const h1 = (await h1Text(page)).trim();
  if (n) {
    // No total while an answer to come could change it (issue 34): "Stap 1" on the role question.
    const step = total ? `Stap ${n} van ${total}` : `Stap ${n}`;
    assert.equal(title, `${step}: ${h1} – ${APP}`, where);
    const count = page.locator('.kh-step-count');
    assert.equal((await count.innerText()).trim(), step);
    assert.equal(await count.evaluate((el) => el.closest('form')), null, 'the step count is outside the form');
    assert.equal(await page.locator('fieldset legend h1').count(), 1, 'the legend is the h1');
  }
  return { title, h1 };
}

/** Choose option(s) of the current question by clicking their labels, then Next. */
async function answer(page, question, ...options) {
  for (const o of options) await page.locator(`label[for="kh-${question}-${o}"]`).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
}

async function walkByClick(app, viewportName) {
  const { page } = app;
  const shot = (name) => app.screenshot(`wizard-${viewportName}-${name}`);
  await axe(page, 'start page');
  await shot('01-start');
  await page.getByRole('button', { name: 'Start' }).click();

  // Question 1, and the error summary.
  await assertStep(page, { n: 1, where: 'question 1' });
  assert.equal(hash(page), '#stap=rol');
  await axe(page, 'question 1');
  await shot('02-question-rol');
  await page.getByRole('button', { name: 'Volgende' }).click();
  const summary = page.locator('.kh-error-summary');
  await summary.waitFor();
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.match(await focused(page), /kh-error-summary/, 'the error summary has focus');
  assert.match(await page.title(), /^Fout: Stap 1: /);
  assert.match(await page.locator('.kh-error-message').innerText(), /Kies een antwoord/);
  await axe(page, 'question 1 with an error');
  await shot('03-error');
  await summary.getByRole('link').click();
  assert.equal(await focused(page), 'input#kh-rol-werknemer.kh-choice__input', 'the error link focuses the first radio');
  assert.equal(hash(page), '#stap=rol', 'the error link does not change the address');

  await answer(page, 'rol', 'werknemer');
  await assertStep(page, { n: 2, total: 6, where: 'question 2' });
  await axe(page, 'question 2');
  await answer(page, 'sector', 'onderwijs');
  await assertStep(page, { n: 3, total: 6, where: 'question 3' });
  await answer(page, 'omvang', 'groot');
  await assertStep(page, { n: 4, total: 6, where: 'question 4' });
  await answer(page, 'niveau', 'individu');
  await assertStep(page, { n: 5, total: 6, where: 'question 5' });
  await answer(page, 'fase', 'signalen');
  await assertStep(page, { n: 6, total: 6, where: 'question 6' });

  // Checkboxes: "weet niet" unchecks the others and vice versa.
  const box = (o) => page.locator(`#kh-factoren-${o}`);
  for (const o of ['werkdruk', 'agressie']) await page.locator(`label[for="kh-factoren-${o}"]`).click();
  await page.locator('label[for="kh-factoren-weet-niet"]').click();
  assert.deepEqual([await box('werkdruk').isChecked(), await box('agressie').isChecked(), await box('weet-niet').isChecked()], [false, false, true]);
  await page.locator('label[for="kh-factoren-werkdruk"]').click();
  assert.deepEqual([await box('werkdruk').isChecked(), await box('weet-niet').isChecked()], [true, false]);
  await page.locator('label[for="kh-factoren-agressie"]').click();
  await axe(page, 'question 6 (checkboxes)');
  await shot('04-question-factoren');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Check your answers, and a change that returns here.
  await assertStep(page, { where: 'check' });
  assert.equal(await page.title(), `Kloppen je antwoorden? – ${APP}`);
  assert.equal(await page.locator('.kh-summary__row').count(), 6);
  await axe(page, 'check answers');
  await shot('05-check');
  const sectorQuestion = (await page.locator('.kh-summary__key').nth(1).innerText()).trim();
  const change = page.getByRole('link', { name: `Wijzig ${sectorQuestion}`, exact: true });
  assert.equal(await change.count(), 1, 'the Wijzig link names its question');
  await change.click();
  await assertStep(page, { n: 2, total: 6, where: 'changing the sector' });
  assert.ok(await page.locator('#kh-sector-onderwijs').isChecked(), 'the saved answer is selected');
  await answer(page, 'sector', 'zorg-welzijn');
  await assertStep(page, { where: 'back on check' });
  assert.equal(await h1Text(page), 'Kloppen je antwoorden?');
  assert.match(await page.locator('.kh-summary').innerText(), /Zorg en welzijn/);
  await page.getByRole('button', { name: 'Bekijk je advies' }).click();

  // The advice.
  await assertStep(page, { where: 'results' });
  await adviceComplete(page);
  assert.equal(await page.title(), `Jouw advies – ${APP}`);
  assert.equal(hash(page), `#${FULL}&stap=advies`);
  // The GOV.UK answer pattern: the situation, then the one first step.
  assert.match(await page.locator('.kh-results h1 + .kh-situation').innerText(), /werknemer · de zorg en het welzijn/);
  assert.ok(await page.locator('.kh-situation + .kh-print-only + .kh-first-step').isVisible(), 'the first step right under the situation');
  for (const tel of ['tel:113', 'tel:08000113', 'tel:112']) {
    assert.ok(await page.locator(`.kh-footer a[href="${tel}"]`).isVisible(), tel);
  }
  assert.ok(await page.locator('article.kh-card').count() >= 2, 'full cards');
  assert.ok(await page.locator('.kh-card__why').count() >= 1, 'why it fits');
  assert.ok(await page.locator('.kh-card__next').count() >= 1, 'one next step');
  assert.ok(await page.locator('.kh-badge').count() >= 1, 'evidence badges');
  assert.ok(await page.locator('.kh-figures li').count() >= 1, 'figures');
  await noOverflow(page, 'results');
  await axe(page, 'results');
  await shot('06-results');
  // The folded parts too.
  await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  await axe(page, 'results with every <details> open');
  await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = false; }));
}

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`walk the whole flow by mouse at ${viewport.width}x${viewport.height} (${BASE_URL})`, async () => {
    const app = await openApp(browser, { viewport, contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    const { page } = app;
    try {
      await walkByClick(app, name);
      const resultsUrl = page.url();

      // Browser back and forward move between steps.
      await page.goBack();
      await page.waitForFunction(() => document.title.startsWith('Kloppen je antwoorden?'));
      assert.equal(hash(page), `#${FULL}&stap=controle`);
      await page.goForward();
      await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
      await adviceComplete(page);

      // Reload keeps everything.
      await page.reload();
      await page.waitForSelector('html[data-keuzehulp=ready]');
      assert.equal(await h1Text(page), 'Jouw advies');
    await adviceComplete(page);
      await adviceComplete(page);
      assert.equal(page.url(), resultsUrl);

      // Share: copied to the clipboard, with a polite confirmation.
      await page.getByRole('button', { name: 'Deel deze link' }).click();
      const status = page.locator('.kh-share__status');
      await page.waitForFunction(() => document.querySelector('.kh-share__status')?.textContent.length > 0);
      assert.equal(await status.getAttribute('aria-live'), 'polite');
      assert.match(await status.innerText(), /gekopieerd/);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), resultsUrl);

      // Print: no buttons, the link as text, folded content left out.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('button', { name: 'Deel deze link' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Opnieuw beginnen' }).isVisible(), false);
      assert.equal(await page.locator('.kh-lang-switch').isVisible(), false);
      const printed = page.locator('.kh-share__print');
      assert.ok(await printed.isVisible(), 'the link is printed');
      assert.ok((await printed.innerText()).includes(resultsUrl));
      assert.ok(await page.locator('.kh-brand').isVisible(), 'the paper says which tool it came from');
      assert.ok(await page.locator('.kh-situation').isVisible(), 'the answers are printed');
      assert.equal(await page.locator('details.kh-fold').first().isVisible(), false, 'folded parts are not printed');
      await app.screenshot(`wizard-${name}-07-print`);
      await page.emulateMedia({ media: 'screen' });

      // Language switch keeps the answers and the step.
      const sw = page.locator('.kh-lang-switch');
      assert.equal(await sw.getAttribute('lang'), 'en');
      await sw.click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await h1Text(page), 'Your advice');
      await adviceComplete(page);
      assert.equal(hash(page), `#${FULL}&stap=advies&taal=en`);
      assert.equal(await page.title(), 'Your advice – Work stress choice aid');
      await axe(page, 'results in English');
      await app.screenshot(`wizard-${name}-08-results-en`);
      await page.locator('.kh-lang-switch').click();
      await page.waitForFunction(() => document.documentElement.lang === 'nl');
      assert.equal(hash(page), `#${FULL}&stap=advies`);

      // Start again.
      await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
      await page.waitForFunction(() => document.title === 'Keuzehulp werkstress');
      assert.ok(['', '#'].includes(hash(page)));
      assert.ok(await page.getByRole('button', { name: 'Start' }).isVisible());
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

/** Press Tab until the focused element matches `selector` (at most 60 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${await focused(page)}`);
}

test('walk the whole flow by keyboard only (Tab, Space, Enter)', async () => {
  const app = await openApp(browser, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  const { page } = app;
  try {
    await tabTo(page, 'a.kh-button--start');
    await page.keyboard.press('Enter');
    await assertStep(page, { n: 1, where: 'keyboard question 1' });
    // Focus is on the h1: the next Tab stops are the back link, then the radios.
    await tabTo(page, '#kh-rol-werknemer');
    // Enter without a choice: the error summary takes focus.
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('kh-error-summary'));
    const choices = [['rol', 'zzp'], ['sector', 'ict'], ['niveau', 'team'], ['fase', 'signalen'], ['factoren', 'werkdruk']];
    for (const [i, [q, o]] of choices.entries()) {
      if (i > 0) await assertStep(page, { n: i + 1, total: 5, where: `keyboard question ${q}` });
      await tabTo(page, `#kh-${q}-${await page.locator(`[name="${q}"]`).first().getAttribute('value')}`);
      if (q !== 'factoren') {
        // Arrow keys move within a radio group; Space selects.
        for (let n = 0; n < 12 && !(await page.evaluate((id) => document.activeElement?.id === id, `kh-${q}-${o}`)); n++) {
          await page.keyboard.press('ArrowDown');
        }
      } else {
        await tabTo(page, `#kh-${q}-${o}`);
      }
      await page.keyboard.press('Space');
      assert.ok(await page.locator(`#kh-${q}-${o}`).isChecked(), `${q}=${o} is chosen`);
      await tabTo(page, 'button[type=submit]');
      await page.keyboard.press('Space');
    }
    await assertStep(page, { where: 'keyboard check' });
    assert.equal(await h1Text(page), 'Kloppen je antwoorden?');
    assert.equal(await page.locator('.kh-summary__row').count(), 5, 'zzp: no question about the organisation size');
    await tabTo(page, '.kh-check button.kh-button');
    await page.keyboard.press('Enter');
    await assertStep(page, { where: 'keyboard results' });
    assert.equal(await h1Text(page), 'Jouw advies');
    await adviceComplete(page);
    // The back link by keyboard.
    await tabTo(page, '.kh-back-link');
    await page.keyboard.press('Enter');
    await assertStep(page, { where: 'keyboard back to check' });
    assert.equal(await h1Text(page), 'Kloppen je antwoorden?');
    await tabTo(page, '.kh-check button.kh-button');
    await page.keyboard.press('Space');
    await assertStep(page, { where: 'keyboard results again' });
    // A folded card opens with Enter.
    const summary = page.locator('details > summary').first();
    if (await summary.count()) {
      await tabTo(page, 'details > summary');
      await page.keyboard.press('Enter');
      assert.ok(await page.locator('details').first().evaluate((d) => d.open));
    }
    await tabTo(page, '.kh-share button.kh-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /gekopieerd/.test(document.querySelector('.kh-share__status')?.textContent));
    // The language switch by keyboard keeps the answers.
    const before = hash(page);
    await tabTo(page, '.kh-lang-switch');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(hash(page), `${before}&taal=en`);
    assert.equal(await focused(page), 'button.kh-lang-switch', 'focus stays on the switch');
    await app.screenshot('wizard-keyboard-results-en');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('a choice not yet saved survives a language switch, and going back forgets it', async () => {
  const app = await openApp(browser, { path: '#rol=werknemer&sector=ict&omvang=groot&niveau=team&fase=signalen&stap=factoren' });
  const { page } = app;
  try {
    await page.waitForFunction(() => document.querySelector('#kh-factoren-werkdruk'));
    const box = (o) => page.locator(`#kh-factoren-${o}`);
    await page.locator('label[for="kh-factoren-werkdruk"]').click();
    await page.locator('label[for="kh-factoren-thuiswerken"]').click();
    await page.locator('.kh-lang-switch').click();
    await page.waitForFunction(() => document.querySelector('.kh-app')?.getAttribute('lang') === 'en');
    assert.deepEqual([await box('werkdruk').isChecked(), await box('thuiswerken').isChecked(), await box('regelruimte').isChecked()],
      [true, true, false], 'the same boxes are checked in English');
    // Back without Next: the unsaved choice is gone, as in any form.
    await page.locator('.kh-back-link').click();
    await page.waitForFunction(() => document.querySelector('#kh-fase-signalen'));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction(() => document.querySelector('#kh-factoren-werkdruk'));
    assert.equal(await box('werkdruk').isChecked(), false);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('share without a clipboard: a message, and the link shown and selected to copy by hand', async () => {
  const app = await openApp(browser, { path: `#${FULL}` });
  const { page } = app;
  try {
    // A browser without the Clipboard API (an old one, or an http:// intranet copy).
    await app.context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    await page.reload();
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
    const field = page.locator('#kh-share-link');
    assert.equal(await field.isVisible(), false, 'the link field is hidden at first');
    await page.getByRole('button', { name: 'Deel deze link' }).click();
    await page.waitForFunction(() => /Kopi/.test(document.querySelector('.kh-share__status')?.textContent));
    assert.ok(await field.isVisible(), 'the link field shows');
    assert.equal(await field.inputValue(), page.url());
    assert.deepEqual(await page.evaluate(() => {
      const el = document.activeElement;
      return [el?.id, el?.selectionStart, el?.selectionEnd === el?.value.length];
    }), ['kh-share-link', 0, true], 'focused, and all of it selected');
    assert.equal(await page.getByLabel('Link naar dit advies').count(), 1, 'the field has its label');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('links with answers: complete → advice, incomplete → first open question, malformed → notice', async () => {
  const app = await openApp(browser, { path: `#${FULL}` });
  const { page } = app;
  try {
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
    assert.equal(hash(page), `#${FULL}&stap=advies`, 'the address is tidied up to the canonical link');

    await page.goto(new URL('#rol=werknemer&sector=ict', app.url).href);
    await page.waitForFunction(() => document.title.startsWith('Stap 3 van 6'));
    assert.equal(hash(page), '#rol=werknemer&sector=ict&stap=omvang');

    await page.goto(new URL('#rol=werknemer&kleur=blauw&sector=maan&zomaar&taal=en', app.url).href);
    const notice = page.locator('.kh-notices');
    await page.waitForFunction(() => document.querySelector('.kh-notices li'));
    assert.equal(await notice.getAttribute('role'), 'status');
    const text = await notice.innerText();
    assert.match(text, /kleur/);
    assert.match(text, /maan/);
    assert.match(text, /zomaar/);
    // (The English texts load on the way: a moment later.)
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.title(), /^Step 2 of 6: /, 'the valid part (rol) is kept');
    await axe(page, 'a page with notices');
    await app.screenshot('wizard-notices');

    // A flood of bad parts: five notices and a count, the page and its crisis line stay near the top,
    // and a part cannot write its own sentence on the page.
    await page.goto(new URL(`#${'x&'.repeat(900)}Bel%20NIET%20113%20maar%200900-1234567&rol=werknemer`, app.url).href);
    await page.waitForFunction(() => document.querySelectorAll('.kh-notices li').length > 0);
    assert.equal(await page.locator('.kh-notices li').count(), 6);
    assert.match(await page.locator('.kh-notices li').last().innerText(), /(And|En nog) 896 /);
    const h1Top = await page.locator('#keuzehulp-app h1').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
    assert.ok(h1Top < 1500, `the h1 starts at ${h1Top}px`);
    await page.goto(new URL('#Bel%20NIET%20113%20maar%200900-1234567', app.url).href);
    await page.waitForFunction(() => document.querySelector('.kh-notices li'));
    assert.doesNotMatch(await page.locator('.kh-notices').innerText(), /NIET 113|Bel /);

    // Nothing makes it panic.
    for (const odd of ['%', '%E2%82', 'stap=', '=&=', 'a'.repeat(5000), 'rol=werknemer,zzp&stap=advies', '😀=😀']) {
      await page.goto(new URL(`#${odd}`, app.url).href);
      await page.waitForFunction(() => document.querySelector('#keuzehulp-app h1'));
    }
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('screen reader names: the back link is "Terug" without its chevron; a level line and its badge are read apart; sources are letters, not files', async () => {
  const app = await openApp(browser, { path: `#${FULL}` });
  const { page } = app;
  try {
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
    assert.match(await page.locator('.kh-back-link').ariaSnapshot(), /^- link "Terug"/);
    const meta = await page.locator('.kh-card__meta', { has: page.locator('.kh-badge--zonmw') }).first().textContent();
    assert.match(meta, /[a-z]\. ZonMw-aanpak$/, `a full stop between the levels and the badge: ${meta}`);
    // One list of sources at the end, folded.
    await page.locator('.kh-results__sources > summary').click();
    const sources = await page.locator('.kh-sources li').allTextContents();
    assert.ok(sources.length > 5 && sources.every((s) => !/\.txt/.test(s)), 'no file names as sources');
    assert.ok(sources.some((s) => /Tweede Kamer, 24 april 2025/.test(s)));
  } finally {
    await app.close();
  }
});

test('no English texts (a failed download): the app starts in Dutch rather than not at all', async () => {
  const app = await openApp(browser, { path: '#rol=werknemer&taal=en', blockRequests: ['content-en.txt'], contextOptions: { locale: 'en-US' } });
  const { page } = app;
  try {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.keuzehulp), 'ready');
    await page.waitForFunction(() => document.querySelector('#keuzehulp-app fieldset h1'));
    assert.match(await page.title(), /^Stap 2 van 6: /, 'the link\'s answer is kept, in Dutch');
    assert.equal(await page.locator('.kh-app').getAttribute('lang'), 'nl');
    assert.ok(app.consoleErrors.every((e) => /404/.test(e)), `only the blocked downloads: ${app.consoleErrors}`);
    await app.screenshot('wizard-no-english');
    await app.assertClean({ allowConsoleErrors: true });
  } finally {
    await app.close();
  }
});

test('320px wide and 200% zoom: no horizontal scrolling on any page', async () => {
  for (const [label, options] of [['320', { viewport: SMALL }], ['zoom200', { viewport: { width: 640, height: 800 }, contextOptions: { deviceScaleFactor: 2 } }]]) {
    const app = await openApp(browser, options);
    const { page } = app;
    try {
      if (label === 'zoom200') await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
      await noOverflow(page, `${label} start`);
      if (label === '320') await app.screenshot('wizard-320-start');
      for (const stap of ['rol', 'factoren', 'controle', 'advies']) {
        const answers = stap === 'rol' ? '' : stap === 'factoren' ? FULL.replace(/&factoren=.*/, '&') : `${FULL}&`;
        await page.goto(new URL(`#${answers}stap=${stap}`, app.url).href);
        await page.waitForFunction(() => document.querySelector('#keuzehulp-app h1'));
        if (label === 'zoom200') await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
        await noOverflow(page, `${label} ${stap}`);
        if (label === '320') await app.screenshot(`wizard-320-${stap}`);
        if (stap === 'rol') {
          // The error state adds a border and padding: the longest Dutch words must still wrap.
          await page.locator('form button[type=submit]').click();
          await page.locator('.kh-error-summary').waitFor();
          await noOverflow(page, `${label} ${stap} with an error`);
        }
      }
    } finally {
      await app.close();
    }
  }
});

test('WCAG 1.4.12 text spacing at 320px: nothing is cut off or scrolls sideways, in Dutch and English', async () => {
  // The spacing a user's style sheet may set (bypassCSP: the page's CSP rightly refuses injected styles).
  const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  for (const lang of ['nl', 'en']) {
    const taal = lang === 'en' ? '&taal=en' : '';
    const app = await openApp(browser, { viewport: SMALL, contextOptions: { bypassCSP: true } });
    const { page } = app;
    try {
      for (const stap of ['rol', 'factoren', 'controle', 'advies']) {
        const answers = stap === 'rol' ? '' : stap === 'factoren' ? FULL.replace(/&factoren=.*/, '&') : `${FULL}&`;
        await page.goto(new URL(`#${answers}stap=${stap}${taal}`, app.url).href);
        await page.waitForFunction(() => document.querySelector('#keuzehulp-app h1'));
        await page.addStyleTag({ content: SPACING });
        await noOverflow(page, `${lang} ${stap}`);
        // The language button shows its whole name.
        const clipped = await page.locator('.kh-lang-switch').evaluate((b) => b.scrollWidth - b.clientWidth);
        assert.ok(clipped <= 0, `${lang} ${stap}: the language button cuts ${clipped}px of its text`);
      }
    } finally {
      await app.close();
    }
  }
});

test('dark colour scheme: axe finds no contrast problems', async () => {
  const app = await openApp(browser, { path: `#${FULL}`, contextOptions: { colorScheme: 'dark' } });
  const { page } = app;
  try {
    await page.waitForFunction(() => document.title.startsWith('Jouw advies'));
    await adviceComplete(page);
    await axe(page, 'results (dark)');
    await app.screenshot('wizard-dark-results');
    await page.goto(new URL('#stap=rol', app.url).href);
    await page.waitForFunction(() => document.querySelector('fieldset h1'));
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.kh-error-summary').waitFor();
    await axe(page, 'question with error (dark)');
    await app.screenshot('wizard-dark-error');
    // axe does not look at focus states: the focused error link must keep 4.5:1 too.
    await page.keyboard.press('Tab');
    const contrast = await page.evaluate(() => {
      const a = document.activeElement;
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
      const style = getComputedStyle(a);
      const [l1, l2] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
      return { where: a.closest('.kh-error-summary') !== null, ratio: (l1 + 0.05) / (l2 + 0.05) };
    });
    assert.ok(contrast.where, 'Tab from the error summary goes to its link');
    assert.ok(contrast.ratio >= 4.5, `the focused error link has contrast ${contrast.ratio.toFixed(2)}:1`);
  } finally {
    await app.close();
  }
});

test('an English visitor sees the English start page without waiting for main.js (issue 23)', async () => {
  // main.js never arrives: the inline script of index.html (allowed by its
  // hash) swapped the page during parsing, so the first paint is English.
  const app = await openApp(browser, { waitForApp: false, blockRequests: ['main.js'], contextOptions: { locale: 'en-US' } });
  try {
    await app.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal((await app.page.locator('#keuzehulp-app h1').innerText()).trim(), 'Work stress choice aid');
    assert.equal(await app.page.locator('template#kh-prerender-en').count(), 0, 'the template is gone once used');
    assert.equal(await app.page.title(), 'Work stress choice aid');
    // And a Dutch link stays Dutch in an English browser.
    await app.page.goto(new URL('#taal=nl', BASE_URL).href);
    await app.page.reload();
    assert.equal((await app.page.locator('#keuzehulp-app h1').innerText()).trim(), 'Keuzehulp werkstress');
  } finally {
    await app.close();
  }
});

test('a share link paints "opening your answers" and the crisis line before the app, not the start page, and fetches the app at once (issue 23)', async () => {
  const SHARE = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk&stap=advies';
  // main.js never arrives: what shows is what index.html's inline script made of the prerendered page.
  for (const [hash, lang, text] of [[SHARE, 'nl', 'Je antwoorden worden geopend…'], [`taal=en&${SHARE}`, 'en', 'Opening your answers…']]) {
    const app = await openApp(browser, { path: `#${hash}`, waitForApp: false, blockRequests: ['main.js'] });
    try {
      const { page } = app;
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const start = page.locator('#keuzehulp-app .kh-start');
      assert.equal(await start.getAttribute('class'), 'kh-start kh-start--opening');
      assert.equal((await start.locator('.kh-lead').innerText()).trim(), text);
      assert.equal(await start.locator('.kh-button--start').isVisible(), false, 'no Start button: the link opens the advice');
      assert.equal(await start.locator('h2:not(.kh-crisis__heading)').first().isVisible(), false, 'nor the rest of the start page');
      for (const tel of ['tel:113', 'tel:08000113', 'tel:112']) {
        const box = await start.locator(`a[href="${tel}"]`).boundingBox();
        assert.ok(box && box.width >= 44 && box.height >= 44, `${lang}: ${tel} is ${box?.width}×${box?.height} px`);
      }
      // The app's files are asked for at once, not after main.js (which never came).
      const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')]
        .map((l) => `${l.rel} ${new URL(l.href).pathname.split('/').pop()}`));
      assert.deepEqual(preloads, ['modulepreload keuzehulp.js', 'preload keuzehulp_bg.wasm', `preload content-${lang}.txt`]);
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('keuzehulp_bg.wasm')));
    } finally {
      await app.close();
    }
  }
  // The start page itself preloads nothing (its first paint comes first), and the app replaces the opening state.
  const plain = await openApp(browser, { waitForApp: false, blockRequests: ['main.js'] });
  try {
    await plain.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    assert.equal(await plain.page.locator('link[rel=preload], link[rel=modulepreload], .kh-start--opening').count(), 0);
  } finally {
    await plain.close();
  }
  const app = await openApp(browser, { path: `#${SHARE}` });
  try {
    await app.page.locator('.kh-first-step, .kh-results').first().waitFor();
    assert.equal(await app.page.locator('.kh-start--opening').count(), 0);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('the prerendered start page is what the app renders first, in Dutch and in English', async () => {
  // Without JavaScript: the Dutch page, and the English one in an inert template.
  const noJs = await openApp(browser, { javaScriptEnabled: false });
  let prerendered;
  try {
    prerendered = {
      nl: await noJs.page.locator('#keuzehulp-app').innerHTML(),
      en: await noJs.page.locator('template#kh-prerender-en').evaluate((t) => t.innerHTML),
    };
    for (const [lang, html] of Object.entries(prerendered)) {
      assert.match(html, /<h1/, lang);
      assert.match(html, /tel:08000113/, lang);
      assert.match(html, new RegExp(`^<div [^>]*lang="${lang}"`), `${lang}: the app's root says its language`);
    }
    assert.equal(await noJs.page.locator('#keuzehulp-app h1').count(), 1, 'the template shows nothing');
  } finally {
    await noJs.close();
  }
  for (const [lang, locale, title] of [['nl', 'nl-NL', 'Keuzehulp werkstress'], ['en', 'en-US', 'Work stress choice aid']]) {
    const app = await openApp(browser, { contextOptions: { locale } });
    try {
      // Before the first paint, index.html's inline script put the visitor's language in place.
      const swapped = await app.page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { lang: document.documentElement.lang, painted: Boolean(fcp) };
      });
      assert.deepEqual(swapped, { lang, painted: true }, locale);
      const live = await app.page.locator('#keuzehulp-app').innerHTML();
      assert.equal(live, prerendered[lang], `${locale}: the first render matches the prerendered HTML`);
      assert.equal(await app.page.title(), title);
      await app.assertClean();
    } finally {
      await app.close();
    }
  }
});
