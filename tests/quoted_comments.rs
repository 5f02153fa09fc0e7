//! Comments printed as quotations 「…」 with no header, each signed on the
//! line below in round brackets by an organisation and its unit (`（〇〇県
//! 〇〇課）`), and a box of voices under its label in 【】 over ・「…」 lines,
//! on a page written for these tests (介護職の就職面接会, 岩手県). The
//! expectations are what a reader of the page writes down.

mod common;

use common::{comments_of, paragraphs, read_page, written};

/// Two signed quotations above the title, a third signed by a body and a
/// post, and the voices of the companies below the effect.
const QUOTED: &str = "\
国と地方自治体の連携による雇用対策好事例

【岩手県】 【岩手労働局】

「介護の仕事に関心はあっても、一歩
を踏み出せない方が多くいます。職場
を実際に見ていただくことが何よりの
後押しになると考えました。」
（岩手県 長寿社会課）

「人手不足が続く介護分野の求人を、
ハローワークの窓口でも丁寧に紹介し
ていきます。」
（岩手労働局 職業安定課）

介護の職場を知る
施設見学付き就職面接会を県・労働局で開催

【目的】
県内の介護施設では職員の不足が続いており、求職者に職場の実際を知ってもらう機会
が求められている。県と労働局が連携し、施設見学と面接を一体で行うことで就職を図る。

【取組内容】
◆介護施設の見学と就職面接会を盛岡市と一関市で開催
◆ハローワークの職業相談員による事前の相談会を実施

【役割分担】
【岩手県】
◆介護施設への参加呼びかけ
【岩手労働局】
◆求職者への周知、当日の運営

【成果】
◆面接会参加者 ３４名、うち就職者 １２名

「見学の後は、面接で聞かれることが具体的になり、
求職者の不安が減ったように思います。」
（盛岡介護福祉専門学校 介護福祉科講師）

【参加施設の声】
・「職場を見てから面接に来てくれるので、話が早かった」
・「次回も見学の受入れをしたい」

≪照会先≫
岩手労働局職業安定部職業安定課 ０１９－６０４－３００４
";

#[test]
fn a_signed_quotation_is_a_comment_of_the_signers_organisation() {
    let doc = read_page(QUOTED);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [
            // The organisation that signs with its unit, the quotation marks
            // and the signature no part of the text.
            (
                "岩手県",
                "介護の仕事に関心はあっても、一歩を踏み出せない方が多くいます。職場を実際に見ていただくことが何よりの後押しになると考えました。".to_string()
            ),
            (
                "岩手労働局",
                "人手不足が続く介護分野の求人を、ハローワークの窓口でも丁寧に紹介していきます。".to_string()
            ),
            // A body and a post (講師), kept whole as an interview's signature is.
            (
                "盛岡介護福祉専門学校 介護福祉科講師",
                "見学の後は、面接で聞かれることが具体的になり、求職者の不安が減ったように思います。".to_string()
            ),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["県内の介護施設では職員の不足が続いており、求職者に職場の実際を知ってもらう機会が求められている。県と労働局が連携し、施設見学と面接を一体で行うことで就職を図る。"])
    );
    assert_eq!(
        c.title.as_deref(),
        Some("介護の職場を知る施設見学付き就職面接会を県・労働局で開催")
    );
}

#[test]
fn a_box_of_voices_under_its_label_in_lenticular_brackets_reports_the_effect() {
    let doc = read_page(QUOTED);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "◆介護施設の見学と就職面接会を盛岡市と一関市で開催",
            "◆ハローワークの職業相談員による事前の相談会を実施",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆面接会参加者34名、うち就職者12名",
            "【参加施設の声】",
            "・「職場を見てから面接に来てくれるので、話が早かった」",
            "・「次回も見学の受入れをしたい」",
        ])
    );
}
