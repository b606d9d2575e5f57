//! Source finding (English): the noun phrase a cue attributes to, and what kind of source it is.
//!
//! There is no parser here. A source is the run of noun-phrase-like tokens next to the cue,
//! bounded by the sentence, punctuation and clause words ([`lexicon::CLAUSE_BOUNDARIES`]). Two
//! additions give the long sources news uses: appositions ("Dmitry Peskov, President Vladimir
//! Putin’s spokesman") are joined when the part after the comma names a role, and coordinations
//! ("the Financial Times and The Washington Post") when "and" joins capitalised words.

use super::lexicon;
use super::segment::{Segmented, TokenKind};
use super::words::{in_list, in_table, is_all_caps, is_capitalized, without_contraction, Lower, COMPILED};
use super::SourceKind;

/// The most tokens a source's core noun phrase may have (appositions not counted). PolNeAR's
/// longest common sources ("White House national security adviser Jake Sullivan") have about 8;
/// a document with its author ("a 52-count civil complaint filed by the Securities and Exchange
/// Commission") has up to 16.
const MAX_NP_TOKENS: usize = 16;

/// Prepositions that may sit inside a source ("the head of the agency", "officials at the
/// ministry", "people familiar with the matter").
const NP_PREPOSITIONS: &[&str] = &["at", "for", "from", "in", "of", "with"];

/// Prepositions that end a source when met going left ("aid from China says" keeps "from",
/// but "reported by" or "on" never begin a subject). Sorted.
const STOP_PREPOSITIONS: &[&str] = &[
    "about", "above", "across", "against", "along", "among", "around", "by", "during", "into", "like", "near", "off", "on", "onto", "over",
    "through", "to", "toward", "towards", "under", "upon", "via", "without",
];

/// Role words that make the part after a comma an apposition of the source. Sorted.
const ROLES: &[&str] = &[
    "activist",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "attorney",
    "author",
    "candidate",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "co-founder",
    "columnist",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "coordinator",
    "correspondent",
    "critic",
    "daughter",
    "delegate",
    "deputy",
    "diplomat",
    "director",
    "doctor",
    "economist",
    "editor",
    "envoy",
    "executive",
    "expert",
    "father",
    "founder",
    "friend",
    "governor",
    "head",
    "historian",
    "host",
    "husband",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "manager",
    "mayor",
    "member",
    "minister",
    "mother",
    "negotiator",
    "nominee",
    "officer",
    "official",
    "opponent",
    "organizer",
    "owner",
    "partner",
    "pollster",
    "president",
    "producer",
    "professor",
    "reporter",
    "representative",
    "researcher",
    "resident",
    "rival",
    "scientist",
    "secretary",
    "senator",
    "son",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "spokeswomen",
    "strategist",
    "student",
    "supporter",
    "surrogate",
    "teacher",
    "veteran",
    "voter",
    "wife",
    "writer",
];

/// Nationality adjectives often written before a source: they are not names. Sorted.
const DEMONYMS: &[&str] = &[
    "afghan",
    "african",
    "american",
    "arab",
    "australian",
    "british",
    "canadian",
    "chinese",
    "european",
    "french",
    "german",
    "indian",
    "iranian",
    "iraqi",
    "israeli",
    "italian",
    "japanese",
    "korean",
    "mexican",
    "palestinian",
    "polish",
    "russian",
    "saudi",
    "spanish",
    "syrian",
    "turkish",
    "ukrainian",
];

/// Whether token `i` can be part of a noun phrase (a word or number that is not a clause word,
/// a pronoun or a verb of speech).
fn np_word(seg: &Segmented, lower: &Lower, i: usize) -> bool {
    let t = seg.tokens[i];
    if t.quoted || !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
        return false;
    }
    let w = lower.get(i);
    if in_table(lexicon::CLAUSE_BOUNDARIES, w) || is_pronoun(seg, lower, i) {
        return false;
    }
    if in_table(lexicon::BE, w) || matches!(w, "has" | "have" | "had" | "did" | "does" | "will" | "would" | "not") {
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
    (in_list(lexicon::PRONOUNS, w) || in_list(lexicon::FIRST_PERSON, w)) && !is_all_caps(seg.word(i))
}

