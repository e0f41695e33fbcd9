use std::collections::{BTreeMap, HashMap};

use crosscheck_model::{Claim, ClaimId, DocumentMeta};
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
    sources: Vec<SourceId>,
    /// Each claim's source as a number, sources numbered in order of first
    /// claim: comparison tells sources apart without hashing their ids.
    source_numbers: Vec<u32>,
    source_count: usize,
    events: BTreeMap<String, NodeIndex>,
}

/// Unknown speakers whose names are this similar are one source.
const SAME_SPEAKER: f64 = 0.85;

fn speaker_key(claim: &Claim) -> Option<String> {
    let speaker = claim.speaker.as_ref()?;
    if let Some(actor) = &speaker.actor {
        return Some(format!("actor:{actor}"));
    }
    Some(crosscheck_text::normalize_word(&speaker.text))
}

impl ClaimGraph {
    pub fn build(docs: &[DocumentMeta], claims: &[Claim]) -> Self {
        let mut graph = DiGraph::new();
        // One node per distinct name of each kind, found by the name as the
        // input spells it.
        let mut articles: HashMap<&str, NodeIndex> = HashMap::new();
        let mut outlets: HashMap<&str, NodeIndex> = HashMap::new();
        let article_nodes: Vec<NodeIndex> = docs
            .iter()
            .map(|d| {
                let a = *articles.entry(&d.path).or_insert_with(|| graph.add_node(Node::Article(d.path.clone())));
                if let Some(outlet) = &d.outlet {
                    let o = *outlets.entry(outlet).or_insert_with(|| graph.add_node(Node::Outlet(outlet.clone())));
                    graph.add_edge(a, o, Edge::PublishedBy);
                }
                a
            })
            .collect();

        let sources = source_ids(docs, claims);

        let mut claim_nodes = Vec::with_capacity(claims.len());
        let mut source_numbers = Vec::with_capacity(claims.len());
        let mut source_nodes: HashMap<&str, (NodeIndex, u32)> = HashMap::new();
        let mut camps: HashMap<&str, NodeIndex> = HashMap::new();
        let mut events: BTreeMap<String, NodeIndex> = BTreeMap::new();
        for (i, claim) in claims.iter().enumerate() {
            let id = ClaimId(i as u32).to_string();
            let c = graph.add_node(Node::Claim(id));
            claim_nodes.push(c);
            if let Some(&a) = article_nodes.get(claim.doc as usize) {
                graph.add_edge(c, a, Edge::InArticle);
            }
            let source_key = sources[i].0.as_str();
            let next_number = source_nodes.len() as u32;
            let (s, number) = *source_nodes
                .entry(source_key)
                .or_insert_with(|| (graph.add_node(Node::Source(source_key.to_owned())), next_number));
            source_numbers.push(number);
            graph.add_edge(c, s, Edge::SaidBy);
            if let Some(camp) = &claim.camp {
                let k = *camps.entry(camp).or_insert_with(|| graph.add_node(Node::Camp(camp.to_string())));
                if graph.find_edge(s, k).is_none() {
                    graph.add_edge(s, k, Edge::MemberOf);
                }
            }
            if let Some(event) = &claim.event {
                let e = match events.get(&**event) {
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
        let source_count = source_nodes.len();
        Self { graph, claim_nodes, sources, source_numbers, source_count, events }
    }

    /// The node index of claim `id`, as [`Self::export`] numbers nodes.
    pub fn claim_node(&self, id: ClaimId) -> usize {
        self.claim_nodes[id.index()].index()
    }

    /// The source behind claim `id`.
    pub fn source(&self, id: ClaimId) -> &SourceId {
        &self.sources[id.index()]
    }

    /// The source behind claim `id`, as a number below [`Self::source_count`]:
    /// claims with equal numbers have equal sources.
    pub fn source_number(&self, id: ClaimId) -> u32 {
        self.source_numbers[id.index()]
    }

    /// How many distinct sources stand behind the claims.
    pub fn source_count(&self) -> usize {
        self.source_count
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

/// Each claim's source. Unknown speakers are merged by name similarity, in
/// claim order: a name joins the first earlier name like it.
fn source_ids(docs: &[DocumentMeta], claims: &[Claim]) -> Vec<SourceId> {
    // Unknown speakers are merged by name similarity, in claim order: a
    // name joins the first earlier name like it. Names only ever join
    // earlier ones, so a name seen before merges as it did then, and the
    // scan runs once per distinct name, not once per claim.
    // Each merged name with its length in characters: names whose lengths
    // alone keep them below the threshold are not compared letter by letter.
    let mut merged: Vec<(String, usize)> = Vec::new();
    let mut merged_as: HashMap<String, String> = HashMap::new();
    let mut sources = Vec::with_capacity(claims.len());
    for claim in claims {
        let key = match speaker_key(claim) {
            Some(k) if k.starts_with("actor:") => k,
            Some(name) => {
                let name = match merged_as.get(&name) {
                    Some(known) => known.clone(),
                    None => {
                        let chars = name.chars().count();
                        let known = merged
                            .iter()
                            .find(|(m, m_chars)| {
                                // The edit distance is at least the difference in length.
                                let longest = chars.max(*m_chars);
                                let bound = 1.0 - chars.abs_diff(*m_chars) as f64 / longest.max(1) as f64;
                                bound >= SAME_SPEAKER && strsim::normalized_levenshtein(m, &name) >= SAME_SPEAKER
                            })
                            .map(|(m, _)| m.clone())
                            .unwrap_or_else(|| {
                                merged.push((name.clone(), chars));
                                name.clone()
                            });
                        merged_as.insert(name, known.clone());
                        known
                    }
                };
                format!("speaker:{name}")
            }
            None => format!("voice:{}", docs.get(claim.doc as usize).map_or("", |d| d.path.as_str())),
        };
        sources.push(SourceId(key));
    }
    sources
}
