//! The organisation's own contacts for the widget (`contacts` attribute):
//! JSON keyed by expert id. Everything missing, malformed or unsafe is
//! dropped with a polite notice; the built-in advice always still shows.
//!
//! ```json
//! { "vertrouwenspersoon": { "name": "Anna de Vries", "phone": "030 123 45 67",
//!     "email": "vp@example.nl", "url": "https://intranet.example.nl/vp", "hours": "ma-vr 9-17" } }
//! ```

pub mod fold;
pub mod json;
pub mod report;
pub mod safe;
pub mod shown;

use crate::engine::{Lang, RuleSet};
use json::Json;
use safe::{Refusal, check_field, echo};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// https only.
    pub url: Option<String>,
    pub hours: Option<String>,
}

impl Contact {
    /// `tel:` link with only the characters a dialler uses.
    pub fn tel_href(&self) -> Option<String> {
        self.phone.as_deref().map(tel_href)
    }

    pub fn mailto_href(&self) -> Option<String> {
        self.email.as_ref().map(|e| format!("mailto:{e}"))
    }
}

/// `tel:` address of a phone number as written ("0800-0113" → "tel:08000113"):
/// only the characters a dialler uses. For the rules' experts too.
pub fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// Contacts per expert (index into `RuleSet::experts`), in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contacts {
    pub by_expert: Vec<(u16, Vec<Contact>)>,
}

impl Contacts {
    pub fn for_expert(&self, expert: u16) -> &[Contact] {
        self.by_expert.iter().find(|(e, _)| *e == expert).map_or(&[], |(_, c)| c)
    }

