//! Prints the attributions the engine finds in each line of standard input, one per line:
//! `echo 'A U.S. official said so.' | cargo run -q --example attribute [-- <lang> [whole|entities]]`.
//! With `whole`, all of standard input is one block (as a page's paragraph run or an eval
//! document), and each attribution is printed with its sentence. With `entities`, each line is a
//! paragraph of one page, and the sources are then grouped into entities
//! (`attribution::entities::group`).

use sourcelight::decide::attribution::{self, entities};
use std::io::{BufRead, Read};

fn main() {
    let lang = std::env::args().nth(1);
    let lang = lang.as_deref().or(Some("en"));
    match std::env::args().nth(2).as_deref() {
        Some("whole") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).expect("stdin is UTF-8");
            print(&text, lang, true);
        }
        Some("entities") => page(lang),
        _ => {
            for line in std::io::stdin().lock().lines().map_while(Result::ok) {
                println!("{line}");
                print(&line, lang, false);
            }
        }
    }
}

fn print(text: &str, lang: Option<&str>, context: bool) {
    for a in sourcelight::engine::find_visible(text, lang) {
        let src = a.source.map_or("-".to_string(), |s| format!("[{}]", &text[s.start..s.end]));
        let mut from = a.cue.start.saturating_sub(60);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let ctx = if context { format!("  …{}", text[from..a.cue.end].replace('\n', " ⏎ ")) } else { String::new() };
        println!("  {src} <{}> {:?}{ctx}", &text[a.cue.start..a.cue.end], a.kind);
    }
}

/// The lines of standard input as the paragraphs of one page: their attributions, then the
/// entities of their sources.
fn page(lang: Option<&str>) {
    let lines: Vec<String> = std::io::stdin().lock().lines().map_while(Result::ok).collect();
    let mut found = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        for a in attribution::find(line, lang) {
            found.push((a.source.map(|s| &line[s.start..s.end]), a.kind, &line[a.cue.start..a.cue.end], k));
        }
    }
    let mentions: Vec<entities::Mention> =
        found.iter().map(|&(source, kind, cue, paragraph)| entities::Mention { source, kind, cue, paragraph }).collect();
    let grouping = entities::group(&mentions);
    for ((source, kind, cue, k), entity) in found.iter().zip(&grouping.of) {
        println!("  ¶{k} [{}] <{cue}> {kind:?} → {entity:?}", source.unwrap_or("-"));
    }
    for (i, e) in grouping.entities.iter().enumerate() {
        println!("entity {i}: {:?} ({:?}), {} attributions: {:?}", e.name, e.kind, e.count, e.cues);
    }
}
