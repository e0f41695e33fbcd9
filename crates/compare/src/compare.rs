//! Comparing figures: which disagreements are conflicts, and which are not.
//!
//! For each (event, metric, population, place) the distinct figures are
//! compared pairwise, and within a pair of figures one pair of mentions
//! stands for each pair of sources: the first mentions, or the first given
//! together (same article, or same day) if there is one. Each figure's
//! mentions are indexed by article and by day once, so looking for mentions
//! given together visits only those that share an article or a day — cost
//! grows with distinct figures and sources, not with mentions:
//!
//! - intervals that intersect are compatible; if neither contains the other
//!   they are a `discrepancy`, shown but not a contradiction;
//! - disjoint intervals from the same source are a `revision` (raised later)
//!   or a `correction` (lowered below an earlier lower bound);
//! - disjoint intervals from different sources conflict when they may have
//!   been given the same day, or when the later one is below the earlier;
//!   a later figure above an earlier one is an `update`: tolls grow;
//! - vague figures ("hundreds") conflict only with a stated figure at least
//!   three times outside their range;
//! - a figure for one incident (a strike, a blast) compares only with figures
//!   for the same incident: the same locality on the same day, or, when no
//!   place is named, the same article;
//! - figures counting one side's people ("its troops", "of the enemy",
//!   "Russian soldiers") compare only with figures for the same side.
//!
//! Order in time: articles of different days form a timeline; within one
//! article, figures set side by side are taken as given together unless the
//! text marks one as earlier ("initially", "في وقت سابق") or dates both. The
//! marks order an undated article's figures too.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crosscheck_model::{
    Claim, ClaimId, ClaimRef, Date, Figure, Finding, FindingKind, FindingRef, Findings, Interval, Polarity, Qualifier,
    Reason, Records, Scope, TimeRange,
};

use crosscheck_graph::{ClaimGraph, Sources};

/// What a group's figures count, borrowed from the claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct GroupKey<'c> {
    event: Option<&'c str>,
    /// Claims with no event compare only within their own article.
    doc: Option<u32>,
    metric: &'c str,
    population: Option<&'c str>,
    side: Option<&'c str>,
    /// For incident figures: the locality, or the article when none is named.
    incident: Option<Incident<'c>>,
    place: Option<&'c str>,
    /// Parts of a total ("including 5 children") compare only with parts.
    subset: bool,
}

/// Which incident an incident figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Incident<'c> {
    /// The locality it is given for.
    Place(&'c str),
    /// The article, when no place is named.
    Article(u32),
}

impl<'c> GroupKey<'c> {
    fn of(claim: ClaimRef<'c>, q: Figure<'c>) -> Self {
        let incident = (claim.scope() == Scope::Incident).then(|| match claim.place() {
            Some(p) => Incident::Place(p),
            None => Incident::Article(claim.doc()),
        });
        GroupKey {
            event: claim.event(),
            doc: claim.event().is_none().then_some(claim.doc()),
            metric: q.metric,
            population: q.population,
            side: q.side,
            incident,
            place: claim.place(),
            subset: q.subset,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Before,
    After,
    Together,
}

/// Where and when a claim was made: all that [`order`] compares.
#[derive(Debug, Clone, Copy)]
struct Said {
    doc: u32,
    time: Option<TimeRange>,
    /// The speaker is placed: it has a camp (the catch-all one included) or is a listed actor.
    has_camp: bool,
    /// Marked as reported earlier ("initially"), or as what a count has risen to.
    earlier: bool,
    later: bool,
}

impl Said {
    fn of(claim: ClaimRef) -> Self {
        Self {
            doc: claim.doc(),
            time: claim.time(),
            has_camp: claim.camp().is_some() || claim.actor().is_some(),
            earlier: claim.earlier_report(),
            later: claim.later_report(),
        }
    }
}

/// Whether a claim said as `a` was made before, after, or together with one said as `b`.
fn order(a: Said, b: Said) -> Order {
    // Marked earlier ("initially") < unmarked < marked as what a count has risen to.
    let rank = |s: Said| {
        if s.earlier {
            0
        } else if s.later {
            2
        } else {
            1
        }
    };
    let by_flag = || match rank(a).cmp(&rank(b)) {
        std::cmp::Ordering::Less => Order::Before,
        std::cmp::Ordering::Greater => Order::After,
        std::cmp::Ordering::Equal => Order::Together,
    };
    let (Some(ta), Some(tb)) = (a.time.as_ref(), b.time.as_ref()) else {
        // Undated: within one article the text's own marks still order them.
        return if a.doc == b.doc { by_flag() } else { Order::Together };
    };
    let by_date = || match ta.latest.cmp(&tb.latest) {
        std::cmp::Ordering::Less => Order::Before,
        std::cmp::Ordering::Greater => Order::After,
        std::cmp::Ordering::Equal => Order::Together,
    };
    if a.doc == b.doc {
        match by_flag() {
            Order::Together if ta.explicit && tb.explicit => by_date(),
            o => o,
        }
    } else {
        match by_date() {
            Order::Together => by_flag(),
            o => o,
        }
    }
}

/// A quantity claim, with what comparison reads of it, so that comparing
/// figures reads no claim.
#[derive(Debug, Clone, Copy)]
struct Mention {
    id: ClaimId,
    said: Said,
    /// The mention stands in a headline, which restates the body.
    headline: bool,
    /// The source, as [`ClaimGraph::source_number`] gives it.
    source: u32,
}

/// One distinct figure in a group, with every claim that gives it.
#[derive(Debug)]
struct FigureClaims<'c> {
    quantity: Figure<'c>,
    /// In claim order.
    mentions: Vec<Mention>,
    /// Each mention's source, as its position in `sources`.
    source_of: Vec<u32>,
    /// The sources that give the figure, in order of first mention.
    sources: Vec<FigureSource>,
    /// Each source's first mention in each article, sorted by article.
    by_doc: Vec<(u32, FirstMention)>,
    /// Each source's first mention on each day, sorted by day.
    by_day: Vec<(Date, FirstMention)>,
    /// Sources that give a larger figure of the group in an article where
    /// they give this one: for them this figure is a part or an earlier
    /// count ("the bodies of two soldiers ... 62 soldiers killed").
    outranked: Vec<u32>,
}

/// One source of a figure.
#[derive(Debug, Clone, Copy)]
struct FigureSource {
    /// The source, as [`ClaimGraph::source_number`] gives it.
    number: u32,
    /// Its first mention of the figure.
    first: ClaimId,
    /// Where and when that first mention was made.
    said: Said,
    /// Whether that mention is in a headline: a later one in the body replaces it.
    headline: bool,
}

/// A source's first mention of a figure in one article or on one day.
#[derive(Debug, Clone, Copy)]
struct FirstMention {
    /// The source, as its position in [`FigureClaims::sources`].
    source: u32,
    id: ClaimId,
    said: Said,
    /// It stands in a headline: another mention in the body comes first.
    headline: bool,
}

impl<'c> FigureClaims<'c> {
    /// Indexes the figure's mentions (in claim order) by source, article and
    /// day. `position` maps a source number to its place in `sources`; it
    /// holds `u32::MAX` for every source before and after.
    fn new(quantity: Figure<'c>, mentions: Vec<Mention>, position: &mut [u32]) -> Self {
        let mut source_of = Vec::with_capacity(mentions.len());
        let mut sources: Vec<FigureSource> = Vec::new();
        let mut by_doc = Vec::with_capacity(mentions.len());
        let mut by_day = Vec::with_capacity(mentions.len());
        for m in &mentions {
            let slot = &mut position[m.source as usize];
            if *slot == u32::MAX {
                *slot = sources.len() as u32;
                sources.push(FigureSource { number: m.source, first: m.id, said: m.said, headline: m.headline });
            } else {
                // A source's body text stands for it rather than the headline that restates it.
                let source = &mut sources[*slot as usize];
                if source.headline && !m.headline {
                    *source = FigureSource { number: m.source, first: m.id, said: m.said, headline: false };
                }
            }
            let first = FirstMention { source: *slot, id: m.id, said: m.said, headline: m.headline };
            source_of.push(first.source);
            by_doc.push((m.said.doc, first));
            if let Some(t) = m.said.time {
                by_day.push((t.latest, first));
            }
        }
        for s in &sources {
            position[s.number as usize] = u32::MAX;
        }
        // Mentions come in claim order, so after a stable sort the first entry of
        // each (article, source) or (day, source) is that source's first mention there.
        // A headline restates the body: the body's mention stands first.
        by_doc.sort_by_key(|&(doc, m)| (doc, m.source, m.headline));
        by_doc.dedup_by_key(|&mut (doc, m)| (doc, m.source));
        by_day.sort_by_key(|&(day, m)| (day, m.source, m.headline));
        by_day.dedup_by_key(|&mut (day, m)| (day, m.source));
        Self { quantity, mentions, source_of, sources, by_doc, by_day, outranked: Vec::new() }
    }

