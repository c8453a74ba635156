//! Where the time to the first screen goes on the Rust side (issue 28,
//! part 4): each step of `Service::start` on its own, the whole start on an
//! existing database with a year of use in it, and the first screen's
//! `startup` answer. `bench/launch.py` measures the window around it.
//! Run with `make bench` (or `cargo bench -p rolspiegel-app --bench startup`).
// Set-up code may panic: a benchmark that cannot set up must stop.
#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

mod common;
use common::scan;

use criterion::{criterion_group, criterion_main, Criterion};
use rolspiegel_app::service::{instruments, situation_lists, Service};
use rolspiegel_i18n::Localizer;

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
