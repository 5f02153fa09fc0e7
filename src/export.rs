//! `jirei export`: extracted documents as JSON Lines, CSV tables or one SQLite database.
//!
//! The CSV and SQLite exports share one flat layout, five tables joined by case id:
//!
//! | table      | one row per                  | key                  |
//! |------------|------------------------------|----------------------|
//! | `cases`    | case                         | `id`                 |
//! | `parties`  | organisation of a party row  | `case_id, position`  |
//! | `roles`    | 役割分担 block               | `case_id, position`  |
//! | `comments` | comment box                  | `case_id, position`  |
//! | `metrics`  | counted figure               | `case_id, position`  |
//!
//! `position` is the 1-based order within the case. A role's items are joined by `\n`
//! into one `items` column (with `item_count`), so one row is one role, as in the JSON.
//! Source lines become `line_start`/`line_end` (first and last). Missing values are
//! SQL `NULL` and empty CSV fields. CSV is RFC 4180: UTF-8 without BOM, CRLF record
//! ends, a header row, fields quoted when needed (texts may hold line breaks).
//!
//! Outputs are written atomically: a temporary file beside the target, then a rename.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::batch::write_atomic;
use crate::error::Error;
use crate::model::{Case, Document, READABLE_VERSIONS};

/// Output formats of `jirei export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One case per line, with `source_file` added (a file, or `-` for stdout).
    Jsonl,
    /// A directory of `cases.csv`, `parties.csv`, `roles.csv`, `comments.csv`, `metrics.csv`.
    Csv,
    /// One SQLite database with the five tables and foreign keys to `cases`.
    Sqlite,
}

/// A document read from disk.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The JSON file it was read from.
    pub path: PathBuf,
    /// The document.
    pub doc: Document,
}

/// Expand the paths: a directory means its `*.json` files, sorted by name.
pub fn collect_documents(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for p in paths {
        out.extend(crate::batch::expand(p, "json")?);
    }
    Ok(out)
}

/// Read one document, naming the file in any error.
pub fn read_document(path: &Path) -> Result<Document, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let doc = serde_json::from_str::<Document>(&text).map_err(|source| {
        // A document of another version fails to parse: say so rather than "unknown field".
        match version_of(&text) {
            Some(found) if !READABLE_VERSIONS.contains(&found.as_str()) => Error::SchemaVersion {
                path: path.to_path_buf(),
                found,
            },
            _ => Error::Json {
                path: path.to_path_buf(),
                source,
            },
        }
    })?;
    if !READABLE_VERSIONS.contains(&doc.schema_version.as_str()) {
        return Err(Error::SchemaVersion {
            path: path.to_path_buf(),
            found: doc.schema_version,
        });
    }
    Ok(doc)
}

fn version_of(text: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    Some(v.get("schema_version")?.as_str()?.to_string())
}

/// Read the documents of `paths` (files, or directories of `*.json`). Fails on the
/// first bad file, when there is none, or when two documents share a case id.
pub fn load(paths: &[PathBuf]) -> Result<Vec<Loaded>, Error> {
    let files = collect_documents(paths)?;
    if files.is_empty() {
        return Err(Error::NoDocuments);
    }
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        let doc = read_document(&path)?;
        for case in &doc.cases {
            if let Some(first) = seen.insert(case.id.clone(), path.clone()) {
                return Err(Error::DuplicateCase {
                    id: case.id.clone(),
                    path,
                    first,
                });
            }
        }
        out.push(Loaded { path, doc });
    }
    Ok(out)
}

/// Write the documents to `out` in `format`.
pub fn export(docs: &[Loaded], format: Format, out: &Path) -> Result<(), Error> {
    match format {
        Format::Jsonl => write_jsonl(docs, out),
        Format::Csv => write_csv(docs, out),
        Format::Sqlite => write_sqlite(docs, out),
    }
}

/// A JSON Lines record: the case with the bulletin it came from.
#[derive(Serialize)]
struct CaseLine<'a> {
    source_file: &'a str,
    #[serde(flatten)]
    case: &'a Case,
}

/// JSON Lines: one compact case object per line, `source_file` first, then the case's
/// fields as in the document (`id` next). The text, for `-` or a file.
pub fn jsonl(docs: &[Loaded]) -> String {
    let mut out = String::new();
    for l in docs {
        for case in &l.doc.cases {
            let line = CaseLine {
                source_file: &l.doc.source.file,
                case,
            };
            out.push_str(&serde_json::to_string(&line).expect("cases always serialise"));
            out.push('\n');
        }
    }
    out
}

