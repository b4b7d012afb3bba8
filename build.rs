//! Compiles `gazetteer.csv` into the binary index the built-in gazetteer
//! reads in place (see `src/index.rs`), so that a run starts without parsing
//! the CSV or normalising its 23,000 names.
//!
//! The CSV is parsed leniently here; `eventmap gazetteer check` (run by the
//! tests) is what validates it.

#[allow(dead_code)]
#[path = "src/normalize.rs"]
mod normalize;

#[allow(dead_code)]
#[path = "src/index.rs"]
mod index;

use index::{Kind, PlaceData};

fn main() {
    println!("cargo::rerun-if-changed=gazetteer.csv");
    println!("cargo::rerun-if-changed=src/index.rs");
    println!("cargo::rerun-if-changed=src/normalize.rs");
    let mut rdr = csv::Reader::from_path("gazetteer.csv").expect("gazetteer.csv is readable");
    let mut places = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.unwrap_or_else(|e| panic!("gazetteer.csv:{}: {e}", i + 2));
        let num = |k: usize| {
            rec[k]
                .trim()
                .parse::<f64>()
                .unwrap_or_else(|_| panic!("gazetteer.csv:{}: bad number", i + 2))
        };
        places.push(PlaceData {
            id: rec[0].trim().to_string(),
            name: rec[1].trim().to_string(),
            lat: num(2),
            lon: num(3),
            country: rec[4].trim().to_ascii_uppercase(),
            admin1: Some(rec[5].trim().to_string()).filter(|s| !s.is_empty()),
            kind: Kind::parse(rec[6].trim())
                .unwrap_or_else(|| panic!("gazetteer.csv:{}: bad kind", i + 2)),
            population: rec[7].trim().parse().unwrap_or(0),
            variants: rec[8]
                .split('|')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(String::from)
                .collect(),
            source: rec[9].trim().to_string(),
        });
    }
    let out =
        std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("builtin.idx");
    std::fs::write(out, index::build(&places)).expect("write builtin.idx");
}
