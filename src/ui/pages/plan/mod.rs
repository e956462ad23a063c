//! "Maak je plan" (issue 20): the advice as a plan to tick, edit and add to,
//! the conversation guide, and keeping the plan (download, print, open a
//! downloaded plan). Issue 32: each part shared or for me only (what is
//! copied, downloaded, printed and put in a calendar is `Plan::shared`), a
//! print of its own (`print.rs`), a calendar reminder whose link opens the
//! check-in (`pages::checkin`), and a plan from a link marked as such, its
//! crisis-like text flagged under our crisis line. `html!` with controlled inputs (`value`, `checked`): yew
//! sets a value only when it differs from the DOM's, so a field keeps its
//! node, focus and cursor while the user types.
//!
//! A plain function, not a component of its own, and without keys or hooks
//! (as a component with its own hooks and a keyed list it cost the wasm 1.9 KB
//! brotli more, measured). Everything it needs (the plan and what was last
//! refused) is the app's state (`State::plan`, in the fragment). No yew
//! listeners either (they leak per widget mount, and their machinery costs
//! the wasm about 4 KB brotli): its events reach [`events`] through the app
//! root's listeners, found by `data-kh-plan-*` attributes and the fields' ids.

pub mod events;
pub mod print;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Answers, Lang};
use crate::ui::checkin::{Day, Now};
use crate::ui::links::{Go, StepLink};
use crate::ui::markup::to_html;
use crate::ui::parts::crisis_line::crisis_line;
use crate::ui::plan::{self, FIELDS, Field, Form, MAX_ITEMS, Part, Plan, Refusal};
use crate::ui::state::Step;
use crate::ui::text::{T, letter_title, t};
use crate::ui::url;

/// The downloaded file's name.
const FILE_NAME: &str = "keuzehulp-plan.txt";
/// The calendar file's name.
const ICS_NAME: &str = "keuzehulp-terugblik.ics";
/// The reminders suggested: in two and in six weeks (days).
pub const SUGGESTED_DAYS: [i64; 2] = [14, 42];

pub struct Props {
    pub lang: Lang,
    pub answers: Answers,
    /// The plan as it is now (the advice's suggestion until changed).
    pub plan: Rc<Plan>,
    pub back: Option<StepLink>,
    /// The page's address without its fragment (the shared link, the file's
    /// and the calendar's links start with it).
    pub base: String,
    /// The "Hulp nu" page.
    pub crisis: StepLink,
    /// Today and the time (the print's date, the reminder's days).
    pub now: Now,
}

/// The link that opens `plan` at `step` (what is shared: `plan.shared()`).
pub fn link_to(base: &str, answers: &Answers, lang: Lang, step: Step, plan: &Plan) -> String {
    let mut fragment = url::fragment(rules(), answers, step, lang);
    plan::append(&mut fragment, Some(plan));
    format!("{base}#{fragment}")
}

/// The day the reminder is for: the one chosen, else in two weeks.
pub fn remind_day(plan: &Plan, now: Now) -> Day {
    Day::from_iso(&plan.remind_on).filter(|d| *d > now.today).unwrap_or(Day(now.today.0 + SUGGESTED_DAYS[0]))
}

/// The calendar file for the reminder on [`remind_day`]; its link opens the
/// check-in with the shared plan, dated today.
pub fn calendar_file(lang: Lang, form: Form, answers: &Answers, plan: &Plan, base: &str, now: Now) -> String {
    let mut shared = plan.shared();
    shared.since = Some(now.today.number());
    let url = link_to(base, answers, lang, Step::CheckIn, &shared);
    let summary = match form {
        Form::Personal { .. } => T::RemindSummaryPersonal,
        Form::Manager => T::RemindSummaryManager,
        Form::Organisation => T::RemindSummaryOrganisation,
    };
    let description = t(lang, T::RemindDescription).replacen("{date}", &now.today.long(lang), 1);
    crate::ui::calendar::ics(&crate::ui::calendar::Event { day: remind_day(plan, now), summary: t(lang, summary), description: &description, url: &url, now })
}

