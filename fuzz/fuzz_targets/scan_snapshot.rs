//! `engine::scan` over arbitrary small snapshots (up to 64 nodes): tags, ids, classes, attributes
//! and text drawn from small lists that hit the CMP markers, the modal frameworks, the consent
//! vocabulary, the placeholder phrases and article prose, laid out by `InlineLayout`, with the
//! default options (the reject click on or off); the page side may report the `<iframe>`s as
//! notice frames and a notice elsewhere.
//!
//! Checks, of the plan of a scan and of a full and then a partial `Session::run` over the same
//! snapshot: nothing panics; the plan never hides `<html>`, `<body>` or `<head>` (by tag, or the
//! snapshot's own html and body), nor an element holding the main content (a root of
//! `learned.main`, or one of its ancestors), nor a node twice; every node id in it (hide,
//! highlights, click, close, unlock attributes, restore, watch) is in range, highlights point
//! into text nodes at offsets within their UTF-16 length, and elements hidden are elements; the
//! first full run decides as the scan did. A failed check prints the snapshot as an outline.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use sourcelight::decide::consent::frameworks::FRAMEWORKS;
use sourcelight::decide::consent::markers::CMPS;
use sourcelight::decide::main_content::MainContent;
use sourcelight::engine::session::{Env, Session};
use sourcelight::engine::{self, Options};
use sourcelight::model::layout::InlineLayout;
use sourcelight::model::packed;
use sourcelight::model::page::Page;
use sourcelight::model::plan::Plan;
use sourcelight::model::snapshot::{NodeId, Snapshot};
use std::sync::LazyLock;

const MAX_NODES: usize = 64;

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "button",
    "section",
    "main",
    "article",
    "dialog",
    "iframe",
    "html",
    "body",
    "head",
    "h1",
    "h2",
    "h3",
    "aside",
    "nav",
    "footer",
    "header",
    "ul",
    "li",
    "form",
    "input",
    "label",
    "img",
    "strong",
    "em",
    "figure",
    "script",
    "style",
    "noscript",
    "template",
    "x-consent",
    "blockquote",
];

const ATTRIBUTES: &[(&str, &[&str])] = &[
    (
        "style",
        &[
            "position: fixed; inset: 0",
            "position: fixed; bottom: 0; z-index: 9999",
            "position: fixed; width: 100%; height: 100%; z-index: 2147483647",
            "position: sticky; top: 0",
            "position: fixed; top: -120px; width: 100%",
            "overflow: hidden",
            "overflow: hidden; height: 100%",
            "overflow-y: scroll; height: 100vh",
            "display: none",
            "visibility: hidden",
            "opacity: 0",
            "height: 0",
            "height: 250px",
            "min-height: 90px; padding: 10px 0",
            "font-size: 24px; font-weight: bold",
            "pointer-events: none",
            "touch-action: none",
            "position: absolute; inset: 0; background: rgba(0,0,0,.5)",
        ],
    ),
    ("role", &["dialog", "alertdialog", "main", "heading", "button", "banner", "navigation", "complementary", "region"]),
    ("aria-modal", &["true", "false"]),
    ("aria-hidden", &["true", "false"]),
    ("aria-label", &["Close", "Accept cookies", "Reject all", "Cookie settings", "Advertisement"]),
    ("inert", &[""]),
    ("hidden", &[""]),
    ("open", &[""]),
    ("popover", &["", "auto", "manual"]),
    ("lang", &["en", "de", "fr", "es", ""]),
    ("type", &["button", "submit", "text", "email", "checkbox"]),
    ("href", &[""]),
    ("src", &[""]),
    ("name", &["email", "q"]),
    ("placeholder", &["Your email", "Search"]),
    ("action", &["/subscribe"]),
    (
        "data-sourcelight-hidden",
        &[
            "consent-notice",
            "consent-backdrop",
            "empty-widget",
            "zero-counter",
            "empty-ad-slot",
            "empty-share-bar",
            "placeholder-text",
            "other",
        ],
    ),
    ("data-nosnippet", &[""]),
    ("data-cky-tag", &["reject-button"]),
    ("data-cli_action", &["reject"]),
    ("data-cookie-refuse", &[""]),
    ("mode", &["secondary"]),
];

/// The paragraphs of the article skeleton.
const ARTICLE: [&str; 3] = [
    "The harbour bridge reopened to traffic on Tuesday, three years after engineers closed it, the transport authority said.",
    "“We have rebuilt it to last another century,” said Maria Keller, the authority’s chief engineer, on a rainy morning.",
    "According to the chamber of commerce, shops near the bridge lost a fifth of their customers during the closure.",
];

