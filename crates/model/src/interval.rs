use serde::{Deserialize, Serialize};

/// How a figure is hedged in the text ("at least 200", "about 100").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    LessThan,
    /// Two figures that bound the count: "between 100 and 300", "100-300".
    Range,
    /// A figure given only as an order of magnitude ("hundreds", "dozens").
    Vague,
}

impl Qualifier {
    pub const ALL: [Qualifier; 8] = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::UpTo,
        Qualifier::LessThan,
        Qualifier::Range,
        Qualifier::Vague,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
            Qualifier::LessThan => "less_than",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    pub fn parse(s: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.as_str() == s)
    }

    /// Whether the figure only bounds the count from below, so that a later,
    /// larger count can never contradict it.
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Qualifier::AtLeast | Qualifier::MoreThan)
    }

    /// The interval a stated `value` allows under this qualifier.
    ///
    /// `about` allows [`Interval::ABOUT_TOLERANCE`] either side (at least 1),
    /// so "about 100" is 90..=110 and can still disagree with "at least 200".
    /// `up_to` and `less_than` keep zero as their floor: "up to 30,000" agrees
    /// with any smaller count. `vague` has no stated value; its interval comes
    /// from the vague word itself (see `Interval::vague`); a `range` has two
    /// stated figures and is built with [`Qualifier::range`].
    pub fn interval(self, value: u64) -> Interval {
        match self {
            Qualifier::Exact => Interval::new(value, Some(value)),
            Qualifier::AtLeast => Interval::new(value, None),
            Qualifier::MoreThan => Interval::new(value.saturating_add(1), None),
            Qualifier::About => {
                let slack = ((value as f64) * Interval::ABOUT_TOLERANCE).round() as u64;
                let slack = slack.max(1);
                Interval::new(value.saturating_sub(slack), Some(value.saturating_add(slack)))
            }
            Qualifier::UpTo => Interval::new(0, Some(value)),
            Qualifier::LessThan => Interval::new(0, Some(value.saturating_sub(1))),
            Qualifier::Range | Qualifier::Vague => Interval::new(value, None),
        }
    }

    /// The interval of "between `low` and `high`", in either order.
    pub fn range(low: u64, high: u64) -> Interval {
        Interval::new(low.min(high), Some(low.max(high)))
    }
}

impl std::fmt::Display for Qualifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The counts a claim allows: `low..=high`, `high` unbounded when `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Interval {
    pub low: u64,
    pub high: Option<u64>,
}

impl Interval {
    /// The relative slack of "about N": ten per cent either side.
    pub const ABOUT_TOLERANCE: f64 = 0.10;

    pub fn new(low: u64, high: Option<u64>) -> Self {
        debug_assert!(high.is_none_or(|h| h >= low), "interval {low}..={high:?} is empty");
        Self { low, high }
    }

    /// Whether some count satisfies both intervals.
    pub fn intersects(self, other: Interval) -> bool {
        let below_other = self.high.is_some_and(|h| h < other.low);
        let above_other = other.high.is_some_and(|h| h < self.low);
        !(below_other || above_other)
    }

    /// Whether every count this interval allows is below every count `other` allows.
    pub fn entirely_below(self, other: Interval) -> bool {
        self.high.is_some_and(|h| h < other.low)
    }
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.high {
            Some(h) if h == self.low => write!(f, "{h}"),
            Some(h) => write!(f, "{}–{h}", self.low),
            None => write!(f, "≥{}", self.low),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_become_intervals() {
        assert_eq!(Qualifier::Exact.interval(32), Interval::new(32, Some(32)));
        assert_eq!(Qualifier::AtLeast.interval(200), Interval::new(200, None));
        assert_eq!(Qualifier::MoreThan.interval(400), Interval::new(401, None));
        assert_eq!(Qualifier::About.interval(100), Interval::new(90, Some(110)));
        assert_eq!(Qualifier::About.interval(3), Interval::new(2, Some(4)));
        assert_eq!(Qualifier::UpTo.interval(30_000), Interval::new(0, Some(30_000)));
        assert_eq!(Qualifier::LessThan.interval(24), Interval::new(0, Some(23)));
        assert_eq!(Qualifier::range(100, 300), Interval::new(100, Some(300)));
        assert_eq!(Qualifier::range(300, 100), Interval::new(100, Some(300)));
    }

    #[test]
    fn every_qualifier_reads_back_from_its_name() {
        for q in Qualifier::ALL {
            assert_eq!(Qualifier::parse(q.as_str()), Some(q));
        }
    }

    #[test]
    fn intersection_decides_compatibility() {
        let at_least_200 = Qualifier::AtLeast.interval(200);
        let exactly_32 = Qualifier::Exact.interval(32);
        let about_100 = Qualifier::About.interval(100);
        let at_least_25 = Qualifier::AtLeast.interval(25);
        assert!(!at_least_200.intersects(exactly_32));
        assert!(!about_100.intersects(at_least_200));
        assert!(!about_100.intersects(exactly_32));
        assert!(at_least_25.intersects(at_least_200));
        assert!(exactly_32.entirely_below(at_least_200));
        assert!(!at_least_200.entirely_below(exactly_32));
    }
}
