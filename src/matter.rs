//! Pages that are no case: a bulletin's cover, table of contents, divider pages,
//! closing index of contacts, blank pages.
//!
//! A case page has the template's structure: section headings, the party row,
//! role or comment boxes. A page without any of them is read for what it is
//! ([`kind_of`]), from the form of its lines:
//!
//! - **contents**: entries ending in a page number after a dot leader
//!   (`(1)…を実施(福井県越前市)・・・・1`), or a 目次 heading, or, on most lines
//!   of a page without a sentence, a page number after a space;
//! - **index** of contacts: phone numbers in a list, three or more, or two under a
//!   list heading (`問い合わせ先一覧`), with hardly a sentence;
//! - **divider**: one to three short lines, no sentence, one of them a numbered
//!   group title (`1.子育て支援関係`, `第2章 若者の就職支援`);
//! - **cover**: a few short lines, no sentence, one of them the date of issue
//!   (`平成26年3月`) or the collection's title (`…好事例集`);
//! - **blank**: nothing but a page number.
//!
//! The reading is conservative: a page that has running prose (a sentence) and
//! reads as none of contents or index stays a case, warned about as today
//! (`no-banner`, `no-headings`), since a case page whose headings were lost in
//! the conversion still holds its paragraphs. Page numbers and footers are
//! [`ItemKind::Footer`] items and never count as content.

use crate::block::{has_case_structure, phone_number, Item, ItemKind};

/// What a page of a bulletin is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// A case: one good practice.
    Case,
    /// The title page.
    Cover,
    /// The table of contents.
    Contents,
    /// A page announcing a group of cases (`1.子育て支援関係`).
    Divider,
    /// A list of contacts (問い合わせ先一覧).
    Index,
    /// Nothing but a page number.
    Blank,
}

impl PageKind {
    /// What the page looked like, for messages: `a cover`, `the table of contents`…
    pub fn describe(self) -> &'static str {
        match self {
            PageKind::Case => "a case",
            PageKind::Cover => "a cover",
            PageKind::Contents => "the table of contents",
            PageKind::Divider => "a divider",
            PageKind::Index => "an index of contacts",
            PageKind::Blank => "a blank page",
        }
    }
}

/// Most lines a cover holds.
const COVER_LINES: usize = 12;
/// Widest line of a cover or divider, in characters.
const SHORT_LINE: usize = 40;

/// What the page of these items is (the items of [`crate::block::classify`]).
pub fn kind_of(items: &[Item]) -> PageKind {
    if has_case_structure(items) {
        return PageKind::Case;
    }
    let lines: Vec<&Item> = items
        .iter()
        .filter(|it| it.kind != ItemKind::Footer)
        .collect();
    if lines.is_empty() {
        return PageKind::Blank;
    }
    let texts: Vec<&str> = lines.iter().map(|it| it.text.as_str()).collect();
    let count = |f: fn(&str) -> bool| texts.iter().filter(|t| f(t)).count();
    let entries = count(is_contents_entry);
    let headed = texts.iter().any(|t| is_contents_heading(t));
    if entries >= 2 || entries >= 1 && headed {
        return PageKind::Contents;
    }
    let sentences = count(is_sentence);
    let phones = count(|t| phone_number(t).is_some());
    let list_heading = lines.iter().any(|it| {
        phone_number(&it.text).is_none()
            && (it.kind == ItemKind::Contact || it.text.contains("一覧"))
    });
    if phones >= 2 && sentences <= 1 && (phones >= 3 || list_heading) {
        return PageKind::Index;
    }
    if sentences > 0 {
        return PageKind::Case;
    }
    // Entries whose leader was lost in conversion: a page number after a space,
    // on most lines of a page without a sentence.
    let spaced = count(is_spaced_entry);
    if headed || spaced >= 3 && spaced * 2 >= texts.len() {
        return PageKind::Contents;
    }
    let short = lines.iter().all(|it| it.width() <= SHORT_LINE);
    // (The banner on a divider is running matter, not one of its lines.)
    let own: Vec<&str> = lines
        .iter()
        .filter(|it| it.kind != ItemKind::Banner)
        .map(|it| it.text.as_str())
        .collect();
    if short && !own.is_empty() && own.len() <= 3 && own.iter().any(|t| is_group_title(t)) {
        return PageKind::Divider;
    }
    let title_page = texts
        .iter()
        .any(|t| is_issue_date(t) || is_collection_title(t));
    if short && lines.len() <= COVER_LINES && phones == 0 && title_page {
        return PageKind::Cover;
    }
    PageKind::Case
}

