//! `engine::present`: what the advice shows. Checked on every role × sector ×
//! size × level × stage with each single factor (and none): in an acute
//! crisis crisis help and the GP are the only items open and everything else
//! is "for later"; otherwise at most three approaches and three experts open;
//! each rule's reason shows once on the page. Prints how many sets it checked.

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{ACUTE_EXPERTS, Answers, FACTOR_PROMOTION, OPEN_CATEGORIES, OPEN_EXPERTS, Presentation, Target, chosen_level, named_factors, present};

/// Every complete answer set with at most one factor.
fn answer_sets() -> Vec<Answers> {
    let rules = &RULES;
    let mut sets = vec![Answers::new(rules)];
    for (q, question) in rules.questions.iter().enumerate() {
        let mut next = Vec::new();
        for a in &sets {
            if !a.applies(rules, q) {
                next.push(a.clone());
                continue;
            }
            // One option at a time (one factor at a time for the many-question
            // keeps this quick; answer_space.rs has every combination).
            for o in 0..question.options.len() {
                let mut b = a.clone();
                b.set(q, 1 << o);
                next.push(b);
            }
        }
        sets = next;
    }
    sets
}

fn expert_id(target: Target) -> &'static str {
    match target {
        Target::Expert(e) => &RULES.experts[e as usize].id,
        _ => "",
    }
}

fn check(p: &Presentation, answers: &Answers) -> Result<(), String> {
    let context = || answers.encode(&RULES);
    if p.acute {
        let open: Vec<&str> = p.experts.iter().filter(|e| e.visible()).map(|e| expert_id(e.target)).collect();
        if open != ACUTE_EXPERTS {
            return Err(format!("{}: open experts at acuut are {open:?}", context()));
        }
        if let Some(c) = p.categories.iter().find(|c| !c.later) {
            return Err(format!("{}: approach {:?} is not under 'Voor later'", context(), c.target));
        }
        if p.experts.iter().any(|e| e.visible() != !e.later) {
            return Err(format!("{}: an expert is both folded and not for later", context()));
        }
    } else {
        if p.categories.iter().chain(&p.experts).any(|i| i.later) {
            return Err(format!("{}: 'for later' outside a crisis", context()));
        }
        let open_c = p.categories.iter().filter(|c| c.visible()).count();
        let open_e = p.experts.iter().filter(|e| e.visible()).count();
        if open_c > OPEN_CATEGORIES || open_e > OPEN_EXPERTS || open_c == 0 || open_e == 0 {
            return Err(format!("{}: {open_c} approaches and {open_e} experts open", context()));
        }
        // What the user named first: safety, then a named factor, then the chosen level.
        let named = named_factors(&RULES, answers);
        let level = chosen_level(&RULES, answers);
        let keys: Vec<(bool, bool, bool)> = p
            .categories
            .iter()
            .map(|c| {
                let Target::Category(i) = c.target else { unreachable!() };
                let category = &RULES.categories[i as usize];
                let ranked = p.advice.categories.iter().find(|r| r.target == c.target);
                let safety = ranked.is_some_and(|r| r.safety);
                // Issue 30 (E6): a factor lifts a category only from FACTOR_PROMOTION on.
                let answers_factor = category.factors & named != 0 && ranked.is_some_and(|r| r.score >= FACTOR_PROMOTION);
                (!safety, !answers_factor, !level.is_none_or(|l| category.levels.contains(&l)))
            })
            .collect();
        if keys.windows(2).any(|w| w[0] > w[1]) {
            return Err(format!("{}: approaches not in the order safety, named factor, chosen level: {keys:?}", context()));
        }
        if named != 0 && named.count_ones() <= 2 {
            for bit in (0..32).map(|b| 1u32 << b).filter(|b| named & b != 0) {
                let top = p.categories.iter().take(OPEN_CATEGORIES).any(|c| match c.target {
                    Target::Category(i) => RULES.categories[i as usize].factors & bit != 0,
                    _ => false,
                });
                if !top {
                    return Err(format!("{}: a named factor is not addressed by an open approach", context()));
                }
            }
        }
        // Open ones first: nothing open after a folded one.
        for list in [&p.categories, &p.experts] {
            if list.windows(2).any(|w| !w[0].open && w[1].open) {
                return Err(format!("{}: an open card after a folded one", context()));
            }
        }
    }
    let mut reasons: Vec<u16> = p.categories.iter().chain(&p.experts).flat_map(|i| i.reasons.iter().copied()).collect();
    let all = reasons.len();
    reasons.sort_unstable();
    reasons.dedup();
    if reasons.len() != all {
        return Err(format!("{}: a reason shows twice", context()));
    }
    Ok(())
}

#[test]
fn what_shows_open_and_folded_on_every_answer_set() {
    let sets = answer_sets();
    let (mut acute, mut other) = (0, 0);
    for answers in &sets {
        let p = present(&RULES, answers);
        if let Err(e) = check(&p, answers) {
            panic!("{e}");
        }
        if p.acute { acute += 1 } else { other += 1 }
    }
    println!("present: checked {} answer sets ({acute} acute, {other} other)", sets.len());
    assert!(acute > 1000 && other > 3000, "{acute} {other}");
}

