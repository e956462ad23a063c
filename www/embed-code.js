// The embed builder's pure part (www/embed-builder.js is the page): the
// texts it writes in both languages, the preset text read as the widget reads
// it, the two snippets it writes (escaped for where they go) and its contrast
// verdicts. Unit-tested in tests/js/embed-code.test.mjs.

import { surfaces, MIN_CONTRAST } from './embed-theme.js';
import { presetParts, presetPart } from './embed.js';

/**
 * @typedef {{ lang: string, preset: string, contacts: string, light: boolean,
 *   colours: { accent?: string, text?: string, bg?: string }, tokens: Record<string, string> }} Settings
 * @typedef {{ id: string, label: string, many?: boolean, options: { id: string, label: string }[] }} Question
 * @typedef {{ questions: Question[], never: { id: string, label: string }[] }} Vocabulary
 */

/**
 * The texts the builder writes, Dutch and English side by side (one table:
 * a text and its translation stay together); `suicide` is the crisis number
 * as shown, from the Rust (FALLBACK), never written here.
 * @param {string} suicide
 * @returns {{ nl: any, en: any }}
 */
export function messages(suicide) {
  const both = {
    title: ['De keuzehulp op je intranet – Keuzehulp werkstress', 'The choice aid on your intranet – Work stress choice aid'],
    description: [
      'Zet de Keuzehulp werkstress op je intranet: kies taal, vaste antwoorden, kleuren en contactpersonen, bekijk het voorbeeld en kopieer de code.',
      'Put the work stress choice aid on your intranet: choose the language, fixed answers, colours and contacts, check the preview and copy the code.',
    ],
    switchTo: [['en', 'English'], ['nl', 'Nederlands']],
    visitorChooses: ['De bezoeker kiest zelf', 'The visitor chooses'],
    noneTicked: ['Niets aangevinkt: de bezoeker kiest zelf.', 'Nothing ticked: the visitor chooses.'],
    fields: {
      name: ['Naam', 'Name'],
      phone: ['Telefoon', 'Phone'],
      email: ['E-mail', 'Email'],
      url: ['Webpagina (https://…)', 'Web page (https://…)'],
      hours: ['Bereikbaar (bijvoorbeeld ma-vr 9-17)', 'Available (for example Mon-Fri 9-17)'],
    },
    neverWhy: [
      (label) => `“${label}” kan niet vast: met die vraag komt iemand die in crisis is meteen bij hulp, `
      + `zoals ${suicide}. Daarom stelt de keuzehulp die vraag altijd, aan iedereen.`,
      (label) => `“${label}” cannot be fixed: this question leads a person in crisis straight to help, such as ${suicide}. `
      + 'So the choice aid always asks it, of everyone.',
    ],
    neverRefused: ['Dat deel staat dus niet in de code.', 'So that part is not in the code.'],
    unknown: [
      (parts) => `Niet herkend, en dus niet in de code: ${parts}.`,
      (parts) => `Not recognised, so not in the code: ${parts}.`,
    ],
    at: [(line, col) => `Regel ${line}, kolom ${col}: `, (line, col) => `Line ${line}, column ${col}: `],
    jsonEmpty: [
      'Plak de contactgegevens (JSON), sleep het bestand hierheen of kies het bestand.',
      'Paste the contact details (JSON), drop the file here or choose the file.',
    ],
    urlEmpty: ['Vul het adres van het JSON-bestand in.', 'Enter the address of the JSON file.'],
    urlBad: [
      'Het adres moet met https:// beginnen, of een adres op je intranet zelf zijn (zoals /hr/keuzehulp-contacten.json).',
      'The address must start with https://, or be an address on your intranet itself (such as /hr/keuzehulp-contacts.json).',
    ],
    fileRead: [
      (name, n, e, p) => `Bestand ${name} gelezen: ${n} contactpersonen bij ${e} soorten hulp`
      + (p ? `, ${p} ${p === 1 ? 'probleem' : 'problemen'} (zie hieronder).` : '.'),
      (name, n, e, p) => `Read ${name}: ${n} contacts for ${e} kinds of help`
      + (p ? `, ${p} ${p === 1 ? 'problem' : 'problems'} (see below).` : '.'),
    ],
    fileNotText: [
      (name) => `Het bestand ${name} kon niet worden gelezen als tekst.`,
      (name) => `The file ${name} could not be read as text.`,
    ],
    fileNote: [
      'Let op: het voorbeeld en de iframe-code halen geen bestand op. Wil je het iframe gebruiken, kies dan "Invullen per soort hulp" of "Een contactenbestand (JSON) plakken of slepen".',
      'Note: the preview and the iframe code fetch no file. To use the iframe, choose "Fill in per kind of help" or "Paste or drop a contacts file (JSON)".',
    ],
    contrastGood: [
      (list) => `Het contrast is goed (${list}). Het crisisblok (${suicide}) houdt altijd zijn eigen kleuren.`,
      (list) => `The contrast is good (${list}). The crisis box (${suicide}) always keeps its own colours.`,
    ],
    contrastLow: [
      (list) => `Te weinig contrast: ${list}. Dat moet minstens 4,5:1 zijn, anders is de tekst voor veel mensen slecht te lezen. `
      + 'Kies andere kleuren: zo kan de code niet gekopieerd worden.',
      (list) => `Too little contrast: ${list}. It must be at least 4.5:1, or the text is hard to read for many people. `
      + 'Choose other colours: until then the code cannot be copied.',
    ],
    surfaces: {
      'text-bg': ['tekst op de achtergrond', 'text on the background'],
      'text-surface': ['tekst op de vlakken (zoals "Je eerste stap")', 'text on the panels (such as "Your first step")'],
      'muted-bg': ['grijze tekst (zoals bronnen) op de achtergrond', 'grey text (such as sources) on the background'],
      'muted-surface': ['grijze tekst op de vlakken', 'grey text on the panels'],
      'link-bg': ['links (de accentkleur) op de achtergrond', 'links (the accent colour) on the background'],
      'link-surface': ['links op de vlakken', 'links on the panels'],
      button: ['de tekst van knoppen op de accentkleur', 'button text on the accent colour'],
      'button-hover': ['de tekst van knoppen onder de muis', 'button text under the mouse'],
      'error-bg': ['foutmeldingen op de achtergrond', 'error messages on the background'],
      'crisis-text': ['tekst in het crisisblok', 'text in the crisis box'],
      'crisis-link': ['de nummers in het crisisblok', 'the numbers in the crisis box'],
    },
    textBg: ['tekst', 'text'],
    accentBg: ['links', 'links'],
    buttons: ['knoppen', 'buttons'],
    and: [' en ', ' and '],
    decimal: [',', '.'],
    copied: [
      'De code is gekopieerd. Plak hem in de HTML van je intranetpagina.',
      'The code has been copied. Paste it into the HTML of your intranet page.',
    ],
    copyFailed: [
      'Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).',
      'Copying did not work. The code is selected: copy it with Ctrl+C (or Cmd+C).',
    ],
    copyBlocked: [
      (n) => `Niet gekopieerd: er ${n === 1 ? 'is nog 1 probleem' : `zijn nog ${n} problemen`} in de instellingen (zie boven aan de pagina).`,
      (n) => `Not copied: there ${n === 1 ? 'is 1 problem' : `are ${n} problems`} left in the settings (see the top of the page).`,
    ],
    filling: ['Het voorbeeld vult voorbeeldantwoorden in…', 'The preview is filling in sample answers…'],
    advice: [
      'Het voorbeeld toont nu het advies bij voorbeeldantwoorden.',
      'The preview now shows the advice for sample answers.',
    ],
    adviceContacts: [
      'Het voorbeeld toont nu het advies bij voorbeeldantwoorden, met jullie contactpersonen.',
      'The preview now shows the advice for sample answers, with your contacts.',
    ],
    adviceFailed: [
      'Het voorbeeld kon niet tot het advies komen. Klik zelf door in het voorbeeld.',
      'The preview could not get to the advice. Click through the preview yourself.',
    ],
    frameTitle: ['Keuzehulp werkstress', 'Work stress choice aid'],
    whereButton: [(name) => `Toon waar dit verschijnt: ${name}`, (name) => `Show where this appears: ${name}`],
    whereNever: [(name) => `${name}: `, (name) => `${name}: `],
    whereFolded: [
      'Het staat dan onder "Meer hulp": open dat in het voorbeeld.',
      'It is then under "More help": open that in the preview.',
    ],
    whereShown: [
      (name) => `Het voorbeeld toont nu een advies met ${name}. Jullie contact daar is rood omlijnd.`,
      (name) => `The preview now shows advice with ${name}. Your contact there is outlined in red.`,
    ],
    whereMissing: [
      (name) => `Het voorbeeld toont het advies, maar jullie contact bij ${name} staat er niet bij. Kijk bij de melding boven het advies.`,
      (name) => `The preview shows the advice, but your contact for ${name} is not in it. See the message above the advice.`,
    ],
  };
  /** @param {any} entry @param {number} i */
  const pick = (entry, i) => (Array.isArray(entry) ? entry[i]
    : Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, pick(v, i)])));
  return { nl: pick(both, 0), en: pick(both, 1) };
}

