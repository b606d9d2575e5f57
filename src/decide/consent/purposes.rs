//! What else a block with consent words may be: the purposes that make it *not* a consent notice,
//! or that make it a "consent or pay" wall. Each is a table of word patterns per language
//! ([`crate::decide::patterns::phrase`]), matched over the lowercased text of a candidate.
//!
//! - an **age gate** ("Are you 18 or older?") that mentions cookies: it guards content by law;
//! - a **comment prompt** ("Sign in to comment") that mentions privacy: a site feature;
//! - a **subscription offer** ("Subscribe for €1.99 a month"): without a consent control it is a
//!   paywall (never hidden); with one, a "consent or pay" wall;
//! - an **embed placeholder** ("Accept cookies to watch this video"): it tells the reader why the
//!   video is missing (complaint kind 6 in `../shared/notes/consent-notices.md`).
//!
//! All rows are Sourcelight's own wording of how sites put it, per language; where a language has
//! no row, only the other checks apply.

use super::vocabulary;
use crate::decide::patterns::list::{list, sorted_list, List, SortedList};
use crate::decide::patterns::phrase::{self, PatternSet};
use std::sync::LazyLock;

/// Word patterns of one purpose in one language.
pub type Rows = &'static [(&'static str, List)];

/// Age gates: a question of age or a date of birth.
pub const AGE_GATE: Rows = &[
    ("cs", list!["je vám 18", "datum narození"]),
    ("da", list!["er du 18", "fyldt 18", "fødselsdato"]),
    ("de", list!["sind_sie|bist_du 18|21|volljährig|über_18", "mindestens|über 18|21 jahre", "geburtsdatum"]),
    (
        "en",
        list![
            "are you 18|21|over_18|over_21",
            "18|21 years or older|of age",
            "legal drinking|smoking age",
            "date of birth",
            "confirm that? you are 18|21|over",
        ],
    ),
    ("es", list!["mayor de edad", "tienes|tiene más_de? 18 años", "fecha de nacimiento"]),
    ("fi", list!["oletko 18", "täyttänyt 18", "syntymäaika"]),
    ("fr", list!["avez vous 18|21 ans", "plus de 18|21 ans", "êtes vous majeur", "vous êtes majeur", "date de naissance"]),
    ("hu", list!["elmúltál 18", "betöltötted a 18", "születési dátum"]),
    ("it", list!["maggiorenne", "hai almeno? 18 anni", "almeno 18 anni", "data di nascita"]),
    ("nl", list!["18 jaar of ouder", "ben_je|bent_u 18", "geboortedatum"]),
    ("no", list!["er du 18", "fylt 18", "fødselsdato"]),
    ("pl", list!["masz|ukończyłeś|ukończyłaś 18 lat", "jesteś pełnoletni|pełnoletnia", "data urodzenia"]),
    ("pt", list!["maior de idade|18", "tem 18 anos", "data de nascimento"]),
    ("sv", list!["är du 18|20", "fyllt 18|20", "födelsedatum"]),
    ("tr", list!["18 yaşından", "doğum tarihi"]),
];

/// Prompts to sign in and comment.
pub const COMMENT_PROMPT: Rows = &[
    ("cs", list!["přihlaste se ~4 komentovat|komentář|komentáře", "pro přidání komentáře"]),
    ("da", list!["for at kommentere", "log ind ~4 kommentere"]),
    (
        "de",
        list![
            "anmelden|einloggen|registrieren ~4 kommentieren|kommentar|mitdiskutieren|diskutieren",
            "um zu kommentieren",
            "zum kommentieren",
            "diskutieren sie mit",
        ],
    ),
    (
        "en",
        list![
            "sign|log in|up ~4 comment|comments|commenting|reply|conversation|discussion",
            "join the conversation|discussion|debate",
            "leave|post|write a comment|reply",
        ],
    ),
    ("es", list!["para comentar", "inicia sesión ~4 comentar", "deja|escribe un comentario", "únete a la conversación"]),
    ("fi", list!["kommentoidaksesi", "kirjaudu ~4 kommentoi*"]),
    (
        "fr",
        list![
            "pour commenter|réagir",
            "connectez vous ~4 commenter|réagir|commentaire",
            "laisser|écrire un commentaire",
            "rejoignez la discussion|conversation",
        ],
    ),
    ("it", list!["per commentare", "accedi ~4 commentare", "lascia|scrivi un commento"]),
    ("nl", list!["om te reageren", "log in ~4 reageren", "plaats|schrijf een reactie"]),
    ("no", list!["for å kommentere", "logg inn ~4 kommentere"]),
    ("pl", list!["aby skomentować|komentować", "zaloguj się ~4 skomentować|komentować|komentarz", "dodaj komentarz"]),
    ("pt", list!["para comentar", "deixe|escreva um comentário"]),
    ("sv", list!["för att kommentera", "logga in ~4 kommentera"]),
    ("tr", list!["yorum yapmak için", "yorum yap"]),
];

