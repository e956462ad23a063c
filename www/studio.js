// The rules studio (issue 33): open the rule files, edit them with line
// numbers, see every problem at its place after each pause in typing, see
// the advice as the keuzehulp shows it and what changed, run the test cases
// and the answer-space check (studio-worker.js), and take the work away as
// a diff or a zip. The checks and the advice are Rust (dist/pkg-studio/, the
// `studio` feature); this file is the page around them. Nothing leaves the
// device: no request but for this site's own files.

/** @typedef {{ path: string, name: string, kind: "rules" | "cases", original: string, text: string }} StudioFile */
/** @typedef {{ file: string, line: number, col: number, text: string, warning: boolean }} Message */

const TEXT = {
  nl: {},
  en: {
    home: "To the choice aid",
    h1: "Rules studio",
    lead: "For occupational physicians, work and organisational psychologists, confidential advisers and policy staff: change the texts and rules of the choice aid, see at once what goes wrong and how the advice changes, and send in your change.",
    privacy: "Everything happens on your own computer. Nothing you open or type goes anywhere.",
    failed: "The studio could not start. Use a recent version of Chrome, Edge, Firefox or Safari.",
    loading: "Loading the studio…",
    openTitle: "1. Open the rules",
    openLead: "You start with the rules as they are in the choice aid now. Do you have your own copy of the rules folder, or a zip of it? Choose it, or drag it here.",
    builtin: "Open the rules of the choice aid",
    pickFolder: "Choose a folder",
    pickFiles: "Choose files or a zip",
    dropHint: "or drag a folder, files or a zip here",
    filesTitle: "Files",
    editorTitle: "2. Edit",
    editorHint: "After each pause in typing the studio checks all rules. Click a message to go to its place.",
    messagesTitle: "Messages",
    adviceTitle: "3. What the advice looks like",
    adviceHint: "Choose answers as a user gives them. The advice is exactly what the choice aid then shows, with your rules.",
    answersTitle: "Answers",
    stale: "The rules have errors. The advice below is from the last version without errors.",
    changesTitle: "What changed?",
    changesHint: "The advice for these answers with your rules, compared with the rules of the choice aid.",
    previewTitle: "Preview",
    try: "Try the choice aid with these rules",
    tryHint: "(opens in a new tab, as a preview)",
    testsTitle: "4. Check that you broke nothing",
    casesTitle: "Test cases",
    casesHint: "Each test case is a situation with advice that must come with it (the files in tests/cases).",
    runCases: "Run the test cases",
    spaceTitle: "Safety for every answer",
    spaceHint: "The studio tries all of the more than three million combinations of answers and checks that the fixed safety rules hold everywhere: in a crisis the crisis line first, at sick leave the GP or the company doctor, no employer advice for the self-employed, the confidential adviser at unwanted behaviour, never empty advice. This takes a while.",
    runSpace: "Check every answer",
    stopSpace: "Stop",
    neverHint: "A rule that can never apply is among the messages above.",
    takeTitle: "5. Take your work with you",
    takeHint: "Send the file with your changes to the maintainer of the choice aid. rules/README.md says how.",
    downloadDiff: "Download your changes (.diff)",
    downloadZip: "Download the changed files (.zip)",
    downloadFile: "Download this file",
    showDiff: "Show your changes",
  },
};

