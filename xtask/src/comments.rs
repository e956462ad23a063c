//! HTML comments out of the built pages. They are for whoever edits `www/`
//! (why the page is as it is), not for visitors: index.html's came to 266 B
//! brotli of a first visit. Comments inside `<script>` and `<style>` are
//! text, not comments, and stay; so does everything else byte for byte.

/// `html` without its comments (`<!-- … -->`). An unterminated comment is
/// left as it is (the browser would hide the rest of the page; the page's
/// tests see that, this step does not hide it).
pub fn strip(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let comment = rest.find("<!--");
        let raw = ["<script", "<style"].iter().filter_map(|tag| find_tag(rest, tag).map(|i| (i, *tag))).min();
        match (comment, raw) {
            // A script or style first: copy it whole, up to its end tag.
            (_, Some((at, tag))) if comment.is_none_or(|c| at < c) => {
                let close = format!("</{}", &tag[1..]);
                let end = find_tag(&rest[at..], &close).map_or(rest.len(), |i| at + i);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                if rest.is_empty() {
                    return out;
                }
                // (The end tag itself is copied with what follows.)
                out.push_str(&rest[..close.len()]);
                rest = &rest[close.len()..];
            }
            (Some(at), _) => match rest[at + 4..].find("-->") {
                Some(len) => {
                    out.push_str(&rest[..at]);
                    rest = &rest[at + 4 + len + 3..];
                }
                None => {
                    out.push_str(rest);
                    return out;
                }
            },
            (None, _) => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// Where `tag` (`<script`, `</style`…) starts in `text`, case-insensitively,
/// as a tag: followed by a space, `>` or `/`, not by more of a name.
fn find_tag(text: &str, tag: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(tag) {
        let at = from + i;
        match lower.as_bytes().get(at + tag.len()) {
            Some(b' ' | b'>' | b'/' | b'\n' | b'\t') | None => return Some(at),
            _ => from = at + tag.len(),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn comments_go_scripts_and_styles_stay() {
        let page = "<!doctype html><!-- why -->\n<head><script>if(a<!--b)x('<!-- no -->')</script>\
            <STYLE>/* <!-- kept --> */</STYLE></head><body><p>a<!--\nmulti\nline-->b</p>\
            <template id=\"t\"><!-- in a template --><h1>x</h1></template><scripts-are-not-script><!-- c --></scripts-are-not-script></body>";
        assert_eq!(
            strip(page),
            "<!doctype html>\n<head><script>if(a<!--b)x('<!-- no -->')</script>\
            <STYLE>/* <!-- kept --> */</STYLE></head><body><p>ab</p>\
            <template id=\"t\"><h1>x</h1></template><scripts-are-not-script></scripts-are-not-script></body>"
        );
    }

    #[test]
    fn an_unterminated_comment_or_script_is_left_alone() {
        assert_eq!(strip("<p>a</p><!-- open"), "<p>a</p><!-- open");
        assert_eq!(strip("<script>x<!-- y"), "<script>x<!-- y");
        assert_eq!(strip("no comments"), "no comments");
    }
}
