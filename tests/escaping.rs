//! Markup escapes by construction (issue 19): content reaches the page only
//! through maud templates, whose every `(value)` is escaped, and yew shows a
//! template through one function. This test keeps it so: the two ways
//! around escaping, yew's `from_html_unchecked` and maud's `PreEscaped`,
//! appear in `src/ui/markup.rs` only.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable src/") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_markup_module_writes_unescaped_markup() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 20, "found the sources: {}", files.len());
    let allowed = root.join("src/ui/markup.rs");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("UTF-8 source");
        for needle in ["from_html_unchecked", "PreEscaped", "Html::from_html"] {
            if text.contains(needle) && *file != allowed {
                found.push(format!("{} uses {needle}", file.strip_prefix(root).unwrap_or(file).display()));
            }
        }
    }
    assert!(found.is_empty(), "unescaped markup outside src/ui/markup.rs: {found:#?}");
    let markup = std::fs::read_to_string(&allowed).expect("src/ui/markup.rs");
    assert_eq!(markup.matches("from_html_unchecked(").count(), 1, "one named door to the page");
}

/// The organisation's contacts are the one outside input the pages show:
/// hostile text in each field comes out as text, on the rendered advice.
#[test]
fn hostile_contacts_are_text_on_the_advice() {
    use keuzehulp::content::rules;
    use keuzehulp::contacts::parse_contacts;
    use keuzehulp::ui::parts::expert_card::{Props, expert_card};
    let hostile = "<img src=x onerror=alert(1)>\\\"'&";
    let json = format!(r#"{{"bedrijfsarts": {{"name": "{hostile}", "hours": "{hostile}"}}}}"#);
    let (contacts, notices) = parse_contacts(rules(), &json);
    let expert = rules().expert_index("bedrijfsarts").expect("bedrijfsarts");
    let props = Props {
        lang: keuzehulp::engine::Lang::Nl,
        expert,
        reasons: vec!["<b>reden</b>".into()],
        collapsed: false,
        contacts: std::rc::Rc::new(contacts),
    };
    let html = expert_card(&props).into_string();
    assert!(!html.contains("<img") && !html.contains("<b>"), "no element from outside: {html} ({notices:?})");
    assert!(html.contains("&lt;b&gt;reden&lt;/b&gt;"), "{html}");
    if notices.is_empty() {
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the name, as text: {html}");
    }
}
