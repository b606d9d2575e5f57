//! Lowercased token views and the compiled lexicon lookups shared by `cue.rs` and `source.rs`.

use super::lexicon::{self, Tier};
use super::segment::{Segmented, TokenKind};
use std::collections::HashMap;
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
    /// The base form ("say"), which is also the infinitive and the present plural.
    pub base: bool,
}

/// The lexicon compiled once: word form → verb.
pub struct Compiled {
    pub forms: HashMap<&'static str, Form>,
}

pub static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    let mut add = |verb: Option<usize>, lemma: &'static str, list: &'static str| {
        for (k, f) in list.split(' ').enumerate() {
            let gerund = f.ends_with("ing") && k > 0;
            let base = k == 0;
            let past = !gerund && !base && !(f.ends_with('s') && k == 1);
            forms.entry(f).or_insert(Form { verb, lemma, gerund, past, base });
        }
    };
    for (i, v) in lexicon::VERBS.iter().enumerate() {
        add(Some(i), v.lemma, v.forms);
    }
    for (lemma, list) in lexicon::PHRASAL_VERBS {
        add(None, lemma, list);
    }
    Compiled { forms }
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

/// Whether a sorted table holds `word`.
pub fn in_table(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

/// Whether `word` is in an unsorted small table.
pub fn in_list(table: &[&str], word: &str) -> bool {
    table.contains(&word)
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
    letters >= 2 && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}
