//! Stage 6: read the fields of a case off its recovered layout.

use std::collections::BTreeMap;

use crate::block::{
    arrow_diagram, captions_on_line, diagram_boxes, is_interview_line, is_noun_char, is_terminal,
    numbered_item, numbered_label, runs_on_from, starts_bound, starts_with_bullet, titled_diagram,
    Block, BlockKind, Item, ItemKind, SectionKind,
};
use crate::layout::{Layout, Role as BlockRole};
use crate::model::{
    Caption, Case, Comment, Contact, Field, LineRange, MetricCategory, Party, Provenance, Role,
    Section, Sections,
};
use crate::page::Page;
use crate::party::{kind_of, prefecture_of};

/// Build the case of one page from its layout.
pub fn build(stem: &str, page: &Page<'_>, layout: &Layout) -> Case {
    let blocks = &layout.blocks;
    let roles = &layout.roles;
    let of = |r: BlockRole| {
        blocks
            .iter()
            .zip(roles)
            .filter(move |(_, role)| **role == r)
            .map(|(b, _)| b)
    };

    // (A headline and its subtitle are two blocks: joined, as one title.)
    // The case's number before a headline (`No.4 高齢者の就労を…後押し`) is no
    // part of it.
    let title = of(BlockRole::Title)
        .map(|b| join_tight(&b.body))
        .reduce(|a, b| a + &b)
        .map(|t| match crate::block::case_number_prefix(&t) {
            Some(end) if end < t.len() => t[end..].to_string(),
            _ => t,
        });
    // The party row, and its second line when it wraps.
    let parties: Vec<Party> = blocks
        .iter()
        .skip_while(|b| !matches!(b.kind, BlockKind::PartyRow(_)))
        .map_while(|b| match &b.kind {
            BlockKind::PartyRow(names) => Some(names),
            _ => None,
        })
        .flatten()
        .map(|n| Party {
            name: n.clone(),
            kind: kind_of(n),
        })
        .collect();
    let contact = the_cases_contact(of(BlockRole::Contact).flat_map(parse_contacts));
    let prefecture = prefecture_from(&parties, contact.as_ref());

    let mut section_blocks: BTreeMap<SectionKind, Vec<&Block>> = BTreeMap::new();
    for (b, r) in blocks.iter().zip(roles) {
        if let BlockRole::Section(k) = r {
            section_blocks.entry(*k).or_default().push(b);
        }
    }
    // Numbered notes follow the text they annotate, wherever they were printed.
    for bs in section_blocks.values_mut() {
        bs.sort_by_key(|b| crate::layout::note_mark(b).is_some());
    }
    let section = |k: SectionKind| -> Option<Section> {
        let bs = section_blocks.get(&k)?;
        let mut lines: Vec<usize> = bs.iter().flat_map(|b| b.lines()).collect();
        lines.sort_unstable();
        lines.dedup();
        let mut text = String::new();
        for (n, b) in bs.iter().enumerate() {
            if n > 0 {
                text.push('\n');
            }
            push_paragraphs(&b.body, &mut text);
        }
        Some(Section {
            heading: layout.headings.get(&k).map(|(label, _)| label.clone()),
            text,
            lines,
        })
    };
    let sections = Sections {
        purpose: section(SectionKind::Purpose),
        overview: section(SectionKind::Overview),
        effect: section(SectionKind::Effect),
    };

    let role_entries = one_role_an_organisation(of(BlockRole::RoleBlock).map(role_entry));
    let comments: Vec<Comment> = of(BlockRole::Comment)
        .map(|b| Comment {
            speaker: match &b.kind {
                BlockKind::Comment(s) => s.clone(),
                _ => String::new(),
            },
            text: paragraphs(&spoken(&b.body)),
            // (A header printed below its text: the lines in order.)
            lines: {
                let mut lines = b.lines();
                lines.sort_unstable();
                lines.dedup();
                lines
            },
        })
        .collect();
    // Captions read out side by side on one line are each a caption.
    let captions: Vec<Caption> = of(BlockRole::Caption)
        .flat_map(|b| {
            let (text, line) = match (&b.kind, b.head.as_ref(), b.body.as_slice()) {
                (BlockKind::Caption, Some(h), _) => (h.text.clone(), h.line),
                (_, _, [one]) => (one.text.clone(), one.line),
                // The boxes of a diagram, over several lines, or the words of
                // one under its title: each box, each line a caption.
                // A diagram drawn downwards: each line as printed.
                (_, _, lines) if arrow_diagram(lines) => {
                    return lines
                        .iter()
                        .map(|l| Caption {
                            text: l.text.clone(),
                            line: l.line,
                        })
                        .collect();
                }
                (_, _, lines) if diagram_boxes(lines) || titled_diagram(lines) => {
                    return lines
                        .iter()
                        .flat_map(|l| {
                            captions_on_line(&l.text).into_iter().map(|t| Caption {
                                text: t.to_string(),
                                line: l.line,
                            })
                        })
                        .collect();
                }
                _ => {
                    let text = join_tight(&b.body);
                    return vec![Caption {
                        text,
                        line: b.body[0].line,
                    }];
                }
            };
            captions_on_line(&text)
                .into_iter()
                .map(|t| Caption {
                    text: t.to_string(),
                    line,
                })
                .collect()
        })
        .collect();

    // Metrics: from the sections (template order) and the role items, as layout
    // found them, then the comments'. The purpose states the problem: its
    // figures describe the world before the initiative (市内約2,600世帯, 全国で
    // 約10万人), not its scale or outcome, except a goal it sets (500人就労).
    let mut found = Vec::new();
    for k in [
        SectionKind::Purpose,
        SectionKind::Overview,
        SectionKind::Effect,
    ] {
        for (i, r) in roles.iter().enumerate() {
            if *r == BlockRole::Section(k) {
                let figures = layout.figures[i].iter();
                found.extend(
                    figures
                        .filter(|m| {
                            k != SectionKind::Purpose || m.category == MetricCategory::Target
                        })
                        .cloned(),
                );
            }
        }
    }
    for (i, r) in roles.iter().enumerate() {
        if *r == BlockRole::RoleBlock {
            found.extend(layout.figures[i].iter().cloned());
        }
    }
    // A comment may state a new outcome (`研修を受講した方も10名おり`), a photo's
    // caption how many took part (`…の様子(参加者22名)`); a figure either
    // repeats (same value, unit and kind) is the one already reported.
    let counted_caption = |b: &&Block| {
        b.body
            .iter()
            .any(|l| l.text.bytes().any(|c| c.is_ascii_digit()))
    };
    for b in of(BlockRole::Comment).chain(of(BlockRole::Caption).filter(counted_caption)) {
        for m in crate::metrics::find(&crate::metrics::spans(&b.body)) {
            let same = |o: &crate::model::Metric| {
                o.value == m.value && o.unit == m.unit && o.category == m.category
            };
            if !found.iter().any(same) {
                found.push(m);
            }
        }
    }
    found.sort_by_key(|m| m.line);
    crate::metrics::drop_restated(&mut found);

    let provenance = provenance(page, layout);
    let content: Vec<usize> = page.content().map(|l| l.number).collect();
    Case {
        id: format!("{stem}#{}", page.number),
        page: page.number,
        lines: LineRange {
            start: content.first().copied().unwrap_or(0),
            end: content.last().copied().unwrap_or(0),
        },
        title,
        prefecture,
        parties,
        sections,
        roles: role_entries,
        comments,
        contact,
        metrics: found,
        captions,
        provenance,
    }
}

