//! Section wording in other themes than the seed's (生活保護, 障害者雇用, 若者の
//! 地元定着, 高齢者, 移住, ひとり親, 人手不足分野): each sentence, read alone,
//! plainly states an aim or a problem (課題・目的), says what was done (実施概要)
//! or reports what came of it (効果) — the annotation guide's tests for telling
//! the sections apart. The layout stage scores every paragraph by such wording
//! ([`jirei::layout::cue_scores`]); here the best score must be the section a
//! reader would file the sentence under.

use jirei::layout::{cue_scores, outcomes};
use jirei::metrics::{find, Span};

const PURPOSE: &[&str] = &[
    "管内の有効求人倍率は高水準で推移しているが、介護・福祉分野では人材不足が深刻化している。",
    "生活保護受給者の増加に伴い、就労による自立を促す支援の強化が求められている。",
    "若年者の地元定着率が低く、新規学卒者の県外流出が続いている。",
    "高齢者の就業機会の確保が地域の喫緊の課題となっている。",
    "移住希望者に対して、仕事と住まいの情報を一体的に提供する必要があった。",
    "ひとり親家庭の親は、子育てと仕事の両立が難しく、安定した就労に結びつきにくい。",
    "人手不足が深刻な建設業への就職を促進するため、若者に業界の魅力を伝える。",
    "障害者の職場定着を図ることを目的とする。",
];

const OVERVIEW: &[&str] = &[
    "市役所内にハローワークの常設窓口を設置し、生活保護受給者等に対する就労支援をワンストップで実施。",
    "毎月第２水曜日に市の福祉事務所で出張相談を行っている。",
    "就職支援ナビゲーターが担当者制による個別支援を行い、応募書類の作成指導や模擬面接を実施した。",
    "県内企業が参加する合同企業説明会を開催した。",
    "市の広報誌に求人情報を毎月掲載し、ハローワークの求人検索機を市の施設に設置。",
    "高校生を対象に地元企業の職場見学ツアーを企画・運営。",
    "関係機関による協議会を設置し、支援対象者の情報を共有。",
];

const EFFECT: &[&str] = &[
    "支援対象者１２０名のうち８０名が就職に結びついた。",
    "就職率は前年度から１５ポイント上昇した。",
    "参加者の満足度は９割を超えた。",
    "若者の地元就職者数が前年に比べ増えた。",
    "参加企業からも「今後も参加したい」との声が多く寄せられた。",
    "市との連携が一層強化された。",
    "早期の就職決定につながっている。",
    "窓口の開設以来、相談件数は着実に増えている。",
];

/// The section (0 purpose, 1 overview, 2 effect) a sentence scores best for,
/// or None on a tie.
fn best(text: &str) -> Option<usize> {
    let figures = find(&[Span { line: 1, text }]);
    let s = cue_scores(text, outcomes(&figures));
    let max = s.iter().cloned().fold(f32::MIN, f32::max);
    let at: Vec<usize> = (0..3).filter(|&k| s[k] == max).collect();
    (at.len() == 1 && max > 0.0).then(|| at[0])
}

#[test]
fn wording_of_other_themes_reads_as_its_section() {
    let mut wrong = Vec::new();
    for (k, sentences) in [PURPOSE, OVERVIEW, EFFECT].iter().enumerate() {
        for s in *sentences {
            let normalized = jirei::normalize::clean(s);
            if best(&normalized) != Some(k) {
                wrong.push(format!(
                    "{s}: expected {k}, scores {:?}",
                    cue_scores(&normalized, 0)
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
