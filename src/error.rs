//! Typed errors of the library. The binary wraps them with `anyhow`.

use std::path::PathBuf;

/// Why an input could not be turned into a document.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The bytes are not text in any encoding we read.
    #[error("not a text file: {reason}")]
    NotText {
        /// What gave it away.
        reason: String,
    },
    /// The text holds no case at all.
    #[error("no cases found: the file has no non-blank lines")]
    NoCases,
    /// The text has lines but none of its pages looks like a bulletin page.
    #[error(
        "no cases found: no page has the banner 「{}」 or a section heading",
        crate::page::BANNER
    )]
    NotABulletin,
    /// Every page is one that is no case (cover, contents, divider, index of contacts).
    #[error("no cases found: the file holds no case page, only {0}")]
    NoCasePage(String),
    /// A bug in jirei stopped the extraction of this input (caught, reported, never a crash).
    #[error("internal error (a bug in jirei, please report it): {0}")]
    Internal(String),
    /// Two inputs of a batch have the same stem, so one output file.
    #[error("{path} is already the output of {first}: give the inputs different names")]
    SameOutput {
        /// The output both would write.
        path: PathBuf,
        /// The input that keeps it.
        first: String,
    },
    /// The named encoding is unknown.
    #[error("unknown encoding '{0}'")]
    UnknownEncoding(String),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A document could not be serialised or parsed.
    #[error("{path}: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The JSON error.
        #[source]
        source: serde_json::Error,
    },
    /// A document to export has another `schema_version` than this jirei reads.
    #[error(
        "{path}: schema_version \"{found}\", but this jirei reads {}",
        crate::model::READABLE_VERSIONS.map(|v| format!("\"{v}\"")).join(", ")
    )]
    SchemaVersion {
        /// The document.
        path: PathBuf,
        /// Its `schema_version`.
        found: String,
    },
    /// Two documents to export hold a case with the same id.
    #[error("{path}: case id '{id}' is also in {first}")]
    DuplicateCase {
        /// The case id.
        id: String,
        /// The document read second.
        path: PathBuf,
        /// The document read first.
        first: PathBuf,
    },
    /// The inputs of an export hold no JSON document.
    #[error("no JSON documents (*.json) in the inputs")]
    NoDocuments,
    /// Building the SQLite database failed.
    #[error("{path}: sqlite: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// The SQLite error.
        #[source]
        source: rusqlite::Error,
    },
    /// Writing a CSV table failed.
    #[error("{path}: csv: {source}")]
    Csv {
        /// The table file.
        path: PathBuf,
        /// The CSV error.
        #[source]
        source: csv::Error,
    },
}

impl Error {
    /// Wrap an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
