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
    /// Codes beyond the limit of one go, not read.
    pub not_read: usize,
    /// How many colleagues' answers the request has now.
    pub answered: usize,
}
