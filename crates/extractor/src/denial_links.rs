//! Denials read as acts (`denials.rs`), each linked to the claim it answers:
//! a claim inside its object ("denied Russia's claim that it killed 600"),
//! else the latest statement of the party its object names, else of another
//! camp. A statement that holds no claim becomes an open `statement` claim of
//! its speaker so the two pair up.

use std::ops::Range;

use crosscheck_model::{Claim, ClaimKind, Polarity, Quantity, Span};
use crosscheck_rules::{CampId, Population, Rules, Tag};
use crosscheck_text::TokenKind;

use crate::analysis::Sentence;
use crate::attribution::{self, Frame, Resolved, governing, name_end, resolve};
use crate::claim_builder::SentenceCtx;
use crate::context;
use crate::denials::{DenialAct, Trigger, find_denials};
use crate::doc_state::{
    Best, DocState, FORWARD_REACH_UNNAMED, Later, Pending, UNIT_REACH, Unit, WORDED_REACH, denial_kind, numbers_fit,
    overlap, places_fit, settle_pending, statement_kind,
};
use crate::lines::is_alphanumeric;
use crate::statements::statement_parts;
use crate::{Extraction, normalize_key};

/// What the denials of one sentence are read against.
struct Denials<'c> {
    cx: &'c SentenceCtx<'c>,
    frames: &'c [Frame],
    /// The media's camp: reports in general are nobody's party.
    media: Option<CampId>,
    /// The claims of this sentence, and those under a denial verb (claim
    /// index, wording's first token, end).
    sentence_claims: Range<usize>,
    under_denial: &'c [(usize, usize, usize)],
}

/// The party whose claim a denial rejects: who it is, and the tokens its
/// name (with the pointer or hearsay word beside it) covers.
type Owner = (Resolved, usize, usize);

/// The claim a denial answers and why it was chosen.
type Target = Option<(usize, String)>;

/// A denial being linked: the act, who makes it, and whose claim its object names.
struct Act<'a> {
    act: &'a DenialAct,
    denier: &'a Resolved,
    owner: Option<&'a Owner>,
    /// The numbers in digits the object names, read once; none when it
    /// speaks of who did it.
    numbers: &'a [String],
    /// The object speaks of who did it ("rejected responsibility for the
    /// attack that killed 8"): a toll in it only says which event.
    about_who: bool,
    /// So does the denial phrase itself ("had nothing to do with the
    /// attack that killed 25"), though its object may say what else.
    part_denied: bool,
    /// The object's content words, and those before what the claim says
    /// (where its owner is named), read once.
    object_words: &'a [String],
    head_words: &'a [String],
    /// The localities the object names.
    places: &'a [String],
    /// The object is a word for an incident ("denied the attack"), read once.
    incident_object: bool,
    /// The camps of a joint denier ("Both Turkey and the SDF deny").
    joint_camps: &'a [CampId],
}

/// Reads the sentence's statements for later denials, and links its denials.
pub(crate) fn read_denials(
    cx: &SentenceCtx,
    frames: &[Frame],
    (first_claim, under_denial): (usize, &[(usize, usize, usize)]),
    state: &mut DocState,
    out: &mut Extraction,
) {
    // The statements of this sentence: what each speech frame governs.
    state.units.retain(|u| u.sentence + WORDED_REACH >= state.sentence);
    settle_pending(state, out, false, cx.explain);
    if !state.deny_here && !state.answerable && state.pending.is_empty() {
        return;
    }
    let d = Denials {
        cx,
        frames,
        media: cx.rules.camp_index("media"),
        sentence_claims: first_claim..out.claims.len(),
        under_denial,
    };
    if state.answerable || !state.pending.is_empty() {
        for (i, f) in frames.iter().enumerate() {
            d.record_unit(i, f, state, out);
        }
    }
    d.match_pending(state, out);
    if !state.deny_here {
        return;
    }
    let frame_end = |k: usize| frames.iter().find(|f| f.at <= k && k < f.end).map(|f| f.end);
    let acts = find_denials(cx.s, frame_end);
    // The acts that answered something: only those a bare verdict repeats.
    let mut answered: Vec<DenialAct> = Vec::new();
    for (i, act) in acts.iter().enumerate() {
        if d.names_an_earlier_denial(&acts[..i], act) || d.repeats_an_earlier_denial(&answered, act) {
            continue;
        }
        let before = out.claims.len();
        d.link(act, state, out);
        if out.claims[before..].iter().any(|c| is_denial(c) && c.proposition().is_some_and(|p| p.target.is_some())) {
            answered.push(act.clone());
        }
    }
}

fn is_denial(c: &Claim) -> bool {
    c.proposition().is_some_and(|p| p.polarity == Polarity::Denies)
}

