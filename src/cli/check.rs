//! `keuzehulp check [dir]`: every problem as `file:line:col: message`.

use std::path::Path;

pub fn run(dir: &Path) -> i32 {
    match crate::rules_source::check_dir(dir) {
        Ok(rules) => {
            println!(
                "{}: ok ({} questions, {} categories, {} experts, {} tools, {} notes, {} figures, {} rules)",
                dir.display(),
                rules.questions.len(),
                rules.categories.len(),
                rules.experts.len(),
                rules.tools.len(),
                rules.notes.len(),
                rules.figures.len(),
                rules.rules.len()
            );
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
