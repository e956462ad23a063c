//! `cargo xtask build`: wasm → wasm-bindgen → wasm-opt → static files in `dist/`
//! (with the crisis line and fallback messages generated in: `fallback.rs`).

use crate::tools::{self, BuildTools, RustWasm, WASM_TARGET};
use crate::util::{self, run, step};
use crate::{comments, css, fallback, inline, names, native, refs, stamp, studio, worker};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The flags wasm-opt needs for current rustc output (the release profile strips
/// the target-features section, so the features must be named). `--converge`
/// repeats -Oz while it still helps: 0.4 KB less brotli for ~10 s more, only
/// when the wasm changed (the output is cached).
pub const WASM_OPT_FLAGS: &[&str] = &[
    "-Oz",
    "--converge",
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// A file in the output folder that says xtask made it (so it may be wiped).
const DIST_MARKER: &str = ".keuzehulp-dist";
const PRERENDER_MARKER: &str = "<!--prerender-->";
/// Where the English start page goes, in a `<template>` (inert: no duplicate
/// ids, nothing shown) that main.js swaps in for an English visitor.
const PRERENDER_EN_MARKER: &str = "<!--prerender-en-->";

/// `keuzehulp overview --lang …` → these files in dist.
pub const OVERVIEW_PAGES: [(&str, &str); 2] = [("nl", "overzicht.html"), ("en", "overview.html")];
/// `keuzehulp overview --employers --lang …` → these files in dist ("Voor werkgevers en HR").
pub const EMPLOYER_PAGES: [(&str, &str); 2] = [("nl", "werkgevers.html"), ("en", "employers.html")];

pub struct Options {
    /// Output folder; a relative path is taken from the repo root.
    pub out: PathBuf,
    /// Ask `keuzehulp prerender --lang nl` for the start page HTML.
    pub prerender: bool,
    /// Cargo features for the wasm (`test-hooks` for the test build); a build
    /// with features gets its own cargo target folder and wasm-bindgen cache.
    pub features: Vec<&'static str>,
    /// Also the widget's wasm (feature `widget`) in `pkg-widget-plan/`, for
    /// embed.js, the iframe page and the embed builder.
    pub widget: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { out: PathBuf::from("dist"), prerender: true, features: Vec::new(), widget: true }
    }
}

pub struct Built {
    pub dist: PathBuf,
}

pub fn build(opts: &Options) -> Result<Built, String> {
    let tools = tools::ensure_build_tools()?;
    build_with(&tools, opts)
}

pub fn build_with(tools: &BuildTools, opts: &Options) -> Result<Built, String> {
    let root = util::root();
    let dist = if opts.out.is_absolute() { opts.out.clone() } else { root.join(&opts.out) };
    let features = opts.features.join(",");
    let wasm = compile_wasm(tools, &features)?;
    let pkg = bindgen_and_opt(tools, &wasm, &features)?;
    // The site's wasm leaves out what only a widget needs; the widget's has it.
    let widget_pkg = if opts.widget {
        let features = opts.features.iter().copied().chain(["widget", "plan"]).collect::<Vec<_>>().join(",");
        let wasm = compile_wasm(tools, &features)?;
        Some(bindgen_and_opt(tools, &wasm, &features)?)
    } else {
        None
    };
    // The rules studio's wasm (issue 33: the rules reader, TOML included),
    // with the widget's: a build for the tests of the site alone skips both.
    let studio_pkg = if opts.widget {
        let features = opts.features.iter().copied().chain(["studio"]).collect::<Vec<_>>().join(",");
        let wasm = compile_wasm(tools, &features)?;
        Some(bindgen_and_opt(tools, &wasm, &features)?)
    } else {
        None
    };

    step(&format!("assembling {}", dist.display()));
    clean_dist(&dist, &root)?;
    for (from, to) in [(Some(&pkg), "pkg-site"), (widget_pkg.as_ref(), "pkg-widget-plan"), (studio_pkg.as_ref(), "pkg-studio")] {
        let Some(from) = from else { continue };
        for f in util::walk_files(from)? {
            copy(&from.join(&f), &dist.join(to).join(&f))?;
        }
    }
    // The wasm holds the rules without texts; the texts come in one pack per language.
    native::pack(&dist.join("pkg-site"))?;
    if studio_pkg.is_some() {
        studio::write_builtin(&root, &dist)?;
    }
    copy_www(&root.join("www"), &dist)?;
    // The crisis line and the messages of every fallback, from the Rust (before terser).
    fallback::write(&dist)?;
    css::write_app_css(&root, &dist.join("app.css"))?;
    // The pages' own stylesheets (www/*.css: the plan, the overview, the
    // widget, the builder) minified as app.css is; their comments stay in www/.
    for f in util::walk_files(&root.join("www"))?.iter().filter(|f| f.components().count() == 1 && util::has_ext(f, &["css"])) {
        let name = util::slash(f);
        let text = String::from_utf8_lossy(&util::read(&dist.join(f))?).into_owned();
        util::write(&dist.join(f), css::minify(&text, &name)?)?;
    }
    minify_js(&dist)?;

    if opts.prerender {
        // The start page before the wasm runs: the site's, and the iframe page's.
        prerender_into(&dist.join("index.html"), false)?;
        prerender_into(&dist.join("embed.html"), true)?;
    }
    // The overview of interventions: static pages of their own (issue 18),
    // with overview.js and overview.css from www/ (not in app.css: a first
    // visit of the app does not load them).
    for (lang, file) in OVERVIEW_PAGES {
        let html = native::overview(lang, false)?;
        step(&format!("overview: {file} ({} bytes of HTML)", html.len()));
        util::write(&dist.join(file), html)?;
    }
    for (lang, file) in EMPLOYER_PAGES {
        util::write(&dist.join(file), native::overview(lang, true)?)?;
    }
    for f in util::walk_files(&dist)?.iter().filter(|f| util::has_ext(f, &["html"])) {
        let path = dist.join(f);
        let original = String::from_utf8_lossy(&util::read(&path)?).into_owned();
        let allowed = inline::allow_inline_scripts(&comments::strip(&original)).map_err(|e| format!("{}: {e}", util::slash(f)))?;
        if allowed != original {
            util::write(&path, allowed)?;
        }
    }
    refs::check_relative(&dist)?;
    let hash = stamp::stamp(&dist)?;
    // After the stamp: the digests are of the files as served.
    worker::write_digests(&dist)?;
    step(&format!("built {} (build hash {hash})", dist.display()));
    Ok(Built { dist })
}

/// `cargo build --release --target wasm32-unknown-unknown --lib`; returns the .wasm path.
///
/// The standard library is compiled with the app (`-Zbuild-std`, allowed on a
/// stable toolchain by `RUSTC_BOOTSTRAP=1`, as Debian's route has always
/// needed) with panics as a bare trap (`immediate-abort`): no panic messages,
/// locations or formatting machinery in the wasm, 9.1 KB brotli less. A trap
/// reaches JavaScript as a `WebAssembly.RuntimeError`; `www/main.js` and
/// `www/embed.js` then show the "stopped" message.
fn compile_wasm(tools: &BuildTools, features: &str) -> Result<PathBuf, String> {
    let mut args = vec!["build", "--release", "--target", WASM_TARGET, "--lib", "-p", "keuzehulp", "-Zbuild-std=std,panic_abort"];
    if !features.is_empty() {
        args.extend(["--features", features]);
    }
    // One folder per feature set: the .wasm has no hash in its name, and std is built per folder.
    let mut suffix = if features.is_empty() { String::new() } else { format!("-features-{}", features.replace(',', "+")) };
    if panic_messages() {
        suffix.push_str("-panic-messages");
    }
    let (mut cmd, rustc, target) = match &tools.rust {
        RustWasm::Standard => {
            let rustc = std::env::var_os("RUSTC").map(PathBuf::from).unwrap_or_else(|| "rustc".into());
            (Command::new(util::cargo()), rustc, util::target_dir().join(format!("wasm{suffix}")))
        }
        RustWasm::Debian { cargo, rustc, linker } => {
            let mut cmd = Command::new(cargo);
            cmd.env("RUSTC", rustc).env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", linker).env_remove("RUSTUP_TOOLCHAIN");
            (cmd, rustc.clone(), util::target_dir().join(format!("debian{suffix}")))
        }
    };
    // Since Rust 1.92 immediate-abort is a panic strategy; before, a std feature.
    // No source locations either (what is left of them in std and the crates
    // only served panic messages): 0.6 KB brotli. XTASK_PANIC_MESSAGES=1
    // (for debugging, over the size budget) keeps both: yew's panic hook then
    // logs the message and where it happened.
    let rustflags = if panic_messages() {
        step("XTASK_PANIC_MESSAGES: panics keep their messages (a larger wasm)");
        ""
    } else if tools::rustc_minor(&rustc).is_some_and(|minor| minor >= 92) {
        "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
    } else {
        args.push("-Zbuild-std-features=panic_immediate_abort");
        "-Zlocation-detail=none"
    };
    run(cmd
        .args(&args)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", rustflags)
        // (these would override the line above)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(util::root()))?;
    let wasm = target.join(WASM_TARGET).join("release/keuzehulp.wasm");
    if wasm.is_file() { Ok(wasm) } else { Err(format!("cargo built no {}", wasm.display())) }
}

/// `XTASK_PANIC_MESSAGES` is set (and not 0): build with panic messages.
fn panic_messages() -> bool {
    std::env::var_os("XTASK_PANIC_MESSAGES").is_some_and(|v| !v.is_empty() && v != "0")
}

/// wasm-bindgen + wasm-opt, cached by the input wasm's content (fast when unchanged).
fn bindgen_and_opt(tools: &BuildTools, wasm: &Path, features: &str) -> Result<PathBuf, String> {
    let input = util::read(wasm)?;
    let mut h = util::FNV_START;
    util::fnv1a(&mut h, &input);
    util::fnv1a(&mut h, tools.wasm_bindgen_version.as_bytes());
    util::fnv1a(&mut h, WASM_OPT_FLAGS.join(" ").as_bytes());
    util::fnv1a(&mut h, b"short import names (walrus) 1");
    let cache_root = util::target_dir().join("xtask");
    // One cache entry per feature set: `pkg-<hash>`, `pkgf-test-hooks-<hash>`.
    let prefix = if features.is_empty() { "pkg-".to_string() } else { format!("pkgf-{}-", features.replace(',', "+")) };
    let cached = cache_root.join(format!("{prefix}{h:016x}"));
    let out_wasm = cached.join("keuzehulp_bg.wasm");
    if out_wasm.is_file() && cached.join("keuzehulp.js").is_file() {
        step("wasm unchanged: reusing the wasm-bindgen + wasm-opt output");
        return Ok(cached);
    }
    let tmp = cache_root.join(format!("{prefix}tmp"));
    let _ = std::fs::remove_dir_all(&tmp);
    run(Command::new(&tools.wasm_bindgen)
        .args(["--target", "web", "--no-typescript", "--out-name", "keuzehulp", "--out-dir"])
        .arg(&tmp)
        .arg(wasm))?;
    let bg = tmp.join("keuzehulp_bg.wasm");
    // (before wasm-opt, which then writes the module its own, smaller way)
    let renamed = names::shorten(&bg, &tmp.join("keuzehulp.js"))?;
    step(&format!("short names for {renamed} imports from the glue"));
    let before = size(&bg);
    run(Command::new(&tools.wasm_opt).args(WASM_OPT_FLAGS).arg(&bg).arg("-o").arg(&bg))?;
    step(&format!("wasm-opt: {} → {} bytes", before, size(&bg)));
    // Keep one cached output per feature set only.
    if let Ok(rd) = std::fs::read_dir(&cache_root) {
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with(&prefix) && e.path() != tmp {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    std::fs::rename(&tmp, &cached).map_err(|e| format!("{}: {e}", cached.display()))?;
    Ok(cached)
}

fn size(p: &Path) -> u64 {
    p.metadata().map(|m| m.len()).unwrap_or(0)
}

/// Empty the output folder, but only one that xtask made (or a new/empty one).
fn clean_dist(dist: &Path, root: &Path) -> Result<(), String> {
    if root.starts_with(dist) {
        return Err(format!("refusing to use {} as output: it holds the repository", dist.display()));
    }
    if dist.exists() {
        let empty = std::fs::read_dir(dist).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !empty && !dist.join(DIST_MARKER).exists() {
            return Err(format!(
                "refusing to empty {}: it was not made by `cargo xtask build` (no {DIST_MARKER})",
                dist.display()
            ));
        }
        std::fs::remove_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    util::write(&dist.join(DIST_MARKER), "made by cargo xtask build; emptied on every build\n")
}

/// Copy www/ into dist/, except www/css/ (that becomes dist/app.css).
fn copy_www(www: &Path, dist: &Path) -> Result<(), String> {
    for f in util::walk_files(www)? {
        if f.starts_with("css") {
            continue;
        }
        copy(&www.join(&f), &dist.join(&f))?;
    }
    Ok(())
}

/// terser (npm) over every .js in dist: the wasm-bindgen glue, main.js, the
/// service worker, the widget. Readable sources stay in www/.
fn minify_js(dist: &Path) -> Result<(), String> {
    let terser = tools::browser_dir().join("node_modules/terser/main.js");
    if !terser.is_file() {
        return Err(format!("{} is missing: run `cargo xtask build` again to install the npm packages", terser.display()));
    }
    let files: Vec<String> =
        util::walk_files(dist)?.iter().filter(|f| util::has_ext(f, &["js"])).map(|f| util::slash(f)).collect();
    run(Command::new("node")
        .arg(util::root().join("xtask/minify.mjs"))
        .arg(&terser)
        .arg(dist)
        .args(&files)
        .current_dir(util::root()))
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    util::write(to, util::read(from)?)
}

/// Replace `<!--prerender-->` with `keuzehulp prerender --lang nl`, and
/// `<!--prerender-en-->` with the English one in a template, if that exists
/// yet. `embedded`: the iframe page's start page (`--embedded`).
fn prerender_into(page: &Path, embedded: bool) -> Result<(), String> {
    let name = page.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let html = String::from_utf8_lossy(&util::read(page)?).into_owned();
    if !html.contains(PRERENDER_MARKER) {
        step(&format!("{name} has no <!--prerender--> marker: nothing to prerender"));
        return Ok(());
    }
    match native::prerender("nl", embedded)? {
        Some(markup) => {
            step(&format!("prerendered the start page into {name} ({} bytes of HTML)", markup.len()));
            let mut html = html.replacen(PRERENDER_MARKER, markup.trim(), 1);
            if html.contains(PRERENDER_EN_MARKER) {
                let en = native::prerender("en", embedded)?.unwrap_or_default();
                let template = format!("<template id=\"kh-prerender-en\">{}</template>", en.trim());
                html = html.replacen(PRERENDER_EN_MARKER, &template, 1);
            }
            util::write(page, html)
        }
        None => {
            step("prerender: skipped, `keuzehulp prerender` does not exist yet (the marker stays)");
            Ok(())
        }
    }
}
