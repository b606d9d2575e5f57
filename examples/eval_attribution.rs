//! Evaluation of the attribution engine against annotated corpora (printed figures, not a
//! pass/fail test): `cargo run --release --example eval_attribution`.
//!
//! Corpora, read in place from `../shared/fixtures/attribution/` (never copied):
//! - PolNeAR (English political news), splits `dev` and `annotator-training`, brat standoff; one
//!   annotator per article (the first `.ann` in sorted order);
//! - German WikiNews quotation attribution, 100 test documents (JSON).
//!
//! For cues and for sources: precision, recall and F1, with exact span matching and with overlap
//! matching (a prediction matches a gold span when it covers at least 30% of the gold span's
//! characters: the Gender Gap Tracker's rule). Matching is one-to-one. Gold sources are counted
//! once per distinct span per document (PolNeAR relations share sources). Offsets in both corpora
//! are code points; the engine's byte spans are converted. The text is fed paragraph by paragraph
//! (split at line breaks), as the page layer feeds it.
//!
//! Then the gold cues missed most and the predicted cues that matched nothing most.
//!
//! Last, the grouping of sources into entities ([`attribution::entities`]) on our own annotated
//! documents (`tests/data/attribution/entities.toml`): pairwise precision and recall over the
//! attributions that have a source (a pair is two attributions of one entity).

use sourcelight::decide::attribution::{self, entities};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A span as a set of code-point ranges (discontinuous gold spans have several).
#[derive(Clone, Debug)]
struct Span {
    parts: Vec<(usize, usize)>,
    text: String,
}

impl Span {
    fn len(&self) -> usize {
        self.parts.iter().map(|(a, b)| b - a).sum()
    }
    fn overlap(&self, other: &Span) -> usize {
        let mut n = 0;
        for &(a, b) in &self.parts {
            for &(c, d) in &other.parts {
                n += b.min(d).saturating_sub(a.max(c));
            }
        }
        n
    }
    fn same(&self, other: &Span) -> bool {
        self.parts == other.parts
    }
}

/// One document: its gold cues and sources, and the engine's.
#[derive(Default)]
struct Doc {
    text: String,
    gold_cues: Vec<Span>,
    gold_sources: Vec<Span>,
    cues: Vec<Span>,
    sources: Vec<Span>,
}

