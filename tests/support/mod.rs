//! Shared helpers for native tests and tools.
#![allow(dead_code)]

pub mod consent;
pub mod fixtures;
pub mod html;
pub mod rounds;
pub mod seed;
