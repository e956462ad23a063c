// What stays on the JS heap per widget walk (issue 28 item 9): heap
// snapshots (CDP) after 20 walks and after 20 + N more, and the objects whose
// count or size grew, by type and name. A tool for looking, not a test:
//   BASE_URL=http://127.0.0.1:8080/ node tests/browser/heap-diff.mjs [start|advice|plan] [N]
// (start: the widget is removed on its first question; advice, plan: where
// the walk ends). Result 7 Dec 2026, plan, 300 walks: +312 B per walk in
// Runtime.getHeapUsage, of which no object of the app (no closure, Rc, DOM
// node or listener grows with the walks): compiled wasm code (tier-up,
// WasmNativeModule +122 KB), JIT code (InstructionStream, Code, +80 KB) and
// layout-shift performance entries (LayoutShift with its DOMRects, +31 KB;
// Chromium buffers at most 150). All bounded: they stop growing.
import { chromium } from 'playwright-core';
import { openWidgetHost, walkWidgets } from './helpers.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const { page, context, errors } = await openWidgetHost(b, 'heap-host.html');
const cdp = await context.newCDPSession(page);
const walk = (n) => walkWidgets(page, n, stop);
async function snapshot() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const on = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
  const s = JSON.parse(chunks.join(''));
  const f = s.snapshot.meta.node_fields; const types = s.snapshot.meta.node_types[0];
  const n = f.length; const iType = f.indexOf('type'), iName = f.indexOf('name'), iSize = f.indexOf('self_size');
  const counts = new Map();
  for (let i = 0; i < s.nodes.length; i += n) {
    const key = `${types[s.nodes[i + iType]]}:${s.strings[s.nodes[i + iName]].slice(0, 60)}`;
    const c = counts.get(key) || [0, 0];
    c[0]++; c[1] += s.nodes[i + iSize];
    counts.set(key, c);
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { counts, usedSize };
}
const stop = process.argv[2] || 'plan';
const N = Number(process.argv[3] || 100);
await walk(20);
const a = await snapshot();
await walk(N);
const c = await snapshot();
console.log(`stop=${stop}: heap ${a.usedSize} → ${c.usedSize}: ${((c.usedSize - a.usedSize) / N).toFixed(0)} B per walk; history.length ${await page.evaluate(() => history.length)}`);
const diff = [];
for (const [k, v] of c.counts) {
  const before = a.counts.get(k) || [0, 0];
  if (v[0] - before[0] >= N / 2 || v[1] - before[1] >= N * 20) diff.push([k, v[0] - before[0], v[1] - before[1]]);
}
diff.sort((x, y) => y[2] - x[2]);
for (const d of diff.slice(0, 30)) console.log(d.join('\t'));
console.log('errors', errors);
await b.close();
