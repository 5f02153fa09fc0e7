//! A whole bulletin, not only its case pages: a cover, a table of contents,
//! divider pages, case pages with page numbers in their footers, and a closing
//! index of contacts. Written for these tests in the style of the series; the
//! expectations are what a reader of the pages would write down.

mod common;

use common::{figures_of, parties_of};

use std::collections::BTreeSet;
use std::process::Command;

use jirei::model::{Case, Document, Field, Level, MetricCategory, PartyKind};

fn extract(text: &str) -> Document {
    jirei::extract_bytes("bulletin.txt", text.as_bytes(), &Default::default()).unwrap()
}

/// (org, items) of each role block.
fn roles_of(c: &Case) -> Vec<(&str, Vec<&str>)> {
    c.roles
        .iter()
        .map(|r| (r.org.as_str(), r.items.iter().map(String::as_str).collect()))
        .collect()
}

/// The text of a section.
fn section(c: &Case, which: &str) -> Option<String> {
    c.sections.get(which).map(|s| s.text.clone())
}

/// Lines of the case whose provenance is `field`.
fn lines_with(c: &Case, field: Field) -> Vec<usize> {
    c.provenance
        .iter()
        .filter(|p| p.field == field)
        .map(|p| p.line)
        .collect()
}

/// The 1-based number of the line that is exactly `text` (trailing blanks aside).
fn line_of(text: &str, line: &str) -> usize {
    let found: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_end() == line)
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(found.len(), 1, "{line} stands once in the text");
    found[0]
}

const COVER: &str = "\
国と地方自治体の連携による雇用対策好事例集
（若者・障害者の就職支援編）

平成２７年３月

厚生労働省職業安定局
";

const CONTENTS: &str = "\
目　次

１．若者の就職支援
（１）地元企業と若者をつなぐ職場見学ツアーを実施（青森県八戸市）・・・・・・・１
（２）高校生の保護者向けに地元就職説明会を開催（岐阜県高山市）・・・・・・・・２

２．障害者の就職支援
（３）障害者の就労促進に向け雇用連携協定を締結（徳島県鳴門市）・・・・・・・・３

問い合わせ先一覧・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・４
";

const DIVIDER_1: &str = "１．若者の就職支援\n";

/// Top-down reading order; the page number `－１－` under the contact line.
const CASE_1: &str = "\
地元企業と若者をつなぐ職場見学ツアーを実施

国と地方自治体の連携による雇用対策好事例

【青森県八戸市】【青森労働局ハローワーク八戸】

【課題・目的】
若者の県外流出が続いており、地元企業の魅力を知ってもらうことで地元就職の促進を図る。

【実施概要】
市がバスを借り上げ、ハローワークの就職支援ナビゲーターが同行して、市内の製造業の事業所を見学するツアーを実施。

【役割分担】
【八戸市】
◆バスの手配
◆見学先企業との調整
【ハローワーク】
◆参加者の募集
◆見学後の職業相談

【効果】
参加者２２名のうち、８名が見学先企業に応募し、５名が就職した。

＜八戸市コメント＞
地元企業の認知度向上につながった。

＜労働局コメント＞
今後も市と連携して継続したい。

≪照会先≫青森労働局職業安定部職業安定課　℡：０１７－７２１－２０００

－１－
";

/// Scrambled as the converter writes most pages: title and comments first, the
/// headings in a row, their contents further down; a bare page number `２` last.
const CASE_2: &str = "\
高校生の保護者向けに地元就職説明会を開催

＜高山市コメント＞
保護者に地元企業を知ってもらう機会と
なり、有意義であった。

＜労働局コメント＞
保護者への働きかけは若者の地元就職に
効果的である。

国と地方自治体の連携による雇用対策好事例

【目的】

≪照会先≫ 岐阜労働局職業安定部職業安定課 ℡：０５８－２４５－１３１１

【岐阜県高山市】 【岐阜労働局ハローワーク高山】

【実施概要】

【役割分担】

