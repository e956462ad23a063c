// The embed builder (embed-builder.html): HR picks the language, preset
// answers, colours and contacts, sees a live <keuzehulp-widget>, and copies
// the code for both embed modes. The questions, options and experts come from
// the app itself (embed_vocabulary in the wasm), so they never drift; contacts
// are read by the widget's own reader (check_contacts: the same messages as
// `keuzehulp contacts check`), never by a second one here.
//
// Every field is checked where it is typed (GOV.UK pattern): an inline error
// between its label and the field once the field was left (or Copy pressed),
// and an error summary at the top when Copy is pressed with problems: Copy is
// refused until there are none. The preview widget has `debug`, so it shows
// setup problems in full (visitors never see them).
//
// fase is never preset (src/preset.rs): it is the question that leads a person
// in crisis to help. The vocabulary lists it apart ("never"); the builder does
// not offer it, says why, and refuses it when it comes in as text.
//
// The page is Dutch in the HTML; TEXT.en has every [data-t] text in English
// and MSG (embed-code.js) the texts this script writes, in both. ?lang=en
// opens it in English. What is pure (the snippets, their escaping, the preset
// reader, the contrast verdicts) is in embed-code.js, with unit tests.

import { embed_vocabulary, check_contacts, contact_shown } from './pkg-widget-plan/keuzehulp.js';
import { loadWith, SITE, presetPart } from './embed.js';
import { palette } from './embed-theme.js';
import {
  messages, readPreset, presetString as presetOf, contactsUrlOk, directSnippet as direct, frameSnippet as iframeSnippet, contrastReport as report,
  contrastProblems as shortfalls,
} from './embed-code.js';

/** The crisis line and the messages, from the Rust (`keuzehulp fallback --json`, written in by the build). */
const FALLBACK = /** @type {any} */ ("__FALLBACK__");
const SUICIDE = FALLBACK.numbers.suicide.shown;

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** The page's inputs and text areas by id (embed-builder.html: a missing one is a bug of the page). */
const $input = (/** @type {string} */ id) => /** @type {HTMLInputElement} */ (document.getElementById(id));
const $area = (/** @type {string} */ id) => /** @type {HTMLTextAreaElement} */ (document.getElementById(id));
/** The inputs in `root` that match `selector`. @param {string} selector @param {ParentNode} [root] */
const $inputs = (selector, root = form) => /** @type {HTMLInputElement[]} */ ([...root.querySelectorAll(selector)]);
/** The select of a single-choice question. @param {string} id */
const $select = (id) => /** @type {HTMLSelectElement} */ (form.querySelector(`select[data-question="${id}"]`));
const form = /** @type {HTMLFormElement} */ ($('kb-form'));

