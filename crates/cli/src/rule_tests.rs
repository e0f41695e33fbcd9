//! `crosscheck rules test`: run every rule's examples through the extractor
//! and report, per rule, which expected claims were produced (`passed`),
//! not produced (`missing`), produced with other fields (`wrong`, with a
//! diff), and which ruled-out claims were produced anyway (`unexpected`).

use std::io::{self, Write};

use crosscheck_extractor::Extractor;
use crosscheck_model::{Claim, ClaimKind, Date, DocumentMeta, Language};
use crosscheck_rules::{
    EXAMPLE_DATE, RuleExamples, RuleKind, Rules, SerializableExample, SerializableExpectedClaim, SourcePack,
    rule_examples,
};

/// What became of one expected (or ruled-out) claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// An expected claim was produced.
    Passed { expected: String },
    /// No claim of the expected metric, proposition or topic was produced.
    Missing { expected: String },
    /// A claim of the expected metric, proposition or topic was produced, with
    /// other values: each field as expected and as produced.
    Wrong { fields: Vec<(&'static str, String, String)> },
    /// A claim listed under `not_claims` was produced.
    Unexpected { ruled_out: String, got: String },
    /// A ruled-out claim was not produced.
    Absent { ruled_out: String },
}

impl Check {
    pub fn failed(&self) -> bool {
        !matches!(self, Check::Passed { .. } | Check::Absent { .. })
    }
}

/// One example's checks.
#[derive(Debug)]
pub struct ExampleResult {
    /// 0-based index in the rule's `examples`.
    pub index: usize,
    /// `file:line:column` of the example.
    pub place: String,
    pub text: String,
    pub checks: Vec<Check>,
    /// Every claim the text yielded, rendered, for context when something failed.
    pub produced: Vec<String>,
}

impl ExampleResult {
    pub fn failed(&self) -> bool {
        self.checks.iter().any(Check::failed)
    }
}

/// One rule's examples.
#[derive(Debug)]
pub struct RuleResult {
    pub kind: RuleKind,
    pub id: String,
    /// `file:line:column` of the rule's id.
    pub place: String,
    pub examples: Vec<ExampleResult>,
}

impl RuleResult {
    pub fn failed(&self) -> bool {
        self.examples.iter().any(ExampleResult::failed)
    }

    fn count(&self, pred: impl Fn(&Check) -> bool) -> usize {
        self.examples.iter().flat_map(|e| &e.checks).filter(|c| pred(c)).count()
    }
}

/// The fields of a claim that examples compare, as text, in a fixed order.
fn fields_of(claim: &Claim) -> Vec<(&'static str, String)> {
    let none = || "none".to_owned();
    let mut out = Vec::new();
    match &claim.kind {
        ClaimKind::Quantity(q) => {
            out.push(("metric", q.metric.clone()));
            out.push(("value", q.value.map_or_else(none, |v| v.to_string())));
            out.push(("qualifier", q.qualifier.as_str().to_owned()));
            out.push(("population", q.population.clone().unwrap_or_else(|| "people".to_owned())));
        }
        ClaimKind::Proposition(p) => {
            out.push(("proposition", p.id.clone()));
            out.push(("polarity", p.polarity.as_str().to_owned()));
        }
        ClaimKind::Term(t) => {
            out.push(("topic", t.topic.clone()));
            out.push(("frame", t.frame.clone()));
        }
    }
    let speaker = claim.speaker.as_ref().map(|s| s.actor.as_deref().unwrap_or(&s.text).to_owned());
    out.push(("speaker", speaker.unwrap_or_else(none)));
    out.push(("camp", claim.camp.as_deref().map_or_else(none, str::to_owned)));
    out.push(("event", claim.event.as_deref().map_or_else(none, str::to_owned)));
    out
}

fn render(fields: &[(&'static str, String)]) -> String {
    fields.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(" ")
}

/// An expectation resolved against its rule: which claims it is about, and
/// the fields it compares.
struct Expectation {
    /// The metric id, proposition template or framing topic.
    subject: String,
    fields: Vec<(&'static str, String)>,
}

impl Expectation {
    fn new(kind: RuleKind, rule: &str, e: &SerializableExpectedClaim) -> Expectation {
        let mut fields = Vec::new();
        let subject = match kind {
            RuleKind::Metric => {
                let metric = e.metric.clone().unwrap_or_else(|| rule.to_owned());
                fields.push(("metric", metric.clone()));
                if let Some(v) = e.value {
                    fields.push(("value", v.to_string()));
                }
                if let Some(q) = e.qualifier {
                    fields.push(("qualifier", q.as_str().to_owned()));
                }
                if let Some(p) = &e.population {
                    fields.push(("population", p.clone()));
                }
                metric
            }
            RuleKind::Proposition => {
                let id = e.proposition.clone().unwrap_or_else(|| rule.to_owned());
                let template = id.split(':').next().unwrap_or_default().to_owned();
                fields.push(("proposition", id));
                if let Some(p) = e.polarity {
                    fields.push(("polarity", p.as_str().to_owned()));
                }
                template
            }
            RuleKind::Camp => {
                // Quantities of the given metric, or of any; the camp is the rule's unless given.
                fields.push(("camp", e.camp.clone().unwrap_or_else(|| rule.to_owned())));
                for (name, value) in [
                    ("metric", e.metric.clone()),
                    ("value", e.value.map(|v| v.to_string())),
                    ("qualifier", e.qualifier.map(|q| q.as_str().to_owned())),
                    ("population", e.population.clone()),
                ] {
                    if let Some(v) = value {
                        fields.push((name, v));
                    }
                }
                e.metric.clone().unwrap_or_default()
            }
            RuleKind::Framing => {
                fields.push(("topic", rule.to_owned()));
                if let Some(f) = &e.frame {
                    fields.push(("frame", f.clone()));
                }
                rule.to_owned()
            }
        };
        for (name, value) in [("speaker", &e.speaker), ("camp", &e.camp), ("event", &e.event)] {
            if name == "camp" && kind == RuleKind::Camp {
                continue;
            }
            if let Some(v) = value {
                fields.push((name, v.clone()));
            }
        }
        Expectation { subject, fields }
    }

    /// Whether `claim` is about this expectation's metric, proposition or topic.
    fn concerns(&self, claim: &Claim) -> bool {
        match &claim.kind {
            ClaimKind::Quantity(q) if self.fields[0].0 == "camp" => self.subject.is_empty() || q.metric == self.subject,
            ClaimKind::Quantity(q) => q.metric == self.subject && self.fields[0].0 == "metric",
            ClaimKind::Proposition(p) => p.template == self.subject && self.fields[0].0 == "proposition",
            ClaimKind::Term(t) => t.topic == self.subject && self.fields[0].0 == "topic",
        }
    }

    /// The fields that differ: (name, expected, got).
    fn diff(&self, claim: &Claim) -> Vec<(&'static str, String, String)> {
        let got = fields_of(claim);
        self.fields
            .iter()
            .filter_map(|(name, want)| {
                let have = got.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
                let same = match *name {
                    // A template id matches any bound slots; a full id must match exactly.
                    "proposition" if !want.contains(':') => have.split(':').next() == Some(want.as_str()),
                    "speaker" => {
                        let spoken = claim.speaker.as_ref().map(|s| s.text.trim().to_lowercase());
                        have == *want || spoken.as_deref() == Some(want.trim().to_lowercase().as_str())
                    }
                    _ => have == *want,
                };
                (!same).then(|| (*name, want.clone(), have))
            })
            .collect()
    }

    fn render(&self) -> String {
        render(&self.fields)
    }
}

fn meta_for(pack: &SourcePack, place: &str, example: &SerializableExample) -> DocumentMeta {
    let published = example.published.as_deref().unwrap_or(EXAMPLE_DATE).parse::<Date>().ok();
    DocumentMeta {
        path: place.rsplit_once(':').map_or(pack.path.clone(), |(p, _)| p.to_owned()),
        language: Some(Language::new(example.language.clone())),
        published,
        conflict: example.conflict.clone(),
        ..DocumentMeta::default()
    }
}

fn run_example(extractor: &Extractor, rule: &RuleExamples, index: usize) -> ExampleResult {
    let example = &rule.examples[index];
    let place = rule.pack.place(&format!("{}.examples[{index}]", rule.path()));
    let claims = extractor.extract(0, &meta_for(rule.pack, &place, example), &example.text).claims;
    let mut checks = Vec::new();
    let mut used = vec![false; claims.len()];
    let expected: Vec<Expectation> = example.claims.iter().map(|e| Expectation::new(rule.kind, rule.id, e)).collect();
    let mut open = Vec::new();
    for (n, e) in expected.iter().enumerate() {
        let found = claims.iter().enumerate().position(|(i, c)| !used[i] && e.concerns(c) && e.diff(c).is_empty());
        match found {
            Some(i) => {
                used[i] = true;
                checks.push((n, Check::Passed { expected: e.render() }));
            }
            None => open.push(n),
        }
    }
    for n in open {
        let e = &expected[n];
        let closest = claims
            .iter()
            .enumerate()
            .filter(|(i, c)| !used[*i] && e.concerns(c))
            .min_by_key(|(_, c)| e.diff(c).len())
            .map(|(i, _)| i);
        match closest {
            Some(i) => {
                used[i] = true;
                checks.push((n, Check::Wrong { fields: e.diff(&claims[i]) }));
            }
            None => checks.push((n, Check::Missing { expected: e.render() })),
        }
    }
    checks.sort_by_key(|(n, _)| *n);
    let mut checks: Vec<Check> = checks.into_iter().map(|(_, c)| c).collect();
    for ruled_out in &example.not_claims {
        let e = Expectation::new(rule.kind, rule.id, ruled_out);
        match claims.iter().find(|c| e.concerns(c) && e.diff(c).is_empty()) {
            Some(c) => checks.push(Check::Unexpected { ruled_out: e.render(), got: render(&fields_of(c)) }),
            None => checks.push(Check::Absent { ruled_out: e.render() }),
        }
    }
    let produced = claims.iter().map(|c| render(&fields_of(c))).collect();
    ExampleResult { index, place, text: example.text.clone(), checks, produced }
}

/// Runs the examples of every rule in `packs` (or of the rules named
/// `only`) against `rules`.
pub fn run_examples(packs: &[SourcePack], rules: &Rules, only: Option<&str>) -> Vec<RuleResult> {
    let extractor = Extractor::new(rules);
    rule_examples(packs)
        .into_iter()
        .filter(|rule| only.is_none_or(|id| id == rule.id))
        .map(|rule| RuleResult {
            kind: rule.kind,
            id: rule.id.to_owned(),
            place: rule.pack.place(&format!(
                "{}.{}",
                rule.path(),
                if rule.kind == RuleKind::Framing { "topic" } else { "id" }
            )),
            examples: (0..rule.examples.len()).map(|i| run_example(&extractor, &rule, i)).collect(),
        })
        .collect()
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Writes the results, one line per rule and the failures in detail, and
/// a summary. Returns whether everything passed.
pub fn write_results(out: &mut dyn Write, results: &[RuleResult]) -> io::Result<bool> {
    let mut failed_rules = 0;
    let mut without = 0;
    let mut counts = [0usize; 4];
    for rule in results {
        let passed = rule.count(|c| matches!(c, Check::Passed { .. } | Check::Absent { .. }));
        let missing = rule.count(|c| matches!(c, Check::Missing { .. }));
        let wrong = rule.count(|c| matches!(c, Check::Wrong { .. }));
        let unexpected = rule.count(|c| matches!(c, Check::Unexpected { .. }));
        for (total, n) in counts.iter_mut().zip([passed, missing, wrong, unexpected]) {
            *total += n;
        }
        let name = format!("{} `{}`", rule.kind.name(), rule.id);
        if rule.examples.is_empty() {
            without += 1;
            writeln!(out, "{name}: no examples ({})", rule.place)?;
            continue;
        }
        let examples = plural(rule.examples.len(), "example");
        if !rule.failed() {
            writeln!(out, "{name}: ok, {examples}, {passed} passed")?;
            continue;
        }
        failed_rules += 1;
        writeln!(
            out,
            "{name}: FAILED, {examples}, {passed} passed, {missing} missing, {wrong} wrong, {unexpected} unexpected"
        )?;
        for example in rule.examples.iter().filter(|e| e.failed()) {
            write_failed_example(out, example)?;
        }
    }
    let ok = failed_rules == 0;
    let [passed, missing, wrong, unexpected] = counts;
    writeln!(
        out,
        "\nrule examples: {}. {} passed, {failed_rules} failed, {without} without examples; \
         checks: {passed} passed, {missing} missing, {wrong} wrong, {unexpected} unexpected",
        if ok { "ok" } else { "FAILED" },
        plural(results.len() - failed_rules - without, "rule")
    )?;
    Ok(ok)
}

/// Writes a failed example in detail: each check, and the claims the text yielded.
fn write_failed_example(out: &mut dyn Write, example: &ExampleResult) -> io::Result<()> {
    writeln!(out, "  {}: examples[{}]: “{}”", example.place, example.index, example.text.trim())?;
    for check in &example.checks {
        match check {
            Check::Passed { expected } => writeln!(out, "    passed:     {expected}")?,
            Check::Absent { ruled_out } => writeln!(out, "    passed:     not {ruled_out}")?,
            Check::Missing { expected } => writeln!(out, "    missing:    {expected}")?,
            Check::Wrong { fields } => {
                let want: Vec<String> = fields.iter().map(|(k, w, _)| format!("{k}={w}")).collect();
                let got: Vec<String> = fields.iter().map(|(k, _, g)| format!("{k}={g}")).collect();
                writeln!(out, "    wrong:      - expected {}", want.join(" "))?;
                writeln!(out, "                + got      {}", got.join(" "))?;
            }
            Check::Unexpected { ruled_out, got } => {
                writeln!(out, "    unexpected: {ruled_out} (listed under not_claims)")?;
                writeln!(out, "                got {got}")?;
            }
        }
    }
    if example.produced.is_empty() {
        writeln!(out, "    the text yielded no claims")?;
    } else {
        writeln!(out, "    the text yielded:")?;
        for claim in &example.produced {
            writeln!(out, "      {claim}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped packs plus one extra pack.
    fn run(extra: &str) -> String {
        let mut packs = crosscheck_rules::builtin_packs().expect("the shipped packs parse");
        packs.push(crosscheck_rules::parse_pack("extra.yaml", extra).expect("the extra pack parses"));
        let rules = crosscheck_rules::compile(&packs).unwrap_or_else(|errors| {
            panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        });
        let results = run_examples(&packs, &rules, Some("test_metric"));
        let mut out = Vec::new();
        write_results(&mut out, &results).expect("write to a Vec");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn passing_examples_are_counted() {
        let got = run(r#"
metrics:
  - id: test_metric
    secondary: true
    triggers:
      en: {after: [stretchers]}
    examples:
      - text: "The hospital said 12 stretchers were carried in."
        language: en
        claims: [{value: 12, qualifier: exact}]
        not_claims: [{value: 13}]
"#);
        assert_eq!(
            got,
            "metric `test_metric`: ok, 1 example, 2 passed\n\n\
             rule examples: ok. 1 rule passed, 0 failed, 0 without examples; \
             checks: 2 passed, 0 missing, 0 wrong, 0 unexpected\n"
        );
    }

    #[test]
    fn failures_are_reported_as_missing_wrong_and_unexpected_with_a_diff() {
        let got = run(r#"
metrics:
  - id: test_metric
    secondary: true
    triggers:
      en: {after: [stretchers]}
    examples:
      - text: "The hospital said about 12 stretchers were carried in."
        language: en
        claims:
          - {value: 12, qualifier: exact}
          - {value: 40}
        not_claims: [{value: 12}]
      - text: "Nothing here."
        language: en
        claims: [{value: 3}]
"#);
        assert_eq!(
            got,
            "metric `test_metric`: FAILED, 2 examples, 0 passed, 2 missing, 1 wrong, 1 unexpected
  extra.yaml:8:9: examples[0]: “The hospital said about 12 stretchers were carried in.”
    wrong:      - expected qualifier=exact
                + got      qualifier=about
    missing:    metric=test_metric value=40
    unexpected: metric=test_metric value=12 (listed under not_claims)
                got metric=test_metric value=12 qualifier=about population=people speaker=The hospital camp=other event=none
    the text yielded:
      metric=test_metric value=12 qualifier=about population=people speaker=The hospital camp=other event=none
  extra.yaml:14:9: examples[1]: “Nothing here.”
    missing:    metric=test_metric value=3
    the text yielded no claims

rule examples: FAILED. 0 rules passed, 1 failed, 0 without examples; \
checks: 0 passed, 2 missing, 1 wrong, 1 unexpected
"
        );
    }
}
