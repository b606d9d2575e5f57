//! The English pipeline: cues from [`cue`], each cue's source from [`source`], and the policy
//! that decides which attributions are reported: the outermost only (a cue inside the content
//! of an earlier attribution of its sentence is nested, unless it opens a clause of its own, or
//! closes the sentence after a comma and so holds the earlier one in its content), no
//! first-person voices, no verb cue without its source.

use super::cue::{self, Cue, Side};
use super::lexicon::{self, Tier};
use super::segment::{self, Segmented};
use super::source;
use super::words::{without_contraction, Lower, COMPILED};
use super::{Attribution, SourceKind};
use crate::model::span::ByteSpan;

/// A half-open range of token indices.
type Range = (usize, usize);

/// Finds the English attributions of `text` (see [`super::find`]).
pub fn find(text: &str) -> Vec<Attribution> {
    let seg = segment::segment(text);
    let lower = Lower::new(&seg);
    let mut run = Run { seg: &seg, lower: &lower, found: Vec::new(), open: None };
    for c in cue::find(&seg, &lower) {
        run.take(&c);
    }
    let span = |a: usize, b: usize| ByteSpan::new(seg.tokens[a].start, seg.tokens[b - 1].end);
    run.found.iter().map(|f| Attribution { source: f.source.map(|(a, b)| span(a, b)), cue: span(f.cue.0, f.cue.1), kind: f.kind }).collect()
}

/// One attribution as token ranges.
struct Found {
    cue: Range,
    source: Option<Range>,
    kind: SourceKind,
    /// The cue's tier.
    tier: Tier,
    /// Whether the cue is a tier-A verb whose source opens its sentence ("Bamberg also said …"):
    /// the sentence's main clause, which a closing attribution does not hold in its content.
    main_clause: bool,
}

/// The attributions of one block, cue by cue in text order.
struct Run<'a, 't> {
    seg: &'a Segmented<'t>,
    lower: &'a Lower,
    found: Vec<Found>,
    /// The attribution whose content is the rest of its sentence, if any.
    open: Option<OpenContent>,
}

impl Run<'_, '_> {
    /// Decides whether cue `c` is an attribution, with which source, and records it.
    fn take(&mut self, c: &Cue) {
        let (seg, lower) = (self.seg, self.lower);
        let Some((source, closing)) = self.source_of(c) else { return };
        if source
            .is_some_and(|(a, _)| lexicon::FIRST_PERSON.contains(without_contraction(lower.get(a))) && source::is_pronoun(seg, lower, a))
        {
            return;
        }
        // "what he called a “rant”", "whatever he wanted": a free relative clause names or
        // wants something; PolNeAR counts no attribution there (a speech verb stays).
        if c.tier != Tier::A && source.is_some_and(|(a, _)| a > 0 && lexicon::FREE_RELATIVES.contains(lower.get(a - 1))) {
            return;
        }
        let kind = source.map_or(SourceKind::Unknown, |(a, b)| source::kind(seg, lower, a, b));
        // "It supports web pages": "it" is no known source for a verb of stance.
        let impersonal = source.is_some_and(|(a, b)| b == a + 1 && lower.get(a) == "it");
        if !c.confirmed && !unconfirmed_fires(c.tier, if impersonal { SourceKind::Unknown } else { kind }) {
            return;
        }
        let sentence = seg.tokens[c.first].sentence;
        if closing {
            // "Clinton plans to visit Charlotte, according to an aide.": the earlier cues of the
            // sentence are in this attribution's content (PolNeAR: outermost only).
            let first = seg.sentence_of(c.first).first;
            let content_end = c.first.min(source.map_or(c.first, |s| s.0));
            self.found.retain(|f| f.cue.0 < first || f.cue.0 >= content_end);
        } else if !matches!(c.side, Side::None | Side::Possessor) {
            // (A noun cue's content is its own clause: "Obama's decision to withdraw, aides said,
            // was final" keeps the aides.)
            self.open = Some(OpenContent { sentence, source, subordinate: subordinate(seg, lower, c, source) });
        }
        let opens_sentence = source.is_some_and(|(a, b)| b <= c.first && seg.starts_sentence(a));
        let main_clause = c.tier == Tier::A && c.side == Side::Before && opens_sentence;
        self.found.push(Found { cue: (c.first, c.end), source, kind, tier: c.tier, main_clause });
    }

