//! Where the time to the first screen goes on the Rust side (issue 28,
//! part 4): each step of `Service::start` on its own, the whole start on an
//! existing database with a year of use in it, and the first screen's
//! `startup` answer. `bench/launch.py` measures the window around it.
//! Run with `make bench` (or `cargo bench -p rolspiegel-app --bench startup`).
// Set-up code may panic: a benchmark that cannot set up must stop.
#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use rolspiegel_app::service::{instruments, situation_lists, Service};
use rolspiegel_app::wire::{FinishOutcome, StartOutcome};
use rolspiegel_i18n::Localizer;

/// A complete scan of the current list with answers varied by `n`.
fn scan(service: &mut Service, n: usize) {
    let StartOutcome::Started { scan } = service.start_scan(None).unwrap() else {
        panic!("a fresh database has no scan in progress");
    };
    let statements = service.instrument().statements().to_vec();
    for (i, statement) in statements.iter().enumerate() {
        let value = 1 + ((i * 7 + n * 3) % 5) as i64;
        service
            .save_answer(&scan.assessment_id, statement.id.as_str(), Some(value))
            .unwrap();
    }
    assert!(matches!(
        service.finish_scan(&scan.assessment_id).unwrap(),
        FinishOutcome::Complete { .. }
    ));
}

fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rolspiegel.db");
    {
        // A year of use: 24 results.
        let mut service = Service::start(Some(&db), Some("nl_NL.UTF-8")).unwrap();
        for n in 0..24 {
            scan(&mut service, n);
        }
    }
    c.bench_function("start: statement lists", |b| {
        b.iter(|| black_box((instruments().unwrap(), situation_lists().unwrap())))
    });
    c.bench_function("start: Fluent bundles (both languages)", |b| {
        b.iter(|| black_box(Localizer::new().unwrap()))
    });
    c.bench_function("start: Service::start on an existing database", |b| {
        b.iter(|| black_box(Service::start(Some(&db), Some("nl_NL.UTF-8")).unwrap()))
    });
    // The first start after installing: the database is made and brought to
    // the newest schema (every migration, each step written to disk).
    let mut n = 0;
    c.bench_function("start: Service::start making a new database", |b| {
        b.iter(|| {
            n += 1;
            let fresh = dir.path().join(format!("new-{n}.db"));
            black_box(Service::start(Some(&fresh), Some("nl_NL.UTF-8")).unwrap())
        })
    });
    let mut service = Service::start(Some(&db), Some("nl_NL.UTF-8")).unwrap();
    c.bench_function("start: the first screen's startup answer", |b| {
        b.iter(|| black_box(service.startup()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = startup
}
criterion_main!(benches);
