//! `keuzehulp overview --lang nl|en [--json]`: the overview of every approach,
//! tool and programme in the rules, as a static HTML page (`cargo xtask
//! build` writes `overzicht.html` and `overview.html`), or as JSON (what the
//! browser tests compare the page with). With `--employers`: the page "Voor
//! werkgevers en HR" (`werkgevers.html`, `employers.html`).

mod data;
pub mod employers;
mod files;
pub mod page;
mod words;

use crate::builtin::RULES;
use crate::engine::Lang;

pub fn run(args: &[String]) -> i32 {
    let mut lang = Lang::Nl;
    let mut as_json = false;
    let mut employers = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => as_json = true,
            "--employers" => employers = true,
            "--lang" => match it.next().map(String::as_str) {
                Some("nl") => lang = Lang::Nl,
                Some("en") => lang = Lang::En,
                Some(other) => return super::common::fail(&format!("--lang must be nl or en, not `{other}`")),
                None => return super::common::fail("--lang needs a value: nl or en"),
            },
            other => return super::common::fail(&format!("overview takes `--lang nl|en`, `--json` and `--employers`, not `{other}`")),
        }
    }
    if employers {
        println!("{}", employers::render(lang));
    } else if as_json {
        println!("{}", serde_json::to_string_pretty(&data::json(&RULES, lang)).unwrap_or_default());
    } else {
        println!("{}", page::render(&RULES, lang));
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_lists_every_item_with_its_anchor_in_both_languages() {
        for lang in Lang::ALL {
            let html = page::render(&RULES, lang);
            for item in data::items(&RULES) {
                assert!(html.contains(&format!("id=\"{}\"", item.anchor())), "{} missing in {lang:?}", item.anchor());
            }
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
            assert!(html.contains(&format!("id=\"{}\"", page::HELP_ANCHOR)));
            assert!(!html.contains("style=") && !html.contains("<script>") && !html.contains("<style"), "the CSP allows no inline script or style");
            assert!(html.contains("<noscript><link rel=\"stylesheet\" href=\"overview-nojs.css\"></noscript>"), "no filters without JavaScript");
        }
    }

    /// Issue 30: a reader sees "brief aan de Tweede Kamer, 24 april 2025 (…)",
    /// linked to its public page, never "(004_86c85740222f8ee7.txt)". The file
    /// name stays only in a `data-letter` attribute, for reviewers.
    #[test]
    fn sources_show_letters_by_title_and_date_never_by_file_name() {
        for lang in Lang::ALL {
            let html = page::render(&RULES, lang);
            let visible: String = html.split("data-letter=\"").enumerate().map(|(i, part)| if i == 0 { part } else { part.split_once('"').map_or("", |(_, rest)| rest) }).collect();
            assert!(!visible.contains(".txt"), "a file name is shown in {lang:?}");
            assert!(html.contains("href=\"https://zoek.officielebekendmakingen.nl/kst-25883-405.html\""), "the 2021 letter links to its page");
            let date = if lang == Lang::Nl { "24 april 2025" } else { "24 April 2025" };
            assert!(html.matches(date).count() > 5, "the 2025 letter is cited by its date in {lang:?}");
        }
    }

    #[test]
    fn content_is_escaped() {
        let mut rules = RULES.clone();
        rules.tools.to_mut()[0].name.nl = "<b>x</b> & y".into();
        let html = page::render(&rules, Lang::Nl);
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt; &amp; y") && !html.contains("<b>x</b>"));
    }
}
