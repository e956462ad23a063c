// The crisis line's colours are ours (issue 28, item 1): no theme, host
// stylesheet, custom property, URL parameter or builder palette brings its
// text or links below 4.5:1 against what they sit on. Measured, not assumed:
// every element with text inside a crisis surface (.kh-crisis, .kh-crisis-help,
// .kh-embed-crisis) has its painted colour (-webkit-text-fill-color, alpha
// composited) compared with the background it sits on (the element's and its
// ancestors' background colours composited, across the shadow boundary),
// for a few hundred generated hostile palettes (seeded, so a failure can be
// replayed) and the edge cases: white on black, one colour for text and
// background, transparent, inherit, !important host CSS, color-scheme: dark,
// the visitor's dark mode, forced colours, our own private property names
// set on the host.
//
// Places: the widget (start page, "Hulp nu", loading, failed), embed.html
// (its URL parameters, then any token on its root), index.html and plan.html
// in light, dark and forced colours. Plus the builder's contrast check
// (embed-theme.js `surfaces`/`lowContrast`, unit-tested in the page) and its
// refusal in the builder page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startBrowser, BASE, BASE_URL, PHONE, CHROMIUM_ARGS } from './helpers.mjs';

const MIN = 4.5;
const SEED = Number(process.env.PALETTE_SEED ?? 28);
const COUNT = Number(process.env.PALETTE_COUNT ?? 300);

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** mulberry32: a small seeded generator, so a failing palette can be replayed (PALETTE_SEED). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  'text', 'bg', 'link', 'link-visited', 'accent', 'accent-text', 'accent-hover', 'surface', 'muted', 'border', 'focus',
  'focus-bg', 'crisis-bg', 'crisis-border', 'error',
].map((t) => `--keuzehulp-color-${t}`);
/** Our private names too: a host may guess them. */
const PRIVATE = ['--kh-crisis-bg', '--kh-crisis-text', '--kh-crisis-link', '--kh-crisis-focus-bg', '--kh-crisis-focus-text'];
const SPECIAL = ['transparent', 'inherit', 'initial', 'unset', 'currentcolor', 'rgba(255, 255, 255, 0.1)', 'rgba(0, 0, 0, 0.5)',
  'Canvas', 'CanvasText', '#fff4e5', '#1b1b1b', '#154273', '#ffffff', '#000000', 'revert', 'red', 'not-a-colour', ''];

/**
 * A hostile palette: custom properties for the element (some !important) and
 * a host stylesheet (rules for the element, html and body).
 */
function hostile(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const hex = () => `#${Math.floor(rand() * 0x1000000).toString(16).padStart(6, '0')}`;
  const colour = () => (rand() < 0.65 ? hex() : pick(SPECIAL));
  const props = {};
  for (const name of [...TOKENS, ...PRIVATE]) if (rand() < 0.5) props[name] = colour();
  if (rand() < 0.3) props['--keuzehulp-color-text'] = props['--keuzehulp-color-bg'] = hex(); // one colour for both
  const important = () => (rand() < 0.5 ? ' !important' : '');
  const decls = [];
  if (rand() < 0.6) decls.push(`color: ${colour()}${important()}`);
  if (rand() < 0.6) decls.push(`background: ${colour()}${important()}`);
  if (rand() < 0.4) decls.push(`-webkit-text-fill-color: ${colour()}${important()}`);
  if (rand() < 0.3) decls.push(`color-scheme: ${pick(['dark', 'light', 'dark light', 'only dark'])}${important()}`);
  if (rand() < 0.3) decls.push(`text-shadow: 0 0 4px ${colour()}, 0 0 8px ${colour()}${important()}`);
  if (rand() < 0.2) decls.push(`-webkit-text-stroke: 2px ${colour()}${important()}`);
  if (rand() < 0.2) decls.push(`forced-color-adjust: none${important()}`);
  for (const [name, value] of Object.entries(props)) if (rand() < 0.3) decls.push(`${name}: ${value}${important()}`);
  const page = `html, body { background: ${colour()}; color: ${colour()}; }`;
  return { props, css: `keuzehulp-widget { ${decls.join('; ')} }\n${page}\n* { color: ${colour()}${important()} }`, theme: rand() < 0.3 ? 'light' : null };
}

