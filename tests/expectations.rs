//! Agreement with the hand-made expectations in `tests/expected/`.
//!
//! Each file there was written by reading the seed bulletin (not from the
//! program's output), following the annotation guide. Five of them are the
//! reference answers of `shared/gold-examples/`, copied verbatim: those pages must
//! agree in every field. For all sixteen pages the test prints the agreement per
//! field and holds it to a floor, so a regression shows as a number going down.
//!
//! Comparison follows the gold README: both sides are normalised the same way
//! ([`jirei::normalize::clean`]) and white space and line joins are ignored.

use std::collections::BTreeMap;

use jirei::model::{Case, MetricCategory};
use jirei::normalize::{clean, squeeze};
use serde_json::Value;

const SEED: &str = "raw/000_c693df1a71a4b295.txt";
const GOLD_PAGES: [usize; 5] = [1, 3, 8, 10, 16];

fn norm(v: &Value) -> Option<String> {
    v.as_str().map(|s| squeeze(&clean(s)))
}

fn norm_str(s: &str) -> String {
    squeeze(&clean(s))
}

/// A qualifier with any fiscal year taken out (`None` when nothing is left):
/// annotators write the year into the qualifier, this tool into `fiscal_year`.
/// The year as government text writes it: 令和5年度, R5年度, 2023年度.
fn without_fiscal_year(q: &str) -> Option<String> {
    let rest = regex::Regex::new(r"((平成|令和|昭和|[HRS])([0-9]+|元)|[0-9]{4})年度")
        .unwrap()
        .replace_all(q, "");
    (!rest.is_empty()).then(|| rest.into_owned())
}

fn category(s: &str) -> MetricCategory {
    serde_json::from_value(Value::String(s.to_string())).expect("known category")
}

/// Compare one field; `Ok` or the two sides as text for the report.
type Outcome = Result<(), String>;

fn same<T: PartialEq + std::fmt::Debug>(expected: T, got: T) -> Outcome {
    if expected == got {
        Ok(())
    } else {
        Err(format!("expected {expected:?}\n      got      {got:?}"))
    }
}

