// The worker's path on a small phone (issue 34): what budgets.test.mjs
// asserts and measure-phone.mjs prints, measured one way.
//
// - screens per question page: the document's height over the viewport's;
// - the advice fully unfolded: every <details> open, `.kh-results`' height
//   over the viewport's;
// - the first step's bottom edge: the bottom of "Doe dit eerst" (page
//   coordinates) at 320×568 must be at most 568;
// - paragraphs said twice: the text of every <p> and <li> of the advice with
//   every fold open (labels and citations left out), normalised: see
//   `unfolded`. engine::said checks the same over the answer space.

import { openApp, adviceComplete } from './helpers.mjs';

export const PHONE = { width: 390, height: 844 };
export const SMALL = { width: 320, height: 568 };
export const VIEWPORTS = { '390x844': PHONE, '320x568': SMALL };

export const ROLES = ['werknemer', 'leidinggevende', 'werkgever', 'hr', 'medezeggenschap', 'arboprofessional', 'zzp', 'student'];
export const STAGES = ['voorkomen', 'signalen', 'verzuim', 'acuut'];
/** Every factor (the longest advice), one, and "weet niet". */
export const ALL_FACTORS = 'werkdruk,regelruimte,emotionele-belasting,ongewenst-gedrag,agressie,leiderschap,werk-prive,onzekerheid,thuiswerken,prestatiedruk';
export const FACTOR_SETS = ['werkdruk', ALL_FACTORS, 'weet-niet', 'ongewenst-gedrag,agressie'];
export const LEVELS = ['individu', 'weet-niet'];
/** The questions in their order (VOCABULARY.md); `omvang` is not asked of a zzp'er or student. */
export const QUESTIONS = ['rol', 'sector', 'omvang', 'niveau', 'fase', 'factoren'];

const noSize = (role) => role === 'zzp' || role === 'student';

/** A complete answer set (the sector with the longest words: zorg en welzijn). */
export function answers(role, stage, factors = 'werkdruk', level = 'individu') {
  const size = noSize(role) ? '' : '&omvang=groot';
  return `rol=${role}&sector=zorg-welzijn${size}&niveau=${level}&fase=${stage}&factoren=${factors}`;
}

/** The link that opens question `q` with everything before it answered. */
export function questionLink(role, stage, q) {
  const before = answers(role, stage).split('&').filter((part) => QUESTIONS.indexOf(part.split('=')[0]) < QUESTIONS.indexOf(q));
  return `#${[...before, `stap=${q}`].join('&')}`;
}

/** The questions a role is asked. */
export const questionsOf = (role) => QUESTIONS.filter((q) => q !== 'omvang' || !noSize(role));

/** Screens the current page takes: document height / viewport height. */
export function screens(page) {
  return page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
}

/** Open question `q` for `role` at `viewport`; returns the session (h1 focused). */
export async function openQuestion(browser, role, stage, q, viewport) {
  const app = await openApp(browser, { path: questionLink(role, stage, q), viewport });
  await app.page.locator(`form[data-kh-question] input[name="${q}"]`).first().waitFor();
  return app;
}

/** Open the advice for `set`, complete. */
export async function openAdvice(browser, set, viewport) {
  const app = await openApp(browser, { path: `#${set}&stap=advies`, viewport });
  await adviceComplete(app.page);
  return app;
}

/**
 * With every fold of the advice open: its height in screens, and the
 * paragraphs said again. A paragraph (a <p>, or an <li> without one) of 40
 * characters or more repeats when half its text or more is sentences
 * already said in one earlier paragraph (two sentences at least, or all of
 * it): the same paragraph with one sentence changed is still the same
 * paragraph to a reader. As engine::said::repeats.
 */
export function unfolded(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('.kh-results details')) d.open = true;
    const results = document.querySelector('.kh-results');
    const said = []; // earlier paragraphs: their sentences
    const repeats = [];
    const sentences = (text) => text.split(/(?<=[.!?])\s+/).filter((s) => s.length >= 20);
    for (const el of results.querySelectorAll('p, li')) {
      if (el.tagName === 'LI' && el.querySelector('p')) continue;
      // Labels and citations, not paragraphs: an evidence badge, a card's
      // levels, a figure's "Bron: …" line.
      if (el.matches('.kh-tool__evidence, .kh-card__meta, .kh-source')) continue;
      // A link on its own (the first step's contact, a card's link list) is a way there, not a paragraph.
      const links = el.querySelectorAll('a');
      if (links.length === 1 && links[0].textContent.trim() === el.textContent.trim()) continue;
      // "Waarom dit past: …": the reason without its label (as engine::said counts it).
      let node = el;
      if (el.matches('.kh-card__why')) {
        node = el.cloneNode(true);
        node.querySelector('strong')?.remove();
      }
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text.length < 40) continue; // a name, a number, a short label
      const own = sentences(text);
      for (const earlier of said) {
        const shared = own.filter((s) => earlier.has(s));
        const again = shared.reduce((n, s) => n + s.length, 0);
        // (A one-sentence caveat two longer texts share is a phrase, not a paragraph.)
        if (text === [...earlier].join(' ') || (again * 2 >= text.length && (shared.length >= 2 || own.length === 1))) {
          repeats.push(text.slice(0, 100));
          break;
        }
      }
      said.push(new Set(own.length ? own : [text]));
    }
    return { screens: results.getBoundingClientRect().height / window.innerHeight, repeats };
  });
}

/** The bottom edge of "Doe dit eerst", in page pixels (`null`: none, as in an acute crisis). */
export function firstStepBottom(page) {
  return page.evaluate(() => {
    const block = document.querySelector('.kh-results .kh-first-step');
    return block ? block.getBoundingClientRect().bottom + window.scrollY : null;
  });
}