const WORDS: &[&str] = &[
    // consent
    "We use cookies to improve your experience on our site.",
    "This website uses cookies.",
    "We and our partners store and/or access information on a device.",
    "By continuing to browse you accept cookies.",
    "We value your privacy",
    "Accept all",
    "Accept",
    "Reject all",
    "Only necessary",
    "Cookie settings",
    "Manage preferences",
    "OK",
    "Got it",
    "Privacy policy",
    "consent",
    "Diese Website verwendet Cookies.",
    "Alle akzeptieren",
    "Ablehnen",
    "Nous utilisons des cookies.",
    "Tout accepter",
    "Continuer sans accepter",
    "Subscribe for €2.99 a month",
    "Please verify your age",
    "Sign in to comment",
    "Load the video",
    // article
    "The harbour bridge reopened to traffic on Tuesday, three years after engineers closed it, the transport authority said.",
    "“We have rebuilt it to last another century,” said Maria Keller, the authority’s chief engineer, on a rainy morning.",
    "According to the chamber of commerce, shops near the bridge lost a fifth of their customers.",
    "Der Bürgermeister sagte am Montag, die Brücke sei sicher.",
    "„Wir haben alles neu gebaut“, sagte die Ministerin.",
    "« Nous avons tout refait », a déclaré la ministre.",
    "Selon le maire, le pont est sûr.",
    "the mayor said",
    "said",
    "Dr. Amal Haddad",
    ",",
    ".",
    "“",
    "”",
    // placeholders
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "0 Comments",
    "No comments yet",
    "Kommentare (0)",
    "Advertisement",
    "Sponsored content",
    "Share",
    "Related posts",
    "Recent comments",
    "You may also like",
    "Laest News",
    "Newsletter",
    "Subscribe to our newsletter",
    "Loading...",
    "Sample text",
    "Your text here",
    // odd characters
    " ",
    "\n",
    "😀",
    "👩\u{200D}⚕\u{FE0F}",
    "e\u{301}",
    "sa\u{200B}id",
    "\u{FFFD}",
    "שלום",
    "x",
];

/// Ids and classes: those the CMP and framework tables name, and a few the page-side heuristics
/// read (article, sidebar, widget, modal words).
static NAMES: LazyLock<(Vec<String>, Vec<String>)> = LazyLock::new(|| {
    let mut ids: Vec<String> = vec!["".into(), "".into(), "content".into(), "main".into(), "sidebar".into(), "comments".into()];
    ids.extend(["sp_message_container_123", "sp_message_iframe_1", "cookie-banner", "gdpr", "consent", "post-1"].map(String::from));
    let mut classes: Vec<String> = ["post", "entry-content", "article-body", "sidebar", "widget", "widget-title", "comment", "skeleton"]
        .into_iter()
        .chain(["newsletter", "ad", "share", "cookie", "banner", "overlay", "backdrop", "modal", "popup", "show", "in", "fade"])
        .map(String::from)
        .collect();
    let selectors = CMPS
        .iter()
        .flat_map(|c| c.notices.iter().chain(c.backdrops).chain(c.reject))
        .chain(FRAMEWORKS.iter().flat_map(|f| f.modals.iter().chain(f.backdrops)));
    for sel in selectors {
        let mut rest: &str = sel;
        while let Some(i) = rest.find(['#', '.']) {
            let name: String = rest[i + 1..].chars().take_while(|&c| c.is_alphanumeric() || c == '-' || c == '_').collect();
            if rest.as_bytes()[i] == b'#' {
                ids.push(name.clone())
            } else {
                classes.push(name.clone())
            }
            rest = &rest[i + 1 + name.len()..];
        }
    }
    let locks = CMPS.iter().flat_map(|c| c.lock_classes).chain(FRAMEWORKS.iter().flat_map(|f| f.lock_classes));
    classes.extend(locks.map(|c| c.to_string()));
    (ids, classes)
});

#[derive(Arbitrary, Debug)]
struct Input {
    /// How the page starts: bare (0), `<html lang> <head></head> <body>` as every real page does
    /// (1), or that with an article of three paragraphs in `<main>` (2), so that there is main
    /// content to guard.
    skeleton: u8,
    lang: u8,
    reject_click: bool,
    /// The page side says a notice was found in a frame; the iframes report being notices.
    notice_elsewhere: bool,
    frames_are_notices: bool,
    nodes: Vec<Spec>,
}

