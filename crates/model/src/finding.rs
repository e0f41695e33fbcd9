use serde::{Deserialize, Serialize};

use crate::ClaimId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Figures for the same event and metric that cannot both hold.
    NumericConflict,
    /// One source asserts what another denies.
    AssertionDenial,
    /// Camps name the same thing in their own terms.
    Framing,
    /// A later figure below an earlier lower bound from the same source.
    Correction,
    /// The same source raised its figure later.
    Revision,
    /// A later, larger figure from another source: tolls grow.
    Update,
    /// Different figures that can both hold.
    Discrepancy,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::NumericConflict => "numeric_conflict",
            FindingKind::AssertionDenial => "assertion_denial",
            FindingKind::Framing => "framing",
            FindingKind::Correction => "correction",
            FindingKind::Revision => "revision",
            FindingKind::Update => "update",
            FindingKind::Discrepancy => "discrepancy",
        }
    }

    /// Whether the finding says the sources contradict each other.
    pub fn is_contradiction(self) -> bool {
        matches!(self, FindingKind::NumericConflict | FindingKind::AssertionDenial)
    }
}

impl std::fmt::Display for FindingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Two sides that disagree (or merely differ), with the claims on each side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub event: Option<String>,
    /// The metric, proposition or framed topic the sides differ on.
    pub subject: String,
    pub population: Option<String>,
    pub place: Option<String>,
    /// Every claim on each side.
    /// Each side's claims, one per source (its first mention): a figure
    /// repeated by a thousand articles is one source's claim, cited once.
    pub sides: [Vec<ClaimId>; 2],
    /// How many claims each side holds in all, every mention counted.
    pub mentions: [usize; 2],
    /// One representative pair per pair of sources in disagreement.
    pub pairs: Vec<(ClaimId, ClaimId)>,
    pub reason: String,
}
