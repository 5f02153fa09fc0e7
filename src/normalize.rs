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
const fn is_dash(c: char) -> bool {
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

/// A katakana letter or the long-vowel mark ー.
pub(crate) fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == '\u{30FC}'
}

/// Characters kept as printed because NFKC would lose their meaning
/// (circled numbers ① become plain digits, which reads as a count).
fn keep_as_is(c: char) -> bool {
    ('\u{2460}'..='\u{24FF}').contains(&c) || ('\u{3251}'..='\u{32BF}').contains(&c)
}

/// Clean one line: NFKC, context-aware dashes, `･` → `・`, runs of white space
/// folded to one ASCII space, ends trimmed.
///
/// NFKC is applied to each character on its own, a sound mark composed with
/// the kana before it (`ｷｯｽﾞ` → `キッズ`), and a dash is decided by the folded
/// characters on either side of it.
pub fn clean(raw: &str) -> String {
    let mut out = Cleaner {
        out: String::with_capacity(raw.len()),
        prev: None,
        cur: None,
        pending_space: false,
    };
    let mut rest = raw;
    while !rest.is_empty() {
        // Most of a line is kana and kanji that stand for themselves: copied in runs.
        let run = plain_run(rest);
        if run > 0 {
            out.plain(&rest[..run]);
            rest = &rest[run..];
        } else {
            let c = rest.chars().next().expect("the rest is not empty");
            fold(c, |f| out.step(f));
            rest = &rest[c.len_utf8()..];
        }
    }
    out.finish()
}

/// Length in bytes of the run of [`is_plain`] characters that `text` starts with.
///
/// A byte loop: every plain character is ASCII or three bytes long (kana, kanji,
/// CJK punctuation: [`nfkc_stable`]), so a two- or four-byte character ends the
/// run, and the generic decoding of `chars()` is not needed here.
fn plain_run(text: &str) -> usize {
    let mut rest = text.as_bytes();
    loop {
        let (plain, tail) = match *rest {
            [b @ 0x00..=0x7F, ref tail @ ..] => (is_plain(char::from(b)), tail),
            // The text is valid UTF-8: a three-byte lead has its two continuation bytes.
            [b0 @ 0xE0..=0xEF, b1, b2, ref tail @ ..] => {
                let c =
                    u32::from(b0 & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F);
                let plain = match c {
                    0x4E00..=0x9FFF => true,
                    0x3000..=0x30FF => PLAIN_KANA[(c - 0x3000) as usize],
                    _ => false,
                };
                (plain, tail)
            }
            _ => break,
        };
        if !plain {
            break;
        }
        rest = tail;
    }
    text.len() - rest.len()
}

/// [`is_plain`] for U+3000–U+30FF (CJK punctuation, hiragana, katakana), by
/// code point less 0x3000: the three-byte characters besides the ideographs
/// (all plain) that [`plain_run`] meets.
const PLAIN_KANA: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x3000 + i as u32) {
            table[i] = nfkc_stable(c) && !is_dash(c);
        }
        i += 1;
    }
    table
};

/// A character that is its own NFKC form, not a dash and not white space:
/// it comes out as it is, whatever stands around it.
fn is_plain(c: char) -> bool {
    if c.is_ascii() {
        c != '-' && !c.is_whitespace()
    } else {
        nfkc_stable(c) && !is_dash(c)
    }
}

/// One pass over the folded characters, one character behind the input so that
/// a dash sees both its neighbours; nothing is buffered but those two.
struct Cleaner {
    out: String,
    /// The folded character before `cur` (before the next one when there is
    /// no `cur`).
    prev: Option<char>,
    /// The folded character waiting for its successor (none after a run of
    /// plain characters, which need none).
    cur: Option<char>,
    pending_space: bool,
}

impl Cleaner {
    fn step(&mut self, next: char) {
        if let Some(c) = self.cur {
            self.prev = Some(self.emit(c, Some(next)));
        }
        self.cur = Some(next);
    }

    /// [`step`](Self::step) over each character of a run of [`is_plain`] ones.
    /// A plain character goes out as it is whatever follows it: the whole run
    /// goes out at once, and nothing waits.
    fn plain(&mut self, run: &str) {
        if let Some(c) = self.cur.take() {
            let first = run.chars().next().expect("a run is not empty");
            self.emit(c, Some(first));
        }
        if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        }
        self.out.push_str(run);
        self.prev = run.chars().next_back();
    }

    fn finish(mut self) -> String {
        if let Some(c) = self.cur {
            self.emit(c, None);
        }
        self.out
    }

    /// Write `folded` out; what the next dash sees before it: `folded` itself
    /// (a dash as folded, not as resolved), or the voiced kana a sound mark
    /// composed into.
    fn emit(&mut self, folded: char, next: Option<char>) -> char {
        let c = if is_dash(folded) {
            resolve_dash(folded, self.prev, next)
        } else {
            folded
        };
        if c.is_whitespace() {
            self.pending_space = !self.out.is_empty();
            return folded;
        }
        if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        } else if let Some(voiced) = voiced(self.out.chars().next_back(), c) {
            self.out.pop();
            self.out.push(voiced);
            return voiced;
        }
        self.out.push(if c == '\u{FF65}' { '・' } else { c });
        folded
    }
}

