// Unit tests of the overview's pure functions (www/overview.js: the filters'
// fragment codec, matching, the nearest items and the CSV export), imported
// as the browser imports the module; without a document its page part does
// not run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SEARCH_KEY, PANEL_KEY, norm, filterFragment, toFragment, fromFragment, misses, searchWords, nearest, reorder,
  decodeOr, csv,
} from '../../www/overview.js';

const KEYS = ['niveau', 'rol', 'sector'];

test('the keys are the ones the page and its links use', () => {
  assert.equal(SEARCH_KEY, 'zoek');
  assert.equal(PANEL_KEY, 'paneel');
});

test('a fragment without = is an anchor: no state', () => {
  for (const hash of ['', '#', '#tool-gripopstress', '#%', '#%E2%80', 'zonder-is']) {
    assert.equal(fromFragment(hash, KEYS), null, hash);
  }
});

test('filters, search and panel round-trip through the fragment', () => {
  const state = { niveau: ['team', 'maatschappij'], rol: ['hr'], sector: [], zoek: 'pesten op werk', paneel: true };
  const fragment = toFragment(state, KEYS);
  assert.equal(fragment, 'niveau=team,maatschappij&rol=hr&zoek=pesten%20op%20werk&paneel=open');
  assert.deepEqual(fromFragment(`#${fragment}`, KEYS),
    { niveau: ['team', 'maatschappij'], rol: ['hr'], zoek: 'pesten op werk', paneel: true });
  // Awkward text survives: a comma, an ampersand, an equals sign, accents, quotes.
  const odd = { zoek: 'a,b & c=d "financiële" <x>', niveau: [], rol: [], sector: [] };
  assert.equal(fromFragment(toFragment(odd, KEYS), KEYS).zoek, odd.zoek);
});

test('no filters: an empty fragment, or the panel alone', () => {
  const empty = { niveau: [], rol: [], sector: [], zoek: '', paneel: false };
  assert.equal(filterFragment(empty, KEYS), '');
  assert.equal(toFragment(empty, KEYS), '');
  assert.equal(toFragment({ ...empty, paneel: true }, KEYS), 'paneel=open');
  assert.equal(filterFragment({ ...empty, paneel: true }, KEYS), '', 'the panel is no filter');
  // A facet missing from the state is no filter either (not a TypeError).
  assert.equal(filterFragment({ zoek: 'x' }, KEYS), 'zoek=x');
});

test('facets are written in the order of the form, not of the state', () => {
  assert.equal(filterFragment({ sector: ['zorg'], niveau: ['team'], zoek: '' }, KEYS), 'niveau=team&sector=zorg');
});

test('a broken escape loses its own part only', () => {
  assert.deepEqual(fromFragment('#zoek=%&rol=hr', KEYS), { rol: ['hr'] });
  assert.deepEqual(fromFragment('#niveau=team,%E2%8&rol=hr', KEYS), { rol: ['hr'] });
  assert.deepEqual(fromFragment('#rol=hr&paneel=%', KEYS), { rol: ['hr'] });
});

test('unknown keys, empty values and prototype keys are passed over', () => {
  assert.deepEqual(fromFragment('#onbekend=x&rol=hr', KEYS), { rol: ['hr'] });
  assert.deepEqual(fromFragment('#rol=,hr,', KEYS), { rol: ['hr'] });
  const state = fromFragment('#__proto__=x&constructor=y&rol=hr', KEYS);
  assert.deepEqual(state, { rol: ['hr'] });
  assert.equal(Object.getPrototypeOf(state), Object.prototype, 'the prototype is not replaced');
  // Only `paneel=open` opens the panel.
  assert.equal(fromFragment('#paneel=1', KEYS).paneel, false);
  assert.equal(fromFragment('#paneel=open', KEYS).paneel, true);
  // An equals sign in a value stays in it.
  assert.equal(fromFragment('#zoek=a=b', KEYS).zoek, 'a=b');
});

test('search words are lowercased without accents', () => {
  assert.equal(norm('Financiële ZORGEN'), 'financiele zorgen');
  assert.deepEqual(searchWords('  Financiële   zorgen '), ['financiele', 'zorgen']);
  assert.deepEqual(searchWords(''), []);
});

