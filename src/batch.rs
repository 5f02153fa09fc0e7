//! Many bulletins at once: expand directories, extract in parallel, write atomically.
//!
//! One file is one task (rayon); each task reads its file, extracts, writes its
//! output and keeps only a small [`Outcome`], so memory stays bounded by the
//! largest files in flight, not by the archive. Results come back in input order,
//! so output and reports are identical whatever the thread count.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;
use crate::extract::{extract_bytes, stem_of, to_json_bytes, Options};
use crate::model::Diagnostic;

/// Expand the command-line paths: a directory means its `*.txt` files, sorted by name.
pub fn collect_inputs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
            continue;
        }
        out.extend(expand(p, "txt")?);
    }
    Ok(out)
}

/// A file as it is; a directory as its files ending in `.ext`, sorted by name.
pub fn expand(path: &Path, ext: &str) -> Result<Vec<PathBuf>, Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| Error::io(path, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| f.extension().is_some_and(|x| x == ext) && f.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// The name recorded in `source.file` for an input path.
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "-".to_string()
    } else {
        path.to_string_lossy().into_owned()
    }
}

/// Read an input: a file, or standard input for `-`.
pub fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Error::io("-", e))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| Error::io(path, e))
    }
}

/// Extract one input to a document.
///
/// A panic inside the extraction (a bug: none is known, the fuzzer looks for
/// them) becomes this input's [`Error::Internal`], so one bad file never takes
/// a batch down with it.
pub fn extract_path(path: &Path, opts: &Options) -> Result<crate::model::Document, Error> {
    let bytes = read_input(path)?;
    let name = display_name(path);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extract_bytes(&name, &bytes, opts)
    }))
    .unwrap_or_else(|payload| Err(Error::Internal(panic_message(payload.as_ref()))))
}

/// The message of a caught panic.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// What happened to one input of a batch.
#[derive(Debug)]
pub struct Outcome {
    /// The input as named on the command line.
    pub input: String,
    /// The output file written, if any.
    pub output: Option<PathBuf>,
    /// The document's warnings, or the error that stopped this input.
    pub result: Result<Vec<Diagnostic>, Error>,
}

/// The output path for an input inside `out_dir`: `<stem>.json`.
pub fn output_path(out_dir: &Path, input: &Path) -> PathBuf {
    out_dir.join(format!("{}.json", stem_of(&display_name(input))))
}

/// Extract every input into `out_dir`, in parallel, writing each output atomically.
/// Goes on past bad inputs; the outcomes are in input order.
pub fn extract_to_dir(inputs: &[PathBuf], out_dir: &Path, opts: &Options) -> Vec<Outcome> {
    extract_to_dir_with_progress(inputs, out_dir, opts, &|| {})
}

/// [`extract_to_dir`], calling `done` as each input finishes (for a progress bar).
pub fn extract_to_dir_with_progress(
    inputs: &[PathBuf],
    out_dir: &Path,
    opts: &Options,
    done: &(dyn Fn() + Sync),
) -> Vec<Outcome> {
    // Two inputs with one stem would race for one output: the first keeps it.
    let mut owner: HashMap<PathBuf, &Path> = HashMap::new();
    let clashes: Vec<Option<String>> = inputs
        .iter()
        .map(|input| {
            let first = *owner.entry(output_path(out_dir, input)).or_insert(input);
            (first != input.as_path()).then(|| display_name(first))
        })
        .collect();
    inputs
        .par_iter()
        .zip(clashes)
        .map(|(input, clash)| {
            let name = display_name(input);
            let target = output_path(out_dir, input);
            let result = match clash {
                Some(first) => Err(Error::SameOutput {
                    path: target.clone(),
                    first,
                }),
                None => extract_path(input, opts).and_then(|doc| {
                    write_replacing(&target, &to_json_bytes(&doc), false)?;
                    Ok(doc.diagnostics)
                }),
            };
            done();
            Outcome {
                input: name,
                output: result.is_ok().then_some(target),
                result,
            }
        })
        .collect()
}

/// Write `contents` to `path` through a temporary file in the same directory and a
/// rename, so a reader never sees a partial file; the data reach the disk first.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), Error> {
    write_replacing(path, contents, true)
}

/// [`write_atomic`], waiting for the disk (fsync) only when `sync`. A batch writes
/// its outputs without: a reader still never sees a partial file, but a power
/// cut may lose the latest outputs (run the batch again). An fsync per file
/// made a third of the wall time of a 2,000-file batch.
fn write_replacing(path: &Path, contents: &[u8], sync: bool) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".jirei-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    readable_by_all(tmp.path()).map_err(|e| Error::io(path, e))?;
    tmp.write_all(contents).map_err(|e| Error::io(path, e))?;
    if sync {
        tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Temporary files are created private (0600); an output is an ordinary file
/// that others may read (0644).
pub fn readable_by_all(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_expand_to_sorted_txt_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.txt", "a.txt", "notes.md"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let got = collect_inputs(&[dir.path().to_path_buf()]).unwrap();
        let names: Vec<_> = got
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["a.txt", "b.txt"]);
    }

    #[test]
    fn missing_path_is_an_error_naming_it() {
        let err = collect_inputs(&[PathBuf::from("/no/such/file.txt")]).unwrap_err();
        assert!(err.to_string().contains("/no/such/file.txt"), "{err}");
    }

    #[test]
    fn atomic_write_leaves_only_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        write_atomic(&target, b"{}\n").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"{}\n");
        let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(entries.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn outputs_are_readable_by_others() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        write_atomic(&target, b"{}\n").unwrap();
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644);
    }
}
