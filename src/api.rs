//! The JavaScript face of the engine (wasm only): conversion between JavaScript values and the
//! engine's Rust types, nothing else. The engine never touches a page: the extension's content
//! script reads the page into a packed snapshot and applies the outcome (`extension/content/`).
//!
//! ```js
//! import init, { Run, findAttributions } from './pkg/sourcelight.js';
//! await init({ module_or_path: wasmBytesOrUrl });
//! findAttributions('“No,” said Dmitry Peskov.', 'en');
//! // → [{ source: {start: 11, end: 24, text: 'Dmitry Peskov'}, cue: {start: 6, end: 10, text: 'said'},
//! //      sourceKind: 'named', entity: 0 }]
//! const run = new Run(packed, { session, options, env, partial, viewport });
//! let step = run.decide({});                       // {need: [ids]} or {outcome, session}
//! while (step.need) step = run.decide(answersFor(step.need));
//! run.free();
//! ```
//! Offsets are UTF-16 code units (JavaScript string indices). Errors are thrown as `Error`s whose
//! `kind` names the [`ErrorKind`] and whose message says what was wrong.

use crate::engine::run::{self, Step};
use crate::engine::session::{Env, Session};
use crate::engine::{self, Options};
use crate::error::{Error, ErrorKind};
use crate::model::layout::{Computed, Rect};
use crate::model::packed;
use crate::model::snapshot::NodeId;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

mod de;

/// A thrown `Error` with `kind` set to the error kind's name.
fn js_error(e: Error) -> JsValue {
    let error = js_sys::Error::new(&e.to_string());
    error.set_name("SourcelightError");
    let _ = js_sys::Reflect::set(&error, &"kind".into(), &e.kind().name().into());
    error.into()
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true);
    // Our types serialize without failure (no maps with non-string keys, no 128-bit numbers).
    value.serialize(&ser).unwrap_or(JsValue::NULL)
}

/// Reads a JavaScript value into `T` (`undefined` and `null` give the default). [`de`] reads
/// only the fields a struct has, so unknown keys are checked here, against `T`'s own field
/// names: `unknown` is the error kind for them, `kind` for a value of the wrong shape.
fn from_js<T: for<'de> Deserialize<'de> + Default>(value: JsValue, kind: ErrorKind, unknown: ErrorKind) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        let known = field_names::<T>();
        for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
            if !known.contains(&key.as_str()) {
                return Err(js_error(Error::new(unknown, format!("{key} (known: {})", known.join(", ")))));
            }
        }
    }
    de::from_value(value).map_err(|e| js_error(Error::new(kind, e.to_string())))
}

/// The field names serde gives struct `T` (camelCase where it says so): the one list of them.
fn field_names<T: for<'de> Deserialize<'de>>() -> &'static [&'static str] {
    struct Names(&'static [&'static str]);
    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("stop")
        }
    }
    impl std::error::Error for Stop {}
    impl serde::de::Error for Stop {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Stop
        }
    }
    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = Stop;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = fields;
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit unit_struct
            newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut names = Names(&[]);
    let _ = T::deserialize(&mut names);
    names.0
}

/// Finds attributions in plain text. `lang` is a BCP 47 tag ("en", "de", "fr"); without it the
/// language is detected. Returns `[{source: Span|null, cue: Span, sourceKind, entity}]`, offsets
/// in UTF-16 code units of `text`. Throws (kind `input-bad-value`) when `text` is not a string or
/// `lang` is neither a string nor missing.
#[wasm_bindgen(js_name = findAttributions)]
pub fn find_attributions(text: JsValue, lang: JsValue) -> Result<JsValue, JsValue> {
    let bad = |what: &str| js_error(Error::new(ErrorKind::InputBadValue, what));
    let text = text.as_string().ok_or_else(|| bad("text must be a string"))?;
    let lang =
        if lang.is_undefined() || lang.is_null() { None } else { Some(lang.as_string().ok_or_else(|| bad("lang must be a string"))?) };
    Ok(to_js(&engine::find_attributions(&text, lang.as_deref())))
}

/// Runs the engine once over a small page of its own and drops the result (see
/// `src/engine/warm.rs`): a freshly loaded engine's first pass pays for compiling its code and
/// building its tables, and this pays it before a page's run needs the engine. The page goes
/// through [`Run`] as a page's run does, so that the code reading its request and layout answers
/// from JavaScript values, and turning its outcome into them, is compiled too (run directly, that
/// was 30 KB of code compiled on the first page after the warm-up). Throws only on a bug: the
/// warm-up page or its request not read as a page's would be (the background logs it).
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() -> Result<(), JsValue> {
    warm_up_page()?;
    let _ = to_js(&engine::warm::other_languages());
    Ok(())
}

