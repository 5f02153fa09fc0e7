//! Boxes a reader tells apart at a glance, written for these tests in the
//! series' template (製造業の工場見学ツアー, 生活保護受給者の就労支援): a
//! headline set apart above the paragraph it introduces, a numbered flow under
//! a label in brackets, a role item wrapped after a word that ends as an
//! organisation's name, and the words of a diagram (boxes with their tasks in
//! brackets, a row of organisations' names). The expectations are what a
//! reader of each page writes down.

mod common;

use common::{captions_of, paragraphs, read_page, roles_of, written};

use jirei::normalize::squeeze;

/// The headline read out between the purpose's paragraph and the overview's,
/// as wide as the overview's lines, with blank lines around it; below the
/// overview, a diagram of the partners: each box a name with its task in
/// brackets, two boxes read out on one line.
const A_HEADLINE_ABOVE_ITS_PARAGRAPH_AND_A_DIAGRAM: &str = "\
国と地方自治体の連携による雇用対策好事例

【目的】

【静岡県浜松市】 【静岡労働局ハローワーク浜松】

【実施概要】

市内の製造業では熟練技能者の高齢化が進み、若い世代の人材確保が急務となって
いる。求職者が製造現場を直接見る機会を設けることで、仕事への理解を深め、
製造業への就職を促進する。

製造業の工場見学と職業相談を同じ日に行い、若者の製造業への就職を後押し

令和３年度から、ハローワーク浜松の求職者を対象に、市内の製造業の工場を巡
り、その場で職業相談を受けられる「ものづくりバスツアー」を隔月で運行。
・工場の製造ラインの見学と若手社員との座談会
・ハローワーク職員による職業相談、応募書類の助言

浜松市（ツアーの企画・バスの手配）
ハローワーク浜松（求職者の募集） 受入企業（工場の案内）
合同ツアー（隔月１回）

【効果】

◆ツアーには毎回１８名程度が参加し、年間の参加者は延べ１０６名。
◆参加者のうち３１名が見学先を含む市内の製造業に就職した。

≪照会先≫ 静岡労働局職業安定部職業安定課（ＴＥＬ：０５４－２７１－９９５０）
";

#[test]
fn a_headline_set_apart_is_no_first_line_and_diagram_boxes_are_captions() {
    let doc = read_page(A_HEADLINE_ABOVE_ITS_PARAGRAPH_AND_A_DIAGRAM);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref().map(squeeze).as_deref(),
        Some("製造業の工場見学と職業相談を同じ日に行い、若者の製造業への就職を後押し")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の製造業では熟練技能者の高齢化が進み、若い世代の人材確保が急務となっている。求職者が製造現場を直接見る機会を設けることで、仕事への理解を深め、製造業への就職を促進する。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "令和3年度から、ハローワーク浜松の求職者を対象に、市内の製造業の工場を巡り、その場で職業相談を受けられる「ものづくりバスツアー」を隔月で運行。",
            "・工場の製造ラインの見学と若手社員との座談会",
            "・ハローワーク職員による職業相談、応募書類の助言",
        ])
    );
    assert_eq!(
        captions_of(c),
        [
            "浜松市(ツアーの企画・バスの手配)",
            "ハローワーク浜松(求職者の募集)",
            "受入企業(工場の案内)",
            "合同ツアー(隔月1回)",
        ]
    );
}

/// No 【実施概要】 printed: the flow of the support, numbered under a label in
/// brackets below the purpose's paragraph, is the overview; the first item of
/// the last role block wraps after a word that ends as an organisation's name
/// (…受入企業); a diagram of the partners, a row of names, below the flow.
const A_FLOW_UNDER_A_LABEL_AND_A_WRAPPED_ROLE_ITEM: &str = "\
国と地方自治体の連携による雇用対策好事例

高知市と国が一体となり、生活保護受給者の就労と職場定着を支援

【課題・目的】

【高知県高知市】 【高知労働局ハローワーク高知】

【役割分担】

生活保護受給者の中には、長く仕事から離れていたために就職活動に踏み出せない
方が多い。福祉と就労の窓口が連携し、一人ひとりの状況に合わせた支援を切れ目な
く行うことで、経済的な自立を図る。

