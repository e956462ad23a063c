//! Size budget: what a first visit downloads, raw / gzip -9 / brotli -q11.
//!
//! Fails when the total brotli size passes 90 KB or the wasm alone passes 70 KB
//! (1 KB = 1024 bytes; TECH.md §6 suggests ≤ 100 KB brotli for a 100 Lighthouse score).

use crate::{refs, util};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const TOTAL_BROTLI_LIMIT: u64 = 90 * 1024;
pub const WASM_BROTLI_LIMIT: u64 = 70 * 1024;

pub struct Sizes {
    pub file: PathBuf,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

pub struct Report {
    pub ok: bool,
    /// One line for the test summary.
    pub summary: String,
}

pub fn gzip_len(data: &[u8]) -> u64 {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).expect("writing to memory");
    enc.finish().expect("writing to memory").len() as u64
}

pub fn brotli_len(data: &[u8]) -> u64 {
    let mut w = brotli::CompressorWriter::new(Vec::new(), 4096, 11, 22);
    w.write_all(data).expect("writing to memory");
    w.into_inner().len() as u64
}

pub fn measure(dist: &Path, file: &Path) -> Result<Sizes, String> {
    let data = util::read(&dist.join(file))?;
    Ok(Sizes { file: file.to_path_buf(), raw: data.len() as u64, gzip: gzip_len(&data), brotli: brotli_len(&data) })
}

pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// Measure, print the table, and say whether the budget holds.
pub fn check(dist: &Path) -> Result<Report, String> {
    let files = refs::first_visit(dist)?;
    let sizes = files.iter().map(|f| measure(dist, f)).collect::<Result<Vec<_>, _>>()?;
    let total = |f: fn(&Sizes) -> u64| sizes.iter().map(f).sum::<u64>();
    let (raw, gz, br) = (total(|s| s.raw), total(|s| s.gzip), total(|s| s.brotli));
    let wasm_br: u64 = sizes.iter().filter(|s| util::has_ext(&s.file, &["wasm"])).map(|s| s.brotli).sum();

    let mut table = String::new();
    table.push_str(&format!("{:<34} {:>10} {:>10} {:>10}\n", "first visit downloads", "raw", "gzip", "brotli"));
    for s in &sizes {
        table.push_str(&format!(
            "{:<34} {:>10} {:>10} {:>10}\n",
            util::slash(&s.file),
            kb(s.raw),
            kb(s.gzip),
            kb(s.brotli)
        ));
    }
    table.push_str(&format!("{:<34} {:>10} {:>10} {:>10}\n", "total", kb(raw), kb(gz), kb(br)));
    print!("{table}");
    let others: Vec<String> = util::walk_files(dist)?
        .into_iter()
        .filter(|f| !files.contains(f) && !util::slash(f).starts_with('.'))
        .map(|f| util::slash(&f))
        .collect();
    if !others.is_empty() {
        println!("not loaded on a first visit: {}", others.join(", "));
    }
    let _ = util::write(&util::target_dir().join("xtask/sizes.txt"), &table);

    let total_ok = br <= TOTAL_BROTLI_LIMIT;
    let wasm_ok = wasm_br <= WASM_BROTLI_LIMIT;
    let verdict = |ok: bool| if ok { "ok" } else { "OVER BUDGET" };
    println!(
        "budget: total brotli {} of {} allowed: {}; wasm brotli {} of {} allowed: {}",
        kb(br),
        kb(TOTAL_BROTLI_LIMIT),
        verdict(total_ok),
        kb(wasm_br),
        kb(WASM_BROTLI_LIMIT),
        verdict(wasm_ok)
    );
    Ok(Report {
        ok: total_ok && wasm_ok,
        summary: format!(
            "total {} br (limit {}), wasm {} br (limit {})",
            kb(br),
            kb(TOTAL_BROTLI_LIMIT),
            kb(wasm_br),
            kb(WASM_BROTLI_LIMIT)
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_shrinks_repetitive_data() {
        let data = "keuzehulp werkstress ".repeat(500);
        let (g, b) = (gzip_len(data.as_bytes()), brotli_len(data.as_bytes()));
        assert!(g < data.len() as u64 / 10 && b < data.len() as u64 / 10, "{g} {b}");
    }
}
