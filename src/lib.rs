//! Sourcelight's engine.
//!
//! Tour, in the order data flows:
//! - [`snapshot`]: the page as plain data (elements, text), read once by the DOM layer or built
//!   from HTML in tests; [`page`] adds per-node counts and lazy layout;
//! - [`engine`]: [`engine::scan`] decides, as pure Rust, what to hide and what to highlight, and
//!   why; it calls, in order, [`main_content`], [`consent`], [`placeholder`] and
//!   [`attribution`] (through [`blocks`], which maps text back to nodes);
//! - [`plan`] and [`report`]: the decisions (what the page layer must do) and what the reader and
//!   the tests see;
//! - `dom` (wasm only): the one layer that touches the browser: reads the [`snapshot`], applies
//!   the [`plan`] reversibly and undoes it; `api` (wasm only) is the JavaScript surface.
//!
//! Offsets: the engine works on UTF-8 and reports UTF-16 code units ([`span`]).

pub mod attribution;
pub mod blocks;
pub mod consent;
pub mod engine;
pub mod main_content;
pub mod page;
pub mod phrase;
pub mod placeholder;
pub mod plan;
pub mod report;
pub mod selector;
pub mod snapshot;
pub mod span;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod dom;
