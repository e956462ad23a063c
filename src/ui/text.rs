//! Every piece of interface text ("chrome"), in Dutch (B1, "je") and English.
//! The content itself (questions, advice) comes from the rules.
//!
//! Natively every text is compiled in (prerendering, tests, and `keuzehulp
//! pack`, which puts them in the content packs). The browser build carries
//! none: it reads them from the content pack of the language (see
//! `crate::content`), so a visit downloads one language.

// (The texts are compiled in natively only.)
#[cfg(not(target_arch = "wasm32"))]
use crate::crisis_number;
use crate::engine::{Evidence, Lang, Level, Notice, NoticeKind};

/// The interface strings: `Key => (Dutch, English)`. Defines the enum `T`,
/// `T::ALL` (the order in a content pack) and, natively, the texts.
macro_rules! ui_texts {
    ($($key:ident => ($nl:expr, $en:expr $(,)?),)*) => {
        /// One interface string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T {
            $($key,)*
        }

        impl T {
            /// Every key, in the order of a content pack.
            pub const ALL: &'static [T] = &[$(T::$key,)*];
        }

        #[cfg(not(target_arch = "wasm32"))]
        fn pair(key: T) -> (&'static str, &'static str) {
            match key {
                $(T::$key => ($nl, $en),)*
            }
        }
    };
}

