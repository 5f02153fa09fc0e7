//! Captions, a diagram's words and page furniture read out inside or next to
//! the boxes of a page: a photo's caption glued to the end of a bullet item or
//! printed in the middle of a wrapped one, a diagram's words in rows over two
//! lines or spaced out letter by letter, loose captions right below the role
//! blocks, the ministry's office printed at the page's foot. Written for
//! these tests (themes: 就農体験, 工場撤退に伴う再就職支援), scrambled as the
//! PDF conversion scrambles them. The expectations are what a reader of each
//! page writes down.

mod common;

use common::{captions_of, comments_of, paragraphs, read_page, roles_of, written};

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

/// A diagram's words in rows over two lines (`農業法人 就農体験` / `職業相談
/// 求人紹介 就職・定着`) after the overview's box, and two photos' captions
/// side by side right below the role blocks.
const DIAGRAM_ROWS_AND_LOOSE_CAPTIONS: &str = "\
農業法人への就職を、体験から定着まで県・市・ハローワークが一体で支援

国と地方自治体の連携による雇用対策好事例

【高知県】 【高知県四万十市】 【高知労働局ハローワーク四万十】

【課題・目的】
市内の農業法人では担い手の高齢化が進み、新たな働き手の確保が課題となっている。
農業の仕事を知る機会を設け、若者の就農と定着を図る。

【実施概要】
県と市が連携し、農業法人での２日間の就農体験を実施。体験後はハローワークが
希望者の職業相談と求人の紹介を行う。

農業法人 就農体験
職業相談 求人紹介 就職・定着

【役割分担】
【高知県】
◆就農体験の企画・農業法人との調整
◆県外大学での説明会の開催
【ハローワーク】
◆職業相談・求人の紹介
◆就職後の定着支援

ビニールハウスでの収穫体験 農業法人の代表者による説明

【効果】
◆就農体験の参加者 ４２名、うち農業法人への就職者 １２名
◆参加者アンケートでは、９割が「農業の仕事への理解が深まった」と回答した。

≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ：０８８－８８５－６０５１
";

#[test]
fn a_diagrams_rows_and_loose_captions_below_the_roles_are_captions() {
    let doc = read_page(DIAGRAM_ROWS_AND_LOOSE_CAPTIONS);
    let c = &doc.cases[0];
    for caption in [
        "農業法人 就農体験",
        "職業相談 求人紹介 就職・定着",
        "ビニールハウスでの収穫体験 農業法人の代表者による説明",
    ] {
        assert_eq!(field_of(c, caption), [&Field::Caption], "{caption}");
    }
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "県と市が連携し、農業法人での2日間の就農体験を実施。体験後はハローワークが希望者の職業相談と求人の紹介を行う。"
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "高知県",
                vec![
                    "就農体験の企画・農業法人との調整",
                    "県外大学での説明会の開催"
                ]
            ),
            (
                "ハローワーク",
                vec!["職業相談・求人の紹介", "就職後の定着支援"]
            ),
        ]
    );
}

/// Headings in a row with their boxes below, a diagram's words after the
/// effect (a row of three names over one more, and box words spaced out
/// letter by letter), then the ministry's office and the page number at the
/// page's foot.
const DIAGRAMS_AFTER_THE_EFFECT: &str = "\
工場撤退に伴う離職者の再就職を、市・県・ハローワークが一体となって支援

国と地方自治体の連携による雇用対策好事例

【静岡県】 【静岡県浜松市】 【静岡労働局ハローワーク浜松】

【課題・目的】 【実施概要】

市内の自動車部品工場の撤退に伴い、多くの従業員が離職する見込みとなった。
離職者の早期再就職を図るため、市・県・国が一体となって支援する必要がある。

◆撤退の公表直後に市・県・ハローワークによる対策会議を設置
◆工場内に出張相談窓口を開設し、離職予定者の職業相談を実施
◆市内企業による合同面接会を開催

【効果】
◆離職者 １８０名のうち、再就職した者 １５２名
◆合同面接会 参加企業 ４５社

対策会議 出張相談窓口 合同面接会
再就職

市 内 企 業
求 人 を 要 請
離 職 者 （ 再 就 職 ）

≪照会先≫ 静岡労働局職業安定部職業安定課 ＴＥＬ：０５４－２７１－９９５０

厚生労働省 職業安定局 首席職業指導官室
－３－
";

