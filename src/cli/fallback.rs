//! `keuzehulp fallback --json | --html`: what the pages show without the app
//! (no JavaScript, a wasm that fails, hangs or stops), for `cargo xtask build`,
//! which writes it into the static files:
//!
//! - `--html crisis-line`: the crisis line in Dutch and English, as the app's
//!   own compact crisis line (`ui::parts::crisis_line`), for
//!   `<!--crisis-line-->` in `www/*.html` (the `<noscript>` texts);
//! - `--html plan-loading`: plan.html's state before the app is there, for
//!   `<!--plan-loading-->`; `--html open-site`: embed.html's `<noscript>`
//!   link to the site, for `<!--open-site-->`;
//! - `--json`: the crisis line as pieces (text, or a number to call), the
//!   numbers (`crate::crisis`) and the loading and failure messages below, for
//!   `"__FALLBACK__"` in `www/*.js` (main.js, embed.js, embed-page.js, the
//!   builder).
//!
//! So the JavaScript and HTML hold generated copies only: the crisis numbers
//! live in `crate::crisis`, the crisis line's words in `ui::text`, and the
//! messages here (`tests/crisis_one_source.rs`).

use serde_json::{Map, Value, json};

use crate::crisis::{self, Number};
use crate::engine::Lang;
use crate::ui::parts::crisis_line;
use crate::ui::text::{T, t};

/// The messages of the JavaScript fallbacks: `key => (Dutch, English)`.
pub const MESSAGES: &[(&str, &str, &str)] = &[
    // main.js (index.html, plan.html): the wasm did not start (old browser, no connection, a broken download).
    ("startHeading", "De keuzehulp kon niet starten", "The choice aid could not start"),
    (
        "startWhy",
        "Dat ligt niet aan jou. Misschien is je browser te oud, of ging er iets mis met de verbinding. Laad de pagina opnieuw, of probeer het later nog eens.",
        "This is not your fault. Perhaps your browser is too old, or something went wrong with the connection. Reload the page, or try again later.",
    ),
    // The app panicked while in use. The answers are in the address (src/ui/url.rs).
    ("stoppedHeading", "De keuzehulp is vastgelopen", "The choice aid stopped working"),
    (
        "stoppedWhy",
        "Dat ligt niet aan jou. Laad de pagina opnieuw om verder te gaan. Je antwoorden staan nog in het adres van de pagina.",
        "This is not your fault. Reload the page to continue. Your answers are still in the page's address.",
    ),
    // The wasm has not arrived within the time limit (main.js, embed.js).
    ("slowHeading", "De keuzehulp laadt niet", "The choice aid does not load"),
    (
        "slowWhy",
        "Het laden duurt te lang. Misschien is de verbinding traag of weg. Laad de pagina opnieuw, of probeer het later nog eens.",
        "Loading takes too long. Perhaps the connection is slow or gone. Reload the page, or try again later.",
    ),
    // A tap on Start (index.html) or plan.html before the app is there.
    ("loading", "De keuzehulp wordt geladen…", "The choice aid is loading…"),
    ("planLoading", "Je plan wordt geladen…", "Your plan is loading…"),
    ("reload", "Pagina opnieuw laden", "Reload the page"),
    // index.html in another site's frame.
    ("framed", "Deze pagina staat in een kader van een andere website.", "This page is inside another website's frame."),
    ("openNewWindow", "Open de keuzehulp in een nieuw venster", "Open the choice aid in a new window"),
    // The widget (embed.js) and the iframe page (embed-page.js).
    ("widgetLoading", "De keuzehulp werkstress wordt geladen…", "The work stress choice aid is loading…"),
    ("widgetFailed", "De keuzehulp kan hier niet starten.", "The choice aid cannot start here."),
    ("widgetOpen", "Open de keuzehulp werkstress", "Open the work stress choice aid"),
    ("newWindow", " (opent in nieuw venster)", " (opens in new window)"),
    (
        "widgetStoppedWhy",
        "Dat ligt niet aan jou. Laad de pagina opnieuw om verder te gaan.",
        "This is not your fault. Reload the page to continue.",
    ),
    (
        "noStart",
        "De keuzehulp kan hier niet starten. Laad de pagina opnieuw, of probeer het later nog eens.",
        "The choice aid cannot start here. Reload the page, or try again later.",
    ),
];

