//! "Hoe goed meet de lijst?" against an independent implementation: the
//! figures in `fixtures/quality-v2.json` were computed by pingouin (alpha),
//! scipy (Feldt's interval) and numpy (item statistics, correlations) from
//! the same 40 results (`scripts/quality-fixtures.py`). They must match to
//! 1e-12.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_core::{list_quality, Answers, Instrument, QualityError, Role, MIN_QUALITY_RESULTS};
use serde_json::Value;

mod common;
use common::{close, list_two};

fn fixture() -> (Vec<Answers>, Value) {
    let doc: Value = serde_json::from_str(include_str!("fixtures/quality-v2.json")).unwrap();
    (common::results(&doc), doc["expected"].clone())
}

#[test]
fn the_list_figures_match_pingouin_scipy_and_numpy() {
    let (results, expected) = fixture();
    let quality = list_quality(&list_two(), &results).unwrap();
    assert_eq!(
        quality.results as u64,
        expected["results"].as_u64().unwrap()
    );
    for role in Role::ALL {
        let want = &expected["roles"][role.key()];
        let got = &quality.roles[role.index()];
        assert_eq!(got.complete as u64, want["complete"].as_u64().unwrap());
        close(got.alpha.unwrap(), want["alpha"].as_f64().unwrap(), "alpha");
        let (lo, hi) = got.alpha_ci.unwrap();
        close(lo, want["alphaCi"][0].as_f64().unwrap(), "alpha CI lower");
        close(hi, want["alphaCi"][1].as_f64().unwrap(), "alpha CI upper");
        let items = want["items"].as_array().unwrap();
        assert_eq!(got.items.len(), items.len());
        for (g, w) in got.items.iter().zip(items) {
            assert_eq!(g.id, w["id"].as_str().unwrap());
            assert_eq!(g.n as u64, w["n"].as_u64().unwrap());
            close(
                g.mean,
                w["mean"].as_f64().unwrap(),
                &format!("{} mean", g.id),
            );
            close(g.sd, w["sd"].as_f64().unwrap(), &format!("{} sd", g.id));
            match (g.item_rest, w["itemRest"].as_f64()) {
                (Some(a), Some(b)) => close(a, b, &format!("{} item-rest", g.id)),
                (None, None) => {}
                other => panic!("{} item-rest: {other:?}", g.id),
            }
            assert_eq!(g.almost_all_agree, w["almostAllAgree"].as_bool().unwrap());
            assert_eq!(g.almost_all_same, w["almostAllSame"].as_bool().unwrap());
            assert_eq!(g.fits_poorly, g.item_rest.is_some_and(|r| r < 0.2));
        }
    }
    for (got, want) in quality
        .correlations
        .iter()
        .zip(expected["correlations"].as_array().unwrap())
    {
        close(got.unwrap(), want.as_f64().unwrap(), "correlation");
    }
    // The planted statements are flagged: b01 (nearly everyone 5) and o02
    // (everyone 3, so no item-rest correlation either).
    let b01 = &quality.roles[0]
        .items
        .iter()
        .find(|i| i.id == "b01")
        .unwrap();
    assert!(b01.almost_all_agree);
    let o02 = &quality.roles[1]
        .items
        .iter()
        .find(|i| i.id == "o02")
        .unwrap();
    assert!(o02.almost_all_same && o02.item_rest.is_none());
}

#[test]
fn fewer_than_thirty_results_or_another_list_say_nothing() {
    let (results, _) = fixture();
    assert_eq!(
        list_quality(&list_two(), &results[..MIN_QUALITY_RESULTS - 1]),
        Err(QualityError::TooFew(MIN_QUALITY_RESULTS - 1))
    );
    let one = Instrument::from_json(include_str!("../../../assets/instrument/v1.json")).unwrap();
    assert_eq!(
        list_quality(&one, &results),
        Err(QualityError::OtherList {
            list: 1,
            answers: 2
        })
    );
}
