//! The overview as one static HTML page (maud: every interpolation is
//! escaped). Readable without JavaScript: the whole list is in the page.
//! `www/overview.js` adds the filters (the GOV.UK "filter a list" pattern):
//! without JavaScript `overview-nojs.css` (in `<noscript>`) hides the form,
//! and each item carries its filter values in `data-*` attributes named
//! after the fragment's keys.

use maud::{DOCTYPE, Markup, html};

use super::data::{Item, Kind, items};
use super::words::{self, Words, status};
use crate::crisis;
use crate::engine::{Evidence, Lang, Level, RuleSet};
use crate::ui::text::{letter_title, letter_url};

pub use super::files::overview as file_name;
/// icon.svg inline, as in index.html: one request less.
const ICON: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='15' fill='%23154273'/%3E%3Cpath d='M9 17l5 5 9-11' fill='none' stroke='%23fff' stroke-width='3.5' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E";
pub const HELP_ANCHOR: &str = "hulp-bij-toepassen";

pub fn render(rules: &RuleSet, lang: Lang) -> String {
    let w = words::words(lang);
    let all = items(rules);
    let total = all.len().to_string();
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let (categories, tools): (Vec<&Item>, Vec<&Item>) = all.iter().partition(|i| i.kind == Kind::Category);
    let page = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            (super::files::head(lang, w.title, w.description, ICON, html! {
                script type="module" src="overview.js" {}
                // Without JavaScript the filters cannot work: this hides them. With
                // it they are there from the first paint (no layout shift).
                noscript { link rel="stylesheet" href="overview-nojs.css"; }
            }))
            body {
                main class="kh-page kh-ov" id="top" {
                    nav class="kh-ov-nav" aria-label=(app_name(lang)) {
                        a href=(app_href(lang)) { (w.to_app) }
                        a href=(file_name(other)) lang=(other.code()) hreflang=(other.code()) data-kh-ov-lang { (w.other_lang) }
                    }
                    h1 { (w.title) }
                    p class="kh-lead" { (w.lead) }
                    p class="kh-ov-crisis" {
                        (w.crisis) " " a class="kh-tel" href=(crisis::SUICIDE.tel) { (crisis::SUICIDE.shown) } " " (w.crisis_or) " "
                        a class="kh-tel" href=(crisis::FREE.tel) { (crisis::FREE.shown) } ", " (w.crisis_free)
                    }
                    ul class="kh-ov-jump" {
                        li { a href=(app_href(lang)) { (w.to_app) } ": " (w.to_app_note) }
                        li { a href={ "#" (HELP_ANCHOR) } { (w.skip_help) } }
                        li { a href=(super::files::employers(lang)) { (w.employers) } }
                        li { a href=(builder_href(lang)) { (w.builder) } }
                    }
                    (filters(rules, lang, w))
                    // The count stays in view and is announced (role=status); the tools act
                    // on the list as filtered (overview.js; hidden without it).
                    // Sticky at the top and the bottom: in view above or below the panel while ticking.
                    p id="kh-ov-count" class="kh-ov-count" role="status" aria-live="polite" aria-atomic="true" data-count=(w.count) data-total=(total) {
                        (w.count_all.replace("{total}", &total))
                    }
                    div class="kh-ov-bar" {
                        p class="kh-ov-tools" data-copied=(w.copied) data-copy-failed=(w.copy_failed) data-file=(w.file_name)
                            data-csv=(format!("{}|{}|{}|{}", w.csv_kind, w.csv_name, w.csv_line, w.csv_anchor)) {
                            button type="button" id="kh-ov-copy" class="kh-ov-tool" { (w.copy_link) }
                            button type="button" id="kh-ov-csv" class="kh-ov-tool" { (w.download) }
                            button type="button" id="kh-ov-print" class="kh-ov-tool" { (w.print) }
                        }
                        p id="kh-ov-tool-status" class="kh-ov-hint" role="status" {}
                    }
                    div id="kh-ov-active" class="kh-ov-active" hidden {
                        h2 class="kh-visually-hidden" { (w.active) }
                        ul id="kh-ov-tags" class="kh-ov-tags" data-remove=(w.remove) {}
                    }
                    div id="kh-ov-none" class="kh-ov-none" hidden data-none-for=(w.none_for) data-remove-last=(w.remove_last) data-misses=(w.misses) {
                        p id="kh-ov-none-text" { (w.no_results) }
                        p { button type="button" id="kh-ov-remove-last" class="kh-button kh-button--secondary" {} }
                        p { (w.nearest) }
                        ul id="kh-ov-nearest" {}
                    }
                    section class="kh-ov-section" aria-labelledby="kh-ov-categories" {
                        h2 id="kh-ov-categories" { (w.categories_heading) }
                        p { (w.categories_intro) }
                        ul class="kh-ov-list" { @for item in &categories { (item_html(rules, lang, w, item)) } }
                    }
                    section class="kh-ov-section" aria-labelledby="kh-ov-tools" {
                        h2 id="kh-ov-tools" { (w.tools_heading) }
                        p { (w.tools_intro) }
                        (evidence_explained(rules, w))
                        ul class="kh-ov-list" { @for item in &tools { (item_html(rules, lang, w, item)) } }
                    }
                    (help(rules, lang, w))
                    p class="kh-ov-footer" {
                        a href="#top" { (w.back_to_top) } " · " a href=(app_href(lang)) { (w.to_app) } " · "
                        a href="privacy.html" { (w.privacy) } " · " a href="toegankelijkheid.html" { (w.accessibility) }
                    }
                }
            }
        }
    };
    page.into_string()
}

