//! Feedback requests and colleagues' answers against real SQLite files in
//! temporary folders: a request reads back with its questions, an answer set
//! is stored once (again: already there; same key, other answers: kept as it
//! was), answers read back in no order of arrival, and deleting a request or
//! everything leaves nothing behind.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_core::{Answer, ColleagueResponse, FeedbackRequest, Likert, RequestId};
use rolspiegel_storage::{Imported, Opened, Store, StoreError};

const NOW: i64 = 1_763_800_000_000;

fn open(dir: &tempfile::TempDir) -> Store {
    let (store, opened) = Store::open(&dir.path().join("rolspiegel.db"), NOW).unwrap();
    assert_eq!(opened, Opened::Ready);
    store
}

fn request(questions: &[&str]) -> FeedbackRequest {
    FeedbackRequest {
        id: RequestId::new(),
        known_as: "Sam".into(),
        language: "nl".into(),
        list_version: 2,
        questions: questions.iter().map(|q| (*q).to_owned()).collect(),
        created_at: NOW,
    }
}

fn response(key: u8, value: i64, open: &[&str]) -> ColleagueResponse {
    ColleagueResponse {
        key: [key; 8],
        answers: vec![
            ("b01".into(), Answer::Scale(Likert::new(value).unwrap())),
            ("o01".into(), Answer::DontKnow),
        ],
        open: open.iter().map(|t| (*t).to_owned()).collect(),
    }
}

#[test]
fn a_request_reads_back_with_its_questions_and_how_many_answered() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let first = request(&[
        "Waarin zou ik deze rol meer kunnen gebruiken?",
        "Wat valt op?",
    ]);
    let mut second = request(&[]);
    second.created_at = NOW + 1;
    second.known_as = String::new();
    second.language = "en".into();
    store.add_request(&first).unwrap();
    store.add_request(&second).unwrap();
    store
        .add_response(first.id, &response(1, 4, &["a", ""]))
        .unwrap();
    drop(store);

    let store = open(&dir);
    assert_eq!(
        store.requests().unwrap(),
        vec![(second.clone(), 0), (first.clone(), 1)],
        "newest first"
    );
    assert_eq!(store.request(first.id).unwrap(), Some(first));
    assert_eq!(store.request(RequestId::new()).unwrap(), None);
}

#[test]
fn an_answer_set_is_kept_once_and_never_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let asked = request(&["Wat valt op?"]);
    store.add_request(&asked).unwrap();
    let given = response(7, 4, &["Meer <b>lef</b>"]);
    assert_eq!(
        store.add_response(asked.id, &given).unwrap(),
        Imported::Added
    );
    assert_eq!(
        store.add_response(asked.id, &given).unwrap(),
        Imported::AlreadyPresent
    );
    // The same statements in another order are the same answers.
    let mut turned = given.clone();
    turned.answers.reverse();
    assert_eq!(
        store.add_response(asked.id, &turned).unwrap(),
        Imported::AlreadyPresent
    );
    let other = response(7, 1, &["Meer <b>lef</b>"]);
    assert_eq!(
        store.add_response(asked.id, &other).unwrap(),
        Imported::Conflict
    );
    // Longer open text than the schema allows: refused, nothing half kept.
    let long = response(8, 3, &[&"x".repeat(1001)]);
    assert_eq!(
        store.add_response(asked.id, &long).unwrap(),
        Imported::Refused
    );
    assert!(matches!(
        store.add_response(RequestId::new(), &given),
        Err(StoreError::UnknownRequest(_))
    ));
    let stored = store.responses(asked.id).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].open, vec!["Meer <b>lef</b>".to_owned()]);
    let mut answers = stored[0].answers.clone();
    answers.sort_by(|a, b| a.0.cmp(&b.0));
    let mut expected = given.answers.clone();
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(answers, expected);
}

#[test]
fn answers_read_back_in_no_order_of_arrival() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let asked = request(&[]);
    store.add_request(&asked).unwrap();
    for key in [9, 2, 5] {
        store
            .add_response(asked.id, &response(key, 3, &[]))
            .unwrap();
    }
    let keys: Vec<u8> = store
        .responses(asked.id)
        .unwrap()
        .iter()
        .map(|r| r.key[0])
        .collect();
    assert_eq!(keys, vec![2, 5, 9], "by their random keys");
    drop(store);
    // Nor does the file keep the order: its answer tables have no row ids.
    let conn = rusqlite::Connection::open(dir.path().join("rolspiegel.db")).unwrap();
    for table in [
        "colleague_response",
        "colleague_answer",
        "colleague_open_answer",
    ] {
        assert!(
            conn.prepare(&format!("SELECT rowid FROM {table}")).is_err(),
            "{table} has row ids"
        );
    }
}

#[test]
fn deleting_a_request_or_everything_leaves_no_answer_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let (a, b) = (request(&["Wat valt op?"]), request(&["Wat valt op?"]));
    store.add_request(&a).unwrap();
    store.add_request(&b).unwrap();
    store
        .add_response(a.id, &response(1, 4, &["geheim A"]))
        .unwrap();
    store
        .add_response(b.id, &response(2, 4, &["geheim B"]))
        .unwrap();
    store.delete_request(a.id).unwrap();
    assert!(matches!(
        store.delete_request(a.id),
        Err(StoreError::UnknownRequest(_))
    ));
    assert_eq!(store.requests().unwrap().len(), 1);
    assert!(store.responses(a.id).unwrap().is_empty());
    store.wipe().unwrap();
    assert!(store.requests().unwrap().is_empty());
    drop(store);
    // Nothing of the open answers is left in the file.
    let bytes = std::fs::read(dir.path().join("rolspiegel.db")).unwrap();
    for secret in [b"geheim A".as_slice(), b"geheim B", b"Wat valt op?"] {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
}
