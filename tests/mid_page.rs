//! What stands in the middle of a page, written for these tests in the
//! series' template (離島の人手不足): a headline read out after the heading
//! row. The expectations are what a reader of each page writes down.

mod common;

use common::check_provenance;

use jirei::model::{Document, Section};
use jirei::normalize::squeeze;

fn extract(text: &str) -> Document {
    let doc = jirei::extract_bytes("mid.txt", text.as_bytes(), &Default::default()).unwrap();
    check_provenance(text.as_bytes(), &doc);
    doc
}

/// A section's paragraphs, each without white space (none: the section is null).
fn paragraphs(s: &Option<Section>) -> Option<Vec<String>> {
    s.as_ref()
        .map(|s| s.text.split('\n').map(squeeze).collect())
}

/// The paragraphs as written down.
fn written(ps: &[&str]) -> Option<Vec<String>> {
    Some(ps.iter().map(|p| p.to_string()).collect())
}

/// The headline after the party row and the heading row, opening with the
/// programme's name in quotes and closing on the noun of what it does
/// (…を解消): no word of a headline list, but a headline by its form.
const A_QUOTED_HEADLINE_AFTER_THE_HEADINGS: &str = "\
国と地方自治体の連携による雇用対策好事例

【課題・目的】

【実施概要】

【役割分担】

【長崎県五島市】 【長崎労働局ハローワーク五島】

「しごと出前便」で離島の事業所の人手不足を解消

【五島市】
◆出前便の車両の手配
◆市報での周知

【ハローワーク】
◆求人の受理と職業紹介

【効果】

島内の水産加工業や宿泊業では働き手の高齢化が進み、求人を出しても応募が
ない事業所が多い。離島の求職者が島を出ずに仕事を探せるようにすることが
課題である。

ハローワークの職員が市の車両で島内の集落を巡回し、出張相談と求人情報の提供を
実施した。

出前便の利用者は延べ８５人、うち１２人が島内の事業所に就職した。

≪照会先≫ 長崎労働局職業安定部職業安定課 ＴＥＬ ０９５－８０１－００４０
";

#[test]
fn a_headline_opening_with_a_quoted_name_stands_after_the_headings() {
    let doc = extract(A_QUOTED_HEADLINE_AFTER_THE_HEADINGS);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("「しごと出前便」で離島の事業所の人手不足を解消")
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["ハローワークの職員が市の車両で島内の集落を巡回し、出張相談と求人情報の提供を実施した。"])
    );
}
