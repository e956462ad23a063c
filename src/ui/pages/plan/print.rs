//! The printed plan (issue 32): what someone hands over to a manager or a
//! company doctor. The page's h1 is its title; then the date and the
//! situation in the user's words (else their answers), the items as a table
//! (what, who, when, done), the notes chosen for sharing; the crisis line is
//! the page's footer. Only the shared parts (`Plan::shared`), no URL and no
//! form. A maud template: shown in print only (`.kh-print-only`, plan.css
//! keeps it to two A4 pages).

use crate::content::rules;
use crate::engine::{Answers, Lang};
use crate::ui::checkin::Day;
use crate::ui::markup::{Markup, html};
use crate::ui::plan::{self, Form, Plan};
use crate::ui::text::{T, t};

/// `plan` must be the shared plan.
pub fn view(lang: Lang, form: Form, answers: &Answers, plan: &Plan, today: Day) -> Markup {
    let flag = |text: &str| plan.from_link && plan::suspect(text);
    let r = rules();
    let roles = answers.roles(r);
    let chosen: Vec<&str> = (0..r.questions.len())
        .filter(|&q| answers.is_answered(q))
        .flat_map(|q| {
            let mask = answers.mask(q);
            r.questions[q].options.iter().enumerate().filter(move |(o, _)| mask & (1 << o) != 0).map(move |(_, o)| o.label_for(roles).get(lang))
        })
        .collect();
    let labels = plan::field_labels(form);
    let talk = plan::talk_labels(form);
    let notes: Vec<(T, &String)> = talk.map(|l| l.into_iter().zip(plan.talk.iter()).filter(|(_, text)| !text.is_empty()).collect()).unwrap_or_default();
    html! {
        div class="kh-print-only kh-plan__print" {
            p.kh-plan__print-meta { (t(lang, T::PrintMadeOn)) " " (today.long(lang)) }
            @if !plan.situation.is_empty() {
                p.kh-plan__print-situation { (quoted(&plan.situation, flag(&plan.situation), lang)) }
            } @else if !chosen.is_empty() {
                p.kh-plan__print-situation { (chosen.join(" · ")) }
            }
            @if !plan.items.is_empty() {
                table.kh-plan__table {
                    thead { tr {
                        th scope="col" { (t(lang, T::PrintWhat)) }
                        th scope="col" { (t(lang, T::PrintWho)) }
                        th scope="col" { (t(lang, T::PrintWhen)) }
                        th scope="col" { (t(lang, T::PrintDone)) }
                    } }
                    tbody {
                        @for item in &plan.items {
                            tr {
                                td {
                                    (quoted(&item.fields[0], flag(&item.fields[0]), lang))
                                    @if !item.fields[3].is_empty() {
                                        br; span.kh-plan__print-how { (t(lang, labels[3])) " " (quoted(&item.fields[3], flag(&item.fields[3]), lang)) }
                                    }
                                }
                                td { (quoted(&item.fields[1], flag(&item.fields[1]), lang)) }
                                td { (quoted(&item.fields[2], flag(&item.fields[2]), lang)) }
                                td { (t(lang, if item.done { T::PrintYes } else { T::PrintNotYet })) }
                            }
                        }
                    }
                }
            }
            @if !notes.is_empty() {
                h2.kh-plan__print-heading { (t(lang, T::TalkHeading)) }
                dl.kh-plan__print-notes {
                    @for (label, text) in &notes {
                        dt { (t(lang, *label)) }
                        dd { (quoted(text, flag(text), lang)) }
                    }
                }
            }
        }
    }
}

/// A text as typed; text from a link that reads like a crisis line in
/// quotes, with a note that it is not ours.
fn quoted(text: &str, suspect: bool, lang: Lang) -> Markup {
    html! {
        @if suspect {
            span.kh-plan__print-suspect { "“" (text) "” " em { "(" (t(lang, T::PlanSuspectPrint)) ")" } }
        } @else {
            (text)
        }
    }
}
