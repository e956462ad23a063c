// The overview of interventions (issue 18): overzicht.html (nl), overview.html (en).
// - with JavaScript off, the page lists every item of `keuzehulp overview --json`
//   (every category and tool in rules/), each at its anchor;
// - each filter (level, role, sector, evidence, category, text search) and some
//   combinations narrow the list and the count exactly as the data says;
// - the filters live in the URL fragment: reload, back and forward restore them;
// - axe finds nothing at 390 and 1280 px in nl and en;
// - every approach card of the advice links to an anchor that exists, and the
//   start page links to the overview (in the iframe mode: the public one);
// - issue 31, the GOV.UK "filter a list" pattern on a phone: the panel folded
//   behind a button that counts the filters, removable tags, the count in view
//   and announced, "Toon N resultaten", zero results with the combination, the
//   nearest items and "remove the last filter", Kopieer link, a link opening
//   with the panel as it was left; a sector means "fits this sector"; the
//   evidence levels in one line each; related links as a list; the list as CSV
//   (formulas defused) and printed on few pages.
// Prints the number of items per level and per evidence label, and saves
// screenshots (OVERVIEW_SHOTS=<dir> for other places).
// xtask: both-paths

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { startBrowser, openApp, adviceComplete, formatViolations, BASE_URL, PHONE } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = process.env.KEUZEHULP_BIN || join(here, '..', '..', 'target', 'release', 'keuzehulp');
const PAGES = { nl: 'overzicht.html', en: 'overview.html' };
const WIDE = { width: 1280, height: 900 };
const SHOTS = process.env.OVERVIEW_SHOTS || join(here, 'screenshots');

const data = Object.fromEntries(['nl', 'en'].map((lang) => [
  lang, JSON.parse(execFileSync(BIN, ['overview', '--lang', lang, '--json'], { encoding: 'utf8' })),
]));
const FACETS = { niveau: 'levels', rol: 'roles', sector: 'sectors', bewijs: 'evidence', categorie: 'categories' };

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const norm = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The anchors the data says a filter state shows (the rules of www/overview.js, written again). */
function expected(lang, state) {
  const words = norm(state.zoek ?? '').split(/\s+/).filter(Boolean);
  return data[lang].items.filter((item) => {
    for (const [key, field] of Object.entries(FACETS)) {
      const chosen = state[key] ?? [];
      if (!chosen.length) continue;
      const values = field === 'evidence' ? (item.evidence ? [item.evidence] : []) : item[field];
      if (key === 'sector' && values.length === 0) continue; // for every sector
      if (!values.some((v) => chosen.includes(v))) return false;
    }
    const hay = norm(`${item.name} ${item.line}`);
    return words.every((w) => hay.includes(w));
  }).map((item) => item.anchor);
}

async function shown(page) {
  return page.$$eval('.kh-ov-item:not([hidden])', (els) => els.map((e) => e.id));
}

async function count(page) {
  return (await page.locator('#kh-ov-count').textContent()).trim();
}

/** Set the form to a state by clicking, as a user would (the panel opened first). */
async function choose(page, state) {
  const panel = page.locator('.kh-ov-panel');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  await page.locator('#kh-ov-clear').click();
  for (const key of Object.keys(FACETS)) {
    for (const value of state[key] ?? []) await page.locator(`#kh-ov-${key}-${value}`).check();
  }
  if (state.zoek) {
    await page.locator('#kh-ov-search').fill(state.zoek);
    await page.waitForFunction((q) => location.hash.includes(`zoek=${encodeURIComponent(q)}`), state.zoek);
  }
}

test('with JavaScript off the page lists every item of the rules, at its anchor', async () => {
  for (const lang of ['nl', 'en']) {
    const app = await openApp(browser, { path: PAGES[lang], javaScriptEnabled: false, waitForApp: false });
    const { page } = app;
    const items = await page.$$eval('.kh-ov-item', (els) => els.map((e) => ({
      id: e.id, name: e.querySelector('.kh-ov-item__name').textContent.trim(), visible: e.checkVisibility(),
    })));
    assert.deepEqual(items.map((i) => i.id), data[lang].items.map((i) => i.anchor), `${lang}: every item, in order`);
    assert.deepEqual(items.map((i) => i.name), data[lang].items.map((i) => i.name), `${lang}: names`);
    assert.ok(items.every((i) => i.visible), 'all shown without JavaScript');
    assert.equal(await page.locator('#kh-ov-filters').isVisible(), false, 'the filters need JavaScript: hidden');
    assert.match(await count(page), new RegExp(`^${data[lang].items.length} `));
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('#hulp-bij-toepassen h2').count(), 1, 'the help section');
    assert.equal(await page.locator('.kh-ov-item a[href="#hulp-bij-toepassen"]').count(), data[lang].items.length,
      'every item links to the help section');
    assert.ok(await page.locator(`a[href="${lang === 'en' ? './#taal=en' : './'}"]`).count() >= 1, 'a link to the keuzehulp, in its language');
    await app.close();
  }
});

