//! Stage 6b: counted figures (参加者数 24名, 参加企業15社 …) as typed metrics.
//!
//! A metric is a number with a counter unit (名, 人, 社, 組, 件, 世帯). Numbers in
//! 「programme names」 or glued to a name (`…500人サポート事業`), ordinals (第1回),
//! rates (`45.5人`), changes (`10名増`), per-unit figures (`1人あたり3社`) and size
//! classes (`50人以上の企業`) are not metrics; other units (歳, 回, 部, 月, 事業所)
//! never match. The label is the noun printed before the number, or after it when
//! nothing precedes (`5件の求人`, `13名応募`), or the column header of a flattened
//! table; a part of a split count (`男性10名`, `目標100名`) qualifies the list's label.
//!
//! ```
//! use jirei::metrics::{find, Span};
//! use jirei::model::MetricCategory;
//! let spans = [Span { line: 54, text: "・参加者数 24名(平成25年度)" }];
//! let m = find(&spans);
//! assert_eq!((m[0].label.as_str(), m[0].value), ("参加者数", 24));
//! assert_eq!(m[0].category, MetricCategory::Participants);
//! assert_eq!(m[0].fiscal_year, Some(2013));
//! ```

use crate::block::{starts_with_bullet, trim};
use crate::model::{Metric, MetricCategory};

/// Counter units; a figure is digits (with thousands commas) and one of these.
/// 事業所 (`12事業所`) is not one: the annotation guide's list of counters is
/// closed, and employers are counted in 社.
const UNITS: [&str; 6] = ["世帯", "名", "人", "社", "組", "件"];

/// Every counted figure in `text`, left to right, as (byte range, value, unit).
/// A number is a run of digits and thousands commas, perhaps scaled by 万 or 千
/// (`1万2,000人`, `1.5万人`); then optional white space and a counter unit. A
/// range (`50~60名`, `50名~60名`) is one figure read as its lower bound, the
/// least the text asserts. A decimal without 万/千 (`45.5人`) is a rate, not a
/// count. Digits are ASCII here: cleaning (NFKC) has turned full-width and
/// circled digits into ASCII ones. Counts written in kanji numerals (`三十名`,
/// `延べ百社`) are read too ([`kanji_count_at`]); the two kinds come merged,
/// left to right.
fn counts(text: &str) -> impl Iterator<Item = (usize, usize, u64, &'static str)> + '_ {
    counts_read(text, true)
}

/// [`counts`], with kanji numerals read or not (`kanji`: false where the
/// paragraph holds no count in kanji, so that its parts are not searched again).
fn counts_read(
    text: &str,
    kanji: bool,
) -> impl Iterator<Item = (usize, usize, u64, &'static str)> + '_ {
    let mut digits = digit_counts(text).peekable();
    // Kanji numerals are looked for only before the next count in digits: a
    // caller that takes the first count scans no further.
    let (mut kanji_from, mut kanji) = (if kanji { 0 } else { text.len() }, None);
    std::iter::from_fn(move || {
        let limit = digits.peek().map_or(text.len(), |d| d.0);
        if kanji.is_none() && kanji_from < limit {
            kanji = next_kanji_count(text, kanji_from, limit);
            kanji_from = kanji.map_or(limit, |k: (usize, usize, u64, &str)| k.1);
        }
        match kanji {
            Some(k) if k.0 < limit => kanji.take(),
            _ => digits.next(),
        }
    })
}

/// The counts written in digits ([`counts`]).
fn digit_counts(text: &str) -> impl Iterator<Item = (usize, usize, u64, &'static str)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let start = pos + find_digit(bytes.get(pos..)?)?;
        let end = number_end(text, start);
        pos = end;
        if start > 0 && bytes[start - 1] == b'.' {
            continue;
        }
        let value = value_of(&text[start..end]);
        let rest = text[end..].trim_start();
        // `50~60名`: the unit follows the upper bound. `5,6名` / `5、6名` (five
        // or six) too, when the second number is the greater.
        let or_more = |upper: &str| {
            let at = text.len() - upper.len();
            value_of(&text[at..number_end(text, at)]) > value
        };
        if let Some((upper_end, unit)) = range_mark(rest)
            .or_else(|| {
                let upper = rest.strip_prefix([',', '、'])?;
                (upper.starts_with(|c: char| c.is_ascii_digit()) && or_more(upper)).then_some(upper)
            })
            .and_then(|upper| {
                let at = text.len() - upper.len();
                let upper_end = number_end(text, at);
                (upper_end > at).then_some(())?;
                unit_at(&text[upper_end..]).map(|(len, unit)| (upper_end + len, unit))
            })
        {
            pos = upper_end;
            match value {
                Some(v) => return Some((start, upper_end, v, unit)),
                None => continue,
            }
        }
        let Some((len, unit)) = unit_at(&text[end..]) else {
            continue;
        };
        let mut unit_end = end + len;
        // `50名~60名`: the same unit after both bounds.
        if let Some(upper) = range_mark(text[unit_end..].trim_start()) {
            let at = text.len() - upper.len();
            let upper_end = number_end(text, at);
            if upper_end > at && text[upper_end..].trim_start().starts_with(unit) {
                unit_end = text.len() - text[upper_end..].trim_start().len() + unit.len();
            }
        }
        pos = unit_end;
        if let Some(v) = value {
            return Some((start, unit_end, v, unit));
        }
    })
}

/// The value of one kanji digit (〇, 零, 一 … 九).
fn kanji_digit(c: char) -> Option<u64> {
    let d = match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    };
    Some(d)
}

/// A kanji numeral character: a digit or one of the multipliers 十百千万.
fn is_kanji_numeral(c: char) -> bool {
    kanji_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万')
}

/// The value of a number written in kanji: with multipliers, largest first
/// (`三十` 30, `百` 100, `二百五十` 250, `千二百` 1200, `一万二千` 12000; 万
/// needs a digit before it), or digit by digit with a zero (`二〇` 20,
/// `一〇〇` 100). Two digits side by side without a zero (`二三人`, two or
/// three people) are an estimate, no value; so is a misordered run (`十百`).
fn kanji_value(run: &str) -> Option<u64> {
    let plain = run.chars().all(|c| kanji_digit(c).is_some());
    if plain {
        if run.chars().count() > 1 && !run.contains(['〇', '零']) {
            return None;
        }
        return run
            .chars()
            .try_fold(0u64, |v, c| v.checked_mul(10)?.checked_add(kanji_digit(c)?));
    }
    let (mut total, mut section, mut digit, mut last) = (0u64, 0u64, None::<u64>, u64::MAX);
    for c in run.chars() {
        if let Some(d) = kanji_digit(c) {
            if digit.is_some() {
                return None;
            }
            digit = Some(d);
            continue;
        }
        let scale = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                // 万 closes the section below it, which must be stated.
                section += digit.take().unwrap_or(0);
                if section == 0 || total > 0 {
                    return None;
                }
                total = section * 10_000;
                (section, last) = (0, u64::MAX);
                continue;
            }
        };
        if scale >= last || digit == Some(0) {
            return None;
        }
        section += digit.take().unwrap_or(1) * scale;
        last = scale;
    }
    Some(total + section + digit.unwrap_or(0))
}

/// Two-character words that begin with a counter unit (`人材`, `社会`,
/// `組合`, `名簿`): the kanji before them is no count of the unit.
const UNIT_WORDS: [&str; 24] = [
    "人材", "人口", "人事", "人員", "人間", "人生", "人気", "人手", "人物", "人権", "人件", "社会",
    "社員", "社長", "社内", "社外", "組合", "組織", "名簿", "名称", "名前", "名物", "名所", "件名",
];

/// The count written in kanji numerals whose counter unit starts at byte `at`,
/// as [`counts`] gives it: a numeral run ([`kanji_value`]) directly followed by
/// the unit (`定員三十名`,
/// `延べ百社`, `五十名を超える応募`). A careful reader reads a kanji numeral as
/// a count only there, and not where the characters are a word of their own:
/// - a bare 一 (`一人ひとり`, `一人親`, `一人で`, `(一社)` for 一般社団法人):
///   bulletins write a count of one in digits;
/// - after 数, 何, 幾 (`数十名`: an estimate) or 第 (an ordinal), or after a
///   digit (`3万人` is read as digits);
/// - before another numeral (`二人三脚`, `十人十色`), a word the unit begins
///   (`三社会`, `人材`) or a place's suffix (`百人町`, `八名郡`): a set phrase or a name.
///
/// Words that only contain numerals (十分, 千葉, 三条市, 第一, 一部) have no
/// unit after them and are never read.
fn kanji_count_at(text: &str, at: usize) -> Option<(usize, usize, u64, &'static str)> {
    let before = &text[..at];
    let run_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_kanji_numeral(c))
        .last()?
        .0;
    let run = &before[run_start..];
    let (len, unit) = UNITS
        .iter()
        .find(|u| text[at..].starts_with(**u))
        .map(|u| (u.len(), *u))?;
    let end = at + len;
    let after = &text[end..];
    let word_before = before[..run_start].chars().next_back();
    if run == "一"
        || word_before.is_some_and(|c| {
            c.is_ascii_digit() || matches!(c, '数' | '何' | '幾' | '第' | '.' | ',')
        })
        || after.starts_with(is_kanji_numeral)
        || after.starts_with(['市', '町', '村', '区', '郡'])
        || UNIT_WORDS.iter().any(|w| text[at..].starts_with(w))
    {
        return None;
    }
    Some((run_start, end, kanji_value(run)?, unit))
}

/// The first count in kanji ([`kanji_count_at`]) whose unit stands in
/// `text[from..to]`. The units are found by their last UTF-8 byte (memchr),
/// which few other characters share, then compared whole.
fn next_kanji_count(
    text: &str,
    from: usize,
    to: usize,
) -> Option<(usize, usize, u64, &'static str)> {
    let bytes = &text.as_bytes()[..to];
    let find = |set: [u8; 3], i: usize| {
        bytes
            .get(i..)
            .and_then(|rest| memchr::memchr3(set[0], set[1], set[2], rest))
            .map_or(usize::MAX, |k| i + k)
    };
    // 人 名 社 and 世 件 組 end in these bytes.
    const COMMON: [u8; 3] = [0xBA, 0x8D, 0xBE];
    const OTHER: [u8; 3] = [0x96, 0xB6, 0x84];
    let start = from + 2;
    let (mut common, mut other) = (find(COMMON, start), find(OTHER, start));
    loop {
        let last = common.min(other);
        if last == usize::MAX {
            return None;
        }
        let at = last - 2;
        let unit = &bytes[at..=last];
        let is_unit = matches!(
            unit,
            [0xE4, 0xBA, 0xBA]
                | [0xE5, 0x90, 0x8D]
                | [0xE7, 0xA4, 0xBE]
                | [0xE4, 0xB8, 0x96]
                | [0xE4, 0xBB, 0xB6]
                | [0xE7, 0xB5, 0x84]
        );
        if is_unit {
            if let Some(count) = kanji_count_at(text, at) {
                return Some(count);
            }
        }
        if last == common {
            common = find(COMMON, last + 1);
        } else {
            other = find(OTHER, last + 1);
        }
    }
}

/// The index of the first ASCII digit in `bytes`. Most of the text is
/// Japanese, three bytes a character, with few digits: it is read eight bytes
/// at a time.
pub(crate) fn find_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    for (n, chunk) in chunks.by_ref().enumerate() {
        // Digits become bytes below 10; `(x - 10) & !x & 0x80` flags bytes below
        // 10 (the lowest flag exactly: a borrow only carries upwards).
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ (0x30 * ONES);
        let below_ten = x.wrapping_sub(10 * ONES) & !x & HIGHS;
        if below_ten != 0 {
            return Some(n * 8 + below_ten.trailing_zeros() as usize / 8);
        }
    }
    let rest = chunks.remainder();
    let i = rest.iter().position(u8::is_ascii_digit)?;
    Some(bytes.len() - rest.len() + i)
}

/// The end of the number starting at `start`: digits, thousands commas (three
/// digits after each: `1,234`, not `5,6`), a decimal point before digits, and
/// 万/千 scaling (`1万2,000`).
fn number_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut end = start;
    while digit_at(end) {
        while digit_at(end) {
            end += 1;
        }
        let thousands = bytes.get(end) == Some(&b',')
            && (1..=3).all(|k| digit_at(end + k))
            && !digit_at(end + 4);
        if thousands || bytes.get(end) == Some(&b'.') && digit_at(end + 1) {
            end += 1;
            continue;
        }
        match ["万", "千"].iter().find(|m| text[end..].starts_with(**m)) {
            Some(m) => end += m.len(),
            None => break,
        }
    }
    end
}

/// The value of a number found by [`number_end`]; `None` for a decimal that
/// 万/千 do not make whole.
fn value_of(number: &str) -> Option<u64> {
    // Most numbers are plain digits (dates, times, counts).
    if number.bytes().all(|b| b.is_ascii_digit()) {
        return number.parse().ok();
    }
    let number = number.replace(',', "");
    let (man, rest) = match number.split_once('万') {
        Some((m, r)) => (m, r),
        None => ("", number.as_str()),
    };
    let (sen, rest) = match rest.split_once('千') {
        Some((s, r)) => (s, r),
        None => ("", rest),
    };
    let scaled = |digits: &str, scale: u64| -> Option<u64> {
        if digits.is_empty() {
            return Some(0);
        }
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut value = whole.parse::<u64>().ok()?.checked_mul(scale)?;
        let mut unit = scale;
        for d in frac.bytes() {
            if !unit.is_multiple_of(10) {
                return None;
            }
            unit /= 10;
            value = value.checked_add(u64::from(d - b'0') * unit)?;
        }
        Some(value)
    };
    scaled(man, 10_000)?
        .checked_add(scaled(sen, 1_000)?)?
        .checked_add(scaled(rest, 1)?)
}

/// The counter unit `text` starts with (after white space), as (bytes to its end, unit).
fn unit_at(text: &str) -> Option<(usize, &'static str)> {
    let rest = text.trim_start();
    UNITS
        .iter()
        .find(|u| rest.starts_with(**u))
        .map(|u| (text.len() - rest.len() + u.len(), *u))
}

/// The text after a range mark (`~`, `〜`) that `text` starts with, if a digit follows.
fn range_mark(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('~').or_else(|| text.strip_prefix('〜'))?;
    let rest = rest.trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then_some(rest)
}

/// One line of a paragraph, cleaned, with its source line.
#[derive(Debug, Clone, Copy)]
pub struct Span<'a> {
    /// Source line.
    pub line: usize,
    /// Cleaned text.
    pub text: &'a str,
}

/// The lines of a block's body as spans.
pub fn spans(items: &[crate::block::Item]) -> Vec<Span<'_>> {
    items
        .iter()
        .map(|i| Span {
            line: i.line,
            text: &i.text,
        })
        .collect()
}

/// True when the cleaned `text` holds at least one counted figure.
pub fn has_count(text: &str) -> bool {
    counts(text).any(|(start, end, _, _)| !excluded(text, start, end))
}

/// Characters that end a label when scanning away from the number.
fn is_delim(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '、' | '。'
                | ','
                | '，'
                | ':'
                | ';'
                | '；'
                | '('
                | ')'
                | '「'
                | '」'
                | '『'
                | '』'
                | '['
                | ']'
                | '【'
                | '】'
                | '◆'
                | '◇'
                | '●'
                | '○'
                | '■'
                | '□'
                | '・'
                | '※'
                | '/'
                | '／'
                | '<'
                | '>'
                | '〈'
                | '〉'
                | '《'
                | '》'
                | '≪'
                | '≫'
                | '~'
                | '～'
                | '→'
                | '⇒'
        )
}

/// Inside 「…」 or 『…』, or an ordinal, or not a count at all.
fn excluded(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    if in_quotes(before) {
        return true;
    }
    if before.ends_with('第') {
        return true;
    }
    let after = &text[end..];
    if after.starts_with('目') || after.starts_with("以内") || after.starts_with('分') {
        return true;
    }
    // `前年度比10名増`: a change between years, not a count; so is a signed
    // difference (`前年度比+15人`, `前年比▲3件`), which counts nobody.
    if after.starts_with(['増', '減']) || before.ends_with(['+', '▲', '△']) {
        return true;
    }
    if (after.starts_with('中') || before.ends_with('中'))
        && out_of_ten(before, &text[start..end], after)
    {
        return true;
    }
    // `延べ120人日`: person-days, a volume of work, not people.
    if after.starts_with('日') && text[..end].ends_with('人') && !after[3..].starts_with('曜') {
        return true;
    }
    // `1人あたり`, `2名ずつ`, `1人ひとり`, `1人暮らし`, `3人1組`: a rate, a group
    // size or a word, and the `1組` of `3人1組`.
    if regex!(r"^(ずつ|あたり|当たり|につき|ひとり|暮らし|単位|[0-9]+組)").is_match(after)
        || &text[start..end] == "1組" && regex!(r"[0-9]\s*[人名]$").is_match(before)
    {
        return true;
    }
    // `1人あたり3社`, `1社あたり平均2名`: a figure per person is a rate; one
    // per session or day is the scale (`1日あたり平均50人が利用`).
    let per = before.trim_end();
    let per = per.strip_suffix("平均").map_or(per, str::trim_end);
    if let Some(w) = ["あたり", "当たり", "につき"]
        .iter()
        .find(|w| per.ends_with(**w))
    {
        let unit = per[..per.len() - w.len()].trim_end();
        return !(unit.ends_with('回') || unit.ends_with('日') || unit.ends_with("会場"));
    }
    // `従業員50人以上の企業`: a size class of employers, not a count.
    if regex!(r"^(以上|以下|未満|超|規模)の?(中小)?(企業|事業所|事業主|会社)").is_match(after)
        || workforce_bound(before, after)
    {
        return true;
    }
    // `(1社3分程度)`, `1ブース30分`: one of a unit with a measure right after
    // it is the measure per unit, not a count of one.
    if after.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && regex!(r"^[1１][^0-9０-９,，]").is_match(&text[start..end])
    {
        return true;
    }
    in_a_name(after)
}

/// `10人中8人が…`, `100人中72人`: so many out of ten or a hundred, with no
/// noun before the whole, is a proportion, as a percentage is; neither figure
/// counts anyone (`受講者12名中10名` does).
fn out_of_ten(before: &str, figure: &str, after: &str) -> bool {
    let whole = |figure: &str, before: &str| {
        regex!(r"^(10|100)\s*[人名]$").is_match(figure)
            && before
                .chars()
                .next_back()
                .is_none_or(|c| is_delim(c) || is_hiragana(c))
    };
    if let Some(part) = after.strip_prefix('中') {
        return part.starts_with(|c: char| c.is_ascii_digit()) && whole(figure, before);
    }
    let Some(b) = before.strip_suffix('中') else {
        return false;
    };
    let from = b.trim_end_matches(['人', '名']).trim_end();
    let digits = from.trim_end_matches(|c: char| c.is_ascii_digit());
    from.len() > digits.len() && whole(&b[digits.len()..], digits)
}

/// `常時雇用する労働者300人以下`, `従業員が301人以上の`, `従業員30人未満`: a bound
/// on the workforce names the size class of employers, not people counted.
fn workforce_bound(before: &str, after: &str) -> bool {
    if !after.starts_with(['以', '未', '超']) {
        return false;
    }
    let bound = ["以上", "以下", "未満", "超"]
        .iter()
        .any(|w| after.starts_with(w));
    let staff = before
        .trim_end()
        .trim_end_matches(['が', 'は', 'の'])
        .trim_end_matches("数");
    bound
        && ["労働者", "従業員", "社員", "雇用者", "職員"]
            .iter()
            .any(|w| staff.ends_with(w))
}

/// More 「『 than 」』 in `text`: what follows is inside a quotation.
fn in_quotes(text: &str) -> bool {
    // 「 」 『 』 are E3 80 8C, 8D, 8E, 8F in UTF-8: their last bytes are found
    // by memchr, not by decoding every character.
    let bytes = text.as_bytes();
    let count = |a: u8, b: u8| {
        memchr::memchr2_iter(a, b, bytes)
            .filter(|&i| i >= 2 && bytes[i - 2..i] == [0xE3, 0x80])
            .count()
    };
    count(0x8C, 0x8E) > count(0x8D, 0x8F)
}

/// Words that end the name of a programme or campaign.
const NAME_ENDS: [&str; 8] = [
    "事業",
    "プロジェクト",
    "プラン",
    "計画",
    "作戦",
    "運動",
    "キャンペーン",
    "構想",
];

/// The figure is part of a name: the word glued to it (no particle, no
/// punctuation) ends like a programme's name (`新規就労500人サポート事業`,
/// `若者1000人就職応援プロジェクト`).
fn in_a_name(after: &str) -> bool {
    let end = after
        .char_indices()
        .find(|&(_, c)| is_delim(c) || is_hiragana(c))
        .map_or(after.len(), |(i, _)| i);
    let word = &after[..end];
    word.chars().count() <= 20 && NAME_ENDS.iter().any(|n| word.ends_with(n))
}

/// Every fiscal year written as …年度 in `text`, left to right, as (byte range,
/// western year): 平成25年度 → 2013, 令和元年度 → 2019, the abbreviated eras of
/// government text H27年度 → 2015, R2年度 → 2020, S60年度 → 1985 (full-width
/// letters are ASCII once cleaned), and 2019年度. An era letter right after
/// another ASCII letter (`HW27年度`) is part of a word, not an era; a bare
/// number below 1900 (`27年度`) names no year.
fn fiscal_years(text: &str) -> impl Iterator<Item = (usize, usize, i32)> + '_ {
    let re = regex!(r"(平成|令和|昭和|[HRS])?\s*([0-9]{1,4}|元)\s*年度");
    let years = text.contains("年度").then(|| re.captures_iter(text));
    years.into_iter().flatten().filter_map(|c| {
        let n: i32 = if &c[2] == "元" {
            1
        } else {
            c[2].parse().ok()?
        };
        let whole = c.get(0).expect("match");
        let in_word = text[..whole.start()]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_alphabetic());
        let year = match c.get(1).map(|m| m.as_str()) {
            Some("平成") => 1988 + n,
            Some("令和") => 2018 + n,
            Some("昭和") => 1925 + n,
            Some("H") if !in_word => 1988 + n,
            Some("R") if !in_word => 2018 + n,
            Some("S") if !in_word => 1925 + n,
            _ if n >= 1900 => n,
            _ => return None,
        };
        Some((whole.start(), whole.end(), year))
    })
}

/// The western year of an era year (`平成`, `H` … or none for a western year).
fn western(era: &str, n: &str) -> Option<i32> {
    let n: i32 = if n == "元" { 1 } else { n.parse().ok()? };
    match era {
        "平成" | "H" => Some(1988 + n),
        "令和" | "R" => Some(2018 + n),
        "昭和" | "S" => Some(1925 + n),
        _ if n >= 1900 => Some(n),
        _ => None,
    }
}

/// Every year stated in `text`, left to right, as (byte range, fiscal year): the
/// …年度 of [`fiscal_years`], a whole fiscal year written as its twelve months
/// (`平成26年4月~平成27年3月`, `H26.4~H27.3` → 2014), and a span of fiscal years
/// (`H26年度~H28年度`), which is no single year (`None`).
fn stated_years(text: &str) -> Vec<(usize, usize, Option<i32>)> {
    let mut years: Vec<(usize, usize, Option<i32>)> = Vec::new();
    for (start, end, year) in fiscal_years(text) {
        match years.last_mut() {
            Some(last) if regex!(r"^\s*([~〜]|から)\s*$").is_match(&text[last.1..start]) => {
                *last = (last.0, end, None);
            }
            _ => years.push((start, end, Some(year))),
        }
    }
    if text.contains('~') || text.contains('〜') {
        let twelve_months = regex!(
            r"(平成|令和|昭和|[HRS])?\s*([0-9]{1,4}|元)\s*(?:年|\.)\s*0?4\s*(?:月(?:\s*[0-9]{1,2}\s*日)?)?\s*[~〜]\s*(平成|令和|昭和|[HRS])?\s*([0-9]{1,4}|元)\s*(?:年|\.)\s*0?3(?:\s*月(?:\s*[0-9]{1,2}\s*日)?)?"
        );
        for c in twelve_months.captures_iter(text) {
            let era = |i: usize| c.get(i).map_or("", |m| m.as_str());
            let (Some(from), Some(to)) = (western(era(1), &c[2]), western(era(3), &c[4])) else {
                continue;
            };
            let whole = c.get(0).expect("match");
            if to == from + 1 {
                years.push((whole.start(), whole.end(), Some(from)));
            }
        }
        years.sort_by_key(|y| y.0);
    }
    years
}

/// The fiscal year a line states as a caption of the lines below it: the line
/// is a year and at most a short word, no figure (`平成26年度実績`,
/// `【令和元年度】`, `H30年度の状況`).
pub fn year_caption(line: &str) -> Option<i32> {
    if line.len() > 60 || !line.contains("年度") {
        return None;
    }
    let years = stated_years(line);
    let [(start, end, Some(year))] = years[..] else {
        return None;
    };
    let rest: String = [&line[..start], &line[end..]]
        .concat()
        .chars()
        .filter(|c| c.is_alphanumeric() && !is_delim(*c))
        .collect();
    // `R3年度 42 9 7`: a row of a table, its figures bare, is no caption.
    let short = rest.chars().count() <= 5
        && !rest.contains(|c: char| c.is_ascii_digit())
        && !has_count(line);
    short.then_some(year)
}

/// The fiscal year of the figure at `start..end` of its `line`: one stated in
/// brackets right after it (`24名(平成25年度)`), else the last one before it on
/// the line (`H30年度 150名、R元年度 210名`), else the first one after it.
fn fiscal_year_of(line: &str, start: usize, end: usize) -> Option<i32> {
    let after = &line[end..];
    let bracket = after.trim_start().strip_prefix('(').map(|inner| {
        let close = inner.find(')').unwrap_or(inner.len());
        &inner[..close]
    });
    bracket
        .and_then(|b| stated_years(b).first().copied())
        .or_else(|| stated_years(&line[..start]).last().copied())
        .or_else(|| stated_years(after).first().copied())
        .and_then(|(_, _, y)| y)
}

