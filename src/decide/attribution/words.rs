//! Lowercased token views and the compiled lexicon lookups shared by `cue.rs` and `source.rs`.

use super::lexicon::{self, Tier};
use super::segment::{Segmented, TokenKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// What a word form means as a cue.
#[derive(Clone, Copy, Debug)]
pub struct Form {
    /// Index into [`lexicon::VERBS`], or `None` for verbs that only occur in phrasal cues.
    pub verb: Option<usize>,
    pub lemma: &'static str,
    pub gerund: bool,
    /// Past tense or past participle ("said", "reported", "written").
    pub past: bool,
    /// A past participle that is never the past tense ("written", "spoken", "shown"): without an
    /// auxiliary it is no finite verb ("web pages written in HTML").
    pub participle: bool,
    /// The base form ("say"), which is also the infinitive and the present plural.
    pub base: bool,
}

/// What a multi-word phrase of the lexicon is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    /// [`lexicon::NOT_ATTRIBUTION`]: its words are never a cue.
    NotAttribution,
    /// [`lexicon::SOURCELESS`]: a cue with no source.
    Sourceless,
    /// [`lexicon::SOURCE_AFTER`]: a cue whose source follows.
    SourceAfter,
    /// [`lexicon::PHRASAL`]: a verb cue of several words.
    Phrasal(Tier),
}

/// One slot of a phrase: a word, any form of "to be", any form of a verb, or "to" before an
/// infinitive (`{to-verb}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Word(&'static str),
    Be,
    Lemma(&'static str),
    /// "to" before a lowercase word that opens no noun phrase: "declined to step down", not
    /// "declined to 40 percent", "declined to a record low".
    ToVerb,
}

/// A phrase of the lexicon, parsed once (`{be}` and `{lemma}` slots as in the tables).
#[derive(Clone, Debug)]
pub struct Phrase {
    pub kind: PhraseKind,
    pub slots: Vec<Slot>,
}

impl Phrase {
    fn parse(kind: PhraseKind, text: &'static str) -> Phrase {
        let slots = text
            .split(' ')
            .map(|part| match part {
                "{be}" => Slot::Be,
                "{to-verb}" => Slot::ToVerb,
                slot if slot.starts_with('{') => Slot::Lemma(&slot[1..slot.len() - 1]),
                word => Slot::Word(word),
            })
            .collect();
        Phrase { kind, slots }
    }

    /// The end (exclusive) of a match starting at token `i`.
    pub fn match_at(&self, lower: &Lower, i: usize) -> Option<usize> {
        for (k, slot) in self.slots.iter().enumerate() {
            let w = lower.get(i + k);
            let ok = match slot {
                Slot::Word(x) => w == *x,
                Slot::Be => lexicon::BE.contains(w),
                Slot::Lemma(l) => COMPILED.forms.get(w).is_some_and(|f| f.lemma == *l),
                Slot::ToVerb => w == "to" && to_verb(lower.get(i + k + 1)),
            };
            if !ok {
                return None;
            }
        }
        Some(i + self.slots.len())
    }
}

/// Whether `w`, after "to", can be an infinitive: a lowercase word, not a determiner or
/// preposition ("to step", not "to 40", "to a", "to its", "to around 40%").
fn to_verb(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()) && !lexicon::is_preposition(w) && !lexicon::NOUN_MARKERS.contains(w)
}

/// The lexicon compiled once: word form → verb, the multi-word phrases indexed by the words
/// they can start with, and every word a cue can start with (so that a token that starts none
/// costs one lookup).
pub struct Compiled {
    pub forms: HashMap<&'static str, Form>,
    pub phrases: Vec<Phrase>,
    pub by_first: HashMap<&'static str, Vec<usize>>,
    /// The words a cue's matchers start from (`cue::find`): the first words of phrases, the verb
    /// forms, "to be", and the nominal, received and issuing cues. One lookup where a token that
    /// starts no cue (most do not) cost seven.
    pub cue_starts: HashSet<&'static str>,
}

impl Compiled {
    /// The phrases that can start with `word`, in table order.
    pub fn phrases_from(&self, word: &str) -> impl Iterator<Item = &Phrase> {
        self.by_first.get(word).into_iter().flatten().map(|&k| &self.phrases[k])
    }
}

