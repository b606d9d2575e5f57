//! Whether a present-tense form of a reporting verb is a verb here, not a noun: "officials say
//! that" and "Bloomberg reports that" are verbs; "Trump's tweets", "the executive order" and "Police
//! reports" are nouns. It reads the words around the form: a subject-like word before it (a
//! pronoun, a name, a source head, a plural, a determined noun) and what may follow it.

use super::super::lexicon::{self, Tier};
use super::super::segment::{Segmented, TokenKind};
use super::super::source;
use super::super::words::{is_all_caps, is_capitalized, tier_of, without_contraction, Form, Lower, COMPILED};
use super::extent::closes_after_comma;
use super::verb::in_title_case;
use super::{follows_quote, quote_closed_before};

/// What the word before a present-tense form says about it as a subject.
#[derive(Clone, Copy)]
struct Subject {
    /// A personal pronoun, first person included ("they", "she’ll", "we").
    pronoun: bool,
    /// A capitalised word that does not merely open the sentence ("Trump", "Bloomberg").
    named: bool,
    /// An anonymous head or a quantifier ("officials", "experts", "some", "many").
    anonymous: bool,
}

impl Subject {
    fn at(seg: &Segmented, lower: &Lower, p: usize) -> Subject {
        let (w, word) = (lower.get(p), seg.word(p));
        let bare = without_contraction(w);
        Subject {
            pronoun: lexicon::PRONOUNS.contains(bare) || lexicon::FIRST_PERSON.contains(bare),
            // (A gerund opening the sentence is no name: "Pushing only adds …".)
            named: is_capitalized(word) && !lexicon::is_sentence_starter(word) && !(seg.starts_sentence(p) && w.ends_with("ing")),
            anonymous: lexicon::ANONYMOUS_HEADS.contains(w) || quantifier_subject(seg, lower, p),
        }
    }
}

/// Whether the word at `p` is a quantifier that opens its clause as a subject ("Some note that",
/// "…, but many say"), not one that determines a noun after a verb ("make some mention").
pub(super) fn quantifier_subject(seg: &Segmented, lower: &Lower, p: usize) -> bool {
    let opens = seg.starts_sentence(p) || {
        let before = lower.get(p - 1);
        before == "," || lexicon::CLAUSE_BOUNDARIES.contains(before) || lexicon::VERB_COORDINATORS.contains(before)
    };
    lexicon::QUANTIFIERS.contains(lower.get(p)) && opens
}