/// The embed builder in this page's language.
fn builder_href(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "embed-builder.html",
        Lang::En => "embed-builder.html?lang=en",
    }
}

/// Each evidence level the tools use, in one line (RIVM's words where they apply).
fn evidence_explained(rules: &RuleSet, w: &Words) -> Markup {
    html! {
        details class="kh-ov-evidence" id="bewijs-uitleg" {
            summary { (w.evidence_heading) }
            ul {
                @for (i, e) in Evidence::ALL.iter().enumerate() {
                    @if rules.tools.iter().any(|t| t.evidence == *e) {
                        li { (w.evidence_explained[i]) }
                    }
                }
            }
            p { (w.evidence_more) }
        }
    }
}

/// The keuzehulp in this page's language (`taal`, as in a share link).
fn app_href(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "./",
        Lang::En => "./#taal=en",
    }
}

fn app_name(lang: Lang) -> &'static str {
    crate::ui::text::t(lang, crate::ui::text::T::AppName)
}

fn level_name(w: &Words, level: Level) -> &'static str {
    w.levels[Level::ALL.iter().position(|l| *l == level).unwrap_or(0)]
}

/// (id, label) of each option of a question.
fn options<'a>(rules: &'a RuleSet, question: &str, lang: Lang) -> Vec<(&'a str, &'a str)> {
    rules
        .questions
        .iter()
        .find(|q| q.id == question)
        .map(|q| q.options.iter().map(|o| (&*o.id, o.label.get(lang))).collect())
        .unwrap_or_default()
}

/// The labels of the options of `question` set in `mask`.
fn option_labels<'a>(rules: &'a RuleSet, question: &str, mask: u32, lang: Lang) -> Vec<&'a str> {
    options(rules, question, lang).into_iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, (_, l))| l).collect()
}

/// The roles as they read mid-sentence ("HR-medewerker", "zzp'er").
fn role_names<'a>(rules: &'a RuleSet, mask: u32, lang: Lang) -> Vec<&'a str> {
    rules
        .questions
        .iter()
        .find(|q| q.id == "rol")
        .map(|q| q.options.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, o)| o.short.get(lang)).collect())
        .unwrap_or_default()
}

fn option_ids<'a>(rules: &'a RuleSet, question: &str, mask: u32) -> String {
    super::data::option_ids(rules, question, mask).join(" ")
}

