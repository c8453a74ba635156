//! Storage behaviour against real SQLite files in temporary folders.
// Helpers outside #[test] functions may panic too: this is test code.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;

use rolspiegel_core::{score, Answer, Answers, Goal, Instrument, Likert, ReflectionQuestion, Role};
use rolspiegel_storage::{
    kept_copies, CopyKind, Imported, Opened, Store, StoreError, KEPT_BACKUPS, SCHEMA_VERSION,
};

#[path = "support/small_disk.rs"]
mod small_disk;
use small_disk::SmallDisk;

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
    store.abandon_as_if_killed();

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

/// Every file in a folder with its bytes, to prove nothing was touched.
fn snapshot(folder: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(folder)
        .expect("list")
        .map(|e| {
            let path = e.expect("entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap_or_default();
            (name, bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_database_from_a_newer_version_is_never_moved_or_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    {
        let (mut store, _) = open(&path);
        complete_one(&mut store, &instrument());
    }
    {
        let conn = rusqlite::Connection::open(&path).expect("open raw");
        conn.pragma_update(None, "user_version", SCHEMA_VERSION as i64 + 1)
            .expect("bump version");
    }
    let folder = path.parent().unwrap();
    let before = snapshot(folder);
    let error = Store::open(&path, NOW).expect_err("a newer schema is not opened");
    assert!(
        matches!(error, StoreError::NewerSchema { found, supported }
            if found == SCHEMA_VERSION as i64 + 1 && supported == SCHEMA_VERSION),
        "got {error:?}"
    );
    let after = snapshot(folder);
    let names = |files: &[(String, Vec<u8>)]| -> Vec<(String, usize)> {
        files.iter().map(|(n, b)| (n.clone(), b.len())).collect()
    };
    assert_eq!(
        names(&after),
        names(&before),
        "nothing moved, nothing added"
    );
    assert!(after == before, "not one byte changed");
}

#[test]
fn an_upgrade_makes_a_backup_first_and_keeps_the_newest_three() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rolspiegel.db");
    for round in 0..5 {
        std::fs::copy(&fixture, &path).expect("copy fixture");
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", path.display()));
        }
        let (store, opened) = Store::open(&path, NOW + round).expect("opens");
        assert_eq!(opened, Opened::Ready);
        let backups = store.kept_copies();
        assert!(
            backups
                .iter()
                .all(|c| c.kind == CopyKind::Backup { schema: 1 }),
            "{backups:?}"
        );
        assert_eq!(backups.len(), (round as usize + 1).min(KEPT_BACKUPS));
        assert_eq!(
            backups.last().unwrap().made_at,
            NOW + round,
            "the newest is kept"
        );
    }
    // The newest backup is the v1 database as it was: it opens (and
    // upgrades) with the same result and scan in progress.
    let newest = kept_copies(&path).pop().expect("a backup");
    let copy = dir.path().join("restore").join("rolspiegel.db");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    std::fs::copy(&newest.path, &copy).unwrap();
    let version: i64 = rusqlite::Connection::open(&copy)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the backup is the database before the upgrade");
    let (restored, _) = open(&copy);
    assert_eq!(restored.results().unwrap().len(), 1);
    assert_eq!(restored.draft().unwrap().expect("draft").answers.len(), 3);
}

#[test]
fn a_busy_database_during_an_upgrade_stays_where_it_is() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rolspiegel.db");
    std::fs::copy(&fixture, &path).expect("copy fixture");
    // Another program holds the write lock for longer than we wait.
    let other = rusqlite::Connection::open(&path).expect("other connection");
    other.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    let error = Store::open(&path, NOW).expect_err("cannot upgrade while locked");
    assert!(
        !matches!(error, StoreError::NewerSchema { .. }),
        "a lock is not a newer version: {error:?}"
    );
    other.execute_batch("ROLLBACK").expect("unlock");
    drop(other);
    assert!(
        kept_copies(&path)
            .iter()
            .all(|c| c.kind != CopyKind::Damaged),
        "a busy file is not damaged"
    );
    let (store, opened) = open(&path);
    assert_eq!(opened, Opened::Ready, "the next start upgrades it");
    assert_eq!(store.results().unwrap().len(), 1);
}

#[test]
fn a_full_disk_during_an_upgrade_leaves_the_database_as_it_was() {
    let Some(disk) = SmallDisk::or_not_run(512) else {
        return;
    };
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db");
    let path = disk.path().join("rolspiegel.db");
    std::fs::copy(&fixture, &path).expect("copy fixture");
    let original = std::fs::read(&path).unwrap();
    disk.fill();
    let error = Store::open(&path, NOW).expect_err("no room to back up or upgrade");
    assert!(
        matches!(
            error,
            StoreError::Backup(_) | StoreError::Sqlite(_) | StoreError::Migration(_)
        ),
        "got {error:?}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        original,
        "the file is unchanged"
    );
    assert!(
        kept_copies(&path).is_empty(),
        "nothing set aside, no half backup left"
    );
    std::fs::remove_file(disk.path().join("filler")).unwrap();
    let (store, opened) = open(&path);
    assert_eq!(opened, Opened::Ready, "with room again it upgrades");
    assert_eq!(store.results().unwrap().len(), 1);
    assert_eq!(store.kept_copies().len(), 1, "after a backup");
}

#[test]
fn setting_aside_never_overwrites_an_earlier_damaged_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut kept = Vec::new();
    for n in 0..3 {
        let garbage = format!("not a database, file number {n}").repeat(200);
        std::fs::write(&path, &garbage).unwrap();
        // The same moment every time: names must still differ.
        let (_, opened) = open(&path);
        let Opened::Recovered(aside) = opened else {
            panic!("got {opened:?}");
        };
        assert_eq!(std::fs::read_to_string(&aside.kept_as).unwrap(), garbage);
        kept.push(aside.kept_as);
    }
    for (n, file) in kept.iter().enumerate() {
        assert!(
            std::fs::read_to_string(file)
                .unwrap()
                .contains(&format!("number {n}")),
            "copy {n} is still its own file"
        );
    }
}

