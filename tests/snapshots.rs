//! Snapshots of every case of the seed bulletin.
//!
//! Each snapshot in `tests/snapshots/` was read against the source text before
//! it was accepted. A change to the extractor that moves any value shows up here
//! as a reviewable diff (`cargo insta review`, or `INSTA_UPDATE=always cargo test`
//! and read the git diff).

const SEED: &str = "raw/000_c693df1a71a4b295.txt";

#[test]
fn every_case_of_the_seed() {
    let bytes = std::fs::read(SEED).unwrap();
    let doc = jirei::extract_bytes(SEED, &bytes, &Default::default()).unwrap();
    assert_eq!(doc.cases.len(), 16);
    for case in &doc.cases {
        insta::assert_json_snapshot!(format!("page_{:02}", case.page), case);
    }
}