/// The filter form (hidden without JavaScript: it could not work).
fn filters(rules: &RuleSet, lang: Lang, w: &Words) -> Markup {
    let levels: Vec<(&str, &str)> = Level::ALL.iter().map(|&l| (l.id(), level_name(w, l))).collect();
    let used: Vec<Evidence> = Evidence::ALL.into_iter().filter(|e| rules.tools.iter().any(|t| t.evidence == *e)).collect();
    let evidence: Vec<(&str, &str)> = used.iter().map(|e| (e.id(), e.label(lang))).collect();
    let categories: Vec<(&str, &str)> = rules.categories.iter().map(|c| (&*c.id, c.name.get(lang))).collect();
    html! {
        form id="kh-ov-filters" class="kh-ov-filters" aria-label=(w.filters) {
            div class="kh-ov-search" {
                label for="kh-ov-search" { (w.search) }
                p id="kh-ov-search-hint" class="kh-ov-hint" { (w.search_hint) }
                input id="kh-ov-search" type="search" name="zoek" autocomplete="off" aria-describedby="kh-ov-search-hint";
            }
            details class="kh-ov-panel" {
                summary id="kh-ov-toggle" data-on=(w.filters_on) data-off=(w.filters) { (w.filters) }
                (facet("niveau", w.level, &levels, false))
                (facet("rol", w.role, &options(rules, "rol", lang), false))
                (facet("sector", w.sector, &options(rules, "sector", lang), true))
                (facet("bewijs", w.evidence, &evidence, false))
                (facet("categorie", w.category, &categories, false))
                p class="kh-ov-show" { button type="button" id="kh-ov-show" class="kh-button" data-label=(w.show_results) { (w.show_results.replace("{n}", &rules_count(rules))) } }
            }
            button type="button" id="kh-ov-clear" class="kh-button kh-button--secondary" { (w.clear) }
        }
    }
}

fn rules_count(rules: &RuleSet) -> String {
    (rules.categories.len() + rules.tools.len()).to_string()
}

/// One group of checkboxes. `any_when_empty`: an item without values matches
/// every choice (a tool for every sector).
fn facet(key: &str, legend: &str, values: &[(&str, &str)], any_when_empty: bool) -> Markup {
    html! {
        fieldset class="kh-ov-facet" data-facet=(key) data-any-when-empty[any_when_empty] {
            legend { (legend) }
            @for (id, label) in values {
                div class="kh-ov-check" {
                    input type="checkbox" id={ "kh-ov-" (key) "-" (id) } name=(key) value=(id);
                    label for={ "kh-ov-" (key) "-" (id) } { (label) }
                }
            }
        }
    }
}

