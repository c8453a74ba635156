//! The gap between what a situation asks and how a person works, against
//! an independent implementation: `fixtures/situation-v1.json` was worked
//! out from docs/SCORING.md § 13 alone by numpy
//! (`scripts/situation-fixtures.py`), on 40 random pairs of answer sets. It
//! must match to 1e-12.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_core::{
    gaps, score, Answer, Answers, Difference, Instrument, Likert, ListKind, Role, GAP_Z,
};
use serde_json::Value;

mod common;
use common::{close, list_two};

fn situation_list() -> Instrument {
    Instrument::from_json(include_str!("../../../assets/instrument/situation-v1.json")).unwrap()
}

fn given(list: &Instrument, answers: &Value) -> Answers {
    let mut out = Answers::new(list);
    for (id, v) in answers.as_object().unwrap() {
        let answer = match v.as_i64() {
            Some(v) => Answer::Scale(Likert::new(v).unwrap()),
            None => Answer::DontKnow,
        };
        out.record(list, id, answer).unwrap();
    }
    out
}

#[test]
fn the_situation_list_has_ten_statements_per_role_half_of_them_reversed() {
    let list = situation_list();
    assert_eq!(list.kind(), ListKind::Situation);
    assert_eq!(list_two().kind(), ListKind::Own);
    assert_eq!(list.statements().len(), 30);
    for role in Role::ALL {
        let keyings: Vec<_> = list.statements_for(role).map(|s| s.keying).collect();
        assert_eq!(keyings.len(), 10, "{role:?}");
        let reversed = keyings
            .iter()
            .filter(|k| **k == rolspiegel_core::Keying::Reverse)
            .count();
        assert_eq!(reversed, 5, "{role:?}");
    }
}

#[test]
fn gaps_match_numpy_from_the_method_alone() {
    let doc: Value = serde_json::from_str(include_str!("fixtures/situation-v1.json")).unwrap();
    let (own_list, asked_list) = (list_two(), situation_list());
    let mut verdicts = std::collections::BTreeMap::new();
    for case in doc["cases"].as_array().unwrap() {
        let own = score(&own_list, &given(&own_list, &case["own"])).unwrap();
        let asked = score(&asked_list, &given(&asked_list, &case["asked"])).unwrap();
        for (got, want) in gaps(&own, &asked)
            .iter()
            .zip(case["gaps"].as_array().unwrap())
        {
            close(got.own, want["own"].as_f64().unwrap(), "own");
            close(got.asked, want["asked"].as_f64().unwrap(), "asked");
            close(got.gap, want["gap"].as_f64().unwrap(), "gap");
            close(got.band.unwrap(), want["band"].as_f64().unwrap(), "band");
            let asks = match got.asks.unwrap() {
                Difference::More => "more",
                Difference::About => "about",
                Difference::Less => "less",
            };
            assert_eq!(asks, want["asks"], "{got:?}");
            *verdicts.entry(asks).or_insert(0) += 1;
        }
    }
    assert_eq!(verdicts.len(), 3, "every verdict is tried: {verdicts:?}");
    assert_eq!(GAP_Z, 2.394);
}

#[test]
fn a_rating_with_all_dont_know_or_a_role_unanswered_is_not_scored_and_all_equal_has_no_noise() {
    use rolspiegel_core::ScoringError;
    let list = situation_list();
    let own = list_two();
    // Every statement "weet ik niet": every role needs 8 of its 10.
    let mut none = Answers::new(&list);
    for s in list.statements() {
        none.record(&list, s.id.as_str(), Answer::DontKnow).unwrap();
    }
    let Err(ScoringError::Incomplete(short)) = score(&list, &none) else {
        panic!("not scored");
    };
    assert_eq!(short.len(), 3);
    assert!(short.iter().all(|s| s.required == 8 && s.missing() == 8));
    // One role not answered at all: that role alone is short.
    let mut two_roles = Answers::new(&list);
    for s in list
        .statements()
        .iter()
        .filter(|s| s.role != Role::Verbinder)
    {
        two_roles
            .record(&list, s.id.as_str(), Answer::Scale(Likert::new(3).unwrap()))
            .unwrap();
    }
    let Err(ScoringError::Incomplete(short)) = score(&list, &two_roles) else {
        panic!("not scored");
    };
    assert_eq!(
        short.iter().map(|s| s.role).collect::<Vec<_>>(),
        [Role::Verbinder]
    );
    // Every answer the same in both: no noise to allow for, so the gap of
    // 0 is "about", and any other gap is clear.
    let all = |list: &Instrument, v: i64| {
        let mut a = Answers::new(list);
        for s in list.statements() {
            a.record(list, s.id.as_str(), Answer::Scale(Likert::new(v).unwrap()))
                .unwrap();
        }
        score(list, &a).unwrap()
    };
    let same = gaps(&all(&own, 3), &all(&list, 3));
    assert!(same.iter().all(|g| g.gap == 0.0 && g.band == Some(0.0)));
    assert!(same.iter().all(|g| g.asks == Some(Difference::About)));
    // All 4: positives keyed 4, reversed 2, so each role has a spread and
    // scores 50 — the same as all 3; still about the same.
    let agreeing = gaps(&all(&own, 3), &all(&list, 4));
    assert!(agreeing
        .iter()
        .all(|g| g.gap.abs() < 1e-9 && g.asks == Some(Difference::About)));
}
