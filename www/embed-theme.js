// Colours for an embedded keuzehulp: from three colours (accent, text,
// background) the --keuzehulp-color-* tokens that go with them, and the WCAG
// contrast ratio to check them. Used by the embed builder (for the widget's
// style attribute) and by embed-page.js (iframe mode: ?accent=…&text=…&bg=…).

const DEFAULTS = { accent: '#154273', text: '#1b1b1b', bg: '#ffffff' };

/** `#rrggbb` (any case), or null. */
export function hex(value) {
  const v = String(value ?? '').trim();
  return /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : null;
}

function rgb(h) {
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
}

function toHex(channels) {
  return `#${channels.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` with `amount` (0–1) of `b` mixed in. */
export function mix(a, b, amount) {
  const [x, y] = [rgb(a), rgb(b)];
  return toHex(x.map((c, i) => c + (y[i] - c) * amount));
}

function luminance(h) {
  const [r, g, b] = rgb(h).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1–21). */
export function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The tokens for the colours given (invalid or missing ones are left to the
 * defaults): { '--keuzehulp-color-accent': '#…', … }.
 * @param {{ accent?: string, text?: string, bg?: string }} [given]
 * @returns {Record<string, string>}
 */
export function palette({ accent, text, bg } = {}) {
  const given = { accent: hex(accent), text: hex(text), bg: hex(bg) };
  const c = {
    accent: given.accent ?? DEFAULTS.accent,
    text: given.text ?? DEFAULTS.text,
    bg: given.bg ?? DEFAULTS.bg,
  };
  /** @type {Record<string, string>} */
  const out = {};
  const set = (name, value) => { out[`--keuzehulp-color-${name}`] = value; };
  if (given.text) {
    set('text', c.text);
    set('focus', c.text);
  }
  if (given.bg) set('bg', c.bg);
  if (given.text || given.bg) {
    set('muted', mix(c.text, c.bg, 0.2));
    set('surface', mix(c.bg, c.text, 0.07));
    set('border', mix(c.bg, c.text, 0.35));
  }
  if (given.accent) {
    set('accent', c.accent);
    set('accent-hover', mix(c.accent, '#000000', 0.25));
    set('accent-text', contrast(c.accent, '#ffffff') >= contrast(c.accent, '#1b1b1b') ? '#ffffff' : '#1b1b1b');
    set('link', c.accent);
    set('link-visited', c.accent);
  }
  return out;
}

/**
 * The three colours with defaults filled in (for contrast checks).
 * @param {{ accent?: string, text?: string, bg?: string }} [given]
 */
export function colours({ accent, text, bg } = {}) {
  return { accent: hex(accent) ?? DEFAULTS.accent, text: hex(text) ?? DEFAULTS.text, bg: hex(bg) ?? DEFAULTS.bg };
}
