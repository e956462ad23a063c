// The crisis line and fallback texts as the build writes them into www/*.js
// (`keuzehulp fallback --json`, xtask/src/fallback.rs), for the unit tests of
// functions that take them: from the real source, never a copy written here.
// `cargo xtask test` names the binary it built (KEUZEHULP_BIN); by hand, run
// `cargo build --release --bin keuzehulp` first.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The FALLBACK object of the build. */
export function fallback() {
  const bin = process.env.KEUZEHULP_BIN
    || join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'release/keuzehulp');
  return JSON.parse(execFileSync(bin, ['fallback', '--json'], { cwd: root, encoding: 'utf8' }));
}

/** What a page script or the widget needs to be imported without a browser (they register listeners and an element). */
export function browserGlobals() {
  globalThis.HTMLElement ??= class {};
  globalThis.customElements ??= { get: () => undefined, define: () => {} };
  globalThis.document ??= { addEventListener() {}, baseURI: 'https://intranet.example/hr/pagina.html' };
  globalThis.window ??= { location: { origin: 'https://intranet.example' }, addEventListener() {} };
  // (Node 21+ has a navigator of its own, with a read-only language.)
  Object.defineProperty(globalThis, 'navigator', { value: { language: 'nl-NL' }, configurable: true, writable: true });
}