ui_texts! {
    AppName => ("Keuzehulp werkstress", "Work stress choice aid"),
    StartIntro => (
        "Stress door je werk, bij jezelf of bij anderen? Ontdek welke aanpak en hulp bij jouw situatie passen.",
        "Stress from work, your own or other people's? Find out which approach and help fit your situation.",
    ),
    StartForWhoHeading => ("Voor wie?", "Who is it for?"),
    StartForWho => (
        "Voor werknemers, leidinggevenden, werkgevers, HR, de ondernemingsraad, arboprofessionals, zzp'ers en studenten.",
        "For employees, managers, employers, HR, works councils, occupational health professionals, the self-employed and students.",
    ),
    StartHowHeading => ("Hoe werkt het?", "How does it work?"),
    StartPrivacyHeading => ("Je antwoorden blijven bij jou", "Your answers stay with you"),
    StartPrivacy => (
        "Alles gebeurt op je eigen apparaat. Er gaat niets naar ons, naar je werkgever of naar iemand anders. Je antwoorden staan alleen in de link in je adresbalk.",
        "Everything happens on your own device. Nothing is sent to us, to your employer or to anyone else. Your answers are only in the link in your address bar.",
    ),
    StartPrivacyEmbedded => (
        "De keuzehulp zelf verstuurt niets: niet naar ons, niet naar je werkgever en niet naar iemand anders. Je antwoorden worden nergens bewaard. Sluit je deze pagina, dan zijn ze weg.",
        "The choice aid itself sends nothing: not to us, not to your employer, not to anyone else. Your answers are not stored anywhere. When you close this page, they are gone.",
    ),
    StartNotDiagnosis => (
        "De keuzehulp zegt waar je kunt kijken en met wie je kunt praten. Het is geen test en geen diagnose.",
        "The choice aid tells you where to look and whom to talk to. It is not a test and not a diagnosis.",
    ),
    StartButton => ("Start", "Start"),
    // The crisis line (start page, footer): 113 is for thoughts of suicide and
    // for worry about someone (DOMAIN.md, "For stage-specific advice").
    CrisisHeading => (
        "Denk je aan zelfdoding, of maak je je zorgen om iemand?",
        "Are you thinking about suicide, or worried about someone?",
    ),
    CrisisCall => ("Bel", "Call"),
    // Both numbers are free (113.nl: "Bel gratis 113"; CONTENT-REVIEW.md E14).
    CrisisCallFree => ("Bel gratis", "Call"),
    CrisisFree => ("of", "or"),
    CrisisDayNight => (", dag en nacht.", " (both free), day and night."),
    CrisisDanger => ("In direct gevaar: bel", "In immediate danger: call"),
    CrisisMore => ("Andere acute nood? Zo vind je hulp", "Other urgent need? How to find help"),
    // "Hulp nu": the page after choosing an acute crisis, and the top of the advice then.
    CrisisNowTitle => ("Hulp nu", "Help now"),
    CrisisFirstHeading => ("Eerst hulp", "Help first"),
    CrisisNowSelf => (
        "Je hoeft dit niet alleen te doen. Praat er nu over met iemand die kan helpen.",
        "You do not have to do this alone. Talk to someone who can help, now.",
    ),
    CrisisNowOther => (
        "Maak je je zorgen om iemand? Blijf bij die persoon en bel samen.",
        "Worried about someone? Stay with them and call together.",
    ),
    // The other wording of "Hulp nu", one tap away (issue 34).
    CrisisForOther => ("Zorgen om iemand anders?", "Worried about someone else?"),
    CrisisForSelf => ("Gaat het om jezelf?", "Is it about you?"),
    // The numbers come from `crate::crisis` (their one source).
    Call113 => (concat!("Bel ", crisis_number!(suicide)), concat!("Call ", crisis_number!(suicide))),
    Call113Self => ("Denk je aan zelfdoding? Gratis, dag en nacht, anoniem.", "Thinking about suicide? Free, day and night, anonymous."),
    Call113Other => (
        concat!("Denkt iemand aan zelfdoding? ", crisis_number!(suicide), " helpt ook jou."),
        concat!("Is someone thinking about suicide? ", crisis_number!(suicide), " helps you too."),
    ),
    Call0800 => (concat!("Bel ", crisis_number!(free)), concat!("Call ", crisis_number!(free))),
    // Both numbers are free: 113.nl says "Bel gratis 113" (checked December 2026, CONTENT-REVIEW.md E14).
    Call0800What => (
        concat!("Dezelfde hulp als ", crisis_number!(suicide), ". Beide nummers zijn gratis."),
        concat!("The same help as ", crisis_number!(suicide), ". Both numbers are free."),
    ),
    Call112 => (concat!("Bel ", crisis_number!(danger)), concat!("Call ", crisis_number!(danger))),
    Call112What => ("Bij direct gevaar.", "In immediate danger."),
    Chat113 => (concat!("Chat met ", crisis_number!(suicide)), concat!("Chat with ", crisis_number!(suicide))),
    Chat113What => (
        concat!("Liever typen? Via ", crisis_number!(chat_site), "."),
        concat!("Rather type? At ", crisis_number!(chat_site), "."),
    ),
    CrisisGpSelf => (
        "Geen gedachten aan zelfdoding, maar wel acute nood? Bel je huisarts. 's Avonds, 's nachts en in het weekend bel je de huisartsenpost.",
        "No thoughts of suicide, but urgent need? Call your GP. In the evening, at night and at weekends, call the out-of-hours GP service (huisartsenpost).",
    ),
    CrisisGpOther => (
        "Geen gedachten aan zelfdoding, maar wel acute nood? Bel samen de huisarts. 's Avonds, 's nachts en in het weekend bel je de huisartsenpost.",
        "No thoughts of suicide, but urgent need? Call their GP together. In the evening, at night and at weekends, call the out-of-hours GP service (huisartsenpost).",
    ),
    CrisisLater => ("Werkadvies voor later", "Advice about work, for later"),
    CrisisLaterHeading => ("Voor later: advies over je werk", "For later: advice about work"),
    CrisisLaterIntro => (
        "Eerst hulp, dan de rest. Dit advies kan wachten tot het weer wat beter gaat.",
        "Help first, then the rest. This advice can wait until things are a little better.",
    ),
    Next => ("Volgende", "Next"),
    Back => ("Terug", "Back"),
    ErrorHeading => ("Er is een probleem", "There is a problem"),
    ErrorPrefix => ("Fout: ", "Error: "),
    // {q}: the question, so the message names it (GOV.UK error messages).
    ErrorOne => ("Kies een antwoord op de vraag: {q}", "Choose an answer to the question: {q}"),
    ErrorMany => ("Kies één of meer antwoorden op de vraag: {q}", "Choose one or more answers to the question: {q}"),
    ManyHint => ("Kies alles wat past.", "Choose everything that applies."),
    Or => ("of", "or"),
    MoreExplanation => ("Meer uitleg", "More explanation"),
    CheckTitle => ("Kloppen je antwoorden?", "Are your answers right?"),
    CheckIntro => (
        "Kijk je antwoorden na. Je kunt ze nog veranderen.",
        "Check your answers. You can still change them.",
    ),
    Change => ("Wijzig", "Change"),
    ShowAdvice => ("Bekijk je advies", "See your advice"),
    ResultsTitle => ("Jouw advies", "Your advice"),
    Situation => ("Jouw situatie", "Your situation"),
    FirstStepHeading => ("Doe dit eerst", "Do this first"),
    MoreExperts => ("Meer hulp", "More help"),
    NextStep => ("Volgende stap", "Next step"),
    MoreAbout => ("Meer over deze aanpak", "More about this approach"),
    MoreAboutExpert => ("Meer hierover", "More about this"),
    ShareNote => (
        "De link bevat je antwoorden. Wie de link krijgt, ziet ze ook.",
        "The link holds your answers. Whoever gets the link sees them too.",
    ),
    CategoriesHeading => ("Aanpakken die passen", "Approaches that fit"),
    MoreCategories => ("Meer aanpakken", "More approaches"),
    WhyFits => ("Waarom dit past", "Why this fits"),
    Involve => ("Wie betrek je", "Who to involve"),
    Levels => ("Niveau", "Level"),
    Tools => ("Methoden en programma's", "Methods and programmes"),
    MoreTools => ("Meer methoden", "More methods"),
    Success => ("Wat hielp in de praktijk (ZonMw)", "What helped in practice (ZonMw)"),
    ZonmwBadge => ("ZonMw-aanpak", "ZonMw approach"),
    Source => ("Bron", "Source"),
    WhereToGet => ("Waar te vinden", "Where to get it"),
    Sources => ("Bronnen", "Sources"),
    // The source letters (`../shared/seeds/`), as a reader can look them up.
    // 15 November 2021 for nr. 421: the letter of 24 January 2023 (`002_…`, note 5).
    Letter2021Jan => (
        "brief aan de Tweede Kamer, 11 januari 2021 (Kamerstuk 25 883, nr. 405)",
        "letter to the Dutch parliament, 11 January 2021 (Kamerstuk 25 883, no. 405)",
    ),
    Letter2021Nov => (
        "brief aan de Tweede Kamer, 15 november 2021 (Kamerstuk 25 883, nr. 421)",
        "letter to the Dutch parliament, 15 November 2021 (Kamerstuk 25 883, no. 421)",
    ),
    Letter2023 => (
        "brief aan de Tweede Kamer, 24 januari 2023 (Kamerstuk 25 883, nr. 454)",
        "letter to the Dutch parliament, 24 January 2023 (Kamerstuk 25 883, no. 454)",
    ),
    Letter2025 => (
        "brief aan de Tweede Kamer, 24 april 2025 (Kamerstuk 32 793, nr. 825)",
        "letter to the Dutch parliament, 24 April 2025 (Kamerstuk 32 793, no. 825)",
    ),
    ExpertsHeading => ("Wie kun je vragen?", "Who to ask"),
    ExpertWhen => ("Wanneer", "When"),
    ExpertPhone => ("Telefoon", "Phone"),
    NotesHeading => ("Goed om te weten", "Good to know"),
    FiguresHeading => ("Waarom dit belangrijk is", "Why this matters"),
    Share => ("Deel deze link", "Share this link"),
    Copied => (
        "De link is gekopieerd. Je kunt hem nu plakken.",
        "The link has been copied. You can paste it now.",
    ),
    CopyFallback => (
        "Kopiëren lukte niet. Kopieer de link hieronder zelf.",
        "Copying did not work. Copy the link below yourself.",
    ),
    LinkLabel => ("Link naar dit advies", "Link to this advice"),
    Print => ("Print of pdf", "Print or PDF"),
    Restart => ("Opnieuw beginnen", "Start again"),
    ChangeAnswers => ("Wijzig je antwoorden", "Change your answers"),
    // "Wijzig je antwoorden" as `Change` and this: on a short screen only `Change` shows.
    ChangeAnswersRest => (" je antwoorden", " your answers"),
    NoticeHeading => ("Niet alles in de link klopte", "Not everything in the link was right"),
    NoticeMore => ("En nog {n} andere delen van de link zijn overgeslagen of aangepast.", "And {n} more parts of the link were skipped or changed."),
    Footer => (
        "Je antwoorden blijven op je eigen apparaat.",
        "Your answers stay on your own device.",
    ),
    PrivacyLink => ("Privacyverklaring", "Privacy statement"),
    AccessibilityLink => ("Toegankelijkheid", "Accessibility"),
    SwitchTo => ("English", "Nederlands"),
    SwitchLabel => ("Read in English", "Lees in het Nederlands"),
    SwitchFailed => (
        "De Engelse tekst kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw, of laad de pagina opnieuw.",
        "The Dutch text could not be loaded. Check your internet connection and try again, or reload the page.",
    ),
    Evidence => ("Bewijs", "Evidence"),
    OpensNewWindow => ("(opent in nieuw venster)", "(opens in new window)"),
    ContactsHeading => ("In jouw organisatie", "In your organisation"),
    ContactEmail => ("E-mail", "Email"),
    ContactWebsite => ("Meer informatie", "More information"),
    ContactHours => ("Bereikbaar", "Available"),
    ContactNoticeHeading => (
        "Niet alle contactgegevens van je organisatie konden worden getoond",
        "Not all of your organisation's contact details could be shown",
    ),
    // With numbers or answers filled in (see the functions below), and the
    // engine's own words: in the pack, so the wasm holds neither language.
    StepOf => ("Stap {n} van {total}", "Step {n} of {total}"),
    StepN => ("Stap {n}", "Step {n}"),
    Duration => (
        "Je beantwoordt {n} korte vragen. Dat duurt ongeveer 3 minuten. Daarna krijg je een advies dat je kunt printen of delen.",
        "You answer {n} short questions. That takes about 3 minutes. Then you get advice that you can print or share.",
    ),
    LevelIndividual => ("individu", "individual"),
    LevelTeam => ("team", "team"),
    LevelOrganisation => ("organisatie", "organisation"),
    LevelSociety => ("maatschappij", "society"),
    InOverview => ("Meer in het overzicht", "More in the overview"),
    StartOverview => ("Bekijk alle aanpakken en programma's in het overzicht", "See all approaches and programmes in the overview"),
    StartEmployers => ("Voor werkgevers en HR: de keuzehulp op je intranet", "For employers and HR: the choice aid on your intranet"),
    EvidenceEffective => (Evidence::Effective.label(Lang::Nl), Evidence::Effective.label(Lang::En)),
    EvidenceWellFounded => (Evidence::WellFounded.label(Lang::Nl), Evidence::WellFounded.label(Lang::En)),
    EvidenceDescribed => (Evidence::Described.label(Lang::Nl), Evidence::Described.label(Lang::En)),
    EvidenceNotTested => (Evidence::NotTested.label(Lang::Nl), Evidence::NotTested.label(Lang::En)),
    EvidenceInterim => (Evidence::Interim.label(Lang::Nl), Evidence::Interim.label(Lang::En)),
    EvidenceInformation => (Evidence::Information.label(Lang::Nl), Evidence::Information.label(Lang::En)),
    NoticeMalformed => (NoticeKind::Malformed.template(Lang::Nl), NoticeKind::Malformed.template(Lang::En)),
    NoticeUnknownKey => (NoticeKind::UnknownKey.template(Lang::Nl), NoticeKind::UnknownKey.template(Lang::En)),
    NoticeUnknownValue => (NoticeKind::UnknownValue.template(Lang::Nl), NoticeKind::UnknownValue.template(Lang::En)),
    NoticeRepeatedKey => (NoticeKind::RepeatedKey.template(Lang::Nl), NoticeKind::RepeatedKey.template(Lang::En)),
    NoticeEmptyValue => (NoticeKind::EmptyValue.template(Lang::Nl), NoticeKind::EmptyValue.template(Lang::En)),
    NoticeDuplicateValue => (NoticeKind::DuplicateValue.template(Lang::Nl), NoticeKind::DuplicateValue.template(Lang::En)),
    NoticeTooManyValues => (NoticeKind::TooManyValues.template(Lang::Nl), NoticeKind::TooManyValues.template(Lang::En)),
    NoticeExclusiveCombined => (NoticeKind::ExclusiveCombined.template(Lang::Nl), NoticeKind::ExclusiveCombined.template(Lang::En)),
    NoticeNotAsked => (NoticeKind::NotAsked.template(Lang::Nl), NoticeKind::NotAsked.template(Lang::En)),
    NoticeTooLong => (NoticeKind::TooLong.template(Lang::Nl), NoticeKind::TooLong.template(Lang::En)),
    // The plan of action and the conversation guide (issue 20, `ui::plan`,
    // `components::plan_page`). The plan of action after the RI&E: letter of
    // 24 January 2023 (`002_`); the conversation about what someone needs,
    // health private: 15 November 2021 (`003_`); the manager signals,
    // listens and acts: 11 January 2021 (`000_`).
    PlanLink => ("Maak je plan", "Make your plan"),
    PlanTitle => ("Jouw plan", "Your plan"),
    PlanIntro => (
        "Maak van het advies een plan. Vink af wat je gedaan hebt, pas de punten aan en voeg eigen punten toe.",
        "Turn the advice into a plan. Tick off what you have done, change the items and add your own.",
    ),
    PlanIntroRie => (
        "Maak van het advies een plan van aanpak, zoals na een RI&E: per maatregel wie de eigenaar is, wanneer hij klaar is en wanneer je evalueert.",
        "Turn the advice into a plan of action, as after a risk assessment (RI&E): for each measure who owns it, when it is done and when you evaluate it.",
    ),
    PlanPrivacy => (
        "Je plan blijft op je apparaat. Het staat alleen in de link in je adresbalk en in het bestand dat je zelf downloadt.",
        "Your plan stays on your device. It is only in the link in your address bar and in the file you download yourself.",
    ),
    PlanLimits => (
        "Je kunt {n} punten maken. Elk veld mag 500 tekens hebben.",
        "You can make {n} items. Each field can hold 500 characters.",
    ),
    PlanItem => ("Punt", "Item"),
    PlanWhat => ("Wat ga je doen?", "What will you do?"),
    PlanWho => ("Wie doet het of helpt?", "Who does it or helps?"),
    PlanWhen => ("Wanneer?", "By when?"),
    PlanHow => ("Hoe merk je dat het helpt?", "How will you know it helped?"),
    RieWhat => ("Maatregel", "Measure"),
    RieWho => ("Eigenaar", "Owner"),
    RieWhen => ("Deadline", "Deadline"),
    RieHow => ("Evaluatie: wanneer en hoe?", "Evaluation: when and how?"),
    PlanDone => ("Gedaan", "Done"),
    PlanAdd => ("Punt toevoegen", "Add an item"),
    PlanRemove => ("Verwijder dit punt", "Remove this item"),
    PlanTooLong => (
        "Deze tekst is te lang: een veld mag 500 tekens hebben. Er is niets veranderd. Maak de tekst korter en probeer het opnieuw.",
        "This text is too long: a field can hold 500 characters. Nothing was changed. Make the text shorter and try again.",
    ),
    PlanTooMany => (
        "Je plan heeft al het grootste aantal punten. Verwijder eerst een punt.",
        "Your plan already has the most items it can hold. Remove an item first.",
    ),
    PlanKeep => ("Bewaren en delen", "Keep and share"),
    PlanDownload => ("Download je plan (.txt)", "Download your plan (.txt)"),
    PlanOpen => ("Open een gedownload plan", "Open a downloaded plan"),
    PlanOpenFailed => (
        "In dit bestand staat geen plan van de keuzehulp. Er is niets veranderd.",
        "This file holds no plan from the choice aid. Nothing was changed.",
    ),
    PlanFileLink => (
        "Open dit plan opnieuw met deze link (je plan staat in de link):",
        "Open this plan again with this link (your plan is in the link):",
    ),
    TalkHeading => ("Gesprek voorbereiden", "Prepare the conversation"),
    TalkIntro => (
        "Praat op tijd met je leidinggevende. Het gesprek gaat over wat jij nodig hebt om goed te werken.",
        "Talk to your manager in time. The conversation is about what you need to work well.",
    ),
    TalkIntroZzp => (
        "Praat op tijd met je opdrachtgever over het werk, of met je huisarts over hoe het met je gaat.",
        "Talk in time with your client about the work, or with your GP about how you are.",
    ),
    TalkHelps => ("Wat helpt mij om goed te werken?", "What helps me to work well?"),
    TalkNeed => ("Wat heb ik nodig?", "What do I need?"),
    TalkAgree => ("Wat wil ik afspreken?", "What would I like to agree?"),
    TalkPrivate => (
        "Wat privé blijft: je gezondheid en je klachten. Die hoef je niet te vertellen. Je kiest zelf wat je deelt.",
        "What stays private: your health and your complaints. You do not have to tell them. You choose what you share.",
    ),
    TalkIntroManager => (
        "Merk je dat iemand in je team stress heeft? Begin het gesprek, luister en spreek samen een volgende stap af.",
        "Do you notice someone in your team is stressed? Start the conversation, listen, and agree on a next step together.",
    ),
    TalkOpen => ("Hoe begin ik het gesprek? Zeg wat je ziet, zonder oordeel.", "How do I open the conversation? Say what you notice, without judging."),
    TalkListen => ("Wat wil ik vragen? Luister vooral: wat heeft de ander nodig?", "What will I ask? Mostly listen: what does the other person need?"),
    TalkNext => ("Welke volgende stap spreken we af?", "Which next step do we agree on?"),
    TalkPrivateManager => (
        "Vraag niet naar klachten of een diagnose: die zijn privé. Praat over het werk en wat helpt.",
        "Do not ask about complaints or a diagnosis: they are private. Talk about the work and what helps.",
    ),
    // From plan to follow-up (issue 32): a plan from a link, sharing by
    // choice, the print, the calendar reminder and the check-in
    // (`ui::checkin`; the NHG-Standaard Overspanning en burn-out, 2018:
    // follow recovery actively, stalled recovery is a reason to refer).
    PlanFromLink => (
        "Dit plan komt uit een link. Controleer het. De keuzehulp heeft het niet gemaakt: iedereen kan zo'n link maken.",
        "This plan comes from a link. Check it. The choice aid did not make it: anyone can make such a link.",
    ),
    PlanSuspect => (
        "Let op: deze tekst noemt een telefoonnummer of een hulplijn. Hij komt uit de link, niet van de keuzehulp. De echte crisislijn staat bovenaan deze pagina.",
        "Note: this text names a phone number or a helpline. It comes from the link, not from the choice aid. The real crisis line is at the top of this page.",
    ),
    PlanSuspectPrint => (
        "Let op: deze tekst komt uit een link, niet van de keuzehulp. De echte crisislijn staat onderaan.",
        "Note: this text comes from a link, not from the choice aid. The real crisis line is at the bottom.",
    ),
    PlanShared => ("Ook in wat ik deel en print", "Include in what I share and print"),
    PlanShareSentence => (
        "Een link, bestand of afdruk van je plan bevat je antwoorden en de delen die je deelt: nu {items} punten en {notes} notities. Wat alleen voor jou is, staat er niet in.",
        "A link, file or print of your plan holds your answers and the parts you share: now {items} items and {notes} notes. What is for you only is not in it.",
    ),
    PlanCopy => ("Kopieer link", "Copy link"),
    PlanLinkLabel => ("Link naar dit plan (wat je deelt)", "Link to this plan (what you share)"),
    SituationPersonal => ("Mijn situatie nu, in mijn eigen woorden", "My situation now, in my own words"),
    SituationManager => ("De situatie nu, in je eigen woorden (over het werk, niet over klachten)", "The situation now, in your own words (about the work, not about complaints)"),
    SituationOrganisation => ("De situatie nu, in eigen woorden", "The situation now, in your own words"),
    PrintMadeOn => ("Gemaakt op", "Made on"),
    PrintWhat => ("Wat", "What"),
    PrintWho => ("Wie", "Who"),
    PrintWhen => ("Wanneer", "When"),
    PrintDone => ("Gedaan", "Done"),
    PrintYes => ("Ja", "Yes"),
    PrintNotYet => ("Nog niet", "Not yet"),
    RemindHeading => ("Terugkijken over een paar weken", "Look back in a few weeks"),
    RemindIntro => (
        "Kies een dag om terug te kijken: gaat het beter, en zijn de stappen gebeurd? Je agenda herinnert je eraan. De link in de afspraak opent je plan en een korte terugblik. Er wordt niets bewaard, alleen in het bestand.",
        "Pick a day to look back: is it better, and did the steps happen? Your calendar reminds you. The link in the appointment opens your plan and a short check-in. Nothing is stored, only in the file.",
    ),
    RemindDay => ("Dag van de herinnering", "Day of the reminder"),
    RemindTwoWeeks => ("Over 2 weken", "In 2 weeks"),
    RemindSixWeeks => ("Over 6 weken", "In 6 weeks"),
    RemindButton => ("Zet een herinnering in je agenda (.ics)", "Add a reminder to your calendar (.ics)"),
    RemindSummaryPersonal => ("Terugblik op je plan (Keuzehulp werkstress)", "Look back at your plan (Work stress choice aid)"),
    RemindSummaryManager => ("Terugblik: hoe gaat het met je medewerker? (Keuzehulp werkstress)", "Look back: how is your team member doing? (Work stress choice aid)"),
    RemindSummaryOrganisation => ("Terugblik op het plan van aanpak (Keuzehulp werkstress)", "Look back at the plan of action (Work stress choice aid)"),
    RemindDescription => (
        "Hoe gaat het nu, vergeleken met {date}? Zijn de afgesproken stappen gebeurd? Open de link voor het plan en een korte terugblik.",
        "How are things now, compared with {date}? Did the agreed steps happen? Open the link for the plan and a short check-in.",
    ),
    CheckInTitle => ("Terugblik op je plan", "Look back at your plan"),
    CheckInTitleOthers => ("Terugblik op het plan", "Look back at the plan"),
    CheckInSince => ("Het plan is van {date}.", "The plan is from {date}."),
    CheckInIntro => (
        "Drie korte vragen. Je antwoorden blijven op dit apparaat en gaan nergens heen.",
        "Three short questions. Your answers stay on this device and go nowhere.",
    ),
    CheckInCompared => ("Hoe gaat het nu, vergeleken met toen?", "How are things now, compared with then?"),
    CheckInComparedManager => ("Hoe gaat het nu met je medewerker, vergeleken met toen?", "How is your team member doing now, compared with then?"),
    CheckInComparedOrganisation => ("Hoe gaat het nu met het team of de collega's, vergeleken met toen?", "How are the team or colleagues doing now, compared with then?"),
    CheckInBetter => ("Beter", "Better"),
    CheckInSame => ("Hetzelfde", "The same"),
    CheckInWorse => ("Slechter", "Worse"),
    CheckInSteps => ("Zijn de afgesproken stappen gebeurd?", "Did the agreed steps happen?"),
    CheckInStepsDone => ("Ja", "Yes"),
    CheckInStepsPartly => ("Een deel", "Some of them"),
    CheckInStepsNot => ("Nee", "No"),
    CheckInDanger => ("Denk je aan zelfdoding, of voel je je nu niet veilig?", "Are you thinking about suicide, or do you not feel safe now?"),
    CheckInDangerOthers => ("Maak je je nu zorgen dat iemand zichzelf of een ander iets aandoet?", "Are you worried now that someone will harm themselves or someone else?"),
    CheckInNo => ("Nee", "No"),
    CheckInYes => ("Ja", "Yes"),
    CheckInKeepGoing => (
        "Fijn dat het beter gaat. Ga door met je plan en kijk over een paar weken weer terug.",
        "Good that it is better. Keep going with your plan and look back again in a few weeks.",
    ),
    CheckInKeepGoingOthers => (
        "Fijn dat het beter gaat. Blijf in gesprek, ga door met het plan en kijk over een paar weken weer terug.",
        "Good that it is better. Keep talking, keep going with the plan and look back again in a few weeks.",
    ),
    CheckInGiveItTime => (
        "Na korte tijd is nog geen verschil gewoon. Ga door, maak de stappen kleiner als dat helpt, en kijk over een paar weken weer terug. Is er dan nog geen verschil, ga dan naar de bedrijfsarts of je huisarts.",
        "After a short time, no difference yet is normal. Keep going, make the steps smaller if that helps, and look back again in a few weeks. If there is still no difference then, see the company doctor or your GP.",
    ),
    CheckInGiveItTimeOthers => (
        "Na korte tijd is nog geen verschil gewoon. Ga door, blijf in gesprek en kijk over een paar weken weer terug. Is er dan nog geen verschil, wijs dan op de bedrijfsarts of de huisarts.",
        "After a short time, no difference yet is normal. Keep going, keep talking and look back again in a few weeks. If there is still no difference then, point to the company doctor or the GP.",
    ),
    CheckInSeeDoctor => (
        "Gaat het na een paar weken niet beter, of gaat het slechter? Wacht dan niet langer. Maak een afspraak met de bedrijfsarts of met je huisarts. Zij kijken met je wat je nodig hebt om te herstellen.",
        "Is it no better after some weeks, or is it worse? Then do not wait any longer. Make an appointment with the company doctor or your GP. They will look with you at what you need to recover.",
    ),
    CheckInSeeDoctorZzp => (
        "Gaat het na een paar weken niet beter, of gaat het slechter? Wacht dan niet langer. Maak een afspraak met je huisarts. Die kijkt met je wat je nodig hebt om te herstellen.",
        "Is it no better after some weeks, or is it worse? Then do not wait any longer. Make an appointment with your GP. They will look with you at what you need to recover.",
    ),
    CheckInSeeDoctorManager => (
        "Gaat het na een paar weken niet beter, of slechter? Wacht dan niet langer. Wijs je medewerker op de bedrijfsarts (het open spreekuur kan ook zonder jou) of de huisarts. Vraag niet naar klachten: praat over wat het werk nodig heeft.",
        "Is it no better after some weeks, or worse? Then do not wait any longer. Point your team member to the company doctor (the open consultation works without you too) or the GP. Do not ask about complaints: talk about what the work needs.",
    ),
    CheckInSeeDoctorOrganisation => (
        "Gaat het na een paar weken niet beter, of slechter? Wacht dan niet langer. Betrek de bedrijfsarts of de arbodienst, en wijs medewerkers op het open spreekuur van de bedrijfsarts en op hun huisarts.",
        "Is it no better after some weeks, or worse? Then do not wait any longer. Involve the company doctor or the occupational health service, and point employees to the company doctor's open consultation and to their GP.",
    ),
    CheckInStepsStalled => (
        "De stappen zijn niet (allemaal) gebeurd. Wat zat in de weg? Pas ze aan in het plan, of spreek ze opnieuw af.",
        "The steps did not (all) happen. What got in the way? Change them in the plan, or agree on them again.",
    ),
    CheckInGuideline => (
        "Zo staat het in de richtlijn voor huisartsen (NHG-Standaard Overspanning en burn-out): volg het herstel actief, en herstel dat stilstaat is een reden om verder te verwijzen.",
        "This is what the guideline for GPs says (NHG-Standaard Overspanning en burn-out): follow recovery actively, and recovery that stalls is a reason to refer on.",
    ),
    CheckInToPlan => ("Naar het plan", "To the plan"),
    CheckInNew => ("Is er iets nieuws? Schrijf het op (het blijft op dit apparaat).", "Is there anything new? Write it down (it stays on this device)."),
    CheckInAddNew => ("Zet het in het plan", "Put it in the plan"),
    CheckInPlanHeading => ("Het plan", "The plan"),
}

