//! The engine's JavaScript face in real browsers (`wasm-pack test --headless --chrome` /
//! `--firefox`): the values JavaScript passes and gets back, offsets in UTF-16 code units, and
//! errors that name their kind. (The page side, which reads and changes pages, is tested end to
//! end with the built extension: `tests/e2e/`.)
#![cfg(target_arch = "wasm32")]

use sourcelight::api::{find_attributions, warm_up, Run};
use sourcelight::model::packed;
use sourcelight::model::snapshot::{Element, NodeData, Snapshot};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn json(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).map(String::from).unwrap_or_default()
}

fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap()
}

/// A page: an article of three paragraphs and a fixed consent notice with two buttons.
fn page() -> String {
    let mut s = Snapshot::default();
    let el = |tag: &str, id: &str, style: &str| {
        let attrs = if style.is_empty() { vec![] } else { vec![("style".to_string(), style.to_string())] };
        NodeData::Element(Element { tag: tag.into(), id: id.into(), attrs, ..Default::default() })
    };
    let html = s.push(None, el("html", "", ""));
    let body = s.push(Some(html), el("body", "", ""));
    let article = s.push(Some(body), el("article", "", ""));
    for text in [
        "The harbour bridge reopened to traffic on Tuesday, three years after engineers closed it, the transport authority said.",
        "“We have rebuilt it to last another century,” said Maria Keller, the authority’s chief engineer, on a rainy morning.",
        "According to the chamber of commerce, shops near the bridge lost a fifth of their customers during the closure.",
    ] {
        let p = s.push(Some(article), el("p", "", ""));
        s.push(Some(p), NodeData::Text(text.into()));
    }
    let notice = s.push(Some(body), el("div", "notice", "position: fixed"));
    s.push(Some(notice), NodeData::Text("This website uses cookies to improve your experience. ".into()));
    for label in ["Accept", "Reject"] {
        let b = s.push(Some(notice), el("button", "", ""));
        s.push(Some(b), NodeData::Text(label.into()));
    }
    packed::encode(&s)
}

/// A layout answer (see `Computed::from_packed`): a rendered box with this `position`.
fn style(position: &str) -> String {
    [
        "block", "visible", "1", position, "auto", "visible", "visible", "auto", "auto", "auto", "auto", "16px", "400", "0", "0", "600",
        "80", "80", "80",
    ]
    .join("\0")
}

