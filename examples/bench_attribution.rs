//! Attribution throughput, natively: MB/s of plain news text (UTF-8 bytes), over the PolNeAR
//! texts in `../shared/fixtures/attribution/polnear` (dev and annotator-training), paragraph by
//! paragraph as the page layer feeds them. `cargo run --release --example bench_attribution`.

use std::time::Instant;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/attribution/polnear");
    let mut paragraphs: Vec<String> = Vec::new();
    for split in ["dev", "annotator-training"] {
        let dir = root.join(split).join("text");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("bench_attribution: {} is missing", dir.display());
            std::process::exit(1);
        };
        for e in entries.flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            paragraphs.extend(text.split('\n').filter(|p| !p.trim().is_empty()).map(str::to_string));
        }
    }
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let mut found = 0;
    for p in paragraphs.iter().take(50) {
        found += sourcelight::attribution::find(p, Some("en")).len(); // warm-up
    }
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        found = paragraphs.iter().map(|p| sourcelight::attribution::find(p, Some("en")).len()).sum();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let secs = times[times.len() / 2];
    println!(
        "attribution, native: {:.2} MB in {} paragraphs, median of 5 runs {:.1} ms: {:.1} MB/s ({found} attributions)",
        bytes as f64 / 1e6,
        paragraphs.len(),
        secs * 1000.0,
        bytes as f64 / 1e6 / secs
    );
}
