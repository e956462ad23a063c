//! Every piece of interface text ("chrome"), in Dutch (B1, "je") and English.
//! The content itself (questions, advice) comes from the rules.

use crate::engine::{Lang, Level};

/// One interface string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    AppName,
    StartIntro,
    StartForWhoHeading,
    StartForWho,
    StartHowHeading,
    StartPrivacyHeading,
    StartPrivacy,
    StartPrivacyEmbedded,
    StartNotDiagnosis,
    StartButton,
    CrisisHeading,
    CrisisText,
    CrisisCall,
    CrisisFree,
    CrisisDanger,
    CrisisChat,
    CrisisShort,
    Next,
    Back,
    ErrorHeading,
    ErrorPrefix,
    ErrorOne,
    ErrorMany,
    ManyHint,
    Or,
    CheckTitle,
    CheckIntro,
    Change,
    ShowAdvice,
    ResultsTitle,
    ResultsIntro,
    CategoriesHeading,
    MoreCategories,
    WhyFits,
    ThisWeek,
    Involve,
    Levels,
    Tools,
    MoreTools,
    Success,
    ZonmwBadge,
    Source,
    Sources,
    ExpertsHeading,
    ExpertWhen,
    ExpertReach,
    ExpertPhone,
    NotesHeading,
    FiguresHeading,
    Share,
    Copied,
    CopyFallback,
    LinkLabel,
    Print,
    Restart,
    ChangeAnswers,
    NoticeHeading,
    Footer,
    PrivacyLink,
    AccessibilityLink,
    SwitchTo,
    SwitchLabel,
    SwitchFailed,
    Evidence,
    OpensNewWindow,
    ContactsHeading,
    ContactEmail,
    ContactWebsite,
    ContactHours,
    ContactNoticeHeading,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: T) -> &'static str {
    let (nl, en) = pair(key);
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

