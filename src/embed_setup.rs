//! What an intranet's security settings need for each way of embedding: the
//! one source of these lines. The employers' page (`keuzehulp overview
//! --employers`, its message for IT) prints them, the embed builder gets them
//! through `embed_vocabulary` (wasm), and a test holds README.md to them.
//! `{site}` stands for the keuzehulp's origin (`https://host`).

/// Content-Security-Policy directives for `<keuzehulp-widget>` (directly in the page).
pub const CSP_DIRECT: [(&str, &str); 3] = [("script-src", "{site} 'wasm-unsafe-eval'"), ("style-src", "{site}"), ("connect-src", "{site}")];

/// Content-Security-Policy directives for the iframe (`embed.html` + `embed-frame.js`).
pub const CSP_FRAME: [(&str, &str); 2] = [("frame-src", "{site}"), ("script-src", "{site}")];

/// The directives as one policy fragment: `script-src https://x 'wasm-unsafe-eval'; style-src https://x`.
pub fn policy(directives: &[(&str, &str)], site: &str) -> String {
    directives.iter().map(|(name, value)| format!("{name} {}", value.replace("{site}", site))).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_names_the_site_in_every_directive() {
        let p = policy(&CSP_DIRECT, "https://k.example.nl");
        assert_eq!(p, "script-src https://k.example.nl 'wasm-unsafe-eval'; style-src https://k.example.nl; connect-src https://k.example.nl");
        assert_eq!(policy(&CSP_FRAME, "https://k.example.nl"), "frame-src https://k.example.nl; script-src https://k.example.nl");
    }

    /// README.md shows the same directives (for example.github.io/keuzehulp/), one per line.
    #[test]
    fn the_readme_shows_the_same_directives() {
        let readme = include_str!("../README.md");
        let lines: Vec<String> = readme.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        for (name, value) in CSP_DIRECT.iter().chain(CSP_FRAME.iter()) {
            let line = format!("{name} {}", value.replace("{site}", "https://example.github.io/keuzehulp/"));
            assert!(lines.iter().any(|l| l.starts_with(&line)), "README.md lacks the line `{line}`");
        }
    }
}
