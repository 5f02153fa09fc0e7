//! Role blocks (役割分担) and comment boxes in the forms other bulletins of the
//! series print them: role headers in other brackets or marks (＜県＞,
//! 〔米子市〕, ■市の役割, 【ハローワークの役割】), other item bullets (・, ○, ①,
//! ※ notes), a table of role boxes flattened into one row of headers, generic
//! organisations and 【共通】, and comments headed 【…コメント】, ＜…の声＞,
//! 「担当者の声」 or `…コメント：`. Each page is written in the style of the
//! series; the expectations are what a reader of the page writes down
//! following the annotation guide (org = the name without の役割; speaker =
//! the name without コメント or の声).

use jirei::model::Document;
use jirei::normalize::squeeze;

fn extract(text: &str) -> Document {
    jirei::extract_bytes("roles.txt", text.as_bytes(), &Default::default()).unwrap()
}

/// (org, items) of each role block.
fn roles_of(doc: &Document) -> Vec<(String, Vec<String>)> {
    doc.cases[0]
        .roles
        .iter()
        .map(|r| (r.org.clone(), r.items.clone()))
        .collect()
}

/// (speaker, text without white space) of each comment.
fn comments_of(doc: &Document) -> Vec<(String, String)> {
    doc.cases[0]
        .comments
        .iter()
        .map(|c| (c.speaker.clone(), squeeze(&c.text)))
        .collect()
}

/// The text of a section, without white space.
fn section(doc: &Document, which: &str) -> Option<String> {
    let s = doc.cases[0].sections.get(which);
    s.map(|s| squeeze(&s.text))
}

/// The printed heading of each prose section (purpose, overview, effect).
fn headings_of(doc: &Document) -> [Option<String>; 3] {
    let s = &doc.cases[0].sections;
    [&s.purpose, &s.overview, &s.effect].map(|s| s.as_ref().and_then(|s| s.heading.clone()))
}

/// An (org, items) pair as the reader writes it down.
fn role(org: &str, items: &[&str]) -> (String, Vec<String>) {
    (
        org.to_string(),
        items.iter().map(|s| s.to_string()).collect(),
    )
}

fn comment(speaker: &str, text: &str) -> (String, String) {
    (speaker.to_string(), text.to_string())
}

/// Every line of the page is placed somewhere.
fn all_placed(doc: &Document) {
    let unplaced: Vec<_> = doc.cases[0]
        .provenance
        .iter()
        .filter(|p| p.field == jirei::model::Field::Unassigned)
        .map(|p| p.raw.clone())
        .collect();
    assert!(unplaced.is_empty(), "{unplaced:?}");
}

/// Role headers in ＜＞ with ・ items; the labour bureau's comment headed in
/// 【】 like a role box.
const ANGLE_BRACKETS: &str = "\
若年者の県内就職を促進する合同企業説明会を開催

国と地方自治体の連携による雇用対策好事例

【岩手県】 【岩手労働局ハローワーク盛岡】

【課題・目的】
県内の若年者の県外流出が続いており、地元企業の魅力を伝え県内就職の促進を図る。

【実施概要】
県とハローワークが共同で、県内企業３０社が参加する合同企業説明会を開催。

【役割分担】
＜県＞
・会場の確保
・参加企業の募集
＜ハローワーク＞
・求人の受理
・求職者への周知

【効果】
参加者数１２０名、うち就職者１５名。

【労働局コメント】
県との連携により、効果的な周知ができた。

≪照会先≫ 岩手労働局職業安定部職業安定課 （ＴＥＬ：０１９－６０４－３００４）
";

#[test]
fn role_headers_in_angle_brackets_and_a_comment_in_lenticular_ones() {
    let doc = extract(ANGLE_BRACKETS);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("県", &["会場の確保", "参加企業の募集"]),
            role("ハローワーク", &["求人の受理", "求職者への周知"]),
        ]
    );
    assert_eq!(
        comments_of(&doc),
        vec![comment(
            "労働局",
            "県との連携により、効果的な周知ができた。"
        )]
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("県とハローワークが共同で、県内企業30社が参加する合同企業説明会を開催。")
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("参加者数120名、うち就職者15名。")
    );
    all_placed(&doc);
}

/// 【市の役割】 / 【ハローワークの役割】 under 【役割分担】, ○ items, and the
/// city's voice ＜福井市の声＞ as its comment.
const ROLE_OF: &str = "\
子育て中の女性の再就職を支援するセミナーを開催

国と地方自治体の連携による雇用対策好事例

