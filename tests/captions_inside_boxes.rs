//! Captions, a diagram's words and page furniture read out inside or next to
//! the boxes of a page: a photo's caption glued to the end of a bullet item or
//! printed in the middle of a wrapped one, a diagram's words in rows over two
//! lines or spaced out letter by letter, loose captions right below the role
//! blocks, the ministry's office printed at the page's foot. Written for
//! these tests (themes: 就農体験, 工場撤退に伴う再就職支援), scrambled as the
//! PDF conversion scrambles them. The expectations are what a reader of each
//! page writes down.

mod common;

use common::{captions_of, paragraphs, read_page, written};

use jirei::model::{Case, Field};

fn field_of<'a>(c: &'a Case, raw: &str) -> Vec<&'a Field> {
    c.provenance
        .iter()
        .filter(|p| p.raw == raw)
        .map(|p| &p.field)
        .collect()
}

/// A photo's caption in ≪≫ glued after a bullet item on its line, and one in
/// round brackets printed on a line of its own in the middle of a wrapped
/// bullet (`…工夫をし` / `（体験会の様子）` / `た。`).
const CAPTIONS_IN_THE_OVERVIEW: &str = "\
農業法人への就職を、体験から定着まで県・市・ハローワークが一体で支援

国と地方自治体の連携による雇用対策好事例

【高知県】 【高知県四万十市】 【高知労働局ハローワーク四万十】

【課題・目的】
市内の農業法人では担い手の高齢化が進み、新たな働き手の確保が課題となっている。
農業の仕事を知る機会を設け、若者の就農と定着を図る。

【実施概要】
県と市が連携し、農業法人での２日間の就農体験を実施。体験後はハローワークが
希望者の職業相談と求人の紹介を行う。
・就農体験の参加者には、市が宿泊施設を無料で提供し、県外からの参加を促す工夫をし
（体験会の様子）
た。
・県内外の大学で就農体験の説明会を開催 ≪就農体験会の作業風景≫

【効果】
◆就農体験の参加者 ４２名、うち農業法人への就職者 １２名
◆参加者アンケートでは、９割が「農業の仕事への理解が深まった」と回答した。

≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ：０８８－８８５－６０５１
";

#[test]
fn photo_captions_inside_the_overviews_bullets_are_captions() {
    let doc = read_page(CAPTIONS_IN_THE_OVERVIEW);
    let c = &doc.cases[0];
    assert_eq!(captions_of(c), ["(体験会の様子)", "≪就農体験会の作業風景≫"]);
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "県と市が連携し、農業法人での2日間の就農体験を実施。体験後はハローワークが希望者の職業相談と求人の紹介を行う。",
            "・就農体験の参加者には、市が宿泊施設を無料で提供し、県外からの参加を促す工夫をした。",
            "・県内外の大学で就農体験の説明会を開催",
        ])
    );
}
