//! The overview's items: every category and every tool of the rule set, with
//! what the page shows and filters on. One list, used by the HTML page and by
//! `keuzehulp overview --json` (which the browser tests compare with the page).

use serde_json::{Value, json};

use crate::engine::{Evidence, Lang, Level, RuleSet, Status};

/// A category ("aanpak") or a tool or programme ("middel").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Category,
    Tool,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Category => "aanpak",
            Kind::Tool => "middel",
        }
    }
}

/// One item of the overview.
pub struct Item<'a> {
    pub kind: Kind,
    pub id: &'a str,
    /// Index into the rule set's categories or tools.
    pub index: usize,
    pub levels: Vec<Level>,
    /// Bit mask over the options of `rol`.
    pub roles: u32,
    /// Bit mask over the options of `sector`; 0 = every sector.
    pub sectors: u32,
    /// None for a category: the evidence is labelled per tool.
    pub evidence: Option<Evidence>,
    pub status: Status,
    pub status_year: Option<u16>,
    /// The categories it belongs to (a category: itself), as indexes.
    pub categories: Vec<usize>,
    pub url: Option<&'a str>,
    pub source: Vec<&'a str>,
}

impl Item<'_> {
    /// The stable anchor: `aanpak-<id>` or `middel-<id>` (ids are fixed, see rules/README.md).
    pub fn anchor(&self) -> String {
        format!("{}-{}", self.kind.id(), self.id)
    }
}

/// Every category, then every tool, in file order.
pub fn items(rules: &RuleSet) -> Vec<Item<'_>> {
    let categories = rules.categories.iter().enumerate().map(|(i, c)| Item {
        kind: Kind::Category,
        id: &c.id,
        index: i,
        levels: c.levels.to_vec(),
        // An approach has advice for each role it names (`for_role`).
        roles: c.for_role.iter().fold(0, |m, r| m | r.roles),
        sectors: 0,
        evidence: None,
        status: Status::Available,
        status_year: None,
        categories: vec![i],
        url: None,
        source: c.source.iter().map(|s| &**s).collect(),
    });
    let tools = rules.tools.iter().enumerate().map(|(i, t)| Item {
        kind: Kind::Tool,
        id: &t.id,
        index: i,
        levels: t.levels.to_vec(),
        roles: t.roles,
        sectors: t.sectors,
        evidence: Some(t.evidence),
        status: t.status,
        status_year: t.status_year,
        categories: t.categories.iter().map(|&c| c as usize).collect(),
        url: t.url.as_deref(),
        source: t.source.iter().map(|s| &**s).collect(),
    });
    categories.chain(tools).collect()
}

/// The option ids of a question whose bits are set in `mask`.
pub fn option_ids<'a>(rules: &'a RuleSet, question: &str, mask: u32) -> Vec<&'a str> {
    rules
        .questions
        .iter()
        .find(|q| q.id == question)
        .map(|q| q.options.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, o)| &*o.id).collect())
        .unwrap_or_default()
}

/// The items as JSON (`keuzehulp overview --json`): ids, anchors and every
/// value a filter uses, plus the name and one line in `lang`.
pub fn json(rules: &RuleSet, lang: Lang) -> Value {
    let items: Vec<Value> = items(rules)
        .iter()
        .map(|item| {
            let (name, summary) = match item.kind {
                Kind::Category => {
                    let c = &rules.categories[item.index];
                    (c.name.get(lang), c.summary.get(lang))
                }
                Kind::Tool => {
                    let t = &rules.tools[item.index];
                    (t.name.get(lang), t.summary.get(lang))
                }
            };
            json!({
                "kind": item.kind.id(),
                "id": item.id,
                "anchor": item.anchor(),
                "name": name,
                "summary": summary,
                // What the page shows and the search looks in, with the name.
                "line": crate::ui::markup::first_sentence(summary),
                "levels": item.levels.iter().map(|l| l.id()).collect::<Vec<_>>(),
                "roles": option_ids(rules, "rol", item.roles),
                "sectors": option_ids(rules, "sector", item.sectors),
                "evidence": item.evidence.map(Evidence::id),
                "status": item.status.id(),
                "status_year": item.status_year,
                "categories": item.categories.iter().map(|&c| &*rules.categories[c].id).collect::<Vec<_>>(),
                "url": item.url,
                "source": item.source,
            })
        })
        .collect();
    json!({ "lang": lang.code(), "items": items })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::RULES;

    #[test]
    fn every_category_and_tool_once_with_unique_anchors() {
        let all = items(&RULES);
        assert_eq!(all.len(), RULES.categories.len() + RULES.tools.len());
        let mut anchors: Vec<String> = all.iter().map(Item::anchor).collect();
        anchors.sort();
        anchors.dedup();
        assert_eq!(anchors.len(), all.len(), "anchors are unique");
    }

    #[test]
    fn every_item_serves_a_role_and_has_a_level_and_a_source() {
        for item in items(&RULES) {
            assert!(item.roles != 0, "{} serves no role", item.id);
            assert!(!item.levels.is_empty(), "{} has no level", item.id);
            assert!(!item.source.is_empty(), "{} has no source", item.id);
        }
    }

    #[test]
    fn the_society_level_holds_the_national_programmes() {
        let society: Vec<&str> = items(&RULES).iter().filter(|i| i.levels.contains(&Level::Society)).map(|i| i.id).collect();
        for id in ["bms-burn-out", "werkdrukakkoord-po", "hey-het-is-oke", "week-van-de-werkstress"] {
            assert!(society.contains(&id), "{id} is at the society level: {society:?}");
        }
    }
}