impl Denials<'_> {
    fn s(&self) -> &Sentence<'_> {
        self.cx.s
    }

    /// A speaker's actor id, else its folded words.
    fn key(&self, r: &Resolved) -> String {
        r.actor
            .map_or_else(|| normalize_key(&self.cx.s.text[r.range.0..r.range.1]), |a| self.cx.rules.actor(a).id.clone())
    }

    /// The key of the whole phrase a speaker was read from.
    fn phrase_key(&self, r: &Resolved) -> String {
        r.actor.map_or_else(
            || normalize_key(&self.cx.s.text[r.phrase.0..r.phrase.1]),
            |a| self.cx.rules.actor(a).id.clone(),
        )
    }

    /// Whether a party of a catch-all camp named in a denial's object ("the
    /// governor's toll") is the speaker of `u`: every word of its name stands
    /// in the phrase `u`'s speaker was read from ("the regional governor").
    fn names_speaker(&self, named: &Resolved, u: &Unit) -> bool {
        let grammar = self.s().grammar;
        let key = self.key(named);
        let words: Vec<&str> =
            key.split_whitespace().filter(|w| w.chars().count() > 2 && !grammar.is_article(w)).collect();
        let phrase: Vec<&str> = u.speaker_phrase.split_whitespace().collect();
        !words.is_empty() && words.iter().all(|w| phrase.contains(w) || u.speaker_words.iter().any(|v| v == w))
    }

    /// The media, for claims a denial's object reports with a word for
    /// claims and no owner before the words `(ca, cb)` it spells out.
    fn unowned_claims(&self, act: &DenialAct, (ca, _): (usize, usize)) -> Option<Resolved> {
        let s = self.s();
        let m = (act.object.0..ca).find_map(|k| s.find_at(k, |t| matches!(t, Tag::Hearsay | Tag::Allegation)))?;
        Some(Resolved {
            range: s.byte_range(m.start, m.end()),
            phrase: s.byte_range(m.start, ca.max(m.end())),
            actor: None,
            camp: self.media,
            how: "the denied claims name no one: the media's voice".into(),
        })
    }

    /// Whether a speaker is named by a word for a group outside the state.
    fn independent(&self, r: &Resolved) -> bool {
        let s = self.s();
        let (a, b) = attribution::tokens_in(s, r.phrase);
        (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::Independent)))
    }

    /// The one word, articles aside, a speaker's name is made of, if it is one.
    fn single_word(&self, r: &Resolved) -> Option<usize> {
        let s = self.s();
        let (a, b) = attribution::tokens_in(s, r.range);
        let mut words = (a..b).filter(|&k| s.kind(k) == TokenKind::Word && !s.grammar.is_article(s.word(k)));
        words.next().filter(|_| words.next().is_none())
    }

    /// Whether a speaker is only an office, named by no party or person
    /// ("the spokesman", «المتحدث»): an office of whoever spoke before.
    fn bare_office(&self, r: &Resolved) -> bool {
        let s = self.s();
        r.actor.is_none()
            && self.single_word(r).is_some_and(|k| s.forms(k).iter().any(|f| s.grammar.is_office_title(f.text)))
    }

    /// Whether a party named in a denial's object is only a word for a
    /// group ("the group", «الجماعة»), with no camp of its own.
    fn group_word(&self, named: &Resolved) -> bool {
        let s = self.s();
        self.real(named.camp).is_none()
            && self.single_word(named).is_some_and(|k| s.has_at(k, |t| matches!(t, Tag::Independent)))
    }

    /// Whether `denier` made the statement of `u` himself: no one refutes
    /// himself, whether named by his office before and by his name now.
    fn spoken_by(&self, u: &Unit, denier: &Resolved, state: &DocState) -> bool {
        let camps = self.compatible(u.camp, denier.camp);
        let grammar = self.s().grammar;
        let (key, phrase) = (self.key(denier), self.phrase_key(denier));
        // "a member of the body X, Ibrahim Ibrahim, denied ..." then "Ibrahim said":
        // every word of the later name stands in the earlier phrase.
        let name = self.name_words(&key);
        let named_before = camps && !name.is_empty() && {
            let earlier = self.phrase_words(&u.speaker_phrase);
            name.iter().all(|w| earlier.contains(w))
        };
        // "the forces' spokesman, Colonel X, denied ..." names one man twice:
        // later "X affirmed ..." and "the forces' spokesman" are he.
        let speaker = self.name_words(&u.speaker);

        let named_together = camps
            && !name.is_empty()
            && !speaker.is_empty()
            && state.units.iter().any(|k| {
                let words = self.phrase_words(&k.speaker_phrase);
                name.iter().chain(&speaker).all(|w| words.contains(w))
            });
        named_before
            || named_together
            || [(&u.speaker, &key), (&u.speaker, &phrase)]
                .iter()
                .any(|(a, b)| crate::same_speaker(a, b, camps, grammar))
    }

    /// The words of a speaker key that name someone: no office, no article.
    fn name_words<'k>(&self, key: &'k str) -> Vec<&'k str> {
        let grammar = self.s().grammar;
        self.phrase_words(key)
            .into_iter()
            .filter(|w| w.chars().count() > 2 && !grammar.is_office_title(w) && !grammar.is_article(w))
            .collect()
    }

    /// The words of a speaker phrase without the marks that end them.
    fn phrase_words<'k>(&self, phrase: &'k str) -> Vec<&'k str> {
        phrase.split_whitespace().map(|w| w.trim_matches(|c: char| !is_alphanumeric(c))).collect()
    }

    /// Whether two camps may be one party's: the same, or either unknown or catch-all.
    fn compatible(&self, a: Option<CampId>, b: Option<CampId>) -> bool {
        match (self.real(a), self.real(b)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    }

    /// A catch-all camp (`other`) says nothing about who sides with whom.
    /// "Both Turkey and the SDF deny", «وتنفي كل من أنقرة وقسد»: the camps
    /// of a denier naming parties of two camps joined by a conjunction; no
    /// statement of either is what their joint denial answers. Empty for a
    /// denier that is one party.
    fn joint_camps(&self, denier: &Resolved) -> Vec<CampId> {
        let (s, rules) = (self.s(), self.cx.rules);
        let (a, b) = attribution::tokens_in(s, denier.phrase);
        let mut camps: Vec<(CampId, usize)> = Vec::new();
        for k in a..b {
            for m in s.starts(k) {
                if let Some(c) = self.real(attribution::tag_camp(rules, &m.tag)).filter(|_| m.end() <= b) {
                    camps.push((c, k));
                }
            }
        }
        // «وقوات سوريا الديمقراطية»: the conjunction may be written onto the name.
        let joined = |j: usize| s.grammar.after_conjunction(s.word(j)).any(|rest| s.is_form(j, rest));
        let joint = camps.iter().any(|&(c, k)| {
            camps
                .iter()
                .any(|&(d, j)| j > k && d != c && ((k..j).any(|i| s.grammar.is_conjunction(s.word(i))) || joined(j)))
        });
        if joint { camps.into_iter().map(|(c, _)| c).collect() } else { Vec::new() }
    }

    fn real(&self, c: Option<CampId>) -> Option<CampId> {
        c.filter(|&c| !self.cx.rules.camp(c).fallback)
    }

    /// The tokens the statement of frame `i` governs, and whether it runs
    /// over a clause break.
    fn statement_range(&self, i: usize, f: &Frame) -> Option<(usize, usize, bool)> {
        let s = self.s();
        let mut clauses = false;
        let (a, b) = match f.scope {
            attribution::Scope::After => {
                let next = self.frames.get(i + 1).map_or(s.len(), |g| g.at.max(f.end));
                let (b, more) = clause_end(s, f.end, next);
                clauses = more;
                (f.end, b)
            }
            attribution::Scope::Before => (if i > 0 { self.frames[i - 1].end.min(f.at) } else { 0 }, f.at),
        };
        let (mut a, mut b) = trim_punct(s, a, b);
        // ... but a quotation it runs into ends with its closing mark.
        if clauses && b < s.len() && s.is_quote(b) && s.quoted[b - 1] {
            b += 1;
        }
        // The statement is the clause, not the "that" before it.
        // ... nor the "في بيان" left of the speaker phrase.
        let mut that_skipped = false;
        while a < b {
            if let Some(m) = s.find_at(a, |t| matches!(t, Tag::SpeakerStop | Tag::Complementizer)) {
                that_skipped |= matches!(m.tag, Tag::Complementizer);
                a = m.end();
            } else if s.kind(a) == TokenKind::Punct {
                a += 1;
            } else {
                break;
            }
        }
        // «قالت الحركة، على لسان متحدثها، في بيان له، إن ...»: after asides set
        // off by commas, what was said starts after its "that" (a first one:
        // «أن ...، وأن ...» joins a second clause to the first).
        let first_that = (a + 1..b).find(|&k| s.has_at(k, |t| matches!(t, Tag::Complementizer)));
        if f.scope == attribution::Scope::After
            && !that_skipped
            && let Some(c) = first_that.filter(|&k| s.is_punct(k - 1, &[',', '،']))
        {
            a = s.find_at(c, |t| matches!(t, Tag::Complementizer)).map_or(c + 1, |m| m.end());
            if (a..b).all(|k| s.kind(k) == TokenKind::Punct || s.covered_by(k, |t| matches!(t, Tag::FunctionWord))) {
                return None;
            }
        }
        // "..., which Kyiv denied", "، وهو ما نفته": the pointer a denial
        // right after the statement uses is no part of it.
        let denied_next = (b..(b + 3).min(s.len())).any(|k| s.has_at(k, |t| matches!(t, Tag::DenialVerb)));
        // Nor are the few words after a last comma that lead to it: "..., a
        // claim Kyiv denied", «، في وقت نفت فيه كييف».
        let lead = || (b.saturating_sub(LEAD_TO_A_DENIAL).max(a + 1)..b).rev().find(|&k| s.is_punct(k, &[',', '،']));
        if denied_next && let Some(m) = s.ending_at(b, |t| matches!(t, Tag::BackReference)).filter(|m| m.start > a) {
            b = m.start;
            while b > a && (s.kind(b - 1) == TokenKind::Punct || s.grammar.is_article(s.word(b - 1))) {
                b -= 1;
            }
        } else if denied_next && let Some(comma) = lead() {
            b = comma;
        }
        (a < b).then_some((a, b, clauses))
    }

    /// Keeps what speech frame `i` governs as a statement denials may answer.
    fn record_unit(&self, i: usize, f: &Frame, state: &mut DocState, out: &Extraction) {
        let (cx, s) = (self.cx, self.s());
        let Some(speaker) = f.speaker.as_ref() else { return };
        // Only a denial in this sentence or the next can answer these.
        let Some((a, b, clauses)) = self.statement_range(i, f) else { return };
        let span = cx.token_span(a, b);
        let inside = |c: &Claim| c.span.start >= span.start && c.span.end <= span.end;
        let propositions: Vec<usize> = self
            .sentence_claims
            .clone()
            .filter(|&c| out.claims[c].proposition().is_some_and(|p| p.target.is_none()) && inside(&out.claims[c]))
            .collect();
        // "... after the September attack, which killed four": a toll of the
        // incident that dates the statement is no figure of what it says.
        let dated_by =
            |c: &usize| self.token_at(out.claims[*c].span.start).is_some_and(|k| toll_of_an_earlier_incident(s, a, k));
        let counted = |c: &usize| !state.implicit.contains(c) && inside(&out.claims[*c]) && !dated_by(c);
        let figures: Vec<usize> = self
            .sentence_claims
            .clone()
            .filter(|c| out.claims[*c].quantity().is_some_and(|q| q.value.is_some()) && counted(c))
            .collect();
        let vague_figures: Vec<usize> = self
            .sentence_claims
            .clone()
            .filter(|c| {
                out.claims[*c].quantity().is_some_and(|q| q.value.is_none() && q.interval.low > 0) && counted(c)
            })
            .collect();
        // "X said the reports were fabrications": words that call something
        // false make the statement a denial, never what a denial answers.
        // "..., saying its forces have not entered the town" after "these
        // claims were false": a participle goes on with a denial before it.
        let denial = (f.at..f.end.max(f.at + 1)).any(|k| s.has_at(k, |t| matches!(t, Tag::DenialVerb)))
            || (s.has_at(f.at, |t| matches!(t, Tag::Continuation))
                && (0..f.at).any(|k| s.has_at(k, |t| matches!(t, Tag::DenialVerb | Tag::Refutation))))
            || (figures.is_empty() && vague_figures.is_empty() && negated_statement(s, a, b))
            || (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::Refutation)))
            || propositions.iter().any(|&c| is_denial(&out.claims[c]));
        let how = s.how(|| format!("open statement: the words \"{}\" govern", s.words(f.at, f.end)));
        let statement = cx.claim(statement_parts(cx, (a, b), (Some(speaker), true), statement_kind(), vec![how]));
        let places = self.unit_places(b, state);
        state.units.push(Unit {
            sentence: state.sentence,
            span,
            camp: speaker.camp,
            speaker: self.key(speaker),
            speaker_phrase: self.full_phrase_key(speaker),
            independent: self.independent(speaker),
            propositions,
            enemy_armed: counts_enemy_armed_men(cx.rules, out, &figures),
            figures,
            vague_figures,
            words: content_words(s, a, b),
            speaker_words: content_words_in(s, attribution::tokens_in(s, speaker.phrase)),
            numbers: numbers_of(s, a, b),
            places,
            statement: Some(statement),
            emitted: None,
            denial,
            clauses,
            incident: (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::IncidentWord | Tag::EventWord))),
            named_camps: self.named_camps(a, b),
            accused_camps: self.accused_camps(f.at, a, b),
            continuation: s.has_at(f.at, |t| matches!(t, Tag::Continuation)),
        });
    }

    /// "accuses armed groups of conducting attacks", «اتهمت الوزارة
    /// جماعات مسلحة بشن هجمات»: a statement `a..b` that opens on the
    /// object of the accusation verb of its frame (at `at`) names its doer
    /// there, up to the charge (a preposition, an incident word, a word of
    /// carrying out or of one's part).
    fn accused_camps(&self, at: usize, a: usize, b: usize) -> Option<Vec<CampId>> {
        let s = self.s();
        (at..a).find(|&k| s.has_at(k, |t| matches!(t, Tag::AccusationVerb)))?;
        let charge = |k: usize| {
            s.kind(k) != TokenKind::Word
                || s.grammar.is_preposition(s.word(k))
                // ("blamed armed clans for the attack": the charge's article.)
                || s.grammar.is_article(s.word(k))
                || s.has_at(k, |t| {
                    matches!(t, Tag::IncidentWord | Tag::EventWord | Tag::PerpetrationVerb | Tag::Responsibility)
                })
        };
        let of = (a + 1..b).find(|&k| charge(k))?;
        let named = self.named_camps(a, of);
        // "armed groups", «مسلحين مجهولين»: doers of no known party, named
        // as no one in particular; "its rivals", "the group" may be anyone.
        let definite = |k: usize| {
            s.grammar.is_definite_article(s.word(k))
                || s.has_at(k, |t| matches!(t, Tag::Determiner | Tag::OwnReference))
                || s.forms(k).iter().any(|f| f.definite)
        };
        (!named.is_empty() || !(a..of).any(definite)).then_some(named)
    }

    /// The known camps of the parties named in tokens `a..b`.
    fn named_camps(&self, a: usize, b: usize) -> Vec<CampId> {
        let s = self.s();
        // "pro-Iran fighters", "Armenia-backed separatists": a name joined to
        // another word by a hyphen describes; it names no party.
        let joined = |m: &crosscheck_rules::Match| {
            m.start > 0 && attribution::is_inner_hyphen(s, m.start - 1)
                || m.end() < s.len() && attribution::is_inner_hyphen(s, m.end())
        };
        // "South Sudanese territories": a name inside a longer one ("Sudan")
        // is no party of its own.
        let party = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
        let mut covered = a;
        let mut names = Vec::new();
        for k in a..b {
            let Some(m) = s.starts(k).iter().filter(|m| party(&m.tag)).max_by_key(|m| m.end()).copied() else {
                continue;
            };
            if k >= covered {
                names.push(m);
            }
            covered = covered.max(m.end());
        }
        // «جنوب الخرطوم», "south of Khartoum": a country's name after a
        // compass word says where, not who.
        let rules = self.cx.rules;
        let compass = |k: usize| s.kind(k) == TokenKind::Word && s.grammar.is_compass_word(s.word(k));
        let place = |m: &crosscheck_rules::Match| {
            let country = matches!(m.tag, Tag::CampCue(c) if rules.camp(c).country);
            country
                && (m.start >= 1 && compass(m.start - 1)
                    || m.start >= 2 && compass(m.start - 2) && s.grammar.is_preposition(s.word(m.start - 1)))
        };
        let mut camps: Vec<CampId> = names
            .into_iter()
            .filter(|m| !joined(m) && !place(m))
            .filter_map(|m| self.real(resolve(s, self.cx.rules, (m.start, m.end()), "").camp))
            .collect();
        camps.dedup();
        camps
    }

    /// A denial that came before what it answers ("X denied Y's claims ...
    /// Y said ..."): the later statement that shares most words with its object.
    fn match_pending(&self, state: &mut DocState, out: &Extraction) {
        let rules = self.cx.rules;
        // «وفي أواخر أكتوبر الماضي، أعلنت الحركة ...»: a statement the text
        // dates to a named month is background, not the words a denial
        // already reporting a claim goes on to find.
        let s = self.s();
        let dated_earlier = |u: &Unit| {
            let a = self.token_at(u.span.start).unwrap_or(s.len());
            (0..a).any(|k| s.has_at(k, |t| matches!(t, Tag::Month)))
        };
        for p in &mut state.pending {
            if p.no_losses {
                self.match_toll(p, state.sentence, &state.units, out);
                continue;
            }
            for unit in &state.units {
                if unit.sentence != state.sentence
                    || unit.denial
                    || (p.reported.is_some() && dated_earlier(unit))
                    || unit.camp == rules.camp_index("media")
                    || unit.speaker == p.denier
                    || !p.camp_fits(unit, rules)
                    || !numbers_fit(&p.numbers, &unit.numbers)
                    || !places_fit(&p.places, &unit.places)
                {
                    continue;
                }
                let score = overlap(&p.words, &unit.words);
                // A denial that names no one answers a statement further on
                // only when they share two words, not one.
                let far = p.owner.is_none() && state.sentence > p.sentence + FORWARD_REACH_UNNAMED;
                // ... and, for a party that names an enemy, only that enemy's.
                let enemy = p.denier_camp.and_then(|d| rules.camp(d).enemy.as_deref());
                let side = unit.camp.and_then(|c| rules.camp(c).side.as_deref());
                let accuser = p.charged_by_no_party(unit, rules);
                if far && (score.0 < 2 || enemy.is_some_and(|e| side != Some(e)) && !accuser) {
                    continue;
                }
                let own = overlap(&p.unnamed_words, &unit.words);
                // A denial that names its party and nothing of the claim takes the party's first statement.
                let first_of_owner = p.reported.is_none()
                    && p.unnamed_words.is_empty()
                    && p.owner.is_some_and(|o| o.is_some())
                    && p.best.is_none();
                // A denial of one's own part: naming the denier as the doer
                // is what ties a later statement to it.
                let names_denier = p.about_who && p.denier_camp.is_some_and(|d| unit.named_camps.contains(&d));
                // ... and a later telling that names no doer says nothing
                // of who did it ("the shelling hit the market, killing 43").
                if p.about_who && p.denier_camp.is_some() && !names_denier && unit.named_camps.is_empty() {
                    continue;
                }
                if (first_of_owner || names_denier || score.0 > 0 && own.0 + own.1 > 0)
                    && p.best.as_ref().is_none_or(|b| score > b.score)
                {
                    let claim = match unit.propositions.last().copied().or(unit.emitted) {
                        Some(c) => Later::Claim(c),
                        None => match &unit.statement {
                            Some(st) => Later::Statement(Box::new(st.clone())),
                            None => continue,
                        },
                    };
                    p.best = Some(Best { score, claim });
                }
            }
        }
    }

    /// A "no losses" said before any toll: the first toll that another
    /// party of a known camp gives in the next sentences of the people the
    /// denier speaks for (its side, or soldiers when its side is unknown).
    fn match_toll(&self, p: &mut Pending, sentence: usize, units: &[Unit], out: &Extraction) {
        let rules = self.cx.rules;
        if p.best.is_some() || sentence > p.sentence + FORWARD_REACH_UNNAMED {
            return;
        }
        let own_side = p.denier_camp.and_then(|d| rules.camp(d).side.as_deref());
        let counts_denier = |c: usize| {
            out.claims[c].quantity().is_some_and(|q| {
                q.value.is_some_and(|v| v > 0)
                    && match (own_side, q.side.as_deref()) {
                        (Some(own), Some(side)) => own == side,
                        _ => counts_population(rules, q, |pop| pop.own_side_by_default),
                    }
            })
        };
        let toll = units
            .iter()
            .filter(|u| u.sentence == sentence && !u.denial && u.speaker != p.denier)
            .filter(|u| self.real(u.camp).is_some() && u.camp != self.media && u.camp != p.denier_camp)
            .find_map(|u| u.figures.iter().copied().find(|&c| counts_denier(c)));
        if let Some(c) = toll {
            p.best = Some(Best { score: (1, 0), claim: Later::Claim(c) });
        }
    }

    /// "no casualties on the Indian side", «لا خسائر في صفوف القوات
    /// الهندية»: a denial of losses that names whose answers no toll of
    /// another side's people (the claimant's "seven Pakistani soldiers").
    fn counts_the_side_named(&self, act: &DenialAct, toll_id: usize, out: &Extraction) -> bool {
        let (s, rules) = (self.s(), self.cx.rules);
        let toll = out.claims[toll_id].quantity();
        let end = (act.word.1.max(act.object.1) + LOSSES_SIDE_AFTER).min(s.len());
        let within =
            (act.word.0..end).take_while(|&k| k < act.word.1 || !s.has_at(k, |t| matches!(t, Tag::ClauseBreak)));
        // The side of a party named, whether a party is named at all, and
        // whether its armed men are ("the American soldiers").
        let (mut named, mut named_side, mut armed_named) = (false, None, false);
        for m in within.flat_map(|k| s.starts(k)) {
            match m.tag {
                Tag::CampCue(c) => {
                    named = true;
                    named_side = named_side.or(rules.camp(c).side.as_deref());
                }
                Tag::Population { population, .. } => armed_named |= rules.population(population).armed,
                _ => {}
            }
        }
        let unarmed = |q: &Quantity| counts_population(rules, q, |p| !p.armed);
        // The toll, or a part of it given beside it ("including six children").
        let counts_unarmed = || {
            let evidence = out.claims[toll_id].evidence;
            toll.is_some_and(unarmed)
                || out
                    .claims
                    .iter()
                    .any(|c| c.evidence == evidence && c.quantity().is_some_and(|q| q.subset && unarmed(q)))
        };
        match (toll.and_then(|q| q.side.as_deref()), named_side) {
            (Some(counted), Some(named)) => named == counted,
            // "no losses among the American soldiers" says nothing of "13
            // people, six of them children": a party's soldiers are not a
            // toll of unarmed people that counts no side.
            (None, _) if named && armed_named => !counts_unarmed(),
            _ => true,
        }
    }

    /// What the owner said, when a denial's object spells it out.
    fn owned_content(
        &self,
        act: &DenialAct,
        owner: &Option<(Resolved, usize, usize)>,
        (denier, state): (&Resolved, &DocState),
        out: &Extraction,
    ) -> Option<(usize, usize)> {
        let cx = self.cx;
        // ("the accusations of the Belarusian president, Alexander
        // Lukashenko, ...": the owner's name set off by commas is the owner's.)
        let owner_end = |end: usize| match crate::denials::apposed_name_after(cx.s, end) {
            Some(name) if cx.s.is_punct(end, &[',', '،']) => {
                crate::denials::past_closing_comma(cx.s, name, cx.s.len())
            }
            _ => end,
        };
        let content: Option<(usize, usize)> = match (owner, act.content) {
            (_, Some(c)) if c + 1 < act.object.1 => Some((c + 1, act.object.1)),
            (Some((_, _, end)), None) if act.object.1 > owner_end(*end) + 1 => Some((owner_end(*end), act.object.1)),
            // "denied the claim of the rebels 13 soldiers were killed": a
            // claims word and a toll after it, the clause's "that" left out.
            (None, None) if self.reports_a_toll(act, out) && !self.real_camp_spoke(denier, state) => Some(act.object),
            _ => None,
        };
        // «نفى صحة ما أعلنته الحركة بشأن عدد القتلى»: words after the owner
        // that only say its figures are meant point at them; they are no
        // statement of their own.
        // (Nor do manner words alone, «جملة وتفصيلا», "outright".)
        let only_manner = |(c0, c1): (usize, usize)| {
            (c0..c1).all(|k| cx.s.kind(k) != TokenKind::Word || cx.s.has_at(k, |t| matches!(t, Tag::FunctionWord)))
        };
        content.filter(|&(c0, c1)| {
            !only_about_figures(self.s(), c0, c1) && !only_who_spoke(self.s(), c0, c1) && !only_manner((c0, c1))
        })
    }

    /// The speech frame that makes a denial: the one its verb stands in, or
    /// for a verdict ("false") the one that governs it.
    fn denier_frame(&self, act: &DenialAct) -> Option<&Frame> {
        let (s, frames) = (self.s(), self.frames);

        match act.trigger {
            // "X said: «ننفي ...»": the speaker the quotation is credited to.
            Trigger::Verb if act.quoted => governing(s, frames, act.word.0, act.word.1).filter(|g| !s.quoted[g.at]),
            // "said there was no truth to ...": a denial phrase that is no speech
            // verb is said by the speaker governing it.
            Trigger::Verb => {
                frames.iter().find(|f| f.at <= act.word.0 && act.word.0 < f.end.max(f.at + 1)).or_else(|| {
                    // «لا صحة لما أعلنته باكو»: the frame inside the object is the owner's, not the denier's.
                    let outside: Vec<Frame> =
                        frames.iter().filter(|f| !(act.object.0 <= f.at && f.at < act.object.1)).cloned().collect();
                    governing(s, &outside, act.word.0, act.word.1).and_then(|g| frames.iter().find(|f| f.at == g.at))
                })
            }
            // "اعتبرت الإعلان «معلومات خاطئة»": a back-referring noun is not the judge.
            Trigger::Verdict | Trigger::NoLosses | Trigger::NoEvent => {
                let judges: Vec<Frame> = frames
                    .iter()
                    .filter(|f| {
                        !(f.at..f.end.max(f.at + 1))
                            .any(|k| s.has_at(k, |t| matches!(t, Tag::BackReference | Tag::Allegation)))
                    })
                    // "said what Baku announced was false": the speech inside the judged subject is the owner's.
                    .filter(|f| !(act.object.0 <= f.at && f.at < act.object.1))
                    .cloned()
                    .collect();
                // «ووصف المتحدث ... بأنها "أنباء كاذبة"، حسبما ذكرت رويترز»: a
                // source the sentence is passed on by ("according to", or an
                // outlet) judges nothing when a party speaks in it.
                let relays = |f: &Frame| {
                    f.speaker.as_ref().and_then(|r| r.camp).is_some_and(|c| self.cx.rules.camp(c).relays)
                        || (f.at.saturating_sub(1)..=f.at).any(|k| s.covered_by(k, |t| matches!(t, Tag::AccordingTo)))
                };
                let judges: Vec<Frame> = if judges.iter().any(|f| f.speaker.is_some() && !relays(f)) {
                    judges.into_iter().filter(|f| !relays(f)).collect()
                } else {
                    judges
                };
                governing(s, &judges, act.word.0, act.word.1).and_then(|g| frames.iter().find(|f| f.at == g.at))
            }
        }
    }

    /// «نفى X ...؛ ليسجل نفيه سقطة ...»: a noun of denial with a possessive
    /// pronoun, after the same denier's denial in the sentence, names that
    /// denial; it is no second act.
    fn names_an_earlier_denial(&self, earlier: &[DenialAct], act: &DenialAct) -> bool {
        let s = self.s();
        if !s.has_at(act.word.0, |t| matches!(t, Tag::PossessedDenial)) {
            return false;
        }
        let denier = |a: &DenialAct| self.denier_frame(a).and_then(|f| f.speaker.as_ref()).map(|r| self.key(r));
        let Some(this) = denier(act) else { return false };
        earlier.iter().any(|a| denier(a).as_ref() == Some(&this))
    }

    /// «نفت باكستان هذه الاتهامات ووصفتها بأنها لا أساس لها من الصحة»,
    /// "denied the claims and called them baseless": a verdict with nothing
    /// of its own, after the same denier's denial in the sentence, judges
    /// what that denial answers; it is no second act.
    fn repeats_an_earlier_denial(&self, earlier: &[DenialAct], act: &DenialAct) -> bool {
        let s = self.s();
        if act.trigger != Trigger::Verdict || !own_words(s, act.object.0, act.object.1).is_empty() {
            return false;
        }
        let denier = |a: &DenialAct| self.denier_frame(a).and_then(|f| f.speaker.as_ref());
        let Some(this) = denier(act) else { return false };
        if self.owner(act, this).is_some() {
            return false;
        }
        let key = self.key(this);
        // Nothing of its own between the denial's object and the verdict's
        // pointer ("واصفة الصور المتداولة بأنها مفبركة" judges the pictures),
        // or the pointer is the denial's own ("رفضت الاتهامات واعتبرتها").
        // A pointer with a noun of its own ("these claims were lies") names
        // what it judges anew: a second act.
        let noun = act.back_reference.is_some_and(|(b0, b1)| {
            b1 > b0 + 1 || s.has_at(b0, |t| matches!(t, Tag::Allegation | Tag::SpeechNoun | Tag::FigureReference))
        });
        let judges_the_same = |e: &DenialAct| {
            let from = act.back_reference.map_or(act.word.0, |(b0, _)| b0);
            let inside = act.back_reference.is_some_and(|(b0, b1)| e.object.0 <= b0 && b1 <= e.object.1);
            let named_anew = (e.object.1..from).any(|k| {
                s.has_at(k, |t| matches!(t, Tag::Allegation | Tag::SpeechNoun | Tag::BackReference | Tag::Hearsay))
            });
            inside || (!noun && e.object.1 <= from && !named_anew && own_words(s, e.object.1, from).is_empty())
        };
        earlier
            .iter()
            .any(|e| e.trigger == Trigger::Verb && denier(e).is_some_and(|r| self.key(r) == key) && judges_the_same(e))
    }

    /// Links one denial to what it answers and adds it as a claim.
    fn link(&self, act: &DenialAct, state: &mut DocState, out: &mut Extraction) {
        let cx = self.cx;
        let (a, b) = act.span();
        if a >= b {
            return;
        }
        // "an ambush earlier this month that caused no casualties":
        // what an earlier incident did not cause answers no toll.
        if act.trigger == Trigger::NoLosses && result_of_an_earlier_incident(self.s(), act.word) {
            return;
        }
        // A denial nobody makes is nobody's denial.
        let Some(denier) = self.denier_frame(act).and_then(|f| f.speaker.as_ref()) else { return };
        let owner = self.owner(act, denier);
        let content = self.owned_content(act, &owner, (denier, state), out);
        self.credit_reported(act, (&owner, content), out);
        // A wording already read as denied here ("نفت ... سقوط شوشا") is this denial.
        let act_span = cx.token_span(a, b);
        let first_claim = self.sentence_claims.start;
        let consumed =
            self.sentence_claims.clone().chain(first_claim.max(self.sentence_claims.end)..out.claims.len()).any(|c| {
                let c = &out.claims[c];
                is_denial(c) && c.span.start < act_span.end && act_span.start < c.span.end
            });
        if consumed {
            return;
        }
        // "rejected responsibility for the attack that killed 8": the toll names
        // the event; who did it is what is denied.
        // ("had nothing to do with the attack that killed 25", «لا علاقة له
        // بهجوم أوقع 25 قتيلا»: the denial phrase itself denies a part; of an
        // attack or a killing, it speaks of who did it as the object would,
        // not of "the talks in Vienna".)
        let s = self.s();
        let phrase_of_part = (act.word.0..act.word.1).any(|k| s.covered_by(k, |t| matches!(t, Tag::Responsibility)));
        let of_harm = (act.object.0..act.object.1)
            .any(|k| s.has_at(k, |t| matches!(t, Tag::IncidentWord | Tag::EventWord | Tag::Metric { .. })));
        let about_who = self.responsibility_first(act) || phrase_of_part && of_harm;
        let part_denied = about_who || phrase_of_part;
        let numbers = if part_denied { Vec::new() } else { asserted_numbers(s, act.object.0, act.object.1) };
        // What the incident did, as another speaker tells it, is no word of what is denied.
        let object_words = content_words(s, act.object.0, self.incident_told(act).unwrap_or(act.object.1));
        let head_words = content_words(s, act.object.0, act.content.unwrap_or(act.object.1));
        let places = self.localities(act.object.0, act.object.1);
        let linked = Act {
            act,
            denier,
            owner: owner.as_ref(),
            numbers: &numbers,
            about_who,
            part_denied,
            object_words: &object_words,
            head_words: &head_words,
            places: &places,
            incident_object: denies_an_incident(s, act),
            joint_camps: &self.joint_camps(denier),
        };
        let (mut target, forward) = match content {
            Some(range) => self.target_in_content(&linked, range, state, out),
            None => (None, None),
        };
        if target.is_none() {
            target = self.target_in_units(&linked, state, out);
        }
        let Some((t, why)) = target else { return };
        self.push_denial(act, denier, (t, &why), out);
        if let Some(mut p) = forward {
            p.denial = Some(out.claims.len() - 1);
            state.pending.push(p);
        }
    }

    /// Adds the denial by `denier` of claim `t`.
    fn push_denial(&self, act: &DenialAct, denier: &Resolved, (t, why): (usize, &str), out: &mut Extraction) {
        let (cx, s) = (self.cx, self.s());
        let target_claim = &out.claims[t];
        let Some(kind) = denial_kind(target_claim) else { return };
        let how = s.how(|| {
            format!(
                "denial \"{}\" of \"{}\" by {}: links to {} \"{}\" (bytes {}-{})",
                s.words(act.word.0, act.word.1),
                s.words(act.object.0, act.object.1),
                &s.text[denier.range.0..denier.range.1],
                why,
                target_claim.quote,
                target_claim.span.start,
                target_claim.span.end
            )
        });
        out.claims.push(cx.claim(statement_parts(cx, act.span(), (Some(denier), true), kind, vec![how])));
    }

    /// Whether reports `m` stand in a pointer at what was said before: not
    /// when a "that" spells out what they say ("denied a report that …"),
    /// nor when their topic follows ("the reports of the Armenian media
    /// about the shelling").
    fn points_back_at(&self, act: &DenialAct, m: &crosscheck_rules::Match, head_end: usize) -> bool {
        let s = self.s();
        let topic_follows =
            |b1: usize| (b1..(b1 + TOPIC_REACH).min(head_end)).any(|k| s.has_at(k, |t| matches!(t, Tag::TopicMarker)));
        act.back_reference
            .is_some_and(|(b0, b1)| b0 <= m.start && m.end() <= b1 && act.content != Some(b1) && !topic_follows(b1))
    }

    /// The party whose claim is denied, when the object names one: the
    /// speaker of a speech verb in it ("ما ذكرته سلطات باكو"), else an actor
    /// or camp word ("مزاعم أذربيجان", "Russia's claim"), else the media for
    /// reports nobody owns.
    fn owner(&self, act: &DenialAct, denier: &Resolved) -> Option<Owner> {
        let s = self.s();
        let denier_key = self.key(denier);
        let head_end = act.content.unwrap_or(act.object.1);
        let inner = self.frames.iter().find(|f| {
            f.at >= act.object.0
                && f.at < head_end
                // "the reports of Armenia": a noun that doubles as a speech verb is no speech.
                && !(f.at.saturating_sub(1)..f.end)
                    .any(|k| s.has_at(k, |t| matches!(t, Tag::BackReference | Tag::Allegation | Tag::Hearsay)))
                && !s.has_at(f.at, |t| matches!(t, Tag::DenialVerb))
                && f.speaker.as_ref().is_some_and(|r| {
                    r.camp.is_some() && (self.real(r.camp) != self.real(denier.camp) || self.key(r) != denier_key)
                })
        });
        // The owner's words end where its resolved name ends, not where the
        // speaker phrase ran to ("ما ذكرته باكو بشأن ...").
        let mut owner: Option<Owner> = inner.and_then(|f| {
            let r = f.speaker.clone()?;
            let end = (f.at..f.end).find(|&k| s.tokens[k].end >= r.range.1).map_or(f.end, |k| k + 1);
            Some((r, f.at, end))
        });
        if owner.is_none()
            && let Some(pointer) = act.back_reference
        {
            owner = self.party_near(act, denier, pointer);
        }
        // «ما يذيعه الجانب الأرميني حول ...», "Baku is spreading ...": the
        // party beside a verb of putting a statement about owns it.
        if owner.is_none()
            && let Some(m) = (act.object.0..head_end).find_map(|k| s.find_at(k, |t| matches!(t, Tag::Publishing)))
        {
            owner = self.party_near(act, denier, (m.start, m.end())).or_else(|| self.publisher_after_what(act, &m));
        }
        // "denied reports that ...": what reports say is the media's voice,
        // unless the reports are a party's ("the Azerbaijani reports").
        // "denied these reports" points back at what was said before: no
        // anonymous reports stand in the pointer.
        let in_pointer = |m: &crosscheck_rules::Match| self.points_back_at(act, m, head_end);
        if owner.is_none()
            // "نفى الجيش أنباء عن ...": the speaker phrase may have run over it.
            && let Some(m) = hearsay_head(s, act.word.1.min(act.object.0), head_end)
            && !in_pointer(&m)
            // «نفت بعض التقارير الإعلامية سماع ...»: reports that deny are the denier.
            && !(denier.range.0 <= s.byte_range(m.start, m.end()).0 && s.byte_range(m.start, m.end()).1 <= denier.range.1)
        {
            // Reports are a party's when it is named beside them ("the
            // Azerbaijani reports", "reports by X"), not when the reports
            // only speak of it («الأنباء التي تحدثت عن قصف مستشفى»).
            let beside = |o: &Owner| {
                let (r, _, _) = o;
                let (a, _) = attribution::tokens_in(s, r.range);
                a < m.start
                    || (m.end()..a).all(|k| {
                        s.kind(k) != TokenKind::Word
                            || s.grammar.is_preposition(s.word(k))
                            || s.grammar.is_article(s.word(k))
                            // "reports on Monday by X": a date between.
                            || s.covered_by(k, attribution::is_time)
                            || s.covered_by(k + 1, attribution::is_time)
                    })
            };
            owner = self.party_near(act, denier, (m.start, m.end())).filter(beside).or_else(|| {
                let r = self.media_voice((m.start, m.end()), "the denied statement is attributed to reports");
                Some((r, m.start, m.end()))
            });
        }
        // "denied responsibility for the blast, which the army said killed
        // 9", «نفى مسؤوليته عن الانفجار الذي قالت إسرائيل إنه أودى بـ12»: a
        // speaker in a relative clause after the incident tells what the
        // incident did; the denial of who did it does not answer that.
        let told = self.incident_told(act);
        owner.filter(|(r, at, _)| told.is_none_or(|rel| (*at).min(attribution::tokens_in(s, r.range).0) < rel))
    }

    /// «نفى ما تداولته بعض وسائل الإعلام عن ...», "denied what some outlets
    /// circulated about ...": what a publishing verb `m` right after "what"
    /// (or after "what" and its subject) puts about, with no party named
    /// beside it, is the media's voice, as reports nobody owns are. The
    /// publisher is the subject between "what" and the verb, else the
    /// speaker phrase after the verb; when there is none, the verb stands
    /// for it.
    fn publisher_after_what(&self, act: &DenialAct, m: &crosscheck_rules::Match) -> Option<Owner> {
        let s = self.s();
        let what = (act.object.0.max(m.start.saturating_sub(PUBLISHER_REACH))..m.start)
            .rev()
            .find(|&k| s.kind(k) == TokenKind::Word && s.grammar.is_free_relative(s.word(k)))?;
        // «ما تم تداوله», "what was being circulated": no subject.
        let auxiliary =
            |k: usize| s.covered_by(k, |t| matches!(t, Tag::FunctionWord)) || s.grammar.is_negated_auxiliary(s.word(k));
        let (a, mut b) = if (what + 1..m.start).any(|k| !auxiliary(k)) {
            (what + 1, m.start)
        } else {
            let (a, mut b) = attribution::phrase_forward(s, self.cx.rules, m.end(), &[]);
            // «ما تروجه جهات معادية من ادعاءات»: the partitive opens what they put about.
            if let Some(of) = (a..b).find(|&k| s.grammar.is_partitive(s.word(k))) {
                b = of;
            }
            if a >= b || b - a > PUBLISHER_REACH { (m.start, m.end()) } else { (a, b) }
        };
        // "what some websites were spreading": the auxiliary is the verb's.
        while b > a + 1 && s.grammar.is_negated_auxiliary(s.word(b - 1)) {
            b -= 1;
        }
        // «ما تداولته وسائل الإعلام بهذا الشأن», "what was circulated about
        // this": a pointer is all it says, and it answers what was said before.
        // («في هذا السياق», "in this regard": nor does the noun after a pointer.)
        let pointer =
            |k: usize| s.covered_by(k, |t| matches!(t, Tag::BackReference | Tag::FunctionWord | Tag::Pronoun));
        let said = (b.max(m.end())..act.object.1)
            .filter(|&k| s.kind(k) == TokenKind::Word && !pointer(k) && !(k > 0 && pointer(k - 1)))
            .count();
        if said < MIN_PUBLISHED_WORDS {
            return None;
        }
        // «ما تم تداوله من تقارير حول ...»: reports in what it says name its voice.
        if (a, b) == (m.start, m.end()) && hearsay_head(s, m.end(), act.object.1).is_some() {
            return None;
        }
        // A publisher in its own words is a party's, which party_near reads.
        if (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::Actor(_)))) {
            return None;
        }
        let r = self.media_voice((a, b), "the denied statement is what a publishing verb after \"what\" puts about");
        Some((r, a.min(m.start), b.max(m.end())))
    }

    /// The media's voice, named by tokens `[a, b)`, for a statement no
    /// party owns; `why` says how it came to be the media's.
    fn media_voice(&self, (a, b): (usize, usize), why: &str) -> Resolved {
        let s = self.s();
        Resolved {
            range: s.byte_range(a, b),
            phrase: s.byte_range(a, b),
            actor: None,
            camp: self.media,
            how: format!("{why}: the media's voice"),
        }
    }

    /// Where a denial of who did it goes on to tell, in a relative clause
    /// with a speaker of its own, what the incident did: the relative
    /// pronoun's token.
    fn incident_told(&self, act: &DenialAct) -> Option<usize> {
        let s = self.s();
        if !self.responsibility_first(act) {
            return None;
        }
        self.frames.iter().find_map(|f| {
            let r = f.speaker.as_ref()?;
            let first = f.at.min(attribution::tokens_in(s, r.range).0);
            if first <= act.object.0 || first >= act.object.1 {
                return None;
            }
            (first.saturating_sub(RELATIVE_REACH).max(act.object.0 + 1)..=first)
                .find(|&k| s.forms(k).iter().any(|f| s.grammar.is_relative_pronoun(f.text)))
        })
    }

    /// The party named beside a pointer or a hearsay word at tokens `(b0, b1)`,
    /// within a few words: "مزاعم أذربيجان", "Russia's claim", "the statement
    /// of the Azerbaijani ministry", "the Azerbaijani reports".
    fn party_near(&self, act: &DenialAct, denier: &Resolved, (b0, b1): (usize, usize)) -> Option<Owner> {
        let (s, rules) = (self.s(), self.cx.rules);
        let denier_key = self.key(denier);
        let head_end = act.content.unwrap_or(act.object.1);
        // "the Indian Air Force chief's claim": a possessive before the
        // pointer may close a longer name.
        let possessive = (b0.saturating_sub(3)..b0).any(|k| k > 0 && s.is_punct(k, &['\'', '’']) && s.glued(k - 1, k));
        let reach = if possessive { POSSESSOR_REACH } else { 3 };
        let from = b0.saturating_sub(reach).max(act.object.0.min(b0));
        // A pointer before the verb ("تصريح نفى صحته مسؤولون"): its party
        // stands before the verb too; after it comes the denier.
        // Not past a "that" clause, which says what the claim is.
        let limit = match act.content {
            Some(that) if b1 <= that => that,
            _ if b1 <= act.word.0 => act.word.0,
            _ => head_end.max(b1),
        };
        let to = (b1 + OWNER_REACH).min(limit);
        // A word inside a name already read ("السوري" in «المرصد السوري لحقوق
        // الإنسان») names no other party.
        let mut inside_until = from;
        // («المزاعم التي روجها “مرصد الساحل السوري”»: a quoted name is a name.)
        let unquoted = |k: usize| !s.quoted[k] || s.quoted[b0] || attribution::in_short_quotation(s, k);
        let mut candidates = (from..to).filter(|&k| unquoted(k)).filter_map(|k| {
            if k < inside_until {
                return None;
            }
            // "rebel claims", "claims by activists": a party of no camp, named
            // by a word for an independent group, owns its claims too.
            let m = s
                .find_at(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)))
                .or_else(|| s.find_at(k, |t| matches!(t, Tag::Independent)))?;
            inside_until = m.end();
            // «ادعاءات الحكومة حول وجود مقاتلين أجانب»: after "about" comes what
            // the claims say, not whose they are.
            if (b1..k).any(|j| s.has_at(j, |t| matches!(t, Tag::TopicMarker))) {
                return None;
            }
            // "the toll of killed militia", «حصيلة قتلى الجيش»: the party a
            // casualty word counts is whose dead, not whose claim.
            if k > 0 && s.has_at(k - 1, |t| matches!(t, Tag::Metric { .. })) {
                return None;
            }
            // «مزاعم عن مقتل جنود مصريين», "claims of the deaths of Egyptian
            // soldiers": a nationality beside the people a casualty word
            // counts is theirs; so is one before the people reports speak
            // of ("reports of Turkish troops inside Syria").
            let population = |j: usize| j < s.len() && s.has_at(j, |t| matches!(t, Tag::Population { .. }));
            let counted = (b1..k).any(|j| s.has_at(j, |t| matches!(t, Tag::Metric { .. })));
            let reports = s.find_at(b0, |t| matches!(t, Tag::Hearsay)).is_some();
            let people_before = population(m.end());
            if (counted || reports) && people_before || counted && k > 0 && population(k - 1) {
                return None;
            }
            let independent = matches!(m.tag, Tag::Independent);
            let end = if independent { m.end() } else { phrase_end(s, name_end(s, m, s.len())) };
            if possessive_before_party(s, rules, end) {
                return None;
            }
            // "a claim the army denied": the denier, named after the pointer, owns nothing.
            let (p0, p1) = s.byte_range(m.start, end);
            if denier.range.0 <= p0 && p1 <= denier.range.1 {
                return None;
            }
            let mut r = resolve(s, rules, (m.start, end), "the party whose claim is denied");
            r.range = s.byte_range(m.start, end);
            let differs = match (self.real(r.camp), self.real(denier.camp)) {
                (Some(o), Some(d)) => o != d,
                (None, Some(_)) if independent && r.camp.is_none() => self.key(&r) != denier_key,
                _ => r.camp.is_some() && self.key(&r) != denier_key,
            };
            // "reports" names the media in general, not a party.
            (differs && r.camp != self.media).then_some((r, m.start.min(b0), end.max(b1)))
        });
        // "claims made by officials in the Azerbaijani capital": a party of a
        // known camp before a catch-all word ("officials").
        let first = candidates.next()?;
        if self.real(first.0.camp).is_some() {
            return Some(first);
        }
        candidates.find(|c| self.real(c.0.camp).is_some()).or(Some(first))
    }

    /// "Ukraine denied Russia's claim that its forces took X": the wording
    /// under the verb is Russia's assertion, reported; the denial is Ukraine's.
    /// Reports nobody owns stay inside the speaker's denial ("نفت ... الأنباء عن سقوط").
    fn credit_reported(
        &self,
        act: &DenialAct,
        (owner, content): (&Option<Owner>, Option<(usize, usize)>),
        out: &mut Extraction,
    ) {
        let cx = self.cx;
        let (Some((r, _, _)), Some((ca, cb))) = (owner, content) else { return };
        if r.camp == self.media {
            return;
        }
        let verb_at = cx.token_span(act.word.0, act.word.1).start;
        for &(c, ws, we) in self.under_denial {
            if ws < ca || we > cb || out.claims[c].span.start != verb_at {
                continue;
            }
            let span = cx.token_span(ws, we);
            let claim = &mut out.claims[c];
            claim.span = span;
            claim.quote = cx.quote(span);
            claim.line = crate::lines::line_of(cx.original, span.start) as u32;
            cx.credit(claim, r);
            if let ClaimKind::Proposition(p) = &mut claim.kind {
                p.polarity = p.polarity.flip();
            }
            if cx.explain {
                claim.trace.push(format!("the denial reports it: the assertion of its owner; {}", r.how));
            }
        }
    }

    /// The claim a denial answers when its object spells out what the owner
    /// said: a claim inside those words, else the owner's earlier statement
    /// that shares a word with them, else an open statement the denial
    /// reports (and a wait for the owner's own words later).
    fn target_in_content(
        &self,
        linked: &Act,
        (ca, cb): (usize, usize),
        state: &mut DocState,
        out: &mut Extraction,
    ) -> (Target, Option<Pending>) {
        let (cx, s) = (self.cx, self.s());
        let Act { act, denier, owner, part_denied, .. } = *linked;
        let span = cx.token_span(ca, cb);
        let inside = |c: &Claim| c.span.start >= span.start && c.span.end <= span.end;
        let pick = self
            .sentence_claims
            .clone()
            .filter(|&c| out.claims[c].proposition().is_some_and(|p| p.target.is_none()))
            .chain(self.sentence_claims.clone().filter(|&c| {
                !part_denied
                    && out.claims[c].quantity().is_some_and(|q| q.value.is_some())
                    && !state.implicit.contains(&c)
                    && !self.presupposed(&out.claims[c])
                    && !self.describes_a_noun(ca, &out.claims[c])
            }))
            .find(|&c| inside(&out.claims[c]));
        if let Some(c) = pick {
            // Hearsay stays with its owner; claims nobody owns («مزاعم إعلامية
            // أفادت بـ») are the media's, never the denier's.
            let credited_to_denier =
                out.claims[c].camp.as_deref() == denier.camp.map(|d| self.cx.rules.camp(d).id.as_str());
            let unowned = || self.unowned_claims(act, (ca, cb)).filter(|_| credited_to_denier);
            let new_owner = owner.map(|(r, _, _)| r.clone()).or_else(unowned);
            if new_owner.is_none() && credited_to_denier && out.claims[c].quantity().is_some() {
                return (Some(self.figure_called_untrue(linked, c, state, out)), None);
            }
            if let Some(r) = new_owner {
                let claim = &mut out.claims[c];
                cx.credit(claim, &r);
                if cx.explain {
                    claim.trace.push(format!("speaker: the claim a denial reports, credited to its owner: {}", r.how));
                }
            }
            return (Some((c, "the claim inside the denied words".into())), None);
        }
        let Some((r, _, _)) = owner else { return (None, None) };
        let act_span = cx.token_span(act.span().0, act.span().1);
        let denier_key = self.key(denier);
        let words = content_words(s, ca, cb);
        let earlier = state.units.iter().rposition(|u| {
            u.span.start < act_span.start
                && !u.denial
                && u.camp == r.camp
                && u.camp != self.media
                && u.speaker != denier_key
                && u.words.iter().any(|w| words.contains(w))
                // ("its statements about two other towns, Pokrovsk and
                // Vovchansk" are not its statement about Kupiansk.)
                && places_fit(linked.places, &u.places)
                && numbers_fit(linked.numbers, &u.numbers)
        });
        if let Some(u) = earlier {
            // The owner said it before, in words of its own: that statement is the one denied.
            // "claims of coalition strikes ... are inaccurate": words that
            // name no figure deny the statement, not the toll it gave.
            let of_figures = !linked.numbers.is_empty() || figure_pointer(s, linked.act).is_some();
            let unit = &mut state.units[u];
            let figure = if of_figures { main_figure(unit, out) } else { None };
            let chosen = unit.propositions.last().copied().or(figure);
            let why = "the earlier statement of the party the denial names";
            return (emit(chosen.or(unit.emitted), unit, why, out), None);
        }
        self.report_statement(linked, (ca, cb), state, out)
    }

    /// "'It is not true that 200 people were killed,' the governor said":
    /// a figure the denier calls untrue is no figure of the denier's. When
    /// another party gave it a few sentences before, that claim is what is
    /// denied and the words inside the denial count nothing again; else they
    /// stand as a claim of nobody's the denial answers.
    fn figure_called_untrue(
        &self,
        linked: &Act,
        c: usize,
        state: &mut DocState,
        out: &mut Extraction,
    ) -> (usize, String) {
        let denier_camp = self.real(linked.denier.camp).map(|d| self.cx.rules.camp(d).id.as_str());
        let denier_name = &self.s().text[linked.denier.range.0..linked.denier.range.1];
        let called = &out.claims[c];
        let (metric, value) = called.quantity().map(|q| (q.metric.as_str(), q.value)).expect("a figure");
        // The number itself names the claim, however far back in the article it was given.
        let earlier = (0..c).rev().find(|&f| {
            let claim = &out.claims[f];
            claim.span.start < called.span.start
                && claim.quantity().is_some_and(|q| q.metric == metric && q.value.is_some() && q.value == value)
                && claim.speaker.as_ref().is_none_or(|sp| sp.text != denier_name)
                && (denier_camp.is_none() || claim.camp.as_deref() != denier_camp)
        });
        if let Some(f) = earlier {
            state.dropped.push(c);
            return (f, "the earlier claim of the figure the denial calls untrue".into());
        }
        let claim = &mut out.claims[c];
        claim.speaker = None;
        claim.camp = None;
        if self.cx.explain {
            claim.trace.push("speaker: none; the figure is what a denial calls untrue".into());
        }
        (c, "the figure inside the denied words".into())
    }

    /// Whether a party of a real camp other than the denier's made a
    /// statement in this sentence or the two before: the denial's likelier
    /// target than a toll whose owner the denial does not name.
    fn real_camp_spoke(&self, denier: &Resolved, state: &DocState) -> bool {
        state
            .units
            .iter()
            .rev()
            .take_while(|u| u.sentence + 2 >= state.sentence)
            .any(|u| !u.denial && self.real(u.camp).is_some() && u.camp != denier.camp)
    }

    /// Whether a denial's object opens on a word for claims and holds a
    /// figure claim after it: what the claims said, spelled out.
    fn reports_a_toll(&self, act: &DenialAct, out: &Extraction) -> bool {
        let s = self.s();
        let Some(word) =
            (act.object.0..act.object.1).find(|&k| s.has_at(k, |t| matches!(t, Tag::Hearsay | Tag::Allegation)))
        else {
            return false;
        };
        let after = self.cx.token_span(word, act.object.1);
        self.sentence_claims.clone().any(|c| {
            let claim = &out.claims[c];
            claim.quantity().is_some_and(|q| q.value.is_some())
                && claim.span.start >= after.start
                && claim.span.end <= after.end
        })
    }

    /// "refuted claims that the seven persons killed were civilians": a
    /// figure after a definite article is given, not claimed; what is said
    /// of it is what is denied.
    fn presupposed(&self, claim: &Claim) -> bool {
        let s = self.s();
        let Some(k) = self.token_at(claim.span.start) else { return false };
        let number = (k..s.len().min(k + 4))
            .find(|&j| s.kind(j) == TokenKind::Number || s.has_at(j, |t| matches!(t, Tag::Number(_))));
        number.is_some_and(|j| given_number(s, j))
    }

    /// "the information on a new attack in the region where more than 130
    /// were killed is untrue", «المنطقة التي قتل فيها أكثر من 130»: a toll
    /// in a relative clause that says which place is meant is given, not
    /// what the reports said.
    fn describes_a_noun(&self, from: usize, claim: &Claim) -> bool {
        let s = self.s();
        let Some(at) = self.token_at(claim.span.start) else { return false };
        let Some(relative) = (from.max(1)..at).rev().find(|&k| s.grammar.is_relative_pronoun(s.word(k))) else {
            return false;
        };
        let place = |t: &Tag| matches!(t, Tag::RegionAnaphor | Tag::LocalityAnaphor | Tag::LocalityNoun);
        // "denied its jets struck the camp, which killed 28", «نفى أن طائراته
        // شنت غارات على المخيم، مما أسفر عن مقتل 28»: a clause set off by a
        // comma tells what the denied act did, not what is denied.
        let aside = s.is_punct(relative - 1, &[',', '،']) && relative - 1 > from;
        (s.has_at(relative - 1, place) || aside)
            && !(relative + 1..at)
                .any(|k| s.has_at(k, |t| matches!(t, Tag::Reporting | Tag::Hearsay | Tag::Allegation)))
    }

    fn token_at(&self, start: usize) -> Option<usize> {
        self.cx.token_at(start)
    }

    /// Whether a denial's object speaks of who did it ("responsibility",
    /// «الاتهامات»): then a toll in it only says which event.
    fn responsibility_first(&self, act: &DenialAct) -> bool {
        let s = self.s();
        (act.object.0..act.object.1).any(|k| s.has_at(k, |t| matches!(t, Tag::Responsibility)))
            || self.carrying_out_first(act)
    }

    /// "denied carrying out the attack", «نفت شن الغارة»: a verb of carrying
    /// out an attack at the head of the object denies a part in it.
    fn carrying_out_first(&self, act: &DenialAct) -> bool {
        let (a, b) = act.object;
        a < b && self.s().has_at(a, |t| matches!(t, Tag::PerpetrationVerb))
    }

    /// "denied that Russian war planes had carried out air strikes": a
    /// denial verb whose clause names the denier's own side speaks of who
    /// did it.
    fn names_own_side_as_doer(&self, act: &DenialAct, denier: &Resolved) -> bool {
        let (Some(d), Some(content)) = (self.real(denier.camp), act.content) else { return false };
        act.trigger == Trigger::Verb && self.named_camps(content, act.object.1).contains(&d)
    }

    /// The owner's statement as the denial reports it, an open statement
    /// claim, and the wait for the owner's own words later.
    fn report_statement(
        &self,
        linked: &Act,
        (ca, cb): (usize, usize),
        state: &mut DocState,
        out: &mut Extraction,
    ) -> (Target, Option<Pending>) {
        let (cx, s) = (self.cx, self.s());
        let Some((r, oa, _)) = linked.owner else { return (None, None) };
        let (denier, oa) = (linked.denier, *oa);
        // "dismissed the reports on a raid as fake news": the verdict is the
        // denier's word, not the owner's; reports that say nothing of their
        // own ("dismissed the reports as fabrications") are no statement.
        let verdict = (oa..cb).find(|&k| s.has_at(k, |t| matches!(t, Tag::Refutation)));
        let mut cb = verdict.unwrap_or(cb);
        while verdict.is_some()
            && cb > oa
            && (s.kind(cb - 1) == TokenKind::Punct
                || s.has_at(cb - 1, |t| matches!(t, Tag::FunctionWord | Tag::Pronoun)))
        {
            cb -= 1;
        }
        if verdict.is_some() && own_words(s, oa, cb).is_empty() || says_only_this(s, (oa, cb)) {
            return (None, None);
        }
        let how = s.how(|| format!("open statement of \"{}\", reported by the denial", s.words(oa, cb)));
        out.claims.push(cx.claim(statement_parts(cx, (oa, cb), (Some(r), true), statement_kind(), vec![how])));
        let emitted = out.claims.len() - 1;
        // Later denials ("هذه معلومات مضللة") answer the same statement.
        let reported = cx.token_span(oa, cb);
        state.units.retain(|u| !(u.sentence == state.sentence && u.span.start >= reported.start));
        state.units.push(self.reported_unit(r, (reported, oa, cb), emitted, state.sentence));
        let forward = Pending {
            sentence: state.sentence,
            denial: None,
            claim: None,
            reported: Some(emitted),
            owner: Some(r.camp),
            denier: self.key(denier),
            denier_camp: self.real(denier.camp),
            words: content_words(s, ca, cb),
            unnamed_words: unnamed_words(s, cx.rules, ca, cb),
            numbers: numbers_of(s, ca, cb),
            places: self.localities(ca, cb),
            no_losses: false,
            about_who: false,
            best: None,
        };
        // A party of no known camp ("rebel claims"): its later words cannot
        // be told from anyone else's, so nothing waits for them.
        let forward = r.camp.is_some().then_some(forward);
        (Some((emitted, "the statement the denial reports".into())), forward)
    }

    /// The statement a denial reports of party `r` (tokens `oa..cb`, bytes
    /// `span`), kept as the owner's words that later denials answer.
    fn reported_unit(
        &self,
        r: &Resolved,
        (span, oa, cb): (Span, usize, usize),
        emitted: usize,
        sentence: usize,
    ) -> Unit {
        Unit {
            sentence,
            span,
            camp: r.camp,
            speaker: self.key(r),
            speaker_phrase: self.phrase_key(r),
            independent: self.independent(r),
            propositions: Vec::new(),
            figures: Vec::new(),
            vague_figures: Vec::new(),
            speaker_words: Vec::new(),
            words: Vec::new(),
            numbers: Vec::new(),
            places: self.localities(oa, cb),
            statement: None,
            emitted: Some(emitted),
            denial: false,
            clauses: false,
            incident: false,
            named_camps: Vec::new(),
            enemy_armed: false,
            accused_camps: None,
            continuation: false,
        }
    }

    /// "Washington blamed the Islamic Resistance in Iraq ... Tehran denied
    /// any links to the attack": a denial of one's own part does not answer
    /// a statement that names another party, and not the denier, as the doer.
    fn names_another_doer(&self, u: &Unit, linked: &Act) -> bool {
        let Some(d) = self.real(linked.denier.camp).filter(|_| linked.about_who) else { return false };
        // "accuses armed groups of conducting attacks": the accused is the
        // doer it names, a party of no known camp as much as one of another.
        if let Some(accused) = &u.accused_camps {
            return !accused.contains(&d);
        }
        !u.named_camps.contains(&d) && u.named_camps.iter().any(|&c| Some(c) != self.real(u.camp))
    }

    /// «سارعت يريفان إلى النفي», "Yerevan denied.": a party's denial with no
    /// object at all, which answers what was just said. Not when the
    /// speaker phrase ran on past the name into what is denied («ونفت
    /// أرمينيا إرسال جنود»).
    fn has_no_object(&self, act: &DenialAct, denier: &Resolved) -> bool {
        act.trigger == Trigger::Verb
            && act.object.0 >= act.object.1
            && act.back_reference.is_none()
            && denier.phrase.1 <= denier.range.1
            && self.real(denier.camp).is_some()
    }

    /// Whether a denial whose object has no words of its own still points at
    /// a statement: by a pointer, an owner, its kind, no object at all, or a
    /// word for an incident ("denied the shelling": «القصف» is too short to
    /// count as a word of its own).
    fn points_at_something(&self, linked: &Act) -> bool {
        let act = linked.act;
        act.back_reference.is_some()
            || linked.owner.is_some()
            || matches!(act.trigger, Trigger::NoLosses | Trigger::NoEvent)
            || self.has_no_object(act, linked.denier)
            || linked.incident_object
    }

    /// Whether the party of statement `u` may be the one a denial answers:
    /// "Yerevan denied." with no object answers only a party's statement,
    /// and a subhead's "Georgia denies" over the denial in full answers
    /// none; a joint denier answers neither of its parties.
    fn party_answered(&self, u: &Unit, linked: &Act, state: &DocState) -> bool {
        (!self.has_no_object(linked.act, linked.denier) || self.real(u.camp).is_some() && !state.subhead_of_denial)
            && !u.camp.is_some_and(|c| linked.joint_camps.contains(&c))
    }

    /// "denied carrying out any attack": a denial of having carried out an
    /// attack answers a telling of an attack, not "accused Haftar of
    /// supplying weapons".
    fn attack_told(&self, u: &Unit, linked: &Act) -> bool {
        u.incident || !self.carrying_out_first(linked.act)
    }

    /// Whether statement `u` is near enough for a denial with no words of
    /// its own: the sentence before, or one more back for an accusation
    /// naming the denier ("denied these accusations") and for a telling of
    /// an incident a denial says did not happen ("had not carried out any
    /// air strike in the area", "there was no clash").
    fn bare_reaches(&self, u: &Unit, linked: &Act, state: &DocState) -> bool {
        let no_event = linked.act.trigger == Trigger::NoEvent;
        // ("there were no casualties" answers a toll given two sentences
        // back, a line of boilerplate or background between.)
        let no_losses = linked.act.trigger == Trigger::NoLosses && !u.figures.is_empty();
        u.sentence + UNIT_REACH >= state.sentence
            || (self.blames_denier(u, linked) || (linked.incident_object || no_event) && u.incident || no_losses)
                && u.sentence + WORDED_REACH >= state.sentence
    }

    /// A denier of a known camp answers another known camp, or a party of no
    /// known camp ("rebels said ... Kyiv denied the claims"). A body of the
    /// catch-all camp ("the army", "the Observatory") only when it names the
    /// denier ("Russia carried out the strikes", then "Moscow denied any
    /// involvement"), or when the denial trails its statement.
    fn known_denier_answers(&self, u: &Unit, act: &DenialAct, d: CampId, state: &DocState) -> bool {
        u.camp.is_none()
            || self.real(u.camp).is_some_and(|c| c != d)
            || self.real(u.camp).is_none()
                && (u.named_camps.contains(&d)
                    || act.trigger == Trigger::NoLosses && u.enemy_armed
                    || self.trails(u, act, state))
    }

    /// "..., which Kyiv denied", «، الأمر الذي نفته الجماعة»: a denial whose
    /// pointer follows the statement in its own sentence, with nothing but a
    /// comma or an article between, answers that statement, whoever made it.
    fn trails(&self, u: &Unit, act: &DenialAct, state: &DocState) -> bool {
        let s = self.s();
        let Some((pointer, _)) = act.back_reference else { return false };
        u.sentence == state.sentence
            && self.token_at(u.span.end).is_some_and(|end| {
                end <= pointer
                    && (end..pointer).all(|k| s.kind(k) == TokenKind::Punct || s.grammar.is_article(s.word(k)))
            })
    }

    /// "denied responsibility for the attack" after "the GNA condemned the
    /// crime, blaming Haftar": a denial of who did it answers a statement of
    /// the last sentences that names the denier, whatever its words.
    fn blames_denier(&self, u: &Unit, linked: &Act) -> bool {
        linked.about_who && self.real(linked.denier.camp).is_some_and(|d| u.named_camps.contains(&d))
    }

    /// [`Self::phrase_key`] with the name set beside the speaker's office:
    /// "a member of the body X Y".
    fn full_phrase_key(&self, speaker: &Resolved) -> String {
        let phrase = self.phrase_key(speaker);
        match attribution::apposed_name(self.s(), speaker) {
            Some((n0, n1)) => format!("{phrase} {}", self.s().words(n0, n1)),
            None => phrase,
        }
    }

    /// The localities a statement ending at token `b` is about: those its
    /// sentence names up to there, else ("... a strike on the town of X.
    /// Ukraine said the strike hit troops") those of the statement just before.
    fn unit_places(&self, b: usize, state: &DocState) -> Vec<String> {
        let places = self.localities(0, b);
        match state.units.last() {
            Some(last) if places.is_empty() && last.sentence + 1 >= state.sentence => last.places.clone(),
            _ => places,
        }
    }

    /// The localities tokens `[a, b)` of the sentence name.
    fn localities(&self, a: usize, b: usize) -> Vec<String> {
        context::localities_in(self.s(), self.cx.rules, self.cx.normalized, (a, b))
    }

    /// Whether a recent statement may be the one a denial answers.
    fn unit_fits(&self, u: &Unit, linked: &Act, state: &DocState) -> bool {
        let (s, &Act { act, denier, owner, .. }) = (self.s(), linked);
        let act_span = self.cx.token_span(act.span().0, act.span().1);
        // A bare object points back ("these claims", "the announcement",
        // "مزاعم أذربيجان"); an object with words of its own ("مسؤوليته عن
        // الهجوم على المستشفى") answers only a statement that shares one.
        let (object_words, head_words) = (linked.object_words, linked.head_words);
        let bare = own_words(s, act.object.0, act.object.1).is_empty();
        // "No losses" answers a toll, nothing else; "there was no clash" a
        // statement about an attack.
        let no_losses = act.trigger == Trigger::NoLosses;
        let no_event = act.trigger == Trigger::NoEvent;
        // "the figures are not accurate": a pointer at figures answers a figure.
        let figures = figure_pointer(s, act);
        let figures_named = figures.is_some();
        let figures_in_object = figures.is_some_and(|(b0, _)| b0 >= act.object.0);
        u.span.start < act_span.start
            // «وسبق للحوثيين استهداف المطار في 27 أغسطس، في حين نفت الإمارات ...»,
            // "Previously, ...": a denial in a sentence of background answers
            // only what that sentence tells.
            && (u.sentence == state.sentence || !opens_on_background(s))
            && self.party_answered(u, linked, state)
            && numbers_fit(linked.numbers, &u.numbers)
            && places_fit(linked.places, &u.places)
            && (!figures_named || !u.figures.is_empty())
            && (!bare || self.bare_reaches(u, linked, state))
            && (!bare || u.sentence == state.sentence || !answers_its_own_sentence(s, act))
            // "denied the toll in the latest fighting": words after a pointer at
            // figures in the object only say which toll.
            && (bare
                || no_losses
                || figures_in_object
                || u.words.iter().any(|w| object_words.contains(w))
                // "denied the claim by Fidan", "the minister's claim": the
                // object names who made the statement.
                || u.speaker_words.iter().any(|w| head_words.contains(w))
                || u.speaker_phrase.split_whitespace().any(|w| head_words.iter().any(|o| o == w))
                || self.blames_denier(u, linked)
                // (A denial of one's own part, "denied carrying out the
                // attack", answers only a telling that names the denier.)
                || u.incident && linked.incident_object && !linked.about_who)
            && (bare || !self.names_another_doer(u, linked))
            && (!no_losses || !u.figures.is_empty() || !u.vague_figures.is_empty())
            && (!no_event || u.incident)
            && self.attack_told(u, linked)
            // "denied the shelling" with no word long enough of its own: a statement telling an incident.
            && (!bare || act.back_reference.is_some() || !linked.incident_object || u.incident)
            && !u.denial
            && !self.spoken_by(u, denier, state)
            && match (owner, self.real(denier.camp)) {
                // The party the object names: its camp, or for a catch-all camp its own words.
                // («اتهامات الرئيس البيلاروسي، ألكسندر لوكاشينكو»: or the
                // speaker of no known camp whose name the object gives.)
                (Some((o, _, _)), _) if self.real(o.camp).is_some() => {
                    u.camp == o.camp || self.real(u.camp).is_none() && named_in_object(u, linked)
                }
                (Some((o, _, _)), d) => {
                    // "the minister's claim" after "Turkey's foreign minister
                    // said": an office of no camp names the speaker who had one.
                    o.actor.is_none() && self.real(u.camp).is_some() && self.names_speaker(o, u) ||
                    u.camp == o.camp
                        && match o.actor {
                            Some(a) => u.speaker == self.cx.rules.actor(a).id,
                            None => self.names_speaker(o, u),
                        }
                        // "the group's claims", «مزاعم الجماعة»: a group word names
                        // a party of a known camp said before, not the denier's.
                        || self.group_word(o) && self.real(u.camp).is_some_and(|c| Some(c) != d)
                }
                (None, Some(d)) => self.known_denier_answers(u, act, d, state),
                // A denier of no known camp answers a party that has one; an
                // institution («الجيش», "a ministry") or a denier of any losses
                // ("the army denied suffering any casualties") answers a party
                // of none too. But a bare office ("the spokesman") answering
                // an institution of the catch-all camp is that institution's
                // own, unless one of them is a group outside the state.
                (None, None) => {
                    let both_institutions = u.camp.is_some_and(|c| self.cx.rules.camp(c).fallback)
                        && denier.camp.is_some()
                        && !u.independent
                        && !self.independent(denier)
                        && self.bare_office(denier);
                    !both_institutions && (u.camp.is_some() || no_losses || no_event || denier.camp.is_some())
                }
            }
    }

    /// "The ministry said 25 rebels were killed. ... adding that one soldier
    /// also died. The rebels rejected the claims": a party of another camp
    /// denies a count of its own people, not the claimant's count of the
    /// claimant's own. When `figure` is the latter, the same speaker's
    /// headline of the sentence before, if it counts others, is taken instead.
    fn not_the_claimants_own(
        &self,
        (figure, u): (Option<usize>, usize),
        denier: &Resolved,
        state: &DocState,
        out: &Extraction,
    ) -> Option<usize> {
        let unit = &state.units[u];
        let rules = self.cx.rules;
        let own = |c: usize| {
            let side = out.claims[c].quantity().and_then(|q| q.side.as_deref());
            unit.camp.is_some_and(|camp| side.is_some() && side == rules.camp(camp).side.as_deref())
        };
        let other_camp = self.real(denier.camp).is_some_and(|d| Some(d) != self.real(unit.camp));
        if !figure.is_some_and(own) || !other_camp {
            return figure;
        }
        // "two of our soldiers were killed and nine wounded, and about 100
        // Afghan soldiers were wounded": the statement's count of the
        // denier's people.
        let denier_side = denier.camp.and_then(|d| rules.camp(d).side.as_deref());
        let of_denier = |c: &usize| {
            denier_side.is_some() && out.claims[*c].quantity().and_then(|q| q.side.as_deref()) == denier_side
        };
        if let Some(c) = unit.figures.iter().rev().find(|c| of_denier(c)) {
            return Some(*c);
        }
        let earlier = (0..u)
            .rev()
            .take_while(|&k| state.units[k].sentence + 1 >= unit.sentence)
            .filter(|&k| state.units[k].speaker == unit.speaker && !state.units[k].denial)
            .find_map(|k| headline_figure(&state.units, k, out).filter(|&c| !own(c)));
        earlier.or(figure)
    }

    /// Of the statements kept, the one a denial answers: a party of a known
    /// camp first, one of no known camp only when none is.
    fn choose_unit(&self, linked: &Act, bare: bool, state: &DocState) -> Option<usize> {
        let Act { act, denier, owner, .. } = *linked;
        let fits = |u: &Unit| self.unit_fits(u, linked, state);
        // "denied firing at the plane": of the statements it may answer, the
        // one that names the denier as the doer ("the RSF shot at a plane").
        let denier_camp = self.real(denier.camp).filter(|_| (!bare || linked.about_who) && owner.is_none());
        let names_denier = |u: &Unit| denier_camp.is_some_and(|d| u.named_camps.contains(&d));
        // «ورود مزاعم تقول إن ...، وهي مزاعم تنفيها الحركة»: a pointer after a
        // statement of its own sentence points at that statement first.
        let act_start = self.cx.token_span(act.word.0, act.word.1).start;
        let pointer_after = act.back_reference.is_some_and(|(b0, _)| b0 < act.word.0);
        // (The statement may run on over the pointer: "later said Israeli
        // forces raided the hospital, which the army denied".)
        let here = |u: &Unit| pointer_after && u.sentence == state.sentence && u.span.start < act_start;
        // "X accuses Y of Z - a charge he denies": a pointer after such a
        // statement answers it or nothing, never an older one.
        let units = &state.units;
        if let Some(u) = units.iter().rposition(|u| fits(u) && here(u)) {
            return Some(u);
        }
        if owner.is_none() && units.iter().any(|u| here(u) && !u.denial) {
            return None;
        }
        // ("denied responsibility for the attack": of those, one that tells
        // an attack before one that only names the denier's forces.)
        let s = self.s();
        let object_incident = (act.object.0..act.object.1).any(|k| s.has_at(k, |t| matches!(t, Tag::IncidentWord)));
        let tells_the_incident = |u: &Unit| !object_incident || u.incident;
        let of_real_camp = |u: &Unit| fits(u) && self.real(u.camp).is_some();
        let chosen = units
            .iter()
            .rposition(|u| of_real_camp(u) && names_denier(u) && tells_the_incident(u))
            .or_else(|| units.iter().rposition(|u| of_real_camp(u) && names_denier(u)))
            .or_else(|| units.iter().rposition(|u| of_real_camp(u) && tells_the_incident(u)))
            .or_else(|| units.iter().rposition(of_real_camp))
            .or_else(|| units.iter().rposition(fits))?;
        // "the Observatory confirmed the rebels hold parts of the airport,
        // saying fighting goes on. State media denied the news": a noun that
        // points back answers what the speaker said first in that sentence,
        // not what a participle of its added, as a denied toll is the
        // headline figure.
        let last = &units[chosen];
        let opening = (speakers_run_start(units, chosen)..chosen).find(|&k| fits(&units[k]));
        // ("denied that" still points at the latest words.)
        let noun_pointer = act.back_reference.is_some_and(|(b0, b1)| {
            (b0..b1).any(|k| s.covered_by(k, |t| matches!(t, Tag::Hearsay | Tag::Allegation | Tag::SpeechNoun)))
        });
        // (A participle's figure goes to the headline figure below; "the
        // accusation" points at what "accusing" added.)
        let statement_only = last.figures.is_empty() && last.vague_figures.is_empty();
        let charge_pointed = last.accused_camps.is_some()
            && act
                .back_reference
                .is_some_and(|(b0, b1)| (b0..b1).any(|k| s.covered_by(k, |t| matches!(t, Tag::Allegation))));
        Some(
            opening
                .filter(|_| noun_pointer && last.continuation && statement_only && !charge_pointed)
                .unwrap_or(chosen),
        )
    }

    /// The claim a denial answers among the statements of the last
    /// sentences: the latest of the party it names, else of another camp.
    fn target_in_units(&self, linked: &Act, state: &mut DocState, out: &mut Extraction) -> Target {
        let s = self.s();
        let Act { act, denier, owner, .. } = *linked;
        let bare = own_words(s, act.object.0, act.object.1).is_empty();
        let (no_losses, no_event) = (act.trigger == Trigger::NoLosses, act.trigger == Trigger::NoEvent);
        if bare && !self.points_at_something(linked) {
            return None;
        }
        let unit = self.choose_unit(linked, bare, state);
        let Some(u) = unit else {
            // "denied shelling the school. ... Baku accused it of shelling the school":
            // a worded denial of a real camp may answer a statement made after it.
            if !bare && !no_losses && owner.is_none() && self.real(denier.camp).is_some() {
                self.wait_for_statement(act, denier, state, None);
            }
            // "Soldiers suffered no casualties. ... Al-Shabaab said two soldiers
            // were killed": no losses answers the toll another party gives next.
            if no_losses && owner.is_none() {
                self.wait_for_statement(act, denier, state, None);
            }
            // "Baku is spreading false information", then Baku's statement:
            // a party named with nothing of its claim answers its next one.
            if let Some((r, _, _)) = owner.filter(|_| act.trigger == Trigger::Verdict && content_free(s, act))
                && self.real(r.camp).is_some()
            {
                self.wait_for_statement(act, denier, state, Some(r.camp));
            }
            return None;
        };
        let unit = &state.units[u];
        // "the announcement", "the statement": what was announced, a
        // proposition before a figure, and the whole statement when it
        // says more than its figure ("killed while repelling an attack").
        let announced =
            act.back_reference.is_some_and(|(b0, b1)| (b0..b1).any(|k| s.has_at(k, |t| matches!(t, Tag::SpeechNoun))))
                && unit.clauses;
        let figures_in_object = figure_pointer(s, act).is_some_and(|(b0, _)| b0 >= act.object.0);
        let headline = self.not_the_claimants_own((headline_figure(&state.units, u, out), u), denier, state, out);
        let unit = &mut state.units[u];
        // "denied that 40 of its soldiers were killed": the figure it names.
        let named = unit.figures.iter().copied().find(|&c| {
            out.claims[c].quantity().and_then(|q| q.value).is_some_and(|v| linked.numbers.contains(&v.to_string()))
        });
        // "denied the deaths" after "14 killed and 865 wounded": the toll of
        // the losses it names.
        let metric = (act.object.0..act.object.1).find_map(|k| {
            s.find_at(k, |t| matches!(t, Tag::Metric { .. })).and_then(|m| match m.tag {
                Tag::Metric { metric, .. } => Some(self.cx.rules.metric(metric).id.as_str()),
                _ => None,
            })
        });
        let of_metric = metric.filter(|_| no_losses).and_then(|metric| {
            unit.figures.iter().rev().copied().find(|&c| out.claims[c].quantity().is_some_and(|q| q.metric == metric))
        });
        let chosen = if named.is_some() {
            named
        } else if of_metric.is_some() {
            of_metric
        } else if no_losses || figures_in_object {
            headline.or(unit.vague_figures.last().copied().filter(|_| no_losses))
        } else {
            // "there was no attack" answers what was said of the attack, not
            // a toll given beside it. ("had nothing to do with the attack"
            // answers the telling of who attacked, not a template's reading
            // of another part of it, "the drones were downed".)
            let of_the_doer = linked.about_who && !self.responsibility_first(act) && unit.statement.is_some();
            let proposition = unit.propositions.last().copied().filter(|_| !of_the_doer);
            proposition.or(if bare && !announced && !no_event { headline } else { None })
        };
        if no_losses && (chosen.is_none() || chosen.is_some_and(|c| !self.counts_the_side_named(act, c, out))) {
            return None;
        }
        match chosen {
            Some(c) => Some((c, "the latest claim of the party it answers".into())),
            None => emit(unit.emitted, unit, "the statement of the party it answers", out),
        }
    }

    /// A denial with words of its own that nothing said before answers: it
    /// waits for a later statement that shares them.
    fn wait_for_statement(
        &self,
        act: &DenialAct,
        denier: &Resolved,
        state: &mut DocState,
        owner: Option<Option<CampId>>,
    ) {
        let (cx, s) = (self.cx, self.s());
        let how = s.how(|| {
            format!(
                "denial \"{}\" of \"{}\" by {}: nothing said before answers it",
                s.words(act.word.0, act.word.1),
                s.words(act.object.0, act.object.1),
                &s.text[denier.range.0..denier.range.1],
            )
        });
        let mut kind = statement_kind();
        if let ClaimKind::Proposition(p) = &mut kind {
            p.polarity = Polarity::Denies;
        }
        let claim = cx.claim(statement_parts(cx, act.span(), (Some(denier), true), kind, vec![how]));
        state.pending.push(Pending {
            sentence: state.sentence,
            denial: None,
            claim: Some(Box::new(claim)),
            reported: None,
            owner,
            denier: self.key(denier),
            denier_camp: self.real(denier.camp),
            words: content_words(s, act.object.0, act.object.1),
            unnamed_words: unnamed_words(s, cx.rules, act.object.0, act.object.1),
            numbers: numbers_of(s, act.object.0, act.object.1),
            places: self.localities(act.object.0, act.object.1),
            no_losses: act.trigger == Trigger::NoLosses,
            about_who: self.responsibility_first(act) || self.names_own_side_as_doer(act, denier),
            best: None,
        });
    }
}

