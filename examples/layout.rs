//! Print the blocks of each page and what the layout stage made of them.
//!
//! `cargo run --example layout -- raw/FILE.txt [PAGE]` — for debugging layout recovery.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: layout FILE [PAGE]")?;
    let only: Option<usize> = args.next().map(|p| p.parse()).transpose()?;
    let bytes = std::fs::read(&path)?;
    let decoded = jirei::decode::decode(&bytes, None)?;
    let lines = jirei::source::lines(&decoded.text);
    for page in jirei::page::split(&lines) {
        if only.is_some_and(|n| n != page.number) {
            continue;
        }
        println!("=== page {}", page.number);
        let blocks = jirei::block::group(jirei::block::classify(&page));
        let layout = jirei::layout::recover(blocks);
        for (i, (b, r)) in layout.blocks.iter().zip(&layout.roles).enumerate() {
            let lines = b.lines();
            let text: String = b
                .head
                .iter()
                .chain(&b.body)
                .map(|i| i.text.as_str())
                .collect::<Vec<_>>()
                .join("⏎");
            let scores = jirei::layout::paragraph_cues(&b.joined(), &layout.figures[i]);
            println!(
                "{:>4}-{:<4} {:<22} {:<14} {:?} {}",
                lines.first().unwrap_or(&0),
                lines.last().unwrap_or(&0),
                format!("{:?}", r),
                format!("{:?}", b.kind).chars().take(14).collect::<String>(),
                scores,
                text.chars().take(60).collect::<String>()
            );
        }
    }
    Ok(())
}
