//! The colleague answer code: round trips, every single change found, its
//! length, and a reason for every kind of bad input.
// Test code may panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use rolspiegel_core::{Answer, Likert};
use rolspiegel_exchange::{
    decode_colleague_code as decode, find_colleague_codes as find_codes, CodeError,
    ColleagueAnswers, MAX_CODE_CHARS, MAX_OPEN_ANSWERS, MAX_OPEN_CHARS,
};

/// The symbols of the code, in order.
const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn scale(v: i64) -> Answer {
    Answer::Scale(Likert::new(v).unwrap())
}

/// A full answer set for the 44 statements of list 2, without open answers.
fn full() -> ColleagueAnswers {
    ColleagueAnswers {
        request: [0x8f, 0x12, 0xa0, 0x55, 0x00, 0xff, 0x41, 0x9c],
        answer: [7, 6, 5, 4, 3, 2, 1, 0],
        list_version: 2,
        answers: (0..44)
            .map(|i| {
                if i % 9 == 8 {
                    Answer::DontKnow
                } else {
                    scale(1 + i % 5)
                }
            })
            .collect(),
        open: Vec::new(),
    }
}

/// A code of a hand-made payload (version, then the rest) with a correct
/// length and checksum: what a bad or a future writer could send.
fn raw_code(version: u8, rest: &[u8]) -> String {
    let mut bytes = vec![version];
    bytes.extend_from_slice(&u16::try_from(rest.len()).unwrap().to_be_bytes());
    bytes.extend_from_slice(rest);
    bytes.extend_from_slice(&crc32fast::hash(&bytes).to_be_bytes());
    // Base32 by a bit accumulator (the app packs bit by bit).
    let (mut out, mut acc, mut held) = (String::from("RSP-"), 0u32, 0);
    for byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        held += 8;
        while held >= 5 {
            held -= 5;
            out.push(char::from(
                SYMBOLS.as_bytes()[((acc >> held) & 31) as usize],
            ));
        }
    }
    if held > 0 {
        out.push(char::from(
            SYMBOLS.as_bytes()[((acc << (5 - held)) & 31) as usize],
        ));
    }
    out
}

/// The payload of [`full`] after the version and length, up to its
/// answers, for hand-made codes.
fn head(count: u8) -> Vec<u8> {
    let mut bytes = full().request.to_vec();
    bytes.extend_from_slice(&full().answer);
    bytes.push(2);
    bytes.push(count);
    bytes
}

#[test]
fn a_full_answer_set_fits_in_a_short_code_and_reads_back() {
    let answers = full();
    let code = answers.encode();
    println!("code for 44 answers: {} characters: {code}", code.len());
    assert!(code.len() <= 120, "{} characters", code.len());
    // The example in docs/EXPORT-FORMAT.md.
    assert_eq!(
        code,
        "RSP-040293-RJM1AG-1ZT1KG-3GC184-0C1020-025GMW-MMYMMW-MNMMMW-MWWMMW-Q4WMMW-006R54-BK4"
    );
    assert!(code.starts_with("RSP-"));
    assert!(
        code.chars().all(|c| c == '-' || SYMBOLS.contains(c)),
        "{code}"
    );
    assert_eq!(decode(&code), Ok(answers));
}

#[test]
fn a_hand_made_code_of_valid_answers_reads() {
    let code = raw_code(1, &[head(2), vec![0b0011_1000, 0]].concat());
    let read = decode(&code).unwrap();
    assert_eq!(read.answers, vec![scale(1), Answer::DontKnow]);
}

