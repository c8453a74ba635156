//! The export formats against real records from a real SQLite store.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_core::{
    score, Answer, Answers, Goal, Instrument, Instruments, Likert, ReflectionQuestion, Role,
};
use rolspiegel_exchange::{
    export_csv, export_json, parse_json, CsvColumns, CsvStyle, FileError, ProblemKind,
    MAX_IMPORT_BYTES,
};
use rolspiegel_storage::{Imported, Store};
use serde_json::Value;

const NOW: i64 = 1_763_800_000_000;

/// The one list these tests read with, as the set the parsers take.
fn lists(instrument: &Instrument) -> Instruments {
    Instruments::new(vec![instrument.clone()]).expect("one list")
}

fn instrument() -> Instrument {
    Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))
        .expect("the shipped list is valid")
}

/// A store with two results: one all-4 with a label, one varied with notes
/// and a goal.
fn filled_store(instrument: &Instrument) -> Store {
    let mut store = Store::in_memory().expect("memory");
    for (n, label) in [
        (0, "start traineeship"),
        (1, "<img src=x onerror=alert(1)>"),
    ] {
        let id = store.start(instrument.version(), NOW + n).expect("start");
        let mut answers = Answers::new(instrument);
        for (i, s) in instrument.statements().iter().enumerate() {
            let answer = if n == 1 && i % 14 == 0 {
                Answer::DontKnow
            } else {
                Answer::Scale(Likert::new(if n == 0 { 4 } else { 1 + (i as i64 % 5) }).unwrap())
            };
            store.save_answer(id, s.id.as_str(), answer, NOW).unwrap();
            answers.record(instrument, s.id.as_str(), answer).unwrap();
        }
        let profile = score(instrument, &answers).expect("complete");
        store
            .complete(id, &profile, NOW + 600_000 * (n + 1))
            .unwrap();
        store.set_label(id, label).unwrap();
        if n == 1 {
            store
                .set_reflection(
                    id,
                    ReflectionQuestion::Preference,
                    "Verbinder,\n\"zeker\"",
                    NOW,
                )
                .unwrap();
            let goal = Goal::new(Role::Ondernemer, "=SOM(A1) een pilot", Some("2027-01-31"));
            store.set_goal(id, Some(&goal.unwrap()), NOW).unwrap();
        }
    }
    store
}

/// The export of [`filled_store`], as text and as a JSON value to edit.
fn exported(instrument: &Instrument) -> (String, Value) {
    let text = export_json(&filled_store(instrument).records().unwrap(), NOW);
    let document = serde_json::from_str(&text).unwrap();
    (text, document)
}

#[test]
fn json_export_survives_wipe_and_import_unchanged() {
    let instrument = instrument();
    let mut store = filled_store(&instrument);
    let before = store.records().unwrap();
    let text = export_json(&before, NOW);
    let document: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(document["format"], "rolspiegel-results");
    assert_eq!(document["version"], 1);
    assert_eq!(document["results"].as_array().unwrap().len(), 2);

    store.wipe().unwrap();
    let parsed = parse_json(text.as_bytes(), &lists(&instrument)).expect("readable");
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(
        store.import(&parsed.records).unwrap(),
        vec![Imported::Added, Imported::Added]
    );
    assert_eq!(store.records().unwrap(), before);
    // The hostile label is kept as the exact text typed.
    assert!(before
        .iter()
        .any(|r| r.result.label == "<img src=x onerror=alert(1)>"));
}

fn reject(bytes: &[u8]) -> FileError {
    parse_json(bytes, &lists(&instrument())).expect_err("the file must be refused")
}

