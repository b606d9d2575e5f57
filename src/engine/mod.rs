//! The engine: one scan of a page, read as the pipeline it is.
//!
//! ```text
//! Snapshot + Layout ─► Page (counts) ─► main content ─► consent ─► placeholders ─► attribution
//!                                                                                     │
//!                                                                 Plan (apply/undo) ◄─┴─► Report
//! ```
//! Everything here is pure: the same snapshot and layout give the same plan. The DOM layer reads
//! the page before and applies the plan after.
//!
//! Two entry points: [`scan`] reads a whole page; [`scan_added`] reads only nodes added since,
//! with what the last full scan learned ([`Learned`]), so that following a changing page costs in
//! proportion to the change.

use crate::decide::attribution;
use crate::decide::attribution::blocks;
use crate::decide::attribution::entities::{self, Mention};
use crate::decide::consent;
use crate::decide::main_content::{self, MainContent};
use crate::decide::placeholder;
use crate::model::layout::Layout;
use crate::model::page::Page;
use crate::model::plan::{Highlight, Plan, Role};
use crate::model::report::{AttributionReport, Removed, Report, Source, REPORT_TEXT_CHARS};
use crate::model::snapshot::{NodeId, Snapshot};
use crate::model::span::{ByteSpan, Utf16Map};
pub use options::Options;

/// Attribution reads at most this much of one block (bytes): a paragraph longer than this is
/// not prose a reader reads as one (a 10 MB text node is a hostile page, not an article).
pub const MAX_BLOCK_BYTES: usize = 16 * 1024;
/// Attribution reads at most this much text per run (bytes, about 500 pages of a book).
pub const MAX_ATTRIBUTION_BYTES: usize = 1 << 20;
/// At most this many highlights per run (a source and a cue each); more is not reading help.
pub const MAX_HIGHLIGHTS: usize = 4000;

pub mod keep;
pub mod options;
pub mod run;
pub mod session;
pub mod text;
pub mod warm;

/// What a full scan learned about the page, for the partial scans that follow.
#[derive(Clone, Debug, Default)]
pub struct Learned {
    pub main: MainContent,
    /// The page's text length (chars, whitespace excluded).
    pub total_chars: u32,
    /// Whether a consent notice was found.
    pub notice_present: bool,
}

/// The decisions of one scan and what they report.
#[derive(Debug, Default)]
pub struct Scan {
    pub plan: Plan,
    pub report: Report,
    /// Elements hidden earlier that should come back (their content arrived).
    pub restore: Vec<NodeId>,
    /// Elements to watch for changes of their own attributes (see `consent::Findings::pending`).
    pub watch: Vec<NodeId>,
    pub learned: Learned,
    /// Whether the page, as a whole, is a consent notice: a CMP's own frame, or a frame that
    /// holds nothing but notice frames (a wrapper around one). Only full scans say so.
    pub frame_is_notice: bool,
}

/// Scans a whole page: decides what to hide, what to restore and what to highlight.
pub fn scan(snap: &Snapshot, layout: &dyn Layout, options: &Options) -> Scan {
    scan_knowing(&Page::new(snap, layout), options, false)
}

/// [`scan`], told whether a consent notice is known to be on the page elsewhere (in one of its
/// frames), so that a scroll lock may be its doing.
pub fn scan_knowing(page: &Page, options: &Options, notice_known: bool) -> Scan {
    scan_with_main(page, main_content::find(page), options, notice_known)
}

/// [`scan_knowing`] with the page's main content already found: it reads no layout, so a run
/// that scans one snapshot in rounds ([`run`]) finds it once (finding it again in each round
/// was 3 % of deciding the 129 recorded pages, natively).
pub fn scan_with_main(page: &Page, main: MainContent, options: &Options, notice_known: bool) -> Scan {
    let mut out = decide(page, &main, options, notice_known);
    if options.attribution {
        attribute(page, &main, options, &mut out);
    }
    out.learned = Learned { main, total_chars: page.total_chars(), notice_present: out.learned.notice_present };
    out.frame_is_notice = (consent::frame_is_notice(page) && all_prose_is_consent(page)) || holds_only_notice_frames(page);
    out
}

/// Adds the attributions to a full scan made without them (`options.attribution` off), in the
/// main content it found: the same as scanning with them, for a run that scans in rounds
/// ([`run`]) and needs them only once.
pub fn add_attributions(page: &Page, options: &Options, out: &mut Scan) {
    let main = std::mem::take(&mut out.learned.main);
    attribute(page, &main, options, out);
    out.learned.main = main;
}

/// A paragraph at least this long (chars) is prose a reader reads.
const PROSE_CHARS: u32 = 80;

/// Whether every paragraph of prose on the page speaks of consent (a notice's own frame), so
/// that a short article frame with a cookie line under it is never taken for a notice.
fn all_prose_is_consent(page: &Page) -> bool {
    let snap = page.snap;
    (0..snap.nodes.len())
        .filter(|&id| snap.tag(id) == "p" && page.counts(id).chars >= PROSE_CHARS)
        .all(|id| consent::vocabulary::has_trigger(&snap.text_content(id)))
}