/// The text of `key` in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn t(lang: Lang, key: T) -> &'static str {
    let (nl, en) = pair(key);
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The text of `key` in `lang`, from the language's content pack.
#[cfg(target_arch = "wasm32")]
pub fn t(lang: Lang, key: T) -> &'static str {
    crate::content::ui_text(lang, key as usize)
}

/// Every interface text in `lang`, in `T::ALL` order (for the content packs).
#[cfg(not(target_arch = "wasm32"))]
pub fn all(lang: Lang) -> Vec<&'static str> {
    T::ALL.iter().map(|&key| t(lang, key)).collect()
}

/// The text of `key` with `n` at its `{n}`.
fn with_n(lang: Lang, key: T, n: usize) -> String {
    t(lang, key).replacen("{n}", &n.to_string(), 1)
}

/// "Stap 2 van 6" / "Step 2 of 6"; "Stap 1" while the total is not known (0).
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    if total == 0 {
        return with_n(lang, T::StepN, n);
    }
    with_n(lang, T::StepOf, n).replacen("{total}", &total.to_string(), 1)
}

/// How long it takes, with the number of questions.
pub fn duration(lang: Lang, questions: usize) -> String {
    with_n(lang, T::Duration, questions)
}

/// "En nog 7 andere …": the notices past those shown.
pub fn notice_more(lang: Lang, n: usize) -> String {
    with_n(lang, T::NoticeMore, n)
}

