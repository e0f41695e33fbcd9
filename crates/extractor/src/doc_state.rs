//! What carries from one sentence to the next within a document: the last
//! speaker, metric, place and region, the statements denials may answer and
//! the denials waiting for a later statement.

use crosscheck_model::{Claim, ClaimKind, FIGURE_TEMPLATE, Polarity, Proposition, STATEMENT_TEMPLATE, Scope, Span};
use crosscheck_rules::{CampId, MetricId, PopulationId, Rules, Tag};

use crate::Extraction;
use crate::analysis::Sentence;
use crate::attribution::{Frame, Resolved, name_end, names_a_statement, names_known_party, tag_camp};
use crate::context::{last_place, last_region};

/// What carries from one sentence to the next within a document.
#[derive(Debug)]
pub(crate) struct DocState {
    pub speaker: Option<Resolved>,
    pub metric: Option<MetricId>,
    pub scope: Scope,
    /// The last locality the article named.
    pub place: Option<String>,
    /// The last region the article named, for "the region".
    pub region: Option<String>,
    /// The last proposition claim and the sentence it stands in, for refutations.
    pub last_proposition: Option<(usize, usize)>,
    /// The index of the sentence being read, in the document.
    pub sentence: usize,
    /// Each (metric, population) a figure has counted so far.
    pub counted: Vec<(MetricId, Option<PopulationId>)>,
    /// Every speaker so far that an actor or camp was found for.
    pub mentions: Vec<Resolved>,
    /// The sentence `speaker` was last set in.
    pub speaker_sentence: Option<usize>,
    /// The last speaker who spoke in a statement ("in a statement", «في بيان»).
    pub issuer: Option<Resolved>,
    /// Claims (indexes into the extraction) whose figure is a self-counting
    /// noun ("a soldier"): an incident's report, not a toll a denial targets.
    pub implicit: Vec<usize>,
    /// The statements of the last few sentences, for denials to answer.
    pub units: Vec<Unit>,
    /// Denials waiting for a later statement they may answer.
    pub pending: Vec<Pending>,
    /// Claims to drop when the document is done: statements a denial
    /// reported and then found said in full later.
    pub dropped: Vec<usize>,
    /// Whether a denial act may stand in this sentence.
    pub deny_here: bool,
    /// Whether a denial act may stand in a sentence this one's statements
    /// stay kept for (this one and the next two): they are kept only then.
    pub answerable: bool,
    /// Whether this sentence is a subhead whose denial the prose right
    /// after it gives in full («جورجيا تنفي» over «ونفت الوزارة أن ...»).
    pub subhead_of_denial: bool,
}

/// How many distinct earlier speaker mentions a short form ("the ministry") is
/// looked up among.
const MENTIONS_KEPT: usize = 256;

/// How many tokens after a speaker a statement word may stand to be the
/// speaker's ("said in a statement", «في بيان صادر عنه»).
const STATEMENT_REACH: usize = 4;

/// How many sentences back a denial looks for what it answers.
pub(crate) const UNIT_REACH: usize = 1;
/// How far back a denial whose object has words of its own looks: a shared
/// word is evidence enough over a sentence in between.
pub(crate) const WORDED_REACH: usize = 2;

