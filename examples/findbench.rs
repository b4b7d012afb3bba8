fn main() {
    let g = eventmap::gazetteer::Gazetteer::builtin();
    let srcs = eventmap::article::expand(&["/tmp/bench".to_string()]).unwrap();
    let arts: Vec<_> = srcs.iter().map(|s| s.read(None).unwrap()).collect();
    let mut n = 0;
    for _ in 0..5 {
        for a in &arts {
            let (t, s) = eventmap::extract::tokenize(&a.text);
            n += eventmap::extract::find_mentions(&g, &a.text, &t, &s).len();
        }
    }
    println!("{n}");
}