/// A notice about an opened link, in the user's language.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    let key = match notice.kind {
        NoticeKind::Malformed => T::NoticeMalformed,
        NoticeKind::UnknownKey => T::NoticeUnknownKey,
        NoticeKind::UnknownValue => T::NoticeUnknownValue,
        NoticeKind::RepeatedKey => T::NoticeRepeatedKey,
        NoticeKind::EmptyValue => T::NoticeEmptyValue,
        NoticeKind::DuplicateValue => T::NoticeDuplicateValue,
        NoticeKind::TooManyValues => T::NoticeTooManyValues,
        NoticeKind::ExclusiveCombined => T::NoticeExclusiveCombined,
        NoticeKind::NotAsked => T::NoticeNotAsked,
        NoticeKind::TooLong => T::NoticeTooLong,
    };
    notice.fill(t(lang, key))
}

/// How strong the evidence for a tool is (`Evidence::label`, from the pack).
pub fn evidence(lang: Lang, evidence: Evidence) -> &'static str {
    t(lang, match evidence {
        Evidence::Effective => T::EvidenceEffective,
        Evidence::WellFounded => T::EvidenceWellFounded,
        Evidence::Described => T::EvidenceDescribed,
        Evidence::NotTested => T::EvidenceNotTested,
        Evidence::Interim => T::EvidenceInterim,
        Evidence::Information => T::EvidenceInformation,
    })
}

