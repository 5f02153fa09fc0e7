//! The case's contact on pages written for these tests (ひきこもり経験者の就労,
//! 漁業の担い手): two 照会先 lines, the ward office's and the Hello Work's —
//! the contact is the labour bureau's or Hello Work's; and a contact line
//! wrapped inside its phone number and inside its web address, the pieces
//! read back into one number and one address. The expectations are what a
//! reader of each page writes down.

mod common;

use common::{paragraphs, read_page, written};

/// ひきこもり経験者の就労: the page ends on two contacts, the ward office's
/// first.
const TWO_CONTACTS: &str = "\
国と地方自治体の連携による雇用対策好事例

【大阪府大阪市淀川区】 【大阪労働局ハローワーク淀川】

ひきこもりを経験した方の就労を、区の相談員とハローワークが二人三脚で支援

【課題・目的】
長くひきこもっていた方は、働く意欲があっても求職活動の一歩を踏み出しにくい。
区の相談とハローワークの職業相談をつなぎ、無理のない就労を支援する。

【実施概要】
区の生活支援相談員が把握した方に、ハローワークの職業相談を区役所内で行い、
週２０時間未満の求人から段階的に紹介。

【効果】
◆相談者 １８名のうち、就職者 ６名

≪照会先≫ 大阪市淀川区保健福祉課 （℡ 06-6308-9000）
≪照会先≫ 大阪労働局ハローワーク淀川 職業相談部門 （℡ 06-6302-4771）
";

#[test]
fn of_two_contacts_the_hello_works_is_the_cases() {
    let doc = read_page(TWO_CONTACTS);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("大阪労働局ハローワーク淀川職業相談部門")
    );
    assert_eq!(contact.phone.as_deref(), Some("06-6302-4771"));
    // Neither contact is text of a section.
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆相談者18名のうち、就職者6名"])
    );
}

/// 漁業の担い手: the contact wraps inside its number and inside its address.
const A_CONTACT_WRAPPED_INSIDE_ITS_NUMBER_AND_ADDRESS: &str = "\
国と地方自治体の連携による雇用対策好事例

【長崎県】 【長崎県平戸市】 【長崎労働局ハローワーク江迎】

漁業の担い手を、漁船での体験乗船から就業まで一貫して支援

【課題・目的】
漁業者の高齢化が進み、市内の漁業就業者は１０年で３割減った。
体験乗船で仕事を知ってもらい、漁業への就業を進める。

【実施概要】
市と漁協が体験乗船を受け入れ、ハローワークが漁業の求人を求職者に紹介した。

【効果】
◆体験乗船の参加者 １５名のうち、漁業就業者 ４名

≪照会先≫ 長崎労働局職業安定部職業安定課（ＴＥＬ：０９５－８０１－
００４０） https://jsite.mhlw.go.jp/nagasaki-rou
doukyoku/
";

#[test]
fn a_contact_wrapped_inside_its_number_and_address_is_read_whole() {
    let doc = read_page(A_CONTACT_WRAPPED_INSIDE_ITS_NUMBER_AND_ADDRESS);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("長崎労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("095-801-0040"));
    assert_eq!(
        contact.url.as_deref(),
        Some("https://jsite.mhlw.go.jp/nagasaki-roudoukyoku/")
    );
    // The pieces are in no section.
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市と漁協が体験乗船を受け入れ、ハローワークが漁業の求人を求職者に紹介した。"])
    );
}

/// 伝統的工芸品の後継者育成: the contact's number and address stand on the
/// line below its office, each after a label in brackets (`（TEL）…`,
/// `（URL）…`), and a second page's e-mail address in brackets.
const CONTACT_LABELS_IN_BRACKETS: &str = "\
国と地方自治体の連携による雇用対策好事例

【石川県】 【石川県輪島市】 【石川労働局ハローワーク輪島】

輪島塗の後継者を、職人の工房での有給の実習から育てる

【課題・目的】
職人の高齢化が進み、技術を受け継ぐ若手の確保が急務となっている。

【実施概要】
工房での６か月の有給実習を市が助成し、ハローワークが実習後の求人を開拓。