/// Write [`jsonl`] to `out`, or to standard output for `-`.
pub fn write_jsonl(docs: &[Loaded], out: &Path) -> Result<(), Error> {
    let text = jsonl(docs);
    if out.as_os_str() == "-" {
        use std::io::Write;
        return std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| Error::io("-", e));
    }
    write_atomic(out, text.as_bytes())
}

/// A row of `cases`.
#[derive(Debug, Default, Serialize)]
pub struct CaseRow {
    /// Case id (`<stem>#<page>`).
    pub id: String,
    /// The bulletin the case came from (`source.file`).
    pub source_file: String,
    /// Page number.
    pub page: usize,
    /// Headline.
    pub title: Option<String>,
    /// Prefecture.
    pub prefecture: Option<String>,
    /// 課題・目的 text.
    pub purpose: Option<String>,
    /// 実施概要 text.
    pub overview: Option<String>,
    /// 効果 text.
    pub effect: Option<String>,
    /// Contact organisation.
    pub contact_org: Option<String>,
    /// Contact phone.
    pub contact_phone: Option<String>,
    /// Contact web address.
    pub contact_url: Option<String>,
    /// First line of the page.
    pub line_start: usize,
    /// Last line of the page.
    pub line_end: usize,
}

/// A row of `parties`.
#[derive(Debug, Default, Serialize)]
pub struct PartyRow {
    /// The case.
    pub case_id: String,
    /// Order in the party row, from 1.
    pub position: usize,
    /// Name.
    pub name: String,
    /// Kind (`prefecture`, `municipality`, `labour_bureau`, `hello_work`, `other`).
    pub kind: String,
}

/// A row of `roles`: one 役割分担 block.
#[derive(Debug, Default, Serialize)]
pub struct RoleRow {
    /// The case.
    pub case_id: String,
    /// Order within the case, from 1.
    pub position: usize,
    /// Organisation.
    pub org: String,
    /// The items, joined by `\n`.
    pub items: String,
    /// Number of items.
    pub item_count: usize,
    /// First source line.
    pub line_start: Option<usize>,
    /// Last source line.
    pub line_end: Option<usize>,
}

/// A row of `comments`.
#[derive(Debug, Default, Serialize)]
pub struct CommentRow {
    /// The case.
    pub case_id: String,
    /// Order within the case, from 1.
    pub position: usize,
    /// Who speaks.
    pub speaker: String,
    /// Text.
    pub text: String,
    /// First source line.
    pub line_start: Option<usize>,
    /// Last source line.
    pub line_end: Option<usize>,
}

/// A row of `metrics`.
#[derive(Debug, Default, Serialize)]
pub struct MetricRow {
    /// The case.
    pub case_id: String,
    /// Order within the case, from 1.
    pub position: usize,
    /// The noun counted.
    pub label: String,
    /// The number.
    pub value: u64,
    /// The counter (名, 人, 社…).
    pub unit: String,
    /// Category (`participants`, `employed`…).
    pub category: String,
    /// Session or sub-count context.
    pub qualifier: Option<String>,
    /// Fiscal year.
    pub fiscal_year: Option<i32>,
    /// Source line.
    pub line: usize,
    /// The source line's text.
    pub text: String,
}

/// The five flat tables of the CSV and SQLite exports.
#[derive(Debug, Default)]
pub struct Tables {
    /// `cases`.
    pub cases: Vec<CaseRow>,
    /// `parties`.
    pub parties: Vec<PartyRow>,
    /// `roles`.
    pub roles: Vec<RoleRow>,
    /// `comments`.
    pub comments: Vec<CommentRow>,
    /// `metrics`.
    pub metrics: Vec<MetricRow>,
}

/// The snake_case name serde gives a unit enum variant.
fn variant_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => unreachable!("model enums serialise as strings"),
    }
}

