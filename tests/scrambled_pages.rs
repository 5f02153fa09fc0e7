//! Pages of themes the seed does not cover (生活困窮者自立支援, 就職氷河期世代,
//! 職業訓練, 林業の担い手), written in the seed's shapes, then scrambled the ways
//! the seed's conversion scrambles its pages: the headings in a row with their
//! contents after, a content before its heading, the title after the banner, the
//! party row or at the bottom, comments first or between a heading and its
//! content, captions between boxes, the contact in the middle, role blocks before
//! 【役割分担】, the effect box first. Each scramble must read as the page does;
//! the expectations are what a reader of each page writes down.

use jirei::model::Case;
use jirei::normalize::squeeze;

/// A page as its boxes: each a run of lines, set apart by blank lines when printed.
struct Page {
    title: &'static str,
    party: &'static str,
    /// (heading, content) for 課題・目的, 実施概要, 役割分担, 効果 in this order.
    sections: [(&'static str, &'static str); 4],
    comments: &'static [&'static str],
    captions: &'static [&'static str],
    contact: &'static str,
}

/// What a reader writes down for a page.
struct Reading {
    title: &'static str,
    purpose: &'static str,
    overview: &'static str,
    effect: &'static [&'static str],
    roles: &'static [(&'static str, &'static [&'static str])],
    comments: &'static [(&'static str, &'static str)],
    phone: &'static str,
    captions: &'static [&'static str],
}

const BANNER: &str = "国と地方自治体の連携による雇用対策好事例";

const KOMARI: Page = Page {
    title: "生活困窮者の就労に向けた自立相談支援機関との一体的支援",
    party: "【埼玉県川口市】【埼玉労働局ハローワーク川口】",
    sections: [
        (
            "【課題・目的】",
            "経済的に困窮している方の中には、長期間の離職により就労への
不安を抱えている方が多い。市の自立相談支援機関とハローワークが
連携し、一人ひとりの状況に応じた就労支援を行うことで、早期の
自立を図る。",
        ),
        (
            "【実施概要】",
            "◆市の自立相談支援機関内にハローワークの巡回相談窓口を週１回設置
◆支援員とナビゲーターが同席する三者面談を実施し、支援プランを作成
◆就職後も職場定着に向けたフォローアップを実施",
        ),
        (
            "【役割分担】",
            "【川口市】
◆自立相談支援機関での相談受付
◆家計改善支援、住居確保給付金の支給
【ハローワーク】
◆巡回相談での職業相談・職業紹介
◆支援対象者向け求人の開拓",
        ),
        (
            "【効果】",
            "支援対象者９８名のうち、５３名が就職した。
生活の安定と就労を一体で支援できるようになり、就職までの期間が
短くなった。",
        ),
    ],
    comments: &[
        "＜川口市コメント＞
生活の相談と仕事の相談を同じ場所で受けられる
ことで、相談者の負担が軽くなった。",
        "＜労働局コメント＞
市の支援員と情報を共有することで、相談者の
状況に合った求人を紹介できた。",
    ],
    captions: &["≪巡回相談窓口での相談風景≫"],
    contact: "≪照会先≫ 埼玉労働局職業安定部職業安定課 ℡：048-600-6208",
};

const KOMARI_READ: Reading = Reading {
    title: "生活困窮者の就労に向けた自立相談支援機関との一体的支援",
    purpose: "経済的に困窮している方の中には、長期間の離職により就労への不安を抱えている方が多い。市の自立相談支援機関とハローワークが連携し、一人ひとりの状況に応じた就労支援を行うことで、早期の自立を図る。",
    overview: "◆市の自立相談支援機関内にハローワークの巡回相談窓口を週1回設置\n◆支援員とナビゲーターが同席する三者面談を実施し、支援プランを作成\n◆就職後も職場定着に向けたフォローアップを実施",
    effect: &[
        "支援対象者98名のうち、53名が就職した。",
        "生活の安定と就労を一体で支援できるようになり、就職までの期間が短くなった。",
    ],
    roles: &[
        ("川口市", &["自立相談支援機関での相談受付", "家計改善支援、住居確保給付金の支給"]),
        ("ハローワーク", &["巡回相談での職業相談・職業紹介", "支援対象者向け求人の開拓"]),
    ],
    comments: &[
        ("川口市", "生活の相談と仕事の相談を同じ場所で受けられることで、相談者の負担が軽くなった。"),
        ("労働局", "市の支援員と情報を共有することで、相談者の状況に合った求人を紹介できた。"),
    ],
    phone: "048-600-6208",
    captions: &["≪巡回相談窓口での相談風景≫"],
};

