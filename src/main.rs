//! The `jirei` command: argument parsing and reporting around the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use jirei::batch;
use jirei::export::{self, Format};
use jirei::model::{Diagnostic, Level};
use jirei::Options;

// Many small strings per line: mimalloc (v2: no eager arena commit at start-up,
// which cost a single-file run 3–4 ms) takes 15–25% off a batch.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn 雇用対策好事例 bulletins (PDF converted to text) into structured JSON.
#[derive(Parser)]
#[command(name = "jirei", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the cases of bulletins as JSON documents.
    #[command(
        after_help = "Examples:\n  jirei extract raw/000_c693df1a71a4b295.txt > case.json\n  jirei extract raw -o extracted\n  cat bulletin.txt | jirei extract -"
    )]
    Extract(ExtractArgs),
    /// Check that a directory of documents is exactly what `extract` writes now.
    #[command(
        after_help = "Exit codes: 0 up to date; 1 some file is stale, missing or orphaned (each is listed); 2 error.\n\nExample:\n  jirei check raw extracted    # as CI does; fix with: jirei extract raw -o extracted"
    )]
    Check(CheckArgs),
    /// Export documents as JSON Lines, CSV tables or one SQLite database.
    #[command(
        after_help = "Examples:\n  jirei export --format jsonl extracted -o cases.jsonl\n  jirei export --format jsonl extracted -o - | jq -r .title\n  jirei export --format csv extracted -o tables    # tables/cases.csv, parties.csv, roles.csv, comments.csv, metrics.csv\n  jirei export --format sqlite extracted -o jirei.sqlite"
    )]
    Export(ExportArgs),
    /// Print the JSON Schema of the output documents.
    #[command(after_help = "Example:\n  jirei schema > schema/jirei.schema.json")]
    Schema,
}

