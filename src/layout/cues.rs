//! Section cue words: the wording that marks a paragraph as purpose, overview or
//! effect, counted in one pass.
//!
//! Each cue list reads like a regular expression's alternation and is counted as
//! the `regex` crate counts non-overlapping matches (leftmost first, earlier
//! alternatives preferred at the same start), up to a cap. All lists are found by
//! one Aho–Corasick automaton over the text's characters instead of one regex
//! pass per list; the tests check the counts against the regexes they replace.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton as _;
use aho_corasick::{dfa::DFA, Anchored};

/// The cue lists, in the order of [`Counts`]. A trailing `$` makes an
/// alternative count only at the very end of the text.
const LISTS: [&[&str]; 5] = [
    // Goal: を目的|目的(と|に|で)|ことを目指|ねらい
    &[
        "を目的",
        "目的と",
        "目的に",
        "目的で",
        "ことを目指",
        "ねらい",
    ],
    // Aim: を図る(。|$|ため|こと)|図ることを|促進を図る|そこで、
    &[
        "を図る。",
        "を図る$",
        "を図るため",
        "を図ること",
        "図ることを",
        "促進を図る",
        // `…が課題であった。そこで、…を行う。`: the problem stated, then what
        // it calls for.
        "そこで、",
        // `…就職を後押しする。`: the help the initiative means to give (what
        // came of it is written `…後押しとなった`).
        "を後押しする",
    ],
    // Need: ため(、|に)|目指(す|し)|課題|不安を(抱|持|感)|必要(がある|である|だ)|…
    &[
        "ため、",
        "ために",
        "目指す",
        "目指し",
        "課題",
        "不安を抱",
        "不安を持",
        "不安を感",
        "必要がある",
        "必要である",
        "必要だ",
        "求められ",
        "が多い。",
        "が少ない",
        "するもの。",
        "悩み",
        "させる。",
        "を目指す",
        "必要があった",
        "不足",
        "深刻",
        "が低い",
        "が低く",
        "流出",
        "難しい",
        "難しく",
        "困難",
        "にくい",
        "が続いて",
        // A state of things that is a problem: `担い手の高齢化が進み`,
        // `…する例も多い。`, `対応に苦慮`, `…前に辞めてしまう`, `…が必要とされ`.
        "高齢化",
        "も多い。",
        "苦慮",
        "てしまう",
        "必要とされ",
        // Those in need and what is seen of them now: `…をためらう方が多く、`,
        // `…ケースも見られる。` (a change seen is written `…も見られた`).
        "方が多く",
        "も見られる。",
    ],
    // Overview: 実施(。|した|する。|$)|の実施|開催(。|し|する|$)|を開催|講師|…; the
    // figures `第\d+回` (`期`), `\d部:`, `\d+時`, `\d+/\d+`, `\d+月、` come from
    // [`figure_cues`].
    &[
        "実施。",
        "実施した",
        "実施する。",
        "実施$",
        "の実施",
        "開催。",
        "開催し",
        "開催する",
        "開催$",
        "を開催",
        "講師",
        "内容",
        "日程",
        "日時",
        "会場で",
        "以下の",
        "予定",
        "説明",
        "について",
        "を行う",
        "を行った",
        "を提供",
        "設置",
        "開設",
        "配置",
        "配布",
        "対象者",
        "場所:",
        "実施方法",
        "を行って",
        "を行い",
        "出張",
        "企画",
        "運営",
        "掲載",
        "共有",
        "毎月",
        "毎週",
        "ワンストップ",
        // What was made, put out or set up: `…動画を制作。`, `…で配信。`,
        // `…コーナーを設けた。`
        "制作",
        "配信",
        "を設け",
        // Whom it was for, how many it could take.
        "を対象に",
        "向けに",
        CAPACITY,
        // `…を実施(定員は各回15名)。`: a note on what was done.
        "実施(",
        // What was told at the event, and to whom: `…を解説`, `…を紹介。`,
        // `対象:…`.
        "解説",
        "を紹介",
        "対象:",
    ],
    // Effect: でき(た|ました)|つなが(った|る|り)|繋が|結び(つ|付)い|…
    &[
        "できた",
        "できました",
        "つながった",
        "つながる",
        "つながり",
        "繋が",
        "結びつい",
        "結び付い",
        "図れた",
        "図られ",
        "期待でき",
        "期待され",
        "見込まれ",
        "参加者の声",
        "アンケート",
        "好評",
        "評価",
        "満足",
        "増大",
        "向上し",
        "向上が",
        "進んだ",
        "促進され",
        "強化され",
        "得られ",
        "得ることが",
        "生まれ",
        "なった",
        "こととした",
        "効果",
        "良かった",
        "よかった",
        "参考にな",
        "役立",
        "わかりやすい",
        "増加し",
        "深まった",
        "高まった",
        "成果",
        "上昇し",
        "増えた",
        "増えて",
        "寄せられ",
        "つながって",
        "超えた",
        "上回った",
        "改善され",
        "改善した",
        "実現した",
        "達成した",
    ],
];

