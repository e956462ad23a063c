//! "Voor werkgevers en HR" / "For employers and HR" (`werkgevers.html`,
//! `employers.html`): the way in for organisations, in HR's words. What the
//! widget does, what HR never sees, how to set it up (the embed builder), a
//! message for IT with the exact settings (`crate::embed_setup`, the one
//! source the builder and README.md use too) and how to host a copy with the
//! organisation's own rules. Static HTML, readable without JavaScript;
//! `www/employers.js` only fills in the keuzehulp's own address and adds a
//! copy button.

use maud::{DOCTYPE, Markup, html};

use crate::embed_setup::{CSP_DIRECT, CSP_FRAME, policy};
use crate::crisis;
use crate::engine::Lang;

pub use super::files::employers as file_name;
/// Stands for the keuzehulp's origin until `employers.js` puts in the real one.
pub const SITE_PLACEHOLDER: &str = "https://ADRES-VAN-DE-KEUZEHULP";

struct Words {
    title: &'static str,
    description: &'static str,
    lead: &'static str,
    to_app: &'static str,
    to_overview: &'static str,
    other_lang: &'static str,
    does_heading: &'static str,
    does: [&'static str; 4],
    privacy_heading: &'static str,
    privacy: &'static str,
    setup_heading: &'static str,
    setup: [&'static str; 4],
    builder: &'static str,
    it_heading: &'static str,
    it_intro: &'static str,
    it_label: &'static str,
    it_mail: &'static str,
    it_subject: &'static str,
    /// The message; `{direct}`, `{frame}`, `{site}` filled in.
    it_body: &'static str,
    copy_hint: &'static str,
    own_heading: &'static str,
    own: [&'static str; 3],
    crisis: &'static str,
    privacy_link: &'static str,
    accessibility: &'static str,
}

const NL: Words = Words {
    title: "Voor werkgevers en HR",
    description: "Zet de Keuzehulp werkstress op je intranet: wat hij doet, wat je als werkgever niet ziet, hoe je hem instelt en wat IT nodig heeft.",
    lead: "Zet de keuzehulp werkstress op je intranet. Medewerkers beantwoorden een paar vragen en zien welke hulp bij hen past, met de namen en nummers van jullie eigen bedrijfsarts, vertrouwenspersoon en andere contactpersonen.",
    to_app: "Naar de keuzehulp",
    to_overview: "Overzicht van aanpakken en programma's",
    other_lang: "English",
    does_heading: "Wat de keuzehulp doet",
    does: [
        "Hij stelt een paar vragen: over de rol, hoe het gaat en wat het werk zwaar maakt.",
        "Hij laat zien welke aanpak en welke hulp passen, en waarom.",
        "Bij het advies staan jullie eigen contactpersonen, bij de hulp waar ze bij horen.",
        concat!("Wie aan zelfdoding denkt, ziet meteen de crisislijn ", crate::crisis_number!(suicide), ". Die kan niemand veranderen."),
    ],
    privacy_heading: "Wat jij als werkgever niet ziet",
    privacy: "Wat een medewerker invult, blijft op zijn of haar eigen apparaat. De keuzehulp slaat niets op en verstuurt niets: niet naar jullie, niet naar ons. Er zijn geen cookies en geen statistieken. Je kunt dus niet zien wie de keuzehulp gebruikt of wat iemand antwoordt. Zet hem daarom ook niet op een intranetpagina die bezoekers volgt, zoals met statistieken of opnames van het scherm.",
    setup_heading: "Zo zet je hem op je intranet",
    setup: [
        "Open de bouwer. Kies de sector en de grootte van je organisatie, zodat medewerkers die vragen niet krijgen.",
        "Vul jullie contactpersonen in. Kies bij elk contact \"Toon waar dit verschijnt\": het voorbeeld laat zien bij welk advies het staat.",
        "Stuur het bericht hieronder naar IT, samen met de code uit de bouwer.",
        "Kijk als het op het intranet staat, ook op een telefoon, of jullie contactpersonen bij het advies staan.",
    ],
    builder: "Open de bouwer",
    it_heading: "Bericht voor IT",
    it_intro: "IT moet twee dingen weten: welke code op de pagina komt (die maakt de bouwer) en welke instellingen de pagina nodig heeft. Dit bericht kun je zo doorsturen.",
    it_label: "Het bericht",
    it_mail: "Open als e-mail",
    it_subject: "Keuzehulp werkstress op het intranet: instellingen",
    it_body: "Hallo,

We willen de Keuzehulp werkstress op een pagina van ons intranet zetten. De code voor de pagina maken we met de bouwer: {site}/embed-builder.html

Er zijn twee manieren. Welke past bij ons intranet?

1. Direct in de pagina (liefst). De Content-Security-Policy van die pagina moet dit toestaan:
{direct}
Staat het contactenbestand op het intranet zelf, zet dan ook 'self' in connect-src. Zet geen statistieken, heatmaps of sessie-opnames op die pagina: die kunnen zien wat medewerkers kiezen.

2. In een iframe, als WebAssembly op het intranet niet mag:
{frame}
(Of zet een kopie van embed-frame.js op onze eigen server: dan 'self' in script-src.)

De keuzehulp slaat niets op, zet geen cookies en verstuurt geen gegevens. Hij haalt alleen bestanden op van {site}.

Technische uitleg: de README van de keuzehulp, onder \"Voor HR: de keuzehulp op je intranet\".

Bedankt!",
    copy_hint: "Kopieer het bericht, of open het als e-mail.",
    own_heading: "Een eigen kopie, met eigen regels",
    own: [
        "De keuzehulp is open source (EUPL). Je mag hem zelf op een eigen adres zetten, bijvoorbeeld als je eigen regels wilt of niets van een ander adres wilt laden.",
        "De regels staan in gewone tekstbestanden (de map rules). Een beleidsmedewerker of bedrijfsarts kan ze aanpassen zonder te programmeren. Een controle meldt elke fout met de plek in het bestand.",
        concat!("IT bouwt de site met één opdracht (cargo xtask build) en zet de map dist op een webserver, het liefst op een eigen adres, zoals keuzehulp.jullie-organisatie.nl. De crisislijn ", crate::crisis_number!(suicide), " blijft in elke kopie staan."),
    ],
    crisis: "Denk je aan zelfdoding, of maak je je zorgen om iemand? Bel gratis",
    privacy_link: "Privacy",
    accessibility: "Toegankelijkheid",
};

const EN: Words = Words {
    title: "For employers and HR",
    description: "Put the work stress choice aid on your intranet: what it does, what you as an employer never see, how to set it up and what IT needs.",
    lead: "Put the work stress choice aid on your intranet. Employees answer a few questions and see which help fits them, with the names and numbers of your own company doctor, confidential adviser and other contacts.",
    to_app: "To the choice aid",
    to_overview: "Overview of approaches and programmes",
    other_lang: "Nederlands",
    does_heading: "What the choice aid does",
    does: [
        "It asks a few questions: about their role, how things are and what makes the work heavy.",
        "It shows which approach and which help fit, and why.",
        "Your own contacts show with the advice, next to the help they belong to.",
        concat!("Anyone thinking about suicide sees the crisis line ", crate::crisis_number!(suicide), " at once. Nobody can change that."),
    ],
    privacy_heading: "What you as an employer never see",
    privacy: "What an employee fills in stays on their own device. The choice aid stores nothing and sends nothing: not to you, not to us. There are no cookies and no statistics. So you cannot see who uses the choice aid or what anyone answers. For the same reason, do not put it on an intranet page that follows visitors, such as with statistics or screen recordings.",
    setup_heading: "How to put it on your intranet",
    setup: [
        "Open the builder. Choose your organisation's sector and size, so employees are not asked those questions.",
        "Fill in your contacts. For each contact, choose \"Show where this appears\": the preview shows with which advice it appears.",
        "Send IT the message below, with the code from the builder.",
        "Once it is on the intranet, check (on a phone too) that your contacts show with the advice.",
    ],
    builder: "Open the builder",
    it_heading: "Message for IT",
    it_intro: "IT needs to know two things: which code goes on the page (the builder makes it) and which settings the page needs. You can forward this message as it is.",
    it_label: "The message",
    it_mail: "Open as an email",
    it_subject: "Work stress choice aid on the intranet: settings",
    it_body: "Hello,

We want to put the work stress choice aid (Keuzehulp werkstress) on a page of our intranet. We make the page's code with the builder: {site}/embed-builder.html

There are two ways. Which one fits our intranet?

1. Directly in the page (preferred). The page's Content-Security-Policy must allow:
{direct}
If the contacts file is on the intranet itself, also add 'self' to connect-src. Put no analytics, heatmaps or session recording on that page: they can see what employees choose.

2. In an iframe, if the intranet does not allow WebAssembly:
{frame}
(Or host a copy of embed-frame.js on our own server: then 'self' in script-src.)

The choice aid stores nothing, sets no cookies and sends no data. It only loads files from {site}.

Technical details: the choice aid's README, under \"For HR: embedding\".

Thank you!",
    copy_hint: "Copy the message, or open it as an email.",
    own_heading: "A copy of your own, with your own rules",
    own: [
        "The choice aid is open source (EUPL). You may host it yourself at your own address, for example to use your own rules or to load nothing from another address.",
        "The rules are plain text files (the rules folder). A policy adviser or company doctor can change them without programming. A check names every mistake with its place in the file.",
        concat!("IT builds the site with one command (cargo xtask build) and puts the dist folder on a web server, preferably at an address of its own, such as choiceaid.your-organisation.nl. The crisis line ", crate::crisis_number!(suicide), " stays in every copy."),
    ],
    crisis: "Thinking about suicide, or worried about someone? Call",
    privacy_link: "Privacy",
    accessibility: "Accessibility",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The message for IT with `site` (an origin) in it: the same directives as the builder's.
pub fn it_message(lang: Lang, site: &str) -> String {
    let w = words(lang);
    let lines = |d: &[(&str, &str)]| policy(d, site).split("; ").map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n");
    w.it_body.replace("{direct}", &lines(&CSP_DIRECT)).replace("{frame}", &lines(&CSP_FRAME)).replace("{site}", site)
}

/// `mailto:?subject=…&body=…`, percent-encoded.
fn mailto(subject: &str, body: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!("mailto:?subject={}&body={}", enc(subject), enc(body))
}

pub fn render(lang: Lang) -> String {
    let w = words(lang);
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let message = it_message(lang, SITE_PLACEHOLDER);
    let builder = match lang {
        Lang::Nl => "embed-builder.html",
        Lang::En => "embed-builder.html?lang=en",
    };
    let app = match lang {
        Lang::Nl => "./",
        Lang::En => "./#taal=en",
    };
    let page: Markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            (super::files::head(lang, w.title, w.description, "icon.svg", html! {
                script src="employers.js" defer {}
            }))
            body {
                main class="kh-page kh-ov kh-hr" id="top" {
                    nav class="kh-ov-nav" aria-label=(w.title) {
                        a href=(app) { (w.to_app) }
                        a href=(super::files::overview(lang)) { (w.to_overview) }
                        a href=(file_name(other)) lang=(other.code()) hreflang=(other.code()) { (w.other_lang) }
                    }
                    h1 { (w.title) }
                    p class="kh-lead" { (w.lead) }
                    p { a class="kh-button" href=(builder) data-kh-builder { (w.builder) } }
                    h2 { (w.does_heading) }
                    ul { @for line in &w.does { li { (line) } } }
                    h2 id="kh-hr-privacy" { (w.privacy_heading) }
                    p { (w.privacy) }
                    h2 { (w.setup_heading) }
                    ol class="kh-hr-steps" {
                        @for (i, line) in w.setup.iter().enumerate() {
                            li { (line) @if i == 0 { " " a href=(builder) { (w.builder) } } }
                        }
                    }
                    h2 id="kh-hr-it" { (w.it_heading) }
                    p { (w.it_intro) }
                    p class="kh-ov-hint" id="kh-hr-message-hint" { (w.copy_hint) }
                    label class="kh-hr-label" for="kh-hr-message" { (w.it_label) }
                    textarea id="kh-hr-message" class="kh-hr-message" rows="16" readonly spellcheck="false" aria-describedby="kh-hr-message-hint" data-site=(SITE_PLACEHOLDER) { (message) }
                    p class="kh-hr-actions" {
                        a class="kh-button kh-button--secondary" id="kh-hr-mail" href=(mailto(w.it_subject, &message)) data-subject=(w.it_subject) { (w.it_mail) }
                    }
                    p id="kh-hr-status" class="kh-ov-hint" role="status" {}
                    h2 { (w.own_heading) }
                    @for line in &w.own { p { (line) } }
                    p class="kh-ov-crisis" {
                        (w.crisis) " " a class="kh-tel" href=(crisis::SUICIDE.tel) { (crisis::SUICIDE.shown) }
                        (if lang == Lang::Nl { " of " } else { " or " })
                        a class="kh-tel" href=(crisis::FREE.tel) { (crisis::FREE.shown) }
                        (if lang == Lang::Nl { ", dag en nacht." } else { " (both free), day and night." })
                    }
                    p class="kh-ov-footer" {
                        a href=(app) { (w.to_app) } " · " a href=(super::files::overview(lang)) { (w.to_overview) } " · "
                        a href="privacy.html" { (w.privacy_link) } " · " a href="toegankelijkheid.html" { (w.accessibility) }
                    }
                }
            }
        }
    };
    page.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_holds_the_it_message_with_every_directive_and_links_the_builder() {
        for lang in Lang::ALL {
            let html = render(lang);
            for d in CSP_DIRECT.iter().chain(CSP_FRAME.iter()) {
                let line = format!("{} {}", d.0, d.1.replace("{site}", SITE_PLACEHOLDER)).replace('\'', "&#39;");
                assert!(html.contains(&line) || html.contains(&line.replace("&#39;", "'")), "{line} in {lang:?}");
            }
            assert!(html.contains("href=\"embed-builder.html"), "the builder is linked");
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
            assert!(html.contains("href=\"tel:113\""), "the crisis line");
            assert!(!html.contains("style=") && !html.contains("<script>") && !html.contains("<style"), "the CSP allows no inline script or style");
            assert!(html.contains("href=\"mailto:?subject="));
        }
    }

    #[test]
    fn the_message_names_the_site_it_is_given() {
        let m = it_message(Lang::Nl, "https://keuzehulp.example.nl");
        assert!(m.contains("  script-src https://keuzehulp.example.nl 'wasm-unsafe-eval'\n  style-src https://keuzehulp.example.nl\n  connect-src https://keuzehulp.example.nl\n"), "{m}");
        assert!(m.contains("  frame-src https://keuzehulp.example.nl\n  script-src https://keuzehulp.example.nl\n"), "{m}");
        assert!(!m.contains("{site}") && !m.contains(SITE_PLACEHOLDER));
    }

    #[test]
    fn the_mailto_link_encodes_every_reserved_character() {
        let href = mailto("a b", "x&y=z\n'");
        assert_eq!(href, "mailto:?subject=a%20b&body=x%26y%3Dz%0A%27");
    }
}
