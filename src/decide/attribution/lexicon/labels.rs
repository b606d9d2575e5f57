//! Page labels and abbreviations: the words that make a colon a page label rather than a
//! speaker's, and the full stops that end no sentence.

use super::super::table::{table, words, Table, Words};

/// Words that make a label before a colon a page or section label, not a speaker or a headline's
/// source ("Editor's note:", "UPDATE:", "Photo:", "Related Articles:", "March 3:"). From the
/// labels news pages and their themes print (Readability test pages, the seed page).
pub static LABEL_WORDS: Words = words![
    "address",
    "advertisement",
    "analysis",
    "answer",
    "april",
    "august",
    "breaking",
    "by",
    "caption",
    "chapter",
    "clarification",
    "comments",
    "contact",
    "contents",
    "correction",
    "credit",
    "credits",
    "date",
    "december",
    "directions",
    "disclaimer",
    "editor's",
    "editor’s",
    "email",
    "example",
    "exclusive",
    "faq",
    "fax",
    "february",
    "filed",
    "follow",
    "getty",
    "image",
    "images",
    "ingredients",
    "january",
    "july",
    "june",
    "latest",
    "listen",
    "live",
    "location",
    "map",
    "march",
    "may",
    "more",
    "note",
    "november",
    "october",
    "opinion",
    "part",
    "phone",
    "photo",
    "photos",
    "posted",
    "price",
    "published",
    "question",
    "read",
    "related",
    "review",
    "see",
    "september",
    "share",
    "source",
    "sources",
    "sponsored",
    "step",
    "subject",
    "subscribe",
    "summary",
    "tags",
    "tel",
    "time",
    "title",
    "topics",
    "transcript",
    "update",
    "updated",
    "updates",
    "video",
    "videos",
    "warning",
    "watch",
    "website",
];

/// Words that may open a sentence; an initialism before them ends the sentence ("in the U.S. The").
/// Closed class; our own, from sentences split after "U.S." in PolNeAR dev.
pub static SENTENCE_STARTERS: Words = words![
    "a", "an", "but", "he", "her", "his", "i", "in", "it", "its", "mr", "mrs", "ms", "no", "one", "please", "she", "that", "the", "their",
    "there", "these", "they", "this", "we", "what", "when", "yet",
];

/// How an abbreviation behaves before a following word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Always followed by a name: "Mr.", "Dr.", "Gov.".
    Title,
    /// Followed by a number when not sentence-final: "Jan. 5", "No. 10".
    BeforeNumber,
    /// An initialism that can end a sentence: "U.S.", "a.m.".
    Initialism,
}

/// Month names that follow a German ordinal ("am 11. August"), so that its full stop does not end
/// the sentence. Closed class.
pub static MONTHS_AFTER_ORDINAL: Words =
    words!["april", "august", "dezember", "februar", "januar", "juli", "juni", "mai", "märz", "november", "oktober", "september"];

/// Abbreviations whose full stop is not a sentence end, without the final dot (English, and the
/// German ones news text uses: "bzw.", "z.B.", "Nr.").
/// Our own, from sentence splits PolNeAR dev and the German WikiNews texts need.
pub static ABBREVIATIONS: Table<Abbrev> = table![
    ("a.m", Abbrev::Initialism),
    ("apr", Abbrev::BeforeNumber),
    ("aug", Abbrev::BeforeNumber),
    ("bzw", Abbrev::Title),
    ("ca", Abbrev::Title),
    ("capt", Abbrev::Title),
    ("col", Abbrev::Title),
    ("corp", Abbrev::Initialism),
    ("d.h", Abbrev::Title),
    ("dec", Abbrev::BeforeNumber),
    ("del", Abbrev::Title),
    ("dr", Abbrev::Title),
    ("e.g", Abbrev::Title),
    ("evtl", Abbrev::Title),
    ("feb", Abbrev::BeforeNumber),
    ("gen", Abbrev::Title),
    ("ggf", Abbrev::Title),
    ("gov", Abbrev::Title),
    ("i.e", Abbrev::Title),
    ("inc", Abbrev::Initialism),
    ("inkl", Abbrev::Title),
    ("jan", Abbrev::BeforeNumber),
    ("jr", Abbrev::Initialism),
    ("jul", Abbrev::BeforeNumber),
    ("jun", Abbrev::BeforeNumber),
    ("lt", Abbrev::Title),
    ("mar", Abbrev::BeforeNumber),
    ("mio", Abbrev::Title),
    ("mr", Abbrev::Title),
    ("mrd", Abbrev::Title),
    ("mrs", Abbrev::Title),
    ("ms", Abbrev::Title),
    ("no", Abbrev::BeforeNumber),
    ("nov", Abbrev::BeforeNumber),
    ("nr", Abbrev::BeforeNumber),
    ("oct", Abbrev::BeforeNumber),
    ("p.m", Abbrev::Initialism),
    ("prof", Abbrev::Title),
    ("rep", Abbrev::Title),
    ("rev", Abbrev::Title),
    ("sen", Abbrev::Title),
    ("sep", Abbrev::BeforeNumber),
    ("sept", Abbrev::BeforeNumber),
    ("sgt", Abbrev::Title),
    ("sr", Abbrev::Initialism),
    ("st", Abbrev::Title),
    ("u.a", Abbrev::Title),
    ("u.k", Abbrev::Initialism),
    ("u.n", Abbrev::Initialism),
    ("u.s", Abbrev::Initialism),
    ("v.a", Abbrev::Title),
    ("vgl", Abbrev::Title),
    ("vs", Abbrev::Title),
    ("z.b", Abbrev::Title),
];

/// Looks up an abbreviation (without its final dot), case-insensitively.
pub fn abbreviation(word: &str) -> Option<Abbrev> {
    let lower = word.to_lowercase();
    ABBREVIATIONS.get(&lower).copied()
}

/// Whether `word` commonly opens a sentence (case-insensitive).
pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word.to_lowercase())
}

/// Lowercase words allowed inside a speaker label before a colon ("Secretary of State:", "Vincent
/// van Gogh:"). Name particles.
pub static LABEL_NAME_WORDS: Words = words!["and", "de", "of", "the", "van", "von"];

/// German articles and contractions before an ordinal ("des 28. Jahrestages", "zum 3. Mal"), so
/// that its full stop does not end the sentence. Closed class.
pub static ORDINAL_DETERMINERS: Words = words![
    "am", "beim", "das", "dem", "den", "der", "des", "die", "ihr", "ihrem", "ihren", "ihrer", "ihres", "im", "sein", "seinem", "seinen",
    "seiner", "seines", "vom", "zum", "zur",
];
