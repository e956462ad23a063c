//! The safety invariants of `tests/answer_space.rs` that a rule author can
//! break (crisis help first at `acuut`, the first step, the GP, no
//! employer-only advice for the self-employed, the confidential adviser at
//! unwanted behaviour, never empty advice, reasons in the user's words), over
//! every complete answer set. The space is cut into [`chunks`] (role × the
//! next question's choices) so a Web Worker can report progress and stop.
//! `invariants_agree_with_answer_space_rs` (below) runs it on the built-in rules.

use crate::engine::{Advice, Answers, Lang, QuestionKind, RuleSet, Target, evaluate, first_step, render_reason};
use crate::json;

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
    weet_niet: u32,
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

fn ids(rules: &RuleSet) -> Result<Ids, String> {
    let q = |id: &str| rules.question_index(id).ok_or_else(|| format!("question {id} is missing"));
    let o = |qid: &str, id: &str| -> Result<u32, String> {
        Ok(1u32 << rules.questions[q(qid)?].option_index(id).ok_or_else(|| format!("answer {qid}={id} is missing"))?)
    };
    let e = |id: &str| rules.expert_index(id).map(|i| Target::Expert(i as u16)).ok_or_else(|| format!("expert {id} is missing"));
    let c = |id: &str| rules.category_index(id).map(|i| Target::Category(i as u16)).ok_or_else(|| format!("category {id} is missing"));
    Ok(Ids {
        rol: q("rol")?,
        fase: q("fase")?,
        factoren: q("factoren")?,
        omvang: q("omvang")?,
        zzp: o("rol", "zzp")?,
        student: o("rol", "student")?,
        werknemer: o("rol", "werknemer")?,
        acuut: o("fase", "acuut")?,
        verzuim: o("fase", "verzuim")?,
        ongewenst: o("factoren", "ongewenst-gedrag")?,
        leiderschap: o("factoren", "leiderschap")?,
        weet_niet: o("factoren", "weet-niet")?,
        klein: o("omvang", "klein")?,
        leidinggevende: e("leidinggevende")?,
        ondernemingsraad: e("ondernemingsraad")?,
        not_at_acuut: vec![c("rie-psa")?, e("brancheorganisatie")?, e("arbeidsinspectie")?, e("preventiemedewerker")?],
        crisis: e("crisislijn-113")?,
        bedrijfsarts: e("bedrijfsarts")?,
        huisarts: e("huisarts")?,
        vertrouwenspersoon: e("vertrouwenspersoon")?,
        sociale_veiligheid: c("sociale-veiligheid")?,
        employer_only: vec![c("rie-psa")?, e("ondernemingsraad")?, e("leidinggevende")?, e("hr-adviseur")?],
    })
}