高校生の就職先の決定には保護者の意向が大きく影響するため、保護者に地元
企業の情報を提供し、地元就職への理解を深める。

市内の高校の保護者を対象に、地元企業の人事担当者による説明会を実施
◆地元企業の紹介と職場の魅力の説明
◆ハローワークによる最近の求人動向の説明

【効果】
・参加者数　６５名（平成２６年度）
・アンケートでは９割の保護者が「地元企業への理解が深まった」と回答した。

【高山市】
◆会場の確保、高校との調整
【ハローワーク】
◆求人動向の資料作成
◆説明会での講演

２
";

const DIVIDER_2: &str = "２．障害者の就職支援\n";

/// The contact and a comment before the result; the page number `Ｐ．３` right
/// under the last line of text, with no blank line between.
const CASE_3: &str = "\
障害者の就労促進に向け、市と労働局が雇用連携協定を締結！

国と地方自治体の連携による雇用対策好事例

【徳島県鳴門市】【徳島労働局ハローワーク鳴門】

【課題・目的】
市内の障害者の就職率が県平均を下回っており、障害者の就労機会の拡大を図る。

【実施概要】
平成２６年６月に雇用連携協定を締結し、障害者向けの合同面接会と職場実習を共同で実施。

【役割分担】
【鳴門市】
◆職場実習先の開拓
◆市の広報誌での周知
【ハローワーク】
◆障害者向け求人の確保
◆面接会での職業相談

〈照会先〉徳島労働局職業安定部職業安定課　ＴＥＬ：０８８－６１１－５３８３

＜鳴門市コメント＞
協定により役割が明確になり、取組が進んだ。

【結果】
合同面接会には求職者４０名、参加企業１２社が参加し、１０名が就職した。
Ｐ．３
";

const INDEX: &str = "\
問い合わせ先一覧

（１）青森労働局職業安定部職業安定課　０１７－７２１－２０００
（２）岐阜労働局職業安定部職業安定課　０５８－２４５－１３１１
（３）徳島労働局職業安定部職業安定課　０８８－６１１－５３８３

－４－
";

/// The pages in order, as the bulletin prints them.
const PAGES: [&str; 8] = [
    COVER, CONTENTS, DIVIDER_1, CASE_1, CASE_2, DIVIDER_2, CASE_3, INDEX,
];

/// The bulletin: its pages separated by three blank lines.
fn bulletin() -> String {
    PAGES.join("\n\n\n")
}

/// First and last line of each page in [`bulletin`].
fn page_ranges() -> Vec<(usize, usize)> {
    let mut start = 1;
    PAGES
        .iter()
        .map(|p| {
            let n = p.lines().count();
            let range = (start, start + n - 1);
            start += n + 3;
            range
        })
        .collect()
}

#[test]
fn only_the_case_pages_give_cases_with_their_physical_page_numbers() {
    let doc = extract(&bulletin());
    let pages: Vec<(usize, &str)> = doc.cases.iter().map(|c| (c.page, c.id.as_str())).collect();
    assert_eq!(
        pages,
        vec![(4, "bulletin#4"), (5, "bulletin#5"), (7, "bulletin#7")]
    );
    let ranges = page_ranges();
    for (case, page) in doc.cases.iter().zip([4, 5, 7]) {
        let (start, end) = ranges[page - 1];
        assert_eq!((case.lines.start, case.lines.end), (start, end));
    }
}

