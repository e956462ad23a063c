//! The `deps` stage of `cargo xtask test`: `cargo deny` against an offline
//! snapshot of the RustSec advisory database.
//!
//! These machines cannot reach the upstream database, so a git bundle of it
//! lives next to the repository (`../shared/advisory-db/advisory-db.bundle`,
//! see its README; `KEUZEHULP_ADVISORY_BUNDLE` points elsewhere). This stage
//! installs cargo-deny if missing, clones the bundle into the folder cargo-deny
//! reads (`$CARGO_HOME/advisory-dbs/advisory-db-3157b0e258782691`) when it is
//! missing or holds another snapshot, fetches the crates (`cargo fetch`), then
//! runs `cargo deny --offline check advisories licenses bans sources` with the
//! rules in `deny.toml`.

use crate::util::{self, output_ok, run, step, which};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const CARGO_DENY_VERSION: &str = "0.20.2";
/// The folder name cargo-deny 0.20 derives from the default advisory-db URL.
const DB_DIR: &str = "advisory-db-3157b0e258782691";
/// The branch the bundle holds.
const BRANCH: &str = "snapshot";
pub const CHECKS: &[&str] = &["advisories", "licenses", "bans", "sources"];

/// Run the whole stage; the note for the summary on success.
pub fn check() -> Result<String, String> {
    let deny = ensure_cargo_deny()?;
    let bundle = bundle_path()?;
    let commit = ensure_advisory_db(&bundle)?;
    run(Command::new(util::cargo()).arg("fetch").current_dir(util::root()))?;
    run(Command::new(&deny)
        .args(["deny", "--offline", "check"])
        .args(CHECKS)
        .current_dir(util::root()))
    .map_err(|e| format!("cargo deny found problems (see above; rules in deny.toml): {e}"))?;
    Ok(format!("{} ok (advisory db {})", CHECKS.join(", "), &commit[..commit.len().min(12)]))
}

/// `cargo-deny` on PATH or in `$CARGO_HOME/bin`, else `cargo install` it.
fn ensure_cargo_deny() -> Result<PathBuf, String> {
    let extra: Vec<PathBuf> = util::cargo_bin_dir().into_iter().collect();
    if let Some(p) = which("cargo-deny", &extra) {
        let version = output_ok(Command::new(&p).arg("--version")).unwrap_or_default();
        if !version.contains(CARGO_DENY_VERSION) {
            step(&format!(
                "note: {} is `{}`, tested with {CARGO_DENY_VERSION}; another version may expect the \
                 advisory database in another folder (its error names it)",
                p.display(),
                version.trim()
            ));
        }
        return Ok(p);
    }
    step(&format!("installing cargo-deny {CARGO_DENY_VERSION} from crates.io (about 3 minutes, once)"));
    run(Command::new(util::cargo()).args(["install", "cargo-deny", "--locked", "--version", CARGO_DENY_VERSION]))?;
    which("cargo-deny", &extra).ok_or_else(|| "cargo-deny was installed but is not on PATH or in $CARGO_HOME/bin".into())
}

/// The advisory-db bundle: `$KEUZEHULP_ADVISORY_BUNDLE`, else `<repo>/../shared/advisory-db/advisory-db.bundle`.
fn bundle_path() -> Result<PathBuf, String> {
    let (path, from_env) = match std::env::var_os("KEUZEHULP_ADVISORY_BUNDLE") {
        Some(p) if !p.is_empty() => (PathBuf::from(p), true),
        _ => (util::root().join("../shared/advisory-db/advisory-db.bundle"), false),
    };
    if path.is_file() {
        return Ok(path);
    }
    let shared = util::root().join("../shared");
    let whose = if from_env {
        "KEUZEHULP_ADVISORY_BUNDLE points to".to_string()
    } else if !shared.is_dir() {
        format!("the shared folder {} is absent, so there is no", shared.display())
    } else {
        "there is no".to_string()
    };
    Err(format!(
        "{whose} {}: the offline RustSec advisory database (a git bundle, branch `{BRANCH}`) that \
         `cargo deny --offline` needs; the upstream database cannot be fetched from these machines. \
         Put the bundle there (see shared/advisory-db/README.md) or set KEUZEHULP_ADVISORY_BUNDLE",
        path.display()
    ))
}

/// `$CARGO_HOME`, default `~/.cargo`.
fn cargo_home() -> Result<PathBuf, String> {
    match std::env::var_os("CARGO_HOME") {
        Some(h) if !h.is_empty() => Ok(PathBuf::from(h)),
        _ => std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")).ok_or_else(|| "neither CARGO_HOME nor HOME is set".into()),
    }
}

/// Make `$CARGO_HOME/advisory-dbs/<DB_DIR>` a clone of the bundle's snapshot; returns its commit.
fn ensure_advisory_db(bundle: &Path) -> Result<String, String> {
    let want = bundle_head(bundle)?;
    let dbs = cargo_home()?.join("advisory-dbs");
    let db = dbs.join(DB_DIR);
    let have = output_ok(Command::new("git").arg("-C").arg(&db).args(["rev-parse", "HEAD"]))
        .map(|s| s.trim().to_string());
    if have.as_deref() == Some(want.as_str()) {
        return Ok(want);
    }
    match &have {
        Some(h) => step(&format!("advisory db at {} is {h}, the bundle has {want}: replacing it", db.display())),
        None => step(&format!("cloning the advisory db snapshot into {}", db.display())),
    }
    // Clone next to it, then swap, so an interrupted clone never looks complete.
    let tmp = dbs.join(format!("{DB_DIR}.xtask-tmp"));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&dbs).map_err(|e| format!("{}: {e}", dbs.display()))?;
    run(Command::new("git").args(["clone", "-q", "-b", BRANCH]).arg(bundle).arg(&tmp))?;
    if db.exists() {
        std::fs::remove_dir_all(&db).map_err(|e| format!("{}: {e}", db.display()))?;
    }
    std::fs::rename(&tmp, &db).map_err(|e| format!("{}: {e}", db.display()))?;
    Ok(want)
}

/// The commit of `refs/heads/snapshot` in the bundle.
fn bundle_head(bundle: &Path) -> Result<String, String> {
    let heads = output_ok(Command::new("git").args(["bundle", "list-heads"]).arg(bundle))
        .ok_or_else(|| format!("`git bundle list-heads {}` failed: not a git bundle, or git is missing", bundle.display()))?;
    heads
        .lines()
        .filter_map(|l| l.split_once(' '))
        .find(|(_, r)| *r == format!("refs/heads/{BRANCH}"))
        .map(|(c, _)| c.to_string())
        .ok_or_else(|| format!("{} has no branch `{BRANCH}`", bundle.display()))
}
