//! Concatenate the stylesheets into `dist/app.css`, minified by lightningcss
//! (crates.io; it replaced a hand-written minifier: see `minify`).
//!
//! Order: `www/css/*.css` (sorted), then every `src/ui/**/*.css` (sorted by path),
//! so base styles come first and component styles can override them.

use crate::util;
use lightningcss::targets::{Browsers, Features, Targets};
use std::path::{Path, PathBuf};

pub fn sources(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for base in ["www/css", "src/ui"] {
        let dir = root.join(base);
        if !dir.is_dir() {
            continue;
        }
        for f in util::walk_files(&dir)? {
            let top_level_only = base == "www/css" && f.components().count() > 1;
            if util::has_ext(&f, &["css"]) && !top_level_only {
                out.push(Path::new(base).join(f));
            }
        }
    }
    Ok(out)
}

pub fn write_app_css(root: &Path, to: &Path) -> Result<(), String> {
    let mut css = String::new();
    for f in sources(root)? {
        let name = util::slash(&f);
        let text = String::from_utf8(util::read(&root.join(&f))?).map_err(|_| format!("{name}: not UTF-8"))?;
        // Each file on its own first, so that a mistake is reported in its file.
        minify(&text, &name)?;
        css.push_str(&text);
        css.push('\n');
    }
    // Then as one stylesheet: lightningcss may merge rules across files.
    util::write(to, minify(&css, "app.css")?)
}

/// One stylesheet minified by lightningcss. A stylesheet it cannot parse
/// fails the build with its place. Against the hand-written minifier it
/// replaced (issue 19): app.css 22,084 → 20,664 bytes, 3,513 → 3,356 brotli;
/// about 130 of that are the per-file comments it no longer writes.
pub fn minify(css: &str, name: &str) -> Result<String, String> {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let mut sheet = StyleSheet::parse(css, ParserOptions { filename: name.to_string(), ..ParserOptions::default() })
        .map_err(|e| format!("{name}: {e}"))?;
    sheet.minify(MinifyOptions { targets: targets(), ..MinifyOptions::default() }).map_err(|e| format!("{name}: {e}"))?;
    let printer = PrinterOptions { minify: true, targets: targets(), ..PrinterOptions::default() };
    let out = sheet.to_css(printer).map_err(|e| format!("{name}: {e}"))?;
    Ok(out.code)
}

/// The browsers the CSS must keep working in: those of 2020 (iOS and Safari
/// 13, Chrome and Edge 80, Firefox 78, Samsung Internet 13). Older than what
/// runs the wasm, on purpose: the prerendered start page and the crisis
/// numbers show without it. Without targets lightningcss would write newer
/// syntax than the source has (`@media (width>=40em)` for `min-width`), which
/// such a browser ignores.
fn targets() -> Targets {
    let v = |major: u32| Some(major << 16);
    let browsers = Browsers {
        safari: v(13),
        ios_saf: v(13),
        chrome: v(80),
        edge: v(80),
        firefox: v(78),
        samsung: v(13),
        ..Default::default()
    };
    // The CSS uses no `light-dark()`; lowering it would add two variables to
    // every rule that sets `color-scheme`.
    Targets { browsers: Some(browsers), exclude: Features::LightDark, ..Targets::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minify_keeps_meaning() {
        let css = "/* tokens */\n:root {\n  --a: 1px;  /* why */\n}\n\na :hover,\nb > c {\n  width: calc(100% - 2 * var(--a));\n  content: \"  a  { } ; \\\"  \";\n  margin: 0 auto ;\n}\n@media (min-width: 40em) { .x { color: red; } }\n";
        assert_eq!(
            minify(css, "t.css").unwrap(),
            ":root{--a:1px}a :hover,b>c{width:calc(100% - 2 * var(--a));content:\"  a  { } ; \\\"  \";margin:0 auto}@media (min-width:40em){.x{color:red}}"
        );
    }

    #[test]
    fn css_it_cannot_read_fails_with_the_file_name() {
        let err = minify("a[ { color: red }", "broken.css").unwrap_err();
        assert!(err.starts_with("broken.css"), "{err}");
    }

    #[test]
    fn www_css_first_then_ui_css_in_path_order() {
        let root = std::env::temp_dir().join(format!("xtask-css-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (p, body) in [
            ("www/css/b.css", "b{color:blue}"),
            ("www/css/a.css", "a{color:red}"),
            ("www/css/nested/skip.css", "skip{}"),
            ("src/ui/z.css", "z{color:tan}"),
            ("src/ui/step/q.css", "q{color:green}"),
            ("src/ui/mod.rs", "// not css"),
        ] {
            util::write(&root.join(p), body).unwrap();
        }
        let out = root.join("app.css");
        write_app_css(&root, &out).unwrap();
        let css = std::fs::read_to_string(&out).unwrap();
        assert_eq!(css, "a{color:red}b{color:#00f}q{color:green}z{color:tan}");
        std::fs::remove_dir_all(&root).unwrap();
    }
}

