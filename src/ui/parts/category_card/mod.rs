//! One recommended approach: why it fits (in the user's words), what to do this
//! week, whom to involve, levels, ZonMw success factors, and its named tools
//! with an evidence label.

use yew::AttrValue;

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::links::{overview_href, overview_link};
use crate::ui::markup::{Markup, after_first_sentence, card, external, first_sentence, html, reasons, section};
use crate::ui::text::{self, T, t};

pub struct Props<'a> {
    pub lang: Lang,
    /// Index into the rule set's categories.
    pub category: usize,
    pub roles: u32,
    /// The answer to `fase` (0 when unanswered): a card's next step can differ per stage.
    pub stages: u32,
    pub reasons: Vec<AttrValue>,
    /// Tool indexes, with whether the advice recommends them.
    pub tools: Vec<(usize, bool)>,
    /// Folded into a `<details>` (approaches further down the list).
    pub collapsed: bool,
    /// The public site (`https://…/`) in a widget; empty on the site itself.
    pub site: &'a str,
    /// Whether its success text shows (`engine::Shown::success`: once a page).
    pub success: bool,
}

/// One tool with its evidence label.
fn tool(lang: Lang, i: usize) -> Markup {
    let tool = &rules().tools[i];
    let name = tool.name.get(lang);
    html! {
        li.kh-tool {
            p.kh-tool__name {
                strong {
                    @match &tool.url {
                        Some(url) => (external(lang, url, name)),
                        None => (name),
                    }
                }
            }
            p.kh-tool__evidence {
                span.kh-visually-hidden { (t(lang, T::Evidence)) ": " }
                span class={ "kh-badge kh-badge--" (tool.evidence.id()) } { (text::evidence(lang, tool.evidence)) }
            }
            p { (tool.summary.get(lang)) }
            @if let Some(get) = &tool.get { p.kh-tool__get { strong { (t(lang, T::WhereToGet)) ": " } (get.get(lang)) } }
            p.kh-muted { (tool.evidence_note.get(lang)) }
        }
    }
}

pub fn category_card(props: &Props) -> Markup {
    let lang = props.lang;
    let category = &rules().categories[props.category];
    // The tools the advice recommends are shown; the others of this approach are folded.
    let recommended = props.tools.iter().filter(|(_, r)| *r).count();
    let (shown, folded) = props.tools.split_at(if recommended == 0 { props.tools.len().min(1) } else { recommended });
    let summary = category.summary.get(lang);
    let body = html! {
        // Short and open: what it is, why it fits, one next step (issue 16).
        p { (first_sentence(summary)) }
        @if let Some(why) = props.reasons.first() {
            p.kh-card__why { strong { (t(lang, T::WhyFits)) ":" } " " (first_sentence(why)) }
        }
        p.kh-card__next { strong { (t(lang, T::NextStep)) ":" } " " (category.this_week_for(props.roles, props.stages).get(lang)) }
        // The rest folded.
        details.kh-card__more {
            summary { (t(lang, T::MoreAbout)) }
            // The rest of the summary: its first sentence is in the open card.
            @if !after_first_sentence(summary).is_empty() {
                p { (after_first_sentence(summary)) }
            }
            p.kh-card__meta {
                span {
                    (t(lang, T::Levels)) ": "
                    @for (i, &level) in category.levels.iter().enumerate() {
                        @if i > 0 { ", " }
                        (text::level(lang, level))
                    }
                }
                @if category.zonmw {
                    // The gap is only visual: a full stop keeps the two apart for screen readers.
                    span.kh-visually-hidden { ". " }
                    span class="kh-badge kh-badge--zonmw" { (t(lang, T::ZonmwBadge)) }
                }
            }
            p { (overview_link(lang, props.site, &overview_href(lang, props.site, &category.id), "kh-card__overview", T::InOverview)) }
            (reasons(lang, &props.reasons, true))
            (section(lang, T::Involve, category.involve_for(props.roles, props.stages).get(lang)))
            @if let Some(success) = category.success.as_ref().filter(|_| props.success) {
                (section(lang, T::Success, success.get(lang)))
            }
            @if !props.tools.is_empty() {
                h4 { (t(lang, T::Tools)) }
                ul.kh-tools { @for &(i, _) in shown { (tool(lang, i)) } }
                @if !folded.is_empty() {
                    details.kh-tools-more {
                        summary { (t(lang, T::MoreTools)) " (" (folded.len()) ")" }
                        ul.kh-tools { @for &(i, _) in folded { (tool(lang, i)) } }
                    }
                }
            }
        }
    };
    card(category.name.get(lang), props.collapsed, None, body)
}
