//! Make sure the build and test tools are there; install what is missing.
//!
//! Every check is cheap when the tool is present, so `build`/`serve`/`test`
//! can call these every time. Only package registries are used: rustup,
//! crates.io (`cargo install`), npm (`npm ci`) and Debian (`apt-get`).

use crate::util::{self, output_ok, run, step, which};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// How to compile for the browser. Both routes build the standard library
/// from source (`-Zbuild-std`) so that panics compile to a bare trap: see
/// `build::compile_wasm`.
pub enum RustWasm {
    /// The normal toolchain (rustup) with its `rust-src` component.
    Standard,
    /// Debian's rustc-web/cargo-web with rust-web-src.
    Debian { cargo: PathBuf, rustc: PathBuf, linker: PathBuf },
}

pub struct BuildTools {
    pub rust: RustWasm,
    pub wasm_bindgen: PathBuf,
    pub wasm_bindgen_version: String,
    pub wasm_opt: PathBuf,
}

pub fn ensure_build_tools() -> Result<BuildTools, String> {
    let rust = ensure_rust_wasm()?;
    let (wasm_bindgen, wasm_bindgen_version) = ensure_wasm_bindgen()?;
    ensure_npm_packages()?;
    let wasm_opt = browser_dir().join("node_modules/.bin/wasm-opt");
    Ok(BuildTools { rust, wasm_bindgen, wasm_bindgen_version, wasm_opt })
}

/// The folder with the browser tests and their npm packages (also wasm-opt).
pub fn browser_dir() -> PathBuf {
    util::root().join("tests/browser")
}

// ---------------------------------------------------------------- Rust → wasm

fn ensure_rust_wasm() -> Result<RustWasm, String> {
    if std::env::var("XTASK_RUST").as_deref() == Ok("debian") {
        step("XTASK_RUST=debian: using Debian's rustc-web route");
        return ensure_debian_rust();
    }
    if rustc_has_std_source() {
        return Ok(RustWasm::Standard);
    }
    if which("rustup", &[]).is_some() {
        step("adding the Rust standard library's source (rust-src) with rustup: the wasm build compiles std itself");
        match run(Command::new("rustup").args(["component", "add", "rust-src"])) {
            Ok(()) if rustc_has_std_source() => return Ok(RustWasm::Standard),
            Ok(()) => step("rustup added rust-src, but rustc's sysroot still has no library source"),
            Err(e) => step(&format!("rustup could not add rust-src ({e})")),
        }
    }
    step("falling back to Debian's rustc-web + rust-web-src");
    ensure_debian_rust()
}

/// `-Zbuild-std` needs the library source in rustc's sysroot (rustup's `rust-src`).
fn rustc_has_std_source() -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Some(sysroot) = output_ok(Command::new(rustc).args(["--print", "sysroot"])) else {
        return false;
    };
    Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/std/Cargo.toml").is_file()
}

/// The minor version of a rustc (`rustc 1.95.0 (…)` → 95); None when it will not say.
pub fn rustc_minor(rustc: &Path) -> Option<u32> {
    let version = output_ok(Command::new(rustc).arg("-V"))?;
    version.split_whitespace().nth(1)?.split('.').nth(1)?.parse().ok()
}

fn ensure_debian_rust() -> Result<RustWasm, String> {
    let pkgs = ["rustc-web", "cargo-web", "rust-web-src", "lld"];
    if !pkgs.iter().all(|p| dpkg_installed(p)) {
        apt_install(&pkgs, "the Debian Rust toolchain for the wasm build")?;
    }
    let linker = find_wasm_ld().ok_or("Debian's lld is installed but no wasm-ld was found")?;
    Ok(RustWasm::Debian { cargo: "/usr/bin/cargo".into(), rustc: "/usr/bin/rustc".into(), linker })
}

fn find_wasm_ld() -> Option<PathBuf> {
    let direct = PathBuf::from("/usr/bin/wasm-ld");
    if direct.exists() {
        return Some(direct);
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/bin")
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("wasm-ld-")))
        .collect();
    found.sort();
    found.pop()
}

// ---------------------------------------------------------------- wasm-bindgen

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock_path = util::root().join("Cargo.lock");
    if !lock_path.exists() {
        run(Command::new(util::cargo()).args(["generate-lockfile"]).current_dir(util::root()))?;
    }
    let lock = String::from_utf8_lossy(&util::read(&lock_path)?).into_owned();
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|v| v.trim().strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_string());
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn ensure_wasm_bindgen() -> Result<(PathBuf, String), String> {
    let want = locked_wasm_bindgen_version()?;
    if let Some(p) = find_wasm_bindgen(&want) {
        return Ok((p, want));
    }
    step(&format!("installing wasm-bindgen-cli {want} from crates.io (takes about 3 minutes, once)"));
    // No --locked: the CLI's own lockfile pins a crate version missing from the index.
    run(Command::new(util::cargo()).args(["install", "wasm-bindgen-cli", "--version", &want]))?;
    find_wasm_bindgen(&want).map(|p| (p, want.clone())).ok_or_else(|| {
        format!("wasm-bindgen {want} was installed but is not on PATH or in $CARGO_HOME/bin")
    })
}

