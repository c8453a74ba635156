//! The PDF reports through the behaviour: real scans on a real database, the
//! real Fluent files, read back with poppler's pdftotext and pikepdf
//! (`tests/pdf/structure.py`). Pages go to `artifacts/report/` as PNG.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use rolspiegel_app::disk::read_file;
use rolspiegel_app::error::ErrorCode;
use rolspiegel_app::service::Service;
use rolspiegel_pdf_check::{figures, in_order, info, of_type, render_pages, structure, text};

mod common;
use common::{person, service_in, write_to_full_disk};

fn out(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/report");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    render_pages(&path, &dir.join(name), 70);
    path
}

fn scored(service: &mut Service, n: u64) -> (String, [String; 3]) {
    let id = person(service, n);
    let view = service.result(&id).unwrap();
    let scores = [0, 1, 2]
        .map(|i| rolspiegel_i18n::format_decimal(service.language(), view.roles[i].score, 1, 1));
    (id, scores)
}

#[test]
fn a_result_report_holds_everything_in_reading_order_in_dutch_and_english() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let (id, scores) = scored(&mut service, 4);
    service.set_label(&id, "Na de reorganisatie").unwrap();
    service
        .save_reflection(
            &id,
            "picture",
            "Ik zie de Verbinder vooral in overleg met de wijk.",
        )
        .unwrap();
    service
        .save_reflection(
            &id,
            "pitfalls",
            "<b>Te snel</b> beslissen & anderen vergeten",
        )
        .unwrap();
    service
        .save_goal(
            &id,
            "ondernemer",
            "Bij elk nieuw project bel ik eerst twee partners.",
            Some("2027-03-01"),
        )
        .unwrap();

    let started = std::time::Instant::now();
    let bytes = service.result_report(&id).unwrap();
    let took = started.elapsed();
    let pdf = out("uitslag-nl", &bytes);
    eprintln!("result report: {} bytes in {took:?}", bytes.len());
    let words = text(&pdf);
    in_order(
        &words,
        &[
            "Jouw mix in Rolspiegel",
            "Ingevuld op",
            "Je naam voor deze uitslag: Na de reorganisatie",
            "Lijst met stellingen: versie 2.",
            "Gemaakt op",
            "Je scores per rol, op een schaal van 0 tot 100",
            "Bureaucraat",
            &scores[0],
            "Ondernemer",
            &scores[1],
            "Verbinder",
            &scores[2],
            "De marge laat zien hoe precies je score is.",
            "We schatten de marge uit hoe je antwoorden",
            "Wat zegt je mix?",
            "De drie rollen",
            "Waar staat deze rol voor?",
            "Sterke kanten",
            "Valkuilen",
            "Wanneer heb je deze rol nodig?",
            "Denk er eens over na",
            "Welk beeld heb jij van de drie rollen?",
            "Ik zie de Verbinder vooral in overleg met de wijk.",
            "Wat zijn jouw valkuilen, en hoe voorkom je ze?",
            "<b>Te snel</b> beslissen & anderen vergeten",
            "Jouw ontwikkeldoel",
            "De rol waarin je wilt groeien: Ondernemer",
            "Bij elk nieuw project bel ik eerst twee partners.",
            "Je kijkt er opnieuw naar op 1 mrt 2027.",
            "Wat de scores wel en niet zeggen",
        ],
    );
    // The unanswered questions are left out, not printed empty.
    assert!(!words.contains("Waar ligt jouw voorkeur?"));

    let info = info(&pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Title:           Jouw mix in Rolspiegel"),
        "{info}"
    );
    let doc = structure(&pdf);
    assert_eq!(doc["lang"], "nl");
    assert_eq!(doc["uaPart"], "1");
    let alts = figures(&doc);
    assert_eq!(alts.len(), 1);
    for score in &scores {
        assert!(
            alts[0].contains(score.as_str()),
            "the chart's alternative text gives {score}: {}",
            alts[0]
        );
    }
    let h2: Vec<&str> = of_type(&doc, "H2")
        .iter()
        .map(|h| h["title"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        h2,
        [
            "Wat zegt je mix?",
            "De drie rollen",
            "Denk er eens over na",
            "Jouw ontwikkeldoel",
            "Wat de scores wel en niet zeggen"
        ]
    );
    // The alternative text gives each margin too, as the table does.
    assert!(alts[0].contains("met een marge van"), "{}", alts[0]);
    assert_eq!(of_type(&doc, "TH").len(), 5 + 3);

    // The same result in English: every word, the numbers with a point.
    service.set_language("en").unwrap();
    let bytes = service.result_report(&id).unwrap();
    let pdf = out("uitslag-en", &bytes);
    let words = text(&pdf);
    let english = scores.map(|s| s.replace(',', "."));
    in_order(
        &words,
        &[
            "Your mix in Rolspiegel",
            "Completed on",
            "Your name for this result: Na de reorganisatie",
            "Bureaucraat",
            &english[0],
            "Think about it",
            "<b>Te snel</b> beslissen & anderen vergeten",
            "Your development goal",
            "What the scores do and do not say",
        ],
    );
    assert_eq!(structure(&pdf)["lang"], "en");
}

