//! The words of the service's language: every message the behaviour puts
//! into words itself (reports, spreadsheets, chart labels, dates) goes
//! through [`Words`]; everything else crosses as codes and the door words it.

use rolspiegel_core::{Mix, Role};
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

    /// A moment (Unix ms) as a date and time in the local time zone.
    pub fn date(&self, ms: i64) -> String {
        moment_text(self.localizer, self.language, ms)
    }

    /// An ISO date (`YYYY-MM-DD`) as a date in words.
    pub fn iso_date(&self, iso: &str) -> String {
        iso_date_text(self.localizer, self.language, iso)
    }
}
