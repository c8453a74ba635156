//! Feedback requests and the answer codes colleagues send back, through the
//! service with a real database in a temporary folder, the real statement
//! list and the real Fluent files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use rolspiegel_app::error::ErrorCode;
use rolspiegel_app::service::Service;
use rolspiegel_app::wire::{CodeReason, RequestSummary};
use rolspiegel_core::{Answer, Difference, Likert, RequestId};
use rolspiegel_exchange::ColleagueAnswers;
use rolspiegel_i18n::{Language, Localizer};

fn service(dir: &tempfile::TempDir) -> Service {
    Service::start(Some(&dir.path().join("rolspiegel.db")), Some("nl")).unwrap()
}

fn questions() -> Vec<String> {
    vec![
        "Wanneer zie je mij op mijn best?".into(),
        "  ".into(),
        "Wat zou je mij aanraden?".into(),
    ]
}

/// One colleague's code for `request`: `value` on every statement, with
/// open answers.
fn code(request: &RequestSummary, key: u8, value: i64, open: &[&str]) -> String {
    ColleagueAnswers {
        request: RequestId::parse(&request.id).unwrap().key(),
        answer: [key; 8],
        list_version: 2,
        answers: vec![Answer::Scale(Likert::new(value).unwrap()); 44],
        open: open.iter().map(|t| (*t).to_owned()).collect(),
    }
    .encode()
}

#[test]
fn a_request_keeps_its_questions_cleaned_and_refuses_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let made = service
        .create_request("  Sam   de Vries ", "en", &questions())
        .unwrap();
    assert_eq!(made.known_as, "Sam de Vries");
    assert_eq!(made.language, "en");
    assert_eq!(
        made.questions,
        vec![
            "Wanneer zie je mij op mijn best?".to_owned(),
            "Wat zou je mij aanraden?".to_owned()
        ],
        "an empty question is left out"
    );
    assert_eq!(service.requests().unwrap().len(), 1);
    let mut refused = |known_as: &str, language: &str, questions: &[String]| {
        service
            .create_request(known_as, language, questions)
            .unwrap_err()
            .code
    };
    assert_eq!(refused("Sam", "de", &[]), ErrorCode::UnknownLanguage);
    assert_eq!(
        refused(
            "Sam",
            "nl",
            &["a".into(), "b".into(), "c".into(), "d".into()]
        ),
        ErrorCode::BadRequest
    );
    assert_eq!(
        refused("Sam", "nl", &["x".repeat(301)]),
        ErrorCode::TextTooLong
    );
    assert_eq!(
        refused("Sam", "nl", &["Wat \u{202E}zie je?".into()]),
        ErrorCode::TextInvalid
    );
    assert_eq!(refused(&"S".repeat(81), "nl", &[]), ErrorCode::TextTooLong);
    assert_eq!(service.requests().unwrap().len(), 1, "nothing half made");
}

