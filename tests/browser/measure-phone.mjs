// Prints the small-phone figures of issue 34 (no assertions: budgets.test.mjs
// has those). Against a served build:
//   cargo xtask serve --port 8108 &
//   BASE_URL=http://127.0.0.1:8108/ node tests/browser/measure-phone.mjs [--quick]
// --quick: one factor set and level per role × stage for the unfolded advice.

import { startBrowser } from './helpers.mjs';
import {
  VIEWPORTS, SMALL, ROLES, STAGES, FACTOR_SETS, LEVELS, questionsOf, answers,
  openQuestion, openAdvice, screens, unfolded, firstStepBottom,
} from './phone.mjs';

const quick = process.argv.includes('--quick');
const browser = await startBrowser();
const fmt = (x) => x.toFixed(2);

// Screens per question page (the wording depends on the role, not on the stage).
for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  const rows = {};
  for (const role of ROLES) {
    for (const q of questionsOf(role)) {
      const app = await openQuestion(browser, role, 'signalen', q, viewport);
      const s = await screens(app.page);
      rows[q] = Math.max(rows[q] ?? 0, s);
      await app.close();
    }
  }
  console.log(`question pages at ${name}, screens (the most over ${ROLES.length} roles): ${Object.entries(rows).map(([q, s]) => `${q} ${fmt(s)}`).join(', ')}`);
}

// The first step's bottom edge at 320×568, every role × non-acute stage.
{
  const bottoms = [];
  for (const role of ROLES) {
    for (const stage of STAGES.filter((s) => s !== 'acuut')) {
      const app = await openAdvice(browser, answers(role, stage, 'werkdruk,emotionele-belasting'), SMALL);
      bottoms.push({ set: `${role}/${stage}`, bottom: await firstStepBottom(app.page) });
      await app.close();
    }
  }
  bottoms.sort((a, b) => b.bottom - a.bottom);
  const over = bottoms.filter((b) => b.bottom > SMALL.height);
  console.log(`first step's bottom edge at 320x568 over ${bottoms.length} sets: max ${Math.round(bottoms[0].bottom)}px (${bottoms[0].set}), min ${Math.round(bottoms.at(-1).bottom)}px; ${over.length} below the fold (568px)`);
}

// The advice with every fold open, at 390×844; and the paragraphs said again.
{
  let longest = { screens: 0 };
  let repeats = { n: 0 };
  let sets = 0;
  let withRepeats = 0;
  for (const role of ROLES) {
    for (const stage of STAGES) {
      for (const factors of quick ? [FACTOR_SETS[1]] : FACTOR_SETS) {
        for (const level of quick ? [LEVELS[0]] : LEVELS) {
          const set = answers(role, stage, factors, level);
          const app = await openAdvice(browser, set, VIEWPORTS['390x844']);
          const m = await unfolded(app.page);
          sets += 1;
          if (m.screens > longest.screens) longest = { screens: m.screens, set };
          if (m.repeats.length) withRepeats += 1;
          if (m.repeats.length > repeats.n) repeats = { n: m.repeats.length, set, example: m.repeats[0] };
          await app.close();
        }
      }
    }
  }
  console.log(`advice fully unfolded at 390x844 over ${sets} sets: longest ${fmt(longest.screens)} screens (${longest.set})`);
  console.log(`paragraphs said again: ${withRepeats} of ${sets} sets; at most ${repeats.n} in one (${repeats.set ?? '-'})${repeats.example ? `, e.g. "${repeats.example}"` : ''}`);
}

await browser.close();
