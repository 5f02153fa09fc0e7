//! The whole pipeline for one input: bytes → [`Document`].
//!
//! ```
//! let text = "研修会を共同開催\n国と地方自治体の連携による雇用対策好事例\n【目的】\n就職促進を図る。\n";
//! let doc = jirei::extract::extract_bytes("bulletin.txt", text.as_bytes(), &Default::default()).unwrap();
//! assert_eq!(doc.cases.len(), 1);
//! assert_eq!(doc.cases[0].sections.purpose.as_ref().unwrap().text, "就職促進を図る。");
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::path::Path;

use encoding_rs::Encoding;
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::matter::{self, PageKind};
use crate::model::{Case, Diagnostic, Document, Field, Level, Source, SCHEMA_VERSION};
use crate::{block, case, decode, layout, page, source};

/// Options of an extraction.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Decode with this encoding instead of detecting one.
    pub encoding: Option<&'static Encoding>,
}

/// The stem used in case ids: the file name without its extension.
pub fn stem_of(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}

/// Extract the document of one bulletin. `file` is the name recorded in `source.file`.
///
/// Odd input is extracted with warnings in `diagnostics` (malformed bytes, a page
/// without banner or headings, a repeated page, inferred page boundaries, a file
/// ending mid-line); only input that is not text, or holds no bulletin page at all,
/// is an error. A page that is no case (cover, contents, divider, index of
/// contacts: [`matter`]) gives no case but a `not-a-case` note naming its lines.
/// Pages are processed in parallel; the result does not depend on it.
pub fn extract_bytes(file: &str, bytes: &[u8], opts: &Options) -> Result<Document, Error> {
    let decoded = decode::decode(bytes, opts.encoding)?;
    let lines = source::lines(&decoded.text);
    let pagination = page::paginate(&lines);
    let pages = &pagination.pages;
    if pages.is_empty() {
        return Err(Error::NoCases);
    }
    let stem = stem_of(file);
    let warning = |code: &str, line: usize, message: String| Diagnostic {
        level: Level::Warning,
        code: code.to_string(),
        file: file.to_string(),
        line,
        message,
    };
    let mut diagnostics = Vec::new();
    for &line in &decoded.malformed_lines {
        diagnostics.push(warning(
            "malformed-bytes",
            line,
            format!(
                "bytes that are not valid {} were replaced by U+FFFD",
                decoded.encoding
            ),
        ));
    }
    if pagination.inferred {
        let first = pages[0].lines.first().map_or(0, |l| l.number);
        diagnostics.push(warning(
            "pages-inferred",
            first,
            format!(
                "the text has no page breaks (three blank lines or a form feed): \
                 its {} pages were cut around their banners, check the boundaries",
                pages.len()
            ),
        ));
    }
    let results: Vec<PageResult> = pages
        .par_iter()
        .map(|p| extract_page(&stem, p, file, &warning))
        .collect();
    if results.iter().all(|r| r.case.is_none()) {
        let kinds: Vec<String> = results
            .iter()
            .zip(pages)
            .map(|(r, p)| format!("page {} ({})", p.number, r.kind.describe()))
            .collect();
        return Err(Error::NoCasePage(kinds.join(", ")));
    }
    if !results.iter().any(|r| r.bulletin_like) {
        return Err(Error::NotABulletin);
    }
    let repeats = repeated_pages(pages);
    let mut cases = Vec::with_capacity(results.len());
    for (r, repeat) in results.into_iter().zip(repeats) {
        diagnostics.extend(r.diagnostics);
        let Some(case) = r.case else {
            continue;
        };
        if let Some(d) = repeat {
            diagnostics.push(warning("repeated-page", d.0, d.1));
        }
        cases.push(case);
    }
    if let Some(d) = truncation(&decoded.text, &lines) {
        diagnostics.push(warning("truncated", d.0, d.1));
    }
    // One line per line slice of the text.
    let line_count = lines.len();
    Ok(Document {
        schema_version: SCHEMA_VERSION.to_string(),
        source: Source {
            file: file.to_string(),
            encoding: decoded.encoding.to_string(),
            sha256: hex(&Sha256::digest(bytes)),
            bytes: bytes.len() as u64,
            lines: line_count,
        },
        cases,
        diagnostics,
    })
}

