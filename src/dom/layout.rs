//! [`Layout`] over the live page: computed style and boxes, read lazily and cached.

use crate::snapshot::{Computed, Layout, NodeId, Position, Rect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// Answers layout questions about the nodes of one [`Read`](super::read::Read).
pub struct DomLayout<'a> {
    window: web_sys::Window,
    nodes: &'a [web_sys::Node],
    cache: RefCell<HashMap<NodeId, Option<Computed>>>,
}

impl<'a> DomLayout<'a> {
    pub fn new(window: web_sys::Window, nodes: &'a [web_sys::Node]) -> Self {
        DomLayout { window, nodes, cache: RefCell::new(HashMap::new()) }
    }

    fn read(&self, id: NodeId) -> Option<Computed> {
        let e: &web_sys::Element = self.nodes.get(id)?.dyn_ref()?;
        let style = self.window.get_computed_style(e).ok()??;
        let get = |p: &str| style.get_property_value(p).unwrap_or_default();
        let r = e.get_bounding_client_rect();
        Some(Computed {
            display_none: get("display") == "none",
            invisible: matches!(get("visibility").as_str(), "hidden" | "collapse"),
            position: Position::parse(&get("position")),
            z_index: get("z-index").parse().ok(),
            rect: Rect { x: r.x(), y: r.y(), width: r.width(), height: r.height() },
            overflow_x: get("overflow-x"),
            overflow_y: get("overflow-y"),
            top: get("top"),
        })
    }
}

impl Layout for DomLayout<'_> {
    fn computed(&self, id: NodeId) -> Option<Computed> {
        if let Some(c) = self.cache.borrow().get(&id) {
            return c.clone();
        }
        let c = self.read(id);
        self.cache.borrow_mut().insert(id, c.clone());
        c
    }

    fn viewport(&self) -> Rect {
        let num = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        Rect { x: 0.0, y: 0.0, width: num(self.window.inner_width()), height: num(self.window.inner_height()) }
    }
}
