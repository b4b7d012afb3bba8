fn main() {
    let t = std::time::Instant::now();
    let places =
        eventmap::gazetteer::read_places(eventmap::gazetteer::BUILTIN_CSV.as_bytes(), "g").unwrap();
    let t1 = t.elapsed();
    let n: usize = places.iter().map(|p| p.variants.len() + 1).sum();
    let g = eventmap::gazetteer::Gazetteer::new(places);
    let t2 = t.elapsed();
    println!(
        "parse {:?}, index {:?}, names {}, keys {}",
        t1,
        t2 - t1,
        n,
        g.key_count()
    );
}
