//! The division of work written as sentences rather than items: under a
//! 役割分担 heading (in any of its printed forms) each sentence opens on an
//! organisation as its subject (`松本市は、…を行う。ハローワーク松本は、…。`).
//! A reader writes down one role per organisation named so, the name as
//! printed, and each sentence as one of its items, kept whole (subject and
//! all). Sentences that merely mention an organisation elsewhere (the purpose,
//! the overview) are no roles. Pages of other themes (介護人材, ひとり親,
//! 農業の担い手, 障害者の職場実習), written for these tests in the series'
//! template; the expectations are what a reader of each page writes down.

mod common;

use common::{paragraphs, read_page, roles_of, written};

/// The headings in a row, each on a line of its own, and their contents below
/// them all: the roles' sentences come first.
const HEADINGS_IN_A_ROW: &str = "\
介護の仕事の魅力を伝える「介護のしごと体験デー」を開催

国と地方自治体の連携による雇用対策好事例

【長野県松本市】 【長野労働局ハローワーク松本】

〔課 題〕

〔取組内容〕

〔役割分担〕

〔成 果〕

松本市は、市内の介護事業所への参加の呼びかけと、
会場となる福祉センターの確保を行う。
ハローワーク松本は、介護分野の求人の確保と、
求職者への体験デーの周知を行う。

市内の介護事業所では職員の高齢化が進み、若手の採用が
難しくなっている。介護の仕事を実際に体験する機会を設け、
求職者の不安を和らげることで、人材の確保を図る。

介護事業所の職員が講師となり、移乗の介助やレクリエーションの
進め方を求職者が体験する「介護のしごと体験デー」を年２回開催。

◆ 体験デーの参加者は延べ３６名で、うち９名が市内の介護事業所に
就職した。

≪照会先≫ 長野労働局職業安定部職業安定課 ＴＥＬ ０２６－２２６－０８６５
";

#[test]
fn roles_written_as_sentences_below_a_row_of_headings() {
    let doc = read_page(HEADINGS_IN_A_ROW);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        vec![
            (
                "松本市",
                vec!["松本市は、市内の介護事業所への参加の呼びかけと、会場となる福祉センターの確保を行う。"]
            ),
            (
                "ハローワーク松本",
                vec!["ハローワーク松本は、介護分野の求人の確保と、求職者への体験デーの周知を行う。"]
            ),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["市内の介護事業所では職員の高齢化が進み、若手の採用が難しくなっている。介護の仕事を実際に体験する機会を設け、求職者の不安を和らげることで、人材の確保を図る。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["介護事業所の職員が講師となり、移乗の介助やレクリエーションの進め方を求職者が体験する「介護のしごと体験デー」を年2回開催。"])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆体験デーの参加者は延べ36名で、うち9名が市内の介護事業所に就職した。"])
    );
}

/// ◇ headings: 取組内容 and 役割分担 stacked, the overview's paragraph and a
/// photo caption between the heading and the roles' sentences; a subject
/// with が, and a sentence opening on また、 that goes on with the one before.
const STACKED_MARKED_HEADINGS: &str = "\
ひとり親家庭の親の正社員就職を、市の窓口とハローワークが一緒に後押し

国と地方自治体の連携による雇用対策好事例

【千葉県船橋市】 【千葉労働局ハローワーク船橋】

◇目的
ひとり親家庭の親の多くは非正規雇用で働いており、収入が不安定である。
資格の取得と正社員求人への応募を一体で支え、生活の安定を図る。

◇取組内容

◇役割分担

市の自立支援員とハローワークの就職支援ナビゲーターが、児童扶養手当の
現況届の時期に合わせて市役所で合同の相談会を開き、資格取得の支援制度の
説明と正社員求人の紹介を行った。

（合同相談会の様子）

船橋市が、現況届の案内への相談会のチラシの同封と、
高等職業訓練促進給付金の申請受付を担当した。
また、相談会の会場として市役所の会議室を提供した。
ハローワーク船橋は、正社員求人の開拓と、相談会での
職業相談・職業紹介を担当した。

