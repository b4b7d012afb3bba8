fn main() {
    let g = eventmap::gazetteer::Gazetteer::builtin();
    let text = std::env::args().nth(1).unwrap();
    let (tokens, sentences) = eventmap::extract::tokenize(&text);
    for t in &tokens {
        eprint!("{}{} ", t.folded, if t.cap { "^" } else { "" });
    }
    eprintln!();
    let ms = eventmap::extract::find_mentions(&g, &text, &tokens, &sentences);
    for m in &ms {
        eprintln!("{:?} {:?} {}", m.text(&text), m.how, m.candidates.len());
    }
    for (r, p) in eventmap::pipeline::places_in(&g, &text) {
        eprintln!("{} -> {}", &text[r], g.place(p).name);
    }
    for s in &sentences {
        eprintln!(
            "cues {:?}",
            eventmap::classify::find_cues(&text, &tokens, s.tokens.clone())
        );
    }
}