/// A database whose last write sits only in its log, as after a crash; the
/// log holds no copy of the first page.
fn crashed_database(dir: &std::path::Path) -> PathBuf {
    let source = dir.join("source");
    std::fs::create_dir_all(&source).unwrap();
    let path = source.join("rolspiegel.db");
    let (mut store, _) = open(&path);
    complete_one(&mut store, &instrument());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    store.set_setting("wal-only", "yes").unwrap();
    let target = dir.join("crashed");
    std::fs::create_dir_all(&target).unwrap();
    for name in ["rolspiegel.db", "rolspiegel.db-wal"] {
        std::fs::copy(source.join(name), target.join(name)).unwrap();
    }
    drop(conn);
    drop(store);
    target.join("rolspiegel.db")
}

#[test]
fn a_damaged_files_log_goes_with_it_and_is_never_replayed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = crashed_database(dir.path());
    let wal = std::fs::read(format!("{}-wal", path.display())).unwrap();
    assert!(wal.len() > 32, "the log holds the result");
    let size = std::fs::metadata(&path).unwrap().len() as usize;
    std::fs::write(&path, "damaged main file ".repeat(size / 18 + 1)).unwrap();
    let (store, opened) = open(&path);
    let Opened::Recovered(aside) = opened else {
        panic!("got {opened:?}");
    };
    assert_eq!(
        std::fs::read(format!("{}-wal", aside.kept_as.display())).unwrap(),
        wal,
        "the log is kept beside the damaged file"
    );
    assert!(store.results().unwrap().is_empty(), "nothing replayed");
    assert_eq!(store.setting("wal-only").unwrap(), None);
}

#[test]
fn a_log_without_its_database_is_kept_aside_before_a_fresh_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = crashed_database(dir.path());
    std::fs::rename(&path, dir.path().join("moved-away.db")).unwrap();
    let (store, opened) = open(&path);
    assert!(matches!(opened, Opened::Recovered(_)), "got {opened:?}");
    assert!(store.results().unwrap().is_empty(), "nothing replayed");
    assert_eq!(store.setting("wal-only").unwrap(), None);
    assert_eq!(
        kept_copies(&path)
            .iter()
            .filter(|c| c.kind == CopyKind::Damaged)
            .count(),
        1
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
    let before = std::fs::read(&path).expect("read");
    let (_, opened) = open(&path);
    let Opened::Recovered(aside) = opened else {
        panic!("got {opened:?}");
    };
    assert!(
        std::fs::read(&aside.kept_as).expect("kept") == before,
        "the other program's file is kept exactly as it was"
    );
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
        assert!(
            store.upgraded_from().is_some_and(|v| v < SCHEMA_VERSION),
            "{} says it was upgraded",
            source.display()
        );
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
        assert_eq!(results[0].label, "", "an upgraded result has no label");
        assert_eq!(store.goal(results[0].id).expect("goal"), None);
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

#[test]
fn a_result_can_be_labelled_and_deleted_but_a_draft_cannot() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let first = complete_one(&mut store, &instrument);
    let second = complete_one(&mut store, &instrument);
    store.set_label(first, "start traineeship").expect("label");
    drop(store);

    let (mut store, _) = open(&path);
    let result = store.result(first).expect("read").expect("exists");
    assert_eq!(
        result.label, "start traineeship",
        "the label survives reopening"
    );
    let draft = store.start(instrument.version(), NOW).expect("start");
    assert!(
        matches!(
            store.set_label(draft, "x"),
            Err(StoreError::UnknownResult(_))
        ),
        "a scan in progress has no label yet"
    );
    store.delete_result(second).expect("delete");
    assert_eq!(store.result(second).expect("read"), None);
    assert_eq!(store.results().expect("results").len(), 1);
    assert!(matches!(
        store.delete_result(second),
        Err(StoreError::UnknownResult(_))
    ));
    assert!(
        store.draft().expect("draft").is_some(),
        "deleting a result leaves the scan in progress alone"
    );
}

#[test]
fn reflections_and_goals_belong_to_a_result_and_show_in_the_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let id = complete_one(&mut store, &instrument);
    store
        .set_reflection(
            id,
            ReflectionQuestion::Pitfalls,
            "Te snel regels noemen",
            NOW,
        )
        .expect("note");
    store
        .set_reflection(id, ReflectionQuestion::Picture, "Drie kanten", NOW)
        .expect("note");
    let goal = Goal::new(
        Role::Verbinder,
        "Elke week een partner bellen",
        Some("2027-03-01"),
    )
    .expect("valid goal");
    store.set_goal(id, Some(&goal), NOW).expect("goal");
    drop(store);

    let (mut store, _) = open(&path);
    assert_eq!(
        store.reflections(id).expect("notes"),
        vec![
            (ReflectionQuestion::Picture, "Drie kanten".to_string()),
            (
                ReflectionQuestion::Pitfalls,
                "Te snel regels noemen".to_string()
            ),
        ],
        "in the book's order"
    );
    let history = store.history().expect("history");
    assert_eq!(history[0].goal.as_ref(), Some(&goal));
    assert_eq!(history[0].reflections, 2);

    store
        .set_reflection(id, ReflectionQuestion::Picture, "", NOW)
        .expect("clear");
    store.set_goal(id, None, NOW).expect("remove goal");
    let history = store.history().expect("history");
    assert_eq!(history[0].goal, None);
    assert_eq!(
        history[0].reflections, 1,
        "an empty answer removes the note"
    );
}

