//! One run of the engine over one read of a page, in rounds: decide with the layout answered so
//! far; while decisions asked for the layout of elements not yet answered, hand those to the page
//! side and decide again with its answers.
//!
//! ```text
//! new(snapshot, session …) ─► step ─► Need([ids]) ─► answer(id, computed)… ─► step ─► … ─► Done(outcome)
//! ```
//! Only consent and placeholder decisions read layout; attribution reads none, so it runs once,
//! in the last round, not in every round (natively a third of a round's time over the 130 pages).
//! The wasm face (`src/api.rs`) and the warm-up ([`super::warm`]) both run this.

use super::session::{Env, Outcome, Session};
use super::{add_attributions, Options};
use crate::decide::main_content::MainContent;
use crate::model::layout::{AnsweredLayout, Computed, Rect};
use crate::model::page::{Page, PageFacts};
use crate::model::snapshot::{NodeId, Snapshot};
use std::cell::OnceCell;

/// How many times one run decides (so at most one fewer requests for layout from the page
/// side). The request before the last decision asks for every element not answered yet, so the
/// last decision has the whole layout (an element the page side still left unanswered then
/// reads as not rendered: [`AnsweredLayout::close`]). Two are typical: the first asks for
/// `<html>`/`<body>` and the candidates (and, ahead, their containers: [`ANCESTORS_ASKED_AHEAD`]);
/// a found notice's neighbours may take one more (no run over the 130 pages, layout from inline
/// styles, takes a third).
pub const MAX_LAYOUT_ROUNDS: u32 = 6;

/// The most elements the last round asks for (the page side reads each one's style and box: a
/// few microseconds each). A page with more, whose run also needs every round, has the rest read
/// as not rendered.
pub const MAX_LAST_ROUND_ELEMENTS: usize = 20_000;

/// With each element a round needs, the layout of this many of its ancestors is asked too: the
/// next round almost always needs its parent (the container a candidate widens to), then that
/// one's parent. Over the 130 pages (static layout from inline styles), every element a second
/// or third round asked for was the parent of one the round before asked for; asking ahead
/// costs the page side a few more style reads in a round it answers anyway.
pub const ANCESTORS_ASKED_AHEAD: usize = 2;

/// What one round ended with.
#[derive(Debug)]
pub enum Step {
    /// The elements whose layout the next round needs, each once: those the round asked for, in
    /// that order, then the ancestors asked ahead; before the last round, those and then every
    /// element not answered yet (up to [`MAX_LAST_ROUND_ELEMENTS`]).
    Need(Vec<NodeId>),
    /// The run is done: what the page side applies.
    Done(Box<Outcome>),
}

/// A run in progress (see the module doc).
pub struct Run {
    snapshot: Snapshot,
    session: Session,
    options: Options,
    env: Env,
    /// Whether the snapshot is a partial read of added nodes.
    partial: bool,
    layout: AnsweredLayout,
    /// What the rounds read alike of the snapshot: computed in the first.
    facts: Option<PageFacts>,
    /// The main content, found by the first round (see [`Session::scan`]).
    main: OnceCell<MainContent>,
    rounds: u32,
}

impl Run {
    /// A run over `snapshot` (`env` already applied to it), continuing `session`; `viewport` in
    /// CSS px.
    pub fn new(snapshot: Snapshot, session: Session, options: Options, env: Env, partial: bool, viewport: Rect) -> Run {
        Run {
            snapshot,
            session,
            options,
            env,
            partial,
            layout: AnsweredLayout::new(viewport),
            facts: None,
            main: OnceCell::new(),
            rounds: 0,
        }
    }

    /// The page side's answer for element `id` (`None`: gone, or not an element).
    pub fn answer(&mut self, id: NodeId, computed: Option<Computed>) {
        self.layout.answer(id, computed);
    }

    /// Decides once more with the layout answered so far. After [`MAX_LAYOUT_ROUNDS`] rounds it
    /// is done (see there).
    pub fn step(&mut self) -> Step {
        let facts = self.facts.get_or_insert_with(|| PageFacts::of(&self.snapshot));
        let page = Page::with_facts(&self.snapshot, &self.layout, facts);
        let hiding = Options { attribution: false, ..self.options.clone() };
        let mut scan = self.session.scan(&page, &hiding, &self.env, self.partial, &self.main);
        let need = self.layout.take_missing();
        self.rounds += 1;
        if !need.is_empty() {
            if self.rounds + 1 < MAX_LAYOUT_ROUNDS {
                return Step::Need(self.with_ancestors(need));
            }
            if self.rounds + 1 == MAX_LAYOUT_ROUNDS {
                // Still asking after all but one round (notices nested in invisible dialogs,
                // each found invisible only after the one inside it): the last round gets the
                // whole layout, so that it decides what one scan with the whole layout decides.
                return Step::Need(self.every_unanswered_element(need));
            }
            // (Only when the page side left elements unanswered: nothing hidden on a guess.)
            self.layout.close();
            scan = self.session.scan(&page, &hiding, &self.env, self.partial, &self.main);
        }
        // A partial read's attributions wait for the next full one (see `scan_added`).
        let full = !self.partial || self.session.needs_full_read();
        if full && self.options.attribution {
            add_attributions(&page, &self.options, &mut scan);
        }
        Step::Done(Box::new(self.session.commit(&self.snapshot, scan, full)))
    }

    /// `need` and, after it, up to [`ANCESTORS_ASKED_AHEAD`] ancestors of each element in it that
    /// are not answered yet, each once.
    fn with_ancestors(&self, need: Vec<NodeId>) -> Vec<NodeId> {
        let ahead: Vec<NodeId> = need.iter().flat_map(|&id| self.snapshot.ancestors(id).take(ANCESTORS_ASKED_AHEAD)).collect();
        self.need_then(need, ahead, usize::MAX)
    }

    /// `need`, then every other element of the snapshot without an answer in document order, at
    /// most [`MAX_LAST_ROUND_ELEMENTS`] in all.
    fn every_unanswered_element(&self, need: Vec<NodeId>) -> Vec<NodeId> {
        let elements = (0..self.snapshot.nodes.len()).filter(|&id| self.snapshot.element(id).is_some());
        self.need_then(need, elements, MAX_LAST_ROUND_ELEMENTS)
    }

    /// `need`, then those of `more` that are not answered yet, each once, up to `cap` in all.
    /// (A set: a hostile page's round may need tens of thousands of elements.)
    fn need_then(&self, need: Vec<NodeId>, more: impl IntoIterator<Item = NodeId>, cap: usize) -> Vec<NodeId> {
        let mut seen: rustc_hash::FxHashSet<NodeId> = need.iter().copied().collect();
        let mut all = need;
        for id in more {
            if all.len() >= cap {
                break;
            }
            if !self.layout.is_answered(id) && seen.insert(id) {
                all.push(id);
            }
        }
        all
    }

    /// The session, with the last [`Step::Done`] folded in.
    pub fn session(&self) -> &Session {
        &self.session
    }
}