/// Whether punctuation token `i` is glued to words on both sides ("U.S.", "state-run", "AT&T").
pub(crate) fn glued(seg: &Segmented, i: usize) -> bool {
    let t = seg.tokens[i];
    if t.kind != TokenKind::Punct || !matches!(seg.word(i), "." | "-" | "&" | "'" | "’") {
        return false;
    }
    let before = i > 0 && seg.tokens[i - 1].end == t.start;
    let after = seg.tokens.get(i + 1).is_some_and(|n| n.start == t.end);
    // "U.S." ends a phrase with the dot glued only on its left.
    before && (after || seg.word(i) == ".")
}

/// The source before a cue that starts at token `cue_first`: a half-open token range.
pub fn before(seg: &Segmented, lower: &Lower, cue_first: usize) -> Option<(usize, usize)> {
    let head = skip_gap_back(seg, lower, cue_first)?;
    // "Dmitry Peskov, Putin’s spokesman, said", "Kall -- co-editor of the book -- said".
    if seg.word(head) == "," || is_dash(seg, head) {
        return parenthetical_before(seg, lower, head);
    }
    // "Cruz exhorted Republicans … and said": the subject of the sentence.
    if lower.get(head) == "and" {
        return sentence_subject(seg, lower, head);
    }
    name_before(seg, lower, head)
}

/// The source that ends at token `head` (inclusive): a pronoun, a name with its parenthesis
/// ("Gov. Mike Pence (R-IN)": the party and state belong to the name) or a noun phrase.
fn name_before(seg: &Segmented, lower: &Lower, head: usize) -> Option<(usize, usize)> {
    if is_pronoun(seg, lower, head) {
        return Some((head, head + 1));
    }
    if seg.word(head) == ")" {
        let open = (head.saturating_sub(MAX_PAREN_TOKENS)..head).rev().find(|&k| seg.word(k) == "(")?;
        let first = np_start(seg, lower, last_word_before(seg, open)?)?;
        return Some((first, head + 1));
    }
    Some((np_start(seg, lower, head)?, head + 1))
}

/// Whether token `k` is a dash between phrases: "—", "–", "―", or a spaced hyphen (each
/// hyphen of "--").
fn is_dash(seg: &Segmented, k: usize) -> bool {
    matches!(seg.word(k), "—" | "–" | "―") || (seg.word(k) == "-" && !glued(seg, k))
}

/// The most tokens a parenthesis inside a source may hold ("(R-Ind.)").
const MAX_PAREN_TOKENS: usize = 8;
/// The most tokens between the commas (or dashes) of an apposition or an inserted phrase.
const MAX_INSERT_TOKENS: usize = 40;

/// Words that open an inserted phrase that is not part of the source ("Clinton, at a later press
/// gaggle, said"). Sorted.
const INSERT_PREPOSITIONS: &[&str] = &["after", "at", "before", "during", "in", "on", "speaking", "while", "with"];

