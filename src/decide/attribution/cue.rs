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
use super::words::{in_list, in_table, is_capitalized, tier_of, without_contraction, Form, Lower, PhraseKind, COMPILED};

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

/// How many tokens back a closing quotation mark still confirms a tier-B cue.
const QUOTE_REACH: usize = 8;

/// Determiners and possessives: a verb form after one of them is a noun ("the report", "his claims").
const NOUN_MARKERS: &[&str] = &[
    "a", "an", "another", "any", "each", "every", "her", "his", "its", "my", "no", "our", "such", "the", "their", "these", "this", "those",
    "your",
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
        let found = if candidate {
            match_at(seg, lower, i)
        } else if t.kind == TokenKind::Punct && !blocked[i] {
            punctuation(seg, lower, i)
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
        .map(|(_, end)| Cue { first: i, end, side: Side::None, tier: Tier::A, lemma: None, confirmed: true })
        .or_else(|| passive(seg, lower, i))
        .or_else(|| {
            // Each matching phrase in turn: "in the words of" when "in" alone does not name a poll.
            COMPILED
                .phrases_from(lower.get(i))
                .filter(|p| p.kind == PhraseKind::SourceAfter)
                .find_map(|p| p.match_at(lower, i).and_then(|end| source_after(seg, lower, i, end)))
        })
        .or_else(|| {
            let (kind, end) = phrase(|k| matches!(k, PhraseKind::Phrasal(_)))?;
            let PhraseKind::Phrasal(tier) = kind else { return None };
            phrasal(seg, lower, i, end, tier)
        })
        .or_else(|| verb(seg, lower, i))
}

/// Punctuation cues: a dash after a quotation that names its speaker ("…” ― Sonya Herridge") and
/// a colon after a speaker label or a headline's source ("Pence: Flowers Won’t Be at Debate",
/// "WALLACE: Let’s start"). PolNeAR annotates both; the label must be a short capitalised name at
/// the start of a sentence and not a page label ("Update:", "Editor’s note:").
fn punctuation(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    let next_starts_name = seg.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && is_capitalized(seg.word(i + 1)));
    let spaced = seg.tokens.get(i + 1).is_some_and(|t| t.start > seg.tokens[i].end);
    match seg.word(i) {
        "―" | "—" | "–" if follows_quote(seg, i) && next_starts_name => {
            Some(Cue { first: i, end: i + 1, side: Side::After, tier: Tier::A, lemma: None, confirmed: true })
        }
        ":" if spaced && label_before(seg, lower, i).is_some_and(|(a, _)| speaker_label(seg, lower, a, i)) => {
            Some(Cue { first: i, end: i + 1, side: Side::Label, tier: Tier::A, lemma: None, confirmed: true })
        }
        _ => None,
    }
}

/// Whether the label from token `first` to the colon at `colon` names a speaker rather than a
/// term ("Proof:", "Priority:", "The Geometry of Physics:"): a transcript's capitals ("WALLACE:"),
/// a quotation after the colon, or a title-case headline that the label opens with a name
/// ("Pence: Flowers Won’t Be at Debate").
fn speaker_label(seg: &Segmented, lower: &Lower, first: usize, colon: usize) -> bool {
    let capitals = (first..colon).all(|k| seg.tokens[k].kind != TokenKind::Word || super::words::is_all_caps(seg.word(k)));
    let quotation = seg.tokens.get(colon + 1).is_some_and(|t| t.kind == TokenKind::QuoteOpen);
    let headline = colon + 1 < seg.tokens.len() && in_title_case(seg, colon + 1) && lower.get(first) != "the";
    capitals || quotation || headline
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
        TokenKind::Word => is_capitalized(seg.word(k)) || matches!(lower.get(k), "of" | "the" | "and" | "de" | "van" | "von"),
        TokenKind::Punct => matches!(seg.word(k), "." | "-" | "'" | "’"),
        _ => false,
    });
    let label: Vec<&str> = (first..colon).filter(|&k| seg.tokens[k].kind == TokenKind::Word).map(|k| lower.get(k)).collect();
    let page_label = label.iter().any(|w| in_list(lexicon::DAYS, w) || in_table(lexicon::LABEL_WORDS, w));
    // "Said Ellis: …" is an inverted verb cue, not a label.
    let verb_first = COMPILED.forms.contains_key(lower.get(first));
    (name_like && !page_label && !verb_first && seg.tokens[first].kind == TokenKind::Word).then_some((first, colon))
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
        return Some(Cue { first: i, end: j + 3, side: Side::Before, tier: Tier::A, lemma: None, confirmed: true });
    }
    if in_list(lexicon::RAISING_PASSIVES, w) && lower.get(j + 1) == "to" {
        return Some(Cue { first: i, end: j + 2, side: Side::None, tier: Tier::A, lemma: None, confirmed: true });
    }
    let form = COMPILED.forms.get(w)?;
    let verb = lexicon::VERBS[form.verb?];
    if verb.passive_by && form.past && lower.get(j + 1) == "by" && j + 2 < seg.tokens.len() {
        return Some(Cue { first: i, end: j + 2, side: Side::After, tier: Tier::A, lemma: None, confirmed: true });
    }
    None
}

