//! Debugging aid: the cue hits of each sentence of a text given as the first
//! argument (`cargo run --release --example cues_of -- "TEXT"`).
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let mut arena = String::new();
    let (tokens, sentences) = eventmap::extract::tokenize(&text, &mut arena);
    for s in &sentences {
        for h in eventmap::classify::find_cues(&text, &tokens, s) {
            println!(
                "{:?} {:?} at {} ({}) len {}",
                h.ty, h.strength, h.at, tokens[h.at].folded, h.len
            );
        }
    }
}
