//! Modal frameworks that sites build notices with: one row per framework, as data. A generic
//! notice that is (or sits in) one of a framework's modals takes that framework's backdrop with
//! it, and the framework's lock class names the scroll lock in the reason. Keep the rows sorted by
//! name.

use crate::decide::patterns::list::{list, List, Source};
use crate::decide::patterns::selector::Selector;
use crate::model::page::Page;
use crate::model::snapshot::NodeId;
use std::sync::LazyLock;

/// One modal framework.
#[derive(Clone, Copy, Debug)]
pub struct Framework {
    pub name: &'static str,
    /// Its modal containers, when shown.
    pub modals: List,
    /// Its backdrop elements (appended to `<body>`, away from the modal).
    pub backdrops: List,
    /// Classes it sets on `<html>` or `<body>` while a modal locks scrolling.
    pub lock_classes: List,
    /// Where the markers come from.
    pub source: Source,
}

pub const FRAMEWORKS: &[Framework] = &[
    Framework {
        name: "Bootstrap",
        modals: list![".modal.show", ".modal.in"],
        backdrops: list![".modal-backdrop"],
        lock_classes: list!["modal-open"],
        source: Source::new(
            "twbs/bootstrap js/src/modal.js (v4: ClassName BACKDROP 'modal-backdrop', OPEN 'modal-open', SHOW 'show'; v3: 'in')",
        ),
    },
    Framework {
        name: "Foundation Reveal",
        modals: list![".reveal"],
        backdrops: list![".reveal-overlay"],
        lock_classes: list!["is-reveal-open"],
        source: Source::new(
            "foundation/foundation-sites js/foundation.reveal.js (overlay 'reveal-overlay', 'is-reveal-open' on body, and html on mobile)",
        ),
    },
    Framework {
        name: "jQuery UI Dialog",
        modals: list![".ui-dialog"],
        backdrops: list![".ui-widget-overlay"],
        lock_classes: list![],
        source: Source::new(
            "jquery/jquery-ui ui/widgets/dialog.js (_createOverlay: 'ui-widget-overlay ui-front' appended to the document)",
        ),
    },
];

static MODALS: LazyLock<Vec<Vec<Selector>>> = LazyLock::new(|| {
    FRAMEWORKS.iter().map(|f| f.modals.iter().map(|s| Selector::parse(s).expect("framework selectors parse")).collect()).collect()
});

/// Whether `id` is a modal of `fw`.
pub fn is_modal(page: &Page, fw: &Framework, id: NodeId) -> bool {
    let Some(k) = FRAMEWORKS.iter().position(|f| f.name == fw.name) else { return false };
    MODALS[k].iter().any(|s| s.matches(page.snap, id))
}

/// Whether `id` is a modal of `fw`, or sits in one.
pub fn in_modal(page: &Page, fw: &Framework, id: NodeId) -> bool {
    std::iter::once(id).chain(page.snap.ancestors(id)).any(|a| is_modal(page, fw, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_sorted_and_parse() {
        assert!(FRAMEWORKS.windows(2).all(|w| w[0].name < w[1].name));
        for f in FRAMEWORKS {
            for s in f.modals.iter().chain(f.backdrops.iter()) {
                Selector::parse(s).unwrap_or_else(|e| panic!("{}: {e}", f.name));
            }
        }
    }
}
