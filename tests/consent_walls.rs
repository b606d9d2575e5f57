//! "Consent or pay" walls (issue item 6): an in-flow layer with consent words and a subscription
//! offer over a page whose `<html>` carries a lock: the layer goes, the lock is released, the
//! article stays. The same layer over a page that scrolls is left alone (it may be a teaser).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::consent::{decide, page, Decided};

/// A wall in the flow before the article: a heading, the consent offer and the paid offer.
const WALL: &str = r#"<div class="cw-layer"><h2>Read the Courier with ads, or without</h2>
<div class="cw-free"><p>We and our partners use cookies and similar technologies to show you personalised advertising and to measure our audience. With your consent you keep reading every article free of charge, as before. You can withdraw your consent at any time in the privacy settings at the foot of every page.</p><button>Accept and continue</button></div>
<div class="cw-pay"><p>Prefer to read without advertising tracking? Subscribe to Courier Pure for €2.99 a month: no personalised ads, no tracking cookies, cancel monthly. Our journalism is paid for by readers and advertisers alike, and either way you support it.</p><a href="/pure">Subscribe to Courier Pure</a> <a href="/login">Already a subscriber? Log in</a></div></div>"#;

fn walled(html_attrs: &str) -> String {
    // The wall comes first in the body, before the article.
    page(html_attrs, "", "").replacen("<header", &format!("{WALL}<header"), 1)
}

#[test]
fn a_consent_or_pay_wall_goes_and_its_lock_is_released() {
    let d = decide(&walled(r#"class="cw-open" style="overflow:hidden""#));
    assert_eq!(d.hidden, ["consent-notice consent:pay-or-accept div.cw-layer"]);
    assert_eq!(d.unlocked, ["html: overflow-x=visible, overflow-y=visible"]);
}

#[test]
fn the_same_layer_over_a_page_that_scrolls_stays() {
    assert_eq!(decide(&walled("")), Decided::default());
}

#[test]
fn a_paywall_without_a_way_to_consent_stays_even_over_a_locked_page() {
    let paywall = walled(r#"style="overflow:hidden""#)
        .replace("<button>Accept and continue</button>", "<a href=\"/free\">Read three free articles</a>");
    assert_eq!(decide(&paywall), Decided::default());
}