/** English for every element with data-t (the Dutch is in the HTML). Our own literals: set as HTML. */
const TEXT_EN = {
  home: 'To the choice aid',
  employers: 'For employers and HR',
  h1: 'The choice aid on your intranet',
  lead: 'For HR and communications: set up the work stress choice aid for your organisation, see in the preview '
    + 'how it looks, and copy the code to your intranet. What visitors enter stays on their own device: neither you nor we see it.',
  failed: 'This page could not start. Use a recent browser, or copy the example code from the README.',
  summaryTitle: 'There is a problem',
  summaryLead: 'Please fix this first. Until then the code cannot be copied.',
  settings: 'Settings',
  langLegend: 'Language of the choice aid',
  langBrowser: 'The language of the visitor’s browser',
  langNl: 'Dutch (Nederlands)',
  langEn: 'English',
  presetLegend: 'Fixed answers',
  presetHint: 'What is the same for everyone in your organisation need not be answered: the choice aid skips those '
    + 'questions. Usually the sector and the size.',
  presetText: 'Fixed answers as text, as in the code',
  presetTextHint: 'You can also paste fixed answers from existing code here, for example <code>sector=zorg-welzijn&amp;omvang=groot</code>.',
  coloursLegend: 'Colours',
  ownColours: 'Use our own colours',
  accent: 'Accent colour (buttons and links)',
  textColour: 'Text colour',
  bg: 'Background',
  light: 'Always light, also when the visitor uses dark mode',
  lightHint: 'With your own colours the choice aid is always light.',
  contactsLegend: 'Contacts in your organisation',
  contactsHint: 'The advice then also shows your own contacts, with the kind of help they belong to: for example the name '
    + 'and number of your company doctor or confidential adviser. Links must start with https://.',
  modeNone: 'No contacts of our own',
  modeForm: 'Fill in per kind of help',
  modeJson: 'Paste or drop a contacts file (JSON)',
  modeUrl: 'Address of a JSON file on your intranet',
  json: 'Contact details as JSON',
  jsonHint: 'Paste the file’s content here, or drop the file here. Per kind of help (for example <code>bedrijfsarts</code>) '
    + 'one contact or a list: <code>name</code>, <code>phone</code>, <code>email</code>, <code>url</code>, <code>hours</code>. '
    + 'The builder reads it as the choice aid reads it (and as <code>keuzehulp contacts check</code> does).',
  jsonFile: 'Or choose the file',
  url: 'Address of the JSON file',
  urlHint: 'Only for the code “directly in the page”. The file is fetched without cookies (so not behind a login) and must '
    + 'be on your intranet itself, or on https with the header <code>Access-Control-Allow-Origin</code>. Check it first: '
    + 'paste it above as a “contacts file”, or use <code>keuzehulp contacts check</code>.',
  showAdviceForm: 'See the advice in the preview',
  preview: 'Preview',
  previewHint: 'This is how the choice aid looks on your intranet. It follows your settings. “Show advice” fills in sample '
    + 'answers, so you see the advice with your contacts at once. Problems with the settings show here; visitors of your '
    + 'intranet never see them.',
  showAdvice: 'Show advice',
  whereTitle: 'Where do your contacts appear?',
  whereHint: 'Each contact shows with its kind of help, when that help is in the advice. Choose a contact: the preview '
    + 'fills in answers with which it appears, and outlines it.',
  previewRestart: 'Start again',
  code: 'Code for your intranet',
  codeLead: 'There are two ways. Choose the first if your intranet allows it; the second almost always works.',
  directTitle: '1. Directly in the page',
  directLead: 'The choice aid becomes part of the page and is as tall as its content. IT sets up the page for it: send them '
    + 'the <a href="employers.html#kh-hr-it">message for IT</a>.',
  forIt: 'For IT: the settings (Content-Security-Policy)',
  directLabel: 'Code: directly in the page',
  copy: 'Copy this code',
  frameTitle: '2. In an iframe',
  frameLead: 'When the first way is not allowed on your intranet, IT will know. The choice aid then sits in a frame of its own, '
    + 'as tall as its content.',
  frameLabel: 'Code: in an iframe',
  testIt: 'Then test it on your intranet: open the page, click through to the advice and check that your contacts are '
    + 'there. Add the attribute <code>debug</code> to <code>&lt;keuzehulp-widget&gt;</code> for a while (or <code>&amp;debug</code> '
    + 'after the iframe’s address) to see what is wrong; visitors never see that.',
};

/** The texts this script writes (embed-code.js). */
const MSG = messages(SUICIDE);

/** Sample answers for "Toon advies" (fase: a stage that is no crisis); other questions: their first option. */
const SAMPLE = { rol: 'werknemer', fase: 'signalen', niveau: 'individu', factoren: 'werkdruk' };
const FIELDS = [['name', 'text', 'name'], ['phone', 'tel', 'tel'], ['email', 'email', 'email'], ['url', 'url', 'url'], ['hours', 'text', 'off']];

let ui = 'nl';
let m = MSG.nl;
let vocab = null;
/** Fields the user has left (their errors show inline); all of them after a refused Copy. */
const touched = new Set();
let attempted = false;
/** The preset text's own problems (fase, unknown parts), set when it is typed. */
let presetProblems = [];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false && value != null) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** The widget's own contacts reader: {problems: [{line, col, message}], contacts, experts}. */
const readContacts = (text) => JSON.parse(check_contacts(text, ui));

/** One select per single-choice question, checkboxes for the multiple-choice one. */
function questionFields(questions) {
  return questions.map((q) => {
    if (q.many) {
      return el('fieldset', { class: 'kb-fieldset kb-fieldset--inner' },
        el('legend', {}, q.label),
        el('p', { class: 'kb-hint' }, m.noneTicked),
        ...q.options.map((o) => el('label', { class: 'kb-check' },
          el('input', { type: 'checkbox', name: `q-${q.id}`, value: o.id, 'data-question': q.id }), ` ${o.label}`)));
    }
    const id = `kb-q-${q.id}`;
    return el('p', { class: 'kb-field' },
      el('label', { for: id }, q.label),
      el('select', { id, name: `q-${q.id}`, 'data-question': q.id },
        el('option', { value: '' }, m.visitorChooses),
        ...q.options.map((o) => el('option', { value: o.id }, o.label))));
  });
}

