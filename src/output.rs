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

    /// Append the feature's JSON (the bytes `serde_json` writes for
    /// [`EventFeature::out`]) to `buf`. Written by hand: a layer is mostly
    /// quoted evidence, and `serde_json` tests every byte of a string for an
    /// escape where [`json_str`] tests eight at a time.
    fn write_json(&self, buf: &mut Vec<u8>) {
        let opt = |buf: &mut Vec<u8>, v: Option<&str>| match v {
            Some(s) => json_str(buf, s),
            None => buf.extend_from_slice(b"null"),
        };
        let num = |buf: &mut Vec<u8>, x: f64| {
            // (serde_json's own digits for a float.)
            serde_json::to_writer(&mut *buf, &x).expect("writing to memory");
        };
        let date = |buf: &mut Vec<u8>, d: Option<PartialDate>| match d {
            Some(d) => json_date(buf, d),
            None => buf.extend_from_slice(b"null"),
        };
        buf.extend_from_slice(b"{\"type\":\"Feature\",\"id\":");
        json_str(buf, &self.id);
        buf.extend_from_slice(b",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
        num(buf, round6(self.lon));
        buf.push(b',');
        num(buf, round6(self.lat));
        buf.extend_from_slice(b"]},\"properties\":{\"id\":");
        json_str(buf, &self.id);
        for (key, v) in [
            (&b",\"article\":"[..], &self.article[..]),
            (b",\"place\":", self.place),
            (b",\"mention\":", &self.mention),
            (b",\"gazetteer_id\":", self.gazetteer_id),
        ] {
            buf.extend_from_slice(key);
            json_str(buf, v);
        }
        buf.extend_from_slice(b",\"country\":");
        opt(buf, (!self.country.is_empty()).then_some(self.country));
        buf.extend_from_slice(b",\"admin1\":");
        opt(buf, self.admin1);
        let mut digits = itoa::Buffer::new();
        buf.extend_from_slice(b",\"precision\":");
        buf.extend_from_slice(digits.format(self.precision).as_bytes());
        buf.extend_from_slice(b",\"event_type\":");
        json_str(buf, self.event_type.code());
        let (acled, sub) = self.event_type.acled();
        buf.extend_from_slice(b",\"acled_event_type\":");
        opt(buf, acled);
        buf.extend_from_slice(b",\"acled_sub_event_type\":");
        opt(buf, sub);
        let span = self.date.map(|d| d.span());
        buf.extend_from_slice(b",\"date\":");
        date(buf, self.date);
        buf.extend_from_slice(b",\"date_start\":");
        date(buf, span.map(|s| s.0));
        buf.extend_from_slice(b",\"date_end\":");
        date(buf, span.map(|s| s.1));
        buf.extend_from_slice(b",\"fatalities\":");
        match self.fatalities {
            Some(n) => buf.extend_from_slice(digits.format(n).as_bytes()),
            None => buf.extend_from_slice(b"null"),
        }
        buf.extend_from_slice(b",\"evidence\":");
        json_str(buf, &self.evidence);
        buf.extend_from_slice(b"}}");
    }

    /// The feature as a GeoJSON object with properties in contract order.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self.out()).expect("a feature is plain JSON")
    }
}

/// Append a date as a JSON string (`"2019-10-09"`, `"2019-10"`, `"2019"`),
/// as its `Display` writes it: digit by digit for the years 0 to 9999, all
/// a news archive holds, through the formatter otherwise.
fn json_date(buf: &mut Vec<u8>, d: PartialDate) {
    let Ok(year @ 0..=9999) = u16::try_from(d.year) else {
        return json_str(buf, &d.to_string());
    };
    if d.month.is_some_and(|m| m > 99) || d.day.is_some_and(|d| d > 99) {
        return json_str(buf, &d.to_string());
    }
    let digits = |buf: &mut Vec<u8>, n: u16, width: u32| {
        for k in (0..width).rev() {
            buf.push(b'0' + (n / 10u16.pow(k) % 10) as u8);
        }
    };
    buf.push(b'"');
    digits(buf, year, 4);
    if let Some(m) = d.month {
        buf.push(b'-');
        digits(buf, u16::from(m), 2);
        if let Some(day) = d.day {
            buf.push(b'-');
            digits(buf, u16::from(day), 2);
        }
    }
    buf.push(b'"');
}