#[test]
fn export_then_wipe_then_import_gives_the_same_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let a = complete_one(&mut store, &instrument);
    let b = complete_one(&mut store, &instrument);
    store.set_label(a, "nieuw team").expect("label");
    store
        .set_reflection(b, ReflectionQuestion::WorkAsks, "Meer verbinden", NOW)
        .expect("note");
    let goal = Goal::new(Role::Ondernemer, "Eén pilot starten", None).expect("goal");
    store.set_goal(b, Some(&goal), NOW).expect("goal");
    let exported = store.records().expect("records");
    assert_eq!(exported.len(), 2);
    assert_eq!(exported[0].answers.len(), instrument.statements().len());

    store.wipe().expect("wipe");
    assert!(store.records().expect("records").is_empty());
    assert_eq!(store.draft().expect("draft"), None);

    let outcome = store.import(&exported).expect("import");
    assert_eq!(outcome, vec![Imported::Added, Imported::Added]);
    let again = store.records().expect("records");
    assert_eq!(again, exported, "the round trip keeps every field");

    // Importing the same file twice adds nothing.
    let outcome = store.import(&exported).expect("import");
    assert_eq!(
        outcome,
        vec![Imported::AlreadyPresent, Imported::AlreadyPresent]
    );
    assert_eq!(store.records().expect("records"), exported);
}

#[test]
fn an_import_never_changes_a_stored_result_with_the_same_id() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let id = complete_one(&mut store, &instrument);
    store.set_label(id, "mine").expect("label");
    let mut incoming = store.records().expect("records");
    incoming[0].result.label = "theirs".into();
    // The same new record twice in one file: the second copy is a duplicate.
    let mut fresh = incoming[0].clone();
    fresh.result.id = rolspiegel_storage::AssessmentId::new();
    let mut fresh_changed = fresh.clone();
    fresh_changed.result.label = "other".into();
    incoming.push(fresh.clone());
    incoming.push(fresh.clone());
    incoming.push(fresh_changed);

    let outcome = store.import(&incoming).expect("import");
    assert_eq!(
        outcome,
        vec![
            Imported::Conflict,
            Imported::Added,
            Imported::AlreadyPresent,
            Imported::Conflict
        ]
    );
    assert_eq!(store.result(id).expect("read").expect("kept").label, "mine");
    assert_eq!(store.results().expect("results").len(), 2);
}

#[test]
fn deleting_everything_leaves_no_trace_of_notes_in_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let id = complete_one(&mut store, &instrument);
    let secret = "GEHEIM-notitie-over-mijn-manager";
    store
        .set_reflection(id, ReflectionQuestion::Pitfalls, secret, NOW)
        .expect("note");
    store.set_setting("language", "en").expect("setting");
    store.start(instrument.version(), NOW).expect("draft");
    store.wipe().expect("wipe");
    assert!(store.history().expect("history").is_empty());
    assert_eq!(store.draft().expect("draft"), None);
    assert_eq!(
        store.setting("language").expect("setting").as_deref(),
        Some("en"),
        "the language choice is not personal data and stays"
    );
    drop(store);
    for file in std::fs::read_dir(path.parent().expect("folder")).expect("list") {
        let bytes = std::fs::read(file.expect("entry").path()).expect("read");
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the deleted note must not remain in any database file"
        );
    }
}

#[test]
fn the_history_of_many_results_comes_in_one_go_newest_first() {
    let instrument = instrument();
    let mut store = Store::in_memory().expect("memory");
    let mut ids = Vec::new();
    for _ in 0..30 {
        ids.push(complete_one(&mut store, &instrument));
    }
    let history = store.history().expect("history");
    assert_eq!(history.len(), 30);
    assert_eq!(
        history[0].result.id, ids[29],
        "same time: last stored first"
    );
    assert!(history
        .iter()
        .all(|e| (e.result.profile.of(Role::Verbinder).score - 50.0).abs() < 1e-9));
}

fn member(instrument: &Instrument, value: i64, name: &str) -> rolspiegel_storage::GroupMember {
    let mut answers = Answers::new(instrument);
    let mut raw = Vec::new();
    for s in instrument.statements() {
        answers
            .record(instrument, s.id.as_str(), agree(value))
            .expect("record");
        raw.push((s.id.to_string(), agree(value)));
    }
    // Read back ordered by statement id.
    raw.sort_by(|a, b| a.0.cmp(&b.0));
    rolspiegel_storage::GroupMember {
        result_id: rolspiegel_storage::AssessmentId::new(),
        name: name.into(),
        instrument_version: instrument.version(),
        answers: raw,
        profile: score(instrument, &answers).expect("complete"),
        pairing: rolspiegel_core::Pairing::parse(&format!("K7P4QX2{value}")),
    }
}