fn compare(exp: &Value, case: &Case) -> Vec<(&'static str, Outcome)> {
    let mut out = Vec::new();
    out.push((
        "lines",
        same(
            (exp["first_line"].as_u64(), exp["last_line"].as_u64()),
            (Some(case.lines.start as u64), Some(case.lines.end as u64)),
        ),
    ));
    out.push((
        "title",
        same(norm(&exp["title"]), case.title.as_deref().map(norm_str)),
    ));
    let parties: Vec<String> = exp["parties"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(norm)
        .collect();
    out.push((
        "parties",
        same(
            parties,
            case.parties.iter().map(|p| norm_str(&p.name)).collect(),
        ),
    ));
    out.push((
        "prefecture",
        same(
            norm(&exp["prefecture"]),
            case.prefecture.as_deref().map(norm_str),
        ),
    ));
    let sections = [
        ("purpose", &case.sections.purpose),
        ("overview", &case.sections.overview),
        ("effect", &case.sections.effect),
    ];
    for (name, got) in sections {
        out.push((
            name,
            same(
                norm(&exp["sections"][name]),
                got.as_ref().map(|s| norm_str(&s.text)),
            ),
        ));
    }
    let roles: Vec<(String, Vec<String>)> = exp["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                norm(&r["org"]).unwrap(),
                r["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(norm)
                    .collect(),
            )
        })
        .collect();
    let got_roles: Vec<(String, Vec<String>)> = case
        .roles
        .iter()
        .map(|r| {
            (
                norm_str(&r.org),
                r.items.iter().map(|i| norm_str(i)).collect(),
            )
        })
        .collect();
    out.push(("roles", same(roles, got_roles)));
    let comments: Vec<(String, String)> = exp["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (norm(&c["speaker"]).unwrap(), norm(&c["text"]).unwrap()))
        .collect();
    let got_comments: Vec<(String, String)> = case
        .comments
        .iter()
        .map(|c| (norm_str(&c.speaker), norm_str(&c.text)))
        .collect();
    out.push(("comments", same(comments, got_comments)));
    let c = &exp["contact"];
    let got_contact = case.contact.as_ref();
    out.push((
        "contact",
        same(
            (norm(&c["org"]), norm(&c["phone"]), norm(&c["url"])),
            (
                got_contact.and_then(|c| c.org.as_deref()).map(norm_str),
                got_contact.and_then(|c| c.phone.as_deref()).map(norm_str),
                got_contact.and_then(|c| c.url.as_deref()).map(norm_str),
            ),
        ),
    ));
    // Metrics: the figures (value, unit, line) and their category must agree; a
    // category the annotator lists in category_alt is accepted. Labels and
    // qualifiers are compared separately (`metric_labels`): they are read off the
    // wording and annotators differ more on them. A qualifier that is only a
    // fiscal year (平成25年度) is what this tool reports as `fiscal_year` instead.
    let exp_metrics = exp["metrics"].as_array().unwrap();
    let figure = |value: u64, unit: &str, line: u64| format!("{value}{}@{line}", norm_str(unit));
    let mut expected_figures: Vec<String> = Vec::new();
    let mut got_figures: Vec<String> = case
        .metrics
        .iter()
        .map(|g| {
            format!(
                "{} {:?}",
                figure(g.value, &g.unit, g.line as u64),
                g.category
            )
        })
        .collect();
    let mut expected_labels: Vec<String> = Vec::new();
    let mut got_labels: Vec<String> = Vec::new();
    for m in exp_metrics {
        let (value, unit, line) = (
            m["value"].as_u64().unwrap(),
            m["unit"].as_str().unwrap(),
            m["line"].as_u64().unwrap(),
        );
        let mut cats = vec![category(m["category"].as_str().unwrap())];
        if let Some(alt) = m["category_alt"].as_array() {
            cats.extend(alt.iter().map(|a| category(a.as_str().unwrap())));
        }
        let key = figure(value, unit, line);
        let hit = got_figures
            .iter()
            .position(|g| cats.iter().any(|c| *g == format!("{key} {c:?}")));
        expected_figures.push(format!("{key} {:?}", cats[0]));
        match hit {
            Some(i) => {
                got_figures.remove(i);
            }
            None => got_figures.push(format!("(missing {key} {:?})", cats[0])),
        }
        let qual = norm(&m["qualifier"]);
        // The qualifier without its fiscal year (令和元年度 うち託児利用 → うち託児利用).
        let qual_sans_year = qual.as_deref().and_then(without_fiscal_year);
        let label = norm(&m["label"]).unwrap();
        expected_labels.push(format!("{label} [{}]", qual.clone().unwrap_or_default()));
        let labelled = case.metrics.iter().find(|g| {
            g.value == value
                && g.line as u64 == line
                && norm_str(&g.label) == label
                && (g.qualifier.as_deref().map(norm_str) == qual
                    || g.fiscal_year.is_some()
                        && g.qualifier.as_deref().map(norm_str) == qual_sans_year)
        });
        got_labels.push(match labelled {
            Some(_) => format!("{label} [{}]", qual.clone().unwrap_or_default()),
            None => {
                let near = case
                    .metrics
                    .iter()
                    .find(|g| g.value == value && g.line as u64 == line);
                near.map_or("(missing)".to_string(), |g| {
                    format!("{} [{}]", g.label, g.qualifier.clone().unwrap_or_default())
                })
            }
        });
    }
    // What is left in got_figures beyond the expected ones is extra.
    let expected_set = expected_figures.clone();
    let mut got_report: Vec<String> = expected_set.clone();
    for g in got_figures {
        got_report.push(if g.starts_with("(missing") {
            g
        } else {
            format!("extra {g}")
        });
    }
    let figures_ok = got_report.len() == expected_set.len();
    out.push((
        "metrics",
        if figures_ok {
            Ok(())
        } else {
            Err(format!(
                "expected {expected_set:?}\n      got      {got_report:?}"
            ))
        },
    ));
    // Each metric's label and qualifier too: one disagreement fails a page above.
    for (e, g) in expected_labels.iter().zip(&got_labels) {
        out.push(("label (each)", same(e, g)));
    }
    out.push(("metric_labels", same(expected_labels, got_labels)));
    let captions: String = exp["captions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(norm)
        .collect();
    let got_captions: String = case.captions.iter().map(|c| norm_str(&c.text)).collect();
    out.push(("captions", same(captions, got_captions)));
    out
}

/// A bulletin and a directory of hand-made expectations for its pages.
struct Set<'a> {
    bulletin: &'a str,
    expected: &'a str,
    pages: usize,
    /// Pages that must agree in every field.
    exact: &'static [usize],
    /// Least share (percent) of pages each field must agree on; the figures
    /// (all of a page's), and metric labels and qualifiers (the wording
    /// annotators differ most on: per page, and per metric), have their own.
    floor: usize,
    metrics_floor: usize,
    page_labels_floor: usize,
    label_floor: usize,
}

/// Print the agreement per field over a set's pages and hold it to its floors.
fn agreement(set: &Set<'_>) {
    let bytes = std::fs::read(set.bulletin).unwrap();
    let doc = jirei::extract_bytes(set.bulletin, &bytes, &Default::default()).unwrap();
    let mut per_field: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut exact_failures = Vec::new();
    let mut pages = 0;
    let mut paths: Vec<_> = std::fs::read_dir(set.expected)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let exp: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let page = exp["page"].as_u64().unwrap() as usize;
        let case = doc
            .cases
            .iter()
            .find(|c| c.page == page)
            .expect("page extracted");
        pages += 1;
        for (field, outcome) in compare(&exp, case) {
            let e = per_field.entry(field).or_default();
            e.1 += 1;
            match outcome {
                Ok(()) => e.0 += 1,
                Err(diff) => {
                    println!("page {page:>2} {field}: {diff}");
                    if set.exact.contains(&page) {
                        exact_failures.push(format!("page {page} {field}"));
                    }
                }
            }
        }
    }
    assert_eq!(
        pages, set.pages,
        "one expectation per page of {}",
        set.bulletin
    );
    println!(
        "\nagreement per field over {pages} pages of {}:",
        set.bulletin
    );
    let mut total = (0, 0);
    for (field, (ok, n)) in &per_field {
        println!("  {field:<13} {ok:>2}/{n}");
        if field.starts_with("label") {
            continue; // counted per metric, not per page
        }
        total.0 += ok;
        total.1 += n;
    }
    println!(
        "  {:<13} {}/{} ({:.1}%)",
        "all",
        total.0,
        total.1,
        100.0 * total.0 as f64 / total.1 as f64
    );
    assert!(
        exact_failures.is_empty(),
        "these pages must agree in every field: {exact_failures:?}"
    );
    for (field, (ok, n)) in &per_field {
        let floor = match *field {
            "metrics" => set.metrics_floor,
            "metric_labels" => set.page_labels_floor,
            "label (each)" => set.label_floor,
            _ => set.floor,
        };
        assert!(
            *ok * 100 >= n * floor,
            "{field}: {ok}/{n} below the floor of {floor}%"
        );
    }
}

