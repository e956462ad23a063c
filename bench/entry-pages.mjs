// The entry pages against their static floor, for `cargo xtask bench`.
//
//   node bench/entry-pages.mjs BASE_URL DIST OUT_DIR
//
// For every entry page (the start page in Dutch and in English, a results
// share link, the overview, the iframe page embed.html) Lighthouse mobile
// (bench/lighthouse.mjs: default simulated throttling) measures the page and
// its floor: the same HTML with every <script> removed, written next to it
// in DIST as `floor-<file>` (the same CSS, the same prerendered content,
// nothing to run). Prints per page the LCP of both, the ratio (target
// ≤ 1.1) and TBT (target ≤ 50 ms), each as met or MISSED; then FCP, the
// bytes transferred (page and floor) and what the largest contentful paint
// was (Lighthouse's LCP element).
//
// A share link first paints its opening state (the crisis line and "opening
// your answers"); the advice itself needs the wasm and the texts. So for it
// the bench also measures when the advice is on screen: Chromium with the
// network of Lighthouse's mobile preset (150 ms round trip, 1.6 Mbit/s down)
// and the CPU 4× slower, over the Chrome DevTools protocol, 5 runs each of
// the share link and of its floor, the median of each: information beside
// the LCP, with its own ratio, not hidden behind it.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser, PHONE } from '../tests/browser/helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [base, dist, outDir] = process.argv.slice(2);
if (!base || !dist || !outDir) {
  console.error('usage: node bench/entry-pages.mjs BASE_URL DIST OUT_DIR');
  process.exit(2);
}
const SHARE = 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk&stap=advies';
const PAGES = [
  { name: 'start (nl)', file: 'index.html', lang: 'nl-NL' },
  { name: 'start (en)', file: 'index.html', lang: 'en-US' },
  { name: 'share link', file: 'index.html', hash: SHARE, lang: 'nl-NL' },
  { name: 'overview', file: 'overzicht.html', lang: 'nl-NL' },
  { name: 'embed.html', file: 'embed.html', lang: 'nl-NL' },
].filter((p) => existsSync(join(dist, p.file)));
const RATIO = 1.1;
const TBT_MS = 50;

/** `floor-<file>`: the page without scripts (and its .br, as the server sends it). */
function writeFloor(file) {
  const html = readFileSync(join(dist, file), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  const floor = `floor-${file}`;
  writeFileSync(join(dist, floor), html);
  writeFileSync(join(dist, `${floor}.br`), brotliCompressSync(Buffer.from(html), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return floor;
}

function lighthouse(file, hash, lang, tag) {
  const url = new URL(file, base).href + (hash ? `#${hash}` : '');
  const out = join(outDir, `lighthouse-${tag}.json`);
  const run = spawnSync(process.execPath, [join(here, 'lighthouse.mjs'), url, lang, out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url}:\n${run.stdout}\n${run.stderr}`);
  const { audits, categories } = JSON.parse(readFileSync(out, 'utf8'));
  return {
    lcp: audits['largest-contentful-paint'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    bytes: audits['total-byte-weight'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    element: lcpElement(audits),
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
  };
}

/** What the LCP was: the element's selector and the start of its text, from Lighthouse's report. */
function lcpElement(audits) {
  const items = audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items.flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
  if (!node) return '(not in the page at the end: replaced by the app)';
  const text = (node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 40);
  return `${(node.selector ?? '').split(' > ').slice(-2).join(' > ')} "${text}…"`;
}

/**
 * Milliseconds from navigation to the frame that shows `selector` (visible),
 * with Lighthouse mobile's network and CPU over CDP; the median of `runs`.
 */
async function onScreen(browser, url, selector, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // Noted by the page itself: the first frame in which the element is visible.
      await page.addInitScript((sel) => {
        const look = () => {
          const el = document.querySelector(sel);
          if (el && el.getBoundingClientRect().height > 0) window.__onScreen = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, selector);
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__onScreen !== undefined, null, { timeout: 30000, polling: 100 });
      times.push(await page.evaluate(() => window.__onScreen));
    } finally {
      await context.close();
    }
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const ms = (v) => `${Math.round(v)} ms`;
/** Transferred bytes (as served: brotli), as Lighthouse counts them. */
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
console.log(`entry pages: Lighthouse mobile (simulated throttling), each page and its floor (the same HTML without scripts) in one run`);
const floors = new Map();
let missed = 0;
for (const [i, page] of PAGES.entries()) {
  if (!floors.has(page.file)) floors.set(page.file, writeFloor(page.file));
  const app = lighthouse(page.file, page.hash, page.lang, `page-${i}`);
  let floor;
  try {
    floor = lighthouse(floors.get(page.file), page.hash, page.lang, `floor-${i}`);
  } catch (err) {
    // A page whose content comes from script only (embed.html) has no floor to paint.
    missed += 1;
    console.log(`  ${page.name.padEnd(12)} LCP ${ms(app.lcp).padStart(8)}  floor: paints nothing without scripts (no ratio: MISSED)  TBT ${ms(app.tbt)}  performance ${app.performance}  accessibility ${app.accessibility}`);
    continue;
  }
  const ratio = app.lcp / floor.lcp;
  const ok = ratio <= RATIO;
  const tbtOk = app.tbt <= TBT_MS;
  missed += !ok + !tbtOk;
  console.log(`  ${page.name.padEnd(12)} LCP ${ms(app.lcp).padStart(8)}  floor ${ms(floor.lcp).padStart(8)}  ratio ${ratio.toFixed(2)} (≤ ${RATIO}: ${ok ? 'met' : 'MISSED'})  TBT ${ms(app.tbt)} (≤ ${TBT_MS} ms: ${tbtOk ? 'met' : 'MISSED'})  performance ${app.performance}  accessibility ${app.accessibility}`);
  console.log(`  ${''.padEnd(12)} FCP ${ms(app.fcp)} (floor ${ms(floor.fcp)}, ratio ${(app.fcp / floor.fcp).toFixed(2)}); bytes ${kb(app.bytes)} (floor ${kb(floor.bytes)}); LCP element: ${app.element}; floor's: ${floor.element}`);
}

// The share link's advice itself, beside its LCP (see the top of this file).
const share = PAGES.find((p) => p.hash === SHARE);
if (share) {
  const browser = await startBrowser();
  try {
    const advice = await onScreen(browser, new URL(`${share.file}#${SHARE}`, base).href, '.kh-first-step');
    const floor = await onScreen(browser, new URL(floors.get(share.file), base).href, '.kh-start h1');
    console.log(`  share advice on screen ${ms(advice)} (DevTools throttling, median of 5); the floor's start page ${ms(floor)}; ratio ${(advice / floor).toFixed(2)} (information: the advice needs the wasm)`);
  } finally {
    await browser.close();
  }
}
console.log(`  targets: ${missed ? `${missed} MISSED` : 'all met'}`);