/// Subscription offers: subscribe, pay, read without ads.
pub const SUBSCRIPTION_OFFER: Rows = &[
    ("cs", list!["předplatné|předplatit", "bez reklam", "měsíčně"]),
    ("da", list!["abonnement|abonnér|abonner", "uden reklamer|annoncer", "om måneden"]),
    (
        "de",
        list![
            "abo|abonnement|abonnieren|abonnent|abonnenten|abonniert",
            "werbefrei",
            "ohne werbung|werbetracking|tracking",
            "pro|im monat|woche|jahr",
            "monatlich kündbar",
        ],
    ),
    (
        "en",
        list![
            "subscribe|subscription|subscriber|subscribers|subscribed",
            "ad free",
            "without ads|advertising|tracking",
            "per|a month|week|year",
        ],
    ),
    ("es", list!["suscríbete|suscripción|suscriptor|suscriptores|suscribirse", "sin publicidad|anuncios", "al mes|año", "por mes"]),
    ("fi", list!["tilaa|tilaus|tilaaja", "ilman mainoksia", "kuukaudessa"]),
    ("fr", list!["abonnez|abonnement|abonné|abonnés|abonner", "sans publicité|pub", "par mois|semaine|an"]),
    ("hu", list!["előfizetés|előfizető", "reklámmentes"]),
    ("it", list!["abbonati|abbonamento|abbonato|abbonarti", "senza pubblicità", "al mese|anno"]),
    ("nl", list!["abonnement|abonnee|abonneer|abonneren", "zonder advertenties|reclame", "per maand|week|jaar"]),
    ("no", list!["abonnement|abonner", "uten reklame|annonser", "per måned", "i måneden"]),
    ("pl", list!["subskrypcja|subskrypcję|subskrypcji|prenumerata|prenumeratę|abonament", "bez reklam", "miesięcznie"]),
    ("pt", list!["assine|assinatura|assinante", "sem publicidade|anúncios", "por mês"]),
    ("ro", list!["abonament|abonează", "fără reclame"]),
    ("sv", list!["prenumerera|prenumeration", "utan annonser|reklam", "per månad", "i månaden"]),
    ("tr", list!["abone|abonelik", "reklamsız"]),
];

/// Words of an embed placeholder: the media it stands for. Lowercase, sorted; matched as
/// substrings of the lowercased text.
pub const EMBED_WORDS: SortedList = sorted_list![
    "contenido",
    "content",
    "contenu",
    "contenuto",
    "conteúdo",
    "embed",
    "inhalt",
    "inhoud",
    "instagram",
    "map",
    "player",
    "podcast",
    "spotify",
    "tiktok",
    "tweet",
    "twitter",
    "video",
    "videó",
    "vidéo",
    "vimeo",
    "vídeo",
    "wideo",
    "youtube",
    "βίντεο",
    "видео",
];

struct Compiled {
    age_gate: PatternSet<'static>,
    comment_prompt: PatternSet<'static>,
    subscription_offer: PatternSet<'static>,
}

fn compile(rows: Rows) -> PatternSet<'static> {
    let all: Vec<&str> = rows.iter().flat_map(|(_, p)| p.iter()).collect();
    PatternSet::new(&all).expect("purpose patterns")
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| Compiled {
    age_gate: compile(AGE_GATE),
    comment_prompt: compile(COMMENT_PROMPT),
    subscription_offer: compile(SUBSCRIPTION_OFFER),
});

/// The purposes a candidate's text shows (see the module doc).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Purposes {
    pub age_gate: bool,
    pub comment_prompt: bool,
    pub subscription_offer: bool,
    pub embed: bool,
}

impl Purposes {
    /// Reads the purposes of a text.
    pub fn of(text: &str) -> Purposes {
        let lower = vocabulary::lower(text);
        let words = phrase::words(&lower);
        let c = &*COMPILED;
        Purposes {
            age_gate: c.age_gate.is_match(&words),
            comment_prompt: c.comment_prompt.is_match(&words),
            subscription_offer: c.subscription_offer.is_match(&words),
            embed: EMBED_WORDS.iter().any(|w| lower.contains(w)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_compile_and_are_sorted() {
        // EMBED_WORDS is checked sorted at compile time (`sorted_list!`).
        for rows in [AGE_GATE, COMMENT_PROMPT, SUBSCRIPTION_OFFER] {
            assert!(rows.windows(2).all(|w| w[0].0 < w[1].0), "rows sorted by language");
            compile(rows);
        }
    }

    #[test]
    fn purposes_are_read_from_text() {
        let age = Purposes::of("Please confirm that you are 18 years or older to enter. By entering you accept the use of cookies.");
        assert!(age.age_gate && !age.subscription_offer);
        assert!(Purposes::of("Sign in to comment. By continuing you agree to our use of cookies.").comment_prompt);
        assert!(Purposes::of("Lesen Sie werbefrei mit dem Pur-Abo für 2,99 € im Monat.").subscription_offer);
        assert!(Purposes::of("Accept cookies to watch this video on YouTube.").embed);
        assert_eq!(Purposes::of("We use cookies to measure our audience."), Purposes::default());
    }
}
