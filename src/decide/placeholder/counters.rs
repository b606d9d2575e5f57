//! Counters at zero: "0 comments", "Kommentare (0)", "Soyez le premier à commenter".

use super::phrases;
use super::shape::widen_same_text;
use crate::decide::main_content::MainContent;
use crate::decide::patterns::list::{sorted_list, SortedList};
use crate::decide::patterns::literals::Literals;
use crate::decide::patterns::phrase::{self, PatternSet};
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::NodeId;
use std::sync::LazyLock;

/// A comment form this close above a counter is the counter's own ("No comments yet" over it is
/// an invitation, not clutter)...
const NEAR_FORM_DEPTH: usize = 3;
/// ...and so is one further up, in the same comments section (a box whose class or id says
/// comments), up to this many levels.
const COMMENT_SECTION_DEPTH: usize = 8;
/// Class or id words of a comments section.
const COMMENT_SECTION_WORDS: SortedList = sorted_list!["comment", "discuss", "kommentar", "reaction", "reply", "respond"];

static ZERO: LazyLock<PatternSet<'static>> = LazyLock::new(|| {
    let patterns: Vec<&str> = phrases::ZERO_COUNTERS.iter().flat_map(|(_, p)| p.iter()).collect();
    PatternSet::new(&patterns).expect("zero-counter patterns are tested to parse")
});

/// The counter nouns as one set: every short text on a page is asked, in one pass over it.
static NOUNS: LazyLock<Literals> = LazyLock::new(|| Literals::new(&phrases::COUNTER_NOUNS.to_vec()));

/// Whether a normalized (lowercased) text is a counter at zero ("0 comment", "no comments yet").
pub fn is_zero_counter(text: &str) -> bool {
    NOUNS.is_match(text) && ZERO.is_whole_match(&phrase::words(text))
}

/// A counter at zero: `text` is the element's normalized text.
pub fn zero_counter(page: &Page, main: &MainContent, id: NodeId, text: &str) -> Option<Hide> {
    if page.counts(id).inputs > 0 || !is_zero_counter(text) || has_comment_form(page, id) {
        return None;
    }
    let node = widen_same_text(page, main, id);
    Some(Hide {
        node,
        kind: RemovalKind::ZeroCounter,
        rule: "placeholder:zero-counter".into(),
        reason: format!("counter at zero (\"{}\")", page.snap.text_content(id)),
    })
}

/// Whether the counter belongs to a working comment form: one right above it, or one in the
/// comments section it sits in.
fn has_comment_form(page: &Page, id: NodeId) -> bool {
    let snap = page.snap;
    snap.ancestors(id).take_while(|&a| Some(a) != snap.body).take(COMMENT_SECTION_DEPTH).enumerate().any(|(level, a)| {
        let section = || {
            snap.element(a).is_some_and(|e| {
                let names = format!("{} {}", e.id, e.classes.join(" ")).to_lowercase();
                COMMENT_SECTION_WORDS.iter().any(|w| names.contains(w))
            })
        };
        page.counts(a).inputs > 0 && (level < NEAR_FORM_DEPTH || section())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_at_zero_in_each_language_and_not_others() {
        for zero in [
            "0 comment",
            "No comments yet",
            "Be the first to comment",
            "Comments (0)",
            "0 shares",
            "0 Kommentare",
            "Kommentare (0)",
            "Noch keine Kommentare vorhanden",
            "Sei der Erste, der kommentiert",
            "Schreiben Sie den ersten Kommentar",
            "0 comentarios",
            "Todavía no hay comentarios",
            "Sé el primero en comentar",
            "Aucun commentaire pour l'instant",
            "Commentaires (0)",
            "0 réaction",
            "Soyez le premier à réagir",
            "Nessun commento",
            "Non ci sono ancora commenti",
            "Sii il primo a commentare",
            "Geen reacties",
            "Nog geen reacties",
            "Reacties (0)",
        ] {
            assert!(is_zero_counter(&zero.to_lowercase()), "{zero:?} is a counter at zero");
        }
        for not in ["3 comments", "No comment on the merger, the spokesman said", "Comments are closed", "10 Kommentare", "comments 01"] {
            assert!(!is_zero_counter(&not.to_lowercase()), "{not:?} is not");
        }
    }
}