test('the numbers per level and per evidence label (for the closing note)', () => {
  const items = data.nl.items;
  const per = (f) => items.reduce((m, i) => { for (const v of f(i)) m[v] = (m[v] ?? 0) + 1; return m; }, {});
  const levels = per((i) => i.levels);
  const evidence = per((i) => [i.evidence ?? '(aanpak: per hulpmiddel)']);
  console.log(`# items: ${items.length}; per level ${JSON.stringify(levels)}; per evidence ${JSON.stringify(evidence)}`);
  assert.ok(levels.maatschappij > 0, 'the society level has items');
});

const SAMPLES = [
  { niveau: ['maatschappij'] },
  { niveau: ['individu'] },
  { rol: ['zzp'] },
  { rol: ['student'] },
  { sector: ['onderwijs'] },
  { sector: ['zorg-welzijn'] },
  { bewijs: ['described'] },
  { bewijs: ['well-founded', 'interim-evaluation'] },
  { categorie: ['sociale-veiligheid'] },
  { zoek: 'pesten' },
  { zoek: 'financiele' },
  { niveau: ['team'], bewijs: ['described', 'not-tested'] },
  { sector: ['zorg-welzijn'], niveau: ['organisatie'], rol: ['hr'] },
  { categorie: ['werkorganisatie'], niveau: ['maatschappij'], zoek: 'werkdruk' },
  { niveau: ['individu'], zoek: 'qqqq' },
];

test('each filter and combinations narrow the list and the count as the data says', async () => {
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  const total = data.nl.items.length;
  for (const state of SAMPLES) {
    await choose(page, state);
    const want = expected('nl', state);
    assert.deepEqual(await shown(page), want, `shown for ${JSON.stringify(state)}`);
    assert.ok(want.length < total, `${JSON.stringify(state)} narrows the list`);
    assert.equal(await count(page), `${want.length} van ${total} aanpakken en programma's`, JSON.stringify(state));
    assert.equal(await page.locator('#kh-ov-none').isVisible(), want.length === 0, 'the "nothing found" line');
  }
  // Clearing shows everything again.
  await page.locator('#kh-ov-clear').click();
  assert.equal((await shown(page)).length, total);
  await app.assertClean();
  await app.close();
});

