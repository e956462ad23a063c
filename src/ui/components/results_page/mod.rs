//! The advice as `engine::present` decides it: in an acute crisis the crisis
//! help and the GP first and all work advice folded under "Voor later";
//! otherwise the ranked approaches (the open ones as full cards, the rest
//! folded), the experts, the notes that apply, the figures, and share /
//! print / start again.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::rules;
use crate::contacts::Contacts;
use crate::engine::{ACUTE_EXPERTS, Answers, Lang, Shown, Target, acts_for_others, present, render_reason};
use crate::ui::components::category_card::{self, category_card};
use crate::ui::components::crisis_help;
use crate::ui::components::expert_card::{self, expert_card};
use crate::ui::components::figures_panel::{self, figures_panel};
use crate::ui::components::share_actions::share_actions;
use crate::ui::components::{Go, StepLink, back_link, step_link};
use crate::ui::markup::{Markup, Part, open_part, sources};
use crate::ui::text::T;

/// The parts of the advice, each with a contents link (and the figures panel's).
const CATEGORIES: Part = Part { id: "kh-categories-heading", heading: T::CategoriesHeading };
const EXPERTS: Part = Part { id: "kh-experts-heading", heading: T::ExpertsHeading };
const NOTES: Part = Part { id: "kh-notes-heading", heading: T::NotesHeading };
const SECTION: &str = "kh-results__section";

/// How many approach cards the first frame shows (more than a phone screen).
const FIRST_FRAME_CARDS: usize = 1;

pub struct Props {
    pub lang: Lang,
    pub answers: Answers,
    pub back: Option<StepLink>,
    /// The link to share and print (standalone only).
    pub share: Option<AttrValue>,
    /// The organisation's own contacts (widget), shown under their experts.
    pub contacts: Rc<Contacts>,
    /// Everything, or only the top of the advice (title, crisis line, the
    /// first card: more than a phone screen). The app shows the top in the
    /// frame after the click and all of it once that frame is painted, so the
    /// advice is on screen within a frame; `aria-busy` tells screen readers
    /// (and tests) when all is there.
    pub complete: bool,
}

/// The reasons of an item in the user's words (`present` chose which rules),
/// without repeats.
fn reasons(rule_ids: &[u16], answers: &Answers, lang: Lang) -> Vec<AttrValue> {
    let mut out: Vec<AttrValue> = Vec::new();
    for &r in rule_ids {
        let reason = AttrValue::from(render_reason(rules(), r as usize, answers, lang));
        if !reason.is_empty() && !out.contains(&reason) {
            out.push(reason);
        }
    }
    out
}

/// The approaches as cards: the open ones in full, then "Meer aanpakken" folded.
fn write_categories(m: &mut Markup, lang: Lang, answers: &Answers, items: &[Shown], limit: usize) {
    let roles = answers.roles(rules());
    open_part(m, SECTION, lang, CATEGORIES);
    let mut more = false;
    for item in items.iter().take(limit) {
        let Target::Category(c) = item.target else { continue };
        if !item.open && !more {
            more = true;
            m.raw("<h3 class=\"kh-results__more\">").ui(lang, T::MoreCategories).raw("</h3>");
        }
        let card = category_card::Props {
            lang,
            category: c as usize,
            roles,
            reasons: reasons(&item.reasons, answers, lang),
            tools: item.tools.iter().map(|&(t, r)| (t as usize, r)).collect(),
            collapsed: !item.open,
        };
        category_card(m, &card);
    }
    m.raw("</section>");
}

/// The experts among `items` that `pick` takes, under their heading.
fn write_experts(m: &mut Markup, props: &Props, items: &[&Shown]) {
    if items.is_empty() {
        return;
    }
    let lang = props.lang;
    open_part(m, SECTION, lang, EXPERTS);
    for item in items {
        let Target::Expert(e) = item.target else { continue };
        let card = expert_card::Props {
            lang,
            expert: e as usize,
            reasons: reasons(&item.reasons, &props.answers, lang),
            collapsed: !item.open,
            contacts: props.contacts.clone(),
        };
        expert_card(m, &card);
    }
    m.raw("</section>");
}

fn write_notes(m: &mut Markup, lang: Lang, notes: &[u16]) {
    if notes.is_empty() {
        return;
    }
    open_part(m, SECTION, lang, NOTES);
    m.raw("<ul class=\"kh-notes\">");
    for &n in notes {
        let note = &rules().notes[n as usize];
        m.raw("<li class=\"kh-note\"><h3 class=\"kh-note__title\">").text(note.title.get(lang));
        m.raw("</h3><p>").text(note.text.get(lang)).raw("</p>");
        sources(m, lang, &note.source);
        m.raw("</li>");
    }
    m.raw("</ul></section>");
}

