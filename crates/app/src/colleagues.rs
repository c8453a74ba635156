//! How colleagues see you: making a feedback request, and reading the
//! answer codes colleagues send back. A code is untrusted text from someone
//! else: each is checked on its own (the code itself, this request, its
//! list, one answer per statement) and refused with a reason; nothing
//! already stored changes.

use rolspiegel_core::{
    clean_label, without_refused_characters, ColleagueResponse, FeedbackRequest, RequestId,
};
use rolspiegel_exchange::{find_colleague_codes, CodeError, MAX_LISTED_PROBLEMS};
use rolspiegel_i18n::Language;
use rolspiegel_storage::Imported;

use crate::error::{AppError, ErrorCode};
use crate::state::{now_ms, Service};
use crate::wire::{CodeProblem, CodeReason, CodesReport, RequestSummary};

/// Open questions a request may ask.
pub const MAX_QUESTIONS: usize = rolspiegel_exchange::MAX_OPEN_ANSWERS;
/// Characters an open question may have.
pub const MAX_QUESTION_CHARS: usize = 300;
/// Codes read in one go (pasted or from one file); more are counted.
pub const MAX_CODES_AT_ONCE: usize = 200;

fn request_id(id: &str) -> Result<RequestId, AppError> {
    RequestId::parse(id).ok_or_else(|| ErrorCode::RequestNotFound.into())
}

fn summary(request: FeedbackRequest, answered: usize) -> RequestSummary {
    RequestSummary {
        id: request.id.to_string(),
        known_as: request.known_as,
        language: request.language,
        questions: request.questions,
        created_at: request.created_at,
        answered,
    }
}

/// A question as kept: on one line, trimmed, at most
/// [`MAX_QUESTION_CHARS`]; empty ones are left out.
fn clean_questions(questions: &[String]) -> Result<Vec<String>, AppError> {
    let cleaned: Vec<String> = questions
        .iter()
        .map(|q| {
            let one_line = q.split_whitespace().collect::<Vec<_>>().join(" ");
            if one_line.chars().count() > MAX_QUESTION_CHARS {
                return Err(AppError::from(ErrorCode::TextTooLong));
            }
            // What a label refuses (control characters, characters that
            // turn text around), without its length.
            let (clean, removed) = without_refused_characters(&one_line);
            if removed {
                return Err(ErrorCode::TextInvalid.into());
            }
            Ok(clean)
        })
        .filter(|q| q.as_ref().map_or(true, |q| !q.is_empty()))
        .collect::<Result<_, _>>()?;
    if cleaned.len() > MAX_QUESTIONS {
        return Err(ErrorCode::BadRequest.into());
    }
    Ok(cleaned)
}

pub(crate) fn create_request(
    service: &mut Service,
    known_as: &str,
    language: &str,
    questions: &[String],
) -> Result<RequestSummary, AppError> {
    let language = Language::from_code(language).ok_or(ErrorCode::UnknownLanguage)?;
    let request = FeedbackRequest {
        id: RequestId::new(),
        known_as: clean_label(known_as)?,
        language: language.code().to_owned(),
        list_version: service.instruments.current().version(),
        questions: clean_questions(questions)?,
        created_at: now_ms(),
    };
    service.store.add_request(&request)?;
    Ok(summary(request, 0))
}

pub(crate) fn requests(service: &Service) -> Result<Vec<RequestSummary>, AppError> {
    Ok(service
        .store
        .requests()?
        .into_iter()
        .map(|(request, answered)| summary(request, answered))
        .collect())
}

pub(crate) fn delete_request(service: &mut Service, id: &str) -> Result<(), AppError> {
    service.store.delete_request(request_id(id)?)?;
    Ok(())
}

fn reason_of(error: CodeError) -> CodeReason {
    match error {
        CodeError::NotACode => CodeReason::NotACode,
        CodeError::TooLong => CodeReason::TooLong,
        CodeError::Damaged => CodeReason::Damaged,
        CodeError::NewerVersion(_) => CodeReason::NewerVersion,
        CodeError::OutOfRange => CodeReason::OutOfRange,
        CodeError::TooMuchText => CodeReason::TooMuchText,
        CodeError::BadText => CodeReason::BadText,
    }
}

/// Reads every answer code in `text` (pasted, or a file's text) for the
/// request `id` and keeps the good ones.
pub(crate) fn add_codes(
    service: &mut Service,
    id: &str,
    text: &str,
) -> Result<CodesReport, AppError> {
    let id = request_id(id)?;
    let request = service
        .store
        .request(id)?
        .ok_or(ErrorCode::RequestNotFound)?;
    let list = service
        .instruments
        .get(request.list_version)
        .ok_or(ErrorCode::RequestNotFound)?;
    let statements: Vec<String> = list.statements().iter().map(|s| s.id.to_string()).collect();
    let (codes, not_read) = find_colleague_codes(text, MAX_CODES_AT_ONCE);
    let mut report = CodesReport {
        added: 0,
        already: 0,
        problems: Vec::new(),
        not_read,
        answered: 0,
    };
    let mut refused: usize = 0;
    if codes.is_empty() {
        // Text without any code: said as one code that is none.
        refused = 1;
        report.problems.push(CodeProblem {
            number: 1,
            reason: CodeReason::NotACode,
        });
    }
    for (n, code) in codes.into_iter().enumerate() {
        let outcome = code.map_err(reason_of).and_then(|read| {
            if read.request != id.key() {
                return Err(CodeReason::OtherRequest);
            }
            if u32::from(read.list_version) != request.list_version {
                return Err(CodeReason::OtherList);
            }
            if read.answers.len() != statements.len() {
                return Err(CodeReason::WrongCount);
            }
            if read.open.len() > request.questions.len() {
                return Err(CodeReason::TooMuchText);
            }
            Ok(ColleagueResponse {
                key: read.answer,
                answers: statements.iter().cloned().zip(read.answers).collect(),
                open: read
                    .open
                    .iter()
                    .map(|t| without_refused_characters(t.trim()).0)
                    .collect(),
            })
        });
        let reason = match outcome {
            Ok(response) => match service.store.add_response(id, &response)? {
                Imported::Added => {
                    report.added += 1;
                    continue;
                }
                Imported::AlreadyPresent => {
                    report.already += 1;
                    continue;
                }
                Imported::Conflict => CodeReason::Conflict,
                Imported::Refused => CodeReason::Refused,
            },
            Err(reason) => reason,
        };
        refused += 1;
        if report.problems.len() < MAX_LISTED_PROBLEMS {
            report.problems.push(CodeProblem {
                number: n + 1,
                reason,
            });
        }
    }
    // Problems past the listing limit are counted with the unread ones.
    report.not_read += refused.saturating_sub(report.problems.len());
    report.answered = service.store.responses(id)?.len();
    tracing::info!(
        "answer codes: {} added, {} already there, {refused} refused, {} not read",
        report.added,
        report.already,
        not_read
    );
    Ok(report)
}
