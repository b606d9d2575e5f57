//! Segmentation cases: sentences, quotations, words; and the proptest that the fast word path
//! equals UAX #29.

use super::*;

fn words(s: &Segmented) -> Vec<String> {
    (0..s.tokens.len()).map(|i| s.word(i).to_string()).collect()
}

fn sentences(s: &Segmented) -> Vec<String> {
    s.sentences.iter().map(|x| s.text[s.tokens[x.first].start..s.tokens[x.end - 1].end].to_string()).collect()
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let s = segment("Mr. Smith met Dr. Jones on Jan. 5 in the U.S. Army base. He left.");
    assert_eq!(sentences(&s), ["Mr. Smith met Dr. Jones on Jan. 5 in the U.S. Army base.", "He left."]);
}

#[test]
fn initialism_before_a_sentence_starter_ends_the_sentence() {
    let s = segment("He moved to the U.S. The next day he left.");
    assert_eq!(sentences(&s), ["He moved to the U.S.", "The next day he left."]);
}

#[test]
fn initials_in_names_do_not_end_sentences() {
    let s = segment("John F. Kennedy said so. Then he left.");
    assert_eq!(sentences(&s), ["John F. Kennedy said so.", "Then he left."]);
}

#[test]
fn line_breaks_end_sentences() {
    let s = segment("Russia seeks aid\nA U.S. official said so.");
    assert_eq!(sentences(&s), ["Russia seeks aid", "A U.S. official said so."]);
}

#[test]
fn doubled_apostrophes_are_quotation_marks() {
    let s = segment("''This isn't reform,'' said Mr. Holtz-Eakin.");
    assert_eq!(s.quotes.len(), 1);
    assert_eq!(s.word(s.quotes[0].close.unwrap()), "''");
}

#[test]
fn curly_quotes_pair_and_mark_quoted_tokens() {
    let s = segment("“We will not,” he said.");
    assert_eq!(s.quotes, [Quote { open: 0, close: Some(5) }]);
    let quoted: Vec<_> = (0..s.tokens.len()).filter(|&i| s.tokens[i].quoted).map(|i| s.word(i)).collect();
    assert_eq!(quoted, ["We", "will", "not", ","]);
}

#[test]
fn german_and_french_quotes_pair() {
    let s = segment("Er sagte: „Das ist gut.“ Elle a dit « non ».");
    assert_eq!(s.quotes.len(), 2);
    assert!(s.quotes.iter().all(|q| q.close.is_some()));
}

#[test]
fn straight_quotes_open_after_space_and_close_after_words() {
    let s = segment("He said \"no way,\" and left.");
    assert_eq!(s.quotes.len(), 1);
    let q = s.quotes[0];
    assert_eq!(s.word(q.open + 1), "no");
    assert_eq!(s.word(q.close.unwrap() - 1), ",");
}

#[test]
fn an_unclosed_quote_runs_to_the_end() {
    let s = segment("“The first paragraph of a long quote.");
    assert_eq!(s.quotes, [Quote { open: 0, close: None }]);
}

#[test]
fn possessives_and_initialisms_stay_whole_words() {
    let s = segment("Putin’s U.S. visit");
    assert_eq!(words(&s), ["Putin’s", "U.S", ".", "visit"]);
}

#[cfg(not(target_arch = "wasm32"))]
mod equivalence {
    use super::super::*;
    use proptest::prelude::*;

    /// The non-white-space UAX #29 segments of `text`, as byte ranges.
    fn uax29(text: &str) -> Vec<(usize, usize)> {
        text.split_word_bound_indices()
            .filter(|(_, p)| !p.chars().next().is_some_and(char::is_whitespace))
            .map(|(i, p)| (i, i + p.len()))
            .collect()
    }

    proptest! {
        /// Cutting at white space first, and taking ASCII alphanumeric chunks whole (and ASCII
        /// punctuation around one run of them, mark by mark), gives the same words as UAX #29
        /// over the whole text, of the same kinds.
        #[test]
        fn chunked_tokens_equal_uax29(text in "[a-zA-Z0-9 .,'’“”\\-\n\u{a0}éüßłǅ×÷😀\u{301}\u{200d}ا\"():;!?_/&$%@#*+=<>\\[\\]{}|~^`\u{1}]{0,80}") {
            let tokens = word_tokens(&text);
            let ours: Vec<(usize, usize)> = tokens.iter().map(|t| (t.start, t.end)).collect();
            prop_assert_eq!(ours, uax29(&text));
            for t in tokens {
                prop_assert_eq!(Some(t.kind), classify(&text[t.start..t.end]), "{:?}", &text[t.start..t.end]);
            }
        }
    }
}

#[test]
fn single_quotes_pair_only_where_they_can_only_be_a_quotation() {
    let quoted = |text: &str| {
        let s = segment(text);
        (0..s.tokens.len()).filter(|&i| s.tokens[i].quoted).map(|i| s.word(i).to_string()).collect::<Vec<_>>().join(" ")
    };
    // A closing mark after a comma or full stop closes, across sentences.
    assert_eq!(quoted("‘We said so. Ministers agreed,’ the spokesman said."), "We said so . Ministers agreed ,");
    // A quotation after a colon may close after a word.
    assert_eq!(quoted("Port chief: 'We are ready'"), "We are ready");
    // Scare quotes, elisions and plural possessives pair with nothing.
    assert_eq!(quoted("So-called ‘experts’ said it would fail."), "");
    assert_eq!(quoted("In the ‘90s the players’ union grew."), "");
    assert_eq!(quoted("'Tis true, the coach said, that the blame was the players', not the fans'."), "");
}