/// "The military said two rebels were killed ... the NPA said it suffered
/// no casualty": whether some of `figures` count armed men who are not the
/// counting body's own, whom a party's denial of losses may answer.
fn counts_enemy_armed_men(rules: &Rules, out: &Extraction, figures: &[usize]) -> bool {
    figures.iter().any(|&c| {
        out.claims[c].quantity().is_some_and(|q| counts_population(rules, q, |p| p.armed && !p.own_side_by_default))
    })
}

/// Whether a figure names the people it counts, and they are such as `pred` asks.
fn counts_population(rules: &Rules, q: &Quantity, pred: impl Fn(&Population) -> bool) -> bool {
    q.population.as_deref().is_some_and(|id| rules.populations.iter().any(|p| p.id == id && pred(p)))
}

/// Whether every word of a statement's speaker stands in a denial's object.
fn named_in_object(u: &Unit, linked: &Act) -> bool {
    !u.speaker_words.is_empty() && u.speaker_words.iter().all(|w| linked.object_words.contains(w))
}

/// Words a clause before a denial holds for "this" to point at it.
const CLAUSE_BEFORE_WORDS: usize = 4;

/// Tokens from a statement's last comma to a denial right after it that
/// only lead to the denial: the comma and two words ("a claim", «في وقت»).
const LEAD_TO_A_DENIAL: usize = 3;

