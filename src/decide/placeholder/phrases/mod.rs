//! Placeholder vocabulary, as data: filler text, widget headings, zero counters, labels.
//!
//! No filter list targets these as text (`../shared/notes/boilerplate.md` §3: "Lorem ipsum and
//! '0 comments': no tool found"), so the lists are our own, drawn from WordPress and page-builder
//! theme defaults (the seed page's "Our Company" box, "Laest News"), Readability's ad-word
//! pattern (`^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|…)$`) and the labels news sites
//! put on partner content. English, German, French, with Spanish, Italian, Dutch and Portuguese
//! where the word is common. Lowercase, sorted. Lorem ipsum's words are in [`lorem`].

pub mod lorem;

pub use lorem::LOREM_WORDS;

use crate::decide::patterns::list::{list, sorted_list, List, SortedList};

/// Theme placeholder sentences, matched as the start of a widget's text.
pub const SAMPLE_TEXT: SortedList = sorted_list![
    "add your content here",
    "add your text here",
    "ajoutez votre texte",
    "beispieltext",
    "click here to add",
    "click to edit",
    "edit this text",
    "hier steht ihr text",
    "ihr text hier",
    "insert text here",
    "placeholder text",
    "sample text",
    "texte d'exemple",
    "this is a sample",
    "this is a text widget",
    "type your text",
    "votre texte ici",
    "write something here",
    "your content goes here",
    "your text here",
];

/// Headings of widgets that are empty without their list: "You may also like" and the like.
pub const WIDGET_HEADINGS: SortedList = sorted_list![
    "aktuelle nachrichten",
    "archives",
    "articles liés",
    "articles récents",
    "articles similaires",
    "beliebt",
    "beliebte beiträge",
    "categories",
    "comentarios recientes",
    "commentaires récents",
    "commenti recenti",
    "das könnte sie auch interessieren",
    "derniers commentaires",
    "dernières actualités",
    "dernières nouvelles",
    "empfohlen",
    "follow us",
    "laatste reacties",
    "latest",
    "latest comments",
    "latest news",
    "latest posts",
    "les plus lus",
    "lettre d'information",
    "letzte kommentare",
    "mehr zum thema",
    "meistgelesen",
    "more stories",
    "most popular",
    "most read",
    "neueste beiträge",
    "neueste kommentare",
    "neueste nachrichten",
    "newsletter",
    "newsletters",
    "populaire",
    "popular",
    "popular posts",
    "recent comments",
    "recent posts",
    "recente reacties",
    "recommandé",
    "recommended",
    "recommended for you",
    "related",
    "related articles",
    "related posts",
    "related stories",
    "sign up for our newsletter",
    "subscribe",
    "subscribe to our newsletter",
    "tags",
    "tendances",
    "trending",
    "trending now",
    "trends",
    "ultimi commenti",
    "verwandte artikel",
    "vous aimerez aussi",
    "vous aimerez peut-être aussi",
    "you may also like",
    "you might also like",
    "à lire aussi",
    "ähnliche artikel",
    "últimos comentarios",
];

/// Whole texts of counters at zero ("0 comment", "No comments yet"), as word patterns
/// ([`crate::decide::patterns::phrase`]) that must cover the whole lowercased text ("Comments (0)"
/// is the words "comments 0"), per language: the counters of WordPress themes and
/// of the comment systems of news sites (Disqus, Coral, the CMS's own), in our own words.
pub const ZERO_COUNTERS: &[(&str, List)] = &[
    (
        "de",
        list![
            "0|keine kommentare|kommentar",
            "kommentare|kommentar 0",
            "noch_keine|keine kommentare vorhanden?",
            "sei|seien_sie der erste der kommentiert|einen_kommentar_schreibt",
            "schreib|schreibe|schreiben|schreibn sie? den ersten kommentar",
        ],
    ),
    (
        "en",
        list![
            "0|no|zero comment|comments|response|responses|replies|share|shares|reaction|reactions",
            "no comments yet",
            "be the first to comment",
            "comment|comments 0",
        ],
    ),
    (
        "es",
        list![
            "0|sin|ningún comentario|comentarios",
            "todavía_no|aún_no|no hay comentarios todavía|aún?",
            "comentario|comentarios 0",
            "sé el primero en comentar",
        ],
    ),
    (
        "fr",
        list![
            "0|aucun commentaire|commentaires",
            "pas_de|aucun commentaire|commentaires pour_le_moment|pour_l_instant?",
            "commentaire|commentaires 0",
            "0 réaction|réactions",
            "soyez le premier à commenter|réagir",
        ],
    ),
    ("it", list!["0|nessun commento|commenti", "commenti 0", "non ci sono ancora? commenti", "sii il primo a commentare",]),
    ("nl", list!["0|geen reacties|reactie|opmerkingen", "nog geen reacties", "reacties 0", "wees de eerste om te reageren",]),
];

