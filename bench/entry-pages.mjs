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
// ≤ 1.1) and TBT (target ≤ 50 ms), each as met or MISSED.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
    tbt: audits['total-blocking-time'].numericValue,
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
  };
}

const ms = (v) => `${Math.round(v)} ms`;
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
}
console.log(`  targets: ${missed ? `${missed} MISSED` : 'all met'}`);
