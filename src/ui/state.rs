//! The wizard's state: the answers, the step, the language. One `State`, an
//! `Action` enum and a reducer (yew's `Reducible`), as in yew's
//! `examples/function_todomvc`. The reducer returns the same `Rc` when nothing
//! changes, so yew 0.23 skips the re-render.
//!
//! The reducer also decides what a link means (a link asks for a step; which
//! step shows is [`resolve_step`]'s, and answers that do not apply are
//! dropped: [`normalize`]), and how the address follows a change
//! ([`Address`]): `ui::url` only spells and reads fragments.

use std::rc::Rc;

use yew::Reducible;

use crate::content::rules;
use crate::engine::{Answers, Lang, Notice, RuleSet};

use super::plan::Plan;
pub use super::step::Step;
use super::url::Parsed;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    pub step: Step,
    pub lang: Lang,
    /// Answers fixed by the embedding page (widget): those questions are skipped.
    pub preset: Answers,
    /// The user came from the check page to change an answer: Next returns there.
    pub from_check: bool,
    /// How often Next was pressed without an answer on this page (0: no error).
    /// A counter, so a second try moves focus to the error summary again.
    pub error: u32,
    /// What was wrong with the link that was opened.
    pub notices: Rc<Vec<Notice>>,
    /// The choice being made on a question page before Next: (question,
    /// options). Gone when the step changes, as a form's unsaved choice would be.
    pub draft: Option<(usize, u32)>,
    /// The user's plan once they changed anything (`None`: the advice's suggestion).
    pub plan: Option<Rc<Plan>>,
    /// How the address bar follows the last change (standalone; `ui::hooks::address`).
    pub address: Address,
}

/// How the address bar follows a change of the state: the reducer's choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Address {
    /// Nothing new to show.
    #[default]
    Keep,
    /// A new history entry: another step, other answers or another language.
    Push,
    /// In place: a link opened in the address (the first render, Back,
    /// Forward, a pasted link) shows in the app's own spelling.
    Replace,
    /// In place once typing pauses: only the plan changed.
    ReplaceSoon,
}

pub enum Action {
    /// The start button.
    Begin,
    /// An option of a question page ticked or chosen (not saved until Next).
    Choose { question: usize, option: usize },
    /// Next on a question page: the choice made (`State::choice`) is submitted.
    Next { question: usize },
    /// Next on a question page, with the chosen options.
    Submit { question: usize, mask: u32 },
    /// A back link, or a step reached by a link.
    Goto(Step),
    /// A "Wijzig" link on the check page.
    Change(usize),
    SetLang(Lang),
    Restart,
    /// Show this state (embedded Back and Forward; and what [`Action::Open`] resolves to).
    /// `lang`: the link's `taal=`; without one the language stays (a
    /// Dutch link pasted into an English tab stays English).
    Load { answers: Answers, step: Step, lang: Option<Lang>, notices: Vec<Notice>, plan: Option<Plan> },
    /// Open a link (read by `url::parse`): its answers without those that do
    /// not apply, at the step it asks for where that may show
    /// ([`resolve_step`]). `shown`: the address shows the link already (the
    /// first render, Back, Forward, a pasted link), so it is replaced in
    /// place; else (a plan file's link) it is a new history entry.
    Open { link: Parsed, shown: bool },
    /// The plan page changed the plan.
    SetPlan(Plan),
}

impl State {
    pub fn new(preset: Answers, lang: Lang) -> State {
        State {
            answers: preset.clone(),
            step: Step::Start,
            lang,
            preset,
            from_check: false,
            error: 0,
            notices: Rc::new(Vec::new()),
            draft: None,
            plan: None,
            address: Address::Keep,
        }
    }

    /// What the address shows of the state: the answers, the step, the language.
    fn place(&self) -> (&Answers, Step, Lang) {
        (&self.answers, self.step, self.lang)
    }

    /// The choice a question page shows: the one being made, else the saved answer.
    pub fn choice(&self, question: usize) -> u32 {
        match self.draft {
            Some((q, mask)) if q == question => mask,
            _ => self.answers.mask(question),
        }
    }

    pub fn roles(&self) -> u32 {
        self.answers.roles(rules())
    }

    /// The questions this user is asked, in order: those that apply and are not preset.
    pub fn visible_questions(&self) -> Vec<usize> {
        visible_questions(rules(), &self.answers, &self.preset)
    }

    /// The step the start button leads to: the first question asked.
    pub fn first_question(&self) -> Step {
        self.visible_questions().first().map_or(Step::Check, |&q| Step::Question(q))
    }

