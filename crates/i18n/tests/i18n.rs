//! The real Fluent files in `locales/`, checked for completeness and clean
//! formatting in both languages.
// Helpers outside #[test] functions may panic too: this is test code.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent::FluentArgs;
use rolspiegel_core::{Instrument, Role};
use rolspiegel_i18n::sources::{self, literal_text, messages, references, variables};
use rolspiegel_i18n::{Language, Localizer};

fn locales_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"))
}

/// Message id → variables, for one language.
fn catalogue(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let parsed = sources::parsed(language);
    let mut out = BTreeMap::new();
    for (_, resource) in &parsed {
        for message in messages(resource) {
            out.insert(message.id.name.to_string(), variables(message));
        }
    }
    out
}

/// A plausible value for every variable name used in the files.
fn sample_args(names: &BTreeSet<String>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for name in names {
        match name.as_str() {
            "role" | "first" => args.set(name.clone(), "bureaucraat"),
            "second" => args.set(name.clone(), "verbinder"),
            "date" => args.set(name.clone(), "22 november 2026"),
            "file" => args.set(name.clone(), "rolspiegel-damaged-1.db"),
            "mix" => args.set(name.clone(), "Vooral Bureaucraat"),
            _ => args.set(name.clone(), 2.5),
        }
    }
    args
}

#[test]
fn every_file_in_the_locales_folder_is_embedded() {
    for language in Language::ALL {
        let dir = locales_dir().join(language.code());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("locale folder exists")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .map(|name| format!("{}/{name}", language.code()))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = sources::files(language)
            .iter()
            .map(|(n, _)| n.to_string())
            .collect();
        embedded.sort();
        assert_eq!(
            on_disk,
            embedded,
            "locales/{} and sources::FILES differ",
            language.code()
        );
        for (name, text) in sources::files(language) {
            let disk = std::fs::read_to_string(locales_dir().join(name)).expect("readable");
            assert_eq!(&disk, text, "{name} is embedded as it is on disk");
        }
    }
}

#[test]
fn every_dutch_message_has_an_english_twin_with_the_same_variables() {
    let nl = catalogue(Language::Nl);
    let en = catalogue(Language::En);
    let nl_ids: BTreeSet<_> = nl.keys().collect();
    let en_ids: BTreeSet<_> = en.keys().collect();
    assert_eq!(
        nl_ids.symmetric_difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "messages that exist in one language only"
    );
    for (id, vars) in &nl {
        assert_eq!(
            Some(vars),
            en.get(id),
            "variables of {id} differ between nl and en"
        );
    }
}

#[test]
fn every_message_formats_without_errors_in_both_languages() {
    let localizer = Localizer::new().expect("the shipped files parse");
    for language in Language::ALL {
        let catalogue = catalogue(language);
        assert!(
            catalogue.len() > 100,
            "expected the full catalogue, got {}",
            catalogue.len()
        );
        for (id, vars) in &catalogue {
            let args = sample_args(vars);
            let text = localizer
                .message(
                    language,
                    id,
                    if vars.is_empty() { None } else { Some(&args) },
                )
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(!text.trim().is_empty(), "{id} in {language:?} is empty");
            assert!(
                !text.contains('{'),
                "{id} in {language:?} left a placeholder: {text}"
            );
            assert!(!text.contains('\u{2068}'), "{id} has isolation marks");
        }
    }
}

#[test]
fn references_point_at_existing_messages_and_no_message_holds_markup() {
    for language in Language::ALL {
        let ids = Localizer::message_ids(language);
        for (_, resource) in sources::parsed(language) {
            for message in messages(&resource) {
                for target in references(message) {
                    assert!(
                        ids.contains(&target),
                        "{} refers to missing {target}",
                        message.id.name
                    );
                }
                let text = literal_text(message);
                assert!(
                    !text.contains('<') && !text.contains('>'),
                    "{} holds markup; texts are rendered as plain text",
                    message.id.name
                );
            }
        }
    }
}

/// Every shipped statement list.
fn lists() -> [Instrument; 2] {
    [
        Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))
            .expect("valid list 1"),
        Instrument::from_json(include_str!("../../../assets/instrument/v2.json"))
            .expect("valid list 2"),
    ]
}

fn situation_list() -> Instrument {
    Instrument::from_json(include_str!("../../../assets/instrument/situation-v1.json"))
        .expect("valid situation list")
}

/// The list colleagues answer about someone: the current list about
/// oneself, each statement worded in the third person.
fn colleague_list() -> Instrument {
    let [_, current] = lists();
    current
}

/// Every statement of a list with its message id: `statement-…` for the
/// lists about oneself, `situation-statement-…` for the situation list,
/// `colleague-statement-…` for the colleagues' list.
fn worded() -> Vec<(rolspiegel_core::Statement, String)> {
    let own = lists()
        .into_iter()
        .flat_map(|l| l.statements().to_vec())
        .map(|s| {
            let id = format!("statement-{}", s.id);
            (s, id)
        });
    let situation = situation_list().statements().to_vec().into_iter().map(|s| {
        let id = format!("situation-statement-{}", s.id);
        (s, id)
    });
    let colleague = colleague_list().statements().to_vec().into_iter().map(|s| {
        let id = format!("colleague-statement-{}", s.id);
        (s, id)
    });
    own.chain(situation).chain(colleague).collect()
}

