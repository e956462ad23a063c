//! Exhaustive verification: every complete answer set the vocabulary allows
//! (and every partial one the wizard can produce) satisfies the invariants of
//! VOCABULARY.md. Prints how many sets were checked.

use std::time::Instant;

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{Advice, Answers, Lang, QuestionKind, RuleSet, Target, evaluate, first_step, render_reason};

struct Ids {
    rol: usize,
    fase: usize,
    factoren: usize,
    omvang: usize,
    zzp: u32,
    student: u32,
    werknemer: u32,
    acuut: u32,
    verzuim: u32,
    ongewenst: u32,
    leiderschap: u32,
    agressie: u32,
    weet_niet: u32,
    /// Issue 30: the roles a factor about the manager is about (the manager
    /// is then neither first step nor expert), and who must act on aggression.
    self_roles: u32,
    boss_roles: u32,
    klein: u32,
    leidinggevende: Target,
    ondernemingsraad: Target,
    not_at_acuut: Vec<Target>,
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
        omvang: q("omvang"),
        zzp: o("rol", "zzp"),
        student: o("rol", "student"),
        werknemer: o("rol", "werknemer"),
        acuut: o("fase", "acuut"),
        verzuim: o("fase", "verzuim"),
        ongewenst: o("factoren", "ongewenst-gedrag"),
        leiderschap: o("factoren", "leiderschap"),
        agressie: o("factoren", "agressie"),
        weet_niet: o("factoren", "weet-niet"),
        self_roles: o("rol", "werknemer") | o("rol", "student"),
        boss_roles: o("rol", "leidinggevende") | o("rol", "werkgever"),
        klein: o("omvang", "klein"),
        leidinggevende: e("leidinggevende"),
        ondernemingsraad: e("ondernemingsraad"),
        not_at_acuut: vec![c("rie-psa"), e("brancheorganisatie"), e("arbeidsinspectie"), e("preventiemedewerker")],
        crisis: e("crisislijn-113"),
        bedrijfsarts: e("bedrijfsarts"),
        huisarts: e("huisarts"),
        vertrouwenspersoon: e("vertrouwenspersoon"),
        sociale_veiligheid: c("sociale-veiligheid"),
        employer_only: vec![c("rie-psa"), e("ondernemingsraad"), e("leidinggevende"), e("hr-adviseur")],
    }
}

/// The invariants added in December 2026 (VOCABULARY.md), each counted where it applies.
const NEW_RULES: [&str; 8] = [
    "first step (one, at most 40 words; the crisis line at acuut)",
    "acuut: no rie-psa, brancheorganisatie, arbeidsinspectie, preventiemedewerker; huisarts among the experts",
    "verzuim: huisarts among the experts of werknemer, zzp, student",
    "leiderschap: leidinggevende is not the first expert",
    "klein: no ondernemingsraad",
    "one or two factors named: each addressed by one of the first three categories",
    // Issue 30.
    "werknemer or student naming leiderschap or ongewenst-gedrag: leidinggevende neither first step nor expert",
    "leidinggevende or werkgever naming agressie: the first step gives aftercare, recording, a police report and Slachtofferhulp",
];

/// How many answer sets each rule of [`NEW_RULES`] applied to.
type Counts = [u64; NEW_RULES.len()];