/// A cue whose source follows, ending at `end`, once its word-specific conditions hold.
fn source_after(seg: &Segmented, lower: &Lower, i: usize, end: usize) -> Option<Cue> {
    let ok = match (lower.get(i), end - i) {
        ("according", 2) => !in_table(lexicon::ACCORDING_TO_NOT_SOURCE, lower.get(end)),
        ("per", 1) => per_means_according_to(seg, lower, end),
        ("in", 1) => names_poll(seg, lower, end),
        _ => true,
    };
    ok.then_some(Cue { first: i, end, side: Side::After, tier: Tier::A, lemma: None, confirmed: true })
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
        if Some(t.sentence) != sentence || (t.kind == TokenKind::Punct && !super::source::glued(seg, k) && seg.word(k) != "/") {
            return false;
        }
        let w = lower.get(k);
        if in_table(lexicon::IN_SOURCE_HEADS, w) {
            // "polls" as the head, not a modifier ("poll workers", "poll-tested").
            // ("Survey Monkey's app": a name.)
            let modifier = seg.tokens.get(k + 1).is_some_and(|n| {
                let word = n.kind == TokenKind::Word;
                (word && (in_table(lexicon::POLL_MODIFIED, lower.get(k + 1)) || is_capitalized(seg.word(k + 1))))
                    || super::source::glued(seg, k + 1)
            });
            return !modifier;
        }
        if in_table(lexicon::CLAUSE_BOUNDARIES, w) {
            return false;
        }
    }
    false
}

/// A phrasal verb cue ("pointed out") ending at `end`.
fn phrasal(seg: &Segmented, lower: &Lower, i: usize, end: usize, tier: Tier) -> Option<Cue> {
    if is_capitalized(seg.word(i)) || follows_noun_marker(lower, i) {
        return None;
    }
    let cue = Cue { first: extend_prefix(seg, lower, i), end, side: Side::Before, tier, lemma: None, confirmed: true };
    confirm(seg, lower, cue)
}

fn verb(seg: &Segmented, lower: &Lower, i: usize) -> Option<Cue> {
    let w = lower.get(i);
    let form = COMPILED.forms.get(w)?;
    let tier = tier_of(form)?;
    // "States", "Reports": capitalised forms are names or headline nouns, except a third-person
    // verb in a title-case headline ("New Poll Shows Bump", "Obama Says Museum Will Tell").
    // ("United States to Lift Sanctions": a name.)
    let after_united = i > 0 && lower.get(i - 1) == "united";
    let headline_verb = !(form.base || form.past || form.gerund || after_united) && in_title_case(seg, i);
    if (is_capitalized(seg.word(i)) && !headline_verb) || follows_noun_marker(lower, i) {
        return None;
    }
    let prev = if i > 0 { lower.get(i - 1) } else { "" };
    if prev == "to" && !seg.starts_sentence(i) {
        // An infinitive ("declined to comment", "wants to say"): not a cue of its own.
        return None;
    }
    // "have sometimes been accused of": a passive without "by" has no source ("was first reported
    // by" is matched before, by `passive`).
    let mut b = i;
    while b > 0 && (in_list(lexicon::CUE_PREFIX, lower.get(b - 1)) || lexicon::is_ly_adverb(lower.get(b - 1))) {
        b -= 1;
    }
    if form.past && b > 0 && in_table(lexicon::BE, lower.get(b - 1)) {
        return None;
    }
    if form.past && in_table(lexicon::DEGREE_WORDS, prev) {
        // "a more informed decision", "well written": a participle used as an adjective.
        return None;
    }
    let first = extend_prefix(seg, lower, i);
    if !form.past && !form.gerund && !present_is_verb(seg, lower, first, i, form) {
        return None;
    }
    if form.participle && !(first..i).any(|k| matches!(lower.get(k), "has" | "have" | "had")) {
        // "web pages written in HTML": a participle with no auxiliary is no finite verb.
        return None;
    }
    let side = if form.gerund {
        // ", saying …", "by saying …", "after saying …".
        if prev == "," || in_table(lexicon::GERUND_PREPOSITIONS, prev) {
            Side::MainClause
        } else if in_table(lexicon::BE, prev) || (b > 0 && b < i && in_table(lexicon::BE, lower.get(b - 1))) {
            // "is accusing", "is also accusing".
            Side::Before
        } else {
            return None;
        }
    } else {
        Side::Before
    };
    let cue = Cue { first, end: extend_suffix(lower, i + 1), side, tier, lemma: Some(form.lemma), confirmed: true };
    confirm(seg, lower, cue)
}

