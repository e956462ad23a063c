//! How the contacts filter reads a free text before it matches: every
//! character folded to the plain form a reader sees in it. Not a Unicode
//! NFKC table (that would cost tens of KB in the wasm): arithmetic over the
//! blocks that hold styled copies of ASCII (full-width, mathematical,
//! enclosed), a 192-byte table for the Latin letters with diacritics, and a
//! short list of Cyrillic, Greek and small-capital lookalikes. Digits other
//! than 0-9 are not folded: [`super::safe::looks_like_crisis_line`] refuses them.

/// The base letter of U+00C0..=U+017F (Latin-1 Supplement and Latin
/// Extended-A), `.` where there is none (×, ÷, and ß, Æ, Œ: left as they are).
const LATIN: &[u8; 192] = b"AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y\
AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// One character as the filter reads it: `None` for a combining mark (an
/// accent on the letter before), else its plain form: ASCII for styled
/// ASCII letters and punctuation, a letter without its accent, `' '` for
/// every space, `'-'` for every dash, `'.'` for every middle dot or bullet,
/// a Latin letter for a Cyrillic, Greek or small-capital one that looks the same.
pub fn plain(c: char) -> Option<char> {
    let n = c as u32;
    let ascii = |v: u32| char::from_u32(v);
    match n {
        0..=0x7F => Some(c),
        // Combining diacritical marks (and their supplements, and those for symbols).
        0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F => None,
        0xC0..=0x17F => match LATIN[(n - 0xC0) as usize] {
            b'.' => Some(c),
            b => Some(b as char),
        },
        // Full-width ASCII.
        0xFF01..=0xFF5E => ascii(n - 0xFEE0),
        // Mathematical alphanumeric letters: styles of A-Z a-z, 52 each.
        0x1D400..=0x1D6A3 => {
            let i = (n - 0x1D400) % 52;
            ascii(if i < 26 { 0x41 + i } else { 0x61 + i - 26 })
        }
        // Circled, parenthesised, squared letters and regional indicators.
        0x249C..=0x24B5 => ascii(0x61 + n - 0x249C),
        0x24B6..=0x24CF => ascii(0x41 + n - 0x24B6),
        0x24D0..=0x24E9 => ascii(0x61 + n - 0x24D0),
        0x1F110..=0x1F129 => ascii(0x41 + n - 0x1F110),
        0x1F130..=0x1F149 => ascii(0x41 + n - 0x1F130),
        0x1F150..=0x1F169 => ascii(0x41 + n - 0x1F150),
        0x1F170..=0x1F189 => ascii(0x41 + n - 0x1F170),
        0x1F1E6..=0x1F1FF => ascii(0x41 + n - 0x1F1E6),
        0x2010..=0x2015 | 0x2212 | 0x2E3A | 0x2E3B | 0xFE58 | 0xFE63 | 0x2043 | 0x30FC => Some('-'),
        0xB7 | 0x387 | 0x2022 | 0x2024 | 0x2027 | 0x2219 | 0x22C5 | 0x2E31 | 0x30FB | 0xFF65 | 0x16EB | 0x25CF | 0x25E6 | 0x2981 => {
            Some('.')
        }
        0x2018 | 0x2019 | 0x201A | 0x201B | 0x2032 | 0x2035 | 0xB4 => Some('\''),
        0x2044 | 0x2215 | 0x29F8 => Some('/'),
        _ if c.is_whitespace() => Some(' '),
        _ => Some(lookalike(c)),
    }
}

/// Latin letters for the Cyrillic, Greek and small-capital ones that look the same.
fn lookalike(c: char) -> char {
    match c {
        'с' | 'С' | 'ϲ' | 'Ϲ' | 'ᴄ' => 'c',
        'г' | 'ʀ' => 'r',
        'і' | 'І' | 'ι' | 'Ι' | 'ı' | 'ӏ' | 'Ӏ' | 'ɪ' | 'ǀ' | 'ℐ' | 'ℑ' | 'Ɩ' | 'ɩ' => 'i',
        'ℓ' | 'ʟ' => 'l',
        'ѕ' | 'Ѕ' | 'ꜱ' => 's',
        'е' | 'Е' | 'ε' | 'Ε' | 'ᴇ' | 'ё' | 'Ё' => 'e',
        'о' | 'О' | 'ο' | 'Ο' | 'ᴏ' | 'σ' => 'o',
        'а' | 'А' | 'α' | 'Α' | 'ᴀ' => 'a',
        'р' | 'Р' | 'ρ' | 'Ρ' | 'ᴘ' => 'p',
        'и' | 'υ' | 'ᴜ' => 'u',
        'ԁ' | 'ᴅ' => 'd',
        'ѡ' | 'ω' | 'ᴡ' => 'w',
        'м' | 'М' | 'Μ' | 'ᴍ' => 'm',
        'к' | 'К' | 'κ' | 'Κ' | 'ᴋ' => 'k',
        'т' | 'Т' | 'τ' | 'Τ' | 'ᴛ' => 't',
        'ν' | 'ᴠ' => 'v',
        'һ' | 'Н' | 'Η' | 'ʜ' => 'h',
        'ғ' | 'ꜰ' => 'f',
        'ԛ' => 'q',
        'у' | 'У' | 'γ' | 'ʏ' => 'y',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'в' | 'В' | 'β' | 'Β' | 'ʙ' => 'b',
        'п' | 'π' => 'n',
        'ɴ' | 'Ν' => 'n',
        'ɢ' => 'g',
        'ᴢ' | 'Ζ' => 'z',
        'ᴊ' | 'ј' | 'Ј' => 'j',
        c => c,
    }
}

