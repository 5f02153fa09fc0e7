//! Stage 5: recover the logical layout of a page from its blocks.
//!
//! The PDF conversion scrambles reading order, so nothing is assigned "from one
//! heading to the next". Instead:
//!
//! 1. structural blocks (banner, headings, party row, contact, role and comment
//!    boxes) are what they say;
//! 2. the **title** is the paragraph that reads most like a headline (one or two
//!    lines, no sentence end, a headline ending such as …を実施 / …を開催！), with
//!    a preference for the top of the page;
//! 3. **captions** are short isolated phrases: photo captions (…風景, …の様子,
//!    (左)), mascot names and diagram words;
//! 4. the remaining paragraphs are assigned to 課題・目的 / 実施概要 / 効果 by
//!    [`assign_sections`]: each paragraph scores each section by its wording
//!    (…を図る / …を実施 / …できた, counted figures), and one global assignment is
//!    chosen that also rewards neighbours sharing a section, gives every printed
//!    heading some content and avoids sections the page has no heading for.

use std::collections::BTreeMap;

mod cues;

use crate::block::{
    bracket_signature, caption_below, caption_beside_caption, case_number_prefix, dash_signature,
    ends_mid_sentence, ends_on_action_noun, has_headline_ending, in_a_speakers_voice,
    is_case_number, is_headline, is_interview_line, is_label_line, is_noun_char,
    is_office_contact_line, is_terminal, is_theme_label, is_theme_tag, looks_like_caption,
    loose_caption, marked_photo_caption, may_open_on_subject, one_quotation, opens_on_kana,
    row_of_diagram_words, sentence_subject, starts_with_bullet, steps_under_label,
    wrapped_headline, Block, BlockKind, Item, ItemKind, SectionKind, COMMENT_COLUMN, LABEL_OPENERS,
};
use crate::metrics;
use crate::model::{Metric, MetricCategory};

/// What a block is, once the page has been read as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The running header.
    Banner,
    /// The party row.
    Parties,
    /// A heading line.
    Heading,
    /// The headline.
    Title,
    /// A caption.
    Caption,
    /// Content of a prose section (Purpose, Overview or Effect).
    Section(SectionKind),
    /// A 役割分担 block.
    RoleBlock,
    /// A comment box.
    Comment,
    /// The contact line.
    Contact,
    /// A page number or footer.
    Footer,
    /// Could not be placed.
    Unassigned,
}

/// The recovered layout of one page.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The page's blocks in text order.
    pub blocks: Vec<Block>,
    /// What each block is (same index as `blocks`).
    pub roles: Vec<Role>,
    /// The headings printed on the page: section → (label as printed, line).
    pub headings: BTreeMap<SectionKind, (String, usize)>,
    /// The counted figures of each prose paragraph and role block (same index as
    /// `blocks`; empty for other blocks), found once here for the cue scores and
    /// reused for the case's metrics.
    pub figures: Vec<Vec<Metric>>,
}

/// The three prose sections, in template order.
pub const PROSE: [SectionKind; 3] = [
    SectionKind::Purpose,
    SectionKind::Overview,
    SectionKind::Effect,
];

/// Recover the layout of one page.
pub fn recover(blocks: Vec<Block>) -> Layout {
    let blocks = label_boxes_above_their_headings(cooperation_heads_roles(join_comment_boxes(
        read_signed_comments(read_roles_in_prose(blocks)),
    )));
    let mut headings = BTreeMap::new();
    for b in &blocks {
        if let BlockKind::Headings(hs) = &b.kind {
            for (k, label) in hs {
                let line = b.head.as_ref().map_or(0, |h| h.line);
                headings.entry(*k).or_insert((label.clone(), line));
            }
        }
    }
    let mut roles: Vec<Option<Role>> = blocks
        .iter()
        .map(|b| match &b.kind {
            BlockKind::Banner => Some(Role::Banner),
            BlockKind::PartyRow(_) => Some(Role::Parties),
            BlockKind::Headings(_) => Some(Role::Heading),
            BlockKind::Contact => Some(Role::Contact),
            BlockKind::Role(_) => Some(Role::RoleBlock),
            BlockKind::Comment(_) => Some(Role::Comment),
            BlockKind::Caption => Some(Role::Caption),
            BlockKind::Footer => Some(Role::Footer),
            BlockKind::Paragraph => None,
        })
        .collect();

    // Another office's contact on lines of its own, beside the bureau's
    // (`〔事業内容について〕…市商工課 TEL:…`): no section's, as a footer is.
    for (i, b) in blocks.iter().enumerate() {
        // (Cheap first: a line or two of a paragraph of its own.)
        if roles[i].is_none()
            && b.kind == BlockKind::Paragraph
            && b.body.len() <= 2
            && b.body.iter().all(|l| is_office_contact_line(&l.text))
        {
            roles[i] = Some(Role::Footer);
        }
    }
    let mut figures: Vec<Vec<Metric>> = vec![Vec::new(); blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        if roles[i].is_none() || roles[i] == Some(Role::RoleBlock) {
            figures[i] = metrics::find(&metrics::spans(&b.body));
        }
    }
    // A theme label over the page (`No.3 UIJターンによる移住・就職の促進`) is
    // furniture, as the case's number is; only a page with no other headline
    // takes it for the title.
    let labels: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            roles[i].is_none()
                && matches!(blocks[i].body.as_slice(), [line] if is_theme_label(&line.text))
        })
        .collect();
    for &i in &labels {
        figures[i].clear();
    }
    let title = find_title(&blocks, &roles, &figures, &labels)
        .or_else(|| closing_headline(&blocks, &roles, &labels))
        .or_else(|| question_headline(&blocks, &roles, &figures, &labels))
        .or_else(|| headline_apart(&blocks, &roles, &figures, &labels))
        .or_else(|| find_title(&blocks, &roles, &figures, &[]));
    for &i in &labels {
        if Some(i) != title {
            roles[i] = Some(Role::Footer);
        }
    }
    if let Some(t) = title {
        roles[t] = Some(Role::Title);
        figures[t].clear();
        // A subtitle set off by dashes (`～専門窓口と職場実習の組合せ～`) on
        // its own line next to the headline is part of it.
        for s in [t.wrapping_sub(1), t + 1] {
            if s < blocks.len() && roles[s].is_none() && is_subtitle(&blocks[s]) {
                roles[s] = Some(Role::Title);
                figures[s].clear();
            }
        }
        // A headline left on its 、 with the banner printed after it goes on
        // below the banner.
        if let Some(rest) = headline_across_banner(&blocks, &roles, t) {
            roles[rest] = Some(Role::Title);
            figures[rest].clear();
        }
    }
    for (i, b) in blocks.iter().enumerate() {
        let below_a_box = || i > 0 && caption_below(&blocks[i - 1], &b.body);
        if roles[i].is_none() && (is_caption(b) || below_a_box() || diagram_words_apart(&blocks, i))
        {
            roles[i] = Some(Role::Caption);
            figures[i].clear();
        }
    }
    // A line set apart next to a caption, written as a sentence without its
    // 。, captions the same photo ([`caption_beside_caption`]); right below a
    // heading it is the section's.
    for i in 0..blocks.len() {
        let beside =
            |j: Option<usize>| j.is_some_and(|j| roles.get(j) == Some(&Some(Role::Caption)));
        let under_heading = || {
            blocks[i].anchored_to.is_some()
                || i > 0 && matches!(blocks[i - 1].kind, BlockKind::Headings(_))
        };
        if roles[i].is_none()
            && (beside(i.checked_sub(1)) || beside(Some(i + 1)))
            && !under_heading()
            && caption_beside_caption(&blocks[i].body)
        {
            roles[i] = Some(Role::Caption);
            figures[i].clear();
        }
    }
    let content: Vec<usize> = (0..blocks.len()).filter(|&i| roles[i].is_none()).collect();
    let first_structural = blocks
        .iter()
        .position(|b| {
            matches!(
                b.kind,
                BlockKind::Banner | BlockKind::Headings(_) | BlockKind::PartyRow(_)
            )
        })
        .unwrap_or(0);
    let candidates: Vec<Candidate> = content
        .iter()
        .map(|&i| {
            let b = &blocks[i];
            let text = b.joined();
            // The numbered steps of what is done under their label or the
            // sentence announcing them (`＜支援の流れ＞` / `①…` / `②…`): as plain
            // as three cues of it, and its counts are of what was done (the
            // companies visited), not of what came of it.
            let steps = steps_under_label(&b.body);
            let reported = if steps { 0 } else { outcomes(&figures[i]) };
            let mut cues = if steps {
                cue_scores(&text, 0)
            } else {
                paragraph_cues(&text, &figures[i])
            };
            if is_voices(&text) {
                // Voices of participants: what came of it.
                cues[2] += 3.0;
            }
            if steps {
                cues[1] += 3.0;
            }
            let outlook =
                b.body.first().is_some_and(|l| is_outlook_label(&l.text)) || labelled_voices(b);
            if outlook {
                // What comes next, after what came of it, and the voices of
                // those who took part: the effect's box.
                cues = [0.0, 0.0, OUTLOOK];
            }
            let mut scores = cues;
            if let Some(k) = b.anchored_to {
                if let Some(p) = PROSE.iter().position(|&s| s == k) {
                    scores[p] += 6.0;
                }
            }
            if i < first_structural {
                // Above the banner and the headings: the lead paragraph of the slide.
                scores[0] += 1.5;
            }
            if Some(&i) == content.first() {
                scores[0] += 1.0;
            }
            // Neighbours in the text with only headings or captions between them
            // are likely one box; farther ones only weakly so.
            let adjacent = content.iter().rev().find(|&&j| j < i).is_some_and(|&j| {
                (j + 1..i).all(|k| matches!(roles[k], Some(Role::Heading) | Some(Role::Caption)))
            });
            Candidate {
                scores,
                adjacent,
                worded: cues.iter().any(|&c| c > 0.0),
                plainly: if outlook {
                    Some(2)
                } else if !headings.contains_key(&SectionKind::Purpose)
                    && Some(&i) == content.first()
                    && states_the_aim(&text, cues, reported)
                {
                    Some(0)
                } else {
                    plainly(cues)
                },
            }
        })
        .collect();
    let present: [bool; 3] = PROSE.map(|k| headings.contains_key(&k));
    let any_heading = present.iter().any(|&p| p);
    let chosen = assign_sections(&candidates, present);
    for (n, &i) in content.iter().enumerate() {
        roles[i] = Some(if !any_heading && !candidates[n].worded {
            Role::Unassigned
        } else {
            Role::Section(PROSE[chosen[n]])
        });
    }
    loose_captions(&blocks, &mut roles, &mut figures, &content);
    attach_notes(&blocks, &mut roles, &content);
    let (blocks, roles, figures) = if any_heading {
        label_for_the_overview(blocks, roles, figures, &mut headings)
    } else {
        (blocks, roles, figures)
    };
    Layout {
        blocks,
        roles: roles
            .into_iter()
            .map(|r| r.unwrap_or(Role::Unassigned))
            .collect(),
        headings,
        figures,
    }
}

