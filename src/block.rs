//! Stage 4: classify the lines of a page and group them into blocks.
//!
//! Each non-blank line becomes one or two [`Item`]s (a line may carry a trailing
//! role header `… 【共通】` or a trailing photo caption `…開催。 セミナー風景`).
//! Items then form [`Block`]s: a structural line (banner, headings, party row,
//! contact) stands alone; a role header or comment header opens a block that
//! takes the lines below it; other text forms paragraphs. A blank line ends a
//! block unless the text plainly runs on across it (a wrap artefact of the PDF
//! conversion: the line before is full width and unfinished). On a squeezed
//! page (no blank line at all) the blank lines between boxes are read back
//! from the text first (`restore_box_boundaries`).

use std::borrow::Cow;
use std::collections::VecDeque;

use crate::page::{is_banner, Page};
use crate::source::Line;

/// `$text.contains($needle)` for a fixed needle, by a searcher built once:
/// `str::contains` sets one up on every call, which on a line of text costs
/// more than the search itself.
macro_rules! contains {
    ($text:expr, $needle:literal) => {{
        static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
            std::sync::OnceLock::new();
        FINDER
            .get_or_init(|| memchr::memmem::Finder::new($needle))
            .find($text.as_bytes())
            .is_some()
    }};
}

/// `text.trim()`, asking first whether either end is white space at all:
/// lines come trimmed from cleaning, and `str::trim` decodes and tests a
/// character at both ends on every call, which costs more than this look at
/// the bytes of the two.
pub(crate) fn trim(text: &str) -> &str {
    let b = text.as_bytes();
    if opens_on_space(b) || ends_on_space(b) {
        text.trim()
    } else {
        text
    }
}

/// Whether UTF-8 `b` opens on white space ([`char::is_whitespace`]: tab to
/// carriage return, space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
/// U+2029, U+202F, U+205F, U+3000).
fn opens_on_space(b: &[u8]) -> bool {
    matches!(
        b,
        [b'\t'..=b'\r' | b' ', ..]
            | [0xC2, 0x85 | 0xA0, ..]
            | [0xE1, 0x9A, 0x80, ..]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
            | [0xE2, 0x81, 0x9F, ..]
            | [0xE3, 0x80, 0x80, ..]
    )
}

/// Whether UTF-8 `b` ends on white space (as [`opens_on_space`]).
fn ends_on_space(b: &[u8]) -> bool {
    matches!(
        b,
        [.., b'\t'..=b'\r' | b' ']
            | [.., 0xC2, 0x85 | 0xA0]
            | [.., 0xE1, 0x9A, 0x80]
            | [.., 0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]
            | [.., 0xE2, 0x81, 0x9F]
            | [.., 0xE3, 0x80, 0x80]
    )
}

/// The headed parts of the page template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKind {
    /// 課題・目的.
    Purpose,
    /// 実施概要.
    Overview,
    /// 役割分担.
    Roles,
    /// 効果 / 結果.
    Effect,
}

/// What one item of a line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    /// The running header.
    Banner,
    /// One or more section headings: (section, label as printed).
    Headings(Vec<(SectionKind, String)>),
    /// The party row: the organisations of the case.
    PartyRow(Vec<String>),
    /// 【org】 opening a role block (several names on one line share the block).
    RoleHeader(Vec<String>),
    /// ＜…コメント＞ opening a comment box; the speaker.
    CommentHeader(String),
    /// ≪照会先≫ line.
    Contact,
    /// A caption split off the end of a text line, or printed on a line of its
    /// own inside a wrapped one ([`set_captions_inside_lines_apart`]).
    TrailingCaption,
    /// A page number or footer (`- 3 -`, `P.3`, a lone `3` at the page's edge).
    Footer,
    /// Any other text.
    Text,
}

/// A piece of one line with its classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Source line number.
    pub line: usize,
    /// Cleaned text of this piece (for role headers: the header as printed; for
    /// other headers: nothing, the text after the header being an item of its own).
    pub text: String,
    /// Classification.
    pub kind: ItemKind,
    /// Blank lines stand between this item and the previous one.
    pub gap_before: bool,
}

impl Item {
    /// Width of the text in characters.
    pub fn width(&self) -> usize {
        self.text.chars().count()
    }
}

/// Kinds of block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// The running header.
    Banner,
    /// A row of section headings.
    Headings(Vec<(SectionKind, String)>),
    /// The party row.
    PartyRow(Vec<String>),
    /// The contact line.
    Contact,
    /// A role block: the organisations and the item lines below.
    Role(Vec<String>),
    /// A comment box: the speaker and the text lines below.
    Comment(String),
    /// A caption split off a text line.
    Caption,
    /// A page number or footer line.
    Footer,
    /// Running text not under a role or comment header.
    Paragraph,
}

/// A group of items that belong together on the slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The header item (for roles and comments) or the single item (structural blocks).
    pub head: Option<Item>,
    /// The text items of the block, in order.
    pub body: Vec<Item>,
    /// The block follows a heading line with no blank line between: it is that heading's content.
    pub anchored_to: Option<SectionKind>,
}

impl Block {
    /// Source lines of the block, in order, each once.
    pub fn lines(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .head
            .iter()
            .chain(self.body.iter())
            .map(|i| i.line)
            .collect();
        v.dedup();
        v
    }

    /// The widest body line, in characters.
    pub fn max_width(&self) -> usize {
        self.body.iter().map(Item::width).max().unwrap_or(0)
    }

    /// The body text, lines joined with no separator.
    pub fn joined(&self) -> String {
        self.body.iter().map(|i| i.text.as_str()).collect()
    }
}

/// The brackets a caption or a box's label opens on (`(写真)…`, `≪…≫`, `【…】`):
/// a line opening on one is no headline's line.
pub const LABEL_OPENERS: [char; 7] = ['(', '≪', '《', '<', '【', '〈', '＜'];

/// Bullet marks that open an item or a paragraph.
pub fn starts_with_bullet(text: &str) -> bool {
    text.starts_with([
        '◆', '◇', '●', '○', '■', '□', '・', '※', '★', '☆', '▶', '►', '▼', '◎', '✓', '-', '①', '②',
        '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩',
    ])
}

/// The line ends a sentence or a list item: nothing runs on from it.
pub fn is_terminal(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with([
        '。', '．', '.', '！', '!', '？', '?', '」', '』', ')', '）', '〉', '》', '≫', '>',
    ])
}

/// A heading label as compared: no white space (【目 的】), one middle dot.
/// Most labels are their own key: borrowed, not copied.
pub(crate) fn heading_key(label: &str) -> Cow<'_, str> {
    let other_dot = |c: char| c == '･' || c == '·';
    if !label.chars().any(|c| c.is_whitespace() || other_dot(c)) {
        return Cow::Borrowed(label);
    }
    label
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if other_dot(c) { '・' } else { c })
        .collect()
}

/// Map a heading label (without brackets) to its section: one of the template's
/// labels, or another short label of the same words
/// (【事業の目的】, 【取組の成果】).
pub fn heading_kind(label: &str) -> Option<SectionKind> {
    let key = heading_key(label);
    known_heading_kind(&key).or_else(|| {
        use SectionKind::*;
        // Other short labels of the same template (【事業の目的】, 【取組の成果】).
        // Labels of what comes next (【今後の課題】, 【今後の展開】) head none of the
        // case's sections: their lines stay text, a sub-heading of the effect
        // (layout's `is_outlook_label`).
        let k: &str = &key;
        if k.chars().count() > 8 || k.starts_with("今後") {
            None
        } else if regex!(r"目的|課題|背景|ねらい|きっかけ").is_match(k) {
            Some(Purpose)
        } else if regex!(r"概要|取組内容|実施内容|事業内容").is_match(k) {
            Some(Overview)
        } else if k.contains("役割") && role_org(k).is_none() {
            Some(Roles)
        } else if regex!(r"効果|結果|成果").is_match(k) {
            Some(Effect)
        } else {
            None
        }
    })
}

/// The section of a label that is exactly one of the template's heading labels
/// (compared as [`heading_key`] writes it). A new label's first character
/// belongs in [`opens_label`] too.
fn known_heading_kind(key: &str) -> Option<SectionKind> {
    use SectionKind::*;
    Some(match key {
        "課題・目的" | "課題･目的" | "目的" | "課題" | "背景・目的" | "背景・課題"
        | "目的・課題" | "課題・目標" | "趣旨" | "ねらい" | "狙い" | "背景" | "きっかけ" => {
            Purpose
        }
        "実施概要" | "概要" | "事業概要" | "取組概要" | "取組内容" | "実施内容" | "事業内容"
        | "取組の概要" | "取組み概要" | "取り組み概要" | "取組の内容" | "連携の内容"
        | "連携内容" | "支援の内容" | "支援内容" => Overview,
        "役割分担" | "役割" | "連携体制" | "分担" => Roles,
        "効果" | "結果" | "成果" | "実績" | "効果・結果" | "結果・効果" | "取組の効果"
        | "取組結果" | "実施結果" | "効果・成果" | "取組の成果" => Effect,
        _ => return None,
    })
}

/// A heading printed with another mark than 【】: a bullet (`■課題・目的`,
/// `◆結果`) or other brackets (`＜実施概要＞`, `《効果》`, `［役割分担］`), the
/// whole line being the mark and one of the template's labels. The same marks
/// open bullets and sub-headings of the text (`《開催実績》`, `■効果的な周知`),
/// so only an exact label counts, not the looser words [`heading_kind`] accepts
/// inside 【】. Returns the section and the label as printed.
pub fn marked_heading(text: &str) -> Option<(SectionKind, String)> {
    let text = trim(text);
    let first = text.chars().next()?;
    let label = if let Some(close) = heading_bracket(first) {
        match text[first.len_utf8()..].strip_suffix(close) {
            Some(label) => label,
            // `(2)取組内容`: a number in brackets.
            None => return numbered_heading(text),
        }
    } else if HEADING_MARKS.contains(&first) {
        text[first.len_utf8()..].trim_end_matches(':')
    } else {
        return numbered_heading(text);
    };
    let label = trim(label);
    // The longest label, spaced out (`取 り 組 み 概 要`), is 23 bytes: a longer
    // one is text, and needs no key.
    if label.len() > 24 {
        return None;
    }
    known_heading_kind(&heading_key(label)).map(|k| (k, label.to_string()))
}

/// The closing bracket of an opening one a heading may be printed in
/// (`＜実施概要＞`, `《効果》`, `〔目 的〕`, `『効果』`, …).
fn heading_bracket(open: char) -> Option<char> {
    match open {
        '<' => Some('>'),
        '『' => Some('』'),
        '《' => Some('》'),
        '≪' => Some('≫'),
        '〈' => Some('〉'),
        '[' => Some(']'),
        '〔' => Some('〕'),
        '(' => Some(')'),
        _ => None,
    }
}

/// Headings printed with other marks standing in a row on one line
/// (`◇事業概要 ◇役割分担`, `＜目的＞ ＜効果＞`): two or more pieces set apart by
/// white space, each one a whole [`marked_heading`]. Labels side by side are
/// no sentence, so they head their sections as a row of 【】 headings does.
pub fn marked_heading_row(text: &str) -> Option<Vec<(SectionKind, String)>> {
    let opens = |c: char| heading_bracket(c).is_some() || HEADING_MARKS.contains(&c);
    // (Cheap tests first, as every line opening on a mark is asked: a short
    // first piece, and the next piece opening on a mark or a bracket too —
    // a bullet `◆ 企業向け…` fails here.)
    // (Cleaned lines are trimmed, their white space ASCII: see [`crate::normalize`].)
    if text.len() > 120 || !text.chars().next().is_some_and(opens) {
        return None;
    }
    let (first, rest) = text.split_once(' ')?;
    if first.len() > 40 || !rest.trim_start().starts_with(opens) {
        return None;
    }
    let row: Vec<(SectionKind, String)> = text
        .split_whitespace()
        .map(marked_heading)
        .collect::<Option<_>>()?;
    (row.len() >= 2).then_some(row)
}

/// A heading printed bare, with no mark or bracket: the whole line is one of
/// the template's labels and nothing else (`目的`, `実施概要`, `目 的`,
/// `効果：`). The same words open sentences (`効果的な周知…`, `目的は…`) and
/// stand inside text, so only the exact label alone on its line counts, as
/// for [`marked_heading`]; where the line stands — not the tail of a wrapped
/// sentence, not running on below — is for its caller to judge.
pub fn bare_heading(text: &str) -> Option<(SectionKind, String)> {
    // (Cheap tests first, as every line is asked: the longest label, spaced
    // out, is 23 bytes, and a label opens on one of a few characters.)
    if text.len() > 48 {
        return None;
    }
    let label = text.trim_start();
    if !label.chars().next().is_some_and(opens_label) {
        return None;
    }
    let label = label.trim_end().trim_end_matches(':').trim_end();
    if label.len() > 24 {
        return None;
    }
    known_heading_kind(&heading_key(label)).map(|k| (k, label.to_string()))
}

/// A first character of a label [`known_heading_kind`] knows.
fn opens_label(c: char) -> bool {
    matches!(
        c,
        '課' | '目'
            | '背'
            | '趣'
            | 'ね'
            | '狙'
            | 'き'
            | '実'
            | '概'
            | '事'
            | '取'
            | '連'
            | '支'
            | '役'
            | '分'
            | '効'
            | '結'
            | '成'
    )
}

/// A heading numbered instead of marked (`1.背景・課題`, `(2)取組内容`,
/// `③連携の成果`), the whole line being the number and a label. The number
/// sets the line apart as 【】 does, so the template's looser labels count
/// ([`heading_kind`]: short, no sentence); 【今後の展開】's kind heads nothing.
///
/// A heading word may carry a note in round brackets (`Ⅳ 実績(令和5年度)`,
/// `3.連携体制(役割分担)`: its year, or the section's other name): the word
/// heads the section ([`heading_word`]); a year or period the note gives is
/// the section's first line ([`period_note`]).
fn numbered_heading(text: &str) -> Option<(SectionKind, String)> {
    let word = heading_word(numbered_label(text)?);
    heading_kind(word).map(|k| (k, word.to_string()))
}

/// The word of a heading label before a note in round brackets closing it
/// (`実績(令和5年度)` → `実績`, `連携体制(役割分担)` → `連携体制`); a label
/// with no such note is its own word.
fn heading_word(label: &str) -> &str {
    let Some(inner) = label.strip_suffix(')') else {
        return label;
    };
    match inner.split_once('(') {
        Some((word, note))
            if !word.trim().is_empty() && !note.trim().is_empty() && !note.contains(['(', ')']) =>
        {
            word.trim_end()
        }
        _ => label,
    }
}

/// The note of a numbered heading ([`numbered_heading`]) when it is a year or
/// a period (`Ⅳ 実績(令和5年度)` → `(令和5年度)`, `2.成果(4月~9月)`): what
/// the section's figures count, kept as its first line, as the rest of a
/// 【】 heading's line is (`【結果】(令和元年度)`). Another note (the
/// section's other name, `連携体制(役割分担)`) is the heading's and no text.
pub fn period_note(text: &str) -> Option<&str> {
    let label = numbered_label(text)?;
    let word = heading_word(label);
    if word.len() == label.len() {
        return None;
    }
    let note = label[word.len()..].trim_start();
    regex!(r"[0-9元]\s*(?:年|月)")
        .is_match(note)
        .then_some(note)
}

/// The length of the number that opens a numbered heading or item, with the
/// space after it: `3.`, `3)`, `(3)`, `①`, and with `roman` also `II.` or a
/// Roman numeral set apart by a space alone (`Ⅲ 役割分担`, which NFKC prints
/// `III 役割分担`) (`None` when the line opens on no such number).
pub fn number_prefix(text: &str, roman: bool) -> Option<usize> {
    let first = text.chars().next()?;
    let arabic = first.is_ascii_digit() || first == '(' || ('①'..='⑳').contains(&first);
    if arabic {
        regex!(r"^(?:[0-9]{1,2}\s*[.)]|\(\s*[0-9]{1,2}\s*\)|[①-⑳])\s*")
            .find(text)
            .map(|m| m.end())
    } else if roman && matches!(first, 'I' | 'V' | 'X') {
        roman_number_prefix(text)
    } else {
        None
    }
}

/// The length of a Roman numeral opening `text` with the space after it: up
/// to four of I, V, X before `.` or `)` (`II.`), or a numeral as written, I to
/// X, before a space alone (`III 役割分担`): letters glued to text (`IXY社`)
/// are no number.
fn roman_number_prefix(text: &str) -> Option<usize> {
    // (By hand, not by a regex: asked of every line opening on I, V or X.)
    let n = text
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    if n == 0 || n > 4 {
        return None;
    }
    let rest = &text[n..];
    let spaced = rest.trim_start();
    if let Some(after) = spaced.strip_prefix(['.', ')']) {
        return Some(text.len() - after.trim_start().len());
    }
    let written = matches!(
        &text[..n],
        "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
    );
    (written && spaced.len() < rest.len()).then(|| text.len() - spaced.len())
}

/// The label of a line that is only a number and a short label, no sentence
/// (`1.背景・課題`, `(5)今後の展開`).
pub fn numbered_label(text: &str) -> Option<&str> {
    // (A number and at most twelve characters: 48 bytes or fewer.)
    if text.len() > 48 {
        return None;
    }
    let label = trim(text[number_prefix(text, true)?..].trim_end_matches(':'));
    let short = (1..=12).contains(&label.chars().count());
    (short && !label.contains(['。', '、']) && !crate::metrics::has_count(label)).then_some(label)
}

/// Bullet marks that may head a section instead of 【】.
const HEADING_MARKS: [char; 14] = [
    '■', '□', '◆', '◇', '●', '○', '◎', '▼', '▽', '▲', '△', '★', '☆', '▶',
];

/// Bracketed 【…】 groups at the start of `text`, and the rest of the line.
fn leading_groups(text: &str) -> (Vec<String>, &str) {
    let mut groups = Vec::new();
    let mut rest = text.trim_start();
    while let Some(after) = rest.strip_prefix('【') {
        match after.find('】') {
            Some(end) => {
                groups.push(trim(&after[..end]).to_string());
                rest = after[end + '】'.len_utf8()..].trim_start();
            }
            None => break,
        }
    }
    (groups, rest)
}

/// A line that opens an item of a list: a bullet, not a section heading
/// printed with a bullet mark (`■目的`, `◆効果`).
fn opens_item(text: &str) -> bool {
    starts_with_bullet(text) && marked_heading(text).is_none()
}

/// Names that look like an organisation (a role block's header).
pub fn looks_like_org(name: &str) -> bool {
    let named = regex!(
        r"法人|株式会社|有限会社|NPO|協会|協議会|センター|ハローワーク|労働局|職業安定所|役所|役場|農協|漁協|生協"
    );
    (ends_with_any(name, &ORG_ENDINGS) || is_cooperative(name) || named.is_match(name))
        && !looks_like_subheading(name)
}

/// An agricultural cooperative by its short name: JA, alone or before the
/// area's name (`JAおおいた`, `JA 北つくば`), not a word that opens with those
/// letters (`JAPAN`).
fn is_cooperative(name: &str) -> bool {
    name.strip_prefix("JA")
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// A box naming one of the case's parties as the party row prints it, whole
/// or in part (`八代市` for 熊本県八代市): an organisation, whatever its name's
/// ending.
fn names_a_party(name: &str, parties: &[String]) -> bool {
    name.chars().nth(1).is_some()
        && parties
            .iter()
            .any(|p| p.contains(name) || name.contains(p.as_str()))
}

/// How the names of organisations end (`…市`, `…センター`): [`looks_like_org`].
const ORG_ENDINGS: [&str; 42] = [
    "市",
    "区",
    "町",
    "村",
    "県",
    "都",
    "府",
    "道",
    "国",
    "局",
    "所",
    "ハローワーク",
    "HW",
    "会",
    "センター",
    "館",
    "協会",
    "機構",
    "法人",
    "大学",
    "学校",
    "共通",
    "組合",
    "団",
    "団体",
    "役場",
    "役所",
    "庁",
    "省",
    "課",
    "部",
    "室",
    "企業",
    "社",
    "財団",
    "公社",
    "協議会",
    "コーナー",
    "ワーク",
    "ステーション",
    "プラザ",
    "病院",
];

/// `text` ends with one of `endings` (a regex `(…|…)$` of literals, without
/// building an automaton for a handful of short comparisons). An ending's
/// last byte is compared first: it rules out most endings without a call to
/// compare the whole.
fn ends_with_any(text: &str, endings: &[&str]) -> bool {
    let last = text.as_bytes().last();
    endings
        .iter()
        .any(|end| end.is_empty() || end.as_bytes().last() == last && text.ends_with(end))
}

/// The organisation a role label names: the label itself (`仙台市`) or the
/// label less の役割 (`市の役割` → `市`), when that looks like an organisation.
pub fn role_org(label: &str) -> Option<String> {
    let name = trim(
        label
            .strip_suffix("の役割")
            .or_else(|| label.strip_suffix("役割"))
            .unwrap_or(label),
    );
    looks_like_org(name).then(|| name.to_string())
}

/// A generic name of an organisation, naming no place: how role blocks name
/// the partners (【国】, 【県】, 【ハローワーク】), never the party row.
fn is_generic_org(name: &str) -> bool {
    // `労働局・ハローワーク`: generic names sharing one box.
    if name.contains('・') {
        return name.split('・').all(is_generic_org);
    }
    matches!(
        name,
        "国" | "県"
            | "都"
            | "府"
            | "道"
            | "市"
            | "町"
            | "村"
            | "区"
            | "市町村"
            | "共通"
            | "自治体"
            | "労働局"
            | "ハローワーク"
            | "HW"
    )
}

/// A name that is plainly an organisation of the template: a prefecture,
/// municipality, labour bureau or Hello Work (by [`kind_of`](crate::party::kind_of)),
/// or one of the generic names the role blocks use (国, 県, 共通 …).
fn is_plain_org(name: &str) -> bool {
    use crate::model::PartyKind;
    matches!(
        name,
        "国" | "県" | "都" | "府" | "道" | "共通" | "都道府県" | "自治体" | "労働局"
    ) || crate::party::kind_of(name) != PartyKind::Other
}

/// A role block's header printed with another mark than 【】, the whole line
/// being the mark and an organisation with or without の役割: a bracket
/// (`＜県＞`, `〔ハローワーク〕`, `（市）`, `「県の役割」`) or a bullet mark
/// (`■市の役割`, `◎労働局`). The same marks open sub-headings, captions and
/// bullet items, so the line must stand in the role blocks' column (`in_roles`:
/// below 【役割分担】 or another role block) unless it says の役割, the name
/// must be an organisation ([`looks_like_org`] with の役割 or in ＜＞, 〈〉,
/// ［］, 〔〕; [`is_plain_org`] otherwise), and the next line (`next`) must
/// open its items: a bullet (with another mark than a bullet header's own),
/// or text for a plain organisation in brackets.
/// Where an item is due (`item_due`: right below a role header, or below an
/// item opened with the same mark), a marked phrase that only ends as an
/// organisation's name does (`◆若者向け求人の開拓と受入企業` / `見学会の日程調整`)
/// is that item, wrapped, not a header over text.
/// Returns the organisation.
fn marked_role_header<'a>(
    text: &str,
    in_roles: bool,
    item_due: bool,
    next: impl Fn() -> Option<&'a str>,
    printed: impl FnOnce() -> bool,
) -> Option<(String, &str)> {
    let first = text.chars().next()?;
    let close = match first {
        '<' => Some('>'),
        '〈' => Some('〉'),
        '[' => Some(']'),
        '〔' => Some('〕'),
        '《' => Some('》'),
        '≪' => Some('≫'),
        '(' => Some(')'),
        '「' => Some('」'),
        '『' => Some('』'),
        _ if HEADING_MARKS.contains(&first) => None,
        _ => return None,
    };
    let inner = &text[first.len_utf8()..];
    // In brackets, the first item may follow on the line (`＜市＞・会場の確保`).
    let (label, rest) = match close {
        Some(c) => {
            let (label, rest) = inner.split_once(c)?;
            let rest = rest.trim();
            if !(rest.is_empty() || starts_with_bullet(rest)) {
                return None;
            }
            (label, rest)
        }
        None => (inner.trim_end_matches(':'), ""),
    };
    let label = trim(label);
    if label.chars().count() > 20 {
        return None;
    }
    // Lecturers in a programme (`○ハローワーク枚方`, `＜株式会社…＞` over their
    // topics) look the same: outside the role blocks' column, only a label
    // with の役割 says so, or a partner's name in brackets over bullet items
    // on a page that prints 役割 (its heading moved away: `〔旭川市〕` / `・…`).
    let outside = !(in_roles || label.ends_with("役割"));
    if outside && (close.is_none() || !rest.is_empty()) {
        return None;
    }
    let org = role_org(label)?;
    let boxed = matches!(first, '<' | '〈' | '[' | '〔');
    // A name, not a phrase (no punctuation, no particle of a sentence) that
    // ends as an organisation's does: a bullet item wrapped over two lines is
    // no header.
    let name_alone = close.is_none()
        && in_roles
        && !label.contains(['、', '(', '「', ' ', 'に', 'を', 'が', 'は', 'て']);
    let over_text = || {
        name_alone
            && !item_due
            && ends_with_any(label, &ORG_ENDINGS)
            && next().is_some_and(|n| !starts_with_bullet(n))
    };
    // Where an item is due, a phrase around a partner's name
    // (`◆県外ハローワークでの周知`: a particle in it) is the next item.
    let plain = is_plain_org(&org) && !(item_due && org.contains(['で', 'の', 'に', 'を', 'が']));
    if !(label.ends_with("役割") || boxed || plain || over_text()) {
        return None;
    }
    if !rest.is_empty() {
        return Some((org, rest));
    }
    let next = next()?;
    let item_below = (starts_with_bullet(next) || numbered_item(next).is_some())
        && (close.is_some() || !next.starts_with(first));
    if outside {
        return (item_below && plain && printed()).then_some((org, rest));
    }
    // In the role blocks' column, a mark over lines of text (`●熊本県` /
    // `フェアの企画・広報`) heads them as a bracket does.
    let marked_over_text =
        name_alone && !next.starts_with(first) && !starts_bound(next) && (plain || over_text());
    let text_below = (close.is_some() && plain || marked_over_text)
        && !next.starts_with(['<', '〈', '[', '〔', '《', '≪', '(', '「', '『', '【'])
        && !is_banner(next);
    (item_below || text_below).then_some((org, rest))
}

/// A role block's header printed with a bullet mark away from the role
/// blocks' column (`■下川町`, `●ハローワーク` printed far below 【役割分担】):
/// on a page that prints 役割 (`printed`), a line that is only a mark and a
/// partner's name (`partner`: one of the page's parties, whole or its last
/// part, or a generic name as 国, 県, 労働局, ハローワーク) over a bullet item
/// of another mark. A lecturer or a programme in the overview is marked the
/// same way; it names no partner, or stands under 講師, 内容 or プログラム
/// (`under_programme`). Returns the organisation.
fn partner_role_header<'a>(
    text: &str,
    next: impl Fn() -> Option<&'a str>,
    printed: impl FnOnce() -> bool,
    partner: impl FnOnce(&str) -> bool,
    under_programme: impl FnOnce() -> bool,
) -> Option<String> {
    let first = text.chars().next()?;
    if text.len() > 60 || !HEADING_MARKS.contains(&first) {
        return None;
    }
    let label = text[first.len_utf8()..].trim().trim_end_matches(':').trim();
    if label.is_empty() || label.contains([' ', '、', '。', ':']) {
        return None;
    }
    let next = next()?;
    (starts_with_bullet(next)
        && !next.starts_with(first)
        && partner(label)
        && printed()
        && !under_programme())
    .then(|| label.to_string())
}

/// The next role block's header printed as the one above it: a line opening
/// with the mark of the nearest role header above (`○富山県`), below that
/// header's items (none of this mark), that is a name and no sentence, over an
/// item of the mark those items open with (`○移住・交流コンシェルジュ` /
/// `・…`; `◎愛媛労働局（職業安定部、ハローワーク）` / `◆…`). Headers alike
/// are siblings, whatever the name looks like. Returns the organisation.
fn sibling_role_header<'a>(
    text: &str,
    out: &[Item],
    next: impl Fn() -> Option<&'a str>,
) -> Option<String> {
    let mark = text.chars().next()?;
    if !HEADING_MARKS.contains(&mark) {
        return None;
    }
    let label = text[mark.len_utf8()..].trim();
    // A name: no sentence, no comma but in its brackets (the offices named).
    let bare = label.split(['(', '（']).next().unwrap_or(label);
    if label.is_empty()
        || label.chars().count() > 40
        || label.contains(['。', ':', '：'])
        || bare.contains(['、', ' ', '　'])
    {
        return None;
    }
    let above = out
        .iter()
        .rev()
        .take(16)
        .position(|it| it.kind != ItemKind::Text)?;
    let header = &out[out.len() - 1 - above];
    let items = &out[out.len() - above..];
    let item_mark = items.first()?.text.chars().next()?;
    let headed_alike = matches!(header.kind, ItemKind::RoleHeader(_))
        && header.text.starts_with(mark)
        && item_mark != mark
        && starts_with_bullet(&items[0].text)
        && !items.iter().any(|it| it.text.starts_with(mark));
    (headed_alike && next()?.starts_with(item_mark)).then(|| label.to_string())
}

/// `name` is one of the case's partners as a role block names it: a party
/// (`parties`) whole or its last part (`下川町` for 北海道下川町), or a generic
/// name of the template ([`is_generic_org`]).
fn names_a_partner(name: &str, parties: &[String]) -> bool {
    is_generic_org(name)
        || name.chars().nth(1).is_some() && parties.iter().any(|p| p.ends_with(name))
}

/// The lines above `out`'s end are a list under a programme's or lecturers'
/// label (`講師`, `内容：`, `プログラム`) or under a session's sub-heading in
/// brackets (`＜第１回＞`): the nearest line above that is not itself a
/// marked item is that label.
fn under_programme(out: &[Item]) -> bool {
    out.iter()
        .rev()
        .take(12)
        .take_while(|it| it.kind == ItemKind::Text)
        .find(|it| !starts_with_bullet(&it.text))
        .is_some_and(|it| {
            let label = it.text.trim();
            label.starts_with(['<', '〈', '《', '≪', '[', '〔', '('])
                && label.ends_with(['>', '〉', '》', '≫', ']', '〕', ')'])
                || contains!(label, "講師")
                || contains!(label, "内容")
                || contains!(label, "プログラム")
        })
}

/// A line opening on the ideographic zero 〇 printed as the mark ○ (`〇県`,
/// `〇北九州市`: a numeral opens no line on its zero, and the placeholder
/// of a name `〇〇市` doubles it), read with the mark ○ as a role block's
/// header is (the two are as long in bytes: what is cut off one is cut
/// off the other).
fn circle_mark_read_as_such(text: &str) -> Cow<'_, str> {
    // (Cheap first: the bytes of 〇 open the line.)
    if !text.as_bytes().starts_with("〇".as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut chars = text.chars();
    let mark = chars.next() == Some('〇')
        && chars
            .next()
            .is_some_and(|c| c != '〇' && !c.is_ascii_digit() && !c.is_whitespace());
    if mark {
        Cow::Owned(format!("○{}", &text['〇'.len_utf8()..]))
    } else {
        Cow::Borrowed(text)
    }
}

/// A role block's header printed without any mark: a line that is only the
/// names of the template's organisations (`長野県`, `長野労働局・ハローワーク`:
/// [`is_plain_org`]) with bullet items below it, on a page that prints 役割
/// (`printed`). Returns the organisations joined by ・, as a role of two boxes
/// is named.
fn bare_role_header<'a>(
    text: &str,
    next: impl Fn() -> Option<&'a str>,
    printed: impl FnOnce() -> bool,
) -> Option<String> {
    // `下川町：` over the items is the name alone.
    let text = text.strip_suffix(':').map_or(text, str::trim_end);
    if text.len() > 60
        || text.starts_with(|c: char| !c.is_alphabetic())
        || text.contains(['。', '、', ' ', ':'])
        || !next().is_some_and(starts_with_bullet)
    {
        return None;
    }
    // `柏市の役割` over its items says what it is: any organisation's name.
    let (text, says_role) = match text
        .strip_suffix("の役割")
        .or_else(|| text.strip_suffix("役割"))
    {
        Some(name) => (name, true),
        None => (text, false),
    };
    let names: Vec<&str> = text.split(['・', '/']).map(str::trim).collect();
    let plain = names.iter().all(|n| {
        !n.is_empty() && !n.contains(' ') && (is_plain_org(n) || says_role && looks_like_org(n))
    });
    (plain && (says_role || printed())).then(|| names.join("・"))
}

/// The header row of the role blocks printed as a table: a line of two to
/// five organisations' names parted by white space and nothing else (`県
/// 老健協会　ハローワーク`, `国　県　市`), each an organisation by its name
/// ([`looks_like_org`]) or one of the case's parties (`parties`, whole or in
/// part), over bullet items, on a page that prints 役割 (`printed`). The
/// conversion reads each column's items out below the row, column after
/// column ([`split_boxes_apart`] deals them). Returns the names as printed.
#[inline(never)]
fn role_table_row<'a>(
    text: &str,
    next: impl Fn() -> Option<&'a str>,
    printed: impl FnOnce() -> bool,
    parties: &[String],
) -> Option<Vec<String>> {
    // (Cheap first: a short line of a few words opening on a letter, then
    // what stands below it.)
    if text.len() > 120
        || !text.as_bytes().contains(&b' ')
        || !text.starts_with(|c: char| c.is_alphabetic())
        || text.contains(['、', '。', ':', '(', '「', '【', '<'])
        || !next().is_some_and(opens_item)
    {
        return None;
    }
    let names: Vec<&str> = text.split_whitespace().collect();
    let name = |n: &&str| {
        n.chars().count() <= 20
            && !n.contains(|c: char| c.is_ascii_digit())
            && !looks_like_subheading(n)
            && (looks_like_org(n) || names_a_party(n, parties))
    };
    ((2..=5).contains(&names.len()) && names.iter().all(name) && printed())
        .then(|| names.iter().map(|n| n.to_string()).collect())
}

/// A row of the role blocks printed as a table and read out row by row: an
/// organisation's name cell ([`looks_like_org`], or one of the case's
/// parties whole or in part) and, after white space, its first bulleted item
/// (`十日町市 ・隊員の受入れ`); its further items stand on the lines below.
/// Returns the name and the item.
fn table_row<'a>(text: &'a str, parties: &[String]) -> Option<(String, &'a str)> {
    let (name, rest) = text.split_once(' ')?;
    let rest = rest.trim_start();
    if !opens_item(rest)
        || name.chars().count() > 20
        || starts_with_bullet(name)
        || name.contains(['、', '。', '(', ':', '「', '【', '<'])
    {
        return None;
    }
    (looks_like_org(name) || names_a_party(name, parties)).then(|| (name.to_string(), rest))
}

/// The header row of a role table read row by row (`機 関 主な役割`,
/// `団体名 役割`): a short line of a few words, the last naming the roles'
/// column, no punctuation.
fn table_column_header(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or(text);
    text.chars().count() <= 16
        && text.contains(' ')
        && last.contains("役割")
        && !text.contains(['、', '。', '【', '<', ':'])
}

/// A role table's name cell wrapped over two rows (`ＮＰＯ法人にいがた ・…` /
/// `里山定住ネット ・…`): a row right below a row that gave its name cell
/// one item, whose cell joined to that name is one of the case's parties and
/// alone none, or ends no name while its own cell names no organisation.
/// Joins the cell to the name above; returns the row's item.
fn wrapped_name_cell<'a>(
    text: &'a str,
    number: usize,
    out: &mut [Item],
    parties: &[String],
) -> Option<&'a str> {
    let (cell, rest) = text.split_once(' ')?;
    let rest = rest.trim_start();
    let [.., header, first] = out else {
        return None;
    };
    let ItemKind::RoleHeader(names) = &mut header.kind else {
        return None;
    };
    if !opens_item(rest)
        || header.line + 1 != number
        || first.line != header.line
        || names.len() != 1
        || cell.contains(['、', '。', '(', ':', '「', '【', '<'])
    {
        return None;
    }
    let joined = format!("{}{cell}", names[0]);
    let party =
        parties.iter().any(|p| p.contains(joined.as_str())) && !parties.iter().any(|p| p == cell);
    let unfinished = !ends_with_any(&names[0], &ORG_ENDINGS) && !looks_like_org(cell);
    if !(party || unfinished) {
        return None;
    }
    names[0] = joined;
    header.text.push_str(cell);
    Some(rest)
}

