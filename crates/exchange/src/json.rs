//! The results export: `docs/EXPORT-FORMAT.md` is its human description;
//! keep the two in step.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use rolspiegel_core::{
    clean_label, clean_note, score, without_refused_characters, Answer, Answers, Goal, Instrument,
    Instruments, Profile, ReflectionQuestion, Role, TextError,
};
use rolspiegel_core::{AssessmentId, ResultRecord, StoredResult};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::read::{check_document, decode, read_top, short, Bounded, Given, Scalar, Tally};
use crate::{FileError, Problem, ProblemKind};

/// The `format` field of every export.
pub const FORMAT_NAME: &str = "rolspiegel-results";

/// The format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u64 = 1;

/// Files larger than this are refused before they are read. The same as a
/// full backup's limit, so that whatever the app writes it reads back (and
/// a file of either kind is refused, or read, by the same size).
pub const MAX_IMPORT_BYTES: u64 = crate::read::MAX_FILE_BYTES;

/// Scores in a file may differ from the recomputed ones by rounding only.
const SCORE_TOLERANCE: f64 = 0.05;

/// Answers per result: the statement lists have a few dozen statements.
pub(crate) type GivenAnswers = Bounded<Given, 500>;
/// Scores per result: one per role.
pub(crate) type GivenScores = Bounded<f64, 16>;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Document<R> {
    format: String,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<String>,
    results: Vec<R>,
    /// Named situations with their ratings, as in a backup; left out when
    /// there are none (and ignored by versions before situations).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    situations: Vec<crate::situations::SituationEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ResultEntry {
    id: String,
    instrument_version: u64,
    started_at: String,
    completed_at: String,
    #[serde(default)]
    label: String,
    answers: GivenAnswers,
    scores: GivenScores,
    #[serde(default)]
    reflections: Bounded<String, 16>,
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

pub(crate) fn iso(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn from_iso(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp_millis())
}

/// Writes every record as one export document, pretty-printed so a coach
/// can read it. `now_ms` becomes `exportedAt`.
pub fn export_json(records: &[ResultRecord], now_ms: i64) -> String {
    export_json_with(records, &[], now_ms)
}

/// [`export_json`] with the person's named situations too.
pub fn export_json_with(
    records: &[ResultRecord],
    situations: &[rolspiegel_core::SituationRecord],
    now_ms: i64,
) -> String {
    let document = Document {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        exported_at: Some(iso(now_ms)),
        results: records.iter().map(result_entry).collect(),
        situations: situations
            .iter()
            .map(crate::situations::situation_entry)
            .collect(),
    };
    // Serialising plain maps, strings and numbers cannot fail.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// One record as the export (and the backup) writes it.
pub(crate) fn result_entry(record: &ResultRecord) -> ResultEntry {
    let r = &record.result;
    ResultEntry {
        id: r.id.to_string(),
        instrument_version: u64::from(r.instrument_version),
        started_at: iso(r.started_at),
        completed_at: iso(r.completed_at),
        label: r.label.clone(),
        answers: written_answers(&record.answers),
        scores: written_scores(&r.profile),
        reflections: Bounded(
            record
                .reflections
                .iter()
                .map(|(q, text)| (q.key().to_owned(), text.clone()))
                .collect(),
        ),
        goal: record.goal.as_ref().map(|g| GoalEntry {
            role: g.role.key().to_owned(),
            assignment: g.assignment.clone(),
            review_on: g.review_on.clone(),
        }),
    }
}

/// What a file held: the results that passed every check, and a problem for
/// each one that did not (the first [`crate::MAX_LISTED_PROBLEMS`]; the rest
/// are counted).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// Good results, in file order.
    pub records: Vec<ResultRecord>,
    /// Position in the file (from 1) of each good result.
    pub positions: Vec<usize>,
    /// Bad results, in file order.
    pub problems: Vec<Problem>,
    /// Bad results beyond those listed in `problems`.
    pub more_problems: usize,
    /// Results past [`crate::MAX_ENTRIES`], not read at all.
    pub not_read: usize,
    /// Good results whose texts held characters an earlier version allowed
    /// and this one removed on reading.
    pub cleaned: usize,
}

/// Reads an export. The whole file is refused only when it is not a
/// readable export at all; otherwise each result is checked on its own
/// (shape, id, statement list, answers, scores, times, texts) and the scores
/// are recomputed from the answers with the statement list each names. Work and memory are
/// bounded by the size cap whatever the file holds (see [`crate::read`]).
pub fn parse_json(bytes: &[u8], instruments: &Instruments) -> Result<Parsed, FileError> {
    let text = decode(bytes, MAX_IMPORT_BYTES)?;
    check_document(text, FORMAT_NAME, FORMAT_VERSION)?;
    let mut tally = Tally::default();
    let mut parsed = Parsed::default();
    read_top(text, "results", &[], &mut |raw| {
        read_result(raw, instruments, &mut tally, &mut parsed);
    })?;
    parsed.problems = tally.problems;
    parsed.more_problems = tally.more_problems;
    parsed.not_read = tally.not_read;
    parsed.cleaned = tally.cleaned;
    Ok(parsed)
}

/// The named situations of an export (none in one made before they came),
/// each checked on its own against the situation lists `lists`.
pub fn parse_json_situations(
    bytes: &[u8],
    lists: &Instruments,
) -> Result<crate::ParsedSituations, FileError> {
    let text = decode(bytes, MAX_IMPORT_BYTES)?;
    check_document(text, FORMAT_NAME, FORMAT_VERSION)?;
    let captured = read_top(text, "results", &["situations"], &mut |_| {})?;
    match captured.iter().find(|(name, _)| *name == "situations") {
        Some((_, raw)) => crate::situations::parse_situations(raw.get(), lists),
        None => Ok(crate::ParsedSituations::default()),
    }
}

/// Checks one raw result of a list and files it as a record or a problem.
pub(crate) fn read_result(
    raw: &RawValue,
    instruments: &Instruments,
    tally: &mut Tally,
    parsed: &mut Parsed,
) {
    if !tally.next() {
        return;
    }
    let position = tally.position();
    match check_entry(raw, instruments) {
        Ok((record, cleaned)) => {
            parsed.records.push(record);
            parsed.positions.push(position);
            tally.cleaned += usize::from(cleaned);
        }
        Err(kind) => tally.problem(Problem {
            position,
            id: entry_id(raw),
            kind,
        }),
    }
}

/// The `id` an entry gives, when it is a short text.
pub(crate) fn entry_id(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Option<Scalar>,
    }
    serde_json::from_str::<IdOnly>(raw.get())
        .ok()
        .and_then(|e| e.id)
        .and_then(Scalar::text)
}

