//! Answers in, ranked advice out. Deterministic: ties keep rule-set order.

use super::answers::Answers;
use super::model::{RuleSet, Target};

/// One recommended category, expert or tool.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ranked {
    pub target: Target,
    /// The sum of the weights of every matching rule that recommends it.
    pub score: i32,
    /// Recommended by a safety rule: ranked above everything else.
    pub safety: bool,
    /// The matching rules that recommend it (indexes into `RuleSet::rules`), in file order.
    pub rules: Vec<u16>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Advice {
    pub categories: Vec<Ranked>,
    pub experts: Vec<Ranked>,
    pub tools: Vec<Ranked>,
    /// Notes whose condition holds, in file order.
    pub notes: Vec<u16>,
    /// Every rule that matched, in file order.
    pub matched_rules: Vec<u16>,
}

#[derive(Clone, Default)]
struct Tally {
    recommended: bool,
    excluded: bool,
    safety: bool,
    safety_weight: i32,
    score: i32,
    rules: Vec<u16>,
}

pub fn evaluate(rules: &RuleSet, answers: &Answers) -> Advice {
    let mut categories = vec![Tally::default(); rules.categories.len()];
    let mut experts = vec![Tally::default(); rules.experts.len()];
    let mut tools = vec![Tally::default(); rules.tools.len()];
    let mut matched_rules = Vec::new();

    for (r, rule) in rules.rules.iter().enumerate() {
        if !rule.when.holds(answers) {
            continue;
        }
        matched_rules.push(r as u16);
        for effect in rule.recommend.iter() {
            let tally = tally_mut(&mut categories, &mut experts, &mut tools, effect.target);
            tally.recommended = true;
            tally.score += effect.weight;
            if rule.safety {
                tally.safety = true;
                tally.safety_weight += effect.weight;
            }
            if tally.rules.last() != Some(&(r as u16)) {
                tally.rules.push(r as u16);
            }
        }
        if rule.safety {
            for &target in rule.exclude.iter() {
                tally_mut(&mut categories, &mut experts, &mut tools, target).excluded = true;
            }
        }
    }

    let notes = rules
        .notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.when.holds(answers))
        .map(|(i, _)| i as u16)
        .collect();

    Advice {
        categories: rank(categories, Target::Category),
        experts: rank(experts, Target::Expert),
        tools: rank(tools, Target::Tool),
        notes,
        matched_rules,
    }
}

fn tally_mut<'a>(
    categories: &'a mut [Tally],
    experts: &'a mut [Tally],
    tools: &'a mut [Tally],
    target: Target,
) -> &'a mut Tally {
    match target {
        Target::Category(i) => &mut categories[i as usize],
        Target::Expert(i) => &mut experts[i as usize],
        Target::Tool(i) => &mut tools[i as usize],
    }
}

fn rank(tallies: Vec<Tally>, target: fn(u16) -> Target) -> Vec<Ranked> {
    let mut ranked: Vec<(usize, Tally)> = tallies
        .into_iter()
        .enumerate()
        .filter(|(_, t)| t.recommended && !t.excluded)
        .collect();
    // Safety first (by safety weight), then score; the stable sort keeps file order on ties.
    sort_stable_by_key(&mut ranked, |(_, t)| {
        (
            std::cmp::Reverse(t.safety),
            std::cmp::Reverse(t.safety_weight),
            std::cmp::Reverse(t.score),
        )
    });
    ranked
        .into_iter()
        .map(|(i, t)| Ranked {
            target: target(i as u16),
            score: t.score,
            safety: t.safety,
            rules: t.rules,
        })
        .collect()
}

/// Insertion sort: stable (an item only moves past a strictly greater key),
/// and a few hundred bytes of wasm where the standard library's stable sort is
/// 3.5 KB. The lists are a few dozen items.
pub(super) fn sort_stable_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_stable_by_key;

    #[test]
    fn the_sort_is_stable_and_sorted() {
        // (key, original position): every order of a few keys with ties.
        let mut items: Vec<(u8, usize)> = [3, 1, 2, 1, 3, 0, 2, 1].into_iter().enumerate().map(|(i, k)| (k, i)).collect();
        sort_stable_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(0, 5), (1, 1), (1, 3), (1, 7), (2, 2), (2, 6), (3, 0), (3, 4)]);
        let mut empty: [u8; 0] = [];
        sort_stable_by_key(&mut empty, |&k| k);
    }
}