#[test]
fn a_diagrams_words_after_the_effect_are_captions_the_ministrys_office_furniture() {
    let doc = read_page(DIAGRAMS_AFTER_THE_EFFECT);
    let c = &doc.cases[0];
    for caption in [
        "対策会議 出張相談窓口 合同面接会",
        "再就職",
        "市 内 企 業",
        "求 人 を 要 請",
        "離 職 者 （ 再 就 職 ）",
    ] {
        assert_eq!(field_of(c, caption), [&Field::Caption], "{caption}");
    }
    for furniture in ["厚生労働省 職業安定局 首席職業指導官室", "－３－"] {
        assert_eq!(field_of(c, furniture), [&Field::Footer], "{furniture}");
    }
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の自動車部品工場の撤退に伴い、多くの従業員が離職する見込みとなった。離職者の早期再就職を図るため、市・県・国が一体となって支援する必要がある。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "◆撤退の公表直後に市・県・ハローワークによる対策会議を設置",
            "◆工場内に出張相談窓口を開設し、離職予定者の職業相談を実施",
            "◆市内企業による合同面接会を開催",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆離職者180名のうち、再就職した者152名",
            "◆合同面接会参加企業45社"
        ])
    );
}

/// Two headings in a row, the second broken inside its brackets (`【実施概要】
/// 【役割` / `分担】`), over the overview's box and the role blocks.
const A_ROW_OF_HEADINGS_BROKEN: &str = "\
【愛媛県松山市】 【愛媛労働局ハローワーク松山】

国と地方自治体の連携による雇用対策好事例

ひとり親家庭の親の就職を、市の相談窓口とハローワークが連携して支援

【実施概要】 【役割
分担】

◆ 市の子育て支援課で把握したひとり親のうち、就職を希望する者をハローワークの
担当者制による個別支援につなぐ。

【松山市】
◆ひとり親の把握と本人への案内
【ハローワーク】
◆担当者制による職業相談・紹介

【効果】
◆ 個別支援につないだひとり親 ２４名、就職者 １５名

≪照会先≫ 愛媛労働局職業安定部職業安定課 ＴＥＬ：０８９－９４３－５２２１
";

#[test]
fn the_last_heading_of_a_row_broken_inside_its_brackets_is_a_heading() {
    let doc = read_page(A_ROW_OF_HEADINGS_BROKEN);
    let c = &doc.cases[0];
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
    assert_eq!(field_of(c, "分担】"), [&Field::Heading]);
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["◆市の子育て支援課で把握したひとり親のうち、就職を希望する者をハローワークの担当者制による個別支援につなぐ。"])
    );
    assert_eq!(
        roles_of(c),
        [
            ("松山市", vec!["ひとり親の把握と本人への案内"]),
            ("ハローワーク", vec!["担当者制による職業相談・紹介"]),
        ]
    );
}

/// A photo's note marked by ※ (`※写真は…の様子（…）`) standing between blank
/// lines in the middle of a comment's sentence: the comment runs on past it,
/// though its tail is one line, and the note is a caption.
const NOTE_ON_THE_PHOTO_INSIDE_A_COMMENT: &str = "\
介護の仕事を知る「職場見学バスツアー」で福祉人材を確保

国と地方自治体の連携による雇用対策好事例

【長野県】 【長野県松本市】 【長野労働局ハローワーク松本】

【課題・目的】
市内の介護施設では職員の不足が続き、新たな担い手の確保が課題となっている。
介護の仕事を実際に見る機会を設け、求職者の就職につなげる。

【実施概要】
◆市内の介護施設を巡る見学バスツアーを開催
◆ツアー後にハローワークが個別相談と求人の紹介を実施

【効果】
◆ツアー参加者 ３５名、うち介護施設への就職者 ９名

＜松本市コメント＞
施設の職員と直接話すことで、介護の仕事の

やりがいを感じてもらえたようです。今後も

※写真は見学バスツアーでの施設見学の様子（令和５年９月 松本市内）

続けていきます。

≪照会先≫ 長野労働局職業安定部職業安定課 ＴＥＬ：０２６－２２６－０８６５
";

#[test]
fn a_photos_note_marked_by_a_reference_mark_inside_a_comment_is_a_caption() {
    let doc = read_page(NOTE_ON_THE_PHOTO_INSIDE_A_COMMENT);
    let c = &doc.cases[0];
    assert_eq!(
        captions_of(c),
        ["※写真は見学バスツアーでの施設見学の様子(令和5年9月 松本市内)"]
    );
    assert_eq!(
        comments_of(c),
        [(
            "松本市",
            "施設の職員と直接話すことで、介護の仕事のやりがいを感じてもらえたようです。今後も続けていきます。"
                .to_string()
        )]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆ツアー参加者35名、うち介護施設への就職者9名"])
    );
}
