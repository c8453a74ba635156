//! "Hoe goed meet de lijst?" through the behaviour: a real database in a
//! temp dir, real scans of the shipped list, real groups.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_app::error::ErrorCode;
use rolspiegel_app::wire::QualityScope;

mod common;
use common::{person, service_in};
use rolspiegel_core::{cronbach_alpha, Keying};

/// The CSV's header and rows (Dutch style: `;`, a byte-order mark first).
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let mut lines = text.split("\r\n").filter(|l| !l.is_empty());
    let split = |line: &str| line.split(';').map(str::to_owned).collect::<Vec<_>>();
    let header = split(lines.next().unwrap());
    (header, lines.map(split).collect())
}

#[test]
fn a_group_of_thirty_shows_how_well_the_list_measures_and_exports_anonymous_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let ids: Vec<String> = (0..35).map(|n| person(&mut service, n)).collect();
    let group = service.create_group("Traineeship Noord", None, "").unwrap();
    let scope = QualityScope::Group {
        id: group.id.clone(),
    };

    // 29 results: nothing is said yet, and nothing can be saved.
    service
        .add_own_results_to_group(&group.id, &ids[..29])
        .unwrap();
    let view = service.list_quality(scope.clone()).unwrap();
    assert_eq!((view.results, view.min_results, view.version), (29, 30, 2));
    assert!(view.roles.is_empty() && view.correlations.is_empty());
    assert_eq!(view.group_name.as_deref(), Some("Traineeship Noord"));
    assert_eq!(
        service.export_answer_matrix(&scope).unwrap_err().code,
        ErrorCode::QualityTooFew
    );

    // 30: every role, every statement, the three correlations.
    service
        .add_own_results_to_group(&group.id, &ids[29..30])
        .unwrap();
    let view = service.list_quality(scope.clone()).unwrap();
    assert_eq!(view.results, 30);
    let list = service.instrument().clone();
    let counts: Vec<usize> = view.roles.iter().map(|r| r.items.len()).collect();
    assert_eq!(counts, vec![14, 14, 16]);
    for role in &view.roles {
        let statements: Vec<_> = list.statements_for(role.role).collect();
        for (item, statement) in role.items.iter().zip(&statements) {
            assert_eq!(item.id, statement.id.as_str());
            assert_eq!(item.reversed, statement.keying == Keying::Reverse);
        }
        let (low, high) = (role.alpha_low.unwrap(), role.alpha_high.unwrap());
        let alpha = role.alpha.unwrap();
        assert!(low < alpha && alpha < high, "{low} < {alpha} < {high}");
        assert!(alpha > 0.8, "the recipe is one strength per role: {alpha}");
    }
    assert_eq!(view.correlations.len(), 3);
    assert!(view
        .correlations
        .iter()
        .all(|c| c.r.is_some_and(|r| (-1.0..=1.0).contains(&r))));

    // The answer matrix: statement ids as columns, one row per result, no
    // names and no ids, and it reproduces the alphas on the screen.
    let bytes = service.export_answer_matrix(&scope).unwrap();
    let (header, rows) = read_csv(&bytes);
    let ids_in_list: Vec<&str> = list.statements().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(header, ids_in_list);
    assert_eq!(rows.len(), 30);
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        ids.iter().all(|id| !text.contains(id.as_str())),
        "no result ids"
    );
    assert!(!text.contains("Traineeship"), "no group name");
    let blanks = rows.iter().flatten().filter(|c| c.is_empty()).count();
    assert_eq!(
        blanks, 5,
        "persons 0, 7, 14, 21 and 28 said \"weet ik niet\" once"
    );
    for role in &view.roles {
        let columns: Vec<(usize, Keying)> = list
            .statements_for(role.role)
            .map(|s| {
                let column = header.iter().position(|h| h == s.id.as_str()).unwrap();
                (column, s.keying)
            })
            .collect();
        let keyed: Vec<Vec<f64>> = rows
            .iter()
            .filter_map(|row| {
                columns
                    .iter()
                    .map(|&(c, keying)| {
                        let value: f64 = row[c].parse().ok()?;
                        Some(match keying {
                            Keying::Positive => value,
                            Keying::Reverse => 6.0 - value,
                        })
                    })
                    .collect()
            })
            .collect();
        assert_eq!(keyed.len(), role.complete);
        let (alpha, _) = cronbach_alpha(&keyed).unwrap();
        assert!((alpha - role.alpha.unwrap()).abs() < 1e-12);
    }

    // Rows come in a fresh random order each time: 30 rows in the same
    // order twice has a chance of 1 in 30! (about 1 in 2.7 · 10^32).
    let (_, again) = read_csv(&service.export_answer_matrix(&scope).unwrap());
    assert_ne!(rows, again, "shuffled afresh");
    let sorted = |mut rows: Vec<Vec<String>>| {
        rows.sort();
        rows
    };
    assert_eq!(sorted(rows), sorted(again), "the same results");
}

