//! Generate a synthetic archive of bulletins for benchmarks and soak runs.
//!
//! `cargo gen-archive -- --files 2000 --out /tmp/archive --seed 42`
//!
//! Every page of every `raw/*.txt` file (pages are separated by three or more
//! blank lines) goes into a pool; each generated file takes 12–20 pages from it
//! in a shuffled order and varies the figures in them (runs of digits, ASCII or
//! full width, are rewritten at random, keeping their length and width), so no
//! two files are alike. The same seed gives the same archive, byte for byte.
//! With the defaults (16 pages a file on average, about 2.9 KB a page) 2,000
//! files make about 90 MB. Write the archive outside the repository (`/tmp`).

use std::path::{Path, PathBuf};

/// A small, fast, reproducible generator (xorshift64*); no crate needed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, so that small seeds spread and 0 is allowed.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Number of files.
    pub files: usize,
    /// Least and most pages in one file.
    pub pages: (usize, usize),
    /// Seed of the generator.
    pub seed: u64,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            files: 2000,
            pages: (12, 20),
            seed: 42,
        }
    }
}

/// The pages of a bulletin text: runs of lines separated by three or more blank lines.
pub fn pages_of(text: &str) -> Vec<String> {
    let mut pages = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut blanks = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            blanks += 1;
            continue;
        }
        if blanks >= 3 && !current.is_empty() {
            pages.push(current.join("\n"));
            current.clear();
        } else if !current.is_empty() {
            current.extend(std::iter::repeat_n("", blanks));
        }
        blanks = 0;
        current.push(line);
    }
    if !current.is_empty() {
        pages.push(current.join("\n"));
    }
    pages
}

/// The page pool: every page of every `*.txt` file in `dir`, files in name order.
pub fn pool_from_dir(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut pool = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f)?;
        let text = jirei::decode::decode(&bytes, None)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", f.display())))?
            .text;
        pool.extend(pages_of(&text));
    }
    Ok(pool)
}

/// Rewrite the figures of `page`: each run of digits (ASCII or full width) is,
/// one time in two, replaced by random digits of the same length and width (no
/// leading zero where the run has several digits).
pub fn vary_numbers(page: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(page.len());
    let mut chars = page.chars().peekable();
    let mut run: Vec<char> = Vec::new();
    while let Some(c) = chars.next() {
        if !is_digit(c) {
            out.push(c);
            continue;
        }
        run.clear();
        run.push(c);
        while let Some(&d) = chars.peek().filter(|&&d| is_digit(d)) {
            run.push(d);
            chars.next();
        }
        let vary = rng.below(2) == 0;
        for (i, &d) in run.iter().enumerate() {
            if !vary {
                out.push(d);
                continue;
            }
            let lowest = u32::from(i == 0 && run.len() > 1);
            let v = lowest + rng.below(10 - lowest as usize) as u32;
            let base = if d.is_ascii_digit() { '0' } else { '０' };
            out.push(char::from_u32(base as u32 + v).expect("a digit"));
        }
    }
    out
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// File `n` of the archive: its name and its text.
pub fn file(pool: &[String], spec: &Spec, n: usize) -> (String, String) {
    // One stream per file: any file can be made alone, in any order.
    let mut rng = Rng::new(spec.seed ^ (n as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    let (lo, hi) = spec.pages;
    let count = lo + rng.below(hi - lo + 1);
    let mut order: Vec<usize> = (0..pool.len()).collect();
    let mut text = String::new();
    for k in 0..count {
        if k % pool.len() == 0 {
            rng.shuffle(&mut order);
        }
        if k > 0 {
            text.push_str("\n\n\n\n");
        }
        text.push_str(&vary_numbers(&pool[order[k % pool.len()]], &mut rng));
    }
    text.push('\n');
    let name = format!("{n:05}_{:016x}.txt", rng.next_u64());
    (name, text)
}

fn usage() -> ! {
    eprintln!(
        "usage: gen_archive --out DIR [--files N] [--pages MIN-MAX] [--seed S] [--raw DIR]\n\
         defaults: --files 2000 --pages 12-20 --seed 42 --raw raw (about 90 MB)"
    );
    std::process::exit(2)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut spec = Spec::default();
    let mut out: Option<PathBuf> = None;
    let mut raw = PathBuf::from("raw");
    let mut args = std::env::args().skip(1).filter(|a| a != "--");
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--files" => spec.files = value().parse()?,
            "--seed" => spec.seed = value().parse()?,
            "--out" | "-o" => out = Some(value().into()),
            "--raw" => raw = value().into(),
            "--pages" => {
                let v = value();
                let (lo, hi) = v.split_once('-').unwrap_or((&v, &v));
                spec.pages = (lo.parse()?, hi.parse()?);
                if spec.pages.0 == 0 || spec.pages.0 > spec.pages.1 {
                    usage();
                }
            }
            _ => usage(),
        }
    }
    let out = out.unwrap_or_else(|| usage());
    let pool = pool_from_dir(&raw)?;
    if pool.is_empty() {
        return Err(format!("no pages in {}/*.txt", raw.display()).into());
    }
    std::fs::create_dir_all(&out)?;
    let mut bytes = 0usize;
    for n in 0..spec.files {
        let (name, text) = file(&pool, &spec, n);
        bytes += text.len();
        std::fs::write(out.join(name), text)?;
    }
    println!(
        "{} files, {:.1} MB ({} bytes) from {} pages, seed {} → {}",
        spec.files,
        bytes as f64 / 1e6,
        bytes,
        pool.len(),
        spec.seed,
        out.display()
    );
    Ok(())
}
