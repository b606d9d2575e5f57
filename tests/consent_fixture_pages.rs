//! The browser fixture pages, natively: every page of `www/consent/pages.mjs` and
//! `www/placeholder/pages.mjs` that needs no running script is checked against the expectations
//! it carries for the browsers (`<script id="expect">`; keys in `www/consent/pages.mjs`), so that
//! a page and its expected outcome cannot drift apart from the engine unnoticed. Needs node (the
//! pages are generated); without it the test says so and passes.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::Value;
use sourcelight::decide::consent;
use sourcelight::decide::main_content;
use sourcelight::engine::{scan, Options};
use sourcelight::model::layout::{InlineLayout, Layout, Position};
use sourcelight::model::page::Page;
use sourcelight::model::plan::{Plan, ScrollUnlock};
use sourcelight::model::snapshot::{NodeData, NodeId, Snapshot};
use support::fixtures::{generate, load, select, Fixture};

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// The snapshot with the unlock's properties written first into `<html>`'s and `<body>`'s
/// styles (as the page side forces them with `!important`).
fn released(snap: &Snapshot, unlock: Option<&ScrollUnlock>) -> Snapshot {
    let mut out = snap.clone();
    let Some(u) = unlock else { return out };
    for (id, props) in [(snap.html, &u.html), (snap.body, &u.body)] {
        let Some(NodeData::Element(e)) = id.map(|i| &mut out.nodes[i].data) else { continue };
        let forced: Vec<String> = props.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        let old = e.attr("style").unwrap_or("").to_string();
        e.attrs.retain(|(k, _)| k != "style");
        e.attrs.push(("style".into(), format!("{};{old}", forced.join(";"))));
    }
    out
}

/// Whether `<html>` or `<body>` stops scrolling (overflow, position: fixed).
fn scroll_locked(snap: &Snapshot) -> bool {
    let layout = InlineLayout::new(snap);
    [snap.html, snap.body]
        .into_iter()
        .flatten()
        .filter_map(|id| layout.computed(id))
        .any(|c| matches!(c.overflow_y.as_str(), "hidden" | "clip") || c.position == Position::Fixed)
}

/// What a page's expectations say that the plan does not do.
fn problems(f: &Fixture) -> Vec<String> {
    let snap = &f.snap;
    let layout = InlineLayout::new(snap);
    let s = scan(snap, &layout, &Options::default());
    let page = Page::new(snap, &layout);
    let found = consent::detect(&page, &main_content::find(&page), false, false);
    let plan: &Plan = &s.plan;
    let hidden = |id: NodeId| plan.hide.iter().any(|h| snap.contains(h.node, id));
    let e = &f.expect;
    let mut out = Vec::new();
    for sel in strings(&e["hidden"]) {
        match select(snap, &sel).first() {
            Some(&id) if hidden(id) => {}
            Some(_) => out.push(format!("{sel} is not hidden")),
            None => out.push(format!("{sel} is not in the page")),
        }
    }
    for sel in strings(&e["visible"]) {
        let found = select(snap, &sel);
        if found.is_empty() {
            out.push(format!("{sel} is not in the page"));
        } else if found.iter().any(|&id| hidden(id)) {
            out.push(format!("{sel} was hidden"));
        }
    }
    if strings(&e["hidden"]).is_empty() && e["mostlyHidden"].is_null() && !plan.hide.is_empty() {
        out.push(format!(
            "nothing may be hidden, but {} were: {:?}",
            plan.hide.len(),
            s.report.removed.iter().map(|r| &r.text).collect::<Vec<_>>()
        ));
    }
    let after = released(snap, found.unlock.as_ref());
    if e["scroll"] == Value::Bool(true) && scroll_locked(&after) {
        out.push("the page does not scroll".into());
    }
    if e["locked"] == Value::Bool(true) && !scroll_locked(&after) {
        out.push("the page's own lock was released".into());
    }
    if let Some(y) = e["scrollY"].as_f64() {
        if found.unlock.as_ref().and_then(|u| u.restore_y) != Some(y) {
            out.push(format!("the reading position {y} is not restored"));
        }
    }
    let lifted: Vec<NodeId> = found.unlock.iter().flat_map(|u| u.attributes.iter().map(|(n, _)| *n)).collect();
    for sel in strings(&e["absent"]) {
        for id in select(snap, &sel) {
            if !found.close.contains(&id) && !lifted.contains(&id) {
                out.push(format!("{sel} is still there (neither closed nor lifted)"));
            }
        }
    }
    let after_layout = InlineLayout::new(&after);
    for c in e["computed"].as_array().into_iter().flatten() {
        let (sel, prop, value) = (c["sel"].as_str().unwrap_or(""), c["prop"].as_str().unwrap_or(""), c["value"].as_str().unwrap_or(""));
        for id in select(&after, sel) {
            let got = after_layout.computed(id).map(|cs| match prop {
                "touch-action" => cs.touch_action,
                "overscroll-behavior-y" => cs.overscroll_y,
                "overflow-y" => cs.overflow_y,
                _ => String::new(),
            });
            if got.as_deref() != Some(value) {
                out.push(format!("{sel} {prop} is {got:?}, not {value}"));
            }
        }
    }
    out
}

fn check_dir(dir: &str) {
    let Some(out) = generate(dir) else {
        eprintln!("node is not available: the {dir} fixture pages are left to the browsers");
        return;
    };
    let pages = load(&out, "");
    let _ = std::fs::remove_dir_all(&out);
    let mut failed = Vec::new();
    let mut checked = 0;
    for f in &pages {
        if !f.needs_browser.is_empty() {
            continue;
        }
        checked += 1;
        let p = problems(f);
        if !p.is_empty() {
            failed.push(format!("{}: {}", f.name, p.join("; ")));
        }
    }
    eprintln!("{dir}: {checked} of {} fixture pages checked natively", pages.len());
    assert!(failed.is_empty(), "{} fixture pages disagree with their expectations:\n{}", failed.len(), failed.join("\n"));
}

#[test]
fn consent_fixture_pages_meet_their_expectations() {
    check_dir("consent");
}

#[test]
fn placeholder_fixture_pages_meet_their_expectations() {
    check_dir("placeholder");
}
