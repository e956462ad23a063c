//! "Maak je plan" (issue 20): the advice as a plan to tick, edit and add to,
//! the conversation guide, and keeping the plan (download, print, open a
//! downloaded plan). `html!` with controlled inputs (`value`, `checked`): yew
//! sets a value only when it differs from the DOM's, so a field keeps its
//! node, focus and cursor while the user types.
//!
//! A plain function, not a component of its own, and without keys or hooks
//! (as a component with its own hooks and a keyed list it cost the wasm 1.9 KB
//! brotli more, measured). Everything it needs (the plan and what was last
//! refused) is the app's state (`State::plan`, in the fragment).

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Answers, Lang};
use crate::ui::links::{Go, StepLink};
use crate::ui::dom;
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
    pub on_change: Callback<Plan>,
    /// The fragment of a downloaded plan the user opened.
    pub on_open: Callback<String>,
    /// The app's root: a new item's first field gets focus in it.
    pub root: NodeRef,
}

pub fn plan_page(props: &Props) -> Html {

    let lang = props.lang;
    let form = plan::form(&props.answers);
    let plan = &props.plan;

    // Every change goes through here: applied to a copy and sent up; a refused
    // one sends up only what was refused (the page says so, nothing changes).
    let change = {
        let (plan, on_change) = (plan.clone(), props.on_change.clone());
        Rc::new(move |f: &dyn Fn(&mut Plan) -> Result<(), plan::Refused>, refused: Refusal| -> bool {
            let mut next = (*plan).clone();
            let ok = f(&mut next).is_ok();
            if !ok {
                next = (*plan).clone();
            }
            next.refused = (!ok).then_some(refused);
            on_change.emit(next);
            ok
        })
    };
    let text_field = |field: Field, label: T, value: &str, multiline: bool| {
        let oninput = {
            let (change, old) = (change.clone(), value.to_string());
            Callback::from(move |e: InputEvent| {
                let Some(text) = web::value(&e) else { return };
                if !change(&|p: &mut Plan| p.set(field, &text), Refusal::TooLong(field)) {
                    // Refused (too long): the field shows what it had, nothing is lost.
                    web::set_value(&e, &old);
                }
            })
        };
        let error = (plan.refused == Some(Refusal::TooLong(field))).then(|| t(lang, T::PlanTooLong));
        text_input(field.id(), t(lang, label), value, multiline, error, oninput)
    };

    let labels = plan::field_labels(form);
    let items = plan.items.iter().enumerate().map(|(n, item)| {
        let key = item.key;
        let done_id = format!("kh-plan-{key}-done");
        let on_done = {
            let change = change.clone();
            Callback::from(move |e: Event| {
                let checked = web::checked(&e);
                change(&|p: &mut Plan| { p.set_done(key, checked); Ok(()) }, Refusal::TooMany);
            })
        };
        let on_remove = {
            let (change, root) = (change.clone(), props.root.clone());
            Callback::from(move |_: MouseEvent| {
                change(&|p: &mut Plan| { p.remove(key); Ok(()) }, Refusal::TooMany);
                // The button is gone: focus goes on to "Punt toevoegen".
                let root = root.clone();
                dom::after_next_paint(move || dom::focus_in(&root, "#kh-plan-add"));
            })
        };
        html! {
            <li class="kh-plan__item">
                <fieldset class="kh-plan__fieldset">
                    <legend class="kh-plan__legend">{ format!("{} {}", t(lang, T::PlanItem), n + 1) }</legend>
                    <div class="kh-plan__done">
                        <input type="checkbox" id={done_id.clone()} checked={item.done} onchange={on_done} />
                        <label for={done_id}>{ t(lang, T::PlanDone) }</label>
                    </div>
                    { for (0..FIELDS).map(|f| text_field(Field::Item(key, f), labels[f], &item.fields[f], f == 0 || f == 3)) }
                    <button type="button" class="kh-button kh-button--secondary kh-plan__remove" onclick={on_remove}>{ t(lang, T::PlanRemove) }</button>
                </fieldset>
            </li>
        }
    });
    let on_add = {
        let (change, root) = (change.clone(), props.root.clone());
        let next_key = plan.items.iter().map(|i| i.key + 1).max().unwrap_or(0);
        Callback::from(move |_: MouseEvent| {
            if change(&|p: &mut Plan| p.add(), Refusal::TooMany) {
                let (root, id) = (root.clone(), format!("#{}", Field::Item(next_key, 0).id()));
                dom::after_next_paint(move || dom::focus_in(&root, &id));
            }
        })
    };
    let on_file = {
        let (on_open, change) = (props.on_open.clone(), change.clone());
        Callback::from(move |e: Event| {
            let (on_open, change) = (on_open.clone(), change.clone());
            web::read_file(&e, move |text| match text.as_deref().and_then(plan::link_in_text) {
                Some(fragment) => on_open.emit(fragment.to_string()),
                None => {
                    change(&|_: &mut Plan| Err(plan::Refused::TooLong), Refusal::NotAPlan);
                }
            });
        })
    };

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
                <button type="button" id="kh-plan-add" class="kh-button kh-button--secondary" onclick={on_add}>{ t(lang, T::PlanAdd) }</button>
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
                    <input type="file" id="kh-plan-file" class="kh-plan__file" accept=".txt,text/plain" onchange={on_file} />
                </div>
                <p class="kh-plan__sources">{ format!("{}: {sources}", t(lang, T::Sources)) }</p>
            </section>
            <div class="kh-print-only kh-plan__print">{ printed }</div>
        </div>
    }
}

