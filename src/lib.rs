//! Sourcelight's engine.
//!
//! The folders are the pipeline, and dependencies only point down it:
//! - [`model`]: the page as plain data ([`model::snapshot`], [`model::layout`], [`model::page`])
//!   and what is decided about it ([`model::plan`], [`model::report`]);
//! - [`decide`]: pure decisions over the model: [`decide::main_content`], [`decide::consent`],
//!   [`decide::placeholder`], [`decide::attribution`];
//! - [`engine`]: [`engine::scan`] runs the decisions in order and turns them into a plan and a
//!   report;
//! - `api` (wasm only): the JavaScript face: conversion between JavaScript values and these
//!   types, nothing else.
//!
//! The engine never touches a page. The extension's content script reads the page into a packed
//! snapshot ([`model::packed`]) and applies the outcome reversibly (`extension/content/`); the
//! engine runs in the extension's background, where WebAssembly is allowed whatever the page's
//! content security policy.
//!
//! Offsets: the engine works on UTF-8 and reports UTF-16 code units ([`model::span`]).

pub mod decide;
pub mod engine;
pub mod error;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod api;
