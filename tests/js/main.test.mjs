// Unit tests of www/main.js's pure part: which step and language a link opens.
// main.js starts the app when it is imported (it is on the first visit's
// critical path, so no module of its own for these few lines): the test runs
// the part between its two marker lines in a context of its own. index.html's
// inline script reads the fragment before main.js arrives: with the same patterns.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const main = readFileSync(new URL('../../www/main.js', import.meta.url), 'utf8');
const BEGIN = '// The pure part: tests/js/main.test.mjs runs';
const END = '// End of the pure part.';
const pure = main.slice(main.indexOf(BEGIN), main.indexOf(END));
const { opensAtStart, startLang, STEP, LANG } = vm.runInNewContext(`${pure}\n({ opensAtStart, startLang, STEP, LANG })`);

test('the pure part is found and uses nothing of the page', () => {
  assert.ok(main.indexOf(BEGIN) > 0 && main.indexOf(END) > main.indexOf(BEGIN));
  assert.ok(!/\b(window|document|navigator|location)\b/.test(pure.replace(/^\s*(\/\/|\/?\*).*$/gm, '')), 'no globals of the page');
});

test('a link opens the start page unless it names another step', () => {
  for (const hash of ['', '#', '#stap=start', '#STAP= Start ', '#rol=hr&stap=start', '#taal=en', '#%', '#stapel=advies']) {
    assert.equal(opensAtStart(hash), true, hash);
  }
  for (const hash of ['#stap=advies', '#rol=hr&stap=vraag-2', '?stap=advies', '#stap=', '# stap=advies']) {
    assert.equal(opensAtStart(hash), false, hash);
  }
});

test('the language: the link\'s taal=, else the browser\'s, else Dutch', () => {
  assert.equal(startLang('#taal=en', 'nl-NL'), 'en');
  assert.equal(startLang('#stap=advies&TAAL=EN', 'nl'), 'en');
  assert.equal(startLang('#taal=nl', 'en-GB'), 'nl');
  assert.equal(startLang('', 'en-GB'), 'en');
  assert.equal(startLang('#taal=fr', 'en-US'), 'en', 'an unknown taal= is no choice');
  assert.equal(startLang('#taal=fr', 'de'), 'nl');
  assert.equal(startLang('', ''), 'nl');
  assert.equal(startLang('', undefined), 'nl');
  assert.equal(startLang('#entaal=en', 'nl'), 'nl', 'only the key taal');
});

test('index.html\'s inline script reads the fragment with the same patterns', () => {
  const index = readFileSync(new URL('../../www/index.html', import.meta.url), 'utf8');
  assert.ok(index.includes(String(STEP)), `index.html should use ${STEP}`);
  assert.ok(index.includes(String(LANG)), `index.html should use ${LANG}`);
});
