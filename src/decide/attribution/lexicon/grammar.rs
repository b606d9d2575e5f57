//! English function words: the closed classes the rules read a sentence by (forms of "to be",
//! pronouns, determiners, prepositions, conjunctions), and the adverbials allowed between a
//! source and its verb.

use super::super::table::{words, Words};

/// Forms of "to be". Closed class.
pub static BE: Words = words!["am", "are", "be", "been", "being", "is", "was", "were"];

/// Negated forms of "to be": they make a passive or a progressive as "is" does ("isn't
/// reported", "wasn't saying"). Closed class.
pub static NEGATED_BE: Words = words!["aren't", "isn't", "wasn't", "weren't"];

/// Whether `w` (lowercase) is a form of "to be", negated or not.
pub fn is_be(w: &str) -> bool {
    BE.contains(w) || NEGATED_BE.contains(w)
}

/// Personal pronouns that can be a source. First-person ones are dropped (blog voice, "as I said"). Closed class.
pub static PRONOUNS: Words = words!["he", "it", "one", "she", "they", "which", "who"];

/// Indefinite pronouns that stand for someone in particular: a source that names nobody
/// ("Someone said", "Everyone agreed"), anonymous also with the capital that opens a sentence.
/// Not the generic ones ("anyone who … thinks", "whoever", "nobody"): as a known kind of source
/// they would confirm verbs of belief in hypotheticals (130-page listing, nytimes-2). Closed class.
pub static INDEFINITE_PRONOUNS: Words = words!["everybody", "everyone", "somebody", "someone"];

/// First-person and second-person pronouns: an attribution to them is the writer's own voice.
/// Closed class; dropping them follows the Gender Gap Tracker (notes §3).
pub static FIRST_PERSON: Words = words!["i", "me", "us", "we", "you"];

/// Words that end the search for a source: the subject never reaches past them ("sure": "make
/// sure someone …").
/// Closed class (subordinators, relatives, "and", "but").
pub static CLAUSE_BOUNDARIES: Words = words![
    "after", "although", "and", "as", "because", "before", "but", "how", "if", "since", "sure", "than", "that", "though", "unless",
    "until", "what", "when", "whereas", "whether", "which", "while",
];

/// Conjunctions that open a subordinate clause before the main one ("Before city officials had
/// weighed in, Trump said …"): an attribution inside such a clause does not hold the rest of the
/// sentence as its content. Closed class.
pub static SUBORDINATORS: Words =
    words!["after", "although", "as", "because", "before", "if", "once", "since", "though", "until", "when", "while"];

/// Adverbials allowed between a source and its verb: "Russia on Monday denied". Closed class.
pub static DAYS: Words = words!["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"];

/// Single words allowed between a source and its verb, besides "-ly" adverbs and [`CUE_PREFIX`](super::CUE_PREFIX).
/// Our own, from PolNeAR dev sources separated from their verb by an adverb.
pub static SUBJECT_VERB_GAP: Words = words![
    "again",
    "already",
    "always",
    "earlier",
    "even",
    "ever",
    "first",
    "further",
    "here",
    "just",
    "long",
    "now",
    "often",
    "once",
    "only",
    "rather",
    "sometimes",
    "still",
    "then",
    "today",
    "tonight",
    "yesterday",
];

/// Conjunctive adverbs between a source and its verb, which are no part of either: "He moreover
/// added", "The minister however said". Closed class; found in the 130-page listing, where they
/// were taken for the source or into it.
pub static CONJUNCTIVE_ADVERBS: Words =
    words!["furthermore", "however", "instead", "likewise", "meanwhile", "moreover", "nevertheless", "nonetheless", "therefore", "thus"];

/// Words ending in "-ly" that are no adverbs ("attorneys for the family said").
/// Our own, from sources cut at a noun in "-ly" (PolNeAR dev).
pub static LY_NOT_ADVERBS: Words = words![
    "ally", "anomaly", "assembly", "belly", "bully", "family", "folly", "homily", "jelly", "lily", "monopoly", "rally", "reply", "supply",
    "tally",
];