#[test]
fn good_codes_are_kept_once_and_each_bad_one_gets_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let request = service.create_request("Sam", "nl", &questions()).unwrap();
    let other = service.create_request("Sam", "nl", &[]).unwrap();
    let (a, b, c) = (
        code(&request, 1, 4, &["Als het spannend wordt.", ""]),
        code(&request, 2, 2, &[]),
        code(&request, 3, 5, &["\u{202E}omgedraaid"]),
    );
    // Pasted together into one box, with a mail's words around them.
    let pasted = format!("Hoi Sam,\n{a}\n\nen van Noor:\n{b}\nGroet!");
    let report = service.add_codes(&request.id, &pasted).unwrap();
    assert_eq!((report.added, report.already, report.answered), (2, 0, 2));
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    // The third as a file's text; the first again.
    let report = service
        .add_codes(&request.id, &format!("{c}\n{a}"))
        .unwrap();
    assert_eq!((report.added, report.already, report.answered), (1, 1, 3));

    let mut other_list = ColleagueAnswers {
        request: RequestId::parse(&request.id).unwrap().key(),
        answer: [8; 8],
        list_version: 1,
        answers: vec![Answer::DontKnow; 44],
        open: vec![],
    };
    let wrong_list = other_list.encode();
    other_list.list_version = 2;
    other_list.answers.truncate(43);
    let wrong_count = other_list.encode();
    other_list.answers.push(Answer::DontKnow);
    other_list.open = vec!["1".into(), "2".into(), "3".into()];
    let too_many_open = other_list.encode();
    let damaged = b.replacen('-', "-X", 1);
    let given = [
        code(&other, 9, 3, &[]),
        wrong_list,
        wrong_count,
        too_many_open,
        code(&request, 2, 5, &[]),
        damaged,
        "RSP-niets".into(),
    ]
    .join("\n");
    let report = service.add_codes(&request.id, &given).unwrap();
    let reasons: Vec<(usize, CodeReason)> = report
        .problems
        .iter()
        .map(|p| (p.number, p.reason))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (1, CodeReason::OtherRequest),
            (2, CodeReason::OtherList),
            (3, CodeReason::WrongCount),
            (4, CodeReason::TooMuchText),
            (5, CodeReason::Conflict),
            (6, CodeReason::Damaged),
            (7, CodeReason::Damaged),
        ]
    );
    assert_eq!((report.added, report.answered), (0, 3), "nothing changed");
    let report = service
        .add_codes(&request.id, "Ik heb het ingevuld!")
        .unwrap();
    assert_eq!(report.problems[0].reason, CodeReason::NotACode);
    assert_eq!(
        service
            .add_codes(&RequestId::new().to_string(), &a)
            .unwrap_err()
            .code,
        ErrorCode::RequestNotFound
    );
}

#[test]
fn a_flood_of_codes_is_read_up_to_the_limit_and_the_rest_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let request = service.create_request("", "nl", &[]).unwrap();
    let text: String = (0..1000)
        .map(|n| code(&request, 0, 1 + (n % 5), &[]) + "\n")
        .collect();
    let report = service.add_codes(&request.id, &text).unwrap();
    // One answer key: the first is added, the rest are it again or other
    // answers under the same key.
    assert_eq!(report.added, 1);
    assert_eq!(
        report.added + report.already + report.problems.len() + report.not_read,
        1000
    );
    assert!(report.not_read >= 800, "{}", report.not_read);
}

#[test]
fn deleting_a_request_or_everything_removes_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let request = service.create_request("Sam", "nl", &questions()).unwrap();
    service
        .add_codes(&request.id, &code(&request, 1, 4, &["geheim"]))
        .unwrap();
    service.delete_request(&request.id).unwrap();
    assert!(service.requests().unwrap().is_empty());
    assert_eq!(
        service.delete_request(&request.id).unwrap_err().code,
        ErrorCode::RequestNotFound
    );
    service.create_request("Sam", "nl", &[]).unwrap();
    assert_eq!(
        service.wipe_summary().unwrap().requests,
        1,
        "named before a wipe"
    );
    service.wipe().unwrap();
    assert!(service.requests().unwrap().is_empty());
}

#[test]
fn every_reason_a_code_is_refused_is_worded_in_both_languages() {
    let reasons = [
        CodeReason::NotACode,
        CodeReason::TooLong,
        CodeReason::Damaged,
        CodeReason::NewerVersion,
        CodeReason::OutOfRange,
        CodeReason::TooMuchText,
        CodeReason::BadText,
        CodeReason::OtherRequest,
        CodeReason::OtherList,
        CodeReason::WrongCount,
        CodeReason::Conflict,
        CodeReason::Refused,
    ];
    let localizer = Localizer::new().unwrap();
    for language in Language::ALL {
        let ids = Localizer::message_ids(language);
        for reason in reasons {
            let kebab = serde_json::to_value(reason).unwrap();
            let id = format!("colleague-code-{}", kebab.as_str().unwrap());
            assert!(ids.contains(&id), "{id} in {}", language.code());
            let mut args = rolspiegel_i18n::FluentArgs::new();
            args.set("number", 3);
            let text = localizer.message(language, &id, Some(&args)).unwrap();
            assert!(text.contains('3'), "{text}");
        }
    }
}

