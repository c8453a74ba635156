//! The group file: any bytes are refused whole or read with bounded problems.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolspiegel_core::{Instrument, Instruments};
use rolspiegel_exchange::{parse_group, MAX_ENTRIES, MAX_LISTED_PROBLEMS};

fuzz_target!(|data: &[u8]| {
    static INSTRUMENT: std::sync::OnceLock<Instruments> = std::sync::OnceLock::new();
    let instrument = INSTRUMENT.get_or_init(|| {
        Instruments::new(vec![Instrument::from_json(include_str!(
            "../../assets/instrument/v1.json"
        ))
        .expect("valid list")])
        .expect("one list")
    });
    if let Ok(parsed) = parse_group(data, instrument) {
        assert!(parsed.problems.len() <= MAX_LISTED_PROBLEMS);
        assert!(parsed.members.len() <= MAX_ENTRIES);
        assert!(!parsed.name.is_empty());
    }
});
