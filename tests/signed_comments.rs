//! Comments in other shapes than a ＜…コメント＞ box, on pages written for these
//! tests (漁業の担い手, 商店街の空き店舗): a box of speech with no header signed
//! at its end (`― 〇〇 専務理事 〇〇`), on a line of its own or after its last
//! sentence; an interview headed ＜〇〇に聞きました＞ over Ｑ．/Ａ． lines, signed
//! in brackets or not; and a box of participants' voices under its label,
//! printed above the banner. The expectations are what a reader of each page
//! writes down.

mod common;

use common::{comments_of, read_page};

use jirei::normalize::squeeze;

/// Voices above the banner; a comment with no header below the effect, signed
/// on a line of its own with the body, the post and a person's name; an
/// interview with no signature.
const SIGNED_AND_INTERVIEWED: &str = "\
＜参加者の声＞
「漁師の仕事を間近で見て、
自分にもできそうだと思えた。」（20代・男性）
「船酔いが心配だったが、丁寧に教えてもらえた。」（30代・女性）

国と地方自治体の連携による雇用対策好事例

【高知県】 【高知県漁業協同組合連合会】 【高知労働局ハローワーク須崎】

漁業の担い手を呼び込む「漁師体験ツアー」を開催

【課題・目的】
県内の漁業就業者は２０年間で半減し、平均年齢も６０歳を超えている。漁業に関心のある
若者に漁の現場を知ってもらい、県内での新規就業と定着を図る。

【実施概要】
県外在住者も含めた求職者を対象に、定置網漁や釣り漁を体験する２泊３日のツアーを
年３回実施。ハローワークが漁業求人の説明会と個別相談を同時に行った。

【役割分担】
【高知県】
◆ツアーの企画、移住相談の実施
【漁業協同組合連合会】
◆受入れ漁船の調整、体験指導
【ハローワーク】
◆漁業求人の確保、職業相談

【効果】
◆ツアー参加者３６名のうち、９名が県内の漁業経営体に就職した。

海に出れば、若い人の目つきがすぐに変わります。漁師の仕
事は厳しい面もありますが、浜全体で迎える体制を整えてき
ました。これからも一緒に浜を盛り上げていきたい。
― 高知県漁業協同組合連合会 専務理事　浜田 誠

＜ハローワーク須崎に聞きました＞
Ｑ．求職者の反応は？
Ａ．体験の後に相談に来る方が多く、
漁業求人への応募が増えました。
Ｑ．工夫した点は？
Ａ．求人票に漁の時期や休みを詳しく
書いてもらうよう漁協と調整しました。

≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ：０８８－８８５－６０５１
";

const SIGNED_SPEECH: &str = "海に出れば、若い人の目つきがすぐに変わります。漁師の仕事は厳しい面もありますが、浜全体で迎える体制を整えてきました。これからも一緒に浜を盛り上げていきたい。";

#[test]
fn a_comment_signed_at_its_end_is_the_signers_and_an_interview_the_one_asked() {
    let doc = read_page(SIGNED_AND_INTERVIEWED);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [
            // The body that signs, without the post and the person.
            ("高知県漁業協同組合連合会", SIGNED_SPEECH.to_string()),
            (
                "ハローワーク須崎",
                "Q.求職者の反応は?A.体験の後に相談に来る方が多く、漁業求人への応募が増えました。Q.工夫した点は?A.求人票に漁の時期や休みを詳しく書いてもらうよう漁協と調整しました。".to_string()
            ),
        ]
    );
    // Each question and each answer on a line of its own, an answer's lines joined.
    assert_eq!(
        c.comments[1].text,
        "Q.求職者の反応は?\nA.体験の後に相談に来る方が多く、漁業求人への応募が増えました。\nQ.工夫した点は?\nA.求人票に漁の時期や休みを詳しく書いてもらうよう漁協と調整しました。"
    );
    // The voices above the banner report the effect; the purpose is its paragraph.
    let text = |s: &Option<jirei::model::Section>| s.as_ref().map(|s| squeeze(&s.text));
    assert_eq!(
        text(&c.sections.effect).as_deref(),
        Some("<参加者の声>「漁師の仕事を間近で見て、自分にもできそうだと思えた。」(20代・男性)「船酔いが心配だったが、丁寧に教えてもらえた。」(30代・女性)◆ツアー参加者36名のうち、9名が県内の漁業経営体に就職した。")
    );
    assert_eq!(
        text(&c.sections.purpose).as_deref(),
        Some("県内の漁業就業者は20年間で半減し、平均年齢も60歳を超えている。漁業に関心のある若者に漁の現場を知ってもらい、県内での新規就業と定着を図る。")
    );
}

/// The signature after a dash printed otherwise (－, ‐‐, ──), and set apart
/// from the speech by a blank line: the same comment.
#[test]
fn a_signature_after_other_dashes_or_a_blank_line_signs_the_same() {
    let signature = "― 高知県漁業協同組合連合会 専務理事　浜田 誠";
    for other in [
        "－ 高知県漁業協同組合連合会 専務理事　浜田 誠",
        "‐‐高知県漁業協同組合連合会　専務理事　浜田 誠",
        "──　高知県漁業協同組合連合会 専務理事　浜田 誠",
        "\n― 高知県漁業協同組合連合会 専務理事　浜田 誠",
    ] {
        let doc = read_page(&SIGNED_AND_INTERVIEWED.replace(signature, other));
        let c = &doc.cases[0];
        assert_eq!(
            comments_of(c).first(),
            Some(&("高知県漁業協同組合連合会", SIGNED_SPEECH.to_string())),
            "{other}"
        );
        let effect = c.sections.effect.as_ref().map(|s| s.text.as_str());
        assert!(
            effect.is_some_and(|e| !e.contains("浜を盛り上げ")),
            "{other}"
        );
    }
}

