//! The public ids of `../shared/domain/VOCABULARY.md`: share links, presets and
//! tests depend on them, so a rules file may add ids but never lose one.

use crate::engine::QuestionKind;

pub const QUESTIONS: &[(&str, QuestionKind, &[&str])] = &[
    ("rol", QuestionKind::One, &["werknemer", "leidinggevende", "werkgever", "hr", "medezeggenschap", "arboprofessional", "zzp", "student"]),
    ("sector", QuestionKind::One, &["zorg-welzijn", "onderwijs", "ict", "industrie", "bouw", "detailhandel", "horeca", "overheid", "financiele-dienstverlening", "anders"]),
    ("omvang", QuestionKind::One, &["klein", "middelgroot", "groot"]),
    ("niveau", QuestionKind::One, &["individu", "team", "organisatie", "weet-niet"]),
    ("fase", QuestionKind::One, &["voorkomen", "signalen", "verzuim", "acuut"]),
    ("factoren", QuestionKind::Many, &["werkdruk", "regelruimte", "emotionele-belasting", "ongewenst-gedrag", "agressie", "leiderschap", "werk-prive", "onzekerheid", "thuiswerken", "prestatiedruk", "weet-niet"]),
];

pub const CATEGORIES: &[&str] = &[
    "participatief-onderzoek", "individuele-training", "dialoog", "collegiale-ondersteuning", "organisatiecultuur",
    "rie-psa", "werkorganisatie", "sociale-veiligheid", "werk-prive", "leidinggevenden", "vroegsignalering",
];

pub const EXPERTS: &[&str] = &[
    "bedrijfsarts", "ao-deskundige", "psycholoog", "vertrouwenspersoon", "preventiemedewerker", "ondernemingsraad",
    "huisarts", "arbeidsinspectie", "crisislijn-113", "leidinggevende", "hr-adviseur", "brancheorganisatie",
];

/// The source letters in `../shared/seeds/`.
pub const LETTERS: &[&str] = &[
    "000_03915414ebd5499a.txt",
    "001_ffb50aae5f00ae39.txt",
    "002_040d1f335bbf0de2.txt",
    "003_b54e5e696704a8cd.txt",
    "004_86c85740222f8ee7.txt",
];
