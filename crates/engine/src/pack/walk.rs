//! The order in which a content pack holds a rule set: one walk over every
//! field, shared by the writer (which reads the fields) and the reader (which
//! fills them in), so the two cannot drift apart. A new field in the model
//! goes here too; `cli::pack`'s round-trip test fails until it does.
//!
//! Not in a pack, because the browser does not use them (see
//! [`native_only`]): the ids of tools, notes, figures, rules and first steps
//! (the interface refers to them by position), a category's `fits_when`, and
//! what only the overview shows (a tool's status). A tool's roles and sectors
//! are in it: the advice leaves out tools for other roles and sectors. A
//! category's id is in it: its card links to its anchor in the overview.

use super::super::condition::Condition;
use super::super::model::*;

/// One side of a walk: writing a pack, or reading one (into a new rule set,
/// or into the texts of one that has the same fields).
pub trait Walk {
    /// The writer: it walks the compiled-in rules, whose lists are `'static`.
    const WRITES: bool;
    /// Lists start empty and are built item by item (a reader of a new rule set).
    fn builds(&self) -> bool;
    /// A structural string (an id, an address, a source): the same in every language.
    fn str(&mut self, s: &mut Str);
    /// A text, in the pack's language only.
    fn text(&mut self, t: &mut Text);
    fn num(&mut self, n: &mut u32);
    /// A list's length (or 0/1 for an option): the writer gives `len`, the
    /// reader returns the one it read.
    fn len(&mut self, len: usize) -> usize;
    /// Conditions nest; false when too deep (the reader then stops there).
    fn enter(&mut self) -> bool;
    fn leave(&mut self);
    /// The reader met a value that cannot be (an unknown kind, a number out of range).
    fn bad(&mut self);
}

/// Empties the fields a pack leaves out: what the browser's rule set lacks
/// (there they do not exist: the feature `authoring` is off).
#[cfg(feature = "authoring")]
pub fn native_only(r: &mut RuleSet) {
    for c in r.categories.to_mut() {
        c.fits_when = Text::default();
    }
    for t in r.tools.to_mut() {
        t.id = Str::default();
        t.status = Status::default();
        t.status_year = None;
    }
    for n in r.notes.to_mut() {
        n.id = Str::default();
    }
    for f in r.figures.to_mut() {
        f.id = Str::default();
    }
    for x in r.rules.to_mut() {
        x.id = Str::default();
    }
    for s in r.first_steps.to_mut() {
        s.id = Str::default();
    }
}

pub fn rule_set<W: Walk>(w: &mut W, r: &mut RuleSet) {
    list(w, &mut r.questions, question);
    list(w, &mut r.categories, category);
    list(w, &mut r.experts, expert);
    list(w, &mut r.tools, tool);
    list(w, &mut r.notes, note);
    list(w, &mut r.figures, figure);
    list(w, &mut r.rules, rule);
    list(w, &mut r.first_steps, first_step);
}

fn list<W: Walk, T: Clone + Default>(w: &mut W, l: &mut List<T>, item: fn(&mut W, &mut T)) {
    let n = w.len(l.len());
    if w.builds() {
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            let mut x = T::default();
            item(w, &mut x);
            items.push(x);
        }
        *l = List::Owned(items);
        return;
    }
    if n != l.len() {
        return w.bad();
    }
    // The items as they are. Only the writer meets `'static` lists: `to_mut`
    // (a copy) stays out of the wasm, and with it a clone of every item type.
    match l {
        List::Owned(items) => items.iter_mut().for_each(|x| item(w, x)),
        List::Borrowed([]) => {}
        List::Borrowed(_) if W::WRITES => l.to_mut().iter_mut().for_each(|x| item(w, x)),
        List::Borrowed(_) => w.bad(),
    }
}

fn opt<W: Walk, T: Default>(w: &mut W, o: &mut Option<T>, item: fn(&mut W, &mut T)) {
    if w.len(usize::from(o.is_some())) != 0 {
        item(w, o.get_or_insert_with(T::default));
    } else {
        *o = None;
    }
}

fn flag<W: Walk>(w: &mut W, b: &mut bool) {
    let mut n = u32::from(*b);
    w.num(&mut n);
    *b = n != 0;
}

/// A number that must be below `limit`, as a u32.
fn small<W: Walk>(w: &mut W, value: u32, limit: u32) -> u32 {
    let mut n = value;
    w.num(&mut n);
    if n >= limit {
        w.bad();
        return 0;
    }
    n
}

fn str_item<W: Walk>(w: &mut W, s: &mut Str) {
    w.str(s);
}

fn text_item<W: Walk>(w: &mut W, t: &mut Text) {
    w.text(t);
}

fn index<W: Walk>(w: &mut W, i: &mut u16) {
    *i = small(w, u32::from(*i), 1 << 16) as u16;
}

fn level<W: Walk>(w: &mut W, l: &mut Level) {
    let at = Level::ALL.iter().position(|x| x == l).unwrap_or(0) as u32;
    *l = Level::ALL[small(w, at, Level::ALL.len() as u32) as usize];
}

