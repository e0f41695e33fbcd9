use std::collections::{BTreeMap, HashMap};

use crosscheck_model::{ClaimId, ClaimRef, DocumentList, Records};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;

/// Who stands behind a claim, merged across spellings: an actor, a speaker
/// phrase, or an article's own voice.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SourceId(pub String);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum Node {
    Article(String),
    Claim(String),
    Source(String),
    Camp(String),
    Outlet(String),
    Event(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Edge {
    /// claim → article
    InArticle,
    /// claim → source
    SaidBy,
    /// source → camp
    MemberOf,
    /// claim → event
    About,
    /// article → outlet
    PublishedBy,
}

/// Claims linked by source, camp, outlet and event.
#[derive(Debug)]
pub struct ClaimGraph {
    pub graph: DiGraph<Node, Edge>,
    claim_nodes: Vec<NodeIndex>,
    sources: Sources,
    /// Each source's id, by number.
    source_ids: Vec<SourceId>,
    events: BTreeMap<String, NodeIndex>,
}

/// Who stands behind each claim, as a number: sources numbered in order of
/// first claim, so that comparison tells sources apart without hashing their
/// ids, and each source's id held once.
#[derive(Debug, Default)]
pub struct Sources {
    /// Per claim, its source's number.
    numbers: Vec<u32>,
    count: usize,
}

impl Sources {
    /// The sources of `records`' claims, in `docs`. An article's own voice
    /// is numbered by its path, with no id written out.
    pub fn of(docs: &DocumentList, records: &Records) -> Self {
        Self::numbered(docs, records, None)
    }

    /// [`Self::of`], with each source's id in `ids`, by number.
    fn numbered(docs: &DocumentList, records: &Records, mut ids: Option<&mut Vec<SourceId>>) -> Self {
        let mut named: HashMap<String, u32> = HashMap::new();
        let mut voices: HashMap<&str, u32> = HashMap::new();
        let mut numbers = Vec::with_capacity(records.len());
        let mut merge = SpeakerMerge::default();
        let mut count = 0u32;
        for claim in records.iter() {
            let (number, new) = match merge.key(claim) {
                Some(key) => match named.get(&key) {
                    Some(&n) => (n, None),
                    None => {
                        named.insert(key.clone(), count);
                        (count, Some(key))
                    }
                },
                None => {
                    let path = docs.path(claim.doc() as usize).unwrap_or("");
                    match voices.get(path) {
                        Some(&n) => (n, None),
                        None => {
                            voices.insert(path, count);
                            (count, Some(format!("voice:{path}")))
                        }
                    }
                }
            };
            if let Some(key) = new {
                count += 1;
                if let Some(ids) = ids.as_deref_mut() {
                    ids.push(SourceId(key));
                }
            }
            numbers.push(number);
        }
        Sources { numbers, count: count as usize }
    }

    /// The source behind claim `id`, as a number below [`Self::source_count`]:
    /// claims with equal numbers have equal sources.
    pub fn source_number(&self, id: ClaimId) -> u32 {
        self.numbers[id.index()]
    }

    /// How many distinct sources stand behind the claims.
    pub fn source_count(&self) -> usize {
        self.count
    }
}

/// Unknown speakers whose names are this similar are one source.
const SAME_SPEAKER: f64 = 0.85;

impl ClaimGraph {
    pub fn build(docs: &DocumentList, records: &Records) -> Self {
        let mut graph = DiGraph::new();
        // One node per distinct name of each kind, found by the name as the
        // input spells it.
        let mut articles: HashMap<&str, NodeIndex> = HashMap::new();
        let mut outlets: HashMap<&str, NodeIndex> = HashMap::new();
        let article_nodes: Vec<NodeIndex> = docs
            .iter()
            .map(|d| {
                let a = *articles.entry(d.path).or_insert_with(|| graph.add_node(Node::Article(d.path.to_owned())));
                if let Some(outlet) = d.outlet {
                    let o = *outlets.entry(outlet).or_insert_with(|| graph.add_node(Node::Outlet(outlet.to_owned())));
                    graph.add_edge(a, o, Edge::PublishedBy);
                }
                a
            })
            .collect();

        let mut source_ids = Vec::new();
        let sources = Sources::numbered(docs, records, Some(&mut source_ids));

        let mut claim_nodes = Vec::with_capacity(records.len());
        let mut source_nodes: HashMap<u32, NodeIndex> = HashMap::new();
        let mut camps: HashMap<&str, NodeIndex> = HashMap::new();
        let mut events: BTreeMap<String, NodeIndex> = BTreeMap::new();
        for (i, claim) in records.iter().enumerate() {
            let id = ClaimId(i as u32);
            let c = graph.add_node(Node::Claim(id.to_string()));
            claim_nodes.push(c);
            if let Some(&a) = article_nodes.get(claim.doc() as usize) {
                graph.add_edge(c, a, Edge::InArticle);
            }
            let number = sources.source_number(id);
            let s = *source_nodes
                .entry(number)
                .or_insert_with(|| graph.add_node(Node::Source(source_ids[number as usize].0.clone())));
            graph.add_edge(c, s, Edge::SaidBy);
            if let Some(camp) = claim.camp() {
                let k = *camps.entry(camp).or_insert_with(|| graph.add_node(Node::Camp(camp.to_string())));
                if graph.find_edge(s, k).is_none() {
                    graph.add_edge(s, k, Edge::MemberOf);
                }
            }
            if let Some(event) = claim.event() {
                let e = match events.get(event) {
                    Some(&e) => e,
                    None => {
                        let e = graph.add_node(Node::Event(event.to_string()));
                        events.insert(event.to_string(), e);
                        e
                    }
                };
                graph.add_edge(c, e, Edge::About);
            }
        }
        Self { graph, claim_nodes, sources, source_ids, events }
    }

    /// The node index of claim `id`, as [`Self::export`] numbers nodes.
    pub fn claim_node(&self, id: ClaimId) -> usize {
        self.claim_nodes[id.index()].index()
    }

    /// The source behind claim `id`.
    pub fn source(&self, id: ClaimId) -> &SourceId {
        &self.source_ids[self.sources.source_number(id) as usize]
    }

    /// Each claim's source, as comparison reads them.
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    /// The claims about each event, by event id.
    pub fn claims_by_event(&self) -> BTreeMap<&str, Vec<ClaimId>> {
        let claim_of: BTreeMap<NodeIndex, ClaimId> =
            self.claim_nodes.iter().enumerate().map(|(i, &n)| (n, ClaimId(i as u32))).collect();
        self.events
            .iter()
            .map(|(id, &e)| {
                let mut claims: Vec<ClaimId> = self
                    .graph
                    .neighbors_directed(e, petgraph::Direction::Incoming)
                    .filter_map(|n| claim_of.get(&n).copied())
                    .collect();
                claims.sort();
                (id.as_str(), claims)
            })
            .collect()
    }

    /// Nodes and edges as plain lists, for JSON export.
    pub fn export(&self) -> (Vec<&Node>, Vec<(usize, usize, Edge)>) {
        let nodes = self.graph.node_indices().map(|i| &self.graph[i]).collect();
        let edges = self
            .graph
            .edge_indices()
            .map(|e| {
                let (a, b) = self.graph.edge_endpoints(e).expect("edge has endpoints");
                (a.index(), b.index(), self.graph[e])
            })
            .collect();
        (nodes, edges)
    }
}

/// Unknown speakers merged by name similarity, in claim order: a name joins
/// the first earlier name like it. Names only ever join earlier ones, so a
/// name seen before merges as it did then, and the scan runs once per
/// distinct name, not once per claim.
#[derive(Debug, Default)]
struct SpeakerMerge {
    /// Each merged name with its length in characters: names whose lengths
    /// alone keep them below the threshold are not compared letter by letter.
    /// Names of speakers of different camps never merge ("the GNA", "the
    /// LNA"), so each name is kept with its camp ("" for none).
    merged: Vec<(String, String, usize)>,
    /// By camp, each speaker's words as written, with the name they merge as.
    merged_as: HashMap<String, HashMap<String, String>>,
}

impl SpeakerMerge {
    /// The source key of `claim`: its actor or its merged speaker name;
    /// `None` for its article's own voice.
    fn key(&mut self, claim: ClaimRef) -> Option<String> {
        if let Some(actor) = claim.actor() {
            return Some(format!("actor:{actor}"));
        }
        let camp = claim.camp();
        claim.speaker().map(|text| format!("speaker:{}", self.name(camp, text)))
    }

    fn name(&mut self, camp: Option<&str>, text: &str) -> &str {
        let camp = camp.unwrap_or("");
        let seen = self.merged_as.get(camp).is_some_and(|names| names.contains_key(text));
        if !seen {
            let name = crosscheck_text::normalize_word(text);
            let chars = name.chars().count();
            let known = self
                .merged
                .iter()
                .find(|(c, m, m_chars)| {
                    // The edit distance is at least the difference in length.
                    let longest = chars.max(*m_chars);
                    let bound = 1.0 - chars.abs_diff(*m_chars) as f64 / longest.max(1) as f64;
                    c == camp && bound >= SAME_SPEAKER && strsim::normalized_levenshtein(m, &name) >= SAME_SPEAKER
                })
                .map(|(_, m, _)| m.clone())
                .unwrap_or_else(|| {
                    self.merged.push((camp.to_owned(), name.clone(), chars));
                    name.clone()
                });
            self.merged_as.entry(camp.to_owned()).or_default().insert(text.to_owned(), known);
        }
        &self.merged_as[camp][text]
    }
}
