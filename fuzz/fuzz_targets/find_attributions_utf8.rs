//! `engine::find_attributions` over arbitrary UTF-8 text and a language choice (none, en, de,
//! fr, or another tag: `findAttributions(text, lang)` as JavaScript calls it).
//!
//! Checks: it never panics; every span (source and cue) has `start < end <= ` the text's UTF-16
//! length, both offsets on UTF-16 boundaries (never between the halves of a surrogate pair), and
//! its `text` is exactly the text's UTF-16 slice `start..end`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcelight::engine::find_attributions;

/// The language tags tried: detection, the three languages with rules, and tags it does not know
/// or spells differently.
const LANGS: [Option<&str>; 9] =
    [None, Some("en"), Some("de"), Some("fr"), Some("en-GB"), Some("DE"), Some("es"), Some(""), Some("x-klingon")];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else { return };
    let lang = LANGS[choice as usize % LANGS.len()];
    let text = String::from_utf8_lossy(bytes);
    let units: Vec<u16> = text.encode_utf16().collect();
    for a in find_attributions(&text, lang) {
        for s in a.source.iter().chain(std::iter::once(&a.cue)) {
            assert!(s.start < s.end && s.end <= units.len(), "{s:?} out of range (length {})", units.len());
            assert!(on_boundary(&units, s.start) && on_boundary(&units, s.end), "{s:?} splits a surrogate pair");
            assert_eq!(String::from_utf16(&units[s.start..s.end]).ok().as_deref(), Some(s.text.as_str()), "{s:?}: not the text's slice");
        }
    }
});

/// Whether `o` is an offset of `units` that does not split a surrogate pair.
fn on_boundary(units: &[u16], o: usize) -> bool {
    o == units.len() || (o < units.len() && !(0xDC00..=0xDFFF).contains(&units[o]))
}
