//! The records that files carry and the store keeps: a completed result
//! with everything written beside it, and a workshop group's members. Plain
//! values with their ids; no I/O. Storage reads and writes them, the file
//! formats (`rolspiegel-exchange`) turn them into bytes and back.

use std::fmt;

use uuid::Uuid;

use crate::{Answer, Goal, Profile, ReflectionQuestion};

/// Declares a UUID-backed id type.
macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name(Uuid);

        impl $name {
            /// A new random id.
            pub fn new() -> $name {
                $name(Uuid::new_v4())
            }

            /// Parses the hyphenated form; `None` when the text is not a UUID.
            pub fn parse(text: &str) -> Option<$name> {
                Uuid::try_parse(text).ok().map($name)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
    };
}

uuid_id!(
    /// The id of one assessment: a random (v4) UUID.
    AssessmentId
);
uuid_id!(
    /// The id of one workshop group: a random (v4) UUID.
    GroupId
);

/// A completed assessment with its scores.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredResult {
    /// Its id.
    pub id: AssessmentId,
    /// The statement-list version it was answered against.
    pub instrument_version: u32,
    /// When it was started (Unix ms).
    pub started_at: i64,
    /// When it was completed (Unix ms).
    pub completed_at: i64,
    /// The label the person gave it; empty when none.
    pub label: String,
    /// The scores as computed at completion.
    pub profile: Profile,
}

/// Everything stored about one completed result: what export writes and
/// import reads. The scores are derived from the answers and not part of the
/// content when records are compared.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRecord {
    /// The result, with its label and scores.
    pub result: StoredResult,
    /// The raw answers, by statement id.
    pub answers: Vec<(String, Answer)>,
    /// Answers to the reflection questions (only non-empty ones).
    pub reflections: Vec<(ReflectionQuestion, String)>,
    /// The development goal, if any.
    pub goal: Option<Goal>,
}

impl ResultRecord {
    /// Whether two records hold the same content: everything a person gave
    /// or wrote, ignoring the derived scores.
    pub fn same_content(&self, other: &ResultRecord) -> bool {
        let (a, b) = (&self.result, &other.result);
        a.id == b.id
            && a.instrument_version == b.instrument_version
            && a.started_at == b.started_at
            && a.completed_at == b.completed_at
            && a.label == b.label
            && sorted(&self.answers) == sorted(&other.answers)
            && sorted(&self.reflections) == sorted(&other.reflections)
            && self.goal == other.goal
    }
}

fn sorted<K: Ord + Clone, V: Clone>(items: &[(K, V)]) -> Vec<(K, V)> {
    let mut items = items.to_vec();
    items.sort_by(|x, y| x.0.cmp(&y.0));
    items
}

/// A group as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Its id.
    pub id: GroupId,
    /// Its name ("Traineeship Noord, dag 2").
    pub name: String,
    /// The workshop date as `YYYY-MM-DD`, if given.
    pub held_on: Option<String>,
    /// The facilitator's notes.
    pub notes: String,
    /// When it was created (Unix ms).
    pub created_at: i64,
    /// How many results it holds.
    pub members: usize,
}

/// One participant's result in a group.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMember {
    /// The result's UUID, as made on the participant's computer.
    pub result_id: AssessmentId,
    /// The name the participant typed; empty when none.
    pub name: String,
    /// Statement-list version.
    pub instrument_version: u32,
    /// The raw answers, by statement id.
    pub answers: Vec<(String, Answer)>,
    /// The scores (recomputed from the answers before storing).
    pub profile: Profile,
    /// The code that pairs this result with the same person's other result
    /// in a retest; `None` when the participant has none.
    pub pairing: Option<crate::Pairing>,
}

impl GroupMember {
    /// The same result: same id, statement list and answers. The name is
    /// left out: a group file saved with names hidden holds the same results.
    pub fn same_content(&self, other: &GroupMember) -> bool {
        let sorted = |a: &[(String, Answer)]| {
            let mut a = a.to_vec();
            a.sort_by(|x, y| x.0.cmp(&y.0));
            a
        };
        self.result_id == other.result_id
            && self.instrument_version == other.instrument_version
            && sorted(&self.answers) == sorted(&other.answers)
    }
}

uuid_id!(
    /// The id of one named situation: a random (v4) UUID.
    SituationId
);
uuid_id!(
    /// The id of one rating of a situation: a random (v4) UUID.
    RatingId
);

/// A named situation a person rates on the situation list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Situation {
    /// Its id.
    pub id: SituationId,
    /// Its name ("project Wijkaanpak, fase 2"), checked as a label.
    pub name: String,
    /// The person's note; empty when none.
    pub note: String,
    /// When it was named (Unix ms).
    pub created_at: i64,
}

/// A completed rating of a situation, with its scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Rating {
    /// Its id.
    pub id: RatingId,
    /// The situation it rates.
    pub situation: SituationId,
    /// The version of the situation list it was answered to.
    pub list_version: u32,
    /// When it was started (Unix ms).
    pub started_at: i64,
    /// When it was completed (Unix ms).
    pub completed_at: i64,
    /// The scores as computed at completion.
    pub profile: Profile,
}

/// Everything stored about one situation: what a backup carries.
#[derive(Debug, Clone, PartialEq)]
pub struct SituationRecord {
    /// The situation.
    pub situation: Situation,
    /// Its completed ratings, oldest first, each with its raw answers.
    pub ratings: Vec<(Rating, Vec<(String, Answer)>)>,
}

/// A workshop group's shared situation: the assignment its participants
/// rate on their phones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSituation {
    /// Its name, checked as a label.
    pub name: String,
    /// The facilitator's note; empty when none.
    pub note: String,
}

/// One participant's rating of the group's situation: anonymous, complete.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRating {
    /// Its id (made on the laptop when the participant joined).
    pub id: RatingId,
    /// The version of the situation list.
    pub list_version: u32,
    /// When it was finished (Unix ms).
    pub completed_at: i64,
    /// Its scores.
    pub profile: Profile,
    /// Its answers, by statement id.
    pub answers: Vec<(String, Answer)>,
}

uuid_id!(
    /// The id of one feedback request to colleagues: a random (v4) UUID.
    RequestId
);

impl RequestId {
    /// The key an answer code carries to name this request: the id's first
    /// 8 bytes (random, apart from 4 bits of the UUID's version).
    pub fn key(self) -> [u8; 8] {
        let mut key = [0; 8];
        key.copy_from_slice(&self.0.as_bytes()[..8]);
        key
    }
}

/// A request for how colleagues see the person: what the answer form asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackRequest {
    /// Its id.
    pub id: RequestId,
    /// The name colleagues know the person by, shown on the form; empty
    /// when the person gives none.
    pub known_as: String,
    /// The form's language: `"nl"` or `"en"`.
    pub language: String,
    /// The version of the statement list; the colleagues' list has the same
    /// statements about someone else, with the same ids and keying.
    pub list_version: u32,
    /// The open questions, in order (at most three).
    pub questions: Vec<String>,
    /// When it was made (Unix ms).
    pub created_at: i64,
}

/// One colleague's answers to a request, as kept: nothing says who gave
/// them or when.
#[derive(Debug, Clone, PartialEq)]
pub struct ColleagueResponse {
    /// The random key the colleague's form gave these answers: the same
    /// answers arriving twice have the same key.
    pub key: [u8; 8],
    /// The answers, by statement id.
    pub answers: Vec<(String, Answer)>,
    /// The open answers, in the request's order (empty ones included).
    pub open: Vec<String>,
}