    /// Whether `source` gives this figure in an article where `larger`
    /// shows it giving a larger one.
    fn outranked_by(&self, larger: &FigureClaims, source: u32) -> bool {
        let docs =
            |f: &FigureClaims| f.mentions.iter().filter(|m| m.source == source).map(|m| m.said.doc).collect::<Vec<_>>();
        let here = docs(self);
        self.quantity.interval.entirely_below(larger.quantity.interval) && docs(larger).iter().any(|d| here.contains(d))
    }

    /// The claim that first gives the figure.
    fn first(&self) -> ClaimId {
        self.mentions[0].id
    }

    /// Each source's first mention in article `doc`.
    fn in_doc(&self, doc: u32) -> impl Iterator<Item = &FirstMention> {
        let start = self.by_doc.partition_point(|e| e.0 < doc);
        self.by_doc[start..].iter().take_while(move |e| e.0 == doc).map(|(_, m)| m)
    }

    /// Each source's first mention on `day`.
    fn on_day(&self, day: Date) -> impl Iterator<Item = &FirstMention> {
        let start = self.by_day.partition_point(|e| e.0 < day);
        self.by_day[start..].iter().take_while(move |e| e.0 == day).map(|(_, m)| m)
    }

    /// The first claim of each source, in claim order.
    fn firsts(&self) -> impl Iterator<Item = ClaimId> {
        self.sources.iter().map(|s| s.first)
    }
}

/// The first claim of each source, in claim order.
fn first_per_source(ids: &[ClaimId], graph: &Sources) -> Vec<ClaimId> {
    let mut seen: HashSet<u32> = HashSet::new();
    ids.iter().copied().filter(|&id| seen.insert(graph.source_number(id))).collect()
}

/// A side's claims: one per source, and every claim a pair cites, in order.
fn cited(side: impl Iterator<Item = ClaimId>, in_pairs: impl Iterator<Item = ClaimId>) -> Vec<ClaimId> {
    let mut side: Vec<ClaimId> = side.chain(in_pairs).collect();
    side.sort_unstable();
    side.dedup();
    side
}

/// For pairs of sources of two figures, `fa` and `fb`, the pairs of
/// mentions given together (same article, or same day), since that is what
/// makes a conflict. One is kept for all pairs of figures, to reuse its room.
#[derive(Debug, Default)]
struct Together {
    /// A bit per pair of sources, `a * fb.sources.len() + b`: whether its
    /// mentions given together are found yet.
    found: Vec<u64>,
    /// The pairs of mentions found, by pair of sources as above, sorted by it.
    pairs: Vec<(usize, ClaimId, ClaimId)>,
}

impl Together {
    /// For each pair of sources, the earliest of `fb`'s mentions given
    /// together with the `fa` source's first mention in the same article, or
    /// failing that with its first mention that day, and that mention of `fa`.
    /// Pairs of sources with none are left out: their first mentions stand.
    ///
    /// Each mention of `fb` looks only at the `fa` mentions of its article and
    /// day, so the cost grows with those, not with sources times mentions.
    fn find(&mut self, fa: &FigureClaims, fb: &FigureClaims) {
        let width = fb.sources.len();
        self.found.clear();
        self.found.resize((fa.sources.len() * width).div_ceil(64), 0);
        self.pairs.clear();
        for (mb, &b) in fb.mentions.iter().zip(&fb.source_of) {
            let mut consider = |ma: &FirstMention| {
                let slot = ma.source as usize * width + b as usize;
                let (word, bit) = (slot / 64, 1u64 << (slot % 64));
                if self.found[word] & bit == 0 && order(ma.said, mb.said) == Order::Together {
                    self.found[word] |= bit;
                    self.pairs.push((slot, ma.id, mb.id));
                }
            };
            // For each mention of `fb` in turn, the article's mention is tried before the day's.
            fa.in_doc(mb.said.doc).for_each(&mut consider);
            if let Some(t) = mb.said.time {
                fa.on_day(t.latest).for_each(&mut consider);
            }
        }
        self.pairs.sort_unstable_by_key(|&(slot, _, _)| slot);
    }
}

/// The claim pairs of one kind between two figures, one per pair of sources,
/// and why they are of that kind.
type PairsOfKind = (Vec<(ClaimId, ClaimId)>, &'static str);

pub(crate) fn who(claim: ClaimRef) -> String {
    let camp = claim.camp().unwrap_or("unknown camp");
    match (claim.speaker(), claim.camp()) {
        (Some(s), _) => format!("{s} ({camp})"),
        (None, Some(_)) => format!("the article ({camp})"),
        // A claim the text reports without saying whose (inside a denial).
        (None, None) => "an unnamed source".to_owned(),
    }
}

/// Compares the claims of a corpus and returns the findings, ordered by kind,
/// event and subject.
pub fn compare(claims: &[Claim], graph: &ClaimGraph) -> Vec<Finding> {
    compare_with(claims, graph, &CompareOptions::default())
}

/// [`compare`], with what the rules say about camps.
pub fn compare_with(claims: &[Claim], graph: &ClaimGraph, options: &CompareOptions) -> Vec<Finding> {
    let records = Records::of(claims);
    let quote = |id: ClaimId| claims[id.index()].quote.clone();
    let corpus = Corpus { claims: &records, sources: graph.sources(), quote: &quote };
    compare_records(&corpus, options).to_vec()
}

/// What comparison reads: the claims' compact records, their sources, and
/// the words of a claim a finding quotes (read only for the few claims
/// that framing and denial findings quote).
#[derive(Clone, Copy)]
pub struct Corpus<'c> {
    pub claims: &'c Records,
    pub sources: &'c Sources,
    pub quote: &'c dyn Fn(ClaimId) -> String,
}

impl std::fmt::Debug for Corpus<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus").field("claims", &self.claims.len()).finish_non_exhaustive()
    }
}

/// What comparison needs to know about the rules.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    /// Camps that gather unrelated parties (`other`): two of their voices can
    /// dispute a proposition, where two voices of one real camp rarely do.
    pub catch_all_camps: Vec<String>,
    /// Camps that pass on what others say and are no party (`media`).
    pub relay_camps: Vec<String>,
    /// Propositions only one value of which holds for one event (who
    /// started the fighting): two values asserted contradict each other.
    pub exclusive_propositions: Vec<String>,
    /// Propositions of incidents a war repeats day after day (an aircraft
    /// shot down): across articles, an article that both asserts and
    /// denies one holds its own dispute.
    pub recurring_propositions: Vec<String>,
}

