//! The rule set the interface shows.
//!
//! Natively (prerendering, tests, the CLI) that is `builtin::RULES`, every
//! text included. In the browser it starts as `builtin::SHELL` (the rules
//! without texts) and gains a language when its content pack arrives
//! ([`add`]; `www/main.js` fetches the first pack next to the wasm). Each
//! language is added at most once, so at most two rule sets are ever leaked.

use crate::engine::Lang;
#[cfg(not(target_arch = "wasm32"))]
use crate::engine::RuleSet;

#[cfg(not(target_arch = "wasm32"))]
pub fn rules() -> &'static RuleSet {
    &crate::builtin::RULES
}

/// Are the texts of `lang` here?
#[cfg(not(target_arch = "wasm32"))]
pub fn has(_lang: Lang) -> bool {
    true
}

#[cfg(target_arch = "wasm32")]
mod loaded {
    use std::cell::Cell;

    use crate::builtin::{CONTENT_FINGERPRINT, SHELL};
    use crate::engine::pack::{self, PackError};
    use crate::engine::{Lang, RuleSet};

    thread_local! {
        static CURRENT: Cell<&'static RuleSet> = Cell::new(&SHELL);
        static LANGS: Cell<[bool; 2]> = const { Cell::new([false; 2]) };
    }

    fn slot(lang: Lang) -> usize {
        match lang {
            Lang::Nl => 0,
            Lang::En => 1,
        }
    }

    pub fn rules() -> &'static RuleSet {
        CURRENT.with(Cell::get)
    }

    pub fn has(lang: Lang) -> bool {
        LANGS.with(Cell::get)[slot(lang)]
    }

    /// Adds the texts of `lang` from a content pack; nothing changes when it does not fit.
    pub fn add(lang: Lang, pack_text: &str) -> Result<(), PackError> {
        if has(lang) {
            return Ok(());
        }
        let mut next = rules().clone();
        pack::fill(&mut next, lang, CONTENT_FINGERPRINT, pack_text)?;
        CURRENT.with(|c| c.set(Box::leak(Box::new(next))));
        LANGS.with(|l| {
            let mut langs = l.get();
            langs[slot(lang)] = true;
            l.set(langs);
        });
        Ok(())
    }
}

#[cfg(target_arch = "wasm32")]
pub use loaded::{add, has, rules};

/// `lang` when its texts are here, else a language that is (Dutch first).
pub fn shown(lang: Lang) -> Lang {
    if has(lang) {
        return lang;
    }
    Lang::ALL.into_iter().find(|l| has(*l)).unwrap_or(lang)
}
