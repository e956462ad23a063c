//! Size budget: what a first visit downloads, raw / gzip -9 / brotli -q11.
//!
//! Fails when the total brotli size passes 90 KB or the wasm alone passes 70 KB
//! (1 KB = 1024 bytes; TECH.md §6 suggests ≤ 100 KB brotli for a 100 Lighthouse score).

use crate::{refs, util};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const TOTAL_BROTLI_LIMIT: u64 = 90 * 1024;
pub const WASM_BROTLI_LIMIT: u64 = 70 * 1024;

pub struct Sizes {
    pub file: PathBuf,
    /// Content hash and length: the key of the size cache.
    pub key: String,
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

/// Sizes of one file; compressed sizes come from the cache when the content is known
/// (brotli -q11 of a big wasm takes seconds).
pub fn measure(dist: &Path, file: &Path, cache: &mut SizeCache) -> Result<Sizes, String> {
    let data = util::read(&dist.join(file))?;
    let mut h = util::FNV_START;
    util::fnv1a(&mut h, &data);
    let key = format!("{h:016x}-{}", data.len());
    let (gzip, brotli) = match cache.known.get(&key) {
        Some(&sizes) => sizes,
        None => {
            let sizes = (gzip_len(&data), brotli_len(&data));
            cache.known.insert(key.clone(), sizes);
            cache.changed = true;
            sizes
        }
    };
    Ok(Sizes { file: file.to_path_buf(), key, raw: data.len() as u64, gzip, brotli })
}

/// `target/xtask/size-cache.tsv`: content hash → gzip and brotli sizes.
#[derive(Default)]
pub struct SizeCache {
    known: BTreeMap<String, (u64, u64)>,
    changed: bool,
}

impl SizeCache {
    fn path() -> PathBuf {
        util::target_dir().join("xtask/size-cache.tsv")
    }

    pub fn load() -> SizeCache {
        let text = std::fs::read_to_string(Self::path()).unwrap_or_default();
        let known = text
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((f.next()?.to_string(), (f.next()?.parse().ok()?, f.next()?.parse().ok()?)))
            })
            .collect();
        SizeCache { known, changed: false }
    }

    /// Keep only the entries used this time, so the file does not grow.
    pub fn save(&self, used: &[Sizes]) {
        if self.changed {
            let text: String = used.iter().map(|s| format!("{}\t{}\t{}\n", s.key, s.gzip, s.brotli)).collect();
            let _ = util::write(&Self::path(), text);
        }
    }
}

pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// Measure, print the table, and say whether the budget holds.
pub fn check(dist: &Path) -> Result<Report, String> {
    let files = refs::first_visit(dist)?;
    let mut cache = SizeCache::load();
    let sizes = files.iter().map(|f| measure(dist, f, &mut cache)).collect::<Result<Vec<_>, _>>()?;
    cache.save(&sizes);
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

    #[test]
    fn cached_sizes_equal_fresh_ones() {
        let dir = std::env::temp_dir().join(format!("xtask-budget-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        util::write(&dir.join("a.js"), "let keuzehulp = 1;\n".repeat(100)).unwrap();
        let mut cache = SizeCache::default();
        let fresh = measure(&dir, Path::new("a.js"), &mut cache).unwrap();
        assert!(cache.changed);
        cache.changed = false;
        let again = measure(&dir, Path::new("a.js"), &mut cache).unwrap();
        assert!(!cache.changed, "second measurement came from the cache");
        assert_eq!((fresh.gzip, fresh.brotli), (again.gzip, again.brotli));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