/// Every non-blank line once, with the field of the first block that holds it.
fn provenance(page: &Page<'_>, layout: &Layout) -> Vec<Provenance> {
    // The page's lines are consecutive: a field per line, by offset from the first.
    let first = page.lines.first().map_or(0, |l| l.number);
    let mut field_of: Vec<Option<Field>> = vec![None; page.lines.len()];
    for (b, r) in layout.blocks.iter().zip(&layout.roles) {
        let field = match r {
            BlockRole::Banner => Field::Banner,
            BlockRole::Parties => Field::Parties,
            BlockRole::Heading => Field::Heading,
            BlockRole::Title => Field::Title,
            BlockRole::Caption => Field::Caption,
            BlockRole::Section(SectionKind::Purpose) => Field::Purpose,
            BlockRole::Section(SectionKind::Overview) => Field::Overview,
            BlockRole::Section(SectionKind::Effect) => Field::Effect,
            BlockRole::Section(SectionKind::Roles) | BlockRole::RoleBlock => Field::Roles,
            BlockRole::Comment => Field::Comment,
            BlockRole::Contact => Field::Contact,
            BlockRole::Footer => Field::Footer,
            BlockRole::Unassigned => Field::Unassigned,
        };
        for line in b.head.iter().chain(&b.body).map(|i| i.line) {
            if let Some(slot @ None) = line.checked_sub(first).and_then(|i| field_of.get_mut(i)) {
                *slot = Some(field);
            }
        }
    }
    let mut out = Vec::with_capacity(page.lines.len());
    out.extend(page.content().map(|l| Provenance {
        line: l.number,
        field: field_of[l.number - first].unwrap_or(Field::Unassigned),
        raw: l.raw.clone(),
    }));
    out
}

/// Lines joined with no separator (titles, captions).
fn join_tight(items: &[Item]) -> String {
    items.iter().map(|i| i.text.as_str()).collect()
}

/// A comment's words: its lines less a signature line below them (kept in the
/// box as a header item, see [`crate::layout`]).
fn spoken(body: &[Item]) -> std::borrow::Cow<'_, [Item]> {
    if body.iter().all(|i| i.kind == ItemKind::Text) {
        return std::borrow::Cow::Borrowed(body);
    }
    body.iter()
        .filter(|i| i.kind == ItemKind::Text)
        .cloned()
        .collect()
}

/// Marks that open a new paragraph inside a box: bullets, sub-headings,
/// `label:` lines (`国の施策:…`, `1部:…`) and an interview's questions and
/// answers (`Q.…`, `A.…`).
fn opens_paragraph(text: &str) -> bool {
    starts_with_bullet(text)
        || text.starts_with(['<', '《', '≪', '(', '【', '〈'])
        || is_interview_line(text)
        || text.contains(':') && regex!(r"^[^、。\s:]{1,15}:").is_match(text)
}

/// A sentence opened by a connective (`なお、`, `また、`) starts a paragraph when
/// the line before stops short of the box width.
fn opens_sentence(text: &str) -> bool {
    text.contains('、')
        && regex!(r"^(なお|また|さらに|一方|そこで|そのため|今後|加えて|併せて)、").is_match(text)
}