#[test]
fn agreement_with_hand_made_expectations() {
    agreement(&Set {
        bulletin: SEED,
        expected: "tests/expected",
        pages: 16,
        exact: &GOLD_PAGES,
        floor: FLOOR_PERCENT,
        metrics_floor: FLOOR_PERCENT,
        page_labels_floor: LABEL_FLOOR_PERCENT,
        label_floor: LABEL_FLOOR_PERCENT,
    });
}

/// Every field must agree on at least this share of the pages.
const FLOOR_PERCENT: usize = 85;
/// Metric labels and qualifiers: the wording annotators differ most on.
const LABEL_FLOOR_PERCENT: usize = 60;

/// Pages no one on the team had seen: bulletins of six pages each, written with
/// their expectations by authors who read only the annotation guide, the seed and
/// the gold examples, never this code (`tests/blind/README.md`).
#[test]
fn agreement_with_pages_written_blind() {
    let mut sets: Vec<_> = std::fs::read_dir("tests/blind")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    assert_eq!(sets.len(), 32, "thirty-two bulletins written blind");
    for dir in sets {
        let dir = dir.to_string_lossy();
        let (floor, metrics_floor, label_floor) = blind_floors(&dir);
        agreement(&Set {
            bulletin: &format!("{dir}/bulletin.txt"),
            expected: &dir,
            pages: 6,
            exact: &[],
            floor,
            metrics_floor,
            page_labels_floor: 0,
            label_floor,
        });
    }
}

