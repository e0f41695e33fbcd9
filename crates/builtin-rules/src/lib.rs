//! The shipped rule packs, compiled when the binary is built: a run decodes
//! the compiled [`Rules`] instead of compiling the packs again.
//!
//! `build.rs` calls the same [`crosscheck_rules::builtin`] a run would and
//! embeds its result as bytes. Only the shipped packs alone are served
//! this way; with user packs (`--rules DIR`) the packs are compiled together
//! at run time, and `rules check` always compiles, for its diagnostics.

use crosscheck_rules::{RuleError, Rules};

/// The shipped rules compiled at build time, as [`Rules::to_bytes`] wrote
/// them; empty when they did not compile.
static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rules.postcard"));

/// The rules version of the shipped packs alone, as a claim stream's run
/// record names them (`crosscheck_report::stream::rules_hash` of
/// [`crosscheck_rules::BUILTIN_PACKS`]), hashed when the binary was built.
pub const RULES_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/version.txt"));

/// The shipped rules, compiled. Decoded from the build's bytes; compiled
/// now only when those are missing (the packs did not compile then, and the
/// errors are reported now).
pub fn rules() -> Result<Rules, Vec<RuleError>> {
    Rules::from_bytes(COMPILED).map_or_else(crosscheck_rules::builtin, Ok)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_rules_version_hashed_at_build_time_is_the_hash_of_the_shipped_packs() {
        let packs = crosscheck_rules::BUILTIN_PACKS.iter().copied();
        assert_eq!(super::RULES_VERSION, crosscheck_report::stream::rules_hash(packs));
    }

    /// The rules decoded from the build's bytes are the rules the packs
    /// compile to now: the same bytes (which hold every field but the
    /// warnings and what decoding makes again), and the same segmentation.
    #[test]
    fn the_rules_compiled_at_build_time_are_the_rules_compiled_now() {
        let decoded = crosscheck_rules::Rules::from_bytes(super::COMPILED).expect("build.rs compiled the rules");
        let compiled = crosscheck_rules::builtin().expect("the shipped rules compile");
        assert!(decoded.to_bytes() == compiled.to_bytes(), "the compiled rules differ");
        assert_eq!(decoded.languages.len(), compiled.languages.len());
        for (code, lexicon) in &compiled.languages {
            let segmentation = |l: &crosscheck_rules::Lexicon| format!("{:?}", l.segmentation);
            assert_eq!(segmentation(&decoded.languages[code]), segmentation(lexicon), "{code}");
        }
    }
}