test('an item misses a facet unless it has one of the chosen values', () => {
  const facets = [{ key: 'niveau' }, { key: 'sector', anyWhenEmpty: true }];
  const item = (values, text = '') => [(key) => values[key] ?? [], () => text];
  const state = { niveau: ['team'], sector: ['zorg'], zoek: '' };
  assert.deepEqual(misses(...item({ niveau: ['team', 'individu'], sector: ['zorg'] }), state, [], facets), []);
  assert.deepEqual(misses(...item({ niveau: ['individu'], sector: ['onderwijs'] }), state, [], facets), ['niveau', 'sector']);
  // No sector: for every sector. No level: fits no chosen level.
  assert.deepEqual(misses(...item({}), state, [], facets), ['niveau']);
  // Nothing chosen: nothing missed.
  assert.deepEqual(misses(...item({}), { niveau: [], sector: [] }, [], facets), []);
});

test('the search needs every word, and reads the text only when searched', () => {
  let asked = 0;
  const text = () => { asked += 1; return 'gesprek met je leidinggevende over werkdruk'; };
  const none = (key) => [key];
  assert.deepEqual(misses(none, text, {}, [], []), []);
  assert.equal(asked, 0, 'no words: the text is not made');
  assert.deepEqual(misses(none, text, {}, ['werkdruk', 'gesprek'], []), []);
  assert.deepEqual(misses(none, text, {}, ['werkdruk', 'pesten'], []), [SEARCH_KEY]);
});

test('the nearest items miss the fewest criteria, those with a value first, five at most', () => {
  const scored = [
    { item: 'a', missed: ['niveau', 'rol'], blank: 0 },
    { item: 'b', missed: ['rol'], blank: 1 },
    { item: 'c', missed: [], blank: 0 }, // shown: not "near"
    { item: 'd', missed: ['sector'], blank: 0 },
    { item: 'e', missed: ['zoek'], blank: 0 },
  ];
  assert.deepEqual(nearest(scored).map((n) => n.item), ['d', 'e', 'b']);
  assert.deepEqual(nearest(scored)[2].missed, ['rol']);
  const many = Array.from({ length: 9 }, (_, i) => ({ item: i, missed: ['rol'], blank: i % 2 }));
  assert.deepEqual(nearest(many).map((n) => n.item), [0, 2, 4, 6, 8]);
  assert.deepEqual(nearest([]), []);
});

test('filters keep the order they were switched on in', () => {
  assert.deepEqual(reorder([], ['rol=hr', 'niveau=team']), ['rol=hr', 'niveau=team']);
  assert.deepEqual(reorder(['niveau=team', 'rol=hr'], ['rol=hr', 'niveau=team', 'zoek=x']), ['niveau=team', 'rol=hr', 'zoek=x']);
  assert.deepEqual(reorder(['niveau=team', 'rol=hr'], ['rol=hr']), ['rol=hr']);
});

test('decodeOr decodes, and keeps a broken escape as it is', () => {
  assert.equal(decodeOr('tool-gr%C3%ADp'), 'tool-gríp');
  assert.equal(decodeOr('%'), '%');
  assert.equal(decodeOr('%E2%80'), '%E2%80');
});

test('CSV: a BOM, every cell quoted, quotes doubled, white space folded, CRLF', () => {
  const text = csv([['Soort', 'Naam'], ['tool', 'Zeg "nee"\n  tegen\twerkdruk'], [null, undefined]], ';');
  assert.equal(text, '\ufeff"Soort";"Naam"\r\n"tool";"Zeg ""nee"" tegen werkdruk"\r\n"";""\r\n');
});

test('CSV: a cell a spreadsheet would run as a formula is defused', () => {
  for (const formula of ['=HYPERLINK("http://x")', '+31 800 0113', '-2+3', '@SUM(A1)', ' =1+1']) {
    const line = csv([[formula]], ',');
    assert.match(line, /^\ufeff"'/, formula);
  }
  assert.equal(csv([['113']], ','), '\ufeff"113"\r\n');
  assert.equal(csv([['a', 'b']], ','), '\ufeff"a","b"\r\n');
});
