//! Scroll locks and shutters (issue items 1 and 2): which lock is released with a consent notice,
//! to what, and which `inert` / `aria-hidden` is lifted. Layout from inline styles.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use sourcelight::model::layout::{BoxScroll, ScrollBaseline};
use support::consent::{decide, decide_unmeasured, decide_with, page, Decided};

/// A notice no CMP table knows: fixed, a statement, two buttons.
const NOTICE: &str = r#"<div class="x-privacy" style="position:fixed;bottom:0;left:0;right:0"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept all</button><button>Reject all</button></div>"#;
const HIDDEN: &str = "consent-notice consent:generic div.x-privacy";

fn released(what: &[&str]) -> Vec<String> {
    what.iter().map(|s| s.to_string()).collect()
}

fn locked_baseline(html: &str, body: &str) -> ScrollBaseline {
    let b = |o: &str| BoxScroll { overflow_x: o.into(), overflow_y: o.into(), position: "static".into(), top: "auto".into() };
    ScrollBaseline { html: b(html), body: b(body) }
}

// ── Item 1: locks in the page's first HTML ────────────────────────────────────────────────

#[test]
fn html_overflow_hidden_in_the_markup_is_released_with_the_notice() {
    let p = page(r#"style="overflow:hidden""#, "", NOTICE);
    // The baseline read at document_start already shows the lock: it is released all the same.
    let d = decide_with(&p, Some(locked_baseline("hidden", "visible")));
    assert_eq!(d.hidden, [HIDDEN]);
    assert_eq!(d.unlocked, released(&["html: overflow-x=visible, overflow-y=visible"]));
}

#[test]
fn body_modal_open_and_overflow_y_in_the_markup_are_released() {
    let d = decide(&page("", r#"class="modal-open" style="overflow:hidden""#, NOTICE));
    assert_eq!(d.hidden, [HIDDEN]);
    assert_eq!(d.unlocked, released(&["body: overflow-x=visible, overflow-y=visible"]));
    let d = decide(&page("", r#"style="overflow-y:hidden""#, NOTICE));
    assert_eq!(d.unlocked, released(&["body: overflow-x=visible, overflow-y=visible"]));
}

#[test]
fn a_cmp_lock_class_rendered_by_the_server_is_released() {
    let sourcepoint =
        r#"<div id="sp_message_container_881234"><iframe id="sp_message_iframe_881234" title="SP Consent Message"></iframe></div>"#;
    let d = decide_with(
        &page(r#"class="sp-message-open" style="overflow:hidden""#, "", sourcepoint),
        Some(locked_baseline("hidden", "visible")),
    );
    assert_eq!(d.hidden, ["consent-notice cmp:Sourcepoint div#sp_message_container_881234"]);
    assert_eq!(d.unlocked, released(&["html: overflow-x=visible, overflow-y=visible"]));
}

#[test]
fn released_values_are_the_baseline_where_it_did_not_lock() {
    let base = ScrollBaseline {
        html: BoxScroll { overflow_x: "hidden".into(), overflow_y: "scroll".into(), position: "static".into(), top: "auto".into() },
        body: BoxScroll::default(),
    };
    let d = decide_with(&page(r#"style="overflow:hidden""#, "", NOTICE), Some(base));
    assert_eq!(d.unlocked, released(&["html: overflow-x=visible, overflow-y=scroll"]));
}

#[test]
fn a_page_with_no_notice_keeps_its_own_overflow() {
    let d = decide(&page(r#"style="overflow:hidden""#, r#"style="overflow:hidden;touch-action:none""#, ""));
    assert_eq!(d, Decided::default());
}

#[test]
fn an_app_like_page_that_scrolls_inside_a_container_keeps_its_layout() {
    let app = format!(
        r#"<!DOCTYPE html><html lang=en><body style="overflow:hidden"><div class="app" style="overflow-y:auto;height:100vh">{}</div>{NOTICE}</body></html>"#,
        support::consent::ARTICLE
    );
    let d = decide(&app);
    assert_eq!(d.hidden, [HIDDEN]);
    assert_eq!(d.unlocked, Vec::<String>::new());
}

#[test]
fn a_page_that_scrolls_in_its_body_keeps_html_as_it_is() {
    let d = decide(&page(r#"style="overflow:hidden""#, r#"style="height:100%;overflow-y:auto""#, NOTICE));
    assert_eq!(d.hidden, [HIDDEN]);
    assert_eq!(d.unlocked, Vec::<String>::new());
}

#[test]
fn a_page_no_taller_than_the_window_keeps_its_lock() {
    let short = format!(
        r#"<!DOCTYPE html><html lang=en style="overflow:hidden"><body><main><article><h1>Short</h1><p>A short note, no more than a screen, on the library’s new opening hours: the reading room opens at nine on weekdays and at ten on Saturdays, and it closes at eight in the evening through the winter.</p><p>The lending desk keeps its hours, the department said, and the café on the ground floor reopens in March.</p></article></main>{NOTICE}</body></html>"#
    );
    let d = decide(&short);
    assert_eq!(d.hidden, [HIDDEN]);
    assert_eq!(d.unlocked, Vec::<String>::new());
}

#[test]
fn without_heights_a_lock_in_the_markup_is_released_only_when_a_lock_class_names_it() {
    let base = Some(locked_baseline("hidden", "visible"));
    let d = decide_unmeasured(&page(r#"style="overflow:hidden""#, "", NOTICE), base.clone());
    assert_eq!((d.hidden.as_slice(), d.unlocked.as_slice()), ([HIDDEN.to_string()].as_slice(), [].as_slice()));
    let d = decide_unmeasured(&page(r#"class="sp-message-open" style="overflow:hidden""#, "", NOTICE), base);
    assert_eq!(d.unlocked, released(&["html: overflow-x=visible, overflow-y=visible"]));
    // Set after document_start: released.
    let d = decide_unmeasured(&page(r#"style="overflow:hidden""#, "", NOTICE), Some(locked_baseline("visible", "visible")));
    assert_eq!(d.unlocked, released(&["html: overflow-x=visible, overflow-y=visible"]));
}

// ── Item 2: the other kinds of lock ───────────────────────────────────────────────────────

#[test]
fn body_fixed_with_a_negative_top_is_released_and_the_reading_position_restored() {
    let d = decide(&page("", r#"style="position:fixed;top:-600px;width:100%""#, NOTICE));
    assert_eq!(d.hidden, [HIDDEN]);
    assert_eq!(d.unlocked, released(&["body: position=static, top=auto"]));
    assert_eq!(d.restore_y, Some(600.0));
}

#[test]
fn a_lock_set_again_after_the_notice_was_hidden_is_released_again() {
    let hidden_notice = NOTICE.replace(r#"<div class="x-privacy""#, r#"<div data-sourcelight-hidden="consent-notice" class="x-privacy""#);
    let d = decide(&page("", r#"style="overflow:hidden""#, &hidden_notice));
    assert_eq!((d.hidden.len(), d.notice_present), (0, true));
    assert_eq!(d.unlocked, released(&["body: overflow-x=visible, overflow-y=visible"]));
}

#[test]
fn html_fixed_with_a_negative_top_is_released_too() {
    let d = decide(&page(r#"style="position:fixed;top:-300px;width:100%""#, "", NOTICE));
    assert_eq!(d.unlocked, released(&["html: position=static, top=auto"]));
    assert_eq!(d.restore_y, Some(300.0));
}

#[test]
fn overflow_clip_is_a_lock() {
    let d = decide(&page(r#"style="overflow:clip""#, "", NOTICE));
    assert_eq!(d.unlocked, released(&["html: overflow-x=visible, overflow-y=visible"]));
}

#[test]
fn height_100_and_overflow_hidden_on_html_and_body_are_both_released() {
    let d = decide(&page(r#"style="height:100%;overflow:hidden""#, r#"style="height:100%;overflow:hidden""#, NOTICE));
    assert_eq!(d.unlocked, released(&["html: overflow-x=visible, overflow-y=visible", "body: overflow-x=visible, overflow-y=visible"]));
}

#[test]
fn touch_action_and_overscroll_locks_are_released() {
    let d = decide(&page("", r#"style="touch-action:none;overscroll-behavior:none""#, NOTICE));
    assert_eq!(d.unlocked, released(&["body: touch-action=auto, overscroll-behavior-y=auto"]));
    // Overscroll alone stops no scrolling: it is the site's own design.
    let d = decide(&page("", r#"style="overscroll-behavior-y:none""#, NOTICE));
    assert_eq!(d.unlocked, Vec::<String>::new());
}

#[test]
fn inert_and_aria_hidden_on_the_page_wrapper_are_lifted() {
    let shut = format!(
        r#"<!DOCTYPE html><html lang=en><body><div id="page" inert>{}</div><div class="sprite" aria-hidden="true" style="display:none"><svg></svg></div>{NOTICE}</body></html>"#,
        support::consent::ARTICLE
    );
    let d = decide(&shut);
    assert_eq!(d.hidden, [HIDDEN]);
    assert_eq!(d.lifted, ["div#page inert"]);
    let hidden_article = page("", "", NOTICE).replace("<main ", r#"<main aria-hidden="true" "#);
    assert_eq!(decide(&hidden_article).lifted, ["main aria-hidden"]);
}

#[test]
fn regions_beside_the_article_shut_the_same_way_are_lifted_too() {
    let shut = page("", "", NOTICE)
        .replace(r#"<header class="site">"#, r#"<header class="site" inert>"#)
        .replace("<main ", "<main inert ")
        .replace(r#"<footer class="site">"#, r#"<footer class="site" aria-hidden="true">"#);
    // The footer is aria-hidden, not inert: the site's own, left alone.
    assert_eq!(decide(&shut).lifted, ["header.site inert", "main inert"]);
}

#[test]
fn without_a_notice_shutters_stay() {
    let d = decide(&page("", "", "").replace("<main ", "<main inert "));
    assert_eq!(d.lifted, Vec::<String>::new());
}
