//! Inline scripts allowed by their hash. A page's small inline `<script>`
//! (the start page's language swap, which must run before the first paint
//! without a request of its own) is allowed by the page's meta
//! Content-Security-Policy through `'sha256-…'` of its exact text, computed
//! here at build time: no `'unsafe-inline'`, and a changed script without a
//! new build is refused by the browser.

use crate::sha256;

/// The page with `'sha256-…'` of each inline script added to its CSP's
/// `script-src`. Errors: an inline script and no CSP meta, or a CSP without
/// `script-src`.
pub fn allow_inline_scripts(html: &str) -> Result<String, String> {
    let hashes: Vec<String> = inline_scripts(html).map(|body| format!("'sha256-{}'", sha256::base64(&sha256::digest(body.as_bytes())))).collect();
    if hashes.is_empty() {
        return Ok(html.to_string());
    }
    let csp_start = html.find("http-equiv=\"Content-Security-Policy\"").ok_or("an inline script, but no Content-Security-Policy meta")?;
    let content = html[csp_start..].find("content=\"").map(|i| csp_start + i + "content=\"".len()).ok_or("a CSP meta without content")?;
    let end = content + html[content..].find('"').ok_or("an unterminated CSP")?;
    let policy = &html[content..end];
    let at = policy.find("script-src ").ok_or("a CSP without script-src")? + "script-src ".len();
    let directive_end = policy[at..].find(';').map_or(policy.len(), |i| at + i);
    let mut new_policy = policy[..directive_end].to_string();
    for h in &hashes {
        new_policy.push(' ');
        new_policy.push_str(h);
    }
    new_policy.push_str(&policy[directive_end..]);
    Ok(format!("{}{}{}", &html[..content], new_policy, &html[end..]))
}

/// The text of every `<script>` without `src`.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<script").filter_map(move |(i, _)| {
        let open_end = i + html[i..].find('>')?;
        let tag = &html[i..open_end];
        if tag.contains(" src=") {
            return None;
        }
        let body_end = open_end + 1 + html[open_end + 1..].find("</script>")?;
        Some(&html[open_end + 1..body_end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\">\
        <script type=\"module\" src=\"main.js\"></script><body><script>alert(1)</script>";

    #[test]
    fn the_inline_script_is_allowed_by_its_hash_only() {
        let out = allow_inline_scripts(PAGE).unwrap();
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert!(
            out.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; style-src 'self'"),
            "{out}"
        );
        assert!(!out.contains("unsafe-inline"));
        assert_eq!(allow_inline_scripts("<p>no scripts</p>").unwrap(), "<p>no scripts</p>");
        assert!(allow_inline_scripts("<script>x</script>").is_err(), "an inline script needs a CSP to be allowed in");
    }

}
