//! Cue finding (English): which words say that something was attributed, and on which side of
//! them the source stands.
//!
//! Order of the matchers at each token, first match wins: set phrases that are not attributions
//! ("That said,") block their words; then cues without a source ("it was reported that"),
//! agentive passives ("was first reported by X"), raising passives ("is said to"), cues whose source
//! follows ("according to X"), phrasal verbs ("pointed out") and finally single reporting verbs.
//! Cues inside quotation marks are skipped: they belong to the quoted speaker, and PolNeAR and
//! citron count only the outermost attribution.

use super::lexicon::{self, Tier};
use super::segment::{Segmented, TokenKind};
use super::words::{in_list, in_table, is_capitalized, tier_of, Lower, PhraseKind, COMPILED};

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
}

/// How many tokens back a closing quotation mark still confirms a tier-B cue.
const QUOTE_REACH: usize = 8;

/// Determiners and possessives: a verb form after one of them is a noun ("the report", "his claims").
const NOUN_MARKERS: &[&str] = &[
    "a", "an", "another", "any", "each", "every", "her", "his", "its", "my", "no", "our", "such", "the",
    "their", "these", "this", "those", "your",
];

/// Words after "per" that make it a rate ("per cent", "per year"), not "according to".
fn per_means_according_to(seg: &Segmented, lower: &Lower, next: usize) -> bool {
    if next >= seg.tokens.len() || seg.tokens[next].kind != TokenKind::Word {
        return false;
    }
    let w = lower.get(next);
    if w == "the" || w == "a" {
        let head = lower.get(next + 1);
        return in_table(lexicon::DOCUMENTS, head) || in_table(lexicon::MEDIA, head);
    }
    is_capitalized(seg.word(next)) && !in_list(lexicon::DAYS, w)
}

