//! What a content pack leaves out (`pack::native_only` empties it) is what
//! the browser build does not have (fields under `#[cfg(feature =
//! "authoring")]` in `model.rs`): the same set, both ways. A field that the
//! pack leaves out but the browser still has reads as empty there while
//! every native test sees it filled (issue 19: `category_index("x")` passed
//! natively and was `None` in the browser).

use std::collections::BTreeSet;

const GATE: &str = "#[cfg(feature = \"authoring\")]";

fn source(path: &str) -> String {
    std::fs::read_to_string(format!("{}/src/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// (struct, field) pairs that `native_only` empties, as written in walk.rs.
fn emptied_by_the_pack() -> BTreeSet<(String, String)> {
    let walk = source("pack/walk.rs");
    let body = walk.split("pub fn native_only(").nth(1).expect("walk.rs has native_only");
    let body = &body[..body.find("\n}\n").expect("native_only ends")];
    let model = source("model.rs");
    let mut out = BTreeSet::new();
    let mut current: Option<(String, String)> = None; // (binding, struct)
    for line in body.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("for ") {
            // `for c in r.categories.to_mut() {`
            let (binding, rest) = rest.split_once(" in r.").expect("for x in r.list");
            let list = rest.split('.').next().unwrap();
            current = Some((binding.to_string(), list_type(&model, list)));
        } else if let Some((binding, ty)) = &current {
            if let Some(rest) = line.strip_prefix(&format!("{binding}.")) {
                out.insert((ty.clone(), rest.split([' ', '=']).next().unwrap().to_string()));
            }
        }
    }
    out
}

/// The item type of a list of `RuleSet`: `pub categories: List<Category>,`.
fn list_type(model: &str, list: &str) -> String {
    let rule_set = model.split("pub struct RuleSet {").nth(1).expect("model.rs has RuleSet");
    let rule_set = &rule_set[..rule_set.find("\n}").expect("RuleSet ends")];
    let line = rule_set.lines().map(str::trim).find(|l| l.starts_with(&format!("pub {list}: List<"))).unwrap_or_else(|| panic!("RuleSet has no list {list}"));
    line.split_once('<').unwrap().1.trim_end_matches(">,").to_string()
}

/// (struct, field) pairs under the `authoring` gate in model.rs.
fn gated_in_the_model() -> BTreeSet<(String, String)> {
    let model = source("model.rs");
    let mut out = BTreeSet::new();
    let mut current = None;
    let mut gated = false;
    for line in model.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("pub struct ") {
            current = rest.split([' ', '{']).next().map(str::to_string);
        } else if line == "}" {
            current = None;
        } else if line == GATE {
            gated = true;
            continue;
        } else if let (Some(ty), Some(rest)) = (&current, line.strip_prefix("pub ")) {
            if gated {
                out.insert((ty.clone(), rest.split(':').next().unwrap().to_string()));
            }
        }
        if !line.starts_with("///") {
            gated = false;
        }
    }
    out
}

#[test]
fn what_the_pack_leaves_out_the_browser_does_not_have() {
    let emptied = emptied_by_the_pack();
    assert!(emptied.contains(&("Tool".to_string(), "id".to_string())), "the reader of walk.rs finds nothing: {emptied:?}");
    let gated = gated_in_the_model();
    let not_gated: Vec<_> = emptied.difference(&gated).collect();
    assert!(not_gated.is_empty(), "left out of a pack but still in the browser's model (gate them with {GATE}): {not_gated:?}");
    let not_emptied: Vec<_> = gated.difference(&emptied).collect();
    assert!(not_emptied.is_empty(), "gated but not emptied by pack::native_only: {not_emptied:?}");
}
