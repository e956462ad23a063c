// "Probeer de keuzehulp met deze regels" (issue 33): the keuzehulp running on
// the rules being edited in the studio. The studio tab opened this one; this
// page asks it (same origin only) for the content packs of the edited rules,
// then starts the app from the studio's wasm on them. A normal visit never
// comes here, and the real keuzehulp never reads these packs.

import init, * as glue from "./pkg-studio/keuzehulp.js";

const TEXT = {
  en: {
    bannerTitle: "Preview with rules from the rules studio.",
    bannerText: "This is not the real choice aid: the rules have not been checked by the maintainer yet.",
  },
};
const FAILED = {
  nl: "Dit voorbeeld werkt alleen als je het opent met de knop in de regelstudio, terwijl de studio nog open is.",
  en: "This preview only works when you open it with the button in the rules studio, while the studio is still open.",
};

const lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl";

/** The packs from the studio that opened this tab: { fingerprint, nl, en }. */
function packsFromStudio() {
  return new Promise((resolve, reject) => {
    const studio = window.opener;
    if (!studio) return reject(new Error("no studio"));
    const timer = setTimeout(() => reject(new Error("the studio did not answer")), 5000);
    window.addEventListener("message", function answer(event) {
      if (event.origin !== location.origin || event.source !== studio || event.data?.type !== "ks-packs") return;
      window.removeEventListener("message", answer);
      clearTimeout(timer);
      resolve(event.data);
    });
    studio.postMessage({ type: "ks-preview-ready" }, location.origin);
  });
}

async function start() {
  document.documentElement.lang = lang;
  if (lang === "en") {
    for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll("[data-t]"))) el.textContent = TEXT.en[el.dataset.t] || el.textContent;
    document.title = "Preview from the rules studio – Work stress choice aid";
  }
  try {
    const packs = await packsFromStudio();
    await init({ module_or_path: new URL("pkg-studio/keuzehulp_bg.wasm", import.meta.url) });
    glue.studio_preview_rules(packs.fingerprint);
    glue.set_content_loader(async (code) => packs[code]);
    glue.add_content(lang, packs[lang]);
    glue.start(lang);
    document.documentElement.dataset.keuzehulp = "ready";
  } catch (err) {
    console.warn("studio preview:", err);
    const failed = document.getElementById("ks-preview-failed");
    failed.textContent = FAILED[lang];
    failed.hidden = false;
    document.documentElement.dataset.keuzehulp = "failed";
  }
}

start();
