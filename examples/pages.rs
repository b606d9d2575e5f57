//! Runs the engine natively over Readability's test pages and prints, per page, what it removed
//! and how long the scan took: `cargo run --release --example pages [-- [--attributions] <slug>...]`.
//! With `--attributions`, each attribution follows as `[source] <cue> kind`.
//!
//! Like the browser test (`tests/e2e/readability-pages.test.mjs`), it checks that every chunk of
//! the article's text (the innermost blocks of `expected.html`) that is on the page stays there
//! once the removed elements are taken out; a page that loses some says `LOST` with the chunks,
//! and the last line counts the pages that keep all their text.
//! (Layout comes from inline styles only; the browsers run the real thing: `./build.sh test`.)

#[path = "../tests/support/html.rs"]
mod html;

use scraper::{Html, Selector};
use sourcelight::engine::{scan, Options};
use sourcelight::model::layout::InlineLayout;
use sourcelight::model::snapshot::{NodeId, Snapshot};
use std::path::Path;
use std::time::Instant;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/readability-pages");
    let mut wanted: Vec<String> = std::env::args().skip(1).collect();
    let show_attributions = wanted.iter().any(|a| a == "--attributions");
    wanted.retain(|a| a != "--attributions");
    let mut slugs: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|s| wanted.is_empty() || wanted.contains(s))
        .collect();
    slugs.sort();
    let (mut kept, mut pages) = (0, 0);
    for slug in slugs {
        let html = std::fs::read_to_string(dir.join(&slug).join("source.html")).unwrap_or_default();
        let snap = html::snapshot(&html);
        let depth = (0..snap.nodes.len()).map(|i| snap.ancestors(i).count()).max().unwrap_or(0);
        let layout = InlineLayout::new(&snap);
        let t = Instant::now();
        let s = scan(&snap, &layout, &Options::default());
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let removed: Vec<String> = s.report.removed.iter().map(|r| format!("{}: {:.50}", r.kind.as_str(), r.text)).collect();
        let expected = std::fs::read_to_string(dir.join(&slug).join("expected.html")).unwrap_or_default();
        let hidden: Vec<NodeId> = s.plan.hide.iter().map(|h| h.node).collect();
        let lost = lost_chunks(&snap, &hidden, &expected);
        println!(
            "{slug:44} {:6} nodes, depth {depth:4}, {ms:6.2} ms, {} attributions, removed {removed:?}{}",
            snap.nodes.len(),
            s.report.attributions.len(),
            if lost.is_empty() { String::new() } else { format!(" LOST {lost:?}") }
        );
        pages += 1;
        kept += usize::from(lost.is_empty());
        if show_attributions {
            for a in &s.report.attributions {
                println!("  [{}] <{}> {:?}", a.source.as_ref().map_or("-", |s| s.text.as_str()), a.cue.text, a.source_kind);
            }
        }
    }
    println!("{kept}/{pages} pages keep all their expected text");
}

/// Blocks whose innermost instances are the chunks of the article's text (as the browser test).
const BLOCKS: &str = "p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre, figcaption, dd, dt";
/// Shorter chunks are not checked.
const MIN_CHUNK_CHARS: usize = 20;

/// The chunks of `expected` (the article's HTML) that are in the page's text but not in what is
/// left of it once `hidden` elements are taken out.
fn lost_chunks(snap: &Snapshot, hidden: &[NodeId], expected: &str) -> Vec<String> {
    let doc = Html::parse_document(expected);
    let blocks = Selector::parse(BLOCKS).expect("block selector");
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let chunks: Vec<String> = doc
        .select(&blocks)
        .filter(|el| el.select(&blocks).nth(1).is_none())
        .map(|el| norm(&el.text().collect::<String>()))
        .filter(|t| t.chars().count() >= MIN_CHUNK_CHARS)
        .collect();
    let root = snap.body.or(snap.html).unwrap_or(0);
    let text_of = |skip: &dyn Fn(NodeId) -> bool| -> String {
        let mut out = String::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            if skip(id) {
                continue;
            }
            if let Some(t) = snap.text(id) {
                out.push_str(t);
            }
            stack.extend(snap.nodes.get(id).map(|n| n.children.iter().rev().copied()).into_iter().flatten());
        }
        out.split_whitespace().collect::<String>()
    };
    let all = text_of(&|_| false);
    let left = text_of(&|id| hidden.contains(&id));
    let loose = |c: &str| c.split_whitespace().collect::<String>();
    chunks.into_iter().filter(|c| all.contains(&loose(c)) && !left.contains(&loose(c))).map(|c| c.chars().take(60).collect()).collect()
}
