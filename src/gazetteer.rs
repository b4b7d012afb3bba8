//! The gazetteer: places, their names, and an index over normalised names.
//!
//! Takes a CSV file (see the README, "Gazetteer format") or the built-in
//! `gazetteer.csv` compiled into the binary. Gives [`Place`]s and two hash
//! indexes from normalised name to places: the exact key and the phonetic
//! skeleton of every name and variant (see [`crate::normalize`]).
//!
//! Guarantees: loading either succeeds completely or fails with an error
//! naming the file and line; place order is file order, so every lookup is
//! deterministic.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use crate::normalize::{name_key, skeleton_of_key};

/// The built-in gazetteer, compiled in so the tool works from any directory.
pub const BUILTIN_CSV: &str = include_str!("../gazetteer.csv");

/// The columns of a gazetteer CSV, in order.
pub const COLUMNS: [&str; 10] = [
    "id",
    "name",
    "latitude",
    "longitude",
    "country",
    "admin1",
    "kind",
    "population",
    "variants",
    "source",
];

/// What sort of place a row is. Decides ACLED precision and breaks ties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Country,
    Admin1,
    Region,
    River,
    City,
    Town,
    Village,
    Camp,
    Airbase,
    District,
    Landmark,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "country" => Kind::Country,
            "admin1" => Kind::Admin1,
            "region" => Kind::Region,
            "river" => Kind::River,
            "city" => Kind::City,
            "town" => Kind::Town,
            "village" => Kind::Village,
            "camp" => Kind::Camp,
            "airbase" => Kind::Airbase,
            "district" => Kind::District,
            "landmark" => Kind::Landmark,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Admin1 => "admin1",
            Kind::Region => "region",
            Kind::River => "river",
            Kind::City => "city",
            Kind::Town => "town",
            Kind::Village => "village",
            Kind::Camp => "camp",
            Kind::Airbase => "airbase",
            Kind::District => "district",
            Kind::Landmark => "landmark",
        }
    }

    /// An area rather than a point: an event there is located to ACLED
    /// precision 3 (region, province or country).
    pub fn is_area(self) -> bool {
        matches!(
            self,
            Kind::Country | Kind::Admin1 | Kind::Region | Kind::River
        )
    }

    /// A settlement (city, town, village, district).
    pub fn is_settlement(self) -> bool {
        matches!(
            self,
            Kind::City | Kind::Town | Kind::Village | Kind::District
        )
    }
}

/// One gazetteer row.
#[derive(Clone, Debug)]
pub struct Place {
    pub id: String,
    pub name: String,
    /// Degrees north, WGS 84.
    pub lat: f64,
    /// Degrees east, WGS 84.
    pub lon: f64,
    /// ISO 3166-1 alpha-2, or empty for places in no single country.
    pub country: String,
    pub admin1: Option<String>,
    pub kind: Kind,
    pub population: u64,
    pub variants: Vec<String>,
    pub source: String,
}

impl Place {
    /// Name number `v`: 0 is the canonical name, 1.. the variants.
    pub fn variant(&self, v: usize) -> &str {
        if v == 0 {
            &self.name
        } else {
            &self.variants[v - 1]
        }
    }
}

/// A reference to a name of a place: (place index, variant number).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NameRef {
    pub place: u32,
    pub variant: u16,
}

/// A gazetteer error, naming the file and, for a bad row, the line.
#[derive(Debug)]
pub struct GazError {
    pub file: String,
    pub line: Option<u64>,
    pub msg: String,
}

impl fmt::Display for GazError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.msg),
            None => write!(f, "{}: {}", self.file, self.msg),
        }
    }
}

impl std::error::Error for GazError {}

/// A loaded, indexed gazetteer.
pub struct Gazetteer {
    pub places: Vec<Place>,
    exact: HashMap<String, Vec<NameRef>>,
    skeleton: HashMap<String, Vec<NameRef>>,
    /// First words of exact keys and of skeletons: a text position whose
    /// word is in neither set cannot start a name, so no n-gram is built.
    first_exact: HashSet<String>,
    first_skeleton: HashSet<String>,
    /// The most words any key has.
    pub max_words: usize,
}

/// Parse one CSV record into a place; `Err` is the message for the line.
pub fn parse_record(rec: &csv::StringRecord) -> Result<Place, String> {
    if rec.len() != COLUMNS.len() {
        return Err(format!(
            "expected {} columns ({}), found {}",
            COLUMNS.len(),
            COLUMNS.join(","),
            rec.len()
        ));
    }
    let id = rec[0].trim().to_string();
    if id.is_empty() {
        return Err("empty id".into());
    }
    let name = rec[1].trim().to_string();
    if name_key(&name).is_empty() {
        return Err(format!("place {id}: name {:?} has no letters", &rec[1]));
    }
    let lat: f64 = rec[2]
        .trim()
        .parse()
        .map_err(|_| format!("place {id}: latitude {:?} is not a number", &rec[2]))?;
    let lon: f64 = rec[3]
        .trim()
        .parse()
        .map_err(|_| format!("place {id}: longitude {:?} is not a number", &rec[3]))?;
    if !(-90.0..=90.0).contains(&lat) {
        return Err(format!("place {id}: latitude {lat} is outside -90..90"));
    }
    if !(-180.0..=180.0).contains(&lon) {
        return Err(format!("place {id}: longitude {lon} is outside -180..180"));
    }
    let country = rec[4].trim().to_ascii_uppercase();
    if !(country.is_empty()
        || (country.len() == 2 && country.bytes().all(|b| b.is_ascii_alphabetic())))
    {
        return Err(format!(
            "place {id}: country {:?} is not an ISO 3166-1 alpha-2 code",
            &rec[4]
        ));
    }
    let admin1 = Some(rec[5].trim().to_string()).filter(|s| !s.is_empty());
    let kind = Kind::parse(rec[6].trim())
        .ok_or_else(|| format!("place {id}: unknown kind {:?}", &rec[6]))?;
    let population = if rec[7].trim().is_empty() {
        0
    } else {
        rec[7]
            .trim()
            .parse()
            .map_err(|_| format!("place {id}: population {:?} is not a whole number", &rec[7]))?
    };
    let variants = rec[8]
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect();
    Ok(Place {
        id,
        name,
        lat,
        lon,
        country,
        admin1,
        kind,
        population,
        variants,
        source: rec[9].trim().to_string(),
    })
}

