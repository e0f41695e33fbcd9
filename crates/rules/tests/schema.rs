//! The committed JSON Schema (`rules/schema/pack.schema.json`) is the one
//! the Rust types generate, so editors never validate against a stale one.

use std::path::Path;

#[test]
fn the_committed_schema_matches_the_rust_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules/schema").join(crosscheck_rules::SCHEMA_FILE);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == crosscheck_rules::pack_schema(),
        "rules/schema/pack.schema.json is out of date with the rule-pack types: \
         run `cargo run -- rules schema` at the repository root and commit the result"
    );
}

#[test]
fn every_shipped_pack_points_editors_at_the_schema() {
    for pack in crosscheck_rules::builtin_packs().expect("the shipped packs parse") {
        let depth = pack.path.matches('/').count() - 1;
        let expected = format!("# yaml-language-server: $schema={}schema/pack.schema.json", "../".repeat(depth));
        assert_eq!(
            pack.text.lines().next(),
            Some(expected.as_str()),
            "{} should start with the schema line",
            pack.path
        );
    }
}