/// Index of the overview list in [`LISTS`].
const OVERVIEW: usize = 3;

/// How many times each cue list occurs in a text, capped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// を目的, ねらい … (at most 1).
    pub goal: usize,
    /// …を図る。 (at most 1).
    pub aim: usize,
    /// ため、, 課題, 必要がある … (at most 3).
    pub need: usize,
    /// 実施, 開催, 講師, 日時, 第1回 … (at most 4).
    pub overview: usize,
    /// A paragraph opening with ■ ○ ◎ (at most 1).
    pub listing: usize,
    /// できた, つながった, 効果 … (at most 3).
    pub effect: usize,
    /// Capacities printed (`定員`), uncapped: figures of the plan, not of
    /// what came of it.
    pub capacities: usize,
}

/// The capacity cue, counted apart as [`Counts::capacities`].
const CAPACITY: &str = "定員";

/// Caps, in the order of [`LISTS`].
const CAPS: [usize; 5] = [1, 1, 3, 4, 3];

/// One alternative of one list.
struct Alternative {
    list: usize,
    /// Rank within its list: lower is preferred at the same start.
    rank: usize,
    at_end: bool,
    /// Length in bytes.
    len: usize,
    /// The capacity cue ([`CAPACITY`]).
    capacity: bool,
}

struct Automaton {
    /// Every alternative of every list (the `$` dropped), matched overlapping,
    /// spelt in [`classes`](Automaton::classes): one step per character of
    /// the text, not per byte, and a third of the states to build.
    dfa: DFA,
    alternatives: Vec<Alternative>,
    /// For each character of the Basic Multilingual Plane, its number among
    /// the characters of the cue words (from 1: they are fewer than 256), 0
    /// for any other.
    classes: Vec<u8>,
}

fn automaton() -> &'static Automaton {
    static AUTOMATON: OnceLock<Automaton> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        let mut classes = vec![0u8; 0x10000];
        let mut numbered = 0;
        let mut class_of = |c: char| {
            let class = classes
                .get_mut(c as usize)
                .expect("cue words are written in the Basic Multilingual Plane");
            if *class == 0 {
                numbered += 1;
                *class = u8::try_from(numbered)
                    .expect("cue words are written with fewer than 256 characters");
            }
            *class
        };
        let mut spelt = Vec::new();
        let mut alternatives = Vec::new();
        for (list, words) in LISTS.iter().enumerate() {
            for (rank, word) in words.iter().enumerate() {
                let (literal, at_end) = match word.strip_suffix('$') {
                    Some(w) => (w, true),
                    None => (*word, false),
                };
                spelt.push(literal.chars().map(&mut class_of).collect::<Vec<u8>>());
                alternatives.push(Alternative {
                    list,
                    rank,
                    at_end,
                    len: literal.len(),
                    capacity: literal == CAPACITY,
                });
            }
        }
        Automaton {
            dfa: DFA::builder()
                .prefilter(false)
                .build(&spelt)
                .expect("cue words build an automaton"),
            alternatives,
            classes,
        }
    })
}

/// A match of one alternative: (list, start, rank, end).
type Hit = (usize, usize, usize, usize);

