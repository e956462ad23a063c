// The interaction benchmark of `cargo xtask bench`: from the last click to
// the advice on screen (and to the whole advice, below the first screen too);
// then a filter on the overview, and a keystroke in the plan (plan.html).
//
//   node bench/interaction.mjs BASE_URL [RUNS]
//
// Each run opens the check page of a complete answer set (a fresh page load;
// four answer sets in turn), then in the page: t0 = performance.now(), click
// "Bekijk je advies"; a MutationObserver notes when the results h1 is in the
// DOM (t_dom), and a requestAnimationFrame after that gives the frame that
// shows it (t_frame). Prints median and p95 of both, with the CPU four
// times slower (CDP); the target is a p95 of at most 50 ms (issue 23).
// t_frame includes the wait for the display's next frame (0 to 16.7 ms).

import { cpus, loadavg } from 'node:os';
import { startBrowser, PHONE } from '../tests/browser/helpers.mjs';

const [base, runsArg] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/interaction.mjs BASE_URL [RUNS]');
  process.exit(2);
}
const RUNS = Number(runsArg || 100);
/** The CPU slowdown of every run, and the target for p95 under it. */
const CPU_SLOWDOWN = 4;
const TARGET_MS = 50;
const ANSWER_SETS = [
  'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=acuut&factoren=werkdruk,agressie',
  'rol=leidinggevende&sector=ict&omvang=klein&niveau=team&fase=voorkomen&factoren=regelruimte,leiderschap',
  'rol=werkgever&sector=industrie&omvang=middelgroot&niveau=organisatie&fase=signalen&factoren=werkdruk,onzekerheid',
  'rol=zzp&sector=anders&omvang=klein&niveau=individu&fase=verzuim&factoren=weet-niet',
];

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const at = (q) => v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: v[v.length - 1], min: v[0] };
}

