//! The output document: what downstream tools read.
//!
//! These types are the contract of `schema_version` [`SCHEMA_VERSION`]. Field names
//! are stable; new fields may be added, renaming or removing one bumps the version.
//! The JSON Schema in `schema/jirei.schema.json` is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the output contract written into every document.
pub const SCHEMA_VERSION: &str = "2";

/// Versions whose documents read as these types: "2" only added the provenance
/// field `footer` and the diagnostic level `note` to "1", so `export` takes
/// documents written by earlier releases too.
pub const READABLE_VERSIONS: [&str; 2] = ["1", SCHEMA_VERSION];

/// One extracted bulletin: its source, its cases and what the extractor noticed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Version of this output contract ("2").
    pub schema_version: String,
    /// The file the document was extracted from.
    pub source: Source,
    /// One case per case page of the bulletin, in page order (pages that are no
    /// case — cover, contents, dividers, an index of contacts — are named by a
    /// `not-a-case` note in `diagnostics`).
    pub cases: Vec<Case>,
    /// Warnings and notes about the input, each naming a line.
    pub diagnostics: Vec<Diagnostic>,
}

/// Identity of the input file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Path as given on the command line (`-` for standard input).
    pub file: String,
    /// Character encoding used to decode the file (an encoding_rs name such as `UTF-8`, `Shift_JIS`).
    pub encoding: String,
    /// SHA-256 of the raw bytes, lowercase hex.
    pub sha256: String,
    /// Size of the file in bytes.
    pub bytes: u64,
    /// Number of lines in the file.
    pub lines: usize,
}

/// One good-practice case: one page of the bulletin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// `<file stem>#<page>`, unique within an archive.
    pub id: String,
    /// Physical page number in the file, from 1: every page counts, the ones
    /// that are no case too, so a case keeps its page and id whichever other
    /// pages are recognised as cover or contents.
    pub page: usize,
    /// First and last non-blank line of the page.
    pub lines: LineRange,
    /// The headline, wrapped lines joined. Null when the page has none.
    pub title: Option<String>,
    /// The case's prefecture (from the parties, else from the contact).
    pub prefecture: Option<String>,
    /// The organisations of the party row, in printed order.
    pub parties: Vec<Party>,
    /// The headed sections; a section the page lacks is null.
    pub sections: Sections,
    /// 役割分担: one entry per organisation block.
    pub roles: Vec<Role>,
    /// Comment boxes (＜…コメント＞).
    pub comments: Vec<Comment>,
    /// The contact line (≪照会先≫).
    pub contact: Option<Contact>,
    /// Counted figures (participants, employed, …) found in the sections and roles.
    pub metrics: Vec<Metric>,
    /// Photo captions, mascot names and diagram words.
    pub captions: Vec<Caption>,
    /// Every non-blank line of the page, once, with the field it went to.
    pub provenance: Vec<Provenance>,
}

/// An inclusive range of 1-based line numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LineRange {
    /// First line.
    pub start: usize,
    /// Last line.
    pub end: usize,
}

/// An organisation of the party row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Name as printed (normalised).
    pub name: String,
    /// What kind of organisation it is.
    pub kind: PartyKind,
}

/// Kinds of party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// A prefecture (県, 都, 府, 道).
    Prefecture,
    /// A city, ward, town or village.
    Municipality,
    /// A prefectural labour bureau (労働局) itself.
    LabourBureau,
    /// A Hello Work office or corner (ハローワーク, マザーズ…).
    HelloWork,
    /// Anything else: chambers of commerce, libraries, associations.
    Other,
}

/// The three prose sections of a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    /// 課題・目的 / 目的.
    pub purpose: Option<Section>,
    /// 実施概要.
    pub overview: Option<Section>,
    /// 効果 / 結果.
    pub effect: Option<Section>,
}

impl Sections {
    /// The section under its JSON key: `purpose`, `overview` or `effect`.
    ///
    /// ```
    /// # let doc = jirei::extract_bytes("a.txt", "【目的】\n就職促進を図る。".as_bytes(), &Default::default()).unwrap();
    /// let purpose = doc.cases[0].sections.get("purpose").unwrap();
    /// assert_eq!(purpose.text, "就職促進を図る。");
    /// assert!(doc.cases[0].sections.get("roles").is_none());
    /// ```
    pub fn get(&self, key: &str) -> Option<&Section> {
        match key {
            "purpose" => self.purpose.as_ref(),
            "overview" => self.overview.as_ref(),
            "effect" => self.effect.as_ref(),
            _ => None,
        }
    }
}

