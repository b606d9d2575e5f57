//! Verb cues: a reporting verb of the lexicon ("said", "has also denied", ", saying") or a
//! phrasal verb ("pointed out"), once its form is a finite verb here and not a noun ("the
//! report"), an adjective ("a noted economist"), an infinitive or a passive without its agent.

use super::super::lexicon::{self, Tier};
use super::super::segment::{Segmented, TokenKind};
use super::super::source;
use super::super::words::{is_capitalized, tier_of, with_contracted_be, Form, Lower, COMPILED};
use super::extent::{confirm, continued_to, extend_prefix, extend_suffix};
use super::present::{present_is_verb, MIN_PLURAL_BYTES};
use super::{Cue, Side};

/// A phrasal verb cue ("pointed out") ending at `end`.
pub(super) fn phrasal(seg: &Segmented, lower: &Lower, i: usize, end: usize, tier: Tier) -> Option<Cue> {
    if is_capitalized(seg.word(i)) || follows_noun_marker(lower, i) || quantified_noun(lower, i) {
        return None;
    }
    // "softer language calling for …": a gerund needs what a gerund cue needs.
    let gerund = COMPILED.forms.get(lower.get(i)).is_some_and(|f| f.gerund);
    let side = if gerund { gerund_side(seg, lower, i)? } else { Side::Before };
    let cue = Cue { first: extend_prefix(seg, lower, i), end, side, tier, lemma: None, confirmed: true };
    // "as a Homeland Security memo put it": a tier-B phrasal cue is one only in an "as" clause,
    // its source right after "as" ("She put it on the shelf" is none).
    if tier == Tier::B {
        let as_clause = source::before(seg, lower, cue.first).is_some_and(|(a, b)| b <= cue.first && a > 0 && lower.get(a - 1) == "as");
        return (as_clause && side == Side::Before).then_some(cue);
    }
    confirm(seg, lower, cue)
}

/// A verb that puts out a text of speech, with its object ("issued a statement", "sent a letter
/// to", "unleashed a series of tweets"), and the gerund that says what the text does ("issued a
/// statement calling …"): a cue of tier Subject whose source is the verb's subject.
pub(super) fn issued(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    if !lexicon::ISSUING_VERBS.contains(lower.get(i))
        || is_capitalized(seg.word(i))
        || follows_noun_marker(lower, i)
        || quantified_noun(lower, i)
        || is_infinitive(seg, lower, i)
    {
        return None;
    }
    let sentence = seg.tokens[i].sentence;
    let inside = |k: usize| {
        seg.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && !t.quoted && t.sentence == sentence)
            && !lexicon::CLAUSE_BOUNDARIES.contains(lower.get(k))
    };
    // (One noun phrase: "sent every household a letter" puts out no text of its subject's.)
    let inside_object = |k: usize| inside(k) && (k == i + 1 || !lexicon::NOUN_MARKERS.contains(lower.get(k)));
    let text = (i + 1..=i + 1 + lexicon::MAX_ISSUED_WORDS)
        .take_while(|&k| inside_object(k))
        .find(|&k| lexicon::SPEECH_TEXTS.contains(lower.get(k)))?;
    // ("released proof-of-concept code": the noun opens a compound.)
    if seg.word(text + 1) == "-" && seg.tokens[text + 1].start == seg.tokens[text].end {
        return None;
    }
    let mut end = text + 1;
    if COMPILED.forms.get(lower.get(end)).is_some_and(|f| f.gerund) && seg.tokens.get(end).is_some_and(|t| !t.quoted) {
        end += 1;
    }
    Some(Cue { first: extend_prefix(seg, lower, i), end, side: Side::Before, tier: Tier::Subject, lemma: None, confirmed: false })
}

/// A single reporting verb at token `i`, with the auxiliaries before it and the phrases after it.
pub(super) fn verb(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    let form = COMPILED.forms.get(lower.get(i))?;
    let tier = tier_of(form)?;
    if opens_inverted(seg, i, form, tier) {
        // "Said Ellis: “…”": the source follows the sentence's first word.
        return Some(Cue { first: i, end: i + 1, side: Side::After, tier, lemma: Some(form.lemma), confirmed: true });
    }
    if is_name_or_noun(seg, lower, i, form) || is_infinitive(seg, lower, i) || is_adjective_or_passive(lower, i, form) {
        return None;
    }
    let first = extend_prefix(seg, lower, i);
    if !form.past && !form.gerund && !continued_to(lower, i) && !present_is_verb(seg, lower, first, i, form) {
        return None;
    }
    if form.participle && !(first..i).any(|k| lexicon::PERFECT_AUXILIARIES.contains(lower.get(k))) {
        // "web pages written in HTML": a participle with no auxiliary is no finite verb.
        return None;
    }
    let side = if form.gerund { gerund_side(seg, lower, i)? } else { Side::Before };
    let cue = Cue { first, end: extend_suffix(seg, lower, i + 1), side, tier, lemma: Some(form.lemma), confirmed: true };
    if form.gerund && describes_speech_text(seg, lower, i) {
        return Some(cue);
    }
    confirm(seg, lower, cue)
}

