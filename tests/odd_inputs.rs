//! Odd but valid input is extracted, with warnings that name the lines; input
//! that is no bulletin is a typed error; nothing panics (a bounded property test
//! over random mixes of bulletin fragments, bytes and encodings).

mod common;

use std::time::Instant;

use common::{check_provenance, extract, lines_of, seed};
use jirei::model::Document;
use proptest::prelude::*;

/// The seed's pages as the file shows them: (first line, last line), split at
/// runs of three blank lines — read here without the library.
fn seed_pages(text: &str) -> Vec<(usize, usize)> {
    let mut pages = Vec::new();
    let mut start = None;
    let mut last = 0;
    let mut blanks = 0;
    for (i, l) in lines_of(text).iter().enumerate() {
        let n = i + 1;
        if l.trim().is_empty() {
            blanks += 1;
            continue;
        }
        match start {
            None => start = Some(n),
            Some(s) if blanks >= 3 => {
                pages.push((s, last));
                start = Some(n);
            }
            _ => {}
        }
        last = n;
        blanks = 0;
    }
    pages.push((start.unwrap(), last));
    pages
}

/// The seed with some lines replaced (1-based line numbers of the seed).
fn edit_lines(text: &str, f: impl Fn(usize, &str) -> Option<String>) -> String {
    lines_of(text)
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{}\n", f(i + 1, l).unwrap_or_else(|| l.to_string())))
        .collect()
}

/// The seed without the lines `drop` picks (1-based line numbers of the seed).
fn remove_lines(text: &str, drop: impl Fn(usize, &str) -> bool) -> String {
    lines_of(text)
        .iter()
        .enumerate()
        .filter(|(i, l)| !drop(i + 1, l))
        .map(|(_, l)| format!("{l}\n"))
        .collect()
}

fn codes<'a>(doc: &'a Document, code: &str) -> Vec<&'a jirei::model::Diagnostic> {
    doc.diagnostics.iter().filter(|d| d.code == code).collect()
}

#[test]
fn a_page_without_its_banner_is_a_case_with_a_warning() {
    let text = seed();
    let (first, last) = seed_pages(&text)[2];
    let edited = remove_lines(&text, |n, l| {
        (first..=last).contains(&n) && l.contains(jirei::page::BANNER)
    });
    // The page is one line shorter; the others keep their breaks.
    let (first, last) = seed_pages(&edited)[2];
    let doc = extract(edited.as_bytes());
    let reference = extract(text.as_bytes());
    assert_eq!(doc.cases.len(), 16);
    let w = codes(&doc, "no-banner");
    assert_eq!(w.len(), 1, "{:?}", doc.diagnostics);
    assert_eq!(w[0].line, first);
    assert!(w[0]
        .message
        .contains(&format!("page 3 (lines {first}-{last})")));
    // Every field reads as before; only the banner's provenance entry is gone.
    for (case, r) in doc.cases.iter().zip(&reference.cases) {
        let (mut got, mut want) = (common::content_of(case), common::content_of(r));
        if case.page == 3 {
            let banner = serde_json::json!({"field": "banner", "raw": jirei::page::BANNER});
            let list = want["provenance"].as_array_mut().unwrap();
            list.retain(|p| *p != banner);
            assert_eq!(got["provenance"], want["provenance"]);
            got.as_object_mut().unwrap().remove("provenance");
            want.as_object_mut().unwrap().remove("provenance");
        }
        assert_eq!(got, want, "page {}", case.page);
    }
    check_provenance(edited.as_bytes(), &doc);
}

#[test]
fn the_banner_printed_another_way_is_still_the_banner() {
    // Another year's wording, or a converter that spaces the characters out:
    // the banner stays running matter, never a line of a section or a title.
    let text = seed();
    let reference = extract(text.as_bytes());
    for banner in [
        "国と地方公共団体の連携による雇用対策 好事例",
        "国 と 地 方 自 治 体 の 連 携 に よ る 雇 用 対 策 好 事 例",
    ] {
        let edited = text.replace(jirei::page::BANNER, banner);
        let doc = extract(edited.as_bytes());
        assert_eq!(doc.cases.len(), reference.cases.len());
        assert!(codes(&doc, "no-banner").is_empty(), "{:?}", doc.diagnostics);
        for (case, r) in doc.cases.iter().zip(&reference.cases) {
            let (mut got, mut want) = (common::content_of(case), common::content_of(r));
            // Only the banner's own provenance entry reads differently.
            for v in [&mut got, &mut want] {
                let list = v["provenance"].as_array_mut().unwrap();
                list.retain(|p| p["field"] != "banner");
            }
            assert_eq!(got, want, "{banner}: page {}", case.page);
        }
        check_provenance(edited.as_bytes(), &doc);
    }
}