/// A line holding a sentence: a full stop.
fn is_sentence(text: &str) -> bool {
    text.contains('。')
}

/// A contents entry: text, then a dot leader and a page number
/// (`…を実施(福井県越前市)・・・・・1`, `…面接会.........2`, `… P.3`).
pub fn is_contents_entry(text: &str) -> bool {
    regex!(r"\S\s*(?:[・･.…‥_]{3,}|-{3,})\s*(?:[Pp]\.?\s*)?[0-9]{1,3}$").is_match(text)
}

/// A contents entry without a leader: text, a space, a page number
/// (`(4)合同面接会を開催(福井県越前市) 4`).
fn is_spaced_entry(text: &str) -> bool {
    regex!(r"[^0-9]\s+(?:[Pp]\.?\s*)?[0-9]{1,3}$").is_match(text)
}

/// The heading of a table of contents: 目次 (also spaced out, 目 次).
fn is_contents_heading(text: &str) -> bool {
    let key: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let key = key.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(key, "目次" | "もくじ" | "Contents" | "CONTENTS")
}

/// A numbered group title standing alone (`1.子育て支援関係`, `第2章 若者の就職支援`,
/// `II. 障害者の就職支援`, `(3)高齢者`): no sentence, short.
pub fn is_group_title(text: &str) -> bool {
    regex!(r"^(?:第\s*[0-9]{1,2}\s*[章部編節]|[0-9]{1,2}\s*[.、)]|\([0-9]{1,2}\)|[IVX]{1,4}\s*[.、)]|[①-⑳])\s*\S")
        .is_match(text)
        && !text.contains('。')
        && phone_number(text).is_none()
}

/// A date of issue standing alone: `平成26年3月`, `令和2年3月`, `2014年3月`
/// (a day may follow).
pub fn is_issue_date(text: &str) -> bool {
    regex!(
        r"^(?:(?:平成|令和|昭和)\s*(?:[0-9]{1,2}|元)|[0-9]{4})\s*年\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?$"
    )
    .is_match(text.trim())
}