#[test]
fn groups_keep_participants_apart_and_skip_duplicates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let own = complete_one(&mut store, &instrument);
    let group = store
        .create_group("Traineeship Noord", Some("2026-11-20"), "dag 2", NOW)
        .expect("create");
    let a = member(&instrument, 4, "Sam");
    let b = member(&instrument, 2, "");
    let mut renamed = a.clone();
    renamed.name = "Samira".into();
    let mut changed = a.clone();
    changed.answers[0].1 = agree(1);
    let outcome = store
        .add_members(group, &[a.clone(), b.clone(), renamed, changed], NOW)
        .expect("add");
    assert_eq!(
        outcome,
        vec![
            Imported::Added,
            Imported::Added,
            Imported::AlreadyPresent,
            Imported::Conflict
        ]
    );
    drop(store);

    let (mut store, _) = open(&path);
    let listed = store.groups().expect("groups");
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (
            listed[0].name.as_str(),
            listed[0].held_on.as_deref(),
            listed[0].members
        ),
        ("Traineeship Noord", Some("2026-11-20"), 2)
    );
    let members = store.members(group).expect("members");
    assert_eq!(
        members,
        vec![a.clone(), b.clone()],
        "in the order added, with answers"
    );
    let profiles = store.member_profiles(group).expect("profiles");
    assert_eq!(profiles[0].profile, a.profile);
    assert!(
        profiles[0].answers.is_empty(),
        "the quick read leaves answers out"
    );
    assert_eq!(
        store
            .add_members(group, std::slice::from_ref(&a), NOW)
            .expect("again"),
        vec![Imported::AlreadyPresent],
        "a later import of the same file adds nothing"
    );

    store
        .update_group(group, "Traineeship Zuid", None, "")
        .expect("rename");
    assert_eq!(
        store.group(group).expect("read").expect("exists").name,
        "Traineeship Zuid"
    );
    assert_eq!(
        store.results().expect("own results").len(),
        1,
        "own results untouched"
    );

    // The same result may sit in another group.
    let other = store
        .create_group("Andere groep", None, "", NOW + 1)
        .expect("create");
    assert_eq!(
        store
            .add_members(other, std::slice::from_ref(&a), NOW)
            .expect("add"),
        vec![Imported::Added]
    );
    assert_eq!(store.groups().expect("groups")[0].id, other, "newest first");

    store.delete_group(group).expect("delete");
    assert!(matches!(store.members(group).map(|m| m.len()), Ok(0)));
    assert!(matches!(
        store.delete_group(group),
        Err(StoreError::UnknownGroup(_))
    ));
    assert!(store.result(own).expect("read").is_some());
    store.wipe().expect("wipe");
    assert!(
        store.groups().expect("groups").is_empty(),
        "deleting everything includes groups"
    );
}

#[test]
fn a_thousand_participants_are_read_back_in_one_query() {
    let instrument = instrument();
    let mut store = Store::in_memory().expect("memory");
    let group = store.create_group("Groot", None, "", NOW).expect("create");
    let members: Vec<_> = (0..1000)
        .map(|i| member(&instrument, 1 + i % 5, ""))
        .collect();
    let outcome = store.add_members(group, &members, NOW).expect("add");
    assert!(outcome.iter().all(|o| *o == Imported::Added));
    let profiles = store.member_profiles(group).expect("profiles");
    assert_eq!(profiles.len(), 1000);
    assert_eq!(profiles[999].result_id, members[999].result_id);
}

#[test]
fn answers_are_counted_and_only_an_open_scan_passes_the_scan_check() {
    let instrument = instrument();
    let mut store = Store::in_memory().expect("memory");
    let id = store.start(instrument.version(), NOW).expect("start");
    assert_eq!(store.answer_count(id).expect("count"), 0);
    store.save_answer(id, "b01", agree(3), NOW).expect("save");
    store
        .save_answer(id, "o01", Answer::DontKnow, NOW)
        .expect("save");
    store.save_answer(id, "b01", agree(4), NOW).expect("change");
    assert_eq!(
        store.answer_count(id).expect("count"),
        2,
        "a changed answer counts once"
    );
    assert!(store.require_scan(id).is_ok());
    let done = complete_one(&mut store, &instrument);
    assert!(matches!(
        store.require_scan(done),
        Err(StoreError::AlreadyCompleted(_))
    ));
    assert!(matches!(
        store.require_scan(rolspiegel_storage::AssessmentId::new()),
        Err(StoreError::UnknownAssessment(_))
    ));
}

/// Whether any file of the database (main file, log) holds `text`.
fn files_hold(path: &std::path::Path, text: &str) -> bool {
    std::fs::read_dir(path.parent().unwrap()).unwrap().any(|f| {
        let bytes = std::fs::read(f.unwrap().path()).unwrap_or_default();
        bytes.windows(text.len()).any(|w| w == text.as_bytes())
    })
}

#[test]
fn deleting_one_result_or_group_leaves_none_of_its_text_in_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let kept = complete_one(&mut store, &instrument);
    store.set_label(kept, "BLIJFT-staan").unwrap();
    let gone = complete_one(&mut store, &instrument);
    store.set_label(gone, "WEG-label-uniek").unwrap();
    store
        .set_reflection(gone, ReflectionQuestion::Pitfalls, "WEG-notitie-uniek", NOW)
        .unwrap();
    let group = store
        .create_group("WEG-groep-uniek", None, "WEG-groepsnotitie", NOW)
        .unwrap();
    store
        .add_members(group, &[member(&instrument, 4, "WEG-deelnemer-uniek")], NOW)
        .unwrap();
    assert!(
        files_hold(&path, "WEG-notitie-uniek"),
        "the test text is on disk"
    );

    store.delete_result(gone).unwrap();
    store.delete_group(group).unwrap();
    for text in [
        "WEG-label-uniek",
        "WEG-notitie-uniek",
        "WEG-groep-uniek",
        "WEG-groepsnotitie",
        "WEG-deelnemer-uniek",
    ] {
        assert!(
            !files_hold(&path, text),
            "{text} must be gone from every file"
        );
    }
    assert!(
        files_hold(&path, "BLIJFT-staan"),
        "what was kept is still there"
    );
    drop(store);
    for text in [
        "WEG-label-uniek",
        "WEG-notitie-uniek",
        "WEG-deelnemer-uniek",
    ] {
        assert!(!files_hold(&path, text), "{text} after closing");
    }
}