/** The edge cases first, then COUNT generated ones. */
function palettes(count = COUNT) {
  const fixed = [
    // The issue's palette, as the builder would write it.
    { props: { '--keuzehulp-color-accent': '#ffcc00', '--keuzehulp-color-text': '#ffffff', '--keuzehulp-color-bg': '#1b1b1b', '--keuzehulp-color-link': '#ffcc00' }, css: '', theme: 'light' },
    { props: { '--keuzehulp-color-text': '#ffffff', '--keuzehulp-color-bg': '#000000' }, css: 'keuzehulp-widget { color: #fff; background: #000 }', theme: null },
    { props: { '--keuzehulp-color-text': '#fff4e5', '--keuzehulp-color-bg': '#fff4e5', '--keuzehulp-color-link': '#fff4e5', '--keuzehulp-color-crisis-bg': '#fff4e5' }, css: '', theme: 'light' },
    { props: Object.fromEntries([...TOKENS, ...PRIVATE].map((t) => [t, 'transparent'])), css: 'keuzehulp-widget { color: transparent !important; -webkit-text-fill-color: transparent !important }', theme: null },
    { props: Object.fromEntries([...TOKENS, ...PRIVATE].map((t) => [t, 'inherit'])), css: 'keuzehulp-widget { color: inherit !important; background: inherit }', theme: null },
    { props: Object.fromEntries(PRIVATE.map((t) => [t, '#fff4e5'])), css: 'keuzehulp-widget { color-scheme: dark !important; color: #fff4e5 !important }', theme: 'light' },
    { props: {}, css: '* { color: #fff4e5 !important; background: #fff4e5 !important; -webkit-text-fill-color: #fff4e5 !important }', theme: null },
    { props: {}, css: 'keuzehulp-widget { color-scheme: only dark; color: CanvasText; background: Canvas }', theme: null },
  ];
  const rand = random(SEED);
  return [...fixed, ...Array.from({ length: count }, () => hostile(rand))];
}

/**
 * In the page: the contrast of every text in the crisis surfaces under
 * `root` (a selector of an element whose shadow root holds the app, or null
 * for the document). Returns { min, worst, texts, tels }.
 */
function measure(host) {
  const parse = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c ?? '');
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1,
  });
  const lum = ({ r, g, b }) => {
    const f = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const up = (node) => node.parentElement ?? node.getRootNode()?.host ?? null;
  const background = (el) => {
    const layers = [];
    for (let n = el; n; n = up(n)) {
      const bg = parse(getComputedStyle(n).backgroundColor);
      if (bg && bg.a > 0) layers.push(bg);
      if (bg && bg.a >= 1) break;
    }
    return layers.reverse().reduce((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
  };
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  const out = { min: Infinity, worst: '', texts: 0, tels: 0, surfaces: 0 };
  if (!root) return out;
  for (const surface of root.querySelectorAll('.kh-crisis, .kh-crisis-help, .kh-embed-crisis')) {
    out.surfaces += 1;
    for (const el of [surface, ...surface.querySelectorAll('*')]) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!hasText || el.closest('.kh-visually-hidden') || el.getClientRects().length === 0) continue;
      const cs = getComputedStyle(el);
      const painted = parse(cs.webkitTextFillColor) ?? parse(cs.color);
      const bg = background(el);
      const r = ratio(over(painted, bg), bg);
      out.texts += 1;
      if (el.closest('a[href^="tel:"]')) out.tels += 1;
      if (r < out.min) {
        out.min = r;
        out.worst = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}": ${cs.webkitTextFillColor} on ${JSON.stringify(bg)}`;
      }
    }
  }
  return out;
}

/** Apply palette `p` to the host page: its stylesheet and the element's properties. */
function apply(p) {
  document.getElementById('hostile').textContent = p.css;
  const w = document.querySelector('keuzehulp-widget');
  w.removeAttribute('style');
  for (const [name, value] of Object.entries(p.props)) w.style.setProperty(name, value, name.length % 2 ? 'important' : '');
  if (p.theme) w.setAttribute('theme', p.theme);
  else w.removeAttribute('theme');
}