/// What one speech frame governs in one sentence, kept for denials.
#[derive(Debug)]
pub(crate) struct Unit {
    pub sentence: usize,
    pub span: Span,
    pub camp: Option<CampId>,
    /// The speaker's actor id or folded words.
    pub speaker: String,
    /// The same from the whole phrase the speaker was read from, which may
    /// name the person after an office: "a member of the body X Y".
    pub speaker_phrase: String,
    /// The speaker is named by a word for a group outside the state
    /// ("rebels", "the hospital", «ناشطون»).
    pub independent: bool,
    pub propositions: Vec<usize>,
    pub figures: Vec<usize>,
    /// Its vague counts ("dozens of soldiers"): tolls only "no losses" answers.
    pub vague_figures: Vec<usize>,
    /// Its content words, for denials whose object has words of its own.
    pub words: Vec<String>,
    /// The content words of its speaker's phrase: "the claim by Fidan".
    pub speaker_words: Vec<String>,
    /// The numbers written in it, in digits (years left out).
    pub numbers: Vec<String>,
    /// The localities its sentence names up to its end, else those of the
    /// statement just before it in this sentence or the one before ("a
    /// strike on the town of X. Ukraine said the strike hit troops").
    pub places: Vec<String>,
    /// The open statement, not yet a claim: it becomes one only when denied.
    pub statement: Option<Claim>,
    pub emitted: Option<usize>,
    /// The frame is itself a denial.
    pub denial: bool,
    /// The statement runs over a clause break: it says more than a figure.
    pub clauses: bool,
    /// The statement names an attack or a clash ("killed 11 in an ambush").
    pub incident: bool,
    /// The camps of the parties it names ("the RSF shot at a plane").
    pub named_camps: Vec<CampId>,
    /// Its figures count armed men not the speaker's own ("two rebels
    /// were killed"): a party's denial of losses may answer it.
    pub enemy_armed: bool,
    /// Opening on an accusation verb's object ("accuses armed groups of
    /// conducting attacks"), the camps the accused names: the doer it names.
    pub accused_camps: Option<Vec<CampId>>,
    /// Said by a participle going on with a statement ("..., saying ...",
    /// «مشيرا إلى ...»): what it adds to the speaker's first words.
    pub continuation: bool,
}

/// How many sentences after a denial the statement it answers may come: a
/// denial naming whose claims it denies ("denied Israel's claims") waits
/// longer than one that names nobody.
pub(crate) const FORWARD_REACH: usize = 5;
/// How many sentences a denial in the opening sentence waits when it
/// reports nothing of the claim: a headline or lede sums up what the body
/// reports later.
pub(crate) const FORWARD_REACH_OPENING: usize = 10;

/// How many sentences a waiting denial waits.
fn forward_reach(p: &Pending) -> usize {
    if p.sentence == 0 && p.reported.is_none() { FORWARD_REACH_OPENING } else { FORWARD_REACH }
}
pub(crate) const FORWARD_REACH_UNNAMED: usize = 2;

/// A denial whose statement may come later in the article.
#[derive(Debug)]
pub(crate) struct Pending {
    pub sentence: usize,
    /// The denial, already a claim (linked for now to the statement it reports) ...
    pub denial: Option<usize>,
    /// ... or not yet one: it becomes one only when a later statement answers it.
    pub claim: Option<Box<Claim>>,
    /// The statement the denial reported, dropped when the owner's own words are found.
    pub reported: Option<usize>,
    /// The camp the denial's object names.
    pub owner: Option<Option<CampId>>,
    pub denier: String,
    pub denier_camp: Option<CampId>,
    pub words: Vec<String>,
    /// Of those, the words that name no party: a later statement must share
    /// one ("American" alone ties no statement to "attacked an American ship").
    pub unnamed_words: Vec<String>,
    /// The numbers its object names: it answers only a statement that
    /// names one of them, or none.
    pub numbers: Vec<String>,
    /// The localities its object names: likewise.
    pub places: Vec<String>,
    /// "suffered no casualties" said before any toll: it answers the next
    /// toll another party gives of the people it speaks for.
    pub no_losses: bool,
    /// "denied any involvement in the abduction": a denial of the denier's
    /// own part, which a later statement naming the denier as the doer
    /// answers, whoever makes it.
    pub about_who: bool,
    pub best: Option<Best>,
}

impl Pending {
    /// Whether `unit` is a voice of no real camp that names the denier's
    /// camp: "the RSF denied killing civilians … a rights group had said the
    /// RSF killed 14": such an accuser is what the denial answers.
    pub(crate) fn charged_by_no_party(&self, unit: &Unit, rules: &Rules) -> bool {
        let unplaced = unit.camp.is_none_or(|c| rules.camp(c).fallback);
        unplaced && self.denier_camp.is_some_and(|d| unit.named_camps.contains(&d))
    }

    pub(crate) fn camp_fits(&self, unit: &Unit, rules: &Rules) -> bool {
        let camp = unit.camp;
        // "The candidate said the ELN kidnapped his daughter": a speaker of no
        // real camp who names the denier as the doer answers its denial of
        // its own part.
        if (self.about_who || self.owner.is_none()) && self.charged_by_no_party(unit, rules) {
            return true;
        }
        match self.owner {
            Some(owner) => camp == owner,
            None => camp.filter(|&c| !rules.camp(c).fallback).is_some_and(|c| Some(c) != self.denier_camp),
        }
    }
}