#[test]
fn the_answer_form_is_one_small_file_that_loads_nothing_and_keeps_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let hostile = "Sam</script><script>alert(1)</script>";
    let request = service
        .create_request(hostile, "nl", &["Wat <b>valt</b> op?".into()])
        .unwrap();
    let form = service.answer_form(&request.id).unwrap();
    println!("answer form: {} bytes", form.len());
    assert!(form.len() <= 150 * 1024, "{} bytes", form.len());
    // Its own policy, before any script: nothing loads, nothing connects.
    let policy = form.find("Content-Security-Policy").expect("a policy");
    assert!(policy < form.find("<script").unwrap());
    assert!(form.contains("default-src 'none'"));
    assert!(form.contains("connect-src 'none'"));
    // Nothing from elsewhere: no address of any server in the page.
    assert!(!form.contains("http://") && !form.contains("https://"));
    // Exactly the page's own script and the data block: the name stayed text.
    assert_eq!(form.matches("<script").count(), 2, "{form:.300}");
    assert_eq!(form.matches("</script>").count(), 2);
    let start = form.find("id=\"rs-request\">").unwrap() + "id=\"rs-request\">".len();
    let end = start + form[start..].find("</script>").unwrap();
    let data: serde_json::Value = serde_json::from_str(&form[start..end]).unwrap();
    assert_eq!(data["statements"].as_array().unwrap().len(), 44);
    assert_eq!(data["lang"], "nl");
    assert_eq!(data["questions"][0], "Wat <b>valt</b> op?");
    assert_eq!(data["key"].as_str().unwrap().len(), 16);
    let title = data["texts"]["nl"]["title"].as_str().unwrap();
    assert!(title.contains(hostile), "{title}");
    assert_eq!(
        data["texts"]["en"]["statements"]["b01"],
        "My colleague finds it important that everyone in the same situation gets the same decision."
    );
    // Without a name the form speaks of "je collega".
    let anonymous = service.create_request("", "en", &[]).unwrap();
    let form = service.answer_form(&anonymous.id).unwrap();
    assert!(form.contains("How do you see your colleague at work?"));
}

/// A colleague's code that keys every statement to `keyed` (1–5).
fn keyed_code(
    service: &Service,
    request: &RequestSummary,
    key: u8,
    keyed: i64,
    open: &[&str],
) -> String {
    let answers = service
        .instrument()
        .statements()
        .iter()
        .map(|s| {
            let raw = match s.keying {
                rolspiegel_core::Keying::Positive => keyed,
                rolspiegel_core::Keying::Reverse => 6 - keyed,
            };
            Answer::Scale(Likert::new(raw).unwrap())
        })
        .collect();
    ColleagueAnswers {
        request: RequestId::parse(&request.id).unwrap().key(),
        answer: [key; 8],
        list_version: 2,
        answers,
        open: open.iter().map(|t| (*t).to_owned()).collect(),
    }
    .encode()
}

