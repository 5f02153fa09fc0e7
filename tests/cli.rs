//! The `jirei extract` command as a user runs it: exit codes, one-line errors,
//! batches that go on past bad files, atomic outputs, `--strict`, and output
//! that is byte-identical across runs, thread counts and input orders.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{seed, SEED};

fn jirei() -> Command {
    Command::new(env!("CARGO_BIN_EXE_jirei"))
}

fn run(args: &[&str]) -> Output {
    jirei().args(args).output().expect("runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit 2 and exactly one line on stderr, an error naming `name` — and no panic.
fn assert_one_line_error(out: &Output, name: &str, reason: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "one line on stderr, got: {err}");
    assert!(lines[0].starts_with("jirei: error: "), "{err}");
    assert!(lines[0].contains(name), "names {name}: {err}");
    assert!(lines[0].contains(reason), "says {reason}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A directory's files and their bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

/// A page of the template with everything a case needs.
const PAGE: &str = "研修会を共同開催\n\n国と地方自治体の連携による雇用対策好事例\n\n【課題・目的】\n就職促進を図る。\n";

#[test]
fn bad_usage_exits_2() {
    for args in [
        &[][..],
        &["extract"][..],
        &["extract", "--no-such-flag", SEED][..],
        &["no-such-command"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    let out = run(&["extract", "--encoding", "klingon", SEED]);
    assert_one_line_error(&out, "klingon", "unknown encoding");
    assert!(out.stdout.is_empty());
}

#[test]
fn each_bad_input_exits_2_with_one_line_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_string_lossy().into_owned()
    };
    let missing = dir.path().join("missing.txt");
    let cases: Vec<(String, &str)> = vec![
        (missing.to_string_lossy().into_owned(), "No such file"),
        (
            dir.path()
                .join("seed-is-no-dir/x.txt")
                .to_string_lossy()
                .into_owned(),
            "No such file",
        ),
        (
            write("binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            "not a text file",
        ),
        (
            write("controls.txt", &(1u8..=255).collect::<Vec<_>>()),
            "not a text file",
        ),
        (write("empty.txt", b""), "no cases"),
        (write("blank.txt", b"\n \n\t\n\r\n"), "no cases"),
        (
            write(
                "prose.txt",
                "これは好事例集ではない普通の文章です。\n".as_bytes(),
            ),
            "no cases",
        ),
        (
            write(
                "utf16-no-bom.txt",
                &PAGE
                    .encode_utf16()
                    .flat_map(|u| u.to_le_bytes())
                    .collect::<Vec<_>>(),
            ),
            "--encoding utf-16le",
        ),
    ];
    for (path, reason) in &cases {
        let out = run(&["extract", path]);
        assert_one_line_error(&out, path, reason);
        assert!(out.stdout.is_empty(), "{path}: no partial output");
    }
    // The same through standard input.
    let out = jirei()
        .args(["extract", "-"])
        .stdin(std::fs::File::open(dir.path().join("binary.txt")).unwrap())
        .output()
        .unwrap();
    assert_one_line_error(&out, "-", "not a text file");
}

#[test]
fn an_unreadable_file_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("locked.txt");
    std::fs::write(&p, PAGE).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        // Running as root: permissions do not stop reading. Nothing to test here.
        return;
    }
    let out = run(&["extract", p.to_str().unwrap()]);
    assert_one_line_error(&out, "locked.txt", "Permission denied");
}

#[test]
fn standard_input_and_a_good_file_exit_0() {
    let out = jirei()
        .args(["extract", "-"])
        .stdin(std::fs::File::open(SEED).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: jirei::Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.source.file, "-");
    assert_eq!(doc.cases.len(), 16);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn a_batch_goes_on_past_bad_files_and_leaves_no_stray_file() {
    let raw = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let text = seed();
    std::fs::write(raw.path().join("a.txt"), &text).unwrap();
    std::fs::write(raw.path().join("b_bad.txt"), b"\0\0\0\xff binary").unwrap();
    std::fs::write(raw.path().join("c.txt"), PAGE).unwrap();
    std::fs::write(raw.path().join("d_empty.txt"), b"").unwrap();
    let missing = raw.path().join("nowhere/e.txt");
    let out = run(&[
        "extract",
        raw.path().to_str().unwrap(),
        missing.to_str().unwrap(),
        "-o",
        out_dir.path().to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 3, "one line per failure: {err}");
    assert!(errors.iter().any(|l| l.contains("b_bad.txt")));
    assert!(errors.iter().any(|l| l.contains("d_empty.txt")));
    assert!(errors.iter().any(|l| l.contains("nowhere/e.txt")));
    // Exactly the good outputs, complete, and nothing else (no temporary file).
    let written = files(out_dir.path());
    assert_eq!(
        written.keys().cloned().collect::<Vec<_>>(),
        vec!["a.json", "c.json"]
    );
    for (name, bytes) in &written {
        let doc: jirei::Document = serde_json::from_slice(bytes).expect("complete JSON");
        assert!(!doc.cases.is_empty(), "{name}");
    }
    let a: jirei::Document = serde_json::from_slice(&written["a.json"]).unwrap();
    assert_eq!(a.cases.len(), 16);
}

#[test]
fn a_bad_file_does_not_replace_an_earlier_good_output() {
    // A rerun where the input has gone bad: the error is reported, and the old
    // output stays whole (never truncated or half-written).
    let raw = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let input = raw.path().join("x.txt");
    std::fs::write(&input, PAGE).unwrap();
    let args = [
        "extract",
        input.to_str().unwrap(),
        "-o",
        out_dir.path().to_str().unwrap(),
    ];
    assert_eq!(run(&args).status.code(), Some(0));
    let before = files(out_dir.path());
    std::fs::write(&input, b"\0garbage").unwrap();
    let out = run(&args);
    assert_one_line_error(&out, "x.txt", "not a text file");
    assert_eq!(files(out_dir.path()), before);
}

#[test]
fn a_killed_batch_leaves_no_partial_json() {
    let raw = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let text = seed();
    for i in 0..60 {
        std::fs::write(raw.path().join(format!("b{i:02}.txt")), &text).unwrap();
    }
    let mut child = jirei()
        .args(["extract", raw.path().to_str().unwrap(), "-o"])
        .arg(out_dir.path())
        .arg("--quiet")
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = child.kill();
    child.wait().unwrap();
    // Whatever was written when the kill came is whole; a temporary file may be
    // left behind, never a truncated document under its final name.
    for (name, bytes) in files(out_dir.path()) {
        if name.ends_with(".json") {
            let doc: jirei::Document =
                serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{name} is partial: {e}"));
            assert_eq!(doc.cases.len(), 16);
        } else {
            assert!(
                name.starts_with(".jirei-") && name.ends_with(".tmp"),
                "{name}"
            );
        }
    }
}

#[test]
fn two_inputs_with_one_stem_do_not_race_for_one_output() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    std::fs::write(a.path().join("same.txt"), PAGE).unwrap();
    std::fs::write(b.path().join("same.txt"), seed()).unwrap();
    let first = a.path().join("same.txt");
    let second = b.path().join("same.txt");
    let out = run(&[
        "extract",
        first.to_str().unwrap(),
        second.to_str().unwrap(),
        "-o",
        out_dir.path().to_str().unwrap(),
    ]);
    assert_one_line_error(&out, second.to_str().unwrap(), "already the output of");
    let doc: jirei::Document =
        serde_json::from_slice(&std::fs::read(out_dir.path().join("same.json")).unwrap()).unwrap();
    assert_eq!(
        doc.source.file,
        first.to_str().unwrap(),
        "the first input keeps it"
    );
}

#[test]
fn warnings_go_to_stderr_and_strict_makes_them_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    // Two pages; the second has no banner (line 9) and no heading.
    let text = format!("{PAGE}\n\n\n後日、参加者への追跡調査を行った。\n");
    let p = dir.path().join("odd.txt");
    std::fs::write(&p, text).unwrap();
    let path = p.to_str().unwrap();
    let out = run(&["extract", path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.starts_with(&format!("{path}:10: warning: page 2"))
                && l.contains("no banner")),
        "{err}"
    );
    let doc: jirei::Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.cases.len(), 2);
    assert!(doc.diagnostics.iter().any(|d| d.code == "no-banner"));

    let out = run(&["extract", "--strict", path]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["extract", "--strict", "--quiet", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).is_empty(), "--quiet: {}", stderr(&out));
    // The seed has no warning: --strict passes.
    let out = run(&["extract", "--strict", SEED]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn undecodable_bytes_are_a_warning_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed();
    // A byte that is never UTF-8, in line 54.
    let at: usize = text
        .split_inclusive('\n')
        .take(53)
        .map(str::len)
        .sum::<usize>()
        + 3;
    let mut bytes = text.into_bytes();
    bytes.insert(at, 0xFF);
    let p = dir.path().join("damaged.txt");
    std::fs::write(&p, bytes).unwrap();
    let path = p.to_str().unwrap();
    let out = run(&["extract", path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out).trim_end(),
        format!("{path}:54: warning: bytes that are not valid UTF-8 were replaced by U+FFFD")
    );
    let doc: jirei::Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.source.encoding, "UTF-8");
    assert_eq!(run(&["extract", "--strict", path]).status.code(), Some(2));
}

/// Run `jirei extract` over `inputs` into a fresh directory with `threads` threads.
fn batch_output(inputs: &[PathBuf], threads: usize) -> BTreeMap<String, Vec<u8>> {
    let out_dir = tempfile::tempdir().unwrap();
    let out = jirei()
        .arg("extract")
        .args(inputs)
        .arg("-o")
        .arg(out_dir.path())
        .arg("--quiet")
        .env("RAYON_NUM_THREADS", threads.to_string())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    files(out_dir.path())
}

#[test]
fn output_is_identical_across_runs_threads_and_input_orders() {
    let raw = tempfile::tempdir().unwrap();
    let text = seed();
    let squeezed = common::squeezed(&text);
    let variants = [
        ("p1.txt", text.clone()),
        ("p2.txt", text.replace('\n', "\r\n")),
        ("p3.txt", squeezed),
        ("p4.txt", format!("{text}{text}")),
        ("p5.txt", PAGE.to_string()),
        ("p6.txt", common::with_form_feeds(&text, false)),
    ];
    let mut inputs = Vec::new();
    for (name, body) in &variants {
        let p = raw.path().join(name);
        std::fs::write(&p, body).unwrap();
        inputs.push(p);
    }
    let one = batch_output(&inputs, 1);
    assert_eq!(one.len(), variants.len());
    let four = batch_output(&inputs, 4);
    assert_eq!(one, four, "1 thread vs 4 threads");
    let mut reversed = inputs.clone();
    reversed.reverse();
    assert_eq!(one, batch_output(&reversed, 4), "input order");
    assert_eq!(one, batch_output(&inputs, 4), "a second run");
    // One document on stdout: the same bytes as the file written with -o.
    let out = jirei()
        .args(["extract", inputs[0].to_str().unwrap()])
        .env("RAYON_NUM_THREADS", "3")
        .output()
        .unwrap();
    assert_eq!(out.stdout, one["p1.json"]);
}

/// `jirei … | head`: the reader closing the pipe early ends the run quietly.
#[test]
fn a_reader_closing_the_pipe_early_is_no_error() {
    use std::io::Read;
    use std::process::Stdio;
    // The seed's document (164 KB) and its JSON Lines are far larger than a
    // pipe's buffer: jirei is still writing when the pipe closes.
    let extracted = tempfile::tempdir().unwrap();
    let out = extracted.path().to_str().unwrap().to_string();
    assert!(run(&["extract", SEED, "-o", &out, "-q"]).status.success());
    for args in [
        vec!["extract", SEED],
        vec!["export", "--format", "jsonl", &out, "-o", "-"],
    ] {
        let mut child = jirei()
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // stdout dropped here: the pipe is closed with most of the output unread.
        let done = child.wait_with_output().unwrap();
        assert_eq!(first[0], b'{', "{args:?}");
        assert!(done.status.success(), "{args:?}: {}", stderr(&done));
        assert_eq!(stderr(&done), "", "{args:?}");
    }
}

#[test]
fn an_output_path_that_is_a_file_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("documents");
    std::fs::write(&file, "not a directory").unwrap();
    let out = run(&["extract", SEED, "-o", file.to_str().unwrap()]);
    assert_one_line_error(&out, "documents", "not a directory");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a directory");
}