/// Checks the invariants on one answer set; returns a description of the first violation.
fn violation(rules: &RuleSet, ids: &Ids, answers: &Answers, advice: &Advice, complete: bool, counts: &mut Counts) -> Option<String> {
    let experts: Vec<Target> = advice.experts.iter().map(|r| r.target).collect();
    let categories: Vec<Target> = advice.categories.iter().map(|r| r.target).collect();
    let rol = answers.mask(ids.rol);
    let fase = answers.mask(ids.fase);
    if fase & ids.acuut != 0 && experts.first() != Some(&ids.crisis) {
        return Some("fase=acuut: crisislijn-113 is not the first expert".into());
    }
    // December 2026.
    counts[0] += 1;
    let Some(step) = first_step(rules, answers) else {
        return Some("no first step".into());
    };
    let step = &rules.first_steps[step];
    for lang in Lang::ALL {
        let words = step.text.get(lang).split_whitespace().count();
        if words > 40 || words == 0 {
            return Some(format!("first step {} has {words} words in {}", step.id, lang.code()));
        }
    }
    if fase & ids.acuut != 0 {
        if step.expert.map(|e| Target::Expert(e)) != Some(ids.crisis) {
            return Some(format!("fase=acuut: the first step {} is not the crisis line", step.id));
        }
        counts[1] += 1;
        if let Some(t) = ids.not_at_acuut.iter().find(|t| experts.contains(t) || categories.contains(t)) {
            return Some(format!("fase=acuut advises {}", rules.target_id(*t)));
        }
        if !experts.contains(&ids.huisarts) {
            return Some("fase=acuut: huisarts is not among the experts".into());
        }
    }
    if fase & ids.verzuim != 0 && rol & (ids.werknemer | ids.zzp | ids.student) != 0 {
        counts[2] += 1;
        if !experts.contains(&ids.huisarts) {
            return Some("fase=verzuim: huisarts is not among the experts".into());
        }
    }
    let factoren = answers.mask(ids.factoren);
    if factoren & ids.leiderschap != 0 {
        counts[3] += 1;
        if experts.first() == Some(&ids.leidinggevende) {
            return Some("factoren=leiderschap: leidinggevende is the first expert".into());
        }
    }
    if answers.mask(ids.omvang) & ids.klein != 0 {
        counts[4] += 1;
        if experts.contains(&ids.ondernemingsraad) {
            return Some("omvang=klein: ondernemingsraad is advised".into());
        }
    }
    if factoren & ids.weet_niet == 0 && (1..=2).contains(&factoren.count_ones()) {
        counts[5] += 1;
        let first_three = &advice.categories[..advice.categories.len().min(3)];
        for bit in (0..32).map(|b| 1u32 << b).filter(|b| factoren & b != 0) {
            let addressed = first_three.iter().any(|r| match r.target {
                Target::Category(c) => rules.categories[c as usize].factors & bit != 0,
                _ => false,
            });
            if !addressed {
                let f = &rules.questions[ids.factoren].options[bit.trailing_zeros() as usize].id;
                let top: Vec<&str> = first_three.iter().map(|r| rules.target_id(r.target)).collect();
                return Some(format!("factor {f} is addressed by none of the first three categories {top:?}"));
            }
        }
    }
    // Issue 30: the factor changes who to turn to first.
    if rol & ids.self_roles != 0 && factoren & (ids.leiderschap | ids.ongewenst) != 0 {
        counts[6] += 1;
        if experts.contains(&ids.leidinggevende) {
            return Some("leiderschap or ongewenst-gedrag: leidinggevende is among the experts".into());
        }
        if step.expert.map(Target::Expert) == Some(ids.leidinggevende) {
            return Some(format!("leiderschap or ongewenst-gedrag: the first step {} names the manager", step.id));
        }
    }
    if rol & ids.boss_roles != 0 && factoren & ids.agressie != 0 && fase & ids.acuut == 0 {
        counts[7] += 1;
        let text = step.text.get(Lang::Nl);
        for must in ["opvang", "vast", "aangifte", "Slachtofferhulp"] {
            if !text.contains(must) {
                return Some(format!("agressie: the first step {} of a manager or employer lacks `{must}`", step.id));
            }
        }
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
    let results: Vec<(u64, Vec<String>, Counts)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let ids = &ids;
                scope.spawn(move || {
                    let mut count = 0u64;
                    let mut failures = Vec::new();
                    let mut counts: Counts = [0; NEW_RULES.len()];
                    for r in (0..roles).filter(|r| r % threads == t) {
                        let mut answers = Answers::new(rules);
                        answers.set(rol, 1 << r);
                        let mut visit = |a: &Answers| {
                            count += 1;
                            let advice = evaluate(rules, a);
                            let problem = violation(rules, ids, a, &advice, true, &mut counts).or_else(|| {
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
                    (count, failures, counts)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("worker")).collect()
    });
    let elapsed = started.elapsed();
    let count: u64 = results.iter().map(|(c, _, _)| c).sum();
    let failures: Vec<&String> = results.iter().flat_map(|(_, f, _)| f).collect();
    for (i, rule) in NEW_RULES.iter().enumerate() {
        let n: u64 = results.iter().map(|(_, _, c)| c[i]).sum();
        println!("answer space: {n} complete answer sets checked for: {rule}");
        // Each rule meets a real share of the space (an id typo would make it 0).
        assert!(n > 10_000 || !failures.is_empty(), "the rule \"{rule}\" applied to only {n} answer sets");
    }
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
    let mut counts: Counts = [0; NEW_RULES.len()];
    for cut in 1..n {
        let mut answers = Answers::new(rules);
        let mut visit = |a: &Answers| {
            let mut partial = a.clone();
            for q in cut..n {
                partial.clear(q);
            }
            count += 1;
            let advice = evaluate(rules, &partial);
            if let Some(p) = violation(rules, &ids, &partial, &advice, false, &mut counts)
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
    for (rule, n) in NEW_RULES.iter().zip(counts) {
        println!("answer space: {n} partial answer sets checked for: {rule}");
    }
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

/// Words a text shown to a role may not hold (VOCABULARY.md, December 2026):
/// a self-employed person has clients, no works council, HR or employer.
fn unfit(text: &str, zzp: bool) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(str::to_string)
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    let lower = text.to_lowercase();
    if zzp {
        for w in ["OR", "HR", "P&O"] {
            if has(w) || text.contains(&format!("{w}-")) {
                return Some(if w == "OR" { "OR" } else { "HR" });
            }
        }
        for w in ["werkgever", "ondernemingsraad", "employer", "works council"] {
            if lower.contains(w) {
                return Some(w);
            }
        }
        // Issue 30 (CONTENT-REVIEW.md E10): no manager and no company doctor either.
        for w in ["je leidinggevende", "via de bedrijfsarts", "your manager", "through the company doctor"] {
            if lower.contains(w) {
                return Some(w);
            }
        }
    }
    None
}

/// Every text a role can be shown: the cards of the items advised to it (with
/// the tools of those categories), their reasons, its notes and first steps
/// (with their fold-out), over every answer set of `role` that `pick` keeps.
fn texts_shown(rules: &RuleSet, role: &str, pick: &dyn Fn(&Answers) -> bool) -> (u64, Vec<(String, String)>) {
    let ids = ids(rules);
    let r = rules.questions[ids.rol].option_index(role).unwrap();
    let mut categories = vec![false; rules.categories.len()];
    let mut experts = vec![false; rules.experts.len()];
    let mut tools = vec![false; rules.tools.len()];
    let mut notes = vec![false; rules.notes.len()];
    let mut reasons = vec![false; rules.rules.len()];
    let mut steps = vec![false; rules.first_steps.len()];
    let mut count = 0u64;
    let mut answers = Answers::new(rules);
    answers.set(ids.rol, 1 << r);
    let mut visit = |a: &Answers| {
        if !pick(a) {
            return;
        }
        count += 1;
        let advice = evaluate(rules, a);
        for ranked in advice.categories.iter().chain(&advice.experts).chain(&advice.tools) {
            match ranked.target {
                Target::Category(i) => categories[i as usize] = true,
                Target::Expert(i) => experts[i as usize] = true,
                Target::Tool(i) => tools[i as usize] = true,
            }
            for &rule in &ranked.rules {
                reasons[rule as usize] = true;
            }
        }
        for &n in &advice.notes {
            notes[n as usize] = true;
        }
        // The tools of the categories shown (the results page lists them), unless excluded.
        for ranked in &advice.categories {
            let Target::Category(c) = ranked.target else { continue };
            for (j, tool) in rules.tools.iter().enumerate() {
                let excluded = advice.matched_rules.iter().any(|&r| {
                    let rule = &rules.rules[r as usize];
                    rule.safety && rule.exclude.contains(&Target::Tool(j as u16))
                });
                if tool.categories.contains(&c) && !excluded {
                    tools[j] = true;
                }
            }
        }
        if let Some(s) = first_step(rules, a) {
            steps[s] = true;
        }
    };
    walk(rules, ids.rol + 1, &mut answers, &mut visit);
    let role = 1u32 << r;
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut add = |what: String, t: &keuzehulp::engine::Text| {
        for lang in Lang::ALL {
            texts.push((what.clone(), t.get(lang).to_string()));
        }
    };
    for c in rules.categories.iter().enumerate().filter(|(i, _)| categories[*i]).map(|(_, c)| c) {
        let stage_masks = (0..rules.questions[rules.question_index("fase").unwrap()].options.len()).map(|o| 1u32 << o);
        for stage in stage_masks {
            for t in [c.this_week_for(role, stage), c.involve_for(role, stage)] {
                add(format!("category {}", c.id), t);
            }
        }
        for t in [&c.name, &c.summary] {
            add(format!("category {}", c.id), t);
        }
        // Not `success`: it reports what the ZonMw projects found (support from
        // colleagues, managers and HR), in the letter's words, and tells no one what to do.
    }
    for e in rules.experts.iter().enumerate().filter(|(i, _)| experts[*i]).map(|(_, e)| e) {
        for t in [&e.name, &e.who, &e.when, &e.reach] {
            add(format!("expert {}", e.id), t);
        }
    }
    for t in rules.tools.iter().enumerate().filter(|(i, _)| tools[*i]).map(|(_, t)| t) {
        for x in [&t.name, &t.summary, &t.evidence_note].into_iter().chain(&t.get) {
            add(format!("tool {}", t.id), x);
        }
    }
    for n in rules.notes.iter().enumerate().filter(|(i, _)| notes[*i]).map(|(_, n)| n) {
        for x in [&n.title, &n.text] {
            add(format!("note {}", n.id), x);
        }
    }
    for x in rules.rules.iter().enumerate().filter(|(i, _)| reasons[*i]).map(|(_, x)| x) {
        add(format!("reason of rule {}", x.id), &x.reason);
    }
    for s in rules.first_steps.iter().enumerate().filter(|(i, _)| steps[*i]).map(|(_, s)| s) {
        for t in std::iter::once(&s.text).chain(&s.more) {
            add(format!("first step {}", s.id), t);
        }
    }
    (count, texts)
}

#[test]
fn texts_shown_to_the_self_employed_fit_the_role() {
    let (count, texts) = texts_shown(&RULES, "zzp", &|_| true);
    let problems: Vec<String> = texts
        .iter()
        .filter_map(|(what, t)| unfit(t, true).map(|w| format!("{what} says `{w}`: {t}")))
        .collect();
    println!("answer space: {count} answer sets of rol=zzp checked, {} texts shown to them", texts.len());
    assert!(count > 1000 && texts.len() > 100);
    assert!(problems.is_empty(), "{} texts shown to rol=zzp name an employer, a manager, HR, a works council or the company doctor:\n{}", problems.len(), problems.join("\n"));
}

/// Rights only a works council has (WOR art. 25 and 27), in the words the
/// rules used for them (CONTENT-REVIEW.md E2).
const OR_ONLY: [&str; 6] = [
    "de or heeft",
    "instemming van de or",
    "artikel 27 wor",
    "artikel 25 wor",
    "the works council has a right",
    "consent of the works council",
];

/// An MR member (a school) or a PVT member (a small organisation) never reads
/// a works council's rights as theirs (issue 30).
#[test]
fn texts_shown_to_mr_and_pvt_members_hold_no_works_council_only_rights() {
    let rules = &RULES;
    let q = |id: &str| rules.question_index(id).unwrap();
    let o = |qid: &str, id: &str| 1u32 << rules.questions[q(qid)].option_index(id).unwrap();
    let (sector, omvang) = (q("sector"), q("omvang"));
    let (school, small) = (o("sector", "onderwijs"), o("omvang", "klein"));
    let (count, texts) = texts_shown(rules, "medezeggenschap", &|a| a.mask(sector) & school != 0 || a.mask(omvang) & small != 0);
    let problems: Vec<String> = texts
        .iter()
        .filter_map(|(what, t)| {
            let lower = t.to_lowercase();
            OR_ONLY.iter().find(|w| lower.contains(*w)).map(|w| format!("{what} says `{w}`: {t}"))
        })
        .collect();
    println!("answer space: {count} answer sets of MR and PVT members checked, {} texts shown to them", texts.len());
    assert!(count > 1000 && texts.len() > 100);
    assert!(problems.is_empty(), "{} texts shown to an MR or PVT member give works-council-only rights:\n{}", problems.len(), problems.join("\n"));
}
