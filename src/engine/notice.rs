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
/// Shown text of a bad key or value is cut to this many characters.
const MAX_ECHO_CHARS: usize = 40;

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
        let (k, v) = (&self.key, &self.value);
        match (self.kind, lang) {
            (NoticeKind::Malformed, Lang::Nl) => format!("Het deel \"{v}\" is geen antwoord (verwacht: vraag=antwoord). Het is overgeslagen."),
            (NoticeKind::Malformed, Lang::En) => format!("The part \"{v}\" is not an answer (expected: question=answer). It was skipped."),
            (NoticeKind::UnknownKey, Lang::Nl) => format!("De vraag \"{k}\" kennen we niet. Dit deel is overgeslagen."),
            (NoticeKind::UnknownKey, Lang::En) => format!("The question \"{k}\" is unknown. This part was skipped."),
            (NoticeKind::UnknownValue, Lang::Nl) => format!("Het antwoord \"{v}\" bij \"{k}\" kennen we niet. Het is overgeslagen."),
            (NoticeKind::UnknownValue, Lang::En) => format!("The answer \"{v}\" to \"{k}\" is unknown. It was skipped."),
            (NoticeKind::RepeatedKey, Lang::Nl) => format!("De vraag \"{k}\" staat er meer dan één keer in. Alleen de eerste telt."),
            (NoticeKind::RepeatedKey, Lang::En) => format!("The question \"{k}\" appears more than once. Only the first counts."),
            (NoticeKind::EmptyValue, Lang::Nl) => format!("Bij \"{k}\" staat geen antwoord. Deze vraag is nog open."),
            (NoticeKind::EmptyValue, Lang::En) => format!("\"{k}\" has no answer. This question is still open."),
            (NoticeKind::DuplicateValue, Lang::Nl) => format!("Het antwoord \"{v}\" bij \"{k}\" staat er dubbel in. Het telt één keer."),
            (NoticeKind::DuplicateValue, Lang::En) => format!("The answer \"{v}\" to \"{k}\" appears twice. It counts once."),
            (NoticeKind::TooManyValues, Lang::Nl) => format!("Bij \"{k}\" past één antwoord. Alleen het eerste telt; \"{v}\" is overgeslagen."),
            (NoticeKind::TooManyValues, Lang::En) => format!("\"{k}\" takes one answer. Only the first counts; \"{v}\" was skipped."),
            (NoticeKind::ExclusiveCombined, Lang::Nl) => format!("\"{v}\" kan niet samen met andere antwoorden bij \"{k}\". Het is overgeslagen."),
            (NoticeKind::ExclusiveCombined, Lang::En) => format!("\"{v}\" cannot be combined with other answers to \"{k}\". It was skipped."),
            (NoticeKind::NotAsked, Lang::Nl) => format!("De vraag \"{k}\" hoort niet bij deze situatie. Het antwoord is overgeslagen."),
            (NoticeKind::NotAsked, Lang::En) => format!("The question \"{k}\" does not apply here. The answer was skipped."),
            (NoticeKind::TooLong, Lang::Nl) => format!("De link is te lang. Alles na {MAX_INPUT_CHARS} tekens is overgeslagen."),
            (NoticeKind::TooLong, Lang::En) => format!("The link is too long. Everything after {MAX_INPUT_CHARS} characters was skipped."),
        }
    }
}

/// Bad input is echoed back cut short and without control characters.
fn echo(s: &str) -> String {
    let mut out: String = s
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_ECHO_CHARS)
        .collect();
    if s.chars().filter(|c| !c.is_control()).count() > MAX_ECHO_CHARS {
        out.push('…');
    }
    out
}
