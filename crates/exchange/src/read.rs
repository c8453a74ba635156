//! Reading a file's bytes with bounded work and memory, whatever they hold.
//!
//! Every format is read in three passes over the text, none of which builds
//! a tree of the whole document:
//! 1. [`decode`]: the size cap, an optional UTF-8 byte-order mark (as Windows
//!    Notepad writes it), and UTF-8 validity;
//! 2. syntax and header: the whole text is checked as JSON without keeping
//!    anything, then only `format` and `version` are read;
//! 3. [`read_top`]: the top-level fields a format needs are borrowed as raw
//!    text, and its list (results, participants, groups) is handed over one
//!    entry at a time as raw text, so each entry is parsed and checked on its
//!    own and a broken entry never stops the others.
//!
//! Entries are parsed into types whose maps are bounded ([`Bounded`]) and
//! whose answers are scalars ([`Given`]), so no single entry can grow
//! without limit either. [`Tally`] keeps at most [`MAX_ENTRIES`] entries and
//! lists at most [`MAX_LISTED_PROBLEMS`] problems per file.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::{FileError, Problem, ProblemKind};

/// The largest results export or full backup read back. It must fit what
/// the app writes: the app reads every backup and export back before saving
/// it and refuses one that would not fit (`rolspiegel-app`), so what it saved
/// always restores. 64 MiB holds the most a list may have (10,000 results
/// with long notes) with room for many groups.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// At most this many entries of one list are read: the results of a file,
/// or the participants of one group (in a group file or in each group of a
/// backup). A person's own history holds dozens, a big workshop a few
/// hundred.
pub const MAX_ENTRIES: usize = 10_000;

/// Ids and statement ids from a file are repeated in problems at most this
/// long (in characters); a longer one is cut and ends in "…".
pub const MAX_ID_CHARS: usize = 40;

/// `text` as a problem may repeat it: at most [`MAX_ID_CHARS`] characters.
pub(crate) fn short(text: &str) -> String {
    match text.char_indices().nth(MAX_ID_CHARS) {
        None => text.to_owned(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// At most this many problems are listed per file; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 50;

/// The UTF-8 byte-order mark some editors put at the start of a text file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The file's bytes as text: refused when larger than `limit` or not UTF-8;
/// a byte-order mark at the start is skipped.
pub fn decode(bytes: &[u8], limit: u64) -> Result<&str, FileError> {
    let size = bytes.len() as u64;
    if size > limit {
        return Err(FileError::TooLarge { size, limit });
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| FileError::Malformed(format!("not UTF-8 text: {e}")))
}

/// Checks that `text` is one JSON document (telling a cut-off file from a
/// broken one), that it is an object, that its `format` is `format` and its
/// `version` not newer than `newest`.
pub(crate) fn check_document(text: &str, format: &str, newest: u64) -> Result<(), FileError> {
    serde_json::from_str::<IgnoredAny>(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => FileError::Truncated(e.to_string()),
        _ => FileError::Malformed(e.to_string()),
    })?;
    let header: Header = serde_json::from_str(text).map_err(|_| FileError::NotAnExport)?;
    if header.format.as_deref() != Some(format) {
        return Err(FileError::NotAnExport);
    }
    let version = header.version.ok_or(FileError::NotAnExport)?;
    if version > newest {
        return Err(FileError::NewerVersion(version));
    }
    Ok(())
}

/// `format` and `version` of a document; everything else is skipped
/// without being kept.
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Header, D::Error> {
        struct HeaderVisitor;
        impl<'de> Visitor<'de> for HeaderVisitor {
            type Value = Header;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
                let mut header = Header {
                    format: None,
                    version: None,
                };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "format" => header.format = map.next_value::<Scalar>()?.text(),
                        "version" => header.version = map.next_value::<Scalar>()?.whole(),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(header)
            }
        }
        deserializer.deserialize_map(HeaderVisitor)
    }
}

/// A JSON value kept only when it is a short string or a whole number.
pub(crate) enum Scalar {
    Text(String),
    Whole(u64),
    Other,
}

