//! The safety invariants of VOCABULARY.md over the whole answer space: every
//! complete answer set the vocabulary allows, every partial one the wizard can
//! produce, and the texts each group is shown. One source for the two that
//! walk it: `tests/answer_space.rs` (natively, on the built-in rules, in
//! threads) and the rules studio's Web Worker (`crates/studio`, on the edited
//! rules, chunk by chunk so it can report progress and stop).
//!
//! The space is cut into [`chunks`]: one per role × choice of the question
//! after `rol` (the complete sets), then one per cut of the wizard (the
//! partial sets). [`check_chunk`] checks one; [`Found::merge`] adds them up.

use crate::engine::{Advice, Answers, Lang, QuestionKind, RuleSet, Target, Text, evaluate, first_step, render_reason};
use crate::invariants::{OR_ONLY_WORDS, ZZP_WORDS};

/// The indices and masks of the ids the invariants name.
pub struct Ids {
    pub rol: usize,
    fase: usize,
    factoren: usize,
    omvang: usize,
    sector: usize,
    zzp: u32,
    student: u32,
    werknemer: u32,
    medezeggenschap: u32,
    acuut: u32,
    verzuim: u32,
    ongewenst: u32,
    leiderschap: u32,
    agressie: u32,
    weet_niet: u32,
    onderwijs: u32,
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

/// The ids, or which one the rules lack (the studio says so; the built-in rules have them all).
pub fn ids(rules: &RuleSet) -> Result<Ids, String> {
    let q = |id: &str| rules.question_index(id).ok_or_else(|| format!("question {id} is missing"));
    let o = |qid: &str, id: &str| -> Result<u32, String> {
        let option = rules.questions[q(qid)?].option_index(id).ok_or_else(|| format!("answer {qid}={id} is missing"))?;
        // (A mask has 32 bits; the walk below takes at most 31 options.)
        if option >= 31 { Err(format!("answer {qid}={id} is past the 31st option")) } else { Ok(1u32 << option) }
    };
    let e = |id: &str| rules.expert_index(id).map(|i| Target::Expert(i as u16)).ok_or_else(|| format!("expert {id} is missing"));
    let c = |id: &str| rules.category_index(id).map(|i| Target::Category(i as u16)).ok_or_else(|| format!("category {id} is missing"));
    Ok(Ids {
        rol: q("rol")?,
        fase: q("fase")?,
        factoren: q("factoren")?,
        omvang: q("omvang")?,
        sector: q("sector")?,
        zzp: o("rol", "zzp")?,
        student: o("rol", "student")?,
        werknemer: o("rol", "werknemer")?,
        medezeggenschap: o("rol", "medezeggenschap")?,
        acuut: o("fase", "acuut")?,
        verzuim: o("fase", "verzuim")?,
        ongewenst: o("factoren", "ongewenst-gedrag")?,
        leiderschap: o("factoren", "leiderschap")?,
        agressie: o("factoren", "agressie")?,
        weet_niet: o("factoren", "weet-niet")?,
        onderwijs: o("sector", "onderwijs")?,
        self_roles: o("rol", "werknemer")? | o("rol", "student")?,
        boss_roles: o("rol", "leidinggevende")? | o("rol", "werkgever")?,
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

/// The invariants added in December 2026 (VOCABULARY.md), each counted where
/// it applies: an id typo would make a count 0.
pub const COUNTED: [&str; 8] = [
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

/// How many answer sets each invariant of [`COUNTED`] applied to.
pub type Counts = [u64; COUNTED.len()];

/// The first invariant `answers` breaks, if any (`complete`: every question answered).
pub fn violation(rules: &RuleSet, ids: &Ids, answers: &Answers, advice: &Advice, complete: bool, counts: &mut Counts) -> Option<String> {
    let experts: Vec<Target> = advice.experts.iter().map(|r| r.target).collect();
    let categories: Vec<Target> = advice.categories.iter().map(|r| r.target).collect();
    let rol = answers.mask(ids.rol);
    let fase = answers.mask(ids.fase);
    if fase & ids.acuut != 0 && experts.first() != Some(&ids.crisis) {
        return Some("fase=acuut: crisislijn-113 is not the first expert".into());
    }
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
        if step.expert.map(Target::Expert) != Some(ids.crisis) {
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

/// Every reason names what the user answered: no placeholder left, and the
/// short text of one of the user's answers appears in it.
pub fn reasons_are_in_user_words(rules: &RuleSet, answers: &Answers, advice: &Advice) -> Option<String> {
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

/// The masks a question can take in a complete answer set (of its first 31 options).
pub fn choices(rules: &RuleSet, q: usize) -> Vec<u32> {
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

/// Visits every complete answer set that extends `answers` from question `q` on.
pub fn walk(rules: &RuleSet, q: usize, answers: &mut Answers, visit: &mut dyn FnMut(&Answers)) {
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

/// Visits the partial answer sets the wizard gives when the user stops after
/// question `cut - 1` (it answers in order): every choice of a single-choice
/// question; of a many-choice one each option alone and all normal ones.
pub fn walk_partial(rules: &RuleSet, cut: usize, visit: &mut dyn FnMut(&Answers)) {
    fn go(rules: &RuleSet, q: usize, cut: usize, answers: &mut Answers, visit: &mut dyn FnMut(&Answers)) {
        if q == cut {
            visit(answers);
            return;
        }
        if !answers.applies(rules, q) {
            go(rules, q + 1, cut, answers, visit);
            return;
        }
        let question = &rules.questions[q];
        let masks: Vec<u32> = match question.kind {
            QuestionKind::One => choices(rules, q),
            QuestionKind::Many => {
                let n = question.options.len().min(31);
                let normal: u32 = question.options.iter().take(n).enumerate().filter(|(_, o)| !o.exclusive).fold(0, |m, (i, _)| m | 1 << i);
                let mut m: Vec<u32> = (0..n).map(|o| 1u32 << o).collect();
                m.push(normal);
                m
            }
        };
        for mask in masks {
            answers.set(q, mask);
            go(rules, q + 1, cut, answers, visit);
        }
        answers.clear(q);
    }
    go(rules, 0, cut.min(rules.questions.len()), &mut Answers::new(rules), visit);
}

/// Words a text shown to a self-employed person may not hold (VOCABULARY.md,
/// December 2026; issue 30): they have clients, no works council, HR,
/// employer, manager or company doctor.
pub fn unfit_for_self_employed(text: &str) -> Option<&'static str> {
    let words: Vec<&str> = text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'')).collect();
    for w in ["OR", "HR", "P&O"] {
        if words.contains(&w) || text.contains(&format!("{w}-")) {
            return Some(if w == "OR" { "OR" } else { "HR" });
        }
    }
    let lower = text.to_lowercase();
    ["werkgever", "ondernemingsraad", "employer", "works council"].into_iter().chain(ZZP_WORDS.iter().copied()).find(|w| lower.contains(w))
}

/// A works council's rights (WOR art. 25 and 27) in a text an MR or PVT member is shown.
pub fn works_council_only(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    OR_ONLY_WORDS.iter().copied().find(|w| lower.contains(w))
}

/// What a group was shown over the answer sets visited: the items advised
/// (with the tools of the categories advised), the reasons, notes and first steps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    /// The answer sets seen.
    pub sets: u64,
    categories: Bits,
    experts: Bits,
    tools: Bits,
    notes: Bits,
    reasons: Bits,
    steps: Bits,
}

/// A set of small indices (this runs for every answer set of a group).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn insert(&mut self, i: usize) {
        if self.0.len() <= i / 64 {
            self.0.resize(i / 64 + 1, 0);
        }
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn extend(&mut self, other: &Bits) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.0.len() * 64).filter(|&i| self.contains(i))
    }
}

impl Shown {
    pub fn add(&mut self, rules: &RuleSet, answers: &Answers, advice: &Advice) {
        self.sets += 1;
        for ranked in advice.categories.iter().chain(&advice.experts).chain(&advice.tools) {
            match ranked.target {
                Target::Category(i) => self.categories.insert(i as usize),
                Target::Expert(i) => self.experts.insert(i as usize),
                Target::Tool(i) => self.tools.insert(i as usize),
            };
            for &r in &ranked.rules {
                self.reasons.insert(r as usize);
            }
        }
        for &n in &advice.notes {
            self.notes.insert(n as usize);
        }
        // The tools of the categories shown (the results page lists them), unless excluded.
        for ranked in &advice.categories {
            let Target::Category(c) = ranked.target else { continue };
            for (j, tool) in rules.tools.iter().enumerate() {
                if self.tools.contains(j) || !tool.categories.contains(&c) {
                    continue;
                }
                let excluded = advice.matched_rules.iter().any(|&r| {
                    let rule = &rules.rules[r as usize];
                    rule.safety && rule.exclude.contains(&Target::Tool(j as u16))
                });
                if !excluded {
                    self.tools.insert(j);
                }
            }
        }
        if let Some(s) = first_step(rules, answers) {
            self.steps.insert(s);
        }
    }

    pub fn merge(&mut self, other: &Shown) {
        self.sets += other.sets;
        for (a, b) in [
            (&mut self.categories, &other.categories),
            (&mut self.experts, &other.experts),
            (&mut self.tools, &other.tools),
            (&mut self.notes, &other.notes),
            (&mut self.reasons, &other.reasons),
            (&mut self.steps, &other.steps),
        ] {
            a.extend(b);
        }
    }

    /// Every text shown, `(what, text)`, in both languages; `role` is the
    /// role's mask (a card's texts per role and stage).
    pub fn texts(&self, rules: &RuleSet, ids: &Ids, role: u32) -> Vec<(String, String)> {
        let mut texts: Vec<(String, String)> = Vec::new();
        let mut add = |what: String, t: &Text| {
            for lang in Lang::ALL {
                texts.push((what.clone(), t.get(lang).to_string()));
            }
        };
        let stages = rules.questions[ids.fase].options.len().min(31);
        for c in self.categories.iter().map(|i| &rules.categories[i]) {
            for stage in (0..stages).map(|o| 1u32 << o) {
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
        for e in self.experts.iter().map(|i| &rules.experts[i]) {
            for t in [&e.name, &e.who, &e.when, &e.reach] {
                add(format!("expert {}", e.id), t);
            }
        }
        for t in self.tools.iter().map(|i| &rules.tools[i]) {
            for x in [&t.name, &t.summary, &t.evidence_note].into_iter().chain(&t.get) {
                add(format!("tool {}", t.id), x);
            }
        }
        for n in self.notes.iter().map(|i| &rules.notes[i]) {
            for x in [&n.title, &n.text] {
                add(format!("note {}", n.id), x);
            }
        }
        for r in self.reasons.iter().map(|i| &rules.rules[i]) {
            add(format!("reason of rule {}", r.id), &r.reason);
        }
        for s in self.steps.iter().map(|i| &rules.first_steps[i]) {
            for t in std::iter::once(&s.text).chain(&s.more) {
                add(format!("first step {}", s.id), t);
            }
        }
        texts
    }
}

/// The groups whose texts are checked: who they are and what they may not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// `rol=zzp`: [`unfit_for_self_employed`].
    SelfEmployed,
    /// `rol=medezeggenschap` at a school or a small organisation (an MR or a PVT): [`works_council_only`].
    MrOrPvt,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::SelfEmployed, Group::MrOrPvt];

    /// Whether `answers` belongs to the group.
    pub fn holds(self, ids: &Ids, answers: &Answers) -> bool {
        match self {
            Group::SelfEmployed => answers.mask(ids.rol) & ids.zzp != 0,
            Group::MrOrPvt => {
                answers.mask(ids.rol) & ids.medezeggenschap != 0
                    && (answers.mask(ids.sector) & ids.onderwijs != 0 || answers.mask(ids.omvang) & ids.klein != 0)
            }
        }
    }

    fn role(self, ids: &Ids) -> u32 {
        match self {
            Group::SelfEmployed => ids.zzp,
            Group::MrOrPvt => ids.medezeggenschap,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Group::SelfEmployed => "rol=zzp",
            Group::MrOrPvt => "an MR or PVT member",
        }
    }

    /// The texts `shown` holds that the group may not read: `what says `word`: text`.
    pub fn problems(self, rules: &RuleSet, ids: &Ids, shown: &Shown) -> (usize, Vec<String>) {
        let test = match self {
            Group::SelfEmployed => unfit_for_self_employed,
            Group::MrOrPvt => works_council_only,
        };
        let texts = shown.texts(rules, ids, self.role(ids));
        let problems = texts.iter().filter_map(|(what, t)| test(t).map(|w| format!("{what} says `{w}`: {t}"))).collect();
        (texts.len(), problems)
    }
}

/// How many answer sets of each kind [`check_chunk`] sets aside as examples.
pub const MAX_FAILURES: usize = 5;

/// What a walk found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Complete answer sets checked.
    pub complete: u64,
    /// Partial answer sets checked.
    pub partial: u64,
    /// `answers: problem`, at most [`MAX_FAILURES`] per chunk.
    pub failures: Vec<String>,
    /// Per invariant of [`COUNTED`], the complete and the partial sets it applied to.
    pub counts: Counts,
    pub partial_counts: Counts,
    /// What each [`Group`] was shown (complete sets).
    pub shown: [Shown; 2],
}

impl Found {
    pub fn merge(&mut self, other: Found) {
        self.complete += other.complete;
        self.partial += other.partial;
        self.failures.extend(other.failures);
        for i in 0..COUNTED.len() {
            self.counts[i] += other.counts[i];
            self.partial_counts[i] += other.partial_counts[i];
        }
        for (a, b) in self.shown.iter_mut().zip(&other.shown) {
            a.merge(b);
        }
    }

    /// The texts the groups were shown that they may not read.
    pub fn text_problems(&self, rules: &RuleSet, ids: &Ids) -> Vec<String> {
        Group::ALL.iter().zip(&self.shown).flat_map(|(g, shown)| g.problems(rules, ids, shown).1).collect()
    }
}

/// The question after `rol` whose choices split the complete sets of a role into chunks.
fn split_question(rules: &RuleSet, ids: &Ids) -> Option<usize> {
    (ids.rol + 1 < rules.questions.len()).then_some(ids.rol + 1)
}

fn complete_chunks(rules: &RuleSet, ids: &Ids) -> (usize, usize) {
    let roles = rules.questions[ids.rol].options.len().min(31);
    let per_role = split_question(rules, ids).map_or(1, |q| choices(rules, q).len().max(1));
    (roles, per_role)
}

/// How many chunks the answer space of `rules` has (0 when an id of the invariants is missing).
pub fn chunks(rules: &RuleSet) -> usize {
    let Ok(ids) = ids(rules) else { return 0 };
    partial_chunks(rules, &ids).end
}

/// The chunks of the partial answer sets (after those of the complete ones): one per cut.
pub fn partial_chunks(rules: &RuleSet, ids: &Ids) -> std::ops::Range<usize> {
    let (roles, per_role) = complete_chunks(rules, ids);
    roles * per_role..roles * per_role + rules.questions.len().saturating_sub(1)
}

/// Checks chunk `chunk` of [`chunks`]. A complete chunk: every invariant on
/// every set, the reasons' words on every 97th (rendering every reason of 3
/// million sets is slow; rules repeat across sets), and what the groups are
/// shown, whose texts [`Found::text_problems`] checks. A partial chunk: every
/// invariant that holds before the last question, and every reason.
pub fn check_chunk(rules: &RuleSet, ids: &Ids, chunk: usize) -> Found {
    let mut found = Found::default();
    let (roles, per_role) = complete_chunks(rules, ids);
    if chunk >= roles * per_role {
        let cut = chunk - roles * per_role + 1;
        let mut visit = |partial: &Answers| {
            found.partial += 1;
            let advice = evaluate(rules, partial);
            let problem = violation(rules, ids, partial, &advice, false, &mut found.partial_counts)
                .or_else(|| reasons_are_in_user_words(rules, partial, &advice));
            if let Some(p) = problem {
                if found.failures.len() < MAX_FAILURES {
                    found.failures.push(format!("{}: {p}", partial.encode(rules)));
                }
            }
        };
        if cut < rules.questions.len() {
            walk_partial(rules, cut, &mut visit);
        }
        return found;
    }
    let (role, split) = (chunk / per_role, chunk % per_role);
    let mut answers = Answers::new(rules);
    answers.set(ids.rol, 1 << role);
    let mut shown: [Shown; 2] = Default::default();
    let mut visit = |a: &Answers| {
        found.complete += 1;
        let advice = evaluate(rules, a);
        let problem = violation(rules, ids, a, &advice, true, &mut found.counts)
            .or_else(|| (found.complete % 97 == 0).then(|| reasons_are_in_user_words(rules, a, &advice)).flatten());
        if let Some(p) = problem {
            if found.failures.len() < MAX_FAILURES {
                found.failures.push(format!("{}: {p}", a.encode(rules)));
            }
        }
        for (g, s) in Group::ALL.iter().zip(shown.iter_mut()) {
            if g.holds(ids, a) {
                s.add(rules, a, &advice);
            }
        }
    };
    match split_question(rules, ids) {
        Some(q) if answers.applies(rules, q) => {
            if let Some(&mask) = choices(rules, q).get(split) {
                answers.set(q, mask);
                walk(rules, q + 1, &mut answers, &mut visit);
            }
        }
        Some(q) if split == 0 => walk(rules, q, &mut answers, &mut visit),
        None if split == 0 => walk(rules, ids.rol + 1, &mut answers, &mut visit),
        _ => {}
    }
    found.shown = shown;
    found
}

/// The chunks `range` of `rules` in `threads` threads (chunks dealt round).
pub fn check_all(rules: &RuleSet, ids: &Ids, range: std::ops::Range<usize>, threads: usize) -> Found {
    let threads = threads.max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let range = range.clone();
                scope.spawn(move || {
                    let mut found = Found::default();
                    for chunk in range.filter(|c| c % threads == t) {
                        found.merge(check_chunk(rules, ids, chunk));
                    }
                    found
                })
            })
            .collect();
        let mut all = Found::default();
        for h in handles {
            all.merge(h.join().expect("an answer-space thread"));
        }
        all
    })
}
