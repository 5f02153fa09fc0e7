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

/// The 20 designated cities (政令指定都市) and their prefectures: a city
/// written without its prefecture still names one.
pub const DESIGNATED_CITIES: [(&str, &str); 20] = [
    ("札幌市", "北海道"),
    ("仙台市", "宮城県"),
    ("さいたま市", "埼玉県"),
    ("千葉市", "千葉県"),
    ("横浜市", "神奈川県"),
    ("川崎市", "神奈川県"),
    ("相模原市", "神奈川県"),
    ("新潟市", "新潟県"),
    ("静岡市", "静岡県"),
    ("浜松市", "静岡県"),
    ("名古屋市", "愛知県"),
    ("京都市", "京都府"),
    ("大阪市", "大阪府"),
    ("堺市", "大阪府"),
    ("神戸市", "兵庫県"),
    ("岡山市", "岡山県"),
    ("広島市", "広島県"),
    ("北九州市", "福岡県"),
    ("福岡市", "福岡県"),
    ("熊本市", "熊本県"),
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

/// A prefecture's labour bureau named alone: a prefecture's name stem and
/// 労働局 (`秋田労働局`, `北海道労働局`), nothing more.
pub fn is_labour_bureau(name: &str) -> bool {
    name.strip_suffix("労働局")
        .is_some_and(|stem| prefecture_for_stem(stem).is_some())
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
/// prefecture itself, a leading designated city (`横浜市中区` → 神奈川県), or a
/// labour bureau (`大阪労働局…` → 大阪府).
pub fn prefecture_of(name: &str) -> Option<String> {
    let n = name.trim().trim_start_matches(['(', '（']);
    if let Some(p) = PREFECTURES.iter().find(|p| n.starts_with(**p)) {
        return Some((*p).to_string());
    }
    if let Some((_, p)) = DESIGNATED_CITIES.iter().find(|(c, _)| n.starts_with(c)) {
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
        assert_eq!(prefecture_of("群馬県太田市"), Some("群馬県".to_string()));
    }

    #[test]
    fn kinds_of_a_four_box_row() {
        assert_eq!(kind_of("長野県"), PartyKind::Prefecture);
        assert_eq!(kind_of("長野市"), PartyKind::Municipality);
        assert_eq!(kind_of("長野労働局"), PartyKind::LabourBureau);
        assert_eq!(kind_of("ハローワーク長野"), PartyKind::HelloWork);
        assert_eq!(kind_of("札幌市"), PartyKind::Municipality);
        assert_eq!(kind_of("横浜市中区"), PartyKind::Municipality);
    }

    #[test]
    fn designated_cities_name_their_prefecture() {
        // Each city of the table, written alone, names its prefecture…
        for (city, pref) in DESIGNATED_CITIES {
            assert_eq!(prefecture_of(city).as_deref(), Some(pref), "{city}");
        }
        // …and a few written by hand (the loop shows only that the lookup reads the table).
        assert_eq!(prefecture_of("仙台市").as_deref(), Some("宮城県"));
        assert_eq!(prefecture_of("北九州市").as_deref(), Some("福岡県"));
        assert_eq!(prefecture_of("相模原市").as_deref(), Some("神奈川県"));
        assert_eq!(prefecture_of("横浜市中区").as_deref(), Some("神奈川県"));
        assert_eq!(prefecture_of("大阪市港区").as_deref(), Some("大阪府"));
        assert_eq!(prefecture_of("札幌市役所").as_deref(), Some("北海道"));
        // A written prefecture wins; other cities name none.
        assert_eq!(prefecture_of("大阪府堺市").as_deref(), Some("大阪府"));
        assert_eq!(prefecture_of("長野市"), None);
        assert_eq!(prefecture_of("太田市"), None);
        // A city whose name merely ends like a designated one is not it.
        assert_eq!(prefecture_of("東大阪市"), None);
        assert_eq!(prefecture_of("北広島市"), None);
        assert_eq!(prefecture_of("ハローワーク札幌"), None);
    }
}
