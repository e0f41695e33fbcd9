/// Defines a test that gets a fresh temporary directory and a `crosscheck`
/// command whose working directory is that directory, in the style of
/// ripgrep's `rgtest!`:
///
/// ```ignore
/// cctest!(empty_file_is_skipped, |dir: Dir, mut cmd: TestCommand| {
///     dir.create("empty.txt", "");
///     cmd.args(["claims", "empty.txt"]).assert_exit(2);
/// });
/// ```
///
/// Attributes before the name (`#[ignore = "why"]`) go on the test.
macro_rules! cctest {
    ($(#[$attr:meta])* $name:ident, $fun:expr) => {
        #[test]
        $(#[$attr])*
        fn $name() {
            let (dir, cmd) = crate::util::setup();
            let test: fn(crate::util::Dir, crate::util::TestCommand) = $fun;
            test(dir, cmd);
        }
    };
}
