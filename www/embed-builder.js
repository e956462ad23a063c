// The embed builder (embed-builder.html): HR picks the language, preset
// answers, colours and contacts, sees a live <keuzehulp-widget>, and copies
// the code for both embed modes. The questions, options and experts come from
// the app itself (embed_vocabulary in the wasm), so they never drift.
//
// fase is never preset (src/preset.rs): it is the question that leads a person
// in crisis to help. The vocabulary lists it apart ("never"); the builder does
// not offer it, says why, and refuses it with an inline message when it comes
// in as text (pasted from older code, or typed).

import { embed_vocabulary } from './pkg-widget/keuzehulp.js';
import { loadWith, SITE } from './embed.js';
import { palette, colours, contrast } from './embed-theme.js';

const $ = (id) => document.getElementById(id);
const form = $('kb-form');
const FIELDS = [
  ['name', 'Naam', 'text', 'name'],
  ['phone', 'Telefoon', 'tel', 'tel'],
  ['email', 'E-mail', 'email', 'email'],
  ['url', 'Webpagina (https://…)', 'url', 'url'],
  ['hours', 'Bereikbaar (bijvoorbeeld ma-vr 9-17)', 'text', 'off'],
];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false && value != null) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** One select per single-choice question, checkboxes for the multiple-choice one. */
function questionFields(questions) {
  return questions.map((q) => {
    if (q.many) {
      return el('fieldset', { class: 'kb-fieldset kb-fieldset--inner' },
        el('legend', {}, q.label),
        el('p', { class: 'kb-hint' }, 'Niets aangevinkt: de bezoeker kiest zelf.'),
        ...q.options.map((o) => el('label', { class: 'kb-check' },
          el('input', { type: 'checkbox', name: `q-${q.id}`, value: o.id, 'data-question': q.id }), ` ${o.label}`)));
    }
    const id = `kb-q-${q.id}`;
    return el('p', { class: 'kb-field' },
      el('label', { for: id }, q.label),
      el('select', { id, name: `q-${q.id}`, 'data-question': q.id },
        el('option', { value: '' }, 'De bezoeker kiest zelf'),
        ...q.options.map((o) => el('option', { value: o.id }, o.label))));
  });
}

/** A small form per expert, folded. */
function contactFields(experts) {
  return experts.map((e) => el('details', { class: 'kb-expert' },
    el('summary', {}, e.name),
    ...FIELDS.map(([field, label, type, autocomplete]) => {
      const id = `kb-c-${e.id}-${field}`;
      return el('p', { class: 'kb-field' },
        el('label', { for: id }, label),
        el('input', { id, type, name: id, autocomplete, 'data-expert': e.id, 'data-field': field, spellcheck: 'false' }));
    })));
}

/** Why a question is never preset (fase), in one sentence for the page. */
const neverWhy = (q) => `“${q.label}” kan niet vast: met die vraag komt iemand die in crisis is meteen bij hulp, `
  + 'zoals 113. Daarom stelt de keuzehulp die vraag altijd, aan iedereen.';

/** A part of a preset as the app reads it (crates/engine/src/answers.rs): [key, values] or null. */
function readPart(part) {
  const decoded = part.replace(/%[0-9a-f]{2}/gi, (m) => String.fromCharCode(parseInt(m.slice(1), 16))).trim();
  const eq = decoded.indexOf('=');
  if (eq <= 0) return null;
  const values = decoded.slice(eq + 1).split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  return [decoded.slice(0, eq).trim().toLowerCase(), values];
}

/**
 * Sets the question fields from preset text (typed or pasted) and says inline
 * what was refused: a never-preset question (fase) with the reason, and parts
 * that are not a question and its options. Only the fields go into the code,
 * so a refused part never reaches it.
 */