/// Find the metrics of one paragraph (its lines in order; labels may wrap across lines).
pub fn find(spans: &[Span<'_>]) -> Vec<Metric> {
    let mut joined = String::with_capacity(spans.iter().map(|s| s.text.len()).sum());
    let mut starts = Vec::with_capacity(spans.len());
    for s in spans {
        starts.push(joined.len());
        joined.push_str(s.text);
    }
    let line_at =
        |offset: usize| -> usize { starts.partition_point(|&s| s <= offset).saturating_sub(1) };
    let mut out: Vec<Metric> = Vec::new();
    let mut prev_end = 0usize;
    let mut prev_label: Option<String> = None;
    let mut prev_outer_label: Option<String> = None;
    let mut prev_outer_tallied = false;
    let mut prev_breakdown = false;
    let mut prev_outer_unit: Option<&'static str> = None;
    let mut prev_outer_qualifier: Option<String> = None;
    let rows = table_rows(spans);
    // `平成26年度実績` over the figures: their year, when their lines state none.
    let own_captions: Vec<Option<i32>> = spans.iter().map(|s| year_caption(s.text)).collect();
    let mut caption = None;
    let captions: Vec<Option<i32>> = own_captions
        .iter()
        .map(|own| {
            let above = caption;
            caption = own.or(caption);
            above
        })
        .collect();
    let mut slash: Option<(Vec<String>, usize)> = None;
    // Which of `out` are a rate's terms in brackets ([`rate_fraction`]).
    let mut rate_terms: Vec<bool> = Vec::new();
    // Most paragraphs hold no count in kanji: the clauses after their figures
    // are then searched for digits only.
    let in_kanji = next_kanji_count(&joined, 0, joined.len()).is_some();
    let counts: Vec<(usize, usize, u64, &'static str)> = counts_read(&joined, in_kanji).collect();
    let parts_of = parts_of_heads(&joined, &counts);
    let mut count_labels: Vec<Option<String>> = vec![None; counts.len()];
    let mut kind_list: Option<String> = None;
    for (count_i, &(start, end, value, unit)) in counts.iter().enumerate() {
        let span_i = line_at(start);
        let line_start = starts[span_i];
        // What follows the unit (`人目`, `名増`, `人日`) is read on its own line:
        // a count that ends a line is no ordinal of the word opening the next.
        let line_end = starts.get(span_i + 1).copied().unwrap_or(joined.len());
        if excluded(&joined[..line_end.max(end)], start, end) {
            continue;
        }
        let unit_read = unit;
        let unit = unit.to_string();
        let mut of_parent = false;
        // The label may wrap from the line before, but not past the previous
        // figure, nor from a year caption, nor onto a record that begins its
        // line with a label of its own (`来場者 延べ380人` under `…を開催`).
        let caption_above = span_i > 0
            && (own_captions[span_i - 1].is_some() || heading_of(spans[span_i - 1].text).is_some());
        let record = regex!(r"^[^\s、。]+\s+(?:延べ|のべ|約|計|合計)?\s*$");
        // A table's cell takes no words from the lines above it.
        let own_line = caption_above
            || rows[span_i].is_some()
            || record.is_match(&joined[line_start..start])
            || span_i > 0
                && heads_the_line_below(spans, span_i - 1)
                && names_a_noun(&joined[line_start..start]);
        let floor = if own_line { line_start } else { 0 };
        let before = &joined[prev_end.max(floor).min(start)..start];
        // The clause after may wrap to the next line, but a bullet there opens a new item.
        let bullet_next = end <= line_end && starts_with_bullet(&joined[line_end..]);
        let mut after = clause_after(
            &joined[end..if bullet_next { line_end } else { joined.len() }],
            in_kanji,
        );
        // Nor does it run on to the next line's own figure or record
        // (`参加者52名` over `うち就職9名`): what is cut there, by a gap or a
        // figure, not by punctuation, is the next line's.
        let from = after.as_ptr() as usize - joined.as_ptr() as usize;
        if from <= line_end && from + after.len() > line_end {
            let stop = &joined[from + after.len()..];
            if !stop.is_empty() && !stop.starts_with(CLAUSE_ENDS) {
                after = &after[..line_end - from];
            }
        }
        let after = APPROXIMATELY
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);

        let sub_group = in_uchi_group(&joined[..start]);
        // `受講希望者30名(欠席者3名)`: a count in brackets right after another one.
        let bracketed = !sub_group
            && prev_end > 0
            && joined[prev_end..start].starts_with('(')
            && !joined[prev_end..start].contains(')');
        let earlier = bracketed
            .then(|| earlier_time(&joined[prev_end..start]))
            .flatten();
        let (mut label, mut qualifier, note, modifier) = label_before(before);
        let label_read = label.clone();
        // `面接会を経て 27名が採用内定`: a verb before the figure names nothing
        // counted; the noun after it does. Nor does where the figure came from
        // (`参加企業から180件の求人`, `ハローワークから30名を紹介`).
        // Nor does a comparison or a share (`目標の30社を上回る35社`,
        // `就職者の7割にあたる21名`).
        if is_verb_form(&label)
            || label.ends_with("から")
            || ends_with_comparison(&label)
            || is_share(&label)
        {
            label.clear();
        }
        // `4~6月 2人、7~9月 5人` over `計7人`: the total after a list's parts
        // is one more part of it, named as printed.
        if prev_breakdown && label.is_empty() && qualifier.is_none() {
            if let Some(total) = ["計", "合計"].into_iter().find(|w| before.trim() == *w) {
                label = total.to_string();
            }
        }
        let mut label_precedes = !label.is_empty();
        // `就職者のうち6名が…、残る3名は…`: the rest of the count the figure
        // before was a part of.
        if matches!(label.as_str(), "残る" | "残り") && prev_end > 0 {
            let whole = prev_outer_qualifier
                .as_deref()
                .and_then(|q| q.strip_suffix("のうち"))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .or_else(|| prev_outer_label.clone());
            if let Some(whole) = whole {
                label = whole;
                qualifier = Some("うち残り".to_string());
                label_precedes = true;
            }
        }
        // `参加者数:男性10名、女性5名`, `就職者数 目標100名 実績120名`: a word that
        // splits the count qualifies the label printed before the list.
        // `参加者20名中15名`: 中 after a count opens its part, as うち does.
        if label == "中" && prev_end > 0 {
            label.clear();
            qualifier = Some("うち".to_string());
            label_precedes = false;
        }
        // `前年度(延べ40名)`: a tallied part is a part too; `第1回セミナー 28名`:
        // so is a session named by its event.
        let tally = qualifier.as_deref() == Some("延べ");
        let breakdown = (qualifier.is_none() || tally)
            && !sub_group
            && (is_part(&label) || is_session_event(&label));
        let mut listed = false;
        if breakdown {
            let heading = bare_before(before)
                .strip_suffix(label.as_str())
                .unwrap_or("")
                .trim_end();
            // `就職者数は目標70人に対し実績80人`: the goal's list goes on.
            // `参加者数は、第1回20名`: a topic before the comma heads the list.
            let continues = heading.is_empty()
                || heading.ends_with('・')
                || heading.ends_with('、') && !heading.ends_with("は、")
                || heading.ends_with("に対し")
                || heading.ends_with("に対して");
            let above = if continues {
                String::new()
            } else {
                // `就職者の内訳:男性50人`: the parts are of 就職者.
                let above = label_before(heading.trim_end_matches('、')).0;
                let above = above.strip_suffix("内訳").unwrap_or(&above);
                above.strip_suffix('の').unwrap_or(above).to_string()
            };
            let list_label = if !above.is_empty() && !is_part(&above) {
                Some(above)
            } else if continues && prev_breakdown {
                prev_label.clone()
            } else if bracketed {
                // `就職者数 3名(前年度 1名)`: a part of the figure before the bracket.
                prev_outer_label.clone()
            } else if heading.is_empty()
                && span_i > 0
                && joined[line_start..start].trim() == before.trim()
            {
                // A list that opens its line: the parts of the total right above
                // (`◆修了者 計30人` over `第1期 12人、第2期 18人`), or of the
                // head on a line above.
                let total_above = prev_end
                    > line_start.saturating_sub(spans[span_i - 1].text.len())
                    && prev_end <= line_start
                    && prev_outer_qualifier.is_none();
                match total_above {
                    true => prev_outer_label.clone(),
                    false => list_head_above(&spans[..span_i]),
                }
            } else {
                None
            }
            .filter(|l| !l.is_empty());
            let part = std::mem::take(&mut label);
            qualifier = Some(match tally {
                true => format!("{part} 延べ"),
                false => part,
            });
            if let Some(l) = list_label {
                label = l;
                listed = true;
            } else if qualifier.as_deref().is_some_and(is_partition) {
                // A venue or a month with no head to its list names the figure.
                label = qualifier.take().unwrap_or_default();
            } else if qualifier
                .as_deref()
                .is_some_and(|q| q == "目標" || q == "実績")
            {
                // `目標100名`: with nothing before, the goal is its own label.
                label = qualifier.take().unwrap_or_default();
            }
            label_precedes = !label.is_empty();
        }
        // `参加者数/就職者数:25名/10名`: labels and figures paired in order.
        match slash.as_mut() {
            Some((labels, k)) if before.trim() == "/" && *k + 1 < labels.len() => {
                *k += 1;
                label = labels[*k].clone();
                label_precedes = true;
            }
            _ => {
                slash = slash_labels(before).map(|labels| (labels, 0));
                if let Some((labels, _)) = &slash {
                    label = labels[0].clone();
                    label_precedes = true;
                }
            }
        }
        // `参加者数 就職者数` over `25名 10名`: a flattened table's column header.
        let cell = rows[span_i]
            .as_ref()
            .and_then(|row| row.header_of(start - line_start));
        if let Some((header, part, row_label)) = cell {
            // `5月 6月 計` over `12人 9人 21人`: a part's column counts the head.
            let head = rows[span_i].as_ref().and_then(|r| r.head.as_deref());
            label = head.unwrap_or(header).to_string();
            label_precedes = true;
            // A row label that is a fiscal year (`H30年度`) gives the figure's year
            // instead; a tally (`延べ38社`) and a sub-count column (`うち正社員`) stay.
            let tally = qualifier.as_deref() == Some("延べ");
            let row = row_label.filter(|l| fiscal_years(l).next().is_none());
            // A row named by a part (`東会場(5月)`) is named whole.
            if qualifier.is_none() || tally || breakdown && row.is_some() {
                let words: Vec<&str> = [tally.then_some("延べ"), row, head.and(Some(header)), part]
                    .into_iter()
                    .flatten()
                    .collect();
                qualifier = (!words.is_empty()).then(|| words.join(" "));
            }
        } else if !label_precedes && prev_end > 0 && before.trim().is_empty() {
            // `親子20組40名`: one group counted in two units, under one label;
            // `天神会場 12社30名`: and in the same part of a list.
            label = prev_label.clone().unwrap_or_default();
            if prev_breakdown && qualifier.is_none() {
                qualifier.clone_from(&prev_outer_qualifier);
                listed = true;
            }
        } else if !label_precedes || place_before(before, after) {
            let noun = label_after(after);
            if !noun.is_empty() {
                label = noun;
                label_precedes = false;
            }
        }
        let session = session_of(&joined[line_start..start]);
        // `面接会では、5件の求人…`: the topic of the sentence qualifies its figures.
        if qualifier.is_none() && !sub_group {
            let line_before = &joined[line_start..start];
            qualifier = line_before
                .contains("では")
                .then(|| regex!(r"([^\s、。◆・:]+)では、?").captures(line_before))
                .flatten()
                .map(|c| c[1].to_string());
        }
        if sub_group {
            // `(うち託児希望23名・子23名)`: the first names the part of the parent
            // count, the next ones are counts of their own within it.
            let parent = prev_outer_label.clone().unwrap_or_default();
            let own = label.trim_start_matches("うち").to_string();
            let employed =
                |l: &str| categorize(l, None, None, "", &unit) == MetricCategory::Employed;
            if before.contains("うち") && employed(&own) && !employed(&parent) {
                // `支援対象者数150名(うち就職者数98名)`: an outcome is a count of
                // its own, as it is without the brackets.
                label = own;
                qualifier = Some(format!("{parent}のうち"));
            } else if before.contains("うち")
                // `(うち男性12名、女性8名)`: parts listed with 、 are parts alike.
                || before.starts_with('、') && (is_part(&own) || names_people(&own))
            {
                // `延べ114人(うち生徒78人)`: a part of a tally is tallied too.
                let tally = if prev_outer_tallied { "延べ " } else { "" };
                // `(うち管内での就職79名)`: the part is named whole, with the
                // words the counted noun took off it.
                let part = match label == label_read {
                    true => format!("{modifier}{own}"),
                    false => own,
                };
                label = parent;
                qualifier = Some(format!("{tally}うち{part}"));
            } else {
                qualifier = Some(parent);
                of_parent = true;
            }
        } else if let Some(then) = earlier {
            // `参加企業は約50社(前年度:各市町単独開催 計32社)`: the same count
            // at another time, in brackets after it.
            label = prev_outer_label.clone().unwrap_or_default();
            qualifier = Some(then.to_string());
        } else if qualifier
            .as_deref()
            .is_some_and(|q| matches!(q, "うち" | "のうち" | "の内" | "そのうち" | "このうち"))
        {
            // `農業法人等19社、…関係者27名が参加し、うち8社が…`: the whole is the
            // count before in the figure's unit, when the one right before is not.
            let whole = match prev_outer_unit {
                Some(u) if !counted_alike(u, unit_read) => out
                    .iter()
                    .rev()
                    .find(|m| {
                        counted_alike(&m.unit, unit_read)
                            && !m.qualifier.as_deref().is_some_and(|q| q.contains("うち"))
                    })
                    .map(|m| m.label.clone())
                    .or_else(|| prev_outer_label.clone()),
                _ => prev_outer_label.clone(),
            };
            qualifier = whole.map(|p| format!("{p}のうち"));
        } else if bracketed && matches!(label.as_str(), "実人数" | "実人員" | "実数") {
            // `来場者延べ380人(実人数210人)`: the same people counted once each.
            qualifier = Some(std::mem::replace(
                &mut label,
                prev_outer_label.clone().unwrap_or_default(),
            ));
        } else if bracketed
            && qualifier.is_none()
            && (prev_outer_unit.is_some_and(|u| counted_alike(u, &unit))
                || !prev_outer_label.as_deref().is_some_and(counts_people))
        {
            // `受講希望者30名(欠席者3名)`: people among those counted before;
            // `職場体験 延べ22名(受入企業9社)`: the companies of the activity
            // before. A count in another unit is none of the people counted
            // before it (`参加者20名(協力事業所8社)`).
            qualifier = prev_outer_label.clone();
            of_parent = true;
        }
        // `うち26社が…を雇い入れ、11社は…`: a figure with no noun of its own
        // that goes on the sentence after a part of a whole, in its unit, is a
        // part of it too (`…のうち11社が求人を提出し、7名の雇用`: people are no
        // part of companies).
        if qualifier.is_none()
            && !sub_group
            && !bracketed
            && cell.is_none()
            && label_read.is_empty()
            && bare_before(before).ends_with('、')
            && !before.contains('。')
            && prev_outer_unit.is_some_and(|u| counted_alike(u, unit_read))
        {
            qualifier = prev_outer_qualifier
                .clone()
                .filter(|q| q.ends_with("のうち"));
        }
        // `協力事業所のうち3社が体験者を直接雇用`: a part of a whole of companies
        // whose verb acts on an object of its own counts companies, not the act:
        // the label is the whole's noun.
        if unit == "社" && !label_precedes && cell.is_none() {
            let whole = qualifier.as_deref().and_then(|q| q.strip_suffix("のうち"));
            let acts = !label.is_empty()
                && after
                    .find(label.as_str())
                    .is_some_and(|i| after[..i].contains('を'));
            if let Some(noun) = whole.map(trailing_noun).filter(|n| acts && !n.is_empty()) {
                label = noun.to_string();
            }
        }

        // `受入企業 6社(製造業4社、建設業2社)`: parts that add up to the figure
        // before them count what it counts; each part's word qualifies them.
        if let Some(head) = parts_of[count_i].and_then(|h| count_labels[h].clone()) {
            if !label_read.is_empty() && !head.is_empty() {
                qualifier = Some(label_read.clone());
                label = head;
                label_precedes = true;
                of_parent = false;
            }
        }
        // `参加企業の内訳:製造業8社、建設業4社`: a list of kinds under a heading
        // that names what they count; the list goes on with 、.
        let kinds_go_on = bare_before(before).starts_with('、');
        let heading = bare_before(before)
            .strip_suffix(label_read.as_str())
            .unwrap_or("")
            .trim_end();
        let head = match (kinds_of(heading), kind_list.take()) {
            (Some(head), _) => Some(head),
            (None, Some(head)) if kinds_go_on => Some(head),
            _ => None,
        };
        if let Some(head) = head.filter(|_| !sub_group && !bracketed && !label_read.is_empty()) {
            qualifier = Some(label_read.clone());
            label.clone_from(&head);
            label_precedes = true;
            kind_list = Some(head);
        }
        if label.is_empty() {
            // A line of years and figures under a heading that names the count.
            let heading = fiscal_years(&joined[line_start..start])
                .next()
                .and_then(|_| count_heading_above(&spans[..span_i]));
            label = heading
                .or_else(|| quoted_name_before(before))
                .or_else(|| prev_label.clone())
                .unwrap_or_default();
        } else if label_precedes && regex!(r"(いる|ある|した|する)$").is_match(&label) {
            label.push_str(&unit);
        }
        // `受講あっせん件数210件(令和元年度162件)`: a count is not qualified by its
        // own label.
        if qualifier.as_deref() == Some(label.as_str()) {
            qualifier = None;
        }
        // A session already in the qualifier (a row labelled `第1回`) is said once;
        // on a session's line the session, not the count before the bracket,
        // qualifies a count of its own (`参加者18名(託児8人)`).
        let mut qualifier = match (session, qualifier) {
            (Some(s), Some(q)) if q.split(' ').any(|w| w.starts_with(s.as_str())) => Some(q),
            (Some(s), Some(_)) if of_parent => Some(s),
            (Some(s), Some(q)) => Some(format!("{s} {q}")),
            (Some(s), None) => Some(s),
            (None, q) => q,
        }
        .filter(|q| !q.is_empty());
        // `参加企業の担当者`: the modifier dropped from the label still tells its kind.
        let named = match modifier.is_empty() || label != label_read {
            true => label.clone(),
            false => format!("{modifier}{label}"),
        };
        let mut category = categorize(&named, qualifier.as_deref(), note.as_deref(), after, &unit);
        // `就職率48.5%(32人/66人)`: the counts a rate is taken of, named by the
        // rate; the first is those the rate counts, the second all it is taken of.
        let rate_term = rate_fraction(&joined[line_start..start]);
        if let Some((rate, whole)) = rate_term {
            // `修了者の就職率 40%(10人/25人)`: the rate names the whole it is
            // taken of (修了者) and what the part did (就職).
            let (of, part) = match rate.rsplit_once('の') {
                Some((of, part))
                    if !of.is_empty()
                        && part.len() > '率'.len_utf8()
                        && !is_part(of)
                        && fiscal_years(of).next().is_none() =>
                {
                    (Some(of), part.strip_suffix('率').unwrap_or(part))
                }
                _ => (None, rate),
            };
            (label, qualifier) = match (of, whole) {
                (Some(of), true) => (of.to_string(), None),
                (Some(of), false) => (part.to_string(), Some(format!("{of}のうち"))),
                (None, true) => (rate.to_string(), Some("分母".to_string())),
                (None, false) => (rate.to_string(), None),
            };
            category = if whole {
                MetricCategory::Other
            } else {
                categorize(part, None, None, "", &unit)
            };
        }
        // `学生320名、企業65社が参加した`: the parts of a list share its verb.
        if category == MetricCategory::Other && after.is_empty() {
            if let Some(verb) = shared_verb(&joined[end..]) {
                category = categorize(&label, qualifier.as_deref(), note.as_deref(), verb, &unit);
            }
        }
        let fy = fiscal_year_of(
            &joined[line_start..line_end],
            start - line_start,
            end.min(line_end) - line_start,
        )
        .or_else(|| {
            // A row named by its year on a line of its own (`R3年度` / `21社`).
            cell.and_then(|(_, _, row)| row)
                .and_then(|row| fiscal_years(row).next())
                .map(|y| y.2)
        })
        .or_else(|| cell.and(rows[span_i].as_ref()).and_then(|r| r.caption_year))
        .or(captions[span_i]);
        let metric = Metric {
            label: label.clone(),
            value,
            unit,
            category,
            qualifier,
            fiscal_year: fy,
            line: spans[span_i].line,
            text: spans[span_i].text.to_string(),
        };
        // A rate's terms restate counts; the count a うち after them is of stands before.
        if !sub_group && !bracketed && rate_term.is_none() {
            prev_outer_label = Some(label.clone());
            prev_outer_unit = Some(unit_read);
            prev_outer_qualifier.clone_from(&metric.qualifier);
            prev_outer_tallied = metric
                .qualifier
                .as_deref()
                .is_some_and(|q| q.starts_with("延べ"));
        }
        prev_breakdown = listed;
        count_labels[count_i] = Some(label.clone());
        prev_label = Some(label);
        prev_end = end;
        let duplicate = out.iter().any(|o| {
            o.value == metric.value
                && o.unit == metric.unit
                && o.label == metric.label
                && o.qualifier == metric.qualifier
        });
        if !duplicate {
            out.push(metric);
            rate_terms.push(rate_term.is_some());
        }
    }
    // `再就職者 49人(再就職率61.3%(49人/80人))` under `受講者 80人`: a rate's
    // terms restate counts printed on their own on the line or the lines
    // around; they are those counts, not others.
    let restated: Vec<bool> = out
        .iter()
        .zip(&rate_terms)
        .map(|(m, &term)| {
            term && out.iter().zip(&rate_terms).any(|(o, &t)| {
                !t && o.value == m.value
                    && counted_alike(&o.unit, &m.unit)
                    && o.line.abs_diff(m.line) <= 2
            })
        })
        .collect();
    let mut restated = restated.into_iter();
    out.retain(|_| !restated.next().unwrap_or(false));
    // `男性10名、女性5名が参加`: the list's noun follows its last part.
    let split = |m: &Metric| m.qualifier.as_deref().is_some_and(is_part);
    for i in (0..out.len().saturating_sub(1)).rev() {
        if out[i].label.is_empty() && split(&out[i]) && split(&out[i + 1]) {
            out[i].label = out[i + 1].label.clone();
            out[i].category = out[i + 1].category;
        }
    }
    // `20代15名、30代10名`: nothing names what is split; the part is the label
    // (but a time, `前年度`, names nothing counted).
    for m in out.iter_mut().filter(|m| m.label.is_empty()) {
        if let Some(part) = m.qualifier.take_if(|q| is_part(q) && !is_time(q)) {
            m.label = part;
        }
    }
    let bare = bare_cell_figures(spans, &rows, &captions);
    if !bare.is_empty() {
        out.extend(bare);
        out.sort_by_key(|m| m.line);
    }
    out
}

/// `■親子工場見学会` over `親子20組が参加`: a short line that opens with a
/// mark and holds no figure nor sentence heads the lines below it (the event
/// they report on); it ends in a noun, not as a phrase that wraps on
/// (`◆ 新たに障害者を雇用した` over `企業 7社`), and is shorter than the
/// paragraph's widest line, which a wrapped line fills.
fn heads_the_line_below(spans: &[Span<'_>], i: usize) -> bool {
    let text = spans[i].text.trim_end();
    let widest = spans.iter().map(|s| s.text.chars().count()).max();
    starts_with_bullet(text)
        && !text.contains('。')
        && !text.ends_with(|c: char| is_hiragana(c) || c == '、')
        && !has_count(text)
        && widest.is_some_and(|w| text.chars().count() < w)
}

/// The words before a figure on its own line name what it counts (`親子`,
/// `定員`), not only a part or a session of a count named above (`第1回(9月)`).
fn names_a_noun(before: &str) -> bool {
    let label = label_before(before).0;
    !label.is_empty() && !is_part(&label) && session_end(&label).is_none()
}

/// The figures printed bare in a table's cells under a column header that
/// prints their unit (`参加企業数(社) 来場者数(人)` over `第1回 12 48`): one
/// metric a cell, named by its column, qualified by the row's name (a
/// session, a venue); a row named by a fiscal year (`R3年度 42 9`) gives the
/// figures their year instead.
fn bare_cell_figures(
    spans: &[Span<'_>],
    rows: &[Option<Row<'_>>],
    captions: &[Option<i32>],
) -> Vec<Metric> {
    let mut found = Vec::new();
    for (i, (span, row)) in spans.iter().zip(rows).enumerate() {
        let Some(row) = row.as_ref().filter(|r| r.units.iter().any(Option::is_some)) else {
            continue;
        };
        for &(a, b, column) in &row.cells {
            let cell = &span.text[a..b];
            let (Some(unit), true) = (row.units[column], is_bare_figure(cell)) else {
                continue;
            };
            let (Some(value), Some((header, part, row_name))) = (value_of(cell), row.header_of(a))
            else {
                continue;
            };
            let row_name = row_name
                .filter(|l| fiscal_years(l).next().is_none())
                .map(session_row_name);
            let words: Vec<&str> = [row_name, part].into_iter().flatten().collect();
            let qualifier = (!words.is_empty()).then(|| words.join(" "));
            found.push(Metric {
                label: header.to_string(),
                value,
                unit: unit.to_string(),
                category: categorize(header, qualifier.as_deref(), None, "", unit),
                qualifier,
                fiscal_year: fiscal_year_of(span.text, a, b)
                    .or(row.caption_year)
                    .or(captions[i]),
                line: span.line,
                text: span.text.to_string(),
            });
        }
    }
    found
}

/// `登録者28人のうち、…19人`, `支援した28人の状況`, `目標の100人には届かなかった`:
/// a figure that takes the whole a part is split from, whose state is reported
/// or which a goal names refers back to a figure already given; printed
/// beside the figure in `text`.
fn refers_back(m: &Metric) -> bool {
    let figure = format!("{}{}", m.value, m.unit);
    m.text.match_indices(&figure).any(|(at, _)| {
        let before = &m.text[..at];
        let after = &m.text[at + figure.len()..];
        let after = after.strip_prefix('の').unwrap_or(after);
        let digit_before = before.ends_with(|c: char| c.is_ascii_digit() || c == ',');
        !digit_before
            && (["うち", "内訳", "状況"]
                .iter()
                .any(|w| after.starts_with(w))
                || before.ends_with("目標の"))
    })
}

/// A part that is a group of its own (`第2回`, `女性`, `30代`), unlike the goal
/// or the outcome a figure is set against (`目標`, `実績`).
fn is_own_group(label: &str) -> bool {
    is_part(label) && !matches!(label, "目標" | "実績")
}

/// Drops the figures of a case that refer back ([`refers_back`]) to another of
/// the same value, unit and category (or none read) stated on its own: the same figure reported twice
/// with the same meaning is one metric. A figure of another session or part
/// (`第1回20名のうち` beside `第2回20名`) is another count that happens to be equal.
pub fn drop_restated(found: &mut Vec<Metric>) {
    // Only a figure whose value is printed again can restate it.
    let repeated = |m: &Metric| found.iter().filter(|o| o.value == m.value).nth(1).is_some();
    let back: Vec<bool> = found
        .iter()
        .map(|m| repeated(m) && refers_back(m))
        .collect();
    let restated: Vec<bool> = found
        .iter()
        .zip(&back)
        .enumerate()
        .map(|(i, (m, &b))| {
            b && found.iter().zip(&back).enumerate().any(|(j, (o, &ob))| {
                j != i
                    && !ob
                    && o.value == m.value
                    && counted_alike(&o.unit, &m.unit)
                    && (o.category == m.category || m.category == MetricCategory::Other)
                    && (m.qualifier.is_none() || m.qualifier == o.qualifier)
                    && (m.label == o.label || !is_own_group(&m.label))
            })
        })
        .collect();
    let mut restated = restated.into_iter();
    found.retain(|_| !restated.next().unwrap_or(false));
    drop_restated_totals(found);
}

/// `計 12社 210名` in a table, then `来場者210名は、前年度の約3倍` (`37人を採用`
/// under `計 37人` of the 採用者数): a figure of no part printed after a
/// table's total, of its value, unit, kind and noun, is that total told again.
fn drop_restated_totals(found: &mut Vec<Metric>) {
    let total = |m: &Metric| matches!(m.qualifier.as_deref(), Some("計" | "合計"));
    let told_again = |m: &Metric| {
        m.qualifier.is_none()
            && found.iter().any(|o| {
                total(o)
                    && o.line < m.line
                    && o.value == m.value
                    && counted_alike(&o.unit, &m.unit)
                    && o.category == m.category
                    && same_noun(&o.label, &m.label)
            })
    };
    let again: Vec<bool> = found.iter().map(told_again).collect();
    let mut again = again.into_iter();
    found.retain(|_| !again.next().unwrap_or(false));
}

/// Two labels of one counted noun, one the other's stem (`来場者` and
/// `来場者数`, `採用` and `採用者数`).
fn same_noun(a: &str, b: &str) -> bool {
    let (a, b) = (
        a.strip_suffix('数').unwrap_or(a),
        b.strip_suffix('数').unwrap_or(b),
    );
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 2 && long.starts_with(short)
}

/// The words in brackets right after a count that state it at an earlier time
/// (`(前年度:各市町単独開催 計` before `32社`), as printed.
fn earlier_time(between: &str) -> Option<&str> {
    let words = between.strip_prefix('(')?.trim();
    ["前年度", "前年", "昨年度", "昨年", "前回"]
        .iter()
        .any(|w| words.starts_with(w))
        .then_some(words)
}

/// The noun a phrase ends in: its last run of kanji and katakana
/// (`センターと連携して訪問した企業` → 企業, `協力事業所` whole).
fn trailing_noun(phrase: &str) -> &str {
    let from = phrase
        .char_indices()
        .rev()
        .find(|&(_, c)| is_hiragana(c) || is_delim(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &phrase[from..]
}

/// Words that end a heading over figures (`◆ 就職者数の推移`, `…面接会の結果`).
const HEADING_ENDS: [&str; 5] = ["推移", "実績", "結果", "状況", "成果"];

/// The name a heading line gives the figures below it: a line with no figure,
/// perhaps after a bullet and before a note in brackets, that ends in a word
/// of results (`◆ 就職者数の推移` → 就職者数, `合同面接会の結果` → 合同面接会).
fn heading_of(line: &str) -> Option<&str> {
    let text = line.trim_end();
    if text.len() > 150 {
        return None;
    }
    // `《正社員転換の実績(…ベース)》`: the marks close around a note.
    let text = text.trim_end_matches(['】', '≫', '》']);
    let text = match text.strip_suffix(')') {
        Some(t) => t[..t.rfind('(')?].trim_end(),
        None => text,
    };
    if !text.ends_with(['移', '績', '果', '況']) {
        return None;
    }
    let text =
        text.trim_start_matches(|c: char| is_delim(c) || matches!(c, '★' | '☆' | '▶' | '▼' | '◎'));
    let name = HEADING_ENDS.iter().find_map(|w| text.strip_suffix(w))?;
    if has_count(line) {
        return None;
    }
    Some(name.strip_suffix('の').unwrap_or(name))
}

/// The count a heading line names (`◆ 就職者数の推移` → 就職者数) over the lines
/// `above` a figure's line, with nothing but lines of figures between.
/// A line of its own that names a count (`◆事業を通じた町内就職者数`, `○…に
///移行した者`) stands over its figures too.
fn count_heading_above(above: &[Span<'_>]) -> Option<String> {
    for line in above.iter().rev() {
        if let Some(name) = heading_of(line.text) {
            let noun = label_before(name).0;
            return names_a_count(&noun).then_some(noun);
        }
        if !has_count(line.text) {
            let text = line.text.trim();
            let named = text.chars().count() <= 40 && !text.ends_with(['。', '、']);
            let noun = if named {
                label_before(text).0
            } else {
                String::new()
            };
            return names_a_count(&noun).then_some(noun);
        }
    }
    None
}

/// A heading's name that is a count (`就職者数`, `参加者`) or the act each one
/// counted did (`正社員転換`, `通年雇用への移行`), not an event (`面接会`).
fn names_a_count(noun: &str) -> bool {
    noun.ends_with(['数', '者'])
        || ["転換", "移行", "就職", "採用", "内定", "定着", "入会"]
            .iter()
            .any(|w| noun.ends_with(w))
}

/// A label that counts people (`参加者`, `参加者数`, `受講生`), not an activity.
fn counts_people(label: &str) -> bool {
    label
        .strip_suffix('数')
        .unwrap_or(label)
        .ends_with(['者', '員', '生'])
}

/// Two units that count the same kind of thing: people (名, 人) or the same unit.
fn counted_alike(a: &str, b: &str) -> bool {
    a == b || matches!(a, "名" | "人") && matches!(b, "名" | "人")
}

/// A share of a count before the figure (`半数の15名`, `約3割の12名`, `全員`): it
/// says how much of the whole the figure is, it names nothing counted.
fn is_share(label: &str) -> bool {
    let word = ["約", "ほぼ", "およそ"]
        .iter()
        .find_map(|w| label.strip_prefix(w))
        .unwrap_or(label);
    matches!(
        word,
        "半数" | "過半数" | "大半" | "大多数" | "全員" | "全数"
    ) || word.ends_with('割')
        && word[..word.len() - '割'.len_utf8()]
            .chars()
            .all(|c| c.is_ascii_digit())
        && word.len() > '割'.len_utf8()
}

/// A label that ends comparing the figure with another or taking it as a
/// share of one (`…を上回る`, `…を超える`, `…の7割にあたる`): it names
/// nothing counted.
fn ends_with_comparison(label: &str) -> bool {
    ["上回る", "下回る", "超える", "超す", "にあたる", "に当たる"]
        .iter()
        .any(|w| label.ends_with(w))
}

/// The rate a figure is a term of when it stands bare in the brackets after
/// the rate (`就職率48.5%(32人/66人)`, `就職率は40%(10名/25名)`): the rate's
/// name, and whether the figure is the second term, the whole the rate is
/// taken of. A term with its own noun (`(就職者13名/参加者25名)`) is no match.
fn rate_fraction(line_before: &str) -> Option<(&str, bool)> {
    if !line_before.ends_with(['(', '/']) || !line_before.contains('%') {
        return None;
    }
    let c = regex!(
        r"([^\s、。,:()/◆◇●○■□・※]+率)(?:は|:)?\s*[0-9][0-9.]*\s*%\s*\(\s*([0-9][0-9,]*\s*(?:名|人|件|社|組|世帯)\s*/\s*)?$"
    )
    .captures(line_before)?;
    // `うち就職を希望した者の就職率`: the sub-count marker is no part of the name.
    let rate = c.get(1)?.as_str();
    let rate = ["そのうち", "このうち", "うち"]
        .iter()
        .find_map(|w| rate.strip_prefix(w))
        .unwrap_or(rate);
    Some((rate, c.get(2).is_some()))
}

/// A line of a flattened table: its figures stand in columns under the words
/// of a header line above (`参加者数 就職者数 就職率` over `25名 10名 40%`),
/// perhaps after a row label (`第1回 20名 8名`).
#[derive(Debug)]
struct Row<'a> {
    /// The column headers, without a unit in brackets ([`header_unit`]).
    header: Vec<&'a str>,
    /// The counter unit each column's header prints (`参加者数(人)`: 人).
    units: Vec<Option<&'static str>>,
    /// The fiscal year stated on the line above the header (the table's caption).
    caption_year: Option<i32>,
    /// What every column counts when the columns are parts of one count
    /// (`5月 6月 計` under `《月別の採用者数》`: 採用者数); the header then qualifies.
    head: Option<String>,
    label: Option<&'a str>,
    /// Byte range in the line of each value cell, and its column in the header.
    cells: Vec<(usize, usize, usize)>,
}

impl<'a> Row<'a> {
    /// The column header of the figure at `offset` in the line, the sub-count
    /// its column names (`就職者数 うち正社員`: 就職者数, うち正社員), and the
    /// row label.
    fn header_of(&self, offset: usize) -> Option<(&'a str, Option<&'a str>, Option<&'a str>)> {
        let &(_, _, column) = self
            .cells
            .iter()
            .find(|&&(a, b, _)| a <= offset && offset < b)?;
        let header = self.header[column];
        match self.header[..column]
            .iter()
            .rev()
            .find(|h| !h.starts_with("うち"))
        {
            Some(whole) if header.starts_with("うち") => Some((whole, Some(header), self.label)),
            _ => Some((header, None, self.label)),
        }
    }
}

/// A column header that prints the counter unit of its figures in brackets
/// (`参加者数(人)`, `面接件数(件)`): the header's words and the unit. The
/// figures under it are then printed bare (`12`).
fn header_unit(word: &str) -> (&str, Option<&'static str>) {
    let Some(inner) = word.strip_suffix(')') else {
        return (word, None);
    };
    match inner.rfind('(') {
        Some(open) if open > 0 => match UNITS.iter().find(|u| &inner[open + 1..] == **u) {
            Some(u) => (&inner[..open], Some(*u)),
            None => (word, None),
        },
        _ => (word, None),
    }
}

/// A figure printed bare in a cell (`12`, `1,200`), its unit in the header.
fn is_bare_figure(cell: &str) -> bool {
    cell.starts_with(|c: char| c.is_ascii_digit())
        && cell.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// A session's row name without the date printed after it (`第1回(6月)` →
/// `第1回`): the session names the row, the date only says when it was.
fn session_row_name(label: &str) -> &str {
    match session_end(label) {
        Some(end)
            if label[end..].starts_with('(')
                && label.ends_with(')')
                && regex!(r"^\([0-9/~月日\s]+\)$").is_match(&label[end..]) =>
        {
            &label[..end]
        }
        _ => label,
    }
}

/// A cell of a table's row that holds a value: a count (`25名`, `延べ38社`), a
/// rate (`40%`), a number of anything (`6回`, `延べ18施設`), or a mark that
/// there is none yet (`―`, `集計中`).
fn is_value_cell(word: &str) -> bool {
    if matches!(
        word,
        "―" | "-" | "ー" | "−" | "集計中" | "調査中" | "未定" | "なし"
    ) {
        return true;
    }
    let w = ["延べ", "のべ", "約", "計"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    // `2022年度`: a year names a row, it is no value.
    if !w.starts_with(|c: char| c.is_ascii_digit()) || w.ends_with("年度") {
        return false;
    }
    let rest = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    rest.chars().count() <= 3 && !rest.contains(|c: char| c.is_ascii_digit() || is_hiragana(c))
}

/// A cell's value without the sub-count in brackets glued to it (`9名(うち女性5名)`
/// → `9名`): the bracket is read as a sub-count of the cell's figure.
fn without_bracket(word: &str) -> &str {
    match word.find('(') {
        Some(i) if i > 0 && word.ends_with(')') && is_value_cell(&word[..i]) => &word[..i],
        _ => word,
    }
}

/// A line that announces the parts of the row above (`(内訳)`): the table goes on.
fn is_breakdown_mark(text: &str) -> bool {
    let t = trim(text);
    t.len() <= 18
        && t.trim_matches(|c: char| matches!(c, '(' | ')' | '【' | '】' | '<' | '>' | '〈' | '〉'))
            == "内訳"
}

/// The words of `text` separated by white space, with their byte offsets; a
/// value cell without the sub-count in brackets glued to it ([`without_bracket`]).
fn words(text: &str) -> Vec<(usize, &str)> {
    text.split_whitespace()
        .map(|w| {
            (
                w.as_ptr() as usize - text.as_ptr() as usize,
                without_bracket(w),
            )
        })
        .collect()
}

/// For each line, the table row it is, if it is one: a line of two or more
/// value cells (a count `25名` or a rate `40%`), after at most one row label,
/// under the nearest header line above it (two or more short words without
/// digits) with no other line between but rows of the same table.
fn table_rows<'a>(spans: &[Span<'a>]) -> Vec<Option<Row<'a>>> {
    let mut rows: Vec<Option<Row<'a>>> = Vec::with_capacity(spans.len());
    let mut header: Option<Vec<&'a str>> = None;
    let mut caption_year = None;
    let mut head: Option<String> = None;
    // The unit of each column's cell in the last whole row (for a breakdown below it).
    let mut total: Option<Vec<Option<&'static str>>> = None;
    let mut breakdown = false;
    for (i, s) in spans.iter().enumerate() {
        if header.is_some() && total.is_some() && is_breakdown_mark(s.text) {
            breakdown = true;
            rows.push(None);
            continue;
        }
        // Only a line with a gap between words can be a table line, but for
        // the header of a table of one column that prints its unit
        // (`施設外就労の利用者(人)` over `2022年度 8`).
        if !trim(s.text).contains(' ') {
            let t = trim(s.text);
            let unit_header = t.ends_with(')')
                && t.chars().count() <= 20
                && header_unit(t).1.is_some()
                && !t.contains(|c: char| c.is_ascii_digit());
            header = unit_header.then(|| vec![t]);
            head = None;
            if unit_header {
                caption_year = i
                    .checked_sub(1)
                    .and_then(|above| stated_years(spans[above].text).last().and_then(|y| y.2));
            }
            total = None;
            rows.push(None);
            continue;
        }
        let ws = words(s.text);
        let unit_of = |w: &str| {
            counts(w)
                .next()
                .filter(|&(_, b, _, _)| b == w.len())
                .map(|c| c.3)
        };
        // Row label cells first (a date, a place, a class of people), then the values.
        let labels = ws.iter().take_while(|(_, w)| !is_value_cell(w)).count();
        let label = ws.first().filter(|_| labels > 0).map(|&(_, w)| w);
        let cells = &ws[labels..];
        let row = header.as_ref().and_then(|h| {
            // A figure alone under a column that prints its unit is a row too.
            let bare_under_unit = cells.len() == 1
                && is_bare_figure(cells[0].1)
                && h.last().is_some_and(|w| header_unit(w).1.is_some());
            if cells.len() < 2 && !bare_under_unit || !cells.iter().all(|(_, w)| is_value_cell(w)) {
                return None;
            }
            let range = |&(o, w): &(usize, &str)| (o, o + w.len());
            let units: Vec<_> = cells.iter().map(|(_, w)| unit_of(w)).collect();
            // `合計 99名 24名` under rows of a date, a place and two counts: a
            // total leaves the row's other label cells empty; its counts stand
            // under the columns of the same units in the row above.
            let right = |k: usize| h.len() - cells.len() + k;
            let total_row = !breakdown
                && labels == 1
                && total.as_ref().is_some_and(|whole| {
                    whole.len() == h.len()
                        && cells.len() < h.len()
                        && (0..cells.len())
                            .all(|k| units[k].is_some() && whole[right(k)] == units[k])
                });
            let columns: Vec<usize> = if cells.len() <= h.len()
                && (h.len() - cells.len() <= 1 && labels <= 1
                    || labels == h.len() - cells.len()
                    || total_row)
            {
                // Cells align with the header from the right.
                (h.len() - cells.len()..h.len()).collect()
            } else {
                // `高校生 32名 ―` under `(内訳)`: the parts fill the columns of the
                // whole row's counts in the same unit, in order.
                let whole = total.as_ref().filter(|_| breakdown && labels == 1)?;
                let unit = units.iter().flatten().next()?;
                let same: Vec<usize> = (0..whole.len())
                    .filter(|&k| whole[k] == Some(*unit))
                    .collect();
                (same.len() == cells.len() && whole.len() == h.len()).then_some(same)?
            };
            Some(Row {
                header: h.iter().map(|w| header_unit(w).0).collect(),
                units: h.iter().map(|w| header_unit(w).1).collect(),
                caption_year,
                head: head.clone(),
                label,
                cells: cells
                    .iter()
                    .map(range)
                    .zip(columns)
                    .map(|((a, b), k)| (a, b, k))
                    .collect(),
            })
        });
        if let Some(r) = row.as_ref().filter(|_| !breakdown) {
            let mut whole = vec![None; r.header.len()];
            for &(a, b, k) in &r.cells {
                whole[k] = unit_of(&s.text[a..b]);
            }
            total = Some(whole);
        }
        if row.is_none() {
            total = None;
            breakdown = false;
            let heading = ws.len() >= 2
                && ws.iter().all(|(_, w)| {
                    w.chars().count() <= 12
                        && !w.contains(|c: char| c.is_ascii_digit() || c == '。')
                });
            let parts = is_parts_header(&ws);
            header = (heading || parts).then(|| ws.iter().map(|&(_, w)| w).collect());
            head = parts
                .then(|| list_head_above(&spans[..i]).or_else(|| count_heading_above(&spans[..i])))
                .flatten();
            caption_year = i
                .checked_sub(1)
                .and_then(|above| stated_years(spans[above].text).last().and_then(|y| y.2));
        }
        rows.push(row);
    }
    cells_one_a_line(spans, &mut rows);
    rows
}

/// A flattened table read out cell by cell: a header line of three or more
/// column names (`回 会場 受講者 うち求職登録 就職者`) over each row's cells one
/// a line, its name cells first, then its values (`第1回` / `高松市` / `14名` /
/// `9名` / `4名`). Each value line is a row of one cell under its column,
/// named by the row's first cell.
fn cells_one_a_line<'a>(spans: &[Span<'a>], rows: &mut [Option<Row<'a>>]) {
    let mut i = 0;
    while i < spans.len() {
        let cells = spans[i + 1..]
            .iter()
            .take_while(|s| {
                let t = s.text.trim();
                !t.is_empty() && !t.contains(char::is_whitespace) && t.chars().count() <= 12
            })
            .count();
        // Three columns at least, each with a cell below: most lines are no header.
        if cells < 3 {
            i += 1;
            continue;
        }
        let ws = words(spans[i].text);
        let names = ws.len() >= 3
            && ws.iter().all(|&(_, w)| {
                w.chars().count() <= 12 && !w.contains('。') && !is_value_cell(w) && !has_count(w)
            });
        let width = ws.len();
        // The row's name cells: those of the first row before its first value.
        let value = |s: &Span<'_>| is_value_cell(without_bracket(s.text.trim()));
        let first = &spans[(i + 1).min(spans.len())..(i + 1 + cells.min(width)).min(spans.len())];
        let named = first.iter().take_while(|s| !value(s)).count();
        if !names || cells < width || named == 0 || named + 2 > width {
            i += 1;
            continue;
        }
        let header: Vec<&'a str> = ws.iter().map(|&(_, w)| w).collect();
        let caption_year = i
            .checked_sub(1)
            .and_then(|above| stated_years(spans[above].text).last().and_then(|y| y.2));
        let mut at = i + 1;
        while at + width <= i + 1 + cells {
            let row = &spans[at..at + width];
            let shaped = row
                .iter()
                .enumerate()
                .all(|(k, s)| (k >= named) == value(s))
                && row[named..].iter().any(|s| has_count(s.text));
            if !shaped {
                break;
            }
            for (k, s) in row.iter().enumerate().skip(named) {
                let t = s.text.trim();
                let a = t.as_ptr() as usize - s.text.as_ptr() as usize;
                rows[at + k] = Some(Row {
                    header: header.iter().map(|w| header_unit(w).0).collect(),
                    units: header.iter().map(|w| header_unit(w).1).collect(),
                    caption_year,
                    head: None,
                    label: Some(row[0].text.trim()),
                    cells: vec![(a, a + without_bracket(t).len(), k)],
                });
            }
            at += width;
        }
        i = at.max(i + 1);
    }
}

/// A line of the parts of one count standing as a table's columns
/// (`5月 6月 7月 計`, `第1回 第2回 合計`): two or more months, terms,
/// venues or sessions, perhaps with the total.
fn is_parts_header(ws: &[(usize, &str)]) -> bool {
    let part = |w: &str| is_partition(w) || session_end(w) == Some(w.len());
    ws.len() >= 2
        && ws.iter().all(|&(_, w)| part(w))
        && ws.iter().any(|&(_, w)| !matches!(w, "計" | "合計"))
}

/// Inside a parenthesised sub-count `(うち…` that is still open.
fn in_uchi_group(before: &str) -> bool {
    match before.rfind('(') {
        Some(open) => {
            let inner = &before[open + 1..];
            !inner.contains(')') && inner.starts_with("うち")
        }
        None => false,
    }
}

/// The verb after the last part of a list that the figure opens (`、企業65社が参加`
/// after `学生320名`): its figures are named, none is a part of the one before (うち).
fn shared_verb(rest: &str) -> Option<&str> {
    let rest = APPROXIMATELY
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    if !rest.starts_with('、') {
        return None;
    }
    let list = regex!(
        r"^(?:、[^、。0-9]{1,12}?[0-9][0-9,]*\s*(?:名|人|社|組|件|世帯))+\s*([がもは](?:参加|来場|出席|受講))"
    );
    let c = list.captures(rest)?;
    let verb = c.get(1)?;
    // `…が参加し、25名が採用された`: the verb's own clause, not the next one.
    let verb = &rest[verb.start()..];
    let clause = verb.find(['、', '。']).map_or(verb, |i| &verb[..i]);
    (!rest[..rest.len() - verb.len()].contains("うち")).then_some(clause)
}

/// `第1回` (or `＜第1回＞`) at the start of the line: the session a figure belongs to.
fn session_of(line_before: &str) -> Option<String> {
    if !line_before.contains('回') {
        return None;
    }
    regex!(r"第\s*[0-9]+\s*回")
        .find_iter(line_before)
        .last()
        .map(|m| m.as_str().replace(' ', ""))
}

/// Punctuation and marks that end the clause after a figure.
const CLAUSE_ENDS: [char; 12] = ['、', '。', ',', '(', ')', '◆', '■', '●', '○', '※', '→', '⇒'];

/// The rest of the clause after a figure, up to punctuation, a bullet, a gap
/// of white space after words, or the next number (in kanji too if `in_kanji`).
fn clause_after(after: &str, in_kanji: bool) -> &str {
    let lead = after.len() - after.trim_start().len();
    let punct = after
        .char_indices()
        .find(|&(i, c)| CLAUSE_ENDS.contains(&c) || i > lead && c.is_whitespace())
        .map_or(after.len(), |(i, _)| i);
    let next_count = counts_read(after, in_kanji).next();
    // `20組40名が参加`: the clause goes on after the same group counted in another unit.
    if let Some((start, end, _, _)) = next_count {
        if start < punct && after[..start].trim().is_empty() {
            return clause_after(&after[end..], in_kanji);
        }
    }
    match next_count {
        // `参加者210人 採用内定者28人`: past a gap, the words up to the next
        // figure are its label.
        Some((start, _, _, _)) if start < punct => &after[..if lead > 0 { 0 } else { start }],
        _ => &after[..punct],
    }
}

/// What a list of kinds counts, when `heading` names it as a breakdown by kind
/// (`参加企業の内訳:`, `参加企業の業種:`, `就職者の職種別:`): the noun before.
fn kinds_of(heading: &str) -> Option<String> {
    if !heading.ends_with([':', '訳', '種', '別']) {
        return None;
    }
    let noun = heading.trim_end_matches([':', ' ']);
    let noun = ["内訳", "業種別", "職種別", "業種", "職種"]
        .into_iter()
        .find_map(|w| noun.strip_suffix(w))?;
    let noun = noun.strip_suffix('の').unwrap_or(noun);
    let label = label_before(noun).0;
    (!label.is_empty()).then_some(label)
}

/// Which figures are the parts of a head figure printed right before them:
/// a list in brackets after it (`参加企業 12社(土木6社、建築4社、設備2社)`)
/// or a breakdown line under it (`新規登録 27社` over `(内訳)建設業12社、
/// 製造業8社…`), each part a word and a figure in the head's unit, the
/// parts joined by 、 and adding up to the head. For each figure, the index
/// of its head, if it is such a part.
fn parts_of_heads(text: &str, counts: &[(usize, usize, u64, &str)]) -> Vec<Option<usize>> {
    let mut parts = vec![None; counts.len()];
    // A part's word: no bracket, no clause mark, no figure of its own.
    let word = |w: &str| {
        let w = w.trim();
        !w.is_empty()
            && w.chars().count() <= 15
            && !w.contains(['(', ')', '、', '。', ':'].as_slice())
            && !w.starts_with("うち")
    };
    let mut head = 0;
    while head + 2 < counts.len() {
        let (_, head_end, total, unit) = counts[head];
        let gap = &text[head_end..counts[head + 1].0];
        let Some(opening) = gap.trim_start().strip_prefix('(') else {
            head += 1;
            continue;
        };
        // `(内訳)建設業`, `(内訳:建設業`: the breakdown named as such.
        let (first, bracket) = match opening.strip_prefix("内訳") {
            Some(rest) => (rest.trim_start_matches([')', ':']), !rest.starts_with(')')),
            None => (opening, true),
        };
        if !word(first) || first.contains(char::is_whitespace) && !bracket {
            head += 1;
            continue;
        }
        let mut last = head + 1;
        let mut sum = counts[last].2;
        while last + 1 < counts.len() && sum < total {
            let next = &counts[last + 1];
            let Some(w) = text[counts[last].1..next.0].strip_prefix('、') else {
                break;
            };
            if !word(w) || next.3 != unit {
                break;
            }
            last += 1;
            sum += next.2;
        }
        let closed = !bracket || text[counts[last].1..].trim_start().starts_with(')');
        let alike = counts[head + 1..=last].iter().all(|c| c.3 == unit);
        if last > head + 1 && sum == total && closed && alike {
            for p in &mut parts[head + 1..=last] {
                *p = Some(head);
            }
            head = last + 1;
        } else {
            head += 1;
        }
    }
    parts
}

/// A word that splits one count into parts (`男性10名、女性5名`, `20代15名`,
/// `65歳以上が20名`, `1日目 300名`, `第1回20名`, `2回目20名`, `前年度 1名`, by
/// kind of employment `正社員15名、パート10名`, by the change counted
/// `有期→正規 341人`) or sets a goal against an outcome (`目標100名 実績120名`):
/// a qualifier of the list's label. A list is partitioned by place, time or
/// kind too: a venue (`天神会場 30名`, not 各会場), a month (`4月 5人`), a term
/// (`第2期 12名`), the rest (`その他 8社`) and the total of the parts (`合計 40名`).
fn is_part(word: &str) -> bool {
    is_partition(word)
        || regex!(
        r"^(男性|女性|男子|女子|目標|実績|前年度|昨年度|前年|第[0-9]+回|[0-9]+回目|[0-9]+歳?代(以上|以下)?|[0-9]+歳(以上|以下|未満)|[0-9]+日目|正社員|正規雇用|非正規雇用|パート(タイム)?|アルバイト|契約社員|派遣社員)$"
    )
    .is_match(word)
        || word.split_once('→').is_some_and(|(from, to)| {
            let kind = |w: &str| !w.is_empty() && !w.contains(|c: char| c.is_whitespace() || c == '→');
            kind(from) && kind(to)
        })
}

/// A part of a list by place, time or kind ([`is_part`]): a venue (`天神会場`,
/// not 各会場), a month (`4月`) or a range of months (`4~6月`, a quarter), a
/// term (`第2期`), the rest (`その他`) or the total of the parts (`合計`, `計`).
fn is_partition(word: &str) -> bool {
    if word.ends_with("会場") {
        return word.len() > "会場".len()
            && !word.starts_with('各')
            && !word.contains(|c: char| is_hiragana(c) || c.is_ascii_digit());
    }
    let Some(&last) = word.as_bytes().last() else {
        return false;
    };
    // 月 and 期 end in 0x88 and 0x9F, 他 and 計 in 0x96 and 0x88.
    matches!(last, 0x88 | 0x9F | 0x96)
        && regex!(r"^(その他|合計|計|[0-9]{1,2}月|[0-9]{1,2}~[0-9]{1,2}月|第[0-9]+期)$")
            .is_match(word)
}

/// Where the range of months ending at the word from `start` (`6月` after
/// `4~`) begins: the first month's number, or `start` when no number stands
/// before the range mark.
fn month_range_start(text: &str, start: usize) -> usize {
    let from = text[..start - 1].trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = start - 1 - from.len();
    let month = &text[start..];
    match (1..=2).contains(&digits)
        && month.len() <= 5
        && month[..month.len() - "月".len()]
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        true => from.len(),
        false => start,
    }
}

/// The head of a list of parts (`(会場別の参加者)`, `◆月別の新規求職者` over
/// `4月 5人 5月 4人`): the nearest line above with no figure, short and no
/// sentence, its last noun (after …別の) being what every part counts.
fn list_head_above(above: &[Span<'_>]) -> Option<String> {
    let line = above.iter().rev().find(|l| !has_count(l.text))?;
    let text = line.text.trim();
    if text.is_empty() || text.chars().count() > 30 || text.ends_with(['。', '、']) {
        return None;
    }
    // `◆就職者数(令和5年度)`: a note in brackets after the head is no noun of it.
    let text = match text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((head, _)) if !head.trim().is_empty() => head,
        _ => text,
    };
    let text = text.trim_matches(|c: char| is_delim(c) || matches!(c, '(' | ')' | '（' | '）'));
    let text = text.rsplit_once("別の").map_or(text, |(_, noun)| noun);
    let noun = label_before(text).0;
    // `◆応募状況(四半期ごと)`: the state or course of a count is the count.
    let noun = ["状況", "推移"]
        .into_iter()
        .find_map(|w| noun.strip_suffix(w).filter(|n| n.chars().count() >= 2))
        .map_or(noun.clone(), str::to_string);
    (!noun.is_empty() && !is_part(&noun) && !is_verb_form(&noun)).then_some(noun)
}

/// `参加者数/就職者数:` before a figure: the labels of figures written `25名/10名`.
fn slash_labels(before: &str) -> Option<Vec<String>> {
    let text = bare_before(before);
    if !text.contains('/') {
        return None;
    }
    let start = text
        .char_indices()
        .rev()
        .find(|&(i, c)| c != '/' && is_delim(c) && !joining_dot(text, i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let labels: Vec<String> = text[start..].split('/').map(str::to_string).collect();
    let named = |l: &String| !l.is_empty() && !l.contains(|c: char| c.is_ascii_digit());
    (labels.len() >= 2 && labels.iter().all(named)).then_some(labels)
}

/// Words that can stand right before a figure without being its label.
const ADVERBS: [&str; 14] = [
    "当日",
    "今回",
    "今年度",
    "本年度",
    "期間中",
    "毎回",
    "各回",
    "毎年",
    "毎年度",
    "それぞれ",
    "合わせて",
    "あわせて",
    "併せて",
    "全体で",
];

/// Words after a figure that make it approximate (`100名程度`, `300名超`);
/// the figure is still the number printed.
const APPROXIMATELY: [&str; 9] = [
    "程度", "前後", "以上", "超", "余り", "余", "強", "弱", "ほど",
];

const UCHI_MARKERS: [&str; 3] = ["のうち", "の内", "うち"];

/// Quantifier words that may stand between a label and its number; those ending
/// in 計 come before 計 itself, so that the longer word is taken.
const QUANTIFIERS: [&str; 11] = [
    "平均",
    "延べ",
    "のべ",
    "約",
    "合計",
    "総計",
    "累計",
    "計",
    "総数",
    "およそ",
    "全",
];

/// The text before a number without what stands between the label and the
/// number: white space, a colon, quantifier words (`参加者は延べ120人`, `約50名`),
/// as the regex `(?:(延べ|のべ|約|計|…)\s*)+$` would strip them.
fn bare_before(before: &str) -> &str {
    let text = before.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    let mut rest = text;
    while let Some(shorter) = QUANTIFIERS.iter().find_map(|w| rest.strip_suffix(w)) {
        rest = shorter.trim_end();
    }
    if rest.len() == text.len() {
        text
    } else {
        rest.trim_end_matches(|c: char| c.is_whitespace() || c == ':')
    }
}

/// Where a fiscal year ([`fiscal_years`]: `H30年度`, `令和元年度`) ends `text`, if one does.
fn year_at_end(text: &str) -> Option<usize> {
    fiscal_years(text)
        .last()
        .filter(|&(_, end, _)| end == text.len())
        .map(|(start, _, _)| start)
}

/// Where a time or a span the figure is counted over ends `text`, if one does:
/// a time before now (`5年前`, `前年度`, `昨年`, `前回`), a year of the
/// programme (`初年度`, `今年度`), a period (`3年間`, `6か月後`) or a sum over
/// sessions (`2回合計`, `全3回`). It says when or over what the figure holds;
/// it names nothing counted. (A fiscal year is [`year_at_end`]'s.)
fn time_at_end(text: &str) -> Option<usize> {
    // The words end in one of these characters: most words are spared the scans.
    if !text.ends_with(['前', '後', '間', '目', '年', '度', '回', '計', '来']) {
        return None;
    }
    // `事業開始以来`, `創設以来`: since an event, back to the topic or a mark.
    if let Some(rest) = text.strip_suffix("以来") {
        let at = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_delim(c) || matches!(c, 'は' | 'が' | 'の' | 'も'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        return (at < rest.len()).then_some(at);
    }
    let words = [
        "前年度",
        "昨年度",
        "今年度",
        "本年度",
        "初年度",
        "次年度",
        "翌年度",
        "前年",
        "昨年",
        "前回",
    ];
    if let Some(w) = words.iter().find(|w| text.ends_with(**w)) {
        return Some(text.len() - w.len());
    }
    // The digits before `rest` ends, perhaps after white space: where they start.
    let number_at = |rest: &str| {
        let rest = rest.trim_end();
        let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        (digits > 0).then(|| rest.len() - digits)
    };
    // `3年前`, `6か月後`, `3年間`, `2週間`: a number, a unit of time, a side of it.
    if let Some(rest) = text.strip_suffix(['前', '後', '間', '目']) {
        let units = ["年", "か月", "ヶ月", "カ月", "ケ月", "週", "日"];
        return units
            .iter()
            .find_map(|u| rest.strip_suffix(u))
            .and_then(number_at);
    }
    // `2回合計`, `3回計`: a sum over sessions; `全3回`: all of them.
    if let Some(rest) = text
        .strip_suffix("合計")
        .or_else(|| text.strip_suffix('計'))
    {
        return rest.strip_suffix('回').and_then(number_at);
    }
    let at = number_at(text.strip_suffix('回')?)?;
    text[..at].trim_end().strip_suffix('全').map(str::len)
}

/// A word that is nothing but a time or a span ([`time_at_end`]) or a fiscal year.
fn is_time(word: &str) -> bool {
    time_at_end(word) == Some(0) || year_at_end(word) == Some(0)
}

/// The words before the number name a place or occasion, not what is counted,
/// and the counted noun follows the number (`セミナーには約50名の求職者が来場`,
/// `3会場で延べ90社が参加`): a locative particle closes the words before, and
/// the words after go on with の or が, or compare the figure with what
/// comes (`説明会には県外からも80名を超える参加`). (`新規に500人就労させる`:
/// an adverb before, no noun after.)
fn place_before(before: &str, after: &str) -> bool {
    regex!(r"(に|には|で|では|にて|へ|からも|にも|でも)$").is_match(bare_before(before))
        && (regex!(r"^\s*(の|が)").is_match(after) || past_comparison(after).is_some())
        && !regex!(r"^\s*の(うち|内)").is_match(after)
}

/// The text before a figure without a clause that says what the figure
/// includes or leaves out (`参加企業は被災事業所を含め延べ45社`, `…を除き`): the
/// noun is the topic before the clause, not its verb nor its object.
fn without_inclusion(text: &str) -> &str {
    if !text.ends_with(['め', 'て', 'き', 'く']) {
        return text;
    }
    let clause = ["含めて", "含め", "含む", "除いて", "除き", "除く"]
        .iter()
        .find_map(|v| text.strip_suffix(v))
        .and_then(|t| t.strip_suffix(['を', 'も']));
    let Some(rest) = clause else {
        return text;
    };
    // The object runs back to the topic's particle or a delimiter.
    let object = rest
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, 'は' | 'が') || is_delim(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &rest[..object]
}

/// Scan back from the number: (label, qualifier from a うち/のうち split,
/// parenthesised note, the modifier [`counted_noun`] took off the label).
fn label_before(before: &str) -> (String, Option<String>, Option<String>, String) {
    if let Some(rest) = once_each_before(before) {
        let (label, qualifier, note, modifier) = label_before(rest);
        let qualifier = Some(qualifier.map_or("実".to_string(), |q| format!("{q} 実")));
        return (label, qualifier, note, modifier);
    }
    let mut text = without_inclusion(bare_before(before));
    // `関係者(112人)`: the figure alone in brackets after its noun.
    if let Some(t) = text.strip_suffix('(') {
        text = t.trim_end();
    }
    // `参加者数 H30年度 150名`, `就職件数は、平成27年度の150件`: the year the
    // figure is of is not the label, nor is a particle after it; the noun is
    // the topic before the year, or, after `…から`, the figure's before it
    // (`…150件から平成29年度には210件`).
    if let Some(year) = year_at_end(text.trim_end_matches(['の', 'は', 'に', 'で'])) {
        text = text[..year].trim_end_matches(|c: char| c.is_whitespace() || c == ':' || c == '、');
        text = text.strip_suffix("から").unwrap_or(text);
    }
    // `就職件数は前年度比15件増の210件`, `参加者数は前回の2倍の40名`: the change is
    // no part of the label.
    // `参加者数は前年度比1.5倍の60名`, `就職者数は前年度から12人増加し、45人`:
    // nor is the comparison, nor the change as a clause of its own.
    // `登録事業所は前年度比+6社の40社`: nor is a signed difference.
    if text.contains(['増', '減', '倍', '比']) {
        let change = regex!(
            r"(((対?前年度?|昨年度?|前年同期|前回)(比|から|より|に比べ(て)?|と比べ(て)?)|((前回|前年度?|昨年度?)の))?\s*(\+?[0-9][0-9,]*\s*(世帯|名|人|件|社|組)(増|減)(加|少)?|[0-9]+(\.[0-9]+)?倍|[+▲△][0-9][0-9,]*\s*(世帯|名|人|件|社|組))(し|して)?)[、の]?$"
        );
        if let Some(m) = change.find(text) {
            text = text[..m.start()].trim_end();
        }
    }
    // `支援対象者(新規登録者)は128人`: a gloss in brackets between the noun and
    // its particle says what the noun means here; it is part of the noun as printed.
    let mut gloss = None;
    if let Some(inner) = text
        .strip_suffix(['は', 'が', 'も'])
        .and_then(|t| t.strip_suffix(')'))
    {
        if let Some(open) = inner.rfind('(') {
            let noun_before = inner[..open]
                .chars()
                .next_back()
                .is_some_and(|c| !is_delim(c));
            let words = &inner[open..];
            if noun_before
                && words.chars().count() <= 12
                && !words[1..].contains(|c: char| c.is_ascii_digit() || c == '(')
            {
                gloss = Some(format!("{words})"));
                text = &inner[..open];
            }
        }
    }
    let mut note = None;
    // `障害者就労件数(目標)145件`: a short note in brackets between label and number.
    if let Some(inner) = text.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let n = &inner[open + 1..];
            if n.chars().count() <= 6 {
                note = Some(n.to_string());
                text = inner[..open].trim_end();
            }
        }
    }
    // `若手は、5年前の8人`, `申請件数は、初年度で128件`, `参加者は3年間で延べ412人`:
    // a time or span before the figure ([`time_at_end`]) says when it holds, it
    // qualifies the figure; the noun is the topic before it. (`前年度 1名` with
    // nothing before: a part of a list, for the list's label.)
    let mut when = None;
    let timed = text
        .trim_end_matches(['の', 'で', 'に', 'は', 'も'])
        .trim_end();
    if let Some(at) = time_at_end(timed) {
        let rest = timed[..at].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '、' | 'の' | 'は' | 'が' | 'も' | 'で' | 'に')
        });
        let topic = rest.chars().next_back().is_some_and(|c| !is_delim(c));
        if topic || !is_part(&timed[at..]) {
            when = Some(&timed[at..]);
            text = timed[..at]
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '、'));
        }
    }
    let mut start = text
        .char_indices()
        .rev()
        .find(|&(i, c)| is_delim(c) && !joining_dot(text, i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // `4~6月 12人`: a range of months (a quarter) is one word, read whole.
    if text.ends_with('月') && text[..start].ends_with('~') {
        start = month_range_start(text, start);
    }
    let mut label = &text[start..];
    let mut qualifier = None;
    // `定員各回40名`, `各回定員30名`, `定員は各回15名`: the figure holds for each
    // session; the word qualifies the noun it stands by.
    // `各コース定員15名`, `定員は各教室10名`: so for each course, room or venue.
    let mut per_session = None;
    if label.contains(['各', '毎']) {
        let first = regex!(&format!("^{PER_ITEM}"))
            .find(label)
            .filter(|m| m.end() < label.len());
        if let Some(m) = first {
            per_session = Some(m.as_str());
            label = label[m.end()..].trim_start_matches('の');
        } else if let Some(m) = regex!(&format!("{PER_ITEM}$")).find(label) {
            per_session = Some(m.as_str());
            label = label[..m.start()]
                .trim_end_matches(['は', 'が', 'も', 'の'])
                .trim_end();
            // `定員:各回30名`: the noun is the word before the colon.
            if label.is_empty() && start > 0 && text[..start].ends_with(':') {
                let head = text[..start - 1].trim_end();
                let from = head
                    .char_indices()
                    .rev()
                    .find(|&(i, c)| is_delim(c) && !joining_dot(head, i, c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                label = &head[from..];
            }
        }
    }
    // `目標:就職者数100名`, `平成30年度目標 就職者数 200人`: a goal heads the label.
    let heading = text[..start].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '】' | ')' | '>' | '》' | '≫')
    });
    if heading.ends_with("目標") || heading.ends_with("目標値") {
        qualifier = Some("目標".to_string());
    }
    // The character tests (memchr) spare most labels the substring searches.
    if label.contains('対') {
        for cut in ["に対して", "に対し"] {
            if let Some(i) = label.rfind(cut) {
                label = &label[i + cut.len()..];
            }
        }
    }
    if label.contains('う') || label.contains('内') {
        for marker in UCHI_MARKERS {
            // `の内訳` is a breakdown's heading, not a sub-count.
            let at = label
                .rfind(marker)
                .filter(|&i| !label[i + marker.len()..].starts_with('訳'));
            if let Some(i) = at {
                let q = &label[..i + marker.len()];
                qualifier = Some(q.to_string());
                label = &label[i + marker.len()..];
                break;
            }
        }
    }
    if qualifier.is_none() {
        // `参加者のうち職業相談後、就職できた方 3名`: the sub-count context sits in the clause before.
        let clause_start = text[..start]
            .trim_end_matches('、')
            .char_indices()
            .rev()
            .find(|&(_, c)| is_delim(c) && c != '、')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause = text[clause_start..start].trim_end_matches('、').trim();
        if start > 0
            && text[..start].ends_with('、')
            && UCHI_MARKERS.iter().any(|m| clause.contains(m))
        {
            qualifier = Some(clause.to_string());
        }
    }
    // `事業を幅広く関係者`: the noun after the last clause particle or adverb.
    let label = without_particles(label).trim();
    // `面接を受けた方`: the object of a relative clause naming people stays.
    // `面接を受けた方`, `副業人材を採用した企業`, `制度を利用して県内企業に就職
    // した若者`: a relative clause defines what it counts and keeps its object,
    // unless its verb is only the way there (`説明会を経た就職者`, `…を通じて`).
    let clause = |rest: &str| is_relative_clause(rest) && !opens_with_route(rest);
    // No word begins with ん: a kana before it is no particle (`がん患者`). Nor
    // is が between kana that go on as a verb (`つながった方`, `広がる`).
    let particle_at = |i: usize, c: char| {
        let next = &label[i + c.len_utf8()..];
        let in_verb = label[..i].chars().next_back().is_some_and(is_hiragana)
            && next.starts_with(['っ', 'る', 'り', 'ら', 'れ', 'ろ']);
        !next.starts_with('ん') && !in_verb
    };
    let label = match label.char_indices().rev().find(|&(i, c)| {
        matches!(c, 'は' | 'が') && particle_at(i, c)
            // `幅広く関係者`: an adverb's く, not one inside a word (`ものづくり講座`).
            || c == 'く' && !label[i + c.len_utf8()..].starts_with(is_hiragana)
                || c == 'を' && !clause(&label[i + c.len_utf8()..])
                // `累計で就職者`, but not `就職できた方` or `ハローワークでの相談`.
                || c == 'で' && !label[i + c.len_utf8()..].starts_with(['の', 'き'])
                // `説明会に求職者`: a bare noun after に, but not `自立に至った世帯数`.
                || c == 'に' && !label[i + c.len_utf8()..].contains(is_hiragana)
    }) {
        Some((i, c)) if i + c.len_utf8() < label.len() => &label[i + c.len_utf8()..],
        _ => label,
    };
    // `…をしている未就学児のいる` + 世帯: a verb fragment left by the cut goes, and a
    // relative clause names the counted unit itself (`未就学児のいる世帯`).
    // (Cheap first: each fragment opens on し, て, さ or れ.)
    let label = if label.starts_with(['し', 'て', 'さ', 'れ']) {
        regex!(r"^(している|ている|された|される|した|する|れる)").replace(label, "")
    } else {
        std::borrow::Cow::Borrowed(label)
    };
    let label = label.as_ref();
    // `説明会を経た就職者`: the verb of the clause cut at を (経た) is no part of
    // the noun after it.
    let noun = &label[verb_before_noun(label)..];
    let label = match noun.chars().nth(1).is_some() {
        true => noun,
        false => label,
    };
    // `相談を契機とした新規求職登録者`: a relative clause before the noun is no part of it.
    // (Cheap first: each such ending holds と, に or を.)
    let relative = label.contains(['と', 'に', 'を']).then(|| {
        regex!(r"(とした|による|における|を通じた|に伴う)")
            .find_iter(label)
            .last()
    });
    let label = match relative.flatten() {
        Some(m) if label[m.end()..].chars().count() >= 2 => &label[m.end()..],
        _ => label,
    };
    // `1回あたり定員`: the unit the figure is counted per qualifies it.
    let per = regex!(r"^[0-9]+\s*(?:回|日|社|人|名|組|会場)?(?:あたり|当たり|につき)の?");
    // `1日あたり平均50人が利用`: nothing but the unit before; the noun follows.
    let label = match label
        .starts_with(|c: char| c.is_ascii_digit())
        .then(|| per.find(label))
        .flatten()
    {
        Some(m) => {
            qualifier.get_or_insert_with(|| m.as_str().trim_end_matches('の').to_string());
            &label[m.end()..]
        }
        None => label,
    };
    // `第1回開催時の求職者`: the session is the qualifier, the noun the label.
    let session = label
        .starts_with('第')
        .then(|| regex!(r"^第[0-9]+回[^の]*の").find(label));
    let label = match session.flatten() {
        Some(m) if m.end() < label.len() => &label[m.end()..],
        _ => label,
    };
    // `第1回参加:24社`: so before the counted noun itself ([`session_of`] reads
    // the session off the line). (`第1回セミナー`: the session's event, a part.)
    let label = match label
        .starts_with('第')
        .then(|| session_and_noun(label))
        .flatten()
    {
        Some((_, noun)) if names_counted(noun) => noun,
        _ => label,
    };
    // `◆ セミナー参加企業` over `第1回(9月)23社`: the noun wrapped from the line
    // above, and the session the figure is of ([`session_of`]), no part of it.
    let label = match label
        .ends_with('回')
        .then(|| regex!(r"第[0-9]+回$").find(label))
        .flatten()
    {
        Some(m) if m.start() > 0 => label[..m.start()].trim_end_matches('の'),
        _ => label,
    };
    // `2019年度の参加者数`, `平成27年3月の就職者数`: the date is the figure's
    // fiscal year, not its label, nor is `中` (`令和3年度中に`: during it); a
    // half or a quarter of the year qualifies it (`令和3年度上半期の就職者数`).
    let date = regex!(
        r"^(?:平成|令和|昭和|[HRS])?\s*(?:[0-9]{1,4}|元)\s*(?:年度中?|年\s*[0-9]{1,2}\s*月|\.\s*[0-9]{1,2})(上半期|下半期|上期|下期|第[0-9]四半期)?の?"
    );
    // (Cheap first: a date opens on an era, a digit, 元 or white space.)
    let dated = label.starts_with(|c: char| {
        matches!(c, '平' | '令' | '昭' | 'H' | 'R' | 'S' | '元')
            || c.is_ascii_digit()
            || c.is_whitespace()
    });
    let label = match dated.then(|| date.captures(label)).flatten() {
        Some(c) if c[0].len() < label.len() => {
            if let (None, Some(period)) = (&qualifier, c.get(1)) {
                qualifier = Some(period.as_str().to_string());
            }
            &label[c[0].len()..]
        }
        _ => label,
    };
    let label = without_leading_particle(label);
    let noun = counted_noun(label);
    let modifier = label[..label.len() - noun.len()].to_string();
    let label = noun;
    // `前年度の参加者`: a modifier that splits the count qualifies it.
    if let Some(part) = modifier.strip_suffix('の').filter(|m| is_part(m)) {
        qualifier.get_or_insert_with(|| part.to_string());
    }
    // `2年間の訪問企業`: so does a time or span it holds over.
    if let Some(span) = modifier
        .strip_suffix('の')
        .filter(|m| is_time(m) && !is_part(m))
    {
        when.get_or_insert(span);
    }
    // `延べ相談件数`, `参加者は延べ120人`: the quantifier is no part of the noun;
    // it says the figure counts each visit or session again (qualifier 延べ).
    // (`延べ18施設`: a figure of its own, no noun.)
    let tallied = ["延べ", "のべ"].iter().any(|w| {
        label
            .strip_prefix(w)
            .is_some_and(|n| !n.is_empty() && !n.starts_with(|c: char| c.is_ascii_digit()))
    });
    let label = label
        .strip_prefix("延べ")
        .or_else(|| label.strip_prefix("のべ"))
        .unwrap_or(label);
    if tallied || tallied_before(before) {
        qualifier = Some(match qualifier {
            Some(q) => format!("延べ {q}"),
            None => "延べ".to_string(),
        });
    }
    if let Some(w) = per_session {
        qualifier = Some(match qualifier {
            Some(q) => format!("{q} {w}"),
            None => w.to_string(),
        });
    }
    // `事業開始以来累計20社`, `累計58人`: a sum over the programme's years says
    // over what the figure holds, as a time does.
    let cumulative = before
        .trim_end_matches(|c: char| c.is_whitespace() || c == ':')
        .ends_with("累計");
    let when = match (when, cumulative) {
        (Some(w), true) => Some(format!("{w}累計")),
        (None, true) => Some("累計".to_string()),
        (w, false) => w.map(str::to_string),
    };
    if let Some(w) = when {
        qualifier = Some(match qualifier {
            Some(q) => format!("{w} {q}"),
            None => w,
        });
    }
    // `毎回100名程度が参加`: an adverb of frequency or sum names nothing counted.
    if ADVERBS.contains(&label) {
        return (String::new(), qualifier, note, modifier);
    }
    let label = match gloss {
        Some(g) if !label.is_empty() => format!("{label}{g}"),
        _ => label.to_string(),
    };
    (label, qualifier, note, modifier)
}

