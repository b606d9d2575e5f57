//! The engine in real browsers (`wasm-pack test --headless --chrome` / `--firefox`): the DOM
//! layer reads, hides, unlocks, highlights, and undoes exactly.
#![cfg(target_arch = "wasm32")]

use sourcelight::api::{find_attributions, Sourcelight};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Our own small page: an article with attributions, a fixed consent notice that locks
/// scrolling, and a sidebar with an empty widget and Lorem ipsum.
const FIXTURE: &str = r#"
<main id="sl-main"><article>
  <h1>Bridge reopens</h1>
  <p>The harbour bridge reopened to traffic on Tuesday, three years after engineers closed it, the transport authority said.</p>
  <p>“We have rebuilt it to last another century,” said Maria Keller, the authority’s chief engineer, on a rainy morning by the river.</p>
  <p>According to the chamber of commerce, shops near the bridge lost a fifth of their customers during the long closure.</p>
</article></main>
<aside id="sl-aside">
  <section class="widget"><h3 class="widget-title">You may also like</h3><div class="list"></div></section>
  <section class="widget"><h3 class="widget-title">Our Company</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p></section>
</aside>
<div id="sl-notice" style="position: fixed; bottom: 0; left: 0; right: 0; background: white">
  This website uses cookies to improve your experience. <button>Accept</button> <button>Reject</button>
</div>"#;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fixture in the page, removed again when dropped (also when a test fails).
struct Mounted(web_sys::Element);