/// The case of one page and the warnings about it.
struct PageResult {
    /// What the page is.
    kind: PageKind,
    /// None for a page that is no case (its note is in `diagnostics`).
    case: Option<Case>,
    diagnostics: Vec<Diagnostic>,
    /// A case page with the banner or a section heading.
    bulletin_like: bool,
}

fn extract_page(
    stem: &str,
    p: &page::Page<'_>,
    file: &str,
    warning: &(dyn Fn(&str, usize, String) -> Diagnostic + Sync),
) -> PageResult {
    let mut diagnostics = Vec::new();
    let first = p.lines.first().map_or(0, |l| l.number);
    let last = p.lines.last().map_or(0, |l| l.number);
    let items = block::classify(p);
    let kind = matter::kind_of(&items);
    if kind != PageKind::Case {
        return PageResult {
            kind,
            case: None,
            diagnostics: vec![not_a_case(file, p, kind)],
            bulletin_like: false,
        };
    }
    let banners = p.banners();
    match banners.len() {
        0 => diagnostics.push(warning(
            "no-banner",
            first,
            format!("page {} (lines {first}-{last}) has no banner", p.number),
        )),
        1 => {}
        n => diagnostics.push(warning(
            "several-banners",
            banners[1],
            format!(
                "page {} (lines {first}-{last}) has {n} banners, at lines {}",
                p.number,
                banners
                    .iter()
                    .map(|b| b.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
    let blocks = block::group(items);
    let layout = layout::recover(blocks);
    if layout.headings.is_empty() {
        diagnostics.push(warning(
            "no-headings",
            first,
            format!(
                "page {} (lines {first}-{last}) has no section headings",
                p.number
            ),
        ));
    }
    let case = case::build(stem, p, &layout);
    for prov in case
        .provenance
        .iter()
        .filter(|p| p.field == Field::Unassigned)
    {
        diagnostics.push(warning(
            "unassigned-line",
            prov.line,
            format!("line fits no field: {}", prov.raw),
        ));
    }
    PageResult {
        kind,
        case: Some(case),
        diagnostics,
        bulletin_like: !banners.is_empty() || !layout.headings.is_empty(),
    }
}

/// The note naming a page that is no case: its number, its lines, what it looked
/// like and its first line, so that no text leaves the document unaccounted for.
///
/// A note, not a warning: the page was read as intended (a bulletin's cover and
/// contents are expected), so `--strict` does not fail on it.
fn not_a_case(file: &str, p: &page::Page<'_>, kind: PageKind) -> Diagnostic {
    let first = p.lines.first().map_or(0, |l| l.number);
    let last = p.lines.last().map_or(0, |l| l.number);
    let opening = p.content().next().map_or("", |l| l.text.as_str());
    Diagnostic {
        level: Level::Note,
        code: "not-a-case".to_string(),
        file: file.to_string(),
        line: first,
        message: format!(
            "page {} (lines {first}-{last}) is {}, not a case: 「{opening}」; its lines are in no case",
            p.number,
            kind.describe()
        ),
    }
}

/// For each page, a warning (line, message) when its text repeats an earlier page's.
fn repeated_pages(pages: &[page::Page<'_>]) -> Vec<Option<(usize, String)>> {
    // Pages are compared by their non-blank lines' text (no line holds a line
    // end, so that is their text joined by line ends); a hash picks the candidates.
    fn texts<'a>(p: &'a page::Page<'_>) -> impl Iterator<Item = &'a str> {
        p.content().map(|l| l.text.as_str())
    }
    let mut first_seen: HashMap<u64, Vec<usize>> = HashMap::new();
    (0..pages.len())
        .map(|i| {
            // (The candidates are compared in full: the hash need only be fast,
            // not resist crafted collisions as std's SipHash does.)
            let mut h = foldhash::fast::FixedState::default().build_hasher();
            texts(&pages[i]).for_each(|t| t.hash(&mut h));
            let seen = first_seen.entry(h.finish()).or_default();
            let Some(&j) = seen
                .iter()
                .find(|&&j| texts(&pages[j]).eq(texts(&pages[i])))
            else {
                seen.push(i);
                return None;
            };
            let range = |p: &page::Page<'_>| {
                (
                    p.lines.first().map_or(0, |l| l.number),
                    p.lines.last().map_or(0, |l| l.number),
                )
            };
            let ((a, b), (c, d)) = (range(&pages[i]), range(&pages[j]));
            Some((
                a,
                format!(
                    "page {} (lines {a}-{b}) repeats page {} (lines {c}-{d})",
                    pages[i].number, pages[j].number
                ),
            ))
        })
        .collect()
}

/// A warning (line, message) when the text stops in the middle of a line: no
/// line end after the last line, which is unfinished (no closing punctuation).
fn truncation(text: &str, lines: &[source::Line]) -> Option<(usize, String)> {
    let last = lines.last()?;
    let ends_with_line_end = text.ends_with(['\n', '\r']);
    (!ends_with_line_end && !last.is_blank() && !block::is_terminal(&last.text)).then(|| {
        (
            last.number,
            "the file ends in the middle of a line: the last page may be truncated".to_string(),
        )
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Serialise a document: pretty-printed (two-space indent), Japanese unescaped,
/// final newline.
pub fn to_json(doc: &Document) -> String {
    String::from_utf8(to_json_bytes(doc)).expect("serde_json writes UTF-8")
}

/// [`to_json`] as the bytes written to a file, without checking again that
/// serde_json wrote UTF-8.
pub fn to_json_bytes(doc: &Document) -> Vec<u8> {
    // Documents run to about five times their source: reserve that once rather
    // than growing the buffer by doubling.
    let source = usize::try_from(doc.source.bytes).unwrap_or(0);
    let mut out = Vec::with_capacity(source.saturating_mul(5).max(4096));
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Indented::default());
    serde::Serialize::serialize(doc, &mut ser).expect("documents always serialise");
    out.push(b'\n');
    out
}

/// Pretty JSON as people diff it: two-space indentation like serde_json's
/// `PrettyFormatter`, except that a container holding only numbers, or an object
/// holding only scalars, stands on one line — a provenance record, a party, a
/// metric, a line list (`[33, 34, 35]`). Arrays of strings (role items) keep one
/// element per line. A record per line makes the diff of a changed value one
/// line, and the documents a fifth smaller than one value per line.
///
/// The innermost open container is held back in `leaf` until it either closes
/// (then written on one line) or opens a container of its own (then written out
/// pretty, and its children decide for themselves).
#[derive(Default)]
struct Indented {
    depth: usize,
    has_value: bool,
    /// Whether `leaf` is open (its buffers are kept to be reused).
    in_leaf: bool,
    leaf: Leaf,
}

/// The innermost open container, while it holds only scalars: its text without
/// the breaks between elements, and where those breaks go.
#[derive(Default)]
struct Leaf {
    text: Vec<u8>,
    breaks: Vec<Break>,
    is_array: bool,
    has_string_element: bool,
}

/// A place in a [`Leaf`]'s text where pretty output breaks the line.
struct Break {
    at: usize,
    /// Indentation depth of the line after the break.
    depth: usize,
    /// Whether one line has a space here (after a comma) or nothing.
    space: bool,
}

type IoResult = std::io::Result<()>;

fn newline<W: ?Sized + std::io::Write>(w: &mut W, depth: usize) -> IoResult {
    const SPACES: &[u8] = b"\n                                                                ";
    let width = 2 * depth;
    if width < SPACES.len() {
        w.write_all(&SPACES[..=width])
    } else {
        w.write_all(b"\n")?;
        (0..depth).try_for_each(|_| w.write_all(b"  "))
    }
}

impl Leaf {
    /// Numbers, or an object of scalars, fit on one line; strings in an array
    /// are each a line of their own.
    fn fits_one_line(&self) -> bool {
        !(self.is_array && self.has_string_element)
    }

    fn write<W: ?Sized + std::io::Write>(&self, w: &mut W, one_line: bool) -> IoResult {
        let mut from = 0;
        for b in &self.breaks {
            w.write_all(&self.text[from..b.at])?;
            if !one_line {
                newline(w, b.depth)?;
            } else if b.space {
                w.write_all(b" ")?;
            }
            from = b.at;
        }
        w.write_all(&self.text[from..])
    }
}

/// Write a scalar through serde_json's compact formatter into the open leaf, or
/// straight out when no leaf is open.
macro_rules! scalar {
    ($self:ident, $w:ident, $method:ident $(, $arg:expr)*) => {{
        if $self.in_leaf {
            serde_json::ser::CompactFormatter.$method(&mut $self.leaf.text $(, $arg)*)
        } else {
            serde_json::ser::CompactFormatter.$method($w $(, $arg)*)
        }
    }};
}

impl Indented {
    /// `[` or `{`: one level deeper, nothing in it yet. An open leaf holding it
    /// is no leaf: it goes out pretty.
    fn open<W: ?Sized + std::io::Write>(&mut self, w: &mut W, bracket: u8) -> IoResult {
        if self.in_leaf {
            self.leaf.write(w, false)?;
        }
        self.depth += 1;
        self.has_value = false;
        self.in_leaf = true;
        let leaf = &mut self.leaf;
        leaf.text.clear();
        leaf.text.push(bracket);
        leaf.breaks.clear();
        leaf.is_array = bracket == b'[';
        leaf.has_string_element = false;
        Ok(())
    }

    /// `]` or `}`, on a line of its own unless the container is empty or fits
    /// on one line.
    fn close<W: ?Sized + std::io::Write>(&mut self, w: &mut W, bracket: u8) -> IoResult {
        self.depth -= 1;
        if self.in_leaf {
            self.in_leaf = false;
            let leaf = &mut self.leaf;
            if self.has_value {
                leaf.breaks.push(Break {
                    at: leaf.text.len(),
                    depth: self.depth,
                    space: false,
                });
            }
            leaf.text.push(bracket);
            leaf.write(w, leaf.fits_one_line())
        } else {
            if self.has_value {
                newline(w, self.depth)?;
            }
            w.write_all(&[bracket])
        }
    }

    /// Before an element or a key: a comma after the first, then a new line.
    fn entry<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> IoResult {
        if self.in_leaf {
            let leaf = &mut self.leaf;
            if !first {
                leaf.text.push(b',');
            }
            leaf.breaks.push(Break {
                at: leaf.text.len(),
                depth: self.depth,
                space: !first,
            });
            Ok(())
        } else {
            if !first {
                w.write_all(b",")?;
            }
            newline(w, self.depth)
        }
    }
}

impl serde_json::ser::Formatter for Indented {
    fn write_null<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        scalar!(self, w, write_null)
    }
    fn write_bool<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: bool) -> IoResult {
        scalar!(self, w, write_bool, v)
    }
    fn write_i8<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: i8) -> IoResult {
        scalar!(self, w, write_i8, v)
    }
    fn write_i16<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: i16) -> IoResult {
        scalar!(self, w, write_i16, v)
    }
    fn write_i32<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: i32) -> IoResult {
        scalar!(self, w, write_i32, v)
    }
    fn write_i64<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: i64) -> IoResult {
        scalar!(self, w, write_i64, v)
    }
    fn write_i128<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: i128) -> IoResult {
        scalar!(self, w, write_i128, v)
    }
    fn write_u8<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: u8) -> IoResult {
        scalar!(self, w, write_u8, v)
    }
    fn write_u16<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: u16) -> IoResult {
        scalar!(self, w, write_u16, v)
    }
    fn write_u32<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: u32) -> IoResult {
        scalar!(self, w, write_u32, v)
    }
    fn write_u64<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: u64) -> IoResult {
        scalar!(self, w, write_u64, v)
    }
    fn write_u128<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: u128) -> IoResult {
        scalar!(self, w, write_u128, v)
    }
    fn write_f32<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f32) -> IoResult {
        scalar!(self, w, write_f32, v)
    }
    fn write_f64<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f64) -> IoResult {
        scalar!(self, w, write_f64, v)
    }
    fn write_number_str<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: &str) -> IoResult {
        scalar!(self, w, write_number_str, v)
    }
    fn begin_string<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        // In an array every string is an element (keys are in objects).
        self.leaf.has_string_element |= self.in_leaf && self.leaf.is_array;
        scalar!(self, w, begin_string)
    }
    fn end_string<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        scalar!(self, w, end_string)
    }
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> IoResult {
        scalar!(self, w, write_string_fragment, fragment)
    }
    fn write_char_escape<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        escape: serde_json::ser::CharEscape,
    ) -> IoResult {
        scalar!(self, w, write_char_escape, escape)
    }
    fn write_raw_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> IoResult {
        scalar!(self, w, write_raw_fragment, fragment)
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        self.open(w, b'[')
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        self.close(w, b']')
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> IoResult {
        self.entry(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> IoResult {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        self.open(w, b'{')
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        self.close(w, b'}')
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> IoResult {
        self.entry(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> IoResult {
        if self.in_leaf {
            self.leaf.text.extend_from_slice(b": ");
            Ok(())
        } else {
            w.write_all(b": ")
        }
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> IoResult {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, Indented::default());
        serde::Serialize::serialize(value, &mut ser).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn records_and_number_lists_stand_on_one_line() {
        let value = serde_json::json!({
            "lines": [33, 34, 35],
            "span": {"start": 2, "end": 76},
            "items": ["保育所の説明", "求人の提供"],
            "parties": [{"name": "A市", "kind": "municipality"}, {"name": "B", "kind": null}],
            "empty": [],
            "none": {},
            "nested": {"lines": [], "text": "a\"b\n"},
        });
        let expected = r#"{
  "lines": [33, 34, 35],
  "span": {"start": 2, "end": 76},
  "items": [
    "保育所の説明",
    "求人の提供"
  ],
  "parties": [
    {"name": "A市", "kind": "municipality"},
    {"name": "B", "kind": null}
  ],
  "empty": [],
  "none": {},
  "nested": {
    "lines": [],
    "text": "a\"b\n"
  }
}"#;
        assert_eq!(write(&value), expected);
    }

    #[test]
    fn without_records_it_is_serde_json_pretty() {
        // Only strings in arrays and containers in objects: nothing goes on one
        // line, and past the 64 spaces written in one piece (40 levels) too.
        let mut deep = serde_json::json!("deep");
        for i in 0..40 {
            deep = serde_json::json!({ format!("k{i}"): [deep, "x"] });
        }
        let value = serde_json::json!({"a": [["x", "y"], {"b": ["z"]}], "d": deep});
        assert_eq!(write(&value), serde_json::to_string_pretty(&value).unwrap());
    }

    #[test]
    fn the_seed_reads_back_as_written() {
        let file = "raw/000_c693df1a71a4b295.txt";
        let doc = extract_bytes(file, &std::fs::read(file).unwrap(), &Options::default()).unwrap();
        let json = to_json(&doc);
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, serde_json::to_value(&doc).unwrap());
        // Every provenance record is one line of the file.
        let records = doc.cases.iter().map(|c| c.provenance.len()).sum::<usize>();
        let lines = json
            .lines()
            .filter(|l| l.trim_start().starts_with("{\"line\": "))
            .count();
        assert_eq!(lines, records);
    }
}