【福井県福井市】 【福井労働局ハローワーク福井】

【課題・目的】
子育て中の女性が就職に不安を抱えている。再就職への意欲喚起を図る。

【実施概要】
市とハローワークが連携し、託児付きの再就職支援セミナーを開催。

【役割分担】
【市の役割】
○会場の確保
○託児の手配
【ハローワークの役割】
○講師の派遣
○求人情報の提供

【効果】
参加者数２４名、うち就職者５名。

＜福井市の声＞
託児があることで参加しやすかったとの声が多かった。

≪照会先≫ 福井労働局職業安定部職業安定課 （ＴＥＬ：０７７６－２２－０１１２）
";

#[test]
fn role_labels_written_with_no_yakuwari() {
    let doc = extract(ROLE_OF);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("市", &["会場の確保", "託児の手配"]),
            role("ハローワーク", &["講師の派遣", "求人情報の提供"]),
        ]
    );
    // 【市の役割】 is no heading: the sections keep their own.
    assert_eq!(
        headings_of(&doc),
        [
            Some("課題・目的".to_string()),
            Some("実施概要".to_string()),
            Some("効果".to_string())
        ]
    );
    assert_eq!(
        comments_of(&doc),
        vec![comment(
            "福井市",
            "託児があることで参加しやすかったとの声が多かった。"
        )]
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("参加者数24名、うち就職者5名。")
    );
    all_placed(&doc);
}

/// Role headers in 〔〕, numbered items ①②, a ※ note in the second block, and
/// a comment written `労働局コメント：…` on one line.
const TORTOISE_BRACKETS: &str = "\
障害者の職場実習を通じた就労支援を実施

国と地方自治体の連携による雇用対策好事例

【鳥取県米子市】 【鳥取労働局ハローワーク米子】

【課題・目的】
障害者の就労機会が不足している。職場実習を通じて就労促進を図る。

【実施概要】
市役所内の各課で障害者の職場実習を実施。

【役割分担】
〔米子市〕
①実習先となる課の確保
②実習生の受入れと
指導
〔ハローワーク〕
①対象者の選定
②実習後の職業相談
※実習中の巡回は市と共同で実施

【効果】
実習参加者８名、うち就職者３名。

労働局コメント：市と連携し、障害者の就労を後押しできた。

≪照会先≫ 鳥取労働局職業安定部職業安定課 （ＴＥＬ：０８５７－２９－１７０７）
";

#[test]
fn role_headers_in_tortoise_brackets_numbered_items_and_a_colon_comment() {
    let doc = extract(TORTOISE_BRACKETS);
    // The numbers are bullet marks, dropped like ◆; a wrapped item is joined.
    // The ※ note is not a bullet: it stays in the block it is printed in, as
    // an item of its own that keeps its mark.
    assert_eq!(
        roles_of(&doc),
        vec![
            role("米子市", &["実習先となる課の確保", "実習生の受入れと指導"]),
            role(
                "ハローワーク",
                &[
                    "対象者の選定",
                    "実習後の職業相談",
                    "※実習中の巡回は市と共同で実施"
                ]
            ),
        ]
    );
    assert_eq!(
        comments_of(&doc),
        vec![comment(
            "労働局",
            "市と連携し、障害者の就労を後押しできた。"
        )]
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("実習参加者8名、うち就職者3名。")
    );
    all_placed(&doc);
}

/// Role headers written as bullets of another mark than the items:
/// ■市の役割, ■ハローワークの役割, ◎労働局; ・ items, one wrapped with a
/// blank line read out inside it.
const BULLET_HEADERS: &str = "\
生活保護受給者の就労を支援する常設窓口を設置

国と地方自治体の連携による雇用対策好事例

【新潟県長岡市】 【新潟労働局ハローワーク長岡】

【課題・目的】
生活保護受給者が増加しており、就労による自立を図る。

【実施概要】
市役所内にハローワークの常設窓口を設置し、受給者の職業相談を行う。

【役割分担】
■市の役割
・窓口スペースの提供
・受給者への就労支援プログラムの

案内
■ハローワークの役割
・職業相談
・職業紹介
◎労働局
・求人開拓

【効果】
支援対象者６０名、うち就職者２５名。

≪照会先≫ 新潟労働局職業安定部職業安定課 （ＴＥＬ：０２５－２８８－３５０７）
";