    /// "Stap n van total" for a question: (n, total), with total 0 ("Stap n")
    /// while an answer still to come could change it: a counter whose total
    /// changes under the user's feet (a zzp'er's "1 van 6", then "2 van 5")
    /// is worse than none.
    pub fn position(&self, question: usize) -> (usize, usize) {
        let visible = self.visible_questions();
        let n = visible.iter().position(|&q| q == question).map_or(1, |i| i + 1);
        let settled = total_is_settled(rules(), &self.answers, &self.preset);
        (n, if settled { visible.len() } else { 0 })
    }

    /// Where the back link of the current step leads.
    pub fn back_target(&self) -> Option<Step> {
        let visible = self.visible_questions();
        match self.step {
            Step::Start => None,
            Step::Question(q) => {
                if self.from_check {
                    return Some(Step::Check);
                }
                Some(visible.iter().rev().find(|&&v| v < q).map_or(Step::Start, |&v| Step::Question(v)))
            }
            Step::Check => Some(visible.last().map_or(Step::Start, |&q| Step::Question(q))),
            Step::Results => Some(Step::Check),
            Step::Plan => Some(Step::Results),
            Step::CheckIn => Some(Step::Plan),
            // Back to the question that brought the user here (where it is asked).
            Step::Crisis => Some(
                rules()
                    .question_index(crate::engine::STAGE_QUESTION)
                    .filter(|q| visible.contains(q))
                    .map_or(Step::Start, Step::Question),
            ),
        }
    }

    /// Where "Werkadvies voor later" on the crisis page goes on: the first open
    /// question, or the check page when everything is answered.
    pub fn after_crisis(&self) -> Step {
        self.first_open().map_or(Step::Check, Step::Question)
    }

    fn first_open(&self) -> Option<usize> {
        first_open(rules(), &self.answers, &self.preset)
    }
}

fn question_is_stage(question: usize) -> bool {
    rules().question_index(crate::engine::STAGE_QUESTION) == Some(question)
}

/// The questions that apply to these answers and are not preset.
pub fn visible_questions(rules: &RuleSet, answers: &Answers, preset: &Answers) -> Vec<usize> {
    (0..rules.questions.len())
        .filter(|&q| answers.applies(rules, q) && !preset.is_answered(q))
        .collect()
}

/// Whether no answer still open can change how many questions are asked:
/// each option of each open question, chosen alone, leaves the count as it is.
pub fn total_is_settled(rules: &RuleSet, answers: &Answers, preset: &Answers) -> bool {
    let count = visible_questions(rules, answers, preset).len();
    (0..rules.questions.len()).filter(|&q| !answers.is_answered(q)).all(|q| {
        (0..rules.questions[q].options.len()).all(|o| {
            let mut a = answers.clone();
            a.set(q, 1 << o);
            visible_questions(rules, &a, preset).len() == count
        })
    })
}

/// The first visible question without an answer.
pub fn first_open(rules: &RuleSet, answers: &Answers, preset: &Answers) -> Option<usize> {
    answers.first_open(rules).filter(|&q| !preset.is_answered(q)).or_else(|| {
        // A preset answer that was dropped can never be open: give it back first.
        let mut a = answers.clone();
        restore_preset(rules, &mut a, preset);
        a.first_open(rules)
    })
}

/// Drop answers that no longer apply, then put back preset answers that apply again.
pub fn normalize(rules: &RuleSet, answers: &mut Answers, preset: &Answers) {
    answers.drop_inapplicable(rules);
    restore_preset(rules, answers, preset);
}

fn restore_preset(rules: &RuleSet, answers: &mut Answers, preset: &Answers) {
    for q in 0..rules.questions.len() {
        if preset.is_answered(q) && !answers.is_answered(q) && answers.applies(rules, q) {
            answers.set(q, preset.mask(q));
        }
    }
}

/// The step to show for these answers when a link asks for `wanted`
/// (a question is only shown when everything before it is answered).
pub fn resolve_step(rules: &RuleSet, answers: &Answers, preset: &Answers, wanted: Option<Step>) -> Step {
    let open = first_open(rules, answers, preset);
    let fallback = |complete: Step| open.map_or(complete, Step::Question);
    match wanted {
        Some(Step::Start) => Step::Start,
        Some(Step::Question(q)) => {
            let shown = q < rules.questions.len()
                && answers.applies(rules, q)
                && !preset.is_answered(q)
                && open.is_none_or(|o| q <= o);
            if shown { Step::Question(q) } else { fallback(Step::Check) }
        }
        Some(Step::Check) => fallback(Step::Check),
        Some(Step::Results) => fallback(Step::Results),
        Some(Step::Plan) => fallback(Step::Plan),
        Some(Step::CheckIn) => fallback(Step::CheckIn),
        // Help is never behind open questions.
        Some(Step::Crisis) => Step::Crisis,
        None if *answers == *preset => Step::Start,
        None => fallback(Step::Results),
    }
}

