//! Boxes a reader places by what they are, not by where the conversion put
//! them: an outlook box (【今後の展開】) is the effect's; a page's first
//! paragraph stating the problem and the aim is the purpose without its
//! heading; what was made and put out, printed above its heading, is the
//! overview; a comment printed in two boxes is one comment; role items
//! numbered ①②③ with blank lines between are one block's. Pages written for
//! these tests (宿泊業, 新規就農, 地場産業の冊子), scrambled as the PDF
//! conversion scrambles them.

mod common;

use common::{paragraphs, read_page, written};

/// Role items ①②③ parted by blank lines; the outlook box after the role
/// blocks, worded as a plan (…を実施する予定); a comment continued in a
/// second box after the effect, in the speaker's voice.
const OUTLOOK_AFTER_THE_ROLES: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県】【長野県松本市】【長野労働局ハローワーク松本】

観光地の宿泊施設で働く人を「しごと体験ツアー」で発掘

【課題・目的】
市内の宿泊施設では、観光客の回復に伴い接客・調理スタッフの不足が深刻となっている。
宿泊業の仕事を体験する機会を設け、市内外の求職者の就職を図る。

＜松本市コメント＞
旅館の仕事は大変そうという印象を持
たれがちで、応募が少ないのが悩みで
した。

【実施概要】
市内の旅館・ホテル６施設を巡る１日体験ツアーを年４回開催し、フロント業務や
調理補助を体験する機会を提供した。

【効果】
◆ツアー参加者 延べ５４名
◆参加者のうち１６名が参加施設に就職

ツアーの様子

実際に働く人と話してもらうことで、
その印象が変わったと感じています。

【役割分担】
【長野県】
①県外向けの移住情報サイトでの周知

②ツアー当日のバスの手配

③参加者アンケートの集計

【松本市】
◆受入れ施設の募集・調整

【ハローワーク松本】
◆参加者の募集、職業相談

【今後の展開】
冬季の繁忙期に向けて、スキー場周辺の宿泊施設でも同様のツアーを実施する予定。

≪照会先≫ 長野労働局職業安定部職業安定課 （ＴＥＬ：026-226-0865）
";

#[test]
fn an_outlook_box_is_the_effects_wherever_it_stands() {
    let doc = read_page(OUTLOOK_AFTER_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市内の旅館・ホテル6施設を巡る1日体験ツアーを年4回開催し、フロント業務や調理補助を体験する機会を提供した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆ツアー参加者延べ54名",
            "◆参加者のうち16名が参加施設に就職",
            "【今後の展開】",
            "冬季の繁忙期に向けて、スキー場周辺の宿泊施設でも同様のツアーを実施する予定。",
        ])
    );
}
