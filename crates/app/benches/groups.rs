//! A workshop group at scale: figures and charts for 1,000 and 10,000
//! participants, importing 1,000 participant files, redrawing the group
//! view of 1,000 people and the group report of 10,000. Run with
//! `make bench`.
// Set-up code may panic: a benchmark that cannot set up must stop.
#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use rolspiegel_app::disk::read_file;
use rolspiegel_app::service::{Service, INSTRUMENT_V1};
use rolspiegel_charts::Chart;
use rolspiegel_core::{group_stats, score, Answer, Answers, Instrument, Likert, Profile};
use rolspiegel_exchange::MAX_PARTICIPANT_BYTES;
use rolspiegel_storage::{AssessmentId, GroupMember};

/// A participant with varied answers, as their app would make them: every
/// answer drawn from a small pseudo-random generator seeded by `n`, so a
/// thousand participants have (almost) a thousand different profiles, as a
/// real group would.
fn member(instrument: &Instrument, n: usize) -> GroupMember {
    let mut answers = Answers::new(instrument);
    let mut raw = Vec::new();
    let mut seed = (n as u64)
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    // Each participant leans towards a role, as people do.
    let lean = n % 3;
    for (i, statement) in instrument.statements().iter().enumerate() {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let noise = (seed >> 33) % 5;
        let value = if i % 3 == lean {
            3 + (noise % 3) as i64
        } else {
            1 + noise as i64
        };
        let answer = Answer::Scale(Likert::new(value).expect("1–5"));
        answers
            .record(instrument, statement.id.as_str(), answer)
            .expect("known statement");
        raw.push((statement.id.to_string(), answer));
    }
    raw.sort_by(|a, b| a.0.cmp(&b.0));
    GroupMember {
        result_id: AssessmentId::new(),
        name: String::new(),
        instrument_version: instrument.version(),
        answers: raw,
        profile: score(instrument, &answers).expect("complete"),
        pairing: None,
    }
}

fn participant_files(dir: &Path, instrument: &Instrument, count: usize) -> Vec<PathBuf> {
    (0..count)
        .map(|n| {
            let path = dir.join(format!("deelnemer-{n:04}.json"));
            std::fs::write(
                &path,
                rolspiegel_exchange::participant_json(&member(instrument, n)),
            )
            .expect("write");
            path
        })
        .collect()
}

fn groups(c: &mut Criterion) {
    let instrument = Instrument::from_json(INSTRUMENT_V1).expect("shipped list");
    let dir = tempfile::tempdir().expect("temp dir");
    let service =
        Service::start(Some(&dir.path().join("charts.db")), Some("nl_NL.UTF-8")).expect("starts");

    for size in [1_000, 10_000] {
        let profiles: Vec<Profile> = (0..size).map(|n| member(&instrument, n).profile).collect();
        let stats = group_stats(&profiles).expect("big enough");
        c.bench_function(&format!("group statistics, {size} participants"), |b| {
            b.iter(|| black_box(group_stats(black_box(&profiles))))
        });
        let names = vec![String::new(); size];
        c.bench_function(&format!("mix triangle SVG, {size} participants"), |b| {
            b.iter(|| black_box(service.mix_map(&profiles, &names, &stats, false).to_svg()))
        });
        c.bench_function(&format!("group radar SVG, {size} participants"), |b| {
            b.iter(|| black_box(service.group_radar(&profiles, &stats).to_svg()))
        });
        c.bench_function(&format!("dot strips SVG, {size} participants"), |b| {
            b.iter(|| black_box(service.spread(&profiles, &stats).to_svg()))
        });
    }

    // Importing 1,000 files into a new group, and the whole view of it.
    let files_dir = dir.path().join("files");
    std::fs::create_dir(&files_dir).expect("folder");
    let files = participant_files(&files_dir, &instrument, 1_000);
    let mut group = c.benchmark_group("1,000 files");
    group.sample_size(10);
    let mut n = 0;
    group.bench_function("import 1,000 participant files into a group", |b| {
        b.iter_batched(
            || {
                n += 1;
                let mut s = Service::start(
                    Some(&dir.path().join(format!("import-{n}.db"))),
                    Some("nl_NL.UTF-8"),
                )
                .expect("starts");
                let id = s.create_group("Groot", None, "").expect("group").id;
                (s, id)
            },
            |(mut s, id)| {
                // Reading the files is part of it, as in the app.
                let read = files
                    .iter()
                    .map(|p| read_file(p, MAX_PARTICIPANT_BYTES))
                    .collect();
                let report = s.add_files_to_group(&id, read).expect("import");
                assert_eq!(report.added, 1_000);
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let mut filled =
        Service::start(Some(&dir.path().join("view.db")), Some("nl_NL.UTF-8")).expect("starts");
    let id = filled.create_group("Groot", None, "").expect("group").id;
    let read = files
        .iter()
        .map(|p| read_file(p, MAX_PARTICIPANT_BYTES))
        .collect();
    filled.add_files_to_group(&id, read).expect("import");
    c.bench_function(
        "group view of 1,000 participants (figures and three charts)",
        |b| b.iter(|| black_box(filled.group_view(&id, false).expect("view"))),
    );

    // The group report of 10,000 (drawn as the group's shape), from a group
    // file as a facilitator merging an organisation would open it. Target
    // (issue 28): at most 200 ms.
    let members: Vec<GroupMember> = (0..10_000).map(|n| member(&instrument, n)).collect();
    let group = rolspiegel_storage::Group {
        id: rolspiegel_storage::GroupId::new(),
        name: "Hele organisatie".into(),
        held_on: None,
        notes: String::new(),
        created_at: 0,
        members: members.len(),
    };
    let file = rolspiegel_exchange::group_json(&group, &members, None, false);
    let opened = filled
        .open_group_file(rolspiegel_app::disk::ReadFile {
            name: "organisatie.json".into(),
            bytes: Ok(file.into_bytes()),
        })
        .expect("opens");
    assert_eq!(opened.report.added, 10_000);
    let mut report = c.benchmark_group("10,000 participants");
    report.sample_size(10);
    report.bench_function("group report (PDF) of 10,000", |b| {
        b.iter(|| black_box(filled.group_report(&opened.group.id).expect("report")))
    });
    report.finish();
}

criterion_group!(benches, groups);
criterion_main!(benches);
