//! The advice as the user sees it: which items show, in which order, which
//! are open and which folded, which reasons show where. One function,
//! [`present`], decides it for the page, the prerenderer and `keuzehulp
//! advise`, so what the command line prints is what the page shows.

use super::answers::Answers;
use super::evaluate::{Advice, evaluate, sort_stable_by_key};
use super::first_step::first_step;
use super::model::{Lang, Level, RuleSet, Target};

/// The question of the stage, and its option for an acute crisis (VOCABULARY.md).
pub const STAGE_QUESTION: &str = "fase";
pub const ACUTE: &str = "acuut";
/// The experts shown open in an acute crisis: crisis help and the GP.
pub const ACUTE_EXPERTS: [&str; 2] = ["crisislijn-113", "huisarts"];

/// The role question, and the roles that act for someone else: in a crisis
/// they get the words for someone worried about another person.
pub const ROLE_QUESTION: &str = "rol";
/// The question whose answer a tool's sectors are matched against.
pub const SECTOR_QUESTION: &str = "sector";
pub const ROLES_FOR_OTHERS: [&str; 5] = ["leidinggevende", "werkgever", "hr", "medezeggenschap", "arboprofessional"];

pub const FACTOR_QUESTION: &str = "factoren";
pub const LEVEL_QUESTION: &str = "niveau";
pub const DONT_KNOW: &str = "weet-niet";

/// How many approaches and experts show as full cards.
pub const OPEN_CATEGORIES: usize = 3;
/// A category that addresses a named factor is lifted above the others only
/// from this score: the one category that answers a factor gets 150-250
/// (rules.toml), while a side remark of 5-20 must not push it into the top
/// three (CONTENT-REVIEW.md E6: the RI&E 2nd for a manager with an absent nurse).
pub const FACTOR_PROMOTION: i32 = 150;
pub const OPEN_EXPERTS: usize = 3;

/// One approach or expert as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub target: Target,
    /// A full card; otherwise folded (a `<details>`).
    pub open: bool,
    /// Under "Voor later" (acute crisis): folded away with all work advice.
    pub later: bool,
    /// The rules whose reasons show with this item: each rule's reason shows
    /// once on the page, with the first item it recommends.
    pub reasons: Vec<u16>,
    /// Approaches only: their tools, recommended ones first (rank order), then
    /// the others in file order; `true` when recommended. Excluded tools are gone,
    /// and so is a tool an approach earlier on the page shows already: each
    /// tool shows once, with the first approach that has it.
    pub tools: Vec<(u16, bool)>,
    /// Approaches only: whether its `success` text shows. The ZonMw
    /// approaches share one finding (what helped in the 16 projects, 004_):
    /// it shows with the first of them on the page only.
    pub success: bool,
}