#[test]
fn each_other_page_is_named_in_a_note() {
    let doc = extract(&bulletin());
    let ranges = page_ranges();
    let notes: Vec<(Level, &str, usize)> = doc
        .diagnostics
        .iter()
        .map(|d| (d.level, d.code.as_str(), d.line))
        .collect();
    let expected: Vec<(Level, &str, usize)> = [1, 2, 3, 6, 8]
        .iter()
        .map(|&p| (Level::Note, "not-a-case", ranges[p - 1].0))
        .collect();
    // Notes only: the bulletin is read as intended, nothing to warn about.
    assert_eq!(notes, expected);
    let messages: Vec<&str> = doc.diagnostics.iter().map(|d| d.message.as_str()).collect();
    let what = [
        (1, "a cover", "国と地方自治体の連携による雇用対策好事例集"),
        (2, "the table of contents", "目 次"),
        (3, "a divider", "1.若者の就職支援"),
        (6, "a divider", "2.障害者の就職支援"),
        (8, "an index of contacts", "問い合わせ先一覧"),
    ];
    for (message, (page, kind, first)) in messages.iter().zip(what) {
        let (start, end) = ranges[page - 1];
        assert!(
            message.starts_with(&format!(
                "page {page} (lines {start}-{end}) is {kind}, not a case: 「{first}」"
            )),
            "{message}"
        );
    }
}

#[test]
fn every_line_is_in_a_case_or_in_a_note() {
    let text = bulletin();
    let doc = extract(&text);
    let mut accounted = BTreeSet::new();
    for case in &doc.cases {
        for p in &case.provenance {
            assert!(accounted.insert(p.line), "line {} twice", p.line);
        }
    }
    let ranges = page_ranges();
    for d in doc.diagnostics.iter().filter(|d| d.code == "not-a-case") {
        let (start, end) = *ranges.iter().find(|r| r.0 == d.line).unwrap();
        for (i, line) in text.lines().enumerate().take(end).skip(start - 1) {
            if !line.trim().is_empty() {
                assert!(accounted.insert(i + 1), "line {} twice", i + 1);
            }
        }
    }
    let non_blank: BTreeSet<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(accounted, non_blank);
}

#[test]
fn page_numbers_are_footers_never_text() {
    let text = bulletin();
    let doc = extract(&text);
    let footers: Vec<Vec<usize>> = doc
        .cases
        .iter()
        .map(|c| lines_with(c, Field::Footer))
        .collect();
    assert_eq!(
        footers,
        vec![
            vec![line_of(&text, "－１－")],
            vec![line_of(&text, "２")],
            vec![line_of(&text, "Ｐ．３")],
        ]
    );
    for c in &doc.cases {
        assert!(c.captions.is_empty(), "page {}: {:?}", c.page, c.captions);
        let effect = section(c, "effect").unwrap();
        assert!(!effect.ends_with('3') && !effect.ends_with('2'), "{effect}");
        assert!(
            lines_with(c, Field::Unassigned).is_empty(),
            "page {}",
            c.page
        );
    }
}

#[test]
fn the_top_down_case() {
    let doc = extract(&bulletin());
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("地元企業と若者をつなぐ職場見学ツアーを実施")
    );
    assert_eq!(
        parties_of(c),
        vec![
            ("青森県八戸市", PartyKind::Municipality),
            ("青森労働局ハローワーク八戸", PartyKind::HelloWork),
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("青森県"));
    assert_eq!(
        section(c, "purpose").as_deref(),
        Some(
            "若者の県外流出が続いており、地元企業の魅力を知ってもらうことで地元就職の促進を図る。"
        )
    );
    assert_eq!(
        section(c, "overview").as_deref(),
        Some("市がバスを借り上げ、ハローワークの就職支援ナビゲーターが同行して、市内の製造業の事業所を見学するツアーを実施。")
    );
    assert_eq!(
        section(c, "effect").as_deref(),
        Some("参加者22名のうち、8名が見学先企業に応募し、5名が就職した。")
    );
    assert_eq!(
        roles_of(c),
        vec![
            ("八戸市", vec!["バスの手配", "見学先企業との調整"]),
            ("ハローワーク", vec!["参加者の募集", "見学後の職業相談"]),
        ]
    );
    let speakers: Vec<&str> = c.comments.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, vec!["八戸市", "労働局"]);
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("青森労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("017-721-2000"));
    // 22 took part, 8 applied to the companies they saw, 5 found work.
    assert_eq!(
        figures_of(c),
        vec![
            (22, MetricCategory::Participants),
            (8, MetricCategory::Applicants),
            (5, MetricCategory::Employed),
        ]
    );
}

