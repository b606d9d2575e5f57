//! Applies a [`Plan`] to the live page and records how to undo it.

use super::read::Read;
use super::{CUE_HIGHLIGHT, HIDDEN_ATTR, SOURCE_HIGHLIGHT};
use crate::model::plan::{Plan, Role, ScrollUnlock};
use crate::model::snapshot::NodeId;
use wasm_bindgen::{JsCast, JsValue};

/// One inline style property that was forced, and what it was before.
struct StyleChange {
    element: web_sys::HtmlElement,
    property: String,
    old_value: String,
    old_priority: String,
    /// Whether the element had a `style` attribute before the first change.
    had_style_attribute: bool,
}

/// What has been applied to the page, in order, so that [`Applied::undo`] restores it exactly.
#[derive(Default)]
pub struct Applied {
    hidden: Vec<web_sys::Element>,
    styles: Vec<StyleChange>,
    highlighted: bool,
}

impl Applied {
    /// Whether anything is applied.
    pub fn is_empty(&self) -> bool {
        self.hidden.is_empty() && self.styles.is_empty() && !self.highlighted
    }

    /// Hides, restores, unlocks and highlights as the plan says. `nodes` are the live nodes of
    /// the snapshot the plan was made from; `restore` lists elements hidden earlier whose content
    /// has arrived; `full`: the plan covers the whole page, so its highlights replace the current
    /// ones (a partial plan leaves them).
    pub fn apply(&mut self, plan: &Plan, restore: &[NodeId], read: &Read, window: &web_sys::Window, full: bool) {
        let element = |id: NodeId| read.node(id).and_then(|n| n.dyn_into::<web_sys::Element>().ok());
        // Reject clicks first, so that the CMP records the choice before its notice is hidden.
        for &id in &plan.click {
            if let Some(e) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                e.click();
            }
        }
        for h in &plan.hide {
            if let Some(e) = element(h.node) {
                self.hide(&e, h.kind);
            }
        }
        for &id in restore {
            let Some(e) = element(id) else { continue };
            let _ = e.remove_attribute(HIDDEN_ATTR);
            self.hidden.retain(|h| *h != e);
        }
        if let Some(u) = &plan.unlock {
            self.unlock(u, window);
        }
        if full {
            self.highlight(plan, read);
        }
    }

    /// Hides one element (marks it with the removal kind).
    pub fn hide(&mut self, e: &web_sys::Element, kind: crate::model::plan::RemovalKind) {
        if !e.has_attribute(HIDDEN_ATTR) && e.set_attribute(HIDDEN_ATTR, kind.as_str()).is_ok() {
            self.hidden.push(e.clone());
        }
    }

    fn unlock(&mut self, u: &ScrollUnlock, window: &web_sys::Window) {
        let Some(doc) = window.document() else { return };
        let targets = [(doc.document_element(), &u.html), (doc.body().map(Into::into), &u.body)];
        for (element, props) in targets {
            let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            let had_style_attribute = element.has_attribute("style");
            let style = element.style();
            for (property, value) in props {
                let old_value = style.get_property_value(property).unwrap_or_default();
                let old_priority = style.get_property_priority(property);
                if style.set_property_with_priority(property, value, "important").is_ok() {
                    self.styles.push(StyleChange {
                        element: element.clone(),
                        property: property.clone(),
                        old_value,
                        old_priority,
                        had_style_attribute,
                    });
                }
            }
        }
        if let Some(y) = u.restore_y {
            window.scroll_to_with_x_and_y(window.scroll_x().unwrap_or(0.0), y);
        }
    }

    /// Replaces Sourcelight's highlights with the plan's. Needs the CSS Custom Highlight API
    /// (Chrome 105+, Firefox 140+); without it, highlights are skipped.
    fn highlight(&mut self, plan: &Plan, read: &Read) {
        let Some(registry) = highlight_registry() else { return };
        let (Ok(source), Ok(cue)) = (web_sys::Highlight::new(&[]), web_sys::Highlight::new(&[])) else { return };
        let Some(doc) = read.node(0).and_then(|n| n.owner_document()) else { return };
        for h in &plan.highlights {
            let (Some(a), Some(b)) = (read.node(h.start.node), read.node(h.end.node)) else { continue };
            let Ok(range) = doc.create_range() else { continue };
            // Offsets out of range (the page changed since the snapshot) make these fail: skip.
            if range.set_start(&a, h.start.offset as u32).is_err() || range.set_end(&b, h.end.offset as u32).is_err() {
                continue;
            }
            let target = if h.role == Role::Source { &source } else { &cue };
            target.add(&range);
        }
        registry.set(SOURCE_HIGHLIGHT, &source);
        registry.set(CUE_HIGHLIGHT, &cue);
        self.highlighted = true;
    }

    /// Undoes everything, newest first: highlights, style changes, hidden elements.
    pub fn undo(&mut self) {
        if self.highlighted {
            if let Some(registry) = highlight_registry() {
                registry.delete(SOURCE_HIGHLIGHT);
                registry.delete(CUE_HIGHLIGHT);
            }
            self.highlighted = false;
        }
        for c in self.styles.drain(..).rev() {
            let style = c.element.style();
            if c.old_value.is_empty() {
                let _ = style.remove_property(&c.property);
            } else {
                let _ = style.set_property_with_priority(&c.property, &c.old_value, &c.old_priority);
            }
            if !c.had_style_attribute && style.length() == 0 {
                let _ = c.element.remove_attribute("style");
            }
        }
        for e in self.hidden.drain(..).rev() {
            let _ = e.remove_attribute(HIDDEN_ATTR);
        }
    }
}

/// `CSS.highlights`, if this browser has it.
fn highlight_registry() -> Option<web_sys::HighlightRegistry> {
    let css = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).ok()?;
    let registry = js_sys::Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    (!registry.is_undefined() && !registry.is_null()).then(|| registry.unchecked_into())
}
