//! What the app's integration tests share: a service on a real database in
//! a temp dir, real scans of the shipped list, and a real full disk.
#![allow(clippy::expect_used, clippy::unwrap_used, dead_code)]

use rolspiegel_app::disk::{write_file, SaveTarget};
use rolspiegel_app::error::AppError;
use rolspiegel_app::files::write_error;
use rolspiegel_app::service::Service;
use rolspiegel_app::wire::{FinishOutcome, ScanView, StartOutcome};
use rolspiegel_core::{
    score, Answer, Answers, AssessmentId, Group, GroupId, GroupMember, Instrument, Keying,
    ReflectionQuestion, ResultRecord, Role, StoredResult,
};

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
    let disk = small_disk::SmallDisk::or_not_run(256)?;
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

/// Answers to every statement of `list`: `values` cycled, and "weet ik
/// niet" where a value is 0. Scored, or every answer made 3 when too many
/// were skipped to score.
pub fn answered(
    list: &Instrument,
    values: &[u8],
) -> (Vec<(String, Answer)>, rolspiegel_core::Profile) {
    let pick = |i: usize| values[i % values.len().max(1)];
    let mut given: Vec<(String, Answer)> = list
        .statements()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let v = pick(i);
            let answer = if v == 0 {
                Answer::DontKnow
            } else {
                Answer::from_value(Some(i64::from(v))).unwrap()
            };
            (s.id.to_string(), answer)
        })
        .collect();
    let scored = |given: &[(String, Answer)]| {
        let mut answers = Answers::new(list);
        for (id, a) in given {
            answers.record(list, id, *a).unwrap();
        }
        score(list, &answers)
    };
    let profile = match scored(&given) {
        Ok(profile) => profile,
        Err(_) => {
            for (_, a) in &mut given {
                *a = Answer::from_value(Some(3)).unwrap();
            }
            scored(&given).unwrap()
        }
    };
    given.sort_by(|a, b| a.0.cmp(&b.0));
    (given, profile)
}

/// The largest store the backup tests restore (and the memory bench reads
/// back): 2,000 results, 1,100 of them with four 4,000-character
/// reflections, and 10 groups of 1,000 participants; times from `now`.
pub fn big_store(now: i64) -> (Vec<ResultRecord>, Vec<(Group, Vec<GroupMember>)>) {
    let lists = rolspiegel_app::service::instruments().unwrap();
    let list = lists.current();
    let long: String = "Lange reflectie over mijn rol in het team. "
        .repeat(94)
        .chars()
        .take(4_000)
        .collect();
    let records = (0..2_000)
        .map(|i| {
            let (answers, profile) = answered(list, &[1 + (i % 5) as u8, 3, 4, 2, 5]);
            let reflections = if i < 1_100 {
                ReflectionQuestion::ALL
                    .into_iter()
                    .map(|q| (q, long.clone()))
                    .collect()
            } else {
                Vec::new()
            };
            ResultRecord {
                result: StoredResult {
                    id: AssessmentId::new(),
                    instrument_version: list.version(),
                    started_at: now + i64::from(i) * 60_000,
                    completed_at: now + i64::from(i) * 60_000 + 600_000,
                    label: format!("Uitslag {i}"),
                    profile,
                },
                answers,
                reflections,
                goal: None,
            }
        })
        .collect();
    let groups = (0..10)
        .map(|g| {
            let members: Vec<GroupMember> = (0..1_000)
                .map(|m| {
                    let (answers, profile) = answered(list, &[1 + ((g + m) % 5) as u8, 2, 4]);
                    GroupMember {
                        result_id: AssessmentId::new(),
                        name: format!("Deelnemer {m}"),
                        instrument_version: list.version(),
                        answers,
                        profile,
                        pairing: None,
                    }
                })
                .collect();
            let group = Group {
                id: GroupId::new(),
                name: format!("Groep {g}"),
                held_on: None,
                notes: String::new(),
                created_at: now,
                members: members.len(),
            };
            (group, members)
        })
        .collect();
    (records, groups)
}
