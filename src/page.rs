//! Stage 3: split the lines of a bulletin into pages, one case each.
//!
//! Pages are separated by three or more blank lines or by a form feed.

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

/// True for the running header line.
pub fn is_banner(text: &str) -> bool {
    text.contains(BANNER)
}

/// Split `lines` into pages.
pub fn split(lines: &[Line]) -> Vec<Page<'_>> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_content = 0;
    let mut blanks = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            blanks += 1;
            continue;
        }
        if let Some(s) = start {
            if blanks >= PAGE_GAP || line.page_break {
                ranges.push((s, last_content));
                start = Some(i);
            }
        } else {
            start = Some(i);
        }
        last_content = i;
        blanks = 0;
    }
    if let Some(s) = start {
        ranges.push((s, last_content));
    }
    ranges
        .into_iter()
        .enumerate()
        .map(|(n, (s, e))| Page {
            number: n + 1,
            lines: &lines[s..=e],
        })
        .collect()
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
    fn form_feed_separates_pages() {
        let ls = lines("a\nb\n\u{000C}c\n");
        let pages = split(&ls);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[1].lines[0].text, "c");
    }

    #[test]
    fn no_content_no_pages() {
        assert!(split(&lines("\n\n  \n")).is_empty());
    }
}
