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
    let err = service
        .finish_scan("1b4e28ba-2fa1-41d2-883f-0016d3cca427")
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::NoScan, "an id that is no scan at all");
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

/// Takes one full scan where every keyed answer of role r is `keyed[r]`
/// (1–5), alternating with one step less on every other statement when
/// `vary`, and returns the result id.
fn take_scan(service: &mut Service, keyed: [i64; 3], vary: bool) -> String {
    let scan = service.start_scan().unwrap();
    let statements = service.startup().instrument.statements;
    for (i, statement) in statements.iter().enumerate() {
        let role = match &statement[..1] {
            "b" => 0,
            "o" => 1,
            _ => 2,
        };
        let mut value = keyed[role];
        if vary && i % 2 == 0 {
            value = if value > 1 { value - 1 } else { 2 };
        }
        let reverse = statement[1..].parse::<u32>().unwrap() > 7;
        let raw = if reverse { 6 - value } else { value };
        service
            .save_answer(&scan.assessment_id, statement, Some(raw))
            .unwrap();
    }
    match service.finish_scan(&scan.assessment_id).unwrap() {
        FinishOutcome::Complete { result } => result.id,
        FinishOutcome::Incomplete { .. } => panic!("all statements answered"),
    }
}

#[test]
fn the_history_shows_labels_goals_and_which_goal_is_still_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let first = take_scan(&mut service, [4, 2, 3], true);
    assert_eq!(
        service.set_label(&first, "  start\ntraineeship ").unwrap(),
        "start traineeship"
    );
    let goal = service
        .save_goal(
            &first,
            "verbinder",
            "Elke week een partner bellen",
            Some("2027-03-01"),
        )
        .unwrap();
    assert_eq!(goal.review_text.as_deref(), Some("1 mrt 2027"));
    let history = service.history().unwrap();
    assert!(
        history[0].goal_open,
        "no later result yet: the goal is open"
    );

    let second = take_scan(&mut service, [3, 3, 5], true);
    let history = service.history().unwrap();
    assert_eq!(history[0].id, second);
    assert_eq!(history[1].label, "start traineeship");
    assert!(!history[1].goal_open, "the next result follows the goal up");
    let result = service.result(&second).unwrap();
    let follow = result
        .follows_up
        .expect("the new result shows the goal it follows");
    assert_eq!(follow.from_id, first);
    assert_eq!(follow.goal.role, Role::Verbinder);
    assert!(follow.change.delta > 0.0, "Verbinder went up");

    let too_long = "x".repeat(81);
    assert_eq!(
        service.set_label(&first, &too_long).unwrap_err().code,
        ErrorCode::TextTooLong
    );
    assert_eq!(
        service
            .save_goal(&first, "verbinder", " ", None)
            .unwrap_err()
            .code,
        ErrorCode::GoalEmpty
    );
    assert_eq!(
        service
            .save_goal(&first, "verbinder", "x", Some("2027-02-30"))
            .unwrap_err()
            .code,
        ErrorCode::BadDate
    );
    service
        .save_reflection(&first, "pitfalls", "<script>alert(1)</script>")
        .unwrap();
    assert_eq!(
        service.result(&first).unwrap().reflections["pitfalls"],
        "<script>alert(1)</script>",
        "kept as the exact text; the UI shows it as text"
    );
    service.delete_result(&first).unwrap();
    assert_eq!(service.history().unwrap().len(), 1);
    assert_eq!(
        service.result(&first).unwrap_err().code,
        ErrorCode::ResultNotFound
    );
}

