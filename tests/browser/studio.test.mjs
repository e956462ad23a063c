// The rules studio (issue 33) as an occupational physician uses it: the
// rules open with line numbers; a mistake typed shows its message at the right
// line and a click goes there; fixed, the advice changes; an edited first
// step shows in the keuzehulp's own results view, in "what changed" and in
// the diff; a broken case fails; the answer-space check runs in a worker with
// progress and stop, and finds a broken safety rule; the downloads hold what
// was typed. Screenshots at 1280×800 and 390×844; axe in both.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { startBrowser, assertAxe, openApp, PHONE } from './helpers.mjs';
import { classify, offsetOf, place, positionOf, repoPath } from '../../www/studio.js';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const DESKTOP = { width: 1280, height: 800 };

async function openStudio(viewport = DESKTOP, path = 'studio.html') {
  const app = await openApp(browser, { path, viewport, waitForApp: false, contextOptions: { acceptDownloads: true } });
  await app.page.waitForSelector('html[data-studio="ready"]', { timeout: 30000 });
  await app.page.locator('#ks-summary').filter({ hasText: /Geen fouten|No errors/ }).waitFor();
  return app;
}

/** Opens a file of the list by name. */
async function openFile(page, name) {
  await page.locator('#ks-file-list button', { hasText: name }).first().click();
  await page.locator('#ks-current', { hasText: name }).waitFor();
}

/** Puts the cursor in the editor at the first occurrence of `needle` (+ `delta`). */
async function cursorAt(page, needle, delta = 0) {
  return page.evaluate(([needle, delta]) => {
    const t = document.getElementById('ks-text');
    const at = t.value.indexOf(needle);
    if (at < 0) throw new Error(`not in the file: ${needle}`);
    t.focus();
    t.setSelectionRange(at + delta, at + delta);
    return t.value.slice(0, at).split('\n').length;
  }, [needle, delta]);
}

const editorText = (page) => page.locator('#ks-text').inputValue();

/** The text of the first step the preview shows. */
async function firstStep(page) {
  return page.locator('#ks-advice .kh-first-step__text').first().innerText();
}

test('the page helpers: where a chosen file belongs, and line:col ⇄ offset', () => {
  assert.deepEqual(classify('keuzehulp/rules/rules.toml'), { kind: 'rules', name: 'rules.toml' });
  assert.deepEqual(classify('rules.toml'), { kind: 'rules', name: 'rules.toml' });
  assert.deepEqual(classify('keuzehulp/tests/cases/roles.toml'), { kind: 'cases', name: 'roles.toml' });
  assert.equal(classify('keuzehulp/Cargo.toml'), null);
  assert.equal(classify('rules/README.md'), null);
  assert.equal(repoPath('cases', 'a.toml'), 'tests/cases/a.toml');
  // A folder nested in itself: two rules.toml are refused, naming both.
  assert.deepEqual(place([{ path: 'rules/rules.toml', text: 'a' }, { path: 'rules/rules/rules.toml', text: 'b' }]), { twice: ['rules/rules.toml', 'rules/rules/rules.toml'] });
  assert.deepEqual(place([{ path: 'x/rules/rules.toml', text: 'a' }, { path: 'x/tests/cases/roles.toml', text: 'c' }, { path: 'x/README.md', text: '' }]), { rules: { 'rules.toml': 'a' }, cases: { 'roles.toml': 'c' } });
  const text = 'ab\ncdé😀f\n\nx';
  for (const [line, col] of [[1, 1], [1, 3], [2, 4], [2, 5], [2, 6], [3, 1], [4, 2]]) {
    assert.deepEqual(positionOf(text, offsetOf(text, line, col)), { line, col });
  }
});

