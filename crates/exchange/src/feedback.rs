//! Requests to colleagues in a full backup (`docs/EXPORT-FORMAT.md`): each
//! request with its open questions and the colleagues' answers, each answer
//! set by its random key and nothing else (no name, no time, no order).
//! Read as untrusted: every request is checked on its own (id, texts, list,
//! each answer set's key, answers and open answers) and refused whole with
//! its reason; memory is bounded by the requests read and the answer sets
//! each may hold.

use rolspiegel_core::{clean_label, ColleagueResponse, FeedbackRequest, Instruments, RequestId};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::json::{given_answers, iso, written_answers, GivenAnswers};
use crate::read::{read_checked, Bounded};
use crate::{FileError, Problem, ProblemKind};

/// Answer sets read per request; more make the request fail to read.
pub const MAX_RESPONSES: usize = 500;
/// Open questions (and so open answers) a request may have.
const MAX_QUESTIONS: usize = 3;
/// Characters an open question may have.
const MAX_QUESTION_CHARS: usize = 300;
/// Characters an open answer may have.
const MAX_OPEN_CHARS: usize = 1_000;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RequestEntry {
    id: String,
    #[serde(default)]
    known_as: String,
    language: String,
    list_version: u64,
    #[serde(default)]
    questions: Bounded<String, MAX_QUESTIONS>,
    created_at: String,
    /// By each answer set's random key, in hexadecimal.
    responses: Bounded<ResponseEntry, MAX_RESPONSES>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ResponseEntry {
    answers: GivenAnswers,
    #[serde(default)]
    open: Bounded<String, MAX_QUESTIONS>,
}

/// Numbered keys for a short list kept as a map (`"1"`, `"2"`, …), so it
/// has the same bounded reader as the rest.
fn numbered(items: &[String]) -> Bounded<String, MAX_QUESTIONS> {
    Bounded(
        items
            .iter()
            .enumerate()
            .map(|(i, q)| (format!("{}", i + 1), q.clone()))
            .collect(),
    )
}

fn in_order(items: Bounded<String, MAX_QUESTIONS>) -> Result<Vec<String>, ProblemKind> {
    let mut keyed: Vec<(usize, String)> = items
        .0
        .into_iter()
        .map(|(k, v)| {
            k.parse::<usize>()
                .map(|n| (n, v))
                .map_err(|_| ProblemKind::BadText)
        })
        .collect::<Result<_, _>>()?;
    keyed.sort_by_key(|(n, _)| *n);
    if keyed.iter().enumerate().any(|(i, (n, _))| *n != i + 1) {
        return Err(ProblemKind::BadText);
    }
    Ok(keyed.into_iter().map(|(_, v)| v).collect())
}

fn hex(key: &[u8; 8]) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<[u8; 8]> {
    if text.len() != 16 || !text.is_ascii() {
        return None;
    }
    let mut key = [0; 8];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(key)
}

/// One request as a backup writes it.
pub(crate) fn request_entry(
    request: &FeedbackRequest,
    responses: &[ColleagueResponse],
) -> RequestEntry {
    RequestEntry {
        id: request.id.to_string(),
        known_as: request.known_as.clone(),
        language: request.language.clone(),
        list_version: u64::from(request.list_version),
        questions: numbered(&request.questions),
        created_at: iso(request.created_at),
        responses: Bounded(
            responses
                .iter()
                .map(|r| {
                    (
                        hex(&r.key),
                        ResponseEntry {
                            answers: written_answers(&r.answers),
                            open: numbered(&r.open),
                        },
                    )
                })
                .collect(),
        ),
    }
}

/// The requests of a backup as read: the good ones, and a problem for each
/// refused one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedRequests {
    /// Requests that passed every check, with their answer sets, in file
    /// order.
    pub records: Vec<(FeedbackRequest, Vec<ColleagueResponse>)>,
    /// Refused requests, in file order (the first
    /// [`crate::MAX_LISTED_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// Refused requests beyond those listed.
    pub more_problems: usize,
    /// Requests past [`crate::MAX_ENTRIES`], not read.
    pub not_read: usize,
}

/// Reads the `requests` array of a backup, each request checked on its own
/// against the statement lists this build knows.
pub(crate) fn parse_requests(raw: &str, lists: &Instruments) -> Result<ParsedRequests, FileError> {
    let (records, tally) = read_checked(raw, |raw| check_request(raw, lists))?;
    Ok(ParsedRequests {
        records,
        problems: tally.problems,
        more_problems: tally.more_problems,
        not_read: tally.not_read,
    })
}

/// A text on one line, with none of the characters a label refuses, within
/// `max` characters.
fn one_line(text: &str, max: usize) -> Result<String, ProblemKind> {
    if text.chars().count() > max {
        return Err(ProblemKind::BadText);
    }
    let (clean, removed) = rolspiegel_core::without_refused_characters(text);
    if removed || clean.contains('\n') {
        return Err(ProblemKind::BadText);
    }
    Ok(clean)
}

fn check_request(
    raw: &RawValue,
    lists: &Instruments,
) -> Result<(FeedbackRequest, Vec<ColleagueResponse>), ProblemKind> {
    let entry: RequestEntry =
        serde_json::from_str(raw.get()).map_err(|e| ProblemKind::Shape(e.to_string()))?;
    let id = RequestId::parse(&entry.id).ok_or(ProblemKind::BadId)?;
    let created_at = crate::json::from_iso(&entry.created_at).ok_or(ProblemKind::BadTime)?;
    let known_as = clean_label(&entry.known_as).map_err(|_| ProblemKind::BadText)?;
    if !matches!(entry.language.as_str(), "nl" | "en") {
        return Err(ProblemKind::BadText);
    }
    let list = lists
        .find(entry.list_version)
        .ok_or(ProblemKind::UnknownInstrument(entry.list_version))?;
    let questions = in_order(entry.questions)?
        .iter()
        .map(|q| one_line(q, MAX_QUESTION_CHARS))
        .collect::<Result<Vec<_>, _>>()?;
    let mut responses = Vec::with_capacity(entry.responses.0.len());
    for (key, r) in entry.responses.0 {
        let key = from_hex(&key).ok_or(ProblemKind::BadId)?;
        let answers = given_answers(r.answers, list)?;
        // Every statement answered (a "weet ik niet" counts), as a code
        // brings them; the keys are the statements, each once.
        if answers.len() != list.statements().len() {
            return Err(ProblemKind::Incomplete);
        }
        let open = in_order(r.open)?;
        if open.len() > questions.len() || open.iter().any(|t| t.chars().count() > MAX_OPEN_CHARS) {
            return Err(ProblemKind::BadText);
        }
        let open = open
            .iter()
            .map(|t| rolspiegel_core::without_refused_characters(t).0)
            .collect();
        responses.push(ColleagueResponse { key, answers, open });
    }
    Ok((
        FeedbackRequest {
            id,
            known_as,
            language: entry.language,
            list_version: list.version(),
            questions,
            created_at,
        },
        responses,
    ))
}
