//! The HTML report: one self-contained page (no network, no external script,
//! style or font) that opens from `file://`. Each quote and sentence is set
//! in its own direction (Arabic right to left, English left to right) and
//! isolated with `<bdi>`, every finding shows both sides' quotes, speakers,
//! camps, dates and sources, each disputed figure has an inline SVG chart of
//! who gave which interval when, and a few lines of plain script filter the
//! findings by kind, event and camp.
//!
//! Every text from an article, a file name or a rule pack goes through
//! [`esc`], and nothing else reaches the page unescaped.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{self, Write};

use crosscheck_model::{Claim, ClaimId, FindingRef};

use crate::table::visible;
use crate::{Report, figure};

/// Text made inert in HTML text and in quoted attribute values: `&`, `<`,
/// `>`, `"` and `'` become references; control characters are shown as
/// their pictures and invisible format controls (bidi overrides) dropped.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in visible(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a character is a letter of a right-to-left script (Hebrew,
/// Arabic, Syriac, Thaana, N'Ko and their presentation forms).
pub(crate) fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The direction of a text, as `dir="auto"` decides it: the first strong
/// letter's. Written out so that the page says it without a browser.
fn dir(text: &str) -> &'static str {
    for c in text.chars() {
        if is_rtl(c) {
            return "rtl";
        }
        if c.is_alphabetic() {
            return "ltr";
        }
    }
    "ltr"
}

