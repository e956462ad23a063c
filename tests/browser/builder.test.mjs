// The embed builder as an HR team uses it (issue 22): every field checked
// where it is typed (inline errors, the GOV.UK error summary) and Copy refused
// until the code is valid; a contacts file pasted or dropped, read by the
// widget's own reader with line:col messages; "Toon advies" shows the advice
// with the organisation's own contacts at once; "Toon waar dit verschijnt"
// shows each contact's place, and flags one no answers show (issue 31); the
// whole page in English; axe at 390 and 1280 px in both languages.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, assertAxe, openApp, PHONE } from './helpers.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const DESKTOP = { width: 1280, height: 900 };

/** The builder, ready, with clipboard writes recorded in window.__copied (and never failing). */
async function openBuilder(path = 'embed-builder.html', viewport = PHONE) {
  const app = await openApp(browser, { path, viewport });
  await app.page.evaluate(() => {
    window.__copied = [];
    navigator.clipboard.writeText = async (text) => { window.__copied.push(text); };
  });
  assert.equal(await app.appState(), 'ready');
  await app.page.locator('#kb-preview keuzehulp-widget[data-state="ready"]').waitFor();
  return app;
}

const copied = (page) => page.evaluate(() => window.__copied);

test('an http:// contact link: inline error where it was typed, Copy refused with the error summary, then copied once fixed', async () => {
  const app = await openBuilder();
  const { page } = app;
  try {
    await page.getByLabel('Invullen per soort hulp').check();
    const box = page.locator('details.kb-expert', { has: page.locator('summary', { hasText: /^Bedrijfsarts$/ }) });
    await box.locator('summary').click();
    const url = box.getByLabel('Webpagina (https://…)');
    await url.fill('http://intranet.example.nl/bedrijfsarts');
    await url.press('Tab'); // leaving the field checks it
    const error = page.locator('#kb-c-bedrijfsarts-url-error');
    await error.filter({ hasText: /https:\/\// }).waitFor({ timeout: 5000 });
    assert.match(await error.innerText(), /Fout:[\s\S]*moet met https:\/\/ beginnen/);
    assert.equal(await url.getAttribute('aria-invalid'), 'true');
    assert.match(await url.getAttribute('aria-describedby'), /kb-c-bedrijfsarts-url-error/);
    assert.equal(await page.locator('#kb-summary').isVisible(), false, 'no summary before Copy');

    // Copy is refused: the summary names the problem, has focus, and links to the field.
    await page.locator('button[data-copy="kb-direct"]').click();
    await page.locator('#kb-summary').waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'kb-summary', 'focus on the error summary');
    assert.match(await page.locator('#kb-summary').innerText(), /Er is een probleem[\s\S]*Bedrijfsarts, Webpagina[\s\S]*https:\/\//);
    assert.match(await page.locator('#kb-direct-status').innerText(), /Niet gekopieerd: er is nog 1 probleem/);
    assert.deepEqual(await copied(page), [], 'nothing was copied');
    await assertAxe(app, 'the builder with an error summary');
    await app.screenshot('builder-error-summary');
    await page.locator('#kb-summary a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'kb-c-bedrijfsarts-url', 'the summary link focuses the field');

    // The iframe code is refused too; a fixed link clears the error and the summary, and Copy works.
    await page.locator('button[data-copy="kb-frame"]').click();
    assert.deepEqual(await copied(page), []);
    await url.fill('https://intranet.example.nl/bedrijfsarts');
    await error.filter({ hasText: /^$/ }).waitFor({ state: 'attached', timeout: 5000 });
    assert.equal(await url.getAttribute('aria-invalid'), null);
    assert.equal(await page.locator('#kb-summary').isVisible(), false, 'the summary goes with the last problem');
    await page.locator('button[data-copy="kb-direct"]').click();
    await page.locator('#kb-direct-status').filter({ hasText: /gekopieerd/ }).waitFor();
    const [code] = await copied(page);
    assert.match(code, /contacts='\{"bedrijfsarts":\{"url":"https:\/\/intranet\.example\.nl\/bedrijfsarts"\}\}'/);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('the other fields: a bad phone and e-mail, a contacts file address on http, an empty JSON field', async () => {
  const app = await openBuilder();
  const { page } = app;
  try {
    await page.getByLabel('Invullen per soort hulp').check();
    const box = page.locator('details.kb-expert', { has: page.locator('summary', { hasText: /^Vertrouwenspersoon$/ }) });
    await box.locator('summary').click();
    await box.getByLabel('Telefoon').fill('bel mij');
    await box.getByLabel('E-mail').fill('vp@intranet.example?bcc=x@y.example');
    await box.getByLabel('Naam').fill('Anna <b>de Vries</b>');
    await box.getByLabel('Bereikbaar (bijvoorbeeld ma-vr 9-17)').fill('ma-vr 9-17');
    await box.getByLabel('Bereikbaar (bijvoorbeeld ma-vr 9-17)').press('Tab');
    await page.locator('button[data-copy="kb-direct"]').click();
    const items = await page.locator('#kb-summary li').allInnerTexts();
    assert.equal(items.length, 3, items.join('\n'));
    assert.match(items.join('\n'), /Naam[\s\S]*Telefoon[\s\S]*alleen cijfers[\s\S]*E-mail[\s\S]*alleen een e-mailadres/);
    assert.equal(await box.locator('[aria-invalid="true"]').count(), 3, 'each bad field is marked');
    assert.deepEqual(await copied(page), []);

    await page.getByLabel('Adres van een JSON-bestand op je intranet').check();
    const address = page.getByLabel('Adres van het JSON-bestand');
    await address.fill('http://intranet.example.nl/contacten.json');
    await address.press('Tab');
    assert.match(await page.locator('#kb-url-error').innerText(), /moet met https:\/\/ beginnen/);
    for (const ok of ['/hr/keuzehulp-contacten.json', 'https://intranet.example.nl/contacten.json']) {
      await address.fill(ok);
      assert.equal(await page.locator('#kb-url-error').innerText(), '', ok);
    }
    await page.getByLabel('Een contactenbestand (JSON) plakken of slepen').check();
    // (Switching from the form fills the JSON from it; empty it.)
    await page.getByLabel('Contactgegevens als JSON').fill('');
    await page.locator('button[data-copy="kb-frame"]').click();
    assert.match(await page.locator('#kb-json-error').innerText(), /Plak de contactgegevens/);
    assert.deepEqual(await copied(page), []);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('a contacts file pasted or dropped: the widget reader\'s messages with line and column; the preview shows them in full', async () => {
  const app = await openBuilder();
  const { page } = app;
  try {
    await page.getByLabel('Een contactenbestand (JSON) plakken of slepen').check();
    const file = '{\n  "bedrijfsarts": {"name": "Dr. J", "url": "http://x.example.nl"},\n  "astronaut": {"name": "X"}\n}\n';
    // Dropped on the panel, as from the file manager.
    const data = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'contacten.json', { type: 'application/json' }));
      return dt;
    }, file);
    await page.locator('#kb-json').dispatchEvent('drop', { dataTransfer: data });
    await page.locator('#kb-json-status').filter({ hasText: /contacten\.json gelezen: 1 contactpersonen bij 1 soorten hulp, 2 problemen/ }).waitFor();
    assert.equal(await page.getByLabel('Contactgegevens als JSON').inputValue(), file);
    const error = await page.locator('#kb-json-error').innerText();
    assert.match(error, /Regel 2, kolom 37: Het veld "url" bij "bedrijfsarts" is niet veilig[\s\S]*https:\/\//);
    assert.match(error, /Regel 3, kolom 3: Contact voor onbekende hulp "astronaut"/);
    // The preview has `debug`: the same problems show in it.
    const widget = page.locator('#kb-preview keuzehulp-widget');
    await page.waitForFunction(() => document.querySelector('#kb-preview keuzehulp-widget')?.getAttribute('contacts')?.includes('astronaut'));
    assert.equal(await widget.getAttribute('debug'), '');
    await widget.locator('.kh-notices').filter({ hasText: /astronaut/ }).waitFor({ timeout: 5000 });

    // Pasted JSON that is cut off (after line 2): one message where reading stopped; the summary link puts the cursor there.
    await page.getByLabel('Contactgegevens als JSON').fill('{\n  "huisarts": {"name": "Dr. M"\n');
    await page.getByLabel('Contactgegevens als JSON').press('Tab');
    assert.match(await page.locator('#kb-json-error').innerText(), /Regel 2, kolom 31: De contactgegevens van je organisatie konden niet worden gelezen/);
    await page.locator('button[data-copy="kb-direct"]').click();
    await page.locator('#kb-summary a', { hasText: /Regel 2, kolom 31/ }).click();
    assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]), ['kb-json', 32]);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('"Toon advies" fills sample answers: the advice with the organisation\'s own contact, without clicking through', async () => {
  const app = await openBuilder();
  const { page } = app;
  try {
    await page.getByLabel('Invullen per soort hulp').check();
    const box = page.locator('details.kb-expert', { has: page.locator('summary', { hasText: /^Bedrijfsarts$/ }) });
    await box.locator('summary').click();
    await box.getByLabel('Naam').fill('Dr. Preview');
    await box.getByLabel('Telefoon').fill('030 999 88 77');
    await page.waitForFunction(() => document.querySelector('#kb-preview keuzehulp-widget')?.getAttribute('contacts')?.includes('Dr. Preview')
      && document.querySelector('#kb-preview keuzehulp-widget').dataset.state === 'ready');
    // The button right under the contacts: one tap.
    await page.getByRole('button', { name: 'Bekijk het advies in het voorbeeld' }).click();
    await page.locator('#kb-preview-status').filter({ hasText: /met jullie contactpersonen/ }).waitFor({ timeout: 15000 });
    const widget = page.locator('#kb-preview keuzehulp-widget');
    assert.match(await widget.locator('.kh-contacts').first().innerText(), /Dr\. Preview[\s\S]*030 999 88 77/);
    const onScreen = await widget.locator('.kh-contacts').first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    assert.ok(onScreen, 'the contact is on screen');
    await app.screenshot('builder-show-advice');
    // A change re-creates the preview, which goes straight back to the advice.
    await box.getByLabel('Naam').fill('Dr. Preview Twee');
    await page.waitForFunction(() => document.querySelector('#kb-preview keuzehulp-widget')?.shadowRoot
      ?.querySelector('.kh-contacts')?.textContent.includes('Dr. Preview Twee'), null, { timeout: 15000 });
    // "Opnieuw": the preview starts at the beginning again.
    await page.getByRole('button', { name: 'Opnieuw', exact: true }).click();
    await widget.locator('.kh-button--start').waitFor({ timeout: 5000 });
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('"Toon waar dit verschijnt": each contact filled in shows in the preview, outlined, without the generic line; one no answers show is flagged', async () => {
  const app = await openBuilder();
  const { page } = app;
  try {
    await page.getByLabel('Invullen per soort hulp').check();
    const fill = async (expert, name) => {
      const box = page.locator(`details[data-expert-box="${expert}"]`);
      await box.locator('summary').click();
      await box.getByLabel('Naam').fill(name);
    };
    // Only a confidential adviser: the sample answers never show it (issue 31), its own button does.
    await fill('vertrouwenspersoon', 'Anna de Vries');
    await fill('bedrijfsarts', 'Dr. Fatima el Amrani');
    const where = page.locator('#kb-where');
    await where.locator('button[data-where="bedrijfsarts"]').waitFor({ timeout: 10000 });
    assert.equal(await where.locator('button[data-where]').count(), 2);
    const widget = page.locator('#kb-preview keuzehulp-widget');
    for (const [id, name, title] of [['vertrouwenspersoon', 'Anna de Vries', 'Vertrouwenspersoon'], ['bedrijfsarts', 'Dr. Fatima el Amrani', 'Bedrijfsarts']]) {
      await where.locator(`button[data-where="${id}"]`).click();
      await page.locator('#kb-preview-status').filter({ hasText: /rood omlijnd/ }).waitFor({ timeout: 30000 });
      const card = widget.locator('.kh-card', { has: page.locator('.kh-contacts') }).filter({ hasText: name });
      assert.equal(await card.count(), 1, `${name} in the preview`);
      assert.match(await card.locator('.kh-card__title, .kh-card__summary').first().innerText(), new RegExp(title));
      assert.match(await card.evaluate((c) => c.style.outlineWidth + c.style.outlineStyle), /^4pxsolid$/, 'outlined');
      if (id === 'bedrijfsarts') {
        assert.doesNotMatch(await card.innerText(), /Vraag HR of kijk op intranet/, 'the own contact replaces the generic line');
      }
    }
    await app.screenshot('builder-where');
    // A contact no answers can show: flagged with the reason (fixed answers that rule the help out).
    await page.locator('#kb-preset-text').fill('rol=zzp');
    await fill('ondernemingsraad', 'OR-secretariaat');
    const never = where.locator('li.kb-where__never', { hasText: /^Ondernemingsraad[\s\S]*geen enkel advies/ });
    await never.waitFor({ timeout: 10000 });
    // (The self-employed have no company doctor either: that contact is flagged too; the adviser's stays.)
    assert.equal(await where.locator('li.kb-where__never', { hasText: /^Bedrijfsarts:/ }).count(), 1);
    assert.equal(await where.locator('button[data-where="vertrouwenspersoon"]').count(), 1);
    await assertAxe(app, 'the builder with the contacts\' places');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('the builder in English: every text, the fields from the vocabulary, the iframe title follows lang; what was typed is kept', async () => {
  const app = await openBuilder();
  const { page } = app;
  try {
    await page.getByLabel('In welke sector werk je?').selectOption('ict');
    await page.getByLabel('Invullen per soort hulp').check();
    const box = page.locator('details.kb-expert').first();
    await box.locator('summary').click();
    await box.locator('input[data-field="name"]').fill('Dr. Kept');
    await page.locator('#kb-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(page.url(), /\?lang=en$/);
    assert.equal(await page.title(), 'The choice aid on your intranet – Work stress choice aid');
    assert.equal(await page.locator('main > h1').innerText(), 'The choice aid on your intranet');
    assert.equal(await page.locator('#kb-switch').innerText(), 'Nederlands');
    assert.equal(await page.locator('#kb-switch').getAttribute('lang'), 'nl');
    assert.equal(await page.getByLabel('Which sector do you work in?').inputValue(), 'ict', 'the choice is kept');
    assert.equal(await page.locator('input[data-field="name"]').first().inputValue(), 'Dr. Kept', 'what was typed is kept');
    assert.ok(await page.getByLabel('Name').first().count() > 0);
    // No Dutch left in the page's own texts (the code samples and the vocabulary ids aside).
    const text = await page.locator('main').evaluate((main) => {
      const clone = main.cloneNode(true);
      for (const skip of clone.querySelectorAll('code, textarea, #kb-preview, option[value], [lang="nl"]')) skip.remove();
      return clone.innerText;
    });
    for (const dutch of [/\bde keuzehulp\b/i, /\bInstellingen\b/, /\bVoorbeeld\b/, /\bKopieer\b/, /\bContactpersonen\b/, /\bvaste antwoorden\b/i, /\bNaam\b/, /bezoeker/]) {
      assert.doesNotMatch(text, dutch, `Dutch left: ${dutch}`);
    }
    // The widget in English: the iframe's title and lang follow it.
    await page.getByLabel('English', { exact: true }).check();
    const frame = await page.locator('#kb-frame').inputValue();
    assert.match(frame, /lang="en"\n {2}title="Work stress choice aid"/);
    await page.getByLabel('Dutch (Nederlands)').check();
    assert.match(await page.locator('#kb-frame').inputValue(), /lang="nl"\n {2}title="Keuzehulp werkstress"/);
    // Errors in English too.
    await page.locator('input[data-field="url"]').first().fill('http://x.example.nl');
    await page.locator('button[data-copy="kb-direct"]').click();
    assert.match(await page.locator('#kb-summary').innerText(), /There is a problem[\s\S]*must start with https:\/\//);
    await app.screenshot('builder-english');
    // Opened with ?lang=en: English from the start; the switch goes back to Dutch.
    const en = await openBuilder('embed-builder.html?lang=en');
    try {
      assert.equal(await en.page.locator('main > h1').innerText(), 'The choice aid on your intranet');
      await en.page.locator('#kb-switch').click();
      await en.page.waitForFunction(() => document.documentElement.lang === 'nl');
      assert.equal(await en.page.locator('main > h1').innerText(), 'De keuzehulp op je intranet');
      await en.assertClean();
    } finally {
      await en.close();
    }
    await app.assertClean();
  } finally {
    await app.close();
  }
});

for (const lang of ['nl', 'en']) {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`axe: the builder in ${lang} at ${viewport.width} px, also with errors showing`, async () => {
      const app = await openBuilder(`embed-builder.html?lang=${lang}`, viewport);
      const { page } = app;
      try {
        await assertAxe(app, `the builder (${lang}, ${viewport.width} px)`);
        await page.locator('input[name="contacts-mode"][value="form"]').check();
        await page.locator('details.kb-expert summary').first().click();
        await page.locator('input[data-field="url"]').first().fill('http://x.example.nl');
        await page.locator('button[data-copy="kb-direct"]').click();
        await page.locator('#kb-summary').waitFor({ state: 'visible' });
        await assertAxe(app, `the builder with errors (${lang}, ${viewport.width} px)`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(wide <= 0, `no sideways scrolling (${wide} px)`);
        await app.screenshot(`builder-${lang}-${viewport.width}`);
        await app.assertClean();
      } finally {
        await app.close();
      }
    });
  }
}

test('the iframe page\'s own title follows lang', async () => {
  for (const [lang, title] of [['en', 'Work stress choice aid'], ['nl', 'Keuzehulp werkstress']]) {
    const app = await openApp(browser, { path: `embed.html?lang=${lang}` });
    try {
      await app.page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready');
      assert.equal(await app.page.title(), title, lang);
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), lang);
    } finally {
      await app.close();
    }
  }
});