/// Join wrapped lines; start a new paragraph (`\n`) at a bullet or sub-heading,
/// and after a sentence that ends visibly short of the box width.
pub fn paragraphs(items: &[Item]) -> String {
    let mut out = String::new();
    push_paragraphs(items, &mut out);
    out
}

/// [`paragraphs`], appended to `out`.
fn push_paragraphs(items: &[Item], out: &mut String) {
    out.reserve(items.iter().map(|i| i.text.len() + 1).sum());
    let widths: Vec<usize> = items.iter().map(Item::width).collect();
    let width = widths.iter().copied().max().unwrap_or(0);
    // Per line: 1 in a table (two neighbours with as many cells, figures among
    // them), 2 a label over its figure (`参加者数` / `96人`: one record,
    // `参加者数 96人`).
    let mut marks = vec![0u8; items.len()];
    let mut prev_cells = 1;
    for (i, it) in items.iter().enumerate() {
        let n = cells(&it.text);
        if n >= 2 && n == prev_cells && (has_digit(&it.text) || has_digit(&items[i - 1].text)) {
            marks[i - 1] |= 1;
            marks[i] |= 1;
        }
        prev_cells = n;
        if i > 0 && is_lone_figure(&it.text) && is_label(&items[i - 1].text) {
            marks[i - 1] |= 2;
        }
    }
    let in_table = |i: usize| marks[i] & 1 != 0;
    let label_over = |i: usize| marks.get(i).is_some_and(|m| m & 2 != 0);
    let mut prev: Option<(&Item, usize)> = None;
    let mut record_end = false;
    for (i, (it, &it_width)) in items.iter().zip(&widths).enumerate() {
        if let Some((p, p_width)) = prev {
            let short = p_width + 3 <= width;
            let short_end = short
                && (p.text.ends_with(['。', '！', '!', '?', '？']) || opens_sentence(&it.text));
            let closes = p.text.ends_with(['》', '≫', '>', '〉', '】']) && opens_paragraph(&p.text);
            // A quotation opens a paragraph only after a finished or short line (voices: 「…」).
            let quote = it.text.starts_with('「') && (short || is_terminal(&p.text));
            // `5.今後の展開`: a numbered label stands on its own line.
            let numbered = numbered_label(&p.text).is_some() || numbered_label(&it.text).is_some();
            // `平成26年度実績` over its figures.
            let caption = crate::metrics::year_caption(&p.text).is_some();
            let sub_heading = short && sub_heading_over(&p.text, &it.text);
            let record = (record_end || is_record(&p.text)) && !runs_on_from(&p.text, &it.text);
            // Each row of a table, its header included, on a line of its own.
            let row = in_table(i) || in_table(i - 1);
            if label_over(i - 1) {
                out.push(' ');
            } else if opens_paragraph(&it.text)
                || short_end
                || closes
                || quote
                || numbered
                || caption
                || sub_heading
                || record
                || row
                || label_over(i)
            {
                out.push('\n');
            }
            record_end = label_over(i - 1);
        }
        out.push_str(&it.text);
        prev = Some((it, it_width));
    }
}

/// A sub-heading on a line of its own, short of its box's width (the
/// caller's test), over the line `below`: no sentence, closing on a noun or
/// a note in brackets, and either numbered (`(3) ハローワークへの誘導と就職支援`)
/// or over a record of figures (`◆セミナー参加企業` / `第1回(7月12日)32社`,
/// `支援した28人の状況(3月末現在)` / `就職 9人(…)`). It is not the start of
/// the line below.
fn sub_heading_over(text: &str, below: &str) -> bool {
    // (Cheap first: how the line ends.)
    let closes = text
        .chars()
        .next_back()
        .is_some_and(|c| is_noun_char(c) || c == ')');
    if !closes || text.contains(['。', '、']) {
        return false;
    }
    let numbered = crate::block::number_prefix(text, false).is_some();
    let session = || {
        below.strip_prefix('第').is_some_and(|t| {
            let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.len() < t.len() && rest.starts_with('回')
        }) && crate::metrics::has_count(below)
    };
    numbered || is_record(below) || session()
}

/// The cells of a line printed as a table row: words parted by spaces, no
/// sentence among them (1: not a row).
fn cells(text: &str) -> usize {
    if !text.contains(' ') || text.contains(['、', '。']) {
        return 1;
    }
    text.split_whitespace().count()
}

fn has_digit(text: &str) -> bool {
    crate::metrics::find_digit(text.as_bytes()).is_some()
}

/// A line that may name the figure printed alone on the next line: a short
/// noun phrase, no sentence, no figure nor particle at its end (`参加者数`,
/// `・就職決定者`; not `参加した求職者は`, which the figure goes on).
fn is_label(text: &str) -> bool {
    text.len() <= 60
        && !text.ends_with(|c: char| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    'は' | 'が' | 'を' | 'に' | 'で' | 'と' | 'も' | 'の' | 'へ'
                )
        })
        && !text.contains(['、', '。'])
        && !starts_bound(text)
        && !is_lone_figure(text)
}