#[test]
fn a_page_without_headings_is_a_case_with_a_warning() {
    let text = seed();
    let (first, last) = seed_pages(&text)[3];
    let headings = [
        "【課題･目的】",
        "【目的】",
        "【実施概要】",
        "【役割分担】",
        "【効果】",
        "【結果】",
    ];
    // Each heading goes with the blank line below it, so no gap grows into a page break.
    let all = lines_of(&text);
    let heading = |n: usize| (first..=last).contains(&n) && headings.contains(&all[n - 1].trim());
    let edited = remove_lines(&text, |n, l| {
        heading(n) || n > 1 && heading(n - 1) && l.trim().is_empty()
    });
    assert!(edited.len() < text.len(), "page 4 has headings to remove");
    let pages = seed_pages(&edited);
    assert_eq!(pages.len(), 16);
    let (first, last) = pages[3];
    let doc = extract(edited.as_bytes());
    let reference = extract(text.as_bytes());
    assert_eq!(doc.cases.len(), 16);
    let w = codes(&doc, "no-headings");
    assert_eq!(w.len(), 1, "{:?}", doc.diagnostics);
    assert_eq!(w[0].line, first);
    assert!(w[0]
        .message
        .contains(&format!("page 4 (lines {first}-{last})")));
    // (The title is not compared: with no heading to mark the top of the slide,
    // picking the headline is the layout stage's guess.)
    let case = &doc.cases[3];
    assert!(case.title.is_some());
    assert_eq!(case.parties, reference.cases[3].parties);
    assert_eq!(
        case.contact.as_ref().map(|c| &c.phone),
        reference.cases[3].contact.as_ref().map(|c| &c.phone)
    );
    assert_eq!(
        common::content_of(case)["comments"],
        common::content_of(&reference.cases[3])["comments"]
    );
    check_provenance(edited.as_bytes(), &doc);
}

#[test]
fn two_banners_on_one_page_are_a_warning_naming_them() {
    // The page break between pages 2 and 3 is lost: a stray line in the gap.
    let text = seed();
    let pages = seed_pages(&text);
    let gap_middle = pages[1].1 + 2;
    let edited = edit_lines(&text, |n, _| {
        (n == gap_middle).then(|| "(続き)".to_string())
    });
    let doc = extract(edited.as_bytes());
    assert_eq!(doc.cases.len(), 15, "pages 2 and 3 read as one");
    let banners: Vec<usize> = lines_of(&text)
        .iter()
        .enumerate()
        .filter(|(i, l)| l.contains(jirei::page::BANNER) && i + 1 < pages[2].1)
        .map(|(i, _)| i + 1)
        .skip(1)
        .collect();
    assert_eq!(banners.len(), 2);
    let w = codes(&doc, "several-banners");
    assert_eq!(w.len(), 1, "{:?}", doc.diagnostics);
    assert_eq!(w[0].line, banners[1]);
    assert!(
        w[0].message.contains(&format!(
            "page 2 (lines {}-{}) has 2 banners, at lines {}, {}",
            pages[1].0, pages[2].1, banners[0], banners[1]
        )),
        "{}",
        w[0].message
    );
    // Page breaks exist elsewhere, so nothing is inferred.
    assert!(codes(&doc, "pages-inferred").is_empty());
}

#[test]
fn a_truncated_last_page_is_extracted_with_a_warning() {
    let text = seed();
    let reference = extract(text.as_bytes());
    let (first, last) = *seed_pages(&text).last().unwrap();
    // Cut the file in the middle of a line of the last page, after 5 characters.
    let cut_line = (first + (last - first) * 3 / 4..last)
        .find(|&n| lines_of(&text)[n - 1].chars().count() > 6)
        .expect("a line with text to cut");
    let line = lines_of(&text)[cut_line - 1];
    let offset: usize = lines_of(&text)[..cut_line - 1]
        .iter()
        .map(|l| l.len() + 1)
        .sum::<usize>()
        + line.char_indices().nth(5).unwrap().0;
    for (cut, mid_character) in [(offset, false), (offset + 1, true)] {
        let bytes = &text.as_bytes()[..cut];
        let doc = extract(bytes);
        assert_eq!(doc.source.encoding, "UTF-8");
        assert_eq!(doc.cases.len(), 16);
        assert_eq!(doc.cases[..15], reference.cases[..15]);
        assert_eq!(doc.cases[15].lines.end, cut_line);
        let w = codes(&doc, "truncated");
        assert_eq!(w.len(), 1, "{:?}", doc.diagnostics);
        assert_eq!(w[0].line, cut_line);
        assert_eq!(
            codes(&doc, "malformed-bytes")
                .iter()
                .map(|d| d.line)
                .collect::<Vec<_>>(),
            if mid_character {
                vec![cut_line]
            } else {
                vec![]
            }
        );
        check_provenance(bytes, &doc);
    }
    // A file that merely lacks its final line end is not truncated.
    let whole = text.trim_end();
    assert!(codes(&extract(whole.as_bytes()), "truncated").is_empty());
}

