//! Layouts the seed does not show: pages written for these tests in the style of
//! the series (other places, other headings, other phrasings of counts). The
//! expectations are what a reader of each page would write down.

mod common;

use common::{figures_of, parties_of};

use jirei::model::{Document, MetricCategory, PartyKind};
use jirei::normalize::squeeze;

fn extract(text: &str) -> Document {
    jirei::extract_bytes("layouts.txt", text.as_bytes(), &Default::default()).unwrap()
}

/// The text of a section of the first case, without white space.
fn section(doc: &Document, which: &str) -> Option<String> {
    let s = doc.cases[0].sections.get(which);
    s.map(|s| squeeze(&s.text))
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
    let parties = parties_of(c);
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
    let metrics = figures_of(c);
    assert_eq!(
        metrics,
        vec![(45, MetricCategory::Employed), (60, MetricCategory::Target)]
    );
}

/// (label, value, unit, category, fiscal year) of each metric, in order.
fn metrics_of(doc: &Document) -> Vec<(String, u64, String, MetricCategory, Option<i32>)> {
    doc.cases[0]
        .metrics
        .iter()
        .map(|m| {
            (
                m.label.clone(),
                m.value,
                m.unit.clone(),
                m.category,
                m.fiscal_year,
            )
        })
        .collect()
}

/// A metric as written down by the reader.
fn metric(
    label: &str,
    value: u64,
    unit: &str,
    category: MetricCategory,
    fiscal_year: Option<i32>,
) -> (String, u64, String, MetricCategory, Option<i32>) {
    (label.into(), value, unit.into(), category, fiscal_year)
}

/// (org, items) of each role block.
fn roles_of(doc: &Document) -> Vec<(String, Vec<String>)> {
    doc.cases[0]
        .roles
        .iter()
        .map(|r| (r.org.clone(), r.items.clone()))
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The paragraphs of a section, each without white space.
fn section_paragraphs(doc: &Document, which: &str) -> Vec<String> {
    let s = &doc.cases[0].sections;
    let sec = match which {
        "purpose" => &s.purpose,
        "overview" => &s.overview,
        _ => &s.effect,
    };
    sec.as_ref()
        .map(|s| s.text.split('\n').map(squeeze).collect())
        .unwrap_or_default()
}

fn heading(doc: &Document, which: &str) -> Option<String> {
    let s = &doc.cases[0].sections;
    let sec = match which {
        "purpose" => &s.purpose,
        "overview" => &s.overview,
        _ => &s.effect,
    };
    sec.as_ref().and_then(|s| s.heading.clone())
}

/// Headings printed with other marks than 【】 (■, ＜＞, ［］, 《》); a 《…》
/// sub-heading inside the effect text and ＜…コメント＞ boxes that are no headings;
/// the title after the banner and the party row.
const MARKED_HEADINGS: &str = "\
国と地方自治体の連携による雇用対策好事例

【新潟県新潟市】 【新潟労働局ハローワーク新潟】

ひとり親家庭の親を対象とした就職相談会を市役所で開催

■課題・目的
ひとり親家庭の親は、仕事と子育てを一人で担っており、平日に複数の
窓口を回ることが難しい。市の福祉窓口と国の職業相談を同じ会場で
受けられるようにし、就職の促進を図る。

＜実施概要＞
児童扶養手当の現況届の提出時期に合わせ、市役所内に臨時の職業相談窓口を設置。
ハローワークの就職支援ナビゲーターが求人情報の提供と職業相談を行う。

［役割分担］
【新潟市】
◆会場の確保
◆現況届の案内文への相談会の周知文の同封
【ハローワーク】
◆就職支援ナビゲーターの派遣
◆求人情報の提供

《効果》
《開催実績》
・相談者数 ６８名
・うち就職者 ２１名
◆福祉と就労の相談を一度に受けられることで、利用者の負担軽減につながった。

＜新潟市コメント＞
福祉の窓口に来た方を、その場で就労につなげられるようになった。

＜労働局コメント＞
市との連携により、これまで来所のなかった方への支援が可能となった。

≪照会先≫ 新潟労働局職業安定部職業安定課 ℡：025-288-3507
";

#[test]
fn headings_with_other_marks() {
    let doc = extract(MARKED_HEADINGS);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("ひとり親家庭の親を対象とした就職相談会を市役所で開催")
    );
    let parties = parties_of(c);
    assert_eq!(
        parties,
        vec![
            ("新潟県新潟市", PartyKind::Municipality),
            ("新潟労働局ハローワーク新潟", PartyKind::HelloWork)
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("新潟県"));
    assert_eq!(heading(&doc, "purpose").as_deref(), Some("課題・目的"));
    assert_eq!(heading(&doc, "overview").as_deref(), Some("実施概要"));
    assert_eq!(heading(&doc, "effect").as_deref(), Some("効果"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("ひとり親家庭の親は、仕事と子育てを一人で担っており、平日に複数の窓口を回ることが難しい。市の福祉窓口と国の職業相談を同じ会場で受けられるようにし、就職の促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("児童扶養手当の現況届の提出時期に合わせ、市役所内に臨時の職業相談窓口を設置。ハローワークの就職支援ナビゲーターが求人情報の提供と職業相談を行う。")
    );
    // The sub-heading stays in the text, its own paragraph, as do the bullets.
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "《開催実績》",
            "・相談者数68名",
            "・うち就職者21名",
            "◆福祉と就労の相談を一度に受けられることで、利用者の負担軽減につながった。"
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "新潟市".to_string(),
                strings(&["会場の確保", "現況届の案内文への相談会の周知文の同封"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["就職支援ナビゲーターの派遣", "求人情報の提供"])
            ),
        ]
    );
    let comments = comments_of(&doc);
    assert_eq!(
        comments,
        vec![
            (
                "新潟市".to_string(),
                "福祉の窓口に来た方を、その場で就労につなげられるようになった。".to_string()
            ),
            (
                "労働局".to_string(),
                "市との連携により、これまで来所のなかった方への支援が可能となった。".to_string()
            ),
        ]
    );
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("新潟労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("025-288-3507"));
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("相談者数", 68, "名", Other, None),
            metric("就職者", 21, "名", Employed, None),
        ]
    );
    assert!(c.metrics[1]
        .qualifier
        .as_deref()
        .is_some_and(|q| q.contains("うち")));
    assert!(c.captions.is_empty(), "{:?}", c.captions);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Headings written as ◆ bullets (◆目的, ◆結果), fiscal years with abbreviated
/// and full-width eras (Ｈ２７年度, Ｒ元年度, R2年度) and two years on one line,
/// a contact written 担当：… ＴＥＬ ….
const ERA_YEARS: &str = "\
国と地方自治体の連携による雇用対策好事例

高校生の県内就職を応援する企業見学会と合同説明会を開催

【秋田県】 【秋田労働局】

◆目的
高校生の県外就職の割合が高く、若年労働力の県内定着が課題となっている。
県と労働局が連携して県内企業の魅力を伝え、県内就職の促進を図る。

◆事業概要
県内企業の見学会と、高校生を対象とした合同企業説明会を毎年度開催。
説明会の会場では、ハローワークの学卒ジョブサポーターが個別相談を実施。

◆役割分担
【秋田県】
◆企業見学会の企画、バスの手配
◆県内企業の情報発信
【労働局】
◆合同企業説明会の開催
◆参加企業の求人の受理

◆結果
・Ｈ２７年度 参加生徒 ３２０名、参加企業 ４５社
・Ｒ元年度 参加生徒 ４１２名、参加企業 ６１社
・R2年度 参加生徒 ２８０名（オンライン併用）
・企業見学会 参加者数 H30年度 150名、令和元年度 210名
・県内就職率は2019年度に初めて６割を超えた。

＜秋田県コメント＞
今後も高校と連携し、県内就職の促進に努めたい。

＜労働局コメント＞
見学会と説明会を一体的に実施したことで、生徒の県内企業への理解が深まった。

担当：秋田県産業労働部雇用労働政策課 ＴＥＬ ０１８－８６０－２３３１
";

#[test]
fn bullet_headings_and_abbreviated_eras() {
    let doc = extract(ERA_YEARS);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("高校生の県内就職を応援する企業見学会と合同説明会を開催")
    );
    let parties: Vec<_> = c.parties.iter().map(|p| p.kind).collect();
    assert_eq!(
        parties,
        vec![PartyKind::Prefecture, PartyKind::LabourBureau]
    );
    assert_eq!(c.prefecture.as_deref(), Some("秋田県"));
    assert_eq!(heading(&doc, "purpose").as_deref(), Some("目的"));
    assert_eq!(heading(&doc, "overview").as_deref(), Some("事業概要"));
    assert_eq!(heading(&doc, "effect").as_deref(), Some("結果"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("高校生の県外就職の割合が高く、若年労働力の県内定着が課題となっている。県と労働局が連携して県内企業の魅力を伝え、県内就職の促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("県内企業の見学会と、高校生を対象とした合同企業説明会を毎年度開催。説明会の会場では、ハローワークの学卒ジョブサポーターが個別相談を実施。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "・H27年度参加生徒320名、参加企業45社",
            "・R元年度参加生徒412名、参加企業61社",
            "・R2年度参加生徒280名(オンライン併用)",
            "・企業見学会参加者数H30年度150名、令和元年度210名",
            "・県内就職率は2019年度に初めて6割を超えた。",
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "秋田県".to_string(),
                strings(&["企業見学会の企画、バスの手配", "県内企業の情報発信"])
            ),
            (
                "労働局".to_string(),
                strings(&["合同企業説明会の開催", "参加企業の求人の受理"])
            ),
        ]
    );
    let speakers: Vec<_> = c.comments.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, vec!["秋田県", "労働局"]);
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("秋田県産業労働部雇用労働政策課")
    );
    assert_eq!(contact.phone.as_deref(), Some("018-860-2331"));
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("参加生徒", 320, "名", Participants, Some(2015)),
            metric("参加企業", 45, "社", Companies, Some(2015)),
            metric("参加生徒", 412, "名", Participants, Some(2019)),
            metric("参加企業", 61, "社", Companies, Some(2019)),
            metric("参加生徒", 280, "名", Participants, Some(2020)),
            metric("参加者数", 150, "名", Participants, Some(2018)),
            metric("参加者数", 210, "名", Participants, Some(2019)),
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Counts phrased every which way: `…は45名`, `うち12名が就職`, `20組40名`,
/// `延べ120人`, `約50名の求職者`, `計3社`, `求人数:30件`, `就職件数 5件`, with
/// the fiscal year stated as 2019年度 and 令和元年度.
const COUNT_PHRASINGS: &str = "\
子育て中の女性を対象とした親子参加型の就職支援セミナーを開催