#[test]
fn a_record_the_database_refuses_is_skipped_and_the_others_are_added() {
    let instrument = instrument();
    let mut source = Store::in_memory().unwrap();
    let first = complete_one(&mut source, &instrument);
    let second = complete_one(&mut source, &instrument);
    let mut records = source.records().unwrap();
    // A date the Rust check once let through and the database refuses.
    let bad = records.iter_mut().find(|r| r.result.id == first).unwrap();
    bad.goal = Some(Goal {
        role: Role::Verbinder,
        assignment: "x".into(),
        review_on: Some("2027-+1-01".into()),
    });
    let mut store = Store::in_memory().unwrap();
    let outcome = store.import(&records).expect("the import goes on");
    let by_id: std::collections::HashMap<_, _> = records
        .iter()
        .map(|r| r.result.id)
        .zip(outcome.iter().copied())
        .collect();
    assert_eq!(by_id[&first], Imported::Refused);
    assert_eq!(by_id[&second], Imported::Added);
    let stored = store.results().unwrap();
    assert_eq!(stored.len(), 1, "only the good record is stored");
    assert_eq!(stored[0].id, second);
    assert!(
        store.answers(first).unwrap().is_empty(),
        "nothing of the refused record is left behind"
    );

    // The same for a workshop group.
    let group = store.create_group("Groep", None, "", NOW).unwrap();
    let good = member(&instrument, 4, "");
    let mut refused = member(&instrument, 2, "");
    refused.profile.roles[0].score = 250.0;
    let outcome = store
        .add_members(group, &[refused, good.clone()], NOW)
        .unwrap();
    assert_eq!(outcome, vec![Imported::Refused, Imported::Added]);
    assert_eq!(store.members(group).unwrap(), vec![good]);
}

#[test]
fn deleting_everything_also_removes_backups_and_damaged_copies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "damaged ".repeat(500)).unwrap();
    let (mut store, _) = open(&path);
    std::fs::write(
        path.with_file_name("rolspiegel-backup-v1-5.db"),
        b"an old backup",
    )
    .unwrap();
    std::fs::write(
        path.with_file_name("rolspiegel-backup-v1-5.db-wal"),
        b"its log",
    )
    .unwrap();
    assert_eq!(store.kept_copies().len(), 2);
    assert_eq!(store.wipe().unwrap(), 2, "both copies removed");
    assert!(store.kept_copies().is_empty());
    let left: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("rolspiegel.db"))
        .collect();
    assert!(left.is_empty(), "nothing else left: {left:?}");
}

