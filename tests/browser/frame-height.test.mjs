// The embedded frame's height carries no information about the answers
// (issue 28, item 3). The attack: a script of the intranet page sets the
// iframe's height to 40 px and sweeps its width from 320 to 1000 px in 20 px
// steps, recording every message the frame posts and the height the iframe
// then has. Before, the posted heights (rounded to 200 px) told werkdruk,
// ongewenst gedrag, agressie and verzuim apart. Now embed.html posts nothing
// and embed-frame.js sizes the iframe from the host's window alone, so the
// signatures of all answer sets are the same. The page inside does differ
// per answer set (checked too, so the sweep could have seen a difference).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, BASE, BASE_URL, PHONE } from './helpers.mjs';

const HOST = (() => {
  const u = new URL(BASE.origin);
  u.hostname = u.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return u.origin;
})();

/** [fase, factoren] per answer set; rol, sector, omvang and niveau come from the preset. */
const SETS = {
  werkdruk: ['signalen', 'werkdruk'],
  'ongewenst gedrag': ['signalen', 'ongewenst-gedrag'],
  agressie: ['signalen', 'agressie'],
  verzuim: ['verzuim', 'werkdruk'],
};
const WIDTHS = Array.from({ length: (1000 - 320) / 20 + 1 }, (_, i) => 320 + i * 20);

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

async function openHost() {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === HOST) {
      return route.fulfill({
        status: 200, headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title></head><body>
          <iframe data-keuzehulp title="Keuzehulp werkstress" width="100%" height="700"
            src="${BASE_URL}embed.html?lang=nl&amp;preset=rol%3Dwerknemer%26sector%3Doverheid%26omvang%3Dgroot%26niveau%3Dindividu"></iframe>
          <script src="${BASE_URL}embed-frame.js"></script></body></html>`,
      });
    }
    if (url.origin === BASE.origin) {
      // (Answered by Playwright, as in hardening.test.mjs: Chromium's local
      // network checks would refuse a frame of 127.0.0.1 in a page of localhost.)
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    }
    return route.abort('blockedbyclient');
  });
  // What the host's scripts can see: every message to its window.
  await context.addInitScript(() => {
    if (window.top !== window) return;
    window.__messages = [];
    window.addEventListener('message', (e) => { window.__messages.push(JSON.stringify(e.data) ?? String(e.data)); });
  });
  const page = await context.newPage();
  await page.goto(`${HOST}/intranet.html`);
  return { context, page };
}

async function answer(frame, question, option) {
  const checked = frame.locator(`#kh-${question}-${option}:checked`);
  for (let i = 0; i < 3 && !(await checked.count()); i++) {
    await frame.locator(`label[for="kh-${question}-${option}"]`).click();
    await checked.waitFor({ state: 'attached', timeout: 2000 }).catch(() => {});
  }
  await frame.getByRole('button', { name: 'Volgende' }).click();
}

/** The sweep as the host's script does it: per width, what it can observe. */
async function sweep(page, inner) {
  const seen = [];
  const inside = [];
  for (const width of WIDTHS) {
    await page.evaluate((w) => {
      const f = document.querySelector('iframe');
      f.style.height = '40px';
      f.style.width = `${w}px`;
    }, width);
    // Let the page inside lay out and react (a ResizeObserver, a message).
    await inner.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(30);
    seen.push(await page.evaluate(() => {
      const f = document.querySelector('iframe');
      return `${Math.round(f.getBoundingClientRect().height)}|${window.__messages.splice(0).join(',')}`;
    }));
    inside.push(await inner.evaluate(() => document.documentElement.scrollHeight));
  }
  return { seen, inside };
}

test('the iframe\'s observable height and messages are the same for every answer set, at every width from 320 to 1000 px', async () => {
  const signatures = {};
  const contents = {};
  for (const [name, [fase, factor]] of Object.entries(SETS)) {
    const { context, page } = await openHost();
    try {
      const frame = page.frameLocator('iframe');
      const inner = page.frames().find((f) => f.url().startsWith(`${BASE_URL}embed.html`));
      await frame.locator('html[data-keuzehulp="ready"]').waitFor({ state: 'attached', timeout: 15000 });
      await frame.getByRole('button', { name: 'Start' }).click();
      await answer(frame, 'fase', fase);
      await answer(frame, 'factoren', factor);
      await frame.getByRole('button', { name: 'Bekijk je advies' }).click();
      await frame.locator('h1', { hasText: 'Jouw advies' }).waitFor();
      await page.waitForTimeout(200);
      const before = await page.evaluate(() => window.__messages.splice(0));
      assert.deepEqual(before, [], `${name}: the frame posted nothing while answering`);
      const { seen, inside } = await sweep(page, inner);
      signatures[name] = seen;
      contents[name] = inside;
    } finally {
      await context.close();
    }
  }
  const names = Object.keys(signatures);
  for (const name of names.slice(1)) {
    assert.deepEqual(signatures[name], signatures[names[0]], `${name} and ${names[0]} give the host the same signature`);
  }
  assert.ok(signatures[names[0]].every((s) => s === '40|'), `the host's own 40 px stays, nothing is posted: ${signatures[names[0]].slice(0, 3)}`);
  // Not vacuous: the pages inside differ per answer set (what the old heights leaked).
  const distinct = new Set(names.map((n) => contents[n].join(',')));
  assert.ok(distinct.size >= 2, 'the advice pages inside have different heights per answer set');
  console.log(`# ${WIDTHS.length} widths × ${names.length} answer sets: one signature; content heights at 320 px: ${names.map((n) => `${n} ${contents[n][0]}`).join(', ')}`);
});

test('embed-frame.js gives the iframe a height from the host\'s window only', async () => {
  const { context, page } = await openHost();
  try {
    const frame = page.frameLocator('iframe');
    await frame.locator('html[data-keuzehulp="ready"]').waitFor({ state: 'attached', timeout: 15000 });
    const height = () => page.evaluate(() => Math.round(document.querySelector('iframe').getBoundingClientRect().height));
    assert.equal(await height(), PHONE.height, 'as tall as the window (between 28rem and 60rem)');
    await frame.getByRole('button', { name: 'Start' }).click();
    await frame.locator('h1').first().waitFor();
    assert.equal(await height(), PHONE.height, 'the same on a question');
    await page.setViewportSize({ width: 1280, height: 1400 });
    assert.equal(await height(), 960, 'at most 60rem');
    await page.setViewportSize({ width: 1280, height: 300 });
    assert.equal(await height(), 448, 'at least 28rem');
    // The keuzehulp scrolls inside its frame.
    const inner = page.frames().find((f) => f.url().startsWith(`${BASE_URL}embed.html`));
    assert.ok(await inner.evaluate(() => document.documentElement.scrollHeight > window.innerHeight), 'the page inside scrolls');
    assert.deepEqual(await page.evaluate(() => window.__messages), [], 'nothing posted');
  } finally {
    await context.close();
  }
});
