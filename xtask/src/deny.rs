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
    let commit = ensure_advisory_db(&bundle, &cargo_home()?.join("advisory-dbs"))?;
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
        _ => (shared_dir().join("advisory-db/advisory-db.bundle"), false),
    };
    if path.is_file() {
        return Ok(path);
    }
    let shared = shared_dir();
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

/// `shared/` next to the repository.
fn shared_dir() -> PathBuf {
    let root = util::root();
    root.parent().unwrap_or(&root).join("shared")
}

/// `$CARGO_HOME`, default `~/.cargo`.
fn cargo_home() -> Result<PathBuf, String> {
    match std::env::var_os("CARGO_HOME") {
        Some(h) if !h.is_empty() => Ok(PathBuf::from(h)),
        _ => std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")).ok_or_else(|| "neither CARGO_HOME nor HOME is set".into()),
    }
}

/// Make `<dbs>/<DB_DIR>` (`dbs` = `$CARGO_HOME/advisory-dbs`) a clone of the
/// bundle's snapshot; returns its commit.
fn ensure_advisory_db(bundle: &Path, dbs: &Path) -> Result<String, String> {
    let want = bundle_head(bundle)?;
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
    std::fs::create_dir_all(dbs).map_err(|e| format!("{}: {e}", dbs.display()))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn git(dir: &Path, args: &[&str]) {
        let ok = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(dir)
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(ok, "git {args:?}");
    }

    /// Clone when missing, keep when current, replace when the bundle moves on.
    #[test]
    fn advisory_db_follows_the_bundle() {
        if which("git", &[]).is_none() {
            return;
        }
        let base = std::env::temp_dir().join(format!("xtask-deny-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let (src, dbs, bundle) = (base.join("src"), base.join("advisory-dbs"), base.join("db.bundle"));
        std::fs::create_dir_all(&src).unwrap();
        let commit = |n: &str| {
            std::fs::write(src.join("a.txt"), n).unwrap();
            git(&src, &["add", "a.txt"]);
            git(&src, &["commit", "-q", "-m", n]);
            let _ = std::fs::remove_file(&bundle);
            git(&src, &["bundle", "create", bundle.to_str().unwrap(), BRANCH]);
        };
        git(&src, &["init", "-q", "-b", BRANCH]);
        commit("one");
        let first = ensure_advisory_db(&bundle, &dbs).unwrap();
        assert_eq!(std::fs::read_to_string(dbs.join(DB_DIR).join("a.txt")).unwrap(), "one");
        assert_eq!(ensure_advisory_db(&bundle, &dbs).unwrap(), first, "unchanged: kept");
        commit("two");
        let second = ensure_advisory_db(&bundle, &dbs).unwrap();
        assert_ne!(second, first);
        assert_eq!(std::fs::read_to_string(dbs.join(DB_DIR).join("a.txt")).unwrap(), "two");
        assert!(bundle_head(&base.join("nope.bundle")).is_err());
        std::fs::remove_dir_all(&base).unwrap();
    }
}