/// Read places from CSV text; `file` names the source in errors.
pub fn read_places(data: &[u8], file: &str) -> Result<Vec<Place>, GazError> {
    let err = |line: Option<u64>, msg: String| GazError {
        file: file.to_string(),
        line,
        msg,
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(data);
    let headers = rdr
        .headers()
        .map_err(|e| err(Some(1), format!("cannot read the header: {e}")))?
        .clone();
    let got: Vec<&str> = headers.iter().map(str::trim).collect();
    if got != COLUMNS {
        return Err(err(
            Some(1),
            format!(
                "header must be `{}`, found `{}`",
                COLUMNS.join(","),
                got.join(",")
            ),
        ));
    }
    let mut places = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                let line = rec.position().map(|p| p.line());
                places.push(parse_record(&rec).map_err(|m| err(line, m))?);
            }
            Err(e) => {
                let line = e.position().map(|p| p.line());
                let msg = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => "invalid UTF-8".to_string(),
                    _ => e.to_string(),
                };
                return Err(err(line, msg));
            }
        }
    }
    if places.is_empty() {
        return Err(err(None, "the gazetteer has no places".into()));
    }
    Ok(places)
}

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn builtin() -> Gazetteer {
        let places = read_places(BUILTIN_CSV.as_bytes(), "gazetteer.csv")
            .expect("built-in gazetteer is valid");
        Gazetteer::new(places)
    }

    /// Load a gazetteer CSV file.
    pub fn from_path(path: &Path) -> Result<Gazetteer, GazError> {
        let data = std::fs::read(path).map_err(|e| GazError {
            file: path.display().to_string(),
            line: None,
            msg: format!("cannot read: {e}"),
        })?;
        Ok(Gazetteer::new(read_places(
            &data,
            &path.display().to_string(),
        )?))
    }

    /// Index places by the exact key and the skeleton of every name.
    pub fn new(places: Vec<Place>) -> Gazetteer {
        let mut g = Gazetteer {
            places: Vec::new(),
            exact: HashMap::new(),
            skeleton: HashMap::new(),
            first_exact: HashSet::new(),
            first_skeleton: HashSet::new(),
            max_words: 1,
        };
        for (pi, p) in places.iter().enumerate() {
            let mut seen: HashSet<String> = HashSet::new();
            for v in 0..=p.variants.len() {
                let key = name_key(p.variant(v));
                if key.is_empty() || !seen.insert(key.clone()) {
                    continue;
                }
                let r = NameRef {
                    place: pi as u32,
                    variant: v as u16,
                };
                let skel = skeleton_of_key(&key);
                g.max_words = g.max_words.max(key.split(' ').count());
                g.first_exact
                    .insert(key.split(' ').next().unwrap_or("").to_string());
                g.first_skeleton
                    .insert(skel.split(' ').next().unwrap_or("").to_string());
                g.exact.entry(key).or_default().push(r);
                let refs = g.skeleton.entry(skel).or_default();
                if !refs.iter().any(|x| x.place == r.place) {
                    refs.push(r);
                }
            }
        }
        g.places = places;
        g
    }

    pub fn place(&self, r: NameRef) -> &Place {
        &self.places[r.place as usize]
    }

    /// Names whose exact key is `key`.
    pub fn exact(&self, key: &str) -> &[NameRef] {
        self.exact.get(key).map_or(&[], Vec::as_slice)
    }

    /// Names whose skeleton is `skel`.
    pub fn skeleton(&self, skel: &str) -> &[NameRef] {
        self.skeleton.get(skel).map_or(&[], Vec::as_slice)
    }

    pub fn may_start_exact(&self, word: &str) -> bool {
        self.first_exact.contains(word)
    }

    pub fn may_start_skeleton(&self, word: &str) -> bool {
        self.first_skeleton.contains(word)
    }

    /// Number of distinct exact keys (for reports).
    pub fn key_count(&self) -> usize {
        self.exact.len()
    }
}

/// Great-circle distance in kilometres between two `(lat, lon)` points.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    use geo::{Distance, Haversine, Point};
    Haversine.distance(Point::new(a.1, a.0), Point::new(b.1, b.0)) / 1000.0
}
