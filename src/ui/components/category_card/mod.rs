//! One recommended approach: why it fits (in the user's words), what to do this
//! week, whom to involve, levels, ZonMw success factors, and its named tools
//! with an evidence label.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::markup::{Markup, card, external, external_with, first_sentence, reasons, section};
use crate::ui::text::{self, T};

pub struct Props {
    pub lang: Lang,
    /// Index into the rule set's categories.
    pub category: usize,
    pub roles: u32,
    pub reasons: Vec<AttrValue>,
    /// Tool indexes, with whether the advice recommends them.
    pub tools: Vec<(usize, bool)>,
    /// Folded into a `<details>` (approaches further down the list).
    pub collapsed: bool,
}

/// The public site (`https://…/`) the widget's links point to; empty on the
/// site itself (relative links). Set once by `web::widget::mount_widget`.
pub static SITE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// This approach in the overview of interventions (`keuzehulp overview`): its
/// page per language, its anchor `aanpak-<id>`.
pub fn overview_href(lang: Lang, id: &str) -> String {
    format!("{}#aanpak-{id}", overview_page(lang))
}

/// The overview page in `lang`, at the public site in a widget.
pub fn overview_page(lang: Lang) -> String {
    let page = if lang == Lang::En { "overview.html" } else { "overzicht.html" };
    format!("{}{page}", SITE.get().map_or("", String::as_str))
}

/// A link to the overview: in a widget or iframe (the public site set) it
/// opens in a new window, so the host page or the frame stays.
pub fn overview_link(m: &mut Markup, lang: Lang, href: &str, class: &'static str, key: T) {
    if SITE.get().is_some_and(|s| !s.is_empty()) {
        external_with(m, lang, href, class, |m| {
            m.ui(lang, key);
        });
    } else {
        m.raw("<a class=\"").raw(class).raw("\" href=\"").text(href).raw("\">").ui(lang, key).raw("</a>");
    }
}

/// A plain function (no state), written as markup: see `ui::markup`.
pub fn category_card(m: &mut Markup, props: &Props) {
    let lang = props.lang;
    let category = &rules().categories[props.category];
    let tool = |m: &mut Markup, &(i, _): &(usize, bool)| {
        let tool = &rules().tools[i];
        let name = tool.name.get(lang);
        m.raw("<li class=\"kh-tool\"><p class=\"kh-tool__name\"><strong>");
        match &tool.url {
            Some(url) => external(m, lang, url, name),
            None => {
                m.text(name);
            }
        }
        m.raw("</strong></p><p class=\"kh-tool__evidence\"><span class=\"kh-visually-hidden\">").ui(lang, T::Evidence);
        m.raw(": </span><span class=\"kh-badge kh-badge--").text(tool.evidence.id()).raw("\">");
        m.text(text::evidence(lang, tool.evidence)).raw("</span></p><p>").text(tool.summary.get(lang));
        m.raw("</p><p class=\"kh-muted\">").text(tool.evidence_note.get(lang)).raw("</p>");
        m.raw("</li>");
    };
    // The tools the advice recommends are shown; the others of this approach are folded.
    let recommended = props.tools.iter().filter(|(_, r)| *r).count();
    let (shown, folded) = props.tools.split_at(if recommended == 0 { props.tools.len().min(1) } else { recommended });
    card(m, category.name.get(lang), props.collapsed, "", |m| {
        // Short and open: what it is, why it fits, one next step (issue 16).
        let summary = category.summary.get(lang);
        m.raw("<p>").text(first_sentence(summary)).raw("</p>");
        if let Some(why) = props.reasons.first() {
            m.raw("<p class=\"kh-card__why\"><strong>").ui(lang, T::WhyFits).raw(":</strong> ").text(first_sentence(why)).raw("</p>");
        }
        m.raw("<p class=\"kh-card__next\"><strong>").ui(lang, T::NextStep).raw(":</strong> ");
        m.text(category.this_week_for(props.roles).get(lang)).raw("</p>");
        // The rest folded.
        m.raw("<details class=\"kh-card__more\"><summary>").ui(lang, T::MoreAbout).raw("</summary>");
        if summary.len() > first_sentence(summary).len() {
            m.raw("<p>").text(summary).raw("</p>");
        }
        m.raw("<p class=\"kh-card__meta\"><span>").ui(lang, T::Levels).raw(": ");
        for (i, &level) in category.levels.iter().enumerate() {
            if i > 0 {
                m.raw(", ");
            }
            m.text(text::level(lang, level));
        }
        m.raw("</span>");
        if category.zonmw {
            // The gap is only visual: a full stop keeps the two apart for screen readers.
            m.raw("<span class=\"kh-visually-hidden\">. </span><span class=\"kh-badge kh-badge--zonmw\">").ui(lang, T::ZonmwBadge).raw("</span>");
        }
        m.raw("</p>");
        m.raw("<p>");
        overview_link(m, lang, &overview_href(lang, &category.id), "kh-card__overview", T::InOverview);
        m.raw("</p>");
        reasons(m, lang, &props.reasons);
        section(m, lang, T::Involve, category.involve_for(props.roles).get(lang));
        if let Some(success) = &category.success {
            section(m, lang, T::Success, success.get(lang));
        }
        if !props.tools.is_empty() {
            m.raw("<h4>").ui(lang, T::Tools).raw("</h4><ul class=\"kh-tools\">");
            shown.iter().for_each(|x| tool(m, x));
            m.raw("</ul>");
            if !folded.is_empty() {
                m.raw("<details class=\"kh-tools-more\"><summary>").ui(lang, T::MoreTools);
                m.raw(" (").text(&folded.len().to_string()).raw(")</summary><ul class=\"kh-tools\">");
                folded.iter().for_each(|x| tool(m, x));
                m.raw("</ul></details>");
            }
        }
        m.raw("</details>");
    });
}

