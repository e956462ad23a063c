// Memory (issue 21.8): mounting and removing <keuzehulp-widget> 1,000 times
// leaves no more than 100 KB of JS heap and 100 KB of wasm memory behind
// (after garbage collection), so an intranet page that re-renders the widget
// (a single-page app, tabs) does not grow without end. Measured with CDP
// (HeapProfiler.collectGarbage, Runtime.getHeapUsage) and the wasm memory's
// byteLength. Takes about half a minute.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, BASE_URL, PHONE } from './helpers.mjs';

const MOUNTS = 1000;
const WARM_UP = 50;
const LIMIT = 100 * 1024;

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** A page at the keuzehulp's own origin with nothing but embed.js (no CSP, no other scripts). */
const HOST_PAGE = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>memory</title>'
  + '<script type="module" src="embed.js"></script></head><body><main id="host"></main></body></html>';

test(`1,000 widget mounts grow the JS heap and the wasm memory by less than 100 KB each (${BASE_URL})`, async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  const url = new URL('memory-host.html', BASE_URL).href;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST_PAGE }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('keuzehulp-widget'));
    const cdp = await context.newCDPSession(page);

    /** Mount a widget, wait until it is ready, remove it; `n` times. */
    const cycle = (n) => page.evaluate(async (count) => {
      const host = document.getElementById('host');
      for (let i = 0; i < count; i++) {
        const w = document.createElement('keuzehulp-widget');
        w.setAttribute('lang', i % 2 ? 'en' : 'nl');
        w.setAttribute('preset', 'sector=ict');
        host.append(w);
        while (w.dataset.state !== 'ready') {
          if (w.dataset.state === 'failed') throw new Error('a widget failed to start');
          await new Promise((r) => setTimeout(r, 0));
        }
        w.remove();
        // (Teardown runs in a microtask after the removal: see disconnectedCallback.)
        await new Promise((r) => setTimeout(r, 0));
      }
      return document.getElementById('host').childElementCount;
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

    // Warm up: both languages' texts, yew's first allocations, the JIT.
    await cycle(WARM_UP);
    const start = await measure();
    const began = Date.now();
    for (let done = 0; done < MOUNTS; done += 100) assert.equal(await cycle(100), 0);
    const end = await measure();
    const grew = { js: end.js - start.js, wasm: end.wasm - start.wasm };
    console.log(`# ${MOUNTS} mounts in ${((Date.now() - began) / 1000).toFixed(1)} s: JS heap ${start.js} → ${end.js} B `
      + `(${grew.js >= 0 ? '+' : ''}${grew.js}), wasm memory ${start.wasm} → ${end.wasm} B (+${grew.wasm})`);
    assert.ok(grew.js < LIMIT, `the JS heap grew by ${grew.js} bytes over ${MOUNTS} mounts`);
    assert.ok(grew.wasm < LIMIT, `the wasm memory grew by ${grew.wasm} bytes over ${MOUNTS} mounts`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
