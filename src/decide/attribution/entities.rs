//! Who is who: the sources of a page's attributions grouped into entities.
//!
//! Input: the attributions of a page in reading order, each as a [`Mention`] (its source text,
//! [`SourceKind`], cue text and paragraph). Output: a [`Grouping`]: the [`Entity`]s, each with the
//! fullest of its mentions as its name, and for each attribution the index of its entity.
//!
//! Pure and language-light: it reads the source texts the engine found, no parse. The rules, in
//! the order they are tried for each mention:
//! - a pronoun ("he", "she", "they", "it", "who") is the nearest earlier entity it can stand for
//!   (a person for "he"/"she", several people or an organization for "they", an organization, a
//!   medium or a document for "it"), within [`PRONOUN_REACH`] paragraphs; "who" and "which" are
//!   the mention just before, in the same paragraph;
//! - a name is an earlier entity that has the same surname or the same words ("Sullivan", "Mr.
//!   Sullivan" → "Jake Sullivan"; "the Kremlin" → "the Kremlin");
//! - a definite description ("the official", "the ministry", "the spokesman") is the nearest
//!   earlier entity whose mentions have that head ("A U.S. official", "Dmitry Peskov, Putin's
//!   spokesman", "Russia's defence ministry"); an indefinite one ("a U.S. official", "another
//!   official") is someone new;
//! - anything else starts an entity.
//!
//! The lexicons are the attribution engine's (titles and roles from [`super::lexicon`]).

use super::lexicon;
use super::SourceKind;
use serde::Serialize;

/// One attribution, as the grouping sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention<'a> {
    /// The source's text, if the attribution has a source.
    pub source: Option<&'a str>,
    pub kind: SourceKind,
    /// The cue's text ("said", "according to").
    pub cue: &'a str,
    /// The index of the paragraph (block) that holds the attribution, in reading order.
    pub paragraph: usize,
}

/// One source, however often and in whatever words the page names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The fullest mention: the longest source text that is no pronoun ("Dmitry Peskov, President
    /// Vladimir Putin’s spokesman"), or the pronoun when there is nothing else.
    pub name: String,
    /// The kind of the entity's fullest mention.
    pub kind: SourceKind,
    /// How many attributions it is the source of.
    pub count: usize,
    /// Their cues, in reading order.
    pub cues: Vec<String>,
}

/// The entities of a page and, for each attribution, the index of its entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Grouping {
    pub entities: Vec<Entity>,
    /// Parallel to the mentions: `None` for an attribution without a source, or with a pronoun
    /// that stands for nothing found before.
    pub of: Vec<Option<usize>>,
}

/// The shortest last part of a compound that names it again ("Verwaltung" for "Kreisverwaltung").
const MIN_COMPOUND_PART: usize = 5;

/// How many paragraphs back a pronoun may find what it stands for.
pub const PRONOUN_REACH: usize = 3;

/// Groups the sources of `mentions` (a page's attributions in reading order) into entities.
pub fn group(mentions: &[Mention]) -> Grouping {
    let mut g = Grouper { entities: Vec::new(), of: Vec::with_capacity(mentions.len()) };
    for (i, m) in mentions.iter().enumerate() {
        let entity = m.source.and_then(|s| g.resolve(mentions, i, s));
        let entity = entity.or_else(|| m.source.filter(|s| !is_pronoun(s)).map(|s| g.start(s, m.kind)));
        if let Some(e) = entity {
            g.add(e, m);
        }
        g.of.push(entity);
    }
    Grouping { entities: g.entities.into_iter().map(|e| e.entity).collect(), of: g.of }
}

/// An entity while the page is read: what is needed to recognise its later mentions.
struct Building {
    entity: Entity,
    /// The surnames of its named mentions, lowercase ("sullivan", "kremlin").
    surnames: Vec<String>,
    /// The heads of its descriptions, lowercase and singular ("official", "spokesman").
    heads: Vec<String>,
    plural: bool,
    /// The index of its latest mention.
    last: usize,
    /// The paragraph of its latest mention.
    paragraph: usize,
}

struct Grouper {
    entities: Vec<Building>,
    of: Vec<Option<usize>>,
}

impl Grouper {
    /// The earlier entity that mention `i` (source text `s`) names again, if any.
    fn resolve(&self, mentions: &[Mention], i: usize, s: &str) -> Option<usize> {
        let m = mentions[i];
        if is_pronoun(s) {
            return self.antecedent(mentions, i, &s.to_lowercase());
        }
        let words = Words::of(s);
        // A name: the same surname as an earlier named entity.
        if let Some(surname) = words.surname() {
            // (A German compound is named again by its last part: "Kreisverwaltung", "Verwaltung".)
            let same_name = |n: &String| *n == surname || (surname.chars().count() >= MIN_COMPOUND_PART && n.ends_with(surname.as_str()));
            let same = |b: &Building| b.surnames.iter().any(same_name) && compatible_kinds(b.entity.kind, m.kind);
            if let Some(e) = self.latest(same) {
                return Some(e);
            }
        }
        // A definite description: the nearest earlier entity with that head; for the bare head of
        // an organization or a medium ("the company", "the newspaper"), else the nearest one of
        // that kind. A description that says more ("the chamber of commerce") names someone itself.
        if words.definite && words.names.is_empty() {
            let head = words.head.as_deref()?;
            let bare = s.split_whitespace().count() <= 2;
            let organization = lexicon::ORGANIZATIONS.contains(head) && !lexicon::MEDIA.contains(head);
            let medium = lexicon::MEDIA.contains(head);
            let body = |b: &Building| match b.entity.kind {
                SourceKind::Organization => organization,
                SourceKind::Media => medium,
                _ => false,
            };
            return self.latest(|b| b.heads.iter().any(|h| h == head)).or_else(|| if bare { self.latest(body) } else { None });
        }
        None
    }