/// Whether the past of a speech verb at `i` opens its sentence before a capitalised name that a
/// colon or comma ends, before a quotation: "Said Ellis: “…”" (not "Reported Cases, the ministry
/// said, …", "Noted Author, Jane Doe, will speak", nor a title-case headline).
fn opens_inverted(seg: &Segmented, i: usize, form: &Form, tier: Tier) -> bool {
    let name_next = seg.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word) && is_capitalized(seg.word(i + 1));
    let quote_next = |k: usize| seg.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::QuoteOpen);
    let mark_after = (i + 2..(i + 2 + MAX_INVERTED_NAME_WORDS).min(seg.tokens.len()))
        .take_while(|&k| seg.tokens[k].kind != TokenKind::Word || is_capitalized(seg.word(k)))
        .any(|k| matches!(seg.word(k), ":" | ",") && quote_next(k));
    form.past && tier == Tier::A && seg.starts_sentence(i) && name_next && mark_after && !in_title_case(seg, i)
}

/// The most words of a name after a sentence-opening "Said" ("Said Rep. Jane Q. Doe:").
const MAX_INVERTED_NAME_WORDS: usize = 6;

/// Whether the verb form at `i` is a name or a noun: capitalised ("States", "Reports"; except a
/// third-person verb in a title-case headline: "New Poll Shows Bump", "Obama Says Museum Will
/// Tell"; "United States to Lift Sanctions" is a name) or after a determiner ("the report").
fn is_name_or_noun(seg: &Segmented, lower: &Lower, i: usize, form: &Form) -> bool {
    let after_united = i > 0 && lower.get(i - 1) == "united";
    let headline_verb = !(form.base || form.past || form.gerund || after_united) && in_title_case(seg, i);
    (is_capitalized(seg.word(i)) && !headline_verb) || follows_noun_marker(lower, i) || quantified_noun(lower, i)
}

/// Whether a quantifier after a preposition comes right before token `i`, which is then a noun
/// ("at some point"; "some note that" opens a clause instead).
fn quantified_noun(lower: &Lower, i: usize) -> bool {
    // (Or after a determiner: "the many reasons".)
    let before = |w: &str| lexicon::is_preposition(w) || lexicon::NOUN_MARKERS.contains(w);
    i > 1 && lexicon::QUANTIFIERS.contains(lower.get(i - 1)) && before(lower.get(i - 2))
}

/// Whether the form at `i` is an infinitive ("declined to comment", "wants to say"): not a cue
/// of its own.
fn is_infinitive(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    i > 0 && lower.get(i - 1) == "to" && !seg.starts_sentence(i) && !continued_to(lower, i)
}

/// The first token of the auxiliaries and adverbs right before `i` ("have sometimes been", "was
/// first").
fn prefix_start(lower: &Lower, i: usize) -> usize {
    let mut b = i;
    let adverb = |w: &str| lexicon::CUE_PREFIX.contains(w) || lexicon::is_ly_adverb(w) || lexicon::SUBJECT_VERB_GAP.contains(w);
    while b > 0 && adverb(lower.get(b - 1)) {
        b -= 1;
    }
    b
}

/// Whether a past form at `i` is a participle used as an adjective ("a more informed decision",
/// "well written") or a passive without "by", which has no source ("have sometimes been accused
/// of", "items thought to be unique"; "was first reported by" is matched before, as a passive
/// cue).
fn is_adjective_or_passive(lower: &Lower, i: usize, form: &Form) -> bool {
    if !form.past {
        return false;
    }
    if lexicon::ADJECTIVES_BEFORE_TO.contains(lower.get(i)) && lower.get(i + 1) == "to" {
        return true;
    }
    if lexicon::RAISING_PASSIVES.contains(lower.get(i))
        && lower.get(i + 1) == "to"
        && lexicon::RAISING_COMPLEMENTS.contains(lower.get(i + 2))
    {
        return true;
    }
    // "the ideas described in this chapter": a participle after a plural noun, before where or
    // by whom, is a reduced relative clause.
    // ("aides insisted in June": a speech verb keeps its clause before "in" or "by".)
    let after_plural = i > 0 && lower.get(i - 1).ends_with('s') && lower.get(i - 1).len() > MIN_PLURAL_BYTES;
    let next = lower.get(i + 1);
    let place = lexicon::REDUCED_RELATIVE_NEXT.contains(next) && !lexicon::NP_PREPOSITIONS.contains(next) && next != "by";
    let speech = tier_of(form) == Some(Tier::A);
    if after_plural && lexicon::REDUCED_RELATIVE_NEXT.contains(next) && (place || !speech) && !lexicon::PRONOUNS.contains(lower.get(i - 1))
    {
        return true;
    }
    let b = prefix_start(lower, i);
    let prev = if i > 0 { lower.get(i - 1) } else { "" };
    // ("isn't reported": the negated form is one of the prefix's words.)
    (b > 0 && lexicon::is_be(lower.get(b - 1)))
        || (b..i).any(|k| lexicon::NEGATED_BE.contains(lower.get(k)))
        || lexicon::DEGREE_WORDS.contains(prev)
}