#[derive(Debug)]
pub(crate) struct Best {
    /// Words shared exactly, then by their stem.
    pub score: (usize, usize),
    pub claim: Later,
}

#[derive(Debug)]
pub(crate) enum Later {
    Claim(usize),
    Statement(Box<Claim>),
}

/// Whether a denial naming `denied` numbers may answer a statement naming
/// `stated`: "denied that 34 were killed" does not answer "29 were killed".
pub(crate) fn numbers_fit(denied: &[String], stated: &[String]) -> bool {
    denied.is_empty() || stated.is_empty() || denied.iter().any(|n| stated.contains(n))
}

/// "denied the strike on Ganja" answers no statement about a strike
/// elsewhere: the localities a denial names and those a statement names
/// must meet, when both name some.
pub(crate) fn places_fit(denied: &[String], stated: &[String]) -> bool {
    numbers_fit(denied, stated)
}

/// The words two lists share: exactly, and by a common beginning of five
/// letters or more ("مسؤولية" / "مسؤولة", "responsibility" / "responsible").
pub(crate) fn overlap(a: &[String], b: &[String]) -> (usize, usize) {
    let exact = a.iter().filter(|w| b.contains(w)).count();
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    let stems = a
        .iter()
        .filter(|w| !b.contains(w) && w.chars().count() >= 6)
        .filter(|w| b.iter().any(|v| v.chars().count() >= 5 && stem(v) == stem(w)))
        .count();
    (exact, stems)
}

/// Links each waiting denial whose time is up (or all, at the end of the
/// document) to the best later statement found for it.
pub(crate) fn settle_pending(state: &mut DocState, out: &mut Extraction, all: bool, explain: bool) {
    let now = state.sentence;
    let (due, keep): (Vec<Pending>, Vec<Pending>) =
        std::mem::take(&mut state.pending).into_iter().partition(|p| all || p.sentence + forward_reach(p) < now);
    state.pending = keep;
    for p in due {
        let Some(best) = p.best else { continue };
        let t = match best.claim {
            Later::Claim(c) => c,
            Later::Statement(st) => {
                match out.claims.iter().position(|c| c.span == st.span && c.proposition().is_some()) {
                    Some(c) => c,
                    None => {
                        out.claims.push(*st);
                        out.claims.len() - 1
                    }
                }
            }
        };
        let target = &out.claims[t];
        let Some(kind) = denial_kind(target) else { continue };
        let note = format!(
            "a later statement is what its object names: links to \"{}\" (bytes {}-{})",
            target.quote, target.span.start, target.span.end
        );
        let d = match (p.denial, p.claim) {
            (Some(d), _) => d,
            (None, Some(claim)) => {
                out.claims.push(*claim);
                out.claims.len() - 1
            }
            (None, None) => continue,
        };
        if let Some(r) = p.reported {
            // Other denials of the reported statement ("... هذه معلومات مضللة")
            // follow it to the owner's own words.
            let reported = Some(out.claims[r].span);
            for c in out.claims.iter_mut() {
                if c.proposition().is_some_and(|q| q.target == reported) {
                    c.kind = kind.clone();
                }
            }
            state.dropped.push(r);
        }
        out.claims[d].kind = kind;
        if explain {
            out.claims[d].trace.push(note);
        }
    }
}

/// The claim that denies `target`: its proposition with the opposite
/// polarity, or a denied figure.
pub(crate) fn denial_kind(target: &Claim) -> Option<ClaimKind> {
    match &target.kind {
        ClaimKind::Proposition(p) => Some(ClaimKind::Proposition(Proposition {
            polarity: p.polarity.flip(),
            target: Some(target.span),
            ..p.clone()
        })),
        ClaimKind::Quantity(q) => Some(ClaimKind::Proposition(Proposition {
            id: format!("{FIGURE_TEMPLATE}:{}", q.metric),
            template: FIGURE_TEMPLATE.into(),
            slots: Vec::new(),
            polarity: Polarity::Denies,
            target: Some(target.span),
        })),
        ClaimKind::Term(_) => None,
    }
}

