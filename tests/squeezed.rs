//! Squeezed text: some converters drop every blank line. The blank lines of
//! the seed stand between the boxes of each slide; without them the boxes
//! must be told apart from the text itself (bullets, sentence ends, the width
//! each box printed its lines at, captions and labels). A page must read the
//! same squeezed as printed.

mod common;

use common::figures_of;
use jirei::model::{Case, Document, MetricCategory};
use jirei::normalize::squeeze;

const SEED: &str = "raw/000_c693df1a71a4b295.txt";

fn extract(text: &str) -> Document {
    jirei::extract_bytes("squeezed.txt", text.as_bytes(), &Default::default()).unwrap()
}

/// The text lines only, in order.
fn without_blank_lines(lines: &[&str]) -> String {
    let kept: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    kept.join("\n") + "\n"
}

/// A section's paragraphs, white space removed.
fn paragraphs(s: &Option<jirei::model::Section>) -> Vec<String> {
    s.as_ref()
        .map(|s| s.text.split('\n').map(squeeze).collect())
        .unwrap_or_default()
}

/// Everything a case says, except where it says it (line numbers move when
/// blank lines go), one entry per field.
fn fields(c: &Case) -> Vec<(&'static str, String)> {
    vec![
        ("title", format!("{:?}", c.title)),
        (
            "parties",
            format!(
                "{:?}",
                c.parties.iter().map(|p| &p.name).collect::<Vec<_>>()
            ),
        ),
        ("purpose", format!("{:?}", paragraphs(&c.sections.purpose))),
        (
            "overview",
            format!("{:?}", paragraphs(&c.sections.overview)),
        ),
        ("effect", format!("{:?}", paragraphs(&c.sections.effect))),
        (
            "roles",
            format!(
                "{:?}",
                c.roles
                    .iter()
                    .map(|r| (&r.org, &r.items))
                    .collect::<Vec<_>>()
            ),
        ),
        (
            "comments",
            format!(
                "{:?}",
                c.comments
                    .iter()
                    .map(|x| (&x.speaker, squeeze(&x.text)))
                    .collect::<Vec<_>>()
            ),
        ),
        (
            "contact",
            format!("{:?}", c.contact.as_ref().map(|c| (&c.org, &c.phone))),
        ),
        (
            "captions",
            format!(
                "{:?}",
                c.captions.iter().map(|x| &x.text).collect::<Vec<_>>()
            ),
        ),
        (
            "metrics",
            format!(
                "{:?}",
                c.metrics
                    .iter()
                    .map(|m| (m.value, m.category, &m.label, m.fiscal_year))
                    .collect::<Vec<_>>()
            ),
        ),
    ]
}

