//! Role blocks whose headers are printed alike: the next organisation's header
//! repeats the mark of the header above (`○高知県` over `・…` items, then
//! `○移住・交流コンシェルジュ`)
//! and stands over items of the same mark as those above. It heads the next
//! role block, whatever its name looks like; it is no item of the role above.

use jirei::model::Document;

fn extract(text: &str) -> Document {
    jirei::extract_bytes("alike.txt", text.as_bytes(), &Default::default()).unwrap()
}

/// (org, items) of each role block.
fn roles_of(doc: &Document) -> Vec<(String, Vec<String>)> {
    doc.cases[0]
        .roles
        .iter()
        .map(|r| (r.org.clone(), r.items.clone()))
        .collect()
}

fn role(org: &str, items: &[&str]) -> (String, Vec<String>) {
    (
        org.to_string(),
        items.iter().map(|s| s.to_string()).collect(),
    )
}

/// Headers marked ○ over ・ items in the role column; the second header names
/// a desk that is no prefecture, city or bureau.
const DESK: &str = "\
国と地方自治体の連携による雇用対策好事例

中山間地域への移住者の就職を
「こうち移住就職サポート」で一体的に支援

【高知県】【高知県移住・交流コンシェルジュ】【高知労働局】

【取組の概要】 【連携体制】

県の移住・交流コンシェルジュが移住希望者の相談を受け、仕事の希望を聞き取って
ハローワーク高知へつないだ。ハローワークは中山間地域の求人を紹介し、
面接の日程を調整した。
・移住相談会（全６回、相談者 延べ８４名）

○高知県
・移住相談会の開催、市町村への周知
・住まい探しの経費の補助
○移住・交流コンシェルジュ
・移住希望者の相談受付
・仕事の希望の聞き取り
○高知労働局・ハローワーク
・中山間地域の求人の紹介
・面接の日程調整

【今後の展開】
令和６年度は相談会を町村にも広げ、移住後の定着の支援を強化する。

≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ 088-885-6051
";

#[test]
fn a_header_marked_as_the_one_above_heads_the_next_role() {
    let doc = extract(DESK);
    assert_eq!(
        roles_of(&doc),
        vec![
            role(
                "高知県",
                &["移住相談会の開催、市町村への周知", "住まい探しの経費の補助"]
            ),
            role(
                "移住・交流コンシェルジュ",
                &["移住希望者の相談受付", "仕事の希望の聞き取り"]
            ),
            role(
                "高知労働局・ハローワーク",
                &["中山間地域の求人の紹介", "面接の日程調整"]
            ),
        ]
    );
}

/// A bullet list in the overview under a ○ line that is no role header: its
/// sub-items stay text (nothing heads a role there).
#[test]
fn marked_lines_under_no_role_header_head_nothing() {
    let doc = extract(DESK);
    let overview = &doc.cases[0].sections.overview;
    assert!(overview
        .as_ref()
        .is_some_and(|s| s.text.contains("移住相談会")));
}
