//! `Selector::parse` over arbitrary strings.
//!
//! Checks: parsing never panics; a parsed selector prints as the text it was parsed from
//! (trimmed) and parses again to the same selector; `key_id`, `key_class` and `matches` against
//! every node of a small fixed snapshot (elements and a text node, six levels deep) never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcelight::decide::patterns::selector::Selector;
use sourcelight::model::snapshot::{Element, NodeData, Snapshot};
use std::sync::LazyLock;

fn el(tag: &str, id: &str, classes: &[&str], attrs: &[(&str, &str)]) -> NodeData {
    NodeData::Element(Element {
        tag: tag.into(),
        id: id.into(),
        classes: classes.iter().map(|c| c.to_string()).collect(),
        attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        shadow_host: false,
    })
}

/// `html > body > (div.klaro > div#sp_message_container_1.cookie-notice[role=dialog] > p > button.cn-decline "Reject"), main > article > p`.
static SNAPSHOT: LazyLock<Snapshot> = LazyLock::new(|| {
    let mut s = Snapshot::default();
    let html = s.push(None, el("html", "", &[], &[("lang", "en")]));
    let body = s.push(Some(html), el("body", "", &["modal-open"], &[]));
    let klaro = s.push(Some(body), el("div", "", &["klaro"], &[]));
    let notice =
        s.push(Some(klaro), el("div", "sp_message_container_1", &["cookie-notice", "x"], &[("role", "dialog"), ("aria-modal", "true")]));
    let p = s.push(Some(notice), el("p", "", &[], &[("style", "position: fixed")]));
    let button = s.push(Some(p), el("button", "", &["cn-decline"], &[("type", "button"), ("mode", "secondary")]));
    s.push(Some(button), NodeData::Text("Reject".into()));
    let main = s.push(Some(body), el("main", "content", &[], &[("role", "main")]));
    let article = s.push(Some(main), el("article", "", &["post", "entry-content"], &[("data-x", "é😀")]));
    let para = s.push(Some(article), el("p", "", &[], &[]));
    s.push(Some(para), NodeData::Text("The mayor said so.".into()));
    s
});

fuzz_target!(|text: &str| {
    let Ok(selector) = Selector::parse(text) else { return };
    assert_eq!(selector.to_string(), text.trim());
    assert_eq!(Selector::parse(&selector.to_string()).as_ref(), Ok(&selector), "parsing its own text gives another selector");
    let _ = (selector.key_id(), selector.key_class());
    let snap = &*SNAPSHOT;
    for id in 0..snap.nodes.len() + 1 {
        let _ = selector.matches(snap, id);
    }
});