test('opens the built-in rules: every file listed, line numbers, no errors, the advice shown; axe and screenshots', async () => {
  const app = await openStudio();
  const { page } = app;
  try {
    const names = await page.locator('#ks-file-list button').allInnerTexts();
    for (const f of ['questions.toml', 'rules.toml', 'first_steps.toml', 'jargon.toml', 'roles.toml']) {
      assert.ok(names.some((n) => n.startsWith(f)), `${f} listed: ${names}`);
    }
    const lines = (await editorText(page)).split('\n').length;
    assert.equal(await page.locator('#ks-gutter span').count(), lines, 'a number for every line');
    assert.match(await page.locator('#ks-opened').innerText(), /bestanden geopend/);
    // The keuzehulp's own results view, with its first step and cards.
    await page.locator('#ks-advice .kh-results').waitFor();
    assert.ok((await firstStep(page)).length > 10);
    assert.ok(await page.locator('#ks-advice .kh-card, #ks-advice article').count() > 0);
    assert.match(await page.locator('#ks-changes').innerText(), /Geen verschil/);
    await app.screenshot('studio-1280');
    await assertAxe(app, 'studio 1280');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('a rules folder chosen or dropped opens; only its rule files are read, and its mistakes show', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-'));
  const rules = join(dir, 'keuzehulp', 'rules');
  cpSync(new URL('../../rules', import.meta.url).pathname, rules, { recursive: true });
  const broken = readFileSync(join(rules, 'experts.toml'), 'utf8').replace('[[expert]]', '[[expert]\n');
  writeFileSync(join(rules, 'experts.toml'), broken);
  const app = await openStudio();
  const { page } = app;
  try {
    await page.locator('#ks-folder').setInputFiles(join(dir, 'keuzehulp'));
    await page.locator('#ks-opened', { hasText: 'jouw bestanden' }).waitFor({ timeout: 5000 });
    const message = page.locator('.ks-message--error').first();
    await message.waitFor({ timeout: 5000 });
    assert.match(await message.innerText(), /experts\.toml, regel \d+[\s\S]*not valid TOML/);
    assert.ok(!(await page.locator('#ks-file-list').innerText()).includes('README'), 'only rule files are listed');

    // Dropped files replace those files only: experts.toml repaired, rules.toml with a typo.
    const fixed = readFileSync(new URL('../../rules/experts.toml', import.meta.url), 'utf8');
    const text = readFileSync(join(rules, 'rules.toml'), 'utf8').replace('[[rule]]', '[[rule]]\nwhem = 3');
    await page.evaluate(([fixed, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([fixed], 'experts.toml', { type: 'text/plain' }));
      data.items.add(new File([text], 'rules.toml', { type: 'text/plain' }));
      document.getElementById('ks-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [fixed, text]);
    await page.locator('.ks-message--error', { hasText: 'whem' }).waitFor({ timeout: 5000 });
    assert.match(await page.locator('.ks-message--error', { hasText: 'whem' }).innerText(), /rules\.toml, regel \d+, teken 1/);
    assert.equal(await page.locator('.ks-message--error', { hasText: 'experts.toml' }).count(), 0, 'the dropped experts.toml replaced the broken one');
    await app.assertClean();
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A zip as Windows Explorer, Finder and `zip -r` make them: `entries` are
 * `[name, text]`, deflated (or stored); `name` may be anything a hostile zip holds.
 */
function makeZip(entries, { stored = false } = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const raw = Buffer.from(text, 'utf8');
    const data = stored ? raw : deflateRawSync(raw);
    const fileName = Buffer.from(name, 'utf8');
    const head = (central) => {
      const b = Buffer.alloc(central ? 46 : 30);
      let at = 0;
      const u32 = (v) => { b.writeUInt32LE(v >>> 0, at); at += 4; };
      const u16 = (v) => { b.writeUInt16LE(v, at); at += 2; };
      u32(central ? 0x02014b50 : 0x04034b50);
      if (central) u16(20);
      u16(20); u16(0x0800); u16(stored ? 0 : 8); u16(0); u16(0x5c21);
      u32(crc32(raw)); u32(data.length); u32(raw.length); u16(fileName.length); u16(0);
      if (central) { u16(0); u16(0); u16(0); u32(0); u32(offset); }
      return Buffer.concat([b, fileName]);
    };
    const local = Buffer.concat([head(false), data]);
    centrals.push(head(true));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

/** Drops files (name, bytes) on the drop area. */
async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const [name, bytes] of files) data.items.add(new File([new Uint8Array(bytes)], name));
    document.getElementById('ks-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files.map(([name, bytes]) => [name, [...bytes]]));
}

test('a zip of the rules folder opens, chosen or dropped; a broken file in it shows at its line; a damaged or hostile zip says why and loses nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-zip-'));
  const rulesDir = new URL('../../rules', import.meta.url).pathname;
  const names = ['questions.toml', 'categories.toml', 'experts.toml', 'tools.toml', 'notes.toml', 'figures.toml', 'rules.toml', 'first_steps.toml', 'jargon.toml'];
  const texts = Object.fromEntries(names.map((n) => [n, readFileSync(join(rulesDir, n), 'utf8')]));
  // experts.toml with an unclosed table header: the message is on that line.
  const broken = texts['experts.toml'].replace('[[expert]]', '[[expert]');
  const brokenLine = broken.split('\n').findIndex((l) => l === '[[expert]') + 1;
  const zip = makeZip([['rules/', ''], ...names.map((n) => [`rules/${n}`, n === 'experts.toml' ? broken : texts[n]]), ['rules/README.md', '# not read\n'], ['__MACOSX/rules/._rules.toml', 'resource fork']]);
  writeFileSync(join(dir, 'rules.zip'), zip);
  const app = await openStudio();
  const { page } = app;
  try {
    await page.locator('#ks-files').setInputFiles(join(dir, 'rules.zip'));
    await page.locator('#ks-opened', { hasText: 'jouw bestanden' }).waitFor({ timeout: 5000 });
    const listed = await page.locator('#ks-file-list button').allInnerTexts();
    for (const n of names) assert.ok(listed.some((l) => l.startsWith(n)), `${n} listed: ${listed}`);
    assert.ok(!listed.some((l) => l.includes('._') || l.includes('README')), `only rule files: ${listed}`);
    const message = page.locator('.ks-message--error').first();
    await message.waitFor({ timeout: 5000 });
    assert.match(await message.innerText(), new RegExp(`experts\\.toml, regel ${brokenLine}, teken \\d+[\\s\\S]*not valid TOML`));
    await message.locator('button').click();
    assert.equal(await page.locator('#ks-current').innerText(), 'rules/experts.toml');
    assert.equal(await page.locator('#ks-text').evaluate((t) => t.value.slice(0, t.selectionStart).split('\n').length), brokenLine);

    // The studio's own download opens again; a stored zip of the fixed file repairs it.
    await dropFiles(page, [['fixed.zip', makeZip([['experts.toml', texts['experts.toml']]], { stored: true })]]);
    await page.locator('#ks-summary').filter({ hasText: /Geen fouten/ }).waitFor({ timeout: 5000 });

    // Damaged and hostile zips: a message that says what is wrong; the files stay as they were.
    await openFile(page, 'rules.toml');
    await cursorAt(page, '[[rule]]');
    await page.keyboard.type('# mijn wijziging\n');
    const typed = await editorText(page);
    const count = await page.locator('#ks-file-list button').count();
    const opened = page.locator('#ks-opened');
    const cases = [
      ['cut.zip', zip.subarray(0, zip.length - 30), /cut\.zip is niet geopend: this (zip is damaged|is not a zip file)/],
      ['evil.zip', makeZip([['rules/../../rules.toml', 'x = 1']]), /evil\.zip is niet geopend: .*rules\/\.\.\/\.\.\/rules\.toml, which points outside the folder/],
      ['bomb.zip', makeZip([['rules/rules.toml', 'a'.repeat(6 * 1024 * 1024)]]), /bomb\.zip is niet geopend: this zip unpacks to more than 5 MB/],
      ['nested.zip', makeZip([['rules/rules.toml', texts['rules.toml']], ['rules/rules/rules.toml', texts['rules.toml']]]), /nested\.zip is niet geopend: twee bestanden met dezelfde naam, rules\/rules\.toml en rules\/rules\/rules\.toml/],
      ['latin1.zip', Buffer.concat([makeZip([['rules/rules.toml', 'PLACEHOLDER']], { stored: true })]), /latin1\.zip is niet geopend: rules\/rules\.toml in this zip is not UTF-8 text/],
    ];
    // (latin1.zip: "é" as the single byte 0xE9, the checksum of those bytes.)
    const latin = cases[4][1];
    const at = latin.indexOf('PLACEHOLDER');
    const bytes = Buffer.from('a = "\xe9"   \n', 'latin1');
    assert.equal(bytes.length, 'PLACEHOLDER'.length);
    bytes.copy(latin, at);
    for (const off of [14, latin.indexOf('PK\u0001\u0002') + 16]) latin.writeUInt32LE(crc32(bytes) >>> 0, off);
    for (const [name, bytes, want] of cases) {
      await dropFiles(page, [[name, bytes]]);
      await opened.filter({ hasText: name }).waitFor({ timeout: 5000 });
      assert.match(await opened.innerText(), want);
      assert.match(await opened.innerText(), /Wat al open was, is gebleven\./);
      assert.equal(await page.locator('#ks-file-list button').count(), count, `${name}: the files stay`);
      assert.equal(await page.locator('#ks-current').innerText(), 'rules/rules.toml');
      assert.equal(await editorText(page), typed, `${name}: the edit stays`);
    }
    await app.assertClean();
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a mistake typed shows at its line and a click goes there; fixed, the preview and the diff change; downloads hold what was typed', async () => {
  const app = await openStudio();
  const { page } = app;
  try {
    const before = await firstStep(page);
    await openFile(page, 'first_steps.toml');
    // The text of the first step shown: break its closing quote.
    const words = before.trim();
    const line = await cursorAt(page, words);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace'); // the closing quote
    const message = page.locator('.ks-message--error').first();
    await message.waitFor({ timeout: 5000 });
    const where = await message.locator('.ks-message__where').innerText();
    assert.match(where, /first_steps\.toml/);
    const [, reported] = where.match(/regel (\d+)/) ?? [];
    assert.ok(Math.abs(Number(reported) - line) <= 1, `message at line ${reported}, mistake at ${line}: ${where}`);
    assert.match(await page.locator('#ks-summary').innerText(), /fout/);
    assert.equal(await page.locator('#ks-stale').isVisible(), true, 'the preview says it is of the last good rules');
    // The gutter marks the line; a click on the message puts the cursor there.
    assert.ok(await page.locator('#ks-gutter .ks-gutter__error').count() >= 1);
    await page.locator('#ks-text').evaluate((t) => t.setSelectionRange(0, 0));
    await message.locator('button').click();
    const cursorLine = await page.locator('#ks-text').evaluate((t) => t.value.slice(0, t.selectionStart).split('\n').length);
    assert.equal(cursorLine, Number(reported));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ks-text');

    // Fixed with a new text: the preview shows it, "what changed" and the diff too.
    await cursorAt(page, words);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('Bel vandaag je leidinggevende. Doe het vandaag nog."');
    await page.locator('#ks-summary').filter({ hasText: /Geen fouten/ }).waitFor({ timeout: 5000 });
    await page.locator('#ks-advice .kh-first-step', { hasText: 'Doe het vandaag nog.' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#ks-stale').isVisible(), false);
    const changes = await page.locator('#ks-changes').innerText();
    assert.match(changes, /Nieuw: Doe dit eerst: .*Doe het vandaag nog\./);
    assert.match(changes, /Weg: Doe dit eerst: /);
    const diff = await page.locator('#ks-diff').textContent();
    assert.match(diff, /^diff --git a\/rules\/first_steps\.toml b\/rules\/first_steps\.toml\n--- a\/rules\/first_steps\.toml\n\+\+\+ b\/rules\/first_steps\.toml\n@@ /);
    assert.match(diff, /\n\+.*Doe het vandaag nog\."\n/);
    assert.match(await page.locator('#ks-changed').innerText(), /1 bestand gewijzigd/);
    assert.match(await page.locator('#ks-file-list').innerText(), /first_steps\.toml gewijzigd/);

    // The downloads: this file, the diff, the zip.
    const typed = await editorText(page);
    const get = async (id) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const file = await get('#ks-download-file');
    assert.equal(file.name, 'first_steps.toml');
    assert.equal(file.bytes.toString('utf8'), typed);
    const patch = await get('#ks-download-diff');
    assert.equal(patch.bytes.toString('utf8'), diff);
    // A maintainer applies it to the repository's rules: the file is then what was typed.
    const repo = mkdtempSync(join(tmpdir(), 'studio-apply-'));
    try {
      cpSync(new URL('../../rules', import.meta.url).pathname, join(repo, 'rules'), { recursive: true });
      writeFileSync(join(repo, 'change.diff'), patch.bytes);
      execFileSync('git', ['apply', 'change.diff'], { cwd: repo });
      assert.equal(readFileSync(join(repo, 'rules/first_steps.toml'), 'utf8'), typed);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
    const zip = await get('#ks-download-zip');
    assert.equal(zip.bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
    assert.equal(zip.bytes.subarray(30, 30 + 'rules/first_steps.toml'.length).toString('utf8'), 'rules/first_steps.toml');
    const stored = zip.bytes.subarray(30 + 'rules/first_steps.toml'.length, 30 + 'rules/first_steps.toml'.length + Buffer.byteLength(typed));
    assert.equal(stored.toString('utf8'), typed, 'the zip stores the file as typed');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('after a pause only what changed is drawn again: a comment keeps the advice as it is, a text typed draws it anew', async () => {
  const app = await openStudio();
  const { page } = app;
  try {
    await openFile(page, 'rules.toml');
    const checks = () => page.evaluate(() => performance.getEntriesByName('ks-check').length);
    // The advice on the page, marked: drawn again, the mark is gone.
    const mark = () => page.evaluate(() => { document.querySelector('#ks-advice .kh-results').dataset.mark = 'kept'; });
    const kept = () => page.evaluate(() => document.querySelector('#ks-advice .kh-results')?.dataset.mark === 'kept');
    await mark();
    let before = await checks();
    await page.locator('#ks-text').evaluate((t) => { t.focus(); t.setSelectionRange(t.value.length, t.value.length); });
    await page.keyboard.insertText('\n# een opmerking\n');
    await page.waitForFunction((n) => performance.getEntriesByName('ks-check').length > n, before);
    assert.equal(await kept(), true, 'a comment changes nothing the advice shows');
    assert.match(await page.locator('#ks-summary').innerText(), /Geen fouten/);
    // A reason's text changed: the advice is drawn anew (and shows it where the reason is shown).
    before = await checks();
    await cursorAt(page, 'reason.nl = "', 'reason.nl = "'.length);
    await page.keyboard.insertText('Zeker: ');
    await page.waitForFunction((n) => performance.getEntriesByName('ks-check').length > n, before);
    assert.equal(await kept(), false, 'the advice is drawn with the new rules');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('another answer set changes the advice; acuut shows crisis help first', async () => {
  const app = await openStudio();
  const { page } = app;
  try {
    await page.locator('#ks-q-fase').selectOption('acuut');
    await page.locator('#ks-advice .kh-crisis-help').waitFor({ timeout: 5000 });
    assert.match(await page.locator('#ks-advice .kh-crisis-help').innerText(), /113/);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('a broken case fails, with its file and line; the built-in cases pass', async () => {
  const app = await openStudio();
  const { page } = app;
  try {
    await page.locator('#ks-run-cases').click();
    const summary = page.locator('#ks-cases-summary');
    await summary.filter({ hasText: /geslaagd/ }).waitFor();
    assert.match(await summary.innerText(), /^\d+ geslaagd, 0 mislukt\.$/);

    await openFile(page, 'roles.toml');
    await cursorAt(page, 'lead_experts = ["', 'lead_experts = ["'.length);
    await page.keyboard.type('arbeidsinspectie", "');
    await page.waitForTimeout(500);
    await page.locator('#ks-run-cases').click();
    await summary.filter({ hasText: /1 mislukt/ }).waitFor();
    const failed = page.locator('.ks-case--fail').first();
    assert.match(await failed.innerText(), /Mislukt: .*\(roles\.toml, regel \d+/);
    assert.match(await failed.innerText(), /expert arbeidsinspectie not in the top three/);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('the answer-space check runs in a worker with progress and stop, and finds a safety rule broken', async () => {
  const app = await openStudio();
  const { page } = app;
  try {
    // A safety rule that takes the confidential adviser away at unwanted behaviour.
    await openFile(page, 'rules.toml');
    await page.locator('#ks-text').evaluate((t) => {
      t.focus();
      t.setSelectionRange(t.value.length, t.value.length);
    });
    await page.keyboard.insertText('\n[[rule]]\nid = "studio-test"\nsafety = true\nwhen = { factoren = ["ongewenst-gedrag"] }\nrecommend = [{ expert = "huisarts", weight = 10 }]\nexclude = [{ expert = "vertrouwenspersoon" }]\nreason.nl = "Omdat je {factoren} koos."\nreason.en = "Because you chose {factoren}."\nsource = ["https://example.org"]\n');
    await page.locator('#ks-summary').filter({ hasText: /Geen fouten/ }).waitFor({ timeout: 5000 });
    await page.locator('#ks-run-space').click();
    const failure = page.locator('#ks-space-failures li').first();
    await failure.waitFor({ timeout: 60000 });
    assert.match(await failure.innerText(), /ongewenst-gedrag without vertrouwenspersoon/);
    assert.ok(Number(await page.locator('#ks-space-progress').getAttribute('value')) >= 1);
    assert.match(await page.locator('#ks-space-status').innerText(), /Bezig: \d+ van \d+ delen/);
    await page.locator('#ks-stop-space').click();
    assert.match(await page.locator('#ks-space-status').innerText(), /Gestopt na [\d.]+ combinaties/);
    assert.equal(await page.locator('#ks-stop-space').isVisible(), false);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('"Probeer de keuzehulp met deze regels" opens the keuzehulp on the edited rules in a new tab, marked as a preview on every step', async () => {
  const app = await openStudio();
  const { page } = app;
  try {
    const before = await firstStep(page);
    await openFile(page, 'first_steps.toml');
    await cursorAt(page, before.trim());
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('Bel vandaag je leidinggevende. Proef de nieuwe regels."');
    await page.locator('#ks-advice .kh-first-step', { hasText: 'Proef de nieuwe regels.' }).waitFor({ timeout: 5000 });
    const [tab] = await Promise.all([app.context.waitForEvent('page'), page.locator('#ks-try').click()]);
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.waitForSelector('html[data-keuzehulp="ready"]', { timeout: 15000 });
    assert.match(new URL(tab.url()).pathname, /studio-preview\.html$/);
    const banner = tab.locator('#ks-banner');
    assert.match(await banner.innerText(), /Voorbeeld met regels uit de regelstudio/);
    // The advice of the edited rules, through the app's own steps; the banner stays.
    await tab.evaluate((a) => { location.hash = `${a}&stap=advies`; }, 'rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk');
    await tab.locator('#keuzehulp-app .kh-first-step', { hasText: 'Proef de nieuwe regels.' }).waitFor({ timeout: 5000 });
    assert.equal(await banner.isVisible(), true);
    await tab.screenshot({ path: new URL('./screenshots/studio-preview-tab.png', import.meta.url).pathname });
    assert.deepEqual(errors, []);
    // The real keuzehulp is untouched: its own rules, no banner.
    const real = await app.context.newPage();
    await real.goto(new URL('#rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk&stap=advies', page.url()).href.replace('studio.html', ''));
    await real.waitForSelector('html[data-keuzehulp="ready"]');
    await real.locator('#keuzehulp-app .kh-first-step').waitFor();
    assert.equal(await real.locator('#keuzehulp-app .kh-first-step__text').innerText(), before);
    assert.equal(await real.locator('#ks-banner').count(), 0);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('on a phone, in English: the studio reads and works; axe and a screenshot', async () => {
  const app = await openStudio(PHONE, 'studio.html?lang=en');
  const { page } = app;
  try {
    assert.equal(await page.locator('main > h1').innerText(), 'Rules studio');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.locator('#ks-advice .kh-results').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `no sideways scrolling: ${width}px`);
    await app.screenshot('studio-390-en');
    await assertAxe(app, 'studio 390 en');
    await app.assertClean();
  } finally {
    await app.close();
  }
});
