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
use crate::engine::{ACUTE_EXPERTS, Answers, Lang, Presentation, Shown, Str, Target, acts_for_others, present, render_reason};
use crate::ui::links::{Go, StepLink, back_link, step_link};
use crate::ui::markup::{Markup, Part, fold, html as markup, part, sources_list, to_html};
use crate::ui::pages::crisis::call_list;
use crate::ui::parts::category_card::{self, category_card};
use crate::ui::parts::crisis_line::crisis_line;
use crate::ui::parts::expert_card::{self, expert_card};
use crate::ui::parts::figures::figures;
use crate::ui::parts::first_step::first_step;
use crate::ui::parts::share::share;
use crate::ui::text::{T, t};

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
    /// Whether the plan is a step of this app (else its link opens plan.html).
    pub plan_in_app: bool,
    /// The public site (`https://…/`) in a widget; empty on the site itself.
    pub site: AttrValue,
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
/// On a short screen one line, cut off, with "Wijzig" beside it (style.css,
/// issue 34): "Doe dit eerst" stays in the first screen at 320×568. All of
/// it is still there for a screen reader, and on the check page "Wijzig"
/// leads to.
fn situation(lang: Lang, answers: &Answers, change: Option<&StepLink>) -> Markup {
    let roles = answers.roles(rules());
    let answered = rules().questions.iter().enumerate().filter(|&(q, _)| answers.mask(q) != 0);
    markup! {
        p.kh-situation {
            span.kh-situation__text {
                strong { (t(lang, T::Situation)) ":" } " "
                @for (i, (q, question)) in answered.enumerate() {
                    @if i > 0 { " · " }
                    @let mask = answers.mask(q);
                    @for (j, (_, option)) in question.options.iter().enumerate().filter(|(o, _)| mask & (1 << o) != 0).enumerate() {
                        @if j > 0 { ", " }
                        (option.short_for(roles).get(lang))
                    }
                }
                ". "
            }
            @if let Some(link) = change {
                (step_link(Some("kh-situation__change kh-no-print"), link, Go::Step, markup! {
                    (t(lang, T::Change)) span.kh-situation__change-rest { (t(lang, T::ChangeAnswersRest)) }
                }))
            }
        }
    }
}

/// A part of the advice (approaches or experts): the open items as cards,
/// the folded ones under `more` ("Meer aanpakken (3)").
fn items_part(lang: Lang, which: Part, more: T, items: &[&Shown], card: impl Fn(&Shown) -> Markup) -> Markup {
    if items.is_empty() {
        return markup! {};
    }
    let folded: Vec<&&Shown> = items.iter().filter(|i| !i.open).collect();
    let body = markup! {
        @for item in items.iter().filter(|i| i.open) { (card(item)) }
        @if !folded.is_empty() {
            (fold("kh-fold", t(lang, more), Some(folded.len()), markup! { @for item in &folded { (card(item)) } }))
        }
    };
    part(SECTION, lang, which, body)
}

/// The approaches: the open ones as short cards, the rest folded under "Meer
/// aanpakken"; the first `limit` only (the first frame).
fn categories(lang: Lang, site: &str, answers: &Answers, items: &[Shown], limit: usize) -> Markup {
    let roles = answers.roles(rules());
    let stages = rules().question_index(crate::engine::STAGE_QUESTION).map_or(0, |q| answers.mask(q));
    let items: Vec<&Shown> = items.iter().filter(|i| matches!(i.target, Target::Category(_))).take(limit).collect();
    items_part(lang, CATEGORIES, T::MoreCategories, &items, |item| {
        let Target::Category(c) = item.target else { return markup! {} };
        category_card(&category_card::Props {
            lang,
            category: c as usize,
            roles,
            stages,
            reasons: reasons(&item.reasons, answers, lang),
            tools: item.tools.iter().map(|&(t, r)| (t as usize, r)).collect(),
            collapsed: !item.open,
            site,
            success: item.success,
        })
    })
}

/// The experts among `items`: open ones as cards, folded ones under "Meer hulp".
fn experts(props: &Props, items: &[&Shown]) -> Markup {
    let lang = props.lang;
    items_part(lang, EXPERTS, T::MoreExperts, items, |item| {
        let Target::Expert(e) = item.target else { return markup! {} };
        expert_card(&expert_card::Props {
            lang,
            expert: e as usize,
            reasons: reasons(&item.reasons, &props.answers, lang),
            collapsed: !item.open,
            contacts: props.contacts.clone(),
        })
    })
}

