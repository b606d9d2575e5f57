//! Markers of consent-management platforms (CMPs): one row per CMP, as data.
//!
//! Each selector is plain CSS (the subset in [`crate::decide::patterns::selector`]); the build writes the notice and
//! backdrop selectors into the stylesheet that hides known notices at `document_start`, and the
//! engine matches the same rows. Sources, per row: DuckDuckGo autoconsent's rules
//! (`rules/autoconsent/*.json`, `lib/cmps/*.ts` @1eb5122), Firefox's cookie-banner rules, I Still
//! Don't Care About Cookies' `common.css`, and the plugins' own templates, as collected in
//! `../shared/notes/consent-notices.md` §4. Keep the rows sorted by name.

use crate::decide::patterns::list::{list, List, Source};

/// One consent-management platform.
#[derive(Clone, Copy, Debug)]
pub struct Cmp {
    pub name: &'static str,
    /// Containers of the notice. When several match, the outermost is hidden.
    pub notices: List,
    /// The CMP's own backdrop (overlay) elements.
    pub backdrops: List,
    /// Classes the CMP sets on `<html>` or `<body>` while it locks scrolling.
    pub lock_classes: List,
    /// Its "reject" control, for the optional reject click (never "accept").
    pub reject: List,
    /// Where the markers come from.
    pub source: Source,
}