#[test]
fn a_lists_answers_over_all_groups_count_each_result_once() {
    let v1 = instrument();
    let v2 = Instrument::from_json(include_str!("../../../assets/instrument/v2.json"))
        .expect("the shipped list is valid");
    let mut store = Store::in_memory().expect("memory");
    let first = store
        .create_group("Ochtend", None, "", NOW)
        .expect("create");
    let second = store.create_group("Middag", None, "", NOW).expect("create");
    let old = store
        .create_group("Vorig jaar", None, "", NOW)
        .expect("create");
    let (a, b, c) = (
        member(&v2, 4, "Sam"),
        member(&v2, 2, ""),
        member(&v2, 5, ""),
    );
    store
        .add_members(first, &[a.clone(), b.clone()], NOW)
        .expect("add");
    // `a` sits in both groups; `c` only in the second.
    store
        .add_members(second, &[a.clone(), c.clone()], NOW + 1)
        .expect("add");
    store
        .add_members(old, &[member(&v1, 3, "")], NOW)
        .expect("add");

    assert_eq!(
        store.group_results_per_list().expect("lists"),
        vec![(1, 1), (2, 3)],
        "a result in two groups counts once"
    );
    let plain = |answers: Vec<Vec<(String, Answer)>>| {
        let mut rows: Vec<Vec<(String, Option<u8>)>> = answers
            .into_iter()
            .map(|row| row.into_iter().map(|(s, a)| (s, a.value())).collect())
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(
        plain(store.list_answers(2).expect("answers")),
        plain(vec![a.answers, b.answers, c.answers])
    );
    assert_eq!(store.list_answers(1).expect("answers").len(), 1);
    assert!(store.list_answers(3).expect("answers").is_empty());
}

/// Every released list, as the app ships it.
fn lists() -> [Instrument; 2] {
    [
        instrument(),
        Instrument::from_json(include_str!("../../../assets/instrument/v2.json"))
            .expect("list 2 is valid"),
    ]
}

/// Varied answers to every statement (some "weet ik niet"), different per
/// `seed`, so that every role has its own spread.
fn varied(instrument: &Instrument, seed: usize) -> Answers {
    let mut answers = Answers::new(instrument);
    for (i, s) in instrument.statements().iter().enumerate() {
        let answer = if (i + seed).is_multiple_of(17) {
            Answer::DontKnow
        } else {
            agree(1 + ((i * 7 + seed * 3 + i * i * seed) % 5) as i64)
        };
        answers
            .record(instrument, s.id.as_str(), answer)
            .expect("record");
    }
    answers
}

#[test]
fn upgrading_to_schema_four_fills_in_the_spread_of_stored_results_from_their_answers() {
    let migrations = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rolspiegel.db");
    // A schema-3 database as the released build wrote it: its own results of
    // both lists and a group with members of both lists, scores without the
    // spread column.
    let mut expected = Vec::new();
    {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        for file in ["0001_initial.sql", "0002_journal.sql", "0003_groups.sql"] {
            let sql = std::fs::read_to_string(migrations.join(file)).expect("migration");
            conn.execute_batch(&sql).expect("released migration");
        }
        conn.pragma_update(None, "user_version", 3)
            .expect("version");
        let group = "00000000-0000-4000-8000-0000000000aa";
        conn.execute(
            "INSERT INTO workshop_group (id, name, created_at) VALUES (?1, 'zaal 2', ?2)",
            rusqlite::params![group, NOW],
        )
        .expect("group");
        for (n, instrument) in lists().iter().cycle().take(6).enumerate() {
            let id = format!("00000000-0000-4000-8000-{n:012}");
            let answers = varied(instrument, n + 1);
            let profile = score(instrument, &answers).expect("complete");
            let own = n % 2 == 0;
            if own {
                conn.execute(
                    "INSERT INTO assessment (id, instrument_version, started_at, completed_at)
                     VALUES (?1, ?2, ?3, ?3)",
                    rusqlite::params![id, instrument.version(), NOW + n as i64],
                )
                .expect("assessment");
            } else {
                conn.execute(
                    "INSERT INTO group_member (group_id, result_id, instrument_version, added_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    rusqlite::params![group, id, instrument.version(), NOW],
                )
                .expect("member");
            }
            for s in instrument.statements() {
                let value = answers.get(s.id.as_str()).and_then(|a| a.value());
                if own {
                    conn.execute(
                        "INSERT INTO answer (assessment_id, statement_id, value, answered_at)
                         VALUES (?1, ?2, ?3, ?4)",
                        rusqlite::params![id, s.id.as_str(), value, NOW],
                    )
                } else {
                    conn.execute(
                        "INSERT INTO group_answer (group_id, result_id, statement_id, value)
                         VALUES (?1, ?2, ?3, ?4)",
                        rusqlite::params![group, id, s.id.as_str(), value],
                    )
                }
                .expect("answer");
            }
            for r in profile.roles {
                let row = rusqlite::params![
                    id,
                    r.role.key(),
                    r.score,
                    r.share,
                    r.answered as i64,
                    r.total as i64
                ];
                if own {
                    conn.execute(
                        "INSERT INTO role_score (assessment_id, role, score, share, answered, total)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        row,
                    )
                } else {
                    conn.execute(
                        &format!(
                            "INSERT INTO group_score (group_id, result_id, role, score, share, answered, total)
                             VALUES ('{group}', ?1, ?2, ?3, ?4, ?5, ?6)"
                        ),
                        row,
                    )
                }
                .expect("score");
            }
            expected.push((id, own, profile));
        }
    }

    let (store, opened) = open(&path);
    assert_eq!(opened, Opened::Ready);
    let results = store.results().expect("results");
    let group = store.groups().expect("groups")[0].id;
    let members = store.member_profiles(group).expect("members");
    assert_eq!((results.len(), members.len()), (3, 3));
    let mut named = 0;
    for (id, own, profile) in &expected {
        let stored = if *own {
            results
                .iter()
                .find(|r| r.id.to_string() == *id)
                .map(|r| r.profile)
        } else {
            members
                .iter()
                .find(|m| m.result_id.to_string() == *id)
                .map(|m| m.profile)
        }
        .expect("kept");
        for role in Role::ALL {
            let (want, got) = (
                profile.of(role).variance.expect("known"),
                stored.of(role).variance.expect("filled in"),
            );
            assert!(
                (want - got).abs() < 1e-12,
                "{id} {role:?}: {got} for {want}"
            );
            assert!(want > 0.1, "the answers vary: {want}");
        }
        assert_eq!(
            stored.mix, profile.mix,
            "{id}: the same mix as a fresh score"
        );
        named += usize::from(profile.mix.highest().is_some());
    }
    assert!(named < expected.len(), "not every mix names a highest role");
}

#[test]
fn the_keying_the_upgrade_to_schema_four_uses_is_that_of_the_shipped_lists() {
    let sql = include_str!("../migrations/0004_spread.sql");
    let mut rows: Vec<(u32, String, String, bool)> = sql
        .split('(')
        .filter_map(|part| {
            let inner = part.split(')').next()?;
            let fields: Vec<&str> = inner.split(", ").collect();
            let [version, id, role, reverse] = fields.as_slice() else {
                return None;
            };
            Some((
                version.parse().ok()?,
                id.strip_prefix('\'')?.strip_suffix('\'')?.to_owned(),
                role.strip_prefix('\'')?.strip_suffix('\'')?.to_owned(),
                match *reverse {
                    "0" => false,
                    "1" => true,
                    _ => return None,
                },
            ))
        })
        .collect();
    let mut shipped: Vec<(u32, String, String, bool)> = lists()
        .iter()
        .flat_map(|list| {
            list.statements().iter().map(|s| {
                (
                    list.version(),
                    s.id.as_str().to_owned(),
                    s.role.key().to_owned(),
                    s.keying == rolspiegel_core::Keying::Reverse,
                )
            })
        })
        .collect();
    rows.sort();
    shipped.sort();
    assert_eq!(rows.len(), 42 + 44);
    assert_eq!(rows, shipped);
}

#[test]
fn the_widest_spread_an_answer_pattern_can_have_is_stored_and_read_back() {
    // Keyed answers alternating 1 and 5 (seven of each): s² = 14 · 4 / 13 =
    // 4.3077, above the population variance 4.
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, _) = open(&db_in(&dir));
    let instrument = instrument();
    let id = store.start(1, NOW).expect("start");
    let mut answers = Answers::new(&instrument);
    let mut seen = [0_usize; 3];
    for s in instrument.statements() {
        let n = &mut seen[s.role.index()];
        *n += 1;
        let keyed = if n.is_multiple_of(2) { 1 } else { 5 };
        let value = agree(match s.keying {
            rolspiegel_core::Keying::Positive => keyed,
            rolspiegel_core::Keying::Reverse => 6 - keyed,
        });
        store
            .save_answer(id, s.id.as_str(), value, NOW)
            .expect("save");
        answers
            .record(&instrument, s.id.as_str(), value)
            .expect("record");
    }
    let profile = score(&instrument, &answers).expect("complete");
    store.complete(id, &profile, NOW + 1).expect("complete");
    let stored = store.result(id).expect("read").expect("kept").profile;
    for role in Role::ALL {
        let variance = stored.of(role).variance.expect("stored");
        assert!(variance > 4.0 && variance < 8.0, "{role:?}: {variance}");
        assert_eq!(Some(variance), profile.of(role).variance);
    }
}