    /// The source of cue `c` and whether the cue closes its sentence (see [`closes_sentence`]);
    /// `None` when the cue is no attribution of its own: nested in the content of an earlier one,
    /// or a verb without a source.
    fn source_of(&self, c: &Cue) -> Option<(Option<Range>, bool)> {
        let (seg, lower) = (self.seg, self.lower);
        let sentence = seg.tokens[c.first].sentence;
        let in_content = self.open.filter(|o| o.sentence == sentence);
        // (A speech verb closes the sentence even after a main clause: "…, the source added.")
        let closes = |s: Option<Range>| closes_sentence(seg, c, s) && (c.tier == Tier::A || !self.main_clause_in(sentence));
        Some(match c.side {
            // ", saying …", "by saying …": the subject of the sentence, if no attribution gave one.
            Side::MainClause => (in_content.and_then(|o| o.source).or_else(|| source::sentence_subject(seg, lower, c.first)), false),
            Side::Before => {
                let s = source_of_verb(seg, lower, c).or_else(|| self.coordinated_source(c))?;
                if in_content.is_none_or(|o| starts_new_attribution(seg, lower, c, s, o)) {
                    (Some(s), false)
                } else {
                    closes(Some(s)).then_some((Some(s), true))?
                }
            }
            Side::After if in_content.is_some() => {
                let s = source::after(seg, lower, c.end, true);
                // (", citing X." is a participle of the main clause, not its attribution.)
                (lower.get(c.first) != "citing" && closes(s)).then_some((s, true))?
            }
            _ if in_content.is_some() => return None,
            Side::After => (source::after(seg, lower, c.end, true), false),
            Side::Label => (cue::label_before(seg, lower, c.first), false),
            Side::Possessor => (source::possessor(seg, lower, c.first), false),
            Side::LaterSubject => (Some(source::after_opening_phrase(seg, lower, c.first)?), false),
            Side::None => (None, false),
        })
    }

    /// The source of the attribution that a verb cue `c` after "and", "but" or "yet" is
    /// coordinated with, when the sentence gives it no subject of its own: the last one found in its
    /// clause, with its source before its cue and no punctuation between ("Though she called the
    /// fees “outrageous” and called for refunds, …"). Not after a speech verb, whose content
    /// holds the second verb ("Police say he posed a threat and refused …").
    fn coordinated_source(&self, c: &Cue) -> Option<Range> {
        let seg = self.seg;
        let and = c.first.checked_sub(1).filter(|&k| lexicon::VERB_COORDINATORS.contains(self.lower.get(k)))?;
        let f = self
            .found
            .last()
            .filter(|f| f.tier != Tier::A && f.cue.1 <= and && seg.tokens[f.cue.0].sentence == seg.tokens[c.first].sentence)?;
        let (a, b) = f.source.filter(|s| s.1 <= f.cue.0)?;
        let clause_break = (f.cue.1..and)
            .any(|k| seg.tokens[k].kind == segment::TokenKind::Punct && (lexicon::CLAUSE_ENDS.contains(seg.word(k)) || seg.word(k) == ";"));
        (!clause_break).then_some((a, b))
    }

    /// Whether an attribution found in `sentence` is its main clause ([`Found::main_clause`]).
    fn main_clause_in(&self, sentence: u32) -> bool {
        self.found.iter().rev().take_while(|f| self.seg.tokens[f.cue.0].sentence == sentence).any(|f| f.main_clause)
    }
}

/// Whether cue `c` with source `s` closes its sentence after a comma, so that the rest of the
/// sentence before the comma is its content: "…, sources said.", "…, according to a campaign
/// aide.", "…, said Dmitry Peskov, Putin’s spokesman." (The source and cue run to the sentence's
/// end.)
fn closes_sentence(seg: &Segmented, c: &Cue, s: Option<Range>) -> bool {
    let Some((a, b)) = s else { return false };
    let start = c.first.min(a);
    let end = c.end.max(b);
    let after_comma = start > 0 && seg.word(start - 1) == "," && seg.tokens[start - 1].sentence == seg.tokens[start].sentence;
    let at_end =
        end >= seg.tokens.len() || seg.tokens[end].sentence != seg.tokens[start].sentence || lexicon::SENTENCE_ENDS.contains(seg.word(end));
    after_comma && at_end
}

