//! The full backup: results and groups, bounded together; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolspiegel_core::{Instrument, Instruments};
use rolspiegel_exchange::{parse_backup, MAX_ENTRIES, MAX_GROUPS};

fuzz_target!(|data: &[u8]| {
    static INSTRUMENT: std::sync::OnceLock<Instruments> = std::sync::OnceLock::new();
    let instrument = INSTRUMENT.get_or_init(|| {
        Instruments::new(vec![Instrument::from_json(include_str!(
            "../../assets/instrument/v1.json"
        ))
        .expect("valid list")])
        .expect("one list")
    });
    if let Ok(parsed) = parse_backup(data, instrument) {
        let members: usize = parsed
            .groups
            .iter()
            .filter_map(|(_, g)| g.as_ref().ok())
            .map(|g| g.members.len())
            .sum();
        assert!(parsed.results.records.len() + members <= MAX_ENTRIES);
        assert!(parsed.groups.len() <= MAX_GROUPS);
    }
});
