//! Consent vocabulary per language, for the generic detector of unknown notices.
//!
//! Three kinds of phrase, as data:
//! - **statements** that only a consent notice makes ("we use cookies", "diese Website verwendet
//!   Cookies"): one is required;
//! - **controls**: the words of its buttons (accept / reject / settings): one is required;
//! - **triggers**: single words that make a text node worth a closer look (cheap pre-filter).
//!
//! Statement patterns are regular expressions over the lowercased text; `\s+` between words. Sources:
//! DuckDuckGo autoconsent's `DETECT_PATTERNS` and button classes (`lib/heuristic-patterns.ts`),
//! and the stock texts of the CMPs in `markers.rs`, for English, German, French, Spanish,
//! Italian, Dutch, Portuguese and Polish. Its warning holds here too: "cookie settings" alone
//! fires on footers, so statements must say that the site *uses* cookies or asks for consent.

use regex_lite::{Regex, RegexBuilder};
use std::sync::LazyLock;

/// Statements of a consent notice, per language (ISO 639-1).
pub const STATEMENTS: &[(&str, &[&str])] = &[
    ("de", &[
        r"(wir|diese\s+website|diese\s+seite|unsere\s+website)\s+(verwenden|verwendet|nutzen|nutzt|setzen|setzt)\s+cookies",
        r"cookies\s+(und\s+ähnliche\s+technologien\s+)?(zu|für|um)",
        r"ihre\s+(einwilligung|zustimmung)",
        r"wir\s+und\s+unsere\s+partner",
        r"informationen\s+auf\s+einem\s+gerät\s+speichern",
    ]),
    ("en", &[
        r"(we|this\s+(web)?site|our\s+(web)?site|this\s+page)\s+(use|uses|serve|serves|is\s+using|are\s+using)\s+(optional\s+)?cookies",
        r"uses?\s+cookies\s+(and\s+similar\s+technologies\s+)?to\b",
        r"by\s+(continuing|clicking|using)\b.{0,80}\b(cookies|tracking)",
        r"store\s+and/or\s+access\s+information\s+on\s+a\s+device",
        r"we\s+and\s+our\s+(\d+\s+)?partners",
        r"(accept|agree\s+to)\s+(the\s+use\s+of\s+|all\s+)?cookies",
        r"we\s+value\s+your\s+privacy",
        r"your\s+(cookie\s+)?(consent|privacy\s+choices)",
    ]),
    ("es", &[
        r"(utilizamos|usamos|este\s+sitio(\s+web)?\s+utiliza|esta\s+web\s+utiliza|este\s+sitio(\s+web)?\s+usa)\s+(las\s+)?cookies",
        r"(aceptar?|acepta)\s+(todas\s+las\s+)?cookies",
        r"nosotros\s+y\s+nuestros\s+socios",
        r"su\s+consentimiento",
    ]),
    ("fr", &[
        r"(nous\s+utilisons|ce\s+site(\s+web)?\s+utilise|notre\s+site\s+utilise)\s+des\s+cookies",
        r"utilise\s+des\s+(cookies|traceurs)",
        r"nous\s+et\s+nos\s+partenaires",
        r"votre\s+consentement",
        r"accepter\s+(tous\s+)?les\s+cookies",
        r"stocker\s+et/ou\s+accéder\s+à\s+des\s+informations",
    ]),
    ("it", &[
        r"(utilizziamo|usiamo|questo\s+sito(\s+web)?\s+(utilizza|usa))\s+(i\s+)?cookie",
        r"noi\s+e\s+i\s+nostri\s+partner",
        r"il\s+tuo\s+consenso",
        r"accett[ao]\s+(tutti\s+)?i\s+cookie",
    ]),
    ("nl", &[
        r"(wij|we|deze\s+(web)?site)\s+(gebruiken|gebruikt|maakt\s+gebruik\s+van|maken\s+gebruik\s+van)\s+cookies",
        r"wij\s+en\s+onze\s+partners",
        r"uw\s+toestemming",
        r"cookies\s+(accepteren|toestaan)",
    ]),
    ("pl", &[
        r"(używamy|wykorzystujemy|ta\s+strona\s+(używa|wykorzystuje)|nasza\s+strona\s+(używa|wykorzystuje))\s+(plików\s+)?cookie",
        r"my\s+i\s+nasi\s+partnerzy",
        r"(twoją|twojej)\s+zgod",
        r"pliki\s+cookie",
    ]),
    ("pt", &[
        r"(utilizamos|usamos|este\s+site\s+(utiliza|usa))\s+cookies",
        r"nós\s+e\s+os\s+nossos\s+parceiros",
        r"(seu|o\s+seu)\s+consentimento",
        r"aceitar\s+(todos\s+os\s+)?cookies",
    ]),
];

/// Words of a notice's controls, per kind; all languages together, lowercase, matched as whole
/// control texts or their first words.
pub const ACCEPT: &[&str] = &[
    "accept", "accept all", "accept cookies", "accepter", "accepter et continuer", "accepteren",
    "accetta", "accetta tutti", "aceitar", "aceitar todos", "aceptar", "aceptar todo", "agree",
    "akceptuję", "akkoord", "akzeptieren", "alle akzeptieren", "alle cookies akzeptieren", "allow",
    "allow all", "continue", "einverstanden", "got it", "i accept", "i agree", "i understand",
    "j'accepte", "ok", "okay", "tout accepter", "zaakceptuj", "zgadzam się", "zustimmen",
];
pub const REJECT: &[&str] = &[
    "ablehnen", "alle ablehnen", "continuar sin aceptar", "continuer sans accepter", "decline",
    "deny", "disagree", "do not accept", "nur notwendige", "odrzuć", "rechazar", "rechazar todo",
    "refuse", "refuser", "reject", "reject all", "rejeitar", "rifiuta", "tout refuser", "weigeren",
];
pub const SETTINGS: &[&str] = &[
    "configuración", "configurar", "cookie settings", "customise", "customize", "definições",
    "einstellungen", "impostazioni", "instellingen", "manage", "manage options", "more options",
    "opt-out", "options", "paramètres", "personalizza", "personnaliser", "preferences", "read more",
    "settings", "ustawienia",
];