test('the filters are in the fragment: a shared link, reload, back and forward restore them', async () => {
  const first = { niveau: ['organisatie'], rol: ['medezeggenschap'] };
  const second = { ...first, bewijs: ['described'] };
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  await choose(page, first);
  const firstHash = await page.evaluate(() => location.hash);
  // (The panel was opened by hand: the link keeps it open, issue 31.)
  assert.equal(firstHash, '#niveau=organisatie&rol=medezeggenschap&paneel=open');
  await page.locator('#kh-ov-bewijs-described').check();
  assert.equal(await page.evaluate(() => location.hash), '#niveau=organisatie&rol=medezeggenschap&bewijs=described&paneel=open');
  assert.deepEqual(await shown(page), expected('nl', second));
  await page.reload();
  assert.deepEqual(await shown(page), expected('nl', second), 'after reload');
  assert.ok(await page.locator('#kh-ov-bewijs-described').isChecked(), 'the form shows the state');
  await page.goBack();
  await page.waitForFunction((h) => location.hash === h, firstHash);
  assert.deepEqual(await shown(page), expected('nl', first), 'back');
  assert.equal(await page.locator('#kh-ov-bewijs-described').isChecked(), false);
  await page.goForward();
  await page.waitForFunction(() => location.hash.includes('bewijs=described'));
  assert.deepEqual(await shown(page), expected('nl', second), 'forward');
  // The language link keeps the filters.
  assert.match(await page.locator('[data-kh-ov-lang]').getAttribute('href'), /overview\.html#niveau=organisatie&rol=medezeggenschap&bewijs=described&paneel=open$/);
  await app.close();

  // A shared link with filters, opened fresh (in English: same keys).
  const shared = await openApp(browser, { path: `${PAGES.en}#sector=onderwijs&zoek=werkdruk`, waitForApp: false });
  assert.deepEqual(await shown(shared.page), expected('en', { sector: ['onderwijs'], zoek: 'werkdruk' }));
  assert.equal(await shared.page.locator('#kh-ov-search').inputValue(), 'werkdruk');
  // Nonsense in the fragment is ignored, not an error.
  await shared.page.goto(new URL(`${PAGES.en}#niveau=nope&rol=%E0%A4%A&x=1`, BASE_URL).href);
  await shared.page.waitForFunction(() => location.hash.includes('nope'));
  assert.equal((await shown(shared.page)).length, data.en.items.length);
  await shared.assertClean();
  await shared.close();
});

test('keyboard: the filters work with Tab and Space, the count is a live region', async () => {
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  assert.equal(await page.locator('#kh-ov-count').getAttribute('role'), 'status');
  await page.locator('#kh-ov-search').focus();
  await page.keyboard.press('Tab'); // the panel's summary
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // the first level
  await page.keyboard.press('Space');
  const want = expected('nl', { niveau: ['individu'] });
  await page.waitForFunction((n) => document.querySelectorAll('.kh-ov-item:not([hidden])').length === n, want.length);
  assert.equal(await page.evaluate(() => location.hash), '#niveau=individu&paneel=open');
  await app.close();
});

test('axe finds nothing at 390 and 1280 px, in nl and en, filters open', async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const lang of ['nl', 'en']) {
    for (const viewport of [PHONE, WIDE]) {
      const app = await openApp(browser, { path: PAGES[lang], viewport, waitForApp: false });
      const panel = app.page.locator('.kh-ov-panel');
      if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
      const violations = await app.checkA11y();
      assert.deepEqual(violations, [], `${lang} ${viewport.width}px:\n${formatViolations(violations)}`);
      // Nothing wider than the screen.
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang} ${viewport.width}px: ${overflow}px sideways`);
      await app.close();
    }
  }
});

test('every approach card of the advice links to an anchor that exists; the start page links to the overview', async () => {
  const anchors = { nl: new Set(data.nl.items.map((i) => i.anchor)), en: new Set(data.en.items.map((i) => i.anchor)) };
  const sets = [
    'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,emotionele-belasting',
    'rol=hr&sector=onderwijs&omvang=middelgroot&niveau=organisatie&fase=voorkomen&factoren=agressie,werk-prive',
    'rol=leidinggevende&sector=ict&omvang=klein&niveau=team&fase=verzuim&factoren=leiderschap,onzekerheid,thuiswerken',
    'rol=zzp&sector=bouw&niveau=individu&fase=signalen&factoren=prestatiedruk,regelruimte',
  ];
  const seen = new Set();
  for (const [i, set] of sets.entries()) {
    const lang = i % 2 ? 'en' : 'nl';
    const app = await openApp(browser, { path: `#${set}&taal=${lang}&stap=advies` });
    await adviceComplete(app.page);
    const cards = await app.page.$$eval('section[aria-labelledby="kh-categories-heading"] .kh-card', (els) => els.map((c) => c.querySelector('a.kh-card__overview')?.getAttribute('href') ?? null));
    assert.ok(cards.length > 0, set);
    for (const href of cards) {
      assert.ok(href, `a card without its overview link (${set})`);
      const [file, anchor] = href.split('#');
      if (file === PAGES[lang]) {
        assert.ok(anchors[lang].has(anchor), `${href}: no such anchor`);
        seen.add(anchor);
      } else {
        assert.ok(anchor.startsWith('aanpak-') === false, `${href}: wrong page for ${lang}`);
      }
    }
    await app.close();
  }
  assert.ok(seen.size >= 5, `cards of several approaches checked: ${[...seen]}`);
  // And the anchor is really there: follow one link.
  const app = await openApp(browser, { path: `#${sets[0]}&stap=advies` });
  await adviceComplete(app.page);
  const href = await app.page.locator('a.kh-card__overview').first().getAttribute('href');
  await app.page.goto(new URL(href, app.page.url()).href);
  const id = href.split('#')[1];
  assert.equal(await app.page.locator(`[id="${id}"]`).count(), 1);
  await app.page.goto(new URL('./', app.page.url()).href);
  await app.page.waitForSelector('html[data-keuzehulp]');
  assert.equal(await app.page.locator('.kh-start a.kh-start__overview[href="overzicht.html"]').count(), 1, 'the start page links to the overview');
  // And back: the English overview leads to the English keuzehulp.
  await app.page.goto(new URL(PAGES.en, BASE_URL).href);
  await app.page.getByRole('link', { name: 'To the choice aid' }).first().click();
  await app.page.waitForSelector('html[data-keuzehulp="ready"]');
  assert.equal(await app.page.locator('html').getAttribute('lang'), 'en');
  await app.close();
});