#[test]
fn files_that_are_not_a_readable_export_are_refused_whole() {
    let instrument = instrument();
    let store = filled_store(&instrument);
    let text = export_json(&store.records().unwrap(), NOW);
    assert!(matches!(
        reject(&text.as_bytes()[..text.len() / 2]),
        FileError::Truncated(_)
    ));
    assert!(matches!(
        reject(b"\x89PNG\r\n\x1a\n"),
        FileError::Malformed(_)
    ));
    assert_eq!(reject(br#"{"hello": "world"}"#), FileError::NotAnExport);
    assert_eq!(reject(br#"[1, 2, 3]"#), FileError::NotAnExport);
    assert_eq!(
        reject(br#"{"format": "rolspiegel-results", "version": 2, "results": []}"#),
        FileError::NewerVersion(2)
    );
    assert_eq!(
        reject(br#"{"format": "rolspiegel-results", "version": 1, "results": 5}"#),
        FileError::NotAnExport
    );
    let big = vec![b' '; MAX_IMPORT_BYTES as usize + 1];
    assert!(matches!(reject(&big), FileError::TooLarge { .. }));
}

#[test]
fn each_bad_result_gets_its_own_problem_and_the_good_ones_pass() {
    let instrument = instrument();
    let (_, mut document) = exported(&instrument);
    let good = document["results"][0].clone();
    let variant = |edit: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        v["id"] = Value::from("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
        edit(&mut v);
        v
    };
    let results = vec![
        good.clone(),
        variant(&|v| v["answers"]["b01"] = Value::from(9)),
        variant(&|v| v["answers"]["b01"] = Value::from("vier")),
        variant(&|v| v["answers"]["x99"] = Value::from(3)),
        variant(&|v| v["scores"]["verbinder"] = Value::from(99.0)),
        variant(&|v| v["id"] = Value::from("not-a-uuid")),
        variant(&|v| v["instrumentVersion"] = Value::from(7)),
        variant(&|v| v["completedAt"] = Value::from("gisteren")),
        variant(&|v| v["label"] = Value::from("x".repeat(500))),
        variant(&|v| v["reflections"] = serde_json::json!({"favourite-colour": "blauw"})),
        variant(&|v| {
            v["answers"] = serde_json::json!({"b01": 3});
        }),
        Value::from("just a string"),
    ];
    document["results"] = Value::from(results);
    let parsed =
        parse_json(document.to_string().as_bytes(), &lists(&instrument)).expect("readable");
    assert_eq!(parsed.records.len(), 1, "only the untouched result passes");
    let kinds: Vec<(usize, ProblemKind)> = parsed
        .problems
        .into_iter()
        .map(|p| (p.position, p.kind))
        .collect();
    assert_eq!(kinds[0], (2, ProblemKind::AnswerOutOfRange("b01".into())));
    assert_eq!(kinds[1], (3, ProblemKind::AnswerOutOfRange("b01".into())));
    assert_eq!(kinds[2], (4, ProblemKind::UnknownStatement("x99".into())));
    assert_eq!(kinds[3], (5, ProblemKind::ScoresMismatch));
    assert_eq!(kinds[4], (6, ProblemKind::BadId));
    assert_eq!(kinds[5], (7, ProblemKind::UnknownInstrument(7)));
    assert_eq!(kinds[6], (8, ProblemKind::BadTime));
    assert_eq!(kinds[7], (9, ProblemKind::BadText));
    assert_eq!(
        kinds[8],
        (10, ProblemKind::UnknownQuestion("favourite-colour".into()))
    );
    assert_eq!(kinds[9], (11, ProblemKind::Incomplete));
    assert!(matches!(kinds[10], (12, ProblemKind::Shape(_))));
}

fn columns() -> CsvColumns {
    CsvColumns {
        headers: [
            "id",
            "datum",
            "label",
            "b",
            "o",
            "v",
            "b%",
            "o%",
            "v%",
            "mix",
            "doelrol",
            "opdracht",
            "kijkdatum",
        ]
        .map(String::from),
        mixes: vec!["Ondernemer voorop".into(), "Evenwichtig".into()],
        role_names: ["Bureaucraat", "Ondernemer", "Verbinder"].map(String::from),
        date: |ms| format!("t{ms}"),
    }
}

#[test]
fn csv_has_one_row_per_result_in_dutch_spreadsheet_style() {
    let instrument = instrument();
    let store = filled_store(&instrument);
    let records = store.records().unwrap();
    let bytes = export_csv(&records, &columns(), CsvStyle::DUTCH).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 byte-order mark for Excel"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n"), "CRLF line ends");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    // Newest first: the varied result with the goal.
    assert_eq!(&rows[0][2], "<img src=x onerror=alert(1)>");
    let score = records[0].result.profile.of(Role::Bureaucraat).score;
    assert_eq!(rows[0][3], format!("{score:.1}").replace('.', ","));
    assert_eq!(&rows[0][10], "Ondernemer");
    assert_eq!(&rows[0][11], "'=SOM(A1) een pilot", "a formula stays text");
    assert_eq!(&rows[0][12], "2027-01-31");
    assert_eq!(&rows[1][3], "50,0", "all 4 with half reverse-keyed: 50");
    assert_eq!(&rows[1][9], "Evenwichtig");
    assert_eq!(&rows[0][9], "Ondernemer voorop");
    assert_eq!(rows[0][1], format!("t{}", records[0].result.completed_at));
    assert_eq!(&rows[1][10], "");

    let english = export_csv(&records, &columns(), CsvStyle::ENGLISH).unwrap();
    let text = String::from_utf8(english[3..].to_vec()).unwrap();
    assert!(text.lines().nth(2).unwrap().contains(",50.0,"));
}

fn participant(instrument: &Instrument, name: &str) -> rolspiegel_storage::GroupMember {
    let mut answers = Answers::new(instrument);
    let mut raw = Vec::new();
    for (i, s) in instrument.statements().iter().enumerate() {
        let answer = Answer::Scale(Likert::new(1 + (i as i64 % 5)).unwrap());
        answers.record(instrument, s.id.as_str(), answer).unwrap();
        raw.push((s.id.to_string(), answer));
    }
    raw.sort_by(|a, b| a.0.cmp(&b.0));
    rolspiegel_storage::GroupMember {
        result_id: rolspiegel_storage::AssessmentId::new(),
        name: name.into(),
        instrument_version: 1,
        answers: raw,
        profile: score(instrument, &answers).unwrap(),
        pairing: rolspiegel_core::Pairing::parse("K7P4-QX2M"),
    }
}

#[test]
fn a_participant_file_round_trips_and_holds_nothing_else_personal() {
    use rolspiegel_exchange::{parse_participant, participant_json};
    let instrument = instrument();
    let member = participant(&instrument, "Sam");
    let text = participant_json(&member);
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        vec![
            "answers",
            "format",
            "id",
            "instrumentVersion",
            "name",
            "pairing",
            "scores",
            "version"
        ],
        "no dates, no notes, no goals; a random retest code"
    );
    assert_eq!(value["pairing"], "K7P4QX2M");
    assert_eq!(
        parse_participant(text.as_bytes(), &lists(&instrument)).unwrap(),
        member
    );
    // A file without a code, or with one that is not a code: the result
    // comes in without one.
    for pairing in [None, Some("K7P4-QX2"), Some("K7P4-QX2U")] {
        let mut changed = value.clone();
        match pairing {
            Some(p) => changed["pairing"] = p.into(),
            None => {
                changed.as_object_mut().unwrap().remove("pairing");
            }
        }
        let read = parse_participant(changed.to_string().as_bytes(), &lists(&instrument)).unwrap();
        assert_eq!(read.pairing, None, "{pairing:?}");
        assert!(read.same_content(&member));
    }
}

#[test]
fn bad_participant_files_are_refused_with_their_reason() {
    use rolspiegel_exchange::{parse_participant, participant_json, ParticipantError};
    let instrument = instrument();
    let good: Value =
        serde_json::from_str(&participant_json(&participant(&instrument, ""))).unwrap();
    let refuse = |edit: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        edit(&mut v);
        parse_participant(v.to_string().as_bytes(), &lists(&instrument)).unwrap_err()
    };
    assert_eq!(
        refuse(&|v| v["version"] = Value::from(2)),
        ParticipantError::File(FileError::NewerVersion(2))
    );
    assert_eq!(
        refuse(&|v| v["instrumentVersion"] = Value::from(2)),
        ParticipantError::Result(ProblemKind::UnknownInstrument(2)),
        "answered to a newer statement list"
    );
    assert_eq!(
        refuse(&|v| v["format"] = Value::from("rolspiegel-results")),
        ParticipantError::File(FileError::NotAnExport)
    );
    assert_eq!(
        refuse(&|v| v["answers"]["o03"] = Value::from(0)),
        ParticipantError::Result(ProblemKind::AnswerOutOfRange("o03".into()))
    );
    assert_eq!(
        refuse(&|v| v["scores"]["ondernemer"] = Value::from(1.0)),
        ParticipantError::Result(ProblemKind::ScoresMismatch)
    );
    assert_eq!(
        refuse(&|v| v["name"] = Value::from("x".repeat(81))),
        ParticipantError::Result(ProblemKind::BadText)
    );
    // A hostile name is kept as the text it is.
    let mut hostile = good.clone();
    hostile["name"] = Value::from("<img src=x onerror=alert(1)>");
    let member = parse_participant(hostile.to_string().as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(member.name, "<img src=x onerror=alert(1)>");
    let big = vec![b' '; 64 * 1024 + 1];
    assert!(matches!(
        parse_participant(&big, &lists(&instrument)),
        Err(ParticipantError::File(FileError::TooLarge { .. }))
    ));
    assert!(matches!(
        parse_participant(
            b"{\"format\": \"rolspiegel-participant\", \"vers",
            &lists(&instrument)
        ),
        Err(ParticipantError::File(FileError::Truncated(_)))
    ));
}

#[test]
fn a_group_file_round_trips_and_checks_each_participant() {
    use rolspiegel_exchange::{group_json, parse_group};
    let instrument = instrument();
    let group = rolspiegel_storage::Group {
        id: rolspiegel_storage::GroupId::new(),
        name: "Traineeship Noord".into(),
        held_on: Some("2026-11-20".into()),
        notes: "dag 2".into(),
        created_at: NOW,
        members: 2,
    };
    let members = vec![
        participant(&instrument, "Sam"),
        participant(&instrument, ""),
    ];
    let anonymous = group_json(&group, &members, None, false);
    assert!(!anonymous.contains("Sam"), "names go along only when shown");
    let parsed = parse_group(
        group_json(&group, &members, None, true).as_bytes(),
        &lists(&instrument),
    )
    .unwrap();
    assert_eq!(parsed.id, group.id);
    assert_eq!(
        (parsed.name.as_str(), parsed.held_on.as_deref()),
        ("Traineeship Noord", Some("2026-11-20"))
    );
    assert_eq!(parsed.members, members);

    let mut value: Value = serde_json::from_str(&anonymous).unwrap();
    value["participants"][1]["answers"]["v01"] = Value::from(6);
    let parsed = parse_group(value.to_string().as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(parsed.members.len(), 1);
    assert_eq!(parsed.problems[0].position, 2);
    assert_eq!(
        parsed.problems[0].kind,
        ProblemKind::AnswerOutOfRange("v01".into())
    );
    value["version"] = Value::from(3);
    assert_eq!(
        parse_group(value.to_string().as_bytes(), &lists(&instrument)).unwrap_err(),
        FileError::NewerVersion(3)
    );
}

fn group(name: &str) -> rolspiegel_storage::Group {
    rolspiegel_storage::Group {
        id: rolspiegel_storage::GroupId::new(),
        name: name.into(),
        held_on: Some("2026-11-20".into()),
        notes: "dag 2".into(),
        created_at: NOW,
        members: 2,
    }
}

#[test]
fn a_byte_order_mark_is_read_the_same_and_other_encodings_are_refused() {
    use rolspiegel_exchange::{group_json, parse_group, parse_participant, participant_json};
    let instrument = instrument();
    let bom = |text: String| [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let store = filled_store(&instrument);
    let export = export_json(&store.records().unwrap(), NOW);
    assert_eq!(
        parse_json(&bom(export.clone()), &lists(&instrument)).unwrap(),
        parse_json(export.as_bytes(), &lists(&instrument)).unwrap()
    );
    let member = participant(&instrument, "Zoë");
    let file = participant_json(&member);
    assert_eq!(
        parse_participant(&bom(file.clone()), &lists(&instrument)).unwrap(),
        member
    );
    let members = vec![member.clone()];
    let group_file = group_json(&group("Noord"), &members, None, true);
    assert_eq!(
        parse_group(&bom(group_file), &lists(&instrument))
            .unwrap()
            .members,
        members
    );
    // UTF-16 (as Notepad's "Unicode") and Latin-1 bytes are not UTF-8.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(file.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert!(matches!(
        parse_participant(&utf16, &lists(&instrument)),
        Err(rolspiegel_exchange::ParticipantError::File(
            FileError::Malformed(_)
        ))
    ));
    // The same text with each character as one byte (Latin-1): "ë" is 0xEB.
    let latin1: Vec<u8> = file.chars().map(|c| c as u8).collect();
    assert!(matches!(
        parse_participant(&latin1, &lists(&instrument)),
        Err(rolspiegel_exchange::ParticipantError::File(
            FileError::Malformed(_)
        ))
    ));
}

#[test]
fn a_file_of_millions_of_entries_is_read_with_bounded_work() {
    use rolspiegel_exchange::{parse_group, MAX_ENTRIES, MAX_LISTED_PROBLEMS};
    let instrument = instrument();
    let mut text = String::from(r#"{"format": "rolspiegel-results", "version": 1, "results": [0"#);
    while text.len() < MAX_IMPORT_BYTES as usize - 8 {
        text.push_str(",0");
    }
    text.push_str("]}");
    let entries = (text.len() - 60) / 2;
    let parsed = parse_json(text.as_bytes(), &lists(&instrument)).expect("readable");
    assert!(parsed.records.is_empty());
    assert_eq!(
        parsed.problems.len(),
        MAX_LISTED_PROBLEMS,
        "the first problems are listed"
    );
    assert_eq!(parsed.more_problems, MAX_ENTRIES - MAX_LISTED_PROBLEMS);
    assert!(
        parsed.not_read + MAX_ENTRIES >= entries,
        "the rest is counted, not read: {} of {entries}",
        parsed.not_read
    );
    assert!(matches!(parsed.problems[0].kind, ProblemKind::Shape(_)));

    let group_text = format!(
        r#"{{"format": "rolspiegel-group", "version": 1, "id": "{}", "name": "G", "participants": [{}]}}"#,
        rolspiegel_storage::GroupId::new(),
        vec!["0"; 3 * MAX_ENTRIES].join(",")
    );
    let parsed = parse_group(group_text.as_bytes(), &lists(&instrument)).expect("readable");
    assert_eq!(parsed.problems.len(), MAX_LISTED_PROBLEMS);
    assert_eq!(parsed.not_read, 2 * MAX_ENTRIES);
}

#[test]
fn one_entry_cannot_grow_without_limit() {
    let instrument = instrument();
    let (_, mut document) = exported(&instrument);
    let answers = document["results"][0]["answers"].as_object_mut().unwrap();
    for n in 0..5_000 {
        answers.insert(format!("x{n}"), Value::from(3));
    }
    document["results"][1]["answers"]["b01"] = serde_json::json!([[1, 2, [3]], {"a": "b"}]);
    let parsed = parse_json(document.to_string().as_bytes(), &lists(&instrument)).unwrap();
    assert!(
        matches!(parsed.problems[0].kind, ProblemKind::Shape(_)),
        "too many answers"
    );
    assert_eq!(
        parsed.problems[1].kind,
        ProblemKind::AnswerOutOfRange("b01".into())
    );
}

#[test]
fn dates_with_signs_or_other_digits_are_refused_everywhere() {
    use rolspiegel_exchange::{group_json, parse_group};
    let instrument = instrument();
    let (text, mut document) = exported(&instrument);
    for (i, result) in document["results"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        if i == 0 {
            result["goal"] = serde_json::json!({"role": "verbinder", "assignment": "x", "reviewOn": "2027-+1-01"});
        }
    }
    let parsed = parse_json(document.to_string().as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(parsed.records.len(), 1);
    assert_eq!(parsed.problems[0].kind, ProblemKind::BadText);
    for bad in ["2027-+1-01", "+027-01-01", "2027-1-01", "٢٠٢٧-01-01"] {
        let mut g = group("Noord");
        g.held_on = Some(bad.into());
        let file = group_json(&g, &[participant(&instrument, "")], None, false);
        assert_eq!(
            parse_group(file.as_bytes(), &lists(&instrument)).unwrap_err(),
            FileError::BadGroupDetails,
            "{bad}"
        );
    }
    for bad in ["2027-+1-01T00:00:00Z", "+2027-01-01T00:00:00Z"] {
        let mut document: Value = serde_json::from_str(&text).unwrap();
        document["results"][0]["startedAt"] = Value::from(bad);
        let parsed = parse_json(document.to_string().as_bytes(), &lists(&instrument)).unwrap();
        assert_eq!(parsed.problems[0].kind, ProblemKind::BadTime, "{bad}");
    }
}

/// The records of [`filled_store`] and two participants (one named).
fn records_and_members(
    instrument: &Instrument,
) -> (
    Vec<rolspiegel_storage::ResultRecord>,
    Vec<rolspiegel_storage::GroupMember>,
) {
    let records = filled_store(instrument).records().unwrap();
    let members = vec![participant(instrument, "Sam"), participant(instrument, "")];
    (records, members)
}

#[test]
fn a_backup_holds_results_and_groups_and_reads_back() {
    use rolspiegel_exchange::{backup_json, parse_backup};
    let instrument = instrument();
    let (records, members) = records_and_members(&instrument);
    let noord = group("Noord");
    let situations = vec![situation("Crisisteam", 2), situation("Mijn functie", 1)];
    let assignment = group_situation(3);
    let text = backup_json(
        &records,
        &[(noord.clone(), members.clone())],
        &[(noord.id, assignment.clone())],
        &situations,
        &[],
        NOW,
    );
    let parsed = parse_backup(text.as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(parsed.results.records, records);
    let read = parsed.situations(&situation_lists()).unwrap();
    assert_eq!(read.records, situations, "situations read back unchanged");
    assert!(read.problems.is_empty());
    assert_eq!(parsed.groups.len(), 1);
    let restored = parsed.groups[0].parse(&lists(&instrument)).unwrap();
    assert_eq!(parsed.groups[0].position, 1);
    assert_eq!((restored.id, restored.name.as_str()), (noord.id, "Noord"));
    let read = restored.situation(&situation_lists()).unwrap().unwrap();
    assert_eq!(
        (read.situation, read.ratings),
        assignment,
        "the group's assignment comes back"
    );
    assert_eq!(read.refused, 0);
    assert_eq!(restored.members, members, "names go along in a backup");

    // The backup of the released format keeps reading.
    let fixture = include_bytes!("fixtures/backup-v1.json");
    let parsed = parse_backup(fixture, &lists(&instrument)).expect("the v1 backup reads");
    assert_eq!(parsed.results.records.len(), 2);
    assert!(parsed.results.problems.is_empty());
    let group = parsed.groups[0].parse(&lists(&instrument)).unwrap();
    assert_eq!(group.members.len(), 2);
    assert_eq!(
        parsed.situations(&situation_lists()).unwrap(),
        Default::default(),
        "a version 1 backup has no situations"
    );
}

fn situation_lists() -> rolspiegel_core::Instruments {
    rolspiegel_core::Instruments::new(vec![Instrument::from_json(include_str!(
        "../../../assets/instrument/situation-v1.json"
    ))
    .unwrap()])
    .unwrap()
}

/// A situation rated `ratings` times, each rating with every answer 4
/// except one 2 per rating, so the ratings differ.
fn situation(name: &str, ratings: usize) -> rolspiegel_core::SituationRecord {
    use rolspiegel_core::{Rating, RatingId, Situation, SituationId};
    let lists = situation_lists();
    let list = lists.current();
    let id = SituationId::new();
    let ratings = (0..ratings)
        .map(|n| {
            let mut given = Answers::new(list);
            let mut raw = Vec::new();
            for (i, s) in list.statements().iter().enumerate() {
                let answer = Answer::Scale(Likert::new(if i == n { 2 } else { 4 }).unwrap());
                given.record(list, s.id.as_str(), answer).unwrap();
                raw.push((s.id.to_string(), answer));
            }
            raw.sort_by(|a, b| a.0.cmp(&b.0));
            let at = NOW + 1000 * n as i64;
            let rating = Rating {
                id: RatingId::new(),
                situation: id,
                list_version: 1,
                started_at: at,
                completed_at: at + 500,
                profile: score(list, &given).unwrap(),
            };
            (rating, raw)
        })
        .collect();
    rolspiegel_core::SituationRecord {
        situation: Situation {
            id,
            name: name.to_string(),
            note: "met de gemeente".to_string(),
            created_at: NOW,
        },
        ratings,
    }
}

/// A group's assignment rated `n` times (as [`situation`]'s ratings).
fn group_situation(n: usize) -> rolspiegel_exchange::GroupSituationRecord {
    let ratings = situation("Opdracht", n)
        .ratings
        .into_iter()
        .map(|(r, answers)| rolspiegel_core::GroupRating {
            id: r.id,
            list_version: r.list_version,
            completed_at: r.completed_at,
            profile: r.profile,
            answers,
        })
        .collect::<Vec<_>>();
    let mut ratings = ratings;
    ratings.sort_by_key(|r| (r.completed_at, r.id.to_string()));
    (
        rolspiegel_core::GroupSituation {
            name: "Wijkaanpak fase 2".into(),
            note: String::new(),
        },
        ratings,
    )
}

#[test]
fn a_group_files_assignment_is_read_with_each_rating_checked() {
    use rolspiegel_exchange::{group_json, parse_group};
    let instrument = instrument();
    let members = vec![participant(&instrument, "")];
    let mut text: Value = serde_json::from_str(&group_json(
        &group("Noord"),
        &members,
        Some(&group_situation(3)),
        false,
    ))
    .unwrap();
    let ids: Vec<String> = text["situation"]["ratings"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    text["situation"]["ratings"][&ids[0]]["answers"]["sv01"] = Value::from(9);
    text["situation"]["ratings"][&ids[1]]["listVersion"] = Value::from(7);
    let parsed = parse_group(text.to_string().as_bytes(), &lists(&instrument)).unwrap();
    let read = parsed.situation(&situation_lists()).unwrap().unwrap();
    assert_eq!(read.situation.name, "Wijkaanpak fase 2");
    assert_eq!((read.ratings.len(), read.refused), (1, 2));
    // An assignment without a name refuses the assignment, not the group.
    text["situation"]["name"] = Value::from("   ");
    let parsed = parse_group(text.to_string().as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(parsed.members.len(), 1);
    assert_eq!(
        parsed.situation(&situation_lists()).unwrap_err(),
        FileError::BadGroupDetails
    );
    // A file without an assignment has none.
    let plain = group_json(&group("Zuid"), &members, None, false);
    let parsed = parse_group(plain.as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(parsed.situation(&situation_lists()).unwrap(), None);
}

#[test]
fn hostile_situations_in_a_backup_are_refused_one_by_one_with_their_reason() {
    use rolspiegel_exchange::{backup_json, parse_backup, ProblemKind};
    let instrument = instrument();
    let good = [
        situation("Een", 1),
        situation("Twee", 1),
        situation("Drie", 1),
        situation("Vier", 1),
        situation("Vijf", 1),
    ];
    let mut text: Value =
        serde_json::from_str(&backup_json(&[], &[], &[], &good, &[], NOW)).unwrap();
    let rating = |text: &mut Value, i: usize| -> String {
        text["situations"][i]["ratings"]
            .as_object()
            .unwrap()
            .keys()
            .next()
            .unwrap()
            .clone()
    };
    text["situations"][0]["name"] = Value::from("");
    let r = rating(&mut text, 1);
    text["situations"][1]["ratings"][&r]["listVersion"] = Value::from(99);
    let r = rating(&mut text, 2);
    text["situations"][2]["ratings"][&r]["answers"]["sb01"] = Value::from(7);
    let r = rating(&mut text, 3);
    text["situations"][3]["ratings"][&r]["scores"]["verbinder"] = Value::from(0.0);
    let bytes = text.to_string();
    let parsed = parse_backup(bytes.as_bytes(), &lists(&instrument)).unwrap();
    let read = parsed.situations(&situation_lists()).unwrap();
    assert_eq!(read.records, vec![good[4].clone()], "the good one is kept");
    let kinds: Vec<_> = read
        .problems
        .iter()
        .map(|p| (p.position, p.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (1, ProblemKind::BadText),
            (2, ProblemKind::UnknownInstrument(99)),
            (3, ProblemKind::AnswerOutOfRange("sb01".into())),
            (4, ProblemKind::ScoresMismatch),
        ]
    );
}

/// A tiny deterministic generator, so the mutation run repeats exactly.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Cuts, flips, repeats and splices bytes of a valid file.
fn mutate(seed: &[u8], rng: &mut XorShift) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len());
        match rng.below(6) {
            0 => bytes.truncate(at),
            1 => {
                if let Some(byte) = bytes.get_mut(at) {
                    *byte ^= 1 << rng.below(8);
                }
            }
            2 => {
                let end = (at + rng.below(64)).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                for _ in 0..rng.below(50) {
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
            3 => {
                let token: &[u8] = [
                    b"null".as_slice(),
                    b"[",
                    b"{",
                    b"\"",
                    b"-1",
                    b"1e999",
                    b"\xEF\xBB\xBF",
                    b"\xff",
                    b"\"\\u202e\"",
                    b"\"2027-+1-01\"",
                ][rng.below(10)];
                bytes.splice(at..at, token.iter().copied());
            }
            4 => {
                let end = (at + rng.below(200)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => bytes.insert(at, rng.next() as u8),
        }
    }
    bytes
}

#[test]
fn mutated_files_of_every_format_never_panic_and_stay_bounded() {
    use rolspiegel_exchange::{
        backup_json, group_json, parse_backup, parse_group, parse_participant, participant_json,
        MAX_LISTED_PROBLEMS,
    };
    let instrument = instrument();
    let (records, members) = records_and_members(&instrument);
    let seeds = [
        export_json(&records, NOW),
        participant_json(&members[0]),
        group_json(&group("Noord"), &members, Some(&group_situation(2)), true),
        backup_json(
            &records,
            &[(group("Zuid"), members.clone())],
            &[],
            &[situation("Crisisteam", 2)],
            &[],
            NOW,
        ),
        // A colleague's answer code in a mail (docs/EXPORT-FORMAT.md).
        "Hoi, mijn antwoorden: RSP-040293-RJM1AG-1ZT1KG-3GC184-0C1020-025GMW-MMYMMW-MNMMMW-MWWMMW-Q4WMMW-006R54-BK4 Groet".to_owned(),
    ];
    // A short run for every `make test`; `make fuzz` runs the real fuzzer.
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    for round in 0..4_000 {
        let seed = &seeds[round % seeds.len()];
        let input = mutate(seed.as_bytes(), &mut rng);
        if let Ok(parsed) = parse_json(&input, &lists(&instrument)) {
            assert!(parsed.problems.len() <= MAX_LISTED_PROBLEMS);
        }
        let _ = parse_participant(&input, &lists(&instrument));
        let text = String::from_utf8_lossy(&input);
        if let Ok(read) = rolspiegel_exchange::decode_colleague_code(&text) {
            assert_eq!(
                rolspiegel_exchange::decode_colleague_code(&read.encode()),
                Ok(read)
            );
        }
        assert!(rolspiegel_exchange::find_colleague_codes(&text, 5).0.len() <= 5);
        if let Ok(parsed) = parse_group(&input, &lists(&instrument)) {
            assert!(parsed.problems.len() <= MAX_LISTED_PROBLEMS);
            if let Ok(Some(read)) = parsed.situation(&situation_lists()) {
                assert!(read.ratings.len() + read.refused <= rolspiegel_exchange::MAX_ENTRIES);
            }
        }
        if let Ok(parsed) = parse_backup(&input, &lists(&instrument)) {
            assert!(parsed.results.problems.len() <= MAX_LISTED_PROBLEMS);
            for group in &parsed.groups {
                if let Ok(group) = group.parse(&lists(&instrument)) {
                    assert!(group.problems.len() <= MAX_LISTED_PROBLEMS);
                }
            }
            if let Ok(read) = parsed.situations(&situation_lists()) {
                assert!(read.problems.len() <= MAX_LISTED_PROBLEMS);
            }
        }
    }
}

#[test]
fn a_group_refused_whole_keeps_its_participants_problems_to_itself() {
    use rolspiegel_exchange::backup_json;
    let instrument = instrument();
    let (records, members) = records_and_members(&instrument);
    let mut text: Value = serde_json::from_str(&backup_json(
        &records,
        &[
            (group("Noord"), members.clone()),
            (group("Zuid"), members.clone()),
        ],
        &[],
        &[],
        &[],
        NOW,
    ))
    .unwrap();
    // The first group has a bad name and two broken participants.
    text["groups"][0]["heldOn"] = Value::from("gisteren");
    text["groups"][0]["participants"][0]["scores"] = Value::from(1);
    text["groups"][0]["participants"][1]["id"] = Value::from("x");
    let bytes = text.to_string();
    let parsed = rolspiegel_exchange::parse_backup(bytes.as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(
        parsed.groups[0].parse(&lists(&instrument)).unwrap_err(),
        FileError::BadGroupDetails
    );
    let second = parsed.groups[1].parse(&lists(&instrument)).unwrap();
    assert!(second.problems.is_empty(), "got {:?}", second.problems);
    assert_eq!(second.members.len(), 2);
}

#[test]
fn a_long_unknown_statement_id_is_cut_in_its_problem() {
    use rolspiegel_exchange::MAX_ID_CHARS;
    let instrument = instrument();
    let (_, mut document) = exported(&instrument);
    let long = "s".repeat(1_000_000);
    document["results"][0]["answers"][&long] = Value::from(3);
    let parsed = parse_json(document.to_string().as_bytes(), &lists(&instrument)).unwrap();
    let ProblemKind::UnknownStatement(id) = &parsed.problems[0].kind else {
        panic!("got {:?}", parsed.problems[0].kind);
    };
    assert_eq!(id.chars().count(), MAX_ID_CHARS + 1);
    assert!(id.ends_with('…'));
}

#[test]
fn a_result_completed_before_it_began_reads_as_a_released_version_wrote_it() {
    // A clock set back during a scan: versions before the store kept the
    // order wrote such results, and their own backups must restore.
    let instrument = instrument();
    let (_, mut document) = exported(&instrument);
    document["results"][0]["startedAt"] = Value::from("2026-11-20T10:00:00.000Z");
    document["results"][0]["completedAt"] = Value::from("2026-11-20T09:00:00.000Z");
    let parsed = parse_json(document.to_string().as_bytes(), &lists(&instrument)).unwrap();
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let r = &parsed
        .records
        .iter()
        .find(|r| r.result.started_at > r.result.completed_at);
    assert!(r.is_some(), "kept as written");
}

#[test]
fn texts_an_older_version_stored_are_read_with_the_refused_characters_removed() {
    use rolspiegel_exchange::{group_json, parse_group};
    let instrument = instrument();
    let (_, mut document) = exported(&instrument);
    let results = document["results"].as_array_mut().unwrap();
    let noted = results.iter().position(|r| r["goal"].is_object()).unwrap();
    results[1 - noted]["label"] = Value::from("Start\u{202E}traject\u{200B}");
    results[noted]["reflections"]["preference"] = Value::from("Ver\u{FFFF}binder\u{7}");
    results[noted]["goal"]["assignment"] = Value::from("\u{2066}\u{2069}");
    let parsed = parse_json(document.to_string().as_bytes(), &lists(&instrument)).unwrap();
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(parsed.cleaned, 2);
    let labels: Vec<&str> = parsed
        .records
        .iter()
        .map(|r| r.result.label.as_str())
        .collect();
    assert!(labels.contains(&"Starttraject"), "{labels:?}");
    let noted = parsed
        .records
        .iter()
        .find(|r| !r.reflections.is_empty())
        .unwrap();
    assert_eq!(noted.reflections[0].1, "Verbinder");
    assert_eq!(
        noted.goal, None,
        "a goal of invisible characters only is none"
    );

    let mut odd = group("Noord\u{202E}");
    odd.notes = "Dag\u{200B} 1".into();
    let mut members = vec![participant(&instrument, "Sam\u{2067}")];
    members.push(participant(&instrument, "Kim"));
    let file = group_json(&odd, &members, None, true);
    let read = parse_group(file.as_bytes(), &lists(&instrument)).unwrap();
    assert_eq!(
        (read.name.as_str(), read.notes.as_str()),
        ("Noord", "Dag 1")
    );
    assert_eq!(read.members[0].name, "Sam");
    assert_eq!(read.cleaned, 2, "one participant and the group's details");
}

/// A request to colleagues with three answer sets, as the store keeps it.
fn request_record(instrument: &Instrument) -> rolspiegel_exchange::RequestRecord {
    use rolspiegel_core::{ColleagueResponse, FeedbackRequest, RequestId};
    let answers = |v: i64| {
        instrument
            .statements()
            .iter()
            .map(|s| (s.id.to_string(), Answer::Scale(Likert::new(v).unwrap())))
            .collect::<Vec<_>>()
    };
    (
        FeedbackRequest {
            id: RequestId::new(),
            known_as: "Sam".into(),
            language: "nl".into(),
            list_version: instrument.version(),
            questions: vec!["Wat valt op?".into(), "Wat nog?".into()],
            created_at: NOW,
        },
        (1..=3)
            .map(|k| ColleagueResponse {
                key: [k; 8],
                answers: answers(i64::from(k) + 1),
                open: vec![format!("antwoord {k}"), String::new()],
            })
            .collect(),
    )
}

#[test]
fn requests_to_colleagues_read_back_and_a_bad_one_is_refused_whole() {
    use rolspiegel_exchange::{backup_json, parse_backup};
    let instrument = instrument();
    let good = request_record(&instrument);
    let text = backup_json(&[], &[], &[], &[], &[good.clone(), good.clone()], NOW);
    let parsed = parse_backup(text.as_bytes(), &lists(&instrument)).unwrap();
    let read = parsed.requests(&lists(&instrument)).unwrap();
    assert_eq!(read.records.len(), 2);
    let mut back = read.records[0].clone();
    for r in &mut back.1 {
        r.answers.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let mut want = good.clone();
    for r in &mut want.1 {
        r.answers.sort_by(|a, b| a.0.cmp(&b.0));
    }
    assert_eq!(back, want);

    let base: Value = serde_json::from_str(&text).unwrap();
    let key = base["requests"][0]["responses"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    type Spoil = Box<dyn Fn(&mut Value)>;
    let spoil: Vec<(&str, Spoil)> = vec![
        (
            "a key that is no key",
            Box::new(move |v: &mut Value| {
                let r = v["requests"][0]["responses"].as_object_mut().unwrap();
                let entry = r.remove(&key).unwrap();
                r.insert("zz".into(), entry);
            }),
        ),
        (
            "an answer off the scale",
            Box::new(|v: &mut Value| {
                let r = v["requests"][0]["responses"].as_object_mut().unwrap();
                let first = r.values_mut().next().unwrap();
                first["answers"]["b01"] = Value::from(7);
            }),
        ),
        (
            "a statement missing",
            Box::new(|v: &mut Value| {
                let r = v["requests"][0]["responses"].as_object_mut().unwrap();
                let first = r.values_mut().next().unwrap();
                first["answers"].as_object_mut().unwrap().remove("b01");
            }),
        ),
        (
            "more open answers than questions",
            Box::new(|v: &mut Value| {
                let r = v["requests"][0]["responses"].as_object_mut().unwrap();
                let first = r.values_mut().next().unwrap();
                first["open"]["3"] = Value::from("te veel");
            }),
        ),
        (
            "an unknown list",
            Box::new(|v: &mut Value| {
                v["requests"][0]["listVersion"] = Value::from(99);
            }),
        ),
        (
            "a language this app has not",
            Box::new(|v: &mut Value| {
                v["requests"][0]["language"] = Value::from("de");
            }),
        ),
        (
            "a question with a line break",
            Box::new(|v: &mut Value| {
                v["requests"][0]["questions"]["1"] = Value::from("twee\nregels");
            }),
        ),
    ];
    for (what, change) in spoil {
        let mut v = base.clone();
        change(&mut v);
        let bytes = serde_json::to_vec(&v).unwrap();
        let parsed = parse_backup(&bytes, &lists(&instrument)).unwrap();
        let read = parsed.requests(&lists(&instrument)).unwrap();
        assert_eq!(read.records.len(), 1, "{what}: the other request stays");
        assert_eq!(read.problems.len(), 1, "{what}");
        assert_eq!(read.problems[0].position, 1, "{what}");
    }
}