const STYLE: &str = "
body{font-family:system-ui,sans-serif;margin:1.5em;max-width:90em;color:#222}
h1{font-size:1.5em}h2{font-size:1.25em;margin-top:1.5em}
.finding{border:1px solid #ccc;border-radius:6px;padding:.75em 1em;margin:1em 0}
.finding h3{margin:.2em 0;font-size:1.05em}
.kind{font-family:monospace;background:#eee;padding:0 .3em;border-radius:3px}
.kind-numeric_conflict,.kind-assertion_denial{background:#fdd}
.sides{display:flex;gap:1em;flex-wrap:wrap}.side{flex:1 1 25em}
.claim{border-left:3px solid #888;padding-left:.6em;margin:.6em 0}
.side-1 .claim{border-color:#1f77b4}.side-2 .claim{border-color:#d62728}
blockquote{margin:.3em 0;font-size:1.1em}.sentence{color:#555;margin:.2em 0}
.meta{font-size:.9em;color:#444;margin:.2em 0}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:start}
svg{max-width:100%;height:auto;background:#fafafa;border:1px solid #eee}
#filters label{margin-right:1em}
";

const SCRIPT: &str = "
(function(){
var ids=['filter-kind','filter-event','filter-camp'];
function apply(){
var k=document.getElementById('filter-kind').value,e=document.getElementById('filter-event').value,c=document.getElementById('filter-camp').value;
var fs=document.querySelectorAll('.finding'),shown=0;
for(var i=0;i<fs.length;i++){var f=fs[i];
var ok=(!k||f.getAttribute('data-kind')===k)&&(!e||f.getAttribute('data-event')===e)&&(!c||(' '+f.getAttribute('data-camps')+' ').indexOf(' '+c+' ')>=0);
f.hidden=!ok;if(ok){shown++;}}
document.getElementById('shown').textContent=shown;}
for(var i=0;i<ids.length;i++){document.getElementById(ids[i]).addEventListener('change',apply);}
var h=location.hash.replace(/^#/,'').split('&');
for(var j=0;j<h.length;j++){var kv=h[j].split('=');var el=document.getElementById('filter-'+decodeURIComponent(kv[0]||''));
if(el&&kv.length===2){var v=decodeURIComponent(kv[1]);for(var o=0;o<el.options.length;o++){if(el.options[o].value===v){el.value=v;}}}}
apply();document.body.setAttribute('data-filters','ready');
})();
";

fn select(out: &mut String, id: &str, label: &str, values: &BTreeSet<&str>) {
    let _ = write!(out, "<label>{label} <select id=\"{id}\"><option value=\"\">all</option>");
    for v in values {
        let _ = write!(out, "<option value=\"{0}\">{0}</option>", esc(v));
    }
    out.push_str("</select></label>\n");
}

/// A link to a claim's source: its URL, or its path and line.
fn source(report: &Report, c: &Claim) -> String {
    match report.doc_url(c) {
        Some(url) => format!("<a class=\"source\" href=\"{}\">{}</a>", esc(url), esc(url)),
        None => {
            let path = report.doc_path(c);
            // A relative path is made to start with `./`, so that no path reads as a scheme (`javascript:`).
            let href = if path.starts_with('/') { format!("file://{path}") } else { format!("./{path}") };
            format!("<a class=\"source\" href=\"{}\">{}:{}</a>", esc(&href), esc(path), c.line)
        }
    }
}

fn lang(report: &Report, c: &Claim) -> String {
    report
        .docs
        .get(c.doc as usize)
        .and_then(|d| d.language)
        .map(|l| format!(" lang=\"{}\"", esc(l)))
        .unwrap_or_default()
}

fn claim_block(out: &mut String, report: &Report, id: ClaimId) {
    let c = &report.claim(id);
    let camp = c.camp.as_deref().unwrap_or("camp unknown");
    let speaker = match &c.speaker {
        Some(s) => format!("<bdi dir=\"{}\">{}</bdi>", dir(&s.text), esc(&s.text)),
        None => crate::table::voice(c).to_owned(),
    };
    let date = match c.time {
        Some(t) if t.earliest == t.latest => format!("<time datetime=\"{0}\">{0}</time>", t.earliest),
        Some(t) => format!("<time datetime=\"{0}\">{0}</time>–<time datetime=\"{1}\">{1}</time>", t.earliest, t.latest),
        None => "date unknown".to_owned(),
    };
    let lang = lang(report, c);
    let _ = writeln!(
        out,
        "<div class=\"claim\" id=\"claim-{key}\" data-camp=\"{camp_attr}\">\
         <p class=\"figure\"><strong>{figure}</strong> <span class=\"id\">[{id}]</span></p>\
         <blockquote class=\"quote\" dir=\"{qdir}\"{lang}><bdi>{quote}</bdi></blockquote>\
         <p class=\"sentence\" dir=\"{sdir}\"{lang}>{sentence}</p>\
         <p class=\"meta\"><span class=\"speaker\">{speaker}</span> · <span class=\"camp\">{camp_text}</span> · {date} · {source}</p>\
         </div>",
        key = report.key(id),
        camp_attr = esc(camp),
        figure = esc(&figure(c)),
        qdir = dir(&c.quote),
        quote = esc(&c.quote),
        sdir = dir(&c.text),
        sentence = esc(&c.text),
        camp_text = esc(camp),
        source = source(report, c),
    );
}

/// Days since a fixed origin, enough to lay dates out in order.
fn day_number(d: crosscheck_model::Date) -> i64 {
    i64::from(d.year()) * 372 + i64::from(d.month()) * 31 + i64::from(d.day())
}

/// A chart's frame, in pixels: the picture's size and its margins.
#[derive(Debug, Clone, Copy)]
struct Frame {
    width: f64,
    height: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

/// The frame of every chart.
const FRAME: Frame = Frame { width: 640.0, height: 240.0, left: 60.0, right: 60.0, top: 20.0, bottom: 40.0 };

impl Frame {
    fn plot_width(&self) -> f64 {
        self.width - self.left - self.right
    }

    fn plot_height(&self) -> f64 {
        self.height - self.top - self.bottom
    }
}

/// How a chart places its bars: figures up the side, days across.
#[derive(Debug, Clone, Copy)]
struct Scale {
    /// The values at the bottom and top of the plot, and the highest figure.
    floor: f64,
    ceiling: f64,
    highest: f64,
    /// The first and last day a charted claim was made.
    first: Option<i64>,
    last: Option<i64>,
    /// How many bars there are.
    bars: usize,
}

impl Scale {
    /// The scale for these figures, made on these days (one per bar).
    fn new(quantities: &[&crosscheck_model::Quantity], days: &[Option<i64>]) -> Self {
        let highest =
            quantities.iter().map(|q| q.interval.high.unwrap_or(q.interval.low)).max().unwrap_or(1).max(1) as f64;
        let lowest = quantities.iter().map(|q| q.interval.low).min().unwrap_or(0) as f64;
        // The axis starts at zero unless the figures lie close together far from it.
        let range = highest - lowest;
        let floor = if lowest > range * 2.0 { (lowest - range.max(lowest * 0.02) * 0.5).max(0.0).floor() } else { 0.0 };
        let ceiling = highest + (highest - floor) * 0.15;
        let first = days.iter().flatten().min().copied();
        let last = days.iter().flatten().max().copied();
        Self { floor, ceiling, highest, first, last, bars: days.len() }
    }

    /// The height of value `v` on the plot.
    fn y(&self, v: f64) -> f64 {
        let plot_h = FRAME.plot_height();
        FRAME.top + plot_h - ((v - self.floor) / (self.ceiling - self.floor)) * plot_h
    }

    /// Where bar `k`, for a claim made on `day`, stands across the plot.
    fn x(&self, k: usize, day: Option<i64>) -> f64 {
        let (left, plot_w) = (FRAME.left, FRAME.plot_width());
        match (day, self.first, self.last) {
            // Claims of one day stand a little apart.
            (Some(d), Some(a), Some(b)) if b > a => {
                left + 20.0 + (d - a) as f64 / (b - a) as f64 * (plot_w - 40.0) + (k % 3) as f64 * 10.0
            }
            _ => left + 20.0 + (k as f64 + 0.5) / self.bars as f64 * (plot_w - 40.0),
        }
    }
}

/// An inline SVG chart of a figure finding: one bar per claim from its
/// interval's low to its high bound (an arrow to the top when unbounded),
/// placed by date, coloured by side, with a tooltip naming who said it.
fn chart(out: &mut String, report: &Report, f: FindingRef) {
    let claims: Vec<(usize, ClaimId)> =
        (0..2).flat_map(|side| f.sides[side].iter().map(move |&id| (side, id))).collect();
    if claims.is_empty() || claims.iter().any(|&(_, id)| report.records.get(id).quantity().is_none()) {
        return;
    }
    let full: Vec<_> = claims.iter().map(|&(_, id)| report.claim(id)).collect();
    let quantities: Vec<&crosscheck_model::Quantity> = full.iter().filter_map(|c| c.quantity()).collect();
    let days: Vec<Option<i64>> = full.iter().map(|c| c.time.map(|t| day_number(t.earliest))).collect();
    let scale = Scale::new(&quantities, &days);
    chart_axes(out, &scale, f);
    for (k, (&(side, _), claim)) in claims.iter().zip(&full).enumerate() {
        chart_bar(out, &scale, scale.x(k, days[k]), side, claim);
    }
    out.push_str("</svg><figcaption>Each bar is one source's interval (dashed: no upper bound), placed by date; blue the first side, red the other.</figcaption></figure>\n");
}

/// Opens a chart's picture and draws its axes, the lowest and highest value marked.
fn chart_axes(out: &mut String, scale: &Scale, f: FindingRef) {
    let Frame { width, height, left, right, top, .. } = FRAME;
    let (floor, highest) = (scale.floor, scale.highest);
    let _ = write!(
        out,
        "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        esc(&format!("who gave which figure for {} over time", f.subject))
    );
    let _ = write!(
        out,
        "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{b}\" stroke=\"#999\"/><line x1=\"{left}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\" stroke=\"#999\"/>\
         <text x=\"{tx}\" y=\"{b}\" font-size=\"11\" text-anchor=\"end\">{floor}</text>\
         <text x=\"{tx}\" y=\"{t2}\" font-size=\"11\" text-anchor=\"end\">{highest}</text>",
        b = top + FRAME.plot_height(),
        r = width - right,
        tx = left - 4.0,
        t2 = scale.y(highest) + 4.0,
    );
}

/// Draws one claim's bar at `x`, coloured by its side, with its figure and day.
fn chart_bar(out: &mut String, scale: &Scale, x: f64, side: usize, c: &Claim) {
    let Some(q) = c.quantity() else { return };
    let top = FRAME.top;
    let colour = if side == 0 { "#1f77b4" } else { "#d62728" };
    let low = scale.y(q.interval.low as f64);
    let high = q.interval.high.map_or(top, |h| scale.y(h as f64));
    let who = crate::table::voice(c);
    let when = crate::day_said(c);
    let _ = write!(
        out,
        "<g class=\"bar side-{s}\"><title>{title}</title>\
         <line x1=\"{x:.1}\" y1=\"{low:.1}\" x2=\"{x:.1}\" y2=\"{high:.1}\" stroke=\"{colour}\" stroke-width=\"6\" stroke-linecap=\"round\"{dash}/>",
        s = side + 1,
        title = esc(&format!("{who} ({}): {}, {when}", c.camp.as_deref().unwrap_or("camp unknown"), figure(c))),
        dash = if q.interval.high.is_none() { " stroke-dasharray=\"4 3\"" } else { "" },
    );
    if let Some(v) = q.value {
        let _ = write!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{cy:.1}\" r=\"4\" fill=\"#fff\" stroke=\"{colour}\"/>\
             <text x=\"{tx:.1}\" y=\"{ty:.1}\" font-size=\"10\" fill=\"{colour}\">{v}</text>",
            cy = scale.y(v as f64),
            tx = x + 7.0,
            ty = scale.y(v as f64) + 3.0,
        );
    }
    let _ = write!(
        out,
        "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{}</text></g>",
        top + FRAME.plot_height() + 14.0,
        esc(&when)
    );
}

fn spreads(out: &mut String, report: &Report) {
    let spreads = crate::spread::spreads(report);
    if spreads.is_empty() {
        return;
    }
    out.push_str("<section id=\"spreads\"><h2>Spread of figures</h2><table><thead><tr><th>Event</th><th>Metric</th><th>Lowest</th><th>Given by</th><th>Highest</th><th>Given by</th><th>Sources</th></tr></thead><tbody>\n");
    let by = |id: ClaimId| {
        let c = &report.claim(id);
        let who = crate::table::voice(c);
        let when = crate::day_said(c);
        format!("<bdi dir=\"{}\">{}</bdi>, {}", dir(who), esc(who), esc(&when))
    };
    for s in &spreads {
        let _ = writeln!(
            out,
            "<tr class=\"spread\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(s.event),
            esc(&s.metric_label()),
            s.low.value,
            by(s.low.claim),
            s.high.value,
            by(s.high.claim),
            s.sources
        );
    }
    out.push_str("</tbody></table></section>\n");
}

/// The camps of the claims on either side of a finding.
fn camps_of<'r>(report: &'r Report, f: FindingRef) -> BTreeSet<&'r str> {
    f.sides.iter().copied().flatten().filter_map(|&id| report.records.get(id).camp()).collect()
}

pub(crate) fn write(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let mut page = String::with_capacity(1 << 16);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<title>crosscheck report</title>\n<style>");
    page.push_str(STYLE);
    page.push_str("</style>\n</head>\n<body>\n<h1>crosscheck report</h1>\n");
    let _ = writeln!(page, "<p class=\"summary\">{}</p>", esc(&report.summary_line()));
    filters(&mut page, report);
    spreads(&mut page, report);
    page.push_str("<section id=\"findings\"><h2>Findings</h2>\n");
    for (n, f) in report.findings.iter().enumerate() {
        finding(&mut page, report, n, f);
    }
    if report.findings.is_empty() {
        page.push_str("<p>No findings.</p>\n");
    }
    page.push_str("</section>\n<script>");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    out.write_all(page.as_bytes())
}

/// The form that filters the findings by kind, event and camp.
fn filters(page: &mut String, report: &Report) {
    let kinds: BTreeSet<&str> = report.findings.iter().map(|f| f.kind.as_str()).collect();
    let events: BTreeSet<&str> = report.findings.iter().filter_map(|f| f.event).collect();
    let camps: BTreeSet<&str> = report.findings.iter().flat_map(|f| camps_of(report, f)).collect();
    page.push_str("<form id=\"filters\" onsubmit=\"return false\">\n");
    select(page, "filter-kind", "Kind", &kinds);
    select(page, "filter-event", "Event", &events);
    select(page, "filter-camp", "Camp", &camps);
    let _ = writeln!(
        page,
        "<span><span id=\"shown\">{}</span> of {} shown</span></form>",
        report.findings.len(),
        report.findings.len()
    );
}

/// Finding `n` (from 0): its heading and reason, its chart, and both sides' claims.
fn finding(page: &mut String, report: &Report, n: usize, f: FindingRef) {
    let camps: Vec<String> = camps_of(report, f).into_iter().map(esc).collect();
    let _ = writeln!(
        page,
        "<article class=\"finding\" id=\"finding-{key}\" data-kind=\"{kind}\" data-event=\"{event}\" data-camps=\"{camps}\">\
         <h3>{n}. <span class=\"kind kind-{kind}\">{kind}</span> {subject}{event_text}</h3>\
         <p class=\"reason\" dir=\"ltr\">{reason}</p>",
        key = report.finding_key(f),
        kind = f.kind.as_str(),
        event = esc(f.event.unwrap_or("")),
        camps = camps.join(" "),
        n = n + 1,
        subject = esc(f.subject),
        event_text = f.event.map(|e| format!(" · {}", esc(e))).unwrap_or_default(),
        reason = esc(&f.reason.to_string()),
    );
    chart(page, report, f);
    page.push_str("<div class=\"sides\">");
    for side in 0..2 {
        let _ = write!(
            page,
            "<div class=\"side side-{}\"><h4>{}</h4>",
            side + 1,
            if side == 0 { "One side" } else { "Other side" }
        );
        for &id in f.sides[side] {
            claim_block(page, report, id);
        }
        page.push_str("</div>");
    }
    page.push_str("</div></article>\n");
}

#[cfg(test)]
mod tests {
    use super::{dir, esc};

    #[test]
    fn escape_makes_markup_text() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(esc("a\u{202E}b"), "ab");
    }

    #[test]
    fn direction_is_the_first_strong_letter() {
        assert_eq!(dir("\u{ab}\u{642}\u{627}\u{644}\u{bb} 200"), "rtl");
        assert_eq!(dir("200 killed"), "ltr");
        assert_eq!(dir("2023"), "ltr");
    }
}