/// Whether a present-tense form at `i` (its cue starting at `first`) is a verb, not a noun:
/// "officials say that", "Bloomberg reports that", "“…,” she says." are verbs; "Trump's tweets.",
/// "derogatory comments Trump had made", "state broadcaster" are nouns. It needs a subject-like
/// word before (a pronoun, a name, a source head, a plural, a determined noun: "the ad’s narrator")
/// and, unless the subject is a pronoun, a complement after. Right after a quotation the form is
/// the verb ("“…,” says Paul Rieckhoff", "“…,” the report says.").
fn present_is_verb(seg: &Segmented, lower: &Lower, first: usize, i: usize, form: &Form) -> bool {
    if follows_quote(seg, first) {
        return true;
    }
    let Some(p) = first.checked_sub(1) else { return false };
    let next = i + 1;
    if !form.base
        && seg.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word)
        && COMPILED.forms.get(lower.get(next)).is_some_and(|f| f.base)
    {
        // "Police reports say …": the plural noun of a plural verb ("He says claims …" stays).
        return false;
    }
    let w = lower.get(p);
    let word = seg.word(p);
    if word == "," && !form.base {
        // "Tim Cook, the chief executive, says …": a third-person verb after an apposition.
        return super::source::before(seg, lower, first).is_some_and(|(a, _)| a + 1 < p);
    }
    // (`Lower` spells the curly apostrophe straight.)
    if seg.tokens[p].kind != TokenKind::Word || w.ends_with("'s") || w.ends_with('\'') {
        // "the administration’s comments": a possessive opens a noun phrase.
        return false;
    }
    if !is_capitalized(word) && w.len() > 3 && w.ends_with("ed") {
        // "the bloodshed raised fears": the object of a past-tense verb.
        return false;
    }
    let after_possessive = p > 0 && matches!(lower.get(p - 1), "their" | "his" | "her" | "its" | "our" | "my" | "your");
    if in_table(lexicon::NOUN_PREMODIFIERS, w) || (after_possessive && is_capitalized(word)) {
        // "the administration’s first comments", "their ICC plans": modifiers of a noun.
        return false;
    }
    let bare = without_contraction(w);
    let pronoun = in_list(lexicon::PRONOUNS, bare) || in_list(lexicon::FIRST_PERSON, bare);
    let named = is_capitalized(word) && !lexicon::is_sentence_starter(word);
    if form.base && first == i && !plural_subject(seg, lower, p) {
        // "the executive order", "no Palestinian state": the base form needs a plural subject.
        return false;
    }
    let subject = pronoun
        || named
        || in_table(lexicon::ANONYMOUS_HEADS, w)
        || in_table(lexicon::ORGANIZATIONS, w)
        || in_table(lexicon::MEDIA, w)
        || in_table(lexicon::DOCUMENTS, w)
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous") && !w.ends_with("is"))
        // Only "says", not "say": "the following comment:" is a noun.
        || (!form.base && determined_noun(seg, lower, p));
    if !subject {
        return false;
    }
    let ends_clause = seg.tokens.get(next).is_none_or(|t| t.kind == TokenKind::Punct && matches!(seg.word(next), "." | "," | "!" | "?"));
    if ends_clause && named && in_title_case(seg, i) {
        // "…, Lindsey Graham Says."
        return true;
    }
    let plain_speech = in_table(lexicon::PLAIN_SPEECH_VERBS, form.lemma);
    if ends_clause && plain_speech && (pronoun || named || in_table(lexicon::ANONYMOUS_HEADS, w)) {
        // "…, they say.", "…, experts say."
        return true;
    }
    if ends_clause && plain_speech && !form.base && determined_noun(seg, lower, p) {
        // "…, one slide says.", "…, the company says."
        return true;
    }
    if ends_clause {
        // "“Don't shoot him,” she says." — the quotation closed earlier in the sentence.
        let sentence = seg.tokens[first].sentence;
        return (first.saturating_sub(QUOTE_REACH)..first)
            .any(|k| seg.tokens[k].kind == TokenKind::QuoteClose && seg.tokens[k].sentence == sentence);
    }
    // "Trump says voter fraud …": a third-person speech verb after a pronoun or a name takes any
    // complement ("Chinese state broadcaster" has the base form).
    let third_person = (!form.base || plain_speech) && tier_of(form) == Some(Tier::A);
    pronoun || (third_person && (named || in_table(lexicon::ANONYMOUS_HEADS, w))) || opens_complement(seg, lower, next)
}

