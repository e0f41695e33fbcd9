//! Checks of the examples that rules carry: languages, dates, and the
//! fields and ids of the claims they expect.

use jiff::civil::Date;

use super::{At, Compiler};
use crate::examples::{RuleExamples, RuleKind, rule_examples};
use crate::pack::SourcePack;
use crate::serializable::{SerializableExample, SerializableExpectedClaim};
use crate::suggest::{suggest, with_suggestion};

/// One claim an example expects (or must not give), and where it stands.
struct ExpectedAt<'s> {
    pack: &'s SourcePack,
    /// The rule, as messages name it: "metric `killed`".
    label: &'s str,
    kind: RuleKind,
    rule_id: &'s str,
    /// The claim's path in its pack.
    path: String,
    /// The claim's path below its rule: `examples[0].claims[1]`.
    field: String,
}

impl Compiler<'_> {
    pub(super) fn check_examples(&mut self) {
        for rule in rule_examples(self.packs) {
            let label = format!("{} `{}`", rule.kind.name(), rule.id);
            for (i, example) in rule.examples.iter().enumerate() {
                self.check_example(&rule, &label, i, example);
            }
        }
    }

    fn check_example(&mut self, rule: &RuleExamples<'_>, label: &str, i: usize, example: &SerializableExample) {
        let pack = rule.pack;
        let rule_path = rule.path();
        let path = format!("{rule_path}.examples[{i}]");
        if example.text.trim().is_empty() {
            self.error(pack, At::Value(&format!("{path}.text")), format!("{label}: examples[{i}].text is empty"));
        }
        if !self.language_packs.contains(&example.language) {
            let known: Vec<&str> = self.language_packs.iter().map(String::as_str).collect();
            let message = with_suggestion(
                format!("{label}: examples[{i}].language: no language pack has code `{}`", example.language),
                suggest(&example.language, known.into_iter()),
            );
            self.error(pack, At::Value(&format!("{path}.language")), message);
        }
        if let Some(published) = &example.published
            && published.parse::<Date>().is_err()
        {
            let message = format!("{label}: examples[{i}].published: `{published}` is not a date written YYYY-MM-DD");
            self.error(pack, At::Value(&format!("{path}.published")), message);
        }
        if let Some(conflict) = &example.conflict {
            let mut known: Vec<&str> = self.rules.events.iter().map(|e| e.id.as_str()).collect();
            known.extend(self.rules.events.iter().map(|e| e.conflict.as_str()));
            if !known.contains(&conflict.as_str()) {
                let message = with_suggestion(
                    format!("{label}: examples[{i}].conflict: unknown conflict or event `{conflict}`"),
                    suggest(conflict, known.into_iter()),
                );
                self.error(pack, At::Value(&format!("{path}.conflict")), message);
            }
        }
        if example.claims.is_empty() && example.not_claims.is_empty() {
            let message = format!("{label}: examples[{i}] has no `claims` or `not_claims`: it checks nothing");
            self.warn(pack, At::Value(&path), message);
        }
        for (list, claims) in [("claims", &example.claims), ("not_claims", &example.not_claims)] {
            for (j, claim) in claims.iter().enumerate() {
                let field = format!("examples[{i}].{list}[{j}]");
                let path = format!("{rule_path}.{field}");
                let at = ExpectedAt { pack, label, kind: rule.kind, rule_id: rule.id, path, field };
                self.check_expected_fields(&at, claim);
                self.check_expected_ids(&at, claim);
            }
        }
    }

    /// Each field the claim gives belongs to the rule's kind of claim.
    fn check_expected_fields(&mut self, at: &ExpectedAt<'_>, claim: &SerializableExpectedClaim) {
        let given = |name: &str| -> bool {
            match name {
                "metric" => claim.metric.is_some(),
                "value" => claim.value.is_some(),
                "qualifier" => claim.qualifier.is_some(),
                "population" => claim.population.is_some(),
                "proposition" => claim.proposition.is_some(),
                "polarity" => claim.polarity.is_some(),
                "frame" => claim.frame.is_some(),
                _ => false,
            }
        };
        let own: &[&str] = match at.kind {
            RuleKind::Metric => &["metric", "value", "qualifier", "population"],
            RuleKind::Proposition => &["proposition", "polarity"],
            RuleKind::Framing => &["frame"],
            RuleKind::Camp => &["metric", "value", "qualifier", "population"],
        };
        for (name, belongs) in [
            ("metric", RuleKind::Metric),
            ("value", RuleKind::Metric),
            ("qualifier", RuleKind::Metric),
            ("population", RuleKind::Metric),
            ("proposition", RuleKind::Proposition),
            ("polarity", RuleKind::Proposition),
            ("frame", RuleKind::Framing),
        ] {
            if given(name) && !own.contains(&name) {
                let message = format!(
                    "{}: {}.{name}: `{name}` is a field of {} claims, not of {} claims",
                    at.label,
                    at.field,
                    belongs.name(),
                    at.kind.name()
                );
                self.error(at.pack, At::Key(&format!("{}.{name}", at.path)), message);
            }
        }
    }

    /// Each id the claim names (metric, population, proposition, frame,
    /// camp, event) exists.
    fn check_expected_ids(&mut self, at: &ExpectedAt<'_>, claim: &SerializableExpectedClaim) {
        let unknown = |this: &mut Self, name: &str, what: &str, value: &str, known: Vec<String>| {
            if !known.iter().any(|k| k == value) {
                let message = with_suggestion(
                    format!("{}: {}.{name}: unknown {what} `{value}`", at.label, at.field),
                    suggest(value, known.iter().map(String::as_str)),
                );
                this.error(at.pack, At::Value(&format!("{}.{name}", at.path)), message);
            }
        };
        let kind = at.kind;
        if matches!(kind, RuleKind::Metric | RuleKind::Camp) {
            if let Some(metric) = &claim.metric {
                let known = self.rules.metrics.iter().map(|m| m.id.clone()).collect();
                unknown(self, "metric", "metric", metric, known);
            }
            if let Some(population) = &claim.population {
                let known = self.rules.populations.iter().map(|p| p.id.clone()).collect();
                unknown(self, "population", "population", population, known);
            }
        }
        if kind == RuleKind::Proposition
            && let Some(proposition) = &claim.proposition
        {
            let template = proposition.split(':').next().unwrap_or_default();
            let known = self.rules.propositions.iter().map(|p| p.id.clone()).collect();
            unknown(self, "proposition", "proposition", template, known);
        }
        if kind == RuleKind::Framing
            && let Some(frame) = &claim.frame
        {
            let rule_id = at.rule_id;
            let known = self.rules.terms.iter().filter(|t| t.topic == rule_id).map(|t| t.frame.clone()).collect();
            unknown(self, "frame", &format!("frame of `{rule_id}`"), frame, known);
        }
        if let Some(camp) = &claim.camp {
            let known = self.known_camps();
            unknown(self, "camp", "camp", camp, known);
        }
        if let Some(event) = &claim.event {
            let known = self.rules.events.iter().map(|e| e.id.clone()).collect();
            unknown(self, "event", "event", event, known);
        }
    }
}
