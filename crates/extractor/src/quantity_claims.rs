//! The claims of a sentence's figures: each figure tied to a metric becomes a
//! quantity claim with its speaker, side, place and scope.

use crosscheck_model::{ClaimKind, Quantity, Scope};
use crosscheck_rules::{MetricId, Rules, Tag};

use crate::Extraction;
use crate::analysis::Sentence;
use crate::attribution::{Frame, QuotedFrame, Resolved, governing, relaying, resolve};
use crate::claim_builder::{Attribution, Parts, Placing, SentenceCtx};
use crate::context::{last_place_before, localities_in, place_of, scope_of};
use crate::doc_state::DocState;
use crate::figures::{Quantified, SideHint, Written};
use crate::normalize_key;

/// Adds a claim for each of the sentence's figures tied to a metric.
pub(crate) fn read_quantities(
    cx: &SentenceCtx,
    (frames, quoted): (&[Frame], &[QuotedFrame]),
    quantities: Vec<Quantified>,
    state: &mut DocState,
    out: &mut Extraction,
) {
    // The metrics of this sentence's figures so far.
    let mut metrics_here: Vec<MetricId> = Vec::new();
    let first_here = out.claims.len();
    // Whose people the last figure of this sentence counted, for "nine others".
    let mut side_here = None;
    for mut q in quantities {
        others_of_the_side(&mut q, &mut side_here);
        let frame = relaying(quoted, q.span.0, q.span.1).or_else(|| governing(cx.s, frames, q.span.0, q.span.1));
        let speaker = frame.and_then(|f| f.speaker.as_ref());
        let who = figure_attribution(cx, frame, q.span.0);
        let placing = placing(cx, &q, state);
        let side = side(cx, &q, speaker);
        if matches!(q.figure.written, Written::Implicit(_)) {
            state.implicit.push(out.claims.len());
        }
        let rules = cx.rules;
        let metric = rules.metric(q.metric).id.clone();
        let value = match q.figure.written {
            Written::Stated(v) | Written::Implicit(v) | Written::Range { low: v, .. } => Some(v),
            Written::Vague { .. } => None,
        };
        state.metric = Some(q.metric);
        let increment = is_increment(&q, state, &metrics_here);
        if increment && q.others {
            mark_earlier_part(&mut out.claims[first_here..], &metric);
        }
        metrics_here.push(q.metric);
        let counted = (q.metric, q.population);
        if !state.counted.contains(&counted) {
            state.counted.push(counted);
        }
        // A figure inside a denial belongs to whoever the denial says made it, never to the denier.
        let s = cx.s;
        let denial =
            frame.and_then(|f| (f.at.min(q.span.0)..q.span.0).find(|&k| s.has_at(k, |t| matches!(t, Tag::DenialVerb))));
        let who = match denial {
            Some(denial) => denied_figure_owner(cx, (q.span.0, denial), speaker),
            None => who,
        };
        let kind = ClaimKind::Quantity(Quantity {
            metric,
            value,
            qualifier: q.qualifier,
            interval: q.interval,
            population: q.population.map(|p| rules.population(p).id.clone()),
            side,
            increment,
            subset: q.subset,
        });
        let span = cx.token_span(q.span.0, q.span.1);
        let parts = Parts {
            span,
            kind,
            who,
            time_at: q.span.0,
            time_after: q.span.1.saturating_sub(1),
            event_at: q.figure.start,
            placing: Some(placing),
            how: vec![q.how],
        };
        out.claims.push(cx.claim(parts));
    }
    mark_parts_of_a_risen_total(&mut out.claims[first_here..]);
}

/// "10 soldiers were killed on Monday, bringing the toll to 53", «مقتل 10
/// ... لترتفع الحصيلة إلى 53»: a smaller figure of the same metric and
/// source before a count marked as what it has risen to is a part of it.
fn mark_parts_of_a_risen_total(here: &mut [crosscheck_model::Claim]) {
    for t in 0..here.len() {
        let (earlier, rest) = here.split_at_mut(t);
        let total = &rest[0];
        let Some(tq) = total.quantity().filter(|_| total.later_report) else { continue };
        for part in earlier.iter_mut().filter(|c| !c.later_report && c.camp == total.camp) {
            if let ClaimKind::Quantity(q) = &mut part.kind
                && q.metric == tq.metric
                && q.interval.high.is_some_and(|h| h < tq.interval.low)
            {
                q.subset = true;
            }
        }
    }
}