/// Whether a present-tense form at `i` (its cue starting at `first`) is a verb, not a noun:
/// "officials say that", "Bloomberg reports that", "“…,” she says." are verbs; "Trump's tweets.",
/// "derogatory comments Trump had made", "state broadcaster" are nouns. It needs a subject-like
/// word before (a pronoun, a name, a source head, a plural, a determined noun: "the ad’s narrator")
/// and, unless the subject is a pronoun, a complement after. Right after a quotation the form is
/// the verb ("“…,” says Paul Rieckhoff", "“…,” the report says.").
pub(super) fn present_is_verb(seg: &Segmented, lower: &Lower, first: usize, i: usize, form: &Form) -> bool {
    if follows_quote(seg, first) {
        return true;
    }
    let Some(p) = subject_end(seg, lower, first) else { return false };
    // "The mayor did not explain why": after "did" the base form is a verb, with the subject
    // before it.
    let auxiliary = (first..i).any(|k| lexicon::BASE_FORM_AUXILIARIES.contains(lower.get(k)));
    if form.base && auxiliary {
        return source::before(seg, lower, first).is_some();
    }
    if plural_noun_before_verb(seg, lower, i, form) {
        return false;
    }
    if (seg.word(p) == "," || source::is_dash(seg, p)) && !form.base {
        // "Tim Cook, the chief executive, says …": a third-person verb after an apposition (or
        // a phrase between dashes: "The transcript – published by a local paper – shows").
        // "…, says Jane Roe, a professor.": a speech verb before its source, which ends the clause.
        let inverted = first == i
            && tier_of(form) == Some(Tier::A)
            && source::after(seg, lower, i + 1, true).is_some_and(|(a, b)| {
                b > a
                    && seg.tokens.get(b).is_none_or(|t| t.sentence != seg.tokens[i].sentence || lexicon::CLAUSE_ENDS.contains(seg.word(b)))
            });
        return inverted || source::before(seg, lower, first).is_some_and(|(a, _)| a + 1 < p);
    }
    if seg.word(p) == "," || source::is_dash(seg, p) {
        // "Proponents, including the mayors, say …", "The two senators, both Democrats, say": a
        // base form after an apposition between commas whose source's head is plural (not
        // after dashes, which also set off the modifiers of a longer subject: "complaints
        // against Uber drivers – for everything from … – suggest").
        return form.base
            && seg.word(p) == ","
            && source::before(seg, lower, first)
                .filter(|&(a, _)| a + 1 < p)
                .and_then(|(a, b)| source::head(seg, lower, a, b))
                .is_some_and(|h| plural_subject(seg, lower, h, first));
    }
    if modifies_noun(seg, lower, p) {
        return false;
    }
    // "Roe is telling farmers that … and says she will …": a plain speech verb coordinated with
    // an earlier verb of the sentence's subject ("lawsuits and claims" may be nouns; "says" not).
    if lexicon::VERB_COORDINATORS.contains(lower.get(p)) && !form.base && lexicon::PLAIN_SPEECH_VERBS.contains(form.lemma) {
        // (The subject ends before a verb it knows: not "The mayor visits the school … and says".)
        return source::before(seg, lower, first).is_some_and(|(a, b)| {
            let w = lower.get(b);
            source::is_pronoun(seg, lower, a)
                || lexicon::BE.contains(w)
                || lexicon::AUXILIARY_VERBS.contains(w)
                || COMPILED.forms.contains_key(w)
                || (w.ends_with("ed") && !is_capitalized(seg.word(b)))
        });
    }
    let subject = Subject::at(seg, lower, p);
    let plural = form.base && plural_subject(seg, lower, p, first);
    if form.base && first == i && !plural {
        // "the executive order", "no Palestinian state": the base form needs a plural subject.
        return false;
    }
    // "leaked documents from his 1995 tax return show": a plural head before its modifiers;
    // "Member of House panel says": a source head before them.
    if !subject_like(seg, lower, p, form, subject) && !plural && !headed_by_source(seg, lower, p, first) {
        return false;
    }
    let next = i + 1;
    let ends_clause = seg.tokens.get(next).is_none_or(|t| t.kind == TokenKind::Punct && lexicon::CLAUSE_ENDS.contains(seg.word(next)));
    if ends_clause {
        return verb_ends_clause(seg, lower, first, i, p, form, subject);
    }
    // "Trump says voter fraud …": a third-person speech verb after a pronoun or a name takes any
    // complement ("Chinese state broadcaster" has the base form).
    let plain_speech = lexicon::PLAIN_SPEECH_VERBS.contains(form.lemma);
    let third_person = (!form.base || plain_speech) && tier_of(form) == Some(Tier::A);
    // "rated 32% of Republican claims as false": a capitalised modifier right after a
    // preposition is no subject of a verb that is also a noun ("The head of NATO says" is).
    let modifier_after_preposition =
        !plain_speech && p > 0 && lexicon::is_preposition(lower.get(p - 1)) && !headed_by_source(seg, lower, p, first);
    subject.pronoun
        || (third_person && (subject.named || subject.anonymous) && !modifier_after_preposition)
        || person_before_verb(seg, lower, p, form)
        || opens_complement(seg, lower, next)
        || addressee_then_infinitive(seg, lower, form, next)
}

/// Whether the word at `p`, right before a third-person form of a verb of tier Subject, is a
/// person's role or an anonymous head in the singular ("Lawmaker urges retaliation", "The mayor
/// demands an apology"): a person names no compound noun with the form ("the city plans").
fn person_before_verb(seg: &Segmented, lower: &Lower, p: usize, form: &Form) -> bool {
    let w = lower.get(p);
    let person = lexicon::ROLES.contains(w) || lexicon::ANONYMOUS_HEADS.contains(w);
    !form.base && tier_of(form) == Some(Tier::Subject) && person && !w.ends_with('s') && seg.tokens[p].kind == TokenKind::Word
}