/// A line that is only a figure, perhaps with a note in brackets (`96人`,
/// `延べ1,204件`, `21.9%`, `12社(前年比1.5倍)`).
fn is_lone_figure(text: &str) -> bool {
    if text.len() > 48 {
        return false;
    }
    let t = ["延べ", "約", "計"]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text)
        .trim_start();
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let t = t
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
        .trim_start();
    let Some(t) = [
        "名",
        "人",
        "社",
        "件",
        "組",
        "世帯",
        "%",
        "倍",
        "回",
        "か所",
        "箇所",
        "校",
        "団体",
        "事業所",
    ]
    .iter()
    .find_map(|u| t.strip_prefix(u)) else {
        return false;
    };
    let t = t.trim_start();
    t.is_empty()
        || t.starts_with('(') && t.ends_with(')') && !t[1..t.len() - 1].contains(['(', ')'])
}

/// A line that is one record of a list of figures: a label, a space or a
/// colon, and a count at the end, perhaps with a note in brackets
/// (`支援対象者数 312人`, `利用者数:68人`, `来場者数 214名(前年比1.4倍)`).
/// The next line starts a record of its own unless it plainly goes on with the
/// sentence (`…24名` / `が参加した。`).
fn is_record(text: &str) -> bool {
    (text.ends_with(['名', '人', '社', '件', '組', '帯', ')']))
        && regex!(
            r"\S(?:\s+|:\s*)(?:延べ|約|計)?[0-9][0-9,]*\s*(?:名|人|社|件|組|世帯)(?:\([^()]*\))?$"
        )
        .is_match(text)
}

/// Marks that open a role item and are no part of it (a ※ note keeps its mark).
const ITEM_MARKS: [char; 25] = [
    '◆', '◇', '●', '○', '■', '□', '・', '★', '☆', '▶', '►', '▼', '◎', '✓', '-', '①', '②', '③', '④',
    '⑤', '⑥', '⑦', '⑧', '⑨', '⑩',
];

/// One role block: its organisations and items.
/// One organisation's items split over two boxes (the column broken by a
/// photo, its last item read out after it) are one role: the items of a
/// later box naming the same organisation go on after the first box's, in
/// order.
fn one_role_an_organisation(entries: impl Iterator<Item = Role>) -> Vec<Role> {
    let mut roles: Vec<Role> = Vec::new();
    for r in entries {
        match roles
            .iter_mut()
            .find(|k| !r.org.is_empty() && k.org == r.org)
        {
            Some(first) => {
                first.items.extend(r.items);
                first.lines.extend(r.lines);
                first.lines.sort_unstable();
                first.lines.dedup();
            }
            None => roles.push(r),
        }
    }
    roles
}

fn role_entry(b: &Block) -> Role {
    let org = match &b.kind {
        BlockKind::Role(orgs) => orgs.join("・"),
        _ => String::new(),
    };
    let mut items: Vec<String> = Vec::new();
    // A role written as sentences (no line opens on a bullet, the last ends a
    // sentence): an item ends where a sentence does, whatever a line before
    // ends with (`…(介護コース)` / `受講者への…を行う。`).
    let sentences = b.body.last().is_some_and(|l| l.text.ends_with('。'))
        && !b.body.iter().any(|l| starts_with_bullet(&l.text));
    let mut prev: Option<&Item> = None;
    for it in &b.body {
        let numbered = numbered_item(&it.text);
        let bullet = starts_with_bullet(&it.text) || numbered.is_some();
        let text = if let Some(rest) = numbered {
            rest.trim()
        } else if bullet {
            it.text.trim_start_matches(ITEM_MARKS).trim()
        } else {
            it.text.as_str()
        };
        // A line that opens with a particle (`の提供` below `◆会場（…）`) goes on
        // with the item above, whatever that ends with.
        let runs_on = prev.is_some_and(|p| {
            if sentences {
                !(p.text.ends_with(['。', '！', '!', '？', '?']) || p.text.ends_with("。」"))
            } else {
                !is_terminal(&p.text) || it.width() <= 2 || runs_on_from(&p.text, &it.text)
            }
        });
        match items.last_mut() {
            Some(last) if !bullet && runs_on => last.push_str(text),
            _ => items.push(text.to_string()),
        }
        prev = Some(it);
    }
    Role {
        org,
        items,
        lines: b.lines(),
    }
}

/// The contacts of a contact block: its line, and the lines of the block below
/// it (the bureau, `〒…`, `TEL … FAX …`, `URL …`), read as one; a line below
/// that names another office with its own phone, after a phone was read,
/// opens a second contact ([`opens_another_contact`]).
fn parse_contacts(b: &Block) -> Vec<Contact> {
    let Some(head) = b.head.as_ref() else {
        return Vec::new();
    };
    if b.body.is_empty() {
        return vec![contact_of(&head.text, head.line)];
    }
    let mut contacts = Vec::new();
    let (mut text, mut line) = (head.text.clone(), head.line);
    let mut above = head.text.as_str();
    for it in &b.body {
        if opens_another_contact(&text, &it.text) {
            contacts.push(contact_of(&text, line));
            (text, line) = (it.text.clone(), it.line);
        } else if !crate::block::contact_wraps(above, &it.text) {
            // (A line broken inside its number or address is glued back.)
            text.push(' ');
            text.push_str(&it.text);
        } else {
            text.push_str(&it.text);
        }
        above = &it.text;
    }
    contacts.push(contact_of(&text, line));
    contacts
}