/** Sentences with values, per language. */
const SAY = {
  nl: {
    opened: (n, from) => `${n} bestanden geopend (${from}).`,
    fromBuiltin: "de regels van de keuzehulp",
    fromYours: "jouw bestanden",
    noRules: "Hier zaten geen regelbestanden in (zoals rules.toml). Kies de map rules.",
    notOpened: (name, why) => `${name} is niet geopend: ${why} Wat al open was, is gebleven.`,
    twice: (a, b) => `twee bestanden met dezelfde naam, ${a} en ${b}. Laat er één over.`,
    zipTooBig: "het zip-bestand is groter dan 20 MB; de map rules is veel kleiner.",
    ok: (w) => (w ? `Geen fouten. ${w} ${w === 1 ? "tip" : "tips"} over eenvoudige taal.` : "Geen fouten."),
    errors: (e, w) => `${e} ${e === 1 ? "fout" : "fouten"}${w ? `, ${w} ${w === 1 ? "tip" : "tips"} over eenvoudige taal` : ""}.`,
    warning: "Tip",
    error: "Fout",
    line: (l, c) => `regel ${l}, teken ${c}`,
    position: (l, c) => `Regel ${l}, teken ${c}`,
    noChange: "Geen verschil met de regels van de keuzehulp.",
    removed: "Weg",
    added: "Nieuw",
    none: "(geen)",
    changed: (n) => (n ? `${n} ${n === 1 ? "bestand" : "bestanden"} gewijzigd.` : "Je hebt nog niets gewijzigd."),
    casesResult: (p, f) => `${p} geslaagd, ${f} mislukt.`,
    casesStale: "Er staan fouten in de regels: los die eerst op.",
    pass: "Geslaagd",
    fail: "Mislukt",
    spaceRunning: (done, all) => `Bezig: ${done} van ${all} delen…`,
    spaceDone: (n, f) => (f ? `${n.toLocaleString("nl-NL")} combinaties gecontroleerd: ${f} ${f === 1 ? "probleem" : "problemen"}.` : `${n.toLocaleString("nl-NL")} combinaties gecontroleerd: alles klopt.`),
    spaceStopped: (n) => `Gestopt na ${n.toLocaleString("nl-NL")} combinaties.`,
    spaceError: (e) => `De controle kon niet draaien: ${e}`,
    crashed: "Er ging iets mis in de studio. Je tekst is bewaard; de studio is opnieuw gestart.",
  },
  en: {
    opened: (n, from) => `${n} files opened (${from}).`,
    fromBuiltin: "the rules of the choice aid",
    fromYours: "your files",
    noRules: "There were no rule files in it (such as rules.toml). Choose the rules folder.",
    notOpened: (name, why) => `${name} was not opened: ${why} What was open stays open.`,
    twice: (a, b) => `two files with the same name, ${a} and ${b}. Keep one.`,
    zipTooBig: "the zip file is larger than 20 MB; the rules folder is far smaller.",
    ok: (w) => (w ? `No errors. ${w} plain-language ${w === 1 ? "tip" : "tips"}.` : "No errors."),
    errors: (e, w) => `${e} ${e === 1 ? "error" : "errors"}${w ? `, ${w} plain-language ${w === 1 ? "tip" : "tips"}` : ""}.`,
    warning: "Tip",
    error: "Error",
    line: (l, c) => `line ${l}, character ${c}`,
    position: (l, c) => `Line ${l}, character ${c}`,
    noChange: "No difference from the rules of the choice aid.",
    removed: "Gone",
    added: "New",
    none: "(none)",
    changed: (n) => (n ? `${n} ${n === 1 ? "file" : "files"} changed.` : "You have not changed anything yet."),
    casesResult: (p, f) => `${p} passed, ${f} failed.`,
    casesStale: "The rules have errors: fix those first.",
    pass: "Passed",
    fail: "Failed",
    spaceRunning: (done, all) => `Working: ${done} of ${all} parts…`,
    spaceDone: (n, f) => (f ? `${n.toLocaleString("en-GB")} combinations checked: ${f} ${f === 1 ? "problem" : "problems"}.` : `${n.toLocaleString("en-GB")} combinations checked: all is well.`),
    spaceStopped: (n) => `Stopped after ${n.toLocaleString("en-GB")} combinations.`,
    spaceError: (e) => `The check could not run: ${e}`,
    crashed: "Something went wrong in the studio. Your text is kept; the studio has restarted.",
  },
};

/** The rule files in the order of rules/ (crates/rules-source FILES, then the jargon list). */
export const RULE_FILES = ["questions.toml", "categories.toml", "experts.toml", "tools.toml", "notes.toml", "figures.toml", "rules.toml", "first_steps.toml", "jargon.toml"];
/** A first answer set for the preview (an employee in care with a high workload). */
export const DEFAULT_ANSWERS = "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk";
/** How long typing must pause before the check runs (ms). */
export const PAUSE_MS = 300;

/**
 * Where a file of a chosen or dropped folder belongs: a rule file (by name,
 * anywhere) or a test case (under tests/cases/); anything else is left out.
 * @param {string} path e.g. "keuzehulp/rules/rules.toml"
 * @returns {{ kind: "rules" | "cases", name: string } | null}
 */
export function classify(path) {
  const parts = path.split("/").filter(Boolean);
  const name = parts[parts.length - 1] || "";
  if (!name.endsWith(".toml")) return null;
  const dir = parts.slice(0, -1).join("/");
  if (/(^|\/)tests\/cases$/.test(dir) || (dir === "cases")) return { kind: "cases", name };
  if (RULE_FILES.includes(name)) return { kind: "rules", name };
  return null;
}

/** @param {StudioFile["kind"]} kind @param {string} name */
export function repoPath(kind, name) {
  return kind === "rules" ? `rules/${name}` : `tests/cases/${name}`;
}

/**
 * The character offset of a 1-based line and column in `text`.
 * @param {string} text @param {number} line @param {number} col
 */
export function offsetOf(text, line, col) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf("\n", offset);
  const lineEnd = end < 0 ? text.length : end;
  // Columns count characters (code points), as the rules reader does.
  let o = offset;
  for (let c = 1; c < col && o < lineEnd; c++) {
    const code = text.codePointAt(o) ?? 0;
    o += code > 0xffff ? 2 : 1;
  }
  return o;
}