#[test]
fn the_view_waits_for_a_third_colleague_then_shows_mean_range_and_open_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let own = common::person(&mut service, 3);
    let request = service.create_request("Sam", "nl", &questions()).unwrap();
    for (key, keyed, open) in [
        (1, 3, ["Rustig.", ""]),
        (2, 4, ["Als het moet.", "Meer lef"]),
    ] {
        let code = keyed_code(&service, &request, key, keyed, &open);
        service.add_codes(&request.id, &code).unwrap();
    }
    let waiting = service.colleague_view(&request.id, None).unwrap();
    assert_eq!((waiting.counted, waiting.needed), (2, 3));
    assert!(waiting.roles.is_empty() && waiting.chart_svg.is_none());
    assert!(waiting.open.is_empty(), "no open answer before the third");

    let code = keyed_code(&service, &request, 3, 5, &["Altijd.", "Niets"]);
    service.add_codes(&request.id, &code).unwrap();
    let view = service.colleague_view(&request.id, Some(&own)).unwrap();
    assert_eq!(view.counted, 3);
    assert_eq!(view.result.as_ref().unwrap().id, own);
    for role in &view.roles {
        // Keyed 3, 4 and 5 on every statement: 50, 75 and 100.
        assert_eq!((role.lowest, role.mean, role.highest), (50.0, 75.0, 100.0));
        assert!(role.band.is_some() && role.seen.is_some());
    }
    assert!(view.chart_svg.as_deref().unwrap().contains("<svg"));
    let mut first: Vec<String> = view.open[0].answers.clone();
    first.sort();
    assert_eq!(first, vec!["Als het moet.", "Altijd.", "Rustig."]);
    let mut second = view.open[1].answers.clone();
    second.sort();
    assert_eq!(
        second,
        vec!["Meer lef", "Niets"],
        "an empty answer is left out"
    );

    // The result's PDF report sets the view beside it: the heading, the
    // verdicts in words, the mean and range in a table, the radar with its
    // words; never one colleague's answers, so no open answer either.
    // Kept with its pages as PNG in artifacts/report/, to look at.
    let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/report");
    std::fs::create_dir_all(&pages).unwrap();
    let pdf = pages.join("colleagues.pdf");
    std::fs::write(&pdf, service.result_report(&own).unwrap()).unwrap();
    rolspiegel_pdf_check::render_pages(&pdf, &pages.join("colleagues"), 70);
    let words = rolspiegel_pdf_check::text(&pdf);
    let seen = |r: &rolspiegel_core::ColleagueRole, role: &str| match r.seen.unwrap() {
        Difference::More => {
            format!("Je collega's zien duidelijk meer van de {role} in jou dan jijzelf.")
        }
        Difference::About => {
            format!("Je collega's zien ongeveer evenveel van de {role} in jou als jijzelf.")
        }
        Difference::Less => {
            format!("Je collega's zien duidelijk minder van de {role} in jou dan jijzelf.")
        }
    };
    let number = |v: f64| rolspiegel_i18n::format_decimal(rolspiegel_i18n::Language::Nl, v, 1, 1);
    let b = &view.roles[0];
    rolspiegel_pdf_check::in_order(
        &words,
        &[
            "Hoe zien collega's jou?",
            "Dit is het beeld van 3 collega's, naast je eigen uitslag.",
            &seen(&view.roles[0], "Bureaucraat"),
            &seen(&view.roles[1], "Ondernemer"),
            &seen(&view.roles[2], "Verbinder"),
            "Bureaucraat",
            &number(b.own),
            "75,0",
            "50,0 tot 100,0",
            "verborgen kracht",
            "blinde vlek",
        ],
    );
    for open in ["Rustig.", "Als het moet.", "Altijd.", "Meer lef", "Niets"] {
        assert!(
            !words.contains(open),
            "an open answer is not in the report: {open}"
        );
    }
    let figures = rolspiegel_pdf_check::figures(&rolspiegel_pdf_check::structure(&pdf));
    assert!(
        figures.iter().any(|alt| alt
            .starts_with("Radar met jouw eigen beeld en dat van je collega's.")
            && alt.contains("Je collega's gemiddeld: Bureaucraat: 75,0.")),
        "{figures:?}"
    );
}