/// The organisation a sentence opens on as its subject, the name as printed
/// before は or が (`ハローワーク松本は、…を行う。` → `ハローワーク松本`,
/// `市が…を担当した。` → `市`): how a division of work is written when it is
/// written as sentences rather than items. The name is one of the case's
/// parties as the party row prints it, whole or in part (`parties`; `協議会`
/// for 安曇野市農業担い手育成協議会), a plain organisation of the template (県,
/// ハローワーク, 〇〇労働局: [`is_plain_org`]), or another organisation's name
/// written without kana (`商工会議所`), not an event (`説明会は`). A phrase
/// is no subject: `市では`, `市と町は`, `ハローワークの職員が` (a particle or
/// kana of a phrase before は/が), nor anything with punctuation or a bracket.
pub fn sentence_subject<'a>(sentence: &'a str, parties: &[String]) -> Option<&'a str> {
    let name = &sentence[..subject_end(sentence)?];
    if name.is_empty()
        || name.contains(['、', '。', ',', ' ', '「', '」', '(', ')', ':', '【', '】'])
        || starts_with_bullet(name)
        || name.ends_with(['で', 'に', 'と', 'も', 'の', 'や', 'へ', 'を', 'ら'])
    {
        return None;
    }
    let kana = name.chars().any(|c| ('ぁ'..='ゖ').contains(&c));
    let event = || {
        ends_with_any(
            name,
            &[
                "説明会",
                "相談会",
                "面接会",
                "研修会",
                "見学会",
                "交流会",
                "講習会",
                "報告会",
                "懇談会",
                "勉強会",
                "大会",
            ],
        )
    };
    let org = names_a_party(name, parties)
        || !kana && (is_plain_org(name) || looks_like_org(name) && !event());
    org.then_some(name)
}

/// Where a name that may be a sentence's subject ends: at the first は or
/// が, within 24 characters of the start.
fn subject_end(sentence: &str) -> Option<usize> {
    sentence
        .char_indices()
        .take(25)
        .find(|&(_, c)| c == 'は' || c == 'が')
        .map(|(end, _)| end)
}

/// A line that may open on an organisation as its subject
/// ([`sentence_subject`]): no bullet, a は or が near its start.
pub fn may_open_on_subject(text: &str) -> bool {
    !starts_with_bullet(text) && subject_end(text).is_some_and(|end| end > 0)
}

/// The line holds a colon where a role `org：…` has it: after a name of
/// fifteen characters at most ([`colon_role`]), within its first 64 bytes.
fn has_colon_role_mark(text: &str) -> bool {
    memchr::memchr(b':', &text.as_bytes()[..text.len().min(64)]).is_some()
}

/// A role written `org：items` in the role blocks' column (`市：会場の確保、
/// 託児の手配`): the organisation and the items. Labels of other things
/// (`会場：…`, `内容：…`) name no organisation.
fn colon_role(text: &str) -> Option<(String, &str)> {
    let (name, rest) = text.split_once(':')?;
    let (name, rest) = (name.trim(), rest.trim());
    if rest.is_empty()
        || name.chars().count() > 15
        || name.contains(['、', '。', ' '])
        || name.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    role_org(name).map(|org| (org, rest))
}

/// A role written `org）items` in the role blocks' column (`倉敷市）相談スペース
/// の提供` / `ハローワーク）職業相談`): the organisation as the line's subject,
/// closed by a bracket that no bracket opens, and its items.
fn bracket_role(text: &str) -> Option<(String, &str)> {
    let (name, rest) = text.split_once(')')?;
    let (name, rest) = (name.trim(), rest.trim());
    if !rest.starts_with(is_noun_char)
        || name.chars().count() < 2
        || name.contains(['(', '、', '。', ' '])
        || name.chars().count() > 15
        || name.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    role_org(name).map(|org| (org, rest))
}

/// Roles written one organisation a line, `org：…`, under another heading
/// than 役割分担 (`市：会場の確保、周知` / `ハローワーク：職業相談`): a line
/// that opens on an organisation's name and a colon ([`colon_role`], `org`)
/// with no bullet, and such a line right below it, one of the two a plain
/// organisation of the template ([`is_plain_org`]: a municipality, a
/// prefecture, 国, a labour bureau, Hello Work). A bulleted list of
/// `label：…` lines (`・相談コーナー：…`, `・〇〇地区：…`) is a programme's.
#[inline(never)]
fn colon_roles_in_a_row<'a>(org: &str, next: impl Fn() -> Option<&'a str>) -> bool {
    let Some((below, _)) = next()
        .filter(|n| n.contains(':') && !starts_with_bullet(n))
        .and_then(colon_role)
    else {
        return false;
    };
    is_plain_org(org) || is_plain_org(&below)
}

/// A comment box's header and the text after it on the line: ＜…コメント＞ in
/// any bracket (【労働局コメント】, 「市コメント」), the voice of an organisation
/// or of its staff (＜福井市の声＞, 「担当者の声」: [`speaks_for`]), the same
/// as a bullet-marked line (■労働局のコメント, ◆担当者の声), or the colon form
/// `労働局コメント：…`. The speaker is the name without コメント and
/// without a trailing の. The voices of participants (【参加者の声】) are
/// content, not comments.
pub fn comment_header(text: &str) -> Option<(String, &str)> {
    let speaker = |name: &str| name.trim().trim_end_matches('の').trim().to_string();
    // Both forms need コメント or 声: most lines are ruled out before a regex runs.
    if let Some(name) = interview_header(text) {
        return Some((name, ""));
    }
    if let Some(name) = message_header(text) {
        return Some((name, ""));
    }
    let comment = contains!(text, "コメント");
    if !comment && !contains!(text, "声") {
        return None;
    }
    if let Some((name, word, rest)) = bracketed_comment(text) {
        let name = speaker(name);
        if word == "コメント" || speaks_for(&name) {
            return Some((name, rest));
        }
    }
    // The colon form, and a bullet-marked header standing alone (■労働局のコメント).
    let mark = text.starts_with(HEADING_MARKS) && text.contains(['コ', '声']);
    if mark || comment {
        let body = if mark {
            text[text.chars().next().map_or(0, char::len_utf8)..].trim()
        } else {
            text
        };
        let c = regex!(r"^([^、。\s:]{0,25}?)\s*(?:コメント\s*:\s*(.*)|(?:コメント|の声)\s*:?)$")
            .captures(body)?;
        if !mark && c.get(2).is_none() {
            return None;
        }
        let name = speaker(&c[1]);
        if name.is_empty() || speaks_for(&name) {
            let rest = c.get(2).map_or("", |m| m.as_str());
            return Some((name, rest));
        }
    }
    None
}

/// A message's header: who speaks and より or から一言 (`北九州市長より`,
/// `＜〇〇市長より＞`, `「担当者から一言」`), as コメント heads a comment: a
/// line of its own, in brackets (not round ones: a note), between tildes
/// (`～労働局から一言～`) or bare; a bare one names a post or an
/// organisation by its ending (`…市長`, `…担当者`, `…センター`), no phrase
/// (`…の支援により` ends a wrapped line). The speaker is the name without
/// より or から一言, one who speaks for the initiative ([`speaks_for`]); an
/// organisation before its unit (`＜〇〇県 雇用労働課より＞`) speaks.
fn message_header(text: &str) -> Option<String> {
    // (Cheap first, by bytes: a short line ending on より or 一言, perhaps
    // before a closing bracket — `>`, `]`, a tilde `~`, or 〉》】」』〕 and ≫; then the
    // words.)
    let b = text.as_bytes();
    let end = match b.last()? {
        b'>' | b']' | b'~' => b.len() - 1,
        0x89 | 0x8B | 0x91 | 0x8D | 0x8F | 0x95 | 0xAB => b.len().saturating_sub(3),
        _ => b.len(),
    };
    let words = &b[..end];
    if text.len() > 90
        || !(words.ends_with("より".as_bytes()) || words.ends_with("一言".as_bytes()))
    {
        return None;
    }
    let strip = |t: &str| -> Option<String> {
        let name = ["から一言", "からの一言", "より一言", "より"]
            .iter()
            .find_map(|w| t.trim_end().strip_suffix(w))?
            .trim();
        // An organisation and its unit or post (`千葉県 雇用労働課より`):
        // the organisation speaks.
        let name = organisation_of_unit(name).unwrap_or(name);
        // A name, no phrase (`補助金は県より`): no particle of a sentence.
        let plain = (1..=20).contains(&name.chars().count())
            && !name.contains(['、', '。', ' ', ':', '(', '「', '<', '【'])
            && !name.contains(['は', 'が', 'を', 'に', 'で', 'も', 'へ', 'と']);
        (plain && speaks_for(name)).then(|| name.to_string())
    };
    let open = text.chars().next()?;
    let close = match open {
        '<' => '>',
        '〈' => '〉',
        '《' => '》',
        '【' => '】',
        '≪' => '≫',
        '「' => '」',
        '『' => '』',
        '[' => ']',
        '〔' => '〕',
        '~' => '~',
        _ => {
            // A line of its own: the name of a post or an organisation, a
            // heading mark before it (`■〇〇市より`) no part of the name.
            let bare = text
                .strip_prefix(HEADING_MARKS)
                .map_or(text, str::trim_start);
            let name = strip(bare)?;
            let named = ends_with_any(&name, &STAFF) || ends_with_any(&name, &ORG_ENDINGS);
            let kana = name.chars().any(|c| ('ぁ'..='ゖ').contains(&c));
            return (named && !kana).then_some(name);
        }
    };
    strip(text[open.len_utf8()..].strip_suffix(close)?)
}

/// A speaker printed as an organisation and one of its units or posts, a
/// space between (`千葉県 雇用労働課`, `ハローワーク帯広 所長`,
/// `長岡市 商工部担当者`): the organisation, who speaks for the initiative.
fn organisation_of_unit(name: &str) -> Option<&str> {
    let (org, unit) = name.split_once(' ')?;
    let unit = unit.trim();
    let is_unit = !unit.is_empty()
        && unit.chars().count() <= 15
        && !unit.contains([' ', '、', '。', '(', '「'])
        && (ends_with_any(unit, &STAFF)
            || ends_with_any(unit, &UNIT_ENDINGS)
            || ends_with_any(unit, &POST_ENDINGS));
    (is_unit && looks_like_org(org) && !names_the_served(org)).then_some(org)
}

/// A comment's header naming no コメント: an organisation and one of its
/// units or posts in brackets on a line of their own (`＜〇〇市 商工観光部＞`,
/// `＜ハローワーク〇〇 所長＞`, [`organisation_of_unit`]) over a line of
/// speech, not over items (a role's header is over bullets). The
/// organisation speaks.
fn unit_header(text: &str, below: &[Line]) -> Option<String> {
    // (Cheap first: a short line in brackets holding a space.)
    if text.len() > 90 || !text.contains(' ') {
        return None;
    }
    let open = text.chars().next()?;
    if matches!(open, '(' | '「' | '『' | '~') {
        return None;
    }
    let close = closing_bracket(open)?;
    let inner = text[open.len_utf8()..].strip_suffix(close)?.trim();
    let org = organisation_of_unit(inner)?;
    let next = below.iter().find(|l| !l.is_blank())?;
    let speech = !starts_with_bullet(&next.text) && !is_label_line(&next.text);
    speech.then(|| org.to_string())
}

/// How the names of an organisation's units end (`…課`, `…室`):
/// [`organisation_of_unit`], [`organisation_signing_for_unit`].
const UNIT_ENDINGS: [&str; 4] = ["部", "課", "室", "係"];

/// How the names of posts end beside [`STAFF`] (`…指導官`, `…長`):
/// [`organisation_of_unit`].
const POST_ENDINGS: [&str; 2] = ["長", "官"];

/// The bracketed form of a comment header, `＜…コメント＞` or `＜…声＞` in
/// any of the brackets, closed by any of them: the name before the word, the
/// word, and the text after the closing bracket, white space trimmed. The
/// word is the first one a closing bracket follows. (What the regex
/// `^[<〈《【≪「『\[〔(]\s*(.*?)\s*(コメント|声)\s*[>〉》】≫」』\]〕)]\s*(.*)$`
/// captures, read by hand: a line may be a header, so this runs on many.)
fn bracketed_comment(text: &str) -> Option<(&str, &'static str, &str)> {
    let open = text.chars().next()?;
    if !matches!(
        open,
        '<' | '〈' | '《' | '【' | '≪' | '「' | '『' | '[' | '〔' | '('
    ) {
        return None;
    }
    let inner = text[open.len_utf8()..].trim_start();
    for (at, c) in inner.char_indices() {
        let word = match c {
            'コ' if inner[at..].starts_with("コメント") => "コメント",
            '声' => "声",
            _ => continue,
        };
        let name = inner[..at].trim_end();
        if name.contains('\n') {
            // (`.` stops at a line end: no later word can do better.)
            return None;
        }
        let after = inner[at + word.len()..].trim_start();
        let Some(close) = after.chars().next() else {
            continue;
        };
        if !matches!(
            close,
            '>' | '〉' | '》' | '】' | '≫' | '」' | '』' | ']' | '〕' | ')'
        ) {
            continue;
        }
        let rest = after[close.len_utf8()..].trim_start();
        if !rest.contains('\n') {
            return Some((name, word, rest));
        }
    }
    None
}

/// An interview's header, alone on its line: `＜ハローワーク〇〇に聞きました＞`
/// in any bracket or between tildes (`～〇〇市 商工部担当者に聞きました～`)
/// over Ｑ．/Ａ． lines is a comment of the one asked, the name before
/// に聞きました (or に聞く), an organisation before its unit or post
/// ([`organisation_of_unit`]); a bare line names one who speaks for the
/// initiative (`ハローワーク〇〇 統括職業指導官に聞きました`). People the
/// initiative served (`＜受講生に聞きました＞`) give voices, not a comment.
fn interview_header(text: &str) -> Option<String> {
    // (Cheap first: a line holding the words, then read by hand.)
    if text.len() > 90 || !contains!(text, "に聞") {
        return None;
    }
    let open = text.chars().next()?;
    let bracketed = matches!(
        open,
        '<' | '〈' | '《' | '【' | '≪' | '[' | '〔' | '(' | '「' | '~'
    );
    let asked = if bracketed {
        text[open.len_utf8()..]
            .strip_suffix(['>', '〉', '》', '】', '≫', ']', '〕', ')', '」', '~'])?
    } else {
        text
    };
    let name = ["に聞きました", "に聞く", "に聞いてみました"]
        .iter()
        .find_map(|w| asked.trim_end().strip_suffix(w))?
        .trim();
    let plain = (1..=25).contains(&name.chars().count())
        && !name.contains([
            '、', '。', '<', '>', '〈', '〉', '《', '》', '【', '】', '≪', '≫',
        ]);
    if !plain {
        return None;
    }
    let name = organisation_of_unit(name).unwrap_or(name);
    let asked_for = if bracketed {
        !names_the_served(name)
    } else {
        !name.contains(' ') && speaks_for(name)
    };
    asked_for.then(|| name.to_string())
}

/// A line of an interview: a question or an answer marked Ｑ．/Ａ． (`Q.…`,
/// `A1.…`, `Q:…` once cleaned). Each opens a paragraph of its own.
pub fn is_interview_line(text: &str) -> bool {
    let b = text.as_bytes();
    if !matches!(b.first(), Some(b'Q' | b'A')) {
        return false;
    }
    let rest = &b[1..];
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    matches!(rest.get(digits), Some(b'.' | b':'))
}

/// A signature closing a comment printed with no header: a dash (―, ─, －,
/// ‐‐, ——) and who speaks, on a line of its own or after the comment's last
/// sentence on its line (`― 〇〇市産業部長`, `…ます。― 〇〇協会 会長 山田 太郎`).
/// The speaker is the signature's first word — the body or the post — without
/// a title and a person's name after it. Returns where the signature's dash
/// stands in `text` and the speaker.
pub fn dash_signature(text: &str) -> Option<(usize, String)> {
    let is_dash = |c: char| matches!(c, '―' | '─' | '—' | '-');
    // (Cheap first: a byte of a dash on the line — `-`, or the lead byte the
    // others share; then read by hand, no regex.)
    memchr::memchr2(b'-', 0xE2, text.as_bytes())?;
    // The dash opens the line or follows a finished sentence.
    let at = text.char_indices().find_map(|(i, c)| {
        if !is_dash(c) {
            return None;
        }
        let before = text[..i].trim_end();
        let opens = before.is_empty() || before.ends_with(['。', '!', '?', '」', '』', ')']);
        opens.then_some(i)
    })?;
    let dash = text[at..].chars().next()?;
    let run = text[at..].chars().take_while(|&c| c == dash).count();
    if dash == '-' && run > 2 {
        return None;
    }
    let signed = text[at + run * dash.len_utf8()..].trim_start();
    let mut words = signed.split_whitespace();
    let first = words.next()?;
    let odd = |w: &str, others: bool| {
        w.contains(['、', '。', '「', '」', '(', ')']) || !others && w.contains(is_dash)
    };
    let n = first.chars().count();
    if !(2..=25).contains(&n) || odd(first, false) {
        return None;
    }
    let mut more = 0;
    for w in words {
        more += 1;
        if more > 4 || w.chars().count() > 12 || odd(w, true) {
            return None;
        }
    }
    signs_as(first).then(|| (at, first.to_string()))
}

/// A signature in brackets on the last line of an interview or a quotation
/// (`（〇〇大学校 造園科講師）`): who answered, the body and the post, as
/// printed; an organisation signing with one of its units (`（〇〇県
/// 労働政策課）`, [`organisation_signing_for_unit`]) is the organisation.
pub fn bracket_signature(text: &str) -> Option<String> {
    // (Cheap first: a line in round brackets.)
    let inner = text.strip_prefix('(')?.strip_suffix(')')?.trim();
    if inner.is_empty() || inner.chars().count() > 30 || inner.contains(['、', '。', '(', ')']) {
        return None;
    }
    let first = inner.split_whitespace().next()?;
    let signer = organisation_signing_for_unit(inner).unwrap_or(inner);
    signs_as(first).then(|| signer.to_string())
}

/// A signature naming an organisation and one of its units, no post
/// (`〇〇県 労働政策課`, `〇〇労働局 雇用環境・均等室`): the organisation
/// signs, as it speaks under a header naming it and its unit
/// ([`organisation_of_unit`]); a post (`造園科講師`, `所長`) stays with its
/// body.
fn organisation_signing_for_unit(inner: &str) -> Option<&str> {
    let org = organisation_of_unit(inner)?;
    let unit = inner[org.len()..].trim();
    ends_with_any(unit, &UNIT_ENDINGS).then_some(org)
}

/// The lines of one quotation of finished sentences and nothing else
/// (`「…` … `…。」`): the opening 「 closed only at the end of the last line,
/// right after a sentence's end (a headline in quotes is no speech).
pub fn one_quotation(lines: &[Item]) -> bool {
    let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
        return false;
    };
    let spoken = last
        .text
        .strip_suffix('」')
        .is_some_and(|t| t.ends_with(['。', '!', '?']));
    if !first.text.starts_with('「') || !spoken {
        return false;
    }
    let mut depth = 0usize;
    let mut chars = lines.iter().flat_map(|l| l.text.chars()).peekable();
    while let Some(c) = chars.next() {
        match c {
            '「' => depth += 1,
            '」' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return chars.peek().is_none();
                }
            }
            _ => {}
        }
    }
    false
}

/// A signature's first word names one who speaks for the initiative
/// ([`speaks_for`]) or a post (`…長`, `…講師`, `代表`).
fn signs_as(word: &str) -> bool {
    speaks_for(word)
        || !names_the_served(word)
            && (word.ends_with('長') || ends_with_any(word, &["講師", "代表", "理事"]))
}

/// The people the initiative served (参加者, 利用者, 企業 …), who give
/// voices, not comments.
fn names_the_served(name: &str) -> bool {
    regex!(
        r"参加|受講|利用者|来場者|求職者|相談者|事業所|企業|事業主|学生|生徒|保護者|住民|市民|県民|町民|村民|区民|出展|実習生|対象者"
    )
    .is_match(name)
}

/// A name that speaks for the initiative: an organisation or its staff
/// (担当者, 所長 …), not the people it served (参加者, 利用者, 企業 …).
fn speaks_for(name: &str) -> bool {
    !name.is_empty()
        && !names_the_served(name)
        && (ends_with_any(name, &STAFF) || looks_like_org(name))
}

/// How the names of staff end (`担当者`, `ハローワーク所長`): [`speaks_for`].
const STAFF: [&str; 18] = [
    "担当者",
    "担当職員",
    "職員",
    "担当",
    "所長",
    "局長",
    "部長",
    "課長",
    "市長",
    "町長",
    "村長",
    "区長",
    "知事",
    "相談員",
    "支援員",
    "指導官",
    "コーディネーター",
    "ナビゲーター",
];

/// Bracketed labels that head content rather than an organisation (【参加者の声】).
fn looks_like_subheading(name: &str) -> bool {
    let re = regex!(
        r"(声|アンケート|実績|内容|について|様子|スケジュール|予定|概要|目的|効果|結果|課題|感想|評価|事例|ポイント|流れ|日程|風景)"
    );
    re.is_match(name)
}

/// The first phone number in cleaned text, as `022-299-8061` (also from
/// `092(434)9801` and `(011)709-2311`).
pub fn phone_number(text: &str) -> Option<String> {
    phone_pattern()
        .captures(text)
        .map(|c| format!("{}-{}-{}", &c[1], &c[2], &c[3]))
}

fn phone_pattern() -> &'static regex::Regex {
    regex!(r"(0[0-9]{1,4})\s*[-()]\s*([0-9]{1,4})\s*[-)]\s*([0-9]{3,4})")
}

/// Where each phone number is printed in cleaned text, in order (read one
/// with [`phone_number`]).
pub fn phone_numbers(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    phone_pattern().find_iter(text).map(|m| m.range())
}

/// Classify the non-blank lines of a page into items.
pub fn classify(page: &Page<'_>) -> Vec<Item> {
    let mut items = Vec::new();
    let mut gap = false;
    let mut seen = Seen::default();
    for (i, line) in page.lines.iter().enumerate() {
        if line.is_blank() {
            gap = true;
            continue;
        }
        let before = items.len();
        let below = &page.lines[i + 1..];
        let in_roles = seen.in_roles;
        classify_line(line, below, page.lines, &mut items, &mut seen);
        // A label in brackets below the role blocks' items (`＜企業の声＞`)
        // opens a box of its own, blank line or not.
        if in_roles
            && items.get(before).is_some_and(|it| {
                it.kind == ItemKind::Text && is_label_line(&it.text) && !it.text.starts_with('(')
            })
        {
            gap = true;
        }
        // After a blank line, a paragraph without a bullet below a role
        // block's items is no item: the role blocks' column has ended (the
        // ○/■ lines of a programme list below it are no role headers).
        let after_items = before > 0 && matches!(items[before - 1].kind, ItemKind::Text);
        // Comment boxes, the contact, the banner and the party row may stand
        // between the role blocks (scrambled): they do not end the column.
        for it in &items[before..] {
            match &it.kind {
                ItemKind::Text
                    if gap && after_items && !seen.in_comment && !starts_with_bullet(&it.text) =>
                {
                    seen.in_roles = false
                }
                ItemKind::Text | ItemKind::TrailingCaption | ItemKind::Footer => {}
                ItemKind::CommentHeader(_) => seen.in_comment = true,
                ItemKind::Contact | ItemKind::Banner | ItemKind::PartyRow(_) => {
                    seen.in_comment = false
                }
                ItemKind::RoleHeader(_) => {
                    seen.in_roles = true;
                    seen.in_comment = false;
                }
                ItemKind::Headings(hs) if hs.is_empty() => {}
                ItemKind::Headings(hs) => {
                    seen.in_roles = hs.iter().any(|(k, _)| *k == SectionKind::Roles);
                    seen.in_comment = false;
                }
            }
        }
        if let Some(first) = items.get_mut(before) {
            first.gap_before = gap;
        }
        gap = false;
    }
    demote_sub_headings(&mut items, &seen);
    mark_footers(&mut items);
    mark_running_matter(&mut items);
    set_theme_labels_apart(&mut items);
    set_captions_apart(&mut items);
    set_captions_inside_lines_apart(&mut items);
    if page.lines.len() > 1 && page.lines.iter().all(|l| !l.is_blank()) {
        set_headlines_apart(&mut items);
        restore_box_boundaries(&mut items);
    }
    unweave_boxes(&mut items);
    items
}

/// Two boxes that stood side by side, read out line by line alternately (a
/// line of the left box, a line of the right box, each cut at its own box's
/// width): under two box headers in a row — two role headers or two comment
/// headers one above the other, or one row of two section headings — a run of
/// text lines that reads as two boxes taken alternately and not as one box
/// ([`interleaved`]) is put back box by box. Under stacked headers each header
/// takes its box (header, its lines, the next header, its lines); under a row
/// of headings the second box stands apart below the first.
fn unweave_boxes(items: &mut Vec<Item>) {
    let mut i = 0;
    while i < items.len() {
        let Some(start) = box_heads_in_a_row(items, i) else {
            i += 1;
            continue;
        };
        let end = start
            + items[start..]
                .iter()
                .enumerate()
                .position(|(k, it)| {
                    it.kind != ItemKind::Text
                        || (k > 0 && (it.gap_before || it.line <= items[start + k - 1].line))
                })
                .unwrap_or(items.len() - start);
        let Some([left, right]) = interleaved(&items[start..end]) else {
            i = start;
            continue;
        };
        let run = &items[start..end];
        let mut left: Vec<Item> = left.iter().map(|&k| run[k].clone()).collect();
        let mut right: Vec<Item> = right.iter().map(|&k| run[k].clone()).collect();
        let mut unwoven = Vec::with_capacity(end - i);
        if start == i + 2 {
            // Stacked headers: each over its own box.
            unwoven.push(items[i].clone());
            unwoven.append(&mut left);
            unwoven.push(items[i + 1].clone());
        } else {
            unwoven.push(items[i].clone());
            unwoven.append(&mut left);
            right[0].gap_before = true;
        }
        unwoven.append(&mut right);
        items.splice(i..end, unwoven);
        i = end;
    }
}

/// Where the text under two box headers in a row starts, when `items[i]`
/// opens such a pair: two role headers, or two comment headers, one right
/// below the other, or one row of two section headings — with a text line
/// right below (no blank line).
fn box_heads_in_a_row(items: &[Item], i: usize) -> Option<usize> {
    let stacked = |a: &ItemKind, b: &ItemKind| {
        matches!(
            (a, b),
            (ItemKind::RoleHeader(_), ItemKind::RoleHeader(_))
                | (ItemKind::CommentHeader(_), ItemKind::CommentHeader(_))
        )
    };
    let head = items.get(i)?;
    let start = match &head.kind {
        ItemKind::Headings(hs) if hs.len() == 2 => i + 1,
        kind => {
            let next = items.get(i + 1)?;
            (stacked(kind, &next.kind) && !next.gap_before && next.line > head.line)
                .then_some(i + 2)?
        }
    };
    let first = items.get(start)?;
    (first.kind == ItemKind::Text && !first.gap_before).then_some(start)
}

/// The least lines of two boxes read out alternately that [`interleaved`]
/// takes: three of each.
const WOVEN_LINES: usize = 6;

/// Two boxes read out alternately (see [`unweave_boxes`]): the lines of `run`
/// taken by turns, left box first; once a box's text has ended (its last line
/// finishes a sentence) and the next line is wider than that box, the other
/// box goes on alone. It is two boxes when each reading by turns is a box
/// ([`box_shaped`]) and, read straight through, lines inside a paragraph are
/// too narrow for one box ([`narrow_inside_paragraph`]) or the wrapped lines
/// of the two boxes differ in width the same way on every pair, three pairs at
/// least ([`widths_alternate`]). The indices of each box's lines.
fn interleaved(run: &[Item]) -> Option<[Vec<usize>; 2]> {
    if run.len() < WOVEN_LINES {
        return None;
    }
    let mut boxes: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    let mut alone: Option<usize> = None;
    for (k, line) in run.iter().enumerate() {
        let turn = alone.unwrap_or(k % 2);
        let own = &boxes[turn];
        let own_width = own.iter().map(|&l| print_width(&run[l].text)).max();
        let ended = alone.is_none()
            && own.last().is_some_and(|&l| is_terminal(&run[l].text))
            && own_width.is_some_and(|w| print_width(&line.text) > w + 2);
        if ended {
            alone = Some(1 - turn);
        }
        boxes[alone.unwrap_or(turn)].push(k);
    }
    let reading = |b: &[usize]| b.iter().map(|&k| &run[k]).collect::<Vec<_>>();
    let (left, right) = (reading(&boxes[0]), reading(&boxes[1]));
    if left.len() < 2 || right.len() < 2 || !box_shaped(&left) || !box_shaped(&right) {
        return None;
    }
    (narrow_inside_paragraph(run) || widths_alternate(&left, &right)).then_some(boxes)
}

/// Lines that cannot be one box: two lines at least inside a paragraph —
/// the line above runs on into each and each runs on into the next — are
/// narrower than the box, under four fifths of its widest line.
fn narrow_inside_paragraph(run: &[Item]) -> bool {
    let widest = run.iter().map(|l| print_width(&l.text)).max().unwrap_or(0);
    run.windows(3)
        .filter(|w| {
            wraps_into(&w[0], &w[1])
                && wraps_into(&w[1], &w[2])
                && print_width(&w[1].text) * 5 < widest * 4
        })
        .count()
        >= 2
}

/// Lines that read as one box: every line that the next line continues (no
/// sentence ends on it, no bullet opens the next) is wrapped at the box's
/// width — four fifths of its widest line at least.
fn box_shaped(lines: &[&Item]) -> bool {
    let widest = lines
        .iter()
        .map(|l| print_width(&l.text))
        .max()
        .unwrap_or(0);
    lines
        .windows(2)
        .filter(|w| wraps_into(w[0], w[1]))
        .all(|w| print_width(&w[0].text) * 5 >= widest * 4)
}

/// The line runs on into the next: no sentence or item ends on it and no
/// bullet opens the next.
fn wraps_into(line: &Item, next: &Item) -> bool {
    !is_terminal(&line.text) && !starts_with_bullet(&next.text)
}

/// Two boxes of different widths read out by turns: the wrapped lines of the
/// left and the right box, pair by pair, differ in width the same way every
/// time, over three pairs at least.
fn widths_alternate(left: &[&Item], right: &[&Item]) -> bool {
    let wrapped = |b: &[&Item]| -> Vec<Option<usize>> {
        b.windows(2)
            .map(|w| wraps_into(w[0], w[1]).then(|| print_width(&w[0].text)))
            .collect()
    };
    let (l, r) = (wrapped(left), wrapped(right));
    let pairs: Vec<std::cmp::Ordering> = l
        .iter()
        .zip(&r)
        .filter_map(|(a, b)| Some(a.as_ref()?.cmp(b.as_ref()?)))
        .collect();
    pairs.len() >= 3
        && pairs[0] != std::cmp::Ordering::Equal
        && pairs.iter().all(|o| *o == pairs[0])
}

/// A photo caption read out right below the last line of a box, with no blank
/// line between (`…を年2回開催した。` / `雇用セミナーの様子`): a line that is
/// a caption by its words, after a finished sentence and before a blank line
/// or a header, stands apart from the box above.
fn set_captions_apart(items: &mut [Item]) {
    for i in 1..items.len() {
        let (prev, it) = (&items[i - 1], &items[i]);
        let last_of_run = || {
            items
                .get(i + 1)
                .is_none_or(|n| n.gap_before || n.kind != ItemKind::Text)
        };
        // (Cheap tests first: most lines are no caption by their last character.)
        if it.gap_before
            || it.kind != ItemKind::Text
            || prev.kind != ItemKind::Text
            || it.text.ends_with(['。', '、'])
            || prev.line == it.line
            || !last_of_run()
            || !is_terminal(&prev.text)
        {
            continue;
        }
        let words = it.text.trim_end_matches(['≫', '》', '>', '〉', ')']);
        if PHOTO_WORDS.iter().any(|w| words.ends_with(w)) && is_caption_line(&it.text) {
            items[i].gap_before = true;
        }
    }
}

/// A photo's caption printed in the middle of a wrapped sentence or item, no
/// blank line around it (`…両立できる働き` / `(セミナーの様子)` / `方、…`):
/// a line wrapped in brackets naming a photo, between a wide line left
/// unfinished and a line that opens no bullet or label, is a caption read out
/// inside the line; the box runs on past it (see [`group`]). So is a line
/// marked as a photo's caption by ▲ (`…何ができるかを` / `▲合同面接会の会場
/// (市総合体育館)` / `考え、…`: [`marked_photo_caption`]).
fn set_captions_inside_lines_apart(items: &mut [Item]) {
    for i in 1..items.len().saturating_sub(1) {
        let (prev, it, next) = (&items[i - 1], &items[i], &items[i + 1]);
        let marked = it.text.starts_with('▲');
        // (Cheap tests first: most lines are no caption by their first or last character.)
        if !(marked || it.text.ends_with(['≫', '》', ')', '〉']))
            || it.gap_before
            || next.gap_before
            || [prev, it, next].iter().any(|x| x.kind != ItemKind::Text)
            || prev.line == it.line
            || it.line == next.line
            || prev.width() < 10
            || is_terminal(&prev.text)
            || starts_with_bullet(&next.text)
            || is_label_line(&next.text)
        {
            continue;
        }
        let words = it.text.trim_end_matches(['≫', '》', ')', '〉']);
        if marked && marked_photo_caption(&it.text)
            || is_wrapped(&it.text)
                && PHOTO_WORDS.iter().any(|w| words.ends_with(w))
                && is_caption_line(&it.text)
        {
            items[i].kind = ItemKind::TrailingCaption;
        }
    }
}

/// How a line reads as a page number (the page's footer, printed by the PDF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageNumber {
    /// Marked as one: `- 3 -`, `― 3 ―`, `P.3`, `p3`; nothing else is printed so.
    Marked,
    /// A bare number (`3`, `3/16`): a page number only where footers stand, at
    /// the top or bottom of the page's text.
    Bare,
}

/// Does this whole (cleaned) line read as a page number?
pub fn page_number(text: &str) -> Option<PageNumber> {
    let t = trim(text);
    // At most 12 characters (48 bytes): most lines are ruled out by their length.
    if t.len() > 48 || !t.bytes().any(|b| b.is_ascii_digit()) || t.chars().count() > 12 {
        return None;
    }
    if regex!(r"^[0-9]{1,3}(?:\s*/\s*[0-9]{1,3})?$").is_match(t) {
        return Some(PageNumber::Bare);
    }
    // A number between dashes, or after P.
    regex!(r"^(?:[-‐‑–—―−ー~〜]\s*[0-9]{1,3}(?:\s*/\s*[0-9]{1,3})?\s*[-‐‑–—―−ー~〜]|[Pp]\.?\s*[0-9]{1,3})$")
        .is_match(t)
        .then_some(PageNumber::Marked)
}

/// How the number of a case opens a line (`事例1`, `No.3`, `【事例5`, `事例No.12`):
/// the start of the patterns of [`is_case_number`] and [`case_number_prefix`].
macro_rules! case_number {
    () => {
        r"^[【<\[(〈《]?\s*(?:事例\s*(?:No\.?|NO\.?)?|No\.|NO\.|no\.)\s*[0-9]{1,3}"
    };
}

/// A line that is only the number of the case in the collection, printed
/// above the title (`事例1`, `No.3`, `【事例5】`, `事例No.12`): page furniture,
/// as a page number is.
pub fn is_case_number(text: &str) -> bool {
    let t = trim(text);
    // (At most 12 characters, opening with 事, N, n or a bracket.)
    t.len() <= 36
        && t.starts_with(['事', 'N', 'n', '【', '<', '[', '(', '〈', '《'])
        && t.bytes().any(|b| b.is_ascii_digit())
        && regex!(concat!(case_number!(), r"\s*[】>\])〉》]?$")).is_match(t)
}