＜支援の流れ＞
①初回面談：市の就労支援員が生活の状況と働く意欲を確かめる
②職業相談：ハローワークの就職支援ナビゲーターが求人を紹介
③定着支援：支援員が職場を訪問

高知市 福祉事務所

ハローワーク高知 高知県社会福祉協議会

【高知市】
◆就労支援員による面談
◆就職に必要な費用の助成

【ハローワーク】
◆若者向け求人の開拓と受入企業
見学会の日程調整

◆職業相談・職業紹介
◆求職者への周知

【効果】
◆令和３年度の支援対象者 ８４名のうち４６名が就職した。
◆就職後３か月時点で働き続けている方は３９名。

≪照会先≫ 高知労働局職業安定部職業安定課（ＴＥＬ：０８８－８８５－６０５１）
";

#[test]
fn a_numbered_flow_under_a_label_is_the_overview_and_a_wrapped_item_no_header() {
    let doc = read_page(A_FLOW_UNDER_A_LABEL_AND_A_WRAPPED_ROLE_ITEM);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["生活保護受給者の中には、長く仕事から離れていたために就職活動に踏み出せない方が多い。福祉と就労の窓口が連携し、一人ひとりの状況に合わせた支援を切れ目なく行うことで、経済的な自立を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "<支援の流れ>",
            "①初回面談:市の就労支援員が生活の状況と働く意欲を確かめる",
            "②職業相談:ハローワークの就職支援ナビゲーターが求人を紹介",
            "③定着支援:支援員が職場を訪問",
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "高知市",
                vec!["就労支援員による面談", "就職に必要な費用の助成"]
            ),
            (
                "ハローワーク",
                vec![
                    "若者向け求人の開拓と受入企業見学会の日程調整",
                    "職業相談・職業紹介",
                    "求職者への周知"
                ]
            ),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆令和3年度の支援対象者84名のうち46名が就職した。",
            "◆就職後3か月時点で働き続けている方は39名。",
        ])
    );
    assert_eq!(
        captions_of(c),
        ["高知市 福祉事務所", "ハローワーク高知 高知県社会福祉協議会"]
    );
}

/// A diagram printed under its title right after the last role item, a blank
/// line between: the title names a picture of the scheme (…のイメージ), its
/// words below it side by side; they are no part of the item above.
const A_TITLED_DIAGRAM_BELOW_THE_ROLES: &str = "\
国と地方自治体の連携による雇用対策好事例

森林組合と連携し、林業の担い手を確保

【岐阜県郡上市】 【岐阜労働局ハローワーク岐阜八幡】

【目的】
林業従事者の高齢化が進み、伐採や植林の担い手が不足している。
【実施概要】
林業に関心のある求職者を対象に、森林組合の現場で３日間の就業体験を行う
「林業おためし就業」を実施。
【役割分担】

【郡上市】
◆ 就業体験の企画・森林組合との調整
◆ 移住希望者への住まいの案内

【ハローワーク】
◆ 求職者への周知と参加者の募集
◆ 体験後の職業相談・職業紹介

林業おためし就業のイメージ
求職者 森林組合 市・ハローワーク
３日間の現場体験

【効果】
就業体験には２２名が参加し、そのうち６名が森林組合に就職した。

≪照会先≫ 岐阜労働局職業安定部職業安定課（ＴＥＬ：０５８－２４５－１３１１）
";

#[test]
fn a_titled_diagram_after_the_last_role_item_is_captions() {
    let doc = read_page(A_TITLED_DIAGRAM_BELOW_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "郡上市",
                vec![
                    "就業体験の企画・森林組合との調整",
                    "移住希望者への住まいの案内"
                ]
            ),
            (
                "ハローワーク",
                vec!["求職者への周知と参加者の募集", "体験後の職業相談・職業紹介"]
            ),
        ]
    );
    assert_eq!(
        captions_of(c),
        [
            "林業おためし就業のイメージ",
            "求職者 森林組合 市・ハローワーク",
            "3日間の現場体験",
        ]
    );
}
