//! The advice as `engine::present` decides it, in the GOV.UK "answer"
//! pattern: the h1 and the situation in the user's own answers; in an acute
//! crisis the crisis help and the GP, with all work advice folded under
//! "Voor later"; otherwise "Doe dit eerst" (the one first step), share and
//! print, the approaches (at most three open, short), who to ask (at most
//! three open), and folded: more approaches, good to know, why this matters,
//! and one list of sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::rules;
use crate::contacts::Contacts;
use crate::engine::{ACUTE_EXPERTS, Answers, Lang, Shown, Str, Target, acts_for_others, present, render_reason};
use crate::ui::components::category_card::{self, category_card};
use crate::ui::components::{crisis_banner, crisis_help};
use crate::ui::components::expert_card::{self, expert_card};
use crate::ui::components::figures_panel::figures_panel;
use crate::ui::components::first_step;
use crate::ui::components::share_actions::share_actions;
use crate::ui::components::{Go, StepLink, back_link, step_link};
use crate::ui::markup::{Markup, Part, open_part, sources_list};
use crate::ui::text::T;

/// The parts of the advice.
const CATEGORIES: Part = Part { id: "kh-categories-heading", heading: T::CategoriesHeading };
const EXPERTS: Part = Part { id: "kh-experts-heading", heading: T::ExpertsHeading };
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
    /// Everything, or only the top of the advice (title, situation, first
    /// step or crisis help, the first card: more than a phone screen). The
    /// app shows the top in the frame after the click and all of it once
    /// that frame is painted; `aria-busy` tells screen readers (and tests)
    /// when all is there.
    pub complete: bool,
    /// "Maak je plan", next to "Opnieuw beginnen" (not in an acute crisis: help comes first).
    pub plan: Option<StepLink>,
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

/// "Jouw situatie: werknemer · de zorg en het welzijn · … Wijzig je antwoorden".
fn situation(m: &mut Markup, lang: Lang, answers: &Answers, change: Option<&StepLink>) {
    let roles = answers.roles(rules());
    m.raw("<p class=\"kh-situation\"><strong>").ui(lang, T::Situation).raw(":</strong> ");
    let mut first = true;
    for (q, question) in rules().questions.iter().enumerate() {
        let mask = answers.mask(q);
        if mask == 0 {
            continue;
        }
        if !first {
            m.raw(" · ");
        }
        first = false;
        let mut one = true;
        for (_, option) in question.options.iter().enumerate().filter(|(o, _)| mask & (1 << o) != 0) {
            if !one {
                m.raw(", ");
            }
            one = false;
            m.text(option.short_for(roles).get(lang));
        }
    }
    m.raw(". ");
    if let Some(link) = change {
        step_link(m, "kh-situation__change kh-no-print", link, Go::Step(link.step));
        m.ui(lang, T::ChangeAnswers).raw("</a>");
    }
    m.raw("</p>");
}

