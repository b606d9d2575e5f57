//! What stands around a source between commas or dashes: an apposition that belongs to it
//! ("Dmitry Peskov, President Vladimir Putin’s spokesman, said"), an inserted adverbial that does
//! not ("Clinton, at a later press gaggle, said"), and the description after an inverted source
//! ("…,” said Tim Hess, a real estate developer in Virginia").

use super::super::lexicon;
use super::super::segment::{Segmented, TokenKind};
use super::super::words::{is_capitalized, Lower, COMPILED};
use super::{glued, is_dash, last_word_before, name_before};

/// The most tokens of a party and state after a name ("R-Ky.", "D-Mass.").
const MAX_PARTY_TOKENS: usize = 5;

/// The most tokens between the commas (or dashes) of an apposition or an inserted phrase.
const MAX_INSERT_TOKENS: usize = 40;

/// A source before a phrase set off by commas or dashes, `close` being the comma or dash right
/// before the cue:
/// - an apposition belongs to the source: a role ("Dmitry Peskov, President Vladimir Putin’s
///   spokesman, said"), a name after a role ("The mayor, Tomás Ortega, told"), an age ("Quina
///   Jones, 25, said"), a relative clause ("Dr. Mariano, who was the White House physician, said");
/// - an inserted adverbial does not ("Hillary Clinton, at a later press gaggle, said").
///
/// The phrase before the first comma must name someone: a capitalised name, a role or an
/// anonymous head.
pub(super) fn parenthetical_before(seg: &Segmented, lower: &Lower, close: usize) -> Option<(usize, usize)> {
    let dash = seg.word(close) != ",";
    let sentence = seg.tokens[close].sentence;
    // "--" is two tokens: step over the closing pair's first hyphen.
    let mut close = close;
    while dash && close > 0 && is_dash(seg, close - 1) {
        close -= 1;
    }
    let mut open = (close.saturating_sub(MAX_INSERT_TOKENS)..close)
        .rev()
        .find(|&k| (if dash { is_dash(seg, k) } else { seg.word(k) == "," }) || seg.tokens[k].sentence != sentence)?;
    while dash && open > 0 && is_dash(seg, open - 1) {
        open -= 1;
    }
    let content = open + if dash { (open..close).take_while(|&k| is_dash(seg, k)).count() } else { 1 };
    if seg.tokens[open].sentence != sentence || content >= close {
        return None;
    }
    // No quotation or clause punctuation inside.
    if (content..close)
        .any(|k| matches!(seg.tokens[k].kind, TokenKind::QuoteOpen | TokenKind::QuoteClose) || lexicon::CLAUSE_BREAKS.contains(seg.word(k)))
    {
        return None;
    }
    // "Schiff, 56, who has served …, told": an apposition after another one.
    let named = name_before(seg, lower, last_word_before(seg, open)?).filter(|&(f, e)| names_someone(seg, lower, f, e));
    let chained = || if dash { None } else { parenthetical_before(seg, lower, open) };
    let (name_first, name_end) = named.or_else(chained)?;
    let (a, b) = (content, close);
    let first_word = lower.get(a);
    // "Clinton, at a later press gaggle, said", "Garner, gasping on the sidewalk, said": an
    // inserted adverbial or participle.
    // ("The transcript – published by a local paper – shows", "The analysis, released on
    // Monday, shows": a past participle before its agent or adverbial, a reduced relative.)
    let inclusion = lexicon::INCLUSION_WORDS.contains(first_word);
    let gerund = (first_word.ends_with("ing") || past_participle_phrase(seg, lower, a, b)) && !is_capitalized(seg.word(a)) && !inclusion;
    let adverb = b == a + 1 && (lexicon::INSERTED_ADVERBS.contains(first_word) || lexicon::is_ly_adverb(first_word));
    if lexicon::INSERT_PREPOSITIONS.contains(first_word) || gerund || adverb {
        return Some((name_first, name_end));
    }
    // "Jorge Roe, a former minister who is a critic of the plan, said": a relative clause after
    // the apposition's noun phrase is part of it, and the phrase before it is what is judged.
    let b = (a + 1..b).find(|&k| lexicon::RELATIVE_PRONOUNS.contains(lower.get(k))).unwrap_or(b);
    // "R-Ky.", "D-Mass.": a party and state.
    let abbreviation = b - a <= MAX_PARTY_TOKENS && (a..b).all(|k| is_capitalized(seg.word(k)) || glued(seg, k) || seg.word(k) == ".");
    // An apposition is a noun phrase ("has now overseen …" is a clause), unless relative.
    let relative = lexicon::RELATIVE_PRONOUNS.contains(first_word);
    let clause = (a..b).any(|k| lexicon::NON_NP_AUXILIARIES.contains(lower.get(k)) || lexicon::BE.contains(lower.get(k)));
    // "Eric Roe, one of the leading voices on Sudan, said": a description of a name.
    let described = lexicon::DESCRIPTION_STARTS.contains(first_word) && names_someone(seg, lower, name_first, name_end);
    let apposition = inclusion
        || is_role_phrase(seg, lower, a, b)
        || (b - a == 1 && seg.tokens[a].kind == TokenKind::Number)
        || abbreviation
        || described
        || (is_role_phrase(seg, lower, name_first, name_end) && is_capitalized(seg.word(last_word_before(seg, b)?)));
    (relative || (apposition && !clause)).then_some((name_first, last_word_before(seg, close)? + 1))
}