/// How many words before a base-form verb its plural subject's head may come ("advisers to Mr.
/// Obama say").
const PLURAL_REACH: usize = 5;

/// Whether the word at `p` can end the subject of a base-form verb ("they say", "experts say",
/// "advisers to Mr. Obama say", "Trump and Clinton say"): a plural pronoun or "I"/"you", a plural
/// noun, a name after a plural noun or coordinated with another.
fn plural_subject(seg: &Segmented, lower: &Lower, p: usize) -> bool {
    let plural = |k: usize| {
        let w = lower.get(k);
        let noun = w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s");
        in_table(lexicon::PLURAL_WORDS, w) || (noun && !is_capitalized(seg.word(k)))
    };
    // "Democrats say" (not "the US state of").
    let capitalized_plural = is_capitalized(seg.word(p)) && !super::words::is_all_caps(seg.word(p)) && lower.get(p).ends_with('s');
    if plural(p) || capitalized_plural {
        return true;
    }
    let sentence = seg.tokens[p].sentence;
    is_capitalized(seg.word(p))
        && (p.saturating_sub(PLURAL_REACH)..p).filter(|&k| seg.tokens[k].sentence == sentence).any(|k| lower.get(k) == "and" || plural(k))
}

/// Whether the sentence of token `i` is a title-case headline: at least four words, and all
/// words of four letters or more capitalised.
fn in_title_case(seg: &Segmented, i: usize) -> bool {
    let s = seg.sentence_of(i);
    let words = || (s.first..s.end).filter(|&k| seg.tokens[k].kind == TokenKind::Word);
    words().count() >= 4 && words().filter(|&k| seg.word(k).chars().count() >= 4).all(|k| is_capitalized(seg.word(k)))
}

/// How many words before its head a determiner may open a noun phrase ("The Democratic
/// presidential nominee says").
const DETERMINER_REACH: usize = 5;

