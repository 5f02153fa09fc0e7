//! Pages in other bureaus' templates, written for these tests: headings
//! numbered in Roman numerals (`Ⅰ　背景・課題`) and printed out of order,
//! headings in words the series' template does not use (きっかけ, ねらい,
//! 取組の成果), a heading printed at the foot of its box, and a contact whose
//! second line is an e-mail address. The expectations are what a reader of
//! each page writes down.

mod common;

use common::{captions_of, paragraphs, read_page, roles_of, written};

/// Headings numbered Ⅰ to Ⅳ, the roles printed before the overview; the
/// numbers are no part of the labels, and no heading is a caption.
const ROMAN_NUMERALS_OUT_OF_ORDER: &str = "\
国と地方自治体の連携による雇用対策好事例

【石川県七尾市】【石川労働局ハローワーク七尾】

伝統工芸の担い手を工房への弟子入りで育てる

Ⅰ　背景・課題
市内の和ろうそくや漆器の工房では職人の高齢化が進み、技術の継承
が危ぶまれている。若い求職者に工房の仕事を知ってもらい、後継者
の確保を図る。

Ⅲ　役割分担
【七尾市】
◆受入工房の募集、研修手当の支給
【ハローワーク七尾】
◆求職者への周知、職業紹介

Ⅱ　実施概要
工房での６か月間の弟子入り研修を実施し、修了後は受入工房への就職
につなげた。

Ⅳ　成果
◆研修生７名のうち５名が受入工房に就職した。

≪照会先≫ 石川労働局職業安定部職業安定課 ＴＥＬ：０７６－２００－１２３４
";

#[test]
fn roman_numeral_headings_head_their_sections_in_any_order() {
    let doc = read_page(ROMAN_NUMERALS_OUT_OF_ORDER);
    let c = &doc.cases[0];
    let heading = |s: &Option<jirei::model::Section>| s.as_ref().and_then(|s| s.heading.clone());
    assert_eq!(heading(&c.sections.purpose).as_deref(), Some("背景・課題"));
    assert_eq!(heading(&c.sections.overview).as_deref(), Some("実施概要"));
    assert_eq!(heading(&c.sections.effect).as_deref(), Some("成果"));
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の和ろうそくや漆器の工房では職人の高齢化が進み、技術の継承が危ぶまれている。若い求職者に工房の仕事を知ってもらい、後継者の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["工房での6か月間の弟子入り研修を実施し、修了後は受入工房への就職につなげた。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆研修生7名のうち5名が受入工房に就職した。"])
    );
    assert_eq!(
        roles_of(c),
        vec![
            ("七尾市", vec!["受入工房の募集、研修手当の支給"]),
            ("ハローワーク七尾", vec!["求職者への周知、職業紹介"]),
        ]
    );
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
}
