//! [`InlineLayout`]: layout answered from inline styles, for native tests and tools, where no
//! browser computes styles (the page side answers from the browser: `extension/content/layout.js`).

use super::layout::{Computed, Layout, Position, Rect};
use super::snapshot::{NodeId, Snapshot};

/// A [`Layout`] from inline `style` attributes and the `hidden` attribute only, for tests and
/// native tools, where no browser computes styles. Boxes are estimated: an element is 300×100
/// unless its inline `height`/`min-height` says otherwise; a fixed element with `inset: 0` (or
/// 100% / 100vw × 100vh) covers the viewport; `<html>` is the viewport and `<body>` as tall as its
/// content. Content height is estimated from the text (8×24 px per character over the box's
/// width) or the tallest inline height (with its vertical padding) inside; only `<html>`, `<body>` and elements whose
/// `overflow-y` is not `visible` report a `scroll_height` beyond their box. Text is 16px normal
/// unless `font-size`/`font-weight` say otherwise.
pub struct InlineLayout<'a> {
    pub snapshot: &'a Snapshot,
    pub viewport: Rect,
}

impl<'a> InlineLayout<'a> {
    /// Area one character of text takes in the content-height estimate (8 px wide, 24 px line).
    const CHAR_AREA: f64 = 8.0 * 24.0;
    /// The box every other element gets.
    const DEFAULT_BOX: Rect = Rect { x: 0.0, y: 0.0, width: 300.0, height: 100.0 };

    /// One inline `style` declaration's value, lowercased, without `!important`.
    fn declared(style: &str, prop: &str) -> Option<String> {
        style.split(';').find_map(|decl| {
            let (k, v) = decl.split_once(':')?;
            (k.trim().eq_ignore_ascii_case(prop)).then(|| v.replace("!important", "").trim().to_ascii_lowercase())
        })
    }

    /// A length in CSS px: `px` as is, `%`/`vh` of `full`.
    fn length(v: &str, full: f64) -> Option<f64> {
        let v = v.trim();
        if let Some(n) = v.strip_suffix("px") {
            n.trim().parse().ok()
        } else if let Some(n) = v.strip_suffix('%').or_else(|| v.strip_suffix("vh")).or_else(|| v.strip_suffix("vw")) {
            n.trim().parse::<f64>().ok().map(|p| p / 100.0 * full)
        } else {
            v.parse().ok().filter(|n: &f64| *n == 0.0)
        }
    }

    /// `padding-top` plus `padding-bottom` in px (from the longhands or the `padding` shorthand).
    fn vertical_padding(style: &str) -> f64 {
        let px = |v: &str| Self::length(v, 0.0).unwrap_or(0.0);
        let shorthand: Vec<String> =
            Self::declared(style, "padding").map(|v| v.split_whitespace().map(str::to_string).collect()).unwrap_or_default();
        let (top, bottom) = match shorthand.as_slice() {
            [all] => (px(all), px(all)),
            [vertical, _] => (px(vertical), px(vertical)),
            [top, _, bottom, ..] => (px(top), px(bottom)),
            _ => (0.0, 0.0),
        };
        let long = |prop: &str, fallback: f64| Self::declared(style, prop).map_or(fallback, |v| px(&v));
        long("padding-top", top) + long("padding-bottom", bottom)
    }

    pub fn new(snapshot: &'a Snapshot) -> Self {
        InlineLayout { snapshot, viewport: Rect { x: 0.0, y: 0.0, width: 1280.0, height: 800.0 } }
    }

    /// The height of `id`'s content laid out `width` px wide: its text, or the tallest inline
    /// height inside, whichever is more.
    fn content_height(&self, id: NodeId, width: f64) -> f64 {
        let snap = self.snapshot;
        let (mut chars, mut tallest) = (0usize, 0.0f64);
        for d in snap.descendants(id).skip(1) {
            if let Some(t) = snap.text(d) {
                chars += t.chars().filter(|c| !c.is_whitespace()).count();
            } else if let Some(style) = snap.element(d).and_then(|e| e.attr("style")) {
                let px = |prop: &str| Self::declared(style, prop).and_then(|v| Self::length(&v, self.viewport.height));
                let own = px("height").into_iter().chain(px("min-height")).fold(0.0, f64::max);
                tallest = tallest.max(own + Self::vertical_padding(style));
            }
        }
        (chars as f64 * Self::CHAR_AREA / width.max(1.0)).max(tallest)
    }
}

