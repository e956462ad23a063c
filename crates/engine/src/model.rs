//! The rule set as data. `Cow` lets the same types hold rules compiled into
//! the binary (borrowed `'static` data, no parser shipped) and rules loaded
//! at run time from TOML (owned).
//!
//! The fields a content pack leaves out (the ids of categories, tools,
//! notes, figures, rules and first steps, a category's `fits_when`) and the
//! lookups by them exist with the feature `authoring` only: the CLI, the
//! rules reader and the native tests have it, the browser build does not.
//! Code for the browser that reads one does not compile, instead of finding
//! it empty (see `pack::native_only`).

use std::borrow::Cow;

use super::condition::Condition;

pub type Str = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

/// The languages every text exists in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().get(..2)? {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One text in every language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    pub nl: Str,
    pub en: Str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    pub fn get_mut(&mut self, lang: Lang) -> &mut Str {
        match lang {
            Lang::Nl => &mut self.nl,
            Lang::En => &mut self.en,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one option (radio buttons).
    #[default]
    One,
    /// One or more options (checkboxes).
    Many,
}

/// Other wording of a question or option for some roles.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Variant {
    /// Bit mask over the options of the role question (`rol`).
    pub roles: u32,
    pub label: Option<Text>,
    /// Options only: the mid-sentence form for these roles.
    pub short: Option<Text>,
    pub help: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnswerOption {
    pub id: Str,
    pub label: Text,
    /// The answer as it reads mid-sentence, in reasons.
    pub short: Text,
    pub help: Option<Text>,
    /// Cannot be combined with other options ("weet niet").
    pub exclusive: bool,
    pub variants: List<Variant>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Question {
    pub id: Str,
    pub kind: QuestionKind,
    pub label: Text,
    pub help: Option<Text>,
    /// Asked only when this holds; `Condition::Always` when always asked.
    pub ask_when: Condition,
    pub variants: List<Variant>,
    pub options: List<AnswerOption>,
    pub source: List<Str>,
}

/// Text specific to some roles.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleAdvice {
    pub roles: u32,
    /// Only at these stages (bit mask over the options of `fase`); 0 = every
    /// stage. A stage text comes before the role's general one (issue 30, E8).
    pub stages: u32,
    pub this_week: Text,
    /// Who to involve, for these roles (a self-employed person has no HR or works council).
    pub involve: Option<Text>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Level {
    #[default]
    Individual,
    Team,
    Organisation,
    /// Society: campaigns, national programmes, sector agreements (the
    /// letters' "maatschappij"). No answer of `niveau` chooses it.
    Society,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Individual, Level::Team, Level::Organisation, Level::Society];

    pub fn id(self) -> &'static str {
        match self {
            Level::Individual => "individu",
            Level::Team => "team",
            Level::Organisation => "organisatie",
            Level::Society => "maatschappij",
        }
    }
}

