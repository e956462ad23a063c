//! A line diff (after trimming the common start and end, Myers' O((N+M)·D)
//! shortest edit script on the middle: an expert's edits are few, so D is
//! small, even when two edits far apart leave a long middle; a long table of
//! the longest common subsequence when D is not), and a unified diff of one
//! file that `git apply` and `patch -p1` take.

/// One step from the old lines to the new: keep, delete an old line, insert a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Same(usize, usize),
    Delete(usize),
    Insert(usize),
}

/// The most lines of the changed middle compared pairwise (a table of this
/// many cells); beyond it, the middle counts as replaced whole.
const MAX_TABLE: usize = 16_000_000;

/// The most edits [`myers`] looks for before the table takes over.
const MAX_EDITS: usize = 1000;

/// Myers' shortest edit script from `a` to `b` (indices from 0), when it has
/// at most `max_d` deletions and insertions. Keeps, for each D, only the
/// furthest reach on diagonals -D..=D (D² numbers in all).
fn myers<T: PartialEq>(a: &[T], b: &[T], max_d: usize) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max_d = max_d.min(a.len() + b.len()) as isize;
    // v[k + d] of step d: the furthest x on diagonal k = x - y.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let mut v: Vec<isize> = vec![0; 1];
    let snake = |mut x: isize, mut y: isize| {
        while x < n && y < m && a[x as usize] == b[y as usize] {
            x += 1;
            y += 1;
        }
        x
    };
    let mut found = None;
    'search: for d in 0..=max_d {
        let mut next = vec![0isize; 2 * d as usize + 1];
        for k in (-d..=d).step_by(2) {
            // From the previous step's v (index k + (d - 1)).
            let prev = |k: isize| v[(k + d - 1) as usize];
            let x = if d == 0 {
                0
            } else if k == -d || (k != d && prev(k - 1) < prev(k + 1)) {
                prev(k + 1)
            } else {
                prev(k - 1) + 1
            };
            let x = snake(x, x - k);
            next[(k + d) as usize] = x;
            if x >= n && x - k >= m {
                trace.push(next);
                found = Some(d);
                break 'search;
            }
        }
        trace.push(next);
        v = trace.last().cloned().unwrap_or_default();
    }
    let d_end = found?;
    // Back from (n, m) to (0, 0).
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (1..=d_end).rev() {
        let k = x - y;
        let prev = |k: isize| trace[d as usize - 1][(k + d - 1) as usize];
        let prev_k = if k == -d || (k != d && prev(k - 1) < prev(k + 1)) { k + 1 } else { k - 1 };
        let prev_x = prev(prev_k);
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            x -= 1;
            y -= 1;
            ops.push(Op::Same(x as usize, y as usize));
        }
        if x == prev_x {
            y -= 1;
            ops.push(Op::Insert(y as usize));
        } else {
            x -= 1;
            ops.push(Op::Delete(x as usize));
        }
    }
    while x > 0 && y > 0 {
        x -= 1;
        y -= 1;
        ops.push(Op::Same(x as usize, y as usize));
    }
    ops.reverse();
    Some(ops)
}

pub fn lines<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Same(i, i)).collect();
    if let Some(middle) = myers(ma, mb, MAX_EDITS) {
        ops.extend(middle.into_iter().map(|o| match o {
            Op::Same(i, j) => Op::Same(prefix + i, prefix + j),
            Op::Delete(i) => Op::Delete(prefix + i),
            Op::Insert(j) => Op::Insert(prefix + j),
        }));
    } else if ma.len().saturating_mul(mb.len()) > MAX_TABLE {
        ops.extend((0..ma.len()).map(|i| Op::Delete(prefix + i)));
        ops.extend((0..mb.len()).map(|j| Op::Insert(prefix + j)));
    } else {
        // lcs[i][j]: the common subsequence of ma[i..] and mb[j..].
        let w = mb.len() + 1;
        let mut lcs = vec![0u32; (ma.len() + 1) * w];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                lcs[i * w + j] = if ma[i] == mb[j] { lcs[(i + 1) * w + j + 1] + 1 } else { lcs[(i + 1) * w + j].max(lcs[i * w + j + 1]) };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
                ops.push(Op::Same(prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if j < mb.len() && (i == ma.len() || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
                ops.push(Op::Insert(prefix + j));
                j += 1;
            } else {
                ops.push(Op::Delete(prefix + i));
                i += 1;
            }
        }
    }
    let (sa, sb) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|k| Op::Same(sa + k, sb + k)));
    // Within a run of changes, deletions first (as diff tools show them).
    let mut k = 0;
    while k < ops.len() {
        if matches!(ops[k], Op::Same(..)) {
            k += 1;
            continue;
        }
        let end = ops[k..].iter().position(|o| matches!(o, Op::Same(..))).map_or(ops.len(), |n| k + n);
        ops[k..end].sort_by_key(|o| match *o {
            Op::Delete(i) => (0, i),
            Op::Insert(j) => (1, j),
            Op::Same(..) => (2, 0),
        });
        k = end;
    }
    ops
}

