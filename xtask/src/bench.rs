//! `cargo xtask bench`: the list of benchmarks (a placeholder for now).

pub fn bench() {
    println!(
        "\
xtask bench: benchmarks of the keuzehulp

available now:
  size budget      `cargo xtask test` measures every file a first visit downloads
                   (raw, gzip -9, brotli -q11); the table is also written to
                   target/xtask/sizes.txt

planned (not yet wired in):
  lighthouse       Lighthouse mobile (npm lighthouse@12 + Debian chromium) on the
                   served dist: performance, LCP, TBT, accessibility
  engine           time to evaluate the whole answer space natively (cargo bench)
  startup          wasm download + compile + first render, from the browser's
                   performance timeline (playwright-core)"
    );
}
