//! Layouts the seed does not show: pages written for these tests in the style of
//! the series (other places, other headings, other phrasings of counts). The
//! expectations are what a reader of each page would write down.

use jirei::model::{Document, MetricCategory, PartyKind};
use jirei::normalize::squeeze;

fn extract(text: &str) -> Document {
    jirei::extract_bytes("layouts.txt", text.as_bytes(), &Default::default()).unwrap()
}

fn section(doc: &Document, which: &str) -> Option<String> {
    let s = &doc.cases[0].sections;
    let sec = match which {
        "purpose" => &s.purpose,
        "overview" => &s.overview,
        _ => &s.effect,
    };
    sec.as_ref().map(|s| squeeze(&s.text))
}

/// Top-down reading order, ・ bullets in the roles, 【結果】, a 連絡先 line.
const TOP_DOWN: &str = "\
高齢者の就労促進に向けた合同面接会を開催

国と地方自治体の連携による雇用対策好事例

【北海道札幌市】【北海道労働局ハローワーク札幌東】

【課題・目的】
高齢化が進む中、働く意欲のある高齢者の就労機会を確保することを目的とする。

【実施概要】
市とハローワークが共同で、６５歳以上の求職者を対象とした合同面接会を開催。
会場では職業相談コーナーも設置した。

【役割分担】
【札幌市】
・会場の確保
・広報誌での周知
【ハローワーク】
・求人の確保
・参加企業との調整

【結果】
参加企業２０社、来場者数１５０名、うち採用者１２名。

＜札幌市のコメント＞
今後も継続して開催したい。

＜労働局コメント＞
高齢者の雇用促進に効果的であった。

〈照会先〉北海道労働局職業安定部職業安定課（ＴＥＬ：０１１－７０９－２３１１）
";

