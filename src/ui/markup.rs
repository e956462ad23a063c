//! Views without events or state are maud templates (`html!`): every
//! `(value)` in a template is escaped (`& < > "`; attribute values are always
//! double-quoted), tags balance by the macro's syntax, and nothing goes in
//! unescaped except through maud's `PreEscaped`, which only this module uses.
//! yew shows a template as one raw node ([`to_html`]): a template is a few
//! string pushes, where each `html!` element of yew compiles to code that
//! builds a `VTag`. Parts with inputs or state are yew `html!` instead, so
//! their DOM nodes stay across renders (ARCHITECTURE.md, "Views").
//!
//! tests/escaping.rs checks that `from_html_unchecked` and `PreEscaped`
//! appear in this file only.

use maud::PreEscaped;
pub use maud::{Markup, html};
use yew::{AttrValue, Html};

use crate::engine::{Lang, Str};
use crate::ui::text::{self, T, t};

/// The one way markup reaches the page: a template's output (escaped by
/// construction, see the module docs), shown by yew as one raw node.
pub fn to_html(markup: Markup) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup.into_string()))
}

/// Several templates as one (in order).
pub fn join(parts: impl IntoIterator<Item = Markup>) -> Markup {
    let mut out = String::new();
    for p in parts {
        out.push_str(&p.0);
    }
    PreEscaped(out)
}

/// The first sentence of a text (up to the first ". "), for the short form
/// of a card; the whole text is in the card's folded part.
pub fn first_sentence(text: &str) -> &str {
    crate::engine::said::first_sentence(text)
}

/// What follows the first sentence (empty for one sentence): a card's folded
/// part continues where its open part stopped, so nothing is read twice.
pub fn after_first_sentence(text: &str) -> &str {
    crate::engine::said::after_first_sentence(text)
}

/// A link that opens in a new window, saying so to screen readers.
pub fn external(lang: Lang, url: &str, label: &str) -> Markup {
    external_with(lang, url, None, html! { (label) })
}

/// [`external`] with a class and content of its own.
pub fn external_with(lang: Lang, url: &str, class: Option<&str>, content: Markup) -> Markup {
    html! {
        a class=[class] href=(url) rel="noopener noreferrer" target="_blank" {
            (content) span.kh-visually-hidden { " " (t(lang, T::OpensNewWindow)) }
        }
    }
}

/// "Bron: …": a letter by its title (its file name in `data-letter`, for
/// reviewers), https addresses as links, anything else as it is. A letter
/// cited twice (or with its copy) shows once.
pub fn sources(lang: Lang, sources: &[Str]) -> Markup {
    // (source, letter title): a letter already listed is left out.
    let mut items: Vec<(&str, Option<&str>)> = Vec::new();
    for s in sources {
        let title = if s.starts_with("https://") { None } else { text::letter_title(lang, s) };
        if title.is_none() || !items.iter().any(|&(_, t)| t == title) {
            items.push((s, title));
        }
    }
    if items.is_empty() {
        return html! {};
    }
    html! {
        p.kh-source {
            (t(lang, if items.len() == 1 { T::Source } else { T::Sources })) ": "
            @for (i, &(s, title)) in items.iter().enumerate() {
                @if i > 0 { "; " }
                @match (s.strip_prefix("https://"), title) {
                    (Some(address), _) => (external(lang, s, address.trim_end_matches('/'))),
                    (None, Some(title)) => span.kh-source__letter data-letter=(s) { (letter(lang, s, title)) },
                    (None, None) => span.kh-source__file { (s) },
                }
            }
        }
    }
}

/// A letter by its title, as a link to its public page where there is one.
fn letter(lang: Lang, file: &str, title: &str) -> Markup {
    match text::letter_url(file) {
        Some(url) => external(lang, url, title),
        None => html! { (title) },
    }
}

/// One list of sources for a whole page ("Bronnen"): each letter once, by
/// its title (file name in `data-letter`), each address once, as a link.
pub fn sources_list<'a>(lang: Lang, sources: impl IntoIterator<Item = &'a Str>) -> Markup {
    let mut letters: Vec<(&str, &str)> = Vec::new();
    let mut links: Vec<&str> = Vec::new();
    let mut other: Vec<&str> = Vec::new();
    for s in sources {
        let s: &str = s;
        if s.starts_with("https://") {
            if !links.contains(&s) {
                links.push(s);
            }
        } else if let Some(title) = text::letter_title(lang, s) {
            if !letters.iter().any(|&(_, t)| t == title) {
                letters.push((s, title));
            }
        } else if !other.contains(&s) {
            other.push(s);
        }
    }
    html! {
        ul.kh-sources {
            @for (file, title) in letters {
                li { span.kh-source__letter data-letter=(file) { (letter(lang, file, title)) } }
            }
            @for url in links {
                li { (external(lang, url, url.trim_start_matches("https://").trim_end_matches('/'))) }
            }
            @for s in other {
                li { span.kh-source__file { (s) } }
            }
        }
    }
}

/// A `<ul class="kh-reasons">` of the reasons, if any, under their heading.
pub fn reasons(lang: Lang, reasons: &[AttrValue], first_shown: bool) -> Markup {
    // `first_shown`: the open card shows the first reason's first sentence
    // already; the list goes on from there.
    let text = |i: usize, r: &AttrValue| -> String {
        if i == 0 && first_shown { after_first_sentence(r).to_string() } else { r.to_string() }
    };
    let items: Vec<String> = reasons.iter().enumerate().map(|(i, r)| text(i, r)).filter(|r| !r.is_empty()).collect();
    html! {
        @if !items.is_empty() {
            h4 { (t(lang, T::WhyFits)) }
            ul.kh-reasons { @for r in &items { li { (r) } } }
        }
    }
}

