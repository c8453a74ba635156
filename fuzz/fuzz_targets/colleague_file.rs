//! A file of colleagues' answer codes, as the app reads one (dropped or
//! picked): any bytes, read leniently, give codes or reasons, at most as
//! many as are read at once; never a panic, and what is read round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolspiegel_exchange::{code_file_text, decode_colleague_code, find_colleague_codes};

fuzz_target!(|data: &[u8]| {
    let text = code_file_text(data);
    assert!(!text.contains('\0'));
    let (read, _more) = find_colleague_codes(&text, 200);
    assert!(read.len() <= 200);
    for answers in read.into_iter().flatten() {
        assert_eq!(decode_colleague_code(&answers.encode()), Ok(answers));
    }
});