/// A figure's scope and, for an incident, its place: the claim's own, else
/// the last one named earlier in its sentence ("shelled Ganja with rockets,
/// killing 9"), else the last one the article named.
fn placing(cx: &SentenceCtx, q: &Quantified, state: &mut DocState) -> Placing {
    let (s, rules) = (cx.s, cx.rules);
    let (scope, scope_how) = scope_of(s, q.span, state.scope);
    state.scope = scope;
    // One soldier killed is a single death, never a war's toll.
    let (scope, how) = if q.figure.single && !q.subset {
        (Scope::Incident, s.how(|| "scope incident: one person counted by a noun".into()))
    } else {
        (scope, scope_how)
    };
    let own_place = place_of(s, rules, q.span);
    let place = match (&own_place, scope) {
        (Some(_), _) => own_place.clone(),
        // ("targeted a market in the city of Sarrin, killing eight": a town
        // the packs do not list, after its locality word, places it too.)
        (None, Scope::Incident) => localities_in(s, rules, cx.normalized, (0, q.span.0))
            .pop()
            .or_else(|| last_place_before(s, rules, q.span.0))
            .or_else(|| state.place.clone()),
        (None, Scope::Event) => None,
    };
    let scope = if place.is_some() { Scope::Incident } else { scope };
    Placing { place, scope, how }
}

/// How the side of a speaker's enemy reads when the packs name no enemy.
const ENEMY_OF: &str = "enemy of ";

/// "The Taliban said they killed 49 soldiers" beside "an official said 18
/// Afghan soldiers were killed": the enemy of a party that names none is,
/// in one article, the one other side whose own party counts the same
/// people. With no such side, or several, it stays unnamed.
pub(crate) fn resolve_unnamed_enemies(claims: &mut [crosscheck_model::Claim], rules: &Rules, explain: bool) {
    // A party's count of its own people: the side is its camp's.
    let own_count = |c: &crosscheck_model::Claim| {
        let side = c.quantity()?.side.as_deref().filter(|s| !s.starts_with(ENEMY_OF))?;
        let camp = rules.camp_index(c.camp.as_deref()?)?;
        (rules.camp(camp).side.as_deref() == Some(side)).then_some(())
    };
    let counts: Vec<usize> = (0..claims.len()).filter(|&i| own_count(&claims[i]).is_some()).collect();
    for i in 0..claims.len() {
        let unnamed = |q: &&Quantity| q.side.as_deref().is_some_and(|s| s.starts_with(ENEMY_OF));
        let Some(q) = claims[i].quantity().filter(unnamed) else { continue };
        let camp = &claims[i].camp;
        // "the Iranian strikes killed 28": the enemy of Iran is no Iranian.
        let whose_enemy = q.side.as_deref().and_then(|s| s.strip_prefix(ENEMY_OF));
        let mut sides = counts
            .iter()
            .map(|&j| &claims[j])
            .filter(|c| c.camp != *camp)
            .filter_map(|c| c.quantity())
            .filter(|o| o.metric == q.metric && o.population == q.population)
            .filter_map(|o| o.side.as_deref())
            .filter(|&s| Some(s) != whose_enemy);
        let Some(first) = sides.next().map(str::to_owned) else { continue };
        if !sides.all(|s| s == first) {
            continue;
        }
        let claim = &mut claims[i];
        if explain {
            claim.trace.push(format!("side `{first}`: the one other side whose own party counts these people here"));
        }
        if let ClaimKind::Quantity(q) = &mut claim.kind {
            q.side = Some(first);
        }
    }
}

/// "two Pakistani soldiers were killed and nine others wounded": the others
/// are of the side just counted, whatever the metric. (Not its population:
/// "others" may be anyone hurt beside them.)
fn others_of_the_side(q: &mut Quantified, side_here: &mut Option<SideHint>) {
    if q.others && q.side.is_none() {
        q.side = *side_here;
    }
    if q.side.is_some() {
        *side_here = q.side;
    }
}

