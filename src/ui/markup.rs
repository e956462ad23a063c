//! View parts without events or state (the result cards, the crisis line,
//! sources, figures, notes) written as one HTML string: yew shows it as a
//! single raw node. Each `html!` element compiles to its own code that builds
//! a `VTag`; a string writer is a few calls instead. Measured on the cards,
//! crisis line, figures and notes: see the commit that brought this in.
//!
//! Safety: every piece of content, text from the packs and the organisation's
//! contacts alike, goes through [`Markup::text`], which escapes `& < > " '`,
//! so it is safe in text and in a double-quoted attribute value. Only string
//! literals of our own code go in unescaped ([`Markup::raw`]). The
//! Content-Security-Policy allows no inline script or style either way.

use yew::{AttrValue, Html};


use crate::engine::{Lang, Str};
use crate::ui::text::{self, T, t};

#[derive(Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    pub fn new() -> Self {
        Self { out: String::with_capacity(2048) }
    }

    /// Markup from our own code: tags and attribute names, as string literals.
    // (Never inlined, nor the two below: there are hundreds of calls, and a
    // call is smaller than an inlined copy.)
    #[inline(never)]
    pub fn raw(&mut self, literal: &'static str) -> &mut Self {
        self.out.push_str(literal);
        self
    }

    /// Content, UI text or outside input: escaped.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                '\'' => self.out.push_str("&#39;"),
                c => self.out.push(c),
            }
        }
        self
    }

    /// A UI text of `text.rs`, escaped.
    #[inline(never)]
    pub fn ui(&mut self, lang: Lang, key: T) -> &mut Self {
        self.text(t(lang, key))
    }

    /// The string so far (for tests).
    pub fn as_str(&self) -> &str {
        &self.out
    }

    pub fn finish(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.out))
    }
}

/// The first sentence of a text (up to the first ". "), for the short form
/// of a card; the whole text is in the card's folded part.
pub fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text,
    }
}

/// A link that opens in a new window, saying so to screen readers.
pub fn external(m: &mut Markup, lang: Lang, url: &str, label: &str) {
    external_with(m, lang, url, "", |m| {
        m.text(label);
    });
}

/// [`external`] with a class and content of its own.
pub fn external_with(m: &mut Markup, lang: Lang, url: &str, class: &'static str, content: impl FnOnce(&mut Markup)) {
    m.raw("<a");
    if !class.is_empty() {
        m.raw(" class=\"").raw(class).raw("\"");
    }
    m.raw(" href=\"").text(url).raw("\" rel=\"noopener noreferrer\" target=\"_blank\">");
    content(m);
    m.raw("<span class=\"kh-visually-hidden\"> ").ui(lang, T::OpensNewWindow).raw("</span></a>");
}

/// "Bron: …": a letter by its title (its file name in `data-letter`, for
/// reviewers), https addresses as links, anything else as it is. A letter
/// cited twice (or with its copy) shows once.
pub fn sources(m: &mut Markup, lang: Lang, sources: &[Str]) {
    // (source, letter title): a letter already listed is left out.
    let mut items: Vec<(&str, Option<&str>)> = Vec::new();
    for s in sources {
        let title = if s.starts_with("https://") { None } else { text::letter_title(lang, s) };
        if title.is_none() || !items.iter().any(|&(_, t)| t == title) {
            items.push((s, title));
        }
    }
    if items.is_empty() {
        return;
    }
    m.raw("<p class=\"kh-source\">").ui(lang, if items.len() == 1 { T::Source } else { T::Sources }).raw(": ");
    for (i, &(s, title)) in items.iter().enumerate() {
        if i > 0 {
            m.raw("; ");
        }
        match (s.strip_prefix("https://"), title) {
            (Some(address), _) => external(m, lang, s, address.trim_end_matches('/')),
            (None, Some(title)) => {
                m.raw("<span class=\"kh-source__letter\" data-letter=\"").text(s).raw("\">").text(title).raw("</span>");
            }
            (None, None) => {
                m.raw("<span class=\"kh-source__file\">").text(s).raw("</span>");
            }
        }
    }
    m.raw("</p>");
}

/// One list of sources for a whole page ("Bronnen"): each letter once, by
/// its title (file name in `data-letter`), each address once, as a link.
pub fn sources_list<'a>(m: &mut Markup, lang: Lang, sources: impl IntoIterator<Item = &'a Str>) {
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
    m.raw("<ul class=\"kh-sources\">");
    for (file, title) in letters {
        m.raw("<li><span class=\"kh-source__letter\" data-letter=\"").text(file).raw("\">").text(title).raw("</span></li>");
    }
    for url in links {
        m.raw("<li>");
        external(m, lang, url, url.trim_start_matches("https://").trim_end_matches('/'));
        m.raw("</li>");
    }
    for s in other {
        m.raw("<li><span class=\"kh-source__file\">").text(s).raw("</span></li>");
    }
    m.raw("</ul>");
}

