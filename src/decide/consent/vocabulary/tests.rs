use super::*;

/// Per language: a notice's sentence, and a sentence of article prose that uses the same words
/// (the biscuit, someone's consent) without being a notice.
const SENTENCES: &[(&str, &str, &str)] = &[
    (
        "bg",
        "Този уебсайт използва бисквитки, за да подобри вашето изживяване.",
        "Баба изпече бисквитки и използваме бисквитки за основата на тортата.",
    ),
    ("cs", "Tento web používá soubory cookie k analýze návštěvnosti.", "Starosta dal souhlas se stavbou nového mostu."),
    ("da", "Vi bruger cookies til at forbedre din oplevelse på hjemmesiden.", "Kommunen gav sit samtykke til byggeriet i går."),
    (
        "de",
        "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
        "Der Datenschutzbeauftragte legte am Dienstag seinen Bericht vor.",
    ),
    ("el", "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "Ο δήμαρχος έδωσε τη συγκατάθεσή του για τη νέα γέφυρα."),
    ("en", "This website uses cookies to improve your experience.", "Bake the cookies for 12 minutes until golden."),
    ("es", "Utilizamos cookies propias y de terceros.", "La ley de privacidad entró en vigor el martes."),
    (
        "et",
        "Kasutame küpsiseid, et parandada teie kasutajakogemust ja analüüsida veebilehe liiklust.",
        "Vanaema küpsetas küpsiseid ja me kasutame küpsiseid koogipõhjaks.",
    ),
    ("fi", "Käytämme evästeitä parantaaksemme sivuston toimintaa.", "Kaupunginhallitus antoi suostumuksensa hankkeelle."),
    ("fr", "Nous utilisons des cookies pour améliorer votre expérience.", "Les cookies aux pépites de chocolat sortent du four à midi."),
    ("ga", "Úsáidimid fianáin chun an suíomh a fheabhsú.", "Níor thug an tAire a thoiliú don phlean."),
    (
        "hr",
        "Ova web stranica koristi kolačiće kako bi poboljšala vaše iskustvo.",
        "Baka je ispekla kolačiće, a koristimo kolačiće i za podlogu torte.",
    ),
    (
        "hu",
        "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.",
        "Nagymama sütött, és a torta aljához is sütiket használunk.",
    ),
    ("is", "Við notum vafrakökur til að bæta upplifun þína á vefnum.", "Ráðherrann veitti samþykki sitt fyrir framkvæmdinni."),
    ("it", "Questo sito utilizza cookie tecnici e di profilazione.", "Il consenso del sindaco è arrivato ieri sera."),
    ("lt", "Naudojame slapukus, kad pagerintume jūsų naršymo patirtį.", "Meras davė sutikimą statyti naują tiltą."),
    ("lv", "Mēs izmantojam sīkdatnes, lai uzlabotu vietnes darbību.", "Dome deva piekrišanu jaunā tilta būvniecībai."),
    ("mt", "Dan is-sit juża l-cookies biex itejjeb l-esperjenza tiegħek.", "Il-Ministru ta l-kunsens tiegħu għall-proġett."),
    ("nl", "Deze website gebruikt cookies om de site te verbeteren.", "De gemeente gaf toestemming voor de bouw van de brug."),
    ("no", "Vi bruker informasjonskapsler for å forbedre opplevelsen din.", "Kommunen ga sitt samtykke til byggingen av brua."),
    ("pl", "Ta strona używa plików cookie w celach statystycznych.", "Babcia upiekła ciasteczka na niedzielny obiad."),
    ("pt", "Este site utiliza cookies para melhorar a sua experiência.", "A lei de privacidade foi aprovada ontem pelo parlamento."),
    (
        "ro",
        "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
        "Primăria și-a dat consimțământul pentru construirea podului.",
    ),
    ("sk", "Táto webová stránka používa súbory cookie na analýzu návštevnosti.", "Starosta dal súhlas na stavbu nového mosta."),
    (
        "sl",
        "Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo.",
        "Babica je spekla piškotke, uporabljamo piškotke za podlago torte.",
    ),
    (
        "sv",
        "Vi använder cookies för att förbättra din upplevelse på webbplatsen.",
        "Mormor bakade kakor och vi använder kakor som botten i tårtan.",
    ),
    ("tr", "Bu web sitesi çerezler kullanmaktadır.", "Bayram için Çerez ve kuruyemiş aldık."),
];

#[test]
fn the_24_eu_languages_plus_norwegian_icelandic_and_turkish() {
    let mut codes: Vec<&str> = languages().map(|l| l.code).collect();
    codes.sort_unstable();
    let eu = [
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk",
        "sl", "sv",
    ];
    let mut wanted: Vec<&str> = eu.iter().copied().chain(["is", "no", "tr"]).collect();
    wanted.sort_unstable();
    assert_eq!(codes, wanted);
    assert_eq!(SENTENCES.iter().map(|s| s.0).collect::<Vec<_>>(), wanted, "one sentence per language");
}

#[test]
fn lists_are_sorted_unique_lowercase_and_sourced() {
    for l in languages() {
        assert!(!l.statements.is_empty(), "{}", l.code);
        assert!(cfg!(target_arch = "wasm32") || !l.source.text().is_empty(), "{}: no source", l.code);
        for (name, list) in
            [("accept", l.accept), ("acknowledge", l.acknowledge), ("reject", l.reject), ("settings", l.settings), ("triggers", l.triggers)]
        {
            // Sorted and unique: checked at compile time (`sorted_list!`).
            assert!(list.iter().all(|w| w == w.to_lowercase() && w.trim() == w), "{} {name} must be lowercase", l.code);
        }
    }
    assert!(TRIGGERS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn no_control_word_has_two_meanings() {
    let mut seen: HashMap<&str, Control> = HashMap::default();
    for l in languages() {
        for (list, kind) in [
            (l.accept, Control::Accept),
            (l.acknowledge, Control::Acknowledge),
            (l.reject, Control::Reject),
            (l.settings, Control::Settings),
        ] {
            for w in list {
                if let Some(k) = seen.insert(w, kind) {
                    assert_eq!(k, kind, "{w:?} ({}) is both {k:?} and {kind:?}", l.code);
                }
            }
        }
    }
}

#[test]
fn statements_recognise_each_language_and_have_a_trigger() {
    for (lang, notice, _) in SENTENCES {
        assert!(statement_languages(notice).contains(lang), "{lang}: {notice}");
        assert!(has_trigger(notice), "{lang}: no trigger in {notice}");
    }
}

#[test]
fn article_prose_is_no_statement() {
    for (lang, _, prose) in SENTENCES {
        assert!(statement_languages(prose).is_empty(), "{lang}: {prose} ({:?})", statement_languages(prose));
        assert!(has_trigger(prose), "{lang}: the prose sentence should hold a trigger, to test something: {prose}");
    }
    for text in [
        "Privacy policy · Cookie settings · Terms of use",
        "Chocolate chip cookies use brown sugar for chewiness.",
        "Datenschutz · Cookie-Einstellungen · Impressum",
    ] {
        assert!(statement_languages(text).is_empty(), "{text}");
    }
}

#[test]
fn controls_are_classified() {
    let cases = [
        ("Accept", Some(Control::Accept)),
        ("Alle akzeptieren", Some(Control::Accept)),
        ("J’accepte", Some(Control::Accept)),
        ("Tout refuser", Some(Control::Reject)),
        ("Continuer sans accepter", Some(Control::Reject)),
        ("Cookie settings", Some(Control::Settings)),
        ("OK", Some(Control::Acknowledge)),
        ("Got it!", Some(Control::Acknowledge)),
        ("I agree, continue", Some(Control::Accept)),
        ("Kabul et", Some(Control::Accept)),
        ("Kabul etmiyorum", Some(Control::Reject)),
        ("İzin ver", Some(Control::Accept)),
        ("Hylkää kaikki", Some(Control::Reject)),
        ("Αποδοχή όλων", Some(Control::Accept)),
        ("Godkänn alla kakor", Some(Control::Accept)),
        ("Nej tak", Some(Control::Reject)),
        ("Read the full story", None),
        ("Subscribe", None),
    ];
    for (text, want) in cases {
        assert_eq!(control(text), want, "{text}");
    }
}

#[test]
fn capitalised_non_ascii_stems_still_trigger() {
    assert!(has_trigger("ÇEREZ POLİTİKASI"));
    assert!(has_trigger("Συγκατάθεση"));
}
