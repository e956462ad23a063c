//! Exhaustive verification: every complete answer set the vocabulary allows
//! (and every partial one the wizard can produce) satisfies the invariants of
//! VOCABULARY.md, and every text a self-employed person or an MR or PVT member
//! can be shown fits them. The checks are `keuzehulp_rules_source::answer_space`,
//! the same the rules studio's worker runs on edited rules. Prints how many
//! sets were checked.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{Answers, evaluate};
use keuzehulp_rules_source::answer_space::{self as space, COUNTED, Found, Group, Ids};

fn ids() -> Ids {
    space::ids(&RULES).unwrap_or_else(|e| panic!("{e}"))
}

/// The walk over every complete answer set, once for the tests that read it
/// (they run in parallel; the others wait for the first): what it found, how
/// long it took, in how many threads.
fn complete() -> &'static (Found, Duration, usize) {
    static WHOLE: OnceLock<(Found, Duration, usize)> = OnceLock::new();
    WHOLE.get_or_init(|| {
        let ids = ids();
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        let started = Instant::now();
        let found = space::check_all(&RULES, &ids, 0..space::partial_chunks(&RULES, &ids).start, threads);
        (found, started.elapsed(), threads)
    })
}

#[test]
fn every_complete_answer_set_satisfies_the_vocabulary_invariants() {
    let (found, elapsed, threads) = complete();
    for (rule, n) in COUNTED.iter().zip(found.counts) {
        println!("answer space: {n} complete answer sets checked for: {rule}");
        // Each rule meets a real share of the space (an id typo would make it 0).
        assert!(n > 10_000 || !found.failures.is_empty(), "the rule \"{rule}\" applied to only {n} answer sets");
    }
    let count = found.complete;
    println!(
        "answer space: {count} complete answer sets checked in {:.2} s ({:.2} µs per evaluation, {threads} threads)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 * *threads as f64 / count as f64
    );
    assert!(count > 3_000_000, "the answer space shrank to {count}");
    assert!(found.failures.is_empty(), "invariants violated, e.g.:\n{}", found.failures.join("\n"));
}

#[test]
fn the_chunks_are_the_whole_answer_space() {
    // One walk from the first question, without evaluating: the chunks hold
    // these sets, each once (the studio's worker walks the same chunks).
    let mut whole = 0u64;
    space::walk(&RULES, 0, &mut Answers::new(&RULES), &mut |_| whole += 1);
    assert_eq!(complete().0.complete, whole);
    assert!(space::chunks(&RULES) >= 20, "{}", space::chunks(&RULES));
}

#[test]
fn every_partial_answer_set_of_the_wizard_satisfies_the_invariants() {
    // The wizard answers questions in order, so a partial set is a complete
    // set cut after question k. Factors: none, each single one, weet-niet, all.
    let ids = ids();
    let found = space::check_all(&RULES, &ids, space::partial_chunks(&RULES, &ids), 1);
    println!("answer space: {} partial answer sets checked", found.partial);
    for (rule, n) in COUNTED.iter().zip(found.partial_counts) {
        println!("answer space: {n} partial answer sets checked for: {rule}");
    }
    assert!(found.partial > 1000);
    assert!(found.failures.is_empty(), "invariants violated on partial sets, e.g.:\n{}", found.failures.join("\n"));
}

#[test]
fn evaluation_is_deterministic() {
    let rules = &RULES;
    let (answers, notices) = Answers::parse(rules, "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=team&fase=signalen&factoren=werkdruk,agressie,ongewenst-gedrag");
    assert!(notices.is_empty(), "{notices:?}");
    let first = evaluate(rules, &answers);
    for _ in 0..10 {
        assert_eq!(evaluate(rules, &answers), first);
    }
}

#[test]
fn texts_shown_to_the_self_employed_fit_the_role() {
    // Every text of the cards advised to rol=zzp (with the tools of those
    // categories), their reasons, notes and first steps (with their fold-out):
    // no employer, manager, HR, works council or company doctor.
    let shown = &complete().0.shown[0];
    let (texts, problems) = Group::SelfEmployed.problems(&RULES, &ids(), shown);
    println!("answer space: {} answer sets of rol=zzp checked, {texts} texts shown to them", shown.sets);
    assert!(shown.sets > 1000 && texts > 100);
    assert!(problems.is_empty(), "{} texts shown to rol=zzp name an employer, a manager, HR, a works council or the company doctor:\n{}", problems.len(), problems.join("\n"));
}

/// An MR member (a school) or a PVT member (a small organisation) never reads
/// a works council's rights as theirs (issue 30, CONTENT-REVIEW.md E2).
#[test]
fn texts_shown_to_mr_and_pvt_members_hold_no_works_council_only_rights() {
    let shown = &complete().0.shown[1];
    let (texts, problems) = Group::MrOrPvt.problems(&RULES, &ids(), shown);
    println!("answer space: {} answer sets of MR and PVT members checked, {texts} texts shown to them", shown.sets);
    assert!(shown.sets > 1000 && texts > 100);
    assert!(problems.is_empty(), "{} texts shown to an MR or PVT member give works-council-only rights:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_word_checks_catch_what_they_name() {
    assert_eq!(space::unfit_for_self_employed("Vraag je HR-adviseur"), Some("HR"));
    assert_eq!(space::unfit_for_self_employed("Praat met de OR."), Some("OR"));
    assert_eq!(space::unfit_for_self_employed("Bespreek het met je leidinggevende"), Some("je leidinggevende"));
    assert_eq!(space::unfit_for_self_employed("Your employer pays"), Some("employer"));
    assert_eq!(space::unfit_for_self_employed("Bespreek het met je opdrachtgever of je huisarts."), None);
    assert_eq!(space::works_council_only("De OR heeft instemmingsrecht"), Some("de or heeft"));
    assert_eq!(space::works_council_only("De MR praat mee."), None);
}