/// Whether a lowercase word is an "-ly" adverb ("bluntly", "repeatedly").
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > MIN_LY_ADVERB_BYTES && w.ends_with("ly") && !LY_NOT_ADVERBS.contains(w)
}

/// An "-ly" adverb is longer than this ("only", "July" and "ugly" are not counted as one).
const MIN_LY_ADVERB_BYTES: usize = 4;

/// Words of degree before a participle that make it an adjective ("a more informed decision",
/// "Well written"); alone, never a subject ("Quite, saying …"). Our own, from fixed false
/// positives (Readability pages).
pub static DEGREE_WORDS: Words = words!["better", "fully", "ill", "least", "less", "more", "most", "quite", "so", "too", "very", "well"];

/// Subjects of a base-form verb that are not plurals in -s ("they say", "police say").
/// Closed class plus collective nouns; our own, from PolNeAR dev.
pub static PLURAL_WORDS: Words = words![
    "children", "data", "i", "media", "men", "people", "police", "public", "staff", "these", "they", "those", "we", "who", "women", "you",
];

/// Adjectives that come before a noun, never heading a subject: after one, a present-tense form is
/// a noun ("the administration’s first comments on"). Our own, from fixed false positives (PolNeAR dev, Readability pages).
pub static NOUN_PREMODIFIERS: Words = words![
    "additional",
    "earlier",
    "early",
    "final",
    "first",
    "following",
    "further",
    "general",
    "initial",
    "key",
    "last",
    "latest",
    "main",
    "major",
    "new",
    "official",
    "other",
    "own",
    "personal",
    "previous",
    "primary",
    "private",
    "public",
    "recent",
    "second",
    "specific",
    "third",
];

/// Determiners and possessives: a verb form after one of them is a noun ("the report", "his
/// claims"). Closed class.
pub static NOUN_MARKERS: Words = words![
    "a", "an", "another", "any", "each", "every", "her", "his", "its", "my", "no", "our", "such", "the", "their", "these", "this", "those",
    "your",
];

/// Object pronouns: after a past tense, they make it a verb with its object ("backed him").
/// Closed class.
pub static OBJECT_PRONOUNS: Words = words!["her", "him", "it", "me", "them", "us"];

/// Possessive determiners: a capitalised word after one is a modifier ("their ICC plans").
/// Closed class.
pub static POSSESSIVES: Words = words!["her", "his", "its", "my", "our", "their", "your"];

/// Forms of "to have" that make a participle a perfect tense ("has written"). Closed class.
pub static PERFECT_AUXILIARIES: Words = words!["had", "has", "have"];

/// Auxiliaries and the negation: a verb group, never part of a noun phrase. Closed class.
pub static NON_NP_AUXILIARIES: Words = words!["did", "does", "had", "has", "have", "not", "will", "would"];

/// Words that open the complement of a naming verb a few words on ("called him a liar",
/// "described the incident as a terrible situation"). Closed class.
pub static NAMING_COMPLEMENTS: Words = words!["a", "an", "as"];

/// Adjectives of a verdict that complement a naming verb when they end its clause ("called the
/// charges unsubstantiated and fabricated", "called the report ridiculous."), not before a noun
/// ("called the false alarm line"). Our own, from PolNeAR dev's missed "called".
pub static VERDICT_ADJECTIVES: Words = words![
    "absurd",
    "baseless",
    "disgraceful",
    "false",
    "irresponsible",
    "laughable",
    "ludicrous",
    "misleading",
    "outrageous",
    "preposterous",
    "ridiculous",
    "shameful",
    "unacceptable",
    "unfair",
    "unfounded",
    "unsubstantiated",
    "untrue",
];

/// Coordinating conjunctions a noun phrase may not end with. Closed class.
pub static COORDINATORS: Words = words!["and", "or"];

