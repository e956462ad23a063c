//! What the files in dist refer to: the URLs in HTML attributes, CSS `url()`s
//! and `@import`s, and file names in JS strings. Used to check that every URL
//! is relative (so dist works from `/` and from a sub-path) and to list the
//! files a first visit downloads (for the size budget).

use crate::util;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// File types a page can load; JS strings naming these are followed.
const LOADABLE: &[&str] =
    &["js", "mjs", "css", "wasm", "svg", "png", "ico", "webp", "json", "webmanifest", "woff2", "html"];

/// `(tag, attribute, value)` for every `href`/`src` in an HTML text (comments skipped).
pub fn html_refs(html: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |j| &after[j + 3..]);
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let tag_text = &rest[..end];
        rest = &rest[end..];
        let name_len = tag_text.find(|c: char| !c.is_ascii_alphanumeric() && c != '-').unwrap_or(tag_text.len());
        let tag = tag_text[..name_len].to_ascii_lowercase();
        if tag.is_empty() {
            continue;
        }
        for (attr, value) in attributes(&tag_text[name_len..]) {
            if matches!(attr.as_str(), "href" | "src" | "action" | "poster" | "data") {
                out.push((tag.clone(), attr, value));
            }
        }
    }
    out
}

fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let name = s[start..i].to_ascii_lowercase();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            let (v, next) = if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = s[vs..].find(q as char).map_or(s.len(), |j| vs + j);
                (&s[vs..ve], (ve + 1).min(s.len()))
            } else {
                let vs = i;
                let ve = s[vs..].find(|c: char| c.is_ascii_whitespace()).map_or(s.len(), |j| vs + j);
                (&s[vs..ve], ve)
            };
            out.push((name, v.to_string()));
            i = next;
        } else if name.is_empty() {
            i += 1;
        }
    }
    out
}

/// URLs in CSS `url(...)` and `@import "..."`.
pub fn css_refs(css: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = css;
    while let Some(i) = rest.find("url(") {
        rest = &rest[i + 4..];
        let end = rest.find(')').unwrap_or(rest.len());
        out.push(rest[..end].trim().trim_matches(['"', '\'']).to_string());
    }
    for line in css.split(';') {
        if let Some(v) = line.trim().strip_prefix("@import") {
            let v = v.trim();
            if v.starts_with(['"', '\'']) {
                out.push(v.trim_matches(['"', '\'']).to_string());
            }
        }
    }
    out
}

/// Quoted strings in JS that look like a loadable file name (`'./pkg-site/x.js'`, `'x_bg.wasm'`).
pub fn js_refs(js: &str) -> Vec<String> {
    let mut out = Vec::new();
    for q in ['\'', '"', '`'] {
        for (n, piece) in js.split(q).enumerate() {
            let looks_like_file = n % 2 == 1
                && !piece.is_empty()
                && piece.len() < 200
                && piece.chars().all(|c| c.is_ascii_alphanumeric() || "./_-".contains(c))
                && util::has_ext(Path::new(piece), LOADABLE);
            if looks_like_file {
                out.push(piece.to_string());
            }
        }
    }
    out
}

fn is_external_scheme(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["data:", "mailto:", "tel:", "javascript:", "blob:", "#"].iter().any(|p| lower.starts_with(p))
}

fn is_absolute(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    url.starts_with('/') || lower.starts_with("http:") || lower.starts_with("https:")
}

/// Every loaded URL in dist's HTML and CSS must be relative: root-absolute
/// URLs break sub-path hosting, and other origins are not allowed by the CSP.
/// (Plain links `<a href="https://…">` are navigation, not loads, and are fine.)
pub fn check_relative(dist: &Path) -> Result<(), String> {
    let mut bad = Vec::new();
    for f in util::walk_files(dist)? {
        let text = String::from_utf8_lossy(&util::read(&dist.join(&f))?).into_owned();
        if util::has_ext(&f, &["html"]) {
            for (tag, attr, v) in html_refs(&text) {
                // Root-absolute anywhere, or another origin in anything but a link.
                let loads_elsewhere = tag != "a" || v.starts_with('/');
                if is_absolute(&v) && loads_elsewhere {
                    bad.push(format!("{}: <{tag} {attr}=\"{v}\">", util::slash(&f)));
                }
            }
        } else if util::has_ext(&f, &["css"]) {
            for v in css_refs(&text) {
                if is_absolute(&v) {
                    bad.push(format!("{}: url({v})", util::slash(&f)));
                }
            }
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!("dist must use relative URLs only (it is served from / and from sub-paths):\n  {}", bad.join("\n  ")))
    }
}

/// The files a first visit to index.html downloads, found by following references.
pub fn first_visit(dist: &Path) -> Result<Vec<PathBuf>, String> {
    first_visit_of(dist, "index.html")
}