/// A page printing its headings after their contents, at the foot of each box
/// (`…を図る。` / `課題・目的`, then a blank line and the next box): a heading
/// glued below a box of content and set apart from what follows (a blank
/// line, or the page's end) closes the box above it, as content right below
/// a heading is that heading's on a page printed top-down. Only where the
/// page's headings stand so more often than over content glued below them
/// (two at least): elsewhere such a heading is one whose blank line above
/// was lost, and heads the box below it. The paragraph above is anchored to
/// the heading's section (a headline above, the title, is left alone).
fn label_boxes_above_their_headings(mut blocks: Vec<Block>) -> Vec<Block> {
    // (Glued or apart as the lines are numbered: a squeezed page's items are
    // given gaps of their own, and the text printed on a heading's line is
    // glued below it.)
    let first_line = |b: &Block| b.head.as_ref().or(b.body.first()).map_or(0, |it| it.line);
    let last_line = |b: &Block| b.body.last().or(b.head.as_ref()).map_or(0, |it| it.line);
    let mut at_foot = Vec::new();
    let mut over_content = 0;
    for (i, b) in blocks.iter().enumerate() {
        let BlockKind::Headings(hs) = &b.kind else {
            continue;
        };
        let end = last_line(b);
        let next = blocks.get(i + 1);
        if next.is_some_and(|n| first_line(n) <= end + 1) {
            over_content += 1;
            continue;
        }
        let glued_below_content = i > 0
            && matches!(
                blocks[i - 1].kind,
                BlockKind::Paragraph | BlockKind::Role(_)
            )
            && last_line(&blocks[i - 1]) + 1 == first_line(b);
        if hs.len() == 1 && glued_below_content {
            at_foot.push((i, hs[0].0));
        }
    }
    if at_foot.len() < 2 || at_foot.len() <= over_content {
        return blocks;
    }
    for (i, kind) in at_foot {
        let above = &mut blocks[i - 1];
        let headline =
            above.body.len() <= 2 && above.body.last().is_some_and(|l| is_headline(&l.text));
        if above.kind == BlockKind::Paragraph
            && above.anchored_to.is_none()
            && PROSE.contains(&kind)
            && !headline
        {
            above.anchored_to = Some(kind);
        }
    }
    blocks
}

/// A page printing its section headings but none for 実施概要, whose overview
/// opens with a box under a label of its own in a heading's 【】 (`【取組の流れ】`
/// over its steps `①…` `②…`): the box stands in the overview heading's place,
/// its label is the overview's heading, not a line of its text. (Where the page
/// prints 【実施概要】, such a label is a sub-heading inside the overview, kept;
/// so is a label in other marks, `＜職場体験の流れ＞`.)
fn label_for_the_overview(
    mut blocks: Vec<Block>,
    mut roles: Vec<Option<Role>>,
    mut figures: Vec<Vec<Metric>>,
    headings: &mut BTreeMap<SectionKind, (String, usize)>,
) -> (Vec<Block>, Vec<Option<Role>>, Vec<Vec<Metric>>) {
    let overview = Some(Role::Section(SectionKind::Overview));
    if headings.contains_key(&SectionKind::Overview) {
        return (blocks, roles, figures);
    }
    let Some(i) = roles.iter().position(|r| *r == overview) else {
        return (blocks, roles, figures);
    };
    // (In the 【】 the headings are printed in: a box labelled otherwise,
    // `＜開催概要＞`, is a sub-heading of an overview without its heading.)
    let labelled = blocks[i].body.len() >= 2
        && blocks[i].body[0].text.starts_with('【')
        && is_label_line(&blocks[i].body[0].text);
    if !labelled {
        return (blocks, roles, figures);
    }
    let label_line = blocks[i].body.remove(0);
    if let Some(next) = blocks[i].body.first_mut() {
        next.gap_before = false;
    }
    let text = &label_line.text;
    let open = text.chars().next().map_or(0, char::len_utf8);
    let close = text.chars().next_back().map_or(0, char::len_utf8);
    let label = text[open..text.len() - close].trim().to_string();
    headings.insert(SectionKind::Overview, (label.clone(), label_line.line));
    let heading = Block {
        kind: BlockKind::Headings(vec![(SectionKind::Overview, label.clone())]),
        head: Some(Item {
            kind: ItemKind::Headings(vec![(SectionKind::Overview, label)]),
            ..label_line
        }),
        body: Vec::new(),
        anchored_to: None,
    };
    blocks.insert(i, heading);
    roles.insert(i, Some(Role::Heading));
    figures.insert(i, Vec::new());
    (blocks, roles, figures)
}

/// A photo's caption or a sign's words printed loose after a section's box
/// ([`loose_caption`]: one line, a noun phrase with no brackets) is no
/// content: the box before it (headings between) is a paragraph of finished
/// sentences or items, or the role blocks right above it (no heading
/// between) whose last item is finished, unlike it, and the section it was
/// read into has that content of its own. A line right below its heading, or the only content
/// of its section, stays.
fn loose_captions(
    blocks: &[Block],
    roles: &mut [Option<Role>],
    figures: &mut [Vec<Metric>],
    content: &[usize],
) {
    for &i in content {
        let Some(Role::Section(k)) = roles[i] else {
            continue;
        };
        if blocks[i].anchored_to.is_some() || !loose_caption(&blocks[i].body) {
            continue;
        }
        let above = (0..i)
            .rev()
            .find(|&j| !matches!(roles[j], Some(Role::Heading | Role::Caption | Role::Footer)));
        let after_a_box = above.is_some_and(|j| match roles[j] {
            Some(Role::Section(_)) => {
                blocks[j].body.len() >= 2
                    && blocks[j].body.last().is_some_and(|l| is_terminal(&l.text))
            }
            // Right below a role block's items, its last one finished
            // (`◆当日の職業相談`); under a heading, the line is its section's.
            Some(Role::RoleBlock) => {
                (j + 1..i).all(|k| roles[k] != Some(Role::Heading))
                    && blocks[j].body.last().is_some_and(|l| {
                        is_terminal(&l.text) || l.text.chars().last().is_some_and(is_noun_char)
                    })
            }
            _ => false,
        });
        let others = content
            .iter()
            .any(|&j| j != i && roles[j] == Some(Role::Section(k)));
        if after_a_box && others {
            roles[i] = Some(Role::Caption);
            figures[i].clear();
        }
    }
}

/// Roles written as sentences under the 役割分担 heading: a paragraph in the
/// roles' place ([`in_roles_place`]) whose sentences each open on an
/// organisation as their subject ([`roles_in_prose`]) is the division of
/// work, one role per organisation, not purpose or overview. Other
/// paragraphs, and every paragraph of a page that prints no 役割分担, are
/// left as they are.
fn read_roles_in_prose(mut blocks: Vec<Block>) -> Vec<Block> {
    let Some(place) = in_roles_place(&blocks) else {
        return blocks;
    };
    // (Cheap first: a paragraph whose first line may open on a subject.)
    let mut candidates = place.filter(|&i| {
        blocks[i].kind == BlockKind::Paragraph
            && blocks[i]
                .body
                .first()
                .is_some_and(|l| may_open_on_subject(&l.text))
    });
    let Some(first) = candidates.next() else {
        return blocks;
    };
    let parties: Vec<String> = blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::PartyRow(names) => Some(names.iter().cloned()),
            _ => None,
        })
        .flatten()
        .collect();
    let found: Vec<(usize, Vec<Block>)> = std::iter::once(first)
        .chain(candidates)
        .filter_map(|i| roles_in_prose(&blocks[i], &parties).map(|roles| (i, roles)))
        .collect();
    // Each paragraph read so gives way to its roles (from the last, so that
    // the indices of the others stay put).
    for (i, roles) in found.into_iter().rev() {
        blocks.splice(i..=i, roles);
    }
    blocks
}

