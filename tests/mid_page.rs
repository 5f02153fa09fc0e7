//! What stands in the middle of a page, written for these tests in the
//! series' template (離島の人手不足, 中高年の再就職, デジタル人材): a headline
//! read out after the heading row or between boxes, and the paragraph that
//! plainly says what was done on a page that prints no 【実施概要】 heading.
//! The expectations are what a reader of each page writes down.

mod common;

use common::{paragraphs, read_page, written};

/// The headline after the party row and the heading row, opening with the
/// programme's name in quotes and closing on the noun of what it does
/// (…を解消): no word of a headline list, but a headline by its form.
const A_QUOTED_HEADLINE_AFTER_THE_HEADINGS: &str = "\
国と地方自治体の連携による雇用対策好事例

【課題・目的】

【実施概要】

【役割分担】

【長崎県五島市】 【長崎労働局ハローワーク五島】

「しごと出前便」で離島の事業所の人手不足を解消

【五島市】
◆出前便の車両の手配
◆市報での周知

【ハローワーク】
◆求人の受理と職業紹介

【効果】

島内の水産加工業や宿泊業では働き手の高齢化が進み、求人を出しても応募が
ない事業所が多い。離島の求職者が島を出ずに仕事を探せるようにすることが
課題である。

ハローワークの職員が市の車両で島内の集落を巡回し、出張相談と求人情報の提供を
実施した。

出前便の利用者は延べ８５人、うち１２人が島内の事業所に就職した。

≪照会先≫ 長崎労働局職業安定部職業安定課 ＴＥＬ ０９５－８０１－００４０
";

#[test]
fn a_headline_opening_with_a_quoted_name_stands_after_the_headings() {
    let doc = read_page(A_QUOTED_HEADLINE_AFTER_THE_HEADINGS);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("「しごと出前便」で離島の事業所の人手不足を解消")
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["ハローワークの職員が市の車両で島内の集落を巡回し、出張相談と求人情報の提供を実施した。"])
    );
}

/// A two-line headline (…の再就職を、 / …で後押し) read out between a
/// comment and the overview's bullets; the page prints no 【実施概要】, and
/// the bullets plainly say what was done (…を実施。 …を開催。 a capacity,
/// 毎月): they are the overview, not the effect.
const A_HEADLINE_BETWEEN_BOXES_AND_NO_OVERVIEW_HEADING: &str = "\
国と地方自治体の連携による雇用対策好事例

【岡山県倉敷市】 【岡山労働局ハローワーク倉敷中央】

【課題・目的】

【役割分担】

【効果】

市内では４５歳以上の離職者が増えているが、長く同じ会社に勤めた方ほど
応募書類の書き方や面接に不慣れで、再就職までの期間が長くなっている。

＜倉敷市コメント＞
企業の方に直接会ってもらえる場を
つくれたことが何よりの成果です。

離職した中高年の再就職を、
企業での職場体験と個別の職業相談で後押し

◆ 市の就労支援窓口で「中高年しごと相談」を毎月第１・第３木曜日に実施。
◆ 「ミドル職場体験」（定員１２名、３日間）を市内の製造業・物流業で開催。
◆ 体験を終えた方に、ハローワークが求人開拓と職業紹介を実施。

【倉敷市】
◆職場体験先の開拓、市報での周知
【ハローワーク】
◆職業相談、求人の開拓

職場体験の参加者は延べ３０人で、そのうち１９人が再就職した。

≪照会先≫ 岡山労働局職業安定部職業安定課 ＴＥＬ ０８６－８０１－５１０３
";

#[test]
fn a_two_line_headline_between_boxes_and_bullets_of_what_was_done() {
    let doc = read_page(A_HEADLINE_BETWEEN_BOXES_AND_NO_OVERVIEW_HEADING);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("離職した中高年の再就職を、企業での職場体験と個別の職業相談で後押し")
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "◆市の就労支援窓口で「中高年しごと相談」を毎月第1・第3木曜日に実施。",
            "◆「ミドル職場体験」(定員12名、3日間)を市内の製造業・物流業で開催。",
            "◆体験を終えた方に、ハローワークが求人開拓と職業紹介を実施。",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["職場体験の参加者は延べ30人で、そのうち19人が再就職した。"])
    );
}

