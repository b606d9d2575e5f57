//! Cues that are not a single reporting verb: passives ("was first reported by X", "is said
//! to"), prepositions and participles whose source follows ("according to X", "per Reuters",
//! "citing officials", "in a new poll"), and punctuation (a dash after a quotation, a colon after
//! a speaker's label).

use super::super::lexicon;
use super::super::segment::{Segmented, TokenKind};
use super::super::source::{self, glued};
use super::super::words::{is_all_caps, is_capitalized, Lower, COMPILED};
use super::super::SourceKind;
use super::verb::in_title_case;
use super::{follows_quote, Cue, Side};

/// "was first reported by X" (source after), "is said to" (no source), "was quoted as saying"
/// (source before).
pub(super) fn passive(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    if !lexicon::BE.contains(lower.get(i)) {
        return None;
    }
    let mut j = i + 1;
    while is_passive_adverb(lower.get(j)) {
        j += 1;
    }
    let w = lower.get(j);
    if lower.matches_at(j, "quoted as saying") {
        return Some(Cue::fixed(i, j + 3, Side::Before));
    }
    if lexicon::RAISING_PASSIVES.contains(w) && lower.get(j + 1) == "to" {
        return Some(Cue::fixed(i, j + 2, Side::None));
    }
    let form = COMPILED.forms.get(w)?;
    let verb = lexicon::VERBS[form.verb?];
    let next = lower.get(j + 1);
    // "was sharply criticized by the union" (source after), "was accused of fraud" (none).
    let judgement = lexicon::JUDGEMENT_PASSIVES.get(form.lemma).filter(|_| form.past && !form.gerund);
    if (verb.passive_by || judgement.is_some()) && form.past && next == "by" && j + 2 < seg.tokens.len() {
        return Some(Cue::fixed(i, j + 2, Side::After));
    }
    judgement.filter(|words| words.contains(&next)).map(|_| Cue::fixed(i, j + 2, Side::None))
}

/// Adverbs allowed inside a passive cue: "was first reported by", "is widely believed to".
fn is_passive_adverb(w: &str) -> bool {
    lexicon::PASSIVE_ADVERBS.contains(w) || lexicon::is_ly_adverb(w)
}

/// A cue whose source follows, ending at `end`, once its word-specific conditions hold.
pub(super) fn source_after(seg: &Segmented, lower: &Lower, i: usize, end: usize) -> Option<Cue> {
    let ok = match (lower.get(i), end - i) {
        ("according", 2) => !lexicon::ACCORDING_TO_NOT_SOURCE.contains(lower.get(end)),
        ("per", 1) => per_means_according_to(seg, lower, end),
        ("in", 1) => names_poll(seg, lower, end),
        // "…, citing her work": a participle of the main clause, whose subject is the source (the
        // verb cue "citing"); "…, citing officials familiar with the matter" and "Citing internal
        // emails, the Ledger …" name their source.
        ("citing", 1) => i == 0 || seg.word(i - 1) != "," || seg.starts_sentence(i) || cites_source(seg, lower, end),
        _ => true,
    };
    ok.then_some(Cue::fixed(i, end, Side::After))
}

/// Whether the phrase after "citing" (from token `next`) is a known kind of source (people, a
/// body, a medium, a document), not what was cited as a reason ("citing her work").
fn cites_source(seg: &Segmented, lower: &Lower, next: usize) -> bool {
    source::after(seg, lower, next, true).is_some_and(|(a, b)| source::kind(seg, lower, a, b) != SourceKind::Unknown)
}

/// Whether the words after "per" make it "according to" ("per Reuters", "per the report"), not
/// a rate ("per cent", "per year", "per Monday").
fn per_means_according_to(seg: &Segmented, lower: &Lower, next: usize) -> bool {
    if next >= seg.tokens.len() || seg.tokens[next].kind != TokenKind::Word {
        return false;
    }
    let w = lower.get(next);
    if lexicon::ARTICLES.contains(w) {
        let head = lower.get(next + 1);
        return lexicon::DOCUMENTS.contains(head) || lexicon::MEDIA.contains(head);
    }
    is_capitalized(seg.word(next)) && !lexicon::DAYS.contains(w)
}

/// How many tokens after "in" the head of a poll may come ("in the previous Washington Post/ABC
/// News national poll").
const POLL_REACH: usize = 10;

/// Whether the noun phrase from token `next` names a poll or survey ([`lexicon::IN_SOURCE_HEADS`]),
/// with no clause punctuation or clause word ("which", "that") before its head.
fn names_poll(seg: &Segmented, lower: &Lower, next: usize) -> bool {
    let sentence = seg.tokens.get(next).map(|t| t.sentence);
    for k in next..(next + POLL_REACH).min(seg.tokens.len()) {
        let t = seg.tokens[k];
        if Some(t.sentence) != sentence || (t.kind == TokenKind::Punct && !glued(seg, k) && seg.word(k) != "/") {
            return false;
        }
        let w = lower.get(k);
        if lexicon::IN_SOURCE_HEADS.contains(w) {
            return !poll_is_modifier(seg, lower, k);
        }
        if lexicon::CLAUSE_BOUNDARIES.contains(w) {
            return false;
        }
    }
    false
}

