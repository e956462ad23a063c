//! `keuzehulp advise '<answers>'`: the advice with its reasons, as
//! `engine::present` decides it, which is what the page shows: the same items
//! in the same order, each marked open, folded or "for later".

use serde_json::{Value, json};

use super::common::{AdviseArgs, Format, fail, rules_from};
use crate::contacts::Contacts;
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
    let contacts = match &args.contacts {
        None => Contacts::default(),
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => crate::contacts::parse_contacts(&rules, &text).0,
            Err(e) => return fail(&format!("cannot read {path}: {e}")),
        },
    };
    let shown = present(&rules, &answers);
    let mut report = report(&rules, &answers, &shown, args.lang);
    with_contacts(&rules, &mut report, &contacts, args.lang);
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
                if let Target::Category(c) = item.target {
                    // The card's "volgende stap", for this role at this stage (issue 30, E8).
                    let stages = rules.question_index(crate::engine::STAGE_QUESTION).map_or(0, |q| answers.mask(q));
                    v["next_step"] = json!(rules.categories[c as usize].this_week_for(answers.roles(rules), stages).get(lang));
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
            "more_title": step.more_title.as_ref().map(|m| m.get(lang)),
            "more": step.more.as_ref().map(|m| m.get(lang).lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>()),
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

/// Each expert as the widget's card shows it with an organisation's `contacts`
/// (`--contacts FILE`): `contacts` (their names, or phone numbers) and `reach`,
/// the "how to reach them" text, whose generic first sentence own contacts
/// replace (`contacts::shown::reach`, the card's rule).
pub fn with_contacts(rules: &RuleSet, report: &mut Value, contacts: &Contacts, lang: Lang) {
    let Some(experts) = report["experts"].as_array_mut() else { return };
    for item in experts {
        let Some(e) = item["id"].as_str().and_then(|id| rules.expert_index(id)) else { continue };
        let own: Vec<&str> = contacts.for_expert(e as u16).iter().filter_map(|c| c.name.as_deref().or(c.phone.as_deref())).collect();
        item["contacts"] = json!(own);
        item["reach"] = json!(crate::contacts::shown::reach(contacts, e as u16, rules.experts[e].reach.get(lang)));
    }
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
        if let Some(title) = step["more_title"].as_str() {
            out.push_str(&format!("  [folded] {title}\n"));
            for line in step["more"].as_array().unwrap_or(&empty) {
                out.push_str(&format!("     - {}\n", line.as_str().unwrap_or("")));
            }
        }
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
            if let Some(next) = item["next_step"].as_str() {
                out.push_str(&format!("     > {next}\n"));
            }
            for contact in item["contacts"].as_array().unwrap_or(&empty) {
                out.push_str(&format!("     In your organisation: {}\n", contact.as_str().unwrap_or("")));
            }
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

#[cfg(test)]
mod contact_tests {
    use super::*;
    use crate::builtin::RULES;

    /// The page's rule and the command's agree: an own contact replaces the generic line.
    #[test]
    fn advise_with_contacts_drops_the_generic_line_the_contact_covers() {
        let (answers, _) = Answers::parse(&RULES, "rol=werknemer&sector=overheid&omvang=groot&niveau=individu&fase=verzuim&factoren=werkdruk");
        let shown = present(&RULES, &answers);
        let (contacts, _) = crate::contacts::parse_contacts(&RULES, r#"{"bedrijfsarts": {"name": "Dr. A"}}"#);
        let mut with = report(&RULES, &answers, &shown, Lang::Nl);
        with_contacts(&RULES, &mut with, &contacts, Lang::Nl);
        let mut without = report(&RULES, &answers, &shown, Lang::Nl);
        with_contacts(&RULES, &mut without, &Contacts::default(), Lang::Nl);
        let doctor = |r: &Value| r["experts"].as_array().unwrap().iter().find(|e| e["id"] == "bedrijfsarts").cloned().expect("the company doctor at absence");
        assert!(doctor(&without)["reach"].as_str().unwrap().starts_with("Vraag HR"));
        assert_eq!(doctor(&with)["contacts"], json!(["Dr. A"]));
        assert!(!doctor(&with)["reach"].as_str().unwrap().contains("Vraag HR"), "{}", doctor(&with)["reach"]);
    }
}
