//! Stage 6b: counted figures (参加者数 24名, 参加企業15社 …) as typed metrics.
//!
//! A metric is a number with a counter unit (名, 人, 社, 組, 件, 世帯). Numbers in
//! 「programme names」 and ordinals (第1回) are not metrics; other units (歳, 回,
//! 部, 月) never match. The label is the noun printed before the number, or after
//! it when nothing precedes (`5件の求人`, `13名応募`).
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

use crate::block::starts_with_bullet;
use crate::model::{Metric, MetricCategory};

/// Counter units; a figure is digits (with thousands commas) and one of these.
const UNITS: [&str; 6] = ["世帯", "名", "人", "社", "組", "件"];

/// Every counted figure in `text`, left to right, as the byte range of
/// `1,234 名`: a run of digits and commas opened by a digit, optional white
/// space, a counter unit. Digits are ASCII here: cleaning (NFKC) has turned
/// full-width and circled digits into ASCII ones.
fn counts(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let start = pos + bytes.get(pos..)?.iter().position(u8::is_ascii_digit)?;
        let mut end = start;
        while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b',') {
            end += 1;
        }
        pos = end;
        let unit_at = text[end..].trim_start();
        if let Some(unit) = UNITS.iter().find(|u| unit_at.starts_with(**u)) {
            pos = text.len() - unit_at.len() + unit.len();
            return Some((start, pos));
        }
    })
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
    counts(text).any(|(start, end)| !excluded(text, start, end))
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
        )
}

/// Inside 「…」 or 『…』, or an ordinal, or not a count at all.
fn excluded(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let opens = before.matches(['「', '『']).count();
    let closes = before.matches(['」', '』']).count();
    if opens > closes {
        return true;
    }
    if before.ends_with('第') {
        return true;
    }
    let after = &text[end..];
    after.starts_with('目') || after.starts_with("以内") || after.starts_with('分')
}

/// Every fiscal year written as …年度 in `text`, left to right, as (byte range,
/// western year): 平成25年度 → 2013, 令和元年度 → 2019, the abbreviated eras of
/// government text H27年度 → 2015, R2年度 → 2020, S60年度 → 1985 (full-width
/// letters are ASCII once cleaned), and 2019年度. An era letter right after
/// another ASCII letter (`HW27年度`) is part of a word, not an era; a bare
/// number below 1900 (`27年度`) names no year.
fn fiscal_years(text: &str) -> impl Iterator<Item = (usize, usize, i32)> + '_ {
    let re = regex!(r"(平成|令和|昭和|[HRS])?\s*(\d{1,4}|元)\s*年度");
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
        .and_then(|b| fiscal_years(b).next())
        .or_else(|| fiscal_years(&line[..start]).last())
        .or_else(|| fiscal_years(after).next())
        .map(|(_, _, y)| y)
}

/// Find the metrics of one paragraph (its lines in order; labels may wrap across lines).
pub fn find(spans: &[Span<'_>]) -> Vec<Metric> {
    let mut joined = String::new();
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
    for (start, end) in counts(&joined) {
        if excluded(&joined, start, end) {
            continue;
        }
        let (number, unit) = split_count(&joined[start..end]);
        let Ok(value) = number.replace(',', "").parse::<u64>() else {
            continue;
        };
        let unit = unit.to_string();
        let span_i = line_at(start);
        let line_start = starts[span_i];
        // The label may wrap from the line before, but not past the previous figure.
        let before = &joined[prev_end.min(start)..start];
        // The clause after may wrap to the next line, but a bullet there opens a new item.
        let line_end = starts.get(span_i + 1).copied().unwrap_or(joined.len());
        let bullet_next = end <= line_end && starts_with_bullet(&joined[line_end..]);
        let after = clause_after(&joined[end..if bullet_next { line_end } else { joined.len() }]);

        let sub_group = in_uchi_group(&joined[..start]);
        // `受講希望者30名(欠席者3名)`: a count in brackets right after another one.
        let bracketed = !sub_group
            && prev_end > 0
            && joined[prev_end..start].starts_with('(')
            && !joined[prev_end..start].contains(')');
        let (mut label, mut qualifier, note) = label_before(before);
        let mut label_precedes = !label.is_empty();
        if !label_precedes && prev_end > 0 && before.trim().is_empty() {
            // `親子20組40名`: one group counted in two units, under one label.
            label = prev_label.clone().unwrap_or_default();
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
            if before.contains("うち") {
                let own = label.trim_start_matches("うち").to_string();
                label = parent;
                qualifier = Some(format!("うち{own}"));
            } else {
                qualifier = Some(parent);
            }
        } else if qualifier
            .as_deref()
            .is_some_and(|q| q == "うち" || q == "のうち" || q == "の内")
        {
            qualifier = prev_outer_label.clone().map(|p| format!("{p}のうち"));
        } else if bracketed && qualifier.is_none() {
            qualifier = prev_outer_label.clone();
        }
        if label.is_empty() {
            label = prev_label.clone().unwrap_or_default();
        } else if label_precedes && regex!(r"(いる|ある|した|する)$").is_match(&label) {
            label.push_str(&unit);
        }
        let qualifier = match (session, qualifier) {
            (Some(s), Some(q)) => Some(format!("{s} {q}")),
            (Some(s), None) => Some(s),
            (None, q) => q,
        };
        let category = categorize(&label, qualifier.as_deref(), note.as_deref(), after, &unit);
        let fy = fiscal_year_of(
            &joined[line_start..line_end],
            start - line_start,
            end.min(line_end) - line_start,
        );
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
        if !sub_group && !bracketed {
            prev_outer_label = Some(label.clone());
        }
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
        }
    }
    out
}

