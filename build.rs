//! Checks `rules/*.toml` and compiles them into Rust `static` data (native
//! builds) and a fingerprint (the browser build, which reads the rules from a
//! content pack). A broken rules file fails the build with
//! `file:line:col: message` for each problem.

use keuzehulp_engine as engine;
use keuzehulp_rules_source as rules_source;

use std::path::Path;

fn main() {
    // Another rule set (an organisation's own, or a test fixture) can be built in instead.
    println!("cargo:rerun-if-env-changed=KEUZEHULP_RULES");
    let dir = std::env::var("KEUZEHULP_RULES").unwrap_or_else(|_| "rules".into());
    println!("cargo:rerun-if-changed={dir}");
    for file in rules_source::FILES {
        println!("cargo:rerun-if-changed={dir}/{file}");
    }
    match rules_source::check_dir(Path::new(&dir)) {
        Ok(rules) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
            let write = |name: &str, source: String| std::fs::write(out.join(name), source).expect("OUT_DIR is writable");
            // Natively the rules are compiled in; the browser build holds only
            // their fingerprint and reads the rules from a content pack of the
            // user's language (see crates/engine/src/pack/mod.rs).
            write("rules.rs", rules_source::codegen::generate(&rules));
            let fingerprint = engine::pack::fingerprint(&rules);
            write("fingerprint.rs", format!("pub const CONTENT_FINGERPRINT: &str = \"{fingerprint}\";\n"));
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "error: {} problem(s) in {dir}/; fix them, then check with `cargo run --bin keuzehulp -- check {dir}`",
                problems.len()
            );
            std::process::exit(1);
        }
    }
}