/// 【連携内容】 (what the partners do together) heads the overview on most
/// pages; on a page whose role blocks (【org】 over items, `org：…` lines)
/// stand with no heading naming the roles, it is the roles' heading: who does
/// what is the content of the partnership there.
fn cooperation_heads_roles(mut blocks: Vec<Block>) -> Vec<Block> {
    let cooperation = |label: &str| {
        let key = crate::block::heading_key(label);
        key == "連携内容" || key == "連携の内容"
    };
    let headed = |blocks: &[Block], wanted: &dyn Fn(&SectionKind, &str) -> bool| {
        blocks.iter().any(
            |b| matches!(&b.kind, BlockKind::Headings(hs) if hs.iter().any(|(k, l)| wanted(k, l))),
        )
    };
    if !headed(&blocks, &|_, l| cooperation(l))
        || headed(&blocks, &|k, _| *k == SectionKind::Roles)
        || !blocks.iter().any(|b| matches!(b.kind, BlockKind::Role(_)))
    {
        return blocks;
    }
    let relabel = |hs: &mut Vec<(SectionKind, String)>| {
        for (k, label) in hs.iter_mut() {
            if cooperation(label) {
                *k = SectionKind::Roles;
            }
        }
    };
    for b in &mut blocks {
        if let BlockKind::Headings(hs) = &mut b.kind {
            relabel(hs);
        }
        if let Some(Item {
            kind: ItemKind::Headings(hs),
            ..
        }) = &mut b.head
        {
            relabel(hs);
        }
    }
    blocks
}

/// Comments known by their signature rather than a header. A box of
/// sentences closed by a dash and who speaks ([`dash_signature`]:
/// `― 〇〇市産業部長`, on its last line or after its last sentence) is that
/// speaker's comment, wherever it stands; a signature set apart by a blank
/// line below such a box closes it too. An interview (a comment box of
/// Ｑ．/Ａ． lines) signed at its end, with a dash or in brackets
/// (`（〇〇大学校 造園科講師）`, [`bracket_signature`]), is the comment of
/// the one who signs, not of the name its header gives. So is a box of one
/// quotation 「…」 with no header signed so on the line below it
/// (`（〇〇県 労働政策課）`): the quotation marks are the box's, no part
/// of the text. The signature is no part of the text: a line of its own is
/// kept as the comment's signature item (an [`ItemKind::CommentHeader`] below
/// the text).
fn read_signed_comments(mut blocks: Vec<Block>) -> Vec<Block> {
    // (Cheap first: the last line of a paragraph or comment holds a byte of
    // a dash or a closing bracket: `-`, `)` or the lead byte of ―─—.)
    let signed = |b: &Block| {
        matches!(b.kind, BlockKind::Paragraph | BlockKind::Comment(_))
            && b.body
                .last()
                .is_some_and(|l| memchr::memchr3(b'-', b')', 0xE2, l.text.as_bytes()).is_some())
    };
    if !blocks.iter().any(signed) {
        return blocks;
    }
    // A lone signature below a box of finished sentences closes that box.
    let mut i = 1;
    while i < blocks.len() {
        let lone = blocks[i].kind == BlockKind::Paragraph
            && blocks[i].body.len() == 1
            && blocks[i].body[0].text.starts_with(['―', '─', '—', '-'])
            && dash_signature(&blocks[i].body[0].text).is_some_and(|(at, _)| at == 0);
        let above = &blocks[i - 1];
        if lone
            && above.kind == BlockKind::Paragraph
            && above.body.last().is_some_and(|l| l.text.ends_with('。'))
        {
            let mut sig = blocks.remove(i).body;
            blocks[i - 1].body.append(&mut sig);
        } else {
            i += 1;
        }
    }
    // An office's contact line read out right above a signed box (`…市総務部
    // 職員課 TEL:…`) is no word of the speaker's: it stands apart.
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        let contact_lines = if b.kind == BlockKind::Paragraph && signed(b) {
            b.body
                .iter()
                .take_while(|l| is_office_contact_line(&l.text))
                .count()
        } else {
            0
        };
        if contact_lines > 0 && contact_lines + 2 <= b.body.len() {
            let speech = blocks[i].body.split_off(contact_lines);
            blocks.insert(
                i + 1,
                Block {
                    kind: BlockKind::Paragraph,
                    head: None,
                    body: speech,
                    anchored_to: None,
                },
            );
            blocks[i].anchored_to = None;
        }
        i += 1;
    }
    for b in blocks.iter_mut().filter(|b| signed(b)) {
        let interview = matches!(b.kind, BlockKind::Comment(_))
            && b.body.first().is_some_and(|l| is_interview_line(&l.text));
        if !matches!(b.kind, BlockKind::Paragraph) && !interview {
            continue;
        }
        let n = b.body.len();
        let last = &b.body[n - 1].text;
        let spoken_above = n >= 2 && is_terminal(&b.body[n - 2].text);
        let (cut, speaker) = match dash_signature(last) {
            // On a line of its own, below a finished sentence.
            Some((0, speaker)) if spoken_above => (0, speaker),
            // After the last sentence on its line.
            Some((at, speaker)) if at > 0 => (at, speaker),
            _ => match bracket_signature(last) {
                Some(speaker) if interview && spoken_above => (0, speaker),
                Some(speaker) if spoken_above && one_quotation(&b.body[..n - 1]) => {
                    unquote(&mut b.body[..n - 1]);
                    (0, speaker)
                }
                _ => continue,
            },
        };
        if cut == 0 {
            // The signature's line stays the comment's, as its header's would.
            b.body[n - 1].kind = ItemKind::CommentHeader(speaker.clone());
        } else {
            let kept = b.body[n - 1].text[..cut].trim_end().to_string();
            b.body[n - 1].text = kept;
        }
        b.kind = BlockKind::Comment(speaker);
        b.anchored_to = None;
    }
    blocks
}

/// A signed quotation's words without the quotation marks around them: the
/// 「 opening the first line and the 」 closing the last.
fn unquote(lines: &mut [Item]) {
    if let Some(first) = lines.first_mut() {
        first.text = first.text['「'.len_utf8()..].to_string();
    }
    if let Some(last) = lines.last_mut() {
        let end = last.text.len() - '」'.len_utf8();
        last.text.truncate(end);
    }
}

/// A comment printed in two boxes: a box with no header of its own, in the
/// column of the comment box before it (no wider, at most three characters
/// narrower, [`COMMENT_COLUMN`] at most), written in sentences in a
/// speaker's voice ([`in_a_speakers_voice`]: `…と思う。`, `…です。`), is
/// more of that comment, wherever the conversion put it (after a caption, a
/// mascot's name, another box). Its lines join the comment's.
fn join_comment_boxes(mut blocks: Vec<Block>) -> Vec<Block> {
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        // (Cheap first: a narrow box of sentences with no header.)
        let second_box = b.kind == BlockKind::Paragraph
            && b.anchored_to.is_none()
            && b.body.len() >= 2
            && b.body.last().is_some_and(|l| l.text.ends_with('。'))
            && !starts_with_bullet(&b.body[0].text)
            // (At most three bytes a character: a narrow box is short in bytes.)
            && b.body.iter().all(|l| l.text.len() <= 3 * COMMENT_COLUMN);
        let column = if second_box { b.max_width() } else { 0 };
        let comment = second_box
            .then(|| {
                blocks[..i]
                    .iter()
                    .rposition(|c| matches!(c.kind, BlockKind::Comment(_) | BlockKind::Banner))
            })
            .flatten()
            .filter(|&j| {
                let c = &blocks[j];
                matches!(c.kind, BlockKind::Comment(_))
                    && column <= COMMENT_COLUMN
                    && column <= c.max_width()
                    && column + 3 >= c.max_width()
                    && in_a_speakers_voice(&blocks[i].joined())
            });
        match comment {
            Some(j) => {
                let mut more = blocks.remove(i).body;
                if let Some(first) = more.first_mut() {
                    first.gap_before = true;
                }
                blocks[j].body.append(&mut more);
            }
            None => i += 1,
        }
    }
    blocks
}

/// Where the 役割分担 heading's content stands: the blocks after the heading
/// (after the row of headings it is printed in, when the headings stand in a
/// row with their contents below them all) up to the next heading. `None`
/// when the page prints no 役割分担.
fn in_roles_place(blocks: &[Block]) -> Option<std::ops::Range<usize>> {
    let is_heading = |b: &Block| matches!(b.kind, BlockKind::Headings(_));
    let heading = blocks.iter().position(|b| {
        matches!(&b.kind, BlockKind::Headings(hs) if hs.iter().any(|(k, _)| *k == SectionKind::Roles))
    })?;
    let start = heading
        + blocks[heading..]
            .iter()
            .position(|b| !is_heading(b))
            .unwrap_or(blocks.len() - heading);
    let end = start
        + blocks[start..]
            .iter()
            .position(is_heading)
            .unwrap_or(blocks.len() - start);
    Some(start..end)
}

