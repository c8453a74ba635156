//! The statement means, the spread around them, the margins and a change's
//! range against an independent implementation: `fixtures/noise-v2.json` was
//! computed by numpy from the same 40 results as the list figures
//! (`scripts/noise-fixtures.py`). They must match to 1e-12.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_core::{
    centred_spread, change, retest, score, spread, Answer, Centres, Instrument, Measured,
    NoiseBasis, Profile, Role,
};
use serde_json::Value;

mod common;
use common::{close, list_two};

fn fixture() -> (Vec<rolspiegel_core::Answers>, Value) {
    let results: Value = serde_json::from_str(include_str!("fixtures/quality-v2.json")).unwrap();
    let doc: Value = serde_json::from_str(include_str!("fixtures/noise-v2.json")).unwrap();
    (common::results(&results), doc["expected"].clone())
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

#[test]
fn statement_means_spreads_margins_and_ranges_match_numpy() {
    let (results, expected) = fixture();
    let list = list_two();
    let centres = Centres::from_results(&list, &results).expect("40 results");
    assert_eq!(centres.results(), 40);
    assert_eq!(centres.basis(), NoiseBasis::Centred { results: 40 });
    for (id, mean) in expected["means"].as_object().unwrap() {
        close(centres.mean(id).unwrap(), f(mean), id);
    }
    let profiles: Vec<(Profile, Profile)> = results
        .iter()
        .map(|answers| {
            let plain = score(&list, answers).unwrap();
            (plain, plain.centred(&list, answers, &centres))
        })
        .collect();
    for case in expected["results"].as_array().unwrap() {
        let i = case["index"].as_u64().unwrap() as usize;
        let (plain, centred) = &profiles[i];
        let spreads = [
            spread(&list, &results[i]),
            centred_spread(&list, &results[i], &centres),
        ];
        for role in Role::ALL {
            let r = role.index();
            close(plain.roles[r].score, f(&case["scores"][r]), "score");
            close(
                spreads[0][r].unwrap().variance,
                f(&case["spreads"]["plain"][r]),
                "plain spread",
            );
            close(
                spreads[1][r].unwrap().variance,
                f(&case["spreads"]["centred"][r]),
                "centred spread",
            );
            for (profile, which) in [(plain, "plain"), (centred, "centred")] {
                let margin = profile.margins()[r].unwrap();
                close(margin.low, f(&case["margins"][which][r][0]), "margin low");
                close(margin.high, f(&case["margins"][which][r][1]), "margin high");
            }
        }
        assert_eq!(centred.basis, NoiseBasis::Centred { results: 40 });
        // The same scores, only the noise differs.
        assert_eq!(plain.roles.map(|r| r.score), centred.roles.map(|r| r.score));
    }
    for which in ["plain", "centred"] {
        let pick = |i: usize| {
            let (plain, centred) = profiles[i];
            Measured {
                profile: if which == "plain" { plain } else { centred },
                instrument_version: 2,
            }
        };
        let changes = change(&pick(0), &pick(1));
        for (c, want) in changes
            .iter()
            .zip(expected["change_0_to_1"][which].as_array().unwrap())
        {
            close(c.delta, f(&want["delta"]), "delta");
            let range = c.range.unwrap();
            close(range.low, f(&want["low"]), "range low");
            close(range.high, f(&want["high"]), "range high");
        }
    }
}

#[test]
fn statement_means_need_thirty_results_and_twenty_scale_answers_to_every_statement() {
    let (mut results, _) = fixture();
    let list = list_two();
    assert!(
        Centres::from_results(&list, &results[..29]).is_none(),
        "29 results"
    );
    assert!(
        Centres::from_results(&list, &results).is_some(),
        "40 results"
    );
    // "Weet ik niet" to one statement in 20 of 40 results: 20 answers on
    // the scale are still enough; in 21, no means at all.
    for answers in &mut results[..20] {
        answers.record(&list, "b01", Answer::DontKnow).unwrap();
    }
    assert!(Centres::from_results(&list, &results).is_some());
    results[20].record(&list, "b01", Answer::DontKnow).unwrap();
    assert!(Centres::from_results(&list, &results).is_none());
    // Results of another list are passed over.
    let one = Instrument::from_json(include_str!("../../../assets/instrument/v1.json")).unwrap();
    assert!(Centres::from_results(&one, &results).is_none());
}

#[test]
fn retest_figures_match_numpy() {
    let (results, expected) = fixture();
    let list = list_two();
    let measured = |i: usize| Measured {
        profile: score(&list, &results[i]).unwrap(),
        instrument_version: 2,
    };
    let pairs: Vec<(Measured, Measured)> =
        (0..20).map(|i| (measured(i), measured(i + 20))).collect();
    let figures = retest(&pairs).expect("20 pairs");
    assert_eq!(figures.pairs, 20);
    for (got, want) in figures
        .roles
        .iter()
        .zip(expected["retest_pairs_i_and_i_plus_20"].as_array().unwrap())
    {
        close(got.correlation.unwrap(), f(&want["r"]), "r");
        let (low, high) = got.interval.unwrap();
        close(low, f(&want["low"]), "interval low");
        close(high, f(&want["high"]), "interval high");
        close(got.mean_change, f(&want["mean_change"]), "mean change");
        close(got.real_error, f(&want["real_error"]), "real error");
        close(
            got.assumed_error.unwrap(),
            f(&want["assumed_error"]),
            "assumed error",
        );
    }
    // Below three pairs nothing; at three no interval yet.
    assert!(retest(&pairs[..2]).is_none());
    let three = retest(&pairs[..3]).expect("three pairs");
    assert!(three.roles.iter().all(|r| r.interval.is_none()));
    assert!(retest(&pairs[..4])
        .unwrap()
        .roles
        .iter()
        .all(|r| r.interval.is_some()));
}
