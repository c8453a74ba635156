//! The results export: `docs/EXPORT-FORMAT.md` is its human description;
//! keep the two in step.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use rolspiegel_core::{
    clean_label, clean_note, score, Answer, Answers, Goal, Instrument, Profile, ReflectionQuestion,
    Role,
};
use rolspiegel_storage::{AssessmentId, ResultRecord, StoredResult};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{FileError, Problem, ProblemKind};

/// The `format` field of every export.
pub const FORMAT_NAME: &str = "rolspiegel-results";

/// The format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u64 = 1;

/// Files larger than this are refused before they are read: 10 MiB holds
/// thousands of results with notes.
pub const MAX_IMPORT_BYTES: u64 = 10 * 1024 * 1024;

/// Scores in a file may differ from the recomputed ones by rounding only.
const SCORE_TOLERANCE: f64 = 0.05;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Document<R> {
    format: String,
    version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exported_at: Option<String>,
    results: Vec<R>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ResultEntry {
    id: String,
    instrument_version: u64,
    started_at: String,
    completed_at: String,
    #[serde(default)]
    label: String,
    answers: BTreeMap<String, Value>,
    scores: BTreeMap<String, f64>,
    #[serde(default)]
    reflections: BTreeMap<String, String>,
    #[serde(default)]
    goal: Option<GoalEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GoalEntry {
    role: String,
    assignment: String,
    #[serde(default)]
    review_on: Option<String>,
}

fn iso(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn from_iso(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp_millis())
}

/// Writes every record as one export document, pretty-printed so a coach
/// can read it. `now_ms` becomes `exportedAt`.
pub fn export_json(records: &[ResultRecord], now_ms: i64) -> String {
    let results = records
        .iter()
        .map(|record| {
            let r = &record.result;
            ResultEntry {
                id: r.id.to_string(),
                instrument_version: u64::from(r.instrument_version),
                started_at: iso(r.started_at),
                completed_at: iso(r.completed_at),
                label: r.label.clone(),
                answers: written_answers(&record.answers),
                scores: written_scores(&r.profile),
                reflections: record
                    .reflections
                    .iter()
                    .map(|(q, text)| (q.key().to_owned(), text.clone()))
                    .collect(),
                goal: record.goal.as_ref().map(|g| GoalEntry {
                    role: g.role.key().to_owned(),
                    assignment: g.assignment.clone(),
                    review_on: g.review_on.clone(),
                }),
            }
        })
        .collect();
    let document = Document {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        exported_at: Some(iso(now_ms)),
        results,
    };
    // Serialising plain maps, strings and numbers cannot fail.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// What a file held: the results that passed every check, and a problem for
/// each one that did not.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// Good results, in file order.
    pub records: Vec<ResultRecord>,
    /// Position in the file (from 1) of each good result.
    pub positions: Vec<usize>,
    /// Bad results, in file order.
    pub problems: Vec<Problem>,
}

/// Reads an export. The whole file is refused only when it is not a
/// readable export at all; otherwise each result is checked on its own
/// (shape, id, statement list, answers, scores, times, texts) and the scores
/// are recomputed from the answers with `instrument`.
pub fn parse_json(bytes: &[u8], instrument: &Instrument) -> Result<Parsed, FileError> {
    let value = read_json(bytes, MAX_IMPORT_BYTES)?;
    check_header(&value, FORMAT_NAME, FORMAT_VERSION)?;
    let document: Document<Value> =
        serde_json::from_value(value).map_err(|_| FileError::NotAnExport)?;
    let mut parsed = Parsed {
        records: Vec::new(),
        positions: Vec::new(),
        problems: Vec::new(),
    };
    for (index, entry) in document.results.into_iter().enumerate() {
        let id = entry.get("id").and_then(Value::as_str).map(str::to_owned);
        match check_entry(entry, instrument) {
            Ok(record) => {
                parsed.records.push(record);
                parsed.positions.push(index + 1);
            }
            Err(kind) => parsed.problems.push(Problem {
                position: index + 1,
                id,
                kind,
            }),
        }
    }
    Ok(parsed)
}

/// Reads raw answers (statement id → 1–5 or `null`), scores them with
/// `instrument` and checks the scores written beside them.
pub(crate) fn scored_answers(
    given: BTreeMap<String, Value>,
    written: &BTreeMap<String, f64>,
    instrument: &Instrument,
) -> Result<(Vec<(String, Answer)>, Profile), ProblemKind> {
    let mut answers = Answers::new(instrument);
    let mut raw = Vec::with_capacity(given.len());
    for (statement, value) in given {
        let answer = match &value {
            Value::Null => Answer::DontKnow,
            Value::Number(n) => n
                .as_i64()
                .and_then(|v| Answer::from_value(Some(v)).ok())
                .ok_or_else(|| ProblemKind::AnswerOutOfRange(statement.clone()))?,
            _ => return Err(ProblemKind::AnswerOutOfRange(statement)),
        };
        answers
            .record(instrument, &statement, answer)
            .map_err(|_| ProblemKind::UnknownStatement(statement.clone()))?;
        raw.push((statement, answer));
    }
    let profile = score(instrument, &answers).map_err(|_| ProblemKind::Incomplete)?;
    for role in Role::ALL {
        match written.get(role.key()).copied() {
            Some(w) if (w - profile.of(role).score).abs() <= SCORE_TOLERANCE => {}
            _ => return Err(ProblemKind::ScoresMismatch),
        }
    }
    Ok((raw, profile))
}

/// Scores as written in files: rounded to two decimals, by role key.
pub(crate) fn written_scores(profile: &Profile) -> BTreeMap<String, f64> {
    profile
        .roles
        .iter()
        .map(|s| (s.role.key().to_owned(), (s.score * 100.0).round() / 100.0))
        .collect()
}

/// Answers as written in files: statement id → 1–5, or `null`.
pub(crate) fn written_answers(answers: &[(String, Answer)]) -> BTreeMap<String, Value> {
    answers
        .iter()
        .map(|(id, a)| (id.clone(), a.value().map_or(Value::Null, Value::from)))
        .collect()
}

/// Parses JSON bytes within `limit`, telling a cut-off file from a broken one.
pub(crate) fn read_json(bytes: &[u8], limit: u64) -> Result<Value, FileError> {
    let size = bytes.len() as u64;
    if size > limit {
        return Err(FileError::TooLarge { size, limit });
    }
    serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            FileError::Truncated(e.to_string())
        } else {
            FileError::Malformed(e.to_string())
        }
    })
}

