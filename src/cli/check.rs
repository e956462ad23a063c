//! `keuzehulp check [dir]`: every problem as `file:line:col: message`.

use std::path::Path;

pub fn run(dir: &Path) -> i32 {
    match crate::rules_source::check_dir(dir) {
        Ok(rules) => {
            // Plain language: warnings with their place, and the totals (on stderr, so every
            // line on stdout stays `file:line:col: message` or the final "ok").
            match crate::rules_source::plain::check_dir(dir) {
                Ok(report) => {
                    for warning in &report.warnings {
                        println!("{warning}");
                    }
                    eprintln!(
                        "plain language: {} Dutch texts, {} sentences over {} words, {} jargon words without their explanation ({})",
                        report.texts,
                        report.long_sentences,
                        crate::rules_source::plain::MAX_SENTENCE_WORDS,
                        report.unexplained_jargon,
                        crate::rules_source::plain::JARGON_FILE,
                    );
                }
                Err(problems) => {
                    for problem in &problems {
                        println!("{problem}");
                    }
                    eprintln!("{}: {} problem(s)", dir.display(), problems.len());
                    return 1;
                }
            }
            println!("{}: ok ({})", dir.display(), super::common::counts(&rules));
            0
        }
        Err(problems) => {
            for problem in &problems {
                println!("{problem}");
            }
            eprintln!("{}: {} problem(s)", dir.display(), problems.len());
            1
        }
    }
}
