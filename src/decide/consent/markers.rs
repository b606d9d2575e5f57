//! Markers of consent-management platforms (CMPs): one row per CMP, as data.
//!
//! Each selector is plain CSS (the subset in [`crate::decide::patterns::selector`]); the build writes the notice and
//! backdrop selectors into the stylesheet that hides known notices at `document_start`, and the
//! engine matches the same rows. Sources, per row: DuckDuckGo autoconsent's rules
//! (`rules/autoconsent/*.json`, `lib/cmps/*.ts` @1eb5122), Firefox's cookie-banner rules, I Still
//! Don't Care About Cookies' `common.css`, and the plugins' own templates, as collected in
//! `../shared/notes/consent-notices.md` §4. Keep the rows sorted by name.

/// One consent-management platform.
#[derive(Clone, Copy, Debug)]
pub struct Cmp {
    pub name: &'static str,
    /// Containers of the notice. When several match, the outermost is hidden.
    pub notices: &'static [&'static str],
    /// The CMP's own backdrop (overlay) elements.
    pub backdrops: &'static [&'static str],
    /// Classes the CMP sets on `<html>` or `<body>` while it locks scrolling.
    pub lock_classes: &'static [&'static str],
    /// Its "reject" control, for the optional reject click (never "accept").
    pub reject: &'static [&'static str],
    /// Where the markers come from.
    pub source: &'static str,
}

