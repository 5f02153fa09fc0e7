//! Role blocks in other shapes than 【org】 over ◆ items, on pages written
//! for these tests (就農支援, 保育士の復職, 林業の担い手, 介護の資格取得):
//! the roles printed as a table — a row of names, each column's items read
//! out below it, column after column — a heading broken inside its brackets
//! in a narrow box, and roles written one organisation a line, `org：…`,
//! under another heading than 役割分担. The expectations are what a reader
//! of each page writes down.

mod common;

use common::{captions_of, paragraphs, read_page, roles_of, written};

/// 就農支援: the headings in a column, the purpose below them, then the
/// roles as a table of four columns whose items follow one another with no
/// blank line between the columns (2, 2, 1 and 3 items).
const A_ROLE_TABLE_OF_FOUR_COLUMNS: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県】 【長野県伊那市】 【上伊那農業協同組合】 【長野労働局ハローワーク伊那】

農業の担い手を地域ぐるみで育てる「いな就農塾」

【目　的】

【取組内容】

【役割分担】

【成　果】

市内の農業者の平均年齢は７０歳に近く、担い手の確保が急務となっている。
就農を希望する求職者が農業の基礎を学び、地元での就農・就職につなげる。

県　　　　伊那市　　　　ＪＡ上伊那　　　　ハローワーク
◆新規就農者向け研修の予算措置
◆県外での就農相談会の開催
◆市有住宅の提供
◆市報・市ホームページでの周知
◆受入農家の選定・調整
◆農業法人の求人の開拓
◆求職者への職業相談
◆研修修了者への職業紹介

◆塾の修了者１４名のうち９名が市内で就農・就職した。

≪照会先≫ 長野労働局職業安定部職業安定課 ＴＥＬ：026-226-0865
";

#[test]
fn a_role_table_without_blank_lines_is_parted_by_what_its_items_say() {
    let doc = read_page(A_ROLE_TABLE_OF_FOUR_COLUMNS);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "県",
                vec!["新規就農者向け研修の予算措置", "県外での就農相談会の開催"]
            ),
            (
                "伊那市",
                vec!["市有住宅の提供", "市報・市ホームページでの周知"]
            ),
            ("JA上伊那", vec!["受入農家の選定・調整"]),
            (
                "ハローワーク",
                vec![
                    "農業法人の求人の開拓",
                    "求職者への職業相談",
                    "研修修了者への職業紹介"
                ]
            ),
        ]
    );
    // The row of names is no caption, the items no purpose.
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の農業者の平均年齢は70歳に近く、担い手の確保が急務となっている。就農を希望する求職者が農業の基礎を学び、地元での就農・就職につなげる。"])
    );
}

/// 保育士の復職: a table of two columns under 【役割分担】, its columns parted
/// by a blank line (3 and 1 items, one item wrapped), ・ bullets.
const A_ROLE_TABLE_OF_TWO_COLUMNS: &str = "\
国と地方自治体の連携による雇用対策好事例

【静岡県富士市】 【静岡労働局ハローワーク富士】

潜在保育士の職場復帰を応援する「ほいくカムバック研修」

【課題・目的】
市内の保育所では保育士の不足が続いている。資格を持ちながら保育の仕事を
離れた方の職場復帰を支援し、待機児童の解消を図る。

【実施概要】
保育所での実習を含む研修（全４日間）を開催し、最終日に就職相談会を行った。

【役割分担】
富士市　　　　　　ハローワーク富士
・研修の企画、会場の確保
・市広報紙、子育てアプリ
での周知
・市内保育所との調整

・保育所の求人の確保、職業紹介

【効果】
受講者２２名のうち１３名が市内の保育所に就職した。

≪照会先≫ 静岡労働局職業安定部職業安定課 ＴＥＬ：054-271-9970
";

#[test]
fn a_role_tables_columns_parted_by_blank_lines_go_to_their_names() {
    let doc = read_page(A_ROLE_TABLE_OF_TWO_COLUMNS);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            (
                "富士市",
                vec![
                    "研修の企画、会場の確保",
                    "市広報紙、子育てアプリでの周知",
                    "市内保育所との調整"
                ]
            ),
            ("ハローワーク富士", vec!["保育所の求人の確保、職業紹介"]),
        ]
    );
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["保育所での実習を含む研修(全4日間)を開催し、最終日に就職相談会を行った。"])
    );
}

/// 林業の担い手: a narrow box breaks two headings inside their brackets,
/// `【役割` / `分担】` and `【実施` / `概要】`, the overview's text right below.
const HEADINGS_BROKEN_IN_A_NARROW_BOX: &str = "\
国と地方自治体の連携による雇用対策好事例

【岐阜県郡上市】 【岐阜労働局ハローワーク岐阜八幡】

森で働く若者を育てる「ぐじょう林業アカデミー」

【目的】林業の担い手の高齢化が進むなか、若い就業者を確保し、市の森林資源を
次の世代に引き継ぐ。

【実施
概要】
市内の林業事業体と連携し、３か月間の林業技術研修を実施した。

【役割
分担】

【郡上市】
◆研修の企画・運営
◆研修生の住まいの確保

【ハローワーク】
◆林業求人の確保
◆研修生への職業紹介

【効果】
研修を修了した１１名のうち８名が市内の林業事業体に就職した。

≪照会先≫ 岐阜労働局職業安定部職業安定課 ＴＥＬ：058-245-1311
";

