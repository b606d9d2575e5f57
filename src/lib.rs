//! Sourcelight's engine.
//!
//! The folders are the pipeline, and dependencies only point down it:
//! - [`model`]: the page as plain data ([`model::snapshot`], [`model::layout`], [`model::page`])
//!   and what is decided about it ([`model::plan`], [`model::report`]);
//! - [`decide`]: pure decisions over the model: [`decide::main_content`], [`decide::consent`],
//!   [`decide::placeholder`], [`decide::attribution`];
//! - [`engine`]: [`engine::scan`] runs the decisions in order and turns them into a plan and a
//!   report;
//! - `dom` (wasm only): the one layer that touches the browser: reads the snapshot, applies the
//!   plan reversibly and undoes it; `api` (wasm only) is the JavaScript surface.
//!
//! Offsets: the engine works on UTF-8 and reports UTF-16 code units ([`model::span`]).

pub mod decide;
pub mod engine;
pub mod error;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod dom;
