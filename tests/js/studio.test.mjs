// Unit tests of the rules studio's pure functions (www/studio.js, which starts
// its page only where there is a document): which files of a dropped folder
// it takes, where they go in the repository, and the line/column ↔ offset
// arithmetic that puts the cursor on a reported mistake.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { RULE_FILES, DEFAULT_ANSWERS, classify, repoPath, offsetOf, positionOf, diffOf } from '../../www/studio.js';

test('the rule files are the ones in rules/', () => {
  const inRepo = readdirSync(new URL('../../rules/', import.meta.url)).filter((f) => f.endsWith('.toml'));
  assert.deepEqual([...RULE_FILES].sort(), inRepo.sort());
  assert.match(DEFAULT_ANSWERS, /(^|&)fase=signalen(&|$)/, 'the first preview is no crisis');
});

test('a dropped folder: rule files by name anywhere, cases only under tests/cases', () => {
  assert.deepEqual(classify('keuzehulp/rules/rules.toml'), { kind: 'rules', name: 'rules.toml' });
  assert.deepEqual(classify('elders/tools.toml'), { kind: 'rules', name: 'tools.toml' });
  assert.deepEqual(classify('keuzehulp/tests/cases/crisis.toml'), { kind: 'cases', name: 'crisis.toml' });
  assert.deepEqual(classify('cases/x.toml'), { kind: 'cases', name: 'x.toml' });
  for (const other of ['keuzehulp/Cargo.toml', 'rules/rules.toml.bak', 'rules/README.md', 'tests/cases/', '', 'x/cases/y/z.toml']) {
    assert.equal(classify(other), null, other);
  }
  assert.equal(repoPath('rules', 'tools.toml'), 'rules/tools.toml');
  assert.equal(repoPath('cases', 'crisis.toml'), 'tests/cases/crisis.toml');
});

test('line and column to offset and back, in code points', () => {
  const text = 'ab\ncdé\n😀x\n';
  assert.equal(offsetOf(text, 1, 1), 0);
  assert.equal(offsetOf(text, 2, 3), 5);
  assert.equal(offsetOf(text, 3, 2), text.indexOf('x'), 'an emoji is one column');
  assert.equal(offsetOf(text, 2, 99), text.indexOf('\n', 3), 'past the end of a line: its end');
  assert.equal(offsetOf(text, 99, 1), text.length, 'past the last line: the end');
  for (const [line, col] of [[1, 1], [1, 3], [2, 1], [2, 3], [3, 2], [4, 1]]) {
    assert.deepEqual(positionOf(text, offsetOf(text, line, col)), { line, col }, `${line}:${col}`);
  }
});

test('the diff is each changed file\'s, in order', () => {
  const w = { studio_diff: (path, before, after) => `${path}:${before}>${after};` };
  const f = (name, original, text) => ({ path: `rules/${name}`, name, kind: 'rules', original, text });
  assert.equal(diffOf(w, [f('a.toml', '1', '2'), f('b.toml', 'x', 'y')]), 'rules/a.toml:1>2;rules/b.toml:x>y;');
  assert.equal(diffOf(w, []), '');
});