#[test]
fn every_seed_page_reads_the_same_squeezed() {
    let raw = std::fs::read_to_string(SEED).unwrap();
    let lines: Vec<&str> = raw.lines().collect();
    let doc = extract(&raw);
    assert_eq!(doc.cases.len(), 16);
    let mut differences = Vec::new();
    for case in &doc.cases {
        let page = &lines[case.lines.start - 1..case.lines.end];
        let squeezed = extract(&without_blank_lines(page));
        assert_eq!(squeezed.cases.len(), 1, "page {}", case.page);
        let got = fields(&squeezed.cases[0]);
        for ((field, printed), (_, read)) in fields(case).into_iter().zip(got) {
            if printed != read {
                differences.push(format!(
                    "page {} {field}\n  printed  {printed}\n  squeezed {read}",
                    case.page
                ));
            }
        }
    }
    // Every field of every page: none is left to chance.
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// A page of another theme (older workers), written without blank lines as
/// a squeezing converter writes it: boxes of different widths, a list after a
/// paragraph, a caption, role blocks followed by a wider paragraph, a comment
/// of two paragraphs.
const SENIORS: &str = "\
シニア世代の地域就労を応援する「生涯現役セミナー」を開催
＜岡山市コメント＞
高齢者の方が、身近な地域で活躍できる場
を求めていることが改めてわかった。
今後も労働局と連携して、地域の実情に
合わせた就労の場づくりに取り組みたい。
国と地方自治体の連携による雇用対策好事例
【課題・目的】
≪照会先≫ 岡山労働局職業安定部職業安定課 （ＴＥＬ：０８６－８０１－５１０３）
【岡山県岡山市】 【岡山労働局ハローワーク岡山】
【実施概要】
【役割分担】
定年退職後も働く意欲のある高齢者が増えている一方、求人とのマッチングが
進んでいないことから、市と国が連携して就労意欲の喚起と職業相談を一体
的に行い、高齢者の再就職の促進を図る。
◆参加者数 ４２名（平成２７年度）
◆セミナー後の個別相談に参加した方のうち、６名が就職した。
【効果】
≪セミナー会場の様子≫
【岡山市】
◆会場の確保
◆市広報での周知 など
【ハローワーク】
◆求人情報の提供
◆職業相談 など
市の公民館において、年金制度の説明と
ハローワークの職業相談を組み合わせた
セミナーを年３回開催。
";

#[test]
fn a_squeezed_page_of_another_theme() {
    let doc = extract(SENIORS);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("シニア世代の地域就労を応援する「生涯現役セミナー」を開催")
    );
    let parties: Vec<&str> = c.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(parties, ["岡山県岡山市", "岡山労働局ハローワーク岡山"]);
    // Three boxes glued together: the purpose (wide), the list of outcomes
    // (bullets after a finished sentence), the overview (narrow, after the
    // role blocks' finished items).
    assert_eq!(
        paragraphs(&c.sections.purpose),
        ["定年退職後も働く意欲のある高齢者が増えている一方、求人とのマッチングが進んでいないことから、市と国が連携して就労意欲の喚起と職業相談を一体的に行い、高齢者の再就職の促進を図る。"]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        [
            "◆参加者数42名(平成27年度)",
            "◆セミナー後の個別相談に参加した方のうち、6名が就職した。"
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        ["市の公民館において、年金制度の説明とハローワークの職業相談を組み合わせたセミナーを年3回開催。"]
    );
    let roles: Vec<(&str, Vec<&str>)> = c
        .roles
        .iter()
        .map(|r| (r.org.as_str(), r.items.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        roles,
        [
            ("岡山市", vec!["会場の確保", "市広報での周知 など"]),
            ("ハローワーク", vec!["求人情報の提供", "職業相談 など"]),
        ]
    );
    // The comment keeps both of its paragraphs: they run at the box's width.
    assert_eq!(c.comments.len(), 1);
    assert_eq!(c.comments[0].speaker, "岡山市");
    assert_eq!(
        squeeze(&c.comments[0].text),
        "高齢者の方が、身近な地域で活躍できる場を求めていることが改めてわかった。今後も労働局と連携して、地域の実情に合わせた就労の場づくりに取り組みたい。"
    );
    let captions: Vec<&str> = c.captions.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(captions, ["≪セミナー会場の様子≫"]);
    assert_eq!(
        c.contact.as_ref().and_then(|c| c.phone.as_deref()),
        Some("086-801-5103")
    );
    let figures = figures_of(c);
    assert!(
        figures.contains(&(42, MetricCategory::Participants)),
        "{figures:?}"
    );
    assert!(
        figures.contains(&(6, MetricCategory::Employed)),
        "{figures:?}"
    );
}

/// The same page with the blank lines a faithful converter keeps between
/// boxes reads the same.
#[test]
fn the_same_page_with_its_blank_lines_reads_the_same() {
    let spaced = SENIORS
        .replace("\n＜岡山市コメント＞", "\n\n＜岡山市コメント＞")
        .replace("\n国と地方", "\n\n国と地方")
        .replace("\n【", "\n\n【")
        .replace("\n≪", "\n\n≪")
        .replace("\n定年退職", "\n\n定年退職")
        .replace("\n◆参加者数", "\n\n◆参加者数")
        .replace("\n市の公民館", "\n\n市の公民館");
    let squeezed = extract(SENIORS);
    let printed = extract(&spaced);
    assert_eq!(fields(&printed.cases[0]), fields(&squeezed.cases[0]));
}

/// Another theme (young graduates), squeezed, in the template's own order:
/// each heading above its box, so nothing but the wording tells the sections
/// apart once the blank lines are gone.
const GRADUATES: &str = "\
若者の地元定着に向けて、
県と労働局が合同で企業見学バスツアーを実施
国と地方自治体の連携による雇用対策好事例
【福井県】 【福井労働局ハローワーク福井】
【課題・目的】
県内の大学生の多くが県外で就職しており、地元企業の魅力を知る機会が
少ないことから、企業見学を通じて若者の地元就職の促進を図る。
【実施概要】
大学生を対象に、県内の製造業３社を
バスで巡る企業見学会を夏休み期間中
に開催。各社で若手社員との座談会を
行った。
【役割分担】
【福井県】
◆大学への周知
◆バスの手配 など
【ハローワーク】
◆見学先企業の選定
◆求人情報の提供 など
【効果】
◆参加学生２８名
◆参加者のうち１２名が見学先企業の
インターンシップに応募した。
≪企業見学の様子≫
＜労働局コメント＞
学生が地元企業の魅力を直接知る良い
機会となった。今後も県と連携して取り
組んでいきたい。
≪照会先≫ 福井労働局職業安定部職業安定課 （ＴＥＬ：０７７６－２６－８６０９）
";

#[test]
fn a_squeezed_page_in_template_order() {
    let doc = extract(GRADUATES);
    assert_eq!(doc.cases.len(), 1);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("若者の地元定着に向けて、県と労働局が合同で企業見学バスツアーを実施")
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        ["県内の大学生の多くが県外で就職しており、地元企業の魅力を知る機会が少ないことから、企業見学を通じて若者の地元就職の促進を図る。"]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        ["大学生を対象に、県内の製造業3社をバスで巡る企業見学会を夏休み期間中に開催。各社で若手社員との座談会を行った。"]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        [
            "◆参加学生28名",
            "◆参加者のうち12名が見学先企業のインターンシップに応募した。"
        ]
    );
    let roles: Vec<(&str, Vec<&str>)> = c
        .roles
        .iter()
        .map(|r| (r.org.as_str(), r.items.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        roles,
        [
            ("福井県", vec!["大学への周知", "バスの手配 など"]),
            (
                "ハローワーク",
                vec!["見学先企業の選定", "求人情報の提供 など"]
            ),
        ]
    );
    assert_eq!(c.comments.len(), 1);
    assert_eq!(c.comments[0].speaker, "労働局");
    assert_eq!(
        squeeze(&c.comments[0].text),
        "学生が地元企業の魅力を直接知る良い機会となった。今後も県と連携して取り組んでいきたい。"
    );
    let captions: Vec<&str> = c.captions.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(captions, ["≪企業見学の様子≫"]);
    assert_eq!(
        c.contact.as_ref().and_then(|c| c.phone.as_deref()),
        Some("0776-26-8609")
    );
    let figures = figures_of(c);
    assert!(
        figures.contains(&(28, MetricCategory::Participants)),
        "{figures:?}"
    );
    // The 12 applied to the firms' internships.
    assert!(
        figures.contains(&(12, MetricCategory::Applicants)),
        "{figures:?}"
    );
}
