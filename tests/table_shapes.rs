//! A flattened table is read from its structure, whatever shape the
//! converter left it in: column names on one line over each row's cells one
//! a line (the row's name cells first, then its values), or a line of months
//! (or sessions) over the line of their cells, under a heading that names
//! what they count. Each cell is labelled by its column's noun (or the
//! heading's), qualified by its row or month; a total of the table repeated
//! in a sentence after it is that total, not another figure. Pages written
//! for these tests (themes: 保育士の復職支援, 観光業の人材確保), read as a
//! person reads them.

mod common;

use common::read_page;

use jirei::model::{Case, MetricCategory};

/// (label, value, qualifier) of each metric of a case.
fn read(c: &Case) -> Vec<(&str, u64, Option<&str>)> {
    c.metrics
        .iter()
        .map(|m| (m.label.as_str(), m.value, m.qualifier.as_deref()))
        .collect()
}

/// A 保育士 page whose effect prints its table column by column: the names
/// on one line, then every cell on a line of its own, a `－` where a session
/// has no figure yet.
const NURSERY_TEACHERS: &str = "\
国と地方自治体の連携による雇用対策好事例

【岐阜県】【岐阜労働局ハローワーク岐阜】

潜在保育士の職場復帰を後押しする研修会

【課題・目的】
県内の保育所では保育士の不足が続いている。資格を持ちながら保育の仕事を離れている方の復職を支援し、保育人材の確保を図る。

【実施概要】
県が保育実技の研修会を３か所で開催し、ハローワークが参加者に保育所の求人を紹介した。

【効果】
＜研修会の実績＞
回 開催地 参加者 うち求職申込 採用者
第１回
岐阜市
２１名
１１名
５名
第２回
大垣市
１３名
７名
３名
第３回
高山市
９名
－
２名
◆ 研修会の後、保育所の求人２４件を紹介した。

≪照会先≫ 岐阜労働局職業安定部職業安定課 ＴＥＬ：０５８－２４５－１３１４
";

#[test]
fn a_table_read_out_cell_by_cell_labels_each_cell_by_its_column() {
    let doc = read_page(NURSERY_TEACHERS);
    let c = &doc.cases[0];
    assert_eq!(
        read(c),
        [
            ("参加者", 21, Some("第1回")),
            ("参加者", 11, Some("第1回 うち求職申込")),
            ("採用者", 5, Some("第1回")),
            ("参加者", 13, Some("第2回")),
            ("参加者", 7, Some("第2回 うち求職申込")),
            ("採用者", 3, Some("第2回")),
            ("参加者", 9, Some("第3回")),
            ("採用者", 2, Some("第3回")),
            ("求人", 24, None),
        ]
    );
    assert_eq!(c.metrics[0].category, MetricCategory::Participants);
    assert_eq!(c.metrics[2].category, MetricCategory::Employed);
}

/// A 観光業 page whose effect prints the months on one line and their
/// figures on the next, under a heading that names the count, then repeats
/// the total in a sentence.
const TOURISM_HIRES: &str = "\
国と地方自治体の連携による雇用対策好事例

【北海道釧路市】【北海道労働局ハローワーク釧路】

観光シーズンに向けた宿泊施設の人材確保

【課題・目的】
市内の宿泊施設では繁忙期の人手が足りない。求職者と施設を早い時期に結び付け、人材の確保を図る。

【実施概要】
市とハローワークが宿泊施設の合同面接会を毎月開き、応募者の相談に応じた。

【効果】
≪月別の就職者数≫
４月 ５月 ６月 ７月 計
８人 ６人 ４人 ３人 ２１人
◆ 就職者２１人は、前年同期の２倍となった。

≪照会先≫ 北海道労働局職業安定部職業安定課 ＴＥＬ：０１１－７０９－２３１１
";

#[test]
fn a_line_of_months_over_its_figures_counts_the_heading_noun() {
    let doc = read_page(TOURISM_HIRES);
    let c = &doc.cases[0];
    assert_eq!(
        read(c),
        [
            ("就職者数", 8, Some("4月")),
            ("就職者数", 6, Some("5月")),
            ("就職者数", 4, Some("6月")),
            ("就職者数", 3, Some("7月")),
            ("就職者数", 21, Some("計")),
        ]
    );
    assert!(c
        .metrics
        .iter()
        .all(|m| m.category == MetricCategory::Employed));
}