#[test]
fn a_repeated_page_is_a_case_with_a_warning() {
    let text = seed();
    let pages = seed_pages(&text);
    let (first, last) = pages[4];
    let page5: String = lines_of(&text)[first - 1..last]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    let doubled = format!("{text}\n\n\n{page5}");
    let doc = extract(doubled.as_bytes());
    assert_eq!(doc.cases.len(), 17);
    let w = codes(&doc, "repeated-page");
    assert_eq!(w.len(), 1, "{:?}", doc.diagnostics);
    let again = doc.cases[16].lines;
    assert_eq!(w[0].line, again.start);
    assert_eq!(
        w[0].message,
        format!(
            "page 17 (lines {}-{}) repeats page 5 (lines {first}-{last})",
            again.start, again.end
        )
    );
    // The repeat reads the same as the original.
    assert_eq!(
        common::content_of(&doc.cases[16]),
        common::content_of(&doc.cases[4])
    );
}

#[test]
fn a_one_megabyte_line_is_extracted() {
    let text = seed();
    let sentence = "会場では相談コーナーを設置し、参加者の声を聞いた。";
    let long = sentence.repeat(1_048_576 / sentence.len() + 1);
    assert!(long.len() >= 1_048_576);
    // After line 130 (a paragraph of page 2), set apart by blank lines.
    let edited = edit_lines(&text, |n, l| (n == 130).then(|| format!("{l}\n\n{long}\n")));
    let started = Instant::now();
    let doc = extract(edited.as_bytes());
    let json = jirei::to_json(&doc);
    println!("1 MB line: {:?}", started.elapsed());
    assert_eq!(doc.cases.len(), 16);
    let listed: Vec<_> = doc.cases[1]
        .provenance
        .iter()
        .filter(|p| p.raw.len() == long.len())
        .collect();
    assert_eq!(
        listed.iter().map(|p| p.line).collect::<Vec<_>>(),
        vec![132],
        "the long line is listed once"
    );
    assert_eq!(listed[0].line, 132);
    assert!(json.len() > long.len());
    check_provenance(edited.as_bytes(), &doc);
    // And a megabyte of ASCII with no space at all, at the end of page 1.
    let page1 = lines_of(&text)[..77].join("\n");
    let blob = format!("{page1}\n{}\n", "x".repeat(1 << 20));
    let doc = extract(blob.as_bytes());
    assert_eq!(doc.cases.len(), 1);
    assert_eq!(doc.cases[0].lines.end, 78);
}

/// A big file: copies of the seed. 50 MB in an optimised build (about 5 s with
/// `cargo test --release`); in a debug build (plain `cargo test`, where this
/// crate is unoptimised) 12 MB, which runs the same code paths — thousands of
/// pages, parallel pages, repeats — in a few seconds.
#[test]
fn a_fifty_megabyte_file_is_extracted() {
    let target: usize = if cfg!(debug_assertions) {
        12 << 20
    } else {
        50 << 20
    };
    let text = seed();
    let copies = target / text.len() + 1;
    let big = text.repeat(copies);
    let started = Instant::now();
    let doc = extract(big.as_bytes());
    let json = jirei::to_json(&doc);
    println!(
        "{} MB, {} cases: {:?}",
        big.len() >> 20,
        doc.cases.len(),
        started.elapsed()
    );
    assert_eq!(doc.cases.len(), 16 * copies);
    assert_eq!(doc.source.bytes as usize, big.len());
    let reference = extract(text.as_bytes());
    let last = &doc.cases[doc.cases.len() - 1];
    assert_eq!(last.title, reference.cases[15].title);
    assert_eq!(last.id, format!("seed#{}", 16 * copies));
    // Every page after the first copy repeats one of the first sixteen.
    assert_eq!(codes(&doc, "repeated-page").len(), 16 * (copies - 1));
    assert!(json.len() > big.len());
}

#[test]
fn input_that_is_no_bulletin_is_a_typed_error() {
    use jirei::Error;
    let err = |bytes: &[u8]| jirei::extract_bytes("x.txt", bytes, &Default::default()).unwrap_err();
    assert!(matches!(err(b""), Error::NoCases));
    assert!(matches!(err(b"\n\r\n \t\n\x0c\n"), Error::NoCases));
    assert!(matches!(
        err("普通の文章です。\n見出しも好事例の見出し帯もない。\n".as_bytes()),
        Error::NotABulletin
    ));
    assert!(matches!(
        err(b"PK\x03\x04\x14\0\0\0"),
        Error::NotText { .. }
    ));
}

// ---- property test ---------------------------------------------------------

fn seed_lines() -> &'static [String] {
    static LINES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| lines_of(&seed()).into_iter().map(String::from).collect())
}

