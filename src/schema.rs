//! The JSON Schema of the output [`Document`], generated from the Rust types.
//!
//! `jirei schema` prints [`to_json`]; the committed copy is `schema/jirei.schema.json`,
//! and `schema/versions.json` maps each `schema_version` to the [`fingerprint`] of its
//! schema, so the contract cannot change without a version bump (both are tested).
//!
//! The schema is schemars' draft 2020-12 output for the *serialised* form (every key
//! is always written, so every property is required; absent values are `null`), with
//! three adjustments: `schema_version` is pinned to [`SCHEMA_VERSION`] with `const`,
//! schemars' non-standard integer `format`s (`uint`, `int32`…) are dropped (the
//! `minimum` stays) so strict validators such as Ajv accept the schema, and `$schema`,
//! `title` and `description` come first.

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::model::{Document, SCHEMA_VERSION};

/// JSON pointers (into the schema) of objects meant to accept unknown keys.
/// Every other object is closed (`additionalProperties: false`); a test checks it.
pub const OPEN_OBJECTS: &[&str] = &[];

/// The `format` values JSON Schema 2020-12 defines; any other is dropped.
const STANDARD_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// The JSON Schema (draft 2020-12) of a document as jirei writes it.
pub fn document_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Document>().to_value();
    drop_nonstandard_formats(&mut schema);
    if let Some(Value::Object(v)) = schema.pointer_mut("/properties/schema_version") {
        v.insert("const".into(), Value::String(SCHEMA_VERSION.into()));
    }
    let Value::Object(mut rest) = schema else {
        unreachable!("a root schema is an object")
    };
    let mut root = Map::new();
    for key in ["$schema", "title", "description"] {
        if let Some(v) = rest.shift_remove(key) {
            root.insert(key.into(), v);
        }
    }
    root.extend(rest);
    Value::Object(root)
}

/// The schema as `jirei schema` prints it: pretty JSON, final newline.
pub fn to_json() -> String {
    let mut s = serde_json::to_string_pretty(&document_schema()).expect("a schema serialises");
    s.push('\n');
    s
}

/// SHA-256 (hex) of the schema's contract: the schema without its annotations
/// (`title`, `description`, `$comment`), keys sorted, `required` lists sorted.
/// Editing a doc comment keeps it; adding, removing or retyping a field changes it.
pub fn fingerprint(schema: &Value) -> String {
    let canonical = serde_json::to_string(&canonical(schema)).expect("a schema serialises");
    Sha256::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Keywords whose value maps names to subschemas: their keys are names, not keywords.
const NAME_MAPS: &[&str] = &["properties", "$defs", "definitions", "patternProperties"];

fn canonical(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for k in keys {
                let v = &map[k];
                let v = match (k.as_str(), v) {
                    ("title" | "description" | "$comment", _) => continue,
                    (name_map, Value::Object(m)) if NAME_MAPS.contains(&name_map) => {
                        let mut names: Vec<&String> = m.keys().collect();
                        names.sort();
                        Value::Object(
                            names
                                .into_iter()
                                .map(|n| (n.clone(), canonical(&m[n])))
                                .collect(),
                        )
                    }
                    ("required", Value::Array(a)) => {
                        let mut a = a.clone();
                        a.sort_by_key(|v| v.to_string());
                        Value::Array(a)
                    }
                    _ => canonical(v),
                };
                out.insert(k.clone(), v);
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

fn drop_nonstandard_formats(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            let nonstandard = map
                .get("format")
                .and_then(Value::as_str)
                .is_some_and(|f| !STANDARD_FORMATS.contains(&f));
            if nonstandard {
                map.shift_remove("format");
            }
            map.values_mut().for_each(drop_nonstandard_formats);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_nonstandard_formats),
        _ => {}
    }
}

/// JSON pointers of every object-typed subschema whose `additionalProperties` is
/// not `false`.
pub fn open_objects(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk_open(schema, String::new(), &mut out);
    out
}

fn walk_open(schema: &Value, pointer: String, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            let is_object = map.contains_key("properties")
                || match map.get("type") {
                    Some(Value::String(t)) => t == "object",
                    Some(Value::Array(ts)) => ts.iter().any(|t| t == "object"),
                    _ => false,
                };
            if is_object && map.get("additionalProperties") != Some(&Value::Bool(false)) {
                out.push(pointer.clone());
            }
            for (k, v) in map {
                walk_open(v, format!("{pointer}/{}", escape(k)), out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                walk_open(v, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fingerprint_ignores_annotations_and_key_order() {
        let a = json!({"type": "object", "description": "x", "properties": {"a": {"type": "string", "title": "A"}, "b": {"type": "integer"}}, "required": ["a", "b"]});
        let b = json!({"properties": {"b": {"type": "integer"}, "a": {"type": "string"}}, "required": ["b", "a"], "type": "object"});
        assert_eq!(fingerprint(&a), fingerprint(&b));
    }

    #[test]
    fn fingerprint_sees_a_new_field_and_a_retyped_one() {
        let a = json!({"properties": {"a": {"type": "string"}}});
        let added = json!({"properties": {"a": {"type": "string"}, "b": {"type": "string"}}});
        let retyped = json!({"properties": {"a": {"type": "integer"}}});
        assert_ne!(fingerprint(&a), fingerprint(&added));
        assert_ne!(fingerprint(&a), fingerprint(&retyped));
    }

    #[test]
    fn a_property_named_description_is_kept() {
        let a = json!({"properties": {"description": {"type": "string"}}});
        let b = json!({"properties": {}});
        assert_ne!(fingerprint(&a), fingerprint(&b));
    }

    #[test]
    fn open_objects_finds_objects_without_additional_properties_false() {
        let s = json!({"type": "object", "additionalProperties": false, "properties": {
            "a": {"type": "object", "properties": {}},
            "b": {"type": ["object", "null"], "additionalProperties": false}
        }, "$defs": {"x/y": {"properties": {}, "additionalProperties": true}}});
        assert_eq!(open_objects(&s), vec!["/properties/a", "/$defs/x~1y"]);
    }

    #[test]
    fn schema_version_is_pinned_and_formats_are_standard() {
        let s = document_schema();
        assert_eq!(
            s.pointer("/properties/schema_version/const"),
            Some(&json!(SCHEMA_VERSION))
        );
        assert!(!to_json().contains("\"uint\""));
        assert_eq!(s.as_object().unwrap().keys().next().unwrap(), "$schema");
    }
}
