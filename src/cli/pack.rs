//! `keuzehulp pack --out DIR`: writes `content-nl.txt` and `content-en.txt`,
//! the rules and texts the browser build fetches next to its wasm (see
//! `engine::pack`): the rule set in one language, then the interface's texts
//! (`ui::text`). `cargo xtask build` puts them in `dist/pkg-site/`.

use std::path::Path;

use crate::builtin::RULES;
use crate::engine::{Lang, pack};
use crate::ui::text;

pub fn run(args: &[String]) -> i32 {
    let dir = match args {
        [flag, dir] if flag == "--out" => dir,
        _ => return super::common::fail("pack takes `--out DIR`"),
    };
    match write_all(Path::new(dir)) {
        Ok(written) => {
            for line in written {
                println!("{line}");
            }
            0
        }
        Err(message) => {
            eprintln!("keuzehulp pack: {message}");
            1
        }
    }
}

/// The file name of a language's pack.
pub fn file_name(lang: Lang) -> String {
    format!("content-{}.txt", lang.code())
}

fn write_all(dir: &Path) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for lang in Lang::ALL {
        let text = pack::write(&RULES, lang, &text::all(lang)).map_err(|e| e.to_string())?;
        let path = dir.join(file_name(lang));
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(format!("{} ({} bytes)", path.display(), text.len()));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::CONTENT_FINGERPRINT;
    use crate::engine::RuleSet;
    use crate::ui::text::T;

    fn read(lang: Lang) -> RuleSet {
        let text = pack::write(&RULES, lang, &text::all(lang)).unwrap();
        let (rules, ui) = pack::read(lang, CONTENT_FINGERPRINT, T::ALL.len(), &text).unwrap();
        assert_eq!(ui, text::all(lang), "the interface texts come back in T::ALL order");
        rules
    }

    /// What the browser does: the Dutch pack, then the English texts, is the
    /// whole rule set but for the few fields the browser does not use. A
    /// field that `walk` forgets would come back empty here.
    #[test]
    fn both_packs_make_the_builtin_rules() {
        let mut nl = read(Lang::Nl);
        assert_ne!(nl, RULES, "one language only");
        let en = pack::write(&RULES, Lang::En, &text::all(Lang::En)).unwrap();
        let ui = pack::read_texts(&mut nl, Lang::En, CONTENT_FINGERPRINT, T::ALL.len(), &en).unwrap();
        assert_eq!(ui, text::all(Lang::En));
        let mut browser = RULES.clone();
        pack::native_only(&mut browser);
        assert_eq!(nl, browser);
    }

    /// `texts_mut` must reach every text: a pack of one language has every
    /// text of the other empty, so its debug form has no text of it left (a
    /// new text field that `texts_mut` forgets fails here).
    #[test]
    fn texts_mut_reaches_every_text() {
        let shown = format!("{:?}", read(Lang::Nl));
        let texts = shown.matches("Text { ").count();
        let english_empty = shown.matches(", en: \"\" }").count();
        assert_eq!(texts, english_empty, "a Dutch pack holds an English text: texts_mut misses a field");
        assert_eq!(texts, pack::text_count(&RULES), "texts_mut visits every text once");
    }

    #[test]
    fn the_fingerprint_is_the_one_built_in() {
        assert_eq!(pack::fingerprint(&RULES), CONTENT_FINGERPRINT);
    }
}
