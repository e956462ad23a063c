//! `keuzehulp contacts check FILE [--lang nl|en]`: reads an organisation's
//! contacts file with the widget's own reader (`contacts::report`) and prints
//! every problem as `file:line:col: message`, so HR can check a file before
//! it goes live. Exit code 0: every contact will show; 1: something is left
//! out (or the file cannot be read); 2: bad arguments.

use std::path::Path;

use crate::contacts::json::MAX_BYTES;
use crate::contacts::report;
use crate::engine::Lang;

/// At most one byte more than the widget reads: a device (`/dev/zero`), a
/// pipe or a huge file is not read to its end (issue 28).
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

pub fn run(args: &[String]) -> i32 {
    let mut file = None;
    let mut lang = Lang::En;
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("check") => {}
        _ => return super::common::fail("use `keuzehulp contacts check FILE`"),
    }
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--lang" | "--lang=nl" | "--lang=en" => {
                let value = arg.strip_prefix("--lang=").map(str::to_string).or_else(|| it.next().cloned());
                lang = match value.as_deref() {
                    Some("nl") => Lang::Nl,
                    Some("en") => Lang::En,
                    _ => return super::common::fail("--lang must be nl or en"),
                };
            }
            a if a.starts_with("--") => return super::common::fail(&format!("unknown option `{a}`")),
            _ if file.is_none() => file = Some(arg.clone()),
            _ => return super::common::fail("contacts check takes one file"),
        }
    }
    let Some(file) = file else { return super::common::fail("contacts check needs a file, e.g. `keuzehulp contacts check contacten.json`") };
    let bytes = match read_bounded(Path::new(&file)) {
        Ok(b) => b,
        Err(e) => {
            println!("{file}:1:1: {}", cannot_read(lang, &e.to_string()));
            return 1;
        }
    };
    if bytes.len() > MAX_BYTES {
        println!("{file}:1:1: {}", match lang {
            Lang::Nl => format!("het bestand is groter dan {} KB; de widget leest het niet", MAX_BYTES / 1024),
            Lang::En => format!("the file is larger than {} KB; the widget does not read it", MAX_BYTES / 1024),
        });
        return 1;
    }
    let Ok(text) = String::from_utf8(bytes) else {
        println!("{file}:1:1: {}", match lang {
            Lang::Nl => "het bestand is geen UTF-8-tekst; sla het op als UTF-8",
            Lang::En => "the file is not UTF-8 text; save it as UTF-8",
        });
        return 1;
    };
    let (contacts, located) = report::check(crate::content::rules(), &text);
    for line in report::lines(&file, &located, lang) {
        println!("{line}");
    }
    let (n, experts) = report::counts(&contacts);
    if located.is_empty() {
        println!("{file}: ok ({n} contacts for {experts} kinds of help)");
        0
    } else {
        eprintln!("{file}: {} problem(s); {n} contacts for {experts} kinds of help will show", located.len());
        1
    }
}

fn cannot_read(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Nl => format!("het bestand kan niet worden gelezen ({why})"),
        Lang::En => format!("the file cannot be read ({why})"),
    }
}
