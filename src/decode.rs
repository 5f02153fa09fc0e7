//! Stage 1: bytes → text.
//!
//! A byte-order mark wins; otherwise valid UTF-8 is UTF-8; otherwise chardetng
//! guesses among the legacy Japanese encodings (Shift_JIS/CP932, EUC-JP, …).
//! Undecodable bytes become U+FFFD and are reported by line.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::Error;

/// The decoded text of one input.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, BOM removed.
    pub text: String,
    /// The encoding used (encoding_rs name).
    pub encoding: &'static str,
    /// 1-based lines that held undecodable bytes.
    pub malformed_lines: Vec<usize>,
}

/// Look up an encoding by a user-supplied label (`utf-8`, `shift_jis`, `cp932`, `euc-jp`, `utf-16le` …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    let label = label.trim().to_ascii_lowercase();
    let label = match label.as_str() {
        "cp932" | "ms932" | "windows-31j" | "sjis" => "shift_jis",
        "utf16le" => "utf-16le",
        "utf16be" => "utf-16be",
        other => other,
    };
    Encoding::for_label(label.as_bytes())
}

/// Decode `bytes`, detecting the encoding unless `forced` is given.
///
/// Fails only when the input is plainly not text: NUL bytes outside UTF-16, or a
/// large share of control characters or undecodable bytes.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, Error> {
    // `checked`: the body as text when it was already found to be valid UTF-8
    // (encoding_rs validates several times faster than `str::from_utf8` on
    // Japanese text).
    let utf8 = |body| UTF_8.decode_without_bom_handling_and_without_replacement(body);
    let (encoding, body, checked) = match forced {
        Some(enc) => {
            let skip = Encoding::for_bom(bytes)
                .filter(|(bom_enc, _)| *bom_enc == enc)
                .map_or(0, |(_, len)| len);
            (enc, &bytes[skip..], None)
        }
        None => match Encoding::for_bom(bytes) {
            Some((enc, len)) => (enc, &bytes[len..], None),
            None => {
                let checked = utf8(bytes);
                let enc = if checked.is_some() {
                    UTF_8
                } else {
                    detect(bytes)
                };
                (enc, bytes, checked)
            }
        },
    };
    if encoding != UTF_16LE && encoding != UTF_16BE && body.contains(&0) {
        return Err(Error::NotText {
            reason: nul_reason(body),
        });
    }
    // Valid UTF-8 (the common case) is copied as it is.
    let valid_utf8 = match checked {
        Some(text) => Some(text),
        None if encoding == UTF_8 => utf8(body),
        None => None,
    };
    let (text, had_errors) = match valid_utf8 {
        Some(text) => (text.into_owned(), false),
        None => {
            let (text, had_errors) = encoding.decode_without_bom_handling(body);
            (text.into_owned(), had_errors)
        }
    };
    if let Some(reason) = binary_reason(&text, had_errors, encoding) {
        return Err(Error::NotText { reason });
    }
    let malformed_lines = if had_errors {
        lines_with_replacement(&text)
    } else {
        Vec::new()
    };
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        malformed_lines,
    })
}

/// The encoding of BOM-less `bytes` that are not valid UTF-8 as they stand.
fn detect(bytes: &[u8]) -> &'static Encoding {
    match std::str::from_utf8(bytes) {
        Ok(_) => return UTF_8,
        // Valid up to a character cut off at the very end: a truncated UTF-8 file.
        Err(e) if e.error_len().is_none() => return UTF_8,
        Err(_) if mostly_utf8(bytes) => return UTF_8,
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(Some(b"jp"), true)
}

/// UTF-8 text with a few damaged bytes: valid multi-byte sequences far outnumber
/// the invalid ones. (Shift_JIS or EUC-JP read as UTF-8 give almost no valid
/// multi-byte sequence, so they never pass.) Without this, one stray byte would
/// send a UTF-8 file to the legacy-encoding detector and garble every line.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                valid += std::str::from_utf8(good)
                    .map_or(0, |s| s.chars().filter(|c| !c.is_ascii()).count());
                invalid += 1;
                rest = &after[e.error_len().unwrap_or(after.len())..];
            }
        }
    }
    valid >= 10 * invalid
}

/// NUL bytes outside UTF-16: binary, or UTF-16 that lost its byte-order mark.
fn nul_reason(body: &[u8]) -> String {
    let nuls = |parity: usize| {
        body.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    // UTF-16 puts the NUL of every ASCII character (line ends included) on the
    // same side of its two bytes; binary data has them on both.
    let (even, odd) = (nuls(0), nuls(1));
    if body.len().is_multiple_of(2) && (even == 0) != (odd == 0) && even + odd >= 2 {
        "it contains NUL bytes (UTF-16 without a byte-order mark? name it with --encoding utf-16le or utf-16be)".into()
    } else {
        "it contains NUL bytes".into()
    }
}

/// Control characters (other than tab, line ends and form feed) or undecodable
/// bytes make up a large share of the text: it is binary data, not a bulletin.
fn binary_reason(text: &str, had_errors: bool, encoding: &'static Encoding) -> Option<String> {
    // Counted over bytes (the text is UTF-8): control characters (Cc) are C0
    // but tab, line ends and form feed, DEL, and C1 (`C2 80`–`C2 9F`, found
    // apart). C0 is counted per chunk of 255 bytes into a byte, with no table:
    // the compiler turns that into 16 or 32 bytes a step.
    let bytes = text.as_bytes();
    let c0: usize = bytes
        .chunks(usize::from(u8::MAX))
        .map(|chunk| {
            let n = chunk
                .iter()
                .fold(0u8, |n, &b| n + u8::from(is_c0_control(b)));
            usize::from(n)
        })
        .sum();
    let c1 = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| matches!(bytes.get(i + 1), Some(0x80..=0x9F)))
        .count();
    let replaced = if had_errors {
        text.matches('\u{FFFD}').count()
    } else {
        0
    };
    let bad = c0 + c1 + replaced;
    if bad < BINARY_MIN {
        return None;
    }
    // Characters are the bytes that do not continue one: counted only now, as
    // most texts have no bad character at all.
    let total = bytes.iter().filter(|&&b| !is_continuation(b)).count();
    (bad * 100 >= total * BINARY_PERCENT).then(|| {
        format!(
            "{bad} of its {total} characters are control characters or bytes that are not valid {}",
            encoding.name()
        )
    })
}

