// Unit tests of the widget's pure functions (www/embed.js): the language, the
// preset reader, the link without fase, the contacts attribute (JSON, an
// address: what is fetched, how, and what is refused), the load timeout. The
// module defines a custom element and listens on the document when it is
// imported: the few globals it touches then are stood in for here.

import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { browserGlobals } from './fallback.mjs';

const warnings = [];
browserGlobals();
navigator.language = 'nl-NL';
console.warn = (...args) => warnings.push(args.join(' '));

const embed = await import('../../www/embed.js');
const { resolveLang, withoutFase, presetPart, presetParts, contactsText, within, CONTACTS_TIMEOUT_MS } = embed;

test('the language: the attribute when it is nl or en, else the browser\'s', () => {
  navigator.language = 'en-GB';
  assert.equal(resolveLang('nl'), 'nl');
  assert.equal(resolveLang(' NL-be'), 'nl');
  assert.equal(resolveLang('en'), 'en');
  assert.equal(resolveLang(''), 'en');
  assert.equal(resolveLang(null), 'en');
  assert.equal(resolveLang('fr'), 'en', 'another language: the browser decides');
  navigator.language = 'de-DE';
  assert.equal(resolveLang('fr'), 'nl', 'neither: Dutch');
  navigator.language = '';
  assert.equal(resolveLang(undefined), 'nl');
  navigator.language = 'nl-NL';
});

test('a preset part is read as the app reads it', () => {
  assert.deepEqual(presetPart('sector=zorg-welzijn'), ['sector', ['zorg-welzijn']]);
  assert.deepEqual(presetPart(' Factoren = Werkdruk, ,PESTEN '), ['factoren', ['werkdruk', 'pesten']]);
  assert.deepEqual(presetPart('%66ase=crisis'), ['fase', ['crisis']], '%xx escapes in the key');
  assert.deepEqual(presetPart('rol='), ['rol', []]);
  for (const none of ['', 'rol', '=werknemer', '  =x']) assert.equal(presetPart(none), null, none);
  // A broken escape is no error: it stays as it is.
  assert.deepEqual(presetPart('rol=%zz'), ['rol', ['%zz']]);
  assert.deepEqual(presetParts('#?sector=zorg&omvang=groot '), ['sector=zorg', 'omvang=groot']);
  assert.deepEqual(presetParts(null), ['']);
});

test('the link to the site never carries fase, however it is written', () => {
  assert.equal(withoutFase('sector=zorg-welzijn&fase=crisis&omvang=groot'), 'sector=zorg-welzijn&omvang=groot');
  for (const fase of ['FASE=crisis', ' fase =crisis', '%66ase=crisis', 'f%61se=crisis', 'fase=', '#fase=crisis']) {
    assert.equal(withoutFase(`${fase}&rol=hr`), 'rol=hr', fase);
  }
  assert.equal(withoutFase('fase=crisis'), '');
  assert.equal(withoutFase(''), '');
  assert.equal(withoutFase(undefined), '');
  assert.equal(withoutFase('?rol=hr&fases=x'), 'rol=hr&fases=x', 'only the key fase');
});

test('contacts: none, JSON as it is, null refused', async () => {
  assert.equal(await contactsText(''), '');
  assert.equal(await contactsText('   '), '');
  assert.equal(await contactsText(undefined), '');
  assert.equal(await contactsText(null), undefined);
  assert.equal(await contactsText(' {"bedrijfsarts":{"name":"A"}} '), '{"bedrijfsarts":{"name":"A"}}');
});

test('contacts: only https or the page\'s own origin is fetched, without cookies or redirects', async (t) => {
  const asked = [];
  t.mock.method(globalThis, 'fetch', async (url, init) => {
    asked.push([String(url), init]);
    return new Response('{"vertrouwenspersoon":{}}', { status: 200 });
  });
  warnings.length = 0;
  assert.equal(await contactsText('http://elders.example/c.json'), undefined);
  assert.equal(await contactsText('javascript:alert(1)'), undefined);
  assert.equal(await contactsText('data:application/json,{}'), undefined);
  assert.equal(asked.length, 0, 'nothing fetched for a refused address');
  assert.equal(warnings.length, 3);
  assert.equal(await contactsText('/hr/contacten.json'), '{"vertrouwenspersoon":{}}');
  assert.equal(asked[0][0], 'https://intranet.example/hr/contacten.json', 'relative to the page');
  assert.equal(asked[0][1].credentials, 'omit');
  assert.equal(asked[0][1].redirect, 'error');
  assert.equal(await contactsText('https://cdn.example/c.json', 'http://localhost/'), '{"vertrouwenspersoon":{}}');
});

test('contacts: an error, a file over 64 KB or no answer in time is undefined', async (t) => {
  t.mock.method(globalThis, 'fetch', async () => new Response('nee', { status: 404 }));
  assert.equal(await contactsText('https://x.example/c.json'), undefined);
  t.mock.method(globalThis, 'fetch', async () => new Response(`{"a":"${'x'.repeat(64 * 1024)}"}`));
  assert.equal(await contactsText('https://x.example/c.json'), undefined);
  warnings.length = 0;
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    t.mock.method(globalThis, 'fetch', (_, init) => new Promise((_, reject) => {
      init.signal.addEventListener('abort', () => reject(new Error('aborted')));
    }));
    const pending = contactsText('https://slow.example/c.json');
    await Promise.resolve();
    mock.timers.tick(CONTACTS_TIMEOUT_MS);
    assert.equal(await pending, undefined);
    assert.match(warnings.join('\n'), /no answer within 5 s/);
  } finally {
    mock.timers.reset();
  }
});

test('within: the answer if in time, else a rejection that names what was late', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    assert.equal(await within(Promise.resolve(7), 1000, 'x'), 7);
    const late = within(new Promise(() => {}), 15000, 'the widget\'s code');
    mock.timers.tick(15000);
    await assert.rejects(late, /the widget's code: no answer within 15 s/);
    await assert.rejects(within(Promise.reject(new Error('404')), 1000, 'x'), /404/);
  } finally {
    mock.timers.reset();
  }
});