/// A theme label: the case's theme printed as page furniture on a line of its
/// own, after the number of the case (`No.3 UIJターンによる移住・就職の促進`,
/// `事例3 若者の地元就職支援`, `【事例3】…`) or a テーマ marker
/// (`<テーマ:若者の地元就職支援>`, `【テーマ】UIJターン`, `テーマ:…`). A noun
/// phrase naming the theme, not a sentence (no 。); after a number, one that
/// says what was done (…を後押し, …を実施, …の取組, …!) or closes on the
/// quoted name of its programme (…学ぶ「…研修」) is the headline with the
/// case's number before it.
pub fn is_theme_label(text: &str) -> bool {
    // (At most 60 characters, opening with テ, 事, N, n or a bracket, with a
    // digit or テーマ among the first 8 characters.)
    if text.len() > 180
        || !matches!(
            text.as_bytes().first(),
            Some(0xE3 | 0xE4 | b'N' | b'n' | b'<' | b'[' | b'(')
        )
        || !text.starts_with(['テ', '事', 'N', 'n', '【', '<', '[', '(', '〈', '《'])
    {
        return false;
    }
    let t = trim(text);
    let head = &t.as_bytes()[..t.len().min(24)];
    let theme = contains!(t, "テーマ");
    if !theme && !head.iter().any(u8::is_ascii_digit) || t.contains('。') {
        return false;
    }
    if theme {
        return regex!(r"^[【<\[(〈《]?\s*テーマ\s*(?:[】>\])〉》]\s*:?|:)\s*\S").is_match(t);
    }
    let Some(end) = case_number_prefix(t) else {
        return false;
    };
    let rest = t[end..].trim_end_matches(['!', '！']);
    !rest.is_empty()
        && rest.len() == t[end..].len()
        && !rest.contains('を')
        && !rest.ends_with('」')
        && !ends_with_any(rest, &["取組", "取り組み"])
}

/// The length of the case's number opening a line of text, with the space or
/// bracket after it (`No.3 `, `事例12 `, `【事例5】`), if it opens with one.
pub fn case_number_prefix(text: &str) -> Option<usize> {
    if !text.starts_with(['事', 'N', 'n', '【', '<', '[', '(', '〈', '《']) {
        return None;
    }
    regex!(concat!(case_number!(), r"\s*(?:[】>\])〉》]\s*|[\s:.]\s*)"))
        .find(text)
        .map(|m| m.end())
}

/// A theme tag printed over the headline (`【若者支援】`, `【外国人材支援】`,
/// `事例6【人材育成】` with the case's number before it): a short noun phrase in
/// 【】 on a line of its own that names no section (a heading), no
/// organisation (a role's or a party's box) and no box of content
/// (【参加者の声】, 【連携のポイント】, 【今後の展開】). Page furniture, as the
/// case's number is; whether it stands over the headline is the caller's to
/// see ([`tag_over_headline`]).
pub fn is_theme_tag(text: &str) -> bool {
    // (At most 20 characters in the box: cheap tests on the ends first.)
    let t = text.trim();
    if t.len() > 90 || !t.ends_with('】') || !t.starts_with(['【', '事']) {
        return false;
    }
    let inner = match t.strip_prefix('【') {
        Some(rest) => rest,
        None => match regex!(r"^事例\s*[0-9]{1,3}\s*【").find(t) {
            Some(m) => &t[m.end()..],
            None => return false,
        },
    };
    let Some(name) = inner.strip_suffix('】') else {
        return false;
    };
    (2..=20).contains(&name.chars().count())
        && !name.contains(['【', '】', '、', '。', ':', ' ', '　'])
        && !name.bytes().any(|b| b.is_ascii_digit())
        && heading_kind(name).is_none()
        && !looks_like_subheading(name)
        && !name.starts_with("今後")
        && !name.contains("役割")
        && !looks_like_org(name)
        && !is_generic_org(name)
}

/// A theme tag ([`is_theme_tag`]) stands over the headline: the next line
/// is a line of the headline, no bullet item, no bracketed box or label and
/// no sentence, and the tag names none of the case's parties.
fn tag_over_headline(text: &str, next: Option<&str>, parties: &[String]) -> bool {
    let Some(next) = next else {
        return false;
    };
    is_theme_tag(text)
        && !starts_with_bullet(next)
        && !next.starts_with(['【', '<', '≪', '《', '〈', '(', '['])
        && !next.contains('。')
        && !is_banner(next)
        && !parties.iter().any(|p| text.contains(p.as_str()))
}

/// A theme label ([`is_theme_label`]) stands apart from the lines around it,
/// blank line or not: it is no part of the headline or a paragraph.
fn set_theme_labels_apart(items: &mut [Item]) {
    for i in 0..items.len() {
        let whole = items[i].kind == ItemKind::Text
            && (i == 0 || items[i - 1].line != items[i].line)
            && items.get(i + 1).is_none_or(|n| n.line != items[i].line);
        if whole && is_theme_label(&items[i].text) {
            items[i].gap_before = true;
            if let Some(next) = items.get_mut(i + 1) {
                next.gap_before = true;
            }
        }
    }
}

/// Footers: whole text lines that read as page numbers ([`page_number`]); a bare
/// number only as the first or last line of the page, where the conversion
/// leaves the footer (elsewhere a lone number may be a cell of a table).
fn mark_footers(items: &mut [Item]) {
    let Some(last) = items.len().checked_sub(1) else {
        return;
    };
    for i in 0..items.len() {
        let whole = items[i].kind == ItemKind::Text
            && (i == 0 || items[i - 1].line != items[i].line)
            && items.get(i + 1).is_none_or(|n| n.line != items[i].line);
        let footer = whole
            && match page_number(&items[i].text) {
                Some(PageNumber::Marked) => true,
                Some(PageNumber::Bare) => i == 0 || i == last,
                None => is_case_number(&items[i].text),
            };
        if footer {
            items[i].kind = ItemKind::Footer;
        }
    }
}

/// A bureau's logo line or running footer: the name of a prefecture's labour
/// bureau alone on its line (`秋田労働局`), perhaps with the page number after
/// it (`島根労働局　－ ４ －`), or the ministry's office that issues the
/// collection ([`is_ministry_office`]). No section words, no phone: a contact names
/// the bureau with its number, a party box holds it in 【】.
pub fn is_bureau_logo(text: &str) -> bool {
    // (At most 30 characters, ending on 局 or on a page number.)
    let t = text.trim();
    if t.len() <= 120 && is_ministry_office(t) {
        return true;
    }
    if t.len() > 90 || !contains!(t, "労働局") {
        return false;
    }
    let name = match t.split_once(char::is_whitespace) {
        Some((name, number)) if page_number(number.trim()).is_some() => name.trim(),
        _ => t,
    };
    crate::party::is_labour_bureau(name)
}

/// The ministry's office that issues the collection, printed at the foot of
/// its pages (`厚生労働省 職業安定局 首席職業指導官室`): 厚生労働省 and its units
/// (…局, …部, …課, …室), nothing else.
fn is_ministry_office(t: &str) -> bool {
    let Some(units) = t.strip_prefix("厚生労働省") else {
        return false;
    };
    units.split_whitespace().all(|u| {
        u.chars().count() <= 20
            && ends_with_any(u, &["局", "部", "課", "室"])
            && !u.contains(['、', '。', 'を', 'が', 'は', 'の'])
    })
}

/// A volume line of the collection, printed on every page: the collection's
/// name 好事例集 with its year or its number (`好事例集 第8集`, `令和5年度 好事例集`,
/// `雇用対策好事例集(令和5年度版)`), a noun phrase, no sentence.
pub fn is_volume_line(text: &str) -> bool {
    // (At most 40 characters, naming 好事例集.)
    let t = trim(text);
    t.len() <= 120
        && contains!(t, "好事例集")
        && regex!(
            r"(?i)^(?:(?:令和|平成|R|H)?\s*[0-9元]{1,4}\s*年度\s*)?[^\s。、,!?「」]{0,16}好事例集\s*(?:第\s*[0-9]{1,3}\s*集|vol\.?\s*[0-9]{1,3}|\(?\s*(?:令和|平成|R|H)?\s*[0-9元]{1,4}\s*年度版?\s*\)?)?$"
        )
        .is_match(t)
}

/// Whether these items hold what only a case page has: a heading, the party
/// row, a role block's header or a comment box's.
pub fn has_case_structure(items: &[Item]) -> bool {
    items.iter().any(|it| {
        matches!(
            it.kind,
            ItemKind::Headings(_)
                | ItemKind::PartyRow(_)
                | ItemKind::RoleHeader(_)
                | ItemKind::CommentHeader(_)
        )
    })
}

/// Running matter of another bureau's template on a case page (one with a
/// heading, the party row or a role or comment box), no field's: a volume
/// line of the collection ([`is_volume_line`]) wherever it stands, and the
/// bureau's logo line or running footer ([`is_bureau_logo`]) at the page's
/// head (only the banner, the party row or other furniture above it) or at
/// its foot (only the banner or furniture below it). Right below a contact
/// label, the bureau's name is the contact's.
fn mark_running_matter(items: &mut [Item]) {
    let whole = |items: &[Item], i: usize| {
        items[i].kind == ItemKind::Text
            && (i == 0 || items[i - 1].line != items[i].line)
            && items.get(i + 1).is_none_or(|n| n.line != items[i].line)
    };
    if !has_case_structure(items) {
        return;
    }
    for i in 0..items.len() {
        if whole(items, i) && is_volume_line(&items[i].text) {
            items[i].kind = ItemKind::Footer;
        }
    }
    let logo = |items: &[Item], i: usize| {
        whole(items, i)
            && is_bureau_logo(&items[i].text)
            && !(i > 0 && items[i - 1].kind == ItemKind::Contact && !items[i].gap_before)
    };
    let furniture = |it: &Item| matches!(it.kind, ItemKind::Banner | ItemKind::Footer);
    for i in 0..items.len() {
        if logo(items, i) {
            items[i].kind = ItemKind::Footer;
        } else if !furniture(&items[i]) && !matches!(items[i].kind, ItemKind::PartyRow(_)) {
            break;
        }
    }
    for i in (0..items.len()).rev() {
        if logo(items, i) {
            items[i].kind = ItemKind::Footer;
        } else if !furniture(&items[i]) {
            break;
        }
    }
}

/// A page heads each section once. A heading printed with another mark than
/// 【】 whose section the page also heads with 【】, or heads above it already,
/// is a sub-heading of the text (`◆実績` under 【効果】): back to text. Headings
/// numbered in one series are peers, though (`(1)きっかけ` … `(2)課題・目的`):
/// a numbered heading under a numbered one of the same section heads a
/// second part of it, its label no line of the text.
fn demote_sub_headings(items: &mut [Item], seen: &Seen) {
    // (Each section headed so far, and whether by a numbered heading.)
    let mut headed: Vec<(SectionKind, bool)> = seen.bracketed.iter().map(|k| (*k, false)).collect();
    for (index, kind, text) in &seen.marked {
        let numbered = || number_prefix(text, true).is_some();
        match headed.iter().find(|(k, _)| k == kind) {
            Some((_, true)) if numbered() => {}
            Some(_) => {
                items[*index].kind = ItemKind::Text;
                items[*index].text = text.clone();
            }
            None => headed.push((*kind, numbered())),
        }
    }
}

/// Squeezed text (a page with no blank line at all, as some converters write
/// it): the blank lines that set the headline apart on a normal page are gone,
/// and the headline would be glued to the paragraph above or below it. Give it
/// the gaps back: a line that reads as a headline ([`is_headline`]), with the
/// line before it when that opens it ([`opens_headline`], a two-line title),
/// is treated as if blank lines stood around it. Pages with any blank line are
/// left as they are.
fn set_headlines_apart(items: &mut [Item]) {
    // The item is the whole of its line (not a piece split off a header line).
    let whole = |items: &[Item], i: usize| {
        items[i].kind == ItemKind::Text
            && (i == 0 || items[i - 1].line != items[i].line)
            && items.get(i + 1).is_none_or(|n| n.line != items[i].line)
    };
    let mut in_comment = false;
    for i in 0..items.len() {
        match items[i].kind {
            ItemKind::CommentHeader(_) => in_comment = true,
            ItemKind::Text => {}
            _ => in_comment = false,
        }
        let next = items.get(i + 1);
        let runs_on = next.is_some_and(|n| starts_bound(&n.text));
        // A comment box holds speech, not headlines: inside one, only a headline
        // that the next header closes (the title right above the banner) counts.
        let closed = next.is_none_or(|n| n.kind != ItemKind::Text);
        if !whole(items, i) || !is_headline(&items[i].text) || runs_on || in_comment && !closed {
            continue;
        }
        let opener = i > 0
            && whole(items, i - 1)
            && opens_headline(&items[i - 1].text)
            && items[i - 1].width() + items[i].width() <= HEADLINE_MAX * 2;
        let start = if opener { i - 1 } else { i };
        // Brackets left open or closed from elsewhere: a fragment of wrapped text.
        let text: String = items[start..=i].iter().map(|it| it.text.as_str()).collect();
        let count = |cs: &[char]| text.chars().filter(|c| cs.contains(c)).count();
        if count(&['「', '『']) != count(&['」', '』']) || count(&['(']) != count(&[')']) {
            continue;
        }
        items[start].gap_before = true;
        if let Some(next) = items.get_mut(i + 1) {
            next.gap_before = true;
        }
    }
}

/// Squeezed text: give back the blank lines that stood between boxes, where
/// the text itself shows one box ends and another begins (the blank lines
/// then decide as on any page: [`continues`] still joins what plainly runs
/// on). A box's lines run to its own width, the last line of a paragraph
/// being shorter; so a new box begins
/// - at a caption or a bracketed label standing on its own line (`≪…風景≫`,
///   `＜参加者アンケート＞`), and after a caption;
/// - at a bullet after a finished sentence, unless it is the next item of a
///   list with the same mark (`◆…。` `◆…`);
/// - at the next paragraph after a finished one (a sentence end, or a short
///   line that stops at no particle) when it is wider or narrower than the
///   box, or follows a list;
/// - in a role block, at text after a finished item (…など, …等) or text much
///   wider than the block;
///
/// and never at a line that cannot open a sentence or inside open brackets.
fn restore_box_boundaries(items: &mut [Item]) {
    // Index of the first text item of the current box.
    let mut start = 0;
    for i in 0..items.len() {
        if items[i].kind != ItemKind::Text {
            start = i + 1;
            continue;
        }
        if i > 0 && matches!(items[i - 1].kind, ItemKind::Headings(_)) {
            items[i].gap_before = true;
        }
        let whole_line = i > 0
            && items[i - 1].kind == ItemKind::Text
            && items[i - 1].line != items[i].line
            && items.get(i + 1).is_none_or(|n| n.line != items[i].line);
        if items[i].gap_before || !whole_line || i == start {
            start = if items[i].gap_before { i } else { start };
            continue;
        }
        let head = start.checked_sub(1).map(|h| &items[h]);
        let context = match head.map(|h| &h.kind) {
            Some(ItemKind::RoleHeader(_)) => BoxStart::RoleHeader,
            Some(ItemKind::CommentHeader(_)) => BoxStart::Comment,
            Some(ItemKind::Text) | None if items[start].gap_before || start == 0 => BoxStart::Apart,
            _ => BoxStart::Header,
        };
        // (A box on a slide holds a few dozen lines: the look back and ahead
        // is bounded, however long a squeezed page runs.)
        let lines = &items[start.max(i.saturating_sub(BOX_LINES))..i];
        let rest = &items[i..items.len().min(i + BOX_LINES)];
        if opens_box(lines, rest, context) {
            items[i].gap_before = true;
            start = i;
        }
    }
}

/// The most lines of a box that [`opens_box`] looks at.
const BOX_LINES: usize = 40;

/// What stands before a box of squeezed text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BoxStart {
    /// A role header: the box holds its items.
    RoleHeader,
    /// A comment box's header.
    Comment,
    /// Another header (a heading, the contact line).
    Header,
    /// A boundary read from the text, or the page's top.
    Apart,
}

/// Does the first of `rest` open a new box after the box `lines` (squeezed
/// text, see [`restore_box_boundaries`])?
fn opens_box(lines: &[Item], rest: &[Item], start: BoxStart) -> bool {
    let (Some(prev), Some(cur)) = (lines.last(), rest.first()) else {
        return false;
    };
    let text = cur.text.as_str();
    // (Three characters or fewer: a fragment of a word, `ラ`, `困窮者`.)
    if runs_on_from(&prev.text, text) || cur.width() <= 3 || has_open_bracket(lines) {
        return false;
    }
    if is_caption_line(&prev.text) || is_caption_line(text) {
        return true;
    }
    let mark = lines.iter().rev().find_map(|l| {
        l.text
            .chars()
            .next()
            .filter(|_| starts_with_bullet(&l.text))
    });
    let box_width = lines.iter().map(Item::width).max().unwrap_or(0);
    if start == BoxStart::RoleHeader {
        // (A counted figure is no role item: `◆定員１５名`.)
        // Items wrap; a bracketed note (`(市報、HP掲載…)`) after an item
        // belongs to it while the list runs on below.
        let list_ends = rest
            .get(1)
            .is_none_or(|n| mark.is_none_or(|m| !n.text.starts_with(m)));
        return if starts_with_bullet(text) {
            crate::metrics::has_count(text)
        } else if is_label_line(text) {
            !text.starts_with('(') || list_ends
        } else {
            ends_item(&prev.text) && mark.is_some() || cur.width() > box_width * 14 / 10 + 2
        };
    }
    if is_label_line(text) {
        return true;
    }
    // A short phrase set apart (a caption, the words of a diagram) ends at
    // its own end, unless a fragment of a word follows; a label heads the
    // text below it, unless that is such a phrase too.
    let phrase = |ls: &[Item]| {
        ls.len() <= 3
            && !starts_with_bullet(&ls[0].text)
            && ls
                .iter()
                .all(|l| l.width() <= 12 && !is_terminal(&l.text) || l.width() <= 3)
            && !ls.iter().any(|l| crate::metrics::has_count(&l.text))
    };
    let caption_after_label = is_label_line(&prev.text) && lines.len() == 1 && phrase(&rest[..1]);
    if start == BoxStart::Apart
        && !ends_mid_sentence(&prev.text)
        && cur.width() > 3
        && (phrase(lines) || caption_after_label)
    {
        return true;
    }
    // (A line wholly in brackets heads what follows: `(意見交換により…)`.)
    let finished = is_terminal(&prev.text) && !is_bracketed(&prev.text);
    if starts_with_bullet(text) {
        // (A short line before a bullet ends its paragraph, even at a particle:
        // `…を目的としたもの`.)
        let same_list = mark.is_some_and(|m| text.starts_with(m));
        if !(finished || prev.width() + 3 < box_width) {
            return false;
        }
        if !same_list {
            return true;
        }
        // The next item of the list, unless it wraps at another width.
        let len = paragraph_len(rest);
        return wrapped_width(lines).is_some_and(|box_full| {
            len >= 2 && max_print_width(&rest[..len - 1]).abs_diff(box_full) > 4
        });
    }
    let short = prev.width() + 3 < box_width && !ends_mid_sentence(&prev.text);
    if !(finished || short) {
        return false;
    }
    if mark.is_some() {
        return true;
    }
    let len = paragraph_len(rest);
    // Widths as printed, in half-width units (ASCII digits are narrow).
    let box_width = max_print_width(lines);
    if len <= 1 {
        // A lone short phrase after a finished paragraph: a caption (under a
        // heading it may be the section's last words; a comment's voice ends
        // at its sentence end).
        return print_width(text) > box_width + 4
            || cur.width() <= 12 && !is_terminal(text) && start != BoxStart::Header;
    }
    if max_print_width(&rest[..len - 1]).abs_diff(box_width) > 4 {
        return true;
    }
    // Two boxes of one column print at one width: after a finished sentence,
    // a paragraph that plainly reads otherwise than the text above (a problem
    // stated, then what was done) is the next box.
    finished && start != BoxStart::Comment && reads_apart(lines, &rest[..len])
}

/// The text above and the paragraph below each read plainly as one section
/// by their wording ([`crate::layout::cue_scores`]), one of them as the
/// purpose and the other not. (What was done and what came of it often share
/// a box: `…を開催した。` / `…盛大な面接会となった`.)
fn reads_apart(above: &[Item], below: &[Item]) -> bool {
    let reading = |ls: &[Item]| {
        let text: String = ls.iter().map(|l| l.text.as_str()).collect();
        let counted = ls
            .iter()
            .filter(|l| crate::metrics::has_count(&l.text))
            .count();
        let s = crate::layout::cue_scores(&text, counted);
        (0..3).find(|&k| (0..3).all(|o| o == k || s[k] > s[o]))
    };
    match (reading(below), reading(above)) {
        (Some(b), Some(a)) => (a == 0) != (b == 0),
        _ => false,
    }
}

/// The lines of the paragraph that `rest` opens: up to its sentence end or a
/// line shorter than the lines above it, a bullet, a caption or a header.
fn paragraph_len(rest: &[Item]) -> usize {
    let mut len = 0;
    let mut widest = 0;
    for (k, l) in rest.iter().enumerate() {
        let opens = |t: &str| starts_with_bullet(t) || is_caption_line(t) || is_label_line(t);
        if l.kind != ItemKind::Text || k > 0 && (l.gap_before || opens(&l.text)) {
            break;
        }
        len = k + 1;
        widest = widest.max(l.width());
        if is_terminal(&l.text) || l.width() + 3 < widest && !ends_mid_sentence(&l.text) {
            break;
        }
    }
    len
}

/// The width of a box's wrapped lines (those its text runs on from), as
/// printed; none when every line ends its item.
fn wrapped_width(lines: &[Item]) -> Option<usize> {
    lines
        .windows(2)
        .filter(|w| !is_terminal(&w[0].text) && !starts_with_bullet(&w[1].text))
        .map(|w| print_width(&w[0].text))
        .max()
}

/// The widest of `lines` as printed ([`print_width`]).
fn max_print_width(lines: &[Item]) -> usize {
    lines
        .iter()
        .map(|l| print_width(&l.text))
        .max()
        .unwrap_or(0)
}

/// The printed width of a line in half-width units: ASCII (digits, Latin
/// letters) is narrow, the rest full width.
fn print_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// A line wholly in one pair of brackets: `(意見交換により…取組)`.
fn is_bracketed(text: &str) -> bool {
    let pairs = [
        ('(', ')'),
        ('<', '>'),
        ('《', '》'),
        ('≪', '≫'),
        ('〈', '〉'),
        ('【', '】'),
    ];
    pairs.iter().any(|&(open, close)| {
        text.starts_with(open)
            && text.ends_with(close)
            && text.matches(open).count() == 1
            && text.matches(close).count() == 1
    })
}

/// The words that end a photo's caption (`…セミナー風景`, `…の様子`, `市長挨拶`).
const PHOTO_WORDS: [&str; 6] = ["風景", "様子", "模様", "写真", "挨拶", "あいさつ"];

/// The captions of a caption's line: several read out side by side, white
/// space between them, when each is wrapped in brackets (`（セミナーの様子）
/// （説明会の様子）`, `≪…≫ ≪…≫`) or each but the last ends with a photo's word
/// (`…市長が挨拶 賑やかなキッズコーナー`); otherwise the whole line. White space
/// inside brackets parts nothing (`≪令和元年度 実施風景≫`).
pub fn captions_on_line(text: &str) -> Vec<&str> {
    let text = text.trim();
    if !text.contains(char::is_whitespace) {
        return vec![text];
    }
    let pieces = pieces_apart(text);
    if pieces.len() < 2 {
        return vec![text];
    }
    let piece = |&(s, e): &(usize, usize)| &text[s..e];
    // Wrapped in brackets, or boxes of a diagram (`センター(生活支援)
    // 市(福祉サービス)`).
    let all_wrapped = pieces
        .iter()
        .map(piece)
        .all(|p| is_wrapped(p) || is_label_line(p))
        || pieces.iter().map(piece).all(is_diagram_box);
    let ends_photo = |p: &str| {
        let words = p.trim_end_matches(['≫', '》', '>', '〉', ')']);
        PHOTO_WORDS.iter().any(|w| words.ends_with(w))
    };
    let mut out = Vec::new();
    let mut from = 0;
    for (k, &(_, end)) in pieces.iter().enumerate() {
        if k + 1 == pieces.len() || all_wrapped || ends_photo(&text[from..end]) {
            out.push(text[from..end].trim());
            from = end;
        }
    }
    out
}