/// A piece of a generated input.
#[derive(Debug, Clone)]
enum Piece {
    /// One line of the seed.
    Line(prop::sample::Index),
    /// A run of consecutive seed lines (a fragment of a page).
    Run(prop::sample::Index, usize),
    /// Blank lines.
    Blank(usize),
    /// A form feed, alone or opening the next line.
    FormFeed(bool),
    /// The banner, alone.
    Banner,
    /// Raw bytes, not encoded: whatever they are.
    Bytes(Vec<u8>),
    /// A line of the seed cut at some character.
    Cut(prop::sample::Index, prop::sample::Index),
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        4 => any::<prop::sample::Index>().prop_map(Piece::Line),
        4 => (any::<prop::sample::Index>(), 1usize..80).prop_map(|(i, n)| Piece::Run(i, n)),
        3 => (1usize..5).prop_map(Piece::Blank),
        1 => any::<bool>().prop_map(Piece::FormFeed),
        1 => Just(Piece::Banner),
        1 => prop::collection::vec(any::<u8>(), 0..12).prop_map(Piece::Bytes),
        1 => (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(i, j)| Piece::Cut(i, j)),
    ]
}

/// How the generated text is written out.
#[derive(Debug, Clone, Copy)]
enum Form {
    Utf8,
    Utf8Bom,
    ShiftJis,
    EucJp,
    Utf16Le,
    Utf16Be,
}

fn encode(text: &str, form: Form) -> Vec<u8> {
    let utf16 = |big: bool| -> Vec<u8> {
        let mut out = if big {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            out.extend(if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        out
    };
    match form {
        Form::Utf8 => text.as_bytes().to_vec(),
        Form::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        Form::ShiftJis => encoding_rs::SHIFT_JIS.encode(text).0.into_owned(),
        Form::EucJp => encoding_rs::EUC_JP.encode(text).0.into_owned(),
        Form::Utf16Le => utf16(false),
        Form::Utf16Be => utf16(true),
    }
}

fn build(pieces: &[Piece], form: Form, line_end: &str) -> Vec<u8> {
    let lines = seed_lines();
    let mut out = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, out: &mut Vec<u8>| {
        out.extend(encode(text, form));
        text.clear();
    };
    for p in pieces {
        match p {
            Piece::Line(i) => text.push_str(&format!("{}{line_end}", i.get(lines))),
            Piece::Run(i, n) => {
                let start = i.index(lines.len());
                for l in &lines[start..(start + n).min(lines.len())] {
                    text.push_str(&format!("{l}{line_end}"));
                }
            }
            Piece::Blank(n) => text.push_str(&line_end.repeat(*n)),
            Piece::FormFeed(alone) => {
                text.push('\u{000C}');
                if *alone {
                    text.push_str(line_end);
                }
            }
            Piece::Banner => text.push_str(&format!("{}{line_end}", jirei::page::BANNER)),
            Piece::Bytes(b) => {
                flush(&mut text, &mut out);
                out.extend(b);
            }
            Piece::Cut(i, j) => {
                let l = i.get(lines);
                let at = j.index(l.chars().count() + 1);
                text.push_str(&l.chars().take(at).collect::<String>());
            }
        }
    }
    flush(&mut text, &mut out);
    // A BOM only at the very start: encoded pieces after raw bytes carry none.
    out
}

fn form() -> impl Strategy<Value = Form> {
    prop_oneof![
        3 => Just(Form::Utf8),
        1 => Just(Form::Utf8Bom),
        2 => Just(Form::ShiftJis),
        1 => Just(Form::EucJp),
        1 => Just(Form::Utf16Le),
        1 => Just(Form::Utf16Be),
    ]
}

/// Whatever happens, no panic; on success the document serialises and the
/// provenance invariant holds.
fn no_panic_and_provenance(bytes: &[u8]) -> Result<(), TestCaseError> {
    match jirei::extract_bytes("prop.txt", bytes, &Default::default()) {
        Ok(doc) => {
            let json = jirei::to_json(&doc);
            let back: Document = serde_json::from_str(&json).expect("round trip");
            prop_assert_eq!(&back, &doc);
            prop_assert!(!doc.cases.is_empty());
            check_provenance(bytes, &doc);
        }
        Err(e) => prop_assert!(!e.to_string().is_empty()),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_mixes_of_bulletin_fragments_never_panic(
        pieces in prop::collection::vec(piece(), 0..40),
        form in form(),
        line_end in prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
        cut in any::<Option<prop::sample::Index>>(),
    ) {
        let mut bytes = build(&pieces, form, line_end);
        if let Some(c) = cut {
            bytes.truncate(c.index(bytes.len() + 1));
        }
        no_panic_and_provenance(&bytes)?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4000)) {
        no_panic_and_provenance(&bytes)?;
    }
}
