//! Concatenate the stylesheets into `dist/app.css`, minified.
//!
//! Order: `www/css/*.css` (sorted), then every `src/ui/**/*.css` (sorted by path),
//! so base styles come first and component styles can override them.

use crate::util;
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
        let text = String::from_utf8(util::read(&root.join(&f))?)
            .map_err(|_| format!("{}: not UTF-8", f.display()))?;
        css.push_str(&format!("/*{}*/", util::slash(&f)));
        css.push_str(&minify(&text));
        css.push('\n');
    }
    util::write(to, css)
}

/// A conservative minifier: drops comments, collapses white space, and drops
/// it around `{ } ; , >` and before `}` the last `;`. It never touches `:`
/// (`a :hover` differs from `a:hover`), `+`/`-` (calc) or quoted strings.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
                space = true;
            }
            '"' | '\'' => {
                flush_space(&mut out, &mut space, c);
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            '{' | '}' | ';' | ',' | '>' => {
                space = false;
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push(c);
                // (a space after these is never needed)
                while chars.peek().is_some_and(|d| d.is_whitespace()) {
                    chars.next();
                }
            }
            c => {
                flush_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out.trim().to_string()
}

fn flush_space(out: &mut String, space: &mut bool, _next: char) {
    if std::mem::take(space) && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', '>', ' ']) {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minify_keeps_meaning() {
        let css = "/* tokens */\n:root {\n  --a: 1px;  /* why */\n}\n\na :hover,\nb > c {\n  width: calc(100% - 2 * var(--a));\n  content: \"  a  { } ; \\\"  \";\n  margin: 0 auto ;\n}\n@media (min-width: 40em) { .x { color: red; } }\n";
        assert_eq!(
            minify(css),
            ":root{--a: 1px}a :hover,b>c{width: calc(100% - 2 * var(--a));content: \"  a  { } ; \\\"  \";margin: 0 auto}@media (min-width: 40em){.x{color: red}}"
        );
    }

    #[test]
    fn www_css_first_then_ui_css_in_path_order() {
        let root = std::env::temp_dir().join(format!("xtask-css-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (p, body) in [
            ("www/css/b.css", "b{}"),
            ("www/css/a.css", "a{}"),
            ("www/css/nested/skip.css", "skip{}"),
            ("src/ui/z.css", "z{}"),
            ("src/ui/step/q.css", "q{}"),
            ("src/ui/mod.rs", "// not css"),
        ] {
            util::write(&root.join(p), body).unwrap();
        }
        let out = root.join("app.css");
        write_app_css(&root, &out).unwrap();
        let css = std::fs::read_to_string(&out).unwrap();
        let order: Vec<&str> = css.lines().map(|l| l.rsplit("*/").next().unwrap()).collect();
        assert_eq!(order, ["a{}", "b{}", "q{}", "z{}"]);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
