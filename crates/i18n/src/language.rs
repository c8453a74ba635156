use unic_langid::{langid, LanguageIdentifier};

/// A language Rolspiegel speaks. Dutch is first: it is the default whenever
/// the user's locale is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Dutch (the Netherlands and Flanders).
    Nl,
    /// English.
    En,
}

impl Language {
    /// All languages, Dutch first.
    pub const ALL: [Language; 2] = [Language::Nl, Language::En];

    /// The code used in settings, the UI and `locales/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }

    /// The language for a code made by [`Language::code`].
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Picks a language for an OS locale such as `nl_BE.UTF-8`, `en-GB` or
    /// `fr-FR`: Dutch for Dutch (and Frisian) locales, English for English
    /// ones, Dutch for everything else.
    pub fn negotiate(locale: &str) -> Language {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Language::En,
            _ => Language::Nl,
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Language::Nl => 0,
            Language::En => 1,
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        match self {
            Language::Nl => langid!("nl"),
            Language::En => langid!("en"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_dutch_flemish_english_and_defaults_to_dutch() {
        for (locale, expected) in [
            ("nl-NL", Language::Nl),
            ("nl_BE.UTF-8", Language::Nl),
            ("en-GB", Language::En),
            ("en_US.UTF-8", Language::En),
            ("EN", Language::En),
            ("fr-BE", Language::Nl),
            ("", Language::Nl),
            ("C", Language::Nl),
        ] {
            assert_eq!(Language::negotiate(locale), expected, "locale {locale:?}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("de"), None);
    }
}