/// The warm-up page through [`Run`], as the background drives a page's run: the request with the
/// page side's env, layout answered round by round, the session read back.
fn warm_up_page() -> Result<(), JsValue> {
    use engine::warm;
    let viewport = Viewport { width: warm::VIEWPORT.width, height: warm::VIEWPORT.height };
    let request = to_js(&WarmUpRequest { env: warm::env(), viewport });
    let mut run = Run::new(&warm::packed_page(), request)?;
    let mut answers = JsValue::UNDEFINED;
    loop {
        let step = run.decide(answers)?;
        let need = js_sys::Reflect::get(&step, &"need".into())?;
        if need.is_undefined() {
            let session = js_sys::Reflect::get(&step, &"session".into())?.as_string().unwrap_or_default();
            return Session::from_text(&session).map(drop).map_err(js_error);
        }
        let need = js_sys::Array::from(&need);
        let ids = need.iter().filter_map(|id| id.as_f64()).map(|id| id as NodeId);
        let answered: std::collections::HashMap<String, &str> = ids.map(|id| (id.to_string(), warm::layout_answer(id))).collect();
        answers = to_js(&answered);
    }
}

/// The request of [`warm_up_page`]'s run (a [`Request`] with these fields set).
#[derive(Serialize)]
struct WarmUpRequest {
    env: Env,
    viewport: Viewport,
}

/// The second argument of `new Run(packed, request)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
struct Request {
    /// The session the last run returned (`null` for the first run on a document): opaque
    /// text, see [`Session::to_text`].
    session: Option<String>,
    /// Read on its own (see [`Run::new`]), for the errors of its own kinds.
    options: serde::de::IgnoredAny,
    env: Env,
    /// Whether `packed` is a partial read of added nodes.
    partial: bool,
    /// The viewport in CSS px.
    viewport: Viewport,
    /// Copies of watched notices the page side hid since the last run: `[index, count]` pairs.
    again: Vec<(usize, u32)>,
}

#[derive(Deserialize, Serialize, Default)]
#[serde(default)]
struct Viewport {
    width: f64,
    height: f64,
}

/// What `Run.decide` returns when it is done.
#[derive(Serialize)]
struct Done<'a> {
    outcome: &'a engine::session::Outcome,
    /// The session as text ([`Session::to_text`]), for the next run on the same document.
    session: String,
}

#[derive(Serialize)]
struct Need {
    need: Vec<NodeId>,
}

/// One run of the engine over one read of a page: decides, asking the page side for the layout
/// of the elements it needs (see [`Run::decide`]).
#[wasm_bindgen]
pub struct Run(run::Run);

#[wasm_bindgen]
impl Run {
    /// `packed`: a packed snapshot (format: `src/model/packed.rs`). `request`: `{session?,
    /// options?, env?: {baseline?, noticeFrames?, noticeElsewhere?}, partial?, viewport?:
    /// {width, height}, again?: [[index, count]]}`, `session` the opaque string the last run
    /// returned. Throws on a snapshot of another format version, a session that is not one
    /// (kind `request-bad-value`), or options with an unknown name or a wrong type.
    #[wasm_bindgen(constructor)]
    pub fn new(packed: &str, request: JsValue) -> Result<Run, JsValue> {
        let mut snapshot = packed::decode(packed).map_err(js_error)?;
        let options = match js_sys::Reflect::get(&request, &"options".into()) {
            Ok(v) => from_js(v, ErrorKind::OptionBadValue, ErrorKind::OptionUnknown)?,
            Err(_) => Options::default(),
        };
        let req: Request = from_js(request, ErrorKind::RequestBadValue, ErrorKind::RequestBadValue)?;
        req.env.apply_to(&mut snapshot);
        let mut session = match &req.session {
            Some(text) => Session::from_text(text).map_err(js_error)?,
            None => Session::default(),
        };
        for (index, count) in req.again {
            session.hidden_again(index, count);
        }
        let viewport = Rect { x: 0.0, y: 0.0, width: req.viewport.width, height: req.viewport.height };
        Ok(Run(run::Run::new(snapshot, session, options, req.env, req.partial, viewport)))
    }

    /// Decides with the layout answered so far plus `answers` (`{[id]: packedStyle | null}`, see
    /// `Computed::from_packed`). Returns `{need: [ids]}` when it needs the layout of more
    /// elements, or `{outcome: {plan, restore, watch, rehide, rules, report, frameIsNotice}, session}` when done
    /// (`session`: an opaque string, to send back with the next run on the same document).
    pub fn decide(&mut self, answers: JsValue) -> Result<JsValue, JsValue> {
        let answers: std::collections::HashMap<String, Option<String>> = if answers.is_undefined() || answers.is_null() {
            Default::default()
        } else {
            de::from_value(answers).map_err(|e| js_error(Error::new(ErrorKind::LayoutBadValue, e.to_string())))?
        };
        for (id, packed) in answers {
            let id: NodeId = id.parse().map_err(|_| js_error(Error::new(ErrorKind::LayoutBadValue, id)))?;
            self.0.answer(id, packed.as_deref().and_then(Computed::from_packed));
        }
        Ok(match self.0.step() {
            Step::Need(need) => to_js(&Need { need }),
            Step::Done(outcome) => to_js(&Done { outcome: &outcome, session: self.0.session().to_text() }),
        })
    }
}
