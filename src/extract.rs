//! The whole pipeline for one input: bytes → [`Document`].
//!
//! ```
//! let text = "研修会を共同開催\n国と地方自治体の連携による雇用対策好事例\n【目的】\n就職促進を図る。\n";
//! let doc = jirei::extract::extract_bytes("bulletin.txt", text.as_bytes(), &Default::default()).unwrap();
//! assert_eq!(doc.cases.len(), 1);
//! assert_eq!(doc.cases[0].sections.purpose.as_ref().unwrap().text, "就職促進を図る。");
//! ```

use std::path::Path;

use encoding_rs::Encoding;
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::model::{Diagnostic, Document, Field, Level, Source, SCHEMA_VERSION};
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
pub fn extract_bytes(file: &str, bytes: &[u8], opts: &Options) -> Result<Document, Error> {
    let decoded = decode::decode(bytes, opts.encoding)?;
    let lines = source::lines(&decoded.text);
    let pages = page::split(&lines);
    if pages.is_empty() {
        return Err(Error::NoCases);
    }
    let stem = stem_of(file);
    let mut diagnostics = Vec::new();
    let warn = |diags: &mut Vec<Diagnostic>, code: &str, line: usize, message: String| {
        diags.push(Diagnostic {
            level: Level::Warning,
            code: code.to_string(),
            file: file.to_string(),
            line,
            message,
        });
    };
    for &line in &decoded.malformed_lines {
        warn(
            &mut diagnostics,
            "malformed-bytes",
            line,
            format!(
                "bytes that are not valid {} were replaced by U+FFFD",
                decoded.encoding
            ),
        );
    }
    let mut cases = Vec::with_capacity(pages.len());
    for p in &pages {
        let first = p.lines.first().map_or(0, |l| l.number);
        let last = p.lines.last().map_or(0, |l| l.number);
        let banners = p.banners();
        match banners.len() {
            0 => warn(
                &mut diagnostics,
                "no-banner",
                first,
                format!("page {} (lines {first}-{last}) has no banner", p.number),
            ),
            1 => {}
            n => warn(
                &mut diagnostics,
                "several-banners",
                banners[1],
                format!("page {} (lines {first}-{last}) has {n} banners", p.number),
            ),
        }
        let blocks = block::group(block::classify(p));
        let layout = layout::recover(blocks);
        if layout.headings.is_empty() {
            warn(
                &mut diagnostics,
                "no-headings",
                first,
                format!(
                    "page {} (lines {first}-{last}) has no section headings",
                    p.number
                ),
            );
        }
        let c = case::build(&stem, p, &layout);
        for prov in c.provenance.iter().filter(|p| p.field == Field::Unassigned) {
            warn(
                &mut diagnostics,
                "unassigned-line",
                prov.line,
                format!("line fits no field: {}", prov.raw),
            );
        }
        cases.push(c);
    }
    let line_count = source::line_slices(&decoded.text).count();
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

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Serialise a document: pretty-printed, Japanese unescaped, final newline.
pub fn to_json(doc: &Document) -> String {
    let mut s = serde_json::to_string_pretty(doc).expect("documents always serialise");
    s.push('\n');
    s
}
