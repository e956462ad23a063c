//! The plan of action the user makes from the advice (issue 20): items (what,
//! who, by when, how we will know it helped, done) and three notes for the
//! conversation. It lives in the page and, compactly, in the URL fragment
//! (`plan=`; a fragment is never sent); the download is [`to_text`], and
//! [`link_in_text`] finds the plan again in such a file. Pure functions, so
//! limits and round trips are tested natively.

use crate::content::rules;
use crate::engine::{Answers, Lang, answered, acts_for_others, present, Target};

use super::text::{T, t};

pub const PLAN_KEY: &str = "plan";
/// The limits the page states: items, and characters (Unicode scalar values) per field.
pub const MAX_ITEMS: usize = 12;
pub const MAX_CHARS: usize = 500;
/// The fields of an item, in fragment and page order.
pub const FIELDS: usize = 4;
/// Separators in the fragment: records (the notes, then one per item) and fields.
const RECORD: char = '~';
const FIELD: char = '*';
/// Starts the sharing choices and the day in the first record (never in an encoded text).
const META: char = '$';

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    /// What, who, by when, how we will know it helped (RI&E: measure, owner,
    /// deadline, evaluation).
    pub fields: [String; FIELDS],
    pub done: bool,
    /// "Alleen voor mij": left out of what is shared, printed and put in a
    /// calendar (issue 32; in the fragment as bit 2 of the done flag).
    pub private: bool,
    /// Keeps the item's inputs (and their focus) in place when items are added
    /// or removed; not in the fragment.
    pub key: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub items: Vec<Item>,
    /// The conversation notes ("Gesprek voorbereiden").
    pub talk: [String; 3],
    /// Which notes go into what is shared and printed: none unless the user
    /// says so (they are about the user's own health and wishes).
    pub talk_shared: [bool; 3],
    /// The situation in the user's own words (the print's first lines; what
    /// the check-in compares with).
    pub situation: String,
    /// "Alleen voor mij" for the situation (shared unless the user says so).
    pub situation_private: bool,
    /// What the page refused last, to say so (not in the fragment).
    pub refused: Option<Refusal>,
    /// The plan was read from a link or a file, not made on this page from
    /// the advice: anyone can write a link, so the page says so and flags
    /// text that reads like a crisis line (not in the fragment).
    pub from_link: bool,
    /// The day the plan was kept for a check-in (`YYYYMMDD`, from the
    /// calendar file's link): how long ago it was made.
    pub since: Option<u32>,
    /// The day chosen for the reminder (`YYYY-MM-DD` of a date field; not in the fragment).
    pub remind_on: String,
    /// The answers of the check-in (not in the fragment: nothing is kept).
    pub review: super::checkin::Answers,
    /// "Is er iets nieuws?" in the check-in, until it is put in the plan (not in the fragment).
    pub review_new: String,
}

/// Why an edit was not made: the page says so and the text stays as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    TooLong,
    TooMany,
}

/// A text field: an item's field (by the item's key), or a conversation note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Item(u32, usize),
    Talk(usize),
    Situation,
    /// The check-in's "Is er iets nieuws?".
    New,
}

impl Field {
    /// The id of its input.
    pub fn id(self) -> String {
        match self {
            Field::Item(key, f) => format!("kh-plan-{key}-{f}"),
            Field::Talk(n) => format!("kh-plan-talk-{n}"),
            Field::Situation => "kh-plan-situation".into(),
            Field::New => "kh-plan-new".into(),
        }
    }

    /// The field of an element id made by [`Field::id`] (the page's events
    /// find their field by it).
    pub fn from_id(id: &str) -> Option<Field> {
        let rest = id.strip_prefix("kh-plan-")?;
        match rest {
            "situation" => return Some(Field::Situation),
            "new" => return Some(Field::New),
            _ => {}
        }
        if let Some(n) = rest.strip_prefix("talk-") {
            return n.parse().ok().filter(|&n| n < 3).map(Field::Talk);
        }
        let (key, f) = rest.split_once('-')?;
        Some(Field::Item(key.parse().ok()?, f.parse().ok().filter(|&f| f < FIELDS)?))
    }
}

/// What the page says about the last thing it refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    TooLong(Field),
    TooMany,
    NotAPlan,
}

