//! Comment boxes printed otherwise than under a bracketed header: a message
//! headed by a heading mark and who speaks (`■〇〇市より`, `■〇〇労働局から
//! 一言`), and a photo's caption printed on a line of its own in the middle of
//! a comment's wrapped sentence. Written for these tests (theme: 観光業の人材
//!確保), scrambled as the PDF conversion scrambles them. The expectations are
//! what a reader of the page writes down.

mod common;

use common::{captions_of, comments_of, read_page};

/// Two messages headed `■…より` and `■…から一言`, the first with a photo's
/// caption (▲…) on a line of its own between two of its wrapped lines.
const MARKED_MESSAGES: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県】 【長野県松本市】 【長野労働局】

観光業の人材確保に向け、県・市・労働局が合同でしごと説明会を開催

【課題・目的】
市内の宿泊施設や飲食店では人手不足が続き、繁忙期の営業を縮小する事業所もある。
観光業の仕事の魅力を伝え、地元での就職と定着を図る。

【実施概要】
県・市・労働局の共催により、観光業に絞ったしごと説明会を年２回開催。
・説明会の会場では、ハローワークが求人の紹介と個別相談を行った。

【効果】
◆ 説明会参加者 ８４名、うち観光業への就職者 １９名

■松本市より
宿泊施設の経営者からは、人が集まらず客室を
閉めているという声が多く聞かれました。説明会を通じて
▲しごと説明会の会場（松本市中央公民館）
観光業の仕事の魅力を直接伝えることができました。

■長野労働局から一言
市・県と求人情報を共有し、説明会の場で
職業相談まで行えたことが就職につながった。

≪照会先≫ 長野労働局職業安定部職業安定課 ＴＥＬ：０２６－２２６－０８６５
";

#[test]
fn a_heading_mark_before_a_messages_speaker_is_no_part_of_the_speaker() {
    let doc = read_page(MARKED_MESSAGES);
    let c = &doc.cases[0];
    let speakers: Vec<&str> = comments_of(c).into_iter().map(|(s, _)| s).collect();
    assert_eq!(speakers, ["松本市", "長野労働局"]);
    assert_eq!(
        comments_of(c)[1].1,
        "市・県と求人情報を共有し、説明会の場で職業相談まで行えたことが就職につながった。"
    );
}

#[test]
fn a_photo_caption_inside_a_comments_wrapped_sentence_is_a_caption() {
    let doc = read_page(MARKED_MESSAGES);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c)[0].1,
        "宿泊施設の経営者からは、人が集まらず客室を閉めているという声が多く聞かれました。説明会を通じて観光業の仕事の魅力を直接伝えることができました。"
    );
    assert_eq!(captions_of(c), ["▲しごと説明会の会場(松本市中央公民館)"]);
}
