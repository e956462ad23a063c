//! The URL fragment ⇄ what it says, as pure functions: a codec, no rules of
//! the app. What a link means (which answers apply, which step may show) is
//! the reducer's (`Action::Open` in `ui::state`).
//!
//! `#` + the answers in the VOCABULARY encoding + `&stap=<question id|start|controle|advies|hulp-nu|plan|terugblik>`
//! (+ `&taal=en`) (+ `&plan=…`, see `super::plan`). `stap`, `taal` and `plan`
//! are taken out before `Answers::parse`; everything else is parsed
//! leniently. Never panics.

use crate::engine::{Answers, Lang, Notice, RuleSet, percent_decode};

use super::capabilities::PLAN_PAGE;
use super::plan::{PLAN_KEY, Plan};
use super::step::Step;

pub const STEP_KEY: &str = "stap";
pub const LANG_KEY: &str = "taal";

/// What a fragment says.
#[derive(Debug, PartialEq)]
pub struct Parsed {
    /// The answers as written (those that do not apply too).
    pub answers: Answers,
    /// The step asked for (`None`: no `stap`, or one that names no step).
    pub step: Option<Step>,
    /// `None` when the fragment names no (known) language.
    pub lang: Option<Lang>,
    pub notices: Vec<Notice>,
    /// `plan=`: the plan made on the plan page (see `super::plan`).
    pub plan: Option<Plan>,
}

/// Reads a fragment (with or without `#`).
pub fn parse(rules: &RuleSet, fragment: &str) -> Parsed {
    let fragment = fragment.trim().trim_start_matches(['#', '?']);
    let mut rest = String::with_capacity(fragment.len().min(4096));
    let mut stap: Option<String> = None;
    let mut lang = None;
    let mut plan = None;
    for part in fragment.split('&') {
        // Decoded only to recognise `stap` and `taal` (`%73tap`): the answers
        // go on as written, and `Answers::parse` decodes them once.
        let decoded = percent_decode(part);
        let (key, value) = decoded.split_once('=').unwrap_or((&decoded, ""));
        let key = key.trim();
        if key.eq_ignore_ascii_case(STEP_KEY) {
            stap.get_or_insert_with(|| value.trim().to_ascii_lowercase());
        } else if key.eq_ignore_ascii_case(LANG_KEY) {
            if lang.is_none() {
                lang = Lang::from_code(value);
            }
        } else if key.eq_ignore_ascii_case(PLAN_KEY) {
            // Decoded by the plan itself, from the part as written; a build
            // without the plan page (the site's wasm: main.js sends a plan's
            // link to plan.html) leaves it alone.
            if PLAN_PAGE {
                plan.get_or_insert_with(|| Plan::decode(part.split_once('=').map_or("", |(_, v)| v)));
            }
        } else if !part.trim().is_empty() {
            if !rest.is_empty() {
                rest.push('&');
            }
            rest.push_str(part);
        }
    }
    let (answers, notices) = Answers::parse(rules, &rest);
    // An unknown `stap` is treated as none.
    let step = stap.as_deref().and_then(|s| step_from_id(rules, s));
    Parsed { answers, step, lang, notices, plan }
}

fn step_from_id(rules: &RuleSet, id: &str) -> Option<Step> {
    match id {
        "start" => Some(Step::Start),
        "controle" => Some(Step::Check),
        "advies" => Some(Step::Results),
        "hulp-nu" => Some(Step::Crisis),
        "plan" => Some(Step::Plan),
        "terugblik" => Some(Step::CheckIn),
        q => rules.question_index(q).map(Step::Question),
    }
}

/// The `stap` value of a step.
pub fn step_id(rules: &RuleSet, step: Step) -> &str {
    match step {
        Step::Start => "start",
        Step::Question(q) => rules.questions.get(q).map_or("start", |q| &q.id),
        Step::Check => "controle",
        Step::Results => "advies",
        Step::Crisis => "hulp-nu",
        Step::Plan => "plan",
        Step::CheckIn => "terugblik",
    }
}