const HYOGA: Page = Page {
    title: "就職氷河期世代の正社員就職を後押しする「ミドル世代就職応援プロジェクト」",
    party: "【兵庫県】【兵庫県神戸市】【兵庫労働局】",
    sections: [
        (
            "【課題・目的】",
            "就職氷河期世代には、不本意ながら非正規雇用で働く方や、長く
仕事に就いていない方が多い。県・市・労働局が一体となって
プラットフォームを形成し、正社員就職を促進することを目的とする。",
        ),
        (
            "【実施概要】",
            "・専門窓口での担当者制によるキャリアコンサルティング
・短期資格等習得コースと職場実習を組み合わせた支援
・氷河期世代限定の合同企業説明会を開催（年３回）",
        ),
        (
            "【役割分担】",
            "【兵庫県】
◆プラットフォームの事務局、事業計画の策定
◆県内経済団体への協力依頼
【神戸市】
◆市広報誌やＳＮＳでの周知
◆ひきこもり地域支援センターとの連携
【兵庫労働局】
◆専門窓口での職業相談・職業紹介
◆限定求人の確保",
        ),
        (
            "【効果】",
            "合同企業説明会には延べ２１０名が参加し、参加企業は４５社。
専門窓口の利用者のうち１３４名が正社員として就職した。
＜参加者の声＞
「同じ世代の仲間と話せて、前向きな気持ちになれた。」",
        ),
    ],
    comments: &["＜兵庫県コメント＞
関係機関が一つの目標を共有することで、
切れ目のない支援ができるようになった。"],
    captions: &["はばタン"],
    contact: "〈照会先〉 兵庫労働局職業安定部職業対策課（ＴＥＬ：０７８－３６７－０８１０）",
};

const HYOGA_READ: Reading = Reading {
    title: "就職氷河期世代の正社員就職を後押しする「ミドル世代就職応援プロジェクト」",
    purpose: "就職氷河期世代には、不本意ながら非正規雇用で働く方や、長く仕事に就いていない方が多い。県・市・労働局が一体となってプラットフォームを形成し、正社員就職を促進することを目的とする。",
    overview: "・専門窓口での担当者制によるキャリアコンサルティング\n・短期資格等習得コースと職場実習を組み合わせた支援\n・氷河期世代限定の合同企業説明会を開催(年3回)",
    effect: &[
        "合同企業説明会には延べ210名が参加し、参加企業は45社。専門窓口の利用者のうち134名が正社員として就職した。",
        "<参加者の声>",
        "「同じ世代の仲間と話せて、前向きな気持ちになれた。」",
    ],
    roles: &[
        ("兵庫県", &["プラットフォームの事務局、事業計画の策定", "県内経済団体への協力依頼"]),
        ("神戸市", &["市広報誌やSNSでの周知", "ひきこもり地域支援センターとの連携"]),
        ("兵庫労働局", &["専門窓口での職業相談・職業紹介", "限定求人の確保"]),
    ],
    comments: &[("兵庫県", "関係機関が一つの目標を共有することで、切れ目のない支援ができるようになった。")],
    phone: "078-367-0810",
    captions: &["はばタン"],
};

const KUNREN: Page = Page {
    title: "地域の求人ニーズに応じた職業訓練と就職支援の一体的実施",
    party: "【岡山県】【岡山労働局ハローワーク岡山】",
    sections: [
        (
            "【目的】",
            "県内ではＩＴ・介護分野の人材不足が続く一方、訓練修了者の
就職率が伸び悩んでいた。訓練の設定段階から県と国が連携し、
求人ニーズに合った訓練を実施して、修了者の就職率の向上を図る。",
        ),
        (
            "【実施概要】",
            "県の委託訓練とハローワークの職業相談を連動させ、受講前の適性
相談から、訓練中の就職支援、修了後の職業紹介までを一貫して実施。
訓練コースの設定にあたっては、地域の企業へのヒアリング結果を
反映した。",
        ),
        (
            "【役割分担】",
            "【岡山県】
◆訓練コースの設定、委託先の選定
◆訓練受講者の募集
【ハローワーク】
◆受講あっせん、訓練中の就職支援
◆修了者への求人情報の提供",
        ),
        (
            "【結果】",
            "令和２年度の訓練受講者は３２０名、修了者の就職率は７５．２％と
前年度を６ポイント上回った。
企業からは「必要な技能を身につけた人材を採用できた」との声が
寄せられた。",
        ),
    ],
    comments: &["＜岡山県コメント＞
企業の声を訓練に反映したことで、
修了者の就職につながった。"],
    captions: &["職業訓練の様子"],
    contact: "≪照会先≫ 岡山労働局職業安定部訓練室 TEL：086-801-5103 https://jsite.mhlw.go.jp/okayama-roudoukyoku/",
};

const KUNREN_READ: Reading = Reading {
    title: "地域の求人ニーズに応じた職業訓練と就職支援の一体的実施",
    purpose: "県内ではIT・介護分野の人材不足が続く一方、訓練修了者の就職率が伸び悩んでいた。訓練の設定段階から県と国が連携し、求人ニーズに合った訓練を実施して、修了者の就職率の向上を図る。",
    overview: "県の委託訓練とハローワークの職業相談を連動させ、受講前の適性相談から、訓練中の就職支援、修了後の職業紹介までを一貫して実施。訓練コースの設定にあたっては、地域の企業へのヒアリング結果を反映した。",
    effect: &[
        "令和2年度の訓練受講者は320名、修了者の就職率は75.2%と前年度を6ポイント上回った。",
        "企業からは「必要な技能を身につけた人材を採用できた」との声が寄せられた。",
    ],
    roles: &[
        ("岡山県", &["訓練コースの設定、委託先の選定", "訓練受講者の募集"]),
        ("ハローワーク", &["受講あっせん、訓練中の就職支援", "修了者への求人情報の提供"]),
    ],
    comments: &[("岡山県", "企業の声を訓練に反映したことで、修了者の就職につながった。")],
    phone: "086-801-5103",
    captions: &["職業訓練の様子"],
};

const RINGYO: Page = Page {
    title: "林業の担い手確保に向けた「林業就業相談会」と体験研修の開催",
    party: "【高知県】【高知県林業労働力確保支援センター】【高知労働局】",
    sections: [
        (
            "【課題・目的】",
            "県土の８割を森林が占める本県では、林業従事者の高齢化が進み、
担い手の確保が急務となっている。林業の仕事の魅力を伝え、
新たな就業者を確保する。",
        ),
        (
            "【実施概要】",
            "◆県内外で林業就業相談会を開催（年４回）
◆就業を希望する方を対象に、３日間の林業体験研修を実施
◆ハローワークで林業求人の特設コーナーを設置",
        ),
        (
            "【役割分担】",
            "【高知県】【高知県林業労働力確保支援センター】
◆相談会の企画・運営、体験研修の実施
◆就業後の住まいの相談
【高知労働局】
◆林業事業体の求人の受理
◆ハローワークでの相談会の周知、職業紹介",
        ),
        (
            "【効果】",
            "相談会の来場者は１５６名、体験研修の参加者は４２名。
研修参加者のうち１８名が林業事業体に就職した。",
        ),
    ],
    comments: &["＜高知労働局コメント＞
体験研修を通じて仕事の内容を知ったうえで
就職するため、定着にもつながっている。"],
    captions: &["林業体験研修の様子", "くろしおくん"],
    contact: "〈照会先〉高知労働局職業安定部職業安定課（TEL：088-885-6051）",
};

const RINGYO_READ: Reading = Reading {
    title: "林業の担い手確保に向けた「林業就業相談会」と体験研修の開催",
    purpose: "県土の8割を森林が占める本県では、林業従事者の高齢化が進み、担い手の確保が急務となっている。林業の仕事の魅力を伝え、新たな就業者を確保する。",
    overview: "◆県内外で林業就業相談会を開催(年4回)\n◆就業を希望する方を対象に、3日間の林業体験研修を実施\n◆ハローワークで林業求人の特設コーナーを設置",
    effect: &["相談会の来場者は156名、体験研修の参加者は42名。研修参加者のうち18名が林業事業体に就職した。"],
    roles: &[
        (
            "高知県・高知県林業労働力確保支援センター",
            &["相談会の企画・運営、体験研修の実施", "就業後の住まいの相談"],
        ),
        ("高知労働局", &["林業事業体の求人の受理", "ハローワークでの相談会の周知、職業紹介"]),
    ],
    comments: &[(
        "高知労働局",
        "体験研修を通じて仕事の内容を知ったうえで就職するため、定着にもつながっている。",
    )],
    phone: "088-885-6051",
    captions: &["林業体験研修の様子", "くろしおくん"],
};

const PAGES: [(&str, Page, Reading); 4] = [
    ("生活困窮者", KOMARI, KOMARI_READ),
    ("氷河期世代", HYOGA, HYOGA_READ),
    ("職業訓練", KUNREN, KUNREN_READ),
    ("林業", RINGYO, RINGYO_READ),
];

/// Print boxes with a blank line between them.
fn print(boxes: &[&str]) -> String {
    let mut s = boxes.join("\n\n");
    s.push('\n');
    s
}

/// A section's box: its heading over its content.
fn boxed(p: &Page, s: usize) -> String {
    format!("{}\n{}", p.sections[s].0, p.sections[s].1)
}

fn boxes(p: &Page, which: &[usize]) -> Vec<String> {
    which.iter().map(|&s| boxed(p, s)).collect()
}

const PURPOSE: usize = 0;
const OVERVIEW: usize = 1;
const ROLES: usize = 2;
const EFFECT: usize = 3;
const ALL: [usize; 4] = [PURPOSE, OVERVIEW, ROLES, EFFECT];

/// The page in reading order, and the ways the conversion scrambles it.
fn scrambles(p: &Page) -> Vec<(String, String)> {
    let (t, b, party, k) = (p.title, BANNER, p.party, p.contact);
    let cm: Vec<&str> = p.comments.to_vec();
    let cap: Vec<&str> = p.captions.to_vec();
    let heads: Vec<&str> = ALL.iter().map(|&s| p.sections[s].0).collect();
    let contents: Vec<&str> = ALL.iter().map(|&s| p.sections[s].1).collect();
    let all = boxes(p, &ALL);
    let mut out: Vec<(String, Vec<&str>)> = Vec::new();
    let body: Vec<&str> = all.iter().map(String::as_str).collect();
    fn with_rest<'a>(
        extra: &[&'a str],
        cm: &[&'a str],
        cap: &[&'a str],
        k: &'a str,
    ) -> Vec<&'a str> {
        let mut v: Vec<&str> = extra.to_vec();
        v.extend(cm);
        v.extend(cap);
        v.push(k);
        v
    }
    macro_rules! tail {
        ($extra:expr) => {
            with_rest($extra, &cm, &cap, k)
        };
    }
    out.push(("printed".into(), [vec![t, b, party], tail!(&body)].concat()));
    // The headings in a row, their contents after.
    out.push((
        "headings in a row".into(),
        [vec![t, b, party], heads.clone(), tail!(&contents)].concat(),
    ));
    let row = heads.join("\n");
    out.push((
        "headings in a tight row".into(),
        [vec![t, b, party, row.as_str()], tail!(&contents)].concat(),
    ));
    // A content before its heading, one section at a time and all at once.
    for s in ALL {
        let mut v = vec![t, b, party];
        for r in ALL {
            if r == s {
                v.extend([contents[r], heads[r]]);
            } else {
                v.push(body[r]);
            }
        }
        out.push((format!("content before heading {}", heads[s]), tail!(&v)));
    }
    let mut v = vec![t, b, party];
    for r in ALL {
        v.extend([contents[r], heads[r]]);
    }
    out.push(("every content before its heading".into(), tail!(&v)));
    // The title after the banner, after the party row, at the bottom.
    out.push((
        "title after the banner".into(),
        [vec![b, t, party], tail!(&body)].concat(),
    ));
    out.push((
        "title after the party row".into(),
        [vec![b, party, t], tail!(&body)].concat(),
    ));
    out.push((
        "title at the bottom".into(),
        [vec![b, party], tail!(&body), vec![t]].concat(),
    ));
    // Comments first, or between a heading and its content.
    let mut v = cm.clone();
    v.extend([t, b, party]);
    v.extend(&body);
    v.extend(&cap);
    v.push(k);
    out.push(("comments first".into(), v));
    for s in ALL {
        let mut v = vec![t, b, party];
        for r in ALL {
            if r == s {
                v.push(heads[r]);
                v.extend(&cm);
                v.push(contents[r]);
            } else {
                v.push(body[r]);
            }
        }
        v.extend(&cap);
        v.push(k);
        out.push((format!("comments under heading {}", heads[s]), v));
    }
    // Captions and mascot names between boxes; the contact in the middle.
    for at in 1..4 {
        let mut v = vec![t, b, party];
        v.extend(&body[..at]);
        v.extend(&cap);
        v.extend(&body[at..]);
        v.extend(&cm);
        v.push(k);
        out.push((format!("captions before {}", heads[at]), v));
    }
    for at in 0..4 {
        let mut v = vec![t, b, party];
        v.extend(&body[..at]);
        v.push(k);
        v.extend(&body[at..]);
        v.extend(&cm);
        v.extend(&cap);
        out.push((format!("contact before {}", heads[at]), v));
    }
    // Role blocks before 【役割分担】.
    out.push((
        "role blocks first".into(),
        tail!(&[
            t,
            b,
            party,
            contents[ROLES],
            body[PURPOSE],
            body[OVERVIEW],
            body[EFFECT],
            heads[ROLES],
        ]),
    ));
    let mut v = vec![t, b, party, body[PURPOSE], body[OVERVIEW]];
    v.extend([contents[ROLES], heads[ROLES], body[EFFECT]]);
    out.push(("role blocks before their heading".into(), tail!(&v)));
    // The effect box first.
    out.push((
        "effect box first".into(),
        tail!(&[
            body[EFFECT],
            t,
            b,
            party,
            body[PURPOSE],
            body[OVERVIEW],
            body[ROLES]
        ]),
    ));
    out.push((
        "effect box after the party row".into(),
        tail!(&[
            t,
            b,
            party,
            body[EFFECT],
            body[PURPOSE],
            body[OVERVIEW],
            body[ROLES]
        ]),
    ));
    out.into_iter().map(|(name, v)| (name, print(&v))).collect()
}

/// The fields of a case that differ from what a reader wrote down.
fn misread(c: &Case, r: &Reading) -> Vec<String> {
    let mut bad = Vec::new();
    let mut check = |field: &str, got: String, want: String| {
        if got != want {
            bad.push(format!("{field}: {got} (a reader: {want})"));
        }
    };
    check(
        "title",
        format!("{:?}", c.title.as_deref().map(squeeze)),
        format!("{:?}", Some(squeeze(r.title))),
    );
    let section = |k: &str| c.sections.get(k).map(|s| squeeze(&s.text));
    check(
        "purpose",
        format!("{:?}", section("purpose")),
        format!("{:?}", Some(squeeze(r.purpose))),
    );
    check(
        "overview",
        format!("{:?}", section("overview")),
        format!("{:?}", Some(squeeze(r.overview))),
    );
    // The effect's paragraphs may come in another order when its boxes move.
    let mut effect: Vec<String> = c
        .sections
        .get("effect")
        .map(|s| s.text.split('\n').map(squeeze).collect())
        .unwrap_or_default();
    effect.sort();
    let mut want: Vec<String> = r.effect.iter().map(|p| squeeze(p)).collect();
    want.sort();
    check("effect", format!("{effect:?}"), format!("{want:?}"));
    let mut roles: Vec<(String, Vec<String>)> = c
        .roles
        .iter()
        .map(|x| (x.org.clone(), x.items.iter().map(|i| squeeze(i)).collect()))
        .collect();
    roles.sort();
    let mut want: Vec<(String, Vec<String>)> = r
        .roles
        .iter()
        .map(|(o, items)| (o.to_string(), items.iter().map(|i| squeeze(i)).collect()))
        .collect();
    want.sort();
    check("roles", format!("{roles:?}"), format!("{want:?}"));
    let mut comments: Vec<(String, String)> = c
        .comments
        .iter()
        .map(|x| (x.speaker.clone(), squeeze(&x.text)))
        .collect();
    comments.sort();
    let mut want: Vec<(String, String)> = r
        .comments
        .iter()
        .map(|(s, t)| (s.to_string(), squeeze(t)))
        .collect();
    want.sort();
    check("comments", format!("{comments:?}"), format!("{want:?}"));
    check(
        "phone",
        format!("{:?}", c.contact.as_ref().and_then(|k| k.phone.as_deref())),
        format!("{:?}", Some(r.phone)),
    );
    let mut captions: Vec<String> = c.captions.iter().map(|x| squeeze(&x.text)).collect();
    captions.sort();
    let mut want: Vec<String> = r.captions.iter().map(|x| squeeze(x)).collect();
    want.sort();
    // A caption and a mascot name side by side may be read as one caption.
    if captions.concat() != want.concat() {
        check("captions", format!("{captions:?}"), format!("{want:?}"));
    }
    bad
}

fn read(text: &str) -> Case {
    let doc = jirei::extract_bytes("scrambled.txt", text.as_bytes(), &Default::default()).unwrap();
    assert_eq!(doc.cases.len(), 1, "one page, one case:\n{text}");
    doc.cases.into_iter().next().unwrap()
}

#[test]
fn new_theme_pages_read_the_same_however_scrambled() {
    let mut tried = 0;
    let mut failures = Vec::new();
    for (theme, page, reading) in &PAGES {
        for (how, text) in scrambles(page) {
            tried += 1;
            let bad = misread(&read(&text), reading);
            if !bad.is_empty() {
                failures.push(format!("{theme}, {how}:\n  {}\n{text}", bad.join("\n  ")));
            }
        }
    }
    assert!(tried > 100, "{tried} scrambles");
    assert!(
        failures.is_empty(),
        "{} of {tried} misread:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_headline_ending_in_a_quoted_programme_name_is_the_title_at_the_bottom() {
    let p = &HYOGA;
    let mut v = vec![BANNER, p.party];
    let all = boxes(p, &ALL);
    v.extend(all.iter().map(String::as_str));
    v.extend(p.comments);
    v.push(p.contact);
    v.push(p.title);
    let c = read(&print(&v));
    assert_eq!(
        c.title.as_deref(),
        Some("就職氷河期世代の正社員就職を後押しする「ミドル世代就職応援プロジェクト」")
    );
    assert!(!c.sections.get("effect").unwrap().text.contains("後押し"));
}

#[test]
fn results_after_role_blocks_and_a_blank_line_are_no_role_item() {
    let p = &RINGYO;
    let all = boxes(p, &ALL);
    let v = vec![
        p.title,
        BANNER,
        p.party,
        &all[PURPOSE],
        &all[OVERVIEW],
        &all[ROLES],
        p.sections[EFFECT].1,
        p.sections[EFFECT].0,
        p.contact,
    ];
    let c = read(&print(&v));
    let last = c.roles.last().unwrap();
    assert_eq!(last.org, "高知労働局");
    assert_eq!(
        last.items.iter().map(|i| squeeze(i)).collect::<Vec<_>>(),
        vec![
            "林業事業体の求人の受理",
            "ハローワークでの相談会の周知、職業紹介"
        ]
    );
    assert_eq!(
        c.sections.get("effect").map(|s| squeeze(&s.text)).as_deref(),
        Some("相談会の来場者は156名、体験研修の参加者は42名。研修参加者のうち18名が林業事業体に就職した。")
    );
}