/// The statements of `list` are worded as `<prefix><id>` in both languages,
/// with no orphans, each at most 20 words; reversed ones say no negation.
fn assert_worded(list: &Instrument, prefix: &str) {
    let localizer = Localizer::new().expect("valid");
    let expected: BTreeSet<String> = list
        .statements()
        .iter()
        .map(|s| format!("{prefix}{}", s.id))
        .collect();
    for language in Language::ALL {
        let messages: BTreeSet<String> = Localizer::message_ids(language)
            .into_iter()
            .filter(|id| id.starts_with(prefix))
            .collect();
        assert_eq!(messages, expected, "{prefix} wording in {language:?}");
        for id in &expected {
            let text = localizer.message(language, id, None).expect("formats");
            let words = text.split_whitespace().count();
            assert!(
                words <= 20,
                "{id} in {language:?} has {words} words: {text}"
            );
        }
    }
    assert_no_negations(
        list.statements()
            .iter()
            .filter(|s| s.keying == rolspiegel_core::Keying::Reverse)
            .map(|s| format!("{prefix}{}", s.id)),
    );
}

#[test]
fn every_statement_of_the_current_list_has_a_colleagues_wording_short_and_reversed_ones_say_no_negation(
) {
    let list = colleague_list();
    assert_worded(&list, "colleague-statement-");
    let localizer = Localizer::new().expect("valid");
    for language in Language::ALL {
        // About someone else, never about oneself.
        let about = if language == Language::Nl {
            "mijn collega"
        } else {
            "my colleague"
        };
        for statement in list.statements() {
            let id = format!("colleague-statement-{}", statement.id);
            let text = localizer.message(language, &id, None).expect("formats");
            assert!(
                text.to_lowercase().contains(about),
                "{id} in {language:?}: {text}"
            );
        }
        for n in 1..=3 {
            let question = localizer
                .message(language, &format!("colleague-question-{n}"), None)
                .expect("a default open question");
            assert!(question.ends_with('?'), "{question}");
        }
    }
}

#[test]
fn every_situation_statement_is_short_in_both_languages_and_reversed_ones_say_no_negation() {
    assert_worded(&situation_list(), "situation-statement-");
}

#[test]
fn every_statement_has_short_wording_in_both_languages_and_no_orphans() {
    let lists = lists();
    let localizer = Localizer::new().expect("valid");
    for language in Language::ALL {
        let statement_messages: BTreeSet<String> = Localizer::message_ids(language)
            .into_iter()
            .filter(|id| id.starts_with("statement-"))
            .collect();
        let expected: BTreeSet<String> = lists
            .iter()
            .flat_map(Instrument::statements)
            .map(|s| format!("statement-{}", s.id))
            .collect();
        assert_eq!(
            statement_messages, expected,
            "statement wording in {language:?}"
        );
        for id in &expected {
            let text = localizer.message(language, id, None).expect("formats");
            let words = text.split_whitespace().count();
            assert!(
                words <= 20,
                "{id} in {language:?} has {words} words: {text}"
            );
        }
    }
}

#[test]
fn every_role_has_a_name_and_the_four_explanations() {
    let localizer = Localizer::new().expect("valid");
    for language in Language::ALL {
        for role in Role::ALL {
            for part in [
                "name",
                "origin",
                "stands-for",
                "strengths",
                "pitfalls",
                "situations",
            ] {
                let id = format!("role-{}-{part}", role.key());
                assert!(
                    localizer.message(language, &id, None).is_ok(),
                    "{id} in {language:?}"
                );
            }
        }
    }
}

#[test]
fn list_two_reverses_without_negations_so_disagreeing_is_never_a_double_negative() {
    let [_, two] = lists();
    assert_no_negations(
        two.statements()
            .iter()
            .filter(|s| s.keying == rolspiegel_core::Keying::Reverse)
            .map(|s| format!("statement-{}", s.id)),
    );
}

/// None of these messages says a negation, in either language.
fn assert_no_negations(ids: impl Iterator<Item = String>) {
    let localizer = Localizer::new().expect("valid");
    let negations = [
        (
            Language::Nl,
            &[
                "niet", "geen", "weinig", "minder", "nooit", "zelden", "niets", "niemand",
                "nergens",
            ][..],
        ),
        (
            Language::En,
            &[
                "not", "no", "never", "little", "less", "rarely", "nothing", "nobody", "hardly",
            ][..],
        ),
    ];
    let mut checked = 0;
    for id in ids {
        for (language, words) in negations {
            let text = localizer.message(language, &id, None).expect("worded");
            let lower = text.to_lowercase();
            assert!(!lower.contains("n't"), "{id} in {language:?}: {text}");
            for word in lower.split(|c: char| !c.is_alphabetic()) {
                assert!(
                    !words.contains(&word),
                    "{id} in {language:?} says {word:?}: {text}"
                );
            }
        }
        checked += 1;
    }
    assert!(checked > 0, "there were reversed statements to check");
}

#[test]
fn the_statement_docs_quote_the_current_wording_and_keying() {
    let localizer = Localizer::new().expect("valid");
    let doc = std::fs::read_to_string(locales_dir().join("../docs/STATEMENTS.md"))
        .expect("docs/STATEMENTS.md exists");
    for (statement, id) in worded() {
        let keying = match statement.keying {
            rolspiegel_core::Keying::Positive => "positive",
            rolspiegel_core::Keying::Reverse => "reverse",
        };
        let row = format!(
            "| {} | {keying} | {} | {} |",
            statement.id,
            localizer.message(Language::Nl, &id, None).expect("nl"),
            localizer.message(Language::En, &id, None).expect("en"),
        );
        assert!(
            doc.contains(&row),
            "docs/STATEMENTS.md lacks or misquotes:\n{row}"
        );
    }
}