#[test]
fn all_groups_together_count_each_result_once_per_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let ids: Vec<String> = (0..40).map(|n| person(&mut service, n)).collect();
    let morning = service.create_group("Ochtend", None, "").unwrap();
    let afternoon = service.create_group("Middag", None, "").unwrap();
    service
        .add_own_results_to_group(&morning.id, &ids[..25])
        .unwrap();
    // Ten results sit in both groups.
    service
        .add_own_results_to_group(&afternoon.id, &ids[15..40])
        .unwrap();
    for group in [&morning, &afternoon] {
        let view = service
            .list_quality(QualityScope::Group {
                id: group.id.clone(),
            })
            .unwrap();
        assert_eq!(view.results, 25);
        assert!(view.roles.is_empty(), "25 is too few on its own");
    }
    let all = service
        .list_quality(QualityScope::AllGroups { version: 2 })
        .unwrap();
    assert_eq!((all.results, all.roles.len()), (40, 3));
    assert_eq!(all.group_name, None);
    assert_eq!(all.lists.len(), 1);
    assert_eq!((all.lists[0].version, all.lists[0].results), (2, 40));
    let (_, rows) = read_csv(
        &service
            .export_answer_matrix(&QualityScope::AllGroups { version: 2 })
            .unwrap(),
    );
    assert_eq!(rows.len(), 40);

    // A list no group holds: nothing to say; an unknown list or group is
    // refused.
    let none = service
        .list_quality(QualityScope::AllGroups { version: 1 })
        .unwrap();
    assert_eq!((none.results, none.roles.len()), (0, 0));
    assert_eq!(
        service
            .list_quality(QualityScope::AllGroups { version: 9 })
            .unwrap_err()
            .code,
        ErrorCode::BadRequest
    );
    assert_eq!(
        service
            .list_quality(QualityScope::Group {
                id: "00000000-0000-4000-8000-000000000000".into()
            })
            .unwrap_err()
            .code,
        ErrorCode::GroupNotFound
    );
}

#[test]
fn with_thirty_results_of_the_list_in_groups_the_noise_comes_from_the_statement_means() {
    use rolspiegel_core::NoiseBasis;
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let ids: Vec<String> = (0..31).map(|n| person(&mut service, n)).collect();
    let mine = &ids[0];
    let before = service.result(mine).unwrap();
    assert_eq!(before.basis, NoiseBasis::Answers);
    let group = service.create_group("Traineeship Noord", None, "").unwrap();
    service
        .add_own_results_to_group(&group.id, &ids[..29])
        .unwrap();
    assert_eq!(
        service.result(mine).unwrap().basis,
        NoiseBasis::Answers,
        "29 results"
    );

    service
        .add_own_results_to_group(&group.id, &ids[29..])
        .unwrap();
    let after = service.result(mine).unwrap();
    assert_eq!(after.basis, NoiseBasis::Centred { results: 31 });
    // The same scores; the margins come from the spread around the means.
    for (b, a) in before.roles.iter().zip(&after.roles) {
        assert_eq!(b.score, a.score);
        assert_ne!(b.margin, a.margin, "{:?}", b.role);
    }
    // The history and the comparison use the same noise.
    let history = service.history().unwrap();
    let item = history.iter().find(|h| h.id == *mine).unwrap();
    assert_eq!(item.mix, after.mix);

    // The group goes: back to the answers' own spread.
    service.delete_group(&group.id).unwrap();
    assert_eq!(service.result(mine).unwrap().basis, NoiseBasis::Answers);
    assert_eq!(
        service.result(mine).unwrap().roles[0].margin,
        before.roles[0].margin
    );
}