/// The floors of a set written blind (every field, all a page's figures, each
/// metric's label and qualifier; percent), a little below the agreement
/// measured when its round was added. Sets a–h (rounds 1–3): every field on 5
/// of 6 pages, figures on 3 of 6, labels 40%. Sets i–l (round 4, asked for
/// rarer layouts and phrasings: kanji numerals, ranges, differences, rates,
/// roles written as sentences): every field on 4 of 6 pages, figures on 1 of
/// 6, labels 35% — their authors' conventions for labels, qualifiers, ranges
/// and differences disagree with each other's as much as with this tool's.
/// Sets m–p (round 5: party rows parted by × or ・, contacts over lines,
/// outlook boxes, comments in two boxes, restated figures): the same, labels
/// 20% — their authors name a label and its qualifier each their own way
/// (venue, session, period, 計/合計), p most of all (its first reading, held
/// out, is the floor's measure). Sets q–t (round 6: tags over the title, role
/// tables and one `org：…` line per organisation, signed comments and
/// interviews, a second contact, pages parted by form feeds): fields on 4 of 6
/// pages, figures on 1 of 6, labels 25% — a figure counts here with its
/// category, and these authors name a count's context (累計, the event, the
/// quarter) in its qualifier each their own way; t was held out, its first
/// reading after the round's fixes is the measure. Sets u–x (round 7: other
/// bureaus' templates — Roman-numeral, numbered and ● headings, headings after
/// their contents, logo and volume lines, ○-marked roles, comments headed
/// …より / …から一言 or after their text, tables with the unit in the header):
/// fields on 3 of 6 pages, labels 25%, and no floor on a page's whole set of
/// figures — here every figure must also sit on the author's line with the
/// author's category, and x, held out, agrees on none of its six pages that way
/// (one figure off on each: a caption's count, a proportion the author counts
/// on one page and not on the next); each figure is still held by the label floor.
/// Sets y, z, aa, ab (round 8: counts phrased with 約/超, 万, targets against
/// results, flattened tables; letter-spaced headings, a headline across the
/// banner, boxes side by side read out line by line alternately; other section
/// names, role tables and roles in prose, two contacts; ab a bulletin as varied
/// as its author could make it): fields on 2 of 6 pages, figures on 1 of 6,
/// labels 25% — ab, held out, read comments and captions on 2 of its 6 pages
/// (its first reading after the round's fixes is the floor's measure), and y's
/// author writes the year and 約/超 into the qualifier, which the others do not.
/// Sets ac, ad, ae, af (round 9: comments headed by an organisation and its unit,
/// signed under a quotation or cut by a caption, interviews; tables read out cell
/// by cell or by months, 実/延べ, a name in 「」 before its figure; ■/●/１． headings,
/// `市）…` role lines, contacts as a table; af a bulletin as varied as its author
/// could make it): the same floors — af, held out, read captions on 2 of its 6
/// pages and every figure of a page on 1 (its first reading after the round's
/// fixes is the floor's measure); ad's author counts 事業所 and 団体, which the
/// guide's closed list of units does not.
fn blind_floors(dir: &str) -> (usize, usize, usize) {
    let in_round = |sets: &[&str]| sets.iter().any(|set| dir.ends_with(&format!("/{set}")));
    if in_round(&["y", "z", "aa", "ab", "ac", "ad", "ae", "af"]) {
        (30, 15, 25)
    } else if in_round(&["u", "v", "w", "x"]) {
        (50, 0, 25)
    } else if in_round(&["q", "r", "s", "t"]) {
        (60, 15, 25)
    } else if in_round(&["m", "n", "o", "p"]) {
        (60, 15, 20)
    } else if in_round(&["i", "j", "k", "l"]) {
        (60, 15, 35)
    } else {
        (80, 50, 40)
    }
}
