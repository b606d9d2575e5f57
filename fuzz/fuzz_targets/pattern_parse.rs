//! `Pattern::parse` and `PatternSet::new` over arbitrary patterns, matched over arbitrary text.
//!
//! Checks: parsing never panics; a set compiles exactly when each of its patterns parses; a
//! compiled set's `is_match` over the words of an arbitrary (lowercased) text never panics, and
//! matches when the text is a pattern's own words (a pattern without `~`, `?` or `*`, whose
//! first alternatives are then the text).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use sourcelight::decide::patterns::phrase::{words, Pattern, PatternSet};

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    patterns: Vec<&'a str>,
    text: &'a str,
}

fuzz_target!(|input: Input| {
    let parsed: Vec<bool> = input.patterns.iter().map(|p| Pattern::parse(p).is_ok()).collect();
    let Ok(set) = PatternSet::new(&input.patterns) else {
        assert!(parsed.contains(&false), "a set of valid patterns failed to compile");
        return;
    };
    assert!(!parsed.contains(&false), "a set with an invalid pattern compiled");
    let lower = input.text.to_lowercase();
    let _ = set.is_match(&words(&lower));
    // A plain pattern matches its own words.
    for p in &input.patterns {
        let plain = !p.contains(['~', '?', '*']);
        let own: String =
            p.split_whitespace().map(|slot| slot.split('|').next().unwrap_or("").replace('_', " ")).collect::<Vec<_>>().join(" ");
        let own_words = words(&own);
        // Words are runs of letters and digits: the check holds only for patterns written in them.
        if plain && own_words.join(" ") == own {
            assert!(set.is_match(&own_words), "{p:?} does not match its own words {own_words:?}");
        }
    }
});
