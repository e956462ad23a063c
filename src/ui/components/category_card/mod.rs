//! One recommended approach: why it fits (in the user's words), what to do this
//! week, whom to involve, levels, ZonMw success factors, and its named tools
//! with an evidence label.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Evidence, Lang};
use crate::ui::components::{card, external, sources};
use crate::ui::text::{self, T, t};

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

fn badge_class(e: Evidence) -> String {
    format!("kh-badge kh-badge--{}", e.id())
}

/// A plain function (no state): see `crisis_banner`.
pub fn category_card(props: &Props) -> Html {
    let lang = props.lang;
    let category = &rules().categories[props.category];
    let name = category.name.get(lang);
    let levels: Vec<&str> = category.levels.iter().map(|&l| text::level(lang, l)).collect();
    let tool = |&(i, _): &(usize, bool)| {
        let tool = &rules().tools[i];
        let name = tool.name.get(lang);
        html! {
            <li class="kh-tool">
                <p class="kh-tool__name">
                    <strong>
                        if let Some(url) = &tool.url { { external(lang, url, name) } } else { { name } }
                    </strong>
                </p>
                <p class="kh-tool__evidence">
                    <span class="kh-visually-hidden">{ t(lang, T::Evidence) }{ ": " }</span>
                    <span class={badge_class(tool.evidence)}>{ tool.evidence.label(lang) }</span>
                </p>
                <p>{ tool.summary.get(lang) }</p>
                <p class="kh-muted">{ tool.evidence_note.get(lang) }</p>
                { sources(lang, &tool.source) }
            </li>
        }
    };
    // The tools the advice recommends are shown; the others of this approach are folded.
    let recommended = props.tools.iter().filter(|(_, r)| *r).count();
    let (shown, folded) = props.tools.split_at(if recommended == 0 { props.tools.len().min(1) } else { recommended });
    let body = html! {
        <>
            <p class="kh-card__meta">
                <span>{ t(lang, T::Levels) }{ ": " }{ levels.join(", ") }</span>
                if category.zonmw { <span class="kh-badge kh-badge--zonmw">{ t(lang, T::ZonmwBadge) }</span> }
            </p>
            <p>{ category.summary.get(lang) }</p>
            if !props.reasons.is_empty() {
                <h4>{ t(lang, T::WhyFits) }</h4>
                <ul class="kh-reasons">{ for props.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
            }
            <h4>{ t(lang, T::ThisWeek) }</h4>
            <p>{ category.this_week_for(props.roles).get(lang) }</p>
            <h4>{ t(lang, T::Involve) }</h4>
            <p>{ category.involve.get(lang) }</p>
            if let Some(success) = &category.success {
                <h4>{ t(lang, T::Success) }</h4>
                <p>{ success.get(lang) }</p>
            }
            if !props.tools.is_empty() {
                <h4>{ t(lang, T::Tools) }</h4>
                <ul class="kh-tools">{ for shown.iter().map(tool) }</ul>
                if !folded.is_empty() {
                    <details class="kh-tools-more">
                        <summary>{ t(lang, T::MoreTools) }{ format!(" ({})", folded.len()) }</summary>
                        <ul class="kh-tools">{ for folded.iter().map(tool) }</ul>
                    </details>
                }
            }
            { sources(lang, &category.source) }
        </>
    };
    card(name, body, props.collapsed, "")
}