/** A small form per expert, folded; each field with its inline error. */
function contactFields(experts) {
  return experts.map((e) => el('details', { class: 'kb-expert', 'data-expert-box': e.id },
    el('summary', {}, e.name),
    ...FIELDS.map(([field, type, autocomplete]) => {
      const id = `kb-c-${e.id}-${field}`;
      return el('div', { class: 'kb-field', id: `${id}-field` },
        el('label', { for: id }, m.fields[field]),
        el('span', { class: 'kb-error', id: `${id}-error` }),
        el('input', {
          id, type, name: id, autocomplete, 'data-expert': e.id, 'data-expert-name': e.name, 'data-field': field,
          spellcheck: 'false', 'aria-describedby': `${id}-error`,
        }));
    })));
}

/**
 * Sets the question fields from preset text (typed or pasted) and notes what
 * was refused: a never-preset question (fase) with the reason, and parts that
 * are not a question and its options. Only the fields go into the code, so a
 * refused part never reaches it.
 */
function presetFromText() {
  const { chosen, never, unknown } = readPreset($input('kb-preset-text').value, vocab);
  setPresetFields(chosen);
  presetProblems = never.map((q) => `${m.neverWhy(q.label)} ${m.neverRefused}`);
  if (unknown.length) presetProblems.push(m.unknown(unknown.join(', ')));
}

/** Question fields from a map question id → option ids. */
function setPresetFields(chosen) {
  for (const q of vocab.questions) {
    const values = chosen.get(q.id) ?? [];
    if (q.many) {
      for (const box of $inputs(`input[data-question="${q.id}"]`)) box.checked = values.includes(box.value);
    } else {
      $select(q.id).value = values[0] ?? '';
    }
  }
}

const radio = (/** @type {string} */ name) => $inputs(`input[name="${name}"]:checked`)[0]?.value ?? '';

/** The answers in the VOCABULARY encoding, in question order. */
function presetString() {
  return presetOf(vocab.questions, (q) => (q.many
    ? $inputs(`input[data-question="${q.id}"]:checked`).map((i) => i.value)
    : [$select(q.id).value]));
}

/** The form's contacts as an object (only experts with something filled in). */
function formContacts() {
  const out = {};
  for (const input of $inputs('input[data-expert]')) {
    const value = input.value.trim();
    if (!value) continue;
    (out[input.dataset.expert] ??= {})[input.dataset.field] = value;
  }
  return out;
}

/** The contacts attribute value: '' (none), JSON text or a URL. */
function contactsValue() {
  switch (radio('contacts-mode')) {
    case 'form': {
      const c = formContacts();
      return Object.keys(c).length ? JSON.stringify(c) : '';
    }
    case 'json': return $area('kb-json').value.trim();
    case 'url': return $input('kb-url').value.trim();
    default: return '';
  }
}

function settings() {
  const own = $input('kb-own-colours').checked;
  const chosen = own ? { accent: $input('kb-accent').value, text: $input('kb-text').value, bg: $input('kb-bg').value } : {};
  return {
    lang: radio('lang'),
    preset: presetString(),
    contacts: contactsValue(),
    light: own || $input('kb-light').checked,
    colours: chosen,
    tokens: palette(chosen),
  };
}

/**
 * Every problem as {id (the field), message}, in page order: the preset text,
 * then the contacts of the chosen way (each form field read on its own by the
 * widget's reader; the JSON as a whole, each problem with its line and column).
 */