pub fn plan_page(props: &Props) -> Html {
    let lang = props.lang;
    let form = plan::form(&props.answers);
    let plan = &props.plan;
    let flag = |text: &str| plan.from_link && plan::suspect(text);
    let text_field = |field: Field, label: T, value: &str, multiline: bool| {
        let error = (plan.refused == Some(Refusal::TooLong(field))).then(|| t(lang, T::PlanTooLong));
        text_input(field.id(), t(lang, label), value, multiline, error, flag(value).then(|| t(lang, T::PlanSuspect)))
    };
    let share_box = |part: Part| {
        let id = part.id();
        html! {
            <div class="kh-plan__done kh-plan__share">
                <input type="checkbox" id={id.clone()} checked={plan.is_shared(part)} data-kh-plan-share="" />
                <label for={id}>{ t(lang, T::PlanShared) }</label>
            </div>
        }
    };

    let labels = plan::field_labels(form);
    let items = plan.items.iter().enumerate().map(|(n, item)| {
        let key = item.key;
        let done_id = format!("kh-plan-{key}-done");
        html! {
            <li class="kh-plan__item">
                <fieldset class="kh-plan__fieldset">
                    <legend class="kh-plan__legend">{ format!("{} {}", t(lang, T::PlanItem), n + 1) }</legend>
                    <div class="kh-plan__done">
                        <input type="checkbox" id={done_id.clone()} checked={item.done} data-kh-plan-done={key.to_string()} />
                        <label for={done_id}>{ t(lang, T::PlanDone) }</label>
                    </div>
                    { for (0..FIELDS).map(|f| text_field(Field::Item(key, f), labels[f], &item.fields[f], f == 0 || f == 3)) }
                    { share_box(Part::Item(key)) }
                    <button type="button" class="kh-button kh-button--secondary kh-plan__remove" data-kh-plan-remove={key.to_string()}>{ t(lang, T::PlanRemove) }</button>
                </fieldset>
            </li>
        }
    });

    let talk = plan::talk_labels(form).map(|labels| {
        let (intro, private) = match form {
            Form::Manager => (T::TalkIntroManager, T::TalkPrivateManager),
            Form::Personal { self_employed: true } => (T::TalkIntroZzp, T::TalkPrivate),
            _ => (T::TalkIntro, T::TalkPrivate),
        };
        html! {
            <section class="kh-plan__talk kh-no-print" aria-labelledby="kh-plan-talk">
                <h2 id="kh-plan-talk">{ t(lang, T::TalkHeading) }</h2>
                <p>{ t(lang, intro) }</p>
                <p class="kh-plan__private">{ t(lang, private) }</p>
                { for (0..3).map(|n| html! {
                    <div class="kh-plan__note">
                        { text_field(Field::Talk(n), labels[n], &plan.talk[n], true) }
                        { share_box(Part::Talk(n)) }
                    </div>
                }) }
            </section>
        }
    });
    let notice = match plan.refused {
        Some(Refusal::TooMany) => Some(T::PlanTooMany),
        Some(Refusal::NotAPlan) => Some(T::PlanOpenFailed),
        _ => None,
    };
    let shared = plan.shared();
    let file_link = link_to(&props.base, &props.answers, lang, Step::Plan, &shared);
    let text = plan::to_text(lang, form, &shared, Some(&file_link));
    let (items_shared, notes_shared) = plan.shared_counts();
    let share_sentence = t(lang, T::PlanShareSentence).replacen("{items}", &items_shared.to_string(), 1).replacen("{notes}", &notes_shared.to_string(), 1);
    let sources = ["002_", "003_", "000_"].map(|f| letter_title(lang, f).unwrap_or_default()).join("; ");
    // Crisis help first: in an acute crisis, and when the plan holds text
    // from a link that reads like a crisis line (ours stays above it).
    let crisis_first = crate::engine::is_acute(rules(), &props.answers) || (plan.from_link && plan.has_suspect_text());
    let situation_label = match form {
        Form::Personal { .. } => T::SituationPersonal,
        Form::Manager => T::SituationManager,
        Form::Organisation => T::SituationOrganisation,
    };
    let remind = remind_day(plan, props.now);
    let ics = calendar_file(lang, form, &props.answers, plan, &props.base, props.now);
    let suggestions = SUGGESTED_DAYS.map(|days| Day(props.now.today.0 + days));

    html! {
        <div class="kh-plan">
            if let Some(back) = &props.back {
                <a class="kh-back-link kh-no-print" href={back.href.clone()} data-kh-go={Go::Step.attr()}>{ t(lang, T::Back) }</a>
            }
            <h1 tabindex="-1">{ t(lang, T::PlanTitle) }</h1>
            if crisis_first {
                <div class="kh-plan__crisis kh-no-print">{ to_html(crisis_line(lang, false, Some(&props.crisis))) }</div>
            }
            if plan.from_link {
                <p class="kh-plan__from-link kh-no-print"><strong>{ t(lang, T::PlanFromLink) }</strong></p>
            }
            <div class="kh-no-print">
                <p>{ t(lang, if form == Form::Organisation { T::PlanIntroRie } else { T::PlanIntro }) }</p>
                <p>{ t(lang, T::PlanPrivacy) }</p>
                <p>{ t(lang, T::PlanLimits).replacen("{n}", &MAX_ITEMS.to_string(), 1) }</p>
                { text_field(Field::Situation, situation_label, &plan.situation, true) }
                { share_box(Part::Situation) }
                <ol class="kh-plan__items">{ for items }</ol>
                if let Some(notice) = notice {
                    <p class="kh-plan__error" role="alert">{ t(lang, notice) }</p>
                }
                <button type="button" id="kh-plan-add" class="kh-button kh-button--secondary" data-kh-plan-add="">{ t(lang, T::PlanAdd) }</button>
            </div>
            { for talk }
            <section class="kh-plan__keep kh-share kh-no-print" aria-labelledby="kh-plan-keep" data-kh-link={link_to(&props.base, &props.answers, lang, Step::Plan, &shared)}>
                <h2 id="kh-plan-keep">{ t(lang, T::PlanKeep) }</h2>
                <p class="kh-plan__share-sentence">{ share_sentence }</p>
                <div class="kh-actions">
                    <button type="button" class="kh-button" data-kh-go={Go::Share.attr()}>{ t(lang, T::PlanCopy) }</button>
                    <a class="kh-button kh-button--secondary" href={plan::data_url(&text)} download={FILE_NAME}>{ t(lang, T::PlanDownload) }</a>
                    <button type="button" class="kh-button kh-button--secondary" data-kh-go={Go::Print.attr()}>{ t(lang, T::Print) }</button>
                </div>
                <p class="kh-share__status" role="status" aria-live="polite"></p>
                <p class="kh-share__field" hidden={true}>
                    <label for="kh-share-link">{ t(lang, T::PlanLinkLabel) }</label>
                    <input id="kh-share-link" class="kh-input" type="text" readonly={true} value={link_to(&props.base, &props.answers, lang, Step::Plan, &shared)} />
                </p>
                <div class="kh-field">
                    <label class="kh-field__label" for="kh-plan-file">{ t(lang, T::PlanOpen) }</label>
                    <input type="file" id="kh-plan-file" class="kh-plan__file" accept=".txt,text/plain" data-kh-plan-file="" />
                </div>
            </section>
            <section class="kh-plan__remind kh-no-print" aria-labelledby="kh-plan-remind">
                <h2 id="kh-plan-remind">{ t(lang, T::RemindHeading) }</h2>
                <p>{ t(lang, T::RemindIntro) }</p>
                <div class="kh-actions">
                    { for suggestions.iter().zip([T::RemindTwoWeeks, T::RemindSixWeeks]).map(|(day, label)| html! {
                        <button type="button" class="kh-button kh-button--secondary" data-kh-plan-remind={day.iso()} aria-pressed={if remind == *day { "true" } else { "false" }}>
                            { format!("{} ({})", t(lang, label), day.long(lang)) }
                        </button>
                    }) }
                </div>
                <div class="kh-field">
                    <label class="kh-field__label" for="kh-plan-remind-day">{ t(lang, T::RemindDay) }</label>
                    <input type="date" id="kh-plan-remind-day" class="kh-input kh-plan__date" min={Day(props.now.today.0 + 1).iso()} value={remind.iso()} data-kh-plan-remind-day="" />
                </div>
                <a class="kh-button" href={plan::data_url_of("text/calendar", &ics)} download={ICS_NAME}>{ t(lang, T::RemindButton) }</a>
            </section>
            <p class="kh-plan__sources kh-no-print">{ format!("{}: {sources}", t(lang, T::Sources)) }</p>
            { to_html(print::view(lang, form, &props.answers, &shared, props.now.today)) }
        </div>
    }
}

