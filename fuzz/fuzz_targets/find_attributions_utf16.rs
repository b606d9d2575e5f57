//! `engine::find_attributions` over arbitrary UTF-16 code units, unpaired surrogates included: a
//! JavaScript string as wasm-bindgen hands it to a `&str` parameter (`String::from_utf16_lossy`,
//! one U+FFFD per unpaired unit, so the UTF-16 length stays that of the JavaScript string).
//!
//! Checks: it never panics; every span has `start < end <=` the JavaScript string's length, both
//! offsets on its boundaries (never between the halves of one of its surrogate pairs), and its
//! `text` is the JavaScript string's slice `start..end` as wasm-bindgen would convert it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcelight::engine::find_attributions;

const LANGS: [Option<&str>; 5] = [None, Some("en"), Some("de"), Some("fr"), Some("es")];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else { return };
    let lang = LANGS[choice as usize % LANGS.len()];
    let js: Vec<u16> = bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect();
    let text = String::from_utf16_lossy(&js);
    assert_eq!(text.encode_utf16().count(), js.len(), "the lossy conversion keeps the UTF-16 length");
    for a in find_attributions(&text, lang) {
        for s in a.source.iter().chain(std::iter::once(&a.cue)) {
            assert!(s.start < s.end && s.end <= js.len(), "{s:?} out of range (length {})", js.len());
            assert!(on_boundary(&js, s.start) && on_boundary(&js, s.end), "{s:?} splits a surrogate pair");
            assert_eq!(String::from_utf16_lossy(&js[s.start..s.end]), s.text, "{s:?}: not the string's slice");
        }
    }
});

/// Whether `o` is an offset of `units` that does not split a surrogate pair (a low surrogate
/// after a high one); an unpaired surrogate is a unit of its own.
fn on_boundary(units: &[u16], o: usize) -> bool {
    if o == 0 || o == units.len() {
        return o <= units.len();
    }
    o < units.len() && !((0xD800..=0xDBFF).contains(&units[o - 1]) && (0xDC00..=0xDFFF).contains(&units[o]))
}
