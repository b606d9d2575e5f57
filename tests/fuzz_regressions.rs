//! What the fuzz targets (`fuzz/`, `./build.sh fuzz`) found: one test per finding, named after
//! it, with the minimized input inline.
#![cfg(not(target_arch = "wasm32"))]

use sourcelight::decide::patterns::phrase::{words, PatternSet};
use sourcelight::engine::find_attributions;
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

/// Every span `findAttributions` returns is non-empty, in range, and covers the text it reports.
fn assert_spans_valid(text: &str, lang: Option<&str>) {
    let units: Vec<u16> = text.encode_utf16().collect();
    for a in find_attributions(text, lang) {
        for s in a.source.iter().chain(std::iter::once(&a.cue)) {
            assert!(s.start < s.end && s.end <= units.len(), "{s:?} out of range");
            assert_eq!(String::from_utf16(&units[s.start..s.end]).ok().as_deref(), Some(s.text.as_str()));
        }
    }
}

/// find_attributions_utf8: German "laut" followed by a capitalised "Et" (or "ET") made a source
/// of no tokens, and so a reversed byte span (start after end): a panic in `ByteSpan::new` in
/// debug builds, and at `text[start..end]` (`Utf16Map::span`) in release builds, the wasm engine
/// included. In the German/French matcher, left to its rewrite.
#[test]
#[ignore = "fuzz finding: de_fr np_after returns an empty source range for \"laut Et\" (attribution rules are being rewritten)"]
fn german_laut_before_the_conjunction_et_makes_no_empty_source() {
    assert_spans_valid("laut Et", Some("de"));
    assert_spans_valid("Die Zahl stieg laut Et al. um drei Prozent.", Some("de"));
}