    /// The entity a pronoun at mention `i` stands for: the nearest earlier compatible one.
    fn antecedent(&self, mentions: &[Mention], i: usize, pronoun: &str) -> Option<usize> {
        let paragraph = mentions[i].paragraph;
        if lexicon::RELATIVE_PRONOUNS.contains(pronoun) {
            // "…, who said": the mention right before, in the same paragraph.
            return i.checked_sub(1).filter(|&j| mentions[j].paragraph == paragraph).and_then(|j| self.of[j]);
        }
        let near = |b: &Building| paragraph.saturating_sub(b.paragraph) <= PRONOUN_REACH;
        let person = lexicon::PERSON_PRONOUNS.contains(pronoun);
        let group = lexicon::GROUP_PRONOUNS.contains(pronoun);
        let thing = lexicon::THING_PRONOUNS.contains(pronoun);
        let fits = |b: &Building| match b.entity.kind {
            SourceKind::Named | SourceKind::Anonymous => (person && !b.plural) || (group && b.plural),
            SourceKind::Organization | SourceKind::Media => group || thing,
            SourceKind::Document => thing,
            _ => false,
        };
        self.latest(|b| near(b) && fits(b))
    }

    /// The entity mentioned most recently among those that satisfy `pred`.
    fn latest(&self, pred: impl Fn(&Building) -> bool) -> Option<usize> {
        (0..self.entities.len()).filter(|&e| pred(&self.entities[e])).max_by_key(|&e| self.entities[e].last)
    }

    /// Starts an entity for source text `s`.
    fn start(&mut self, s: &str, kind: SourceKind) -> usize {
        let entity = Entity { name: s.to_string(), kind, count: 0, cues: Vec::new() };
        self.entities.push(Building { entity, surnames: Vec::new(), heads: Vec::new(), plural: false, last: 0, paragraph: 0 });
        self.entities.len() - 1
    }

    /// Records mention `m` as one of entity `e`'s.
    fn add(&mut self, e: usize, m: &Mention) {
        let index = self.of.len();
        let b = &mut self.entities[e];
        b.entity.count += 1;
        b.entity.cues.push(m.cue.to_string());
        b.last = index;
        b.paragraph = m.paragraph;
        let Some(s) = m.source.filter(|s| !is_pronoun(s)) else { return };
        let words = Words::of(s);
        if let Some(n) = words.surname().filter(|n| !b.surnames.contains(n)) {
            b.surnames.push(n);
        }
        if let Some(h) = words.head.into_iter().chain(words.roles).find(|h| !b.heads.contains(h)) {
            b.heads.push(h);
        }
        b.plural |= words.plural;
        // The fullest mention names the entity.
        let fuller = is_pronoun(&b.entity.name) || s.chars().count() > b.entity.name.chars().count();
        if fuller {
            b.entity.name = s.to_string();
            b.entity.kind = m.kind;
        }
    }
}

/// What a source text says about who it names.
#[derive(Debug, Default)]
struct Words {
    /// Its name words, lowercase, without titles: "jake", "sullivan"; the last is the surname.
    names: Vec<String>,
    /// The head of its description, lowercase and singular ("official" of "A U.S. official").
    head: Option<String>,
    /// The role words of its appositions ("spokesman" of "Dmitry Peskov, Putin's spokesman").
    roles: Vec<String>,
    /// Whether it opens with "the" (a definite description refers back).
    definite: bool,
    plural: bool,
}

