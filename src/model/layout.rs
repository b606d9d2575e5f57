//! Layout: what decisions ask the browser about a few elements (computed style and boxes), and
//! the scroll state of `<html>` and `<body>` as the page styles them itself (the baseline).
//!
//! Reading layout costs, so it is asked, never pushed: decisions call [`Layout::computed`] for the
//! elements they care about. The page side answers from the browser; tests and native tools
//! answer from inline styles ([`InlineLayout`]).

pub use super::inline_layout::InlineLayout;
use super::snapshot::NodeId;

/// Computed `overflow` and `position` of `<html>` and `<body>` at one moment.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ScrollBaseline {
    pub html: BoxScroll,
    pub body: BoxScroll,
}

/// The scroll-relevant computed style of one element, as CSS keywords.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct BoxScroll {
    pub overflow_x: String,
    pub overflow_y: String,
    pub position: String,
    /// Empty when `position` is `static` (the page side does not read it then: it moves only a
    /// positioned box); releasing a fixed lock puts `top` back to it, or to `auto`. In Chrome
    /// the computed value (`10px`, `auto`, `50%`), elsewhere the resolved one.
    pub top: String,
}

/// `position` as far as decisions care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Position {
    #[default]
    Static,
    Relative,
    Absolute,
    Fixed,
    Sticky,
}

impl Position {
    pub fn parse(s: &str) -> Position {
        match s.trim() {
            "relative" => Position::Relative,
            "absolute" => Position::Absolute,
            "fixed" => Position::Fixed,
            "sticky" | "-webkit-sticky" => Position::Sticky,
            _ => Position::Static,
        }
    }
}

/// A box in CSS pixels, relative to the viewport.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn area(&self) -> f64 {
        self.width.max(0.0) * self.height.max(0.0)
    }
}

/// The computed style and box of one element, as far as decisions care.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Computed {
    /// `display: none` (the element renders nothing).
    pub display_none: bool,
    /// `visibility: hidden|collapse`.
    pub invisible: bool,
    /// `opacity: 0`. Not part of [`Computed::rendered`]: Sourcelight's own prehide stylesheet
    /// (`extension/content/prehide.js`) makes known notices transparent before the engine has
    /// seen them.
    pub transparent: bool,
    pub position: Position,
    /// `z-index` when it is an integer.
    pub z_index: Option<i32>,
    pub rect: Rect,
    pub overflow_x: String,
    pub overflow_y: String,
    /// Computed `top`, e.g. `"-120px"` or `"auto"`.
    pub top: String,
    /// Computed `touch-action` (`"auto"`, `"none"`, …): `none` on `<html>`/`<body>` is a lock on
    /// touch screens.
    pub touch_action: String,
    /// Computed `overscroll-behavior-y` (`"auto"`, `"contain"`, `"none"`).
    pub overscroll_y: String,
    /// Computed `pointer-events: none` (clicks go through the element).
    pub pointer_events_none: bool,
    /// Computed `font-size` in CSS px (0 when unknown).
    pub font_size: f64,
    /// Computed `font-weight` (400 normal, 700 bold; 0 when unknown).
    pub font_weight: u16,
    /// The element's `scrollHeight` and `clientHeight` in CSS px: a scroll container whose content
    /// is taller than its box scrolls inside the page (an app-like layout).
    pub scroll_height: f64,
    pub client_height: f64,
}

/// The fields of a packed layout answer, in order (see [`Computed::from_packed`]).
pub const PACKED_FIELDS: [&str; 19] = [
    "display",
    "visibility",
    "opacity",
    "position",
    "z-index",
    "overflow-x",
    "overflow-y",
    "top",
    "touch-action",
    "overscroll-behavior-y",
    "pointer-events",
    "font-size",
    "font-weight",
    "x",
    "y",
    "width",
    "height",
    "scrollHeight",
    "clientHeight",
];

impl Computed {
    /// Parses one layout answer of the page side: the [`PACKED_FIELDS`] of an element, each
    /// ended by U+0000, CSS values as `getComputedStyle` gives them and the box from
    /// `getBoundingClientRect`, `scrollHeight` and `clientHeight` (CSS px). `None` when the
    /// answer does not have all the fields; a number that does not parse reads as 0.
    pub fn from_packed(packed: &str) -> Option<Computed> {
        let f: Vec<&str> = packed.split('\0').collect();
        let [display, visibility, opacity, position, z, ox, oy, top, touch, overscroll, pointer, font_size, weight, x, y, w, h, sh, ch, ..] =
            f.as_slice()
        else {
            return None;
        };
        let num = |s: &str| css_number(s.trim_end_matches("px")).filter(|v| v.is_finite()).unwrap_or(0.0);
        Some(Computed {
            display_none: *display == "none",
            invisible: matches!(*visibility, "hidden" | "collapse"),
            transparent: css_number(opacity) == Some(0.0),
            position: Position::parse(position),
            z_index: z.parse().ok(),
            rect: Rect { x: num(x), y: num(y), width: num(w), height: num(h) },
            overflow_x: ox.to_string(),
            overflow_y: oy.to_string(),
            top: top.to_string(),
            touch_action: touch.to_string(),
            overscroll_y: overscroll.to_string(),
            pointer_events_none: *pointer == "none",
            font_size: num(font_size),
            font_weight: weight.parse().unwrap_or(0),
            scroll_height: num(sh),
            client_height: num(ch),
        })
    }

    /// Whether the element itself takes part in rendering.
    pub fn rendered(&self) -> bool {
        !self.display_none && !self.invisible
    }
}