国と地方自治体の連携による雇用対策好事例

【大分県大分市】 【大分労働局ハローワーク大分】

【課題・目的】
子育て中の女性は、子供を預けられないことを理由にセミナーへの参加をあき
らめることが多い。親子で参加できるセミナーとすることで、再就職への第一
歩を後押しすることを目的とする。

【実施概要】
市の子育て支援センターを会場に、２部構成のセミナーを年３回開催。第１部は
市の保育士による子育てと仕事の両立講座、第２部はハローワークの職業相談。

【役割分担】
【大分市】
◆会場及び保育士の確保
◆市報による周知
【ハローワーク】
◆セミナー講師の派遣
◆求人情報の提供

【効果】
◆２０１９年度の参加者数は４５名、うち１２名が就職に結びついた。
◆親子２０組４０名が参加した回もあり、託児の心配なく受講できたとの声が多かった。
◆令和元年度の受講者は延べ１２０人。
◆第３回のセミナーには約５０名の求職者が来場し、地元企業も計３社が出展した。
◆同時開催の面接会では、求人数:３０件、就職件数 ５件。

＜大分市コメント＞
親子で参加できる形式としたことで、これまで参加が難しかった方にも来ていただけた。

＜労働局コメント＞
セミナーから職業相談への流れができ、就職につながっている。

≪照会先≫ 大分労働局職業安定部職業安定課 （０９７－５３５－２０９０）
";

#[test]
fn other_phrasings_of_counts() {
    let doc = extract(COUNT_PHRASINGS);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("子育て中の女性を対象とした親子参加型の就職支援セミナーを開催")
    );
    assert_eq!(c.prefecture.as_deref(), Some("大分県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("子育て中の女性は、子供を預けられないことを理由にセミナーへの参加をあきらめることが多い。親子で参加できるセミナーとすることで、再就職への第一歩を後押しすることを目的とする。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市の子育て支援センターを会場に、2部構成のセミナーを年3回開催。第1部は市の保育士による子育てと仕事の両立講座、第2部はハローワークの職業相談。")
    );
    assert_eq!(section_paragraphs(&doc, "effect").len(), 5);
    assert_eq!(c.roles.len(), 2);
    assert_eq!(c.comments.len(), 2);
    assert_eq!(
        c.contact.as_ref().and_then(|c| c.phone.as_deref()),
        Some("097-535-2090")
    );
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("参加者数", 45, "名", Participants, Some(2019)),
            metric("就職", 12, "名", Employed, Some(2019)),
            metric("親子", 20, "組", Participants, None),
            metric("親子", 40, "名", Participants, None),
            metric("受講者", 120, "人", Participants, Some(2019)),
            metric("求職者", 50, "名", Participants, None),
            metric("地元企業", 3, "社", Companies, None),
            metric("求人数", 30, "件", JobOpenings, None),
            metric("就職件数", 5, "件", Employed, None),
        ]
    );
    let qualifiers: Vec<_> = c.metrics.iter().map(|m| m.qualifier.as_deref()).collect();
    assert_eq!(qualifiers[0], None);
    assert_eq!(qualifiers[1], Some("参加者数のうち"));
    assert_eq!(qualifiers[5], Some("第3回"));
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// The headings in one row, then the party row; a two-line title below them,
/// the effect figure after a place (`3会場で延べ90社が参加`), a contact written
/// 【問い合わせ先】.
const TITLE_BELOW_HEADINGS: &str = "\
国と地方自治体の連携による雇用対策好事例

【熊本県】 【熊本労働局】

【課題・目的】 【実施概要】 【役割分担】 【効果】

障害者の職場定着に向けた
企業向けセミナーを共同開催

障害者の法定雇用率の引上げを控え、初めて障害者を雇用する企業の不安を解消し、雇入れと職場定着の促進を図る。

県内３会場で、企業の人事担当者を対象としたセミナーを開催。障害者雇用の事例紹介、助成金制度の説明、個別相談会を実施。

【熊本県】
◆会場の確保、県内企業への案内
◆障害者就業・生活支援センターとの調整
【熊本労働局】
◆講師の派遣、助成金制度の説明
◆ハローワークによる個別相談

◆３会場で延べ９０社が参加した。
◆アンケートでは、雇用への不安が軽減されたとの回答が多く寄せられた。

＜熊本県のコメント＞
企業の理解促進に向けて、今後も労働局と連携していきたい。

【問い合わせ先】熊本労働局職業安定部職業対策課 ＴＥＬ：０９６－２１１－１７０３
";

