// Lighthouse 12 on the served dist, for `cargo xtask bench` (not a test).
//
//   node bench/lighthouse.mjs URL ACCEPT_LANGUAGE OUT.json
//
// Mobile preset with Lighthouse's default simulated throttling, against
// Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with the flags
// of the browser tests. ACCEPT_LANGUAGE sets the browser's language
// (navigator.languages): the app follows it when the link does not say.
// Prints the four category scores, the metrics, the transfer per request and
// every audit that did not pass.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../tests/browser/helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [url, acceptLanguage, out] = process.argv.slice(2);
if (!url || !acceptLanguage || !out) {
  console.error('usage: node bench/lighthouse.mjs URL ACCEPT_LANGUAGE OUT.json');
  process.exit(2);
}
const chrome = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const cli = join(here, 'node_modules/lighthouse/cli/index.js');
const run = spawnSync(process.execPath, [
  cli, url, '--quiet', '--output=json', `--output-path=${out}`,
  '--only-categories=performance,accessibility,best-practices,seo',
  `--chrome-flags=${[...CHROMIUM_ARGS, `--accept-lang=${acceptLanguage}`].join(' ')}`,
], { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'inherit', 'inherit'] });
if (run.status !== 0) {
  console.error(`lighthouse failed (exit ${run.status})`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(out, 'utf8'));
const { audits, categories } = report;
const score = (id) => Math.round(categories[id].score * 100);
const num = (id) => audits[id].numericValue;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);

const result = {
  performance: score('performance'),
  accessibility: score('accessibility'),
  bestPractices: score('best-practices'),
  seo: score('seo'),
  fcp: num('first-contentful-paint'),
  lcp: num('largest-contentful-paint'),
  tbt: num('total-blocking-time'),
  cls: num('cumulative-layout-shift'),
  speedIndex: num('speed-index'),
  transfer: num('total-byte-weight'),
};

console.log(`lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${report.configSettings.throttlingMethod} throttling, browser language ${acceptLanguage}: ${url}`);
console.log(`  scores   performance ${result.performance}   accessibility ${result.accessibility}   best practices ${result.bestPractices}   SEO ${result.seo}`);
console.log(`  metrics  FCP ${ms(result.fcp)}   LCP ${ms(result.lcp)}   TBT ${ms(result.tbt)}   CLS ${result.cls.toFixed(3)}   Speed Index ${ms(result.speedIndex)}`);
const lcpNode = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
if (lcpNode) console.log(`  LCP element  ${lcpNode.selector}  "${lcpNode.nodeLabel.slice(0, 50)}"`);
const requests = audits['total-byte-weight'].details?.items ?? [];
console.log(`  total transfer ${kib(result.transfer)} in ${requests.length} requests:`);
for (const r of requests) console.log(`    ${kib(r.totalBytes).padStart(9)}  ${r.url.replace(url, './')}`);

// Every scored audit below 100 (the "opportunities" that only estimate are left out).
const failing = Object.values(audits)
  .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
  .map((a) => `${a.id} (${Math.round(a.score * 100)})`);
console.log(`  audits below 100: ${failing.length ? failing.join(', ') : 'none'}`);

const targets = [
  ['performance >= 98', result.performance >= 98],
  ['accessibility 100', result.accessibility === 100],
  ['best practices 100', result.bestPractices === 100],
  ['SEO >= 95', result.seo >= 95],
  ['LCP <= 1.2 s', result.lcp <= 1200],
  ['TBT <= 50 ms', result.tbt <= 50],
  ['CLS 0', result.cls === 0],
];
console.log(`  targets  ${targets.map(([name, ok]) => `${name}: ${ok ? 'met' : 'MISSED'}`).join(';  ')}`);