/// Finds the cues in `seg`, in text order, skipping quoted and blocked tokens.
pub fn find(seg: &Segmented, lower: &Lower) -> Vec<Cue> {
    let compiled = &*COMPILED;
    let blocked = blocked_tokens(lower);
    let mut cues = Vec::new();
    let mut i = 0;
    while i < seg.tokens.len() {
        let t = seg.tokens[i];
        let w = lower.get(i);
        // Most words start no phrase and are no verb form: one or two lookups and on.
        let candidate = !t.quoted
            && !blocked[i]
            && t.kind == TokenKind::Word
            && (compiled.by_first.contains_key(w) || compiled.forms.contains_key(w) || in_table(lexicon::BE, w));
        match candidate.then(|| match_at(seg, lower, i)).flatten() {
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
        .map(|(_, end)| Cue { first: i, end, side: Side::None, tier: Tier::A, lemma: None })
        .or_else(|| passive(seg, lower, i))
        .or_else(|| phrase(|k| k == PhraseKind::SourceAfter).and_then(|(_, end)| source_after(seg, lower, i, end)))
        .or_else(|| {
            let (kind, end) = phrase(|k| matches!(k, PhraseKind::Phrasal(_)))?;
            let PhraseKind::Phrasal(tier) = kind else { return None };
            phrasal(seg, lower, i, end, tier)
        })
        .or_else(|| verb(seg, lower, i))
}

/// "was first reported by X" (source after), "is said to" (no source), "was quoted as saying"
/// (source before).
fn passive(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    if !in_table(lexicon::BE, lower.get(i)) {
        return None;
    }
    let mut j = i + 1;
    while is_adverb(lower.get(j)) {
        j += 1;
    }
    let w = lower.get(j);
    if lower.matches_at(j, "quoted as saying") {
        return Some(Cue { first: i, end: j + 3, side: Side::Before, tier: Tier::A, lemma: None });
    }
    if in_list(lexicon::RAISING_PASSIVES, w) && lower.get(j + 1) == "to" {
        return Some(Cue { first: i, end: j + 2, side: Side::None, tier: Tier::A, lemma: None });
    }
    let form = COMPILED.forms.get(w)?;
    let verb = lexicon::VERBS[form.verb?];
    if verb.passive_by && form.past && lower.get(j + 1) == "by" && j + 2 < seg.tokens.len() {
        return Some(Cue { first: i, end: j + 2, side: Side::After, tier: Tier::A, lemma: None });
    }
    None
}

/// A cue whose source follows, ending at `end`, once its word-specific conditions hold.
fn source_after(seg: &Segmented, lower: &Lower, i: usize, end: usize) -> Option<Cue> {
    let ok = match (lower.get(i), end - i) {
        ("according", 2) => !in_table(lexicon::ACCORDING_TO_NOT_SOURCE, lower.get(end)),
        ("per", 1) => per_means_according_to(seg, lower, end),
        _ => true,
    };
    ok.then_some(Cue { first: i, end, side: Side::After, tier: Tier::A, lemma: None })
}

/// A phrasal verb cue ("pointed out") ending at `end`.
fn phrasal(seg: &Segmented, lower: &Lower, i: usize, end: usize, tier: Tier) -> Option<Cue> {
    if is_capitalized(seg.word(i)) || follows_noun_marker(lower, i) {
        return None;
    }
    let cue = Cue { first: extend_prefix(seg, lower, i), end, side: Side::Before, tier, lemma: None };
    confirm(seg, lower, cue)
}

fn verb(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    let w = lower.get(i);
    let form = COMPILED.forms.get(w)?;
    let tier = tier_of(form)?;
    // "States", "Reports": capitalised forms are names or headline nouns.
    if is_capitalized(seg.word(i)) || follows_noun_marker(lower, i) {
        return None;
    }
    let prev = if i > 0 { lower.get(i - 1) } else { "" };
    if prev == "to" && !seg.starts_sentence(i) {
        // An infinitive ("declined to comment", "wants to say"): not a cue of its own.
        return None;
    }
    let first = extend_prefix(seg, lower, i);
    if !form.past && !form.gerund && !present_is_verb(seg, lower, first, i) {
        return None;
    }
    let side = if form.gerund {
        if prev == "," {
            Side::MainClause
        } else if in_table(lexicon::BE, prev) {
            Side::Before
        } else {
            return None;
        }
    } else {
        Side::Before
    };
    let cue = Cue { first, end: extend_suffix(lower, i + 1), side, tier, lemma: Some(form.lemma) };
    confirm(seg, lower, cue)
}

/// Whether a present-tense form at `i` (its cue starting at `first`) is a verb, not a noun:
/// "officials say that", "Bloomberg reports that" are verbs; "Trump's tweets.", "derogatory
/// comments Trump had made", "state broadcaster" are nouns. It needs a subject-like word before
/// (a pronoun, a name, a source head, a plural) and a complement-like word after.
fn present_is_verb(seg: &Segmented, lower: &Lower, first: usize, i: usize) -> bool {
    if i + 1 >= seg.tokens.len() || !opens_complement(seg, lower, i + 1) {
        return false;
    }
    let Some(p) = first.checked_sub(1) else { return false };
    let w = lower.get(p);
    let word = seg.word(p);
    if seg.tokens[p].kind != TokenKind::Word || w.ends_with("'s") || w.ends_with('\'') {
        return false;
    }
    in_list(lexicon::PRONOUNS, w)
        || in_list(lexicon::FIRST_PERSON, w)
        || (is_capitalized(word) && !lexicon::is_sentence_starter(word))
        || in_table(lexicon::ANONYMOUS_HEADS, w)
        || in_table(lexicon::ORGANIZATIONS, w)
        || in_table(lexicon::MEDIA, w)
        || in_table(lexicon::DOCUMENTS, w)
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous") && !w.ends_with("is"))
}

/// The end of a verb cue once the phrases of [`lexicon::CUE_SUFFIXES`] that follow it are
/// joined (at most two: "said Friday in a statement").
fn extend_suffix(lower: &Lower, mut end: usize) -> usize {
    for _ in 0..2 {
        let day = in_list(lexicon::DAYS, lower.get(end));
        let on_day = lower.get(end) == "on" && in_list(lexicon::DAYS, lower.get(end + 1));
        if on_day {
            end += 2;
        } else if day {
            end += 1;
        } else if let Some(s) = lexicon::CUE_SUFFIXES.iter().find(|s| lower.matches_at(end, s)) {
            end += s.split(' ').count();
        } else {
            break;
        }
    }
    end
}

/// Applies the tier rule: tier B needs a quotation, "that", "whether"/"if" or a colon right next to
/// the cue (or the cue right after a quotation).
fn confirm(seg: &Segmented, lower: &Lower, cue: Cue) -> Option<Cue> {
    if cue.tier == Tier::A {
        return Some(cue);
    }
    let next = cue.end;
    let after_signal = matches!(lower.get(next), "that" | "whether" | "if" | ":")
        || seg.tokens.get(next).is_some_and(|t| t.kind == TokenKind::QuoteOpen);
    // "“Stay calm,” the governor urged": a quotation closed a few words before, same sentence.
    let sentence = seg.tokens[cue.first].sentence;
    let before_signal = (cue.first.saturating_sub(QUOTE_REACH)..cue.first)
        .any(|k| seg.tokens[k].kind == TokenKind::QuoteClose && seg.tokens[k].sentence == sentence);
    (after_signal || before_signal).then_some(cue)
}

/// Whether the tokens right before `i` close a quotation: `”`, `,”`, `” ,`.
pub fn follows_quote(seg: &Segmented, i: usize) -> bool {
    let kind = |k: usize| seg.tokens.get(k).map(|t| t.kind);
    i >= 1
        && (kind(i - 1) == Some(TokenKind::QuoteClose)
            || (i >= 2 && seg.word(i - 1) == "," && kind(i - 2) == Some(TokenKind::QuoteClose)))
}

/// Pulls auxiliaries, negations and "also" right before a verb into the cue: "has also said".
fn extend_prefix(seg: &Segmented, lower: &Lower, i: usize) -> usize {
    let mut first = i;
    while first > 0 {
        let w = lower.get(first - 1);
        let joins = in_list(lexicon::CUE_PREFIX, w) || (in_table(lexicon::BE, w) && first == i);
        if !joins || seg.tokens[first - 1].quoted || seg.starts_sentence(first) {
            break;
        }
        first -= 1;
    }
    first
}

/// Words that may follow a present-tense reporting verb (its complement or an adverbial).
/// Anything else, a lowercase noun above all, means the form was a noun. Sorted.
const COMPLEMENT_STARTS: &[&str] = &[
    "a", "about", "after", "also", "an", "at", "before", "during", "he", "her", "his", "how", "i", "if",
    "in", "it", "its", "many", "my", "no", "not", "nothing", "on", "only", "our", "she", "so", "some",
    "that", "the", "their", "there", "these", "they", "this", "those", "to", "we", "what", "when",
    "where", "whether", "who", "why", "yes", "you", "your",
];

/// Whether token `i` can begin what follows a present-tense reporting verb: a complement word,
/// a name, a number, a colon or a quotation (not the end of a phrase: ".", ",", ")").
fn opens_complement(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let Some(t) = seg.tokens.get(i) else { return false };
    match t.kind {
        TokenKind::Word => {
            let w = lower.get(i);
            is_capitalized(seg.word(i)) || in_table(COMPLEMENT_STARTS, w) || lexicon::is_ly_adverb(w) || in_list(lexicon::DAYS, w)
        }
        TokenKind::Number | TokenKind::QuoteOpen => true,
        _ => seg.word(i) == ":" || (seg.word(i) == "," && seg.tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::QuoteOpen)),
    }
}

fn follows_noun_marker(lower: &Lower, i: usize) -> bool {
    i > 0 && in_list(NOUN_MARKERS, lower.get(i - 1))
}

/// Adverbs allowed inside a passive cue: "was first reported by", "is widely believed to".
fn is_adverb(w: &str) -> bool {
    matches!(w, "also" | "first" | "initially" | "originally" | "previously" | "later" | "widely")
        || lexicon::is_ly_adverb(w)
}