/// A UTF-8 continuation byte (`10xxxxxx`): it starts no character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// A C0 control other than tab, line ends and form feed, or DEL.
fn is_c0_control(b: u8) -> bool {
    // (Comparisons without branches, so that a count of them vectorises.)
    (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C) | (b == 0x7F)
}

/// Share of control characters or undecodable bytes (percent) from which input is
/// binary, and the least count of them (a damaged character or two in a short
/// text is reported by line, not refused).
const BINARY_PERCENT: usize = 5;
const BINARY_MIN: usize = 8;

fn lines_with_replacement(text: &str) -> Vec<usize> {
    crate::source::line_slices(text)
        .enumerate()
        .filter(|(_, l)| l.contains('\u{FFFD}'))
        .map(|(i, _)| i + 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "国と地方自治体の連携による雇用対策好事例\n【課題･目的】\n";

    #[test]
    fn c0_controls_are_ascii_controls_but_tab_line_ends_and_form_feed() {
        for b in 0..=u8::MAX {
            let expected = b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C);
            assert_eq!(is_c0_control(b), expected, "{b:#04x}");
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(SAMPLE.as_bytes(), None).unwrap();
        assert_eq!(plain.encoding, "UTF-8");
        assert_eq!(plain.text, SAMPLE);
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(SAMPLE.as_bytes());
        let bom = decode(&with_bom, None).unwrap();
        assert_eq!(bom.text, SAMPLE);
    }

    #[test]
    fn shift_jis_is_detected() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(SAMPLE);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "Shift_JIS");
        assert_eq!(d.text, SAMPLE);
    }

    #[test]
    fn euc_jp_is_detected() {
        let (bytes, _, _) = encoding_rs::EUC_JP.encode(SAMPLE);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "EUC-JP");
        assert_eq!(d.text, SAMPLE);
    }

    #[test]
    fn utf16le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in SAMPLE.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.text, SAMPLE);
    }

    #[test]
    fn forced_encoding_overrides_detection() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(SAMPLE);
        let d = decode(&bytes, encoding_for_label("cp932")).unwrap();
        assert_eq!(d.text, SAMPLE);
    }

    #[test]
    fn malformed_bytes_are_reported_by_line() {
        let mut bytes = b"ok\n".to_vec();
        bytes.extend_from_slice(&[0xE3, 0x81]);
        bytes.extend_from_slice(b"\n");
        let d = decode(&bytes, Some(UTF_8)).unwrap();
        assert_eq!(d.malformed_lines, vec![2]);
    }

    #[test]
    fn utf16be_with_bom() {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in SAMPLE.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "UTF-16BE");
        assert_eq!(d.text, SAMPLE);
    }

    #[test]
    fn a_stray_byte_does_not_turn_utf8_into_a_legacy_encoding() {
        let mut bytes = SAMPLE.repeat(3).into_bytes();
        // Line 3 (the second copy's banner) gets a byte no UTF-8 text has.
        let at = SAMPLE.len() + 3;
        bytes.insert(at, 0xFF);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.malformed_lines, vec![3]);
        assert!(d.text.contains(SAMPLE.lines().nth(1).unwrap()));
    }

    #[test]
    fn utf8_cut_inside_a_character_stays_utf8() {
        let bytes = SAMPLE.as_bytes();
        // Drop the last two bytes of the final 】 and its line end.
        let cut = &bytes[..bytes.len() - 3];
        let d = decode(cut, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.starts_with("国と地方自治体"));
        assert_eq!(d.malformed_lines, vec![2]);
    }

    #[test]
    fn control_characters_are_not_text() {
        let bytes: Vec<u8> = (1u8..=200).filter(|b| *b != b'\n').collect();
        match decode(&bytes, None) {
            Err(Error::NotText { reason }) => assert!(reason.contains("control"), "{reason}"),
            other => panic!("expected NotText, got {other:?}"),
        }
    }

    #[test]
    fn utf16_without_bom_gets_a_hint() {
        let bytes: Vec<u8> = "bulletin text\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        match decode(&bytes, None) {
            Err(Error::NotText { reason }) => assert!(reason.contains("--encoding"), "{reason}"),
            other => panic!("expected NotText, got {other:?}"),
        }
    }

    #[test]
    fn nul_bytes_are_not_text() {
        assert!(matches!(
            decode(b"\x00\x01\x02binary", None),
            Err(Error::NotText { .. })
        ));
    }
}