function problems() {
  /** @type {{ id: string, message: string, label?: string, line?: number, col?: number }[]} */
  const out = presetProblems.map((message) => ({ id: 'kb-preset-text', message }));
  out.push(...contrastProblems(settings()));
  const mode = radio('contacts-mode');
  if (mode === 'form') {
    for (const input of $inputs('input[data-expert]')) {
      const value = input.value.trim();
      if (!value) continue;
      const { problems: found } = readContacts(JSON.stringify({ [input.dataset.expert]: { [input.dataset.field]: value } }));
      if (found.length) {
        out.push({ id: input.id, message: found.map((p) => p.message).join(' '), label: `${input.dataset.expertName}, ${m.fields[input.dataset.field]}` });
      }
    }
  } else if (mode === 'json') {
    const text = $area('kb-json').value;
    if (!text.trim()) out.push({ id: 'kb-json', message: m.jsonEmpty });
    for (const p of text.trim() ? readContacts(text).problems : []) {
      out.push({ id: 'kb-json', message: `${m.at(p.line, p.col)}${p.message}`, line: p.line, col: p.col });
    }
  } else if (mode === 'url') {
    const value = $input('kb-url').value.trim();
    const ok = contactsUrlOk(value);
    if (!ok) out.push({ id: 'kb-url', message: value ? m.urlBad : m.urlEmpty });
  }
  return out;
}

/** Inline errors (fields left or after a refused Copy) and the summary (after a refused Copy). */
function showProblems(list) {
  const byField = new Map();
  for (const p of list) {
    if (!attempted && !touched.has(p.id)) continue;
    byField.set(p.id, [...(byField.get(p.id) ?? []), p.message]);
  }
  for (const input of form.querySelectorAll('[aria-describedby]')) {
    const error = $(`${input.id}-error`);
    if (!error) continue;
    const messages = byField.get(input.id) ?? [];
    const text = messages.join(' ');
    if (error.textContent !== text) {
      error.replaceChildren(...(messages.length ? [el('span', { class: 'kh-visually-hidden' }, ui === 'en' ? 'Error: ' : 'Fout: '),
        ...messages.flatMap((msg, i) => (i ? [el('br'), msg] : [msg]))] : []));
    }
    $(`${input.id}-field`)?.classList.toggle('kb-field--error', messages.length > 0);
    if (messages.length) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  const summary = $('kb-summary');
  summary.hidden = !attempted || list.length === 0;
  const items = list.map((p) => el('li', {}, el('a', { href: `#${p.id}`, 'data-line': p.line ?? false, 'data-col': p.col ?? false },
    p.label ? `${p.label}: ${p.message}` : p.message)));
  const key = JSON.stringify(list) + ui;
  if (summary.dataset.key !== key) {
    summary.dataset.key = key;
    $('kb-summary-list').replaceChildren(...items);
  }
}

const directSnippet = (s) => direct(s, SITE, FALLBACK);
const frameSnippet = (s) => iframeSnippet(s, SITE, MSG);
const contrastReport = (s) => report(s, m);
const contrastProblems = (s) => shortfalls(s, m);

/**
 * A fresh <keuzehulp-widget> with these settings in the preview, with `debug`:
 * setup problems show in it. A contacts file is not fetched here (this page
 * may only talk to its own origin): the preview then shows the advice without it.
 */
function preview(s) {
  const widget = document.createElement('keuzehulp-widget');
  widget.setAttribute('debug', '');
  if (s.lang) widget.setAttribute('lang', s.lang);
  if (s.preset) widget.setAttribute('preset', s.preset);
  if (s.contacts.startsWith('{')) widget.setAttribute('contacts', s.contacts);
  if (s.light) widget.setAttribute('theme', 'light');
  for (const [k, v] of Object.entries(s.tokens)) widget.style.setProperty(k, v);
  $('kb-preview').replaceChildren(widget);
  showWhere(s);
  if (adviceWanted) showAdvice({ quiet: !where });
}

// "Toon waar dit verschijnt": per expert with a contact, answers (found by the
// app itself: contact_shown, never through a crisis) with which that expert
// shows in the advice; or why no answers do. A click fills in those answers.
/** {expert id, answers: {question: [options]}} while the preview shows a contact's place. */
let where = null;

/** The experts that have contacts in the settings: from the form, or the JSON as the widget reads it. */
function contactExperts(s) {
  if (!s.contacts.startsWith('{')) return [];
  const mode = radio('contacts-mode');
  const ids = mode === 'form' ? Object.keys(formContacts()) : (readContacts(s.contacts).ids ?? []);
  return vocab.experts.filter((e) => ids.includes(e.id));
}

function showWhere(s) {
  const experts = contactExperts(s);
  $('kb-where').hidden = experts.length === 0;
  $('kb-where-list').replaceChildren(...experts.map((e) => {
    const found = JSON.parse(contact_shown(s.preset, e.id, ui));
    if (found.reason !== undefined) {
      return el('li', { class: 'kb-where__never' }, el('strong', {}, m.whereNever(e.name)), found.reason);
    }
    const answers = Object.fromEntries(found.answers.split('&').map((p) => presetPart(p)).filter(Boolean));
    const button = el('button', { type: 'button', class: 'kh-button kh-button--secondary', 'data-where': e.id }, m.whereButton(e.name));
    button.addEventListener('click', () => {
      where = { expert: e, answers };
      adviceWanted = true;
      $('kb-preview-section').scrollIntoView({ block: 'start' });
      preview(settings());
    });
    return el('li', {}, button, found.open ? '' : el('span', { class: 'kb-hint kb-hint--block' }, m.whereFolded));
  }));
}

/** After the advice shows: outline the expert's card (its contacts in it) and say so. */
function markWhere(widget) {
  const { expert } = where;
  const cards = [...widget.shadowRoot.querySelectorAll('.kh-card')];
  const card = cards.find((c) => c.querySelector('.kh-card__title, .kh-card__summary')?.textContent.trim() === expert.name);
  const own = card?.querySelector('.kh-contacts');
  if (!own) return m.whereMissing(expert.name);
  if (card.tagName === 'DETAILS') card.open = true;
  // CSSOM, not a style attribute: the CSP allows this.
  card.style.outline = '4px solid #d4351c';
  card.style.outlineOffset = '4px';
  card.scrollIntoView({ block: 'center' });
  return m.whereShown(expert.name);
}

// "Toon advies": the preview answers its questions as a visitor would (the
// sample answers), so HR sees the advice with their contacts without clicking
// through. It uses the widget's own buttons: no way around the fase question.
let adviceWanted = false;
let adviceRun = 0;
const frame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); });

