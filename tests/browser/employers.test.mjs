// "Voor werkgevers en HR" / "For employers and HR" (issue 31): the way in for
// organisations. Linked from the start page (below the Start button and the
// crisis line), from the overview and from the builder; readable without
// JavaScript; the message for IT holds every setting the intranet needs,
// with this site's own address once the script runs, copyable and as an
// e-mail; axe at 390 and 1280 px in both languages.
// xtask: both-paths

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp, formatViolations, BASE, PHONE } from './helpers.mjs';

const PAGES = { nl: 'werkgevers.html', en: 'employers.html' };
const WIDE = { width: 1280, height: 900 };

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

test('without JavaScript: the whole page, the message for IT with every setting, the builder linked', async () => {
  for (const lang of ['nl', 'en']) {
    const app = await openApp(browser, { path: PAGES[lang], javaScriptEnabled: false, waitForApp: false });
    const { page } = app;
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('h1').innerText(), lang === 'nl' ? 'Voor werkgevers en HR' : 'For employers and HR');
    const message = await page.locator('#kh-hr-message').inputValue();
    for (const line of ["script-src https://ADRES-VAN-DE-KEUZEHULP 'wasm-unsafe-eval'", 'style-src https://ADRES-VAN-DE-KEUZEHULP',
      'connect-src https://ADRES-VAN-DE-KEUZEHULP', 'frame-src https://ADRES-VAN-DE-KEUZEHULP']) {
      assert.ok(message.includes(line), `${lang}: ${line}`);
    }
    assert.ok(await page.locator('a[href^="embed-builder.html"]').count() >= 2, 'the builder is linked');
    assert.match(await page.locator('#kh-hr-mail').getAttribute('href'), /^mailto:\?subject=.+&body=.+wasm-unsafe-eval/);
    assert.equal(await page.locator('#kh-hr-copy').count(), 0, 'no copy button that could not work');
    assert.match(await page.locator('#kh-hr-privacy + p').innerText(), lang === 'nl' ? /niet zien wie/ : /cannot see who/);
    await app.close();
  }
});

test('with JavaScript: the message names this site, copies, and opens as an e-mail', async () => {
  const app = await openApp(browser, { path: PAGES.nl, waitForApp: false });
  const { page } = app;
  await page.locator('#kh-hr-copy').waitFor();
  const message = await page.locator('#kh-hr-message').inputValue();
  assert.ok(!message.includes('ADRES-VAN-DE-KEUZEHULP'), 'the placeholder is gone');
  assert.ok(message.includes(`script-src ${BASE.origin} 'wasm-unsafe-eval'`), message);
  assert.ok(message.includes(`frame-src ${BASE.origin}`), message);
  assert.ok(message.includes(new URL('embed-builder.html', new URL('./', page.url())).href), 'the builder at this site, sub-path included');
  await page.evaluate(() => { window.__copied = []; navigator.clipboard.writeText = async (t) => { window.__copied.push(t); }; });
  await page.locator('#kh-hr-copy').click();
  assert.deepEqual(await page.evaluate(() => window.__copied), [message]);
  assert.match(await page.locator('#kh-hr-status').innerText(), /gekopieerd/);
  const mail = decodeURIComponent((await page.locator('#kh-hr-mail').getAttribute('href')).split('&body=')[1]);
  assert.equal(mail, message);
  await app.screenshot('employers-nl-390');
  await app.assertClean();
  await app.close();
});

test('linked from the start page below Start and the crisis line, from the overview and from the builder', async () => {
  const app = await openApp(browser, { path: '' });
  const { page } = app;
  const order = await page.evaluate(() => {
    const at = (sel) => document.querySelector(sel);
    const link = at('.kh-start a[href="werkgevers.html"]');
    const follows = (a, b) => Boolean(a && b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING));
    return { link: Boolean(link), afterStart: follows(at('.kh-button--start'), link), afterCrisis: follows(at('.kh-start .kh-crisis, .kh-start [class*="crisis"]'), link) };
  });
  assert.deepEqual(order, { link: true, afterStart: true, afterCrisis: true });
  await page.locator('.kh-start a[href="werkgevers.html"]').click();
  await page.waitForURL(/werkgevers\.html$/);
  // From the overview.
  await page.goto(new URL('overzicht.html', page.url()).href);
  assert.equal(await page.locator('.kh-ov-jump a[href="werkgevers.html"]').count(), 1);
  assert.equal(await page.locator('.kh-ov-jump a[href="embed-builder.html"]').count(), 1, 'the builder from the overview');
  await page.goto(new URL('overview.html', page.url()).href);
  assert.equal(await page.locator('.kh-ov-jump a[href="employers.html"]').count(), 1);
  // The widget's own start page has no such link (it is for the workers).
  await app.close();
});

test('axe finds nothing at 390 and 1280 px in nl and en; nothing sideways', async () => {
  for (const lang of ['nl', 'en']) {
    for (const viewport of [PHONE, WIDE]) {
      const app = await openApp(browser, { path: PAGES[lang], viewport, waitForApp: false });
      await app.page.locator('#kh-hr-copy').waitFor();
      const violations = await app.checkA11y();
      assert.deepEqual(violations, [], `${lang} ${viewport.width}px:\n${formatViolations(violations)}`);
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang} ${viewport.width}px: ${overflow}px sideways`);
      await app.assertClean();
      await app.close();
    }
  }
});
