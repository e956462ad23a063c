//! What went wrong with an answer string, said plainly in both languages.

use super::model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// A part without `=`, or with an empty key.
    Malformed,
    UnknownKey,
    UnknownValue,
    RepeatedKey,
    EmptyValue,
    DuplicateValue,
    /// More than one value for a question with one answer.
    TooManyValues,
    /// "Weet niet" together with other answers.
    ExclusiveCombined,
    /// An answer to a question that is not asked in this situation.
    NotAsked,
    /// The string was cut off at the maximum length.
    TooLong,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub key: String,
    pub value: String,
}

/// Long enough for every valid answer set many times over; keeps hostile links cheap.
pub const MAX_INPUT_CHARS: usize = 2000;
/// [`MAX_INPUT_CHARS`] as the messages show it.
const MAX_INPUT_TEXT: &str = "2000";
/// Shown text of a bad key or value is cut to this many characters (the
/// longest id in the vocabulary has 26).
const MAX_ECHO_CHARS: usize = 30;

impl Notice {
    pub fn new(kind: NoticeKind, key: &str, value: &str) -> Notice {
        Notice {
            kind,
            key: echo(key),
            value: echo(value),
        }
    }

    /// One sentence for the user.
    pub fn message(&self, lang: Lang) -> String {
        self.fill(self.kind.template(lang))
    }

    /// `template` with this notice's question at `{k}`, its answer at `{v}`
    /// and the length limit at `{max}`, in one pass (a key may hold "{v}").
    pub fn fill(&self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 40);
        let mut rest = template;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            let (value, len) = if rest.starts_with("{k}") {
                (self.key.as_str(), 3)
            } else if rest.starts_with("{v}") {
                (self.value.as_str(), 3)
            } else if rest.starts_with("{max}") {
                (MAX_INPUT_TEXT, 5)
            } else {
                ("{", 1)
            };
            out.push_str(value);
            rest = &rest[len..];
        }
        out.push_str(rest);
        out
    }
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 10] = [
        NoticeKind::Malformed,
        NoticeKind::UnknownKey,
        NoticeKind::UnknownValue,
        NoticeKind::RepeatedKey,
        NoticeKind::EmptyValue,
        NoticeKind::DuplicateValue,
        NoticeKind::TooManyValues,
        NoticeKind::ExclusiveCombined,
        NoticeKind::NotAsked,
        NoticeKind::TooLong,
    ];

    /// The sentence for the user, with `{k}`, `{v}` and `{max}` to fill in
    /// ([`Notice::fill`]). The browser gets these from its content pack (`ui::text`).
    pub fn template(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (NoticeKind::Malformed, Lang::Nl) => "Het deel \"{v}\" is geen antwoord (verwacht: vraag=antwoord). Het is overgeslagen.",
            (NoticeKind::Malformed, Lang::En) => "The part \"{v}\" is not an answer (expected: question=answer). It was skipped.",
            (NoticeKind::UnknownKey, Lang::Nl) => "De vraag \"{k}\" kennen we niet. Dit deel is overgeslagen.",
            (NoticeKind::UnknownKey, Lang::En) => "The question \"{k}\" is unknown. This part was skipped.",
            (NoticeKind::UnknownValue, Lang::Nl) => "Het antwoord \"{v}\" bij \"{k}\" kennen we niet. Het is overgeslagen.",
            (NoticeKind::UnknownValue, Lang::En) => "The answer \"{v}\" to \"{k}\" is unknown. It was skipped.",
            (NoticeKind::RepeatedKey, Lang::Nl) => "De vraag \"{k}\" staat er meer dan één keer in. Alleen de eerste telt.",
            (NoticeKind::RepeatedKey, Lang::En) => "The question \"{k}\" appears more than once. Only the first counts.",
            (NoticeKind::EmptyValue, Lang::Nl) => "Bij \"{k}\" staat geen antwoord. Deze vraag is nog open.",
            (NoticeKind::EmptyValue, Lang::En) => "\"{k}\" has no answer. This question is still open.",
            (NoticeKind::DuplicateValue, Lang::Nl) => "Het antwoord \"{v}\" bij \"{k}\" staat er dubbel in. Het telt één keer.",
            (NoticeKind::DuplicateValue, Lang::En) => "The answer \"{v}\" to \"{k}\" appears twice. It counts once.",
            (NoticeKind::TooManyValues, Lang::Nl) => "Bij \"{k}\" past één antwoord. Alleen het eerste telt; \"{v}\" is overgeslagen.",
            (NoticeKind::TooManyValues, Lang::En) => "\"{k}\" takes one answer. Only the first counts; \"{v}\" was skipped.",
            (NoticeKind::ExclusiveCombined, Lang::Nl) => "\"{v}\" kan niet samen met andere antwoorden bij \"{k}\". Het is overgeslagen.",
            (NoticeKind::ExclusiveCombined, Lang::En) => "\"{v}\" cannot be combined with other answers to \"{k}\". It was skipped.",
            (NoticeKind::NotAsked, Lang::Nl) => "De vraag \"{k}\" hoort niet bij deze situatie. Het antwoord is overgeslagen.",
            (NoticeKind::NotAsked, Lang::En) => "The question \"{k}\" does not apply here. The answer was skipped.",
            (NoticeKind::TooLong, Lang::Nl) => "De link is te lang. Alles na {max} tekens is overgeslagen.",
            (NoticeKind::TooLong, Lang::En) => "The link is too long. Everything after {max} characters was skipped.",
        }
    }
}

/// Bad input is echoed back only as the characters ids are made of, lower
/// case and cut short: enough to spot a typo ("sectr"), too little for a link
/// to write its own sentence ("Bel niet 113 maar …") on our page. The
/// widget's contacts reader echoes a file's unknown keys the same way.
pub fn echo(s: &str) -> String {
    let mut id_like = s.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).map(|c| c.to_ascii_lowercase());
    let mut out: String = id_like.by_ref().take(MAX_ECHO_CHARS).collect();
    if id_like.next().is_some() || (out.is_empty() && !s.is_empty()) {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_in_the_messages_is_the_limit() {
        assert_eq!(MAX_INPUT_TEXT, MAX_INPUT_CHARS.to_string());
    }

    #[test]
    fn echo_is_id_characters_only() {
        let n = Notice::new(NoticeKind::Malformed, "", "Bel NIET 113 maar 0900-1234567, zie https://evil.example");
        assert_eq!(n.value, "belniet113maar0900-1234567zieh…");
        assert_eq!(Notice::new(NoticeKind::UnknownKey, "Sectr", "").key, "sectr");
        assert_eq!(Notice::new(NoticeKind::UnknownKey, "\u{0}\u{202e}", "").key, "…", "nothing showable: an ellipsis, not empty quotes");
        assert_eq!(Notice::new(NoticeKind::UnknownKey, "", "").key, "");
        assert_eq!(Notice::new(NoticeKind::UnknownValue, "sector", "financiele-dienstverlening").value, "financiele-dienstverlening");
    }

    #[test]
    fn filling_in_is_one_pass() {
        // (Built by hand: `new` would strip the braces.)
        let n = Notice { kind: NoticeKind::UnknownValue, key: "{v}".into(), value: "x{k}".into() };
        assert_eq!(n.fill("{v} to {k}, {max} {y} {"), "x{k} to {v}, 2000 {y} {");
        assert_eq!(n.message(Lang::En), "The answer \"x{k}\" to \"{v}\" is unknown. It was skipped.");
        for kind in NoticeKind::ALL {
            for lang in Lang::ALL {
                assert!(!kind.template(lang).is_empty());
            }
        }
    }
}