/// Which form the plan takes for these answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Employee, student, self-employed: a personal plan and the conversation with the manager.
    Personal { self_employed: bool },
    /// A manager: the plan and the other side of the conversation.
    Manager,
    /// Employer, HR, works council, arbo-professional: the RI&E plan of action, no conversation guide.
    Organisation,
}

pub fn form(answers: &Answers) -> Form {
    let r = rules();
    if answered(r, answers, "rol", "leidinggevende") {
        Form::Manager
    } else if acts_for_others(r, answers) {
        Form::Organisation
    } else {
        Form::Personal { self_employed: answered(r, answers, "rol", "zzp") }
    }
}

/// The labels of an item's fields in this form.
pub fn field_labels(form: Form) -> [T; FIELDS] {
    match form {
        Form::Organisation => [T::RieWhat, T::RieWho, T::RieWhen, T::RieHow],
        _ => [T::PlanWhat, T::PlanWho, T::PlanWhen, T::PlanHow],
    }
}

/// The labels of the conversation notes; `None`: no conversation guide.
pub fn talk_labels(form: Form) -> Option<[T; 3]> {
    match form {
        Form::Personal { .. } => Some([T::TalkHelps, T::TalkNeed, T::TalkAgree]),
        Form::Manager => Some([T::TalkOpen, T::TalkListen, T::TalkNext]),
        Form::Organisation => None,
    }
}

fn clip(s: &str) -> String {
    s.chars().take(MAX_CHARS).collect()
}

impl Plan {
    /// The plan the advice suggests: the first step, then the open approaches
    /// with what to do this week. Nothing in an acute crisis (help comes first).
    pub fn from_advice(answers: &Answers, lang: Lang) -> Plan {
        let r = rules();
        let shown = present(r, answers);
        let mut plan = Plan::default();
        if shown.acute {
            return plan;
        }
        if let Some(step) = shown.first_step.and_then(|s| r.first_steps.get(s)) {
            plan.push(clip(step.text.get(lang)));
        }
        for item in shown.categories.iter().filter(|i| i.open) {
            if let Target::Category(c) = item.target {
                let c = &r.categories[c as usize];
                plan.push(clip(&format!("{}: {}", c.name.get(lang), c.this_week.get(lang))));
            }
        }
        plan.items.truncate(MAX_ITEMS);
        plan
    }

    fn push(&mut self, what: String) {
        let key = self.items.iter().map(|i| i.key + 1).max().unwrap_or(0);
        self.items.push(Item { fields: [what, String::new(), String::new(), String::new()], key, ..Item::default() });
    }

    /// The check-in's "Is er iets nieuws?" as a new item at the end (nothing when empty).
    pub fn add_new(&mut self) -> Result<(), Refused> {
        if self.review_new.trim().is_empty() {
            return Ok(());
        }
        self.add()?;
        if let Some(item) = self.items.last_mut() {
            item.fields[0] = std::mem::take(&mut self.review_new);
        }
        Ok(())
    }

    /// A new, empty item at the end.
    pub fn add(&mut self) -> Result<(), Refused> {
        if self.items.len() >= MAX_ITEMS {
            return Err(Refused::TooMany);
        }
        self.push(String::new());
        Ok(())
    }

    /// Field `field` of the item with key `key` becomes `text` (refused when too long).
    pub fn set_field(&mut self, key: u32, field: usize, text: &str) -> Result<(), Refused> {
        check(text)?;
        if let Some(slot) = self.items.iter_mut().find(|i| i.key == key).and_then(|i| i.fields.get_mut(field)) {
            *slot = text.to_string();
        }
        Ok(())
    }

    /// Field `field` becomes `text`; refused when too long.
    pub fn set(&mut self, field: Field, text: &str) -> Result<(), Refused> {
        match field {
            Field::Item(key, f) => self.set_field(key, f, text),
            Field::Talk(n) => self.set_talk(n, text),
            Field::Situation => {
                check(text)?;
                self.situation = text.to_string();
                Ok(())
            }
            Field::New => {
                check(text)?;
                self.review_new = text.to_string();
                Ok(())
            }
        }
    }

    pub fn set_talk(&mut self, note: usize, text: &str) -> Result<(), Refused> {
        check(text)?;
        if let Some(slot) = self.talk.get_mut(note) {
            *slot = text.to_string();
        }
        Ok(())
    }

