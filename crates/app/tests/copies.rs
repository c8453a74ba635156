//! The copies kept beside the database, through the service on real files:
//! an upgrade's backup and a damaged file are listed with what they hold,
//! and what a backup holds can be added again without changing anything
//! stored; only copies of this folder can be named.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_app::error::ErrorCode;
use rolspiegel_app::service::Service;

#[test]
fn kept_copies_are_listed_with_what_they_hold_and_a_backup_can_be_added_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rolspiegel.db");
    // A database of schema version 5 (one result, one scan in progress):
    // opening it upgrades it, after a backup beside it.
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../storage/tests/fixtures/schema-v5.db"
        ),
        &db,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("rolspiegel-damaged-1763800000000.db"),
        b"not a database at all".repeat(50),
    )
    .unwrap();
    let mut service = Service::start(Some(&db), Some("nl")).unwrap();
    let copies = service.kept_copies().unwrap();
    assert_eq!(copies.len(), 2, "{copies:?}");
    let backup = copies.iter().find(|c| c.kind == "backup").unwrap();
    assert!(backup.readable);
    assert_eq!(
        (backup.results, backup.groups, backup.situations),
        (1, 0, 0)
    );
    let damaged = copies.iter().find(|c| c.kind == "damaged").unwrap();
    assert!(!damaged.readable);
    assert_eq!(damaged.results, 0);
    let untouched = std::fs::read(dir.path().join(&backup.file)).unwrap();

    // Adding from it while the result is here changes nothing.
    let report = service.add_from_copy(&backup.file).unwrap();
    assert_eq!((report.added, report.already_present), (0, 1));
    // Removed here, it comes back from the copy.
    let id = service.results().unwrap()[0].id.clone();
    service.delete_result(&id).unwrap();
    assert!(service.results().unwrap().is_empty());
    let report = service.add_from_copy(&backup.file).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(service.results().unwrap()[0].id, id);
    assert_eq!(
        std::fs::read(dir.path().join(&backup.file)).unwrap(),
        untouched,
        "the kept copy itself is never changed"
    );
    // A damaged copy gives nothing and breaks nothing.
    assert_eq!(service.add_from_copy(&damaged.file).unwrap().added, 0);
    // Only a copy of this folder, by its name.
    for name in ["../rolspiegel.db", "rolspiegel.db", "/etc/passwd"] {
        assert_eq!(
            service.add_from_copy(name).unwrap_err().code,
            ErrorCode::FileRead
        );
    }
}