#[test]
fn title_below_the_headings_and_a_question_contact() {
    let doc = extract(TITLE_BELOW_HEADINGS);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("障害者の職場定着に向けた企業向けセミナーを共同開催")
    );
    let parties = parties_of(c);
    assert_eq!(
        parties,
        vec![
            ("熊本県", PartyKind::Prefecture),
            ("熊本労働局", PartyKind::LabourBureau)
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("熊本県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("障害者の法定雇用率の引上げを控え、初めて障害者を雇用する企業の不安を解消し、雇入れと職場定着の促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("県内3会場で、企業の人事担当者を対象としたセミナーを開催。障害者雇用の事例紹介、助成金制度の説明、個別相談会を実施。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆3会場で延べ90社が参加した。",
            "◆アンケートでは、雇用への不安が軽減されたとの回答が多く寄せられた。"
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "熊本県".to_string(),
                strings(&[
                    "会場の確保、県内企業への案内",
                    "障害者就業・生活支援センターとの調整"
                ])
            ),
            (
                "熊本労働局".to_string(),
                strings(&["講師の派遣、助成金制度の説明", "ハローワークによる個別相談"])
            ),
        ]
    );
    let comments = comments_of(&doc);
    assert_eq!(
        comments,
        vec![(
            "熊本県".to_string(),
            "企業の理解促進に向けて、今後も労働局と連携していきたい。".to_string()
        )]
    );
    let contact = c.contact.as_ref().unwrap();
    assert_eq!(
        contact.org.as_deref(),
        Some("熊本労働局職業安定部職業対策課")
    );
    assert_eq!(contact.phone.as_deref(), Some("096-211-1703"));
    assert_eq!(contact.url, None);
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![metric("参加", 90, "社", Companies, None)]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// (speaker, text without white space) of each comment.
fn comments_of(doc: &Document) -> Vec<(String, String)> {
    doc.cases[0]
        .comments
        .iter()
        .map(|c| (c.speaker.clone(), squeeze(&c.text)))
        .collect()
}

/// The text of each caption.
fn captions_of(doc: &Document) -> Vec<String> {
    doc.cases[0]
        .captions
        .iter()
        .map(|c| c.text.clone())
        .collect()
}

/// (org, phone) of the contact.
fn contact_of(doc: &Document) -> Option<(Option<String>, Option<String>)> {
    doc.cases[0]
        .contact
        .as_ref()
        .map(|c| (c.org.clone(), c.phone.clone()))
}

/// The heading row at the very top of the page, then the contact, then the
/// party row; the contents come in the order effect, purpose, overview, the
/// role blocks after them, and the banner and the title last.
const HEADINGS_FIRST: &str = "\
【課題・目的】 【実施概要】 【役割分担】 【効果】

≪照会先≫ 岩手労働局職業安定部職業安定課 （ＴＥＬ：０１９－６０４－３００４）

【岩手県盛岡市】 【岩手労働局ハローワーク盛岡】

◆ 参加学生数 ６２名、参加企業 １８社
◆ 参加学生の８割が地元企業への就職を考えるきっかけになったと回答し、地元定着への意識を高めることにつながった。

県内の大学生の多くが首都圏の企業に就職しており、若者の地元定着が課題となっている。学生に地元企業の魅力を伝え、地元就職の促進を図る。

市内の大学を会場に、地元企業の若手社員と学生の座談会を開催。
日時：１２月１０日（土）１３時～１６時
内容：企業紹介、若手社員との座談会、ハローワークによる就職相談

【盛岡市】
◆ 会場の確保、大学との調整
◆ 市のホームページでの周知
【ハローワーク】
◆ 参加企業の募集
◆ 当日の就職相談

国と地方自治体の連携による雇用対策好事例

若者の地元定着に向け、地元企業と学生の座談会を共同開催
";

#[test]
fn headings_first_contents_in_reverse() {
    let doc = extract(HEADINGS_FIRST);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("若者の地元定着に向け、地元企業と学生の座談会を共同開催")
    );
    let parties = parties_of(c);
    assert_eq!(
        parties,
        vec![
            ("岩手県盛岡市", PartyKind::Municipality),
            ("岩手労働局ハローワーク盛岡", PartyKind::HelloWork)
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("岩手県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("県内の大学生の多くが首都圏の企業に就職しており、若者の地元定着が課題となっている。学生に地元企業の魅力を伝え、地元就職の促進を図る。")
    );
    assert_eq!(
        section_paragraphs(&doc, "overview"),
        strings(&[
            "市内の大学を会場に、地元企業の若手社員と学生の座談会を開催。",
            "日時:12月10日(土)13時~16時",
            "内容:企業紹介、若手社員との座談会、ハローワークによる就職相談",
        ])
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆参加学生数62名、参加企業18社",
            "◆参加学生の8割が地元企業への就職を考えるきっかけになったと回答し、地元定着への意識を高めることにつながった。",
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "盛岡市".to_string(),
                strings(&["会場の確保、大学との調整", "市のホームページでの周知"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["参加企業の募集", "当日の就職相談"])
            ),
        ]
    );
    assert!(c.comments.is_empty());
    assert!(c.captions.is_empty(), "{:?}", c.captions);
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("岩手労働局職業安定部職業安定課".to_string()),
            Some("019-604-3004".to_string())
        ))
    );
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("参加学生数", 62, "名", Participants, None),
            metric("参加企業", 18, "社", Companies, None),
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Each heading on its own line with its content printed right above it (no
/// blank line between) and a blank line below it, the role blocks above
/// 【役割分担】 too.
const CONTENT_ABOVE_HEADINGS: &str = "\
国と地方自治体の連携による雇用対策好事例

シニア世代の再就職を応援する「生涯現役セミナー」を共同開催

【静岡県浜松市】 【静岡労働局ハローワーク浜松】

定年退職後も働き続けたいと考える高齢者が増えている一方、年齢に応じた求人の情報が届きにくいことが課題となっている。
高齢者の希望に沿った再就職の実現を図る。
【課題・目的】

市の高齢者福祉センターを会場に、６０歳以上の方を対象とした「生涯現役セミナー」を年４回開催。
内容は、シニア向け求人の動向の説明、ハローワークの職業相談、シルバー人材センターの紹介。
【実施概要】

【浜松市】
◆ 会場の提供
◆ 広報紙での周知
【ハローワーク】
◆ 講師の派遣
◆ 求人情報の提供
【役割分担】

◆ 延べ参加者数 １２８名、うち就職者 ２３名
◆ 参加者アンケートでは、９割の方が「参考になった」と回答した。
【効果】

＜浜松市コメント＞
高齢者の生きがいづくりの面からも、今後も継続して開催したい。

≪照会先≫ 静岡労働局職業安定部職業安定課 （ＴＥＬ：０５４－２７１－９９７０）
";

#[test]
fn content_printed_above_its_heading() {
    let doc = extract(CONTENT_ABOVE_HEADINGS);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("シニア世代の再就職を応援する「生涯現役セミナー」を共同開催")
    );
    assert_eq!(c.prefecture.as_deref(), Some("静岡県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("定年退職後も働き続けたいと考える高齢者が増えている一方、年齢に応じた求人の情報が届きにくいことが課題となっている。高齢者の希望に沿った再就職の実現を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市の高齢者福祉センターを会場に、60歳以上の方を対象とした「生涯現役セミナー」を年4回開催。内容は、シニア向け求人の動向の説明、ハローワークの職業相談、シルバー人材センターの紹介。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆延べ参加者数128名、うち就職者23名",
            "◆参加者アンケートでは、9割の方が「参考になった」と回答した。",
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "浜松市".to_string(),
                strings(&["会場の提供", "広報紙での周知"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["講師の派遣", "求人情報の提供"])
            ),
        ]
    );
    assert_eq!(
        comments_of(&doc),
        vec![(
            "浜松市".to_string(),
            "高齢者の生きがいづくりの面からも、今後も継続して開催したい。".to_string()
        )]
    );
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("静岡労働局職業安定部職業安定課".to_string()),
            Some("054-271-9970".to_string())
        ))
    );
    use MetricCategory::*;
    let m = figures_of(c);
    assert_eq!(m, vec![(128, Participants), (23, Employed)]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Comment boxes between the headings and the contents, each comment's text
/// split by a blank line mid-sentence; the title after the first comment; a
/// photo caption and a mascot name standing alone between the paragraphs.
const COMMENTS_BETWEEN: &str = "\
国と地方自治体の連携による雇用対策好事例

【鳥取県】 【鳥取労働局ハローワーク鳥取】

【課題・目的】

【実施概要】

＜鳥取県コメント＞
障がいのある方が実習を通じて自信をつけ、企業の
担当者も障がい特性への理解を深めることが

できた。今後も労働局と連携して取り組みたい。

障がい者の職場実習と就職面接会を一体的に実施

【役割分担】

【効果】

＜労働局コメント＞
実習で仕事ぶりを見てから面接に臨むことで、企業と求職者の

相互理解が進み、採用後の定着にもつながっている。

特別支援学校の卒業予定者や就労移行支援事業所の利用者には、就職後の職場定着に不安を抱える方が多い。
実際の職場で働く経験を積む機会を設け、障がい者の就職と職場定着の促進を図る。

職場実習の様子

県内企業２５社の協力を得て、２週間の職場実習を実施。
実習の後、受入企業と実習生による就職面接会を開催した。

ゆるキャラ「トリピー」

◆ 実習参加者 ４０名、うち採用内定 １５名
◆ 受入企業からは、実習を通じて人柄がわかり採用を判断しやすかったとの声が寄せられた。

【鳥取県】
◆ 実習受入企業の開拓
◆ 特別支援学校への周知
【ハローワーク】
◆ 面接会の開催
◆ 就職後の定着支援

≪照会先≫ 鳥取労働局職業安定部職業安定課 （ＴＥＬ：０８５７－２９－１７０７）
";

#[test]
fn comments_between_headings_and_contents() {
    let doc = extract(COMMENTS_BETWEEN);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("障がい者の職場実習と就職面接会を一体的に実施")
    );
    let parties: Vec<_> = c.parties.iter().map(|p| p.kind).collect();
    assert_eq!(parties, vec![PartyKind::Prefecture, PartyKind::HelloWork]);
    assert_eq!(c.prefecture.as_deref(), Some("鳥取県"));
    assert_eq!(
        comments_of(&doc),
        vec![
            (
                "鳥取県".to_string(),
                "障がいのある方が実習を通じて自信をつけ、企業の担当者も障がい特性への理解を深めることができた。今後も労働局と連携して取り組みたい。".to_string()
            ),
            (
                "労働局".to_string(),
                "実習で仕事ぶりを見てから面接に臨むことで、企業と求職者の相互理解が進み、採用後の定着にもつながっている。".to_string()
            ),
        ]
    );
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("特別支援学校の卒業予定者や就労移行支援事業所の利用者には、就職後の職場定着に不安を抱える方が多い。実際の職場で働く経験を積む機会を設け、障がい者の就職と職場定着の促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("県内企業25社の協力を得て、2週間の職場実習を実施。実習の後、受入企業と実習生による就職面接会を開催した。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆実習参加者40名、うち採用内定15名",
            "◆受入企業からは、実習を通じて人柄がわかり採用を判断しやすかったとの声が寄せられた。",
        ])
    );
    assert_eq!(
        captions_of(&doc),
        strings(&["職場実習の様子", "ゆるキャラ「トリピー」"])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "鳥取県".to_string(),
                strings(&["実習受入企業の開拓", "特別支援学校への周知"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["面接会の開催", "就職後の定着支援"])
            ),
        ]
    );
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("鳥取労働局職業安定部職業安定課".to_string()),
            Some("0857-29-1707".to_string())
        ))
    );
    use MetricCategory::*;
    let m = figures_of(c);
    assert_eq!(m, vec![(25, Companies), (40, Participants), (15, Employed)]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Only 【課題・目的】 and 【効果】 (and 【役割分担】) printed, in a row above
/// three paragraphs: the middle one plainly says what was done (開催, 日時,
/// 内容), so a reader files it under 実施概要 although that heading is not
/// printed (the annotation guide: a missing heading's section is null unless
/// a paragraph plainly is its content). The parser does not recover that
/// paragraph (see the test).
const NO_OVERVIEW_HEADING: &str = "\
国と地方自治体の連携による雇用対策好事例

【沖縄県】 【沖縄労働局】

観光業の人手不足解消に向け、県と労働局が合同でしごとフェアを開催

【課題・目的】

【役割分担】

【効果】

観光客の回復に伴い、宿泊業・飲食業では人手不足が深刻となっており、事業の縮小を余儀なくされる事業者もある。
観光産業で働く魅力を伝え、求職者と事業者のマッチングを図る。

那覇市内の会場で「観光しごとフェア」を開催。
日時：１１月１２日（日）１０時～１６時
内容：ホテル・飲食店など観光関連事業者４０社による会社説明と面接、職業相談コーナーの設置

【沖縄県】
◆ 観光関連事業者への出展依頼
◆ 会場の確保、広報
【沖縄労働局】
◆ 求人の受理と求職者への周知
◆ 当日の職業相談

◆ 来場者 ３２０名、うち採用内定 ４６名
◆ 出展事業者からは、人材確保につながったとの声が多く、次年度も開催することとした。

≪照会先≫ 沖縄労働局職業安定部職業安定課 （ＴＥＬ：０９８－８６８－１６５５）
";

#[test]
fn three_paragraphs_under_two_headings() {
    let doc = extract(NO_OVERVIEW_HEADING);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("観光業の人手不足解消に向け、県と労働局が合同でしごとフェアを開催")
    );
    let parties: Vec<_> = c.parties.iter().map(|p| p.kind).collect();
    assert_eq!(
        parties,
        vec![PartyKind::Prefecture, PartyKind::LabourBureau]
    );
    assert_eq!(c.prefecture.as_deref(), Some("沖縄県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("観光客の回復に伴い、宿泊業・飲食業では人手不足が深刻となっており、事業の縮小を余儀なくされる事業者もある。観光産業で働く魅力を伝え、求職者と事業者のマッチングを図る。")
    );
    assert_eq!(heading(&doc, "overview"), None);
    // Not recovered: the middle paragraph (開催, 日時:, 内容:) is the overview
    // to a reader, but the page prints no 実施概要 heading and its count
    // (事業者40社) reads as an outcome, so the layout stage puts it in the
    // effect. Taking it out would need the stage to tell a programme's scale
    // from a result, or to let wording outweigh a missing heading, and both
    // would move seed paragraphs that hold figures and 開催 (pages 5, 8 and 16
    // of the seed put such paragraphs in the effect). So the overview and the
    // head of the effect are left unasserted; the effect must end with its two
    // bullets and the purpose must not take the middle paragraph.
    let effect = section_paragraphs(&doc, "effect");
    assert!(
        effect.ends_with(&strings(&[
            "◆来場者320名、うち採用内定46名",
            "◆出展事業者からは、人材確保につながったとの声が多く、次年度も開催することとした。",
        ])),
        "{effect:?}"
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "沖縄県".to_string(),
                strings(&["観光関連事業者への出展依頼", "会場の確保、広報"])
            ),
            (
                "沖縄労働局".to_string(),
                strings(&["求人の受理と求職者への周知", "当日の職業相談"])
            ),
        ]
    );
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("沖縄労働局職業安定部職業安定課".to_string()),
            Some("098-868-1655".to_string())
        ))
    );
    use MetricCategory::*;
    let m = figures_of(c);
    assert_eq!(
        m,
        vec![(40, Companies), (320, Participants), (46, Employed)]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Role headers whose items come after a blank line, photo captions between
/// the header and its items and between two items, and a mascot name between
/// the blocks. (The wider item of 酒田市 comes first: a bullet much wider than
/// the ones above it, after a blank line, is read as another box, and one
/// short item is too little to know the box's width by.)
const ROLE_ITEMS_APART: &str = "\
介護・福祉分野の人材確保に向けた「福祉のしごと就職フェア」を開催

国と地方自治体の連携による雇用対策好事例

【山形県酒田市】 【山形労働局ハローワーク酒田】

【課題・目的】
高齢化に伴い介護サービスの需要が高まる一方、介護・福祉分野の人手不足が深刻化している。求職者に仕事の魅力を伝え、福祉人材の確保を図る。

【実施概要】
市内の介護事業所が参加する就職フェアを開催。事業所ごとのブースで仕事内容の説明と面接を実施した。

【役割分担】
【酒田市】

◆ 市内介護事業所への参加呼びかけ

面接ブースの風景

◆ 会場の確保

ゆるキャラ「あののん」

【ハローワーク酒田】

就職フェアの様子

◆ 求人の受理と求職者への周知
◆ 当日の職業相談

【効果】
◆ 参加事業所 １６社、来場者 ９５名、うち採用内定 １８名
◆ 介護の仕事に初めて関心を持った来場者も多く、福祉人材の掘り起こしにつながった。

≪照会先≫ 山形労働局職業安定部職業安定課 （ＴＥＬ：０２３－６２６－６１０９）
";

#[test]
fn role_items_after_a_blank_line_and_a_caption() {
    let doc = extract(ROLE_ITEMS_APART);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("介護・福祉分野の人材確保に向けた「福祉のしごと就職フェア」を開催")
    );
    assert_eq!(c.prefecture.as_deref(), Some("山形県"));
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "酒田市".to_string(),
                strings(&["市内介護事業所への参加呼びかけ", "会場の確保"])
            ),
            (
                "ハローワーク酒田".to_string(),
                strings(&["求人の受理と求職者への周知", "当日の職業相談"])
            ),
        ]
    );
    assert_eq!(
        captions_of(&doc),
        strings(&[
            "面接ブースの風景",
            "ゆるキャラ「あののん」",
            "就職フェアの様子"
        ])
    );
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("高齢化に伴い介護サービスの需要が高まる一方、介護・福祉分野の人手不足が深刻化している。求職者に仕事の魅力を伝え、福祉人材の確保を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市内の介護事業所が参加する就職フェアを開催。事業所ごとのブースで仕事内容の説明と面接を実施した。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆参加事業所16社、来場者95名、うち採用内定18名",
            "◆介護の仕事に初めて関心を持った来場者も多く、福祉人材の掘り起こしにつながった。",
        ])
    );
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("山形労働局職業安定部職業安定課".to_string()),
            Some("023-626-6109".to_string())
        ))
    );
    use MetricCategory::*;
    let m = figures_of(c);
    assert_eq!(m, vec![(16, Companies), (95, Participants), (18, Employed)]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Each section's text printed right above its heading with no blank line on
/// either side of the heading: every heading is glued to two paragraphs, and
/// the one below is the next section's.
const GLUED_BOTH_SIDES: &str = "\
国と地方自治体の連携による雇用対策好事例

ものづくり企業の人材確保に向けた高校生向け工場見学会を実施

【愛媛県今治市】 【愛媛労働局ハローワーク今治】

地元の製造業では若手人材の確保が課題となっている。高校生に地元企業の魅力を知ってもらい、地元就職の促進を図る。
【課題・目的】
市内の工業高校２校の２年生を対象に、造船・タオル製造の企業６社で工場見学会を実施。見学後は若手社員との座談会を開催した。
【実施概要】
◆ 参加生徒 １１０名、うち見学先企業への応募 ２４名
◆ 参加生徒のアンケートでは、地元企業への関心が高まったとの回答が８割を超えた。
【効果】

【今治市】
◆ 見学先企業との調整、バスの手配
【ハローワーク】
◆ 高校への周知、求人の確保
【役割分担】

≪照会先≫ 愛媛労働局職業安定部職業安定課 （ＴＥＬ：０８９－９４３－５２２１）
";

#[test]
fn headings_glued_to_the_text_on_both_sides() {
    let doc = extract(GLUED_BOTH_SIDES);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("ものづくり企業の人材確保に向けた高校生向け工場見学会を実施")
    );
    assert_eq!(c.prefecture.as_deref(), Some("愛媛県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("地元の製造業では若手人材の確保が課題となっている。高校生に地元企業の魅力を知ってもらい、地元就職の促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市内の工業高校2校の2年生を対象に、造船・タオル製造の企業6社で工場見学会を実施。見学後は若手社員との座談会を開催した。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆参加生徒110名、うち見学先企業への応募24名",
            "◆参加生徒のアンケートでは、地元企業への関心が高まったとの回答が8割を超えた。",
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "今治市".to_string(),
                strings(&["見学先企業との調整、バスの手配"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["高校への周知、求人の確保"])
            ),
        ]
    );
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("愛媛労働局職業安定部職業安定課".to_string()),
            Some("089-943-5221".to_string())
        ))
    );
    use MetricCategory::*;
    let m = figures_of(c);
    assert_eq!(
        m,
        vec![(6, Companies), (110, Participants), (24, Applicants)]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// The headings read out in a column, one per line with no blank line, and the
/// overview glued below the last of them (【効果】); a comment first; the title
/// below the overview.
const HEADING_COLUMN: &str = "\
＜加賀市コメント＞
旅館の人手不足は地域の観光を支えるうえで大きな課題であり、今後も
ハローワークと連携して人材確保に取り組みたい。

国と地方自治体の連携による雇用対策好事例

【石川県加賀市】 【石川労働局ハローワーク小松】

【課題・目的】
【実施概要】
【役割分担】
【効果】
温泉旅館の経営者が講師となり、旅館の仕事を紹介するセミナーと職場見学会を開催。
日程：１０月と１１月の２回、会場：市内の温泉旅館

温泉旅館で働く魅力を伝える「おもてなしのしごとセミナー」を開催

市内の温泉旅館では、接客・調理の担い手が不足し、客室を減らして営業する旅館もある。旅館の仕事の魅力を伝え、人材の確保を図る。

◆ セミナー参加者 ５８名、うち旅館への就職者 １３名
◆ 旅館の仕事のイメージが変わったとの声が多く、求職者の関心を高めることができた。

【加賀市】
◆ 旅館組合との調整
◆ 会場の確保
【ハローワーク】
◆ 参加者の募集
◆ 求人の確保と職業紹介

≪照会先≫ 石川労働局職業安定部職業安定課 （ＴＥＬ：０７６－２６５－４４２７）
";

#[test]
fn headings_in_a_column_with_text_glued_below() {
    let doc = extract(HEADING_COLUMN);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("温泉旅館で働く魅力を伝える「おもてなしのしごとセミナー」を開催")
    );
    assert_eq!(c.prefecture.as_deref(), Some("石川県"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("市内の温泉旅館では、接客・調理の担い手が不足し、客室を減らして営業する旅館もある。旅館の仕事の魅力を伝え、人材の確保を図る。")
    );
    assert_eq!(
        section_paragraphs(&doc, "overview"),
        strings(&[
            "温泉旅館の経営者が講師となり、旅館の仕事を紹介するセミナーと職場見学会を開催。",
            "日程:10月と11月の2回、会場:市内の温泉旅館",
        ])
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆セミナー参加者58名、うち旅館への就職者13名",
            "◆旅館の仕事のイメージが変わったとの声が多く、求職者の関心を高めることができた。",
        ])
    );
    assert_eq!(
        comments_of(&doc),
        vec![(
            "加賀市".to_string(),
            "旅館の人手不足は地域の観光を支えるうえで大きな課題であり、今後もハローワークと連携して人材確保に取り組みたい。".to_string()
        )]
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "加賀市".to_string(),
                strings(&["旅館組合との調整", "会場の確保"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["参加者の募集", "求人の確保と職業紹介"])
            ),
        ]
    );
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("石川労働局職業安定部職業安定課".to_string()),
            Some("076-265-4427".to_string())
        ))
    );
    use MetricCategory::*;
    let m = figures_of(c);
    assert_eq!(m, vec![(58, Participants), (13, Employed)]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// A photo caption read out in the middle of a comment's sentence, between
/// blank lines; a comment whose last sentence has no 。 right above the title.
const CAPTION_INSIDE_A_COMMENT: &str = "\
国と地方自治体の連携による雇用対策好事例

【高知県高知市】 【高知労働局ハローワーク高知】

【課題・目的】 【実施概要】 【役割分担】 【効果】

＜労働局コメント＞
サポートステーションでの生活面の相談から、ハローワークの職業相談へと

相談会の様子

切れ目なく支援できるようになり、就職に結びつく若者が増えている。

＜高知市コメント＞
若者が気軽に相談できる場を身近な地域に設けることができた。今後も、
若者の自立に向けて労働局やサポートステーションと連携して取り組んでいきたい

働くことに悩みを抱える若者の就労を支援する出張相談会を実施

仕事に就いていない若者の中には、人間関係や生活面の悩みを抱え、ハローワークに足を運べない方も多い。身近な場所で相談できる機会を設け、若者の職業的自立の促進を図る。

市内の公民館４か所で、月１回の出張相談会を開催。地域若者サポートステーションの相談員とハローワークの職業相談員が同席し、生活と仕事の相談を一体的に実施。

◆ 相談者数 延べ８６名、うち就職者 １７名
◆ 相談者からは、身近な場所で相談できて安心したとの声が多く寄せられた。

【高知市】
◆ 会場の確保
◆ 市広報での周知
【ハローワーク】
◆ 職業相談員の派遣
◆ 求人情報の提供

≪照会先≫ 高知労働局職業安定部職業安定課 （ＴＥＬ：０８８－８８５－６０５２）
";

#[test]
fn a_caption_inside_a_comment_and_the_title_below_an_open_comment() {
    let doc = extract(CAPTION_INSIDE_A_COMMENT);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("働くことに悩みを抱える若者の就労を支援する出張相談会を実施")
    );
    assert_eq!(c.prefecture.as_deref(), Some("高知県"));
    assert_eq!(
        comments_of(&doc),
        vec![
            (
                "労働局".to_string(),
                "サポートステーションでの生活面の相談から、ハローワークの職業相談へと切れ目なく支援できるようになり、就職に結びつく若者が増えている。".to_string()
            ),
            (
                "高知市".to_string(),
                "若者が気軽に相談できる場を身近な地域に設けることができた。今後も、若者の自立に向けて労働局やサポートステーションと連携して取り組んでいきたい".to_string()
            ),
        ]
    );
    assert_eq!(captions_of(&doc), strings(&["相談会の様子"]));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("仕事に就いていない若者の中には、人間関係や生活面の悩みを抱え、ハローワークに足を運べない方も多い。身近な場所で相談できる機会を設け、若者の職業的自立の促進を図る。")
    );
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市内の公民館4か所で、月1回の出張相談会を開催。地域若者サポートステーションの相談員とハローワークの職業相談員が同席し、生活と仕事の相談を一体的に実施。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "◆相談者数延べ86名、うち就職者17名",
            "◆相談者からは、身近な場所で相談できて安心したとの声が多く寄せられた。",
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "高知市".to_string(),
                strings(&["会場の確保", "市広報での周知"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["職業相談員の派遣", "求人情報の提供"])
            ),
        ]
    );
    assert_eq!(
        contact_of(&doc),
        Some((
            Some("高知労働局職業安定部職業安定課".to_string()),
            Some("088-885-6052".to_string())
        ))
    );
    use MetricCategory::*;
    let m = figures_of(c);
    assert_eq!(m, vec![(86, Other), (17, Employed)]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Two pages: a row of four party boxes (prefecture, city, bureau, Hello Work)
/// with a full-width phone number and a bare `www.` address; then a designated
/// city written without its prefecture, a phone number with its area code in
/// parentheses and an `https://` address.
const FOUR_PARTIES_AND_A_DESIGNATED_CITY: &str = "\
国と地方自治体の連携による雇用対策好事例

介護分野への就職を支援する合同就職面接会を開催

【長野県】【長野市】【長野労働局】【ハローワーク長野】

【課題・目的】
介護分野では人手不足が続いており、人材の確保が課題となっている。

【実施概要】
県・市・労働局が共同で、介護事業所による合同就職面接会を開催。

【役割分担】
【長野市】
◆ 会場の確保
【ハローワーク長野】
◆ 求人の確保

【効果】
参加事業所２５社、来場者９０名が参加した。

〈照会先〉長野労働局職業安定部職業安定課 ＴＥＬ：０２６－２３４－５６７８ www.pref.nagano.lg.jp
\x0c
国と地方自治体の連携による雇用対策好事例

子育て中の女性を対象とした再就職支援セミナーを開催

【札幌市】【ハローワーク札幌】

【課題・目的】
子育て中の女性の再就職を支援することを目的とする。

【実施概要】
市の子育て支援施設で、ハローワークの職業相談員による再就職支援セミナーを開催。

【効果】
受講者３０名のうち、８名が就職した。

≪照会先≫ 北海道労働局職業安定部職業安定課 電話 (011)709-2311 https://www.mhlw.go.jp/hokkaido/index.html
";

#[test]
fn four_party_boxes_and_a_designated_city_without_its_prefecture() {
    let doc = extract(FOUR_PARTIES_AND_A_DESIGNATED_CITY);
    assert_eq!(doc.cases.len(), 2);

    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("介護分野への就職を支援する合同就職面接会を開催")
    );
    assert_eq!(
        parties_of(c),
        vec![
            ("長野県", PartyKind::Prefecture),
            ("長野市", PartyKind::Municipality),
            ("長野労働局", PartyKind::LabourBureau),
            ("ハローワーク長野", PartyKind::HelloWork),
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("長野県"));
    let contact = c.contact.as_ref().expect("contact");
    assert_eq!(
        contact.org.as_deref(),
        Some("長野労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("026-234-5678"));
    assert_eq!(contact.url.as_deref(), Some("www.pref.nagano.lg.jp"));

    let c = &doc.cases[1];
    assert_eq!(
        c.title.as_deref(),
        Some("子育て中の女性を対象とした再就職支援セミナーを開催")
    );
    assert_eq!(
        parties_of(c),
        vec![
            ("札幌市", PartyKind::Municipality),
            ("ハローワーク札幌", PartyKind::HelloWork),
        ]
    );
    assert_eq!(c.prefecture.as_deref(), Some("北海道"));
    let contact = c.contact.as_ref().expect("contact");
    assert_eq!(
        contact.org.as_deref(),
        Some("北海道労働局職業安定部職業安定課")
    );
    assert_eq!(contact.phone.as_deref(), Some("011-709-2311"));
    assert_eq!(
        contact.url.as_deref(),
        Some("https://www.mhlw.go.jp/hokkaido/index.html")
    );
}

/// A 生活保護 page whose effect holds counts as that theme phrases them: a
/// flattened table under a caption giving the fiscal year as twelve months, a
/// breakdown by sex, a goal against its outcome, a change from the year before,
/// 延べ with thousands commas; the overview holds numbers that count nothing
/// (days, hours, ages, months, frequencies).
const WELFARE_TO_WORK: &str = "\
国と地方自治体の連携による雇用対策好事例

生活保護受給者等の就労自立に向けて市役所内に一体型窓口を設置

【長野県松本市】 【長野労働局ハローワーク松本】

【課題・目的】
生活保護受給者等には離職期間が長い方や就労経験の少ない方が多く、福祉と
就労の支援を一体的に行う体制の整備が課題となっていた。

【実施概要】
市役所内にハローワークの常設窓口を設置し、就労支援ナビゲーターが週５日、
１０時～１６時に職業相談・職業紹介を実施。６５歳以上の方も対象とし、
３か月間の集中支援と年２回の支援計画の見直しを行う。

【役割分担】
【松本市】
◆支援対象者の選定、ケースワーカーによる同行支援
◆窓口スペースの提供
【ハローワーク】
◆就労支援ナビゲーターの配置
◆職業相談・職業紹介、求人開拓

【効果】
◆平成２６年４月～平成２７年３月の実績
　支援対象者数　就職者数　就職率
　１２０人　　　８０人　　６６．７％
◆就職者の内訳：男性５０人、女性３０人
◆就職者数は目標７０人に対し実績８０人となり、前年度比１５人増。
◆窓口での相談件数は延べ１，２３４件にのぼった。

＜松本市コメント＞
ケースワーカーとナビゲーターが同じ庁舎にいることで、支援の開始が早くなった。

≪照会先≫ 長野労働局職業安定部職業対策課 （０２６－２２６－０８６５）
";

#[test]
fn welfare_to_work_counts_in_a_table_and_in_sentences() {
    let doc = extract(WELFARE_TO_WORK);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("生活保護受給者等の就労自立に向けて市役所内に一体型窓口を設置")
    );
    assert_eq!(c.prefecture.as_deref(), Some("長野県"));
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("市役所内にハローワークの常設窓口を設置し、就労支援ナビゲーターが週5日、10時~16時に職業相談・職業紹介を実施。65歳以上の方も対象とし、3か月間の集中支援と年2回の支援計画の見直しを行う。")
    );
    assert_eq!(c.roles.len(), 2);
    assert_eq!(
        c.contact.as_ref().and_then(|c| c.phone.as_deref()),
        Some("026-226-0865")
    );
    // The twelve months 平成26年4月~平成27年3月 are fiscal 2014; the table's figures
    // take the year of its caption. The rate (66.7%) and the change (15人増) are not
    // counts; the sex split qualifies 就職者, the goal and the outcome 就職者数.
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("支援対象者数", 120, "人", Participants, Some(2014)),
            metric("就職者数", 80, "人", Employed, Some(2014)),
            metric("就職者", 50, "人", Employed, None),
            metric("就職者", 30, "人", Employed, None),
            metric("就職者数", 70, "人", Target, None),
            metric("就職者数", 80, "人", Employed, None),
            // The noun phrase as printed, like 見学先企業への応募.
            metric("相談件数", 1234, "件", Other, None),
        ]
    );
    let qualifiers: Vec<_> = c.metrics.iter().map(|m| m.qualifier.as_deref()).collect();
    assert_eq!(
        qualifiers,
        [
            None,
            None,
            Some("男性"),
            Some("女性"),
            Some("目標"),
            Some("実績"),
            Some("延べ")
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// A UIJターン page: the effect opens with a flattened table whose rows are
/// fiscal years (a corner cell over the row labels), then labels paired with
/// figures across a slash and a うち sub-count; the overview's per-person and
/// per-session numbers count nothing.
const UIJ_TURN_FAIR: &str = "\
首都圏の学生を対象としたＵＩＪターン合同企業説明会を開催

国と地方自治体の連携による雇用対策好事例

【富山県】 【富山労働局】

【課題・目的】
県内の大学等を卒業した若者の多くが首都圏で就職しており、若年人口の流出が
課題となっている。首都圏の学生と県内企業との出会いの場を設け、ＵＩＪターン
就職の促進を図る。

【実施概要】
東京都内の会場で、県内企業による合同企業説明会を年２回開催。
１回あたり４時間、学生１人あたり３社程度の企業ブースを回れるよう
２部構成とした。

【役割分担】
【富山県】
◆会場の確保、首都圏の大学への周知
◆移住相談コーナーの設置
【労働局】
◆参加企業の募集、求人の受理
◆ハローワークの職業相談員の派遣

【効果】
年度　参加企業　参加学生　内定者
Ｈ３０年度　４５社　３２０名　２８名
Ｒ元年度　５２社　３８０名　３５名
◆参加学生／移住相談件数：延べ７００名／１２０件
◆来場者は延べ約１，２００名、うち女性５８０名。

＜富山県コメント＞
説明会と移住相談を一つの会場で行うことで、生活面の不安にも応えることができた。

≪照会先≫ 富山労働局職業安定部職業安定課 （０７６－４３２－２７８２）
";

#[test]
fn uij_turn_fair_with_a_table_by_fiscal_year() {
    let doc = extract(UIJ_TURN_FAIR);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("首都圏の学生を対象としたUIJターン合同企業説明会を開催")
    );
    assert_eq!(c.prefecture.as_deref(), Some("富山県"));
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("東京都内の会場で、県内企業による合同企業説明会を年2回開催。1回あたり4時間、学生1人あたり3社程度の企業ブースを回れるよう2部構成とした。")
    );
    assert_eq!(c.roles.len(), 2);
    // Each row's label is its fiscal year; each column's header its label.
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("参加企業", 45, "社", Companies, Some(2018)),
            metric("参加学生", 320, "名", Participants, Some(2018)),
            metric("内定者", 28, "名", Employed, Some(2018)),
            metric("参加企業", 52, "社", Companies, Some(2019)),
            metric("参加学生", 380, "名", Participants, Some(2019)),
            metric("内定者", 35, "名", Employed, Some(2019)),
            metric("参加学生", 700, "名", Participants, None),
            metric("移住相談件数", 120, "件", Other, None),
            metric("来場者", 1200, "名", Participants, None),
            // Women among the visitors: visitors too.
            metric("女性", 580, "名", Participants, None),
        ]
    );
    let qualifiers: Vec<_> = c.metrics.iter().map(|m| m.qualifier.as_deref()).collect();
    // 延べ before the students' and the visitors' figures: tallies.
    let tallied = Some("延べ");
    assert_eq!(
        qualifiers[..9],
        [None, None, None, None, None, None, tallied, None, tallied]
    );
    assert_eq!(qualifiers[9], Some("来場者のうち"));
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// Numbered headings (`１．背景・課題` … `５．今後の展開`), roles written
/// `org：items` under `４．役割分担`, figures one record a line.
const NUMBERED_HEADINGS: &str = "\
国と地方自治体の連携による雇用対策好事例

