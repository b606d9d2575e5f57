//! Top-layer notices and modal frameworks (issue items 3 and 5): a notice opened with
//! `showModal()` or as a popover is closed as well as hidden; a Bootstrap modal used as a notice
//! goes with its separate backdrop and its `modal-open` lock; the site's own modals stay.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::consent::{decide, page, Decided};

const STATEMENT: &str = "<p>This website uses cookies to improve your experience and to show you relevant ads.</p>";
const BUTTONS: &str = "<button>Reject all</button><button>Accept all</button>";

// ── Item 3: <dialog> and popover ──────────────────────────────────────────────────────────

#[test]
fn a_modal_dialog_notice_is_hidden_and_closed() {
    let d = decide(&page("", "", &format!(r#"<dialog open class="consent-dialog">{STATEMENT}{BUTTONS}</dialog>"#)));
    assert_eq!(d.hidden, ["consent-notice consent:generic dialog.consent-dialog"]);
    assert_eq!(d.closed, ["dialog.consent-dialog"]);
}

#[test]
fn a_popover_notice_is_hidden_and_closed() {
    let d = decide(&page("", "", &format!(r#"<div popover="manual" id="privacy-pop">{STATEMENT}{BUTTONS}</div>"#)));
    assert_eq!(d.hidden, ["consent-notice consent:generic div#privacy-pop"]);
    assert_eq!(d.closed, ["div#privacy-pop"]);
}

#[test]
fn a_dialog_around_a_known_cmp_notice_is_closed() {
    let onetrust = format!(r#"<dialog open class="cmp-shell"><div id="onetrust-banner-sdk">{STATEMENT}{BUTTONS}</div></dialog>"#);
    let d = decide(&page("", "", &onetrust));
    assert_eq!(d.hidden, ["consent-notice cmp:OneTrust div#onetrust-banner-sdk"]);
    assert_eq!(d.closed, ["dialog.cmp-shell"]);
}

#[test]
fn the_sites_own_dialogs_stay_open() {
    let alerts = r#"<dialog open class="alerts"><h2>Breaking news alerts</h2><p>Get an alert when a big story breaks. We send no more than three a day, and no cookies are set for them.</p><button>Allow</button><button>Not now</button></dialog>"#;
    let newsletter = r#"<dialog open class="newsletter"><h2>The morning briefing</h2><p>By subscribing you agree to our privacy policy and the use of cookies to measure our newsletter.</p><label>Email <input type="email" name="email"></label><button>Accept and subscribe</button></dialog>"#;
    for dialog in [alerts, newsletter] {
        assert_eq!(decide(&page("", "", dialog)), Decided::default(), "{dialog}");
    }
}

// ── Item 5: Bootstrap modals ──────────────────────────────────────────────────────────────

fn bootstrap_modal(id: &str, title: &str, body: &str, buttons: &str) -> String {
    format!(
        r#"<div class="modal fade show" id="{id}" role="dialog" aria-modal="true" style="display:block"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">{title}</h5></div><div class="modal-body">{body}</div><div class="modal-footer">{buttons}</div></div></div></div>"#
    )
}

const BACKDROP: &str = r#"<div class="modal-backdrop fade show"></div>"#;
const MODAL_OPEN: &str = r#"class="modal-open" style="overflow:hidden;padding-right:15px""#;

#[test]
fn a_bootstrap_modal_notice_goes_with_its_backdrop_and_its_lock() {
    let extra = format!("{}{BACKDROP}", bootstrap_modal("cookieModal", "Cookies", STATEMENT, BUTTONS));
    let d = decide(&page("", MODAL_OPEN, &extra));
    assert_eq!(
        d.hidden,
        [
            "consent-notice consent:generic div#cookieModal.fade.modal.show",
            "consent-backdrop consent:backdrop:Bootstrap div.fade.modal-backdrop.show"
        ]
    );
    assert_eq!(d.unlocked, ["body: overflow-x=visible, overflow-y=visible"]);
}

#[test]
fn a_bootstrap_modal_that_is_no_notice_stays_with_its_backdrop_and_lock() {
    let edition = bootstrap_modal(
        "editionModal",
        "Choose your edition",
        "<p>Read the news of your region first: you can change your edition at any time from the menu.</p>",
        "<button>UK</button><button>US</button><button>International</button>",
    );
    assert_eq!(decide(&page("", MODAL_OPEN, &format!("{edition}{BACKDROP}"))), Decided::default());
}

#[test]
fn the_backdrop_stays_when_the_sites_own_modal_is_shown_too() {
    let notice = bootstrap_modal("cookieModal", "Cookies", STATEMENT, BUTTONS);
    let login = bootstrap_modal("loginModal", "Sign in", "<p>Sign in to save articles for later.</p>", "<button>Sign in</button>");
    let d = decide(&page("", MODAL_OPEN, &format!("{notice}{login}{BACKDROP}")));
    assert_eq!(d.hidden, ["consent-notice consent:generic div#cookieModal.fade.modal.show"]);
}
