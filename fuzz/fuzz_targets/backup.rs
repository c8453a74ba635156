//! The full backup: results, every group and the situations, each bounded;
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolspiegel_core::{Instrument, Instruments};
use rolspiegel_exchange::{parse_backup, MAX_ENTRIES, MAX_GROUPS, MAX_LISTED_PROBLEMS};

fuzz_target!(|data: &[u8]| {
    static INSTRUMENT: std::sync::OnceLock<Instruments> = std::sync::OnceLock::new();
    let instrument = INSTRUMENT.get_or_init(|| {
        Instruments::new(vec![Instrument::from_json(include_str!(
            "../../assets/instrument/v1.json"
        ))
        .expect("valid list")])
        .expect("one list")
    });
    static SITUATIONS: std::sync::OnceLock<Instruments> = std::sync::OnceLock::new();
    let situations = SITUATIONS.get_or_init(|| {
        Instruments::new(vec![Instrument::from_json(include_str!(
            "../../assets/instrument/situation-v1.json"
        ))
        .expect("valid list")])
        .expect("one list")
    });
    if let Ok(parsed) = parse_backup(data, instrument) {
        assert!(parsed.results.records.len() <= MAX_ENTRIES);
        assert!(parsed.groups.len() <= MAX_GROUPS);
        for group in &parsed.groups {
            if let Ok(group) = group.parse(instrument) {
                assert!(group.members.len() <= MAX_ENTRIES);
                assert!(group.problems.len() <= MAX_LISTED_PROBLEMS);
            }
        }
        if let Ok(read) = parsed.situations(situations) {
            assert!(read.records.len() <= MAX_ENTRIES);
            assert!(read.problems.len() <= MAX_LISTED_PROBLEMS);
        }
    }
});
