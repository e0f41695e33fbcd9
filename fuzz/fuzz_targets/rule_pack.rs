//! Rule-pack loading: arbitrary bytes as a pack file, parsed and then
//! checked (every reference, wording and date compiled). Errors are
//! expected; a panic, a hang or unbounded memory is the bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(pack) = crosscheck_rules::parse_pack("rules/fuzz.yaml", text) {
        let _ = crosscheck_rules::check(&[pack]);
    }
});
