//! Which contact fields may be shown. A contacts file comes from outside (an
//! intranet, or a link to `embed.html`), and its texts appear on our page next
//! to our crisis line: nothing in them may pass for that line, hide what it
//! says, or point somewhere else than it reads.

use super::fold;

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
/// line. It is read as a person reads it ([`fold::plain`]: styled and
/// full-width letters, accents, every kind of space, dash and dot), and then
/// refused when:
/// - it has a digit other than 0-9 (a full-width "１１３", a superscript);
/// - a number in it, its digits joined across spaces, dashes, dots, commas
///   and any other punctuation, with letters that look like digits (l, I, O,
///   Cyrillic З, …, when a whole word is made of them) and number words
///   ("een een drie"), has [`PHONE_DIGITS`] digits or more, or holds 113,
///   112, 0800 or 0900. A clock time (9.00, 17:30: minutes a multiple of 5)
///   ends a number; so does ", " between two groups of 2 digits or more
///   (a list of hours: "9-11, 12-17");
/// - a call word (bel, call, tel, …, ☎) comes before a number of 3 digits or
///   more, or before a time;
/// - a crisis word is in it ([`CRISIS_STEMS`], [`CRISIS_PREFIXES`]), in any
///   case, with lookalike letters, leetspeak digits ("cr1s1s") or separators
///   between its letters ("c-r-i-s-i-s", "c r i s i s", "cri sis").
pub fn looks_like_crisis_line(s: &str) -> bool {
    if s.chars().any(|c| c.is_numeric() && !c.is_ascii_digit()) {
        return true;
    }
    let text: Vec<char> = s.chars().filter_map(fold::plain).collect();
    has_crisis_word(&text) || has_number_to_call(&text)
}

/// Words of the crisis line, matched anywhere in a word (or in words run
/// together), after [`fold::word_class`].
const CRISIS_STEMS: &[&str] = &[
    "crisi", "crise", "suicid", "suizid", "zelfdoding", "zelfmoord", "noodlijn", "noodnummer", "alarmnummer",
    "emergenc", "hulplijn", "helpline", "hotline", "honderddertien", "honderdtwaalf",
];
/// Short words of the crisis line, matched at the start of a word.
const CRISIS_PREFIXES: &[&str] = &["sos", "nood", "mayday"];

fn skeleton(word: &[char]) -> String {
    word.iter().filter_map(|&c| fold::word_class(c)).collect()
}

fn has_crisis_word(text: &[char]) -> bool {
    let canon = |w: &str| w.chars().filter_map(fold::word_class).collect::<String>();
    let stems: Vec<String> = CRISIS_STEMS.iter().map(|w| canon(w)).collect();
    let prefixes: Vec<String> = CRISIS_PREFIXES.iter().map(|w| canon(w)).collect();
    let words: Vec<String> = text.split(|c| *c == ' ').map(skeleton).filter(|w| !w.is_empty()).collect();
    let found = |w: &str, prefix_too: bool| {
        stems.iter().any(|s| w.contains(s.as_str())) || (prefix_too && prefixes.iter().any(|p| w.starts_with(p.as_str())))
    };
    if words.iter().any(|w| found(w, true)) {
        return true;
    }
    // Two neighbours read together ("suic idaal", "zelf doding"), when the
    // word starts 2 letters or more before the space: "werk risico" and
    // "Eric Risink" are no "crisi…".
    let straddles = |left: &str, right: &str| {
        let joined = format!("{left}{right}");
        let cut = left.len();
        stems.iter().any(|s| joined.match_indices(s.as_str()).any(|(at, _)| at + 2 <= cut && at + s.len() > cut))
    };
    if words.windows(2).any(|pair| straddles(&pair[0], &pair[1])) {
        return true;
    }
    // Words split by spaces: runs of words where of each two neighbours one
    // is 3 letters at most ("cri sis", "c r i s i s") are read as one; short
    // words together ("S O S", "s os", "no od") as a word of their own.
    let mut joined = String::new();
    let mut shorts: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let short = w.chars().count() <= 3;
        if i > 0 && !short && words[i - 1].chars().count() > 3 {
            joined.clear();
        }
        joined.push_str(w);
        if found(&joined, false) {
            return true;
        }
        if short {
            shorts.push(w);
            for from in 0..shorts.len() {
                let run = shorts[from..].concat();
                if found(&run, false) || prefixes.contains(&run) || (from + 1 < shorts.len() && shorts[from..].iter().all(|s| s.chars().count() == 1) && found(&run, true)) {
                    return true;
                }
            }
        } else {
            shorts.clear();
        }
    }
    false
}

