//! Data-driven tests for comparison, in the rust-analyzer style: each case is
//! a fixture of claims, one a line, and the findings it must give.
//!
//! A fixture line reads
//!
//! ```text
//! <source> <metric> <qualifier> <value> [key=value | flag]...
//! ```
//!
//! - source: `-` for the article's own voice, `@id` for a dictionary actor,
//!   anything else for an unknown speaker's words (`_` stands for a space);
//! - value: a number, or `low..high` / `low..` for a vague figure (with
//!   qualifier `range`, `low..high` is a range of two stated figures);
//! - `day=D` (September 2023, default 20), `doc=N` (default: the line's
//!   index, so each line is its own article), `event=ID` or `event=-`
//!   (default `karabakh-2023`), `pop=ID`, `side=ID`, `place=ID`;
//! - flags: `earlier` (marked as reported earlier), `stated` (the day comes
//!   from a time word), `incident` (one incident, not the whole event),
//!   `later` (what a count has risen to), `increment` (adds to an earlier count), `subset` (part of a total given
//!   beside it), `headline` (stands in the article's headline).
//!
//! Findings render as `<kind> <claims of side 1> vs <claims of side 2>`, one
//! a line; an empty string means no finding at all.

use crosscheck_compare::compare;
use crosscheck_graph::ClaimGraph;
use crosscheck_model::{
    Claim, ClaimId, ClaimKind, DocumentMeta, Interval, Qualifier, Quantity, Scope, Span, Speaker, TimeRange,
};
use jiff::civil::date;

/// A fixture's figure, `value` read as its qualifier says: the stated
/// value, if any, and the interval it stands for.
fn parse_value(qualifier: Qualifier, value: &str) -> (Option<u64>, Interval) {
    match value.split_once("..") {
        Some((low, high)) if qualifier == Qualifier::Range => {
            let (low, high): (u64, u64) = (low.parse().expect("range low"), high.parse().expect("range high"));
            (Some(low), Qualifier::range(low, high))
        }
        Some((low, high)) => {
            let low = low.parse().expect("vague low");
            let high = (!high.is_empty()).then(|| high.parse().expect("vague high"));
            (None, Interval::new(low, high))
        }
        None => {
            let v: u64 = value.parse().expect("value");
            (Some(v), qualifier.interval(v))
        }
    }
}

/// The `key=value` words and flags of a fixture line, defaults filled in.
#[derive(Debug)]
struct Marks {
    day: i8,
    doc: u32,
    event: Option<String>,
    population: Option<String>,
    side: Option<String>,
    place: Option<String>,
    earlier: bool,
    later: bool,
    stated: bool,
    scope: Scope,
    increment: bool,
    subset: bool,
    headline: bool,
}

impl Marks {
    /// Reads the marks of line `line`, whose default article is `doc`.
    fn parse<'w>(words: impl Iterator<Item = &'w str>, doc: u32, line: &str) -> Self {
        let mut marks = Marks {
            day: 20,
            doc,
            event: Some("karabakh-2023".to_owned()),
            population: None,
            side: None,
            place: None,
            earlier: false,
            later: false,
            stated: false,
            scope: Scope::Event,
            increment: false,
            subset: false,
            headline: false,
        };
        for word in words {
            match word.split_once('=') {
                Some(("day", d)) => marks.day = d.parse().expect("day"),
                Some(("doc", d)) => marks.doc = d.parse().expect("doc"),
                Some(("event", "-")) => marks.event = None,
                Some(("event", e)) => marks.event = Some(e.to_owned()),
                Some(("pop", p)) => marks.population = Some(p.to_owned()),
                Some(("side", s)) => marks.side = Some(s.to_owned()),
                Some(("place", p)) => marks.place = Some(p.to_owned()),
                None if word == "earlier" => marks.earlier = true,
                None if word == "later" => marks.later = true,
                None if word == "stated" => marks.stated = true,
                None if word == "incident" => marks.scope = Scope::Incident,
                None if word == "increment" => marks.increment = true,
                None if word == "subset" => marks.subset = true,
                None if word == "headline" => marks.headline = true,
                _ => panic!("unknown fixture word `{word}` in `{line}`"),
            }
        }
        marks
    }

    /// The day the marks give.
    fn time(&self) -> TimeRange {
        let mut time = TimeRange::day(date(2023, 9, self.day));
        time.explicit = self.stated;
        time
    }
}