/// The known CMPs, sorted by name.
pub const CMPS: &[Cmp] = &[
    Cmp {
        name: "Borlabs Cookie",
        notices: list!["#BorlabsCookieBox", "._brlbs-bar-wrap", "._brlbs-box-wrap", ".brlbs-cmpnt-dialog"],
        backdrops: list![],
        lock_classes: list![],
        reject: list![".brlbs-btn-accept-only-essential", "a[data-cookie-refuse]", "._brlbs-refuse-btn a"],
        source: Source::new("autoconsent borlabs.json; Firefox global rule"),
    },
    Cmp {
        name: "Civic Cookie Control",
        notices: list!["#ccc-module", "#ccc-notify", "#ccc"],
        backdrops: list!["#ccc-overlay"],
        lock_classes: list![],
        reject: list![".ccc-reject-button"],
        source: Source::new("autoconsent civic-cookie-control.json"),
    },
    Cmp {
        name: "Complianz",
        notices: list!["#cmplz-cookiebanner-container", ".cmplz-cookiebanner"],
        backdrops: list![".cmplz-soft-cookiewall"],
        lock_classes: list![],
        reject: list![".cmplz-btn.cmplz-deny", ".cmplz-deny"],
        source: Source::new("autoconsent complianz-banner.json; Firefox global rule; ISDCAC"),
    },
    Cmp {
        name: "consentmanager.net",
        notices: list!["#cmpbox", "#ncmp__tool"],
        backdrops: list!["#cmpbox2"],
        lock_classes: list![],
        reject: list!["#cmpwelcomebtnno a", ".cmpboxbtnno"],
        source: Source::new("autoconsent lib/cmps/consentmanager.ts, consentmanager-ncmp.json; Firefox global rule"),
    },
    Cmp {
        name: "Cookie Notice (dFactory)",
        notices: list!["#cookie-notice"],
        backdrops: list![],
        lock_classes: list![],
        reject: list!["#cn-refuse-cookie"],
        source: Source::new("dfactoryplugins/cookie-notice cookie-notice.php l.510-517"),
    },
    Cmp {
        name: "Cookie-Script",
        notices: list!["#cookiescript_injected"],
        backdrops: list![],
        lock_classes: list![],
        reject: list!["#cookiescript_reject"],
        source: Source::new("autoconsent cookie-script.json"),
    },
    Cmp {
        name: "Cookiebot",
        notices: list!["#CybotCookiebotDialog"],
        backdrops: list!["#CybotCookiebotDialogBodyUnderlay"],
        lock_classes: list![],
        reject: list!["#CybotCookiebotDialogBodyButtonDecline", "#CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll"],
        source: Source::new("autoconsent lib/cmps/cookiebot.ts; Firefox global rule"),
    },
    Cmp {
        name: "CookieLawInfo",
        notices: list!["#cookie-law-info-bar", "#cliSettingsPopup", "#cookie-law-info-again"],
        backdrops: list!["#cookie-law-bg", ".cli-popupbar-overlay"],
        lock_classes: list!["cli-barmodal-open"],
        reject: list!["#cookie_action_close_header_reject", "[data-cli_action=reject]"],
        source: Source::new("autoconsent cookie-law-info.json; wp-plugins/cookie-law-info php/functions.php; ISDCAC"),
    },
    Cmp {
        name: "CookieYes",
        notices: list![".cky-consent-container", ".cky-modal"],
        backdrops: list![".cky-overlay"],
        lock_classes: list!["cky-modal-open"],
        reject: list!["[data-cky-tag=reject-button]"],
        source: Source::new("autoconsent cookieyes.json"),
    },
    Cmp {
        name: "Didomi",
        notices: list!["#didomi-host", "#didomi-popup", "#didomi-notice", ".didomi-popup-container"],
        backdrops: list![".didomi-popup-backdrop"],
        lock_classes: list!["didomi-popup-open"],
        reject: list!["#didomi-notice-disagree-button", ".didomi-continue-without-agreeing"],
        source: Source::new("autoconsent didomi.json; Firefox global rule; ISDCAC"),
    },
    Cmp {
        name: "Google Funding Choices",
        notices: list![".fc-consent-root", ".fc-dialog-container"],
        backdrops: list![".fc-dialog-overlay"],
        lock_classes: list![],
        reject: list![".fc-cta-do-not-consent"],
        source: Source::new("autoconsent fundingchoices.json"),
    },
    Cmp {
        name: "Iubenda",
        notices: list!["#iubenda-cs-banner"],
        backdrops: list![],
        lock_classes: list!["iubenda-cs-overlay-visible"],
        reject: list![".iubenda-cs-reject-btn"],
        source: Source::new("autoconsent iubenda.json; ISDCAC rules.json"),
    },
    Cmp {
        name: "Klaro",
        notices: list![".klaro > .cookie-notice", ".klaro > .cookie-modal", ".klaro .cookie-modal"],
        backdrops: list![],
        lock_classes: list![],
        reject: list![".klaro .cn-decline"],
        source: Source::new("autoconsent lib/cmps/klaro.ts; ISDCAC"),
    },
    Cmp {
        name: "Moove GDPR Cookie Compliance",
        notices: list!["#moove_gdpr_cookie_info_bar", "#moove_gdpr_cookie_modal"],
        backdrops: list![],
        lock_classes: list!["gdpr-infobox-visible"],
        reject: list![".moove-gdpr-infobar-reject-btn"],
        source: Source::new("autoconsent moove.json"),
    },
    Cmp {
        name: "OneTrust",
        notices: list!["#onetrust-consent-sdk", "#onetrust-banner-sdk", "#onetrust-pc-sdk", ".js-consent-banner"],
        backdrops: list![".onetrust-pc-dark-filter"],
        lock_classes: list![],
        reject: list!["#onetrust-reject-all-handler", ".ot-pc-refuse-all-handler"],
        source: Source::new("autoconsent lib/cmps/onetrust.ts; Firefox global rule; ISDCAC"),
    },
    Cmp {
        name: "Osano",
        notices: list![".osano-cm-window", ".osano-cm-dialog"],
        backdrops: list![],
        lock_classes: list![],
        reject: list![".osano-cm-denyAll", ".osano-cm-deny"],
        source: Source::new("autoconsent osano.json"),
    },
    Cmp {
        name: "Quantcast Choice",
        notices: list!["#qc-cmp2-container", "#qc-cmp2-main", "#qc-cmp2-ui"],
        backdrops: list![],
        lock_classes: list!["qc-cmp-ui-showing"],
        reject: list!["#disagree-btn", ".qc-cmp2-summary-buttons > button[mode=secondary]"],
        source: Source::new("autoconsent quantcast.json; Firefox global rule; ISDCAC common.css"),
    },
    Cmp {
        name: "Sourcepoint",
        notices: list!["div[id^=sp_message_container_]", "#sp_privacy_manager_container", "iframe[id^=sp_message_iframe_]"],
        backdrops: list![],
        lock_classes: list!["sp-message-open"],
        reject: list![],
        source: Source::new("autoconsent lib/cmps/sourcepoint-frame.ts; uBO annoyances-cookies.txt; ISDCAC common.css"),
    },
    Cmp {
        name: "TrustArc",
        notices: list![
            "#truste-consent-track",
            "#truste-consent-content",
            ".trustarc-banner-container",
            ".truste_box_overlay",
            ".truste_popframe",
        ],
        backdrops: list!["#trustarc-banner-overlay", ".truste_overlay"],
        lock_classes: list![],
        reject: list!["#truste-consent-required"],
        source: Source::new("autoconsent lib/cmps/trustarc-top.ts, trustarc-newcm.json; Firefox global rule"),
    },
    Cmp {
        name: "Usercentrics",
        notices: list!["#usercentrics-root", "#usercentrics-cmp-ui"],
        backdrops: list![],
        lock_classes: list!["overflowHidden"],
        reject: list!["[data-testid=uc-deny-all-button]", "[data-action-type=deny]"],
        source: Source::new("autoconsent usercentrics-api.json; ISDCAC"),
    },
    Cmp {
        name: "WPEka GDPR Cookie Consent",
        notices: list!["#gdpr-cookie-consent-bar", "#gdpr-cookie-consent-show-again"],
        backdrops: list!["#gdpr-popup-bg"],
        lock_classes: list![],
        reject: list!["#cookie_action_reject"],
        source: Source::new("wpeka/gdpr-cookie-consent public/templates/cookie-notice.php l.452-513; autoconsent wp-cookie-notice.json"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::patterns::selector::Selector;

    #[test]
    fn rows_are_sorted_by_name_and_unique() {
        for w in CMPS.windows(2) {
            assert!(w[0].name.to_lowercase() < w[1].name.to_lowercase(), "{} must come before {}", w[1].name, w[0].name);
        }
    }

    #[test]
    fn every_selector_parses() {
        for cmp in CMPS {
            assert!(!cmp.notices.is_empty(), "{} has no notice selector", cmp.name);
            for sel in cmp.notices.iter().chain(cmp.backdrops.iter()).chain(cmp.reject.iter()) {
                Selector::parse(sel).unwrap_or_else(|e| panic!("{}: {e}", cmp.name));
            }
        }
    }

    #[test]
    fn covers_the_cmps_issue_3_names() {
        let wanted = [
            "OneTrust",
            "Cookiebot",
            "Quantcast Choice",
            "TrustArc",
            "Didomi",
            "Usercentrics",
            "Sourcepoint",
            "consentmanager.net",
            "Google Funding Choices",
            "CookieYes",
            "Complianz",
            "Borlabs Cookie",
            "Osano",
            "Klaro",
            "Iubenda",
            "Civic Cookie Control",
            "Cookie-Script",
            "CookieLawInfo",
            "WPEka GDPR Cookie Consent",
            "Cookie Notice (dFactory)",
            "Moove GDPR Cookie Compliance",
        ];
        for name in wanted {
            assert!(CMPS.iter().any(|c| c.name == name), "missing CMP {name}");
        }
        assert_eq!(CMPS.len(), wanted.len());
    }
}