/// Two offices' contacts in one block, a line each (`福井県…課 0776-…` /
/// `福井労働局…室 0776-…`): the line opens on an office's name and holds its
/// own phone, where the contact read so far has a phone already.
fn opens_another_contact(so_far: &str, line: &str) -> bool {
    let this = contact_of(line, 0);
    this.org.is_some() && this.phone.is_some() && tel_number(so_far).is_some()
}

/// The case's contact among the page's: with two or more (the city's office
/// and the Hello Work's), the labour bureau's or a Hello Work's; else the
/// first printed.
fn the_cases_contact(contacts: impl Iterator<Item = Contact>) -> Option<Contact> {
    use crate::model::PartyKind::{HelloWork, LabourBureau};
    let mut first = None;
    for c in contacts {
        let bureau = c
            .org
            .as_deref()
            .is_some_and(|org| matches!(kind_of(org), LabourBureau | HelloWork));
        if bureau {
            return Some(c);
        }
        first = first.or(Some(c));
    }
    first
}

/// The text of a contact line after its label (`≪照会先≫`, `【問い合わせ先】`).
fn after_marker(text: &str) -> &str {
    regex!(r"^.*?(照会先|問い?合わ?せ先|お問い?合わ?せ|連絡先|担当(?:者|課|部署|窓口)?)\s*[≫〉>》】)\]:]*\s*")
        .find(text)
        .map_or(text, |m| &text[m.end()..])
}

/// A contact line that is only its label (`【問い合わせ先】`): the contact
/// is printed on the lines below it.
pub fn contact_is_bare(text: &str) -> bool {
    after_marker(text).trim().is_empty()
}

fn contact_of(text: &str, line: usize) -> Contact {
    // (A mail address names no web site, and its label, `E-mail:`, is no part
    // of the organisation; a postal code is no phone number.)
    let mail = regex!(r"(?:(?i:e-?mail)|メール)?\s*:?\s*[A-Za-z0-9._-]+@[A-Za-z0-9.-]+");
    let text: std::borrow::Cow<'_, str> = if text.contains(['@', '〒']) {
        let t = mail.replace_all(text, "");
        regex!(r"〒\s*[0-9]{3}-?[0-9]{4}")
            .replace_all(&t, "〒")
            .into_owned()
            .into()
    } else {
        text.into()
    };
    let text = text.as_ref();
    let phone = tel_number(text);
    let url = regex!(r"https?://[A-Za-z0-9./_~%?=&#:-]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\.(?:jp|com|net|org)/?[A-Za-z0-9./_~%?=&#-]*")
        .find(text)
        .map(|m| m.as_str().trim_end_matches(['.', ')']).to_string());
    let after_marker = after_marker(text);
    // (The person in charge, `担当:佐藤`, is no part of the organisation.)
    let end =
        regex!(r"\(|TEL|℡|電話|〒|FAX|住所|http|HP|URL|・・|担当\s*:|[0-9]{2,}-|0[0-9]{1,4}\s*-")
            .find(after_marker)
            .map_or(after_marker.len(), |m| m.start());
    // Its units printed apart or over lines (`千葉労働局 職業安定部 職業安定課`)
    // are one name.
    let org = after_marker[..end]
        .trim()
        .trim_end_matches(['・', ':', ' ']);
    let org: String = if org.contains(' ') {
        org.split_whitespace().collect()
    } else {
        org.to_string()
    };
    Contact {
        org: (!org.is_empty()).then_some(org),
        phone,
        url,
        line,
    }
}

/// A contact's phone: the number labelled TEL, 電話 or ℡ (`TEL/FAX` too); without
/// such a label, the first number not labelled as a fax's (`FAX:…/TEL:…`).
fn tel_number(text: &str) -> Option<String> {
    let mut first = None;
    let mut from = 0;
    for at in crate::block::phone_numbers(text) {
        // (A number's label is printed right before it: `TEL:`, `(FAX `, `電話 (`.)
        let label = text[from..at.start].trim_end_matches([' ', ':', '(', '.', '-']);
        from = at.end;
        let ends = |word: &str| {
            label.len() >= word.len()
                && label.is_char_boundary(label.len() - word.len())
                && label[label.len() - word.len()..].eq_ignore_ascii_case(word)
        };
        let fax = ends("FAX") || ends("ファクス") || ends("ファックス");
        let tel = ends("TEL") || ends("℡") || ends("電話") || fax && ends("TEL/FAX");
        if tel {
            return crate::block::phone_number(&text[at]);
        }
        if !fax {
            first = first.or(Some(at));
        }
    }
    first.and_then(|at| crate::block::phone_number(&text[at]))
}

