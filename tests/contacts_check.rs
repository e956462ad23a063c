//! `keuzehulp contacts check FILE`: the widget's own contacts reader on a
//! file, every problem as `file:line:col: message` (run as the binary, as HR
//! would), and the exit code a script can use.

use std::path::PathBuf;
use std::process::Command;

fn run(name: &str, text: &[u8], extra: &[&str]) -> (i32, String, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("contacts-check");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_keuzehulp"))
        .args(["contacts", "check"])
        .arg(&file)
        .args(extra)
        .output()
        .expect("the keuzehulp binary runs");
    let stdout = String::from_utf8(out.stdout).unwrap().replace(&format!("{}", file.display()), name);
    (out.status.code().unwrap_or(-1), stdout, String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_good_file_is_ok() {
    let text = br#"{
  "bedrijfsarts": { "name": "Dr. Fatima el Amrani", "phone": "030 123 45 67", "url": "https://intranet.example.nl/ba" },
  "vertrouwenspersoon": [ { "name": "Anna de Vries" }, { "name": "Extern", "url": "https://vp.example.nl/" } ]
}"#;
    let (code, out, _) = run("good.json", text, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.trim(), "good.json: ok (3 contacts for 2 kinds of help)");
}

#[test]
fn each_problem_is_placed_at_its_line_and_column() {
    let text = b"{\n  \"bedrijfsarts\": {\"name\": \"Dr. J\", \"url\": \"http://intranet.example.nl\"},\n  \"astronaut\": {\"name\": \"X\"},\n  \"crisislijn-113\": {\"phone\": \"0900 1\"},\n  \"huisarts\": {\"fax\": \"1\"}\n}\n";
    let (code, out, err) = run("broken.json", text, &[]);
    assert_eq!(code, 1, "problems: exit code 1");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].starts_with("broken.json:2:37: The field \"url\" of \"bedrijfsarts\""), "{}", lines[0]);
    assert!(lines[0].contains("https://"), "says what a link must be: {}", lines[0]);
    assert!(lines[1].starts_with("broken.json:3:3: A contact for unknown support \"astronaut\""), "{}", lines[1]);
    assert!(lines[2].starts_with("broken.json:4:3: ") && lines[2].contains("same for everyone"), "{}", lines[2]);
    assert!(lines[3].starts_with("broken.json:5:16: Unknown field \"fax\""), "{}", lines[3]);
    assert!(err.contains("4 problem(s); 1 contacts for 1 kinds of help will show"), "{err}");
}

#[test]
fn broken_json_is_placed_where_reading_stopped() {
    // A missing comma on line 3, after leading blank lines (the reader trims them).
    let text = b"\n\n{ \"bedrijfsarts\": {\"name\": \"A\"}\n  \"huisarts\": {\"name\": \"B\"} }";
    let (code, out, _) = run("comma.json", text, &["--lang", "nl"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("comma.json:4:3: De contactgegevens van je organisatie konden niet worden gelezen (expected `,` or `}`"), "{out}");
    let (_, out, _) = run("open.json", b"{\"bedrijfsarts\": {\"name\": \"A", &[]);
    assert!(out.starts_with("open.json:1:29: ") && out.contains("text without closing quote"), "{out}");
}

#[test]
fn not_utf8_a_missing_file_and_bad_arguments() {
    let (code, out, _) = run("latin1.json", b"{\"huisarts\": {\"name\": \"Dr. M\xfcller\"}}", &[]);
    assert_eq!((code, out.trim()), (1, "latin1.json:1:1: the file is not UTF-8 text; save it as UTF-8"));
    let missing = Command::new(env!("CARGO_BIN_EXE_keuzehulp")).args(["contacts", "check", "/nonexistent/contacten.json"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stdout).starts_with("/nonexistent/contacten.json:1:1: the file cannot be read"));
    for args in [&["contacts"][..], &["contacts", "check"], &["contacts", "lint", "x.json"], &["contacts", "check", "a", "b"], &["contacts", "check", "a", "--lang", "de"]] {
        let out = Command::new(env!("CARGO_BIN_EXE_keuzehulp")).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("keuzehulp: "), "{args:?}");
    }
}

/// A device without end (`/dev/zero`) is read only as far as the widget's
/// limit: a clear message at once, not gigabytes read (issue 28).
#[test]
fn an_endless_file_is_read_with_a_bound() {
    if !std::path::Path::new("/dev/zero").exists() {
        return;
    }
    let started = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_keuzehulp"))
        .args(["contacts", "check", "/dev/zero"])
        .output()
        .expect("the keuzehulp binary runs");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert_eq!(stdout.trim(), "/dev/zero:1:1: the file is larger than 64 KB; the widget does not read it");
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    // A file one byte over the limit says the same.
    let (code, out, _) = run("big.json", &vec![b' '; 64 * 1024 + 1], &[]);
    assert_eq!((code, out.trim()), (1, "big.json:1:1: the file is larger than 64 KB; the widget does not read it"));
}
