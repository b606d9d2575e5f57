//! The warm-up run: the engine once over a small page of its own, along the path a page's run
//! takes (the packed snapshot decoded, packed layout answers parsed in rounds, the session
//! committed; in the wasm build, `warmUp` in `src/api.rs`, through the same JavaScript API).
//!
//! Why: a freshly loaded WebAssembly engine compiles each function on its first call and builds
//! its tables (lexicons, consent vocabulary) on first use, so its first pass costs several times
//! a warm one (`./build.sh bench`: "whole pass (cold)" against "(warm)"). The background runs this
//! as soon as a page connects, while the page is still loading, so that the page's own run finds
//! the engine ready; it runs it several times (`WARM_UP_ROUNDS` in
//! extension/background/engine.js), so that the browser also compiles the busiest functions with
//! its optimizing compiler. The page holds one of each thing the engine decides on, so that the
//! code of each is reached: a consent notice with its backdrop and scroll lock, an empty widget, a
//! zero counter, theme filler, and attributions in English of several shapes; then a German and a
//! French text, their language detected (one language per page). The page and its layout are
//! data in the formats the page side sends, not code that builds them: this costs the wasm build
//! only their bytes.

use super::run::{Run, Step};
use super::session::{Env, Outcome, Session};
use super::Options;
use crate::model::layout::{BoxScroll, Computed, Rect, ScrollBaseline};
use crate::model::packed;
use crate::model::report::AttributionReport;
use crate::model::snapshot::NodeId;

/// The fields of one record, each ended by U+007F ([`packed::SEPARATOR`]): `record!["T", "3", "",
/// "text"]`, joined at compile time (the wasm build holds the page's bytes, no pointer per
/// field).
macro_rules! record {
    ($($field:literal),* $(,)?) => {
        concat!($($field, "\u{7F}"),*)
    };
}
const _: () = assert!(packed::SEPARATOR as u32 == 0x7F, "record! ends fields by packed::SEPARATOR");

/// The fields of one layout answer, each ended by U+0000 ([`Computed::from_packed`]), joined at
/// compile time.
macro_rules! answer {
    ($($field:literal),* $(,)?) => {
        concat!($($field, "\0"),*)
    };
}

/// The warm-up page's records in the packed format ([`packed`]; the header goes before them), one
/// record per row; records are numbered in order from 0 (the parent field is that number). Our
/// own words.
#[rustfmt::skip]
const PAGE: &str = concat!(
    record!["E", "0", "", "html", "", "", "", "1", "lang", "en"],                     // 0
    record!["E", "1", "0", "body", "", "", "", "0"],                                  // 1: locked by its layout answer
    record!["E", "2", "1", "div", "cookie-banner", "", "", "0"],                      // 2: the notice
    record!["E", "3", "2", "p", "", "", "", "0"],                                     // 3
    record!["T", "3", "", "We use cookies to improve your experience. By clicking Accept, you consent to our use of cookies."],
    record!["E", "5", "2", "button", "", "", "", "0"],                                // 5
    record!["T", "5", "", "Accept all"],
    record!["E", "7", "1", "div", "", "backdrop", "", "0"],                           // 7: the backdrop
    record!["E", "8", "1", "article", "", "", "", "0"],                               // 8
    record!["E", "9", "8", "h1", "", "", "", "0"],                                    // 9
    record!["T", "9", "", "Port reopens after a week of strikes"],
    record!["E", "11", "8", "p", "", "", "", "0"],                                    // 11
    record!["T", "11", "", "The transit authority says the port will reopen on Monday. “We are ready,” said Mara Lenz, the \
                                 agency’s director. According to a memo circulated by the regional health board, the strike is over."],
    record!["E", "13", "8", "p", "", "", "", "0"],                                    // 13
    record!["T", "13", "", "The specialist site Grid Insider was first to report the deal. Port officials say the repairs \
                                 cost more than planned. Anna Berg, a spokeswoman for the harbour board, said the cranes were \
                                 inspected on Friday. The union welcomed the deal and said it would end the strike, citing a vote \
                                 of its members. Mara Lenz: “The cranes are safe.”"],
    record!["E", "15", "1", "aside", "", "", "", "0"],                                // 15
    record!["E", "16", "15", "span", "", "", "", "0"],                                // 16
    record!["T", "16", "", "0 comments"],
    record!["E", "18", "1", "aside", "", "", "", "0"],                                // 18
    record!["E", "19", "18", "p", "", "", "", "0"],                                   // 19
    record!["T", "19", "", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."],
    // Last: a widget heading with content after it is the title of that content.
    record!["E", "21", "1", "aside", "", "", "", "0"],                                // 21
    record!["E", "22", "21", "h3", "", "", "", "0"],                                  // 22
    record!["T", "22", "", "You may also like"],
);

/// Packed layout answers ([`Computed::from_packed`]) of the elements that are not an ordinary
/// block: `(record, answer)`; then [`BLOCK`], the answer for every other element.
#[rustfmt::skip]
const LAYOUT: &[(usize, &str)] = &[
    (0, answer!["block", "visible", "1", "static", "auto", "visible", "visible", "0px", "auto", "auto", "auto", "16px", "400", "0", "0", "1280", "800", "2000", "800"]),
    // A body that cannot scroll although its content is taller than the viewport: the lock.
    (1, answer!["block", "visible", "1", "static", "auto", "hidden", "hidden", "0px", "auto", "auto", "auto", "16px", "400", "0", "0", "1280", "2000", "2000", "2000"]),
    (2, answer!["block", "visible", "1", "fixed", "9999", "visible", "visible", "auto", "auto", "auto", "auto", "16px", "400", "0", "600", "1280", "200", "200", "200"]),
    (7, answer!["block", "visible", "0.5", "fixed", "9998", "visible", "visible", "0px", "auto", "auto", "auto", "16px", "400", "0", "0", "1280", "800", "800", "800"]),
];
#[rustfmt::skip]
const BLOCK: &str = answer!["block", "visible", "1", "static", "auto", "visible", "visible", "auto", "auto", "auto", "auto", "16px", "400", "0", "0", "300", "100", "100", "100"];

/// The viewport of the warm-up page (CSS px).
pub const VIEWPORT: Rect = Rect { x: 0.0, y: 0.0, width: 1280.0, height: 800.0 };

/// Texts in the other languages the engine reads: `(lang, text)`, `lang` what detection finds in
/// `text`. Our own words.
pub const OTHER_LANGUAGES: [(&str, &str); 2] = [
    ("de", "Der Hafen werde am Montag wieder geöffnet, teilte die Kreisverwaltung mit. „Wir sind bereit“, so ein Sprecher."),
    ("fr", "Le port rouvrira lundi, a précisé un chercheur de l’institut. Selon la direction, la grève est finie."),
];

/// The warm-up page as the page side sends it: a packed snapshot, header and [`PAGE`].
pub fn packed_page() -> String {
    let sep = packed::SEPARATOR;
    format!("S{sep}{}{sep}0{sep}0{sep}{PAGE}", packed::VERSION)
}

/// The packed layout answer ([`Computed::from_packed`]) for record `id` of the warm-up page.
pub fn layout_answer(id: NodeId) -> &'static str {
    LAYOUT.iter().find(|(k, _)| *k == id).map_or(BLOCK, |(_, a)| a)
}

