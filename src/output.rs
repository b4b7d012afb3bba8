//! The writer: events become RFC 7946 GeoJSON.
//!
//! Takes [`EventFeature`]s in their final order. Gives either one
//! FeatureCollection with one feature per line (so a regenerated layer diffs
//! line by line in git) or RFC 8142 GeoJSON Text Sequences (RS, one Feature,
//! LF), which concatenate.
//!
//! Guarantees: coordinates are `[lon, lat]` rounded to 6 decimals (about
//! 0.1 m); property order is fixed; writing to a file goes through a
//! temporary file in the same directory that is renamed over the target only
//! when everything was written, so a failure never leaves a half-written
//! layer and never clobbers a good one.

use std::fmt;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::article::PartialDate;
use crate::classify::EventType;
use crate::gazetteer::Gazetteer;
use crate::gaztools::Candidate;

/// One output feature: an event (or, with `--all-mentions`, a mention) at a
/// place.
#[derive(Clone, Debug, PartialEq)]
pub struct EventFeature {
    /// `<article>:<n>`, n counting from 1 in output order within the article.
    pub id: String,
    pub article: String,
    /// The place's fields borrow the gazetteer, which lives for the run:
    /// a feature copies only what the article gives.
    pub place: &'static str,
    pub mention: String,
    pub gazetteer_id: &'static str,
    pub country: &'static str,
    pub admin1: Option<&'static str>,
    /// ACLED geo_precision: 1 the place itself, 2 near it or part of it, 3 a
    /// region, province or country.
    pub precision: u8,
    pub event_type: EventType,
    pub date: Option<PartialDate>,
    pub fatalities: Option<u32>,
    pub evidence: String,
    /// Degrees east.
    pub lon: f64,
    /// Degrees north.
    pub lat: f64,
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

impl EventFeature {
    /// The feature as written: GeoJSON with the properties in contract
    /// order, borrowing the feature's strings.
    fn out(&self) -> FeatureOut<'_> {
        let span = self.date.map(|d| d.span());
        let (acled, sub) = self.event_type.acled();
        FeatureOut {
            kind: "Feature",
            id: &self.id,
            geometry: PointOut {
                kind: "Point",
                coordinates: [round6(self.lon), round6(self.lat)],
            },
            properties: PropertiesOut {
                id: &self.id,
                article: &self.article,
                place: self.place,
                mention: &self.mention,
                gazetteer_id: self.gazetteer_id,
                // Regions spanning countries (Europe) have none: null, not "".
                country: (!self.country.is_empty()).then_some(self.country),
                admin1: self.admin1,
                precision: self.precision,
                event_type: self.event_type.code(),
                acled_event_type: acled,
                acled_sub_event_type: sub,
                date: self.date.map(|d| d.to_string()),
                date_start: span.map(|s| s.0.to_string()),
                date_end: span.map(|s| s.1.to_string()),
                fatalities: self.fatalities,
                evidence: &self.evidence,
            },
        }
    }

    /// The feature as a GeoJSON object with properties in contract order.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self.out()).expect("a feature is plain JSON")
    }
}

/// A feature as written (see `EventFeature::out`): serialised straight from
/// the feature's fields, without building a JSON tree.
#[derive(serde::Serialize)]
struct FeatureOut<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    geometry: PointOut,
    properties: PropertiesOut<'a>,
}

#[derive(serde::Serialize)]
struct PointOut {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

#[derive(serde::Serialize)]
struct PropertiesOut<'a> {
    id: &'a str,
    article: &'a str,
    place: &'a str,
    mention: &'a str,
    gazetteer_id: &'a str,
    country: Option<&'a str>,
    admin1: Option<&'a str>,
    precision: u8,
    event_type: &'static str,
    acled_event_type: Option<&'static str>,
    acled_sub_event_type: Option<&'static str>,
    date: Option<String>,
    date_start: Option<String>,
    date_end: Option<String>,
    fatalities: Option<u32>,
    evidence: &'a str,
}

/// Output format of a layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One FeatureCollection.
    Collection,
    /// RFC 8142: each feature as RS + JSON + LF.
    Sequence,
}