/// Whose dead or wounded a figure counts, when the text says.
fn side(cx: &SentenceCtx, q: &Quantified, speaker: Option<&Resolved>) -> Option<String> {
    let rules = cx.rules;
    let speaker_camp = speaker.and_then(|r| r.camp);
    // "The general staff said 15 soldiers were killed": a state's own; an
    // armed group's "soldiers" are its enemy's.
    let state_speaker = speaker_camp.is_some_and(|c| rules.camp(c).state || rules.camp(c).country);
    let soldiers = q.population.is_some_and(|p| rules.population(p).own_side_by_default);
    // A party that names the state it fights ("al-Shabaab said 20 soldiers
    // were killed") counts that state's soldiers.
    let armed_group = speaker_camp.is_some_and(|c| !state_speaker && rules.camp(c).enemy.is_some());
    let by_default = match (soldiers, state_speaker, armed_group) {
        (true, true, _) => Some(SideHint::Own),
        (true, false, true) => Some(SideHint::Enemy),
        _ => None,
    };
    // «مقتل 17 من عناصر الجيش»: a catch-all camp's word ("the army") names
    // no side; the default reading stands.
    let catch_all = |h: SideHint| matches!(h, SideHint::Camp(c) if rules.camp(c).fallback);
    let hint = q.side.filter(|&h| !catch_all(h)).or(by_default);
    hint.and_then(|hint| match hint {
        SideHint::Own => speaker_camp.and_then(|c| rules.camp(c).side.clone()),
        // "X said it had killed 300": the enemy of a speaker whose enemy is
        // not known is still nobody else's count.
        SideHint::Enemy => speaker_camp.and_then(|c| rules.camp(c).enemy.clone()).or_else(|| {
            speaker.map(|r| {
                let who = r
                    .actor
                    .map_or_else(|| normalize_key(&cx.s.text[r.range.0..r.range.1]), |a| rules.actor(a).id.clone());
                format!("{ENEMY_OF}{who}")
            })
        }),
        SideHint::Camp(c) => rules.camp(c).side.clone(),
        // "the Iranian strikes killed 28": the people of the attacker's enemy.
        SideHint::HitBy(c) if rules.camp(c).fallback => None,
        SideHint::HitBy(c) => rules.camp(c).enemy.clone().or_else(|| Some(format!("{ENEMY_OF}{}", rules.camp(c).id))),
    })
}

/// Who gave a figure: the frame that governs it, else the party whose
/// statement it stands in.
fn figure_attribution(cx: &SentenceCtx, frame: Option<&Frame>, at: usize) -> Attribution {
    let speaker = frame.and_then(|f| f.speaker.as_ref());
    match frame.is_none().then(|| reported_owner(cx.s, cx.rules, at)).flatten() {
        Some(r) => {
            let who = cx.attribution(Some(&r), true);
            Attribution { how: format!("{}; the figure is what the statement it stands in says", who.how), ..who }
        }
        None => cx.attribution(speaker, frame.is_some()),
    }
}

/// "23 were killed on the road, while 42 others died chasing the attackers":
/// the figure that "others" adds to, in the same sentence, is a part of the
/// sum they make, not a total.
fn mark_earlier_part(here: &mut [crosscheck_model::Claim], metric: &str) {
    let earlier = here.iter_mut().rev().find_map(|c| match &mut c.kind {
        ClaimKind::Quantity(q) if q.metric == metric && !q.increment => Some(q),
        _ => None,
    });
    if let Some(q) = earlier {
        q.subset = true;
    }
}

/// "another 21", "33 آخرون": an addition only after a figure of the same
/// metric and population, and not when "others" sets it apart from another
/// metric's figure just before ("قتل 7 وأصيب 33 آخرون").
fn is_increment(q: &Quantified, state: &DocState, metrics_here: &[MetricId]) -> bool {
    let set_apart = metrics_here.iter().any(|&m| m != q.metric);
    q.increment
        || q.others
            && !set_apart
            && state.counted.iter().any(|&(m, p)| m == q.metric && (p == q.population || q.population.is_none()))
}