impl Scalar {
    pub(crate) fn text(self) -> Option<String> {
        match self {
            Scalar::Text(t) => Some(t),
            _ => None,
        }
    }
    fn whole(self) -> Option<u64> {
        match self {
            Scalar::Whole(n) => Some(n),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Scalar, D::Error> {
        struct ScalarVisitor;
        impl<'de> Visitor<'de> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                // A format name is short; a long text is not one.
                Ok(if v.len() <= 64 {
                    Scalar::Text(v.to_owned())
                } else {
                    Scalar::Other
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Whole(v))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

/// Walks the top-level object of `text`: the fields named in `fields` come
/// back as raw text (first copy of each), and each element of the array under
/// `list` is handed to `on_entry` as raw text, in order. Fails with
/// [`FileError::NotAnExport`] when the top level is not an object or `list`
/// is not an array (or is missing).
pub(crate) fn read_top<'de>(
    text: &'de str,
    list: &'static str,
    fields: &'static [&'static str],
    on_entry: &mut dyn FnMut(&'de RawValue),
) -> Result<Vec<(&'static str, &'de RawValue)>, FileError> {
    let mut top = Top {
        list,
        fields,
        captured: Vec::new(),
        found_list: false,
        on_entry,
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    (&mut top)
        .deserialize(&mut deserializer)
        .map_err(|_| FileError::NotAnExport)?;
    if !top.found_list {
        return Err(FileError::NotAnExport);
    }
    Ok(top.captured)
}

/// Hands each element of the JSON array `text` to `on_entry` as raw text.
pub(crate) fn read_array<'de>(
    text: &'de str,
    on_entry: &mut dyn FnMut(&'de RawValue),
) -> Result<(), FileError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    Entries { on_entry }
        .deserialize(&mut deserializer)
        .map_err(|_| FileError::NotAnExport)
}

/// The `format` a document names, read without keeping anything else;
/// `None` when the bytes are not a JSON object naming one.
pub fn format_of(bytes: &[u8]) -> Option<String> {
    let text = decode(bytes, u64::MAX).ok()?;
    serde_json::from_str::<Header>(text).ok()?.format
}

/// Raw text of a captured top-level field, parsed as `T`.
pub(crate) fn field<'de, T: Deserialize<'de>>(
    captured: &[(&'static str, &'de RawValue)],
    name: &str,
) -> Option<Result<T, serde_json::Error>> {
    captured
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, raw)| serde_json::from_str(raw.get()))
}

struct Top<'a, 'de> {
    list: &'static str,
    fields: &'static [&'static str],
    captured: Vec<(&'static str, &'de RawValue)>,
    found_list: bool,
    on_entry: &'a mut dyn FnMut(&'de RawValue),
}

impl<'de> DeserializeSeed<'de> for &mut Top<'_, 'de> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut Top<'_, 'de> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == self.list && !self.found_list {
                self.found_list = true;
                map.next_value_seed(Entries {
                    on_entry: &mut *self.on_entry,
                })?;
            } else if let Some(name) = self
                .fields
                .iter()
                .find(|f| **f == key && !self.captured.iter().any(|(n, _)| n == *f))
            {
                let raw: &'de RawValue = map.next_value()?;
                self.captured.push((name, raw));
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct Entries<'a, 'de> {
    on_entry: &'a mut dyn FnMut(&'de RawValue),
}

impl<'de> DeserializeSeed<'de> for Entries<'_, 'de> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Entries<'_, 'de> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            (self.on_entry)(raw);
        }
        Ok(())
    }
}

/// Counts the entries of a file as they come: keeps the first
/// [`MAX_ENTRIES`], lists the first [`MAX_LISTED_PROBLEMS`] problems and
/// counts the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Entries seen so far (also those not read).
    pub seen: usize,
    /// The problems listed, in file order.
    pub problems: Vec<Problem>,
    /// Problems found beyond those listed.
    pub more_problems: usize,
    /// Entries past [`MAX_ENTRIES`], not read at all.
    pub not_read: usize,
    /// Entries read whole after characters an earlier version allowed in
    /// their texts were removed (see
    /// [`rolspiegel_core::without_refused_characters`]).
    pub cleaned: usize,
}

impl Tally {
    /// Counts one more entry; `false` when it is past the limit and must
    /// not be read.
    pub(crate) fn next(&mut self) -> bool {
        self.seen += 1;
        if self.seen > MAX_ENTRIES {
            self.not_read += 1;
            false
        } else {
            true
        }
    }

    /// The position (from 1) of the entry last counted.
    pub(crate) fn position(&self) -> usize {
        self.seen
    }

    /// Notes a problem, listing it while there is room.
    pub(crate) fn problem(&mut self, problem: Problem) {
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.more_problems += 1;
        }
    }
}

/// Reads a JSON array of entries, each checked on its own by `check`: the
/// good ones in file order, and the tally of the refused (each with its
/// position and id) and of those past [`MAX_ENTRIES`].
pub(crate) fn read_checked<T>(
    raw: &str,
    check: impl Fn(&RawValue) -> Result<T, ProblemKind>,
) -> Result<(Vec<T>, Tally), FileError> {
    let mut tally = Tally::default();
    let mut good = Vec::new();
    read_array(raw, &mut |raw| {
        if !tally.next() {
            return;
        }
        let position = tally.position();
        match check(raw) {
            Ok(entry) => good.push(entry),
            Err(kind) => tally.problem(Problem {
                position,
                id: crate::json::entry_id(raw),
                kind,
            }),
        }
    })?;
    Ok((good, tally))
}

