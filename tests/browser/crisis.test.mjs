// Crisis first (issue 15): help in one tap, from the start page and from the
// moment "acuut" is chosen, at 390×844 and 320×568, in Dutch and English.
// - the start page holds tap-to-call 113 in its first screen;
// - after choosing acuut, Next leads to "Hulp nu", whose first screen holds
//   113, 0800-0113 and 112 as targets of at least 44×44 px; its "later" link
//   goes on with the wizard, and Back and the share link work through it;
// - for every role, the advice at acuut shows only crisis help and the GP open;
// - every crisis number on every page (the footer too) is a 44×44 px target;
// - a Start tapped before the wasm has arrived (delayed 3 s) still starts.
// xtask: both-paths

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp, PHONE, BASE_URL, adviceComplete } from './helpers.mjs';

const SMALL_PHONE = { width: 320, height: 568 };
const VIEWPORTS = [['390x844', PHONE], ['320x568', SMALL_PHONE]];
const LANGS = [['nl', 'nl-NL'], ['en', 'en-GB']];
const ROLES = ['werknemer', 'leidinggevende', 'werkgever', 'hr', 'medezeggenschap', 'arboprofessional', 'zzp', 'student'];
const FOR_OTHERS = new Set(['leidinggevende', 'werkgever', 'hr', 'medezeggenschap', 'arboprofessional']);

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** Each `tel:` target: its box, and whether all of it is in the first screen. */
async function telTargets(page, viewport) {
  return page.locator('#keuzehulp-app a[href^="tel:"]').evaluateAll((links, height) => links.map((a) => {
    const r = a.getBoundingClientRect();
    return { href: a.getAttribute('href'), width: r.width, height: r.height, top: r.top, inFirstScreen: r.top >= 0 && r.bottom <= height, visible: r.width > 0 };
  }), viewport.height);
}

/** Nothing sticks out sideways (a call button's text must wrap, also at 320 px). */
async function assertNoOverflow(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${where}: the page is ${overflow}px wider than the screen`);
}

function assertTapTargets(targets, where) {
  for (const t of targets.filter((x) => x.visible)) {
    assert.ok(t.width >= 44 && t.height >= 44, `${where}: ${t.href} is ${t.width.toFixed(0)}×${t.height.toFixed(0)} px, less than 44×44`);
  }
}

function answersFor(role) {
  const size = role === 'zzp' || role === 'student' ? '' : '&omvang=groot';
  return `rol=${role}&sector=zorg-welzijn${size}&niveau=individu`;
}

for (const [vpName, viewport] of VIEWPORTS) {
  for (const [lang, locale] of LANGS) {
    test(`start page ${vpName} ${lang}: Start and tap-to-call 113 in the first screen`, async () => {
      const app = await openApp(browser, { viewport, contextOptions: { locale } });
      const { page } = app;
      const targets = await telTargets(page, viewport);
      const t113 = targets.find((t) => t.href === 'tel:113');
      assert.ok(t113?.inFirstScreen, `tel:113 in the first screen: ${JSON.stringify(t113)}`);
      assertTapTargets(targets, 'start page');
      await assertNoOverflow(page, `start page ${vpName}`);
      const start = await page.getByRole('button', { name: 'Start' }).boundingBox();
      assert.ok(start && start.y + start.height <= viewport.height, `Start in the first screen: ${JSON.stringify(start)}`);
      await app.screenshot(`crisis-start-${vpName}-${lang}`);
      await app.assertClean();
      await app.close();
    });

    test(`acuut ${vpName} ${lang}: one tap from the choice to a screen with 113, 0800-0113 and 112`, async () => {
      const app = await openApp(browser, { viewport, contextOptions: { locale }, path: `#${answersFor('werknemer')}&stap=fase` });
      const { page } = app;
      await page.locator('label[for="kh-fase-acuut"]').click();
      await page.locator('form button[type=submit]').click(); // the one tap
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal((await page.locator('#keuzehulp-app h1').innerText()).trim(), lang === 'nl' ? 'Hulp nu' : 'Help now');
      assert.match(new URL(page.url()).hash, /stap=hulp-nu/);
      const targets = await telTargets(page, viewport);
      for (const href of ['tel:113', 'tel:08000113', 'tel:112']) {
        const t = targets.find((x) => x.href === href);
        assert.ok(t?.inFirstScreen, `${href} in the first screen at ${vpName}: ${JSON.stringify(t)}`);
      }
      assertTapTargets(targets, 'Hulp nu');
      await assertNoOverflow(page, `Hulp nu ${vpName}`);
      await app.screenshot(`crisis-hulp-nu-${vpName}-${lang}`);
      const violations = await app.checkA11y();
      assert.deepEqual(violations.map((v) => v.id), [], 'axe on Hulp nu');
      await app.assertClean();
      await app.close();
    });
  }
}