fn pair(key: T) -> (&'static str, &'static str) {
    match key {
        T::AppName => ("Keuzehulp werkstress", "Work stress choice aid"),
        T::StartIntro => (
            "Heb je last van stress door je werk? Of wil je werkstress bij anderen voorkomen? Deze keuzehulp laat zien welke aanpak en welke hulp bij jouw situatie passen, en wat je deze week al kunt doen.",
            "Are you troubled by stress from your work? Or do you want to prevent work stress for others? This choice aid shows which approach and which help fit your situation, and what you can already do this week.",
        ),
        T::StartForWhoHeading => ("Voor wie?", "Who is it for?"),
        T::StartForWho => (
            "Voor werknemers, leidinggevenden, werkgevers, HR, de ondernemingsraad, arboprofessionals, zzp'ers en studenten.",
            "For employees, managers, employers, HR, works councils, occupational health professionals, the self-employed and students.",
        ),
        T::StartHowHeading => ("Hoe werkt het?", "How does it work?"),
        T::StartPrivacyHeading => ("Je antwoorden blijven bij jou", "Your answers stay with you"),
        T::StartPrivacy => (
            "Alles gebeurt op je eigen apparaat. Er gaat niets naar ons, naar je werkgever of naar iemand anders. Je antwoorden staan alleen in de link in je adresbalk.",
            "Everything happens on your own device. Nothing is sent to us, to your employer or to anyone else. Your answers are only in the link in your address bar.",
        ),
        T::StartPrivacyEmbedded => (
            "De keuzehulp zelf verstuurt niets: niet naar ons, niet naar je werkgever en niet naar iemand anders. Je antwoorden worden nergens bewaard. Sluit je deze pagina, dan zijn ze weg.",
            "The choice aid itself sends nothing: not to us, not to your employer, not to anyone else. Your answers are not stored anywhere. When you close this page, they are gone.",
        ),
        T::StartNotDiagnosis => (
            "De keuzehulp zegt waar je kunt kijken en met wie je kunt praten. Het is geen test en geen diagnose.",
            "The choice aid tells you where to look and whom to talk to. It is not a test and not a diagnosis.",
        ),
        T::StartButton => ("Start", "Start"),
        T::CrisisHeading => (
            "Voel je je erg slecht of denk je aan zelfdoding?",
            "Do you feel very bad or are you thinking about suicide?",
        ),
        T::CrisisText => (
            "Praat er meteen over. Je kunt dag en nacht anoniem bellen of chatten.",
            "Talk about it right away. You can call or chat anonymously, day and night.",
        ),
        T::CrisisCall => ("Bel", "Call"),
        T::CrisisFree => ("of gratis", "or free of charge"),
        T::CrisisDanger => ("Ben je in direct gevaar? Bel", "Are you in immediate danger? Call"),
        T::CrisisChat => ("Chat met 113", "Chat with 113"),
        T::CrisisShort => ("Gaat het echt niet goed? Bel", "Are you really not doing well? Call"),
        T::Next => ("Volgende", "Next"),
        T::Back => ("Terug", "Back"),
        T::ErrorHeading => ("Er is een probleem", "There is a problem"),
        T::ErrorPrefix => ("Fout: ", "Error: "),
        T::ErrorOne => ("Kies een antwoord", "Choose an answer"),
        T::ErrorMany => ("Kies één of meer antwoorden", "Choose one or more answers"),
        T::ManyHint => ("Kies alles wat past.", "Choose everything that applies."),
        T::Or => ("of", "or"),
        T::CheckTitle => ("Kloppen je antwoorden?", "Are your answers right?"),
        T::CheckIntro => (
            "Kijk je antwoorden na. Je kunt ze nog veranderen.",
            "Check your answers. You can still change them.",
        ),
        T::Change => ("Wijzig", "Change"),
        T::ShowAdvice => ("Bekijk je advies", "See your advice"),
        T::ResultsTitle => ("Jouw advies", "Your advice"),
        T::ResultsIntro => (
            "Dit advies past bij je antwoorden. Bij elke aanpak staat waarom hij past en wat je deze week kunt doen.",
            "This advice fits your answers. Each approach says why it fits and what you can do this week.",
        ),
        T::CategoriesHeading => ("Aanpakken die passen", "Approaches that fit"),
        T::MoreCategories => ("Meer aanpakken die kunnen passen", "More approaches that may fit"),
        T::WhyFits => ("Waarom dit past", "Why this fits"),
        T::ThisWeek => ("Wat kun je deze week doen", "What you can do this week"),
        T::Involve => ("Wie betrek je", "Who to involve"),
        T::Levels => ("Niveau", "Level"),
        T::Tools => ("Methoden en programma's", "Methods and programmes"),
        T::MoreTools => ("Meer methoden", "More methods"),
        T::Success => ("Wat hielp in de praktijk (ZonMw)", "What helped in practice (ZonMw)"),
        T::ZonmwBadge => ("ZonMw-aanpak", "ZonMw approach"),
        T::Source => ("Bron", "Source"),
        T::Sources => ("Bronnen", "Sources"),
        T::ExpertsHeading => ("Wie kun je om hulp vragen", "Whom you can ask for help"),
        T::ExpertWhen => ("Wanneer", "When"),
        T::ExpertReach => ("Hoe bereik je ze", "How to reach them"),
        T::ExpertPhone => ("Telefoon", "Phone"),
        T::NotesHeading => ("Goed om te weten", "Good to know"),
        T::FiguresHeading => ("Waarom dit belangrijk is", "Why this matters"),
        T::Share => ("Deel deze link", "Share this link"),
        T::Copied => (
            "De link is gekopieerd. Je kunt hem nu plakken.",
            "The link has been copied. You can paste it now.",
        ),
        T::CopyFallback => (
            "Kopiëren lukte niet. Kopieer de link hieronder zelf.",
            "Copying did not work. Copy the link below yourself.",
        ),
        T::LinkLabel => ("Link naar dit advies", "Link to this advice"),
        T::Print => ("Print of bewaar als pdf", "Print or save as PDF"),
        T::Restart => ("Opnieuw beginnen", "Start again"),
        T::ChangeAnswers => ("Wijzig je antwoorden", "Change your answers"),
        T::NoticeHeading => ("Niet alles in de link klopte", "Not everything in the link was right"),
        T::Footer => (
            "Je antwoorden blijven op je eigen apparaat.",
            "Your answers stay on your own device.",
        ),
        T::PrivacyLink => ("Privacyverklaring", "Privacy statement"),
        T::AccessibilityLink => ("Toegankelijkheid", "Accessibility"),
        T::SwitchTo => ("English", "Nederlands"),
        T::SwitchLabel => ("Read in English", "Lees in het Nederlands"),
        T::SwitchFailed => (
            "De Engelse tekst kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.",
            "The Dutch text could not be loaded. Check your internet connection and try again.",
        ),
        T::Evidence => ("Bewijs", "Evidence"),
        T::OpensNewWindow => ("(opent in nieuw venster)", "(opens in new window)"),
        T::ContactsHeading => ("In jouw organisatie", "In your organisation"),
        T::ContactEmail => ("E-mail", "Email"),
        T::ContactWebsite => ("Meer informatie", "More information"),
        T::ContactHours => ("Bereikbaar", "Available"),
        T::ContactNoticeHeading => (
            "Niet alle contactgegevens van je organisatie konden worden getoond",
            "Not all of your organisation's contact details could be shown",
        ),
    }
}

/// "Stap 2 van 6" / "Step 2 of 6".
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Stap {n} van {total}"),
        Lang::En => format!("Step {n} of {total}"),
    }
}

/// How long it takes, with the number of questions.
pub fn duration(lang: Lang, questions: usize) -> String {
    match lang {
        Lang::Nl => format!("Je beantwoordt {questions} korte vragen. Dat duurt ongeveer 3 minuten. Daarna krijg je een advies dat je kunt printen of delen."),
        Lang::En => format!("You answer {questions} short questions. That takes about 3 minutes. Then you get advice that you can print or share."),
    }
}

/// The document title: "<page> – Keuzehulp werkstress".
pub fn title(lang: Lang, page: &str, error: bool) -> String {
    let prefix = if error { t(lang, T::ErrorPrefix) } else { "" };
    let app = t(lang, T::AppName);
    if page.is_empty() { format!("{prefix}{app}") } else { format!("{prefix}{page} – {app}") }
}

pub fn level(lang: Lang, level: Level) -> &'static str {
    match (level, lang) {
        (Level::Individual, Lang::Nl) => "individu",
        (Level::Individual, Lang::En) => "individual",
        (Level::Team, Lang::Nl) => "team",
        (Level::Team, Lang::En) => "team",
        (Level::Organisation, Lang::Nl) => "organisatie",
        (Level::Organisation, Lang::En) => "organisation",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(title(Lang::Nl, "", false), "Keuzehulp werkstress");
        assert_eq!(
            title(Lang::Nl, "Stap 2 van 6: In welke sector werk je?", true),
            "Fout: Stap 2 van 6: In welke sector werk je? – Keuzehulp werkstress"
        );
        assert_eq!(step_of(Lang::En, 1, 5), "Step 1 of 5");
    }
}
