//! The rule set the interface shows.
//!
//! Natively (prerendering, tests, the CLI) that is `builtin::RULES`, every
//! text included. In the browser it starts empty and comes with the first
//! content pack ([`add`]; `www/main.js` fetches it next to the wasm), with
//! the interface's own texts (`ui::text`, which reads them back by number:
//! this module knows only how many there are); a second language's pack adds
//! its texts, fetched through the loader the page gives ([`set_loader`]).
//! Each language is added at most once, so at most two rule sets and two lists
//! of texts are ever leaked.

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

/// Natively every text is compiled in: `done(true)` at once.
#[cfg(not(target_arch = "wasm32"))]
pub fn load(_lang: Lang, _ui_texts: usize, done: impl FnOnce(bool) + 'static) {
    done(true)
}

#[cfg(target_arch = "wasm32")]
mod loaded {
    use std::cell::Cell;

    use crate::builtin::CONTENT_FINGERPRINT;
    use crate::engine::pack::{self, PackError};
    use crate::engine::{Lang, RuleSet};

    thread_local! {
        static CURRENT: Cell<&'static RuleSet> = const { Cell::new(&RuleSet::EMPTY) };
        static LANGS: Cell<[bool; 2]> = const { Cell::new([false; 2]) };
        /// The packs read so far (a second language's rule set gets their texts too).
        static PACKS: Cell<[&'static str; 2]> = const { Cell::new(["", ""]) };
        /// The interface texts per language, in `T::ALL` order.
        static UI: Cell<[&'static [String]; 2]> = const { Cell::new([&[], &[]]) };
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

    /// Interface text number `index` (of `ui::text::T::ALL`) in `lang`; empty until its pack is here.
    pub fn ui_text(lang: Lang, index: usize) -> &'static str {
        UI.with(Cell::get)[slot(lang)].get(index).map_or("", String::as_str)
    }

    /// The fingerprint a pack must carry: this build's rules, or (the rules
    /// studio's preview page only) the edited rules' ([`preview_rules`]).
    fn fingerprint() -> &'static str {
        #[cfg(feature = "studio")]
        if let Some(fp) = PREVIEW.with(Cell::get) {
            return fp;
        }
        CONTENT_FINGERPRINT
    }

    #[cfg(feature = "studio")]
    thread_local! {
        static PREVIEW: Cell<Option<&'static str>> = const { Cell::new(None) };
    }

    /// "Probeer de keuzehulp met deze regels" (`studio-preview.html`, the
    /// studio's wasm only): from now on the packs added are of the edited
    /// rules, whose fingerprint is `fingerprint`. Before any pack is added.
    #[cfg(feature = "studio")]
    pub fn preview_rules(fingerprint: &str) {
        PREVIEW.with(|p| p.set(Some(Box::leak(fingerprint.into()))));
    }

    /// Runs `f` with `rules` as the rule set (the rules studio, issue 33:
    /// the keuzehulp's own views render the rules being edited), then puts
    /// the pack's rule set back.
    #[cfg(feature = "studio")]
    pub fn with_rules<R>(rules: &RuleSet, f: impl FnOnce() -> R) -> R {
        let before = CURRENT.with(Cell::get);
        // SAFETY: the reference lives only while `f` runs: it is taken back
        // below before `rules` can go (a panic aborts the wasm: no unwinding
        // past this). The studio's `f` is the results view, which copies
        // every text into the markup it returns.
        let scoped: &'static RuleSet = unsafe { &*(rules as *const RuleSet) };
        CURRENT.with(|c| c.set(scoped));
        let out = f();
        CURRENT.with(|c| c.set(before));
        out
    }

    /// Adds the texts of `lang` from a content pack, which holds `ui_texts`
    /// interface texts; nothing changes when it does not fit.
    pub fn add(lang: Lang, ui_texts: usize, pack_text: &str) -> Result<(), PackError> {
        if has(lang) {
            return Ok(());
        }
        let (mut next, ui) = pack::read(lang, fingerprint(), ui_texts, pack_text)?;
        // The other language is here: the same rules (the same fingerprint), so
        // its pack, kept, gives its texts to the new rule set.
        for other in Lang::ALL.into_iter().filter(|l| has(*l)) {
            pack::read_texts(&mut next, other, fingerprint(), ui_texts, PACKS.with(Cell::get)[slot(other)])?;
        }
        PACKS.with(|p| {
            let mut all = p.get();
            all[slot(lang)] = Box::leak(pack_text.into());
            p.set(all);
        });
        CURRENT.with(|c| c.set(Box::leak(Box::new(next))));
        UI.with(|u| {
            let mut all = u.get();
            all[slot(lang)] = Box::leak(ui.into_boxed_slice());
            u.set(all);
        });
        LANGS.with(|l| {
            let mut langs = l.get();
            langs[slot(lang)] = true;
            l.set(langs);
        });
        Ok(())
    }
}

#[cfg(target_arch = "wasm32")]
pub use loaded::{add, has, rules, ui_text};
#[cfg(all(target_arch = "wasm32", feature = "studio"))]
pub use loaded::{preview_rules, with_rules};

#[cfg(target_arch = "wasm32")]
mod loader {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    use crate::engine::Lang;

    thread_local! {
        static LOADER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
    }

    /// How the app fetches another language's pack (when the user switches):
    /// `loader(lang)` returns a promise of the pack's text (`www/main.js`, `www/embed.js`).
    pub fn set_loader(loader: js_sys::Function) {
        LOADER.with(|l| *l.borrow_mut() = Some(loader));
    }

    /// Fetches and adds the texts of `lang` (a pack with `ui_texts` interface
    /// texts); `done(true)` when they are here.
    pub fn load(lang: Lang, ui_texts: usize, done: impl FnOnce(bool) + 'static) {
        if super::has(lang) {
            return done(true);
        }
        let promise = LOADER.with(|l| l.borrow().as_ref().and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(lang.code())).ok()));
        let Some(promise) = promise.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
            return done(false);
        };
        let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
        let finish = move |ok: bool| {
            if let Some(done) = done.borrow_mut().take() {
                done(ok)
            }
        };
        let finish_err = finish.clone();
        let ok = Closure::once(move |text: JsValue| {
            let added = text.as_string().is_some_and(|t| match super::add(lang, ui_texts, &t) {
                Ok(()) => true,
                Err(e) => {
                    web_sys::console::warn_1(&format!("keuzehulp: content pack {}: {e}", lang.code()).into());
                    false
                }
            });
            finish(added)
        });
        let fail = Closure::once(move |err: JsValue| {
            web_sys::console::warn_2(&"keuzehulp: loading a content pack failed:".into(), &err);
            finish_err(false)
        });
        let _ = promise.then2(&ok, &fail);
        ok.forget();
        fail.forget();
    }
}

#[cfg(target_arch = "wasm32")]
pub use loader::{load, set_loader};

/// `lang` when its texts are here, else a language that is (Dutch first).
pub fn shown(lang: Lang) -> Lang {
    if has(lang) {
        return lang;
    }
    Lang::ALL.into_iter().find(|l| has(*l)).unwrap_or(lang)
}