/// A group's distinct figures, each as the claim that first gives it, with
/// its mentions in claim order.
type GroupFigures = Vec<(ClaimId, Vec<Mention>)>;

/// Whether a quantity claim's group stands within its article: a figure
/// with no event, or for an incident with no place named, compares only
/// with figures of its own article.
fn within_article(claim: ClaimRef) -> bool {
    claim.event().is_none() || (claim.scope() == Scope::Incident && claim.place().is_none())
}

/// The groups of the quantity claims `ids` (in claim order), and the figures
/// within them, each in order of its first claim. One pass over the claims
/// reads all that comparing figures needs.
fn group_figures<'c>(
    claims: &'c Records,
    graph: &Sources,
    ids: impl Iterator<Item = u32>,
) -> Vec<(GroupKey<'c>, GroupFigures)> {
    let mut group_of: HashMap<GroupKey, usize> = HashMap::new();
    let mut figure_of: HashMap<(usize, Interval, Qualifier), usize> = HashMap::new();
    let mut groups: Vec<(GroupKey, GroupFigures)> = Vec::new();
    for i in ids {
        let id = ClaimId(i);
        let claim = claims.get(id);
        let Some(q) = claim.quantity() else { continue };
        let key = GroupKey::of(claim, q);
        let g = *group_of.entry(key).or_insert_with(|| {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        let figures = &mut groups[g].1;
        let f = *figure_of.entry((g, q.interval, q.qualifier)).or_insert_with(|| {
            figures.push((id, Vec::new()));
            figures.len() - 1
        });
        figures[f].1.push(Mention {
            id,
            said: Said::of(claim),
            headline: claim.headline(),
            source: graph.source_number(id),
        });
    }
    groups
}

/// Room kept from group to group while figures are compared, and the findings.
struct FigureWork<'o> {
    position: Vec<u32>,
    together: Together,
    findings: Findings,
    /// Camps that gather unrelated parties: two of their voices are no one side.
    catch_all: &'o [String],
    /// Camps that pass on what others say: two of their counts are no parties'.
    relays: &'o [String],
    totals: &'o TotalsTold<'o>,
}

impl FigureWork<'_> {
    /// Compares the figures of each group.
    fn groups(&mut self, claims: &Records, groups: Vec<(GroupKey, GroupFigures)>) {
        for (key, figures) in groups {
            let mut figures: Vec<FigureClaims> = figures
                .into_iter()
                .map(|(first, mentions)| {
                    let q = claims.get(first).quantity().expect("a figure's claim is a quantity");
                    FigureClaims::new(q, mentions, &mut self.position)
                })
                .collect();
            // In value order, a toll's chain of figures stands side by side: soft
            // findings link only neighbours, while every pair is checked for conflict.
            figures.sort_by(|x, y| {
                (x.quantity.interval, x.quantity.qualifier, x.first()).cmp(&(
                    y.quantity.interval,
                    y.quantity.qualifier,
                    y.first(),
                ))
            });
            mark_outranked(&mut figures);
            for a in 0..figures.len() {
                for b in a + 1..figures.len() {
                    let adjacent = b == a + 1;
                    // Sides read in claim order: the figure mentioned first stands on the left.
                    let (x, y) = if figures[a].first() <= figures[b].first() { (a, b) } else { (b, a) };
                    let pair = FigurePair {
                        key: &key,
                        a: &figures[x],
                        b: &figures[y],
                        adjacent,
                        catch_all: self.catch_all,
                        relays: self.relays,
                        totals: self.totals,
                    };
                    compare_figures(&pair, claims, &mut self.together, &mut self.findings);
                }
            }
        }
    }
}

/// Compares the claims of `corpus`, with what the rules say about camps.
///
/// Figures of an event are grouped over the whole corpus; figures that
/// compare only within their article are grouped an article at a time, so
/// that the groups held at once stay few. Findings are sorted at the end,
/// so the order groups are compared in changes nothing.
pub fn compare_records(corpus: &Corpus, options: &CompareOptions) -> Findings {
    let (claims, graph) = (corpus.claims, corpus.sources);
    // "16 more", "rose by 20": an increment is no count of its own to compare.
    let counts = |i: &u32| claims.get(ClaimId(*i)).quantity().is_some_and(|q| !q.increment);
    let n = claims.len() as u32;
    let totals = TotalsTold::of(claims, (0..n).filter(counts));
    let mut work = FigureWork {
        position: vec![u32::MAX; graph.source_count()],
        together: Together::default(),
        findings: Findings::new(),
        catch_all: &options.catch_all_camps,
        relays: &options.relay_camps,
        totals: &totals,
    };
    let local = |i: &u32| within_article(claims.get(ClaimId(*i)));
    work.groups(claims, group_figures(claims, graph, (0..n).filter(counts).filter(|i| !local(i))));
    let mut in_articles: Vec<u32> = (0..n).filter(counts).filter(local).collect();
    in_articles.sort_by_key(|&i| claims.get(ClaimId(i)).doc());
    for article in in_articles.chunk_by(|&x, &y| claims.get(ClaimId(x)).doc() == claims.get(ClaimId(y)).doc()) {
        work.groups(claims, group_figures(claims, graph, article.iter().copied()));
    }
    let mut findings = work.findings;
    // Each kind's findings go straight into the one list: none is held twice.
    compare_propositions(corpus, options, &mut findings);
    compare_framing(corpus, options, &mut findings);
    findings.sort_by(|x, y| {
        (x.kind, x.event, x.subject, x.sides[0].first(), x.sides[1].first()).cmp(&(
            y.kind,
            y.event,
            y.subject,
            y.sides[0].first(),
            y.sides[1].first(),
        ))
    });
    findings
}

/// The rounding a stated exact figure shows: the largest power of ten that
/// divides it and is at most a tenth of it (154,000 → 10,000; 600 → 10;
/// 100 → 10; 95 → 1).
fn rounding(q: Figure) -> u64 {
    let Some(v) = q.value.filter(|_| q.qualifier == Qualifier::Exact) else { return 1 };
    let mut unit = 1;
    while unit * 10 <= v / 10 && v.is_multiple_of(unit * 10) {
        unit *= 10;
    }
    unit
}

/// Whether two disjoint figures lie closer than the rounding of the rounder one.
/// How many times larger a figure of at least [`ORDERS_APART_FLOOR`] must be
/// than another to count something else.
const ORDERS_APART: u64 = 100;
const ORDERS_APART_FLOOR: u64 = 10;
/// How many times larger than another a figure of any size must be to
/// count something else: "eight killed in the clashes" beside "the war has
/// killed hundreds of thousands".
const ORDERS_APART_AT_ANY_SIZE: u64 = 1000;

/// Whether two figures, both of some size, lie two orders of magnitude
/// apart, or any two lie three orders apart.
fn orders_apart(qa: Figure, qb: Figure) -> bool {
    let (a, b) = (qa.interval.low, qb.interval.low);
    let (small, large) = (a.min(b), a.max(b));
    if small >= ORDERS_APART_FLOOR && large / small >= ORDERS_APART {
        return true;
    }
    // "up to 30,000" reaches 30,000: the smaller figure's most is what is set against the larger's least.
    let (lower, upper) = if a <= b { (qa.interval, qb.interval) } else { (qb.interval, qa.interval) };
    lower.high.is_some_and(|most| upper.low / most.max(1) >= ORDERS_APART_AT_ANY_SIZE)
}

/// How close, in hundredths of the larger, two disjoint figures must lie
/// to be one count told twice.
const NEARLY_EQUAL_PERCENT: u64 = 3;

/// Whether the gap between two disjoint figures is at most
/// [`NEARLY_EQUAL_PERCENT`] of the larger bound: 47 and 48, 967 and 974.
fn nearly_equal(qa: Figure, qb: Figure) -> bool {
    disjoint_gap(qa.interval, qb.interval).is_some_and(|(gap, larger)| gap * 100 <= larger * NEARLY_EQUAL_PERCENT)
}

