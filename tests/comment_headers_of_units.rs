//! Comments headed in other ways, written for these tests: a message
//! between tildes (`～〇〇から一言～`), a header naming an organisation and
//! one of its units (`＜〇〇県 〇〇課より＞`, `＜〇〇労働局 〇〇課＞`), and an interview headed on a
//! bare line (`ハローワーク〇〇 〇〇官に聞きました`) over Ｑ/Ａ lines. The
//! organisation speaks, its unit or post dropped.

mod common;

use common::{comments_of, paragraphs, read_page, written};

/// A care-work page: participants' voices under the effect, then an
/// interview with Hello Work's officer on a bare line, the prefecture's
/// unit's message, the city's word between tildes and the bureau's
/// section's box headed with no コメント.
const CARE_WORK_MESSAGES: &str = "\
国と地方自治体の連携による雇用対策好事例

【宮城県】【石巻市】【宮城労働局ハローワーク石巻】

介護の仕事を知る「しごと体験デー」を開催

【課題・目的】
市内の介護施設では職員の高齢化が進み、人手不足が続いている。介護の仕事
を体験してもらう機会を設け、未経験者の就職を図る。

【実施概要】
市内の特別養護老人ホーム５か所で、求職者向けの仕事体験を２日間実施した。

【役割分担】
【宮城県】
◆介護人材確保の補助金の案内
【石巻市】
◆受入施設との調整
【ハローワーク】
◆求職者への参加勧奨

【効果】
◆参加者２４名のうち９名が介護施設に就職した。

＜参加者の声＞
「利用者さんの笑顔を見て、やってみたいと思った」（４０代女性）

ハローワーク石巻 上席職業指導官に聞きました
Ｑ 体験デーの良かった点は？
Ａ 実際に働く様子を見たうえで応募できるので、就職後の定着につながっています。

＜宮城県 長寿社会政策課より＞
介護の担い手の確保は県の重要な課題です。市・国と力を合わせて取り組みます。

～石巻市から一言～
体験を受け入れた施設からも、来年も続けてほしいとの声をいただいています。

＜宮城労働局 職業安定課＞
県・市と一体となった取組を、他の地域にも広げてまいります。

≪照会先≫ 宮城労働局職業安定部職業安定課 ＴＥＬ：０２２－２９９－８０６１
";

#[test]
fn an_organisation_speaks_for_its_unit_in_headers_of_other_shapes() {
    let doc = read_page(CARE_WORK_MESSAGES);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [
            (
                "ハローワーク石巻",
                "Q体験デーの良かった点は?A実際に働く様子を見たうえで応募できるので、就職後の定着につながっています。".to_string()
            ),
            (
                "宮城県",
                "介護の担い手の確保は県の重要な課題です。市・国と力を合わせて取り組みます。".to_string()
            ),
            (
                "石巻市",
                "体験を受け入れた施設からも、来年も続けてほしいとの声をいただいています。".to_string()
            ),
            (
                "宮城労働局",
                "県・市と一体となった取組を、他の地域にも広げてまいります。".to_string()
            ),
        ]
    );
    // The participants' voice stays the effect's; the comments are not.
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆参加者24名のうち9名が介護施設に就職した。",
            "<参加者の声>",
            "「利用者さんの笑顔を見て、やってみたいと思った」(40代女性)",
        ])
    );
}