/// Count each cue list in `text`.
pub fn count(text: &str) -> Counts {
    let auto = automaton();
    let dfa = &auto.dfa;
    let mut hits: Vec<Hit> = Vec::new();
    let mut capacities = 0;
    // Every match of every alternative, overlapping: the automaton's overlapping
    // search written out as one loop (its iterator stops and resumes at each match).
    let mut sid = dfa.start_state(Anchored::No).expect("an unanchored start");
    for (at, c) in text.char_indices() {
        let class = auto.classes.get(c as usize).copied().unwrap_or(0);
        sid = dfa.next_state(Anchored::No, sid, class);
        if !dfa.is_match(sid) {
            continue;
        }
        let end = at + c.len_utf8();
        for k in 0..dfa.match_len(sid) {
            let alt = &auto.alternatives[dfa.match_pattern(sid, k).as_usize()];
            if !alt.at_end || end == text.len() {
                hits.push((alt.list, end - alt.len, alt.rank, end));
                capacities += usize::from(alt.capacity);
            }
        }
    }
    // The figure alternatives rank after all the words, but no word starts
    // with a digit or 第, so they never compete with one at the same start.
    let words = LISTS[OVERVIEW].len();
    figure_cues(text, |start, end| hits.push((OVERVIEW, start, words, end)));
    let n = leftmost_first(&mut hits);
    let listing = ['■', '○', '◎'];
    let lists_items = text.starts_with(listing)
        || text
            .match_indices('\n')
            .any(|(i, _)| text[i + 1..].starts_with(listing));
    Counts {
        goal: n[0],
        aim: n[1],
        need: n[2],
        overview: n[3],
        listing: usize::from(lists_items),
        effect: n[4],
        capacities,
    }
}

/// For each list, its non-overlapping matches chosen as a regex chooses them
/// from every match of every alternative: the leftmost start, and there the
/// best-ranked alternative; the search goes on from its end. Capped.
fn leftmost_first(hits: &mut [Hit]) -> [usize; 5] {
    hits.sort_unstable();
    let mut count = [0usize; 5];
    let mut pos = [0usize; 5];
    for &(list, start, _, end) in hits.iter() {
        if count[list] < CAPS[list] && start >= pos[list] {
            count[list] += 1;
            pos[list] = end;
        }
    }
    count
}