/// Reads raw answers (statement id → 1–5 or `null`), scores them with
/// `instrument` and checks the scores written beside them.
pub(crate) fn scored_answers(
    given: GivenAnswers,
    written: &GivenScores,
    instrument: &Instrument,
) -> Result<(Vec<(String, Answer)>, Profile), ProblemKind> {
    let raw = given_answers(given, instrument)?;
    let mut answers = Answers::new(instrument);
    for (statement, answer) in &raw {
        answers
            .record(instrument, statement, *answer)
            .map_err(|_| ProblemKind::UnknownStatement(short(statement)))?;
    }
    let profile = score(instrument, &answers).map_err(|_| ProblemKind::Incomplete)?;
    for role in Role::ALL {
        match written.0.get(role.key()).copied() {
            Some(w) if (w - profile.of(role).score).abs() <= SCORE_TOLERANCE => {}
            _ => return Err(ProblemKind::ScoresMismatch),
        }
    }
    Ok((raw, profile))
}

/// Reads raw answers (statement id → 1–5 or `null`), each a statement of
/// `instrument` and on the scale.
pub(crate) fn given_answers(
    given: GivenAnswers,
    instrument: &Instrument,
) -> Result<Vec<(String, Answer)>, ProblemKind> {
    let mut raw = Vec::with_capacity(given.0.len());
    for (statement, value) in given.0 {
        let answer = match value {
            Given::DontKnow => Answer::DontKnow,
            Given::Whole(v) => Answer::from_value(Some(v))
                .map_err(|_| ProblemKind::AnswerOutOfRange(short(&statement)))?,
            Given::Other => return Err(ProblemKind::AnswerOutOfRange(short(&statement))),
        };
        if instrument.statement(&statement).is_none() {
            return Err(ProblemKind::UnknownStatement(short(&statement)));
        }
        raw.push((statement, answer));
    }
    Ok(raw)
}

