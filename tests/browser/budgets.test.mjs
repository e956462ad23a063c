// The worker's path on the smallest phone (issue 34), at 390×844 and 320×568:
// - all of "Doe dit eerst" in the first screen, every role × stage;
// - every question page within two screens at 390×844, every role; the long
//   lists' descriptions behind "Meer uitleg" (a <details>), still each
//   input's description, the inputs' DOM nodes kept when one opens;
// - nothing said twice on the advice with every fold open (every role ×
//   stage with every factor named, and a sample of other factor sets);
// - the step counter never changes its total during a walk;
// - "Hulp nu" from the start page: both wordings, one tap apart, 44 px.
// axe (WCAG 2.2 AA) on the pages changed; focus on the h1 after each step.
// The figures themselves: measure-phone.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startBrowser, openApp, formatViolations } from './helpers.mjs';
import {
  PHONE, SMALL, VIEWPORTS, ROLES, STAGES, ALL_FACTORS, questionsOf, answers,
  openQuestion, openAdvice, screens, unfolded, firstStepBottom,
} from './phone.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

async function axe(page, where) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  assert.equal(violations.length, 0, `axe on ${where}:\n${formatViolations(violations)}`);
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`${name}: all of "Doe dit eerst" in the first screen, every role × stage`, async () => {
    for (const role of ROLES) {
      for (const stage of STAGES.filter((s) => s !== 'acuut')) {
        // Two factors: the situation line is at its longest.
        const app = await openAdvice(browser, answers(role, stage, 'werkdruk,emotionele-belasting'), viewport);
        const bottom = await firstStepBottom(app.page);
        assert.ok(bottom !== null && bottom <= viewport.height, `${role}/${stage} at ${name}: "Doe dit eerst" ends at ${bottom}px`);
        if (role === 'werknemer' && stage === 'signalen') {
          await app.screenshot(`budgets-advice-${name}`);
          // The situation line's link keeps its full name (and a 44 px target).
          const change = app.page.locator('.kh-situation__change');
          assert.equal((await change.getAttribute('href'))?.includes('stap=controle'), true);
          assert.ok((await change.boundingBox()).height >= 44);
          assert.equal(await app.page.getByRole('link', { name: 'Wijzig je antwoorden' }).count(), 1);
          if (viewport === SMALL) await axe(app.page, `advice at ${name}`);
        }
        await app.close();
      }
    }
  });
}

test('390x844: every question page fits in two screens, for every role', async () => {
  for (const role of ROLES) {
    for (const q of questionsOf(role)) {
      const app = await openQuestion(browser, role, 'signalen', q, PHONE);
      const s = await screens(app.page);
      assert.ok(s <= 2, `${role}, question ${q}: ${s.toFixed(2)} screens at 390x844`);
      await app.close();
    }
  }
});

test('the factor question: "Meer uitleg" per option, a description still, nodes kept; axe at both sizes', async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const app = await openQuestion(browser, 'werknemer', 'signalen', 'factoren', viewport);
    const { page } = app;
    const more = page.locator('.kh-choice__more');
    assert.equal(await more.count(), await page.locator('.kh-choice').count(), 'every option has its description folded');
    assert.ok(await more.count() >= 11);
    // Folded, and still the input's accessible description.
    assert.equal(await page.locator('.kh-choice__hint').first().isVisible(), false);
    const input = page.locator('#kh-factoren-werkdruk');
    const described = await input.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby'))?.textContent ?? '');
    assert.match(described, /Te veel werk/);
    // Tick one, open its explanation: the input is the same node, still ticked; the summary reports expanded.
    await page.locator('label[for="kh-factoren-werkdruk"]').click();
    await input.evaluate((el) => { window.__kept = el; });
    const summary = page.locator('#kh-factoren-werkdruk ~ .kh-choice__more > summary');
    assert.equal(await summary.getAttribute('aria-expanded'), null, 'a native <summary> (its state is the browser\'s)');
    assert.match(await summary.innerText(), /Meer uitleg/);
    await summary.click();
    assert.ok(await page.locator('#kh-factoren-werkdruk-hint').isVisible(), 'the description shows');
    assert.ok(await input.evaluate((el) => el === window.__kept && el.checked), 'the same input node, still ticked');
    const box = await summary.boundingBox();
    assert.ok(box.height >= 24, `"Meer uitleg" is ${box.height}px tall`);
    // Ticking another keeps the explanation open (yew leaves the <details> alone).
    await page.locator('label[for="kh-factoren-agressie"]').click();
    assert.ok(await page.locator('#kh-factoren-werkdruk-hint').isVisible(), 'still open after another choice');
    await app.screenshot(`budgets-factoren-${name}`);
    await axe(page, `factor question at ${name}`);
    await app.close();
  }
  // The stage question keeps its descriptions open: its crisis option says where to call.
  const app = await openQuestion(browser, 'werknemer', 'signalen', 'fase', PHONE);
  assert.equal(await app.page.locator('.kh-choice__more').count(), 0);
  assert.ok(await app.page.locator('#kh-fase-acuut-hint').isVisible());
  await app.close();
});

