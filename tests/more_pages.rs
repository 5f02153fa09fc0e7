//! More pages of other themes than the seed's, written for these tests in the
//! series' template and scrambled as the PDF conversion scrambles them: a
//! paragraph opening on a word that begins like a particle, the words of a
//! diagram (a flow of steps linked by arrows, staff names side by side), a
//! headline set apart above a paragraph or closing the page, and sections
//! printed without their heading or in another order than their headings.
//! The expectations are what a reader of each page writes down.

mod common;

use common::{captions_of, comments_of, paragraphs, read_page, roles_of, written};

/// The headings in a row above the boxes; what was done ends its sentence,
/// and after a blank line what came of it opens on はたらく (a word, not the
/// particle は) and on ものづくり.
const A_WORD_OPENING_LIKE_A_PARTICLE: &str = "\
国と地方自治体の連携による雇用対策好事例

【静岡県浜松市】 【静岡労働局ハローワーク浜松】

特別支援学校の生徒を対象に、地元工場での職場実習を実施

【課題・目的】 【実施概要】 【効果】

特別支援学校を卒業する生徒の就職先が限られており、地元企業での雇用が
進んでいない。生徒と企業の双方が互いを知る機会を設け、障害者の地元就職の
促進を図る。

市内の製造業８社の協力を得て、高等部２年生を対象に２週間の職場実習を実施。
ハローワークの雇用指導官が実習先を訪問し、企業に配慮事項を説明した。

はたらくことへの不安が和らいだとの声が生徒と保護者から多く寄せられ、
実習先の企業から３名の採用内定を得ることができた。

ものづくりの現場で生徒が活躍する姿を見て、障害者雇用を検討する企業が
増えた。

≪照会先≫ 静岡労働局職業安定部職業対策課（ＴＥＬ：０５４－２７１－９９７０）
";

#[test]
fn after_a_finished_sentence_a_word_opening_like_a_particle_opens_the_next_box() {
    let doc = read_page(A_WORD_OPENING_LIKE_A_PARTICLE);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "市内の製造業8社の協力を得て、高等部2年生を対象に2週間の職場実習を実施。ハローワークの雇用指導官が実習先を訪問し、企業に配慮事項を説明した。"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "はたらくことへの不安が和らいだとの声が生徒と保護者から多く寄せられ、実習先の企業から3名の採用内定を得ることができた。",
            "ものづくりの現場で生徒が活躍する姿を見て、障害者雇用を検討する企業が増えた。"
        ])
    );
}

/// A diagram beside the overview: its flow of steps linked by arrows and the
/// staff of each partner side by side, each on a line set apart; in the
/// effect, a count that grew, linked by an arrow, is a record of it.
const A_FLOW_OF_STEPS_AND_STAFF_SIDE_BY_SIDE: &str = "\
国と地方自治体の連携による雇用対策好事例

【鹿児島県】 【鹿児島労働局ハローワーク鹿児島】

農業法人での職場体験から就農までを県と国が一体的に支援

【課題・目的】
農業法人の人手不足が深刻化する一方、農業の経験がない求職者には仕事の
内容が分かりにくく、応募につながっていない。体験の機会を設け、農業法人への
就職を促進する。

【実施概要】
ハローワークが求職者に職場体験を案内し、県の就農相談員が体験先の農業法人を
紹介。体験の後、合同面接会で採用を決める。

見学会 → 職場体験 → 合同面接会 → 採用

就農相談員 職業相談員 協力事業所

【効果】
体験参加者 令和２年度 １８人 → 令和３年度 ２７人
◆体験参加者のうち１１人が農業法人に採用された。

≪照会先≫ 鹿児島労働局職業安定部職業安定課（ＴＥＬ：０９９－２１９－８７１１）
";

#[test]
fn a_flow_of_steps_and_staff_side_by_side_are_a_diagrams_words() {
    let doc = read_page(A_FLOW_OF_STEPS_AND_STAFF_SIDE_BY_SIDE);
    let c = &doc.cases[0];
    assert_eq!(
        captions_of(c),
        [
            "見学会 → 職場体験 → 合同面接会 → 採用",
            "就農相談員 職業相談員 協力事業所"
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "ハローワークが求職者に職場体験を案内し、県の就農相談員が体験先の農業法人を紹介。体験の後、合同面接会で採用を決める。"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "体験参加者令和2年度18人→令和3年度27人",
            "◆体験参加者のうち11人が農業法人に採用された。"
        ])
    );
}

