//! The published JSON Schema: generated from the types, committed, versioned, closed,
//! and valid for the seed's output.

use std::process::Command;

use jirei::model::SCHEMA_VERSION;
use jirei::schema::{document_schema, fingerprint, open_objects, to_json, OPEN_OBJECTS};
use serde_json::{json, Value};

const COMMITTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/jirei.schema.json");
const VERSIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/versions.json");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/extracted/000_c693df1a71a4b295.json"
);

const REGENERATE: &str = "cargo run -- schema > schema/jirei.schema.json";

fn read_json(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn committed_schema_matches_the_types() {
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        committed == to_json(),
        "schema/jirei.schema.json differs from the schema of the types in src/model.rs; \
         regenerate it with `{REGENERATE}` (and see schema_version_is_bumped_when_the_schema_changes)"
    );
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let out = Command::new(env!("CARGO_BIN_EXE_jirei"))
        .arg("schema")
        .output()
        .unwrap();
    assert!(out.status.success());
    let committed = std::fs::read(COMMITTED).unwrap();
    assert!(
        out.stdout == committed,
        "`jirei schema` differs from schema/jirei.schema.json; run `{REGENERATE}`"
    );
}

#[test]
fn schema_version_is_bumped_when_the_schema_changes() {
    let versions = read_json(VERSIONS);
    let now = fingerprint(&document_schema());
    match versions.get(SCHEMA_VERSION).and_then(Value::as_str) {
        None => panic!(
            "schema/versions.json has no entry for schema_version \"{SCHEMA_VERSION}\": \
             add \"{SCHEMA_VERSION}\": \"{now}\""
        ),
        Some(recorded) => assert!(
            recorded == now,
            "the schema changed (fingerprint {now}) but model::SCHEMA_VERSION is still \
             \"{SCHEMA_VERSION}\", recorded as {recorded}. Bump SCHEMA_VERSION, run \
             `{REGENERATE}` and add the new version with the fingerprint this test then \
             prints to schema/versions.json (keep the old entries)"
        ),
    }
}

#[test]
fn versions_file_holds_one_distinct_fingerprint_per_version() {
    let versions = read_json(VERSIONS);
    let map = versions.as_object().expect("versions.json is an object");
    let mut seen = std::collections::HashSet::new();
    for (version, hash) in map {
        let hash = hash.as_str().expect("fingerprints are strings");
        assert!(
            hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
            "version {version}: {hash} is not a sha256"
        );
        assert!(
            seen.insert(hash),
            "version {version} has the fingerprint of another"
        );
    }
}

#[test]
fn every_object_is_closed_unless_meant_to_be_open() {
    let schema = document_schema();
    let open = open_objects(&schema);
    let unexpected: Vec<_> = open
        .iter()
        .filter(|p| !OPEN_OBJECTS.contains(&p.as_str()))
        .collect();
    assert!(
        unexpected.is_empty(),
        "objects accepting unknown keys: {unexpected:?}; add #[serde(deny_unknown_fields)] \
         or list them in schema::OPEN_OBJECTS"
    );
    for p in OPEN_OBJECTS {
        assert!(open.iter().any(|o| o == p), "{p} is listed open but is not");
    }
    // The walk saw the model's structs (13 besides Document when this was written).
    let defs = schema["$defs"].as_object().unwrap();
    let structs = defs
        .values()
        .filter(|d| d.get("properties").is_some())
        .count();
    assert!(structs >= 13, "only {structs} object definitions");
    assert_eq!(schema["additionalProperties"], json!(false));
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&read_json(COMMITTED)).expect("the schema compiles")
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn schema_validates_the_seed_output() {
    let v = validator();
    let seed = read_json(SEED);
    let errs = errors(&v, &seed);
    assert!(errs.is_empty(), "seed output invalid: {errs:#?}");
    assert_eq!(seed["cases"].as_array().unwrap().len(), 16);
}

#[test]
fn schema_rejects_what_jirei_never_writes() {
    let v = validator();
    let seed = read_json(SEED);
    type Mutation = (&'static str, fn(&mut Value));
    let mutations: [Mutation; 6] = [
        ("an unknown key in a case", |d| {
            d["cases"][0]["extra"] = json!(1);
        }),
        ("an unknown key in a metric", |d| {
            d["cases"][0]["metrics"][0]["note"] = json!("x");
        }),
        ("an unknown metric category", |d| {
            d["cases"][0]["metrics"][0]["category"] = json!("visitors");
        }),
        ("a missing nullable key", |d| {
            d["cases"][0].as_object_mut().unwrap().shift_remove("title");
        }),
        ("another schema_version", |d| {
            d["schema_version"] = json!("1");
        }),
        ("a negative line number", |d| {
            d["cases"][0]["lines"]["start"] = json!(-1);
        }),
    ];
    for (what, mutate) in mutations {
        let mut doc = seed.clone();
        mutate(&mut doc);
        assert!(!v.is_valid(&doc), "the schema accepts {what}");
    }
}
