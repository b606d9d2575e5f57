//! The browser fixture pages (`www/consent/pages.mjs`, `www/placeholder/pages.mjs`), natively:
//! generated with node, their stylesheets cascaded into inline styles (so that [`InlineLayout`]
//! answers from them), and the part of their behaviour script that sets state at load applied to
//! the snapshot (locks, lock classes, shutters, opened dialogs). Pages whose behaviour needs a
//! running script (late, re-inserted, framed, shadow-root notices) are left to the browsers.
//!
//! The cascade is a sketch: rules apply in source order (later wins, no specificity), selectors
//! outside [`Selector`]'s subset and `@` rules are skipped (no fixture uses `@media`), `!important`
//! is ignored.

use super::html;
use scraper::{Html, Selector as CssSelector};
use sourcelight::decide::patterns::selector::Selector;
use sourcelight::model::snapshot::{NodeData, NodeId, Snapshot};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One generated page: its name, snapshot (styles cascaded, state set) and expectations.
pub struct Fixture {
    pub name: String,
    pub snap: Snapshot,
    pub expect: serde_json::Value,
    /// The `data-*` behaviours of its `<body>` that this harness cannot play (late, reinsert…).
    pub needs_browser: Vec<String>,
}

/// Behaviours that only a running page shows.
const BROWSER_ONLY: &[&str] = &["data-late", "data-reinsert", "data-show-later", "data-busy", "data-reload-trap", "data-fill-later"];

/// Generates `www/<dir>/pages.mjs` into a temporary directory; `None` when node is missing.
pub fn generate(dir: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::temp_dir().join(format!("sourcelight-fixtures-{dir}-{}", std::process::id()));
    let status = Command::new("node").arg(root.join("www").join(dir).join("pages.mjs")).arg(&out).output().ok()?;
    status.status.success().then_some(out)
}

/// Reads every page listed in `out/index.json`.
pub fn load(out: &Path, extra_css: &str) -> Vec<Fixture> {
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).expect("index.json")).expect("index");
    let names: Vec<String> = index["pages"].as_array().expect("pages").iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    let css = std::fs::read_to_string(out.join("assets/fixture.css")).unwrap_or_default() + extra_css;
    names.into_iter().map(|name| read(&name, &std::fs::read_to_string(out.join(format!("{name}.html"))).expect("page"), &css)).collect()
}

fn read(name: &str, page: &str, shared_css: &str) -> Fixture {
    let doc = Html::parse_document(page);
    let one = |sel: &str| CssSelector::parse(sel).expect("selector");
    let expect = doc
        .select(&one("script#expect"))
        .next()
        .map_or(serde_json::Value::Null, |e| serde_json::from_str(&e.text().collect::<String>()).expect("expectations parse"));
    let styles: String = doc.select(&one("style")).map(|e| e.text().collect::<String>()).collect::<Vec<_>>().join("\n");
    let body = doc.select(&one("body")).next();
    let data = |k: &str| body.and_then(|b| b.value().attr(k)).map(str::to_string);
    let mut needs_browser: Vec<String> = BROWSER_ONLY.iter().filter(|k| data(k).is_some()).map(|k| k.to_string()).collect();
    // Shadow roots and frames are filled in by the script and by the frame's own content script.
    needs_browser.extend(["shadow-content", "data-frame="].iter().filter(|m| page.contains(*m)).map(|m| m.to_string()));
    let mut snap = html::snapshot(page);
    play_state(&mut snap, &data);
    cascade(&mut snap, &format!("{shared_css}\n{styles}"));
    Fixture { name: name.to_string(), snap, expect, needs_browser }
}

/// What `www/consent/assets/fixture.js` sets at load, on the snapshot.
fn play_state(snap: &mut Snapshot, data: &dyn Fn(&str) -> Option<String>) {
    let (html, body) = (snap.html, snap.body);
    if let Some(lock) = data("data-lock").filter(|l| !l.starts_with("late:")) {
        match lock.as_str() {
            "body-overflow" => add_style(snap, body, "overflow:hidden"),
            "html-overflow" => add_style(snap, html, "overflow:hidden"),
            l if l.starts_with("body-fixed:") => add_style(snap, body, &format!("position:fixed;top:-{}px;width:100%", &l[11..])),
            l if l.starts_with("class:") => add_class(snap, body, &l[6..]),
            l if l.starts_with("class-html:") => add_class(snap, html, &l[11..]),
            _ => {}
        }
    }
    if let Some(shutter) = data("data-shutter") {
        let (attr, sel) = shutter.split_once(':').expect("attr:selector");
        let value = if attr == "aria-hidden" { "true" } else { "" };
        for id in select(snap, sel) {
            set_attr(snap, id, attr, value);
        }
    }
    for key in ["data-show-modal", "data-show-popover"] {
        if let Some(sel) = data(key) {
            for id in select(snap, &sel) {
                if key == "data-show-modal" {
                    set_attr(snap, id, "open", "");
                }
            }
        }
    }
}

