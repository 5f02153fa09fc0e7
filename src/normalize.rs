//! Stage 2: clean the text of one line.
//!
//! NFKC folds full-width letters and digits to ASCII and half-width kana to full
//! width, but it reads no context. PDF text uses dash-like characters for two
//! different things, so each dash is decided by its neighbours:
//!
//! ```
//! use jirei::normalize::clean;
//! assert_eq!(clean("ハロ－ワーク"), "ハローワーク");
//! assert_eq!(clean("０５９ー２２６－２３０５"), "059-226-2305");
//! assert_eq!(clean("【課題･目的】"), "【課題・目的】");
//! ```

use unicode_normalization::UnicodeNormalization;

/// Characters PDF converters use for hyphens, dashes, minus signs and the long-vowel mark.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
            | '\u{FF0D}'
            | '\u{30FC}'
            | '\u{FF70}'
            | '\u{2500}'
    )
}

fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == '\u{30FC}'
}

/// Characters kept as printed because NFKC would lose their meaning
/// (circled numbers ① become plain digits, which reads as a count).
fn keep_as_is(c: char) -> bool {
    ('\u{2460}'..='\u{24FF}').contains(&c) || ('\u{3251}'..='\u{32BF}').contains(&c)
}

/// Clean one line: NFKC, context-aware dashes, `･` → `・`, runs of white space
/// folded to one ASCII space, ends trimmed.
pub fn clean(raw: &str) -> String {
    let mut folded = String::with_capacity(raw.len());
    let mut buf = [0u8; 4];
    for c in raw.chars() {
        if keep_as_is(c) || c.is_ascii() {
            folded.push(c);
        } else if is_dash(c) {
            // Decided below with both neighbours known.
            folded.push(c);
        } else {
            let s: &str = c.encode_utf8(&mut buf);
            folded.extend(s.nfkc());
        }
    }
    let chars: Vec<char> = folded.chars().collect();
    let mut out = String::with_capacity(folded.len());
    let mut pending_space = false;
    for (i, &c) in chars.iter().enumerate() {
        let c = if is_dash(c) {
            resolve_dash(c, chars[..i].last().copied(), chars.get(i + 1).copied())
        } else {
            c
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(if c == '\u{FF65}' { '・' } else { c });
    }
    out
}

fn resolve_dash(c: char, prev: Option<char>, next: Option<char>) -> char {
    let ascii_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let fullwidth_digit = |c: Option<char>| c.is_some_and(|c| ('０'..='９').contains(&c));
    let digitish = |c: Option<char>| ascii_word(c) || fullwidth_digit(c);
    if digitish(prev) && digitish(next) {
        return '-';
    }
    if prev.is_some_and(is_katakana) {
        return 'ー';
    }
    match c {
        '\u{FF0D}' | '\u{2010}' | '\u{2011}' => '-',
        '\u{FF70}' => 'ー',
        other => other,
    }
}

/// Remove all white space, for comparisons that ignore line joins and spacing.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_ascii_and_digits_fold() {
        assert_eq!(
            clean("ＴＥＬ：０２７－２１０－５００７"),
            "TEL:027-210-5007"
        );
        assert_eq!(clean("ｉｎおおた"), "inおおた");
    }

    #[test]
    fn dash_between_digits_is_a_hyphen_even_when_it_is_a_long_vowel_mark() {
        assert_eq!(clean("０５９ー２２６－２３０５"), "059-226-2305");
        assert_eq!(clean("aichi‐roudoukyoku"), "aichi-roudoukyoku");
    }

    #[test]
    fn dash_after_katakana_is_a_long_vowel_mark() {
        assert_eq!(
            clean("群馬労働局ハロ－ワーク太田"),
            "群馬労働局ハローワーク太田"
        );
        assert_eq!(clean("ｾﾐﾅｰ"), "セミナー");
    }

    #[test]
    fn middle_dots_and_spaces() {
        assert_eq!(clean("【課題･目的】"), "【課題・目的】");
        assert_eq!(clean("  若年者\u{3000}\u{3000}障害者  "), "若年者 障害者");
    }

    #[test]
    fn circled_numbers_and_kanji_survive() {
        assert_eq!(clean("① 掛川市"), "① 掛川市");
        assert_eq!(clean("◆参加者数"), "◆参加者数");
    }

    #[test]
    fn squeeze_drops_white_space() {
        assert_eq!(squeeze("a b\nc"), "abc");
    }
}