/** For a double-quoted attribute. @param {string} s */
export const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** For a single-quoted attribute (the contacts' JSON keeps its double quotes). @param {string} s */
export const escapeSingle = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
/** For text between tags. @param {string} s */
export const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Preset text (typed or pasted) read as the widget reads it: the questions it
 * sets (question id → option ids), the never-preset questions it names (fase)
 * and the parts that are not a question and its options (each as typed).
 * @param {string} text
 * @param {Vocabulary} vocab
 */
export function readPreset(text, vocab) {
  /** @type {Map<string, string[]>} */
  const chosen = new Map();
  /** @type {{ id: string, label: string }[]} */
  const never = [];
  /** @type {string[]} */
  const unknown = [];
  for (const part of presetParts(text)) {
    if (!part.trim()) continue;
    const [key, values] = presetPart(part) ?? [];
    const q = vocab.questions.find((x) => x.id === key);
    const n = vocab.never.find((x) => x.id === key);
    if (n) {
      if (!never.includes(n)) never.push(n);
    } else if (!q || chosen.has(key) || !values.length || (!q.many && values.length > 1)
      || values.some((v) => !q.options.some((o) => o.id === v))) {
      unknown.push(part.trim());
    } else {
      chosen.set(key, values);
    }
  }
  return { chosen, never, unknown };
}

/**
 * The answers in the VOCABULARY encoding, in question order.
 * @param {Question[]} questions
 * @param {(q: Question) => string[]} chosen the options chosen for a question
 */
export function presetString(questions, chosen) {
  const parts = [];
  for (const q of questions) {
    const values = chosen(q).filter(Boolean);
    if (values.length) parts.push(`${q.id}=${values.join(',')}`);
  }
  return parts.join('&');
}

/**
 * A contacts address as embed.js fetches it: https, or an address on the
 * intranet itself (relative); no white space. Not empty (the page then asks
 * for the address: an empty one once passed, and the code had no contacts).
 * @param {string} value
 */
export function contactsUrlOk(value) {
  if (!value) return false;
  try {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
    return new URL(value, 'https://intranet.invalid/').protocol === 'https:' && (!scheme || /^https:\/\/[^/]/i.test(value))
      && !/\s/.test(value);
  } catch {
    return false; // not a URL
  }
}

/**
 * The code "directly in the page": the script and the element with its
 * attributes, the fallback content inside.
 * @param {Settings} s
 * @param {string} site the keuzehulp's address (ends in /)
 * @param {any} fallback the crisis line and texts (FALLBACK)
 */
export function directSnippet(s, site, fallback) {
  const attrs = [];
  if (s.lang) attrs.push(`lang="${escapeAttr(s.lang)}"`);
  if (s.preset) attrs.push(`preset="${escapeAttr(s.preset)}"`);
  if (s.contacts) {
    attrs.push(s.contacts.startsWith('{') ? `contacts='${escapeSingle(s.contacts)}'` : `contacts="${escapeAttr(s.contacts)}"`);
  }
  if (s.light) attrs.push('theme="light"');
  const style = Object.entries(s.tokens).map(([k, v]) => `${k}: ${v};`).join(' ');
  if (style) attrs.push(`style="${escapeAttr(style)}"`);
  const open = attrs.length ? `<keuzehulp-widget\n  ${attrs.join('\n  ')}>` : '<keuzehulp-widget>';
  return `<script type="module" src="${escapeAttr(new URL('embed.js', site).href)}"></script>\n${open}\n`
    + `${fallbackContent(s.lang, site, fallback)}\n</keuzehulp-widget>`;
}

/**
 * What the element shows until the widget is there, and if it never comes
 * (embed.js blocked or unreachable): the crisis line and a link to the site,
 * in the widget's language (both when the visitor's browser decides). The
 * widget's shadow root hides it once embed.js runs. From the Rust, like the
 * widget's own crisis line (FALLBACK).
 * @param {string} lang '' (the browser decides), 'nl' or 'en'
 * @param {string} site
 * @param {any} fallback
 */
export function fallbackContent(lang, site, fallback) {
  const line = (/** @type {string} */ code) => {
    const { heading, line: pieces } = fallback.crisis[code];
    const text = pieces.map((/** @type {any} */ p) => (typeof p === 'string' ? escapeText(p)
      : `<a href="${escapeAttr(p.tel)}">${escapeText(p.shown)}</a>`)).join('');
    const open = `<a href="${escapeAttr(site)}">${escapeText(fallback.text[code].widgetOpen)}</a>`;
    return `  <p${lang ? '' : ` lang="${code}"`}><strong>${escapeText(heading)}</strong> ${text} ${open}.</p>`;
  };
  return (lang ? [lang] : ['nl', 'en']).map(line).join('\n');
}

/** The iframe's address: the settings as query parameters. @param {Settings} s @param {string} site */
export function frameUrl(s, site) {
  const url = new URL('embed.html', site);
  if (s.lang) url.searchParams.set('lang', s.lang);
  if (s.preset) url.searchParams.set('preset', s.preset);
  // The iframe page fetches nothing: the contacts go in as JSON, never as a file.
  if (s.contacts.startsWith('{')) url.searchParams.set('contacts', s.contacts);
  if (s.light) url.searchParams.set('theme', 'light');
  for (const key of /** @type {const} */ (['accent', 'text', 'bg'])) {
    if (s.colours[key]) url.searchParams.set(key, s.colours[key]);
  }
  return url.href;
}

/**
 * The iframe code; its title and lang follow the widget's language (the
 * visitor's browser's: both names).
 * @param {Settings} s
 * @param {string} site
 * @param {{ nl: any, en: any }} msg `messages()`
 */
export function frameSnippet(s, site, msg) {
  const title = s.lang ? msg[s.lang].frameTitle : `${msg.nl.frameTitle} (${msg.en.frameTitle})`;
  const lang = s.lang ? ` lang="${escapeAttr(s.lang)}"` : '';
  return `<iframe data-keuzehulp src="${escapeAttr(frameUrl(s, site))}"${lang}\n  title="${escapeAttr(title)}" width="100%" height="700" loading="lazy"></iframe>\n`
    + `<script src="${escapeAttr(new URL('embed-frame.js', site).href)}" defer></script>`;
}

/** Which colour field a pair of `surfaces` is about (for the error summary's link); else kb-text. */
export const CONTRAST_FIELD = { button: 'kb-accent', 'button-hover': 'kb-accent', 'link-bg': 'kb-accent', 'link-surface': 'kb-accent' };

/**
 * A ratio with one decimal, rounded down (4.48 is 4,4:1, never a passing-looking 4,5:1).
 * @param {number} r @param {string} decimal
 */
export const ratioText = (r, decimal) => (Math.floor(r * 10) / 10).toFixed(1).replace('.', decimal);

/**
 * Own colours checked against every surface they reach (embed-theme.js
 * `surfaces`, the crisis box included): '' without own colours; the ratios
 * when all are at least 4.5:1; else which pairs fall short.
 * @param {Settings} s
 * @param {any} m the messages of one language
 */
export function contrastReport(s, m) {
  if (!Object.keys(s.colours).length) return '';
  const all = surfaces(s.colours);
  const low = all.filter((p) => p.ratio < MIN_CONTRAST);
  if (!low.length) {
    const ratio = (/** @type {string} */ key) => ratioText(all.find((p) => p.key === key).ratio, m.decimal);
    return m.contrastGood(`${m.textBg} ${ratio('text-bg')}:1, ${m.accentBg} ${ratio('link-bg')}:1, ${m.buttons} ${ratio('button')}:1`);
  }
  return m.contrastLow(low.map((p) => `${m.surfaces[p.key]} (${ratioText(p.ratio, m.decimal)}:1)`).join(', '));
}

/**
 * The contrast shortfalls as problems (one per colour field), which refuse Copy.
 * @param {Settings} s
 * @param {any} m the messages of one language
 * @returns {{ id: string, message: string }[]}
 */
export function contrastProblems(s, m) {
  if (!Object.keys(s.colours).length) return [];
  const byField = new Map();
  for (const p of surfaces(s.colours).filter((x) => x.ratio < MIN_CONTRAST)) {
    const id = CONTRAST_FIELD[p.key] ?? 'kb-text';
    byField.set(id, [...(byField.get(id) ?? []), p]);
  }
  return [...byField].map(([id, list]) => ({
    id, message: m.contrastLow(list.map((/** @type {any} */ p) => `${m.surfaces[p.key]} (${ratioText(p.ratio, m.decimal)}:1)`).join(', ')),
  }));
}
