//! What stands over or before a headline and is no part of it — the case's
//! number (`事例４`) and a theme tag in 【】 (`【農業の担い手確保】`) — and
//! photo captions or a sign's words printed loose, without brackets, after a
//! section's last paragraph. Pages written for these tests in the series'
//! template, on other themes than the blind pages.

mod common;

use common::{captions_of, paragraphs, read_page, written};

/// A theme tag over a headline wrapped on two lines, above the banner; a
/// photo's caption printed loose after the effect's items (a noun phrase,
/// no を of a sentence).
const TAG_OVER_A_WRAPPED_HEADLINE: &str = "\
【農業の担い手確保】
農業法人の仕事を見て、触れて、選ぶ
就農希望者と法人をつなぐ体験ツアー

国と地方自治体の連携による雇用対策好事例

【熊本県】 【熊本労働局ハローワーク八代】

【課題・目的】
県南の農業法人では、高齢化により働き手が減っている。就農を考える求職者に
法人の仕事を直接体験してもらい、法人への就職につなげる。

【実施概要】
県とハローワークが、トマト農家とい草農家を巡る一日体験ツアーを実施した。

【効果】
◆体験ツアーに求職者１６名が参加し、うち５名が法人に就職した。
◆参加した法人から、次回の受入れを希望する声があった。

トマトの収穫作業に挑むツアーの参加者

≪照会先≫ 熊本労働局職業安定部職業安定課 （ＴＥＬ：０９６－２１１－１７０３）
";

#[test]
fn a_theme_tag_over_the_headline_is_no_part_of_it_nor_of_the_purpose() {
    let doc = read_page(TAG_OVER_A_WRAPPED_HEADLINE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("農業法人の仕事を見て、触れて、選ぶ就農希望者と法人をつなぐ体験ツアー")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["県南の農業法人では、高齢化により働き手が減っている。就農を考える求職者に法人の仕事を直接体験してもらい、法人への就職につなげる。"])
    );
    assert_eq!(captions_of(c), ["トマトの収穫作業に挑むツアーの参加者"]);
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆体験ツアーに求職者16名が参加し、うち5名が法人に就職した。",
            "◆参加した法人から、次回の受入れを希望する声があった。"
        ])
    );
}

/// The case's number and a theme tag on one line, over a headline asking a
/// question, printed after the party row and a heading; the words of a sign
/// in half-width katakana, two phrases parted by a space, after the
/// overview's paragraph; an effect of one short line right under its heading.
const NUMBER_AND_TAG_OVER_A_QUESTION: &str = "\
国と地方自治体の連携による雇用対策好事例

【課題・目的】

【鳥取県】 【鳥取県米子市】 【鳥取労働局ハローワーク米子】

事例４【介護人材確保】
介護の仕事は若者に選ばれるか？

市内の介護事業所では若い職員が少なく、人材の確保が難しくなっている。
高校生や若い求職者に介護の仕事を知ってもらい、就職につなげる。

【実施概要】
市とハローワークが、介護事業所の職員と若者が話す座談会を年３回開いた。
県は、介護の資格を取るための費用を助成した。

ｹｱ就職相談ｺｰﾅｰ　ﾘｰﾌﾚｯﾄ設置

【効果】
若手介護職員の採用数の増加と職場への定着

≪照会先≫ 鳥取労働局職業安定部職業安定課 （ＴＥＬ：０８５７－２９－１７０７）
";

#[test]
fn the_case_number_and_its_tag_over_a_question_headline_are_no_part_of_it() {
    let doc = read_page(NUMBER_AND_TAG_OVER_A_QUESTION);
    let c = &doc.cases[0];
    assert_eq!(c.title.as_deref(), Some("介護の仕事は若者に選ばれるか?"));
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の介護事業所では若い職員が少なく、人材の確保が難しくなっている。高校生や若い求職者に介護の仕事を知ってもらい、就職につなげる。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市とハローワークが、介護事業所の職員と若者が話す座談会を年3回開いた。県は、介護の資格を取るための費用を助成した。"])
    );
    assert_eq!(captions_of(c), ["ケア就職相談コーナー リーフレット設置"]);
    // The effect's only line, right below its heading, stays the effect's.
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["若手介護職員の採用数の増加と職場への定着"])
    );
}

/// The case's number and the headline on one line, the headline closing on
/// the quoted name of its programme.
const NUMBER_BEFORE_THE_HEADLINE: &str = "\
【目的】
山あいの集落では農家の後継者が不足している。移住を考える求職者に農業の
仕事を学ぶ場をつくり、集落への定住と就農を図る。

国と地方自治体の連携による雇用対策好事例

【高知県】【高知県四万十町】【高知労働局ハローワーク須崎】

事例２　農家と移住者がともに育つ「里山しごと塾」

【実施概要】
町の農家が講師となり、移住を考える求職者が半年間、米と野菜づくりを学んだ。

【効果】
塾を修了した８名のうち６名が町内に移住し、農業法人に就職した。

≪照会先≫ 高知労働局職業安定部職業安定課 （ＴＥＬ：０８８－８８５－６０５２）
";

#[test]
fn the_case_number_before_the_headline_on_its_line_is_no_part_of_it() {
    let doc = read_page(NUMBER_BEFORE_THE_HEADLINE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("農家と移住者がともに育つ「里山しごと塾」")
    );
}

/// A page opening on a photo's caption marked by ▲ and a mascot's name, the
/// purpose under its heading, then the banner and the headline below it.
const PHOTO_CAPTION_OVER_THE_PURPOSE: &str = "\
▲介護事業所見学会の様子（長野市役所）

ながモン

【課題・目的】
市内の介護事業所では若い職員が少なく、人材の確保が難しくなっている。
求職者に職場を見てもらい、介護の仕事への就職につなげる。

国と地方自治体の連携による雇用対策好事例

見て、知って、選ぶ介護の仕事を
市・県・ハローワークが一緒に後押し

【長野県】 【長野市】 【長野労働局ハローワーク長野】

【実施概要】
市とハローワークが、介護事業所を巡る見学会を年４回開いた。

【効果】
◆見学会に求職者２４名が参加し、うち８名が介護事業所に就職した。

≪照会先≫ 長野労働局職業安定部職業安定課 （ＴＥＬ：０２６－２２６－０８６５）
";

#[test]
fn a_photo_caption_marked_by_a_triangle_is_never_the_headline() {
    let doc = read_page(PHOTO_CAPTION_OVER_THE_PURPOSE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("見て、知って、選ぶ介護の仕事を市・県・ハローワークが一緒に後押し")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の介護事業所では若い職員が少なく、人材の確保が難しくなっている。求職者に職場を見てもらい、介護の仕事への就職につなげる。"])
    );
    assert!(
        captions_of(c).contains(&"▲介護事業所見学会の様子(長野市役所)"),
        "{:?}",
        captions_of(c)
    );
}