const browser = await startBrowser();
const errors = [];
try {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  // A mid-range phone: the CPU four times slower (Chrome DevTools protocol).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const dom = [];
  const frame = [];
  const full = [];
  for (let i = 0; i < RUNS; i++) {
    const answers = ANSWER_SETS[i % ANSWER_SETS.length];
    await page.goto('about:blank');
    await page.goto(new URL(`#${answers}&stap=controle`, base).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-keuzehulp="ready"]');
    await page.waitForFunction(() => document.querySelector('#keuzehulp-app h1')?.textContent.trim() === 'Kloppen je antwoorden?');
    // Let the page settle (first paint, idle) before measuring.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const t = await page.evaluate(() => new Promise((resolve, reject) => {
      const app = document.getElementById('keuzehulp-app');
      const button = [...app.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Bekijk je advies');
      if (!button) return reject(new Error('no "Bekijk je advies" button'));
      let t0 = 0;
      let tDom = 0;
      let tFrame = 0;
      const seen = () => app.querySelector('h1')?.textContent.trim() === 'Jouw advies';
      // The results paint their top first and the rest a frame later (aria-busy until then).
      const complete = () => seen() && !app.querySelector('.kh-results[aria-busy]');
      const finish = (tComplete) => {
        const done = () => resolve({ dom: tDom - t0, frame: tFrame - t0, complete: tComplete - t0 });
        if (tFrame) done(); else requestAnimationFrame(() => requestAnimationFrame(done));
      };
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        if (!tDom) {
          tDom = performance.now();
          requestAnimationFrame(() => { tFrame = performance.now(); });
        }
        if (complete()) {
          observer.disconnect();
          finish(performance.now());
        }
      });
      observer.observe(app, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => reject(new Error('no advice after 5 s')), 5000);
      t0 = performance.now();
      button.click();
    }));
    dom.push(t.dom);
    frame.push(t.frame);
    full.push(t.complete);
  }
  const d = stats(dom);
  const f = stats(frame);
  const fmt = (s) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
  console.log(`interaction: "Bekijk je advies" → advice on screen, ${RUNS} runs (fresh page each, ${ANSWER_SETS.length} answer sets, Chromium headless, ${PHONE.width}x${PHONE.height}, CPU ${CPU_SLOWDOWN}x slower)`);
  console.log(`  click → results h1 in the DOM        ${fmt(d)}`);
  console.log(`  click → next animation frame (shown)  ${fmt(f)}`);
  console.log(`  click → the whole advice in the DOM   ${fmt(stats(full))} (the part below the first screen, a frame later)`);
  console.log(`  target p95 <= ${TARGET_MS} ms under ${CPU_SLOWDOWN}x CPU throttling: ${f.p95 <= TARGET_MS ? 'met' : 'MISSED'} (to the frame), ${d.p95 <= TARGET_MS ? 'met' : 'MISSED'} (to the DOM)`);
  console.log(`  (machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}: other work on it slows these numbers down)`);

  // A filter on the overview: a click on a box → the list and its count
  // updated, in the next frame. Every other click clears it again (not
  // measured): RUNS measured clicks.
  const filter = [];
  await page.goto(new URL('overzicht.html', base).href, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  for (let i = 0; i < 2 * RUNS; i++) {
    const t = await page.evaluate(() => new Promise((resolve, reject) => {
      const box = document.querySelector('#kh-ov-filters fieldset[data-facet] input[type=checkbox]');
      const count = document.getElementById('kh-ov-count');
      if (!box || !count) return reject(new Error('no filter or count on the overview'));
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
      setTimeout(() => reject(new Error('the count did not change in 5 s')), 5000);
      const t0 = performance.now();
      box.click();
    }));
    if (i % 2 === 0) filter.push(t);
  }
  const fl = stats(filter);
  console.log(`interaction: a filter on the overview → list and count updated, ${filter.length} runs (CPU ${CPU_SLOWDOWN}x slower)`);
  console.log(`  click → next animation frame  ${fmt(fl)}`);
  console.log(`  target p95 <= ${TARGET_MS} ms under ${CPU_SLOWDOWN}x CPU throttling: ${fl.p95 <= TARGET_MS ? 'met' : 'MISSED'}`);

  // A keystroke in the plan: an input event in a field → the plan in the
  // state and on the page (its printable text, which the app renders from
  // the state), in the next frame. The address follows once typing pauses
  // (src/ui/address.rs), so it is not part of a keystroke.
  const keys = [];
  await page.goto('about:blank');
  await page.goto(new URL(`plan.html#${ANSWER_SETS[1]}&stap=plan`, base).href, { waitUntil: 'load' });
  await page.waitForSelector('html[data-keuzehulp="ready"]');
  await page.waitForSelector('#kh-plan-0-0');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  for (let i = 0; i < RUNS; i++) {
    const t = await page.evaluate((n) => new Promise((resolve, reject) => {
      const field = document.getElementById('kh-plan-0-0');
      const printed = document.querySelector('.kh-plan__print');
      if (!field || !printed) return reject(new Error('no plan field or printable plan'));
      const t0 = performance.now();
      field.focus();
      // A different last character every time, so the printed plan changes.
      field.value = `${field.value.slice(0, 200)} ${'abcdefghij'[n % 10]}${n}`;
      const tail = field.value.slice(-12);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, data: String(n % 10), inputType: 'insertText' }));
      const wait = () => {
        if (printed.isConnected && printed.textContent.includes(tail)) return requestAnimationFrame(() => resolve(performance.now() - t0));
        const now = document.querySelector('.kh-plan__print');
        if (now && now.textContent.includes(tail)) return requestAnimationFrame(() => resolve(performance.now() - t0));
        if (performance.now() - t0 > 5000) return reject(new Error('the plan did not reach the page in 5 s'));
        setTimeout(wait, 0);
      };
      wait();
    }), i);
    keys.push(t);
  }
  const kp = stats(keys);
  console.log(`interaction: a keystroke in the plan → state, page and the next frame, ${RUNS} runs (CPU ${CPU_SLOWDOWN}x slower)`);
  console.log(`  input → next animation frame  ${fmt(kp)}`);
  console.log(`  target p95 <= ${TARGET_MS} ms under ${CPU_SLOWDOWN}x CPU throttling: ${kp.p95 <= TARGET_MS ? 'met' : 'MISSED'}`);

  if (errors.length) {
    console.error(`page errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
