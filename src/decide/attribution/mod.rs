//! Attribution: who is the **source** of a statement and which words are its **cue**
//! (PARC/PolNeAR terms; the third part, the **content**, is not reported).
//!
//! Works on plain text, so it runs natively under `cargo test` and the page layer maps its spans
//! to text nodes. The pipeline for one block of text:
//!
//! 1. [`segment`] splits it into tokens, sentences and quotations (UAX #29 plus abbreviation and
//!    quote repair);
//! 2. [`cue`] finds cues with the tables in [`lexicon`], skipping quoted text;
//! 3. [`source`] finds each cue's source next to it and classifies it ([`SourceKind`]);
//! 4. [`find`] drops nested attributions (a cue inside another's content), first-person voices and
//!    verb cues that have no source.
//!
//! The word lists and thresholds are data: [`lexicon`] (English), `lexicon_de` and `lexicon_fr`,
//! every list a [`table::Table`] that is checked sorted, unique and lowercase when the crate
//! compiles. The cases that pin the behaviour down are data too: `tests/data/attribution/*.toml`,
//! run by `tests/attribution.rs` (with `regressions.toml` for every fixed false positive or miss).
//!
//! Offsets: [`find`] returns UTF-8 byte offsets into the text; [`Utf16Map`](crate::model::span::Utf16Map)
//! turns them into UTF-16 code units for JavaScript and the DOM.

pub mod blocks;
pub mod cue;
pub mod de_fr;
pub mod lang;
pub mod lexicon;
pub mod lexicon_de;
pub mod lexicon_fr;
pub mod segment;
pub mod source;
pub mod table;
mod words;

pub use lang::Lang;

use crate::model::span::ByteSpan;
use cue::{Cue, Side};
use serde::Serialize;
use words::{without_contraction, Lower};

/// What kind of source an attribution names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A person by name: "Dmitry Peskov, President Vladimir Putin's spokesman".
    Named,
    /// An unnamed person or group: "A U.S. official", "people familiar with the matter".
    Anonymous,
    /// An organization or a state: "the Kremlin", "Russia".
    Organization,
    /// A news medium: "Chinese state broadcaster CCTV", "the Financial Times".
    Media,
    /// A document: "the report", "court filings".
    Document,
    /// A personal or relative pronoun: "he", "who".
    Pronoun,
    /// No source in the text ("it was reported that"), or none of the above.
    Unknown,
}

/// One attribution: a cue and, if the text names one, its source. Byte offsets into the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub source: Option<ByteSpan>,
    pub cue: ByteSpan,
    pub kind: SourceKind,
}

/// Finds the attributions in `text` (one block: a paragraph, a headline, a list item).
///
/// `lang` is a BCP 47 tag such as `"en"` or `"en-GB"`; `None` detects the language from the text.
/// Languages without rules get no attributions rather than wrong ones.
pub fn find(text: &str, lang: Option<&str>) -> Vec<Attribution> {
    match Lang::resolve(lang, text) {
        Some(Lang::En) => find_english(text),
        Some(Lang::De) => de_fr::find(text, &lexicon_de::RULES),
        Some(Lang::Fr) => de_fr::find(text, &lexicon_fr::RULES),
        None => Vec::new(),
    }
}

fn find_english(text: &str) -> Vec<Attribution> {
    let seg = segment::segment(text);
    let lower = Lower::new(&seg);
    let mut out: Vec<Attribution> = Vec::new();
    // The attribution whose content is the rest of its sentence, if any.
    let mut open: Option<OpenContent> = None;
    for c in cue::find(&seg, &lower) {
        let sentence = seg.tokens[c.first].sentence;
        let in_content = open.filter(|o| o.sentence == sentence);
        let source = match c.side {
            // ", saying …", "by saying …": the subject of the sentence, if no attribution gave one.
            Side::MainClause => in_content.and_then(|o| o.source).or_else(|| source::sentence_subject(&seg, &lower, c.first)),
            Side::Before => match source_of_verb(&seg, &lower, &c) {
                Some(s) if in_content.is_none_or(|o| starts_new_attribution(&seg, &lower, &c, s, o)) => Some(s),
                _ => continue,
            },
            _ if in_content.is_some() => continue,
            Side::After => source::after(&seg, &lower, c.end, true),
            Side::Label => cue::label_before(&seg, &lower, c.first),
            Side::None => None,
        };
        if let Some((a, _)) = source {
            if lexicon::FIRST_PERSON.contains(without_contraction(lower.get(a))) && source::is_pronoun(&seg, &lower, a) {
                continue;
            }
        }
        let kind = source.map_or(SourceKind::Unknown, |(a, b)| source::kind(&seg, &lower, a, b));
        if !c.confirmed && !unconfirmed_fires(c.tier, kind) {
            continue;
        }
        if c.side != Side::None {
            // A subordinate clause, or a relative one between commas ("Scott's relatives, who
            // asked …, watched it, attorneys said"): its content ends before the main clause.
            let subordinate =
                source.is_some_and(|(a, _)| a > 0 && (lexicon::SUBORDINATORS.contains(lower.get(a - 1)) || relative_who(&seg, &lower, a)));
            open = Some(OpenContent { sentence, source, subordinate });
        }
        let span = |a: usize, b: usize| ByteSpan::new(seg.tokens[a].start, seg.tokens[b - 1].end);
        out.push(Attribution { source: source.map(|(a, b)| span(a, b)), cue: span(c.first, c.end), kind });
    }
    out
}

