//! Placeholder vocabulary, as data: filler text, widget headings, zero counters, labels.
//!
//! No filter list targets these as text (`../shared/notes/boilerplate.md` §3: "Lorem ipsum and
//! '0 comments': no tool found"), so the lists are our own, drawn from WordPress and page-builder
//! theme defaults (the seed page's "Our Company" box, "Laest News") and Readability's ad-word
//! pattern (`^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|…)$`). English, German, French,
//! with Spanish, Italian, Dutch and Portuguese where the word is common. Lowercase, sorted.

/// Words of the Lorem ipsum filler (Cicero's text as typesetters and themes use it).
pub const LOREM_WORDS: &[&str] = &[
    "a", "ac", "accumsan", "ad", "adipiscing", "aenean", "aliqua", "aliquam", "aliquet", "aliquip",
    "amet", "anim", "ante", "arcu", "at", "auctor", "augue", "aute", "bibendum", "blandit",
    "commodo", "condimentum", "consect", "consectetur", "consequat", "convallis", "cras", "culpa",
    "cupidatat", "curabitur", "cursus", "dapibus", "deserunt", "diam", "dictum", "dignissim", "do",
    "dolor", "dolore", "donec", "dui", "duis", "egestas", "eget", "eiusmod", "eleifend",
    "elementum", "elit", "enim", "erat", "eros", "esse", "est", "et", "etiam", "etur", "eu",
    "euismod", "ex", "excepteur", "exercitation", "facilisis", "fames", "faucibus", "felis",
    "fermentum", "feugiat", "fringilla", "fugiat", "fusce", "gravida", "habitant", "hendrerit",
    "iaculis", "id", "in", "incididunt", "integer", "interdum", "ipsum", "irure", "justo", "labore",
    "laboris", "laborum", "lacinia", "lacus", "laoreet", "lectus", "leo", "libero", "ligula",
    "lobortis", "lorem", "luctus", "maecenas", "magna", "malesuada", "massa", "mattis", "mauris",
    "metus", "mi", "minim", "molestie", "mollis", "mollit", "morbi", "nam", "nec", "neque", "nibh",
    "nisi", "nisl", "non", "nostrud", "nulla", "nullam", "nunc", "occaecat", "odio", "officia",
    "orci", "ornare", "pariatur", "pellentesque", "pharetra", "placerat", "porta", "porttitor",
    "posuere", "praesent", "pretium", "proident", "pulvinar", "purus", "quam", "qui", "quis",
    "quisque", "reprehenderit", "rhoncus", "risus", "rutrum", "sagittis", "sapien", "scelerisque",
    "sed", "sem", "semper", "sint", "sit", "sodales", "sollicitudin", "sunt", "suscipit",
    "suspendisse", "tellus", "tempor", "tempus", "tincidunt", "tortor", "tristique", "turpis",
    "ullamco", "ullamcorper", "ultrices", "ultricies", "urna", "ut", "varius", "vehicula", "vel",
    "velit", "venenatis", "veniam", "vestibulum", "vitae", "vivamus", "viverra", "voluptate",
    "volutpat", "vulputate",
];

/// Theme placeholder sentences, matched as the start of a widget's text.
pub const SAMPLE_TEXT: &[&str] = &[
    "add your content here", "add your text here", "ajoutez votre texte", "beispieltext",
    "click here to add", "click to edit", "edit this text", "hier steht ihr text", "ihr text hier",
    "insert text here", "placeholder text", "sample text", "texte d'exemple", "this is a sample",
    "this is a text widget", "type your text", "votre texte ici", "write something here",
    "your content goes here", "your text here",
];

/// Headings of widgets that are empty without their list: "You may also like" and the like.
pub const WIDGET_HEADINGS: &[&str] = &[
    "aktuelle nachrichten", "archives", "articles liés", "articles récents", "articles similaires",
    "beliebt", "beliebte beiträge", "categories", "das könnte sie auch interessieren",
    "dernières actualités", "dernières nouvelles", "empfohlen", "follow us", "latest",
    "latest news", "latest posts", "les plus lus", "lettre d'information", "mehr zum thema",
    "meistgelesen", "more stories", "most popular", "most read", "neueste beiträge",
    "neueste nachrichten", "newsletter", "newsletters", "populaire", "popular", "popular posts",
    "recent posts", "recommandé", "recommended", "recommended for you", "related",
    "related articles", "related posts", "related stories", "sign up for our newsletter",
    "subscribe", "subscribe to our newsletter", "tags", "tendances", "trending", "trending now",
    "trends", "verwandte artikel", "vous aimerez aussi", "vous aimerez peut-être aussi",
    "you may also like", "you might also like", "à lire aussi", "ähnliche artikel",
];

/// Whole texts of counters at zero ("0 comment", "No comments yet"), as regular expressions over
/// the lowercased, whitespace-collapsed text.
pub const ZERO_COUNTERS: &[&str] = &[
    r"^(0|no|zero)\s+(comments?|responses?|replies|shares?|reactions?)$",
    r"^no comments yet$",
    r"^be the first to comment$",
    r"^comments?\s*\(\s*0\s*\)$",
    r"^(0|keine)\s+kommentare?$",
    r"^noch keine kommentare$",
    r"^(0|aucun)\s+commentaires?$",
    r"^soyez le premier à commenter$",
    r"^(0|sin)\s+comentarios?$",
    r"^(0|nessun)\s+commenti?$",
    r"^(0|geen)\s+(reacties|reactie)$",
];

/// Words one of which every zero counter holds (a cheap test before the patterns above).
pub const COUNTER_NOUNS: &[&str] = &[
    "coment", "comment", "kommentar", "reacti", "repl", "respons", "share",
];

/// Labels over an ad slot.
pub const AD_LABELS: &[&str] = &[
    "ad", "ads", "advertentie", "advertisement", "advertisements", "advertising", "annuncio",
    "anzeige", "pub", "pubblicità", "publicidad", "publicidade", "publicité", "reklama",
    "sponsored", "werbung",
];

/// Labels of share bars.
pub const SHARE_LABELS: &[&str] = &[
    "compartilhar", "compartir", "condividi", "delen", "partager", "partagez", "share", "share on",
    "share this", "share this article", "share this post", "teilen", "udostępnij",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_unique_lowercase() {
        for (name, list) in [
            ("LOREM_WORDS", LOREM_WORDS),
            ("SAMPLE_TEXT", SAMPLE_TEXT),
            ("WIDGET_HEADINGS", WIDGET_HEADINGS),
            ("AD_LABELS", AD_LABELS),
            ("SHARE_LABELS", SHARE_LABELS),
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} must come before {:?}", w[1], w[0]);
            }
            assert!(list.iter().all(|w| *w == w.to_lowercase()), "{name} must be lowercase");
        }
    }
}
