//! The contacts filter reads a free text as a person does (issue 28, item 7):
//! a crisis number or word dressed up with separators, lookalike letters,
//! styled or full-width forms never passes in `name` or `hours`, whatever
//! text is around it; ordinary names and opening hours do pass.

use keuzehulp::contacts::safe::{check_field, looks_like_crisis_line};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Ways to write each digit that a reader still reads as that digit.
fn forms(digit: char) -> Vec<&'static str> {
    match digit {
        '0' => vec!["0", "O", "o", "О", "Ο", "０", "𝟎", "ᴏ"],
        '1' => vec!["1", "l", "I", "|", "ı", "１", "𝟏", "ӏ", "Ӏ", "ɪ", "ǀ", "ℓ"],
        '2' => vec!["2", "Z", "z", "２", "𝟐", "ᴢ"],
        '3' => vec!["3", "З", "з", "Ʒ", "３", "𝟑", "³"],
        '8' => vec!["8", "B", "８", "𝟖"],
        '4' => vec!["4", "Ч", "４"],
        '5' => vec!["5", "S", "s", "５"],
        '6' => vec!["6", "b", "G", "６"],
        '7' => vec!["7", "T", "７"],
        d => panic!("no forms for {d}"),
    }
}

/// What may stand between the digits.
const SEPARATORS: &[&str] = &[
    "", "", "", " ", "-", ",", "·", ".", "/", " - ", "‐", "–", "—", "_", "*", "~", "'", "’", "\u{a0}", "\u{2009}",
    "\u{3000}", "・", "•", "∙", "⋅", ":", ";", "+", "(", ")", " · ", ", ", "--", "−",
];

/// Text an organisation would write around it.
const BEFORE: &[&str] = &["", "Bel ", "Anna de Vries ", "ma-vr 9-17, ", "Spoed: ", "(", "Team HR / ", "nood? "];
const AFTER: &[&str] = &["", " uur", " (dag en nacht)", "!", ".", " - Anna", ", ma-vr 9-17"];

/// (0800 on its own is left out: "08:00" is a time.)
const NUMBERS: &[&str] = &["113", "112", "08000113", "0612345678"];

fn disguised(number: &str, picks: &[(usize, usize)], before: usize, after: usize) -> String {
    let mut out = String::from(BEFORE[before % BEFORE.len()]);
    for (i, c) in number.chars().enumerate() {
        let (form, sep) = picks[i];
        let forms = forms(c);
        if i > 0 {
            out.push_str(SEPARATORS[sep % SEPARATORS.len()]);
        }
        out.push_str(forms[form % forms.len()]);
    }
    out.push_str(AFTER[after % AFTER.len()]);
    out
}

#[test]
fn a_disguised_crisis_number_never_passes() {
    let mut runner = TestRunner::new(Config { cases: 20_000, failure_persistence: None, ..Config::default() });
    let strategy = (0..NUMBERS.len(), proptest::collection::vec((0usize..64, 0usize..64), 10), 0usize..64, 0usize..64);
    runner
        .run(&strategy, |(n, picks, before, after)| {
            let text = disguised(NUMBERS[n], &picks, before, after);
            prop_assert!(looks_like_crisis_line(&text), "passed: {text:?}");
            prop_assert!(check_field("name", &text).is_err(), "name passed: {text:?}");
            prop_assert!(check_field("hours", &text).is_err(), "hours passed: {text:?}");
            Ok(())
        })
        .unwrap();
}