/** 1-based line and column of a character offset. @param {string} text @param {number} offset */
export function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const col = [...before.slice(lineStart)].length + 1;
  return { line, col };
}

// ---------------------------------------------------------------------------
// The page.

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {"nl" | "en"} */
let lang = typeof location !== "undefined" && new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl";

/** @type {any} the wasm module's exports (pkg-studio/keuzehulp.js) */
let wasm = null;
let wasmGeneration = 0;
/** @type {StudioFile[]} */
let files = [];
/** @type {StudioFile[]} the built-in files, the baseline of "what changed" */
let builtinFiles = [];
let current = 0;
/** @type {Message[]} */
let messages = [];
let rulesOk = true;
let answers = DEFAULT_ANSWERS;
let pauseTimer = 0;
/** @type {Worker | null} */
let spaceWorker = null;

function say() {
  return SAY[lang];
}

/** Loads (or, after a crash, reloads: a fresh instance) the studio's wasm and its texts. */
async function loadWasm() {
  const generation = wasmGeneration++;
  const url = new URL(`pkg-studio/keuzehulp.js${generation ? `?again=${generation}` : ""}`, document.baseURI);
  const module = await import(url.href);
  await module.default({ module_or_path: new URL("pkg-studio/keuzehulp_bg.wasm", document.baseURI) });
  for (const code of ["nl", "en"]) {
    const pack = await fetch(`pkg-site/content-${code}.txt`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`content-${code}: ${r.status}`))));
    module.add_content(code, pack);
  }
  wasm = module;
  const rules = builtinFiles.filter((f) => f.kind === "rules");
  wasm.studio_set_builtin(rules.map((f) => f.name), rules.map((f) => f.original));
}

/**
 * Calls into the wasm; a trap (a bug: the wasm is then unusable) restarts it,
 * keeps every text, says so, and gives `fallback`.
 * @template T @param {() => T} call @param {T} fallback @returns {T}
 */
function guarded(call, fallback) {
  try {
    return call();
  } catch (e) {
    console.error("studio:", e);
    showCrash();
    return fallback;
  }
}

function showCrash() {
  $("ks-summary").textContent = say().crashed;
  wasm = null;
  loadWasm().then(() => check(true), () => ($("ks-failed").hidden = false));
}

function ruleFiles() {
  return files.filter((f) => f.kind === "rules");
}

function caseFiles() {
  return files.filter((f) => f.kind === "cases");
}

// --- Opening ---------------------------------------------------------------

/** @param {Record<string, string>} rules @param {Record<string, string>} cases @returns {StudioFile[]} */
function fromRecords(rules, cases) {
  const out = [];
  for (const name of RULE_FILES) if (name in rules) out.push({ path: repoPath("rules", name), name, kind: "rules", original: rules[name], text: rules[name] });
  for (const name of Object.keys(cases).sort()) out.push({ path: repoPath("cases", name), name, kind: "cases", original: cases[name], text: cases[name] });
  return /** @type {StudioFile[]} */ (out);
}

/**
 * Where each chosen file goes, by kind and name; two paths for one place
 * (`rules/rules.toml` and `rules/rules/rules.toml`) are refused, naming both.
 * @param {{ path: string, text: string }[]} chosen
 * @returns {{ rules: Record<string, string>, cases: Record<string, string> } | { twice: [string, string] }}
 */
