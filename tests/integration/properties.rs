//! Thread count changes nothing: the claims and findings of a corpus are the
//! same under any number of worker threads (the byte-for-byte check of the
//! rendered outputs is in `determinism`).

use std::path::PathBuf;

use crosscheck_cli::{ReadOptions, Reading, analyse, load_rules};
use proptest::prelude::*;

use crate::util::repo_root;

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn claims_and_findings_are_the_same_under_any_thread_count(threads in 1usize..24) {
        let rules = load_rules(&[], true).expect("the shipped rules load");
        let paths = [repo_root().join("seeds"), repo_root().join("tests/fixtures/mixed")];
        let run = |n: usize| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().expect("a pool");
            let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
            analyse(Reading { rules: &rules, paths: &paths, pool: &pool, options: ReadOptions::default() })
                .expect("the claims' temporary file")
        };
        let one = run(1);
        let many = run(threads);
        prop_assert_eq!(one.claims_in_full().expect("read back"), many.claims_in_full().expect("read back"));
        prop_assert_eq!(&one.findings, &many.findings);
        prop_assert_eq!(&one.docs, &many.docs);
    }
}
