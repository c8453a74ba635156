//! What the app's integration tests share: a service on a real database in
//! a temp dir, real scans of the shipped list, and a real full disk.
#![allow(clippy::expect_used, clippy::unwrap_used, dead_code)]

use rolspiegel_app::disk::{write_file, SaveTarget};
use rolspiegel_app::error::AppError;
use rolspiegel_app::files::write_error;
use rolspiegel_app::service::Service;
use rolspiegel_app::wire::{FinishOutcome, ScanView, StartOutcome};
use rolspiegel_core::{Keying, Role};

#[path = "../../../storage/tests/support/small_disk.rs"]
pub mod small_disk;

/// A service on a fresh database in `dir`, started with the OS locale
/// `locale` (for example "nl_NL.UTF-8").
pub fn service_in(dir: &tempfile::TempDir, locale: &str) -> Service {
    Service::start(Some(&dir.path().join("rolspiegel.db")), Some(locale)).expect("starts")
}

/// Saves `bytes` as `name` on a small disk that is already full, as a save
/// command does after the dialog: the error as the door gets it, and the
/// names of the files left on the disk. `None` (and a line saying why) where
/// no small disk can be mounted here.
pub fn write_to_full_disk(name: &str, bytes: &[u8]) -> Option<(AppError, Vec<String>)> {
    let disk = match small_disk::SmallDisk::mount(256) {
        Ok(disk) => disk,
        Err(why) => {
            eprintln!("not run: {why}");
            return None;
        }
    };
    disk.fill();
    let target = SaveTarget {
        path: disk.path().join(name),
        may_replace: true,
    };
    let error = write_file(&target, bytes).unwrap_err();
    let names = std::fs::read_dir(disk.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    Some((write_error(name, &error), names))
}

/// Starts a new scan as a person does who, asked about a scan in
/// progress, says to throw it away.
pub fn new_scan(service: &mut Service) -> ScanView {
    let outcome = match service.start_scan(None).unwrap() {
        StartOutcome::InProgress { assessment_id, .. } => {
            service.start_scan(Some(&assessment_id)).unwrap()
        }
        started => started,
    };
    match outcome {
        StartOutcome::Started { scan } => scan,
        StartOutcome::InProgress { .. } => panic!("the named scan is replaced"),
    }
}

/// A scan of the current list answered by person `n`: a role strength per
/// role plus a little per-statement wobble, from a fixed recipe so the test
/// is the same every run; every seventh person says "weet ik niet" once.
pub fn person(service: &mut Service, n: u64) -> String {
    let scan = new_scan(service);
    let list = service.instrument().clone();
    let mut state = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % 1000
    };
    let strength: Vec<i64> = (0..3).map(|_| 1 + (next() % 5) as i64).collect();
    for (i, statement) in list.statements().iter().enumerate() {
        let role = Role::ALL.iter().position(|r| *r == statement.role).unwrap();
        let wobble = match next() % 10 {
            0..=1 => -1,
            2..=3 => 1,
            _ => 0,
        };
        let keyed = (strength[role] + wobble).clamp(1, 5);
        let raw = match statement.keying {
            Keying::Positive => keyed,
            Keying::Reverse => 6 - keyed,
        };
        let skipped = n.is_multiple_of(7) && i == 3;
        service
            .save_answer(
                &scan.assessment_id,
                statement.id.as_str(),
                (!skipped).then_some(raw),
            )
            .unwrap();
    }
    match service.finish_scan(&scan.assessment_id).unwrap() {
        FinishOutcome::Complete { result } => result.id,
        FinishOutcome::Incomplete { .. } => panic!("one skip is allowed"),
    }
}
