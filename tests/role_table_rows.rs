//! Roles printed as a table read row by row, on pages written for these tests
//! (観光業の人材確保, 不登校経験者の就労支援): a header row naming the
//! columns (`団 体 主な役割`), then each organisation's name cell followed on
//! its line by its first ・ item, the further items on the lines below, and a
//! name cell wrapped over two rows; and a role item that opens on the names
//! of organisations and goes on, on the next line, with a particle
//! (`◆高校・地域若者サポートステーション` / `からの紹介`) below an item
//! wrapped over two lines. The expectations
//! are what a reader of each page writes down.

mod common;

use common::{read_page, roles_of};

/// 不登校経験者の就労支援: a role item opening on the names of two
/// organisations wraps before its particle (`からの紹介`), below an item
/// that wraps too.
const AN_ITEM_OPENING_ON_ORGANISATIONS: &str = "\
国と地方自治体の連携による雇用対策好事例

【山口県】 【山口県防府市】 【山口労働局ハローワーク防府】

不登校を経験した若者の一歩目を、市とハローワークが伴走支援

【課題・目的】
中学・高校で不登校を経験した若者は、就職活動の始め方が分からないまま
家にとどまることが多い。相談から職場体験、就職までを切れ目なく支援する。

【実施概要】
市の若者相談窓口で把握した若者に、ハローワークの担当者が個別に職業相談を行い、
本人の希望に応じて短時間の職場体験を組み合わせて就職につなげる。

【役割分担】

【防府市】
◆若者相談窓口での個別相談の
受付
◆高校・地域若者サポートステーション
からの紹介
◆職場体験先の確保

【ハローワーク】
◆担当者制による職業相談
◆短時間求人の開拓

【効果】
◆相談者 ２４名のうち、就職者 ８名

≪照会先≫ 山口労働局職業安定部職業安定課 （ＴＥＬ：083-995-0380）
";

#[test]
fn an_item_opening_on_organisations_and_going_on_with_a_particle_is_an_item() {
    let doc = read_page(AN_ITEM_OPENING_ON_ORGANISATIONS);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "防府市",
                vec![
                    "若者相談窓口での個別相談の受付",
                    "高校・地域若者サポートステーションからの紹介",
                    "職場体験先の確保"
                ]
            ),
            (
                "ハローワーク",
                vec!["担当者制による職業相談", "短時間求人の開拓"]
            ),
        ]
    );
}