/// How many words into a sentence a word of background ("previously",
/// «وسبق») may stand.
const BACKGROUND_REACH: usize = 3;

fn opens_on_background(s: &Sentence) -> bool {
    (0..BACKGROUND_REACH.min(s.len())).any(|k| s.has_at(k, |t| matches!(t, Tag::Background)))
}

/// "IS said 20 soldiers died, while the spokesman denied this", «...، فيما
/// نفى الجيش ذلك»: a pointer in a clause that follows another in its
/// sentence points at that clause, read or not, never further back.
fn answers_its_own_sentence(s: &Sentence, act: &DenialAct) -> bool {
    let words_before = |k: usize| (0..k).filter(|&j| s.kind(j) == TokenKind::Word).count();
    // "X said Y, which Z denied", «..., الأمر الذي نفته تبليسي»: a pointer
    // after a comma, before the verb, points at the clause before it
    // ("the claim, which is false": or at the noun for it right there).
    let noun_for_a_claim = |k: usize| {
        s.covered_by(k, |t| matches!(t, Tag::BackReference | Tag::Allegation | Tag::Hearsay | Tag::SpeechNoun))
    };
    let relative_pointer = act.back_reference.is_some_and(|(b0, _)| {
        b0 > 1
            && b0 < act.word.0
            && s.is_punct(b0 - 1, &[',', '،'])
            && !noun_for_a_claim(b0 - 2)
            && words_before(b0) >= CLAUSE_BEFORE_WORDS
    });
    relative_pointer
        || (0..act.word.0)
            .any(|k| s.has_at(k, |t| matches!(t, Tag::ClauseBreak)) && words_before(k) >= CLAUSE_BEFORE_WORDS)
}