/// Flatten the documents into [`Tables`].
pub fn tables(docs: &[Loaded]) -> Tables {
    let mut t = Tables::default();
    for l in docs {
        for c in &l.doc.cases {
            let text = |s: &Option<crate::model::Section>| s.as_ref().map(|s| s.text.clone());
            let contact = c.contact.as_ref();
            t.cases.push(CaseRow {
                id: c.id.clone(),
                source_file: l.doc.source.file.clone(),
                page: c.page,
                title: c.title.clone(),
                prefecture: c.prefecture.clone(),
                purpose: text(&c.sections.purpose),
                overview: text(&c.sections.overview),
                effect: text(&c.sections.effect),
                contact_org: contact.and_then(|k| k.org.clone()),
                contact_phone: contact.and_then(|k| k.phone.clone()),
                contact_url: contact.and_then(|k| k.url.clone()),
                line_start: c.lines.start,
                line_end: c.lines.end,
            });
            for (i, p) in c.parties.iter().enumerate() {
                t.parties.push(PartyRow {
                    case_id: c.id.clone(),
                    position: i + 1,
                    name: p.name.clone(),
                    kind: variant_name(&p.kind),
                });
            }
            for (i, r) in c.roles.iter().enumerate() {
                t.roles.push(RoleRow {
                    case_id: c.id.clone(),
                    position: i + 1,
                    org: r.org.clone(),
                    items: r.items.join("\n"),
                    item_count: r.items.len(),
                    line_start: r.lines.iter().min().copied(),
                    line_end: r.lines.iter().max().copied(),
                });
            }
            for (i, m) in c.comments.iter().enumerate() {
                t.comments.push(CommentRow {
                    case_id: c.id.clone(),
                    position: i + 1,
                    speaker: m.speaker.clone(),
                    text: m.text.clone(),
                    line_start: m.lines.iter().min().copied(),
                    line_end: m.lines.iter().max().copied(),
                });
            }
            for (i, m) in c.metrics.iter().enumerate() {
                t.metrics.push(MetricRow {
                    case_id: c.id.clone(),
                    position: i + 1,
                    label: m.label.clone(),
                    value: m.value,
                    unit: m.unit.clone(),
                    category: variant_name(&m.category),
                    qualifier: m.qualifier.clone(),
                    fiscal_year: m.fiscal_year,
                    line: m.line,
                    text: m.text.clone(),
                });
            }
        }
    }
    t
}

/// The column names of a row type, in order.
pub fn columns<T: Serialize + Default>() -> Vec<String> {
    match serde_json::to_value(T::default()) {
        Ok(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
        _ => unreachable!("rows serialise as objects"),
    }
}

/// One CSV table as RFC 4180 bytes (header row, CRLF, quoting as needed).
fn csv_table<T: Serialize + Default>(rows: &[T], path: &Path) -> Result<Vec<u8>, Error> {
    let err = |source| Error::Csv {
        path: path.to_path_buf(),
        source,
    };
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(columns::<T>()).map_err(err)?;
    for row in rows {
        w.serialize(row).map_err(err)?;
    }
    w.into_inner().map_err(|e| Error::io(path, e.into_error()))
}

/// Write the five CSV tables into the directory `out` (created if needed). All tables
/// are rendered before any is written; each file is replaced atomically. Other files
/// in the directory are left alone.
pub fn write_csv(docs: &[Loaded], out: &Path) -> Result<(), Error> {
    let t = tables(docs);
    let [cases, parties, roles, comments, metrics] =
        ["cases", "parties", "roles", "comments", "metrics"].map(|t| out.join(format!("{t}.csv")));
    let files = [
        (csv_table(&t.cases, &cases)?, cases),
        (csv_table(&t.parties, &parties)?, parties),
        (csv_table(&t.roles, &roles)?, roles),
        (csv_table(&t.comments, &comments)?, comments),
        (csv_table(&t.metrics, &metrics)?, metrics),
    ];
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    for (bytes, path) in files {
        write_atomic(&path, &bytes)?;
    }
    Ok(())
}

/// The SQLite schema. Column names and order are those of the row types (tested).
pub const SQLITE_SCHEMA: &str = "\
CREATE TABLE cases (
  id            TEXT PRIMARY KEY NOT NULL,
  source_file   TEXT NOT NULL,
  page          INTEGER NOT NULL,
  title         TEXT,
  prefecture    TEXT,
  purpose       TEXT,
  overview      TEXT,
  effect        TEXT,
  contact_org   TEXT,
  contact_phone TEXT,
  contact_url   TEXT,
  line_start    INTEGER NOT NULL,
  line_end      INTEGER NOT NULL
);
CREATE TABLE parties (
  case_id  TEXT NOT NULL REFERENCES cases(id),
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
);
CREATE TABLE roles (
  case_id    TEXT NOT NULL REFERENCES cases(id),
  position   INTEGER NOT NULL,
  org        TEXT NOT NULL,
  items      TEXT NOT NULL,
  item_count INTEGER NOT NULL,
  line_start INTEGER,
  line_end   INTEGER,
  PRIMARY KEY (case_id, position)
);
CREATE TABLE comments (
  case_id    TEXT NOT NULL REFERENCES cases(id),
  position   INTEGER NOT NULL,
  speaker    TEXT NOT NULL,
  text       TEXT NOT NULL,
  line_start INTEGER,
  line_end   INTEGER,
  PRIMARY KEY (case_id, position)
);
CREATE TABLE metrics (
  case_id     TEXT NOT NULL REFERENCES cases(id),
  position    INTEGER NOT NULL,
  label       TEXT NOT NULL,
  value       INTEGER NOT NULL,
  unit        TEXT NOT NULL,
  category    TEXT NOT NULL,
  qualifier   TEXT,
  fiscal_year INTEGER,
  line        INTEGER NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
);
";