    pub fn set_done(&mut self, key: u32, done: bool) {
        if let Some(item) = self.items.iter_mut().find(|i| i.key == key) {
            item.done = done;
        }
    }

    pub fn remove(&mut self, key: u32) {
        self.items.retain(|i| i.key != key);
    }

    /// The `plan=` value: the notes and the situation (after the sharing
    /// choices and the day, `$mask.yyyymmdd`, when there are any), then each
    /// item (its flags: 1 done, 2 private; then its fields), empty fields at
    /// the end left out. `$` is never in an encoded text, so a link of an
    /// earlier version (no `$`) reads as before.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        let mask = self.talk_shared.iter().enumerate().map(|(i, &s)| (s as u8) << i).sum::<u8>() | (self.situation_private as u8) << 3;
        if mask != 0 || self.since.is_some() {
            out.push(META);
            out.push_str(&mask.to_string());
            if let Some(day) = self.since {
                out.push('.');
                out.push_str(&day.to_string());
            }
            out.push(FIELD);
        }
        let notes = [&self.talk[0], &self.talk[1], &self.talk[2], &self.situation].map(String::clone);
        write_fields(&mut out, &notes);
        for item in &self.items {
            out.push(RECORD);
            out.push(char::from(b'0' + item.done as u8 + 2 * item.private as u8));
            out.push(FIELD);
            write_fields(&mut out, &item.fields);
        }
        out
    }

    /// Reads a `plan=` value leniently: never panics, keeps at most
    /// [`MAX_ITEMS`] items and [`MAX_CHARS`] characters a field.
    pub fn decode(value: &str) -> Plan {
        let mut records = value.split(RECORD);
        // (Only a link or a file is decoded: anyone can write one.)
        let mut plan = Plan { from_link: true, ..Plan::default() };
        let mut first = records.next().unwrap_or_default();
        if let Some(meta) = first.strip_prefix(META) {
            let (meta, rest) = meta.split_once(FIELD).unwrap_or((meta, ""));
            first = rest;
            let (mask, day) = meta.split_once('.').unwrap_or((meta, ""));
            let mask: u8 = mask.parse().unwrap_or(0);
            for (i, shared) in plan.talk_shared.iter_mut().enumerate() {
                *shared = mask & (1 << i) != 0;
            }
            plan.situation_private = mask & 8 != 0;
            plan.since = day.parse().ok().filter(|d| crate::ui::checkin::Day::from_number(*d).is_some());
        }
        let mut notes = first.split(FIELD);
        for slot in plan.talk.iter_mut() {
            *slot = clip(&decode_text(notes.next().unwrap_or_default()));
        }
        plan.situation = clip(&decode_text(notes.next().unwrap_or_default()));
        for (key, record) in records.take(MAX_ITEMS).enumerate() {
            let mut parts = record.split(FIELD);
            let flags = parts.next().and_then(|f| f.parse::<u8>().ok()).filter(|f| *f < 4).unwrap_or(0);
            let mut item = Item { done: flags & 1 != 0, private: flags & 2 != 0, key: key as u32, ..Item::default() };
            for (slot, text) in item.fields.iter_mut().zip(parts) {
                *slot = clip(&decode_text(text));
            }
            plan.items.push(item);
        }
        plan
    }

    /// What is shared, printed, downloaded and put in a calendar: the plan
    /// without the parts marked "Alleen voor mij" (and without notes not
    /// chosen for sharing). The page's own address keeps everything.
    pub fn shared(&self) -> Plan {
        let mut out = Plan {
            items: self.items.iter().filter(|i| !i.private).cloned().collect(),
            talk_shared: self.talk_shared,
            since: self.since,
            from_link: self.from_link,
            ..Plan::default()
        };
        for (n, text) in self.talk.iter().enumerate() {
            if self.talk_shared[n] {
                out.talk[n] = text.clone();
            }
        }
        if !self.situation_private {
            out.situation = self.situation.clone();
        }
        out
    }

    /// How many items and notes (with text) a shared copy holds.
    pub fn shared_counts(&self) -> (usize, usize) {
        let shared = self.shared();
        (shared.items.len(), shared.talk.iter().filter(|t| !t.is_empty()).count())
    }

    /// Whether any text in the plan could pass for a crisis line or a number
    /// to call (see [`suspect`]).
    pub fn has_suspect_text(&self) -> bool {
        self.items.iter().flat_map(|i| i.fields.iter()).chain(self.talk.iter()).chain([&self.situation]).any(|t| suspect(t))
    }

    /// Marks a part: shared (`true`) or for me only.
    pub fn set_shared(&mut self, part: Part, shared: bool) {
        match part {
            Part::Item(key) => {
                if let Some(item) = self.items.iter_mut().find(|i| i.key == key) {
                    item.private = !shared;
                }
            }
            Part::Talk(n) => {
                if let Some(slot) = self.talk_shared.get_mut(n) {
                    *slot = shared;
                }
            }
            Part::Situation => self.situation_private = !shared,
        }
    }

    /// Whether a part is shared.
    pub fn is_shared(&self, part: Part) -> bool {
        match part {
            Part::Item(key) => self.items.iter().find(|i| i.key == key).is_some_and(|i| !i.private),
            Part::Talk(n) => self.talk_shared.get(n).copied().unwrap_or(false),
            Part::Situation => !self.situation_private,
        }
    }
}

