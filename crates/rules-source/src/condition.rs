//! `when = { rol = ["zzp"], not = { fase = ["acuut"] } }` → [`Condition`].

use std::borrow::Cow;

use toml::Spanned;
use toml::de::DeValue;

use super::diagnostic::{Diagnostics, SourceFile};
use super::reader::{closest, strings_of};
use crate::engine::{Condition, Question};

pub fn parse_condition(
    file: &SourceFile,
    value: &Spanned<DeValue<'_>>,
    questions: &[Question],
    what: &str,
    d: &mut Diagnostics,
) -> Condition {
    let DeValue::Table(table) = value.get_ref() else {
        d.push(
            file,
            &value.span(),
            format!("the condition of {what} must be a table such as {{ rol = [\"werknemer\"] }}, found {}", value.get_ref().type_str()),
        );
        return Condition::Always;
    };
    let mut parts = Vec::new();
    for (key, item) in table.iter() {
        let name: &str = key.get_ref().as_ref();
        match name {
            "all" | "any" => {
                let DeValue::Array(items) = item.get_ref() else {
                    d.push(file, &item.span(), format!("`{name}` in {what} must be a list of conditions: {name} = [ {{…}}, {{…}} ]"));
                    continue;
                };
                let subs: Vec<Condition> = items
                    .iter()
                    .map(|sub| parse_condition(file, sub, questions, what, d))
                    .collect();
                if subs.is_empty() {
                    d.push(file, &item.span(), format!("`{name}` in {what} lists no conditions"));
                }
                parts.push(if name == "all" {
                    Condition::All(Cow::Owned(subs))
                } else {
                    Condition::Any(Cow::Owned(subs))
                });
            }
            "not" => {
                let sub = parse_condition(file, item, questions, what, d);
                parts.push(Condition::Not(Cow::Owned(vec![sub])));
            }
            _ => {
                let Some(q) = questions.iter().position(|q| q.id == name) else {
                    let ids: Vec<&str> = questions.iter().map(|q| &*q.id).collect();
                    let hint = closest(name, &ids).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
                    d.push(
                        file,
                        &key.span(),
                        format!("unknown question `{name}` in the condition of {what}{hint}; use one of: {}, or all/any/not", ids.join(", ")),
                    );
                    continue;
                };
                let question = &questions[q];
                let mut mask = 0u32;
                let values = strings_of(file, name, item, d);
                if values.is_empty() {
                    d.push(file, &item.span(), format!("`{name}` in the condition of {what} lists no answers"));
                }
                for (id, span) in values {
                    match question.option_index(&id) {
                        Some(o) => mask |= 1 << o,
                        None => {
                            let ids: Vec<&str> = question.options.iter().map(|o| &*o.id).collect();
                            let hint = closest(&id, &ids).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
                            d.push(
                                file,
                                &span,
                                format!("unknown answer `{id}` for `{name}` in the condition of {what}{hint}; answers: {}", ids.join(", ")),
                            );
                        }
                    }
                }
                if mask != 0 {
                    parts.push(Condition::Is { question: q as u8, options: mask });
                }
            }
        }
    }
    match parts.len() {
        0 => Condition::Always,
        1 => parts.pop().unwrap_or(Condition::Always),
        _ => Condition::All(Cow::Owned(parts)),
    }
}
