//! `keuzehulp prerender --lang nl`: the start page as HTML on stdout, for the
//! first paint before the wasm runs (`cargo xtask build` puts it in
//! `dist/index.html`). It is the app in its initial state, so the browser's
//! first render produces the same markup.

use crate::engine::Lang;
use crate::ui::{App, Mode, Props};

pub fn run(args: &[String]) -> i32 {
    let lang = match args {
        [] => Lang::Nl,
        [flag, code] if flag == "--lang" => match Lang::from_code(code) {
            Some(lang) if lang.code() == code.trim().to_ascii_lowercase() => lang,
            _ => return super::fail(&format!("--lang must be nl or en, not `{code}`")),
        },
        [flag] if flag.starts_with("--lang=") => match Lang::from_code(&flag["--lang=".len()..]) {
            Some(lang) => lang,
            None => return super::fail("--lang must be nl or en"),
        },
        _ => return super::fail("prerender takes `--lang nl|en`"),
    };
    println!("{}", render(lang));
    0
}

/// The start page in `lang`.
pub fn render(lang: Lang) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no resources");
    runtime.block_on(async {
        yew::LocalServerRenderer::<App>::with_props(Props { mode: Mode::Standalone, lang: Some(lang) })
            .hydratable(false)
            .render()
            .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_page_in_both_languages() {
        let nl = render(Lang::Nl);
        assert!(nl.contains("<h1"), "{nl}");
        assert!(nl.contains("tel:113") && nl.contains("0800-0113") && nl.contains("tel:112"));
        assert!(nl.contains("lang=\"nl\""));
        assert!(!nl.contains("style="), "the CSP allows no inline styles");
        let en = render(Lang::En);
        assert!(en.contains("lang=\"en\"") && en.contains("Start"));
        assert_ne!(nl, en);
    }
}
