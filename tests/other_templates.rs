//! Pages in other bureaus' templates, written for these tests: comments
//! headed `〇〇市長より` or `「担当者から一言」`, a comment header printed at
//! the foot of its text, employers' voices, and role blocks marked `〇県` or
//! `＜道・市の役割＞`, one organisation's items split over two boxes.

mod common;

use common::{captions_of, comments_of, paragraphs, read_page, roles_of, written};

/// A tourism page: roles marked with the ideographic zero 〇 (`〇県`), the
/// city's items split by a photo; an employer's voice under the effect; a
/// mayor's message headed `〇〇市長より` on a line of its own, a counsellor's
/// headed `「…から一言」`, and Hello Work's comment headed at its foot.
const MESSAGES_AND_MARKED_ROLES: &str = "\
国と地方自治体の連携による雇用対策好事例

【長崎県】【長崎県五島市】【長崎労働局ハローワーク五島】

離島の宿泊業で働く人を島外から呼び込む
「しま暮らし・しごと体験ツアー」の実施

【課題・目的】
島内の旅館・ホテルでは観光客の回復に伴い人手不足が続いている。島外
の求職者に島の暮らしと仕事を体験してもらい、移住と就職を図る。

【実施概要】
島外在住の求職者を対象に、３泊４日の体験ツアーを年３回実施した。旅
館での仕事体験、先輩移住者との交流会、空き家の見学を組み合わせた。

【役割分担】
〇県
・移住支援金の案内
・ツアーの広報
〇五島市
・宿泊先と空き家見学の手配
・先輩移住者との交流会の運営

（写真）旅館での仕事体験

〇五島市
・移住後の生活相談

【効果】
◆ツアー参加者３０名のうち１２名が島内の旅館・ホテルに就職した。

＜採用した事業主の声＞
「島の暮らしを知ったうえで来てくれたので、すぐに職場になじんだ。」

五島市長より
島で働きたいという方を、市を挙げて応援していま
す。これからも国・県と力を合わせてまいります。

「移住相談員から一言」
住まいのことも仕事のことも、まずは気軽
にご相談ください。

仕事だけでなく暮らしの相談にも
一緒に乗ることで、安心して移住を
決めていただけたと思います。
＜ハローワーク五島コメント＞

≪照会先≫ 長崎労働局職業安定部職業安定課 ＴＥＬ：０９５－８０１－００４０
";

#[test]
fn messages_headed_yori_or_hitokoto_and_a_header_below_its_text() {
    let doc = read_page(MESSAGES_AND_MARKED_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [
            (
                "五島市長",
                "島で働きたいという方を、市を挙げて応援しています。これからも国・県と力を合わせてまいります。".to_string()
            ),
            (
                "移住相談員",
                "住まいのことも仕事のことも、まずは気軽にご相談ください。".to_string()
            ),
            (
                "ハローワーク五島",
                "仕事だけでなく暮らしの相談にも一緒に乗ることで、安心して移住を決めていただけたと思います。".to_string()
            ),
        ]
    );
    // The employer's voice is what came of it.
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆ツアー参加者30名のうち12名が島内の旅館・ホテルに就職した。",
            "<採用した事業主の声>",
            "「島の暮らしを知ったうえで来てくれたので、すぐに職場になじんだ。」",
        ])
    );
    assert_eq!(captions_of(c), ["(写真)旅館での仕事体験"]);
}

#[test]
fn roles_marked_with_the_ideographic_zero_and_split_by_a_photo() {
    let doc = read_page(MESSAGES_AND_MARKED_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            ("県", vec!["移住支援金の案内", "ツアーの広報"]),
            (
                "五島市",
                vec![
                    "宿泊先と空き家見学の手配",
                    "先輩移住者との交流会の運営",
                    "移住後の生活相談"
                ]
            ),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["島外在住の求職者を対象に、3泊4日の体験ツアーを年3回実施した。旅館での仕事体験、先輩移住者との交流会、空き家の見学を組み合わせた。"])
    );
}

/// An agriculture page: `＜道・市の役割＞` and `〇国（労働局・ハローワーク）`
/// over their items; a 【企業の声】 box; a comment of a city's section
/// headed `＜…から一言＞` below its text, then the mayor's `＜…市長より＞`.
const A_HEADER_BELOW_ITS_TEXT_BESIDE_THE_EFFECT: &str = "\
国と地方自治体の連携による雇用対策好事例

【北海道帯広市】【北海道労働局ハローワーク帯広】

農業法人の通年雇用化に向けた冬季の職場づくり支援

【課題・目的】
農作業が冬季に途切れるため、農業法人の多くは季節雇用にとどまり、
人材が定着しない。冬季の仕事を組み合わせて通年雇用への転換を図る。

【実施概要】
農業法人と食品加工事業所を組み合わせ、冬季は加工場で働く通年雇用
の求人を共同で開拓した。説明会を年２回開催した。

【役割分担】
＜道・市の役割＞
・加工事業所との調整
・通年雇用化の助成制度の周知
〇国（労働局・ハローワーク）
・通年雇用求人の受理と職業紹介
・説明会の開催

【効果】
◆通年雇用に転換した農業法人は８社、就職者は２１名となった。

【企業の声】
「冬も同じ人に働いてもらえるので、春の作業の立ち上がりが早い。」

冬も働ける場があることで、若い方が
農業を仕事として選んでくれるように
なってきたと感じています。
＜帯広市農政課から一言＞

＜帯広市長より＞
農業のまちとして、働く人が一年を通して暮らせる地域づくりを進めます。

≪照会先≫ 北海道労働局職業安定部職業安定課 ＴＥＬ：０１１－７０９－２３１１
";

#[test]
fn a_header_below_its_text_takes_it_from_the_effect() {
    let doc = read_page(A_HEADER_BELOW_ITS_TEXT_BESIDE_THE_EFFECT);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [
            (
                "帯広市農政課",
                "冬も働ける場があることで、若い方が農業を仕事として選んでくれるようになってきたと感じています。".to_string()
            ),
            (
                "帯広市長",
                "農業のまちとして、働く人が一年を通して暮らせる地域づくりを進めます。".to_string()
            ),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆通年雇用に転換した農業法人は8社、就職者は21名となった。",
            "【企業の声】",
            "「冬も同じ人に働いてもらえるので、春の作業の立ち上がりが早い。」",
        ])
    );
    assert_eq!(
        roles_of(c),
        [
            (
                "道・市",
                vec!["加工事業所との調整", "通年雇用化の助成制度の周知"]
            ),
            (
                "国(労働局・ハローワーク)",
                vec!["通年雇用求人の受理と職業紹介", "説明会の開催"]
            ),
        ]
    );
}
