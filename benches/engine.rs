//! `cargo bench --bench engine`: time to evaluate one answer set, and the
//! whole answer space. Plain timing loop (no harness crate), median of runs.

use std::hint::black_box;
use std::time::Instant;

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{Answers, QuestionKind, RuleSet, evaluate};

fn median_ns(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn all_masks(rules: &RuleSet, q: usize) -> Vec<u32> {
    let question = &rules.questions[q];
    let n = question.options.len();
    match question.kind {
        QuestionKind::One => (0..n).map(|o| 1 << o).collect(),
        QuestionKind::Many => {
            let exclusive: u32 = question.options.iter().enumerate().filter(|(_, o)| o.exclusive).fold(0, |m, (i, _)| m | 1 << i);
            let all = (1u32 << n) - 1;
            let mut v: Vec<u32> = (1..=all).filter(|m| m & exclusive == 0).collect();
            v.extend((0..n).filter(|o| exclusive & (1 << o) != 0).map(|o| 1u32 << o));
            v
        }
    }
}

fn space(rules: &RuleSet, q: usize, a: &mut Answers, count: &mut u64) {
    if q == rules.questions.len() {
        black_box(evaluate(rules, black_box(a)));
        *count += 1;
        return;
    }
    if !a.applies(rules, q) {
        a.clear(q);
        return space(rules, q + 1, a, count);
    }
    for m in all_masks(rules, q) {
        a.set(q, m);
        space(rules, q + 1, a, count);
    }
    a.clear(q);
}

fn main() {
    let rules = &RULES;
    let input = "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,agressie";
    let (answers, _) = Answers::parse(rules, input);

    // One evaluation: 21 batches of 2,000.
    let mut samples = Vec::new();
    for _ in 0..21 {
        let start = Instant::now();
        for _ in 0..2_000 {
            black_box(evaluate(rules, black_box(&answers)));
        }
        samples.push(start.elapsed().as_nanos() as f64 / 2_000.0);
    }
    println!("bench engine/evaluate-one: median {:.2} µs per evaluation ({} rules)", median_ns(samples) / 1000.0, rules.rules.len());

    let mut samples = Vec::new();
    for _ in 0..21 {
        let start = Instant::now();
        for _ in 0..2_000 {
            black_box(Answers::parse(rules, black_box(input)));
        }
        samples.push(start.elapsed().as_nanos() as f64 / 2_000.0);
    }
    println!("bench engine/parse-answers: median {:.2} µs per parse", median_ns(samples) / 1000.0);

    let start = Instant::now();
    let mut count = 0;
    space(rules, 0, &mut Answers::new(rules), &mut count);
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "bench engine/answer-space: {count} complete answer sets in {elapsed:.2} s, one thread ({:.2} µs each)",
        elapsed * 1e6 / count as f64
    );
}