function presetFromText(vocab) {
  const input = $('kb-preset-text');
  const chosen = new Map();
  const never = [];
  const unknown = [];
  for (const part of input.value.trim().replace(/^[#?]+/, '').split('&')) {
    if (!part.trim()) continue;
    const [key, values] = readPart(part) ?? [];
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
  for (const q of vocab.questions) {
    const values = chosen.get(q.id) ?? [];
    if (q.many) {
      for (const box of form.querySelectorAll(`input[data-question="${q.id}"]`)) box.checked = values.includes(box.value);
    } else {
      form.querySelector(`select[data-question="${q.id}"]`).value = values[0] ?? '';
    }
  }
  const messages = never.map((q) => `${neverWhy(q)} Dat deel staat dus niet in de code.`);
  if (unknown.length) messages.push(`Niet herkend, en dus niet in de code: ${unknown.join(', ')}.`);
  const message = messages.join(' ');
  if ($('kb-preset-error').textContent !== message) $('kb-preset-error').textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function radio(name) {
  return form.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
}

/** The answers in the VOCABULARY encoding, in question order. */
function presetString(questions) {
  const parts = [];
  for (const q of questions) {
    const chosen = q.many
      ? [...form.querySelectorAll(`input[data-question="${q.id}"]:checked`)].map((i) => i.value)
      : [form.querySelector(`select[data-question="${q.id}"]`).value].filter(Boolean);
    if (chosen.length) parts.push(`${q.id}=${chosen.join(',')}`);
  }
  return parts.join('&');
}

/** The form's contacts as an object (only experts with something filled in). */
function formContacts() {
  const out = {};
  for (const input of form.querySelectorAll('input[data-expert]')) {
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
    case 'json': return $('kb-json').value.trim();
    case 'url': return $('kb-url').value.trim();
    default: return '';
  }
}

function settings(questions) {
  const own = $('kb-own-colours').checked;
  const chosen = own ? { accent: $('kb-accent').value, text: $('kb-text').value, bg: $('kb-bg').value } : {};
  return {
    lang: radio('lang'),
    preset: presetString(questions),
    contacts: contactsValue(),
    light: own || $('kb-light').checked,
    colours: chosen,
    tokens: palette(chosen),
  };
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeSingle = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');

function directSnippet(s) {
  const attrs = [];
  if (s.lang) attrs.push(`lang="${s.lang}"`);
  if (s.preset) attrs.push(`preset="${escapeAttr(s.preset)}"`);
  if (s.contacts) {
    attrs.push(s.contacts.startsWith('{') ? `contacts='${escapeSingle(s.contacts)}'` : `contacts="${escapeAttr(s.contacts)}"`);
  }
  if (s.light) attrs.push('theme="light"');
  const style = Object.entries(s.tokens).map(([k, v]) => `${k}: ${v};`).join(' ');
  if (style) attrs.push(`style="${style}"`);
  const open = attrs.length ? `<keuzehulp-widget\n  ${attrs.join('\n  ')}>` : '<keuzehulp-widget>';
  return `<script type="module" src="${new URL('embed.js', SITE)}"></script>\n${open}</keuzehulp-widget>`;
}

function frameUrl(s) {
  const url = new URL('embed.html', SITE);
  if (s.lang) url.searchParams.set('lang', s.lang);
  if (s.preset) url.searchParams.set('preset', s.preset);
  // The iframe page fetches nothing: the contacts go in as JSON, never as a file.
  if (s.contacts.startsWith('{')) url.searchParams.set('contacts', s.contacts);
  if (s.light) url.searchParams.set('theme', 'light');
  for (const key of ['accent', 'text', 'bg']) {
    if (s.colours[key]) url.searchParams.set(key, s.colours[key]);
  }
  return url.href;
}

function frameSnippet(s) {
  return `<iframe data-keuzehulp src="${escapeAttr(frameUrl(s))}"\n  title="Keuzehulp werkstress" width="100%" height="700" loading="lazy"></iframe>\n`
    + `<script src="${new URL('embed-frame.js', SITE)}" defer></script>`;
}

function contrastReport(s) {
  if (!Object.keys(s.colours).length) return '';
  const c = colours(s.colours);
  const checks = [
    ['tekst en achtergrond', contrast(c.text, c.bg)],
    ['accentkleur en achtergrond', contrast(c.accent, c.bg)],
  ];
  const low = checks.filter(([, ratio]) => ratio < 4.5);
  const fmt = (r) => r.toFixed(1).replace('.', ',');
  if (!low.length) return `Het contrast is goed (${checks.map(([n, r]) => `${n} ${fmt(r)}:1`).join(', ')}).`;
  return `Let op: te weinig contrast tussen ${low.map(([n, r]) => `${n} (${fmt(r)}:1)`).join(' en ')}. `
    + 'Dat moet minstens 4,5:1 zijn, anders is de tekst voor veel mensen slecht te lezen.';
}

/**
 * A fresh <keuzehulp-widget> with these settings in the preview. A contacts
 * file is not fetched here (this page may only talk to its own origin): the
 * preview then shows the advice without it.
 */
function preview(s) {
  const widget = document.createElement('keuzehulp-widget');
  if (s.lang) widget.setAttribute('lang', s.lang);
  if (s.preset) widget.setAttribute('preset', s.preset);
  if (s.contacts.startsWith('{')) widget.setAttribute('contacts', s.contacts);
  if (s.light) widget.setAttribute('theme', 'light');
  for (const [k, v] of Object.entries(s.tokens)) widget.style.setProperty(k, v);
  $('kb-preview').replaceChildren(widget);
}

function showContactsMode() {
  const mode = radio('contacts-mode');
  $('kb-contacts-form').hidden = mode !== 'form';
  $('kb-contacts-json').hidden = mode !== 'json';
  $('kb-contacts-url').hidden = mode !== 'url';
}

async function copy(id) {
  const area = $(id);
  const status = $(`${id}-status`);
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'De code is gekopieerd. Plak hem in de HTML van je intranetpagina.';
  } catch {
    area.focus();
    area.select();
    status.textContent = 'Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).';
  }
}

async function main() {
  await loadWith('nl');
  const vocab = JSON.parse(embed_vocabulary('nl'));
  $('kb-questions').replaceChildren(...questionFields(vocab.questions));
  $('kb-never').textContent = vocab.never.map(neverWhy).join(' ');
  $('kb-contacts-form').replaceChildren(...contactFields(vocab.experts));
  const origin = new URL(SITE).origin;
  $('kb-csp-direct').textContent = `script-src ${origin} 'wasm-unsafe-eval'; style-src ${origin}; connect-src ${origin}`;
  $('kb-csp-frame').textContent = `frame-src ${origin}; script-src ${origin}`;

  let last = null;
  let timer = 0;
  const update = ({ now = false } = {}) => {
    const own = $('kb-own-colours').checked;
    for (const id of ['kb-accent', 'kb-text', 'kb-bg']) $(id).disabled = !own;
    $('kb-light').disabled = own;
    if (own) $('kb-light').checked = true;
    showContactsMode();
    const s = settings(vocab.questions);
    $('kb-direct').value = directSnippet(s);
    $('kb-frame').value = frameSnippet(s);
    const fromFile = radio('contacts-mode') === 'url' && s.contacts !== '';
    const fileNote = fromFile
      ? 'Let op: het voorbeeld en de iframe-code halen geen bestand op. Wil je het iframe gebruiken, kies dan "Invullen per soort hulp" of "JSON plakken".'
      : '';
    if ($('kb-frame-note').textContent !== fileNote) $('kb-frame-note').textContent = fileNote;
    const report = contrastReport(s);
    if ($('kb-contrast').textContent !== report) $('kb-contrast').textContent = report;
    const key = JSON.stringify([s.lang, s.preset, s.contacts, s.light, s.tokens]);
    if (key === last) return;
    last = key;
    clearTimeout(timer);
    // Typing re-creates the preview once the typing pauses.
    if (now) preview(s);
    else timer = setTimeout(() => preview(s), 400);
  };
  // The preset as text and the question fields follow each other.
  const follow = (event) => {
    if (event.target.id === 'kb-preset-text') {
      presetFromText(vocab);
    } else if (event.target.dataset?.question) {
      $('kb-preset-text').value = presetString(vocab.questions);
      $('kb-preset-error').textContent = '';
      $('kb-preset-text').removeAttribute('aria-invalid');
    }
    update();
  };
  form.addEventListener('input', follow);
  form.addEventListener('change', follow);
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', () => copy(button.dataset.copy));
  }
  // Switching from the form to JSON starts the JSON from the form.
  for (const input of form.querySelectorAll('input[name="contacts-mode"]')) {
    input.addEventListener('change', () => {
      if (input.value === 'json' && input.checked && !$('kb-json').value.trim()) {
        const c = formContacts();
        if (Object.keys(c).length) $('kb-json').value = JSON.stringify(c, null, 2);
      }
    });
  }
  update({ now: true });
  document.documentElement.dataset.keuzehulp = 'ready';
}

main().catch((err) => {
  console.error('keuzehulp: the embed builder could not start:', err);
  $('kb-failed').hidden = false;
  document.documentElement.dataset.keuzehulp = 'failed';
});
