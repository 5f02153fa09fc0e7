//! Stage 3: split the lines of a bulletin into pages, one case each.
//!
//! Pages are separated by three or more blank lines or by a form feed. Some
//! converters squeeze blank lines out, leaving no page break at all; then the
//! pages are cut around the banners that head every page, and after a footer
//! that a page that is no case follows ([`paginate`]).
//!
//! Page numbers count every page of the file, the ones that are no case too
//! (cover, contents: [`crate::matter`]): a case's page number and id do not move
//! when another page is or is not recognised as a case.

use crate::block::{self, ItemKind};
use crate::matter::{self, PageKind};
use crate::source::Line;

/// Blank lines in a row that end a page.
pub const PAGE_GAP: usize = 3;

/// The running header that marks every page of the series.
pub const BANNER: &str = "国と地方自治体の連携による雇用対策好事例";

/// One page: the lines from its first to its last non-blank line (blank lines inside kept).
#[derive(Debug, Clone)]
pub struct Page<'a> {
    /// 1-based page number.
    pub number: usize,
    /// The page's lines, blank ones included.
    pub lines: &'a [Line],
}

impl Page<'_> {
    /// The non-blank lines.
    pub fn content(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| !l.is_blank())
    }

    /// Line numbers of the banners on this page.
    pub fn banners(&self) -> Vec<usize> {
        self.content()
            .filter(|l| is_banner(&l.text))
            .map(|l| l.number)
            .collect()
    }
}

/// True for the running header line: the series' name
/// 「国と地方自治体の連携による雇用対策好事例」, as printed or as another year or
/// converter prints it — spaced out (`国 と 地 方 …`, `…雇用対策 好事例`), with
/// `地方公共団体`, `雇用対策の好事例` or `好事例集`. A short line naming the state and
/// the local governments, then their partnership, employment policy and cases,
/// in that order; a case's title names its own place and programme instead.
pub fn is_banner(text: &str) -> bool {
    // Every line is asked, several times: a searcher built once is cheaper than `contains`.
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    if text.len() >= BANNER.len()
        && FINDER
            .get_or_init(|| memchr::memmem::Finder::new(BANNER))
            .find(text.as_bytes())
            .is_some()
    {
        return true;
    }
    // The banner's last word and its first: two byte searches spare most lines the rest.
    if text.len() < "国と地方連携雇用対策事例".len() || !text.contains('例') || !text.contains('国')
    {
        return false;
    }
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.chars().count() > 48 {
        return false;
    }
    let mut rest = squeezed.as_str();
    ["国と地方", "連携", "雇用対策", "事例"]
        .iter()
        .all(|word| match rest.find(word) {
            Some(i) => {
                rest = &rest[i + word.len()..];
                true
            }
            None => false,
        })
}

/// The pages of a bulletin, and how their boundaries were found.
#[derive(Debug, Clone)]
pub struct Pagination<'a> {
    /// The pages, in order.
    pub pages: Vec<Page<'a>>,
    /// The text has no page break at all but several banners: the boundaries
    /// were inferred from the blocks around each banner.
    pub inferred: bool,
}

/// Split `lines` into pages ([`paginate`] without saying how).
pub fn split(lines: &[Line]) -> Vec<Page<'_>> {
    paginate(lines).pages
}

/// Split `lines` into pages: at page breaks (three blank lines, a form feed);
/// when there is none and the text holds several banners, around the banners.
pub fn paginate(lines: &[Line]) -> Pagination<'_> {
    let ranges = break_ranges(lines);
    let inferred = ranges.len() == 1 && {
        let (s, e) = ranges[0];
        lines[s..=e].iter().filter(|l| is_banner(&l.text)).count() >= 2
    };
    let ranges = if inferred {
        let (s, e) = ranges[0];
        let text = &lines[s..=e];
        banner_ranges(text)
            .into_iter()
            .flat_map(|(a, b)| split_after_footer(text, a, b))
            .map(|(a, b)| (s + a, s + b))
            .collect()
    } else {
        ranges
    };
    let pages = ranges
        .into_iter()
        .enumerate()
        .map(|(n, (s, e))| Page {
            number: n + 1,
            lines: &lines[s..=e],
        })
        .collect();
    Pagination { pages, inferred }
}

/// Index ranges (first and last non-blank line) of the pages between page breaks.
fn break_ranges(lines: &[Line]) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_content = 0;
    let mut blanks = 0;
    // A form feed on a line of its own (blank once removed) breaks before the next text.
    let mut pending_break = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            blanks += 1;
            pending_break |= line.page_break;
            continue;
        }
        if let Some(s) = start {
            if blanks >= PAGE_GAP || line.page_break || pending_break {
                ranges.push((s, last_content));
                start = Some(i);
            }
        } else {
            start = Some(i);
        }
        last_content = i;
        blanks = 0;
        pending_break = false;
    }
    if let Some(s) = start {
        ranges.push((s, last_content));
    }
    ranges
}

