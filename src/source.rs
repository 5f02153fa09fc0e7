//! Source lines: the unit of provenance.
//!
//! Every later stage refers to text by [`Line::number`], the 1-based line of the
//! file, and keeps both the original text ([`Line::raw`]) and the cleaned one
//! ([`Line::text`]).

use crate::normalize::clean;

/// One line of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the file.
    pub number: usize,
    /// The line as in the file, without its line end, form feeds and trailing blanks.
    pub raw: String,
    /// The cleaned text ([`clean`]); empty for a blank line.
    pub text: String,
    /// A form feed stands before this line: a page break.
    pub page_break: bool,
}

impl Line {
    /// True when the line holds nothing but white space.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Length of the cleaned text in characters: the "width" of a line on the slide.
    pub fn width(&self) -> usize {
        self.text.chars().count()
    }
}

/// Iterate over the lines of `text`, accepting LF, CRLF and CR line ends.
pub fn line_slices(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    let mut done = text.is_empty();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        // Line ends are ASCII: a byte scan finds them at char boundaries.
        match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            Some(i) => {
                let line = &rest[..i];
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
                if rest.is_empty() {
                    done = true;
                }
                Some(line)
            }
            None => {
                done = true;
                Some(rest)
            }
        }
    })
}

/// Split decoded text into numbered, cleaned lines.
pub fn lines(text: &str) -> Vec<Line> {
    // A slot for every line end (two for CRLF) and a last line without one: the
    // vector is never regrown.
    let ends = memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).count();
    let mut out = Vec::with_capacity(ends + 1);
    // Form feeds are rare: when the text has none, no line is searched for one.
    let form_feeds = memchr::memchr(0x0C, text.as_bytes()).is_some();
    let mut break_next = false;
    for (i, slice) in line_slices(text).enumerate() {
        let mut page_break = std::mem::take(&mut break_next);
        let raw = if form_feeds && memchr::memchr(0x0C, slice.as_bytes()).is_some() {
            let before_text =
                slice.trim_start_matches(|c: char| c.is_whitespace() && c != '\u{000C}');
            if before_text.starts_with('\u{000C}') {
                page_break = true;
            } else {
                break_next = true;
            }
            slice.replace('\u{000C}', "").trim_end().to_string()
        } else {
            slice.trim_end().to_string()
        };
        let mut text = clean(&raw);
        if text.starts_with('-') {
            let prev = out.iter().rev().find(|l: &&Line| !l.text.is_empty());
            if let Some(prev) = prev {
                crate::normalize::mend_wrapped_long_vowel(&prev.text, &mut text);
            }
        }
        out.push(Line {
            number: i + 1,
            raw,
            text,
            page_break,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_line_ends_give_the_same_lines() {
        let lf: Vec<_> = line_slices("a\nb\n\nc\n").collect();
        let crlf: Vec<_> = line_slices("a\r\nb\r\n\r\nc\r\n").collect();
        let cr: Vec<_> = line_slices("a\rb\r\rc\r").collect();
        assert_eq!(lf, vec!["a", "b", "", "c"]);
        assert_eq!(crlf, lf);
        assert_eq!(cr, lf);
    }

    #[test]
    fn last_line_without_line_end_counts() {
        assert_eq!(line_slices("a\nb").count(), 2);
        assert_eq!(line_slices("").count(), 0);
    }

    #[test]
    fn form_feed_marks_a_page_break_and_is_removed() {
        let ls = lines("a\n\u{000C}b \t\nc\u{000C}\nd");
        assert_eq!(ls[1].raw, "b");
        assert!(ls[1].page_break);
        assert!(!ls[2].page_break);
        assert!(ls[3].page_break);
        assert_eq!(ls[3].number, 4);
    }

    #[test]
    fn lines_keep_raw_and_clean_text() {
        let ls = lines("ハロ－ワーク　\n");
        assert_eq!(ls[0].raw, "ハロ－ワーク");
        assert_eq!(ls[0].text, "ハローワーク");
    }
}