fn prefecture_from(parties: &[Party], contact: Option<&Contact>) -> Option<String> {
    use crate::model::PartyKind::*;
    let by_kind = |kinds: &[crate::model::PartyKind]| {
        parties
            .iter()
            .filter(|p| kinds.contains(&p.kind))
            .find_map(|p| prefecture_of(&p.name))
    };
    by_kind(&[Prefecture])
        .or_else(|| by_kind(&[Municipality]))
        .or_else(|| by_kind(&[LabourBureau, HelloWork]))
        .or_else(|| by_kind(&[Other]))
        .or_else(|| {
            contact
                .and_then(|c| c.org.as_deref())
                .and_then(prefecture_of)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::ItemKind;

    fn it(line: usize, text: &str) -> Item {
        Item {
            line,
            text: text.to_string(),
            kind: ItemKind::Text,
            gap_before: false,
        }
    }

    fn joined(lines: &[&str]) -> String {
        let items: Vec<Item> = lines
            .iter()
            .enumerate()
            .map(|(n, t)| it(n + 1, t))
            .collect();
        paragraphs(&items)
    }

    #[test]
    fn records_and_table_rows_keep_their_lines() {
        // A label over its figure: one record, label and figure parted by a space.
        assert_eq!(
            joined(&[
                "相談件数",
                "延べ1,204件",
                "うち就職決定",
                "87人(前年度63人)"
            ]),
            "相談件数 延べ1,204件\nうち就職決定 87人(前年度63人)"
        );
        // A sentence wrapped before its figure is no label: it goes on.
        assert_eq!(
            joined(&["説明会に参加した求職者は", "96人となった。"]),
            "説明会に参加した求職者は96人となった。"
        );
        assert_eq!(
            joined(&["説明会に参加した求職者は", "96人"]),
            "説明会に参加した求職者は96人"
        );
        assert_eq!(
            joined(&["本事業の利用者のうち、就職した人は", "35人"]),
            "本事業の利用者のうち、就職した人は35人"
        );
        // A two-column table: header and rows, each on its own line.
        assert_eq!(
            joined(&["区分 就職率", "男性 42.0%", "女性 51.3%"]),
            "区分 就職率\n男性 42.0%\n女性 51.3%"
        );
        // Words parted by a space in a sentence are no table.
        assert_eq!(
            joined(&[
                "セミナー「働く ママ」を開き、",
                "子育て中の女性 30名が参加した。"
            ]),
            "セミナー「働く ママ」を開き、子育て中の女性 30名が参加した。"
        );
    }

    #[test]
    fn an_email_address_is_no_part_of_the_contacts_organisation() {
        let c = contact_of(
            &crate::normalize::clean(
                "【問い合わせ先】 松江市産業経済部雇用政策課 E-mail：koyo@city.example.lg.jp",
            ),
            1,
        );
        assert_eq!(c.org.as_deref(), Some("松江市産業経済部雇用政策課"));
        assert_eq!(c.phone, None);
        assert_eq!(c.url, None, "an e-mail address is no web site");
        let c = contact_of("連絡先 松江市雇用政策課 メール:koyo@city.example.lg.jp", 1);
        assert_eq!(c.org.as_deref(), Some("松江市雇用政策課"));
    }

    #[test]
    fn of_two_contacts_the_bureaus_or_hello_works_is_the_cases() {
        let city = contact_of("≪照会先≫ 松山市地域経済課 (TEL 089-948-6549)", 1);
        let hw = contact_of("≪照会先≫ 愛媛労働局ハローワーク松山 (TEL 089-917-8609)", 2);
        let pick = |cs: Vec<Contact>| the_cases_contact(cs.into_iter()).map(|c| c.line);
        assert_eq!(pick(vec![city.clone(), hw.clone()]), Some(2));
        assert_eq!(pick(vec![hw, city.clone()]), Some(2));
        // One contact is the case's, whoever's it is.
        assert_eq!(pick(vec![city]), Some(1));
        assert_eq!(pick(vec![]), None);
    }

    #[test]
    fn contact_fields() {
        let c = parse_item(&it(25, &crate::normalize::clean("≪照会先≫ 宮城労働局職業安定部職業安定課 ℡：022-299-806１ http://miyagi-roudoukyoku.jsite.mhlw.go.jp")));
        assert_eq!(c.org.as_deref(), Some("宮城労働局職業安定部職業安定課"));
        assert_eq!(c.phone.as_deref(), Some("022-299-8061"));
        assert_eq!(
            c.url.as_deref(),
            Some("http://miyagi-roudoukyoku.jsite.mhlw.go.jp")
        );
        let c = parse_item(&it(1, &crate::normalize::clean("≪照会先≫ 三重労働局職業安定部職業安定課 （ＴEL：０５９ー２２６－２３０５）（HP：mie-roudoukyoku.jsite.mhlw.go.jp/)")));
        assert_eq!(c.phone.as_deref(), Some("059-226-2305"));
        assert_eq!(c.url.as_deref(), Some("mie-roudoukyoku.jsite.mhlw.go.jp/"));
        let c = parse_item(&it(1, &crate::normalize::clean("≪照会先≫ 山口労働局職業安定部職業安定課 ・・・・・・・・・・（０８３－９９５－０３８０）")));
        assert_eq!(c.org.as_deref(), Some("山口労働局職業安定部職業安定課"));
        assert_eq!(c.url, None);
        let c = parse_item(&it(1, "連絡先 福岡労働局職業安定課 電話 092(434)9801"));
        assert_eq!(c.org.as_deref(), Some("福岡労働局職業安定課"));
        assert_eq!(c.phone.as_deref(), Some("092-434-9801"));
        let c = parse_item(&it(
            1,
            &crate::normalize::clean(
                "担当：秋田県産業労働部雇用労働政策課　ＴＥＬ ０１８－８６０－２３３１",
            ),
        ));
        assert_eq!(c.org.as_deref(), Some("秋田県産業労働部雇用労働政策課"));
        assert_eq!(c.phone.as_deref(), Some("018-860-2331"));
        let c = parse_item(&it(
            1,
            &crate::normalize::clean(
                "【問い合わせ先】熊本労働局職業対策課 ＴＥＬ：０９６－２１１－１７０３",
            ),
        ));
        assert_eq!(c.org.as_deref(), Some("熊本労働局職業対策課"));
        assert_eq!(c.phone.as_deref(), Some("096-211-1703"));
    }

    fn parse_item(i: &Item) -> Contact {
        contact_of(&i.text, i.line)
    }

    /// The contact read off one printed line (cleaned first, as the pipeline does).
    fn contact_in(text: &str) -> Contact {
        parse_item(&it(1, &crate::normalize::clean(text)))
    }

    #[test]
    fn contact_variants() {
        let c = contact_in("お問い合わせ:長野労働局職業安定部職業安定課 TEL.026-234-5678");
        assert_eq!(c.org.as_deref(), Some("長野労働局職業安定部職業安定課"));
        assert_eq!(c.phone.as_deref(), Some("026-234-5678"));
        assert_eq!(c.url, None);
        let c = contact_in("≪照会先≫ 北海道労働局職業安定部職業安定課 電話 (011)709-2311");
        assert_eq!(c.org.as_deref(), Some("北海道労働局職業安定部職業安定課"));
        assert_eq!(c.phone.as_deref(), Some("011-709-2311"));
        let c = contact_in(
            "〈照会先〉長野労働局職業安定部職業安定課 ＴＥＬ：０２６－２３４－５６７８ www.pref.nagano.lg.jp",
        );
        assert_eq!(c.org.as_deref(), Some("長野労働局職業安定部職業安定課"));
        assert_eq!(c.phone.as_deref(), Some("026-234-5678"));
        assert_eq!(c.url.as_deref(), Some("www.pref.nagano.lg.jp"));
        let c = contact_in(
            "≪照会先≫ 神奈川労働局職業安定部職業安定課 TEL 045-650-2800 https://www.mhlw.go.jp/kanagawa/index.html",
        );
        assert_eq!(c.org.as_deref(), Some("神奈川労働局職業安定部職業安定課"));
        assert_eq!(c.phone.as_deref(), Some("045-650-2800"));
        assert_eq!(
            c.url.as_deref(),
            Some("https://www.mhlw.go.jp/kanagawa/index.html")
        );
        let c = contact_in("お問い合わせ：北海道労働局職業安定課 ℡ (011)709-2311");
        assert_eq!(c.org.as_deref(), Some("北海道労働局職業安定課"));
        assert_eq!(c.phone.as_deref(), Some("011-709-2311"));
    }

    #[test]
    fn the_phone_is_the_number_labelled_tel_not_the_fax() {
        let c = contact_in("〈照会先〉 大分労働局職業安定部職業安定課（ＦＡＸ：097-535-2099／ＴＥＬ：097-535-2090）");
        assert_eq!(c.phone.as_deref(), Some("097-535-2090"));
        assert_eq!(c.org.as_deref(), Some("大分労働局職業安定部職業安定課"));
        let c = contact_in(
            "お問い合わせ 静岡労働局職業対策課 FAX 054-271-9979 電話 054-271-9970（内線４０２）",
        );
        assert_eq!(c.phone.as_deref(), Some("054-271-9970"));
        // One number for both is the phone.
        let c = contact_in("≪照会先≫ 静岡労働局職業対策課 ＴＥＬ／ＦＡＸ ０５４－２７１－９９７０");
        assert_eq!(c.phone.as_deref(), Some("054-271-9970"));
        // Unlabelled, the first number that is no fax's.
        let c = contact_in("≪照会先≫ 静岡労働局職業対策課 （054-271-9970）");
        assert_eq!(c.phone.as_deref(), Some("054-271-9970"));
    }

    #[test]
    fn the_org_runs_over_its_units_without_the_person_in_charge() {
        // (The lines of a contact block, read as one.)
        let c = contact_in(
            "〈照会先〉 大分労働局 職業安定部 職業安定課 地方就職支援担当（ＴＥＬ：097-535-2090）",
        );
        assert_eq!(
            c.org.as_deref(),
            Some("大分労働局職業安定部職業安定課地方就職支援担当")
        );
        let c = contact_in("【問い合わせ先】 岡山労働局職業安定部職業安定課 雇用開発係（担当：田中） TEL：086-801-5103 E-mail：okayama-antei@mhlw.go.jp");
        assert_eq!(
            c.org.as_deref(),
            Some("岡山労働局職業安定部職業安定課雇用開発係")
        );
        assert_eq!(c.phone.as_deref(), Some("086-801-5103"));
        assert_eq!(c.url, None);
        let c = contact_in("【問い合わせ先】 岡山労働局職業安定部職業安定課 雇用開発係 担当：田中 TEL：086-801-5103");
        assert_eq!(
            c.org.as_deref(),
            Some("岡山労働局職業安定部職業安定課雇用開発係")
        );
    }

    #[test]
    fn prefecture_of_a_designated_city_or_the_contact() {
        use crate::model::PartyKind::*;
        let party = |name: &str, kind| Party {
            name: name.to_string(),
            kind,
        };
        let contact = |org: &str| Contact {
            org: Some(org.to_string()),
            phone: None,
            url: None,
            line: 1,
        };
        let sapporo = [
            party("札幌市", Municipality),
            party("ハローワーク札幌", HelloWork),
        ];
        assert_eq!(prefecture_from(&sapporo, None).as_deref(), Some("北海道"));
        let nagano = [
            party("長野市", Municipality),
            party("ハローワーク長野", HelloWork),
        ];
        assert_eq!(
            prefecture_from(&nagano, Some(&contact("長野労働局職業安定部職業安定課"))).as_deref(),
            Some("長野県")
        );
        let four = [
            party("長野県", Prefecture),
            party("長野市", Municipality),
            party("長野労働局", LabourBureau),
            party("ハローワーク長野", HelloWork),
        ];
        assert_eq!(prefecture_from(&four, None).as_deref(), Some("長野県"));
    }

    #[test]
    fn role_items_join_continuations_and_drop_bullets() {
        let r = role_entry(&Block {
            kind: BlockKind::Role(vec!["三重県".into(), "三重県母子寡婦福祉連合会".into()]),
            head: None,
            body: vec![
                it(1, "保育関連サービスの情報提供"),
                it(2, "◆認可・無認可の違いや保育所以外"),
                it(3, "の預け先の説明"),
                it(4, "◆保育所の利用状況について"),
                it(5, "等"),
            ],
            anchored_to: None,
        });
        assert_eq!(r.org, "三重県・三重県母子寡婦福祉連合会");
        assert_eq!(
            r.items,
            vec![
                "保育関連サービスの情報提供",
                "認可・無認可の違いや保育所以外の預け先の説明",
                "保育所の利用状況について等"
            ]
        );
    }

    #[test]
    fn a_role_item_wrapped_after_a_closing_bracket_runs_on_at_a_particle() {
        let r = role_entry(&Block {
            kind: BlockKind::Role(vec!["町".into()]),
            head: None,
            body: vec![
                it(1, "◆説明会場(町民会館)"),
                it(2, "の手配"),
                it(3, "◆託児(保育士2名)"),
                it(4, "と送迎バスの運行"),
                it(5, "◆相談コーナー(予約制)"),
                it(6, "とりまとめ役の選任"),
            ],
            anchored_to: None,
        });
        assert_eq!(
            r.items,
            vec![
                "説明会場(町民会館)の手配",
                "託児(保育士2名)と送迎バスの運行",
                "相談コーナー(予約制)",
                "とりまとめ役の選任"
            ]
        );
    }

    #[test]
    fn a_role_written_as_sentences_has_an_item_per_sentence() {
        // No bullets, the last line ending a sentence: an item ends where a
        // sentence does, not at a line that only ends on a bracket.
        let r = role_entry(&Block {
            kind: BlockKind::Role(vec!["ハローワーク".into()]),
            head: None,
            body: vec![
                it(1, "ハローワークは、求職者支援訓練(介護コース)"),
                it(2, "受講者への職業相談を行う。"),
                it(3, "修了後は、「介護のしごと面接会」"),
                it(4, "の参加を勧める。"),
            ],
            anchored_to: None,
        });
        assert_eq!(
            r.items,
            vec![
                "ハローワークは、求職者支援訓練(介護コース)受講者への職業相談を行う。",
                "修了後は、「介護のしごと面接会」の参加を勧める。"
            ]
        );
    }

    #[test]
    fn a_sub_heading_over_its_records_or_numbered_stands_on_its_own_line() {
        let p = paragraphs(&[
            it(1, "◆見学会の参加者"),
            it(2, "第1回(造船所・6月3日)18名"),
            it(3, "第2回(港湾・9月9日)22名"),
            it(4, "◆令和4年度に見学した40人の進路(3月末現在)"),
            it(5, "地元就職 12人(うち造船業7人)"),
            it(6, "(2) 地元高校との連携による職場見学"),
            it(
                7,
                "見学会では、若手社員が自らの仕事と職場の魅力を生徒に紹介した。",
            ),
        ]);
        assert_eq!(
            p,
            "◆見学会の参加者\n第1回(造船所・6月3日)18名\n第2回(港湾・9月9日)22名\n\
             ◆令和4年度に見学した40人の進路(3月末現在)\n地元就職 12人(うち造船業7人)\n\
             (2) 地元高校との連携による職場見学\n\
             見学会では、若手社員が自らの仕事と職場の魅力を生徒に紹介した。"
        );
        // A short line left mid-sentence, or over a line that is no record,
        // runs on.
        assert!(!sub_heading_over("◆見学会には、", "第1回18名"));
        assert!(!sub_heading_over("◆見学会の参加者", "は延べ40名であった。"));
    }

    #[test]
    fn paragraphs_break_at_bullets_and_short_sentence_ends() {
        let p = paragraphs(&[
            it(1, "国が持つ就職支援のノウハウと、市が持つ"),
            it(2, "者の持つ悩みを同時に解消することができま"),
            it(3, "した。"),
            it(4, "また、共同実施にあたり"),
            it(5, "◆参加者数"),
        ]);
        assert_eq!(p, "国が持つ就職支援のノウハウと、市が持つ者の持つ悩みを同時に解消することができました。\nまた、共同実施にあたり\n◆参加者数");
    }
}
