// Unit tests of the embed builder's pure part (www/embed-code.js): its texts
// in both languages, the preset text read as the widget reads it, the
// contacts address check, the two snippets (escaping hostile settings) and
// the contrast verdicts. The crisis line comes from the build's own source
// (fallback.mjs), as the page gets it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserGlobals, fallback } from './fallback.mjs';

browserGlobals();
const code = await import('../../www/embed-code.js');
const {
  messages, escapeAttr, escapeSingle, escapeText, readPreset, presetString, contactsUrlOk, directSnippet, fallbackContent,
  frameUrl, frameSnippet, ratioText, contrastReport, contrastProblems,
} = code;
const { palette } = await import('../../www/embed-theme.js');

const FALLBACK = fallback();
const SUICIDE = FALLBACK.numbers.suicide.shown;
const MSG = messages(SUICIDE);
const SITE = 'https://keuzehulp.example/';

/** The settings the page reads from its form. */
const settings = (over = {}) => ({ lang: '', preset: '', contacts: '', light: false, colours: {}, tokens: {}, ...over });

test('every text exists in Dutch and English, of the same kind', () => {
  const walk = (nl, en, path) => {
    assert.deepEqual(Object.keys(nl), Object.keys(en), path);
    for (const key of Object.keys(nl)) {
      const [a, b] = [nl[key], en[key]];
      assert.equal(typeof a, typeof b, `${path}.${key}`);
      if (typeof a === 'string') assert.ok(a && b, `${path}.${key} in both`);
      if (typeof a === 'function') assert.equal(a.length, b.length, `${path}.${key}: the same arguments`);
      if (a && typeof a === 'object' && !Array.isArray(a)) walk(a, b, `${path}.${key}`);
    }
  };
  walk(MSG.nl, MSG.en, 'messages');
  assert.notEqual(MSG.nl.copied, MSG.en.copied);
  assert.deepEqual(MSG.nl.switchTo, ['en', 'English']);
  assert.equal(MSG.en.decimal, '.');
  assert.equal(MSG.nl.decimal, ',');
});

test('the crisis number in the texts is the one from the source', () => {
  assert.ok(SUICIDE && /\d/.test(SUICIDE), SUICIDE);
  assert.ok(MSG.nl.neverWhy('Fase').includes(SUICIDE));
  assert.ok(MSG.en.contrastGood('x').includes(SUICIDE));
  assert.ok(messages('X-NUMMER').nl.neverWhy('Fase').includes('X-NUMMER'), 'not a number of its own');
});

test('escaping: attribute values and text cannot close what they are in', () => {
  assert.equal(escapeAttr('a"b<c&d\'e'), 'a&quot;b&lt;c&amp;d\'e');
  assert.equal(escapeSingle('a"b<c&d\'e'), 'a"b&lt;c&amp;d&#39;e');
  assert.equal(escapeText('<script>&</script>'), '&lt;script&gt;&amp;&lt;/script&gt;');
});

const VOCAB = {
  questions: [
    { id: 'rol', label: 'Rol', options: [{ id: 'werknemer', label: 'W' }, { id: 'hr', label: 'HR' }] },
    { id: 'factoren', label: 'Factoren', many: true, options: [{ id: 'werkdruk', label: 'W' }, { id: 'pesten', label: 'P' }] },
  ],
  never: [{ id: 'fase', label: 'Fase' }],
};

test('preset text: what fits goes in, fase and the rest are named', () => {
  const r = readPreset('#rol=HR&factoren=werkdruk,%70esten&fase=crisis&FASE=x&kleur=rood&rol=werknemer&&', VOCAB);
  assert.deepEqual([...r.chosen], [['rol', ['hr']], ['factoren', ['werkdruk', 'pesten']]]);
  assert.deepEqual(r.never.map((q) => q.id), ['fase'], 'fase named once');
  assert.deepEqual(r.unknown, ['kleur=rood', 'rol=werknemer'], 'a second rol is refused, not silently taken');
  const bad = readPreset('rol=werknemer,hr&factoren=&factoren=onbekend&zonder', VOCAB);
  assert.deepEqual([...bad.chosen], []);
  assert.deepEqual(bad.unknown, ['rol=werknemer,hr', 'factoren=', 'factoren=onbekend', 'zonder']);
  assert.deepEqual(readPreset('  ', VOCAB), { chosen: new Map(), never: [], unknown: [] });
});

test('the preset string follows the question order and leaves out empty answers', () => {
  const chosen = { rol: [''], factoren: ['werkdruk', 'pesten'] };
  assert.equal(presetString(VOCAB.questions, (q) => chosen[q.id]), 'factoren=werkdruk,pesten');
  assert.equal(presetString(VOCAB.questions, (q) => (q.id === 'rol' ? ['hr'] : [])), 'rol=hr');
});

test('a contacts address: https, or on the intranet itself', () => {
  for (const ok of ['https://intranet.example/c.json', '/hr/c.json', 'c.json', '../c.json', 'HTTPS://x.example/c']) {
    assert.equal(contactsUrlOk(ok), true, ok);
  }
  for (const bad of ['', 'http://x.example/c.json', 'javascript:alert(1)', 'data:,{}', 'https:/x', 'https:c.json',
    '/hr/c .json', '//elders.example/c.json'.replace('//', 'ftp://'), 'https://']) {
    assert.equal(contactsUrlOk(bad), false, bad);
  }
});

