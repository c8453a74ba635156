//! Storage behaviour against real SQLite files in temporary folders.
// Helpers outside #[test] functions may panic too: this is test code.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;

use rolspiegel_core::{score, Answer, Answers, Instrument, Likert, Role};
use rolspiegel_storage::{Opened, Store, StoreError, SCHEMA_VERSION};

const NOW: i64 = 1_763_800_000_000;

fn instrument() -> Instrument {
    Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))
        .expect("the shipped list is valid")
}

fn db_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("data").join("rolspiegel.db")
}

fn open(path: &std::path::Path) -> (Store, Opened) {
    Store::open(path, NOW).expect("the database opens")
}

fn agree(v: i64) -> Answer {
    Answer::Scale(Likert::new(v).expect("on the scale"))
}

/// Answers every statement with 4 and completes the assessment.
fn complete_one(store: &mut Store, instrument: &Instrument) -> rolspiegel_storage::AssessmentId {
    let id = store.start(instrument.version(), NOW).expect("start");
    let mut answers = Answers::new(instrument);
    for s in instrument.statements() {
        store
            .save_answer(id, s.id.as_str(), agree(4), NOW)
            .expect("save");
        answers
            .record(instrument, s.id.as_str(), agree(4))
            .expect("record");
    }
    let profile = score(instrument, &answers).expect("complete answers score");
    store
        .complete(id, &profile, NOW + 60_000)
        .expect("complete");
    id
}

#[test]
fn a_completed_result_survives_closing_and_reopening() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, opened) = open(&path);
    assert_eq!(opened, Opened::Ready);
    let id = complete_one(&mut store, &instrument);
    drop(store);

    let (store, opened) = open(&path);
    assert_eq!(opened, Opened::Ready, "a healthy file is not set aside");
    let results = store.results().expect("results");
    assert_eq!(results.len(), 1);
    let result = &results[0];
    assert_eq!(result.id, id);
    assert_eq!(result.instrument_version, 1);
    assert_eq!(result.completed_at, NOW + 60_000);
    // All 4s: positive keyed 4, reverse keyed 2 → mean 3 → 50 for every role.
    for role in Role::ALL {
        assert!((result.profile.of(role).score - 50.0).abs() < 1e-9);
    }
    let raw = store
        .answers(id)
        .expect("raw answers are kept for re-scoring");
    assert_eq!(raw.len(), instrument.statements().len());
    assert!(
        store.draft().expect("draft").is_none(),
        "nothing is in progress"
    );
}

#[test]
fn answers_of_an_unfinished_scan_survive_a_killed_app() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let (mut store, _) = open(&path);
    let id = store.start(1, NOW).expect("start");
    store.save_answer(id, "b01", agree(5), NOW).expect("save");
    store
        .save_answer(id, "o08", Answer::DontKnow, NOW)
        .expect("save");
    store
        .save_answer(id, "b01", agree(2), NOW + 1)
        .expect("a changed answer replaces the old one");
    // Leak the connection: no clean close, no WAL checkpoint, as when killed.
    std::mem::forget(store);

    let (store, _) = open(&path);
    let draft = store
        .draft()
        .expect("draft")
        .expect("the scan is still in progress");
    assert_eq!(draft.id, id);
    assert_eq!(
        draft.answers,
        vec![
            ("b01".to_string(), agree(2)),
            ("o08".to_string(), Answer::DontKnow)
        ]
    );
}

#[test]
fn a_corrupt_file_is_kept_aside_and_a_fresh_database_starts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    let garbage = b"this is not a database, but it is someone's file".repeat(100);
    std::fs::write(&path, &garbage).expect("write garbage");

    let (store, opened) = open(&path);
    let Opened::Recovered(aside) = opened else {
        panic!("a corrupt file must be reported, got {opened:?}");
    };
    assert_eq!(
        std::fs::read(&aside.kept_as).expect("the damaged file still exists"),
        garbage,
        "the damaged file is kept byte for byte"
    );
    assert!(aside
        .kept_as
        .file_name()
        .is_some_and(|n| n.to_string_lossy().contains("damaged")));
    assert!(
        store.results().expect("results").is_empty(),
        "the new database is empty"
    );
}

#[test]
fn a_database_damaged_inside_is_kept_aside() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    {
        let (mut store, _) = open(&path);
        for _ in 0..30 {
            complete_one(&mut store, &instrument());
        }
    }
    // Overwrite the middle of the file with zeros, past the header page.
    let mut bytes = std::fs::read(&path).expect("read");
    assert!(bytes.len() > 8192, "the file has more than two pages");
    let mid = bytes.len() / 2;
    bytes[mid - 2048..mid + 2048].fill(0xff);
    std::fs::write(&path, &bytes).expect("write");

    let (_, opened) = open(&path);
    assert!(matches!(opened, Opened::Recovered(_)), "got {opened:?}");
}

#[test]
fn a_database_from_a_newer_version_is_kept_aside_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    drop(open(&path));
    {
        let conn = rusqlite::Connection::open(&path).expect("open raw");
        conn.pragma_update(None, "user_version", SCHEMA_VERSION as i64 + 1)
            .expect("bump version");
    }
    let (_, opened) = open(&path);
    let Opened::Recovered(aside) = opened else {
        panic!("a newer schema must not be opened, got {opened:?}");
    };
    let conn = rusqlite::Connection::open(&aside.kept_as).expect("open kept file");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(
        version,
        SCHEMA_VERSION as i64 + 1,
        "the kept file was not migrated down"
    );
}

