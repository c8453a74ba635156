//! The made-up results of statement list 2 that the independent fixtures
//! (`scripts/quality-fixtures.py`, `scripts/noise-fixtures.py`) were computed
//! from, and the tolerance they must match to.

#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_core::{Answer, Answers, Instrument, Likert};
use serde_json::Value;

pub const TOLERANCE: f64 = 1e-12;

pub fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() <= TOLERANCE, "{what}: {a} against {b}");
}

pub fn list_two() -> Instrument {
    Instrument::from_json(include_str!("../../../../assets/instrument/v2.json")).unwrap()
}

/// The results in a fixture's `results`: an answer per statement id, `null`
/// for "weet ik niet".
pub fn results(doc: &Value) -> Vec<Answers> {
    let list = list_two();
    doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let mut answers = Answers::new(&list);
            for (id, v) in r.as_object().unwrap() {
                let answer = match v.as_i64() {
                    Some(v) => Answer::Scale(Likert::new(v).unwrap()),
                    None => Answer::DontKnow,
                };
                answers.record(&list, id, answer).unwrap();
            }
            answers
        })
        .collect()
}
