use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{AnswerError, Instrument, StatementId};

/// A point on the five-point scale: 1 "helemaal oneens" … 5 "helemaal eens".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Likert(u8);

impl Likert {
    /// Lowest point of the scale.
    pub const MIN: u8 = 1;
    /// Highest point of the scale.
    pub const MAX: u8 = 5;

    /// A scale point, refused when outside 1–5.
    pub fn new(value: i64) -> Result<Likert, AnswerError> {
        match u8::try_from(value) {
            Ok(v) if (Self::MIN..=Self::MAX).contains(&v) => Ok(Likert(v)),
            _ => Err(AnswerError::OutOfRange(value)),
        }
    }

    /// The point as a number from 1 to 5.
    pub fn value(self) -> u8 {
        self.0
    }

    /// The same point seen from the other end of the scale (6 − value).
    pub fn mirrored(self) -> Likert {
        Likert(Self::MIN + Self::MAX - self.0)
    }
}

impl TryFrom<i64> for Likert {
    type Error = AnswerError;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Likert::new(value)
    }
}

impl From<Likert> for u8 {
    fn from(value: Likert) -> u8 {
        value.0
    }
}

/// One answer to one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Answer {
    /// A point on the scale.
    Scale(Likert),
    /// "Weet ik niet": answered, but not counted in the score.
    DontKnow,
}

impl Answer {
    /// Reads the stored or transmitted form: a number 1–5, or nothing for
    /// "weet ik niet".
    pub fn from_value(value: Option<i64>) -> Result<Answer, AnswerError> {
        value.map_or(Ok(Answer::DontKnow), |v| Likert::new(v).map(Answer::Scale))
    }

    /// The stored form: `Some(1..=5)`, or `None` for "weet ik niet".
    pub fn value(self) -> Option<u8> {
        match self {
            Answer::Scale(point) => Some(point.value()),
            Answer::DontKnow => None,
        }
    }
}

/// The answers given to one version of the statement list, keyed by statement.
///
/// Every answer in it was checked against the instrument when recorded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    instrument_version: u32,
    given: BTreeMap<StatementId, Answer>,
}

impl Answers {
    /// No answers yet, for the given instrument.
    pub fn new(instrument: &Instrument) -> Answers {
        Answers {
            instrument_version: instrument.version(),
            given: BTreeMap::new(),
        }
    }

    /// The answers given to `instrument`, as stored or sent: the first
    /// statement the list does not have is refused.
    pub fn from_given<S: AsRef<str>>(
        instrument: &Instrument,
        given: impl IntoIterator<Item = (S, Answer)>,
    ) -> Result<Answers, AnswerError> {
        let mut answers = Answers::new(instrument);
        for (statement, answer) in given {
            answers.record(instrument, statement.as_ref(), answer)?;
        }
        Ok(answers)
    }

    /// Records (or changes) the answer to one statement.
    pub fn record(
        &mut self,
        instrument: &Instrument,
        statement: &str,
        answer: Answer,
    ) -> Result<(), AnswerError> {
        let statement = instrument
            .statement(statement)
            .ok_or_else(|| AnswerError::UnknownStatement(statement.to_owned()))?;
        self.given.insert(statement.id.clone(), answer);
        Ok(())
    }

    /// The answer to a statement, if one was given.
    pub fn get(&self, statement: &str) -> Option<Answer> {
        self.given
            .iter()
            .find(|(id, _)| id.as_str() == statement)
            .map(|(_, a)| *a)
    }

    /// All answers, ordered by statement id.
    pub fn iter(&self) -> impl Iterator<Item = (&StatementId, Answer)> {
        self.given.iter().map(|(id, a)| (id, *a))
    }

    /// How many statements have an answer (including "weet ik niet").
    pub fn len(&self) -> usize {
        self.given.len()
    }

    /// Whether no statement has an answer yet.
    pub fn is_empty(&self) -> bool {
        self.given.is_empty()
    }

    /// The version of the statement list these answers belong to.
    pub fn instrument_version(&self) -> u32 {
        self.instrument_version
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instrument() -> Instrument {
        Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))
            .expect("shipped list is valid")
    }

    #[test]
    fn accepts_one_to_five_and_refuses_everything_else() {
        for v in 1..=5 {
            assert_eq!(Likert::new(v).map(Likert::value), Ok(v as u8));
        }
        for v in [0, 6, -1, 255, 256, i64::MAX] {
            assert_eq!(
                Likert::new(v),
                Err(AnswerError::OutOfRange(v)),
                "{v} is off the scale"
            );
        }
    }

    #[test]
    fn mirroring_turns_agree_into_disagree() {
        let pairs: Vec<_> = (1..=5)
            .map(|v| Likert::new(v).map(|p| p.mirrored().value()))
            .collect();
        assert_eq!(pairs, vec![Ok(5), Ok(4), Ok(3), Ok(2), Ok(1)]);
    }

    #[test]
    fn nothing_means_dont_know() {
        assert_eq!(Answer::from_value(None), Ok(Answer::DontKnow));
        assert_eq!(Answer::DontKnow.value(), None);
        assert_eq!(Answer::from_value(Some(9)), Err(AnswerError::OutOfRange(9)));
    }

    #[test]
    fn refuses_an_answer_to_an_unknown_statement_and_keeps_the_rest() {
        let instrument = instrument();
        let mut answers = Answers::new(&instrument);
        answers
            .record(&instrument, "b01", Answer::DontKnow)
            .expect("b01 is in the list");
        let err = answers.record(&instrument, "x99", Answer::DontKnow);
        assert_eq!(err, Err(AnswerError::UnknownStatement("x99".into())));
        assert_eq!(answers.len(), 1, "the refused answer must not be stored");
        assert_eq!(answers.get("b01"), Some(Answer::DontKnow));
    }
}