fn within_rounding(qa: Figure, qb: Figure) -> bool {
    let unit = rounding(qa).max(rounding(qb));
    let gap = disjoint_gap(qa.interval, qb.interval).map_or(0, |(gap, _)| gap);
    unit > 1 && gap < unit
}

/// The gap between two intervals that do not meet, and the larger one's
/// upper bound (its lower one when it has none); `None` when they meet.
fn disjoint_gap(a: Interval, b: Interval) -> Option<(u64, u64)> {
    match (a.high, b.high) {
        (Some(h), _) if h < b.low => Some((b.low - h, b.high.unwrap_or(b.low))),
        (_, Some(h)) if h < a.low => Some((a.low - h, a.high.unwrap_or(a.low))),
        _ => None,
    }
}

/// Whether, in one article, one figure is the article's own and the other a
/// quoted source's. An outlet's own figures beside a party's are most often
/// background: an earlier attack, a running total, another place ("killing
/// five" in a paragraph about last month's ambush). They are shown, not
/// called a contradiction.
fn own_voice_beside_a_source(a: ClaimRef, b: ClaimRef) -> bool {
    a.doc() == b.doc() && (a.speaker().is_none() != b.speaker().is_none())
}

/// Whether neither of two claims comes from a party: one is the media's
/// ("local media put the toll at 15"), the other a speaker's of no known
/// camp ("19 were killed, said a witness"). Two outlets' counts still
/// contradict each other.
fn no_party(a: ClaimRef, b: ClaimRef, relays: &[String]) -> bool {
    let relayed = |c: ClaimRef| c.actor().is_none() && c.camp().is_some_and(|k| relays.iter().any(|r| r == k));
    let unplaced = |c: ClaimRef| c.actor().is_none() && c.camp().is_none();
    relayed(a) && unplaced(b) || unplaced(a) && relayed(b)
}

/// Whether two claims of two articles come from no known party: each
/// speaker is of no camp or of a catch-all one (`other`), and no listed
/// actor. "The ministry" of one article and "a rights group" of another
/// give counts of different days, places and people as often as rival
/// ones; in one article "the army" and "the rebels" are still two sides.
/// The media's own count beside such a voice is no party's either; two
/// outlets' counts still contradict each other.
fn no_party_on_either_side(a: ClaimRef, b: ClaimRef, catch_all: &[String], relays: &[String]) -> bool {
    if a.doc() == b.doc() {
        return false;
    }
    let among = |c: ClaimRef, camps: &[String]| c.camp().is_some_and(|k| camps.iter().any(|x| x == k));
    let unplaced = |c: ClaimRef| c.actor().is_none() && (c.camp().is_none() || among(c, catch_all) || among(c, relays));
    unplaced(a) && unplaced(b) && !(among(a, relays) && among(b, relays))
}

/// Whether two figures stand in one article and come from one real camp
/// ("the army said 8 were killed ... the army's first statement gave
/// four"): a side seldom contradicts itself in one report. Two voices of a
/// catch-all camp (`other`) are one side only when they name one body
/// ("the army", "the army's spokesman").
fn one_side_in_one_article(a: ClaimRef, b: ClaimRef, catch_all: &[String]) -> bool {
    if a.doc() != b.doc() || a.camp().is_none() || a.camp() != b.camp() {
        return false;
    }
    let real = a.camp().is_some_and(|c| !catch_all.iter().any(|k| k == c));
    real || one_body(a.speaker(), b.speaker())
}

/// "Hezbollah said its fighters killed four Israeli soldiers" after
/// Israel admitted one: a larger figure given later is no growing toll
/// when a party of another camp gives it for a side's losses and that
/// side (a camp of the same name) gave the smaller count of its own.
fn enemy_count_above_own(pair: &FigurePair, a: ClaimRef, b: ClaimRef) -> bool {
    let Some(side) = pair.key.side else { return false };
    let real = |k: &str| !pair.catch_all.iter().chain(pair.relays).any(|x| x == k);
    let (lower, upper) = if pair.a.quantity.interval.low < pair.b.quantity.interval.low { (a, b) } else { (b, a) };
    lower.camp() == Some(side) && upper.camp().is_some_and(|k| k != side && real(k))
}

/// Why a numeric conflict between mentions `ca` of claim `a` and `cb` of
/// claim `b` is no dispute between parties, if it is none: the first
/// reason that applies.
fn not_between_parties(pair: &FigurePair, (ca, cb): (Said, Said), a: ClaimRef, b: ClaimRef) -> Option<&'static str> {
    if own_voice_beside_a_source(a, b) {
        return Some("the article's own figure beside a quoted source's: in one article, likely another count");
    }
    if parts_of_a_told_total(pair, (ca, cb)) && !is_party(pair, a) && !is_party(pair, b) {
        return Some("two voices of no known party whose figures add up to a total the article gives: parts of it");
    }
    if no_party(a, b, pair.relays) {
        return Some("neither source is a party: the media's count beside a speaker's of no known camp");
    }
    if no_party_on_either_side(a, b, pair.catch_all, pair.relays) {
        return Some("neither speaker is a known party: two voices of no camp, or of the catch-all one");
    }
    if one_side_in_one_article(a, b, pair.catch_all) {
        return Some("one side's two figures in one article: likely a revision or another count");
    }
    if lower_later_elsewhere(pair, (ca, cb), a, b) {
        return Some(
            "a lower count days later in another article, from a source of no known side: likely another count",
        );
    }
    if revised_in_one_article(pair, (ca, cb), a, b) {
        return Some(
            "the text marks one figure as the earlier count and neither speaker's side is known: likely a revised count",
        );
    }
    None
}

/// The exact counts each article gives, by metric: what two partial
/// counts may add up to.
#[derive(Debug)]
struct TotalsTold<'c>(HashSet<(u32, &'c str, u64)>);

impl<'c> TotalsTold<'c> {
    fn of(claims: &'c Records, ids: impl Iterator<Item = u32>) -> Self {
        let exact = |id: u32| {
            let claim = claims.get(ClaimId(id));
            let q = claim.quantity()?;
            let value = q.value.filter(|_| told_as_is(q.qualifier) && !q.subset)?;
            Some((claim.doc(), q.metric, value))
        };
        Self(ids.filter_map(exact).collect())
    }
}

/// Whether a figure is given as it is, or as its least ("at least 42"):
/// what the parts of a toll are added up from.
fn told_as_is(qualifier: Qualifier) -> bool {
    matches!(qualifier, Qualifier::Exact | Qualifier::AtLeast)
}

/// Whether a claim's speaker is a party: a listed actor, or of a camp that
/// neither gathers unrelated voices nor relays others'.
fn is_party(pair: &FigurePair, c: ClaimRef) -> bool {
    let among = |camps: &[String], k: &str| camps.iter().any(|x| x == k);
    c.actor().is_some() || c.camp().is_some_and(|k| !among(pair.catch_all, k) && !among(pair.relays, k))
}

/// Whether two exact figures given in one article add up to a third exact
/// figure of the same metric there, or differ by one: "17 killed" in the
/// headline, then a camp volunteer's 14 and a sergeant's 3 for the city's
/// other districts. Two parties' counts may add up by chance ("Five
/// soldiers were killed": Hezbollah's 4 and Israel's 1), so the caller
/// takes only voices of no known party as counting parts.
fn parts_of_a_told_total(pair: &FigurePair, (ca, cb): (Said, Said)) -> bool {
    let (qa, qb) = (pair.a.quantity, pair.b.quantity);
    let exact = |q: Figure| q.value.filter(|&v| v > 0 && told_as_is(q.qualifier));
    let (Some(a), Some(b)) = (exact(qa), exact(qb)) else { return false };
    let told = |v: u64| pair.totals.0.contains(&(ca.doc, pair.key.metric, v));
    // Or one is the total and the other one of its parts: "15 villagers were
    // killed", then "eight were killed in one village and seven in another".
    ca.doc == cb.doc && (told(a + b) || told(a.abs_diff(b)))
}

