//! Source finding (English): the noun phrase a cue attributes to, and what kind of source it is.
//!
//! There is no parser here. A source is the run of noun-phrase-like tokens next to the cue,
//! bounded by the sentence, punctuation and clause words ([`lexicon::CLAUSE_BOUNDARIES`]). Two
//! additions give the long sources news uses: appositions ("Dmitry Peskov, President Vladimir
//! Putin’s spokesman") are joined when the part after the comma names a role, and coordinations
//! ("the Financial Times and The Washington Post") when "and" joins capitalised words.
//!
//! - `np`: where a noun phrase starts (going left from a verb) and ends (going right);
//! - `apposition`: appositions, inserted phrases and descriptions around a source;
//! - [`kind()`]: what kind of source a span names ([`SourceKind`](super::SourceKind)).

mod apposition;
mod kind;
mod np;

pub use apposition::with_description;
pub use kind::{head, is_head, kind};

use super::lexicon;
use super::segment::{Segmented, TokenKind};
use super::words::{is_all_caps, is_capitalized, without_contraction, Lower, COMPILED};
use apposition::{is_role_phrase, parenthetical_before};
use np::{np_end, np_start};

/// The most tokens a source's core noun phrase may have (appositions not counted). PolNeAR's
/// longest common sources ("White House national security adviser Jake Sullivan") have about 8;
/// a document with its author ("a 52-count civil complaint filed by the Securities and Exchange
/// Commission") has up to 16.
const MAX_NP_TOKENS: usize = 16;

/// Whether token `i` can be part of a noun phrase (a word or number that is not a clause word,
/// a pronoun or a verb of speech).
fn np_word(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let t = seg.tokens[i];
    if t.quoted || !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
        return false;
    }
    let w = lower.get(i);
    if lexicon::CLAUSE_BOUNDARIES.contains(w) || is_pronoun(seg, lower, i) {
        return false;
    }
    if lexicon::BE.contains(w) || lexicon::NON_NP_AUXILIARIES.contains(w) {
        return false;
    }
    if w.ends_with("n't") {
        // "there wasn’t a difference …": a negated verb ends the phrase.
        return false;
    }
    let speech = COMPILED.forms.get(w).is_some_and(|f| f.verb.is_some() && !f.base);
    !speech || is_capitalized(seg.word(i))
}

/// Whether token `i`, a speech-verb form right before a cue, is a plural noun ending a noun phrase:
/// "an analysis of campaign-finance reports shows" (no verb comes right before another verb).
fn plural_noun_head(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let w = lower.get(i);
    let t = seg.tokens[i];
    let third_person = COMPILED.forms.get(w).is_some_and(|f| !f.base && !f.past && !f.gerund);
    !t.quoted && t.kind == TokenKind::Word && third_person && i > 0 && !is_pronoun(seg, lower, i - 1) && np_word(seg, lower, i - 1)
}

/// Whether token `i` is a personal pronoun ("US", in capitals, is the country, not "us").
pub fn is_pronoun(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let w = without_contraction(lower.get(i));
    (lexicon::PRONOUNS.contains(w) || lexicon::FIRST_PERSON.contains(w)) && !is_all_caps(seg.word(i))
}

/// Whether punctuation token `i` is glued to words on both sides ("U.S.", "state-run", "AT&T").
pub(crate) fn glued(seg: &Segmented, i: usize) -> bool {
    let t = seg.tokens[i];
    if t.kind != TokenKind::Punct || !lexicon::GLUE.contains(seg.word(i)) {
        return false;
    }
    let before = i > 0 && seg.tokens[i - 1].end == t.start;
    let after = seg.tokens.get(i + 1).is_some_and(|n| n.start == t.end);
    // "U.S." ends a phrase with the dot glued only on its left.
    before && (after || seg.word(i) == ".")
}

/// The source before a cue that starts at token `cue_first`: a half-open token range.
pub fn before(seg: &Segmented, lower: &Lower, cue_first: usize) -> Option<(usize, usize)> {
    before_any(seg, lower, cue_first).filter(|&span| !holds_a_clause(seg, lower, span))
}

/// Whether a source span holds a finite verb of its own outside a relative clause ("Your
/// monitoring system should address two [questions]"): it is a clause, not a noun phrase. An
/// auxiliary after "who", "which" or "that" is the relative clause's ("officials who have seen
/// the report"); a capitalised one is part of a name ("Theresa May").
fn holds_a_clause(seg: &Segmented, lower: &Lower, (a, b): (usize, usize)) -> bool {
    let relative = |k: &usize| lexicon::RELATIVE_PRONOUNS.contains(lower.get(*k)) || lexicon::RELATIVE_THAT.contains(lower.get(*k));
    let clause_end = (a..b).find(relative).unwrap_or(b);
    (a + 1..clause_end).any(|k| lexicon::AUXILIARY_VERBS.contains(lower.get(k)) && !is_capitalized(seg.word(k)))
}