// What was found from outside (issue "Every backup reads back"): each is a
// test that failed before the fix.

/// Runs `f` on another thread and fails the test if it has not finished
/// within ten seconds (instead of hanging the run).
fn within_seconds<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(f());
    });
    receive
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("finished within ten seconds, without blocking")
}

#[test]
fn a_fifo_where_the_database_belongs_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rolspiegel.db");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let error = within_seconds(move || Store::open(&path, NOW).err())
        .expect("a FIFO is not opened as a database");
    assert!(matches!(error, StoreError::NotAFile(_)), "got {error:?}");
    assert_eq!(error.cause(), rolspiegel_storage::Cause::NotAFile);
    let kind = std::fs::symlink_metadata(dir.path().join("rolspiegel.db"))
        .unwrap()
        .file_type();
    use std::os::unix::fs::FileTypeExt;
    assert!(kind.is_fifo(), "left where it was");
}

#[test]
fn a_second_rolspiegel_on_the_same_database_is_refused_until_the_first_closes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let (mut first, _) = open(&path);
    let id = first.start(1, NOW).expect("start");
    first.save_answer(id, "b01", agree(4), NOW).expect("save");
    let error = Store::open(&path, NOW).expect_err("the first one has it");
    assert!(matches!(error, StoreError::InUse), "got {error:?}");
    assert_eq!(error.cause(), rolspiegel_storage::Cause::InUse);
    assert_eq!(
        first.draft().unwrap().map(|d| d.id),
        Some(id),
        "the first one's scan is untouched"
    );
    drop(first);
    let (second, _) = open(&path);
    assert_eq!(second.draft().unwrap().map(|d| d.id), Some(id));
}

#[test]
fn a_nearly_full_disk_is_told_as_a_full_disk_however_little_is_free() {
    // Below 32 KiB free SQLite cannot grow the log's shared memory and says
    // "disk I/O error"; above it, writes fail with "disk full".
    for free in [0u64, 4 * 1024, 16 * 1024, 40 * 1024, 128 * 1024] {
        let Some(disk) = SmallDisk::or_not_run(1024) else {
            return;
        };
        let path = disk.path().join("rolspiegel.db");
        let (mut store, _) = open(&path);
        complete_one(&mut store, &instrument());
        drop(store);
        disk.fill_leaving(free);
        let error = match Store::open(&path, NOW) {
            Err(error) => error,
            Ok((mut store, _)) => {
                let id = store.start(1, NOW);
                let mut failure = id.as_ref().err().map(|e| format!("{e:?}"));
                let mut cause = id.as_ref().err().map(StoreError::cause);
                if let Ok(id) = id {
                    for n in 0..10_000 {
                        let statement = format!("filler-{n:05}-{}", "x".repeat(200));
                        if let Err(e) = store.save_answer(id, &statement, agree(3), NOW) {
                            failure = Some(format!("{e:?}"));
                            cause = Some(e.cause());
                            break;
                        }
                    }
                }
                assert_eq!(
                    cause,
                    Some(rolspiegel_storage::Cause::DiskFull),
                    "{free}: {failure:?}"
                );
                continue;
            }
        };
        assert_eq!(
            error.cause(),
            rolspiegel_storage::Cause::DiskFull,
            "{free}: {error:?}"
        );
    }
}

#[test]
fn a_read_only_disk_after_a_crash_opens_read_only_and_says_so_on_writes() {
    let Some(disk) = SmallDisk::or_not_run(1024) else {
        return;
    };
    let source = tempfile::tempdir().expect("temp dir");
    let crashed = crashed_database(source.path());
    let path = disk.path().join("rolspiegel.db");
    std::fs::copy(&crashed, &path).unwrap();
    std::fs::copy(
        format!("{}-wal", crashed.display()),
        format!("{}-wal", path.display()),
    )
    .unwrap();
    // The shared-memory file as a crash leaves it: there, with the log.
    std::fs::write(format!("{}-shm", path.display()), vec![0u8; 32 * 1024]).unwrap();
    disk.make_read_only();
    let (mut store, opened) = open(&path);
    assert_eq!(opened, Opened::ReadOnly);
    assert_eq!(store.results().unwrap().len(), 1, "what is stored shows");
    let error = store.start(1, NOW).expect_err("nothing new is saved");
    assert_eq!(
        error.cause(),
        rolspiegel_storage::Cause::ReadOnly,
        "{error:?}"
    );
}

#[test]
fn a_write_waits_for_another_connection_instead_of_failing_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let (mut store, _) = open(&path);
    let id = store.start(1, NOW).expect("start");
    // Another connection (an import in another process, say) holds the
    // write lock for a moment.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    other
        .execute("INSERT INTO setting (key, value) VALUES ('other', 'x')", [])
        .unwrap();
    let holder = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        other.execute_batch("COMMIT").unwrap();
    });
    store
        .save_answer(id, "b01", agree(4), NOW)
        .expect("waits for the lock, then saves");
    holder.join().unwrap();
    assert_eq!(store.answer_count(id).unwrap(), 1);
    assert_eq!(store.setting("other").unwrap().as_deref(), Some("x"));
}

#[test]
fn a_scan_completed_after_the_clock_went_back_does_not_end_before_it_began() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let id = store.start(instrument.version(), NOW).expect("start");
    let mut answers = Answers::new(&instrument);
    for s in instrument.statements() {
        store.save_answer(id, s.id.as_str(), agree(3), NOW).unwrap();
        answers
            .record(&instrument, s.id.as_str(), agree(3))
            .unwrap();
    }
    let profile = score(&instrument, &answers).unwrap();
    // The clock was set back an hour while the scan was open.
    store.complete(id, &profile, NOW - 3_600_000).unwrap();
    let result = store.result(id).unwrap().unwrap();
    assert_eq!((result.started_at, result.completed_at), (NOW, NOW));
}

