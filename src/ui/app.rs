//! The `App` component: owns the state, keeps the URL and title in step
//! (standalone), moves focus on every step change, and picks the page.
//! Embedded (the widget and the iframe page) it leaves the host's URL, history
//! and title alone, renders no page landmarks of its own (one labelled region
//! instead), shows the organisation's contacts under their experts and points
//! its links at the public site (`share_base`).

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{self, rules};
use crate::contacts::{ContactNotice, Contacts};
use crate::engine::{Answers, Lang};

use super::dom;
use super::plan::Plan;
use super::links::{self, Go, StepLink};
use super::markup::{html as markup, to_html};
use super::pages::{check, crisis, plan as plan_page, question, results, start};
use super::parts::crisis_line::crisis_line;
use super::parts::language_switch::language_switch;
use super::parts::notices::notices;
use super::state::{Action, State, Step};
use super::text::{self, T, t};
use super::url;

/// Whether this build can run embedded: the widget's wasm, and native builds
/// (prerendering, tests). The site's wasm never is, and so leaves the
/// embedded-only code out (1 KB brotli).
pub const EMBEDDABLE: bool = cfg!(any(feature = "widget", not(target_arch = "wasm32")));

/// Whether this build shows the plan page itself: the widget's wasm (which
/// `plan.html` loads too) and native builds. The site's wasm sends "Maak je
/// plan" to `plan.html` instead, so its first visit carries none of the plan
/// page's code (about 9 KB brotli).
pub const PLAN_PAGE: bool = cfg!(any(feature = "plan", not(target_arch = "wasm32")));

