//! Attribution cases as data: every `tests/data/attribution/*.toml` file (but `entities.toml`,
//! which `src/decide/attribution/entities.rs` reads) is a list of sentences with the exact
//! attributions the engine must find in them, in order.
//!
//! A file:
//!
//! ```toml
//! lang = "en"                      # the default language of its cases ("" detects it)
//!
//! [[case]]
//! why = "inverted order after a quotation"        # the pattern, or what went wrong
//! fixed = "e5bd93d"                # regressions.toml only: the commit that fixed it
//! lang = "de"                      # optional: this case's language
//! text = "“We are ready,” said Jane Doe."
//! expect = [
//!     { source = "Jane Doe", cue = "said", kind = "named" },
//!     # `source` left out: no source; `source_at` / `cue_at`: byte offsets, when the text
//!     # holds the span's words more than once
//! ]
//! ```
//!
//! Every fixed false positive or miss joins `regressions.toml`. All failures are printed
//! together, each with its sentence, the expected and the found spans.
//!
//! `entities.toml` holds documents with the sources grouped into entities as a reader would;
//! the grouping ([`entities::group`]) must keep its pairwise precision and recall over them (the
//! figures `examples/eval_attribution.rs` prints) above [`MIN_ENTITY_PAIRS`].
#![cfg(not(target_arch = "wasm32"))]

use serde::Deserialize;
use sourcelight::decide::attribution::entities::{self, Mention};
use sourcelight::decide::attribution::{find, Attribution, SourceKind};
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    lang: String,
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    why: String,
    fixed: Option<String>,
    lang: Option<String>,
    text: String,
    expect: Vec<Expected>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expected {
    source: Option<String>,
    source_at: Option<usize>,
    cue: String,
    cue_at: Option<usize>,
    kind: String,
}

/// One attribution as found, in the terms of [`Expected`].
#[derive(Debug)]
struct Found {
    source: Option<(usize, String)>,
    cue: (usize, String),
    kind: String,
}

impl Found {
    fn new(text: &str, a: &Attribution) -> Found {
        let kind = serde_json::to_value(a.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        Found {
            source: a.source.map(|s| (s.start, text[s.start..s.end].to_string())),
            cue: (a.cue.start, text[a.cue.start..a.cue.end].to_string()),
            kind,
        }
    }

    fn matches(&self, e: &Expected) -> bool {
        let source = match (&self.source, &e.source) {
            (None, None) => true,
            (Some((at, s)), Some(want)) => s == want && e.source_at.is_none_or(|w| w == *at),
            _ => false,
        };
        source && self.cue.1 == e.cue && e.cue_at.is_none_or(|w| w == self.cue.0) && self.kind == e.kind
    }
}

fn render_expected(e: &Expected) -> String {
    let at = |x: Option<usize>| x.map_or(String::new(), |x| format!("@{x}"));
    format!("[{}{}] <{}{}> {}", e.source.as_deref().unwrap_or("-"), at(e.source_at), e.cue, at(e.cue_at), e.kind)
}

fn render_found(f: &Found) -> String {
    let source = f.source.as_ref().map_or("-".to_string(), |(at, s)| format!("{s}@{at}"));
    format!("[{source}] <{}@{}> {}", f.cue.1, f.cue.0, f.kind)
}

fn data_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/attribution");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.file_stem().is_some_and(|s| s != "entities"))
        .collect();
    files.sort();
    files
}

fn load(path: &Path) -> File {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs the cases of one file; returns the report of each failing case.
fn run(path: &Path, file: &File) -> Vec<String> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut failures = Vec::new();
    for (n, case) in file.case.iter().enumerate() {
        let lang = case.lang.as_deref().unwrap_or(&file.lang);
        let found: Vec<Found> = find(&case.text, Some(lang).filter(|l| !l.is_empty())).iter().map(|a| Found::new(&case.text, a)).collect();
        let ok = found.len() == case.expect.len() && found.iter().zip(&case.expect).all(|(f, e)| f.matches(e));
        if !ok {
            let mut report = format!("{name} case {} ({}), lang {lang:?}:\n  text:     {}\n", n + 1, case.why, case.text);
            let _ = writeln!(report, "  expected: {:?}", case.expect.iter().map(render_expected).collect::<Vec<_>>());
            let _ = writeln!(report, "  found:    {:?}", found.iter().map(render_found).collect::<Vec<_>>());
            failures.push(report);
        }
    }
    failures
}

