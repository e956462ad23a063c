//! The service worker's file digests: after the build hash is stamped, the
//! SHA-256 of every file `www/sw.js` may cache goes into `dist/sw.js` in place
//! of `"__FILE_DIGESTS__"`. The worker stores and serves a file only when its
//! bytes have that digest, so its cache holds this build's files and nothing
//! else (an older build's pack from the HTTP cache, or a file another page of
//! the same origin put there).

use crate::{sha256, util};
use std::path::Path;

pub const PLACEHOLDER: &str = "\"__FILE_DIGESTS__\"";
/// The app shell: cached when the worker installs, so a first visit makes
/// the app work offline. With `plan.html` (and its stylesheet), so that
/// "Maak je plan" offline is never the browser's own offline page: at least
/// its loading state and the crisis line. (Not the PNG icons of the
/// manifest: only an install uses them, and the system keeps its own copy
/// then.) These count towards the first visit's size cap
/// (`refs::first_visit_of` follows this list for `sw.js`).
pub const SHELL: &[&str] = &[
    "index.html",
    "app.css",
    "main.js",
    "pkg-site/keuzehulp.js",
    "pkg-site/keuzehulp_bg.wasm",
    "icon.svg",
    "manifest.webmanifest",
    "plan.html",
    "plan.css",
];
/// Fetched in the background once a first visit has loaded and is idle (the
/// page posts `keuzehulp:warm-up` to the active worker; not with Save-Data),
/// and kept when a page uses them; only when their bytes are this build's:
/// the content packs, and the other pages of the site with what they load —
/// the plan page's wasm (the widget's), the overview, the iframe page, the
/// employers' pages. So after one visit of the site they all work offline
/// (issue 28). Not at install: they would double what a first visit needs
/// before it is usable (its cap); the size budget gives them a line and a cap
/// of their own (`budget::background`). (Not the embed builder: it is for HR
/// at a desk, online.)
pub const WARM_UP: &[&str] = &[
    "pkg-site/content-nl.txt",
    "pkg-site/content-en.txt",
    "pkg-widget-plan/keuzehulp.js",
    "pkg-widget-plan/keuzehulp_bg.wasm",
    "overzicht.html",
    "overview.html",
    "overview.css",
    "overview-nojs.css",
    "overview.js",
    "embed.html",
    "embed.css",
    "embed-page.js",
    "embed-theme.js",
    "embed.js",
    "werkgevers.html",
    "employers.html",
    "employers.js",
];

/// The rules studio's own files: kept when the studio is used (it asks the
/// worker with `keuzehulp:warm-up-studio`), never fetched in the background
/// (its files are about 260 KB brotli, for rule experts only; a
/// worker on a phone's data plan should not pay for it). It works offline
/// after its own first visit.
pub const STUDIO: &[&str] = &[
    "studio.html",
    "studio.css",
    "studio.js",
    "studio-worker.js",
    "studio-preview.html",
    "studio-preview.js",
    "studio/builtin.json",
    "pkg-studio/keuzehulp.js",
    "pkg-studio/keuzehulp_bg.wasm",
];

/// Everything the worker may cache besides the shell: `WARM_UP` and `STUDIO`.
pub fn on_use() -> impl Iterator<Item = &'static str> {
    WARM_UP.iter().chain(STUDIO).copied()
}

/// Fill in the digests of dist's files in `dist/sw.js` (as JSON inside the
/// single-quoted `JSON.parse('…')` argument: paths and base64 need no escaping).
pub fn write_digests(dist: &Path) -> Result<(), String> {
    let sw = dist.join("sw.js");
    let text = String::from_utf8(util::read(&sw)?).map_err(|_| "sw.js is not UTF-8".to_string())?;
    if text.matches(PLACEHOLDER).count() != 1 {
        return Err(format!("{}: expected {PLACEHOLDER} exactly once", sw.display()));
    }
    // (A build without the widget, such as the test-hooks one, has no pkg-widget-plan/: those are left out.)
    let on_use: Vec<&str> = on_use().filter(|f| dist.join(f).is_file()).collect();
    let warm: Vec<String> = WARM_UP.iter().filter(|f| on_use.contains(f)).map(|f| format!("\"{f}\"")).collect();
    let json = format!(
        "{{\"shell\":{},\"onUse\":{},\"warmUp\":[{}]}}",
        digests(dist, SHELL)?,
        digests(dist, &on_use)?,
        warm.join(",")
    );
    util::write(&sw, text.replacen(PLACEHOLDER, &json, 1))
}

fn digests(dist: &Path, files: &[&str]) -> Result<String, String> {
    let mut out = Vec::new();
    for f in files {
        let bytes = util::read(&dist.join(f))?;
        debug_assert!(!f.contains(['"', '\'', '\\']));
        out.push(format!("\"{f}\":\"{}\"", sha256::base64(&sha256::digest(&bytes))));
    }
    Ok(format!("{{{}}}", out.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_studio_is_kept_on_use_but_not_warmed_up() {
        assert!(WARM_UP.iter().all(|f| !f.contains("studio")), "{WARM_UP:?}");
        assert!(STUDIO.iter().all(|f| f.contains("studio") && !WARM_UP.contains(f)), "{STUDIO:?}");
        assert_eq!(on_use().count(), WARM_UP.len() + STUDIO.len());
    }

    #[test]
    fn every_file_gets_its_digest() {
        let dir = std::env::temp_dir().join(format!("xtask-worker-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for f in SHELL.iter().copied().chain(on_use()) {
            util::write(&dir.join(f), f.as_bytes()).unwrap();
        }
        util::write(&dir.join("sw.js"), "const D=JSON.parse('\"__FILE_DIGESTS__\"');").unwrap();
        write_digests(&dir).unwrap();
        let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(!sw.contains("__FILE_DIGESTS__"), "{sw}");
        let expected = format!("\"pkg-site/content-en.txt\":\"{}\"", sha256::base64(&sha256::digest(b"pkg-site/content-en.txt")));
        assert!(sw.contains(&expected), "{sw}");
        assert!(sw.starts_with("const D=JSON.parse('{\"shell\":{\"index.html\":"), "{sw}");
        // The warm-up list: the on-use files but the studio's.
        let warm = &sw[sw.find("\"warmUp\":[").expect("a warm-up list")..];
        assert!(warm.contains("\"overzicht.html\"") && warm.contains("\"pkg-widget-plan/keuzehulp_bg.wasm\""), "{warm}");
        assert!(!warm.contains("studio"), "{warm}");
        // A build without the widget: its files are left out of the list, the rest is there.
        std::fs::remove_file(dir.join("pkg-widget-plan/keuzehulp_bg.wasm")).unwrap();
        util::write(&dir.join("sw.js"), "const D=JSON.parse('\"__FILE_DIGESTS__\"');").unwrap();
        write_digests(&dir).unwrap();
        let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(!sw.contains("pkg-widget-plan/keuzehulp_bg.wasm") && sw.contains("pkg-widget-plan/keuzehulp.js"), "{sw}");
        // A second run finds no placeholder: an error, not a silent worker without digests.
        assert!(write_digests(&dir).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