    pub fn is_empty(&self) -> bool {
        self.by_expert.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactNotice {
    pub nl: String,
    pub en: String,
    /// Where in the (trimmed) text it is about, a byte offset: for
    /// `file:line:col` in `keuzehulp contacts check` and the embed builder.
    pub at: Option<usize>,
}

impl ContactNotice {
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

const MAX_PER_EXPERT: usize = 5;
/// Public services whose number is the same for everyone: an organisation's
/// "contact" there could only be a wrong number (or a spoofed crisis line).
const NOT_LOCAL: &[&str] = &["crisislijn-113", "arbeidsinspectie"];

pub fn parse_contacts(rules: &RuleSet, text: &str) -> (Contacts, Vec<ContactNotice>) {
    let mut notices = Vec::new();
    // Where the notice is about: the key being read (set as the loop goes).
    let at = std::cell::Cell::new(None);
    let mut note = |nl: String, en: String| {
        if notices.len() < 20 {
            notices.push(ContactNotice { nl, en, at: at.get() });
        }
    };
    let mut contacts = Contacts::default();
    let json = match json::parse(text.trim()) {
        Ok(j) => j,
        Err(e) => {
            at.set(Some(e.at));
            note(
                format!("De contactgegevens van je organisatie konden niet worden gelezen ({e}). Je ziet de algemene adviezen."),
                format!("Your organisation's contact details could not be read ({e}). You see the general advice."),
            );
            return (contacts, notices);
        }
    };
    let Json::Object(entries) = json else {
        note(
            "De contactgegevens van je organisatie hebben een onbekende vorm. Je ziet de algemene adviezen.".into(),
            "Your organisation's contact details have an unknown form. You see the general advice.".into(),
        );
        return (contacts, notices);
    };
    for (key, value) in entries {
        at.set(Some(key.at));
        let Some(expert) = rules.expert_index(&key) else {
            note(
                format!("Contact voor onbekende hulp \"{}\" is overgeslagen.", echo(&key)),
                format!("A contact for unknown support \"{}\" was skipped.", echo(&key)),
            );
            continue;
        };
        if !takes_local_contacts(&key) {
            note(
                format!("Eigen contacten voor \"{key}\" worden niet getoond: die hulp is voor iedereen hetzelfde."),
                format!("Own contacts for \"{key}\" are not shown: this help is the same for everyone."),
            );
            continue;
        }
        if contacts.by_expert.iter().any(|(e, _)| *e as usize == expert) {
            continue;
        }
        let items = match value {
            Json::Array(items) => items,
            other => vec![other],
        };
        let mut list = Vec::new();
        for item in items.into_iter().take(MAX_PER_EXPERT) {
            at.set(Some(key.at));
            let Json::Object(fields) = item else {
                note(format!("Een contact bij \"{key}\" is geen geldig contact."), format!("A contact for \"{key}\" is not a valid contact."));
                continue;
            };
            let mut contact = Contact::default();
            for (field, value) in fields {
                at.set(Some(field.at));
                let Json::String(s) = value else {
                    note(format!("Veld \"{}\" bij \"{key}\" is geen tekst.", echo(&field)), format!("Field \"{}\" of \"{key}\" is not text.", echo(&field)));
                    continue;
                };
                let s = s.trim().to_string();
                let slot = match field.as_str() {
                    "name" => &mut contact.name,
                    "phone" => &mut contact.phone,
                    "email" => &mut contact.email,
                    "url" => &mut contact.url,
                    "hours" => &mut contact.hours,
                    _ => {
                        note(format!("Onbekend veld \"{}\" bij \"{key}\" is overgeslagen.", echo(&field)), format!("Unknown field \"{}\" of \"{key}\" was skipped.", echo(&field)));
                        continue;
                    }
                };
                match check_field(&field, &s) {
                    Ok(()) => *slot = Some(s),
                    Err(Refusal::LooksLikeCrisisLine) => note(
                        format!("Het veld \"{field}\" bij \"{key}\" wordt niet getoond: een telefoonnummer hoort in \"phone\", en woorden of nummers van de crisislijn ({}, {}, {}, crisis) horen niet in een eigen contact.", crate::crisis::SUICIDE.shown, crate::crisis::DANGER.shown, crate::crisis::FREE.shown),
                        format!("The field \"{field}\" of \"{key}\" is not shown: a phone number belongs in \"phone\", and the crisis line's words or numbers ({}, {}, {}, crisis) do not belong in an own contact.", crate::crisis::SUICIDE.shown, crate::crisis::DANGER.shown, crate::crisis::FREE.shown),
                    ),
                    Err(Refusal::NotAscii) => note(
                        format!("Het veld \"{field}\" bij \"{key}\" wordt niet getoond: gebruik alleen ASCII-tekens (een domeinnaam met andere letters als punycode, xn--…)."),
                        format!("The field \"{field}\" of \"{key}\" is not shown: use ASCII characters only (a domain name with other letters as punycode, xn--…)."),
                    ),
                    Err(Refusal::Invalid) => {
                        let (nl, en) = expected(&field);
                        note(
                            format!("Het veld \"{field}\" bij \"{key}\" is niet veilig of niet geldig en wordt niet getoond ({nl})."),
                            format!("The field \"{field}\" of \"{key}\" is unsafe or invalid and is not shown ({en})."),
                        )
                    }
                }
            }
            if contact != Contact::default() {
                list.push(contact);
            }
        }
        if !list.is_empty() {
            contacts.by_expert.push((expert as u16, list));
        }
    }
    (contacts, notices)
}

/// What a field must look like, for the notice that refuses it (nl, en).
fn expected(field: &str) -> (&'static str, &'static str) {
    match field {
        "url" => ("een link moet met https:// beginnen, zonder spaties", "a link must start with https://, without spaces"),
        "phone" => ("alleen cijfers, spaties en + - ( )", "only digits, spaces and + - ( )"),
        "email" => ("alleen een e-mailadres, zoals naam@example.nl", "only an email address, such as name@example.nl"),
        _ => (
            "gewone tekst van hoogstens 120 tekens, zonder < > \" ` \\ en onzichtbare tekens",
            "plain text of at most 120 characters, without < > \" ` \\ or invisible characters",
        ),
    }
}

/// Whether an organisation can add its own contacts to this expert (the embed
/// builder offers only these).
pub fn takes_local_contacts(expert_id: &str) -> bool {
    !NOT_LOCAL.contains(&expert_id)
}