#[test]
fn the_scrambled_case() {
    let doc = extract(&bulletin());
    let c = &doc.cases[1];
    assert_eq!(
        c.title.as_deref(),
        Some("高校生の保護者向けに地元就職説明会を開催")
    );
    assert_eq!(
        parties_of(c),
        vec![
            ("岐阜県高山市", PartyKind::Municipality),
            ("岐阜労働局ハローワーク高山", PartyKind::HelloWork),
        ]
    );
    assert_eq!(
        section(c, "purpose").as_deref(),
        Some("高校生の就職先の決定には保護者の意向が大きく影響するため、保護者に地元企業の情報を提供し、地元就職への理解を深める。")
    );
    assert_eq!(
        section(c, "overview").as_deref(),
        Some("市内の高校の保護者を対象に、地元企業の人事担当者による説明会を実施\n◆地元企業の紹介と職場の魅力の説明\n◆ハローワークによる最近の求人動向の説明")
    );
    assert_eq!(
        section(c, "effect").as_deref(),
        Some("・参加者数 65名(平成26年度)\n・アンケートでは9割の保護者が「地元企業への理解が深まった」と回答した。")
    );
    assert_eq!(
        roles_of(c),
        vec![
            ("高山市", vec!["会場の確保、高校との調整"]),
            ("ハローワーク", vec!["求人動向の資料作成", "説明会での講演"]),
        ]
    );
    let comments: Vec<(&str, &str)> = c
        .comments
        .iter()
        .map(|c| (c.speaker.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(
        comments,
        vec![
            (
                "高山市",
                "保護者に地元企業を知ってもらう機会となり、有意義であった。"
            ),
            (
                "労働局",
                "保護者への働きかけは若者の地元就職に効果的である。"
            ),
        ]
    );
    assert_eq!(
        c.contact.as_ref().and_then(|c| c.phone.as_deref()),
        Some("058-245-1311")
    );
    let m = &c.metrics;
    assert_eq!(figures_of(c), vec![(65, MetricCategory::Participants)]);
    assert_eq!(m[0].fiscal_year, Some(2014));
}

#[test]
fn the_case_with_its_page_number_under_the_text() {
    let doc = extract(&bulletin());
    let c = &doc.cases[2];
    assert_eq!(
        c.title.as_deref(),
        Some("障害者の就労促進に向け、市と労働局が雇用連携協定を締結!")
    );
    assert_eq!(
        parties_of(c),
        vec![
            ("徳島県鳴門市", PartyKind::Municipality),
            ("徳島労働局ハローワーク鳴門", PartyKind::HelloWork),
        ]
    );
    assert_eq!(
        section(c, "purpose").as_deref(),
        Some("市内の障害者の就職率が県平均を下回っており、障害者の就労機会の拡大を図る。")
    );
    assert_eq!(
        section(c, "overview").as_deref(),
        Some("平成26年6月に雇用連携協定を締結し、障害者向けの合同面接会と職場実習を共同で実施。")
    );
    // The page number printed under it is not part of the result.
    assert_eq!(
        section(c, "effect").as_deref(),
        Some("合同面接会には求職者40名、参加企業12社が参加し、10名が就職した。")
    );
    assert_eq!(
        c.sections.effect.as_ref().unwrap().heading.as_deref(),
        Some("結果")
    );
    assert_eq!(
        roles_of(c),
        vec![
            ("鳴門市", vec!["職場実習先の開拓", "市の広報誌での周知"]),
            (
                "ハローワーク",
                vec!["障害者向け求人の確保", "面接会での職業相談"]
            ),
        ]
    );
    assert_eq!(
        c.contact.as_ref().and_then(|c| c.phone.as_deref()),
        Some("088-611-5383")
    );
    assert_eq!(
        figures_of(c),
        vec![
            (40, MetricCategory::Participants),
            (12, MetricCategory::Companies),
            (10, MetricCategory::Employed),
        ]
    );
}

#[test]
fn the_case_pages_read_the_same_without_the_other_pages() {
    // Cover, contents, dividers and index change nothing in the cases but their
    // page numbers, ids and line numbers.
    let whole = extract(&bulletin());
    for (case, page) in whole.cases.iter().zip([CASE_1, CASE_2, CASE_3]) {
        let alone = extract(page);
        assert_eq!(alone.cases.len(), 1);
        let mut a = alone.cases[0].clone();
        let shift = case.lines.start - 1;
        a.provenance.iter_mut().for_each(|p| p.line += shift);
        assert_eq!(
            case.provenance.iter().map(|p| p.field).collect::<Vec<_>>(),
            a.provenance.iter().map(|p| p.field).collect::<Vec<_>>(),
            "page {}",
            case.page
        );
        assert_eq!(case.title, a.title);
        assert_eq!(
            case.sections.effect.as_ref().map(|s| &s.text),
            a.sections.effect.as_ref().map(|s| &s.text)
        );
    }
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_jirei"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn notes_are_printed_and_do_not_fail_strict() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bulletin.txt");
    std::fs::write(&path, bulletin()).unwrap();
    let path = path.to_str().unwrap();
    let out = run(&["extract", "--strict", path]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 5, "{err}");
    assert!(
        lines[0].starts_with(&format!("{path}:1: note: page 1 (lines 1-6) is a cover")),
        "{err}"
    );
    assert!(lines.iter().all(|l| l.contains(": note: ")), "{err}");
    let doc: Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.cases.len(), 3);
    // --quiet silences notes as it silences warnings.
    let out = run(&["extract", "--quiet", path]);
    assert!(out.stderr.is_empty());
}