/// Whether a denial's object holds nothing of what was said: only names,
/// pointers and verbs of putting a statement about ("Baku is spreading").
fn content_free(s: &Sentence, act: &DenialAct) -> bool {
    (act.object.0..act.object.1).all(|k| {
        s.kind(k) != TokenKind::Word
            || s.covered_by(k, |t| {
                matches!(
                    t,
                    Tag::Actor(_)
                        | Tag::CampCue(_)
                        | Tag::Publishing
                        | Tag::BackReference
                        | Tag::FunctionWord
                        | Tag::Pronoun
                )
            })
            || s.grammar.is_negated_auxiliary(s.word(k))
    })
}

/// "Yemen's Houthi group": a party's name ending at `end` in a possessive,
/// with a party of a known camp right after, only says where that party is
/// from; the party after it is the one meant.
fn possessive_before_party(s: &Sentence, rules: &Rules, end: usize) -> bool {
    let possessive = end > 0 && end + 1 < s.len() && s.is_punct(end, &['\'', '’']) && s.glued(end - 1, end);
    let party_after = |j: usize| s.find_at(j, |t| attribution::names_known_party(rules, t)).is_some();
    possessive && (end + 1..(end + POSSESSED_PARTY_REACH).min(s.len())).any(party_after)
}

/// «التقارير التي تزعم ذلك», "the reports claiming this": reports whose
/// words are only their own noun, a verb of saying and a pointer say nothing
/// of their own.
fn says_only_this(s: &Sentence, (a, b): (usize, usize)) -> bool {
    let pointer = (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::BackReference)));
    pointer
        && (a..b).all(|k| {
            s.kind(k) != TokenKind::Word
                || s.grammar.is_relative_pronoun(s.word(k))
                || s.grammar.is_preposition(s.word(k))
                || s.covered_by(k, |t| {
                    matches!(
                        t,
                        Tag::Hearsay
                            | Tag::Allegation
                            | Tag::BackReference
                            | Tag::Reporting
                            | Tag::Continuation
                            | Tag::Publishing
                            | Tag::FunctionWord
                            | Tag::Pronoun
                            | Tag::TopicMarker
                            | Tag::CampCue(_)
                    )
                })
        })
}