/// Whether "poll" at token `k` modifies the word after it ("poll workers", "poll-tested",
/// "Survey Monkey's app": a name) rather than heading the phrase.
fn poll_is_modifier(seg: &Segmented, lower: &Lower, k: usize) -> bool {
    seg.tokens.get(k + 1).is_some_and(|n| {
        let word = n.kind == TokenKind::Word;
        (word && (lexicon::POLL_MODIFIED.contains(lower.get(k + 1)) || is_capitalized(seg.word(k + 1)))) || glued(seg, k + 1)
    })
}

/// Punctuation cues: a dash after a quotation that names its speaker ("…” ― Sonya Herridge") and
/// a colon after a speaker label or a headline's source ("Pence: Flowers Won’t Be at Debate",
/// "WALLACE: Let’s start"). PolNeAR annotates both; the label must be a short capitalised name at
/// the start of a sentence and not a page label ("Update:", "Editor’s note:").
pub(super) fn punctuation(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    let next_starts_name = seg.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && is_capitalized(seg.word(i + 1)));
    let spaced = seg.tokens.get(i + 1).is_some_and(|t| t.start > seg.tokens[i].end);
    let mark = seg.word(i);
    if lexicon::DASHES.contains(mark) && follows_quote(seg, i) && next_starts_name {
        return Some(Cue::fixed(i, i + 1, Side::After));
    }
    let label = || label_before(seg, lower, i).is_some_and(|(a, _)| speaker_label(seg, lower, a, i));
    (mark == ":" && spaced && label()).then(|| Cue::fixed(i, i + 1, Side::Label))
}

/// Whether the label from token `first` to the colon at `colon` names a speaker rather than a
/// term ("Proof:", "Priority:", "The Geometry of Physics:"): a transcript's capitals ("WALLACE:"),
/// a quotation after the colon, or a title-case headline that the label opens with a name
/// ("Pence: Flowers Won’t Be at Debate").
fn speaker_label(seg: &Segmented, lower: &Lower, first: usize, colon: usize) -> bool {
    let capitals = (first..colon).all(|k| seg.tokens[k].kind != TokenKind::Word || is_all_caps(seg.word(k)));
    let quotation = seg.tokens.get(colon + 1).is_some_and(|t| t.kind == TokenKind::QuoteOpen);
    let headline = colon + 1 < seg.tokens.len() && in_title_case(seg, colon + 1) && lower.get(first) != "the";
    capitals || quotation || headline || source_headline(seg, lower, first, colon)
}

/// Whether a block that is one sentence opens with a source's head and a colon before a
/// capitalised clause: a headline in sentence case ("Poll: Clinton and Trump in dead heat",
/// "Study: Coffee drinkers live longer", "Police: Driver was speeding").
fn source_headline(seg: &Segmented, lower: &Lower, first: usize, colon: usize) -> bool {
    let one_sentence = seg.sentences.len() == 1;
    let head = lower.get(colon - 1);
    let source_head =
        [&lexicon::DOCUMENTS, &lexicon::MEDIA, &lexicon::ANONYMOUS_HEADS, &lexicon::ORGANIZATIONS].iter().any(|t| source::is_head(t, head));
    let capitalised_next = seg.tokens.get(colon + 1).is_some_and(|t| t.kind == TokenKind::Word) && is_capitalized(seg.word(colon + 1));
    one_sentence && first == 0 && source_head && capitalised_next
}

/// The most words a speaker label or a headline source before a colon may have.
const MAX_LABEL_WORDS: usize = 6;

/// The label before the colon at `colon`: the capitalised words from the start of its sentence
/// (after an opening quotation mark, as transcripts have it), as a token range; `None` for page
/// labels (a word of [`lexicon::LABEL_WORDS`] or a day) and for anything else.
pub fn label_before(seg: &Segmented, lower: &Lower, colon: usize) -> Option<(usize, usize)> {
    let sentence = seg.tokens[colon].sentence;
    let mut first = colon;
    while first > 0 && seg.tokens[first - 1].sentence == sentence && seg.tokens[first - 1].kind != TokenKind::QuoteOpen {
        first -= 1;
    }
    let starts = first == 0 || seg.tokens[first - 1].sentence != sentence || seg.starts_sentence(first - 1);
    let words = colon - first;
    if !starts || words == 0 || words > MAX_LABEL_WORDS {
        return None;
    }
    let name_like = (first..colon).all(|k| match seg.tokens[k].kind {
        // "Port chief: “…”": a role may be lowercase.
        TokenKind::Word => {
            let w = lower.get(k);
            is_capitalized(seg.word(k))
                || lexicon::LABEL_NAME_WORDS.contains(w)
                || lexicon::ROLES.contains(w)
                || lexicon::ANONYMOUS_HEADS.contains(w)
        }
        TokenKind::Punct => lexicon::LABEL_MARKS.contains(seg.word(k)),
        _ => false,
    });
    let mut label = (first..colon).filter(|&k| seg.tokens[k].kind == TokenKind::Word).map(|k| lower.get(k));
    let page_label = label.any(|w| lexicon::DAYS.contains(w) || lexicon::LABEL_WORDS.contains(w));
    // "Said Ellis: …" is an inverted verb cue, not a label.
    let verb_first = COMPILED.forms.contains_key(lower.get(first));
    (name_like && !page_label && !verb_first && seg.tokens[first].kind == TokenKind::Word).then_some((first, colon))
}