fn item_html(rules: &RuleSet, lang: Lang, w: &Words, item: &Item) -> Markup {
    let (name, summary, evidence_note) = match item.kind {
        Kind::Category => {
            let c = &rules.categories[item.index];
            (c.name.get(lang), c.summary.get(lang), None)
        }
        Kind::Tool => {
            let t = &rules.tools[item.index];
            (t.name.get(lang), t.summary.get(lang), Some(t.evidence_note.get(lang)))
        }
    };
    let levels: Vec<&str> = item.levels.iter().map(|&l| level_name(w, l)).collect();
    let all_roles = options(rules, "rol", lang).len();
    let roles: Vec<&str> = if item.roles.count_ones() as usize == all_roles {
        vec![w.every_role]
    } else {
        role_names(rules, item.roles, lang)
    };
    let sectors = option_labels(rules, "sector", item.sectors, lang);
    let categories: Vec<&str> = item.categories.iter().map(|&c| &*rules.categories[c].id).collect();
    let tools_here: Vec<usize> = match item.kind {
        Kind::Category => (0..rules.tools.len()).filter(|&t| rules.tools[t].categories.contains(&(item.index as u16))).collect(),
        Kind::Tool => Vec::new(),
    };
    html! {
        li class="kh-ov-item" id=(item.anchor()) tabindex="-1"
            data-niveau=(item.levels.iter().map(|l| l.id()).collect::<Vec<_>>().join(" "))
            data-rol=(option_ids(rules, "rol", item.roles))
            data-sector=(option_ids(rules, "sector", item.sectors))
            data-bewijs=(item.evidence.map(Evidence::id).unwrap_or(""))
            data-categorie=(categories.join(" ")) {
            h3 class="kh-ov-item__name" { (name) }
            p class="kh-ov-item__line" { (first_sentence(summary)) }
            dl class="kh-ov-meta" {
                dt { (w.level) } dd { (levels.join(", ")) }
                dt { (w.role) } dd { (roles.join(", ")) }
                dt { (w.sector) } dd { @if sectors.is_empty() { (w.every_sector) } @else { (sectors.join(", ")) } }
                dt { (w.evidence) }
                dd {
                    @match item.evidence {
                        Some(e) => {
                            span class={ "kh-badge kh-badge--" (e.id()) } { (e.label(lang)) }
                            @if let Some(note) = evidence_note { " " span class="kh-ov-note" { (note) } }
                        }
                        None => { (w.category_evidence) }
                    }
                }
                dt { (w.status) } dd { (status(lang, item.status, item.status_year)) }
                dt { (w.source) }
                dd {
                    @for (i, s) in item.source.iter().enumerate() {
                        @if i > 0 { "; " }
                        @if s.starts_with("https://") { a href=(s) { (host(s)) } }
                        // A letter by its title and date, linked to its public page; never its file name (issue 30).
                        @else if let Some(title) = letter_title(lang, s) {
                            @match letter_url(s) { Some(url) => a href=(url) data-letter=(s) { (title) }, None => span data-letter=(s) { (title) } }
                        }
                        @else { (s) }
                    }
                }
                @if let Some(url) = item.url {
                    dt { (w.link) } dd { a href=(url) { (host(url)) } }
                }
            }
            // A list, not commas: on a phone each link is a line of its own anyway.
            @if !tools_here.is_empty() {
                div class="kh-ov-related" {
                    p { (w.tools_of_category) ":" }
                    ul { @for &t in &tools_here { li { a href={ "#middel-" (rules.tools[t].id) } { (rules.tools[t].name.get(lang)) } } } }
                }
            }
            @if item.kind == Kind::Tool {
                div class="kh-ov-related" {
                    p { (w.belongs_to) ":" }
                    ul { @for &c in &item.categories { li { a href={ "#aanpak-" (rules.categories[c].id) } { (rules.categories[c].name.get(lang)) } } } }
                }
            }
            p { a href={ "#" (HELP_ANCHOR) } { (w.help_link) } }
        }
    }
}

/// "Hulp bij toepassen in je eigen organisatie".
fn help(rules: &RuleSet, lang: Lang, w: &Words) -> Markup {
    let h = &w.help;
    let nip = rules.tools.iter().find(|t| t.id == "nip-factsheets");
    html! {
        section class="kh-ov-help" id=(HELP_ANCHOR) tabindex="-1" aria-labelledby="kh-ov-help-heading" {
            h2 id="kh-ov-help-heading" { (h.heading) }
            p { (h.intro) }
            h3 { (h.find_heading) }
            p { (h.find_intro) }
            ul { @for line in &h.find { li { (line) } } }
            p {
                (h.find_note)
                @if let Some(nip) = nip { " " a href="#middel-nip-factsheets" { (nip.name.get(lang)) } }
            }
            h3 { (h.cost_heading) }
            @for line in &h.cost { p { (line) } }
            h3 { (h.steps_heading) }
            p { (h.steps_intro) }
            ol { @for line in &h.steps { li { (line) } } }
            p { (h.steps_note) }
            p class="kh-ov-note" { (h.sources) }
        }
    }
}

/// The first sentence, as the app's cards show it.
fn first_sentence(text: &str) -> &str {
    crate::ui::markup::first_sentence(text)
}

/// "www.routenaarrie.nl" for a link's text.
fn host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}