test('the iframe mode links to the public overview, in a new window', async () => {
  // Before the app (embed.html's prerendered start page): the overview next to embed.html, in a new window.
  const before = await openApp(browser, { path: 'embed.html?lang=nl', waitForApp: false, blockRequests: ['embed.js'] });
  const early = before.page.locator('a.kh-start__overview');
  await early.waitFor({ timeout: 15000 });
  assert.equal(new URL(await early.getAttribute('href'), before.page.url()).href, new URL('overzicht.html', BASE_URL).href);
  assert.equal(await early.getAttribute('target'), '_blank');
  await before.close();
  // The app: the public site's address.
  const app = await openApp(browser, { path: 'embed.html?lang=nl' });
  const link = app.page.locator('a.kh-start__overview');
  assert.equal(await link.getAttribute('href'), new URL('overzicht.html', BASE_URL).href);
  assert.equal(await link.getAttribute('target'), '_blank');
  await app.close();
});

test('screenshots at 390x844', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const shots = [
    ['overview-nl-top', PAGES.nl, null],
    ['overview-nl-filters', `${PAGES.nl}#niveau=maatschappij&sector=onderwijs`, '#kh-ov-filters'],
    ['overview-nl-results', `${PAGES.nl}#niveau=maatschappij&sector=onderwijs`, '#kh-ov-count'],
    ['overview-nl-item', `${PAGES.nl}#middel-werkdrukakkoord-po`, null],
    ['overview-nl-help', `${PAGES.nl}#hulp-bij-toepassen`, null],
    ['overview-en-top', PAGES.en, null],
  ];
  for (const [name, path, scrollTo] of shots) {
    const app = await openApp(browser, { path, waitForApp: false });
    if (scrollTo) await app.page.locator(scrollTo).evaluate((e) => e.scrollIntoView());
    await app.page.screenshot({ path: join(SHOTS, `${name}${new URL(BASE_URL).pathname === '/' ? '' : '-subpath'}.png`) });
    await app.close();
  }
});

/** Is the element's box inside the viewport? */
const inView = (loc) => loc.evaluate((e) => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; });