/// The new choice after a click on option `o` of a "many" question: the
/// exclusive "weet niet" unchecks the others, and another option unchecks it.
fn toggle(mask: u32, o: usize, exclusive: u32) -> u32 {
    let bit = 1u32 << o;
    if mask & bit != 0 {
        mask & !bit
    } else if exclusive & bit != 0 {
        bit
    } else {
        (mask | bit) & !exclusive
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let opened_in_place = matches!(action, Action::Open { shown: true, .. });
        let Some(mut next) = self.next(action) else { return self };
        next.address = if opened_in_place {
            Address::Replace
        } else if next.place() != self.place() {
            Address::Push
        } else if next.plan != self.plan {
            Address::ReplaceSoon
        } else {
            self.address
        };
        if next == *self { self } else { Rc::new(next) }
    }
}

impl State {
    /// The state after `action` (its `address` still this one's); `None`: unchanged.
    fn next(&self, action: Action) -> Option<State> {
        let mut next = self.clone();
        let action = match action {
            Action::Next { question } => Action::Submit { question, mask: self.choice(question) },
            other => other,
        };
        match action {
            Action::Choose { question, option } => {
                let q = rules().questions.get(question)?;
                if option >= q.options.len() {
                    return None;
                }
                let mask = if q.kind == crate::engine::QuestionKind::Many {
                    let exclusive: u32 = q.options.iter().enumerate().filter(|(_, o)| o.exclusive).map(|(i, _)| 1 << i).sum();
                    toggle(self.choice(question), option, exclusive)
                } else {
                    1 << option
                };
                next.draft = Some((question, mask));
            }
            Action::Next { .. } => unreachable!("turned into Submit above"),
            Action::Begin => {
                next.step = next.first_question();
                next.from_check = false;
                next.error = 0;
            }
            Action::Submit { question, mask } => {
                if mask == 0 {
                    next.error += 1;
                } else {
                    next.answers.set(question, mask);
                    normalize(rules(), &mut next.answers, &next.preset);
                    next.error = 0;
                    let open = next.first_open();
                    next.step = if next.from_check {
                        open.map_or(Step::Check, Step::Question)
                    } else {
                        let later = next.visible_questions().into_iter().find(|&q| q > question);
                        match (later, open) {
                            (_, Some(o)) if o < question => Step::Question(o),
                            (Some(l), _) => Step::Question(l),
                            (None, Some(o)) => Step::Question(o),
                            (None, None) => Step::Check,
                        }
                    };
                    if next.step == Step::Check {
                        next.from_check = false;
                    }
                    // Choosing an acute crisis leads straight to the crisis lines;
                    // the wizard goes on from there when the user wants.
                    if crate::engine::is_acute(rules(), &next.answers) && question_is_stage(question) {
                        next.step = Step::Crisis;
                    }
                }
            }
            Action::Goto(step) => {
                next.step = resolve_step(rules(), &next.answers, &next.preset, Some(step));
                next.error = 0;
                if !matches!(next.step, Step::Question(_)) {
                    next.from_check = false;
                }
            }
            Action::Change(q) => {
                next.step = resolve_step(rules(), &next.answers, &next.preset, Some(Step::Question(q)));
                next.from_check = true;
                next.error = 0;
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::SetPlan(plan) => next.plan = Some(Rc::new(plan)),
            Action::Restart => {
                let mut fresh = State::new(next.preset.clone(), next.lang);
                fresh.address = self.address;
                return Some(fresh);
            }
            Action::Open { link, .. } => {
                let Parsed { mut answers, step, lang, notices, plan } = link;
                normalize(rules(), &mut answers, &self.preset);
                let step = resolve_step(rules(), &answers, &self.preset, step);
                return self.next(Action::Load { answers, step, lang, notices, plan });
            }
            Action::Load { answers, step, lang, notices, plan } => {
                let lang = lang.unwrap_or(self.lang);
                // (The same state from a link without mistakes still clears the old link's notices.)
                if answers == self.answers && step == self.step && lang == self.lang && notices == *self.notices && plan.is_none() {
                    return None;
                }
                // A link without a plan (Back to the advice) keeps the one made.
                if let Some(plan) = plan {
                    next.plan = Some(Rc::new(plan));
                }
                next.answers = answers;
                normalize(rules(), &mut next.answers, &next.preset);
                next.step = step;
                next.lang = lang;
                next.error = 0;
                next.notices = Rc::new(notices);
                next.draft = None;
                if !matches!(step, Step::Question(_)) {
                    next.from_check = false;
                }
                return Some(next);
            }
        }
        if next.step != self.step {
            next.notices = Rc::new(Vec::new());
            next.draft = None;
        }
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str) -> usize {
        rules().question_index(id).unwrap()
    }

    fn opt(question: &str, option: &str) -> u32 {
        1 << rules().questions[q(question)].option_index(option).unwrap()
    }

    fn state() -> Rc<State> {
        Rc::new(State::new(Answers::new(rules()), Lang::Nl))
    }

    fn submit(s: Rc<State>, question: &str, option: &str) -> Rc<State> {
        s.reduce(Action::Submit { question: q(question), mask: opt(question, option) })
    }

    fn walk(s: Rc<State>) -> Rc<State> {
        let s = s.reduce(Action::Begin);
        let s = submit(s, "rol", "werknemer");
        let s = submit(s, "sector", "zorg-welzijn");
        let s = submit(s, "omvang", "groot");
        let s = submit(s, "niveau", "individu");
        let s = submit(s, "fase", "signalen");
        submit(s, "factoren", "werkdruk")
    }

    #[test]
    fn exclusive_option_unchecks_the_others_and_vice_versa() {
        let weet_niet = 1 << 3;
        assert_eq!(toggle(0b011, 3, weet_niet), weet_niet);
        assert_eq!(toggle(weet_niet, 0, weet_niet), 0b001);
        assert_eq!(toggle(0b001, 1, weet_niet), 0b011);
        assert_eq!(toggle(0b011, 1, weet_niet), 0b001);
    }

    /// The choice on a page is the app's until Next: ticked boxes add up,
    /// the exclusive answer clears them, Next saves it, and leaving the page
    /// forgets an unsaved choice.
    #[test]
    fn choices_are_kept_until_next_and_forgotten_on_leaving() {
        let f = q("factoren");
        let factor = |id: &str| rules().questions[f].option_index(id).unwrap();
        let s = walk(state()).reduce(Action::Change(f));
        assert_eq!(s.choice(f), opt("factoren", "werkdruk"), "starts from the saved answer");
        let s = s.reduce(Action::Choose { question: f, option: factor("agressie") });
        assert_eq!(s.choice(f), opt("factoren", "werkdruk") | opt("factoren", "agressie"));
        assert_eq!(s.answers.mask(f), opt("factoren", "werkdruk"), "not saved yet");
        let s = s.reduce(Action::Choose { question: f, option: factor("weet-niet") });
        assert_eq!(s.choice(f), opt("factoren", "weet-niet"), "the exclusive answer clears the others");
        let s = s.reduce(Action::Choose { question: f, option: 99 });
        assert_eq!(s.choice(f), opt("factoren", "weet-niet"), "an unknown option changes nothing");
        let s = s.reduce(Action::Next { question: f });
        assert_eq!((s.step, s.answers.mask(f)), (Step::Check, opt("factoren", "weet-niet")));
        let s = s.reduce(Action::Change(f)).reduce(Action::Choose { question: f, option: factor("werkdruk") });
        let s = s.reduce(Action::Goto(Step::Check));
        assert_eq!(s.draft, None);
        let s = s.reduce(Action::Change(f));
        assert_eq!(s.choice(f), opt("factoren", "weet-niet"), "the unsaved choice is gone");
        let r = q("rol");
        let s = state().reduce(Action::Begin).reduce(Action::Choose { question: r, option: 0 }).reduce(Action::Choose { question: r, option: 1 });
        assert_eq!(s.choice(r), 1 << 1, "a radio question has one answer");
        let s = s.reduce(Action::Next { question: r });
        assert_eq!(s.answers.mask(r), 1 << 1);
    }

    #[test]
    fn begin_goes_to_the_first_question() {
        let s = state().reduce(Action::Begin);
        assert_eq!(s.step, Step::Question(0));
        // No total yet: the role decides whether the size is asked (issue 34).
        assert_eq!(s.position(0), (1, 0));
    }

    #[test]
    fn a_full_walk_ends_on_the_check_page() {
        let s = walk(state());
        assert_eq!(s.step, Step::Check);
        assert!(s.answers.is_complete(rules()));
        let s = s.reduce(Action::Goto(Step::Results));
        assert_eq!(s.step, Step::Results);
    }

    #[test]
    fn next_without_an_answer_is_an_error_and_stays() {
        let s = state().reduce(Action::Begin);
        let s = s.reduce(Action::Submit { question: 0, mask: 0 });
        assert_eq!((s.step, s.error), (Step::Question(0), 1));
        let s = s.reduce(Action::Submit { question: 0, mask: 0 });
        assert_eq!(s.error, 2, "a second try counts, so focus moves again");
        let s = submit(s, "rol", "werknemer");
        assert_eq!(s.error, 0);
    }

    #[test]
    fn zzp_skips_omvang_and_counts_one_question_less() {
        let s = state().reduce(Action::Begin);
        let s = submit(s, "rol", "zzp");
        let s = submit(s, "sector", "ict");
        assert_eq!(s.step, Step::Question(q("niveau")));
        assert_eq!(s.position(q("niveau")).1, rules().questions.len() - 1);
        assert_eq!(s.back_target(), Some(Step::Question(q("sector"))));
    }

    /// Issue 34: on every walk (each role, forward through every question)
    /// the counter shows one total at most, and the number counts up by one.
    #[test]
    fn the_step_total_never_changes_during_a_walk() {
        let role = q("rol");
        for o in 0..rules().questions[role].options.len() {
            let mut s = state().reduce(Action::Begin);
            let mut totals = Vec::new();
            let mut number = 0;
            while let Step::Question(current) = s.step {
                let (n, total) = s.position(current);
                assert_eq!(n, number + 1, "role option {o}: the steps count up by one");
                number = n;
                if total != 0 {
                    totals.push(total);
                }
                let mask = if current == role { 1 << o } else { 1 };
                s = s.reduce(Action::Submit { question: current, mask });
            }
            assert_eq!(s.step, Step::Check);
            totals.dedup();
            assert!(totals.len() <= 1, "role option {o}: totals {totals:?}");
            assert_eq!(totals.first(), Some(&number), "role option {o}: the total shown is the number of questions asked");
        }
    }

    #[test]
    fn change_from_check_returns_to_check() {
        let s = walk(state());
        let s = s.reduce(Action::Change(q("sector")));
        assert_eq!(s.step, Step::Question(q("sector")));
        assert!(s.from_check);
        assert_eq!(s.back_target(), Some(Step::Check));
        let s = submit(s, "sector", "ict");
        assert_eq!(s.step, Step::Check);
        assert!(!s.from_check);
    }

    #[test]
    fn changing_the_role_asks_newly_applicable_questions_then_returns() {
        let s = state().reduce(Action::Begin);
        let s = submit(s, "rol", "zzp");
        let s = submit(s, "sector", "ict");
        let s = submit(s, "niveau", "individu");
        let s = submit(s, "fase", "signalen");
        let s = submit(s, "factoren", "werkdruk");
        assert_eq!(s.step, Step::Check);
        let s = s.reduce(Action::Change(q("rol")));
        let s = submit(s, "rol", "werknemer");
        assert_eq!(s.step, Step::Question(q("omvang")), "omvang now applies and is open");
        let s = submit(s, "omvang", "klein");
        assert_eq!(s.step, Step::Check);
    }

    #[test]
    fn unchanged_state_keeps_the_same_rc() {
        let s = state();
        let same = s.clone().reduce(Action::SetLang(Lang::Nl));
        assert!(Rc::ptr_eq(&s, &same));
        let same = s.clone().reduce(Action::Load {
            answers: s.answers.clone(),
            step: Step::Start,
            lang: Some(Lang::Nl),
            notices: vec![],
            plan: None,
        });
        assert!(Rc::ptr_eq(&s, &same));
        let other = s.clone().reduce(Action::SetLang(Lang::En));
        assert!(!Rc::ptr_eq(&s, &other));
    }

    #[test]
    fn a_link_without_a_language_keeps_the_current_one() {
        let en = state().reduce(Action::SetLang(Lang::En));
        let load = |lang| Action::Load { answers: en.answers.clone(), step: Step::Check, lang, notices: vec![], plan: None };
        assert_eq!(en.clone().reduce(load(None)).lang, Lang::En);
        assert_eq!(en.clone().reduce(load(Some(Lang::Nl))).lang, Lang::Nl);
    }

    #[test]
    fn restart_keeps_the_language() {
        let s = walk(state()).reduce(Action::SetLang(Lang::En)).reduce(Action::Restart);
        assert_eq!((s.step, s.lang), (Step::Start, Lang::En));
        assert_eq!(s.answers, Answers::new(rules()));
    }

    #[test]
    fn preset_questions_are_skipped() {
        let (preset, _) = Answers::parse(rules(), "rol=werknemer&sector=zorg-welzijn");
        let s = Rc::new(State::new(preset, Lang::Nl)).reduce(Action::Begin);
        assert_eq!(s.step, Step::Question(q("omvang")));
        assert_eq!(s.position(q("omvang")), (1, rules().questions.len() - 2));
        assert_eq!(s.back_target(), Some(Step::Start));
        let s = s.reduce(Action::Goto(Step::Question(q("rol"))));
        assert_eq!(s.step, Step::Question(q("omvang")), "a preset question is never shown");
    }

    #[test]
    fn choosing_acuut_leads_straight_to_help_and_loses_nothing() {
        let s = state().reduce(Action::Begin);
        let s = submit(s, "rol", "leidinggevende");
        let s = submit(s, "sector", "zorg-welzijn");
        let s = submit(s, "omvang", "groot");
        let s = submit(s, "niveau", "team");
        let s = submit(s, "fase", "acuut");
        assert_eq!(s.step, Step::Crisis);
        assert_eq!(s.back_target(), Some(Step::Question(q("fase"))), "Back shows the choice again");
        assert_eq!(s.after_crisis(), Step::Question(q("factoren")), "later: the wizard goes on where it was");
        let later = s.after_crisis();
        let s = s.reduce(Action::Goto(later));
        assert_eq!(s.step, Step::Question(q("factoren")));
        assert!(s.answers.is_answered(q("fase")), "the answers are kept");
        // Another stage does not stop at the crisis page.
        let s = walk(state());
        assert_eq!(s.step, Step::Check);
        // From the check page: changing the stage to acuut shows help, then back to the check page.
        let s = s.reduce(Action::Change(q("fase")));
        let s = submit(s, "fase", "acuut");
        assert_eq!(s.step, Step::Crisis);
        assert_eq!(s.after_crisis(), Step::Check);
    }

    #[test]
    fn the_plan_is_kept_until_restart_and_a_link_without_one_keeps_it() {
        let s = walk(state()).reduce(Action::Goto(Step::Results)).reduce(Action::Goto(Step::Plan));
        assert_eq!((s.step, s.back_target()), (Step::Plan, Some(Step::Results)));
        assert_eq!(s.plan, None, "the advice's suggestion until the user changes something");
        let mut plan = Plan::default();
        plan.talk[0] = "é 😀".into();
        let s = s.reduce(Action::SetPlan(plan.clone()));
        assert_eq!(s.plan.as_deref(), Some(&plan));
        // Browser Back to the advice: that link has no plan; the plan stays.
        let answers = s.answers.clone();
        let s = s.reduce(Action::Load { answers, step: Step::Results, lang: None, notices: vec![], plan: None });
        assert_eq!((s.step, s.plan.as_deref()), (Step::Results, Some(&plan)));
        let s = s.reduce(Action::Restart);
        assert_eq!(s.plan, None);
        // Without the answers the plan page is not shown.
        assert_eq!(state().reduce(Action::Goto(Step::Plan)).step, Step::Question(0));
    }

    #[test]
    fn the_crisis_page_is_reachable_by_link_whatever_is_open() {
        let none = Answers::new(rules());
        assert_eq!(resolve_step(rules(), &none, &none, Some(Step::Crisis)), Step::Crisis);
        let (answers, _) = Answers::parse(rules(), "rol=werknemer");
        assert_eq!(resolve_step(rules(), &answers, &none, Some(Step::Crisis)), Step::Crisis);
    }

    #[test]
    fn links_cannot_skip_open_questions() {
        let (answers, _) = Answers::parse(rules(), "rol=werknemer");
        let none = Answers::new(rules());
        let step = resolve_step(rules(), &answers, &none, Some(Step::Question(q("fase"))));
        assert_eq!(step, Step::Question(q("sector")));
        assert_eq!(resolve_step(rules(), &answers, &none, Some(Step::Results)), Step::Question(q("sector")));
        assert_eq!(resolve_step(rules(), &none, &none, None), Step::Start);
    }
}