impl Shown {
    /// On screen without unfolding anything.
    pub fn visible(&self) -> bool {
        self.open && !self.later
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Presentation {
    /// `fase=acuut`: crisis help first, the rest "for later".
    pub acute: bool,
    /// "Doe dit eerst": an index into `RuleSet::first_steps`.
    pub first_step: Option<usize>,
    pub categories: Vec<Shown>,
    pub experts: Vec<Shown>,
    /// Notes that apply, in file order (under "Voor later" in a crisis).
    pub notes: Vec<u16>,
    /// The ranking behind it (scores, matched rules).
    pub advice: Advice,
}

/// Whether `question` was answered with `option` (by id; false when either is unknown).
pub fn answered(rules: &RuleSet, answers: &Answers, question: &str, option: &str) -> bool {
    let Some(q) = rules.question_index(question) else { return false };
    rules.questions[q].option_index(option).is_some_and(|o| answers.mask(q) & (1 << o) != 0)
}

pub fn is_acute(rules: &RuleSet, answers: &Answers) -> bool {
    answered(rules, answers, STAGE_QUESTION, ACUTE)
}

/// The factors the user named (bit mask over `factoren`), "weet niet" not counted.
pub fn named_factors(rules: &RuleSet, answers: &Answers) -> u32 {
    let Some(q) = rules.question_index(FACTOR_QUESTION) else { return 0 };
    let unknown = rules.questions[q].option_index(DONT_KNOW).map_or(0, |o| 1 << o);
    answers.mask(q) & !unknown
}

/// The level the user chose; `None` for "weet niet" (every level) or no answer.
pub fn chosen_level(rules: &RuleSet, answers: &Answers) -> Option<Level> {
    [Level::Individual, Level::Team, Level::Organisation].into_iter().find(|l| answered(rules, answers, LEVEL_QUESTION, l.id()))
}

/// The role answered is one that acts for someone else (see [`ROLES_FOR_OTHERS`]).
pub fn acts_for_others(rules: &RuleSet, answers: &Answers) -> bool {
    ROLES_FOR_OTHERS.iter().any(|role| answered(rules, answers, ROLE_QUESTION, role))
}

pub fn present(rules: &RuleSet, answers: &Answers) -> Presentation {
    let advice = evaluate(rules, answers);
    let acute = is_acute(rules, answers);
    let mut seen: Vec<u16> = Vec::new();
    let mut reasons_once = |rules_of_item: &[u16]| -> Vec<u16> {
        let mut out = Vec::new();
        for &r in rules_of_item {
            if !seen.contains(&r) {
                seen.push(r);
                out.push(r);
            }
        }
        // The reason in the user's own factor first, then the role's and the
        // rest (E5: "your manager is your first contact" must not lead when
        // the user named the manager as the problem).
        sort_stable_by_key(&mut out, |&r| !rules.rules[r as usize].reason.get(Lang::Nl).contains("{factoren}"));
        out
    };

    // Experts first when deciding which reasons show where in a crisis (they
    // are what shows open); otherwise in page order, approaches first.
    let acute_expert = |target: Target| match target {
        Target::Expert(e) => ACUTE_EXPERTS.contains(&&*rules.experts[e as usize].id),
        _ => false,
    };
    let expert_shown = |rank: usize, target: Target, reasons: Vec<u16>| Shown {
        target,
        open: if acute { acute_expert(target) } else { rank < OPEN_EXPERTS },
        later: acute && !acute_expert(target),
        reasons,
        tools: Vec::new(),
        success: false,
    };
    let category_shown = |rank: usize, target: Target, reasons: Vec<u16>| Shown {
        target,
        open: rank < OPEN_CATEGORIES,
        later: acute,
        reasons,
        tools: match target {
            Target::Category(c) => tools_of(rules, &advice, c, answers),
            _ => Vec::new(),
        },
        success: matches!(target, Target::Category(c) if rules.categories[c as usize].success.is_some()),
    };
    let (categories, experts) = if acute {
        // Crisis help and the GP first (their safety weights put them there
        // already; this keeps it so whatever else a rule adds).
        let mut ranked: Vec<_> = advice.experts.iter().collect();
        sort_stable_by_key(&mut ranked, |r| !acute_expert(r.target));
        let experts: Vec<Shown> = ranked.into_iter().enumerate().map(|(i, r)| expert_shown(i, r.target, reasons_once(&r.rules))).collect();
        let categories = advice.categories.iter().enumerate().map(|(i, r)| category_shown(i, r.target, reasons_once(&r.rules))).collect();
        (categories, experts)
    } else {
        // What the user named comes first: safety, then the approaches that
        // address a factor they named, then those at the level they chose;
        // the ranking decides within each (a stable sort).
        let named = named_factors(rules, answers);
        let level = chosen_level(rules, answers);
        let mut ranked: Vec<_> = advice.categories.iter().collect();
        sort_stable_by_key(&mut ranked, |r| {
            let Target::Category(c) = r.target else { return (true, true, true) };
            let category = &rules.categories[c as usize];
            let at_level = level.is_none_or(|l| category.levels.contains(&l));
            let answers_factor = category.factors & named != 0 && r.score >= FACTOR_PROMOTION;
            (!r.safety, !answers_factor, !at_level)
        });
        let categories: Vec<Shown> = ranked.into_iter().enumerate().map(|(i, r)| category_shown(i, r.target, reasons_once(&r.rules))).collect();
        let experts = advice.experts.iter().enumerate().map(|(i, r)| expert_shown(i, r.target, reasons_once(&r.rules))).collect();
        (categories, experts)
    };
    let mut categories = categories;
    say_once(rules, &mut categories);
    Presentation { acute, first_step: first_step(rules, answers), categories, experts, notes: advice.notes.clone(), advice }
}

/// Nothing said twice on the page (issue 34): in page order, a tool shows
/// with the first approach that lists it, and the ZonMw finding with the
/// first ZonMw approach. Decided here, not in the page, so `keuzehulp
/// advise` says the same.
fn say_once(rules: &RuleSet, categories: &mut [Shown]) {
    let mut tools_said: Vec<u16> = Vec::new();
    let mut zonmw_said = false;
    for item in categories.iter_mut() {
        item.tools.retain(|&(t, _)| !tools_said.contains(&t));
        tools_said.extend(item.tools.iter().map(|&(t, _)| t));
        if let Target::Category(c) = item.target {
            if rules.categories[c as usize].zonmw && item.success {
                item.success = !zonmw_said;
                zonmw_said = true;
            }
        }
    }
}

/// The tools of category `c`: recommended ones first (in rank order), then the
/// others in file order; tools a safety rule excludes are left out, and so
/// are the others that serve another role or sector than the user's (a
/// sector agreement for schools is not shown to a nurse).
fn tools_of(rules: &RuleSet, advice: &Advice, c: u16, answers: &Answers) -> Vec<(u16, bool)> {
    let in_category = |i: usize| rules.tools[i].categories.contains(&c);
    let mask_of = |id: &str| rules.question_index(id).map_or(0, |q| answers.mask(q));
    let (roles, sectors) = (mask_of(ROLE_QUESTION), mask_of(SECTOR_QUESTION));
    let fits = |i: usize| {
        let t = &rules.tools[i];
        let serves = |theirs: u32, ours: u32| theirs == 0 || ours == 0 || theirs & ours != 0;
        serves(t.roles, roles) && serves(t.sectors, sectors)
    };
    let excluded = |i: usize| {
        advice.matched_rules.iter().any(|&r| {
            let rule = &rules.rules[r as usize];
            rule.safety && rule.exclude.contains(&Target::Tool(i as u16))
        })
    };
    let mut out: Vec<(u16, bool)> = advice
        .tools
        .iter()
        .filter_map(|r| match r.target {
            Target::Tool(i) if in_category(i as usize) => Some((i, true)),
            _ => None,
        })
        .collect();
    for i in 0..rules.tools.len() {
        if in_category(i) && !excluded(i) && fits(i) && !out.iter().any(|&(j, _)| j as usize == i) {
            out.push((i as u16, false));
        }
    }
    out
}