#[test]
fn a_heading_broken_inside_its_brackets_heads_its_section() {
    let doc = read_page(HEADINGS_BROKEN_IN_A_NARROW_BOX);
    let c = &doc.cases[0];
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
    let overview = c.sections.overview.as_ref().expect("an overview");
    assert_eq!(overview.heading.as_deref(), Some("実施概要"));
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市内の林業事業体と連携し、3か月間の林業技術研修を実施した。"])
    );
    assert_eq!(
        roles_of(c),
        [
            ("郡上市", vec!["研修の企画・運営", "研修生の住まいの確保"]),
            ("ハローワーク", vec!["林業求人の確保", "研修生への職業紹介"]),
        ]
    );
    // Both lines of each broken heading are the heading's.
    for raw in ["【実施", "概要】", "【役割", "分担】"] {
        let p = c.provenance.iter().find(|p| p.raw == raw).expect(raw);
        assert_eq!(p.field, jirei::model::Field::Heading, "{raw}");
    }
}

/// 介護の資格取得: the roles written one organisation a line, `org：…`,
/// under 【連携内容】, a heading of the overview's words.
const COLON_ROLES_UNDER_ANOTHER_HEADING: &str = "\
国と地方自治体の連携による雇用対策好事例

【鳥取県】 【鳥取県社会福祉協議会】 【鳥取労働局ハローワーク米子】

働きながら介護の資格を取る「介護職チャレンジ支援」

【課題・目的】
介護の仕事に関心があっても、資格がないことを理由に応募をためらう求職者が
多い。働きながら資格を取得できる仕組みをつくり、介護人材の確保を図る。

【実施概要】
介護事業所に就職した方が、勤務しながら初任者研修を受講できるよう、受講料
と研修中の代替職員の費用を助成した。

【連携内容】
県：受講料の助成、介護事業所への制度の周知
社会福祉協議会：研修の実施、受講者の相談対応
ハローワーク：介護求人の確保、求職者への職業紹介

【効果】
制度を利用して２８名が介護事業所に就職し、全員が初任者研修を修了した。

≪照会先≫ 鳥取労働局職業安定部職業安定課 ＴＥＬ：0857-29-1707
";

#[test]
fn roles_one_organisation_a_line_are_roles_under_any_heading() {
    let doc = read_page(COLON_ROLES_UNDER_ANOTHER_HEADING);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            ("県", vec!["受講料の助成、介護事業所への制度の周知"]),
            ("社会福祉協議会", vec!["研修の実施、受講者の相談対応"]),
            ("ハローワーク", vec!["介護求人の確保、求職者への職業紹介"]),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["介護事業所に就職した方が、勤務しながら初任者研修を受講できるよう、受講料と研修中の代替職員の費用を助成した。"])
    );
}

/// 消防設備士の育成: no 【実施概要】; the steps under 【取組の流れ】 stand for it,
/// and 【連携内容】 is printed over one `org：…` line per organisation — there
/// it names who does what, the roles.
const COOPERATION_OVER_ROLE_LINES: &str = "\
国と地方自治体の連携による雇用対策好事例

【静岡県沼津市】 【静岡労働局ハローワーク沼津】

点検の担い手を地元で育てる「消防設備士養成講座」

【目的】
市内の設備点検業者は人手が足りず、資格を持つ若手の確保が課題である。
未経験の求職者が資格を取り、市内の点検業者に就職する道をつくる。

【取組の流れ】
①　ハローワークが受講希望者を選考
②　市の講座で資格試験の対策（２か月）
③　合格者に点検業者の求人を紹介

【連携内容】
沼津市：講座の企画・運営、受講料の助成
ハローワーク沼津：受講者の選考、点検業者の求人確保・職業紹介

【効果】
◆受講者１２名のうち１０名が合格し、８名が市内の点検業者に就職した。

≪照会先≫ 静岡労働局職業安定部職業安定課 ＴＥＬ：054-271-9950
";

#[test]
fn cooperation_printed_over_role_lines_heads_the_roles() {
    let doc = read_page(COOPERATION_OVER_ROLE_LINES);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            ("沼津市", vec!["講座の企画・運営、受講料の助成"]),
            (
                "ハローワーク沼津",
                vec!["受講者の選考、点検業者の求人確保・職業紹介"]
            ),
        ]
    );
    let overview = c.sections.overview.as_ref().expect("an overview");
    assert_eq!(overview.heading.as_deref(), Some("取組の流れ"));
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "①ハローワークが受講希望者を選考",
            "②市の講座で資格試験の対策(2か月)",
            "③合格者に点検業者の求人を紹介",
        ])
    );
}

/// The same page with 【連携内容】 over what the partners did together, in
/// prose, and the roles under 【役割分担】: there 【連携内容】 is the overview.
#[test]
fn cooperation_printed_over_prose_is_the_overview() {
    let page = COOPERATION_OVER_ROLE_LINES
        .replace(
            "【取組の流れ】\n①　ハローワークが受講希望者を選考\n②　市の講座で資格試験の対策（２か月）\n③　合格者に点検業者の求人を紹介\n",
            "",
        )
        .replace(
            "【連携内容】\n",
            "【連携内容】\n市の講座とハローワークの職業紹介を組み合わせ、資格取得から就職までを一体的に支援した。\n\n【役割分担】\n",
        );
    let doc = read_page(&page);
    let c = &doc.cases[0];
    let overview = c.sections.overview.as_ref().expect("an overview");
    assert_eq!(overview.heading.as_deref(), Some("連携内容"));
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市の講座とハローワークの職業紹介を組み合わせ、資格取得から就職までを一体的に支援した。"])
    );
    assert_eq!(roles_of(c).len(), 2);
}