/// The title of a source letter, from the number its file name starts with
/// (`004_….txt` is letter 4, see `rules_source::vocabulary::LETTERS`; `001_`
/// is a second copy of `000_`). None for a file name of no known letter.
pub fn letter_title(lang: Lang, file: &str) -> Option<&'static str> {
    const TITLES: [T; 5] = [T::Letter2021Jan, T::Letter2021Jan, T::Letter2023, T::Letter2021Nov, T::Letter2025];
    let (number, _) = file.split_once('_')?;
    let index: usize = number.parse().ok()?;
    TITLES.get(index).map(|&key| t(lang, key))
}

/// The public page of a source letter, where one was confirmed (issue 30, with
/// the search tool, December 2026): the official publication of nr. 405 and
/// nr. 454 (zoek.officielebekendmakingen.nl), the Tweede Kamer's page of nr. 421
/// and of nr. 825 (tweedekamer.nl, document numbers 2021D43454 and 2025D19027).
/// `001_` is the OCR copy of `000_`.
pub fn letter_url(file: &str) -> Option<&'static str> {
    const URLS: [&str; 5] = [
        "https://zoek.officielebekendmakingen.nl/kst-25883-405.html",
        "https://zoek.officielebekendmakingen.nl/kst-25883-405.html",
        "https://zoek.officielebekendmakingen.nl/kst-25883-454.html",
        "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2021D43454&id=2021D43454",
        "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D19027&id=2025D19027",
    ];
    let (number, _) = file.split_once('_')?;
    let index: usize = number.parse().ok()?;
    URLS.get(index).copied()
}