/// What a free text is made of, for numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Item {
    /// A digit (from a digit, a lookalike letter or a number word).
    Digit(u8),
    /// Space or punctuation: joins the digits around it.
    Sep(char),
    /// A word: ends a number.
    Break,
    /// A clock time: ends a number.
    Time,
    /// A call word (bel, call, ☎): a number after it is a number to call.
    Call,
}

const CALL_WORDS: &[&str] = &[
    "bel", "bellen", "belt", "call", "tel", "telefoon", "telefoonnummer", "phone", "nummer", "number", "sms", "app",
    "whatsapp", "ring", "dial",
];
const NUMBER_WORDS: &[(&str, u8)] = &[
    ("nul", 0), ("zero", 0), ("een", 1), ("one", 1), ("twee", 2), ("two", 2), ("drie", 3), ("three", 3),
    ("acht", 8), ("eight", 8),
];

fn number_items(text: &[char]) -> Vec<Item> {
    let wordish = |c: char| c.is_alphabetic() || c == '|';
    let mut items = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if let Some(d) = c.to_digit(10) {
            items.push(Item::Digit(d as u8));
            i += 1;
        } else if wordish(c) {
            let mut j = i;
            while j < text.len() && wordish(text[j]) {
                j += 1;
            }
            let word = &text[i..j];
            let lower: String = word.iter().flat_map(|c| c.to_lowercase()).collect();
            if let Some(digits) = word.iter().map(|&c| fold::digit_lookalike(c)).collect::<Option<Vec<u8>>>() {
                items.extend(digits.into_iter().map(Item::Digit));
            } else if let Some((_, d)) = NUMBER_WORDS.iter().find(|(w, _)| *w == lower) {
                items.push(Item::Digit(*d));
            } else if CALL_WORDS.contains(&lower.as_str()) {
                items.push(Item::Call);
            } else {
                items.push(Item::Break);
            }
            i = j;
        } else if matches!(c, '☎' | '✆' | '📞' | '📱' | '☏') {
            items.push(Item::Call);
            i += 1;
        } else {
            items.push(Item::Sep(c));
            i += 1;
        }
    }
    mark_times(&mut items);
    items
}

/// A clock time — 1 or 2 digits up to 24, `.` or `:`, 2 digits, a multiple
/// of 5 minutes, no digit right before or after, not between two numbers —
/// becomes one `Time`
/// (a time such as 1.13 does not: that would be a way to write 113).
fn mark_times(items: &mut Vec<Item>) {
    let digit = |x: Option<&Item>| match x {
        Some(Item::Digit(d)) => Some(u32::from(*d)),
        _ => None,
    };
    let mut i = 0;
    while i < items.len() {
        let at = |k: usize| items.get(k);
        let hours_len = if digit(at(i + 1)).is_some() { 2 } else { 1 };
        let starts = i == 0 || digit(at(i - 1)).is_none();
        let parts = (digit(at(i)), digit(at(i + hours_len - 1)), at(i + hours_len), digit(at(i + hours_len + 1)), digit(at(i + hours_len + 2)));
        if let (true, Some(h1), Some(h2), Some(Item::Sep('.' | ':')), Some(m1), Some(m2)) = (starts, parts.0, parts.1, parts.2, parts.3, parts.4) {
            let hours = if hours_len == 2 { h1 * 10 + h2 } else { h1 };
            let minutes = m1 * 10 + m2;
            let end = i + hours_len + 3;
            // Digits joined to it on both sides: part of a number ("06 12 3.45 678").
            let left = items[..i].iter().rev().find(|x| !matches!(x, Item::Sep(_)));
            let right = items.get(end..).and_then(|rest| rest.iter().find(|x| !matches!(x, Item::Sep(_))));
            let inside = matches!(left, Some(Item::Digit(_))) && matches!(right, Some(Item::Digit(_)));
            if hours <= 24 && minutes < 60 && minutes % 5 == 0 && digit(at(end)).is_none() && !inside {
                items.splice(i..end, [Item::Time]);
            }
        }
        i += 1;
    }
}

/// Whether the digits `n` hold a crisis number (its digits, from
/// `crate::crisis`: 113, 0800-0113, 112) or the prefix of a free or paid line
/// (0800, 0900).
fn imitates_a_line(n: &str) -> bool {
    crate::crisis::NUMBERS.iter().any(|c| n.contains(c.tel.trim_start_matches("tel:"))) || ["0800", "0900"].iter().any(|p| n.contains(p))
}

