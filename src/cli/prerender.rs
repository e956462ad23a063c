//! `keuzehulp prerender --lang nl [--embedded]`: the start page as HTML on
//! stdout, for the first paint before the wasm runs (`cargo xtask build` puts
//! it in `dist/index.html`, and the embedded one in `dist/embed.html`). It is
//! the app in its initial state, so the browser's first render produces the
//! same markup.

use crate::engine::Lang;
use crate::ui::{App, Mode, Props};

const USAGE: &str = "prerender takes `--lang nl|en` and optionally `--embedded`";

pub fn run(args: &[String]) -> i32 {
    let mut lang = Lang::Nl;
    let mut embedded = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let code = match arg.as_str() {
            "--embedded" => {
                embedded = true;
                continue;
            }
            "--lang" => match rest.next() {
                Some(code) => code.as_str(),
                None => return super::common::fail(USAGE),
            },
            other => match other.strip_prefix("--lang=") {
                Some(code) => code,
                None => return super::common::fail(USAGE),
            },
        };
        lang = match Lang::from_code(code) {
            Some(lang) if lang.code() == code.trim().to_ascii_lowercase() => lang,
            _ => return super::common::fail(&format!("--lang must be nl or en, not `{code}`")),
        };
    }
    println!("{}", render(lang, embedded));
    0
}

/// The start page in `lang`: the site's, or (`embedded`) the one of the
/// iframe page without a preset.
pub fn render(lang: Lang, embedded: bool) -> String {
    let mode = if embedded { Mode::embedded("") } else { Mode::Standalone };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no resources");
    runtime.block_on(async {
        yew::LocalServerRenderer::<App>::with_props(Props { mode, lang: Some(lang) })
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
        let nl = render(Lang::Nl, false);
        assert!(nl.contains("<h1"), "{nl}");
        assert!(nl.contains("tel:113") && nl.contains("0800-0113") && nl.contains("tel:112"));
        assert!(nl.contains("lang=\"nl\""));
        assert!(!nl.contains("style="), "the CSP allows no inline styles");
        let en = render(Lang::En, false);
        assert!(en.contains("lang=\"en\"") && en.contains("Start"));
        assert_ne!(nl, en);
    }

    #[test]
    fn embedded_start_page_is_one_region_with_the_crisis_line() {
        for lang in [Lang::Nl, Lang::En] {
            let html = render(lang, true);
            assert!(html.starts_with("<section ") && html.contains("kh-app--embedded"), "{html}");
            assert!(html.contains("tel:113") && html.contains("tel:08000113") && html.contains("tel:112"), "{html}");
            assert!(!html.contains("<main") && !html.contains("style="), "{html}");
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())), "{html}");
            assert_ne!(html, render(lang, false));
        }
    }
}