/// A labelled text field (a textarea when `multiline`), with its error message.
fn text_input(id: String, label: &'static str, value: &str, multiline: bool, error: Option<&'static str>, warning: Option<&'static str>) -> Html {
    let error_id = format!("{id}-error");
    let warning_id = format!("{id}-warning");
    let described = match (error, warning) {
        (Some(_), Some(_)) => Some(AttrValue::from(format!("{error_id} {warning_id}"))),
        (Some(_), None) => Some(AttrValue::from(error_id.clone())),
        (None, Some(_)) => Some(AttrValue::from(warning_id.clone())),
        (None, None) => None,
    };
    let invalid = error.map(|_| "true");
    let value = AttrValue::from(value.to_string());
    html! {
        <div class="kh-field">
            <label class="kh-field__label" for={id.clone()}>{ label }</label>
            if let Some(error) = error {
                <p id={error_id} class="kh-plan__error" role="alert">{ error }</p>
            }
            if multiline {
                <textarea {id} class="kh-input kh-plan__text" rows="3" {value} data-kh-plan-field="" aria-describedby={described} aria-invalid={invalid} />
            } else {
                <input {id} class="kh-input" type="text" {value} data-kh-plan-field="" aria-describedby={described} aria-invalid={invalid} />
            }
            if let Some(warning) = warning {
                <p id={warning_id} class="kh-plan__suspect">{ warning }</p>
            }
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::rules;

    #[derive(PartialEq, Properties)]
    struct Wrap {
        answers: String,
        plan: Option<Plan>,
        lang: Lang,
    }

    #[component]
    fn Page(w: &Wrap) -> Html {
        let answers = Answers::parse(rules(), &w.answers).0;
        let plan = w.plan.clone().unwrap_or_else(|| Plan::from_advice(&answers, w.lang));
        let crisis = StepLink { href: "#stap=hulp-nu".into(), step: Step::Crisis };
        plan_page(&Props { lang: w.lang, answers, plan: Rc::new(plan), back: None, base: "https://example.org/plan.html".into(), crisis, now: crate::ui::checkin::now() })
    }

    fn render(props: Wrap) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(async { yew::LocalServerRenderer::<Page>::with_props(props).hydratable(false).render().await })
    }

    fn props(answers: &str, plan: Option<Plan>, lang: Lang) -> Wrap {
        Wrap { answers: answers.into(), plan, lang }
    }

    const WORKER: &str = "rol=werknemer&sector=ict&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk";

    #[test]
    fn typed_text_is_escaped_and_every_control_is_labelled() {
        let mut plan = Plan::default();
        plan.add().unwrap();
        plan.set_field(0, 0, "<script>alert(1)</script> & \"quotes\"").unwrap();
        let html = render(props(WORKER, Some(plan), Lang::Nl));
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped in the print view: {html}");
        for id in ["kh-plan-0-0", "kh-plan-0-1", "kh-plan-0-2", "kh-plan-0-3", "kh-plan-0-done", "kh-plan-talk-0", "kh-plan-file"] {
            assert!(html.contains(&format!("for=\"{id}\"")) && html.contains(&format!("id=\"{id}\"")), "{id} has a label");
        }
        assert!(html.contains("Gesprek voorbereiden") && html.contains("privé"));
        assert!(html.contains("download=\"keuzehulp-plan.txt\"") && html.contains("href=\"data:text/plain;charset=utf-8,"));
    }

    #[test]
    fn the_form_follows_the_role() {
        let html = render(props("rol=hr&sector=ict&omvang=groot&niveau=organisatie&fase=signalen&factoren=werkdruk", None, Lang::En));
        assert!(html.contains("Measure") && html.contains("Owner") && html.contains("Deadline"), "{html}");
        assert!(!html.contains("Prepare the conversation"), "no conversation guide for HR");
        let html = render(props("rol=leidinggevende&sector=ict&omvang=groot&niveau=team&fase=signalen&factoren=werkdruk", None, Lang::Nl));
        assert!(html.contains("Hoe begin ik het gesprek?") && !html.contains("Maatregel"));
        let html = render(props(WORKER, None, Lang::Nl));
        assert!(html.contains("Wat helpt mij om goed te werken?") && html.contains("Punt 1"), "seeded from the advice: {html}");
    }

    /// The attack of issue 28 item 4: a link that puts a fake crisis line in
    /// item 1 (its exact link, with our number in it, is in
    /// tests/browser/followup.test.mjs; no crisis number is written in src/).
    const ATTACK: &str = "~0*Crisislijn+gewijzigd%3A+bel+0900+123+45+67+(de+oude+lijn+is+afgeschaft)";

    #[test]
    fn a_plan_from_a_link_is_marked_and_its_crisis_like_text_is_under_ours_and_flagged() {
        let plan = Plan::decode(ATTACK);
        assert!(plan.from_link && plan.has_suspect_text());
        let fake = "Crisislijn gewijzigd: bel 0900 123 45 67 (de oude lijn is afgeschaft)";
        assert_eq!(plan.items[0].fields[0], fake);
        for answers in [WORKER, &WORKER.replace("fase=signalen", "fase=acuut")] {
            let html = render(props(answers, Some(plan.clone()), Lang::Nl));
            let ours = html.find("kh-crisis-heading").expect("our crisis line on the page");
            let theirs = html.find(fake).expect("their text, as a field's value");
            assert!(ours < theirs, "our crisis line comes first: {html}");
            assert!(html.contains("Dit plan komt uit een link. Controleer het."), "{html}");
            assert!(html.contains("kh-plan__suspect") && html.contains("Hij komt uit de link, niet van de keuzehulp"), "flagged under the field");
            assert!(html.contains("aria-describedby=\"kh-plan-0-0-warning\""), "the field is described by its warning");
            // In print, quoted and marked as not ours.
            let print = &html[html.find("kh-plan__print\"").unwrap()..];
            assert!(print.contains(&format!("“{fake}”")) && print.contains("niet van de keuzehulp"), "{print}");
            let html = render(props(answers, Some(plan.clone()), Lang::En));
            assert!(html.contains("This plan comes from a link. Check it."));
        }
        // The plan made here from the advice is not marked, and has no crisis box above it.
        let html = render(props(WORKER, None, Lang::Nl));
        assert!(!html.contains("komt uit een link") && !html.contains("kh-plan__crisis"), "{html}");
        // At acuut the crisis help comes first, link or not.
        let html = render(props(&WORKER.replace("fase=signalen", "fase=acuut"), Some(Plan::default()), Lang::Nl));
        let h1 = html.find("<h1").unwrap();
        let crisis = html.find("kh-crisis-heading").expect("crisis help at acuut");
        let first_field = html.find("kh-plan-situation").unwrap();
        assert!(h1 < crisis && crisis < first_field, "{html}");
        // A plan from a link without such text: marked, but no extra crisis box.
        let html = render(props(WORKER, Some(Plan::decode("~0*Elke+week+een+wandeling")), Lang::Nl));
        assert!(html.contains("komt uit een link") && !html.contains("kh-plan__crisis") && !html.contains("kh-plan__suspect"));
    }

    fn print_of(html: &str) -> &str {
        &html[html.find("kh-print-only kh-plan__print").expect("the print")..]
    }

    #[test]
    fn private_parts_stay_out_of_the_print_the_link_and_the_file_unless_chosen() {
        let mut plan = Plan::from_advice(&Answers::parse(rules(), WORKER).0, Lang::Nl);
        plan.set_talk(0, "Ik slaap slecht").unwrap();
        plan.set(Field::Situation, "Drukke diensten sinds de reorganisatie").unwrap();
        plan.add().unwrap();
        let secret_key = plan.items.last().unwrap().key;
        plan.set_field(secret_key, 0, "Geheim punt voor mezelf").unwrap();
        plan.set_shared(Part::Item(secret_key), false);
        let html = render(props(WORKER, Some(plan.clone()), Lang::Nl));
        let print = print_of(&html);
        assert!(!print.contains("Ik slaap slecht") && !print.contains("Geheim punt"), "private by default: {print}");
        assert!(print.contains("Drukke diensten") && print.contains("<table") && print.contains("Gemaakt op 7 december 2026"), "{print}");
        assert!(!print.contains("http"), "no URL in the print");
        let link = html.split("data-kh-link=\"").nth(1).unwrap().split('"').next().unwrap();
        assert!(!link.contains("slaap") && !link.contains("Geheim"), "{link}");
        let file = html.split("href=\"data:text/plain;charset=utf-8,").nth(1).unwrap().split('"').next().unwrap();
        let file = crate::engine::percent_decode(file);
        assert!(!file.contains("Ik slaap slecht") && !file.contains("Geheim punt") && file.contains("Drukke diensten"), "{file}");
        assert!(html.contains("nu 4 punten en 0 notities") || html.contains("punten en 0 notities"), "the sentence counts what is shared");
        // Chosen: in the print, the link and the file.
        plan.set_shared(Part::Talk(0), true);
        let html = render(props(WORKER, Some(plan.clone()), Lang::Nl));
        assert!(print_of(&html).contains("Ik slaap slecht"));
        assert!(html.contains("en 1 notities"));
        let link = html.split("data-kh-link=\"").nth(1).unwrap().split('"').next().unwrap();
        assert!(link.contains("Ik+slaap+slecht"), "{link}");
        // The calendar file's link opens the check-in with the shared plan, dated today.
        let ics = html.split("href=\"data:text/calendar;charset=utf-8,").nth(1).unwrap().split('"').next().unwrap();
        let ics = crate::engine::percent_decode(ics);
        let unfolded = ics.replace("\r\n ", "");
        let url = unfolded.lines().find_map(|l| l.strip_prefix("URL:")).unwrap();
        assert!(url.starts_with("https://example.org/plan.html#") && url.contains("stap=terugblik"), "{url}");
        let parsed = crate::ui::url::parse(rules(), url.split_once('#').unwrap().1);
        assert_eq!(parsed.step, Some(Step::CheckIn));
        let back = parsed.plan.unwrap();
        assert_eq!(back.since, Some(20261207));
        assert_eq!(back.talk[0], "Ik slaap slecht");
        assert!(!back.items.iter().any(|i| i.fields[0].contains("Geheim")));
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20261221"), "two weeks by default: {unfolded}");
    }
}