/** A host page on our origin with one widget; `wasm`: 'ok', 'hang' or 'fail'. */
async function openHost({ wasm = 'ok', scheme = 'light', forced = 'none', on = browser } = {}) {
  const context = await on.newContext({ viewport: PHONE, locale: 'nl-NL', colorScheme: scheme, forcedColors: forced });
  const pending = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== BASE.origin) return route.abort('blockedbyclient');
    if (url.pathname.endsWith('/__palette-host.html')) {
      return route.fulfill({
        status: 200, headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Host</title><style id="hostile"></style>
          <script type="module" src="${BASE_URL}embed.js"></script></head><body><keuzehulp-widget lang="nl"></keuzehulp-widget></body></html>`,
      });
    }
    if (url.pathname.endsWith('/pkg-widget-plan/keuzehulp_bg.wasm') && wasm !== 'ok') {
      if (wasm === 'fail') return route.fulfill({ status: 404, body: 'gone' });
      pending.push(route); // (never answered: the widget stays on "loading")
      return undefined;
    }
    return route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL('__palette-host.html', BASE_URL).href);
  return { context, page, errors, close: () => context.close() };
}

/** Every palette on the current page of the widget: the lowest contrast found, with where. */
async function sweep(page, list, where, { host = 'keuzehulp-widget', wantTels = 3 } = {}) {
  let worst = { min: Infinity };
  for (const [i, p] of list.entries()) {
    await page.evaluate(apply, p);
    const m = await page.evaluate(measure, host);
    assert.ok(m.tels >= wantTels, `${where}, palette ${i}: ${m.tels} crisis numbers measured (${m.texts} texts)`);
    assert.ok(m.min >= MIN, `${where}, palette ${i} (${JSON.stringify(p)}): ${m.min.toFixed(2)}:1 at ${m.worst}`);
    if (m.min < worst.min) worst = { ...m, palette: i };
  }
  return worst;
}

test(`widget: crisis text and links keep ${MIN}:1 under ${COUNT} hostile palettes, at the start and on "Hulp nu"`, async () => {
  for (const scheme of ['light', 'dark']) {
    const s = await openHost({ scheme });
    try {
      await s.page.waitForFunction(() => document.querySelector('keuzehulp-widget')?.dataset.state === 'ready', null, { timeout: 15000 });
      const list = palettes(scheme === 'light' ? COUNT : Math.round(COUNT / 3));
      const start = await sweep(s.page, list, `${scheme}: start page`);
      await s.page.evaluate(apply, { props: {}, css: '', theme: null });
      await s.page.locator('keuzehulp-widget .kh-crisis__more-link').first().click();
      await s.page.locator('keuzehulp-widget .kh-crisis-help').waitFor();
      const help = await sweep(s.page, list, `${scheme}: Hulp nu`, { wantTels: 3 });
      console.log(`# ${scheme}: ${list.length} palettes, lowest ${start.min.toFixed(2)}:1 (start), ${help.min.toFixed(2)}:1 (Hulp nu)`);
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  }
});

test('widget: a focused crisis link keeps its contrast under hostile palettes', async () => {
  const s = await openHost();
  try {
    await s.page.waitForFunction(() => document.querySelector('keuzehulp-widget')?.dataset.state === 'ready', null, { timeout: 15000 });
    for (const [i, p] of palettes(40).entries()) {
      await s.page.evaluate(apply, p);
      // Keyboard focus on 113 (focus-visible), then measure that link.
      await s.page.evaluate(() => document.querySelector('keuzehulp-widget').shadowRoot.querySelector('.kh-crisis a[href="tel:113"]').focus());
      const r = await s.page.evaluate(() => {
        const a = document.querySelector('keuzehulp-widget').shadowRoot.querySelector('.kh-crisis a[href="tel:113"]');
        const cs = getComputedStyle(a);
        return { focused: a.matches(':focus-visible'), fill: cs.webkitTextFillColor, bg: cs.backgroundColor };
      });
      assert.ok(r.focused, 'the link has keyboard focus');
      const [fg, bg] = [r.fill, r.bg].map((c) => c.match(/\d+(\.\d+)?/g).map(Number));
      assert.ok(bg.length === 3 || bg[3] === 1, `palette ${i}: the focused link paints its own background (${r.bg})`);
      assert.ok(contrast(fg, bg) >= MIN, `palette ${i}: focused 113 at ${contrast(fg, bg).toFixed(2)}:1 (${r.fill} on ${r.bg})`);
    }
  } finally {
    await s.close();
  }
});

