//! Runs the engine natively over Readability's test pages and prints, per page, what it removed
//! and how long the scan took: `cargo run --release --example pages [-- [--attributions] <slug>...]`.
//! With `--attributions`, each attribution follows as `[source] <cue> kind`.
//! (Layout comes from inline styles only; the browsers run the real thing: `./build.sh test`.)

#[path = "../tests/support/html.rs"]
mod html;

use sourcelight::engine::{scan, Options};
use sourcelight::model::layout::InlineLayout;
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
    for slug in slugs {
        let html = std::fs::read_to_string(dir.join(&slug).join("source.html")).unwrap_or_default();
        let snap = html::snapshot(&html);
        let depth = (0..snap.nodes.len()).map(|i| snap.ancestors(i).count()).max().unwrap_or(0);
        let layout = InlineLayout::new(&snap);
        let t = Instant::now();
        let s = scan(&snap, &layout, &Options::default());
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let removed: Vec<String> = s.report.removed.iter().map(|r| format!("{}: {:.50}", r.kind.as_str(), r.text)).collect();
        println!(
            "{slug:44} {:6} nodes, depth {depth:4}, {ms:6.2} ms, {} attributions, removed {removed:?}",
            snap.nodes.len(),
            s.report.attributions.len()
        );
        if show_attributions {
            for a in &s.report.attributions {
                println!("  [{}] <{}> {:?}", a.source.as_ref().map_or("-", |s| s.text.as_str()), a.cue.text, a.source_kind);
            }
        }
    }
}