fn find_wasm_bindgen(want: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs = std::env::split_paths(&path).chain(util::cargo_bin_dir());
    dirs.map(|d| d.join("wasm-bindgen")).filter(|p| p.is_file()).find(|p| {
        output_ok(Command::new(p).arg("--version"))
            .is_some_and(|v| v.split_whitespace().nth(1) == Some(want))
    })
}

// ---------------------------------------------------------------- npm packages

/// `npm ci` in tests/browser when node_modules is missing or older than package-lock.json.
/// Brings wasm-opt (binaryen), playwright-core and @axe-core/playwright.
pub fn ensure_npm_packages() -> Result<(), String> {
    let dir = browser_dir();
    let nm = dir.join("node_modules");
    let needed = [".bin/wasm-opt", "playwright-core/package.json", "@axe-core/playwright/package.json", "ical.js/package.json"];
    let complete = needed.iter().all(|p| nm.join(p).exists());
    if complete && !newer(&dir.join("package-lock.json"), &nm.join(".package-lock.json")) {
        return Ok(());
    }
    if which("npm", &[]).is_none() || which("node", &[]).is_none() {
        return Err("node and npm are needed (Node 20 or newer): install Node.js, then run again".into());
    }
    step("installing npm packages in tests/browser (binaryen for wasm-opt, playwright-core, axe, terser, typescript)");
    let sub = if dir.join("package-lock.json").exists() { "ci" } else { "install" };
    run(Command::new("npm").args([sub, "--no-audit", "--no-fund"]).current_dir(&dir))
}

fn newer(a: &Path, b: &Path) -> bool {
    let m = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    match (m(a), m(b)) {
        (Some(a), Some(b)) => a > b,
        (_, None) => true,
        _ => false,
    }
}

// ---------------------------------------------------------------- Chromium

/// Debian's Chromium for the browser tests (`CHROMIUM_PATH` overrides).
pub fn ensure_chromium() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("CHROMIUM_PATH").map(PathBuf::from) {
        return if p.is_file() { Ok(p) } else { Err(format!("CHROMIUM_PATH={} does not exist", p.display())) };
    }
    let p = PathBuf::from("/usr/bin/chromium");
    if !p.is_file() {
        apt_install(&["chromium", "chromium-driver"], "Chromium for the browser tests")?;
    }
    if p.is_file() { Ok(p) } else { Err("apt-get installed chromium but /usr/bin/chromium is missing".into()) }
}

/// Debian's pdftotext (poppler-utils): the browser tests read the printed
/// plan's PDF as text (`PDFTOTEXT` overrides).
pub fn ensure_pdftotext() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("PDFTOTEXT").map(PathBuf::from) {
        return if p.is_file() { Ok(p) } else { Err(format!("PDFTOTEXT={} does not exist", p.display())) };
    }
    let p = PathBuf::from("/usr/bin/pdftotext");
    if !p.is_file() {
        apt_install(&["poppler-utils"], "pdftotext, to read the printed plan in the browser tests")?;
    }
    if p.is_file() { Ok(p) } else { Err("apt-get installed poppler-utils but /usr/bin/pdftotext is missing".into()) }
}

// ---------------------------------------------------------------- apt-get

fn dpkg_installed(pkg: &str) -> bool {
    output_ok(Command::new("dpkg-query").args(["-W", "-f=${Status}", pkg])).is_some_and(|s| s.contains("install ok installed"))
}

static APT_UPDATED: AtomicBool = AtomicBool::new(false);

fn apt_install(pkgs: &[&str], why: &str) -> Result<(), String> {
    let list = pkgs.join(" ");
    if !util::is_root() {
        return Err(format!(
            "{why} needs Debian packages, and installing them needs root. Run:\n    \
             sudo apt-get update && sudo apt-get install -y {list}\nthen run this command again"
        ));
    }
    step(&format!("installing Debian packages for {why}: {list}"));
    if !APT_UPDATED.swap(true, Ordering::SeqCst) {
        run(Command::new("apt-get").arg("update").env("DEBIAN_FRONTEND", "noninteractive"))?;
    }
    run(Command::new("apt-get").args(["install", "-y"]).args(pkgs).env("DEBIAN_FRONTEND", "noninteractive"))
}