高齢者の就業機会確保に向けた「シニア仕事フェア」の開催

【広島県福山市】 【広島労働局ハローワーク福山】

１．背景・課題
市の高齢化率は３０％を超え、就業を希望する高齢者が増加している一方、高齢者向けの
求人情報が十分に届いていない。

２．取組内容
・市、ハローワーク、シルバー人材センターが合同で「シニア仕事フェア」を開催
・高齢者を積極的に採用している企業による面接会と、セミナーを同時開催

３．連携の成果
来場者数 ２１４名（前年比１.４倍）
面接者数 ８６名、採用者数 ２３名

４．役割分担
福山市：会場の提供、広報誌への掲載
ハローワーク：求人の確保、面接会の運営

５．今後の展開
参加企業を拡大し、年２回の開催を目指す。

≪照会先≫ 広島労働局職業安定部職業対策課 ℡：082-502-7832
";

#[test]
fn numbered_headings() {
    let doc = extract(NUMBERED_HEADINGS);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    assert_eq!(heading(&doc, "purpose").as_deref(), Some("背景・課題"));
    assert_eq!(heading(&doc, "overview").as_deref(), Some("取組内容"));
    assert_eq!(heading(&doc, "effect").as_deref(), Some("連携の成果"));
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("市の高齢化率は30%を超え、就業を希望する高齢者が増加している一方、高齢者向けの求人情報が十分に届いていない。")
    );
    assert_eq!(
        section_paragraphs(&doc, "overview"),
        strings(&[
            "・市、ハローワーク、シルバー人材センターが合同で「シニア仕事フェア」を開催",
            "・高齢者を積極的に採用している企業による面接会と、セミナーを同時開催",
        ])
    );
    // 今後の展開 heads none of the case's sections: it stays text, a line of its own.
    let effect = section_paragraphs(&doc, "effect");
    assert_eq!(
        effect[..2],
        strings(&["来場者数214名(前年比1.4倍)", "面接者数86名、採用者数23名"])
    );
    assert!(effect.contains(&"5.今後の展開".to_string()), "{effect:?}");
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "福山市".to_string(),
                strings(&["会場の提供、広報誌への掲載"])
            ),
            (
                "ハローワーク".to_string(),
                strings(&["求人の確保、面接会の運営"])
            ),
        ]
    );
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("来場者数", 214, "名", Participants, None),
            metric("面接者数", 86, "名", Participants, None),
            metric("採用者数", 23, "名", Employed, None),
        ]
    );
}