/// Whether the article itself tells a revised count: it gives the lower of
/// two figures as what the count has fallen or been revised to ("the toll
/// was revised to 35, down from nearly 100", «انخفضت الحصيلة إلى 35»), and
/// the higher one comes from a speaker of no real camp ("officials initially
/// said 95"); or it gives the lower one as the earlier count and neither
/// speaker is of a real camp. A count the text says was lowered, or that
/// grew, is not one side's word against another's.
fn revised_in_one_article(pair: &FigurePair, (ca, cb): (Said, Said), a: ClaimRef, b: ClaimRef) -> bool {
    if ca.doc != cb.doc {
        return false;
    }
    // ("initial reports said six": a relay's count is no party's either.)
    let unplaced = |c: ClaimRef| c.camp().is_none_or(|k| pair.catch_all.iter().chain(pair.relays).any(|x| x == k));
    let (lower, lower_claim, higher) =
        if pair.a.quantity.interval.entirely_below(pair.b.quantity.interval) { (pair.a, a, b) } else { (pair.b, b, a) };
    let told_as_lowered = lower.mentions.iter().any(|m| m.said.doc == ca.doc && m.said.later);
    // "the police's preliminary toll is 21 ... the ministry had earlier
    // announced 11": the lower count told as the earlier one, by voices of
    // no real camp, is a toll that grew, whatever marks the higher one bears.
    let told_as_earlier = lower.mentions.iter().any(|m| m.said.doc == ca.doc && m.said.earlier);
    (told_as_lowered || told_as_earlier && unplaced(lower_claim)) && unplaced(higher)
}

/// Whether a lower figure was given days after a higher one, in another
/// article, with either speaker of no real camp: "14 killed since Wednesday"
/// from a ministry's spokesman five days after an article's "96 killed" (of
/// an earlier round of fighting) counts something else; two camps' figures
/// stay a conflict. (An outlet's own count is no camp's either: "8 soldiers
/// wounded" one day, a teaser's "7 soldiers hurt" ten days on.)
fn lower_later_elsewhere(pair: &FigurePair, (ca, cb): (Said, Said), a: ClaimRef, b: ClaimRef) -> bool {
    let days_apart = match (ca.time, cb.time) {
        (Some(x), Some(y)) => x.latest != y.latest,
        _ => false,
    };
    let unplaced = |c: ClaimRef| match c.camp() {
        Some(k) => pair.catch_all.iter().chain(pair.relays).any(|x| x == k),
        None => c.actor().is_none(),
    };
    ca.doc != cb.doc && days_apart && (unplaced(a) || unplaced(b))
}

/// Whether two speaker phrases name one body: the shorter one's last word
/// stands in the longer ("the army", "the army's spokesman"; «الجيش»,
/// «المتحدث باسم الجيش»).
fn one_body(a: Option<&str>, b: Option<&str>) -> bool {
    let words = |t: &str| -> Vec<String> {
        // A word up to an apostrophe: "army's" is "army".
        t.split_whitespace().map(|w| w.split(['\'', '\u{2019}']).next().unwrap_or(w).to_lowercase()).collect()
    };
    let (Some(a), Some(b)) = (a.map(words), b.map(words)) else { return false };
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // A word with a clitic of one or two letters before it is the same word
    // («الوزارة», «وزارة»), when it is long enough not to be another's ending.
    let with_clitic = |stem: &str, word: &str| {
        let (sn, wn) = (stem.chars().count(), word.chars().count());
        sn >= MIN_CLITIC_STEM && wn > sn && wn - sn <= MAX_CLITIC && word.ends_with(stem)
    };
    let same = |w: &str, l: &str| l == w || with_clitic(w, l) || with_clitic(l, w);
    short.last().is_some_and(|w| long.iter().any(|l| same(w, l)))
}

/// How many letters a clitic written onto a word may have ("ال", "و").
const MAX_CLITIC: usize = 2;

/// How many letters a word must have for a clitic before it to be told apart.
const MIN_CLITIC_STEM: usize = 4;

/// How many days apart a later, lower figure may still contradict an earlier one.
const MAX_DAYS_FOR_A_LOWER_COUNT: u32 = 14;

/// Two figures of one group being compared, the one mentioned first as `a`.
#[derive(Debug, Clone, Copy)]
struct FigurePair<'p, 'c> {
    key: &'p GroupKey<'c>,
    a: &'p FigureClaims<'c>,
    b: &'p FigureClaims<'c>,
    /// The figures are neighbours in value order: soft findings link only these.
    adjacent: bool,
    /// Camps that gather unrelated parties (`other`).
    catch_all: &'p [String],
    /// Camps that pass on what others say (`media`).
    relays: &'p [String],
    totals: &'p TotalsTold<'c>,
}

impl FigurePair<'_, '_> {
    /// Whether either figure is vague ("hundreds").
    fn vague(&self) -> bool {
        self.a.quantity.qualifier == Qualifier::Vague || self.b.quantity.qualifier == Qualifier::Vague
    }

    /// Whether the figures count one incident at a named place.
    fn incident_at_place(&self) -> bool {
        self.key.incident.is_some() && self.key.place.is_some()
    }
}

/// How mention `ca` of the pair's first figure and `cb` of its second relate,
/// if at all; `same_source`: one source gave both.
fn classify(pair: &FigurePair, ca: Said, cb: Said, same_source: bool) -> Option<(FindingKind, &'static str)> {
    let (qa, qb) = (pair.a.quantity, pair.b.quantity);
    let order = order(ca, cb);
    if pair.incident_at_place() && !same_day(ca, cb) {
        // Different days at one place are different incidents.
        return None;
    }
    let (earlier, later) = if order == Order::After { (qb, qa) } else { (qa, qb) };
    let grew = earlier.interval.entirely_below(later.interval);
    let sequenced = order != Order::Together;
    if same_source {
        return Some(match (sequenced, grew) {
            (true, true) => (FindingKind::Revision, "the same source gave the larger figure later"),
            (true, false) => {
                (FindingKind::Correction, "the same source later gave a figure below its earlier lower bound")
            }
            (false, _) => (FindingKind::Revision, "the same source gives both figures"),
        });
    }
    // ("four killed" in 2019 and "nearly 69,000" in 2025 count different things.)
    if sequenced && grew && !orders_apart(qa, qb) {
        return Some((FindingKind::Update, "the larger figure came later: tolls grow"));
    }
    if (qa.qualifier == Qualifier::Vague || qb.qualifier == Qualifier::Vague) && !vague_far_from_stated(qa, qb) {
        return Some((FindingKind::Discrepancy, "a vague figure disagrees with a stated one"));
    }
    if qa.value.is_some() && qa.value == qb.value {
        // "600" against "more than 600": one figure restated with another hedge.
        return Some((FindingKind::Discrepancy, "both give the same figure and differ only in how they hedge it"));
    }
    if within_rounding(qa, qb) {
        // "154 ألف" against 154,525: a round figure is precise only to its rounding.
        return Some((FindingKind::Discrepancy, "the figures differ by less than the rounding of the round one"));
    }
    if nearly_equal(qa, qb) {
        // "believes 47 people were injured" beside "48 others were wounded":
        // one count at two moments or by two methods, not rival claims.
        return Some((FindingKind::Discrepancy, "the figures are within 3% of each other"));
    }
    if qa.subset || qb.subset {
        // Two parts of totals ("including 5 children") may be parts of different totals.
        return Some((FindingKind::Discrepancy, "parts of totals that may not be the same total"));
    }
    if orders_apart(qa, qb) {
        // "killed 200 of their troops" beside "the war, which has killed
        // 300,000": a running total of the whole war beside one clash's.
        return Some((FindingKind::Discrepancy, "figures two orders of magnitude apart: likely a total beside a part"));
    }
    if !ca.has_camp && !cb.has_camp {
        // "Activists say 140 ... others say above 190": two speakers no one can
        // place are as likely one side's estimates as two sides' claims.
        return Some((FindingKind::Discrepancy, "two speakers of no known camp"));
    }
    if ca.doc != cb.doc && (ca.time.is_none() || cb.time.is_none()) {
        // Two articles, one of no known date: nothing says when either count
        // was given, nor that both count the same days.
        return Some((FindingKind::Discrepancy, "figures of two articles, one undated: possibly other days"));
    }
    let days_apart = match (ca.time, cb.time) {
        (Some(x), Some(y)) => (x.latest - y.latest).get_days().unsigned_abs(),
        _ => 0,
    };
    if sequenced && days_apart > MAX_DAYS_FOR_A_LOWER_COUNT {
        // A running count weeks later and lower is a count of something else:
        // a period, a place or a group the figure does not name.
        return Some((FindingKind::Discrepancy, "a lower figure given long after: likely a different count"));
    }
    Some(if sequenced {
        (FindingKind::NumericConflict, "the later figure is below the earlier one's lower bound")
    } else {
        (FindingKind::NumericConflict, "the figures cannot both hold and were given together")
    })
}

