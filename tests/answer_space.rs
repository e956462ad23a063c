//! Exhaustive verification: every complete answer set the vocabulary allows
//! (and every partial one the wizard can produce) satisfies the invariants of
//! VOCABULARY.md. Prints how many sets were checked.

use std::time::Instant;

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{Advice, Answers, Lang, QuestionKind, RuleSet, Target, evaluate, render_reason};

struct Ids {
    rol: usize,
    fase: usize,
    factoren: usize,
    zzp: u32,
    student: u32,
    acuut: u32,
    verzuim: u32,
    ongewenst: u32,
    crisis: Target,
    bedrijfsarts: Target,
    huisarts: Target,
    vertrouwenspersoon: Target,
    sociale_veiligheid: Target,
    employer_only: Vec<Target>,
}

fn ids(rules: &RuleSet) -> Ids {
    let q = |id: &str| rules.question_index(id).unwrap_or_else(|| panic!("question {id}"));
    let o = |qid: &str, id: &str| 1u32 << rules.questions[q(qid)].option_index(id).unwrap_or_else(|| panic!("option {id}"));
    let e = |id: &str| Target::Expert(rules.expert_index(id).unwrap_or_else(|| panic!("expert {id}")) as u16);
    let c = |id: &str| Target::Category(rules.category_index(id).unwrap_or_else(|| panic!("category {id}")) as u16);
    Ids {
        rol: q("rol"),
        fase: q("fase"),
        factoren: q("factoren"),
        zzp: o("rol", "zzp"),
        student: o("rol", "student"),
        acuut: o("fase", "acuut"),
        verzuim: o("fase", "verzuim"),
        ongewenst: o("factoren", "ongewenst-gedrag"),
        crisis: e("crisislijn-113"),
        bedrijfsarts: e("bedrijfsarts"),
        huisarts: e("huisarts"),
        vertrouwenspersoon: e("vertrouwenspersoon"),
        sociale_veiligheid: c("sociale-veiligheid"),
        employer_only: vec![c("rie-psa"), e("ondernemingsraad"), e("leidinggevende"), e("hr-adviseur")],
    }
}

/// Checks the invariants on one answer set; returns a description of the first violation.
fn violation(rules: &RuleSet, ids: &Ids, answers: &Answers, advice: &Advice, complete: bool) -> Option<String> {
    let experts: Vec<Target> = advice.experts.iter().map(|r| r.target).collect();
    let categories: Vec<Target> = advice.categories.iter().map(|r| r.target).collect();
    let rol = answers.mask(ids.rol);
    let fase = answers.mask(ids.fase);
    if fase & ids.acuut != 0 && experts.first() != Some(&ids.crisis) {
        return Some("fase=acuut: crisislijn-113 is not the first expert".into());
    }
    if complete && fase & ids.verzuim != 0 {
        let first_two = &experts[..experts.len().min(2)];
        let self_employed = rol & (ids.zzp | ids.student) != 0;
        let want = if self_employed { ids.huisarts } else { ids.bedrijfsarts };
        if !first_two.contains(&want) {
            return Some(format!("fase=verzuim: {} is not among the first two experts", rules.target_id(want)));
        }
    }
    if rol & ids.zzp != 0 {
        if let Some(t) = ids.employer_only.iter().find(|t| experts.contains(t) || categories.contains(t)) {
            return Some(format!("rol=zzp gets employer-only advice {}", rules.target_id(*t)));
        }
    }
    if answers.mask(ids.factoren) & ids.ongewenst != 0
        && !(experts.contains(&ids.vertrouwenspersoon) && categories.contains(&ids.sociale_veiligheid))
    {
        return Some("ongewenst-gedrag without vertrouwenspersoon and sociale-veiligheid".into());
    }
    if advice.categories.is_empty() || advice.experts.is_empty() {
        return Some("no category or no expert".into());
    }
    if let Some(r) = advice.categories.iter().chain(&advice.experts).chain(&advice.tools).find(|r| r.rules.is_empty()) {
        return Some(format!("{} has no reason", rules.target_id(r.target)));
    }
    None
}

/// Every reason names what the user answered: no placeholder left, and the
/// short text of one of the user's answers appears in it.
fn reasons_are_in_user_words(rules: &RuleSet, answers: &Answers, advice: &Advice) -> Option<String> {
    for ranked in advice.categories.iter().chain(&advice.experts) {
        for &rule in &ranked.rules {
            for lang in Lang::ALL {
                let text = render_reason(rules, rule as usize, answers, lang);
                if text.contains('{') || text.contains('}') {
                    return Some(format!("reason of {} keeps a placeholder: {text}", rules.rules[rule as usize].id));
                }
                let names_answer = (0..rules.questions.len()).any(|q| {
                    rules.questions[q].options.iter().enumerate().any(|(o, option)| {
                        answers.mask(q) & (1 << o) != 0 && text.contains(option.short_for(answers.roles(rules)).get(lang))
                    })
                });
                if !names_answer {
                    return Some(format!("reason of {} names no answer: {text}", rules.rules[rule as usize].id));
                }
            }
        }
    }
    None
}

/// The masks a question can take in a complete answer set.
fn choices(rules: &RuleSet, q: usize) -> Vec<u32> {
    let question = &rules.questions[q];
    let n = question.options.len();
    match question.kind {
        QuestionKind::One => (0..n).map(|o| 1u32 << o).collect(),
        QuestionKind::Many => {
            let exclusive: u32 = question.options.iter().enumerate().filter(|(_, o)| o.exclusive).fold(0, |m, (i, _)| m | 1 << i);
            let all = (1u32 << n) - 1;
            let normal = all & !exclusive;
            let mut masks: Vec<u32> = (1..=all).filter(|m| m & !normal == 0).collect();
            masks.extend((0..n).filter(|o| exclusive & (1 << o) != 0).map(|o| 1u32 << o));
            masks
        }
    }
}

