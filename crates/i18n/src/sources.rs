//! The `.ftl` files, embedded at compile time, and helpers to look inside them.
//!
//! Adding a file to `locales/<lang>/` means adding it to [`FILES`]; a test
//! fails when the folder and the list disagree.

use std::collections::BTreeSet;

use fluent_syntax::ast;

use crate::Language;

/// Every file per language, as `(name, text)`. The same names exist for every
/// language.
pub const FILES: [(Language, &[(&str, &str)]); 2] = [
    (
        Language::Nl,
        &[
            (
                "nl/about.ftl",
                include_str!("../../../locales/nl/about.ftl"),
            ),
            ("nl/app.ftl", include_str!("../../../locales/nl/app.ftl")),
            ("nl/cli.ftl", include_str!("../../../locales/nl/cli.ftl")),
            (
                "nl/colleague.ftl",
                include_str!("../../../locales/nl/colleague.ftl"),
            ),
            (
                "nl/colleague-form.ftl",
                include_str!("../../../locales/nl/colleague-form.ftl"),
            ),
            (
                "nl/errors.ftl",
                include_str!("../../../locales/nl/errors.ftl"),
            ),
            (
                "nl/phone.ftl",
                include_str!("../../../locales/nl/phone.ftl"),
            ),
            (
                "nl/quality.ftl",
                include_str!("../../../locales/nl/quality.ftl"),
            ),
            (
                "nl/report.ftl",
                include_str!("../../../locales/nl/report.ftl"),
            ),
            (
                "nl/roles.ftl",
                include_str!("../../../locales/nl/roles.ftl"),
            ),
            ("nl/scan.ftl", include_str!("../../../locales/nl/scan.ftl")),
            (
                "nl/situation.ftl",
                include_str!("../../../locales/nl/situation.ftl"),
            ),
            (
                "nl/statements.ftl",
                include_str!("../../../locales/nl/statements.ftl"),
            ),
        ],
    ),
    (
        Language::En,
        &[
            (
                "en/about.ftl",
                include_str!("../../../locales/en/about.ftl"),
            ),
            ("en/app.ftl", include_str!("../../../locales/en/app.ftl")),
            ("en/cli.ftl", include_str!("../../../locales/en/cli.ftl")),
            (
                "en/colleague.ftl",
                include_str!("../../../locales/en/colleague.ftl"),
            ),
            (
                "en/colleague-form.ftl",
                include_str!("../../../locales/en/colleague-form.ftl"),
            ),
            (
                "en/errors.ftl",
                include_str!("../../../locales/en/errors.ftl"),
            ),
            (
                "en/phone.ftl",
                include_str!("../../../locales/en/phone.ftl"),
            ),
            (
                "en/quality.ftl",
                include_str!("../../../locales/en/quality.ftl"),
            ),
            (
                "en/report.ftl",
                include_str!("../../../locales/en/report.ftl"),
            ),
            (
                "en/roles.ftl",
                include_str!("../../../locales/en/roles.ftl"),
            ),
            ("en/scan.ftl", include_str!("../../../locales/en/scan.ftl")),
            (
                "en/situation.ftl",
                include_str!("../../../locales/en/situation.ftl"),
            ),
            (
                "en/statements.ftl",
                include_str!("../../../locales/en/statements.ftl"),
            ),
        ],
    ),
];

/// The embedded files of one language.
pub fn files(language: Language) -> &'static [(&'static str, &'static str)] {
    FILES[language.index()].1
}

/// The files of one language, parsed (files that do not parse are skipped:
/// [`crate::Localizer::new`] reports them).
pub fn parsed(language: Language) -> Vec<(&'static str, ast::Resource<&'static str>)> {
    files(language)
        .iter()
        .filter_map(|(name, text)| fluent_syntax::parser::parse(*text).ok().map(|r| (*name, r)))
        .collect()
}

/// The ids of the messages (not terms) in a resource.
pub fn message_ids(resource: &ast::Resource<&str>) -> Vec<String> {
    messages(resource).map(|m| m.id.name.to_string()).collect()
}

/// The messages of a resource.
pub fn messages<'r>(
    resource: &'r ast::Resource<&'r str>,
) -> impl Iterator<Item = &'r ast::Message<&'r str>> {
    resource.body.iter().filter_map(|entry| match entry {
        ast::Entry::Message(m) => Some(m),
        _ => None,
    })
}

/// The variables (`$name`) a message uses, in its value and attributes.
pub fn variables(message: &ast::Message<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let patterns = message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value));
    for pattern in patterns {
        walk_pattern(pattern, &mut |e| {
            if let ast::InlineExpression::VariableReference { id } = e {
                found.insert(id.name.to_string());
            }
        });
    }
    found
}

/// The messages a message refers to (`{ other-message }`).
pub fn references(message: &ast::Message<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    if let Some(pattern) = &message.value {
        walk_pattern(pattern, &mut |e| {
            if let ast::InlineExpression::MessageReference { id, .. } = e {
                found.insert(id.name.to_string());
            }
        });
    }
    found
}

/// The literal text of a message (every text element, all variants).
pub fn literal_text(message: &ast::Message<&str>) -> String {
    let mut text = String::new();
    if let Some(pattern) = &message.value {
        collect_text(pattern, &mut text);
    }
    text
}

fn collect_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        collect_text(&variant.value, out);
                    }
                }
            }
        }
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, visit: &mut dyn FnMut(&ast::InlineExpression<&str>)) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, visit);
        }
    }
}

fn walk_expression(
    expression: &ast::Expression<&str>,
    visit: &mut dyn FnMut(&ast::InlineExpression<&str>),
) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, visit),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk_pattern(&variant.value, visit);
            }
        }
    }
}

fn walk_inline(
    inline: &ast::InlineExpression<&str>,
    visit: &mut dyn FnMut(&ast::InlineExpression<&str>),
) {
    visit(inline);
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, visit);
            }
            for named in &arguments.named {
                walk_inline(&named.value, visit);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, visit);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, visit),
        _ => {}
    }
}
