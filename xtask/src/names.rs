//! Short names for what the wasm imports from its wasm-bindgen glue:
//! `__wbg_setAttribute_6a2d0c6d2d4b4e1f` becomes `x1f`, in the wasm (through
//! walrus, wasm-bindgen's own wasm library, before wasm-opt) and in the
//! glue's imports object alike. The 16-hex-digit hashes in those names are
//! noise to a compressor (1.7 KB brotli).
//!
//! Measured against binaryen's own pass (`wasm-opt
//! --minify-imports-and-exports-and-modules`, issue 19): the same bytes
//! (+6 brotli for binaryen, wasm and glue together), but it also renames the
//! exports, which the widget test reaches (`__wbindgen_export`, the
//! allocator), so the imports-only rename stays.

use std::collections::HashMap;
use std::path::Path;

/// The module name wasm-bindgen gives the glue's imports.
const GLUE_MODULE: &str = "./keuzehulp_bg.js";

/// Rename the imports of `wasm` from the glue, and the same names in `glue`.
/// Returns how many were renamed.
pub fn shorten(wasm: &Path, glue: &Path) -> Result<usize, String> {
    let mut module = walrus::Module::from_file(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let mut renamed = HashMap::new();
    for import in module.imports.iter_mut().filter(|i| i.module == GLUE_MODULE) {
        let short = format!("x{:x}", renamed.len());
        renamed.insert(std::mem::replace(&mut import.name, short.clone()), short);
    }
    let js = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    let js = rename_keys(&js, &renamed).map_err(|e| format!("{}: {e}", glue.display()))?;
    module.emit_wasm_file(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    std::fs::write(glue, js).map_err(|e| format!("{}: {e}", glue.display()))?;
    Ok(renamed.len())
}

/// The glue with each import's key in the imports object renamed, in one
/// pass (a new name may be another's old one). Each key must occur exactly
/// once, or the glue is not this module's.
fn rename_keys(js: &str, renamed: &HashMap<String, String>) -> Result<String, String> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut rest = js;
    while let Some(start) = rest.find(ident) {
        let (before, word_on) = rest.split_at(start);
        let end = word_on.find(|c| !ident(c)).unwrap_or(word_on.len());
        let (word, after) = word_on.split_at(end);
        out.push_str(before);
        let is_key = after.trim_start().starts_with(':') && !out.ends_with('.');
        match renamed.get_key_value(word) {
            Some((old, new)) if is_key => {
                *seen.entry(old.as_str()).or_default() += 1;
                out.push_str(new);
            }
            _ => out.push_str(word),
        }
        rest = after;
    }
    out.push_str(rest);
    for old in renamed.keys() {
        match seen.get(old.as_str()) {
            Some(1) => {}
            Some(n) => return Err(format!("the glue supplies the import {old} {n} times")),
            None => return Err(format!("the glue never supplies the import {old}")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renamed() -> HashMap<String, String> {
        [("__wbg_now_0123456789abcdef", "x0"), ("__wbindgen_init_externref_table", "x1"), ("x0", "x2")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    const GLUE: &str = r#"function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_now_0123456789abcdef: function() { const x = { __wbg_now_0123456789abcdef_2: 1 }; return Date.now(); },
        __wbindgen_init_externref_table: function() { const table = wasm.__wbindgen_init_externref_table; },
        x0: function() {},
    };
    return { __proto__: null, "./keuzehulp_bg.js": import0 };
}"#;

    #[test]
    fn only_the_import_keys_get_the_new_names() {
        assert_eq!(
            rename_keys(GLUE, &renamed()).unwrap(),
            r#"function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        x0: function() { const x = { __wbg_now_0123456789abcdef_2: 1 }; return Date.now(); },
        x1: function() { const table = wasm.__wbindgen_init_externref_table; },
        x2: function() {},
    };
    return { __proto__: null, "./keuzehulp_bg.js": import0 };
}"#
        );
    }

    #[test]
    fn a_glue_that_does_not_fit_is_an_error() {
        let missing = GLUE.replace("__wbindgen_init_externref_table: function", "other: function");
        assert!(rename_keys(&missing, &renamed()).unwrap_err().contains("never supplies the import __wbindgen_init_externref_table"));
        let twice = GLUE.replace("x0: function() {}", "x0: function() {}, x0: 1");
        assert!(rename_keys(&twice, &renamed()).unwrap_err().contains("supplies the import x0 2 times"));
    }

    #[test]
    fn the_wasm_and_the_glue_are_renamed_together() {
        let dir = std::env::temp_dir().join(format!("xtask-names-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut module = walrus::Module::default();
        let ty = module.types.add(&[], &[]);
        for name in ["__wbg_now_0123456789abcdef", "__wbindgen_init_externref_table"] {
            module.add_import_func(GLUE_MODULE, name, ty);
        }
        module.add_import_func("env", "other", ty);
        let (wasm, glue) = (dir.join("m.wasm"), dir.join("m.js"));
        module.emit_wasm_file(&wasm).unwrap();
        std::fs::write(&glue, GLUE.replace("        x0: function() {},\n", "")).unwrap();
        assert_eq!(shorten(&wasm, &glue).unwrap(), 2);
        let names: Vec<(String, String)> =
            walrus::Module::from_file(&wasm).unwrap().imports.iter().map(|i| (i.module.clone(), i.name.clone())).collect();
        let glue_names: Vec<&str> = names.iter().filter(|(m, _)| m == GLUE_MODULE).map(|(_, n)| n.as_str()).collect();
        assert_eq!(glue_names.len(), 2);
        assert!(glue_names.iter().all(|n| ["x0", "x1"].contains(n)), "{names:?}");
        assert!(names.contains(&("env".to_string(), "other".to_string())), "other modules keep their names");
        let js = std::fs::read_to_string(&glue).unwrap();
        assert!(!js.contains("__wbg_now_0123456789abcdef:") && js.contains("x0:") && js.contains("x1:"), "{js}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
