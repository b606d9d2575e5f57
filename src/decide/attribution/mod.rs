//! Attribution: who is the **source** of a statement and which words are its **cue**
//! (PARC/PolNeAR terms; the third part, the **content**, is not reported).
//!
//! Works on plain text, so it runs natively under `cargo test` and the page layer maps its spans
//! to text nodes. The pipeline for one block of text:
//!
//! 1. [`segment`] splits it into tokens, sentences and quotations (UAX #29 plus abbreviation and
//!    quote repair);
//! 2. [`cue`] finds cues with the tables in [`lexicon`], skipping quoted text;
//! 3. [`source`] finds each cue's source next to it and classifies it ([`SourceKind`]);
//! 4. [`find`] drops nested attributions (a cue inside another's content), first-person voices and
//!    verb cues that have no source.
//!
//! The word lists and thresholds are data: [`lexicon`] (English), `lexicon_de` and `lexicon_fr`,
//! every list a [`table::Table`] that is checked sorted, unique and lowercase when the crate
//! compiles. The cases that pin the behaviour down are data too: `tests/data/attribution/*.toml`,
//! run by `tests/attribution.rs` (with `regressions.toml` for every fixed false positive or miss).
//!
//! Offsets: [`find`] returns UTF-8 byte offsets into the text; [`Utf16Map`](crate::model::span::Utf16Map)
//! turns them into UTF-16 code units for JavaScript and the DOM.

pub mod blocks;
pub mod cue;
pub mod de_fr;
mod en;
pub mod entities;
pub mod lang;
pub mod lexicon;
pub mod lexicon_de;
pub mod lexicon_fr;
pub mod segment;
pub mod source;
pub mod table;
mod words;

pub use lang::Lang;

pub use crate::model::attribution::{Attribution, SourceKind};

/// Finds the attributions in `text` (one block: a paragraph, a headline, a list item).
///
/// `lang` is a BCP 47 tag such as `"en"` or `"en-GB"`; `None` detects the language from the text.
/// Languages without rules get no attributions rather than wrong ones.
pub fn find(text: &str, lang: Option<&str>) -> Vec<Attribution> {
    match Lang::resolve(lang, text) {
        Some(Lang::En) => en::find(text),
        Some(Lang::De) => de_fr::find(text, &lexicon_de::RULES),
        Some(Lang::Fr) => de_fr::find(text, &lexicon_fr::RULES),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