/// The headline, two lines set apart by blank lines below the role blocks,
/// right above the effect's box (a year label over its figures): the title,
/// not the first lines of that box.
const A_TWO_LINE_HEADLINE_ABOVE_THE_EFFECT: &str = "\
国と地方自治体の連携による雇用対策好事例

【新潟県燕市】 【新潟労働局ハローワーク三条】

【課題・目的】
金属加工の町工場では熟練工の引退が続き、技能の継承が課題となっている。
若い求職者に仕事の魅力を伝え、町工場への就職と定着を図る。

【実施概要】
◆ 町工場めぐり
求職者を対象に、市内の町工場３か所を巡る見学会を開催。
◆ 技能体験と面接会
見学の翌週に研磨の技能体験と、参加企業との面接会を開催。

【役割分担】

【燕市】
◆ 受入工場の開拓
◆ 見学会の運営

【ハローワーク】
◆ 求職者への案内
◆ 面接会の開催

町工場めぐりから技能体験、面接会まで
一体で行い、若手の地元就職を支援

〈令和３年度〉
見学会 参加者 ２４名
◆ 面接会を経て９名が町工場に採用された。

【効果】

≪照会先≫ 新潟労働局職業安定部職業安定課（ＴＥＬ：０２５－２８８－３５０７）
";

#[test]
fn a_two_line_headline_set_apart_above_a_box_is_the_title() {
    let doc = read_page(A_TWO_LINE_HEADLINE_ABOVE_THE_EFFECT);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("町工場めぐりから技能体験、面接会まで一体で行い、若手の地元就職を支援")
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "〈令和3年度〉",
            "見学会参加者24名",
            "◆面接会を経て9名が町工場に採用された。"
        ])
    );
}

/// The headline last on the page, below a comment box and above the contact:
/// a catchphrase closing as a headline (…を応援！) over the programme's name.
const A_CATCHPHRASE_OVER_THE_PROGRAMMES_NAME: &str = "\
国と地方自治体の連携による雇用対策好事例

【宮崎県都城市】 【宮崎労働局ハローワーク都城】

【課題・目的】
介護の仕事に関心があっても、資格や経験がないことを理由に応募をためらう方が
多い。無資格でも働ける職場を知る機会を設け、介護分野への就職を促進する。

【実施概要】
市内の介護施設６か所の協力を得て、半日の職場体験と個別相談を組み合わせた
「介護のおしごと体験デー」を年４回実施。

【効果】
◆体験参加者 延べ３６名、うち介護施設への就職者 １０名

＜都城市コメント＞
体験をきっかけに、介護の仕事の
やりがいに気づく方が多かった。

介護の仕事をはじめる人を応援！
市とハローワークの「おしごと体験デー」

≪照会先≫ 宮崎労働局職業安定部職業安定課（ＴＥＬ：０９８５－３８－８８２４）
";

#[test]
fn a_catchphrase_over_the_programmes_name_is_the_title() {
    let doc = read_page(A_CATCHPHRASE_OVER_THE_PROGRAMMES_NAME);
    let c = &doc.cases[0];
    assert_eq!(
        c.title.as_deref(),
        Some("介護の仕事をはじめる人を応援!市とハローワークの「おしごと体験デー」")
    );
    assert_eq!(
        comments_of(c),
        [(
            "都城市",
            "体験をきっかけに、介護の仕事のやりがいに気づく方が多かった。".to_string()
        )]
    );
}

/// Comment boxes printed as a narrow column, broken by a blank line after a
/// sentence; the section text beside them is wider.
const A_COMMENT_COLUMN_BROKEN_AFTER_A_SENTENCE: &str = "\
国と地方自治体の連携による雇用対策好事例

【北海道網走市】 【北海道労働局ハローワーク網走】

漁業の担い手を呼び込む「浜のしごと体験」を開催