#[test]
fn role_headers_written_as_bullets() {
    let doc = extract(BULLET_HEADERS);
    assert_eq!(
        roles_of(&doc),
        vec![
            role(
                "市",
                &["窓口スペースの提供", "受給者への就労支援プログラムの案内"]
            ),
            role("ハローワーク", &["職業相談", "職業紹介"]),
            role("労働局", &["求人開拓"]),
        ]
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市役所内にハローワークの常設窓口を設置し、受給者の職業相談を行う。")
    );
    all_placed(&doc);
}

/// The role table flattened: the two boxes in one row, far apart, and their
/// items read out side by side on each line.
const BOXES_SIDE_BY_SIDE: &str = "\
若者の地元就職を応援する企業見学バスツアーを実施

国と地方自治体の連携による雇用対策好事例

【島根県】 【島根労働局ハローワーク松江】

【課題・目的】
県内企業を知る機会が少なく、若者の県外流出が続いている。

【実施概要】
県内の製造業の企業３社を巡る見学バスツアーを実施。

【役割分担】
【島根県】　　　　　　　　【ハローワーク】
◆ツアーの企画　　　　　　◆求人企業の選定
◆バスの手配　　　　　　　◆参加者の募集

【効果】
参加者数３０名、うち応募者６名。

≪照会先≫ 島根労働局職業安定部職業安定課 （ＴＥＬ：０８５２－２０－７０１６）
";

#[test]
fn role_boxes_in_a_row_with_their_items_side_by_side() {
    let doc = extract(BOXES_SIDE_BY_SIDE);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("島根県", &["ツアーの企画", "バスの手配"]),
            role("ハローワーク", &["求人企業の選定", "参加者の募集"]),
        ]
    );
    all_placed(&doc);
}

/// The role table flattened: the two boxes in one row, then the items of the
/// first box, a blank line, the items of the second (another bullet mark).
/// The comments stand at the very bottom, after the contact: 「担当者の声」
/// and ＜…所長コメント＞, the latter split by a blank line mid-sentence.
const BOXES_IN_A_ROW: &str = "\
ひとり親家庭の親を対象とした就職相談会を開催

国と地方自治体の連携による雇用対策好事例

【熊本県熊本市】 【熊本労働局ハローワーク熊本】

【課題・目的】
ひとり親家庭の親の就労による自立の促進を図る。

【実施概要】
児童扶養手当の現況届の時期に合わせて、市役所内で就職相談会を開催。

【役割分担】
【熊本市】　　　　【ハローワーク】
◆会場の確保
◆対象者への案内

・職業相談
・求人情報の提供

【効果】
相談者数４５名、うち就職者１０名。

≪照会先≫ 熊本労働局職業安定部職業安定課 （ＴＥＬ：０９６－２１１－１７０３）

「担当者の声」
手当の手続きと同時に相談でき、好評であった。

＜ハローワーク熊本所長コメント＞
今後も市と連携して、ひとり親家庭の

自立に向けた支援に取り組んでいきたい。
";

#[test]
fn role_boxes_in_a_row_then_the_items_of_each() {
    let doc = extract(BOXES_IN_A_ROW);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("熊本市", &["会場の確保", "対象者への案内"]),
            role("ハローワーク", &["職業相談", "求人情報の提供"]),
        ]
    );
    assert_eq!(
        comments_of(&doc),
        vec![
            comment("担当者", "手当の手続きと同時に相談でき、好評であった。"),
            comment(
                "ハローワーク熊本所長",
                "今後も市と連携して、ひとり親家庭の自立に向けた支援に取り組んでいきたい。"
            ),
        ]
    );
    let contact = doc.cases[0].contact.as_ref().unwrap();
    assert_eq!(contact.phone.as_deref(), Some("096-211-1703"));
    all_placed(&doc);
}

#[test]
fn boxes_in_a_row_with_one_run_of_items_share_it() {
    // One run of items under two boxes: nothing tells which box each item is
    // in, so the organisations share the block, as when one box names two.
    let page = BOXES_IN_A_ROW.replace(
        "◆対象者への案内\n\n・職業相談\n・求人情報の提供\n",
        "◆対象者への案内\n",
    );
    let doc = extract(&page);
    assert_eq!(
        roles_of(&doc),
        vec![role(
            "熊本市・ハローワーク",
            &["会場の確保", "対象者への案内"]
        )]
    );
    // Boxes glued together are one box naming two organisations, even with
    // two runs of items.
    let glued = BOXES_IN_A_ROW
        .replace(
            "【熊本市】　　　　【ハローワーク】",
            "【熊本市】【熊本市母子寡婦福祉会】",
        )
        .replace("\n・職業相談\n・求人情報の提供\n", "\n◆託児の手配\n");
    let doc = extract(&glued);
    assert_eq!(
        roles_of(&doc),
        vec![role(
            "熊本市・熊本市母子寡婦福祉会",
            &["会場の確保", "対象者への案内", "託児の手配"]
        )]
    );
}