#[test]
fn comparing_tells_a_real_change_from_noise() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "en_GB.UTF-8");
    let a = take_scan(&mut service, [5, 2, 3], true);
    let b = take_scan(&mut service, [2, 2, 3], true);
    let c = take_scan(&mut service, [2, 3, 3], true);
    assert_eq!(
        service.compare(std::slice::from_ref(&a)).unwrap_err().code,
        ErrorCode::CompareCount
    );
    let view = service.compare(&[c.clone(), a.clone(), b.clone()]).unwrap();
    let order: Vec<&str> = view.results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        order,
        vec![a.as_str(), b.as_str(), c.as_str()],
        "oldest first"
    );
    assert_eq!(view.changes.len(), 2);
    let bureaucraat = view.changes[0].roles[0];
    assert!(bureaucraat.delta < -50.0);
    assert!(matches!(
        bureaucraat.noise,
        rolspiegel_core::Noise::Beyond { .. }
    ));
    let verbinder = view.changes[0].roles[2];
    assert_eq!(verbinder.delta, 0.0);
    assert!(matches!(
        verbinder.noise,
        rolspiegel_core::Noise::Within { .. }
    ));
    assert!(view.overall.is_some());
    assert!(view.chart_svg.is_some());
    assert!(view.trend_svg.is_some(), "three results give a time line");
    let two = service.compare(&[a.clone(), b.clone()]).unwrap();
    assert!(two.trend_svg.is_none(), "two results give no time line");
}

#[test]
fn exports_write_real_files_and_the_json_comes_back_after_a_wipe() {
    use rolspiegel_app::files::{ChartFormat, ChartKind, DataFormat};
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let a = take_scan(&mut service, [4, 2, 3], true);
    let b = take_scan(&mut service, [3, 4, 3], true);
    service.set_label(&a, "=start").unwrap();
    service
        .save_reflection(&b, "preference", "Verbinder")
        .unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();

    let png = out.join("chart.png");
    service
        .export_chart_to(
            &png,
            std::slice::from_ref(&a),
            ChartKind::Radar,
            ChartFormat::Png,
        )
        .unwrap();
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    let svg = out.join("compare.svg");
    service
        .export_chart_to(
            &svg,
            &[a.clone(), b.clone()],
            ChartKind::Radar,
            ChartFormat::Svg,
        )
        .unwrap();
    assert!(std::fs::read_to_string(&svg).unwrap().contains("=start"));
    assert_eq!(
        service
            .export_chart_to(
                &svg,
                &[a.clone(), b.clone()],
                ChartKind::Trend,
                ChartFormat::Svg
            )
            .unwrap_err()
            .code,
        ErrorCode::CompareCount
    );

    let csv = out.join("data.csv");
    service.export_data_to(&csv, DataFormat::Csv).unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}Code;Datum;Label;Score Bureaucraat"));
    assert_eq!(text.lines().count(), 3, "a header and one row per result");
    assert!(text.contains(";'=start;"), "formula defused");

    let json = out.join("data.json");
    service.export_data_to(&json, DataFormat::Json).unwrap();
    let before = service.history().unwrap();
    service.wipe().unwrap();
    assert!(service.history().unwrap().is_empty());
    let report = service.import_from(&json).unwrap();
    assert_eq!((report.added, report.already_present), (2, 0));
    assert!(report.problems.is_empty());
    let after = service.history().unwrap();
    assert_eq!(
        after
            .iter()
            .map(|h| (&h.id, &h.label, h.scores))
            .collect::<Vec<_>>(),
        before
            .iter()
            .map(|h| (&h.id, &h.label, h.scores))
            .collect::<Vec<_>>()
    );
    let again = service.import_from(&json).unwrap();
    assert_eq!((again.added, again.already_present), (0, 2));
}

