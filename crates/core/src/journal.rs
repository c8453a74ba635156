//! What a person writes beside a result: a label, answers to the book's
//! reflection questions and a development goal. Only validation lives here;
//! storing and showing them is done elsewhere.

use serde::{Deserialize, Serialize};

use crate::{Role, TextError};

/// Longest label, in characters: enough for "start traineeship, team Noord".
pub const MAX_LABEL_CHARS: usize = 80;

/// Longest free-text answer or assignment, in characters (about a page).
pub const MAX_NOTE_CHARS: usize = 4000;

/// The reflection questions of *De ideale ambtenaar*, in the book's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReflectionQuestion {
    /// What is my picture of the three types?
    Picture,
    /// Where does my preference lie?
    Preference,
    /// What are my pitfalls, and how do I avoid them?
    Pitfalls,
    /// Which role does my work ask of me now?
    WorkAsks,
}

impl ReflectionQuestion {
    /// Every question, in the book's order.
    pub const ALL: [ReflectionQuestion; 4] = [
        ReflectionQuestion::Picture,
        ReflectionQuestion::Preference,
        ReflectionQuestion::Pitfalls,
        ReflectionQuestion::WorkAsks,
    ];

    /// Stable key for files, databases and message ids.
    pub fn key(self) -> &'static str {
        match self {
            ReflectionQuestion::Picture => "picture",
            ReflectionQuestion::Preference => "preference",
            ReflectionQuestion::Pitfalls => "pitfalls",
            ReflectionQuestion::WorkAsks => "work-asks",
        }
    }

    /// The question for a key made by [`ReflectionQuestion::key`].
    pub fn from_key(key: &str) -> Option<ReflectionQuestion> {
        ReflectionQuestion::ALL.into_iter().find(|q| q.key() == key)
    }
}

/// A development goal attached to a result: a role to grow in, a concrete
/// assignment to practise it, and a date to look again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// The role to grow in.
    pub role: Role,
    /// What the person will do in daily work, in their own words.
    pub assignment: String,
    /// When to look again, as an ISO date (`YYYY-MM-DD`), if chosen.
    pub review_on: Option<String>,
}

impl Goal {
    /// A goal with its texts cleaned and checked (see [`clean_note`]) and
    /// its review date checked to be a real calendar date.
    pub fn new(role: Role, assignment: &str, review_on: Option<&str>) -> Result<Goal, TextError> {
        let assignment = clean_note(assignment)?;
        if assignment.is_empty() {
            return Err(TextError::Empty);
        }
        let review_on = clean_date(review_on)?;
        Ok(Goal {
            role,
            assignment,
            review_on,
        })
    }
}

/// A label as it is stored: trimmed, on one line, at most
/// [`MAX_LABEL_CHARS`]. Empty means "no label".
pub fn clean_label(text: &str) -> Result<String, TextError> {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    check_text(&one_line, MAX_LABEL_CHARS)?;
    Ok(one_line)
}

/// A free text as it is stored: trimmed, line breaks kept as `\n`, at most
/// [`MAX_NOTE_CHARS`]. Control characters other than line breaks and tabs are
/// refused, as is anything longer.
pub fn clean_note(text: &str) -> Result<String, TextError> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    check_text(text, MAX_NOTE_CHARS)?;
    Ok(text.to_owned())
}

fn check_text(text: &str, max: usize) -> Result<(), TextError> {
    let length = text.chars().count();
    if length > max {
        return Err(TextError::TooLong { max, length });
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(TextError::ControlCharacter);
    }
    if text
        .chars()
        .any(|c| is_xml_forbidden(c) || reorders_text(c))
    {
        return Err(TextError::InvisibleCharacter);
    }
    Ok(())
}

