//! Throughput of each stage and of the whole pipeline, against a naive
//! baseline (one case-insensitive regex per gazetteer name) in the same run.
//!
//! Corpus: `../shared/corpus` (Dutch news and English FA-KES articles:
//! 499 articles, about 1 MB) when it is beside the checkout, else the seed
//! articles repeated. `EVENTMAP_BENCH_REPEAT=N` repeats the corpus N times.
//! Criterion prints MiB/s (bytes) and articles/s (elements).

use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use eventmap::article::{self, Article};
use eventmap::gazetteer::Gazetteer;
use eventmap::output::{FeatureWriter, Format};
use eventmap::pipeline::{self, Config};

fn corpus() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/corpus");
    let dirs: Vec<String> = if shared.exists() {
        vec![
            shared.join("nl-news").display().to_string(),
            shared.join("en-fakes").display().to_string(),
        ]
    } else {
        vec![root.join("seeds").display().to_string()]
    };
    let sources = article::expand(&dirs).expect("corpus");
    let once: Vec<Article> = sources
        .iter()
        .map(|s| s.read(None).expect("article"))
        .collect();
    let repeat: usize = std::env::var("EVENTMAP_BENCH_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if shared.exists() { 1 } else { 200 });
    (0..repeat).flat_map(|_| once.iter().cloned()).collect()
}

/// The `find` stage over articles: words, sentences, mentions.
fn find_all(g: &Gazetteer, arts: &[Article]) -> usize {
    arts.iter()
        .map(|a| {
            let mut arena = String::new();
            let (t, s) = eventmap::extract::tokenize(&a.text, &mut arena);
            eventmap::extract::find_mentions(g, &a.text, &t, &s).len()
        })
        .sum()
}

fn bytes(arts: &[Article]) -> u64 {
    arts.iter().map(|a| a.text.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let g = Gazetteer::builtin();
    let arts = corpus();
    let config = Config::default();
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes(&arts)));
    group.bench_function("normalize", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| {
                    eventmap::extract::tokenize(&a.text, &mut String::new())
                        .0
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("find", |b| b.iter(|| find_all(&g, &arts)));
    group.bench_function("resolve", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| pipeline::places_in(&g, &a.text).len())
                .sum::<usize>()
        })
    });
    group.bench_function("classify (whole article)", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| pipeline::extract_article(&g, a, &config).len())
                .sum::<usize>()
        })
    });
    let features: Vec<_> = arts
        .iter()
        .flat_map(|a| pipeline::extract_article(&g, a, &config))
        .collect();
    group.bench_function("write", |b| {
        b.iter(|| {
            let mut out: Vec<u8> = Vec::with_capacity(1 << 20);
            let mut w = FeatureWriter::new(&mut out, Format::Collection);
            for f in &features {
                w.write(f).unwrap();
            }
            w.finish().unwrap();
            out.len()
        })
    });
    group.finish();

    // The whole pipeline on one thread, in articles/s and in MB/s.
    let whole = || {
        let mut out: Vec<u8> = Vec::with_capacity(1 << 20);
        let mut w = FeatureWriter::new(&mut out, Format::Collection);
        for a in &arts {
            for f in pipeline::extract_article(&g, a, &config) {
                w.write(&f).unwrap();
            }
        }
        w.finish().unwrap();
        out.len()
    };
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Elements(arts.len() as u64));
    group.bench_function(BenchmarkId::new("articles", arts.len()), |b| b.iter(whole));
    group.throughput(Throughput::Bytes(bytes(&arts)));
    group.bench_function(BenchmarkId::new("bytes", bytes(&arts)), |b| b.iter(whole));
    group.finish();
}

/// The naive thing: one case-insensitive whole-word regex per canonical
/// gazetteer name, each run over the text. Measured on the first 40
/// articles (it is slow); its MiB/s compares with `stages/find`.
fn baseline(c: &mut Criterion) {
    let g = Gazetteer::builtin();
    let arts: Vec<Article> = corpus().into_iter().take(40).collect();
    let regexes: Vec<regex::Regex> = (0..g.len())
        .filter_map(|i| {
            let name = g.place_at(i).name();
            regex::RegexBuilder::new(&format!(r"\b{}\b", regex::escape(name)))
                .case_insensitive(true)
                .build()
                .ok()
        })
        .collect();
    let mut group = c.benchmark_group("baseline");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes(&arts)));
    group.bench_function("regex per name", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| regexes.iter().filter(|r| r.is_match(&a.text)).count())
                .sum::<usize>()
        })
    });
    group.bench_function("eventmap find (same articles)", |b| {
        b.iter(|| find_all(&g, &arts))
    });
    group.finish();
}

criterion_group!(benches, stages, baseline);
criterion_main!(benches);