/// The speaker a fixture's source stands for: none for `-`.
fn parse_speaker(source: &str) -> Option<Speaker> {
    match source {
        "-" => None,
        s => Some(Speaker {
            text: s.trim_start_matches('@').replace('_', " "),
            span: Span::new(0, 0),
            actor: s.strip_prefix('@').map(Into::into),
        }),
    }
}

fn parse_claim(index: usize, line: &str) -> Claim {
    let mut words = line.split_whitespace();
    let mut next =
        |what: &str| words.next().unwrap_or_else(|| panic!("fixture line `{line}` has no {what}")).to_owned();
    let source = next("source");
    let metric = next("metric");
    let qualifier = next("qualifier");
    let qualifier = Qualifier::parse(&qualifier).unwrap_or_else(|| panic!("unknown qualifier `{qualifier}`"));
    let (value, interval) = parse_value(qualifier, &next("value"));
    let marks = Marks::parse(words, index as u32, line);
    let speaker = parse_speaker(&source);
    let camp = match &speaker {
        None => Some("media".into()),
        Some(_) => None,
    };
    let time = marks.time();
    let Marks { doc, event, population, side, place, scope, increment, subset, headline, earlier, later, .. } = marks;
    Claim {
        doc,
        span: Span::new(0, 0),
        quote: String::new(),
        line: 1,
        evidence: Span::new(0, 0),
        text: line.into(),
        speaker,
        camp,
        event: event.map(Into::into),
        place: place.map(Into::into),
        time: Some(time),
        earlier_report: earlier,
        later_report: later,
        scope,
        headline,
        kind: ClaimKind::Quantity(Quantity { metric, value, qualifier, interval, population, side, increment, subset }),
        trace: Vec::new(),
    }
}

fn ids(ids: &[ClaimId]) -> String {
    ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(",")
}

#[track_caller]
fn check(fixture: &str, expected: &str) {
    let claims: Vec<Claim> =
        fixture.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate().map(|(i, l)| parse_claim(i, l)).collect();
    let docs: Vec<DocumentMeta> = (0..=claims.iter().map(|c| c.doc).max().unwrap_or(0))
        .map(|i| DocumentMeta { path: format!("a{i}.txt"), ..Default::default() })
        .collect();
    let graph = ClaimGraph::build(&crosscheck_model::DocumentList::of(&docs), &crosscheck_model::Records::of(&claims));
    let actual = compare(&claims, &graph)
        .iter()
        .map(|f| format!("{} {} vs {}", f.kind.as_str(), ids(&f.sides[0]), ids(&f.sides[1])))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(actual, expected.trim(), "\nfixture:\n{fixture}\nactual:\n{actual}\nexpected:\n{expected}\n");
}

// --- Figures that cannot both hold, given the same day ----------------------

mod conflicts {
    use super::*;