/// Generic organisations 【国】【県】【市町村】 and the shared 【共通】 block;
/// 【参加者の声】 glued below the effect's figures is effect content.
const GENERIC_ORGS: &str = "\
高齢者の就労促進に向けたシルバー就業説明会を開催

国と地方自治体の連携による雇用対策好事例

【香川県】【香川県高松市】【香川労働局ハローワーク高松】

【課題・目的】
高齢者の就労意欲は高いが、就業の場が不足しているため、就業機会の確保を図る。

【実施概要】
県、市、ハローワークが共同で就業説明会を開催。

【役割分担】
【国】
◆求人の確保
【県】
◆広報誌での周知
【市町村】
◆会場の確保
【共通】
◆当日の運営

【効果】
参加者数８０名、うち就職者９名。
【参加者の声】
「働く場が見つかった」

≪照会先≫ 香川労働局職業安定部職業安定課 （ＴＥＬ：０８７－８１１－８９２１）
";

#[test]
fn generic_organisations_and_shared_items() {
    let doc = extract(GENERIC_ORGS);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("国", &["求人の確保"]),
            role("県", &["広報誌での周知"]),
            role("市町村", &["会場の確保"]),
            role("共通", &["当日の運営"]),
        ]
    );
    let effect = doc.cases[0].sections.effect.as_ref().unwrap();
    assert_eq!(
        effect.text.split('\n').map(squeeze).collect::<Vec<_>>(),
        vec![
            "参加者数80名、うち就職者9名。",
            "【参加者の声】",
            "「働く場が見つかった」"
        ]
    );
    assert!(doc.cases[0].comments.is_empty());
    all_placed(&doc);
}

/// The same marks head other things: a sub-heading ＜第１回＞, the lecturers
/// of a programme (○ハローワーク都城 over its topics, in the overview), a
/// company's name in parentheses under a photo, the voices of participants in
/// ＜＞. None of them opens a role block or a comment.
const LOOKALIKES: &str = "\
介護職の魅力を伝える就職面接会を開催

国と地方自治体の連携による雇用対策好事例

【宮崎県都城市】 【宮崎労働局ハローワーク都城】

【課題・目的】
介護分野の人手不足が深刻であり、介護職への就職促進を図る。

【実施概要】
市内の介護事業所が参加する就職面接会を２回開催。
＜第１回＞
○ハローワーク都城
・面接の受け方について
○都城市介護保険課
・介護の仕事について

【役割分担】
【都城市】
◆事業所への参加呼びかけ
【ハローワーク】
◆求人の受理

【効果】
参加者数５０名、うち就職者７名。
＜参加者の声＞
介護の仕事の印象が変わった。

（株式会社みやこ介護サービス）

≪照会先≫ 宮崎労働局職業安定部職業安定課 （ＴＥＬ：０９８５－３８－８８２３）
";

#[test]
fn lookalikes_of_role_headers_and_comments_stay_text() {
    let doc = extract(LOOKALIKES);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("都城市", &["事業所への参加呼びかけ"]),
            role("ハローワーク", &["求人の受理"]),
        ]
    );
    assert!(doc.cases[0].comments.is_empty());
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市内の介護事業所が参加する就職面接会を2回開催。<第1回>○ハローワーク都城・面接の受け方について○都城市介護保険課・介護の仕事について")
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("参加者数50名、うち就職者7名。<参加者の声>介護の仕事の印象が変わった。")
    );
    let captions: Vec<_> = doc.cases[0]
        .captions
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(captions, vec!["(株式会社みやこ介護サービス)"]);
}

/// Roles written `org：items`, one line each, under 【役割分担】; a
/// 【今後の展開】 box below the effect (a label that heads no section: its text
/// is content of the section it stands in).
const COLON_ROLES: &str = "\
女性の再就職を支援する就職支援セミナーを開催

国と地方自治体の連携による雇用対策好事例

【滋賀県大津市】 【滋賀労働局ハローワーク大津】

【課題・目的】
出産・育児で離職した女性の再就職を図る。

【実施概要】
市とハローワークが連携し、再就職支援セミナーを年４回開催。
内容：就職活動の進め方、応募書類の書き方

