//! English multi-word cues and the words that join a verb cue or decide what kind of cue a word
//! is: non-verbal cues, sourceless cues, the phrases before and after a verb, set phrases that
//! are no attributions.

use super::super::table::{words, Words};

/// Cues that are not verbs and whose source follows them: "according to X", "citing X".
/// Sorted. Each entry is lowercase words separated by single spaces.
/// From the notes' tier proposal (§2) and PolNeAR's non-verbal cues ("according to" 465, "in" 78).
pub static SOURCE_AFTER: Words =
    words!["according to", "as reported by", "as told by", "citing", "in", "in the view of", "in the words of", "per"];

/// Heads of a noun phrase after "in" that make "in" a cue: PolNeAR annotates "In this poll,
/// Trump rose" and "a bump in one of the first post-debate polls" as attributions.
pub static IN_SOURCE_HEADS: Words = words!["poll", "polling", "polls", "survey", "surveys"];

/// Nouns after a word of [`IN_SOURCE_HEADS`] that make it a modifier ("poll workers", "survey
/// data"), not the head. Our own, from fixed false positives (PolNeAR dev).
pub static POLL_MODIFIED: Words = words![
    "area",
    "booth",
    "booths",
    "data",
    "numbers",
    "position",
    "respondents",
    "results",
    "station",
    "stations",
    "taker",
    "takers",
    "tax",
    "workers",
];

/// Words that, right after "according to", mean a plan rather than a source ("according to plan").
/// Our own, from fixed false positives.
pub static ACCORDING_TO_NOT_SOURCE: Words = words!["plan", "plans", "protocol", "rules", "schedule", "script", "tradition"];

/// Cues without a source: "it was reported that", "X is said to", "reportedly".
/// Sorted. `{be}` is any form of "to be".
/// From PolNeAR's `Attribution-no-source` relations (notes §3) and the tier proposal ("reportedly").
pub static SOURCELESS: Words = words![
    "it {be} alleged that",
    "it {be} announced that",
    "it {be} believed that",
    "it {be} claimed that",
    "it {be} reported that",
    "it {be} said that",
    "it's alleged that",
    "it's believed that",
    "it's claimed that",
    "it's reported that",
    "it's said that",
    "reportedly",
];

/// Auxiliaries, negations and adverbs that join a verb cue when they come right before it
/// ("has said", "would not say", "hasn't said", "also said"). From PolNeAR's gold cues ("has said", "also said"; notes, "Scoring conventions").
pub static CUE_PREFIX: Words = words![
    "also",
    "always",
    "aren't",
    "can",
    "can't",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "don't",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "isn't",
    "later",
    "long",
    "may",
    "might",
    "must",
    "mustn't",
    "never",
    "not",
    "often",
    "previously",
    "repeatedly",
    "shall",
    "should",
    "shouldn't",
    "sometimes",
    "wasn't",
    "weren't",
    "will",
    "won't",
    "would",
    "wouldn't",
];

/// Phrases that join a verb cue when they follow it: when it was said and to whom ("said
/// Friday", "told reporters"); where it was said is a [`SETTING_NOUNS`] phrase. PolNeAR's gold
/// cues often include them (`../shared/notes/attribution.md`: "said in a statement" 43, "told
/// reporters" 44); "in detail" from PolNeAR dev's missed "shows in detail how".
pub static CUE_SUFFIXES: Words = words![
    "earlier",
    "in detail",
    "in interviews",
    "last month",
    "last night",
    "last week",
    "last year",
    "on facebook",
    "on twitter",
    "reporters",
    "this week",
    "today",
    "yesterday",
];

/// Where something was said, after a verb cue and joined to it: "said in a recent interview",
/// "told reporters during a campaign rally", "said at his news conference" (a preposition of
/// [`SETTING_PREPOSITIONS`], a determiner of [`SETTING_DETERMINERS`], at most
/// [`MAX_SETTING_MODIFIERS`] words, then one of these nouns). From PolNeAR dev's gold cues.
pub static SETTING_NOUNS: Words = words![
    "appearance",
    "briefing",
    "conference",
    "debate",
    "email",
    "hearing",
    "interview",
    "letter",
    "memo",
    "post",
    "rally",
    "remarks",
    "speech",
    "statement",
    "tweet",
    "video",
];

/// The words that may follow a [`SETTING_NOUNS`] noun, which then ends its phrase ("said in an
/// interview that …", "said at a rally on Friday"); any other word continues a compound ("in the
/// video game"). Closed class.
pub static SETTING_ENDS: Words = words![
    "after",
    "and",
    "as",
    "at",
    "before",
    "but",
    "earlier",
    "from",
    "in",
    "last",
    "on",
    "that",
    "this",
    "to",
    "today",
    "tonight",
    "when",
    "while",
    "with",
    "yesterday",
];

/// The prepositions that open a [`SETTING_NOUNS`] phrase.
pub static SETTING_PREPOSITIONS: Words = words!["at", "during", "in"];

/// The determiners of a [`SETTING_NOUNS`] phrase.
pub static SETTING_DETERMINERS: Words = words!["a", "an", "her", "his", "its", "the", "their"];

/// The most words between a setting's determiner and its noun ("a brief telephone interview").
pub const MAX_SETTING_MODIFIERS: usize = 2;