#[wasm_bindgen_test]
fn a_run_asks_for_layout_then_decides_and_returns_its_session() {
    let packed = page();
    let mut run = Run::new(&packed, parse(r#"{"viewport": {"width": 1280, "height": 800}}"#)).unwrap();
    let mut step = run.decide(JsValue::UNDEFINED).unwrap();
    let mut rounds = 0;
    while !get(&step, "need").is_undefined() {
        let answers = js_sys::Object::new();
        for id in js_sys::Array::from(&get(&step, "need")).iter() {
            let position = if id.as_f64() == Some(9.0) { "fixed" } else { "static" };
            js_sys::Reflect::set(&answers, &id, &JsValue::from_str(&style(position))).unwrap();
        }
        step = run.decide(answers.into()).unwrap();
        rounds += 1;
    }
    assert!(rounds >= 1, "the notice's position is layout: {}", json(&step));
    let outcome = get(&step, "outcome");
    let hide = js_sys::Array::from(&get(&get(&outcome, "plan"), "hide"));
    assert_eq!(hide.length(), 1, "{}", json(&outcome));
    assert_eq!(get(&hide.get(0), "kind").as_string().as_deref(), Some("consent-notice"));
    let attributions = js_sys::Array::from(&get(&get(&outcome, "report"), "attributions"));
    assert_eq!(attributions.length(), 3);
    // The session goes back with the next run, as the content script sends it.
    let request = js_sys::Object::new();
    js_sys::Reflect::set(&request, &"session".into(), &get(&step, "session")).unwrap();
    js_sys::Reflect::set(&request, &"partial".into(), &JsValue::TRUE).unwrap();
    assert!(Run::new(&packed, request.into()).is_ok());
}

/// The warm-up drives its page through `Run` as the background drives a page's: its request and
/// layout answers must read as a page's do.
#[wasm_bindgen_test]
fn the_warm_up_runs_its_page_through_a_run() {
    assert!(warm_up().is_ok(), "{:?}", warm_up().err().map(|e| json(&get(&e, "message"))));
}

#[wasm_bindgen_test]
fn errors_name_their_kind() {
    let kind = |r: Result<Run, JsValue>| r.err().map(|e| get(&e, "kind").as_string().unwrap_or_default());
    let packed = page();
    assert_eq!(kind(Run::new(&packed, parse(r#"{"options": {"placeholder": false}}"#))).as_deref(), Some("option-unknown"));
    assert_eq!(kind(Run::new(&packed, parse(r#"{"options": {"consent": "yes"}}"#))).as_deref(), Some("option-bad-value"));
    assert_eq!(kind(Run::new(&packed, parse(r#"{"sesion": null}"#))).as_deref(), Some("request-bad-value"));
    assert_eq!(kind(Run::new(&packed, parse(r#"{"session": 42}"#))).as_deref(), Some("request-bad-value"));
    assert_eq!(kind(Run::new("E\0html\0", JsValue::NULL)).as_deref(), Some("snapshot-version"));
    assert_eq!(kind(Run::new(&packed, parse(r#"{"options": {"consent": false, "lang": "de", "rejectClick": true}}"#))), None);
    let mut run = Run::new(&packed, JsValue::NULL).unwrap();
    let bad = run.decide(parse(r#"{"x": "block"}"#)).err().unwrap();
    assert_eq!(get(&bad, "kind").as_string().as_deref(), Some("layout-bad-value"));
}

/// Requests are read by the engine's own reader (`api::de`), which says what was wrong as
/// serde-wasm-bindgen did, numbers included, without Rust's float formatting.
#[wasm_bindgen_test]
fn a_bad_request_says_what_it_got_and_what_was_expected() {
    let message = |request: &str| Run::new(&page(), parse(request)).err().map(|e| get(&e, "message").as_string().unwrap_or_default());
    let said = message(r#"{"options": {"consent": 1.5}}"#).unwrap_or_default();
    assert!(said.contains("invalid type: floating point `1.5`, expected a boolean"), "{said}");
    let said = message(r#"{"options": {"consent": 1e21}}"#).unwrap_or_default();
    assert!(said.contains("floating point `1000000000000000000000.0`"), "{said}");
    let said = message(r#"{"options": {"lang": ["de"]}}"#).unwrap_or_default();
    assert!(said.contains("invalid type: JsValue(") && said.contains("expected a string"), "{said}");
    let said = message(r#"{"viewport": {"width": "wide", "height": 800}}"#).unwrap_or_default();
    assert!(said.contains(r#"invalid type: string \"wide\", expected f64"#), "{said}");
    assert_eq!(message(r#"{"viewport": {"width": 1280, "height": 800}, "options": {"lang": "de"}}"#), None);
}

#[wasm_bindgen_test]
fn find_attributions_reports_utf16_offsets() {
    let text = "😀 “No,” said Dmitry Peskov.";
    let found = js_sys::Array::from(&find_attributions(text.into(), "en".into()).unwrap());
    assert_eq!(found.length(), 1);
    let a = found.get(0);
    let source = get(&a, "source");
    let (start, end) = (get(&source, "start").as_f64().unwrap() as u32, get(&source, "end").as_f64().unwrap() as u32);
    assert_eq!(js_sys::JsString::from(text).substring(start, end), "Dmitry Peskov");
    assert_eq!(get(&a, "sourceKind").as_string().as_deref(), Some("named"));
    assert_eq!(get(&get(&a, "cue"), "text").as_string().as_deref(), Some("said"));
    // No source: null, not undefined.
    let none = js_sys::Array::from(&find_attributions("It was reported that the talks failed.".into(), JsValue::UNDEFINED).unwrap());
    assert!(get(&none.get(0), "source").is_null());
    // Arguments of the wrong type throw with their kind, never trap.
    let kind = |r: Result<JsValue, JsValue>| r.err().map(|e| get(&e, "kind").as_string().unwrap_or_default());
    assert_eq!(kind(find_attributions(JsValue::from_f64(42.0), JsValue::UNDEFINED)).as_deref(), Some("input-bad-value"));
    assert_eq!(kind(find_attributions("He said so.".into(), JsValue::from_f64(7.0))).as_deref(), Some("input-bad-value"));
}

/// Decides on `packed`, answering every layout question with `answer(id)`.
fn decide_all(packed: &str, answer: impl Fn(f64) -> String) -> JsValue {
    let mut run = Run::new(packed, parse(r#"{"viewport": {"width": 1280, "height": 800}}"#)).unwrap();
    let mut step = run.decide(JsValue::UNDEFINED).unwrap();
    while !get(&step, "need").is_undefined() {
        let answers = js_sys::Object::new();
        for id in js_sys::Array::from(&get(&step, "need")).iter() {
            js_sys::Reflect::set(&answers, &id, &JsValue::from_str(&answer(id.as_f64().unwrap()))).unwrap();
        }
        step = run.decide(answers.into()).unwrap();
    }
    get(&step, "outcome")
}

#[wasm_bindgen_test]
fn a_frame_that_is_only_a_notice_says_so() {
    let mut s = Snapshot::default();
    let html = s.push(None, NodeData::Element(Element { tag: "html".into(), ..Default::default() }));
    let body = s.push(Some(html), NodeData::Element(Element { tag: "body".into(), ..Default::default() }));
    s.push(Some(body), NodeData::Text("We use cookies to measure our audience. ".into()));
    let b = s.push(Some(body), NodeData::Element(Element { tag: "button".into(), ..Default::default() }));
    s.push(Some(b), NodeData::Text("Accept all".into()));
    let notice = decide_all(&packed::encode(&s), |_| style("static"));
    assert_eq!(get(&notice, "frameIsNotice"), JsValue::TRUE);
    // An article with a cookie notice under it is not a notice.
    let article = decide_all(&page(), |id| style(if id == 9.0 { "fixed" } else { "static" }));
    assert_eq!(get(&article, "frameIsNotice"), JsValue::FALSE);
}