/// A noun of saying between its possessor and "that": "Trump’s claim that …", "his warning
/// that …", "the company's insistence that …", or a noun of will before "to": "Obama's decision
/// to …" (PolNeAR annotates them; the possessor is the source).
pub(super) fn nominal(lower: &Lower, i: usize) -> Option<Cue> {
    let w = lower.get(i);
    let that = lexicon::NOMINAL_CUES.contains(w) && lower.get(i + 1) == "that";
    // ("The storm's threat to the coast": "to" before a noun phrase is no infinitive.)
    let to = lexicon::NOMINAL_TO_CUES.contains(w) && lower.get(i + 1) == "to" && !lexicon::NOUN_MARKERS.contains(lower.get(i + 2));
    if !(that || to) || i == 0 {
        return None;
    }
    let possessive = |p: &str| p.ends_with("'s") || p.ends_with("s'") || lexicon::POSSESSIVES.contains(p);
    // "Tulsa police’s earlier claim that", "his repeated warning that": a modifier between.
    let first = if i > 1 && lexicon::NOMINAL_MODIFIERS.contains(lower.get(i - 1)) { i - 1 } else { i };
    possessive(lower.get(first - 1)).then_some(Cue::fixed(first, i + 1, Side::Possessor))
}

/// A noun of what was said against the subject, after a verb of receiving it: "has faced sharp
/// criticism", "came under criticism from the union", "drew questions about" (see
/// [`lexicon::RECEIVED_CUES`]). Its source follows "from"; without one it has none.
pub(super) fn received(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    if !lexicon::RECEIVED_CUES.contains(lower.get(i)) {
        return None;
    }
    let sentence = seg.tokens[i].sentence;
    // Lowercase words between the verb and its noun ("sharp", "withering"), "under" after "came".
    let modifier = |k: usize| {
        let t = seg.tokens[k];
        t.sentence == sentence && t.kind == TokenKind::Word && !t.quoted && !is_capitalized(seg.word(k))
    };
    let verb = (i.saturating_sub(MAX_RECEIVED_REACH)..i).rev().take_while(|&k| modifier(k)).find(|&k| {
        let w = lower.get(k);
        let under = lower.get(k + 1) == "under";
        lexicon::RECEIVING_VERBS.contains(w) && (under || !matches!(w, "came" | "come" | "comes" | "coming"))
    })?;
    let from = lower.get(i + 1) == "from";
    (i - verb <= lexicon::MAX_RECEIVED_MODIFIERS + 2).then_some(if from {
        Cue::fixed(i, i + 2, Side::After)
    } else {
        Cue::fixed(i, i + 1, Side::None)
    })
}

/// How many words back from the noun [`received`] looks for its verb (the modifiers and "under").
const MAX_RECEIVED_REACH: usize = lexicon::MAX_RECEIVED_MODIFIERS + 2;

/// A reporting verb's participle opening its sentence and followed, after its phrase and a
/// comma, by the clause whose subject is its source: "Asked about the bridge, the mayor said …",
/// "Lamenting their luck, residents say …" ("Added to that, …" is no attribution).
pub(super) fn opening_participle(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    let form = COMPILED.forms.get(lower.get(i))?;
    let verb = lexicon::VERBS[form.verb?];
    // ("Writing for the Times, X noted …": writing is the medium, not the attribution.)
    let speech = matches!(verb.tier, lexicon::Tier::A | lexicon::Tier::Subject) && !lexicon::WRITING_VERBS.contains(form.lemma);
    // A past participle heads a phrase ("Asked about the bridge,", "Reached by phone,"), not a
    // noun ("Reported cases rose, officials said").
    // ("Asked to describe the device, the chief said …": a question put to the subject, before a
    // reporting verb; not "Asked to leave, the fans refused".)
    let asked_to = lower.get(i + 1) == "to"
        && lexicon::PARTICIPLES_BEFORE_TO.contains(lower.get(i))
        && COMPILED.forms.get(lower.get(i + 2)).is_some_and(|f| f.base);
    let participle = form.gerund || (form.past && (lexicon::PARTICIPLE_PHRASE_STARTS.contains(lower.get(i + 1)) || asked_to));
    let sentence = seg.tokens[i].sentence;
    let comma = (i + 1..seg.tokens.len()).take_while(|&k| seg.tokens[k].sentence == sentence).find(|&k| seg.word(k) == ",");
    let usable = seg.starts_sentence(i) && speech && participle && (lower.get(i + 1) != "to" || asked_to) && seg.word(i + 1) != ",";
    (usable && comma.is_some()).then_some(Cue {
        first: i,
        end: i + 1,
        side: Side::LaterSubject,
        tier: verb.tier,
        lemma: Some(form.lemma),
        confirmed: true,
    })
}