/// Append `s` as a JSON string, escaped as `serde_json` escapes it: `"`,
/// `\\` and the control characters below U+0020 (`\n`, `\t` and the like
/// by name, the others as `\u00XX`); everything else as it is.
fn json_str(buf: &mut Vec<u8>, s: &str) {
    use crate::swar::{LOW, below};
    // Does any of eight bytes need an escape? (A byte below 0x20, or one
    // equal to `"` or `\`: one that, xor the quote, is below 1.)
    let special = |x: u64| {
        below(x, 0x20)
            | below(x ^ (LOW * u64::from(b'"')), 1)
            | below(x ^ (LOW * u64::from(b'\\')), 1)
    };
    let b = s.as_bytes();
    buf.push(b'"');
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        // The last bytes, fewer than eight, padded with spaces (which need
        // no escape): most strings of a feature are that short.
        let x = match b.get(i..i + 8) {
            Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])),
            None => {
                let mut tail = [b' '; 8];
                tail[..b.len() - i].copy_from_slice(&b[i..]);
                u64::from_le_bytes(tail)
            }
        };
        if special(x) == 0 {
            i += 8;
            continue;
        }
        let c = b[i];
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\t' => b"\\t",
            b'\r' => b"\\r",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0..0x20 => b"",
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&b[from..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 15)],
            ]);
        } else {
            buf.extend_from_slice(esc);
        }
        i += 1;
        from = i;
    }
    buf.extend_from_slice(&b[from..]);
    buf.push(b'"');
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

/// A collection's opening, and the line break before its first feature.
const COLLECTION_OPEN: &[u8] = b"{\"type\":\"FeatureCollection\",\"features\":[\n";

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
    /// (The collection's opening is written with its first feature, or by
    /// [`FeatureWriter::finish`]: a run that fails on its first article
    /// writes nothing, not half a collection, to standard output.)
    pub fn new(w: &'a mut dyn Write, format: Format) -> Self {
        FeatureWriter {
            w,
            format,
            count: 0,
            buf: Vec::with_capacity(4096),
        }
    }

    /// Write one record in the writer's format, its JSON made by `json`.
    fn write_record(
        &mut self,
        json: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
    ) -> io::Result<()> {
        self.buf.clear();
        match self.format {
            Format::Collection => {
                self.buf.extend_from_slice(if self.count == 0 {
                    COLLECTION_OPEN
                } else {
                    b",\n"
                });
                json(&mut self.buf)?;
            }
            Format::Sequence => {
                self.buf.push(0x1e);
                json(&mut self.buf)?;
                self.buf.push(b'\n');
            }
        }
        self.w.write_all(&self.buf)?;
        self.count += 1;
        Ok(())
    }

    pub fn write_value(&mut self, v: &Value) -> io::Result<()> {
        self.write_record(|buf| Ok(serde_json::to_writer(buf, v)?))
    }

    /// Write one feature, serialised straight from its fields.
    pub fn write(&mut self, f: &EventFeature) -> io::Result<()> {
        self.write_record(|buf| {
            f.write_json(buf);
            Ok(())
        })
    }

    /// Close the collection; flushes either way, so streamed sequences reach
    /// the reader article by article.
    pub fn finish(self) -> io::Result<()> {
        if self.format == Format::Collection {
            if self.count == 0 {
                self.w
                    .write_all(&COLLECTION_OPEN[..COLLECTION_OPEN.len() - 1])?;
            }
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
///
/// A `path` that is no regular file (`/dev/null`, a named pipe, a shell's
/// `>(gzip > layer.gz)`), or that names an open descriptor (`/dev/stdout`,
/// `/dev/fd/3`, `/proc/self/fd/3`: whatever it is open on, even a file the
/// shell opened with `>>`), is written in place, appending: renaming a file
/// over it would replace the device or pipe with a file, or the shell's
/// file with a new one. A symbolic link to a file elsewhere is followed, so
/// the link stays and its target gets the layer.
pub fn write_to<F>(path: Option<&Path>, f: F) -> Result<(), WriteError>
where
    F: FnOnce(&mut dyn Write) -> Result<(), WriteError>,
{
    // `-o -` is standard output, as `-` is standard input among the
    // articles (and in most Unix tools); a file named "-" is `-o ./-`.
    let path = path.filter(|p| p.as_os_str() != "-");
    let stream = path.is_some_and(|p| {
        p.starts_with("/proc")
            || p.starts_with("/dev/fd")
            || ["/dev/stdout", "/dev/stderr"]
                .iter()
                .any(|d| p == Path::new(d))
    });
    let target = match path {
        Some(p)
            if !stream
                && std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) =>
        {
            // (A link to a file not written yet has no canonical path: its
            // target, read from the link, gets the layer.)
            std::fs::canonicalize(p).ok().or_else(|| {
                let t = std::fs::read_link(p).ok()?;
                Some(p.parent().map_or(t.clone(), |d| d.join(&t)))
            })
        }
        _ => None,
    };
    let path = target.as_deref().or(path);
    match path {
        None => buffered(io::stdout().lock(), f),
        Some(p) if p.is_dir() => Err(WriteError::Input(format!(
            "{}: is a directory: give a file name",
            p.display()
        ))),
        Some(p) if stream || std::fs::metadata(p).is_ok_and(|m| !m.is_file()) => {
            let file = std::fs::OpenOptions::new()
                .append(true)
                .open(p)
                .map_err(|e| {
                    WriteError::Input(format!(
                        "{}: cannot write there: {}",
                        p.display(),
                        why(&e, "file")
                    ))
                })?;
            buffered(file, f)
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
                    WriteError::Input(format!(
                        "{}: cannot write there: {}",
                        p.display(),
                        why(&e, "directory")
                    ))
                })?;
            buffered(tmp.as_file(), f)?;
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

/// Why a file cannot be made or opened for writing, in a user's words
/// (`missing`: what is not there when nothing is found, the file or the
/// directory to make it in).
fn why(e: &io::Error, missing: &str) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => format!("no such {missing}"),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        k => k.to_string(),
    }
}