/// A part of the plan with its own sharing choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Item(u32),
    Talk(usize),
    Situation,
}

impl Part {
    /// The id of its checkbox ("Ook in wat ik deel en print").
    pub fn id(self) -> String {
        match self {
            Part::Item(key) => format!("kh-share-{key}"),
            Part::Talk(n) => format!("kh-share-talk-{n}"),
            Part::Situation => "kh-share-situation".into(),
        }
    }

    pub fn from_id(id: &str) -> Option<Part> {
        let rest = id.strip_prefix("kh-share-")?;
        if rest == "situation" {
            return Some(Part::Situation);
        }
        if let Some(n) = rest.strip_prefix("talk-") {
            return n.parse().ok().filter(|&n| n < 3).map(Part::Talk);
        }
        rest.parse().ok().map(Part::Item)
    }
}

/// Whether a text from a link could pass for a crisis line or a number to
/// call: the contacts filter's test (`contacts::safe`, one filter for every
/// text from outside that shows beside our crisis line).
pub fn suspect(text: &str) -> bool {
    !text.is_empty() && crate::contacts::safe::looks_like_crisis_line(text)
}

fn check(text: &str) -> Result<(), Refused> {
    if text.chars().count() > MAX_CHARS { Err(Refused::TooLong) } else { Ok(()) }
}

fn write_fields(out: &mut String, fields: &[String]) {
    let used = fields.iter().rposition(|f| !f.is_empty()).map_or(0, |i| i + 1);
    for (i, f) in fields[..used].iter().enumerate() {
        if i > 0 {
            out.push(FIELD);
        }
        encode_text(out, f);
    }
}

/// Letters, digits and a few marks as they are, a space as `+`, everything
/// else (the separators, `%`, `+`, `&`, `=`, line breaks, accents, emoji) as `%XX` of its UTF-8.
fn encode_text(out: &mut String, text: &str) {
    for b in text.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b',' | b':' | b';' | b'!' | b'?' | b'(' | b')' | b'/' | b'\'' | b'@' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => escape(out, b),
        }
    }
}

fn escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(HEX[(b >> 4) as usize] as char);
    out.push(HEX[(b & 15) as usize] as char);
}

/// A `data:` link to `text` as a UTF-8 text file (the download: no Blob, no
/// object URL to revoke, nothing leaves the page).
pub fn data_url(text: &str) -> String {
    data_url_of("text/plain", text)
}

/// A `data:` link to `text` as a UTF-8 file of type `mime`.
pub fn data_url_of(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
            out.push(b as char);
        } else {
            escape(&mut out, b);
        }
    }
    out
}

fn decode_text(s: &str) -> String {
    crate::engine::percent_decode(&s.replace('+', " "))
}

