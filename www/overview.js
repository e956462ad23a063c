// The overview's filters (overzicht.html / overview.html): a progressive
// enhancement in the GOV.UK "filter a list" pattern. Without this script the
// page lists everything. The state lives in the URL fragment
// (`#niveau=team,maatschappij&rol=hr&zoek=pesten&paneel=open`), so a filtered
// list can be shared (and opens with the panel as it was left) and
// back/forward work; a fragment without `=` is an item's anchor.
//
// Around the list: the panel's button says how many filters are on, the
// active filters are removable tags, the count stays in view and is announced,
// "Toon N resultaten" closes the panel on a phone, zero results name the
// combination and offer the nearest items and removing the last filter, and
// the filtered list can be copied as a link, downloaded as CSV or printed.

// The pure part (fragment codec, matching, CSV) is exported for the unit
// tests (tests/js/overview.test.mjs); the page part runs where there is a
// document.

export const SEARCH_KEY = 'zoek';
export const PANEL_KEY = 'paneel';

/** Lowercase without accents, so "financiele" finds "financiële". */
export const norm = (/** @type {string} */ s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * @typedef {{ [key: string]: any }} FilterState { facet key: [values], zoek: 'text', paneel: bool }
 * @typedef {{ key: string, anyWhenEmpty?: boolean }} Facet
 */

/**
 * The filters only (no panel), facets in the form's order: '' when nothing filters.
 * @param {FilterState} state
 * @param {string[]} keys the facets' keys
 */
export function filterFragment(state, keys) {
  const parts = [];
  for (const key of keys) {
    if (state[key]?.length) parts.push(`${key}=${state[key].map(encodeURIComponent).join(',')}`);
  }
  if (state[SEARCH_KEY]) parts.push(`${SEARCH_KEY}=${encodeURIComponent(state[SEARCH_KEY])}`);
  return parts.join('&');
}

/** @param {FilterState} state @param {string[]} keys */
export function toFragment(state, keys) {
  const filters = filterFragment(state, keys);
  return state[PANEL_KEY] ? `${filters}${filters ? '&' : ''}${PANEL_KEY}=open` : filters;
}

/**
 * A fragment with `=` holds filters; anything else (an anchor) is no state (null).
 * Only the keys named (the facets), `zoek` and `paneel` are read; a part with a
 * broken escape (`zoek=%`) is passed over.
 * @param {string} hash
 * @param {string[]} keys the facets' keys
 * @returns {FilterState | null}
 */
export function fromFragment(hash, keys) {
  const text = hash.replace(/^#/, '');
  if (!text.includes('=')) return null;
  /** @type {FilterState} */
  const state = {};
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (key !== PANEL_KEY && key !== SEARCH_KEY && !keys.includes(key)) continue;
    let decoded;
    try {
      decoded = value.split(',').map(decodeURIComponent);
    } catch {
      continue; // a broken escape: ignore that part
    }
    if (key === PANEL_KEY) state[key] = value === 'open';
    else state[key] = key === SEARCH_KEY ? decoded.join(',') : decoded.filter(Boolean);
  }
  return state;
}

/**
 * The criteria an item fails: facet keys, and SEARCH_KEY when the words are not all in its text.
 * @param {(key: string) => string[]} valuesOf the item's values of a facet
 * @param {() => string} text the item's text (normalised), asked only when there are words
 * @param {FilterState} state
 * @param {string[]} words normalised search words
 * @param {Facet[]} facets
 */
export function misses(valuesOf, text, state, words, facets) {
  const out = [];
  for (const f of facets) {
    const chosen = state[f.key] ?? [];
    if (!chosen.length) continue;
    const values = valuesOf(f.key);
    // "Fits this sector": an item for every sector fits each.
    if (!values.length && f.anyWhenEmpty) continue;
    if (!values.some((v) => chosen.includes(v))) out.push(f.key);
  }
  if (words.length && !words.every((w) => text().includes(w))) out.push(SEARCH_KEY);
  return out;
}

/** The search words of a search text (normalised). @param {string} text */
export const searchWords = (text) => norm(text ?? '').split(/\s+/).filter(Boolean);

/**
 * Zero results: the items that miss the fewest criteria (at most five); among
 * those, items that have a value where they miss (`blank` 0: a tool with another
 * evidence label) before items that have none (an approach has no evidence label).
 * @template T
 * @param {{ item: T, missed: string[], blank: number }[]} scored
 * @returns {{ item: T, missed: string[] }[]}
 */
export function nearest(scored) {
  const missing = scored.filter((s) => s.missed.length > 0);
  const fewest = Math.min(...missing.map((s) => s.missed.length));
  return missing.filter((s) => s.missed.length === fewest)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.blank - b.s.blank || a.i - b.i)
    .slice(0, 5)
    .map(({ s }) => ({ item: s.item, missed: s.missed }));
}