/// Ways to write each letter of a crisis word.
fn letter_forms(c: char) -> Vec<String> {
    let mut out = vec![c.to_string(), c.to_ascii_uppercase().to_string()];
    let extra: &[&str] = match c {
        'a' => &["4", "@", "а", "á", "à", "ä"],
        'c' => &["k", "с", "ϲ", "ᴄ", "ç"],
        'd' => &["ԁ", "ď"],
        'e' => &["3", "е", "é", "ë", "ε"],
        'i' => &["1", "!", "|", "l", "і", "ı", "í", "ï", "ɪ", "y"],
        'j' => &["ј", "ĵ"],
        'l' => &["1", "|", "I", "ł", "ʟ"],
        'n' => &["ñ", "ń"],
        'o' => &["0", "о", "ο", "ö", "ó", "ᴏ"],
        'r' => &["г", "ʀ", "ř"],
        's' => &["5", "$", "ѕ", "ś", "š", "ꜱ", "z"],
        't' => &["7", "т", "ť"],
        'u' => &["v", "ü", "ú", "ᴜ"],
        'z' => &["2", "ž", "ᴢ"],
        'm' => &["м", "ᴍ"],
        'f' => &["ꜰ"],
        _ => &[],
    };
    out.extend(extra.iter().map(|s| (*s).to_string()));
    // Full-width and mathematical bold copies of the ASCII letter.
    let fw = char::from_u32(c as u32 + 0xFEE0).unwrap();
    let bold = char::from_u32(0x1D41A + (c as u32 - 'a' as u32)).unwrap();
    out.push(fw.to_string());
    out.push(bold.to_string());
    out
}

const WORDS: &[&str] = &["crisis", "krisis", "crises", "suicide", "suicidaal", "zelfmoord", "zelfdoding", "noodlijn", "sos", "hulplijn"];
/// Between letters: nothing mostly, or one of these in every gap (a reader
/// joins "c-r-i-s-i-s" and "c r i s i s"), or a space somewhere ("cri sis").
const LETTER_GAPS: &[&str] = &["-", ".", " ", "·", "_", "*", "'", "\u{301}"];

#[test]
fn a_disguised_crisis_word_never_passes() {
    let mut runner = TestRunner::new(Config { cases: 20_000, failure_persistence: None, ..Config::default() });
    let strategy = (0..WORDS.len(), proptest::collection::vec(0usize..64, 12), 0usize..(LETTER_GAPS.len() + 2), 0usize..12, 0usize..BEFORE.len());
    runner
        .run(&strategy, |(w, picks, gap, space_at, before)| {
            let word = WORDS[w];
            let mut text = String::from(BEFORE[before]);
            for (i, c) in word.chars().enumerate() {
                if i > 0 {
                    match gap {
                        g if g < LETTER_GAPS.len() => text.push_str(LETTER_GAPS[g]),
                        g if g == LETTER_GAPS.len() && i == 1 + space_at % (word.len() - 1) => text.push(' '),
                        _ => {}
                    }
                }
                let forms = letter_forms(c);
                text.push_str(&forms[picks[i] % forms.len()]);
            }
            prop_assert!(looks_like_crisis_line(&text), "passed: {text:?}");
            prop_assert!(check_field("name", &text).is_err(), "name passed: {text:?}");
            Ok(())
        })
        .unwrap();
}

/// The filter's other side: what organisations write passes, so the
/// numbers and words it refuses are not refused by accident.
#[test]
fn ordinary_contact_texts_pass() {
    for (field, ok) in [
        ("name", "Anna de Vries"), ("name", "Arbodienst Noord"), ("name", "Dr. B. Jansen"), ("name", "Bedrijfsmaatschappelijk werk"),
        ("name", "Vertrouwenspersoon (extern)"), ("name", "Zoë Öztürk-Çelik"), ("name", "HR-adviseur regio Oost"),
        ("hours", "ma-vr 9-17"), ("hours", "ma t/m do 8.30-17.00 uur"), ("hours", "di en do 09:00 - 12:30"),
        ("hours", "ma 9-11, 12-17"), ("hours", "op afspraak"), ("hours", "Mon-Fri 9am-5pm"), ("hours", "werkdagen 8:45-16:15"),
    ] {
        assert_eq!(check_field(field, ok), Ok(()), "{field}: {ok}");
    }
}