◇成果
◆相談会の参加者 ５４名
◆正社員での就職者 １７名
";

#[test]
fn roles_written_as_sentences_after_the_overview_below_stacked_headings() {
    let doc = read_page(STACKED_MARKED_HEADINGS);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        vec![
            (
                "船橋市",
                vec![
                    "船橋市が、現況届の案内への相談会のチラシの同封と、高等職業訓練促進給付金の申請受付を担当した。",
                    "また、相談会の会場として市役所の会議室を提供した。"
                ]
            ),
            (
                "ハローワーク船橋",
                vec!["ハローワーク船橋は、正社員求人の開拓と、相談会での職業相談・職業紹介を担当した。"]
            ),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["市の自立支援員とハローワークの就職支援ナビゲーターが、児童扶養手当の現況届の時期に合わせて市役所で合同の相談会を開き、資格取得の支援制度の説明と正社員求人の紹介を行った。"])
    );
}

/// Four organisations, two of them in one sentence (parted at the 、 before
/// the second subject), one named by the last word of its party box
/// (協議会 for 安曇野市農業担い手育成協議会), and a diagram's words below.
const TWO_IN_ONE_SENTENCE: &str = "\
農業法人への就職を後押しする「あづみの農業就職フェア」を開催

国と地方自治体の連携による雇用対策好事例

【長野県安曇野市】 【安曇野市農業担い手育成協議会】 【長野労働局ハローワーク松本】

◇背景・課題
市内の農業法人は規模の拡大が進む一方、従業員の確保に苦慮している。
農業を仕事として選ぶ若者を増やし、地域の農業の担い手の確保を図る。

◇事業概要
協議会が市内の農業法人と求職者の出会いの場として「あづみの農業就職
フェア」を開催し、法人ごとの相談ブースと農作業の体験コーナーを設けた。

◇役割分担

協議会は、フェアの企画・運営と、参加する農業法人の募集を担当。
安曇野市は、市の広報誌とホームページでフェアを周知した。
長野労働局は県内の大学への周知、ハローワーク松本は法人の求人の受理と、
フェア当日の職業相談を行った。

農業法人 ⇔ 協議会 ⇔ 求職者

◇成果
◆フェアの来場者は６８名、参加した農業法人は１５社。
";

#[test]
fn two_organisations_in_one_sentence_are_two_roles() {
    let doc = read_page(TWO_IN_ONE_SENTENCE);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        vec![
            (
                "協議会",
                vec!["協議会は、フェアの企画・運営と、参加する農業法人の募集を担当。"]
            ),
            (
                "安曇野市",
                vec!["安曇野市は、市の広報誌とホームページでフェアを周知した。"]
            ),
            ("長野労働局", vec!["長野労働局は県内の大学への周知"]),
            (
                "ハローワーク松本",
                vec!["ハローワーク松本は法人の求人の受理と、フェア当日の職業相談を行った。"]
            ),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&["協議会が市内の農業法人と求職者の出会いの場として「あづみの農業就職フェア」を開催し、法人ごとの相談ブースと農作業の体験コーナーを設けた。"])
    );
}

/// One role block with ◆ items, another written as sentences under its box.
const MIXED_ROLE_BLOCKS: &str = "\
障害のある方の職場実習を、市とハローワークが一緒に支える

国と地方自治体の連携による雇用対策好事例

【岐阜県大垣市】 【岐阜労働局ハローワーク大垣】

【課題・目的】
市内の企業では障害者雇用の経験が少なく、受入れに不安を持つ企業が多い。
職場実習を通じて企業の理解を深め、障害者の雇用の拡大を図る。

【実施概要】
市の障害者就労支援事業として、市内企業での２週間の職場実習を実施。

【役割分担】
【大垣市】
◆実習生の募集と実習中の巡回
◆実習先企業への謝金の支払い

