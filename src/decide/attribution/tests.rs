//! Internals that the data-driven cases of `tests/data/attribution/*.toml` (run by
//! `tests/attribution.rs`) do not reach.

use super::words::COMPILED;

#[test]
fn verb_forms_of_every_spelling() {
    let form = |w: &str| COMPILED.forms.get(w).map(|f| (f.base, f.past, f.participle, f.gerund));
    // (base, past, participle only, gerund)
    assert_eq!(form("criticises"), Some((false, false, false, false)));
    assert_eq!(form("criticise"), Some((true, false, false, false)));
    assert_eq!(form("spoke"), Some((false, true, false, false)));
    assert_eq!(form("written"), Some((false, true, true, false)));
    assert_eq!(form("signalled"), Some((false, true, false, false)));
    assert_eq!(form("saying"), Some((false, false, false, true)));
}

#[test]
fn phrases_are_indexed_by_every_first_word() {
    // "{be}" phrases start with any form of "to be", "{lemma}" phrases with any form of the verb.
    for w in ["it", "according", "pointed", "points", "declined"] {
        assert!(COMPILED.phrases_from(w).next().is_some(), "no phrase starts with {w:?}");
    }
    assert!(COMPILED.phrases_from("report").next().is_none());
}