#[test]
fn another_programs_database_is_not_taken_over() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    {
        let conn = rusqlite::Connection::open(&path).expect("open raw");
        conn.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY);")
            .expect("foreign table");
    }
    let (_, opened) = open(&path);
    assert!(matches!(opened, Opened::Recovered(_)), "got {opened:?}");
}

#[test]
fn a_completed_assessment_cannot_change_any_more() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, _) = open(&db_in(&dir));
    let id = complete_one(&mut store, &instrument());
    let err = store.save_answer(id, "b01", agree(1), NOW).unwrap_err();
    assert!(
        matches!(err, StoreError::AlreadyCompleted(_)),
        "got {err:?}"
    );
    let err = store.discard(id).unwrap_err();
    assert!(
        matches!(err, StoreError::AlreadyCompleted(_)),
        "got {err:?}"
    );
    let scores: Vec<f64> = store.results().expect("results")[0]
        .profile
        .roles
        .iter()
        .map(|r| r.score)
        .collect();
    assert_eq!(
        scores,
        vec![50.0, 50.0, 50.0],
        "the stored result is unchanged"
    );
}

#[test]
fn answers_to_an_unknown_assessment_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, _) = open(&db_in(&dir));
    let stranger = rolspiegel_storage::AssessmentId::new();
    let err = store
        .save_answer(stranger, "b01", agree(3), NOW)
        .unwrap_err();
    assert!(
        matches!(err, StoreError::UnknownAssessment(_)),
        "got {err:?}"
    );
}

#[test]
fn discarding_a_draft_removes_it_and_its_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, _) = open(&db_in(&dir));
    let id = store.start(1, NOW).expect("start");
    store.save_answer(id, "b01", agree(3), NOW).expect("save");
    store.discard(id).expect("discard");
    assert!(store.draft().expect("draft").is_none());
    assert!(store.answers(id).expect("answers").is_empty());
}

#[test]
fn results_come_newest_first_and_settings_round_trip() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let first = complete_one(&mut store, &instrument);
    let second = complete_one(&mut store, &instrument);
    store.set_setting("language", "en").expect("set");
    store.set_setting("language", "nl").expect("replace");
    drop(store);
    let (store, _) = open(&path);
    let ids: Vec<_> = store
        .results()
        .expect("results")
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, vec![second, first]);
    assert_eq!(
        store.setting("language").expect("get").as_deref(),
        Some("nl")
    );
    assert_eq!(store.setting("missing").expect("get"), None);
}

#[test]
fn an_in_memory_store_works_when_no_file_can_be_written() {
    let mut store = Store::in_memory().expect("memory store");
    let id = complete_one(&mut store, &instrument());
    assert_eq!(store.results().expect("results")[0].id, id);
}

#[test]
fn a_full_disk_refuses_new_answers_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let done = complete_one(&mut store, &instrument);
    let id = store.start(1, NOW).expect("start");
    store.save_answer(id, "b01", agree(5), NOW).expect("save");
    store.cap_size_for_tests().expect("cap");

    // Keep writing until SQLite reports the disk as full.
    let mut failure = None;
    for n in 0..10_000 {
        let statement = format!("filler-{n:05}-{}", "x".repeat(200));
        if let Err(e) = store.save_answer(id, &statement, agree(3), NOW) {
            failure = Some(e);
            break;
        }
    }
    let failure = failure.expect("a capped database fills up");
    assert!(
        matches!(
            &failure,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DiskFull
        ),
        "got {failure:?}"
    );
    drop(store);

    let (store, opened) = open(&path);
    assert_eq!(
        opened,
        Opened::Ready,
        "a full disk does not damage the file"
    );
    assert_eq!(
        store.results().expect("results")[0].id,
        done,
        "the completed result is intact"
    );
    let draft = store.draft().expect("draft").expect("draft kept");
    assert_eq!(draft.answers[0], ("b01".to_string(), agree(5)));
}

#[test]
fn every_released_schema_version_opens_and_upgrades_without_losing_data() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(&fixtures).expect("fixtures folder") {
        let source = entry.expect("entry").path();
        if source.extension().and_then(|e| e.to_str()) != Some("db") {
            continue;
        }
        seen += 1;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("rolspiegel.db");
        std::fs::copy(&source, &path).expect("copy fixture");

        let (store, opened) = open(&path);
        assert_eq!(opened, Opened::Ready, "{} opens as is", source.display());
        let results = store.results().expect("results");
        assert_eq!(
            results.len(),
            1,
            "{}: the completed result survives",
            source.display()
        );
        for role in Role::ALL {
            assert!((results[0].profile.of(role).score - 50.0).abs() < 1e-9);
        }
        let draft = store
            .draft()
            .expect("draft")
            .expect("the open scan survives");
        assert_eq!(draft.answers.len(), 3);
        assert_eq!(
            store.setting("language").expect("setting").as_deref(),
            Some("en")
        );
        let version: i64 = rusqlite::Connection::open(&path)
            .expect("raw")
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(
            version, SCHEMA_VERSION as i64,
            "upgraded to the current schema"
        );
    }
    assert!(seen >= 1, "at least the schema-v1 fixture exists");
}
