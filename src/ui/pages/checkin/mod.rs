//! The check-in ("Terugblik", `stap=terugblik`, issue 32): opened from the
//! calendar reminder's link, it reads the plan from the link and asks three
//! things: how it goes now compared with then, whether the agreed steps
//! happened, whether someone is in danger now. What comes next is
//! `checkin::route`'s; a danger answer goes to "Hulp nu" at once
//! (`pages::plan::events::dispatch`). Radios in `html!`, controlled by the
//! plan's `review` (nothing is kept: the answers live in the page only).
//! In the words of the role: one's own plan, a team member's (a manager),
//! a team's or colleagues' (HR, employer, works council).

use yew::prelude::*;

use crate::engine::{Answers, Lang};
use crate::ui::checkin::{self, Compared, Day, Next, Now, Steps};
use crate::ui::links::{Go, StepLink};
use crate::ui::markup::{html as markup, to_html};
use crate::ui::pages::plan::events::{compared_value, steps_value};
use crate::ui::plan::{self, Field, Form, Plan, Refusal};
use crate::ui::text::{T, t};

pub struct Props<'a> {
    pub lang: Lang,
    pub answers: &'a Answers,
    pub plan: &'a Plan,
    pub back: Option<StepLink>,
    /// The plan page, with this plan.
    pub plan_link: StepLink,
    pub now: Now,
}

/// The page's title for these answers.
pub fn title(lang: Lang, answers: &Answers) -> &'static str {
    t(lang, if matches!(plan::form(answers), Form::Personal { .. }) { T::CheckInTitle } else { T::CheckInTitleOthers })
}

/// What the page says for `next` in this form.
pub fn advice(form: Form, next: Next) -> T {
    let personal = matches!(form, Form::Personal { .. });
    match next {
        Next::HelpNow => T::CrisisHeading,
        Next::KeepGoing if personal => T::CheckInKeepGoing,
        Next::KeepGoing => T::CheckInKeepGoingOthers,
        Next::GiveItTime if personal => T::CheckInGiveItTime,
        Next::GiveItTime => T::CheckInGiveItTimeOthers,
        Next::SeeDoctor => match form {
            Form::Personal { self_employed: true } => T::CheckInSeeDoctorZzp,
            Form::Personal { .. } => T::CheckInSeeDoctor,
            Form::Manager => T::CheckInSeeDoctorManager,
            Form::Organisation => T::CheckInSeeDoctorOrganisation,
        },
    }
}