/// A participant file of result `id` with a retest pairing code in it, as a
/// phone's participant gets it.
fn paired_file(
    service: &rolspiegel_app::service::Service,
    dir: &std::path::Path,
    id: &str,
    pairing: &str,
) -> std::path::PathBuf {
    let bytes = service.participant_file(id, "Sam").unwrap();
    let mut doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    doc["pairing"] = pairing.into();
    let path = dir.join(format!("deelnemer-{id}.json"));
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

#[test]
fn people_who_answered_twice_are_paired_by_their_code_and_never_by_name() {
    use rolspiegel_app::disk::read_file;
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let morning = service.create_group("Ochtend", None, "").unwrap();
    let evening = service.create_group("Middag", None, "").unwrap();
    let codes = ["K7P4QX2M", "0000AAAA", "ZZZZ9999", "M4X7-P2QK"];
    for (n, code) in codes.iter().enumerate() {
        let first = person(&mut service, n as u64);
        let second = person(&mut service, n as u64 + 50);
        for (group, id) in [(&morning.id, &first), (&evening.id, &second)] {
            let file = paired_file(&service, dir.path(), id, code);
            service
                .add_files_to_group(group, vec![read_file(&file, 1 << 20)])
                .unwrap();
        }
    }
    // Someone who came only once, with a code: no pair.
    let once = person(&mut service, 99);
    let file = paired_file(&service, dir.path(), &once, "ONCE0NLY");
    service
        .add_files_to_group(&evening.id, vec![read_file(&file, 1 << 20)])
        .unwrap();

    for scope in [
        QualityScope::Group {
            id: morning.id.clone(),
        },
        QualityScope::Group {
            id: evening.id.clone(),
        },
        QualityScope::AllGroups { version: 2 },
    ] {
        let view = service.list_quality(scope.clone()).unwrap();
        assert_eq!(view.retest.pairs, 4, "{scope:?}");
        assert_eq!(view.retest.roles.len(), 3);
        let days = view.retest.median_days.unwrap();
        assert!((0.0..0.01).contains(&days), "added moments apart: {days}");
        for role in &view.retest.roles {
            assert!(role.real_error > 0.0);
            assert!(role.assumed_error.is_some_and(|e| e > 0.0));
            assert!(
                role.correlation_low.is_some(),
                "four pairs have an interval"
            );
        }
    }

    // The pairs for a researcher: no names, no codes, no ids.
    let csv = service
        .export_retest_pairs(&QualityScope::AllGroups { version: 2 })
        .unwrap();
    let (header, rows) = read_csv(&csv);
    assert_eq!(header.len(), 7);
    assert_eq!(header[0], "Dagen ertussen");
    assert_eq!(header[1], "Bureaucraat eerste keer");
    assert_eq!(header[6], "Verbinder tweede keer");
    assert_eq!(rows.len(), 4);
    let text = std::str::from_utf8(&csv).unwrap();
    for code in codes {
        assert!(
            !text.contains(&code.replace('-', "")),
            "no code in the file"
        );
    }
    assert!(!text.contains("Sam"), "no name in the file");

    // The second group goes: nobody answered twice any more.
    service.delete_group(&evening.id).unwrap();
    let view = service
        .list_quality(QualityScope::Group {
            id: morning.id.clone(),
        })
        .unwrap();
    assert_eq!((view.retest.pairs, view.retest.roles.len()), (0, 0));
    assert_eq!(
        service
            .export_retest_pairs(&QualityScope::Group { id: morning.id })
            .unwrap_err()
            .code,
        ErrorCode::RetestTooFew
    );
}