【役割分担】
市：会場の確保、託児の手配
ハローワーク：講師の派遣、求人情報の提供

【効果】
参加者数６０名、うち就職者１２名。

【今後の展開】
次年度は開催回数を増やし、より多くの方の再就職につなげたい。

≪照会先≫ 滋賀労働局職業安定部職業安定課 （ＴＥＬ：０７７－５２６－８６０９）
";

#[test]
fn roles_written_org_colon_items() {
    let doc = extract(COLON_ROLES);
    // Each line is one organisation's items as printed (a reader may split
    // them at 、, but 、 also stands inside one item: the line is kept whole).
    assert_eq!(
        roles_of(&doc),
        vec![
            role("市", &["会場の確保、託児の手配"]),
            role("ハローワーク", &["講師の派遣、求人情報の提供"]),
        ]
    );
    // `内容：…` in the overview names no organisation.
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市とハローワークが連携し、再就職支援セミナーを年4回開催。内容:就職活動の進め方、応募書類の書き方")
    );
    let effect = doc.cases[0].sections.effect.as_ref().unwrap();
    assert_eq!(
        effect.text.split('\n').map(squeeze).collect::<Vec<_>>(),
        vec![
            "参加者数60名、うち就職者12名。",
            "【今後の展開】",
            "次年度は開催回数を増やし、より多くの方の再就職につなげたい。"
        ]
    );
    all_placed(&doc);
}

/// The first item on the header's line (＜市＞・…, 【ハローワークの役割】◆…),
/// and a comment box with a 【今後の課題】 box glued below it.
const ITEMS_ON_THE_HEADER_LINE: &str = "\
若者の職場定着を支援する交流会を開催

国と地方自治体の連携による雇用対策好事例

【青森県八戸市】 【青森労働局ハローワーク八戸】

【課題・目的】
就職後３年以内に離職する若者が多く、職場定着の促進を図る。

【実施概要】
市内企業に就職した若者を対象に、同期の交流会を開催。

【役割分担】
＜市＞・会場の確保
・企業への参加呼びかけ
【ハローワークの役割】◆対象者への案内
◆当日の相談対応

【効果】
参加者数３５名、参加企業１２社。

＜八戸市コメント＞
企業の枠を越えて相談できる仲間ができたと好評であった。
【今後の課題】
参加者の職場定着の状況を把握していく必要がある。

≪照会先≫ 青森労働局職業安定部職業安定課 （ＴＥＬ：０１７－７２１－２０００）
";

#[test]
fn first_item_on_the_header_line_and_a_label_closing_a_comment() {
    let doc = extract(ITEMS_ON_THE_HEADER_LINE);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("市", &["会場の確保", "企業への参加呼びかけ"]),
            role("ハローワーク", &["対象者への案内", "当日の相談対応"]),
        ]
    );
    assert_eq!(
        comments_of(&doc),
        vec![comment(
            "八戸市",
            "企業の枠を越えて相談できる仲間ができたと好評であった。"
        )]
    );
    // The 【今後の課題】 box is no comment; which section a reader files a
    // future task under is not settled by the guide, so only that it is
    // placed in one is checked.
    all_placed(&doc);
}

#[test]
fn a_comment_headed_by_a_bullet() {
    let page = ANGLE_BRACKETS.replace("【労働局コメント】", "■労働局のコメント");
    let doc = extract(&page);
    assert_eq!(
        comments_of(&doc),
        vec![comment(
            "労働局",
            "県との連携により、効果的な周知ができた。"
        )]
    );
    assert_eq!(roles_of(&doc).len(), 2);
    all_placed(&doc);
}

/// The role table's three header boxes read out one below the other, then
/// its three columns of items, each after a blank line.
const STACKED_HEADERS: &str = "\
移住者の県北地域での就職を支援する相談会を開催

国と地方自治体の連携による雇用対策好事例

【秋田県】【秋田県大館市】【秋田労働局ハローワーク大館】

【課題・目的】
県北地域では人口減少が進んでおり、移住者の地元企業への就職促進を図る。

【実施概要】
移住相談と職業相談を同じ会場で受けられる相談会を開催。

【役割分担】
【大館市】
【秋田県】
【ハローワーク】

◆会場の確保
◆移住相談

◆移住支援制度の説明

◆求人情報の提供
◆職業相談

【効果】
相談者数２８名、うち就職者４名。

≪照会先≫ 秋田労働局職業安定部職業安定課 （ＴＥＬ：０１８－８８３－０００７）
";