test('nothing said twice on the advice, every fold open', async () => {
  const sets = [];
  for (const role of ROLES) {
    for (const stage of STAGES) {
      sets.push(answers(role, stage, ALL_FACTORS, 'weet-niet'));
      sets.push(answers(role, stage, 'werkdruk'));
    }
  }
  sets.push(answers('werknemer', 'signalen', 'ongewenst-gedrag,agressie'), answers('hr', 'voorkomen', 'weet-niet', 'weet-niet'));
  for (const set of sets) {
    const app = await openAdvice(browser, set, PHONE);
    const m = await unfolded(app.page);
    assert.deepEqual(m.repeats, [], `${set}: said again`);
    await app.close();
  }
});

test('the step counter keeps its total during a walk (zzp and werknemer), focus on each h1', async () => {
  for (const [role, total] of [['zzp', 5], ['werknemer', 6]]) {
    const app = await openApp(browser, { viewport: SMALL });
    const { page } = app;
    await page.getByRole('button', { name: 'Start' }).click();
    const counts = [];
    for (const q of questionsOf(role)) {
      await page.locator(`input[name="${q}"]`).first().waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      counts.push((await page.locator('.kh-step-count').innerText()).trim());
      const option = q === 'rol' ? role : q === 'fase' ? 'signalen' : null;
      const label = option ? page.locator(`label[for="kh-${q}-${option}"]`) : page.locator(`form label`).first();
      await label.click();
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    await page.waitForFunction(() => /stap=controle/.test(location.hash));
    const totals = new Set(counts.map((c) => c.match(/van (\d+)/)?.[1]).filter(Boolean));
    assert.deepEqual([...totals], [String(total)], `${role}: ${counts.join(' | ')}`);
    counts.forEach((c, i) => assert.match(c, new RegExp(`^Stap ${i + 1}\\b`), `${role}: ${counts.join(' | ')}`));
    await app.assertClean();
    await app.close();
  }
});

test('"Hulp nu" from the start page: both wordings one tap apart, 44 px, at both sizes', async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const app = await openApp(browser, { viewport });
    const { page } = app;
    await page.locator('.kh-crisis__more-link').click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && /Hulp nu/.test(document.activeElement.textContent));
    // For yourself, open; for someone you worry about, one tap away.
    assert.ok(await page.getByText('Je hoeft dit niet alleen te doen.').isVisible());
    const other = page.locator('.kh-crisis-for > summary');
    assert.equal((await other.innerText()).trim(), 'Zorgen om iemand anders?');
    const box = await other.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `the summary is ${box.width}×${box.height}px`);
    assert.equal(await page.getByText('Blijf bij die persoon en bel samen.').isVisible(), false);
    // With the fold closed: 113, 0800-0113 and 112 in the first screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const href of ['tel:113', 'tel:08000113', 'tel:112']) {
      const r = await page.locator(`.kh-calls a[href="${href}"]`).boundingBox();
      assert.ok(r && r.height >= 44 && r.y + r.height <= viewport.height, `${href} at ${name}: ${JSON.stringify(r)}`);
    }
    await other.click();
    assert.ok(await page.getByText('Maak je je zorgen om iemand? Blijf bij die persoon en bel samen.').isVisible());
    assert.ok(await page.getByText('Denkt iemand aan zelfdoding? 113 helpt ook jou.').isVisible());
    await app.screenshot(`budgets-hulp-nu-${name}`);
    await axe(page, `Hulp nu at ${name}`);
    await app.assertClean();
    await app.close();
  }
  // A manager's route (acuut) shows their words first, and the other one tap away.
  const app = await openApp(browser, { path: '#rol=leidinggevende&sector=ict&omvang=groot&niveau=team&fase=acuut&stap=hulp-nu' });
  assert.ok(await app.page.getByText('Blijf bij die persoon en bel samen.').isVisible());
  assert.equal((await app.page.locator('.kh-crisis-for > summary').innerText()).trim(), 'Gaat het om jezelf?');
  await app.close();
});