/// A comment signed after its last sentence on the same line, with the post
/// only; an interview signed in brackets by the one who answered.
const SIGNED_ON_ITS_LINE: &str = "\
国と地方自治体の連携による雇用対策好事例

【秋田県大館市】 【秋田労働局ハローワーク大館】

空き店舗で創業を体験する「チャレンジショップ」を開設

【目的】
中心商店街では空き店舗が増え、にぎわいが失われつつある。創業を目指す求職者に店舗
経営を体験する場を提供し、商店街での開業と雇用の創出を図る。

【実施概要】
市が空き店舗を借り上げ、創業希望者が最長６か月間、低額の家賃で出店できる
「チャレンジショップ」を開設。ハローワークが創業セミナーの周知と職業相談を行った。

【効果】
◆出店者８名のうち５名が市内で独立開業した。

商店街に明かりが戻り、訪れる人の表情も明るくなりました。市と
ハローワークが連携し、創業を目指す方を今後も支えていきます。― 大館市産業部商工課長

＜創業支援アドバイザーに聞きました＞
Ｑ．出店者に伝えていることは？
Ａ．最初から完璧を目指さず、お客様の声を聞いて
少しずつ店を育てることです。
（大館商工会議所 創業支援アドバイザー）

≪照会先≫ 秋田労働局職業安定部職業安定課 ＴＥＬ：０１８－８８３－０００７
";

#[test]
fn a_signature_on_the_last_line_and_an_interview_signed_in_brackets() {
    let doc = read_page(SIGNED_ON_ITS_LINE);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [
            (
                "大館市産業部商工課長",
                "商店街に明かりが戻り、訪れる人の表情も明るくなりました。市とハローワークが連携し、創業を目指す方を今後も支えていきます。".to_string()
            ),
            (
                "大館商工会議所 創業支援アドバイザー",
                "Q.出店者に伝えていることは?A.最初から完璧を目指さず、お客様の声を聞いて少しずつ店を育てることです。".to_string()
            ),
        ]
    );
    let effect = c.sections.effect.as_ref().map(|s| squeeze(&s.text));
    assert_eq!(
        effect.as_deref(),
        Some("◆出店者8名のうち5名が市内で独立開業した。")
    );
}

/// A second contact, the town's, printed under the bureau's ≪照会先≫ as a
/// line of its own (an office and its number), above a comment box signed at
/// its end: the contact line is the town's office, no word of the comment,
/// and belongs to no field; the case's contact stays the bureau's.
const TOWN_CONTACT_ABOVE_SIGNED_COMMENT: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県小海町】 【長野労働局ハローワーク佐久】

高原野菜の収穫期に町外から働き手を迎える「農業短期就労マッチング」

【課題・目的】
レタスの収穫期には農家の人手が大きく不足する。町外の求職者に短期の仕事として
紹介し、繁忙期の労働力の確保と就農への関心の喚起を図る。

【実施概要】
町が宿泊先と送迎を用意し、ハローワークが収穫作業の短期求人を町外にも公開した。
受入れ農家向けには作業の教え方の講習会を開いた。

【効果】
◆短期就労者は延べ４５名、うち３名が翌年に町内で就農した。

≪照会先≫ 長野労働局職業安定部職業安定課　ＴＥＬ：０２６－２２６－０８６５
　　　　　小海町産業建設課農林係　ＴＥＬ：０２６７－９２－２５２５

朝早い作業にもかかわらず、皆さんが
真剣に取り組んでくれました。町としても
受入れの体制をさらに整えていきます。
― 小海町長　高野　一郎
";

const TOWN_SPEECH: &str = "朝早い作業にもかかわらず、皆さんが真剣に取り組んでくれました。町としても受入れの体制をさらに整えていきます。";

#[test]
fn another_offices_contact_line_above_a_signed_comment_is_no_part_of_it() {
    for page in [
        TOWN_CONTACT_ABOVE_SIGNED_COMMENT.to_string(),
        // With no blank line between the contact line and the box.
        TOWN_CONTACT_ABOVE_SIGNED_COMMENT.replace("２５２５\n\n", "２５２５\n"),
    ] {
        let doc = read_page(&page);
        let c = &doc.cases[0];
        assert_eq!(
            comments_of(c),
            [("小海町長", TOWN_SPEECH.to_string())],
            "{page}"
        );
        let contact = c.contact.as_ref().expect("the bureau's contact");
        assert_eq!(
            contact.org.as_deref(),
            Some("長野労働局職業安定部職業安定課")
        );
        let effect = c.sections.effect.as_ref().map(|s| squeeze(&s.text));
        assert_eq!(
            effect.as_deref(),
            Some("◆短期就労者は延べ45名、うち3名が翌年に町内で就農した。"),
            "{page}"
        );
    }
}
