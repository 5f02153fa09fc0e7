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
