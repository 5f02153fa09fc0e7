//! Throughput of each stage of the pipeline, and end to end.
//!
//! ```sh
//! cargo bench --bench pipeline                                  # seed + a 500-file archive made in memory
//! cargo bench --bench pipeline -- --files 2000                  # a bigger in-memory archive (~90 MB)
//! cargo bench --bench pipeline -- --archive /tmp/archive        # the *.txt files of a directory
//! cargo bench --bench pipeline -- --runs 7                      # more runs (median and best reported)
//! ```
//!
//! The stages run one after the other on one thread, exactly as
//! `extract::extract_bytes` chains them; each is timed over the whole corpus
//! and reported as MB/s of input bytes. "end to end, 1 thread" is
//! `extract_bytes` + `to_json_bytes` in a one-thread rayon pool; "all cores" is the
//! same over the files in parallel (what `jirei extract DIR -o OUT` does, minus
//! the file I/O). Numbers are noisy on a shared machine: compare medians of
//! several runs, and the best run for what the code can do.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use jirei::{block, case, decode, extract, layout, page, source};

// The allocator of the `jirei` binary, so that the stages run as they run there.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(dead_code)]
#[path = "../examples/gen_archive.rs"]
mod gen_archive;

/// One input of the corpus.
struct Input {
    name: String,
    bytes: Vec<u8>,
}

const STAGES: [&str; 7] = [
    "decode",
    "normalise + lines",
    "split pages",
    "classify + group blocks",
    "recover layout",
    "build fields (case::build)",
    "serialise (to_json_bytes)",
];

/// Seconds spent in each stage over one pass of the corpus, then end to end.
#[derive(Default, Clone)]
struct Pass {
    stages: [Duration; 7],
    extract: Duration,
    end_to_end_1: Duration,
    end_to_end_all: Duration,
}

fn stage_pass(inputs: &[&Input]) -> [Duration; 7] {
    let mut acc = [Duration::ZERO; 7];
    let opts = extract::Options::default();
    for input in inputs {
        let t = Instant::now();
        let decoded = decode::decode(&input.bytes, opts.encoding).expect("text");
        acc[0] += t.elapsed();

        let t = Instant::now();
        let lines = source::lines(&decoded.text);
        acc[1] += t.elapsed();

        let t = Instant::now();
        let pagination = page::paginate(&lines);
        acc[2] += t.elapsed();

        let stem = extract::stem_of(&input.name);
        let mut cases = Vec::with_capacity(pagination.pages.len());
        for p in &pagination.pages {
            let t = Instant::now();
            let blocks = block::group(block::classify(p));
            acc[3] += t.elapsed();

            let t = Instant::now();
            let layout = layout::recover(blocks);
            acc[4] += t.elapsed();

            let t = Instant::now();
            cases.push(case::build(&stem, p, &layout));
            acc[5] += t.elapsed();
        }
        black_box(cases);

        // Serialising needs the whole document: extracted untimed, one file at a time.
        let doc = extract::extract_bytes(&input.name, &input.bytes, &opts).expect("a bulletin");
        let t = Instant::now();
        black_box(extract::to_json_bytes(&doc));
        acc[6] += t.elapsed();
    }
    acc
}

fn end_to_end(inputs: &[&Input]) -> (Duration, Duration) {
    let opts = extract::Options::default();
    let (mut extract_time, mut total) = (Duration::ZERO, Duration::ZERO);
    for i in inputs {
        let t = Instant::now();
        let doc = extract::extract_bytes(&i.name, &i.bytes, &opts).expect("a bulletin");
        extract_time += t.elapsed();
        black_box(extract::to_json_bytes(&doc));
        total += t.elapsed();
    }
    (extract_time, total)
}

fn end_to_end_parallel(inputs: &[&Input]) -> Duration {
    let opts = extract::Options::default();
    let t = Instant::now();
    inputs.par_iter().for_each(|i| {
        let doc = extract::extract_bytes(&i.name, &i.bytes, &opts).expect("a bulletin");
        black_box(extract::to_json_bytes(&doc));
    });
    t.elapsed()
}

