#[path = "../tests/support/html.rs"]
mod html;
use sourcelight::engine::{scan, Options};
use sourcelight::snapshot::InlineLayout;
use std::path::Path;
fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/readability-pages");
    for slug in std::env::args().skip(1) {
        let html = std::fs::read_to_string(dir.join(&slug).join("source.html")).unwrap_or_default();
        let snap = html::snapshot(&html);
        let layout = InlineLayout::new(&snap);
        let s = scan(&snap, &layout, &Options::default());
        println!("== {slug}");
        for a in &s.report.attributions {
            println!("  [{}] <{}> {:?}", a.source.as_ref().map_or("-", |s| s.text.as_str()), a.cue.text, a.source_kind);
        }
    }
}