/// Access to computed layout. The DOM layer reads it lazily from the browser; tests derive it
/// from inline styles ([`InlineLayout`]).
pub trait Layout {
    /// The computed style of element `id`; `None` for text nodes or when unavailable.
    fn computed(&self, id: NodeId) -> Option<Computed>;
    /// The viewport size in CSS pixels.
    fn viewport(&self) -> Rect;
}

/// A [`Layout`] from the page side's answers: the elements asked so far have their answer; an
/// element not yet asked reads as unknown (`None`) and is recorded ([`AnsweredLayout::take_missing`]),
/// so that the caller can ask the page for it and decide again. Decisions are pure, so deciding
/// again with more answers gives the decisions a page-side oracle would have given.
#[derive(Default)]
pub struct AnsweredLayout {
    pub viewport: Rect,
    answers: rustc_hash::FxHashMap<NodeId, Option<Computed>>,
    missing: std::cell::RefCell<Vec<NodeId>>,
    /// Set by [`AnsweredLayout::close`]: no more answers will come.
    closed: std::cell::Cell<bool>,
}

impl AnsweredLayout {
    pub fn new(viewport: Rect) -> Self {
        AnsweredLayout { viewport, ..Default::default() }
    }

    /// Records the answer for element `id` (`None`: the element is gone or is not an element).
    pub fn answer(&mut self, id: NodeId, computed: Option<Computed>) {
        self.answers.insert(id, computed);
    }

    /// No more answers will come (the run is out of rounds): from now on an element without an
    /// answer reads as not rendered, so that nothing is hidden whose layout was never seen (an
    /// unknown element otherwise reads as unknown, which the rules take as shown).
    pub fn close(&self) {
        self.closed.set(true);
    }

    /// Whether element `id` has its answer.
    pub fn is_answered(&self, id: NodeId) -> bool {
        self.answers.contains_key(&id)
    }

    /// The elements asked for without an answer since the last call, in the order asked, each
    /// once.
    pub fn take_missing(&self) -> Vec<NodeId> {
        let mut missing = std::mem::take(&mut *self.missing.borrow_mut());
        let mut seen = rustc_hash::FxHashSet::default();
        missing.retain(|id| seen.insert(*id));
        missing
    }
}

impl Layout for AnsweredLayout {
    fn computed(&self, id: NodeId) -> Option<Computed> {
        match self.answers.get(&id) {
            Some(c) => c.clone(),
            None if self.closed.get() => Some(Computed { display_none: true, ..Default::default() }),
            None => {
                self.missing.borrow_mut().push(id);
                None
            }
        }
    }

    fn viewport(&self) -> Rect {
        self.viewport
    }
}

/// A CSS number as `getComputedStyle` writes it ("12", "-3.5", "1e-05"); `None` otherwise. Not
/// `str::parse::<f64>`: that brings core's correctly rounded parser and its tables into the wasm
/// (16 KB, 13 KB gzipped), and CSS pixel values need no more than a double's plain arithmetic
/// (within 1e-12 of it, relative; tested).
pub fn css_number(s: &str) -> Option<f64> {
    let (neg, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = |d: &str| d.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
    let v = (digits(int) + digits(frac) / 10f64.powi(frac.len() as i32)) * 10f64.powi(exp);
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_answers_parse_and_missing_ones_are_recorded() {
        let packed = [
            "block",
            "visible",
            "1",
            "fixed",
            "2147483647",
            "hidden",
            "auto",
            "-120px",
            "none",
            "contain",
            "auto",
            "14.5px",
            "700",
            "0",
            "10.5",
            "1280",
            "90",
            "900",
            "800",
        ]
        .join("\0");
        let c = Computed::from_packed(&packed).unwrap();
        assert_eq!((c.position, c.z_index, c.overflow_x.as_str(), c.top.as_str()), (Position::Fixed, Some(i32::MAX), "hidden", "-120px"));
        assert_eq!((c.font_size, c.font_weight, c.rect.y, c.scroll_height), (14.5, 700, 10.5, 900.0));
        assert!(c.rendered() && !c.pointer_events_none);
        let transparent = Computed::from_packed(&packed.replacen("\u{0}1\u{0}", "\u{0}0\u{0}", 1)).unwrap();
        assert!(transparent.transparent && transparent.rendered(), "opacity 0 is what the prehide stylesheet does: still rendered");
        assert_eq!(Computed::from_packed("block\0visible"), None);

        let mut layout = AnsweredLayout::new(Rect { x: 0.0, y: 0.0, width: 1280.0, height: 800.0 });
        layout.answer(1, Some(c));
        assert!(layout.computed(1).is_some());
        assert!(layout.computed(2).is_none() && layout.computed(3).is_none() && layout.computed(2).is_none());
        assert_eq!(layout.take_missing(), [2, 3]);
        assert!(layout.take_missing().is_empty());
    }

    #[test]
    fn css_numbers_read_as_the_standard_parser_reads_them() {
        for s in ["0", "12", "-3.5", "+7", "1.", ".25", "0.1", "1280.671875", "-600", "1e-05", "2.5E3", "123456789.123456789"] {
            let (ours, std) = (css_number(s).unwrap(), s.parse::<f64>().unwrap());
            assert!((ours - std).abs() <= std.abs() * 1e-12, "{s}: {ours} vs {std}");
        }
        for s in ["", "-", ".", "px", "12px", "1.2.3", "e5", "1e", "auto", "inf", "NaN", "1 2"] {
            assert_eq!(css_number(s), None, "{s:?}");
        }
    }
}
