//! Short names for what the wasm imports from its wasm-bindgen glue:
//! `__wbg_setAttribute_6a2d0c6d2d4b4e1f` becomes `x1f`, in the wasm's import
//! section and in the glue's imports object alike. The 16-hex-digit hashes in
//! those names are noise to a compressor: measured 1.7 KB brotli less wasm
//! (and less glue JS). Only names change; everything refers to imports by
//! index, so nothing else in the module moves.

use std::path::Path;

/// The module name wasm-bindgen gives the glue's imports.
const GLUE_MODULE: &str = "./keuzehulp_bg.js";

/// Rename the imports of `wasm` from the glue, and the same names in `glue`.
/// Returns how many were renamed.
pub fn shorten(wasm: &Path, glue: &Path) -> Result<usize, String> {
    let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let js = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    let (bytes, renamed) = rename_imports(&bytes).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let js = rename_in_js(&js, &renamed).map_err(|e| format!("{}: {e}", glue.display()))?;
    std::fs::write(wasm, bytes).map_err(|e| format!("{}: {e}", wasm.display()))?;
    std::fs::write(glue, js).map_err(|e| format!("{}: {e}", glue.display()))?;
    Ok(renamed.len())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("the module ends too early")?;
        self.at += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<u64, String> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            if shift > 63 {
                return Err("a number too long".into());
            }
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("the module ends too early")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let n = self.leb()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| "a name that is not UTF-8".to_string())
    }

    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

fn leb(mut n: u64, out: &mut Vec<u8>) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn name(s: &str, out: &mut Vec<u8>) {
    leb(s.len() as u64, out);
    out.extend_from_slice(s.as_bytes());
}

/// The module with the glue's `__wbg…` imports renamed `x0`, `x1`, … (hex),
/// and the (old, new) names.
fn rename_imports(bytes: &[u8]) -> Result<(Vec<u8>, Vec<(String, String)>), String> {
    if bytes.get(..8) != Some(b"\0asm\x01\0\0\0") {
        return Err("not a wasm module (version 1)".into());
    }
    let mut out = bytes[..8].to_vec();
    let mut renamed = Vec::new();
    let mut r = Reader { bytes, at: 8 };
    while r.at < bytes.len() {
        let id = r.byte()?;
        let len = r.leb()? as usize;
        let body = r.take(len)?;
        let body = if id == 2 { import_section(body, &mut renamed)? } else { body.to_vec() };
        out.push(id);
        leb(body.len() as u64, &mut out);
        out.extend_from_slice(&body);
    }
    Ok((out, renamed))
}

fn import_section(body: &[u8], renamed: &mut Vec<(String, String)>) -> Result<Vec<u8>, String> {
    let mut r = Reader { bytes: body, at: 0 };
    let count = r.leb()?;
    let mut out = Vec::with_capacity(body.len());
    leb(count, &mut out);
    for _ in 0..count {
        let module = r.name()?;
        let field = r.name()?;
        let desc_start = r.at;
        match r.byte()? {
            0 => {
                r.leb()?;
            }
            1 => {
                let reftype = r.byte()?;
                if !matches!(reftype, 0x6f | 0x70) {
                    return Err(format!("import {field}: a table type this tool does not know ({reftype:#x})"));
                }
                r.limits()?;
            }
            2 => r.limits()?,
            3 => {
                r.take(2)?;
            }
            4 => {
                r.byte()?;
                r.leb()?;
            }
            kind => return Err(format!("import {field}: an import kind this tool does not know ({kind})")),
        }
        let desc = &body[desc_start..r.at];
        let new = if module == GLUE_MODULE && field.starts_with("__wbg") {
            let short = format!("x{:x}", renamed.len());
            renamed.push((field.to_string(), short.clone()));
            short
        } else {
            field.to_string()
        };
        name(module, &mut out);
        name(&new, &mut out);
        out.extend_from_slice(desc);
    }
    if r.at != body.len() {
        return Err("bytes after the last import".into());
    }
    Ok(out)
}

/// `js` with every whole-identifier occurrence of each old name replaced.
/// Each old name must occur (or the glue is not this module's).
fn rename_in_js(js: &str, renamed: &[(String, String)]) -> Result<String, String> {
    let ident = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    let mut js = js.to_string();
    for (old, new) in renamed {
        let mut out = String::with_capacity(js.len());
        let mut last = 0;
        let mut found = false;
        for (at, _) in js.match_indices(old.as_str()) {
            let before = js[..at].chars().next_back();
            let after = js[at + old.len()..].chars().next();
            if ident(before) || ident(after) {
                continue;
            }
            out.push_str(&js[last..at]);
            out.push_str(new);
            last = at + old.len();
            found = true;
        }
        if !found {
            return Err(format!("the glue never names the import {old}"));
        }
        out.push_str(&js[last..]);
        js = out;
    }
    Ok(js)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from the glue, one from elsewhere and
    /// a memory, with a type section before and a custom section after.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        leb(4, &mut imports);
        for (m, f) in [(GLUE_MODULE, "__wbg_setAttribute_0123456789abcdef"), ("env", "__wbg_keep"), (GLUE_MODULE, "__wbg_now_fedcba9876543210")] {
            name(m, &mut imports);
            name(f, &mut imports);
            imports.extend([0, 0]);
        }
        name("env", &mut imports);
        name("memory", &mut imports);
        imports.extend([2, 1, 1, 2]);
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend([1, 4, 1, 0x60, 0, 0]);
        m.push(2);
        leb(imports.len() as u64, &mut m);
        m.extend(&imports);
        m.extend([0, 3, 1, b'x', 9]);
        m
    }

    #[test]
    fn only_the_glues_wbg_imports_are_renamed_and_the_rest_is_kept() {
        let (out, renamed) = rename_imports(&module()).unwrap();
        assert_eq!(
            renamed,
            [("__wbg_setAttribute_0123456789abcdef".to_string(), "x0".to_string()), ("__wbg_now_fedcba9876543210".to_string(), "x1".to_string())]
        );
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("x0") && text.contains("__wbg_keep") && text.contains("memory"));
        assert!(!text.contains("setAttribute"));
        // The sections around it are untouched; renaming again finds nothing new of the glue's.
        assert!(out.starts_with(&module()[..14]) && out.ends_with(&[0, 3, 1, b'x', 9]));
        assert!(rename_imports(&out).unwrap().1.is_empty());
    }

    #[test]
    fn a_broken_module_is_an_error_not_a_panic() {
        let m = module();
        for cut in 8..m.len() {
            let _ = rename_imports(&m[..cut]);
        }
        assert!(rename_imports(&m[..20]).is_err(), "cut inside the import section");
        assert!(rename_imports(b"\0asm\x02\0\0\0").is_err());
    }

    #[test]
    fn the_glue_is_renamed_by_whole_names_only() {
        let renamed = vec![("__wbg_now_fedcba9876543210".to_string(), "x1".to_string())];
        let js = "{__wbg_now_fedcba9876543210:function(){return Date.now()},a__wbg_now_fedcba9876543210:1}";
        assert_eq!(rename_in_js(js, &renamed).unwrap(), "{x1:function(){return Date.now()},a__wbg_now_fedcba9876543210:1}");
        assert!(rename_in_js("{}", &renamed).is_err());
    }
}