/// A plain function: the app keeps what little state it has (see `complete`).
/// What shows, in which order, open or folded, is `engine::present`'s.
pub fn results_page(props: &Props) -> Html {
    let lang = props.lang;
    let answers = &props.answers;
    let shown = present(rules(), answers);
    let complete = props.complete;

    // Three pieces of markup: the top stays as it is when the rest arrives
    // (the h1 has focus), the approaches grow from one card to all.
    let mut top = Markup::new();
    top.raw("<h1 tabindex=\"-1\">").ui(lang, T::ResultsTitle).raw("</h1>");
    let mut categories = Markup::new();
    let mut rest = Markup::new();
    if shown.acute {
        // Crisis help (the crisis line's item) and the GP open, in the first
        // frame; all work advice folded under "Voor later".
        top.raw("<section class=\"kh-results__section kh-crisis-help\" aria-labelledby=\"kh-crisis-first\"><h2 id=\"kh-crisis-first\">");
        top.ui(lang, T::CrisisFirstHeading).raw("</h2>");
        crisis_help::call_list(&mut top, lang, acts_for_others(rules(), answers));
        top.raw("</section>");
        let crisis_line = rules().expert_index(ACUTE_EXPERTS[0]);
        let open: Vec<&Shown> = shown
            .experts
            .iter()
            .filter(|e| e.visible() && !matches!(e.target, Target::Expert(i) if Some(i as usize) == crisis_line))
            .collect();
        write_experts(&mut top, props, &open);
        if complete {
            rest.raw("<details class=\"kh-later\"><summary>").ui(lang, T::CrisisLaterHeading).raw("</summary><p>");
            rest.ui(lang, T::CrisisLaterIntro).raw("</p>");
            write_categories(&mut rest, lang, answers, &shown.categories, usize::MAX);
            let later: Vec<&Shown> = shown.experts.iter().filter(|e| e.later).collect();
            write_experts(&mut rest, props, &later);
            write_notes(&mut rest, lang, &shown.notes);
            figures_panel(&mut rest, lang);
            rest.raw("</details>");
        }
    } else {
        top.raw("<p class=\"kh-lead\">").ui(lang, T::ResultsIntro).raw("</p>");
        // The advice is long on a phone: where each part starts (GOV.UK's "contents").
        let parts = [
            (CATEGORIES, true),
            (EXPERTS, !shown.experts.is_empty()),
            (NOTES, !shown.notes.is_empty()),
            (figures_panel::PART, figures_panel::shown()),
        ];
        top.raw("<nav class=\"kh-contents kh-no-print\" aria-labelledby=\"kh-contents-heading\"><h2 id=\"kh-contents-heading\" class=\"kh-contents__heading\">");
        top.ui(lang, T::OnThisPage).raw("</h2><ul class=\"kh-contents__list\">");
        for (part, _) in parts.iter().filter(|(_, shown)| *shown) {
            top.raw("<li><a href=\"#").raw(part.id).raw("\" data-kh-focus>").ui(lang, part.heading).raw("</a></li>");
        }
        top.raw("</ul></nav>");
        write_categories(&mut categories, lang, answers, &shown.categories, if complete { usize::MAX } else { FIRST_FRAME_CARDS });
        if complete {
            let experts: Vec<&Shown> = shown.experts.iter().collect();
            write_experts(&mut rest, props, &experts);
            write_notes(&mut rest, lang, &shown.notes);
            figures_panel(&mut rest, lang);
        }
    }
    let mut back = Markup::new();
    back_link(&mut back, lang, &props.back);
    // Change the answers (the check page) and start again: the app's (`Go`).
    let mut actions = Markup::new();
    actions.raw("<div class=\"kh-actions kh-no-print\">");
    if let Some(link) = &props.back {
        step_link(&mut actions, "kh-button kh-button--secondary", link, Go::Step(link.step));
        actions.ui(lang, T::ChangeAnswers).raw("</a>");
    }
    actions.raw("<button type=\"button\" class=\"kh-button kh-button--secondary\" data-kh-go=\"").text(&Go::Restart.attr());
    actions.raw("\">").ui(lang, T::Restart).raw("</button></div>");

    html! {
        <div class="kh-results" aria-busy={(!complete).then_some("true")}>
            { back.finish() }
            { top.finish() }
            { categories.finish() }
            if complete {
                { rest.finish() }
                if let Some(link) = &props.share {
                    { share_actions(lang, link) }
                }
                { actions.finish() }
            }
        </div>
    }
}