/// Sentences that go on with the sentence before them (`また、…`): the same
/// subject's, its next item.
fn goes_on(sentence: &str) -> bool {
    sentence.contains('、')
        && regex!(r"^(?:また|さらに|加えて|併せて|あわせて|なお|その他|ほかに)、")
            .is_match(sentence)
}

/// A paragraph that divides the work among organisations in sentences
/// (`松本市は、…を提供する。ハローワーク松本は、…を行う。`): every sentence opens
/// on an organisation as its subject ([`sentence_subject`]) or goes on with
/// the one before (`また、…`, a bullet line), and at least two organisations
/// are named so. Two organisations in one sentence are parted at the 、 before
/// the second subject (`労働局は進捗管理と助言、ハローワークは…を行った。`,
/// the 、 dropped). Its wording is of what is done, not of the problem or the
/// outcome ([`cue_scores`]). One role per organisation, named as printed, in the order
/// they first come; each sentence is one of its items, kept whole, subject
/// and all: the text is the bulletin's, unchanged (the items are the
/// returned blocks' lines, cut at the sentence ends).
pub fn roles_in_prose(block: &Block, parties: &[String]) -> Option<Vec<Block>> {
    let body = &block.body;
    // The first line must open on a name, and the paragraph be sentences.
    sentence_subject(&body.first()?.text, parties)?;
    if !body.iter().any(|l| l.text.contains('。')) {
        return None;
    }
    // The paragraph as one text, each line's start in it.
    let mut text = String::new();
    let mut starts = Vec::with_capacity(body.len());
    for l in body {
        starts.push(text.len());
        text.push_str(&l.text);
    }
    // Cuts: (end of a piece, start of the next), at sentence ends, at lines
    // opening on a bullet, and at the 、 before a second subject in a
    // sentence that opened on one.
    let bullets: Vec<usize> = starts
        .iter()
        .zip(body)
        .skip(1)
        .filter(|(_, l)| starts_with_bullet(&l.text))
        .map(|(&s, _)| s)
        .collect();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut piece = 0;
    for (at, c) in text.char_indices() {
        if bullets.contains(&at) {
            cuts.push((at, at));
            piece = at;
        }
        let after = at + c.len_utf8();
        if c == '。' && after < text.len() {
            cuts.push((after, after));
            piece = after;
        } else if c == '、'
            && sentence_subject(&text[after..], parties)
                .is_some_and(|name| text[after + name.len()..].starts_with('は'))
            && sentence_subject(text[piece..at].trim_start(), parties).is_some()
        {
            cuts.push((at, after));
            piece = after;
        }
    }
    // The pieces, each as the lines (or parts of lines) it spans.
    let mut bounds = vec![(0, 0)];
    bounds.extend(cuts.iter().copied());
    bounds.push((text.len(), text.len()));
    let mut roles: Vec<(&str, Vec<Item>)> = Vec::new();
    // The role of the sentence before.
    let mut last: Option<usize> = None;
    for w in bounds.windows(2) {
        let (from, to) = (w[0].1, w[1].0);
        let piece = text[from..to].trim_start();
        if piece.is_empty() {
            continue;
        }
        let lines: Vec<Item> = body
            .iter()
            .zip(&starts)
            .filter_map(|(l, &s)| {
                let (a, b) = (from.max(s), to.min(s + l.text.len()));
                let part = text.get(a..b)?.trim();
                (a < b && !part.is_empty()).then(|| Item {
                    line: l.line,
                    text: part.to_string(),
                    kind: ItemKind::Text,
                    gap_before: l.gap_before && a == s,
                })
            })
            .collect();
        let at = match sentence_subject(piece, parties) {
            Some(org) => match roles.iter().position(|(o, _)| *o == org) {
                Some(at) => at,
                None => {
                    roles.push((org, Vec::new()));
                    roles.len() - 1
                }
            },
            None if goes_on(piece) || starts_with_bullet(piece) => last?,
            None => return None,
        };
        roles[at].1.extend(lines);
        last = Some(at);
    }
    // What each does reads as what was done, not as the problem met nor as
    // what came of it (`市は…を課題としてきた。ハローワークは…に苦慮していた。`).
    let [purpose, overview, effect] = cue_scores(&text, 0);
    if purpose > overview || effect > overview {
        return None;
    }
    (roles.len() >= 2).then(|| {
        roles
            .into_iter()
            .map(|(org, body)| Block {
                kind: BlockKind::Role(vec![org.to_string()]),
                head: None,
                body,
                anchored_to: None,
            })
            .collect()
    })
}

/// The page's first paragraph opening on the problem and the aim: it states
/// an aim (`…を図る`, `…を目的とする`, `…ことを目指す`), reads as the purpose
/// at least as much as as anything else, and reports no outcome figure. Such
/// a lead paragraph is the purpose even on a page that prints no
/// 【課題・目的】 (the guide: a section without its heading is null "unless a
/// paragraph plainly is that section's content").
fn states_the_aim(text: &str, cues: [f32; 3], reported: usize) -> bool {
    let [purpose, overview, effect] = cues;
    reported == 0 && purpose >= overview.max(effect) && purpose >= 2.0 && {
        let c = cues::count(text);
        c.goal + c.aim > 0
    }
}

/// The weight of an outlook's label ([`is_outlook_label`]) for the effect:
/// as strong as a heading over it.
const OUTLOOK: f32 = 6.0;

/// The marks, brackets and numbering that may open an outlook's label.
const OUTLOOK_MARKS: [char; 20] = [
    '【', '<', '《', '≪', '〈', '(', '[', '.', ')', '■', '□', '◆', '◇', '●', '○', '◎', '▼', '★',
    '☆', '▶',
];

/// A label of what comes next (`【今後の展開】`, `【今後の課題】`,
/// `＜今後の方向性＞`, `5.今後の取組`), on a line of its own or opening the
/// line of its text. An outlook is what comes after what came of the
/// initiative: its box is the effect's, wherever it was printed, its label
/// kept as a sub-heading of the effect's text. A page with no 効果 heading
/// still puts it there: an outlook is plainly no problem to meet nor a
/// thing done.
pub fn is_outlook_label(text: &str) -> bool {
    // (Cheap first: the words, near the start.)
    let Some(at) = text.find("今後の") else {
        return false;
    };
    let (before, label) = text.split_at(at);
    if before.chars().count() > 4 {
        return false;
    }
    // Before the words only a mark, a bracket or a number (`5.`, `(2)`).
    let marks_only = before.chars().all(|c| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || OUTLOOK_MARKS.contains(&c)
            || ('①'..='⑳').contains(&c)
    });
    if !marks_only {
        return false;
    }
    // The label ends at its closing bracket, or is the whole line.
    let end = label
        .find(['】', '>', '》', '≫', '〉', ')', ']'])
        .unwrap_or(label.len());
    let words = &label[..end];
    (4..=10).contains(&words.chars().count())
        && !words.contains(['。', '、', 'は', 'も', 'に', 'を'])
        && (end < label.len() || !before.is_empty() || !label.contains('。'))
}

/// Numbered notes (`※1 本事業について…`) go with the paragraph that refers to
/// them (`…サポート事業(※1)`), whatever their wording reads as.
fn attach_notes(blocks: &[Block], roles: &mut [Option<Role>], content: &[usize]) {
    for &i in content {
        let Some(mark) = note_mark(&blocks[i]) else {
            continue;
        };
        let referring = content.iter().copied().find(|&j| {
            j != i
                && blocks[j].body.iter().any(|l| {
                    l.text.match_indices(mark.as_str()).any(|(at, _)| {
                        at > 0
                            && !l.text[at + mark.len()..].starts_with(|c: char| c.is_ascii_digit())
                    })
                })
        });
        if let Some(j) = referring {
            roles[i] = roles[j];
        }
    }
}

/// The mark of a block of numbered notes (`※1 本事業について…` → `※1`).
pub fn note_mark(block: &Block) -> Option<String> {
    let text = block.body.first().map_or("", |l| l.text.as_str());
    let mark = regex!(r"^※\s*[0-9]+").find(text)?;
    Some(
        mark.as_str()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect(),
    )
}

/// A box of voices under its label in brackets (`＜参加者の声＞`,
/// `＜受講生の感想＞`, `【参加企業の声】`) over quotations only, each perhaps
/// marked by a bullet (`・「…」`) and followed by who said it
/// (`「…」（20代・女性）`): what came of the initiative, as an outlook's box
/// is, wherever the conversion printed it.
fn labelled_voices(b: &Block) -> bool {
    // (Cheap first: the label.)
    let [label, quotes @ ..] = b.body.as_slice() else {
        return false;
    };
    fn unmarked(t: &str) -> &str {
        t.strip_prefix('・').unwrap_or(t)
    }
    if quotes.is_empty()
        || !label.text.starts_with(['<', '《', '≪', '〈', '(', '【'])
        || !(label.text.contains('声') || label.text.contains("感想"))
        || !unmarked(&quotes[0].text).starts_with('「')
    {
        return false;
    }
    let said: String = quotes.iter().map(|l| unmarked(&l.text)).collect();
    regex!(r"^(?:「[^「」]+」\s*(?:\([^()]*\))?\s*)+$").is_match(&said)
}

