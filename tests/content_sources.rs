//! `docs/content-sources.md` lists every content item with its sources; it is
//! generated from the rules, and this test fails when it is out of date.

#[test]
fn content_sources_table_is_up_to_date() {
    let expected = keuzehulp::cli::sources::markdown(&keuzehulp::builtin::RULES);
    let actual = std::fs::read_to_string("docs/content-sources.md").unwrap_or_default();
    assert!(
        actual == expected,
        "docs/content-sources.md is out of date: run `cargo run --bin keuzehulp -- sources > docs/content-sources.md`"
    );
    // Every item has a source (the check enforces it; the table shows it).
    for line in expected.lines().filter(|l| l.starts_with("| question") || l.starts_with("| tool") || l.starts_with("| rule")) {
        assert!(line.contains(".txt`") || line.contains("https://"), "no source in: {line}");
    }
}
