//! Conditions over answers: `all` / `any` / `not` over "the answer to question
//! q is one of these options".

use super::answers::Answers;
use super::model::List;

#[derive(Clone, Debug, Default, PartialEq)]
pub enum Condition {
    #[default]
    Always,
    /// The answer to question `question` includes one of `options` (a bit mask).
    /// An unanswered question matches nothing.
    Is { question: u8, options: u32 },
    All(List<Condition>),
    Any(List<Condition>),
    /// Holds exactly one condition.
    Not(List<Condition>),
}

impl Condition {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Condition::Always => true,
            Condition::Is { question, options } => answers.mask(*question as usize) & options != 0,
            Condition::All(items) => items.iter().all(|c| c.holds(answers)),
            Condition::Any(items) => items.iter().any(|c| c.holds(answers)),
            Condition::Not(items) => !items.iter().any(|c| c.holds(answers)),
        }
    }

    /// Bit mask of the questions that must be answered for this to hold.
    pub fn required_questions(&self) -> u32 {
        match self {
            Condition::Always | Condition::Not(_) => 0,
            Condition::Is { question, .. } => 1 << question,
            Condition::All(items) => items.iter().fold(0, |m, c| m | c.required_questions()),
            Condition::Any(items) => items
                .iter()
                .map(Condition::required_questions)
                .reduce(|a, b| a & b)
                .unwrap_or(0),
        }
    }

    /// The options of `question` this condition asks for positively (not under `not`).
    pub fn positive_options(&self, question: usize) -> u32 {
        match self {
            Condition::Always | Condition::Not(_) => 0,
            Condition::Is { question: q, options } if *q as usize == question => *options,
            Condition::Is { .. } => 0,
            Condition::All(items) | Condition::Any(items) => items
                .iter()
                .fold(0, |m, c| m | c.positive_options(question)),
        }
    }

    /// The options of `question` this condition looks at anywhere, under `not` too.
    pub fn mentioned_options(&self, question: usize) -> u32 {
        match self {
            Condition::Always => 0,
            Condition::Is { question: q, options } if *q as usize == question => *options,
            Condition::Is { .. } => 0,
            Condition::All(items) | Condition::Any(items) | Condition::Not(items) => items
                .iter()
                .fold(0, |m, c| m | c.mentioned_options(question)),
        }
    }

    /// Bit mask of every question this condition looks at.
    pub fn referenced_questions(&self) -> u32 {
        match self {
            Condition::Always => 0,
            Condition::Is { question, .. } => 1 << question,
            Condition::All(items) | Condition::Any(items) | Condition::Not(items) => items
                .iter()
                .fold(0, |m, c| m | c.referenced_questions()),
        }
    }
}