#[test]
fn top_down_page() {
    let doc = extract(TOP_DOWN);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("高齢者の就労促進に向けた合同面接会を開催")
    );
    let parties: Vec<_> = c
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.kind))
        .collect();
    assert_eq!(
        parties,
        vec![
            ("北海道札幌市", PartyKind::Municipality),
            ("北海道労働局ハローワーク札幌東", PartyKind::HelloWork)
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("北海道"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("高齢化が進む中、働く意欲のある高齢者の就労機会を確保することを目的とする。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市とハローワークが共同で、65歳以上の求職者を対象とした合同面接会を開催。会場では職業相談コーナーも設置した。")
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("参加企業20社、来場者数150名、うち採用者12名。")
    );
    assert_eq!(
        c.sections.effect.as_ref().unwrap().heading.as_deref(),
        Some("結果")
    );
    let roles: Vec<_> = c
        .roles
        .iter()
        .map(|r| (r.org.as_str(), r.items.clone()))
        .collect();
    assert_eq!(
        roles,
        vec![
            (
                "札幌市",
                vec!["会場の確保".to_string(), "広報誌での周知".to_string()]
            ),
            (
                "ハローワーク",
                vec!["求人の確保".to_string(), "参加企業との調整".to_string()]
            ),
        ]
    );
    let speakers: Vec<_> = c.comments.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, vec!["札幌市", "労働局"]);
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("北海道労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("011-709-2311"));
    let metrics: Vec<_> = c
        .metrics
        .iter()
        .map(|m| (m.value, m.unit.as_str(), m.category))
        .collect();
    assert_eq!(
        metrics,
        vec![
            (20, "社", MetricCategory::Companies),
            (150, "名", MetricCategory::Participants),
            (12, "名", MetricCategory::Employed),
        ]
    );
    assert_eq!(c.metrics[2].label, "採用者");
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Scrambled like the series often is: comments first, the headings in a row,
/// the effect before its heading, the title after the role blocks.
const SCRAMBLED: &str = "\
＜福岡市コメント＞
若者の地元就職につながる取組として、今後も
継続していきたい。

国と地方自治体の連携による雇用対策好事例

【課題・目的】

【福岡県福岡市】 【福岡労働局ハローワーク福岡中央】

【実施概要】

【役割分担】

◆ 参加学生数 ８５名、参加企業 ３２社
◆ 参加学生のアンケートでは、地元企業への理解が深まったとの回答が多かった。

【効果】

【福岡市】
◆ 大学への周知
◆ 会場の提供

【ハローワーク】
◆ 求人企業の開拓
◆ 当日の運営

地元企業と学生の交流会を共同開催

大学生の県外流出が続いており、地元企業の魅力を伝え、地元就職の促進を図る。

市内の大学と連携し、地元企業３２社と学生の交流会を開催。企業説明と個別相談を実施。

≪照会先≫ 福岡労働局職業安定部職業安定課 （０９２－４３４－９８０１）
";

#[test]
fn scrambled_page() {
    let doc = extract(SCRAMBLED);
    let c = &doc.cases[0];
    assert_eq!(c.title.as_deref(), Some("地元企業と学生の交流会を共同開催"));
    assert_eq!(c.prefecture.as_deref(), Some("福岡県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("大学生の県外流出が続いており、地元企業の魅力を伝え、地元就職の促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市内の大学と連携し、地元企業32社と学生の交流会を開催。企業説明と個別相談を実施。")
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("◆参加学生数85名、参加企業32社◆参加学生のアンケートでは、地元企業への理解が深まったとの回答が多かった。")
    );
    assert_eq!(c.roles.len(), 2);
    assert_eq!(c.roles[1].items, vec!["求人企業の開拓", "当日の運営"]);
    assert_eq!(c.comments[0].speaker, "福岡市");
    assert_eq!(
        squeeze(&c.comments[0].text),
        "若者の地元就職につながる取組として、今後も継続していきたい。"
    );
    let metrics: Vec<_> = c
        .metrics
        .iter()
        .map(|m| (m.label.as_str(), m.value, m.category))
        .collect();
    assert!(
        metrics.contains(&("参加学生数", 85, MetricCategory::Participants)),
        "{metrics:?}"
    );
    assert!(
        metrics.contains(&("参加企業", 32, MetricCategory::Companies)),
        "{metrics:?}"
    );
}

/// No 実施概要 heading, a heading variant (【取組の成果】), a mascot caption and
/// a figure set as a goal.
const NO_OVERVIEW: &str = "\
就職氷河期世代の正社員就職を支援

国と地方自治体の連携による雇用対策好事例

【広島県】【広島労働局】

【目的】
不安定な就労を続ける就職氷河期世代の正社員就職を支援するため、県と国が連携して相談体制を整える。

【役割分担】
【広島県】◆ 合同企業説明会の開催
【労働局】◆ 専門窓口での職業相談

【取組の成果】
◆ 正社員就職者 ４５名（目標 ６０名）
◆ 相談体制の一本化により、利用者の利便性が向上した。

ブンカッキー
";

#[test]
fn page_without_overview_heading() {
    let doc = extract(NO_OVERVIEW);
    let c = &doc.cases[0];
    assert_eq!(c.title.as_deref(), Some("就職氷河期世代の正社員就職を支援"));
    let parties: Vec<_> = c.parties.iter().map(|p| p.kind).collect();
    assert_eq!(
        parties,
        vec![PartyKind::Prefecture, PartyKind::LabourBureau]
    );
    assert!(
        c.sections.overview.is_none(),
        "no 実施概要 heading, no overview paragraph"
    );
    assert_eq!(
        c.sections.effect.as_ref().unwrap().heading.as_deref(),
        Some("取組の成果")
    );
    assert!(section(&doc, "purpose")
        .unwrap()
        .starts_with("不安定な就労"));
    assert!(section(&doc, "effect")
        .unwrap()
        .contains("利便性が向上した"));
    let roles: Vec<_> = c
        .roles
        .iter()
        .map(|r| (r.org.as_str(), r.items.len()))
        .collect();
    assert_eq!(roles, vec![("広島県", 1), ("労働局", 1)]);
    let captions: Vec<_> = c.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(captions, vec!["ブンカッキー"]);
    let metrics: Vec<_> = c.metrics.iter().map(|m| (m.value, m.category)).collect();
    assert_eq!(
        metrics,
        vec![(45, MetricCategory::Employed), (60, MetricCategory::Target)]
    );
}