/// [`before`] without its check that the span is a noun phrase.
fn before_any(seg: &Segmented, lower: &Lower, cue_first: usize) -> Option<(usize, usize)> {
    let head = skip_gap_back(seg, lower, cue_first)?;
    // "Dmitry Peskov, Putin’s spokesman, said", "Kall -- co-editor of the book -- said".
    if seg.word(head) == "," || is_dash(seg, head) {
        return parenthetical_before(seg, lower, head);
    }
    // "Cruz exhorted Republicans … and said", "… but has said": the subject of the sentence.
    if lexicon::VERB_COORDINATORS.contains(lower.get(head)) {
        return sentence_subject(seg, lower, head);
    }
    // "Sens. Merkley (D-Ore.) and Brown (D-Ohio) all suggested", "The ministers both agreed": a
    // floating quantifier ends the subject before it.
    if head > 0 && lexicon::FLOATING_QUANTIFIERS.contains(lower.get(head)) {
        let before = head - 1;
        let subject_end = seg.word(before) == ")" || (seg.tokens[before].kind == TokenKind::Word && np_word(seg, lower, before));
        if subject_end && !lexicon::NP_PREPOSITIONS.contains(lower.get(before)) {
            if let Some((a, _)) = name_before(seg, lower, before) {
                return Some((a, head + 1));
            }
        }
    }
    name_before(seg, lower, head)
}

/// The source that ends at token `head` (inclusive): a pronoun, a name with its parenthesis
/// ("Gov. Mike Pence (R-IN)": the party and state belong to the name) or a noun phrase.
fn name_before(seg: &Segmented, lower: &Lower, head: usize) -> Option<(usize, usize)> {
    if is_pronoun(seg, lower, head) {
        return Some((head, head + 1));
    }
    // "Joseph R. Biden Jr. responded": the abbreviation's dot ends the name.
    if seg.word(head) == "." && head > 0 && seg.tokens[head - 1].end == seg.tokens[head].start && is_capitalized(seg.word(head - 1)) {
        return Some((np_start(seg, lower, head - 1)?, head + 1));
    }
    if seg.word(head) == ")" {
        let open = (head.saturating_sub(MAX_PAREN_TOKENS)..head).rev().find(|&k| seg.word(k) == "(")?;
        let mut first = np_start(seg, lower, last_word_before(seg, open)?)?;
        // "Sens. Jeff Roe (D-Ore.), Ann Poe (D-Ohio) and Li Chen (R-Ind.)": a list of names with
        // their parties is one source.
        while first >= 2 && (lower.get(first - 1) == "and" || seg.word(first - 1) == ",") && seg.word(first - 2) == ")" {
            match name_before(seg, lower, first - 2) {
                Some((a, _)) if is_capitalized(seg.word(a)) => first = a,
                _ => break,
            }
        }
        return Some((first, head + 1));
    }
    Some((np_start(seg, lower, head)?, head + 1))
}

/// Whether token `k` is a dash between phrases: "—", "–", "―", or a spaced hyphen (each
/// hyphen of "--").
pub fn is_dash(seg: &Segmented, k: usize) -> bool {
    lexicon::DASHES.contains(seg.word(k)) || (seg.word(k) == "-" && !glued(seg, k))
}

/// The most tokens a parenthesis inside a source may hold ("(R-Ind.)").
const MAX_PAREN_TOKENS: usize = 8;