/// Role blocks headed by a bare name, no mark (`長野県`, `長野労働局・ハローワーク`),
/// printed after the effect's figures; the headings in two rows; a mascot.
const BARE_ROLE_HEADERS: &str = "\
＜県コメント＞
障害のある方の雇用を進めるには、企
業の理解が欠かせない。労働局と連携
することで、多くの企業に参加いただ
けた。

障害者雇用の理解促進に向けた企業向けセミナーと職場見学会を開催

国と地方自治体の連携による雇用対策好事例

【長野県】 【長野労働局】

【課題・目的】 【実施概要】

【効果】 【役割分担】

県内の民間企業の障害者実雇用率は全国平均を下回っており、法定雇用率未達成企業の
多くは障害者を雇用した経験がない。企業の不安を解消し、雇用への第一歩を後押しする。

◆障害者雇用に取り組む企業の担当者を講師に招き、企業向けセミナーを開催
◆セミナー参加企業を対象に、特例子会社の職場見学会を実施
◆見学会後、ハローワークの担当者が個別に企業を訪問し、求人の提出を勧奨

（セミナーの様子）

・セミナー参加企業 ６３社（うち未達成企業 ３８社）
・職場見学会 参加者 ２９名
・見学会参加企業のうち １１社が求人を提出し、７名の雇用につながった。

