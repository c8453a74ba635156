//! How the history feels with years of results: 1,000 stored results, read as
//! the history list, compared (radar and time line drawn) and imported.
//! Run with `make bench` (or `cargo bench -p rolspiegel-app --bench history`).
// Set-up code may panic: a benchmark that cannot set up must stop.
#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use rolspiegel_app::disk::read_file;
use rolspiegel_app::files::MAX_OPEN_BYTES;
use rolspiegel_app::service::{Service, INSTRUMENT_V1};
use rolspiegel_core::{score, Answer, Answers, Instrument, Likert};
use rolspiegel_storage::{AssessmentId, ResultRecord, StoredResult};

const RESULTS: usize = 1_000;
const START: i64 = 1_700_000_000_000;
const WEEK: i64 = 7 * 24 * 3_600_000;

/// 1,000 results a week apart with varied answers, as an export file.
fn export_file(dir: &Path) -> std::path::PathBuf {
    let instrument = Instrument::from_json(INSTRUMENT_V1).expect("shipped list");
    let records: Vec<ResultRecord> = (0..RESULTS)
        .rev()
        .map(|n| {
            let mut answers = Answers::new(&instrument);
            let mut raw = Vec::new();
            for (i, statement) in instrument.statements().iter().enumerate() {
                let value = 1 + ((n * 7 + i * 3) % 5) as i64;
                let answer = Answer::Scale(Likert::new(value).expect("1–5"));
                answers
                    .record(&instrument, statement.id.as_str(), answer)
                    .expect("known statement");
                raw.push((statement.id.to_string(), answer));
            }
            let at = START + n as i64 * WEEK;
            ResultRecord {
                result: StoredResult {
                    id: AssessmentId::new(),
                    instrument_version: instrument.version(),
                    started_at: at,
                    completed_at: at + 600_000,
                    label: format!("meting {n}"),
                    profile: score(&instrument, &answers).expect("complete"),
                },
                answers: raw,
                reflections: Vec::new(),
                goal: None,
            }
        })
        .collect();
    let path = dir.join("history.json");
    std::fs::write(&path, rolspiegel_exchange::export_json(&records, START)).expect("write");
    path
}

fn fresh_service(dir: &Path, name: &str) -> Service {
    Service::start(Some(&dir.join(name)), Some("nl_NL.UTF-8")).expect("starts")
}

fn history(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = export_file(dir.path());
    let mut service = fresh_service(dir.path(), "bench.db");
    let report = service
        .import_file(read_file(&file, MAX_OPEN_BYTES))
        .expect("import");
    assert_eq!(report.added, RESULTS);
    let ids: Vec<String> = service
        .history()
        .expect("history")
        .into_iter()
        .map(|h| h.id)
        .collect();

    c.bench_function("history of 1,000 results", |b| {
        b.iter(|| black_box(service.history().expect("history")))
    });
    c.bench_function("compare 2 of 1,000 (radar)", |b| {
        b.iter(|| black_box(service.compare(&ids[..2]).expect("compare")))
    });
    c.bench_function("compare 5 of 1,000 (radar and time line)", |b| {
        b.iter(|| black_box(service.compare(&ids[..5]).expect("compare")))
    });
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("import 1,000 results into an empty database", |b| {
        let mut n = 0;
        b.iter_batched(
            || {
                n += 1;
                fresh_service(dir.path(), &format!("import-{n}.db"))
            },
            |mut service| {
                black_box(
                    service
                        .import_file(read_file(&file, MAX_OPEN_BYTES))
                        .expect("import"),
                )
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, history);
criterion_main!(benches);