fn condition<W: Walk>(w: &mut W, c: &mut Condition) {
    let tag = match c {
        Condition::Always => 0,
        Condition::Is { .. } => 1,
        Condition::All(_) => 2,
        Condition::Any(_) => 3,
        Condition::Not(_) => 4,
    };
    let tag = small(w, tag, 5);
    *c = match (tag, std::mem::take(c)) {
        (1, old) => {
            let (question, mut options) = match old {
                Condition::Is { question, options } => (u32::from(question), options),
                _ => (0, 0),
            };
            let question = small(w, question, 32) as u8;
            w.num(&mut options);
            Condition::Is { question, options }
        }
        (2..=4, old) => {
            let mut items = match old {
                Condition::All(items) | Condition::Any(items) | Condition::Not(items) => items,
                _ => List::default(),
            };
            if w.enter() {
                list(w, &mut items, condition);
                w.leave();
            }
            match tag {
                2 => Condition::All(items),
                3 => Condition::Any(items),
                _ => Condition::Not(items),
            }
        }
        _ => Condition::Always,
    };
}

fn variant<W: Walk>(w: &mut W, v: &mut Variant) {
    w.num(&mut v.roles);
    opt(w, &mut v.label, text_item);
    opt(w, &mut v.short, text_item);
    opt(w, &mut v.help, text_item);
}

fn answer_option<W: Walk>(w: &mut W, o: &mut AnswerOption) {
    w.str(&mut o.id);
    w.text(&mut o.label);
    w.text(&mut o.short);
    opt(w, &mut o.help, text_item);
    flag(w, &mut o.exclusive);
    list(w, &mut o.variants, variant);
}

fn question<W: Walk>(w: &mut W, q: &mut Question) {
    w.str(&mut q.id);
    let many = small(w, u32::from(q.kind == QuestionKind::Many), 2);
    q.kind = if many == 1 { QuestionKind::Many } else { QuestionKind::One };
    w.text(&mut q.label);
    opt(w, &mut q.help, text_item);
    condition(w, &mut q.ask_when);
    list(w, &mut q.variants, variant);
    list(w, &mut q.options, answer_option);
    list(w, &mut q.source, str_item);
}

fn role_advice<W: Walk>(w: &mut W, r: &mut RoleAdvice) {
    w.num(&mut r.roles);
    w.num(&mut r.stages);
    w.text(&mut r.this_week);
    opt(w, &mut r.involve, text_item);
}

fn category<W: Walk>(w: &mut W, c: &mut Category) {
    w.str(&mut c.id);
    flag(w, &mut c.zonmw);
    list(w, &mut c.levels, level);
    for t in [&mut c.name, &mut c.summary, &mut c.this_week, &mut c.involve] {
        w.text(t);
    }
    opt(w, &mut c.success, text_item);
    list(w, &mut c.for_role, role_advice);
    w.num(&mut c.factors);
    list(w, &mut c.source, str_item);
}

fn link<W: Walk>(w: &mut W, l: &mut Link) {
    w.str(&mut l.url);
    w.text(&mut l.label);
}

fn expert<W: Walk>(w: &mut W, e: &mut Expert) {
    w.str(&mut e.id);
    for t in [&mut e.name, &mut e.who, &mut e.when, &mut e.reach] {
        w.text(t);
    }
    opt(w, &mut e.phone, str_item);
    list(w, &mut e.links, link);
    list(w, &mut e.source, str_item);
}

fn tool<W: Walk>(w: &mut W, t: &mut Tool) {
    let at = Evidence::ALL.iter().position(|e| *e == t.evidence).unwrap_or(0) as u32;
    t.evidence = Evidence::ALL[small(w, at, Evidence::ALL.len() as u32) as usize];
    list(w, &mut t.levels, level);
    list(w, &mut t.categories, index);
    opt(w, &mut t.url, str_item);
    opt(w, &mut t.get, text_item);
    w.num(&mut t.roles);
    w.num(&mut t.sectors);
    for x in [&mut t.name, &mut t.summary, &mut t.evidence_note] {
        w.text(x);
    }
    list(w, &mut t.source, str_item);
}

fn note<W: Walk>(w: &mut W, n: &mut Note) {
    condition(w, &mut n.when);
    w.text(&mut n.title);
    w.text(&mut n.text);
    list(w, &mut n.source, str_item);
}

fn figure<W: Walk>(w: &mut W, f: &mut Figure) {
    w.text(&mut f.value);
    w.text(&mut f.text);
    list(w, &mut f.source, str_item);
}

fn target<W: Walk>(w: &mut W, t: &mut Target) {
    let (kind, i) = match *t {
        Target::Category(i) => (0, i),
        Target::Expert(i) => (1, i),
        Target::Tool(i) => (2, i),
    };
    let kind = small(w, kind, 3);
    let mut i = i;
    index(w, &mut i);
    *t = match kind {
        1 => Target::Expert(i),
        2 => Target::Tool(i),
        _ => Target::Category(i),
    };
}

fn effect<W: Walk>(w: &mut W, e: &mut Effect) {
    target(w, &mut e.target);
    // Two's complement: a negative weight is a large number in the pack.
    let mut n = e.weight as u32;
    w.num(&mut n);
    e.weight = n as i32;
}

fn rule<W: Walk>(w: &mut W, r: &mut Rule) {
    flag(w, &mut r.safety);
    condition(w, &mut r.when);
    list(w, &mut r.recommend, effect);
    list(w, &mut r.exclude, target);
    w.text(&mut r.reason);
    list(w, &mut r.source, str_item);
}

fn first_step<W: Walk>(w: &mut W, s: &mut FirstStep) {
    condition(w, &mut s.when);
    w.text(&mut s.text);
    opt(w, &mut s.expert, index);
    opt(w, &mut s.more_title, text_item);
    opt(w, &mut s.more, text_item);
    list(w, &mut s.source, str_item);
}