/// The source of a verb cue: after it when the verb follows a quotation or a comma ("“…,” said
/// X", "…, said a U.S. official") or ends a headline ("… says US official"), else before it.
fn source_of_verb(seg: &segment::Segmented, lower: &Lower, c: &Cue) -> Option<(usize, usize)> {
    let after_comma = c.first > 0 && seg.word(c.first - 1) == ",";
    // "told reporters": the object of these verbs is the addressee, never the source.
    let addressee = c.lemma.is_some_and(|l| lexicon::ADDRESSEE_VERBS.contains(l));
    if addressee {
        return source::before(seg, lower, c.first);
    }
    if cue::follows_quote(seg, c.first) || after_comma {
        // "X, a spokesman, said" is an apposition before; "…, said a U.S. official" inverted.
        let apposition = if after_comma { source::before(seg, lower, c.first) } else { None };
        let inverted = || source::after(seg, lower, c.end, true).map(|s| source::with_description(seg, lower, s));
        if let Some(s) = apposition.or_else(inverted) {
            return Some(s);
        }
    } else if let Some((a, b)) = source::after(seg, lower, c.end, false).filter(|_| headline_verb(lower, c)) {
        let sentence_of = |k: usize| seg.tokens.get(k).map(|t| t.sentence);
        let ends_sentence =
            sentence_of(b) != sentence_of(a) || (lexicon::SENTENCE_ENDS.contains(seg.word(b)) && sentence_of(b + 1) != sentence_of(a));
        if ends_sentence && b - a <= MAX_HEADLINE_SOURCE_TOKENS && source::ends_in_source_head(seg, lower, b) {
            return Some((a, b));
        }
    }
    source::before(seg, lower, c.first)
}

/// The most tokens of a source after a headline's verb ("… says US official").
const MAX_HEADLINE_SOURCE_TOKENS: usize = 6;

/// Whether a cue of `tier` that lacks its signal fires with a source of `kind` (see
/// [`lexicon::Tier`]).
fn unconfirmed_fires(tier: lexicon::Tier, kind: SourceKind) -> bool {
    match tier {
        lexicon::Tier::A => true,
        lexicon::Tier::B => false,
        lexicon::Tier::Subject => kind != SourceKind::Unknown,
        lexicon::Tier::Evidence => matches!(kind, SourceKind::Document | SourceKind::Media),
    }
}

/// An attribution whose content runs to the end of its sentence: a later cue in that sentence is
/// usually part of the content ("X said Y told him …") and is not reported on its own.
#[derive(Clone, Copy)]
struct OpenContent {
    sentence: u32,
    /// The source's token range, for "…, saying" participles.
    source: Option<(usize, usize)>,
    /// Whether the attribution sits in a subordinate clause ("Before officials had weighed in, …").
    subordinate: bool,
}

/// Whether a verb cue with source `s`, in the content of `open`, is an attribution of its own:
/// after a quotation ("…,” she said"), a coordinated verb of the same subject ("He claimed vast
/// wealth and said …"), the main clause after a subordinate one, or a contrast ("…, but X said").
fn starts_new_attribution(seg: &segment::Segmented, lower: &Lower, c: &Cue, s: (usize, usize), open: OpenContent) -> bool {
    let after_comma = s.0 > 0 && seg.word(s.0 - 1) == ",";
    let coordinated = c.first > 0 && lower.get(c.first - 1) == "and" && s.1 < c.first;
    // "the videos, which he said were at his side", "how experts say it would work", "Trump, who
    // says he is honored": a relative or question clause holds its own attribution.
    let relative = s.0 > 0 && (lexicon::CLAUSE_OPENERS.contains(lower.get(s.0 - 1)) || relative_who(seg, lower, s.0));
    after_contrast(seg, lower, s.0)
        || relative
        || cue::follows_quote(seg, c.first)
        || cue::follows_quote(seg, s.0)
        || coordinated
        || (open.subordinate && after_comma)
}

/// Whether the source at token `a` is the "who" of a relative clause set off by a comma ("Trump,
/// who says …").
fn relative_who(seg: &segment::Segmented, lower: &Lower, a: usize) -> bool {
    a > 0 && lower.get(a) == "who" && seg.word(a - 1) == ","
}

/// Whether cue `c` is a single present-tense verb, as headlines put before their source ("…
/// says US official"), not "has called for the repeal of Obamacare".
fn headline_verb(lower: &Lower, c: &Cue) -> bool {
    c.lemma.is_some() && c.end == c.first + 1 && lower.get(c.first).ends_with('s')
}

/// Whether the source starting at token `first` opens a new clause that contrasts with the one
/// before ("…, but John Roe said"), so that its cue is not nested in the earlier content.
fn after_contrast(seg: &segment::Segmented, lower: &Lower, first: usize) -> bool {
    first > 0
        && (lexicon::CONTRASTS.contains(lower.get(first - 1)) || (first > 1 && lower.get(first - 1) == "and" && seg.word(first - 2) == ","))
}

#[cfg(test)]
mod tests;
