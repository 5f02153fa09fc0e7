//! Parties and places: what kind of organisation a name is, and its prefecture.
//!
//! ```
//! use jirei::party::{kind_of, prefecture_of};
//! use jirei::model::PartyKind;
//! assert_eq!(kind_of("宮城県仙台市"), PartyKind::Municipality);
//! assert_eq!(kind_of("宮城労働局マザーズハローワーク青葉"), PartyKind::HelloWork);
//! assert_eq!(prefecture_of("宮城県仙台市").as_deref(), Some("宮城県"));
//! assert_eq!(prefecture_of("大阪労働局ハローワーク淀川").as_deref(), Some("大阪府"));
//! ```

use crate::model::PartyKind;

/// The 47 prefectures.
pub const PREFECTURES: [&str; 47] = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];

/// The prefecture a prefectural name stem (`宮城`, `東京`, `北海道`) stands for.
fn prefecture_for_stem(stem: &str) -> Option<&'static str> {
    PREFECTURES.iter().copied().find(|p| {
        let s = ['県', '都', '府']
            .iter()
            .find_map(|suffix| p.strip_suffix(*suffix))
            .unwrap_or(p);
        s == stem
    })
}

/// Classify a party name.
pub fn kind_of(name: &str) -> PartyKind {
    let n = name.trim();
    if n.contains("ハローワーク")
        || n.contains("公共職業安定所")
        || n.contains("マザーズ")
        || n.contains("HW")
        || n.contains("職業安定所")
    {
        return PartyKind::HelloWork;
    }
    if n.contains("労働局") {
        return PartyKind::LabourBureau;
    }
    if PREFECTURES.contains(&n) {
        return PartyKind::Prefecture;
    }
    let local = n
        .strip_suffix("役所")
        .or_else(|| n.strip_suffix("役場"))
        .unwrap_or(n);
    if local.ends_with(['市', '区', '町', '村'])
        && !local.contains("市立")
        && !local.contains("区立")
    {
        return PartyKind::Municipality;
    }
    PartyKind::Other
}

/// The prefecture named by `name`: a leading prefecture (`大阪府堺市`), a
/// prefecture itself, or a labour bureau (`大阪労働局…` → 大阪府).
pub fn prefecture_of(name: &str) -> Option<String> {
    let n = name.trim().trim_start_matches(['(', '（']);
    if let Some(p) = PREFECTURES.iter().find(|p| n.starts_with(**p)) {
        return Some((*p).to_string());
    }
    let bureau = n.find("労働局")?;
    prefecture_for_stem(&n[..bureau]).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(kind_of("群馬県"), PartyKind::Prefecture);
        assert_eq!(kind_of("群馬県太田市"), PartyKind::Municipality);
        assert_eq!(kind_of("大阪市港区"), PartyKind::Municipality);
        assert_eq!(kind_of("大阪市立淀川図書館"), PartyKind::Other);
        assert_eq!(kind_of("太田商工会議所"), PartyKind::Other);
        assert_eq!(kind_of("群馬労働局ハローワーク太田"), PartyKind::HelloWork);
        assert_eq!(kind_of("大阪労働局"), PartyKind::LabourBureau);
        assert_eq!(kind_of("(一財)三重県母子寡婦福祉連合会"), PartyKind::Other);
    }

    #[test]
    fn prefectures_from_names_and_bureaus() {
        assert_eq!(prefecture_of("長崎県佐世保市").as_deref(), Some("長崎県"));
        assert_eq!(prefecture_of("北海道労働局").as_deref(), Some("北海道"));
        assert_eq!(
            prefecture_of("東京労働局ハローワーク新宿").as_deref(),
            Some("東京都")
        );
        assert_eq!(prefecture_of("京都労働局").as_deref(), Some("京都府"));
        assert_eq!(prefecture_of("大阪市港区"), None);
    }
}
