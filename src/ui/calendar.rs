//! "Zet een herinnering in je agenda" (issue 32): a calendar file (RFC 5545)
//! with one event on the day the user picks, whose link opens the check-in
//! with the plan in it. Made in the page, downloaded as a `data:` link:
//! nothing leaves the device until the user puts it in a calendar.
//!
//! RFC 5545 as calendars read it: CRLF line endings (3.1), lines folded at
//! 75 octets without splitting a character (3.1), TEXT values with `\`, `;`,
//! `,` and line breaks escaped (3.3.11); `UID`, `DTSTAMP` (UTC) and `DTSTART`
//! are required in a VEVENT (3.6.1).

use super::checkin::{Day, Now};

/// What goes in the event.
pub struct Event<'a> {
    pub day: Day,
    pub summary: &'a str,
    pub description: &'a str,
    /// The check-in's link (`URL`, and at the end of the description).
    pub url: &'a str,
    pub now: Now,
}

/// The calendar file.
pub fn ics(event: &Event) -> String {
    let (y, m, d) = event.day.ymd();
    let next = Day(event.day.0 + 1).ymd();
    let (uy, um, ud) = event.now.utc_day.ymd();
    let mut out = String::new();
    let mut line = |content: String| fold(&mut out, &content);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Keuzehulp werkstress//Plan//NL".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line("BEGIN:VEVENT".into());
    line(format!("UID:{:016x}-{}@keuzehulp-werkstress", fnv(event.url), event.day.number()));
    line(format!("DTSTAMP:{uy:04}{um:02}{ud:02}T{:06}Z", event.now.utc_time));
    // A day, not a time: the reminder belongs to the day, in any time zone.
    line(format!("DTSTART;VALUE=DATE:{y:04}{m:02}{d:02}"));
    line(format!("DTEND;VALUE=DATE:{:04}{:02}{:02}", next.0, next.1, next.2));
    line(format!("SUMMARY:{}", text(event.summary)));
    line(format!("DESCRIPTION:{}", text(&format!("{}\n\n{}", event.description, event.url))));
    line(format!("URL:{}", uri(event.url)));
    line("TRANSP:TRANSPARENT".into());
    // A reminder at nine in the morning of that day.
    line("BEGIN:VALARM".into());
    line("ACTION:DISPLAY".into());
    line(format!("DESCRIPTION:{}", text(event.summary)));
    line("TRIGGER;RELATED=START:PT9H".into());
    line("END:VALARM".into());
    line("END:VEVENT".into());
    line("END:VCALENDAR".into());
    out
}

/// A TEXT value, escaped (RFC 5545 3.3.11); other control characters are dropped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value: never a control character or a space (our links have
/// neither; this keeps a line from being broken by one).
fn uri(s: &str) -> String {
    s.chars().filter(|c| !c.is_control() && *c != ' ').collect()
}

/// One content line, folded: at most 75 octets a line (the leading space of
/// a continuation counts), never inside a character; CRLF after each.
fn fold(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// FNV-1a (64 bit): a stable UID for the same link and day.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> String {
        let now = super::super::checkin::now();
        ics(&Event {
            day: Day::from_number(20261221).unwrap(),
            summary: "Terugblik op je plan; hoe gaat het, nu?",
            description: "Één regel met \\ en ;\nTweede regel 👩🏽‍💻 met een heel lange tekst die zeker over de grens van vijfenzeventig octetten gaat, ééé.",
            url: "https://example.org/keuzehulp/plan.html#rol=werknemer&factoren=werkdruk,agressie&stap=terugblik&plan=$0.20261207*~0*Punt+%C3%A9%C3%A9n",
            now,
        })
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets() {
        let ics = sample();
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "only CRLF line ends");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        // Unfolded (3.1), every property is whole again, and no character was split.
        let unfolded = ics.replace("\r\n ", "");
        for key in ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:", "DTSTAMP:20261207T120000Z", "DTSTART;VALUE=DATE:20261221", "DTEND;VALUE=DATE:20261222", "END:VEVENT"] {
            assert!(unfolded.lines().any(|l| l.starts_with(key)), "{key} in {unfolded}");
        }
        assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 1);
        let url = unfolded.lines().find_map(|l| l.strip_prefix("URL:")).unwrap();
        assert!(url.ends_with("&stap=terugblik&plan=$0.20261207*~0*Punt+%C3%A9%C3%A9n"), "{url}");
        let summary = unfolded.lines().find_map(|l| l.strip_prefix("SUMMARY:")).unwrap();
        assert_eq!(summary, "Terugblik op je plan\\; hoe gaat het\\, nu?");
        let description = unfolded.lines().find_map(|l| l.strip_prefix("DESCRIPTION:")).unwrap();
        assert!(description.starts_with("Één regel met \\\\ en \\;\\nTweede regel 👩🏽‍💻"), "{description}");
        assert!(description.contains("werkdruk\\,agressie"), "the link in the description is a TEXT value: {description}");
    }

    #[test]
    fn the_uid_is_stable_and_differs_per_day() {
        let a = sample();
        assert_eq!(a, sample());
        let uid = |s: &str| s.replace("\r\n ", "").lines().find(|l| l.starts_with("UID:")).unwrap().to_string();
        let other = ics(&Event { day: Day::from_number(20270118).unwrap(), summary: "x", description: "y", url: "https://example.org/", now: super::super::checkin::now() });
        assert_ne!(uid(&a), uid(&other));
    }
}
