//! Pages in other bureaus' templates: running matter of their own (a logo
//! line, a volume line, a running footer), photo captions that say how many
//! took part, diagrams drawn with arrows. Written for these tests (themes:
//! 介護職の職場体験, 外国人材の定着, 空き家を活かした移住就職), scrambled as the
//! PDF conversion scrambles them. The expectations are what a reader of each
//! page writes down.

mod common;

use common::{captions_of, paragraphs, read_page, written};

use jirei::model::{Case, Field};

fn field_of<'a>(c: &'a Case, raw: &str) -> Vec<&'a Field> {
    c.provenance
        .iter()
        .filter(|p| p.raw == raw)
        .map(|p| &p.field)
        .collect()
}

/// A bureau's logo line and the collection's volume line above the banner,
/// the banner with the year, a running footer with the bureau's name and the
/// page number.
const RUNNING_MATTER_OF_ANOTHER_TEMPLATE: &str = "\
岡山労働局

地域雇用対策好事例集（令和４年度版）

令和４年度　国と地方自治体の連携による雇用対策好事例

【岡山県】【岡山労働局ハローワーク倉敷中央】

介護の仕事を知る職場体験で未経験者の入職を後押し

【課題・目的】
介護事業所の人手不足が続いており、未経験者の入職を促す必要がある。

【実施概要】
県とハローワークが、未経験者向けに介護施設での３日間の職場体験を実施。

【効果】
職場体験を経て介護施設に就職した方が増えた。

≪照会先≫ 岡山労働局職業安定部職業安定課 ＴＥＬ：０８６－８０１－５１０３

岡山労働局　　　　　　　　　　　　　　－ ７ －
";

#[test]
fn a_bureaus_logo_a_volume_line_and_a_running_footer_are_no_fields() {
    let doc = read_page(RUNNING_MATTER_OF_ANOTHER_TEMPLATE);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert!(captions_of(c).is_empty(), "{:?}", captions_of(c));
    assert_eq!(
        c.title.as_deref(),
        Some("介護の仕事を知る職場体験で未経験者の入職を後押し")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["介護事業所の人手不足が続いており、未経験者の入職を促す必要がある。"])
    );
    for furniture in [
        "岡山労働局",
        "地域雇用対策好事例集（令和４年度版）",
        "岡山労働局　　　　　　　　　　　　　　－ ７ －",
    ] {
        assert_eq!(field_of(c, furniture), [&Field::Footer], "{furniture}");
    }
    assert_eq!(
        field_of(c, "令和４年度　国と地方自治体の連携による雇用対策好事例"),
        [&Field::Banner]
    );
    assert_eq!(
        c.contact.as_ref().and_then(|x| x.org.as_deref()),
        Some("岡山労働局職業安定部職業安定課")
    );
}

/// Photo captions that say how many took part, one of them worded as a
/// clause, standing apart between the boxes.
const CAPTIONS_THAT_COUNT: &str = "\
国と地方自治体の連携による雇用対策好事例

【静岡県浜松市】【静岡労働局ハローワーク浜松】

外国人材の職場定着に向けた日本語・生活支援

【課題・目的】
市内の製造業では外国人労働者が増えているが、日本語や生活習慣の違いから早期に離職する例も多い。定着を図る。

【実施概要】
市の国際交流協会とハローワークが、就職した外国人向けに職場日本語講座と生活相談会を開催した。

▲職場日本語講座の様子（受講者１８名）

【効果】
◆相談会の来場者は４６名
◆講座修了後に６か月以上定着した方が増えた。

▲相談会には４６名が来場

≪照会先≫ 静岡労働局職業安定部職業安定課 ＴＥＬ：０５４－２７１－９９５０
";

#[test]
fn photo_captions_that_count_are_captions_and_their_figures_counts() {
    use jirei::model::MetricCategory;
    let doc = read_page(CAPTIONS_THAT_COUNT);
    let c = &doc.cases[0];
    assert_eq!(
        captions_of(c),
        ["▲職場日本語講座の様子(受講者18名)", "▲相談会には46名が来場"]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市の国際交流協会とハローワークが、就職した外国人向けに職場日本語講座と生活相談会を開催した。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆相談会の来場者は46名",
            "◆講座修了後に6か月以上定着した方が増えた。"
        ])
    );
    // The caption's count of the course is a count; its count of the visitors
    // repeats the effect's, one metric.
    let counts: Vec<(u64, &str)> = c
        .metrics
        .iter()
        .map(|m| (m.value, m.unit.as_str()))
        .collect();
    assert_eq!(counts, [(18, "名"), (46, "名")]);
    assert!(c
        .metrics
        .iter()
        .all(|m| m.category == MetricCategory::Participants));
}

/// A diagram drawn downwards with arrows between the purpose and the
/// overview, and a line of steps above a heading the conversion printed
/// after a blank line.
const DIAGRAMS_WITH_ARROWS: &str = "\
国と地方自治体の連携による雇用対策好事例

【鳥取県智頭町】【鳥取労働局ハローワーク鳥取】

空き家を活かした移住と就職の一体的支援

【課題・目的】
町の人口減少が続き、地元企業の担い手が不足している。移住と就職を一体で支援し、担い手の確保を図る。

空き家バンク
↓ 改修・入居
移住希望者
↓ 職業相談・紹介
ハローワーク → 町内の企業

【実施概要】
町が空き家の改修を支援し、ハローワークが移住希望者に町内企業の求人を紹介した。

移住相談会 → 町内見学ツアー → 職場体験

【効果】
移住して町内企業に就職した方が増え、担い手の確保につながった。

≪照会先≫ 鳥取労働局職業安定部職業安定課 ＴＥＬ：０８５７－２９－１７０７
";

#[test]
fn a_diagram_drawn_with_arrows_is_captions_one_a_line() {
    let doc = read_page(DIAGRAMS_WITH_ARROWS);
    let c = &doc.cases[0];
    assert_eq!(
        captions_of(c),
        [
            "空き家バンク",
            "↓ 改修・入居",
            "移住希望者",
            "↓ 職業相談・紹介",
            "ハローワーク → 町内の企業",
            "移住相談会 → 町内見学ツアー → 職場体験",
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["町の人口減少が続き、地元企業の担い手が不足している。移住と就職を一体で支援し、担い手の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "町が空き家の改修を支援し、ハローワークが移住希望者に町内企業の求人を紹介した。"
        ])
    );
}
