//! Which language a text is in, from its `lang` tag or, failing that, from its commonest words.

use super::table::{words, Words};

/// Languages with attribution rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
    Fr,
}

/// Function words per language, for detection. Languages other than ours are listed so that
/// Spanish or Dutch text is recognised as such (and gets no highlights) rather than taken for
/// English. Each list: a set of [`Words`], sorted and lowercase.
static STOPWORDS: [(&str, Words); 8] = [
    ("de", words!["auf", "das", "dem", "den", "der", "die", "ein", "eine", "ist", "mit", "nicht", "sagte", "sich", "und", "von", "zu",]),
    ("en", words!["and", "for", "from", "has", "he", "is", "it", "of", "said", "that", "the", "to", "was", "with"]),
    ("es", words!["con", "del", "el", "en", "es", "las", "los", "para", "por", "que", "se", "una", "y"]),
    ("fr", words!["au", "dans", "des", "du", "est", "et", "il", "la", "le", "les", "pas", "pour", "qui", "selon", "une"]),
    ("it", words!["che", "della", "di", "gli", "il", "non", "per", "sono", "una"]),
    ("nl", words!["een", "het", "niet", "van", "voor", "zijn"]),
    ("pl", words!["jest", "nie", "oraz", "przez", "się", "to", "w", "z", "że"]),
    ("pt", words!["com", "como", "não", "os", "para", "um", "uma"]),
];

/// The fewest function words of the winning language for a detection.
const MIN_STOPWORDS: usize = 3;
/// How far the winner must lead the second language: by `MARGIN.0 / MARGIN.1` times (3/2).
const MARGIN: (usize, usize) = (3, 2);

/// How much of the text detection reads, in bytes of UTF-8 (cut back to a char boundary): about
/// 4,000 characters of Latin text, fewer of others.
const DETECT_BYTES: usize = 4000;

impl Lang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// The language of a BCP 47 tag: `Some(Some(lang))` for ours, `Some(None)` for a valid tag of
    /// another language, `None` for an empty tag.
    pub fn from_tag(tag: &str) -> Option<Option<Lang>> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Some(match primary.as_str() {
            "" => return None,
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            _ => None,
        })
    }

    /// Detects the language from the commonest function words; `None` when the text is too short
    /// to tell or in another language.
    pub fn detect(text: &str) -> Option<Lang> {
        let mut end = text.len().min(DETECT_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut counts = [0usize; STOPWORDS.len()];
        for word in text[..end].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            let lower = word.to_lowercase();
            for (k, (_, list)) in STOPWORDS.iter().enumerate() {
                if list.contains(&lower) {
                    counts[k] += 1;
                }
            }
        }
        // The most counted language (the first listed of equals) and the runner-up's count.
        let top = (0..counts.len()).max_by_key(|&k| (counts[k], std::cmp::Reverse(k)))?;
        let (best, second) = (counts[top], (0..counts.len()).filter(|&k| k != top).map(|k| counts[k]).max().unwrap_or(0));
        if best < MIN_STOPWORDS || best * MARGIN.1 < second * MARGIN.0 {
            return None;
        }
        Lang::from_tag(STOPWORDS[top].0).flatten()
    }

    /// The language to use: the tag's when it has one, else the detected one.
    pub fn resolve(tag: Option<&str>, text: &str) -> Option<Lang> {
        match tag.and_then(Lang::from_tag) {
            Some(lang) => lang,
            None => Lang::detect(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Some(Lang::En)));
        assert_eq!(Lang::from_tag("de"), Some(Some(Lang::De)));
        assert_eq!(Lang::from_tag("FR_ca"), Some(Some(Lang::Fr)));
        assert_eq!(Lang::from_tag("es"), Some(None));
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn detects_english_german_french_and_refuses_spanish() {
        assert_eq!(Lang::detect("The minister said that the plan was good for the country."), Some(Lang::En));
        assert_eq!(Lang::detect("Der Minister sagte, dass die Regierung mit dem Plan nicht zufrieden ist."), Some(Lang::De));
        assert_eq!(Lang::detect("Le ministre a dit que le plan est bon pour les gens selon la presse."), Some(Lang::Fr));
        assert_eq!(Lang::detect("El ministro dijo que el plan es bueno para los ciudadanos y las empresas."), None);
        assert_eq!(Lang::detect("Hi"), None);
    }
}
