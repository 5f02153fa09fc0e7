//! The same bulletin in every form users have it in — encodings, line ends,
//! trailing blanks, form feeds, squeezed blank lines — reads to the same cases.
//!
//! Each variant is generated here from the UTF-8 seed, so what is compared is
//! exactly "the seed, written differently".

mod common;

use common::{check_provenance, content_of, extract, lines_of, seed, squeezed, with_form_feeds};
use jirei::model::Document;

/// The seed in UTF-16 with a byte-order mark.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

/// `text` in a legacy encoding; every character must be representable.
fn legacy(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, used, unmappable) = encoding.encode(text);
    assert_eq!(used, encoding);
    assert!(
        !unmappable,
        "the seed has characters {} cannot encode",
        encoding.name()
    );
    bytes.into_owned()
}

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// Same cases, same line numbers: the documents differ only in `source`.
fn assert_identical_cases(variant: &str, got: &Document, reference: &Document) {
    assert_eq!(got.cases.len(), 16, "{variant}: one case per page");
    for (g, r) in got.cases.iter().zip(&reference.cases) {
        assert_eq!(g, r, "{variant}: case {} differs", r.id);
    }
    assert_eq!(
        got.diagnostics, reference.diagnostics,
        "{variant}: diagnostics differ"
    );
    assert_eq!(got.source.lines, reference.source.lines, "{variant}");
}

#[test]
fn every_encoding_and_line_end_reads_to_the_same_cases() {
    let text = seed();
    let reference = extract(text.as_bytes());
    assert_eq!(reference.source.encoding, "UTF-8");
    let mut with_bom = vec![0xEF, 0xBB, 0xBF];
    with_bom.extend_from_slice(text.as_bytes());
    let trailing_blanks: String = lines_of(&text)
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{l}{}\n", [" ", "\t", " \t ", "　"][i % 4]))
        .collect();
    let variants: Vec<(&str, Vec<u8>, &str)> = vec![
        ("UTF-8 with BOM", with_bom, "UTF-8"),
        ("UTF-8, CRLF", crlf(&text).into_bytes(), "UTF-8"),
        ("UTF-8, CR", text.replace('\n', "\r").into_bytes(), "UTF-8"),
        (
            "UTF-8, trailing blanks",
            trailing_blanks.into_bytes(),
            "UTF-8",
        ),
        (
            "CP932, CRLF",
            legacy(&crlf(&text), encoding_rs::SHIFT_JIS),
            "Shift_JIS",
        ),
        ("EUC-JP", legacy(&text, encoding_rs::EUC_JP), "EUC-JP"),
        ("UTF-16LE with BOM", utf16(&text, false), "UTF-16LE"),
        (
            "UTF-16BE with BOM, CRLF",
            utf16(&crlf(&text), true),
            "UTF-16BE",
        ),
    ];
    for (name, bytes, encoding) in variants {
        let doc = extract(&bytes);
        assert_eq!(doc.source.encoding, encoding, "{name}: encoding detected");
        assert_eq!(doc.source.bytes, bytes.len() as u64, "{name}");
        assert_identical_cases(name, &doc, &reference);
        check_provenance(&bytes, &doc);
    }
}

#[test]
fn encoding_flag_overrides_detection() {
    let text = seed();
    let bytes = legacy(&text, encoding_rs::EUC_JP);
    let opts = jirei::Options {
        encoding: jirei::decode::encoding_for_label("euc-jp"),
    };
    let doc = jirei::extract_bytes("seed.txt", &bytes, &opts).unwrap();
    assert_eq!(doc.source.encoding, "EUC-JP");
    assert_eq!(doc.cases.len(), 16);
    // Read as UTF-8 on purpose, the same bytes are mostly undecodable: refused, not garbled.
    let opts = jirei::Options {
        encoding: jirei::decode::encoding_for_label("utf-8"),
    };
    let err = jirei::extract_bytes("seed.txt", &bytes, &opts).unwrap_err();
    assert!(matches!(err, jirei::Error::NotText { .. }), "{err}");
}

#[test]
fn form_feeds_separate_pages_like_blank_lines() {
    let text = seed();
    let reference = extract(text.as_bytes());
    for own_line in [false, true] {
        let ff = with_form_feeds(&text, own_line);
        assert!(ff.contains('\u{000C}'));
        let doc = extract(ff.as_bytes());
        assert_eq!(doc.cases.len(), 16, "own line: {own_line}");
        for (g, r) in doc.cases.iter().zip(&reference.cases) {
            assert_eq!(g.page, r.page);
            assert_eq!(
                content_of(g),
                content_of(r),
                "page {} differs (form feed on its own line: {own_line})",
                r.page
            );
        }
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        check_provenance(ff.as_bytes(), &doc);
        // Shift_JIS with CRLF and form feeds together.
        let sjis = legacy(&crlf(&ff), encoding_rs::SHIFT_JIS);
        let doc_sjis = extract(&sjis);
        assert_eq!(doc_sjis.source.encoding, "Shift_JIS");
        assert_eq!(doc_sjis.cases, doc.cases);
    }
}

