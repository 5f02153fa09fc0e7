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
