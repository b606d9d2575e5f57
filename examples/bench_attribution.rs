//! Attribution throughput, natively: MB/s of plain news text (UTF-8 bytes), paragraph by
//! paragraph as the page layer feeds them: English over the PolNeAR texts (dev and
//! annotator-training) and German over the WikiNews test articles, both in
//! `../shared/fixtures/attribution/`. `cargo run --release --example bench_attribution`.

use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/attribution");
    let mut english = Vec::new();
    for split in ["dev", "annotator-training"] {
        for text in files(&root.join("polnear").join(split).join("text")) {
            english.extend(paragraphs(&text));
        }
    }
    measure("English (PolNeAR)", &english, "en");
    let mut german = Vec::new();
    for raw in files(&root.join("de-wikinews-quotes/test")) {
        let json: serde_json::Value = serde_json::from_str(&raw).unwrap_or_default();
        german.extend(paragraphs(json["originalText"].as_str().unwrap_or_default()));
    }
    measure("German (WikiNews)", &german, "de");
}

/// The contents of the files in `dir`; exits with a message when it is missing.
fn files(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("bench_attribution: {} is missing", dir.display());
        std::process::exit(1);
    };
    entries.flatten().map(|e| std::fs::read_to_string(e.path()).unwrap_or_default()).collect()
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split('\n').filter(|p| !p.trim().is_empty()).map(str::to_string).collect()
}

/// Prints the median of 5 timed passes over `paragraphs` (after a warm-up).
fn measure(label: &str, paragraphs: &[String], lang: &str) {
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    for p in paragraphs.iter().take(50) {
        sourcelight::decide::attribution::find(p, Some(lang)); // warm-up
    }
    let mut found = 0;
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        found = paragraphs.iter().map(|p| sourcelight::decide::attribution::find(p, Some(lang)).len()).sum();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let secs = times[times.len() / 2];
    println!(
        "attribution, native, {label}: {:.2} MB in {} paragraphs, median of 5 runs {:.1} ms: {:.1} MB/s ({found} attributions)",
        bytes as f64 / 1e6,
        paragraphs.len(),
        secs * 1000.0,
        bytes as f64 / 1e6 / secs
    );
}