    #[test]
    fn disjoint_figures_from_two_sources_the_same_day() {
        check(
            "@azerbaijan-mod killed exact 32
             @karabakh-authorities killed at_least 200",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn two_exact_figures() {
        check(
            "@armenia-mod killed exact 40
             @azerbaijan-mod killed exact 12",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn about_100_against_at_least_200() {
        check(
            "@azerbaijan killed about 100
             @karabakh-authorities killed at_least 200",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn up_to_below_a_lower_bound() {
        check(
            "@azerbaijan displaced up_to 30000
             @armenia displaced at_least 40000",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn less_than_below_an_exact_figure() {
        check(
            "@azerbaijan killed less_than 20
             @karabakh-authorities killed exact 22",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn two_agreeing_sources_against_a_third() {
        check(
            "@azerbaijan-mod killed exact 32
             @azerbaijan killed exact 32
             @karabakh-authorities killed at_least 200",
            "numeric_conflict c1,c2 vs c3",
        );
    }

    #[test]
    fn the_voices_of_two_articles() {
        check(
            "- killed exact 32
             - killed at_least 200",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn two_speakers_side_by_side_in_one_article() {
        check(
            "@azerbaijan-mod killed exact 32 doc=0
             @karabakh-authorities killed at_least 200 doc=0",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn the_voice_of_one_article_against_a_source_of_another() {
        check(
            "- killed exact 5 doc=0
             @karabakh-authorities killed at_least 16 doc=1",
            "numeric_conflict c1 vs c2",
        );
    }
}

/// In one article, the outlet's own figure beside a quoted source's is most
/// often background (another attack, an earlier month, a running total):
/// shown as a discrepancy, never called a contradiction.
mod own_voice_in_one_article {
    use super::*;

    #[test]
    fn the_article_against_a_named_source() {
        check(
            "@karabakh-authorities killed exact 16 doc=0
             - killed exact 5 doc=0",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn an_unknown_speaker_against_the_article() {
        check(
            "a_health_official killed exact 16 doc=0 incident
             - killed exact 5 doc=0 incident",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn the_article_against_an_earlier_figure_of_a_source() {
        check(
            "- wounded exact 17 doc=0 incident
             witnesses wounded exact 29 doc=0 incident earlier",
            "discrepancy c1 vs c2",
        );
    }
}

// --- Figures that can both hold ---------------------------------------------

mod compatible {
    use super::*;

    #[test]
    fn two_lower_bounds() {
        check(
            "@azerbaijan killed at_least 25
             @karabakh-authorities killed at_least 200",
            "",
        );
    }

    #[test]
    fn the_same_figure_twice() {
        check(
            "@karabakh-authorities killed exact 200
             @armenia killed exact 200",
            "",
        );
    }

    #[test]
    fn at_least_and_more_than_the_same_bound() {
        check(
            "@karabakh-authorities killed at_least 200
             @armenia killed more_than 199",
            "",
        );
    }

    #[test]
    fn about_covers_a_close_exact_figure() {
        check(
            "@azerbaijan killed about 100
             @karabakh-authorities killed exact 105",
            "",
        );
    }

    #[test]
    fn up_to_covers_a_smaller_figure() {
        check(
            "@armenia displaced up_to 30000
             @azerbaijan displaced exact 28000",
            "",
        );
    }

    #[test]
    fn exact_figure_within_a_lower_bound() {
        check(
            "@azerbaijan killed at_least 25
             @karabakh-authorities killed exact 200",
            "",
        );
    }

    #[test]
    fn overlapping_but_different_is_a_discrepancy() {
        check(
            "@azerbaijan killed about 100
             @karabakh-authorities killed at_least 105",
            "discrepancy c1 vs c2",
        );
    }
}

// --- Figures about different things are never compared ----------------------

mod apart {
    use super::*;

    #[test]
    fn different_events() {
        check(
            "@armenia killed exact 3825 event=karabakh-2020
             @karabakh-authorities killed exact 200 event=karabakh-2023",
            "",
        );
    }

    #[test]
    fn different_metrics() {
        check(
            "@karabakh-authorities killed exact 32
             @azerbaijan wounded exact 200",
            "",
        );
    }

    #[test]
    fn different_populations() {
        check(
            "@karabakh-authorities killed exact 32 pop=civilians
             @azerbaijan killed exact 200 pop=soldiers",
            "",
        );
    }

    #[test]
    fn different_sides() {
        check(
            "@azerbaijan-mod killed exact 192 side=azerbaijani
             @karabakh-authorities killed exact 200 side=armenian",
            "",
        );
    }

    #[test]
    fn different_places() {
        check(
            "@karabakh-authorities killed exact 5 place=stepanakert incident
             @azerbaijan killed exact 20 place=shusha incident",
            "",
        );
    }

    #[test]
    fn the_same_place_on_different_days() {
        check(
            "@karabakh-authorities killed exact 5 place=stepanakert incident day=20
             @azerbaijan killed exact 20 place=stepanakert incident day=22",
            "",
        );
    }

    #[test]
    fn an_incident_and_the_whole_event() {
        check(
            "@karabakh-authorities killed exact 5 incident
             @azerbaijan killed exact 200",
            "",
        );
    }

    #[test]
    fn no_event_in_different_articles() {
        check(
            "@karabakh-authorities killed exact 32 event=-
             @azerbaijan killed exact 200 event=-",
            "",
        );
    }

    #[test]
    fn no_event_in_one_article_still_compares() {
        check(
            "@karabakh-authorities killed exact 32 event=- doc=0
             @azerbaijan killed exact 200 event=- doc=0",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn the_same_place_the_same_day_compares() {
        check(
            "@karabakh-authorities killed exact 5 place=stepanakert incident
             @azerbaijan killed exact 20 place=stepanakert incident",
            "numeric_conflict c1 vs c2",
        );
    }
}

// --- Figures in time: revision, correction, update ---------------------------

mod timeline {
    use super::*;

    #[test]
    fn the_same_speaker_raises_its_figure() {
        check(
            "@karabakh-authorities killed exact 32 day=20
             @karabakh-authorities killed exact 200 day=22",
            "revision c1 vs c2",
        );
    }

    #[test]
    fn the_same_speaker_raises_its_figure_listed_later_first() {
        check(
            "@karabakh-authorities killed exact 200 day=22
             @karabakh-authorities killed exact 32 day=20",
            "revision c1 vs c2",
        );
    }

    #[test]
    fn the_same_speaker_lowers_below_its_bound() {
        check(
            "@karabakh-authorities killed at_least 200 day=20
             @karabakh-authorities killed exact 32 day=22",
            "correction c1 vs c2",
        );
    }

    #[test]
    fn another_source_later_and_larger() {
        check(
            "@azerbaijan-mod killed exact 32 day=20
             @karabakh-authorities killed exact 200 day=22",
            "update c1 vs c2",
        );
    }

    #[test]
    fn another_source_later_and_smaller() {
        check(
            "@karabakh-authorities killed at_least 200 day=20
             @azerbaijan-mod killed exact 32 day=22",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn a_figure_marked_earlier_in_the_same_article() {
        check(
            "@azerbaijan-mod killed exact 32 doc=0 earlier
             @karabakh-authorities killed exact 200 doc=0",
            "update c1 vs c2",
        );
    }

    #[test]
    fn two_dated_figures_in_the_same_article() {
        check(
            "@azerbaijan-mod killed exact 32 doc=0 day=19 stated
             @karabakh-authorities killed exact 200 doc=0 day=20 stated",
            "update c1 vs c2",
        );
    }

    #[test]
    fn spellings_of_one_unknown_speaker_are_one_source() {
        check(
            "Hovannisyan killed exact 32 day=20
             Hovhannisyan killed exact 200 day=22",
            "revision c1 vs c2",
        );
    }

    #[test]
    fn different_unknown_speakers_are_two_sources() {
        // Two sources, not one revising itself; but neither can be placed in a
        // camp, so their disagreement is shown as a discrepancy only.
        check(
            "a_local_official killed exact 32 day=20
             an_aid_worker killed exact 200 day=20",
            "discrepancy c1 vs c2",
        );
    }
}

// --- Vague figures ("hundreds") conflict only with figures far outside them ---

mod vague {
    use super::*;

    /// "hundreds" against 32: no reading of "hundreds" comes near.
    #[test]
    fn vague_against_an_exact_figure_far_below_it() {
        check(
            "@karabakh-authorities killed vague 100..999
             @azerbaijan killed exact 32",
            "numeric_conflict c1 vs c2",
        );
    }

    /// "hundreds" against 80: a loose word may stretch that far.
    #[test]
    fn vague_against_a_disjoint_exact_figure_near_it() {
        check(
            "@karabakh-authorities killed vague 100..999
             @azerbaijan killed exact 80",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn two_disjoint_vague_figures() {
        check(
            "@karabakh-authorities displaced vague 12..99
             @armenia displaced vague 1000..9999",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn vague_later_and_below_an_earlier_bound() {
        check(
            "@karabakh-authorities killed at_least 200 day=20
             @azerbaijan killed vague 12..99 day=22",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn vague_covering_an_exact_figure() {
        check(
            "@karabakh-authorities killed vague 100..999
             @azerbaijan killed exact 200",
            "",
        );
    }

    #[test]
    fn vague_against_an_about_figure_it_overlaps() {
        check(
            "@karabakh-authorities killed vague 100..999
             @azerbaijan killed about 100",
            "",
        );
    }

    #[test]
    fn vague_later_and_larger() {
        check(
            "@azerbaijan killed exact 32 day=20
             @karabakh-authorities killed vague 100..999 day=22",
            "update c1 vs c2",
        );
    }
}

// --- Which mentions stand for a pair of sources -----------------------------

mod given_together {
    use super::*;

    #[test]
    fn a_later_mention_the_same_day_outweighs_the_first() {
        check(
            "@azerbaijan-mod killed exact 12 day=19
             @karabakh-authorities killed exact 40 day=22
             @azerbaijan-mod killed exact 12 day=22",
            "numeric_conflict c1,c3 vs c2",
        );
    }

    #[test]
    fn the_same_article_comes_before_the_same_day() {
        check(
            "@azerbaijan-mod killed exact 32 doc=0
             @azerbaijan-mod killed exact 32 doc=1
             @karabakh-authorities killed exact 40 doc=1",
            "numeric_conflict c1,c2 vs c3",
        );
    }

    #[test]
    fn the_earliest_mention_given_together_stands() {
        check(
            "@azerbaijan-mod killed exact 32 doc=0
             @karabakh-authorities killed exact 40 doc=1
             @karabakh-authorities killed exact 40 doc=0",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn a_mention_marked_earlier_is_not_given_together() {
        check(
            "@azerbaijan-mod killed exact 12 day=19
             @karabakh-authorities killed exact 40 day=22
             @azerbaijan-mod killed exact 12 day=22 earlier",
            "update c1 vs c2",
        );
    }
}

// --- Figures that are not neighbours in value order -------------------------

mod chains {
    use super::*;

    #[test]
    fn one_source_raising_its_figure_twice() {
        check(
            "@karabakh-authorities killed exact 32 day=20
             @karabakh-authorities killed exact 100 day=21
             @karabakh-authorities killed exact 200 day=22",
            "revision c1 vs c2\nrevision c2 vs c3",
        );
    }

    #[test]
    fn a_conflict_between_figures_apart_in_value() {
        check(
            "@azerbaijan-mod killed exact 32 day=20
             @armenia-mod killed exact 100 day=21
             @karabakh-authorities killed exact 200 day=20",
            "numeric_conflict c1 vs c3\nnumeric_conflict c2 vs c3\nupdate c1 vs c2",
        );
    }

    /// "thousands" against its neighbour 100 conflicts; against 32, which
    /// is no neighbour in value, it says nothing.
    #[test]
    fn a_vague_figure_apart_in_value_contradicts_only_its_neighbour() {
        check(
            "@azerbaijan-mod killed exact 32 day=20
             @armenia-mod killed exact 100 day=21
             @karabakh-authorities killed vague 1000..9999 day=20",
            "numeric_conflict c2 vs c3\nupdate c1 vs c2",
        );
    }
}

// --- What looks like a conflict and is not --------------------------------

mod not_conflicts {
    use super::*;

    #[test]
    fn an_increment_and_a_total() {
        check(
            "@karabakh-authorities killed exact 16 increment
             @azerbaijan killed at_least 200",
            "",
        );
    }

    #[test]
    fn two_increments() {
        check(
            "@karabakh-authorities killed exact 16 increment
             @azerbaijan killed exact 40 increment",
            "",
        );
    }

    #[test]
    fn a_part_of_a_total_below_the_total() {
        check(
            "@karabakh-authorities killed exact 10 subset
             @azerbaijan killed at_least 200",
            "",
        );
    }

    #[test]
    fn two_parts_of_totals_are_at_most_a_discrepancy() {
        check(
            "@karabakh-authorities killed exact 10 pop=children subset
             @azerbaijan killed exact 40 pop=children subset",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn the_same_figure_with_another_hedge() {
        check(
            "@russia-mod killed more_than 600
             @ukraine killed exact 600",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn an_incident_at_one_place_and_another_place() {
        check(
            "- wounded exact 3 incident place=tartar
             - wounded exact 34 incident place=ganja",
            "",
        );
    }

    #[test]
    fn different_sides_of_one_event() {
        check(
            "@armenia killed more_than 6000 side=azerbaijani
             @karabakh-authorities killed exact 1166 side=armenian",
            "",
        );
    }
}

mod ranges {
    use super::*;

    #[test]
    fn a_range_below_a_lower_bound() {
        check(
            "@us-intelligence killed range 100..300
             @gaza-health-ministry killed at_least 471",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn a_range_holding_an_exact_figure() {
        check(
            "@us-intelligence killed range 100..300
             @gaza-health-ministry killed exact 250",
            "",
        );
    }

    #[test]
    fn two_overlapping_ranges_are_a_discrepancy() {
        check(
            "@us-intelligence killed range 100..300
             @gaza-health-ministry killed range 250..500",
            "discrepancy c1 vs c2",
        );
    }
}

mod headlines {
    use super::*;

    #[test]
    fn a_source_is_quoted_from_its_body_not_its_headline() {
        check(
            "local_officials killed about 600 doc=0 headline
             local_officials killed about 600 doc=0
             @karabakh-authorities killed exact 16 doc=0",
            "numeric_conflict c2 vs c3",
        );
    }
}

mod later_in_time {
    use super::*;

    #[test]
    fn a_lower_count_weeks_later_is_no_contradiction() {
        check(
            "@gaza-health-ministry killed exact 28775 day=1
             @gaza-health-ministry-2 killed exact 9246 day=29",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn a_lower_count_days_later_still_is() {
        check(
            "@gaza-health-ministry killed at_least 500 day=17
             @us-intelligence killed range 100..300 day=20",
            "numeric_conflict c1 vs c2",
        );
    }
}

mod risen_to {
    use super::*;

    #[test]
    fn a_count_risen_to_in_the_same_article_is_an_update() {
        check(
            "- killed exact 30 incident doc=0
             @fasher-committee killed exact 60 incident doc=0 later",
            "update c1 vs c2",
        );
    }
}

mod rounding {
    use super::*;

    #[test]
    fn a_round_figure_and_a_precise_one_within_its_rounding() {
        check(
            "@gaza-health-ministry wounded exact 154000
             @un wounded exact 154525",
            "discrepancy c1 vs c2",
        );
    }

    #[test]
    fn small_figures_are_not_rounded() {
        check(
            "@azerbaijan-mod killed exact 16
             @karabakh-authorities killed exact 17",
            "numeric_conflict c1 vs c2",
        );
    }

    /// "a hundred killed" against 95: a round hundred is precise to ten.
    #[test]
    fn a_round_hundred_is_precise_to_ten() {
        check(
            "@afghanistan killed exact 100
             @taliban killed exact 95",
            "discrepancy c1 vs c2",
        );
        check(
            "@azerbaijan-mod killed exact 600
             @karabakh-authorities killed exact 591",
            "discrepancy c1 vs c2",
        );
        check(
            "@afghanistan killed exact 100
             @taliban killed exact 85",
            "numeric_conflict c1 vs c2",
        );
    }

    #[test]
    fn a_gap_beyond_the_rounding_is_a_conflict() {
        check(
            "@gaza-health-ministry wounded exact 154000
             @un wounded exact 162000",
            "numeric_conflict c1 vs c2",
        );
        // Within 3% of each other, past the rounding too: one count told twice.
        check(
            "@gaza-health-ministry wounded exact 154000
             @un wounded exact 158000",
            "discrepancy c1 vs c2",
        );
    }
}