/// A part of a page that a contents link can move to: the id of its heading
/// and the heading.
#[derive(Clone, Copy)]
pub struct Part {
    pub id: &'static str,
    pub heading: T,
}

/// `<section class="…" aria-labelledby="…"><h2 id="…" tabindex="-1">…</h2>…</section>`:
/// the heading can take focus from a contents link.
pub fn part(class: &str, lang: Lang, part: Part, body: Markup) -> Markup {
    html! {
        section class=(class) aria-labelledby=(part.id) {
            h2 id=(part.id) tabindex="-1" { (t(lang, part.heading)) }
            (body)
        }
    }
}

/// `<h4>heading</h4><p>text</p>`, the pattern of the cards.
pub fn section(lang: Lang, heading: T, text: &str) -> Markup {
    html! { h4 { (t(lang, heading)) } p { (text) } }
}

/// A fold of the results page ("Meer aanpakken (3)"): a `<details>` with its count.
pub fn fold(class: &str, summary: &str, count: Option<usize>, body: Markup) -> Markup {
    html! {
        details class=(class) {
            summary.kh-fold__summary { (summary) @if let Some(n) = count { " (" (n) ")" } }
            (body)
        }
    }
}

/// A result card (an approach or an expert): a full `<article>`, or folded
/// into `<details>` further down the list. `kind` is an extra class
/// ("kh-expert"); `body` is what is in the card.
pub fn card(name: &str, collapsed: bool, kind: Option<&str>, body: Markup) -> Markup {
    let class = |base: &str| match kind {
        Some(kind) => format!("{base} {kind}"),
        None => base.to_string(),
    };
    html! {
        @if collapsed {
            details class=(class("kh-card kh-card--folded")) {
                summary.kh-card__summary { (name) }
                div.kh-card__body { (body) }
            }
        } @else {
            article class=(class("kh-card")) {
                h3.kh-card__title { (name) }
                (body)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_text_and_attributes() {
        let hostile = r#"a"b'c<script>&amp;</script>"#;
        let m = html! { p title=(hostile) { (hostile) } };
        assert_eq!(m.0, r#"<p title="a&quot;b'c&lt;script&gt;&amp;amp;&lt;/script&gt;">a&quot;b'c&lt;script&gt;&amp;amp;&lt;/script&gt;</p>"#);
    }

    #[test]
    fn a_hostile_url_stays_inside_its_attribute() {
        let m = external(Lang::En, "https://x.example/\" onmouseover=\"alert(1)", "x");
        assert!(m.0.starts_with("<a href=\"https://x.example/&quot; onmouseover=&quot;alert(1)\" rel="), "{}", m.0);
        assert_eq!(m.0.matches('"').count(), 8, "only our own quotes: {}", m.0);
    }

    #[test]
    fn sources_are_links_letter_titles_or_file_names() {
        let s = sources(Lang::En, &["https://www.example.nl/a/".into(), "brief-01.md".into()]).0;
        assert!(s.starts_with("<p class=\"kh-source\">Sources: <a href=\"https://www.example.nl/a/\" rel=\"noopener noreferrer\" target=\"_blank\">www.example.nl/a<span"), "{s}");
        assert!(s.ends_with(r#"; <span class="kh-source__file">brief-01.md</span></p>"#), "{s}");
    }

    #[test]
    fn a_letter_shows_its_title_once_and_its_file_for_reviewers() {
        let cited: [Str; 3] = ["000_03915414ebd5499a.txt".into(), "001_ffb50aae5f00ae39.txt".into(), "004_86c85740222f8ee7.txt".into()];
        let s = sources(Lang::Nl, &cited).0;
        // Issue 30: the title links to the letter's public page.
        assert!(s.starts_with("<p class=\"kh-source\">Bronnen: <span class=\"kh-source__letter\" data-letter=\"000_03915414ebd5499a.txt\"><a href=\"https://zoek.officielebekendmakingen.nl/kst-25883-405.html\" rel=\"noopener noreferrer\" target=\"_blank\">brief aan de Tweede Kamer, 11 januari 2021"), "{s}");
        assert_eq!(s.matches("11 januari 2021").count(), 1, "the OCR copy 001_ is the same letter: {s}");
        assert!(s.contains("; <span class=\"kh-source__letter\" data-letter=\"004_86c85740222f8ee7.txt\"><a href=\"https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D19027&amp;id=2025D19027\" rel=\"noopener noreferrer\" target=\"_blank\">brief aan de Tweede Kamer, 24 april 2025"), "{s}");
        assert!(!s.contains(">000_") && !s.contains(">004_"), "no file name as text: {s}");
        let one = sources(Lang::Nl, &cited[..2]).0;
        assert!(one.starts_with("<p class=\"kh-source\">Bron: "), "a letter and its copy are one source: {one}");
    }

    #[test]
    fn a_card_folds_into_details_and_keeps_its_kind() {
        let open = card("<Naam>", false, Some("kh-expert"), html! { p { "x" } }).0;
        assert_eq!(open, r#"<article class="kh-card kh-expert"><h3 class="kh-card__title">&lt;Naam&gt;</h3><p>x</p></article>"#);
        let folded = card("N", true, None, html! {}).0;
        assert!(folded.starts_with(r#"<details class="kh-card kh-card--folded"><summary"#), "{folded}");
    }
}
