//! Short names on the boundary between the wasm and its wasm-bindgen glue.
//! binaryen's own pass (`wasm-opt --minify-imports-and-exports-and-modules`)
//! renames every import (`__wbg_setAttribute_6a2d0c6d2d4b4e1f` becomes `a`),
//! their module (`./keuzehulp_bg.js` becomes `a`) and every export of the
//! wasm, and prints the mapping; here the glue follows it. The hashes in
//! wasm-bindgen's names are noise to a compressor, and the module name
//! repeats once per import.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use crate::util::show;

/// The module name wasm-bindgen gives the glue's imports.
const GLUE_MODULE: &str = "./keuzehulp_bg.js";
/// The one module binaryen merges them into (`SINGLETON_MODULE_NAME` in its
/// MinifyImportsAndExports.cpp).
const MINIFIED_MODULE: &str = "a";

/// Minify the import and export names of `wasm` (in place) and rewrite the
/// glue to match. Returns how many names changed.
pub fn minify(wasm_opt: &Path, features: &[&str], wasm: &Path, glue: &Path) -> Result<usize, String> {
    let mut cmd = Command::new(wasm_opt);
    cmd.args(features).arg("--minify-imports-and-exports-and-modules").arg(wasm).arg("-o").arg(wasm);
    let out = cmd.output().map_err(|e| format!("{}: {e}", show(&cmd)))?;
    if !out.status.success() {
        return Err(format!("{} failed: {}", show(&cmd), String::from_utf8_lossy(&out.stderr)));
    }
    let mapping = Mapping::parse(&String::from_utf8_lossy(&out.stdout))?;
    let js = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    let js = mapping.rewrite(&js).map_err(|e| format!("{}: {e}", glue.display()))?;
    std::fs::write(glue, js).map_err(|e| format!("{}: {e}", glue.display()))?;
    Ok(mapping.imports.len() + mapping.exports.len())
}

/// binaryen's mapping: `{"imports": [[module, old, new], …], "exports": [[old, new], …]}`.
#[derive(Debug, Default)]
struct Mapping {
    imports: HashMap<String, String>,
    exports: HashMap<String, String>,
}

impl Mapping {
    fn parse(text: &str) -> Result<Mapping, String> {
        let bad = || format!("wasm-opt printed no mapping of minified names: {}", text.chars().take(200).collect::<String>());
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| bad())?;
        let mut mapping = Mapping::default();
        for entry in value["imports"].as_array().ok_or_else(bad)? {
            match entry.as_array().map(|e| e.iter().map(|s| s.as_str()).collect::<Vec<_>>()).as_deref() {
                Some([Some(GLUE_MODULE), Some(old), Some(new)]) => mapping.imports.insert(old.to_string(), new.to_string()),
                Some([Some(module), Some(old), _]) => {
                    return Err(format!("the wasm imports {old} from {module}, not from the glue: the glue could not supply it"));
                }
                _ => return Err(bad()),
            };
        }
        for entry in value["exports"].as_array().ok_or_else(bad)? {
            match entry.as_array().map(|e| e.iter().map(|s| s.as_str()).collect::<Vec<_>>()).as_deref() {
                Some([Some(old), Some(new)]) => mapping.exports.insert(old.to_string(), new.to_string()),
                _ => return Err(bad()),
            };
        }
        Ok(mapping)
    }

    /// The glue with the new names, in one pass (a new name may be another's
    /// old one): each import is a key of the imports object (exactly once),
    /// each export is read as `wasm.<name>` (any number of times), and the
    /// object of the module's imports is keyed by the new module name.
    fn rewrite(&self, js: &str) -> Result<String, String> {
        let module_key = format!("\"{GLUE_MODULE}\":");
        if js.matches(&module_key).count() != 1 {
            return Err(format!("the glue does not key its imports by {GLUE_MODULE} exactly once"));
        }
        let js = js.replacen(&module_key, &format!("\"{MINIFIED_MODULE}\":"), 1);
        let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
        let mut out = String::with_capacity(js.len());
        let mut keys_seen: HashMap<&str, usize> = HashMap::new();
        let mut rest = js.as_str();
        while let Some(start) = rest.find(ident) {
            let (before, word_on) = rest.split_at(start);
            let end = word_on.find(|c| !ident(c)).unwrap_or(word_on.len());
            let (word, after) = word_on.split_at(end);
            out.push_str(before);
            let is_key = after.trim_start().starts_with(':') && !after.trim_start().starts_with("::");
            let is_export = out.ends_with("wasm.") && !out[..out.len() - 5].ends_with(|c| ident(c) || c == '.');
            match (self.imports.get_key_value(word), self.exports.get(word)) {
                (Some((old, new)), _) if is_key && !out.ends_with('.') => {
                    *keys_seen.entry(old.as_str()).or_default() += 1;
                    out.push_str(new);
                }
                (_, Some(new)) if is_export => out.push_str(new),
                _ => out.push_str(word),
            }
            rest = after;
        }
        out.push_str(rest);
        for old in self.imports.keys() {
            match keys_seen.get(old.as_str()) {
                Some(1) => {}
                Some(n) => return Err(format!("the glue supplies the import {old} {n} times")),
                None => return Err(format!("the glue never supplies the import {old}")),
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPPING: &str = r#"{
 "imports": [
  ["./keuzehulp_bg.js", "__wbg_now_0123456789abcdef", "a"],
  ["./keuzehulp_bg.js", "__wbindgen_init_externref_table", "b"]
 ],
"exports": [
  ["memory", "c"],
  ["start", "d"],
  ["a", "e"]
 ]
}
"#;

    const GLUE: &str = r#"function start(lang) { wasm.start(lang); }
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_now_0123456789abcdef: function() { const start = Date.now(); return start; },
        __wbindgen_init_externref_table: function() { const table = wasm.memory; },
    };
    return { __proto__: null, "./keuzehulp_bg.js": import0 };
}
wasm.a(); notwasm.start(); x.wasm.start(); const o = { start: 1 };"#;

    #[test]
    fn imports_exports_and_the_module_get_the_new_names_and_nothing_else_does() {
        let js = Mapping::parse(MAPPING).unwrap().rewrite(GLUE).unwrap();
        assert_eq!(
            js,
            r#"function start(lang) { wasm.d(lang); }
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        a: function() { const start = Date.now(); return start; },
        b: function() { const table = wasm.c; },
    };
    return { __proto__: null, "a": import0 };
}
wasm.e(); notwasm.start(); x.wasm.start(); const o = { start: 1 };"#
        );
    }

    #[test]
    fn a_glue_or_mapping_that_does_not_fit_is_an_error() {
        let mapping = Mapping::parse(MAPPING).unwrap();
        let missing = GLUE.replace("__wbindgen_init_externref_table: function", "other: function");
        assert!(mapping.rewrite(&missing).unwrap_err().contains("never supplies the import __wbindgen_init_externref_table"));
        assert!(mapping.rewrite(&GLUE.replace("\"./keuzehulp_bg.js\": ", "")).is_err());
        let foreign = MAPPING.replace("[\"./keuzehulp_bg.js\", \"__wbg_now", "[\"env\", \"__wbg_now");
        assert!(Mapping::parse(&foreign).unwrap_err().contains("from env"));
        assert!(Mapping::parse("[parse error] something").is_err());
    }
}