/// The source of a verb cue: after it when the verb follows a quotation or a comma ("“…,” said
/// X", "…, said a U.S. official") or ends a headline ("… says US official"), else before it.
fn source_of_verb(seg: &Segmented, lower: &Lower, c: &Cue) -> Option<(usize, usize)> {
    let after_comma = c.first > 0 && seg.word(c.first - 1) == ",";
    // "told reporters": the object of these verbs is the addressee, never the source.
    let addressee = c.lemma.is_some_and(|l| lexicon::ADDRESSEE_VERBS.contains(l));
    if addressee {
        return source::before(seg, lower, c.first);
    }
    if cue::follows_quote(seg, c.first) || after_comma {
        // "X, a spokesman, said" is an apposition before; "…, said a U.S. official" inverted.
        let apposition = if after_comma { source::before(seg, lower, c.first) } else { None };
        // (After a comma, the inverted source ends its clause: not "…, said the words before".)
        let closes = |s: &(usize, usize)| {
            cue::follows_quote(seg, c.first)
                || seg
                    .tokens
                    .get(s.1)
                    .is_none_or(|t| t.sentence != seg.tokens[s.0].sentence || lexicon::CLAUSE_ENDS.contains(seg.word(s.1)))
        };
        let inverted = || source::after(seg, lower, c.end, true).filter(closes).map(|s| source::with_description(seg, lower, s));
        if let Some(s) = apposition.or_else(inverted) {
            return Some(s);
        }
    } else if let Some((a, b)) =
        source::after(seg, lower, c.end, false).filter(|_| headline_verb(lower, c) && !subject_opens(seg, lower, c))
    {
        let sentence_of = |k: usize| seg.tokens.get(k).map(|t| t.sentence);
        let ends_sentence =
            sentence_of(b) != sentence_of(a) || (lexicon::SENTENCE_ENDS.contains(seg.word(b)) && sentence_of(b + 1) != sentence_of(a));
        if ends_sentence && b - a <= MAX_HEADLINE_SOURCE_TOKENS && source::ends_in_source_head(seg, lower, b) {
            return Some((a, b));
        }
    }
    source::before(seg, lower, c.first)
}

/// Whether the noun phrase right before cue `c` opens its sentence, as the verb's subject ("Team
/// Denies Trade Reports": the source is before the verb, not the object after it).
fn subject_opens(seg: &Segmented, lower: &Lower, c: &Cue) -> bool {
    // (A plain noun phrase: not a clause, "Russia meddled in vote says US official", "Moscow
    // Must Stay Out Says Official".)
    let plain = |k: usize| {
        let w = lower.get(k);
        !(w.ends_with("ed")
            || lexicon::AUXILIARY_VERBS.contains(w)
            || lexicon::NP_PREPOSITIONS.contains(w)
            || lexicon::STOP_PREPOSITIONS.contains(w)
            || lexicon::PARTICLES.contains(w))
    };
    source::before(seg, lower, c.first).is_some_and(|(a, b)| seg.starts_sentence(a) && (a..b).all(plain))
}

/// The most tokens of a source after a headline's verb ("… says US official").
const MAX_HEADLINE_SOURCE_TOKENS: usize = 6;