長野県
・セミナーの企画、会場の確保
・県内経済団体を通じた周知
長野労働局・ハローワーク
・未達成企業への参加勧奨
・見学会後の個別訪問と求人受理

なが～ノ
（県のマスコット）

＜労働局コメント＞
県と共催することで、企業にとって
参加しやすい雰囲気ができた。

≪照会先≫ 長野労働局職業安定部職業対策課 ℡：026-226-0866
";

#[test]
fn role_blocks_headed_by_a_bare_name() {
    let doc = extract(BARE_ROLE_HEADERS);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("障害者雇用の理解促進に向けた企業向けセミナーと職場見学会を開催")
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "長野県".to_string(),
                strings(&["セミナーの企画、会場の確保", "県内経済団体を通じた周知"])
            ),
            (
                "長野労働局・ハローワーク".to_string(),
                strings(&["未達成企業への参加勧奨", "見学会後の個別訪問と求人受理"])
            ),
        ]
    );
    // The effect is the three figures' bullets, no role line.
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "・セミナー参加企業63社(うち未達成企業38社)",
            "・職場見学会参加者29名",
            "・見学会参加企業のうち11社が求人を提出し、7名の雇用につながった。",
        ])
    );
    assert_eq!(c.sections.overview.as_ref().map(|s| s.lines.len()), Some(3));
    let comments = comments_of(&doc);
    assert_eq!(comments.len(), 2);
    assert_eq!(comments[0].0, "県");
    assert_eq!(comments[1].0, "労働局");
    // `7名の雇用につながった`: seven people hired.
    use MetricCategory::*;
    assert_eq!(
        figures_of(c),
        vec![
            (63, Companies),
            (38, Companies),
            (29, Participants),
            (11, Companies),
            (7, Employed),
        ]
    );
    // No label is a verb: `11社が求人を提出し` counts companies that submitted.
    assert!(
        c.metrics.iter().all(|m| !m.label.ends_with('し')),
        "{:?}",
        c.metrics
    );
    assert_eq!(
        c.metrics[3].qualifier.as_deref(),
        Some("見学会参加企業のうち")
    );
    assert!(c
        .provenance
        .iter()
        .all(|p| p.field != jirei::model::Field::Unassigned));
}

