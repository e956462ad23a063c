//! `keuzehulp check [dir]`: every problem as `file:line:col: message`.

use std::path::Path;

pub fn run(dir: &Path) -> i32 {
    match crate::rules_source::check_dir(dir) {
        Ok(rules) => {
            println!("{}: ok ({})", dir.display(), super::counts(&rules));
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