/// Words one of which every zero counter holds (a cheap test before the patterns above).
pub const COUNTER_NOUNS: SortedList =
    sorted_list!["coment", "comment", "komment", "opmerking", "reacti", "reage", "repl", "respons", "réact", "réagi", "share"];

/// Labels over an ad slot.
pub const AD_LABELS: SortedList = sorted_list![
    "ad",
    "ads",
    "advertentie",
    "advertisement",
    "advertisements",
    "advertising",
    "annuncio",
    "anzeige",
    "anzeigen",
    "contenido patrocinado",
    "contenu partenaire",
    "contenu sponsorisé",
    "contenuto sponsorizzato",
    "conteúdo patrocinado",
    "gesponsert",
    "gesponsorde inhoud",
    "paid content",
    "paid post",
    "partner content",
    "partnerinhalt",
    "promoted content",
    "pub",
    "pubblicità",
    "publicidad",
    "publicidade",
    "publicité",
    "reklama",
    "sponsored",
    "sponsored content",
    "sponsored post",
    "werbung",
];

/// Labels of share bars.
pub const SHARE_LABELS: SortedList = sorted_list![
    "compartilhar",
    "compartir",
    "condividi",
    "delen",
    "partager",
    "partagez",
    "share",
    "share on",
    "share this",
    "share this article",
    "share this post",
    "teilen",
    "udostępnij",
];

/// Whole texts of a loading placeholder ("Loading…"), lowercase: Readability's loading pattern
/// (`^(loading|正在加载|Загрузка|chargement|cargando)(…|...)?$`) and the same word in the other
/// languages of these lists.
pub const LOADING_WORDS: SortedList = sorted_list![
    "cargando",
    "caricamento",
    "carregando",
    "chargement",
    "chargement en cours",
    "laden",
    "loading",
    "wird geladen",
    "ładowanie",
    "загрузка",
    "正在加载",
];

/// Class names of skeleton ("shimmer") placeholders that a page shows while it loads a list or a
/// card: `(text, whole)`: the class is the text (`whole`) or contains it. Sources: MUI
/// `MuiSkeleton-root`, Ant Design `ant-skeleton`, Chakra `chakra-skeleton`,
/// react-loading-skeleton `react-loading-skeleton` (all "skeleton"); Facebook-style "shimmer"
/// loaders; Bootstrap 5's placeholders (`placeholder-glow`, `placeholder-wave`, docs
/// components/placeholders); placeholder-loading's `ph-item`.
pub const SKELETON_CLASSES: &[(&str, bool)] =
    &[("ph-item", true), ("placeholder-glow", true), ("placeholder-wave", true), ("shimmer", false), ("skeleton", false)];

/// Newsletter promos, as word patterns ([`crate::decide::patterns::phrase`]) over the lowercased
/// text, per language: a promo's invitation to sign up, or its promise of the inbox.
pub const NEWSLETTER_PROMOS: &[(&str, List)] = &[
    ("de", list!["newsletter ~6 abonnieren|bestellen|anmelden", "melden|abonnieren sie ~6 newsletter", "in ihr|ihren|ins postfach"]),
    (
        "en",
        list![
            "sign up|subscribe ~6 newsletter|newsletters|briefing|digest",
            "newsletter|newsletters|briefing ~10 inbox",
            "in|to your inbox"
        ],
    ),
    ("es", list!["suscríbete|suscribete|apúntate ~6 boletín|newsletter", "en tu|su bandeja"]),
    ("fr", list!["inscrivez|abonnez vous ~6 newsletter|lettre", "recevez ~8 newsletter|lettre", "dans votre boîte"]),
    ("it", list!["iscriviti ~6 newsletter", "nella tua casella"]),
    ("nl", list!["schrijf|meld je|u in|aan ~6 nieuwsbrief", "in je|uw inbox|mailbox"]),
    ("pt", list!["subscreva|assine|inscreva ~6 newsletter", "na sua caixa"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_unique_lowercase() {
        // These are checked sorted and unique at compile time (`sorted_list!`).
        let lists = [
            ("SAMPLE_TEXT", SAMPLE_TEXT.list()),
            ("COUNTER_NOUNS", COUNTER_NOUNS.list()),
            ("LOREM_WORDS", LOREM_WORDS.list()),
            ("WIDGET_HEADINGS", WIDGET_HEADINGS.list()),
            ("AD_LABELS", AD_LABELS.list()),
            ("SHARE_LABELS", SHARE_LABELS.list()),
            ("LOADING_WORDS", LOADING_WORDS.list()),
        ];
        for (name, list) in lists {
            assert!(list.iter().all(|w| w == w.to_lowercase()), "{name} must be lowercase");
        }
    }
}