/// The first invariant `answers` breaks (as `tests/answer_space.rs` words it), if any.
fn violation(rules: &RuleSet, ids: &Ids, answers: &Answers, advice: &Advice) -> Option<String> {
    let experts: Vec<Target> = advice.experts.iter().map(|r| r.target).collect();
    let categories: Vec<Target> = advice.categories.iter().map(|r| r.target).collect();
    let rol = answers.mask(ids.rol);
    let fase = answers.mask(ids.fase);
    if fase & ids.acuut != 0 && experts.first() != Some(&ids.crisis) {
        return Some("fase=acuut: crisislijn-113 is not the first expert".into());
    }
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
        if step.expert.map(Target::Expert) != Some(ids.crisis) {
            return Some(format!("fase=acuut: the first step {} is not the crisis line", step.id));
        }
        if let Some(t) = ids.not_at_acuut.iter().find(|t| experts.contains(t) || categories.contains(t)) {
            return Some(format!("fase=acuut advises {}", rules.target_id(*t)));
        }
        if !experts.contains(&ids.huisarts) {
            return Some("fase=acuut: huisarts is not among the experts".into());
        }
    }
    if fase & ids.verzuim != 0 && rol & (ids.werknemer | ids.zzp | ids.student) != 0 && !experts.contains(&ids.huisarts) {
        return Some("fase=verzuim: huisarts is not among the experts".into());
    }
    let factoren = answers.mask(ids.factoren);
    if factoren & ids.leiderschap != 0 && experts.first() == Some(&ids.leidinggevende) {
        return Some("factoren=leiderschap: leidinggevende is the first expert".into());
    }
    if answers.mask(ids.omvang) & ids.klein != 0 && experts.contains(&ids.ondernemingsraad) {
        return Some("omvang=klein: ondernemingsraad is advised".into());
    }
    if factoren & ids.weet_niet == 0 && (1..=2).contains(&factoren.count_ones()) {
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
    if fase & ids.verzuim != 0 {
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
    if factoren & ids.ongewenst != 0 && !(experts.contains(&ids.vertrouwenspersoon) && categories.contains(&ids.sociale_veiligheid)) {
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

/// Every reason names what the user answered, with no placeholder left.
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
    let n = question.options.len().min(31);
    match question.kind {
        QuestionKind::One => (0..n).map(|o| 1u32 << o).collect(),
        QuestionKind::Many => {
            let exclusive: u32 = question.options.iter().take(n).enumerate().filter(|(_, o)| o.exclusive).fold(0, |m, (i, _)| m | 1 << i);
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

/// The question after `rol` whose choices split the space into chunks.
fn split_question(rules: &RuleSet, rol: usize) -> Option<usize> {
    (rol + 1 < rules.questions.len()).then_some(rol + 1)
}

/// How many chunks the answer space of `rules` has (0 when an invariant's id is missing).
pub fn chunks(rules: &RuleSet) -> usize {
    let Ok(ids) = ids(rules) else { return 0 };
    let roles = rules.questions[ids.rol].options.len();
    roles * split_question(rules, ids.rol).map_or(1, |q| choices(rules, q).len().max(1))
}

/// What one chunk found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub checked: u64,
    /// `answers: problem`, at most [`MAX_FAILURES`].
    pub failures: Vec<String>,
}

pub const MAX_FAILURES: usize = 5;

/// Checks chunk `chunk` of [`chunks`]: every complete answer set in it.
pub fn check_chunk(rules: &RuleSet, chunk: usize) -> Result<Found, String> {
    let ids = ids(rules)?;
    let mut found = Found::default();
    let mut visit = |a: &Answers| {
        found.checked += 1;
        let advice = evaluate(rules, a);
        // As answer_space.rs: every 97th set also has its reasons rendered.
        let problem = violation(rules, &ids, a, &advice)
            .or_else(|| (found.checked % 97 == 0).then(|| reasons_are_in_user_words(rules, a, &advice)).flatten());
        if let Some(p) = problem {
            if found.failures.len() < MAX_FAILURES {
                found.failures.push(format!("{}: {p}", a.encode(rules)));
            }
        }
    };
    walk_chunk(rules, &ids, chunk, &mut visit);
    Ok(found)
}

/// Visits every complete answer set of chunk `chunk`.
fn walk_chunk(rules: &RuleSet, ids: &Ids, chunk: usize, visit: &mut dyn FnMut(&Answers)) {
    let per_role = chunks(rules) / rules.questions[ids.rol].options.len().max(1);
    let (role, split) = (chunk / per_role.max(1), chunk % per_role.max(1));
    if role >= rules.questions[ids.rol].options.len() {
        return;
    }
    let mut answers = Answers::new(rules);
    answers.set(ids.rol, 1 << role);
    match split_question(rules, ids.rol) {
        Some(q) if answers.applies(rules, q) => {
            if let Some(&mask) = choices(rules, q).get(split) {
                answers.set(q, mask);
                walk(rules, q + 1, &mut answers, visit);
            }
        }
        Some(q) => {
            if split == 0 {
                walk(rules, q, &mut answers, visit);
            }
        }
        None => {
            if split == 0 {
                walk(rules, ids.rol + 1, &mut answers, visit);
            }
        }
    }
}

impl Found {
    pub fn json(&self) -> String {
        json::object(&[("checked", self.checked.to_string()), ("failures", json::array(self.failures.iter().map(|f| json::string(f))))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check, tests::builtin_files};

    #[test]
    fn the_chunks_cover_the_space_of_answer_space_rs_and_the_builtin_rules_pass() {
        let rules = check(&builtin_files()).rules.unwrap();
        let ids = ids(&rules).unwrap();
        let n = chunks(&rules);
        assert!(n >= 10, "{n}");
        // The chunks together are the whole space, as one walk from the first
        // question gives it (tests/answer_space.rs: 3,276,800 sets today).
        let mut total = 0u64;
        for chunk in 0..n {
            walk_chunk(&rules, &ids, chunk, &mut |_| total += 1);
        }
        let mut whole = 0u64;
        walk(&rules, 0, &mut Answers::new(&rules), &mut |_| whole += 1);
        assert_eq!(total, whole);
        assert!(total > 3_000_000, "{total}");
        // tests/answer_space.rs evaluates all of them on the built-in rules; here every 7th chunk.
        for chunk in (0..n).step_by(7) {
            let found = check_chunk(&rules, chunk).unwrap();
            assert!(found.failures.is_empty() && found.checked > 0, "{found:?}");
        }
    }

    #[test]
    fn a_rule_that_takes_the_confidential_adviser_away_is_caught() {
        let mut files = builtin_files();
        // A safety rule that takes the confidential adviser away at unwanted behaviour.
        files.iter_mut().find(|(n, _)| n == "rules.toml").unwrap().1.push_str(
            "\n[[rule]]\nid = \"studio-test\"\nsafety = true\nwhen = { factoren = [\"ongewenst-gedrag\"] }\nrecommend = [{ expert = \"huisarts\", weight = 10 }]\nexclude = [{ expert = \"vertrouwenspersoon\" }]\nreason.nl = \"Omdat je {factoren} koos.\"\nreason.en = \"Because you chose {factoren}.\"\nsource = [\"https://example.org\"]\n",
        );
        let checked = check(&files);
        let Some(rules) = checked.rules else {
            panic!("the test rule should read: {:?}", checked.messages.iter().filter(|m| !m.warning).collect::<Vec<_>>());
        };
        // The first chunk with a failure (the page shows them as they come).
        let failures = (0..chunks(&rules)).map(|c| check_chunk(&rules, c).unwrap().failures).find(|f| !f.is_empty()).unwrap_or_default();
        assert!(failures.iter().any(|f| f.contains("ongewenst-gedrag without vertrouwenspersoon")), "{failures:?}");
    }
}
