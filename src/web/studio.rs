//! The rules studio's entry points (issue 33; `studio.html`, `www/studio.js`),
//! only with the `studio` feature: the third wasm, `dist/pkg-studio/`, with
//! the rules reader (`crates/rules-source`, TOML included) that the site's
//! and the widget's wasm never carry. The logic is `crates/studio`'s (tested
//! natively); here it meets the page: rule files in, JSON out, and the advice
//! rendered by the keuzehulp's own results view (`ui::pages::results`).

use std::cell::RefCell;
use std::rc::Rc;

use keuzehulp_studio::{advice, cases, check, diff, invariants, zip};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::contacts::Contacts;
use crate::engine::{Answers, Lang, RuleSet, pack};
use crate::ui::pages::results;
use crate::ui::text::T;

thread_local! {
    /// The rules as shipped (for "what changed") and as edited (the last check without errors).
    static BUILTIN: RefCell<Option<Rc<RuleSet>>> = const { RefCell::new(None) };
    static EDITED: RefCell<Option<Rc<RuleSet>>> = const { RefCell::new(None) };
    static PREVIEW: RefCell<Option<yew::AppHandle<Shown>>> = const { RefCell::new(None) };
}

fn files(names: Vec<String>, texts: Vec<String>) -> Vec<(String, String)> {
    names.into_iter().zip(texts).collect()
}

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::Nl)
}

/// Checks the rule files (`names[i]` holds `texts[i]`): `{"ok": bool,
/// "changed": bool, "messages": [...]}`. Without errors the rules become the
/// edited rules the preview shows; `changed` says they differ from the last
/// (a comment or a space typed changes nothing the preview shows).
#[wasm_bindgen]
pub fn studio_check(names: Vec<String>, texts: Vec<String>) -> String {
    let checked = check::check(&files(names, texts));
    let ok = checked.rules.is_some();
    let mut changed = false;
    if let Some(rules) = checked.rules {
        changed = EDITED.with(|e| e.borrow().as_deref() != Some(&rules));
        if changed {
            EDITED.with(|e| *e.borrow_mut() = Some(Rc::new(rules)));
        }
    }
    format!("{{\"ok\":{ok},\"changed\":{changed},\"messages\":{}}}", check::messages_json(&checked.messages))
}

/// Reads the built-in rule files, the baseline of "what changed"; true when they read.
#[wasm_bindgen]
pub fn studio_set_builtin(names: Vec<String>, texts: Vec<String>) -> bool {
    let rules = check::check(&files(names, texts)).rules.map(Rc::new);
    let ok = rules.is_some();
    BUILTIN.with(|b| *b.borrow_mut() = rules.clone());
    if ok && EDITED.with(|e| e.borrow().is_none()) {
        EDITED.with(|e| *e.borrow_mut() = rules);
    }
    ok
}

fn edited() -> Option<Rc<RuleSet>> {
    EDITED.with(|e| e.borrow().clone())
}

/// The questions of the edited rules, for the answer set (JSON, see `advice::questions_json`).
#[wasm_bindgen]
pub fn studio_questions(lang_code: String) -> String {
    edited().map_or_else(|| "[]".into(), |r| advice::questions_json(&r, lang(&lang_code)))
}

#[derive(Properties, PartialEq)]
pub struct ShownProps {
    pub html: Html,
}

/// Shows markup the results view made (yew keeps it as it is).
#[function_component]
pub fn Shown(props: &ShownProps) -> Html {
    props.html.clone()
}