const CONTEXT: usize = 3;

/// The unified diff of one file at `path` (relative to the repository,
/// e.g. `rules/rules.toml`), empty when nothing changed.
pub fn unified(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let ops = lines(&a, &b);
    let mut out = format!("diff --git a/{path} b/{path}\n--- a/{path}\n+++ b/{path}\n");
    let changed: Vec<usize> = ops.iter().enumerate().filter(|(_, o)| !matches!(o, Op::Same(..))).map(|(k, _)| k).collect();
    let mut k = 0;
    while k < changed.len() {
        // A hunk: changes less than 2 × CONTEXT apart go together.
        let start = changed[k].saturating_sub(CONTEXT);
        let mut last = changed[k];
        while k + 1 < changed.len() && changed[k + 1] - last <= 2 * CONTEXT {
            k += 1;
            last = changed[k];
        }
        let end = (last + CONTEXT + 1).min(ops.len());
        let hunk = &ops[start..end];
        let old_start = first_line(&ops[start..], true);
        let new_start = first_line(&ops[start..], false);
        let old_count = hunk.iter().filter(|o| !matches!(o, Op::Insert(_))).count();
        let new_count = hunk.iter().filter(|o| !matches!(o, Op::Delete(_))).count();
        // An empty range names the line before it (0 for the start of the file).
        let at = |s: usize, n: usize| if n == 0 { s } else { s + 1 };
        out.push_str(&format!("@@ -{},{old_count} +{},{new_count} @@\n", at(old_start, old_count), at(new_start, new_count)));
        for op in hunk {
            let (sign, line) = match *op {
                Op::Same(i, _) => (' ', a[i]),
                Op::Delete(i) => ('-', a[i]),
                Op::Insert(j) => ('+', b[j]),
            };
            out.push(sign);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
        k += 1;
    }
    out
}

/// The 0-based line in the old (or new) file where `ops` begin.
fn first_line(ops: &[Op], old: bool) -> usize {
    for op in ops {
        match (*op, old) {
            (Op::Same(i, _), true) | (Op::Delete(i), true) => return i,
            (Op::Same(_, j), false) | (Op::Insert(j), false) => return j,
            _ => {}
        }
    }
    // Only the other side's lines: the position after what came before.
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies a unified diff made by [`unified`] (as `patch` would), to check it round-trips.
    fn apply(old: &str, diff: &str) -> String {
        let a: Vec<&str> = old.split_inclusive('\n').collect();
        let mut out = String::new();
        let mut next = 0; // the next old line not yet copied
        let mut lines = diff.split_inclusive('\n').skip(3).peekable();
        while let Some(header) = lines.next() {
            assert!(header.starts_with("@@ -"), "{header}");
            let range = header[4..].split(' ').next().unwrap();
            let (s, n) = range.split_once(',').unwrap();
            let (s, n): (usize, usize) = (s.parse().unwrap(), n.parse().unwrap());
            let begin = if n == 0 { s } else { s - 1 };
            for l in &a[next..begin] {
                out.push_str(l);
            }
            next = begin;
            while let Some(l) = lines.peek() {
                if l.starts_with("@@") {
                    break;
                }
                let l = lines.next().unwrap();
                let no_newline = lines.peek().is_some_and(|n| n.starts_with('\\'));
                let body = if no_newline { l.strip_suffix('\n').unwrap() } else { l };
                if no_newline {
                    lines.next();
                }
                match &body[..1] {
                    " " => {
                        out.push_str(&body[1..]);
                        next += 1;
                    }
                    "-" => next += 1,
                    "+" => out.push_str(&body[1..]),
                    _ => panic!("{body}"),
                }
            }
        }
        for l in &a[next..] {
            out.push_str(l);
        }
        out
    }

    #[test]
    fn unified_diffs_round_trip() {
        let old: String = (1..=30).map(|i| format!("line {i}\n")).collect();
        let cases = [
            old.replace("line 5\n", "line five\n"),
            old.replace("line 5\n", "line five\n").replace("line 25\n", ""),
            format!("first\n{old}last"),
            old.replace("line 1\n", ""),
            String::new(),
            old.replace("line 7\n", "line 7\nnew a\nnew b\n"),
        ];
        for new in cases {
            let diff = unified("rules/x.toml", &old, &new);
            assert!(diff.starts_with("diff --git a/rules/x.toml b/rules/x.toml\n--- a/rules/x.toml\n+++ b/rules/x.toml\n@@ "), "{diff}");
            assert_eq!(apply(&old, &diff), new, "{diff}");
            assert_eq!(apply(&new, &unified("rules/x.toml", &new, &old)), old);
        }
        assert_eq!(unified("x", "a\n", "a\n"), "");
    }

    #[test]
    fn a_one_line_change_is_one_small_hunk() {
        let old: String = (1..=30).map(|i| format!("line {i}\n")).collect();
        let diff = unified("rules/x.toml", &old, &old.replace("line 10\n", "line ten\n"));
        let hunk: Vec<&str> = diff.lines().skip(3).collect();
        assert_eq!(hunk, ["@@ -7,7 +7,7 @@", " line 7", " line 8", " line 9", "-line 10", "+line ten", " line 11", " line 12", " line 13"]);
    }

    /// The length of the longest common subsequence (the plain table).
    fn lcs(a: &[u8], b: &[u8]) -> usize {
        let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                t[i][j] = if a[i] == b[j] { t[i + 1][j + 1] + 1 } else { t[i + 1][j].max(t[i][j + 1]) };
            }
        }
        t[0][0]
    }

    #[test]
    fn myers_finds_a_shortest_script_that_turns_a_into_b() {
        // Small sequences over a small alphabet (many ties), from a fixed pseudo-random walk.
        let mut seed = 0x2545_f491_u32;
        let mut next = |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % n
        };
        for _ in 0..2000 {
            let a: Vec<u8> = (0..next(12)).map(|_| b'a' + next(3) as u8).collect();
            let b: Vec<u8> = (0..next(12)).map(|_| b'a' + next(3) as u8).collect();
            let ops = myers(&a, &b, 100).unwrap();
            let built: Vec<u8> = ops.iter().filter_map(|o| match *o {
                Op::Same(i, j) => { assert_eq!(a[i], b[j]); Some(b[j]) }
                Op::Insert(j) => Some(b[j]),
                Op::Delete(_) => None,
            }).collect();
            assert_eq!(built, b, "{a:?} {b:?} {ops:?}");
            let kept: Vec<usize> = ops.iter().filter_map(|o| match *o { Op::Same(i, _) | Op::Delete(i) => Some(i), _ => None }).collect();
            assert_eq!(kept, (0..a.len()).collect::<Vec<_>>());
            assert_eq!(ops.iter().filter(|o| matches!(o, Op::Same(..))).count(), lcs(&a, &b), "{a:?} {b:?}");
            assert_eq!(lines(&a, &b).iter().filter(|o| matches!(o, Op::Same(..))).count(), lcs(&a, &b));
        }
        // Past the limit: none (the table takes over).
        assert!(myers(b"abc", b"xyz", 2).is_none());
    }

    #[test]
    fn two_edits_far_apart_in_a_long_file_are_two_small_hunks() {
        // (The old table had 4000 × 4000 cells here: slow on every pause in typing.)
        let old: String = (1..=8000).map(|i| format!("line {i}\n")).collect();
        let new = old.replace("line 2000\n", "line two thousand\n").replace("line 6000\n", "line 6000\n# a comment\n");
        let diff = unified("rules/x.toml", &old, &new);
        assert_eq!(diff.lines().filter(|l| l.starts_with("@@")).count(), 2, "{diff}");
        assert_eq!(diff.lines().count(), 3 + 9 + 8, "{diff}");
        assert_eq!(apply(&old, &diff), new);
    }
}