/// The digit a character may be read as in a number: a lookalike letter
/// (l, I, O, Cyrillic З, …). Only used for letters that stand together with
/// others of their kind (see `safe::number_items`).
pub fn digit_lookalike(c: char) -> Option<u8> {
    Some(match c {
        'O' | 'o' => 0,
        'l' | 'I' | 'i' | '|' => 1,
        'Z' | 'z' => 2,
        'З' | 'з' | 'Ʒ' | 'ʒ' | 'Ȝ' | 'ȝ' | 'Ҙ' | 'ҙ' | 'Э' | 'э' => 3,
        'Ч' | 'ч' => 4,
        'S' | 's' => 5,
        'b' | 'G' | 'б' => 6,
        'T' => 7,
        'B' => 8,
        'g' | 'q' => 9,
        _ => return None,
    })
}

/// The letter class a character is matched as in the crisis words: case,
/// leetspeak digits and letters that stand in for each other (i l 1 |, o 0,
/// c k, …) are one class. `None`: not part of a word.
pub fn word_class(c: char) -> Option<char> {
    let c = c.to_ascii_lowercase();
    Some(match c {
        'i' | 'l' | 'y' | 'j' | '1' | '!' | '|' => 'i',
        'o' | '0' => 'o',
        'e' | '3' | '€' => 'e',
        'a' | '4' | '@' => 'a',
        's' | '5' | '$' | 'z' | '2' => 's',
        't' | '7' | '+' => 't',
        'b' | '8' => 'b',
        'c' | 'k' | 'q' => 'c',
        'u' | 'v' => 'u',
        'g' | '6' | '9' => 'g',
        'a'..='z' => c,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        s.chars().filter_map(plain).collect()
    }

    #[test]
    fn styled_and_accented_letters_read_plain() {
        assert_eq!(fold("Ｃｒｉｓｉｓ"), "Crisis");
        assert_eq!(fold("𝐂𝐫𝐢𝐬𝐢𝐬 𝓼𝓸𝓼"), "Crisis sos");
        assert_eq!(fold("Suïcidaal Über Çà Ŝŵ"), "Suicidaal Uber Ca Sw");
        assert_eq!(fold("u\u{308}e\u{301}"), "ue");
        assert_eq!(fold("ⓒⓡⓘⓢⓘⓢ ⒮⒪⒮ 🅂🄾🅂"), "crisis sos SOS");
        assert_eq!(fold("1·1‐3 0800—0113\u{2009}x"), "1.1-3 0800-0113 x");
        assert_eq!(fold("ᴄʀɪꜱɪꜱ сгіѕіѕ"), "crisis crisis");
        // Letters without a plain form stay.
        assert_eq!(fold("ß Æ ×"), "ß Æ ×");
    }

    #[test]
    fn the_latin_table_is_aligned() {
        for (c, base) in [('À', 'A'), ('Ç', 'C'), ('Ñ', 'N'), ('Ø', 'O'), ('Ý', 'Y'), ('à', 'a'), ('ÿ', 'y'), ('Ā', 'A'),
            ('ĉ', 'c'), ('Ď', 'D'), ('Ē', 'E'), ('ĝ', 'g'), ('Ĥ', 'H'), ('ı', 'i'), ('Ĵ', 'J'), ('ķ', 'k'), ('Ĺ', 'L'),
            ('ł', 'l'), ('Ń', 'N'), ('ŉ', 'n'), ('Ō', 'O'), ('ő', 'o'), ('Ŕ', 'R'), ('Ś', 'S'), ('š', 's'), ('Ţ', 'T'),
            ('Ũ', 'U'), ('ų', 'u'), ('Ŵ', 'W'), ('Ÿ', 'Y'), ('Ź', 'Z'), ('ž', 'z'), ('ſ', 's')] {
            assert_eq!(plain(c), Some(base), "{c}");
        }
    }
}