/// The most words of the addressee between a verb and its "to" ("urges local residents to").
const MAX_ADDRESSEE_WORDS: usize = 3;

/// Whether a verb of [`lexicon::ADDRESSEE_VERBS`] is followed, from token `next`, by its
/// addressee and an infinitive: "urges supporters to monitor", "asks the court to delay" (no noun
/// takes an object and an infinitive).
fn addressee_then_infinitive(seg: &Segmented, lower: &Lower, form: &Form, next: usize) -> bool {
    if !lexicon::ADDRESSEE_VERBS.contains(form.lemma) {
        return false;
    }
    let n = seg.tokens.len();
    let word = |k: usize| k < n && seg.tokens[k].kind == TokenKind::Word && !seg.tokens[k].quoted;
    let to = (next + 1..=(next + MAX_ADDRESSEE_WORDS).min(n)).take_while(|&k| word(k)).find(|&k| lower.get(k) == "to");
    to.is_some_and(|t| {
        let addressee =
            (next..t).all(|k| !lexicon::CLAUSE_BOUNDARIES.contains(lower.get(k)) && !lexicon::NP_PREPOSITIONS.contains(lower.get(k)));
        addressee && word(t + 1) && !is_capitalized(seg.word(t + 1)) && !lexicon::NOUN_MARKERS.contains(lower.get(t + 1))
    })
}

/// The token that ends the subject of a verb cue starting at `first`: the one before it, past
/// the lowercase adverbs between a subject and its verb ("Clinton now says", "experts still
/// say", "the agency quietly says").
fn subject_end(seg: &Segmented, lower: &Lower, first: usize) -> Option<usize> {
    let mut p = first.checked_sub(1)?;
    let adverb = |k: usize| {
        let w = lower.get(k);
        seg.tokens[k].kind == TokenKind::Word
            && !is_capitalized(seg.word(k))
            && (lexicon::SUBJECT_VERB_GAP.contains(w) || lexicon::is_ly_adverb(w))
    };
    while p > 0 && adverb(p) && !seg.starts_sentence(p) {
        p -= 1;
    }
    Some(p)
}

/// Whether the form at `i` is a plural noun before a plural verb: "Police reports say …" ("He
/// says claims …" stays a verb: the next word is no base form).
fn plural_noun_before_verb(seg: &Segmented, lower: &Lower, i: usize, form: &Form) -> bool {
    let next = i + 1;
    let word = seg.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word);
    // "Most states have passed …": the noun is the auxiliary's subject.
    !form.base
        && word
        && (lexicon::AUXILIARY_VERBS.contains(lower.get(next)) || COMPILED.forms.get(lower.get(next)).is_some_and(|f| f.base))
}

/// The shortest word taken for an "-ed" past tense or an "-s" plural by its spelling alone.
const MIN_INFLECTED_BYTES: usize = 4;

/// Whether the word at `p` belongs to a noun phrase that the form after it heads: a possessive
/// ("the administration’s comments"), the object of a past tense ("the bloodshed raised fears"),
/// a premodifier ("the administration’s first comments", "their ICC plans").
fn modifies_noun(seg: &Segmented, lower: &Lower, p: usize) -> bool {
    let (w, word) = (lower.get(p), seg.word(p));
    // (`Lower` spells the curly apostrophe straight.)
    if seg.tokens[p].kind != TokenKind::Word || w.ends_with("'s") || w.ends_with('\'') {
        return true;
    }
    if !is_capitalized(word) && w.len() >= MIN_INFLECTED_BYTES && w.ends_with("ed") {
        return true;
    }
    let after_possessive = p > 0 && lexicon::POSSESSIVES.contains(lower.get(p - 1));
    // "the greatest fear": a superlative after a determiner.
    let superlative = w.ends_with("est") && p > 0 && lexicon::NOUN_MARKERS.contains(lower.get(p - 1));
    lexicon::NOUN_PREMODIFIERS.contains(w) || superlative || (after_possessive && is_capitalized(word))
}