/// A paragraph of voices: quotations only (`「…」「…」`), perhaps under a
/// label in brackets (`＜参加者の声＞`).
fn is_voices(text: &str) -> bool {
    let t = match text.strip_prefix(['<', '《', '≪', '〈', '(']) {
        Some(rest) => match rest.split_once(['>', '》', '≫', '〉', ')']) {
            Some((_, after)) => after,
            None => return false,
        },
        None => text,
    };
    t.strip_prefix('「')
        .and_then(|t| t.strip_suffix('」'))
        .is_some_and(|inner| inner.split("」「").all(|q| !q.contains(['「', '」'])))
}

/// Counted figures that report outcomes: all but those set as goals.
pub fn outcomes(figures: &[Metric]) -> usize {
    figures.iter().filter(|m| is_outcome(m)).count()
}

/// A counted figure reporting an outcome: not one set as a goal, nor one per
/// session or per day (`1回あたりの来所者は10名程度`: the scale the plan sets
/// for each, as a capacity is, not what came of it).
fn is_outcome(m: &Metric) -> bool {
    let per_unit = m
        .qualifier
        .as_deref()
        .is_some_and(|q| ["あたり", "当たり", "につき"].iter().any(|w| q.contains(w)));
    m.category != MetricCategory::Target && !per_unit
}

/// The weight for the effect of a figure standing in a sentence of context
/// ([`figures_in_context`]), against 3 for one reported as a result.
const CONTEXT_FIGURE: f32 = 1.0;

/// Outcome figures ([`outcomes`]) printed in a sentence that states the
/// problem met (`…業者は約80戸あるが、高齢化が進み…`) or what was done
/// (`第2期生として受講者(12名)が学んだ`), worded so and not as what came of
/// it: the reader takes them as the setting, not as a result reported, so they
/// weigh less for the effect. A figure not found as printed (`1,200人`) is
/// taken as a result.
fn figures_in_context(text: &str, figures: &[Metric]) -> usize {
    figures
        .iter()
        .filter(|m| is_outcome(m))
        .filter(|m| {
            // (Cheap first: the figure as printed.)
            let printed = format!("{}{}", m.value, m.unit);
            let Some(at) = text.find(&printed) else {
                return false;
            };
            let start = text[..at].rfind('。').map_or(0, |p| p + '。'.len_utf8());
            let end = text[at..].find('。').map_or(text.len(), |p| at + p);
            let c = cues::count(&text[start..end]);
            c.need > 0 && c.effect == 0
        })
        .count()
}

/// A paragraph's cue scores ([`cue_scores`]) given its counted figures: an
/// outcome figure in a sentence of context ([`figures_in_context`]) weighs
/// [`CONTEXT_FIGURE`] for the effect, one reported as a result 3.
pub fn paragraph_cues(text: &str, figures: &[Metric]) -> [f32; 3] {
    let c = cues::count(text);
    let reported = outcomes(figures);
    // (Cheap first: a paragraph with no word of a need has no sentence of one.)
    let in_context = if c.need > 0 && reported > 0 {
        figures_in_context(text, figures)
    } else {
        0
    };
    weighed_cues(c, text, reported - in_context, in_context)
}

/// A paragraph's affinity to each prose section.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Score for purpose, overview, effect.
    pub scores: [f32; 3],
    /// Only headings or captions stand between this paragraph and the previous candidate.
    pub adjacent: bool,
    /// Its wording reads as some section (positional preferences aside).
    pub worded: bool,
    /// The section its wording plainly is ([`plainly`]), if any.
    pub plainly: Option<usize>,
}

/// The section a paragraph's wording plainly is: strongly worded for it (a
/// score of 3 or more: three cues of what was done, a stated goal, an outcome
/// figure) and not at all for the others. Such a paragraph is that section's
/// content even on a page that prints no heading for it (the annotation guide:
/// a missing heading leaves the section null "unless a paragraph plainly is
/// that section's content").
pub fn plainly(cues: [f32; 3]) -> Option<usize> {
    const PLAIN: f32 = 3.0;
    let k = (0..3).find(|&k| cues[k] >= PLAIN)?;
    (0..3).all(|o| o == k || cues[o] == 0.0).then_some(k)
}

/// Score the wording of a paragraph for purpose, overview and effect, given
/// how many counted figures in it report outcomes ([`outcomes`]).
pub fn cue_scores(text: &str, outcomes: usize) -> [f32; 3] {
    weighed_cues(cues::count(text), text, outcomes, 0)
}

/// [`cue_scores`] given the outcome figures reported as results and those
/// standing in a sentence of context ([`figures_in_context`]).
fn weighed_cues(c: cues::Counts, text: &str, results: usize, in_context: usize) -> [f32; 3] {
    // `…受けられるため、利便性が向上した。`: a reason (after a state, a
    // potential or a past, not an intention: `…を明らかにするため、`) leading
    // to what came of it is no need to meet.
    let reasons = if c.need > 0 && text.contains("ため、") {
        regex!(r"(?:られる|れる|ている|った|した|[^さ]い|ない)ため、[^。]*た。")
            .find_iter(text)
            .count()
    } else {
        0
    };
    let need = c.need.saturating_sub(reasons);
    let purpose = 3.0 * c.goal as f32 + 2.0 * c.aim as f32 + need as f32;
    let overview = (c.overview + c.listing) as f32;
    // A capacity (`定員20名`) is a figure of the plan, not of what came of it.
    // (A capacity stands in a sentence of the plan: it is one of those in
    // context, if any are.)
    let in_context_left = in_context.saturating_sub(c.capacities);
    let results = results.saturating_sub(c.capacities - (in_context - in_context_left));
    let effect = 2.0 * c.effect as f32
        + 3.0 * (results.min(2) as f32)
        + CONTEXT_FIGURE * (in_context_left.min(2) as f32);
    [purpose, overview, effect]
}

/// Choose one prose section for each candidate paragraph (in text order).
///
/// Maximises the sum of the paragraphs' scores, plus 1.5 for each pair of
/// adjacent paragraphs in the same section (0.3 when other blocks stand between;
/// none when either is worded, but with no word of that section),
/// minus 4 for each paragraph put in a section the page prints no heading for
/// (unless its wording [`plainly`] is that section),
/// minus 5 for each printed heading left empty,
/// minus 1 for each purpose paragraph after a non-purpose one. Exact, by dynamic
/// programming over (previous section, sections used so far, seen non-purpose).
pub fn assign_sections(candidates: &[Candidate], present: [bool; 3]) -> Vec<usize> {
    const NEIGHBOUR: f32 = 1.5;
    const FAR_NEIGHBOUR: f32 = 0.3;
    const ABSENT: f32 = 4.0;
    const EMPTY: f32 = 5.0;
    const LATE_PURPOSE: f32 = 1.0;
    let any_heading = present.iter().any(|&p| p);
    let n = candidates.len();
    if n == 0 {
        return Vec::new();
    }
    // state: prev (0..3), used mask (0..8), seen_non_purpose (0..2)
    let idx = |prev: usize, mask: usize, seen: usize| (prev * 8 + mask) * 2 + seen;
    const STATES: usize = 3 * 8 * 2;
    let mut best = vec![[f32::NEG_INFINITY; STATES]; n];
    let mut back = vec![[usize::MAX; STATES]; n];
    let local = |i: usize, s: usize, seen: bool| -> f32 {
        let mut v = candidates[i].scores[s];
        if any_heading && !present[s] && candidates[i].plainly != Some(s) {
            v -= ABSENT;
        }
        if s == 0 && seen {
            v -= LATE_PURPOSE;
        }
        v
    };
    for s in 0..3 {
        let seen = usize::from(s != 0);
        best[0][idx(s, 1 << s, seen)] = local(0, s, false);
    }
    for i in 1..n {
        for st in 0..STATES {
            let v = best[i - 1][st];
            if v == f32::NEG_INFINITY {
                continue;
            }
            let (prev, mask, seen) = (st / 16, (st / 2) % 8, st % 2);
            for s in 0..3 {
                let mut nv = v + local(i, s, seen == 1);
                // A paragraph worded as some section, with no word of this
                // one, neither draws its neighbour into it nor is drawn.
                let foreign = |c: &Candidate| c.worded && c.scores[s] <= 0.0;
                if s == prev && !foreign(&candidates[i]) && !foreign(&candidates[i - 1]) {
                    nv += if candidates[i].adjacent {
                        NEIGHBOUR
                    } else {
                        FAR_NEIGHBOUR
                    };
                }
                let nst = idx(s, mask | (1 << s), usize::from(seen == 1 || s != 0));
                if nv > best[i][nst] {
                    best[i][nst] = nv;
                    back[i][nst] = st;
                }
            }
        }
    }
    let final_score = |st: usize| {
        let mask = (st / 2) % 8;
        let empty = (0..3)
            .filter(|&s| present[s] && mask & (1 << s) == 0)
            .count() as f32;
        best[n - 1][st] - EMPTY * empty.min(n as f32)
    };
    let mut st = (0..STATES)
        .filter(|&s| best[n - 1][s] > f32::NEG_INFINITY)
        .max_by(|&a, &b| final_score(a).total_cmp(&final_score(b)).then(b.cmp(&a)))
        .expect("at least one state");
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = st / 16;
        if i > 0 {
            st = back[i][st];
        }
    }
    out
}