【課題・目的】
水産加工場と漁船の乗組員の高齢化が進み、担い手の確保が課題となっている。
浜の仕事を体験する機会をつくり、市外からの就職と移住を促進する。

【実施概要】
市外の求職者を対象に、定置網漁の見学と加工場での作業体験を３日間で実施。
ハローワークが体験の後に個別の職業相談を行った。

＜網走市コメント＞
浜の仕事の厳しさも伝えた。

体験の後に応募した方は、仕事を
よく理解したうえで働いている。

【効果】
◆体験参加者 延べ２１名、うち水産加工場への就職 ６名

≪照会先≫ 北海道労働局職業安定部職業安定課（ＴＥＬ：０１１－７０９－２３１１）
";

#[test]
fn a_comment_column_broken_after_a_sentence_keeps_its_words() {
    let doc = read_page(A_COMMENT_COLUMN_BROKEN_AFTER_A_SENTENCE);
    let c = &doc.cases[0];
    assert_eq!(
        comments_of(c),
        [(
            "網走市",
            "浜の仕事の厳しさも伝えた。体験の後に応募した方は、仕事をよく理解したうえで働いている。"
                .to_string()
        )]
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&["◆体験参加者延べ21名、うち水産加工場への就職6名"])
    );
}

/// The role items' last line names a partner in a phrase
/// (`◆他県のハローワークでの求人公開`), the overview's paragraph below it after a
/// blank line, under a ■ heading printed above the role heading.
const AN_ITEM_NAMING_A_PARTNER_ABOVE_THE_OVERVIEW: &str = "\
国と地方自治体の連携による雇用対策好事例

【高知県】 【高知労働局】

■目的
中山間地域の介護事業所では職員の確保が難しく、事業の継続が危ぶまれている。
県外の介護職経験者に県内で働く道を示し、介護人材のＵＩＪターンを促進する。

■事業概要

■役割分担

【高知県】
◆移住相談窓口の案内
◆住まいの情報提供

【高知労働局】
◆介護事業所の求人の取りまとめ
◆他県のハローワークでの求人公開

令和３年度から、大阪・名古屋で介護の仕事と暮らしの合同説明会を年２回開催。
県内の介護事業所が個別に相談に応じ、希望者には現地見学を案内する。

■効果
◆説明会の来場者 延べ４２名、うち県内の介護事業所に就職 ７名

≪照会先≫ 高知労働局職業安定部職業安定課（ＴＥＬ：０８８－８８５－６０５２）
";

#[test]
fn an_item_naming_a_partner_in_a_phrase_is_no_role_header() {
    let doc = read_page(AN_ITEM_NAMING_A_PARTNER_ABOVE_THE_OVERVIEW);
    let c = &doc.cases[0];
    assert_eq!(
        roles_of(c),
        [
            ("高知県", vec!["移住相談窓口の案内", "住まいの情報提供"]),
            (
                "高知労働局",
                vec![
                    "介護事業所の求人の取りまとめ",
                    "他県のハローワークでの求人公開"
                ]
            )
        ]
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "令和3年度から、大阪・名古屋で介護の仕事と暮らしの合同説明会を年2回開催。県内の介護事業所が個別に相談に応じ、希望者には現地見学を案内する。"
        ])
    );
}

/// All the headings in a row at the top; below them what was done, the role
/// blocks, then the problem and what it calls for (…が課題であった。そこで、
/// …を行う。), then the results.
const THE_PROBLEM_AND_WHAT_IT_CALLS_FOR_BELOW_THE_ROLES: &str = "\
国と地方自治体の連携による雇用対策好事例

【愛媛県松山市】 【愛媛労働局ハローワーク松山】

ひとり親家庭の親の就職を市とハローワークが同じ窓口で支援

【背景・課題】

【取組内容】

【役割分担】

【成果】

市役所の子育て支援課の隣にハローワークの相談窓口を設置し、母子・父子自立支援員と
就職支援ナビゲーターが、相談から職業紹介までを一体的に支援。
すぐに働くことが難しい方は、職業訓練や資格取得の講座を経て、就職を目指す。
◆ケース会議を月１回開催し、支援方針を確認

【松山市】
◆児童扶養手当の現況届の際の案内
◆資格取得の給付金の支給