#[test]
fn role_headers_stacked_then_their_columns() {
    let doc = extract(STACKED_HEADERS);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("大館市", &["会場の確保", "移住相談"]),
            role("秋田県", &["移住支援制度の説明"]),
            role("ハローワーク", &["求人情報の提供", "職業相談"]),
        ]
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("相談者数28名、うち就職者4名。")
    );
    all_placed(&doc);
}

/// Scrambled: the role table (a row of boxes apart, then each box's items)
/// comes first, above the title; the headings in one row; the party row
/// after them.
const ROLE_TABLE_FIRST: &str = "\
【宇都宮市】　　　　【ハローワーク】
◆会場の確保
◆市広報紙での周知

・求人情報の提供
・職業相談

障害者の就労を支援する合同就職面接会を開催

国と地方自治体の連携による雇用対策好事例

【課題・目的】　【実施概要】　【役割分担】　【効果】

【栃木県宇都宮市】 【栃木労働局ハローワーク宇都宮】

障害者の法定雇用率の引上げを踏まえ、障害者の就労促進を図る。

市とハローワークが共同で、障害者を対象とした合同就職面接会を開催。

参加者数７０名、参加企業２５社、うち就職者８名。

≪照会先≫ 栃木労働局職業安定部職業安定課 （ＴＥＬ：０２８－６１０－３５５５）
";

#[test]
fn the_role_table_first_is_not_the_party_row() {
    let doc = extract(ROLE_TABLE_FIRST);
    let parties: Vec<_> = doc.cases[0]
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        parties,
        vec!["栃木県宇都宮市", "栃木労働局ハローワーク宇都宮"]
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            role("宇都宮市", &["会場の確保", "市広報紙での周知"]),
            role("ハローワーク", &["求人情報の提供", "職業相談"]),
        ]
    );
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("障害者の法定雇用率の引上げを踏まえ、障害者の就労促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市とハローワークが共同で、障害者を対象とした合同就職面接会を開催。")
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("参加者数70名、参加企業25社、うち就職者8名。")
    );
    all_placed(&doc);
}

#[test]
fn role_headers_in_parentheses_and_quotes_with_hyphen_and_circle_items() {
    let page = ANGLE_BRACKETS
        .replace(
            "＜県＞\n・会場の確保\n・参加企業の募集",
            "（県）\n－会場の確保\n－参加企業の募集",
        )
        .replace(
            "＜ハローワーク＞\n・求人の受理\n・求職者への周知",
            "「ハローワークの役割」\n●求人の受理\n●求職者への周知",
        );
    let doc = extract(&page);
    assert_eq!(
        roles_of(&doc),
        vec![
            role("県", &["会場の確保", "参加企業の募集"]),
            role("ハローワーク", &["求人の受理", "求職者への周知"]),
        ]
    );
    all_placed(&doc);
}

/// Roles printed with the organisation as the subject, closed by a bracket
/// and no bullet (`鳥取市）…` / `ハローワーク）…`), one wrapped onto a second
/// line.
const CLOSING_BRACKET_ROLES: &str = "\
ひとり親家庭の親の就職を、市の窓口とハローワークが一緒に支える

国と地方自治体の連携による雇用対策好事例

【鳥取県鳥取市】 【鳥取労働局ハローワーク鳥取】

【課題・目的】
ひとり親家庭の親は、子育てと仕事の両立が難しく、就職に踏み出しにくい。

【実施概要】
市のこども家庭課の窓口で、ハローワークの職員が月４回の出張相談を行う。

【役割分担】
鳥取市）相談場所の提供、児童扶養手当の手続きに来られた方への案内、市報での
周知
ハローワーク）出張相談、求人情報の提供、職業紹介

【効果】
出張相談の利用者４２名、うち就職者１５名。

≪照会先≫ 鳥取労働局職業安定部職業安定課 （ＴＥＬ：０８５７－２９－１７０７）
";

#[test]
fn roles_with_the_organisation_closed_by_a_bracket() {
    let doc = extract(CLOSING_BRACKET_ROLES);
    assert_eq!(
        roles_of(&doc),
        vec![
            role(
                "鳥取市",
                &["相談場所の提供、児童扶養手当の手続きに来られた方への案内、市報での周知"]
            ),
            role("ハローワーク", &["出張相談、求人情報の提供、職業紹介"]),
        ]
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市のこども家庭課の窓口で、ハローワークの職員が月4回の出張相談を行う。")
    );
    all_placed(&doc);
}