#[test]
fn a_comparison_report_tells_changes_from_noise_and_shows_the_time_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let ids: Vec<String> = (1..=3).map(|n| person(&mut service, n)).collect();
    let bytes = service.compare_report(&ids).unwrap();
    let pdf = out("vergelijking-nl", &bytes);
    // Three results of one day: each title carries its time of day.
    let view = service.compare(&ids).unwrap();
    for item in &view.results {
        let time = rolspiegel_app::dates::clock_time(item.completed_at);
        assert!(item.date_text.ends_with(&time), "{}", item.date_text);
    }
    let words = text(&pdf);
    in_order(
        &words,
        &[
            "3 uitslagen vergelijken",
            "Scores per uitslag, met de verandering sinds de uitslag ervoor",
            "Echte verandering of toeval?",
            "Van ",
            "Bureaucraat: ",
            "punten, tussen ",
            "Van de eerste naar de laatste",
            "Je rollen door de tijd",
            "Wat de scores wel en niet zeggen",
        ],
    );
    let doc = structure(&pdf);
    let figures = figures(&doc);
    assert_eq!(figures.len(), 2, "the radar and the time line");
    let first = service.result(&ids[0]).unwrap();
    let score = rolspiegel_i18n::format_decimal(service.language(), first.roles[0].score, 1, 1);
    assert!(
        figures.iter().all(|alt| alt.contains(&score)),
        "{figures:?}"
    );

    assert_eq!(
        service.compare_report(&ids[..1]).unwrap_err().code,
        ErrorCode::CompareCount
    );
}

#[test]
fn a_group_report_names_no_one_and_needs_three_results() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let group = service
        .create_group("Traineeship <Noord> & Zuid", None, "")
        .unwrap();
    let names = ["Fatima el Amrani", "Joost de Vries", "Ελένη Παπαδοπούλου"];
    let mut files = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let id = person(&mut service, n as u64 + 10);
        let bytes = service.participant_file(&id, name).unwrap();
        let path = dir.path().join(format!("deelnemer-{n}.json"));
        std::fs::write(&path, bytes).unwrap();
        files.push(path);
    }
    service
        .add_files_to_group(
            &group.id,
            files[..2].iter().map(|p| read_file(p, 1 << 20)).collect(),
        )
        .unwrap();
    assert_eq!(
        service.group_report(&group.id).unwrap_err().code,
        ErrorCode::GroupTooSmall
    );

    service
        .add_files_to_group(&group.id, vec![read_file(&files[2], 1 << 20)])
        .unwrap();
    let view = service.group_view(&group.id, false).unwrap();
    let bytes = service.group_report(&group.id).unwrap();
    let pdf = out("groep-nl", &bytes);
    let words = text(&pdf);
    for name in names {
        for part in name.split(' ') {
            if part.len() > 3 {
                assert!(!words.contains(part), "{part} appears in the group report");
            }
        }
    }
    let mean = rolspiegel_i18n::format_decimal(service.language(), view.stats[0].mean, 1, 1);
    in_order(
        &words,
        &[
            "Groepsrapport: Traineeship <Noord> & Zuid",
            "Dit rapport noemt geen namen",
            "De groep per rol, op een schaal van 0 tot 100",
            "Bureaucraat",
            &mean,
            "Waar staat de groep?",
            "Hoe ver liggen de scores uit elkaar?",
            "Alle deelnemers op het radardiagram",
            "Wat de scores wel en niet zeggen",
        ],
    );
    let doc = structure(&pdf);
    let figures = figures(&doc);
    assert_eq!(figures.len(), 3);
    assert!(figures.iter().all(|alt| alt.contains(&mean)), "{figures:?}");
    assert_eq!(
        service.group_report("no-such-group").unwrap_err().code,
        ErrorCode::BadRequest
    );
}

#[test]
fn a_report_that_does_not_fit_on_the_disk_leaves_no_half_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service_in(&dir, "nl_NL.UTF-8");
    let id = person(&mut service, 3);
    let bytes = service.result_report(&id).unwrap();
    let Some((error, names)) = write_to_full_disk("rolspiegel-rapport.pdf", &bytes) else {
        return;
    };
    assert_eq!(error.code, ErrorCode::FileWrite);
    assert_eq!(names, ["filler"], "no half report and no temporary file");
}