async function until(test, ms = 4000) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const value = test();
    if (value) return value;
    await frame();
  }
  return null;
}

async function showAdvice({ quiet = false } = {}) {
  adviceWanted = true;
  const run = ++adviceRun;
  const status = $('kb-preview-status');
  if (!quiet) status.textContent = m.filling;
  const widget = /** @type {HTMLElement} */ ($('kb-preview').querySelector('keuzehulp-widget'));
  const ready = await until(() => widget.isConnected && widget.dataset.state === 'ready' && widget.shadowRoot?.querySelector('h1'), 15000);
  let done = false;
  for (let i = 0; ready && i < 20 && run === adviceRun && widget.isConnected; i++) {
    const root = widget.shadowRoot;
    if (root.querySelector('article.kh-card')) { done = true; break; }
    const before = root.querySelector('h1')?.textContent;
    const question = root.querySelector('form[data-kh-question]');
    if (question) {
      const inputs = $inputs('input.kh-choice__input', question);
      const wanted = where?.answers[inputs[0]?.name];
      const picks = wanted ? inputs.filter((x) => wanted.includes(x.value)) : [inputs.find((x) => x.value === SAMPLE[x.name]) ?? inputs[0]];
      if (!picks.length || !picks[0]) break;
      for (const pick of picks) if (!pick.checked) pick.click();
      /** @type {HTMLButtonElement} */ (question.querySelector('button[type="submit"]')).click();
    } else {
      const go = /** @type {HTMLElement | null} */ (root.querySelector('[data-kh-go="advice"], .kh-button--start'));
      if (!go) break;
      go.click();
    }
    await until(() => root.querySelector('article.kh-card') || root.querySelector('h1')?.textContent !== before);
  }
  if (run !== adviceRun) return;
  if (!done) {
    status.textContent = m.adviceFailed;
    return;
  }
  // (The results paint their top first and the rest a frame later: aria-busy until then.)
  await until(() => widget.shadowRoot.querySelector('.kh-results:not([aria-busy])'));
  if (run !== adviceRun) return;
  if (where) {
    status.textContent = markWhere(widget);
    return;
  }
  const own = widget.shadowRoot.querySelector('.kh-contacts');
  status.textContent = own ? m.adviceContacts : m.advice;
  if (!quiet) (own ?? widget).scrollIntoView({ block: 'center' });
}

