//! Stage 4: classify the lines of a page and group them into blocks.
//!
//! Each non-blank line becomes one or two [`Item`]s (a line may carry a trailing
//! role header `… 【共通】` or a trailing photo caption `…開催。 セミナー風景`).
//! Items then form [`Block`]s: a structural line (banner, headings, party row,
//! contact) stands alone; a role header or comment header opens a block that
//! takes the lines below it; other text forms paragraphs. A blank line ends a
//! block unless the text plainly runs on across it (a wrap artefact of the PDF
//! conversion: the line before is full width and unfinished).

use crate::page::{is_banner, Page};
use crate::source::Line;

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
    /// A caption split off the end of a text line.
    TrailingCaption,
    /// Any other text.
    Text,
}

/// A piece of one line with its classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Source line number.
    pub line: usize,
    /// Cleaned text of this piece (for headers: the text after the header, if any).
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

/// Map a heading label (without brackets) to its section.
pub fn heading_kind(label: &str) -> Option<SectionKind> {
    let key: String = label
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '･' || c == '·' { '・' } else { c })
        .collect();
    use SectionKind::*;
    Some(match key.as_str() {
        "課題・目的" | "課題･目的" | "目的" | "課題" | "背景・目的" | "背景・課題"
        | "目的・課題" | "課題・目標" | "趣旨" | "ねらい" | "狙い" | "背景" => {
            Purpose
        }
        "実施概要" | "概要" | "事業概要" | "取組概要" | "取組内容" | "実施内容" | "事業内容"
        | "取組の概要" | "取組み概要" | "取り組み概要" => Overview,
        "役割分担" | "役割" => Roles,
        "効果" | "結果" | "成果" | "実績" | "効果・結果" | "結果・効果" | "取組の効果"
        | "取組結果" | "実施結果" | "効果・成果" => Effect,
        // Other short labels of the same template (【事業の目的】, 【取組の成果】).
        k if k.chars().count() <= 8 => {
            if regex!(r"目的|課題|背景|ねらい").is_match(k) {
                Purpose
            } else if regex!(r"概要|取組内容|実施内容|事業内容").is_match(k) {
                Overview
            } else if k.contains("役割") {
                Roles
            } else if regex!(r"効果|結果|成果").is_match(k) {
                Effect
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// Bracketed 【…】 groups at the start of `text`, and the rest of the line.
fn leading_groups(text: &str) -> (Vec<String>, &str) {
    let mut groups = Vec::new();
    let mut rest = text.trim_start();
    while let Some(after) = rest.strip_prefix('【') {
        match after.find('】') {
            Some(end) => {
                groups.push(after[..end].trim().to_string());
                rest = after[end + '】'.len_utf8()..].trim_start();
            }
            None => break,
        }
    }
    (groups, rest)
}

/// Names that look like an organisation (a role block's header).
pub fn looks_like_org(name: &str) -> bool {
    let re = regex!(
        r"(市|区|町|村|県|都|府|道|国|局|所|ハローワーク|HW|会|センター|館|協会|機構|法人|大学|学校|共通|組合|団|団体|役場|役所|庁|省|課|部|室|企業|社|財団|公社|協議会|コーナー|ワーク|ステーション|プラザ)$"
    );
    let named = regex!(
        r"法人|株式会社|有限会社|NPO|協会|協議会|センター|ハローワーク|労働局|職業安定所|役所|役場"
    );
    (re.is_match(name) || named.is_match(name)) && !looks_like_subheading(name)
}

/// Bracketed labels that head content rather than an organisation (【参加者の声】).
fn looks_like_subheading(name: &str) -> bool {
    let re = regex!(
        r"(声|アンケート|実績|内容|について|様子|スケジュール|予定|概要|目的|効果|結果|課題|感想|評価|事例|ポイント|流れ|日程|風景)"
    );
    re.is_match(name)
}

/// Classify the non-blank lines of a page into items.
pub fn classify(page: &Page<'_>) -> Vec<Item> {
    let mut items = Vec::new();
    let mut gap = false;
    let mut seen_party_row = false;
    for line in page.lines {
        if line.is_blank() {
            gap = true;
            continue;
        }
        let before = items.len();
        classify_line(line, &mut items, &mut seen_party_row);
        if let Some(first) = items.get_mut(before) {
            first.gap_before = gap;
        }
        gap = false;
    }
    items
}

fn item(line: &Line, text: &str, kind: ItemKind) -> Item {
    Item {
        line: line.number,
        text: text.trim().to_string(),
        kind,
        gap_before: false,
    }
}

fn classify_line(line: &Line, out: &mut Vec<Item>, seen_party_row: &mut bool) {
    let text = line.text.as_str();
    if is_banner(text) {
        out.push(item(line, text, ItemKind::Banner));
        return;
    }
    if regex!(r"照会先|問い?合わ?せ先|お問い?合わ?せ|^[<＜≪〈【(]?連絡先").is_match(text)
    {
        out.push(item(line, text, ItemKind::Contact));
        return;
    }
    if let Some(c) =
        regex!(r"^[<＜〈《【≪]\s*(.*?)\s*コメント\s*[>＞〉》】≫]\s*(.*)$").captures(text)
    {
        let speaker = c[1].trim().trim_end_matches('の').trim().to_string();
        out.push(item(line, "", ItemKind::CommentHeader(speaker)));
        if !c[2].trim().is_empty() {
            out.push(item(line, &c[2], ItemKind::Text));
        }
        return;
    }
    let (groups, rest) = leading_groups(text);
    if !groups.is_empty() {
        let kinds: Vec<Option<SectionKind>> = groups.iter().map(|g| heading_kind(g)).collect();
        if kinds.iter().all(Option::is_some) {
            let hs = groups
                .iter()
                .zip(kinds)
                .map(|(g, k)| (k.expect("checked"), g.clone()))
                .collect();
            out.push(item(line, "", ItemKind::Headings(hs)));
            if !rest.is_empty() {
                out.push(item(line, rest, ItemKind::Text));
            }
            return;
        }
        let bracket_only = rest.is_empty();
        if bracket_only && !*seen_party_row && is_party_row(&groups) {
            *seen_party_row = true;
            out.push(item(line, "", ItemKind::PartyRow(groups)));
            return;
        }
        let subheading = groups.iter().any(|g| looks_like_subheading(g));
        let orgs = groups.iter().all(|g| looks_like_org(g));
        let opens_role = !subheading
            && (orgs && (bracket_only || rest.chars().count() <= 20) || starts_with_bullet(rest));
        if opens_role {
            out.push(item(line, "", ItemKind::RoleHeader(groups)));
            if !rest.is_empty() {
                out.push(item(line, rest, ItemKind::Text));
            }
            return;
        }
    }
    // `…など 【共通】`: a role header glued to the end of a line.
    if let Some(c) = regex!(r"^(.*\S)\s*【([^】]+)】$").captures(text) {
        if looks_like_org(&c[2]) && !c[1].contains('【') {
            out.push(item(line, &c[1], ItemKind::Text));
            out.push(item(line, "", ItemKind::RoleHeader(vec![c[2].to_string()])));
            return;
        }
    }
    // `…開催。 就職支援セミナー実施風景`: a photo caption glued to the end of a sentence.
    if let Some(c) = regex!(r"^(.*[。！!])\s+([^。、\s][^。、]{1,30}(?:風景|様子|模様|写真|挨拶))$")
        .captures(text)
    {
        out.push(item(line, &c[1], ItemKind::Text));
        out.push(item(line, &c[2], ItemKind::TrailingCaption));
        return;
    }
    out.push(item(line, text, ItemKind::Text));
}

/// A bracket-only line naming the partners: the labour bureau among them, or
/// several organisations one of which is a prefecture or municipality.
fn is_party_row(groups: &[String]) -> bool {
    let bureau = groups
        .iter()
        .any(|g| g.contains("労働局") || g.contains("ハローワーク") || g.contains("職業安定所"));
    bureau && (groups.len() >= 2 || groups[0].contains("労働局"))
}

/// Group items into blocks.
pub fn group(items: Vec<Item>) -> Vec<Block> {
    let runs = runs(items);
    let mut blocks: Vec<Block> = Vec::new();
    let mut runs = runs.into_iter().peekable();
    let mut after_heading: Option<SectionKind> = None;
    while let Some(run) = runs.next() {
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
            Some(ItemKind::PartyRow(p)) => BlockKind::PartyRow(p.clone()),
            Some(ItemKind::Headings(h)) => {
                // Content right below a single heading, with no blank line, is that heading's.
                after_heading = (h.len() == 1).then(|| h[0].0);
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
        if matches!(
            block.kind,
            BlockKind::Role(_) | BlockKind::Comment(_) | BlockKind::Paragraph
        ) {
            while let Some((None, next)) = runs.peek() {
                if !continues(&block, next) {
                    break;
                }
                let (_, mut next) = runs.next().expect("peeked");
                block.body.append(&mut next);
            }
        }
        blocks.push(block);
    }
    blocks
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
                Some(r) if !it.gap_before && opens_body(r) => r.1.push(it),
                _ => runs.push((None, vec![it])),
            },
            _ => runs.push((Some(it), Vec::new())),
        }
    }
    runs
}

/// Does the run `next` (which follows a blank line) continue `block`?
fn continues(block: &Block, next: &[Item]) -> bool {
    let first = &next[0];
    if looks_like_caption(next) {
        return false;
    }
    let Some(last) = block.body.last() else {
        // A comment or role header followed by a blank line: its text comes next.
        return matches!(block.kind, BlockKind::Comment(_) | BlockKind::Role(_));
    };
    let is_role = matches!(block.kind, BlockKind::Role(_));
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
        return same_mark && next_width <= width * 14 / 10 + 1 && !counted;
    }
    // Text that cannot start a sentence, or an open bracket: plainly one sentence.
    if starts_bound(&first.text) || has_open_bracket(&block.joined()) {
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
    let mid_sentence = last.text.ends_with([
        '、', 'に', 'を', 'が', 'は', 'の', 'と', 'て', 'で', 'も', 'へ', 'や',
    ]);
    let lone_first_line = block.body.len() == 1
        && (!matches!(block.kind, BlockKind::Paragraph) || last.width() >= 25);
    let full = last.width() + 2 >= width && (block.body.len() > 1 || lone_first_line);
    mid_sentence || full || lone_first_line
}

/// Kana and particles that never open a sentence: the line continues the one before.
fn starts_bound(text: &str) -> bool {
    text.starts_with([
        'を', 'に', 'が', 'は', 'の', 'で', 'も', 'へ', 'ん', 'っ', 'ゃ', 'ゅ', 'ょ', 'ー', 'ぁ',
        'ぃ', 'ぅ', 'ぇ', 'ぉ', 'ッ', 'ャ', 'ュ', 'ョ', 'ン', '、', '。', ')', '」', '』',
    ])
}

/// A 「 or ( opened and not yet closed.
fn has_open_bracket(text: &str) -> bool {
    let count = |cs: &[char]| text.chars().filter(|c| cs.contains(c)).count();
    count(&['「', '『']) > count(&['」', '』']) || count(&['(']) > count(&[')'])
}

/// A role item line that ends its item (`…の周知 など`).
fn ends_item(text: &str) -> bool {
    is_terminal(text) || text.ends_with('等') || text.ends_with("など")
}

/// A headline ending (体言止め): `…を実施`, `…を開催！`.
pub fn ends_headline(text: &str) -> bool {
    regex!(r"(実施|開催|締結|[!！])$").is_match(text)
}

/// Photo captions, mascot names, diagram words: a short phrase standing alone.
pub fn looks_like_caption(lines: &[Item]) -> bool {
    let text: String = lines.iter().map(|i| i.text.as_str()).collect();
    if lines.is_empty()
        || text.contains('。')
        || crate::metrics::has_count(&text)
        || starts_with_bullet(&text)
    {
        return false;
    }
    let wrapped = regex!(r"^(≪[^≫]*≫|《[^》]*》|\([^)]*\)|〈[^〉]*〉)$");
    if lines.len() == 1 && wrapped.is_match(&text) {
        return true;
    }
    let photo = regex!(
        r"風景|様子|模様|写真|挨拶|あいさつ|\((左|右|中央|左側|右側)\)|ゆるキャラ|マスコット|キャラクター"
    );
    if lines.len() <= 2 && photo.is_match(&text) {
        return true;
    }
    lines.len() <= 3
        && lines
            .iter()
            .all(|l| l.width() <= 12 && !is_terminal(&l.text) || l.width() <= 3)
}