/// A page cut around its banner ends at its footer (a line that is a page
/// number, `- 3 -`, `P.3`, `3`) when what follows the footer reads as a page
/// that is no case (a divider, contents, an index of contacts:
/// [`matter::kind_of`]): that tail is a page of its own, which the banners could
/// not show. Index ranges into `lines`.
fn split_after_footer(lines: &[Line], a: usize, b: usize) -> Vec<(usize, usize)> {
    let footer = (a..b)
        .rev()
        .find(|&i| !lines[i].is_blank() && block::page_number(&lines[i].text).is_some());
    let tail = footer.and_then(|f| (f + 1..=b).find(|&i| !lines[i].is_blank()));
    let (Some(f), Some(t)) = (footer, tail) else {
        return vec![(a, b)];
    };
    let items = block::classify(&Page {
        number: 0,
        lines: &lines[t..=b],
    });
    match matter::kind_of(&items) {
        PageKind::Case | PageKind::Blank => vec![(a, b)],
        _ => vec![(a, f), (t, b)],
    }
}

/// Coarse kinds of line for finding page boundaries in text without page breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Banner,
    /// ＜…コメント＞: opens a comment box.
    Comment,
    /// A line that is one text item (no header, heading or label in it).
    Text,
    /// Anything structural: headings, party row, role header, contact, caption.
    Other,
}