/// The files a first visit to `page` downloads (links, `<a>`, are not followed).
pub fn first_visit_of(dist: &Path, page: &str) -> Result<Vec<PathBuf>, String> {
    let mut seen = BTreeSet::new();
    let mut followed = BTreeSet::new();
    // (file, whether what it loads is loaded too)
    let mut todo = vec![(PathBuf::from(page), true)];
    while let Some((f, follow)) = todo.pop() {
        if !dist.join(&f).is_file() {
            continue;
        }
        seen.insert(f.clone());
        if !follow || !followed.insert(f.clone()) {
            continue;
        }
        if f == Path::new("sw.js") {
            // The service worker downloads its install list, and nothing those
            // files load (the file names in its digests also hold files it
            // keeps only when a page uses them).
            todo.extend(crate::worker::SHELL.iter().map(|s| (PathBuf::from(s), false)));
            continue;
        }
        let text = String::from_utf8_lossy(&util::read(&dist.join(&f))?).into_owned();
        let urls: Vec<String> = if util::has_ext(&f, &["html"]) {
            html_refs(&text).into_iter().filter(|(tag, _, _)| tag != "a").map(|(_, _, v)| v).collect()
        } else if util::has_ext(&f, &["css"]) {
            css_refs(&text)
        } else if util::has_ext(&f, &["js", "mjs"]) {
            js_refs(&text)
        } else {
            Vec::new()
        };
        let base = f.parent().unwrap_or(Path::new(""));
        for url in urls {
            if is_external_scheme(&url) || is_absolute(&url) {
                continue;
            }
            let path = url.split(['?', '#']).next().unwrap_or("");
            if let Some(resolved) = resolve(base, path) {
                todo.push((resolved, true));
            }
        }
    }
    Ok(seen.into_iter().collect())
}

/// Join a relative URL path onto a folder inside dist; `None` if it climbs out.
fn resolve(base: &Path, url_path: &str) -> Option<PathBuf> {
    let mut parts: Vec<String> = base.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    for seg in url_path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s.to_string()),
        }
    }
    let p: PathBuf = parts.iter().collect();
    (p.components().all(|c| matches!(c, Component::Normal(_))) && !parts.is_empty()).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_html_attributes_and_skips_comments() {
        let html = r#"<!-- <script src="/no.js"> --><link rel=stylesheet href="app.css"><script type="module" src='main.js'></script><a href="https://www.113.nl">x</a>"#;
        let refs: Vec<_> = html_refs(html).into_iter().map(|(t, _, v)| format!("{t}:{v}")).collect();
        assert_eq!(refs, ["link:app.css", "script:main.js", "a:https://www.113.nl"]);
    }

    #[test]
    fn finds_js_file_strings() {
        let js = "import('./pkg-site/keuzehulp.js'); new URL('keuzehulp_bg.wasm', import.meta.url); x = 'hello world'; y = \"a.b\";";
        assert_eq!(js_refs(js), ["./pkg-site/keuzehulp.js", "keuzehulp_bg.wasm"]);
    }

    #[test]
    fn the_worker_downloads_its_install_list_and_nothing_those_files_load() {
        let dist = std::env::temp_dir().join(format!("xtask-refs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        for f in crate::worker::SHELL {
            util::write(&dist.join(f), "").unwrap();
        }
        util::write(&dist.join("index.html"), r#"<script type="module" src="main.js"></script>"#).unwrap();
        util::write(&dist.join("main.js"), "navigator.serviceWorker.register(new URL('sw.js', import.meta.url))").unwrap();
        util::write(&dist.join("sw.js"), r#"const D = JSON.parse('{"shell":{"plan.html":"x"},"onUse":{"overzicht.html":"y"}}');"#).unwrap();
        util::write(&dist.join("plan.html"), r#"<link rel="modulepreload" href="pkg-widget-plan/keuzehulp.js">"#).unwrap();
        for f in ["overzicht.html", "pkg-widget-plan/keuzehulp.js"] {
            util::write(&dist.join(f), "").unwrap();
        }
        let visit = first_visit(&dist).unwrap();
        assert!(visit.contains(&PathBuf::from("plan.html")) && visit.contains(&PathBuf::from("sw.js")), "{visit:?}");
        assert!(!visit.contains(&PathBuf::from("overzicht.html")), "{visit:?}");
        assert!(!visit.contains(&PathBuf::from("pkg-widget-plan/keuzehulp.js")), "{visit:?}");
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn css_urls_and_imports() {
        assert_eq!(css_refs("@import \"x.css\"; a{background:url('i.svg')}"), ["i.svg", "x.css"]);
    }

    #[test]
    fn resolve_stays_inside() {
        assert_eq!(resolve(Path::new("pkg-site"), "x_bg.wasm"), Some(PathBuf::from("pkg-site/x_bg.wasm")));
        assert_eq!(resolve(Path::new(""), "./pkg-site/a.js"), Some(PathBuf::from("pkg-site/a.js")));
        assert_eq!(resolve(Path::new(""), "../etc/passwd"), None);
    }

    #[test]
    fn absolute_urls_are_rejected() {
        let dir = std::env::temp_dir().join(format!("xtask-refs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        util::write(&dir.join("index.html"), r#"<link href="/app.css"><a href="https://www.113.nl">113</a>"#).unwrap();
        let err = check_relative(&dir).unwrap_err();
        assert!(err.contains("/app.css") && !err.contains("113.nl"), "{err}");
        util::write(&dir.join("index.html"), r#"<link href="app.css"><a href="tel:113">113</a>"#).unwrap();
        assert!(check_relative(&dir).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