【ハローワーク】
雇用率が未達成の企業を訪問し、実習の受入れを働きかける。
実習を終えた方に、受入れ企業の求人を紹介する。

【効果】
◆実習の受入れ企業 １２社、実習生 ２０名、うち７名が就職。
";

#[test]
fn a_block_of_items_and_a_block_of_sentences_on_one_page() {
    let doc = read_page(MIXED_ROLE_BLOCKS);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        vec![
            (
                "大垣市",
                vec!["実習生の募集と実習中の巡回", "実習先企業への謝金の支払い"]
            ),
            (
                "ハローワーク",
                vec![
                    "雇用率が未達成の企業を訪問し、実習の受入れを働きかける。",
                    "実習を終えた方に、受入れ企業の求人を紹介する。"
                ]
            ),
        ]
    );
}

/// Organisations named as subjects in the purpose, before the 役割分担
/// heading: not where the roles are; the roles are the boxes below it.
const SUBJECTS_BEFORE_THE_ROLES_HEADING: &str = "\
介護職員初任者研修の受講から就職までを一貫して支援

国と地方自治体の連携による雇用対策好事例

【長野県松本市】 【長野労働局ハローワーク松本】

【課題・目的】
松本市は、これまで介護職員初任者研修の受講料を助成してきた。
ハローワーク松本は、研修の修了者に介護分野の求人を紹介してきた。
両者の支援をつなぎ、研修の修了者の就職を図る。

【実施概要】
研修の修了者を対象とした就職面接会を年２回開催した。

【役割分担】
【松本市】
◆研修の受講料の助成
【ハローワーク】
◆面接会への求人の確保

【効果】
◆研修の修了者 ２４名、うち１５名が介護事業所に就職。
";

#[test]
fn subjects_before_the_roles_heading_make_no_roles() {
    let doc = read_page(SUBJECTS_BEFORE_THE_ROLES_HEADING);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        vec![
            ("松本市", vec!["研修の受講料の助成"]),
            ("ハローワーク", vec!["面接会への求人の確保"]),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["松本市は、これまで介護職員初任者研修の受講料を助成してきた。ハローワーク松本は、研修の修了者に介護分野の求人を紹介してきた。両者の支援をつなぎ、研修の修了者の就職を図る。"])
    );
}

/// The headings in a row and every box below them, so any paragraph stands
/// after 役割分担: the purpose's sentences open on the parties but state the
/// problem, and the overview's joint subject (`…と松本市が共催し`) names no
/// one party; the roles are the boxes.
const SUBJECTS_BELOW_A_ROW_OF_HEADINGS: &str = "\
介護職員初任者研修の受講から就職までを一貫して支援

国と地方自治体の連携による雇用対策好事例

【長野県松本市】 【長野労働局ハローワーク松本】

【課題・目的】 【実施概要】 【役割分担】 【効果】

松本市は介護人材の不足を課題としてきた。ハローワーク松本は介護分野の
求人の充足率の低さに苦慮していた。

ハローワーク松本と松本市が共催し、研修の修了者を対象とした
就職面接会を年２回開催した。

【松本市】
◆研修の受講料の助成
【ハローワーク】
◆面接会への求人の確保

◆研修の修了者 ２４名、うち１５名が介護事業所に就職した。
";

#[test]
fn subjects_in_the_purpose_and_the_overview_make_no_roles() {
    let doc = read_page(SUBJECTS_BELOW_A_ROW_OF_HEADINGS);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        vec![
            ("松本市", vec!["研修の受講料の助成"]),
            ("ハローワーク", vec!["面接会への求人の確保"]),
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&["松本市は介護人材の不足を課題としてきた。ハローワーク松本は介護分野の求人の充足率の低さに苦慮していた。"])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "ハローワーク松本と松本市が共催し、研修の修了者を対象とした就職面接会を年2回開催した。"
        ])
    );
}