/// Whether two mentions may tell of one day. In one article, a figure the
/// text gives no day for carries the publication day only by default: "the
/// army announced on Sunday that hundreds were killed" beside "19 of its
/// soldiers were killed" (no day, published Monday) is one fight, and only
/// two days the text names keep two mentions apart.
fn same_day(ca: Said, cb: Said) -> bool {
    match (ca.time, cb.time) {
        (Some(x), Some(y)) => x.latest == y.latest || (ca.doc == cb.doc && !(x.explicit && y.explicit)),
        _ => false,
    }
}

/// How many times below a vague figure's least ("dozens": 12) or above its
/// most a stated figure must lie to contradict it: "dozens of soldiers"
/// against "two soldiers", not against "nine".
const VAGUE_MARGIN: u64 = 3;

/// Whether one figure is vague, the other stated, and the stated one lies
/// far outside the vague one's range.
fn vague_far_from_stated(qa: Figure, qb: Figure) -> bool {
    let (vague, stated) = match (qa.qualifier == Qualifier::Vague, qb.qualifier == Qualifier::Vague) {
        (true, false) => (qa, qb),
        (false, true) => (qb, qa),
        _ => return false,
    };
    let Some(value) = stated.value.filter(|_| stated.interval.high.is_some()) else { return false };
    value.saturating_mul(VAGUE_MARGIN) <= vague.interval.low
        || vague.interval.high.is_some_and(|high| stated.interval.low >= high.saturating_mul(VAGUE_MARGIN))
}

/// Compares two figures of one group. `together` is room kept from call to call.
fn compare_figures(pair: &FigurePair, claims: &Records, together: &mut Together, findings: &mut Findings) {
    let by_kind = if pair.a.quantity.interval.intersects(pair.b.quantity.interval) {
        overlapping_figures(pair)
    } else {
        disjoint_figures(pair, claims, together)
    };
    // Most pairs of figures end here, with no finding: the subject is spelled out only for those that have one.
    if by_kind.is_empty() {
        return;
    }
    push_figure_findings(pair, by_kind, claims, findings);
}

/// Figures whose intervals intersect: a discrepancy between neighbours
/// when neither contains the other and one is bounded, nothing otherwise.
fn overlapping_figures(pair: &FigurePair) -> BTreeMap<FindingKind, PairsOfKind> {
    let (qa, qb) = (pair.a.quantity, pair.b.quantity);
    let mut by_kind = BTreeMap::new();
    let a_in_b = qb.interval.low <= qa.interval.low
        && qa.interval.high.is_some_and(|h| qb.interval.high.is_none_or(|bh| h <= bh));
    let b_in_a = qa.interval.low <= qb.interval.low
        && qb.interval.high.is_some_and(|h| qa.interval.high.is_none_or(|ah| h <= ah));
    let both_open = qa.interval.high.is_none() && qb.interval.high.is_none();
    if a_in_b || b_in_a || both_open || pair.vague() || !pair.adjacent {
        return by_kind;
    }
    by_kind.insert(
        FindingKind::Discrepancy,
        (vec![(pair.a.first(), pair.b.first())], "different figures that can both hold"),
    );
    by_kind
}

/// Marks, for each figure of a group in value order, the sources that give
/// a larger figure of the group in the same article.
fn mark_outranked(figures: &mut [FigureClaims]) {
    for i in 0..figures.len() {
        let outranked: Vec<u32> = figures[i]
            .sources
            .iter()
            .map(|s| s.number)
            .filter(|&n| figures[i + 1..].iter().any(|larger| figures[i].outranked_by(larger, n)))
            .collect();
        figures[i].outranked = outranked;
    }
}

/// Figures whose intervals are disjoint: for each pair of their sources,
/// how one pair of mentions relates, gathered by kind.
fn disjoint_figures(
    pair: &FigurePair,
    claims: &Records,
    together: &mut Together,
) -> BTreeMap<FindingKind, PairsOfKind> {
    let (fa, fb, adjacent) = (pair.a, pair.b, pair.adjacent);
    let mut by_kind: BTreeMap<FindingKind, PairsOfKind> = BTreeMap::new();
    // Figures that are not neighbours keep only contradictions, and a
    // vague figure contradicts only its neighbour.
    if !adjacent && pair.vague() {
        return by_kind;
    }
    // Per pair of sources, one pair of mentions stands for all of them:
    // one given together if there is one, else the first mentions.
    together.find(fa, fb);
    let mut given_together = together.pairs.iter().peekable();
    let width = fb.sources.len();
    for (a, sa) in fa.sources.iter().enumerate() {
        for (b, sb) in fb.sources.iter().enumerate() {
            let mentions = given_together.next_if(|&&(slot, _, _)| slot == a * width + b);
            let same_source = sa.number == sb.number;
            // One source's two figures are a revision or a correction, never a contradiction.
            if !adjacent && same_source {
                continue;
            }
            // A source's smaller figure beside its larger one stands for nothing against others.
            if !same_source && (fa.outranked.contains(&sa.number) || fb.outranked.contains(&sb.number)) {
                continue;
            }
            let ((ia, ca), (ib, cb)) = match mentions {
                Some(&(_, ia, ib)) => ((ia, Said::of(claims.get(ia))), (ib, Said::of(claims.get(ib)))),
                None => ((sa.first, sa.said), (sb.first, sb.said)),
            };
            let Some((mut kind, mut why)) = classify(pair, ca, cb, same_source) else {
                continue;
            };
            if kind == FindingKind::Update && enemy_count_above_own(pair, claims.get(ia), claims.get(ib)) {
                kind = FindingKind::NumericConflict;
                why = "a party's count of its enemy's losses, given later, above that side's own count";
            }
            if kind == FindingKind::NumericConflict
                && let Some(reason) = not_between_parties(pair, (ca, cb), claims.get(ia), claims.get(ib))
            {
                kind = FindingKind::Discrepancy;
                why = reason;
            }
            if !adjacent && !kind.is_contradiction() {
                continue;
            }
            by_kind.entry(kind).or_insert_with(|| (Vec::new(), why)).0.push((ia, ib));
        }
    }
    by_kind
}