/// How far after a pointer at reports the word that opens their topic
/// ("about", «حول») may stand: "the reports of the Armenian media about".
const TOPIC_REACH: usize = 6;

/// How far before a speaker a relative pronoun opens the clause it speaks in
/// ("which the army said", «الذي قالت إسرائيل»).
const RELATIVE_REACH: usize = 3;

/// How far before a pointer a possessive's party may start.
const POSSESSOR_REACH: usize = 8;

/// How far after a possessive the party it names may start.
const POSSESSED_PARTY_REACH: usize = 4;

/// Whether tokens `a..b` only name figures, after a word saying what they
/// are about: "about the number of dead", «بشأن عدد القتلى».
fn only_about_figures(s: &Sentence, a: usize, mut b: usize) -> bool {
    while b > a && s.kind(b - 1) == TokenKind::Punct {
        b -= 1;
    }
    // "what Yerevan said about ...": the owner's verb may come first.
    let a = if a < b && s.has_at(a, |t| matches!(t, Tag::Reporting)) { a + 1 } else { a };
    let from = if a < b && s.has_at(a, |t| matches!(t, Tag::TopicMarker)) { a + 1 } else { a };
    from > a && from < b && (from..b).all(|k| s.covered_by(k, |t| matches!(t, Tag::FigureReference)))
}