/// No 【実施概要】 heading; between the role blocks and 【効果】 a paragraph
/// says when, for whom and what was done (令和２年１０月、… 向けに …を開催し):
/// the overview. The purpose keeps its own paragraph.
const WHAT_WAS_DONE_WITHOUT_ITS_HEADING: &str = "\
国と地方自治体の連携による雇用対策好事例

【石川県金沢市】 【石川労働局】

市と労働局が「デジタル人材育成宣言」を発し、地元企業のＩＴ人材確保を応援

【課題・目的】
市内の中小企業ではＩＴ技術者の不足が深刻で、事業のデジタル化が進まない。
求職者のデジタル技能の習得を支え、地元企業への就職を促進する。

【役割分担】

【金沢市】
◆講座の会場の提供
◆受講料の一部助成

【石川労働局】
◆求職者への受講勧奨
◆修了者への職業紹介

令和２年１０月、市長と労働局長が「デジタル人材育成宣言」を発し、市内の
経済団体に協力を呼びかけた。さらに、求職者向けに「はじめてのプログラミング
講座」を市内２か所で開講し、企業の技術者が講師を務めた。

講座の様子

【効果】

講座の修了者は５４名で、うち２３名が市内のＩＴ企業に就職した。

≪照会先≫ 石川労働局職業安定部職業安定課 ＴＥＬ ０７６－２６５－４４２７
";

#[test]
fn a_paragraph_plainly_saying_what_was_done_is_the_overview_without_its_heading() {
    let doc = read_page(WHAT_WAS_DONE_WITHOUT_ITS_HEADING);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["令和2年10月、市長と労働局長が「デジタル人材育成宣言」を発し、市内の経済団体に協力を呼びかけた。さらに、求職者向けに「はじめてのプログラミング講座」を市内2か所で開講し、企業の技術者が講師を務めた。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["講座の修了者は54名で、うち23名が市内のIT企業に就職した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の中小企業ではIT技術者の不足が深刻で、事業のデジタル化が進まない。求職者のデジタル技能の習得を支え、地元企業への就職を促進する。"])
    );
}

/// No 実施概要 printed: under ＜目的＞ the purpose, then a paragraph of what is
/// done, its only figure the people expected at each visit (１回あたり…名程度):
/// a figure of the plan, as a capacity is, not an outcome — the paragraph is
/// the overview, not part of the effect printed below it.
const A_FIGURE_PER_VISIT_IN_WHAT_IS_DONE: &str = "\
山あいの集落に「移動ハローワーク」が出向く
～町と連携した巡回相談窓口～

国と地方自治体の連携による雇用対策好事例

【奈良県十津川村】 【奈良労働局ハローワーク大淀】

＜目的＞

村内からハローワークまでは車で片道２時間を要し、求職活動の負担が大きい。
村内の集会所で定期的に相談窓口を開設することで、山間地に住む求職者の就職
機会を確保する。

ハローワーク職員が求人検索用の端末を携行し、村内の集会所を巡回して「移動
ハローワーク」を開設。
・開設日：毎月第２火曜日
・１回あたりの来所者は５～６名程度で、職業相談と求人情報の提供を行う。

＜役割分担＞
【十津川村】
◆会場の確保、防災行政無線による周知

【ハローワーク】
◆職員の派遣、職業相談・職業紹介

＜効果＞
移動時間の負担がなくなり、これまでハローワークを利用したことのない住民の来所
につながった。

〈照会先〉奈良労働局職業安定部職業安定課 ＴＥＬ：0742－32－0208
";

#[test]
fn a_figure_per_visit_is_the_plan_and_its_paragraph_the_overview() {
    let doc = read_page(A_FIGURE_PER_VISIT_IN_WHAT_IS_DONE);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "ハローワーク職員が求人検索用の端末を携行し、村内の集会所を巡回して「移動ハローワーク」を開設。",
            "・開設日:毎月第2火曜日",
            "・1回あたりの来所者は5~6名程度で、職業相談と求人情報の提供を行う。",
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["移動時間の負担がなくなり、これまでハローワークを利用したことのない住民の来所につながった。"])
    );
}