/// What a group's figures count, in words: the metric, with the side and
/// population when the group has them.
fn figure_subject(key: &GroupKey) -> String {
    match (key.population, key.side) {
        (Some(p), Some(side)) => format!("{} ({side} {p})", key.metric),
        (Some(p), None) => format!("{} ({p})", key.metric),
        (None, Some(side)) => format!("{} ({side})", key.metric),
        (None, None) => key.metric.to_owned(),
    }
}

/// One finding for each kind found between two figures.
fn push_figure_findings(
    pair: &FigurePair,
    by_kind: BTreeMap<FindingKind, PairsOfKind>,
    claims: &Records,
    findings: &mut Findings,
) {
    let (key, fa, fb) = (pair.key, pair.a, pair.b);
    let subject = figure_subject(key);
    for (kind, (pairs, why)) in by_kind {
        let (ca, cb) = (claims.get(pairs[0].0), claims.get(pairs[0].1));
        let (who_a, who_b) = (who(ca), who(cb));
        let (said_a, said_b) = (fa.quantity.describe(), fb.quantity.describe());
        let reason = Reason::Figures {
            who: [&who_a, &who_b],
            said: [&said_a, &said_b],
            subject: &subject,
            place: key.place,
            why,
        };
        let sides = [cited(fa.firsts(), pairs.iter().map(|p| p.0)), cited(fb.firsts(), pairs.iter().map(|p| p.1))];
        findings.push(FindingRef {
            kind,
            event: key.event,
            subject: &subject,
            population: key.population,
            place: key.place,
            sides: [&sides[0], &sides[1]],
            mentions: [fa.mentions.len(), fb.mentions.len()],
            pairs: &pairs,
            reason,
        });
    }
}

/// Assertion vs denial: one source asserts what another denies, about the
/// same event, with the same slots (`city_captured:shusha`).
fn compare_propositions(corpus: &Corpus, options: &CompareOptions, out: &mut Findings) {
    let (claims, graph) = (corpus.claims, corpus.sources);
    let mut groups: BTreeMap<(Option<&str>, &str), [Vec<ClaimId>; 2]> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(p) = claim.proposition() else { continue };
        // Open statements and denials of figures pair through their links only.
        if p.is_open() {
            continue;
        }
        let side = usize::from(p.polarity == Polarity::Denies);
        groups.entry((claim.event(), p.id)).or_default()[side].push(ClaimId(i as u32));
    }
    for ((event, id), [asserting, denying]) in groups {
        let mut pairs = Vec::new();
        let (ra, rd) = (first_per_source(&asserting, graph), first_per_source(&denying, graph));
        let disputes = own_disputes(claims, options, (&asserting, &denying));
        let disputed_in = |c: ClaimId| disputes.contains(&claims.get(c).doc());
        for &a in &ra {
            for &d in &rd {
                let (sa, sd) = (graph.source_number(a), graph.source_number(d));
                // One camp's voices asserting and denying are rarely a dispute:
                // more often the denial is of something else ("Baku concedes one
                // helicopter" beside "Baku denied it").
                let (ca, cd) = (claims.get(a).camp(), claims.get(d).camp());
                let catch_all = ca.is_some_and(|c| options.catch_all_camps.iter().any(|k| k == c));
                let same_camp = ca.is_some() && ca == cd && !catch_all;
                if sa == sd || same_camp || apart_in_time(claims.get(a), claims.get(d)) {
                    continue;
                }
                let across = claims.get(a).doc() != claims.get(d).doc();
                if across && (disputed_in(a) || disputed_in(d)) {
                    continue;
                }
                pairs.push((a, d));
            }
        }
        // Pairs that share no claim are separate disputes (one shoot-down in
        // each of two articles): one finding each.
        let parts = connected(&pairs);
        let whole = parts.len() == 1;
        for part in parts {
            let (a, d) = part[0];
            let who = [who(claims.get(a)), who(claims.get(d))];
            // A side shows the claims that pair, not every claim of the id.
            let (ra, rd) = (in_part(&ra, &part, |p| p.0), in_part(&rd, &part, |p| p.1));
            let mentions = if whole { [asserting.len(), denying.len()] } else { [ra.len(), rd.len()] };
            out.push(FindingRef {
                kind: FindingKind::AssertionDenial,
                event,
                subject: id,
                population: None,
                place: None,
                mentions,
                sides: [&ra, &rd],
                pairs: &part,
                reason: Reason::Denied { who: [&who[0], &who[1]], id },
            });
        }
    }
    compare_rival_values(corpus, options, out);
    crate::denial::compare_links(corpus, options, out);
}

/// The articles that hold their own dispute of a proposition marked
/// `recurring` ("an aircraft was shot down"): an assertion and a denial in
/// one article, of two camps (one camp asserting and denying is none).
/// Which of their claims another article's answers, nothing says.
fn own_disputes(
    claims: &Records,
    options: &CompareOptions,
    (asserting, denying): (&[ClaimId], &[ClaimId]),
) -> BTreeSet<u32> {
    let template = asserting.first().or(denying.first()).and_then(|&c| claims.get(c).proposition());
    if !template.is_some_and(|p| options.recurring_propositions.iter().any(|r| r == p.template)) {
        return BTreeSet::new();
    }
    asserting
        .iter()
        .flat_map(|&a| denying.iter().map(move |&d| (claims.get(a), claims.get(d))))
        .filter(|(a, d)| a.doc() == d.doc() && (a.camp() != d.camp() || a.camp().is_none()))
        .map(|(a, _)| a.doc())
        .collect()
}

/// The asserting claims of an exclusive proposition, by the proposition's
/// id (its template and slot values).
type ClaimsByValue<'c> = BTreeMap<&'c str, Vec<ClaimId>>;

/// Rival values of an exclusive proposition ("Pakistan started the firing"
/// against "the Taliban started it"): two sources of different known camps
/// asserting different values for one event contradict each other, as an
/// assertion and its denial do. Articles far apart in time tell of
/// different clashes.
fn compare_rival_values(corpus: &Corpus, options: &CompareOptions, out: &mut Findings) {
    if options.exclusive_propositions.is_empty() {
        return;
    }
    let (claims, graph) = (corpus.claims, corpus.sources);
    let mut groups: BTreeMap<(Option<&str>, &str), ClaimsByValue> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(p) = claim.proposition() else { continue };
        let exclusive = options.exclusive_propositions.iter().any(|e| e == p.template);
        if !exclusive || p.is_open() || p.is_slotless() || p.polarity != Polarity::Asserts {
            continue;
        }
        groups.entry((claim.event(), p.template)).or_default().entry(p.id).or_default().push(ClaimId(i as u32));
    }
    for ((event, template), values) in groups {
        let values: Vec<(&str, Vec<ClaimId>)> =
            values.into_iter().map(|(id, ids)| (id, first_per_source(&ids, graph))).collect();
        for (n, (id_a, side_a)) in values.iter().enumerate() {
            for (id_b, side_b) in &values[n + 1..] {
                let rivals = |a: ClaimId, b: ClaimId| {
                    let (ca, cb) = (claims.get(a).camp(), claims.get(b).camp());
                    graph.source_number(a) != graph.source_number(b)
                        && ca.is_some()
                        && cb.is_some()
                        && ca != cb
                        && !far_apart(claims.get(a), claims.get(b))
                };
                let pairs: Vec<(ClaimId, ClaimId)> = side_a
                    .iter()
                    .flat_map(|&a| side_b.iter().map(move |&b| (a, b)))
                    .filter(|&(a, b)| rivals(a, b))
                    .collect();
                for part in connected(&pairs) {
                    let (ra, rb) = (in_part(side_a, &part, |p| p.0), in_part(side_b, &part, |p| p.1));
                    let (a, b) = part[0];
                    let reason = format!(
                        "{} asserts `{id_a}`; {} asserts `{id_b}`: only one of them holds",
                        who(claims.get(a)),
                        who(claims.get(b))
                    );
                    out.push(FindingRef {
                        kind: FindingKind::AssertionDenial,
                        event,
                        subject: template,
                        population: None,
                        place: None,
                        mentions: [ra.len(), rb.len()],
                        sides: [&ra, &rb],
                        pairs: &part,
                        reason: Reason::Text(&reason),
                    });
                }
            }
        }
    }
}

