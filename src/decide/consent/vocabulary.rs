//! Consent vocabulary per language, for the generic detector of unknown notices.
//!
//! Three kinds of phrase, as data:
//! - **statements** that only a consent notice makes ("we use cookies", "diese Website verwendet
//!   Cookies"): one is required;
//! - **controls**: the words of its buttons (accept / reject / settings): one is required;
//! - **triggers**: single words that make a text node worth a closer look (cheap pre-filter).
//!
//! Statement patterns are word patterns ([`crate::decide::patterns::phrase`]) over the lowercased text. Sources:
//! DuckDuckGo autoconsent's `DETECT_PATTERNS` and button classes (`lib/heuristic-patterns.ts`),
//! and the stock texts of the CMPs in `markers.rs`, for English, German, French, Spanish,
//! Italian, Dutch, Portuguese and Polish. Its warning holds here too: "cookie settings" alone
//! fires on footers, so statements must say that the site *uses* cookies or asks for consent.

use crate::decide::patterns::phrase::{self, PatternSet};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Statements of a consent notice, per language (ISO 639-1), as word patterns
/// ([`crate::decide::patterns::phrase`]: slots of `|` alternatives, `_` joins words, `?` optional, `~N` skips).
pub const STATEMENTS: &[(&str, &[&str])] = &[
    ("de", &[
        "wir|diese_website|diese_seite|unsere_website|diese_webseite verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzt cookies",
        "cookies und_ähnliche_technologien? zu|für|um",
        "ihre einwilligung|zustimmung",
        "wir und unsere partner",
        "informationen auf einem gerät speichern",
    ]),
    ("en", &[
        "we|this_website|this_site|our_website|our_site|this_page use|uses|serve|serves|is_using|are_using optional? cookies",
        "use|uses cookies and_similar_technologies? to",
        "by continuing|clicking|using ~14 cookies|tracking",
        "store and or access information on a device",
        "we and our ~1 partners",
        "accept|agree_to the_use_of|all? cookies",
        "we value your privacy",
        "your cookie? consent|privacy_choices",
    ]),
    ("es", &[
        "utilizamos|usamos|este_sitio_utiliza|este_sitio_web_utiliza|esta_web_utiliza|este_sitio_usa|este_sitio_web_usa cookies|las_cookies|cookies_propias",
        "aceptar|acepta todas_las? cookies",
        "nosotros y nuestros socios",
        "su consentimiento",
    ]),
    ("fr", &[
        "nous_utilisons|ce_site_utilise|ce_site_web_utilise|notre_site_utilise des cookies",
        "utilise des cookies|traceurs",
        "nous et nos partenaires",
        "votre consentement",
        "accepter tous? les cookies",
        "stocker et ou accéder à des informations",
    ]),
    ("it", &[
        "utilizziamo|usiamo|questo_sito_utilizza|questo_sito_web_utilizza|questo_sito_usa i? cookie|cookies",
        "noi e i nostri partner",
        "il tuo consenso",
        "accetta|accetto tutti? i cookie|cookies",
    ]),
    ("nl", &[
        "wij|we|deze_website|deze_site gebruiken|gebruikt|maakt_gebruik_van|maken_gebruik_van cookies",
        "wij en onze partners",
        "uw toestemming",
        "cookies accepteren|toestaan",
    ]),
    ("pl", &[
        "używamy|wykorzystujemy|ta_strona_używa|ta_strona_wykorzystuje|nasza_strona_używa|nasza_strona_wykorzystuje plików? cookie|cookies",
        "my i nasi partnerzy",
        "twoją|twojej zgod*",
        "pliki|plików cookie",
    ]),
    ("pt", &[
        "utilizamos|usamos|este_site_utiliza|este_site_usa cookies",
        "nós e os nossos parceiros",
        "seu|o_seu consentimento",
        "aceitar todos_os? cookies",
    ]),
];