/// The least score a paragraph needs to be taken for the headline.
const TITLE_THRESHOLD: f32 = 2.0;

/// Pick the headline among the paragraphs: above the first heading, right
/// under the case's number or theme tag, or opening on the number it wins
/// outright; elsewhere it must read as a headline: a headline ending
/// (…を実施, …で後押し), or the weaker closing on the noun of the action
/// (…で人材確保) with a second sign (「…」 or 、).
/// A figure reported as an outcome speaks against it (a headline may state a
/// goal: …500人就労に向け…); a closing ！ speaks for it. The blocks in `skip`
/// (theme labels) are passed over, as if they were furniture. A photo's
/// caption marked as one (`▲…`, `(写真)…`) is never the headline.
fn find_title(
    blocks: &[Block],
    roles: &[Option<Role>],
    figures: &[Vec<Metric>],
    skip: &[usize],
) -> Option<usize> {
    let open = |i: usize| roles[i].is_none() && !skip.contains(&i);
    // The header zone: above the first section heading.
    let first_heading = blocks
        .iter()
        .position(|b| matches!(b.kind, BlockKind::Headings(_)))
        .unwrap_or(blocks.len());
    let first_para = (0..blocks.len()).find(|&i| open(i));
    let mut best: Option<(f32, usize)> = None;
    for (i, b) in blocks.iter().enumerate() {
        if !open(i) || !(1..=3).contains(&b.body.len()) || is_subtitle(b) {
            continue;
        }
        let text = b.joined();
        let chars = text.chars().count();
        // A headline may open with the quoted name of its programme
        // (`「…」で人材確保`); quotations and nothing else are voices.
        // A photo's caption marked as one (`▲…の様子(…)`) names a picture.
        if b.body.iter().any(|l| l.text.ends_with('。'))
            || b.body.iter().any(|l| marked_photo_caption(&l.text))
            || starts_with_bullet(&text)
            || text.starts_with(['(', '≪', '《', '<', '【'])
            || is_voices(&text)
            || !(8..=100).contains(&chars)
            || b.body.iter().any(|l| l.width() > 60)
        {
            continue;
        }
        let mut score = 0.0;
        if i < first_heading || under_case_mark(blocks, i) || case_number_prefix(&text).is_some() {
            score += 3.0;
        }
        if outcomes(&figures[i]) > 0 {
            score -= 2.0;
        }
        if Some(i) == first_para {
            score += 1.0;
        }
        // A catchphrase closing as a headline over the programme's name on
        // the line below (`…を応援！` / `…での「…相談」`) is a headline too.
        let catchphrase = matches!(b.body.as_slice(), [first, second]
            if has_headline_ending(&first.text) && !opens_on_kana(&second.text));
        if has_headline_ending(&text) || catchphrase {
            score += 2.0;
        } else if ends_on_action_noun(&text) {
            score += 1.0;
        }
        if text.ends_with(['!', '！']) {
            score += 1.0;
        }
        if text.contains('「') || text.contains('、') {
            score += 1.0;
        }
        if chars < 12 {
            score -= 2.0;
        }
        if score >= TITLE_THRESHOLD && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The other part of a headline the running banner is printed inside
/// (`…若者に向け、` / banner / `…が` / `…を開催`): the part above the banner
/// is left mid-sentence (on 、 or a particle), and the part below it, one or
/// two lines, bound to no heading, finishes it as a headline closes
/// ([`closes_as_headline`]) with no sentence end or figure. Either part may
/// be the headline found; the index of the other.
fn headline_across_banner(blocks: &[Block], roles: &[Option<Role>], t: usize) -> Option<usize> {
    let is_banner = |i: usize| blocks.get(i).is_some_and(|b| b.kind == BlockKind::Banner);
    let open = |i: usize| roles.get(i).is_some_and(|r| r.is_none());
    let (above, below) = if is_banner(t + 1) && open(t + 2) {
        (t, t + 2)
    } else if t >= 2 && is_banner(t - 1) && open(t - 2) {
        (t - 2, t)
    } else {
        return None;
    };
    let (head, rest) = (&blocks[above], &blocks[below]);
    let left_open = head.body.len() <= 2
        && head
            .body
            .last()
            .is_some_and(|l| ends_mid_sentence(&l.text) && !l.text.contains('。'));
    let finishes = rest.anchored_to.is_none()
        && (1..=2).contains(&rest.body.len())
        && rest.body.iter().all(|l| {
            l.width() <= 48
                && !l.text.contains('。')
                && !starts_with_bullet(&l.text)
                && !l.text.starts_with(LABEL_OPENERS)
                && !metrics::has_count(&l.text)
        })
        && rest
            .body
            .last()
            .is_some_and(|l| closes_as_headline(&l.text));
    (left_open && finishes).then_some(if above == t { below } else { above })
}

/// The case's number or its theme tag stands right over the paragraph
/// (`事例3`, `【若者支援】`, `テーマ:…`): a mark the headline is printed under.
fn under_case_mark(blocks: &[Block], i: usize) -> bool {
    let Some(above) = i.checked_sub(1).map(|j| &blocks[j]) else {
        return false;
    };
    match (&above.kind, above.body.as_slice()) {
        (BlockKind::Footer, _) => above
            .head
            .as_ref()
            .is_some_and(|h| is_case_number(&h.text) || is_theme_tag(&h.text)),
        (BlockKind::Paragraph, [line]) => is_theme_label(&line.text),
        _ => false,
    }
}

/// On a page where no paragraph reads as the headline by its words, the
/// headline printed last, set apart at the end of the page: the last
/// paragraph, wrapped over two or three lines as a headline is
/// ([`wrapped_headline`]: a catch line and the programme's headline, closing
/// on a noun), with only boxes, captions, the contact or footers below it.
/// A section's content below its heading is no headline.
fn closing_headline(blocks: &[Block], roles: &[Option<Role>], skip: &[usize]) -> Option<usize> {
    let open = |i: usize| roles[i].is_none() && !skip.contains(&i);
    let last = (0..blocks.len())
        .rev()
        .find(|&i| open(i) && !is_caption(&blocks[i]))?;
    let b = &blocks[last];
    (b.anchored_to.is_none() && wrapped_headline(&b.body)).then_some(last)
}

/// On a page where no paragraph reads as the headline otherwise, a question
/// put to the reader set apart on one to three lines (`…で` / `…始めてみませんか？`):
/// no 。 anywhere, closing on ？, not a section's text right under its heading,
/// no item, bracketed label, quotation or interview line (`Q.…`), no outcome
/// figure. A section's prose states things in sentences; a question standing
/// alone is the headline calling on the reader.
fn question_headline(
    blocks: &[Block],
    roles: &[Option<Role>],
    figures: &[Vec<Metric>],
    skip: &[usize],
) -> Option<usize> {
    (0..blocks.len()).find(|&i| {
        let b = &blocks[i];
        // (Cheap first: where it stands, how many lines, the closing ？.)
        short_and_apart(blocks, roles, skip, i)
            && b.body.last().is_some_and(|l| l.text.ends_with(['?', '？']))
            && b.body.iter().all(|l| !l.text.contains('。'))
            && {
                let text = b.joined();
                headline_sized(&text, &figures[i])
                    && !text.starts_with(['(', '≪', '《', '<', '【', '「', 'Q', 'Ｑ'])
            }
    })
}

/// A block that may be a headline by where it stands and its size: no
/// role's, not passed over, bound to no other block, one to three lines.
fn short_and_apart(blocks: &[Block], roles: &[Option<Role>], skip: &[usize], i: usize) -> bool {
    roles[i].is_none()
        && !skip.contains(&i)
        && blocks[i].anchored_to.is_none()
        && (1..=3).contains(&blocks[i].body.len())
}

/// A headline's text by its length and what it reports: 8 to 100
/// characters, no bullet item, no outcome figure.
fn headline_sized(text: &str, figures: &[Metric]) -> bool {
    (8..=100).contains(&text.chars().count()) && !starts_with_bullet(text) && outcomes(figures) == 0
}

/// On a page where no paragraph reads as the headline otherwise, the one
/// paragraph shaped as a headline, set apart between boxes: one to three
/// lines, no 。 and no figure, the lines above the last no sentence
/// (a catch line or the headline's opening), the last closing as a headline
/// does ([`closes_as_headline`]; a single line with a headline's closing
/// words, [`has_headline_ending`], [`ends_on_action_noun`]); not a section's text right under its
/// heading, no item, label, bracketed box, caption or diagram words. Two
/// such paragraphs on a page leave the headline unknown.
fn headline_apart(
    blocks: &[Block],
    roles: &[Option<Role>],
    figures: &[Vec<Metric>],
    skip: &[usize],
) -> Option<usize> {
    let mut found = (0..blocks.len()).filter(|&i| {
        let b = &blocks[i];
        // (Cheap first: where it stands, how many lines, how it ends.)
        short_and_apart(blocks, roles, skip, i)
            && b.body.last().is_some_and(|l| match b.body.len() {
                // One line closing on a noun names a thing (a photo's
                // `…の参加者`): alone, it says what is done, as a headline.
                1 => has_headline_ending(&l.text) || ends_on_action_noun(&l.text),
                _ => closes_as_headline(&l.text),
            })
            && b.body.iter().all(|l| {
                l.text.chars().count() <= 48
                    && !l.text.contains(['。', ':', '：'])
                    && !is_terminal(&l.text)
                    && !["ます", "です", "ました", "でした", "ません"]
                        .iter()
                        .any(|end| l.text.ends_with(end))
            })
            && {
                let text = b.joined();
                headline_sized(&text, &figures[i])
                    && !text.starts_with([
                        '(', '≪', '《', '<', '【', '「', '〈', '＜', '[', '※', 'Q', 'Ｑ',
                    ])
                    && !metrics::has_count(&text)
                    && !looks_like_caption(&b.body)
                    && !row_of_diagram_words(&b.body)
            }
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// A headline's last line closes on a noun (体言止め: a kanji or katakana,
/// `…の就労定着`, or a noun ending on its kana, `…への橋渡し`), on a
/// headline's closing words ([`has_headline_ending`]), or on the noun and
/// で of a headline that leaves its verb unsaid (`…が一つの窓口で`).
fn closes_as_headline(text: &str) -> bool {
    let words = text.trim_end().trim_end_matches(['!', '！']);
    if words.len() < text.trim_end().len() || has_headline_ending(words) {
        return true;
    }
    let words = words.strip_suffix('で').unwrap_or(words);
    let mut rev = words.chars().rev();
    match rev.next() {
        Some(c) if is_noun_char(c) => true,
        // A noun of a verb's stem (橋渡し, 仕組み): a kanji before the kana.
        Some('し' | 'み' | 'り' | 'び') => rev.next().is_some_and(is_noun_char),
        _ => false,
    }
}

/// A subtitle: one line set off by a pair of dashes or tildes
/// (`～専門窓口と職場実習の組合せ～`, `―地域で支える就職支援―`).
fn is_subtitle(b: &Block) -> bool {
    let [line] = b.body.as_slice() else {
        return false;
    };
    let t = line.text.trim();
    let Some(mark) = t.chars().next() else {
        return false;
    };
    matches!(mark, '~' | '～' | '〜' | '―' | '－' | '-')
        && t.len() > 2 * mark.len_utf8()
        && t.ends_with(mark)
        && !t.contains('。')
}

/// A row of a diagram's words ([`row_of_diagram_words`]) standing apart, not
/// under a heading as its section's first line, and not over a row of figures
/// (`参加企業 求人数 来場者数` / `12社 40件 85人`: there it labels the figures,
/// a table's header row, and goes with them).
fn diagram_words_apart(blocks: &[Block], i: usize) -> bool {
    let b = &blocks[i];
    b.anchored_to.is_none()
        && row_of_diagram_words(&b.body)
        && !blocks
            .get(i + 1)
            .and_then(|next| next.body.first())
            .is_some_and(|l| row_of_figures(&l.text))
}

/// A table's row of figures: counts parted by white space, no sentence and
/// no item (`12社 40件 85人`).
fn row_of_figures(text: &str) -> bool {
    text.contains(char::is_whitespace)
        && !text.contains(['、', '。'])
        && !starts_with_bullet(text)
        && metrics::has_count(text)
}

/// Photo captions, mascot names, diagram words: short isolated phrases.
fn is_caption(b: &Block) -> bool {
    looks_like_caption(&b.body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::tests::paragraph_of;

    fn cand(p: f32, o: f32, e: f32) -> Candidate {
        Candidate {
            scores: [p, o, e],
            adjacent: true,
            worded: true,
            plainly: None,
        }
    }

    /// A role as read: the org, and its lines as (line, text).
    type RoleRead = (String, Vec<(usize, String)>);

    fn roles_read(b: &Block, parties: &[String]) -> Option<Vec<RoleRead>> {
        let roles = roles_in_prose(b, parties)?;
        Some(
            roles
                .into_iter()
                .map(|r| match r.kind {
                    BlockKind::Role(orgs) => (
                        orgs.join("・"),
                        r.body.into_iter().map(|l| (l.line, l.text)).collect(),
                    ),
                    other => panic!("{other:?}"),
                })
                .collect(),
        )
    }

    #[test]
    fn sentences_opening_on_organisations_are_their_roles() {
        let parties = [
            "静岡県浜松市".to_string(),
            "静岡労働局ハローワーク浜松".to_string(),
        ];
        let b = paragraph_of(&[
            "浜松市は、会場の確保と周知を行う。ハローワーク浜松は、",
            "求人の開拓を行い、県は広報を担当する。",
            "また、県は講師を派遣する。",
        ]);
        let owned = |v: &[(usize, &str)]| -> Vec<(usize, String)> {
            v.iter().map(|(n, t)| (*n, t.to_string())).collect()
        };
        assert_eq!(
            roles_read(&b, &parties),
            Some(vec![
                (
                    "浜松市".to_string(),
                    owned(&[(1, "浜松市は、会場の確保と周知を行う。")])
                ),
                (
                    "ハローワーク浜松".to_string(),
                    owned(&[(1, "ハローワーク浜松は、"), (2, "求人の開拓を行い")])
                ),
                (
                    "県".to_string(),
                    owned(&[
                        (2, "県は広報を担当する。"),
                        (3, "また、県は講師を派遣する。")
                    ])
                ),
            ])
        );
        // One organisation only: no division of work.
        let one = paragraph_of(&["浜松市は、会場の確保と周知を行う。"]);
        assert_eq!(roles_read(&one, &parties), None);
        // A sentence with no organisation as its subject among them.
        let other = paragraph_of(&[
            "浜松市は、会場の確保を行う。ハローワーク浜松は、求人の開拓を行う。",
            "参加者は42名であった。",
        ]);
        assert_eq!(roles_read(&other, &parties), None);
        // The problem stated, organisation by organisation.
        let problem = paragraph_of(&[
            "浜松市は若者の流出が課題である。ハローワーク浜松は求人の充足が困難である。",
        ]);
        assert_eq!(roles_read(&problem, &parties), None);
    }

    #[test]
    fn a_row_of_diagram_words_apart_is_a_caption_over_figures_a_header_row() {
        let row = paragraph_of(&["農作業 加工場 直売所 観光農園"]);
        let prose = paragraph_of(&["◆体験した12名のうち5名が農業法人に就職した。"]);
        let figures = paragraph_of(&["8社 21件 64人"]);
        assert!(diagram_words_apart(&[row.clone(), prose.clone()], 0));
        assert!(diagram_words_apart(&[prose.clone(), row.clone()], 1));
        let header = paragraph_of(&["参加企業 求人件数 来場者数"]);
        assert!(!diagram_words_apart(&[header, figures], 0));
        let mut under = row;
        under.anchored_to = Some(SectionKind::Effect);
        assert!(!diagram_words_apart(&[under, prose], 0));
    }

    #[test]
    fn a_headline_shaped_paragraph_apart_is_the_headline_a_caption_or_a_sentence_is_not() {
        let page = |bs: &[Block]| {
            let mut blocks = vec![paragraph_of(&[
                "地元の高校生が県外へ進学し、そのまま戻らないことが課題である。",
            ])];
            blocks.extend(bs.iter().cloned());
            let roles = vec![None; blocks.len()];
            let figures = vec![Vec::new(); blocks.len()];
            headline_apart(&blocks, &roles, &figures, &[])
        };
        let headline =
            paragraph_of(&["高校生向け「地元企業見学バス」で", "若者の地元定着の仕組み"]);
        assert_eq!(page(std::slice::from_ref(&headline)), Some(1));
        let elliptic = paragraph_of(&["高校生の就職活動を", "学校と企業と行政が一つのチームで"]);
        assert_eq!(page(&[elliptic]), Some(1));
        // A photo's caption on one line names a thing; a sentence, an item,
        // a label, figures, the text under its heading: none a headline.
        assert_eq!(
            page(&[paragraph_of(&["見学バスで工場を訪れた市内高校の二年生"])]),
            None
        );
        assert_eq!(
            page(&[paragraph_of(&[
                "見学バスには、",
                "市内の高校生が参加した。"
            ])]),
            None
        );
        assert_eq!(
            page(&[paragraph_of(&["・見学先企業の選定と日程の調整"])]),
            None
        );
        assert_eq!(
            page(&[paragraph_of(&["参加した高校生", "延べ42名の生徒"])]),
            None
        );
        let mut under = headline.clone();
        under.anchored_to = Some(SectionKind::Overview);
        assert_eq!(page(&[under]), None);
        // Two such paragraphs: which is the headline is not known.
        let other = paragraph_of(&["企業の若手社員が語る", "仕事のやりがいと地元の魅力"]);
        assert_eq!(page(&[headline, other]), None);
    }

    #[test]
    fn a_headline_closes_on_a_noun_its_closing_words_or_a_noun_and_de() {
        assert!(closes_as_headline("若者の地元定着"));
        assert!(closes_as_headline("地元企業への橋渡し"));
        assert!(closes_as_headline("学校と企業が一つのチームで"));
        assert!(closes_as_headline("見学バスツアーを開催！"));
        assert!(!closes_as_headline("市内の高校生が参加した"));
        assert!(!closes_as_headline("学校と企業が協力して"));
        assert!(!closes_as_headline("地元企業への"));
    }

    #[test]
    fn a_question_set_apart_is_the_headline_a_sentence_or_a_line_under_a_heading_is_not() {
        let page = |b: Block| {
            let blocks = vec![paragraph_of(&["都市部から移住して働く人を増やす。"]), b];
            let roles = vec![None; blocks.len()];
            let figures = vec![Vec::new(); blocks.len()];
            question_headline(&blocks, &roles, &figures, &[])
        };
        assert_eq!(
            page(paragraph_of(&["港町で", "漁師として働いてみませんか?"])),
            Some(1)
        );
        // A sentence closing on ？ within prose, an interview's question,
        // the section's text right under its heading: none a headline.
        assert_eq!(
            page(paragraph_of(&[
                "なぜ若者は定着しないのか?",
                "理由を調べた。"
            ])),
            None
        );
        assert_eq!(page(paragraph_of(&["Q.参加して良かった点は?"])), None);
        let mut under = paragraph_of(&["港町で", "漁師として働いてみませんか?"]);
        under.anchored_to = Some(SectionKind::Purpose);
        assert_eq!(page(under), None);
    }

    #[test]
    fn the_roles_place_is_after_the_heading_or_its_row_up_to_the_next_heading() {
        let heading = |ks: &[SectionKind]| Block {
            kind: BlockKind::Headings(ks.iter().map(|k| (*k, String::new())).collect()),
            head: None,
            body: Vec::new(),
            anchored_to: None,
        };
        let p = paragraph_of(&["text"]);
        use SectionKind::*;
        let page = [
            heading(&[Purpose]),
            p.clone(),
            heading(&[Overview]),
            heading(&[Roles]),
            p.clone(),
            p.clone(),
            heading(&[Effect]),
            p.clone(),
        ];
        assert_eq!(in_roles_place(&page), Some(4..6));
        let row = [
            heading(&[Purpose, Overview, Roles, Effect]),
            p.clone(),
            p.clone(),
        ];
        assert_eq!(in_roles_place(&row), Some(1..3));
        assert_eq!(in_roles_place(&[heading(&[Purpose]), p]), None);
    }

    #[test]
    fn wording_decides_when_all_headings_are_printed() {
        let c = [
            cand(4.0, 0.0, 0.0),
            cand(0.0, 3.0, 0.0),
            cand(0.0, 0.0, 5.0),
        ];
        assert_eq!(assign_sections(&c, [true; 3]), vec![0, 1, 2]);
    }

    #[test]
    fn a_printed_heading_gets_the_least_unlikely_paragraph() {
        // Nothing reads as purpose; the heading is printed, so the weakest other paragraph fills it.
        let c = [
            cand(0.0, 0.0, 0.0),
            cand(0.0, 3.0, 0.0),
            cand(0.0, 0.0, 5.0),
        ];
        assert_eq!(assign_sections(&c, [true; 3]), vec![0, 1, 2]);
    }

    #[test]
    fn no_heading_no_section_unless_the_wording_is_strong() {
        let c = [
            cand(3.0, 1.0, 0.0),
            cand(0.0, 2.0, 1.5),
            cand(0.0, 0.0, 5.0),
        ];
        assert_eq!(assign_sections(&c, [true, false, true]), vec![0, 2, 2]);
    }

    #[test]
    fn neighbours_stay_together() {
        let c = [
            cand(3.0, 0.0, 0.0),
            cand(0.6, 0.5, 0.0),
            cand(0.0, 3.0, 0.0),
            cand(0.0, 0.0, 3.0),
        ];
        assert_eq!(assign_sections(&c, [true; 3]), vec![0, 0, 1, 2]);
    }

    #[test]
    fn a_paragraph_worded_for_one_section_is_not_drawn_into_its_neighbours() {
        // The problem, what was done, the aim printed after it, what came of
        // it: the aim stays the purpose, though it stands between boxes of
        // the overview and the effect.
        let c = [
            cand(3.0, 0.0, 1.0),
            cand(0.0, 3.0, 3.0),
            cand(2.0, 0.0, 0.0),
            cand(0.0, 0.0, 8.0),
        ];
        assert_eq!(assign_sections(&c, [true; 3]), vec![0, 1, 0, 2]);
    }

    #[test]
    fn a_capacity_is_no_outcome() {
        let c = cue_scores("就職面接会(定員30名)を開催。", 1);
        assert!(c[1] > c[2] && c[2] == 0.0, "{c:?}");
        let e = cue_scores("定員30名のところ、42名が参加した。", 2);
        assert!(e[2] > 0.0, "{e:?}");
    }

    #[test]
    fn a_paragraph_is_plainly_a_section_by_strong_wording_for_it_alone() {
        assert_eq!(plainly([0.0, 3.0, 0.0]), Some(1));
        assert_eq!(plainly([0.0, 4.0, 1.0]), None, "also worded as effect");
        assert_eq!(plainly([0.0, 2.0, 0.0]), None, "weakly worded");
        assert_eq!(plainly([3.0, 0.0, 0.0]), Some(0));
    }

    #[test]
    fn a_plain_paragraph_takes_its_section_without_a_heading() {
        let mut what_was_done = cand(0.0, 3.0, 0.0);
        what_was_done.plainly = Some(1);
        // Between the purpose and the effect, no 実施概要 printed.
        let c = [cand(3.0, 0.0, 0.0), what_was_done, cand(0.0, 0.0, 6.0)];
        assert_eq!(assign_sections(&c, [true, false, true]), vec![0, 1, 2]);
        // The same wording, not plainly so: the printed headings take it.
        let c = [
            cand(3.0, 0.0, 0.0),
            cand(0.0, 3.0, 0.0),
            cand(0.0, 0.0, 6.0),
        ];
        assert_ne!(assign_sections(&c, [true, false, true])[1], 1);
    }

    #[test]
    fn the_problem_and_what_it_calls_for_reads_as_the_purpose() {
        // What is done is named after そこで, but the paragraph states why.
        let p = cue_scores(
            "窓口が別々で支援が途切れることが課題であった。そこで、市と国が同じ窓口で相談を行う。",
            0,
        );
        assert!(p[0] > p[1] && p[0] > p[2], "{p:?}");
    }

    #[test]
    fn a_label_of_what_comes_next_opens_an_outlook() {
        for t in [
            "【今後の展開】",
            "【今後の課題】",
            "<今後の方向性>",
            "◆今後の取組",
            "5.今後の展開",
            "今後の予定",
            "【今後の展開】次年度は対象を広げる。",
        ] {
            assert!(is_outlook_label(t), "{t}");
        }
        for t in [
            "今後の支援に活かしたい。",
            "今後の課題としては、周知の強化が挙げられる。",
            "参加者からは今後の就職活動の参考になったとの声",
            "今後も連携を深めていく。",
        ] {
            assert!(!is_outlook_label(t), "{t}");
        }
    }

    #[test]
    fn what_was_made_put_out_or_set_up_reads_as_what_was_done() {
        let o = cue_scores(
            "紹介冊子を制作。市の動画サイトで配信し、相談コーナーを設けた。",
            0,
        );
        assert_eq!(o, [0.0, 3.0, 0.0]);
    }

    #[test]
    fn a_lead_paragraph_stating_an_aim_is_the_purpose() {
        let text = "離農する例も少なくない。関係機関がつながり、担い手の確保を図る。";
        let cues = cue_scores(text, 0);
        assert!(states_the_aim(text, cues, 0), "{cues:?}");
        // No aim stated, or an outcome reported: not the purpose by itself.
        let done = "関係機関がつながり、担い手が増えた。";
        assert!(!states_the_aim(done, cue_scores(done, 0), 0));
        assert!(!states_the_aim(text, cues, 1));
    }

    #[test]
    fn a_figure_in_a_sentence_stating_the_problem_is_the_setting_not_a_result() {
        let figure = |value: u64, unit: &str| Metric {
            label: "製材所".into(),
            value,
            unit: unit.into(),
            category: MetricCategory::Companies,
            qualifier: None,
            fiscal_year: None,
            line: 1,
            text: String::new(),
        };
        let problem = "町内の製材所は約40社あるが、職人の高齢化が進み、技術の継承に苦慮している。";
        let p = paragraph_cues(problem, &[figure(40, "社")]);
        assert!(p[0] > p[2], "{p:?}");
        // The same count reported as what came of it keeps its weight.
        let result = "説明会には町内の製材所40社が参加した。";
        let e = paragraph_cues(result, &[figure(40, "社")]);
        assert_eq!(e[2], 3.0, "{e:?}");
    }

    #[test]
    fn cues_read_the_wording() {
        let p = cue_scores("子育て中の女性の就職促進を図る。", 0);
        let o = cue_scores("セミナーにおいて、以下の内容を実施", 0);
        let e = cue_scores("不安の解消を図ることができた。参加者数 24名", 1);
        assert!(p[0] > p[1] && p[0] > p[2], "{p:?}");
        assert!(o[1] > o[0] && o[1] > o[2], "{o:?}");
        assert!(e[2] > e[0] && e[2] > e[1], "{e:?}");
    }
}