/// A year caption over its figures (`平成２６年度実績`), one record a line, and
/// a label after the figure (`面接会を経て ２７名が採用内定`), a visitors'
/// count given twice (`延べ３８０人（実人数２１０人）`).
const YEAR_CAPTION: &str = "\
国と地方自治体の連携による雇用対策好事例

【北海道旭川市】 【北海道労働局ハローワーク旭川】

生活保護受給者の早期就労に向けた一体的支援

【課題・目的】
生活保護受給者の就労意欲の喚起と早期の就職を図るため、市福祉事務所とハローワークが連携し、
ワンストップでの支援体制を整備する。

【実施概要】
・市役所庁舎内にハローワークの常設窓口を設置し、就労支援ナビゲーターを配置
・合同企業説明会を年２回開催
来場者 延べ３８０人（実人数２１０人）
面接会を経て ２７名が採用内定。

【役割分担】
〔旭川市〕
・支援対象者の選定及び誘導
〔ハローワーク〕
・職業相談・職業紹介

【結果】
平成２６年度実績
支援対象者数　３１２人
うち就職者数　１６５人（就職率５２．９％）
生活保護廃止　４８世帯

≪照会先≫ 北海道労働局職業安定部職業安定課 ℡：011-709-2311
";

#[test]
fn a_year_caption_over_its_figures() {
    let doc = extract(YEAR_CAPTION);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "平成26年度実績",
            "支援対象者数312人",
            "うち就職者数165人(就職率52.9%)",
            "生活保護廃止48世帯",
        ])
    );
    use MetricCategory::*;
    let c = &doc.cases[0];
    let in_effect: Vec<_> = metrics_of(&doc)
        .into_iter()
        .zip(&c.metrics)
        .filter(|(_, m)| m.line >= 24)
        .map(|(t, _)| t)
        .collect();
    assert_eq!(
        in_effect,
        vec![
            metric("支援対象者数", 312, "人", Participants, Some(2014)),
            metric("就職者数", 165, "人", Employed, Some(2014)),
            metric("生活保護廃止", 48, "世帯", Other, Some(2014)),
        ]
    );
    assert_eq!(
        c.metrics[4].qualifier.as_deref(),
        Some("支援対象者数のうち")
    );
    // The overview's figures state no year; the visitors counted twice.
    assert_eq!(
        metrics_of(&doc)[..3],
        [
            metric("来場者", 380, "人", Participants, None),
            metric("来場者", 210, "人", Participants, None),
            metric("採用内定", 27, "名", Employed, None),
        ]
    );
    assert_eq!(c.metrics[1].qualifier.as_deref(), Some("実人数"));
}

/// Headings stacked above the title, three party boxes, figures phrased in
/// sentences, colon records and a bracketed count inside a role item.
const HEADINGS_ABOVE_THE_TITLE: &str = "\
【課題・目的】
【実施概要】
【役割分担】
【効果】

ひとり親家庭の親への就業支援セミナー

国と地方自治体の連携による雇用対策好事例

【大阪府堺市】【大阪労働局】【ハローワーク堺】

児童扶養手当の現況届の提出時期に合わせ、ひとり親家庭の親を対象とした就業支援セミナーと
出張相談を実施。

ひとり親家庭の親は、仕事と子育ての両立の難しさから非正規雇用が多く、経済的に不安定な状況
にある。正社員就職を後押しする。

セミナー参加者は延べ４５名で、そのうち１２名が就職に結びついた。
出張相談の利用者数：６８人
相談を契機とした新規求職登録者　３０人
（参考）前年度の参加者は３１名

【堺市】
◆現況届の案内にセミナーのチラシを同封
◆託児の手配（託児利用 子ども１５人）
【ハローワーク堺】
◆出張相談の実施
◆マザーズコーナーへの誘導

≪ハローワーク堺の声≫
市の窓口と同じ日に相談できることで、
利用者の負担が軽くなった。

写真：出張相談の様子

〈照会先〉大阪労働局職業安定部職業対策課 ℡06-4790-6310
";

#[test]
fn headings_above_the_title_and_figures_in_sentences() {
    let doc = extract(HEADINGS_ABOVE_THE_TITLE);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("ひとり親家庭の親への就業支援セミナー")
    );
    assert_eq!(c.parties.len(), 3);
    assert_eq!(
        section(&doc, "overview").as_deref(),
        Some("児童扶養手当の現況届の提出時期に合わせ、ひとり親家庭の親を対象とした就業支援セミナーと出張相談を実施。")
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "セミナー参加者は延べ45名で、そのうち12名が就職に結びついた。",
            "出張相談の利用者数:68人",
            "相談を契機とした新規求職登録者30人",
            "(参考)前年度の参加者は31名",
        ])
    );
    use MetricCategory::*;
    assert_eq!(
        figures_of(c),
        vec![
            (45, Participants),
            (12, Employed),
            (68, Participants),
            (30, Other),
            (31, Participants),
            (15, Children),
        ]
    );
    assert_eq!(comments_of(&doc)[0].0, "ハローワーク堺");
}

/// A page without blank lines: a mascot's name below the comment box, the
/// overview's ○ items under two stacked headings, a capacity per session.
const SQUEEZED_WITH_A_MASCOT: &str = "\
～地域の企業と求職者をつなぐ～
農業分野における人材確保支援
国と地方自治体の連携による雇用対策好事例
【宮崎県】【宮崎労働局】
【課題・目的】
県内の農業法人では、繁忙期の人手不足が
深刻化しており、新たな担い手の確保が課題
となっている。
【実施概要】
【役割分担】
○農業法人の見学ツアーを年３回実施（１回
あたり定員２０名）
○ハローワークにおいて農業求人の特別相談
窓口を開設
【効果】
見学ツアー参加者 ５２名
うち農業法人への就職 ９名
「実際の作業を見て、イメージがわいた。」
（参加者アンケートより）
【宮崎県】
・農業法人との調整、ツアーの運営
・県広報媒体での周知
【宮崎労働局】
・求人の受理、職業紹介
・ハローワークでの参加者募集
＜宮崎県コメント＞
ハローワークとの連携により、農業に関心の
ある求職者に直接アプローチできた。
みやざき犬
≪照会先≫宮崎労働局職業安定部職業対策課 TEL 0985-38-8823
";