/// A labelled text field (a textarea when `multiline`), with its error message.
fn text_input(id: String, label: &'static str, value: &str, multiline: bool, error: Option<&'static str>, oninput: Callback<InputEvent>) -> Html {
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
                <textarea {id} class="kh-input kh-plan__text" rows="3" {value} {oninput} aria-describedby={described} aria-invalid={invalid} />
            } else {
                <input {id} class="kh-input" type="text" {value} {oninput} aria-describedby={described} aria-invalid={invalid} />
            }
        </div>
    }
}

/// The few browser calls of this page (no-ops natively, for prerendering and tests).
#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{Event, HtmlInputElement, HtmlTextAreaElement};

    /// The value of the input or textarea an event happened on.
    pub fn value(e: &Event) -> Option<String> {
        let target = e.target()?;
        match target.dyn_ref::<HtmlTextAreaElement>() {
            Some(area) => Some(area.value()),
            None => Some(target.dyn_ref::<HtmlInputElement>()?.value()),
        }
    }

    pub fn set_value(e: &Event, value: &str) {
        let Some(target) = e.target() else { return };
        if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        } else if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        }
    }

    pub fn checked(e: &Event) -> bool {
        e.target().and_then(|t| t.dyn_ref::<HtmlInputElement>().map(|i| i.checked())).unwrap_or(false)
    }

    /// The text of the file chosen in a file input (`None`: none, too big, or unreadable).
    pub fn read_file(e: &Event, done: impl FnOnce(Option<String>) + 'static) {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return done(None) };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        // Chosen again, the same file is read again.
        input.set_value("");
        // A plan file is a few kilobytes; anything much bigger is something else.
        if file.size() > 1_000_000.0 {
            return done(None);
        }
        let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
        let fail_done = done.clone();
        let ok = Closure::once(move |text: JsValue| {
            if let Some(done) = done.take() {
                done(text.as_string());
            }
        });
        let fail = Closure::once(move |_: JsValue| {
            if let Some(done) = fail_done.take() {
                done(None);
            }
        });
        let _ = file.text().then2(&ok, &fail);
        ok.forget();
        fail.forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    use yew::events::Event;

    pub fn value(_e: &Event) -> Option<String> {
        None
    }
    pub fn set_value(_e: &Event, _value: &str) {}
    pub fn checked(_e: &Event) -> bool {
        false
    }
    pub fn read_file(_e: &Event, _done: impl FnOnce(Option<String>) + 'static) {}
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
            on_change: Callback::noop(),
            on_open: Callback::noop(),
            root: NodeRef::default(),
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