pub fn run(args: &[String]) -> i32 {
    match args {
        [a] if a == "--json" => println!("{}", json()),
        [a, b] if a == "--html" && b == "crisis-line" => println!("{}", html()),
        [a, b] if a == "--html" && b == "plan-loading" => println!("{}", plan_loading()),
        [a, b] if a == "--html" && b == "open-site" => println!("{}", open_site()),
        _ => return super::common::fail("fallback takes `--json` or `--html crisis-line|plan-loading|open-site`"),
    }
    0
}

/// One of [`MESSAGES`] in `lang`.
fn message(key: &str, lang: Lang) -> &'static str {
    let (_, nl, en) = MESSAGES.iter().find(|(k, _, _)| *k == key).expect("a message of MESSAGES");
    if lang == Lang::Nl { nl } else { en }
}

/// The link from embed.html's `<noscript>` to the site, in a new window.
pub fn open_site() -> String {
    maud::html! { a href="./" target="_blank" rel="noopener noreferrer" { (message("openNewWindow", Lang::Nl)) } }.into_string()
}

/// plan.html before the app is there (issue 28: never blank while it loads):
/// the plan's title, that it is loading, and the crisis line. main.js says
/// more when the app has not arrived within its time limit.
pub fn plan_loading() -> String {
    maud::html! {
        div.kh-app lang="nl" {
            main.kh-main {
                div.kh-plan-loading {
                    h1 tabindex="-1" { (t(Lang::Nl, T::PlanTitle)) }
                    p.kh-lead role="status" {
                        (message("planLoading", Lang::Nl)) " " span lang="en" { "(" (message("planLoading", Lang::En)) ")" }
                    }
                    (crisis_line::crisis_line(Lang::Nl, false, None))
                    div lang="en" { (crisis_line::crisis_line(Lang::En, true, None)) }
                }
            }
        }
    }
    .into_string()
}

fn number(n: Number) -> Value {
    json!({ "shown": n.shown, "tel": n.tel })
}

/// The crisis line, the numbers and the messages, as one JSON object.
pub fn json() -> String {
    let mut crisis = Map::new();
    let mut text = Map::new();
    for lang in [Lang::Nl, Lang::En] {
        let line: Vec<Value> = crisis_line::pieces(lang)
            .into_iter()
            .map(|piece| match piece {
                Ok(words) => Value::from(words),
                Err(n) => number(n),
            })
            .collect();
        crisis.insert(lang.code().into(), json!({ "heading": t(lang, T::CrisisHeading), "line": line }));
        let messages: Map<String, Value> =
            MESSAGES.iter().map(|(key, nl, en)| ((*key).to_string(), Value::from(if lang == Lang::Nl { *nl } else { *en }))).collect();
        text.insert(lang.code().into(), Value::Object(messages));
    }
    let value = json!({
        "crisis": crisis,
        "numbers": { "suicide": number(crisis::SUICIDE), "free": number(crisis::FREE), "danger": number(crisis::DANGER), "chat": crisis::CHAT },
        "text": text,
    });
    // (`<` never occurs; escaped anyway, so the JSON is safe inside any script.)
    value.to_string().replace('<', "\\u003c")
}

/// The crisis line in Dutch, then in English (`lang="en"`): the app's compact one.
pub fn html() -> String {
    let nl = crisis_line::crisis_line(Lang::Nl, true, None).into_string();
    let en = crisis_line::crisis_line(Lang::En, true, None).into_string();
    format!("{nl}<div lang=\"en\">{en}</div>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallbacks_carry_the_crisis_numbers_from_their_source() {
        let html = html();
        for n in crisis::NUMBERS {
            assert_eq!(html.matches(&format!("href=\"{}\"", n.tel)).count(), 2, "{html}");
        }
        assert!(html.contains("<div lang=\"en\">"), "{html}");
        let plan = plan_loading();
        assert!(plan.contains("Je plan wordt geladen") && plan.contains(crisis::SUICIDE.tel), "{plan}");
        let value: Value = serde_json::from_str(&json()).unwrap();
        assert_eq!(value["numbers"]["free"]["tel"], crisis::FREE.tel);
        for lang in ["nl", "en"] {
            let tels: Vec<&str> = value["crisis"][lang]["line"].as_array().unwrap().iter().filter_map(|p| p["tel"].as_str()).collect();
            assert_eq!(tels, crisis::NUMBERS.map(|n| n.tel), "{lang}");
            for (key, _, _) in MESSAGES {
                assert!(value["text"][lang][key].as_str().is_some_and(|s| !s.is_empty()), "{lang} {key}");
            }
        }
    }
}