#[test]
fn bad_import_files_are_refused_with_a_translated_reason_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let kept = take_scan(&mut service, [4, 2, 3], true);
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let cases = [
        (
            write(
                "cut.json",
                br#"{"format": "rolspiegel-results", "version": 1, "resu"#,
            ),
            ErrorCode::ImportTruncated,
        ),
        (
            write("broken.json", b"{ not json"),
            ErrorCode::ImportMalformed,
        ),
        (
            write("bin.json", b"\x00\x01garbage"),
            ErrorCode::ImportMalformed,
        ),
        (
            write("other.json", br#"{"name": "x"}"#),
            ErrorCode::ImportNotAnExport,
        ),
        (
            write(
                "newer.json",
                br#"{"format": "rolspiegel-results", "version": 9, "results": []}"#,
            ),
            ErrorCode::ImportNewerVersion,
        ),
        (
            write("big.json", &vec![b' '; 10 * 1024 * 1024 + 1]),
            ErrorCode::ImportTooLarge,
        ),
        (dir.path().join("missing.json"), ErrorCode::FileRead),
    ];
    for (path, code) in cases {
        let error = service.import_from(&path).unwrap_err();
        assert_eq!(error.code, code, "{}", path.display());
        assert!(!error.message.is_empty());
    }
    assert_eq!(service.history().unwrap().len(), 1, "nothing changed");
    assert_eq!(service.history().unwrap()[0].id, kept);
}

#[test]
fn a_file_that_cannot_be_written_is_a_clear_error_and_leaves_no_partial_file() {
    use rolspiegel_app::files::DataFormat;
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "en_GB.UTF-8");
    take_scan(&mut service, [4, 2, 3], true);
    let target = dir.path().join("no-such-folder").join("data.json");
    let error = service
        .export_data_to(&target, DataFormat::Json)
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::FileWrite);
    assert!(error.message.contains("could not be saved"));
    assert!(!target.exists());
}

#[test]
fn a_workshop_group_collects_files_skips_bad_ones_and_shows_figures_from_three_on() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir(&files).unwrap();
    // Three participants on "their own laptops": keyed answers give
    // Bureaucraat 75, 50, 25 (mean 50, sd 25) and the rest 50.
    let mut paths = Vec::new();
    for (n, b) in [4, 3, 2].into_iter().enumerate() {
        let laptop = tempfile::tempdir().unwrap();
        let mut participant = service_in(&laptop, "nl_NL.UTF-8");
        let id = take_scan(&mut participant, [b, 3, 3], false);
        let path = files.join(format!("deelnemer-{n}.json"));
        let name = if n == 0 {
            "<img src=x onerror=alert(1)>"
        } else {
            ""
        };
        participant.participant_file_to(&path, &id, name).unwrap();
        paths.push(path);
    }
    let broken = files.join("kapot.json");
    std::fs::write(&broken, b"{\"format\": \"rolspiegel-participant\", \"ver").unwrap();
    let other = files.join("foto.json");
    std::fs::write(&other, b"\x89PNG").unwrap();

    let mut facilitator = service_in(&dir, "nl_NL.UTF-8");
    let group = facilitator
        .create_group(" Traineeship Noord ", Some("2026-11-20"), "dag 2")
        .unwrap();
    assert_eq!(group.name, "Traineeship Noord");
    assert_eq!(group.held_text.as_deref(), Some("20 nov 2026"));
    assert_eq!(
        facilitator.create_group(" ", None, "").unwrap_err().code,
        ErrorCode::GroupNameEmpty
    );

    // Two files first: not enough to show anything.
    let report = facilitator
        .add_files_to_group(&group.id, &paths[..2])
        .unwrap();
    assert_eq!(report.added, 2);
    let view = facilitator.group_view(&group.id, false).unwrap();
    assert!(!view.enough && view.radar_svg.is_none() && view.participants.is_empty());
    assert_eq!(
        facilitator.projection_step(&group.id, 0).unwrap_err().code,
        ErrorCode::GroupTooSmall
    );

    // Then all of them again, with a duplicate and two bad files.
    let mut all = paths.clone();
    all.push(broken);
    all.push(other);
    let report = facilitator.add_files_to_group(&group.id, &all).unwrap();
    assert_eq!((report.added, report.already_present), (1, 2));
    let problems: Vec<(&str, &str)> = report
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        problems,
        vec![
            (
                "kapot.json",
                "Dit bestand is niet compleet. Vraag de deelnemer om het opnieuw te bewaren."
            ),
            ("foto.json", "Dit bestand kan Rolspiegel niet lezen."),
        ]
    );

    let view = facilitator.group_view(&group.id, false).unwrap();
    assert!(view.enough);
    let b = view.stats[0];
    assert_eq!((b.n, b.min, b.max), (3, 25.0, 75.0));
    assert!((b.mean - 50.0).abs() < 1e-9 && (b.sd - 25.0).abs() < 1e-9);
    assert_eq!(view.stats[1].sd, 0.0);
    assert!(
        view.participants.iter().all(|p| p.name.is_none()),
        "anonymous by default"
    );
    assert!(view.mix_map_svg.is_some() && view.spread_svg.is_some());
    let named = facilitator.group_view(&group.id, true).unwrap();
    assert_eq!(
        named.participants[0].name.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    assert!(named
        .mix_map_svg
        .unwrap()
        .contains("&lt;img src=x onerror=alert(1)&gt;"));

    for step in 0..6 {
        let shown = facilitator.projection_step(&group.id, step).unwrap();
        assert_eq!((shown.step, shown.count), (step, 3));
        assert!(shown.svg.is_some() && !shown.caption.is_empty());
    }

    let csv = dir.path().join("groep.csv");
    facilitator
        .export_group_csv_to(&csv, &group.id, false)
        .unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 4);
    assert!(text.starts_with("\u{feff}Deelnemer;Score Bureaucraat"));
    assert!(text.contains("\r\n1;75,0;50,0;50,0;"));
    assert!(!text.contains("img"), "no names unless shown");
    let png = dir.path().join("driehoek.png");
    facilitator
        .export_group_chart_to(
            &png,
            &group.id,
            rolspiegel_app::groups::GroupChart::MixMap,
            rolspiegel_app::files::ChartFormat::Png,
            false,
        )
        .unwrap();
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));

    let renamed = facilitator
        .update_group(&group.id, "Traineeship Zuid", None, "")
        .unwrap();
    assert_eq!(
        (renamed.name.as_str(), renamed.members),
        ("Traineeship Zuid", 3)
    );
    facilitator.delete_group(&group.id).unwrap();
    assert!(facilitator.groups().unwrap().is_empty());
    assert_eq!(
        facilitator.group_view(&group.id, false).unwrap_err().code,
        ErrorCode::GroupNotFound
    );
}

