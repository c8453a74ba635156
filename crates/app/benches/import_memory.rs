//! Memory while importing hostile files and the largest real backup: the
//! peak resident memory above idle for each file, through the same service
//! call the window makes (read the file, parse, check, store, word the
//! report). Target: under 100 MB above idle for any file under the size cap
//! (issue 8, point 4); the real backup is measured for the record (its size,
//! the time to read it back and restore it, and its peak).
//!
//! Linux only: the peak is read from `/proc/self/status` (VmHWM) of a
//! process that does nothing but the one import. Run with `make bench`, or
//! `cargo bench -p rolspiegel-app --bench import_memory`.
// A benchmark may stop at a broken set-up: it is not app code.
#![allow(clippy::expect_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use rolspiegel_app::disk::read_file;
use rolspiegel_app::files::MAX_OPEN_BYTES;
use rolspiegel_app::service::Service;
use rolspiegel_exchange::{MAX_GROUP_BYTES, MAX_IMPORT_BYTES};

const TARGET_MB: f64 = 100.0;

fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// A document whose list is `[0,0,0,…]` up to `size` bytes.
fn zeros(head: &str, size: u64) -> String {
    let mut text = String::from(head);
    text.push('0');
    while (text.len() as u64) < size - 8 {
        text.push_str(",0");
    }
    text.push_str("]}");
    text
}

/// One result whose answers object has as many keys as fit.
fn one_huge_entry(size: u64) -> String {
    let mut text = String::from(
        r#"{"format": "rolspiegel-results", "version": 1, "results": [{"id": "x", "answers": {"#,
    );
    let mut n = 0u64;
    while (text.len() as u64) < size - 64 {
        text.push_str(&format!("\"k{n}\":1,"));
        n += 1;
    }
    text.push_str("\"end\":1}}]}");
    text
}

/// Makes a case's file.
type MakeFile = Box<dyn Fn() -> String>;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // The parent writes every case to a file; each case is then read in a
    // fresh process (`--case=N --dir=…`) that holds nothing else, so its
    // peak resident memory is the import's own. Memory freed by an earlier
    // case would stay resident and hide the next case's growth.
    let arg = |name: &str| std::env::args().find_map(|a| a.strip_prefix(name).map(str::to_owned));
    if let (Some(case), Some(dir)) = (arg("--case="), arg("--dir=")) {
        run_case(&case, std::path::Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let group = uuid_like();
    let cases: Vec<(&str, MakeFile)> = vec![
        (
            "results file of zeros (64 MiB)",
            Box::new(|| {
                zeros(
                    r#"{"format": "rolspiegel-results", "version": 1, "results": ["#,
                    MAX_IMPORT_BYTES,
                )
            }),
        ),
        (
            "group file of zeros (10 MiB)",
            Box::new(move || {
                zeros(
                    &format!(
                        r#"{{"format": "rolspiegel-group", "version": 1, "id": "{group}", "name": "G", "participants": ["#
                    ),
                    MAX_GROUP_BYTES,
                )
            }),
        ),
        (
            "backup of zeros (64 MiB)",
            Box::new(|| {
                zeros(
                    r#"{"format": "rolspiegel-backup", "version": 1, "groups": [], "results": ["#,
                    MAX_OPEN_BYTES,
                )
            }),
        ),
        (
            "one result with a huge answers object (64 MiB)",
            Box::new(|| one_huge_entry(MAX_IMPORT_BYTES)),
        ),
        (
            "real backup: 2,000 results, 10 × 1,000 members",
            Box::new(real_backup),
        ),
    ];
    println!(
        "{:<48} {:>12}  what the report says",
        "file", "peak above idle"
    );
    let exe = std::env::current_exe().expect("own path");
    let mut over = false;
    for (n, (name, make)) in cases.iter().enumerate() {
        let kind = if name.starts_with("group") {
            "group"
        } else {
            "import"
        };
        std::fs::write(dir.path().join(format!("{n}.{kind}.json")), make()).expect("write case");
        std::fs::write(dir.path().join(format!("{n}.name")), name).expect("write name");
        let status = std::process::Command::new(&exe)
            .arg(format!("--case={n}"))
            .arg(format!("--dir={}", dir.path().display()))
            .status()
            .expect("runs a case");
        over |= !status.success();
        let _ = std::fs::remove_file(dir.path().join(format!("{n}.{kind}.json")));
    }
    if over {
        eprintln!("a file went over the {TARGET_MB} MB target");
        std::process::exit(1);
    }
}

/// Imports case `n` from `dir` in this (fresh) process and prints its peak.
fn run_case(n: &str, dir: &std::path::Path) {
    let name = std::fs::read_to_string(dir.join(format!("{n}.name"))).expect("name");
    let group = dir.join(format!("{n}.group.json"));
    let path = if group.exists() {
        group
    } else {
        dir.join(format!("{n}.import.json"))
    };
    let size = std::fs::metadata(&path).expect("case file").len();
    let db = dir.join(format!("{n}.db"));
    let mut service = Service::start(Some(&db), Some("nl_NL.UTF-8")).expect("starts");
    let started = std::time::Instant::now();
    let measured = measure(|| {
        if name.starts_with("group") {
            service
                .open_group_file(read_file(&path, MAX_GROUP_BYTES))
                .map(|o| {
                    (
                        o.report.problems.len(),
                        o.report.more_problems,
                        o.report.not_read,
                    )
                })
        } else {
            service
                .import_file(read_file(&path, MAX_OPEN_BYTES))
                .map(|r| (r.problems.len(), r.more_problems, r.not_read))
        }
    });
    let seconds = started.elapsed().as_secs_f64();
    let mut over = false;
    print_case(&name, measured, &mut over);
    println!(
        "{:<48} {:>9.1} MB file, read and stored in {seconds:.2} s",
        "",
        size as f64 / 1e6
    );
    if over {
        std::process::exit(1);
    }
}

/// The largest real backup the tests restore (`tests/backup.rs`), written by
/// the app's own writer.
fn real_backup() -> String {
    let now = 1_764_000_000_000;
    let (records, groups) = common::big_store(now);
    rolspiegel_exchange::backup_json(&records, &groups, &[], &[], &[], now)
}

fn uuid_like() -> String {
    "1b4e28ba-2fa1-41d2-883f-0016d3cca427".to_owned()
}

/// Runs `work` and returns its result with the peak resident memory above
/// what was resident just before, in MB.
fn measure<T>(work: impl FnOnce() -> T) -> (T, f64) {
    // This process has done nothing but start the service, so its peak so
    // far is about what is resident now.
    let idle = status_kb("VmRSS:").max(status_kb("VmHWM:"));
    let out = work();
    let peak = status_kb("VmHWM:");
    (out, peak.saturating_sub(idle) as f64 / 1024.0)
}

fn print_case(
    name: &str,
    (outcome, mb): (
        Result<(usize, usize, usize), rolspiegel_app::error::AppError>,
        f64,
    ),
    over: &mut bool,
) {
    let reported = match outcome {
        Ok((listed, more, not_read)) => {
            format!("{listed} problems listed, {more} more counted, {not_read} not read")
        }
        Err(e) => format!("refused: {e}"),
    };
    if mb > TARGET_MB {
        *over = true;
    }
    println!("{name:<48} {mb:>9.1} MB  {reported}");
}
