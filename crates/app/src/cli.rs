//! What `rolspiegel --version` and `rolspiegel --help` print, in the user's
//! language, before any window opens. Other arguments are left alone: the
//! desktop and test drivers may pass their own, and the app starts as usual.

use rolspiegel_i18n::{Language, Localizer};

/// What the command line asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// `--version` or `-V`.
    Version,
    /// `--help` or `-h`.
    Help,
}

/// The first of `--version`/`-V` and `--help`/`-h` among `args` (without
/// the program name); `None` to start the app.
pub fn asked(args: &[String]) -> Option<Asked> {
    args.iter().find_map(|a| match a.as_str() {
        "--version" | "-V" => Some(Asked::Version),
        "--help" | "-h" => Some(Asked::Help),
        _ => None,
    })
}

/// The text to print for `asked`, in the language of `os_locale` (Dutch
/// when it names neither), for the app at `version`.
pub fn answer(asked: Asked, os_locale: Option<&str>, version: &str) -> String {
    let language = Language::negotiate(os_locale.unwrap_or_default());
    let Ok(localizer) = Localizer::new() else {
        // The Fluent files are embedded and tested; should they fail, the
        // version still prints.
        return format!("Rolspiegel {version}\n");
    };
    let mut args = rolspiegel_i18n::FluentArgs::new();
    args.set("version", version.to_owned());
    let id = match asked {
        Asked::Version => "cli-version",
        Asked::Help => "cli-help",
    };
    let text = localizer
        .message(language, id, Some(&args))
        .unwrap_or_else(|_| format!("Rolspiegel {version}"));
    format!("{}\n", text.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn only_version_and_help_are_answered_and_other_arguments_start_the_app() {
        assert_eq!(asked(&args(&["--version"])), Some(Asked::Version));
        assert_eq!(asked(&args(&["-h"])), Some(Asked::Help));
        assert_eq!(asked(&args(&["--automation", "-V"])), Some(Asked::Version));
        assert_eq!(asked(&args(&[])), None);
        assert_eq!(asked(&args(&["--automation", "file.json"])), None);
    }

    #[test]
    fn version_and_help_speak_the_users_language() {
        assert_eq!(
            answer(Asked::Version, Some("nl_NL.UTF-8"), "1.2.3"),
            "Rolspiegel 1.2.3\n"
        );
        let dutch = answer(Asked::Help, Some("nl_BE.UTF-8"), "1.2.3");
        assert!(
            dutch.contains("Gebruik:") && dutch.contains("--version"),
            "{dutch}"
        );
        let english = answer(Asked::Help, Some("en_GB.UTF-8"), "1.2.3");
        assert!(
            english.contains("Usage:") && english.contains("--help"),
            "{english}"
        );
        assert!(
            !english.contains('\u{2068}'),
            "no isolation marks in a terminal"
        );
    }
}