/// The subject at the start of the sentence that holds token `at` (for a verb coordinated with
/// an earlier one: "Trump bemoaned the unrest and said …").
pub fn sentence_subject(seg: &Segmented, lower: &Lower, at: usize) -> Option<(usize, usize)> {
    let mut first = seg.sentence_of(at).first;
    // "But", "And", "However," before the subject.
    while first < at && (matches!(lower.get(first), "but" | "and" | "so" | "however" | "yet" | "still" | "then") || seg.word(first) == ",")
    {
        first += 1;
    }
    if first < at && is_pronoun(seg, lower, first) {
        return Some((first, first + 1));
    }
    if first >= at || !np_word(seg, lower, first) {
        return None;
    }
    let (a, mut b) = after(seg, lower, first, true)?;
    // "Netanyahu strongly warned … and criticized": the adverb is not part of the subject.
    while b > a + 1 && lexicon::is_ly_adverb(lower.get(b - 1)) && !is_capitalized(seg.word(b - 1)) {
        b -= 1;
    }
    // "Cruz exhorted Republicans …": a past-tense verb after a name ends the subject.
    if let Some(k) = (a + 1..b).find(|&k| {
        let w = seg.word(k);
        !is_capitalized(w) && w.ends_with("ed") && seg.tokens[k].kind == TokenKind::Word && is_capitalized(seg.word(k - 1))
    }) {
        b = k;
    }
    (b <= at).then_some((a, b))
}

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
            || in_table(lexicon::SUBJECT_VERB_GAP, w)
            || seg.tokens[j].kind == TokenKind::Symbol;
        let day = in_list(lexicon::DAYS, w) && j >= 1 && lower.get(j - 1) == "on";
        let last = j >= 1 && matches!(lower.get(j - 1), "last" | "this") && matches!(w, "week" | "month" | "year" | "night");
        // "who in 2010 said"
        let year = seg.tokens[j].kind == TokenKind::Number && w.len() == 4 && j >= 1 && lower.get(j - 1) == "in";
        if day || last || year {
            j = j.checked_sub(2)?;
        } else if adverb && j > 0 {
            j -= 1;
        } else {
            return Some(j);
        }
    }
}

/// The first token of the noun phrase that ends at `head` (inclusive).
fn np_start(seg: &Segmented, lower: &Lower, head: usize) -> Option<usize> {
    let word = seg.tokens[head].kind == TokenKind::Word;
    if !word || !(np_word(seg, lower, head) || plural_noun_head(seg, lower, head)) || in_list(NOUN_MARKERS_AND_PREPS, lower.get(head)) {
        return None;
    }
    let mut first = relative_clause_start(lower, head).unwrap_or(head);
    while first > 0 && !seg.starts_sentence(first) && head - first < MAX_NP_TOKENS {
        let k = first - 1;
        let w = lower.get(k);
        let take = if w == "and" {
            k > 0 && is_capitalized(seg.word(k - 1)) && is_capitalized(seg.word(first))
        } else if w == "who" {
            // "officials who spoke on condition of anonymity said": keep the relative clause.
            k > 0 && in_table(lexicon::ANONYMOUS_HEADS, lower.get(k - 1))
        } else if seg.tokens[k].kind == TokenKind::Symbol {
            true
        } else if seg.tokens[k].kind == TokenKind::Punct {
            // "The doctors' union": a plural possessive's apostrophe.
            let plural_possessive = w == "'" && k > 0 && seg.tokens[k - 1].end == seg.tokens[k].start && lower.get(k - 1).ends_with('s');
            glued(seg, k) || plural_possessive
        } else if w == "by" {
            // "Emails obtained by The Times": the agent of a participle.
            k > 0 && lower.get(k - 1).ends_with("ed")
        } else if w == "one"
            || (COMPILED.forms.get(w).is_some_and(|f| f.past) && k > 0 && in_list(NOUN_MARKERS_AND_PREPS, lower.get(k - 1)))
        {
            // "one slide", "a noted economist": a determiner, a participle used as an adjective.
            true
        } else {
            np_word(seg, lower, k) && !in_table(STOP_PREPOSITIONS, w)
        };
        if !take {
            break;
        }
        first = k;
    }
    // A phrase never starts with a preposition, a conjunction, glue punctuation or a symbol.
    while first < head
        && (in_list(NP_PREPOSITIONS, lower.get(first)) || matches!(seg.tokens[first].kind, TokenKind::Punct | TokenKind::Symbol))
    {
        first += 1;
    }
    Some(first)
}