pub fn view(props: &Props) -> Html {
    let lang = props.lang;
    let form = plan::form(props.answers);
    let review = props.plan.review;
    let since = props.plan.since.and_then(Day::from_number);
    let weeks = since.map(|d| d.weeks_until(props.now.today));
    let next = checkin::route(&review, weeks);
    let personal = matches!(form, Form::Personal { .. });
    let compared_q = match form {
        Form::Personal { .. } => T::CheckInCompared,
        Form::Manager => T::CheckInComparedManager,
        Form::Organisation => T::CheckInComparedOrganisation,
    };
    let danger_q = if personal { T::CheckInDanger } else { T::CheckInDangerOthers };
    let radios = |name: &'static str, legend: T, options: Vec<(&'static str, T, bool)>| {
        html! {
            <fieldset class="kh-fieldset kh-checkin__question">
                <legend class="kh-plan__legend">{ t(lang, legend) }</legend>
                { for options.into_iter().map(|(value, label, checked)| {
                    let id = format!("kh-review-{name}-{value}");
                    html! {
                        <div class="kh-plan__done">
                            <input type="radio" id={id.clone()} name={format!("kh-review-{name}")} value={value} {checked} data-kh-review={name} />
                            <label for={id}>{ t(lang, label) }</label>
                        </div>
                    }
                }) }
            </fieldset>
        }
    };
    let compared = checkin::Answers::COMPARED.map(|c| {
        let label = match c {
            Compared::Better => T::CheckInBetter,
            Compared::Same => T::CheckInSame,
            Compared::Worse => T::CheckInWorse,
        };
        (compared_value(c), label, review.compared == Some(c))
    });
    let steps = checkin::Answers::STEPS.map(|s| {
        let label = match s {
            Steps::Done => T::CheckInStepsDone,
            Steps::Partly => T::CheckInStepsPartly,
            Steps::NotDone => T::CheckInStepsNot,
        };
        (steps_value(s), label, review.steps == Some(s))
    });
    let danger = vec![("nee", T::CheckInNo, review.danger == Some(false)), ("ja", T::CheckInYes, review.danger == Some(true))];
    let shown_items: Vec<Html> = props
        .plan
        .items
        .iter()
        .filter(|i| !i.fields[0].is_empty())
        .map(|i| {
            let what = if props.plan.from_link && plan::suspect(&i.fields[0]) {
                format!("“{}” ({})", i.fields[0], t(lang, T::PlanSuspectPrint))
            } else {
                i.fields[0].clone()
            };
            html! { <li>{ what }{ if i.done { format!(" ({})", t(lang, T::PlanDone)) } else { String::new() } }</li> }
        })
        .collect();
    let too_long = props.plan.refused == Some(Refusal::TooLong(Field::New));
    let full = props.plan.refused == Some(Refusal::TooMany);
    let stalled = matches!(review.steps, Some(Steps::Partly | Steps::NotDone));
    let outcome = next.filter(|n| *n != Next::HelpNow).map(|n| {
        to_html(markup! {
            div.kh-checkin__outcome role="status" {
                p { strong { (t(lang, advice(form, n))) } }
                @if stalled { p { (t(lang, T::CheckInStepsStalled)) } }
                @if n != Next::KeepGoing {
                    p.kh-checkin__source {
                        (t(lang, T::CheckInGuideline)) " "
                        // (A new window: the check-in's answers are in this page only.)
                        (crate::ui::markup::external(lang, "https://www.henw.org/artikelen/nhg-standaard-overspanning-en-burn-out", "NHG (2018)"))
                    }
                }
            }
        })
    });
    html! {
        <div class="kh-plan kh-checkin">
            if let Some(back) = &props.back {
                <a class="kh-back-link kh-no-print" href={back.href.clone()} data-kh-go={Go::Step.attr()}>{ t(lang, T::Back) }</a>
            }
            <h1 tabindex="-1">{ title(lang, props.answers) }</h1>
            if props.plan.from_link && props.plan.has_suspect_text() {
                <p class="kh-plan__from-link"><strong>{ t(lang, T::PlanFromLink) }</strong></p>
            }
            if let Some(day) = since {
                <p>{ t(lang, T::CheckInSince).replacen("{date}", &day.long(lang), 1) }</p>
            }
            <p>{ t(lang, T::CheckInIntro) }</p>
            { radios("compared", compared_q, compared.to_vec()) }
            { radios("steps", T::CheckInSteps, steps.to_vec()) }
            { radios("danger", danger_q, danger) }
            { for outcome }
            <div class="kh-field">
                <label class="kh-field__label" for={Field::New.id()}>{ t(lang, T::CheckInNew) }</label>
                <textarea id={Field::New.id()} class="kh-input kh-plan__text" rows="3" value={props.plan.review_new.clone()} data-kh-plan-field="" aria-describedby={too_long.then_some("kh-plan-new-error")} />
                if too_long {
                    <p id="kh-plan-new-error" class="kh-plan__error" role="alert">{ t(lang, T::PlanTooLong) }</p>
                }
                if full {
                    <p class="kh-plan__error" role="alert">{ t(lang, T::PlanTooMany) }</p>
                }
                <button type="button" id="kh-plan-add-new" class="kh-button kh-button--secondary" data-kh-plan-add-new="">{ t(lang, T::CheckInAddNew) }</button>
            </div>
            if !shown_items.is_empty() {
                <h2>{ t(lang, T::CheckInPlanHeading) }</h2>
                <ul class="kh-checkin__plan">{ for shown_items }</ul>
            }
            <p><a class="kh-button" href={props.plan_link.href.clone()} data-kh-go={Go::Step.attr()}>{ t(lang, T::CheckInToPlan) }</a></p>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::rules;
    use crate::ui::state::Step;

    #[derive(PartialEq, Properties)]
    struct Wrap {
        answers: String,
        plan: Plan,
        lang: Lang,
    }

    #[component]
    fn Page(w: &Wrap) -> Html {
        let answers = Answers::parse(rules(), &w.answers).0;
        let plan_link = StepLink { href: "#stap=plan".into(), step: Step::Plan };
        view(&Props { lang: w.lang, answers: &answers, plan: &w.plan, back: None, plan_link, now: checkin::now() })
    }

    fn render(answers: &str, plan: Plan, lang: Lang) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(async { yew::LocalServerRenderer::<Page>::with_props(Wrap { answers: answers.into(), plan, lang }).hydratable(false).render().await })
    }

    const WORKER: &str = "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk";
    const MANAGER: &str = "rol=leidinggevende&sector=ict&omvang=groot&niveau=team&fase=signalen&factoren=werkdruk";
    const HR: &str = "rol=hr&sector=ict&omvang=groot&niveau=organisatie&fase=signalen&factoren=werkdruk";

    fn answered(plan: &str, compared: Compared, steps: Steps) -> Plan {
        let mut plan = Plan::decode(plan);
        plan.review = checkin::Answers { compared: Some(compared), steps: Some(steps), danger: Some(false) };
        plan
    }

    #[test]
    fn the_plan_comes_from_the_link_and_the_outcome_follows_the_route_in_the_role_s_words() {
        // Six weeks ago (the native now is 7 December 2026).
        let plan = "$0.20261026*~1*Elke+week+wandelen~0*Gesprek+met+teamleider";
        let html = render(WORKER, Plan::decode(plan), Lang::Nl);
        assert!(html.contains("Elke week wandelen") && html.contains("Gesprek met teamleider"), "the plan from the link: {html}");
        assert!(html.contains("Het plan is van 26 oktober 2026."));
        assert!(html.contains("Hoe gaat het nu, vergeleken met toen?") && html.contains("Denk je aan zelfdoding"));
        assert!(!html.contains("kh-checkin__outcome"), "nothing said before the answers");
        assert!(html.contains("Is er iets nieuws?") && html.contains("id=\"kh-plan-add-new\""), "anything new, to put in the plan");
        let same = render(WORKER, answered(plan, Compared::Same, Steps::NotDone), Lang::Nl);
        assert!(same.contains("Maak een afspraak met de bedrijfsarts of met je huisarts") && same.contains("NHG-Standaard"), "{same}");
        assert!(same.contains("Wat zat in de weg?"));
        let better = render(WORKER, answered(plan, Compared::Better, Steps::Done), Lang::Nl);
        assert!(better.contains("Ga door met je plan") && !better.contains("bedrijfsarts"));
        // Two weeks: the same is given time.
        let early = "$0.20261123*~0*Wandelen";
        let html = render(WORKER, answered(early, Compared::Same, Steps::Done), Lang::En);
        assert!(html.contains("no difference yet is normal"), "{html}");
        let html = render("rol=zzp&sector=ict&niveau=individu&fase=signalen&factoren=werkdruk", answered(early, Compared::Worse, Steps::Done), Lang::Nl);
        assert!(html.contains("afspraak met je huisarts") && !html.contains("bedrijfsarts"), "the self-employed: the GP");
        // A manager checks in on a team member, HR on a team.
        let html = render(MANAGER, answered(plan, Compared::Worse, Steps::Partly), Lang::Nl);
        assert!(html.contains("met je medewerker, vergeleken met toen") && html.contains("Wijs je medewerker op de bedrijfsarts") && html.contains("iemand zichzelf of een ander"), "{html}");
        let html = render(HR, answered(plan, Compared::Worse, Steps::Done), Lang::En);
        assert!(html.contains("team or colleagues") && html.contains("occupational health service"), "{html}");
        assert!(title(Lang::Nl, &Answers::parse(rules(), HR).0) == "Terugblik op het plan");
    }
}