impl Words {
    fn of(s: &str) -> Words {
        let mut w = Words::default();
        // The core is the part before an apposition; the rest adds roles.
        let mut parts = s.split(',').map(str::trim).filter(|p| !p.is_empty());
        let core = parts.next().unwrap_or("");
        let tokens: Vec<&str> = core.split_whitespace().collect();
        w.definite = tokens.first().is_some_and(|t| t.eq_ignore_ascii_case("the"));
        // A modifier after the head ("A spokesman for the agency") is not the head's.
        let head_end = tokens.iter().position(|t| lexicon::MODIFIER_OPENERS.contains(&t.to_lowercase())).unwrap_or(tokens.len());
        for (k, t) in tokens[..head_end].iter().enumerate() {
            // A possessive is a modifier, not the name of who speaks ("Putin’s spokesman").
            let possessive = t.ends_with("'s") || t.ends_with("’s") || t.ends_with("s'");
            let bare = t.trim_end_matches('.');
            let lower = bare.to_lowercase();
            let capital = t.chars().next().is_some_and(char::is_uppercase);
            // "Mr.", "Sen.": a title names nobody and heads nothing.
            let abbreviated = t.ends_with('.') && lexicon::abbreviation(bare).is_some();
            let opener = k == 0 && lexicon::SENTENCE_STARTERS.contains(&lower);
            if possessive || abbreviated || opener || is_function_word(&lower) {
                continue;
            }
            if capital && !known(&lower) && lower.chars().count() > 1 {
                w.names.push(lower);
            } else {
                w.head = Some(singular(&lower));
                w.plural = lower.ends_with('s') && !lower.ends_with("ss");
            }
        }
        if w.names.is_empty() {
            w.plural |= core.contains(" and ");
        }
        for rest in parts {
            w.roles.extend(rest.split_whitespace().map(|t| singular(&t.to_lowercase())).filter(|t| lexicon::ROLES.contains(t)));
        }
        w
    }

    /// The surname: the last name word ("sullivan" of "Jake Sullivan").
    fn surname(&self) -> Option<String> {
        self.names.last().cloned()
    }
}

/// Whether a lowercase word (or its singular) is one the tables know as a head, a role or a
/// demonym, and so no name when capitalised ("Officials", "Residents", "President").
fn known(w: &str) -> bool {
    let tables =
        [&lexicon::ROLES, &lexicon::ANONYMOUS_HEADS, &lexicon::ORGANIZATIONS, &lexicon::MEDIA, &lexicon::DOCUMENTS, &lexicon::DEMONYMS];
    let one = singular(w);
    tables.iter().any(|t| t.contains(w) || t.contains(&one))
}

/// Whether a word, lowercased, is a function word that a sentence may capitalise ("The", "Four").
fn is_function_word(w: &str) -> bool {
    lexicon::NOUN_MARKERS.contains(w) || lexicon::QUANTIFIERS.contains(w) || lexicon::NUMBER_WORDS.contains(w)
}

/// A plural head as its singular ("officials" → "official", "agencies" → "agency").
fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// Whether a source text is a lone personal or relative pronoun.
fn is_pronoun(s: &str) -> bool {
    let w = s.trim().to_lowercase();
    let w = w.split(['\'', '’']).next().unwrap_or("");
    let tables =
        [&lexicon::PRONOUNS, &lexicon::PERSON_PRONOUNS, &lexicon::GROUP_PRONOUNS, &lexicon::THING_PRONOUNS, &lexicon::RELATIVE_PRONOUNS];
    tables.iter().any(|t| t.contains(w))
}

/// Whether a mention of `later` kind can name an entity of `earlier` kind again: a person is
/// no organization ("Jordan" the minister, "Jordan" the state).
fn compatible_kinds(earlier: SourceKind, later: SourceKind) -> bool {
    let person = |k: SourceKind| matches!(k, SourceKind::Named | SourceKind::Anonymous);
    let body = |k: SourceKind| matches!(k, SourceKind::Organization | SourceKind::Media);
    !(person(earlier) && body(later) || body(earlier) && person(later) && later != SourceKind::Named)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(source: &str, kind: SourceKind, paragraph: usize) -> Mention<'_> {
        Mention { source: Some(source).filter(|s| !s.is_empty()), kind, cue: "said", paragraph }
    }

    #[test]
    fn surnames_pronouns_and_definite_descriptions_join_their_entity() {
        use SourceKind::*;
        let mentions = [
            m("White House national security adviser Jake Sullivan", Named, 0),
            m("he", Pronoun, 0),
            m("A U.S. official", Anonymous, 1),
            m("Sullivan", Named, 2),
            m("the official", Anonymous, 2),
            m("", Unknown, 3),
        ];
        let g = group(&mentions);
        assert_eq!(g.of, [Some(0), Some(0), Some(1), Some(0), Some(1), None]);
        assert_eq!(g.entities[0].name, "White House national security adviser Jake Sullivan");
        assert_eq!(g.entities[0].count, 3);
        assert_eq!(g.entities[1].kind, Anonymous);
    }

    #[test]
    fn pronouns_take_a_compatible_and_near_antecedent() {
        use SourceKind::*;
        let mentions = [m("Mara Lenz", Named, 0), m("the ministry", Organization, 1), m("it", Pronoun, 1), m("she", Pronoun, 2)];
        assert_eq!(group(&mentions).of, [Some(0), Some(1), Some(1), Some(0)]);
        let far = [m("Mara Lenz", Named, 0), m("she", Pronoun, 9)];
        assert_eq!(group(&far).of, [Some(0), None]);
    }

    #[test]
    fn head_words_are_singular_and_plain() {
        assert_eq!(singular("agencies"), "agency");
        assert_eq!(singular("officials"), "official");
        assert_eq!(singular("press"), "press");
        let w = Words::of("Dmitry Peskov, President Vladimir Putin’s spokesman");
        assert_eq!(w.names, ["dmitry", "peskov"]);
        assert_eq!(w.roles, ["president", "spokesman"]);
    }
}
