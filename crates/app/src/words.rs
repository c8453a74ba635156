//! The words of the service's language: every message the behaviour puts
//! into words itself (reports, spreadsheets, chart labels, dates) goes
//! through [`Words`]; everything else crosses as codes and the door words it.

use rolspiegel_core::{Margin, Mix, Noise, NoiseBasis, NoiseUnknown, Profile, Role, Sure};
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

    /// A mix in words, as the UI's `mix.ts` does: the sentence
    /// (`result-mix`) or a few words for lists (`result-mix-short`), each
    /// `<kind>-<variant>` with the role names and how sure
    /// ([`mix_words`]); the advice (`result-mix-advice`) is about the
    /// highest role, else the lowest, else the blend.
    pub fn mix(&self, kind: &str, mix: Mix) -> String {
        let (variant, args) = if kind == "result-mix-advice" {
            advice_words(mix)
        } else {
            mix_words(mix)
        };
        let args: Vec<(&str, FluentValue<'static>)> = args
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    MixWord::Name(role) => self.role(role),
                    MixWord::Key(role) => role.key().to_owned(),
                    MixWord::Sure(sure) => sure_key(sure).to_owned(),
                };
                (name, value.into())
            })
            .collect();
        self.format(&format!("{kind}-{variant}"), &args)
    }

    /// A mix in a few words, as in the history ("Vooral Verbinder").
    pub fn mix_short(&self, mix: Mix) -> String {
        self.mix("result-mix-short", mix)
    }

    /// Whether a change is larger than the noise, in words.
    pub fn noise(&self, noise: Noise) -> String {
        match noise {
            Noise::Beyond { band, sure } => self.format(
                "noise-beyond",
                &[("band", band.into()), ("sure", sure_key(sure).into())],
            ),
            Noise::Within { band } => self.format("noise-within", &[("band", band.into())]),
            Noise::Unknown {
                reason: NoiseUnknown::NoSpread,
            } => self.text("noise-unknown-no-spread"),
            Noise::Unknown {
                reason: NoiseUnknown::DifferentVersions,
            } => self.text("noise-unknown-versions"),
            Noise::Unknown {
                reason: NoiseUnknown::NotKnown,
            } => self.text("noise-unknown-not-known"),
        }
    }

    /// A score's margin: "tussen 54,0 en 70,3".
    pub fn margin(&self, margin: Margin) -> String {
        self.format(
            "result-margin",
            &[("low", margin.low.into()), ("high", margin.high.into())],
        )
    }

    /// Scores per role as a chart's text alternative says them
    /// ("Bureaucraat: 50,0." …), one after the other.
    pub fn scores(&self, scores: impl Iterator<Item = (Role, f64)>) -> String {
        scores
            .map(|(role, score)| {
                self.format(
                    "result-chart-role",
                    &[("role", self.role(role).into()), ("score", score.into())],
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A result chart's text alternative: each role's score with its margin.
    pub fn chart_label(&self, profile: &Profile) -> String {
        let margins = profile.margins();
        let roles: Vec<String> = Role::ALL
            .into_iter()
            .map(|role| {
                let (name, score) = (self.role(role), profile.of(role).score);
                match margins[role.index()] {
                    Some(m) => self.format(
                        "result-chart-role-margin",
                        &[
                            ("role", name.into()),
                            ("score", score.into()),
                            ("low", m.low.into()),
                            ("high", m.high.into()),
                        ],
                    ),
                    None => self.format(
                        "result-chart-role",
                        &[("role", name.into()), ("score", score.into())],
                    ),
                }
            })
            .collect();
        self.format("result-chart-label", &[("roles", roles.join(" ").into())])
    }

    /// Which spread the margins come from, in a sentence.
    pub fn noise_basis(&self, basis: NoiseBasis) -> String {
        match basis {
            NoiseBasis::Answers => self.text("result-noise-answers"),
            NoiseBasis::Centred { results } => {
                self.format("result-noise-centred", &[("results", results.into())])
            }
        }
    }

    /// A change in points with its sign: "+4,5", "−2,0", "0,0".
    pub fn delta(&self, delta: f64) -> String {
        let rounded = (delta * 10.0).round() / 10.0;
        let sign = if rounded > 0.0 {
            "+"
        } else if rounded < 0.0 {
            "−"
        } else {
            ""
        };
        format!(
            "{sign}{}",
            self.format("result-score", &[("score", rounded.abs().into())])
        )
    }

    /// A change's range: "tussen +1,0 en +23,4".
    pub fn change_range(&self, range: Margin) -> String {
        self.format(
            "change-range",
            &[
                ("low", self.delta(range.low).into()),
                ("high", self.delta(range.high).into()),
            ],
        )
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

/// One variable of a mix's words: a role's name, its key (for a message
/// that chooses by role), or how sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MixWord {
    Name(Role),
    Key(Role),
    Sure(Sure),
}

/// "clearly" / "probably": the value a message chooses its words by.
fn sure_key(sure: Sure) -> &'static str {
    match sure {
        Sure::Clearly => "clearly",
        Sure::Probably => "probably",
    }
}

/// The message variant of a mix's sentence and short words, with their
/// variables (the same as `mixText` in `ui/src/mix.ts`).
pub(crate) fn mix_words(mix: Mix) -> (&'static str, Vec<(&'static str, MixWord)>) {
    use MixWord::{Name, Sure as S};
    match mix {
        Mix::Blended => ("blended", vec![]),
        Mix::Highest { role, sure } => ("highest", vec![("role", Name(role)), ("sure", S(sure))]),
        Mix::Lowest { role, sure } => ("lowest", vec![("role", Name(role)), ("sure", S(sure))]),
        Mix::Ordered {
            highest,
            highest_sure,
            lowest,
            lowest_sure,
        } => (
            "ordered",
            vec![
                ("highest", Name(highest)),
                ("highestSure", S(highest_sure)),
                ("lowest", Name(lowest)),
                ("lowestSure", S(lowest_sure)),
            ],
        ),
        Mix::Apart {
            higher,
            lower,
            sure,
        } => {
            let middle = Role::ALL
                .into_iter()
                .find(|r| *r != higher && *r != lower)
                .unwrap_or(higher);
            (
                "apart",
                vec![
                    ("higher", Name(higher)),
                    ("lower", Name(lower)),
                    ("middle", Name(middle)),
                    ("sure", S(sure)),
                ],
            )
        }
    }
}

/// The advice's variant: about the role said to be highest, else the one
/// said to be lowest, else the blend.
pub(crate) fn advice_words(mix: Mix) -> (&'static str, Vec<(&'static str, MixWord)>) {
    match (mix.highest(), mix) {
        (Some(role), _) => ("highest", vec![("role", MixWord::Key(role))]),
        (None, Mix::Lowest { role, .. }) => ("lowest", vec![("role", MixWord::Name(role))]),
        _ => ("blended", vec![]),
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
        for case in fixture["margin"].as_array().expect("margin cases") {
            let margin: Margin = serde_json::from_value(case["margin"].clone()).expect("a margin");
            assert_eq!(words(case).margin(margin), case["words"], "{case}");
            checked += 1;
        }
        for case in fixture["range"].as_array().expect("range cases") {
            let range: Margin = serde_json::from_value(case["range"].clone()).expect("a range");
            assert_eq!(words(case).change_range(range), case["words"], "{case}");
            checked += 1;
        }
        assert!(checked >= 20, "the fixture was read");
    }
}
