//! The check-in weeks after the plan (issue 32), without a server: the
//! calendar file's link opens `stap=terugblik` with the plan in the link; the
//! answers (how it goes compared with then, whether the agreed steps
//! happened, whether someone is in danger now) stay in the page. [`route`]
//! decides what comes next, as a pure function tested over every
//! combination of its answers.
//!
//! What it follows: the NHG-Standaard Overspanning en burn-out (2018) asks
//! that recovery is followed actively and that stalled recovery leads to
//! referral; the LESA Overspanning en burn-out (NHG, NVAB, LVE) makes the GP
//! and the company doctor the first to go to (../shared/domain/CONTENT-REVIEW.md §3).

/// How it goes now, compared with when the plan was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compared {
    Better,
    Same,
    Worse,
}

/// Whether the agreed steps happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Steps {
    Done,
    Partly,
    NotDone,
}

/// The check-in's answers (`None`: not answered yet).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub compared: Option<Compared>,
    pub steps: Option<Steps>,
    /// "Denk je aan zelfdoding, of ben je (is iemand) nu in gevaar?"
    pub danger: Option<bool>,
}

impl Answers {
    pub const COMPARED: [Compared; 3] = [Compared::Better, Compared::Same, Compared::Worse];
    pub const STEPS: [Steps; 3] = [Steps::Done, Steps::Partly, Steps::NotDone];
}

/// What the check-in says next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Danger now: the "Hulp nu" page, at once.
    HelpNow,
    /// Going well: keep going, with the plan.
    KeepGoing,
    /// The same, but it is early: keep going, adjust the steps, check in again.
    GiveItTime,
    /// The same after some weeks, or worse: the company doctor or the GP.
    SeeDoctor,
}

/// "Some weeks": from this many weeks on, no change is stalled recovery.
pub const SOME_WEEKS: u32 = 4;

/// What comes next after these answers, `weeks` after the plan was made
/// (`None`: unknown, a link without its day: counted as some weeks, so a
/// stalled recovery is never waited out). `None`: not enough answered yet.
/// Danger always leads to "Hulp nu", whatever else is answered.
pub fn route(answers: &Answers, weeks: Option<u32>) -> Option<Next> {
    if answers.danger == Some(true) {
        return Some(Next::HelpNow);
    }
    let compared = answers.compared?;
    // The steps and the danger question must be answered too (the danger
    // question last: it is asked on every check-in).
    answers.steps?;
    answers.danger?;
    Some(match compared {
        Compared::Better => Next::KeepGoing,
        Compared::Worse => Next::SeeDoctor,
        Compared::Same if weeks.is_none_or(|w| w >= SOME_WEEKS) => Next::SeeDoctor,
        Compared::Same => Next::GiveItTime,
    })
}

/// A day of the Gregorian calendar, as days since 1970-01-01 (for
/// arithmetic) and back (Howard Hinnant's civil-date algorithms).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Day {
    pub fn from_ymd(y: i64, m: u32, d: u32) -> Option<Day> {
        if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) || !(1970..=9999).contains(&y) {
            return None;
        }
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m as i64 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    pub fn ymd(self) -> (i64, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
        (yoe + era * 400 + (m <= 2) as i64, m, d)
    }

    /// `YYYYMMDD` as a number (the link's form).
    pub fn number(self) -> u32 {
        let (y, m, d) = self.ymd();
        (y as u32) * 10_000 + m * 100 + d
    }

    pub fn from_number(n: u32) -> Option<Day> {
        Day::from_ymd((n / 10_000) as i64, (n / 100) % 100, n % 100)
    }

    /// `YYYY-MM-DD` (a date field's value).
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    pub fn from_iso(s: &str) -> Option<Day> {
        let mut parts = s.trim().splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Day::from_ymd(y, m, d)
    }

    /// "21 december 2026" / "21 December 2026".
    pub fn long(self, lang: crate::engine::Lang) -> String {
        const NL: [&str; 12] = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
        const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        let (y, m, d) = self.ymd();
        let months = if lang == crate::engine::Lang::En { EN } else { NL };
        format!("{d} {} {y}", months[(m - 1) as usize])
    }

    /// Whole weeks from `self` to `later` (0 when `later` is earlier).
    pub fn weeks_until(self, later: Day) -> u32 {
        ((later.0 - self.0).max(0) / 7) as u32
    }
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Now: the local day (what "in two weeks" counts from), and the UTC day
/// and time `HHMMSS` (a calendar file's `DTSTAMP`). Natively a fixed moment,
/// so what tests render does not change with the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    pub today: Day,
    pub utc_day: Day,
    pub utc_time: u32,
}

