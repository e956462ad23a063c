// Unit tests of www/embed-theme.js (the colours of an embedded keuzehulp),
// imported as the browser imports it. `cargo xtask test` runs every
// tests/js/*.test.mjs with `node --test` (stage "js unit").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hex, mix, contrast, palette, colours } from '../../www/embed-theme.js';

test('hex takes #rrggbb in any case and nothing else', () => {
  assert.equal(hex('#AbCdEf'), '#abcdef');
  assert.equal(hex('  #154273 '), '#154273');
  for (const bad of ['#fff', 'red', '#12345g', '', null, undefined, '#1542730', 'javascript:alert(1)']) {
    assert.equal(hex(bad), null, String(bad));
  }
});

test('contrast is the WCAG 2 ratio', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21);
  assert.equal(contrast('#ffffff', '#000000'), 21, 'symmetric');
  assert.equal(contrast('#777777', '#777777'), 1);
  // The default accent on white passes AA for text (4.5:1).
  assert.ok(contrast('#154273', '#ffffff') > 4.5);
  // #767676 on white is the well-known 4.54:1.
  assert.equal(Math.round(contrast('#767676', '#ffffff') * 100) / 100, 4.54);
});

test('mix goes from one colour to the other', () => {
  assert.equal(mix('#000000', '#ffffff', 0), '#000000');
  assert.equal(mix('#000000', '#ffffff', 1), '#ffffff');
  assert.equal(mix('#000000', '#ffffff', 0.5), '#808080');
});

test('palette sets only the tokens of the colours given, and readable accent text', () => {
  assert.deepEqual(palette(), {});
  assert.deepEqual(palette({ accent: 'not a colour' }), {}, 'an invalid colour is left to the defaults');
  const dark = palette({ accent: '#154273' });
  assert.equal(dark['--keuzehulp-color-accent'], '#154273');
  assert.equal(dark['--keuzehulp-color-accent-text'], '#ffffff', 'white on a dark accent');
  assert.equal(dark['--keuzehulp-color-text'], undefined);
  assert.equal(palette({ accent: '#ffdd00' })['--keuzehulp-color-accent-text'], '#1b1b1b', 'dark on a light accent');
  const text = palette({ text: '#222222', bg: '#fafafa' });
  assert.equal(text['--keuzehulp-color-focus'], '#222222');
  assert.ok(text['--keuzehulp-color-muted'] && text['--keuzehulp-color-border']);
  assert.equal(text['--keuzehulp-color-accent'], undefined);
});

test('colours fills in the defaults', () => {
  assert.deepEqual(colours(), { accent: '#154273', text: '#1b1b1b', bg: '#ffffff' });
  assert.deepEqual(colours({ bg: '#000000', text: 'x' }), { accent: '#154273', text: '#1b1b1b', bg: '#000000' });
});