#[test]
fn a_code_reads_back_however_a_mail_program_wraps_or_cases_it() {
    let answers = full();
    let code = answers.encode();
    let wrapped = format!(
        "Hoi Sam,\n\nhier zijn mijn antwoorden:\n{}\n{}\n\nGroet",
        code[..40].to_lowercase(),
        code[40..].replace('-', " ")
    );
    assert_eq!(decode(&wrapped), Ok(answers.clone()));
    // Look-alike letters read as the digits they look like.
    let mut typed = code.clone();
    if let Some(at) = typed[4..].find('0') {
        typed.replace_range(4 + at..5 + at, "O");
        assert_eq!(decode(&typed), Ok(answers.clone()));
    }
    if let Some(at) = typed[4..].find('1') {
        typed.replace_range(4 + at..5 + at, "l");
        assert_eq!(decode(&typed), Ok(answers));
    }
}

#[test]
fn every_change_of_one_character_is_found() {
    let code = full().encode();
    let mut tried = 0;
    for (at, original) in code.char_indices().skip(4) {
        if original == '-' {
            continue;
        }
        for symbol in SYMBOLS.chars().filter(|s| *s != original) {
            let mut changed = code.clone();
            changed.replace_range(at..at + 1, &symbol.to_string());
            let read = decode(&changed);
            assert!(read.is_err(), "{changed} read as {read:?}");
            tried += 1;
        }
        // And a character left out.
        let mut cut = code.clone();
        cut.remove(at);
        assert!(decode(&cut).is_err(), "{cut}");
    }
    assert!(tried > 60 * 30, "{tried}");
}

#[test]
fn open_answers_travel_as_written() {
    let mut answers = full();
    answers.open = vec![
        "Meer <b>lef</b> in het overleg; \"durf\" & 'doe'".into(),
        String::new(),
        "Zoë — \u{202e}tekst die omdraait\u{202c} 👍".into(),
    ];
    let code = answers.encode();
    assert_eq!(decode(&code), Ok(answers));
}

#[test]
fn open_answers_are_written_as_the_form_writes_them() {
    // The same answers as ui/src/colleague/code.test.ts, with an open answer.
    let mut answers = full();
    answers.open = vec![
        "Als het spannend wordt.".into(),
        String::new(),
        String::new(),
    ];
    assert_eq!(
        answers.encode(),
        "RSP-040433-RJM1AG-1ZT1KG-3GC184-0C1020-025GMW-MMYMMW-MNMMMW-MWWMMW-Q4WMMW-00R02X-0PRWS0-D1JQ88-3KE1GP-WVK5DS-J20XVF-E9J78B-G00000-1X1Z9W-00"
    );
}

#[test]
fn an_open_answer_longer_than_allowed_is_cut_when_written() {
    let mut answers = full();
    answers.open = vec!["é".repeat(MAX_OPEN_CHARS + 50)];
    let read = decode(&answers.encode()).unwrap();
    assert_eq!(read.open[0].chars().count(), MAX_OPEN_CHARS);
}

#[test]
fn bad_input_gets_its_own_reason() {
    let code = full().encode();
    let cases: Vec<(String, CodeError)> = vec![
        (String::new(), CodeError::NotACode),
        ("Hoi! Ik heb het ingevuld.".into(), CodeError::NotACode),
        ("RSP-".into(), CodeError::NotACode),
        (code[..code.len() - 7].into(), CodeError::Damaged),
        (format!("{code}AB"), CodeError::Damaged),
        ("RSP-ABCU12".into(), CodeError::Damaged),
        ("RSP--1".into(), CodeError::Damaged),
        (
            "RSP-99999999999999999999999999999999".into(),
            CodeError::Damaged,
        ),
        ("x".repeat(MAX_CODE_CHARS + 1), CodeError::TooLong),
        // A newer version, with a correct checksum.
        (raw_code(2, &[0, 0, 0]), CodeError::NewerVersion(2)),
        // 0 and 7 are no answers.
        (
            raw_code(1, &[head(1), vec![0b1110_0000, 0]].concat()),
            CodeError::OutOfRange,
        ),
        (
            raw_code(1, &[head(1), vec![0b0000_0000, 0]].concat()),
            CodeError::OutOfRange,
        ),
        // More open answers than a request asks for.
        (
            raw_code(1, &[head(1), vec![0b0010_0000, 4]].concat()),
            CodeError::TooMuchText,
        ),
        // Open text that is no UTF-8.
        (
            raw_code(
                1,
                &[head(1), vec![0b0010_0000, 1, 0, 2, 0xff, 0xfe]].concat(),
            ),
            CodeError::BadText,
        ),
        // An open answer longer than the bytes there are.
        (
            raw_code(
                1,
                &[head(1), vec![0b0010_0000, 1, 0xff, 0xff, b'a']].concat(),
            ),
            CodeError::Damaged,
        ),
        // Bytes left over after the last open answer.
        (
            raw_code(1, &[head(1), vec![0b0010_0000, 0, 9]].concat()),
            CodeError::Damaged,
        ),
    ];
    for (text, reason) in cases {
        assert_eq!(decode(&text), Err(reason.clone()), "{text:.80}");
    }
}