#[test]
fn a_file_of_cover_and_contents_only_has_no_cases() {
    let text = [COVER, CONTENTS].join("\n\n\n");
    let err = jirei::extract_bytes("front.txt", text.as_bytes(), &Default::default()).unwrap_err();
    assert!(matches!(err, jirei::Error::NoCasePage(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        "no cases found: the file holds no case page, only page 1 (a cover), \
         page 2 (the table of contents)"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("front.txt");
    std::fs::write(&path, text).unwrap();
    let out = run(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no case page"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn without_blank_lines_the_pages_are_found_around_banners_and_footers() {
    // Blank lines squeezed out: pages are cut around the banners, and what
    // follows a page number and reads as no case is a page of its own.
    let text: String = bulletin()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let doc = extract(&text);
    let titles: Vec<Option<&str>> = doc.cases.iter().map(|c| c.title.as_deref()).collect();
    assert_eq!(
        titles,
        vec![
            Some("地元企業と若者をつなぐ職場見学ツアーを実施"),
            Some("高校生の保護者向けに地元就職説明会を開催"),
            Some("障害者の就労促進に向け、市と労働局が雇用連携協定を締結!"),
        ]
    );
    let notes: Vec<&str> = doc
        .diagnostics
        .iter()
        .filter(|d| d.level == Level::Note)
        .map(|d| d.message.as_str())
        .collect();
    // Cover, contents and the first divider stand before the first banner with
    // no footer between them: one page, read as the contents it mostly is.
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes[0].starts_with("page 1 (lines 1-12) is the table of contents"));
    assert!(notes[1].contains("is a divider, not a case: 「2.障害者の就職支援」"));
    assert!(notes[2].contains("is an index of contacts"));
    for (c, footer) in doc.cases.iter().zip(["－１－", "２", "Ｐ．３"]) {
        let last = c.provenance.last().unwrap();
        assert_eq!((last.field, last.raw.as_str()), (Field::Footer, footer));
        assert!(
            lines_with(c, Field::Unassigned).is_empty(),
            "page {}",
            c.page
        );
    }
    assert_eq!(
        roles_of(&doc.cases[1]),
        roles_of(&extract(&bulletin()).cases[1])
    );
}
