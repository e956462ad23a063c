//! A user's answers, and the `key=value&key=v1,v2` encoding of VOCABULARY.md
//! used by share links, the command line, embed presets and tests.

use super::model::{QuestionKind, RuleSet};
use super::notice::{MAX_INPUT_CHARS, Notice, NoticeKind};

/// Options per question are bit masks: at most this many options.
pub const MAX_OPTIONS: usize = 32;

/// One bit mask per question (in rule-set order); 0 means unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    masks: Vec<u32>,
}

impl Answers {
    pub fn new(rules: &RuleSet) -> Answers {
        Answers {
            masks: vec![0; rules.questions.len()],
        }
    }

    pub fn mask(&self, question: usize) -> u32 {
        self.masks.get(question).copied().unwrap_or(0)
    }

    pub fn is_answered(&self, question: usize) -> bool {
        self.mask(question) != 0
    }

    pub fn set(&mut self, question: usize, mask: u32) {
        if question >= self.masks.len() {
            self.masks.resize(question + 1, 0);
        }
        self.masks[question] = mask;
    }

    pub fn clear(&mut self, question: usize) {
        self.set(question, 0);
    }

    /// The role answer as a bit mask (0 when unanswered), for role-specific texts.
    pub fn roles(&self, rules: &RuleSet) -> u32 {
        rules.role_question().map_or(0, |q| self.mask(q))
    }

    /// Whether question `q` is asked, given the other answers.
    pub fn applies(&self, rules: &RuleSet, q: usize) -> bool {
        rules.questions[q].ask_when.holds(self)
    }

    /// The first question that applies and is still open; `None` when complete.
    pub fn first_open(&self, rules: &RuleSet) -> Option<usize> {
        (0..rules.questions.len()).find(|&q| !self.is_answered(q) && self.applies(rules, q))
    }

    pub fn is_complete(&self, rules: &RuleSet) -> bool {
        self.first_open(rules).is_none()
    }

    /// Drops answers to questions that no longer apply (after a change of role,
    /// say). Returns the questions that were cleared.
    pub fn drop_inapplicable(&mut self, rules: &RuleSet) -> Vec<usize> {
        let mut dropped = Vec::new();
        // Question order matters: whether a question applies depends on earlier ones.
        for q in 0..rules.questions.len() {
            if self.is_answered(q) && !self.applies(rules, q) {
                self.clear(q);
                dropped.push(q);
            }
        }
        dropped
    }

    /// Parses an answer string leniently: whatever is valid is kept, everything
    /// else becomes a [`Notice`]. Never panics.
    pub fn parse(rules: &RuleSet, input: &str) -> (Answers, Vec<Notice>) {
        let mut answers = Answers::new(rules);
        let mut notices = Vec::new();
        let mut seen = vec![false; rules.questions.len()];

        let mut input = input.trim();
        if let Some((cut, _)) = input.char_indices().nth(MAX_INPUT_CHARS) {
            input = &input[..cut];
            notices.push(Notice::new(NoticeKind::TooLong, "", ""));
        }
        let input = input.trim_start_matches(['#', '?']);

        for part in input.split('&').map(percent_decode) {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            let Some((key, value)) = part.split_once('=') else {
                notices.push(Notice::new(NoticeKind::Malformed, "", part));
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            if key.is_empty() {
                notices.push(Notice::new(NoticeKind::Malformed, "", part));
                continue;
            }
            let Some(q) = rules.question_index(&key) else {
                notices.push(Notice::new(NoticeKind::UnknownKey, &key, value));
                continue;
            };
            if std::mem::replace(&mut seen[q], true) {
                notices.push(Notice::new(NoticeKind::RepeatedKey, &key, value));
                continue;
            }
            let mask = parse_values(rules, q, &key, value, &mut notices);
            answers.set(q, mask);
        }

        for q in answers.drop_inapplicable(rules) {
            notices.push(Notice::new(NoticeKind::NotAsked, &rules.questions[q].id, ""));
        }
        (answers, notices)
    }

    /// The canonical string: questions and options in rule-set order.
    pub fn encode(&self, rules: &RuleSet) -> String {
        let mut out = String::new();
        for (q, question) in rules.questions.iter().enumerate() {
            let mask = self.mask(q);
            if mask == 0 {
                continue;
            }
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&question.id);
            out.push('=');
            let mut first = true;
            for (o, option) in question.options.iter().enumerate() {
                if mask & (1 << o) != 0 {
                    if !first {
                        out.push(',');
                    }
                    out.push_str(&option.id);
                    first = false;
                }
            }
        }
        out
    }
}

fn parse_values(
    rules: &RuleSet,
    q: usize,
    key: &str,
    value: &str,
    notices: &mut Vec<Notice>,
) -> u32 {
    let question = &rules.questions[q];
    let mut mask = 0u32;
    let mut any_value = false;
    for raw in value.split(',') {
        let id = raw.trim().to_ascii_lowercase();
        if id.is_empty() {
            continue;
        }
        any_value = true;
        let Some(o) = question.option_index(&id) else {
            notices.push(Notice::new(NoticeKind::UnknownValue, key, &id));
            continue;
        };
        let bit = 1u32 << o;
        if mask & bit != 0 {
            notices.push(Notice::new(NoticeKind::DuplicateValue, key, &id));
        } else if question.kind == QuestionKind::One && mask != 0 {
            notices.push(Notice::new(NoticeKind::TooManyValues, key, &id));
        } else {
            mask |= bit;
        }
    }
    if !any_value {
        notices.push(Notice::new(NoticeKind::EmptyValue, key, ""));
    }
    // An exclusive option ("weet niet") next to real answers adds nothing: drop it.
    if mask.count_ones() > 1 {
        for (o, option) in question.options.iter().enumerate() {
            if option.exclusive && mask & (1 << o) != 0 {
                mask &= !(1 << o);
                notices.push(Notice::new(NoticeKind::ExclusiveCombined, key, &option.id));
            }
        }
    }
    mask
}

/// `%xx` escapes as browsers write them in fragments; invalid escapes stay as they are.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
