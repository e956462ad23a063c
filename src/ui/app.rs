//! The `App` component: owns the state, picks the page of the step and
//! composes the chrome around it. Everything else is somewhere named: each
//! page's events in its `events.rs` (`pages::event`), each effect in a hook
//! (`ui::hooks`: the address bar, embedded history, focus on a new step,
//! content loading), every state change in the reducer (`ui::state`).
//! Embedded (the widget and the iframe page) it leaves the host's URL, history
//! and title alone, renders no page landmarks of its own (one labelled region
//! instead), shows the organisation's contacts under their experts and points
//! its links at the public site (`share_base`).

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{self, rules};
use crate::contacts::{ContactNotice, Contacts};
use crate::engine::{Answers, Lang};

// (Re-exported for code that still names them here; they live in `ui::capabilities`.)
pub use super::capabilities::{EMBEDDABLE, PLAN_HTML, PLAN_PAGE};
use super::dom;
use super::hooks::{address::use_address, content::use_content, embedded_history::use_embedded_history, focus::use_step_focus};
use super::links::StepLink;
use super::listeners::{Input, use_root_listeners};
use super::markup::{html as markup, to_html};
use super::pages::{self, Context, check, crisis, plan as plan_page, question, results, start};
use super::parts::crisis_line::crisis_line;
use super::parts::language_switch::language_switch;
use super::parts::notices::notices;
use super::plan::Plan;
use super::state::{Action, Address, State, Step};
use super::text::{self, T, t};
use super::url;

/// How the app lives on the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// The app is the page: state in the URL fragment, `document.title` per step.
    Standalone,
    /// Inside someone else's page (the widget, the iframe page): state in memory
    /// only, the host's URL, history and title are left alone, and the `preset`
    /// answers (VOCABULARY encoding) are fixed and not asked.
    Embedded {
        preset: String,
        /// The organisation's own contacts per expert, shown on the results.
        contacts: Rc<Contacts>,
        /// What was wrong with those contacts: shown politely on the start and results pages.
        contact_notices: Rc<Vec<ContactNotice>>,
        /// The public site (`https://…/`) that "Deel deze link", step links
        /// and the overview's links point to, followed by `#` and the
        /// answers. `None`: no share link, relative links.
        share_base: Option<AttrValue>,
    },
}

impl Mode {
    /// Embedded with only a preset (no contacts, no share link).
    pub fn embedded(preset: &str) -> Mode {
        Mode::Embedded { preset: preset.into(), contacts: Rc::default(), contact_notices: Rc::default(), share_base: None }
    }
}

#[derive(Clone, Debug, PartialEq, Properties)]
pub struct Props {
    pub mode: Mode,
    /// The language to start in when the URL does not say (prerendering, widgets).
    #[prop_or_default]
    pub lang: Option<Lang>,
}

fn initial_state(props: &Props) -> State {
    match &props.mode {
        // (Only a build that can be embedded reads a preset: the site's wasm
        // carries no preset reader.)
        Mode::Embedded { preset, .. } if EMBEDDABLE => {
            // (What was wrong with it is for whoever embeds: `web::widget` says so.)
            let preset = crate::preset::parse(rules(), preset).answers;
            State::new(preset, props.lang.or_else(dom::browser_lang).unwrap_or_default())
        }
        _ => {
            // The link in the address, opened as any link is (the reducer's rules),
            // and shown in the app's own spelling in place.
            let link = url::parse(rules(), &dom::hash());
            let lang = link.lang.or(props.lang).or_else(dom::browser_lang).unwrap_or_default();
            let state = Rc::new(State::new(Answers::new(rules()), lang)).reduce(Action::Open { link, shown: true });
            State { address: Address::Replace, ..(*state).clone() }
        }
    }
}

/// The page title without the app name: "Stap 2 van 6: In welke sector werk je?".
fn page_title(state: &State, lang: Lang) -> String {
    match state.step {
        Step::Start => String::new(),
        Step::Question(q) => {
            let (n, total) = state.position(q);
            let label = rules().questions[q].label_for(state.roles()).get(lang);
            format!("{}: {label}", text::step_of(lang, n, total))
        }
        Step::Check => t(lang, T::CheckTitle).into(),
        Step::Results => t(lang, T::ResultsTitle).into(),
        Step::Crisis => crisis::title(lang).into(),
        Step::Plan => t(lang, T::PlanTitle).into(),
        Step::CheckIn => super::pages::checkin::title(lang, &state.answers).into(),
    }
}