fn run(inputs: &[&Input], one: &rayon::ThreadPool) -> Pass {
    let stages = one.install(|| stage_pass(inputs));
    let (extract, end_to_end_1) = one.install(|| end_to_end(inputs));
    Pass {
        stages,
        extract,
        end_to_end_1,
        end_to_end_all: end_to_end_parallel(inputs),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn report(title: &str, inputs: &[Input], reps: usize, runs: usize, one: &rayon::ThreadPool) {
    let bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum::<usize>() * reps;
    // The corpus repeated `reps` times (a small seed is timed over several passes).
    let corpus: Vec<&Input> = std::iter::repeat_n(inputs, reps).flatten().collect();
    // One warm-up pass (allocator, lazily compiled regexes).
    run(&corpus[..inputs.len()], one);
    let passes: Vec<Pass> = (0..runs).map(|_| run(&corpus, one)).collect();
    let mb = bytes as f64 / 1e6;
    println!(
        "\n{title}: {} files × {reps}, {mb:.1} MB; {runs} runs, median (best)",
        inputs.len()
    );
    println!(
        "{:<42} {:>10} {:>10} {:>10}",
        "stage", "ms", "MB/s", "best MB/s"
    );
    let row = |name: &str, ds: Vec<Duration>| {
        let med = median(ds.clone());
        let best = *ds.iter().min().expect("runs");
        println!(
            "{:<42} {:>10.1} {:>10.1} {:>10.1}",
            name,
            med.as_secs_f64() * 1e3,
            mb / med.as_secs_f64(),
            mb / best.as_secs_f64()
        );
    };
    for (s, name) in STAGES.iter().enumerate() {
        row(name, passes.iter().map(|p| p.stages[s]).collect());
    }
    // What extract_bytes does besides the stages (sha256, repeated pages,
    // diagnostics), from the medians of separate passes: a rough figure.
    let ms = |v: Vec<Duration>| median(v).as_secs_f64() * 1e3;
    let stages_ms: f64 = (0..6)
        .map(|s| ms(passes.iter().map(|p| p.stages[s]).collect()))
        .sum();
    println!(
        "{:<42} {:>10.1}",
        "rest of extract_bytes (hash, repeats, …)",
        ms(passes.iter().map(|p| p.extract).collect()) - stages_ms
    );
    row(
        "end to end, 1 thread",
        passes.iter().map(|p| p.end_to_end_1).collect(),
    );
    row(
        &format!("end to end, {} threads", rayon::current_num_threads()),
        passes.iter().map(|p| p.end_to_end_all).collect(),
    );
}

fn read_dir(dir: &PathBuf) -> Vec<Input> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| Input {
            name: p.to_string_lossy().into_owned(),
            bytes: std::fs::read(&p).expect("readable"),
        })
        .collect()
}

fn main() {
    let mut archive: Option<PathBuf> = None;
    let mut files = 500usize;
    let mut runs = 5usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--archive" => archive = args.next().map(PathBuf::from),
            "--files" => files = args.next().and_then(|v| v.parse().ok()).expect("--files N"),
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).expect("--runs N"),
            // `cargo bench` passes --bench; filters are not supported.
            _ => {}
        }
    }
    let runs = runs.max(1);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a thread pool");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));

    let seed = read_dir(&root.join("raw"));
    let seed_bytes: usize = seed.iter().map(|i| i.bytes.len()).sum();
    // About 10 MB of the seed per run.
    let reps = (10_000_000 / seed_bytes.max(1)).max(1);
    report("seed (raw/)", &seed, reps, runs, &one);

    let (title, inputs) = match &archive {
        Some(dir) => (format!("archive {}", dir.display()), read_dir(dir)),
        None => {
            let pool = gen_archive::pool_from_dir(&root.join("raw")).expect("raw/ pages");
            let spec = gen_archive::Spec {
                files,
                ..Default::default()
            };
            let inputs = (0..files)
                .map(|n| {
                    let (name, text) = gen_archive::file(&pool, &spec, n);
                    Input {
                        name,
                        bytes: text.into_bytes(),
                    }
                })
                .collect();
            (
                format!("generated archive (seed {}, in memory)", spec.seed),
                inputs,
            )
        }
    };
    report(&title, &inputs, 1, runs, &one);
}
