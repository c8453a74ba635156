//! What a situation asks, through the service on a real database: naming a
//! situation (its text checks), rating it one answer at a time with the
//! scan's checks, resuming after a restart, finishing it, and the view
//! beside a result with the gap per role worked out here from
//! docs/SCORING.md § 13 alone.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_app::error::ErrorCode;
use rolspiegel_app::service::{situation_lists, Service};
use rolspiegel_app::wire::{FinishOutcome, RatingOutcome};
use rolspiegel_core::{Difference, Instrument, Keying, Role};

mod common;
use common::{new_scan, service_in};

/// The answer that gives `keyed` on a statement of this keying.
fn answer(keying: Keying, keyed: i64) -> i64 {
    match keying {
        Keying::Positive => keyed,
        Keying::Reverse => 6 - keyed,
    }
}

/// Keyed values per role, in role order: the `n`th statement of a role gets
/// the `n`th value (cycling).
fn keyed_answers(list: &Instrument, per_role: &[Vec<i64>; 3]) -> Vec<(String, i64)> {
    let mut seen = [0usize; 3];
    list.statements()
        .iter()
        .map(|s| {
            let i = s.role.index();
            let values = &per_role[i];
            let v = values[seen[i] % values.len()];
            seen[i] += 1;
            (s.id.to_string(), answer(s.keying, v))
        })
        .collect()
}

/// Score (0–100), spread and count of keyed values.
fn stats(values: &[i64], k: usize) -> (f64, f64, f64) {
    let all: Vec<f64> = (0..k).map(|i| values[i % values.len()] as f64).collect();
    let n = all.len() as f64;
    let mean = all.iter().sum::<f64>() / n;
    let s2 = all.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (100.0 * (mean - 1.0) / 4.0, s2, n)
}

fn take_own_scan(service: &mut Service, per_role: &[Vec<i64>; 3]) -> String {
    let scan = new_scan(service);
    let list = service.instrument().clone();
    for (id, v) in keyed_answers(&list, per_role) {
        service
            .save_answer(&scan.assessment_id, &id, Some(v))
            .unwrap();
    }
    match service.finish_scan(&scan.assessment_id).unwrap() {
        FinishOutcome::Complete { result } => result.id,
        FinishOutcome::Incomplete { .. } => panic!("complete"),
    }
}

