//! Noun phrases without a parser: where a source that ends before a verb starts, and where one
//! that starts after a cue ends.

use super::super::lexicon;
use super::super::segment::{Segmented, TokenKind};
use super::super::words::{is_all_caps, is_capitalized, Lower, COMPILED};
use super::{glued, is_head, np_word, plural_noun_head, MAX_NP_TOKENS, MAX_PAREN_TOKENS};

/// The first token of the noun phrase that ends at `head` (inclusive).
pub(super) fn np_start(seg: &Segmented, lower: &Lower, head: usize) -> Option<usize> {
    // "The broadcaster RTV-4", "Channel 4": a number glued to a name ends it.
    let numbered_name =
        seg.tokens[head].kind == TokenKind::Number && head > 0 && (glued(seg, head - 1) || is_capitalized(seg.word(head - 1)));
    let word = seg.tokens[head].kind == TokenKind::Word || numbered_name;
    if !word
        || !(np_word(seg, lower, head) || plural_noun_head(seg, lower, head))
        || lexicon::NOUN_MARKERS_AND_PREPS.contains(lower.get(head))
    {
        return None;
    }
    let mut first = relative_clause_start(lower, head).unwrap_or(head);
    while first > 0
        && !seg.starts_sentence(first)
        && head - first < MAX_NP_TOKENS
        && (!opens_phrase(lower, first) || participle_after_document(seg, lower, first.saturating_sub(2)))
        && joins_left(seg, lower, first - 1, first)
    {
        first -= 1;
    }
    // A phrase never starts with a preposition, a conjunction, glue punctuation or a symbol, nor
    // with the connective or adverb that opens its sentence ("So Bob", "Now research").
    let opener = |k: usize| {
        let w = lower.get(k);
        seg.starts_sentence(k) && (lexicon::SENTENCE_CONNECTIVES.contains(w) || lexicon::SUBJECT_VERB_GAP.contains(w))
    };
    while first < head
        && (lexicon::NP_PREPOSITIONS.contains(lower.get(first))
            || matches!(seg.tokens[first].kind, TokenKind::Punct | TokenKind::Symbol)
            || opener(first))
    {
        first += 1;
    }
    let first = coordinated_start(seg, lower, first).unwrap_or(first);
    Some(relative_antecedent(seg, lower, first, head).unwrap_or(first))
}

/// "The Republican nominee and his aides said", "The Clinton campaign and DNC did not respond":
/// when the phrase that starts at `first` follows "and", and the phrase before "and" opens its
/// clause (the sentence, or after a comma: "On Monday, the union and its members said") and ends
/// in a source head, the start of that phrase (the two are one source). Not in "He met Trump and
/// his aides said" (the phrase before "and" is an object) nor "Stocks fell and analysts said"
/// (a clause): a verb in the phrase before "and" ("Police arrested Smith") rules it out.
fn coordinated_start(seg: &Segmented, lower: &Lower, first: usize) -> Option<usize> {
    if first < 2 || lower.get(first - 1) != "and" || seg.starts_sentence(first) {
        return None;
    }
    let last = first - 2;
    let left = np_start(seg, lower, last)?;
    let opens = seg.starts_sentence(left) || seg.word(left - 1) == ",";
    let head =
        [&lexicon::ORGANIZATIONS, &lexicon::ANONYMOUS_HEADS, &lexicon::ROLES, &lexicon::MEDIA].iter().any(|t| is_head(t, lower.get(last)));
    let verb = (left..last).any(|k| {
        let w = lower.get(k);
        !is_capitalized(seg.word(k)) && (w.ends_with("ed") || COMPILED.forms.contains_key(w))
    });
    (opens && head && !verb).then_some(left)
}

/// "the first time the writer has expressed": an article after a noun opens a new phrase (the
/// subject of a relative clause without "that"); only a determiner or quantifier goes before it
/// ("all the officials", "of the agency").
fn opens_phrase(lower: &Lower, first: usize) -> bool {
    let before = lower.get(first - 1);
    lexicon::ARTICLES.contains(lower.get(first))
        && !lexicon::NOUN_MARKERS_AND_PREPS.contains(before)
        && !lexicon::QUANTIFIERS.contains(before)
        && !lexicon::PREDETERMINERS.contains(before)
}