pub static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut forms = HashMap::default();
    // A list holds, per spelling, base, third person, past, past participle (if different),
    // gerund(s): "criticize … criticizing criticise criticises …". A form after a gerund that is
    // no gerund starts the next spelling.
    let mut add = |verb: Option<usize>, lemma: &'static str, list: &'static str| {
        let mut position = 0;
        let mut past_forms = 0;
        let mut after_gerund = false;
        for f in list.split(' ') {
            let gerund = f.ends_with("ing") && position > 0;
            if after_gerund && !gerund {
                (position, past_forms) = (0, 0);
            }
            let base = position == 0;
            let third = position == 1 && f.ends_with('s');
            let past = !gerund && !base && !third;
            // The second past form, when it is irregular: "spoke spoken" ("signaled signalled" are
            // two spellings of one).
            let participle = past && past_forms == 1 && !f.ends_with("ed");
            past_forms += usize::from(past);
            forms.entry(f).or_insert(Form { verb, lemma, gerund, past, participle, base });
            after_gerund = gerund;
            position += 1;
        }
    };
    for (i, v) in lexicon::VERBS.iter().enumerate() {
        add(Some(i), v.lemma(), v.forms);
    }
    for (lemma, list) in lexicon::PHRASAL_VERBS.iter() {
        add(None, lemma, list);
    }
    let mut phrases = Vec::new();
    phrases.extend(lexicon::NOT_ATTRIBUTION.iter().map(|p| Phrase::parse(PhraseKind::NotAttribution, p)));
    phrases.extend(lexicon::SOURCELESS.iter().map(|p| Phrase::parse(PhraseKind::Sourceless, p)));
    phrases.extend(lexicon::SOURCE_AFTER.iter().map(|p| Phrase::parse(PhraseKind::SourceAfter, p)));
    phrases.extend(lexicon::PHRASAL.iter().map(|(p, tier)| Phrase::parse(PhraseKind::Phrasal(*tier), p)));
    let mut by_first: HashMap<&'static str, Vec<usize>> = HashMap::default();
    for (k, phrase) in phrases.iter().enumerate() {
        let firsts: Vec<&'static str> = match phrase.slots[0] {
            Slot::Word(w) => vec![w],
            Slot::ToVerb => vec!["to"],
            Slot::Be => lexicon::BE.iter().collect(),
            Slot::Lemma(l) => forms.iter().filter(|(_, f)| f.lemma == l).map(|(w, _)| *w).collect(),
        };
        for w in firsts {
            by_first.entry(w).or_default().push(k);
        }
    }
    let lists = [lexicon::BE, lexicon::NOMINAL_CUES, lexicon::RECEIVED_CUES, lexicon::NOMINAL_TO_CUES, lexicon::ISSUING_VERBS];
    let cue_starts = by_first.keys().chain(forms.keys()).copied().chain(lists.iter().flat_map(|l| l.iter())).collect();
    Compiled { forms, phrases, by_first, cue_starts }
});

/// Lowercased words of a segmented text, one per token ("" for punctuation), built once.
pub struct Lower {
    buf: String,
    ranges: Vec<(u32, u32)>,
}

impl Lower {
    pub fn new(seg: &Segmented) -> Lower {
        let mut buf = String::with_capacity(seg.text.len());
        let mut ranges = Vec::with_capacity(seg.tokens.len());
        for t in &seg.tokens {
            let s = &seg.text[t.start..t.end];
            let start = buf.len() as u32;
            match t.kind {
                TokenKind::Word | TokenKind::Number if s.is_ascii() => {
                    buf.push_str(s);
                    buf[start as usize..].make_ascii_lowercase();
                }
                TokenKind::Word | TokenKind::Number => {
                    // Normalise the curly apostrophe so that "Putin’s" and "Putin's" look alike.
                    for c in s.chars() {
                        if c == '’' {
                            buf.push('\'');
                        } else {
                            buf.extend(c.to_lowercase());
                        }
                    }
                }
                TokenKind::Punct => buf.push_str(s),
                _ => {}
            }
            ranges.push((start, buf.len() as u32));
        }
        Lower { buf, ranges }
    }

    /// The lowercase text of token `i` ("" for quote marks).
    pub fn get(&self, i: usize) -> &str {
        self.ranges.get(i).map_or("", |&(a, b)| &self.buf[a as usize..b as usize])
    }

    /// Whether tokens from `i` on spell `phrase` (lowercase words separated by single spaces).
    pub fn matches_at(&self, i: usize, phrase: &str) -> bool {
        phrase.split(' ').enumerate().all(|(k, w)| self.get(i + k) == w)
    }

    pub fn len(&self) -> usize {
        self.ranges.len()
    }
}

/// A lowercase word without a contracted verb: "he" for "he’d", "i" for "i've", "she" for
/// "she’ll" (a possessive "’s" stays: "clinton’s").
pub fn without_contraction(word: &str) -> &str {
    match word.split_once(['\'', '’']) {
        Some((base, "d" | "ll" | "ve" | "re" | "m")) => base,
        Some((base, "s")) if lexicon::IS_CONTRACTION_HOSTS.contains(base) => base,
        _ => word,
    }
}

/// Whether `word` (lowercase) is a pronoun with a contracted "is" or "are" ("he's", "they're"):
/// before a gerund, a progressive ("He’s claiming that …").
pub fn with_contracted_be(word: &str) -> bool {
    match word.split_once(['\'', '’']) {
        Some((base, "re")) => lexicon::PRONOUNS.contains(base),
        Some((base, "s")) => lexicon::IS_CONTRACTION_HOSTS.contains(base) && lexicon::PRONOUNS.contains(base),
        _ => false,
    }
}

/// The tier of a verb form, if it is a reporting verb.
pub fn tier_of(form: &Form) -> Option<Tier> {
    form.verb.map(|i| lexicon::VERBS[i].tier)
}

/// Whether the word starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is written all in capitals (and has at least two letters): "CCTV", "U.S".
pub fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= MIN_INITIALISM_LETTERS && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// The fewest letters of a word in capitals taken for an initialism ("A" and "I" are not).
const MIN_INITIALISM_LETTERS: usize = 2;