#[derive(Arbitrary, Debug)]
enum Spec {
    Element { parent: u8, tag: u8, id: u8, classes: Vec<u8>, attrs: Vec<(u8, u8)>, shadow: bool },
    Text { parent: u8, words: Vec<u8>, glue: bool, shadow: bool },
}

fn pick<T: Copy>(list: &[T], i: u8) -> T {
    list[i as usize % list.len()]
}

/// The packed snapshot the input describes (built as the page side builds one, so that decoding
/// sets up shadow hosts, html, body and lang as it does for a real read).
fn packed(input: &Input) -> String {
    const S: char = packed::SEPARATOR;
    let (ids, classes) = &*NAMES;
    let mut out = format!("S{S}{}{S}{}{S}{}{S}", packed::VERSION, input.lang % 2, 0);
    let mut elements: Vec<usize> = Vec::new();
    let mut count = 0;
    let skeleton = input.skeleton % 3;
    if skeleton >= 1 {
        let lang = pick(&["", "en", "de", "fr", "es"], input.lang);
        let attrs = if lang.is_empty() { "0".to_string() } else { format!("1{S}lang{S}{lang}") };
        out += &format!("E{S}{}{S}{S}html{S}{S}{S}{S}{attrs}{S}", 100);
        out += &format!("E{S}{}{S}{}{S}head{S}{S}{S}{S}{}{S}", 101, 0, 0);
        out += &format!("E{S}{}{S}{}{S}body{S}{S}{S}{S}{}{S}", 102, 0, 0);
        elements.extend([0, 2]);
        count = 3;
    }
    if skeleton == 2 {
        out += &format!("E{S}{}{S}{}{S}main{S}{S}{S}{S}{}{S}", 103, 2, 0);
        out += &format!("E{S}{}{S}{}{S}article{S}{S}{S}{S}{}{S}", 104, 3, 0);
        for (k, prose) in ARTICLE.iter().enumerate() {
            let p = 5 + 2 * k;
            out += &format!("E{S}{}{S}{}{S}p{S}{S}{S}{S}{}{S}T{S}{p}{S}{S}{prose}{S}", 100 + p, 4, 0);
        }
        // Counting back: body, the article, <main>, then the paragraphs.
        elements = vec![0, 9, 7, 5, 3, 4, 2];
        count = 11;
    }
    for spec in &input.nodes {
        if count == MAX_NODES {
            break;
        }
        // The parent counts back from the latest element (small numbers nest deep); 255 is a root.
        let parent_of = |p: u8| match elements.len() {
            0 => String::new(),
            _ if p == 255 => String::new(),
            n => elements[n - 1 - p as usize % n].to_string(),
        };
        let handle = 100 + count;
        match spec {
            Spec::Element { parent, tag, id, classes: cs, attrs, shadow } => {
                let parent = parent_of(*parent);
                let class: Vec<&str> = cs.iter().take(3).map(|&c| classes[c as usize % classes.len()].as_str()).collect();
                let attrs: Vec<(&str, &str)> = attrs
                    .iter()
                    .take(4)
                    .map(|&(name, value)| {
                        let (name, values) = pick(ATTRIBUTES, name);
                        (name, pick(values, value))
                    })
                    .collect();
                let shadow = if *shadow && !parent.is_empty() { "1" } else { "" };
                out += &format!(
                    "E{S}{handle}{S}{parent}{S}{}{S}{}{S}{}{S}{shadow}{S}{}{S}",
                    pick(TAGS, *tag),
                    ids[*id as usize % ids.len()],
                    class.join(" "),
                    attrs.len()
                );
                for (k, v) in attrs {
                    out += &format!("{k}{S}{v}{S}");
                }
                elements.push(count);
            }
            Spec::Text { parent, words, glue, shadow } => {
                let parent = parent_of(*parent);
                let text: Vec<&str> = words.iter().take(12).map(|&w| pick(WORDS, w)).collect();
                let shadow = if *shadow && !parent.is_empty() { "1" } else { "" };
                out += &format!("T{S}{parent}{S}{shadow}{S}{}{S}", text.join(if *glue { "" } else { " " }));
            }
        }
        count += 1;
    }
    out
}

