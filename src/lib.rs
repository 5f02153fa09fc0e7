//! # jirei — 雇用対策好事例 bulletins as data
//!
//! The pipeline, one module per stage; every stage keeps the source line number
//! of what it produces, so each value can be traced back to the file:
//!
//! 1. [`decode`] — bytes → text (BOM, UTF-8, Shift_JIS/CP932, EUC-JP, UTF-16).
//! 2. [`normalize`] — clean one line: NFKC, context-aware dashes, spacing.
//! 3. [`source`] — numbered lines keeping raw and cleaned text; [`page`] splits pages;
//!    [`matter`] tells the pages that are no case (cover, contents, dividers, an
//!    index of contacts), which are named in a note and produce no case.
//! 4. [`block`] — classify lines (banner, headings, party row, role and comment
//!    headers, contact, text) and group them into blocks.
//! 5. [`layout`] — recover the page's logical layout: title, captions, and which
//!    paragraphs are 課題・目的, 実施概要 or 効果.
//! 6. [`case`] — read the fields off the layout; [`metrics`] types the counted
//!    figures; [`party`] knows organisations and prefectures.
//! 7. [`model`] — the output document; [`extract`] runs the stages and serialises.
//!
//! Around the pipeline: [`batch`] runs many files, [`check`] compares a directory of
//! documents with what `extract` writes now, [`export`] turns documents into JSON
//! Lines, CSV or SQLite, and [`schema`] generates the documents' JSON Schema.

/// A regex compiled once, on first use (`regex!(r"…")` → `&'static Regex`).
#[doc(hidden)]
#[macro_export]
macro_rules! regex {
    ($re:expr) => {{
        static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        #[allow(clippy::regex_creation_in_loops)]
        RE.get_or_init(|| regex::Regex::new($re).expect("valid regex"))
    }};
}

pub mod batch;
pub mod block;
pub mod case;
pub mod check;
pub mod decode;
pub mod error;
pub mod export;
pub mod extract;
pub mod layout;
pub mod matter;
pub mod metrics;
pub mod model;
pub mod normalize;
pub mod page;
pub mod party;
pub mod schema;
pub mod source;

pub use error::Error;
pub use extract::{extract_bytes, to_json, Options};
pub use model::Document;
