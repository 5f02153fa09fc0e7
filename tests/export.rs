//! `jirei export`: JSON Lines, CSV and SQLite agree with the JSON documents.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/extracted/000_c693df1a71a4b295.json"
);
const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
const TABLES: [&str; 5] = ["cases", "parties", "roles", "comments", "metrics"];

fn jirei(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jirei"))
        .args(args)
        .output()
        .expect("jirei runs")
}

fn export(format: &str, input: &Path, out: &Path) {
    let o = jirei(&[
        Path::new("export"),
        Path::new("--format"),
        Path::new(format),
        input,
        Path::new("-o"),
        out,
    ]);
    assert!(
        o.status.success(),
        "export {format}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.stderr.is_empty());
}

fn seed() -> Value {
    serde_json::from_str(&std::fs::read_to_string(SEED).unwrap()).unwrap()
}

/// Counts per table, read from the JSON document itself.
fn json_counts(doc: &Value) -> [usize; 5] {
    let cases = doc["cases"].as_array().unwrap();
    let sum = |key: &str| cases.iter().map(|c| c[key].as_array().unwrap().len()).sum();
    [
        cases.len(),
        sum("parties"),
        sum("roles"),
        sum("comments"),
        sum("metrics"),
    ]
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r.records().map(Result::unwrap).collect();
    (header, rows)
}

fn sqlite_counts(db: &Path) -> [usize; 5] {
    let conn = rusqlite::Connection::open(db).unwrap();
    TABLES.map(|t| {
        conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap() as usize
    })
}

#[test]
fn the_three_exports_agree_with_the_json_on_counts() {
    let doc = seed();
    let want = json_counts(&doc);
    assert!(want.iter().all(|&n| n > 0), "{want:?}");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("docs");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(SEED, dir.join("seed.json")).unwrap();
    let dir = dir.as_path();

    let jsonl = tmp.path().join("cases.jsonl");
    export("jsonl", dir, &jsonl);
    let lines: Vec<Value> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let as_doc = serde_json::json!({ "cases": lines });
    assert_eq!(json_counts(&as_doc), want, "jsonl");

    let csv_dir = tmp.path().join("tables");
    export("csv", dir, &csv_dir);
    let csv_counts = TABLES.map(|t| read_csv(&csv_dir.join(format!("{t}.csv"))).1.len());
    assert_eq!(csv_counts, want, "csv");

    let db = tmp.path().join("jirei.sqlite");
    export("sqlite", dir, &db);
    assert_eq!(sqlite_counts(&db), want, "sqlite");

    // Nothing but the outputs is left behind (temporary files are renamed away).
    let mut names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["cases.jsonl", "docs", "jirei.sqlite", "tables"]);
}

#[test]
fn jsonl_lines_are_the_cases_with_their_source_file() {
    let doc = seed();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("c.jsonl");
    export("jsonl", Path::new(SEED), &out);
    let text = std::fs::read_to_string(&out).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(text.lines().count(), cases.len());
    for (line, case) in text.lines().zip(cases) {
        let mut rec: Value = serde_json::from_str(line).unwrap();
        let obj = rec.as_object_mut().unwrap();
        assert_eq!(
            obj.keys().take(2).collect::<Vec<_>>(),
            ["source_file", "id"]
        );
        assert_eq!(
            obj.shift_remove("source_file").unwrap(),
            doc["source"]["file"]
        );
        assert_eq!(
            &rec, case,
            "the rest of the line is the case as in the document"
        );
    }
}

#[test]
fn csv_tables_join_by_case_id_and_keep_the_values() {
    let doc = seed();
    let tmp = tempfile::tempdir().unwrap();
    export("csv", Path::new(SEED), tmp.path());
    let bytes = std::fs::read(tmp.path().join("cases.csv")).unwrap();
    assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF record ends");

    let (header, cases) = read_csv(&tmp.path().join("cases.csv"));
    let col = |h: &[String], name: &str| h.iter().position(|c| c == name).unwrap();
    let ids: Vec<&str> = cases.iter().map(|r| &r[col(&header, "id")]).collect();
    let json_cases = doc["cases"].as_array().unwrap();
    let json_ids: Vec<&str> = json_cases
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, json_ids);
    for (row, case) in cases.iter().zip(json_cases) {
        let text = |key: &str| case["sections"][key]["text"].as_str().unwrap_or("");
        assert_eq!(&row[col(&header, "purpose")], text("purpose"));
        assert_eq!(&row[col(&header, "effect")], text("effect"));
        assert_eq!(
            &row[col(&header, "contact_phone")],
            case["contact"]["phone"].as_str().unwrap_or("")
        );
    }

    for table in &TABLES[1..] {
        let (h, rows) = read_csv(&tmp.path().join(format!("{table}.csv")));
        assert_eq!(h[..2], ["case_id", "position"], "{table}");
        for r in &rows {
            assert!(ids.contains(&&r[0]), "{table}: unknown case {}", &r[0]);
        }
    }

    // One row per role; its items joined by "\n" round-trip to the JSON list.
    let (h, roles) = read_csv(&tmp.path().join("roles.csv"));
    let json_roles: Vec<&Value> = json_cases
        .iter()
        .flat_map(|c| c["roles"].as_array().unwrap())
        .collect();
    assert_eq!(roles.len(), json_roles.len());
    for (row, role) in roles.iter().zip(json_roles) {
        let items: Vec<&str> = row[col(&h, "items")].split('\n').collect();
        let want: Vec<&str> = role["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_str().unwrap())
            .collect();
        assert_eq!(items, want);
        assert_eq!(row[col(&h, "item_count")], want.len().to_string());
    }
}