/// How many words after a denial of losses may name whose ("on the Indian side").
const LOSSES_SIDE_AFTER: usize = 5;

/// How far back from a "no losses" its incident may be named.
const EARLIER_INCIDENT_REACH: usize = 16;

/// "wanted over an ambush earlier this month near the border that caused
/// no casualties", «هجوم وقع في وقت سابق ولم يسفر عن إصابات»: the "no
/// losses" at `[k, end)` holds or follows a verb of result, in a clause (no speech, no
/// denial between) that names an incident and dates it earlier.
fn result_of_an_earlier_incident(s: &Sentence, (k, end): (usize, usize)) -> bool {
    let result = (k.saturating_sub(2)..end).find(|&j| s.covered_by(j, |t| matches!(t, Tag::ResultVerb)));
    let Some(result) = result else { return false };
    let clause: Vec<usize> = (result.saturating_sub(EARLIER_INCIDENT_REACH)..result)
        .rev()
        .take_while(|&j| {
            s.kind(j) != TokenKind::Punct && !s.has_at(j, |t| matches!(t, Tag::Reporting | Tag::DenialVerb))
        })
        .collect();
    let dated = clause.iter().position(|&j| s.has_at(j, |t| matches!(t, Tag::Earlier)));
    dated.is_some_and(|d| clause[d..].iter().any(|&j| s.covered_by(j, |t| matches!(t, Tag::IncidentWord))))
}