/// The plan asked for in a build without the plan page: a link to it.
fn plan_elsewhere(lang: Lang, plan: &StepLink) -> Html {
    to_html(markup! {
        div.kh-plan {
            h1 tabindex="-1" { (t(lang, T::PlanTitle)) }
            p { a.kh-button href=(plan.href.as_str()) { (t(lang, T::PlanLink)) } }
        }
    })
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer({
        let props = props.clone();
        move || initial_state(&props)
    });
    let standalone = !EMBEDDABLE || props.mode == Mode::Standalone;
    let (contacts, contact_notices, share_base) = match &props.mode {
        Mode::Embedded { contacts, contact_notices, share_base, .. } if EMBEDDABLE => {
            (contacts.clone(), contact_notices.clone(), share_base.clone())
        }
        _ => (Rc::default(), Rc::default(), None),
    };
    // Standalone a step link is a fragment of this page; embedded it is the same
    // step on the public site (what a new tab opens), never the host's URL.
    let site: AttrValue = share_base.clone().unwrap_or_default();
    let root = use_node_ref();
    // The language the user asked for, once its texts are here (see crate::content).
    let lang = content::shown(state.lang);
    // On the plan page the plan is in the fragment too (the advice's suggestion until changed).
    let plan = (PLAN_PAGE && matches!(state.step, Step::Plan | Step::CheckIn)).then(|| state.plan.clone().unwrap_or_else(|| Rc::new(Plan::from_advice(&state.answers, lang))));
    let mut fragment = url::fragment(rules(), &state.answers, state.step, state.lang);
    super::plan::append(&mut fragment, plan.as_deref());

    let switch_failed = use_content(state.lang, state.dispatcher());
    let title = text::title(lang, &page_title(&state, lang), state.error > 0);
    use_address(standalone, &state, &fragment, title, lang, state.dispatcher());
    use_embedded_history(!standalone, &state.answers, state.step, state.dispatcher());
    let results_complete = use_step_focus(&root, state.step, state.error, standalone);

    // Every event on the root goes to the page that shows (`pages::event`).
    let on_input = {
        let (state, plan, root) = (state.clone(), plan.clone(), root.clone());
        Callback::from(move |input: Input| {
            let dispatcher = state.dispatcher();
            let cx = Context { state: &*state, lang, plan: plan.as_ref(), root: &root, dispatcher: &dispatcher };
            if let Some(action) = pages::event(&input, &cx) {
                dispatcher.dispatch(action);
            }
        })
    };
    use_root_listeners(&root, on_input);
    let link = |step: Step| StepLink {
        href: format!("{site}#{}", url::fragment(rules(), &state.answers, step, lang)).into(),
        step,
    };
    let back = state.back_target().map(link);
    // "Maak je plan": a step of this app where it has the plan page, else
    // the same step on plan.html (standalone, next to this page).
    let plan_link = match (PLAN_PAGE, standalone) {
        (false, true) => StepLink {
            href: format!("{PLAN_HTML}#{}", url::fragment(rules(), &state.answers, Step::Plan, lang)).into(),
            step: Step::Plan,
        },
        _ => link(Step::Plan),
    };

    let page = match state.step {
        Step::Start => start::view(&start::Props {
            lang,
            questions: state.visible_questions().len(),
            embedded: !standalone,
            begin: link(state.first_question()),
            crisis: link(Step::Crisis),
            site: site.clone(),
        }),
        Step::Crisis => crisis::view(&crisis::Props {
            lang,
            for_other: crate::engine::acts_for_others(rules(), &state.answers),
            back,
            later: link(state.after_crisis()),
        }),
        Step::Question(q) => {
            let (n, total) = state.position(q);
            question::view(&question::Props {
                lang,
                question: q,
                roles: state.roles(),
                choice: state.choice(q),
                step_text: text::step_of(lang, n, total),
                error: state.error,
                back,
            })
        }
        Step::Check => check::view(&check::Props {
            lang,
            answers: state.answers.clone(),
            changes: state.visible_questions().into_iter().map(|q| link(Step::Question(q))).collect(),
            back,
        }),
        Step::Results => {
            let share = if standalone {
                let href = dom::href();
                let base = href.split('#').next().unwrap_or_default().to_string();
                Some(AttrValue::from(format!("{base}#{fragment}")))
            } else {
                share_base.as_ref().map(|base| AttrValue::from(format!("{base}#{fragment}")))
            };
            results::view(&results::Props {
                lang,
                answers: state.answers.clone(),
                back,
                share,
                contacts: contacts.clone(),
                complete: results_complete,
                plan: Some(plan_link.clone()),
                plan_in_app: PLAN_PAGE,
                site: site.clone(),
            })
        }
        // (A link to the plan opened in the site's wasm: a link to it on plan.html.)
        Step::Plan | Step::CheckIn if !PLAN_PAGE => plan_elsewhere(lang, &plan_link),
        Step::Plan => {
            let base = if standalone { dom::href().split('#').next().unwrap_or_default().to_string() } else { site.to_string() };
            plan_page::plan_page(&plan_page::Props {
                lang,
                answers: state.answers.clone(),
                plan: plan.clone().unwrap_or_default(),
                back,
                base,
                crisis: link(Step::Crisis),
                now: super::checkin::now(),
            })
        }
        Step::CheckIn => super::pages::checkin::view(&super::pages::checkin::Props {
            lang,
            answers: &state.answers,
            plan: plan.as_deref().unwrap_or(&Plan::default()),
            back,
            plan_link: link(Step::Plan),
            now: super::checkin::now(),
        }),
    };

    // Contact notices where the contacts matter: on the start page (so whoever
    // embeds sees them at once) and with the advice.
    let contact_notices = match state.step {
        Step::Start | Step::Results => contact_notices,
        _ => Rc::default(),
    };
    let notices = notices(lang, &state.notices, &contact_notices, switch_failed);
    let brand = to_html(markup! { p.kh-brand { (t(lang, T::AppName)) } });
    let crisis_link = link(Step::Crisis);
    let footer = to_html(markup! {
        @if !matches!(state.step, Step::Start | Step::Crisis) {
            (crisis_line(lang, true, Some(&crisis_link)))
        }
        p.kh-footer__privacy { (t(lang, T::Footer)) }
        @if standalone {
            p class="kh-footer__links kh-no-print" {
                a href="privacy.html" { (t(lang, T::PrivacyLink)) } " · " a href="toegankelijkheid.html" { (t(lang, T::AccessibilityLink)) }
            }
        }
    });
    if standalone {
        html! {
            <div class="kh-app" lang={lang.code()} ref={root}>
                <header class="kh-header">
                    { brand }
                    { language_switch(lang) }
                </header>
                <main class="kh-main">
                    { notices }
                    { page }
                </main>
                <footer class="kh-footer">{ footer }</footer>
            </div>
        }
    } else {
        // Inside someone else's page: no banner, main or contentinfo landmarks
        // of our own, one region named after the app.
        html! {
            <section class="kh-app kh-app--embedded" lang={lang.code()} aria-label={t(lang, T::AppName)} ref={root}>
                <div class="kh-header">
                    { brand }
                    { language_switch(lang) }
                </div>
                <div class="kh-main">
                    { notices }
                    { page }
                </div>
                <div class="kh-footer">{ footer }</div>
            </section>
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::contacts::parse_contacts;

    fn render(props: Props) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(async { yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await })
    }

    #[test]
    fn embedded_renders_one_region_and_no_page_landmarks() {
        let html = render(Props { mode: Mode::embedded("sector=ict"), lang: Some(Lang::Nl) });
        assert!(html.starts_with("<section ") && html.contains("class=\"kh-app kh-app--embedded\""), "{html}");
        assert!(html.contains("aria-label=\"Keuzehulp werkstress\""));
        for landmark in ["<main", "<header", "<footer"] {
            assert!(!html.contains(landmark), "no {landmark} inside a host page: {html}");
        }
        assert!(html.contains("Je beantwoordt 5 korte vragen"), "the preset question is not counted");
        assert!(html.contains("Sluit je deze pagina, dan zijn ze weg"), "no promise about the address bar");
        assert!(!html.contains("adresbalk"));
    }

    /// Whoever builds the app embedded, its preset is read by the one preset
    /// reader: `fase` (the way to crisis help) is asked, whatever the preset says.
    #[test]
    fn an_embedded_preset_never_answers_fase() {
        let html = render(Props { mode: Mode::embedded("sector=ict&fase=acuut"), lang: Some(Lang::Nl) });
        assert!(html.contains("Je beantwoordt 5 korte vragen"), "fase is still asked: {html}");
    }

    #[test]
    fn contact_notices_show_on_the_start_page() {
        let (contacts, notices) = parse_contacts(rules(), r#"{"bedrijfsarts": {"url": "http://x.example.nl"}}"#);
        assert!(contacts.is_empty() && !notices.is_empty());
        let mode = Mode::Embedded {
            preset: String::new(),
            contacts: Rc::new(contacts),
            contact_notices: Rc::new(notices),
            share_base: Some("https://example.org/keuzehulp/".into()),
        };
        let html = render(Props { mode, lang: Some(Lang::En) });
        assert!(html.contains("role=\"status\""));
        assert!(html.contains("contact details could be shown"), "{html}");
    }

    #[test]
    fn standalone_is_unchanged() {
        let html = render(Props { mode: Mode::Standalone, lang: Some(Lang::Nl) });
        assert!(html.contains("<main class=\"kh-main\">") && html.contains("<header") && html.contains("<footer"));
        assert!(html.contains("adresbalk"));
        assert!(!html.contains("kh-app--embedded"));
    }
}