/// Whether token `k` belongs to the noun phrase that starts at `first` (going left).
fn joins_left(seg: &Segmented, lower: &Lower, k: usize, first: usize) -> bool {
    let w = lower.get(k);
    if w == "and" {
        k > 0 && is_capitalized(seg.word(k - 1)) && is_capitalized(seg.word(first))
    } else if w == "who" {
        // "officials who spoke on condition of anonymity said": keep the relative clause.
        k > 0 && lexicon::ANONYMOUS_HEADS.contains(lower.get(k - 1))
    } else if seg.tokens[k].kind == TokenKind::Symbol {
        true
    } else if seg.tokens[k].kind == TokenKind::Punct {
        // "The doctors' union": a plural possessive's apostrophe; "The Reuters/Ipsos poll".
        let slash = w == "/" && k > 0 && is_capitalized(seg.word(k - 1)) && is_capitalized(seg.word(first));
        glued(seg, k) || plural_possessive(seg, lower, k) || slash
    } else if w == "to" && k > 0 && lower.get(k - 1) == "close" {
        // "Those close to him": an anonymity phrase.
        true
    } else if w == "by" {
        // "Emails obtained by The Times": the agent of a participle; "a review by the
        // inspectorate": the author of a document.
        k > 0 && (lower.get(k - 1).ends_with("ed") || is_head(&lexicon::DOCUMENTS, lower.get(k - 1)))
    } else if lexicon::STOP_PREPOSITIONS.contains(w) {
        // "a poll conducted over the weekend": the adverbial of a participle after a document.
        k > 1 && participle_after_document(seg, lower, k - 1)
    } else if w == "one"
        || (COMPILED.forms.get(w).is_some_and(|f| f.past) && k > 0 && lexicon::NOUN_MARKERS_AND_PREPS.contains(lower.get(k - 1)))
    {
        // "one slide", "a noted economist": a determiner, a participle used as an adjective.
        true
    } else {
        np_word(seg, lower, k) && !lexicon::STOP_PREPOSITIONS.contains(w)
    }
}

/// Whether token `k` is an "-ed" participle right after a document's head ("polls taken", "a
/// survey conducted"), a reduced relative clause inside the document's phrase.
fn participle_after_document(seg: &Segmented, lower: &Lower, k: usize) -> bool {
    let w = lower.get(k);
    k > 0 && !is_capitalized(seg.word(k)) && (w.ends_with("ed") || w == "taken") && is_head(&lexicon::DOCUMENTS, lower.get(k - 1))
}

/// "Residents who live near the plant said": when the phrase at `[first, head]` ends a relative
/// clause whose antecedent opens the sentence or clause, the start of that antecedent (which,
/// with its clause, is the source).
fn relative_antecedent(seg: &Segmented, lower: &Lower, first: usize, head: usize) -> Option<usize> {
    let sentence = seg.tokens[head].sentence;
    let who = (head.saturating_sub(MAX_NP_TOKENS)..first).rev().find(|&k| lower.get(k) == "who")?;
    let clause = who + 1..first;
    let plain = clause.clone().all(|k| {
        let t = seg.tokens[k];
        t.sentence == sentence
            && (t.kind == TokenKind::Word || glued(seg, k))
            && !t.quoted
            && !lexicon::CLAUSE_BOUNDARIES.contains(lower.get(k))
            && COMPILED.forms.get(lower.get(k)).is_none_or(|f| f.verb.is_none())
    });
    if who == 0 || clause.is_empty() || !plain || !np_word(seg, lower, who - 1) {
        return None;
    }
    let antecedent = np_start(seg, lower, who - 1)?;
    let opens =
        seg.starts_sentence(antecedent) || seg.word(antecedent - 1) == "," || seg.tokens[antecedent - 1].kind == TokenKind::QuoteClose;
    opens.then_some(antecedent)
}

/// "officials who spoke on condition of anonymity": when the words before the verb end an
/// anonymity clause, the index of its "who" (whose antecedent then joins the source).
fn relative_clause_start(lower: &Lower, head: usize) -> Option<usize> {
    let who = (head.saturating_sub(MAX_NP_TOKENS)..head).rev().find(|&k| lower.get(k) == "who")?;
    let marked = lexicon::ANONYMITY_MARKERS.iter().any(|m| (who..=head).any(|k| lower.matches_at(k, m)));
    (marked && who > 0 && lexicon::ANONYMOUS_HEADS.contains(lower.get(who - 1))).then_some(who)
}

