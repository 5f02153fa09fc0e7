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

/// What set the work going (`（１）きっかけ`) and its aim (`（２）ねらい`)
/// are both the purpose; the results under `（４）取組の成果`.
const WHAT_SET_IT_GOING_AND_ITS_AIM: &str = "\
国と地方自治体の連携による雇用対策好事例

【徳島県美波町】【徳島労働局ハローワーク牟岐】

サテライトオフィスの誘致と地元採用を一体で進める

（１）きっかけ
町内に都市部の企業がサテライトオフィスを開設したが、地元
からの採用が進まず、社員の多くが町外からの転勤者だった。

（２）ねらい
進出企業の求人を地元の求職者につなぎ、若い世代の町内定住
を図る。

（３）取組内容
町が進出企業の求人をまとめ、ハローワークが町の交流拠点で
出張面接会を開いた。

（４）取組の成果
◆出張面接会に町内の求職者２３名が参加し、９名が採用された。

≪照会先≫ 徳島労働局職業安定部職業安定課 ＴＥＬ：０８８－６００－４３２１
";

#[test]
fn what_set_the_work_going_and_its_aim_are_the_purpose() {
    let doc = read_page(WHAT_SET_IT_GOING_AND_ITS_AIM);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&[
            "町内に都市部の企業がサテライトオフィスを開設したが、地元からの採用が進まず、社員の多くが町外からの転勤者だった。",
            "進出企業の求人を地元の求職者につなぎ、若い世代の町内定住を図る。",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["町が進出企業の求人をまとめ、ハローワークが町の交流拠点で出張面接会を開いた。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆出張面接会に町内の求職者23名が参加し、9名が採用された。"])
    );
    let effect = c.sections.effect.as_ref().unwrap();
    assert_eq!(effect.heading.as_deref(), Some("取組の成果"));
}

/// The results' heading printed at the foot of its list (`●取組の成果`),
/// then a photo's caption and the next box under its heading: the heading
/// closes the list above it, and is no line of it.
const A_HEADING_AT_THE_FOOT_OF_ITS_BOX: &str = "\
国と地方自治体の連携による雇用対策好事例

【長崎県】【長崎労働局ハローワーク長崎】

造船業の溶接工を訓練と職場見学で育てる

●ねらい
県内の造船所では溶接工の不足が続いており、未経験者の育成が
急がれている。訓練から就職までを一貫して支援し、人材の確保
を図る。

令和５年度の結果
・訓練修了者１６名
・造船所への就職者１２名
●取組の成果

写真：溶接訓練の様子

●取組内容
・県の職業訓練校で３か月間の溶接訓練を実施
・訓練中に造船所の見学会を開催

≪照会先≫ 長崎労働局職業安定部職業安定課 ＴＥＬ：０９５－８００－５６７８
";

#[test]
fn a_heading_at_the_foot_of_its_box_closes_the_box_above() {
    let doc = read_page(A_HEADING_AT_THE_FOOT_OF_ITS_BOX);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "令和5年度の結果",
            "・訓練修了者16名",
            "・造船所への就職者12名",
        ])
    );
    assert_eq!(
        c.sections.effect.as_ref().unwrap().heading.as_deref(),
        Some("取組の成果")
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "・県の職業訓練校で3か月間の溶接訓練を実施",
            "・訓練中に造船所の見学会を開催",
        ])
    );
    assert_eq!(captions_of(c), vec!["写真:溶接訓練の様子"]);
}

/// Every heading printed after its contents, at the foot of its box: the
/// counts of what was done (講習の受講者２０名) are the overview's, which its
/// heading closes, not results.
const HEADINGS_AT_THE_FOOT_OF_EACH_BOX: &str = "\
国と地方自治体の連携による雇用対策好事例

【山形県酒田市】【山形労働局ハローワーク酒田】

港の荷役作業の担い手を市とハローワークで育てる

港湾の荷役会社では作業員の高齢化が進み、若い担い手が
少ない。
課題・目的

・港湾の見学会を年３回開催し、延べ４２名が参加
・フォークリフト講習の受講者２０名に受講料を助成
【取組内容】

【酒田市】
・見学会の企画、講習料の助成
【ハローワーク酒田】
・求人の紹介、面接の調整
【役割分担】

荷役会社に就職した人は１１名で、うち８名が２０代だった。
【効果】

≪照会先≫ 山形労働局職業安定部職業安定課 ＴＥＬ：０２３－６００－１１１１
";

#[test]
fn headings_at_the_foot_of_each_box_label_the_boxes_above() {
    let doc = read_page(HEADINGS_AT_THE_FOOT_OF_EACH_BOX);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["港湾の荷役会社では作業員の高齢化が進み、若い担い手が少ない。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "・港湾の見学会を年3回開催し、延べ42名が参加",
            "・フォークリフト講習の受講者20名に受講料を助成",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["荷役会社に就職した人は11名で、うち8名が20代だった。"])
    );
    assert_eq!(
        roles_of(c),
        vec![
            ("酒田市", vec!["見学会の企画、講習料の助成"]),
            ("ハローワーク酒田", vec!["求人の紹介、面接の調整"]),
        ]
    );
}

/// A contact whose second line is an e-mail address: the address and its
/// label are no part of the organisation, and no web site.
const A_CONTACT_WITH_AN_EMAIL_LINE: &str = "\
国と地方自治体の連携による雇用対策好事例

【鳥取県米子市】【鳥取労働局ハローワーク米子】

介護職員の資格取得を市とハローワークが支える

【課題・目的】
市内の介護施設では職員の確保が難しく、無資格の求職者を資格
取得から支援して、介護人材の確保を図る。

【実施概要】
市が初任者研修の受講料を助成し、ハローワークが修了者に介護
施設の求人を紹介した。

【効果】
・研修修了者２０名のうち１４名が市内の介護施設に就職した。

【問い合わせ先】米子市福祉保健部長寿社会課
E-mail：choju@city.example.lg.jp
";

#[test]
fn an_email_line_below_the_contact_is_no_part_of_its_organisation() {
    let doc = read_page(A_CONTACT_WITH_AN_EMAIL_LINE);
    let c = &doc.cases[0];
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(contact.org.as_deref(), Some("米子市福祉保健部長寿社会課"));
    assert_eq!(contact.phone, None);
    assert_eq!(contact.url, None);
}
