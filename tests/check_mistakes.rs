//! `keuzehulp check` accepts the real rules and names file, line and column
//! for every kind of mistake a rule author can make.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_keuzehulp");

fn copy_dir(from: &Path, name: &str) -> PathBuf {
    let to = std::env::temp_dir().join(format!("keuzehulp-check-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
    to
}

fn check(dir: &Path) -> (i32, String) {
    let out = Command::new(BIN).arg("check").arg(dir).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Every output line has the `file:line:col: message` form.
fn assert_located(out: &str) {
    for line in out.lines() {
        let mut parts = line.splitn(4, ':');
        let (file, l, c, msg) = (parts.next(), parts.next(), parts.next(), parts.next());
        assert!(file.is_some_and(|f| f.ends_with(".toml")), "no file in: {line}");
        assert!(l.is_some_and(|l| l.parse::<usize>().is_ok_and(|n| n > 0)), "no line in: {line}");
        assert!(c.is_some_and(|c| c.parse::<usize>().is_ok_and(|n| n > 0)), "no column in: {line}");
        assert!(msg.is_some_and(|m| m.len() > 5), "no message in: {line}");
    }
}

#[test]
fn the_real_rules_pass() {
    let (code, out) = check(Path::new("rules"));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok"));
}

/// (file, text to replace, replacement, message fragment). The expected line
/// is where the replacement lands in the broken copy.
const MISTAKES: &[(&str, &str, &str, &str)] = &[
    ("questions.toml", "label.nl = \"Vraag rol\"", "label.nl = \"Vraag rol", "not valid TOML"),
    ("questions.toml", "label.nl = \"Vraag sector\"", "lable.nl = \"Vraag sector\"", "unknown field `lable`"),
    ("rules.toml", "when = { fase = [\"acuut\"] }", "when = { fase = [\"akuut\"] }", "unknown answer `akuut`"),
    ("rules.toml", "when = { fase = [\"acuut\"] }", "when = { fasee = [\"acuut\"] }", "unknown question `fasee`"),
    ("categories.toml", "summary.en = \"rie-psa summary (en)\"", "summary.de = \"rie-psa summary (en)\"", "missing translation: `summary.en`"),
    ("rules.toml", "source = [\"https://www.113.nl\"]", "source = [\"http://www.113.nl\"]", "non-https link"),
    ("notes.toml", "source = [\"004_86c85740222f8ee7.txt\"]", "source = [\"005_onbekend.txt\"]", "unknown source letter"),
    ("rules.toml", "{ expert = \"crisislijn-113\", weight = 1000 }", "{ expert = \"crisislijn-114\", weight = 1000 }", "unknown expert `crisislijn-114`"),
    ("rules.toml", "reason.nl = \"Je noemde {factoren}.\"", "reason.nl = \"Je noemde iets.\"", "must name what the user answered"),
    ("rules.toml", "reason.en = \"You named {factoren}.\"", "reason.en = \"You named {sector}.\"", "does not require `sector`"),
    ("rules.toml", "when = { fase = [\"acuut\"] }", "when = { fase = [\"acuut\"], rol = [\"zzp\"], omvang = [\"groot\"] }", "can never fire"),
    ("experts.toml", "id = \"psycholoog\"", "id = \"bedrijfsarts\"", "is used twice"),
    ("tools.toml", "evidence = \"not-tested\"", "evidence = \"proven\"", "unknown evidence label"),
    ("rules.toml", "{ expert = \"crisislijn-113\", weight = 1000 }", "{ expert = \"crisislijn-113\", weight = 0 }", "between 1 and 1000"),
    ("questions.toml", "id = \"klein\"", "id = \"klien\"", "answer `klein` of question `omvang` (VOCABULARY.md) is missing"),
    // First steps (December 2026): a known expert, at most 40 words, and an
    // item that an earlier one does not always hide.
    ("first_steps.toml", "expert = \"crisislijn-113\"", "expert = \"crisislijn-114\"", "unknown expert `crisislijn-114`"),
    ("first_steps.toml", "text.nl = \"acuut-eerst text\"", "text.nl = \"een twee drie vier vijf zes zeven acht negen tien een twee drie vier vijf zes zeven acht negen tien een twee drie vier vijf zes zeven acht negen tien een twee drie vier vijf zes zeven acht negen tien een\"", "has 41 words; a first step has at most 40"),
    ("first_steps.toml", "when = { fase = [\"acuut\"] }", "when = { fase = [\"acuut\"], rol = [\"zzp\"], omvang = [\"groot\"] }", "is never chosen"),
    ("first_steps.toml", "when = { fase = [\"acuut\"] }", "when = { fase = [\"akuut\"] }", "unknown answer `akuut`"),
    // A category lists the factors it addresses by their ids.
    ("categories.toml", "levels = [\"individu\"]", "factors = [\"werkdrukk\"]\nlevels = [\"individu\"]", "unknown factor `werkdrukk`"),
    // The overview's fields of a tool (issue 18): roles, sectors, status and its year, the society level.
    ("tools.toml", "rol = [\"werkgever\"]", "rol = [\"werkgeverr\"]", "unknown role `werkgeverr`"),
    ("tools.toml", "rol = [\"werkgever\"]", "sector = [\"zorg\"]\nrol = [\"werkgever\"]", "unknown sector `zorg`"),
    ("tools.toml", "status = \"ended\"", "status = \"stopped\"", "unknown status `stopped`"),
    ("tools.toml", "status_year = 2021", "status_year = 21", "status_year 21 is not a year"),
    ("tools.toml", "status = \"ended\"", "# no status", "has no `status`"),
    ("tools.toml", "levels = [\"team\"]", "levels = [\"samenleving\"]", "unknown level `samenleving`; levels: individu, team, organisatie, maatschappij"),
    // Issue 30: a reader can get every tool; a fold-out has a title; words a
    // group must never read (a self-employed person, an MR or PVT member).
    ("tools.toml", "url = \"https://publications.tno.nl/publication/34638739/FbwMK9/TNO-2021-pico.pdf\"", "# no url", "has neither a `url` nor a `get`"),
    ("first_steps.toml", "text.nl = \"acuut-eerst text\"", "more.nl = \"x\"\nmore.en = \"x\"\ntext.nl = \"acuut-eerst text\"", "has one of `more` and `more_title`"),
    ("rules.toml", "reason.nl = \"Je bent {rol}.\"", "reason.nl = \"Je bent {rol}. Vraag je werkgever.\"", "can be shown to a self-employed person (rol=zzp) but says \"je werkgever\""),
    ("notes.toml", "text.nl = \"Zorg tekst\"", "text.nl = \"Zorg tekst. De OR heeft instemmingsrecht.\"", "can be shown to an MR or PVT member"),
    // U+001E separates the texts of a content pack (engine::pack).
    ("categories.toml", "summary.nl = \"participatief-onderzoek summary\"", "summary.nl = \"participatief\\u001Eonderzoek\"", "invisible control character (U+001E)"),
];

#[test]
fn every_kind_of_mistake_is_reported_with_file_line_and_column() {
    assert!(MISTAKES.len() >= 8);
    let fixture = Path::new("tests/fixtures/minimal-rules");
    assert_eq!(check(fixture).0, 0, "the fixture itself must pass");
    for (i, (file, old, new, message)) in MISTAKES.iter().enumerate() {
        let dir = copy_dir(fixture, &i.to_string());
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let at = text.find(old).unwrap_or_else(|| panic!("mistake {i}: `{old}` not in {file}"));
        let broken = text.replacen(old, new, 1);
        std::fs::write(&path, &broken).unwrap();
        let line = broken[..at].matches('\n').count() + 1;

        let (code, out) = check(&dir);
        assert_ne!(code, 0, "mistake {i} ({message}) passed the check");
        assert_located(&out);
        let hit = out.lines().find(|l| l.contains(message)).unwrap_or_else(|| panic!("mistake {i}: no `{message}` in:\n{out}"));
        assert!(hit.contains(&format!("{file}:")), "mistake {i}: wrong file in {hit}");
        // A syntax error or a missing field may point at the enclosing table; all others at the line itself.
        let reported: usize = hit.split(':').nth(1).unwrap().parse().unwrap();
        assert!(reported <= line && line - reported <= 12, "mistake {i}: reported line {reported}, mistake on {line}: {hit}");
        std::fs::remove_dir_all(&dir).ok();
    }
}

#[test]
fn an_item_no_rule_recommends_is_reported_where_it_is_defined() {
    let dir = copy_dir(Path::new("rules"), "unreachable");
    let path = dir.join("experts.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let line = text.matches('\n').count() + 2;
    text.push_str(
        "\n[[expert]]\nid = \"coach\"\nsource = [\"004_86c85740222f8ee7.txt\"]\nname.nl = \"Coach\"\nname.en = \"Coach\"\nwho.nl = \"x\"\nwho.en = \"x\"\nwhen.nl = \"x\"\nwhen.en = \"x\"\nreach.nl = \"x\"\nreach.en = \"x\"\n",
    );
    std::fs::write(&path, text).unwrap();
    let (code, out) = check(&dir);
    assert_eq!(code, 1);
    assert_located(&out);
    assert!(out.contains(&format!("experts.toml:{line}:1: expert `coach` is never recommended")), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_missing_file_is_reported() {
    let dir = copy_dir(Path::new("tests/fixtures/minimal-rules"), "missing");
    std::fs::remove_file(dir.join("figures.toml")).unwrap();
    let (code, out) = check(&dir);
    assert_eq!(code, 1);
    assert!(out.contains("figures.toml:1:1: cannot read"), "{out}");
}
