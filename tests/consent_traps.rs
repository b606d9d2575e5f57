//! What must never be hidden although it speaks of cookies or privacy (issue item 8), one trap
//! each: each is a near miss that the generic rules alone would have taken (a consent statement
//! and a control that reads as consent).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::consent::{decide, page, Decided};

fn nothing(extra: &str) {
    assert_eq!(decide(&page("", "", extra)), Decided::default(), "{extra}");
}

#[test]
fn embed_placeholders_explain_what_is_missing() {
    let in_article = r#"<div class="embed-placeholder"><p>Accept cookies to watch this video on YouTube.</p><button>Accept</button></div>"#;
    nothing(&page("", "", "").replace("</article>", &format!("{in_article}</article>")).replace("<!DOCTYPE html>", ""));
    nothing(
        r#"<aside><div class="insta-placeholder"><p>To view this Instagram post, accept cookies from Instagram.</p><button>Accept cookies</button></div></aside>"#,
    );
    nothing(
        r#"<aside><div class="x-embed"><p>Wir verwenden Cookies, um Ihnen externe Inhalte anzuzeigen. Akzeptieren Sie sie, um dieses Video zu sehen.</p><button>Akzeptieren</button></div></aside>"#,
    );
}

#[test]
fn age_gates_that_mention_cookies() {
    nothing(
        r#"<div class="age-gate" style="position:fixed;inset:0"><h2>Welcome</h2><p>Please confirm that you are 18 years or older to enter this site. By entering you accept the use of cookies.</p><button>I agree</button><button>Leave</button></div>"#,
    );
}

#[test]
fn paywalls_that_mention_cookies() {
    nothing(
        r#"<div class="meter" style="position:fixed;bottom:0;left:0;right:0"><p>You have read 3 of 3 free articles this month. Subscribe for full access from €1 a week. We use cookies to count the articles you read.</p><a href="/subscribe">Subscribe</a><button>Continue with a free account</button></div>"#,
    );
}

#[test]
fn a_fixed_sign_in_to_comment_bar_that_mentions_privacy() {
    nothing(
        r#"<div class="comment-bar" style="position:fixed;bottom:0;left:0;right:0"><p>Sign in to comment. By continuing, you agree to our Terms of Use and Privacy Policy, including our use of cookies.</p><button>Sign in</button><button>Continue</button></div>"#,
    );
}

#[test]
fn the_sites_own_non_consent_dialogs() {
    nothing(
        r#"<div class="region" role="dialog" aria-modal="true"><h2>Choose your edition</h2><p>Your choice of edition is kept on this device only. See our privacy policy.</p><button>UK</button><button>International</button></div>"#,
    );
    nothing(
        r#"<div class="t5-login" role="dialog" aria-modal="true"><h2>Sign in</h2><label>Email <input type="email" name="email"></label><p>By continuing you agree to our Terms of Use and acknowledge our Privacy Policy and cookie use.</p><button>Continue</button></div>"#,
    );
}