/// A failure while producing output.
#[derive(Debug)]
pub enum WriteError {
    Io(io::Error),
    /// Bad input met while writing (an article that cannot be read, a layer
    /// that is not GeoJSON): one line for the user.
    Input(String),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Io(e) => write!(f, "cannot write the output: {e}"),
            WriteError::Input(s) => f.write_str(s),
        }
    }
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// Streams features out in one of the two formats.
pub struct FeatureWriter<'a> {
    w: &'a mut dyn Write,
    format: Format,
    count: usize,
    /// One record, serialised here first: serde writes a record in dozens
    /// of small pieces, each a call through `dyn Write` otherwise.
    buf: Vec<u8>,
}

impl<'a> FeatureWriter<'a> {
    pub fn new(w: &'a mut dyn Write, format: Format) -> io::Result<Self> {
        if format == Format::Collection {
            w.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
        }
        Ok(FeatureWriter {
            w,
            format,
            count: 0,
            buf: Vec::with_capacity(4096),
        })
    }

    /// Write one record in the writer's format.
    fn write_record<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> io::Result<()> {
        self.buf.clear();
        match self.format {
            Format::Collection => {
                self.buf
                    .extend_from_slice(if self.count == 0 { b"\n" } else { b",\n" });
                serde_json::to_writer(&mut self.buf, v)?;
            }
            Format::Sequence => {
                self.buf.push(0x1e);
                serde_json::to_writer(&mut self.buf, v)?;
                self.buf.push(b'\n');
            }
        }
        self.w.write_all(&self.buf)?;
        self.count += 1;
        Ok(())
    }

    pub fn write_value(&mut self, v: &Value) -> io::Result<()> {
        self.write_record(v)
    }

    /// Write one feature, serialised straight from its fields.
    pub fn write(&mut self, f: &EventFeature) -> io::Result<()> {
        self.write_record(&f.out())
    }

    /// Close the collection; flushes either way, so streamed sequences reach
    /// the reader article by article.
    pub fn finish(self) -> io::Result<()> {
        if self.format == Format::Collection {
            self.w.write_all(b"\n]}\n")?;
        }
        self.w.flush()
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// Run `f` against standard output, or against a temporary file beside
/// `path` that replaces `path` only when `f` succeeded.
pub fn write_to<F>(path: Option<&Path>, f: F) -> Result<(), WriteError>
where
    F: FnOnce(&mut dyn Write) -> Result<(), WriteError>,
{
    match path {
        None => {
            let stdout = io::stdout();
            let mut w = BufWriter::with_capacity(1 << 16, stdout.lock());
            f(&mut w)?;
            w.flush()?;
            Ok(())
        }
        Some(p) => {
            let dir = match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let tmp = tempfile::Builder::new()
                .prefix(".eventmap-")
                .tempfile_in(&dir)
                .map_err(|e| {
                    // (The temporary file's own name would only confuse.)
                    WriteError::Input(format!("{}: cannot write there: {}", p.display(), e.kind()))
                })?;
            {
                let mut w = BufWriter::with_capacity(1 << 16, tmp.as_file());
                f(&mut w)?;
                w.flush()?;
            }
            tmp.as_file().sync_all()?;
            // A temporary file is private (0600); the layer gets the mode the
            // file it replaces had, or an ordinary file's.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(p).map_or(0o644, |m| m.permissions().mode());
                tmp.as_file()
                    .set_permissions(std::fs::Permissions::from_mode(mode))?;
            }
            tmp.persist(p).map_err(|e| {
                WriteError::Input(format!("{}: cannot write: {}", p.display(), e.error))
            })?;
            Ok(())
        }
    }
}

/// `gazetteer lookup` answers as a FeatureCollection.
pub fn write_candidates(
    g: &Gazetteer,
    cands: &[Candidate],
    w: &mut dyn Write,
) -> Result<(), WriteError> {
    let mut fw = FeatureWriter::new(w, Format::Collection)?;
    for c in cands {
        let p = g.place(c.name);
        let v = json!({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round6(p.lon), round6(p.lat)]},
            "properties": {
                "place": p.name(),
                "gazetteer_id": p.id(),
                "country": p.country,
                "admin1": p.admin1(),
                "kind": p.kind.as_str(),
                "population": p.population,
                "score": (c.score * 1000.0).round() / 1000.0,
                "matched_variant": p.variant(c.name.variant as usize),
            },
        });
        fw.write_value(&v)?;
    }
    fw.finish()?;
    Ok(())
}