/// Whether a cue of `tier` that lacks its signal fires with a source of `kind` (see
/// [`lexicon::Tier`]).
fn unconfirmed_fires(tier: lexicon::Tier, kind: SourceKind) -> bool {
    match tier {
        Tier::A => true,
        Tier::B => false,
        Tier::Subject => kind != SourceKind::Unknown,
        Tier::Evidence => matches!(kind, SourceKind::Document | SourceKind::Media),
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
/// wealth and said …"), the main clause after a subordinate one, a contrast ("…, but X said") or
/// a comment clause ("…, as police have said").
fn starts_new_attribution(seg: &Segmented, lower: &Lower, c: &Cue, s: (usize, usize), open: OpenContent) -> bool {
    // ("When Clinton said …, Trump boasted", "When Clinton said … ― Trump boasted": a comma or a
    // dash ends the subordinate clause.)
    let after_break = s.0 > 0 && (seg.word(s.0 - 1) == "," || source::is_dash(seg, s.0 - 1));
    let coordinated = c.first > 0 && lexicon::VERB_COORDINATORS.contains(lower.get(c.first - 1)) && s.1 < c.first;
    // "the videos, which he said were at his side", "how experts say it would work", "Trump, who
    // says he is honored": a relative or question clause holds its own attribution.
    let relative = s.0 > 0 && (lexicon::CLAUSE_OPENERS.contains(lower.get(s.0 - 1)) || relative_who(seg, lower, s.0));
    // "It does not say whether he had a gun, as police have said": a comment clause after a
    // comma attributes on its own.
    let comment = s.0 > 1 && lower.get(s.0 - 1) == "as" && seg.word(s.0 - 2) == ",";
    after_contrast(seg, lower, s.0)
        || relative
        || comment
        || cue::follows_quote(seg, c.first)
        || cue::follows_quote(seg, s.0)
        || (s.0 > 0 && lexicon::TIME_SUBORDINATORS.contains(lower.get(s.0 - 1)) && cue::follows_quote(seg, s.0 - 1))
        || coordinated
        || (open.subordinate && after_break)
}

/// Whether the source at token `a` is the "who" or "which" of a relative clause set off by a
/// comma ("Trump, who says …", "the utility, which reported …").
fn relative_who(seg: &Segmented, lower: &Lower, a: usize) -> bool {
    a > 0 && lexicon::RELATIVE_PRONOUNS.contains(lower.get(a)) && seg.word(a - 1) == ","
}

/// Whether the attribution of cue `c` with `source` sits in a subordinate clause, a relative one
/// ("Scott's relatives, who asked …, watched it, attorneys said"; "a panel that all agreed …,
/// Barabak noted") or is a participle's ("Citing internal emails, the Ledger reported …"): its
/// content ends before the main clause.
fn subordinate(seg: &Segmented, lower: &Lower, c: &Cue, source: Option<Range>) -> bool {
    // "In a statement announcing the pick, the union called …": a source after a preposition
    // is in a phrase, not the subject of the main clause; "the doctors who sent the letter
    // called him …": a relative pronoun's clause.
    let in_phrase = |a: usize| a > 0 && lexicon::is_preposition(lower.get(a - 1));
    let relative =
        |a: usize| a > 0 && lexicon::RELATIVE_PRONOUNS.contains(lower.get(a)) && seg.tokens[a - 1].kind == segment::TokenKind::Word;
    lower.get(c.first) == "citing"
        || c.side == Side::LaterSubject
        || source.is_some_and(|(a, _)| {
            a > 0
                && (lexicon::SUBORDINATORS.contains(lower.get(a - 1))
                    || relative_who(seg, lower, a)
                    || relative_that(seg, lower, a)
                    || in_phrase(a)
                    || relative(a))
        })
}

/// Whether the source at token `a` opens a relative clause after a noun ("a panel that all
/// agreed …", "the plan, which officials said …").
fn relative_that(seg: &Segmented, lower: &Lower, a: usize) -> bool {
    a > 1
        && lexicon::RELATIVE_THAT.contains(lower.get(a - 1))
        && seg.tokens[a - 2].kind == segment::TokenKind::Word
        && !COMPILED.forms.contains_key(lower.get(a - 2))
        && !lexicon::BE.contains(lower.get(a - 2))
}

/// Whether cue `c` is a single present-tense verb, as headlines put before their source ("…
/// says US official"), not "has called for the repeal of Obamacare".
fn headline_verb(lower: &Lower, c: &Cue) -> bool {
    // (Only a speech verb: "… endorses Clinton" names its object, not its source.)
    c.lemma.is_some() && c.tier == Tier::A && c.end == c.first + 1 && lower.get(c.first).ends_with('s')
}

/// Whether the source starting at token `first` opens a new clause that contrasts with the one
/// before ("…, but John Roe said", "… — and he noted"), so that its cue is not nested in the
/// earlier content.
fn after_contrast(seg: &Segmented, lower: &Lower, first: usize) -> bool {
    first > 0
        && (lexicon::CONTRASTS.contains(lower.get(first - 1))
            || (first > 1 && lower.get(first - 1) == "and" && (seg.word(first - 2) == "," || source::is_dash(seg, first - 2))))
}