function showContactsMode() {
  const mode = radio('contacts-mode');
  $('kb-contacts-form').hidden = mode !== 'form';
  $('kb-contacts-json').hidden = mode !== 'json';
  $('kb-contacts-url').hidden = mode !== 'url';
}

async function copy(id) {
  const area = $area(id);
  const status = $(`${id}-status`);
  status.textContent = '';
  const found = problems();
  if (found.length) {
    // Copy is refused until every problem is solved: the summary says which, focused (GOV.UK).
    attempted = true;
    showProblems(found);
    status.textContent = m.copyBlocked(found.length);
    $('kb-summary').focus();
    return;
  }
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = m.copied;
  } catch {
    area.focus();
    area.select();
    status.textContent = m.copyFailed;
  }
}

/** A contacts file dropped on the JSON field, or chosen: its text into the field. */
async function readFile(file) {
  const status = $('kb-json-status');
  try {
    const text = await file.text();
    $area('kb-json').value = text;
    touched.add('kb-json');
    const { problems: found, contacts, experts } = readContacts(text);
    status.textContent = m.fileRead(file.name, contacts, experts, found.length);
  } catch {
    status.textContent = m.fileNotText(file.name);
  }
  update();
}

/** Translate the page: the [data-t] texts, the title, the switch link, the fields from the vocabulary. */
const NL = new Map();
async function setUiLang(lang) {
  await loadWith(lang);
  ui = lang;
  m = MSG[lang];
  for (const node of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-t]'))) {
    if (!NL.has(node)) NL.set(node, node.innerHTML);
    node.innerHTML = lang === 'en' ? TEXT_EN[node.dataset.t] : NL.get(node);
  }
  document.documentElement.lang = lang;
  /** @type {HTMLAnchorElement} */ (document.querySelector('a[data-t="employers"]')).href = lang === 'en' ? 'employers.html' : 'werkgevers.html';
  document.title = m.title;
  /** @type {HTMLMetaElement} */ (document.querySelector('meta[name="description"]')).content = m.description;
  const [other, name] = m.switchTo;
  const link = /** @type {HTMLAnchorElement} */ ($('kb-switch'));
  link.textContent = name;
  link.lang = other;
  link.hreflang = other;
  link.href = `?lang=${other}`;
  // The fields in this language, with what was chosen and typed kept.
  const preset = vocab ? presetString() : '';
  const typed = $inputs('input[data-expert]').map((i) => [i.id, i.value]);
  const open = /** @type {HTMLDetailsElement[]} */ ([...form.querySelectorAll('details[open]')]).map((d) => d.dataset.expertBox);
  vocab = JSON.parse(embed_vocabulary(lang));
  $('kb-questions').replaceChildren(...questionFields(vocab.questions));
  $('kb-never').textContent = vocab.never.map((q) => m.neverWhy(q.label)).join(' ');
  $('kb-contacts-form').replaceChildren(...contactFields(vocab.experts));
  setPresetFields(new Map(preset.split('&').map((p) => presetPart(p)).filter(Boolean)));
  for (const [id, value] of typed) if ($(id)) $input(id).value = value;
  for (const id of open) form.querySelector(`details[data-expert-box="${id}"]`)?.setAttribute('open', '');
  if ($input('kb-preset-text').value.trim()) presetFromText();
  for (const id of ['kb-json-status', 'kb-preview-status', 'kb-direct-status', 'kb-frame-status']) $(id).textContent = '';
  $('kb-summary').dataset.key = '';
}

let last = null;
let timer = 0;
function update({ now = false } = {}) {
  const own = $input('kb-own-colours').checked;
  for (const id of ['kb-accent', 'kb-text', 'kb-bg']) $input(id).disabled = !own;
  $input('kb-light').disabled = own;
  if (own) $input('kb-light').checked = true;
  showContactsMode();
  const s = settings();
  $area('kb-direct').value = directSnippet(s);
  $area('kb-frame').value = frameSnippet(s);
  const fromFile = radio('contacts-mode') === 'url' && s.contacts !== '';
  const fileNote = fromFile ? m.fileNote : '';
  if ($('kb-frame-note').textContent !== fileNote) $('kb-frame-note').textContent = fileNote;
  const report = contrastReport(s);
  if ($('kb-contrast').textContent !== report) $('kb-contrast').textContent = report;
  showProblems(problems());
  const key = JSON.stringify([s.lang, s.preset, s.contacts, s.light, s.tokens]);
  if (key === last) return;
  last = key;
  // New settings: the preview goes back to the sample answers.
  where = null;
  clearTimeout(timer);
  // Typing re-creates the preview once the typing pauses.
  if (now) preview(s);
  else timer = setTimeout(() => preview(s), 400);
}

