//! The rules that carry examples (metrics, propositions, framing topics, camps),
//! found in parsed packs for `crosscheck rules test` and for checking.

use crate::error::Location;
use crate::pack::SourcePack;
use crate::serializable::SerializableExample;

/// The kinds of rule that carry examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    Metric,
    Proposition,
    Framing,
    /// A camp's examples expect quantity claims with that camp.
    Camp,
}

impl RuleKind {
    pub fn name(self) -> &'static str {
        match self {
            RuleKind::Metric => "metric",
            RuleKind::Proposition => "proposition",
            RuleKind::Framing => "framing",
            RuleKind::Camp => "camp",
        }
    }
}

/// One rule and its examples.
#[derive(Debug, Clone, Copy)]
pub struct RuleExamples<'p> {
    pub kind: RuleKind,
    /// The metric or proposition id, or the framing topic.
    pub id: &'p str,
    pub pack: &'p SourcePack,
    /// Where the rule stands in its pack: `metrics[0]`, `framing[2]`.
    index: usize,
    pub examples: &'p [SerializableExample],
}

impl<'p> RuleExamples<'p> {
    /// The rule's path in its pack: `metrics[0]`.
    pub fn path(&self) -> String {
        let section = match self.kind {
            RuleKind::Metric => "metrics",
            RuleKind::Proposition => "propositions",
            RuleKind::Framing => "framing",
            RuleKind::Camp => "camps",
        };
        format!("{section}[{}]", self.index)
    }

    /// Where the rule's id (or topic) is written.
    pub fn location(&self) -> Option<Location> {
        let field = if self.kind == RuleKind::Framing { "topic" } else { "id" };
        self.pack.location(&format!("{}.{field}", self.path()))
    }

    /// Where example `i` starts.
    pub fn example_location(&self, i: usize) -> Option<Location> {
        self.pack.location(&format!("{}.examples[{i}]", self.path()))
    }
}

/// Every metric, proposition and framing topic in `packs`, and every camp with examples, in pack order,
/// with its examples (possibly none).
pub fn rule_examples(packs: &[SourcePack]) -> Vec<RuleExamples<'_>> {
    let mut out = Vec::new();
    for pack in packs {
        let p = &pack.pack;
        for (index, m) in p.metrics.iter().enumerate() {
            out.push(RuleExamples { kind: RuleKind::Metric, id: &m.id, pack, index, examples: &m.examples });
        }
        for (index, r) in p.propositions.iter().enumerate() {
            out.push(RuleExamples { kind: RuleKind::Proposition, id: &r.id, pack, index, examples: &r.examples });
        }
        for (index, f) in p.framing.iter().enumerate() {
            out.push(RuleExamples { kind: RuleKind::Framing, id: &f.topic, pack, index, examples: &f.examples });
        }
        // A camp's examples are optional: one without is not listed.
        for (index, c) in p.camps.iter().enumerate().filter(|(_, c)| !c.examples.is_empty()) {
            out.push(RuleExamples { kind: RuleKind::Camp, id: &c.id, pack, index, examples: &c.examples });
        }
    }
    out
}