/// "officials who spoke on condition of anonymity": when the words before the verb end an
/// anonymity clause, the index of its "who" (whose antecedent then joins the source).
fn relative_clause_start(lower: &Lower, head: usize) -> Option<usize> {
    let who = (head.saturating_sub(MAX_NP_TOKENS)..head).rev().find(|&k| lower.get(k) == "who")?;
    let marked = lexicon::ANONYMITY_MARKERS.iter().any(|m| (who..=head).any(|k| lower.matches_at(k, m)));
    (marked && who > 0 && in_table(lexicon::ANONYMOUS_HEADS, lower.get(who - 1))).then_some(who)
}

/// Words that cannot end a source.
const NOUN_MARKERS_AND_PREPS: &[&str] =
    &["a", "an", "at", "by", "for", "from", "her", "his", "in", "its", "my", "of", "on", "our", "the", "their", "to", "with", "your"];

/// A source before a phrase set off by commas or dashes, `close` being the comma or dash right
/// before the cue:
/// - an apposition belongs to the source: a role ("Dmitry Peskov, President Vladimir Putin’s
///   spokesman, said"), a name after a role ("The mayor, Tomás Ortega, told"), an age ("Quina
///   Jones, 25, said"), a relative clause ("Dr. Mariano, who was the White House physician, said");
/// - an inserted adverbial does not ("Hillary Clinton, at a later press gaggle, said").
///
/// The phrase before the first comma must name someone: a capitalised name, a role or an
/// anonymous head.
fn parenthetical_before(seg: &Segmented, lower: &Lower, close: usize) -> Option<(usize, usize)> {
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
        .any(|k| matches!(seg.tokens[k].kind, TokenKind::QuoteOpen | TokenKind::QuoteClose) || matches!(seg.word(k), ";" | ":"))
    {
        return None;
    }
    let (name_first, name_end) = name_before(seg, lower, last_word_before(seg, open)?)?;
    let names_someone = is_capitalized(seg.word(name_end - 1))
        || seg.word(name_end - 1) == ")"
        || in_table(lexicon::ANONYMOUS_HEADS, lower.get(name_end - 1))
        || is_role_phrase(seg, lower, name_first, name_end);
    if !names_someone {
        return None;
    }
    let (a, b) = (content, close);
    let first_word = lower.get(a);
    if in_table(INSERT_PREPOSITIONS, first_word) {
        return Some((name_first, name_end));
    }
    // "R-Ky.", "D-Mass.": a party and state.
    let abbreviation = b - a <= 5 && (a..b).all(|k| is_capitalized(seg.word(k)) || glued(seg, k) || seg.word(k) == ".");
    let apposition = is_role_phrase(seg, lower, a, b)
        || matches!(first_word, "who" | "whose" | "which")
        || (b - a == 1 && seg.tokens[a].kind == TokenKind::Number)
        || abbreviation
        || (is_role_phrase(seg, lower, name_first, name_end) && is_capitalized(seg.word(last_word_before(seg, b)?)));
    apposition.then_some((name_first, last_word_before(seg, b)? + 1))
}

/// The last token before `i` that is not a symbol (an emoji after a name is not part of it).
fn last_word_before(seg: &Segmented, i: usize) -> Option<usize> {
    (0..i).rev().find(|&k| seg.tokens[k].kind != TokenKind::Symbol)
}

/// Whether tokens `[a, b)` name a role: a role word or a possessive ("Putin’s spokesman").
fn is_role_phrase(seg: &Segmented, lower: &Lower, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let w = lower.get(k);
        in_table(ROLES, w) || (w.ends_with("'s") && is_capitalized(seg.word(k)))
    })
}

/// The source after a cue that ends at token `start` (exclusive): a half-open token range.
/// With `apposition`, a following ", <role phrase>" is joined ("said Dmitry Peskov, President
/// Vladimir Putin’s spokesman").
pub fn after(seg: &Segmented, lower: &Lower, start: usize, apposition: bool) -> Option<(usize, usize)> {
    let n = seg.tokens.len();
    if start >= n || (start > 0 && seg.tokens[start].sentence != seg.tokens[start - 1].sentence) {
        return None;
    }
    // "said in July" is no source.
    if in_list(NP_PREPOSITIONS, lower.get(start)) || in_table(STOP_PREPOSITIONS, lower.get(start)) {
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
            let closes = appo_end >= n
                || matches!(seg.word(appo_end), "." | "," | ";")
                || seg.tokens[appo_end].sentence != seg.tokens[appo_start].sentence;
            if closes && is_role_phrase(seg, lower, appo_start, appo_end) {
                end = appo_end;
            }
        }
    }
    Some((start, end))
}