/// The pieces of a line between white space outside brackets, as (start,
/// end) byte offsets (`≪令和元年度 実施風景≫ 会場入口`: two pieces).
fn pieces_apart(text: &str) -> Vec<(usize, usize)> {
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let (mut depth, mut start) = (0usize, None);
    for (at, c) in text.char_indices() {
        match c {
            '(' | '≪' | '《' | '<' | '〈' | '「' | '『' | '【' | '[' => depth += 1,
            ')' | '≫' | '》' | '>' | '〉' | '」' | '』' | '】' | ']' => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
        if c.is_whitespace() && depth == 0 {
            if let Some(s) = start.take() {
                pieces.push((s, at));
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    pieces.extend(start.map(|s| (s, text.len())));
    pieces
}

/// A box of a diagram on one line: a short name and its task or staff in
/// round brackets closing it (`ハローワーク(職業紹介・定着支援)`,
/// `合同ケース会議(月2回)`), neither a sentence nor an item of a list: the
/// name is a noun (no object or subject marked by を or が, no kana ending it
/// as a verb or a particle does).
pub fn is_diagram_box(text: &str) -> bool {
    let Some((name, note)) = text.strip_suffix(')').and_then(|t| t.split_once('(')) else {
        return false;
    };
    let phrase = |t: &str, most: usize| {
        (1..=most).contains(&t.chars().count()) && !t.contains(['、', '。', '(', ')'])
    };
    phrase(name, 12)
        && phrase(note, 16)
        && !starts_with_bullet(name)
        && !name.contains(char::is_whitespace)
        && !name.contains(['を', 'が'])
        && !name.ends_with(|c| ('ぁ'..='ゖ').contains(&c))
}

/// The words of a diagram: boxes, each a name with its task in brackets
/// ([`is_diagram_box`]), two or more of them over one to four lines, side by
/// side on a line with white space between them.
pub fn diagram_boxes(lines: &[Item]) -> bool {
    if !(1..=4).contains(&lines.len()) || !lines.iter().all(|l| l.text.ends_with(')')) {
        return false;
    }
    let mut boxes = 0;
    for line in lines {
        for (s, e) in pieces_apart(&line.text) {
            if !is_diagram_box(&line.text[s..e]) {
                return false;
            }
            boxes += 1;
        }
    }
    boxes >= 2
}

/// A diagram printed under its title: the title a short line naming a
/// picture of the scheme (`超短時間ワークのイメージ`, `連携体制図`, `事業スキーム`),
/// then one to four short lines of the picture's words (`企業 業務の切り出し
/// 障害者`, `週1時間～`), none of them a sentence, a bullet or a count.
pub fn titled_diagram(lines: &[Item]) -> bool {
    let Some((title, words)) = lines.split_first() else {
        return false;
    };
    let phrase = |t: &str, most: usize| {
        (1..=most).contains(&t.chars().count())
            && !t.contains(['、', '。'])
            && !starts_with_bullet(t)
    };
    (1..=4).contains(&words.len())
        && phrase(&title.text, 20)
        && ends_with_any(
            &title.text,
            &[
                "イメージ",
                "イメージ図",
                "概要図",
                "体制図",
                "相関図",
                "スキーム",
                "スキーム図",
                "の仕組み",
                "のしくみ",
            ],
        )
        && words.iter().all(|w| {
            phrase(&w.text, 24)
                && !ends_mid_sentence(&w.text)
                && !crate::metrics::has_count(&w.text)
        })
}

/// The names of organisations or of their staff side by side on one line,
/// white space between them, as a diagram of the partners prints them
/// (`ハローワーク鹿屋 商工会議所・商工会`, `就労支援員 職業相談員 協力企業`):
/// each an organisation's name or a staff title ([`is_staff_title`]), no
/// sentence.
fn names_side_by_side(lines: &[Item]) -> bool {
    let [line] = lines else {
        return false;
    };
    let text = line.text.as_str();
    if text.len() > 120 || !text.contains(char::is_whitespace) || text.contains(['、', '。']) {
        return false;
    }
    let names: Vec<&str> = text.split_whitespace().collect();
    names.len() >= 2
        && names.iter().all(|n| {
            n.chars().count() <= 16
                && !starts_with_bullet(n)
                && (looks_like_org(n) || is_staff_title(n))
        })
}

/// The words of a diagram printed in a row (`企画 募集 面接 定着支援`,
/// `訪問介護 デイサービス グループホーム`): one line of three or more short
/// names parted by white space, each opening on a kanji or a katakana, with no
/// sentence (no 、 or 。, no を, が or は), no figure, no bullet, no label
/// (`日時:`) and no bracket; the diagram's other boxes may stand in rows of
/// the same words on up to three more lines (`県内企業 副業人材` / `求人公開
/// オンライン面談 業務開始`, `連絡会議 支援センター 面接会` / `再就職`). The
/// same form over a row of figures is a table's header row (`参加企業 求人数
/// 来場者数`): the layout tells them apart by what stands below.
pub fn row_of_diagram_words(lines: &[Item]) -> bool {
    if !(1..=4).contains(&lines.len()) {
        return false;
    }
    let mut widest = 0;
    for line in lines {
        match diagram_words_on_line(&line.text) {
            Some(n) => widest = widest.max(n),
            None => return false,
        }
    }
    widest >= 3
}

/// How many words of a diagram a line holds ([`row_of_diagram_words`]), if
/// it holds nothing else.
fn diagram_words_on_line(text: &str) -> Option<usize> {
    let text = text.trim();
    // (Cheap first: its length and the signs of a sentence or a figure.)
    if text.len() > 150
        || text.contains(['、', '。', ':', '(', '「', '【', '<'])
        || text.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut n = 0;
    for w in text.split_whitespace() {
        if !(2..=12).contains(&w.chars().count())
            || !w.chars().next().is_some_and(is_noun_char)
            || w.contains(['を', 'が', 'は'])
        {
            return None;
        }
        n += 1;
    }
    (n > 0 && !crate::metrics::has_count(text)).then_some(n)
}

/// The words of a diagram's boxes spaced out letter by letter, as the
/// conversion reads a box's lettering (`県 内 企 業` / `奨 学 金 返 還 を 支 援`):
/// one to four lines, each of three characters or more with one space between
/// every two, opening on a kanji or a kana, no sentence (no 、 or 。) and no
/// figure. (A heading so spaced, `【 効 果 】`, opens on its bracket.)
pub fn spaced_out_words(lines: &[Item]) -> bool {
    (1..=4).contains(&lines.len())
        && lines.iter().all(|l| {
            let t = trim(&l.text);
            let letters = t.split(' ').count();
            letters >= 3
                && t.split(' ').all(|p| p.chars().count() == 1)
                && t.chars()
                    .next()
                    .is_some_and(|c| is_noun_char(c) || is_kana(c))
                && !t.contains(['、', '。'])
                && !t.bytes().any(|b| b.is_ascii_digit())
        })
}

/// A hiragana or a katakana.
fn is_kana(c: char) -> bool {
    ('ぁ'..='ゖ').contains(&c) || crate::normalize::is_katakana(c)
}

/// A title of the staff who stand for an organisation in a diagram: `…相談員`,
/// `…指導官`, `就職支援ナビゲーター`, `…コーディネーター`, `…担当者`.
fn is_staff_title(name: &str) -> bool {
    ends_with_any(
        name,
        &[
            "員",
            "官",
            "担当者",
            "ナビゲーター",
            "コーディネーター",
            "カウンセラー",
            "アドバイザー",
            "サポーター",
        ],
    ) && !name.contains(['、', '。', 'を', 'が', 'は'])
}

/// The words of a diagram that draws a flow of steps: short phrases on one
/// line linked by arrows (`相談 → 職場体験 → 就職・定着`), no sentence and
/// no figure. (A line of figures linked by an arrow, `令和2年度 8人 → 令和3年度
/// 15人`, is a record of how a count grew, not a diagram.)
pub fn flow_of_steps(lines: &[Item]) -> bool {
    const ARROWS: [char; 5] = ['→', '⇒', '➡', '⇨', '➔'];
    let [line] = lines else {
        return false;
    };
    let text = line.text.as_str();
    // (Every arrow is written with the lead byte 0xE2, which few other
    // characters of a Japanese line have: looked for first.)
    let has_arrow =
        || memchr::memchr_iter(0xE2, text.as_bytes()).any(|at| text[at..].starts_with(ARROWS));
    if text.len() > 150 || !has_arrow() {
        return false;
    }
    let steps: Vec<&str> = text.split(ARROWS).map(str::trim).collect();
    steps.len() >= 2
        && steps.iter().all(|step| {
            (1..=15).contains(&step.chars().count())
                && !starts_with_bullet(step)
                && !step.contains(['、', '。'])
                && !step.contains(|c: char| c.is_ascii_digit())
        })
}

/// The words of a diagram drawn downwards: boxes on lines of their own with
/// arrows between them, an arrow line opening on ↓ and perhaps naming the step
/// (`相談窓口` / `↓ 個別支援` / `協力企業 → 就職`, a flow of steps among them):
/// two to eight short lines, an arrow line and a box at least, none of them a
/// sentence, a bullet, a count or a line left mid-sentence.
pub fn arrow_diagram(lines: &[Item]) -> bool {
    const DOWN: [char; 4] = ['↓', '⇓', '⇩', '⬇'];
    let down = |l: &Item| l.text.starts_with(DOWN);
    // (Cheap first: an arrow opens one of a few lines.)
    if !(2..=8).contains(&lines.len()) || !lines.iter().any(down) || lines.iter().all(down) {
        return false;
    }
    lines.iter().all(|l| {
        let t = l.text.as_str();
        t.chars().count() <= 30
            && !t.contains(['。', '、'])
            && !starts_with_bullet(t)
            && !ends_mid_sentence(t)
            && !crate::metrics::has_count(t)
            && (down(l) || !t.contains(['を', 'が']))
    })
}

/// A whole line that is a photo caption: `≪…セミナー風景≫`, `研修会開催地の地元市長挨拶`,
/// `主催者を代表して市長が挨拶 賑やかなキッズ預かりコーナー` (two captions read out as one line).
fn is_caption_line(text: &str) -> bool {
    text.chars().count() <= 40
        && !text.contains('。')
        && !starts_with_bullet(text)
        && PHOTO_WORDS.iter().any(|word| {
            text.trim_end_matches(['≫', '》', '>', '〉', ')'])
                .ends_with(word)
                || text
                    .match_indices(word)
                    .any(|(at, _)| text[at + word.len()..].starts_with(char::is_whitespace))
        })
}

/// A box that lays out the steps of what is done: a label in brackets
/// (`＜支援の流れ＞`, `《実施手順》`) over two or more numbered steps, the first
/// right below it (`①初回面談：…`, `②職業相談：…`; `(1)`, `1.` alike), each
/// step perhaps wrapped over more lines.
///
/// A lead sentence that announces them does the same (`…以下の段階的な支援を
/// 実施。` / `①…` / `②…`): a sentence of one to three lines naming 以下の
/// and ending at the first step.
pub fn steps_under_label(lines: &[Item]) -> bool {
    // `①`, or one or two digits closed by `.` or `)`, or in brackets `(1)`.
    let opens_step = |text: &str| {
        if text.starts_with(|c| ('①'..='⑳').contains(&c)) {
            return true;
        }
        let (number, close) = match text.strip_prefix('(') {
            Some(rest) => (rest, &[b')'][..]),
            None => (text, &[b'.', b')'][..]),
        };
        let digits = number.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
            && number
                .as_bytes()
                .get(digits)
                .is_some_and(|b| close.contains(b))
    };
    let Some(first) = lines.iter().take(4).position(|l| opens_step(&l.text)) else {
        return false;
    };
    let (lead, steps) = lines.split_at(first);
    let announced = match lead {
        [] => false,
        [label] if is_label_line(&label.text) => !label.text.starts_with('('),
        _ => {
            lead.last().is_some_and(|l| l.text.ends_with(['。', ':']))
                && lead.iter().any(|l| l.text.contains("以下の"))
                && !lead.iter().any(|l| starts_with_bullet(&l.text))
        }
    };
    announced && steps.iter().filter(|s| opens_step(&s.text)).count() >= 2
}

/// The bracket closing one a header or a label opens on (`＜` → `＞`,
/// `【` → `】`, `~` → `~` …), after cleaning; `None` for any other character.
fn closing_bracket(open: char) -> Option<char> {
    Some(match open {
        '<' => '>',
        '〈' => '〉',
        '《' => '》',
        '【' => '】',
        '≪' => '≫',
        '「' => '」',
        '『' => '』',
        '[' => ']',
        '〔' => '〕',
        '(' => ')',
        '~' => '~',
        _ => return None,
    })
}

/// A whole line that is a bracketed label: `＜参加者アンケート＞`, `《開催実績》`,
/// `(当日のスケジュール)`.
pub fn is_label_line(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if matches!(first, '「' | '『' | '[' | '〔' | '~') {
        return false;
    }
    let Some(close) = closing_bracket(first) else {
        return false;
    };
    text.ends_with(close) && text.chars().count() <= 24 && !text[first.len_utf8()..].contains(first)
}

fn item(line: &Line, text: &str, kind: ItemKind) -> Item {
    Item {
        line: line.number,
        text: trim(text).to_string(),
        kind,
        gap_before: false,
    }
}

/// What the lines above have shown.
#[derive(Default)]
struct Seen {
    party_row: bool,
    /// The names in the party row's boxes, as far as read.
    parties: Vec<String>,
    /// The party row wraps: the next line's number and the names it ends
    /// with ([`boxed_party_row`]).
    row_goes_on: Option<(usize, Vec<String>)>,
    /// A heading broken inside its brackets goes on on this line
    /// ([`broken_heading`]).
    heading_goes_on: Option<usize>,
    heading: bool,
    /// Sections headed with 【】.
    bracketed: Vec<SectionKind>,
    /// The last header above is 【役割分担】 or a role block's: the lines
    /// below are the role blocks' column.
    in_roles: bool,
    /// The last header above is a comment box's.
    in_comment: bool,
    /// The page prints 役割 (分担, or an organisation's) somewhere: its role
    /// blocks may stand anywhere, headed by a bare name ([`bare_role_header`]).
    /// (Looked for once, when a line first might be such a header.)
    roles_printed: std::cell::OnceCell<bool>,
    /// Headings printed with other marks or bare ([`marked_heading`],
    /// [`bare_heading`]): item index,
    /// section, the line as printed.
    marked: Vec<(usize, SectionKind, String)>,
}

/// The line of a contact: its label (照会先, 問い合わせ先, お問い合わせ, 連絡先
/// opening the line), or `担当：…` with a phone number. A label followed by a
/// particle (`連絡先を引き継ぐ…`) opens a sentence, unless the line gives a
/// number (`お問い合わせは…課 TEL …`).
fn is_contact_label(text: &str) -> bool {
    // (Every form of the contact pattern holds 問 or 照会先, or opens on 連絡先 or
    // 担当, perhaps after a bracket: looked for first.)
    let after_bracket = text.chars().next().map_or("", |c| &text[c.len_utf8()..]);
    let opens_on = |word: &str| text.starts_with(word) || after_bracket.starts_with(word);
    let contact_word = contains!(text, "問")
        || contains!(text, "照会先")
        || opens_on("連絡先")
        || opens_on("担当");
    if !contact_word {
        return false;
    }
    // `担当：…課 TEL …`: 担当 opens many a role item too, so with a phone number only.
    let in_charge = || {
        regex!(r"^[<≪〈《【(\[]?担当(者|課|部署|窓口)?\s*([>≫〉》】)\]]\s*:?|:)").is_match(text)
            && phone_number(text).is_some()
    };
    let label = regex!(r"照会先|問い?合わ?せ先|お問い?合わ?せ|^[<＜≪〈【(]?連絡先");
    // (Few lines hold a label: it is looked for before where it ends.)
    let labelled = || {
        label.is_match(text)
            && label.find(text).is_some_and(|m| {
                !text[m.end()..].starts_with(|c: char| ('ぁ'..='ゖ').contains(&c))
                    || phone_number(text).is_some()
            })
    };
    labelled() || in_charge()
}

/// A heading broken inside its brackets in a narrow box (`【役割` / `分担】`,
/// `【課題・` / `目的】`, the last of a row: `【実施概要】 【役割` / `分担】`): a
/// line that opens a bracket and does not close it,
/// and the line right below it that closes it and opens none, together read
/// as a heading ([`heading_kind`] in 【】, the template's labels in other
/// brackets: [`marked_heading`]). Returns the sections; the line below is
/// the heading's too.
#[inline(never)]
fn broken_heading(text: &str, below: &[Line]) -> Option<Vec<(SectionKind, String)>> {
    // Headings in a row, the last of them broken (`【実施概要】 【役割` / `分担】`).
    if text.starts_with('【') && text.ends_with(|c| c != '】') {
        let (groups, rest) = leading_groups(text);
        if !groups.is_empty() && rest.starts_with('【') {
            let mut hs: Vec<(SectionKind, String)> = groups
                .into_iter()
                .map(|g| heading_kind(&g).map(|k| (k, g)))
                .collect::<Option<_>>()?;
            hs.extend(broken_heading(rest, below)?);
            return Some(hs);
        }
    }
    // (Cheap first: a short line opening on a bracket it does not close.)
    let open = text.chars().next()?;
    let close = if open == '【' {
        '】'
    } else {
        heading_bracket(open)?
    };
    if text.len() > 30 || text.contains(close) {
        return None;
    }
    let rest = below.first()?.text.as_str();
    if rest.len() > 30 || !rest.ends_with(close) || rest.contains(open) {
        return None;
    }
    let joined = format!("{text}{rest}");
    if open == '【' {
        let inner = &joined[open.len_utf8()..joined.len() - close.len_utf8()];
        heading_kind(inner).map(|k| vec![(k, heading_key(inner).into_owned())])
    } else {
        marked_heading(&joined).map(|h| vec![h])
    }
}

/// Classify one line (`below`: the lines after it on the page).
// (Asked of every line from one place; inlined into [`classify`] as the
// compiler did before the contact checks moved out: 1.6 M instructions fewer
// of 322 M on twenty bulletins.)
#[inline(always)]
fn classify_line(line: &Line, below: &[Line], page: &[Line], out: &mut Vec<Item>, seen: &mut Seen) {
    let text = line.text.as_str();
    if let Some((_, names)) = seen.row_goes_on.take_if(|(n, _)| *n == line.number) {
        out.push(item(line, "", ItemKind::PartyRow(names)));
        return;
    }
    if seen
        .heading_goes_on
        .take_if(|n| *n == line.number)
        .is_some()
    {
        // The rest of a broken heading: no heading of its own ([`group`]
        // joins it to the line above).
        out.push(item(line, "", ItemKind::Headings(Vec::new())));
        return;
    }
    if is_banner(text) {
        if !seen.party_row {
            party_row_above_banner(out, seen);
        }
        out.push(item(line, text, ItemKind::Banner));
        return;
    }
    if is_contact_label(text) {
        out.push(item(line, text, ItemKind::Contact));
        return;
    }
    // (Each pattern below runs only where its fixed first or last character is.)
    if let Some((speaker, rest)) = comment_header(text) {
        out.push(item(line, "", ItemKind::CommentHeader(speaker)));
        if !rest.trim().is_empty() {
            out.push(item(line, rest, ItemKind::Text));
        }
        return;
    }
    if let Some(speaker) = unit_header(text, below) {
        out.push(item(line, "", ItemKind::CommentHeader(speaker)));
        return;
    }
    if let Some(hs) = broken_heading(text, below) {
        seen.heading = true;
        seen.bracketed.extend(hs.iter().map(|(k, _)| *k));
        seen.heading_goes_on = Some(line.number + 1);
        out.push(item(line, "", ItemKind::Headings(hs)));
        return;
    }
    if let Some(row) = marked_heading_row(text) {
        seen.heading = true;
        seen.bracketed.extend(row.iter().map(|(k, _)| *k));
        out.push(item(line, "", ItemKind::Headings(row)));
        return;
    }
    if let Some((kind, label)) = marked_heading(text) {
        seen.heading = true;
        let note = period_note(text);
        // (Demoted to text, the heading's line less the note below it.)
        let printed = text[..text.len() - note.map_or(0, str::len)].trim_end();
        seen.marked.push((out.len(), kind, printed.to_string()));
        out.push(item(line, "", ItemKind::Headings(vec![(kind, label)])));
        if let Some(note) = note {
            out.push(item(line, note, ItemKind::Text));
        }
        return;
    }
    let next = || {
        below
            .iter()
            .find(|l| !l.is_blank())
            .map(|l| l.text.as_str())
    };
    // A bare label on a line of its own (`実施概要`) heads its section as a
    // marked one does, where it stands apart: after a blank line, a header or
    // a finished sentence (not the tail of a wrapped one), and with no
    // particle running on below it (`効果` / `が大きい`).
    if let Some((kind, label)) = bare_heading(text) {
        let apart_above = out.last().is_none_or(|above| {
            above.line + 1 < line.number || above.kind != ItemKind::Text || is_terminal(&above.text)
        });
        if apart_above && !next().is_some_and(starts_bound) {
            seen.heading = true;
            seen.marked.push((out.len(), kind, text.to_string()));
            out.push(item(line, "", ItemKind::Headings(vec![(kind, label)])));
            return;
        }
    }
    let boxed = || {
        text.starts_with('【')
            .then(|| boxed_party_row(text, below))
            .flatten()
    };
    let named = || {
        out.last()
            .is_some_and(|above| matches!(above.kind, ItemKind::Banner))
            .then(|| named_party_row(text).map(|names| (names, None)))
            .flatten()
    };
    if !seen.party_row {
        if let Some((names, wrapped)) = boxed().or_else(named) {
            seen.party_row = true;
            seen.parties.extend(names.iter().cloned());
            if let Some((_, more)) = &wrapped {
                seen.parties.extend(more.iter().cloned());
            }
            seen.row_goes_on = wrapped;
            out.push(item(line, "", ItemKind::PartyRow(names)));
            return;
        }
    }
    // A role table read row by row: the columns' header row is furniture, a
    // name cell wrapped over two rows one name.
    if seen.in_roles {
        let row_below = || next().is_some_and(|n| table_row(n, &seen.parties).is_some());
        if table_column_header(text) && row_below() {
            out.push(item(line, text, ItemKind::Footer));
            return;
        }
        if let Some(rest) = wrapped_name_cell(text, line.number, out, &seen.parties) {
            out.push(item(line, rest, ItemKind::Text));
            return;
        }
    }
    // `org：…` in the role blocks' column, or two such lines in a row
    // anywhere ([`colon_roles_in_a_row`]).
    // (Cheap first: outside the column, a line below with a colon too.)
    let colon = || {
        if !has_colon_role_mark(text) {
            None
        } else if seen.in_roles {
            colon_role(text)
        } else if starts_with_bullet(text) || !next().is_some_and(has_colon_role_mark) {
            None
        } else {
            colon_role(text).filter(|(org, _)| colon_roles_in_a_row(org, next))
        }
    };
    let closed = || seen.in_roles.then(|| bracket_role(text)).flatten();
    let printed = || {
        *seen
            .roles_printed
            .get_or_init(|| page.iter().any(|l| l.text.contains("役割")))
    };
    let marked = circle_mark_read_as_such(text);
    let bare = || bare_role_header(&marked, next, printed).map(|org| (org, ""));
    // Below a role header, or below an item of the same mark (wrapped or
    // not), an item is due.
    let item_due = item_above(out).is_some_and(|above| match &above.kind {
        ItemKind::RoleHeader(_) => true,
        ItemKind::Text => {
            starts_with_bullet(&above.text) && text.chars().next() == above.text.chars().next()
        }
        _ => false,
    });
    let partner = || {
        partner_role_header(
            &marked,
            next,
            printed,
            |name| names_a_partner(name, &seen.parties),
            || under_programme(out),
        )
        .map(|org| (org, ""))
    };
    let row = || {
        seen.in_roles
            .then(|| table_row(text, &seen.parties))
            .flatten()
    };
    let sibling = || sibling_role_header(&marked, out, next).map(|org| (org, ""));
    if let Some((org, rest)) = marked_role_header(&marked, seen.in_roles, item_due, next, printed)
        .or_else(partner)
        .or_else(colon)
        .or_else(closed)
        .or_else(bare)
        .or_else(sibling)
        .or_else(row)
    {
        let printed = &text[..text.len() - rest.len()];
        out.push(item(line, printed.trim(), ItemKind::RoleHeader(vec![org])));
        if !rest.is_empty() {
            out.push(item(line, rest, ItemKind::Text));
        }
        return;
    }
    if let Some(names) = role_table_row(text, next, printed, &seen.parties) {
        out.push(item(line, text, ItemKind::RoleHeader(names)));
        return;
    }
    let (groups, rest) = leading_groups(text);
    if !groups.is_empty() {
        // (The first group that heads no section ends the look-up.)
        let kinds: Option<Vec<SectionKind>> = groups.iter().map(|g| heading_kind(g)).collect();
        if let Some(kinds) = kinds {
            let hs: Vec<(SectionKind, String)> = kinds.into_iter().zip(groups).collect();
            seen.heading = true;
            seen.bracketed.extend(hs.iter().map(|(k, _)| *k));
            out.push(item(line, "", ItemKind::Headings(hs)));
            if !rest.is_empty() {
                out.push(item(line, rest, ItemKind::Text));
            }
            return;
        }
        let bracket_only = rest.is_empty();
        // The party row names the labour bureau; failing that, it is the row of
        // two or more organisations above the first heading.
        let orgs_row =
            !seen.heading && groups.len() >= 2 && groups.iter().all(|g| looks_like_org(g));
        // A box of a generic name (【ハローワーク】, 【市】) is a role box: the
        // party boxes name the partners themselves.
        let generic = groups.iter().any(|g| is_generic_org(g));
        // A lone box over bullet items is a role block's header (【宮崎労働局】
        // over ◆…), whether or not the party row comes later on the page. A
        // heading marked as a bullet (`■目的`) opens no item.
        let lone_over_items = groups.len() == 1 && next().is_some_and(opens_item);
        // A row of three or four party boxes wraps: a line of boxes naming
        // other organisations right below the party row goes on with it (a
        // box naming a party again, 【仙台市】 below 【宮城県仙台市】, is a role's).
        let wrapped_row = bracket_only
            && !generic
            && !lone_over_items
            && out.last().is_some_and(|it| match &it.kind {
                ItemKind::PartyRow(row) => {
                    it.line + 1 == line.number
                        && groups.iter().all(|g| {
                            looks_like_org(g)
                                && !g.ends_with("役割")
                                && !row
                                    .iter()
                                    .any(|p| p.contains(g.as_str()) || g.contains(p.as_str()))
                        })
                }
                _ => false,
            });
        if wrapped_row {
            seen.parties.extend(groups.iter().cloned());
            out.push(item(line, "", ItemKind::PartyRow(groups)));
            return;
        }
        if bracket_only
            && !seen.party_row
            && !generic
            && !lone_over_items
            && (is_party_row(&groups) || orgs_row)
        {
            seen.party_row = true;
            seen.parties.extend(groups.iter().cloned());
            out.push(item(line, "", ItemKind::PartyRow(groups)));
            return;
        }
        let subheading = groups.iter().any(|g| looks_like_subheading(g));
        // 【市の役割】 names the organisation 市.
        let names: Vec<String> = groups
            .iter()
            .map(|g| role_org(g).unwrap_or_else(|| g.clone()))
            .collect();
        let orgs = names
            .iter()
            .all(|g| looks_like_org(g) || names_a_party(g, &seen.parties));
        let opens_role = !subheading
            && (orgs && (bracket_only || rest.chars().count() <= 20) || starts_with_bullet(rest));
        if opens_role {
            // The header as printed: a row of boxes apart (`【市】 【ハローワーク】`)
            // may be a flattened table, see [`group`].
            let printed = text[..text.len() - rest.len()].trim();
            out.push(item(line, printed, ItemKind::RoleHeader(names)));
            if !rest.is_empty() {
                out.push(item(line, rest, ItemKind::Text));
            }
            return;
        }
    }
    // `…など 【共通】`: a role header glued to the end of a line.
    let glued = text
        .ends_with('】')
        .then(|| regex!(r"^(.*\S)\s*【([^】]+)】$").captures(text));
    if let Some(c) = glued.flatten() {
        if looks_like_org(&c[2]) && !c[1].contains('【') {
            out.push(item(line, &c[1], ItemKind::Text));
            out.push(item(line, "", ItemKind::RoleHeader(vec![c[2].to_string()])));
            return;
        }
    }
    // `…開催。 就職支援セミナー実施風景`: a photo caption glued to the end of a sentence.
    let caption = ["風景", "様子", "模様", "写真", "挨拶"]
        .iter()
        .any(|end| text.ends_with(end))
        .then(|| {
            regex!(r"^(.*[。！!])\s+([^。、\s][^。、]{1,30}(?:風景|様子|模様|写真|挨拶))$")
                .captures(text)
        });
    if let Some(c) = caption.flatten() {
        out.push(item(line, &c[1], ItemKind::Text));
        out.push(item(line, &c[2], ItemKind::TrailingCaption));
        return;
    }
    if let Some((text, caption)) = bracketed_caption_after_item(text) {
        out.push(item(line, text, ItemKind::Text));
        out.push(item(line, caption, ItemKind::TrailingCaption));
        return;
    }
    // A theme tag over the headline (`【若者支援】`) is furniture, as the
    // case's number is: no part of the headline below it.
    if text.ends_with('】') && !seen.in_roles && tag_over_headline(text, next(), &seen.parties) {
        out.push(item(line, text, ItemKind::Footer));
        return;
    }
    out.push(item(line, text, ItemKind::Text));
}

/// The item of the text right above `out`'s end: the last item, or the
/// bulleted line that the last lines continue when an item wraps (`◆介護・障害
/// 福祉サービス等の` / `利用調整`: two lines at most, no blank line or 。
/// before the next item).
fn item_above(out: &[Item]) -> Option<&Item> {
    let wrapped = |it: &Item| {
        it.kind == ItemKind::Text
            && !it.gap_before
            && !starts_with_bullet(&it.text)
            && !it.text.ends_with('。')
    };
    let last = out.last()?;
    let opener = out
        .iter()
        .rev()
        .take(3)
        .find(|it| !wrapped(it))
        .filter(|it| it.kind == ItemKind::Text && starts_with_bullet(&it.text));
    Some(opener.unwrap_or(last))
}

/// A photo's caption in brackets glued after white space to the end of a
/// bullet item or a sentence (`・…のシャトルバスを運行 ≪面接会の会場風景≫`):
/// the brackets wrap the whole caption, which names a photo (…風景, …の様子);
/// the item and the caption, apart.
fn bracketed_caption_after_item(text: &str) -> Option<(&str, &str)> {
    // (Cheap first: a closing bracket ends the line.)
    if !text.ends_with(['≫', '》', ')', '〉']) {
        return None;
    }
    let (s, _) = *pieces_apart(text).last()?;
    let (before, caption) = (text[..s].trim_end(), &text[s..]);
    let words = caption.trim_end_matches(['≫', '》', ')', '〉']);
    (s > 0
        && is_wrapped(caption)
        && PHOTO_WORDS.iter().any(|w| words.ends_with(w))
        && caption.chars().count() <= 30
        && (starts_with_bullet(before) || before.ends_with(['。', '！', '!'])))
    .then_some((before, caption))
}

/// A bracket-only line naming the partners: the labour bureau among them, or
/// several organisations one of which is a prefecture or municipality.
fn is_party_row(groups: &[String]) -> bool {
    let bureau = groups
        .iter()
        .any(|g| g.contains("労働局") || g.contains("ハローワーク") || g.contains("職業安定所"));
    bureau
        && (groups.len() >= 2 || groups[0].contains("労働局"))
        && !groups.iter().any(|g| g.ends_with("役割"))
}

/// The line right above the banner, names without brackets
/// ([`named_party_row`]), is the party row: its item (the whole line, no
/// header or caption read off it) becomes the row.
#[inline(never)]
fn party_row_above_banner(out: &mut [Item], seen: &mut Seen) {
    let whole = out.len() < 2 || out[out.len() - 2].line != out[out.len() - 1].line;
    let Some(above) = out
        .last_mut()
        .filter(|it| whole && matches!(it.kind, ItemKind::Text))
    else {
        return;
    };
    if let Some(names) = named_party_row(&above.text) {
        seen.party_row = true;
        seen.parties.extend(names.iter().cloned());
        above.text.clear();
        above.kind = ItemKind::PartyRow(names);
    }
}

/// How a party row may part its boxes besides white space: `×` or `・`.
const ROW_SEPARATORS: [char; 2] = ['×', '・'];

/// A line of party boxes in brackets (`【長崎県】 × 【五島市】`): the names in
/// the boxes, apart by white space, `×` or `・` (a box holding `A・B` is one
/// name); whether a separator stood between them; whether the last box is
/// left open, to close on the next line. None when anything else is printed.
fn bracketed_row(text: &str) -> Option<(Vec<String>, bool, bool)> {
    let mut names = Vec::new();
    let mut separated = false;
    let mut rest = text.trim();
    loop {
        let after = rest.strip_prefix('【')?;
        let Some(end) = after.find('】') else {
            let open = after.trim();
            return (!open.is_empty() && !open.contains('【')).then(|| {
                names.push(open.to_string());
                (names, separated, true)
            });
        };
        names.push(after[..end].trim().to_string());
        rest = after[end + '】'.len_utf8()..].trim_start();
        if rest.is_empty() {
            return Some((names, separated, false));
        }
        if let Some(r) = rest.strip_prefix(ROW_SEPARATORS) {
            separated = true;
            rest = r.trim_start();
        }
    }
}

/// A part of a row that ends as an organisation's name does (`…協議会`,
/// `…ハローワーク日向`), or names a legal person whose name may end any way
/// (`特定非営利活動法人ひゅうが若者ネット`); a clause is none (`…ハローワーク鳥取が
/// 連携して支援`, `…に向けて、市`).
fn ends_as_org(part: &str) -> bool {
    let legal_person = ["法人", "株式会社", "有限会社", "NPO"]
        .iter()
        .any(|word| part.contains(word));
    let office = part
        .rfind("ハローワーク")
        .is_some_and(|at| !part[at..].chars().any(|c| ('ぁ'..='ゖ').contains(&c)));
    !part.contains(['、', '。', 'を'])
        && (ends_with_any(part, &ORG_ENDINGS) || legal_person || office)
}

/// A line of party names printed without brackets, parted by `×`
/// (`奈良県吉野町 × 奈良県森林組合連合会 × …`) or `・` (`日向市 ・ 日向商工会議所 ・ …`):
/// the names. Parted by `・`, a part that does not end as an organisation is
/// the first half of one name (the bureau's `雇用環境・均等部`), and a part
/// holding a space is no name (`ハローワーク鹿屋 商工会議所・商工会` is the
/// words of a diagram).
fn unbracketed_row(text: &str) -> Option<Vec<String>> {
    if text.contains(['【', '、', '。']) {
        return None;
    }
    if text.contains('×') {
        return Some(text.split('×').map(|p| p.trim().to_string()).collect());
    }
    let parts: Vec<&str> = if text.contains(" ・ ") {
        text.split(" ・ ").collect()
    } else {
        text.split('・').collect()
    };
    let mut names: Vec<String> = Vec::new();
    let mut half: Option<String> = None;
    for part in parts {
        let part = part.trim();
        if part.is_empty() || part.contains(' ') {
            return None;
        }
        let name = match half.take() {
            Some(first) => format!("{first}・{part}"),
            None => part.to_string(),
        };
        if ends_as_org(&name) {
            names.push(name);
        } else {
            half = Some(name);
        }
    }
    half.is_none().then_some(names)
}

/// Names that make the party row: two to four organisations (none generic,
/// none a role's `…の役割`), one of them a labour bureau or Hello Work, or a
/// prefecture or municipality (by [`kind_of`](crate::party::kind_of)).
fn names_the_partners(names: &[String]) -> bool {
    use crate::model::PartyKind;
    (2..=4).contains(&names.len())
        && names
            .iter()
            .all(|n| looks_like_org(n) && !is_generic_org(n) && !n.ends_with("役割"))
        && names
            .iter()
            .any(|n| crate::party::kind_of(n) != PartyKind::Other)
}

/// The names of a party row's line, and the next line's number and names
/// when the row wraps.
type WrappedRow = (Vec<String>, Option<(usize, Vec<String>)>);

/// The party row printed otherwise than as boxes apart on one line: the names
/// on this line, and those on the next (its line number) when the row wraps.
/// A careful reader takes for the party row
/// - boxes parted by `×` or `・` (`【高知県土佐清水市】・【土佐清水商工会】・…`);
/// - a line of boxes running on to the next line, no blank between, the two
///   naming the partners together with the labour bureau or Hello Work
///   (`【山梨県】 【…経営者協会】` / `【山梨労働局職業安定部】`), a box wrapped
///   inside too (`【…若者ネット` / `(…ステーション)】 【…】`) — not when bullet
///   items follow: then the second line is a role block's header, and a box
///   naming a party of the first line again (`【北海道下川町】` / `【下川町】`)
///   is a role's.
///
/// (Names without brackets: [`named_party_row`].)
#[inline(never)]
fn boxed_party_row(text: &str, below: &[Line]) -> Option<WrappedRow> {
    let next = below.first().filter(|l| !l.is_blank());
    // (Most lines of boxes are neither: looked at before the boxes are read.)
    let may_wrap = next.is_some_and(|l| l.text.starts_with('【') || !text.ends_with('】'));
    if !may_wrap && !contains!(text, "×") && !contains!(text, "・") {
        return None;
    }
    let (names, separated, open) = bracketed_row(text)?;
    if separated && !open && names_the_partners(&names) {
        return Some((names, None));
    }
    let next = next?;
    let joined = if open {
        format!("【{}{}", names.last()?, next.text)
    } else {
        next.text.clone()
    };
    let (more, _, false) = bracketed_row(&joined)? else {
        return None;
    };
    let here = &names[..names.len() - usize::from(open)];
    let all: Vec<String> = here.iter().chain(&more).cloned().collect();
    let items_below = below[1..]
        .iter()
        .find(|l| !l.is_blank())
        .is_some_and(|l| opens_item(&l.text));
    let repeated = here
        .iter()
        .any(|p| more.iter().any(|g| p.contains(g.as_str())));
    if !(is_party_row(&all) && names_the_partners(&all)) || items_below || repeated {
        return None;
    }
    // A box wrapped inside stands on the line where it opens.
    let (first, second) = all.split_at(names.len());
    Some((first.to_vec(), Some((next.number, second.to_vec()))))
}

/// The party row printed as names without brackets parted by `×` or `・`
/// ([`unbracketed_row`]), each ending as an organisation's does: read so
/// only on the line right below or right above the banner (elsewhere such a
/// line may be a diagram's words), not a sentence's (`、`, `。`).
#[inline(never)]
fn named_party_row(text: &str) -> Option<Vec<String>> {
    let names = unbracketed_row(text)?;
    (names.iter().all(|n| ends_as_org(n)) && names_the_partners(&names)).then_some(names)
}

/// Group items into blocks.
pub fn group(items: Vec<Item>) -> Vec<Block> {
    let mut runs: VecDeque<Run> = headers_below_their_text(runs(items)).into();
    let mut blocks: Vec<Block> = Vec::new();
    let mut after_heading: Option<SectionKind> = None;
    while let Some(run) = runs.pop_front() {
        let (head, body) = run;
        let anchored = match &head {
            None if !body[0].gap_before => after_heading,
            _ => None,
        };
        after_heading = None;
        let kind = match head.as_ref().map(|h| &h.kind) {
            None => BlockKind::Paragraph,
            Some(ItemKind::Banner) => BlockKind::Banner,
            Some(ItemKind::Contact) => BlockKind::Contact,
            Some(ItemKind::TrailingCaption) => BlockKind::Caption,
            Some(ItemKind::Footer) => BlockKind::Footer,
            Some(ItemKind::PartyRow(p)) => BlockKind::PartyRow(p.clone()),
            Some(ItemKind::Headings(h)) => {
                // Content right below a single heading, with no blank line, is that
                // heading's; not when the heading is glued to a paragraph or another
                // heading above as well (see [`glued_above`]).
                let glued = head.as_ref().is_some_and(|h| glued_above(h, blocks.last()));
                after_heading = (h.len() == 1 && !glued).then(|| h[0].0);
                BlockKind::Headings(h.clone())
            }
            Some(ItemKind::RoleHeader(o)) => BlockKind::Role(o.clone()),
            Some(ItemKind::CommentHeader(s)) => BlockKind::Comment(s.clone()),
            Some(ItemKind::Text) => unreachable!("text items never head a run"),
        };
        let mut block = Block {
            kind,
            head,
            body,
            anchored_to: anchored,
        };
        // The rest of a heading broken inside its brackets is the heading's line.
        if matches!(block.kind, BlockKind::Headings(_)) {
            if let Some((Some(rest), _)) = runs.front() {
                if matches!(&rest.kind, ItemKind::Headings(hs) if hs.is_empty()) {
                    let (Some(rest), _) = runs.pop_front().expect("looked at") else {
                        unreachable!("matched a heading")
                    };
                    block.body.push(rest);
                }
            }
        }
        let stack = stack_role_headers(&mut block, &mut runs);
        if matches!(
            block.kind,
            BlockKind::Role(_) | BlockKind::Comment(_) | BlockKind::Paragraph
        ) {
            let mut set_aside = Vec::new();
            loop {
                // A caption read out inside a wrapped line: set aside, the box
                // runs on past it.
                if caption_inside_line(&block, &runs) {
                    let (caption, _) = runs.pop_front().expect("looked at");
                    set_aside.push(Block {
                        kind: BlockKind::Caption,
                        head: caption,
                        body: Vec::new(),
                        anchored_to: None,
                    });
                    let (_, mut next) = runs.pop_front().expect("looked at");
                    block.body.append(&mut next);
                    continue;
                }
                let Some((None, next)) = runs.front() else {
                    break;
                };
                if !continues(&block, next) {
                    if !caption_before_text(&block, next, runs.get(1)) {
                        break;
                    }
                    let (_, caption) = runs.pop_front().expect("looked at");
                    set_aside.push(Block {
                        kind: BlockKind::Paragraph,
                        head: None,
                        body: caption,
                        anchored_to: None,
                    });
                    continue;
                }
                let (_, mut next) = runs.pop_front().expect("looked at");
                block.body.append(&mut next);
            }
            if stack.is_empty() {
                blocks.extend(split_boxes_apart(block, &mut runs));
            } else {
                blocks.extend(deal_to_stack(block, stack, &mut runs));
            }
            blocks.append(&mut set_aside);
        } else {
            if block.kind == BlockKind::Contact {
                take_contact_lines(&mut block, &mut runs);
            }
            blocks.push(block);
        }
    }
    blocks
}

/// A contact printed as a block of lines under its label (`【問い合わせ先】` /
/// the bureau / `〒…` / `TEL … FAX …` / `URL …` / `E-mail …`): the lines right
/// below the contact line, up to the last that reads as a line of a contact
/// ([`is_contact_line`]), are the contact's, when none of them is a sentence.
/// Below a contact line that gives the bureau or a number itself, only such
/// lines follow it (`FAX …` on the next line).
fn take_contact_lines(block: &mut Block, runs: &mut VecDeque<Run>) {
    let Some(head) = &block.head else { return };
    let bare = crate::case::contact_is_bare(&head.text);
    let Some((None, next)) = runs.front() else {
        return;
    };
    // (A contact block holds a few lines: five at most.) The bureau's units
    // continue it up to its first number.
    let mut numbered = phone_number(&head.text).is_some();
    let mut end = 0;
    for (n, it) in next.iter().take(6).enumerate() {
        // A line broken inside its number or address goes on below.
        let above = if n == 0 {
            &head.text
        } else {
            &next[n - 1].text
        };
        if end == n && !it.gap_before && contact_wraps(above, &it.text) {
            end = n + 1;
            numbered = numbered || phone_number(&[above.as_str(), &it.text].concat()).is_some();
            continue;
        }
        // (A sentence ends the block; a line of numbers and addresses may be as
        // long as one.)
        let contact_line = is_contact_line(&it.text);
        if n > 0 && it.gap_before || it.text.contains('。') || it.width() > 50 && !contact_line {
            break;
        }
        // Another office's contact right below a numbered one, opening on its
        // name (`…県…課 TEL…` / `…労働局…課 TEL…`), is one more contact of the
        // block; one under a label of its own (`〔…について〕…課 TEL…`) is not.
        let another =
            || numbered && it.text.starts_with(is_noun_char) && is_office_contact_line(&it.text);
        if contact_line || !numbered && is_org_unit_line(&it.text) || another() {
            end = n + 1;
            numbered = numbered || phone_number(&it.text).is_some();
        } else if !bare {
            break;
        }
    }
    if end == 0 || next[0].gap_before && !bare {
        return;
    }
    let (_, mut next) = runs.pop_front().expect("looked at");
    let rest = next.split_off(end);
    block.body = next;
    if !rest.is_empty() {
        runs.push_front((None, rest));
    }
}

/// A contact's line broken inside its phone number (`TEL:0857-29-` /
/// `1707)`) or inside its web address (`https://…/tottori-roudou` /
/// `kyoku/`): the line below goes on with it, with no space between.
pub fn contact_wraps(above: &str, below: &str) -> bool {
    let above = above.trim_end();
    let number = above
        .strip_suffix('-')
        .is_some_and(|a| a.ends_with(|c: char| c.is_ascii_digit()))
        && below.starts_with(|c: char| c.is_ascii_digit());
    number || address_wraps(above, below)
}

/// A web address ending `above` goes on at the start of `below`: the line
/// below opens on characters of an address only (`kyoku/`), neither a new
/// address nor a label of the contact's (`TEL`, `FAX`, `E-mail`).
fn address_wraps(above: &str, below: &str) -> bool {
    let last = above.rsplit(' ').next().unwrap_or(above);
    let address = last.starts_with("http") || last.starts_with("www.");
    let first = below.split(' ').next().unwrap_or(below);
    let url_char = |c: char| c.is_ascii_alphanumeric() || "./_~%?=&#-".contains(c);
    address
        && !first.is_empty()
        && first.chars().all(url_char)
        && below.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '/')
        && !first.starts_with("http")
        && !first.starts_with("www.")
        && !is_contact_line(below)
}

/// A line of a contact block by its first word: a postal code, a phone or fax
/// number, a web or mail address (`〒380-8572 …`, `TEL 026-…`, `URL …`), also
/// with its label in brackets (`(TEL)018-…`, `(E-mail:…)`).
fn is_contact_line(text: &str) -> bool {
    let t = text.trim_start_matches(['・', '◆', '■', '●', '○', '(']);
    let Some(first) = t.chars().next() else {
        return false;
    };
    match first {
        '〒' | '℡' => true,
        '0' => phone_number(t).is_some_and(|p| t.starts_with(&p[..p.find('-').unwrap_or(0)])),
        '電' | '住' | 'メ' | 'T' | 'F' | 'U' | 'H' | 'E' | 'M' | 'h' | 'e' | 'm' | 't' | 'f'
        | 'u' => {
            regex!(r"^(?i:(?:tel|fax|url|hp|https?://|e-?mail|mail)|電話|住所|メール|ホームページ)")
                .is_match(t)
        }
        _ => false,
    }
}

/// The units an office's name ends on (`…職業安定課`, `…雇用対策係`).
const OFFICE_UNITS: [&str; 10] = [
    "部",
    "課",
    "室",
    "係",
    "班",
    "担当",
    "センター",
    "グループ",
    "チーム",
    "事務所",
];

/// A contact of another office printed on a line of its own, beside the
/// bureau's (`(制度の詳細)…県雇用対策課 0xx-…`, `〔事業内容について〕…市商工課
/// TEL:…`, `…市文化課 TEL:…`): after an optional label in brackets, an office's
/// name ending on its unit (課, 部, 室, センター …) and then its number, no
/// sentence. Such a line belongs to no section; the case's contact stays the
/// bureau's.
pub fn is_office_contact_line(text: &str) -> bool {
    // (Cheap first: a number's dash, no sentence end, a line's length.)
    if !text.contains('-') || text.contains('。') || text.len() > 240 {
        return false;
    }
    let close = match text.chars().next() {
        Some('(') => ')',
        Some('〔') => '〕',
        Some('【') => '】',
        Some('<') => '>',
        Some('[') => ']',
        Some('《') => '》',
        Some('≪') => '≫',
        Some('〈') => '〉',
        _ => '\0',
    };
    let office = if close == '\0' {
        text
    } else {
        match text.find(close) {
            Some(at) => text[at + close.len_utf8()..].trim_start(),
            None => return false,
        }
    };
    let Some(number) = phone_numbers(office).next() else {
        return false;
    };
    // The office: the words before the number and its label (`TEL:`), all
    // names (no particle, no 、), ending on a unit (`…課`, `…センター`).
    let name = office[..number.start]
        .trim_end_matches([' ', ':', '('])
        .trim_end_matches(['T', 'E', 'L', 'e', 'l', '℡'])
        .trim_end_matches("電話")
        .trim_end_matches([' ', '(']);
    (3..=40).contains(&name.chars().count())
        && OFFICE_UNITS.iter().any(|u| name.ends_with(u))
        && !name.contains(['、', 'は', 'を', 'が', 'で', 'に', 'へ'])
}

/// A line continuing a contact's organisation: names of a bureau's units only
/// (no particle, no mark), the last ending on a unit — 部, 課, 室, 係, 班,
/// 担当, センター … (`地方人材対策担当`, `千葉労働局 職業安定部 職業安定課`) —
/// and after it nothing, a bracket (`雇用対策係(担当:佐藤)`,
/// `就労支援担当(TEL:…)`) or a contact's number (`… TEL 043-…`).
fn is_org_unit_line(text: &str) -> bool {
    if !text.starts_with(is_noun_char) {
        return false;
    }
    let end = text
        .find(|c: char| !(is_noun_char(c) || c == ' ' || c == '・'))
        .unwrap_or(text.len());
    let (names, rest) = text.split_at(end);
    let names = names.trim_end();
    names.chars().count() > 2
        && OFFICE_UNITS.iter().any(|u| names.ends_with(u))
        && (rest.is_empty() || rest.starts_with('(') || is_contact_line(rest))
}

/// A role header printed as a row of boxes apart (`【熊本市】 【ハローワーク】`,
/// white space between the boxes) is a table flattened by the conversion: each
/// box had its own column of items. When the items below can be dealt one
/// group to each box ([`deal_items`]), each box gets its group, in order.
/// Otherwise (and always for boxes glued together, `【三重県】【…連合会】`, one
/// box naming two organisations) the organisations share the block.
fn split_boxes_apart(block: Block, runs: &mut VecDeque<Run>) -> Vec<Block> {
    let (orgs, table) = match (&block.kind, &block.head) {
        (BlockKind::Role(orgs), Some(head))
            if orgs.len() >= 2 && head.text.matches("】 【").count() + 1 == orgs.len() =>
        {
            (orgs.clone(), false)
        }
        // A bare row of names ([`role_table_row`]).
        (BlockKind::Role(orgs), Some(head)) if orgs.len() >= 2 && !head.text.starts_with('【') => {
            (orgs.clone(), true)
        }
        _ => return vec![block],
    };
    let groups = if table {
        table_columns(&block.body, &orgs)
    } else {
        deal_items(&block.body, orgs.len(), runs)
    };
    let Some(groups) = groups else {
        return vec![block];
    };
    let mut head = block.head;
    orgs.into_iter()
        .zip(groups)
        .map(|(org, body)| Block {
            kind: BlockKind::Role(vec![org]),
            head: head.take(),
            body,
            anchored_to: None,
        })
        .collect()
}

/// The columns of a role table under its row of names ([`role_table_row`]):
/// read out side by side on each line, or one group of items to each name
/// where blank lines part them so ([`item_groups`]). Otherwise the items,
/// read out column after column, are parted by what they say
/// ([`columns_by_content`]). None when there are fewer items than names.
fn table_columns(body: &[Item], orgs: &[String]) -> Option<Vec<Vec<Item>>> {
    let n = orgs.len();
    if let Some(columns) = side_by_side(body, n) {
        return Some(columns);
    }
    let groups = item_groups(body);
    if groups.len() == n {
        return Some(groups);
    }
    // Each item: a bullet line and the lines wrapped below it.
    let mut items: Vec<Vec<Item>> = Vec::new();
    for it in body {
        match items.last_mut() {
            Some(item) if !starts_with_bullet(&it.text) => item.push(it.clone()),
            _ => items.push(vec![it.clone()]),
        }
    }
    if items.len() < n {
        return None;
    }
    let texts: Vec<String> = items
        .iter()
        .map(|lines| lines.iter().map(|l| l.text.as_str()).collect())
        .collect();
    let gaps: Vec<bool> = items.iter().map(|lines| lines[0].gap_before).collect();
    let sizes = columns_by_content(&texts, &gaps, orgs);
    let mut items = items.into_iter();
    Some(
        sizes
            .into_iter()
            .map(|size| items.by_ref().take(size).flatten().collect())
            .collect(),
    )
}

/// How the items of a role table, read out column after column, fall to its
/// columns (`orgs`, in order), when nothing on the page parts them: as the
/// contiguous runs, in order, one or more items each, that give the most
/// items to the organisation whose job they read as ([`job_score`]), a cut
/// at a blank line counting for one more; of splits as good, the one whose
/// runs are the most even; of those, the one whose runs keep together the
/// most items that share a word ([`share_a_word`]: `市内クラブの運営` and
/// `クラブ見学の調整`), an item with no cue going with the neighbours it
/// speaks of. Returns the size of each run.
fn columns_by_content(items: &[String], gaps: &[bool], orgs: &[String]) -> Vec<usize> {
    let (n, m) = (orgs.len(), items.len());
    let words: Vec<Vec<&str>> = items.iter().map(|t| content_words(t)).collect();
    // best[k][i]: the best split of the first i items into k runs, as
    // (score, minus the sum of squared run lengths, pairs sharing a word),
    // and the last run's start.
    let mut best = vec![vec![None::<((i32, i64, usize), usize)>; m + 1]; n + 1];
    best[0][0] = Some(((0, 0, 0), 0));
    for k in 1..=n {
        for i in k..=m {
            for start in k - 1..i {
                let Some(((score, even, kin), _)) = best[k - 1][start] else {
                    continue;
                };
                let run: i32 = items[start..i]
                    .iter()
                    .map(|t| job_score(t, &orgs[k - 1]))
                    .sum();
                let cut = i32::from(start > 0 && gaps[start]);
                let len = (i - start) as i64;
                let together = (start..i)
                    .flat_map(|a| (a + 1..i).map(move |b| (a, b)))
                    .filter(|&(a, b)| share_a_word(&words[a], &words[b]))
                    .count();
                let value = (score + run + cut, even - len * len, kin + together);
                if best[k][i].is_none_or(|(v, _)| value > v) {
                    best[k][i] = Some((value, start));
                }
            }
        }
    }
    let mut sizes = vec![0; n];
    let mut end = m;
    for k in (1..=n).rev() {
        let (_, start) = best[k][end].expect("one item at least per run");
        sizes[k - 1] = end - start;
        end = start;
    }
    sizes
}

/// The words of a role item that name a thing: each run of two or more
/// katakana (`クラブ`, `セミナー`) or of two or more kanji (`見学`, `農地`).
fn content_words(item: &str) -> Vec<&str> {
    let kind = |c: char| match c {
        'ァ'..='ヺ' | 'ー' => 1,
        '一'..='鿿' | '々' => 2,
        _ => 0,
    };
    let mut words = Vec::new();
    let mut start = 0;
    let mut current = 0;
    for (at, c) in item
        .char_indices()
        .chain(std::iter::once((item.len(), ' ')))
    {
        let k = kind(c);
        if k != current {
            if current != 0 && item[start..at].chars().nth(1).is_some() {
                words.push(&item[start..at]);
            }
            start = at;
            current = k;
        }
    }
    words
}

/// Two role items share a word ([`content_words`]) when both name the same
/// thing in the same word (`クラブ` and `クラブ`; `説明会` is no `説明`).
fn share_a_word(a: &[&str], b: &[&str]) -> bool {
    a.iter().any(|w| b.contains(w))
}

/// How plainly a role item reads as the job of `org`: naming the
/// organisation (+3), its place's people or area (`市広報`, `県民`, `市内`:
/// +2 for that municipality or prefecture), or the work of its kind (+2):
/// for the labour bureau and Hello Work (国 in a role table) job offers and
/// placement (求人, 職業紹介, 職業相談, 求職者, 選考); for a school its
/// teaching (カリキュラム, 講師, 授業); for another partner what it
/// receives or its members (受入, 会員); a local authority's budget and
/// publicity (予算, 助成, 広報, 会場, 企画) count +1 for it.
fn job_score(item: &str, org: &str) -> i32 {
    let labour = org == "国"
        || ["ハローワーク", "労働局", "職業安定所", "HW"]
            .iter()
            .any(|w| org.contains(w));
    let local = (!labour)
        .then(|| org.chars().last())
        .flatten()
        .filter(|c| matches!(c, '県' | '都' | '府' | '道' | '市' | '町' | '村' | '区'));
    let school = ends_with_any(org, &["学校", "大学", "大学校", "学院", "校", "塾"]);
    let mut score = 0;
    if org.chars().nth(1).is_some() && item.contains(org) {
        score += 3;
    }
    if let Some(place) = local {
        let of_place = item.char_indices().any(|(at, c)| {
            c == place
                && item[at + c.len_utf8()..]
                    .starts_with(['内', '外', '民', '報', '広', '立', '営', '有', 'H'])
        });
        if of_place {
            score += 2;
        }
        if regex!(r"予算|助成|補助|広報|会場|企画|支給|誘致").is_match(item) {
            score += 1;
        }
    } else if labour {
        if regex!(r"求人|職業紹介|職業相談|求職|マッチング|ナビゲーター|選考|あっせん|雇用保険")
            .is_match(item)
        {
            score += 2;
        }
    } else if school {
        if regex!(r"カリキュラム|講師|授業|教材|講義|指導").is_match(item) {
            score += 2;
        }
    } else if regex!(r"受入|受け入れ|会員|加盟").is_match(item) {
        score += 2;
    }
    score
}

/// Role headers read out one below the other with nothing between them
/// (`【熊本市】` / `【ハローワーク】`, then the items): the header boxes of a
/// table, read before its columns. Takes the headers that follow `block`'s
/// with no blank line while each has no text of its own yet, and the text
/// below the last; returns each header with its organisations (none when
/// `block` heads no such stack).
fn stack_role_headers(block: &mut Block, runs: &mut VecDeque<Run>) -> Vec<(Item, Vec<String>)> {
    let (BlockKind::Role(orgs), Some(head)) = (&block.kind, &block.head) else {
        return Vec::new();
    };
    let mut stack = vec![(head.clone(), orgs.clone())];
    while block.body.is_empty() {
        match runs.front() {
            Some((Some(h), _)) if !h.gap_before && matches!(h.kind, ItemKind::RoleHeader(_)) => {
                let (Some(h), body) = runs.pop_front().expect("looked at") else {
                    unreachable!("matched a header")
                };
                let ItemKind::RoleHeader(orgs) = &h.kind else {
                    unreachable!("matched a role header")
                };
                stack.push((h.clone(), orgs.clone()));
                block.body = body;
            }
            _ => break,
        }
    }
    if stack.len() < 2 {
        return Vec::new();
    }
    stack
}

/// The items below a stack of role headers ([`stack_role_headers`]): one group
/// to each header when they can be dealt so ([`deal_items`]); otherwise, as
/// the headers are printed, the items are the last header's.
fn deal_to_stack(
    block: Block,
    stack: Vec<(Item, Vec<String>)>,
    runs: &mut VecDeque<Run>,
) -> Vec<Block> {
    let n = stack.len();
    let groups = deal_items(&block.body, n, runs).unwrap_or_else(|| {
        let mut g = vec![Vec::new(); n - 1];
        g.push(block.body);
        g
    });
    stack
        .into_iter()
        .zip(groups)
        .map(|((head, orgs), body)| Block {
            kind: BlockKind::Role(orgs),
            head: Some(head),
            body,
            anchored_to: None,
        })
        .collect()
}

/// Deal the items below a table of `n` role boxes, one group to each box: by
/// columns read out side by side on each line (`◆会場の確保 ◆求人の受理`), or
/// by groups of items ([`item_groups`]), taking further runs of bullets after
/// blank lines if needed. None, and the runs taken given back, when the items
/// do not fall into `n` groups.
fn deal_items(body: &[Item], n: usize, runs: &mut VecDeque<Run>) -> Option<Vec<Vec<Item>>> {
    if let Some(columns) = side_by_side(body, n) {
        return Some(columns);
    }
    let mut body = body.to_vec();
    let own = body.len();
    let mut taken = 0;
    while item_groups(&body).len() < n {
        let column = |next: &[Item]| {
            starts_with_bullet(&next[0].text)
                && !looks_like_caption(next)
                && !next.iter().any(|i| crate::metrics::has_count(&i.text))
        };
        match runs.front() {
            Some((None, next)) if column(next) => {
                let (_, mut next) = runs.pop_front().expect("looked at");
                body.append(&mut next);
                taken += 1;
            }
            _ => break,
        }
    }
    let groups = item_groups(&body);
    if groups.len() == n {
        return Some(groups);
    }
    // Give back the runs taken for nothing.
    let mut rest = body.split_off(own);
    for _ in 0..taken {
        let start = rest.iter().rposition(|i| i.gap_before).unwrap_or(0);
        runs.push_front((None, rest.split_off(start)));
    }
    None
}

/// The items of a role block in groups: a new group opens at a bullet after a
/// blank line, or with another mark than the bullet before it.
fn item_groups(body: &[Item]) -> Vec<Vec<Item>> {
    let mut groups: Vec<Vec<Item>> = Vec::new();
    let mut mark: Option<char> = None;
    for it in body {
        let bullet = it
            .text
            .chars()
            .next()
            .filter(|_| starts_with_bullet(&it.text));
        let opens = match (bullet, mark) {
            (Some(b), Some(m)) => it.gap_before || b != m,
            _ => groups.is_empty(),
        };
        if let Some(b) = bullet {
            mark = Some(b);
        }
        match groups.last_mut() {
            Some(g) if !opens => g.push(it.clone()),
            _ => groups.push(vec![it.clone()]),
        }
    }
    groups
}

/// Columns read out side by side: every line splits, at white space before a
/// bullet, into `n` pieces (`◆会場の確保 ◆求人の受理`). Piece k of each line is
/// column k.
fn side_by_side(body: &[Item], n: usize) -> Option<Vec<Vec<Item>>> {
    let mut columns: Vec<Vec<Item>> = vec![Vec::new(); n];
    for it in body {
        let mut cuts = vec![0];
        let text = it.text.as_str();
        for (i, _) in text.match_indices(' ') {
            if starts_with_bullet(&text[i + 1..]) {
                cuts.push(i + 1);
            }
        }
        if cuts.len() != n {
            return None;
        }
        cuts.push(text.len());
        for (k, w) in cuts.windows(2).enumerate() {
            let mut piece = it.clone();
            piece.text = text[w[0]..w[1]].trim().to_string();
            columns[k].push(piece);
        }
    }
    (!body.is_empty()).then_some(columns)
}

/// A heading line with no blank line between it and a paragraph or another
/// heading above it. Text glued below such a heading is no sign of its
/// section: a page that prints each section's text above its heading glues
/// every heading to two paragraphs, the one above being its own; and headings
/// read out in a column (the slide's left-hand labels) are a row of headings
/// written one per line, whose contents stand wherever the conversion put them.
/// A headline above (the title printed over the first heading) is no section's
/// text and leaves the heading its text below.
fn glued_above(heading: &Item, above: Option<&Block>) -> bool {
    let headline =
        |b: &Block| b.body.len() <= 2 && b.body.last().is_some_and(|l| is_headline(&l.text));
    !heading.gap_before
        && above.is_some_and(|b| match b.kind {
            BlockKind::Paragraph => !headline(b),
            BlockKind::Headings(_) => true,
            _ => false,
        })
}

/// The next run is a caption printed inside the box's last line
/// ([`set_captions_inside_lines_apart`]: on a line of its own, the rest of
/// the line right below it with no blank line between).
fn caption_inside_line(block: &Block, runs: &VecDeque<Run>) -> bool {
    let (Some((Some(caption), body)), Some((None, text))) = (runs.front(), runs.get(1)) else {
        return false;
    };
    caption.kind == ItemKind::TrailingCaption
        && body.is_empty()
        && !text[0].gap_before
        && block
            .body
            .last()
            .is_some_and(|l| l.line != caption.line && l.line + 1 == caption.line)
}

/// A role or comment header with nothing below it yet, then a caption-like
/// phrase (`…の様子`, a mascot name), then text the header would take: the
/// caption belongs to a photo printed beside the box and was read out between
/// the header and its text. The caption is set aside as a block of its own and
/// the header keeps its text.
///
/// The same holds between the items of a role block (its bullets run on past
/// the caption as they run on past a blank line), and inside a sentence: a box
/// whose last line stops mid-sentence (a particle or 、 at its end, or the text
/// after the caption cannot open a sentence; in a comment, any end but a
/// sentence's) runs on past the caption.
fn caption_before_text(block: &Block, next: &[Item], after: Option<&Run>) -> bool {
    let Some((None, text)) = after else {
        return false;
    };
    let opened = matches!(block.kind, BlockKind::Role(_))
        || block.body.is_empty() && matches!(block.kind, BlockKind::Comment(_));
    // A comment is speech in sentences: a last line that ends none (`…社協が同`)
    // was cut by the photo, even mid-word.
    let comment = matches!(block.kind, BlockKind::Comment(_));
    let mid_sentence = block.body.last().is_some_and(|l| {
        ends_mid_sentence(&l.text)
            || runs_on_from(&l.text, &text[0].text)
            || comment && !is_terminal(&l.text)
    }) && !starts_with_bullet(&text[0].text);
    (opened || mid_sentence) && looks_like_caption(next) && continues(block, text)
}

/// A header item (or none) and the text items that follow it with no blank line.
type Run = (Option<Item>, Vec<Item>);

fn runs(items: Vec<Item>) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for it in items {
        let opens_body = |r: &Run| {
            matches!(
                r.0.as_ref().map(|h| &h.kind),
                Some(ItemKind::RoleHeader(_)) | Some(ItemKind::CommentHeader(_)) | None
            )
        };
        match it.kind {
            ItemKind::Text => match runs.last_mut() {
                Some(r) if !it.gap_before && opens_body(r) && !ends_comment(r, &it) => r.1.push(it),
                _ => runs.push((None, vec![it])),
            },
            _ => runs.push((Some(it), Vec::new())),
        }
    }
    runs
}

/// A comment header printed at the foot of its box (`…考えていきます。` /
/// `＜〇〇から一言＞`): a header with no text after it (a blank line, then
/// another header, heading or line of the template, or the page's end), right
/// below a box of a few short lines of sentences in a speaker's voice
/// ([`in_a_speakers_voice`]), heads that box.
fn headers_below_their_text(mut runs: Vec<Run>) -> Vec<Run> {
    let mut i = 1;
    while i < runs.len() {
        // (Cheap first: a comment header with no text of its own.)
        let bare_header = runs[i].1.is_empty()
            && matches!(
                runs[i].0.as_ref().map(|h| &h.kind),
                Some(ItemKind::CommentHeader(_))
            );
        let nothing_after = || runs.get(i + 1).is_none_or(|(head, _)| head.is_some());
        let a_speakers_box = |(head, body): &Run| {
            head.is_none()
                && (1..=8).contains(&body.len())
                && !starts_with_bullet(&body[0].text)
                && body.iter().all(|l| l.width() <= 40)
                && body.last().is_some_and(|l| l.text.ends_with('。'))
                && in_a_speakers_voice(&body.iter().map(|l| l.text.as_str()).collect::<String>())
        };
        if bare_header && nothing_after() && a_speakers_box(&runs[i - 1]) {
            let (head, _) = runs.remove(i);
            runs[i - 1].0 = head;
        } else {
            i += 1;
        }
    }
    runs
}

/// Sentences a person says, not a report's: a thought or a feeling
/// (`…と思う。`, `…と感じた。`), a wish (`…したい。`), the polite forms
/// (`…です。`, `…ます。`).
pub fn in_a_speakers_voice(text: &str) -> bool {
    [
        "と思",
        "と感じ",
        "たい。",
        "です。",
        "ます。",
        "でした。",
        "ました。",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// A comment box holds speech: a 【…】 label line (【今後の課題】) below it
/// heads other content.
fn ends_comment(run: &Run, it: &Item) -> bool {
    matches!(
        run.0.as_ref().map(|h| &h.kind),
        Some(ItemKind::CommentHeader(_))
    ) && it.text.starts_with('【')
}

/// Does the run `next` (which follows a blank line) continue `block`?
fn continues(block: &Block, next: &[Item]) -> bool {
    let first = &next[0];
    // The words of a diagram (`相談 → 職場体験 → 就職`) end at a blank line.
    if block.kind == BlockKind::Paragraph
        && (flow_of_steps(&block.body) || arrow_diagram(&block.body))
    {
        return false;
    }
    if is_theme_label(&first.text) || block.body.len() == 1 && is_theme_label(&block.body[0].text) {
        return false;
    }
    // A short line after a line left mid-sentence (`…プログラムの` / `案内`)
    // finishes it; only a photo caption by its own form stands apart there.
    let finishes = next.len() == 1
        && block
            .body
            .last()
            .is_some_and(|l| ends_mid_sentence(&l.text))
        && !reads_as_photo_caption(next, &first.text);
    if looks_like_caption(next) && !finishes {
        return false;
    }
    if matches!(block.kind, BlockKind::Comment(_)) && first.text.starts_with('【') {
        return false;
    }
    let Some(last) = block.body.last() else {
        // A comment or role header followed by a blank line: its text comes next.
        return matches!(block.kind, BlockKind::Comment(_) | BlockKind::Role(_));
    };
    let is_role = matches!(block.kind, BlockKind::Role(_));
    // A role block's items end at a label in brackets (`＜企業の声＞`); a
    // note in round ones (`(市報、HP掲載)`) may still belong to an item.
    if is_role && is_label_line(&first.text) && !first.text.starts_with('(') {
        return false;
    }
    let width = block.max_width().max(1);
    let next_width = next.iter().map(Item::width).max().unwrap_or(0);
    if starts_with_bullet(&first.text) {
        // Further bullets of a role block: same mark, same box width, no counted figure.
        if !is_role {
            return false;
        }
        let mark = block.body.iter().find_map(|i| {
            i.text
                .chars()
                .next()
                .filter(|_| starts_with_bullet(&i.text))
        });
        let same_mark = mark.is_some_and(|m| first.text.starts_with(m));
        let counted = next.iter().any(|i| crate::metrics::has_count(&i.text));
        return (same_mark || next_in_numbering(&block.body, &first.text))
            && next_width <= width * 14 / 10 + 1
            && !counted;
    }
    // A numbered label (`5.今後の展開`) heads a box of its own, as a 【】 one does.
    if numbered_label(&first.text).is_some() {
        return false;
    }
    // Text that cannot start a sentence, or an open bracket: plainly one sentence.
    if runs_on_from(&last.text, &first.text) || has_open_bracket(&block.body) {
        return true;
    }
    // A role block's items carry one mark (◆); a paragraph after a blank line
    // that goes on into items of other marks (○ …, ・ …) is another box: a
    // programme list, not the rest of an item.
    if is_role {
        let mark = block
            .body
            .iter()
            .find(|i| starts_with_bullet(&i.text))
            .and_then(|i| i.text.chars().next());
        let other_marks = next[1..]
            .iter()
            .any(|i| starts_with_bullet(&i.text) && mark.is_some_and(|m| !i.text.starts_with(m)));
        if other_marks {
            return false;
        }
    }
    // A headline set apart by a blank line is the title, whatever stands above it.
    if reads_as_headline(next) {
        return false;
    }
    // A headline of one or two lines set apart above a paragraph is the
    // title, not the paragraph's first lines ([`headline_over_paragraph`]).
    if matches!(block.kind, BlockKind::Paragraph)
        && reads_as_headline(&block.body)
        && !opens_on_kana(&first.text)
    {
        return false;
    }
    // A box's label on a line of its own (`【ポイント】` over its items) opens
    // its box: a paragraph's words above it, even left on a particle (a
    // headline's `…の窓口で`), do not run on into a label.
    if block.kind == BlockKind::Paragraph
        && next.len() > 1
        && first.text.starts_with('【')
        && first.text.ends_with('】')
        && first.text.matches('【').count() == 1
    {
        return false;
    }
    let mid_sentence = ends_mid_sentence(&last.text);
    // A role block's items are phrases: when none of them ends in 。, sentences
    // after a blank line (`来場者は156名、…42名。`) are another box, unless the
    // item stopped mid-sentence.
    if is_role
        && !mid_sentence
        && next.iter().any(|i| i.text.ends_with('。'))
        && !block.body.iter().any(|i| i.text.contains('。'))
    {
        return false;
    }
    // A comment box is a narrow column beside the text, broken by blank lines
    // anywhere, after a sentence too: sentences below it in as narrow a
    // column are more of the speaker's words (a headline or a caption there
    // ends in no 。; a box as wide as the page's text is no such column).
    if matches!(block.kind, BlockKind::Comment(_))
        && width.max(next_width) <= COMMENT_COLUMN
        && last.text.ends_with('。')
        && next.last().is_some_and(|l| l.text.ends_with('。'))
    {
        return true;
    }
    let finished = if is_role {
        ends_item(&last.text)
    } else {
        is_terminal(&last.text) || ends_headline(&last.text)
    };
    if finished || first.width() > width * 13 / 10 + 2 {
        return false;
    }
    // A paragraph's first line set apart by a blank line is as wide as the
    // lines of its box below (a headline above a paragraph is not, nor is
    // one as wide: see [`headline_over_paragraph`]).
    let lone_first_line = block.body.len() == 1
        && (!matches!(block.kind, BlockKind::Paragraph)
            || last.width() >= 25
                && last.width() + 2 >= next_width
                && !headline_over_paragraph(&last.text, &first.text));
    let full = last.width() + 2 >= width && (block.body.len() > 1 || lone_first_line);
    mid_sentence || full || lone_first_line
}

/// A role item numbered by a figure and a space alone (`1 講習の企画`, `2 受講者の募集`),
/// as ①② number them: the item's text after the number (`None` for a line
/// opening on no such number, or on a count or a date: `12 名`, `4 月`).
pub fn numbered_item(text: &str) -> Option<&str> {
    // (Cheap first: a digit, and a space within the next two bytes.)
    let bytes = text.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit)
        || !bytes[1..].iter().take(2).any(|b| *b == b' ')
    {
        return None;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = text[digits..].strip_prefix(' ')?;
    let next = rest.chars().next()?;
    let counted = matches!(
        next,
        '名' | '人' | '社' | '件' | '月' | '年' | '日' | '回' | '時' | '%' | '万' | '千'
    );
    (digits <= 2 && !counted && !next.is_ascii_digit() && !next.is_whitespace()).then_some(rest)
}

/// Items numbered ①②③: the line opens on the number after the last one
/// the items above carry (`①…` / `②…`), so it goes on with their list.
fn next_in_numbering(items: &[Item], text: &str) -> bool {
    let circled = |t: &str| t.chars().next().filter(|c| ('①'..='⑲').contains(c));
    let Some(last) = items.iter().rev().find_map(|i| circled(&i.text)) else {
        return false;
    };
    circled(text).is_some_and(|c| c as u32 == last as u32 + 1)
}

/// The widest line of a comment box printed as a narrow column, in characters.
pub const COMMENT_COLUMN: usize = 24;

/// A line standing alone above a paragraph, blank lines around it, that reads
/// as a headline ([`is_headline`]: no 。, a headline's closing words such as
/// …を支援, …を後押し) is the headline, not the paragraph's first line, even
/// as wide as its lines. Only where the paragraph's first line `below` could
/// finish the headline's last word (it opens on a kana: `…を支援` / `する
/// ため、…`) may it be a sentence cut in two.
fn headline_over_paragraph(line: &str, below: &str) -> bool {
    !opens_on_kana(below) && is_headline(line)
}

/// The line opens on a hiragana: it may finish the last word of the line above.
pub fn opens_on_kana(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| ('ぁ'..='ゖ').contains(&c))
}

/// The line stops after a particle or 、: the sentence runs on.
pub fn ends_mid_sentence(text: &str) -> bool {
    text.ends_with([
        '、', 'に', 'を', 'が', 'は', 'の', 'と', 'て', 'で', 'も', 'へ', 'や',
    ])
}

/// One or two lines that read as a headline on their own ([`is_headline`],
/// the first line opening it when there are two).
fn reads_as_headline(lines: &[Item]) -> bool {
    match lines {
        [one] => is_headline(&one.text),
        // A headline and its subtitle between wave dashes (`～…を実施～`).
        [first, second] if reads_as_subtitle(&second.text) => {
            opens_headline(&first.text) || is_headline(&first.text)
        }
        [first, second] => {
            opens_headline(&first.text)
                && (is_headline(&second.text)
                    || first.text.ends_with('、') && closes_wrapped_headline(&second.text))
                && first.width() + second.width() <= HEADLINE_MAX * 2
        }
        _ => false,
    }
}

/// A headline wrapped over two or three lines with no closing word of
/// [`has_headline_ending`] (`未来の職人へ` / `町と企業の協働による` /
/// `伝統工芸の担い手育成`): the lines above the last are a catch line or the
/// headline's opening (no sentence end but a catch line's !, no polite
/// ending, no list or label), and the last closes on a noun (体言止め: a
/// kanji or katakana, or !); no figure. A paragraph's form only: where it
/// stands decides.
pub fn wrapped_headline(lines: &[Item]) -> bool {
    let [above @ .., last] = lines else {
        return false;
    };
    if !(1..=2).contains(&above.len()) || last.width() > HEADLINE_MAX {
        return false;
    }
    let closes_on_noun = last
        .text
        .trim_end_matches(['!', '！'])
        .chars()
        .next_back()
        .is_some_and(is_noun_char);
    closes_on_noun
        && !last.text.contains(['。', '、'])
        && !starts_with_bullet(&last.text)
        && !last
            .text
            .starts_with(['(', '≪', '《', '<', '【', '〈', '＜', '「'])
        && above.iter().all(|l| opens_catch_line(&l.text))
        && !lines.iter().any(|l| crate::metrics::has_count(&l.text))
        && !has_open_bracket(lines)
}

/// A catch line or a headline's first line above its last ([`wrapped_headline`]):
/// headline-wide at most, no sentence (。, a polite …ます, a closing bracket)
/// but a catch line's !, not a bullet or a label.
fn opens_catch_line(text: &str) -> bool {
    let words = text.trim_end_matches(['!', '！']);
    text.chars().count() <= HEADLINE_MAX
        && !words.is_empty()
        && !text.contains('。')
        && !starts_with_bullet(text)
        && !text.starts_with(LABEL_OPENERS)
        && !is_terminal(words)
        && !["ます", "です", "ました", "でした", "ません"]
            .iter()
            .any(|end| words.ends_with(end))
}

/// A headline's subtitle: a line between two of the same dashes
/// (`～職場実習とセミナーを一体的に実施～`, `―…―`), no sentence.
pub fn reads_as_subtitle(text: &str) -> bool {
    let Some(mark) = text.chars().next() else {
        return false;
    };
    is_subtitle_mark(mark)
        && text.chars().count() >= 4
        && text.ends_with(mark)
        && !text.contains('。')
}

/// A dash that sets a subtitle off, on both sides (`～…～`, `―…―`).
fn is_subtitle_mark(c: char) -> bool {
    matches!(c, '~' | '〜' | '～' | '―' | '—' | '－')
}

/// Kana and particles that never open a sentence: the line continues the one before.
/// The particles と and や open words too (`とりまとめ`, `やりがい`): they
/// are particles before a noun written in kanji or katakana (`と送迎`, `やハローワーク`).
pub fn starts_bound(text: &str) -> bool {
    text.starts_with([
        'を', 'に', 'が', 'は', 'の', 'で', 'も', 'へ', 'ん', 'っ', 'ゃ', 'ゅ', 'ょ', 'ー', 'ぁ',
        'ぃ', 'ぅ', 'ぇ', 'ぉ', 'ッ', 'ャ', 'ュ', 'ョ', 'ン', '、', '。', ')', '」', '』',
    ]) || text
        .strip_prefix(['と', 'や'])
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| is_kanji(c) || ('ァ'..='ヺ').contains(&c))
}

/// Does the line `text` run on from the line `prev` above it? It does when it
/// cannot open a sentence ([`starts_bound`]), except after a finished
/// sentence (…。, …！): no particle follows a sentence end, so a line opening
/// on も, は, が there opens a word (`ものづくり…`, `はたらく…`, `がん患者…`)
/// and a new sentence; only a closing bracket (`」`, `)`) still belongs to the
/// sentence above.
pub fn runs_on_from(prev: &str, text: &str) -> bool {
    if prev
        .trim_end()
        .ends_with(['。', '．', '！', '!', '？', '?'])
    {
        text.starts_with([')', '」', '』'])
    } else {
        starts_bound(text)
    }
}

/// A character a noun closes on (体言止め): a kanji or a katakana (ー included).
pub fn is_noun_char(c: char) -> bool {
    is_kanji(c) || crate::normalize::is_katakana(c)
}

/// A CJK ideograph.
fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c) || c == '々'
}