/// Whether the word at `p` can be the subject of the present-tense form after it: a pronoun, a
/// name, a source head, a plural in "-s", or (only before "says", not "say": "the following
/// comment:" is a noun) a noun after a determiner.
fn subject_like(seg: &Segmented, lower: &Lower, p: usize, form: &Form, subject: Subject) -> bool {
    let w = lower.get(p);
    let plural = w.len() >= MIN_INFLECTED_BYTES && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous") && !w.ends_with("is");
    subject.pronoun
        || subject.named
        || subject.anonymous
        || lexicon::ORGANIZATIONS.contains(w)
        || lexicon::MEDIA.contains(w)
        || lexicon::DOCUMENTS.contains(w)
        || plural
        || (!form.base && determined_noun(seg, lower, p))
}

/// Whether the subject of the cue that starts at `first` (its last word at `p`) is headed, before
/// its modifier, by a person or a body that speaks: "Member of House panel says", "Head of
/// state broadcaster says" (not "Ban on plastic bags means").
fn headed_by_source(seg: &Segmented, lower: &Lower, p: usize, first: usize) -> bool {
    source::before(seg, lower, first).and_then(|(a, b)| source::head(seg, lower, a, b)).is_some_and(|h| {
        let w = lower.get(h);
        h != p
            && [&lexicon::ROLES, &lexicon::ANONYMOUS_HEADS, &lexicon::ORGANIZATIONS, &lexicon::MEDIA].iter().any(|t| source::is_head(t, w))
    })
}

/// Whether a present-tense form that ends its clause (at `i`, its subject's last word at `p`) is
/// the verb: after a pronoun ("…, she adds."), a name that opens its clause in a title-case
/// headline ("…, Lindsey Graham Says."), a name or a source head before a plain speech verb
/// ("…, experts say.") or a third-person reporting verb ("…, Reuters reports.", "…, the study
/// finds.", "…, the company says."), or after a quotation that closed earlier in the sentence ("“Don't shoot him,” Ann
/// says.").
fn verb_ends_clause(seg: &Segmented, lower: &Lower, first: usize, i: usize, p: usize, form: &Form, subject: Subject) -> bool {
    // (In a title-case headline, the name must open its clause: "…, Lindsey Graham Says", not
    // "… Over Police Shooting Comments", where the form is a noun.)
    if subject.pronoun || (subject.named && in_title_case(seg, i) && opens_clause(seg, lower, first)) {
        return true;
    }
    let plain_speech = lexicon::PLAIN_SPEECH_VERBS.contains(form.lemma);
    if plain_speech && (subject.named || subject.anonymous) {
        return true;
    }
    if plain_speech && !form.base && determined_noun(seg, lower, p) {
        return true;
    }
    // A third-person reporting verb after a subject that opens its clause.
    let reporting = !form.base && matches!(tier_of(form), Some(Tier::A | Tier::Evidence));
    let named = subject.named && !possessed_name(seg, p);
    let known_head = named || subject.anonymous || source_head(lower.get(p));
    if reporting && (known_head || determined_noun(seg, lower, p)) && opens_clause(seg, lower, first) {
        return true;
    }
    // "…, critics believe.", "…, the doctor maintains.": any reporting verb that closes its
    // sentence after a comma, its subject a source.
    let subject_known = subject.named
        || subject.anonymous
        || source_head(lower.get(p))
        || determined_noun(seg, lower, p)
        || plural_subject(seg, lower, p, first);
    (subject_known && closes_after_comma(seg, lower, first, i + 1)) || quote_closed_before(seg, first)
}

/// Whether the subject of the cue that starts at `first` opens its clause: it starts the sentence
/// or follows a comma, a quotation or a clause word ("…, the company says.", "…, a USA TODAY
/// analysis of campaign-finance reports shows.", not "… on his tax claims.").
fn opens_clause(seg: &Segmented, lower: &Lower, first: usize) -> bool {
    source::before(seg, lower, first).is_some_and(|(a, _)| {
        seg.starts_sentence(a)
            || seg.word(a - 1) == ","
            || seg.tokens[a - 1].kind == TokenKind::QuoteClose
            || lexicon::CLAUSE_BOUNDARIES.contains(lower.get(a - 1))
    })
}