/// A relative clause on the noun it ends in (`採用した企業`, `利用して県内企業に
/// 就職した若者`): a verb (kanji and its kana), then words ending in た or る
/// before a noun of kanji or katakana.
fn is_relative_clause(text: &str) -> bool {
    regex!(r"^\p{Han}+(?:\p{Hiragana}.*)?[たる][\p{Han}\p{Katakana}ー]+$").is_match(text)
}

/// Verbs that after を only say the way something came about, as a particle
/// does (`説明会を経て`, `商工会を通じて`, `窓口を介して`).
const ROUTE_VERBS: [&str; 4] = ["経", "通じ", "通し", "介し"];

/// `text` opens with a verb of the way there ([`ROUTE_VERBS`]).
fn opens_with_route(text: &str) -> bool {
    ROUTE_VERBS.iter().any(|v| text.starts_with(v))
}

/// `label` without a particle that opens it before a noun (`と企業` from
/// `求職者50名と企業8社`, `に再就職した者` from `…までに再就職した者`): a
/// label is a noun phrase, and no word begins with a particle there.
fn without_leading_particle(label: &str) -> &str {
    match label.strip_prefix(['と', 'に', 'を', 'で', 'が', 'へ']) {
        Some(rest) if rest.chars().next().is_some_and(is_noun_start) => rest,
        _ => label,
    }
}