/// Whether the page has no text and no media but its notice frames.
fn holds_only_notice_frames(page: &Page) -> bool {
    let snap = page.snap;
    let Some(body) = snap.body else { return false };
    let c = page.counts(body);
    !snap.notice_frames.is_empty() && c.chars == 0 && c.media as usize <= snap.notice_frames.len()
}

/// Scans a partial snapshot of added nodes (read by `readAdded` in `extension/content/walk.js`): consent notices and
/// placeholders only. `known` is what the last full scan learned, with its main content mapped
/// into this snapshot. Attribution waits for the next full scan.
pub fn scan_added(page: &Page, options: &Options, known: &Learned) -> Scan {
    let page = page.clone().with_total_chars(known.total_chars);
    let snap = page.snap;
    let mut out = decide(&page, &known.main, options, known.notice_present);
    out.learned.notice_present |= known.notice_present;
    // Text added inside the article: its attributions wait for a full scan.
    out.report.stale =
        (0..snap.nodes.len()).any(|id| snap.text(id).is_some_and(|t| !t.trim().is_empty()) && known.main.contains(&page, id));
    out
}

/// Consent and placeholders: the hiding decisions.
fn decide(page: &Page, main: &MainContent, options: &Options, notice_known: bool) -> Scan {
    let snap = page.snap;
    let mut out = Scan::default();
    let mut taken: Vec<NodeId> = Vec::new();
    if options.consent {
        let found = consent::detect(page, main, notice_known, options.reject_click);
        taken.extend(found.hide.iter().map(|h| h.node));
        out.plan.hide.extend(found.hide);
        out.plan.click = found.click;
        out.plan.close = found.close;
        out.watch = found.pending;
        out.plan.unlock = found.unlock;
        out.learned.notice_present = found.notice_present;
    }
    if options.placeholders {
        let found = placeholder::detect(page, main, &taken);
        out.plan.hide.extend(found.hide);
        out.restore = found.restore;
        out.report.restored = out.restore.len();
    }
    keep::apply(snap, options, &mut out.plan);
    out.report.scroll_unlocked = out.plan.unlock.is_some();
    out.report.removed = out
        .plan
        .hide
        .iter()
        .map(|h| Removed {
            kind: h.kind,
            reason: h.reason.clone(),
            text: snap.text_content(h.node).chars().take(REPORT_TEXT_CHARS).collect(),
            rule: h.rule.clone(),
            handle: snap.handle(h.node),
            signature: keep::signature(snap, h.node),
            again: 0,
        })
        .collect();
    out
}

/// Where attribution is looked for: the main content, plus the page's headline; without a main
/// content, every paragraph of the body.
fn attribution_roots(page: &Page, main: &MainContent) -> Vec<NodeId> {
    let snap = page.snap;
    let mut roots = Vec::new();
    let h1 = (0..snap.nodes.len()).find(|&i| snap.tag(i) == "h1" && !main.contains(page, i));
    roots.extend(h1);
    if main.roots.is_empty() {
        roots.extend((0..snap.nodes.len()).filter(|&i| snap.tag(i) == "p" && !snap.ancestors(i).any(|a| snap.tag(a) == "p")));
    } else {
        roots.extend(main.roots.iter().copied());
    }
    roots
}

fn attribute(page: &Page, main: &MainContent, options: &Options, out: &mut Scan) {
    let snap = page.snap;
    let roots = attribution_roots(page, main);
    let blocks = blocks::collect(page, &roots, &|id| main.excludes(id));
    // One language for the page: the option, <html lang>, or detection on the article's text.
    let sample: String = blocks.iter().take(8).map(|b| b.text.as_str()).collect::<Vec<_>>().join(" ");
    let tag = options.lang.as_deref().or(snap.lang.as_deref());
    let Some(lang) = attribution::Lang::resolve(tag, &sample) else { return };
    let mut budget = MAX_ATTRIBUTION_BYTES;
    let mut paragraphs = Vec::new();
    'blocks: for (paragraph, block) in blocks.iter().enumerate() {
        let text = prefix(&block.text, MAX_BLOCK_BYTES.min(budget));
        out.report.attribution_truncated |= text.len() < block.text.len();
        budget -= text.len();
        if text.is_empty() {
            break;
        }
        let found = find_visible(text, Some(lang.code()));
        if found.is_empty() {
            continue;
        }
        let map = Utf16Map::new(text);
        for a in found {
            let index = out.report.attributions.len();
            if out.plan.highlights.len() + 2 > MAX_HIGHLIGHTS {
                out.report.attribution_truncated = true;
                break 'blocks;
            }
            let mut push = |role, s: ByteSpan| {
                if let (Some(start), Some(end)) = (block.point(page, s.start, false), block.point(page, s.end, true)) {
                    out.plan.highlights.push(Highlight { role, start, end, attribution: index });
                }
            };
            push(Role::Cue, a.cue);
            if let Some(s) = a.source {
                push(Role::Source, s);
            }
            out.report.attributions.push(AttributionReport::new(&map, text, &a));
            paragraphs.push(paragraph);
        }
    }
    out.report.sources = who_is_who(&mut out.report.attributions, &paragraphs);
}