/// Features of one layer file: a FeatureCollection, or a sequence of
/// features (RFC 8142 records or one JSON text per line).
fn read_layer(path: &Path) -> Result<Vec<Value>, WriteError> {
    let name = path.display().to_string();
    let bad = |msg: String| WriteError::Input(format!("{name}: {msg}"));
    let data = std::fs::read(path).map_err(|e| bad(format!("cannot read: {e}")))?;
    let trimmed = data.trim_ascii_start();
    if trimmed.is_empty() {
        return Ok(Vec::new());
    }
    if trimmed[0] == b'{'
        && !data.contains(&b'\x1e')
        && let Ok(v) = serde_json::from_slice::<Value>(trimmed)
    {
        return match v.get("type").and_then(Value::as_str) {
            Some("FeatureCollection") => Ok(v
                .get("features")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()),
            Some("Feature") => Ok(vec![v]),
            _ => Err(bad("not a GeoJSON FeatureCollection or Feature".into())),
        };
    }
    let mut out = Vec::new();
    for (i, line) in data.split(|&b| b == b'\n' || b == b'\x1e').enumerate() {
        let line = line.trim_ascii();
        if line.is_empty() {
            continue;
        }
        let v: Value = serde_json::from_slice(line)
            .map_err(|e| bad(format!("record {}: not JSON: {e}", i + 1)))?;
        if v.get("type").and_then(Value::as_str) != Some("Feature") {
            return Err(bad(format!("record {}: not a GeoJSON Feature", i + 1)));
        }
        out.push(v);
    }
    Ok(out)
}

/// Sort key of a feature written by `extract`: (article, n) from its id.
fn feature_key(v: &Value) -> (String, u64) {
    let id = v.get("id").and_then(Value::as_str).unwrap_or("");
    match id.rsplit_once(':') {
        Some((a, n)) => (a.to_string(), n.parse().unwrap_or(0)),
        None => (id.to_string(), 0),
    }
}

/// `eventmap merge`: the union of layers, one feature per id, in (article,
/// n) order, which is the order a single run over the same articles gives
/// when article ids sort like the files.
pub fn merge(inputs: &[PathBuf], format: Format, w: &mut dyn Write) -> Result<(), WriteError> {
    let mut all = Vec::new();
    for p in inputs {
        all.extend(read_layer(p)?);
    }
    let mut keyed: Vec<((String, u64), Value)> =
        all.into_iter().map(|v| (feature_key(&v), v)).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    let mut fw = FeatureWriter::new(w, format)?;
    for (_, v) in &keyed {
        fw.write_value(v)?;
    }
    fw.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The writer serialises features directly; it must give the bytes of
    /// the documented tree, for every optional field set or not.
    #[test]
    fn writer_matches_to_json() {
        let full = EventFeature {
            id: "a:1".into(),
            article: "a".into(),
            place: "Ra's al-'Ayn \"quoted\"",
            mention: "Serêkaniyê".into(),
            gazetteer_id: "geonames:173019",
            country: "SY",
            admin1: Some("Al-Hasakah"),
            precision: 2,
            event_type: EventType::Airstrike,
            date: PartialDate::ymd(2019, 10, 9),
            fatalities: Some(22),
            evidence: "Line\twith \\ and \u{1e} control".into(),
            lon: 40.073_456_789,
            lat: 36.85,
        };
        let bare = EventFeature {
            country: "",
            admin1: None,
            date: None,
            fatalities: None,
            event_type: EventType::Mention,
            ..full.clone()
        };
        for f in [full, bare] {
            for format in [Format::Collection, Format::Sequence] {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let mut wa = FeatureWriter::new(&mut a, format).unwrap();
                wa.write(&f).unwrap();
                wa.finish().unwrap();
                let mut wb = FeatureWriter::new(&mut b, format).unwrap();
                wb.write_value(&f.to_json()).unwrap();
                wb.finish().unwrap();
                assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
            }
        }
    }
}