/// A 「 or ( opened and not yet closed.
fn has_open_bracket(lines: &[Item]) -> bool {
    let (mut quotes, mut parens) = (0isize, 0isize);
    for c in lines.iter().flat_map(|l| l.text.chars()) {
        match c {
            '「' | '『' => quotes += 1,
            '」' | '』' => quotes -= 1,
            '(' => parens += 1,
            ')' => parens -= 1,
            _ => {}
        }
    }
    quotes > 0 || parens > 0
}

/// A role item line that ends its item (`…の周知 など`).
fn ends_item(text: &str) -> bool {
    is_terminal(text) || text.ends_with('等') || text.ends_with("など")
}

/// Widest line of a headline, in characters.
const HEADLINE_MAX: usize = 48;

/// A line that reads as a headline on its own: headline length, no sentence
/// end, not a bullet or a bracketed label, and a headline ending (…を実施,
/// …を開催!, …事業, …を強化). Used where blank lines are missing (squeezed text).
pub fn is_headline(text: &str) -> bool {
    let width = text.chars().count();
    (12..=HEADLINE_MAX).contains(&width)
        && !text.contains('。')
        && !starts_with_bullet(text)
        && !text.starts_with(LABEL_OPENERS)
        && has_headline_ending(text)
}

/// The last line of a headline wrapped at its 、 (`…講座で、` / `外国人の定着を支援`):
/// a headline's closing words on a line shorter than a headline of one line
/// ([`is_headline`]) may be, no sentence end, not a bullet or a label.
fn closes_wrapped_headline(text: &str) -> bool {
    (6..=HEADLINE_MAX).contains(&text.chars().count())
        && !text.contains(['。', '、'])
        && !starts_with_bullet(text)
        && !text.starts_with(LABEL_OPENERS)
        && has_headline_ending(text)
}

/// A headline's closing words: `…を実施`, `…セミナー`, `…を開催!`, also as
/// the end of a programme's name in quotes closing the line
/// (`…を後押しする「ミドル世代就職応援プロジェクト」`).
pub fn has_headline_ending(text: &str) -> bool {
    // A subtitle between dashes closing the text (`…を支える～…を一体的に実施～`):
    // the words before it, or its own, end as a headline's.
    if let Some(mark) = text.chars().last().filter(|&c| is_subtitle_mark(c)) {
        let inner = &text[..text.len() - mark.len_utf8()];
        if let Some(open) = inner.rfind(mark) {
            return has_headline_ending(&inner[..open])
                || has_headline_ending(&inner[open + mark.len_utf8()..]);
        }
    }
    // One of the words, then any exclamation marks; or an exclamation mark.
    let words = text.trim_end_matches(['!', '！']);
    if words.len() < text.len() {
        return true;
    }
    // No ending word ends in a bracket: strip the closing one of a name.
    let named = match words.strip_suffix(['」', '』']) {
        Some(inner) if !words.starts_with(['「', '『']) => inner,
        _ => words,
    };
    ends_with_any(named, &HEADLINE_ENDINGS)
}

/// The closing words of a headline: [`has_headline_ending`].
const HEADLINE_ENDINGS: [&str; 30] = [
    "実施",
    "開催",
    "締結",
    "強化",
    "事業",
    "応援",
    "支援",
    "推進",
    "促進",
    "連携",
    "設置",
    "開始",
    "取組",
    "取り組み",
    "セミナー",
    "プロジェクト",
    "フェア",
    "面接会",
    "相談会",
    "説明会",
    "見学会",
    "交流会",
    "講習会",
    "研修会",
    "講座",
    "ツアー",
    "キャンペーン",
    "窓口",
    "協定",
    "後押し",
];

/// A headline closed, as headlines are (体言止め), on the noun of what is
/// done, right after the object or the means of it: `…を展開`, `…ツアーで人材
/// 確保`, `…の連携で就労定着` (を or で, then two or more kanji ending the
/// text). A weaker sign than [`has_headline_ending`]'s words: diagram phrases
/// take this form too (`…方向性を規定`).
pub fn ends_on_action_noun(text: &str) -> bool {
    let is_kanji = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '々');
    let mut rev = text.chars().rev().skip_while(|&c| is_kanji(c));
    let kanji = text.chars().rev().take_while(|&c| is_kanji(c)).count();
    kanji >= 2 && matches!(rev.next(), Some('を' | 'で'))
}

/// The first line of a two-line headline: no sentence end (。, a polite …ます),
/// not a bullet or a label, and either headline-wide or plainly running on
/// (ends with a particle or 、).
pub fn opens_headline(text: &str) -> bool {
    let width = text.chars().count();
    let runs_on = text.ends_with([
        '、', 'に', 'を', 'で', 'と', 'が', 'は', 'の', 'も', 'へ', 'や',
    ]);
    width <= HEADLINE_MAX
        && (width >= 12 || runs_on)
        && !text.contains('。')
        && !starts_with_bullet(text)
        && !text.starts_with(LABEL_OPENERS)
        && !is_terminal(text)
        && !["ます", "です", "ました", "でした", "ません"]
            .iter()
            .any(|end| text.ends_with(end))
}

