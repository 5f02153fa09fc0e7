//! Boxes a reader places by what they are, not by where the conversion put
//! them: an outlook box (【今後の展開】) is the effect's; a page's first
//! paragraph stating the problem and the aim is the purpose without its
//! heading; what was made and put out, printed above its heading, is the
//! overview; a comment printed in two boxes is one comment; role items
//! numbered ①②③ with blank lines between are one block's. Pages written for
//! these tests (宿泊業, 新規就農, 地場産業の冊子), scrambled as the PDF
//! conversion scrambles them.

mod common;

use common::{comments_of, paragraphs, read_page, roles_of, written};

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

#[test]
fn role_items_numbered_on_past_blank_lines_are_the_blocks() {
    let doc = read_page(OUTLOOK_AFTER_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "長野県",
                vec![
                    "県外向けの移住情報サイトでの周知",
                    "ツアー当日のバスの手配",
                    "参加者アンケートの集計"
                ]
            ),
            ("松本市", vec!["受入れ施設の募集・調整"]),
            ("ハローワーク松本", vec!["参加者の募集、職業相談"]),
        ]
    );
}

#[test]
fn a_second_box_in_the_speakers_voice_goes_on_with_the_comment() {
    let doc = read_page(OUTLOOK_AFTER_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [(
            "松本市",
            "旅館の仕事は大変そうという印象を持たれがちで、応募が少ないのが悩みでした。実際に働く人と話してもらうことで、その印象が変わったと感じています。"
                .to_string()
        )]
    );
    assert!(
        !format!("{:?}", c.sections.effect).contains("印象が変わった"),
        "{:?}",
        c.sections.effect
    );
}

/// No 【課題・目的】 anywhere: the page opens on the paragraph stating the
/// problem and the aim, above the banner. A comment cut mid-word by a photo
/// caption (`…地元で根` / caption / `付いて…`).
const LEAD_PARAGRAPH_AND_A_CUT_COMMENT: &str = "\
新たに農業を始める人の中には、技術の習得や販路の確保でつまずき、数年で離農する
例も少なくない。町と農協、ハローワークがつながり、研修から就農後の定着までを
一貫して支えることで、地域農業の担い手の確保を図る。

国と地方自治体の連携による雇用対策好事例

【高知県四万十町】 【高知労働局ハローワーク須崎】

新規就農者の定着を町とハローワークが二人三脚で支援

【取組内容】
町の農業研修施設で１年間の実践研修を行い、修了後は町が農地と住宅をあっせん。
ハローワークは研修受講者の募集と、就農までの間の職業相談を行った。

【役割分担】
【四万十町】
◆研修施設の運営、農地・住宅のあっせん

【ハローワーク須崎】
◆研修受講者の募集、職業相談

【成果】
◆研修修了者 ３年間で２１名、うち１８名が町内で就農

＜四万十町コメント＞
農業の担い手は年々減っており、新しく
農業を始める人を地域ぐるみで支えたい
と考えている。研修を終えた方が地元で根

≪収穫体験の様子≫

付いてくれることを期待したい。

≪照会先≫ 高知労働局職業安定部職業安定課 （ＴＥＬ：088-885-6051）
";

#[test]
fn a_first_paragraph_stating_the_problem_and_the_aim_is_the_purpose() {
    let doc = read_page(LEAD_PARAGRAPH_AND_A_CUT_COMMENT);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["新たに農業を始める人の中には、技術の習得や販路の確保でつまずき、数年で離農する例も少なくない。町と農協、ハローワークがつながり、研修から就農後の定着までを一貫して支えることで、地域農業の担い手の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆研修修了者3年間で21名、うち18名が町内で就農"])
    );
}

#[test]
fn a_comment_cut_by_a_caption_mid_word_runs_on_past_it() {
    let doc = read_page(LEAD_PARAGRAPH_AND_A_CUT_COMMENT);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [(
            "四万十町",
            "農業の担い手は年々減っており、新しく農業を始める人を地域ぐるみで支えたいと考えている。研修を終えた方が地元で根付いてくれることを期待したい。"
                .to_string()
        )]
    );
    assert!(c.captions.iter().any(|x| x.text == "≪収穫体験の様子≫"));
}

/// What was made and put out, printed above its heading (the headings of
/// 実施概要 and 役割分担 stand together below it), its figures the number of
/// companies featured; the table of results above 【効果】.
const WHAT_WAS_MADE_ABOVE_ITS_HEADING: &str = "\
国と地方自治体の連携による雇用対策好事例

【課題・目的】
市内の中学生・高校生の多くが地元のものづくり企業を知らないまま進路を選んでおり、
刃物・金属加工の企業は若手の確保が課題となっている。生徒と保護者に地元企業を
知ってもらい、地元就職を促進する。

【岐阜県関市】 【関商工会議所】 【岐阜労働局ハローワーク関】

商工会議所が会員企業を募り、職人の技と若手社員の声を紹介する冊子を制作。
１８社（うち新規５社）を掲載した。冊子は市内の中学校・高校に届けたほか、
市のホームページで配信。中学校の職場体験では掲載企業の見学コースを設けた。

【実施概要】

【役割分担】

区分 見学参加者 うち保護者
中学校 １２０人 ４５人
高校 ９０人 ３０人

【効果】

【関市】
◆冊子の企画・予算措置

【関商工会議所】
◆会員企業への掲載依頼

【ハローワーク関】
◆掲載企業の求人受理

≪照会先≫ 岐阜労働局職業安定部職業安定課 （ＴＥＬ：058-245-1311）
";

#[test]
fn what_was_made_and_put_out_is_the_overview_above_its_heading() {
    let doc = read_page(WHAT_WAS_MADE_ABOVE_ITS_HEADING);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["商工会議所が会員企業を募り、職人の技と若手社員の声を紹介する冊子を制作。18社(うち新規5社)を掲載した。冊子は市内の中学校・高校に届けたほか、市のホームページで配信。中学校の職場体験では掲載企業の見学コースを設けた。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "区分見学参加者うち保護者",
            "中学校120人45人",
            "高校90人30人"
        ])
    );
}