/// What the page side tells about the warm-up page besides its snapshot, as a content script
/// does on every run: `<html>` and `<body>` scrolled by the page itself, not locked.
pub fn env() -> Env {
    let free = || BoxScroll { overflow_x: "visible".into(), overflow_y: "visible".into(), position: "static".into(), top: String::new() };
    Env { baseline: Some(ScrollBaseline { html: free(), body: free() }), ..Env::default() }
}

/// Runs the engine over the warm-up page with the default options, answering its layout
/// questions in rounds as a page's run does ([`Run`]), then over [`OTHER_LANGUAGES`]. Returns the
/// page's outcome and the attributions of those texts (`None` only if the page did not decode,
/// which the tests rule out). The wasm build's `warmUp` (`src/api.rs`) drives the same page
/// through the JavaScript API instead.
pub fn run() -> Option<(Outcome, Vec<AttributionReport>)> {
    let mut snapshot = packed::decode(&packed_page()).ok()?;
    let env = env();
    env.apply_to(&mut snapshot);
    let mut run = Run::new(snapshot, Session::default(), Options::default(), env, false, VIEWPORT);
    loop {
        match run.step() {
            Step::Need(need) => {
                for id in need {
                    run.answer(id, Computed::from_packed(layout_answer(id)));
                }
            }
            Step::Done(outcome) => return Some((*outcome, other_languages())),
        }
    }
}

/// The attributions in [`OTHER_LANGUAGES`], each text's language detected from its words (as
/// for a page without a `lang` attribute).
pub fn other_languages() -> Vec<AttributionReport> {
    OTHER_LANGUAGES.iter().flat_map(|(_, text)| super::find_attributions(text, None)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::attribution::lang::Lang;
    use crate::model::plan::RemovalKind;

    /// The warm-up reaches each of the engine's jobs: if the page stopped holding one of them,
    /// its code would be compiled on a reader's page again.
    #[test]
    fn the_warm_up_page_exercises_every_job() {
        let (outcome, others) = run().expect("the page decodes");
        let report = &outcome.report;
        let kinds: Vec<RemovalKind> = report.removed.iter().map(|r| r.kind).collect();
        for kind in [
            RemovalKind::ConsentNotice,
            RemovalKind::ConsentBackdrop,
            RemovalKind::EmptyWidget,
            RemovalKind::ZeroCounter,
            RemovalKind::PlaceholderText,
        ] {
            assert!(kinds.contains(&kind), "{kind:?} not in {kinds:?}");
        }
        assert!(outcome.plan.unlock.is_some(), "the scroll lock is released");
        let cues: Vec<&str> = report.attributions.iter().chain(&others).map(|a| a.cue.text.as_str()).collect();
        for cue in ["says", "said", "According to", "was first to report", "say", "citing", ":", "teilte", "so", "a précisé", "Selon"] {
            assert!(cues.contains(&cue), "cue {cue:?} not in {cues:?}");
        }
    }

    #[test]
    fn the_other_languages_are_detected() {
        for (lang, text) in OTHER_LANGUAGES {
            assert_eq!(Lang::detect(text), Lang::from_tag(lang).flatten(), "{text}");
        }
    }

    #[test]
    fn every_layout_answer_parses() {
        for answer in LAYOUT.iter().map(|(_, a)| *a).chain([BLOCK]) {
            assert!(Computed::from_packed(answer).is_some(), "{answer:?}");
        }
    }
}