/// How many words a relative clause on an incident may stand after "after".
const AFTER_REACH: usize = 5;

/// «بعد هجوم سبتمبر الذي أوقع أربعة قتلى», "after the attack which killed
/// four": the token `k` stands in a relative clause on the noun after
/// "after", within the statement that starts at `a`.
fn toll_of_an_earlier_incident(s: &Sentence, a: usize, k: usize) -> bool {
    let Some(relative) =
        (a..k).rev().take_while(|&j| s.kind(j) != TokenKind::Punct).find(|&j| s.grammar.is_relative_pronoun(s.word(j)))
    else {
        return false;
    };
    (relative.saturating_sub(AFTER_REACH).max(a)..relative)
        .rev()
        .take_while(|&j| s.kind(j) != TokenKind::Punct)
        .any(|j| s.grammar.is_after_subordinator(s.word(j)))
}

/// "denied the attack", «نفت وقوع الهجوم»: the first word of the object
/// past its function words is a word for an incident; it answers a
/// statement telling one, whatever verb told it («هاجموا»).
fn denies_an_incident(s: &Sentence, act: &DenialAct) -> bool {
    (act.object.0..act.object.1)
        .find(|&k| {
            s.kind(k) == TokenKind::Word
                && !s.covered_by(k, |t| matches!(t, Tag::FunctionWord | Tag::Determiner))
                && !s.grammar.is_object_noun(s.word(k))
        })
        .is_some_and(|k| s.has_at(k, |t| matches!(t, Tag::IncidentWord)))
}

/// "what the Azerbaijani side reported", "what Baku claimed, in a statement
/// on Monday,": words after the owner that end in its speech verb, or in
/// asides after it, say who spoke, not what.
fn only_who_spoke(s: &Sentence, a: usize, b: usize) -> bool {
    let verb = (a..b).rev().find(|&k| s.has_at(k, |t| matches!(t, Tag::Reporting)));
    verb.is_some_and(|v| {
        (v + 1..b).all(|k| s.kind(k) == TokenKind::Punct || s.covered_by(k, |t| matches!(t, Tag::SpeakerStop)))
    })
}

/// A denial's pointer when it points at figures ("the toll", «الأرقام»).
fn figure_pointer(s: &Sentence, act: &DenialAct) -> Option<(usize, usize)> {
    act.back_reference.filter(|&(b0, b1)| (b0..b1).any(|k| s.covered_by(k, |t| matches!(t, Tag::FigureReference))))
}

/// How many words after a pointer ("the accusation") the party that owns
/// it may be named: "an accusation by the leader of Ethiopia's Tigray region".
const OWNER_REACH: usize = 6;
/// How far a publishing verb may stand from the "what" before it, and the
/// words after it that name who publishes.
const PUBLISHER_REACH: usize = 6;
/// The fewest words, pointers aside, that what a publisher puts about holds.
const MIN_PUBLISHED_WORDS: usize = 2;

/// Where a party's name that ends at `end` ends when a hyphened modifier
/// joins it to a second party: "the Iran-backed Houthi militia", whose state
/// only says who backs the party after it.
fn phrase_end(s: &Sentence, end: usize) -> usize {
    let party = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
    let modifier = end + 1 < s.len() && s.is_punct(end, &['-']) && s.kind(end + 1) == TokenKind::Word;
    match (end + 2..(end + 4).min(s.len())).find_map(|k| s.find_at(k, party)) {
        Some(next) if modifier => name_end(s, next, s.len()),
        _ => end,
    }
}

/// The figure of a statement a denial answers: its last total, not a part
/// of one ("nearly 30 killed, including four women": the 30).
/// The figure a statement leads with: the first whole figure its speaker
/// gave in the sentence of unit `u`, over the statements that speaker's
/// words ran on into ("said 30 militants were killed, adding that two
/// soldiers also died": the claims denied are the 30).
fn headline_figure(units: &[Unit], u: usize, out: &Extraction) -> Option<usize> {
    let first = speakers_run_start(units, u);
    let whole = |c: &&usize| out.claims[**c].quantity().is_some_and(|q| !q.subset);
    units[first..=u].iter().flat_map(|p| p.figures.iter()).find(whole).copied().or_else(|| main_figure(&units[u], out))
}

/// The first of the statements, up to unit `u`, that `u`'s speaker made
/// in `u`'s sentence without a denial between.
fn speakers_run_start(units: &[Unit], u: usize) -> usize {
    let last = &units[u];
    units[..u]
        .iter()
        .rposition(|p| p.sentence != last.sentence || p.speaker != last.speaker || p.denial)
        .map_or(0, |k| k + 1)
}

fn main_figure(unit: &Unit, out: &Extraction) -> Option<usize> {
    let whole = |c: &usize| out.claims[*c].quantity().is_some_and(|q| !q.subset);
    unit.figures.iter().rev().find(|c| whole(c)).or(unit.figures.last()).copied()
}

/// The claim `chosen`, else the unit's open statement, made a claim now.
fn emit(chosen: Option<usize>, unit: &mut Unit, why: &str, out: &mut Extraction) -> Target {
    match chosen {
        Some(c) => Some((c, why.into())),
        None => unit.statement.take().map(|claim| {
            out.claims.push(claim);
            unit.emitted = Some(out.claims.len() - 1);
            (out.claims.len() - 1, why.into())
        }),
    }
}

/// Where the statement after a speech frame ends, from token `from` and
/// before token `next`: at a clause break, unless the clause after it is
/// quoted ("announced that its soldier was killed while «repelling an
/// attack»": a clause the speaker is quoted in is still its statement).
/// Whether it runs over a break too.
fn clause_end(s: &Sentence, from: usize, next: usize) -> (usize, bool) {
    let mut clauses = false;
    let mut b = from;
    loop {
        while b < next && !s.has_at(b, |t| matches!(t, Tag::ClauseBreak)) {
            b += 1;
        }
        let mut c = b + 1;
        while c < next && !s.has_at(c, |t| matches!(t, Tag::ClauseBreak)) {
            c += 1;
        }
        if b < next && b > from && (b + 1..c).any(|k| s.quoted[k]) {
            clauses = true;
            b = c;
        } else {
            return (b, clauses);
        }
    }
}

/// The words of tokens `[a, b)` that carry content: four letters or more,
/// clitics peeled off, and not a name, a speech verb or a pointer back.
/// The numbers in digits among tokens `[a, b)`, years left out: what
/// tells one count from another.
fn numbers_of(s: &Sentence, a: usize, b: usize) -> Vec<String> {
    let year = |n: &str| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
    (a..b.min(s.len()))
        .filter(|&k| s.kind(k) == TokenKind::Number)
        .map(|k| s.word(k))
        .filter(|n| !year(n))
        .map(str::to_owned)
        .collect()
}

/// The numbers of tokens `[a, b)` that are claimed, not given: "the 12 men
/// killed" takes a number as known.
fn asserted_numbers(s: &Sentence, a: usize, b: usize) -> Vec<String> {
    let mut numbers = numbers_of(s, a, b);
    let given_numbers: Vec<&str> = (a..b.min(s.len()))
        .filter(|&k| s.kind(k) == TokenKind::Number && given_number(s, k))
        .map(|k| s.word(k))
        .collect();
    numbers.retain(|n| !given_numbers.contains(&n.as_str()));
    numbers
}

/// Whether the number at token `k` follows a definite article ("the 12
/// men", «القتلى السبعة»): a number taken as known.
fn given_number(s: &Sentence, k: usize) -> bool {
    s.forms(k).iter().any(|f| f.definite)
        || (k > 0 && s.kind(k - 1) == TokenKind::Word && s.grammar.is_definite_article(s.word(k - 1)))
}

fn content_words(s: &Sentence, a: usize, b: usize) -> Vec<String> {
    words_of(s, a, b, |_| false)
}

/// The content words of tokens `[a, b)` that are not names either: what an
/// object says beyond pointing at someone's claim.
/// The first word for reports in tokens `[from, to)`, leaving out those of
/// a verdict ("fake news", «أخبار مغلوطة»), which report nothing.
fn hearsay_head(s: &Sentence, from: usize, to: usize) -> Option<crosscheck_rules::Match> {
    (from..to)
        .find_map(|k| s.find_at(k, |t| matches!(t, Tag::Hearsay)))
        .filter(|m| !s.covered_by(m.start, |t| matches!(t, Tag::Refutation)) && !joined_to_a_verdict(s, m.start))
}

/// «أكاذيب وشائعات», "lies and rumours": a word for reports joined by a
/// conjunction to a verdict before it is one more verdict.
fn joined_to_a_verdict(s: &Sentence, k: usize) -> bool {
    let glued = s.grammar.after_conjunction(s.word(k)).any(|rest| s.is_form(k, rest));
    let verdict_before = |j: usize| s.covered_by(j, |t| matches!(t, Tag::Refutation));
    (glued && k >= 1 && verdict_before(k - 1))
        || (k >= 2 && s.grammar.is_conjunction(s.word(k - 1)) && verdict_before(k - 2))
}

fn own_words(s: &Sentence, a: usize, b: usize) -> Vec<String> {
    words_of(s, a, b, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_) | Tag::Independent))
}

/// The content words of tokens `[a, b)` that name no party or person
/// ("American", «أذربيجان»; a catch-all camp's word such as "hospital"
/// names no one): what ties a statement to a denial's object.
fn unnamed_words(s: &Sentence, rules: &Rules, a: usize, b: usize) -> Vec<String> {
    words_of(s, a, b, |t| attribution::names_known_party(rules, t))
}

fn words_of(s: &Sentence, a: usize, b: usize, name: impl Fn(&Tag) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in a..b.min(s.len()) {
        // One pass over the matches covering the token for both questions.
        if s.kind(k) != TokenKind::Word
            || s.covered_by(k, |t| {
                name(t)
                    || matches!(
                        t,
                        Tag::BackReference
                            | Tag::Publishing
                            | Tag::Allegation
                            | Tag::Hearsay
                            | Tag::SpeechNoun
                            | Tag::Reporting
                            | Tag::DenialVerb
                            | Tag::Refutation
                            | Tag::Complementizer
                            | Tag::SpeakerStop
                            | Tag::FunctionWord
                    )
            })
        {
            continue;
        }
        let Some(form) = s.forms(k).last() else { continue };
        // Four characters take 4 to 16 bytes: only lengths between are counted.
        let long = match form.text.len() {
            0..4 => false,
            16.. => true,
            _ => form.text.chars().count() >= 4,
        };
        if long && !out.iter().any(|w| w == form.text) {
            out.push(form.text.to_owned());
        }
    }
    out
}

/// [`content_words`] of a token range given as a pair (a speaker's phrase).
fn content_words_in(s: &Sentence, (a, b): (usize, usize)) -> Vec<String> {
    content_words(s, a, b)
}

/// Drops punctuation at both ends of a token range.
fn trim_punct(s: &Sentence, mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && s.kind(a) == TokenKind::Punct {
        a += 1;
    }
    while b > a && s.kind(b - 1) == TokenKind::Punct {
        b -= 1;
    }
    (a, b)
}

/// "... that no one has crossed the border", «إن استهداف القافلة لم يتم
/// بغارة»: a statement `a..b` under a negation of its own says what did not
/// happen; it answers a claim and is no claim a denial answers. "At least",
/// «ما لا يقل عن» and "not far from" negate nothing, and one that a denial
/// later in the sentence calls claims, «... ولكن جورجيا رفضت هذه المزاعم», is
/// a claim all the same; «هجوم غير مسبوق» negates nothing.
fn negated_statement(s: &Sentence, a: usize, b: usize) -> bool {
    let called_claims_later = (b..s.len()).any(|k| {
        s.find_at(k, |t| matches!(t, Tag::DenialVerb)).is_some_and(|m| {
            (m.end()..(m.end() + 2).min(s.len()))
                .any(|j| s.has_at(j, |t| matches!(t, Tag::BackReference | Tag::Allegation)))
        })
    });
    !called_claims_later
        && (a..b).any(|k| {
            s.has_at(k, |t| matches!(t, Tag::Negation))
                && !s.covered_by(k, |t| matches!(t, Tag::NotNegation | Tag::Qualifier { .. }))
                && !crate::propositions::qualifies_a_noun(s, k)
        })
}
