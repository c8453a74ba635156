//! The app's behaviour without a window: the same `Service` the Tauri commands
//! call, against a real SQLite file in a temporary folder.
// Helpers outside #[test] functions may panic too: this is test code.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_app::dto::{FinishOutcome, Notice};
use rolspiegel_app::error::ErrorCode;
use rolspiegel_app::service::Service;
use rolspiegel_core::{Mix, Role};

fn service_in(dir: &tempfile::TempDir, locale: &str) -> Service {
    Service::start(Some(&dir.path().join("rolspiegel.db")), Some(locale)).expect("starts")
}

/// Answers every statement: Bureaucraat items so that it scores 75,
/// the others 50 (positive 4 / reverse 2 → keyed 4; all 3 → 50).
fn answer_all(service: &mut Service, id: &str) {
    let statements = service.startup().instrument.statements;
    for statement in statements {
        let value = match (&statement[..1], statement[1..].parse::<u32>().unwrap() <= 7) {
            ("b", true) => 4,
            ("b", false) => 2,
            _ => 3,
        };
        service
            .save_answer(id, &statement, Some(value))
            .expect("saves");
    }
}

#[test]
fn a_full_scan_is_scored_stored_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let scan = service.start_scan().unwrap();
    answer_all(&mut service, &scan.assessment_id);
    let FinishOutcome::Complete { result } = service.finish_scan(&scan.assessment_id).unwrap()
    else {
        panic!("a complete scan gives a result");
    };
    let scores: Vec<f64> = result.roles.iter().map(|r| r.score).collect();
    assert_eq!(scores, vec![75.0, 50.0, 50.0]);
    assert_eq!(
        result.mix,
        Mix::Dominant {
            role: Role::Bureaucraat
        }
    );
    let svg = result.chart_svg.expect("the chart is drawn");
    assert!(svg.contains("75,0"), "Dutch number on the chart");
    assert!(
        service.current_scan().unwrap().is_none(),
        "no scan is left in progress"
    );

    drop(service);
    let service = service_in(&dir, "nl_NL.UTF-8");
    let listed = service.results().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, result.id);
    let again = service.result(&result.id).unwrap();
    assert_eq!(
        again.roles.iter().map(|r| r.score).collect::<Vec<_>>(),
        scores
    );
}

#[test]
fn a_scan_with_too_many_skips_is_incomplete_and_stays_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl");
    let scan = service.start_scan().unwrap();
    answer_all(&mut service, &scan.assessment_id);
    for id in ["o01", "o02", "o03"] {
        service.save_answer(&scan.assessment_id, id, None).unwrap();
    }
    let outcome = service.finish_scan(&scan.assessment_id).unwrap();
    let FinishOutcome::Incomplete { shortfalls } = outcome else {
        panic!("three skips of fourteen is too many");
    };
    assert_eq!(shortfalls.len(), 1);
    assert_eq!(
        (shortfalls[0].role, shortfalls[0].missing),
        (Role::Ondernemer, 1)
    );
    assert!(
        service.current_scan().unwrap().is_some(),
        "the scan can still be finished"
    );
}

#[test]
fn bad_answers_are_refused_with_a_translated_message_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_BE.UTF-8");
    let scan = service.start_scan().unwrap();
    service
        .save_answer(&scan.assessment_id, "b01", Some(4))
        .unwrap();

    let err = service
        .save_answer(&scan.assessment_id, "b01", Some(6))
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::AnswerOutOfRange);
    assert!(
        err.message.starts_with("Dit antwoord kan niet."),
        "{}",
        err.message
    );
    let err = service
        .save_answer(&scan.assessment_id, "b01", Some(0))
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::AnswerOutOfRange);
    let err = service
        .save_answer(&scan.assessment_id, "x99", Some(3))
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::UnknownStatement);
    let err = service
        .save_answer("not-a-uuid", "b01", Some(3))
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::BadRequest);

    service.set_language("en").unwrap();
    let err = service
        .save_answer(&scan.assessment_id, "b01", Some(-1))
        .unwrap_err();
    assert!(
        err.message.starts_with("This answer is not possible."),
        "{}",
        err.message
    );

    let current = service.current_scan().unwrap().unwrap();
    assert_eq!(
        current.answers.get("b01"),
        Some(&Some(4)),
        "the saved answer is untouched"
    );
}

#[test]
fn a_completed_scan_cannot_be_changed_or_finished_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl");
    let scan = service.start_scan().unwrap();
    answer_all(&mut service, &scan.assessment_id);
    service.finish_scan(&scan.assessment_id).unwrap();
    let err = service
        .save_answer(&scan.assessment_id, "b01", Some(1))
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::AlreadyCompleted);
    let err = service.finish_scan(&scan.assessment_id).unwrap_err();
    assert_eq!(err.code, ErrorCode::AlreadyCompleted);
}

#[test]
fn language_follows_the_os_until_the_user_chooses() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        service_in(&dir, "fr_FR.UTF-8").startup().language,
        "nl",
        "unknown → Dutch"
    );
    let mut service = service_in(&dir, "en_US.UTF-8");
    assert_eq!(service.startup().language, "en");
    service.set_language("nl").unwrap();
    drop(service);
    assert_eq!(
        service_in(&dir, "en_US.UTF-8").startup().language,
        "nl",
        "the choice sticks"
    );
    let mut service = service_in(&dir, "en_US.UTF-8");
    assert_eq!(
        service.set_language("de").unwrap_err().code,
        ErrorCode::UnknownLanguage
    );
}

#[test]
fn a_damaged_database_is_reported_once_and_a_fresh_one_is_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rolspiegel.db"), vec![0x42; 10_000]).unwrap();
    let mut service = service_in(&dir, "nl");
    let notices = service.startup().notices;
    let [Notice::Recovered { file }] = notices.as_slice() else {
        panic!("expected one recovery notice, got {notices:?}");
    };
    assert!(
        dir.path().join(file).exists(),
        "the notice names the kept file"
    );
    assert!(
        service.startup().notices.is_empty(),
        "a notice is shown once"
    );
    assert!(service.start_scan().is_ok(), "the fresh database works");
}

#[test]
fn without_a_usable_folder_the_app_still_works_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the data folder should be: nothing can be created there.
    let blocker = dir.path().join("blocked");
    std::fs::write(&blocker, b"a file, not a folder").unwrap();
    let mut service =
        Service::start(Some(&blocker.join("rolspiegel.db")), Some("nl")).expect("starts anyway");
    assert!(matches!(
        service.startup().notices.as_slice(),
        [Notice::MemoryOnly]
    ));
    let scan = service.start_scan().unwrap();
    answer_all(&mut service, &scan.assessment_id);
    assert!(matches!(
        service.finish_scan(&scan.assessment_id).unwrap(),
        FinishOutcome::Complete { .. }
    ));
}

#[test]
fn starting_again_discards_the_scan_in_progress() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl");
    let first = service.start_scan().unwrap();
    service
        .save_answer(&first.assessment_id, "b01", Some(5))
        .unwrap();
    let second = service.start_scan().unwrap();
    assert_ne!(first.assessment_id, second.assessment_id);
    let current = service.current_scan().unwrap().unwrap();
    assert_eq!(current.assessment_id, second.assessment_id);
    assert!(current.answers.is_empty());
}
