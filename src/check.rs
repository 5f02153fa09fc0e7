//! `jirei check`: is a directory of extracted documents exactly what `extract` writes now?
//!
//! Every `*.txt` of the raw directory is extracted in memory (in parallel) and compared
//! byte for byte with `<stem>.json` of the extracted directory; files there that no
//! input would produce are orphans. Nothing is written.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::batch::{collect_inputs, display_name, extract_path, output_path};
use crate::error::Error;
use crate::extract::{to_json_bytes, Options};

/// How one file of the extracted directory differs from what `extract` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The file exists but its contents differ, from this 1-based line on.
    Stale {
        /// First line that differs.
        line: usize,
    },
    /// `extract` would write the file but it does not exist.
    Missing {
        /// The raw input it comes from.
        input: String,
    },
    /// The file exists but no raw input produces it.
    Orphaned,
}

/// One out-of-date file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file in the extracted directory.
    pub file: PathBuf,
    /// What is wrong with it.
    pub status: Status,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display();
        match &self.status {
            Status::Stale { line } => write!(f, "stale: {file} (differs from line {line})"),
            Status::Missing { input } => write!(f, "missing: {file} (from {input})"),
            Status::Orphaned => write!(f, "orphaned: {file} (no raw input produces it)"),
        }
    }
}

/// The result of a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Number of raw inputs checked.
    pub inputs: usize,
    /// Out-of-date files, sorted by file name.
    pub findings: Vec<Finding>,
    /// Inputs that could not be extracted (as `extract` would report them), in input order.
    pub errors: Vec<(String, Error)>,
}

impl Report {
    /// True when the extracted directory is exactly what `extract` writes.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty() && self.errors.is_empty()
    }
}

/// Compare `extracted` with what `extract raw -o extracted` would write now.
/// `done` is called as each input is checked (for a progress bar). Files whose
/// name starts with `.` are ignored; a missing `extracted` directory makes every
/// file missing.
pub fn check(
    raw: &Path,
    extracted: &Path,
    opts: &Options,
    done: &(dyn Fn() + Sync),
) -> Result<Report, Error> {
    let inputs = collect_inputs(&[raw.to_path_buf()])?;
    let results: Vec<Result<Option<Finding>, (String, Error)>> = inputs
        .par_iter()
        .map(|input| {
            let r = compare(input, extracted, opts);
            done();
            r
        })
        .collect();
    let mut report = Report {
        inputs: inputs.len(),
        ..Report::default()
    };
    for r in results {
        match r {
            Ok(Some(finding)) => report.findings.push(finding),
            Ok(None) => {}
            Err(e) => report.errors.push(e),
        }
    }
    let expected: BTreeSet<PathBuf> = inputs.iter().map(|i| output_path(extracted, i)).collect();
    for file in existing_files(extracted)? {
        if !expected.contains(&file) {
            report.findings.push(Finding {
                file,
                status: Status::Orphaned,
            });
        }
    }
    report.findings.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(report)
}

/// Extract one input and compare it with its file; an extraction error names the input.
fn compare(
    input: &Path,
    extracted: &Path,
    opts: &Options,
) -> Result<Option<Finding>, (String, Error)> {
    let name = display_name(input);
    let target = output_path(extracted, input);
    let want = extract_path(input, opts)
        .map(|doc| to_json_bytes(&doc))
        .map_err(|e| (name.clone(), e))?;
    let have = match std::fs::read(&target) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Some(Finding {
                file: target,
                status: Status::Missing { input: name },
            }))
        }
        Err(e) => return Err((name, Error::io(&target, e))),
    };
    Ok((have != want).then(|| Finding {
        status: Status::Stale {
            line: first_differing_line(&have, &want),
        },
        file: target,
    }))
}

/// The regular, non-hidden files of `dir` (none when it does not exist).
fn existing_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if !hidden && entry.path().is_file() {
            files.push(entry.path());
        }
    }
    Ok(files)
}

/// 1-based number of the first line where `a` and `b` differ.
fn first_differing_line(a: &[u8], b: &[u8]) -> usize {
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    1 + a[..common].iter().filter(|&&c| c == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_differing_line_counts_from_one() {
        assert_eq!(first_differing_line(b"a\nb\nc\n", b"a\nb\nc\n!"), 4);
        assert_eq!(first_differing_line(b"a\nb\n", b"a\nx\n"), 2);
        assert_eq!(first_differing_line(b"x", b"y"), 1);
    }

    #[test]
    fn findings_name_the_file() {
        let f = Finding {
            file: PathBuf::from("out/a.json"),
            status: Status::Stale { line: 3 },
        };
        assert_eq!(f.to_string(), "stale: out/a.json (differs from line 3)");
    }
}
