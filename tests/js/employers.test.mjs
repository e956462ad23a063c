// Unit test of www/employers.js's pure part: the message for IT with the
// site's own address in place of the placeholder. employers.js is a classic
// script (deferred): it runs here in a context of its own, on a page without
// the message, so only its functions are left.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(new URL('../../www/employers.js', import.meta.url), 'utf8');
const context = vm.createContext({
  document: { getElementById: () => null, documentElement: { lang: 'nl' } },
  location: { protocol: 'https:', href: 'https://keuzehulp.example/werkgevers.html' },
  URL,
});
vm.runInContext(source, context);
const { withSite } = context;

test('the placeholder becomes the site: its folder for the builder, its origin in the directives', () => {
  const text = 'Open https://ADRES-VAN-DE-KEUZEHULP/embed-builder.html.\nscript-src https://ADRES-VAN-DE-KEUZEHULP; '
    + 'connect-src https://ADRES-VAN-DE-KEUZEHULP';
  assert.equal(withSite(text, 'https://intranet.example/hulp/keuzehulp/'),
    'Open https://intranet.example/hulp/keuzehulp/embed-builder.html.\nscript-src https://intranet.example; '
    + 'connect-src https://intranet.example');
  assert.equal(withSite('geen adres', 'https://x.example/'), 'geen adres');
});

test('the placeholder is the one in the page (src/cli/overview/employers.rs)', () => {
  const rust = readFileSync(new URL('../../src/cli/overview/employers.rs', import.meta.url), 'utf8');
  assert.ok(rust.includes('"https://ADRES-VAN-DE-KEUZEHULP"'), 'employers.rs writes the same placeholder');
});
