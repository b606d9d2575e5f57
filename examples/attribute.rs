//! Prints the attributions the engine finds in each line of standard input, one per line:
//! `echo 'A U.S. official said so.' | cargo run -q --example attribute [-- <lang> [whole]]`.
//! With `whole`, all of standard input is one block (as a page's paragraph run or an eval
//! document), and each attribution is printed with its sentence.

use std::io::{BufRead, Read};

fn main() {
    let lang = std::env::args().nth(1);
    let lang = lang.as_deref().or(Some("en"));
    if std::env::args().nth(2).as_deref() == Some("whole") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).expect("stdin is UTF-8");
        print(&text, lang, true);
        return;
    }
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        println!("{line}");
        print(&line, lang, false);
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
