//! The copies kept beside the database, through the service on real files:
//! an upgrade's backup and a damaged file are listed with what they hold,
//! and what a backup holds can be added again without changing anything
//! stored; only copies of this folder can be named. A backup the person
//! saved into the data folder is listed and added from the same way.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_app::error::ErrorCode;
use rolspiegel_app::service::Service;

/// A database as release 0.1.0 left it (schema 5: one result, one scan in
/// progress) at `db`: opening it upgrades it, after a backup beside it.
fn released_database(db: &std::path::Path) {
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../storage/tests/fixtures/schema-v5.db"
        ),
        db,
    )
    .unwrap();
}

#[test]
fn kept_copies_are_listed_with_what_they_hold_and_a_backup_can_be_added_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rolspiegel.db");
    released_database(&db);
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

#[test]
fn a_backup_saved_into_the_data_folder_is_listed_and_can_be_added_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rolspiegel.db");
    released_database(&db);
    let mut service = Service::start(Some(&db), Some("nl")).unwrap();
    // The person saved a backup into the data folder, with a name of their
    // own; beside it a results export and a file that only looks like JSON.
    let backup = service.export_backup().unwrap();
    std::fs::write(dir.path().join("Mijn reservekopie.JSON"), &backup).unwrap();
    let export = service
        .export_data(rolspiegel_app::wire::DataFormat::Json)
        .unwrap();
    std::fs::write(dir.path().join("uitslagen.json"), export).unwrap();
    std::fs::write(dir.path().join("kapot.json"), b"{\"format\": \"rolspie").unwrap();
    std::fs::create_dir(dir.path().join("map.json")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        dir.path().join("Mijn reservekopie.JSON"),
        dir.path().join("link.json"),
    )
    .unwrap();

    let copies = service.kept_copies().unwrap();
    let saved: Vec<_> = copies.iter().filter(|c| c.kind == "saved").collect();
    assert_eq!(saved.len(), 1, "only the backup itself: {copies:?}");
    assert_eq!(saved[0].file, "Mijn reservekopie.JSON");
    assert!(saved[0].readable);
    assert_eq!(
        (saved[0].results, saved[0].groups, saved[0].situations),
        (1, 0, 0)
    );
    assert_eq!(copies[0].kind, "saved", "newest first: {copies:?}");

    let id = service.results().unwrap()[0].id.clone();
    service.delete_result(&id).unwrap();
    let report = service.add_from_copy("Mijn reservekopie.JSON").unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.file, "Mijn reservekopie.JSON");
    assert_eq!(service.results().unwrap()[0].id, id);
    assert_eq!(
        std::fs::read(dir.path().join("Mijn reservekopie.JSON")).unwrap(),
        backup,
        "the saved file is never changed"
    );
    for name in [
        "uitslagen.json",
        "link.json",
        "map.json",
        "../Mijn reservekopie.JSON",
    ] {
        assert_eq!(
            service.add_from_copy(name).unwrap_err().code,
            ErrorCode::FileRead,
            "{name}"
        );
    }

    // The same file is counted again once it changed: now it holds two.
    let first = service.results().unwrap()[0].id.clone();
    service.delete_result(&first).unwrap();
    let later = service.export_backup().unwrap();
    assert_ne!(later.len(), backup.len());
    std::fs::write(dir.path().join("Mijn reservekopie.JSON"), &later).unwrap();
    let copies = service.kept_copies().unwrap();
    let saved: Vec<_> = copies.iter().filter(|c| c.kind == "saved").collect();
    assert_eq!(saved[0].results, 0, "recounted: {saved:?}");

    // Wiping leaves the person's own backup, and says so first.
    let summary = service.wipe_summary().unwrap();
    assert_eq!(summary.saved, 1);
    service.wipe().unwrap();
    assert_eq!(
        std::fs::read(dir.path().join("Mijn reservekopie.JSON")).unwrap(),
        later
    );
}

#[test]
fn a_saved_backup_is_shown_by_a_name_that_cannot_turn_text_around() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rolspiegel.db");
    let service = Service::start(Some(&db), Some("nl")).unwrap();
    let name = "kopie\u{202E}nosj.json";
    std::fs::write(dir.path().join(name), service.export_backup().unwrap()).unwrap();
    let copies = service.kept_copies().unwrap();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(copies[0].file, name, "the key stays the file's own name");
    assert!(!copies[0].name.contains('\u{202E}'), "{:?}", copies[0].name);
}