/// Counts for precision and recall.
#[derive(Default, Clone, Copy)]
struct Score {
    predicted: usize,
    gold: usize,
    matched_pred: usize,
    matched_gold: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.predicted += o.predicted;
        self.gold += o.gold;
        self.matched_pred += o.matched_pred;
        self.matched_gold += o.matched_gold;
    }
    fn p(&self) -> f64 {
        self.matched_pred as f64 / self.predicted.max(1) as f64
    }
    fn r(&self) -> f64 {
        self.matched_gold as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// One-to-one matching: each gold span takes the first unmatched prediction that matches it.
fn score(pred: &[Span], gold: &[Span], overlap: bool) -> (Score, Vec<bool>, Vec<bool>) {
    let mut used = vec![false; pred.len()];
    let mut hit = vec![false; gold.len()];
    for (g, gs) in gold.iter().enumerate() {
        for (p, ps) in pred.iter().enumerate() {
            let ok = if overlap { gs.len() > 0 && ps.overlap(gs) * 10 >= gs.len() * 3 } else { ps.same(gs) };
            if ok && !used[p] {
                used[p] = true;
                hit[g] = true;
                break;
            }
        }
    }
    let s = Score {
        predicted: pred.len(),
        gold: gold.len(),
        matched_pred: used.iter().filter(|&&u| u).count(),
        matched_gold: hit.iter().filter(|&&h| h).count(),
    };
    (s, used, hit)
}

/// Runs the engine on `text`, paragraph by paragraph, and returns cue and source spans in code
/// points of the whole text.
fn predict(text: &str, lang: &str, doc: &mut Doc) {
    let mut byte = 0;
    for line in text.split('\n') {
        let chars_before = text[..byte].chars().count();
        // Byte offset in the line → code point offset in the text.
        let cp = |b: usize| chars_before + line[..b].chars().count();
        for a in attribution::find(line, Some(lang)) {
            doc.cues.push(Span { parts: vec![(cp(a.cue.start), cp(a.cue.end))], text: line[a.cue.start..a.cue.end].to_string() });
            if let Some(s) = a.source {
                let span = Span { parts: vec![(cp(s.start), cp(s.end))], text: line[s.start..s.end].to_string() };
                if !doc.sources.iter().any(|x| x.same(&span)) {
                    doc.sources.push(span);
                }
            }
        }
        byte += line.len() + 1;
    }
}

fn polnear(split: &Path) -> Vec<Doc> {
    let mut anns: Vec<PathBuf> = std::fs::read_dir(split.join("attributions"))
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ann")).collect())
        .unwrap_or_default();
    anns.sort();
    let mut docs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for ann in anns {
        let stem = ann.file_stem().unwrap().to_string_lossy().to_string();
        let article = stem.rsplit_once('_').map_or(stem.as_str(), |(a, _)| a).to_string();
        if !seen.insert(article.clone()) {
            continue; // one annotator per article
        }
        let Ok(text) = std::fs::read_to_string(split.join("text").join(format!("{article}.txt"))) else { continue };
        let mut doc = Doc::default();
        for line in std::fs::read_to_string(&ann).unwrap_or_default().lines() {
            let mut cols = line.split('\t');
            let (Some(id), Some(meta), Some(covered)) = (cols.next(), cols.next(), cols.next()) else { continue };
            if !id.starts_with('T') {
                continue;
            }
            let (label, offsets) = meta.split_once(' ').unwrap_or((meta, ""));
            let parts: Vec<(usize, usize)> = offsets
                .split(';')
                .filter_map(|p| {
                    let (a, b) = p.trim().split_once(' ')?;
                    Some((a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            let span = Span { parts, text: covered.to_string() };
            match label {
                "Cue" => doc.gold_cues.push(span),
                "Source" if !doc.gold_sources.iter().any(|s| s.same(&span)) => doc.gold_sources.push(span),
                _ => {}
            }
        }
        predict(&text, "en", &mut doc);
        doc.text = text;
        docs.push(doc);
    }
    docs
}

fn wikinews(dir: &Path) -> Vec<Doc> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    let mut docs = Vec::new();
    for f in files {
        let Ok(raw) = std::fs::read_to_string(&f) else { continue };
        let Ok(json) = serde_json::from_str::<serde_json::Value>(&raw) else { continue };
        let text = json["originalText"].as_str().unwrap_or_default().to_string();
        let mut doc = Doc::default();
        let spans = |v: &serde_json::Value| -> Option<Span> {
            let parts: Vec<(usize, usize)> = v["spans"]
                .as_array()?
                .iter()
                .filter_map(|s| Some((s["charBegin"].as_u64()? as usize, s["charEnd"].as_u64()? as usize)))
                .collect();
            (!parts.is_empty()).then(|| Span { parts, text: v["text"].as_str().unwrap_or_default().to_string() })
        };
        for a in json["annotations"].as_array().into_iter().flatten() {
            // The same cue is annotated twice when a quotation is both direct and indirect
            // (`isNested`): distinct spans are scored, as for sources.
            if let Some(c) = spans(&a["cue"]) {
                if !doc.gold_cues.iter().any(|x| x.same(&c)) {
                    doc.gold_cues.push(c);
                }
            }
            if let Some(s) = spans(&a["speaker"]) {
                if !doc.gold_sources.iter().any(|x| x.same(&s)) {
                    doc.gold_sources.push(s);
                }
            }
        }
        predict(&text, "de", &mut doc);
        doc.text = text;
        docs.push(doc);
    }
    docs
}

/// With `SL_EVAL_SHOW=missed:said` (or `wrong:state`, `missed-source:`, `wrong-source:`), prints
/// each such cue (or source) in its sentence; `SL_EVAL_SHOW=entities` prints each entity
/// document's sources with their predicted and gold entities.
fn show(d: &Doc, what: &str, s: &Span) {
    let Ok(want) = std::env::var("SL_EVAL_SHOW") else { return };
    let (w, cue) = want.split_once(':').unwrap_or((want.as_str(), ""));
    if w != what || (!cue.is_empty() && s.text.to_lowercase() != cue) {
        return;
    }
    let chars: Vec<char> = d.text.chars().collect();
    // (A discontinuous gold span's parts are not always in text order.)
    let a = s.parts.iter().map(|p| p.0).min().unwrap_or(0);
    let b = s.parts.iter().map(|p| p.1).max().unwrap_or(a);
    let from = a.saturating_sub(140);
    let to = (b + 60).min(chars.len());
    let piece = |x: usize, y: usize| chars[x..y].iter().collect::<String>();
    let ctx = format!("{}[{}]{}", piece(from, a), piece(a, b), piece(b, to));
    let golds: Vec<&str> =
        d.gold_sources.iter().filter(|g| g.parts[0].0 + 200 > a && g.parts[0].0 < b + 100).map(|g| g.text.as_str()).collect();
    println!("    {what}: …{}… (gold sources near: {golds:?})", ctx.replace('\n', " ⏎ "));
}

fn report(name: &str, docs: &[Doc]) {
    println!("\n{name}: {} documents", docs.len());
    println!("  {:8} {:8}  {:>9} {:>9} {:>7} {:>7} {:>7}", "", "matching", "predicted", "gold", "P", "R", "F1");
    let mut missed: BTreeMap<String, usize> = BTreeMap::new();
    let mut wrong: BTreeMap<String, usize> = BTreeMap::new();
    for (what, overlap) in [("exact", false), ("overlap", true)] {
        for kind in ["cue", "source"] {
            let mut total = Score::default();
            for d in docs {
                let (pred, gold) = if kind == "cue" { (&d.cues, &d.gold_cues) } else { (&d.sources, &d.gold_sources) };
                let (s, used, hit) = score(pred, gold, overlap);
                total.add(s);
                if overlap && kind == "cue" {
                    for (g, h) in gold.iter().zip(&hit) {
                        if !h {
                            *missed.entry(g.text.to_lowercase()).or_default() += 1;
                            show(d, "missed", g);
                        }
                    }
                    for (p, u) in pred.iter().zip(&used) {
                        if !u {
                            *wrong.entry(p.text.to_lowercase()).or_default() += 1;
                            show(d, "wrong", p);
                        }
                    }
                }
                if overlap && kind == "source" {
                    gold.iter().zip(&hit).filter(|(_, h)| !**h).for_each(|(g, _)| show(d, "missed-source", g));
                    pred.iter().zip(&used).filter(|(_, u)| !**u).for_each(|(p, _)| show(d, "wrong-source", p));
                }
            }
            println!(
                "  {kind:8} {what:8}  {:>9} {:>9} {:>7.4} {:>7.4} {:>7.4}",
                total.predicted,
                total.gold,
                total.p(),
                total.r(),
                total.f1()
            );
        }
    }
    let top = |m: &BTreeMap<String, usize>| {
        let mut v: Vec<(&String, &usize)> = m.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.iter()
            .take(std::env::var("SL_EVAL_TOP").ok().and_then(|n| n.parse().ok()).unwrap_or(25))
            .map(|(k, n)| format!("{k:?} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!("  gold cues missed most (overlap): {}", top(&missed));
    println!("  predicted cues that matched nothing most: {}", top(&wrong));
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/attribution");
    if !root.exists() {
        eprintln!("eval_attribution: {} is missing", root.display());
        std::process::exit(1);
    }
    let dev = polnear(&root.join("polnear/dev"));
    let training = polnear(&root.join("polnear/annotator-training"));
    report("PolNeAR dev", &dev);
    report("PolNeAR annotator-training", &training);
    report("German WikiNews (test, first 100)", &wikinews(&root.join("de-wikinews-quotes/test")));
    report_entities(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/attribution/entities.toml"));
}

/// Pairwise precision and recall of the entity grouping on `path`'s documents.
fn report_entities(path: &Path) {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = raw.parse().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let docs = table.get("doc").and_then(|d| d.as_array()).cloned().unwrap_or_default();
    let mut total = Pairs::default();
    let mut paragraphs = 0;
    for doc in &docs {
        paragraphs += doc.get("paragraphs").and_then(|p| p.as_array()).map_or(0, Vec::len);
        total.add(entity_pairs(doc));
    }
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    println!("\nEntities (our own, {name}): {} documents, {paragraphs} paragraphs", docs.len());
    println!(
        "  pairs: predicted {}, gold {}, both {}: P {:.3} R {:.3}; gold mentions not found by the engine: {}",
        total.predicted,
        total.gold,
        total.both,
        ratio(total.both, total.predicted),
        ratio(total.both, total.gold),
        total.missing
    );
}

/// Counts of same-entity pairs of attributions.
#[derive(Default)]
struct Pairs {
    predicted: usize,
    gold: usize,
    both: usize,
    /// Gold mentions that the engine does not find as a source.
    missing: usize,
}

impl Pairs {
    fn add(&mut self, o: Pairs) {
        (self.predicted, self.gold, self.both, self.missing) =
            (self.predicted + o.predicted, self.gold + o.gold, self.both + o.both, self.missing + o.missing);
    }
}

/// The pairs of one entity document: the engine's attributions paragraph by paragraph, grouped,
/// against the gold groups of mentions (a source's text, "#n" for its n-th occurrence).
fn entity_pairs(doc: &toml::Value) -> Pairs {
    let why = doc.get("why").and_then(|w| w.as_str()).unwrap_or("");
    let lang = doc.get("lang").and_then(|l| l.as_str()).unwrap_or("en");
    let texts: Vec<&str> = doc.get("paragraphs").and_then(|p| p.as_array()).into_iter().flatten().filter_map(|p| p.as_str()).collect();
    let mut found: Vec<(Option<String>, attribution::SourceKind, String, usize)> = Vec::new();
    for (k, text) in texts.iter().enumerate() {
        for a in attribution::find(text, Some(lang)) {
            found.push((a.source.map(|s| text[s.start..s.end].to_string()), a.kind, text[a.cue.start..a.cue.end].to_string(), k));
        }
    }
    let mentions: Vec<entities::Mention> =
        found.iter().map(|(s, kind, cue, k)| entities::Mention { source: s.as_deref(), kind: *kind, cue, paragraph: *k }).collect();
    let grouping = entities::group(&mentions);
    let mut pairs = Pairs::default();
    let mut gold_of: Vec<Option<usize>> = vec![None; found.len()];
    let groups = doc.get("entities").and_then(|e| e.as_array()).cloned().unwrap_or_default();
    for (g, group) in groups.iter().enumerate() {
        for mention in group.as_array().into_iter().flatten().filter_map(|m| m.as_str()) {
            let (text, n) = mention.rsplit_once('#').and_then(|(t, n)| Some((t, n.parse::<usize>().ok()?))).unwrap_or((mention, 1));
            match found.iter().enumerate().filter(|(_, f)| f.0.as_deref() == Some(text)).nth(n - 1) {
                Some((i, _)) => gold_of[i] = Some(g),
                None => {
                    pairs.missing += 1;
                    println!("  entities: {mention:?} not found in {why:?}");
                }
            }
        }
    }
    if std::env::var("SL_EVAL_SHOW").is_ok_and(|v| v == "entities") {
        let row = |i: usize| format!("{:?}→{:?}/{:?}", found[i].0.as_deref().unwrap_or("-"), grouping.of[i], gold_of[i]);
        println!("  {why}: {}", (0..found.len()).map(row).collect::<Vec<_>>().join(", "));
    }
    for i in 0..found.len() {
        for j in i + 1..found.len() {
            let p = grouping.of[i].is_some() && grouping.of[i] == grouping.of[j];
            let g = gold_of[i].is_some() && gold_of[i] == gold_of[j];
            pairs.predicted += usize::from(p);
            pairs.gold += usize::from(g);
            pairs.both += usize::from(p && g);
        }
    }
    pairs
}
