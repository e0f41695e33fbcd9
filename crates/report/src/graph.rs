//! The claim graph as Graphviz DOT or JSON, with the findings' contradictions
//! as edges between the claims that disagree.

use std::io::{self, Write};

use crosscheck_graph::{ClaimGraph, Edge, Node};
use crosscheck_model::Findings;
use serde::Serialize;

use crate::table::speaker;
use crate::{ClaimStore, figure};

/// The formats a claim graph is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Json,
}

/// One edge of the written graph: the claim graph's own, or a contradiction
/// between two claims.
#[derive(Debug, Clone, Serialize)]
struct JsonEdge<'a> {
    from: usize,
    to: usize,
    kind: &'a str,
    #[serde(skip)]
    dot_label: &'a str,
    /// For a contradiction: the finding's position in the report.
    #[serde(skip_serializing_if = "Option::is_none")]
    finding: Option<usize>,
}

#[derive(Debug, Serialize)]
struct JsonNode<'a> {
    #[serde(flatten)]
    node: &'a Node,
    /// For a claim: what it says, in a few words.
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    /// For a claim: who said it, with the camp.
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
}

#[derive(Debug, Serialize)]
struct JsonGraph<'a> {
    nodes: Vec<JsonNode<'a>>,
    edges: Vec<JsonEdge<'a>>,
}

/// An edge's kind in JSON and its label in DOT.
fn edge_names(edge: Edge) -> (&'static str, &'static str) {
    match edge {
        Edge::InArticle => ("in_article", "in"),
        Edge::SaidBy => ("said_by", "said by"),
        Edge::MemberOf => ("member_of", "member of"),
        Edge::About => ("about", "about"),
        Edge::PublishedBy => ("published_by", "published by"),
    }
}

/// The graph's nodes with claim labels, and its edges followed by one
/// contradiction edge per pair of every contradicting finding.
fn layout<'a>(graph: &'a ClaimGraph, claims: &dyn ClaimStore, findings: &'a Findings) -> io::Result<JsonGraph<'a>> {
    let (nodes, edges) = graph.export();
    let mut labels: Vec<Option<(String, String)>> = vec![None; nodes.len()];
    claims.each(&mut |id, claim| {
        labels[graph.claim_node(id)] = Some((figure(&claim), speaker(&claim)));
        Ok(())
    })?;
    let nodes = nodes
        .into_iter()
        .zip(labels)
        .map(|(node, label)| {
            let (label, speaker) = label.unzip();
            JsonNode { node, label, speaker }
        })
        .collect();
    let mut edges: Vec<JsonEdge> = edges
        .into_iter()
        .map(|(from, to, edge)| {
            let (kind, dot_label) = edge_names(edge);
            JsonEdge { from, to, kind, dot_label, finding: None }
        })
        .collect();
    for (n, finding) in findings.iter().enumerate().filter(|(_, f)| f.kind.is_contradiction()) {
        for &(a, b) in finding.pairs {
            edges.push(JsonEdge {
                from: graph.claim_node(a),
                to: graph.claim_node(b),
                kind: finding.kind.as_str(),
                dot_label: finding.kind.as_str(),
                finding: Some(n),
            });
        }
    }
    Ok(JsonGraph { nodes, edges })
}

/// Writes the claim graph, with contradiction edges from `findings`.
pub fn write_graph(
    out: &mut dyn Write,
    graph: &ClaimGraph,
    claims: &dyn ClaimStore,
    findings: &Findings,
    format: GraphFormat,
) -> io::Result<()> {
    let layout = layout(graph, claims, findings)?;
    match format {
        GraphFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &layout)?;
            writeln!(out)
        }
        GraphFormat::Dot => out.write_all(to_dot(&layout).as_bytes()),
    }
}

fn to_dot(layout: &JsonGraph<'_>) -> String {
    let mut out = String::from("digraph crosscheck {\n  rankdir=LR;\n");
    for (i, n) in layout.nodes.iter().enumerate() {
        let (shape, name) = match n.node {
            Node::Article(p) => ("note", p),
            Node::Claim(c) => ("box", c),
            Node::Source(s) => ("ellipse", s),
            Node::Camp(c) => ("doubleoctagon", c),
            Node::Outlet(o) => ("folder", o),
            Node::Event(e) => ("diamond", e),
        };
        let label = match (&n.label, &n.speaker) {
            (Some(l), Some(s)) => format!("{name}\n{l}\n{s}"),
            _ => name.clone(),
        };
        out.push_str(&format!("  n{i} [shape={shape}, label={}];\n", dot_string(&label)));
    }
    for e in &layout.edges {
        // The label last, so that it ends the line as every label does.
        let style = if e.finding.is_some() { "color=red, dir=both, " } else { "" };
        out.push_str(&format!(
            "  n{} -> n{} [{style}label={}];\n",
            e.from,
            e.to,
            dot_string(&e.dot_label.replace('_', " "))
        ));
    }
    out.push_str("}\n");
    out
}

/// A DOT quoted string that shows `text` as it is: quotes and backslashes
/// escaped (so nothing ends the string or starts a Graphviz escape such as
/// `\N` or `\G`), line breaks as DOT's `\n`, other control characters and
/// invisible format controls left out.
fn dot_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || crosscheck_text::is_format_control(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
