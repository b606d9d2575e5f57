//! The reader's exceptions: elements they brought back, which stay shown on later visits.
//!
//! An element is named by a signature that survives a reload: its tag, id and classes
//! (`div#cmp.box`) when it has any, else its tag and the start of its text (`aside:Related
//! posts`). A removal whose rule and signature match an exception in [`Options::keep`] is not
//! made; when the reader keeps a consent notice, its dialog stays open and the page's scroll lock
//! stays too (they asked to see the notice as the site shows it).

use super::options::Options;
use super::session::Signature;
use crate::model::plan::{Plan, RemovalKind};
use crate::model::snapshot::{NodeId, Snapshot};

/// How much of an element's text names an element that has no id or class.
const SIGNATURE_TEXT_CHARS: usize = 60;

/// The signature of element `id` (see the module docs).
pub fn signature(snap: &Snapshot, id: NodeId) -> String {
    let Some(e) = snap.element(id) else { return String::new() };
    match Signature::of(e) {
        Some(s) => s.selector(),
        None => format!("{}:{}", e.tag, snap.text_content(id).chars().take(SIGNATURE_TEXT_CHARS).collect::<String>()),
    }
}

/// Drops from `plan` the removals the reader's exceptions name.
pub fn apply(snap: &Snapshot, options: &Options, plan: &mut Plan) {
    if options.keep.is_empty() {
        return;
    }
    let kept = |rule: &str, id: NodeId| {
        let sig = signature(snap, id);
        options.keep.iter().any(|k| k.rule == rule && k.signature == sig)
    };
    let mut notice_kept = false;
    plan.hide.retain(|h| {
        let keep = kept(&h.rule, h.node);
        notice_kept |= keep && h.kind == RemovalKind::ConsentNotice;
        !keep
    });
    if notice_kept {
        plan.close.clear();
        plan.unlock = None;
    }
}