/// A text as an earlier Rolspiegel may have stored it, made fit for
/// today's checks: the characters [`clean_label`] and [`clean_note`] refuse
/// (control characters other than line breaks and tabs, characters XML
/// forbids, and those that reorder text) are removed. Versions before those
/// checks took such text; reading it back must never lose the record it is
/// in. The second value says whether anything was removed.
pub fn without_refused_characters(text: &str) -> (String, bool) {
    let refused = |c: char| {
        (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
            || is_xml_forbidden(c)
            || reorders_text(c)
    };
    if text.contains(refused) {
        (text.chars().filter(|c| !refused(*c)).collect(), true)
    } else {
        (text.to_owned(), false)
    }
}

/// Characters that XML 1.0 does not allow in a document at all (besides the
/// control characters): a chart or report holding one would not open.
pub fn is_xml_forbidden(c: char) -> bool {
    matches!(c, '\u{FFFE}' | '\u{FFFF}') || (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
}

/// Invisible formatting characters that change the order or look of the text
/// around them: the bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), and zero-width characters that make two
/// names look alike (U+200B, U+2060, U+FEFF). Refused in everything a person
/// types or a file brings in, so that a name can never reorder the rest of a
/// line in a report, legend or table. Plain direction marks (U+200E, U+200F,
/// U+061C) and the joiners needed by some scripts and emoji (U+200C, U+200D)
/// reorder nothing beyond their neighbours and stay allowed.
pub fn reorders_text(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// An optional date as stored: blank means none; otherwise it must be a
/// real calendar date written `YYYY-MM-DD`.
pub fn clean_date(text: Option<&str>) -> Result<Option<String>, TextError> {
    match text.map(str::trim).filter(|d| !d.is_empty()) {
        None => Ok(None),
        Some(date) => check_date(date).map(Some),
    }
}

/// Checks `YYYY-MM-DD` and that the day exists (no 31 April).
fn check_date(text: &str) -> Result<String, TextError> {
    let bad = || TextError::BadDate(text.to_owned());
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    // Digits only: `str::parse` would also take a sign ("+1"), and the
    // database allows nothing but digits there.
    if y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return Err(bad());
    }
    let (y, m, d): (i32, u32, u32) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return Err(bad());
    }
    Ok(text.to_owned())
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_an_older_version_stored_loses_only_the_refused_characters() {
        let (text, changed) =
            without_refused_characters("Sam\u{202E}\u{200B} zei:\n\t\u{7}ja\u{FFFF}");
        assert_eq!((text.as_str(), changed), ("Sam zei:\n\tja", true));
        assert_eq!(clean_label(&text).as_deref(), Ok("Sam zei: ja"));
        // Direction marks and joiners stay, as typed text keeps them.
        let kept = "a\u{200E}b\u{200D}c";
        assert_eq!(without_refused_characters(kept), (kept.to_owned(), false));
    }

    #[test]
    fn labels_are_trimmed_to_one_line_and_limited() {
        assert_eq!(
            clean_label("  start\n traineeship \t").as_deref(),
            Ok("start traineeship")
        );
        assert_eq!(clean_label("").as_deref(), Ok(""));
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        assert_eq!(
            clean_label(&long),
            Err(TextError::TooLong {
                max: MAX_LABEL_CHARS,
                length: MAX_LABEL_CHARS + 1
            })
        );
        // Markup is just text: kept as typed, shown as text by the UI.
        assert_eq!(
            clean_label("<img src=x onerror=alert(1)>").as_deref(),
            Ok("<img src=x onerror=alert(1)>")
        );
    }

    #[test]
    fn notes_keep_line_breaks_but_refuse_control_characters() {
        assert_eq!(clean_note(" a\r\nb\n ").as_deref(), Ok("a\nb"));
        assert_eq!(clean_note("a\u{0}b"), Err(TextError::ControlCharacter));
        assert!(clean_note(&"é".repeat(MAX_NOTE_CHARS)).is_ok());
    }

    #[test]
    fn goals_need_an_assignment_and_a_real_date() {
        let goal = Goal::new(
            Role::Verbinder,
            " Elke week een partner bellen ",
            Some("2027-02-28"),
        )
        .expect("valid goal");
        assert_eq!(goal.assignment, "Elke week een partner bellen");
        assert_eq!(goal.review_on.as_deref(), Some("2027-02-28"));
        assert_eq!(
            Goal::new(Role::Verbinder, "  ", None),
            Err(TextError::Empty)
        );
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "27-01-01",
            "2027/01/01",
            "morgen",
            "2027-+1-01",
            "+027-01-01",
            "2027-01-+1",
            "２０２７-01-01",
        ] {
            assert!(
                matches!(
                    Goal::new(Role::Verbinder, "x", Some(bad)),
                    Err(TextError::BadDate(_))
                ),
                "{bad} must be refused"
            );
        }
        assert!(Goal::new(Role::Verbinder, "x", Some("2028-02-29")).is_ok());
        assert_eq!(
            Goal::new(Role::Verbinder, "x", Some(" ")).map(|g| g.review_on),
            Ok(None)
        );
    }

    #[test]
    fn text_that_breaks_xml_or_reorders_a_line_is_refused() {
        for bad in [
            "naam\u{FFFE}",
            "naam\u{FFFF}",
            "\u{202E}nomis",
            "a\u{2066}b\u{2069}",
            "ver\u{200B}binder",
            "\u{FEFF}naam",
            "a\u{2060}b",
        ] {
            assert_eq!(
                clean_label(bad),
                Err(TextError::InvisibleCharacter),
                "{bad:?} must be refused in a label"
            );
            assert_eq!(
                clean_note(bad),
                Err(TextError::InvisibleCharacter),
                "{bad:?} must be refused in a note"
            );
        }
        // Real names in other scripts and emoji with joiners stay allowed.
        for good in ["محمد", "Zoë", "👩\u{200D}💻 Sam", "a\u{200F}b", "שָׁלוֹם"] {
            assert_eq!(clean_label(good).as_deref(), Ok(good), "{good:?}");
        }
    }

    #[test]
    fn question_keys_round_trip() {
        for q in ReflectionQuestion::ALL {
            assert_eq!(ReflectionQuestion::from_key(q.key()), Some(q));
        }
    }
}