fn has_number_to_call(text: &[char]) -> bool {
    let items = number_items(text);
    // Numbers: groups of digits, joined across separators.
    let mut number = String::new();
    let mut group = 0usize;
    let mut previous_group = 0usize;
    let mut list_break = false;
    let mut after_call = false;
    let bad = |n: &str| n.len() >= PHONE_DIGITS || imitates_a_line(n);
    for (k, item) in items.iter().enumerate() {
        match *item {
            Item::Digit(d) => {
                if group == 0 && list_break && previous_group >= 2 && group_len(&items[k..]) >= 2 {
                    number.clear();
                }
                list_break = false;
                number.push(char::from(b'0' + d));
                group += 1;
                if bad(&number) || (after_call && number.len() >= 3) {
                    return true;
                }
            }
            Item::Sep(c) => {
                if group > 0 {
                    previous_group = group;
                    group = 0;
                }
                // ", " or "; ": a list.
                if matches!(c, ' ') && k > 0 && matches!(items[k - 1], Item::Sep(',' | ';')) {
                    list_break = true;
                }
            }
            Item::Break | Item::Call | Item::Time => {
                // A time right after a call word ("Bel 1.15") is a number to call too.
                if after_call && *item == Item::Time && number.is_empty() {
                    return true;
                }
                number.clear();
                group = 0;
                previous_group = 0;
                list_break = false;
                after_call = *item == Item::Call;
            }
        }
    }
    false
}

/// The length of the group of digits at the start of `items`.
fn group_len(items: &[Item]) -> usize {
    items.iter().take_while(|i| matches!(i, Item::Digit(_))).count()
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

    /// What an organisation writes in `name` and `hours` passes.
    #[test]
    fn ordinary_names_and_hours_pass() {
        for ok in [
            "Anna de Vries", "Dr. B", "Arbodienst Noord", "Bedrijfsarts Arbo Unie", "Team HR", "Chris Isaacs", "Eric Risink",
            "José Núñez", "Zoë van Dijk", "Vertrouwenspersoon ongewenst gedrag", "P&O-adviseur", "Oslo", "Ilse Bos",
            "Bedrijfsmaatschappelijk werk risico's", "Werk Risico-inventarisatie", "E. Risink",
            "ma-vr 9-17", "ma-vr 9.00-17.00 uur", "ma t/m vr 8.30-17.00", "09:00 - 17:30", "ma, di en do 9-12", "ma 9-11, 12-17",
            "wo 13.30-16.00", "op afspraak", "dag en nacht bereikbaar via het intranet", "Kamer 2.14, gebouw 3", "za 10-12",
            "week 1 t/m 6", "ma-vr 8:15-16:45", "Mon-Fri 9am-5pm",
        ] {
            assert!(!looks_like_crisis_line(ok), "{ok}");
        }
    }

    /// The variants of issue 28 (22 of 27 passed the filter before), and more.
    #[test]
    fn crisis_numbers_and_words_in_disguise_are_refused() {
        for bad in [
            // Split into short runs by dashes, commas, middle dots, slashes.
            "1-1-3", "11-3", "1,1,3", "1, 1, 3", "1·1·3", "1 • 1 • 3", "1/13", "0800·0113", "0800-01.13", "08-00-01-13",
            "0,8,0,0,0,1,1,3", "1_1_3", "1*1*3", "1\u{2009}1\u{2009}3", "11\u{3000}3", "1.1.3", "1.12", "11:2", "(1)(1)(2)",
            // Letters that look like digits.
            "ll3", "lI3", "II3", "IIЗ", "llЗ", "1l2", "O8OO-O1l3", "o800 o113", "Bel ll2", "|13", "1|2", "Il2",
            // Full-width, styled, spaced, number words.
            "１１３", "𝟏𝟏𝟑", "¹¹³", "①①③", "1 1 3", "een een drie", "one one two", "nul acht nul nul",
            // Phone numbers in pieces.
            "06-12-34-56-78", "0·6·1·2·3·4·5·6·7·8", "+31 6 1234 5678", "o6 l2 34 56 78", "030,123,45,67",
            // Call words before a number or a time.
            "Bel 1813", "call 911", "☎ 999", "Bel 1.15",
            // Words the list lacked, and spellings of them.
            "Krisis", "Crises", "Crisislijn", "crise", "Suïcidaal", "suicidal", "Noodlijn", "Noodnummer", "SOS", "S.O.S.",
            "S O S", "sos-lijn", "Hulplijn", "suic idaal", "zelf moord", "Nood lijn", "cr1s1s", "CR!S!S", "c-r-i-s-i-s", "c r i s i s", "cri sis", "cris is", "Ｋｒｉｓｉｓ",
            "𝐂𝐫𝐢𝐬𝐢𝐬", "ⓒⓡⓘⓢⓘⓢ", "ᴄʀɪꜱɪꜱ", "сгіѕіѕ", "zelfm00rd", "Zelf-doding", "su1c1de", "5O5", "kr1515",
            "Honderddertien", "cri\u{301}sis",
        ] {
            assert!(looks_like_crisis_line(bad), "passed: {bad}");
            assert_eq!(check_field("name", bad).err().map(|_| ()), Some(()), "{bad}");
        }
    }
}
