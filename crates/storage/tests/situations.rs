//! Situations and their ratings against real SQLite files in temporary
//! folders: rating one answer at a time survives a kill, a completed rating
//! reads back with its scores, a backup's records go into a fresh store
//! unchanged, and deleting a situation or everything leaves nothing behind.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_core::{score, Answer, Answers, Instrument, Keying, Likert, SituationId};
use rolspiegel_storage::{Imported, Store, StoreError};

const NOW: i64 = 1_763_800_000_000;

fn situation_list() -> Instrument {
    Instrument::from_json(include_str!("../../../assets/instrument/situation-v1.json")).unwrap()
}

fn agree(v: i64) -> Answer {
    Answer::Scale(Likert::new(v).unwrap())
}

/// Rates a situation with `value` on every statement and completes it.
fn rate(store: &mut Store, situation: SituationId, value: i64, at: i64) {
    let list = situation_list();
    let draft = store.start_rating(situation, list.version(), at).unwrap();
    let mut answers = Answers::new(&list);
    for s in list.statements() {
        // Positive statements get `value`, reversed ones the other side.
        let v = match s.keying {
            Keying::Positive => value,
            Keying::Reverse => 6 - value,
        };
        store
            .save_rating_answer(draft.id, s.id.as_str(), agree(v), at)
            .unwrap();
        answers.record(&list, s.id.as_str(), agree(v)).unwrap();
    }
    let profile = score(&list, &answers).unwrap();
    store
        .complete_rating(draft.id, &profile, at + 1000)
        .unwrap();
}

#[test]
fn a_rating_is_kept_answer_by_answer_through_a_kill_and_completes_later() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rolspiegel.db");
    let (mut store, _) = Store::open(&path, NOW).unwrap();
    let id = store
        .add_situation("Project Wijkaanpak, fase 2", "met de gemeente", NOW)
        .unwrap();
    let draft = store.start_rating(id, 1, NOW).unwrap();
    store
        .save_rating_answer(draft.id, "sb01", agree(5), NOW)
        .unwrap();
    store
        .save_rating_answer(draft.id, "so06", Answer::DontKnow, NOW)
        .unwrap();
    store.abandon_as_if_killed();

    let (mut store, _) = Store::open(&path, NOW).unwrap();
    let entry = store.situation(id).unwrap().unwrap();
    assert_eq!(entry.situation.name, "Project Wijkaanpak, fase 2");
    assert_eq!(entry.situation.note, "met de gemeente");
    assert!(entry.ratings.is_empty());
    let resumed = entry.draft.expect("the rating is still in progress");
    assert_eq!(resumed.id, draft.id);
    assert_eq!(
        resumed.answers,
        vec![
            ("sb01".to_string(), agree(5)),
            ("so06".to_string(), Answer::DontKnow)
        ]
    );
    // Starting again resumes it; nothing new begins.
    assert_eq!(store.start_rating(id, 1, NOW + 5).unwrap(), resumed);
    assert_eq!(store.rating_answer_count(draft.id).unwrap(), 2);

    store.discard_rating(draft.id).unwrap();
    rate(&mut store, id, 4, NOW + 10);
    rate(&mut store, id, 2, NOW + 20);
    let entry = store.situation(id).unwrap().unwrap();
    assert!(entry.draft.is_none());
    let scores: Vec<_> = entry
        .ratings
        .iter()
        .map(|r| r.profile.roles.map(|s| s.score))
        .collect();
    // Newest first: all 2 on positive / 4 on reversed gives keyed 2 → 25.
    assert_eq!(scores, vec![[25.0; 3], [75.0; 3]]);
    assert_eq!(entry.ratings[0].completed_at, NOW + 1020);
    let first = store.rating(entry.ratings[1].id).unwrap().unwrap();
    assert_eq!(first, entry.ratings[1]);
    assert!(matches!(
        store.save_rating_answer(first.id, "sb01", agree(1), NOW),
        Err(StoreError::AlreadyCompleted(_))
    ));
}

#[test]
fn situations_go_into_a_fresh_store_unchanged_and_are_deleted_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(&dir.path().join("a.db"), NOW).unwrap();
    let job = store
        .add_situation("Mijn huidige functie", "", NOW)
        .unwrap();
    let crisis = store.add_situation("Crisisteam", "", NOW + 1).unwrap();
    rate(&mut store, job, 4, NOW + 2);
    rate(&mut store, crisis, 2, NOW + 3);
    rate(&mut store, crisis, 3, NOW + 4);
    store.start_rating(job, 1, NOW + 5).unwrap();
    let records = store.situation_records().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].situation.name, "Crisisteam", "named last first");
    assert_eq!(records[0].ratings.len(), 2);
    assert!(records[0].ratings[0].0.completed_at < records[0].ratings[1].0.completed_at);
    assert_eq!(records[0].ratings[0].1.len(), 30, "answers come along");

    let (mut fresh, _) = Store::open(&dir.path().join("b.db"), NOW).unwrap();
    assert_eq!(
        fresh.import_situations(&records).unwrap(),
        vec![Imported::Added, Imported::Added]
    );
    assert_eq!(fresh.situation_records().unwrap(), records);
    assert_eq!(
        fresh.import_situations(&records).unwrap(),
        vec![Imported::AlreadyPresent, Imported::AlreadyPresent],
        "read twice, nothing doubles"
    );
    assert_eq!(fresh.situation_records().unwrap(), records);

    store.delete_situation(crisis).unwrap();
    assert!(store.situation(crisis).unwrap().is_none());
    assert!(matches!(
        store.delete_situation(crisis),
        Err(StoreError::UnknownSituation(_))
    ));
    assert!(matches!(
        store.start_rating(crisis, 1, NOW),
        Err(StoreError::UnknownSituation(_))
    ));
    store.wipe().unwrap();
    assert!(store.situations().unwrap().is_empty());
    assert!(store.situation_records().unwrap().is_empty());
}