/// A headline ending (体言止め): `…を実施`, `…を開催！`.
pub fn ends_headline(text: &str) -> bool {
    ends_with_any(text, &["実施", "開催", "締結", "!", "！"])
}

/// A caption by its form or words, whatever stands around it: wrapped in
/// brackets (≪…≫, (…)), or naming a photo or a mascot (…の様子, ゆるキャラ).
fn reads_as_photo_caption(lines: &[Item], text: &str) -> bool {
    if lines.len() == 1 && is_wrapped(text) {
        return true;
    }
    let photo = regex!(
        r"風景|様子|模様|写真|挨拶|あいさつ|\((左|右|中央|左側|右側)\)|ゆるキャラ|マスコット|キャラクター"
    );
    lines.len() <= 2 && photo.is_match(text)
}

/// Wholly in one pair of brackets, the closing one only at the end: `≪…≫`,
/// `《…》`, `(…)`, `〈…〉`.
fn is_wrapped(text: &str) -> bool {
    [('≪', '≫'), ('《', '》'), ('(', ')'), ('〈', '〉')]
        .iter()
        .any(|&(open, close)| {
            text.strip_prefix(open)
                .and_then(|t| t.strip_suffix(close))
                .is_some_and(|inner| !inner.contains(close))
        })
}

/// Photo captions, mascot names, diagram words: a short phrase standing alone.
pub fn looks_like_caption(lines: &[Item]) -> bool {
    let short = || {
        lines
            .iter()
            .all(|l| l.width() <= 12 && !is_terminal(&l.text) || l.width() <= 3)
    };
    // The words of a diagram, whatever their length or figures (`合同ケース会議(月2回)`).
    if diagram_boxes(lines)
        || names_side_by_side(lines)
        || flow_of_steps(lines)
        || arrow_diagram(lines)
        || titled_diagram(lines)
        || spaced_out_words(lines)
    {
        return true;
    }
    // A photo's caption marked as one may say how many took part.
    if let [line] = lines {
        if marked_photo_caption(&line.text) {
            return true;
        }
    }
    // A caption by its words has one or two lines, a short phrase up to three:
    // longer runs are ruled out before their lines are joined.
    match lines.len() {
        1 | 2 => {}
        3 if short() => {}
        _ => return false,
    }
    let mut text = String::with_capacity(lines.iter().map(|i| i.text.len()).sum());
    for line in lines {
        text.push_str(&line.text);
    }
    if text.contains('。') || crate::metrics::has_count(&text) || starts_with_bullet(&text) {
        return false;
    }
    // (Three lines are short, as tested above.)
    lines.len() == 3 || reads_as_photo_caption(lines, &text) || short() || name_over_note(lines)
}

/// A photo's caption marked as one, which may say how many took part or be
/// worded as a clause (`▲見学会には15名が参加`, `(写真)相談会の様子(来場者40名)`):
/// one line opening on ▲ (not a minus sign before a figure), on (写真),
/// 写真: or a note on the photo (`※写真は…`), or naming the scene with a note in brackets after it
/// (`…の様子(参加者12名)`); no sentence (no 。), no bullet.
pub fn marked_photo_caption(text: &str) -> bool {
    // (At most 50 characters, no 。: most lines are ruled out by their ends.)
    let t = trim(text);
    if t.len() > 150 || t.chars().count() > 50 || t.contains('。') {
        return false;
    }
    if let Some(rest) = t.strip_prefix('▲') {
        let rest = rest.trim_start();
        return !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_digit());
    }
    if let Some(rest) = ["(写真)", "[写真]", "【写真】", "<写真>", "写真:", "※写真"]
        .iter()
        .find_map(|mark| t.strip_prefix(mark))
    {
        return !rest.trim().is_empty();
    }
    t.ends_with(')')
        && !starts_with_bullet(t)
        && t.rfind('(').is_some_and(|at| {
            let scene = &t[..at];
            ["様子", "風景", "模様"].iter().any(|w| scene.ends_with(w))
        })
}

/// A photo's caption standing apart below a box (blank lines around it, the
/// box's last sentence or item finished): one line naming the place or the
/// event shown with a note in round brackets (`…の相談窓口(市役所2階)`,
/// `…見学会(溶接の実演)`) — [`names_with_note`]. After a line left
/// mid-sentence it would be the sentence's end, not a caption.
pub fn caption_below(above: &Block, lines: &[Item]) -> bool {
    let [line] = lines else {
        return false;
    };
    names_with_note(&line.text)
        && matches!(
            above.kind,
            BlockKind::Paragraph | BlockKind::Role(_) | BlockKind::Comment(_)
        )
        && above
            .body
            .last()
            .is_some_and(|l| ends_item(&l.text) || ends_headline(&l.text))
}

/// A name with a note in round brackets closing the line, as photos are
/// captioned: the name a noun (no 、, no を or が of a sentence, not ending on
/// a kana particle), the note where or what (`(市役所2階)`), no date or period
/// (`実績(令和2年度)`, `(5月~9月)` are a sub-heading's or a sentence's), no
/// sentence end and no count.
fn names_with_note(text: &str) -> bool {
    if !text.ends_with(')') || !(6..=34).contains(&text.chars().count()) {
        return false;
    }
    let Some((name, note)) = text[..text.len() - 1].split_once('(') else {
        return false;
    };
    let ends_on_noun = name.chars().last().is_some_and(is_noun_char);
    name.chars().count() >= 2
        && ends_on_noun
        && !name.contains(['、', '。', 'を', 'が', ' ', '　'])
        && !note.contains(['(', ')', '。', '年', '月', '日', ':', '~', '～'])
        && !starts_with_bullet(text)
        && !crate::metrics::has_count(text)
}

/// A photo's caption written as a sentence without its 。 (`ゆるキャラも
/// 会場に来てくれました`), standing apart next to another caption (a mascot's
/// name, a photo's caption): a short line, no 。, no bullet, no count, not
/// left mid-sentence. Within a paragraph a sentence ends in 。.
pub fn caption_beside_caption(lines: &[Item]) -> bool {
    let [line] = lines else {
        return false;
    };
    let text = line.text.as_str();
    (4..=20).contains(&line.width())
        && !text.contains('。')
        && !ends_mid_sentence(text)
        && !starts_with_bullet(text)
        && !is_label_line(text)
        && !crate::metrics::has_count(text)
}

/// A photo's caption or a sign's words printed loose, with no brackets and no
/// photo word (`改修された古民家`, `企業の担当者と話す学生`, `出張相談コーナー
/// キッズスペース併設`): one line naming what the photo shows, a noun phrase
/// (closing on a noun, no を, が or は of a sentence, no 、), no 。, no
/// bullet, no bracketed label, no figure, no plan (…予定). Where it stands,
/// apart below a box of sentences or items, is the layout's to see.
pub fn loose_caption(lines: &[Item]) -> bool {
    let [line] = lines else {
        return false;
    };
    let t = line.text.trim();
    (8..=34).contains(&line.width())
        && t.chars().last().is_some_and(is_noun_char)
        && !t.bytes().any(|b| b.is_ascii_digit())
        && !t.contains(['。', '、', 'を', 'が', 'は', ':'])
        && !starts_with_bullet(t)
        && !t.starts_with(['【', '<', '≪', '《', '〈', '(', '[', '「'])
        && !ends_with_any(t, &["予定", "見込み", "方針"])
}