/// A kana and the combining sound mark after it as one character: half-width
/// katakana carry their marks apart (`ｽﾞ` folds to `ス` and U+3099), which
/// the whole line's NFKC composes (`ズ`); so does this.
fn voiced(kana: Option<char>, mark: char) -> Option<char> {
    if !matches!(mark, '\u{3099}' | '\u{309A}') {
        return None;
    }
    unicode_normalization::char::compose(kana?, mark)
}

/// The NFKC form of one character, dashes and circled numbers left as they are.
fn fold(c: char, mut push: impl FnMut(char)) {
    if c.is_ascii() || keep_as_is(c) || is_dash(c) || nfkc_stable(c) {
        push(c);
    } else if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
        // Full-width ASCII (ＡＢＣ０１２（）：): NFKC is the ASCII character.
        push(char::from_u32(c as u32 - 0xFEE0).expect("ASCII"));
    } else if c == '\u{3000}' {
        push(' ');
    } else if unicode_normalization::is_nfkc_quick(std::iter::once(c))
        == unicode_normalization::IsNormalized::Yes
    {
        push(c);
    } else {
        let mut buf = [0u8; 4];
        for f in c.encode_utf8(&mut buf).nfkc() {
            push(f);
        }
    }
}

/// Blocks of the characters that make up most of the text, all of which NFKC
/// leaves alone: hiragana and katakana (not the spacing sound marks ゛゜ nor ゟ ヿ),
/// CJK punctuation 、。「」【】, and the unified ideographs.
const fn nfkc_stable(c: char) -> bool {
    matches!(c,
        '\u{3001}'..='\u{3035}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FE}'
        | '\u{4E00}'..='\u{9FFF}')
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

/// Mend a long-vowel mark that wrapping put at the start of a line: a dash
/// opening `line` before kana, right after a line (`prev`) ending in katakana
/// (`シルバー人材センタ` / `－での臨時的`), is the word's ー, as [`clean`] would
/// have read it inside one line; [`clean`] sees one line and cannot tell.
pub fn mend_wrapped_long_vowel(prev: &str, line: &mut String) {
    let mut chars = line.chars();
    if chars.next() == Some('-')
        && chars
            .next()
            .is_some_and(|c| ('\u{3041}'..='\u{3096}').contains(&c) || is_katakana(c))
        && prev.chars().next_back().is_some_and(is_katakana)
    {
        line.replace_range(..1, "ー");
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
    fn a_long_vowel_mark_wrapped_to_the_next_line_is_mended() {
        let mended = |prev: &str, line: &str| {
            let mut l = clean(line);
            mend_wrapped_long_vowel(&clean(prev), &mut l);
            l
        };
        assert_eq!(
            mended("人材センタ", "－での臨時的な就業"),
            "ーでの臨時的な就業"
        );
        assert_eq!(mended("就職サポ", "－ターの配置"), "ーターの配置");
        // A dash after anything but katakana, or before no kana, stays as read.
        assert_eq!(mended("参加者の声", "－での臨時的"), "-での臨時的");
        assert_eq!(mended("センタ", "－2名"), "-2名");
        assert_eq!(mended("センタ", "－ 講師派遣"), "- 講師派遣");
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
    fn half_width_kana_keep_their_sound_marks() {
        assert_eq!(clean("ｷｯｽﾞｽﾍﾟｰｽ併設"), "キッズスペース併設");
        assert_eq!(clean("ﾊﾛｰﾜｰｸ"), "ハローワーク");
        assert_eq!(
            clean("ス\u{3099}"),
            "ズ",
            "a combining mark after a full-width kana"
        );
        assert_eq!(clean("ｽ ﾞ"), "ス \u{3099}", "not across a space");
    }

    #[test]
    fn circled_numbers_and_kanji_survive() {
        assert_eq!(clean("① 掛川市"), "① 掛川市");
        assert_eq!(clean("◆参加者数"), "◆参加者数");
    }

    /// The two-pass version `clean` replaced, kept to check the one-pass one.
    fn clean_reference(raw: &str) -> String {
        let mut folded = String::new();
        let mut buf = [0u8; 4];
        for c in raw.chars() {
            if keep_as_is(c) || c.is_ascii() || is_dash(c) {
                folded.push(c);
            } else {
                folded.extend(c.encode_utf8(&mut buf).nfkc());
            }
        }
        // A kana and the sound mark after it compose, as NFKC of the whole line does.
        let chars: Vec<char> = folded.nfc().collect();
        let mut out = String::new();
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

    #[test]
    fn every_character_folds_as_nfkc_does() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut fast = String::new();
            fold(c, |f| fast.push(f));
            let reference: String = if keep_as_is(c) || c.is_ascii() || is_dash(c) {
                c.to_string()
            } else {
                c.encode_utf8(&mut buf).nfkc().collect()
            };
            assert_eq!(fast, reference, "U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_clean_is_the_two_pass_clean(
            s in "[ \t\u{3000}a-z0-9\\-‐―−－ーｰ─ｱ-ﾝﾞﾟ･０-９Ａ-Ｚァ-ヶぁ-ん、。①-⑩㈱ｶﾞ゛゜\u{3099}漢字]{0,40}"
        ) {
            proptest::prop_assert_eq!(clean(&s), clean_reference(&s));
        }
    }

    #[test]
    fn plain_runs_are_runs_of_plain_characters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}{c}\u{FF10}");
            let expected = if is_plain(c) { 2 * c.len_utf8() } else { 0 };
            assert_eq!(plain_run(&text), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn squeeze_drops_white_space() {
        assert_eq!(squeeze("a b\nc"), "abc");
    }
}