/// Words before a sentence's subject that are not part of it ("But", "However,"). Our own, from
/// PolNeAR dev sentences whose subject starts after them.
pub static SENTENCE_CONNECTIVES: Words = words!["and", "but", "however", "meanwhile", "so", "still", "then", "yet"];

/// Conjunctions of time that, right after a closing quotation, open a clause of its own with its
/// own attribution ("“That makes me smart,” when Clinton blasted him"). Closed class; our own,
/// from PolNeAR dev.
pub static TIME_SUBORDINATORS: Words = words!["after", "as", "before", "when", "while"];

/// Words that open a new clause contrasting with the one before ("…, but John Roe said"), so a
/// cue after them is not nested in the earlier content. Closed class (";" included).
pub static CONTRASTS: Words = words![";", "although", "but", "though", "whereas", "while"];

/// Relative and question words before a source: the clause they open holds its own attribution
/// ("the videos, which he said were at his side", "how experts say it would work"). Closed class.
pub static CLAUSE_OPENERS: Words = words!["how", "what", "which", "whom"];

/// Words that ask or relate a place, time or reason: never inside a subject ("the room where",
/// "Why"). Closed class.
pub static QUESTION_WORDS: Words = words!["how", "what", "when", "where", "which", "who", "why"];

/// Relative pronouns that open an apposition of the source ("Dr. Mariano, who was the White
/// House physician, said"). Closed class.
pub static RELATIVE_PRONOUNS: Words = words!["which", "who", "whose"];

/// Pronouns whose "'s" is "is" or "has", not a possessive ("he's", "that's"). Closed class.
pub static IS_CONTRACTION_HOSTS: Words = words!["he", "it", "she", "that", "there", "who"];

/// Determiners of a time adverbial between source and verb ("last week", "this year").
pub static TIME_DETERMINERS: Words = words!["last", "this"];

/// Units of a time adverbial between source and verb ("last week", "this year").
pub static TIME_UNITS: Words = words!["month", "night", "week", "year"];

/// Prepositions that may sit inside a source ("the head of the agency", "officials at the
/// ministry", "people familiar with the matter"). Our own, from PolNeAR's gold sources.
pub static NP_PREPOSITIONS: Words = words!["at", "for", "from", "in", "of", "with"];

/// Prepositions that end a source when met going left ("aid from China says" keeps "from",
/// but "reported by" or "on" never begin a subject). Closed class, minus [`NP_PREPOSITIONS`].
pub static STOP_PREPOSITIONS: Words = words![
    "about", "above", "across", "against", "along", "among", "around", "by", "during", "into", "like", "near", "off", "on", "onto", "over",
    "through", "to", "toward", "towards", "under", "upon", "via", "without",
];

/// Whether `w` is a preposition, of either kind ([`NP_PREPOSITIONS`], [`STOP_PREPOSITIONS`]).
pub fn is_preposition(w: &str) -> bool {
    NP_PREPOSITIONS.contains(w) || STOP_PREPOSITIONS.contains(w)
}

/// Words that open an inserted phrase that is not part of the source ("Clinton, at a later press
/// gaggle, said"). Our own, from PolNeAR dev.
pub static INSERT_PREPOSITIONS: Words = words!["after", "at", "before", "during", "for", "in", "on", "speaking", "while", "with"];

/// Words that cannot end a source: determiners, possessives and prepositions. Closed class.
pub static NOUN_MARKERS_AND_PREPS: Words =
    words!["a", "an", "at", "by", "for", "from", "her", "his", "in", "its", "my", "of", "on", "our", "the", "their", "to", "with", "your",];

/// The articles: after "per", they open a document or a medium ("per the report"). Closed class.
pub static ARTICLES: Words = words!["a", "the"];

/// Words that go before an article inside one noun phrase ("half the staff", "such a source",
/// "twice the number"). Closed class (English grammar).
pub static PREDETERMINERS: Words = words!["half", "quite", "rather", "such", "twice", "what"];

/// Quantifiers that head or open a subject ("Some say", "Several analysts said", "Many of them
/// warned"): plural, and no names when capitalised. Closed class.
pub static QUANTIFIERS: Words = words!["all", "both", "each", "few", "many", "most", "none", "others", "several", "some"];

