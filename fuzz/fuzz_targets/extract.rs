//! The whole path, bytes → document → JSON, on arbitrary input: it must never
//! panic, and every document it gives must keep the provenance invariant.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run extract` (see ../README.md).

#![no_main]

use std::collections::BTreeSet;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = jirei::extract_bytes("fuzz.txt", data, &Default::default()) else {
        return;
    };
    let json = jirei::to_json(&doc);
    let back: jirei::Document = serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(back, doc, "the JSON round-trips");
    assert!(!doc.cases.is_empty(), "a document has cases");

    // Provenance: every non-blank line of a case's range is listed exactly once,
    // in order, nothing else is, and no line belongs to two cases.
    let decoded = jirei::decode::decode(data, None).expect("it decoded for extraction");
    let lines = jirei::source::lines(&decoded.text);
    let mut seen = BTreeSet::new();
    for case in &doc.cases {
        let listed: Vec<usize> = case.provenance.iter().map(|p| p.line).collect();
        let expected: Vec<usize> = lines
            .iter()
            .filter(|l| !l.is_blank() && (case.lines.start..=case.lines.end).contains(&l.number))
            .map(|l| l.number)
            .collect();
        assert_eq!(listed, expected, "case {}: provenance", case.id);
        for line in listed {
            assert!(seen.insert(line), "line {line} is in two cases");
        }
    }
});
