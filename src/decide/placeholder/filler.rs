//! Filler text: Lorem ipsum and a theme's sample sentences, outside the article.

use super::phrases;
use super::shape::widen;
use crate::decide::main_content::MainContent;
use crate::decide::patterns::list::{sorted_list, SortedList};
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::NodeId;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Filler text must have at least this many words...
const MIN_FILLER_WORDS: usize = 4;
/// ...and at least this share of them must be Lorem ipsum words.
const MIN_LOREM_SHARE: f64 = 0.7;
/// A widget may add at most this many characters (its title) to its filler text.
const MAX_TITLE_CHARS: u32 = 40;
/// A filler block has at least this many characters (whitespace excluded).
const MIN_FILLER_CHARS: u32 = 12;
/// Elements a filler text starts from (a wrapper is reached by widening).
const FILLER_BLOCKS: SortedList = sorted_list!["blockquote", "div", "li", "p", "span", "td"];

/// The longest Lorem ipsum word, in bytes: a longer word is none.
const MAX_LOREM_WORD_BYTES: usize = 16;
const _: () = assert!(phrases::LOREM_WORDS.list().max_len() <= MAX_LOREM_WORD_BYTES);

static LOREM: LazyLock<HashSet<&'static str>> = LazyLock::new(|| phrases::LOREM_WORDS.iter().collect());

/// Whether the text is filler: Lorem ipsum words, or a theme's sample sentence.
pub fn is_filler(text: &str) -> bool {
    if text.is_ascii() {
        return is_ascii_filler(text);
    }
    let lower = text.to_lowercase();
    if phrases::SAMPLE_TEXT.iter().any(|s| lower.starts_with(s)) {
        return true;
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    lorem_share_reached(words.iter().filter(|w| LOREM.contains(*w)).count(), words.len())
}

/// [`is_filler`] for an ASCII text, without a lowercased copy of it: asked of every paragraph
/// outside the article, and most are ASCII and no filler.
fn is_ascii_filler(text: &str) -> bool {
    let starts = |s: &str| text.len() >= s.len() && text.as_bytes()[..s.len()].eq_ignore_ascii_case(s.as_bytes());
    if phrases::SAMPLE_TEXT.iter().any(starts) {
        return true;
    }
    let mut buf = [0u8; MAX_LOREM_WORD_BYTES];
    let (mut words, mut lorem) = (0, 0);
    for w in text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        if let Some(buf) = buf.get_mut(..w.len()) {
            buf.copy_from_slice(w.as_bytes());
            buf.make_ascii_lowercase();
            // (ASCII letters: a str.)
            lorem += usize::from(std::str::from_utf8(buf).is_ok_and(|w| LOREM.contains(w)));
        }
    }
    lorem_share_reached(lorem, words)
}

/// Whether `lorem` of `words` words are enough for filler.
fn lorem_share_reached(lorem: usize, words: usize) -> bool {
    words >= MIN_FILLER_WORDS && lorem as f64 / words as f64 >= MIN_LOREM_SHARE
}

/// A block whose own text is filler, widened to its widget (the widget's title included).
pub fn filler(page: &Page, main: &MainContent, id: NodeId) -> Option<Hide> {
    let snap = page.snap;
    let own_text = snap.nodes[id].children.iter().any(|&k| snap.text(k).is_some_and(|t| t.trim().len() > 3));
    if !FILLER_BLOCKS.contains(snap.tag(id)) || page.counts(id).chars < MIN_FILLER_CHARS || !own_text {
        return None;
    }
    let text = snap.text_content(id);
    if !is_filler(&text) {
        return None;
    }
    let node = widen(page, main, id, MAX_TITLE_CHARS);
    let preview: String = text.chars().take(40).collect();
    Some(Hide {
        node,
        kind: RemovalKind::PlaceholderText,
        rule: "placeholder:filler".into(),
        reason: format!("placeholder text outside the article (\"{preview}…\")"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filler_is_lorem_or_sample_text() {
        assert!(is_filler("Lorem ipsum dolor sit amet, consect etur adipiscing elit. Ut elit tellus, luctus nec ullamcorper mattis."));
        assert!(is_filler("Sample text. Click to edit."));
        assert!(!is_filler("Lorem ipsum is the filler text typesetters have used since the 1500s, from Cicero's treatise."));
        assert!(!is_filler("Lorem ipsum"));
        // ASCII or not, the same words count: case folded, split at whatever is not a letter.
        assert!(is_filler("LOREM IPSUM dolor-sit amet, 2024") && is_filler("Lorem ipsum dolor sit amet, café"));
        assert!(!is_filler("Lorem ipsum dolor and other words") && !is_filler("Lorem ipsum dolor sit café crème brûlée"));
        assert!(is_filler("SAMPLE TEXT. Click") && is_filler("Beispieltext für Ihre Seite"));
    }
}
