//! The synthetic archive of `examples/gen_archive.rs` (used by the benchmarks):
//! reproducible from its seed, varied, and made of bulletins the extractor reads.

#[allow(dead_code)]
#[path = "../examples/gen_archive.rs"]
mod gen_archive;

use gen_archive::{file, pool_from_dir, Spec};

fn spec(files: usize, seed: u64) -> Spec {
    Spec {
        files,
        seed,
        ..Default::default()
    }
}

#[test]
fn the_same_seed_gives_the_same_files_and_another_seed_others() {
    let pool = pool_from_dir(std::path::Path::new("raw")).unwrap();
    assert!(pool.len() >= 16, "the seed has 16 pages");
    let a: Vec<_> = (0..3).map(|n| file(&pool, &spec(3, 42), n)).collect();
    let b: Vec<_> = (0..3).map(|n| file(&pool, &spec(3, 42), n)).collect();
    let c: Vec<_> = (0..3).map(|n| file(&pool, &spec(3, 7), n)).collect();
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert_ne!(a[0].1, a[1].1, "files differ");
}

#[test]
fn generated_files_are_bulletins_with_one_case_a_page() {
    let pool = pool_from_dir(std::path::Path::new("raw")).unwrap();
    let s = spec(4, 42);
    for n in 0..s.files {
        let (name, text) = file(&pool, &s, n);
        let pages = gen_archive::pages_of(&text).len();
        assert!(
            (s.pages.0..=s.pages.1).contains(&pages),
            "{name}: {pages} pages"
        );
        let doc = jirei::extract_bytes(&name, text.as_bytes(), &Default::default()).unwrap();
        assert_eq!(doc.cases.len(), pages, "{name}");
    }
}

#[test]
fn figures_are_varied_keeping_their_width() {
    let mut rng = gen_archive::Rng::new(1);
    let varied: Vec<String> = (0..8)
        .map(|_| gen_archive::vary_numbers("参加者数 ２４名、就職者 3名", &mut rng))
        .collect();
    assert!(varied.iter().any(|v| v != "参加者数 ２４名、就職者 3名"));
    for v in &varied {
        let digits: Vec<char> = v.chars().filter(|c| c.is_numeric()).collect();
        assert_eq!(digits.len(), 3, "{v}");
        assert!(digits[..2].iter().all(|c| ('０'..='９').contains(c)), "{v}");
        assert!(digits[2].is_ascii_digit(), "{v}");
    }
}

/// The outputs of `extract_to_dir` over a generated archive, in a pool of `threads`.
fn batch_outputs(dir: &std::path::Path, threads: usize) -> Vec<(String, Vec<u8>)> {
    let out = tempfile::tempdir().unwrap();
    let inputs = jirei::batch::collect_inputs(&[dir.to_path_buf()]).unwrap();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let outcomes =
        pool.install(|| jirei::batch::extract_to_dir(&inputs, out.path(), &Default::default()));
    assert!(outcomes.iter().all(|o| o.result.is_ok()));
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_parallel_batch_writes_what_a_sequential_one_does() {
    let pool = pool_from_dir(std::path::Path::new("raw")).unwrap();
    let archive = tempfile::tempdir().unwrap();
    let s = spec(12, 3);
    for n in 0..s.files {
        let (name, text) = file(&pool, &s, n);
        std::fs::write(archive.path().join(name), text).unwrap();
    }
    let sequential = batch_outputs(archive.path(), 1);
    assert_eq!(sequential.len(), s.files);
    assert_eq!(batch_outputs(archive.path(), 4), sequential);
}