/// The plan as plain text: what is printed (`link` None) and downloaded (with
/// the link that opens it again as its last line).
pub fn to_text(lang: Lang, form: Form, plan: &Plan, link: Option<&str>) -> String {
    // Printed, the page's own h1 is the title.
    let mut out = match link {
        Some(_) => format!("{}\n{}\n", t(lang, T::PlanTitle), t(lang, T::AppName)),
        None => String::new(),
    };
    if !plan.situation.is_empty() {
        out.push_str(&format!("\n{}\n", plan.situation));
    }
    let labels = field_labels(form);
    for (n, item) in plan.items.iter().enumerate() {
        // "[x] Gedaan" ticked, "[ ] Gedaan" not (no lowercasing: its Unicode tables cost the wasm 7 KB).
        let tick = if item.done { "[x]" } else { "[ ]" };
        out.push_str(&format!("\n{} {} {tick} {}\n", t(lang, T::PlanItem), n + 1, t(lang, T::PlanDone)));
        for (label, text) in labels.iter().zip(&item.fields) {
            line(&mut out, t(lang, *label), text);
        }
    }
    // Only the notes with text (a note not shared is empty here).
    if let Some(labels) = talk_labels(form).filter(|_| plan.talk.iter().any(|n| !n.is_empty())) {
        out.push_str(&format!("\n{}\n", t(lang, T::TalkHeading)));
        for (label, text) in labels.iter().zip(&plan.talk).filter(|(_, text)| !text.is_empty()) {
            line(&mut out, t(lang, *label), text);
        }
    }
    if let Some(link) = link {
        out.push_str(&format!("\n{}\n{link}\n", t(lang, T::PlanFileLink)));
    }
    out
}

/// "Label: text" ("Label? text" after a question).
fn line(out: &mut String, label: &str, text: &str) {
    out.push_str(label);
    if !label.ends_with('?') {
        out.push(':');
    }
    out.push(' ');
    out.push_str(text);
    out.push('\n');
}

/// The fragment of the plan's link in a downloaded plan (the last line with
/// `plan=` and a `#`); `None` when the text holds no plan.
pub fn link_in_text(text: &str) -> Option<&str> {
    let line = text.lines().rev().find(|l| l.contains("plan=") && l.contains('#'))?;
    line.split_once('#').map(|(_, fragment)| fragment.trim())
}

