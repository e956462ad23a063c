//! A small, strict JSON reader for the widget's contacts file. The browser
//! build ships no serde_json (size budget), and this one is bounded: input
//! size and nesting depth are limited, and it never panics.

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number (its value is never needed: a contact field must be text). Not
    /// converted to `f64`, because float parsing would add ~14 KB brotli to the wasm.
    Number,
    String(String),
    Array(Vec<Json>),
    /// Keys in file order.
    Object(Vec<(Key, Json)>),
}

/// An object's key and where it starts in the text (a byte offset, for
/// `file:line:col` messages). Reads as its `String`.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub name: String,
    pub at: usize,
}

impl std::ops::Deref for Key {
    type Target = String;
    fn deref(&self) -> &String {
        &self.name
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// What is wrong with the text and where (a byte offset). Displays as before:
/// "… at character N".
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub what: String,
    pub at: usize,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.at == 0 && self.what.starts_with("the file") {
            return f.write_str(&self.what);
        }
        write!(f, "{} at character {}", self.what, self.at + 1)
    }
}

pub const MAX_BYTES: usize = 64 * 1024;
const MAX_DEPTH: usize = 16;

/// Parses `text`; the error says what is wrong and at which character.
pub fn parse(text: &str) -> Result<Json, Error> {
    if text.len() > MAX_BYTES {
        return Err(Error { what: format!("the file is larger than {} KB", MAX_BYTES / 1024), at: 0 });
    }
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("unexpected text after the end"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self, what: &str) -> Error {
        Error { what: what.into(), at: self.i }
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, Error> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        match self.s.get(self.i) {
            None => Err(self.err("unexpected end")),
            Some(b'{') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat(b'}') {
                    return Ok(Json::Object(items));
                }
                loop {
                    self.ws();
                    if self.s.get(self.i) != Some(&b'"') {
                        return Err(self.err("expected a key in quotes"));
                    }
                    let at = self.i;
                    let key = Key { name: self.string()?, at };
                    self.ws();
                    if !self.eat(b':') {
                        return Err(self.err("expected `:`"));
                    }
                    self.ws();
                    let v = self.value(depth + 1)?;
                    items.push((key, v));
                    self.ws();
                    if self.eat(b'}') {
                        return Ok(Json::Object(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.err("expected `,` or `}`"));
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    self.ws();
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b']') {
                        return Ok(Json::Array(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.err("expected `,` or `]`"));
                    }
                }
            }
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("unexpected character")),
        }
    }

    fn word(&mut self, w: &str, v: Json) -> Result<Json, Error> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.err("unexpected word"))
        }
    }

    /// JSON's number grammar, checked but not converted:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Json, Error> {
        self.eat(b'-');
        match self.s.get(self.i) {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.err("not a valid number")),
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(self.err("not a valid number"));
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if self.digits() == 0 {
                return Err(self.err("not a valid number"));
            }
        }
        if matches!(self.s.get(self.i), Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')) {
            return Err(self.err("not a valid number"));
        }
        Ok(Json::Number)
    }

    /// Skips ASCII digits; how many.
    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.s.get(self.i), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn string(&mut self) -> Result<String, Error> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let Some(&b) = self.s.get(self.i) else { return Err(self.err("text without closing quote")) };
            match b {
                b'"' => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.i += 1;
                    let Some(&e) = self.s.get(self.i) else { return Err(self.err("unfinished escape")) };
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi) {
                                if !(self.eat(b'\\') && self.eat(b'u')) {
                                    return Err(self.err("broken surrogate pair"));
                                }
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("broken surrogate pair"));
                                }
                                char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                            } else {
                                char::from_u32(hi)
                            };
                            out.push(c.ok_or_else(|| self.err("invalid \\u escape"))?);
                        }
                        _ => return Err(self.err("unknown escape")),
                    }
                }
                0..=0x1f => return Err(self.err("control character in text")),
                _ => {
                    // Copy one UTF-8 character (the input is a &str, so it is valid).
                    let len = match b {
                        0x00..=0x7f => 1,
                        0xc0..=0xdf => 2,
                        0xe0..=0xef => 3,
                        _ => 4,
                    };
                    let end = (self.i + len).min(self.s.len());
                    out.push_str(std::str::from_utf8(&self.s[self.i..end]).map_err(|_| self.err("invalid text"))?);
                    self.i = end;
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let h = self.s.get(self.i..self.i + 4).ok_or_else(|| self.err("short \\u escape"))?;
        let v = std::str::from_utf8(h).ok().and_then(|t| u32::from_str_radix(t, 16).ok()).ok_or_else(|| self.err("bad \\u escape"))?;
        self.i += 4;
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_json_grammar() {
        for ok in ["0", "-0", "12", "-3.25", "1e9", "1E+2", "2.5e-3", "1e999", "[1, 2.0, -0.5e1]"] {
            assert!(parse(ok).is_ok(), "{ok}");
        }
        for bad in ["01", "1.", ".5", "-", "+1", "1e", "1e+", "1..2", "1.2.3", "--1", "1-2", "0x10", "1ee2", "Infinity", "NaN"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(parse(r#"{"a": 1}"#), Ok(Json::Object(vec![(Key { name: "a".into(), at: 1 }, Json::Number)])));
        assert_eq!(parse("{\n  \"a\": x}").unwrap_err(), Error { what: "unexpected character".into(), at: 9 });
    }
}
