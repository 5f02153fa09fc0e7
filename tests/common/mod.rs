//! Helpers shared by the input-robustness tests: the seed bulletin, ways of
//! re-writing it, and the provenance invariant.
#![allow(dead_code)]

use std::collections::BTreeSet;

use jirei::model::{Case, Document, MetricCategory, PartyKind, Section};
use jirei::normalize::squeeze;
use serde_json::Value;

/// The seed bulletin (UTF-8, LF, pages separated by three blank lines).
pub const SEED: &str = "raw/000_c693df1a71a4b295.txt";

/// The text of the seed.
pub fn seed() -> String {
    std::fs::read_to_string(SEED).expect("seed readable")
}

/// Extract with default options under a fixed file name, so ids do not depend
/// on where the bytes came from.
pub fn extract(bytes: &[u8]) -> Document {
    jirei::extract_bytes("seed.txt", bytes, &Default::default()).expect("extracts")
}

/// The lines of `text` (any line end), without their line ends.
pub fn lines_of(text: &str) -> Vec<&str> {
    jirei::source::line_slices(text).collect()
}

/// Replace every run of three or more blank lines by a form feed. With
/// `own_line`, the form feed stands on a line of its own; otherwise it opens the
/// next page's first line, as pdftotext writes it.
pub fn with_form_feeds(text: &str, own_line: bool) -> String {
    let mut out = String::new();
    let mut blanks = 0;
    for line in lines_of(text) {
        if line.trim().is_empty() {
            blanks += 1;
            continue;
        }
        if blanks >= 3 && !out.is_empty() {
            out.push_str(if own_line { "\u{000C}\n" } else { "\u{000C}" });
        } else {
            out.push_str(&"\n".repeat(blanks));
        }
        blanks = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Remove every blank line: no page break and no gap between blocks is left.
pub fn squeezed(text: &str) -> String {
    lines_of(text)
        .into_iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A case as JSON with every line number and the id removed: what must agree
/// when the same bulletin is written with different line numbering.
pub fn content_of(case: &Case) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                for key in ["line", "lines", "id", "page"] {
                    m.remove(key);
                }
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(case).expect("serialises");
    strip(&mut v);
    v
}

/// The provenance invariant, against the library's own reading of the bytes:
/// every non-blank line of a case's range is listed exactly once, in order, no
/// line outside the range is listed, and no line belongs to two cases.
pub fn check_provenance(bytes: &[u8], doc: &Document) {
    let decoded = jirei::decode::decode(bytes, None).expect("decodes, since it extracted");
    let lines = jirei::source::lines(&decoded.text);
    let mut seen = BTreeSet::new();
    for case in &doc.cases {
        let listed: Vec<usize> = case.provenance.iter().map(|p| p.line).collect();
        assert!(
            listed.windows(2).all(|w| w[0] < w[1]),
            "case {}: provenance lists a line twice or out of order: {listed:?}",
            case.id
        );
        let expected: Vec<usize> = lines
            .iter()
            .filter(|l| !l.is_blank() && (case.lines.start..=case.lines.end).contains(&l.number))
            .map(|l| l.number)
            .collect();
        assert_eq!(
            listed, expected,
            "case {}: provenance must list every non-blank line of lines {}-{} once",
            case.id, case.lines.start, case.lines.end
        );
        for l in listed {
            assert!(seen.insert(l), "line {l} belongs to two cases");
        }
    }
}

/// (name, kind) of each party of a case.
pub fn parties_of(c: &Case) -> Vec<(&str, PartyKind)> {
    c.parties
        .iter()
        .map(|p| (p.name.as_str(), p.kind))
        .collect()
}

/// (value, category) of each metric of a case.
pub fn figures_of(c: &Case) -> Vec<(u64, MetricCategory)> {
    c.metrics.iter().map(|m| (m.value, m.category)).collect()
}

/// Extract a page written for a test, under a fixed file name, and check that
/// every value it gives is traceable to its source line.
pub fn read_page(text: &str) -> Document {
    let doc = jirei::extract_bytes("page.txt", text.as_bytes(), &Default::default()).unwrap();
    check_provenance(text.as_bytes(), &doc);
    doc
}

/// A section's paragraphs, each without white space (none: the section is null).
pub fn paragraphs(s: &Option<Section>) -> Option<Vec<String>> {
    s.as_ref()
        .map(|s| s.text.split('\n').map(squeeze).collect())
}

/// The paragraphs as a reader writes them down.
pub fn written(ps: &[&str]) -> Option<Vec<String>> {
    Some(ps.iter().map(|p| p.to_string()).collect())
}

/// (org, items) of each role block.
pub fn roles_of(c: &Case) -> Vec<(&str, Vec<&str>)> {
    c.roles
        .iter()
        .map(|r| (r.org.as_str(), r.items.iter().map(String::as_str).collect()))
        .collect()
}

/// (speaker, text without white space) of each comment.
pub fn comments_of(c: &Case) -> Vec<(&str, String)> {
    c.comments
        .iter()
        .map(|x| (x.speaker.as_str(), squeeze(&x.text)))
        .collect()
}

/// The text of each caption.
pub fn captions_of(c: &Case) -> Vec<&str> {
    c.captions.iter().map(|x| x.text.as_str()).collect()
}
