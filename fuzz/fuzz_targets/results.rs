//! The results export: any bytes are refused whole or read with at most the
//! listed problems and entries; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolspiegel_core::{Instrument, Instruments};
use rolspiegel_exchange::{parse_json, MAX_ENTRIES, MAX_LISTED_PROBLEMS};

fuzz_target!(|data: &[u8]| {
    static INSTRUMENT: std::sync::OnceLock<Instruments> = std::sync::OnceLock::new();
    let instrument = INSTRUMENT.get_or_init(|| {
        Instruments::new(vec![Instrument::from_json(include_str!(
            "../../assets/instrument/v1.json"
        ))
        .expect("valid list")])
        .expect("one list")
    });
    if let Ok(parsed) = parse_json(data, instrument) {
        assert!(parsed.problems.len() <= MAX_LISTED_PROBLEMS);
        assert!(parsed.records.len() <= MAX_ENTRIES);
        assert_eq!(parsed.records.len(), parsed.positions.len());
    }
});
