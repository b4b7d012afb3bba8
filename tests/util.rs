//! Shared fixtures: a temporary directory, the binary, and helpers to read
//! the layers it writes, so each CLI test is a few lines.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

/// A scratch directory and a way to run `eventmap` in it.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Write a file into the scratch directory.
    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, content).unwrap();
        p
    }

    /// Write `gaz.csv`: the gazetteer CSV header and these rows.
    pub fn gazetteer(&self, rows: &[&str]) -> PathBuf {
        let mut csv = String::from(
            "id,name,latitude,longitude,country,admin1,kind,population,variants,source\n",
        );
        for r in rows {
            csv.push_str(r);
            csv.push('\n');
        }
        self.write("gaz.csv", csv)
    }

    /// The `gazetteer_id` of every feature `eventmap <args>` writes.
    pub fn ids(&self, args: &[&str]) -> Vec<String> {
        self.layer(args)
            .iter()
            .map(|f| f.s("gazetteer_id").to_string())
            .collect()
    }

    /// The `gazetteer_id` of every feature, event or mention, that `extract
    /// FILE --gazetteer gaz.csv --all-mentions` writes: the places the
    /// tool finds in an article with the test's own gazetteer.
    pub fn places(&self, file: &str) -> Vec<String> {
        self.ids(&["extract", file, "--gazetteer", "gaz.csv", "--all-mentions"])
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.run_stdin(args, b"")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &[u8]) -> Output {
        assert_cmd::Command::cargo_bin("eventmap")
            .unwrap()
            .current_dir(self.dir.path())
            .args(args)
            .write_stdin(stdin.to_vec())
            .output()
            .unwrap()
    }

    /// Import the committed GeoNames sample for `countries` into `out`.
    pub fn import_sample(&self, countries: &str, out: &str) {
        let sample = root().join("tests/fixtures/geonames_sample.txt");
        let o = self.run(&[
            "gazetteer",
            "import",
            sample.to_str().unwrap(),
            "--countries",
            countries,
            "-o",
            out,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }

    /// Run, expect success, parse the FeatureCollection on stdout.
    pub fn layer(&self, args: &[&str]) -> Vec<Feature> {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "eventmap {:?} failed: {}",
            args,
            String::from_utf8_lossy(&out.stderr)
        );
        features(&out.stdout)
    }

    /// Write `articles` as `a.txt`, `b.txt`, … and extract them with the
    /// gazetteer file `gazetteer` of this directory (features of article
    /// `a` first).
    pub fn layer_of(&self, gazetteer: &str, articles: &[&str]) -> Vec<Feature> {
        let files: Vec<String> = articles
            .iter()
            .zip(b'a'..)
            .map(|(text, name)| {
                let f = self.write(&format!("{}.txt", char::from(name)), text);
                f.to_str().unwrap().to_string()
            })
            .collect();
        let gaz = self.path(gazetteer);
        let mut args = vec!["extract"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["--gazetteer", gaz.to_str().unwrap()]);
        self.layer(&args)
    }

    /// Run the README's first command (`extract seeds/ -o NAME`) here and
    /// return the layer's path.
    pub fn seed_layer_file(&self, name: &str) -> PathBuf {
        let layer = self.path(name);
        let seeds = root().join("seeds");
        let o = self.run(&[
            "extract",
            seeds.to_str().unwrap(),
            "-o",
            layer.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        layer
    }

    /// Run, expect exit code 2 and a one-line error; return the line.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(2), "eventmap {args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "one line expected: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
        err
    }
}

/// The project root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A feature as the tests look at it.
#[derive(Debug, Clone)]
pub struct Feature {
    pub props: Value,
    pub lon: f64,
    pub lat: f64,
}

impl Feature {
    pub fn s(&self, key: &str) -> &str {
        self.props[key].as_str().unwrap_or("")
    }
    pub fn n(&self, key: &str) -> Option<u64> {
        self.props[key].as_u64()
    }
}

pub fn features(bytes: &[u8]) -> Vec<Feature> {
    let v: Value = serde_json::from_slice(bytes).expect("stdout is JSON");
    assert_eq!(v["type"], "FeatureCollection");
    v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let c = &f["geometry"]["coordinates"];
            Feature {
                props: f["properties"].clone(),
                lon: c[0].as_f64().unwrap(),
                lat: c[1].as_f64().unwrap(),
            }
        })
        .collect()
}

/// Great-circle distance in km between (lat, lon) points.
pub fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Run the library on one text with the built-in gazetteer.
pub fn extract_text(text: &str, date: Option<&str>) -> Vec<eventmap::output::EventFeature> {
    use std::sync::OnceLock;
    static GAZ: OnceLock<eventmap::gazetteer::Gazetteer> = OnceLock::new();
    let g = GAZ.get_or_init(eventmap::gazetteer::Gazetteer::builtin);
    let article = eventmap::article::Article {
        id: "t".into(),
        date: date.and_then(eventmap::article::PartialDate::parse),
        text: text.into(),
    };
    eventmap::pipeline::extract_article(g, &article, &eventmap::pipeline::Config::default())
}
