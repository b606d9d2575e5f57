//! Consent vocabulary per language, for the generic detector of unknown notices: the 24 official
//! languages of the EU plus Norwegian, Icelandic and Turkish, one [`Language`] row each, in
//! [`west`], [`north`] and [`east`].
//!
//! Four kinds of phrase, as data:
//! - **statements** that only a consent notice makes ("we use cookies", "diese Website verwendet
//!   Cookies"): one is required;
//! - **controls**: the words of its buttons (accept, acknowledge, reject, settings): one is
//!   required;
//! - **triggers**: word stems that make a text node worth a closer look (a cheap pre-filter; the
//!   extension's frame check reads the same list, lowercase).
//!
//! Statements are word patterns ([`crate::decide::patterns::phrase`]) over the lowercased text.
//! autoconsent's warning holds in every language: "cookie settings" alone fires on footers, so a
//! statement must say that the site *uses* cookies or asks for consent. Words that also occur in
//! article prose (the biscuit that Estonian, Hungarian or Croatian call by the cookie's name) need
//! a word of the web beside them.

pub mod east;
pub mod north;
pub mod west;

use crate::decide::patterns::list::{List, SortedList, Source};
use crate::decide::patterns::literals::Literals;
use crate::decide::patterns::phrase::{self, PatternSet};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// One language's consent vocabulary. All phrases are lowercase; control and trigger lists are
/// sorted (checked at compile time).
#[derive(Clone, Copy, Debug)]
pub struct Language {
    /// ISO 639-1 (`no` stands for Bokmål and Nynorsk).
    pub code: &'static str,
    /// Word patterns ([`crate::decide::patterns::phrase`]: slots of `|` alternatives, `_` joins
    /// words, `?` optional, `~N` skips, `*` a prefix).
    pub statements: List,
    /// Controls that give consent ("Accept all").
    pub accept: SortedList,
    /// Controls that only acknowledge ("OK", "Got it").
    pub acknowledge: SortedList,
    /// Controls that refuse ("Reject all", "Only necessary").
    pub reject: SortedList,
    /// Controls that open the choices ("Settings").
    pub settings: SortedList,
    /// Word stems for the pre-filter (the cookie and consent words).
    pub triggers: SortedList,
    /// Where the row comes from.
    pub source: Source,
}

/// Every language, by region.
pub fn languages() -> impl Iterator<Item = &'static Language> {
    west::LANGUAGES.iter().chain(north::LANGUAGES).chain(east::LANGUAGES)
}

/// What a control's text says, if it is a consent control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Accept,
    /// "OK", "Got it", "Continue": closes the notice without a choice.
    Acknowledge,
    Reject,
    Settings,
}

impl Control {
    /// When a text starts with words of several kinds, the first kind in this order wins
    /// ("continuer sans accepter" refuses).
    const PRECEDENCE: [Control; 4] = [Control::Reject, Control::Accept, Control::Acknowledge, Control::Settings];

    /// Whether the control settles the notice (accepts, refuses or acknowledges it).
    pub fn decisive(self) -> bool {
        self != Control::Settings
    }
}

/// All trigger stems, lowercase, sorted and unique (the extension's frame check reads them).
pub static TRIGGERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all: Vec<&str> = languages().flat_map(|l| l.triggers.iter()).collect();
    all.sort_unstable();
    all.dedup();
    all
});

/// The statements compiled once, the triggers and the controls.
pub struct Compiled {
    /// Every language's statements in one set: whether a text makes one, and in which languages,
    /// in one pass.
    statements: PatternSet<'static>,
    /// The language code of each statement, by its number in `statements` (in the order of
    /// [`languages`], so that one language's statements are next to each other).
    statement_langs: Vec<&'static str>,
    triggers: Literals,
    controls: HashMap<&'static str, Control>,
}

pub static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let all: Vec<&str> = languages().flat_map(|l| l.statements.iter()).collect();
    let statements = PatternSet::new(&all).expect("consent statements");
    let statement_langs = languages().flat_map(|l| l.statements.iter().map(move |_| l.code)).collect();
    // The set folds ASCII case only: a stem that starts with another letter (Çerez, Συγκατάθεση)
    // is also looked for capitalised.
    let mut stems: Vec<String> = Vec::new();
    for t in TRIGGERS.iter() {
        stems.push(t.to_string());
        let mut chars = t.chars();
        if let Some(first) = chars.next().filter(|c| !c.is_ascii()) {
            stems.push(first.to_uppercase().chain(chars).collect());
        }
    }
    let triggers = Literals::new(&stems);
    let mut controls = HashMap::default();
    for l in languages() {
        let kinds = [
            (l.accept, Control::Accept),
            (l.acknowledge, Control::Acknowledge),
            (l.reject, Control::Reject),
            (l.settings, Control::Settings),
        ];
        for (list, kind) in kinds {
            for w in list {
                controls.insert(w, kind);
            }
        }
    }
    Compiled { statements, statement_langs, triggers, controls }
});

/// Whether a text holds a trigger word. Runs on every text node of the page: one pass over the
/// text for all the stems.
pub fn has_trigger(text: &str) -> bool {
    text.len() >= 5 && COMPILED.triggers.is_match(text)
}

/// Lowercase, with Turkish capital İ (which lowercases to i and a combining dot) as a plain i, and
/// curly apostrophes straight ("J’accepte").
pub fn lower(text: &str) -> String {
    text.to_lowercase().replace("i\u{307}", "i").replace('’', "'")
}

/// Whether `text` makes a consent statement in any language (one pass over its words).
pub fn makes_statement(text: &str) -> bool {
    let lower = lower(text);
    COMPILED.statements.is_match(&phrase::words(&lower))
}

/// The languages whose consent statements `text` makes (empty: not a notice's text).
pub fn statement_languages(text: &str) -> Vec<&'static str> {
    let lower = lower(text);
    let hit = COMPILED.statements.matching(&phrase::words(&lower));
    let mut langs: Vec<&str> = COMPILED.statement_langs.iter().zip(hit).filter(|(_, hit)| *hit).map(|(l, _)| *l).collect();
    langs.dedup(); // (one language's statements are next to each other)
    langs
}

/// Longest control text, in characters: anything longer is a sentence, not a button.
const MAX_CONTROL_CHARS: usize = 40;

/// Classifies a button or link text ("Accept", "Alle akzeptieren", "Cookie settings"): the whole
/// text, or its first words, is a listed control.
pub fn control(text: &str) -> Option<Control> {
    let t = lower(text.trim().trim_end_matches(['.', '!', '×']).trim());
    // "I agree, continue": a comma ends words as a space does.
    let t = t.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    if t.is_empty() || t.chars().count() > MAX_CONTROL_CHARS {
        return None;
    }
    let controls = &COMPILED.controls;
    let prefixes = t.match_indices(' ').map(|(i, _)| &t[..i]).chain(std::iter::once(t.as_str()));
    let found: Vec<Control> = prefixes.filter_map(|p| controls.get(p).copied()).collect();
    Control::PRECEDENCE.into_iter().find(|k| found.contains(k))
}

#[cfg(test)]
mod tests;