impl Drop for Mounted {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// Puts the fixture into the page, with the extension's hiding rule.
fn mount(html: &str) -> Mounted {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    host.set_id("sl-fixture");
    host.set_inner_html(&format!("<style>[data-sourcelight-hidden]{{display:none!important}}</style>{html}"));
    doc.body().unwrap().append_child(&host).unwrap();
    Mounted(host)
}

fn json(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).map(String::from).unwrap_or_default()
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn highlight_texts(name: &str) -> Vec<String> {
    let css = get(&js_sys::global(), "CSS");
    let registry = get(&css, "highlights");
    let highlight = registry.unchecked_ref::<web_sys::HighlightRegistry>().get(name);
    let Some(h) = highlight else { return Vec::new() };
    let values = js_sys::Reflect::get(&h, &JsValue::from_str("values")).unwrap();
    let iter = values.unchecked_ref::<js_sys::Function>().call0(&h).unwrap();
    js_sys::try_iter(&iter)
        .unwrap()
        .unwrap()
        .map(|r| r.unwrap().unchecked_into::<web_sys::Range>().to_string().as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
fn cleans_highlights_and_restores_exactly() {
    let doc = document();
    let _host = mount(FIXTURE);
    let body = doc.body().unwrap();
    body.style().set_property("overflow", "hidden").unwrap();
    let html_before = doc.document_element().unwrap().outer_html();

    let mut sl = Sourcelight::new(JsValue::UNDEFINED).unwrap();
    let report = sl.run(doc.clone().into()).unwrap();

    let notice = doc.get_element_by_id("sl-notice").unwrap();
    assert_eq!(notice.get_attribute("data-sourcelight-hidden").as_deref(), Some("consent-notice"));
    let removed = js_sys::Array::from(&get(&report, "removed"));
    let kinds: Vec<String> = removed.iter().map(|r| get(&r, "kind").as_string().unwrap()).collect();
    for kind in ["consent-notice", "empty-widget", "placeholder-text"] {
        assert!(kinds.iter().any(|k| k == kind), "no {kind} in {}", json(&report));
    }
    assert_eq!(get(&report, "scrollUnlocked"), JsValue::TRUE);
    assert_ne!(web_sys::window().unwrap().get_computed_style(&body).unwrap().unwrap().get_property_value("overflow-y").unwrap(), "hidden");
    // The article is untouched, and the attribution is highlighted.
    assert!(doc.query_selector("#sl-main [data-sourcelight-hidden]").unwrap().is_none());
    let sources = highlight_texts("sourcelight-source");
    let cues = highlight_texts("sourcelight-cue");
    assert!(sources.iter().any(|s| s == "Maria Keller, the authority’s chief engineer"), "{sources:?}");
    assert!(cues.iter().any(|c| c == "said"), "{cues:?}");
    assert!(cues.iter().any(|c| c == "According to"), "{cues:?}");

    sl.undo();
    assert_eq!(doc.document_element().unwrap().outer_html(), html_before, "undo must restore the page exactly");
    assert!(highlight_texts("sourcelight-source").is_empty());
    body.remove_attribute("style").unwrap();
}

#[wasm_bindgen_test]
fn running_again_applies_only_what_is_new_and_content_brings_a_widget_back() {
    let doc = document();
    let _host = mount(FIXTURE);
    let mut sl = Sourcelight::new(JsValue::UNDEFINED).unwrap();
    sl.run(doc.clone().into()).unwrap();
    let widget_list = doc.query_selector("#sl-aside .list").unwrap().unwrap();
    let widget = widget_list.parent_element().unwrap();
    assert_eq!(widget.get_attribute("data-sourcelight-hidden").as_deref(), Some("empty-widget"));
    // The related list loads a second later: the widget comes back on the next run.
    widget_list.set_inner_html("<ul><li><a href='#'>A real related story</a></li></ul>");
    let report = sl.run(doc.clone().into()).unwrap();
    assert!(widget.get_attribute("data-sourcelight-hidden").is_none());
    assert_eq!(get(&report, "restored").as_f64(), Some(1.0));
    sl.undo();
    assert!(doc.query_selector("[data-sourcelight-hidden]").unwrap().is_none());
}

#[wasm_bindgen_test]
fn options_of_the_wrong_shape_or_name_throw() {
    let parse = |json: &str| {
        Sourcelight::new(js_sys::JSON::parse(json).unwrap()).map(|_| ()).map_err(|e| JsValue::from(e).as_string().unwrap_or_default())
    };
    assert!(parse(r#"{"consent": false, "lang": "de", "rejectClick": true}"#).is_ok());
    assert!(parse("null").is_ok());
    assert!(Sourcelight::new(JsValue::UNDEFINED).is_ok());
    assert!(parse(r#"{"consent": "yes"}"#).is_err());
    assert!(parse("42").is_err());
    let unknown = parse(r#"{"placeholder": false}"#);
    assert!(unknown.is_err(), "a misspelt option must throw");
}

#[wasm_bindgen_test]
fn find_attributions_reports_utf16_offsets() {
    let text = "😀 “No,” said Dmitry Peskov.";
    let found = js_sys::Array::from(&find_attributions(text, Some("en".into())).unwrap());
    assert_eq!(found.length(), 1);
    let a = found.get(0);
    let source = get(&a, "source");
    let (start, end) = (get(&source, "start").as_f64().unwrap() as u32, get(&source, "end").as_f64().unwrap() as u32);
    let js_text = js_sys::JsString::from(text);
    assert_eq!(js_text.substring(start, end), "Dmitry Peskov");
    assert_eq!(get(&a, "sourceKind").as_string().as_deref(), Some("named"));
    assert_eq!(get(&get(&a, "cue"), "text").as_string().as_deref(), Some("said"));
    // No source: null, not undefined.
    let none = js_sys::Array::from(&find_attributions("It was reported that the talks failed.", None).unwrap());
    assert!(get(&none.get(0), "source").is_null());
}

#[wasm_bindgen_test]
fn bad_input_never_throws_and_never_hides_content() {
    let doc = document();
    // Emoji, combining marks and right-to-left script, no article.
    let host = mount("<p>e\u{301}\u{301} 👩🏽‍🚀 مرحبا بالعالم שלום “quoted” said</p><div></div>");
    let mut sl = Sourcelight::new(JsValue::UNDEFINED).unwrap();
    let report = sl.run(doc.clone().into()).unwrap();
    assert_eq!(js_sys::Array::from(&get(&report, "removed")).length(), 0, "{}", json(&report));
    sl.undo();
    drop(host);
    // A 20,000-element page.
    let big = "<div><span>cell</span></div>".repeat(10_000);
    let _host = mount(&big);
    let report = sl.run(doc.clone().into()).unwrap();
    assert_eq!(js_sys::Array::from(&get(&report, "removed")).length(), 0);
    sl.undo();
    // Wrong arguments get clear errors, not traps.
    assert!(sl.run(JsValue::from_str("not a document")).is_err());
    assert!(Sourcelight::new(JsValue::from_str("nonsense")).is_err());
}

#[wasm_bindgen_test]
fn forms_that_clobber_dom_properties_are_read_safely() {
    // `form.id` returns the field named "id" (DOM clobbering; seen on aclu.org).
    let doc = document();
    let _host = mount(
        r#"<form id="search"><input type="hidden" name="id" value="1"><input name="className"><input name="localName"></form><p>The mayor said the plan was sound.</p>"#,
    );
    let mut sl = Sourcelight::new(JsValue::UNDEFINED).unwrap();
    assert!(sl.run(doc.clone().into()).is_ok());
    sl.undo();
}
