//! Readability's class and id patterns (`REGEXPS` in `Readability.js`, mozilla/readability
//! @ab4027a), as the literal lists they are, matched in one pass each.

use crate::decide::patterns::list::{list, List};
use crate::decide::patterns::literals::Literals;
use std::sync::LazyLock;

/// Readability's class/id patterns (`REGEXPS`), which are alternations of literals: here as the
/// literal lists themselves, matched against the lowercased `class` and `id` (substring match;
/// `words` must equal a whole space-separated word, for Readability's `^hid$| hid$| hid |^hid `).
pub struct ClassPattern {
    pub any: List,
    pub words: &'static [&'static str],
}

impl ClassPattern {
    /// Whether the `class`/`id` text matches (ASCII case-insensitive).
    pub fn is_match(&self, compiled: &Literals, text: &str) -> bool {
        !text.is_empty()
            && (compiled.is_match(text) || text.split_ascii_whitespace().any(|w| self.words.iter().any(|x| x.eq_ignore_ascii_case(w))))
    }

    /// Whether any of `names` (class names, an id) matches: the same as matching them joined by
    /// spaces, since no literal holds a space, without joining them.
    pub fn any_match<'n>(&self, compiled: &Literals, mut names: impl Iterator<Item = &'n str>) -> bool {
        names.any(|name| self.is_match(compiled, name))
    }

    /// The literals as one set (one pass over the text instead of one search per literal).
    fn compile(&self) -> Literals {
        let literals = self.any.to_vec();
        assert!(literals.iter().all(|l| !l.contains(' ')), "class literals hold no space (see any_match)");
        Literals::new(&literals)
    }
}

/// [`UNLIKELY`], [`MAYBE`], [`POSITIVE`], [`NEGATIVE`], compiled once.
pub static COMPILED: LazyLock<[Literals; 4]> =
    LazyLock::new(|| [UNLIKELY.compile(), MAYBE.compile(), POSITIVE.compile(), NEGATIVE.compile()]);

/// `unlikelyCandidates`.
pub const UNLIKELY: ClassPattern = ClassPattern {
    any: list![
        "-ad-",
        "ai2html",
        "banner",
        "breadcrumbs",
        "combx",
        "comment",
        "community",
        "cover-wrap",
        "disqus",
        "extra",
        "footer",
        "gdpr",
        "header",
        "legends",
        "menu",
        "related",
        "remark",
        "replies",
        "rss",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "social",
        "sponsor",
        "supplemental",
        "ad-break",
        "agegate",
        "pagination",
        "pager",
        "popup",
        "yom-remote",
    ],
    words: &[],
};
/// `okMaybeItsACandidate`.
pub const MAYBE: ClassPattern =
    ClassPattern { any: list!["and", "article", "body", "column", "content", "main", "mathjax", "shadow"], words: &[] };
/// `positive`.
pub const POSITIVE: ClassPattern = ClassPattern {
    any: list!["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story"],
    words: &[],
};
/// `negative`.
pub const NEGATIVE: ClassPattern = ClassPattern {
    any: list![
        "-ad-",
        "hidden",
        "banner",
        "combx",
        "comment",
        "com-",
        "contact",
        "footer",
        "gdpr",
        "masthead",
        "media",
        "meta",
        "outbrain",
        "promo",
        "related",
        "scroll",
        "share",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "sponsor",
        "shopping",
        "tags",
        "widget",
    ],
    words: &["hid"],
};