#[test]
fn the_report_leaves_out_a_request_with_two_colleagues() {
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let own = common::person(&mut service, 3);
    let request = service.create_request("", "nl", &[]).unwrap();
    for (key, keyed) in [(1, 3), (2, 5)] {
        let code = keyed_code(&service, &request, key, keyed, &[]);
        service.add_codes(&request.id, &code).unwrap();
    }
    let pdf = dir.path().join("two.pdf");
    std::fs::write(&pdf, service.result_report(&own).unwrap()).unwrap();
    let words = rolspiegel_pdf_check::text(&pdf);
    assert!(
        words.contains("Wat zegt je mix?"),
        "the report itself is there"
    );
    assert!(!words.contains("Hoe zien collega's jou?"), "{words}");
}

#[test]
fn code_files_are_read_leniently_and_too_much_text_is_refused_whole() {
    use rolspiegel_app::disk::{ReadFailure, ReadFile};
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    let request = service.create_request("Sam", "nl", &[]).unwrap();
    // Saved by Notepad as UTF-16, with its byte-order mark.
    let utf16: Vec<u8> = std::iter::once(0xFEFF_u16)
        .chain(code(&request, 1, 4, &[]).encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    let files = vec![
        ReadFile {
            name: "antwoorden.txt".into(),
            bytes: Ok(utf16),
        },
        ReadFile {
            name: "groot.txt".into(),
            bytes: Err(ReadFailure::TooLarge(9_000_000)),
        },
    ];
    let report = service.add_code_files(&request.id, files).unwrap();
    assert_eq!((report.added, report.files_unread), (1, 1));
    let only_unreadable = vec![ReadFile {
        name: "weg.txt".into(),
        bytes: Err(ReadFailure::TooLarge(9_000_000)),
    }];
    let report = service
        .add_code_files(&request.id, only_unreadable)
        .unwrap();
    assert_eq!(
        (report.added, report.files_unread, report.problems.len()),
        (0, 1, 0)
    );
    assert_eq!(report.answered, 1);
    let flood = code(&request, 2, 3, &[]).repeat(60_000);
    assert_eq!(
        service.add_codes(&request.id, &flood).unwrap_err().code,
        ErrorCode::CodesTooLarge
    );
    assert_eq!(
        service.requests().unwrap()[0].answered,
        1,
        "nothing changed"
    );
}

#[test]
fn a_backup_carries_requests_and_answers_and_restores_them_whole() {
    use rolspiegel_app::disk::ReadFile;
    let dir = tempfile::tempdir().unwrap();
    let mut service = service(&dir);
    common::person(&mut service, 5);
    let request = service.create_request("Sam", "en", &questions()).unwrap();
    for (key, keyed, open) in [
        (1, 3, ["Rustig.", ""]),
        (2, 4, ["", "Lef"]),
        (3, 5, ["Altijd.", ""]),
    ] {
        let code = keyed_code(&service, &request, key, keyed, &open);
        service.add_codes(&request.id, &code).unwrap();
    }
    let before = service.colleague_view(&request.id, None).unwrap();
    let backup = service.export_backup().unwrap();
    service.wipe().unwrap();
    assert!(service.requests().unwrap().is_empty());
    let report = service
        .import_file(ReadFile {
            name: "backup.json".into(),
            bytes: Ok(backup.clone()),
        })
        .unwrap();
    assert_eq!(
        (
            report.requests_added,
            report.answers_added,
            report.requests_not_added
        ),
        (1, 3, 0)
    );
    let after = service.colleague_view(&request.id, None).unwrap();
    assert_eq!(after.request.known_as, "Sam");
    assert_eq!(after.request.questions, before.request.questions);
    assert_eq!(after.counted, 3);
    let means = |v: &rolspiegel_app::wire::ColleagueView| {
        v.roles.iter().map(|r| r.mean).collect::<Vec<_>>()
    };
    assert_eq!(means(&after), means(&before));
    // Again: nothing new.
    let report = service
        .import_file(ReadFile {
            name: "backup.json".into(),
            bytes: Ok(backup),
        })
        .unwrap();
    assert_eq!((report.requests_added, report.answers_added), (0, 0));
}