/// The approaches: the open ones as short cards, the rest folded under "Meer aanpakken".
fn write_categories(m: &mut Markup, lang: Lang, answers: &Answers, items: &[Shown], limit: usize) {
    let roles = answers.roles(rules());
    open_part(m, SECTION, lang, CATEGORIES);
    let folded = items.iter().filter(|i| !i.open).count();
    let mut more = false;
    for item in items.iter().take(limit) {
        let Target::Category(c) = item.target else { continue };
        if !item.open && !more {
            more = true;
            m.raw("<details class=\"kh-fold\"><summary class=\"kh-fold__summary\">").ui(lang, T::MoreCategories);
            m.raw(" (").text(&folded.to_string()).raw(")</summary>");
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
    if more {
        m.raw("</details>");
    }
    m.raw("</section>");
}

/// The experts among `items`: open ones as cards, folded ones under "Meer hulp".
fn write_experts(m: &mut Markup, props: &Props, items: &[&Shown]) {
    if items.is_empty() {
        return;
    }
    let lang = props.lang;
    open_part(m, SECTION, lang, EXPERTS);
    let folded = items.iter().filter(|i| !i.open).count();
    let mut more = false;
    for item in items {
        let Target::Expert(e) = item.target else { continue };
        if !item.open && !more {
            more = true;
            m.raw("<details class=\"kh-fold\"><summary class=\"kh-fold__summary\">").ui(lang, T::MoreExperts);
            m.raw(" (").text(&folded.to_string()).raw(")</summary>");
        }
        let card = expert_card::Props {
            lang,
            expert: e as usize,
            reasons: reasons(&item.reasons, &props.answers, lang),
            collapsed: !item.open,
            contacts: props.contacts.clone(),
        };
        expert_card(m, &card);
    }
    if more {
        m.raw("</details>");
    }
    m.raw("</section>");
}

/// "Goed om te weten", folded.
fn write_notes(m: &mut Markup, lang: Lang, notes: &[u16]) {
    if notes.is_empty() {
        return;
    }
    m.raw("<details class=\"kh-fold kh-results__notes\"><summary class=\"kh-fold__summary\">").ui(lang, T::NotesHeading);
    m.raw("</summary><ul class=\"kh-notes\">");
    for &n in notes {
        let note = &rules().notes[n as usize];
        m.raw("<li class=\"kh-note\"><h3 class=\"kh-note__title\">").text(note.title.get(lang));
        m.raw("</h3><p>").text(note.text.get(lang)).raw("</p></li>");
    }
    m.raw("</ul></details>");
}

/// Every source of what this page shows, once, in one folded list at the end.
fn write_sources(m: &mut Markup, lang: Lang, shown: &crate::engine::Presentation) {
    let r = rules();
    let mut all: Vec<&Str> = Vec::new();
    if let Some(step) = shown.first_step.and_then(|s| r.first_steps.get(s)) {
        all.extend(step.source.iter());
    }
    for item in shown.categories.iter().chain(&shown.experts) {
        match item.target {
            Target::Category(c) => all.extend(r.categories[c as usize].source.iter()),
            Target::Expert(e) => all.extend(r.experts[e as usize].source.iter()),
            Target::Tool(_) => {}
        }
        for &(t, _) in &item.tools {
            all.extend(r.tools[t as usize].source.iter());
        }
    }
    for &n in &shown.notes {
        all.extend(r.notes[n as usize].source.iter());
    }
    m.raw("<details class=\"kh-fold kh-results__sources\"><summary class=\"kh-fold__summary\">").ui(lang, T::Sources);
    m.raw("</summary>");
    sources_list(m, lang, all);
    m.raw("</details>");
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
    situation(&mut top, lang, answers, props.back.as_ref());
    // Printed, the crisis line is on the first page (on screen it is in the footer).
    top.raw("<div class=\"kh-print-only\">");
    crisis_banner::write(&mut top, lang, true, None);
    top.raw("</div>");
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
        if let Some(step) = shown.first_step {
            first_step::write(&mut top, lang, step);
        }
        write_categories(&mut categories, lang, answers, &shown.categories, if complete { usize::MAX } else { FIRST_FRAME_CARDS });
        if complete {
            let experts: Vec<&Shown> = shown.experts.iter().collect();
            write_experts(&mut rest, props, &experts);
            write_notes(&mut rest, lang, &shown.notes);
            figures_panel(&mut rest, lang);
        }
    }
    if complete {
        write_sources(&mut rest, lang, &shown);
    }
    let mut back = Markup::new();
    back_link(&mut back, lang, &props.back);
    // Start again: the app's (`Go`).
    let mut actions = Markup::new();
    actions.raw("<div class=\"kh-actions kh-no-print\">");
    // "Maak je plan" after the advice, a link in the row of "Opnieuw beginnen"
    // (no extra height: the longest advice is at its 4-screen budget, and two
    // buttons do not fit one row at 390 px).
    if let Some(link) = props.plan.as_ref().filter(|_| !shown.acute) {
        step_link(&mut actions, "kh-plan-link", link, Go::Step(link.step));
        actions.ui(lang, T::PlanLink).raw("</a>");
    }
    actions.raw("<button type=\"button\" class=\"kh-button kh-button--secondary\" data-kh-go=\"");
    actions.text(&Go::Restart.attr()).raw("\">").ui(lang, T::Restart).raw("</button></div>");

    html! {
        <div class="kh-results" aria-busy={(!complete).then_some("true")}>
            { back.finish() }
            { top.finish() }
            if let Some(link) = &props.share {
                { share_actions(lang, link) }
            }
            { categories.finish() }
            if complete {
                { rest.finish() }
                { actions.finish() }
            }
        </div>
    }
}