/**
 * The filters in the order they were switched on: those still on keep their
 * place, new ones go last. @param {string[]} order @param {string[]} now
 */
export const reorder = (order, now) => [...order.filter((x) => now.includes(x)), ...now.filter((x) => !order.includes(x))];

/** `text` with its %xx escapes decoded; as it is when an escape is broken (`#%`: no URIError). @param {string} text */
export function decodeOr(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The CSV text of rows: every cell quoted, white space folded, formulas
 * defused, a BOM first (Excel reads UTF-8 then), CRLF line ends.
 * @param {unknown[][]} rows
 * @param {string} separator
 */
export function csv(rows, separator) {
  const cell = (/** @type {unknown} */ value) => {
    let v = String(value ?? '').replace(/\s+/g, ' ').trim();
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or return) as a formula.
    if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
    return `"${v.replace(/"/g, '""')}"`;
  };
  return `\ufeff${rows.map((r) => r.map(cell).join(separator)).join('\r\n')}\r\n`;
}

if (typeof document !== 'undefined') start();

/** The page: the form, the list and the address bar. */
function start() {
  const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** All elements matching `selector` in `root`, of the kind the page gives them. */
  const all = (/** @type {string} */ selector, /** @type {ParentNode} */ root = document) => /** @type {HTMLElement[]} */ ([...root.querySelectorAll(selector)]);
  const form = $('kh-ov-filters');
  const count = $('kh-ov-count');
  const none = $('kh-ov-none');
  const search = /** @type {HTMLInputElement} */ ($('kh-ov-search'));
  const panel = /** @type {HTMLDetailsElement} */ (form.querySelector('.kh-ov-panel'));
  const toggle = $('kh-ov-toggle');
  const tags = $('kh-ov-tags');
  const items = all('.kh-ov-item');
  const sections = all('.kh-ov-section');
  const facets = all('fieldset[data-facet]', form).map((fs) => ({
    key: fs.dataset.facet,
    legend: fs.querySelector('legend').textContent.trim(),
    anyWhenEmpty: fs.hasAttribute('data-any-when-empty'),
    boxes: /** @type {HTMLInputElement[]} */ (all('input[type=checkbox]', fs)),
  }));
  /** [li, the item it links to] for each related link. */
  const related = all('.kh-ov-related li')
    .map((li) => /** @type {[HTMLElement, HTMLElement | null]} */ ([li, document.getElementById(li.querySelector('a').getAttribute('href').slice(1))]));
  const relatedBoxes = all('.kh-ov-related');
  const keys = facets.map((f) => f.key);
  const allText = count.textContent;
  /** The filters in the order they were switched on ("key=value"), for "remove the last filter". */
  let order = [];

  // Made at the first search, not while the page loads (a slow phone's first paint comes first).
  const haystacks = new Map();
  function haystack(item) {
    let hay = haystacks.get(item);
    if (hay === undefined) {
      hay = norm(`${item.querySelector('.kh-ov-item__name').textContent} ${item.querySelector('.kh-ov-item__line').textContent}`);
      haystacks.set(item, hay);
    }
    return hay;
  }

  /** The state the form shows: { key: [values], zoek: 'text', paneel: bool }. */
  function formState() {
    const state = {};
    for (const f of facets) state[f.key] = f.boxes.filter((b) => b.checked).map((b) => b.value);
    state[SEARCH_KEY] = search.value.trim();
    state[PANEL_KEY] = panel.open;
    return state;
  }

  function setForm(state) {
    for (const f of facets) {
      const chosen = (state && state[f.key]) || [];
      for (const b of f.boxes) b.checked = chosen.includes(b.value);
    }
    search.value = (state && typeof state[SEARCH_KEY] === 'string') ? state[SEARCH_KEY] : '';
  }

  /** The criteria an item fails (`misses`, read from its data-* attributes and text). */
  function itemMisses(item, state, words) {
    return misses((key) => (item.dataset[key] || '').split(' ').filter(Boolean), () => haystack(item), state, words, facets);
  }

  /** The label of a filter value ("organisatie"), from its checkbox's label. */
  function label(key, value) {
    const box = /** @type {HTMLInputElement | null} */ (document.getElementById(`kh-ov-${key}-${value}`));
    return box ? box.labels[0].textContent.trim() : value;
  }

  /** Every active filter as [key, value, text], in the order switched on. */
  function active(state) {
    const list = [];
    for (const f of facets) for (const v of state[f.key]) list.push([f.key, v, label(f.key, v)]);
    if (state[SEARCH_KEY]) list.push([SEARCH_KEY, state[SEARCH_KEY], `“${state[SEARCH_KEY]}”`]);
    const at = (k, v) => { const i = order.indexOf(`${k}=${v}`); return i < 0 ? -1 : i; };
    return list.sort((a, b) => at(a[0], a[1]) - at(b[0], b[1]));
  }

  function removeFilter(key, value) {
    if (key === SEARCH_KEY) search.value = '';
    else {
      const box = /** @type {HTMLInputElement | null} */ (document.getElementById(`kh-ov-${key}-${value}`));
      if (box) box.checked = false;
    }
    update(true);
  }

  function showTags(list) {
    const prefix = tags.dataset.remove;
    tags.replaceChildren(...list.map(([key, value, text]) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'kh-ov-tag';
      b.dataset.key = key;
      b.dataset.value = value;
      const hidden = document.createElement('span');
      hidden.className = 'kh-visually-hidden';
      hidden.textContent = `${prefix} `;
      const x = document.createElement('span');
      x.setAttribute('aria-hidden', 'true');
      x.textContent = ' ×';
      b.append(hidden, text, x);
      li.append(b);
      return li;
    }));
    $('kh-ov-active').hidden = list.length === 0;
  }

  /** Zero results: the combination, removing the last filter, and the items that miss one criterion only. */
  function showNone(state, words, list) {
    const combination = list.map(([, , t]) => t).join(' + ');
    $('kh-ov-none-text').textContent = none.dataset.noneFor.replace('{combination}', combination);
    const last = list[list.length - 1];
    const button = $('kh-ov-remove-last');
    button.hidden = !last;
    if (last) {
      button.textContent = none.dataset.removeLast.replace('{filter}', last[2]);
      button.dataset.key = last[0];
      button.dataset.value = last[1];
    }
    // Fewest criteria missed first; among those, items that have a value where they miss (a tool with
    // another evidence label) before items that have none (an approach has no evidence label of its own).
    const blank = (item, keys) => keys.filter((k) => k !== SEARCH_KEY && !item.dataset[k]).length;
    const near = nearest(items.map((item) => {
      const missed = itemMisses(item, state, words);
      return { item, missed, blank: blank(item, missed) };
    }));
    const name = (key) => (key === SEARCH_KEY ? search.labels[0].textContent.trim() : facets.find((f) => f.key === key).legend);
    $('kh-ov-nearest').replaceChildren(...near.map(({ item, missed: m }) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${item.id}`;
      a.textContent = item.querySelector('.kh-ov-item__name').textContent;
      li.append(a, ` (${none.dataset.misses.replace('{filter}', m.map(name).join(', '))})`);
      return li;
    }));
  }

  function apply(state) {
    const words = searchWords(state[SEARCH_KEY]);
    let shown = 0;
    // Only what changes is written: on a plain load nothing is (no repaint of the page as it came).
    const set = (node, key, value) => { if (node[key] !== value) node[key] = value; };
    for (const item of items) {
      const show = itemMisses(item, state, words).length === 0;
      set(item, 'hidden', !show);
      if (show) shown += 1;
    }
    for (const s of sections) set(s, 'hidden', !s.querySelector('.kh-ov-item:not([hidden])'));
    // An item's related links name only what fits the filters too (a school's tool is no government's).
    for (const [li, target] of related) set(li, 'hidden', Boolean(target?.hidden));
    for (const box of relatedBoxes) set(box, 'hidden', !box.querySelector('li:not([hidden])'));
    const filters = filterFragment(state, keys);
    const list = active(state);
    set(none, 'hidden', shown > 0);
    if (shown === 0) showNone(state, words, list);
    set(count, 'textContent', filters
      ? count.dataset.count.replace('{n}', String(shown)).replace('{total}', count.dataset.total)
      : allText);
    const on = list.length;
    set(toggle, 'textContent', on ? toggle.dataset.on.replace('{n}', String(on)) : toggle.dataset.off);
    const show = $('kh-ov-show');
    set(show, 'textContent', show.dataset.label.replace('{n}', String(shown)));
    showTags(list);
    // The other language keeps the filters.
    const other = document.querySelector('[data-kh-ov-lang]');
    if (other) {
      const fragment = toFragment(state, keys);
      const href = `${other.getAttribute('href').split('#')[0]}${fragment ? `#${fragment}` : ''}`;
      if (other.getAttribute('href') !== href) other.setAttribute('href', href);
    }
  }

  /** The form changed: a new history entry (`push`), or the same one while typing or folding. */
  function update(push) {
    const state = formState();
    const fragment = toFragment(state, keys);
    const url = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
    if (`#${fragment}` !== location.hash && !(fragment === '' && location.hash === '')) {
      history[push ? 'pushState' : 'replaceState'](null, '', url);
    }
    const now = active(state).map(([k, v]) => `${k}=${v}`);
    order = reorder(order, now);
    apply(state);
  }

  /** The address changed (load, back, forward, a link): show what it says. */
  function fromAddress() {
    const state = fromFragment(location.hash, keys);
    if (state) {
      setForm(state);
      if (PANEL_KEY in state || filterFragment(formState(), keys)) panel.open = Boolean(state[PANEL_KEY]);
      const now = active(formState()).map(([k, v]) => `${k}=${v}`);
      order = reorder(order, now);
      apply(formState());
      return;
    }
    // An item's anchor: keep the filters unless they hide it.
    const target = location.hash.length > 1 && document.getElementById(decodeOr(location.hash.slice(1)));
    if (target && target.closest('[hidden]')) {
      setForm(null);
      apply(formState());
      target.scrollIntoView();
    } else if (!target) {
      setForm(null);
      apply(formState());
    }
  }

  function csvRows() {
    const tools = /** @type {HTMLElement} */ (document.querySelector('.kh-ov-tools'));
    const [kind, name, line, anchor] = tools.dataset.csv.split('|');
    const shownItems = items.filter((i) => !i.hidden);
    const terms = [...new Set(shownItems.flatMap((i) => [...i.querySelectorAll('.kh-ov-meta > dt')].map((dt) => dt.textContent.trim())))];
    const kinds = Object.fromEntries(sections.map((s) => [s.querySelector('.kh-ov-item')?.id.split('-')[0], s.querySelector('h2').textContent.trim()]));
    const page = `${location.origin}${location.pathname}`;
    const rows = [[kind, name, line, ...terms, anchor]];
    for (const item of shownItems) {
      const meta = new Map();
      for (const dt of item.querySelectorAll('.kh-ov-meta > dt')) {
        const dd = dt.nextElementSibling;
        const link = /** @type {HTMLAnchorElement | null} */ (dd.querySelector('a[href^="https://"]'));
        meta.set(dt.textContent.trim(), dt.textContent.trim() === terms[terms.length - 1] && link ? link.href : dd.textContent);
      }
      rows.push([kinds[item.id.split('-')[0]], item.querySelector('.kh-ov-item__name').textContent,
        item.querySelector('.kh-ov-item__line').textContent, ...terms.map((t) => meta.get(t) ?? ''), `${page}#${item.id}`]);
    }
    return rows;
  }

  const toolStatus = $('kh-ov-tool-status');
  const toolData = /** @type {HTMLElement} */ (document.querySelector('.kh-ov-tools')).dataset;
  $('kh-ov-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      toolStatus.textContent = toolData.copied;
    } catch {
      toolStatus.textContent = toolData.copyFailed;
    }
  });
  $('kh-ov-csv').addEventListener('click', () => {
    const separator = document.documentElement.lang === 'nl' ? ';' : ',';
    const blob = new Blob([csv(csvRows(), separator)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = toolData.file;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  });
  $('kh-ov-print').addEventListener('click', () => window.print());

  let typing;
  form.addEventListener('change', (e) => {
    if (e.target === search) return;
    update(true);
  });
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update(false), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    update(true);
  });
  $('kh-ov-clear').addEventListener('click', () => {
    setForm(null);
    update(true);
    search.focus();
  });
  // Folding the panel is no step of its own in the history, but the link remembers it.
  // (Only the user's own folding: not the page opening it on a wide screen.)
  let byUser = false;
  toggle.addEventListener('click', () => { byUser = true; });
  panel.addEventListener('toggle', () => {
    if (byUser) update(false);
    byUser = false;
  });
  // "Toon N resultaten" (phones): fold the panel and go to the count.
  $('kh-ov-show').addEventListener('click', () => {
    panel.open = false;
    update(false);
    // The list from its top (the count is sticky: focusing it alone would not scroll there).
    document.querySelector('.kh-ov-bar').scrollIntoView({ block: 'start' });
    count.tabIndex = -1;
    count.focus({ preventScroll: true });
  });
  for (const node of [tags, none]) {
    node.addEventListener('click', (e) => {
      const b = /** @type {HTMLButtonElement | null} */ (/** @type {Element} */ (e.target).closest('button[data-key]'));
      if (!b) return;
      removeFilter(b.dataset.key, b.dataset.value);
      count.tabIndex = -1;
      count.focus();
    });
  }
  window.addEventListener('popstate', fromAddress);
  window.addEventListener('hashchange', fromAddress);

  // Open by default on a wide screen; a link says how it was left.
  const initial = fromFragment(location.hash, keys);
  if (initial && PANEL_KEY in initial) panel.open = initial[PANEL_KEY];
  else if (!initial && matchMedia('(min-width: 48em)').matches) panel.open = true;
  fromAddress();
}