/// Whether a tool or programme can be used now, as its letter says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Available,
    /// Being tried out (a pilot, or still under development or research).
    Pilot,
    /// Stopped: no longer open to join.
    Ended,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Available, Status::Pilot, Status::Ended];

    pub fn id(self) -> &'static str {
        match self {
            Status::Available => "available",
            Status::Pilot => "pilot",
            Status::Ended => "ended",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Category {
    /// In the pack too: a card links to its anchor in the overview.
    pub id: Str,
    pub zonmw: bool,
    pub levels: List<Level>,
    pub name: Text,
    pub summary: Text,
    #[cfg(feature = "authoring")]
    pub fits_when: Text,
    pub this_week: Text,
    pub involve: Text,
    pub success: Option<Text>,
    pub for_role: List<RoleAdvice>,
    /// The factors (bit mask over the options of `factoren`) this category
    /// addresses: data, so that "a named factor is addressed by one of the
    /// first three categories" can be checked on every answer set.
    pub factors: u32,
    pub source: List<Str>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    pub url: Str,
    pub label: Text,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Expert {
    pub id: Str,
    pub name: Text,
    pub who: Text,
    pub when: Text,
    pub reach: Text,
    pub phone: Option<Str>,
    pub links: List<Link>,
    pub source: List<Str>,
}

/// How strong the evidence for a tool is, in the words of its source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Tested and found effective.
    #[default]
    Effective,
    /// A scientifically founded approach.
    WellFounded,
    /// Described practice: use or satisfaction figures at most.
    Described,
    /// No test of its effect is known.
    NotTested,
    /// Found effective by an interim evaluation (the letter's words), not by
    /// a full study: the primary-education workload agreement.
    Interim,
    /// Information or support (an info desk, a campaign, a network, research):
    /// not an intervention, so there is no effect to label.
    Information,
}

impl Evidence {
    pub const ALL: [Evidence; 6] = [
        Evidence::Effective,
        Evidence::WellFounded,
        Evidence::Described,
        Evidence::NotTested,
        Evidence::Interim,
        Evidence::Information,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Evidence::Effective => "effective",
            Evidence::WellFounded => "well-founded",
            Evidence::Described => "described",
            Evidence::NotTested => "not-tested",
            Evidence::Interim => "interim-evaluation",
            Evidence::Information => "information",
        }
    }

    pub fn from_id(id: &str) -> Option<Evidence> {
        Evidence::ALL.into_iter().find(|e| e.id() == id)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Evidence::Effective, Lang::Nl) => "Getest en effectief",
            (Evidence::Effective, Lang::En) => "Tested and effective",
            (Evidence::WellFounded, Lang::Nl) => "Wetenschappelijk onderbouwd",
            (Evidence::WellFounded, Lang::En) => "Scientifically founded",
            (Evidence::Described, Lang::Nl) => "Beschreven praktijk, effect niet getest",
            (Evidence::Described, Lang::En) => "Described practice, effect not tested",
            (Evidence::NotTested, Lang::Nl) => "Niet getest",
            (Evidence::NotTested, Lang::En) => "Not tested",
            (Evidence::Interim, Lang::Nl) => "Effectief volgens een tussenevaluatie",
            (Evidence::Interim, Lang::En) => "Effective according to an interim evaluation",
            (Evidence::Information, Lang::Nl) => "Informatie of steun, geen interventie",
            (Evidence::Information, Lang::En) => "Information or support, not an intervention",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tool {
    #[cfg(feature = "authoring")]
    pub id: Str,
    pub evidence: Evidence,
    pub levels: List<Level>,
    /// Indexes into [`RuleSet::categories`].
    pub categories: List<u16>,
    pub url: Option<Str>,
    /// Where a reader gets it, in words, when there is no page to link
    /// (`keuzehulp check` refuses a tool with neither `url` nor `get`).
    pub get: Option<Text>,
    pub name: Text,
    pub summary: Text,
    pub evidence_note: Text,
    /// The roles it serves (bit mask over the options of `rol`; 0 = every
    /// role). The advice shows a tool to the roles it serves only.
    pub roles: u32,
    /// The sectors it is for (bit mask over the options of `sector`); 0 = every
    /// sector. The advice shows a tool in its sectors only.
    pub sectors: u32,
    /// Available, pilot or ended. Native only (the overview shows it).
    #[cfg(feature = "authoring")]
    pub status: Status,
    /// The year the status began or ends, where the letter gives it. Native only.
    #[cfg(feature = "authoring")]
    pub status_year: Option<u16>,
    pub source: List<Str>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Note {
    #[cfg(feature = "authoring")]
    pub id: Str,
    pub when: Condition,
    pub title: Text,
    pub text: Text,
    pub source: List<Str>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figure {
    #[cfg(feature = "authoring")]
    pub id: Str,
    pub value: Text,
    pub text: Text,
    pub source: List<Str>,
}

/// What a rule can recommend or exclude.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Category(u16),
    Expert(u16),
    Tool(u16),
}

impl Default for Target {
    fn default() -> Self {
        Target::Category(0)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Effect {
    pub target: Target,
    pub weight: i32,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rule {
    #[cfg(feature = "authoring")]
    pub id: Str,
    /// Safety rules win: what they recommend comes first, what they exclude is gone.
    pub safety: bool,
    pub when: Condition,
    pub recommend: List<Effect>,
    pub exclude: List<Target>,
    pub reason: Text,
    pub source: List<Str>,
}

/// One action to take first (`rules/first_steps.toml`): the first item whose
/// `when` holds is the user's first step (see [`super::first_step`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FirstStep {
    #[cfg(feature = "authoring")]
    pub id: Str,
    pub when: Condition,
    /// One action, at most 40 words, naming one person or contact.
    pub text: Text,
    /// The expert the text names, when it is one of [`RuleSet::experts`] (an index).
    pub expert: Option<u16>,
    /// A short fold-out under the step (folded by default): its summary line
    /// and its body, one point per line (`\n`). Sick leave in plain words (issue 30).
    pub more_title: Option<Text>,
    pub more: Option<Text>,
    pub source: List<Str>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleSet {
    pub questions: List<Question>,
    pub categories: List<Category>,
    pub experts: List<Expert>,
    pub tools: List<Tool>,
    pub notes: List<Note>,
    pub figures: List<Figure>,
    pub rules: List<Rule>,
    /// From specific to general; the last one always holds.
    pub first_steps: List<FirstStep>,
}

impl RuleSet {
    /// No rules at all: the browser's rule set until the first content pack arrives.
    pub const EMPTY: RuleSet = RuleSet {
        questions: List::Borrowed(&[]),
        categories: List::Borrowed(&[]),
        experts: List::Borrowed(&[]),
        tools: List::Borrowed(&[]),
        notes: List::Borrowed(&[]),
        figures: List::Borrowed(&[]),
        rules: List::Borrowed(&[]),
        first_steps: List::Borrowed(&[]),
    };

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    #[cfg(feature = "authoring")]
    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }

    pub fn expert_index(&self, id: &str) -> Option<usize> {
        self.experts.iter().position(|e| e.id == id)
    }

    /// The id of a recommended or excluded item.
    #[cfg(feature = "authoring")]
    pub fn target_id(&self, target: Target) -> &str {
        match target {
            Target::Category(i) => &self.categories[i as usize].id,
            Target::Expert(i) => &self.experts[i as usize].id,
            Target::Tool(i) => &self.tools[i as usize].id,
        }
    }

    /// Every text of the rule set, in one fixed order (the order of a content
    /// pack, see [`super::pack`]). Borrowed lists become owned on the way.
    pub fn texts_mut(&mut self, f: &mut dyn FnMut(&mut Text)) {
        fn opt(t: &mut Option<Text>, f: &mut dyn FnMut(&mut Text)) {
            if let Some(t) = t {
                f(t);
            }
        }
        fn variants(list: &mut List<Variant>, f: &mut dyn FnMut(&mut Text)) {
            for v in list.to_mut() {
                opt(&mut v.label, f);
                opt(&mut v.short, f);
                opt(&mut v.help, f);
            }
        }
        for q in self.questions.to_mut() {
            f(&mut q.label);
            opt(&mut q.help, f);
            variants(&mut q.variants, f);
            for o in q.options.to_mut() {
                f(&mut o.label);
                f(&mut o.short);
                opt(&mut o.help, f);
                variants(&mut o.variants, f);
            }
        }
        for c in self.categories.to_mut() {
            f(&mut c.name);
            f(&mut c.summary);
            #[cfg(feature = "authoring")]
            f(&mut c.fits_when);
            f(&mut c.this_week);
            f(&mut c.involve);
            opt(&mut c.success, f);
            for r in c.for_role.to_mut() {
                f(&mut r.this_week);
                opt(&mut r.involve, f);
            }
        }
        for e in self.experts.to_mut() {
            for t in [&mut e.name, &mut e.who, &mut e.when, &mut e.reach] {
                f(t);
            }
            for l in e.links.to_mut() {
                f(&mut l.label);
            }
        }
        for t in self.tools.to_mut() {
            for t in [&mut t.name, &mut t.summary, &mut t.evidence_note] {
                f(t);
            }
            opt(&mut t.get, f);
        }
        for n in self.notes.to_mut() {
            f(&mut n.title);
            f(&mut n.text);
        }
        for fig in self.figures.to_mut() {
            f(&mut fig.value);
            f(&mut fig.text);
        }
        for r in self.rules.to_mut() {
            f(&mut r.reason);
        }
        for s in self.first_steps.to_mut() {
            f(&mut s.text);
            opt(&mut s.more_title, f);
            opt(&mut s.more, f);
        }
    }

    /// The question that holds the user's role, used for role variants.
    pub fn role_question(&self) -> Option<usize> {
        self.question_index("rol")
    }
}

impl Question {
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }

    /// Label and help for a user in the given role (bit mask of the role answer).
    pub fn label_for(&self, roles: u32) -> &Text {
        pick(&self.variants, roles, |v| v.label.as_ref()).unwrap_or(&self.label)
    }

    pub fn help_for(&self, roles: u32) -> Option<&Text> {
        pick(&self.variants, roles, |v| v.help.as_ref()).or(self.help.as_ref())
    }
}

impl AnswerOption {
    pub fn short_for(&self, roles: u32) -> &Text {
        pick(&self.variants, roles, |v| v.short.as_ref()).unwrap_or(&self.short)
    }

    pub fn label_for(&self, roles: u32) -> &Text {
        pick(&self.variants, roles, |v| v.label.as_ref()).unwrap_or(&self.label)
    }

    pub fn help_for(&self, roles: u32) -> Option<&Text> {
        pick(&self.variants, roles, |v| v.help.as_ref()).or(self.help.as_ref())
    }
}

impl Category {
    /// What this role can do this week at this stage (`stages`: the answer to
    /// `fase`, 0 when unanswered): the first role text that fits the stage,
    /// else the general text.
    pub fn this_week_for(&self, roles: u32, stages: u32) -> &Text {
        self.for_role_at(roles, stages).next().map(|r| &r.this_week).unwrap_or(&self.this_week)
    }

    /// Who this role involves at this stage; the general text when no role text says otherwise.
    pub fn involve_for(&self, roles: u32, stages: u32) -> &Text {
        self.for_role_at(roles, stages).find_map(|r| r.involve.as_ref()).unwrap_or(&self.involve)
    }

    fn for_role_at(&self, roles: u32, stages: u32) -> impl Iterator<Item = &RoleAdvice> {
        self.for_role.iter().filter(move |r| r.roles & roles != 0 && (r.stages == 0 || r.stages & stages != 0))
    }
}

fn pick<'a>(
    variants: &'a [Variant],
    roles: u32,
    field: impl Fn(&'a Variant) -> Option<&'a Text>,
) -> Option<&'a Text> {
    variants
        .iter()
        .filter(|v| v.roles & roles != 0)
        .find_map(field)
}
