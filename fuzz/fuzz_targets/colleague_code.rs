//! A colleague's answer code, or a text with many: any bytes give answers
//! or a reason; never a panic, and what is read round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolspiegel_exchange::{
    decode_colleague_code, find_colleague_codes, MAX_OPEN_ANSWERS, MAX_OPEN_CHARS,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(read) = decode_colleague_code(text) {
        assert!(read.open.len() <= MAX_OPEN_ANSWERS);
        assert!(read.open.iter().all(|t| t.chars().count() <= MAX_OPEN_CHARS));
        assert_eq!(decode_colleague_code(&read.encode()), Ok(read));
    }
    let (read, _more) = find_colleague_codes(text, 200);
    assert!(read.len() <= 200);
});