test('on a phone: a folded panel whose button counts the filters, removable tags, the count in view, "Toon N resultaten"', async () => {
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  const panel = page.locator('.kh-ov-panel');
  assert.equal(await panel.evaluate((d) => d.open), false, 'folded on a phone');
  const toggle = page.locator('#kh-ov-toggle');
  assert.equal((await toggle.innerText()).trim(), 'Filter de lijst');
  await toggle.click();
  for (const id of ['niveau-organisatie', 'sector-overheid', 'bewijs-described']) {
    await page.locator(`label[for="kh-ov-${id}"]`).click();
    // The count stays in view while ticking: as "Toon N resultaten" at the bottom of the screen
    // while the panel is open on a phone (the count itself, a polite live region, sticks at the top).
    assert.ok(await inView(page.locator('#kh-ov-show')), `"Toon N resultaten" is in view after ${id}`);
  }
  assert.equal(await page.locator('#kh-ov-count').getAttribute('aria-live'), 'polite');
  const state = { niveau: ['organisatie'], sector: ['overheid'], bewijs: ['described'] };
  const want = expected('nl', state);
  assert.equal((await toggle.innerText()).trim(), 'Filter de lijst (3 aan)');
  const show = page.locator('#kh-ov-show');
  assert.equal((await show.innerText()).trim(), `Toon ${want.length} resultaten`);
  await show.click();
  assert.equal(await panel.evaluate((d) => d.open), false, '"Toon N resultaten" folds the panel');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'kh-ov-count', 'focus on the count');
  assert.ok(await inView(page.locator('#kh-ov-count')), 'the count in view');
  const firstTop = await page.locator('.kh-ov-item:not([hidden])').first().evaluate((e) => e.getBoundingClientRect().top / window.innerHeight);
  assert.ok(firstTop > 0 && firstTop < 0.9, `and the first result starts on the screen (${firstTop.toFixed(2)})`);
  assert.ok(!(await page.evaluate(() => location.hash)).includes('paneel'), 'the link remembers it folded');
  // The active filters as tags above the list; one tap removes one.
  const tags = page.locator('#kh-ov-tags button');
  assert.deepEqual((await tags.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()), ['Haal weg: organisatie ×', 'Haal weg: Overheid ×', 'Haal weg: Beschreven praktijk, effect niet getest ×']);
  await tags.filter({ hasText: 'Overheid' }).click();
  assert.deepEqual(await shown(page), expected('nl', { niveau: ['organisatie'], bewijs: ['described'] }));
  assert.equal(await tags.count(), 2);
  assert.equal(await page.locator('#kh-ov-sector-overheid').isChecked(), false);
  // Kopieer link: the address as it is; opened, it shows the list with the panel as it was left (folded).
  await page.evaluate(() => { window.__copied = []; navigator.clipboard.writeText = async (t) => { window.__copied.push(t); }; });
  await page.locator('#kh-ov-copy').click();
  const link = (await page.evaluate(() => window.__copied))[0];
  assert.equal(link, page.url());
  assert.match(await page.locator('#kh-ov-tool-status').innerText(), /gekopieerd/);
  const other = await openApp(browser, { path: `${PAGES.nl}${new URL(link).hash}`, waitForApp: false });
  assert.equal(await other.page.locator('.kh-ov-panel').evaluate((d) => d.open), false, 'opens folded, as it was left');
  assert.deepEqual(await shown(other.page), expected('nl', { niveau: ['organisatie'], bewijs: ['described'] }));
  await other.close();
  const open = await openApp(browser, { path: `${PAGES.nl}#niveau=organisatie&paneel=open`, waitForApp: false });
  assert.equal(await open.page.locator('.kh-ov-panel').evaluate((d) => d.open), true, 'opens unfolded when it was left so');
  await open.close();
  await app.screenshot('overview-phone-filtered');
  await app.assertClean();
  await app.close();
});

