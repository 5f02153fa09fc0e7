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

use common::{captions_of, paragraphs, read_page, roles_of, written};

/// 観光業の人材確保: the role table has a header row, one name cell a line
/// with its items, and the association's name wrapped over two rows, its
/// second part ending as an organisation's name does.
const A_ROLE_TABLE_ROW_BY_ROW: &str = "\
【岐阜県】 【岐阜県高山市】 【一般社団法人飛騨地域観光協会】
【岐阜労働局ハローワーク高山】

宿泊施設の人手不足に、市・県・協会・ハローワークが
合同の職場見学ツアーで応える

国と地方自治体の連携による雇用対策好事例

【課題・目的】 【取組内容】

外国人観光客の回復で宿泊施設の客室稼働率が上がる一方、調理や客室清掃の担い手が不足し、
客室を絞って営業する施設もあった。仕事の中身を見てもらう機会をつくり、地元の求職者の
宿泊業への就職を進める。

◆旅館・ホテル６施設を巡る「おしごと見学バスツアー」を秋と冬に開催
◆見学後に施設の担当者との面談会を実施

【役割分担】
団 体 主な役割
高山市 ・ツアーの企画、全体の調整
・市広報紙での周知
岐阜県 ・宿泊業向け人材確保補助金の案内
一般社団法人飛騨 ・会員施設への参加呼びかけ
地域観光協会 ・見学先施設の調整
ハローワーク ・求人の受理、職業紹介
・求職者への参加勧奨

【効果】
◆ツアー参加者 ３２名のうち、就職者 １１名

≪照会先≫ 岐阜労働局職業安定部職業安定課 （ＴＥＬ：058-263-5650）
";

#[test]
fn a_role_table_read_row_by_row_gives_one_role_per_name_cell() {
    let doc = read_page(A_ROLE_TABLE_ROW_BY_ROW);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "高山市",
                vec!["ツアーの企画、全体の調整", "市広報紙での周知"]
            ),
            ("岐阜県", vec!["宿泊業向け人材確保補助金の案内"]),
            (
                "一般社団法人飛騨地域観光協会",
                vec!["会員施設への参加呼びかけ", "見学先施設の調整"]
            ),
            (
                "ハローワーク",
                vec!["求人の受理、職業紹介", "求職者への参加勧奨"]
            ),
        ]
    );
    // The table's header row belongs to no field: not the overview, no caption.
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "◆旅館・ホテル6施設を巡る「おしごと見学バスツアー」を秋と冬に開催",
            "◆見学後に施設の担当者との面談会を実施"
        ])
    );
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
}

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