function contrast(a, b) {
  const lum = ([r, g, bl]) => {
    const f = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('widget: loading and failed states keep the crisis line readable under hostile palettes', async () => {
  for (const wasm of ['hang', 'fail']) {
    const s = await openHost({ wasm });
    try {
      const state = wasm === 'hang' ? 'loading' : 'failed';
      await s.page.waitForFunction((w) => document.querySelector('keuzehulp-widget')?.dataset.state === w, state, { timeout: 15000 });
      // The first measure before the stylesheets may have loaded: the colours are on the element itself.
      const worst = await sweep(s.page, palettes(Math.round(COUNT / 3)), `widget ${state}`);
      console.log(`# widget ${state}: lowest ${worst.min.toFixed(2)}:1`);
    } finally {
      await s.close();
    }
  }
});

test('embed.html: URL colours (the issue\'s dark palette among them) and any token on its root leave the crisis line at 4.5:1', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    const rand = random(SEED + 1);
    const hex = () => `%23${Math.floor(rand() * 0x1000000).toString(16).padStart(6, '0')}`;
    const urls = ['text=%23ffffff&bg=%231b1b1b&accent=%23ffcc00', 'text=%23fff4e5&bg=%23fff4e5&accent=%23fff4e5', 'text=%23000000&bg=%23000000',
      ...Array.from({ length: 30 }, () => `text=${hex()}&bg=${hex()}&accent=${hex()}${rand() < 0.5 ? '&theme=light' : ''}`)];
    for (const query of urls) {
      await page.goto(`${BASE_URL}embed.html?lang=nl&${query}`);
      await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
      const m = await page.evaluate(measure, null);
      assert.ok(m.tels >= 3 && m.min >= MIN, `embed.html?${query}: ${m.min.toFixed(2)}:1 at ${m.worst} (${m.tels} numbers)`);
    }
    // Any value at all on the root (more than the URL can bring), at the start and on "Hulp nu".
    const onRoot = (p) => {
      const html = document.documentElement;
      html.removeAttribute('style');
      for (const [name, value] of Object.entries(p.props)) html.style.setProperty(name, value);
    };
    const list = palettes(Math.round(COUNT / 3));
    for (const where of ['start', 'Hulp nu']) {
      if (where === 'Hulp nu') {
        await page.evaluate(onRoot, { props: {} });
        await page.locator('.kh-crisis__more-link').first().click();
        await page.locator('.kh-crisis-help').waitFor();
      }
      for (const [i, p] of list.entries()) {
        await page.evaluate(onRoot, p);
        const m = await page.evaluate(measure, null);
        assert.ok(m.tels >= 3 && m.min >= MIN, `embed.html ${where}, palette ${i}: ${m.min.toFixed(2)}:1 at ${m.worst}`);
      }
    }
  } finally {
    await context.close();
  }
});

test('index.html and plan.html: the crisis line at 4.5:1 in light, dark and forced colours', async () => {
  const plan = 'plan.html#rol=werknemer&niveau=individu&fase=signalen&factoren=werkdruk&stap=plan';
  for (const [scheme, forced] of [['light', 'none'], ['dark', 'none'], ['light', 'active'], ['dark', 'active']]) {
    const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', colorScheme: scheme, forcedColors: forced });
    const page = await context.newPage();
    try {
      for (const path of ['', '#stap=hulp-nu', plan]) {
        await page.goto(`${BASE_URL}${path}`);
        await page.waitForFunction(() => document.querySelector('.kh-crisis, .kh-crisis-help'), null, { timeout: 15000 });
        await page.waitForTimeout(100);
        const m = await page.evaluate(measure, null);
        assert.ok(m.tels >= 3 && m.min >= MIN, `${scheme}/${forced} ${path || 'start'}: ${m.min.toFixed(2)}:1 at ${m.worst} (${m.tels} numbers)`);
      }
    } finally {
      await context.close();
    }
  }
});