test('zero results name the combination, offer the nearest items and removing the last filter', async () => {
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  await page.locator('#kh-ov-toggle').click();
  for (const id of ['niveau-organisatie', 'rol-hr', 'sector-overheid', 'bewijs-well-founded', 'bewijs-interim-evaluation']) {
    await page.locator(`label[for="kh-ov-${id}"]`).click();
  }
  const state = { niveau: ['organisatie'], rol: ['hr'], sector: ['overheid'], bewijs: ['well-founded', 'interim-evaluation'] };
  const none = page.locator('#kh-ov-none');
  if (expected('nl', state).length === 0) {
    assert.ok(await none.isVisible());
    assert.match(await page.locator('#kh-ov-none-text').innerText(), /^Niets gevonden voor organisatie \+ HR of P&O \+ Overheid \+ Wetenschappelijk onderbouwd \+ Effectief volgens een tussenevaluatie\.$/);
    const nearest = page.locator('#kh-ov-nearest li');
    assert.ok(await nearest.count() > 0 && await nearest.count() <= 5, 'a few nearest items');
    assert.match(await nearest.first().innerText(), /\(past niet bij: /);
    const button = page.locator('#kh-ov-remove-last');
    assert.equal(await button.innerText(), 'Haal het laatste filter weg: Effectief volgens een tussenevaluatie');
    await button.click();
    assert.equal(await page.locator('#kh-ov-bewijs-interim-evaluation').isChecked(), false);
  }
  // Whatever the data: a search that finds nothing names it and offers the way back.
  await page.locator('#kh-ov-search').fill('qqqq');
  await page.waitForFunction(() => location.hash.includes('zoek=qqqq'));
  assert.ok(await none.isVisible());
  assert.match(await page.locator('#kh-ov-none-text').innerText(), /“qqqq”/);
  await page.locator('#kh-ov-remove-last').click();
  assert.equal(await page.locator('#kh-ov-search').inputValue(), '');
  await app.assertClean();
  await app.close();
});

test('a sector filter means "fits this sector": general items and that sector\'s own, never another sector\'s', async () => {
  const app = await openApp(browser, { path: `${PAGES.nl}#sector=overheid`, waitForApp: false });
  const ids = await shown(app.page);
  const items = data.nl.items;
  const general = items.filter((i) => i.sectors.length === 0).map((i) => i.anchor);
  const own = items.filter((i) => i.sectors.includes('overheid')).map((i) => i.anchor);
  assert.deepEqual(ids.sort(), [...general, ...own].sort());
  for (const item of items.filter((i) => i.sectors.length && !i.sectors.includes('overheid'))) {
    assert.ok(!ids.includes(item.anchor), `${item.anchor} (${item.sectors}) is not for government`);
  }
  // An approach's own list of tools names only those that fit.
  const related = await app.page.$$eval('.kh-ov-item:not([hidden]) .kh-ov-related li:not([hidden]) a', (as) => as.map((a) => a.getAttribute('href').slice(1)));
  for (const anchor of related) assert.ok(ids.includes(anchor), `${anchor} is linked as fitting`);
  assert.equal(await app.page.locator('.kh-ov-related a[href="#middel-gezonde-school"]:visible').count(), 0, 'no school tool for government');
  await app.close();
});

test('evidence levels explained in one line each; related links as a list, not commas', async () => {
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  const used = new Set(data.nl.items.map((i) => i.evidence).filter(Boolean));
  const lines = await page.locator('#bewijs-uitleg li').allTextContents();
  assert.equal(lines.length, used.size);
  assert.ok(lines.some((l) => /Goed onderbouwd/.test(l)) && lines.some((l) => /Goed beschreven/.test(l)), 'RIVM\'s words');
  const related = page.locator('.kh-ov-related').first();
  assert.ok(await related.locator('ul > li > a').count() > 1);
  assert.doesNotMatch(await related.innerText(), /,\s*\n/);
  await app.close();
});

test('the filtered list as CSV: one row per item shown, formulas defused', async () => {
  const app = await openApp(browser, { path: `${PAGES.nl}#niveau=organisatie`, waitForApp: false });
  const { page } = app;
  // A hostile name: a spreadsheet must not run it.
  await page.locator('.kh-ov-item:not([hidden]) .kh-ov-item__name').first().evaluate((e) => { e.textContent = '=HYPERLINK("https://evil.example")'; });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#kh-ov-csv').click()]);
  assert.equal(download.suggestedFilename(), 'keuzehulp-overzicht.csv');
  const text = readFileSync(await download.path(), 'utf8');
  const rows = text.replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(rows.length, expected('nl', { niveau: ['organisatie'] }).length + 1, 'a header and a row per item shown');
  assert.match(rows[0], /^"Soort";"Naam";"In het kort";"Niveau";/);
  assert.ok(rows.some((r) => r.includes('"\'=HYPERLINK(""https://evil.example"")"')), 'the formula is text');
  assert.ok(!rows.some((r) => /(^|;)"[=+\-@]/.test(r)), 'no cell starts with = + - @');
  assert.match(rows[1], /overzicht\.html#/);
  await app.assertClean();
  await app.close();
});

test('printed: the filtered list on few pages (name, line, level, evidence, link)', async () => {
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#kh-ov-filters').isVisible(), false);
  const item = page.locator('.kh-ov-item').first();
  assert.ok(await item.locator('.kh-ov-item__name').isVisible() && await item.locator('.kh-ov-item__line').isVisible());
  const terms = await item.locator('.kh-ov-meta > dt').evaluateAll((dts) => dts.filter((d) => getComputedStyle(d).display !== 'none').map((d) => d.textContent));
  assert.deepEqual(terms, ['Niveau', 'Bewijs']);
  const pages = async () => (await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
  const all = await pages();
  await page.goto(new URL(`${PAGES.nl}#niveau=organisatie&bewijs=well-founded,interim-evaluation,described`, BASE_URL).href);
  const some = await pages();
  console.log(`# printed on A4: the whole list ${all} pages; organisation level with evidence ${some}`);
  assert.ok(all <= 10, `the whole list on ${all} pages`);
  assert.ok(some <= 2, `a filtered list on ${some} pages`);
  await app.close();
});