export function place(chosen) {
  /** @type {Record<string, string>} */
  const rules = {};
  /** @type {Record<string, string>} */
  const cases = {};
  /** @type {Map<string, string>} */
  const seen = new Map();
  for (const { path, text } of chosen) {
    const at = classify(path);
    if (!at) continue;
    const key = `${at.kind}/${at.name}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) return { twice: [earlier, path] };
    seen.set(key, path);
    (at.kind === "rules" ? rules : cases)[at.name] = text;
  }
  return { rules, cases };
}

/**
 * Opens files the user chose or dropped: rule files by name, cases under
 * tests/cases/. Files not there keep the built-in version.
 * @param {{ path: string, text: string }[]} chosen
 * @param {string} from what was opened (a zip's name), for a message
 */
function openChosen(chosen, from = "") {
  const placed = place(chosen);
  if ("twice" in placed) {
    notOpened(from || placed.twice[1], say().twice(...placed.twice));
    return;
  }
  const { rules, cases } = placed;
  if (!Object.keys(rules).length && !Object.keys(cases).length) {
    $("ks-opened").textContent = say().noRules;
    $("ks-opened").classList.add("ks-status--error");
    return;
  }
  // A file not chosen stays as it is (with its edits); a chosen one is opened as it came.
  const keep = (/** @type {StudioFile["kind"]} */ kind) =>
    Object.fromEntries(files.filter((f) => f.kind === kind).map((f) => [f.name, f]));
  const opened = fromRecords({}, {});
  const now = { rules: keep("rules"), cases: keep("cases") };
  for (const [kind, chosenFiles] of /** @type {const} */ ([["rules", rules], ["cases", cases]])) {
    for (const [name, text] of Object.entries(chosenFiles)) now[kind][name] = { path: repoPath(kind, name), name, kind, original: text, text };
  }
  for (const name of RULE_FILES) if (now.rules[name]) opened.push(now.rules[name]);
  for (const name of Object.keys(now.cases).sort()) opened.push(now.cases[name]);
  setFiles(opened, say().fromYours);
}

/** Says that `name` was not opened and why; what is open stays. @param {string} name @param {string} why */
function notOpened(name, why) {
  $("ks-opened").textContent = say().notOpened(name, why);
  $("ks-opened").classList.add("ks-status--error");
}

/** The largest zip the studio reads (the rules folder zipped is some 100 KB). */
export const MAX_ZIP_BYTES = 20 * 1024 * 1024;

/**
 * The .toml files of a chosen or dropped zip (the reader is Rust: zip::read),
 * or null when it cannot be opened (then the page says why).
 * @param {File} file @returns {Promise<{ path: string, text: string }[] | null>}
 */
async function unzip(file) {
  if (file.size > MAX_ZIP_BYTES) {
    notOpened(file.name, say().zipTooBig);
    return null;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = guarded(() => JSON.parse(wasm.studio_unzip(bytes)), { error: "?" });
  if (result.error) {
    notOpened(file.name, `${result.error}.`);
    return null;
  }
  // The zip's own folders count from the zip: "rules.zip" holding "rules/rules.toml".
  return result.files;
}

/** @param {StudioFile[]} next @param {string} from */
function setFiles(next, from) {
  files = next;
  current = 0;
  $("ks-opened").classList.remove("ks-status--error");
  $("ks-opened").textContent = say().opened(files.length, from);
  showFile(0);
  check(true);
}

/** @param {string} path */
const isZip = (path) => /\.zip$/i.test(path);

/** Reads chosen or dropped files; a zip among them is opened too. @param {FileList | File[]} list */
async function readFileList(list) {
  const chosen = [];
  let from = "";
  for (const file of Array.from(list)) {
    const path = /** @type {any} */ (file).webkitRelativePath || file.name;
    if (isZip(path) && wasm) {
      const inside = await unzip(file);
      if (!inside) return;
      chosen.push(...inside);
      from = file.name;
    } else if (classify(path)) chosen.push({ path, text: await file.text() });
  }
  openChosen(chosen, from);
}

/** Every file under a dropped entry (a folder is read recursively). @param {any} entry @param {string} prefix */
async function readEntry(entry, prefix, out) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    const path = prefix + entry.name;
    if (isZip(path)) out.push({ path, file });
    else if (classify(path)) out.push({ path, text: await /** @type {File} */ (file).text() });
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (!batch.length) break;
      for (const child of batch) await readEntry(child, `${prefix}${entry.name}/`, out);
    }
  }
}

/** @param {DragEvent} event */
async function onDrop(event) {
  event.preventDefault();
  $("ks-drop").classList.remove("ks-drop--over");
  const items = Array.from(event.dataTransfer?.items || []);
  const entries = items.map((i) => i.webkitGetAsEntry?.()).filter(Boolean);
  if (entries.length) {
    const out = [];
    for (const entry of entries) await readEntry(entry, "", out);
    const chosen = [];
    let from = "";
    for (const item of out) {
      if (!item.file) {
        chosen.push(item);
        continue;
      }
      const inside = wasm ? await unzip(item.file) : null;
      if (!inside) return;
      chosen.push(...inside);
      from = item.path;
    }
    openChosen(chosen, from);
  } else if (event.dataTransfer?.files) {
    await readFileList(event.dataTransfer.files);
  }
}

// --- The editor -------------------------------------------------------------

function renderFileList() {
  const list = $("ks-file-list");
  list.replaceChildren();
  let group = "";
  files.forEach((f, i) => {
    if (f.kind !== group) {
      group = f.kind;
      const head = document.createElement("li");
      head.className = "ks-file-list__group";
      head.textContent = group === "rules" ? "rules/" : "tests/cases/";
      list.append(head);
    }
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ks-file";
    button.dataset.index = String(i);
    if (i === current) button.setAttribute("aria-current", "true");
    const errors = messages.filter((m) => m.file === f.name && !m.warning && f.kind === "rules").length;
    const name = document.createElement("span");
    name.textContent = f.name;
    button.append(name);
    if (f.text !== f.original) {
      const mark = document.createElement("span");
      mark.className = "ks-file__changed";
      mark.textContent = lang === "nl" ? "gewijzigd" : "changed";
      button.append(" ", mark);
    }
    if (errors) {
      const mark = document.createElement("span");
      mark.className = "ks-file__errors";
      mark.textContent = `${errors} ${lang === "nl" ? (errors === 1 ? "fout" : "fouten") : errors === 1 ? "error" : "errors"}`;
      button.append(" ", mark);
    }
    li.append(button);
    list.append(li);
  });
}

/** @param {number} index */
function showFile(index) {
  current = index;
  const f = files[index];
  const text = /** @type {HTMLTextAreaElement} */ ($("ks-text"));
  text.value = f ? f.text : "";
  text.scrollTop = 0;
  shownGutter = "";
  $("ks-current").textContent = f ? f.path : "";
  renderGutter();
  renderFileList();
}

let shownGutter = "";

/** The line numbers beside the text; lines with a message are marked. */
function renderGutter() {
  const f = files[current];
  const gutter = $("ks-gutter");
  const count = f ? f.text.split("\n").length : 0;
  const marked = new Map();
  for (const m of messages) if (f && m.file === f.name && f.kind === "rules") marked.set(m.line, marked.get(m.line) === "error" || !m.warning ? "error" : "warning");
  // Typing within a line changes nothing here: keep the numbers.
  const key = `${current}:${count}:${JSON.stringify([...marked])}`;
  if (key === shownGutter) return syncScroll();
  shownGutter = key;
  const frag = document.createDocumentFragment();
  for (let l = 1; l <= count; l++) {
    const span = document.createElement("span");
    span.textContent = String(l);
    const mark = marked.get(l);
    if (mark) span.className = `ks-gutter__${mark}`;
    frag.append(span, "\n");
  }
  gutter.replaceChildren(frag);
  syncScroll();
}

function syncScroll() {
  $("ks-gutter").scrollTop = $("ks-text").scrollTop;
}

function showPosition() {
  const text = /** @type {HTMLTextAreaElement} */ ($("ks-text"));
  const { line, col } = positionOf(text.value, text.selectionStart);
  $("ks-position").textContent = say().position(line, col);
}

/** Opens `file` and puts the cursor at line:col, scrolled into view. @param {string} file @param {number} line @param {number} col */
function goTo(file, line, col) {
  const index = files.findIndex((f) => f.name === file && f.kind === "rules");
  if (index < 0) return;
  if (index !== current) showFile(index);
  const text = /** @type {HTMLTextAreaElement} */ ($("ks-text"));
  const at = offsetOf(text.value, line, col);
  text.focus();
  text.setSelectionRange(at, at);
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  syncScroll();
  showPosition();
}

function onInput() {
  const f = files[current];
  if (!f) return;
  f.text = /** @type {HTMLTextAreaElement} */ ($("ks-text")).value;
  renderGutter();
  clearTimeout(pauseTimer);
  pauseTimer = window.setTimeout(() => {
    const start = performance.now();
    check();
    // For `cargo xtask bench`: from the pause to the messages on the page.
    performance.measure("ks-check", { start, end: performance.now() });
  }, PAUSE_MS);
}

// --- Checking and the advice ----------------------------------------------

/** @param {boolean} [force] draw the questions and the advice even if the rules are as before */
function check(force = false) {
  if (!wasm || !files.length) return;
  const rules = ruleFiles();
  const t0 = performance.now();
  const result = guarded(() => JSON.parse(wasm.studio_check(rules.map((f) => f.name), rules.map((f) => f.text))), null);
  if (!result) return;
  // (For `cargo xtask bench`: the rules reader's part of a check.)
  performance.measure("ks-check-rules", { start: t0, end: performance.now() });
  const same = JSON.stringify(result.messages) === JSON.stringify(messages) && result.ok === rulesOk;
  messages = result.messages;
  rulesOk = result.ok;
  // After a pause only what changed is drawn again (`cargo xtask bench` measures it):
  // the messages when they differ, the questions and the advice when the rules do.
  if (!same || force || !$("ks-messages").childElementCount) renderMessages();
  renderGutter();
  renderFileList();
  if (result.changed || force) renderQuestions();
  // With errors the preview keeps the last good rules: nothing to render again.
  if ((rulesOk && (result.changed || force)) || !$("ks-advice").childElementCount) {
    const t1 = performance.now();
    preview();
    performance.measure("ks-check-preview", { start: t1, end: performance.now() });
  } else {
    $("ks-stale").hidden = rulesOk;
  }
  renderTake();
}

function renderMessages() {
  const errors = messages.filter((m) => !m.warning).length;
  const warnings = messages.length - errors;
  $("ks-summary").textContent = errors ? say().errors(errors, warnings) : say().ok(warnings);
  $("ks-summary").classList.toggle("ks-summary--error", errors > 0);
  const list = $("ks-messages");
  list.replaceChildren();
  for (const m of messages) {
    const li = document.createElement("li");
    li.className = m.warning ? "ks-message ks-message--warning" : "ks-message ks-message--error";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ks-message__go";
    button.dataset.file = m.file;
    button.dataset.line = String(m.line);
    button.dataset.col = String(m.col);
    const where = document.createElement("span");
    where.className = "ks-message__where";
    where.textContent = `${m.warning ? say().warning : say().error} · ${m.file}, ${say().line(m.line, m.col)}`;
    const what = document.createElement("span");
    what.className = "ks-message__text";
    what.textContent = m.text;
    button.append(where, what);
    li.append(button);
    list.append(li);
  }
}

let shownQuestions = "";

/** The answer set as the compact choices: one select or a row of boxes per question. */
function renderQuestions() {
  if (!wasm) return;
  const json = guarded(() => wasm.studio_questions(lang), "[]");
  // Unchanged questions keep their controls (and the focus in them).
  if (json === shownQuestions) return;
  shownQuestions = json;
  const questions = JSON.parse(json);
  const chosen = new URLSearchParams(answers);
  const form = $("ks-questions");
  form.replaceChildren();
  for (const q of questions) {
    const picked = (chosen.get(q.id) || "").split(",").filter(Boolean);
    if (q.many) {
      const set = document.createElement("fieldset");
      set.className = "ks-question";
      const legend = document.createElement("legend");
      legend.textContent = q.label;
      set.append(legend);
      for (const o of q.options) {
        const label = document.createElement("label");
        label.className = "ks-check";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = q.id;
        box.value = o.id;
        box.checked = picked.includes(o.id);
        label.append(box, " ", o.label);
        set.append(label);
      }
      form.append(set);
    } else {
      const wrap = document.createElement("div");
      wrap.className = "ks-question";
      const label = document.createElement("label");
      label.htmlFor = `ks-q-${q.id}`;
      label.textContent = q.label;
      const select = document.createElement("select");
      select.id = `ks-q-${q.id}`;
      select.name = q.id;
      select.append(new Option("—", ""));
      for (const o of q.options) select.append(new Option(o.label, o.id, false, picked.includes(o.id)));
      wrap.append(label, select);
      form.append(wrap);
    }
  }
}

function readAnswers() {
  const form = /** @type {HTMLFormElement} */ ($("ks-answers"));
  /** @type {Map<string, string[]>} */
  const picked = new Map();
  for (const el of Array.from(form.elements)) {
    const input = /** @type {HTMLInputElement} */ (el);
    if (!input.name) continue;
    if (!picked.has(input.name)) picked.set(input.name, []);
    if ((input.type === "checkbox" && input.checked) || (input.tagName === "SELECT" && input.value)) picked.get(input.name)?.push(input.value);
  }
  answers = [...picked].filter(([, v]) => v.length).map(([k, v]) => `${k}=${v.join(",")}`).join("&");
}

function preview() {
  if (!wasm) return;
  $("ks-stale").hidden = rulesOk;
  const changes = guarded(() => JSON.parse(wasm.studio_preview("ks-advice", answers, lang)), []);
  const list = $("ks-changes");
  list.replaceChildren();
  if (!changes.length) {
    const li = document.createElement("li");
    li.textContent = say().noChange;
    list.append(li);
  }
  for (const c of changes) {
    const li = document.createElement("li");
    li.className = c.sign === "+" ? "ks-change ks-change--added" : "ks-change ks-change--removed";
    const sign = document.createElement("strong");
    sign.textContent = `${c.sign === "+" ? say().added : say().removed}:`;
    const text = document.createElement("span");
    text.className = "ks-change__text";
    text.textContent = c.text;
    li.append(sign, " ", text);
    list.append(li);
  }
}

/**
 * "Probeer de keuzehulp met deze regels": studio-preview.html in a new tab
 * asks this tab for the content packs of the rules as they are now (the last
 * version without errors); only a page of this origin that this tab opened gets them.
 */
function tryRules() {
  if (!wasm) return;
  const packs = guarded(() => ({ type: "ks-packs", fingerprint: wasm.studio_fingerprint(), nl: wasm.studio_pack("nl"), en: wasm.studio_pack("en") }), null);
  if (!packs) return;
  const opened = window.open(`studio-preview.html${lang === "en" ? "?lang=en" : ""}`, "_blank");
  if (!opened) return;
  window.addEventListener("message", function answer(event) {
    if (event.origin !== location.origin || event.source !== opened || event.data?.type !== "ks-preview-ready") return;
    opened.postMessage(packs, location.origin);
  });
}

// --- Tests ---------------------------------------------------------------------

function runCases() {
  if (!wasm) return;
  const list = $("ks-cases");
  list.replaceChildren();
  if (!rulesOk) {
    $("ks-cases-summary").textContent = say().casesStale;
    return;
  }
  const cases = caseFiles();
  const outcomes = guarded(() => JSON.parse(wasm.studio_cases(cases.map((f) => f.name), cases.map((f) => f.text))), []);
  const failed = outcomes.filter((o) => !o.pass);
  $("ks-cases-summary").textContent = say().casesResult(outcomes.length - failed.length, failed.length);
  // Failures first, each with its problems; then the passes.
  for (const o of [...failed, ...outcomes.filter((o) => o.pass)]) {
    const li = document.createElement("li");
    li.className = o.pass ? "ks-case ks-case--pass" : "ks-case ks-case--fail";
    const head = document.createElement("button");
    head.type = "button";
    head.className = "ks-case__go";
    head.dataset.case = o.file;
    head.dataset.line = String(o.line);
    head.textContent = `${o.pass ? say().pass : say().fail}: ${o.name} (${o.file}, ${say().line(o.line, 1)})`;
    li.append(head);
    if (o.problems.length) {
      const ul = document.createElement("ul");
      for (const p of o.problems) {
        const item = document.createElement("li");
        item.textContent = p;
        ul.append(item);
      }
      li.append(ul);
    }
    list.append(li);
  }
}

function runSpace() {
  stopSpace(false);
  if (!rulesOk) {
    $("ks-space-status").textContent = say().casesStale;
    return;
  }
  const rules = ruleFiles();
  const progress = /** @type {HTMLProgressElement} */ ($("ks-space-progress"));
  const status = $("ks-space-status");
  const failures = $("ks-space-failures");
  failures.replaceChildren();
  progress.hidden = false;
  progress.value = 0;
  status.textContent = say().spaceRunning(0, "…");
  $("ks-stop-space").hidden = false;
  let checked = 0;
  const worker = new Worker(new URL("studio-worker.js", document.baseURI), { type: "module" });
  spaceWorker = worker;
  worker.onmessage = (event) => {
    const m = event.data;
    if (m.type === "progress") {
      checked = m.checked;
      progress.max = m.chunks;
      progress.value = m.done;
      status.textContent = say().spaceRunning(m.done, m.chunks);
      for (const f of m.failures) {
        const li = document.createElement("li");
        li.className = "ks-case ks-case--fail";
        li.textContent = f;
        failures.append(li);
      }
    } else if (m.type === "done") {
      status.textContent = say().spaceDone(m.checked, failures.childElementCount);
      stopSpace(false);
    } else if (m.type === "error") {
      status.textContent = say().spaceError(m.message);
      stopSpace(false);
    }
  };
  worker.onerror = () => {
    status.textContent = say().spaceError("worker");
    stopSpace(false);
  };
  worker.postMessage({ names: rules.map((f) => f.name), texts: rules.map((f) => f.text) });
  $("ks-stop-space").onclick = () => {
    stopSpace(true);
    status.textContent = say().spaceStopped(checked);
  };
}

/** @param {boolean} user the user pressed Stop */
function stopSpace(user) {
  if (spaceWorker) spaceWorker.terminate();
  spaceWorker = null;
  $("ks-stop-space").hidden = true;
  if (!user) $("ks-space-progress").hidden = true;
}

// --- Taking the work away ---------------------------------------------------

function changedFiles() {
  return files.filter((f) => f.text !== f.original);
}

export function diffOf(/** @type {any} */ w, /** @type {StudioFile[]} */ changed) {
  return changed.map((f) => w.studio_diff(f.path, f.original, f.text)).join("");
}

function renderTake() {
  const changed = changedFiles();
  $("ks-changed").textContent = say().changed(changed.length);
  $("ks-diff").textContent = wasm ? guarded(() => diffOf(wasm, changed), "") : "";
  for (const id of ["ks-download-diff", "ks-download-zip"]) /** @type {HTMLButtonElement} */ ($(id)).disabled = !changed.length;
}

/** @param {string} name @param {BlobPart} data @param {string} type */
function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// --- Language -------------------------------------------------------------------

/** @type {Map<Element, string>} the Dutch of every [data-t], as in the HTML */
const dutch = new Map();

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const el of Array.from(document.querySelectorAll("[data-t]"))) {
    if (!dutch.has(el)) dutch.set(el, el.innerHTML);
    const key = /** @type {HTMLElement} */ (el).dataset.t || "";
    const en = /** @type {Record<string, string>} */ (TEXT.en)[key];
    if (lang === "en" && en) el.textContent = en;
    else el.innerHTML = /** @type {string} */ (dutch.get(el));
  }
  const link = /** @type {HTMLAnchorElement} */ ($("ks-switch"));
  link.textContent = lang === "en" ? "Nederlands" : "English";
  link.lang = lang === "en" ? "nl" : "en";
  link.hreflang = link.lang;
  link.href = lang === "en" ? "?lang=nl" : "?lang=en";
  document.title = lang === "en" ? "Rules studio – Work stress choice aid" : "Regelstudio – Keuzehulp werkstress";
}

// --- Start -------------------------------------------------------------------------

function listen() {
  const text = $("ks-text");
  text.addEventListener("input", onInput);
  text.addEventListener("scroll", syncScroll);
  for (const kind of ["keyup", "click", "select"]) text.addEventListener(kind, showPosition);
  $("ks-file-list").addEventListener("click", (e) => {
    const button = /** @type {HTMLElement} */ (e.target).closest("button[data-index]");
    if (button instanceof HTMLElement) showFile(Number(button.dataset.index));
  });
  $("ks-messages").addEventListener("click", (e) => {
    const button = /** @type {HTMLElement} */ (e.target).closest("button[data-file]");
    if (button instanceof HTMLElement) goTo(button.dataset.file || "", Number(button.dataset.line), Number(button.dataset.col));
  });
  $("ks-cases").addEventListener("click", (e) => {
    const button = /** @type {HTMLElement} */ (e.target).closest("button[data-case]");
    if (!(button instanceof HTMLElement)) return;
    const index = files.findIndex((f) => f.kind === "cases" && f.name === button.dataset.case);
    if (index < 0) return;
    showFile(index);
    const area = /** @type {HTMLTextAreaElement} */ ($("ks-text"));
    const at = offsetOf(area.value, Number(button.dataset.line), 1);
    area.focus();
    area.setSelectionRange(at, at);
  });
  $("ks-answers").addEventListener("change", () => {
    readAnswers();
    preview();
  });
  // Links in the preview are the keuzehulp's own: here they would leave the studio.
  $("ks-advice").addEventListener("click", (e) => {
    const a = /** @type {HTMLElement} */ (e.target).closest("a, button");
    if (a && !(a instanceof HTMLAnchorElement && a.target === "_blank")) e.preventDefault();
  });
  $("ks-builtin").addEventListener("click", () => setFiles(builtinFiles.map((f) => ({ ...f, text: f.original })), say().fromBuiltin));
  $("ks-folder").addEventListener("change", (e) => readFileList(/** @type {HTMLInputElement} */ (e.target).files || []));
  $("ks-files").addEventListener("change", (e) => readFileList(/** @type {HTMLInputElement} */ (e.target).files || []));
  const drop = $("ks-drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("ks-drop--over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("ks-drop--over"));
  drop.addEventListener("drop", onDrop);
  $("ks-run-cases").addEventListener("click", runCases);
  $("ks-try").addEventListener("click", tryRules);
  $("ks-run-space").addEventListener("click", runSpace);
  $("ks-download-diff").addEventListener("click", () => download("regelstudio-wijzigingen.diff", diffOf(wasm, changedFiles()), "text/x-diff"));
  $("ks-download-zip").addEventListener("click", () => {
    const changed = changedFiles();
    const zip = guarded(() => wasm.studio_zip(changed.map((f) => f.path), changed.map((f) => f.text)), null);
    if (zip) download("regelstudio-bestanden.zip", zip, "application/zip");
  });
  $("ks-download-file").addEventListener("click", () => {
    const f = files[current];
    if (f) download(f.name, f.text, "text/plain");
  });
  $("ks-switch").addEventListener("click", (e) => {
    e.preventDefault();
    lang = lang === "en" ? "nl" : "en";
    history.replaceState(null, "", lang === "en" ? "?lang=en" : location.pathname);
    applyLanguage();
    shownQuestions = "";
    $("ks-opened").textContent = "";
    check(true);
  });
  // Leaving with unsent changes: the browser asks first.
  window.addEventListener("beforeunload", (e) => {
    if (changedFiles().length) e.preventDefault();
  });
}

async function start() {
  applyLanguage();
  listen();
  try {
    const data = await fetch("studio/builtin.json").then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
    builtinFiles = fromRecords(data.rules, data.cases);
    await loadWasm();
  } catch (e) {
    console.error("studio:", e);
    $("ks-loading").hidden = true;
    $("ks-failed").hidden = false;
    document.documentElement.dataset.studio = "failed";
    return;
  }
  $("ks-loading").hidden = true;
  setFiles(builtinFiles.map((f) => ({ ...f })), say().fromBuiltin);
  document.documentElement.dataset.studio = "ready";
  keepForOffline();
}

/**
 * Ask the site's service worker (sw.js) to keep the studio's files, the
 * answer-space check's worker too (it is only fetched when a check starts),
 * so the studio works offline after this visit. The site's background
 * warm-up leaves the studio out (about 260 KB, for rule experts only).
 */
function keepForOffline() {
  navigator.serviceWorker?.ready.then((r) => r.active?.postMessage("keuzehulp:warm-up-studio")).catch(() => {});
}

if (typeof document !== "undefined" && document.getElementById("ks-text")) start();