【ハローワーク】
◆窓口での職業相談・職業紹介
◆子育てに配慮した求人の確保

ひとり親家庭の親は、子育てと仕事の両立が難しく、就職活動に時間を割けない方が
少なくない。市とハローワークが別々に支援を行うと、相談のたびに窓口を移る負担が
大きいことが課題であった。そこで、市とハローワークが同じ窓口で相談を行う。

《令和３年度の実績》
◆窓口の利用者 ８４人、うち就職者 ３９人
◆「一度に相談できて助かった」との声が多く寄せられた。

≪照会先≫ 愛媛労働局職業安定部職業安定課（ＴＥＬ：０８９－９４３－５２２１）
";

#[test]
fn the_problem_and_what_it_calls_for_is_the_purpose_wherever_it_stands() {
    let doc = read_page(THE_PROBLEM_AND_WHAT_IT_CALLS_FOR_BELOW_THE_ROLES);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.purpose),
        written(&[
            "ひとり親家庭の親は、子育てと仕事の両立が難しく、就職活動に時間を割けない方が少なくない。市とハローワークが別々に支援を行うと、相談のたびに窓口を移る負担が大きいことが課題であった。そこで、市とハローワークが同じ窓口で相談を行う。"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "市役所の子育て支援課の隣にハローワークの相談窓口を設置し、母子・父子自立支援員と就職支援ナビゲーターが、相談から職業紹介までを一体的に支援。",
            "すぐに働くことが難しい方は、職業訓練や資格取得の講座を経て、就職を目指す。",
            "◆ケース会議を月1回開催し、支援方針を確認"
        ])
    );
}

/// No 【実施概要】 printed: what was done is a sentence announcing its steps
/// (…以下の…を実施。) over them, with the counts of the companies visited;
/// the results under 【効果】.
const STEPS_ANNOUNCED_WITHOUT_AN_OVERVIEW_HEADING: &str = "\
国と地方自治体の連携による雇用対策好事例

【長野県上田市】 【長野労働局ハローワーク上田】

【課題・目的】

市内の製造業では高年齢者の採用経験が少なく、６０歳以上の求職者の応募が
あっても採用に至らないことが多い。企業の不安を解消し、高年齢者の雇用を
促進することを目的とする。

【役割分担】

【上田市】
◆企業向けセミナーの会場の確保

【ハローワーク】
◆訪問企業の選定
◆高年齢者向け求人の開拓

シニアの力を地元のものづくりに、市と国が企業訪問で後押し

令和３年度、市内の製造業１２０社のうち、市の商工課職員とハローワークの求人
開拓推進員が４５社を訪問し、以下の３段階の支援を実施。
① 高年齢者が担える工程の洗い出しを企業と一緒に検討
② 高年齢者を雇用する企業の見学会への参加を案内
③ 求人票の作成を支援し、シニア向けの面接会に参加

【効果】

◆ 見学会に参加した企業は延べ１８社で、「具体的に検討できた」との声があった。
◆ 面接会を経て、１１社が６０歳以上の方を計１６人採用した。

≪照会先≫ 長野労働局職業安定部職業対策課（ＴＥＬ：０２６－２２６－０８６６）
";

#[test]
fn steps_announced_by_a_sentence_are_the_overview_without_its_heading() {
    let doc = read_page(STEPS_ANNOUNCED_WITHOUT_AN_OVERVIEW_HEADING);
    let c = &doc.cases[0];
    assert_eq!(
        paragraphs(&c.sections.overview),
        written(&[
            "令和3年度、市内の製造業120社のうち、市の商工課職員とハローワークの求人開拓推進員が45社を訪問し、以下の3段階の支援を実施。",
            "①高年齢者が担える工程の洗い出しを企業と一緒に検討",
            "②高年齢者を雇用する企業の見学会への参加を案内",
            "③求人票の作成を支援し、シニア向けの面接会に参加"
        ])
    );
    assert_eq!(
        paragraphs(&c.sections.effect),
        written(&[
            "◆見学会に参加した企業は延べ18社で、「具体的に検討できた」との声があった。",
            "◆面接会を経て、11社が60歳以上の方を計16人採用した。"
        ])
    );
}
