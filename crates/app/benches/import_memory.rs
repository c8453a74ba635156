//! Memory while importing hostile files: the peak resident memory above idle
//! for each file, through the same service call the window makes (read the
//! file, parse, check, store, word the report). Target: under 100 MB above
//! idle for any file under the size cap (issue 8, point 4).
//!
//! Linux only: the peak is read from `/proc/self/status` (VmHWM) after
//! resetting it through `/proc/self/clear_refs`. Run with `make bench`, or
//! `cargo bench -p rolspiegel-app --bench import_memory`.
// A benchmark may stop at a broken set-up: it is not app code.
#![allow(clippy::expect_used)]

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

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let group = uuid_like();
    let cases: Vec<(&str, String)> = vec![
        (
            "results file of zeros (10 MiB)",
            zeros(
                r#"{"format": "rolspiegel-results", "version": 1, "results": ["#,
                MAX_IMPORT_BYTES,
            ),
        ),
        (
            "group file of zeros (10 MiB)",
            zeros(
                &format!(
                    r#"{{"format": "rolspiegel-group", "version": 1, "id": "{group}", "name": "G", "participants": ["#
                ),
                MAX_GROUP_BYTES,
            ),
        ),
        (
            "backup of zeros (16 MiB)",
            zeros(
                r#"{"format": "rolspiegel-backup", "version": 1, "groups": [], "results": ["#,
                MAX_OPEN_BYTES,
            ),
        ),
        (
            "one result with a huge answers object (10 MiB)",
            one_huge_entry(MAX_IMPORT_BYTES),
        ),
    ];
    // Each file in a fresh process: memory freed by an earlier case stays
    // resident and would hide the next case's growth.
    let case = std::env::args().find_map(|a| a.strip_prefix("--case=").map(str::to_owned));
    let Some(case) = case.and_then(|c| c.parse::<usize>().ok()) else {
        println!(
            "{:<48} {:>12}  what the report says",
            "file", "peak above idle"
        );
        let exe = std::env::current_exe().expect("own path");
        let mut over = false;
        for n in 0..cases.len() {
            let status = std::process::Command::new(&exe)
                .arg(format!("--case={n}"))
                .status()
                .expect("runs a case");
            over |= !status.success();
        }
        if over {
            eprintln!("a file went over the {TARGET_MB} MB target");
            std::process::exit(1);
        }
        return;
    };
    let (name, text) = &cases[case];
    let path = dir.path().join("case.json");
    std::fs::write(&path, text).expect("write case");
    let db = dir.path().join("case.db");
    let mut service = Service::start(Some(&db), Some("nl_NL.UTF-8")).expect("starts");
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
    let mut over = false;
    print_case(name, measured, &mut over);
    if over {
        std::process::exit(1);
    }
}

fn uuid_like() -> String {
    "1b4e28ba-2fa1-41d2-883f-0016d3cca427".to_owned()
}

/// Runs `work` and returns its result with the peak resident memory above
/// what was resident just before, in MB.
fn measure<T>(work: impl FnOnce() -> T) -> (T, f64) {
    // Reset the peak to the current resident size.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let idle = status_kb("VmRSS:");
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