/// Cut text that has no page break into one page per banner.
///
/// Every page has one banner; what stands between two banners is the tail of
/// the first page followed by the preamble of the next. Read from the template:
/// a preamble is made of the page's title (one or two headline lines) and its
/// comment boxes (＜…コメント＞ and the text below), directly above the banner.
/// Walking up from each banner, the page starts
/// - at a title standing above the comment boxes, or directly above the banner;
/// - with no title, at the comment boxes, when the page before already has
///   comment boxes of its own (a page has one set); otherwise the boxes are the
///   tail of the page before, and the page starts at its banner.
///
/// Returns index ranges (first and last non-blank line) into `lines`, which
/// start and end with a non-blank line.
fn banner_ranges(lines: &[Line]) -> Vec<(usize, usize)> {
    // One entry per non-blank line: its index in `lines`, its mark, its cleaned text.
    let items = block::classify(&Page { number: 0, lines });
    let content: Vec<(usize, &Line)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .collect();
    // Items come in line order, one or more per non-blank line.
    let mut items = items.iter().peekable();
    let marks: Vec<Mark> = content
        .iter()
        .map(|(_, l)| {
            let mut on_line = Vec::new();
            while let Some(it) = items.next_if(|it| it.line == l.number) {
                on_line.push(&it.kind);
            }
            match on_line[..] {
                [ItemKind::Banner, ..] => Mark::Banner,
                [ItemKind::CommentHeader(_), ..] => Mark::Comment,
                [ItemKind::Text] => Mark::Text,
                _ => Mark::Other,
            }
        })
        .collect();
    let text = |c: usize| content[c].1.text.as_str();
    // The title whose last line is content line `end`, not reaching above `floor`.
    let title_ending_at = |end: usize, floor: usize| -> Option<usize> {
        if end < floor || marks[end] != Mark::Text || !block::is_headline(text(end)) {
            return None;
        }
        let opener =
            end > floor && marks[end - 1] == Mark::Text && block::opens_headline(text(end - 1));
        Some(if opener { end - 1 } else { end })
    };
    let banners: Vec<usize> = (0..content.len())
        .filter(|&c| marks[c] == Mark::Banner)
        .collect();
    // Page starts, as content positions.
    let mut starts = vec![0];
    for pair in banners.windows(2) {
        let (floor, banner) = (pair[0] + 1, pair[1]);
        let prev_start = *starts.last().expect("page 1 starts at 0");
        let mut top = banner;
        // A title directly above the banner.
        let title_below = title_ending_at(banner - 1, floor);
        if let Some(t) = title_below {
            top = t;
        }
        // Comment boxes above that: each from its header down to what follows.
        let mut first_comment = None;
        // (A title above the boxes ends the preamble: what is above it is the page before.)
        while top > floor && title_ending_at(top - 1, floor).is_none() {
            let Some(header) = (floor..top).rev().find(|&c| marks[c] != Mark::Text) else {
                break;
            };
            if marks[header] != Mark::Comment {
                break;
            }
            first_comment = Some(header);
            top = header;
        }
        let start = match (first_comment, title_below) {
            (Some(c), _) => match title_ending_at(c - 1, floor) {
                Some(t) => t,
                None if (prev_start..c).any(|i| marks[i] == Mark::Comment) => c,
                None => title_below.unwrap_or(banner),
            },
            (None, Some(t)) => t,
            (None, None) => banner,
        };
        starts.push(start);
    }
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(starts.len());
    for (n, &s) in starts.iter().enumerate() {
        let end = starts
            .get(n + 1)
            .map_or(content.len() - 1, |&next| next - 1);
        ranges.push((content[s].0, content[end].0));
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::lines;

    #[test]
    fn three_blank_lines_separate_pages_two_do_not() {
        let ls = lines("\na\n\n\nb\n\n\n\nc\nd\n\n\n");
        let pages = split(&ls);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].lines.first().unwrap().number, 2);
        assert_eq!(pages[0].lines.last().unwrap().number, 5);
        assert_eq!(pages[1].lines.first().unwrap().number, 9);
        assert_eq!(pages[1].lines.last().unwrap().number, 10);
    }

    #[test]
    fn the_banner_as_other_years_and_converters_print_it() {
        for banner in [
            BANNER,
            "国と地方自治体の連携による雇用対策 好事例",
            "国 と 地 方 自 治 体 の 連 携 に よ る 雇 用 対 策 好 事 例",
            "国と地方公共団体の連携による雇用対策好事例",
            "国と地方自治体の連携による雇用対策の好事例集",
            "　国と地方自治体の連携による雇用対策好事例　",
        ] {
            assert!(is_banner(banner), "{banner}");
        }
        for other in [
            "国と県が連携し、雇用対策の事例を共有",
            "地方自治体と連携した雇用対策の好事例",
            "雇用対策協定に基づく国と地方の連携事例",
            "国と地方自治体の連携による雇用対策好事",
            "",
        ] {
            assert!(!is_banner(other), "{other}");
        }
    }

    #[test]
    fn form_feed_separates_pages() {
        let ls = lines("a\nb\n\u{000C}c\n");
        let pages = split(&ls);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[1].lines[0].text, "c");
    }

    #[test]
    fn a_form_feed_on_a_line_of_its_own_separates_pages() {
        let ls = lines("a\nb\n\u{000C}\nc\n\u{000C}\n");
        let pages = split(&ls);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[1].lines[0].number, 4);
    }

    /// First line number of each page.
    fn starts(text: &str) -> (Vec<usize>, bool) {
        let ls = lines(text);
        let p = paginate(&ls);
        let s = p.pages.iter().map(|p| p.lines[0].number).collect();
        (s, p.inferred)
    }

    const B: &str = BANNER;

    #[test]
    fn without_page_breaks_pages_are_cut_around_the_banners() {
        let text = [
            // page 1: title and a comment box above the banner
            "市と労働局が連携して合同就職面接会を開催",
            "＜市コメント＞",
            "今後も連携を続けたい。",
            B,
            "【目的】",
            "若者の地元就職を図る。",
            // page 2 (line 7): the banner first; its comment box further down
            B,
            "【目的】",
            "雇用の安定を図る。",
            "＜県コメント＞",
            "多くの参加があった。",
            // page 3 (line 12): a two-line title, then the comment boxes
            "ひとり親家庭の方に",
            "市の「生活支援」と国の「職業相談」を一体的に実施",
            "＜町コメント＞",
            "好評だった。",
            "＜労働局コメント＞",
            "引き続き実施したい。",
            B,
            "【効果】",
            "相談件数が増えた。",
        ]
        .join("\n");
        assert_eq!(starts(&text), (vec![1, 7, 12], true));
    }

    #[test]
    fn comment_boxes_without_a_title_go_to_the_page_that_has_none() {
        // Page 1 has its comment box above its banner, so the box above the
        // second banner is page 2's.
        let with = [
            "＜市コメント＞",
            "今後も連携を続けたい。",
            B,
            "【目的】",
            "若者の地元就職を図る。",
            "＜市コメント＞",
            "次年度も開催したい。",
            B,
            "【目的】",
        ]
        .join("\n");
        assert_eq!(starts(&with), (vec![1, 6], true));
        // Page 1 has no comment box of its own: the box below its text is its own.
        let without = [
            B,
            "【目的】",
            "若者の地元就職を図る。",
            "＜市コメント＞",
            "次年度も開催したい。",
            B,
            "【目的】",
        ]
        .join("\n");
        assert_eq!(starts(&without), (vec![1, 6], true));
    }

    #[test]
    fn without_page_breaks_a_page_that_is_no_case_after_a_footer_is_cut_off() {
        let case = |title: &str| format!("{title}\n{B}\n【目的】\n就職促進を図る。");
        let text = [
            case("高校生の職場見学会を開催"),
            "－２－".into(),
            "２．障害者の就職支援".into(),
            case("障害者の合同面接会を開催"),
            "－３－".into(),
            // Text of the page above, printed under its footer: not cut off.
            "参加者は２０名であった。".into(),
        ]
        .join("\n");
        assert_eq!(starts(&text), (vec![1, 6, 7], true));
    }

    #[test]
    fn page_breaks_win_over_banners() {
        // A break exists: a page with two banners stays one page (and is warned about).
        let text = format!("{B}\n本文。\n{B}\n本文。\n\n\n\n{B}\n本文。\n");
        assert_eq!(starts(&text), (vec![1, 8], false));
        // One banner and no break: one page, nothing inferred.
        assert_eq!(starts(&format!("題\n{B}\n本文。\n")), (vec![1], false));
    }

    #[test]
    fn no_content_no_pages() {
        assert!(split(&lines("\n\n  \n")).is_empty());
    }
}
