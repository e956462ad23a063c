// Memory per widget that is used (issue 28, item 9): mounting a widget,
// walking it to the advice and to the plan, and removing it leaves nothing
// behind. memory.test.mjs mounts at the start page only; each step of a walk
// focuses the new page's heading after the next paint, and a timer that was
// `forget()`-ten there kept a JS function and its wasm box for ever. Before
// the fix 465 B per walk stayed, after it 292 B (measured once each, 300
// walks): about 0.3 KB per walk still stays, cause not yet found (a known
// gap, issue 28 item 9), so the bound is 380 B, between the two. Measured
// as memory.test.mjs does (CDP garbage collection, Runtime.getHeapUsage,
// the wasm memory's byteLength).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, BASE_URL, PHONE } from './helpers.mjs';

const WALKS = 300;
const WARM_UP = 20;
/** At most this many bytes of JS heap per walk (465 before the focus-timer fix, 292 after). */
const PER_WALK = 380;
const WASM_LIMIT = 100 * 1024;

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const HOST_PAGE = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>memory</title>'
  + '<script type="module" src="embed.js"></script></head><body><main id="host"></main></body></html>';

test(`${WALKS} widgets walked to the advice and the plan, then removed, leave less than ${PER_WALK} B of JS heap each`, async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  const url = new URL('memory-walk-host.html', BASE_URL).href;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST_PAGE }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('keuzehulp-widget'));
    const cdp = await context.newCDPSession(page);

    const walk = (n) => page.evaluate(async (count) => {
      const tick = () => new Promise((r) => { setTimeout(r, 0); });
      const until = async (what, f) => {
        for (let i = 0; i < 5000; i++) {
          const v = f();
          if (v) return v;
          await tick();
        }
        throw new Error(`not found: ${what}`);
      };
      const host = document.getElementById('host');
      for (let i = 0; i < count; i++) {
        const w = document.createElement('keuzehulp-widget');
        w.setAttribute('lang', 'nl');
        w.setAttribute('preset', 'rol=werknemer&sector=ict&omvang=groot&niveau=individu');
        host.append(w);
        await until('ready', () => w.dataset.state === 'ready');
        // (The app's click handling comes with its first render's effects: a
        // click before them would follow the link to the public site.)
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const root = w.shadowRoot;
        const byText = (selector, text) => [...root.querySelectorAll(selector)].find((e) => e.textContent.trim().startsWith(text));
        const h1 = (text) => until(`h1 ${text}`, () => root.querySelector('h1')?.textContent.includes(text) && root.activeElement?.tagName === 'H1');
        (await until('Start', () => byText('a[role="button"], button', 'Start'))).click();
        (await until('fase', () => root.querySelector('label[for="kh-fase-signalen"]'))).click();
        (await until('Volgende', () => byText('button', 'Volgende'))).click();
        (await until('factoren', () => root.querySelector('label[for="kh-factoren-werkdruk"]'))).click();
        (await until('Volgende', () => byText('button', 'Volgende'))).click();
        (await until('Bekijk je advies', () => byText('button, a', 'Bekijk je advies'))).click();
        await h1('Jouw advies');
        (await until('Maak je plan', () => byText('a, button', 'Maak je plan'))).click();
        await h1('Jouw plan');
        w.remove();
        // (Teardown runs in a microtask after the removal; the last focus timer after a frame.)
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return host.childElementCount;
    }, n);

    const measure = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(async () => {
        const glue = await import('./pkg-widget-plan/keuzehulp.js');
        return (await glue.default()).memory.buffer.byteLength;
      });
      return { js: usedSize, wasm };
    };

    await walk(WARM_UP);
    const start = await measure();
    const began = Date.now();
    for (let done = 0; done < WALKS; done += 50) assert.equal(await walk(50), 0);
    const end = await measure();
    const grew = { js: end.js - start.js, wasm: end.wasm - start.wasm };
    console.log(`# ${WALKS} walks in ${((Date.now() - began) / 1000).toFixed(1)} s: JS heap ${start.js} → ${end.js} B `
      + `(${(grew.js / WALKS).toFixed(0)} B per walk), wasm memory ${start.wasm} → ${end.wasm} B (+${grew.wasm})`);
    assert.ok(grew.js < PER_WALK * WALKS, `the JS heap grew by ${grew.js} bytes over ${WALKS} walks (${(grew.js / WALKS).toFixed(0)} B each)`);
    assert.ok(grew.wasm < WASM_LIMIT, `the wasm memory grew by ${grew.wasm} bytes over ${WALKS} walks`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
