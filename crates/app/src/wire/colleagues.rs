//! How colleagues see you: feedback requests and the answer codes that
//! come back.

use serde::Serialize;
use ts_rs::TS;

/// A feedback request as listed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequestSummary {
    /// Its id.
    pub id: String,
    /// The name colleagues know the person by; empty when none.
    pub known_as: String,
    /// The form's language.
    #[ts(type = "\"nl\" | \"en\"")]
    pub language: String,
    /// Its open questions, in order.
    pub questions: Vec<String>,
    /// When it was made (Unix ms).
    pub created_at: i64,
    /// How many colleagues' answers came back.
    pub answered: usize,
}

/// Why one answer code was not added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum CodeReason {
    /// Not an answer code at all.
    NotACode,
    /// Longer than any code can be.
    TooLong,
    /// Cut off or changed: the check does not add up.
    Damaged,
    /// Made by a newer Rolspiegel.
    NewerVersion,
    /// An answer outside the scale.
    OutOfRange,
    /// More open text than the request asks for.
    TooMuchText,
    /// Open text that cannot be read.
    BadText,
    /// An answer to another request.
    OtherRequest,
    /// Answers to another statement list than this request's.
    OtherList,
    /// Not one answer for every statement of the list.
    WrongCount,
    /// The same code came before with other answers.
    Conflict,
    /// The database refused it.
    Refused,
}

/// One code that was not added: its place among the codes given (from 1).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CodeProblem {
    /// Which code, counted from 1 in the order given.
    pub number: usize,
    /// Why.
    pub reason: CodeReason,
}

/// What adding answer codes did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CodesReport {
    /// New answers added.
    pub added: usize,
    /// Codes that were already there (sent twice).
    pub already: usize,
    /// Codes not added, each with why (at most the listing limit).
    pub problems: Vec<CodeProblem>,
    /// Codes beyond the limit of one go, or past the listing limit, not
    /// read or not listed.
    pub not_read: usize,
    /// Files that could not be read (too large, or not there any more).
    pub files_unread: usize,
    /// How many colleagues' answers the request has now.
    pub answered: usize,
}

/// One open question with what colleagues wrote, shuffled.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenAnswersView {
    /// The question as asked.
    pub question: String,
    /// The answers as written, in random order, empty ones left out.
    pub answers: Vec<String>,
}

/// How colleagues see the person, beside one of their own results.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ColleagueView {
    /// The request.
    pub request: RequestSummary,
    /// How many colleagues it takes before anything is shown.
    pub needed: usize,
    /// Colleagues whose answers count (enough answers in every role).
    pub counted: usize,
    /// Colleagues who answered too few statements to count.
    pub too_few_answers: usize,
    /// The result it is set beside: the one asked for, else the latest.
    pub result: Option<crate::wire::ResultChoice>,
    /// Every result, newest first, to choose another.
    pub results: Vec<crate::wire::ResultChoice>,
    /// Per role, in role order; empty below `needed` or without a result.
    pub roles: Vec<rolspiegel_core::ColleagueRole>,
    /// The person and the colleagues (mean, lowest to highest) on one
    /// radar; `None` when `roles` is empty.
    pub chart_svg: Option<String>,
    /// The open answers; empty below `needed`.
    pub open: Vec<OpenAnswersView>,
}