#[test]
fn a_trailing_form_feed_adds_no_page() {
    let text = format!("{}\u{000C}", with_form_feeds(&seed(), false));
    assert_eq!(extract(text.as_bytes()).cases.len(), 16);
}

/// Where each banner of the seed stands, and the titles read from the seed.
fn banner_lines(text: &str) -> Vec<usize> {
    lines_of(text)
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains(jirei::page::BANNER))
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn squeezed_text_still_gives_one_case_per_banner_with_its_title() {
    let text = seed();
    let reference = extract(text.as_bytes());
    let squeezed = squeezed(&text);
    // Line n of the squeezed text is line original[n - 1] of the seed.
    let original: Vec<usize> = lines_of(&text)
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i + 1)
        .collect();
    let doc = extract(squeezed.as_bytes());
    let banners = banner_lines(&text);
    assert_eq!(banners.len(), 16);
    assert_eq!(doc.cases.len(), 16, "one case per banner");
    for (i, (case, r)) in doc.cases.iter().zip(&reference.cases).enumerate() {
        assert_eq!(case.title, r.title, "page {}: title", i + 1);
        // The page starts in the true page's preamble (its first line up to its
        // banner) and holds exactly its own banner.
        let start = original[case.lines.start - 1];
        assert!(
            (r.lines.start..=banners[i]).contains(&start),
            "page {} starts at seed line {start}, outside lines {}-{}",
            i + 1,
            r.lines.start,
            banners[i]
        );
        let end = original[case.lines.end - 1];
        assert!(
            end >= banners[i] && banners.get(i + 1).is_none_or(|&next| end < next),
            "page {} ends at seed line {end}",
            i + 1
        );
        assert_eq!(
            case.comments
                .iter()
                .map(|c| c.speaker.as_str())
                .collect::<Vec<_>>(),
            r.comments
                .iter()
                .map(|c| c.speaker.as_str())
                .collect::<Vec<_>>(),
            "page {}: comment boxes",
            i + 1
        );
        assert_eq!(case.parties, r.parties, "page {}: parties", i + 1);
    }
    let inferred: Vec<_> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == "pages-inferred")
        .collect();
    assert_eq!(inferred.len(), 1, "{:?}", doc.diagnostics);
    assert!(inferred[0].message.contains("16 pages"));
    check_provenance(squeezed.as_bytes(), &doc);
}

#[test]
fn single_blank_lines_between_pages_are_no_page_break_but_still_split() {
    // `cat -s`: every run of blank lines folded to one. Blocks keep their gaps;
    // only the page breaks are gone.
    let text = seed();
    let mut folded = String::new();
    let mut blank = false;
    for l in lines_of(&text) {
        if l.trim().is_empty() {
            if !blank {
                folded.push('\n');
            }
            blank = true;
        } else {
            folded.push_str(l);
            folded.push('\n');
            blank = false;
        }
    }
    let reference = extract(text.as_bytes());
    let doc = extract(folded.as_bytes());
    assert_eq!(doc.cases.len(), 16);
    for (case, r) in doc.cases.iter().zip(&reference.cases) {
        assert_eq!(case.title, r.title);
        assert_eq!(content_of(case)["comments"], content_of(r)["comments"]);
        assert_eq!(content_of(case)["roles"], content_of(r)["roles"]);
    }
    assert!(doc.diagnostics.iter().any(|d| d.code == "pages-inferred"));
    check_provenance(folded.as_bytes(), &doc);
}

#[test]
fn undecodable_bytes_become_replacement_characters_with_a_warning_naming_the_line() {
    let text = seed();
    // Damage line 54 (・参加者数 ２４名…): a byte that is never UTF-8, inside it.
    let line_start: usize = lines_of(&text)[..53].iter().map(|l| l.len() + 1).sum();
    let mut bytes = text.clone().into_bytes();
    bytes.insert(line_start + 3, 0xFF);
    let doc = extract(&bytes);
    assert_eq!(doc.source.encoding, "UTF-8", "one bad byte keeps UTF-8");
    assert_eq!(doc.cases.len(), 16);
    let warnings: Vec<_> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == "malformed-bytes")
        .collect();
    assert_eq!(warnings.len(), 1, "{:?}", doc.diagnostics);
    assert_eq!(warnings[0].line, 54);
    let raw = doc.cases[0]
        .provenance
        .iter()
        .find(|p| p.line == 54)
        .map(|p| p.raw.clone());
    assert_eq!(
        raw.as_deref(),
        Some("・\u{FFFD}参加者数 ２４名（平成25年度）")
    );
    // The other pages are untouched.
    let reference = extract(text.as_bytes());
    assert_eq!(doc.cases[1..], reference.cases[1..]);
}