/// A character a noun opens with: a kanji or a katakana letter.
fn is_noun_start(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{30A1}'..='\u{30FA}').contains(&c)
}

/// The length of a verb that opens `label` before a noun (`経た就職者` → 経た,
/// `受けた求職者` → 受けた, `通じて県内企業` → 通じて): a kanji, at most two
/// kana, and た, る or the joining て, followed by a kanji or katakana; 0 when
/// there is none (`新たな…`: no noun after).
fn verb_before_noun(label: &str) -> usize {
    let mut chars = label.char_indices();
    if !chars
        .next()
        .is_some_and(|(_, c)| ('\u{4E00}'..='\u{9FFF}').contains(&c))
    {
        return 0;
    }
    for (kana, (i, c)) in chars.enumerate() {
        if matches!(c, 'た' | 'る' | 'て') {
            let end = i + c.len_utf8();
            let noun = label[end..]
                .chars()
                .next()
                .is_some_and(|c| !is_hiragana(c) && !is_delim(c));
            return if noun { end } else { 0 };
        }
        if !is_hiragana(c) || kana == 2 {
            return 0;
        }
    }
    0
}

/// `text` without the particles that end it (`参加者は` → 参加者); 子ども and
/// こども end in も as a particle does, and keep it.
fn without_particles(text: &str) -> &str {
    let mut rest = text;
    while !rest.ends_with("ども") {
        match rest.strip_suffix(['は', 'が', 'も', 'を', 'に', 'で', 'の']) {
            Some(shorter) => rest = shorter,
            None => break,
        }
    }
    rest
}

/// A word that opens with a session (`第1回参加`, `第2回セミナー`): the
/// session and the words after it, if there are any.
fn session_and_noun(word: &str) -> Option<(&str, &str)> {
    let end = session_end(word)?;
    let rest = &word[end..];
    (!rest.is_empty()).then_some((&word[..end], rest))
}

/// Where a session (`第1回`) that opens `word` ends.
fn session_end(word: &str) -> Option<usize> {
    let number = word.strip_prefix('第')?;
    let rest = number.trim_start_matches(|c: char| c.is_ascii_digit());
    (rest.len() < number.len()).then_some(())?;
    rest.strip_prefix('回').map(|r| word.len() - r.len())
}

/// A word that names what is counted: a count (`参加者数`, `来場者`) or what
/// the people counted did (`参加`, `応募`, `就職`), not an event (`セミナー`).
fn names_counted(word: &str) -> bool {
    names_a_count(word) || categorize(word, None, None, "", "名") != MetricCategory::Other
}

/// A session and its event (`第1回セミナー`, `第2回(面接会)`): a part of a
/// list of sessions, as `第1回` is, for the list's label.
fn is_session_event(word: &str) -> bool {
    word.starts_with('第') && session_and_noun(word).is_some_and(|(_, rest)| !names_counted(rest))
}

/// Words that make a figure one of each session (`定員各回40名`), course, room
/// or venue (`各コース定員15名`, `各会場の参加者数`): 毎回, or 各 and a noun of a
/// session, a course (a katakana word) or a place the figure holds for each of.
const PER_ITEM: &str =
    r"(?:毎回|各(?:[\p{Katakana}ー]+|会場|教室|地区|施設|学校|窓口|回|日|校|期|班|部))";

/// `相談 実41名`, `(実14名)`: 実 standing as a word right before the figure
/// says it counts each one once, as 延べ says each time; it is no noun. The
/// words before it, where the noun is.
fn once_each_before(before: &str) -> Option<&str> {
    let text = before.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    let rest = text.strip_suffix('実')?;
    rest.chars()
        .next_back()
        .is_none_or(|c| is_delim(c) || matches!(c, '(' | '、'))
        .then_some(rest)
}

/// `「アスリート企業説明会」42名`: a name in 「」 right before a figure that no
/// noun names is what the figure counts, the name as printed.
fn quoted_name_before(before: &str) -> Option<String> {
    let text = bare_before(before);
    let open = text.strip_suffix('」')?.rfind('「')?;
    let name = &text[open..];
    (name.chars().count() > 2).then(|| name.to_string())
}

/// `延べ` (or `のべ`) right before the figure, perhaps before 約 (`延べ約1,200名`):
/// the figure counts a person or a company once for each time they came.
fn tallied_before(before: &str) -> bool {
    let text = before.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    let text = ["約", "およそ"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .unwrap_or(text)
        .trim_end();
    text.ends_with("延べ") || text.ends_with("のべ")
}

/// Nouns that measure what the noun before them names (`参加者の数`, `就職者の内訳`):
/// after の they are no counted noun of their own.
const MEASURES: [&str; 8] = [
    "人数",
    "件数",
    "総数",
    "実数",
    "実人数",
    "合計",
    "内訳",
    "実績",
];

/// The counted noun without a modifier joined to it by の (`出張相談の利用者` →
/// 利用者, `県内企業への就職内定者` → 就職内定者, `3回の参加者数` → 参加者数): the
/// cut is at the last の before a noun of two or more characters that opens in
/// kanji or katakana. A relative clause goes on in hiragana after の and names
/// the counted unit itself (`未就学児のいる世帯`); a measure (`参加者の人数`)
/// or a one-character noun (`県外の方`) keeps its modifier, and so does a part
/// (`子育て中の女性`), which names no counted noun of its own.
fn counted_noun(label: &str) -> &str {
    if !label.contains('の') {
        return label;
    }
    let noun_start =
        |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{30A1}'..='\u{30FA}').contains(&c);
    for (i, _) in label.rmatch_indices('の') {
        let rest = &label[i + 'の'.len_utf8()..];
        // `地域の就労的活動につながった方`: a relative clause on a person
        // holds the の; the phrase is the noun.
        let mut tail = rest.chars().rev();
        if matches!(tail.next(), Some('方' | '者' | '人'))
            && matches!(tail.next(), Some('た' | 'る'))
            && tail.next().is_some_and(is_hiragana)
        {
            return label;
        }
        if rest.chars().next().is_some_and(noun_start)
            && rest.chars().nth(1).is_some()
            && !MEASURES.contains(&rest)
            && !is_part(rest)
        {
            return rest;
        }
    }
    label
}

/// A plain noun of people, with nothing of its own (`学生`, `保護者`, `女性`).
fn names_people(label: &str) -> bool {
    label.ends_with(['者', '生', '性', '人', '員', '親', '母', '父'])
        && !label.contains(is_hiragana)
}

/// A hiragana letter (a particle or an inflection, in a label).
fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{3096}').contains(&c)
}

