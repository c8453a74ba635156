//! The participant's file: any bytes give a member or a reason; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolspiegel_core::{Instrument, Instruments};
use rolspiegel_exchange::parse_participant;

fuzz_target!(|data: &[u8]| {
    static INSTRUMENT: std::sync::OnceLock<Instruments> = std::sync::OnceLock::new();
    let instrument = INSTRUMENT.get_or_init(|| {
        Instruments::new(vec![Instrument::from_json(include_str!(
            "../../assets/instrument/v1.json"
        ))
        .expect("valid list")])
        .expect("one list")
    });
    if let Ok(member) = parse_participant(data, instrument) {
        assert!(member.name.chars().count() <= 80);
    }
});
