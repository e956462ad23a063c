//! "Maak je plan" (issue 20): the advice as a plan to tick, edit and add to,
//! the conversation guide, and keeping the plan (download, print, open a
//! downloaded plan). `html!` with controlled inputs (`value`, `checked`): yew
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

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Answers, Lang};
use crate::ui::links::{Go, StepLink};
use crate::ui::plan::{self, FIELDS, Field, Form, MAX_ITEMS, Plan, Refusal};
use crate::ui::text::{T, letter_title, t};

/// The downloaded file's name.
const FILE_NAME: &str = "keuzehulp-plan.txt";

pub struct Props {
    pub lang: Lang,
    pub answers: Answers,
    /// The plan as it is now (the advice's suggestion until changed).
    pub plan: Rc<Plan>,
    pub back: Option<StepLink>,
    /// The link that opens this plan again (written in the download).
    pub link: String,
}

pub fn plan_page(props: &Props) -> Html {
    let lang = props.lang;
    let form = plan::form(&props.answers);
    let plan = &props.plan;
    let text_field = |field: Field, label: T, value: &str, multiline: bool| {
        let error = (plan.refused == Some(Refusal::TooLong(field))).then(|| t(lang, T::PlanTooLong));
        text_input(field.id(), t(lang, label), value, multiline, error)
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
                { for (0..3).map(|n| text_field(Field::Talk(n), labels[n], &plan.talk[n], true)) }
                <p class="kh-plan__private">{ t(lang, private) }</p>
            </section>
        }
    });
    let notice = match plan.refused {
        Some(Refusal::TooMany) => Some(T::PlanTooMany),
        Some(Refusal::NotAPlan) => Some(T::PlanOpenFailed),
        _ => None,
    };
    let text = plan::to_text(lang, form, plan, Some(&props.link));
    let printed = plan::to_text(lang, form, plan, None);
    let sources = ["002_", "003_", "000_"].map(|f| letter_title(lang, f).unwrap_or_default()).join("; ");

    html! {
        <div class="kh-plan">
            if let Some(back) = &props.back {
                <a class="kh-back-link kh-no-print" href={back.href.clone()} data-kh-go={Go::Step.attr()}>{ t(lang, T::Back) }</a>
            }
            <h1 tabindex="-1">{ t(lang, T::PlanTitle) }</h1>
            <div class="kh-no-print">
                <p>{ t(lang, if form == Form::Organisation { T::PlanIntroRie } else { T::PlanIntro }) }</p>
                <p>{ t(lang, T::PlanPrivacy) }</p>
                <p>{ t(lang, T::PlanLimits).replacen("{n}", &MAX_ITEMS.to_string(), 1) }</p>
                <ol class="kh-plan__items">{ for items }</ol>
                if let Some(notice) = notice {
                    <p class="kh-plan__error" role="alert">{ t(lang, notice) }</p>
                }
                <button type="button" id="kh-plan-add" class="kh-button kh-button--secondary" data-kh-plan-add="">{ t(lang, T::PlanAdd) }</button>
            </div>
            { for talk }
            <section class="kh-plan__keep kh-no-print" aria-labelledby="kh-plan-keep">
                <h2 id="kh-plan-keep">{ t(lang, T::PlanKeep) }</h2>
                <div class="kh-actions">
                    <a class="kh-button" href={plan::data_url(&text)} download={FILE_NAME}>{ t(lang, T::PlanDownload) }</a>
                    <button type="button" class="kh-button kh-button--secondary" data-kh-go={Go::Print.attr()}>{ t(lang, T::Print) }</button>
                </div>
                <div class="kh-field">
                    <label class="kh-field__label" for="kh-plan-file">{ t(lang, T::PlanOpen) }</label>
                    <input type="file" id="kh-plan-file" class="kh-plan__file" accept=".txt,text/plain" data-kh-plan-file="" />
                </div>
                <p class="kh-plan__sources">{ format!("{}: {sources}", t(lang, T::Sources)) }</p>
            </section>
            <div class="kh-print-only kh-plan__print">{ printed }</div>
        </div>
    }
}

/// A labelled text field (a textarea when `multiline`), with its error message.
fn text_input(id: String, label: &'static str, value: &str, multiline: bool, error: Option<&'static str>) -> Html {
    let error_id = format!("{id}-error");
    let described = error.map(|_| AttrValue::from(error_id.clone()));
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
        plan_page(&Props {
            lang: w.lang,
            answers,
            plan: Rc::new(plan),
            back: None,
            link: "https://example.org/#x".into(),
        })
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
}