/// The subject at the start of the sentence that holds token `at` (for a verb coordinated with
/// an earlier one: "Trump bemoaned the unrest and said …").
pub fn sentence_subject(seg: &Segmented, lower: &Lower, at: usize) -> Option<(usize, usize)> {
    let mut first = seg.sentence_of(at).first;
    // "But", "And", "However,", "Ironically," before the subject.
    let connective = |w: &str| lexicon::SENTENCE_CONNECTIVES.contains(w) || lexicon::is_ly_adverb(w);
    while first < at && (connective(lower.get(first)) || seg.word(first) == ",") {
        first += 1;
    }
    // "On Thursday, Trump spoke …, promising": an opening adverbial phrase and its comma.
    let opener = |w: &str| lexicon::is_preposition(w) || lexicon::TIME_DETERMINERS.contains(w);
    if first < at && opener(lower.get(first)) {
        let sentence = seg.tokens[first].sentence;
        let comma = (first + 1..at.min(first + 1 + MAX_OPENER_TOKENS))
            .take_while(|&k| seg.tokens[k].sentence == sentence && !seg.tokens[k].quoted)
            .find(|&k| seg.word(k) == ",");
        if let Some(c) = comma {
            first = c + 1;
        }
        // "On Thursday, however, Trump spoke": a connective and its comma after the opener too
        // (not "At last, familiarly drawing my chair …").
        if first + 1 < at && lexicon::SENTENCE_CONNECTIVES.contains(lower.get(first)) && seg.word(first + 1) == "," {
            first += 2;
        }
    }
    if first < at && is_pronoun(seg, lower, first) {
        return Some((first, first + 1));
    }
    if first >= at || !np_word(seg, lower, first) {
        return None;
    }
    let (a, mut b) = phrase_from(seg, lower, first, false)?;
    // "Netanyahu strongly warned … and criticized", "Democrats also described … and said": the
    // adverb is not part of the subject.
    let adverb = |w: &str| {
        lexicon::is_ly_adverb(w)
            || lexicon::SUBJECT_VERB_GAP.contains(w)
            || lexicon::CUE_PREFIX.contains(w)
            || lexicon::CONJUNCTIVE_ADVERBS.contains(w)
    };
    while b > a + 1 && adverb(lower.get(b - 1)) && !is_capitalized(seg.word(b - 1)) {
        b -= 1;
    }
    // "Cruz exhorted Republicans …", "The union backed Okafor …", "The civilisation attempted":
    // a past tense after a name or a noun, or before its object, ends the subject ("The embattled
    // union", "A newly elected official" keep their adjectives).
    // "Mr. Roe generally backed …": an adverb between a name and its past tense (not "A newly
    // elected official").
    let adverb_after_name = |k: usize| k > a && is_capitalized(seg.word(k - 1)) && !lexicon::NOUN_MARKERS.contains(lower.get(k - 1));
    if let Some(k) = (a + 1..b).find(|&k| {
        let w = seg.word(k);
        let object_next = k + 1 < seg.tokens.len()
            && (is_capitalized(seg.word(k + 1))
                || lexicon::NOUN_MARKERS.contains(lower.get(k + 1))
                || lexicon::OBJECT_PRONOUNS.contains(lower.get(k + 1)));
        // ("Trump spoke on Monday": the past of a verb the lexicons know, regular or not.)
        let known_past = COMPILED.forms.get(lower.get(k)).is_some_and(|f| f.past && !f.participle);
        !is_capitalized(w)
            && (w.ends_with("ed") || known_past)
            && seg.tokens[k].kind == TokenKind::Word
            && ((!lexicon::NOUN_MARKERS.contains(lower.get(k - 1)) && (is_capitalized(seg.word(k - 1)) || k > a + 1)) || object_next)
            && (!lexicon::is_ly_adverb(lower.get(k - 1)) || adverb_after_name(k - 1))
    }) {
        b = k;
        if lexicon::is_ly_adverb(lower.get(b - 1)) {
            b -= 1;
        }
    }
    // A plain noun phrase right before its verb: no auxiliary, clause word or adverb inside
    // ("This can happen", "… inside the room where", "Uber unilaterally slashes"), not a lone
    // sentence starter ("Quite", "Why"), and a lowercase word after it that opens no clause.
    let plain = !(a..b).any(|k| {
        let w = lower.get(k);
        let adverb = lexicon::is_ly_adverb(w) && !is_capitalized(seg.word(k));
        // ("Theresa May": a capitalised auxiliary inside the phrase is a name.)
        let auxiliary = lexicon::AUXILIARY_VERBS.contains(w) && (k == a || !is_capitalized(seg.word(k)));
        // ("The Times and Gannett filed …": "and" between names joins them.)
        let name_at = |j: usize| is_capitalized(seg.word(j)) || (lower.get(j) == "the" && is_capitalized(seg.word(j + 1)));
        let names_joined = w == "and" && k > a && is_capitalized(seg.word(k - 1)) && name_at(k + 1);
        auxiliary || (lexicon::CLAUSE_BOUNDARIES.contains(w) && !names_joined) || lexicon::QUESTION_WORDS.contains(w) || adverb
    });
    // "Police say he posed a threat and refused …": the sentence opens with an attribution, and
    // the coordinated verb is in its content, not the subject's.
    let speech = (a..b).any(|k| {
        !is_capitalized(seg.word(k)) && COMPILED.forms.get(lower.get(k)).is_some_and(|f| lexicon::PLAIN_SPEECH_VERBS.contains(f.lemma))
    });
    let lone_starter = b == a + 1 && (lexicon::is_sentence_starter(seg.word(a)) || lexicon::DEGREE_WORDS.contains(lower.get(a)));
    let verb_next = seg.tokens.get(b).is_some_and(|t| t.kind == TokenKind::Word || seg.word(b) == ",")
        && !is_capitalized(seg.word(b))
        && !lexicon::CLAUSE_BOUNDARIES.contains(lower.get(b));
    if !(b <= at && plain && !speech && !lone_starter && verb_next) {
        return None;
    }
    Some(with_apposition(seg, lower, (a, b), at))
}

