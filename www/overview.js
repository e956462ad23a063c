// The overview's filters (overzicht.html / overview.html): a progressive
// enhancement in the GOV.UK "filter a list" pattern. Without this script the
// page lists everything. The state lives in the URL fragment
// (`#niveau=team,maatschappij&rol=hr&zoek=pesten`), so a filtered list can be
// shared and back/forward work; a fragment without `=` is an item's anchor.

const form = document.getElementById('kh-ov-filters');
const count = document.getElementById('kh-ov-count');
const none = document.getElementById('kh-ov-none');
const search = document.getElementById('kh-ov-search');
const items = [...document.querySelectorAll('.kh-ov-item')];
const sections = [...document.querySelectorAll('.kh-ov-section')];
const facets = [...form.querySelectorAll('fieldset[data-facet]')].map((fs) => ({
  key: fs.dataset.facet,
  anyWhenEmpty: fs.hasAttribute('data-any-when-empty'),
  boxes: [...fs.querySelectorAll('input[type=checkbox]')],
}));
const SEARCH_KEY = 'zoek';
const allText = count.textContent;

// Lowercase without accents, so "financiele" finds "financiële".
const norm = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
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

/** The state the form shows: { key: [values], zoek: 'text' }. */
function formState() {
  const state = {};
  for (const f of facets) state[f.key] = f.boxes.filter((b) => b.checked).map((b) => b.value);
  state[SEARCH_KEY] = search.value.trim();
  return state;
}

function toFragment(state) {
  const parts = [];
  for (const f of facets) {
    if (state[f.key].length) parts.push(`${f.key}=${state[f.key].map(encodeURIComponent).join(',')}`);
  }
  if (state[SEARCH_KEY]) parts.push(`${SEARCH_KEY}=${encodeURIComponent(state[SEARCH_KEY])}`);
  return parts.join('&');
}

/** A fragment with `=` holds filters; anything else (an anchor) is no state. */
function fromFragment(hash) {
  const text = hash.replace(/^#/, '');
  if (!text.includes('=')) return null;
  const state = {};
  for (const part of text.split('&')) {
    const [key, value = ''] = part.split('=');
    let decoded;
    try {
      decoded = value.split(',').map(decodeURIComponent);
    } catch {
      continue; // a broken escape: ignore that part
    }
    state[key] = key === SEARCH_KEY ? decoded.join(',') : decoded;
  }
  return state;
}

function setForm(state) {
  for (const f of facets) {
    const chosen = (state && state[f.key]) || [];
    for (const b of f.boxes) b.checked = chosen.includes(b.value);
  }
  search.value = (state && typeof state[SEARCH_KEY] === 'string') ? state[SEARCH_KEY] : '';
}

function matches(item, state, words) {
  for (const f of facets) {
    const chosen = state[f.key];
    if (!chosen.length) continue;
    const values = (item.dataset[f.key] || '').split(' ').filter(Boolean);
    if (!values.length && f.anyWhenEmpty) continue;
    if (!values.some((v) => chosen.includes(v))) return false;
  }
  return words.length === 0 || words.every((w) => haystack(item).includes(w));
}

function apply(state) {
  const words = norm(state[SEARCH_KEY]).split(/\s+/).filter(Boolean);
  let shown = 0;
  // Only what changes is written: on a plain load nothing is (no repaint of the page as it came).
  const set = (node, key, value) => { if (node[key] !== value) node[key] = value; };
  for (const item of items) {
    const show = matches(item, state, words);
    set(item, 'hidden', !show);
    if (show) shown += 1;
  }
  for (const s of sections) set(s, 'hidden', !s.querySelector('.kh-ov-item:not([hidden])'));
  set(none, 'hidden', shown > 0);
  const filtered = toFragment(state) !== '';
  set(count, 'textContent', filtered
    ? count.dataset.count.replace('{n}', String(shown)).replace('{total}', count.dataset.total)
    : allText);
  // The other language keeps the filters.
  const other = document.querySelector('[data-kh-ov-lang]');
  if (other) {
    const href = `${other.getAttribute('href').split('#')[0]}${filtered ? `#${toFragment(state)}` : ''}`;
    if (other.getAttribute('href') !== href) other.setAttribute('href', href);
  }
}

/** The form changed: a new history entry (`push`), or the same one while typing. */
function update(push) {
  const state = formState();
  const fragment = toFragment(state);
  const url = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
  if (`#${fragment}` !== location.hash && !(fragment === '' && location.hash === '')) {
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
  apply(state);
}

/** `text` with its %xx escapes decoded; as it is when an escape is broken (`#%`: no URIError). */
function decodeOr(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The address changed (load, back, forward, a link): show what it says. */
function fromAddress() {
  const state = fromFragment(location.hash);
  if (state) {
    setForm(state);
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
document.getElementById('kh-ov-clear').addEventListener('click', () => {
  setForm(null);
  update(true);
  search.focus();
});
window.addEventListener('popstate', fromAddress);
window.addEventListener('hashchange', fromAddress);

const initial = fromFragment(location.hash);
const panel = form.querySelector('.kh-ov-panel');
if (matchMedia('(min-width: 48em)').matches || (initial && facets.some((f) => (initial[f.key] || []).length))) panel.open = true;
fromAddress();