/// `・` between two words of kana or kanji joins one name (`ジョブ・カード`,
/// `就職・増収者`, `福祉・介護分野`): it lists nothing there; nor does `→`
/// between two kinds (`有期→正規`: a change from one to the other).
fn joining_dot(text: &str, at: usize, c: char) -> bool {
    let word = |c: char| {
        ('\u{30A1}'..='\u{30FA}').contains(&c)
            || c == 'ー'
            || ('\u{4E00}'..='\u{9FFF}').contains(&c)
    };
    let mut before = text[..at].chars().rev();
    matches!(c, '・' | '→')
        && before.next().is_some_and(word)
        // (`20名・就職者5名`: a dot after a figure's unit separates the figures.)
        && !before.next().is_some_and(|c| c.is_ascii_digit())
        && text[at + c.len_utf8()..].chars().next().is_some_and(word)
}

/// A word that ends as a verb in its joining form (`経て`, `通じて`, `実施し`,
/// `行った`), not as a noun (`子育て`, `見学者`).
fn is_verb_form(word: &str) -> bool {
    regex!(r"(?:\p{Hiragana}て|経て|\p{Han}し|った)$").is_match(word)
}

/// When nothing precedes the figure: `5件の求人`, `13名応募`, `24人の参加者が…`,
/// `3名が…「…」を受講予定`.
fn label_after(after: &str) -> String {
    if let Some(people) = people_named_after(after) {
        return people.to_string();
    }
    let particles = ['の', 'が', 'は', 'を', 'で'];
    let rest = after
        .trim_start()
        .trim_start_matches(particles)
        .trim_start();
    // `20名全員が修了`: all of them, no noun; the verb after tells what they did.
    let rest = ["全員", "全て", "すべて"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .map_or(rest, |r| r.trim_start_matches(particles).trim_start());
    let rest = past_comparison(after).unwrap_or(rest);
    // `すでに会員として就業`: an adverb before the verb names nothing.
    let rest = [
        "すでに",
        "既に",
        "新たに",
        "さらに",
        "更に",
        "初めて",
        "そのまま",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    .unwrap_or(rest);
    // `21名の方が…に求職登録`, `30名を超える方が参加`: 方 names people of no
    // kind; the verb after it tells what they did.
    let rest = match rest.strip_prefix('方') {
        Some(r) if r.starts_with(['が', 'は', 'も']) => &r['が'.len_utf8()..],
        _ => rest,
    };
    let noun = verb_noun_after(rest);
    let noun = noun.as_ref();
    // `令和2年度 14人` after a gap: a year, a time or a session after the
    // figure heads the next one; nor is a lone kana a noun.
    let session = session_end(noun) == Some(noun.len());
    let lone_kana = noun.chars().count() == 1 && noun.chars().all(is_hiragana);
    if session || lone_kana || is_time(noun) {
        return String::new();
    }
    noun.to_string()
}

/// `11人の就職者は全員が…`, `20名の参加者が`: the people the figure counts,
/// named right after it as the subject of what follows.
fn people_named_after(after: &str) -> Option<&str> {
    let rest = after.trim_start().strip_prefix('の')?;
    let end = rest
        .char_indices()
        .find(|&(_, c)| is_hiragana(c) || is_delim(c))
        .map_or(rest.len(), |(i, _)| i);
    let (noun, next) = rest.split_at(end);
    (noun.ends_with('者') && noun.chars().count() >= 2 && next.starts_with(['は', 'が', 'も']))
        .then_some(noun)
}

/// The noun of the clause after a figure and its particle ([`label_after`]).
fn verb_noun_after(rest: &str) -> std::borrow::Cow<'_, str> {
    if let Some(i) = rest.rfind('を') {
        let tail = &rest[i + 'を'.len_utf8()..];
        let n = tail.chars().count();
        if (1..=6).contains(&n) && !tail.contains(['が', 'は', 'に', 'で', 'の']) {
            // `求人を提出し`: the verb's noun, without its inflection; a verb of
            // one kanji names nothing, its object does (`面接を受け` → 面接,
            // `その場で内定を得る` → 内定, `受入れを行った` → 受入れ).
            let noun = verb_stem(tail);
            if noun.chars().count() == 1 {
                let object = last_word(&rest[..i]);
                if object.contains(|c: char| !is_hiragana(c)) {
                    return object.into();
                }
            }
            return if noun.is_empty() { tail } else { noun }.into();
        }
    }
    // `会員として就業`, `正社員として就職`: the act, with the role it was done in.
    if let Some(i) = rest.find("として").filter(|&i| i > 0) {
        let role = &rest[..i];
        let act = &rest[i + "として".len()..];
        let act = &act[..act
            .find(|c: char| is_hiragana(c) || is_delim(c))
            .unwrap_or(act.len())];
        if !role.contains(|c: char| is_hiragana(c) || is_delim(c)) && act.chars().nth(1).is_some() {
            return format!("{role}として{act}").into();
        }
    }
    // `35名が受入企業に内定`, `31名が見学先の企業に内定`: the verb's noun after
    // where it led, not the place.
    if let Some(i) = rest.find('に').filter(|&i| i > 0) {
        let tail = &rest[i + 'に'.len_utf8()..];
        let noun = tail.trim_end_matches(is_hiragana);
        let han = noun.chars().count();
        if (2..=4).contains(&han)
            && noun.chars().all(|c| matches!(c, '\u{4E00}'..='\u{9FFF}'))
            && !rest[..i].contains(|c: char| is_hiragana(c) && c != 'の')
        {
            return noun.into();
        }
    }
    // The noun right after: up to the first kana inflection or particle (`参加した` → 参加).
    let end = rest
        .char_indices()
        .find(|&(_, c)| is_delim(c) || is_hiragana(c))
        .map_or(rest.len(), |(i, _)| i);
    rest[..end].into()
}

/// A verb's noun: the verb without its inflection (`提出した` → 提出); a verb
/// written with kana inside (`雇い入れた`) keeps the kana its noun ends in
/// (雇い入れ), not cut inside the word.
fn verb_stem(verb: &str) -> &str {
    let noun = verb.trim_end_matches(is_hiragana);
    if !noun.contains(is_hiragana) {
        return noun;
    }
    match verb[noun.len()..].chars().next() {
        Some(c) if "いきぎしじちにびみりえけげせぜてでねべめれ".contains(c) => {
            &verb[..noun.len() + c.len_utf8()]
        }
        _ => noun,
    }
}

/// The last word of a phrase: what follows its last particle or mark
/// (`その場で内定` → 内定, `「ゼロ企業」からの脱却` → 脱却, `受入れ` whole).
fn last_word(phrase: &str) -> &str {
    let from = phrase
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            is_delim(c)
                || matches!(
                    c,
                    'の' | 'が' | 'は' | 'で' | 'に' | 'へ' | 'と' | 'も' | 'を'
                )
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    &phrase[from..]
}

/// The words after a figure that the verb after it exceeds (`100名を超える来場者`:
/// at least that many; the noun follows the verb).
fn past_comparison(after: &str) -> Option<&str> {
    let rest = after.trim_start().strip_prefix('を')?;
    ["超える", "上回る", "超す"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
}

/// `text` contains one of `words` (a regex `…|…` of literals, without building
/// an automaton for a few comparisons on a short label).
fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// `text` less a first character that is one of `particles` (a regex `[…]?`).
fn strip_particle<'a>(text: &'a str, particles: &[char]) -> &'a str {
    text.strip_prefix(particles).unwrap_or(text)
}

/// Words of a label that name a target (`目標`, `目指す`).
const GOAL: [&str; 2] = ["目標", "目指"];
/// Words of a label that name people employed…
const WORK: [&str; 8] = [
    "就職",
    "内定",
    "採用",
    "就労",
    "雇用開始",
    "雇用され",
    "雇入",
    "雇い入",
];
/// …unless it is about the way there (`就職支援`, `就職相談`).
const NOT_WORK: [&str; 8] = [
    "支援",
    "セミナー",
    "相談",
    "希望",
    "準備",
    "活動",
    "意欲",
    "面接会",
];
/// Kinds of employment (`正社員`, `パート`): they count people employed.
const EMPLOYMENT_KINDS: [&str; 8] = [
    "正社員",
    "正規雇用",
    "非正規雇用",
    "パート",
    "パートタイム",
    "アルバイト",
    "契約社員",
    "派遣社員",
];
/// Words of a label's head noun that name employers.
const EMPLOYERS: [&str; 4] = ["企業", "事業所", "事業主", "会社"];
/// Words of a label that name children.
const CHILDREN: [&str; 6] = ["子供", "子ども", "こども", "児童", "乳幼児", "託児"];
/// Words of a label that count what is no category of its own.
const NOT_COUNTED: [&str; 5] = ["登録", "欠席", "相談件数", "相談者数", "回答"];
/// Words of a label that name applicants.
const APPLYING: [&str; 6] = ["申込", "申し込", "応募", "希望者", "受講希望", "エントリー"];
/// Words of a label that name participants.
const PARTICIPANTS: [&str; 16] = [
    "参加",
    "受講者",
    "来場",
    "出席",
    "求職者",
    "利用者",
    "受講生",
    "実習生",
    "研修生",
    "訓練生",
    "聴講",
    "修了",
    "面接者",
    "面接を受け",
    "見学者",
    "対象者",
];

/// `(うち)?` and a kind of employment, the whole word (`うちパート`).
fn is_employment_kind(word: &str) -> bool {
    EMPLOYMENT_KINDS.contains(&word.strip_prefix("うち").unwrap_or(word))
}

/// A label naming children (the regex
/// `子供|子ども|こども|児童|乳幼児|託児|^子$|^子さん|うち子$`).
fn names_children(label: &str) -> bool {
    contains_any(label, &CHILDREN)
        || label == "子"
        || label.starts_with("子さん")
        || label.ends_with("うち子")
}

/// The clause after a figure says the children were cared for: `が託児を利用`
/// (the regex `^\s*[がもは]?託児を?利用`).
fn cared_for(after: &str) -> bool {
    strip_particle(after.trim_start(), &['が', 'も', 'は'])
        .strip_prefix("託児")
        .is_some_and(|r| r.strip_prefix('を').unwrap_or(r).starts_with("利用"))
}

/// The clause after a figure says it led to work: `就職し`, `内定`, `採用された`,
/// `を雇用し` (the regex
/// `就職(に結|し|でき|決定|$)|内定|採用(さ|決定)|^[をが]?雇用(し|さ|$)|^の?雇用に(つな|結)`).
fn leads_to_work(after: &str) -> bool {
    let followed_by = |word: &str, next: &[&str], at_end: bool| {
        after.match_indices(word).any(|(i, _)| {
            let rest = &after[i + word.len()..];
            at_end && rest.is_empty() || next.iter().any(|n| rest.starts_with(n))
        })
    };
    let hired = strip_particle(after, &['を', 'が'])
        .strip_prefix("雇用")
        .is_some_and(|r| r.is_empty() || r.starts_with(['し', 'さ']));
    let led = after
        .strip_prefix('の')
        .unwrap_or(after)
        .strip_prefix("雇用に")
        .is_some_and(|r| r.starts_with("つな") || r.starts_with('結'));
    followed_by("就職", &["に結", "し", "でき", "決定"], true)
        || after.contains("内定")
        || followed_by("採用", &["さ", "決定"], false)
        || hired
        || led
}

/// The length of the run of characters `text` opens with that are none of
/// `、。がもはをに`, in characters and bytes.
fn plain_run(text: &str) -> (usize, usize) {
    text.char_indices()
        .take_while(|&(_, c)| !matches!(c, '、' | '。' | 'が' | 'も' | 'は' | 'を' | 'に'))
        .fold((0, 0), |(n, _), (i, c)| (n + 1, i + c.len_utf8()))
}

/// The clause after a figure says its people applied: `が見学先企業に応募し`
/// (the regex `^\s*[がもは][^、。]{0,20}?(応募|申し込|申込)`).
fn applies_after(after: &str) -> bool {
    let Some(rest) = after.trim_start().strip_prefix(['が', 'も', 'は']) else {
        return false;
    };
    let words = ["応募", "申し込", "申込"];
    // The word opens within 20 characters, none of them 、 or 。.
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if words.iter().any(|w| rest[i..].starts_with(w)) {
            return true;
        }
        if n == 20 || matches!(c, '、' | '。') {
            return false;
        }
    }
    false
}

/// The clause after a figure says its people took part: `が参加`, `の若者が参加`,
/// `が職業訓練を受講`, `が面接を受け`, `を支援` (the regex
/// `^\s*(の[^、。がもはをに]{1,12}[がもは])?([がもは]?([^、。がもはをに]{1,15}[をに])?(参加|受講|来場|出席)|[がもは]?面接を受け|を支援)`).
/// The runs of characters the regex bounds stop at a particle or a comma, so
/// each part has only one way to match, which is followed here.
fn takes_part_after(after: &str) -> bool {
    let verb = |t: &str| {
        ["参加", "受講", "来場", "出席"]
            .iter()
            .any(|v| t.starts_with(v))
    };
    // `spaced`: whitespace went before `t`, which the regex may count in the
    // object's run (`\s*` need not take it all): then the run may be empty here.
    let clause = |t: &str, spaced: bool| {
        if t.starts_with("を支援") {
            return true;
        }
        let rest = strip_particle(t, &['が', 'も', 'は']);
        if rest.starts_with("面接を受け") || verb(rest) {
            return true;
        }
        // The object or place of the verb: 1 to 15 characters, then を or に.
        let (n, len) = plain_run(rest);
        let slack = spaced && rest.len() == t.len();
        n <= 15 && (n >= 1 || slack) && rest[len..].strip_prefix(['を', 'に']).is_some_and(verb)
    };
    let text = after.trim_start();
    // `の若者が`: a noun after the figure, 1 to 12 characters, then が, も or は.
    // `を超える若者が`: so after a comparison the figure is the least of.
    let noun = text
        .strip_prefix('の')
        .or_else(|| past_comparison(text))
        .and_then(|t| {
            let (n, len) = plain_run(t);
            let rest = t[len..].strip_prefix(['が', 'も', 'は'])?;
            (1..=12).contains(&n).then_some(rest)
        });
    clause(text, text.len() < after.len()) || noun.is_some_and(|rest| clause(rest, false))
}

