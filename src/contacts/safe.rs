//! Which contact fields may be shown. A contacts file comes from outside (an
//! intranet, or a link to `embed.html`), and its texts appear on our page next
//! to our crisis line: nothing in them may pass for that line, hide what it
//! says, or point somewhere else than it reads.

/// Free texts (`name`, `hours`) and links are cut at this many characters.
pub const MAX_TEXT: usize = 120;
/// A run of at least this many digits in a free text reads as a number to call
/// (after times such as 9.00 or 17:30 are set aside). Phone numbers belong in
/// `phone`, where they are checked and shown as numbers.
const PHONE_DIGITS: usize = 6;

/// Why a field is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Empty, too long, markup, an invisible or control character, a wrong kind of link.
    Invalid,
    /// A free text with a phone number or the crisis line's words.
    LooksLikeCrisisLine,
    /// An e-mail address or a link with letters other than ASCII (a host may
    /// use punycode: `xn--…`).
    NotAscii,
}

/// Whether a contact field (`name`, `phone`, `email`, `url`, `hours`) can be shown.
pub fn check_field(field: &str, s: &str) -> Result<(), Refusal> {
    let plain = !s.is_empty()
        && s.chars().count() <= MAX_TEXT
        && !s.chars().any(|c| c.is_control() || invisible(c) || matches!(c, '<' | '>' | '"' | '`' | '\\'))
        && !s.to_ascii_lowercase().contains("javascript:");
    if !plain {
        return Err(Refusal::Invalid);
    }
    let ok = match field {
        "phone" => s.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')')) && s.chars().any(|c| c.is_ascii_digit()),
        "email" => {
            if !s.is_ascii() {
                return Err(Refusal::NotAscii);
            }
            let mut parts = s.split('@');
            // Only what addresses use: no `?`, `&` or `%`, which would add headers (a hidden bcc) to the mailto: link.
            s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '+' | '-'))
                && matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None) if !a.is_empty() && b.contains('.'))
        }
        "url" => {
            // The whole link, as shown: a host in another script (Cyrillic "а"
            // for "a") would read as a known address. Non-ASCII in a path is %-escaped.
            if !s.is_ascii() {
                return Err(Refusal::NotAscii);
            }
            s.starts_with("https://")
                && s[8..].split(['/', '?', '#']).next().is_some_and(|h| {
                    let host = h.split(':').next().unwrap_or_default();
                    host.contains('.') && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
                })
                && !s.contains(' ')
                && !s.contains('\'')
        }
        _ => {
            if looks_like_crisis_line(s) {
                return Err(Refusal::LooksLikeCrisisLine);
            }
            true
        }
    };
    if ok { Ok(()) } else { Err(Refusal::Invalid) }
}

/// Characters that show nothing (or change how the rest shows): every Unicode
/// format character (category Cf, Unicode 15.1: bidi controls, zero-width
/// marks, the soft hyphen, tag characters, …) and every other default-ignorable
/// code point (the Hangul fillers, the combining grapheme joiner, variation
/// selectors), plus the line and paragraph separators. They can make a number
/// or an address read other than it is.
pub fn invisible(c: char) -> bool {
    matches!(c,
        // Category Cf.
        '\u{AD}' | '\u{600}'..='\u{605}' | '\u{61C}' | '\u{6DD}' | '\u{70F}' | '\u{890}'..='\u{891}' | '\u{8E2}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{110BD}' | '\u{110CD}' | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0001}' | '\u{E0020}'..='\u{E007F}'
        // Other default-ignorable code points: the combining grapheme joiner, the
        // Hangul fillers, Khmer inherent vowels, Mongolian selectors, variation
        // selectors, unassigned specials and tag space.
        | '\u{34F}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{E0000}'..='\u{E0FFF}'
        // Line and paragraph separators (they break a line where none shows in the source).
        | '\u{2028}' | '\u{2029}')
}

/// Whether a free text could pass for a number to call, or for the crisis
/// line: a run of [`PHONE_DIGITS`] digits or more, 113, 112, 0800-0113,
/// "crisis" (also spelled with lookalike letters), or digits other than 0-9
/// (a full-width "１１３").
pub fn looks_like_crisis_line(s: &str) -> bool {
    if s.chars().any(|c| c.is_numeric() && !c.is_ascii_digit()) {
        return true;
    }
    let folded: String = s.chars().map(fold_lookalike).collect::<String>().to_lowercase();
    if ["crisis", "zelfdoding", "suicide", "suïcide", "zelfmoord"].iter().any(|w| folded.contains(w)) {
        return true;
    }
    digit_runs(s).iter().any(|run| run.len() >= PHONE_DIGITS || run.contains("113") || run.contains("112"))
}

/// The digits of each run of digits and separators (space, - . / ( ) +) in
/// `s`; a time (9.00, 17:30) ends a run and counts for nothing.
fn digit_runs(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut runs = vec![String::new()];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            // A time: 1 or 2 digits, `.` or `:`, 2 digits, and no digit after.
            let start = i;
            let mut j = i;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let is_time = (1..=2).contains(&(j - start))
                && matches!(chars.get(j), Some('.' | ':'))
                && chars.get(j + 1).is_some_and(char::is_ascii_digit)
                && chars.get(j + 2).is_some_and(char::is_ascii_digit)
                && !chars.get(j + 3).is_some_and(char::is_ascii_digit);
            if is_time {
                runs.push(String::new());
                i = j + 3;
                continue;
            }
            runs.last_mut().expect("never empty").extend(&chars[start..j]);
            i = j;
        } else {
            if !matches!(c, ' ' | '-' | '.' | '/' | '(' | ')' | '+' | '\u{A0}') {
                runs.push(String::new());
            }
            i += 1;
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// Latin letters for the Cyrillic and Greek ones that look the same, as far
/// as the words [`looks_like_crisis_line`] looks for need them.
fn fold_lookalike(c: char) -> char {
    match c {
        'с' | 'С' | 'ϲ' => 'c',
        'г' => 'r',
        'і' | 'І' | 'ι' | 'Ι' | 'ı' | 'ӏ' | 'Ӏ' => 'i',
        'ѕ' | 'Ѕ' => 's',
        'е' | 'Е' | 'ε' => 'e',
        'о' | 'О' | 'ο' | 'Ο' => 'o',
        'а' | 'А' | 'α' => 'a',
        'р' | 'Р' | 'ρ' => 'p',
        'и' => 'u',
        'ԁ' => 'd',
        'ѡ' => 'w',
        'ł' => 'l',
        'м' | 'М' => 'm',
        'к' | 'К' | 'κ' => 'k',
        'т' | 'Т' | 'τ' => 't',
        'ν' => 'v',
        'һ' | 'Н' => 'h',
        'ғ' => 'f',
        'з' => 'z',
        c => c,
    }
}

/// A key or field name from the file, echoed in a notice as the share links'
/// bad parts are: only the characters ids are made of, lower case, cut short;
/// `…` when anything was left out. So a file cannot write its own sentence,
/// or bidi controls, into a notice.
pub use crate::engine::echo;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_not_phone_numbers() {
        for ok in ["ma-vr 9-17", "ma-vr 9.00-17.00 uur", "09:00 - 17:30", "Kamer 2.14, gebouw 3", "Anna de Vries", "za 10-12"] {
            assert!(!looks_like_crisis_line(ok), "{ok}");
        }
        for bad in ["Bel 030 123 45 67", "bel niet 113", "0900-1234567", "Bel 112!", "(030)1234", "crisisdienst", "ⅽгisis"] {
            assert!(looks_like_crisis_line(bad), "{bad}");
        }
    }
}
