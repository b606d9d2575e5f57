//! The engine's options: what the reader (or a test) switches on and off.

use serde::{Deserialize, Serialize};

/// One switch per capability, as the reader or a test sets them. Missing keys take their
/// defaults; an unknown key is an error (`ErrorKind::OptionUnknown`), so that a misspelt option
/// is not ignored without a word. This struct is the one list of option names: the extension's
/// settings and the JavaScript API both go through it.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// Hide consent notices, their backdrops, and release their scroll lock (default on).
    pub consent: bool,
    /// Hide placeholder clutter (default on).
    pub placeholders: bool,
    /// Highlight attribution (default on).
    pub attribution: bool,
    /// Click a known CMP's "reject" control before hiding its notice (default off; a click
    /// cannot be undone). Sourcelight never clicks "accept".
    pub reject_click: bool,
    /// Language of the page's text (BCP 47), overriding `<html lang>` and detection.
    pub lang: Option<String>,
    /// Elements the reader brought back on this site: a removal whose rule and element
    /// signature match one of these is not made (see [`super::keep`]).
    pub keep: Vec<Kept>,
}

/// One element the reader chose to see: the rule that hid it and the element's signature.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Kept {
    pub rule: String,
    pub signature: String,
}

impl Default for Options {
    fn default() -> Self {
        Options { consent: true, placeholders: true, attribution: true, reject_click: false, lang: None, keep: Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, ErrorKind};

    fn parse(json: &str) -> Result<Options, Error> {
        serde_json::from_str(json).map_err(|e| {
            let kind = if e.to_string().contains("unknown field") { ErrorKind::OptionUnknown } else { ErrorKind::OptionBadValue };
            Error::new(kind, e.to_string())
        })
    }

    #[test]
    fn unknown_and_mistyped_options_are_errors_of_their_own_kind() {
        assert!(!parse(r#"{"placeholders": false}"#).unwrap().placeholders);
        let unknown = parse(r#"{"placeholder": false}"#).unwrap_err();
        assert_eq!(unknown.kind(), ErrorKind::OptionUnknown);
        assert!(unknown.input().contains("placeholders"), "the message lists the known names: {unknown}");
        assert_eq!(parse(r#"{"consent": "yes"}"#).unwrap_err().kind(), ErrorKind::OptionBadValue);
    }
}
