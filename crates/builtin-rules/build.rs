//! Compiles the shipped rule packs and writes the compiled rules as
//! postcard bytes ([`crosscheck_rules::Rules::to_bytes`]). When they do not
//! compile, nothing is written, and a run compiles them to report why.
//! Also writes the packs' rules version, the hash a claim stream names them by.

use std::path::PathBuf;

fn main() {
    // The packs are embedded in crosscheck-rules, which cargo rebuilds (and
    // then reruns this script) when one of them changes.
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    let bytes = crosscheck_rules::builtin().map(|rules| rules.to_bytes()).unwrap_or_default();
    std::fs::write(out_dir.join("rules.postcard"), bytes).expect("write rules.postcard");
    let version = rules_hash(crosscheck_rules::BUILTIN_PACKS);
    std::fs::write(out_dir.join("version.txt"), version).expect("write version.txt");
}

/// `crosscheck_report::stream::rules_hash` (64-bit FNV-1a over each pack's
/// path and text, each ended by a zero byte), which a test holds it to.
fn rules_hash(packs: &[(&str, &str)]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for (path, text) in packs {
        for part in [path.as_bytes(), text.as_bytes()] {
            for &b in part.iter().chain(&[0u8]) {
                hash = (hash ^ u64::from(b)).wrapping_mul(PRIME);
            }
        }
    }
    format!("{hash:016x}")
}
