//! Attribution as data: what the attribution rules find in a text (byte offsets), before it is
//! reported with UTF-16 offsets ([`super::report::AttributionReport`]).

use super::span::ByteSpan;
use serde::{Deserialize, Serialize};

/// What kind of source an attribution names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A person by name: "Dmitry Peskov, President Vladimir Putin's spokesman".
    Named,
    /// An unnamed person or group: "A U.S. official", "people familiar with the matter".
    Anonymous,
    /// An organization or a state: "the Kremlin", "Russia".
    Organization,
    /// A news medium: "Chinese state broadcaster CCTV", "the Financial Times".
    Media,
    /// A document: "the report", "court filings".
    Document,
    /// A personal or relative pronoun: "he", "who".
    Pronoun,
    /// No source in the text ("it was reported that"), or none of the above.
    Unknown,
}

/// One attribution: a cue and, if the text names one, its source. Byte offsets into the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub source: Option<ByteSpan>,
    pub cue: ByteSpan,
    pub kind: SourceKind,
}