/// The category of a figure, from its label, qualifier and the clause around it.
fn categorize(
    label: &str,
    qualifier: Option<&str>,
    note: Option<&str>,
    after: &str,
    unit: &str,
) -> MetricCategory {
    use MetricCategory::*;
    let q = qualifier.unwrap_or("");
    if note.is_some_and(|n| n.contains("目標"))
        || q.split(' ').any(|w| w == "目標")
        || contains_any(label, &GOAL)
        || contains_any(after, &GOAL)
    {
        return Target;
    }
    // A count in 社 counts employers, whatever they did (`雇入れ企業 9社`,
    // `うち体験者を直接雇用 3社`): those employed are people, counted in 名 or 人.
    if unit == "社" {
        return Companies;
    }
    // `正社員15名`, `うちパート10名`: a kind of employment counts people employed.
    if is_employment_kind(label) || q.split(' ').any(is_employment_kind) {
        return Employed;
    }
    let work = contains_any(label, &WORK) || label.ends_with("雇用");
    if work && !contains_any(label, &NOT_WORK) || leads_to_work(after) {
        return Employed;
    }
    // `求人企業 45社`: employers are counted in 社 whatever they offer.
    if label.contains("求人") && unit != "社" {
        return JobOpenings;
    }
    // A label's head noun is its end (`見学先企業への応募`: applications, not companies);
    // a count of people (名, 人) counts no companies (`8名が見学先企業に応募`).
    let head = label.rsplit('の').next().unwrap_or(label);
    let people = matches!(unit, "名" | "人");
    if unit == "社" || !people && contains_any(head, &EMPLOYERS) {
        return Companies;
    }
    // `児童扶養手当受給者`: parents receiving the child allowance.
    let parents = label.contains("子育て") || label.contains("児童扶養") || q.contains("児童扶養");
    // `うち10名が託児を利用`: those whose children were cared for.
    if (names_children(label) || names_children(q) || cared_for(after)) && !parents {
        return Children;
    }
    if contains_any(label, &NOT_COUNTED) {
        return Other;
    }
    if contains_any(label, &APPLYING) {
        return Applicants;
    }
    // `8名が見学先企業に応募し`: the label does not say, the verb of the clause does.
    if people && applies_after(after) {
        return Applicants;
    }
    // `支援対象者`: the people a programme took on; `修了者`: those who finished it.
    if contains_any(label, &PARTICIPANTS) {
        return Participants;
    }
    // `親子20組が参加`: the label does not say, the verb after the figure does.
    // `95名が面接を受け`, `120名を支援し`: people the programme took on.
    // `約30名の若者が参加`, `母親20名が職業訓練を受講`: the verb past the noun
    // after the figure, or past the object or place of the verb.
    if takes_part_after(after) {
        return Participants;
    }
    // `来場者…、うち女性580名`: a part named by sex or age is of the parent's kind.
    let parent = q.rsplit(' ').next().and_then(|q| q.strip_suffix("のうち"));
    // So is a plain noun of people with nothing of its own (`うち学生250名`).
    let plain = names_people(label);
    if let Some(parent) = parent.filter(|p| (is_part(label) || plain) && !p.is_empty()) {
        return categorize(parent, None, None, "", unit);
    }
    Other
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn find_digit_finds_the_first_digit(
            text in proptest::collection::vec(
                proptest::sample::select(vec!["0", "5", "9", "/", ":", "a", "参加", "名", "、", "\u{7f}"]),
                0..40,
            )
        ) {
            let bytes = text.concat().into_bytes();
            proptest::prop_assert_eq!(find_digit(&bytes), bytes.iter().position(u8::is_ascii_digit));
        }
    }

    proptest::proptest! {
        #[test]
        fn in_quotes_counts_the_brackets(
            text in proptest::collection::vec(
                proptest::sample::select(vec!["「", "」", "『", "』", "丌", "〃", "、", "a", "参加", "\u{2000c}"]),
                0..30,
            )
        ) {
            let text = text.concat();
            let open = text.matches(['「', '『']).count() > text.matches(['」', '』']).count();
            proptest::prop_assert_eq!(in_quotes(&text), open);
        }
    }

    /// Strings of the words, particles and marks the category tests look for.
    fn category_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy as _;
        let words = vec![
            " ",
            "\u{3000}",
            "の",
            "が",
            "も",
            "は",
            "を",
            "に",
            "、",
            "。",
            "a",
            "若者",
            "参加",
            "受講",
            "来場",
            "出席",
            "面接を受け",
            "面接",
            "支援",
            "応募",
            "申し込",
            "申込",
            "託児",
            "利用",
            "就職",
            "内定",
            "採用",
            "雇用",
            "雇",
            "用",
            "さ",
            "し",
            "でき",
            "決定",
            "結",
            "つな",
            "企業",
            "子",
            "子ども",
            "子さん",
            "うち",
            "正社員",
            "パート",
            "タイム",
            "目標",
            "目指",
            "登録",
            "希望者",
            "受講者",
            "対象者",
        ];
        proptest::collection::vec(proptest::sample::select(words), 0..30).prop_map(|w| w.concat())
    }

    proptest::proptest! {
        /// The literal tests and scans that replaced the category regexes match
        /// what the regexes matched.
        #[test]
        fn category_tests_are_the_regexes_they_replaced(s in category_words()) {
            let regex = |re: &str| regex::Regex::new(re).unwrap().is_match(&s);
            proptest::prop_assert_eq!(contains_any(&s, &GOAL), regex(r"目標|目指"));
            proptest::prop_assert_eq!(
                contains_any(&s, &WORK) || s.ends_with("雇用"),
                regex(r"就職|内定|採用|就労|雇用開始|雇用され|雇入|雇い入|雇用$")
            );
            proptest::prop_assert_eq!(
                contains_any(&s, &NOT_WORK),
                regex(r"支援|セミナー|相談|希望|準備|活動|意欲|面接会")
            );
            proptest::prop_assert_eq!(
                is_employment_kind(&s),
                regex(r"^(うち)?(正社員|正規雇用|非正規雇用|パート(タイム)?|アルバイト|契約社員|派遣社員)$")
            );
            proptest::prop_assert_eq!(
                leads_to_work(&s),
                regex(r"就職(に結|し|でき|決定|$)|内定|採用(さ|決定)|^[をが]?雇用(し|さ|$)|^の?雇用に(つな|結)")
            );
            proptest::prop_assert_eq!(contains_any(&s, &EMPLOYERS), regex(r"企業|事業所|事業主|会社"));
            proptest::prop_assert_eq!(
                names_children(&s),
                regex(r"子供|子ども|こども|児童|乳幼児|託児|^子$|^子さん|うち子$")
            );
            proptest::prop_assert_eq!(cared_for(&s), regex(r"^\s*[がもは]?託児を?利用"));
            proptest::prop_assert_eq!(
                contains_any(&s, &NOT_COUNTED),
                regex(r"登録|欠席|相談件数|相談者数|回答")
            );
            proptest::prop_assert_eq!(
                contains_any(&s, &APPLYING),
                regex(r"申込|申し込|応募|希望者|受講希望|エントリー")
            );
            proptest::prop_assert_eq!(
                applies_after(&s),
                regex(r"^\s*[がもは][^、。]{0,20}?(応募|申し込|申込)")
            );
            proptest::prop_assert_eq!(
                contains_any(&s, &PARTICIPANTS),
                regex(r"参加|受講者|来場|出席|求職者|利用者|受講生|実習生|研修生|訓練生|聴講|修了|面接者|面接を受け|見学者|対象者")
            );
            proptest::prop_assert_eq!(
                takes_part_after(&s),
                regex(r"^\s*(の[^、。がもはをに]{1,12}[がもは])?([がもは]?([^、。がもはをに]{1,15}[をに])?(参加|受講|来場|出席)|[がもは]?面接を受け|を支援)")
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn bare_before_strips_what_the_regex_strips(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "延べ", "のべ", "約", "計", "合計", "総計", "累計", "総数", "およそ", "全",
                    "平均", "平", "合", "参加者", " ", ":", "は", "\u{3000}",
                ]),
                0..12,
            )
        ) {
            let text = text.concat();
            let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
            let re = regex::Regex::new(r"(?:(平均|延べ|のべ|約|計|合計|総計|累計|総数|およそ|全)\s*)+$").unwrap();
            let expected = match re.find(trimmed) {
                Some(m) => trimmed[..m.start()].trim_end_matches(|c: char| c.is_whitespace() || c == ':'),
                None => trimmed,
            };
            proptest::prop_assert_eq!(bare_before(&text), expected);
        }
    }

    #[test]
    fn counts_are_digits_commas_space_and_a_unit() {
        let text = "参加者 1,234 名、第2回、子育て世帯12世帯と5社(3か月)";
        let got: Vec<_> = counts(text)
            .map(|(s, e, v, u)| (&text[s..e], v, u))
            .collect();
        assert_eq!(
            got,
            [
                ("1,234 名", 1234, "名"),
                ("12世帯", 12, "世帯"),
                ("5社", 5, "社")
            ]
        );
        assert_eq!(counts("年1回、3か月").count(), 0);
        assert_eq!(counts("1.2.3万人 99999999999999999999名").count(), 0);
        let text = "1万2,000人、1.5万人、5千人、50~60名、50名〜60名、45.5人、H26.4~H27.3";
        let got: Vec<_> = counts(text).map(|(s, e, v, _)| (&text[s..e], v)).collect();
        assert_eq!(
            got,
            [
                ("1万2,000人", 12_000),
                ("1.5万人", 15_000),
                ("5千人", 5_000),
                ("50~60名", 50),
                ("50名〜60名", 50),
            ]
        );
    }

    #[test]
    fn a_year_alone_on_its_line_captions_the_figures_below() {
        assert_eq!(year_caption("平成26年度実績"), Some(2014));
        assert_eq!(year_caption("【令和元年度】"), Some(2019));
        assert_eq!(year_caption("≪H30年度の状況≫"), Some(2018));
        assert_eq!(year_caption("平成26年度 参加者数 24名"), None, "a figure");
        assert_eq!(
            year_caption("平成20年度から毎年開催している"),
            None,
            "a sentence"
        );
        assert_eq!(year_caption("H26年度~H28年度"), None, "no single year");
        let lines = [
            "平成26年度実績",
            "参加者数 24名",
            "令和元年度",
            "参加者数 30名",
        ];
        let spans: Vec<Span> = lines
            .iter()
            .enumerate()
            .map(|(i, text)| Span { line: i + 1, text })
            .collect();
        let got: Vec<_> = find(&spans)
            .into_iter()
            .map(|m| (m.label, m.value, m.fiscal_year))
            .collect();
        assert_eq!(
            got,
            [
                ("参加者数".to_string(), 24, Some(2014)),
                ("参加者数".to_string(), 30, Some(2019))
            ]
        );
    }

    #[test]
    fn a_verb_before_the_figure_is_no_label() {
        for verb in ["経て", "通じて", "実施し", "行った"] {
            assert!(is_verb_form(verb), "{verb}");
        }
        for noun in ["子育て", "見学者", "参加企業", "相談"] {
            assert!(!is_verb_form(noun), "{noun}");
        }
        let labels: Vec<_> = one("面接会を経て27名が採用内定。セミナーを通じて12社が求人を提出し")
            .into_iter()
            .map(|m| (m.label, m.category))
            .collect();
        assert_eq!(
            labels,
            [
                ("採用内定".to_string(), MetricCategory::Employed),
                ("提出".to_string(), MetricCategory::Companies)
            ]
        );
    }

    fn one(text: &str) -> Vec<Metric> {
        let text = crate::normalize::clean(text);
        find(&[Span {
            line: 1,
            text: &text,
        }])
    }

    /// The metrics of a paragraph of several lines, each cleaned.
    fn para(lines: &[&str]) -> Vec<Metric> {
        let cleaned: Vec<String> = lines.iter().map(|l| crate::normalize::clean(l)).collect();
        let spans: Vec<Span> = cleaned
            .iter()
            .enumerate()
            .map(|(i, text)| Span { line: i + 1, text })
            .collect();
        find(&spans)
    }

    /// (label, value, unit, qualifier) of each figure in a paragraph.
    fn labelled(lines: &[&str]) -> Vec<(String, u64, String, Option<String>)> {
        para(lines)
            .into_iter()
            .map(|m| (m.label, m.value, m.unit, m.qualifier))
            .collect()
    }

    fn row(
        label: &str,
        value: u64,
        unit: &str,
        q: Option<&str>,
    ) -> (String, u64, String, Option<String>) {
        (label.into(), value, unit.into(), q.map(str::to_string))
    }

    #[test]
    fn a_list_by_venue_month_or_term_is_of_its_head() {
        // The head on a line of its own above, …別の before the noun.
        assert_eq!(
            labelled(&["(地区別の相談者)", "中央会場 18人 北部会場 12人"]),
            [
                row("相談者", 18, "人", Some("中央会場")),
                row("相談者", 12, "人", Some("北部会場"))
            ]
        );
        assert_eq!(
            labelled(&["◆月別の職業紹介", "6月 7件 7月 9件"]),
            [
                row("職業紹介", 7, "件", Some("6月")),
                row("職業紹介", 9, "件", Some("7月"))
            ]
        );
        // The head before the venues; one venue counted in two units.
        assert_eq!(
            labelled(&["◆出展者 東会場 12社20名、西会場 8社11名"]),
            [
                row("出展者", 12, "社", Some("東会場")),
                row("出展者", 20, "名", Some("東会場")),
                row("出展者", 8, "社", Some("西会場")),
                row("出展者", 11, "名", Some("西会場"))
            ]
        );
        // The terms under their total.
        assert_eq!(
            labelled(&["◆研修修了者 計21人", "第1期 11人、第2期 10人"]),
            [
                row("研修修了者", 21, "人", None),
                row("研修修了者", 11, "人", Some("第1期")),
                row("研修修了者", 10, "人", Some("第2期"))
            ]
        );
    }

    #[test]
    fn a_sum_since_the_start_qualifies_what_it_counts() {
        assert_eq!(
            labelled(&["◆ 登録企業は制度創設以来累計４５社にのぼる。"]),
            [row("登録企業", 45, "社", Some("制度創設以来累計"))]
        );
        assert_eq!(
            labelled(&["◆ 開設以来累計１２０人が講座を修了した。"]),
            [row("修了", 120, "人", Some("開設以来累計"))]
        );
        assert_eq!(
            labelled(&["◆ 訓練修了者は累計８８人となった。"]),
            [row("訓練修了者", 88, "人", Some("累計"))]
        );
    }

    #[test]
    fn a_list_by_quarter_counts_its_head() {
        // Months as ranges (a quarter), the total under 計 and its sub-count.
        assert_eq!(
            labelled(&[
                "◆ 職業訓練の受講者数（年度計）",
                "４～６月 ８人、７～９月 １１人、１０～１２月 ６人",
                "計２５人（うち女性１０人）"
            ]),
            [
                row("受講者数", 8, "人", Some("4~6月")),
                row("受講者数", 11, "人", Some("7~9月")),
                row("受講者数", 6, "人", Some("10~12月")),
                row("受講者数", 25, "人", Some("計")),
                row("受講者数", 10, "人", Some("うち女性"))
            ]
        );
        // The head before the list on its line.
        assert_eq!(
            labelled(&["◆ 求人受理件数 1~3月 40件 4~6月 52件"]),
            [
                row("求人受理件数", 40, "件", Some("1~3月")),
                row("求人受理件数", 52, "件", Some("4~6月"))
            ]
        );
        // A head telling the state of the count names the count.
        assert_eq!(
            labelled(&["◆ 窓口での相談状況（四半期別）", "1~3月 31件 4~6月 27件"]),
            [
                row("相談", 31, "件", Some("1~3月")),
                row("相談", 27, "件", Some("4~6月"))
            ]
        );
    }

    #[test]
    fn a_table_row_named_by_a_venue_keeps_its_whole_name() {
        assert_eq!(
            labelled(&[
                "会場 参加企業 来場者",
                "東会場(5月) 12社 40名",
                "西会場(6月) 9社 31名"
            ]),
            [
                row("参加企業", 12, "社", Some("東会場(5月)")),
                row("来場者", 40, "名", Some("東会場(5月)")),
                row("参加企業", 9, "社", Some("西会場(6月)")),
                row("来場者", 31, "名", Some("西会場(6月)"))
            ]
        );
    }

    #[test]
    fn a_word_on_the_next_line_is_no_suffix_of_the_unit() {
        use MetricCategory::*;
        // The count ends its line; the next line opens with 目標 / 日程 / 分野 /
        // 増加: none of them makes it an ordinal, a person-day, a time or a change.
        assert_eq!(
            summary(&para(&[
                "◆見学会参加生徒 35人",
                "目標としていた30人を超えた。"
            ]))[0],
            (
                "見学会参加生徒".to_string(),
                35,
                "人".to_string(),
                Participants,
                None
            )
        );
        assert_eq!(
            summary(&para(&[
                "ガイダンス出席企業 12社",
                "分野別に説明を行った。"
            ])),
            [(
                "ガイダンス出席企業".to_string(),
                12,
                "社".to_string(),
                Companies,
                None
            )]
        );
        // Within one line the ordinal stays one.
        assert!(para(&["3人目の相談員を配置", "した。"]).is_empty());
    }

    fn summary(ms: &[Metric]) -> Vec<(String, u64, String, MetricCategory, Option<String>)> {
        ms.iter()
            .map(|m| {
                (
                    m.label.clone(),
                    m.value,
                    m.unit.clone(),
                    m.category,
                    m.qualifier.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn participant_count_with_fiscal_year() {
        let m = one("・参加者数 ２４名（平成25年度）");
        assert_eq!(
            summary(&m),
            vec![(
                "参加者数".into(),
                24,
                "名".into(),
                MetricCategory::Participants,
                None
            )]
        );
        assert_eq!(m[0].fiscal_year, Some(2013));
    }

    #[test]
    fn five_or_six_is_a_range_not_fifty_six() {
        let got = |t: &str| -> Vec<(u64, String)> {
            one(t).iter().map(|m| (m.value, m.unit.clone())).collect()
        };
        assert_eq!(got("毎回５，６名が参加"), [(5, "名".to_string())]);
        assert_eq!(got("毎回５、６名が参加"), [(5, "名".to_string())]);
        assert_eq!(got("来場者数1,234名"), [(1234, "名".to_string())]);
        assert_eq!(got("延べ10,000人"), [(10_000, "人".to_string())]);
        // A list, not a range: each count with its own unit.
        assert_eq!(
            got("第1回20名、第2回18名"),
            [(20, "名".to_string()), (18, "名".to_string())]
        );
    }

    #[test]
    fn people_who_applied_to_companies_are_applicants() {
        use MetricCategory::*;
        let cats = |t: &str| -> Vec<(u64, MetricCategory)> {
            one(t).iter().map(|m| (m.value, m.category)).collect()
        };
        assert_eq!(
            cats("８名が見学先企業に応募し、３名が採用された。"),
            [(8, Applicants), (3, Employed)]
        );
        assert_eq!(
            cats("１２名が見学先企業のインターンシップに応募した"),
            [(12, Applicants)]
        );
        // Companies are counted in 社, whatever the people did.
        assert_eq!(cats("見学先企業１５社"), [(15, Companies)]);
        assert_eq!(cats("参加企業の担当者２０名が出席"), [(20, Participants)]);
        // Employers that hired are still employers; the people hired are employed.
        assert_eq!(cats("雇入れ企業 ９社"), [(9, Companies)]);
        assert_eq!(cats("うち体験者を直接雇用 ３社"), [(3, Companies)]);
        assert_eq!(cats("体験者を直接雇用 ３人"), [(3, Employed)]);
    }

    #[test]
    fn companies_job_seekers_children_and_employed_in_one_sentence() {
        let m = one("参加企業１５社に対して求職者１４４人、子供さん７３人が参加し、２４人の参加者が就職に結びついた。");
        let cats: Vec<_> = m.iter().map(|m| (m.value, m.category)).collect();
        use MetricCategory::*;
        assert_eq!(
            cats,
            vec![
                (15, Companies),
                (144, Participants),
                (73, Children),
                (24, Employed)
            ]
        );
        assert_eq!(m[1].label, "求職者");
    }

    #[test]
    fn label_after_the_number() {
        let m = one("◆ 面接会では、5件の求人に対して13名応募、就職2人");
        use MetricCategory::*;
        let got: Vec<_> = m
            .iter()
            .map(|m| (m.label.as_str(), m.value, m.category))
            .collect();
        assert_eq!(
            got,
            vec![
                ("求人", 5, JobOpenings),
                ("応募", 13, Applicants),
                ("就職", 2, Employed)
            ]
        );
    }

    #[test]
    fn sub_counts_carry_a_qualifier() {
        let m = one("第２回：平成２７年１月開催 参加者：１３名、就職者数：７名（うち男性２名）");
        let got = summary(&m);
        assert_eq!(
            got[0],
            (
                "参加者".into(),
                13,
                "名".into(),
                MetricCategory::Participants,
                Some("第2回".into())
            )
        );
        assert_eq!(
            got[1],
            (
                "就職者数".into(),
                7,
                "名".into(),
                MetricCategory::Employed,
                Some("第2回".into())
            )
        );
        assert_eq!(
            got[2],
            (
                "就職者数".into(),
                2,
                "名".into(),
                MetricCategory::Employed,
                Some("第2回 うち男性".into())
            )
        );
        assert_eq!(m[0].fiscal_year, None, "a month is not a fiscal year");
    }

    #[test]
    fn clause_before_gives_the_sub_count_context() {
        let m = one("◆ 参加者 １３名 参加者のうち職業相談後、就職できた方 ３名");
        assert_eq!(m[1].label, "就職できた方");
        assert_eq!(m[1].qualifier.as_deref(), Some("参加者のうち職業相談後"));
        assert_eq!(m[1].category, MetricCategory::Employed);
    }

    #[test]
    fn target_in_brackets() {
        let m = one("障害者就労件数（目標）１４５件（平成２７年度）");
        assert_eq!(m[0].label, "障害者就労件数");
        assert_eq!(m[0].category, MetricCategory::Target);
        assert_eq!(m[0].fiscal_year, Some(2015));
    }

    #[test]
    fn not_metrics() {
        assert!(one("「障がい者新規就労５００人サポート事業」の相談者").is_empty());
        assert!(one("第１回 1/21～1/23 にて開催、年１回、２部構成、２５歳～５２歳").is_empty());
        let clean = crate::normalize::clean;
        assert!(!has_count(&clean("平成２０年度から毎年開催（年１回）。")));
        assert!(has_count(&clean("◆定員１５名")));
    }

    #[test]
    fn other_phrasings_of_counts() {
        use MetricCategory::*;
        let cases: [(&str, &str, u64, MetricCategory); 14] = [
            (
                "参加者は延べ１２０人にのぼった。",
                "参加者",
                120,
                Participants,
            ),
            ("約５０名が参加した。", "参加", 50, Participants),
            ("来場者数：1,200名", "来場者数", 1200, Participants),
            ("就職件数 １２件", "就職件数", 12, Employed),
            ("内定者５名", "内定者", 5, Employed),
            ("参加企業数 ２０社", "参加企業数", 20, Companies),
            ("求人数３０人", "求人数", 30, JobOpenings),
            ("託児利用 ８人", "託児利用", 8, Children),
            ("新規求職登録者 １５名", "新規求職登録者", 15, Other),
            ("目標 １００人", "目標", 100, Target),
            ("相談件数 ８０件", "相談件数", 80, Other),
            ("応募者数は４５人", "応募者数", 45, Applicants),
            ("見学先企業への応募 ２４名", "応募", 24, Applicants),
            ("参加企業の担当者 １０名", "担当者", 10, Participants),
        ];
        for (text, label, value, category) in cases {
            let m = one(text);
            assert_eq!(m.len(), 1, "{text}: {m:?}");
            assert_eq!(
                (m[0].label.as_str(), m[0].value, m[0].category),
                (label, value, category),
                "{text}"
            );
        }
    }

    #[test]
    fn fiscal_years_with_abbreviated_eras() {
        let year = |text: &str| {
            let text = crate::normalize::clean(text);
            let first = fiscal_years(&text).next();
            first.map(|(_, _, y)| y)
        };
        assert_eq!(year("H27年度"), Some(2015));
        assert_eq!(year("Ｈ２７年度"), Some(2015));
        assert_eq!(year("R2年度"), Some(2020));
        assert_eq!(year("R元年度"), Some(2019));
        assert_eq!(year("令和元年度"), Some(2019));
        assert_eq!(year("平成２５年度"), Some(2013));
        assert_eq!(year("S60年度"), Some(1985));
        assert_eq!(year("2019年度"), Some(2019));
        assert_eq!(year("(２０１９年度)"), Some(2019));
        assert_eq!(year("HW27年度"), None, "HW is a word, not an era");
        assert_eq!(year("OHR2年度"), None);
        assert_eq!(year("27年度"), None, "no era, no year");
        assert_eq!(year("平成27年4月"), None, "a month is not a fiscal year");
    }

    #[test]
    fn each_figure_takes_its_own_fiscal_year() {
        let years =
            |text: &str| -> Vec<Option<i32>> { one(text).iter().map(|m| m.fiscal_year).collect() };
        assert_eq!(
            years("参加者数 H30年度 150名、令和元年度 210名"),
            [Some(2018), Some(2019)]
        );
        assert_eq!(
            years("参加者数 24名（平成25年度）、30名（平成26年度）"),
            [Some(2013), Some(2014)]
        );
        assert_eq!(
            years("R2年度 参加生徒 280名、参加企業 30社"),
            [Some(2020), Some(2020)]
        );
        let m = one("参加者数 H30年度 150名、令和元年度 210名");
        assert_eq!(
            (m[0].label.as_str(), m[1].label.as_str()),
            ("参加者数", "参加者数")
        );
        assert_eq!(one("2019年度の参加者数は45名")[0].label, "参加者数");
    }

    #[test]
    fn a_place_before_the_figure_and_the_counted_noun_after() {
        let m = one("セミナーには約５０名の求職者が来場し、３会場で延べ９０社が参加した。");
        let got: Vec<_> = m.iter().map(|m| (m.label.as_str(), m.category)).collect();
        use MetricCategory::*;
        assert_eq!(got, [("求職者", Participants), ("参加", Companies)]);
        // An adverb before the figure, no noun after: no place, the label is not
        // taken from after the figure.
        assert!(!place_before("障害者を新規に", "就労させる"));
        assert!(place_before("セミナーには約", "の求職者が来場"));
    }

    #[test]
    fn one_group_counted_in_two_units() {
        let m = one("親子２０組４０名が参加した。");
        let got: Vec<_> = m
            .iter()
            .map(|m| (m.label.as_str(), m.value, m.unit.as_str(), m.category))
            .collect();
        use MetricCategory::*;
        assert_eq!(
            got,
            [
                ("親子", 20, "組", Participants),
                ("親子", 40, "名", Participants)
            ]
        );
    }

    #[test]
    fn the_clause_after_stops_at_the_next_bullet_line() {
        let spans = [
            Span {
                line: 1,
                text: "・見学会 参加者数 H30年度 150名、R元年度 210名",
            },
            Span {
                line: 2,
                text: "・県内就職率は初めて6割を超えた。",
            },
        ];
        let m = find(&spans);
        assert_eq!(m[1].label, "参加者数");
        assert_eq!(m[1].category, MetricCategory::Participants);
    }

    #[test]
    fn figure_in_brackets_after_its_noun() {
        let m = one("事業を幅広く関係者（112人）に周知し");
        assert_eq!(
            (m[0].label.as_str(), m[0].value, m[0].category),
            ("関係者", 112, MetricCategory::Other)
        );
    }

    #[test]
    fn labels_wrap_across_lines() {
        let spans = [
            Span {
                line: 10,
                text: "申込者30名(うち託児希望23名・子23名)、受講者15名",
            },
            Span {
                line: 11,
                text: "(うち託児12名・子12名)となり、受講者のうち就職者は3",
            },
            Span {
                line: 12,
                text: "名で、いずれも託児希望者であった。",
            },
        ];
        let m = find(&spans);
        let got: Vec<_> = m.iter().map(|m| (m.value, m.category, m.line)).collect();
        use MetricCategory::*;
        assert_eq!(
            got,
            vec![
                (30, Applicants, 10),
                (23, Children, 10),
                (23, Children, 10),
                (15, Participants, 10),
                (12, Children, 11),
                (12, Children, 11),
                (3, Employed, 11)
            ]
        );
        assert_eq!(m[1].qualifier.as_deref(), Some("うち託児希望"));
        assert_eq!(
            (m[2].label.as_str(), m[2].qualifier.as_deref()),
            ("子", Some("申込者"))
        );
        assert_eq!(m[6].label, "就職者");
        assert_eq!(m[6].qualifier.as_deref(), Some("受講者のうち"));
    }

    /// A figure as a reader writes it down: (label, value, unit, category, qualifier, fiscal year).
    type Read = (
        &'static str,
        u64,
        &'static str,
        MetricCategory,
        Option<&'static str>,
        Option<i32>,
    );

    /// Counts as bulletins of other themes phrase them (生活保護受給者等の就労支援,
    /// 障害者雇用, 若者・新卒, 高齢者, UIJターン, ひとり親, 職業訓練, 企業説明会), each
    /// paragraph (lines separated by `\n`) with what a reader takes from it.
    #[test]
    fn phrasings_of_other_themes() {
        use MetricCategory::*;
        let table: Vec<(&str, Vec<Read>)> =
            vec![
            // A うち sub-count takes the parent as qualifier; a rate is no metric.
            (
                "支援対象者数１２０人、うち就職者数８０人（就職率６６．７％）",
                vec![
                    ("支援対象者数", 120, "人", Participants, None, None),
                    (
                        "就職者数",
                        80,
                        "人",
                        Employed,
                        Some("支援対象者数のうち"),
                        None,
                    ),
                ],
            ),
            (
                "就職件数：延べ４５件",
                vec![("就職件数", 45, "件", Employed, Some("延べ"), None)],
            ),
            (
                "延べ相談件数３２０件",
                vec![("相談件数", 320, "件", Other, Some("延べ"), None)],
            ),
            (
                "求人件数１５０件",
                vec![("求人件数", 150, "件", JobOpenings, None, None)],
            ),
            // 事業所 is not among the guide's counters.
            ("参加事業所数１２事業所", vec![]),
            (
                "参加企業数１２社",
                vec![("参加企業数", 12, "社", Companies, None, None)],
            ),
            // A flattened table: the header line over the value line.
            (
                "参加者数　就職者数　就職率\n２５名　１０名　４０％",
                vec![
                    ("参加者数", 25, "名", Participants, None, None),
                    ("就職者数", 10, "名", Employed, None, None),
                ],
            ),
            // …with row labels, and a corner cell.
            (
                "　　　　参加者数　就職者数\n第１回　２０名　８名\n第２回　２５名　１０名",
                vec![
                    ("参加者数", 20, "名", Participants, Some("第1回"), None),
                    ("就職者数", 8, "名", Employed, Some("第1回"), None),
                    ("参加者数", 25, "名", Participants, Some("第2回"), None),
                    ("就職者数", 10, "名", Employed, Some("第2回"), None),
                ],
            ),
            (
                "年度　受講者数　修了者数\nＨ３０年度　１８名　１６名\nＲ元年度　２０名　１９名",
                vec![
                    ("受講者数", 18, "名", Participants, None, Some(2018)),
                    ("修了者数", 16, "名", Participants, None, Some(2018)),
                    ("受講者数", 20, "名", Participants, None, Some(2019)),
                    ("修了者数", 19, "名", Participants, None, Some(2019)),
                ],
            ),
            // Label and value on lines of their own.
            (
                "参加者数\n２５名\n就職者数\n１０名",
                vec![
                    ("参加者数", 25, "名", Participants, None, None),
                    ("就職者数", 10, "名", Employed, None, None),
                ],
            ),
            // A split by sex: each part qualified, the total unqualified.
            (
                "参加者数：男性１０名、女性５名、計１５名",
                vec![
                    ("参加者数", 10, "名", Participants, Some("男性"), None),
                    ("参加者数", 5, "名", Participants, Some("女性"), None),
                    ("参加者数", 15, "名", Participants, None, None),
                ],
            ),
            (
                "男性１０名、女性５名が参加した。",
                vec![
                    ("参加", 10, "名", Participants, Some("男性"), None),
                    ("参加", 5, "名", Participants, Some("女性"), None),
                ],
            ),
            // Approximations and ranges: the number printed, a range's lower bound.
            (
                "約３００名が来場した。",
                vec![("来場", 300, "名", Participants, None, None)],
            ),
            (
                "来場者は３００名超となった。",
                vec![("来場者", 300, "名", Participants, None, None)],
            ),
            (
                "来場者数３００名以上",
                vec![("来場者数", 300, "名", Participants, None, None)],
            ),
            (
                "毎回１００名程度が参加",
                vec![("参加", 100, "名", Participants, Some("毎回"), None)],
            ),
            (
                "毎回５０～６０名が参加",
                vec![("参加", 50, "名", Participants, Some("毎回"), None)],
            ),
            (
                "毎回５０名～６０名が参加",
                vec![("参加", 50, "名", Participants, Some("毎回"), None)],
            ),
            // Goals against outcomes.
            (
                "就職者数　目標１００名　実績１２０名",
                vec![
                    ("就職者数", 100, "名", Target, Some("目標"), None),
                    ("就職者数", 120, "名", Employed, Some("実績"), None),
                ],
            ),
            (
                "目標１００名に対し実績１２０名",
                vec![
                    ("目標", 100, "名", Target, None, None),
                    // Nothing says what was achieved: a count of its own.
                    ("実績", 120, "名", Other, None, None),
                ],
            ),
            ("定員３０名", vec![("定員", 30, "名", Other, None, None)]),
            ("３０名定員", vec![("定員", 30, "名", Other, None, None)]),
            (
                "５０名の定員に対し、７２名の応募があった。",
                vec![
                    ("定員", 50, "名", Other, None, None),
                    ("応募", 72, "名", Applicants, None, None),
                ],
            ),
            // Years: a whole fiscal year written as its months, a half year, a span.
            (
                "平成２６年４月～平成２７年３月の就職者数　８５名",
                vec![("就職者数", 85, "名", Employed, None, Some(2014))],
            ),
            (
                "Ｈ２６．４～Ｈ２７．３　就職者数　８５名",
                vec![("就職者数", 85, "名", Employed, None, Some(2014))],
            ),
            (
                "２０１４年度　参加者数１５０名",
                vec![("参加者数", 150, "名", Participants, None, Some(2014))],
            ),
            (
                "令和３年度上半期の就職者数は５０名",
                vec![("就職者数", 50, "名", Employed, Some("上半期"), Some(2021))],
            ),
            (
                "参加者数１５０名（令和２年度実績）",
                vec![("参加者数", 150, "名", Participants, None, Some(2020))],
            ),
            (
                "Ｈ２６年度～Ｈ２８年度の累計で就職者３００名",
                vec![("就職者", 300, "名", Employed, None, None)],
            ),
            (
                "平成２６年１０月～平成２７年３月　就職者数　４０名",
                vec![("就職者数", 40, "名", Employed, None, None)],
            ),
            // A verb or a relative clause before the figure names nothing counted;
            // 子ども keeps its も; the same visitors counted once each.
            (
                "面接会を経て ２７名が採用内定",
                vec![("採用内定", 27, "名", Employed, None, None)],
            ),
            (
                "相談を契機とした新規求職登録者　３０人",
                vec![("新規求職登録者", 30, "人", Other, None, None)],
            ),
            (
                "見学ツアーを実施（１回あたり定員２０名）",
                vec![("定員", 20, "名", Other, Some("1回あたり"), None)],
            ),
            (
                "参加者 ８７名、うち面接を受けた方 ６１名、採用 １８名",
                vec![
                    ("参加者", 87, "名", Participants, None, None),
                    ("面接を受けた方", 61, "名", Participants, Some("参加者のうち"), None),
                    ("採用", 18, "名", Employed, None, None),
                ],
            ),
            (
                "託児利用 子ども１５人",
                vec![("子ども", 15, "人", Children, None, None)],
            ),
            (
                "７名の雇用につながった",
                vec![("雇用", 7, "名", Employed, None, None)],
            ),
            (
                "来場者 延べ３８０人（実人数２１０人）",
                vec![
                    ("来場者", 380, "人", Participants, Some("延べ"), None),
                    ("来場者", 210, "人", Participants, Some("実人数"), None),
                ],
            ),
            // Numbers that are not counts.
            (
                "第３回、２部構成、年２回、６５歳以上、3か月間、10時～16時、５日間、1,000円、30分",
                vec![],
            ),
            ("障がい者新規就労５００人サポート事業の相談者", vec![]),
            ("若者１０００人就職応援プロジェクトを実施", vec![]),
            ("〒980-8507　ＴＥＬ ０２２－２１１－２３４５", vec![]),
            ("十数名が参加した", vec![]),
            ("従業員４５．５人以上の企業", vec![]),
            ("従業員５０人以上の企業に対して", vec![]),
            // A bound on the workforce is a size class, even without the noun after it.
            ("対象：中小企業（従業員１００人以下）", vec![]),
            ("常時雇用する社員数が５０人未満", vec![]),
            // One of a unit and a measure right after it: the measure per unit.
            ("各社のＰＲ（１社５分以内）を撮影", vec![]),
            ("３人１組のグループワーク", vec![]),
            ("求職者１人ひとりに寄り添う", vec![]),
            ("１人暮らしの高齢者", vec![]),
            ("求職者１人あたり３社を紹介", vec![]),
            // Commas, 万, a change from the year before.
            (
                "来場者数 1,234名",
                vec![("来場者数", 1234, "名", Participants, None, None)],
            ),
            (
                "延べ約１万人が来場",
                vec![("来場", 10_000, "人", Participants, Some("延べ"), None)],
            ),
            (
                "来場者数　１万２，０００人",
                vec![("来場者数", 12_000, "人", Participants, None, None)],
            ),
            (
                "就職決定者は３０名（前年度比１０名増）",
                vec![("就職決定者", 30, "名", Employed, None, None)],
            ),
            (
                "高年齢者の就職件数は前年度比１５件増の２１０件",
                vec![("就職件数", 210, "件", Employed, None, None)],
            ),
            // Labels and categories of other themes.
            (
                "ジョブ・カード作成者 ２０名",
                vec![("ジョブ・カード作成者", 20, "名", Other, None, None)],
            ),
            (
                "セミナー参加者１２０名、そのうち８名が就職",
                vec![
                    ("セミナー参加者", 120, "名", Participants, None, None),
                    (
                        "就職",
                        8,
                        "名",
                        Employed,
                        Some("セミナー参加者のうち"),
                        None,
                    ),
                ],
            ),
            (
                "訓練受講者２０名、修了者１８名、就職者１５名",
                vec![
                    ("訓練受講者", 20, "名", Participants, None, None),
                    ("修了者", 18, "名", Participants, None, None),
                    ("就職者", 15, "名", Employed, None, None),
                ],
            ),
            (
                "企業説明会参加企業 ４０社、来場者 ６５０名、面接者 １２０名、内定者 ３５名",
                vec![
                    ("企業説明会参加企業", 40, "社", Companies, None, None),
                    ("来場者", 650, "名", Participants, None, None),
                    ("面接者", 120, "名", Participants, None, None),
                    ("内定者", 35, "名", Employed, None, None),
                ],
            ),
            (
                "トライアル雇用開始者 １０名",
                vec![("トライアル雇用開始者", 10, "名", Employed, None, None)],
            ),
            (
                "ひとり親家庭 １２０世帯",
                vec![("ひとり親家庭", 120, "世帯", Other, None, None)],
            ),
            (
                "移住相談件数 １５０件",
                vec![("移住相談件数", 150, "件", Other, None, None)],
            ),
            // Labels paired with figures across a slash; parts of a list by age,
            // by day, by session, against the year before.
            (
                "参加者数／就職者数：２５名／１０名",
                vec![
                    ("参加者数", 25, "名", Participants, None, None),
                    ("就職者数", 10, "名", Employed, None, None),
                ],
            ),
            (
                // Nothing says what is split by age: the age group is the label.
                "２０代１５名、３０代１０名",
                vec![
                    ("20代", 15, "名", Other, None, None),
                    ("30代", 10, "名", Other, None, None),
                ],
            ),
            (
                "参加者数は、第１回２０名、第２回２５名",
                vec![
                    ("参加者数", 20, "名", Participants, Some("第1回"), None),
                    ("参加者数", 25, "名", Participants, Some("第2回"), None),
                ],
            ),
            (
                "来場者数：１日目 ３００名、２日目 ２５０名",
                vec![
                    ("来場者数", 300, "名", Participants, Some("1日目"), None),
                    ("来場者数", 250, "名", Participants, Some("2日目"), None),
                ],
            ),
            (
                "受講者数　２５名（男性１０名・女性１５名）",
                vec![
                    ("受講者数", 25, "名", Participants, None, None),
                    ("受講者数", 10, "名", Participants, Some("男性"), None),
                    ("受講者数", 15, "名", Participants, Some("女性"), None),
                ],
            ),
            (
                "就職者数 ３名（前年度 １名）",
                vec![
                    ("就職者数", 3, "名", Employed, None, None),
                    ("就職者数", 1, "名", Employed, Some("前年度"), None),
                ],
            ),
            // Records side by side: the words after a figure, past a gap,
            // are the next record's label, not the figure's clause.
            (
                "合同面接会　参加企業３５社　求人数１５０人　参加者２１０人　採用内定者２８人",
                vec![
                    ("参加企業", 35, "社", Companies, None, None),
                    ("求人数", 150, "人", JobOpenings, None, None),
                    ("参加者", 210, "人", Participants, None, None),
                    ("採用内定者", 28, "人", Employed, None, None),
                ],
            ),
            // …nor the next line's record.
            (
                "新規登録者　１２０名\n採用内定　３０名",
                vec![
                    ("新規登録者", 120, "名", Other, None, None),
                    ("採用内定", 30, "名", Employed, None, None),
                ],
            ),
            // A comparison with the year before, a change, a day, a session
            // counted 1回目, an age class: none is what is counted.
            (
                "参加者数は前年度比1.5倍の60名",
                vec![("参加者数", 60, "名", Participants, None, None)],
            ),
            (
                "就職者数は前年度から１２人増加し、４５人となった。",
                vec![("就職者数", 45, "人", Employed, None, None)],
            ),
            (
                "当日は１５社がブースを出展し、来場者は２３０名",
                vec![
                    ("出展", 15, "社", Companies, None, None),
                    ("来場者", 230, "名", Participants, None, None),
                ],
            ),
            (
                "就職支援セミナーの参加者数　１回目１５名、２回目２０名",
                vec![
                    ("参加者数", 15, "名", Participants, Some("1回目"), None),
                    ("参加者数", 20, "名", Participants, Some("2回目"), None),
                ],
            ),
            (
                "参加者数：６５歳未満３０名、６５歳以上２０名",
                vec![
                    ("参加者数", 30, "名", Participants, Some("65歳未満"), None),
                    ("参加者数", 20, "名", Participants, Some("65歳以上"), None),
                ],
            ),
            // The verb past the noun after the figure, or past its object.
            (
                "約３０名の若者が参加した。",
                vec![("若者", 30, "名", Participants, None, None)],
            ),
            (
                "ひとり親家庭の母親２０名が職業訓練を受講し、全員が修了した",
                vec![("母親", 20, "名", Participants, None, None)],
            ),
            // Kinds of employment split those employed; a trial employment is one.
            (
                "就職者：２５名（正社員１５名、パート１０名）",
                vec![
                    ("就職者", 25, "名", Employed, None, None),
                    ("就職者", 15, "名", Employed, Some("正社員"), None),
                    ("就職者", 10, "名", Employed, Some("パート"), None),
                ],
            ),
            (
                "求職者６５名（うち就職３２名、うち正社員１７名）",
                vec![
                    ("求職者", 65, "名", Participants, None, None),
                    ("就職", 32, "名", Employed, Some("求職者のうち"), None),
                    ("正社員", 17, "名", Employed, Some("求職者のうち"), None),
                ],
            ),
            (
                "障害者トライアル雇用　３５件",
                vec![("障害者トライアル雇用", 35, "件", Employed, None, None)],
            ),
            // Person-days are no count of people.
            ("延べ１２０人日の職場体験を実施", vec![]),
            (
                "求人企業 ４５社、求人数 １２０人",
                vec![
                    ("求人企業", 45, "社", Companies, None, None),
                    ("求人数", 120, "人", JobOpenings, None, None),
                ],
            ),
            (
                "新規求職者 ５０名（うち生活保護受給者 ３０名、児童扶養手当受給者 １０名）",
                vec![
                    ("新規求職者", 50, "名", Participants, None, None),
                    ("新規求職者", 30, "名", Participants, Some("うち生活保護受給者"), None),
                    // Parents who receive the child allowance, not children.
                    ("新規求職者", 10, "名", Participants, Some("うち児童扶養手当受給者"), None),
                ],
            ),
            (
                "来場者は延べ約１，２００名、うち女性５８０名。",
                vec![
                    ("来場者", 1200, "名", Participants, Some("延べ"), None),
                    ("女性", 580, "名", Participants, Some("来場者のうち"), None),
                ],
            ),
            (
                "参加者２０名中１５名が就職",
                vec![
                    ("参加者", 20, "名", Participants, None, None),
                    ("就職", 15, "名", Employed, Some("参加者のうち"), None),
                ],
            ),
            (
                "参加者数は前回の２倍の４０名",
                vec![("参加者数", 40, "名", Participants, None, None)],
            ),
            ("１社あたり平均２名を採用", vec![]),
            ("障害者を３名雇用した", vec![("障害者", 3, "名", Employed, None, None)]),
            ("障害者雇用率２．３％", vec![]),
            (
                "ＵＩＪターン希望者の登録者数　２３０人",
                vec![("登録者数", 230, "人", Other, None, None)],
            ),
            (
                "ＵＩＪターン就職者 ３５名",
                vec![("UIJターン就職者", 35, "名", Employed, None, None)],
            ),
            // An arrow from one year's figure to the next: the same count, and
            // the figure before the arrow is told nothing by the one after it.
            (
                "・高年齢者の就職者数　Ｈ２８年度　１，２３０人　→　Ｈ２９年度　１，４５０人",
                vec![
                    ("就職者数", 1230, "人", Employed, None, Some(2016)),
                    ("就職者数", 1450, "人", Employed, None, Some(2017)),
                ],
            ),
            (
                "合同面接会参加者 １２０名 → 内定者 ２０名",
                vec![
                    ("合同面接会参加者", 120, "名", Participants, None, None),
                    ("内定者", 20, "名", Employed, None, None),
                ],
            ),
            // The parts of a list share the verb after it; a part of a count
            // with nothing of its own is of the count's kind.
            (
                "合同企業説明会には、学生３２０名、企業６５社が参加した。",
                vec![
                    ("学生", 320, "名", Participants, None, None),
                    ("企業", 65, "社", Companies, None, None),
                ],
            ),
            (
                "高校生２８０名、企業３０社が参加し、企業見学会を実施した。",
                vec![
                    ("高校生", 280, "名", Participants, None, None),
                    ("企業", 30, "社", Companies, None, None),
                ],
            ),
            // A comparison or a share before the figure names nothing counted.
            (
                "目標の３０社を上回る３５社が参加",
                vec![
                    ("目標", 30, "社", Target, None, None),
                    ("参加", 35, "社", Companies, None, None),
                ],
            ),
            (
                "就職者の７割にあたる２１名が正社員",
                vec![("正社員", 21, "名", Employed, None, None)],
            ),
            // A rate's terms in brackets: bare, they are named by the rate
            // (the second is the whole it is taken of); with nouns, by those.
            (
                "就職率４８．５％（３２人／６６人）",
                vec![
                    ("就職率", 32, "人", Employed, None, None),
                    ("就職率", 66, "人", Other, Some("分母"), None),
                ],
            ),
            (
                "就職率は４０％（１０名／２５名）であった。",
                vec![
                    ("就職率", 10, "名", Employed, None, None),
                    ("就職率", 25, "名", Other, Some("分母"), None),
                ],
            ),
            (
                "就職率５２％（就職者１３名／参加者２５名）",
                vec![
                    ("就職者", 13, "名", Employed, None, None),
                    ("参加者", 25, "名", Participants, None, None),
                ],
            ),
            // `・` between words joins one name; after a figure it lists.
            (
                "うち就職・増収者　４５人",
                vec![("就職・増収者", 45, "人", Employed, None, None)],
            ),
            (
                "福祉・介護分野への就職者数　１２名",
                vec![("就職者数", 12, "名", Employed, None, None)],
            ),
            (
                "参加者２０名・就職者５名",
                vec![
                    ("参加者", 20, "名", Participants, None, None),
                    ("就職者", 5, "名", Employed, None, None),
                ],
            ),
            // The shared verb is the list's own clause, not the next one.
            (
                "障害者就職面接会には、障害者１８０名、企業４２社が参加し、２５名が採用された。",
                vec![
                    ("障害者", 180, "名", Participants, None, None),
                    ("企業", 42, "社", Companies, None, None),
                    ("採用", 25, "名", Employed, None, None),
                ],
            ),
            (
                "保護者３０名、教員２０名が出席した",
                vec![
                    ("保護者", 30, "名", Participants, None, None),
                    ("教員", 20, "名", Participants, None, None),
                ],
            ),
            // A part (うち) is no part of the list: the count before it is not
            // told by the part's verb.
            (
                "相談者２１０名、うち４０名が参加した。",
                vec![
                    ("相談者", 210, "名", Other, None, None),
                    ("参加", 40, "名", Participants, Some("相談者のうち"), None),
                ],
            ),
            (
                "来場者数は約３００名、うち学生は２５０名であった。",
                vec![
                    ("来場者数", 300, "名", Participants, None, None),
                    ("学生", 250, "名", Participants, Some("来場者数のうち"), None),
                ],
            ),
            // A goal heading the label; an average per session or day is the
            // scale, an average per person or company a rate.
            (
                "目標：就職者数１００名",
                vec![("就職者数", 100, "名", Target, Some("目標"), None)],
            ),
            (
                "平成３０年度目標　就職者数　２００人",
                vec![("就職者数", 200, "人", Target, Some("目標"), Some(2018))],
            ),
            (
                "１回あたりの参加者は平均１５名",
                vec![("参加者", 15, "名", Participants, Some("1回あたり"), None)],
            ),
            (
                "１日あたり平均５０人が利用。",
                vec![("利用", 50, "人", Other, Some("1日あたり"), None)],
            ),
            ("１人あたり平均３社に応募", vec![]),
            (
                "説明会は１回につき２０名の参加があった。",
                vec![("参加", 20, "名", Participants, Some("1回につき"), None)],
            ),
            // What the figure counts, told by the verb after it or by the
            // words of other themes.
            (
                "福祉の職場説明会に求職者２１０名が来場し、９５名が面接を受け、４０名が採用された。",
                vec![
                    ("求職者", 210, "名", Participants, None, None),
                    ("面接", 95, "名", Participants, None, None),
                    ("採用", 40, "名", Employed, None, None),
                ],
            ),
            (
                "平成２８年度は、生活保護受給者等１２０名を支援し、うち８５名が就職した。",
                vec![
                    ("生活保護受給者等", 120, "名", Participants, None, Some(2016)),
                    ("就職", 85, "名", Employed, Some("生活保護受給者等のうち"), Some(2016)),
                ],
            ),
            (
                "子育て中の女性３０名が参加し、うち１０名が託児を利用した。",
                vec![
                    ("子育て中の女性", 30, "名", Participants, None, None),
                    ("利用", 10, "名", Children, Some("子育て中の女性のうち"), None),
                ],
            ),
            (
                "・雇用された障害者数　１８名",
                vec![("雇用された障害者数", 18, "名", Employed, None, None)],
            ),
            (
                "職場実習受入企業　２２社、実習生　４５名",
                vec![
                    ("職場実習受入企業", 22, "社", Companies, None, None),
                    ("実習生", 45, "名", Participants, None, None),
                ],
            ),
            (
                "職業訓練の訓練生２０名、介護研修の研修生１５名",
                vec![
                    ("訓練生", 20, "名", Participants, None, None),
                    ("研修生", 15, "名", Participants, None, None),
                ],
            ),
            // An outcome in brackets is a count of its own, as without them; a
            // kind of the people counted qualifies the count.
            (
                "◆支援対象者数　１５０名（うち就職者数　９８名）",
                vec![
                    ("支援対象者数", 150, "名", Participants, None, None),
                    ("就職者数", 98, "名", Employed, Some("支援対象者数のうち"), None),
                ],
            ),
            (
                "外国人留学生の参加者数　１５０名（うち内定者１２名）",
                vec![
                    ("参加者数", 150, "名", Participants, None, None),
                    ("内定者", 12, "名", Employed, Some("参加者数のうち"), None),
                ],
            ),
            (
                "就職者数　６５名　（うち正社員　４０名）",
                vec![
                    ("就職者数", 65, "名", Employed, None, None),
                    ("就職者数", 40, "名", Employed, Some("うち正社員"), None),
                ],
            ),
            // A place before the counted noun (…に求職者), where the figure came
            // from (…から), where it led (…に内定): none is the label.
            (
                "インターンシップ参加学生１２０名のうち、３５名が受入企業に内定。",
                vec![
                    ("インターンシップ参加学生", 120, "名", Participants, None, None),
                    (
                        "内定",
                        35,
                        "名",
                        Employed,
                        Some("インターンシップ参加学生のうち"),
                        None,
                    ),
                ],
            ),
            (
                "受講修了者１５名のうち１２名が介護事業所に就職",
                vec![
                    ("受講修了者", 15, "名", Participants, None, None),
                    ("就職", 12, "名", Employed, Some("受講修了者のうち"), None),
                ],
            ),
            (
                "参加企業から１８０件の求人が提出された。",
                vec![("求人", 180, "件", JobOpenings, None, None)],
            ),
            (
                "ハローワークから３０名を紹介し、１２名が採用された。",
                vec![
                    ("紹介", 30, "名", Other, None, None),
                    ("採用", 12, "名", Employed, None, None),
                ],
            ),
            (
                "福祉の職場説明会に求職者２１０名が来場した。",
                vec![("求職者", 210, "名", Participants, None, None)],
            ),
            (
                "自立に至った世帯数は１２世帯。",
                vec![("自立に至った世帯数", 12, "世帯", Other, None, None)],
            ),
            // A year with a particle before the figure: the noun is the topic
            // of the sentence, and a second year goes on with the same noun.
            (
                "障害者の就職件数は、平成２７年度の１５０件から平成２９年度には２１０件に増加した。",
                vec![
                    ("就職件数", 150, "件", Employed, None, Some(2015)),
                    ("就職件数", 210, "件", Employed, None, Some(2017)),
                ],
            ),
            (
                "県外からの移住者数は、令和２年度　１５０世帯　３２０人。",
                vec![
                    ("移住者数", 150, "世帯", Other, None, Some(2020)),
                    ("移住者数", 320, "人", Other, None, Some(2020)),
                ],
            ),
        ];
        let mut wrong = Vec::new();
        for (text, expected) in table {
            let cleaned: Vec<String> = text.lines().map(crate::normalize::clean).collect();
            let spans: Vec<Span> = cleaned
                .iter()
                .enumerate()
                .map(|(i, t)| Span {
                    line: i + 1,
                    text: t,
                })
                .collect();
            let got: Vec<_> = find(&spans)
                .into_iter()
                .map(|m| {
                    (
                        m.label,
                        m.value,
                        m.unit,
                        m.category,
                        m.qualifier,
                        m.fiscal_year,
                    )
                })
                .collect();
            let expected: Vec<_> = expected
                .into_iter()
                .map(|(l, v, u, c, q, y)| {
                    (l.to_string(), v, u.to_string(), c, q.map(str::to_string), y)
                })
                .collect();
            if got != expected {
                wrong.push(format!(
                    "{text}\n  got      {got:?}\n  expected {expected:?}"
                ));
            }
        }
        assert!(
            wrong.is_empty(),
            "{} rows read wrong:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    /// が before ん is the word がん (cancer), no particle: no word begins with ん.
    #[test]
    fn no_word_begins_with_n() {
        let m = one("職場復帰者２５名（うちがん経験者９名）");
        assert_eq!(m[1].label, "職場復帰者");
        assert_eq!(m[1].qualifier.as_deref(), Some("うちがん経験者"));
        let m = one("がん経験者２０人が説明会に参加");
        assert_eq!(m[0].label, "がん経験者");
    }

    /// A flattened table: row label cells (a date and a place) before the
    /// values, cells that hold no count (`3日`, `延べ12校`, `調査中`), a sub-count
    /// column (`うち女性`), and a breakdown under `(内訳)` whose parts fill the
    /// columns counted in the same unit.
    #[test]
    fn rows_of_a_flattened_table() {
        let own = |rows: &[(&str, u64, Option<&str>)]| -> Vec<(String, u64, Option<String>)> {
            rows.iter()
                .map(|(l, v, q)| (l.to_string(), *v, q.map(str::to_string)))
                .collect()
        };
        assert_eq!(
            lines_read(
                "実施日 会場 出展企業 来場者\n\
                 ９月３日 金沢市 ３０社 １２０名\n\
                 １１月５日 小松市 １８社 調査中"
            ),
            own(&[
                ("出展企業", 30, Some("9月3日")),
                ("来場者", 120, Some("9月3日")),
                ("出展企業", 18, Some("11月5日")),
            ])
        );
        assert_eq!(
            lines_read("受講者 修了者 うち女性\n２５人 ２２人 ９人"),
            own(&[
                ("受講者", 25, None),
                ("修了者", 22, None),
                ("修了者", 9, Some("うち女性")),
            ])
        );
        assert_eq!(
            lines_read(
                "開催日数 受講者数 訪問校 内定者数\n\
                 ３日 ４０名 延べ１２校 １５名\n\
                 （内訳）\n\
                 大学生 ２５名 １０名\n\
                 専門学校生 １５名 ―"
            ),
            own(&[
                ("受講者数", 40, None),
                ("内定者数", 15, None),
                ("受講者数", 25, Some("大学生")),
                ("内定者数", 10, Some("大学生")),
                ("受講者数", 15, Some("専門学校生")),
            ])
        );
    }

    /// Other shapes of a flattened table: the cells one a line under the
    /// line of column names, a year naming each row; the months as the
    /// columns over one line of figures, counting the heading's noun.
    #[test]
    fn tables_read_out_cell_by_cell_or_by_months() {
        let own = |rows: &[(&str, u64, Option<&str>)]| -> Vec<(String, u64, Option<String>)> {
            rows.iter()
                .map(|(l, v, q)| (l.to_string(), *v, q.map(str::to_string)))
                .collect()
        };
        assert_eq!(
            lines_read("年度 協力企業 実習生 修了率\nR4年度\n１２社\n３０名\n９０％\nR5年度\n１５社\n－\n－"),
            own(&[("協力企業", 12, None), ("実習生", 30, None), ("協力企業", 15, None)])
        );
        assert_eq!(
            lines_read("◆月別の新規登録者\n１０月 １１月 １２月 計\n５人 ７人 ４人 １６人"),
            own(&[
                ("新規登録者", 5, Some("10月")),
                ("新規登録者", 7, Some("11月")),
                ("新規登録者", 4, Some("12月")),
                ("新規登録者", 16, Some("計")),
            ])
        );
        let ws = |t: &'static str| words(t);
        assert!(is_parts_header(&ws("4月 5月 計")));
        assert!(is_parts_header(&ws("第1回 第2回")));
        assert!(!is_parts_header(&ws("計 合計")));
        assert!(!is_parts_header(&ws("4月 参加者")));
        assert!(same_noun("採用者数", "採用"));
        assert!(same_noun("来場者", "来場者"));
        assert!(!same_noun("来場者", "参加者"));
    }

    #[test]
    fn a_label_opens_with_no_particle_and_keeps_its_relative_clause() {
        assert_eq!(without_leading_particle("と協力企業"), "協力企業");
        assert_eq!(without_leading_particle("に再就職した者"), "再就職した者");
        assert_eq!(without_leading_particle("にいがた定住者"), "にいがた定住者");
        assert!(is_relative_clause("採用した企業"));
        assert!(is_relative_clause("利用して県内企業に就職した若者"));
        assert!(!is_relative_clause("通じて県内企業"));
        assert!(opens_with_route("経た就職者"));
        assert_eq!(verb_before_noun("通じて県内企業"), "通じて".len());
        assert_eq!(verb_before_noun("子育て世帯"), 0);
    }

    #[test]
    fn a_short_marked_line_heads_the_figures_below() {
        let spans = |lines: &[&'static str]| -> Vec<Span<'static>> {
            lines
                .iter()
                .enumerate()
                .map(|(line, text)| Span { line, text })
                .collect()
        };
        let event = spans(&["■親子工場見学会", "親子20組が参加(定員20組に対し申込33組)"]);
        assert!(heads_the_line_below(&event, 0));
        let wrapped = spans(&["◆ 新たに障害者を雇用した", "企業 7社"]);
        assert!(!heads_the_line_below(&wrapped, 0));
        assert!(names_a_noun("定員"));
        assert!(!names_a_noun("第1回(9月)"));
    }

    /// (label, qualifier) of each figure in `text`.
    fn named(text: &str) -> Vec<(String, Option<String>)> {
        one(text)
            .into_iter()
            .map(|m| (m.label, m.qualifier))
            .collect()
    }

    fn read(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        pairs
            .iter()
            .map(|(l, q)| (l.to_string(), q.map(str::to_string)))
            .collect()
    }

    /// 延べ before a figure: each visit counted again, a qualifier, not the noun;
    /// the parts of a tally are tallied too.
    #[test]
    fn a_tally_is_qualified_by_nobe() {
        assert_eq!(
            named("協賛企業　延べ５５社"),
            read(&[("協賛企業", Some("延べ"))])
        );
        assert_eq!(
            named("延べ面談件数１５０件"),
            read(&[("面談件数", Some("延べ"))])
        );
        assert_eq!(
            named("体験会の参加者は延べ９０人（うち親子連れ６０人、学生３０人）"),
            read(&[
                ("参加者", Some("延べ")),
                ("参加者", Some("延べ うち親子連れ")),
                ("参加者", Some("延べ うち学生")),
            ])
        );
        assert_eq!(
            named("相談件数は延べ３００件、うち就職者は４５名"),
            read(&[
                ("相談件数", Some("延べ")),
                ("就職者", Some("相談件数のうち"))
            ])
        );
    }

    /// 各回 / 毎回 by a figure: it holds for each session; the noun is the label.
    #[test]
    fn a_figure_for_each_session() {
        for text in ["定員各回２５名", "各回定員２５名", "定員は各回２５名"] {
            assert_eq!(named(text), read(&[("定員", Some("各回"))]), "{text}");
        }
        assert_eq!(named("毎回定員２０名"), read(&[("定員", Some("毎回"))]));
        let m = one("毎回８０名程度が来場した");
        assert_eq!(
            (m[0].qualifier.as_deref(), m[0].category),
            (Some("毎回"), MetricCategory::Participants)
        );
    }

    /// The label is the counted noun, not what modifies it through の; a
    /// relative clause, a measure and a part keep it.
    #[test]
    fn the_counted_noun_without_its_modifier() {
        use MetricCategory::*;
        let got = |t: &str| {
            let m = one(t);
            (m[0].label.clone(), m[0].category)
        };
        assert_eq!(
            got("訪問相談の利用者 ５５人"),
            ("利用者".into(), Participants)
        );
        assert_eq!(
            got("管内企業への採用内定者１８名"),
            ("採用内定者".into(), Employed)
        );
        assert_eq!(
            got("２回の受講者数は４０名"),
            ("受講者数".into(), Participants)
        );
        assert_eq!(
            got("令和３年９月末までの採用者６名"),
            ("採用者".into(), Employed)
        );
        assert_eq!(got("奨励金の受給者１２人"), ("受給者".into(), Other));
        // The modifier still tells the kind of people counted.
        assert_eq!(
            got("説明会参加企業の人事担当者１０名"),
            ("人事担当者".into(), Participants)
        );
        assert_eq!(
            got("介護中の家族のいる世帯１２世帯"),
            ("家族のいる世帯".into(), Other)
        );
        assert_eq!(
            got("参加者の人数は３０名"),
            ("参加者の人数".into(), Participants)
        );
        assert_eq!(
            got("子育て中の女性２０名が参加"),
            ("子育て中の女性".into(), Participants)
        );
        // A modifier that splits the count is its qualifier.
        assert_eq!(
            named("昨年度の受講者は２８名"),
            read(&[("受講者", Some("昨年度"))])
        );
    }

    /// Figures whose noun is a verb phrase after them: the values and categories
    /// are right; the labels are the words the scanner stops at (取得 for 資格を
    /// 取得, 正社員 for 正社員として就職), not the whole phrase a reader would copy.
    #[test]
    fn figures_told_by_the_verb_after_them() {
        use MetricCategory::*;
        let m = one("ひとり親家庭の親２５名が受講し、１８名が資格を取得、１２名が正社員として就職");
        let got: Vec<_> = m.iter().map(|m| (m.value, m.category)).collect();
        assert_eq!(got, [(25, Participants), (18, Other), (12, Employed)]);
        assert_eq!(m[0].label, "ひとり親家庭の親");
    }

    /// (label, value, qualifier) of each figure of a paragraph of several lines.
    fn lines_read(text: &str) -> Vec<(String, u64, Option<String>)> {
        let cleaned: Vec<String> = text.lines().map(crate::normalize::clean).collect();
        let spans: Vec<Span> = cleaned
            .iter()
            .enumerate()
            .map(|(i, t)| Span {
                line: i + 1,
                text: t,
            })
            .collect();
        find(&spans)
            .into_iter()
            .map(|m| (m.label, m.value, m.qualifier))
            .collect()
    }

    fn rows(rows: &[(&str, u64, Option<&str>)]) -> Vec<(String, u64, Option<String>)> {
        rows.iter()
            .map(|(l, v, q)| (l.to_string(), *v, q.map(str::to_string)))
            .collect()
    }

    /// A qualifier says a thing once: a row labelled with its session is not
    /// qualified by the session twice, and a count is not qualified by its own
    /// label. A total row (`合計`) leaves the date and place cells empty; its
    /// figures still stand under the columns of the rows above.
    #[test]
    fn a_qualifier_says_a_thing_once() {
        assert_eq!(
            lines_read(
                "回 日程 会場 受講者数 うち女性\n\
                 第１回 ５月１０日 市民会館 ３０名 １２名\n\
                 第２回 ６月７日 中央公民館 ２５名 ９名\n\
                 合計 ５５名 ２１名"
            ),
            rows(&[
                ("受講者数", 30, Some("第1回")),
                ("受講者数", 12, Some("第1回 うち女性")),
                ("受講者数", 25, Some("第2回")),
                ("受講者数", 9, Some("第2回 うち女性")),
                ("受講者数", 55, Some("合計")),
                ("受講者数", 21, Some("合計 うち女性")),
            ])
        );
        assert_eq!(
            lines_read("求人開拓件数は８５件（令和２年度\n６０件）。"),
            rows(&[("求人開拓件数", 85, None), ("求人開拓件数", 60, None)])
        );
    }

    /// A count in brackets that is no part of the count before it: another
    /// unit (`8社` beside `参加者20名`) is nobody among those people, though
    /// the companies of an activity are the activity's; on a session's line the
    /// session is what qualifies it, as it does the count before.
    #[test]
    fn a_bracketed_count_of_its_own() {
        assert_eq!(
            lines_read("◆体験参加者 ２０名（協力事業所 ８社）"),
            rows(&[("体験参加者", 20, None), ("協力事業所", 8, None)])
        );
        // The companies of an activity are qualified by it.
        assert_eq!(
            lines_read("◆農業インターンシップ 延べ１８名（協力農家６社）"),
            rows(&[
                ("農業インターンシップ", 18, Some("延べ")),
                ("協力農家", 6, Some("農業インターンシップ"))
            ])
        );
        let m = lines_read("第２回（９月） 来場者３５名（託児５人）");
        assert_eq!(
            m,
            rows(&[("来場者", 35, Some("第2回")), ("託児", 5, Some("第2回"))])
        );
    }

    /// Words before a figure that are no counted noun: an inclusion clause
    /// (`…を含め`), a share (`半数の`), and `全員` after the figure.
    #[test]
    fn words_that_count_nothing() {
        use MetricCategory::*;
        let m = one("説明会の参加企業は地元金融機関を含め延べ３０社となった。");
        assert_eq!(
            (
                m[0].label.as_str(),
                m[0].qualifier.as_deref(),
                m[0].category
            ),
            ("参加企業", Some("延べ"), Companies)
        );
        let m = one("応募者４０名のうち約半数の１８名が内定を得た。");
        assert_eq!(
            (
                m[1].label.as_str(),
                m[1].qualifier.as_deref(),
                m[1].category
            ),
            ("内定", Some("応募者のうち"), Employed)
        );
        let m = one("研修には１２名が参加し、１２名全員が研修を修了した。");
        assert_eq!(m.len(), 2);
        assert_eq!((m[1].label.as_str(), m[1].category), ("修了", Participants));
    }

    /// A noun on the line above a session's figures labels them; the session
    /// is their qualifier, no part of the label.
    #[test]
    fn a_session_is_no_part_of_the_label() {
        assert_eq!(
            lines_read(
                "◆ 見学会参加者
                 第１回（６月）１４名
                 第２回（１０月）１７名"
            ),
            rows(&[
                ("見学会参加者", 14, Some("第1回")),
                ("見学会参加者", 17, Some("第2回")),
            ])
        );
    }

    /// `残る5名`, `残りの5名`: the rest of the count the figure before was a
    /// part of.
    #[test]
    fn the_rest_of_a_count() {
        let m = one("相談者のうち８名が正社員で就職し、残る５名は職業訓練を受講した。");
        assert_eq!(
            (m[1].label.as_str(), m[1].qualifier.as_deref()),
            ("相談者", Some("うち残り"))
        );
        let m = one("来場者は９０名で、うち学生が６０名、残りの３０名は一般の求職者だった。");
        assert_eq!(
            (m[2].label.as_str(), m[2].qualifier.as_deref()),
            ("来場者", Some("うち残り"))
        );
    }

    /// 各 and a noun (`各コース`, `各会場`, `各校`) by a figure: it holds for each
    /// of them, as 各回 does for each session.
    #[test]
    fn a_figure_for_each_item() {
        assert_eq!(
            named("各コース定員２０名"),
            read(&[("定員", Some("各コース"))])
        );
        assert_eq!(
            named("定員は各教室１０名"),
            read(&[("定員", Some("各教室"))])
        );
        assert_eq!(
            named("各会場の参加者数は約５０名"),
            read(&[("参加者数", Some("各会場"))])
        );
    }

    /// A heading line (`◆…の推移`, `…の結果`) names what the figures below
    /// count: it labels a line of years and figures, and it is no part of the
    /// label of the next line's figure.
    #[test]
    fn a_heading_line_over_the_figures() {
        assert_eq!(
            lines_read(
                "◆ 職業体験フェアの結果\n\
                 出展企業１５社、来場者２３０名\n\
                 ◆ 内定者数の推移\n\
                 令和元年度 ８人 → 令和２年度 １３人（うち市内企業９人）"
            ),
            rows(&[
                ("出展企業", 15, None),
                ("来場者", 230, None),
                ("内定者数", 8, None),
                ("内定者数", 13, None),
                ("内定者数", 9, Some("うち市内企業")),
            ])
        );
    }

    /// A table row whose last cell carries a sub-count in brackets
    /// (`7名(うち高齢者3名)`) is still a row of the table.
    #[test]
    fn a_row_cell_with_a_bracketed_sub_count() {
        assert_eq!(
            lines_read(
                "◆ 就労体験会の実績\n\
                 体験参加者 受入企業 採用者\n\
                 ２８名 ９社 ７名（うち高齢者３名）"
            ),
            rows(&[
                ("体験参加者", 28, None),
                ("受入企業", 9, None),
                ("採用者", 7, None),
                ("採用者", 3, Some("うち高齢者")),
            ])
        );
    }

    /// `n` written in kanji numerals the way prose writes counts (二百五十, 千二百).
    fn in_kanji(n: u64) -> String {
        const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
        let below_man = |n: u64| {
            let mut s = String::new();
            for (scale, mark) in [(1000, '千'), (100, '百'), (10, '十')] {
                let d = n / scale % 10;
                if d > 1 {
                    s.push(DIGITS[d as usize]);
                }
                if d > 0 {
                    s.push(mark);
                }
            }
            let ones = n % 10;
            if ones > 0 {
                s.push(DIGITS[ones as usize]);
            }
            s
        };
        match n / 10_000 {
            0 => below_man(n),
            man => format!("{}万{}", below_man(man), below_man(n % 10_000)),
        }
    }

    proptest::proptest! {
        #[test]
        fn a_count_in_kanji_reads_as_its_value(n in 2u64..100_000_000, unit in 0usize..UNITS.len()) {
            let text = format!("参加者は{}{}となった", in_kanji(n), UNITS[unit]);
            let got: Vec<_> = counts(&text).map(|(_, _, v, u)| (v, u)).collect();
            proptest::prop_assert_eq!(got, vec![(n, UNITS[unit])]);
        }
    }

    #[test]
    fn kanji_numerals_are_counts_only_before_a_unit() {
        let cases: [(&str, &[(&str, u64)]); 16] = [
            ("見学会には延べ二百五十名が訪れた", &[("二百五十名", 250)]),
            (
                "講座の定員は各回四十名、申込は六十二名",
                &[("四十名", 40), ("六十二名", 62)],
            ),
            ("協賛企業は千二百社にのぼる", &[("千二百社", 1200)]),
            (
                "子育て世帯十五世帯と親子百組",
                &[("十五世帯", 15), ("百組", 100)],
            ),
            (
                "受付は二〇件、相談は3万人",
                &[("二〇件", 20), ("3万人", 30_000)],
            ),
            ("質問票を8件、回答を九件受けた", &[("8件", 8), ("九件", 9)]),
            // Words that hold numerals, and no count.
            (
                "一人ひとりに寄り添い、一人親の家庭を一人でも多く支える",
                &[],
            ),
            ("(一社)県介護協会と一体的に、一か所で", &[]),
            (
                "十分な準備のもと千葉市・三条市・四国・九州の一部で第一に",
                &[],
            ),
            ("百貨店と八百屋で", &[]),
            // Estimates, ordinals and set phrases.
            ("数十名の学生と十数名の教員、何百人もの来場", &[]),
            ("二三人の担当者と二人三脚で、十人十色の", &[]),
            ("第三者委員会", &[]),
            // Names: a place, a word the unit begins.
            ("百人町の会場で三人材育成", &[]),
            ("地域と二社会議", &[]),
            ("四世代が同居", &[]),
        ];
        for (text, expected) in cases {
            let got: Vec<_> = counts(text).map(|(s, e, v, _)| (&text[s..e], v)).collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn counts_in_kanji_numerals_are_metrics() {
        use MetricCategory::*;
        assert_eq!(
            summary(&one("定員三十名の講座に五十名を超える応募があった。")),
            [
                ("定員".to_string(), 30, "名".to_string(), Other, None),
                ("応募".to_string(), 50, "名".to_string(), Applicants, None),
            ]
        );
        assert_eq!(
            summary(&one("◆フェアには延べ百社の企業が出展した。")),
            [(
                "企業".to_string(),
                100,
                "社".to_string(),
                Companies,
                Some("延べ".to_string())
            )]
        );
        assert!(one("三人目の講師は一人ひとりに助言した。").is_empty());
    }

    #[test]
    fn a_figure_that_a_verb_exceeds_counts_the_noun_after_it() {
        use MetricCategory::*;
        assert_eq!(
            summary(&one("相談会には市外からも80名を超える参加があった。")),
            [("参加".to_string(), 80, "名".to_string(), Participants, None)]
        );
        assert_eq!(
            summary(&one("◆延べ200名を上回る学生が参加した。")),
            [(
                "学生".to_string(),
                200,
                "名".to_string(),
                Participants,
                Some("延べ".to_string())
            )]
        );
    }

    #[test]
    fn a_rate_names_the_whole_it_is_taken_of_and_restates_counts_nearby() {
        use MetricCategory::*;
        assert_eq!(
            summary(&one("◆職業訓練修了者の就職率 62.5%（25人/40人）")),
            [
                (
                    "就職".to_string(),
                    25,
                    "人".to_string(),
                    Employed,
                    Some("職業訓練修了者のうち".to_string())
                ),
                (
                    "職業訓練修了者".to_string(),
                    40,
                    "人".to_string(),
                    Other,
                    None
                ),
            ]
        );
        assert_eq!(
            summary(&one("◆うち面接を受けた学生の内定率 50%（6名/12名）")),
            [
                (
                    "内定".to_string(),
                    6,
                    "名".to_string(),
                    Employed,
                    Some("面接を受けた学生のうち".to_string())
                ),
                (
                    "面接を受けた学生".to_string(),
                    12,
                    "名".to_string(),
                    Other,
                    None
                ),
            ]
        );
        // The same figures printed on their own around the rate are not counted twice.
        let lines = [
            "講座修了者 ５０人",
            "就職者 ３０人（就職率６０．０％（３０人／５０人））",
            "うち正社員 ２０人",
        ];
        let lines: Vec<String> = lines.iter().map(|l| crate::normalize::clean(l)).collect();
        let spans: Vec<Span> = lines
            .iter()
            .enumerate()
            .map(|(i, text)| Span { line: i + 1, text })
            .collect();
        let got: Vec<_> = find(&spans)
            .iter()
            .map(|m| (m.label.clone(), m.value, m.qualifier.clone()))
            .collect();
        // …and the うち after them is a part of the count before the rate.
        assert_eq!(
            got,
            [
                ("講座修了者".to_string(), 50, None),
                ("就職者".to_string(), 30, None),
                ("正社員".to_string(), 20, Some("就職者のうち".to_string())),
            ]
        );
    }

    /// The clause after a figure names what the figure counts by its act: the
    /// object of a verb of one kanji (`資格を得た` → 資格), the act past the
    /// place it led to, the act of people named only as 方; never a verb's stem
    /// cut inside its word, nor a lone kana.
    #[test]
    fn the_verb_after_a_figure_names_the_act_not_a_stem() {
        assert_eq!(
            named("講習会の修了者のうち、５名は講習中に介護資格を得た。"),
            read(&[("介護資格", Some("講習会の修了者のうち"))])
        );
        assert_eq!(
            lines_read("今年度は新たに９社が見学の受入\nれを行った。"),
            rows(&[("受入れ", 9, None)])
        );
        assert_eq!(
            named("研修の後、新たに１２名の方が人材バンクに登録された。"),
            read(&[("登録", None)])
        );
        assert_eq!(
            named("講演会には市外からも四十名を超える方が来場した。"),
            read(&[("来場", None)])
        );
        assert_eq!(
            named("実習生２０名のうち９名が実習先の病院に就職した。"),
            read(&[("実習生", None), ("就職", Some("実習生のうち"))])
        );
        assert_eq!(
            named("登録された方のうち８名がすでにボランティアとして活動しており"),
            read(&[("ボランティアとして活動", Some("登録された方のうち"))])
        );
        assert_eq!(
            named("５社が高齢者を雇い入れた。"),
            read(&[("雇い入れ", None)])
        );
    }

    /// A count of companies that is a part of a whole of companies and whose
    /// verb acts on an object of its own counts the companies: the label is
    /// the whole's noun; a figure that goes on the sentence after such a part,
    /// in its unit, is a part of the same whole; a うち of another unit than
    /// the count right before it is a part of the count before in its unit.
    #[test]
    fn a_part_of_a_whole_of_companies_is_named_by_the_whole() {
        assert_eq!(
            named("説明会に参加した事業所のうち７社が若者を採用した。"),
            read(&[("事業所", Some("説明会に参加した事業所のうち"))])
        );
        assert_eq!(
            named("訪問した事業所は延べ八十社。うち１２社が高齢者を雇い入れ、５社は定年の延長を決めた。"),
            read(&[
                ("訪問した事業所", Some("延べ")),
                ("事業所", Some("訪問した事業所のうち")),
                ("延長", Some("訪問した事業所のうち")),
            ])
        );
        // People are no part of companies.
        assert_eq!(
            named("参加企業のうち６社が職場見学を実施し、４名の採用につながった。"),
            read(&[("参加企業", Some("参加企業のうち")), ("採用", None)])
        );
        assert_eq!(
            named("面談会には製造業の事業所１２社、支援機関の職員１５名が参加し、うち５社が職場見学の受入れを申し出た。"),
            read(&[
                ("事業所", None),
                ("職員", None),
                ("事業所", Some("事業所のうち")),
            ])
        );
    }

    /// A label runs whole to its end: 子ども keeps its も, が inside a verb
    /// (`つながった`) is no particle, a relative clause on a person keeps its
    /// の, and a gloss in brackets before the particle is part of the noun.
    #[test]
    fn a_label_is_no_word_cut_inside_itself() {
        let m = one("◆面談に同伴した子どもは延べ４０人");
        assert_eq!(
            (m[0].label.as_str(), m[0].category),
            ("面談に同伴した子ども", MetricCategory::Children)
        );
        assert_eq!(
            named("・家計の改善につながった方 １８人"),
            read(&[("家計の改善につながった方", None)])
        );
        assert_eq!(
            named("◆ 令和３年度の相談者(新規来所者)は９０人。"),
            read(&[("相談者(新規来所者)", None)])
        );
        assert_eq!(
            named("・定員:各日２０名(先着順)"),
            read(&[("定員", Some("各日"))])
        );
    }

    /// A time or a span before the figure (`3年前`, `初年度`, `2年間`, `3回合計`)
    /// says when or over what it holds: it qualifies the figure, and the noun
    /// is the topic before it, or the count the figure is compared with.
    #[test]
    fn a_time_before_the_figure_qualifies_it() {
        assert_eq!(
            named("常勤の看護職は、３年前の２０人から３５人に増えた。"),
            read(&[("看護職", Some("3年前")), ("看護職", None)])
        );
        assert_eq!(
            named("職業訓練の修了者は２年間で延べ１５０人となった。"),
            read(&[("修了者", Some("2年間 延べ"))])
        );
        assert_eq!(
            named("県の助成金の交付件数は、初年度で６０件にのぼった。"),
            read(&[("交付件数", Some("初年度"))])
        );
        assert_eq!(
            named("相談件数は３回合計で延べ２１０件"),
            read(&[("相談件数", Some("3回合計 延べ"))])
        );
        assert_eq!(
            named("見学者は延べ６０名で、前年度(延べ４５名)を上回った。"),
            read(&[("見学者", Some("延べ")), ("見学者", Some("前年度 延べ"))])
        );
        assert_eq!(
            named("協賛企業も初年度の４社から９社に増えた。"),
            read(&[("協賛企業", Some("初年度")), ("協賛企業", None)])
        );
        assert_eq!(
            named("◆講習を経た就職者は、前年度の８人から１４人に増加した。"),
            read(&[("就職者", Some("前年度")), ("就職者", None)])
        );
        // The same count at another time, in brackets after it.
        assert_eq!(
            named("協賛企業は約４０社(前年度:単独開催 計２５社)"),
            read(&[("協賛企業", None), ("協賛企業", Some("前年度:単独開催 計"))])
        );
        // A signed difference counts nobody.
        assert_eq!(
            named("・求職登録者 ６０人(前年度比＋１２人)"),
            read(&[("求職登録者", None)])
        );
    }

    /// The times and spans a figure can be said to hold over, at the end of
    /// the words before it, and words that only look like them.
    #[test]
    fn times_and_spans_end_the_words_before_a_figure() {
        for (text, at) in [
            ("若手は、5年前", Some("若手は、".len())),
            ("修了者は3年間", Some("修了者は".len())),
            ("就職後6か月後", Some("就職後".len())),
            ("件数は2回合計", Some("件数は".len())),
            ("来場者は3回計", Some("来場者は".len())),
            ("受講者は全 4回", Some("受講者は".len())),
            ("企業も初年度", Some("企業も".len())),
            ("参加者は前年度", Some("参加者は".len())),
            ("2週間", Some(0)),
            ("第2回", None),
            ("参加者数の合計", None),
            ("面接会当日", None),
            ("年間", None),
        ] {
            assert_eq!(time_at_end(text), at, "{text}");
        }
        assert!(is_time("令和2年度") && is_time("5年前") && !is_time("若手"));
    }

    /// Years along a line under a line that names the count: the years are the
    /// figures' fiscal years, the label the named count's.
    #[test]
    fn years_in_a_row_under_the_count_they_are_of() {
        let got = |text: &str| -> Vec<(String, u64, Option<i32>)> {
            let cleaned: Vec<String> = text.lines().map(crate::normalize::clean).collect();
            let spans: Vec<Span> = cleaned
                .iter()
                .enumerate()
                .map(|(i, t)| Span {
                    line: i + 1,
                    text: t,
                })
                .collect();
            find(&spans)
                .into_iter()
                .map(|m| (m.label, m.value, m.fiscal_year))
                .collect()
        };
        let own = |rows: &[(&str, u64, i32)]| -> Vec<(String, u64, Option<i32>)> {
            rows.iter()
                .map(|&(l, v, y)| (l.to_string(), v, Some(y)))
                .collect()
        };
        assert_eq!(
            got("◆事業による再就職者数\n令和元年度 ５人 令和２年度 ８人 令和３年度 １１人"),
            own(&[
                ("再就職者数", 5, 2019),
                ("再就職者数", 8, 2020),
                ("再就職者数", 11, 2021)
            ])
        );
        assert_eq!(
            got("○パートから正社員に転換した者\n平成３０年度 ７人 → 令和元年度 １３人"),
            own(&[
                ("パートから正社員に転換した者", 7, 2018),
                ("パートから正社員に転換した者", 13, 2019)
            ])
        );
        assert_eq!(
            lines_read(
                "《無期転換の実績（助成金 支給決定ベース）》\n令和元年度 ２４０人\n\
                 令和２年度 ３１０人（うち有期→無期 ２００人、派遣→直接 １１０人）"
            ),
            rows(&[
                ("無期転換", 240, None),
                ("無期転換", 310, None),
                ("無期転換", 200, Some("うち有期→無期")),
                ("無期転換", 110, Some("うち派遣→直接")),
            ])
        );
    }

    /// A session opening the label is the qualifier; the noun after it is the
    /// label, or, when the session is named by its event, the count the list
    /// is of.
    #[test]
    fn a_session_before_the_noun_qualifies_it() {
        assert_eq!(
            named("第２回参加:１５社(１８名)"),
            read(&[("参加", Some("第2回")), ("参加", Some("第2回"))])
        );
        assert_eq!(
            named("■受講者数 第１回講座 ２０名、第２回講座 ２４名"),
            read(&[
                ("受講者数", Some("第1回講座")),
                ("受講者数", Some("第2回講座"))
            ])
        );
        assert_eq!(
            lines_read("◆工房体験の参加者\n第１回(陶芸)１２名 第２回(染色)８名 第３回(木工)１０名"),
            rows(&[
                ("参加者", 12, Some("第1回")),
                ("参加者", 8, Some("第2回")),
                ("参加者", 10, Some("第3回")),
            ])
        );
    }

    proptest::proptest! {
        /// However a time and a figure are put together, no label is a bare
        /// time or fiscal year, nor a lone kana.
        #[test]
        fn no_label_is_a_time_or_a_lone_kana(
            topic in proptest::sample::select(vec!["参加者", "相談件数", "受入れ企業", "若手職員", ""]),
            particle in proptest::sample::select(vec!["は、", "は", "も", "の", ""]),
            time in proptest::sample::select(vec![
                "5年前", "前年度", "初年度", "3年間", "2回合計", "今年度", "昨年", "6か月後", "令和2年度",
            ]),
            joint in proptest::sample::select(vec!["の", "で", "で延べ", "には", " ", "("]),
            n in 1u64..500,
            unit in proptest::sample::select(vec!["名", "人", "社", "件"]),
            tail in proptest::sample::select(vec![
                "から", "となった", "に増えた", "を超える方が参加", "が新たに受入れを行った", ")", "",
            ]),
        ) {
            let text = format!("{topic}{particle}{time}{joint}{n}{unit}{tail}");
            for m in one(&text) {
                proptest::prop_assert!(!is_time(&m.label), "{text}: {}", m.label);
                let lone_kana = m.label.chars().count() == 1 && m.label.chars().all(is_hiragana);
                proptest::prop_assert!(!lone_kana, "{text}: {}", m.label);
            }
        }
    }

    /// The figures of lines read as one block, with restated ones dropped.
    fn case_figures(lines: &[&str]) -> Vec<(u64, String, String)> {
        let texts: Vec<String> = lines.iter().map(|l| crate::normalize::clean(l)).collect();
        let spans: Vec<Span<'_>> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Span {
                line: i + 1,
                text: t,
            })
            .collect();
        let mut found = find(&spans);
        drop_restated(&mut found);
        found
            .into_iter()
            .map(|m| (m.value, m.unit, m.label))
            .collect()
    }

    #[test]
    fn a_figure_referring_back_to_one_given_is_that_figure() {
        // The whole a うち splits, repeated under the table that gave it.
        let got = case_figures(&[
            "区分 見学会参加者数 面接件数",
            "合計 ４０人 １２件",
            "※見学会参加者４０人のうち、高校生 ２５人",
        ]);
        let values: Vec<u64> = got.iter().map(|g| g.0).collect();
        assert_eq!(values, vec![40, 12, 25], "{got:?}");
        // The state of those supported, and a goal named again.
        let got = case_figures(&[
            "◆定着支援の対象者は３５人となった。",
            "支援した３５人の状況",
            "（目標：受講者数６０人）",
            "目標の６０人をわずかに下回り、受講者は５８人。",
        ]);
        let values: Vec<u64> = got.iter().map(|g| g.0).collect();
        assert_eq!(values, vec![35, 60, 58], "{got:?}");
        // Equal counts of two sessions are two counts.
        let got = case_figures(&["第１回 ２０名", "第２回２０名のうち、修了者 １８名"]);
        let values: Vec<u64> = got.iter().map(|g| g.0).collect();
        assert_eq!(values, vec![20, 20, 18], "{got:?}");
    }

    /// (label, value, unit, category, qualifier, fiscal year) of a figure.
    type Typed = (
        String,
        u64,
        String,
        MetricCategory,
        Option<String>,
        Option<i32>,
    );

    /// Each figure of a paragraph, typed.
    fn typed(lines: &[&str]) -> Vec<Typed> {
        para(lines)
            .into_iter()
            .map(|m| {
                (
                    m.label,
                    m.value,
                    m.unit,
                    m.category,
                    m.qualifier,
                    m.fiscal_year,
                )
            })
            .collect()
    }

    #[test]
    fn bare_figures_under_a_header_that_prints_the_unit() {
        use MetricCategory::*;
        let t = |l: &str, v: u64, u: &str, c: MetricCategory, q: Option<&str>, y: Option<i32>| {
            (l.to_string(), v, u.to_string(), c, q.map(str::to_string), y)
        };
        // One row per session; each column's unit in its header's brackets.
        assert_eq!(
            typed(&[
                "《説明会の実績》",
                "参加事業所数（社）　参加学生数（人）　内定者数（人）",
                "第１回　　８　　　　３５　　　　４",
                "第２回　　１０　　　４２　　　　６",
            ]),
            [
                t("参加事業所数", 8, "社", Companies, Some("第1回"), None),
                t("参加学生数", 35, "人", Participants, Some("第1回"), None),
                t("内定者数", 4, "人", Employed, Some("第1回"), None),
                t("参加事業所数", 10, "社", Companies, Some("第2回"), None),
                t("参加学生数", 42, "人", Participants, Some("第2回"), None),
                t("内定者数", 6, "人", Employed, Some("第2回"), None),
            ]
        );
        // One row per fiscal year: the year is the figures' fiscal year.
        assert_eq!(
            typed(&[
                "年度　求職登録者数（人）　マッチング件数（件）",
                "H30年度　120　45",
                "R1年度　98　51",
                "・相談会参加者３０人",
            ]),
            [
                t("求職登録者数", 120, "人", Other, None, Some(2018)),
                t("マッチング件数", 45, "件", Other, None, Some(2018)),
                t("求職登録者数", 98, "人", Other, None, Some(2019)),
                t("マッチング件数", 51, "件", Other, None, Some(2019)),
                // A row of the table is no caption of the lines below it.
                t("相談会参加者", 30, "人", Participants, None, None),
            ]
        );
        // A table of one column: its header alone on its line.
        assert_eq!(
            typed(&["職場見学会の参加者（人）", "2021年度 １２", "2022年度 １７"]),
            [
                t(
                    "職場見学会の参加者",
                    12,
                    "人",
                    Participants,
                    None,
                    Some(2021)
                ),
                t(
                    "職場見学会の参加者",
                    17,
                    "人",
                    Participants,
                    None,
                    Some(2022)
                ),
            ]
        );
        // A sub-count column, and a session dated in brackets: the session
        // names the row.
        assert_eq!(
            typed(&["回 受講者数（人） うち男性（人）", "第１回（５月） ２０ ７"]),
            [
                t("受講者数", 20, "人", Participants, Some("第1回"), None),
                t(
                    "受講者数",
                    7,
                    "人",
                    Participants,
                    Some("第1回 うち男性"),
                    None
                ),
            ]
        );
        // Figures under a header with no unit count nothing.
        assert!(para(&["区分 受講者 修了者", "第１回 ２０ １８"]).is_empty());
    }

    #[test]
    fn so_many_out_of_ten_is_a_proportion_not_a_count() {
        // `10人中8人`: a share of those asked, as a percentage is.
        assert!(one("利用者調査では、１０人中９人が「また使いたい」と答えた。").is_empty());
        assert!(one("満足したとの回答が100人中72人に上った。").is_empty());
        // Counts of people named before the whole still count.
        let m = one("受講者１２名中１０名が修了した。");
        assert_eq!(m.iter().map(|m| m.value).collect::<Vec<_>>(), [12, 10]);
    }

    #[test]
    fn parts_adding_up_to_the_figure_before_count_what_it_counts() {
        let q = |s: &str| Some(s.to_string());
        let r = |l: &str, v: u64, u: &str, q: Option<String>| (l.to_string(), v, u.to_string(), q);
        // Kinds of companies in brackets after their number.
        assert_eq!(
            labelled(&["・求人事業所 １８社（介護施設１０社、保育所８社）"]),
            [
                r("求人事業所", 18, "社", None),
                r("求人事業所", 10, "社", q("介護施設")),
                r("求人事業所", 8, "社", q("保育所")),
            ]
        );
        // Kinds of people, the list wrapping to the next line.
        assert_eq!(
            labelled(&[
                "◆見学会参加者 ２５名（大学生１２名、",
                "教員５名、一般８名）"
            ]),
            [
                r("見学会参加者", 25, "名", None),
                r("見学会参加者", 12, "名", q("大学生")),
                r("見学会参加者", 5, "名", q("教員")),
                r("見学会参加者", 8, "名", q("一般")),
            ]
        );
        // A breakdown line under the figure.
        assert_eq!(
            labelled(&["・受入企業 ９社", "（内訳）小売業５社、介護事業所４社"]),
            [
                r("受入企業", 9, "社", None),
                r("受入企業", 5, "社", q("小売業")),
                r("受入企業", 4, "社", q("介護事業所")),
            ]
        );
        // Figures in brackets that do not add up are no parts of the one before.
        let m = labelled(&["相談者 ４０名（高校生１０名、保護者６名）"]);
        assert!(m.iter().all(|m| m.0 != "相談者" || m.1 == 40), "{m:?}");
    }

    #[test]
    fn a_list_headed_as_a_breakdown_by_kind_counts_the_heading_noun() {
        let q = |s: &str| Some(s.to_string());
        let r = |l: &str, v: u64, u: &str, q: Option<String>| (l.to_string(), v, u.to_string(), q);
        assert_eq!(
            labelled(&["◆求人事業所の内訳：小売業７社、宿泊業４社、その他２社（計１３社）"]),
            [
                r("求人事業所", 7, "社", q("小売業")),
                r("求人事業所", 4, "社", q("宿泊業")),
                r("求人事業所", 2, "社", q("その他")),
                r("求人事業所", 13, "社", None),
            ]
        );
        assert_eq!(
            labelled(&["◆登録企業の業種：建設業１０社、運輸業３社"]),
            [
                r("登録企業", 10, "社", q("建設業")),
                r("登録企業", 3, "社", q("運輸業")),
            ]
        );
    }

    #[test]
    fn a_difference_from_last_year_is_no_part_of_the_label() {
        let m = one("◆ 登録事業所は前年度比＋６社の４０社となった。");
        assert_eq!(
            m.iter()
                .map(|m| (m.label.as_str(), m.value))
                .collect::<Vec<_>>(),
            [("登録事業所", 40)]
        );
    }

    #[test]
    fn the_people_named_right_after_a_figure_are_what_it_counts() {
        let got = one("研修は好評だった。８人の修了者は全員が地元企業で働いている。");
        assert_eq!(got[0].label, "修了者", "{got:?}");
        assert_eq!(people_named_after("の参加者が集まった"), Some("参加者"));
        assert_eq!(people_named_after("の求人を確保"), None);
    }
}
