//! `jirei check RAW EXTRACTED`: catches stale, missing and orphaned files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jirei::check::{check, Status};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/raw/000_c693df1a71a4b295.txt");

fn jirei(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jirei"))
        .args(args)
        .output()
        .expect("jirei runs")
}

/// A raw directory with two bulletins (a.txt, b.txt) and their fresh extraction.
fn fixture() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let raw = tmp.path().join("raw");
    let out = tmp.path().join("extracted");
    std::fs::create_dir(&raw).unwrap();
    std::fs::copy(SEED, raw.join("a.txt")).unwrap();
    std::fs::copy(SEED, raw.join("b.txt")).unwrap();
    let o = jirei(&[
        Path::new("extract"),
        &raw,
        Path::new("-o"),
        &out,
        Path::new("--quiet"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (tmp, raw, out)
}

fn statuses(raw: &Path, out: &Path) -> Vec<(String, Status)> {
    let report = check(raw, out, &Default::default(), &|| {}).unwrap();
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.inputs, 2);
    report
        .findings
        .into_iter()
        .map(|f| {
            let name = f.file.file_name().unwrap().to_string_lossy().into_owned();
            (name, f.status)
        })
        .collect()
}

#[test]
fn a_fresh_extraction_is_up_to_date() {
    let (_tmp, raw, out) = fixture();
    assert_eq!(statuses(&raw, &out), vec![]);
    let o = jirei(&[Path::new("check"), &raw, &out]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
}

#[test]
fn check_catches_a_stale_file() {
    let (_tmp, raw, out) = fixture();
    let file = out.join("a.json");
    let text = std::fs::read_to_string(&file).unwrap();
    // Change one value on line 3 (`"source": {"file": …}`) and nothing else.
    let edited = text.replacen("\"file\": \"", "\"file\": \"old/", 1);
    assert_ne!(edited, text);
    std::fs::write(&file, edited).unwrap();
    assert_eq!(
        statuses(&raw, &out),
        vec![("a.json".to_string(), Status::Stale { line: 3 })]
    );
}

#[test]
fn check_catches_a_missing_file() {
    let (_tmp, raw, out) = fixture();
    std::fs::remove_file(out.join("b.json")).unwrap();
    let found = statuses(&raw, &out);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "b.json");
    assert!(
        matches!(&found[0].1, Status::Missing { input } if input.ends_with("b.txt")),
        "{found:?}"
    );
}

#[test]
fn check_catches_an_orphaned_file() {
    let (_tmp, raw, out) = fixture();
    std::fs::copy(out.join("a.json"), out.join("old.json")).unwrap();
    std::fs::write(out.join(".gitkeep"), "").unwrap(); // hidden files are ignored
    assert_eq!(
        statuses(&raw, &out),
        vec![("old.json".to_string(), Status::Orphaned)]
    );
}

#[test]
fn the_command_lists_each_problem_and_exits_1() {
    let (_tmp, raw, out) = fixture();
    std::fs::write(out.join("a.json"), "{}\n").unwrap();
    std::fs::remove_file(out.join("b.json")).unwrap();
    std::fs::write(out.join("c.json"), "{}\n").unwrap();
    let o = jirei(&[Path::new("check"), &raw, &out]);
    assert_eq!(o.status.code(), Some(1));
    let stdout = String::from_utf8(o.stdout).unwrap();
    let a = out.join("a.json");
    let b = out.join("b.json");
    let c = out.join("c.json");
    let expected = format!(
        "stale: {} (differs from line 1)\nmissing: {} (from {})\norphaned: {} (no raw input produces it)\n",
        a.display(),
        b.display(),
        raw.join("b.txt").display(),
        c.display()
    );
    assert_eq!(stdout, expected);
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("3 of the files"), "{stderr}");
    assert!(stderr.contains("jirei extract"), "{stderr}");
}

#[test]
fn an_input_that_cannot_be_extracted_exits_2() {
    let (_tmp, raw, out) = fixture();
    std::fs::write(raw.join("broken.txt"), [0u8, 159, 146, 150, 0, 0, 1, 2]).unwrap();
    let o = jirei(&[Path::new("check"), &raw, &out]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("broken.txt"), "{stderr}");
}

#[test]
fn a_missing_raw_directory_exits_2_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let raw = tmp.path().join("nope");
    let o = jirei(&[Path::new("check"), &raw, tmp.path()]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("nope"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
