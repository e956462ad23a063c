//! The steps of the app: the start page, one per question, the check page,
//! the advice, "Hulp nu", the plan and the check-in. Its own file, so the fragment codec
//! (`ui::url`) and the reducer (`ui::state`) share it without importing each
//! other.

/// Where the user is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    /// A question, by index into `RuleSet::questions`.
    Question(usize),
    /// "Kloppen je antwoorden?"
    Check,
    Results,
    /// "Hulp nu": the crisis lines on one screen. Reached by choosing `acuut`
    /// (and by its link, `stap=hulp-nu`); its "later" link goes on with the
    /// wizard (`State::after_crisis`), so nothing is lost.
    Crisis,
    /// "Maak je plan": the plan of action from the advice (`stap=plan`).
    Plan,
    /// The check-in weeks later, from the calendar file's link
    /// (`stap=terugblik`, `ui::checkin`).
    CheckIn,
}