fn walk(rules: &RuleSet, q: usize, answers: &mut Answers, visit: &mut dyn FnMut(&Answers)) {
    if q == rules.questions.len() {
        visit(answers);
        return;
    }
    if !answers.applies(rules, q) {
        answers.clear(q);
        walk(rules, q + 1, answers, visit);
        return;
    }
    for mask in choices(rules, q) {
        answers.set(q, mask);
        walk(rules, q + 1, answers, visit);
    }
    answers.clear(q);
}

#[test]
fn every_complete_answer_set_satisfies_the_vocabulary_invariants() {
    let rules = &RULES;
    let ids = ids(rules);
    let rol = ids.rol;
    let roles = rules.questions[rol].options.len();
    let started = Instant::now();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results: Vec<(u64, Vec<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let ids = &ids;
                scope.spawn(move || {
                    let mut count = 0u64;
                    let mut failures = Vec::new();
                    for r in (0..roles).filter(|r| r % threads == t) {
                        let mut answers = Answers::new(rules);
                        answers.set(rol, 1 << r);
                        let mut visit = |a: &Answers| {
                            count += 1;
                            let advice = evaluate(rules, a);
                            let problem = violation(rules, ids, a, &advice, true).or_else(|| {
                                // Rendering every reason of 3 million sets is slow; every 97th is enough
                                // to catch a template problem, since rules repeat across sets.
                                (count % 97 == 0).then(|| reasons_are_in_user_words(rules, a, &advice)).flatten()
                            });
                            if let Some(p) = problem {
                                if failures.len() < 5 {
                                    failures.push(format!("{}: {p}", a.encode(rules)));
                                }
                            }
                        };
                        walk(rules, rol + 1, &mut answers, &mut visit);
                    }
                    (count, failures)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("worker")).collect()
    });
    let elapsed = started.elapsed();
    let count: u64 = results.iter().map(|(c, _)| c).sum();
    let failures: Vec<&String> = results.iter().flat_map(|(_, f)| f).collect();
    println!(
        "answer space: {count} complete answer sets checked in {:.2} s ({:.2} µs per evaluation, {threads} threads)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 * threads as f64 / count as f64
    );
    assert!(count > 3_000_000, "the answer space shrank to {count}");
    assert!(failures.is_empty(), "invariants violated, e.g.:\n{}", failures.iter().map(|f| f.as_str()).collect::<Vec<_>>().join("\n"));
}

#[test]
fn every_partial_answer_set_of_the_wizard_satisfies_the_invariants() {
    // The wizard answers questions in order, so a partial set is a complete
    // set cut after question k. Factors: none, each single one, weet-niet, all.
    let rules = &RULES;
    let ids = ids(rules);
    let n = rules.questions.len();
    let mut count = 0u64;
    let mut failures = Vec::new();
    for cut in 1..n {
        let mut answers = Answers::new(rules);
        let mut visit = |a: &Answers| {
            let mut partial = a.clone();
            for q in cut..n {
                partial.clear(q);
            }
            count += 1;
            let advice = evaluate(rules, &partial);
            if let Some(p) = violation(rules, &ids, &partial, &advice, false)
                .or_else(|| reasons_are_in_user_words(rules, &partial, &advice))
            {
                if failures.len() < 5 {
                    failures.push(format!("{}: {p}", partial.encode(rules)));
                }
            }
        };
        walk_limited(rules, 0, cut, &mut answers, &mut visit);
    }
    println!("answer space: {count} partial answer sets checked");
    assert!(count > 1000);
    assert!(failures.is_empty(), "invariants violated on partial sets, e.g.:\n{}", failures.join("\n"));
}

/// Walks questions `q..cut` with all their choices (factoren reduced), leaving the rest open.
fn walk_limited(rules: &RuleSet, q: usize, cut: usize, answers: &mut Answers, visit: &mut dyn FnMut(&Answers)) {
    if q == cut {
        visit(answers);
        return;
    }
    if !answers.applies(rules, q) {
        walk_limited(rules, q + 1, cut, answers, visit);
        return;
    }
    let question = &rules.questions[q];
    let masks: Vec<u32> = match question.kind {
        QuestionKind::One => choices(rules, q),
        QuestionKind::Many => {
            let n = question.options.len();
            let normal: u32 = question.options.iter().enumerate().filter(|(_, o)| !o.exclusive).fold(0, |m, (i, _)| m | 1 << i);
            let mut m: Vec<u32> = (0..n).map(|o| 1u32 << o).collect();
            m.push(normal);
            m
        }
    };
    for mask in masks {
        answers.set(q, mask);
        walk_limited(rules, q + 1, cut, answers, visit);
    }
    answers.clear(q);
}

#[test]
fn evaluation_is_deterministic() {
    let rules = &RULES;
    let (answers, notices) = Answers::parse(rules, "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=team&fase=signalen&factoren=werkdruk,agressie,ongewenst-gedrag");
    assert!(notices.is_empty(), "{notices:?}");
    let first = evaluate(rules, &answers);
    for _ in 0..10 {
        assert_eq!(evaluate(rules, &answers), first);
    }
}