/// Whether tokens `[a, b)` are a reduced relative clause: a past participle ("-ed", or one the
/// lexicons know: "written") followed by a preposition ("published by …", "released on Monday").
fn past_participle_phrase(seg: &Segmented, lower: &Lower, a: usize, b: usize) -> bool {
    let w = lower.get(a);
    let past = (w.ends_with("ed") && w.len() > MIN_PARTICIPLE_BYTES) || COMPILED.forms.get(w).is_some_and(|f| f.past);
    let preposition = |k: usize| lexicon::INSERT_PREPOSITIONS.contains(lower.get(k)) || lower.get(k) == "by";
    past && a + 2 < b && seg.tokens[a].kind == TokenKind::Word && preposition(a + 1)
}

/// The shortest word taken for a past participle by its "-ed" alone ("need" and "shed" are not).
const MIN_PARTICIPLE_BYTES: usize = 4;

/// Whether the phrase `[first, end)` before an apposition names someone: a capitalised name, a
/// party in parentheses, an anonymous head or a role.
fn names_someone(seg: &Segmented, lower: &Lower, first: usize, end: usize) -> bool {
    // "Then, laying his hand on my shoulder, sighed": a connective alone names no one.
    if end == first + 1 && lexicon::SENTENCE_CONNECTIVES.contains(lower.get(first)) {
        return false;
    }
    (first..end).any(|k| seg.tokens[k].kind == TokenKind::Word && is_capitalized(seg.word(k)))
        || seg.word(end - 1) == ")"
        || lexicon::ANONYMOUS_HEADS.contains(lower.get(end - 1))
        || is_role_phrase(seg, lower, first, end)
}

/// Whether tokens `[a, b)` name a role: a role word or a possessive ("Putin’s spokesman").
pub(super) fn is_role_phrase(seg: &Segmented, lower: &Lower, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let w = lower.get(k);
        let head = |table| super::is_head(table, w);
        head(&lexicon::ROLES)
            || head(&lexicon::ANONYMOUS_HEADS)
            || head(&lexicon::ORGANIZATIONS)
            || (w.ends_with("'s") && is_capitalized(seg.word(k)))
    })
}

/// The most tokens of a description after an inverted source.
const MAX_DESCRIPTION_TOKENS: usize = 30;

/// An inverted source (`[a, b)`, after "said") with the description that follows it to the end
/// of the sentence ("…,” said Tim Hess, a real estate developer in Virginia, who introduced …"):
/// PolNeAR counts it as part of the source.
pub fn with_description(seg: &Segmented, lower: &Lower, (a, b): (usize, usize)) -> (usize, usize) {
    let described = b + 1 < seg.tokens.len() && seg.word(b) == "," && seg.tokens[b + 1].sentence == seg.tokens[b].sentence;
    (a, described.then(|| description_end(seg, lower, b + 1)).flatten().unwrap_or(b))
}

/// The end of a description that starts at token `a`, if it runs to the end of its sentence.
fn description_end(seg: &Segmented, lower: &Lower, a: usize) -> Option<usize> {
    let w = lower.get(a);
    if !(lexicon::DESCRIPTION_STARTS.contains(w) || lexicon::ROLES.contains(w) || (w.ends_with("'s") && is_capitalized(seg.word(a)))) {
        return None;
    }
    let sentence = seg.tokens[a].sentence;
    let mut end = a;
    while end < seg.tokens.len() && end - a < MAX_DESCRIPTION_TOKENS && seg.tokens[end].sentence == sentence {
        let t = seg.tokens[end];
        if t.quoted || t.kind == TokenKind::QuoteOpen || lexicon::CLAUSE_BREAKS.contains(seg.word(end)) {
            break;
        }
        // "…, who added that it was fine": another attribution, not a description.
        if COMPILED.forms.get(lower.get(end)).is_some_and(|f| f.verb.is_some_and(|v| lexicon::VERBS[v].tier == lexicon::Tier::A)) {
            return None;
        }
        end += 1;
    }
    while end > a && matches!(seg.tokens[end - 1].kind, TokenKind::Punct | TokenKind::QuoteClose) {
        end -= 1;
    }
    (end > a && (end >= seg.tokens.len() || seg.tokens[end].sentence != sentence || lexicon::SENTENCE_ENDS.contains(seg.word(end))))
        .then_some(end)
}