#[test]
fn a_named_situation_is_rated_resumed_and_set_beside_the_latest_result() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");

    // Names go through the label's checks; a name is required.
    for (name, code) in [
        ("   ", ErrorCode::SituationNameEmpty),
        ("Crisis\u{202e}team", ErrorCode::TextInvalid),
        (&"x".repeat(81), ErrorCode::TextTooLong),
    ] {
        assert_eq!(service.add_situation(name, "").unwrap_err().code, code);
    }
    assert_eq!(
        service
            .add_situation("Crisisteam", &"n".repeat(4001))
            .unwrap_err()
            .code,
        ErrorCode::TextTooLong
    );
    assert!(service.situations().unwrap().is_empty());
    let situation = service
        .add_situation("  Project <b>Wijkaanpak</b>, fase 2 ", "met de gemeente")
        .unwrap();
    assert_eq!(situation.name, "Project <b>Wijkaanpak</b>, fase 2");

    // Rating: the scan's checks, one answer at a time.
    let sheet = service.start_rating(&situation.id).unwrap();
    assert_eq!(sheet.statements.len(), 30);
    assert!(sheet.statements.iter().all(|s| s.starts_with('s')));
    let rating = sheet.rating_id.clone();
    for (value, code) in [
        (Some(0), ErrorCode::AnswerOutOfRange),
        (Some(6), ErrorCode::AnswerOutOfRange),
    ] {
        assert_eq!(
            service
                .save_rating_answer(&rating, "sb01", value)
                .unwrap_err()
                .code,
            code
        );
    }
    assert_eq!(
        service
            .save_rating_answer(&rating, "b01", Some(3))
            .unwrap_err()
            .code,
        ErrorCode::UnknownStatement,
        "a statement of the self list is not one of this list"
    );
    let situation_list = situation_lists().unwrap().current().clone();
    // What the situation asks, keyed: Bureaucraat high, Ondernemer a
    // little lower than the person, Verbinder low.
    let asked = [vec![5, 4], vec![4, 3], vec![2, 1]];
    let answers = keyed_answers(&situation_list, &asked);
    for (id, v) in &answers[..10] {
        service.save_rating_answer(&rating, id, Some(*v)).unwrap();
    }
    match service.finish_rating(&rating).unwrap() {
        RatingOutcome::Incomplete { shortfalls } => assert!(!shortfalls.is_empty()),
        RatingOutcome::Complete { .. } => panic!("ten answers are too few"),
    }
    // A restart: the rating resumes with its answers.
    drop(service);
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let listed = service.situations().unwrap();
    assert_eq!(listed[0].draft.as_ref().unwrap().answered, 10);
    let resumed = service.start_rating(&situation.id).unwrap();
    assert_eq!(resumed.rating_id, rating);
    assert_eq!(resumed.answers.len(), 10);
    for (id, v) in &answers[10..] {
        service.save_rating_answer(&rating, id, Some(*v)).unwrap();
    }
    let RatingOutcome::Complete { rating_id, .. } = service.finish_rating(&rating).unwrap() else {
        panic!("complete");
    };
    assert_eq!(
        service.finish_rating(&rating).unwrap_err().code,
        ErrorCode::AlreadyCompleted
    );

    // Without a result there is nothing to set it beside.
    let view = service.situation_view(&rating_id, None).unwrap();
    assert!(view.result.is_none() && view.gaps.is_empty() && view.chart_svg.is_none());

    // The person: Bureaucraat 50, Ondernemer 75, Verbinder 50.
    let own = [vec![4, 2], vec![3, 5], vec![2, 4]];
    take_own_scan(&mut service, &[vec![3], vec![3], vec![3]]);
    let latest = take_own_scan(&mut service, &own);
    let view = service.situation_view(&rating_id, None).unwrap();
    assert_eq!(
        view.result.as_ref().unwrap().id,
        latest,
        "the latest result"
    );
    assert_eq!(view.results.len(), 2);

    // docs/SCORING.md § 13 by hand: each measurement's spread pooled over
    // its three roles, SEM = 25·√(s²ₚ/k), band = 2.394·√(SEM₁² + SEM₂²).
    let own_list = service.instrument().clone();
    let count = |list: &Instrument, role: Role| list.statements_for(role).count();
    let pooled = |list: &Instrument, per_role: &[Vec<i64>; 3]| {
        let (mut num, mut den) = (0.0, 0.0);
        for role in Role::ALL {
            let (_, s2, n) = stats(&per_role[role.index()], count(list, role));
            num += (n - 1.0) * s2;
            den += n - 1.0;
        }
        num / den
    };
    let (p_own, p_asked) = (pooled(&own_list, &own), pooled(&situation_list, &asked));
    let mut verdicts = Vec::new();
    for (gap, role) in view.gaps.iter().map(|g| &g.gap).zip(Role::ALL) {
        let i = role.index();
        let (o, _, ko) = stats(&own[i], count(&own_list, role));
        let (a, _, ka) = stats(&asked[i], count(&situation_list, role));
        let e_own = 25.0 * (p_own / ko).sqrt();
        let e_asked = 25.0 * (p_asked / ka).sqrt();
        let band = 2.394 * (e_own * e_own + e_asked * e_asked).sqrt();
        assert!((gap.own - o).abs() < 1e-9 && (gap.asked - a).abs() < 1e-9);
        assert!((gap.gap - (a - o)).abs() < 1e-9);
        assert!((gap.band.unwrap() - band).abs() < 1e-9, "{role:?}");
        verdicts.push(gap.asks.unwrap());
    }
    assert_eq!(
        verdicts,
        [Difference::More, Difference::About, Difference::Less]
    );
    assert_eq!(view.largest, Some(Role::Bureaucraat));
    // The name is text in the chart, never markup.
    let svg = view.chart_svg.unwrap();
    assert!(!svg.contains("<b>"), "the name is escaped in the chart");
    assert!(svg.contains("&lt;b&gt;Wijkaanpak"), "{svg}");

    // The result's PDF report holds the situation beside it: its heading,
    // the verdicts in words, the figures, and the radar with its words.
    // Kept with its pages as PNG in artifacts/report/, to look at.
    let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/report");
    std::fs::create_dir_all(&pages).unwrap();
    let pdf = pages.join("situation.pdf");
    std::fs::write(&pdf, service.result_report(&latest).unwrap()).unwrap();
    rolspiegel_pdf_check::render_pages(&pdf, &pages.join("situation"), 70);
    let words = rolspiegel_pdf_check::text(&pdf);
    let number = |v: f64| rolspiegel_i18n::format_decimal(rolspiegel_i18n::Language::Nl, v, 1, 1);
    let b = &view.gaps[0].gap;
    rolspiegel_pdf_check::in_order(
        &words,
        &[
            "Jouw ontwikkeldoel",
            "Wat vraagt de situatie?",
            "Wat vraagt 'Project <b>Wijkaanpak</b>, fase 2'?",
            "met de gemeente",
            "De situatie vraagt duidelijk meer van de Bureaucraat dan jij laat zien.",
            "De situatie vraagt ongeveer evenveel van de Ondernemer als jij laat zien.",
            "De situatie vraagt duidelijk minder van de Verbinder dan jij laat zien.",
            "Bureaucraat",
            &number(b.own),
            &number(b.asked),
            // The cell wraps: its words in order.
            &format!("+{} punten", number(b.gap)),
            &format!("{})", number(b.band.unwrap())),
            "duidelijk",
        ],
    );
    let figures = rolspiegel_pdf_check::figures(&rolspiegel_pdf_check::structure(&pdf));
    assert!(
        figures
            .iter()
            .any(|alt| alt.starts_with("Radar met twee vormen. Hoe jij werkt: Bureaucraat: 50,0.")),
        "{figures:?}"
    );

    // Rated again later: the view says how it changed since, as two
    // results are compared. The Verbinder is now asked as much as the
    // Ondernemer was (keyed 4 and 3: 62,5 from 12,5).
    assert!(view.since.is_none(), "a first rating has nothing before it");
    let again = service.start_rating(&situation.id).unwrap();
    assert_ne!(again.rating_id, rating_id);
    let asked_again = [vec![5, 4], vec![4, 3], vec![4, 3]];
    for (id, v) in keyed_answers(&situation_list, &asked_again) {
        service
            .save_rating_answer(&again.rating_id, &id, Some(v))
            .unwrap();
    }
    let RatingOutcome::Complete {
        rating_id: second, ..
    } = service.finish_rating(&again.rating_id).unwrap()
    else {
        panic!("complete");
    };
    let later = service.situation_view(&second, None).unwrap();
    let since = later.since.expect("compared with the rating before");
    assert_eq!(since.earlier_completed_at, view.rating.completed_at);
    let deltas: Vec<f64> = since.changes.iter().map(|c| c.delta).collect();
    assert_eq!(deltas, [0.0, 0.0, 50.0]);
    assert!(matches!(
        since.changes[2].noise,
        rolspiegel_core::Noise::Beyond { .. }
    ));
    assert_eq!(later.situation.ratings.len(), 2);
    assert_eq!(later.gaps[2].gap.asks, Some(Difference::About));

    // Beside an earlier result on request.
    let earlier = &view.results[1].id;
    let beside = service.situation_view(&rating_id, Some(earlier)).unwrap();
    assert_eq!(beside.result.unwrap().id, *earlier);

    // Removing the situation removes its ratings.
    service.delete_situation(&situation.id).unwrap();
    assert_eq!(
        service.situation_view(&rating_id, None).unwrap_err().code,
        ErrorCode::SituationNotFound
    );
    assert!(service.situations().unwrap().is_empty());
}

