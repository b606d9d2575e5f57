//! What the fuzz targets (`fuzz/`, `./build.sh fuzz`) found: one test per finding, named after
//! it, with the minimized input inline.
#![cfg(not(target_arch = "wasm32"))]

use sourcelight::decide::patterns::phrase::{words, PatternSet};
use std::sync::mpsc;
use std::time::Duration;

/// Runs `f` on a thread of its own and fails when it takes longer than `secs` (a hang found by the
/// fuzzer must fail the test, not stall the suite).
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || tx.send(f()));
    rx.recv_timeout(Duration::from_secs(secs)).unwrap_or_else(|_| panic!("still running after {secs} s"))
}

/// pattern_parse: a skip of a huge number of words (`~N` takes any number) counted to N even
/// past the end of the text: a hang.
#[test]
fn pattern_skip_of_a_huge_number_of_words_ends_with_the_text() {
    let set = PatternSet::new(&["z ~2222222222022 z x"]).unwrap();
    assert!(!within(10, move || set.is_match(&words("z z"))));
    let set = PatternSet::new(&["z ~18446744073709551615 x"]).unwrap();
    assert!(within(10, move || set.is_match(&words("z a b x"))));
}