/// Where the source of a gerund at `i` is: the main clause's subject after a comma or a
/// preposition (", saying …", "by saying …", "after saying …"), the subject before a progressive
/// ("is accusing", "is also accusing", "isn't saying", "he's claiming"); `None` for any other
/// gerund.
fn gerund_side(seg: &Segmented, lower: &Lower, i: usize) -> Option<Side> {
    let prev = if i > 0 { lower.get(i - 1) } else { "" };
    let b = prefix_start(lower, i);
    // '…ago," adding that': the comma is inside the quotation.
    let quote_comma = i >= 2 && seg.tokens[i - 1].kind == TokenKind::QuoteClose && seg.word(i - 2) == ",";
    if prev == "," || lexicon::GERUND_PREPOSITIONS.contains(prev) || quote_comma {
        Some(Side::MainClause)
    } else if progressive(prev)
        || (b > 0 && b < i && progressive(lower.get(b - 1)))
        || speech_before_content(seg, lower, i)
        || describes_speech_text(seg, lower, i)
    {
        Some(Side::Before)
    } else {
        None
    }
}

/// Whether the gerund at `i` follows a text or an occasion of speech that it describes
/// ([`lexicon::SPEECH_TEXTS`]: "a statement announcing the pick", "a tweet attacking the mayor"):
/// the noun is its source, and it confirms the verb as something said.
fn describes_speech_text(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    i > 0 && seg.tokens[i - 1].kind == TokenKind::Word && !seg.tokens[i - 1].quoted && lexicon::SPEECH_TEXTS.contains(lower.get(i - 1))
}

/// Whether the gerund at `i` is a plain speech verb right before its content ("that" or a
/// quotation) with no comma before it: the noun phrase before it is its source ("a letter saying
/// that …", "footage of Trump saying, “…”", "… saying in an interview that") or, after "and", the
/// sentence's subject ("touting their record and saying …"); not after a verb of aspect or a time
/// ("kept saying", "on Friday saying").
fn speech_before_content(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let plain = COMPILED.forms.get(lower.get(i)).is_some_and(|f| lexicon::PLAIN_SPEECH_VERBS.contains(f.lemma));
    let quote_at = |k: usize| seg.tokens.get(k).is_some_and(|t| t.kind == TokenKind::QuoteOpen);
    // ("footage of Trump saying during the debate last week, “…”": when and where come first.)
    let next = extend_suffix(seg, lower, i + 1);
    let content_next = lower.get(next) == "that" || quote_at(next) || (seg.word(next) == "," && quote_at(next + 1));
    // ("kept saying that", "began saying": a verb before the gerund takes it as complement.)
    // ("tweets early Friday saying that": a time adverbial is no source.)
    let verb_before =
        |w: &str| w.ends_with("ed") || lexicon::ASPECT_VERBS.contains(w) || lexicon::DAYS.contains(w) || lexicon::TIME_UNITS.contains(w);
    let word_before = i > 0 && seg.tokens[i - 1].kind == TokenKind::Word && !verb_before(lower.get(i - 1));
    plain && content_next && word_before
}

/// Whether a gerund after `w` is a progressive: `w` is a form of "to be" ("is", "isn't", "he's").
fn progressive(w: &str) -> bool {
    lexicon::is_be(w) || with_contracted_be(w)
}

/// The fewest words of a title-case headline.
const MIN_HEADLINE_WORDS: usize = 4;
/// Words of this many letters or more are capitalised in a title-case headline.
const HEADLINE_CAPITALISED_CHARS: usize = 4;

/// Whether the sentence of token `i` is a title-case headline: at least [`MIN_HEADLINE_WORDS`]
/// words, and all words of [`HEADLINE_CAPITALISED_CHARS`] letters or more capitalised.
pub(super) fn in_title_case(seg: &Segmented, i: usize) -> bool {
    let s = seg.sentence_of(i);
    let words = || (s.first..s.end).filter(|&k| seg.tokens[k].kind == TokenKind::Word);
    words().count() >= MIN_HEADLINE_WORDS
        && words().filter(|&k| seg.word(k).chars().count() >= HEADLINE_CAPITALISED_CHARS).all(|k| is_capitalized(seg.word(k)))
}

/// Whether a determiner or possessive comes right before token `i` ("the report", "his claims").
fn follows_noun_marker(lower: &Lower, i: usize) -> bool {
    i > 0 && lexicon::NOUN_MARKERS.contains(lower.get(i - 1))
}
