//! What hostile or runaway pages cost the engine, natively: N copies of one unit (a fixed cookie
//! notice, a small consent block, a heading-only widget, a zero counter) in one block of an
//! article page, for N = 1000, 2000, 4000, and a notice 3000 elements deep. Prints the time of
//! one run in layout rounds (answered from inline styles, as the page side answers them) and,
//! per unit, how the time grows from N = 1000 to 4000 (4 is linear; a quadratic pass gives 16).
//! `cargo run --release --example bench_hostile`.

#[path = "../tests/support/html.rs"]
mod html;
#[path = "../tests/support/rounds.rs"]
mod rounds;

use sourcelight::model::layout::InlineLayout;
use sourcelight::model::snapshot::Snapshot;
use std::time::{Duration, Instant};

const PAGE: &str = r#"<html><body>
<main><article>
  <h1>Harbour bridge reopens</h1>
  <p>The harbour bridge reopened to traffic on Tuesday, three years after engineers closed it, the transport authority said.</p>
  <p>According to the chamber of commerce, shops near the bridge lost a fifth of their customers during the closure.</p>
</article></main>
<aside>{units}</aside>
</body></html>"#;

const NOTICE: &str = r#"<div class="cookie-box" style="position: fixed; bottom: 0">We use cookies to improve your experience on our site. <button>Accept all</button> <button>Reject all</button></div>"#;

const UNITS: &[(&str, &str)] = &[
    ("fixed cookie notices", NOTICE),
    (
        "small consent blocks",
        r#"<div><div><div><p>We use cookies and ask your consent to store data on your device for ads.</p><button>Accept</button><button>Reject</button></div></div></div>"#,
    ),
    ("heading-only widgets", r#"<section class="widget"><h3 class="widget-title">Related posts</h3><div class="list"></div></section>"#),
    ("zero counters", r#"<div><span>0 Comments</span></div>"#),
];

fn main() {
    println!("{:<24} {:>7} {:>8} {:>10} {:>7}", "unit", "copies", "elements", "ms", "hidden");
    for (name, unit) in UNITS {
        let mut times = Vec::new();
        for n in [1000, 2000, 4000] {
            let snap = html::snapshot(&PAGE.replace("{units}", &unit.repeat(n)));
            let (t, hidden) = timed_run(&snap);
            println!("{name:<24} {n:>7} {:>8} {:>10.1} {hidden:>7}", snap.nodes.len(), ms(t));
            times.push(t);
        }
        println!("{name:<24} growth 1000 → 4000: ×{:.1}", times[2].as_secs_f64() / times[0].as_secs_f64());
    }
    let depth = 3000;
    let deep = format!("{}{NOTICE}{}", "<div>".repeat(depth), "</div>".repeat(depth));
    let snap = html::snapshot(&PAGE.replace("{units}", &deep));
    let (t, hidden) = timed_run(&snap);
    println!("{:<24} {:>7} {:>8} {:>10.1} {hidden:>7}", format!("notice {depth} deep"), 1, snap.nodes.len(), ms(t));
}

/// The fastest of three runs in rounds (each round's requests answered from inline styles), and
/// how many elements the run hid.
fn timed_run(snap: &Snapshot) -> (Duration, usize) {
    let layout = InlineLayout::new(snap);
    let mut best = (Duration::MAX, 0);
    for _ in 0..3 {
        let t = Instant::now();
        let (outcome, _) = rounds::in_rounds(snap, &layout);
        best = best.min((t.elapsed(), outcome.plan.hide.len()));
    }
    best
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