/// The fragment (without `#`) for a state. The start page without answers is
/// the empty fragment (plus `taal=en` in English).
pub fn fragment(rules: &RuleSet, answers: &Answers, step: Step, lang: Lang) -> String {
    let mut out = answers.encode(rules);
    if !(step == Step::Start && out.is_empty()) {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(STEP_KEY);
        out.push('=');
        out.push_str(step_id(rules, step));
    }
    if lang == Lang::En {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(LANG_KEY);
        out.push_str("=en");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::rules;
    use crate::engine::NoticeKind;
    use crate::ui::state::{normalize, resolve_step};

    /// A link as the app opens it: the codec, then the reducer's rules
    /// (`Action::Open`): inapplicable answers dropped, the step resolved.
    struct Opened {
        answers: Answers,
        step: Step,
        lang: Option<Lang>,
        notices: Vec<Notice>,
        plan: Option<Plan>,
    }

    const FULL: &str = "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,agressie";

    fn none() -> Answers {
        Answers::new(rules())
    }

    fn p(fragment: &str) -> Opened {
        let Parsed { mut answers, step, lang, notices, plan } = parse(rules(), fragment);
        normalize(rules(), &mut answers, &none());
        let step = resolve_step(rules(), &answers, &none(), step);
        Opened { answers, step, lang, notices, plan }
    }

    fn q(id: &str) -> usize {
        rules().question_index(id).unwrap()
    }

    #[test]
    fn stap_and_taal_are_recognised_percent_encoded_too() {
        let parsed = p(&format!("{FULL}&%73tap=%61dvies&taal=%65n"));
        assert_eq!(parsed.step, Step::Results);
        assert_eq!(parsed.lang, Some(Lang::En));
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        // An answer is decoded once, not twice: "%2541" is the text "%41", not "A".
        let once = p("rol=werknemer&sector=%2541");
        assert!(once.notices.iter().any(|n| n.kind == NoticeKind::UnknownValue && n.value == "41"), "{:?}", once.notices);
    }

    #[test]
    fn empty_fragment_is_the_start_page() {
        for f in ["", "#", "#&", "  "] {
            let parsed = p(f);
            assert_eq!(parsed.step, Step::Start, "{f:?}");
            assert_eq!(parsed.lang, None);
            assert!(parsed.notices.is_empty());
        }
    }

    #[test]
    fn complete_answers_without_stap_show_the_results() {
        let parsed = p(&format!("#{FULL}"));
        assert_eq!(parsed.step, Step::Results);
        assert!(parsed.notices.is_empty());
        assert_eq!(parsed.answers.encode(rules()), FULL);
    }

    #[test]
    fn incomplete_answers_resume_at_the_first_open_question() {
        let parsed = p("#rol=werknemer&sector=ict");
        assert_eq!(parsed.step, Step::Question(q("omvang")));
        let parsed = p("#rol=werknemer&sector=ict&stap=advies");
        assert_eq!(parsed.step, Step::Question(q("omvang")));
    }

    #[test]
    fn stap_and_taal_are_read_and_not_parsed_as_answers() {
        let parsed = p(&format!("{FULL}&stap=controle&taal=en"));
        assert_eq!(parsed.step, Step::Check);
        assert_eq!(parsed.lang, Some(Lang::En));
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        let parsed = p("rol=werknemer&stap=sector&TAAL=NL");
        assert_eq!(parsed.step, Step::Question(q("sector")));
        assert_eq!(parsed.lang, Some(Lang::Nl));
        let parsed = p("stap=start&rol=werknemer");
        assert_eq!(parsed.step, Step::Start);
    }

    #[test]
    fn malformed_parts_give_notices_and_keep_the_valid_part() {
        let parsed = p("#rol=werknemer&kleur=blauw&sector=maan&zomaar&stap=nergens&taal=xx");
        assert_eq!(parsed.answers.encode(rules()), "rol=werknemer");
        let kinds: Vec<NoticeKind> = parsed.notices.iter().map(|n| n.kind).collect();
        assert_eq!(kinds, [NoticeKind::UnknownKey, NoticeKind::UnknownValue, NoticeKind::Malformed]);
        assert_eq!(parsed.step, Step::Question(q("sector")));
        assert_eq!(parsed.lang, None);
    }

    #[test]
    fn round_trip() {
        let parsed = p(FULL);
        for step in [Step::Start, Step::Question(q("fase")), Step::Check, Step::Results, Step::Crisis, Step::Plan, Step::CheckIn] {
            for lang in Lang::ALL {
                let f = fragment(rules(), &parsed.answers, step, lang);
                let back = p(&f);
                assert_eq!((back.step, back.lang.unwrap_or(Lang::Nl)), (step, lang), "{f}");
                assert_eq!(back.answers, parsed.answers);
            }
        }
        assert_eq!(fragment(rules(), &none(), Step::Start, Lang::Nl), "");
        assert_eq!(fragment(rules(), &none(), Step::Start, Lang::En), "taal=en");
        assert_eq!(
            fragment(rules(), &p("rol=zzp").answers, Step::Question(q("sector")), Lang::Nl),
            "rol=zzp&stap=sector"
        );
    }

    #[test]
    fn the_plan_is_read_from_its_part_as_written() {
        let mut plan = Plan::default();
        plan.talk[0] = "50% & meer = “ja” 😀\nregel".into();
        plan.add().unwrap();
        plan.set_field(0, 2, "+ voor 1 maart").unwrap();
        let mut f = fragment(rules(), &p(FULL).answers, Step::Plan, Lang::En);
        super::super::plan::append(&mut f, Some(&plan));
        let back = p(&f);
        assert_eq!((back.step, back.lang), (Step::Plan, Some(Lang::En)));
        assert!(back.notices.is_empty(), "plan= is no answer: {:?}", back.notices);
        assert_eq!(back.plan.as_ref().map(Plan::encode), Some(plan.encode()));
        assert_eq!(back.plan.unwrap().talk[0], plan.talk[0]);
        assert_eq!(p(FULL).plan, None);
        // The plan page needs the advice: open questions come first.
        assert_eq!(p("rol=werknemer&stap=plan&plan=~0*x").step, Step::Question(q("sector")));
    }

    #[test]
    fn a_question_that_does_not_apply_is_not_shown() {
        let parsed = p("rol=zzp&stap=omvang");
        assert_eq!(parsed.step, Step::Question(q("sector")));
    }

    #[test]
    fn never_panics_on_odd_fragments() {
        let long = "a".repeat(10_000);
        let odd = [
            "%", "%%%", "%zz", "=&=&=", "stap", "stap=", "taal", "&&&&", "rol=%E2%82", "rol=werknemer,werkgever",
            "factoren=weet-niet,werkdruk", "😀=😀&stap=😀", "#?#?", "rol==werknemer", long.as_str(),
            "stap=controle&stap=advies", "\u{0}\u{1}=\u{2}",
        ];
        for f in odd {
            let parsed = p(f);
            let _ = fragment(rules(), &parsed.answers, parsed.step, Lang::Nl);
        }
    }

    /// The codec both ways, for any answers the app can hold (each question
    /// answered or not, within its kind; only those that apply), any step,
    /// either language and a plan: the fragment reads back as what it was
    /// made of, without a notice.
    #[test]
    fn any_state_round_trips_through_its_fragment() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        use crate::engine::QuestionKind;
        let r = rules();
        let n = r.questions.len();
        let masks = proptest::collection::vec(any::<u32>(), n);
        let steps = (0..n + 6).prop_map(move |i| match i {
            0 => Step::Start,
            1 => Step::Check,
            2 => Step::Results,
            3 => Step::Crisis,
            4 => Step::Plan,
            i => Step::Question((i - 5) % n),
        });
        let mut runner = TestRunner::new(Config { cases: 1024, ..Config::default() });
        runner
            .run(&(masks, steps, any::<bool>(), proptest::option::of(any::<String>())), |(masks, step, english, talk)| {
                let mut answers = none();
                for (q, question) in r.questions.iter().enumerate() {
                    let all = (1u32 << question.options.len()) - 1;
                    let exclusive: u32 = question.options.iter().enumerate().filter(|(_, o)| o.exclusive).map(|(i, _)| 1 << i).sum();
                    let mask = masks[q] & all;
                    let mask = match question.kind {
                        QuestionKind::One => mask & mask.wrapping_neg(),
                        // An exclusive answer stands alone.
                        _ if mask & !exclusive != 0 => mask & !exclusive,
                        _ => mask & exclusive & exclusive.wrapping_neg(),
                    };
                    answers.set(q, mask);
                }
                answers.drop_inapplicable(r);
                let lang = if english { Lang::En } else { Lang::Nl };
                let plan = talk.map(|talk| {
                    let mut plan = Plan::default();
                    plan.talk[1] = talk.chars().take(crate::ui::plan::MAX_CHARS).collect();
                    plan
                });
                let mut f = fragment(r, &answers, step, lang);
                crate::ui::plan::append(&mut f, plan.as_ref());
                let back = parse(r, &f);
                prop_assert_eq!(&back.answers, &answers, "{}", f);
                let no_stap = step == Step::Start && answers == none();
                prop_assert_eq!(back.step, (!no_stap).then_some(step), "{}", f);
                prop_assert_eq!(back.lang.unwrap_or_default(), lang);
                prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
                prop_assert_eq!(back.plan.map(|p| p.encode()), plan.map(|p| p.encode()));
                Ok(())
            })
            .unwrap();
    }

    /// Reading never writes a rule of the app into what it read: answers
    /// that do not apply are the reducer's to drop, and the step asked for
    /// is the step read, whatever the answers.
    #[test]
    fn the_codec_reads_what_is_written_and_decides_nothing() {
        let parsed = parse(rules(), "rol=werknemer&stap=advies");
        assert_eq!(parsed.step, Some(Step::Results), "open questions are the reducer's business");
        assert_eq!(parse(rules(), "rol=werknemer").step, None);
        assert_eq!(parse(rules(), "stap=nergens").step, None);
    }
}