/// The document title: "<page> – Keuzehulp werkstress".
pub fn title(lang: Lang, page: &str, error: bool) -> String {
    let prefix = if error { t(lang, T::ErrorPrefix) } else { "" };
    let app = t(lang, T::AppName);
    if page.is_empty() { format!("{prefix}{app}") } else { format!("{prefix}{page} – {app}") }
}

pub fn level(lang: Lang, level: Level) -> &'static str {
    t(lang, match level {
        Level::Individual => T::LevelIndividual,
        Level::Team => T::LevelTeam,
        Level::Organisation => T::LevelOrganisation,
        Level::Society => T::LevelSociety,
    })
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
        assert_eq!(duration(Lang::Nl, 6).matches("6 korte vragen").count(), 1);
    }

    #[test]
    fn every_source_letter_has_a_title_of_its_own_date() {
        use crate::rules_source::vocabulary::LETTERS;
        // The date in each title, checked against the letter itself.
        let dates = ["11 januari 2021", "11 januari 2021", "24 januari 2023", "15 november 2021", "24 april 2025"];
        for (file, date) in LETTERS.iter().zip(dates) {
            let nl = letter_title(Lang::Nl, file).unwrap_or_else(|| panic!("{file} has no title"));
            assert!(nl.contains(date), "{file}: {nl}");
            assert!(letter_title(Lang::En, file).is_some_and(|en| en != nl), "{file}: an English title");
            let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds").join(file);
            if let Ok(text) = std::fs::read_to_string(&seed) {
                let year = &date[date.len() - 4..];
                assert!(text.contains(year), "{file} never mentions {year}");
            }
        }
        for unknown in ["005_x.txt", "brief.md", "_x", "x_y.txt"] {
            assert_eq!(letter_title(Lang::Nl, unknown), None, "{unknown}");
        }
    }

    #[test]
    fn notices_and_labels_are_the_engines() {
        for kind in NoticeKind::ALL {
            let n = Notice::new(kind, "sector", "maan");
            for lang in Lang::ALL {
                assert_eq!(notice(lang, &n), n.message(lang));
            }
        }
        for e in Evidence::ALL {
            assert_eq!(evidence(Lang::En, e), e.label(Lang::En));
        }
    }
}