/// A `<ul class="kh-reasons">` of the reasons, if any, under their heading.
pub fn reasons(m: &mut Markup, lang: Lang, reasons: &[AttrValue]) {
    if reasons.is_empty() {
        return;
    }
    m.raw("<h4>").ui(lang, T::WhyFits).raw("</h4><ul class=\"kh-reasons\">");
    for r in reasons {
        m.raw("<li>").text(r).raw("</li>");
    }
    m.raw("</ul>");
}

/// A part of a page that a contents link can move to: the id of its heading
/// (the link's `href`, see `data-kh-focus`) and the heading.
#[derive(Clone, Copy)]
pub struct Part {
    pub id: &'static str,
    pub heading: T,
}

/// `<section class="…" aria-labelledby="…"><h2 id="…" tabindex="-1">…</h2>`,
/// left open: the heading can take focus from a contents link.
pub fn open_part(m: &mut Markup, class: &'static str, lang: Lang, part: Part) {
    m.raw("<section class=\"").raw(class).raw("\" aria-labelledby=\"").raw(part.id).raw("\"><h2 id=\"").raw(part.id);
    m.raw("\" tabindex=\"-1\">").ui(lang, part.heading).raw("</h2>");
}

/// `<h4>heading</h4><p>text</p>`, the pattern of the cards.
pub fn section(m: &mut Markup, lang: Lang, heading: T, text: &str) {
    m.raw("<h4>").ui(lang, heading).raw("</h4><p>").text(text).raw("</p>");
}

/// A result card (an approach or an expert): a full `<article>`, or folded
/// into `<details>` further down the list. `kind` is an extra class
/// (" kh-expert"); `body` writes what is in the card.
pub fn card(m: &mut Markup, name: &str, collapsed: bool, kind: &'static str, body: impl FnOnce(&mut Markup)) {
    if collapsed {
        m.raw("<details class=\"kh-card kh-card--folded").raw(kind).raw("\"><summary class=\"kh-card__summary\">");
        m.text(name).raw("</summary><div class=\"kh-card__body\">");
        body(m);
        m.raw("</div></details>");
    } else {
        m.raw("<article class=\"kh-card").raw(kind).raw("\"><h3 class=\"kh-card__title\">").text(name).raw("</h3>");
        body(m);
        m.raw("</article>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_text_and_attributes() {
        let mut m = Markup::new();
        m.raw("<p title=\"").text(r#"a"b'c"#).raw("\">").text("<script>&amp;</script>").raw("</p>");
        assert_eq!(m.as_str(), r#"<p title="a&quot;b&#39;c">&lt;script&gt;&amp;amp;&lt;/script&gt;</p>"#);
    }

    #[test]
    fn a_hostile_url_stays_inside_its_attribute() {
        let mut m = Markup::new();
        external(&mut m, Lang::En, "https://x.example/\" onmouseover=\"alert(1)", "x");
        assert!(m.as_str().starts_with("<a href=\"https://x.example/&quot; onmouseover=&quot;alert(1)\" rel="), "{}", m.as_str());
        assert_eq!(m.as_str().matches('"').count(), 8, "only our own quotes: {}", m.as_str());
    }

    #[test]
    fn sources_are_links_letter_titles_or_file_names() {
        let mut m = Markup::new();
        sources(&mut m, Lang::En, &["https://www.example.nl/a/".into(), "brief-01.md".into()]);
        let s = m.as_str();
        assert!(s.starts_with("<p class=\"kh-source\">Sources: <a href=\"https://www.example.nl/a/\" rel=\"noopener noreferrer\" target=\"_blank\">www.example.nl/a<span"), "{s}");
        assert!(s.ends_with(r#"; <span class="kh-source__file">brief-01.md</span></p>"#), "{s}");
    }

    #[test]
    fn a_letter_shows_its_title_once_and_its_file_for_reviewers() {
        let mut m = Markup::new();
        let cited: [Str; 3] = ["000_03915414ebd5499a.txt".into(), "001_ffb50aae5f00ae39.txt".into(), "004_86c85740222f8ee7.txt".into()];
        sources(&mut m, Lang::Nl, &cited);
        let s = m.as_str();
        assert!(s.starts_with("<p class=\"kh-source\">Bronnen: <span class=\"kh-source__letter\" data-letter=\"000_03915414ebd5499a.txt\">brief aan de Tweede Kamer, 11 januari 2021"), "{s}");
        assert_eq!(s.matches("11 januari 2021").count(), 1, "the OCR copy 001_ is the same letter: {s}");
        assert!(s.contains("; <span class=\"kh-source__letter\" data-letter=\"004_86c85740222f8ee7.txt\">brief aan de Tweede Kamer, 24 april 2025"), "{s}");
        assert!(!s.contains(">000_") && !s.contains(">004_"), "no file name as text: {s}");
        let mut one = Markup::new();
        sources(&mut one, Lang::Nl, &cited[..2]);
        assert!(one.as_str().starts_with("<p class=\"kh-source\">Bron: "), "a letter and its copy are one source: {}", one.as_str());
    }
}