/// `&plan=…` after a fragment (nothing for `None`).
pub fn append(fragment: &mut String, plan: Option<&Plan>) {
    if let Some(plan) = plan {
        if !fragment.is_empty() {
            fragment.push('&');
        }
        fragment.push_str(PLAN_KEY);
        fragment.push('=');
        fragment.push_str(&plan.encode());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_is_found_by_its_id() {
        for field in [Field::Item(0, 0), Field::Item(11, 3), Field::Talk(0), Field::Talk(2)] {
            assert_eq!(Field::from_id(&field.id()), Some(field));
        }
        for bad in ["kh-plan-0-done", "kh-plan-0-4", "kh-plan-talk-3", "kh-plan-add", "kh-plan-file", "kh-plan--1-0", "x"] {
            assert_eq!(Field::from_id(bad), None, "{bad}");
        }
    }

    const TYPED: &str = "Één gesprek per week 😀 met Zoë & co: 100% “eerlijk” = *~#+\nTweede regel\r\n\ttab <b>niet vet</b> 👩🏽‍💻";

    fn answers(fragment: &str) -> Answers {
        Answers::parse(rules(), fragment).0
    }

    fn sample() -> Plan {
        let mut plan = Plan::from_advice(&answers("rol=werknemer&sector=ict&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk"), Lang::Nl);
        plan.add().unwrap();
        let key = plan.items.last().unwrap().key;
        plan.set_field(key, 0, TYPED).unwrap();
        plan.set_field(key, 3, "a b").unwrap();
        plan.set_done(0, true);
        plan.set_talk(1, TYPED).unwrap();
        plan
    }

    fn same(a: &Plan, b: &Plan) {
        assert_eq!(a.talk, b.talk);
        assert_eq!(a.items.len(), b.items.len());
        for (x, y) in a.items.iter().zip(&b.items) {
            assert_eq!((&x.fields, x.done), (&y.fields, y.done));
        }
    }

    #[test]
    fn typed_text_survives_the_fragment_exactly() {
        let plan = sample();
        let encoded = plan.encode();
        assert!(!encoded.contains(['&', '#', '=', ' ', '\n', '<']), "{encoded}");
        same(&Plan::decode(&encoded), &plan);
        // Through the whole fragment too, answers and all.
        let mut fragment = String::from("rol=werknemer&stap=plan");
        append(&mut fragment, Some(&plan));
        let value = fragment.split_once("plan=").unwrap().1;
        same(&Plan::decode(value), &plan);
    }

    #[test]
    fn the_advice_seeds_the_plan_by_role() {
        let worker = answers("rol=werknemer&sector=ict&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk");
        let plan = Plan::from_advice(&worker, Lang::Nl);
        assert!(plan.items.len() >= 2, "first step and approaches: {plan:?}");
        assert!(plan.items.iter().all(|i| !i.fields[0].is_empty() && i.fields[0].chars().count() <= MAX_CHARS));
        let keys: Vec<u32> = plan.items.iter().map(|i| i.key).collect();
        assert_eq!(keys, (0..plan.items.len() as u32).collect::<Vec<_>>());
        assert_eq!(form(&worker), Form::Personal { self_employed: false });
        assert_eq!(form(&answers("rol=zzp")), Form::Personal { self_employed: true });
        assert_eq!(form(&answers("rol=leidinggevende")), Form::Manager);
        for role in ["werkgever", "hr", "medezeggenschap", "arboprofessional"] {
            assert_eq!(form(&answers(&format!("rol={role}"))), Form::Organisation, "{role}");
        }
        assert_eq!(field_labels(Form::Organisation)[0], T::RieWhat);
        assert_eq!(talk_labels(Form::Organisation), None);
        let acute = answers("rol=werknemer&sector=ict&omvang=groot&niveau=individu&fase=acuut&factoren=werkdruk");
        assert!(Plan::from_advice(&acute, Lang::Nl).items.is_empty(), "in a crisis help comes first");
    }

    #[test]
    fn limits_are_enforced_and_lose_nothing() {
        let mut plan = sample();
        let before = plan.clone();
        let paste = "x".repeat(20_000);
        assert_eq!(plan.set_field(0, 0, &paste), Err(Refused::TooLong));
        assert_eq!(plan.set_talk(0, &paste), Err(Refused::TooLong));
        assert_eq!(plan, before, "a refused paste changes nothing");
        // Exactly the limit is fine, counted in characters (an emoji is one... or more scalar values).
        let full = "é".repeat(MAX_CHARS);
        assert_eq!(plan.set_field(0, 1, &full), Ok(()));
        assert_eq!(plan.set_field(0, 1, &format!("{full}a")), Err(Refused::TooLong));
        while plan.items.len() < MAX_ITEMS {
            plan.add().unwrap();
        }
        assert_eq!(plan.add(), Err(Refused::TooMany));
        assert_eq!(plan.items.len(), MAX_ITEMS);
        // Keys stay unique after a removal and an addition.
        plan.remove(1);
        plan.add().unwrap();
        let mut keys: Vec<u32> = plan.items.iter().map(|i| i.key).collect();
        keys.dedup();
        assert_eq!(keys.len(), MAX_ITEMS);
    }

    #[test]
    fn decoding_is_lenient_and_bounded() {
        let long = format!("~0*{}", "a".repeat(5_000)) + &"~1*x".repeat(50);
        let plan = Plan::decode(&long);
        assert_eq!(plan.items.len(), MAX_ITEMS);
        assert_eq!(plan.items[0].fields[0].chars().count(), MAX_CHARS);
        assert!(plan.items[1].done);
        for odd in ["", "~", "%", "%E2%82", "~~~", "***~***", "😀", "~2*%zz*%", "~1"] {
            let _ = Plan::decode(odd).encode();
        }
        assert_eq!(Plan::decode("%E2%82").talk[0], "\u{FFFD}");
    }

    #[test]
    fn any_text_round_trips_and_any_value_decodes() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let mut runner = TestRunner::new(Config { cases: 512, ..Config::default() });
        runner
            .run(&(any::<String>(), any::<String>(), any::<bool>()), |(a, b, done)| {
                let (a, b): (String, String) = (a.chars().take(MAX_CHARS).collect(), b.chars().take(MAX_CHARS).collect());
                let mut plan = Plan::default();
                plan.add().unwrap();
                plan.set_field(0, 0, &a).unwrap();
                plan.set_field(0, 3, &b).unwrap();
                plan.set_done(0, done);
                plan.set_talk(2, &b).unwrap();
                let back = Plan::decode(&plan.encode());
                prop_assert_eq!(back.items[0].fields.clone(), plan.items[0].fields.clone());
                prop_assert_eq!(back.items[0].done, done);
                prop_assert_eq!(&back.talk[2], &b);
                // Any value as a fragment part decodes without a panic, within the limits.
                let odd = Plan::decode(&a);
                prop_assert!(odd.items.len() <= MAX_ITEMS);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn the_text_file_holds_every_field_and_its_link() {
        let plan = sample();
        let mut fragment = String::from("rol=werknemer&stap=plan");
        append(&mut fragment, Some(&plan));
        let link = format!("https://example.org/keuzehulp/#{fragment}");
        let text = to_text(Lang::Nl, Form::Personal { self_employed: false }, &plan, Some(&link));
        for item in &plan.items {
            for f in &item.fields {
                assert!(text.contains(f.as_str()), "{f:?} missing");
            }
        }
        assert!(text.contains(TYPED) && text.contains("Gesprek voorbereiden"));
        assert_eq!(link_in_text(&text), Some(fragment.as_str()));
        let back = link_in_text(&text).unwrap().split_once("plan=").unwrap().1;
        same(&Plan::decode(back), &plan);
        assert_eq!(link_in_text("just some text\nwith # but no plan"), None);
        let url = data_url(&text);
        assert!(!url[5..].contains([' ', '\n', '#', '"', '<']));
        assert_eq!(crate::engine::percent_decode(url.split_once(',').unwrap().1), text);
        let printed = to_text(Lang::En, Form::Organisation, &plan, None);
        assert!(printed.contains("Measure") && !printed.contains("http") && !printed.contains("Prepare the conversation"));
    }

    #[test]
    fn sharing_choices_and_the_day_survive_the_fragment_and_old_links_read_as_before() {
        let mut plan = sample();
        plan.set(Field::Situation, "Drukte & *~$ 😀").unwrap();
        plan.set_shared(Part::Talk(1), true);
        plan.set_shared(Part::Item(1), false);
        plan.set_shared(Part::Situation, false);
        plan.since = Some(20261207);
        let back = Plan::decode(&plan.encode());
        same(&back, &plan);
        assert_eq!((back.talk_shared, back.situation_private, back.since), ([false, true, false], true, Some(20261207)));
        assert_eq!(back.situation, plan.situation);
        assert!(back.items[1].private && !back.items[0].private && back.items[0].done);
        assert!(back.from_link, "a decoded plan is from a link");
        assert!(!Plan::default().from_link && !sample().from_link);
        // The defaults write no `$` part; a link without one reads as before.
        assert!(!sample().encode().starts_with('$'));
        let old = Plan::decode("Rust*Tijd~1*Wandelen*Ik~0*Lezen");
        assert_eq!((old.talk[0].as_str(), old.talk[1].as_str(), old.items.len()), ("Rust", "Tijd", 2));
        assert!(old.items[0].done && !old.items[0].private && old.talk_shared == [false; 3] && !old.situation_private);
        // The shared plan: no private items, no notes not chosen, no private situation.
        let shared = plan.shared();
        assert_eq!(shared.items.len(), plan.items.len() - 1);
        assert_eq!(shared.talk, [String::new(), TYPED.to_string(), String::new()]);
        assert!(shared.situation.is_empty());
        assert_eq!(plan.shared_counts(), (plan.items.len() - 1, 1));
        // Odd meta parts never panic and give defaults.
        for odd in ["$", "$*", "$99.x*a", "$7.20261399*a~0*b", "$$$", "$1.1*~9*x"] {
            let p = Plan::decode(odd);
            assert_eq!(p.since, None, "{odd}");
            let _ = p.encode();
        }
        for id in ["kh-share-0", "kh-share-11", "kh-share-talk-2", "kh-share-situation"] {
            assert_eq!(Part::from_id(id).map(Part::id).as_deref(), Some(id));
        }
        assert_eq!(Part::from_id("kh-share-talk-3"), None);
        assert_eq!(Field::from_id("kh-plan-situation"), Some(Field::Situation));
        assert_eq!(Field::from_id(&Field::New.id()), Some(Field::New));
    }

    #[test]
    fn text_that_reads_like_a_crisis_line_is_suspect() {
        assert!(suspect("Crisislijn gewijzigd: bel 0900 123 45 67"));
        assert!(suspect("Nieuw nummer: 0900-1234567"));
        assert!(!suspect("Elke week een wandeling van 30 minuten, om 9.30"));
        assert!(!suspect(""));
    }
}