#[test]
fn sqlite_tables_have_the_csv_columns_and_foreign_keys_to_cases() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("j.sqlite");
    export("sqlite", Path::new(SEED), &db);
    export("csv", Path::new(SEED), &tmp.path().join("csv"));
    let conn = rusqlite::Connection::open(&db).unwrap();
    for table in TABLES {
        let mut stmt = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap();
        let cols: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let (header, _) = read_csv(&tmp.path().join("csv").join(format!("{table}.csv")));
        assert_eq!(cols, header, "{table}");
        if table != "cases" {
            let fk: (String, String, String) = conn
                .query_row(
                    &format!("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('{table}')"),
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .unwrap();
            assert_eq!(fk, ("cases".into(), "case_id".into(), "id".into()));
        }
    }
    let violations: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(violations, 0);
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM metrics WHERE case_id NOT IN (SELECT id FROM cases)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

/// The SQL of the README's `sqlite3 … jirei.sqlite "…"` example.
fn readme_query() -> String {
    let readme = std::fs::read_to_string(README).unwrap();
    let start = readme
        .find("sqlite3 -header jirei.sqlite \"")
        .expect("README has the sqlite3 example");
    let rest = &readme[start..];
    let open = rest.find('"').unwrap() + 1;
    let close = open + rest[open..].find('"').unwrap();
    rest[open..close].to_string()
}

#[test]
fn readme_sqlite_query_counts_participants_per_prefecture() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("jirei.sqlite");
    export("sqlite", Path::new(SEED), &db);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn.prepare(&readme_query()).unwrap();
    let got: Vec<(String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    // Read off raw/000_c693df1a71a4b295.txt: the participants figures of each page.
    let want = [
        ("群馬県", 144), // p2 l159: 求職者１４４人…が参加
        ("愛知県", 53),  // p5 l368-369: 第１回 14 + 第２回 13; p6 l446: 受講者15; p7 l503: 11
        ("大阪府", 47),  // p10 l745: 13; p11 l792: 15; p12 l855: 9組; p13 l908: 10
        ("山口県", 27),  // p15 l1057: 再就職準備セミナー参加27名
        ("長崎県", 25),  // p16 l1120-1121: 第１回 12 + 第２回 13
        ("宮城県", 24),  // p1 l54: 参加者数 ２４名
    ]
    .map(|(p, n)| (p.to_string(), n));
    assert_eq!(got, want);
    // The README shows the same answer.
    let readme = std::fs::read_to_string(README).unwrap();
    for (p, n) in &want {
        assert!(
            readme.contains(&format!("{p}|{n}\n")),
            "README lacks {p}|{n}"
        );
    }
}

#[test]
fn bad_json_fails_with_exit_2_and_one_line_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("docs");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(SEED, dir.join("a.json")).unwrap();
    std::fs::write(dir.join("b.json"), "{ \"schema_version\": \"2\", ").unwrap();
    for format in ["jsonl", "csv", "sqlite"] {
        let out = tmp.path().join(format!("out.{format}"));
        let o = jirei(&[
            Path::new("export"),
            Path::new("--format"),
            Path::new(format),
            &dir,
            Path::new("-o"),
            &out,
        ]);
        assert_eq!(o.status.code(), Some(2), "{format}");
        let stderr = String::from_utf8(o.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("jirei: error: "), "{stderr}");
        assert!(
            stderr.contains(&*dir.join("b.json").to_string_lossy()),
            "{stderr}"
        );
        assert!(!out.exists(), "{format}: no output on error");
    }
}

#[test]
fn documents_that_do_not_fit_are_refused_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, edit: &dyn Fn(&mut Value)| -> PathBuf {
        let mut doc = seed();
        edit(&mut doc);
        let path = tmp.path().join(name);
        std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
        path
    };
    let newer = write("newer.json", &|d| {
        d["schema_version"] = "3".into();
        d["cases"][0]["new_field"] = 1.into();
    });
    let unknown = write("unknown.json", &|d| d["cases"][0]["new_field"] = 1.into());
    let twice = write("twice.json", &|_| {});
    let older = write("older.json", &|d| d["schema_version"] = "0".into());
    let cases = [
        (
            vec![newer.clone()],
            "newer.json: schema_version \"3\", but this jirei reads \"1\", \"2\"",
        ),
        (vec![older], "older.json: schema_version \"0\""),
        (vec![unknown.clone()], "unknown field `new_field`"),
        (vec![PathBuf::from(SEED), twice], "is also in"),
        (vec![tmp.path().join("nothing")], "nothing"),
    ];
    for (inputs, message) in cases {
        let err = jirei::export::load(&inputs).unwrap_err().to_string();
        assert!(err.contains(message), "{err}");
    }
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert!(matches!(
        jirei::export::load(&[empty]),
        Err(jirei::Error::NoDocuments)
    ));
}

/// Documents written by a release of schema "1" (no footers, no notes) still
/// export: "2" only added values to "1".
#[test]
fn documents_of_schema_1_still_export() {
    let tmp = tempfile::tempdir().unwrap();
    let mut doc = seed();
    doc["schema_version"] = "1".into();
    let path = tmp.path().join("v1.json");
    std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
    let loaded = jirei::export::load(&[path]).unwrap();
    assert_eq!(loaded.len(), 1);
    assert_eq!(
        loaded[0].doc.cases.len(),
        doc["cases"].as_array().unwrap().len()
    );
}
