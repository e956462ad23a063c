//! Zip archives. [`stored`] writes the changed rule files in one download
//! (stored, uncompressed: every unzip tool reads it). [`read`] opens the zip
//! of a `rules/` folder an expert drops or chooses: stored and deflate
//! entries (Windows Explorer, macOS Finder, `zip -r`, [`stored`]), only the
//! `.toml` files, and a damaged or hostile zip (bad offsets, a zip bomb, a
//! name like `../x`, text that is not UTF-8) is an error that says what is
//! wrong. Deflate is `miniz_oxide` (pure Rust).

/// CRC-32 (IEEE), as zip wants it.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A zip of `files` (`(path, bytes)`), stored, with UTF-8 names.
pub fn stored(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1 January 2026, 12:00 (MS-DOS date and time): a fixed date, so the same files give the same zip.
    let (time, date): (u16, u16) = (12 << 11, ((2026 - 1980) << 9) | (1 << 5) | 1);
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // needed
            h.extend((1u16 << 11).to_le_bytes()); // UTF-8 names
            h.extend(0u16.to_le_bytes()); // stored
            h.extend(time.to_le_bytes());
            h.extend(date.to_le_bytes());
            h.extend(crc.to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central {
                h.extend(0u16.to_le_bytes()); // comment
                h.extend(0u16.to_le_bytes()); // disk
                h.extend(0u16.to_le_bytes()); // internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(data);
        central.extend(header(0x0201_4b50, true));
    }
    let start = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]); // disk numbers
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// At most this many bytes unpacked in all (the rule files are about 400 KB):
/// a zip bomb stops here.
pub const MAX_UNPACKED: usize = 5 * 1024 * 1024;
/// At most this many entries in the central directory.
pub const MAX_ENTRIES: usize = 10_000;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// Whether the studio reads this entry: a `.toml` file, not macOS's
/// `__MACOSX/` copies nor its `._name` resource forks.
fn wanted(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    name.ends_with(".toml") && !base.starts_with("._") && !name.starts_with("__MACOSX/")
}

/// A name that would leave the folder it is unpacked in, or is no plain path.
fn unsafe_path(name: &str) -> bool {
    name.starts_with('/')
        || name.contains('\\')
        || name.contains('\0')
        || name.as_bytes().get(1) == Some(&b':')
        || name.split('/').any(|part| part == "..")
}