/// Words of a notice's controls, per kind; all languages together, lowercase, matched as whole
/// control texts or their first words.
pub const ACCEPT: &[&str] = &[
    "accept",
    "accept all",
    "accept cookies",
    "accepter",
    "accepter et continuer",
    "accepteren",
    "accetta",
    "accetta tutti",
    "aceitar",
    "aceitar todos",
    "aceptar",
    "aceptar todo",
    "agree",
    "akceptuję",
    "akkoord",
    "akzeptieren",
    "alle akzeptieren",
    "alle cookies akzeptieren",
    "allow",
    "allow all",
    "continue",
    "einverstanden",
    "got it",
    "i accept",
    "i agree",
    "i understand",
    "j'accepte",
    "ok",
    "okay",
    "tout accepter",
    "zaakceptuj",
    "zgadzam się",
    "zustimmen",
];
pub const REJECT: &[&str] = &[
    "ablehnen",
    "alle ablehnen",
    "continuar sin aceptar",
    "continuer sans accepter",
    "decline",
    "deny",
    "disagree",
    "do not accept",
    "nur notwendige",
    "odrzuć",
    "rechazar",
    "rechazar todo",
    "refuse",
    "refuser",
    "reject",
    "reject all",
    "rejeitar",
    "rifiuta",
    "tout refuser",
    "weigeren",
];
pub const SETTINGS: &[&str] = &[
    "configuración",
    "configurar",
    "cookie settings",
    "customise",
    "customize",
    "definições",
    "einstellungen",
    "impostazioni",
    "instellingen",
    "manage",
    "manage options",
    "more options",
    "opt-out",
    "options",
    "paramètres",
    "personalizza",
    "personnaliser",
    "preferences",
    "read more",
    "settings",
    "ustawienia",
];

/// Words of an embed placeholder ("Accept cookies to watch this video"): such a block explains why
/// media is missing, and hiding it hides that (complaint kind 6 in the notes). Lowercase, sorted.
pub const EMBED_WORDS: &[&str] = &[
    "contenido",
    "content",
    "contenu",
    "embed",
    "inhalt",
    "instagram",
    "map",
    "player",
    "tweet",
    "twitter",
    "video",
    "vidéo",
    "vimeo",
    "youtube",
];

/// Whether a (lowercased) text speaks of embedded media.
pub fn mentions_embed(lower: &str) -> bool {
    EMBED_WORDS.iter().any(|w| lower.contains(w))
}

/// Words that make a text node a possible part of a notice (case-insensitive, any language).
pub const TRIGGERS: &[&str] = &[
    "ciasteczk",
    "consent",
    "cookie",
    "datenschutz",
    "dsgvo",
    "einwilligung",
    "gdpr",
    "privacidad",
    "privacy",
    "prywatno",
    "rgpd",
    "toestemming",
    "zgod",
];

/// The statements compiled once (one pattern set per language), and the trigger words.
pub struct Compiled {
    pub statements: Vec<(&'static str, PatternSet)>,
    triggers: AhoCorasick,
}

pub static COMPILED: LazyLock<Compiled> = LazyLock::new(|| Compiled {
    statements: STATEMENTS.iter().map(|(lang, list)| (*lang, PatternSet::new(list).expect("consent statements"))).collect(),
    triggers: AhoCorasick::builder().ascii_case_insensitive(true).build(TRIGGERS).expect("consent triggers"),
});

/// Whether a text holds a trigger word (ASCII case-insensitive). Runs on every text node of the
/// page: one pass of an automaton over all the words.
pub fn has_trigger(text: &str) -> bool {
    text.len() >= 5 && COMPILED.triggers.is_match(text)
}

/// The languages whose consent statements `text` makes (empty: not a notice's text).
pub fn statement_languages(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let words = phrase::words(&lower);
    COMPILED.statements.iter().filter(|(_, set)| set.is_match(&words)).map(|(l, _)| *l).collect()
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
        for (name, list) in
            [("ACCEPT", ACCEPT), ("REJECT", REJECT), ("SETTINGS", SETTINGS), ("TRIGGERS", TRIGGERS), ("EMBED_WORDS", EMBED_WORDS)]
        {
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
