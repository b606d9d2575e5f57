//! [`Layout`] over the live page: computed style and boxes, read lazily (one JavaScript call per
//! element, `walk.js`'s `styleOf`) and cached.

use super::read::{style_of, Read};
use crate::model::layout::{Computed, Layout, Position, Rect};
use crate::model::snapshot::NodeId;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// Answers layout questions about the nodes of one [`Read`].
pub struct DomLayout<'a> {
    window: web_sys::Window,
    read: &'a Read,
    cache: RefCell<HashMap<NodeId, Option<Computed>>>,
}

impl<'a> DomLayout<'a> {
    pub fn new(window: web_sys::Window, read: &'a Read) -> Self {
        DomLayout { window, read, cache: RefCell::new(HashMap::default()) }
    }

    fn fetch(&self, id: NodeId) -> Option<Computed> {
        let e: web_sys::Element = self.read.node(id)?.dyn_into().ok()?;
        parse_style(&style_of(&e))
    }
}

/// Parses `styleOf`'s packed fields: display, visibility, position, z-index, overflow-x,
/// overflow-y, top, x, y, width, height.
fn parse_style(packed: &str) -> Option<Computed> {
    let f: Vec<&str> = packed.split('\0').collect();
    let [display, visibility, position, z, ox, oy, top, x, y, w, h] = f.as_slice() else { return None };
    let num = |s: &str| s.parse::<f64>().unwrap_or(0.0);
    Some(Computed {
        display_none: *display == "none",
        invisible: matches!(*visibility, "hidden" | "collapse"),
        position: Position::parse(position),
        z_index: z.parse().ok(),
        rect: Rect { x: num(x), y: num(y), width: num(w), height: num(h) },
        overflow_x: ox.to_string(),
        overflow_y: oy.to_string(),
        top: top.to_string(),
        ..Default::default()
    })
}

impl Layout for DomLayout<'_> {
    fn computed(&self, id: NodeId) -> Option<Computed> {
        if let Some(c) = self.cache.borrow().get(&id) {
            return c.clone();
        }
        let c = self.fetch(id);
        self.cache.borrow_mut().insert(id, c.clone());
        c
    }

    fn viewport(&self) -> Rect {
        let num = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        Rect { x: 0.0, y: 0.0, width: num(self.window.inner_width()), height: num(self.window.inner_height()) }
    }
}
