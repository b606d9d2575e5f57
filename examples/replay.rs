//! The pages recorded by `node tests/e2e/replay.mjs record` (target/replay.json), decided
//! natively as the wasm replay decides them: decode the packed snapshot, run in rounds with the
//! recorded layout answers, serialize the outcome and the session. For profiling the engine's
//! own code with symbols (`--profile profiling`, then callgrind or perf):
//! `cargo run --release --example replay -- [every] [repeat]` (default: every page, once).
//! Prints a digest of the outcomes, so that two builds can be checked for the same decisions.

use sourcelight::engine::run::{Run, Step};
use sourcelight::engine::session::{Env, Session};
use sourcelight::engine::Options;
use sourcelight::model::layout::{Computed, Rect};
use sourcelight::model::packed;
use std::hash::{Hash, Hasher};
use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let every = args.next().unwrap_or(1);
    let repeat = args.next().unwrap_or(1);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/replay.json");
    let raw = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e} (record it first)", file.display()));
    let pages: Vec<serde_json::Value> = serde_json::from_str(&raw).expect("replay.json");
    let pages: Vec<&serde_json::Value> = pages.iter().enumerate().filter(|(i, _)| every > 0 && i % every == 0).map(|(_, p)| p).collect();
    let mut digest = std::collections::hash_map::DefaultHasher::new();
    for _ in 0..repeat {
        for p in &pages {
            let snapshot = packed::decode(p["packed"].as_str().unwrap_or_default()).expect("snapshot");
            let viewport = &p["request"]["viewport"];
            let viewport = Rect {
                x: 0.0,
                y: 0.0,
                width: viewport["width"].as_f64().unwrap_or(0.0),
                height: viewport["height"].as_f64().unwrap_or(0.0),
            };
            let mut run = Run::new(snapshot, Session::default(), Options::default(), Env::default(), false, viewport);
            let answers = p["answers"].as_array().cloned().unwrap_or_default();
            let mut round = 0;
            loop {
                match run.step() {
                    Step::Need(_) => {
                        for (id, packed) in answers.get(round).and_then(|a| a.as_object()).into_iter().flatten() {
                            run.answer(id.parse().expect("id"), packed.as_str().and_then(Computed::from_packed));
                        }
                        round += 1;
                    }
                    Step::Done(outcome) => {
                        let json = serde_json::to_string(&outcome).expect("outcome");
                        json.hash(&mut digest);
                        run.session().to_text().hash(&mut digest);
                        break;
                    }
                }
            }
        }
    }
    println!("{} pages decided, digest {:016x}", pages.len() * repeat, digest.finish());
}
