//! The advice: the crisis card first in an acute crisis, the ranked
//! approaches (the first three as full cards, the rest folded), the experts,
//! the notes that apply, the figures, and share / print / start again.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::rules;
use crate::contacts::Contacts;
use crate::engine::{Advice, Answers, Lang, Ranked, Target, evaluate, render_reason};
use crate::ui::components::category_card::{self, category_card};
use crate::ui::components::crisis_banner;
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

/// How many approaches and experts are shown as full cards.
const OPEN_CARDS: usize = 3;
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

/// The reasons of a ranked item in the user's words, without repeats.
fn reasons(ranked: &Ranked, answers: &Answers, lang: Lang) -> Vec<AttrValue> {
    let mut out: Vec<AttrValue> = Vec::new();
    for &r in &ranked.rules {
        let reason = AttrValue::from(render_reason(rules(), r as usize, answers, lang));
        if !reason.is_empty() && !out.contains(&reason) {
            out.push(reason);
        }
    }
    out
}

/// The tools of category `c`: recommended ones first (in rank order), then the
/// others in file order; tools a safety rule excludes are left out.
fn tools_of(advice: &Advice, c: usize) -> Vec<(usize, bool)> {
    let in_category = |i: usize| rules().tools[i].categories.contains(&(c as u16));
    let excluded = |i: usize| {
        advice.matched_rules.iter().any(|&r| {
            let rule = &rules().rules[r as usize];
            rule.safety && rule.exclude.contains(&Target::Tool(i as u16))
        })
    };
    let mut out: Vec<(usize, bool)> = advice
        .tools
        .iter()
        .filter_map(|r| match r.target {
            Target::Tool(i) if in_category(i as usize) => Some((i as usize, true)),
            _ => None,
        })
        .collect();
    for i in 0..rules().tools.len() {
        if in_category(i) && !excluded(i) && !out.iter().any(|&(j, _)| j == i) {
            out.push((i, false));
        }
    }
    out
}

fn is_acute(answers: &Answers) -> bool {
    let Some(q) = rules().question_index("fase") else { return false };
    rules().questions[q].option_index("acuut").is_some_and(|o| answers.mask(q) & (1 << o) != 0)
}

/// A plain function: the app keeps what little state it has (see `complete`).
pub fn results_page(props: &Props) -> Html {
    let lang = props.lang;
    let advice = evaluate(rules(), &props.answers);
    let complete = props.complete;
    let answers = &props.answers;
    let roles = answers.roles(rules());

    // Three pieces of markup: the top stays as it is when the rest arrives
    // (the h1 has focus), the approaches grow from one card to all.
    let mut top = Markup::new();
    top.raw("<h1 tabindex=\"-1\">").ui(lang, T::ResultsTitle).raw("</h1>");
    if is_acute(answers) {
        crisis_banner::write(&mut top, lang, false);
    }
    top.raw("<p class=\"kh-lead\">").ui(lang, T::ResultsIntro).raw("</p>");
    // The advice is long on a phone: where each part starts (GOV.UK's "contents").
    let parts = [
        (CATEGORIES, true),
        (EXPERTS, !advice.experts.is_empty()),
        (NOTES, !advice.notes.is_empty()),
        (figures_panel::PART, figures_panel::shown()),
    ];
    top.raw("<nav class=\"kh-contents kh-no-print\" aria-labelledby=\"kh-contents-heading\"><h2 id=\"kh-contents-heading\" class=\"kh-contents__heading\">");
    top.ui(lang, T::OnThisPage).raw("</h2><ul class=\"kh-contents__list\">");
    for (part, _) in parts.iter().filter(|(_, shown)| *shown) {
        top.raw("<li><a href=\"#").raw(part.id).raw("\" data-kh-focus>").ui(lang, part.heading).raw("</a></li>");
    }
    top.raw("</ul></nav>");

    let mut categories = Markup::new();
    open_part(&mut categories, SECTION, lang, CATEGORIES);
    let shown = advice.categories.iter().take(if complete { usize::MAX } else { FIRST_FRAME_CARDS });
    for (rank, ranked) in shown.enumerate() {
        let Target::Category(c) = ranked.target else { continue };
        if rank == OPEN_CARDS {
            categories.raw("<h3 class=\"kh-results__more\">").ui(lang, T::MoreCategories).raw("</h3>");
        }
        let c = c as usize;
        let card = category_card::Props {
            lang,
            category: c,
            roles,
            reasons: reasons(ranked, answers, lang),
            tools: tools_of(&advice, c),
            collapsed: rank >= OPEN_CARDS,
        };
        category_card(&mut categories, &card);
    }
    categories.raw("</section>");

    let mut rest = Markup::new();
    if complete && !advice.experts.is_empty() {
        open_part(&mut rest, SECTION, lang, EXPERTS);
        for (rank, ranked) in advice.experts.iter().enumerate() {
            let Target::Expert(e) = ranked.target else { continue };
            let card = expert_card::Props {
                lang,
                expert: e as usize,
                reasons: reasons(ranked, answers, lang),
                collapsed: rank >= OPEN_CARDS,
                contacts: props.contacts.clone(),
            };
            expert_card(&mut rest, &card);
        }
        rest.raw("</section>");
    }
    if complete && !advice.notes.is_empty() {
        open_part(&mut rest, SECTION, lang, NOTES);
        rest.raw("<ul class=\"kh-notes\">");
        for &n in &advice.notes {
            let note = &rules().notes[n as usize];
            rest.raw("<li class=\"kh-note\"><h3 class=\"kh-note__title\">").text(note.title.get(lang));
            rest.raw("</h3><p>").text(note.text.get(lang)).raw("</p>");
            sources(&mut rest, lang, &note.source);
            rest.raw("</li>");
        }
        rest.raw("</ul></section>");
    }
    if complete {
        figures_panel(&mut rest, lang);
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