/// The `.toml` files of a zip, `(path, text)`, in the zip's order; or what is wrong with it.
pub fn read(zip: &[u8]) -> Result<Vec<(String, String)>, String> {
    const END: u32 = 0x0605_4b50;
    const CENTRAL: u32 = 0x0201_4b50;
    const LOCAL: u32 = 0x0403_4b50;
    if zip.len() < 22 {
        return Err("this is not a zip file (too short)".into());
    }
    // The end record: the last 22 bytes, or earlier when the zip has a comment.
    let lowest = zip.len().saturating_sub(22 + 0xFFFF);
    let end = (lowest..=zip.len() - 22)
        .rev()
        .find(|&i| u32_at(zip, i) == Some(END))
        .ok_or("this is not a zip file (it has no end record)")?;
    let field = |at: usize| u16_at(zip, end + at).unwrap_or(0);
    let entries = field(10) as usize;
    let (size, offset) = (u32_at(zip, end + 12).unwrap_or(0), u32_at(zip, end + 16).unwrap_or(0));
    if entries == 0xFFFF || size == u32::MAX || offset == u32::MAX {
        return Err("this zip is in the zip64 format, which the studio cannot open: make a normal zip of the rules folder".into());
    }
    if field(4) != 0 || field(6) != 0 || field(8) != field(10) {
        return Err("this zip is split over several files: make one zip of the rules folder".into());
    }
    if entries > MAX_ENTRIES {
        return Err(format!("this zip has {entries} files; the studio opens at most {MAX_ENTRIES}"));
    }
    let (size, offset) = (size as usize, offset as usize);
    if offset.checked_add(size).is_none_or(|e| e > end) {
        return Err("this zip is damaged: its table of contents points outside the file".into());
    }
    let mut at = offset;
    let mut out = Vec::new();
    let mut unpacked = 0usize;
    for n in 1..=entries {
        let damaged = |what: &str| format!("this zip is damaged: {what} (entry {n})");
        if u32_at(zip, at) != Some(CENTRAL) || at + 46 > offset + size {
            return Err(damaged("the table of contents breaks off"));
        }
        let flags = u16_at(zip, at + 8).unwrap_or(0);
        let method = u16_at(zip, at + 10).unwrap_or(0);
        let crc = u32_at(zip, at + 16).unwrap_or(0);
        let packed = u32_at(zip, at + 20).unwrap_or(0) as usize;
        let declared = u32_at(zip, at + 24).unwrap_or(0) as usize;
        let name_len = u16_at(zip, at + 28).unwrap_or(0) as usize;
        let extra_len = u16_at(zip, at + 30).unwrap_or(0) as usize;
        let comment_len = u16_at(zip, at + 32).unwrap_or(0) as usize;
        let local = u32_at(zip, at + 42).unwrap_or(0) as usize;
        let name = zip.get(at + 46..at + 46 + name_len).ok_or_else(|| damaged("a name breaks off"))?;
        at += 46 + name_len + extra_len + comment_len;
        let Ok(name) = std::str::from_utf8(name) else {
            let shown = String::from_utf8_lossy(name).into_owned();
            return Err(format!("the name of a file in this zip is not UTF-8 text: {shown}"));
        };
        if unsafe_path(name) {
            return Err(format!("this zip holds a file named {name}, which points outside the folder: the studio does not open it"));
        }
        if name.ends_with('/') || !wanted(name) {
            continue;
        }
        if flags & 1 != 0 {
            return Err(format!("{name} in this zip is encrypted: make a zip without a password"));
        }
        if method != 0 && method != 8 {
            return Err(format!("{name} in this zip is packed with method {method}; the studio reads stored and deflate (make the zip with Explorer, Finder or `zip`)"));
        }
        unpacked = unpacked.saturating_add(declared);
        if unpacked > MAX_UNPACKED {
            return Err(format!("this zip unpacks to more than {} MB: the rules folder is far smaller", MAX_UNPACKED / (1024 * 1024)));
        }
        if u32_at(zip, local) != Some(LOCAL) {
            return Err(damaged(&format!("{name} is not where the table of contents says")));
        }
        let data_at = local + 30 + u16_at(zip, local + 26).unwrap_or(0) as usize + u16_at(zip, local + 28).unwrap_or(0) as usize;
        let data = zip
            .get(data_at..data_at.saturating_add(packed))
            .filter(|_| data_at.saturating_add(packed) <= offset)
            .ok_or_else(|| damaged(&format!("{name} runs past the end of its data")))?;
        let bytes = if method == 0 {
            if packed != declared {
                return Err(damaged(&format!("the sizes of {name} disagree")));
            }
            data.to_vec()
        } else {
            // Never more than declared (and the total cap): a lying size cannot blow up.
            miniz_oxide::inflate::decompress_to_vec_with_limit(data, declared)
                .map_err(|_| damaged(&format!("{name} cannot be unpacked")))?
        };
        if bytes.len() != declared || crc32(&bytes) != crc {
            return Err(damaged(&format!("{name} is not what the zip says it is (size or checksum)")));
        }
        let text = String::from_utf8(bytes).map_err(|_| format!("{name} in this zip is not UTF-8 text: save it as UTF-8"))?;
        out.push((name.to_string(), text));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_and_layout() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        let zip = stored(&[("rules/a.toml".into(), b"x = 1\n".to_vec())]);
        assert_eq!(&zip[..4], b"PK\x03\x04");
        assert_eq!(&zip[30..42], b"rules/a.toml");
        assert_eq!(&zip[42..48], b"x = 1\n");
        assert_eq!(&zip[zip.len() - 22..zip.len() - 18], b"PK\x05\x06");
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/zips").join(name)).unwrap()
    }

    #[test]
    fn zips_of_python_a_stream_zip_r_and_our_own_download_open() {
        let rules = "# Regels — één bestand\n[[rule]]\nid = \"x\"\n".repeat(40);
        let case = "[[case]]\nname = \"zzp\"\nanswers = \"rol=zzp\"\n";
        // (crates/studio/tests/zips/make.py made them: deflate; data descriptors; Info-ZIP's extra fields.)
        for name in ["python-deflate.zip", "python-streamed.zip", "zip-r.zip"] {
            let files = read(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let got: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
            assert_eq!(got, [("rules/rules.toml", rules.as_str()), ("tests/cases/roles.toml", case)], "{name}");
        }
        let own = stored(&[("rules/rules.toml".into(), rules.clone().into_bytes()), ("rules/first_steps.toml".into(), b"a = 1\n".to_vec())]);
        assert_eq!(read(&own).unwrap(), [("rules/rules.toml".to_string(), rules), ("rules/first_steps.toml".to_string(), "a = 1\n".to_string())]);
        assert_eq!(read(&stored(&[])).unwrap(), []);
    }

    /// A zip of one entry, as bytes a hostile hand could write: `packed` is
    /// what is stored, the sizes and crc are what the headers claim.
    fn one(name: &[u8], method: u16, packed: &[u8], declared: u32, crc: u32, flags: u16) -> Vec<u8> {
        let mut out = Vec::new();
        let header = |sig: u32, central: bool| {
            let mut h = sig.to_le_bytes().to_vec();
            if central {
                h.extend(20u16.to_le_bytes());
            }
            for v in [20u16, flags, method, 0, 0] {
                h.extend(v.to_le_bytes());
            }
            for v in [crc, packed.len() as u32, declared] {
                h.extend(v.to_le_bytes());
            }
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central {
                h.extend([0u8; 10]); // comment, disk, attributes
                h.extend(0u32.to_le_bytes()); // local header at 0
            }
            h.extend(name);
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(packed);
        let central = header(0x0201_4b50, true);
        let start = out.len() as u32;
        out.extend(&central);
        out.extend(0x0605_4b50u32.to_le_bytes());
        out.extend([0u8; 4]);
        out.extend(1u16.to_le_bytes());
        out.extend(1u16.to_le_bytes());
        out.extend((central.len() as u32).to_le_bytes());
        out.extend(start.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out
    }

    fn deflated(data: &[u8]) -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec(data, 6)
    }

    fn error(zip: &[u8]) -> String {
        read(zip).expect_err("should be refused")
    }

    #[test]
    fn a_damaged_or_hostile_zip_says_what_is_wrong_and_never_panics() {
        let text = b"x = 1\n";
        let good = one(b"rules/rules.toml", 8, &deflated(text), text.len() as u32, crc32(text), 0);
        assert_eq!(read(&good).unwrap(), [("rules/rules.toml".to_string(), "x = 1\n".to_string())]);

        // Path traversal, absolute and Windows paths.
        for name in [&b"../rules.toml"[..], b"rules/../../x.toml", b"/etc/x.toml", b"C:/x.toml", b"rules\\x.toml"] {
            let e = error(&one(name, 0, text, text.len() as u32, crc32(text), 0));
            assert!(e.contains("points outside the folder"), "{e}");
        }
        // A zip bomb: 6 MB of zeros in a few KB; declared honestly, or declared small.
        let zeros = vec![0u8; 6 * 1024 * 1024];
        let bomb = deflated(&zeros);
        assert!(bomb.len() < 20_000, "{}", bomb.len());
        assert!(error(&one(b"rules/rules.toml", 8, &bomb, zeros.len() as u32, crc32(&zeros), 0)).contains("more than 5 MB"));
        let e = error(&one(b"rules/rules.toml", 8, &bomb, 100, crc32(&zeros), 0));
        assert!(e.contains("cannot be unpacked") || e.contains("is not what the zip says"), "{e}");
        // Many entries whose sizes add up past the cap.
        let two_mb = vec![b'a'; 2 * 1024 * 1024];
        let many: Vec<(String, Vec<u8>)> = (0..3).map(|i| (format!("rules/{i}.toml"), two_mb.clone())).collect();
        assert!(error(&stored(&many)).contains("more than 5 MB"));
        // A wrong checksum, a lying stored size.
        assert!(error(&one(b"rules/rules.toml", 0, text, text.len() as u32, 7, 0)).contains("checksum"));
        assert!(error(&one(b"rules/rules.toml", 0, text, 3, crc32(text), 0)).contains("sizes of rules/rules.toml disagree"));
        // Not UTF-8: a name, a text.
        assert!(error(&one(b"rules/r\xe9gels.toml", 0, text, text.len() as u32, crc32(text), 0)).contains("not UTF-8 text: rules/r\u{fffd}gels.toml"));
        let latin1 = b"a = \"\xe9\"\n";
        assert!(error(&one(b"rules/rules.toml", 0, latin1, latin1.len() as u32, crc32(latin1), 0)).contains("rules/rules.toml in this zip is not UTF-8 text"));
        // Encrypted, another method.
        assert!(error(&one(b"rules/rules.toml", 0, text, text.len() as u32, crc32(text), 1)).contains("encrypted"));
        assert!(error(&one(b"rules/rules.toml", 14, text, text.len() as u32, crc32(text), 0)).contains("method 14"));
        // Bad offsets: the local header elsewhere, the directory outside the file, cut short.
        let mut moved = good.clone();
        let central = moved.len() - 22 - (46 + 16);
        moved[central + 42..central + 46].copy_from_slice(&5u32.to_le_bytes());
        assert!(error(&moved).contains("not where the table of contents says"));
        let mut outside = good.clone();
        let n = outside.len();
        outside[n - 6..n - 2].copy_from_slice(&u32::MAX.wrapping_sub(1).to_le_bytes());
        assert!(error(&outside).contains("points outside the file"));
        let mut big = good.clone();
        let packed_at = central + 20;
        big[packed_at..packed_at + 4].copy_from_slice(&10_000u32.to_le_bytes());
        assert!(error(&big).contains("runs past the end"));
        assert!(error(b"PK\x03\x04 not a zip at all, just a few bytes").contains("no end record"));
        assert!(error(b"").contains("not a zip file"));
        // Every cut and every flipped byte of a good zip: an answer, never a panic.
        for cut in 0..good.len() {
            let _ = read(&good[..cut]);
        }
        for i in 0..good.len() {
            for x in [0x00, 0xff, 0x80] {
                let mut bad = good.clone();
                bad[i] ^= x | 1;
                let _ = read(&bad);
            }
        }
    }
}