#[test]
fn a_squeezed_page_with_a_mascot_below_the_comment() {
    let doc = extract(SQUEEZED_WITH_A_MASCOT);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(&doc),
        vec![(
            "宮崎県".to_string(),
            "ハローワークとの連携により、農業に関心のある求職者に直接アプローチできた。"
                .to_string()
        )]
    );
    assert!(captions_of(&doc).contains(&"みやざき犬".to_string()));
    assert_eq!(
        section_paragraphs(&doc, "overview"),
        strings(&[
            "○農業法人の見学ツアーを年3回実施(1回あたり定員20名)",
            "○ハローワークにおいて農業求人の特別相談窓口を開設",
        ])
    );
    assert_eq!(
        section_paragraphs(&doc, "effect")[..2],
        strings(&["見学ツアー参加者52名", "うち農業法人への就職9名"])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "宮崎県".to_string(),
                strings(&["農業法人との調整、ツアーの運営", "県広報媒体での周知"])
            ),
            (
                "宮崎労働局".to_string(),
                strings(&["求人の受理、職業紹介", "ハローワークでの参加者募集"])
            ),
        ]
    );
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("定員", 20, "名", Other, None),
            metric("見学ツアー参加者", 52, "名", Participants, None),
            metric("就職", 9, "名", Employed, None),
        ]
    );
    assert_eq!(c.metrics[0].qualifier.as_deref(), Some("1回あたり"));
    assert_eq!(
        c.metrics[2].qualifier.as_deref(),
        Some("見学ツアー参加者のうち")
    );
}

/// The effect's bullets first, a reason in them (`…受けられるため、…向上した。`),
/// a numbered note away from the paragraph that refers to it, and a box of
/// companies' voices right below the role blocks.
const EFFECT_FIRST_AND_A_NOTE: &str = "\
国と地方自治体の連携による雇用対策好事例
【静岡県浜松市】 【静岡労働局ハローワーク浜松】
外国人住民の就労を支える多言語相談窓口の設置
【課題・目的】 【実施概要】
【効果】 【役割分担】

・ハローワークの窓口で多言語の相談ができるようになり、外国人求職者の来所が増えた。
・市の生活相談と職業相談が一か所で受けられるため、利用者の利便性が向上した。

※１ 外国人住民の生活支援の拠点として、平成２０年に市が開設した。

・外国人住民が多く、日本語での求職活動に困難を抱える方が少なくない。
・生活面の課題と就労の課題を一体的に解決する必要がある。

・市の多文化共生センター（※１）内にハローワークの出張窓口を週２日開設
・ポルトガル語、スペイン語の通訳を配置し、職業相談・紹介を実施

【浜松市】
◆通訳の配置、生活相談
【ハローワーク浜松】
◆職業相談・職業紹介、求人情報の提供
＜企業の声＞
通訳を介して面接ができ、安心して採用できた。

≪照会先≫ 静岡労働局職業安定部職業安定課 ℡：054-271-9950
";

#[test]
fn effect_first_a_reason_and_a_note_away_from_its_reference() {
    let doc = extract(EFFECT_FIRST_AND_A_NOTE);
    assert_eq!(
        section_paragraphs(&doc, "purpose"),
        strings(&[
            "・外国人住民が多く、日本語での求職活動に困難を抱える方が少なくない。",
            "・生活面の課題と就労の課題を一体的に解決する必要がある。",
        ])
    );
    assert_eq!(
        section_paragraphs(&doc, "overview"),
        strings(&[
            "・市の多文化共生センター(※1)内にハローワークの出張窓口を週2日開設",
            "・ポルトガル語、スペイン語の通訳を配置し、職業相談・紹介を実施",
            "※1外国人住民の生活支援の拠点として、平成20年に市が開設した。",
        ])
    );
    assert_eq!(
        section_paragraphs(&doc, "effect"),
        strings(&[
            "・ハローワークの窓口で多言語の相談ができるようになり、外国人求職者の来所が増えた。",
            "・市の生活相談と職業相談が一か所で受けられるため、利用者の利便性が向上した。",
            "<企業の声>",
            "通訳を介して面接ができ、安心して採用できた。",
        ])
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            ("浜松市".to_string(), strings(&["通訳の配置、生活相談"])),
            (
                "ハローワーク浜松".to_string(),
                strings(&["職業相談・職業紹介、求人情報の提供"])
            ),
        ]
    );
    // Companies' voices are content, as participants' are: no comment.
    assert!(doc.cases[0].comments.is_empty());
}

/// Everything structural at the bottom (headings, banner, party row): a long
/// headline above a paragraph, a comment between the sections, a role box
/// shared by two generic names (【労働局・ハローワーク】) above the party row.
const STRUCTURE_AT_THE_BOTTOM: &str = "\
若者の地元就職を支援する「ジョブカフェ」との一体的運営

県内の若者の県外流出が続いており、若年者の県内就職率の向上が課題。
県のジョブカフェとハローワークが一体となって支援を行い、若者の地元就職を促進する。

ジョブカフェ内にハローワークの窓口を併設し、キャリアカウンセリングから職業紹介まで
ワンストップで実施。あわせて県内企業の見学バスツアーを年４回開催した。

＜担当者の声＞
県と国がそれぞれの強みを持ち寄ることで、若者一人ひとりに合わせた支援ができている。

令和元年度の新規利用者は１，０２４人、就職者数は４１２人となり、目標を上回った。

【県】
◆キャリアカウンセリング、セミナーの実施
◆企業見学バスツアーの企画
【労働局・ハローワーク】
◆職業相談・職業紹介
◆若者向け求人の開拓

とっとりん

【課題・目的】 【実施概要】 【役割分担】 【成果】

国と地方自治体の連携による雇用対策好事例

【鳥取県】【鳥取労働局】【ハローワーク鳥取】

≪照会先≫ 鳥取労働局職業安定部職業安定課 ℡：0857-29-1707
";

#[test]
fn structure_at_the_bottom_and_a_generic_shared_role_box() {
    let doc = extract(STRUCTURE_AT_THE_BOTTOM);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("若者の地元就職を支援する「ジョブカフェ」との一体的運営")
    );
    // The party row is the one naming the partners, not the generic role box.
    assert_eq!(
        parties_of(c),
        vec![
            ("鳥取県", PartyKind::Prefecture),
            ("鳥取労働局", PartyKind::LabourBureau),
            ("ハローワーク鳥取", PartyKind::HelloWork),
        ]
    );
    assert_eq!(
        section(&doc, "purpose").as_deref(),
        Some("県内の若者の県外流出が続いており、若年者の県内就職率の向上が課題。県のジョブカフェとハローワークが一体となって支援を行い、若者の地元就職を促進する。")
    );
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("令和元年度の新規利用者は1,024人、就職者数は412人となり、目標を上回った。")
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            (
                "県".to_string(),
                strings(&[
                    "キャリアカウンセリング、セミナーの実施",
                    "企業見学バスツアーの企画"
                ])
            ),
            (
                "労働局・ハローワーク".to_string(),
                strings(&["職業相談・職業紹介", "若者向け求人の開拓"])
            ),
        ]
    );
    assert_eq!(comments_of(&doc).len(), 1);
    assert_eq!(captions_of(&doc), vec!["とっとりん".to_string()]);
    use MetricCategory::*;
    assert_eq!(
        metrics_of(&doc),
        vec![
            metric("新規利用者", 1024, "人", Participants, Some(2019)),
            metric("就職者数", 412, "人", Employed, Some(2019)),
        ]
    );
}

/// Boxes between the role heading and its blocks: a comment box under
/// 【役割分担】, role blocks named as the parties are (【宮崎県】 over ◆…) above
/// the party row, and 〔〕 headers after the headings' row has moved away.
const BOXES_AMONG_THE_ROLES: &str = "\
農業分野における人材確保支援

【課題・目的】 【実施概要】 【効果】

県内の農業法人では、繁忙期の人手不足が深刻化しており、新たな担い手の確保が課題となっている。

農業法人の見学ツアーを年３回実施した。

見学ツアー参加者 ５２名

【役割分担】

＜宮崎県コメント＞
ハローワークとの連携により、農業に関心のある求職者に直接アプローチできた。

【宮崎労働局】
◆求人の受理、職業紹介
【宮崎県】
◆農業法人との調整

国と地方自治体の連携による雇用対策好事例

【宮崎県】【宮崎労働局】

〔ハローワーク宮崎〕
・参加者の募集

≪照会先≫宮崎労働局職業安定部職業対策課 TEL 0985-38-8823
";

#[test]
fn boxes_among_the_role_blocks() {
    let doc = extract(BOXES_AMONG_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        parties_of(c),
        vec![
            ("宮崎県", PartyKind::Prefecture),
            ("宮崎労働局", PartyKind::LabourBureau)
        ]
    );
    assert_eq!(
        roles_of(&doc),
        vec![
            ("宮崎労働局".to_string(), strings(&["求人の受理、職業紹介"])),
            ("宮崎県".to_string(), strings(&["農業法人との調整"])),
            ("ハローワーク宮崎".to_string(), strings(&["参加者の募集"])),
        ]
    );
    assert_eq!(comments_of(&doc).len(), 1);
    assert_eq!(
        section(&doc, "effect").as_deref(),
        Some("見学ツアー参加者52名")
    );
}