#[test]
fn a_backup_that_does_not_fit_leaves_no_file() {
    // With a little room free, VACUUM INTO starts its copy and then fails:
    // the half copy must not stay as one of the kept backups.
    for free in [8 * 1024u64, 64 * 1024] {
        let Some(disk) = SmallDisk::or_not_run(1024) else {
            return;
        };
        let fixture =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db");
        let path = disk.path().join("rolspiegel.db");
        std::fs::copy(&fixture, &path).expect("copy fixture");
        // Enough data that the copy needs more than what is free.
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute(
                "INSERT INTO setting (key, value) VALUES ('ballast', ?1)",
                ["x".repeat(200 * 1024)],
            )
            .unwrap();
        }
        disk.fill_leaving(free);
        let before: Vec<String> = std::fs::read_dir(disk.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let error = Store::open(&path, NOW).expect_err("no room for the backup");
        assert_eq!(
            error.cause(),
            rolspiegel_storage::Cause::DiskFull,
            "{error:?}"
        );
        assert!(kept_copies(&path).is_empty(), "{free}: no half backup kept");
        let mut after: Vec<String> = std::fs::read_dir(disk.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with("-shm") && !n.ends_with("-wal") && !n.ends_with(".lock"))
            .collect();
        after.sort();
        let mut before: Vec<String> = before
            .into_iter()
            .filter(|n| !n.ends_with("-shm") && !n.ends_with("-wal"))
            .collect();
        before.sort();
        assert_eq!(after, before, "{free}: nothing new left on the disk");
    }
}

#[test]
fn pruning_keeps_the_new_backup_and_the_best_good_ones_whatever_their_names_say() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rolspiegel.db");
    let far_future = NOW + 10 * 365 * 24 * 3_600_000;
    // Three old backups stamped in the future (a clock that was ahead),
    // one of them empty (left by a failed copy of an older version), and a
    // schema-2 and a schema-1 backup from the past.
    let name = |what: &str| dir.path().join(format!("rolspiegel-backup-{what}.db"));
    std::fs::copy(
        fixtures.join("schema-v1.db"),
        name(&format!("v1-{far_future}")),
    )
    .unwrap();
    std::fs::copy(
        fixtures.join("schema-v1.db"),
        name(&format!("v1-{}", far_future + 1)),
    )
    .unwrap();
    std::fs::write(name(&format!("v3-{}", far_future + 2)), b"").unwrap();
    std::fs::copy(
        fixtures.join("schema-v2.db"),
        name(&format!("v2-{}", NOW - 10)),
    )
    .unwrap();
    std::fs::copy(fixtures.join("schema-v3.db"), &path).unwrap();
    let (_, opened) = open(&path);
    assert_eq!(opened, Opened::Ready);
    let kept: Vec<String> = kept_copies(&path).iter().map(|c| c.file_name()).collect();
    let mut expected = vec![
        format!("rolspiegel-backup-v3-{NOW}.db"),
        format!("rolspiegel-backup-v2-{}.db", NOW - 10),
        format!("rolspiegel-backup-v1-{}.db", far_future + 1),
    ];
    expected.sort();
    let mut kept_sorted = kept.clone();
    kept_sorted.sort();
    assert_eq!(
        kept_sorted, expected,
        "the new one, then the newer schema, then the same schema by name"
    );
}

#[test]
fn an_interrupted_wipe_is_remembered_until_it_is_finished() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let (mut store, _) = open(&path);
    complete_one(&mut store, &instrument());
    assert!(!store.wipe_unfinished().unwrap());
    // A wipe is killed after it marked itself but before it finished.
    store.set_setting("wipe-in-progress", "started").unwrap();
    store.abandon_as_if_killed();
    let (mut store, _) = open(&path);
    assert!(store.wipe_unfinished().unwrap(), "the next start sees it");
    store.wipe().unwrap();
    assert!(!store.wipe_unfinished().unwrap(), "finished");
    assert!(store.results().unwrap().is_empty());
}

#[test]
fn the_group_generation_changes_with_every_change_to_a_group_and_never_comes_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = db_in(&dir);
    let instrument = instrument();
    let (mut store, _) = open(&path);
    let mut seen = vec![store.group_generation()];
    let mut changed = |store: &Store, what: &str| {
        let now = store.group_generation();
        assert!(
            !seen.contains(&now),
            "{what}: {now} seen before in {seen:?}"
        );
        seen.push(now);
    };
    let a = store.create_group("A", None, "", NOW).expect("create");
    changed(&store, "a group made");
    let b = store.create_group("B", None, "", NOW).expect("create");
    store
        .add_members(
            a,
            &[member(&instrument, 4, "Sam"), member(&instrument, 2, "")],
            NOW,
        )
        .expect("add");
    changed(&store, "results added");
    store
        .add_members(
            b,
            &[member(&instrument, 5, ""), member(&instrument, 1, "")],
            NOW,
        )
        .expect("add");
    changed(&store, "results added to another group");
    // Reading changes nothing.
    let before = store.group_generation();
    store.groups().expect("groups");
    store.member_profiles(a).expect("profiles");
    assert_eq!(store.group_generation(), before);
    // Deleting the group added last and adding as many others to the
    // first reuses the same row ids: the count of rows and their ids alone
    // would look the same as before.
    store.delete_group(b).expect("delete");
    changed(&store, "a group deleted with its results");
    store
        .add_members(
            a,
            &[member(&instrument, 3, ""), member(&instrument, 3, "")],
            NOW,
        )
        .expect("add");
    changed(&store, "other results in the same rows");
    store.wipe().expect("wipe");
    changed(&store, "everything wiped");
}