【効果】
◆実習生 ７名のうち、工房への就職者 ５名

〈照会先〉 石川労働局 職業安定部 職業安定課
（TEL）076-265-4427 （URL）https://jsite.mhlw.go.jp/ishikawa-roudoukyoku/



国と地方自治体の連携による雇用対策好事例

【石川県金沢市】 【石川労働局ハローワーク金沢】

金箔の職人を、工房見学と職業訓練で志す若者に

【課題・目的】
金箔の製造に携わる職人が減り、工程を担う人材の確保が課題となっている。

【効果】
◆見学会参加者 ２４名

〈照会先〉 石川労働局雇用環境・均等室
（E-mail：kinto-ishikawa@mhlw.go.jp）
";

#[test]
fn contact_lines_labelled_in_brackets_are_the_contacts() {
    let doc = read_page(CONTACT_LABELS_IN_BRACKETS);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("石川労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("076-265-4427"));
    assert_eq!(
        contact.url.as_deref(),
        Some("https://jsite.mhlw.go.jp/ishikawa-roudoukyoku/")
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆実習生7名のうち、工房への就職者5名"])
    );
    // The e-mail line in brackets is the contact's: no caption, no section.
    let second = &doc.cases[1];
    assert!(second.captions.is_empty(), "{:?}", second.captions);
    assert_eq!(
        second.contact.as_ref().unwrap().org.as_deref(),
        Some("石川労働局雇用環境・均等室")
    );
    assert_eq!(
        paragraphs(&second.sections.effect),
        written(&["◆見学会参加者24名"])
    );
}

/// 農業の雇用: one 照会先 label over two offices' lines, each with its own
/// number, the prefecture's first.
const TWO_OFFICES_UNDER_ONE_LABEL: &str = "\
国と地方自治体の連携による雇用対策好事例

【高知県】 【高知労働局ハローワーク高知】

農家の繁忙期の人手を、短時間で働きたい人とつなぐ

【課題・目的】
収穫期の農家は人手が足りず、短時間なら働きたいという人も多い。
県とハローワークが求人と求職者をつなぐ仕組みをつくる。

【実施概要】
県が農家の作業を短時間の求人にまとめ、ハローワークが求職者に紹介した。

【効果】
◆紹介した求職者 ４０名のうち、就職者 ２６名

≪照会先≫
高知県農業振興部農業担い手支援課 ０８８－８２１－４５６７
高知労働局職業安定部職業安定課 ０８８－８８５－６０５１
";

#[test]
fn two_offices_under_one_label_are_two_contacts_and_the_bureaus_is_the_cases() {
    let doc = read_page(TWO_OFFICES_UNDER_ONE_LABEL);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("高知労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("088-885-6051"));
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆紹介した求職者40名のうち、就職者26名"])
    );
}

/// 介護人材: the 照会先 line names the prefecture's office and its number; the
/// bureau's office follows on the next line with its own.
const THE_BUREAUS_CONTACT_ON_THE_LINE_BELOW: &str = "\
国と地方自治体の連携による雇用対策好事例

【山梨県】 【山梨労働局ハローワーク甲府】

介護の仕事を知ってもらう職場見学会を県内各地で開催

【課題・目的】
介護職の有効求人倍率は高く、事業所の人手不足が続いている。

【実施概要】
県が見学先の施設を募り、ハローワークが求職者に参加を呼びかけた。

【効果】
◆見学会の参加者 ５２名のうち、就職者 １４名

≪照会先≫ 山梨県福祉保健部福祉保健総務課 （ＴＥＬ：０５５－２２３－１３１０）
山梨労働局職業安定部職業安定課 （ＴＥＬ：０５５－２２５－２８５７）

見学会の様子
";

#[test]
fn the_bureaus_contact_on_the_line_below_the_prefectures_is_the_cases() {
    let doc = read_page(THE_BUREAUS_CONTACT_ON_THE_LINE_BELOW);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("山梨労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("055-225-2857"));
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆見学会の参加者52名のうち、就職者14名"])
    );
}
