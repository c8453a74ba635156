//! Storage behaviour against real SQLite files in temporary folders.
// Helpers outside #[test] functions may panic too: this is test code.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;

use rolspiegel_core::{score, Answer, Answers, Goal, Instrument, Likert, ReflectionQuestion, Role};
use rolspiegel_storage::{Imported, Opened, Store, StoreError, SCHEMA_VERSION};

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
