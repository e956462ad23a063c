//! `keuzehulp pack --out DIR`: writes `content-nl.txt` and `content-en.txt`,
//! the texts the browser build fetches next to its wasm (see
//! `engine::pack`): the rules' texts, then the interface's (`ui::text`). `cargo xtask build` puts them in `dist/pkg/`.

use std::path::Path;

use crate::builtin::{CONTENT_FINGERPRINT, RULES};
use crate::engine::{Lang, pack};
use crate::ui::text;

pub fn run(args: &[String]) -> i32 {
    let dir = match args {
        [flag, dir] if flag == "--out" => dir,
        _ => return super::fail("pack takes `--out DIR`"),
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
        let text = pack::write(&RULES, lang, CONTENT_FINGERPRINT, &text::all(lang)).map_err(|e| e.to_string())?;
        let path = dir.join(file_name(lang));
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(format!("{} ({} bytes)", path.display(), text.len()));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::SHELL;
    use crate::ui::text::T;

    /// What the browser does: the shell plus both packs is the full rule set.
    #[test]
    fn the_shell_and_both_packs_make_the_builtin_rules() {
        let mut rules = SHELL.clone();
        assert_ne!(rules, RULES, "the shell has no texts");
        for lang in Lang::ALL {
            let text = pack::write(&RULES, lang, CONTENT_FINGERPRINT, &text::all(lang)).unwrap();
            let ui = pack::fill(&mut rules, lang, CONTENT_FINGERPRINT, T::ALL.len(), &text).unwrap();
            assert_eq!(ui, text::all(lang), "the interface texts come back in T::ALL order");
        }
        assert_eq!(rules, RULES);
    }

    /// `texts_mut` must reach every text: blank them all and no text is left
    /// in the rule set's debug form (a new text field that `texts_mut` forgets
    /// fails here).
    #[test]
    fn the_shell_has_no_text_left() {
        let shown = format!("{SHELL:?}");
        let texts = shown.matches("Text { ").count();
        let empty = shown.matches("Text { nl: \"\", en: \"\" }").count();
        assert_eq!(texts, empty, "a text in the shell is not empty: texts_mut misses a field");
        assert_eq!(empty, pack::text_count(&RULES), "texts_mut visits every text once");
    }
}
