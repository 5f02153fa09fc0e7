//! The `jirei` command: argument parsing and reporting around the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::{Args, Parser, Subcommand};

use jirei::batch;
use jirei::model::Diagnostic;
use jirei::Options;

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
    /// Treat warnings as errors (exit 2).
    #[arg(long)]
    strict: bool,
    /// Do not print warnings on stderr.
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("jirei: error: {e}");
            ExitCode::from(2)
        }
    }
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
        let _ = writeln!(err, "{}:{}: warning: {}", d.file, d.line, d.message);
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let opts = options(args.encoding.as_deref())?;
    let inputs = batch::collect_inputs(&args.paths)?;
    let mut failed = false;
    let mut warned = false;
    match &args.output {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| jirei::Error::io(dir, e))?;
            for outcome in batch::extract_to_dir(&inputs, dir, &opts) {
                match outcome.result {
                    Ok(diags) => {
                        warned |= !diags.is_empty();
                        report(&diags, args.quiet);
                    }
                    Err(e) => {
                        failed = true;
                        eprintln!("jirei: error: {}: {e}", outcome.input);
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
                        warned |= !doc.diagnostics.is_empty();
                        stdout.lock().write_all(jirei::to_json(&doc).as_bytes())?;
                    }
                    Err(e) => {
                        failed = true;
                        eprintln!("jirei: error: {}: {e}", batch::display_name(input));
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