/// Whether the capitalised words that end at token `p` follow a possessive ("Pagliano's Fifth
/// Amendment"): a noun phrase that a verb form after it continues ("… Amendment claims").
fn possessed_name(seg: &Segmented, p: usize) -> bool {
    let mut k = p;
    while k > 0 && is_capitalized(seg.word(k)) && !seg.starts_sentence(k) {
        k -= 1;
    }
    let w = seg.word(k);
    k < p && (w.ends_with("'s") || w.ends_with("’s"))
}

/// Whether `w` heads a source by itself: an organization, a medium or a document ("the union",
/// "the broadcaster", "the audit").
fn source_head(w: &str) -> bool {
    lexicon::ORGANIZATIONS.contains(w) || lexicon::MEDIA.contains(w) || lexicon::DOCUMENTS.contains(w)
}

/// How many words before a base-form verb its plural subject's head may come ("advisers to Mr.
/// Obama say").
const PLURAL_REACH: usize = 5;

/// The shortest word taken for a plural noun by its "-s" in [`plural_subject`].
pub(super) const MIN_PLURAL_BYTES: usize = 3;

/// Whether the word at `p` can end the subject of a base-form verb whose cue starts at `first`
/// ("they say", "experts say", "advisers to Mr. Obama say", "Trump and Clinton say", "Data from
/// the survey show"): a plural pronoun or "I"/"you", a quantifier, a plural noun, a name after a
/// plural noun or coordinated with another, or a subject whose head is plural.
fn plural_subject(seg: &Segmented, lower: &Lower, p: usize, first: usize) -> bool {
    let plural = |k: usize| {
        let w = lower.get(k);
        let noun = w.len() >= MIN_PLURAL_BYTES && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s");
        // ("Members of the panel say": a plural head before its modifier may open the sentence.)
        let opens = seg.starts_sentence(k) && k != p && lexicon::MODIFIER_OPENERS.contains(lower.get(k + 1));
        let lowercase = !is_capitalized(seg.word(k)) || opens;
        lexicon::PLURAL_WORDS.contains(w) || quantifier_subject(seg, lower, k) || (noun && lowercase)
    };
    // "Democrats say" (not "the US state of").
    let capitalized_plural = is_capitalized(seg.word(p)) && !is_all_caps(seg.word(p)) && lower.get(p).ends_with('s');
    if plural(p) || capitalized_plural {
        return true;
    }
    let sentence = seg.tokens[p].sentence;
    let near = is_capitalized(seg.word(p))
        && (p.saturating_sub(PLURAL_REACH)..p).filter(|&k| seg.tokens[k].sentence == sentence).any(|k| lower.get(k) == "and" || plural(k));
    near || source::before(seg, lower, first).and_then(|(a, b)| source::head(seg, lower, a, b)).is_some_and(|h| h != p && plural(h))
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
            lexicon::NOUN_MARKERS.contains(w) || w == "one" || w.ends_with("'s") || w.ends_with("’s")
        })
}

/// Whether token `i` can begin what follows a present-tense reporting verb: a complement word,
/// a name, a number, a colon or a quotation (not the end of a phrase: ".", ",", ")").
fn opens_complement(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let Some(t) = seg.tokens.get(i) else { return false };
    match t.kind {
        TokenKind::Word => {
            // "she’ll", "it's": the pronoun without its contracted verb; "says of the mayor".
            let w = without_contraction(lower.get(i));
            let of =
                w == "of" && i > 0 && COMPILED.forms.get(lower.get(i - 1)).is_some_and(|f| lexicon::PLAIN_SPEECH_VERBS.contains(f.lemma));
            is_capitalized(seg.word(i))
                || lexicon::COMPLEMENT_STARTS.contains(w)
                || lexicon::is_ly_adverb(w)
                || lexicon::DAYS.contains(w)
                || of
        }
        TokenKind::Number | TokenKind::QuoteOpen => true,
        _ => seg.word(i) == ":" || (seg.word(i) == "," && seg.tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::QuoteOpen)),
    }
}