/// Words of an embed placeholder ("Accept cookies to watch this video"): such a block explains why
/// media is missing, and hiding it hides that (complaint kind 6 in the notes). Lowercase, sorted.
pub const EMBED_WORDS: &[&str] = &[
    "contenido", "content", "contenu", "embed", "inhalt", "instagram", "map", "player", "tweet",
    "twitter", "video", "vidéo", "vimeo", "youtube",
];

/// Whether a (lowercased) text speaks of embedded media.
pub fn mentions_embed(lower: &str) -> bool {
    EMBED_WORDS.iter().any(|w| lower.contains(w))
}

/// Words that make a text node a possible part of a notice (case-insensitive, any language).
pub const TRIGGERS: &[&str] = &[
    "ciasteczk", "consent", "cookie", "datenschutz", "dsgvo", "einwilligung", "gdpr", "privacidad",
    "privacy", "prywatno", "rgpd", "toestemming", "zgod",
];

/// The statements compiled once: one regex per language, alternating its statements.
pub struct Compiled {
    pub statements: Vec<(&'static str, Regex)>,
}

pub static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let build = |p: &str| RegexBuilder::new(p).case_insensitive(true).build().expect("consent vocabulary");
    Compiled {
        statements: STATEMENTS.iter().map(|(lang, list)| (*lang, build(&format!("(?:{})", list.join(")|(?:"))))).collect(),
    }
});

/// Whether a text holds a trigger word (ASCII case-insensitive). Runs on every text node of the
/// page, so it is a plain substring search, not a regex.
pub fn has_trigger(text: &str) -> bool {
    if text.len() < 5 {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    TRIGGERS.iter().any(|t| lower.contains(t))
}

/// The languages whose consent statements `text` makes (empty: not a notice's text).
pub fn statement_languages(text: &str) -> Vec<&'static str> {
    // Lowercase first: the regex engine folds case for ASCII only ("FÜR" must match "für").
    let text = text.to_lowercase();
    COMPILED.statements.iter().filter(|(_, re)| re.is_match(&text)).map(|(l, _)| *l).collect()
}

/// What a control's text says, if it is a consent control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Accept,
    Reject,
    Settings,
}

/// Classifies a button or link text ("Accept", "Alle akzeptieren", "Cookie settings").
pub fn control(text: &str) -> Option<Control> {
    let t = text.trim().trim_end_matches(['.', '!', '×']).trim().to_lowercase();
    if t.is_empty() || t.chars().count() > 40 {
        return None;
    }
    let hit = |list: &[&str]| list.iter().any(|w| t == *w || (t.starts_with(w) && t[w.len()..].starts_with(' ')));
    if hit(REJECT) {
        Some(Control::Reject)
    } else if hit(ACCEPT) {
        Some(Control::Accept)
    } else if hit(SETTINGS) {
        Some(Control::Settings)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_unique_and_lowercase() {
        for (name, list) in [("ACCEPT", ACCEPT), ("REJECT", REJECT), ("SETTINGS", SETTINGS), ("TRIGGERS", TRIGGERS), ("EMBED_WORDS", EMBED_WORDS)] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} before {:?}", w[1], w[0]);
            }
            assert!(list.iter().all(|w| *w == w.to_lowercase()), "{name} must be lowercase");
        }
        let langs: Vec<_> = STATEMENTS.iter().map(|s| s.0).collect();
        assert_eq!(langs, ["de", "en", "es", "fr", "it", "nl", "pl", "pt"]);
    }

    #[test]
    fn statements_recognise_each_language() {
        let cases = [
            ("en", "This website uses cookies to improve your experience."),
            ("de", "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten."),
            ("fr", "Nous utilisons des cookies pour améliorer votre expérience."),
            ("es", "Utilizamos cookies propias y de terceros."),
            ("it", "Questo sito utilizza cookie tecnici e di profilazione."),
            ("nl", "Deze website gebruikt cookies om de site te verbeteren."),
            ("pt", "Este site utiliza cookies para melhorar a sua experiência."),
            ("pl", "Ta strona używa plików cookie w celach statystycznych."),
        ];
        for (lang, text) in cases {
            assert!(statement_languages(text).contains(&lang), "{lang}: {text}");
        }
    }

    #[test]
    fn recipes_and_footers_are_not_statements() {
        for text in [
            "Bake the cookies for 12 minutes until golden.",
            "Privacy policy · Cookie settings · Terms of use",
            "Chocolate chip cookies use brown sugar for chewiness.",
        ] {
            assert!(statement_languages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn controls_are_classified() {
        assert_eq!(control("Accept"), Some(Control::Accept));
        assert_eq!(control("Alle akzeptieren"), Some(Control::Accept));
        assert_eq!(control("Tout refuser"), Some(Control::Reject));
        assert_eq!(control("Cookie settings"), Some(Control::Settings));
        assert_eq!(control("Read the full story"), None);
    }
}
