//! The provenance invariant: every non-blank line of the input belongs to exactly
//! one case, and is listed exactly once in that case's provenance, with a field
//! that agrees with where the line's text went.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use jirei::model::{Case, Field};

const SEED: &str = "raw/000_c693df1a71a4b295.txt";

fn non_blank_lines(text: &str) -> BTreeSet<usize> {
    jirei::source::line_slices(text)
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i + 1)
        .collect()
}

/// Lines each field of the case claims, from the fields themselves.
fn claimed(case: &Case) -> BTreeMap<usize, HashSet<Field>> {
    let mut m: BTreeMap<usize, HashSet<Field>> = BTreeMap::new();
    let mut add = |line: usize, f: Field| {
        m.entry(line).or_default().insert(f);
    };
    let s = &case.sections;
    for (sec, f) in [
        (&s.purpose, Field::Purpose),
        (&s.overview, Field::Overview),
        (&s.effect, Field::Effect),
    ] {
        for &l in sec.iter().flat_map(|x| &x.lines) {
            add(l, f);
        }
    }
    for r in &case.roles {
        for &l in &r.lines {
            add(l, Field::Roles);
        }
    }
    for c in &case.comments {
        for &l in &c.lines {
            add(l, Field::Comment);
        }
    }
    if let Some(c) = &case.contact {
        add(c.line, Field::Contact);
    }
    for c in &case.captions {
        add(c.line, Field::Caption);
    }
    m
}

fn check_invariant(text: &str, cases: &[Case]) {
    let mut seen = BTreeSet::new();
    for case in cases {
        let lines: Vec<usize> = case.provenance.iter().map(|p| p.line).collect();
        let unique: BTreeSet<usize> = lines.iter().copied().collect();
        assert_eq!(
            lines.len(),
            unique.len(),
            "case {} lists a line twice",
            case.id
        );
        assert!(
            lines.windows(2).all(|w| w[0] < w[1]),
            "case {} provenance is not in line order",
            case.id
        );
        let expected: BTreeSet<usize> = non_blank_lines(text)
            .into_iter()
            .filter(|l| (case.lines.start..=case.lines.end).contains(l))
            .collect();
        assert_eq!(
            unique, expected,
            "case {}: provenance must list every non-blank line of the page",
            case.id
        );
        for l in &unique {
            assert!(seen.insert(*l), "line {l} belongs to two cases");
        }
        let fields: BTreeMap<usize, Field> =
            case.provenance.iter().map(|p| (p.line, p.field)).collect();
        for (line, claimed_by) in claimed(case) {
            let f = fields[&line];
            assert!(
                claimed_by.contains(&f) || f == Field::Title || f == Field::Heading,
                "case {} line {line}: provenance says {f:?}, fields claim {claimed_by:?}",
                case.id
            );
        }
        let raw_lines: Vec<&str> = jirei::source::line_slices(text).collect();
        for p in &case.provenance {
            assert_eq!(
                p.raw,
                raw_lines[p.line - 1].replace('\u{c}', "").trim_end(),
                "raw text of line {}",
                p.line
            );
        }
    }
    assert_eq!(
        seen,
        non_blank_lines(text),
        "every non-blank line of the file belongs to a case"
    );
}

#[test]
fn seed_provenance_is_complete_and_exact() {
    let bytes = std::fs::read(SEED).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let doc = jirei::extract_bytes(SEED, &bytes, &Default::default()).unwrap();
    check_invariant(&text, &doc.cases);
    // No line of the seed is left unassigned.
    let unassigned: Vec<usize> = doc
        .cases
        .iter()
        .flat_map(|c| &c.provenance)
        .filter(|p| p.field == Field::Unassigned)
        .map(|p| p.line)
        .collect();
    assert!(unassigned.is_empty(), "unassigned lines: {unassigned:?}");
}

#[test]
fn a_line_that_fits_nowhere_is_unassigned_with_a_warning() {
    // A page with no headings and a line with no cue for any section.
    let text = "国と地方自治体の連携による雇用対策好事例\n\nあいうえおかきくけこさしすせそたちつてとなにぬねの。\n";
    let doc = jirei::extract_bytes("odd.txt", text.as_bytes(), &Default::default()).unwrap();
    check_invariant(text, &doc.cases);
    let p = &doc.cases[0].provenance;
    assert_eq!(
        p.iter().find(|p| p.line == 3).unwrap().field,
        Field::Unassigned
    );
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.code == "unassigned-line" && d.line == 3));
}
