//! The engine's one error type: an [`Error`] wraps an [`ErrorKind`], one kind per failure, and
//! the input that failed. Rule tables are checked by tests, so at run time these come from what
//! a caller passed: options, a snapshot, a session, a selector or pattern of its own.
//!
//! At the JavaScript edge an error becomes a thrown `Error` whose `kind` property is the kind's
//! name ([`ErrorKind::name`]) and whose message is this error's [`Display`](std::fmt::Display).

use std::fmt;

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A selector with nothing in it.
    SelectorEmpty,
    /// `#` or `.` with no name after it.
    SelectorEmptyName,
    /// A `[` without its `]`.
    SelectorUnclosedBracket,
    /// An attribute test this subset does not support (`[a~=b]`, `[a|=b]`, a bad name).
    SelectorBadAttribute,
    /// Syntax outside the subset (pseudo-classes, `+`, `~`, `,` …).
    SelectorUnsupported,
    /// A combinator with nothing after it (`div >`).
    SelectorDanglingCombinator,
    /// A word pattern's `~N` without a number.
    PatternBadSkip,
    /// A word pattern with an empty or uppercase word.
    PatternBadWord,
    /// A word pattern that does not start with a required slot of whole words.
    PatternBadStart,
    /// An option name the engine does not know (a misspelt option).
    OptionUnknown,
    /// An option of the wrong type.
    OptionBadValue,
    /// A packed snapshot of an unknown format version.
    SnapshotVersion,
    /// A run request of the wrong shape: an unknown key, or a session of the wrong shape.
    RequestBadValue,
    /// A layout answer of the wrong shape.
    LayoutBadValue,
    /// An argument of the wrong type (`findAttributions(42)`).
    InputBadValue,
}

impl ErrorKind {
    /// The kind's name, as JavaScript sees it in `error.kind` (`"selector-unsupported"`).
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SelectorEmpty => "selector-empty",
            ErrorKind::SelectorEmptyName => "selector-empty-name",
            ErrorKind::SelectorUnclosedBracket => "selector-unclosed-bracket",
            ErrorKind::SelectorBadAttribute => "selector-bad-attribute",
            ErrorKind::SelectorUnsupported => "selector-unsupported",
            ErrorKind::SelectorDanglingCombinator => "selector-dangling-combinator",
            ErrorKind::PatternBadSkip => "pattern-bad-skip",
            ErrorKind::PatternBadWord => "pattern-bad-word",
            ErrorKind::PatternBadStart => "pattern-bad-start",
            ErrorKind::OptionUnknown => "option-unknown",
            ErrorKind::OptionBadValue => "option-bad-value",
            ErrorKind::SnapshotVersion => "snapshot-version",
            ErrorKind::RequestBadValue => "request-bad-value",
            ErrorKind::LayoutBadValue => "layout-bad-value",
            ErrorKind::InputBadValue => "input-bad-value",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::SelectorEmpty => "the selector is empty",
            ErrorKind::SelectorEmptyName => "an id or class has no name",
            ErrorKind::SelectorUnclosedBracket => "a [ is not closed",
            ErrorKind::SelectorBadAttribute => "unsupported attribute test (supported: [a], [a=v], [a^=v], [a*=v], [a$=v])",
            ErrorKind::SelectorUnsupported => "unsupported syntax (supported: type, #id, .class, [attr…], descendant and > combinators)",
            ErrorKind::SelectorDanglingCombinator => "a combinator has nothing after it",
            ErrorKind::PatternBadSkip => "~ needs a number",
            ErrorKind::PatternBadWord => "a word is empty or not lowercase",
            ErrorKind::PatternBadStart => "a pattern must start with a required slot of whole words",
            ErrorKind::OptionUnknown => "unknown option",
            ErrorKind::OptionBadValue => "option of the wrong type",
            ErrorKind::SnapshotVersion => "packed snapshot of an unknown format version",
            ErrorKind::RequestBadValue => "bad run request (unknown key, or a session of the wrong shape)",
            ErrorKind::LayoutBadValue => "layout answers of the wrong shape",
            ErrorKind::InputBadValue => "an argument of the wrong type",
        })
    }
}

/// An error: its kind and the input (or the part of it) that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    input: String,
}

impl Error {
    pub fn new(kind: ErrorKind, input: impl Into<String>) -> Error {
        Error { kind, input: input.into() }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The input that failed (a selector, a pattern, an option name, a detail).
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.input.is_empty() {
            write!(f, "sourcelight: {}", self.kind)
        } else {
            write!(f, "sourcelight: {}: {}", self.kind, Quoted(&self.input))
        }
    }
}

/// A string in double quotes, as Rust's `{:?}` writes it for printable text: `\`, `"`, `\n`,
/// `\r`, `\t`, `\0` and the other ASCII control characters escaped (`\u{1b}`), every other
/// character as it is (where `{:?}` would escape a few, such as U+200B). `{:?}` on a string
/// brings Unicode's tables of printable characters into the wasm build: 3.2 KB gzipped, for
/// error messages only.
pub(crate) struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if c.is_ascii_control() => write!(f, "\\u{{{:x}}}", c as u32)?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        f.write_str("\"")
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::Quoted;

    #[test]
    fn quoted_writes_what_debug_writes_for_printable_text_and_ascii_controls() {
        for s in ["", "a.b > c", "say \"hi\"", "back\\slash", "line\nbreak\r\ttab", "nul\0 esc\u{1b} del\u{7f}", "Ärzte – “Zitat” 東京"]
        {
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"), "{s:?}");
        }
    }
}
