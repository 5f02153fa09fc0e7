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
/// Fails only when the input is plainly not text (NUL bytes outside UTF-16).
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, Error> {
    let (encoding, body) = match forced {
        Some(enc) => {
            let skip = Encoding::for_bom(bytes)
                .filter(|(bom_enc, _)| *bom_enc == enc)
                .map_or(0, |(_, len)| len);
            (enc, &bytes[skip..])
        }
        None => match Encoding::for_bom(bytes) {
            Some((enc, len)) => (enc, &bytes[len..]),
            None => (detect(bytes), bytes),
        },
    };
    if encoding != UTF_16LE && encoding != UTF_16BE && body.contains(&0) {
        return Err(Error::NotText {
            reason: "it contains NUL bytes".into(),
        });
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let text = text.into_owned();
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

fn detect(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(Some(b"jp"), true)
}

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
    fn nul_bytes_are_not_text() {
        assert!(matches!(
            decode(b"\x00\x01\x02binary", None),
            Err(Error::NotText { .. })
        ));
    }
}