/// Groups the sources of `attributions` (in reading order; `paragraphs[i]` is the block of
/// attribution `i`) into entities: sets each attribution's entity and returns the sources.
fn who_is_who(attributions: &mut [AttributionReport], paragraphs: &[usize]) -> Vec<Source> {
    let mentions: Vec<Mention> = attributions
        .iter()
        .zip(paragraphs)
        .map(|(a, &paragraph)| Mention {
            source: a.source.as_ref().map(|s| s.text.as_str()),
            kind: a.source_kind,
            cue: &a.cue.text,
            paragraph,
        })
        .collect();
    let grouping = entities::group(&mentions);
    for (a, entity) in attributions.iter_mut().zip(grouping.of) {
        a.entity = entity;
    }
    grouping.entities.into_iter().map(|e| Source { name: e.name, kind: e.kind, count: e.count, cues: e.cues }).collect()
}

/// The longest prefix of `text` of at most `max` bytes that ends on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// What `findAttributions(text, lang)` returns: the attributions of `text` with UTF-16 spans.
/// `lang`: a BCP 47 tag, or `None` to detect the language from the text.
pub fn find_attributions(text: &str, lang: Option<&str>) -> Vec<AttributionReport> {
    let map = Utf16Map::new(text);
    let mut found: Vec<AttributionReport> = find_visible(text, lang).iter().map(|a| AttributionReport::new(&map, text, a)).collect();
    let paragraphs = vec![0; found.len()];
    who_is_who(&mut found, &paragraphs);
    found
}

/// The attributions of `text`, found in its visible characters ([`text::Visible`]), with byte
/// spans into `text` itself.
pub fn find_visible(text: &str, lang: Option<&str>) -> Vec<attribution::Attribution> {
    let visible = text::Visible::new(text);
    let mut found = attribution::find(&visible.text, lang);
    for a in &mut found {
        a.cue = visible.original(a.cue);
        a.source = a.source.map(|s| visible.original(s));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_inside_words_and_names_are_read_through() {
        let text = "The plan is ready, the mayor sa\u{200B}id on Monday.";
        let found = find_attributions(text, Some("en"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].cue.text, "sa\u{200B}id on Monday");
        assert_eq!(found[0].source.as_ref().unwrap().text, "the mayor");
        let emoji = "The clinic will reopen, 👩\u{200D}⚕\u{FE0F} Dr. Amal Haddad said on Monday.";
        assert_eq!(find_attributions(emoji, Some("en"))[0].source.as_ref().unwrap().text, "Dr. Amal Haddad");
    }

    #[test]
    fn astral_chars_count_two_units() {
        let found = find_attributions("😀 A U.S. official said so.", Some("en"));
        let source = found[0].source.as_ref().unwrap();
        assert_eq!((source.start, source.end, source.text.as_str()), (3, 18, "A U.S. official"));
        assert_eq!((found[0].cue.start, found[0].cue.end), (19, 23));
    }
}

// proptest is a native dev-dependency: this module does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Whether `o` is a UTF-16 offset of `units` that does not split a surrogate pair.
    fn on_boundary(units: &[u16], o: usize) -> bool {
        o == units.len() || (o < units.len() && !(0xDC00..=0xDFFF).contains(&units[o]))
    }

    proptest! {
        /// `findAttributions` offsets are always in range, on UTF-16 boundaries, and cover the
        /// text they report, whatever the text and the language.
        #[test]
        fn spans_are_utf16_boundaries_in_range(
            text in "([A-Za-z]{1,8}|said|sagte|laut|selon|a déclaré|according to|“|”|„|«|»|‘|’|'|\\.|,|:|―| |\n|😀|👩‍👩‍👧|é|e\u{301}|שלום|مرحبا|𝔘|\u{200d}){0,60}",
            lang in prop::sample::select(vec![None, Some("en"), Some("de"), Some("fr")]),
        ) {
            let units: Vec<u16> = text.encode_utf16().collect();
            for a in find_attributions(&text, lang) {
                for s in a.source.iter().chain(std::iter::once(&a.cue)) {
                    prop_assert!(s.start < s.end && s.end <= units.len(), "{s:?} out of range");
                    prop_assert!(on_boundary(&units, s.start) && on_boundary(&units, s.end), "{s:?} splits a pair");
                    prop_assert_eq!(&String::from_utf16(&units[s.start..s.end]).unwrap(), &s.text);
                }
            }
        }
    }
}