/// Number words that open a subject ("Four council members said"): no names when capitalised.
/// Closed class.
pub static NUMBER_WORDS: Words =
    words!["dozens", "eight", "eleven", "five", "four", "hundreds", "nine", "seven", "six", "ten", "thousands", "three", "twelve", "two",];

/// Relative pronouns after a noun that open a clause holding its own attribution ("a panel that
/// all agreed …"). Closed class.
pub static RELATIVE_THAT: Words = words!["that", "which"];

/// Pronouns that stand for one person, in the languages with rules ("he", "er", "elle"): the
/// entity grouping resolves them. Closed class.
pub static PERSON_PRONOUNS: Words = words!["elle", "er", "he", "il", "she", "sie"];

/// Pronouns that stand for several people or an organization ("they", "sie", "ils"). Closed
/// class.
pub static GROUP_PRONOUNS: Words = words!["elles", "ils", "sie", "they"];

/// Pronouns that stand for an organization, a medium or a document ("it", "es"). Closed class.
pub static THING_PRONOUNS: Words = words!["es", "it"];

/// Conjunctions that coordinate a verb with an earlier one of the same subject ("… and said",
/// "… but has said"). Closed class.
pub static VERB_COORDINATORS: Words = words!["and", "but", "yet"];

/// Words that open an apposition naming members of the source before it ("Other unions,
/// including the AFL-CIO, said"): PolNeAR counts it as part of the source (the apposition
/// identifies it). Closed class.
pub static INCLUSION_WORDS: Words = words!["including"];

/// Single adverbs set off by commas between a source and its verb ("IBM, however, said"),
/// besides "-ly" adverbs. Closed class.
pub static INSERTED_ADVERBS: Words = words!["also", "however", "instead", "meanwhile", "nevertheless", "then", "though", "too"];

/// Parts of a day after a day's name in a cue ("announced Monday morning"). Closed class.
pub static DAY_PARTS: Words = words!["afternoon", "evening", "morning", "night"];

/// Words that open a free relative clause ("what he called …", "whatever he wanted"). Closed
/// class.
pub static FREE_RELATIVES: Words = words!["what", "whatever"];

/// The past of "do", plain or negated: the base form after it is a verb, never a noun ("did not
/// explain why", "didn't apologize for"). Closed class. (Modals are left out: "Users can also
/// add", "hard facts might say" on product pages are no attributions.)
pub static BASE_FORM_AUXILIARIES: Words = words!["did", "didn't"];

/// Modal and auxiliary verbs: a present-tense form right before one is a noun, its subject
/// ("Most states have passed …"). Closed class.
pub static AUXILIARY_VERBS: Words = words![
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might", "must", "should", "was", "were", "will",
    "would",
];

/// Words after a participle that, with a plural noun before it, make it a reduced relative
/// clause ("the ideas described in this chapter", "the cases cited above"). Our own, from
/// Readability pages.
pub static REDUCED_RELATIVE_NEXT: Words = words!["above", "below", "by", "earlier", "here", "in"];

/// Verbs of aspect before a gerund ("kept saying", "began saying"): the gerund is their
/// complement, not a participle after a noun. Closed class; the "-ed" forms are told by their
/// ending.
pub static ASPECT_VERBS: Words =
    words!["began", "begin", "begins", "continue", "continues", "keep", "keeps", "kept", "quit", "start", "starts", "stop", "stops"];

/// Forms of "continue", whose infinitive complement is the cue itself: "continued to call for",
/// "continues to insist" (PolNeAR dev's gold cues keep "continue to"). Closed class.
pub static CONTINUE_FORMS: Words = words!["continue", "continued", "continues"];

/// Quantifiers that may float after a plural subject, before its verb ("The ministers all
/// agreed", "Merkley and Brown both said"). Closed class.
pub static FLOATING_QUANTIFIERS: Words = words!["all", "both", "each"];