/// The subject `[a, b)` with the apposition after it, when one follows before token `at`:
/// "Dean, a former party chairman and presidential candidate, poked at …, tweeting" (the same
/// appositions as before a verb, see [`parenthetical_before`], which may also drop a word
/// before the name: "Even China, Pyongyang's only ally, …").
fn with_apposition(seg: &Segmented, lower: &Lower, (a, b): (usize, usize), at: usize) -> (usize, usize) {
    if seg.word(b) != "," {
        return (a, b);
    }
    let sentence = seg.tokens[b].sentence;
    let close = (b + 1..at).take_while(|&k| seg.tokens[k].sentence == sentence).find(|&k| seg.word(k) == ",");
    match close.and_then(|c| parenthetical_before(seg, lower, c)) {
        Some((first, end)) if (a..b).contains(&first) && end > b => (first, end),
        _ => (a, b),
    }
}

/// The most tokens of an adverbial phrase opening a sentence before its subject ("In a widely
/// read column the day before the debate,").
const MAX_OPENER_TOKENS: usize = 12;

/// The digits of a year ("who in 2010 said").
const YEAR_DIGITS: usize = 4;

/// Skips adverbials between a source and its verb ("bluntly", "on Monday", "last week");
/// returns the index of the token that should end the source.
fn skip_gap_back(seg: &Segmented, lower: &Lower, cue_first: usize) -> Option<usize> {
    let mut j = cue_first.checked_sub(1)?;
    loop {
        if seg.tokens[j].sentence != seg.tokens[cue_first].sentence {
            return None;
        }
        let w = lower.get(j);
        let adverb = (lexicon::is_ly_adverb(w) && !is_capitalized(seg.word(j)))
            || lexicon::SUBJECT_VERB_GAP.contains(w)
            || (lexicon::CONJUNCTIVE_ADVERBS.contains(w) && !is_capitalized(seg.word(j)))
            || seg.tokens[j].kind == TokenKind::Symbol;
        let day = lexicon::DAYS.contains(w) && j >= 1 && lower.get(j - 1) == "on";
        let last = j >= 1 && lexicon::TIME_DETERMINERS.contains(lower.get(j - 1)) && lexicon::TIME_UNITS.contains(w);
        // "who in 2010 said"
        let year = seg.tokens[j].kind == TokenKind::Number && w.len() == YEAR_DIGITS && j >= 1 && lower.get(j - 1) == "in";
        if day || last || year {
            j = j.checked_sub(2)?;
        } else if adverb && j > 0 {
            j -= 1;
        } else {
            return Some(j);
        }
    }
}

/// The source after a cue that ends at token `start` (exclusive): a half-open token range.
/// With `apposition`, a following ", (role phrase)" is joined ("said Dmitry Peskov, President
/// Vladimir Putin’s spokesman").
pub fn after(seg: &Segmented, lower: &Lower, start: usize, apposition: bool) -> Option<(usize, usize)> {
    if start >= seg.tokens.len() || (start > 0 && seg.starts_sentence(start)) {
        return None;
    }
    phrase_from(seg, lower, start, apposition)
}

