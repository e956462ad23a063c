// The rules studio's answer-space check (issue 33), off the page's thread:
// given the rule files, it checks the safety invariants on every complete
// answer set, chunk by chunk (crates/studio/src/invariants.rs), and reports
// after each chunk. The page stops it with Worker.terminate().

import init, { studio_check, studio_chunks, studio_check_chunk } from "./pkg-studio/keuzehulp.js";

self.onmessage = async (event) => {
  try {
    await init({ module_or_path: new URL("./pkg-studio/keuzehulp_bg.wasm", import.meta.url) });
    const { names, texts } = event.data;
    const checked = JSON.parse(studio_check(names, texts));
    if (!checked.ok) {
      self.postMessage({ type: "error", message: "rules" });
      return;
    }
    const chunks = studio_chunks();
    let checkedSets = 0;
    for (let done = 0; done < chunks; ) {
      const found = JSON.parse(studio_check_chunk(done));
      if (found.error) {
        self.postMessage({ type: "error", message: found.error });
        return;
      }
      done++;
      checkedSets += found.checked;
      self.postMessage({ type: "progress", done, chunks, checked: checkedSets, failures: found.failures });
    }
    self.postMessage({ type: "done", checked: checkedSets });
  } catch (e) {
    self.postMessage({ type: "error", message: String(e) });
  }
};
