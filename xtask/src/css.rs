//! Concatenate the stylesheets into `dist/app.css`.
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
        css.push_str(&format!("/* {} */\n", util::slash(&f)));
        css.push_str(text.trim_end());
        css.push('\n');
    }
    util::write(to, css)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let order: Vec<&str> = css.lines().filter(|l| !l.starts_with("/*")).collect();
        assert_eq!(order, ["a{}", "b{}", "q{}", "z{}"]);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