/// Checks the `format` name and that `version` is not newer than `newest`.
pub(crate) fn check_header(value: &Value, format: &str, newest: u64) -> Result<(), FileError> {
    if value.get("format").and_then(Value::as_str) != Some(format) {
        return Err(FileError::NotAnExport);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(FileError::NotAnExport)?;
    if version > newest {
        return Err(FileError::NewerVersion(version));
    }
    Ok(())
}

fn check_entry(entry: Value, instrument: &Instrument) -> Result<ResultRecord, ProblemKind> {
    let entry: ResultEntry =
        serde_json::from_value(entry).map_err(|e| ProblemKind::Shape(e.to_string()))?;
    let id = AssessmentId::parse(&entry.id).ok_or(ProblemKind::BadId)?;
    if entry.instrument_version != u64::from(instrument.version()) {
        return Err(ProblemKind::UnknownInstrument(entry.instrument_version));
    }
    let started_at = from_iso(&entry.started_at).ok_or(ProblemKind::BadTime)?;
    let completed_at = from_iso(&entry.completed_at).ok_or(ProblemKind::BadTime)?;
    if completed_at < started_at {
        return Err(ProblemKind::BadTime);
    }

    let (raw, profile) = scored_answers(entry.answers, &entry.scores, instrument)?;

    let label = clean_label(&entry.label).map_err(|_| ProblemKind::BadText)?;
    let mut reflections = Vec::new();
    for (key, text) in entry.reflections {
        let question = ReflectionQuestion::from_key(&key)
            .ok_or_else(|| ProblemKind::UnknownQuestion(key.clone()))?;
        let text = clean_note(&text).map_err(|_| ProblemKind::BadText)?;
        if !text.is_empty() {
            reflections.push((question, text));
        }
    }
    reflections.sort_by_key(|(q, _)| *q);
    let goal = match entry.goal {
        None => None,
        Some(g) => {
            let role = Role::from_key(&g.role).ok_or(ProblemKind::BadText)?;
            Some(
                Goal::new(role, &g.assignment, g.review_on.as_deref())
                    .map_err(|_| ProblemKind::BadText)?,
            )
        }
    };
    Ok(ResultRecord {
        result: StoredResult {
            id,
            instrument_version: instrument.version(),
            started_at,
            completed_at,
            label,
            profile,
        },
        answers: raw,
        reflections,
        goal,
    })
}