async function main() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  await setUiLang(asked === 'en' ? 'en' : 'nl');
  // The security settings for IT: from src/embed_setup.rs (as the page for employers and README.md).
  const origin = new URL(SITE).origin;
  $('kb-csp-direct').textContent = vocab.csp.direct.replaceAll('{site}', origin);
  $('kb-csp-frame').textContent = vocab.csp.frame.replaceAll('{site}', origin);

  // The preset as text and the question fields follow each other.
  const follow = (event) => {
    if (event.target.id === 'kb-preset-text') {
      // (Pasted text is checked at once: a fase in it is refused as it arrives.)
      touched.add('kb-preset-text');
      presetFromText();
    } else if (event.target.dataset?.question) {
      $input('kb-preset-text').value = presetString();
      presetProblems = [];
    }
    update();
  };
  form.addEventListener('input', follow);
  form.addEventListener('change', (event) => {
    // A field that was left shows its error from now on (typing does not flag half-typed text).
    const { id } = /** @type {HTMLElement} */ (event.target);
    if (id) touched.add(id);
    follow(event);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const button of /** @type {NodeListOf<HTMLButtonElement>} */ (document.querySelectorAll('button[data-copy]'))) {
    button.addEventListener('click', () => copy(button.dataset.copy));
  }
  for (const button of document.querySelectorAll('button[data-show-advice]')) {
    button.addEventListener('click', () => {
      if (button.closest('form')) $('kb-preview-section').scrollIntoView({ block: 'start' });
      if (where) {
        // From a contact's place back to the sample answers: a fresh preview.
        where = null;
        adviceWanted = true;
        preview(settings());
        return;
      }
      showAdvice();
    });
  }
  $('kb-preview-restart').addEventListener('click', () => {
    adviceWanted = false;
    where = null;
    adviceRun += 1;
    $('kb-preview-status').textContent = '';
    last = null;
    update({ now: true });
  });
  // A summary link focuses its field (a folded contact opens; a JSON problem puts the cursor on its place).
  $('kb-summary-list').addEventListener('click', (event) => {
    const link = /** @type {Element} */ (event.target).closest('a');
    if (!link) return;
    event.preventDefault();
    const field = /** @type {HTMLInputElement | HTMLTextAreaElement | null} */ (document.getElementById(link.hash.slice(1)));
    if (!field) return;
    field.closest('details')?.setAttribute('open', '');
    field.focus();
    if (link.dataset.line) {
      const lines = field.value.split('\n');
      const [line, col] = [Number(link.dataset.line), Number(link.dataset.col)];
      const at = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
      field.setSelectionRange(at, at);
    }
  });
  // Switching from the form to JSON starts the JSON from the form.
  for (const input of $inputs('input[name="contacts-mode"]')) {
    input.addEventListener('change', () => {
      if (input.value === 'json' && input.checked && !$area('kb-json').value.trim()) {
        const c = formContacts();
        if (Object.keys(c).length) $area('kb-json').value = JSON.stringify(c, null, 2);
      }
    });
  }
  // A contacts file: dropped on the JSON panel, or chosen.
  const drop = $('kb-contacts-json');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('kb-drop'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('kb-drop'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('kb-drop');
    const file = e.dataTransfer?.files?.[0];
    if (file) readFile(file);
  });
  $('kb-json-file').addEventListener('change', (e) => {
    const file = /** @type {HTMLInputElement} */ (e.target).files?.[0];
    if (file) readFile(file);
  });
  // The page's own language switch: in place, everything typed kept.
  $('kb-switch').addEventListener('click', async (e) => {
    e.preventDefault();
    const lang = ui === 'en' ? 'nl' : 'en';
    await setUiLang(lang);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    update();
    $('kb-switch').focus();
  });
  update({ now: true });
  document.documentElement.dataset.keuzehulp = 'ready';
}

main().catch((err) => {
  console.error('keuzehulp: the embed builder could not start:', err);
  $('kb-failed').hidden = false;
  document.documentElement.dataset.keuzehulp = 'failed';
});
