//! The build hash: one content hash over every file in dist, written into
//! the text files in place of `__BUILD_HASH__` (for a service worker's cache
//! name, cache-busting, or a "version" line).

use crate::util;
use std::path::Path;

pub const PLACEHOLDER: &str = "__BUILD_HASH__";
const TEXT_EXTS: &[&str] = &["html", "js", "mjs", "css", "json", "webmanifest", "txt", "svg"];

/// Hash dist (paths and contents, placeholders unreplaced), then fill in the placeholders.
pub fn stamp(dist: &Path) -> Result<String, String> {
    let files: Vec<_> = util::walk_files(dist)?.into_iter().filter(|f| !is_hidden(f)).collect();
    let mut h = util::FNV_START;
    for f in &files {
        util::fnv1a(&mut h, util::slash(f).as_bytes());
        util::fnv1a(&mut h, &[0]);
        util::fnv1a(&mut h, &util::read(&dist.join(f))?);
        util::fnv1a(&mut h, &[0]);
    }
    let hash = format!("{h:016x}");
    for f in files.iter().filter(|f| util::has_ext(f, TEXT_EXTS)) {
        let path = dist.join(f);
        let Ok(text) = String::from_utf8(util::read(&path)?) else { continue };
        if text.contains(PLACEHOLDER) {
            util::write(&path, text.replace(PLACEHOLDER, &hash))?;
        }
    }
    Ok(hash)
}

fn is_hidden(f: &Path) -> bool {
    f.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_content_same_hash_and_placeholders_filled() {
        let dir = std::env::temp_dir().join(format!("xtask-stamp-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let make = |body: &str| {
            util::write(&dir.join("index.html"), format!("<meta content=\"{PLACEHOLDER}\">{body}")).unwrap();
            util::write(&dir.join(".marker"), body).unwrap();
            stamp(&dir).unwrap()
        };
        let a = make("x");
        let a2 = make("x");
        let b = make("y");
        assert_eq!(a, a2);
        assert_ne!(a, b);
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(html.contains(&b) && !html.contains(PLACEHOLDER));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