#[test]
fn the_check_finds_a_wrong_presentation() {
    // The check above must be able to fail: a crisis with an approach open.
    let (answers, _) = Answers::parse(&RULES, "rol=werknemer&sector=ict&omvang=groot&niveau=individu&fase=acuut&factoren=werkdruk");
    let mut p = present(&RULES, &answers);
    assert!(check(&p, &answers).is_ok());
    p.categories[0].later = false;
    assert!(check(&p, &answers).is_err());
    let mut p = present(&RULES, &answers);
    p.experts.swap(0, 1);
    assert!(check(&p, &answers).is_err(), "113 first, then the GP");
}

/// Issue 30 (CONTENT-REVIEW.md E8): an employee off sick is not asked to
/// "stel in je team voor …": every open card of an employee at `verzuim` has a
/// next step written for sick leave, and so does a manager's first card there.
#[test]
fn cards_at_sick_leave_have_a_next_step_for_sick_leave() {
    let fase = RULES.question_index("fase").unwrap();
    let verzuim = 1u32 << RULES.questions[fase].option_index("verzuim").unwrap();
    let rol = RULES.question_index("rol").unwrap();
    let mut checked = 0;
    for answers in answer_sets().iter().filter(|a| a.mask(fase) == verzuim) {
        let roles = answers.mask(rol);
        let employee = RULES.questions[rol].options[roles.trailing_zeros() as usize].id == "werknemer";
        if !employee {
            continue;
        }
        for shown in present(&RULES, answers).categories.iter().filter(|c| c.visible()) {
            let Target::Category(c) = shown.target else { continue };
            let category = &RULES.categories[c as usize];
            let next = category.this_week_for(roles, verzuim).get(keuzehulp::engine::Lang::Nl);
            assert!(next.starts_with("Ben je ziek thuis"), "{}: card {} says {next}", answers.encode(&RULES), category.id);
            assert_ne!(next, category.this_week_for(roles, 0).get(keuzehulp::engine::Lang::Nl));
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

/// Every answer set of `answer_sets` once more with every factor named (the
/// longest advice) and with "weet niet": the sets with the most to say.
fn longest_sets() -> Vec<Answers> {
    let rules = &RULES;
    let q = rules.question_index("factoren").expect("factoren");
    let factors = &rules.questions[q];
    let dont_know = factors.option_index("weet-niet").map_or(0, |o| 1u32 << o);
    let every = ((1u32 << factors.options.len()) - 1) & !dont_know;
    let mut out = Vec::new();
    for a in answer_sets() {
        if a.mask(q).trailing_zeros() != 0 {
            continue; // one copy per set of the other answers (those with the first factor)
        }
        for mask in [every, dont_know] {
            let mut b = a.clone();
            b.set(q, mask);
            out.push(b);
        }
    }
    out
}

/// Issue 34: the advice says nothing twice, folded parts included: no
/// paragraph, and no paragraph that is another with one sentence changed
/// (the ZonMw finding was on five cards, a tool in three). Over every
/// single-factor set and the longest sets, in both languages.
#[test]
fn no_paragraph_is_said_twice() {
    use keuzehulp::engine::Lang;
    use keuzehulp::engine::said::{paragraphs, repeats};
    let mut sets = answer_sets();
    sets.extend(longest_sets());
    let mut most = 0;
    for answers in &sets {
        let p = present(&RULES, answers);
        for lang in [Lang::Nl, Lang::En] {
            let texts = paragraphs(&RULES, answers, &p, lang);
            most = most.max(texts.len());
            if let Some(&(a, b)) = repeats(&texts).first() {
                panic!("{}: said twice ({lang:?}):\n  {}\n  {}", answers.encode(&RULES), texts[a], texts[b]);
            }
        }
    }
    println!("said once: {} answer sets, up to {most} paragraphs each", sets.len());
}

#[test]
fn the_repeat_check_finds_a_repeat() {
    use keuzehulp::engine::Lang;
    use keuzehulp::engine::said::{paragraphs, repeats};
    let all = "werkdruk,regelruimte,emotionele-belasting,ongewenst-gedrag,agressie,leiderschap,werk-prive,onzekerheid,thuiswerken,prestatiedruk";
    let (answers, _) = Answers::parse(&RULES, &format!("rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=weet-niet&fase=signalen&factoren={all}"));
    let mut p = present(&RULES, &answers);
    assert!(repeats(&paragraphs(&RULES, &answers, &p, Lang::Nl)).is_empty());
    // Every ZonMw card with its finding, as before: said again.
    for c in &mut p.categories {
        if let Target::Category(i) = c.target {
            c.success = RULES.categories[i as usize].success.is_some();
        }
    }
    assert!(p.categories.iter().filter(|c| c.success).count() >= 2, "the sample has two ZonMw approaches");
    assert!(!repeats(&paragraphs(&RULES, &answers, &p, Lang::Nl)).is_empty());
}