/// The page that shows the plan when this build does not.
pub const PLAN_HTML: &str = "plan.html";

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
        /// The public site (`https://…/`) that "Deel deze link" and step links
        /// point to, followed by `#` and the answers. `None`: no share link.
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
        Mode::Standalone => {
            let none = Answers::new(rules());
            let parsed = url::parse(rules(), &dom::hash(), &none);
            let lang = parsed.lang.or(props.lang).or_else(dom::browser_lang).unwrap_or_default();
            let mut state = State::new(none, lang);
            state.answers = parsed.answers;
            state.step = parsed.step;
            state.notices = std::rc::Rc::new(parsed.notices);
            state.plan = parsed.plan.map(Rc::new);
            state
        }
        Mode::Embedded { preset, .. } => {
            let (preset, _) = Answers::parse(rules(), preset);
            State::new(preset, props.lang.or_else(dom::browser_lang).unwrap_or_default())
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
    let root = use_node_ref();
    // The language the user asked for, once its texts are here (see crate::content).
    let lang = content::shown(state.lang);
    // On the plan page the plan is in the fragment too (the advice's suggestion until changed).
    let plan = (PLAN_PAGE && matches!(state.step, Step::Plan | Step::CheckIn)).then(|| state.plan.clone().unwrap_or_else(|| Rc::new(Plan::from_advice(&state.answers, lang))));
    let mut fragment = url::fragment(rules(), &state.answers, state.step, state.lang);
    super::plan::append(&mut fragment, plan.as_deref());

    // One effect for everything that follows the state outside the app (each
    // `use_effect_with` of another type costs the wasm its own copy of yew's
    // effect code). It runs when the fragment, title or shown language change;
    // the fragment holds the answers, the step and the wanted language.
    let switch_failed = use_state_eq(|| false);
    {
        let update = use_force_update();
        let switch_failed = switch_failed.clone();
        let dispatcher = state.dispatcher();
        let wanted = state.lang;
        let first = use_mut_ref(|| true);
        let hashchange = use_mut_ref(|| None);
        // Embedded: Back and Forward through same-URL history entries (see embedded_history).
        // Only in the widget's wasm (the site's has no embedded mode: EMBEDDABLE).
        #[cfg(all(target_arch = "wasm32", feature = "widget"))]
        let (history, popstate, history_shown) = (
            use_mut_ref(super::embedded_history::Entries::default),
            use_mut_ref(|| None),
            (state.answers.clone(), state.step),
        );
        let shown: super::address::Shown = use_mut_ref(String::new);
        let title = text::title(lang, &page_title(&state, lang), state.error > 0);
        use_effect_with((fragment.clone(), title, lang, standalone), move |(fragment, title, lang, standalone)| {
            #[cfg(all(target_arch = "wasm32", feature = "widget"))]
            if !*standalone {
                use super::embedded_history as eh;
                if let Some(seq) = history.borrow_mut().record(&history_shown.0, history_shown.1, eh::next_seq) {
                    eh::push(seq);
                }
                let mut popstate = popstate.borrow_mut();
                if popstate.is_none() {
                    let dispatcher = dispatcher.clone();
                    *popstate = eh::on_popstate(move |popped| {
                        let target = history.borrow_mut().restore(popped);
                        if let Some((answers, step)) = target {
                            dispatcher.dispatch(Action::Load { answers, step, lang: None, notices: Vec::new(), plan: None });
                        }
                    });
                }
            }
            // The texts of a language the user asks for; if they cannot be
            // fetched, stay in the shown language and say so.
            if !content::has(wanted) {
                let dispatcher = dispatcher.clone();
                dom::load_content(wanted, move |ok| {
                    switch_failed.set(!ok);
                    if ok {
                        update.force_update();
                    } else {
                        dispatcher.dispatch(Action::SetLang(content::shown(wanted)));
                    }
                });
            }
            // Address bar, title and <html lang> (standalone only).
            if *standalone {
                super::address::remember(&shown, fragment);
                let first = std::mem::replace(&mut *first.borrow_mut(), false);
                let current = dom::hash();
                if current != *fragment {
                    // A new history entry per step; but a link that only spells the
                    // same state differently (or the opened link) is tidied up in place.
                    let none = Answers::new(rules());
                    let (a, b) = (url::parse(rules(), &current, &none), url::parse(rules(), fragment, &none));
                    let same = a.same_place(&b);
                    // Leaving a question with its answer: its history entry gets the
                    // answer too, so the browser's Back shows it chosen (as our Back link does).
                    if let (false, false, Step::Question(q)) = (first, same, a.step) {
                        if b.answers.is_answered(q) && a.answers != b.answers {
                            dom::set_hash(&url::fragment(rules(), &b.answers, a.step, b.lang.unwrap_or_default()), true);
                        }
                    }
                    if same && !first && PLAN_PAGE {
                        // Only the plan's text (or the spelling) changed: once typing pauses.
                        // (A build without the plan page has no typing to wait for.)
                        super::address::replace_soon(fragment);
                    } else {
                        super::address::cancel_pending();
                        dom::set_hash(fragment, first || same);
                    }
                } else {
                    super::address::cancel_pending();
                }
                dom::set_title(title);
                dom::set_document_lang(*lang);
                // Browser back/forward and pasted links: re-read the fragment.
                // (Kept in the hook: removed when the app goes.)
                let mut hashchange = hashchange.borrow_mut();
                if hashchange.is_none() {
                    *hashchange = dom::on_hashchange(move || {
                        if super::address::is_own(&shown) {
                            return;
                        }
                        // Back or Forward while the plan's address waits: the other entry wins.
                        super::address::cancel_pending();
                        let loaded = dom::hash();
                        let parsed = url::parse(rules(), &loaded, &Answers::new(rules()));
                        dispatcher.dispatch(Action::Load {
                            answers: parsed.answers,
                            step: parsed.step,
                            lang: parsed.lang,
                            notices: parsed.notices,
                            plan: parsed.plan,
                        });
                        super::address::tidy_after_hashchange(shown.clone(), loaded);
                    });
                }
            }
        });
    }

    // The results page in two frames (see `pages::results::Props::complete`);
    // natively (prerendering, tests) all at once.
    let results_complete = use_state_eq(|| !cfg!(target_arch = "wasm32"));

    // On every step change: focus on the new h1 (not on the first render),
    // the results in two frames. On every failed Next: focus on the error summary.
    {
        let before = use_mut_ref(|| None);
        let root = root.clone();
        let results_complete = results_complete.clone();
        use_effect_with((state.step, state.error), move |&(step, error)| {
            let before = before.borrow_mut().replace((step, error));
            let first = before.is_none();
            let new_step = before.is_none_or(|(was, _)| was != step);
            if new_step {
                if step == Step::Results {
                    dom::after_next_paint(move || results_complete.set(true));
                } else {
                    results_complete.set(false);
                }
                if !first {
                    // To the top first: focus alone leaves a heading that is
                    // already on screen where the long page before left it.
                    if standalone {
                        dom::scroll_to_top(&root);
                    }
                    dom::focus_in(&root, "h1");
                }
            } else if error > 0 {
                dom::focus_in(&root, ".kh-error-summary");
            }
        });
    }

    // One click handler for the links and buttons of the pages' markup: a
    // step link goes to the step its `href` names (`links::action`), share
    // and print act on the page; a link clicked with a modifier key opens
    // in a new tab instead (`dom::clicked`).
    let onclick = {
        let dispatcher = state.dispatcher();
        let (plan_now, plan_root, preset) = (plan.clone(), root.clone(), state.preset.clone());
        Callback::from(move |e: MouseEvent| {
            if dom::focus_link_target(&e) {
                return e.prevent_default();
            }
            if let Some(lang) = dom::clicked(&e, "[data-kh-lang]", "data-kh-lang").and_then(|(_, code)| Lang::from_code(&code)) {
                // (Handled: embed-page.js, replaying a tap that came before the app, looks for this.)
                e.prevent_default();
                return dispatcher.dispatch(Action::SetLang(lang));
            }
            if let (true, Some(plan), Some(edit)) = (PLAN_PAGE, &plan_now, plan_page::events::clicked(&e)) {
                return plan_page::events::dispatch(&e, edit, plan, &dispatcher, &plan_root, &preset);
            }
            let Some((el, go)) = dom::clicked(&e, "[data-kh-go]", "data-kh-go") else { return };
            let Some(go) = Go::parse(&go) else { return };
            e.prevent_default();
            match go {
                Go::Share => dom::share(&el, t(lang, T::Copied), t(lang, T::CopyFallback)),
                Go::Print => dom::print(),
                _ => {
                    if let Some(action) = links::action(go, dom::attribute(&el, "href").as_deref()) {
                        dispatcher.dispatch(action);
                    }
                }
            }
        })
    };
    // The question page's events (its form: a choice, Next), in Actions.
    let onchange = {
        let dispatcher = state.dispatcher();
        let (plan_now, plan_root, preset) = (plan.clone(), root.clone(), state.preset.clone());
        Callback::from(move |e: Event| {
            if let Some(action) = question::events::changed(&e) {
                dispatcher.dispatch(action);
            } else if let (true, Some(plan), Some(edit)) = (PLAN_PAGE, &plan_now, plan_page::events::changed(&e)) {
                plan_page::events::dispatch(&e, edit, plan, &dispatcher, &plan_root, &preset);
            }
        })
    };
    let onsubmit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: SubmitEvent| {
            // (The app's only form: never a real submit, which would load a page.)
            e.prevent_default();
            if let Some(action) = question::events::submitted(&e) {
                dispatcher.dispatch(action);
            }
        })
    };
    super::listeners::use_root_listeners(&root, onclick, onchange, onsubmit);
    // Standalone a step link is a fragment of this page; embedded it is the same
    // step on the public site (what a new tab opens), never the host's URL.
    let link_base: &str = share_base.as_deref().unwrap_or_default();
    let link = |step: Step| StepLink {
        href: format!("{link_base}#{}", url::fragment(rules(), &state.answers, step, lang)).into(),
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
                complete: *results_complete,
                plan: Some(plan_link.clone()),
                plan_in_app: PLAN_PAGE,
            })
        }
        // (A link to the plan opened in the site's wasm: a link to it on plan.html.)
        Step::Plan | Step::CheckIn if !PLAN_PAGE => plan_elsewhere(lang, &plan_link),
        Step::Plan => {
            let base = if standalone { dom::href().split('#').next().unwrap_or_default().to_string() } else { link_base.to_string() };
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
    let notices = notices(lang, &state.notices, &contact_notices, *switch_failed);
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