pub fn now() -> Now {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        let utc_day = Day::from_ymd(d.get_utc_full_year() as i64, d.get_utc_month() + 1, d.get_utc_date()).unwrap_or(Day(0));
        let today = Day::from_ymd(d.get_full_year() as i64, d.get_month() + 1, d.get_date()).unwrap_or(utc_day);
        Now { today, utc_day, utc_time: d.get_utc_hours() * 10_000 + d.get_utc_minutes() * 100 + d.get_utc_seconds() }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let day = Day::from_ymd(2026, 12, 7).expect("a day");
        Now { today: day, utc_day: day, utc_time: 120_000 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every combination of the answers (each unanswered too), at every
    /// number of weeks from 0 to 12 and unknown.
    #[test]
    fn routing_over_every_combination() {
        let compared = [None, Some(Compared::Better), Some(Compared::Same), Some(Compared::Worse)];
        let steps = [None, Some(Steps::Done), Some(Steps::Partly), Some(Steps::NotDone)];
        let danger = [None, Some(false), Some(true)];
        let weeks: Vec<Option<u32>> = (0..=12).map(Some).chain([None]).collect();
        let mut seen = 0;
        for c in compared {
            for s in steps {
                for d in danger {
                    for &w in &weeks {
                        seen += 1;
                        let answers = Answers { compared: c, steps: s, danger: d };
                        let next = route(&answers, w);
                        let case = format!("{answers:?} after {w:?} weeks: {next:?}");
                        if d == Some(true) {
                            assert_eq!(next, Some(Next::HelpNow), "danger always leads to Hulp nu: {case}");
                            continue;
                        }
                        assert_ne!(next, Some(Next::HelpNow), "{case}");
                        if c.is_none() || s.is_none() || d.is_none() {
                            assert_eq!(next, None, "not all answered: {case}");
                            continue;
                        }
                        let expected = match (c.unwrap(), w) {
                            (Compared::Better, _) => Next::KeepGoing,
                            (Compared::Worse, _) => Next::SeeDoctor,
                            (Compared::Same, Some(w)) if w < SOME_WEEKS => Next::GiveItTime,
                            (Compared::Same, _) => Next::SeeDoctor,
                        };
                        assert_eq!(next, Some(expected), "{case}");
                        // Worse never waits; the same after some weeks is referred.
                        if c == Some(Compared::Worse) || (c == Some(Compared::Same) && w.is_none_or(|w| w >= SOME_WEEKS)) {
                            assert_eq!(next, Some(Next::SeeDoctor), "{case}");
                        }
                    }
                }
            }
        }
        assert_eq!(seen, 4 * 4 * 3 * 14);
    }

    #[test]
    fn days_round_trip_and_count_weeks() {
        for n in [19700101, 20240229, 20261207, 20261231, 20270101, 99991231] {
            let day = Day::from_number(n).unwrap();
            assert_eq!(day.number(), n);
            assert_eq!(Day::from_iso(&day.iso()), Some(day));
        }
        for bad in [0, 20261301, 20260230, 20250229, 19691231, 20261200] {
            assert_eq!(Day::from_number(bad), None, "{bad}");
        }
        assert_eq!(Day::from_iso("2026-2-3"), Day::from_number(20260203));
        for bad in ["", "x", "2026-13-01", "2026-01", "-1-1-1"] {
            assert_eq!(Day::from_iso(bad), None, "{bad}");
        }
        let a = Day::from_number(20261207).unwrap();
        assert_eq!(Day(a.0 + 14).number(), 20261221);
        assert_eq!(Day(a.0 + 42).number(), 20270118);
        assert_eq!(a.weeks_until(Day(a.0 + 27)), 3);
        assert_eq!(a.weeks_until(Day(a.0 + 28)), 4);
        assert_eq!(Day(a.0 + 5).weeks_until(a), 0);
        assert_eq!(a.long(crate::engine::Lang::Nl), "7 december 2026");
    }
}
