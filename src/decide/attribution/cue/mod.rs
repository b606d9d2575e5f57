//! Cue finding (English): which words say that something was attributed, and on which side of
//! them the source stands.
//!
//! Order of the matchers at each token, first match wins: set phrases that are not attributions
//! ("That said,") block their words; then cues without a source ("it was reported that"),
//! agentive passives ("was first reported by X"), raising passives ("is said to"), cues whose source
//! follows ("according to X"), phrasal verbs ("pointed out") and finally single reporting verbs.
//! Cues inside quotation marks are skipped: they belong to the quoted speaker, and PolNeAR and
//! citron count only the outermost attribution.
//!
//! - `nonverbal`: passives, "according to"-like cues, "in" before a poll, dashes and colons;
//! - `verb`: single reporting verbs, and whether a present-tense form is a verb at all;
//! - `extent`: how far a cue reaches ("has also said", "said in a statement") and the signals
//!   that confirm a cue of a lower tier.

mod extent;
mod nonverbal;
mod present;
mod verb;

pub use nonverbal::label_before;

use super::lexicon::{self, Tier};
use super::segment::{Segmented, TokenKind};
use super::words::{Lower, PhraseKind, COMPILED};

/// Where a cue's source is to be looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Before the cue, as its subject: "Russia denied".
    Before,
    /// After the cue: "according to X", "was first reported by X", "“…,” said X".
    After,
    /// The cue has no source in the text: "it was reported that", "is said to", "reportedly".
    None,
    /// A participle (", saying …") whose source is the subject of the main clause.
    MainClause,
    /// A colon whose source is the label before it: "Pence: …", "WALLACE: …".
    Label,
    /// A noun whose source is its possessor: "Trump’s claim that …", "his warning that …".
    Possessor,
    /// A participle opening the sentence, whose source is the subject after its phrase:
    /// "Asked about the bridge, the mayor said …", "Lamenting their luck, residents say …".
    LaterSubject,
}

/// A cue: a half-open range of token indices, its tier and where its source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub first: usize,
    pub end: usize,
    pub side: Side,
    pub tier: Tier,
    /// The reporting verb's lemma, for verb cues.
    pub lemma: Option<&'static str>,
    /// Whether the tier's signal was found next to the cue (always true for tier A).
    pub confirmed: bool,
}

impl Cue {
    /// A tier-A cue of tokens `[first, end)` with its source on `side`.
    fn fixed(first: usize, end: usize, side: Side) -> Cue {
        Cue { first, end, side, tier: Tier::A, lemma: None, confirmed: true }
    }
}

/// How many tokens back a closing quotation mark still confirms a tier-B cue.
const QUOTE_REACH: usize = 8;

/// Finds the cues in `seg`, in text order, skipping quoted and blocked tokens.
pub fn find(seg: &Segmented, lower: &Lower) -> Vec<Cue> {
    let compiled = &*COMPILED;
    let blocked = blocked_tokens(lower);
    let mut cues = Vec::new();
    let mut i = 0;
    while i < seg.tokens.len() {
        let t = seg.tokens[i];
        let w = lower.get(i);
        // Most words start no cue: one lookup and on.
        let candidate = !t.quoted && !blocked[i] && t.kind == TokenKind::Word && compiled.cue_starts.contains(w);
        let found = if candidate {
            match_at(seg, lower, i)
        } else if t.kind == TokenKind::Punct && !blocked[i] {
            nonverbal::punctuation(seg, lower, i)
        } else {
            None
        };
        match found {
            Some(cue) => {
                i = cue.end;
                cues.push(cue);
            }
            None => i += 1,
        }
    }
    cues
}

/// Marks the words of set phrases that are never attributions.
fn blocked_tokens(lower: &Lower) -> Vec<bool> {
    let mut blocked = vec![false; lower.len()];
    for i in 0..lower.len() {
        for phrase in COMPILED.phrases_from(lower.get(i)).filter(|p| p.kind == PhraseKind::NotAttribution) {
            if let Some(end) = phrase.match_at(lower, i) {
                blocked[i..end.min(lower.len())].fill(true);
            }
        }
    }
    blocked
}

fn match_at(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    let phrase = |kind: fn(PhraseKind) -> bool| {
        COMPILED.phrases_from(lower.get(i)).filter(move |p| kind(p.kind)).find_map(|p| p.match_at(lower, i).map(|end| (p.kind, end)))
    };
    phrase(|k| k == PhraseKind::Sourceless)
        .map(|(_, end)| Cue::fixed(i, end, Side::None))
        .or_else(|| nonverbal::passive(seg, lower, i))
        .or_else(|| {
            // Each matching phrase in turn: "in the words of" when "in" alone does not name a poll.
            COMPILED
                .phrases_from(lower.get(i))
                .filter(|p| p.kind == PhraseKind::SourceAfter)
                .find_map(|p| p.match_at(lower, i).and_then(|end| nonverbal::source_after(seg, lower, i, end)))
        })
        .or_else(|| {
            let (kind, end) = phrase(|k| matches!(k, PhraseKind::Phrasal(_)))?;
            let PhraseKind::Phrasal(tier) = kind else { return None };
            verb::phrasal(seg, lower, i, end, tier)
        })
        .or_else(|| verb::issued(seg, lower, i))
        .or_else(|| nonverbal::nominal(lower, i))
        .or_else(|| nonverbal::received(seg, lower, i))
        .or_else(|| nonverbal::opening_participle(seg, lower, i))
        .or_else(|| verb::verb(seg, lower, i))
}

/// Whether the tokens right before `i` close a quotation: `”`, `,”`, `” ,`.
pub fn follows_quote(seg: &Segmented, i: usize) -> bool {
    let kind = |k: usize| seg.tokens.get(k).map(|t| t.kind);
    i >= 1
        && (kind(i - 1) == Some(TokenKind::QuoteClose) || (i >= 2 && seg.word(i - 1) == "," && kind(i - 2) == Some(TokenKind::QuoteClose)))
}

/// Whether a quotation closed at most [`QUOTE_REACH`] tokens before token `first`, in its
/// sentence, as a statement does: with punctuation inside or a comma after it ("“Stay calm,” the
/// governor urged", "“Stay calm”, the governor urged"; not a word in scare quotes, "a “Like”
/// button is actually encouraging").
fn quote_closed_before(seg: &Segmented, first: usize) -> bool {
    let sentence = seg.tokens[first].sentence;
    let statement = |k: usize| k > 0 && (lexicon::QUOTE_CLOSERS.contains(seg.word(k - 1)) || seg.word(k + 1) == ",");
    (first.saturating_sub(QUOTE_REACH)..first)
        .any(|k| seg.tokens[k].kind == TokenKind::QuoteClose && seg.tokens[k].sentence == sentence && statement(k))
}