test('the builder\'s contrast check (embed-theme.js): every surface its colours reach, the crisis box included', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}embed-builder.html`);
    const result = await page.evaluate(async (seed) => {
      const theme = await import('./embed-theme.js');
      let a = seed >>> 0;
      const rand = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
      const hex = () => `#${Math.floor(rand() * 0x1000000).toString(16).padStart(6, '0')}`;
      const known = {
        issue: theme.lowContrast({ accent: '#ffcc00', text: '#ffffff', bg: '#1b1b1b' }).map((p) => p.key),
        grey: theme.lowContrast({ text: '#777777' }).map((p) => p.key),
        same: theme.lowContrast({ text: '#336699', bg: '#336699' }).map((p) => p.key),
        yellowLinks: theme.lowContrast({ accent: '#ffff00' }).map((p) => p.key),
        midAccent: theme.lowContrast({ accent: '#808080' }).map((p) => p.key),
        keys: theme.surfaces({}).map((p) => p.key),
        crisis: theme.surfaces({ text: '#ffffff', bg: '#000000' }).filter((p) => p.key.startsWith('crisis')).map((p) => [p.fg, p.bg]),
        ratio: [theme.contrast('#ffffff', '#000000'), theme.contrast('#777777', '#ffffff')],
      };
      // Random palettes: an accepted one has every derived token at 4.5:1 on every surface it sits on.
      const accepted = [];
      let refused = 0;
      for (let i = 0; i < 3000; i++) {
        const given = {};
        for (const k of ['accent', 'text', 'bg']) if (rand() < 0.8) given[k] = hex();
        if (theme.lowContrast(given).length) refused += 1;
        else accepted.push({ given, tokens: theme.palette(given) });
      }
      return { known, accepted, refused };
    }, SEED);
    const { known, accepted, refused } = result;
    assert.deepEqual(known.issue, [], 'the issue\'s dark palette is fine for the app: the crisis box does not take it');
    assert.deepEqual(known.grey, ['text-bg', 'text-surface', 'muted-bg', 'muted-surface'], '#777 on white is 4.48:1');
    assert.ok(known.same.includes('text-bg'), 'one colour for text and background is refused');
    assert.deepEqual(known.yellowLinks, ['link-bg', 'link-surface'], 'yellow links on white');
    assert.ok(known.midAccent.includes('button') && known.midAccent.includes('link-bg'), `a grey accent: ${known.midAccent}`);
    for (const key of ['text-bg', 'link-bg', 'button', 'error-bg', 'crisis-text', 'crisis-link']) assert.ok(known.keys.includes(key), key);
    assert.deepEqual(known.crisis, [['#1b1b1b', '#fff4e5'], ['#154273', '#fff4e5']], 'the crisis box keeps its own colours');
    assert.equal(known.ratio[0].toFixed(2), '21.00');
    assert.equal(known.ratio[1].toFixed(2), '4.48');
    assert.ok(accepted.length > 100 && refused > 100, `${accepted.length} accepted, ${refused} refused`);
    // Checked here again with this file's own contrast(): the derived tokens on the light defaults.
    const LIGHT = { text: '#1b1b1b', muted: '#4b4f54', bg: '#ffffff', surface: '#eef2f7', accent: '#154273', 'accent-hover': '#0e2f54', 'accent-text': '#ffffff', link: '#154273', error: '#b0190d' };
    const rgb = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    for (const { given, tokens } of accepted) {
      const t = { ...LIGHT };
      for (const [k, v] of Object.entries(tokens)) t[k.replace('--keuzehulp-color-', '')] = v;
      for (const [fg, bg] of [['text', 'bg'], ['text', 'surface'], ['muted', 'bg'], ['muted', 'surface'], ['link', 'bg'], ['link', 'surface'],
        ['accent-text', 'accent'], ['accent-text', 'accent-hover'], ['error', 'bg']]) {
        const r = contrast(rgb(t[fg]), rgb(t[bg]));
        assert.ok(r >= MIN, `${JSON.stringify(given)}: ${fg} on ${bg} ${r.toFixed(2)}:1`);
      }
    }
  } finally {
    await context.close();
  }
});

