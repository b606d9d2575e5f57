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

static LOREM: LazyLock<HashSet<&'static str>> = LazyLock::new(|| phrases::LOREM_WORDS.iter().collect());

/// Whether the text is filler: Lorem ipsum words, or a theme's sample sentence.
pub fn is_filler(text: &str) -> bool {
    let lower = text.to_lowercase();
    if phrases::SAMPLE_TEXT.iter().any(|s| lower.starts_with(s)) {
        return true;
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    if words.len() < MIN_FILLER_WORDS {
        return false;
    }
    let lorem = words.iter().filter(|w| LOREM.contains(*w)).count();
    lorem as f64 / words.len() as f64 >= MIN_LOREM_SHARE
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
    }
}