#[test]
fn attribution_cases() {
    let files = data_files();
    assert!(files.len() >= 4, "expected en, de, fr and regressions cases, found {files:?}");
    let mut failures = Vec::new();
    let mut total = 0;
    for path in &files {
        let file = load(path);
        total += file.case.len();
        failures.extend(run(path, &file));
    }
    assert!(failures.is_empty(), "{} of {total} attribution cases failed:\n\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn cases_say_why_and_regressions_say_what_fixed_them() {
    for path in data_files() {
        let regressions = path.file_stem().is_some_and(|s| s == "regressions");
        for case in load(&path).case {
            assert!(!case.why.trim().is_empty(), "{}: a case without `why`: {}", path.display(), case.text);
            assert_eq!(case.fixed.is_some(), regressions, "{}: `fixed` belongs to regressions.toml only: {}", path.display(), case.text);
            for e in &case.expect {
                for (span, at) in [(e.source.as_deref(), e.source_at), (Some(e.cue.as_str()), e.cue_at)] {
                    let Some(span) = span else { continue };
                    let ambiguous = case.text.matches(span).count() > 1;
                    assert!(!ambiguous || at.is_some(), "{}: {span:?} occurs twice in {:?}: give its offset", path.display(), case.text);
                }
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityFile {
    doc: Vec<EntityDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityDoc {
    why: String,
    lang: String,
    paragraphs: Vec<String>,
    entities: Vec<Vec<String>>,
}

/// The least pairwise precision and recall the entity grouping must keep on `entities.toml`.
const MIN_ENTITY_PAIRS: f64 = 0.8;

#[test]
fn entity_grouping_keeps_its_pairwise_precision_and_recall() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/attribution/entities.toml");
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file: EntityFile = toml::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(file.doc.iter().map(|d| d.paragraphs.len()).sum::<usize>() >= 30, "entities.toml needs at least 30 paragraphs");
    let (mut predicted, mut gold, mut both) = (0usize, 0usize, 0usize);
    for doc in &file.doc {
        let mut found: Vec<(Option<String>, SourceKind, String, usize)> = Vec::new();
        for (k, text) in doc.paragraphs.iter().enumerate() {
            for a in find(text, Some(&doc.lang)) {
                found.push((a.source.map(|s| text[s.start..s.end].to_string()), a.kind, text[a.cue.start..a.cue.end].to_string(), k));
            }
        }
        let mentions: Vec<Mention> =
            found.iter().map(|(s, kind, cue, k)| Mention { source: s.as_deref(), kind: *kind, cue, paragraph: *k }).collect();
        let grouping = entities::group(&mentions);
        let mut gold_of = vec![None; found.len()];
        for (g, group) in doc.entities.iter().enumerate() {
            for mention in group {
                let (text, n) = mention.rsplit_once('#').and_then(|(t, n)| Some((t, n.parse::<usize>().ok()?))).unwrap_or((mention, 1));
                let i = found.iter().enumerate().filter(|(_, f)| f.0.as_deref() == Some(text)).nth(n - 1).map(|(i, _)| i);
                let i = i.unwrap_or_else(|| panic!("{}: the engine finds no source {mention:?}", doc.why));
                gold_of[i] = Some(g);
            }
        }
        for i in 0..found.len() {
            for j in i + 1..found.len() {
                let p = grouping.of[i].is_some() && grouping.of[i] == grouping.of[j];
                let g = gold_of[i].is_some() && gold_of[i] == gold_of[j];
                (predicted, gold, both) = (predicted + usize::from(p), gold + usize::from(g), both + usize::from(p && g));
            }
        }
    }
    let (p, r) = (both as f64 / predicted.max(1) as f64, both as f64 / gold.max(1) as f64);
    assert!(p >= MIN_ENTITY_PAIRS && r >= MIN_ENTITY_PAIRS, "entity pairs: precision {p:.3}, recall {r:.3} (at least {MIN_ENTITY_PAIRS})");
}
