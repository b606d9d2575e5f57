//! Prints the attributions the engine finds in each line of standard input, one per line:
//! `echo 'A U.S. official said so.' | cargo run -q --example attribute [-- <lang>]`.

use std::io::BufRead;

fn main() {
    let lang = std::env::args().nth(1);
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        println!("{line}");
        for a in sourcelight::attribution::find(&line, lang.as_deref().or(Some("en"))) {
            let src = a.source.map_or("-".to_string(), |s| format!("[{}]", &line[s.start..s.end]));
            println!("  {src} <{}> {:?}", &line[a.cue.start..a.cue.end], a.kind);
        }
    }
}