/// Whether the lowercase word at `p` heads a noun phrase opened by a determiner or a possessive
/// at most [`DETERMINER_REACH`] words before, with only words between: "the clip", "Clinton’s
/// team", "the ad’s narrator", "one slide", "The Democratic presidential nominee".
fn determined_noun(seg: &Segmented, lower: &Lower, p: usize) -> bool {
    if is_capitalized(seg.word(p)) {
        return false;
    }
    let sentence = seg.tokens[p].sentence;
    (p.saturating_sub(DETERMINER_REACH)..p)
        .rev()
        .take_while(|&k| seg.tokens[k].kind == TokenKind::Word && seg.tokens[k].sentence == sentence)
        .any(|k| {
            let w = lower.get(k);
            in_list(NOUN_MARKERS, w) || w == "one" || w.ends_with("'s") || w.ends_with("’s")
        })
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

/// Applies the tier rule: tiers other than A need a quotation, "that", "whether"/"if" or a colon
/// right next to the cue (or the cue right after a quotation; for [`lexicon::NAMING_VERBS`], a
/// quotation or "a"/"an" a few words on). Without it, tier B is dropped here and the cues of
/// tiers Subject and Evidence stay unconfirmed for [`super::find`] to judge by their source.
fn confirm(seg: &Segmented, lower: &Lower, mut cue: Cue) -> Option<Cue> {
    if cue.tier == Tier::A {
        return Some(cue);
    }
    let next = cue.end;
    let after_signal = matches!(lower.get(next), "that" | "whether" | "if" | "how" | "why" | "what" | ":")
        || seg.tokens.get(next).is_some_and(|t| t.kind == TokenKind::QuoteOpen);
    // "“Stay calm,” the governor urged": a quotation closed a few words before, same sentence.
    let sentence = seg.tokens[cue.first].sentence;
    let before_signal = (cue.first.saturating_sub(QUOTE_REACH)..cue.first)
        .any(|k| seg.tokens[k].kind == TokenKind::QuoteClose && seg.tokens[k].sentence == sentence);
    // "“Does anybody know?” Graham asked.": the question mark ended the quotation's sentence.
    let s = seg.sentence_of(cue.first);
    let after_quoted_sentence = s.first > 0 && seg.tokens[s.first - 1].kind == TokenKind::QuoteClose && cue.first - s.first <= 4;
    let naming = cue.lemma.is_some_and(|l| in_table(lexicon::NAMING_VERBS, l)) && names_object(seg, lower, next);
    cue.confirmed = after_signal || before_signal || after_quoted_sentence || naming;
    (cue.confirmed || cue.tier != Tier::B).then_some(cue)
}

/// How many tokens after a naming verb its complement may start ("called the senator a").
const NAMING_REACH: usize = 6;

/// Whether a quotation or "a"/"an" follows within [`NAMING_REACH`] words of token `next`, with no
/// clause punctuation between: "called Trump a “pathological liar”".
fn names_object(seg: &Segmented, lower: &Lower, next: usize) -> bool {
    // "called in to a show", "called off": a particle, not an object.
    if next < seg.tokens.len() && in_table(lexicon::PARTICLES, lower.get(next)) {
        return false;
    }
    let end = (next + NAMING_REACH).min(seg.tokens.len());
    for k in next + 1..end {
        let t = seg.tokens[k];
        if t.kind == TokenKind::QuoteOpen || (t.kind == TokenKind::Word && matches!(lower.get(k), "a" | "an")) {
            return true;
        }
        if t.kind == TokenKind::Punct && !super::source::glued(seg, k) {
            return false;
        }
    }
    false
}

/// Whether the tokens right before `i` close a quotation: `”`, `,”`, `” ,`.
pub fn follows_quote(seg: &Segmented, i: usize) -> bool {
    let kind = |k: usize| seg.tokens.get(k).map(|t| t.kind);
    i >= 1
        && (kind(i - 1) == Some(TokenKind::QuoteClose) || (i >= 2 && seg.word(i - 1) == "," && kind(i - 2) == Some(TokenKind::QuoteClose)))
}

/// Pulls auxiliaries, negations and "also" right before a verb into the cue: "has also said".
fn extend_prefix(seg: &Segmented, lower: &Lower, i: usize) -> usize {
    // "has effectively admitted": an adverb joins when an auxiliary comes before it.
    let auxiliary = |k: usize| in_list(lexicon::CUE_PREFIX, lower.get(k)) || in_table(lexicon::BE, lower.get(k));
    let mut first = i;
    // One form of "to be", before the verb or its adverbs: "is accusing", "is also accusing".
    let mut be_joined = false;
    while first > 0 {
        let w = lower.get(first - 1);
        let be = in_table(lexicon::BE, w);
        let adverb = lexicon::is_ly_adverb(w) && first >= 2 && auxiliary(first - 2);
        let joins = in_list(lexicon::CUE_PREFIX, w) || (be && !be_joined) || adverb;
        // "All Might replied": a capitalised word mid-sentence is part of a name, not a modal.
        let name = is_capitalized(seg.word(first - 1)) && !seg.starts_sentence(first - 1);
        if !joins || name || seg.tokens[first - 1].quoted || seg.starts_sentence(first) {
            break;
        }
        be_joined |= be;
        first -= 1;
    }
    first
}

/// Words that may follow a present-tense reporting verb (its complement or an adverbial).
/// Anything else, a lowercase noun above all, means the form was a noun. Sorted.
const COMPLEMENT_STARTS: &[&str] = &[
    "a", "about", "after", "also", "an", "at", "before", "during", "he", "her", "him", "his", "how", "i", "if", "in", "it", "its", "many",
    "me", "my", "no", "not", "nothing", "on", "only", "our", "she", "so", "some", "that", "the", "their", "them", "there", "these", "they",
    "this", "those", "to", "us", "we", "what", "when", "where", "whether", "who", "why", "yes", "you", "your",
];

/// Whether token `i` can begin what follows a present-tense reporting verb: a complement word,
/// a name, a number, a colon or a quotation (not the end of a phrase: ".", ",", ")").
fn opens_complement(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let Some(t) = seg.tokens.get(i) else { return false };
    match t.kind {
        TokenKind::Word => {
            // "she’ll", "it's": the pronoun without its contracted verb.
            let w = without_contraction(lower.get(i));
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
    matches!(w, "also" | "first" | "initially" | "originally" | "previously" | "later" | "widely") || lexicon::is_ly_adverb(w)
}