#[test]
fn a_text_with_many_codes_reads_each_and_counts_what_is_beyond_the_limit() {
    let one = full().encode();
    let mut other = full();
    other.answer = [9; 8];
    let two = other.encode();
    let text = format!("{one}\n\nRSP-KAPOT\n{two}\n");
    let (read, more) = find_codes(&text, 10);
    assert_eq!(more, 0);
    assert_eq!(read.len(), 3);
    assert_eq!(read[0], Ok(full()));
    assert!(read[1].is_err());
    assert_eq!(read[2], Ok(other));
    // A file of a million codes: at most the limit is read, the rest counted.
    let flood = format!("{one} ").repeat(1_000_000);
    let (read, more) = find_codes(&flood, 200);
    assert_eq!((read.len(), more), (200, 999_800));
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![(1i64..=5).prop_map(scale), Just(Answer::DontKnow)]
}

proptest! {
    // A fixed seed, so a run is repeatable.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(2026),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_answer_set_round_trips(
        request in any::<[u8; 8]>(),
        key in any::<[u8; 8]>(),
        list_version in any::<u8>(),
        answers in proptest::collection::vec(answer(), 0..=120),
        open in proptest::collection::vec(".{0,40}", 0..=MAX_OPEN_ANSWERS),
    ) {
        let given = ColleagueAnswers { request, answer: key, list_version, answers, open };
        prop_assert_eq!(decode(&given.encode()), Ok(given));
    }

    #[test]
    fn any_text_gives_answers_or_a_reason_without_a_panic(text in ".{0,300}") {
        let _ = decode(&text);
        let _ = decode(&format!("RSP-{text}"));
    }
}

#[test]
fn a_group_ending_in_r_s_p_is_no_new_code() {
    // Look for answer keys whose code has a group ending in "RSP" before a
    // hyphen: such a code must still read as one.
    let mut found = 0;
    for key in 0..=u16::MAX {
        let mut answers = full();
        answers.answer[..2].copy_from_slice(&key.to_be_bytes());
        let code = answers.encode();
        if !code[4..].contains("RSP-") {
            continue;
        }
        found += 1;
        let (read, more) = find_codes(&format!("Hoi, {code} groet"), 10);
        assert_eq!((read.len(), more), (1, 0), "{code}");
        assert_eq!(read[0], Ok(answers), "{code}");
        if found == 3 {
            break;
        }
    }
    assert!(found > 0, "no code with RSP inside among 65,536 keys");
    // Words in a mail that end in "rsp-" start no code.
    let (read, _) = find_codes("zie grasp-test en RSP-", 10);
    assert_eq!(read, vec![Err(CodeError::NotACode)]);
}

#[test]
fn the_last_code_reads_whatever_follows_it() {
    let code = full().encode();
    let (read, more) = find_codes(&format!("{code} {}", "x".repeat(MAX_CODE_CHARS * 2)), 10);
    assert_eq!((read, more), (vec![Ok(full())], 0));
}