#[test]
fn a_group_file_opens_on_another_computer_with_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = service_in(&dir, "nl_NL.UTF-8");
    let a = take_scan(&mut first, [4, 2, 3], true);
    let b = take_scan(&mut first, [2, 4, 3], true);
    let c = take_scan(&mut first, [3, 3, 5], true);
    let group = first.create_group("Workshop", None, "").unwrap();
    let report = first
        .add_own_results_to_group(&group.id, &[a, b, c])
        .unwrap();
    assert_eq!(report.added, 3);
    let file = dir.path().join("groep.json");
    first.export_group_file_to(&file, &group.id, false).unwrap();
    let before = first.group_view(&group.id, false).unwrap();

    let other = tempfile::tempdir().unwrap();
    let mut second = service_in(&other, "en_GB.UTF-8");
    let opened = second.open_group_file(&file).unwrap();
    assert_eq!(
        (opened.group.name.as_str(), opened.report.added),
        ("Workshop", 3)
    );
    let after = second.group_view(&opened.group.id, false).unwrap();
    for (x, y) in before.stats.iter().zip(&after.stats) {
        assert_eq!((x.n, x.mean, x.sd), (y.n, y.mean, y.sd));
    }
    let again = second.open_group_file(&file).unwrap();
    assert_eq!((again.report.added, again.report.already_present), (0, 3));
    assert_eq!(
        second.groups().unwrap().len(),
        1,
        "the same group, not a copy"
    );
    let results_file = dir.path().join("uitslagen.json");
    first
        .export_data_to(&results_file, rolspiegel_app::files::DataFormat::Json)
        .unwrap();
    assert_eq!(
        second.open_group_file(&results_file).unwrap_err().code,
        ErrorCode::GroupFileInvalid
    );
}