/// Matches of `第\d+回` (`期`), `\d部:`, `\d+時`, `\d+/\d+` and `\d+月、` (ASCII
/// digits, as cleaned text has them), given as (start, end) to `found`. At
/// most one of them starts at a digit, and each starts where the regex would
/// start it. (`令和元年7月、…を発出し`: a clause opening on the month says
/// when it was done.)
fn figure_cues(text: &str, mut found: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let digits_from = |i: usize| {
        bytes[i.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = 0;
    while let Some(digit) = crate::metrics::find_digit(&bytes[i..]) {
        let start = i + digit;
        let end = start + digits_from(start);
        let rest = &text[end..];
        if rest.starts_with("部:") {
            found(end - 1, end + "部:".len());
        } else if rest.starts_with('時') {
            found(start, end + '時'.len_utf8());
        } else if rest.starts_with('/') && digits_from(end + 1) > 0 {
            found(start, end + 1 + digits_from(end + 1));
        } else if rest.starts_with("月、") {
            found(start, end + "月、".len());
        }
        // A session or a cohort (`第2回`, `第3期生として`): when, in the plan.
        if text[..start].ends_with('第') && rest.starts_with(['回', '期']) {
            found(start - '第'.len_utf8(), end + '回'.len_utf8());
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    /// Each list as the regex it reads as (the alternatives in order, `$`
    /// anchoring), counted by the regex crate up to the cap.
    fn reference(text: &str) -> Counts {
        let pattern = |list: usize| {
            let mut alts: Vec<String> = LISTS[list]
                .iter()
                .map(|w| match w.strip_suffix('$') {
                    Some(w) => format!("{}$", regex::escape(w)),
                    None => regex::escape(w),
                })
                .collect();
            if list == OVERVIEW {
                alts.push(r"第[0-9]+[回期]|[0-9]部:|[0-9]+時|[0-9]+/[0-9]+|[0-9]+月、".into());
            }
            alts.join("|")
        };
        let hits = |list: usize| {
            Regex::new(&pattern(list))
                .unwrap()
                .find_iter(text)
                .take(CAPS[list])
                .count()
        };
        Counts {
            goal: hits(0),
            aim: hits(1),
            need: hits(2),
            overview: hits(3),
            listing: Regex::new(r"^[■○◎]|\n[■○◎]")
                .unwrap()
                .find_iter(text)
                .take(1)
                .count(),
            effect: hits(4),
            capacities: text.matches(CAPACITY).count(),
        }
    }

    #[test]
    fn counts_read_the_wording() {
        let c = count("セミナーを実施した。第1回は10時から、第2回は1/21。");
        assert_eq!(
            c.overview, 4,
            "実施した, 第1回, 10時, 第2回 (1/21 is past the cap)"
        );
        assert_eq!(count("就職支援を実施").overview, 1, "実施 at the end");
        assert_eq!(count("実施計画").overview, 0, "実施 mid-text is not a cue");
        assert_eq!(count("■1部:講演 2部:相談").listing, 1);
        assert_eq!(count("■1部:講演 2部:相談").overview, 2);
        // When (a clause opening on the month), for whom, how many it takes.
        assert_eq!(count("令和3年4月、市と国が窓口を開いた。").overview, 1);
        assert_eq!(count("4月末現在").overview, 0);
        assert_eq!(count("離職者を対象に職場見学").overview, 1);
        assert_eq!(count("高校生向けに見学会").overview, 1);
        assert_eq!(count("講習を実施(定員20名)。").overview, 2);
        // The cohort taught, as a session is.
        assert_eq!(count("今年度は第2期生として12名が学んだ").overview, 1);
    }

    #[test]
    fn a_state_of_things_that_is_a_problem_reads_as_a_need() {
        assert_eq!(count("漁師の高齢化が進んでいる").need, 1);
        assert_eq!(count("数年で辞めてしまう例も多い。").need, 2);
        assert_eq!(count("人材の確保に苦慮していた").need, 1);
        assert_eq!(count("長い経験が必要とされる").need, 1);
        assert_eq!(count("夜勤を理由に応募をためらう方が多く、").need, 1);
        assert_eq!(count("資格を持ちながら働かない例も見られる。").need, 1);
        assert_eq!(count("応募者が増える例も見られた。").need, 0);
    }

    #[test]
    fn the_help_meant_is_an_aim_what_was_told_and_to_whom_is_what_was_done() {
        assert_eq!(count("地元企業への就職を後押しする。").aim, 1);
        assert_eq!(count("就職の後押しとなった。").aim, 0);
        assert_eq!(count("専門家が助成金の使い方を解説。").overview, 1);
        assert_eq!(count("相談員が短時間の求人を紹介。").overview, 1);
        assert_eq!(count("対象:市内在住の求職者").overview, 1);
    }

    #[test]
    fn no_word_stands_in_two_lists() {
        let mut all: Vec<&str> = LISTS.iter().flat_map(|l| l.iter().copied()).collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "one literal, one alternative");
    }

    #[test]
    fn counts_agree_with_the_regexes_on_the_seed() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/raw/000_c693df1a71a4b295.txt"
        ))
        .unwrap();
        for para in text.split("\n\n") {
            let para = crate::normalize::clean(&para.replace('\n', ""));
            assert_eq!(count(&para), reference(&para), "{para}");
        }
    }

    /// Pieces that make and break cue words, figures and their neighbours.
    fn piece() -> impl Strategy<Value = String> {
        let words: Vec<String> = LISTS
            .iter()
            .flat_map(|l| l.iter())
            .map(|w| w.trim_end_matches('$').to_string())
            .chain(
                [
                    "実施",
                    "開催",
                    "図る",
                    "を図",
                    "目的",
                    "不安を",
                    "必要",
                    "でき",
                    "つなが",
                    "向上",
                    "期待",
                    "第",
                    "回",
                    "部",
                    ":",
                    "時",
                    "月",
                    "/",
                    "。",
                    "、",
                    "\n",
                    "■",
                    "○",
                    "◎",
                    "1",
                    "23",
                    "4",
                    "の",
                    "を",
                    "た",
                    "し",
                    "る",
                    "こと",
                    "ため",
                    " ",
                ]
                .iter()
                .map(|s| s.to_string()),
            )
            .collect();
        proptest::sample::select(words)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn counts_agree_with_the_regexes(pieces in proptest::collection::vec(piece(), 0..24)) {
            let text: String = pieces.concat();
            prop_assert_eq!(count(&text), reference(&text), "{:?}", text);
        }
    }
}
