//! A pack with ten planted mistakes (see `fixtures/ten-mistakes/README.md`)
//! yields exactly ten diagnostics, each at its place, and no panic: files
//! that do not parse are reported and the others are still checked.

use std::path::Path;

/// What `crosscheck rules check` prints for the fixture, run from this crate.
const EXPECTED: &str = r#"error: tests/fixtures/ten-mistakes/actors.yaml:8:11: actor `hemedti`: unknown camp `rfs`, did you mean `rsf`?
  |
8 |     camp: rfs
  |           ^^^
error: tests/fixtures/ten-mistakes/actors.yaml:21:30: alias `Rapid Support Forces` of actor `rsf-media-office` is already an alias of actor `rapid-support-forces` (at tests/fixtures/ten-mistakes/actors.yaml:16:12)
   |
21 |       en: [RSF media office, Rapid Support Forces]
   |                              ^^^^^^^^^^^^^^^^^^^^
error: tests/fixtures/ten-mistakes/camps.yaml:9:17: camp `rsf`: overrides: unknown camp `sfa`, did you mean `saf`?
  |
9 |     overrides: [sfa]
  |                 ^^^
error: tests/fixtures/ten-mistakes/camps.yaml:12:9: duplicate camp id `saf` (first defined at tests/fixtures/ten-mistakes/camps.yaml:2:9)
   |
12 |   - id: saf
   |         ^^^
error: tests/fixtures/ten-mistakes/events.yaml:4:5: unknown field `strat`, did you mean `start`? (expected one of id, conflict, start, end, cues)
  |
4 |     strat: 2023-04-15
  |     ^^^^^
error: tests/fixtures/ten-mistakes/metrics.yaml:7:17: metric `abducted`: regex: invalid regex `kidnap(ped|s`: unclosed group
  |
7 |         regex: ['kidnap(ped|s']
  |                 ^^^^^^^^^^^^^^
error: tests/fixtures/ten-mistakes/metrics.yaml:13:17: metric `besieged`: regex: regex `trapped\w{0,40}` is too big: compiled, it exceeds the size limit of 1048576 bytes
   |
13 |         regex: ['trapped\w{0,40}']
   |                 ^^^^^^^^^^^^^^^^^
error: tests/fixtures/ten-mistakes/places.yaml:3:11: unknown variant `cty`, did you mean `city`? (expected one of city, town, village, site, region, country)
  |
3 |     kind: cty
  |           ^^^
warning: tests/fixtures/ten-mistakes/propositions.yaml:9:11: proposition `city_besieged`: wording `siege  of {city}` is listed twice (first at tests/fixtures/ten-mistakes/propositions.yaml:7:11): this one is unreachable
  |
9 |         - siege  of {city}
  |           ^^^^^^^^^^^^^^^^
error: tests/fixtures/ten-mistakes/propositions.yaml:14:48: proposition `city_besieged`: examples[0].claims[0].camp: unknown camp `rfs`, did you mean `rsf`?
   |
14 |           - {proposition: city_besieged, camp: rfs}
   |                                                ^^^
"#;

#[test]
fn ten_planted_mistakes_yield_ten_precise_diagnostics() {
    let (packs, checked) = crosscheck_rules::check_dir(Path::new("tests/fixtures/ten-mistakes"));
    let diagnostics = checked.diagnostics();
    let got: String = diagnostics.iter().map(|(severity, e)| format!("{severity}: {e}\n")).collect();
    assert_eq!(got, EXPECTED, "\n--- got:\n{got}");
    assert_eq!(diagnostics.len(), 10);
    assert_eq!((checked.errors.len(), checked.warnings().len()), (9, 1));
    // The files that parsed are still returned and checked.
    let parsed: Vec<&str> = packs.iter().map(|p| p.path.rsplit('/').next().unwrap_or_default()).collect();
    assert_eq!(parsed, ["actors.yaml", "camps.yaml", "language.yaml", "metrics.yaml", "propositions.yaml"]);
}
