//! The crisis line and the loading and failure messages in the static files:
//! `keuzehulp fallback --html crisis-line` in place of `<!--crisis-line-->`,
//! `--html plan-loading` in place of `<!--plan-loading-->` and `--html
//! open-site` in place of `<!--open-site-->` in `dist/*.html`, and `keuzehulp fallback --json` in place of
//! `"__FALLBACK__"` in `dist/*.js` (before terser). Their one source is the
//! Rust (`src/crisis.rs`, `ui::text`, `src/cli/fallback.rs`): no number or
//! message of these is written by hand in `www/` (tests/crisis_one_source.rs).

use crate::{native, util};
use std::path::Path;

pub const HTML_MARKER: &str = "<!--crisis-line-->";
pub const PLAN_MARKER: &str = "<!--plan-loading-->";
pub const OPEN_SITE_MARKER: &str = "<!--open-site-->";
pub const JS_PLACEHOLDER: &str = "\"__FALLBACK__\"";
/// Files that must hold a marker (a build that lost one would show no crisis line there).
const REQUIRED: &[(&str, &str)] = &[
    ("index.html", HTML_MARKER),
    ("plan.html", HTML_MARKER),
    ("plan.html", PLAN_MARKER),
    ("embed.html", HTML_MARKER),
    ("embed.html", OPEN_SITE_MARKER),
    ("main.js", JS_PLACEHOLDER),
    ("embed.js", JS_PLACEHOLDER),
    ("embed-page.js", JS_PLACEHOLDER),
    ("embed-builder.js", JS_PLACEHOLDER),
];

/// Fill in every marker in dist's top-level HTML and JavaScript files.
pub fn write(dist: &Path) -> Result<(), String> {
    let html = native::fallback(&["--html", "crisis-line"])?;
    let plan = native::fallback(&["--html", "plan-loading"])?;
    let open_site = native::fallback(&["--html", "open-site"])?;
    let json = native::fallback(&["--json"])?;
    fill(dist, &[(HTML_MARKER, html.trim()), (PLAN_MARKER, plan.trim()), (OPEN_SITE_MARKER, open_site.trim())], json.trim())
}

/// `html`: each HTML marker and what goes in its place.
fn fill(dist: &Path, html: &[(&str, &str)], json: &str) -> Result<(), String> {
    for (file, marker) in REQUIRED {
        let text = String::from_utf8_lossy(&util::read(&dist.join(file))?).into_owned();
        if !text.contains(marker) {
            return Err(format!("{file}: expected {marker} (the crisis line of its fallback)"));
        }
    }
    for f in util::walk_files(dist)?.iter().filter(|f| f.components().count() == 1 && util::has_ext(f, &["html", "js"])) {
        let path = dist.join(f);
        let text = String::from_utf8_lossy(&util::read(&path)?).into_owned();
        let mut filled = text.replace(JS_PLACEHOLDER, &format!("({json})"));
        for (marker, with) in html {
            filled = filled.replace(marker, with);
        }
        if filled != text {
            util::write(&path, filled)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marker_is_filled_and_a_missing_one_fails() {
        let dir = std::env::temp_dir().join(format!("xtask-fallback-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut files = std::collections::BTreeMap::<&str, String>::new();
        for (file, marker) in REQUIRED {
            files.entry(file).or_default().push_str(&format!("a {marker} b {marker}"));
        }
        for (file, text) in &files {
            util::write(&dir.join(file), text).unwrap();
        }
        let html = [(HTML_MARKER, "<p>113</p>"), (PLAN_MARKER, "<p>plan</p>"), (OPEN_SITE_MARKER, "<a>site</a>")];
        fill(&dir, &html, "{\"n\":1}").unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("index.html")).unwrap(), "a <p>113</p> b <p>113</p>");
        assert_eq!(std::fs::read_to_string(dir.join("plan.html")).unwrap(), "a <p>113</p> b <p>113</p>a <p>plan</p> b <p>plan</p>");
        assert_eq!(std::fs::read_to_string(dir.join("main.js")).unwrap(), "a ({\"n\":1}) b ({\"n\":1})");
        for (file, text) in &files {
            util::write(&dir.join(file), text).unwrap();
        }
        util::write(&dir.join("embed.js"), "no marker").unwrap();
        assert!(fill(&dir, &html, "{}").unwrap_err().contains("embed.js"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