/// Run `f` against `w` through a 64 kB buffer, flushed at the end.
fn buffered<W, F>(w: W, f: F) -> Result<(), WriteError>
where
    W: Write,
    F: FnOnce(&mut dyn Write) -> Result<(), WriteError>,
{
    let mut w = BufWriter::with_capacity(1 << 16, w);
    f(&mut w)?;
    w.flush()?;
    Ok(())
}

/// `gazetteer lookup` answers as a FeatureCollection.
pub fn write_candidates(
    g: &Gazetteer,
    cands: &[Candidate],
    w: &mut dyn Write,
) -> Result<(), WriteError> {
    let mut fw = FeatureWriter::new(w, Format::Collection);
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
    let mut fw = FeatureWriter::new(w, format);
    for (_, v) in &keyed {
        fw.write_value(v)?;
    }
    fw.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dates are written as their `Display` writes them, with or without
    /// month and day, and beyond four digits.
    #[test]
    fn json_date_as_display() {
        for year in [-12, 0, 7, 999, 2019, 9999, 10_000] {
            for month in [None, Some(1), Some(12), Some(123)] {
                for day in [None, Some(9), Some(31), Some(100)] {
                    let d = PartialDate { year, month, day };
                    let mut buf = Vec::new();
                    json_date(&mut buf, d);
                    let want = serde_json::to_string(&d.to_string()).unwrap();
                    assert_eq!(String::from_utf8(buf).unwrap(), want, "{d:?}");
                }
            }
        }
    }

    proptest::proptest! {
        /// Strings are escaped as serde_json escapes them: quotes,
        /// backslashes, every control character, text on either side of
        /// the eight-byte steps.
        #[test]
        fn json_str_as_serde(s in "[a-z \"\\\\\u{0}-\u{1f}\u{7f}éß\u{2028}\u{1f600}]{0,40}") {
            let mut buf = Vec::new();
            json_str(&mut buf, &s);
            proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(&s).unwrap());
        }
    }

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
                let mut wa = FeatureWriter::new(&mut a, format);
                wa.write(&f).unwrap();
                wa.finish().unwrap();
                let mut wb = FeatureWriter::new(&mut b, format);
                wb.write_value(&f.to_json()).unwrap();
                wb.finish().unwrap();
                assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
            }
        }
    }
}