#[test]
fn the_results_export_carries_situations_and_brings_them_back_after_a_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    take_own_scan(&mut service, &[vec![4, 2], vec![3, 5], vec![2, 4]]);
    let situation = service.add_situation("Crisisteam", "maart").unwrap();
    let sheet = service.start_rating(&situation.id).unwrap();
    let list = situation_lists().unwrap().current().clone();
    for (id, v) in keyed_answers(&list, &[vec![5, 4], vec![4, 3], vec![2, 1]]) {
        service
            .save_rating_answer(&sheet.rating_id, &id, Some(v))
            .unwrap();
    }
    service.finish_rating(&sheet.rating_id).unwrap();
    let before = service.situations().unwrap();
    let bytes = service
        .export_data(rolspiegel_app::wire::DataFormat::Json)
        .unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.contains("\"situations\"") && text.contains("Crisisteam"));
    service.wipe().unwrap();
    assert!(service.situations().unwrap().is_empty());
    let report = service
        .import_file(rolspiegel_app::disk::ReadFile {
            name: "uitslagen.json".into(),
            bytes: Ok(bytes),
        })
        .unwrap();
    assert_eq!((report.added, report.situations_added), (1, 1));
    let after = service.situations().unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].name, before[0].name);
    assert_eq!(after[0].ratings[0].id, before[0].ratings[0].id);
    assert_eq!(
        after[0].ratings[0]
            .roles
            .iter()
            .map(|r| r.score)
            .collect::<Vec<_>>(),
        before[0].ratings[0]
            .roles
            .iter()
            .map(|r| r.score)
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_group_file_brings_its_assignment_and_the_group_report_shows_it() {
    use rolspiegel_core::{
        AssessmentId, Group, GroupId, GroupMember, GroupRating, GroupSituation, RatingId,
    };
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let own = service.instrument().clone();
    let list = situation_lists().unwrap().current().clone();
    let members: Vec<GroupMember> = [[3u8], [4], [2]]
        .iter()
        .map(|v| {
            let (answers, profile) = common::answered(&own, v);
            GroupMember {
                result_id: AssessmentId::new(),
                name: String::new(),
                instrument_version: own.version(),
                answers,
                profile,
                pairing: None,
            }
        })
        .collect();
    // Three ratings: agreeing with every statement, neutral, and 5 on the
    // positive ones.
    let ratings: Vec<GroupRating> = [vec![4u8], vec![3], vec![5, 1]]
        .iter()
        .enumerate()
        .map(|(n, v)| {
            let (answers, profile) = common::answered(&list, v);
            GroupRating {
                id: RatingId::new(),
                list_version: list.version(),
                completed_at: 1_764_000_000_000 + n as i64,
                profile,
                answers,
            }
        })
        .collect();
    let group = Group {
        id: GroupId::new(),
        name: "Team Wijk".into(),
        held_on: None,
        notes: String::new(),
        created_at: 0,
        members: members.len(),
    };
    let assignment = (
        GroupSituation {
            name: "Wijkaanpak fase 2".into(),
            note: String::new(),
        },
        ratings,
    );
    let file = rolspiegel_exchange::group_json(&group, &members, Some(&assignment), false);
    let opened = service
        .open_group_file(rolspiegel_app::disk::ReadFile {
            name: "groep.json".into(),
            bytes: Ok(file.into_bytes()),
        })
        .unwrap();
    assert_eq!(
        (opened.report.ratings_added, opened.report.ratings_refused),
        (3, 0)
    );
    let view = service.group_view(&opened.group.id, false).unwrap();
    let situation = view.situation.unwrap();
    assert!(situation.enough);
    let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/report");
    std::fs::create_dir_all(&pages).unwrap();
    let pdf = pages.join("group-assignment.pdf");
    std::fs::write(&pdf, service.group_report(&opened.group.id).unwrap()).unwrap();
    rolspiegel_pdf_check::render_pages(&pdf, &pages.join("group-assignment"), 70);
    let words = rolspiegel_pdf_check::text(&pdf);
    let number = |v: f64| rolspiegel_i18n::format_decimal(rolspiegel_i18n::Language::Nl, v, 1, 1);
    rolspiegel_pdf_check::in_order(
        &words,
        &[
            "Groepsrapport: Team Wijk",
            "Wat vraagt 'Wijkaanpak fase 2'?",
            "3 deelnemers hebben ingevuld wat de opdracht vraagt.",
            "De groep en wat de opdracht vraagt, van 0 tot 100",
            "Bureaucraat",
            &number(situation.roles[0].asked.mean),
            &number(situation.roles[0].asked.sd),
            "Wat de scores wel en niet zeggen",
        ],
    );
    let figures = rolspiegel_pdf_check::figures(&rolspiegel_pdf_check::structure(&pdf));
    assert_eq!(figures.len(), 4, "{figures:?}");
    assert!(figures[3].starts_with("Radar met twee vormen. De groep gemiddeld:"));

    // The same file again: nothing doubles; a group whose assignment has
    // another name does not take these ratings.
    let again = rolspiegel_exchange::group_json(&group, &members, Some(&assignment), false);
    let opened = service
        .open_group_file(rolspiegel_app::disk::ReadFile {
            name: "groep.json".into(),
            bytes: Ok(again.into_bytes()),
        })
        .unwrap();
    assert_eq!(opened.report.ratings_added, 0);
    service
        .set_group_situation(&opened.group.id, "Een andere opdracht", "")
        .unwrap();
    let renamed = service.group_view(&opened.group.id, false).unwrap();
    assert_eq!(
        renamed.situation.unwrap().ratings,
        3,
        "a new name keeps the ratings"
    );
    let fresh: Vec<GroupRating> = assignment
        .1
        .iter()
        .map(|r| GroupRating {
            id: RatingId::new(),
            ..r.clone()
        })
        .collect();
    let other = rolspiegel_exchange::group_json(
        &group,
        &members,
        Some(&(assignment.0.clone(), fresh)),
        false,
    );
    let opened = service
        .open_group_file(rolspiegel_app::disk::ReadFile {
            name: "groep.json".into(),
            bytes: Ok(other.into_bytes()),
        })
        .unwrap();
    assert_eq!(
        (opened.report.ratings_added, opened.report.ratings_refused),
        (0, 3),
        "ratings of an assignment by another name are not this one's"
    );
    // A backup carries the assignment with its ratings; the restore summary
    // counts them per group.
    let backup = service.export_backup().unwrap();
    service.delete_group(&opened.group.id).unwrap();
    let restored = service
        .import_file(rolspiegel_app::disk::ReadFile {
            name: "reservekopie.json".into(),
            bytes: Ok(backup.clone()),
        })
        .unwrap();
    assert_eq!(restored.groups.len(), 1);
    assert_eq!(
        (
            restored.groups[0].ratings_added,
            restored.groups[0].ratings_refused
        ),
        (3, 0)
    );
    let again = service
        .import_file(rolspiegel_app::disk::ReadFile {
            name: "reservekopie.json".into(),
            bytes: Ok(backup),
        })
        .unwrap();
    assert_eq!(again.groups[0].ratings_added, 0, "nothing doubles");
}