/// The elements matching a selector of the subset.
pub fn select(snap: &Snapshot, sel: &str) -> Vec<NodeId> {
    let Ok(s) = Selector::parse(sel) else { return Vec::new() };
    (0..snap.nodes.len()).filter(|&id| s.matches(snap, id)).collect()
}

fn element(snap: &mut Snapshot, id: Option<NodeId>) -> Option<&mut sourcelight::model::snapshot::Element> {
    match &mut snap.nodes.get_mut(id?)?.data {
        NodeData::Element(e) => Some(e),
        NodeData::Text(_) => None,
    }
}

fn add_style(snap: &mut Snapshot, id: Option<NodeId>, decls: &str) {
    set_attr_with(snap, id, "style", |old| resolved(&format!("{decls};{old}")));
}

fn add_class(snap: &mut Snapshot, id: Option<NodeId>, class: &str) {
    if let Some(e) = element(snap, id) {
        e.classes.push(class.to_string());
    }
}

fn set_attr(snap: &mut Snapshot, id: NodeId, name: &str, value: &str) {
    set_attr_with(snap, Some(id), name, |_| value.to_string());
}

fn set_attr_with(snap: &mut Snapshot, id: Option<NodeId>, name: &str, value: impl Fn(&str) -> String) {
    let Some(e) = element(snap, id) else { return };
    match e.attrs.iter_mut().find(|(k, _)| k == name) {
        Some((_, v)) => *v = value(v),
        None => e.attrs.push((name.to_string(), value(""))),
    }
}

/// Writes the declarations of the rules that match each element before its inline style,
/// highest priority first (InlineLayout takes the first declaration of a property).
fn cascade(snap: &mut Snapshot, css: &str) {
    let rules = parse_rules(css);
    for id in 0..snap.nodes.len() {
        if snap.element(id).is_none() {
            continue;
        }
        let matched: Vec<&str> =
            rules.iter().filter(|(sels, _)| sels.iter().any(|s| s.matches(snap, id))).map(|(_, d)| d.as_str()).collect();
        if matched.is_empty() {
            continue;
        }
        let from_rules: Vec<&str> = matched.into_iter().rev().collect();
        set_attr_with(snap, Some(id), "style", |inline| resolved(&format!("{inline};{}", from_rules.join(";"))));
    }
}

/// One declaration per property, the first (highest priority) kept: the page's own cheap
/// `display: none` test reads the style text, so a losing declaration must not be left in it.
fn resolved(style: &str) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut out: Vec<&str> = Vec::new();
    for decl in style.split(';') {
        let Some((k, _)) = decl.split_once(':') else { continue };
        let k = k.trim().to_ascii_lowercase();
        if !seen.contains(&k) {
            seen.push(k);
            out.push(decl.trim());
        }
    }
    out.join("; ")
}

/// `selectors { declarations }` rules, comments and `@` blocks left out.
fn parse_rules(css: &str) -> Vec<(Vec<Selector>, String)> {
    let mut text = css.to_string();
    while let Some(a) = text.find("/*") {
        let b = text[a..].find("*/").map_or(text.len(), |b| a + b + 2);
        text.replace_range(a..b, "");
    }
    let mut rules = Vec::new();
    for chunk in text.split('}') {
        let Some((head, decls)) = chunk.split_once('{') else { continue };
        let head = head.trim();
        if head.starts_with('@') {
            continue;
        }
        let sels: Vec<Selector> = head.split(',').filter_map(|s| Selector::parse(s.trim()).ok()).collect();
        if !sels.is_empty() {
            rules.push((sels, decls.trim().to_string()));
        }
    }
    rules
}
