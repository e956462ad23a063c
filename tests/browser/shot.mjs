import { chromium } from 'playwright-core';
const [,, base, out, ...frags] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', deviceScaleFactor: 1 });
const p = await ctx.newPage();
let i = 0;
for (const f of frags) {
  await p.goto(base + '#' + f); await p.waitForSelector('html[data-keuzehulp="ready"]'); await p.waitForTimeout(400);
  await p.screenshot({ path: `${out}-${i++}.png`, fullPage: false });
}
await b.close();