/// The source phrase that starts at token `start` (see [`after`], which also asks that it
/// continue the cue's sentence).
fn phrase_from(seg: &Segmented, lower: &Lower, start: usize, apposition: bool) -> Option<(usize, usize)> {
    let n = seg.tokens.len();
    // "said in July" is no source.
    if lexicon::is_preposition(lower.get(start)) {
        return None;
    }
    // "one GOP source": "one" is a determiner there.
    let determiner_one = lower.get(start) == "one" && start + 1 < n && np_word(seg, lower, start + 1);
    if is_pronoun(seg, lower, start) && !determiner_one {
        return Some((start, start + 1));
    }
    let mut end = np_end(seg, lower, if determiner_one { start + 1 } else { start })?;
    if apposition && end < n && seg.word(end) == "," {
        let appo_start = end + 1;
        if let Some(appo_end) = np_end(seg, lower, appo_start) {
            let closes = |k: usize| {
                k >= n || lexicon::APPOSITION_ENDS.contains(seg.word(k)) || seg.tokens[k].sentence != seg.tokens[appo_start].sentence
            };
            // "said Nick Roe, a fellow at the council who ran the agency", "…, a professor of
            // surgery and the editor of a blog": a relative clause or a second role runs to the
            // apposition's end.
            let longer = || {
                let more = appo_end < n && (lexicon::RELATIVE_PRONOUNS.contains(lower.get(appo_end)) || lower.get(appo_end) == "and");
                let quote = |k: usize| matches!(seg.tokens[k].kind, TokenKind::QuoteOpen | TokenKind::QuoteClose);
                let window = appo_end..=n.min(appo_end + MAX_NP_TOKENS);
                // ("a former U.S. ambassador": an abbreviation's dot ends nothing.)
                let abbreviation = |k: usize| glued(seg, k) && seg.tokens.get(k + 1).is_some_and(|t| t.sentence == seg.tokens[k].sentence);
                window.take_while(|&k| k >= n || !quote(k)).find(|&k| closes(k) && (k >= n || !abbreviation(k))).filter(|_| more)
            };
            let full_end = if closes(appo_end) { Some(appo_end) } else { longer() };
            if let Some(e) = full_end.filter(|_| is_role_phrase(seg, lower, appo_start, appo_end)) {
                end = e;
            }
        }
    }
    Some((start, end))
}

/// Whether a phrase ending at token `end` (exclusive) ends in a noun-like word: capitalised, or a
/// known head of a source. Used to accept "says US official" at the end of a headline.
pub fn ends_in_source_head(seg: &Segmented, lower: &Lower, end: usize) -> bool {
    let w = lower.get(end - 1);
    is_capitalized(seg.word(end - 1))
        || lexicon::ANONYMOUS_HEADS.contains(w)
        || lexicon::ROLES.contains(w)
        || lexicon::MEDIA.contains(w)
        || lexicon::ORGANIZATIONS.contains(w)
        || lexicon::DOCUMENTS.contains(w)
}

/// The last token before `i` that is not a symbol (an emoji after a name is not part of it).
fn last_word_before(seg: &Segmented, i: usize) -> Option<usize> {
    (0..i).rev().find(|&k| seg.tokens[k].kind != TokenKind::Symbol)
}

/// The possessor before the noun at `noun` ("Trump’s" of "Trump’s claim", "his" of "his
/// warning"): a possessive pronoun alone, or the noun phrase that ends with the possessive.
pub fn possessor(seg: &Segmented, lower: &Lower, noun: usize) -> Option<(usize, usize)> {
    let p = noun.checked_sub(1)?;
    if lexicon::POSSESSIVES.contains(lower.get(p)) {
        return Some((p, noun));
    }
    Some((np_start(seg, lower, p)?, noun))
}

/// The subject of the clause after the phrase that a participle at `first` opens ("Asked about
/// the bridge, the mayor said"): the noun phrase right after the phrase's comma.
pub fn after_opening_phrase(seg: &Segmented, lower: &Lower, first: usize) -> Option<(usize, usize)> {
    let sentence = seg.tokens[first].sentence;
    let comma = (first + 1..seg.tokens.len()).take_while(|&k| seg.tokens[k].sentence == sentence).find(|&k| seg.word(k) == ",")?;
    // ("Bemoaning the “phony system,” Trump accused …": the comma inside the quotation.)
    let next = if seg.tokens.get(comma + 1).is_some_and(|t| t.kind == TokenKind::QuoteClose) { comma + 2 } else { comma + 1 };
    let (a, b) = after(seg, lower, next, true)?;
    // The subject ends before its verb ("farmers say …"), a reporting verb: "Asked about the
    // delay, the mayor said", not a heading's "Planning ahead, so the longer …".
    let verb = (a + 1..=b).find(|&k| COMPILED.forms.contains_key(lower.get(k)) && !is_capitalized(seg.word(k)))?;
    let verb_group = (verb..b).all(|k| COMPILED.forms.contains_key(lower.get(k)) || lexicon::CUE_PREFIX.contains(lower.get(k)));
    (verb > a && (verb == b || verb_group || verb < b)).then_some((a, verb))
}
