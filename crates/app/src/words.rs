//! The words of the service's language: every message the behaviour puts
//! into words itself (reports, spreadsheets, chart labels, dates) goes
//! through [`Words`]; everything else crosses as codes and the door words it.

use rolspiegel_core::{Mix, Noise, NoiseUnknown, Role};
use rolspiegel_i18n::{FluentArgs, FluentValue, Language, Localizer};

use crate::dates::{iso_date_text, moment_text};

/// One language's words, borrowed from the service ([`crate::service::Service::say`]).
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    localizer: &'a Localizer,
    language: Language,
}

impl<'a> Words<'a> {
    /// The words of `language`.
    pub fn new(localizer: &'a Localizer, language: Language) -> Words<'a> {
        Words {
            localizer,
            language,
        }
    }

    /// The language they are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> String {
        self.localizer.text(self.language, id)
    }

    /// A message with variables; its id when it cannot be formatted (a bug
    /// the i18n tests exist to catch).
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.localizer
            .message(self.language, id, Some(&fluent))
            .unwrap_or_else(|_| id.to_string())
    }

    /// A role's name.
    pub fn role(&self, role: Role) -> String {
        self.text(&format!("role-{}-name", role.key()))
    }

    /// The three role names in [`Role::ALL`] order, for a chart's axes.
    pub fn roles(&self) -> [String; 3] {
        Role::ALL.map(|r| self.role(r))
    }

    /// A mix in words: `<kind>-blended` or `<kind>-dominant` ($role), as
    /// the UI's `mix.ts` does.
    pub fn mix(&self, kind: &str, mix: Mix) -> String {
        match mix {
            Mix::Blended => self.format(&format!("{kind}-blended"), &[]),
            Mix::Dominant { role } => {
                self.format(&format!("{kind}-dominant"), &[("role", role.key().into())])
            }
        }
    }

    /// A mix in a few words, as in the history ("Vooral Verbinder").
    pub fn mix_short(&self, mix: Mix) -> String {
        self.mix("result-mix-short", mix)
    }

    /// Whether a change is larger than the noise, in words.
    pub fn noise(&self, noise: Noise) -> String {
        match noise {
            Noise::Beyond { band } => self.format("noise-beyond", &[("band", band.into())]),
            Noise::Within { band } => self.format("noise-within", &[("band", band.into())]),
            Noise::Unknown {
                reason: NoiseUnknown::NoSpread,
            } => self.text("noise-unknown-no-spread"),
            Noise::Unknown {
                reason: NoiseUnknown::DifferentVersions,
            } => self.text("noise-unknown-versions"),
        }
    }

    /// A moment (Unix ms) as a date and time in the local time zone.
    pub fn date(&self, ms: i64) -> String {
        moment_text(self.localizer, self.language, ms)
    }

    /// An ISO date (`YYYY-MM-DD`) as a date in words.
    pub fn iso_date(&self, iso: &str) -> String {
        iso_date_text(self.localizer, self.language, iso)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words the UI forms too, pinned in `tests/fixtures/words.json`
    /// (`ui/src/words.test.ts` checks the UI against the same file).
    #[test]
    fn rust_says_a_mix_and_a_noise_verdict_as_the_shared_fixture_does() {
        let fixture: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/fixtures/words.json"))
                .expect("the fixture is JSON");
        let localizer = Localizer::new().expect("valid locales");
        let words = |case: &serde_json::Value| {
            let language = case["language"]
                .as_str()
                .and_then(Language::from_code)
                .expect("a language");
            Words::new(&localizer, language)
        };
        let mut checked = 0;
        for case in fixture["mix"].as_array().expect("mix cases") {
            let mix: Mix = serde_json::from_value(case["mix"].clone()).expect("a mix");
            let kind = case["kind"].as_str().expect("a kind");
            assert_eq!(words(case).mix(kind, mix), case["words"], "{case}");
            checked += 1;
        }
        for case in fixture["noise"].as_array().expect("noise cases") {
            let noise: Noise = serde_json::from_value(case["noise"].clone()).expect("a verdict");
            assert_eq!(words(case).noise(noise), case["words"], "{case}");
            checked += 1;
        }
        assert!(checked >= 10, "the fixture was read");
    }
}