/// The claims of `side` that one side of a pair in `part` cites, in order.
fn in_part(side: &[ClaimId], part: &[(ClaimId, ClaimId)], of: impl Fn(&(ClaimId, ClaimId)) -> ClaimId) -> Vec<ClaimId> {
    side.iter().copied().filter(|c| part.iter().any(|p| of(p) == *c)).collect()
}

/// Whether two claims of different articles are too far apart in time (or
/// of no known day) to be of one incident.
fn far_apart(a: ClaimRef, b: ClaimRef) -> bool {
    if a.doc() == b.doc() {
        return false;
    }
    match (a.time(), b.time()) {
        (Some(x), Some(y)) => (x.latest - y.latest).get_days().abs() > SLOTLESS_DAYS,
        _ => true,
    }
}

/// The pairs grouped by the claims they share, each group in the order of
/// its first pair, pairs in their order.
fn connected(pairs: &[(ClaimId, ClaimId)]) -> Vec<Vec<(ClaimId, ClaimId)>> {
    let mut parts: Vec<Vec<(ClaimId, ClaimId)>> = Vec::new();
    for &(a, d) in pairs {
        let touching: Vec<usize> =
            (0..parts.len()).filter(|&k| parts[k].iter().any(|&(x, y)| x == a || y == d)).collect();
        match touching.split_first() {
            None => parts.push(vec![(a, d)]),
            Some((&first, rest)) => {
                // Merge later groups the pair joins into the first one.
                for &k in rest.iter().rev() {
                    let moved = parts.remove(k);
                    parts[first].extend(moved);
                }
                parts[first].push((a, d));
            }
        }
    }
    for part in &mut parts {
        part.sort_by_key(|&p| pairs.iter().position(|&q| q == p));
    }
    parts
}

/// How many days apart two articles' claims of a template with no slots
/// may be and still be about one happening: a week, the span of a war's
/// accusation and its answer ("ethnic cleansing" said on the 19th, denied
/// on the 26th).
const SLOTLESS_DAYS: i32 = 7;

/// Whether an assertion and a denial of a template with no slots ("an
/// aircraft was shot down") come from two articles more than a week apart,
/// or of no known day: nothing then says they are about the same aircraft.
fn apart_in_time(a: ClaimRef, d: ClaimRef) -> bool {
    a.proposition().is_some_and(|p| p.is_slotless()) && far_apart(a, d)
}

/// The claims of each frame of one topic.
type FramesOfTopic<'c> = BTreeMap<&'c str, Vec<ClaimId>>;

/// The party behind each framing term: its camp, or for a catch-all camp
/// its own source.
#[derive(Debug, Clone, Copy)]
struct Parties<'c> {
    claims: &'c Records,
    graph: &'c Sources,
    options: &'c CompareOptions,
}

/// Who a framing term stands for: a camp, or for a catch-all camp its own
/// source (by number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party<'c> {
    Camp(&'c str),
    Source(u32),
}

impl<'c> Parties<'c> {
    /// The party behind claim `id`, if its camp is known.
    fn of(&self, id: ClaimId) -> Option<Party<'c>> {
        let c = self.claims.get(id).camp()?;
        if self.options.catch_all_camps.iter().any(|k| k == c) {
            Some(Party::Source(self.graph.source_number(id)))
        } else {
            Some(Party::Camp(c))
        }
    }

    /// The first term of each party on one side, in order.
    fn firsts(&self, side: &[ClaimId]) -> Vec<(Party<'c>, ClaimId)> {
        let mut firsts: Vec<(Party, ClaimId)> = Vec::new();
        for &id in side {
            if let Some(c) = self.of(id)
                && !firsts.iter().any(|(f, _)| *f == c)
            {
                firsts.push((c, id));
            }
        }
        firsts
    }

    /// The first term among `firsts` of a party other than claim `id`'s.
    fn other(&self, firsts: &[(Party, ClaimId)], id: ClaimId) -> Option<ClaimId> {
        let c = self.of(id)?;
        firsts.iter().find(|(f, _)| *f != c).map(|&(_, other)| other)
    }

    /// Every term on each side paired with one from another party, so each
    /// quote shows up in the finding. Linear in terms: each is matched
    /// against the first term of every other party.
    /// A party that uses both terms («تحرير» and «الاحتلال» in one outlet's
    /// voice) frames nothing against anyone: its terms are left out.
    fn pairs(&self, ca: &[ClaimId], cb: &[ClaimId]) -> Vec<(ClaimId, ClaimId)> {
        let firsts_b = self.firsts(cb);
        let both: Vec<Party> =
            self.firsts(ca).into_iter().map(|(p, _)| p).filter(|p| firsts_b.iter().any(|(q, _)| q == p)).collect();
        let one_sided = |id: &ClaimId| self.of(*id).is_none_or(|p| !both.contains(&p));
        let ca: Vec<ClaimId> = ca.iter().copied().filter(one_sided).collect();
        let cb: Vec<ClaimId> = cb.iter().copied().filter(one_sided).collect();
        let (firsts_a, firsts_b) = (self.firsts(&ca), self.firsts(&cb));
        let mut seen: HashSet<(ClaimId, ClaimId)> = HashSet::new();
        let mut pairs: Vec<(ClaimId, ClaimId)> = Vec::new();
        for &a in &ca {
            if let Some(b) = self.other(&firsts_b, a)
                && seen.insert((a, b))
            {
                pairs.push((a, b));
            }
        }
        for &b in &cb {
            if let Some(a) = self.other(&firsts_a, b)
                && seen.insert((a, b))
            {
                pairs.push((a, b));
            }
        }
        pairs
    }
}

/// Framing: camps name the same thing in their own terms.
fn compare_framing(corpus: &Corpus, options: &CompareOptions, out: &mut Findings) {
    let (claims, graph) = (corpus.claims, corpus.sources);
    let mut groups: BTreeMap<(Option<&str>, &str), FramesOfTopic> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(t) = claim.term() else { continue };
        groups.entry((claim.event(), t.topic)).or_default().entry(t.frame).or_default().push(ClaimId(i as u32));
    }
    let parties = Parties { claims, graph, options };
    for ((event, topic), frames) in groups {
        let frames: Vec<(&str, Vec<ClaimId>)> = frames.into_iter().collect();
        for x in 0..frames.len() {
            for y in x + 1..frames.len() {
                let (fa, ca) = &frames[x];
                let (fb, cb) = &frames[y];
                let pairs = parties.pairs(ca, cb);
                let Some(&(a, b)) = pairs.first() else { continue };
                let reason = format!(
                    "{} calls the {topic} `{fa}` (\u{201c}{}\u{201d}); {} calls it `{fb}` (\u{201c}{}\u{201d})",
                    who(claims.get(a)),
                    (corpus.quote)(a),
                    who(claims.get(b)),
                    (corpus.quote)(b)
                );
                out.push(FindingRef {
                    kind: FindingKind::Framing,
                    event,
                    subject: topic,
                    population: None,
                    place: None,
                    sides: [ca, cb],
                    mentions: [ca.len(), cb.len()],
                    pairs: &pairs,
                    reason: Reason::Text(&reason),
                });
            }
        }
    }
}