/// "Goed om te weten", folded.
fn notes(lang: Lang, notes: &[u16]) -> Markup {
    if notes.is_empty() {
        return markup! {};
    }
    let list = markup! {
        ul.kh-notes {
            @for &n in notes {
                @let note = &rules().notes[n as usize];
                li.kh-note { h3.kh-note__title { (note.title.get(lang)) } p { (note.text.get(lang)) } }
            }
        }
    };
    fold("kh-fold kh-results__notes", t(lang, T::NotesHeading), None, list)
}

/// Every source of what this page shows, once, in one folded list at the end.
fn sources(lang: Lang, shown: &Presentation) -> Markup {
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
    fold("kh-fold kh-results__sources", t(lang, T::Sources), None, sources_list(lang, all))
}

/// The advice: a plain function (the app keeps what little state it has,
/// see `complete`). What shows, in which order, open or folded, is
/// `engine::present`'s.
pub fn view(props: &Props) -> Html {
    let lang = props.lang;
    let answers = &props.answers;
    let shown = present(rules(), answers);
    let complete = props.complete;

    // Three pieces: the top stays as it is when the rest arrives (the h1 has
    // focus), the approaches grow from one card to all.
    let mut top = vec![markup! {
        h1 tabindex="-1" { (t(lang, T::ResultsTitle)) }
        (situation(lang, answers, props.back.as_ref()))
        // Printed, the crisis line is on the first page (on screen it is in the footer).
        div.kh-print-only { (crisis_line(lang, true, None)) }
    }];
    let mut approaches = markup! {};
    let mut rest = Vec::new();
    if shown.acute {
        // Crisis help (the crisis line's item) and the GP open, in the first
        // frame; all work advice folded under "Voor later".
        top.push(markup! {
            section class="kh-results__section kh-crisis-help" aria-labelledby="kh-crisis-first" {
                h2 #kh-crisis-first { (t(lang, T::CrisisFirstHeading)) }
                (call_list(lang, acts_for_others(rules(), answers)))
            }
        });
        let crisis_line = rules().expert_index(ACUTE_EXPERTS[0]);
        let open: Vec<&Shown> = shown
            .experts
            .iter()
            .filter(|e| e.visible() && !matches!(e.target, Target::Expert(i) if Some(i as usize) == crisis_line))
            .collect();
        top.push(experts(props, &open));
        if complete {
            let later: Vec<&Shown> = shown.experts.iter().filter(|e| e.later).collect();
            rest.push(markup! {
                details.kh-later {
                    summary { (t(lang, T::CrisisLaterHeading)) }
                    p { (t(lang, T::CrisisLaterIntro)) }
                    (categories(lang, &props.site, answers, &shown.categories, usize::MAX))
                    (experts(props, &later))
                    (notes(lang, &shown.notes))
                    (figures(lang))
                }
            });
        }
    } else {
        if let Some(step) = shown.first_step {
            top.push(first_step(lang, step));
        }
        approaches = categories(lang, &props.site, answers, &shown.categories, if complete { usize::MAX } else { FIRST_FRAME_CARDS });
        if complete {
            let all: Vec<&Shown> = shown.experts.iter().collect();
            rest.push(experts(props, &all));
            rest.push(notes(lang, &shown.notes));
            rest.push(figures(lang));
        }
    }
    if complete {
        rest.push(sources(lang, &shown));
        // "Maak je plan" after the advice: the primary action, a button-styled
        // link in the row of "Opnieuw beginnen" (secondary; issue 32); start
        // again is the app's (`Go::Restart`).
        let plan = props.plan.as_ref().filter(|_| !shown.acute);
        rest.push(markup! {
            div class="kh-actions kh-no-print" {
                @if let Some(link) = plan {
                    @if props.plan_in_app {
                        (step_link(Some("kh-button kh-plan-link"), link, Go::Step, markup! { (t(lang, T::PlanLink)) }))
                    } @else {
                        a.kh-button.kh-plan-link href=(link.href.as_str()) { (t(lang, T::PlanLink)) }
                    }
                }
                button class="kh-button kh-button--secondary" type="button" data-kh-go=(Go::Restart.attr()) { (t(lang, T::Restart)) }
            }
        });
    }
    let top = crate::ui::markup::join(top);
    html! {
        <div class="kh-results" aria-busy={(!complete).then_some("true")}>
            { to_html(back_link(lang, props.back.as_ref())) }
            { to_html(top) }
            if let Some(link) = &props.share {
                { to_html(share(lang, link)) }
            }
            { to_html(approaches) }
            if complete {
                { to_html(crate::ui::markup::join(rest)) }
            }
        </div>
    }
}
