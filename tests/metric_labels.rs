//! A metric's label is the noun phrase printed with its figure: it does not
//! open with a particle, a verb's joining form or the middle of a word, nor
//! take in the heading of the event the figures are reported under; a
//! relative clause that says what its noun did keeps its object. Pages
//! written for these tests (themes: 介護人材の確保, 農業の担い手), read as a
//! person reads them.

mod common;

use common::read_page;

use jirei::model::{Case, MetricCategory};

/// (label, value) of each metric of a case.
fn labels_of(c: &Case) -> Vec<(&str, u64)> {
    c.metrics
        .iter()
        .map(|m| (m.label.as_str(), m.value))
        .collect()
}

/// A 介護人材 page whose effect reports its events under ■ headings and
/// counts in clauses: two nouns joined by と, a route (を通じて), a date
/// ending in までに, relative clauses with their objects.
const CARE_WORKERS: &str = "\
国と地方自治体の連携による雇用対策好事例

【静岡県浜松市】【静岡労働局ハローワーク浜松】

介護のしごと体験と資格取得支援による介護人材の確保

【課題・目的】
市内の介護事業所では職員の不足が続いている。介護の仕事を知る機会を設け、資格の取得を支援することで、介護人材の確保を図る。

【実施概要】
市が介護のしごと体験会と福祉用具づくり教室を開催し、ハローワークが参加者に介護事業所の求人を紹介した。

【効果】
◆ 体験会には求職者３２名と介護事業所１２社が参加した。
◆ 市の商工会を通じて会員企業約３００社に案内を送付した。
◆ 令和５年１２月末までに介護職に就職した者 ２１名
◆ 資格取得支援制度を活用して介護職員となった若者 １５名
◆ 職場体験を修了した高校生 ９名
■介護のしごと体験会
親子１８組が参加し、職員との交流を深めた。
■福祉用具づくり教室
定員２０名（満員）

≪照会先≫ 静岡労働局職業安定部職業安定課 ＴＥＬ：０５４－２７１－９６５０
";

#[test]
fn labels_are_noun_phrases_not_the_words_around_them() {
    let doc = read_page(CARE_WORKERS);
    let c = &doc.cases[0];
    assert_eq!(
        labels_of(c),
        [
            ("求職者", 32),
            ("介護事業所", 12),
            ("会員企業", 300),
            ("介護職に就職した者", 21),
            ("資格取得支援制度を活用して介護職員となった若者", 15),
            ("職場体験を修了した高校生", 9),
            ("親子", 18),
            ("定員", 20),
        ]
    );
    let categories: Vec<MetricCategory> = c.metrics.iter().map(|m| m.category).collect();
    assert_eq!(categories[0], MetricCategory::Participants);
    assert_eq!(categories[3], MetricCategory::Employed);
}

/// A 農業の担い手 page whose sub-counts in brackets name their part with a
/// modifier joined by の (`うち町内での就農`, `うち参加法人への就職`).
const FARM_HANDS: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県飯山市】【長野労働局ハローワーク飯山】

農業法人と就農希望者をつなぐ合同相談会の開催

【課題・目的】
市内の農業法人では担い手の高齢化が進み、人手が不足している。就農を希望する方と農業法人が出会う場を設け、担い手の確保を図る。

【実施概要】
市が農業法人を集めた合同相談会を開催し、ハローワークが相談者に農業法人の求人を紹介した。

【効果】
◆ 就農者 ４２名（うち町内での就農 ３０名）
◆ 説明会後の就職者 ２５名（うち参加法人への就職 １１名）

≪照会先≫ 長野労働局職業安定部職業安定課 ＴＥＬ：０２６－２２６－０８６５
";

#[test]
fn a_sub_count_is_qualified_by_its_whole_part() {
    let doc = read_page(FARM_HANDS);
    let c = &doc.cases[0];
    let read: Vec<(&str, Option<&str>, u64)> = c
        .metrics
        .iter()
        .map(|m| (m.label.as_str(), m.qualifier.as_deref(), m.value))
        .collect();
    assert_eq!(
        read,
        [
            ("就農者", None, 42),
            ("就農者", Some("うち町内での就農"), 30),
            ("就職者", None, 25),
            ("就職者", Some("うち参加法人への就職"), 11),
        ]
    );
}

/// A 森林の担い手 page whose results count people once each (実) beside a
/// tally (延べ), and an event named in 「」 right before its figure.
const FOREST_WORKERS: &str = "\
国と地方自治体の連携による雇用対策好事例

【高知県】【高知労働局ハローワーク高知】

林業の担い手を育てる体験研修と職業相談

【課題・目的】
県内の林業事業体では作業員の高齢化が進んでいる。林業の仕事を体験する機会を設け、担い手の確保を図る。

【実施概要】
県が林業の体験研修を開き、ハローワークが参加者の職業相談に応じた。

【効果】
【実績】
「林業しごと体験ツアー」２８名
「現場見学会」 延べ４０名（実１６名）
・職業相談 実２５名、延べ８３件

≪照会先≫ 高知労働局職業安定部職業安定課 ＴＥＬ：０８８－８８５－６０５１
";

#[test]
fn a_count_once_each_and_a_named_event_label_their_figures() {
    let doc = read_page(FOREST_WORKERS);
    let c = &doc.cases[0];
    let read: Vec<(&str, Option<&str>, u64)> = c
        .metrics
        .iter()
        .map(|m| (m.label.as_str(), m.qualifier.as_deref(), m.value))
        .collect();
    assert_eq!(
        read,
        [
            ("「林業しごと体験ツアー」", None, 28),
            ("「現場見学会」", Some("延べ"), 40),
            ("「現場見学会」", Some("実"), 16),
            ("職業相談", Some("実"), 25),
            ("職業相談", Some("延べ"), 83),
        ]
    );
}