/// The most tokens of a description after an inverted source.
const MAX_DESCRIPTION_TOKENS: usize = 30;

/// Words that open a description of the source after "said X,": "a real estate developer in
/// Virginia", "one of several veterans who …", "who helmed the DNC". Sorted.
const DESCRIPTION_STARTS: &[&str] = &["a", "an", "now", "one", "the", "who", "whose"];

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
    if !(in_table(DESCRIPTION_STARTS, w) || in_table(ROLES, w) || (w.ends_with("'s") && is_capitalized(seg.word(a)))) {
        return None;
    }
    let sentence = seg.tokens[a].sentence;
    let mut end = a;
    while end < seg.tokens.len() && end - a < MAX_DESCRIPTION_TOKENS && seg.tokens[end].sentence == sentence {
        let t = seg.tokens[end];
        if t.quoted || t.kind == TokenKind::QuoteOpen || matches!(seg.word(end), ";" | ":") {
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
    (end > a && (end >= seg.tokens.len() || seg.tokens[end].sentence != sentence || matches!(seg.word(end), "." | "!" | "?")))
        .then_some(end)
}

/// Whether token `i` is the full stop of an initial inside a name: "Rep. G.K. Butterfield".
fn initial_dot(seg: &Segmented, i: usize) -> bool {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    seg.word(i) == "."
        && i > 0
        && seg.tokens[i - 1].end == seg.tokens[i].start
        && is_all_caps(seg.word(i - 1)) | (letters(seg.word(i - 1)) == 1 && is_capitalized(seg.word(i - 1)))
        && letters(seg.word(i - 1)) <= 3
        && seg.tokens.get(i + 1).is_some_and(|_| is_capitalized(seg.word(i + 1)))
}

/// The end (exclusive) of the noun phrase that starts at `start`.
fn np_end(seg: &Segmented, lower: &Lower, start: usize) -> Option<usize> {
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
            is_capitalized(seg.word(end - 1)) && end + 1 < n && is_capitalized(seg.word(end + 1))
        } else if w == "who" {
            lexicon::ANONYMITY_MARKERS.iter().any(|m| (end..(end + 8).min(n)).any(|k| lower.matches_at(k, m)))
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
            next_ok && (prev.ends_with("ed") || in_table(lexicon::DOCUMENTS, prev))
        } else if in_list(NP_PREPOSITIONS, w) {
            next_ok
        } else if in_table(STOP_PREPOSITIONS, w) || in_list(lexicon::DAYS, w) {
            false
        } else if seg.tokens[end].kind == TokenKind::Symbol {
            next_ok
        } else if seg.tokens[end].kind == TokenKind::Punct {
            (glued(seg, end) || initial_dot(seg, end)) && next_ok
        } else {
            np_word(seg, lower, end) || (w == "who")
        };
        if !take {
            break;
        }
        end += 1;
    }
    // Trim a trailing preposition, determiner or conjunction.
    while end > start + 1 && (in_list(NOUN_MARKERS_AND_PREPS, lower.get(end - 1)) || matches!(lower.get(end - 1), "and" | "or")) {
        end -= 1;
    }
    Some(end)
}

/// Whether a phrase ending at token `end` (exclusive) ends in a noun-like word: capitalised, or a
/// known head of a source. Used to accept "says US official" at the end of a headline.
pub fn ends_in_source_head(seg: &Segmented, lower: &Lower, end: usize) -> bool {
    let w = lower.get(end - 1);
    is_capitalized(seg.word(end - 1))
        || in_table(lexicon::ANONYMOUS_HEADS, w)
        || in_table(ROLES, w)
        || in_table(lexicon::MEDIA, w)
        || in_table(lexicon::ORGANIZATIONS, w)
        || in_table(lexicon::DOCUMENTS, w)
}

