//! Every word Rolspiegel shows, from the Fluent files in `locales/`.
//!
//! Main types: [`Language`] (Dutch first, English second), [`Localizer`] (one
//! thread-safe Fluent bundle per language, built from the `.ftl` files that are
//! embedded at compile time) and [`format_decimal`] (numbers with a decimal
//! comma in Dutch, which Fluent in Rust does not do by itself).
//!
//! Formatting never inserts Unicode isolation marks, so strings can go into
//! charts and files unchanged. A missing message or variable is an error, not
//! a silent `{$name}`: [`Localizer::message`] reports it.
//!
//! What it does not do: read files at run time, detect the OS locale (the app
//! shell passes it in), or know which screen uses which message.

mod error;
mod language;
mod number;
pub mod sources;

use std::collections::BTreeSet;

use fluent::concurrent::FluentBundle;
use fluent::FluentResource;

pub use error::I18nError;
pub use fluent::{FluentArgs, FluentValue};
pub use language::Language;
pub use number::{format_count, format_decimal};

/// The formatted messages of both languages.
pub struct Localizer {
    bundles: [FluentBundle<FluentResource>; 2],
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

/// Registers `NUMBER(value, minimumFractionDigits: n, maximumFractionDigits: m)`
/// so that numbers get the separator of the bundle's language.
fn number_function(
    language: Language,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    move |positional: &[FluentValue<'_>], named: &FluentArgs| {
        let Some(FluentValue::Number(number)) = positional.first() else {
            return FluentValue::Error;
        };
        let digits = |key: &str| match named.get(key) {
            Some(FluentValue::Number(n)) if (0.0..=6.0).contains(&n.value) => {
                Some(n.value as usize)
            }
            _ => None,
        };
        let max = digits("maximumFractionDigits").unwrap_or(3);
        let min = digits("minimumFractionDigits").unwrap_or(0).min(max);
        FluentValue::String(format_decimal(language, number.value, min, max).into())
    }
}

impl Localizer {
    /// Builds the bundles from the embedded `.ftl` files. Fails if any file
    /// does not parse or defines a message twice.
    pub fn new() -> Result<Localizer, I18nError> {
        let bundles = Language::ALL.map(|language| -> Result<_, I18nError> {
            let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
            bundle.set_use_isolating(false);
            bundle
                .add_function("NUMBER", number_function(language))
                .map_err(|e| I18nError::Resource {
                    file: "NUMBER".into(),
                    detail: format!("{e:?}"),
                })?;
            for (file, text) in sources::files(language) {
                let resource =
                    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
                        I18nError::Resource {
                            file: file.to_string(),
                            detail: format!("{errors:?}"),
                        }
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| I18nError::Resource {
                        file: file.to_string(),
                        detail: format!("{errors:?}"),
                    })?;
            }
            Ok(bundle)
        });
        let [nl, en] = bundles;
        Ok(Localizer {
            bundles: [nl?, en?],
        })
    }

    fn bundle(&self, language: Language) -> &FluentBundle<FluentResource> {
        &self.bundles[language.index()]
    }

    /// Formats a message. Fails when the message does not exist or when
    /// formatting reported any error (such as a missing variable).
    pub fn message(
        &self,
        language: Language,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, I18nError> {
        let bundle = self.bundle(language);
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| I18nError::MissingMessage {
                language,
                id: id.to_string(),
            })?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(I18nError::Format {
                language,
                id: id.to_string(),
                detail: format!("{errors:?}"),
            })
        }
    }

    /// Formats a message without variables, falling back to its id when it
    /// cannot be formatted (a bug that the i18n tests exist to catch).
    pub fn text(&self, language: Language, id: &str) -> String {
        self.message(language, id, None)
            .unwrap_or_else(|_| id.to_string())
    }

    /// The ids of all messages of one language.
    pub fn message_ids(language: Language) -> BTreeSet<String> {
        sources::parsed(language)
            .iter()
            .flat_map(|(_, resource)| sources::message_ids(resource))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers_get_a_decimal_comma_inside_messages() {
        let localizer = Localizer::new().expect("the shipped files are valid");
        let mut args = FluentArgs::new();
        args.set("score", 62.5);
        assert_eq!(
            localizer
                .message(Language::Nl, "result-score", Some(&args))
                .as_deref(),
            Ok("62,5")
        );
        assert_eq!(
            localizer
                .message(Language::En, "result-score", Some(&args))
                .as_deref(),
            Ok("62.5")
        );
    }

    #[test]
    fn a_missing_variable_is_an_error_not_a_placeholder() {
        let localizer = Localizer::new().expect("valid");
        let result = localizer.message(Language::Nl, "welcome-duration", None);
        assert!(
            matches!(result, Err(I18nError::Format { .. })),
            "got {result:?}"
        );
    }

    #[test]
    fn an_unknown_message_is_an_error_and_text_falls_back_to_its_id() {
        let localizer = Localizer::new().expect("valid");
        assert!(localizer
            .message(Language::En, "no-such-message", None)
            .is_err());
        assert_eq!(
            localizer.text(Language::En, "no-such-message"),
            "no-such-message"
        );
    }
}
