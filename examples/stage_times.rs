//! In-process stage timings, best of N passes (`PASSES`, default 15): for
//! quick A/B work on a noisy machine, next to the criterion benches.
//!
//! `cargo run --release --example stage_times -- DIR [GAZETTEER]` prints
//! tokenize / find / resolve / whole-article times, the serialisation and
//! reading costs, and `pipeline::run` end to end (read, extract, write).
//! `STAGE=tokenize|find|resolve|all|run` instead loops one stage `LOOPS`
//! times (30), for `perf` or `valgrind --tool=cachegrind`.
use eventmap::article::Article;
use eventmap::gazetteer::Gazetteer;
use eventmap::pipeline::{Config, extract_article};
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or("/tmp/bench".into());
    let gaz = std::env::args().nth(2);
    let g = match gaz {
        Some(p) => Gazetteer::from_path(std::path::Path::new(&p)).unwrap(),
        None => Gazetteer::builtin(),
    };
    let sources = eventmap::article::expand(&[dir]).unwrap();
    let arts: Vec<Article> = sources.iter().map(|s| s.read(None).unwrap()).collect();
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let config = Config::default();
    let best = |f: &dyn Fn() -> usize| {
        let mut b = f64::MAX;
        let mut n = 0;
        for _ in 0..std::env::var("PASSES")
            .ok()
            .and_then(|p| p.parse().ok())
            .unwrap_or(15)
        {
            let t = Instant::now();
            n = f();
            b = b.min(t.elapsed().as_secs_f64());
        }
        (b, n)
    };
    // The stages, each over every article: what it found, for black_box.
    let tokenize_all = || -> usize {
        arts.iter()
            .map(|a| {
                eventmap::extract::tokenize(&a.text, &mut String::new())
                    .0
                    .len()
            })
            .sum()
    };
    let find_all = || -> usize {
        arts.iter()
            .map(|a| {
                let mut ar = String::new();
                let (t, s) = eventmap::extract::tokenize(&a.text, &mut ar);
                eventmap::extract::find_mentions(&g, &a.text, &t, &s).len()
            })
            .sum()
    };
    let resolve_all = || -> usize {
        arts.iter()
            .map(|a| eventmap::pipeline::places_in(&g, &a.text).len())
            .sum()
    };
    let extract_all = || -> usize {
        arts.iter()
            .map(|a| extract_article(&g, a, &config).len())
            .sum()
    };
    // Read, extract and write the whole directory: the layer's length.
    let run_all = || -> usize {
        let mut out = Vec::new();
        eventmap::pipeline::run(
            &sources,
            &g,
            &config,
            eventmap::output::Format::Collection,
            &mut out,
        )
        .unwrap();
        out.len()
    };
    if let Ok(stage) = std::env::var("STAGE") {
        let loops = std::env::var("LOOPS")
            .ok()
            .and_then(|l| l.parse().ok())
            .unwrap_or(30);
        for _ in 0..loops {
            let n = match stage.as_str() {
                "tokenize" => tokenize_all(),
                "find" => find_all(),
                "resolve" => resolve_all(),
                "run" => run_all(),
                _ => extract_all(),
            };
            std::hint::black_box(n);
        }
        return;
    }
    let (t_tok, _) = best(&tokenize_all);
    let (t_find, _) = best(&find_all);
    let (t_res, _) = best(&resolve_all);
    let (t_all, n) = best(&extract_all);
    let feats: Vec<_> = arts
        .iter()
        .flat_map(|a| extract_article(&g, a, &config))
        .collect();
    let (t_write, out_len) = best(&|| {
        let mut out = Vec::new();
        let mut w =
            eventmap::output::FeatureWriter::new(&mut out, eventmap::output::Format::Collection);
        for f in &feats {
            w.write(f).unwrap();
        }
        w.finish().unwrap();
        out.len()
    });
    let (t_read, _) = best(&|| {
        sources
            .iter()
            .map(|s| s.read(None).unwrap().text.len())
            .sum()
    });
    println!(
        "write {:.1} ms for {} bytes; read {:.1} ms",
        t_write * 1e3,
        out_len,
        t_read * 1e3
    );
    let (t_run, _) = best(&run_all);
    println!("run (read+extract+write) {:.1} ms", t_run * 1e3);
    let mb = bytes as f64 / 1e6;
    println!("{} articles, {:.2} MB, {} features", arts.len(), mb, n);
    for (name, t) in [
        ("tokenize", t_tok),
        ("find", t_find),
        ("resolve", t_res),
        ("all", t_all),
    ] {
        println!("{name:10} {:7.1} ms {:7.1} MB/s", t * 1e3, mb / t);
    }
}