test('the builder refuses own colours below 4.5:1 with the reason, and passes the issue\'s dark palette with the crisis box its own', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}embed-builder.html`);
    await page.locator('#kb-preview keuzehulp-widget[data-state="ready"]').waitFor({ timeout: 20000 });
    await page.getByLabel('Eigen kleuren gebruiken').check();
    await page.getByLabel('Accentkleur (knoppen en links)').fill('#ffcc00');
    await page.getByLabel('Tekstkleur', { exact: true }).fill('#ffffff');
    await page.getByLabel('Achtergrond', { exact: true }).fill('#1b1b1b');
    await page.waitForFunction(() => /contrast is goed/.test(document.getElementById('kb-contrast').textContent));
    assert.match(await page.locator('#kb-contrast').innerText(), /crisisblok \(113\) houdt altijd zijn eigen kleuren/);
    // The preview's crisis box, measured.
    await page.waitForFunction(() => {
      const w = document.querySelector('#kb-preview keuzehulp-widget');
      return w?.dataset.state === 'ready' && (w.getAttribute('style') ?? '').includes('#ffcc00');
    }, null, { timeout: 10000 });
    const m = await page.evaluate(measure, '#kb-preview keuzehulp-widget');
    assert.ok(m.tels >= 3 && m.min >= MIN, `preview crisis box ${m.min.toFixed(2)}:1 at ${m.worst}`);

    // Grey text on white: refused, with the reason, and Copy is refused.
    await page.getByLabel('Tekstkleur', { exact: true }).fill('#777777');
    await page.getByLabel('Achtergrond', { exact: true }).fill('#ffffff');
    await page.getByLabel('Accentkleur (knoppen en links)').fill('#154273');
    await page.waitForFunction(() => /Te weinig contrast/.test(document.getElementById('kb-contrast').textContent));
    const report = await page.locator('#kb-contrast').innerText();
    assert.match(report, /tekst op de achtergrond \(4,4:1\)/, report);
    assert.match(report, /minstens 4,5:1/);
    await page.locator('button[data-copy="kb-direct"]').click();
    assert.match(await page.locator('#kb-direct-status').innerText(), /Niet gekopieerd/);
    assert.match(await page.locator('#kb-summary').innerText(), /Te weinig contrast: tekst op de achtergrond/);

    // In English too.
    await page.goto(`${BASE_URL}embed-builder.html?lang=en`);
    await page.getByLabel('Use our own colours').check();
    await page.getByLabel('Accent colour (buttons and links)').fill('#ffff00');
    await page.waitForFunction(() => /Too little contrast/.test(document.getElementById('kb-contrast').textContent));
    assert.match(await page.locator('#kb-contrast').innerText(), /links \(the accent colour\) on the background \(1\.0:1\)/);
  } finally {
    await context.close();
  }
});

/**
 * The contrast of what is painted in `png` (a screenshot of one crisis
 * number): its most common colour is the background, the text is the
 * pixel furthest from it in luminance (the glyphs' cores are solid).
 */
async function paintedContrast(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const lum = (r, g, b) => {
      const f = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const split = (k) => [(k >> 16) & 255, (k >> 8) & 255, k & 255];
    const bgKey = [...counts].sort((x, y) => y[1] - x[1])[0][0];
    const bg = lum(...split(bgKey));
    let best = 1;
    for (const [k, n] of counts) {
      if (n < 3) continue;
      const l = lum(...split(k));
      best = Math.max(best, (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05));
    }
    return { ratio: best, bg: split(bgKey) };
  }, png.toString('base64'));
}

test('Chromium\'s forced dark mode (auto dark) leaves the crisis numbers readable, measured in the pixels', async () => {
  const dark = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--blink-settings=forceDarkModeEnabled=true'],
    headless: true,
  });
  const blank = await (await browser.newContext()).newPage();
  try {
    const s = await openHost({ on: dark });
    try {
      await s.page.waitForFunction(() => document.querySelector('keuzehulp-widget')?.dataset.state === 'ready', null, { timeout: 15000 });
      for (const [i, p] of palettes(6).entries()) {
        await s.page.evaluate(apply, p);
        for (const tel of ['tel:113', 'tel:08000113', 'tel:112']) {
          const link = s.page.locator(`keuzehulp-widget .kh-crisis a[href="${tel}"]`);
          const { ratio, bg } = await paintedContrast(blank, await link.screenshot());
          assert.ok(ratio >= MIN, `forced dark, palette ${i}, ${tel}: ${ratio.toFixed(2)}:1 on rgb(${bg})`);
        }
      }
      // And embed.html under forced dark.
      const page = await s.context.newPage();
      await page.goto(`${BASE_URL}embed.html?lang=nl&text=%23ffffff&bg=%231b1b1b&accent=%23ffcc00`);
      await page.waitForFunction(() => document.documentElement.dataset.keuzehulp === 'ready', null, { timeout: 15000 });
      for (const tel of ['tel:113', 'tel:08000113', 'tel:112']) {
        const { ratio, bg } = await paintedContrast(blank, await page.locator(`.kh-crisis a[href="${tel}"]`).first().screenshot());
        assert.ok(ratio >= MIN, `forced dark, embed.html, ${tel}: ${ratio.toFixed(2)}:1 on rgb(${bg})`);
      }
    } finally {
      await s.close();
    }
  } finally {
    await dark.close();
    await blank.context().close();
  }
});
