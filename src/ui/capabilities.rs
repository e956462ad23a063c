//! What this build of the interface can do. The one place where the UI's
//! capabilities are switched by cargo features (`widget`, `plan`); everything
//! else asks these constants, so a build without a capability still compiles
//! all of its code (natively every capability is on) and the optimiser drops
//! what a constant switches off.
//!
//! (`src/web/` picks which wasm entry points exist, `test-hooks` included:
//! those are exports, not capabilities of the interface.)

/// Whether this build can run embedded: the widget's wasm, and native builds
/// (prerendering, tests). The site's wasm never is, and so leaves the
/// embedded-only code out (1 KB brotli).
pub const EMBEDDABLE: bool = cfg!(any(feature = "widget", not(target_arch = "wasm32")));

/// Whether this build keeps the browser history of an embedded app
/// (`ui::hooks::embedded_history`): the widget's wasm only (natively there
/// is no history).
pub const EMBEDDED_HISTORY: bool = cfg!(all(target_arch = "wasm32", feature = "widget"));

/// Whether this build shows the plan page itself: the widget's wasm (which
/// `plan.html` loads too) and native builds. The site's wasm sends "Maak je
/// plan" to `plan.html` instead, so its first visit carries none of the plan
/// page's code (about 9 KB brotli).
pub const PLAN_PAGE: bool = cfg!(any(feature = "plan", not(target_arch = "wasm32")));

/// The page that shows the plan when this build does not.
pub const PLAN_HTML: &str = "plan.html";
