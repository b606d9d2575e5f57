//! The seed page, natively: the engine on `../shared/seed/` poured into `www/seed.template.html`.
//! (Layout-dependent decisions, such as the scroll lock, are tested in the browsers: `tests/e2e/`.)
#![cfg(not(target_arch = "wasm32"))]

mod support;

use sourcelight::engine::{scan, Options};
use sourcelight::model::layout::InlineLayout;
use sourcelight::model::plan::RemovalKind;

/// The seed page scanned, or `None` (the tests then pass with a note) where `../shared/seed/` is
/// not beside the project: the seed is third-party text that is never committed here.
fn seed_scan() -> Option<(sourcelight::model::snapshot::Snapshot, sourcelight::engine::Scan)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join(support::seed::SEED_PATH).exists() {
        eprintln!("skipped: no {} beside the project", support::seed::SEED_PATH);
        return None;
    }
    let html = support::seed::page_from_files(root).expect("seed page");
    let snap = support::html::snapshot(&html);
    let layout = InlineLayout::new(&snap);
    let scan = scan(&snap, &layout, &Options::default());
    Some((snap, scan))
}

#[test]
fn removes_each_piece_of_clutter_and_nothing_else() {
    let Some((_, scan)) = seed_scan() else { return };
    let mut removed: Vec<(RemovalKind, String)> = scan.report.removed.iter().map(|r| (r.kind, r.text.clone())).collect();
    removed.sort_by(|a, b| a.1.cmp(&b.1));
    let texts: Vec<&str> = removed.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "",
            "0 comment",
            "Advertisement",
            "Laest News",
            "Newsletter",
            "Our Company Lorem ipsum dolor sit amet, consect etur adipiscing elit. Ut elit tellus, luctus nec ullamcorper mattis.",
            "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept",
            "You may also like",
        ],
        "{removed:#?}"
    );
}

#[test]
fn finds_the_seed_attributions() {
    let Some((_, scan)) = seed_scan() else { return };
    let found: Vec<String> = scan
        .report
        .attributions
        .iter()
        .map(|a| format!("{} | {}", a.source.as_ref().map_or("-", |s| s.text.as_str()), a.cue.text))
        .collect();
    for want in [
        "A U.S. official | said",
        "White House national security adviser Jake Sullivan | warned",
        "he | said",
        "Russia | denied",
        "Dmitry Peskov, President Vladimir Putin’s spokesman | said",
        "Chinese state broadcaster CCTV | said",
        "the Financial Times and The Washington Post | was first reported by",
    ] {
        assert!(found.iter().any(|f| f == want), "missing {want:?} in {found:#?}");
    }
    assert_eq!(found.iter().filter(|f| *f == "A U.S. official | said").count(), 2, "{found:#?}");
    // Every highlight covers text the reader sees in the article.
    assert!(scan.plan.highlights.len() >= 16);
}

#[test]
fn groups_who_the_seed_quotes() {
    let Some((_, scan)) = seed_scan() else { return };
    let sources: Vec<String> = scan.report.sources.iter().map(|s| format!("{} | {:?} | {}", s.name, s.kind, s.count)).collect();
    assert_eq!(
        sources,
        [
            "US official | Anonymous | 1",
            "A U.S. official | Anonymous | 1",
            "White House national security adviser Jake Sullivan | Named | 2",
            "Russia | Organization | 1",
            "Dmitry Peskov, President Vladimir Putin’s spokesman | Named | 1",
            "Chinese state broadcaster CCTV | Media | 1",
            "A U.S. official | Anonymous | 1",
            "the Financial Times and The Washington Post | Media | 1",
            "The Biden administration | Organization | 1",
        ],
        "an indefinite \"A U.S. official\" is someone new each time; \"he\" is Sullivan"
    );
    assert_eq!(
        scan.report.attributions.iter().filter(|a| a.entity.is_some()).count(),
        scan.report.sources.iter().map(|s| s.count).sum::<usize>()
    );
}