/// Renders the advice of the edited rules for `answers` into the element
/// `#root_id` with the keuzehulp's own results view, and returns what changed
/// against the built-in rules (JSON, see `advice::changes_json`).
#[wasm_bindgen]
pub fn studio_preview(root_id: String, answers: String, lang_code: String) -> String {
    let Some(rules) = edited() else { return "[]".into() };
    let lang = lang(&lang_code);
    let parsed = Answers::parse(&rules, &answers).0;
    let props = results::Props {
        lang,
        answers: parsed,
        back: None,
        share: None,
        contacts: Rc::new(Contacts::default()),
        complete: true,
        plan: None,
        plan_in_app: false,
        // (The site's own overview links: the studio is on the same site.)
        site: AttrValue::default(),
    };
    let html = crate::content::with_rules(&rules, || results::view(&props));
    PREVIEW.with(|p| {
        if let Some(handle) = p.borrow_mut().take() {
            handle.destroy();
        }
        if let Some(root) = gloo::utils::document().get_element_by_id(&root_id) {
            *p.borrow_mut() = Some(yew::Renderer::<Shown>::with_root_and_props(root, ShownProps { html }).render());
        }
    });
    let builtin = BUILTIN.with(|b| b.borrow().clone());
    builtin.map_or_else(|| "[]".into(), |before| advice::changes_json(&advice::changes(&before, &rules, &answers, lang)))
}

/// The unified diff of one file (`path` as in the repository: `rules/rules.toml`).
#[wasm_bindgen]
pub fn studio_diff(path: String, old: String, new: String) -> String {
    diff::unified(&path, &old, &new)
}

/// A stored zip of the files.
#[wasm_bindgen]
pub fn studio_zip(names: Vec<String>, texts: Vec<String>) -> Vec<u8> {
    zip::stored(&names.into_iter().zip(texts).map(|(n, t)| (n, t.into_bytes())).collect::<Vec<_>>())
}

/// The `.toml` files of a zip the expert opened: `{"files": [{"path", "text"}]}`,
/// or `{"error": "what is wrong"}` (see `zip::read`).
#[wasm_bindgen]
pub fn studio_unzip(bytes: &[u8]) -> String {
    use keuzehulp_studio::json;
    match zip::read(bytes) {
        Ok(files) => {
            let files = files.iter().map(|(p, t)| json::object(&[("path", json::string(p)), ("text", json::string(t))]));
            json::object(&[("files", json::array(files))])
        }
        Err(e) => json::object(&[("error", json::string(&e))]),
    }
}

/// Runs the case files against the edited rules: JSON, see `cases::outcomes_json`.
#[wasm_bindgen]
pub fn studio_cases(names: Vec<String>, texts: Vec<String>) -> String {
    edited().map_or_else(|| "[]".into(), |r| cases::outcomes_json(&cases::run_all(&r, &files(names, texts))))
}

/// How many chunks the answer-space check of the edited rules has.
#[wasm_bindgen]
pub fn studio_chunks() -> usize {
    edited().map_or(0, |r| invariants::chunks(&r))
}

/// Checks one chunk of the answer space: `{"checked": n, "failures": [...]}`, or `{"error": "..."}`.
#[wasm_bindgen]
pub fn studio_check_chunk(chunk: usize) -> String {
    let Some(rules) = edited() else { return "{\"error\":\"no rules\"}".into() };
    match invariants::check_chunk(&rules, chunk) {
        Ok(found) => found.json(),
        Err(e) => format!("{{\"error\":{}}}", keuzehulp_studio::json::string(&e)),
    }
}

/// The edited rules as a content pack in `lang` (with the interface texts of
/// the pack already added for `lang`), for "Probeer de keuzehulp met deze regels".
#[wasm_bindgen]
pub fn studio_pack(lang_code: String) -> Result<String, JsValue> {
    let rules = edited().ok_or_else(|| JsValue::from_str("no rules"))?;
    let lang = lang(&lang_code);
    let ui: Vec<&str> = (0..T::ALL.len()).map(|i| crate::content::ui_text(lang, i)).collect();
    pack::write(&rules, lang, &ui).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The fingerprint of the edited rules: what their packs carry ([`studio_pack`]).
#[wasm_bindgen]
pub fn studio_fingerprint() -> String {
    edited().map_or_else(String::new, |r| pack::fingerprint(&r))
}

/// On `studio-preview.html`: the keuzehulp (`start`) runs on the packs of the
/// edited rules, which carry `fingerprint`. Call before `add_content`.
#[wasm_bindgen]
pub fn studio_preview_rules(fingerprint: String) {
    crate::content::preview_rules(&fingerprint);
}
