//! `keuzehulp advise '<answers>'`: the advice with its reasons, as
//! `engine::present` decides it, which is what the page shows: the same items
//! in the same order, each marked open, folded or "for later".

use serde_json::{Value, json};

use super::{AdviseArgs, Format, fail, rules_from};
use crate::engine::{Answers, Lang, Presentation, Ranked, RuleSet, Shown, Target, present, render_reason};

pub fn run(args: &AdviseArgs) -> i32 {
    let rules = match rules_from(args.rules_dir.as_deref()) {
        Ok(r) => r,
        Err(message) => return fail(&message),
    };
    let (answers, notices) = Answers::parse(&rules, &args.answers);
    if let Some(first) = notices.first() {
        let more = if notices.len() > 1 { format!(" (and {} more)", notices.len() - 1) } else { String::new() };
        return fail(&format!("bad answers: {}{more}", first.message(Lang::En)));
    }
    if answers == Answers::new(&rules) {
        return fail("no answers given");
    }
    let shown = present(&rules, &answers);
    let report = report(&rules, &answers, &shown, args.lang);
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default()),
        Format::Text => print!("{}", text(&report)),
    }
    0
}

/// The advice as JSON: `categories` and `experts` in the page's order, each
/// with `open` (a full card on screen), `later` (folded under "Voor later" in
/// a crisis) and `shown_reasons` (the reasons the page shows with it: each
/// reason once); approaches also `tools_shown` (each tool once on the page)
/// and `success_shown` (the ZonMw finding once); `first_step`, `tools`
/// (ranked), `notes`, `acute`, `notices`.
pub fn report(rules: &RuleSet, answers: &Answers, shown: &Presentation, lang: Lang) -> Value {
    let advice = &shown.advice;
    let open: Vec<&str> = (0..rules.questions.len())
        .filter(|&q| !answers.is_answered(q) && answers.applies(rules, q))
        .map(|q| &*rules.questions[q].id)
        .collect();
    let mut notices = Vec::new();
    if !open.is_empty() {
        let message = match lang {
            Lang::Nl => format!("Nog niet beantwoord: {}. Het advies is daarom minder precies.", open.join(", ")),
            Lang::En => format!("Not answered yet: {}. The advice is less precise.", open.join(", ")),
        };
        notices.push(json!({ "kind": "incomplete", "message": message }));
    }
    let ranked = |items: &[Ranked]| -> Vec<Value> {
        items
            .iter()
            .map(|r| {
                let name = match r.target {
                    Target::Category(i) => rules.categories[i as usize].name.get(lang),
                    Target::Expert(i) => rules.experts[i as usize].name.get(lang),
                    Target::Tool(i) => rules.tools[i as usize].name.get(lang),
                };
                let reasons: Vec<Value> = r
                    .rules
                    .iter()
                    .map(|&rule| {
                        json!({
                            "rule": &*rules.rules[rule as usize].id,
                            "text": render_reason(rules, rule as usize, answers, lang),
                        })
                    })
                    .collect();
                let mut item = json!({
                    "id": rules.target_id(r.target),
                    "name": name,
                    "score": r.score,
                    "safety": r.safety,
                    "reasons": reasons,
                });
                if let Target::Tool(i) = r.target {
                    item["evidence"] = json!(rules.tools[i as usize].evidence.id());
                }
                item
            })
            .collect()
    };
    // The ranked items in the order `present` shows them, with how they show.
    let as_shown = |items: &[Shown], ranking: &[Ranked]| -> Vec<Value> {
        items
            .iter()
            .map(|item| {
                let r = ranking.iter().find(|r| r.target == item.target).cloned().unwrap_or_default();
                let mut v = ranked(std::slice::from_ref(&r)).pop().unwrap_or_default();
                v["open"] = json!(item.visible());
                v["later"] = json!(item.later);
                v["shown_reasons"] = json!(item.reasons.iter().map(|&rule| json!({
                    "rule": &*rules.rules[rule as usize].id,
                    "text": render_reason(rules, rule as usize, answers, lang),
                })).collect::<Vec<_>>());
                if let Target::Category(_) = item.target {
                    v["tools_shown"] = json!(item.tools.iter().map(|&(t, recommended)| json!({
                        "id": &*rules.tools[t as usize].id,
                        "recommended": recommended,
                    })).collect::<Vec<_>>());
                    v["success_shown"] = json!(item.success);
                }
                v
            })
            .collect()
    };
    let step = shown.first_step.map(|i| {
        let step = &rules.first_steps[i];
        json!({
            "id": &*step.id,
            "text": step.text.get(lang),
            "expert": step.expert.map(|e| &*rules.experts[e as usize].id),
        })
    });
    json!({
        "answers": answers.encode(rules),
        "lang": lang.code(),
        "complete": open.is_empty(),
        "acute": shown.acute,
        "first_step": step,
        "categories": as_shown(&shown.categories, &advice.categories),
        "experts": as_shown(&shown.experts, &advice.experts),
        "tools": ranked(&advice.tools),
        "notes": advice.notes.iter().map(|&n| {
            let note = &rules.notes[n as usize];
            json!({ "id": &*note.id, "title": note.title.get(lang), "text": note.text.get(lang) })
        }).collect::<Vec<_>>(),
        "matched_rules": advice.matched_rules.iter().map(|&r| &*rules.rules[r as usize].id).collect::<Vec<_>>(),
        "notices": notices,
    })
}

fn text(report: &Value) -> String {
    let mut out = String::new();
    let empty = Vec::new();
    if let Some(step) = report["first_step"].as_object() {
        out.push_str(&format!(
            "First step\n  {} [{}]\n",
            step["text"].as_str().unwrap_or(""),
            step["id"].as_str().unwrap_or("")
        ));
    }
    for (key, title) in [("categories", "Interventions"), ("experts", "Experts"), ("tools", "Tools")] {
        out.push_str(title);
        out.push('\n');
        for (i, item) in report[key].as_array().unwrap_or(&empty).iter().enumerate() {
            let safety = if item["safety"].as_bool() == Some(true) { " [safety]" } else { "" };
            let how = match (item["open"].as_bool(), item["later"].as_bool()) {
                (_, Some(true)) => " [later]",
                (Some(false), _) => " [folded]",
                _ => "",
            };
            out.push_str(&format!("  {}. {} ({}){safety}{how}\n", i + 1, item["name"].as_str().unwrap_or(""), item["id"].as_str().unwrap_or("")));
            for reason in item["reasons"].as_array().unwrap_or(&empty) {
                out.push_str(&format!("     - {} [{}]\n", reason["text"].as_str().unwrap_or(""), reason["rule"].as_str().unwrap_or("")));
            }
        }
    }
    for note in report["notes"].as_array().unwrap_or(&empty) {
        out.push_str(&format!("Note: {}: {}\n", note["title"].as_str().unwrap_or(""), note["text"].as_str().unwrap_or("")));
    }
    for notice in report["notices"].as_array().unwrap_or(&empty) {
        out.push_str(&format!("Notice: {}\n", notice["message"].as_str().unwrap_or("")));
    }
    out
}
