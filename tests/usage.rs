//! The command line around the data: standard input, help examples, progress output.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

const RAW: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/raw/000_c693df1a71a4b295.txt");
const BIN: &str = env!("CARGO_BIN_EXE_jirei");

#[test]
fn extract_dash_reads_standard_input() {
    let mut child = Command::new(BIN)
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(RAW).unwrap())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();

    // The same document as from the file, named "-" (ids use the stem "-").
    let from_file = Command::new(BIN).args(["extract", RAW]).output().unwrap();
    assert!(from_file.status.success());
    let text = String::from_utf8(from_file.stdout).unwrap();
    let mut want: Value =
        serde_json::from_str(&text.replace("000_c693df1a71a4b295#", "-#")).unwrap();
    assert_eq!(want["cases"].as_array().unwrap().len(), 16);
    want["source"]["file"] = "-".into();
    for d in want["diagnostics"].as_array_mut().unwrap() {
        d["file"] = "-".into();
    }
    assert_eq!(got, want);
}

/// The subcommands listed by `jirei --help`.
fn subcommands() -> Vec<String> {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn every_subcommand_help_shows_an_example() {
    let subs = subcommands();
    for expected in ["extract", "check", "export", "schema"] {
        assert!(subs.iter().any(|s| s == expected), "{expected} in {subs:?}");
    }
    for sub in subs {
        let out = Command::new(BIN).args([&sub, "--help"]).output().unwrap();
        assert!(out.status.success());
        let help = String::from_utf8(out.stdout).unwrap();
        let example = help
            .split_once("Example")
            .map(|(_, rest)| rest)
            .unwrap_or_else(|| panic!("`jirei {sub} --help` has no example:\n{help}"));
        assert!(
            example.contains(&format!("jirei {sub} ")),
            "`jirei {sub} --help` example does not run jirei {sub}:\n{help}"
        );
    }
}

#[test]
fn a_batch_is_silent_on_stderr_when_it_is_not_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let raw = tmp.path().join("raw");
    std::fs::create_dir(&raw).unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        std::fs::copy(RAW, raw.join(name)).unwrap();
    }
    let out = Command::new(BIN)
        .arg("extract")
        .arg(&raw)
        .arg("-o")
        .arg(tmp.path().join("out"))
        .output()
        .unwrap();
    assert!(out.status.success());
    // The seed raises no warning, so stderr (a pipe) gets nothing: no progress bar.
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_dir(tmp.path().join("out")).unwrap().count(),
        3
    );
}

#[test]
fn a_batch_shows_a_progress_bar_on_a_terminal() {
    // `script` (util-linux) runs the command on a pseudo-terminal.
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("skipped: no /usr/bin/script to make a terminal");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let raw = tmp.path().join("raw");
    std::fs::create_dir(&raw).unwrap();
    for name in ["a.txt", "b.txt"] {
        std::fs::copy(RAW, raw.join(name)).unwrap();
    }
    let run = |quiet: &str| {
        let cmd = format!(
            "{BIN} extract {} -o {} {quiet}",
            raw.display(),
            tmp.path().join("out").display()
        );
        let out = Command::new(script)
            .args(["-qec", &cmd, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = run("");
    assert!(
        shown.contains("extracting") && shown.contains("/2 files"),
        "{shown:?}"
    );
    let quiet = run("--quiet");
    assert!(!quiet.contains("extracting"), "{quiet:?}");
}