/// A figure found by [`counts`] as (digits with commas, unit).
fn split_count(count: &str) -> (&str, &str) {
    let unit_len = if count.ends_with("世帯") {
        "世帯".len()
    } else {
        count.chars().next_back().map_or(0, char::len_utf8)
    };
    let (number, unit) = count.split_at(count.len() - unit_len);
    (number.trim_end(), unit)
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

/// `第1回` (or `＜第1回＞`) at the start of the line: the session a figure belongs to.
fn session_of(line_before: &str) -> Option<String> {
    if !line_before.contains('回') {
        return None;
    }
    regex!(r"第\s*\d+\s*回")
        .find(line_before)
        .map(|m| m.as_str().replace(' ', ""))
}

/// The rest of the clause after a figure, up to punctuation, a bullet or the next number.
fn clause_after(after: &str) -> &str {
    let punct = after
        .char_indices()
        .find(|&(_, c)| {
            matches!(
                c,
                '、' | '。' | ',' | '(' | ')' | '◆' | '■' | '●' | '○' | '※'
            )
        })
        .map_or(after.len(), |(i, _)| i);
    let next_count = counts(after).next();
    // `20組40名が参加`: the clause goes on after the same group counted in another unit.
    if let Some((start, end)) = next_count {
        if start < punct && after[..start].trim().is_empty() {
            return clause_after(&after[end..]);
        }
    }
    &after[..punct.min(next_count.map_or(after.len(), |(start, _)| start))]
}

const UCHI_MARKERS: [&str; 3] = ["のうち", "の内", "うち"];

/// The text before a number without what stands between the label and the
/// number: white space, a colon, a quantifier word (`参加者は延べ120人`, `約50名`).
fn bare_before(before: &str) -> &str {
    let text = before.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    match regex!(r"(延べ|のべ|約|計|合計|総計|累計|総数|およそ|全)\s*$").find(text)
    {
        Some(m) => text[..m.start()].trim_end_matches(|c: char| c.is_whitespace() || c == ':'),
        None => text,
    }
}

/// Where a fiscal year ([`fiscal_years`]: `H30年度`, `令和元年度`) ends `text`, if one does.
fn year_at_end(text: &str) -> Option<usize> {
    fiscal_years(text)
        .last()
        .filter(|&(_, end, _)| end == text.len())
        .map(|(start, _, _)| start)
}

/// The words before the number name a place or occasion, not what is counted,
/// and the counted noun follows the number (`セミナーには約50名の求職者が来場`,
/// `3会場で延べ90社が参加`): a locative particle closes the words before, and
/// the words after go on with の or が. (`新規に500人就労させる`: an adverb
/// before, no noun after.)
fn place_before(before: &str, after: &str) -> bool {
    regex!(r"(に|には|で|では|にて|へ)$").is_match(bare_before(before))
        && regex!(r"^\s*(の|が)").is_match(after)
        && !regex!(r"^\s*の(うち|内)").is_match(after)
}

/// Scan back from the number: (label, qualifier from a うち/のうち split, parenthesised note).
fn label_before(before: &str) -> (String, Option<String>, Option<String>) {
    let mut text = bare_before(before);
    // `参加者数 H30年度 150名`: the year the figure is of is not the label.
    if let Some(year) = year_at_end(text) {
        text = text[..year].trim_end_matches(|c: char| c.is_whitespace() || c == ':');
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
    // `関係者(112人)`: the figure alone in brackets after its noun.
    if let Some(t) = text.strip_suffix('(') {
        text = t.trim_end();
    }
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| is_delim(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut label = &text[start..];
    let mut qualifier = None;
    for cut in ["に対して", "に対し"] {
        if let Some(i) = label.rfind(cut) {
            label = &label[i + cut.len()..];
        }
    }
    for marker in UCHI_MARKERS {
        if let Some(i) = label.rfind(marker) {
            let q = &label[..i + marker.len()];
            qualifier = Some(q.to_string());
            label = &label[i + marker.len()..];
            break;
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
    let label = label
        .trim_end_matches(['は', 'が', 'も', 'を', 'に', 'で', 'の'])
        .trim();
    let label = match label
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, 'を' | 'は' | 'が' | 'く'))
    {
        Some((i, c)) if i + c.len_utf8() < label.len() => &label[i + c.len_utf8()..],
        _ => label,
    };
    // `…をしている未就学児のいる` + 世帯: a verb fragment left by the cut goes, and a
    // relative clause names the counted unit itself (`未就学児のいる世帯`).
    let label = regex!(r"^(している|ている|された|される|した|する|れる)").replace(label, "");
    let label = label.as_ref();
    // `第1回開催時の求職者`: the session is the qualifier, the noun the label.
    let label = match regex!(r"^第\d+回[^の]*の").find(label) {
        Some(m) if m.end() < label.len() => &label[m.end()..],
        _ => label,
    };
    // `2019年度の参加者数`: the year is the figure's fiscal year, not its label.
    let label = match fiscal_years(label).next() {
        Some((0, end, _)) if label[end..].len() > 'の'.len_utf8() => {
            label[end..].strip_prefix('の').unwrap_or(label)
        }
        _ => label,
    };
    (label.to_string(), qualifier, note)
}

/// When nothing precedes the figure: `5件の求人`, `13名応募`, `24人の参加者が…`,
/// `3名が…「…」を受講予定`.
fn label_after(after: &str) -> String {
    let rest = after
        .trim_start()
        .trim_start_matches(['の', 'が', 'は', 'を', 'で'])
        .trim_start();
    if let Some(i) = rest.rfind('を') {
        let tail = &rest[i + 'を'.len_utf8()..];
        let n = tail.chars().count();
        if (1..=6).contains(&n) && !tail.contains(['が', 'は', 'に', 'で', 'の']) {
            return tail.to_string();
        }
    }
    // The noun right after: up to the first kana inflection or particle (`参加した` → 参加).
    let end = rest
        .char_indices()
        .find(|&(_, c)| is_delim(c) || ('\u{3041}'..='\u{3096}').contains(&c))
        .map_or(rest.len(), |(i, _)| i);
    rest[..end].to_string()
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
    let context = format!("{label} {after}");
    if note.is_some_and(|n| n.contains("目標")) || regex!(r"目標|目指").is_match(&context) {
        return Target;
    }
    let work = regex!(r"就職|内定|採用|就労");
    let not_work = regex!(r"支援|セミナー|相談|希望|準備|活動|意欲|面接会");
    if work.is_match(label) && !not_work.is_match(label)
        || regex!(r"就職(に結|し|でき|決定)|内定|採用(さ|決定)").is_match(after)
    {
        return Employed;
    }
    if label.contains("求人") {
        return JobOpenings;
    }
    // A label's head noun is its end (`見学先企業への応募`: applications, not companies).
    let head = label.rsplit('の').next().unwrap_or(label);
    if unit == "社" || regex!(r"企業|事業所|事業主|会社").is_match(head) {
        return Companies;
    }
    let kids = regex!(r"子供|子ども|こども|児童|乳幼児|託児|^子$|^子さん|うち子$");
    if (kids.is_match(label) || kids.is_match(q)) && !label.contains("子育て") {
        return Children;
    }
    if regex!(r"登録|欠席|相談件数|相談者数|回答").is_match(label) {
        return Other;
    }
    if regex!(r"申込|申し込|応募|希望者|受講希望|エントリー").is_match(label) {
        return Applicants;
    }
    if regex!(r"参加|受講者|来場|出席|求職者|利用者|受講生|聴講").is_match(label)
    {
        return Participants;
    }
    // `親子20組が参加`: the label does not say, the verb after the figure does.
    if regex!(r"^\s*[がもは]?(参加|受講|来場|出席)").is_match(after) {
        return Participants;
    }
    Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_digits_commas_space_and_a_unit() {
        let text = "参加者 1,234 名、第2回、子育て世帯12世帯と5社(3か月)";
        let got: Vec<&str> = counts(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["1,234 名", "12世帯", "5社"]);
        assert_eq!(split_count("1,234 名"), ("1,234", "名"));
        assert_eq!(split_count("12世帯"), ("12", "世帯"));
        assert_eq!(counts("年1回、3か月").count(), 0);
    }

    fn one(text: &str) -> Vec<Metric> {
        let text = crate::normalize::clean(text);
        find(&[Span {
            line: 1,
            text: &text,
        }])
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
            (
                "見学先企業への応募 ２４名",
                "見学先企業への応募",
                24,
                Applicants,
            ),
            (
                "参加企業の担当者 １０名",
                "参加企業の担当者",
                10,
                Participants,
            ),
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
}