/// Who made a figure that a denial quotes: the party its object names
/// ("Russia's claim that…", "مزاعم أذربيجان"), else nobody (camp unknown).
fn denied_figure_owner(cx: &SentenceCtx, (figure, denial): (usize, usize), denier: Option<&Resolved>) -> Attribution {
    match allegation_owner(cx.s, cx.rules, denial, figure, denier) {
        Some(r) => {
            let who = cx.attribution(Some(&r), true);
            Attribution {
                how: format!("{}; the figure stands inside a denial and is the denied party's", who.how),
                ..who
            }
        }
        None => Attribution {
            speaker: None,
            camp: None,
            how: "speaker: the figure stands inside a denial, and the text names nobody who gave it".into(),
        },
    }
}

/// How many tokens from an allegation word its owner may stand: "Russia's claim".
const OWNER_REACH: usize = 4;

/// How far before a figure the statement it stands in may be named.
const REPORTED_REACH: usize = 12;

/// The party whose statement a figure no speech verb governs is part of:
/// «ردا على تصريحات أردوغان بأنه تم القضاء على 270 مقاتلا», "Erdogan's
/// claim that 270 fighters were killed". A speech noun or a claim word
/// stands before the figure, a complementizer between them, and a party of
/// a known camp is named right after the noun or right before it.
fn reported_owner(s: &Sentence, rules: &Rules, figure: usize) -> Option<Resolved> {
    let from = figure.saturating_sub(REPORTED_REACH);
    let in_clause = |a: usize, b: usize| {
        (a..b).all(|k| !s.is_punct(k, &['.', ';', '\u{61b}', '!', '?', '\u{61f}']))
            && !(a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::ClauseBreak)))
    };
    let noun = (from..figure)
        .rev()
        .find_map(|k| s.find_at(k, |t| matches!(t, Tag::SpeechNoun | Tag::Allegation)))
        .filter(|m| !s.quoted[m.start])?;
    let content = (noun.end()..figure).find(|&k| s.has_at(k, |t| matches!(t, Tag::Complementizer)))?;
    if !in_clause(noun.start, figure) {
        return None;
    }
    let after = (noun.end(), content.min(noun.end() + OWNER_REACH));
    let before = (noun.start.saturating_sub(OWNER_REACH), noun.start);
    // The party's own name, from its first word: not "to Erdogan".
    let party = |(a, b): (usize, usize)| {
        let start = (a..b).find(|&k| s.has_at(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_))))?;
        let r = resolve(s, rules, (start, b), "the party whose statement the figure is part of");
        r.camp.is_some_and(|c| !rules.camp(c).fallback).then_some(r)
    };
    [after, before].into_iter().filter(|(a, b)| a < b).find_map(party)
}

/// The party named as the owner of the claim a denial rejects: "Russia's
/// claim", "Russian claims", "مزاعم أذربيجان", between the denial at token
/// `denial` and what it quotes at `figure`.
fn allegation_owner(
    s: &Sentence,
    rules: &Rules,
    denial: usize,
    figure: usize,
    denier: Option<&Resolved>,
) -> Option<Resolved> {
    let allegation = (denial..figure).find_map(|k| s.find_at(k, |t| matches!(t, Tag::Allegation)))?;
    // The denier may stand between the verb and the allegation ("نفت أرمينيا مزاعم ..."): not its owner.
    let after_denier = denier.map_or(denial + 1, |d| {
        (denial + 1..allegation.start).find(|&k| s.tokens[k].start >= d.range.1).unwrap_or(allegation.start)
    });
    let before = (allegation.start.saturating_sub(OWNER_REACH).max(denial + 1).max(after_denier), allegation.start);
    let after = (allegation.end(), (allegation.end() + OWNER_REACH).min(figure));
    [after, before]
        .into_iter()
        .filter(|(a, b)| a < b)
        .map(|range| resolve(s, rules, range, "the owner of the claim the denial quotes"))
        .find(|r| r.camp.is_some())
}
