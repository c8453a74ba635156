//! How long making a PDF report takes (no target in the issue; the figure
//! goes into the closing note): one result with reflections and a goal, a
//! comparison of five with the time line, and a group of 200. Every report
//! is laid out, its charts drawn as vectors, the font subset and the whole
//! document checked against PDF/UA-1 by krilla.
//! Run with `make bench` (or `cargo bench -p rolspiegel-app --bench report`).
// Set-up code may panic: a benchmark that cannot set up must stop.
#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

mod common;
use common::scan;

use criterion::{criterion_group, criterion_main, Criterion};
use rolspiegel_app::service::Service;

fn reports(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut service =
        Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl_NL.UTF-8")).unwrap();
    let ids: Vec<String> = (0..200).map(|n| scan(&mut service, n)).collect();
    let one = &ids[0];
    for question in ["picture", "preference", "pitfalls", "work-asks"] {
        service
            .save_reflection(
                one,
                question,
                &"Een eerlijk antwoord van een paar zinnen. ".repeat(8),
            )
            .unwrap();
    }
    service
        .save_goal(
            one,
            "verbinder",
            "Elke week een partner bellen.",
            Some("2027-03-01"),
        )
        .unwrap();
    let group = service.create_group("Traineeship", None, "").unwrap();
    service.add_own_results_to_group(&group.id, &ids).unwrap();
    let five = ids[..5].to_vec();

    c.bench_function("result report (3 pages)", |b| {
        b.iter(|| black_box(service.result_report(one).unwrap()))
    });
    c.bench_function("comparison report of five", |b| {
        b.iter(|| black_box(service.compare_report(&five).unwrap()))
    });
    c.bench_function("group report of 200", |b| {
        b.iter(|| black_box(service.group_report(&group.id).unwrap()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = reports
}
criterion_main!(benches);