/// The known CMPs, sorted by name.
pub const CMPS: &[Cmp] = &[
    Cmp {
        name: "Borlabs Cookie",
        notices: &["#BorlabsCookieBox", "._brlbs-bar-wrap", "._brlbs-box-wrap", ".brlbs-cmpnt-dialog"],
        backdrops: &[],
        lock_classes: &[],
        reject: &[".brlbs-btn-accept-only-essential", "a[data-cookie-refuse]", "._brlbs-refuse-btn a"],
        source: "autoconsent borlabs.json; Firefox global rule",
    },
    Cmp {
        name: "Civic Cookie Control",
        notices: &["#ccc-module", "#ccc-notify", "#ccc"],
        backdrops: &["#ccc-overlay"],
        lock_classes: &[],
        reject: &[".ccc-reject-button"],
        source: "autoconsent civic-cookie-control.json",
    },
    Cmp {
        name: "Complianz",
        notices: &["#cmplz-cookiebanner-container", ".cmplz-cookiebanner"],
        backdrops: &[".cmplz-soft-cookiewall"],
        lock_classes: &[],
        reject: &[".cmplz-btn.cmplz-deny", ".cmplz-deny"],
        source: "autoconsent complianz-banner.json; Firefox global rule; ISDCAC",
    },
    Cmp {
        name: "consentmanager.net",
        notices: &["#cmpbox", "#ncmp__tool"],
        backdrops: &["#cmpbox2"],
        lock_classes: &[],
        reject: &["#cmpwelcomebtnno a", ".cmpboxbtnno"],
        source: "autoconsent lib/cmps/consentmanager.ts, consentmanager-ncmp.json; Firefox global rule",
    },
    Cmp {
        name: "Cookie Notice (dFactory)",
        notices: &["#cookie-notice"],
        backdrops: &[],
        lock_classes: &[],
        reject: &["#cn-refuse-cookie"],
        source: "dfactoryplugins/cookie-notice cookie-notice.php l.510-517",
    },
    Cmp {
        name: "Cookie-Script",
        notices: &["#cookiescript_injected"],
        backdrops: &[],
        lock_classes: &[],
        reject: &["#cookiescript_reject"],
        source: "autoconsent cookie-script.json",
    },
    Cmp {
        name: "Cookiebot",
        notices: &["#CybotCookiebotDialog"],
        backdrops: &["#CybotCookiebotDialogBodyUnderlay"],
        lock_classes: &[],
        reject: &["#CybotCookiebotDialogBodyButtonDecline", "#CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll"],
        source: "autoconsent lib/cmps/cookiebot.ts; Firefox global rule",
    },
    Cmp {
        name: "CookieLawInfo",
        notices: &["#cookie-law-info-bar", "#cliSettingsPopup", "#cookie-law-info-again"],
        backdrops: &["#cookie-law-bg", ".cli-popupbar-overlay"],
        lock_classes: &["cli-barmodal-open"],
        reject: &["#cookie_action_close_header_reject", "[data-cli_action=reject]"],
        source: "autoconsent cookie-law-info.json; wp-plugins/cookie-law-info php/functions.php; ISDCAC",
    },
    Cmp {
        name: "CookieYes",
        notices: &[".cky-consent-container", ".cky-modal"],
        backdrops: &[".cky-overlay"],
        lock_classes: &["cky-modal-open"],
        reject: &["[data-cky-tag=reject-button]"],
        source: "autoconsent cookieyes.json",
    },
    Cmp {
        name: "Didomi",
        notices: &["#didomi-host", "#didomi-popup", "#didomi-notice", ".didomi-popup-container"],
        backdrops: &[".didomi-popup-backdrop"],
        lock_classes: &["didomi-popup-open"],
        reject: &["#didomi-notice-disagree-button", ".didomi-continue-without-agreeing"],
        source: "autoconsent didomi.json; Firefox global rule; ISDCAC",
    },
    Cmp {
        name: "Google Funding Choices",
        notices: &[".fc-consent-root", ".fc-dialog-container"],
        backdrops: &[".fc-dialog-overlay"],
        lock_classes: &[],
        reject: &[".fc-cta-do-not-consent"],
        source: "autoconsent fundingchoices.json",
    },
    Cmp {
        name: "Iubenda",
        notices: &["#iubenda-cs-banner"],
        backdrops: &[],
        lock_classes: &["iubenda-cs-overlay-visible"],
        reject: &[".iubenda-cs-reject-btn"],
        source: "autoconsent iubenda.json; ISDCAC rules.json",
    },
    Cmp {
        name: "Klaro",
        notices: &[".klaro > .cookie-notice", ".klaro > .cookie-modal", ".klaro .cookie-modal"],
        backdrops: &[],
        lock_classes: &[],
        reject: &[".klaro .cn-decline"],
        source: "autoconsent lib/cmps/klaro.ts; ISDCAC",
    },
    Cmp {
        name: "Moove GDPR Cookie Compliance",
        notices: &["#moove_gdpr_cookie_info_bar", "#moove_gdpr_cookie_modal"],
        backdrops: &[],
        lock_classes: &["gdpr-infobox-visible"],
        reject: &[".moove-gdpr-infobar-reject-btn"],
        source: "autoconsent moove.json",
    },
    Cmp {
        name: "OneTrust",
        notices: &["#onetrust-consent-sdk", "#onetrust-banner-sdk", "#onetrust-pc-sdk", ".js-consent-banner"],
        backdrops: &[".onetrust-pc-dark-filter"],
        lock_classes: &[],
        reject: &["#onetrust-reject-all-handler", ".ot-pc-refuse-all-handler"],
        source: "autoconsent lib/cmps/onetrust.ts; Firefox global rule; ISDCAC",
    },
    Cmp {
        name: "Osano",
        notices: &[".osano-cm-window", ".osano-cm-dialog"],
        backdrops: &[],
        lock_classes: &[],
        reject: &[".osano-cm-denyAll", ".osano-cm-deny"],
        source: "autoconsent osano.json",
    },
    Cmp {
        name: "Quantcast Choice",
        notices: &["#qc-cmp2-container", "#qc-cmp2-main", "#qc-cmp2-ui"],
        backdrops: &[],
        lock_classes: &["qc-cmp-ui-showing"],
        reject: &["#disagree-btn", ".qc-cmp2-summary-buttons > button[mode=secondary]"],
        source: "autoconsent quantcast.json; Firefox global rule; ISDCAC common.css",
    },
    Cmp {
        name: "Sourcepoint",
        notices: &["div[id^=sp_message_container_]", "#sp_privacy_manager_container", "iframe[id^=sp_message_iframe_]"],
        backdrops: &[],
        lock_classes: &["sp-message-open"],
        reject: &[],
        source: "autoconsent lib/cmps/sourcepoint-frame.ts; uBO annoyances-cookies.txt; ISDCAC common.css",
    },
    Cmp {
        name: "TrustArc",
        notices: &[
            "#truste-consent-track",
            "#truste-consent-content",
            ".trustarc-banner-container",
            ".truste_box_overlay",
            ".truste_popframe",
        ],
        backdrops: &["#trustarc-banner-overlay", ".truste_overlay"],
        lock_classes: &[],
        reject: &["#truste-consent-required"],
        source: "autoconsent lib/cmps/trustarc-top.ts, trustarc-newcm.json; Firefox global rule",
    },
    Cmp {
        name: "Usercentrics",
        notices: &["#usercentrics-root", "#usercentrics-cmp-ui"],
        backdrops: &[],
        lock_classes: &["overflowHidden"],
        reject: &["[data-testid=uc-deny-all-button]", "[data-action-type=deny]"],
        source: "autoconsent usercentrics-api.json; ISDCAC",
    },
    Cmp {
        name: "WPEka GDPR Cookie Consent",
        notices: &["#gdpr-cookie-consent-bar", "#gdpr-cookie-consent-show-again"],
        backdrops: &["#gdpr-popup-bg"],
        lock_classes: &[],
        reject: &["#cookie_action_reject"],
        source: "wpeka/gdpr-cookie-consent public/templates/cookie-notice.php l.452-513; autoconsent wp-cookie-notice.json",
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
            for sel in cmp.notices.iter().chain(cmp.backdrops).chain(cmp.reject) {
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