fuzz_target!(|input: Input| {
    let mut snap = packed::decode(&packed(&input)).expect("the fuzzer's snapshots decode");
    assert!(snap.nodes.len() <= MAX_NODES);
    let frames: Vec<u32> = (0..snap.nodes.len()).filter(|&id| snap.tag(id) == "iframe").map(|id| snap.handle(id)).collect();
    let env = Env {
        notice_frames: if input.frames_are_notices { frames } else { Vec::new() },
        notice_elsewhere: input.notice_elsewhere,
        ..Env::default()
    };
    env.apply_to(&mut snap);
    let options = Options { reject_click: input.reject_click, ..Options::default() };
    let layout = InlineLayout::new(&snap);
    let fail = |e: String| -> ! { panic!("{e}\nthe snapshot (notice frames {:?}):\n{}", snap.notice_frames, outline(&snap)) };

    let scan = engine::scan_knowing(&Page::new(&snap, &layout), &options, input.notice_elsewhere);
    let main = &scan.learned.main;
    check_plan(&snap, &scan.plan, main, "scan").unwrap_or_else(|e| fail(e));
    check_ids(&snap, &scan.restore, "scan: restore").unwrap_or_else(|e| fail(e));
    check_ids(&snap, &scan.watch, "scan: watch").unwrap_or_else(|e| fail(e));

    let mut session = Session::default();
    let full = session.run(&snap, &layout, &options, &env, false);
    check_plan(&snap, &full.plan, main, "full run").unwrap_or_else(|e| fail(e));
    assert_eq!(full.plan, scan.plan, "a first full run decides as a scan does");
    let partial = session.run(&snap, &layout, &options, &env, true);
    check_plan(&snap, &partial.plan, main, "partial run").unwrap_or_else(|e| fail(e));
    check_ids(&snap, &partial.restore, "partial run: restore").unwrap_or_else(|e| fail(e));
    check_ids(&snap, &partial.watch, "partial run: watch").unwrap_or_else(|e| fail(e));
});

/// `Err(message)` unless `cond`.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

fn check_ids(snap: &Snapshot, ids: &[NodeId], what: &str) -> Result<(), String> {
    for &id in ids {
        ensure!(id < snap.nodes.len(), "{what}: node {id} out of range ({} nodes)", snap.nodes.len());
    }
    Ok(())
}

fn check_plan(snap: &Snapshot, plan: &Plan, main: &MainContent, what: &str) -> Result<(), String> {
    let hidden: Vec<NodeId> = plan.hide.iter().map(|h| h.node).collect();
    check_ids(snap, &hidden, &format!("{what}: hide"))?;
    check_ids(snap, &plan.click, &format!("{what}: click"))?;
    check_ids(snap, &plan.close, &format!("{what}: close"))?;
    check_ids(snap, &main.roots, &format!("{what}: main content"))?;
    if let Some(unlock) = &plan.unlock {
        let ids: Vec<NodeId> = unlock.attributes.iter().map(|(id, _)| *id).collect();
        check_ids(snap, &ids, &format!("{what}: unlock attributes"))?;
    }
    for (i, h) in plan.hide.iter().enumerate() {
        let id = h.node;
        ensure!(!hidden[..i].contains(&id), "{what}: node {id} hidden twice");
        let Some(e) = snap.element(id) else { return Err(format!("{what}: node {id} hidden is not an element")) };
        ensure!(!matches!(e.tag.as_str(), "html" | "body" | "head"), "{what}: hides <{}> (node {id}): {h:?}", e.tag);
        ensure!(Some(id) != snap.html && Some(id) != snap.body, "{what}: hides the page's html or body (node {id}): {h:?}");
        for &root in &main.roots {
            ensure!(!snap.contains(id, root), "{what}: hides node {id}, which holds the main content's root {root}: {h:?}");
        }
    }
    for h in &plan.highlights {
        for point in [h.start, h.end] {
            let Some(text) = snap.text(point.node) else { return Err(format!("{what}: highlight {h:?} not in a text node")) };
            ensure!(point.offset <= text.encode_utf16().count(), "{what}: highlight {h:?} past its text {text:?}");
        }
    }
    Ok(())
}

/// The snapshot as indented lines, one per node: `id <tag#id.class [attr=value]>` or `id "text"`.
fn outline(snap: &Snapshot) -> String {
    let mut out = String::new();
    for (id, node) in snap.nodes.iter().enumerate() {
        let depth = snap.ancestors(id).count();
        let shadow = if node.shadow { " (shadow)" } else { "" };
        let line = match snap.element(id) {
            Some(e) => {
                let attrs: String = e.attrs.iter().map(|(k, v)| format!(" {k}={v:?}")).collect();
                format!("<{e}{attrs}>")
            }
            None => format!("{:?}", snap.text(id).unwrap_or("")),
        };
        out += &format!("{:3} {}{line}{shadow}\n", id, "  ".repeat(depth));
    }
    out
}