pub(crate) fn statement_kind() -> ClaimKind {
    ClaimKind::Proposition(Proposition {
        id: STATEMENT_TEMPLATE.into(),
        template: STATEMENT_TEMPLATE.into(),
        slots: Vec::new(),
        polarity: Polarity::Asserts,
        target: None,
    })
}

impl DocState {
    /// Keeps what the next sentences need of the sentence just read: its
    /// main speaker, the speakers it names, its last locality and region.
    pub(crate) fn remember(&mut self, s: &Sentence, rules: &Rules, frames: &[Frame]) {
        // "وأضاف" in the next sentence continues the main speaker: the first one here.
        if let Some(main) = frames.iter().find_map(|f| f.speaker.clone()) {
            self.speaker = Some(main);
            self.speaker_sentence = Some(self.sentence);
        }
        // Full mentions with a camp, for short forms later ("the ministry"):
        // each distinct phrase once, at its latest mention, and only the most
        // recent ones, so that a long article costs no more per sentence than
        // a short one.
        // Listed parties the sentence names without their speaking come
        // first: «متمردي حركة "إم 23"», then «ونفت الحركة».
        for r in named_parties(s, rules) {
            self.mention(s, r);
        }
        for r in frames.iter().filter_map(|f| f.speaker.as_ref()).filter(|r| r.actor.is_some() || r.camp.is_some()) {
            self.mention(s, r.clone());
        }
        // "said in a statement", «أشار الحزب في بيان»: a statement word right
        // after the speaker, not the speaker itself.
        for f in frames {
            let Some(r) = f.speaker.as_ref() else { continue };
            let after = s.tokens.iter().position(|t| t.start >= r.phrase.1).unwrap_or(s.len());
            let reach = (after + STATEMENT_REACH).min(s.len());
            if !names_a_statement(s, r.phrase) && (after..reach).any(|k| s.has_at(k, |t| matches!(t, Tag::SpeechNoun)))
            {
                self.issuer = Some(r.clone());
            }
        }
        if let Some(place) = last_place(s, rules) {
            self.place = Some(place);
        }
        if let Some(region) = last_region(s, rules) {
            self.region = Some(region);
        }
    }

    fn mention(&mut self, s: &Sentence, r: Resolved) {
        let text = &s.text[r.phrase.0..r.phrase.1];
        self.mentions.retain(|m| m.actor != r.actor || m.camp != r.camp || s.text[m.phrase.0..m.phrase.1] != *text);
        if self.mentions.len() == MENTIONS_KEPT {
            self.mentions.remove(0);
        }
        self.mentions.push(r);
    }

    /// Whether a refutation in the current sentence could answer a statement:
    /// one was made in this sentence or the one just before.
    pub(crate) fn answers_a_statement(&self) -> bool {
        self.last_proposition.is_some_and(|(_, sentence)| sentence + 1 >= self.sentence)
    }
}

impl Default for DocState {
    fn default() -> Self {
        Self {
            speaker: None,
            mentions: Vec::new(),
            speaker_sentence: None,
            issuer: None,
            metric: None,
            scope: Scope::Event,
            place: None,
            region: None,
            last_proposition: None,
            sentence: 0,
            counted: Vec::new(),
            implicit: Vec::new(),
            units: Vec::new(),
            pending: Vec::new(),
            dropped: Vec::new(),
            deny_here: true,
            answerable: true,
            subhead_of_denial: false,
        }
    }
}

/// The parties of known camps a sentence names, each once, resolved.
fn named_parties(s: &Sentence, rules: &Rules) -> Vec<Resolved> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < s.len() {
        match s.find_at(k, |t| names_known_party(rules, t)) {
            Some(m) => {
                // The name's own tag says whose it is: no speaker resolution
                // (and no fuzzy name match) for a party that does not speak.
                let end = name_end(s, m, s.len());
                let actor = if let Tag::Actor(a) = m.tag { Some(a) } else { None };
                let camp = tag_camp(rules, &m.tag);
                let range = s.byte_range(m.start, end);
                let how = s.how(|| "a party the article named earlier".to_owned());
                out.push(Resolved { range, phrase: range, actor, camp, how });
                k = end.max(k + 1);
            }
            None => k += 1,
        }
    }
    out
}