/// The collection's title: the series name as a collection (…好事例集, …事例集).
fn is_collection_title(text: &str) -> bool {
    text.contains("事例集")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::classify;
    use crate::page::{split, BANNER};
    use crate::source::lines;

    fn kind(text: &str) -> PageKind {
        let ls = lines(text);
        let pages = split(&ls);
        assert_eq!(pages.len(), 1, "one page");
        kind_of(&classify(&pages[0]))
    }

    #[test]
    fn a_cover_is_a_few_short_lines_with_its_date_of_issue() {
        let cover = "国と地方自治体の連携による雇用対策好事例集\n\n平成２７年３月\n\n厚生労働省職業安定局\n";
        assert_eq!(kind(cover), PageKind::Cover);
        // The date alone with the issuing body (the title lost in conversion).
        assert_eq!(kind("令和元年９月\n厚生労働省\n"), PageKind::Cover);
        // A sentence makes it text of a case.
        assert_eq!(
            kind("平成２７年３月\n本事例集は各労働局の取組をまとめたものである。\n"),
            PageKind::Case
        );
    }

    #[test]
    fn contents_are_entries_with_dot_leaders_and_page_numbers() {
        let toc = "目　次\n\n１．若者の就職支援\n（１）農業法人の合同説明会を開催（高知県四万十市）・・・・・・１\n（２）職場体験ツアーを実施（福井県越前市）……………２\n";
        assert_eq!(kind(toc), PageKind::Contents);
        // Without the heading, two entries are enough.
        let entries = "（１）農業法人の合同説明会を開催・・・・・１\n（２）職場体験ツアーを実施・・・・・・・２\n";
        assert_eq!(kind(entries), PageKind::Contents);
        // The heading with entries that have no leader.
        assert_eq!(
            kind("目次\n１．若者の就職支援\n２．子育て支援\n"),
            PageKind::Contents
        );
        // A page of the contents continued, the leaders lost: page numbers after a space.
        let continued = "（４）農福連携による就労体験を実施（福井県越前市）　４\n（５）介護職場の見学会を開催（鹿児島県霧島市）　５\n（６）Ｕターン就職相談会を開催（和歌山県田辺市）　６\n";
        assert_eq!(kind(continued), PageKind::Contents);
        // Two such lines among others say too little.
        let few =
            "（４）就労体験を実施　４\n（５）見学会を開催　５\n参加者の声\n会場の様子\n写真\n";
        assert_eq!(kind(few), PageKind::Case);
    }

    #[test]
    fn an_index_lists_phone_numbers() {
        let index = "問い合わせ先一覧\n高知労働局職業安定部職業安定課　０８８－８８５－６０５１\n福井労働局職業安定部職業安定課　０７７６－２６－８６０９\n";
        assert_eq!(kind(index), PageKind::Index);
        let three = "高知県商工労働部　088-823-9751\n越前市産業政策課　0778-22-3053\n福井労働局　0776-26-8609\n";
        assert_eq!(kind(three), PageKind::Index);
    }

    #[test]
    fn a_divider_is_a_numbered_group_title() {
        assert_eq!(kind("１．子育て支援関係\n"), PageKind::Divider);
        assert_eq!(
            kind("第２章　若者の就職支援\n\n－５－\n"),
            PageKind::Divider
        );
        assert_eq!(
            kind(&format!("{BANNER}\nⅢ．障害者の就職支援\n")),
            PageKind::Divider
        );
        // An unnumbered short line says too little: left a case.
        assert_eq!(kind("子育て支援関係\n"), PageKind::Case);
    }

    #[test]
    fn a_page_number_alone_is_a_blank_page() {
        assert_eq!(kind("－４－\n"), PageKind::Blank);
        assert_eq!(kind("４\n"), PageKind::Blank);
    }

    #[test]
    fn case_pages_stay_cases_without_headings_or_banner() {
        // A party row and paragraphs: the headings were lost, the page is a case.
        let no_headings = "【岐阜県多治見市】【岐阜労働局ハローワーク多治見】\n\n若者の地元定着を図るため、合同面接会を開催した。\n\n≪照会先≫岐阜労働局職業安定課　０５８－２４５－１３１１\n";
        assert_eq!(kind(no_headings), PageKind::Case);
        // Prose alone: a case as before (warned about: no banner, no headings).
        assert_eq!(kind("後日、参加者への追跡調査を行った。\n"), PageKind::Case);
        // A heading is enough, whatever else the page has.
        assert_eq!(kind("【目的】\n１．子育て支援関係\n"), PageKind::Case);
        // A case page has one contact: its phone number and another in the text
        // are no index.
        let contact = "就職者数は５名となった。\n≪照会先≫高知労働局　０８８－８８５－６０５１\n問合せ　０８８－８２３－９７５１\n";
        assert_eq!(kind(contact), PageKind::Case);
    }

    #[test]
    fn contents_entries_and_group_titles_read_by_their_form() {
        assert!(is_contents_entry(
            "(1)合同説明会を開催(高知県四万十市)・・・・・・1"
        ));
        assert!(is_contents_entry("職場体験ツアー.........12"));
        assert!(is_spaced_entry("(4)就労体験を実施(福井県越前市) 4"));
        assert!(!is_spaced_entry("参加者24"));
        assert!(is_contents_entry("職場体験ツアー・・・・ P.3"));
        assert!(!is_contents_entry("参加者数・・・24名"));
        assert!(!is_contents_entry("平成26年度 2"));
        assert!(is_group_title("1.子育て支援関係"));
        assert!(is_group_title("第3章 障害者の就職支援"));
        assert!(!is_group_title("10:00~12:00 説明会"));
        assert!(is_issue_date("平成26年3月"));
        assert!(is_issue_date("令和元年9月30日"));
        assert!(!is_issue_date("平成26年3月に開催した。"));
    }
}