/// Scores as written in files: rounded to two decimals, by role key.
pub(crate) fn written_scores(profile: &Profile) -> GivenScores {
    Bounded(
        profile
            .roles
            .iter()
            .map(|s| (s.role.key().to_owned(), (s.score * 100.0).round() / 100.0))
            .collect(),
    )
}

/// Answers as written in files: statement id → 1–5, or `null`.
pub(crate) fn written_answers(answers: &[(String, Answer)]) -> GivenAnswers {
    Bounded(
        answers
            .iter()
            .map(|(id, a)| {
                (
                    id.clone(),
                    a.value()
                        .map_or(Given::DontKnow, |v| Given::Whole(i64::from(v))),
                )
            })
            .collect::<BTreeMap<_, _>>(),
    )
}

/// A text from a file through today's check `clean`. Text that an earlier
/// version stored with characters refused today is read with those
/// characters removed (and `cleaned` set), so the record it is in is not
/// lost; anything else `clean` refuses stays refused.
pub(crate) fn lenient(
    text: &str,
    clean: impl Fn(&str) -> Result<String, TextError>,
    cleaned: &mut bool,
) -> Result<String, TextError> {
    match clean(text) {
        Err(TextError::ControlCharacter | TextError::InvisibleCharacter) => {
            *cleaned = true;
            clean(&without_refused_characters(text).0)
        }
        other => other,
    }
}

/// Checks one result; the flag says whether its texts were cleaned.
fn check_entry(
    raw: &RawValue,
    instruments: &Instruments,
) -> Result<(ResultRecord, bool), ProblemKind> {
    let entry: ResultEntry =
        serde_json::from_str(raw.get()).map_err(|e| ProblemKind::Shape(e.to_string()))?;
    let id = AssessmentId::parse(&entry.id).ok_or(ProblemKind::BadId)?;
    let instrument = instruments
        .find(entry.instrument_version)
        .ok_or(ProblemKind::UnknownInstrument(entry.instrument_version))?;
    // Both must be moments; their order is not checked: versions before
    // the store kept it wrote a completion before the start when the clock
    // was set back during a scan, and such a result is still theirs.
    let started_at = from_iso(&entry.started_at).ok_or(ProblemKind::BadTime)?;
    let completed_at = from_iso(&entry.completed_at).ok_or(ProblemKind::BadTime)?;

    let (raw, profile) = scored_answers(entry.answers, &entry.scores, instrument)?;

    let mut cleaned = false;
    let bad_text = |_| ProblemKind::BadText;
    let label = lenient(&entry.label, clean_label, &mut cleaned).map_err(bad_text)?;
    let mut reflections = Vec::new();
    for (key, text) in entry.reflections.0 {
        let question = ReflectionQuestion::from_key(&key)
            .ok_or_else(|| ProblemKind::UnknownQuestion(short(&key)))?;
        let text = lenient(&text, clean_note, &mut cleaned).map_err(bad_text)?;
        if !text.is_empty() {
            reflections.push((question, text));
        }
    }
    reflections.sort_by_key(|(q, _)| *q);
    let goal = match entry.goal {
        None => None,
        Some(g) => {
            let role = Role::from_key(&g.role).ok_or(ProblemKind::BadText)?;
            let mut emptied = false;
            let assignment = lenient(&g.assignment, clean_note, &mut emptied).map_err(bad_text)?;
            cleaned |= emptied;
            if emptied && assignment.is_empty() {
                // Nothing but characters refused today: no goal is left,
                // and the result itself is kept.
                None
            } else {
                Some(Goal::new(role, &assignment, g.review_on.as_deref()).map_err(bad_text)?)
            }
        }
    };
    Ok((
        ResultRecord {
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
        },
        cleaned,
    ))
}
