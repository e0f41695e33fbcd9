//! Compiles the shipped rule packs and writes the compiled rules as
//! postcard bytes ([`crosscheck_rules::Rules::to_bytes`]). When they do not
//! compile, nothing is written, and a run compiles them to report why.

use std::path::PathBuf;

fn main() {
    // The packs are embedded in crosscheck-rules, which cargo rebuilds (and
    // then reruns this script) when one of them changes.
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    let bytes = crosscheck_rules::builtin().map(|rules| rules.to_bytes()).unwrap_or_default();
    std::fs::write(out_dir.join("rules.postcard"), bytes).expect("write rules.postcard");
}