test('the direct snippet: the script from the site, the settings as attributes', () => {
  const plain = directSnippet(settings(), SITE, FALLBACK);
  assert.ok(plain.startsWith(`<script type="module" src="${SITE}embed.js"></script>\n<keuzehulp-widget>\n`), plain);
  assert.ok(plain.endsWith('</keuzehulp-widget>'));
  // The browser decides: both languages' crisis lines, each with its lang.
  assert.ok(plain.includes('<p lang="nl">') && plain.includes('<p lang="en">'));
  const tokens = palette({ accent: '#154273' });
  const full = directSnippet(settings({ lang: 'en', preset: 'rol=hr', contacts: '/c.json', light: true, tokens }), SITE, FALLBACK);
  assert.match(full, /<keuzehulp-widget\n {2}lang="en"\n {2}preset="rol=hr"\n {2}contacts="\/c.json"\n {2}theme="light"\n {2}style="--keuzehulp-color-accent: #154273;/);
  assert.ok(!full.includes('lang="nl"'), 'one language: its crisis line only');
});

test('the direct snippet: hostile settings stay inside their attribute', () => {
  const evil = '"><script>alert(1)</script><x y=\'';
  const out = directSnippet(settings({ preset: evil, contacts: `{"a":"${evil}"}` }), SITE, FALLBACK);
  assert.ok(!out.includes('<script>alert'), out);
  assert.equal(out.match(/<script/g).length, 1, 'only our own script element');
  assert.ok(out.includes(`contacts='{"a":"">&lt;script>alert(1)&lt;/script>&lt;x y=&#39;"}'`), out);
  assert.ok(out.includes(`preset="&quot;>&lt;script>alert(1)&lt;/script>&lt;x y='"`), out);
  const url = directSnippet(settings({ contacts: `/c.json" onload="alert(1)` }), SITE, FALLBACK);
  assert.ok(url.includes('contacts="/c.json&quot; onload=&quot;alert(1)"'), url);
});

test('the fallback content is the crisis line of the source, escaped', () => {
  const nl = fallbackContent('nl', SITE, FALLBACK);
  for (const piece of FALLBACK.crisis.nl.line) {
    if (typeof piece !== 'string') assert.ok(nl.includes(`<a href="${piece.tel}">${piece.shown}</a>`), piece.shown);
  }
  assert.ok(nl.includes(`<a href="${SITE}">${FALLBACK.text.nl.widgetOpen}</a>`));
  const hostile = structuredClone(FALLBACK);
  hostile.crisis.en.heading = '<img src=x onerror=alert(1)>';
  hostile.crisis.en.line = ['a < b', { tel: 'tel:1" onclick="x', shown: '<b>1</b>' }];
  const out = fallbackContent('en', 'https://k.example/?a="b', hostile);
  assert.ok(!/<img|<b>|onclick="x|\?a="b/.test(out), out);
});

test('the iframe: settings in its address, contacts only as JSON, its title in the language', () => {
  const s = settings({ lang: 'nl', preset: 'rol=hr&factoren=werkdruk', contacts: '{"a":1}', light: true, colours: { accent: '#154273' } });
  const url = new URL(frameUrl(s, SITE));
  assert.equal(url.origin + url.pathname, `${SITE}embed.html`);
  assert.equal(url.searchParams.get('preset'), 'rol=hr&factoren=werkdruk', 'the preset as one parameter');
  assert.equal(url.searchParams.get('contacts'), '{"a":1}');
  assert.equal(url.searchParams.get('theme'), 'light');
  assert.equal(url.searchParams.get('accent'), '#154273');
  assert.equal(new URL(frameUrl(settings({ contacts: '/c.json' }), SITE)).searchParams.has('contacts'), false, 'no file in the iframe');
  const snippet = frameSnippet(s, SITE, MSG);
  assert.ok(snippet.includes(` lang="nl"\n  title="${MSG.nl.frameTitle}"`), snippet);
  assert.ok(snippet.endsWith(`<script src="${SITE}embed-frame.js" defer></script>`));
  assert.ok(frameSnippet(settings(), SITE, MSG).includes(`title="${MSG.nl.frameTitle} (${MSG.en.frameTitle})"`));
  const evil = frameSnippet(settings({ preset: '"><script>x</script>' }), SITE, MSG);
  assert.equal(evil.match(/<script/g).length, 1, evil);
});

test('a ratio is rounded down, with the language\'s decimal sign', () => {
  assert.equal(ratioText(4.48, ','), '4,4');
  assert.equal(ratioText(4.5, '.'), '4.5');
  assert.equal(ratioText(21, ','), '21,0');
});

test('contrast: nothing without own colours, the ratios when all pass, the shortfalls per field', () => {
  assert.equal(contrastReport(settings(), MSG.nl), '');
  assert.deepEqual(contrastProblems(settings(), MSG.nl), []);
  const good = settings({ colours: { accent: '#154273', text: '#1b1b1b', bg: '#ffffff' } });
  assert.deepEqual(contrastProblems(good, MSG.en), []);
  assert.match(contrastReport(good, MSG.en), /^The contrast is good \(text \d+\.\d:1, links \d+\.\d:1, buttons \d+\.\d:1\)/);
  // A pale accent on white: the links and the button text fall short (the accent field); the text passes.
  const pale = settings({ colours: { accent: '#ffdd00', text: '#1b1b1b', bg: '#ffffff' } });
  const problems = contrastProblems(pale, MSG.nl);
  assert.deepEqual(problems.map((p) => p.id), ['kb-accent']);
  assert.match(problems[0].message, /^Te weinig contrast: .*links \(de accentkleur\) op de achtergrond \(\d,\d:1\)/);
  assert.match(contrastReport(pale, MSG.nl), /Te weinig contrast/);
  // Grey text on grey: the text field.
  const grey = settings({ colours: { accent: '#154273', text: '#777777', bg: '#888888' } });
  assert.ok(contrastProblems(grey, MSG.en).some((p) => p.id === 'kb-text'));
});