/// A headed section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading as printed (normalised), without 【】; null when the page has content
    /// for this section but no heading.
    pub heading: Option<String>,
    /// Cleaned text; paragraphs separated by `\n`.
    pub text: String,
    /// Source lines of the text, ascending.
    pub lines: Vec<usize>,
}

/// One organisation's block of 役割分担.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The organisation; several names of one block are joined by `・`.
    pub org: String,
    /// The items of the block, without their bullet marks.
    pub items: Vec<String>,
    /// Source lines of the block, header included.
    pub lines: Vec<usize>,
}

/// A comment box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Who speaks: the box label without コメント and a trailing の.
    pub speaker: String,
    /// Cleaned text; paragraphs separated by `\n`.
    pub text: String,
    /// Source lines, header included.
    pub lines: Vec<usize>,
}

/// The contact line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The bureau or department.
    pub org: Option<String>,
    /// Phone number, ASCII digits and hyphens.
    pub phone: Option<String>,
    /// Web address as printed (ASCII).
    pub url: Option<String>,
    /// Source line.
    pub line: usize,
}

/// A counted figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// The noun counted, as printed nearby (参加者数, 就職者…).
    pub label: String,
    /// The number.
    pub value: u64,
    /// The counter as printed (名, 人, 社, 組, 件, 世帯).
    pub unit: String,
    /// What the figure counts.
    pub category: MetricCategory,
    /// Session or sub-count context (第1回, うち託児希望), if any.
    pub qualifier: Option<String>,
    /// Fiscal year stated with the figure (平成25年度 → 2013).
    pub fiscal_year: Option<i32>,
    /// Source line.
    pub line: usize,
    /// The cleaned source line the figure was read from.
    pub text: String,
}

/// Categories of metric, as the annotation guide defines them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MetricCategory {
    /// Attended or took part.
    Participants,
    /// Applied or wished to attend.
    Applicants,
    /// Found work.
    Employed,
    /// Employers taking part.
    Companies,
    /// Children cared for or attending.
    Children,
    /// Job offers.
    JobOpenings,
    /// A figure stated as a goal.
    Target,
    /// Any other count.
    Other,
}

/// A caption: photo caption, mascot name or diagram words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Caption {
    /// Cleaned text.
    pub text: String,
    /// Source line (the first, for a caption wrapped over lines).
    pub line: usize,
}

/// Where one source line went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// Source line.
    pub line: usize,
    /// The field it belongs to.
    pub field: Field,
    /// The line as it stands in the file (trailing blanks removed).
    pub raw: String,
}

/// The fields a line can belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The headline.
    Title,
    /// The running header 国と地方自治体の連携による雇用対策好事例.
    Banner,
    /// The party row.
    Parties,
    /// A section heading line.
    Heading,
    /// 課題・目的 content.
    Purpose,
    /// 実施概要 content.
    Overview,
    /// 役割分担 blocks.
    Roles,
    /// 効果 content.
    Effect,
    /// A comment box.
    Comment,
    /// The contact line.
    Contact,
    /// A caption.
    Caption,
    /// A page number or footer (`- 3 -`, `P.3`, a lone `3` at the page's edge):
    /// running matter like the banner, part of no field.
    Footer,
    /// A line the extractor could not place (raises a warning).
    Unassigned,
}

/// Something the extractor noticed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    /// Severity.
    pub level: Level,
    /// Stable machine-readable code, e.g. `unassigned-line`.
    pub code: String,
    /// The input file.
    pub file: String,
    /// The line it is about (0 when it is about the whole file).
    pub line: usize,
    /// Human-readable explanation.
    pub message: String,
}

/// Severity of a diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The output is usable but may be incomplete at that line.
    Warning,
    /// Information only: the input was read as intended, and this says how
    /// (`not-a-case`: a cover, contents, divider or index page produced no case).
    /// `--strict` does not fail on notes.
    Note,
}