/// A box of a diagram: a short name over a note in round brackets on the
/// line below (`ハローワーク` / `（就職支援ナビゲーター）`, the staff who
/// stand for it), neither of them a sentence nor a list.
fn name_over_note(lines: &[Item]) -> bool {
    let [name, note] = lines else {
        return false;
    };
    name.width() <= 12
        && !is_terminal(&name.text)
        && !ends_mid_sentence(&name.text)
        && note.width() <= 16
        && note.text.starts_with('(')
        && is_wrapped(&note.text)
        && !note.text.contains(['、', '。'])
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::page::split;
    use crate::source::lines;

    #[test]
    fn trim_is_str_trim() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for t in [
                format!("{c}"),
                format!("{c}字"),
                format!("字{c}"),
                format!("{c}字{c}"),
            ] {
                assert_eq!(trim(&t), t.trim(), "U+{:04X}", c as u32);
            }
        }
        assert_eq!(trim(""), "");
    }

    #[test]
    fn a_theme_label_names_the_theme_after_a_number_or_a_marker() {
        for t in [
            "No.3 UIJターンによる移住・就職の促進",
            "事例12 ひとり親家庭の就労支援",
            "【事例5】建設業の担い手確保対策",
            "<テーマ:若者の地元就職支援>",
            "【テーマ】UIJターン",
            "テーマ:高齢者の活躍促進",
        ] {
            assert!(is_theme_label(t), "{t}");
        }
        for t in [
            // The headline, after the case's number.
            "No.4 高齢者の就労を市とハローワークが一体で後押し",
            "事例2 介護の仕事体験ツアーを開催!",
            "事例6 商店街と連携した若者定着の取組",
            "事例4 漁師と移住者がともに働く「浜の仕事体験」",
            // A number alone, a sentence, or no number at all.
            "事例1",
            "事例の紹介",
            "No.3 県内企業の求人を紹介した。",
            "テーマ別の相談会を開催",
        ] {
            assert!(!is_theme_label(t), "{t}");
        }
    }

    #[test]
    fn a_loose_caption_is_one_line_naming_what_the_photo_shows() {
        for t in [
            "古い倉庫から生まれた交流スペース",
            "面接会で求職者と話す企業の担当者",
            "就職相談コーナー リーフレット設置",
        ] {
            assert!(loose_caption(&box_of(&[t])), "{t}");
        }
        for t in [
            // Sentences, an item, a plan, a figure, a label, two lines.
            "参加者の多くが市内企業に就職した",
            "企業の担当者と求職者が直接話す場を設けた",
            "◆ 参加企業の募集と会場の確保",
            "来年度も継続して開催する予定",
            "参加者12名の職場見学会",
            "《参加者の声》",
        ] {
            assert!(!loose_caption(&box_of(&[t])), "{t}");
        }
        assert!(!loose_caption(&box_of(&[
            "古い倉庫から生まれた交流スペース",
            "面接会で求職者と話す企業の担当者"
        ])));
    }

    #[test]
    fn a_theme_tag_is_a_short_theme_in_brackets_over_the_headline() {
        for t in [
            "【農業の担い手確保】",
            "【介護人材】",
            "事例4【ひとり親支援】",
        ] {
            assert!(is_theme_tag(t), "{t}");
        }
        for t in [
            // A section, a box of content, an organisation, what comes next.
            "【実施概要】",
            "【参加者の声】",
            "【連携のポイント】",
            "【熊本県】",
            "【ハローワーク】",
            "【市の役割】",
            "【今後の展開】",
            "【事例5】",
        ] {
            assert!(!is_theme_tag(t), "{t}");
        }
        let parties = ["熊本県".to_string()];
        assert!(tag_over_headline(
            "【農業の担い手確保】",
            Some("就農を体験で後押し"),
            &parties
        ));
        assert!(!tag_over_headline(
            "【農業の担い手確保】",
            Some("◆体験会の開催"),
            &parties
        ));
        assert!(!tag_over_headline(
            "【農業の担い手確保】",
            Some("農家が高齢化している。"),
            &parties
        ));
    }

    #[test]
    fn an_item_numbered_on_from_the_items_above_goes_on_with_them() {
        let items = box_of(&["①会場の確保", "②市報での周知"]);
        assert!(next_in_numbering(&items, "③当日の受付"));
        assert!(
            !next_in_numbering(&items, "②参加者の募集"),
            "a number again"
        );
        assert!(
            !next_in_numbering(&items, "⑤参加者の募集"),
            "a number skipped"
        );
        assert!(!next_in_numbering(&items, "◆参加者の募集"));
        let marked = box_of(&["◆会場の確保"]);
        assert!(!next_in_numbering(&marked, "①参加者の募集"));
    }

    #[test]
    fn after_a_finished_sentence_a_kana_opens_a_word_not_a_particle() {
        // も, は, が after 。 open words (ものづくり, はたらく, がん): a new sentence.
        for below in [
            "ものづくり企業の見学会を開催した。",
            "はたらく場を探す若者が増えた。",
            "がん患者の就労相談を始めた。",
        ] {
            assert!(!runs_on_from("就職の促進を図る。", below), "{below}");
            let text = format!("就職の促進を図る。\n\n{below}");
            assert_eq!(blocks_of(&text).len(), 2, "{below}");
        }
        // Left mid-sentence, the same kana is a particle; after 。 a closing
        // bracket still ends the quotation above.
        assert!(runs_on_from("市内の企業", "が参加した。"));
        assert!(runs_on_from("「また参加したい。", "」との声"));
        assert_eq!(blocks_of("説明会には市内の企業\n\nが参加した。").len(), 1);
    }

    #[test]
    fn a_flow_of_steps_linked_by_arrows_is_a_diagrams_words() {
        let one = |t: &str| vec![item_of(t)];
        for flow in [
            "見学会 → 職場体験 → 採用・定着",
            "相談 ⇒ 面接",
            "求人開拓 ➡ 合同面接会 ➡ 入社後のフォロー",
        ] {
            assert!(flow_of_steps(&one(flow)), "{flow}");
            assert!(looks_like_caption(&one(flow)), "{flow}");
        }
        for not in [
            // A record of how a count grew, a sentence, a note with no arrow.
            "令和2年度 8人 → 令和3年度 15人",
            "相談者が増え、就職につながった → 今後も継続する。",
            "見学会 職場体験 採用",
            "→ 採用",
        ] {
            assert!(!flow_of_steps(&one(not)), "{not}");
        }
    }

    #[test]
    fn staff_titles_side_by_side_are_a_diagrams_words() {
        let one = |t: &str| vec![item_of(t)];
        assert!(looks_like_caption(&one("就労支援員 職業相談員 協力事業所")));
        assert!(looks_like_caption(&one("就職支援ナビゲーター 市の担当者")));
        assert!(!looks_like_caption(&one("相談員が面談し 職業相談員が紹介")));
    }

    #[test]
    fn a_row_of_names_parted_by_wide_spaces_is_a_diagrams_words() {
        let one = |t: &str| vec![item_of(t)];
        assert!(row_of_diagram_words(&one("農作業 加工場 直売所 観光農園")));
        assert!(row_of_diagram_words(&one("求職者 就労体験 職場定着")));
        // A sentence, a pair, a row of figures, a list of labelled values.
        assert!(!row_of_diagram_words(&one(
            "市が会場を用意し 国が求人を集めた"
        )));
        assert!(!row_of_diagram_words(&one("農作業 加工場")));
        assert!(!row_of_diagram_words(&one("12社 40件 85人")));
        assert!(!row_of_diagram_words(&one(
            "日時:5月 場所:市役所 対象:若者"
        )));
        // Rows of the same words over more lines, one of three at least.
        assert!(row_of_diagram_words(&box_of(&[
            "農業法人 就農体験",
            "職業相談 求人紹介 就職・定着"
        ])));
        assert!(row_of_diagram_words(&box_of(&[
            "対策会議 出張相談窓口 合同面接会",
            "再就職"
        ])));
        assert!(!row_of_diagram_words(&box_of(&[
            "農業法人 就農体験",
            "再就職"
        ])));
        assert!(!row_of_diagram_words(&box_of(&[
            "対策会議 出張相談窓口 合同面接会",
            "市が会場を用意した"
        ])));
    }

    #[test]
    fn box_words_spaced_out_letter_by_letter_are_a_diagrams_words() {
        assert!(spaced_out_words(&box_of(&[
            "市 内 企 業",
            "求 人 を 要 請"
        ])));
        assert!(looks_like_caption(&box_of(&["離 職 者 ( 再 就 職 )"])));
        // A page number, a heading spaced out, words parted by wide spaces.
        for not in ["- 3 -", "【 効 果 】", "国   県   市", "市内 企業 求人"] {
            assert!(!spaced_out_words(&box_of(&[not])), "{not}");
        }
    }

    #[test]
    fn the_ministrys_office_is_the_collections_running_matter() {
        assert!(is_bureau_logo("厚生労働省 職業安定局 首席職業指導官室"));
        assert!(is_bureau_logo("厚生労働省職業安定局"));
        assert!(!is_bureau_logo("厚生労働省の地域雇用活性化推進事業"));
        assert!(!is_bureau_logo("厚生労働省 職業安定局と連携"));
    }

    #[test]
    fn a_photos_caption_in_brackets_glued_after_an_item_is_apart() {
        assert_eq!(
            bracketed_caption_after_item("・駅と会場の間にバスを運行 ≪面接会の会場風景≫"),
            Some(("・駅と会場の間にバスを運行", "≪面接会の会場風景≫"))
        );
        assert_eq!(
            bracketed_caption_after_item("説明会を開催した。 (説明会の様子)"),
            Some(("説明会を開催した。", "(説明会の様子)"))
        );
        // A note of an item, a caption alone, a line left mid-sentence.
        for not in [
            "・説明会を開催 (月2回)",
            "≪面接会の会場風景≫",
            "県と市が説明会を (会場の様子)",
        ] {
            assert_eq!(bracketed_caption_after_item(not), None, "{not}");
        }
    }

    #[test]
    fn marked_headings_in_a_row_on_one_line() {
        use SectionKind::*;
        let kinds = |t: &str| {
            marked_heading_row(t).map(|r| r.into_iter().map(|(k, _)| k).collect::<Vec<_>>())
        };
        assert_eq!(kinds("◇事業概要 ◇役割分担"), Some(vec![Overview, Roles]));
        assert_eq!(kinds("<目的> <効果>"), Some(vec![Purpose, Effect]));
        assert_eq!(
            kinds("■課題・目的 ■実施概要 ■効果"),
            Some(vec![Purpose, Overview, Effect])
        );
        for not in [
            "◇事業概要",
            "◇事業概要 ◇参加者の声",
            "◇事業概要 を説明",
            "◆ 企業向け説明会の開催 ◆ 事業の周知",
            "<開催実績> <参加者アンケート>",
        ] {
            assert_eq!(kinds(not), None, "{not}");
        }
    }

    #[test]
    fn a_diagram_under_its_title_is_a_diagrams_words() {
        let lines = |ts: &[&str]| ts.iter().map(|t| item_of(t)).collect::<Vec<_>>();
        for words in [
            &["連携体制のイメージ", "市役所 ハローワーク 商工会", "求職者"][..],
            &["事業スキーム", "相談 → 職場見学 → 就職"],
            &[
                "支援の仕組み",
                "地域若者サポートステーション",
                "(職場体験の受入れ)",
            ],
        ] {
            assert!(titled_diagram(&lines(words)), "{words:?}");
            assert!(looks_like_caption(&lines(words)), "{words:?}");
        }
        for not in [
            // a title alone, a sentence, a count, a bullet, a long paragraph below
            &["連携体制のイメージ"][..],
            &["事業のイメージ", "参加者は企業の説明を聞いた。"],
            &["連携のイメージ", "就職者 12人"],
            &["連携のイメージ", "◆求人の開拓"],
            &[
                "連携のイメージ",
                "市の窓口で受け付けた相談をハローワークにつないで",
            ],
            &["今後の事業展開", "市役所 ハローワーク"],
        ] {
            assert!(!titled_diagram(&lines(not)), "{not:?}");
        }
    }

    #[test]
    fn a_two_line_headline_set_apart_heads_no_paragraph() {
        // As wide as the box below, blank lines around it: the headline.
        let b = blocks_of(
            "保育士の資格を生かした再就職を市と国が\n一体となって後押しする再就職の支援\n\n〈令和3年度〉\n相談会の参加者は12名であった。",
        );
        assert_eq!(b.len(), 2, "{b:?}");
        // A line opening on a kana may finish the word above: one sentence.
        let b = blocks_of(
            "保育士の資格を生かした再就職を市と国が\n一体となって後押しする再就職の支援\n\nを行った。相談会には12名が参加した。",
        );
        assert_eq!(b.len(), 1, "{b:?}");
    }

    #[test]
    fn a_comment_column_runs_on_past_a_blank_line_after_a_sentence() {
        // A narrow column: the sentences below, no wider, are the speaker's.
        let b = blocks_of(
            "＜町役場コメント＞\n農家の皆さんの協力が大きかった。\n\n「来年も受け入れたい」という声が\n多く、手応えを感じている。\n\n【効果】",
        );
        assert!(matches!(b[0].kind, BlockKind::Comment(_)), "{b:?}");
        assert_eq!(b[0].body.len(), 3, "{b:?}");
        // A comment as wide as the page's text: the paragraph below is another box.
        let b = blocks_of(
            "＜担当者の声＞\n市と国がそれぞれの強みを持ち寄ることで、きめ細かな支援ができている。\n\n令和3年度の利用者は320人、就職者は118人となり、目標を上回った。",
        );
        assert_eq!(b.len(), 2, "{b:?}");
    }

    fn item_of(text: &str) -> Item {
        Item {
            line: 1,
            text: text.to_string(),
            kind: ItemKind::Text,
            gap_before: false,
        }
    }

    fn blocks_of(text: &str) -> Vec<Block> {
        let ls = lines(text);
        let pages = split(&ls);
        group(classify(&pages[0]))
    }

    fn kinds(text: &str) -> Vec<ItemKind> {
        let ls = lines(text);
        let pages = split(&ls);
        classify(&pages[0]).into_iter().map(|i| i.kind).collect()
    }

    #[test]
    fn page_numbers_read_by_their_form() {
        for marked in [
            "-3-",
            "- 3 -",
            "― 12 ―",
            "ー3ー",
            "P.3",
            "p3",
            "P. 12",
            "-3/16-",
        ] {
            assert_eq!(page_number(marked), Some(PageNumber::Marked), "{marked}");
        }
        for bare in ["3", "12", "3/16"] {
            assert_eq!(page_number(bare), Some(PageNumber::Bare), "{bare}");
        }
        for text in [
            "24名",
            "第3回",
            "1.",
            "-",
            "平成26年",
            "1234",
            "P.3 参加者",
            "(3)",
        ] {
            assert_eq!(page_number(text), None, "{text}");
        }
    }

    #[test]
    fn footers_are_page_numbers_where_the_footer_stands() {
        // Marked anywhere; bare only as the page's first or last line; glued under
        // a paragraph too.
        let k = kinds("－２－\n就職者数\n３\n名となった。\n\n本文。\nＰ．２\n");
        assert_eq!(
            k,
            vec![
                ItemKind::Footer,
                ItemKind::Text,
                ItemKind::Text,
                ItemKind::Text,
                ItemKind::Text,
                ItemKind::Footer,
            ]
        );
        assert_eq!(kinds("２\n本文。\n２\n")[0], ItemKind::Footer);
        assert_eq!(kinds("２\n本文。\n２\n")[2], ItemKind::Footer);
        // A footer stands alone: it ends the paragraph above it.
        let blocks = blocks_of("効果があった。\n－２－\n");
        let kinds: Vec<&BlockKind> = blocks.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds, vec![&BlockKind::Paragraph, &BlockKind::Footer]);
    }

    #[test]
    fn a_bureaus_name_alone_or_a_volume_line_is_running_matter() {
        for logo in [
            "岡山労働局",
            "東京労働局",
            "北海道労働局",
            "岡山労働局 - 7 -",
            "愛媛労働局　P.7",
        ] {
            assert!(is_bureau_logo(logo), "{logo}");
        }
        for text in [
            "岡山労働局職業安定部",
            "岡山労働局 TEL:086-801-5103",
            "【岡山労働局】",
            "岡山労働局は説明会を開催",
            "都道府県労働局",
            "岡山労働局 ハローワーク岡山",
        ] {
            assert!(!is_bureau_logo(text), "{text}");
        }
        for volume in [
            "好事例集 第12集",
            "令和4年度 好事例集",
            "地域雇用対策好事例集(令和4年度版)",
            "好事例集 Vol.3",
            "R4年度 好事例集",
        ] {
            assert!(is_volume_line(volume), "{volume}");
        }
        for text in [
            "本事業は好事例集に掲載された。",
            "好事例集を参考に、市内の企業へ周知",
            "好事例集の作成 20社",
        ] {
            assert!(!is_volume_line(text), "{text}");
        }
    }

    #[test]
    fn a_bureaus_logo_at_the_head_or_foot_of_a_case_page_is_furniture() {
        // At the head and at the foot, a volume line anywhere: no field's.
        let k = kinds(
            "岡山労働局\n\n令和4年度 好事例集\n\n【岡山県】【岡山労働局ハローワーク岡山】\n\n【課題・目的】\n本文。\n\n≪照会先≫ 岡山労働局 TEL:086-801-5103\n\n岡山労働局 - 7 -\n",
        );
        assert_eq!(k[0], ItemKind::Footer);
        assert_eq!(k[1], ItemKind::Footer);
        assert_eq!(k[5], ItemKind::Contact);
        assert_eq!(k[6], ItemKind::Footer);
        // Between the contents it is no furniture (a diagram's box, a role's
        // header); nor is a page of such lines alone (a cover): no case page.
        let k = kinds("【課題・目的】\n本文。\n\n岡山労働局\n\n岡山市\n\n【効果】\n本文。\n");
        assert_ne!(k[2], ItemKind::Footer);
        let k = kinds("令和4年度 好事例集\n\n令和5年3月\n");
        assert!(k.iter().all(|k| *k == ItemKind::Text));
        // Right below a contact label, the bureau is the contact's.
        let k = kinds("【課題・目的】\n本文。\n\n【問い合わせ先】\n岡山労働局\n");
        assert_eq!(k[3], ItemKind::Text);
    }

    #[test]
    fn a_photo_caption_marked_as_one_may_count_who_took_part() {
        for caption in [
            "▲見学会には15名が参加",
            "▲農園での収穫体験",
            "※写真は見学会での作業体験の様子(令和5年9月 市内)",
            "(写真)相談会の様子(来場者40名)",
            "写真:説明会の会場(参加企業12社)",
            "交流会の様子(参加者12名)",
        ] {
            assert!(marked_photo_caption(caption), "{caption}");
            assert!(looks_like_caption(&box_of(&[caption])), "{caption}");
        }
        for text in [
            "▲5人",
            "▲ 12社",
            "◆交流会の様子(参加者12名)",
            "交流会の様子を見学した。",
            "参加者12名(うち女性5名)",
            "(写真)",
            "※写真",
            "※参加者数は延べ人数",
        ] {
            assert!(!marked_photo_caption(text), "{text}");
        }
    }

    #[test]
    fn a_diagram_drawn_downwards_with_arrows_is_a_diagrams_words() {
        let drawn = [
            "空き家バンク",
            "↓ 改修・入居",
            "移住希望者",
            "↓",
            "ハローワーク → 地元企業",
        ];
        assert!(arrow_diagram(&box_of(&drawn)));
        assert!(looks_like_caption(&box_of(&drawn)));
        // Arrows alone, sentences, counts and items are no diagram's boxes.
        for lines in [
            &["↓", "↓"][..],
            &["移住希望者", "↓ 12名が就職"],
            &["移住希望者が相談に来た。", "↓"],
            &["・空き家の改修", "↓ 入居"],
            &["移住希望者を", "↓ 地元企業へ"],
            &["移住希望者"],
        ] {
            assert!(!arrow_diagram(&box_of(lines)), "{lines:?}");
        }
        // A line of steps ends at a blank line: the paragraph below is no part of it.
        let blocks = blocks_of("相談窓口 → 職場見学 → 地元企業への就職\n\n移住した方の多くが、地元企業に就職し\nている。\n");
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn lines_are_classified_by_their_form() {
        let k = kinds(
            "国と地方自治体の連携による雇用対策好事例\n【課題･目的】\n【宮城県仙台市】 【宮城労働局マザーズハローワーク青葉】\n【仙台市】\n＜大阪市立淀川図書館のコメント＞\n≪照会先≫ 宮城労働局 ℡：022-299-8061\n【参加者の声】 とても参考になった\n本文",
        );
        assert_eq!(
            k,
            vec![
                ItemKind::Banner,
                ItemKind::Headings(vec![(SectionKind::Purpose, "課題・目的".into())]),
                ItemKind::PartyRow(vec![
                    "宮城県仙台市".into(),
                    "宮城労働局マザーズハローワーク青葉".into()
                ]),
                ItemKind::RoleHeader(vec!["仙台市".into()]),
                ItemKind::CommentHeader("大阪市立淀川図書館".into()),
                ItemKind::Contact,
                ItemKind::Text,
                ItemKind::Text,
            ]
        );
    }

    #[test]
    fn headings_in_other_words() {
        assert_eq!(heading_kind("目 的"), Some(SectionKind::Purpose));
        assert_eq!(heading_kind("結果"), Some(SectionKind::Effect));
        assert_eq!(heading_kind("取組の成果"), Some(SectionKind::Effect));
        assert_eq!(heading_kind("事業の概要"), Some(SectionKind::Overview));
        assert_eq!(heading_kind("参加者の声"), None);
        assert_eq!(heading_kind("三重県"), None);
        assert_eq!(
            heading_kind("今後の課題"),
            None,
            "the future, not the purpose"
        );
        assert_eq!(heading_kind("今後の展開"), None);
        assert_eq!(heading_kind("事業の課題"), Some(SectionKind::Purpose));
    }

    #[test]
    fn headings_printed_with_other_marks() {
        use SectionKind::*;
        let k = kinds(
            "■課題・目的\n＜実施概要＞\n［役割分担］\n《効果》\n◆ 結果\n〈目 的〉\n□事業概要：",
        );
        let labels: Vec<_> = k
            .iter()
            .map(|k| match k {
                ItemKind::Headings(h) => Some(h[0].clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            labels,
            vec![
                Some((Purpose, "課題・目的".into())),
                Some((Overview, "実施概要".into())),
                Some((Roles, "役割分担".into())),
                Some((Effect, "効果".into())),
                // Headed twice: the second is a sub-heading of the text.
                None,
                None,
                None,
            ]
        );
        // Only the whole line, mark and exact label, is a heading.
        for text in [
            "《開催実績》",
            "《研修の成果》",
            "■効果的な周知",
            "◆結果として、参加者が増えた。",
            "＜効果",
            "効果",
            "◆",
        ] {
            assert_eq!(marked_heading(text), None, "{text}");
        }
        assert_eq!(
            kinds("＜仙台市コメント＞\n《開催実績》"),
            vec![ItemKind::CommentHeader("仙台市".into()), ItemKind::Text]
        );
    }

    #[test]
    fn a_heading_printed_bare_is_the_label_alone_on_its_line() {
        use SectionKind::*;
        let heading = |k: &ItemKind| match k {
            ItemKind::Headings(h) => Some(h[0].clone()),
            _ => None,
        };
        let k = kinds("背景・課題\n\n取組内容：\n\n実 績\n◆来場者は３０名。\n\n連携体制");
        let labels: Vec<_> = k.iter().map(heading).collect();
        assert_eq!(
            labels,
            vec![
                Some((Purpose, "背景・課題".into())),
                Some((Overview, "取組内容".into())),
                Some((Effect, "実 績".into())),
                None,
                Some((Roles, "連携体制".into())),
            ]
        );
        // Every label of the template, printed bare.
        for label in [
            "課題・目的",
            "目的",
            "課題",
            "背景・目的",
            "背景・課題",
            "目的・課題",
            "課題・目標",
            "趣旨",
            "ねらい",
            "狙い",
            "背景",
            "実施概要",
            "概要",
            "事業概要",
            "取組概要",
            "取組内容",
            "実施内容",
            "事業内容",
            "取組の概要",
            "取組み概要",
            "取り組み概要",
            "取組の内容",
            "連携の内容",
            "連携内容",
            "支援の内容",
            "支援内容",
            "役割分担",
            "役割",
            "連携体制",
            "分担",
            "効果",
            "結果",
            "成果",
            "実績",
            "効果・結果",
            "結果・効果",
            "取組の効果",
            "取組結果",
            "実施結果",
            "効果・成果",
        ] {
            assert!(bare_heading(label).is_some(), "{label}");
        }
        // The same words opening a sentence or a label of other words.
        for text in [
            "目的は人材の確保。",
            "成果報告会",
            "効果的な周知",
            "事業の概要を説明",
        ] {
            assert_eq!(bare_heading(text), None, "{text}");
        }
        // The tail of a wrapped sentence, or a line the next runs on from.
        let k = kinds("講座の受講で得た\n成果\nを職場で生かしている。");
        assert!(k.iter().all(|k| heading(k).is_none()), "{k:?}");
        let k = kinds("◆受講者が増えた。\n効果\nは大きい。");
        assert!(k.iter().all(|k| heading(k).is_none()), "{k:?}");
        // After a finished sentence, with no blank line: a heading.
        let k = kinds("◆受講者が増えた。\n目的\n若者の定着を図る。");
        assert_eq!(heading(&k[1]), Some((Purpose, "目的".into())));
        // Headed once in 【】: the bare word below is a sub-heading of the text.
        let k = kinds("【効果】\n\n実績\n・参加者数 ２４名");
        assert_eq!(k[1], ItemKind::Text);
    }

    #[test]
    fn a_catch_line_over_a_headline_reads_as_a_wrapped_headline() {
        let lines = |text: &str| text.lines().map(item_of).collect::<Vec<_>>();
        for text in [
            "ものづくりの街で働こう！\n市と商工会議所とハローワークの協働による\n若手技能者の確保と定着",
            "地元で働く、地元で暮らす\n高校生の県内就職サポート",
            "農業の担い手を\n地域ぐるみで育成",
        ] {
            assert!(wrapped_headline(&lines(text)), "{text}");
        }
        for text in [
            // One line: its words decide (find_title), not its form.
            "若手技能者の確保と定着",
            // Sentences, a list, figures, a caption in brackets.
            "参加者は大変満足していた。\n今後も継続したい",
            "来年度も開催します\n詳細は市ホームページ",
            "・会場の確保\n・参加者の募集",
            "参加企業\n12社",
            "ハローワーク\n(就職支援ナビゲーター)",
            // A sentence wrapped mid-word, four lines.
            "市とハローワークが\n連携して\n支援を\n強化",
        ] {
            assert!(!wrapped_headline(&lines(text)), "{text}");
        }
    }

    #[test]
    fn numbered_headings_and_labels() {
        use SectionKind::*;
        let kind = |t: &str| marked_heading(t).map(|(k, _)| k);
        assert_eq!(kind("1.背景・課題"), Some(Purpose));
        assert_eq!(kind("(2)取組内容"), Some(Overview));
        assert_eq!(kind("③連携の成果"), Some(Effect));
        assert_eq!(kind("4) 役割分担"), Some(Roles));
        assert_eq!(kind("5.今後の展開"), None, "heads no section of the case");
        assert_eq!(numbered_label("5.今後の展開"), Some("今後の展開"));
        assert_eq!(kind("1.参加者 24名"), None, "a figure");
        assert_eq!(
            numbered_label("2.セミナーを開催し、面接会も実施した。"),
            None
        );
        assert_eq!(
            numbered_label("2019年度の結果"),
            None,
            "a year, not a number"
        );
    }

    #[test]
    fn a_numbered_heading_word_with_a_note_in_brackets() {
        use SectionKind::*;
        assert_eq!(
            marked_heading("2.取組内容(就労相談会)"),
            Some((Overview, "取組内容".to_string())),
            "the section's other name"
        );
        assert_eq!(
            marked_heading("IV 成果(令和4年度)"),
            Some((Effect, "成果".to_string()))
        );
        assert_eq!(period_note("IV 成果(令和4年度)"), Some("(令和4年度)"));
        assert_eq!(period_note("3)効果(10月~12月)"), Some("(10月~12月)"));
        assert_eq!(
            period_note("2.取組内容(就労相談会)"),
            None,
            "a name, no period"
        );
        assert_eq!(period_note("IV 成果"), None);
        assert_eq!(
            marked_heading("2.研修の様子(市役所)"),
            None,
            "no label of a section"
        );
    }

    #[test]
    fn role_items_numbered_by_a_figure_and_a_space() {
        assert_eq!(
            numbered_item("1 面接会の会場確保"),
            Some("面接会の会場確保")
        );
        assert_eq!(numbered_item("12 求人の開拓"), Some("求人の開拓"));
        assert_eq!(numbered_item("12 名が参加"), None, "a count");
        assert_eq!(numbered_item("4 月に開催"), None, "a date");
        assert_eq!(numbered_item("1.面接会"), None, "numbered otherwise");
        assert_eq!(numbered_item("2023 年度"), None);
        assert_eq!(numbered_item("面接会 1 回"), None);
    }

    #[test]
    fn a_hospital_is_an_organisation() {
        assert_eq!(role_org("病院の役割").as_deref(), Some("病院"));
        assert_eq!(role_org("市民病院").as_deref(), Some("市民病院"));
    }

    #[test]
    fn the_number_that_opens_a_numbered_line() {
        assert_eq!(number_prefix("3.事業の流れ", false), Some(2));
        assert_eq!(number_prefix("(12) 面接会", false), Some(5));
        assert_eq!(number_prefix("4) 役割分担", false), Some(3));
        assert_eq!(number_prefix("②就職面接会", false), Some('②'.len_utf8()));
        assert_eq!(number_prefix("II.成果", true), Some(3));
        assert_eq!(
            number_prefix("II.成果", false),
            None,
            "roman numerals only when asked"
        );
        assert_eq!(number_prefix("2019年度の結果", true), None, "a year");
        assert_eq!(
            number_prefix("123.の後", false),
            None,
            "three digits are no item number"
        );
        assert_eq!(number_prefix("(株)オフィス", false), None);
        // A Roman numeral set apart by a space alone (`Ⅲ　役割分担` after NFKC).
        assert_eq!(number_prefix("III 役割分担", true), Some(4));
        assert_eq!(number_prefix("IV 成果", true), Some(3));
        assert_eq!(number_prefix("IV 成果", false), None);
        assert_eq!(
            number_prefix("IIII 成果", true),
            None,
            "no numeral as written"
        );
        assert_eq!(number_prefix("IXY 社", true), None, "letters of a word");
    }

    #[test]
    fn headings_numbered_in_roman_numerals() {
        use crate::normalize::clean;
        use SectionKind::*;
        let heading = |t: &str| marked_heading(&clean(t));
        assert_eq!(
            heading("Ⅰ　背景・課題"),
            Some((Purpose, "背景・課題".to_string()))
        );
        assert_eq!(heading("Ⅲ 役割分担"), Some((Roles, "役割分担".to_string())));
        assert_eq!(heading("Ⅳ　効果"), Some((Effect, "効果".to_string())));
        assert_eq!(
            heading("Ⅱ．実施概要"),
            Some((Overview, "実施概要".to_string()))
        );
        assert_eq!(heading("Ⅱ 研修の様子"), None, "no label of a section");
    }

    #[test]
    fn headings_in_the_words_of_other_templates() {
        use SectionKind::*;
        // What set the work going is its purpose; the results of the work its effect.
        assert_eq!(
            marked_heading("●きっかけ"),
            Some((Purpose, "きっかけ".to_string()))
        );
        assert_eq!(
            bare_heading("きっかけ"),
            Some((Purpose, "きっかけ".to_string()))
        );
        assert_eq!(marked_heading("(1)きっかけ").map(|h| h.0), Some(Purpose));
        assert_eq!(
            marked_heading("●取組の成果"),
            Some((Effect, "取組の成果".to_string()))
        );
        assert_eq!(bare_heading("取組の成果").map(|h| h.0), Some(Effect));
        assert_eq!(marked_heading("●きっかけづくりの工夫"), None);
    }

    #[test]
    fn a_bare_name_heads_a_role_block_only_over_bullets() {
        let below = |next: &'static str| move || Some(next);
        assert_eq!(
            bare_role_header("長野県", below("・会場の確保"), || true),
            Some("長野県".into())
        );
        assert_eq!(
            bare_role_header("長野労働局・ハローワーク", below("◆求人の受理"), || true),
            Some("長野労働局・ハローワーク".into())
        );
        assert_eq!(
            bare_role_header("長野県", below("会場を確保した。"), || true),
            None
        );
        assert_eq!(
            bare_role_header("企業向けセミナー", below("・講話"), || true),
            None
        );
        assert_eq!(
            bare_role_header("(長野県)", below("・会場の確保"), || true),
            None
        );
    }

    #[test]
    fn a_marked_heading_under_a_bracketed_one_is_text() {
        let ls = lines("【効果】\n◆実績\n・参加者数 ２４名\n■目的");
        let items = classify(&split(&ls)[0]);
        assert!(matches!(items[0].kind, ItemKind::Headings(_)));
        assert_eq!(
            (items[1].kind.clone(), items[1].text.as_str()),
            (ItemKind::Text, "◆実績")
        );
        assert!(matches!(&items[3].kind, ItemKind::Headings(h) if h[0].0 == SectionKind::Purpose));
    }

    #[test]
    fn a_contact_runs_over_the_units_of_its_bureau_and_its_numbers() {
        // The section's unit on the line below the label, then the phone.
        let b = blocks_of(
            "≪照会先≫ 静岡労働局職業安定部職業対策課\n高齢者雇用対策係\nＴＥＬ：054-271-9970（内線４０２）\n\n【効果】\n就職者は１８名となった。",
        );
        assert_eq!(b[0].kind, BlockKind::Contact, "{b:?}");
        assert_eq!(b[0].body.len(), 2, "{b:?}");
        // A bare label over the bureau spaced out and its unit holding the number.
        let b = blocks_of(
            "〈照会先〉\n大分労働局 職業安定部 職業安定課\n地方就職支援担当（ＴＥＬ：097-535-2090）",
        );
        assert_eq!(b[0].kind, BlockKind::Contact, "{b:?}");
        assert_eq!(b[0].body.len(), 2, "{b:?}");
        // A unit naming the person in charge, then TEL and an e-mail address
        // (a line as long as a sentence's, but no sentence).
        let b = blocks_of(
            "【問い合わせ先】 岡山労働局職業安定部職業安定課\n雇用開発係（担当：田中）\nTEL：086-801-5103 E-mail：okayama-shokugyo-antei@mhlw.go.jp\n\n【効果】\n就職者は１８名となった。",
        );
        assert_eq!(b[0].body.len(), 2, "{b:?}");
        // A sentence below the contact is no unit of it.
        let b = blocks_of(
            "≪照会先≫ 大分労働局職業安定部職業安定課\n市の担当者が同行し、職場見学を行った。",
        );
        assert!(b[0].body.is_empty(), "{b:?}");
    }

    #[test]
    fn a_line_naming_units_of_a_bureau() {
        for unit in [
            "地方人材確保担当",
            "大分労働局 職業安定部 職業安定課",
            "高齢者雇用対策係(担当:鈴木)",
            "就労支援担当(TEL:097-535-2090)",
            "雇用対策室 TEL 097-535-2090",
        ] {
            assert!(is_org_unit_line(unit), "{unit}");
        }
        for other in [
            "市の担当者が同行した",
            "【ハローワーク大分】",
            "ハローワーク大分",
            "◆職業相談の実施、求人情報の提供",
            "求人開拓の担当",
        ] {
            assert!(!is_org_unit_line(other), "{other}");
        }
    }

    #[test]
    fn a_contact_line_broken_inside_its_number_or_address_goes_on_below() {
        assert!(contact_wraps("≪照会先≫ 鳥取労働局(TEL:0857-29-", "1707)"));
        assert!(contact_wraps(
            "1707) https://jsite.mhlw.go.jp/tottori-roudou",
            "kyoku/"
        ));
        // A finished number, a new address or label, Japanese text below.
        assert!(!contact_wraps("(TEL:0857-29-1707)", "1707)"));
        assert!(!contact_wraps(
            "https://jsite.mhlw.go.jp/tottori-roudoukyoku/",
            "https://www.pref.tottori.lg.jp/"
        ));
        assert!(!contact_wraps(
            "https://jsite.mhlw.go.jp/",
            "tel:0857-29-1707"
        ));
        assert!(!contact_wraps(
            "https://jsite.mhlw.go.jp/",
            "鳥取県雇用政策課"
        ));
        assert!(!contact_wraps("鳥取労働局職業安定課", "kyoku/"));
    }

    #[test]
    fn a_contact_line_by_its_first_word_its_label_in_brackets_or_not() {
        for line in [
            "TEL 026-235-7123",
            "〒380-8572 長野市中御所1-22-1",
            "(TEL)018-883-0007 (URL)https://jsite.mhlw.go.jp/akita-roudoukyoku/",
            "(E-mail:kinto-ishikawa@mhlw.go.jp)",
            "(URL)https://jsite.mhlw.go.jp/",
        ] {
            assert!(is_contact_line(line), "{line}");
        }
        for other in [
            "(写真)セミナーの様子",
            "(平成30年度)参加者 24名",
            "(Teams)によるオンライン面談",
            "職業安定課",
        ] {
            assert!(!is_contact_line(other), "{other}");
        }
    }

    #[test]
    fn another_offices_contact_on_a_line_of_its_own() {
        for line in [
            "〔研修について〕津山市産業経済部しごと・定住促進課 TEL:0868-32-2082",
            "(補助金の詳細)岡山県産業労働部労働雇用政策課 086-226-7387 https://www.pref.okayama.jp/",
            "美作市商工観光部商工政策課 TEL:0868-72-6638",
            "真庭市 産業観光部 産業政策課(TEL:0867-42-1111)",
        ] {
            assert!(is_office_contact_line(line), "{line}");
        }
        for line in [
            // A sentence mentioning a number stays where it is.
            "申込みは市商工政策課(0868-72-6638)で受け付けた。",
            // A number with no office.
            "(参加無料)TEL:0868-72-6638",
            // An office with no number.
            "〔研修について〕津山市産業経済部しごと・定住促進課",
            // A figure with a range is no number.
            "就職者 令和4年度 12人",
        ] {
            assert!(!is_office_contact_line(line), "{line}");
        }
    }

    #[test]
    fn contact_word_opening_a_sentence_is_no_contact() {
        assert_eq!(
            kinds("連絡先を登録した参加者に、新しい求人を知らせた。\n連絡先：大分労働局職業安定課 097-535-2090"),
            vec![ItemKind::Text, ItemKind::Contact]
        );
    }

    #[test]
    fn a_contact_in_charge_of_needs_a_phone_number() {
        assert_eq!(
            kinds("担当：秋田県雇用労働政策課 ＴＥＬ ０１８－８６０－２３３１\n【担当】福岡労働局職業安定課 092(434)9801\n【問い合わせ先】熊本労働局 ０９６－２１１－１７０３"),
            vec![ItemKind::Contact, ItemKind::Contact, ItemKind::Contact]
        );
        assert_eq!(
            kinds("担当：北海道労働局職業安定課 電話 (011)709-2311"),
            vec![ItemKind::Contact]
        );
        assert_eq!(
            phone_number("電話 (011)709-2311").as_deref(),
            Some("011-709-2311")
        );
        assert_eq!(
            phone_number("092(434)9801").as_deref(),
            Some("092-434-9801")
        );
        assert_eq!(
            kinds("担当：会場の確保\n◆相談コーナー担当 など"),
            vec![ItemKind::Text, ItemKind::Text]
        );
    }

    #[test]
    fn party_row_without_a_bureau_is_the_row_above_the_headings() {
        let k = kinds("【広島県】【広島市】\n【課題・目的】\n【広島県】【広島市】");
        assert!(matches!(k[0], ItemKind::PartyRow(_)));
        assert!(
            matches!(k[2], ItemKind::RoleHeader(_)),
            "below the headings it is a shared role block"
        );
    }

    fn row(names: &[&str]) -> ItemKind {
        ItemKind::PartyRow(names.iter().map(|n| n.to_string()).collect())
    }

    #[test]
    fn party_boxes_parted_by_crosses_or_middle_dots() {
        let k = kinds("【長崎県】 × 【五島市】 × 【長崎労働局ハローワーク五島】\n【目的】");
        assert_eq!(
            k[0],
            row(&["長崎県", "五島市", "長崎労働局ハローワーク五島"])
        );
        let k =
            kinds("【高知県土佐清水市】・【土佐清水商工会】・【高知労働局ハローワーク土佐清水】");
        assert_eq!(
            k[0],
            row(&[
                "高知県土佐清水市",
                "土佐清水商工会",
                "高知労働局ハローワーク土佐清水"
            ])
        );
        // One box holding two names with ・ is one party.
        let k = kinds("【鳥取県・鳥取市】 × 【鳥取労働局ハローワーク鳥取】");
        assert_eq!(k[0], row(&["鳥取県・鳥取市", "鳥取労働局ハローワーク鳥取"]));
    }

    #[test]
    fn party_names_without_brackets_by_the_banner() {
        let banner = "国と地方自治体の連携による雇用対策好事例";
        let k = kinds(&format!(
            "{banner}\n奈良県 × (公社)奈良県シルバー人材センター連合会 × 奈良労働局ハローワーク大和高田"
        ));
        assert_eq!(
            k[1],
            row(&[
                "奈良県",
                "(公社)奈良県シルバー人材センター連合会",
                "奈良労働局ハローワーク大和高田"
            ])
        );
        // Parted by ・, spaced or not; the bureau's 雇用環境・均等部 is one name.
        let k = kinds(&format!(
            "{banner}\n釧路市 ・ NPO法人くしろ若者ネット ・ 北海道労働局ハローワーク釧路"
        ));
        assert_eq!(
            k[1],
            row(&[
                "釧路市",
                "NPO法人くしろ若者ネット",
                "北海道労働局ハローワーク釧路"
            ])
        );
        let k = kinds(&format!(
            "秋田県・秋田県経営者協会・秋田労働局雇用環境・均等部\n\n{banner}"
        ));
        assert_eq!(
            k[0],
            row(&["秋田県", "秋田県経営者協会", "秋田労働局雇用環境・均等部"])
        );
    }

    #[test]
    fn names_parted_by_dots_elsewhere_or_in_a_clause_are_no_party_row() {
        let banner = "国と地方自治体の連携による雇用対策好事例";
        // A headline's line naming the partners in a clause, right above the banner.
        let k = kinds(&format!(
            "鳥取市・鳥取商工会議所・ハローワーク鳥取が連携して支援\n{banner}"
        ));
        assert_eq!(k[0], ItemKind::Text, "{k:?}");
        let k = kinds(&format!(
            "再就職に向けて、市・社協・ハローワークが伴走\n{banner}"
        ));
        assert_eq!(k[0], ItemKind::Text, "{k:?}");
        // Away from the banner, organisations joined by ・ are a diagram's words.
        let k = kinds(&format!(
            "{banner}\n\n【目的】\n就職を支援する。\n\n倉吉市・ハローワーク倉吉"
        ));
        assert!(
            !k.iter().any(|k| matches!(k, ItemKind::PartyRow(_))),
            "{k:?}"
        );
        // A role item marked ・ names no parties.
        let k = kinds(&format!("{banner}\n・米子市・ハローワーク米子"));
        assert_eq!(k[1], ItemKind::Text, "{k:?}");
    }

    #[test]
    fn a_row_of_boxes_wrapped_below_the_headings() {
        let k = kinds("【目的】\n\n【役割分担】\n\n【山梨県】 【一般社団法人山梨県経営者協会】\n【山梨労働局職業安定部】\n\n介護人材の確保");
        assert_eq!(
            k[2],
            row(&["山梨県", "一般社団法人山梨県経営者協会"]),
            "{k:?}"
        );
        assert_eq!(k[3], row(&["山梨労働局職業安定部"]));
        // A box wrapped inside: the name runs on, on the line where it opens.
        let k = kinds("【目的】\n【徳島県】 【特定非営利活動法人とくしま若者ネット\n(地域若者サポートステーション)】 【徳島労働局ハローワーク徳島】");
        assert_eq!(
            k[1],
            row(&[
                "徳島県",
                "特定非営利活動法人とくしま若者ネット(地域若者サポートステーション)"
            ])
        );
        assert_eq!(k[2], row(&["徳島労働局ハローワーク徳島"]));
    }

    #[test]
    fn boxes_over_a_box_over_items_are_role_headers() {
        // The shared role 【Ａ県】【Ａ市】 above another role block's header.
        let k = kinds("【役割分担】\n【大分県】【大分市】\n【大分労働局】\n◆求人の確保");
        assert!(matches!(k[1], ItemKind::RoleHeader(_)), "{k:?}");
        assert!(matches!(k[2], ItemKind::RoleHeader(_)), "{k:?}");
    }

    #[test]
    fn a_row_with_a_generic_box_is_a_role_row_not_the_party_row() {
        let k = kinds("【熊本市】 【ハローワーク】\n◆会場の確保\n【熊本県熊本市】 【熊本労働局ハローワーク熊本】");
        assert!(matches!(k[0], ItemKind::RoleHeader(_)), "{k:?}");
        assert!(matches!(k[2], ItemKind::PartyRow(_)), "{k:?}");
    }

    #[test]
    fn a_party_row_wrapped_onto_a_single_box_above_bullet_marked_headings() {
        // The fourth box wraps onto a line of its own; below it, after a blank
        // line, the headings are marked ■: no item for the box to head.
        let k = kinds("【新潟県】【新潟県上越市】【上越商工会議所】\n【新潟労働局ハローワーク上越】\n\n■目的\n\n■取組内容");
        assert!(matches!(k[0], ItemKind::PartyRow(_)), "{k:?}");
        assert_eq!(
            k[1],
            ItemKind::PartyRow(vec!["新潟労働局ハローワーク上越".into()])
        );
        // Over a bullet item, the box below the row is a role block's.
        let k = kinds("【新潟県】【新潟県上越市】【上越商工会議所】\n【上越市シルバー人材センター】\n■会員への周知");
        assert!(matches!(k[1], ItemKind::RoleHeader(_)), "{k:?}");
    }

    #[test]
    fn captions_side_by_side_on_one_line_are_apart() {
        assert_eq!(
            captions_on_line("(面接会場の様子) (開会式の様子)"),
            ["(面接会場の様子)", "(開会式の様子)"]
        );
        assert_eq!(
            captions_on_line("≪開会式≫  ≪個別相談コーナー≫ ≪託児室≫"),
            ["≪開会式≫", "≪個別相談コーナー≫", "≪託児室≫"]
        );
        assert_eq!(
            captions_on_line("所長があいさつ 会場の受付風景"),
            ["所長があいさつ", "会場の受付風景"]
        );
        // One caption: a space inside its brackets, or words of a diagram.
        for one in [
            "≪令和2年度 面接会風景≫",
            "若者 高齢者",
            "(公財) 県雇用開発協会",
            "≪開会式≫ 会場入口",
        ] {
            assert_eq!(captions_on_line(one), [one], "{one}");
        }
    }

    /// Plain text items, one per line, numbered from 1.
    pub(crate) fn box_of(lines: &[&str]) -> Vec<Item> {
        lines
            .iter()
            .enumerate()
            .map(|(n, t)| Item {
                line: n + 1,
                text: t.to_string(),
                kind: ItemKind::Text,
                gap_before: false,
            })
            .collect()
    }

    #[test]
    fn two_boxes_read_out_by_turns_are_told_from_one_box() {
        // Two item boxes of one width: read straight through, short lines
        // (`受入れ`, `掛け`) would run on into the next.
        let items = box_of(&[
            "◆観光協会での職場体験の",
            "◆宿泊業の求人の開拓と公",
            "受入れ",
            "開、面接会の開催",
            "◆旅館組合への参加呼び",
            "◆雇用調整助成金の申請",
            "掛け",
            "受付と支給",
        ]);
        assert_eq!(
            interleaved(&items),
            Some([vec![0, 2, 4, 6], vec![1, 3, 5, 7]])
        );
        // Two paragraphs, the right one character wider on every wrapped line.
        let paragraphs = box_of(&[
            "観光の仕事の魅力を若者に伝える",
            "宿泊業の求人は増えているが、応募",
            "機会が少なく、説明会は貴重な場",
            "者が少ない。職場の様子を直接伝え",
            "であった。旅館の若手社員の話に",
            "られる説明会は、とても有意義であ",
            "熱心に聞き入る姿が見られた。",
            "った。引き続き県と連携したい。",
        ]);
        assert_eq!(
            interleaved(&paragraphs),
            Some([vec![0, 2, 4, 6], vec![1, 3, 5, 7]])
        );
        // One box: a paragraph wrapped at one width, then its items.
        let one = box_of(&[
            "市内の宿泊業では、繁忙期の人手不足が続いており、",
            "若い世代の採用が課題となっている。職場体験を通じ",
            "て仕事の魅力を伝え、地元での就職を促進する。",
            "◆観光協会での職場体験",
            "◆宿泊業に特化した面接会の開催",
            "◆雇用調整助成金の案内",
        ]);
        assert_eq!(interleaved(&one), None);
        // One box whose wrapped lines differ a character now and then.
        let jitter = box_of(&[
            "市内の宿泊業では、繁忙期の人手不足が続いてお",
            "り、若い世代の採用が課題となっている。職場",
            "体験を通じて仕事の魅力を伝え、地元での就職を",
            "促進する。説明会には多くの若者が参加し、旅館",
            "の仕事に関心を持つ声が多く聞かれた。今後も継",
            "続し、参加する事業所を増やしていく予定であ",
            "る。",
        ]);
        assert_eq!(interleaved(&jitter), None);
        // One box of items, each over a line of figures.
        let figures = box_of(&[
            "◆ 職場体験の実績",
            "参加者４２名、うち就職者１５名（令和４年度）",
            "◆ 面接会の結果",
            "参加企業１８社、参加者６３名、採用内定２１名",
            "◆ 参加した事業所からは「来年度も参加したい」との声",
            "が多く寄せられた。",
        ]);
        assert_eq!(interleaved(&figures), None);
    }

    #[test]
    fn a_name_over_its_staff_in_brackets_is_a_diagram_box() {
        assert!(looks_like_caption(&box_of(&["市役所", "(生活支援相談員)"])));
        assert!(looks_like_caption(&box_of(&[
            "ハローワーク",
            "(就職支援コーディネーター)"
        ])));
        // A sentence, a phrase running on, a bullet: no box of a diagram.
        assert!(!looks_like_caption(&box_of(&[
            "相談員が毎週訪問した。",
            "(生活支援相談員)"
        ])));
        assert!(!looks_like_caption(&box_of(&[
            "市役所では",
            "(毎週火曜日)"
        ])));
        assert!(!looks_like_caption(&box_of(&[
            "◆市役所",
            "(生活支援相談員)"
        ])));
        assert!(!looks_like_caption(&box_of(&[
            "市役所",
            "(生活支援相談員、就労支援員、保健師)"
        ])));
    }

    /// A paragraph block of plain lines, as [`caption_below`] sees the box above.
    pub(crate) fn paragraph_of(lines: &[&str]) -> Block {
        Block {
            kind: BlockKind::Paragraph,
            head: None,
            body: box_of(lines),
            anchored_to: None,
        }
    }

    #[test]
    fn a_place_with_a_note_in_brackets_below_a_finished_box_is_a_caption() {
        let done = paragraph_of(&[
            "◆ 造船所の見学会を年2回開催し、参加者は製造",
            "現場を体験した。",
        ]);
        let held = paragraph_of(&["・毎月第2水曜日に漁協の作業場で体験会を開催"]);
        for caption in [
            "漁協の作業場での体験会(船上での網の補修)",
            "造船所見学会(溶接の実演)",
            "しごとプラザの受付(駅前ビル3階)",
        ] {
            assert!(caption_below(&done, &box_of(&[caption])), "{caption}");
            assert!(caption_below(&held, &box_of(&[caption])), "{caption}");
        }
        // Below a line left mid-sentence it ends the sentence.
        let open = paragraph_of(&["◆ 体験会の会場は、毎回"]);
        assert!(!caption_below(
            &open,
            &box_of(&["造船所見学会(溶接の実演)"])
        ));
        // Under a heading it is the section's content, not a photo's caption.
        let heading = Block {
            kind: BlockKind::Headings(vec![]),
            head: None,
            body: vec![],
            anchored_to: None,
        };
        assert!(!caption_below(
            &heading,
            &box_of(&["造船所見学会(溶接の実演)"])
        ));
        // A sentence, a period, a count, a bullet, a sub-heading's date: no
        // photo's caption.
        for not in [
            "体験会を開催(漁協の作業場)",
            "造船所見学会(7月~9月)",
            "支援実績(令和2年度)",
            "造船所見学会(参加者12名)",
            "◆造船所見学会(溶接の実演)",
            "見学会の参加者は、(溶接の実演)",
            "造船所の見学会で(溶接の実演)",
        ] {
            assert!(!caption_below(&done, &box_of(&[not])), "{not}");
        }
        // Two lines are a name over its staff (a diagram), not this.
        assert!(!caption_below(
            &done,
            &box_of(&["造船所見学会", "(溶接の実演)"])
        ));
    }

    #[test]
    fn a_short_line_without_its_full_stop_may_caption_the_photo_beside_it() {
        for caption in [
            "みなとちゃんも会場に来てくれました",
            "市長が激励に駆けつけた",
        ] {
            assert!(caption_beside_caption(&box_of(&[caption])), "{caption}");
        }
        for not in [
            "会場の漁協には延べ40名が訪れました",
            "◆みなとちゃんも来場",
            "見学会の参加者は、",
            "みなとちゃんも会場に来てくれました。",
            "造船所の見学会には県外からも多くの参加者が来てくれました",
            "<見学会の様子>",
        ] {
            assert!(!caption_beside_caption(&box_of(&[not])), "{not}");
        }
        assert!(!caption_beside_caption(&box_of(&[
            "みなとちゃんも",
            "会場に来てくれました"
        ])));
    }

    #[test]
    fn boxes_and_names_of_a_diagram_are_its_words() {
        // Names with their tasks in brackets, two on a line, a figure in one.
        let diagram = box_of(&[
            "社会福祉協議会(生活相談)",
            "若者サポステ(職場体験) 町役場(交通費の助成)",
            "支援会議(年6回)",
        ]);
        assert!(diagram_boxes(&diagram));
        assert!(looks_like_caption(&diagram));
        assert_eq!(
            captions_on_line("若者サポステ(職場体験) 町役場(交通費の助成)"),
            ["若者サポステ(職場体験)", "町役場(交通費の助成)"]
        );
        // One box alone, a sentence, an item, a phrase running on: no diagram.
        assert!(!diagram_boxes(&box_of(&["支援会議(年6回)"])));
        assert!(!diagram_boxes(&box_of(&[
            "会議を開いた(年6回)",
            "町役場(交通費の助成)"
        ])));
        assert!(!diagram_boxes(&box_of(&[
            "・支援会議(年6回)",
            "・町役場(交通費の助成)"
        ])));
        assert!(!diagram_boxes(&box_of(&[
            "相談員と町役場の(週1回)",
            "町役場(交通費の助成)"
        ])));
        // Organisations' names side by side, wider than a caption's phrase.
        assert!(looks_like_caption(&box_of(&[
            "ハローワーク八戸 八戸商工会議所・南部町商工会"
        ])));
        assert!(!looks_like_caption(&box_of(&[
            "ハローワーク八戸 八戸商工会議所で面接会を開催"
        ])));
    }

    #[test]
    fn a_headline_with_its_subtitle_ends_the_role_block_above() {
        let b = block_lines("【共通】\n◆求人情報誌の発行\n\n商店街の後継者を地域ぐるみで育てる\n～空き店舗での開業体験と職業相談を一体的に～\n");
        assert_eq!(b, vec![vec![1, 2], vec![4, 5]]);
        // The subtitle line in other dashes.
        assert!(reads_as_subtitle("―空き店舗での開業体験を実施―"));
        assert!(reads_as_subtitle("~開業体験~"));
        assert!(!reads_as_subtitle("~"));
        assert!(!reads_as_subtitle("~3月"));
        // A headline's ending may be its subtitle's.
        assert!(has_headline_ending(
            "商店街の後継者を地域ぐるみで育てる~開業体験と職業相談を一体的に実施~"
        ));
        assert!(has_headline_ending("果樹の担い手を支援~収穫体験~"));
        assert!(!has_headline_ending("商店街の後継者を育てる~空き店舗で~"));
    }

    #[test]
    fn a_partner_named_in_the_party_row_heads_its_role_block() {
        // No organisation's ending, but the party row names it.
        let k = kinds("【秋田県】【ふるさと秋田就農ネット】【秋田労働局】\n\n【役割分担】\n【ふるさと秋田就農ネット】\n◆研修先農家の紹介");
        assert_eq!(
            k[2],
            ItemKind::RoleHeader(vec!["ふるさと秋田就農ネット".into()])
        );
        // An agricultural cooperative is an organisation, the row printed or not.
        assert!(looks_like_org("JAおおいた"));
        assert!(looks_like_org("JA"));
        assert!(!looks_like_org("JAPANフェア"));
    }

    #[test]
    fn glued_role_header_and_caption_are_split_off() {
        let k = kinds("ぐんまちゃんの提供 など 【共通】\n程度開催。 就職支援セミナー実施風景");
        assert_eq!(
            k,
            vec![
                ItemKind::Text,
                ItemKind::RoleHeader(vec!["共通".into()]),
                ItemKind::Text,
                ItemKind::TrailingCaption
            ]
        );
    }

    #[test]
    fn a_blank_line_inside_a_wrapped_sentence_does_not_split_it() {
        let b = blocks_of("＜仙台市コメント＞\n子育て中の方が、求職しながら、区役\n\n所等で保育の情報収集をすることは難し\nい場合も想定される。");
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].body.len(), 3);
    }

    #[test]
    fn a_finished_sentence_and_a_blank_line_end_a_paragraph() {
        let b = blocks_of("目的を図る。\n\n次の段落である。");
        assert_eq!(b.len(), 2);
    }

    #[test]
    fn role_bullets_continue_across_a_blank_line_but_not_wider_counted_text() {
        let b = blocks_of("【県】◆求職者への案内、誘導\n\n◆資料、テキストの提供\n\n◆定員１５名\n第１回：平成２６年６月開催 参加者：１２名、就職者数：３名");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].body.len(), 2);
        assert_eq!(b[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn a_caption_after_a_role_block_stands_alone() {
        let b = blocks_of("【ハローワーク】\n◆求職者への周知\n◆マザーズコーナー出張相談\n\n（当日のスケジュール）");
        assert_eq!(b.len(), 2);
        assert!(looks_like_caption(&b[1].body));
    }

    #[test]
    fn a_caption_between_a_header_and_its_text_is_set_aside() {
        let b =
            blocks_of("【ハローワーク酒田】\n\n就職フェアの様子\n\n◆求人の受理\n◆当日の職業相談");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].kind, BlockKind::Role(vec!["ハローワーク酒田".into()]));
        assert_eq!(b[0].lines(), vec![1, 5, 6]);
        assert_eq!(
            (b[1].kind.clone(), b[1].lines()),
            (BlockKind::Paragraph, vec![3])
        );
        let c = blocks_of(
            "＜労働局コメント＞\n\nゆるキャラ「あののん」\n\n連携により支援の幅が広がった。",
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].lines(), vec![1, 5]);
        // With no text after it, the caption is not the header's either, as before.
        let d = blocks_of("【ハローワーク】\n\n就職フェアの様子\n\n【効果】");
        assert_eq!(d.len(), 3);
        assert!(d[0].body.is_empty());
        // Between the items of a role block: the items after it are the block's.
        let e = blocks_of("【市】\n◆会場の確保\n\n就職フェアの様子\n\n◆求人の受理");
        assert_eq!(e[0].lines(), vec![1, 2, 6]);
        // Unless they would not continue it anyway (a counted figure).
        let f = blocks_of("【市】\n◆会場の確保\n\n就職フェアの様子\n\n◆参加者 ２０名");
        assert_eq!(f[0].lines(), vec![1, 2]);
    }

    #[test]
    fn a_caption_read_out_mid_sentence_is_set_aside() {
        let b = blocks_of("＜労働局コメント＞\n生活面の相談から、ハローワークの職業相談へと\n\n相談会の様子\n\n切れ目なく支援できるようになった。");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].lines(), vec![1, 2, 6]);
        assert_eq!(b[1].lines(), vec![4]);
        // A finished sentence stops at the caption, as does a bullet after it.
        let c = blocks_of(
            "＜労働局コメント＞\n支援できるようになった。\n\n相談会の様子\n\n今後も連携したい。",
        );
        assert_eq!(
            c.iter().map(Block::lines).collect::<Vec<_>>(),
            vec![vec![1, 2], vec![4], vec![6]]
        );
        let d = blocks_of("市と国が連携し、求職者の\n\n相談会の様子\n\n◆参加者 ２０名");
        assert_eq!(d.len(), 3);
    }

    #[test]
    fn a_headline_after_a_blank_line_ends_the_box_above() {
        // The comment's last sentence has no 。 and fills the box: without the
        // headline rule the title would run on from it.
        let b = blocks_of("＜高知市コメント＞\n身近な地域に相談の場を設けることができた。今後も、\n若者の自立に向けて労働局やサポートステーションと連携していきたい\n\n働くことに悩みを抱える若者の就労を支援する出張相談会を実施");
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].lines(), vec![5]);
        // Two lines, the first opening the headline.
        let c = blocks_of("今後も連携して取り組んでいきたいと考えている方々\n\n子育て中の方等を対象に、\n再就職の意欲喚起を目的としたセミナーを実施");
        assert_eq!(c.len(), 2);
        // Text that cannot open a sentence runs on even when it ends like a headline.
        let d = blocks_of("＜市コメント＞\n子育て中の方が、求職しながら、区役\n\nの窓口で相談できるよう連携して就職支援を実施");
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn a_headline_as_wide_as_the_paragraph_below_is_no_first_line_of_it() {
        // The headline and the paragraph's lines are printed as wide.
        let b = blocks_of("介護の仕事の魅力を伝える職場見学会を市と国が共同で開催し、人材確保を支援\n\n市内の介護事業所の協力を得て、求職者が施設を見学し、職員と話す機会を設\nけた。見学の後にはハローワークの職員が職業相談を行った。");
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].lines(), vec![3, 4]);
        // A first line cut after the same words, the next opening on the rest
        // of the word (`支援` / `する…`), is one sentence.
        let c = blocks_of("市と国が共同で職場見学会を開き、介護事業所の人材確保を支援\n\nするとともに、求職者が施設の職員と話す機会を設けて、不安を\n和らげた。");
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn numbered_steps_under_a_label_lay_out_what_is_done() {
        // (A page with a blank line: as printed, not squeezed.)
        let steps = |text: &str| {
            blocks_of(&format!("【実施概要】\n\n{text}"))
                .iter()
                .any(|b| steps_under_label(&b.body))
        };
        assert!(steps(
            "＜相談の手順＞\n①予約：電話で相談日を決める\n②面談：相談員が\n希望を聞く"
        ));
        assert!(steps("《研修の流れ》\n(1)座学 3日間\n(2)実習 5日間"));
        // One step, no label, or the label over bullets: no steps laid out.
        assert!(!steps("＜相談の手順＞\n①予約：電話で相談日を決める"));
        assert!(!steps(
            "①予約：電話で相談日を決める\n②面談：相談員が希望を聞く"
        ));
        assert!(!steps(
            "＜参加者の声＞\n・わかりやすかった\n・また参加したい"
        ));
        // A sentence announcing them (以下の…) leads them as a label does;
        // a sentence that does not, or a bullet, leads no steps.
        assert!(steps(
            "市内の介護事業所20か所を訪問し、以下の\n3段階で受入れを支援した。\n①職場の見学\n②3日間の職場体験"
        ));
        assert!(!steps(
            "市内の介護事業所20か所を訪問した。\n①職場の見学\n②3日間の職場体験"
        ));
        assert!(!steps(
            "◆以下のとおり実施した。\n①職場の見学\n②3日間の職場体験"
        ));
    }

    #[test]
    fn content_right_below_a_heading_is_anchored_to_it() {
        let b = blocks_of("【効果】\n◆ 参加者 １３名\n\n【目的】\n\n子育て支援");
        assert_eq!(b[1].anchored_to, Some(SectionKind::Effect));
        assert_eq!(b[3].anchored_to, None);
    }

    #[test]
    fn a_heading_glued_to_text_above_and_below_anchors_neither() {
        // Each section's text printed above its heading: the text below is the next one's.
        let b = blocks_of("就職の促進を図る。\n【課題・目的】\n面接会を開催した。\n【実施概要】\n\n◆参加者 ２０名");
        assert_eq!(b.len(), 5);
        assert!(b.iter().all(|b| b.anchored_to.is_none()), "{b:?}");
        // Headings read out in a column, one per line: the text below is anyone's.
        let c = blocks_of("【課題・目的】\n【実施概要】\n面接会を開催した。");
        assert_eq!(c[2].anchored_to, None);
        // A headline above the heading is the title, not a section's text.
        // (A blank line below: a page as printed, not squeezed.)
        let d = blocks_of(
            "若者の地元就職を応援する合同企業説明会を開催\n【課題・目的】\n就職の促進を図る。\n\n【効果】",
        );
        assert_eq!(d[2].anchored_to, Some(SectionKind::Purpose));
        // A role block above does not count either.
        let e = blocks_of("【市】\n◆会場の確保\n【効果】\n◆参加者 ２０名\n\n【目的】");
        assert_eq!(e[2].anchored_to, Some(SectionKind::Effect));
    }

    proptest::proptest! {
        /// The bracketed form is read as the regex it replaced reads it.
        #[test]
        fn bracketed_comments_read_as_the_regex_did(
            s in "[<【「(市]?[市の \n声]{0,3}(コメント|声)?[ \n]{0,2}[>】」)市]?[市 \n声>]{0,3}(コメント)?[ >」]{0,2}"
        ) {
            let re = regex::Regex::new(
                r"^[<〈《【≪「『\[〔(]\s*(.*?)\s*(コメント|声)\s*[>〉》】≫」』\]〕)]\s*(.*)$",
            )
            .unwrap();
            let expected = re.captures(&s).map(|c| {
                let word = if &c[2] == "コメント" { "コメント" } else { "声" };
                (c.get(1).unwrap().as_str(), word, c.get(3).unwrap().as_str())
            });
            proptest::prop_assert_eq!(bracketed_comment(&s), expected);
        }
    }

    /// Strings of a few of the listed words, brackets, exclamation marks and kana.
    fn listed_words() -> impl proptest::strategy::Strategy<Value = String> {
        let others = [
            "!", "！", "≪", "≫", "《", "》", "(", ")", "〈", "〉", "あ", "の",
        ];
        let words: Vec<String> = ORG_ENDINGS
            .iter()
            .chain(&STAFF)
            .chain(&HEADLINE_ENDINGS)
            .chain(&others)
            .map(|w| regex::escape(w))
            .collect();
        proptest::string::string_regex(&format!("({}){{0,4}}", words.join("|"))).unwrap()
    }

    proptest::proptest! {
        /// The literal tests that replaced regexes match what the regexes matched.
        #[test]
        fn literal_tests_are_the_regexes_they_replaced(s in listed_words()) {
            let regex = |re: &str| regex::Regex::new(re).unwrap().is_match(&s);
            let org = format!("({})$", ORG_ENDINGS.join("|"));
            proptest::prop_assert_eq!(ends_with_any(&s, &ORG_ENDINGS), regex(&org));
            let staff = format!("({})$", STAFF.join("|"));
            proptest::prop_assert_eq!(ends_with_any(&s, &STAFF), regex(&staff));
            let headline = format!("({})[!！]*$|[!！]$", HEADLINE_ENDINGS.join("|"));
            proptest::prop_assert_eq!(has_headline_ending(&s), regex(&headline));
            proptest::prop_assert_eq!(ends_headline(&s), regex(r"(実施|開催|締結|[!！])$"));
            let wrapped = r"^(≪[^≫]*≫|《[^》]*》|\([^)]*\)|〈[^〉]*〉)$";
            proptest::prop_assert_eq!(is_wrapped(&s), regex(wrapped));
        }
    }

    #[test]
    fn organisations_and_subheadings() {
        for org in [
            "仙台市",
            "ハローワーク",
            "国",
            "共通",
            "太田商工会議所",
            "大阪市立淀川図書館",
            "NPO法人ワーカーズ",
            "(一財)三重県母子寡婦福祉連合会",
        ] {
            assert!(looks_like_org(org), "{org}");
        }
        for not_org in ["参加者の声", "開催実績", "今後の展開"] {
            assert!(!looks_like_org(not_org), "{not_org}");
        }
    }

    #[test]
    fn a_sentence_opens_on_an_organisation_as_its_subject() {
        let parties = [
            "静岡県浜松市".to_string(),
            "静岡労働局ハローワーク浜松".to_string(),
        ];
        let subject = |s: &'static str| sentence_subject(s, &parties);
        assert_eq!(subject("浜松市は、会場の確保を行う。"), Some("浜松市"));
        assert_eq!(
            subject("ハローワーク浜松は求人の開拓を担当した。"),
            Some("ハローワーク浜松")
        );
        assert_eq!(subject("県が、広報を担当した。"), Some("県"));
        assert_eq!(
            subject("浜松商工会議所は、会員企業に周知した。"),
            Some("浜松商工会議所")
        );
        // A party's name with kana in it, as the party row prints it.
        let kana = ["埼玉県さいたま市".to_string()];
        assert_eq!(
            sentence_subject("さいたま市は、託児を担当した。", &kana),
            Some("さいたま市")
        );
        for phrase in [
            "浜松市では、若者の流出が続いている。",
            "市と町は、合同で説明会を開く。",
            "ハローワークの職員が、相談に応じた。",
            "説明会は、年2回開催した。",
            "参加者は、42名であった。",
            "◆浜松市は、会場の確保を行う。",
            "求人の確保を行う。",
        ] {
            assert_eq!(subject(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn an_organisation_speaks_for_its_unit_or_post() {
        assert_eq!(organisation_of_unit("千葉県 雇用労働課"), Some("千葉県"));
        assert_eq!(
            organisation_of_unit("ハローワーク帯広 所長"),
            Some("ハローワーク帯広")
        );
        assert_eq!(
            organisation_of_unit("ハローワーク成田 統括職業指導官"),
            Some("ハローワーク成田")
        );
        assert_eq!(organisation_of_unit("長岡市 商工部担当者"), Some("長岡市"));
        assert_eq!(organisation_of_unit("岡山県担当者"), None);
        assert_eq!(organisation_of_unit("参加企業 人事課"), None);
        assert_eq!(organisation_of_unit("令和5年度 実績"), None);
        let header = |t: &str| comment_header(t).map(|(s, _)| s);
        assert_eq!(header("<千葉県 雇用労働課より>").as_deref(), Some("千葉県"));
        assert_eq!(header("~労働局から一言~").as_deref(), Some("労働局"));
        assert_eq!(
            header("~長岡市 商工部担当者に聞きました~").as_deref(),
            Some("長岡市")
        );
        assert_eq!(
            header("ハローワーク成田 統括職業指導官に聞きました").as_deref(),
            Some("ハローワーク成田")
        );
        assert_eq!(header("受講生に聞きました"), None);
        assert_eq!(header("先輩社員 山田さんに聞きました"), None);
    }

    #[test]
    fn comment_headers_in_other_forms() {
        let header = |t: &str| comment_header(t).map(|(s, rest)| (s, rest.to_string()));
        let some = |s: &str, rest: &str| Some((s.to_string(), rest.to_string()));
        assert_eq!(header("【労働局コメント】"), some("労働局", ""));
        assert_eq!(
            header("<大阪市立淀川図書館のコメント>"),
            some("大阪市立淀川図書館", "")
        );
        assert_eq!(header("<福井市の声>"), some("福井市", ""));
        assert_eq!(header("「担当者の声」"), some("担当者", ""));
        assert_eq!(
            header("<ハローワーク熊本所長コメント>"),
            some("ハローワーク熊本所長", "")
        );
        assert_eq!(
            header("労働局コメント:連携できた。"),
            some("労働局", "連携できた。")
        );
        assert_eq!(header("コメント:連携できた。"), some("", "連携できた。"));
        assert_eq!(header("■労働局のコメント"), some("労働局", ""));
        assert_eq!(header("◆担当者の声"), some("担当者", ""));
        assert_eq!(header("◆参加者の声"), None);
        assert_eq!(header("◆コメントカードを配布"), None);
        // The voices of the people served are content.
        for text in [
            "【参加者の声】",
            "<参加者の声>",
            "「受入企業の声」",
            "<事業所アンケート>",
            "参加者からはコメント:なし",
            "「働く場が見つかった」との声",
        ] {
            assert_eq!(header(text), None, "{text}");
        }
    }

    #[test]
    fn a_message_headed_by_who_speaks_and_yori_or_kara_hitokoto() {
        let header = |t: &str| comment_header(t).map(|(s, rest)| (s, rest.to_string()));
        let some = |s: &str, rest: &str| Some((s.to_string(), rest.to_string()));
        assert_eq!(header("鶴岡市長より"), some("鶴岡市長", ""));
        assert_eq!(header("<酒田市長より>"), some("酒田市長", ""));
        assert_eq!(
            header("「就職支援担当者から一言」"),
            some("就職支援担当者", "")
        );
        assert_eq!(
            header("<若者サポートステーション相談員から一言>"),
            some("若者サポートステーション相談員", "")
        );
        assert_eq!(header("【労働局より】"), some("労働局", ""));
        // A heading mark before the speaker is no part of the speaker.
        assert_eq!(header("■鶴岡市より"), some("鶴岡市", ""));
        assert_eq!(header("◆山形労働局から一言"), some("山形労働局", ""));
        // A wrapped line of a sentence, a note in round brackets, and the
        // people served are no speakers.
        for text in [
            "ハローワークの支援により",
            "市町村の協力により",
            "(補助金は県より)",
            "<参加企業より>",
            "受講者から一言",
            "令和5年4月より",
        ] {
            assert_eq!(header(text), None, "{text}");
        }
    }

    #[test]
    fn a_comment_header_below_its_text_heads_that_text() {
        // Below a box of a speaker's sentences, a header with nothing after
        // it but the contact heads the box, not the comment above it.
        let b = blocks_of(
            "<労働局コメント>\n連携により相談から就職まで\n支援できるようになりました。\n\n地元で働きたい方の相談が\n増えてきたと感じます。\n<鶴岡市コメント>\n\n≪照会先≫ 山形労働局 TEL:023-626-6109",
        );
        let comments: Vec<(String, String)> = b
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Comment(s) => Some((s.clone(), b.joined())),
                _ => None,
            })
            .collect();
        assert_eq!(
            comments,
            [
                (
                    "労働局".to_string(),
                    "連携により相談から就職まで支援できるようになりました。".to_string()
                ),
                (
                    "鶴岡市".to_string(),
                    "地元で働きたい方の相談が増えてきたと感じます。".to_string()
                )
            ]
        );
        // A header with its text below it after a blank line keeps that text.
        let b = blocks_of("実績を報告した。\n<鶴岡市コメント>\n\n連携してよかったと思います。");
        assert_eq!(b.last().unwrap().kind, BlockKind::Comment("鶴岡市".into()));
        assert_eq!(b.last().unwrap().joined(), "連携してよかったと思います。");
    }

    #[test]
    fn the_ideographic_zero_opening_a_name_is_the_mark_o() {
        assert_eq!(circle_mark_read_as_such("〇県"), "○県");
        assert_eq!(circle_mark_read_as_such("〇五所川原市"), "○五所川原市");
        for text in ["〇〇市", "〇 県", "〇1", "二〇二三年"] {
            assert_eq!(circle_mark_read_as_such(text), text);
        }
    }

    #[test]
    fn an_interview_header_names_the_one_asked() {
        let header = |t: &str| comment_header(t).map(|(s, rest)| (s, rest.to_string()));
        let some = |s: &str| Some((s.to_string(), String::new()));
        assert_eq!(
            header("<シルバー人材センターに聞きました>"),
            some("シルバー人材センター")
        );
        assert_eq!(header("【就労支援員に聞く】"), some("就労支援員"));
        assert_eq!(
            header("《ハローワーク所長に聞きました》"),
            some("ハローワーク所長")
        );
        // The people served give voices; a sentence telling of asking is text.
        assert_eq!(header("<利用者に聞きました>"), None);
        assert_eq!(header("事業所に聞きました。"), None);
        assert_eq!(header("<ハローワークに聞きました>の結果、"), None);
    }

    #[test]
    fn interview_lines_are_questions_and_answers() {
        assert!(is_interview_line("Q.訓練の狙いは?"));
        assert!(is_interview_line("A.現場で役立つ技能です。"));
        assert!(is_interview_line("Q2:今後の予定は?"));
        assert!(!is_interview_line("A型事業所の利用者"));
        assert!(!is_interview_line("AI講座を開催"));
        assert!(!is_interview_line("QRコードから申込み"));
    }

    #[test]
    fn a_dash_signature_names_the_body_or_the_post() {
        let sig = dash_signature;
        assert_eq!(
            sig("― 大館市観光交流課長"),
            Some((0, "大館市観光交流課長".into()))
        );
        assert_eq!(
            sig("─ 高知県漁業協同組合連合会 専務理事 浜田 誠"),
            Some((0, "高知県漁業協同組合連合会".into()))
        );
        assert_eq!(sig("-- 鳴門市長 森 一郎"), Some((0, "鳴門市長".into())));
        assert_eq!(
            sig("—— 介護福祉士会 会長"),
            Some((0, "介護福祉士会".into()))
        );
        // After the last sentence on its line: the signature starts at its dash.
        let line = "続けていきます。― 大館市観光交流課長";
        assert_eq!(
            sig(line),
            Some((line.find('―').unwrap(), "大館市観光交流課長".into()))
        );
        // No signature: a phone number, a range, a person alone, a word set off by dashes,
        // a participant.
        for text in [
            "TEL 0186-43-7000",
            "受付 9:00 - 17:00",
            "― 山田 花子",
            "―大館市―",
            "見学会 ― 職場体験 ― 採用",
            "― 参加者代表",
        ] {
            assert_eq!(sig(text), None, "{text}");
        }
    }

    #[test]
    fn a_bracket_signature_is_the_body_and_the_post_as_printed() {
        assert_eq!(
            bracket_signature("(高知県立林業大学校 林業技術講師)"),
            Some("高知県立林業大学校 林業技術講師".into())
        );
        assert_eq!(
            bracket_signature("(大館市観光交流課長)"),
            Some("大館市観光交流課長".into())
        );
        // An organisation with one of its units: the organisation signs.
        assert_eq!(
            bracket_signature("(岩手労働局 職業安定課)"),
            Some("岩手労働局".into())
        );
        assert_eq!(bracket_signature("(40代・女性)"), None);
        assert_eq!(bracket_signature("(写真:実習の様子)"), None);
        assert_eq!(bracket_signature("(参加者数、前年比)"), None);
    }

    #[test]
    fn a_marked_partner_over_items_heads_a_role_block() {
        let parties = vec![
            "熊本県八代市".to_string(),
            "熊本労働局ハローワーク八代".to_string(),
        ];
        let header = |t: &str, next: &'static str, above_programme: bool| {
            partner_role_header(
                t,
                || Some(next),
                || true,
                |name| names_a_partner(name, &parties),
                || above_programme,
            )
        };
        assert_eq!(
            header("■八代市", "・会場の提供", false).as_deref(),
            Some("八代市")
        );
        assert_eq!(
            header("◎労働局:", "・求人の確保", false).as_deref(),
            Some("労働局")
        );
        assert_eq!(
            header("●ハローワーク八代", "・職業相談", false).as_deref(),
            Some("ハローワーク八代")
        );
        // No partner, a mark over items of its own mark, or a programme's lecturer.
        assert_eq!(header("○熊本大学", "・講演", false), None);
        assert_eq!(header("◆八代市", "◆会場の提供", false), None);
        assert_eq!(header("○八代市", "・子育て支援制度", true), None);
        assert_eq!(header("■八代市の取組", "・会場の提供", false), None);
    }

    #[test]
    fn role_headers_with_other_marks() {
        let header = |t: &str, next: &'static str| {
            marked_role_header(t, true, false, || Some(next), || true).map(|h| h.0)
        };
        assert_eq!(header("<県>", "・会場の確保").as_deref(), Some("県"));
        assert_eq!(
            header("〔米子市〕", "①実習先の確保").as_deref(),
            Some("米子市")
        );
        assert_eq!(header("■市の役割", "・窓口の提供").as_deref(), Some("市"));
        assert_eq!(header("◎労働局", "・求人開拓").as_deref(), Some("労働局"));
        assert_eq!(header("(市)", "会場の確保").as_deref(), Some("市"));
        assert_eq!(header("「県の役割」", "・周知").as_deref(), Some("県"));
        // A bullet of the same mark below: a list of items, one naming a place.
        assert_eq!(header("◆市役所", "◆ハローワーク"), None);
        // A mark over a name that ends as an organisation's over its text
        // heads it; where an item is due (below a header or an item of the
        // same mark) the same line is an item wrapped after its last word.
        let due = |item_due: bool| {
            marked_role_header(
                "●就職説明会の運営と参加企業",
                true,
                item_due,
                || Some("向けの案内"),
                || true,
            )
            .map(|h| h.0)
        };
        assert_eq!(due(false).as_deref(), Some("就職説明会の運営と参加企業"));
        assert_eq!(due(true), None);
        // So is a phrase around a partner's name (a particle in it), even
        // over a paragraph; the name alone still heads its text.
        let partner = |text: &str| {
            marked_role_header(
                text,
                true,
                true,
                || Some("平成30年度から、毎月1回の相談会を開催。"),
                || true,
            )
            .map(|h| h.0)
        };
        assert_eq!(partner("◆市外ハローワークへの求人の提供"), None);
        assert_eq!(partner("◆ハローワーク").as_deref(), Some("ハローワーク"));
        // Not organisations, or nothing below to head.
        assert_eq!(header("<第1回>", "・講話"), None);
        assert_eq!(header("◆合同企業説明会", "・会場の確保"), None);
        assert_eq!(
            header("(株式会社みやこ介護)", "介護の仕事の印象が変わった。"),
            None
        );
        assert_eq!(header("(市)", "【効果】"), None);
        // Outside the role blocks' column only の役割 says it.
        assert_eq!(
            marked_role_header(
                "○ハローワーク",
                false,
                false,
                || Some("・面接について"),
                || true
            ),
            None
        );
        assert_eq!(
            marked_role_header("■市の役割", false, false, || Some("・会場の確保"), || true),
            Some(("市".to_string(), ""))
        );
        // A partner's name in brackets over bullets, its heading moved away,
        // on a page that prints 役割; not a company, not a bullet-marked name.
        let outside = |t: &str, printed: bool| {
            marked_role_header(t, false, false, || Some("・会場の確保"), || printed).map(|h| h.0)
        };
        assert_eq!(outside("〔旭川市〕", true), Some("旭川市".to_string()));
        assert_eq!(
            outside("<ハローワーク>", true),
            Some("ハローワーク".to_string())
        );
        assert_eq!(outside("〔旭川市〕", false), None);
        assert_eq!(outside("<株式会社みやこ>", true), None);
        assert_eq!(outside("◎旭川市", true), None);
        // The first item on the header's line.
        assert_eq!(
            marked_role_header("<市>・会場の確保", true, false, || None, || true),
            Some(("市".to_string(), "・会場の確保"))
        );
        assert_eq!(
            marked_role_header("<市>会場の確保", true, false, || None, || true),
            None
        );
        assert_eq!(
            colon_role("市:会場の確保、託児の手配"),
            Some(("市".to_string(), "会場の確保、託児の手配"))
        );
        assert_eq!(
            colon_role("ハローワークの役割:講師の派遣"),
            Some(("ハローワーク".to_string(), "講師の派遣"))
        );
        for text in [
            "会場:市役所",
            "内容:就職講話",
            "国の施策:マザーズ事業",
            "1部:講話",
        ] {
            assert_eq!(colon_role(text), None, "{text}");
        }
        assert_eq!(heading_kind("市の役割"), None);
        assert_eq!(heading_kind("各機関の役割"), Some(SectionKind::Roles));
    }

    #[test]
    fn stacked_role_headers_deal_their_items() {
        // Below the party row and 【役割分担】 (lines 1 and 2).
        let roles = |text: &str| -> Vec<(BlockKind, Vec<usize>)> {
            blocks_of(&format!("【熊本市】 【熊本労働局】\n【役割分担】\n{text}"))
                .into_iter()
                .skip(2)
                .map(|b| (b.kind.clone(), b.lines()))
                .collect()
        };
        let role = |org: &str| BlockKind::Role(vec![org.to_string()]);
        assert_eq!(
            roles("【市】\n【ハローワーク】\n◆会場の確保\n\n・職業相談"),
            vec![(role("市"), vec![3, 5]), (role("ハローワーク"), vec![4, 7])]
        );
        // One group: nothing to deal, the items are the last header's as printed.
        assert_eq!(
            roles("【市】\n【ハローワーク】\n◆会場の確保\n◆周知"),
            vec![(role("市"), vec![3]), (role("ハローワーク"), vec![4, 5, 6])]
        );
        // A row of boxes apart: the same; glued boxes share their items.
        assert_eq!(
            roles("【市】 【ハローワーク】\n◆会場の確保\n\n◆職業相談"),
            vec![(role("市"), vec![3, 4]), (role("ハローワーク"), vec![6])]
        );
        assert_eq!(
            roles("【市】【市社会福祉協議会】\n◆会場の確保\n\n◆職業相談").len(),
            1
        );
    }

    /// The source lines of each block.
    fn block_lines(text: &str) -> Vec<Vec<usize>> {
        blocks_of(text).iter().map(Block::lines).collect()
    }

    #[test]
    fn headlines_read_by_their_form() {
        assert!(is_headline(
            "市の「生活支援」と国の「職業相談」を一体的に実施"
        ));
        assert!(is_headline("若者の地元就職を応援する合同企業説明会を開催!"));
        assert!(!is_headline(
            "相談会では、生活と仕事の相談を同じ会場で受けられるようにした。"
        ));
        assert!(!is_headline("◆求人の確保と面接会の開催"));
        assert!(!is_headline("面接会を開催"), "too short for a headline");
        // Events and instruments named at the end: 説明会, 見学会, 講座, 窓口, 協定 …
        assert!(is_headline("高校生と保護者を対象とした地元企業の見学会"));
        assert!(is_headline("市役所内にハローワークの常設の職業相談窓口"));
        assert!(is_headline(
            "県と労働局が若者の地元定着に向けた雇用対策協定"
        ));
        assert!(!is_headline("◆合同企業説明会"), "a bullet item");
        assert!(opens_headline("ひとり親家庭の方に"));
        assert!(opens_headline(
            "子育て中の方等を対象に、再就職の意欲喚起等を目的とした"
        ));
        assert!(!opens_headline("雇用対策協定"));
        assert!(!opens_headline("今後も連携していきたいと思います"));
        assert!(is_headline("子育て世代の再就職を託児付きの相談会で後押し"));
    }

    #[test]
    fn a_headline_may_close_on_the_noun_of_the_action() {
        for t in [
            "「まちの仕事博」で若者の地元就職を実現",
            "漁業の担い手を体験航海で確保",
            "市と国の情報共有で早期再就職",
        ] {
            assert!(ends_on_action_noun(t), "{t}");
        }
        // After の, a noun phrase (a caption, a label); a verb; one kanji.
        for t in [
            "地域の人手不足解消",
            "面接会の様子",
            "求職者を応援する",
            "体験で学ぶ",
            "セミナーで話",
        ] {
            assert!(!ends_on_action_noun(t), "{t}");
        }
    }

    #[test]
    fn in_squeezed_text_a_headline_stands_apart() {
        // No blank line anywhere: the two-line title below the role block is its own block.
        let squeezed = "【市】\n◆会場の確保 等\nひとり親家庭の方に\n市の「生活支援」と国の「職業相談」を一体的に実施\n相談会では、生活と仕事の相談を同じ会場で受けられるようにした。\n";
        assert_eq!(block_lines(squeezed), vec![vec![1, 2], vec![3, 4], vec![5]]);
        let b = &blocks_of(squeezed)[1];
        assert_eq!(b.kind, BlockKind::Paragraph);
        // A page with a blank line is read as before: the blank lines decide
        // (here the role block runs on over the text below it).
        let spaced = squeezed.replacen("\n", "\n\n", 1);
        assert_eq!(block_lines(&spaced), vec![vec![1, 3, 4, 5, 6]]);
    }

    #[test]
    fn in_squeezed_text_a_comment_keeps_its_wrapped_lines() {
        // A wrapped comment line that happens to end like a headline stays in the box.
        let squeezed = "＜労働局コメント＞\n託児付きのセミナーを増やし、就職支援を実施\nしていきたいと考えています。\n国と地方自治体の連携による雇用対策好事例\n";
        assert_eq!(block_lines(squeezed), vec![vec![1, 2, 3], vec![4]]);
    }

    #[test]
    fn in_squeezed_text_bullets_open_a_box_after_a_finished_sentence() {
        // A paragraph, then a list: two boxes. The items of one list stay together.
        let b = block_lines("【効果】\n市と国が連携して、高齢者の就職を支援する体制を整えることで、\n再就職の促進を図る。\n◆参加者数 ４２名\n◆就職者数 ６名\n");
        assert_eq!(b, vec![vec![1], vec![2, 3], vec![4, 5]]);
        // A line that introduces the list keeps it.
        let c = block_lines("【目的】\nセミナーの内容は以下のとおり\n◆年金制度の説明\n◆職業相談\n");
        assert_eq!(c, vec![vec![1], vec![2, 3, 4]]);
        // Same mark, but the items wrap at another width: another box.
        let d = block_lines("【目的】\n◆ 全国でも低い高齢者の就業率の向上を自治体と共に目指す。\n◆ 働く意欲のある高齢者が安心して働けるための環境整備\nについて、周知等を行う。\n◆ 市の説明会に参加した方の、\n就労への理解と意欲が深まった。\n");
        assert_eq!(d, vec![vec![1], vec![2, 3, 4], vec![5, 6]]);
    }

    #[test]
    fn in_squeezed_text_a_paragraph_at_another_width_is_another_box() {
        let b = block_lines("【目的】\n定年退職後も働く意欲のある高齢者が増えている一方、求人との\nマッチングが進んでいないため、再就職の促進を図る。\n市の公民館において、年金制度の説明と\nハローワークの職業相談を組み合わせた\nセミナーを年３回開催。\n");
        assert_eq!(b, vec![vec![1], vec![2, 3], vec![4, 5, 6]]);
        // Two paragraphs of one comment box run at its width: one box.
        let c = block_lines("＜市コメント＞\n高齢者の方が、身近な地域で活躍できる場\nを求めていることが改めてわかった。\n今後も労働局と連携して、地域の実情に\n合わせた就労の場づくりに取り組みたい。\n");
        assert_eq!(c, vec![vec![1, 2, 3, 4, 5]]);
        // A short last line that stops at no particle ends its paragraph too.
        let d = block_lines("【目的】\n高齢者の就労意欲を喚起し、地域の人手不足の解消につなげることを\n目的に開催\n申込者30名、受講者15名\n(うち就職者3名)となった。\n");
        assert_eq!(d, vec![vec![1], vec![2, 3], vec![4, 5]]);
    }

    #[test]
    fn in_squeezed_text_a_role_block_ends_with_its_items() {
        // Text after a finished item, a counted bullet, a caption: not the block's.
        let b = block_lines("【岡山市】\n◆会場の確保\n◆市広報での周知 など\n市の公民館において、年金制度の説明とハローワーク\nの職業相談を組み合わせたセミナーを開催。\n");
        assert_eq!(b, vec![vec![1, 2, 3], vec![4, 5]]);
        let c = block_lines("【市】\n◆事業の企画・広報\n◆会場の確保\n◆定員１５名\n");
        assert_eq!(c, vec![vec![1, 2, 3], vec![4]]);
        // A note in brackets under an item, the list running on below: the item's.
        let d = block_lines("【市】\n◆市民への周知\n(市報、HP掲載、ポスターの作成)\n◆適職診断\n(当日のスケジュール)\n");
        assert_eq!(d, vec![vec![1, 2, 3, 4], vec![5]]);
        // A wrapped item stays whole.
        let e = block_lines("【県】\n◆参加企業要請のための\n事業所訪問\n◆相談コーナー担当 など\n");
        assert_eq!(e, vec![vec![1, 2, 3, 4]]);
    }

    #[test]
    fn in_squeezed_text_captions_and_labels_stand_apart() {
        // A photo caption between a paragraph and a list; a label heads its list.
        let b = block_lines("【効果】\n個別相談にも多くの方が参加し、就職につながった。\n≪セミナー会場の様子≫\n《開催実績》\n・参加者数 ４２名\n・就職者数 ６名\n");
        assert_eq!(b, vec![vec![1], vec![2], vec![3], vec![4, 5, 6]]);
        // The words of a diagram: each short phrase apart, fragments of a word kept.
        let c = block_lines("【効果】\n今後も連携していきたい。\n雇用対策協定\n若年者 高齢者\n生活\n困窮者\nより詳細に規定\n市における高齢者施策の\n目指すべき方向を規定\n");
        assert_eq!(
            c,
            vec![
                vec![1],
                vec![2],
                vec![3],
                vec![4, 5, 6],
                vec![7],
                vec![8, 9]
            ]
        );
    }

    #[test]
    fn in_squeezed_text_text_below_a_heading_is_not_anchored_to_it() {
        // Every heading is glued to what follows it: no sign of its section.
        let b = blocks_of("【効果】\n市の公民館においてセミナーを開催。\n");
        assert_eq!(b[1].anchored_to, None);
        // With blank lines elsewhere on the page, glued text is the heading's.
        let c = blocks_of("【効果】\n市の公民館においてセミナーを開催。\n\n【目的】\n");
        assert_eq!(c[1].anchored_to, Some(SectionKind::Effect));
    }

    #[test]
    fn pages_with_blank_lines_are_cut_by_their_blank_lines() {
        // The same paragraph and list as above, printed with a blank line after
        // the list only: the blank lines decide, as before.
        let b = block_lines("【効果】\n\n市と国が連携して、高齢者の就職を支援する体制を整えることで、\n再就職の促進を図る。\n◆参加者数 ４２名\n\n≪セミナー会場の様子≫\n");
        assert_eq!(b, vec![vec![1], vec![3, 4, 5], vec![7]]);
    }

    #[test]
    fn a_heading_broken_inside_its_brackets_is_one_heading() {
        // Two lines of a narrow box: the bracket opened on one, closed on the next.
        let b = blocks_of(
            "【課題・\n目的】\n保育士の不足が続いており、潜在保育士の復職を図る。\n\n【効果】\n",
        );
        assert_eq!(
            b[0].kind,
            BlockKind::Headings(vec![(SectionKind::Purpose, "課題・目的".into())])
        );
        assert_eq!(b[0].lines(), vec![1, 2], "both lines are the heading's");
        // The text right below the broken heading is its content.
        assert_eq!(b[1].anchored_to, Some(SectionKind::Purpose));
        let roles = blocks_of("【各機関の\n役割】\n\n【町】\n◆会場の提供\n");
        assert_eq!(
            roles[0].kind,
            BlockKind::Headings(vec![(SectionKind::Roles, "各機関の役割".into())])
        );
        assert_eq!(roles[1].kind, BlockKind::Role(vec!["町".into()]));
        let marked = blocks_of("＜実施\n概要＞\n就農体験ツアーを年３回開催した。\n\n【効果】\n");
        assert_eq!(
            marked[0].kind,
            BlockKind::Headings(vec![(SectionKind::Overview, "実施概要".into())])
        );
        // No heading when the two lines read as none, the first closes its
        // bracket, the second runs on past it or opens another.
        for text in [
            "【保育士の\n声】\n",
            "【目的】保育士の\n確保】\n",
            "【実施\n概要】を見直した\n",
            "【就農\n【概要】\n",
            "【実施\n\n概要】\n",
        ] {
            let ls = lines(text);
            assert_eq!(broken_heading(&ls[0].text, &ls[1..]), None, "{text}");
        }
    }

    #[test]
    fn a_row_of_names_over_bullet_items_heads_a_role_table() {
        let parties = [
            "静岡県富士宮市".to_string(),
            "富士宮市農業委員会".to_string(),
        ];
        let row = |text: &str, next: &str, printed: bool| {
            role_table_row(text, || Some(next), || printed, &parties)
        };
        assert_eq!(
            row("市 農業委員会 ハローワーク", "◆就農相談", true),
            Some(vec![
                "市".into(),
                "農業委員会".into(),
                "ハローワーク".into()
            ])
        );
        assert_eq!(
            row("富士宮市 ハローワーク富士宮", "・空き家の紹介", true),
            Some(vec!["富士宮市".into(), "ハローワーク富士宮".into()])
        );
        assert_eq!(
            row("県 町 森林組合 労働局・ハローワーク", "◆研修費の助成", true),
            Some(vec![
                "県".into(),
                "町".into(),
                "森林組合".into(),
                "労働局・ハローワーク".into()
            ])
        );
        // Not on a page that prints no 役割, nor over text or a heading.
        assert_eq!(row("市 農業委員会 ハローワーク", "◆就農相談", false), None);
        assert_eq!(
            row("市 農業委員会 ハローワーク", "就農相談を行う。", true),
            None
        );
        assert_eq!(row("市 農業委員会 ハローワーク", "◇効果", true), None);
        // A table's header of figures, a sentence, a single name, staff titles.
        assert_eq!(row("参加企業 延べ26社", "◆就農相談", true), None);
        assert_eq!(row("市とハローワークが連携 支援", "◆就農相談", true), None);
        assert_eq!(row("ハローワーク", "◆就農相談", true), None);
        assert_eq!(row("就労支援員 職業相談員", "◆就農相談", true), None);
    }

    #[test]
    fn a_role_table_read_row_by_row_opens_each_row_on_its_name_cell() {
        let parties = [
            "静岡県富士宮市".to_string(),
            "富士宮市農業委員会".to_string(),
        ];
        let row = |text: &'static str| table_row(text, &parties);
        assert_eq!(
            row("富士宮市 ・空き家の紹介"),
            Some(("富士宮市".into(), "・空き家の紹介"))
        );
        assert_eq!(
            row("農業委員会 ◆農地のあっせん"),
            Some(("農業委員会".into(), "◆農地のあっせん"))
        );
        // An item alone, a cell of no organisation, text after the name.
        assert_eq!(row("・空き家の紹介"), None);
        assert_eq!(row("対象者 ・就農希望者"), None);
        assert_eq!(row("ハローワーク 求人の開拓"), None);
        // The columns' header row.
        assert!(table_column_header("機 関 主な役割"));
        assert!(table_column_header("団体名 役割"));
        assert!(!table_column_header("主な役割"));
        assert!(!table_column_header("市とハローワークの役割を整理した。"));
    }

    #[test]
    fn a_role_tables_items_fall_to_the_columns_whose_job_they_read_as() {
        let split = |items: &[&str], orgs: &[&str]| {
            let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
            let orgs: Vec<String> = orgs.iter().map(|s| s.to_string()).collect();
            columns_by_content(&items, &vec![false; items.len()], &orgs)
        };
        // Three columns, runs of 1, 3 and 2.
        assert_eq!(
            split(
                &[
                    "町内の空き家の紹介",
                    "研修生の受入農家の選定",
                    "農業委員会による農地のあっせん",
                    "受入農家での実習の調整",
                    "農業法人の求人の開拓",
                    "研修修了者への職業紹介",
                ],
                &["町", "農業委員会", "ハローワーク"]
            ),
            vec![1, 3, 2]
        );
        // Two columns: the town's own publicity, then job placement.
        assert_eq!(
            split(
                &[
                    "町広報誌での周知",
                    "町内の会場の確保",
                    "講座の予算化",
                    "求職者への参加の呼びかけ"
                ],
                &["町", "ハローワーク"]
            ),
            vec![3, 1]
        );
        // Four columns, a school among them.
        assert_eq!(
            split(
                &[
                    "県外での説明会の開催",
                    "市民への周知",
                    "市内企業の紹介",
                    "カリキュラムの作成",
                    "講師の派遣",
                    "求人の確保",
                ],
                &["県", "市", "高等技術専門校", "ハローワーク"]
            ),
            vec![1, 2, 2, 1]
        );
        // Nothing tells them apart: the most even runs.
        assert_eq!(
            split(&["調整", "連絡", "確認", "記録"], &["甲会", "乙会"]),
            vec![2, 2]
        );
        // A blank line before an item counts for a cut there.
        let items: Vec<String> = ["調整", "連絡", "確認", "記録"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            columns_by_content(
                &items,
                &[false, false, false, true],
                &["甲会".to_string(), "乙会".to_string()]
            ),
            vec![3, 1]
        );
    }

    #[test]
    fn an_item_with_no_cue_goes_with_the_items_that_share_its_words() {
        let items: Vec<String> = [
            "移住支援金の案内",
            "就農研修の紹介",
            "町広報での周知",
            "町内のシェアハウスの運営",
            // No organisation's cue: the town's, as the share house is.
            "シェアハウス見学の受付",
            "求人の開拓",
            "移住者への職業紹介",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let orgs: Vec<String> = ["県", "町", "ハローワーク"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            columns_by_content(&items, &vec![false; items.len()], &orgs),
            vec![2, 3, 2]
        );
        assert_eq!(
            content_words("町内のシェアハウスの運営"),
            ["町内", "シェアハウス", "運営"]
        );
        assert!(!share_a_word(
            &content_words("説明会の開催"),
            &content_words("制度の説明")
        ));
    }

    #[test]
    fn colon_roles_in_a_row_are_roles_under_any_heading() {
        let row = |org: &str, next: &str| colon_roles_in_a_row(org, || Some(next));
        assert!(row("町", "ハローワーク:求人の開拓"));
        assert!(row("森林組合", "県:研修費の助成"));
        // One line alone, the next a bullet, or neither name the template's.
        assert!(!row("町", "講座の日程を調整する。"));
        assert!(!row("町", "・ハローワーク:求人の開拓"));
        assert!(!row("相談コーナー", "体験コーナー:農機の試乗"));
    }
}