/// The end (exclusive) of the noun phrase that starts at `start`.
pub(super) fn np_end(seg: &Segmented, lower: &Lower, start: usize) -> Option<usize> {
    let n = seg.tokens.len();
    if start >= n || !np_word(seg, lower, start) {
        return None;
    }
    let sentence = seg.tokens[start].sentence;
    let mut end = start + 1;
    while end < n && seg.tokens[end].sentence == sentence && end - start < MAX_NP_TOKENS {
        let w = lower.get(end);
        let next_ok = end + 1 < n && seg.tokens[end + 1].sentence == sentence && np_word(seg, lower, end + 1);
        let take = if w == "and" {
            // "the Financial Times and The Washington Post", "The New York Times and the Gannett
            // newspaper chain": "and" joins names.
            let the_name = end + 2 < n && lower.get(end + 1) == "the" && is_capitalized(seg.word(end + 2));
            is_capitalized(seg.word(end - 1)) && end + 1 < n && (is_capitalized(seg.word(end + 1)) || the_name)
        } else if w == "who" {
            lexicon::ANONYMITY_MARKERS.iter().any(|m| (end..(end + ANONYMITY_REACH).min(n)).any(|k| lower.matches_at(k, m)))
        } else if seg.word(end) == "(" && is_capitalized(seg.word(end - 1)) {
            // "Rep. G.K. Butterfield (D-N.C.)": the party and state belong to the name.
            match (end + 1..(end + MAX_PAREN_TOKENS).min(n)).find(|&k| seg.word(k) == ")") {
                Some(close) => {
                    end = close + 1;
                    continue;
                }
                None => false,
            }
        } else if w == "by" {
            // "a civil complaint filed by the SEC", "an analysis by Lily Batchelder".
            let prev = lower.get(end - 1);
            next_ok && (prev.ends_with("ed") || lexicon::DOCUMENTS.contains(prev))
        } else if lexicon::NP_PREPOSITIONS.contains(w) {
            next_ok
        } else if lexicon::STOP_PREPOSITIONS.contains(w) || lexicon::DAYS.contains(w) {
            false
        } else if seg.tokens[end].kind == TokenKind::Symbol {
            next_ok
        } else if seg.tokens[end].kind == TokenKind::Punct {
            (glued(seg, end) || initial_dot(seg, end) || plural_possessive(seg, lower, end)) && next_ok
        } else {
            np_word(seg, lower, end) || (w == "who")
        };
        if !take {
            break;
        }
        end += 1;
    }
    // Trim a trailing preposition, determiner or conjunction.
    while end > start + 1
        && (lexicon::NOUN_MARKERS_AND_PREPS.contains(lower.get(end - 1)) || lexicon::COORDINATORS.contains(lower.get(end - 1)))
    {
        end -= 1;
    }
    Some(end)
}

/// How many tokens after "who" an anonymity phrase may start ("officials who spoke on
/// condition of anonymity").
const ANONYMITY_REACH: usize = 8;

/// The most letters of an initialism inside a name ("G.K.", "U.S.").
const MAX_INITIALISM_LETTERS: usize = 3;

/// Whether token `i` is the full stop of an initial inside a name: "Rep. G.K. Butterfield".
fn initial_dot(seg: &Segmented, i: usize) -> bool {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    seg.word(i) == "."
        && i > 0
        && seg.tokens[i - 1].end == seg.tokens[i].start
        && is_all_caps(seg.word(i - 1)) | (letters(seg.word(i - 1)) == 1 && is_capitalized(seg.word(i - 1)))
        && letters(seg.word(i - 1)) <= MAX_INITIALISM_LETTERS
        && seg.tokens.get(i + 1).is_some_and(|_| is_capitalized(seg.word(i + 1)))
}

/// Whether token `k` is the apostrophe of a plural possessive inside a phrase: "The nurses'
/// union", "the players’ union".
fn plural_possessive(seg: &Segmented, lower: &Lower, k: usize) -> bool {
    let w = seg.word(k);
    (w == "'" || w == "’") && k > 0 && seg.tokens[k - 1].end == seg.tokens[k].start && lower.get(k - 1).ends_with('s')
}