/// Insert rows into `table`, binding each row's fields in column order.
fn insert<T: Serialize + Default>(
    tx: &rusqlite::Transaction<'_>,
    table: &str,
    rows: &[T],
) -> rusqlite::Result<()> {
    use rusqlite::types::Value as Sql;
    let cols = columns::<T>();
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        cols.join(", "),
        vec!["?"; cols.len()].join(", ")
    );
    let mut stmt = tx.prepare(&sql)?;
    for row in rows {
        let serde_json::Value::Object(fields) = serde_json::to_value(row).expect("rows serialise")
        else {
            unreachable!("rows serialise as objects")
        };
        let params = fields.into_iter().map(|(_, v)| match v {
            serde_json::Value::Null => Ok(Sql::Null),
            serde_json::Value::String(s) => Ok(Sql::Text(s)),
            serde_json::Value::Number(n) => n.as_i64().map(Sql::Integer).ok_or_else(|| {
                rusqlite::Error::ToSqlConversionFailure(
                    format!("{n} does not fit a SQLite integer").into(),
                )
            }),
            other => unreachable!("rows hold no {other}"),
        });
        let params: Vec<Sql> = params.collect::<rusqlite::Result<_>>()?;
        stmt.execute(rusqlite::params_from_iter(params))?;
    }
    Ok(())
}

/// Build the SQLite database `out`: written to a temporary file beside it, then renamed.
pub fn write_sqlite(docs: &[Loaded], out: &Path) -> Result<(), Error> {
    let t = tables(docs);
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".jirei-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?
        .into_temp_path();
    let sqlite = |source| Error::Sqlite {
        path: out.to_path_buf(),
        source,
    };
    let build = || -> rusqlite::Result<()> {
        let mut conn = rusqlite::Connection::open(&tmp)?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        let tx = conn.transaction()?;
        tx.execute_batch(SQLITE_SCHEMA)?;
        insert(&tx, "cases", &t.cases)?;
        insert(&tx, "parties", &t.parties)?;
        insert(&tx, "roles", &t.roles)?;
        insert(&tx, "comments", &t.comments)?;
        insert(&tx, "metrics", &t.metrics)?;
        tx.commit()?;
        conn.close().map_err(|(_, e)| e)
    };
    build().map_err(sqlite)?;
    crate::batch::readable_by_all(&tmp).map_err(|e| Error::io(out, e))?;
    tmp.persist(out).map_err(|e| Error::io(out, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_line_breaks_and_ends_records_with_crlf() {
        let rows = vec![RoleRow {
            case_id: "a#1".into(),
            position: 1,
            org: "市".into(),
            items: "一\n二, \"三\"".into(),
            item_count: 2,
            line_start: Some(3),
            line_end: None,
        }];
        let bytes = csv_table(&rows, Path::new("roles.csv")).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "case_id,position,org,items,item_count,line_start,line_end\r\n\
             a#1,1,市,\"一\n二, \"\"三\"\"\",2,3,\r\n"
        );
    }

    #[test]
    fn an_empty_table_still_has_its_header() {
        let bytes = csv_table::<MetricRow>(&[], Path::new("metrics.csv")).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "case_id,position,label,value,unit,category,qualifier,fiscal_year,line,text\r\n"
        );
    }
}