/// A JSON object read into a map of at most `MAX` keys (a later copy of a key
/// replaces the earlier one, as JSON readers usually do). More keys make the
/// entry fail to parse, before they take memory.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Bounded<V, const MAX: usize>(pub BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>, const MAX: usize> Deserialize<'de> for Bounded<V, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V, const MAX: usize>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>, const MAX: usize> Visitor<'de> for MapVisitor<V, MAX> {
            type Value = Bounded<V, MAX>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "an object with at most {MAX} keys")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut found = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<V>()?;
                    found.insert(key, value);
                    if found.len() > MAX {
                        return Err(de::Error::custom(format!("more than {MAX} keys")));
                    }
                }
                Ok(Bounded(found))
            }
        }
        deserializer.deserialize_map(MapVisitor::<V, MAX>(PhantomData))
    }
}

impl<V: Serialize, const MAX: usize> Serialize for Bounded<V, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// One answer as a file gives it: `null` ("weet ik niet"), a whole number, or
/// anything else (which is an answer off the scale, read without keeping it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Given {
    /// `null`.
    DontKnow,
    /// A whole number (checked against the scale later).
    Whole(i64),
    /// Text, a fraction, true/false, a list or an object.
    Other,
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Given, D::Error> {
        struct GivenVisitor;
        impl<'de> Visitor<'de> for GivenVisitor {
            type Value = Given;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an answer")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Given, E> {
                Ok(Given::DontKnow)
            }
            fn visit_none<E: de::Error>(self) -> Result<Given, E> {
                Ok(Given::DontKnow)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Given, E> {
                Ok(Given::Whole(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Given, E> {
                Ok(i64::try_from(v).map_or(Given::Other, Given::Whole))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Given, E> {
                Ok(Given::Other)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Given, E> {
                Ok(Given::Other)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Given, E> {
                Ok(Given::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Given, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Given::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Given, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Given::Other)
            }
        }
        deserializer.deserialize_any(GivenVisitor)
    }
}

impl Serialize for Given {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Given::Whole(v) => serializer.serialize_i64(*v),
            Given::DontKnow | Given::Other => serializer.serialize_unit(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_skipped_and_other_bytes_are_refused() {
        assert_eq!(decode(b"\xEF\xBB\xBF{}", 10), Ok("{}"));
        assert_eq!(decode(b"{}", 10), Ok("{}"));
        assert!(matches!(
            decode(b"{\"a\": \"\xff\"}", 100),
            Err(FileError::Malformed(_))
        ));
        assert!(matches!(
            decode(b"\xFF\xFE{\x00}\x00", 100),
            Err(FileError::Malformed(_))
        ));
        assert!(matches!(
            decode(&[b' '; 11], 10),
            Err(FileError::TooLarge {
                size: 11,
                limit: 10
            })
        ));
    }

    #[test]
    fn bounded_maps_refuse_more_keys_than_allowed() {
        let ok: Result<Bounded<Given, 2>, _> = serde_json::from_str(r#"{"a": 1, "b": null}"#);
        assert_eq!(
            ok.map(|m| m.0.into_iter().collect::<Vec<_>>()).ok(),
            Some(vec![
                ("a".to_string(), Given::Whole(1)),
                ("b".to_string(), Given::DontKnow)
            ])
        );
        let too_many: Result<Bounded<Given, 2>, _> =
            serde_json::from_str(r#"{"a": 1, "b": 2, "c": 3}"#);
        assert!(too_many.is_err());
        let repeated: Result<Bounded<Given, 2>, _> =
            serde_json::from_str(r#"{"a": 1, "a": 2, "a": 3}"#);
        assert_eq!(repeated.map(|m| m.0.len()).ok(), Some(1));
    }

    #[test]
    fn answers_of_any_shape_are_read_without_keeping_them() {
        let given: Vec<Given> =
            serde_json::from_str(r#"[null, 3, -2, 3.5, "vier", true, [1, [2]], {"a": 1}]"#)
                .expect("every shape reads");
        assert_eq!(
            given,
            vec![
                Given::DontKnow,
                Given::Whole(3),
                Given::Whole(-2),
                Given::Other,
                Given::Other,
                Given::Other,
                Given::Other,
                Given::Other
            ]
        );
    }

    #[test]
    fn the_tally_keeps_the_first_entries_and_lists_the_first_problems() {
        let mut tally = Tally::default();
        for _ in 0..MAX_ENTRIES + 5 {
            if tally.next() {
                tally.problem(Problem {
                    position: tally.position(),
                    id: None,
                    kind: crate::ProblemKind::BadId,
                });
            }
        }
        assert_eq!(tally.not_read, 5);
        assert_eq!(tally.problems.len(), MAX_LISTED_PROBLEMS);
        assert_eq!(tally.more_problems, MAX_ENTRIES - MAX_LISTED_PROBLEMS);
    }
}
