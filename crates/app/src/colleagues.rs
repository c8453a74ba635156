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
use crate::wire::{
    CodeProblem, CodeReason, CodesReport, ColleagueView, OpenAnswersView, RequestSummary,
};
use crate::words::Words;

/// Open questions a request may ask.
pub const MAX_QUESTIONS: usize = rolspiegel_exchange::MAX_OPEN_ANSWERS;
/// Characters an open question may have.
pub const MAX_QUESTION_CHARS: usize = 300;
/// Codes read in one go (pasted or from one file); more are counted.
pub const MAX_CODES_AT_ONCE: usize = 200;
/// The largest file of codes read: far more than 200 codes with their
/// open answers; a larger file is refused unread.
pub const MAX_CODE_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// The longest answer set a colleague's phone sends in a live session:
/// one answer code at its longest.
pub const MAX_LIVE_ANSWER_CHARS: usize = rolspiegel_exchange::MAX_CODE_CHARS;
/// The most text read for codes at once (pasted, or all files together).
pub const MAX_CODES_TEXT_BYTES: usize = 4 * 1024 * 1024;

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

/// Reads the answer codes in files colleagues attached, all together as
/// one text; a file that cannot be read, or is no text, counts as one code
/// that is none.
pub(crate) fn add_code_files(
    service: &mut Service,
    id: &str,
    files: Vec<crate::disk::ReadFile>,
) -> Result<CodesReport, AppError> {
    let mut text = String::new();
    let mut unreadable = 0;
    for file in files {
        match file.bytes {
            Ok(bytes) if text.len() + bytes.len() <= MAX_CODES_TEXT_BYTES => {
                text.push_str(&rolspiegel_exchange::code_file_text(&bytes));
                text.push('\n');
            }
            _ => unreadable += 1,
        }
    }
    let mut report = if text.trim().is_empty() {
        empty_report(service, request_id(id)?)?
    } else {
        add_codes(service, id, &text)?
    };
    report.files_unread = unreadable;
    Ok(report)
}

/// The report of adding nothing (every file unreadable).
fn empty_report(service: &Service, id: RequestId) -> Result<CodesReport, AppError> {
    service
        .store
        .request(id)?
        .ok_or(ErrorCode::RequestNotFound)?;
    Ok(CodesReport {
        added: 0,
        already: 0,
        problems: Vec::new(),
        not_read: 0,
        files_unread: 0,
        answered: service.store.responses(id)?.len(),
    })
}

/// The request `id` and the list it asks (one this build knows).
fn with_list(
    service: &Service,
    id: RequestId,
) -> Result<(FeedbackRequest, &rolspiegel_core::Instrument), AppError> {
    let request = service
        .store
        .request(id)?
        .ok_or(ErrorCode::RequestNotFound)?;
    let list = service
        .instruments
        .get(request.list_version)
        .ok_or(ErrorCode::RequestNotFound)?;
    Ok((request, list))
}

/// The request `id` and the ids of its list's statements, in order.
fn with_statements(
    service: &Service,
    id: RequestId,
) -> Result<(FeedbackRequest, Vec<String>), AppError> {
    let (request, list) = with_list(service, id)?;
    let statements = list.statements().iter().map(|s| s.id.to_string()).collect();
    Ok((request, statements))
}

