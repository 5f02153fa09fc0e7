//! Two boxes that stood side by side on the slide, whose lines the conversion
//! read out alternately — a line of the left box, a line of the right box —
//! each line cut at its own box's width and words broken at the wrap. Written
//! for these tests in the series' template on other themes (林業の担い手,
//! 障害者の職場実習, 水産加工の短時間就労): two role boxes under two role
//! headers, two comment boxes under two comment headers (the right box one
//! character wider), and a narrow purpose box beside a wide overview box under
//! one row of two headings, the wide box going on alone below. A reader
//! separates the two boxes and reads each in its own order.

mod common;

use common::{comments_of, paragraphs, read_page, roles_of, written};

/// Two role boxes side by side under their two headers, read out line by line
/// alternately; a third box the page's full width below them.
const TWO_ROLE_BOXES_SIDE_BY_SIDE: &str = "\
国と地方自治体の連携による雇用対策好事例

【岐阜県】 【岐阜県森林組合連合会】 【岐阜労働局】

林業の担い手を県・森林組合・労働局が一緒に育て、山村の仕事を守る

【課題・目的】
県内の林業就業者は高齢化が進み、この１０年で２割減少した。森林の整備を続け
るため、若い世代の新規就業を増やし、山村地域の雇用の確保を図る。

【実施概要】
◆ 林業大学校の研修生を対象に、森林組合での就業体験を実施
◆ 林業分野に特化した就職面接会を県内２か所で開催

【役割分担】
【岐阜県】
【岐阜労働局】
◆林業大学校での研修生の
◆就職面接会の開催、参加
募集と選考
求職者の誘導
◆森林組合への就業体験の
◆トライアル雇用助成金の
依頼
案内
【森林組合連合会】
◆就業体験の受入れ、面接会への参加企業の取りまとめ

【効果】
◆ 面接会参加者 ４５名、うち就職者 １２名（令和４年度）
◆ 就業体験を経た研修生の多くが、県内の森林組合に就職した。

≪照会先≫ 岐阜労働局職業安定部職業安定課（ＴＥＬ：０５８－２４５－１３１１）
";

#[test]
fn two_role_boxes_read_out_alternately_are_read_box_by_box() {
    let doc = read_page(TWO_ROLE_BOXES_SIDE_BY_SIDE);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "岐阜県",
                vec![
                    "林業大学校での研修生の募集と選考",
                    "森林組合への就業体験の依頼"
                ]
            ),
            (
                "岐阜労働局",
                vec![
                    "就職面接会の開催、参加求職者の誘導",
                    "トライアル雇用助成金の案内"
                ]
            ),
            (
                "森林組合連合会",
                vec!["就業体験の受入れ、面接会への参加企業の取りまとめ"]
            ),
        ]
    );
}

/// Two comment boxes side by side: both headers first, then their lines
/// alternately, the right box one character wider than the left.
const TWO_COMMENT_BOXES_SIDE_BY_SIDE: &str = "\
国と地方自治体の連携による雇用対策好事例

【熊本県】 【熊本労働局】

障害のある方の職場実習と職業紹介を県と国が一体で進め、雇用につなげる

＜熊本県コメント＞
＜熊本労働局コメント＞
障害のある方の職場実習を受け
県の実習制度とハローワークの職
入れる企業が増え、実習から雇
業紹介を組み合わせることで、本
用につながる例も出てきた。今
人と企業の双方が安心して雇用に
後も企業への働きかけを続けて
踏み出せるようになった。引き続
いきます。
き県と連携していきたい。

【課題・目的】
障害のある方の就職には、職場で実際に働いてみる機会が欠かせないが、実習を受け
入れる企業は限られていた。実習から雇用までを切れ目なく支援し、就職を促進する。

【実施概要】
◆ 県が受入企業を開拓し、２週間の職場実習を実施
◆ 実習を終えた方に、ハローワークが実習先を含む求人を紹介

【役割分担】
【熊本県】
◆職場実習の受入企業の開拓
◆実習中の支援員の派遣
【熊本労働局】
◆実習後の職業紹介
◆特定求職者雇用開発助成金の案内

【効果】
◆ 職場実習の参加者 ３８名、うち就職者 ２１名（令和５年度）

≪照会先≫ 熊本労働局職業安定部職業安定課（ＴＥＬ：０９６－２１１－１７０３）
";

#[test]
fn two_comment_boxes_read_out_alternately_are_read_box_by_box() {
    let doc = read_page(TWO_COMMENT_BOXES_SIDE_BY_SIDE);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [
            (
                "熊本県",
                "障害のある方の職場実習を受け入れる企業が増え、実習から雇用につながる例も出てきた。今後も企業への働きかけを続けていきます。".to_string()
            ),
            (
                "熊本労働局",
                "県の実習制度とハローワークの職業紹介を組み合わせることで、本人と企業の双方が安心して雇用に踏み出せるようになった。引き続き県と連携していきたい。".to_string()
            ),
        ]
    );
}

/// A narrow purpose box beside a wide overview box under one row of their two
/// headings: their lines alternate until the purpose ends, then the overview
/// goes on alone.
const A_NARROW_BOX_BESIDE_A_WIDE_ONE: &str = "\
国と地方自治体の連携による雇用対策好事例

【北海道釧路市】 【北海道労働局ハローワーク釧路】

水産加工の繁忙期に、地元の主婦や高齢者の短時間就労を広げる

【課題・目的】 【実施概要】
市内の水産加工業では繁忙期の
◆ 繁忙期（９月～１１月）に限った短時間求人を、市と事業所
人手不足が深刻で、外国人材へ
が共同で作成し、ハローワークで一括して公開
の依存が高まっている。地元の
◆ 市の広報誌と町内会の回覧で求人情報を周知し、公民館で出
主婦や高齢者の短時間就労を広
張相談会を開催
げ、人手不足の解消を図る。
◆ 託児サービスのある事業所の求人に「子連れ相談可」と表示
◆ 就労後の定着状況を市が事業所に聞き取り

【役割分担】
【釧路市】
◆広報誌・回覧での周知、出張相談会の会場確保
【ハローワーク釧路】
◆短時間求人の受理と一括公開、職業紹介

【効果】
◆ 短時間求人 ６４件、就職者 ５２名（令和５年度）

≪照会先≫ 北海道労働局職業安定部職業安定課（ＴＥＬ：０１１－７０９－２３１１）
";

#[test]
fn a_narrow_box_read_out_with_a_wide_one_is_read_box_by_box() {
    let doc = read_page(A_NARROW_BOX_BESIDE_A_WIDE_ONE);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の水産加工業では繁忙期の人手不足が深刻で、外国人材への依存が高まっている。地元の主婦や高齢者の短時間就労を広げ、人手不足の解消を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "◆繁忙期(9月~11月)に限った短時間求人を、市と事業所が共同で作成し、ハローワークで一括して公開",
            "◆市の広報誌と町内会の回覧で求人情報を周知し、公民館で出張相談会を開催",
            "◆託児サービスのある事業所の求人に「子連れ相談可」と表示",
            "◆就労後の定着状況を市が事業所に聞き取り",
        ])
    );
}
