//! Headings in other spellings and headlines broken apart by what the
//! conversion prints among their lines: a headline wrapped at its 、 with the
//! running banner between its lines, a headline printed between the role
//! blocks and the effect's heading with a short last line, headings in 『』.
//! Pages written for these tests in the series' template, on other themes
//! than the blind pages.

mod common;

use common::{paragraphs, read_page, roles_of, written};

/// A headline over three lines, the banner printed after its first line (left
/// on 、); letter-spaced headings in a row; the effect headed 『効果』.
const HEADLINE_ACROSS_THE_BANNER: &str = "\
介護の仕事を知らない若者に向け、
国と地方自治体の連携による雇用対策好事例
市と福祉施設とハローワークが
職場体験ツアーを開催
【長野県松本市】 【長野労働局ハローワーク松本】

【 課 題 ・ 目 的 】 【 実 施 概 要 】

市内の介護施設では職員の高齢化が進み、若い世代の応募が少ない。介護の仕事を
直接見てもらい、若者の介護分野への就職を図る。

◆ 市内の特別養護老人ホーム３施設を巡る職場体験ツアーを夏休みに実施
◆ 体験後にハローワークの職員が個別の職業相談を実施

『効果』
◆ ツアーに高校生・大学生２４名が参加
◆ 参加者のうち６名が介護施設への就職を決めた。

≪照会先≫ 長野労働局職業安定部職業安定課 ＴＥＬ：０２６－２２６－０８６５
";

#[test]
fn a_headline_left_on_its_comma_goes_on_after_the_banner() {
    let doc = read_page(HEADLINE_ACROSS_THE_BANNER);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("介護の仕事を知らない若者に向け、市と福祉施設とハローワークが職場体験ツアーを開催")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の介護施設では職員の高齢化が進み、若い世代の応募が少ない。介護の仕事を直接見てもらい、若者の介護分野への就職を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆ツアーに高校生・大学生24名が参加",
            "◆参加者のうち6名が介護施設への就職を決めた。"
        ])
    );
}

/// The headline printed between the role blocks and 【効果】, wrapped at its
/// 、 with a last line shorter than a headline of one line.
const HEADLINE_AFTER_THE_ROLES: &str = "\
国と地方自治体の連携による雇用対策好事例

【静岡県】 【静岡労働局ハローワーク浜松】

【課題・目的】
県西部の製造業では、外国人労働者の日本語による職場での意思疎通が課題となっている。
職場で使う日本語を学ぶ機会を設け、外国人労働者の定着を図る。

【実施概要】
◆ 製造業で働く外国人労働者向けに、職場の日本語講座を週末に開催
◆ 講座の修了者にハローワークが職業相談を実施

【役割分担】

【静岡県】
◆講座の企画・運営
◆講師の派遣
【ハローワーク】
◆事業所への周知
◆ハローワークインターネットサービスでの講座の周知

職場で使う日本語を学ぶ講座で、
外国人の定着を支援

【効果】
◆ 講座に外国人労働者３８名が参加した。

≪照会先≫ 静岡労働局職業安定部職業安定課 ＴＥＬ：０５４－２７１－９９５０
";

#[test]
fn a_headline_between_the_roles_and_the_effect_is_no_role_item() {
    let doc = read_page(HEADLINE_AFTER_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("職場で使う日本語を学ぶ講座で、外国人の定着を支援")
    );
    assert_eq!(
        roles_of(c),
        [
            ("静岡県", vec!["講座の企画・運営", "講師の派遣"]),
            (
                "ハローワーク",
                vec![
                    "事業所への周知",
                    "ハローワークインターネットサービスでの講座の周知"
                ]
            ),
        ]
    );
}