test('Hulp nu: nothing is lost; later goes on with the wizard; Back and the link work through it', async () => {
  const app = await openApp(browser, { path: `#${answersFor('werknemer')}&stap=fase` });
  const { page } = app;
  await page.locator('label[for="kh-fase-acuut"]').click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hulp nu' }).waitFor();
  assert.match(await page.locator('.kh-crisis-help').innerText(), /Denk je aan zelfdoding\?/);
  await page.getByRole('link', { name: 'Werkadvies voor later' }).click();
  await page.waitForFunction(() => /stap=factoren/.test(location.hash));
  assert.match(new URL(page.url()).hash, /fase=acuut/, 'the choice is kept');
  // Browser Back: the help page again, then the stage question with acuut still chosen.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Hulp nu' }).waitFor();
  await page.goBack();
  await page.waitForFunction(() => /stap=fase/.test(location.hash));
  assert.ok(await page.locator('#kh-fase-acuut').isChecked(), 'acuut is still chosen');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Hulp nu' }).waitFor();
  // The page's own link, opened fresh.
  const link = page.url();
  const other = await openApp(browser, { path: new URL(link).hash });
  await other.page.getByRole('heading', { level: 1, name: 'Hulp nu' }).waitFor();
  await other.close();
  await app.assertClean();
  await app.close();
});

test('Hulp nu: roles that act for someone else get the words for someone worried about another person', async () => {
  for (const role of ROLES) {
    const app = await openApp(browser, { path: `#${answersFor(role)}&fase=acuut&stap=hulp-nu` });
    const text = await app.page.locator('.kh-crisis-help').innerText();
    assert.equal(/Blijf bij die persoon en bel samen/.test(text), FOR_OTHERS.has(role), `${role}: ${text.slice(0, 120)}`);
    await app.close();
  }
});

test('advice at acuut, every role: only crisis help and the GP open, the rest folded for later', async () => {
  for (const role of ROLES) {
    const app = await openApp(browser, { path: `#${answersFor(role)}&fase=acuut&factoren=werkdruk&stap=advies` });
    const { page } = app;
    await adviceComplete(page);
    const open = await page.locator('#keuzehulp-app .kh-card').evaluateAll((cards) => cards
      .filter((c) => c.checkVisibility())
      .map((c) => (c.querySelector('.kh-card__title, .kh-card__summary')?.textContent ?? '').trim()));
    assert.deepEqual(open, ['Huisarts'], `${role}: open cards ${JSON.stringify(open)}`);
    const crisis = await telTargets(page, PHONE);
    for (const href of ['tel:113', 'tel:08000113', 'tel:112']) {
      assert.ok(crisis.find((t) => t.href === href && t.inFirstScreen), `${role}: ${href} in the first screen of the advice`);
    }
    await assertNoOverflow(page, `advice at acuut (${role})`);
    const later = page.locator('details.kh-later');
    assert.equal(await later.count(), 1);
    assert.equal(await later.evaluate((d) => d.open), false, 'the work advice is folded');
    assert.ok(await later.locator('.kh-card').count() > 0, 'the work advice is there, for later');
    for (const gone of ['RI&E', 'Brancheorganisatie']) {
      assert.ok(!(await page.locator('#keuzehulp-app .kh-card__title').allInnerTexts()).some((t) => t.startsWith(gone)), `${role}: no ${gone}`);
    }
    if (role === 'werknemer') await app.screenshot('crisis-advice-acuut-werknemer');
    await app.assertClean();
    await app.close();
  }
});

test('every crisis number is a tap target of 44×44 px, the footer too', async () => {
  const app = await openApp(browser, { path: '#rol=werknemer&stap=sector' });
  const { page } = app;
  await page.locator('fieldset').waitFor();
  const targets = await telTargets(page, PHONE);
  assert.deepEqual(targets.map((t) => t.href).sort(), ['tel:08000113', 'tel:112', 'tel:113']);
  assertTapTargets(targets, 'question page footer');
  await app.close();
});

test('a Start tapped before the wasm has arrived (3 s late) still starts', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  await context.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  const start = page.getByRole('button', { name: 'Start' });
  await start.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.keuzehulp ?? null), null, 'tapped before the app started');
  await page.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
  await page.locator('fieldset legend h1').waitFor();
  assert.match(await page.locator('.kh-step-count').innerText(), /^Stap 1$/); // no total before the role (issue 34)
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Space on the Start button starts, as on a button', async () => {
  const app = await openApp(browser);
  const { page } = app;
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Space');
  await page.locator('fieldset legend h1').waitFor();
  await app.close();
});

