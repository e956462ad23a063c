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

/** The light theme's tokens (www/css/base.css) that a palette may leave as they are. */
const LIGHT = {
  text: '#1b1b1b', muted: '#4b4f54', bg: '#ffffff', surface: '#eef2f7', accent: '#154273', 'accent-hover': '#0e2f54',
  'accent-text': '#ffffff', link: '#154273', 'link-visited': '#4c2c92', error: '#b0190d',
};

/**
 * The crisis line's own colours (src/ui/parts/crisis_line/style.css): no
 * palette, host or URL parameter reaches them. The builder lists them with
 * the rest; tests/browser/palette.test.mjs measures the rendered ones.
 */
export const CRISIS = { bg: '#fff4e5', text: '#1b1b1b', link: '#154273' };

/** Text and links need this contrast against what they sit on (WCAG 1.4.3). */
export const MIN_CONTRAST = 4.5;

const best = (against, ...candidates) => candidates.reduce((a, b) => (contrast(b, against) > contrast(a, against) ? b : a));

/**
 * The tokens for the colours given (invalid or missing ones are left to the
 * defaults): { '--keuzehulp-color-accent': '#…', … }. Derived colours
 * (muted text, surfaces, the button's text, error red) are picked so that
 * they keep the contrast the three given colours have; only those three can
 * fall short (see `surfaces`).
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
  if (given.bg) {
    set('bg', c.bg);
    set('error', contrast(best(c.bg, '#b0190d', '#ff9a8f'), c.bg) >= MIN_CONTRAST ? best(c.bg, '#b0190d', '#ff9a8f') : c.text);
  }
  // A surface a shade off the background, unless that costs text or links their contrast.
  const link = given.accent ? c.accent : LIGHT.link;
  const shade = given.text || given.bg ? mix(c.bg, c.text, 0.07) : LIGHT.surface;
  const keeps = [c.text, link].every((fg) => contrast(fg, shade) >= Math.min(MIN_CONTRAST, contrast(fg, c.bg)));
  const surface = keeps ? shade : c.bg;
  if (given.text || given.bg) {
    const muted = mix(c.text, c.bg, 0.2);
    set('muted', Math.min(contrast(muted, c.bg), contrast(muted, surface)) >= MIN_CONTRAST ? muted : c.text);
    set('surface', surface);
    set('border', mix(c.bg, c.text, 0.35));
  } else if (!keeps) {
    set('surface', surface);
  }
  if (given.accent) {
    const onAccent = best(c.accent, '#ffffff', '#1b1b1b');
    set('accent', c.accent);
    // Hover goes away from the button's text: darker under white text, lighter under dark.
    set('accent-hover', mix(c.accent, onAccent === '#ffffff' ? '#000000' : '#ffffff', 0.25));
    set('accent-text', onAccent);
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

/**
 * Every pair of text and background a palette reaches, in the light theme
 * (own colours always come with theme=light), the crisis box included:
 * [{ key, fg, bg, ratio }]. `key`: text-bg, text-surface, muted-bg, muted-surface,
 * link-bg, link-surface, button, button-hover, error-bg, crisis-text,
 * crisis-link.
 */
export function surfaces(given = {}) {
  const t = { ...LIGHT };
  for (const [name, value] of Object.entries(palette(given))) t[name.replace('--keuzehulp-color-', '')] = value;
  const pairs = [
    ['text-bg', t.text, t.bg], ['text-surface', t.text, t.surface], ['muted-bg', t.muted, t.bg], ['muted-surface', t.muted, t.surface],
    ['link-bg', t.link, t.bg], ['link-surface', t.link, t.surface], ['button', t['accent-text'], t.accent],
    ['button-hover', t['accent-text'], t['accent-hover']], ['error-bg', t.error, t.bg],
    ['crisis-text', CRISIS.text, CRISIS.bg], ['crisis-link', CRISIS.link, CRISIS.bg],
  ];
  return pairs.map(([key, fg, bg]) => ({ key, fg, bg, ratio: contrast(fg, bg) }));
}

/** The pairs of `surfaces` below MIN_CONTRAST (none: the palette may be used). */
export function lowContrast(given = {}) {
  return surfaces(given).filter((s) => s.ratio < MIN_CONTRAST);
}