/// Reads every answer code in `text` (pasted, or a file's text) for the
/// request `id` and keeps the good ones.
pub(crate) fn add_codes(
    service: &mut Service,
    id: &str,
    text: &str,
) -> Result<CodesReport, AppError> {
    if text.len() > MAX_CODES_TEXT_BYTES {
        return Err(ErrorCode::CodesTooLarge.into());
    }
    let id = request_id(id)?;
    let (request, statements) = with_statements(service, id)?;
    let (codes, not_read) = find_colleague_codes(text, MAX_CODES_AT_ONCE);
    let mut report = CodesReport {
        added: 0,
        already: 0,
        problems: Vec::new(),
        not_read,
        files_unread: 0,
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
        let reason = match keep(service, &request, &statements, code)? {
            Ok(true) => {
                report.added += 1;
                continue;
            }
            Ok(false) => {
                report.already += 1;
                continue;
            }
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

/// Checks one code read for `request` (this request, its list, one answer
/// per statement, no more open answers than asked) and stores it:
/// `Ok(true)` added, `Ok(false)` already there, or why it was refused.
fn keep(
    service: &mut Service,
    request: &FeedbackRequest,
    statements: &[String],
    code: Result<rolspiegel_exchange::ColleagueAnswers, CodeError>,
) -> Result<Result<bool, CodeReason>, AppError> {
    let checked = code.map_err(reason_of).and_then(|read| {
        if read.request != request.id.key() {
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
    Ok(match checked {
        Ok(response) => match service.store.add_response(request.id, &response)? {
            Imported::Added => Ok(true),
            Imported::AlreadyPresent => Ok(false),
            Imported::Conflict => Err(CodeReason::Conflict),
            Imported::Refused => Err(CodeReason::Refused),
        },
        Err(reason) => Err(reason),
    })
}

/// One answer set a colleague's phone sent over the live door: exactly one
/// code for `request`, checked and stored as a pasted one is. `Ok(true)`
/// when it is new, `Ok(false)` when it was there already (sent twice).
pub(crate) fn add_live_code(
    service: &mut Service,
    request: RequestId,
    text: &str,
) -> Result<bool, AppError> {
    let refused = || AppError::from(ErrorCode::LiveAnswerRefused);
    if text.len() > MAX_LIVE_ANSWER_CHARS {
        return Err(refused());
    }
    let (request, statements) = with_statements(service, request)?;
    let (mut codes, more) = find_colleague_codes(text, 1);
    let (Some(code), 0) = (codes.pop(), more) else {
        return Err(refused());
    };
    match keep(service, &request, &statements, code)? {
        Ok(added) => {
            tracing::info!("live: a colleague's answers came in (new: {added})");
            Ok(added)
        }
        Err(reason) => {
            tracing::info!("live: a colleague's answers were refused ({reason:?})");
            Err(refused())
        }
    }
}

/// The answer form as the UI build leaves it (`ui/dist-form`, built by
/// `make ui`): script and style inline, a Content-Security-Policy that lets
/// nothing load, and a JSON block for the request.
const FORM_TEMPLATE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../ui/dist-form/colleague-form.html"
));

/// Where the request's data goes in the form.
const FORM_SLOT: &str = "__ROLSPIEGEL_REQUEST__";

/// The largest form this writes: the bound for a file colleagues
/// get by mail and open on a phone.
pub const MAX_FORM_BYTES: usize = 150 * 1024;

/// The form's words in one language, for the JSON block
/// (`ui/src/colleague/form.ts`, `FormTexts`).
fn form_texts(
    words: Words<'_>,
    known_as: &str,
    list: &rolspiegel_core::Instrument,
) -> serde_json::Value {
    use rolspiegel_i18n::FluentValue;
    let name = if known_as.is_empty() {
        words.text("colleague-form-someone")
    } else {
        known_as.to_owned()
    };
    let named = |id: &str| words.format(id, &[("name", FluentValue::from(name.clone()))]);
    // The page fills in {n} and {total} itself.
    let counted = |id: &str| {
        words.format(
            id,
            &[
                ("n", FluentValue::from("{n}")),
                ("total", FluentValue::from("{total}")),
            ],
        )
    };
    let statements: serde_json::Map<String, serde_json::Value> = list
        .statements()
        .iter()
        .map(|s| {
            let id = s.id.to_string();
            let text = words.text(&format!("colleague-statement-{id}"));
            (id, serde_json::Value::from(text))
        })
        .collect();
    let scale = [
        "scale-1",
        "scale-2",
        "scale-3",
        "scale-4",
        "scale-5",
        "scale-dont-know",
    ]
    .map(|id| words.text(id));
    serde_json::json!({
        "languageName": words.text("colleague-form-language-name"),
        "languageLabel": words.text("colleague-form-language-label"),
        "title": named("colleague-form-title"),
        "intro": named("colleague-form-intro"),
        "privacy": named("colleague-form-privacy"),
        "statementOf": counted("colleague-form-statement-of"),
        "scale": scale,
        "statements": statements,
        "openHeading": words.text("colleague-form-open-heading"),
        "openHint": named("colleague-form-open-hint"),
        "make": words.text("colleague-form-make"),
        "missingHeading": words.text("colleague-form-missing-heading"),
        "missingItem": counted("colleague-form-missing-item"),
        "doneHeading": words.text("colleague-form-done-heading"),
        "doneIntro": named("colleague-form-done-intro"),
        "codeLabel": words.text("colleague-form-code-label"),
        "copy": words.text("colleague-form-copy"),
        "copied": words.text("colleague-form-copied"),
        "copyFailed": words.text("colleague-form-copy-failed"),
        "download": words.text("colleague-form-download"),
        "fileName": words.text("colleague-form-file-name"),
        "fileIntro": named("colleague-form-file-intro"),
        "changed": words.text("colleague-form-changed"),
        "privacyLive": named("colleague-form-privacy-live"),
        "roomCode": named("colleague-form-room-code"),
        "roomCodeHint": words.text("colleague-form-room-code-hint"),
        "send": named("colleague-form-send"),
        "sentHeading": words.text("colleague-form-sent-heading"),
        "sent": named("colleague-form-sent"),
        "sendFailed": named("colleague-form-send-failed"),
        "wrongCode": named("colleague-form-wrong-code"),
        "closed": named("colleague-form-closed"),
        "tooManyTries": words.text("colleague-form-too-many-tries"),
    })
}

/// The answer form for request `id`: one HTML file, in both languages
/// (the request's first), that a colleague opens in any browser.
pub(crate) fn answer_form(service: &Service, id: &str) -> Result<String, AppError> {
    form_for(service, request_id(id)?, false).map(|(_, form)| form)
}

/// The answer form for `request` as the laptop serves it in a live
/// session for colleagues, with the request's list: the same page, which
/// sends the answers to the laptop it came from instead of making a code
/// to send; its Content-Security-Policy lets it connect to that laptop
/// only, and is sent as a header as well (with what only a header can
/// say).
pub(crate) fn live_form(
    service: &Service,
    request: RequestId,
) -> Result<(rolspiegel_core::Instrument, crate::live::FormPage), AppError> {
    let (list, form) = form_for(service, request, true)?;
    const META: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    let policy = form
        .find(META)
        .map(|start| &form[start + META.len()..])
        .and_then(|rest| rest.split('"').next())
        .filter(|policy| policy.contains("connect-src 'none'"))
        .ok_or_else(|| AppError::from(ErrorCode::Storage))?;
    let live_policy = policy.replace("connect-src 'none'", "connect-src 'self'");
    let html = form.replacen(policy, &live_policy, 1);
    let csp = format!("{live_policy}; frame-ancestors 'none'");
    Ok((list, crate::live::FormPage { html, csp }))
}

fn form_for(
    service: &Service,
    id: RequestId,
    live: bool,
) -> Result<(rolspiegel_core::Instrument, String), AppError> {
    let (request, list) = with_list(service, id)?;
    let key: String = request
        .id
        .key()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let texts: serde_json::Map<String, serde_json::Value> = Language::ALL
        .into_iter()
        .map(|language| {
            let words = Words::new(&service.localizer, language);
            (
                language.code().to_owned(),
                form_texts(words, &request.known_as, list),
            )
        })
        .collect();
    let data = serde_json::json!({
        "key": key,
        "list": request.list_version,
        "lang": request.language,
        "statements": list.statements().iter().map(|s| s.id.to_string()).collect::<Vec<_>>(),
        "questions": request.questions,
        "texts": texts,
        "live": live,
    });
    // In a data block only `</script` could end it early: with every `<`
    // escaped, text from the person stays text.
    let json = data.to_string().replace('<', "\\u003c");
    let form = FORM_TEMPLATE.replacen(FORM_SLOT, &json, 1);
    if form.len() > MAX_FORM_BYTES {
        return Err(ErrorCode::ExportTooLarge.into());
    }
    Ok((list.clone(), form))
}

/// `items` in a random order (Fisher–Yates on the OS's random source), so
/// the order says nothing about who wrote what or when.
fn shuffled<T>(mut items: Vec<T>) -> Vec<T> {
    for i in (1..items.len()).rev() {
        let j = usize::try_from(getrandom::u64().unwrap_or(0) % (i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
    items
}

/// The colleagues' scored answer sets to `request`: those with enough
/// answers in every role to score (of a list this build knows).
pub(crate) fn scored(
    service: &Service,
    request: &FeedbackRequest,
    responses: &[ColleagueResponse],
) -> Vec<rolspiegel_core::Profile> {
    use rolspiegel_core::{score, Answers};
    let Some(list) = service.instruments.get(request.list_version) else {
        return Vec::new();
    };
    responses
        .iter()
        .filter_map(|r| {
            let answers = Answers::from_given(list, r.answers.clone()).ok()?;
            score(list, &answers).ok()
        })
        .collect()
}

pub(crate) fn colleague_view(
    service: &Service,
    id: &str,
    result: Option<&str>,
) -> Result<ColleagueView, AppError> {
    use rolspiegel_core::{colleagues_view, MIN_COLLEAGUES};
    let request_id = request_id(id)?;
    let request = service
        .store
        .request(request_id)?
        .ok_or(ErrorCode::RequestNotFound)?;
    let responses = service.store.responses(request_id)?;
    let profiles = scored(service, &request, &responses);
    let results = service.store.results()?;
    let chosen = match result {
        Some(id) => Some(service.stored_result(service.parse_id(id)?)?),
        None => results.first().cloned(),
    };
    let enough = profiles.len() >= MIN_COLLEAGUES;
    let (roles, chart_svg) = match (&chosen, enough) {
        (Some(result), true) => {
            let own = service.shown_profile(result)?;
            match colleagues_view(&own, &profiles) {
                Some(view) => {
                    let chart = service.colleague_radar(&own, &view, result);
                    (view.to_vec(), crate::state::svg_for_view(&chart))
                }
                None => (Vec::new(), None),
            }
        }
        _ => (Vec::new(), None),
    };
    let open = if enough {
        request
            .questions
            .iter()
            .enumerate()
            .map(|(i, question)| OpenAnswersView {
                question: question.clone(),
                answers: shuffled(
                    responses
                        .iter()
                        .filter_map(|r| r.open.get(i))
                        .filter(|t| !t.trim().is_empty())
                        .cloned()
                        .collect(),
                ),
            })
            .collect()
    } else {
        Vec::new()
    };
    let answered = responses.len();
    Ok(ColleagueView {
        needed: MIN_COLLEAGUES,
        counted: profiles.len(),
        too_few_answers: answered - profiles.len().min(answered),
        request: summary(request, answered),
        result: chosen.as_ref().map(crate::situations::choice),
        results: results.iter().map(crate::situations::choice).collect(),
        roles,
        chart_svg,
        open,
    })
}

impl Service {
    /// The person solid, the colleagues' mean dashed, with the band from the
    /// lowest to the highest colleague per role; a legend names both.
    pub(crate) fn colleague_radar(
        &self,
        own: &rolspiegel_core::Profile,
        view: &[rolspiegel_core::ColleagueRole; 3],
        result: &rolspiegel_core::StoredResult,
    ) -> rolspiegel_charts::RadarChart {
        use rolspiegel_charts::{RadarSeries, RoleSpread, SeriesStyle};
        let mut radar = crate::scan::radar(self, own);
        radar.axis_values = None;
        radar.margins = None;
        radar.size = (640, 520);
        let mean = view.map(|r| r.mean);
        radar.series = [own.roles.map(|s| s.score), mean]
            .into_iter()
            .zip(SeriesStyle::COMPARE)
            .map(|(scores, style)| RadarSeries { scores, style })
            .collect();
        radar.spreads = Some(Box::new(view.map(|r| RoleSpread {
            min: r.lowest,
            q1: r.lowest,
            q3: r.highest,
            max: r.highest,
        })));
        let words = self.say();
        radar.legend = vec![
            words.format(
                "colleague-legend-own",
                &[("date", words.date(result.completed_at).into())],
            ),
            words.text("colleague-legend-colleagues"),
        ];
        radar
    }
}