/// Classifies a source span (token range) into a [`SourceKind`].
pub fn kind(seg: &Segmented, lower: &Lower, first: usize, end: usize) -> SourceKind {
    let words: Vec<usize> = (first..end).filter(|&k| seg.tokens[k].kind == TokenKind::Word).collect();
    if words.len() == 1 && in_list(lexicon::PRONOUNS, without_contraction(lower.get(words[0]))) {
        return SourceKind::Pronoun;
    }
    if lexicon::ANONYMITY_MARKERS.iter().any(|m| (first..end).any(|k| lower.matches_at(k, m))) {
        return SourceKind::Anonymous;
    }
    let known = |w: &str| {
        let bare = w.strip_suffix("'s").unwrap_or(w);
        in_table(lexicon::MEDIA, bare)
            || in_table(lexicon::ORGANIZATIONS, bare)
            || in_table(lexicon::DOCUMENTS, bare)
            || in_table(lexicon::ANONYMOUS_HEADS, bare)
            || in_table(ROLES, bare)
            || in_table(DEMONYMS, bare)
            || in_table(lexicon::SENTENCE_STARTERS, bare)
            || matches!(bare, "white" | "house" | "state" | "department" | "united" | "states" | "democratic" | "republican")
    };
    // The head is the last word before any "of", "who", "familiar", "by" or comma.
    let head_end = (first..end)
        .find(|&k| matches!(lower.get(k), "of" | "who" | "familiar" | "," | "at" | "by" | "for" | "from" | "in" | "with"))
        .unwrap_or(end);
    // A person's name: a capitalised word that is no known head, title, demonym or initialism,
    // outside the modifiers that run from a preposition to the next comma ("a spokesman for
    // Hillary Clinton" is not named, "The mayor of Zürich, Corinne Mäder" is).
    let mut in_modifier = false;
    let named = (first..end).any(|k| {
        let w = lower.get(k);
        if w == "," {
            in_modifier = false;
        } else if matches!(w, "of" | "who" | "familiar" | "at" | "by" | "for" | "from" | "in" | "with") {
            in_modifier = true;
        }
        let word = seg.word(k);
        let name =
            seg.tokens[k].kind == TokenKind::Word && is_capitalized(word) && !is_all_caps(word) && !known(w) && word.chars().count() > 1;
        name && !in_modifier
    });
    // A participle after the head is not it: "a complaint filed by …".
    let head = (first..head_end)
        .rev()
        .find(|&k| seg.tokens[k].kind == TokenKind::Word && !(lower.get(k).ends_with("ed") && k > first))
        .map_or("", |k| lower.get(k));
    let any = |table: &[&str]| words.iter().any(|&k| in_table(table, lower.get(k).strip_suffix("'s").unwrap_or(lower.get(k))));
    // A document's head wins over the medium that obtained or published it ("Emails obtained by
    // The Times").
    let document_head = in_table(lexicon::DOCUMENTS, head);
    if in_table(lexicon::MEDIA, head) || (!named && !document_head && any(lexicon::MEDIA)) {
        return SourceKind::Media;
    }
    if named {
        return SourceKind::Named;
    }
    if in_table(lexicon::ANONYMOUS_HEADS, head) || in_table(ROLES, head) {
        return SourceKind::Anonymous;
    }
    if document_head {
        return SourceKind::Document;
    }
    if in_table(lexicon::ORGANIZATIONS, head)
        || any(lexicon::ORGANIZATIONS)
        || words.iter().any(|&k| is_all_caps(seg.word(k)))
        || (lower.get(first) == "white" && lower.get(first + 1) == "house")
    {
        return SourceKind::Organization;
    }
    SourceKind::Unknown
}