impl Layout for InlineLayout<'_> {
    fn computed(&self, id: NodeId) -> Option<Computed> {
        let e = self.snapshot.element(id)?;
        let style = e.attr("style").unwrap_or("");
        let get = |prop: &str| Self::declared(style, prop);
        let overflow = get("overflow").unwrap_or_else(|| "visible".into());
        let overflow_y = get("overflow-y").unwrap_or_else(|| overflow.clone());
        let position = Position::parse(&get("position").unwrap_or_default());
        let full = |prop: &str| get(prop).is_some_and(|v| matches!(v.as_str(), "100%" | "100vw" | "100vh"));
        let inset_0 = get("inset").is_some_and(|v| v == "0" || v == "0px");
        let fixed_full = position == Position::Fixed && (inset_0 || (full("width") && full("height")));
        let own_height =
            ["height", "min-height"].iter().filter_map(|p| get(p).and_then(|v| Self::length(&v, self.viewport.height))).reduce(f64::max);
        let root = Some(id) == self.snapshot.html;
        let body = Some(id) == self.snapshot.body;
        let width = if root || body { self.viewport.width } else { Self::DEFAULT_BOX.width };
        // Only <html>, <body> and boxes that clip or scroll report their content's height.
        let content = (root || body || overflow_y != "visible").then(|| self.content_height(id, width));
        let rect = if fixed_full || root {
            self.viewport
        } else if body {
            Rect { height: own_height.or(content).unwrap_or(0.0), width, ..Self::DEFAULT_BOX }
        } else {
            Rect { height: own_height.unwrap_or(Self::DEFAULT_BOX.height), ..Self::DEFAULT_BOX }
        };
        let scroll_height = content.map_or(rect.height, |c| rect.height.max(c));
        Some(Computed {
            display_none: get("display").is_some_and(|d| d == "none") || e.attr("hidden").is_some(),
            invisible: get("visibility").is_some_and(|v| v == "hidden"),
            transparent: get("opacity").is_some_and(|o| o == "0"),
            position,
            z_index: get("z-index").and_then(|z| z.parse().ok()),
            rect,
            overflow_x: get("overflow-x").unwrap_or(overflow),
            overflow_y,
            top: get("top").unwrap_or_else(|| "auto".into()),
            touch_action: get("touch-action").unwrap_or_else(|| "auto".into()),
            overscroll_y: get("overscroll-behavior-y").or_else(|| get("overscroll-behavior")).unwrap_or_else(|| "auto".into()),
            pointer_events_none: get("pointer-events").is_some_and(|v| v == "none"),
            font_size: get("font-size").and_then(|v| v.strip_suffix("px").and_then(|n| n.trim().parse().ok())).unwrap_or(16.0),
            font_weight: get("font-weight")
                .and_then(|v| match v.as_str() {
                    "bold" | "bolder" => Some(700),
                    "normal" | "lighter" => Some(400),
                    n => n.parse().ok(),
                })
                .unwrap_or(400),
            scroll_height,
            client_height: rect.height,
        })
    }

    fn viewport(&self) -> Rect {
        self.viewport
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::snapshot::{Element, NodeData};

    #[test]
    fn inline_layout_reads_style_and_hidden() {
        let mut s = Snapshot::default();
        let mut e = Element { tag: "div".into(), ..Default::default() };
        e.attrs.push(("style".into(), "position: fixed; z-index: 999; overflow:hidden".into()));
        let d = s.push(None, NodeData::Element(e));
        let mut h = Element { tag: "div".into(), ..Default::default() };
        h.attrs.push(("hidden".into(), String::new()));
        let hid = s.push(None, NodeData::Element(h));
        let layout = InlineLayout::new(&s);
        let c = layout.computed(d).unwrap();
        assert_eq!((c.position, c.z_index, c.overflow_y.as_str()), (Position::Fixed, Some(999), "hidden"));
        assert!(layout.computed(hid).unwrap().display_none);
    }
}