#[derive(Args)]
struct ExtractArgs {
    /// Bulletin text files, directories of *.txt files, or - for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write <stem>.json for each input into this directory instead of printing.
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Decode with this encoding (utf-8, shift_jis, cp932, euc-jp, utf-16le…) instead of detecting it.
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Treat warnings as errors (exit 2); notes (a cover or contents page) are not.
    #[arg(long)]
    strict: bool,
    /// Do not print warnings, notes or the progress bar on stderr.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args)]
struct CheckArgs {
    /// Directory of bulletin *.txt files, as given to `extract`.
    raw: PathBuf,
    /// Directory of extracted documents to check.
    extracted: PathBuf,
    /// Decode with this encoding, as given to `extract`.
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Do not show the progress bar.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args)]
struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    format: FormatArg,
    /// Extracted documents: JSON files or directories of *.json files.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output: a file (jsonl, or - for stdout), a directory (csv) or a database file (sqlite).
    #[arg(short, long, value_name = "PATH")]
    output: PathBuf,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// One case per line, with its source file.
    Jsonl,
    /// A directory of RFC 4180 tables joined by case id.
    Csv,
    /// One SQLite database with foreign keys to `cases`.
    Sqlite,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Never a panic trace: a bug inside an extraction is caught and reported as
    // that input's error (batch::extract_path); anything else as one line below.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| run(cli)).unwrap_or_else(|payload| {
        Err(jirei::Error::Internal(batch::panic_message(payload.as_ref())).into())
    });
    match result {
        Ok(code) => code,
        // A reader that stops early (`jirei extract … | head`) is no error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jirei: error: {}", one_line(&e.to_string()));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Check(args) => check(args),
        Command::Export(args) => export(args),
        Command::Schema => {
            std::io::stdout()
                .lock()
                .write_all(jirei::schema::to_json().as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Whether the error is standard output closed by its reader.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn options(encoding: Option<&str>) -> Result<Options> {
    let encoding = match encoding {
        Some(label) => match jirei::decode::encoding_for_label(label) {
            Some(e) => Some(e),
            None => bail!(jirei::Error::UnknownEncoding(label.to_string())),
        },
        None => None,
    };
    Ok(Options { encoding })
}

fn report(diags: &[Diagnostic], quiet: bool) {
    if quiet {
        return;
    }
    let mut err = std::io::stderr().lock();
    for d in diags {
        let level = match d.level {
            Level::Warning => "warning",
            Level::Note => "note",
        };
        let _ = writeln!(err, "{}:{}: {level}: {}", d.file, d.line, d.message);
    }
}

/// Diagnostics that `--strict` fails on: warnings (notes are information only).
fn any_warning(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.level == Level::Warning)
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let opts = options(args.encoding.as_deref())?;
    // Each path on its own: a missing one is reported and the others still run.
    let mut failed = false;
    let mut warned = false;
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut listed = std::collections::HashSet::new();
    for path in &args.paths {
        match batch::collect_inputs(std::slice::from_ref(path)) {
            Ok(found) if found.is_empty() => {
                failed = true;
                eprintln!("jirei: error: {}: no *.txt files in it", path.display());
            }
            Ok(found) => inputs.extend(found.into_iter().filter(|f| listed.insert(f.clone()))),
            Err(e) => {
                failed = true;
                eprintln!("jirei: error: {}", one_line(&e.to_string()));
            }
        }
    }
    match &args.output {
        Some(dir) => {
            if dir.exists() && !dir.is_dir() {
                bail!(
                    "{}: not a directory: -o names the directory the documents are written to",
                    dir.display()
                );
            }
            std::fs::create_dir_all(dir).map_err(|e| jirei::Error::io(dir, e))?;
            let bar = progress_bar(inputs.len(), args.quiet, "extracting");
            let outcomes = batch::extract_to_dir_with_progress(&inputs, dir, &opts, &|| bar.inc(1));
            bar.finish_and_clear();
            for outcome in outcomes {
                match outcome.result {
                    Ok(diags) => {
                        warned |= any_warning(&diags);
                        report(&diags, args.quiet);
                    }
                    Err(e) => {
                        failed = true;
                        eprintln!("jirei: error: {}", failure(&outcome.input, &e));
                    }
                }
            }
        }
        None => {
            let stdout = std::io::stdout();
            for input in &inputs {
                match batch::extract_path(input, &opts) {
                    Ok(doc) => {
                        report(&doc.diagnostics, args.quiet);
                        warned |= any_warning(&doc.diagnostics);
                        stdout
                            .lock()
                            .write_all(&jirei::extract::to_json_bytes(&doc))?;
                    }
                    Err(e) => {
                        failed = true;
                        eprintln!("jirei: error: {}", failure(&batch::display_name(input), &e));
                    }
                }
            }
        }
    }
    Ok(if failed || (args.strict && warned) {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// One line naming the input and the reason it failed (the path once, even when
/// the error names it too).
fn failure(input: &str, e: &jirei::Error) -> String {
    let text = match e {
        jirei::Error::Io { path, source } if path.as_os_str() == input => source.to_string(),
        other => other.to_string(),
    };
    one_line(&format!("{input}: {text}"))
}

/// Messages are one line on stderr, whatever they quote.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A progress bar on stderr when it is a terminal (and not `--quiet`), else hidden.
fn progress_bar(len: usize, quiet: bool, what: &'static str) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64).with_message(what);
    if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} files ({eta})") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.tick();
    bar
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let opts = options(args.encoding.as_deref())?;
    let count = batch::collect_inputs(std::slice::from_ref(&args.raw))?.len();
    let bar = progress_bar(count, args.quiet, "checking");
    let report = jirei::check::check(&args.raw, &args.extracted, &opts, &|| bar.inc(1));
    bar.finish_and_clear();
    let report = report?;
    let mut out = std::io::stdout().lock();
    for finding in &report.findings {
        writeln!(out, "{finding}")?;
    }
    for (input, e) in &report.errors {
        eprintln!("jirei: error: {}", failure(input, e));
    }
    if !report.findings.is_empty() {
        eprintln!(
            "jirei: {} of the files in {} differ from what extract writes: run `jirei extract {} -o {}` and delete orphaned files",
            report.findings.len(),
            args.extracted.display(),
            args.raw.display(),
            args.extracted.display()
        );
    }
    Ok(if !report.errors.is_empty() {
        ExitCode::from(2)
    } else if !report.findings.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn export(args: ExportArgs) -> Result<ExitCode> {
    let format = match args.format {
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Csv => Format::Csv,
        FormatArg::Sqlite => Format::Sqlite,
    };
    if args.output.as_os_str() == "-" && format != Format::Jsonl {
        bail!("-o - (standard output) is only for --format jsonl");
    }
    let docs = export::load(&args.paths)?;
    export::export(&docs, format, &args.output)?;
    Ok(ExitCode::SUCCESS)
}