/// Set phrases in which a reporting verb is not an attribution. Matched on the words around the
/// cue (lowercase, punctuation as its own word). Source: the false positives listed in the notes
/// (§3 "False positives") and issue 5's list; "{tell} the story of" (a narrative, as a film or
/// a book has one, not a claim) from the Readability test pages.
pub static NOT_ATTRIBUTION: Words = words![
    "as described",
    "as discussed",
    "as explained",
    "as mentioned",
    "as noted",
    "as shown",
    "easier said than done",
    "goes without saying",
    "having said that",
    "needless to say",
    "so - called",
    "so to speak",
    "suffice it to say",
    "that is to say",
    "that said ,",
    "to say the least",
    "when all is said and done",
    "{add} up",
    "{believe} in",
    "{tell} the story of",
    "{tell} the tale of",
];

/// Prepositions before a gerund cue whose source is the sentence's subject ("began by saying",
/// "aside from saying"). Closed class; our own, from PolNeAR dev.
pub static GERUND_PREPOSITIONS: Words = words!["after", "before", "by", "from", "while", "without"];

/// Words that may follow a present-tense reporting verb (its complement or an adverbial).
/// Anything else, a lowercase noun above all, means the form was a noun. Our own, from the
/// nouns PolNeAR dev's lexical matcher took for verbs ("state broadcaster", "reports show").
pub static COMPLEMENT_STARTS: Words = words![
    "a", "about", "after", "also", "an", "at", "before", "during", "he", "her", "him", "his", "how", "i", "if", "in", "it", "its", "many",
    "me", "my", "no", "not", "nothing", "on", "only", "our", "she", "so", "some", "that", "the", "their", "them", "there", "these", "they",
    "this", "those", "to", "us", "we", "what", "when", "where", "whether", "who", "why", "yes", "you", "your",
];

/// Words right after a cue of tier B, Subject or Evidence that confirm it (with an opening
/// quotation mark): a complement clause or a colon. The tier proposal in the notes (§2).
pub static TIER_SIGNALS: Words = words![":", "how", "if", "that", "what", "whether", "why"];

/// Adverbs allowed inside a passive cue: "was first reported by", "is widely believed to"
/// (besides "-ly" adverbs). Our own, from PolNeAR dev's passive cues.
pub static PASSIVE_ADVERBS: Words = words!["also", "first", "initially", "later", "originally", "previously", "widely"];

/// The words that may follow a past participle opening its sentence as an attribution ("Asked
/// about the bridge, the mayor said", "Reached by phone, …", "Pressed on whether …"). Closed
/// class; our own.
pub static PARTICIPLE_PHRASE_STARTS: Words =
    words!["about", "after", "at", "by", "during", "for", "from", "how", "if", "in", "of", "on", "over", "what", "whether", "why", "with",];

/// Past participles that open a sentence before "to" and a reporting verb as an attribution, a
/// question put to the subject after the phrase ("Asked to describe the device, the chief said
/// …"; not "Asked to leave, …"). Our own, from PolNeAR dev's missed "Asked".
pub static PARTICIPLES_BEFORE_TO: Words = words!["asked", "pressed"];

/// Nouns of will that are cues between a possessor and "to" ("Obama's decision to …", "her
/// refusal to …"). From PolNeAR dev's nominal cues ("decision", "determination").
pub static NOMINAL_TO_CUES: Words =
    words!["call", "decision", "determination", "plan", "pledge", "promise", "proposal", "refusal", "threat", "vow"];

/// Nouns of saying that are cues between a possessor and "that" ("Trump’s claim that …").
/// From PolNeAR's nominal cues ("claim", "promise", "warning"; notes §3), and PolNeAR dev's
/// missed "announcement", "emphasis".
pub static NOMINAL_CUES: Words = words![
    "accusation",
    "accusations",
    "admission",
    "allegation",
    "allegations",
    "announcement",
    "argument",
    "assertion",
    "assertions",
    "belief",
    "charge",
    "claim",
    "claims",
    "contention",
    "denial",
    "emphasis",
    "insistence",
    "pledge",
    "promise",
    "suggestion",
    "vow",
    "warning",
    "warnings",
];

/// Modifiers between a possessor and a noun of [`NOMINAL_CUES`] or [`NOMINAL_TO_CUES`], which
/// join the cue: "Tulsa police’s earlier claim that …", "his repeated warning that …". Our own,
/// from PolNeAR dev's missed "earlier claim", "repeated emphasis".
pub static NOMINAL_MODIFIERS: Words =
    words!["earlier", "first", "initial", "latest", "new", "original", "previous", "public", "recent", "renewed", "repeated"];

/// Nouns of what people said against someone, cues after a verb of [`RECEIVING_VERBS`]: "has
/// faced sharp criticism", "came under criticism from the union", "drew questions about". The
/// subject is whom they were said of; the source, if any, follows "from". Our own, from PolNeAR's
/// nominal cues ("criticism", "questions about", "ridicule").
pub static RECEIVED_CUES: Words =
    words!["accusations", "allegations", "calls", "complaints", "condemnation", "criticism", "questions", "ridicule"];

/// Verbs (all forms) whose object of [`RECEIVED_CUES`] was said to their subject ("faced", "drew",
/// "came under", "received"). Closed list; our own.
pub static RECEIVING_VERBS: Words = words![
    "attract",
    "attracted",
    "attracting",
    "attracts",
    "came",
    "come",
    "comes",
    "coming",
    "draw",
    "drawing",
    "drawn",
    "draws",
    "drew",
    "face",
    "faced",
    "faces",
    "facing",
    "receive",
    "received",
    "receives",
    "receiving",
];

/// The most words between a verb of [`RECEIVING_VERBS`] and its noun ("faced sharp criticism",
/// "came under withering criticism").
pub const MAX_RECEIVED_MODIFIERS: usize = 2;
