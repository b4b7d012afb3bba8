//! Gazetteer commands: import a GeoNames dump, check a gazetteer file, look
//! a name up.
//!
//! `import` takes a standard 19-column GeoNames dump (`cities500.txt`,
//! `SY.txt`, `allCountries.txt`) and gives eventmap's CSV, sorted by country
//! and name so that a regenerated file diffs cleanly. First-level division
//! names are not in the dump (only codes), so each `(country, admin1 code)`
//! group is named from the embedded countries-states-cities table
//! (`data/admin1.csv`): after its seat (a PPLA row) where the table names a
//! division or its seat so, else by a majority vote of its places' nearest
//! division centroid (see `name_admin1`). A division named after its seat
//! becomes a place of its own where the built-in gazetteer has none of its
//! country's (see `division_places`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, Write};

use crate::gazetteer::{
    COLUMNS, GazError, Gazetteer, Kind, NameRef, Place, PlaceData, distance_km,
};
use crate::normalize::{fold, name_key, skeleton_of_key};

const ADMIN1_CSV: &str = include_str!("../data/admin1.csv");

/// Options of `gazetteer import`.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// ISO alpha-2 codes to keep; empty keeps every country.
    pub countries: Vec<String>,
    pub min_population: u64,
    /// Also the built-in gazetteer's areas ([`builtin_areas`]).
    pub with_areas: bool,
}

/// The built-in gazetteer's rows that a GeoNames dump of populated places
/// lacks: every country (in many languages: "Irak", "Syrië"), and the
/// first-level divisions, regions, rivers, camps and airbases of the
/// countries kept (all of them when `countries` is empty). Without the
/// countries, a world gazetteer read "Iraq" as Arāk, in Iran.
pub fn builtin_areas(countries: &[String]) -> Vec<PlaceData> {
    let g = Gazetteer::builtin();
    (0..g.len())
        .map(|i| g.place_at(i))
        .filter(|p| !p.id().starts_with("geonames:"))
        .filter(|p| {
            p.kind == Kind::Country
                || p.country.is_empty()
                || countries.is_empty()
                || countries.iter().any(|c| c.eq_ignore_ascii_case(p.country))
        })
        .map(|p| PlaceData {
            id: p.id().to_string(),
            name: p.name().to_string(),
            lat: p.lat,
            lon: p.lon,
            country: p.country.to_string(),
            admin1: p.admin1().map(str::to_string),
            kind: p.kind,
            population: p.population,
            variants: p
                .variants()
                .split('|')
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .collect(),
            source: p.source().to_string(),
        })
        .collect()
}

/// Is `v` worth keeping as a variant: Latin script, a real word, not a code?
fn keep_variant(v: &str) -> bool {
    let f = fold(v);
    let letters = f.bytes().filter(u8::is_ascii_alphabetic).count();
    if letters < 3 || !f.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
        return false;
    }
    // Airport and other codes: short and all capitals ("DAM", "ALP").
    // Names without any capital are machine romanisations of other scripts
    // ("hms", "alqamshly"): no newspaper writes them, and as keys they
    // collide with abbreviations.
    // A generic head alone ("Khan", "Tell", listed for a village each) is
    // the first word of countless names, and a surname or a verb besides.
    !(v.len() <= 4 && v.chars().all(|c| c.is_ascii_uppercase()))
        && v.chars().any(char::is_uppercase)
        && !crate::lexicon::is_toponym_head(&f)
}

/// A first-level division of `data/admin1.csv`: name, centroid, and the
/// name of its seat where the two differ (Nineveh's is Mosul).
struct Division {
    name: String,
    /// What the table calls it ("metropolitan region", "province").
    level: String,
    at: (f64, f64),
    seat: String,
}

/// By (country, code), the names of the divisions whose ISO 3166-2 code
/// (the table's `code` column) is alphabetic: where GeoNames writes its
/// first-level codes so too (Belgium's VLG, WAL and BRU; Switzerland's
/// cantons; the Philippines' NCR), the code names the division exactly.
/// (Numeric codes are left out: GeoNames numbers France's regions, the
/// table France's departments, and 75 is Nouvelle-Aquitaine to one and
/// Paris to the other.)
type ByCode = HashMap<(String, String), String>;

/// The divisions of [`admin1_table`], per country.
type Divisions = HashMap<String, Vec<Division>>;

/// Divisions per country, of the level GeoNames calls first, and all of
/// them [`ByCode`], from one read of the table. Where the
/// table mixes levels, a level is a lower one, and left out, when it has
/// over twice as many divisions as the country has GeoNames first-level
/// codes (`codes`) and over three times as many as another level of five
/// or more: France's 96 departments under its 12 regions (they had
/// Marseille in Moselle and Toulouse in Tarn), Italy's provinces, the
/// Philippines'. (India's 28 states beside its 8 union territories are
/// both first; so are Spain's 50 provinces, all its table has.)
fn admin1_table(codes: &HashMap<String, HashSet<String>>) -> (Divisions, ByCode) {
    let mut t: Divisions = HashMap::new();
    let mut by_code = ByCode::new();
    let mut rdr = csv::Reader::from_reader(ADMIN1_CSV.as_bytes());
    for rec in rdr.records().flatten() {
        let code = rec.get(6).unwrap_or_default();
        if !code.is_empty() && code.bytes().all(|b| b.is_ascii_uppercase()) {
            by_code
                .entry((rec[0].to_string(), code.to_string()))
                .or_insert_with(|| rec[1].to_string());
        }
        if let (Ok(lat), Ok(lon)) = (rec[3].parse(), rec[4].parse()) {
            t.entry(rec[0].to_string()).or_default().push(Division {
                name: rec[1].to_string(),
                level: rec[2].to_string(),
                at: (lat, lon),
                seat: rec.get(5).unwrap_or_default().to_string(),
            });
        }
    }
    for (country, divs) in t.iter_mut() {
        let n = codes.get(country).map_or(0, HashSet::len);
        let mut per_level: BTreeMap<&str, usize> = BTreeMap::new();
        for d in divs.iter() {
            *per_level.entry(d.level.as_str()).or_default() += 1;
        }
        let lower: Vec<String> = per_level
            .iter()
            .filter(|&(_, &c)| c > 2 * n && per_level.values().any(|&o| o >= 5 && 3 * o < c))
            .map(|(l, _)| l.to_string())
            .collect();
        divs.retain(|d| !lower.contains(&d.level));
    }
    (t, by_code)
}

/// How far (km) a division's centroid may lie from every place of its
/// country in the dump before it is taken for an error of the table and
/// left out of the votes (Israel's Central District stands in Seattle).
const CENTROID_STRAY_KM: f64 = 2000.0;

struct Row {
    place: PlaceData,
    admin1_code: String,
    /// Seat of its first-level division (GeoNames PPLA).
    seat: bool,
    /// The country's capital (PPLC): the seat of its division where
    /// `data/admin1.csv` names it so (Damascus). (Matched by name alone it
    /// took the division around it: Sanaa's governorate, not the city's.)
    capital: bool,
}

/// Read a GeoNames dump and convert the rows that pass the filters.
pub fn import_geonames<R: BufRead>(
    reader: R,
    file: &str,
    opts: &ImportOptions,
) -> Result<Vec<PlaceData>, GazError> {
    let keep: HashSet<String> = opts
        .countries
        .iter()
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut codes: HashMap<String, HashSet<String>> = HashMap::new();
    for (i, line) in reader.split(b'\n').enumerate() {
        let lineno = i as u64 + 1;
        let err = |msg: String| GazError {
            file: file.to_string(),
            line: Some(lineno),
            msg,
        };
        let line = line.map_err(|e| err(format!("cannot read: {e}")))?;
        let line = std::str::from_utf8(&line).map_err(|_| err("invalid UTF-8".into()))?;
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 19 {
            return Err(err(format!(
                "expected 19 tab-separated GeoNames columns, found {}",
                f.len()
            )));
        }
        let cc = f[8].to_ascii_uppercase();
        if !keep.is_empty() && !keep.contains(&cc) {
            continue;
        }
        // Every row's division code counts, kept or not: how many divisions
        // a country has says which level of the table they are.
        if !f[10].is_empty() && !codes.get(&cc).is_some_and(|c| c.contains(f[10])) {
            codes
                .entry(cc.clone())
                .or_default()
                .insert(f[10].to_string());
        }
        let population: u64 = f[14].parse().unwrap_or(0);
        if population < opts.min_population {
            continue;
        }
        let lat: f64 = f[4]
            .parse()
            .map_err(|_| err(format!("latitude {:?} is not a number", f[4])))?;
        let lon: f64 = f[5]
            .parse()
            .map_err(|_| err(format!("longitude {:?} is not a number", f[5])))?;
        let kind = match (f[6], f[7]) {
            ("P", "PPLX") => Kind::District,
            ("P", "PPLC") => Kind::City,
            ("P", _) if population >= 100_000 => Kind::City,
            ("P", _) if population >= 10_000 => Kind::Town,
            ("P", _) => Kind::Village,
            ("A", "PCLI") => Kind::Country,
            ("A", "ADM1") => Kind::Admin1,
            ("H", _) => Kind::River,
            ("S", "AIRB") => Kind::Airbase,
            ("S", "CMPRF") => Kind::Camp,
            _ => Kind::Landmark,
        };
        let name = f[1].to_string();
        let own = name_key(&name);
        let mut seen: HashSet<String> = HashSet::from([own]);
        let mut variants = Vec::new();
        for v in std::iter::once(f[2]).chain(f[3].split(',')) {
            let v = v.trim();
            if keep_variant(v) && seen.insert(name_key(v)) {
                variants.push(v.to_string());
            }
        }
        rows.push(Row {
            place: PlaceData {
                id: format!("geonames:{}", f[0]),
                name,
                lat,
                lon,
                country: cc,
                admin1: None,
                kind,
                population,
                variants,
                source: "GeoNames".into(),
            },
            admin1_code: f[10].to_string(),
            seat: f[7] == "PPLA",
            capital: f[7] == "PPLC",
        });
    }
    // (The table read once, for the names and for the divisions' places.)
    let (table, by_code) = admin1_table(&codes);
    name_admin1(&mut rows, &table, &by_code);
    let divisions = if opts.with_areas {
        division_places(&rows, &table)
    } else {
        Vec::new()
    };
    let mut places: Vec<PlaceData> = rows.into_iter().map(|r| r.place).collect();
    if opts.with_areas {
        let builtin = builtin_areas(&opts.countries);
        // (The built-in gazetteer's own divisions, with their names in
        // several languages, stand for their countries'.)
        let covered: HashSet<String> = builtin
            .iter()
            .filter(|p| p.kind == Kind::Admin1)
            .map(|p| p.country.clone())
            .collect();
        places.extend(builtin);
        places.extend(
            divisions
                .into_iter()
                .filter(|d| !covered.contains(&d.country)),
        );
    }
    sort_places(&mut places);
    Ok(places)
}

/// How far (km) a division's centroid in `data/admin1.csv` may lie from
/// its seat before the seat's position is taken instead (the table puts
/// some centroids on another continent; see [`CENTROID_STRAY_KM`]).
const DIVISION_SEAT_KM: f64 = 500.0;

/// A place of kind `admin1` for each first-level division a seat (GeoNames
/// PPLA) has been named into by [`name_admin1`], known also by its seat's
/// name where the division is named after it: "the Kherson region", "de
/// regio Donetsk", "Lviv oblast" name the division (Khersonska oblast), as
/// "Idlib province" names Idlib's governorate in the built-in gazetteer.
/// Its point is the table's centroid, or the seat's where the centroid
/// lies far off. (A name alone still means the city: the prior puts cities
/// before divisions of the same name.)
fn division_places(rows: &[Row], table: &Divisions) -> Vec<PlaceData> {
    // Per (country, division): its most populous seat.
    let mut seats: BTreeMap<(&str, &str), &Row> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.seat) {
        let Some(div) = r.place.admin1.as_deref() else {
            continue;
        };
        let e = seats.entry((r.place.country.as_str(), div)).or_insert(r);
        if r.place.population > e.place.population {
            *e = r;
        }
    }
    seats
        .into_iter()
        // (Only a division named after its seat, in any form: "Khersonska
        // oblast" is Kherson's, "Idlib" Idlib's; Auvergne-Rhône-Alpes is
        // not "the Lyon region", nor "northern Lyon".)
        // (Nor one whose seat's name is a common word, unless the seat is a
        // city of 100,000, which passes the capital-letter rule already: a
        // province makes a capitalised common word a place, and "Central
        // Syria" is not Hong Kong's Central and Western.)
        .filter(|((_, div), seat)| {
            let k = name_key(&seat.place.name);
            k.len() >= 4
                && name_key(div).starts_with(&k)
                && (seat.place.population >= 100_000
                    || crate::lexicon::word_zipf(&k).is_none_or(|z| z < 3.5))
        })
        .filter_map(|((country, div), seat)| {
            let d = table.get(country)?.iter().find(|d| d.name == div)?;
            let here = (seat.place.lat, seat.place.lon);
            let (lat, lon) = if crate::gazetteer::within_km(here, d.at, DIVISION_SEAT_KM) {
                d.at
            } else {
                here
            };
            let variants = (name_key(&seat.place.name) != name_key(div))
                .then(|| seat.place.name.clone())
                .into_iter()
                .collect();
            Some(PlaceData {
                id: format!("admin1:{country}:{div}"),
                name: div.to_string(),
                lat: (lat * 1e5).round() / 1e5,
                lon: (lon * 1e5).round() / 1e5,
                country: country.to_string(),
                admin1: Some(div.to_string()),
                kind: Kind::Admin1,
                population: 0,
                variants,
                source: "countries-states-cities (ODbL)".into(),
            })
        })
        .collect()
}

/// Name each (country, admin1 code) group: by the table's code where
/// GeoNames uses the same alphabetic one ([`ByCode`]); else after
/// its seat where a division
/// of the table bears the seat's name (Homs, Idlib, Raqqa), or names it as
/// its seat (Nineveh: Mosul; a capital only so: Damascus), an exact match
/// before a phonetic one (Aydın and Adana share a skeleton); else by
/// majority vote of its places' nearest division centroid, among the
/// centroids that lie near some place of the country and whose divisions no
/// seat has named. `table` and `by_code`: [`admin1_table`] of every
/// first-level code of the dump's rows, per country, kept or not.
fn name_admin1(rows: &mut [Row], table: &Divisions, by_code: &ByCode) {
    let mut names: HashMap<(String, String), String> = HashMap::new();
    for r in rows.iter() {
        let key = (r.place.country.clone(), r.admin1_code.clone());
        if !names.contains_key(&key)
            && let Some(name) = by_code.get(&key)
        {
            names.insert(key, name.clone());
        }
    }
    for r in rows
        .iter()
        .filter(|r| (r.seat || r.capital) && !r.admin1_code.is_empty())
    {
        let Some(divs) = table.get(&r.place.country) else {
            continue;
        };
        let seat_keys: Vec<String> = std::iter::once(&r.place.name)
            .chain(&r.place.variants)
            .map(|n| name_key(n))
            .collect();
        let seat_skels: Vec<String> = seat_keys.iter().map(|k| skeleton_of_key(k)).collect();
        // The names a seat may match: the division's own and its recorded
        // seat's, or for a capital only the latter (see `Row::capital`).
        let div_names = |d: &Division| {
            [d.name.as_str(), d.seat.as_str()]
                .into_iter()
                .skip(usize::from(!r.seat))
                .filter(|n| !n.is_empty())
                .map(name_key)
                .collect::<Vec<_>>()
        };
        let found = divs
            .iter()
            .find(|d| div_names(d).iter().any(|k| seat_keys.contains(k)))
            // (Phonetically only where names are transliterated: Marseille's
            // "Massilia" shares Moselle's skeleton.)
            .or_else(|| {
                if !crate::lexicon::transliterated_country(r.place.country.as_bytes()) {
                    return None;
                }
                divs.iter().find(|d| {
                    div_names(d)
                        .iter()
                        .any(|k| seat_skels.contains(&skeleton_of_key(k)))
                })
            });
        if let Some(d) = found {
            names
                .entry((r.place.country.clone(), r.admin1_code.clone()))
                .or_insert_with(|| d.name.clone());
        }
    }
    // Centroids near some place of their country.
    let mut near: HashMap<&str, Vec<bool>> = HashMap::new();
    for r in rows.iter() {
        if let Some(divs) = table.get(&r.place.country) {
            let ok = near
                .entry(r.place.country.as_str())
                .or_insert_with(|| vec![false; divs.len()]);
            for (d, div) in divs.iter().enumerate() {
                ok[d] = ok[d]
                    || crate::gazetteer::within_km(
                        (r.place.lat, r.place.lon),
                        div.at,
                        CENTROID_STRAY_KM,
                    );
            }
        }
    }
    // Divisions a seat has named: the other groups vote for the others
    // (Rif Dimashq's towns stand nearer Damascus's centroid than their
    // own, and Damascus has its group).
    let seated: HashSet<(&str, &str)> = names
        .iter()
        .map(|((country, _), name)| (country.as_str(), name.as_str()))
        .collect();
    let mut votes: HashMap<(String, String), BTreeMap<String, u32>> = HashMap::new();
    for r in rows.iter() {
        let key = (r.place.country.clone(), r.admin1_code.clone());
        if r.admin1_code.is_empty() || names.contains_key(&key) {
            continue;
        }
        let (Some(divs), Some(ok)) = (
            table.get(&r.place.country),
            near.get(r.place.country.as_str()),
        ) else {
            continue;
        };
        let free = |d: &Division| !seated.contains(&(r.place.country.as_str(), d.name.as_str()));
        let any_free = divs.iter().zip(ok).any(|(d, ok)| *ok && free(d));
        let nearest = divs
            .iter()
            .zip(ok)
            .filter(|(d, ok)| **ok && (free(d) || !any_free))
            .map(|(d, _)| d)
            .min_by(|a, b| {
                let da = distance_km((r.place.lat, r.place.lon), a.at);
                let db = distance_km((r.place.lat, r.place.lon), b.at);
                da.total_cmp(&db)
            });
        if let Some(n) = nearest {
            *votes
                .entry(key)
                .or_default()
                .entry(n.name.clone())
                .or_default() += 1;
        }
    }
    for (k, v) in votes {
        // Most votes; ties go to the first name alphabetically.
        if let Some((n, _)) = v.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            names.insert(k, n.clone());
        }
    }
    for r in rows.iter_mut() {
        r.place.admin1 = names
            .get(&(r.place.country.clone(), r.admin1_code.clone()))
            .cloned();
    }
}

/// Sort places by country, name and id, the order gazetteer files keep.
pub fn sort_places(places: &mut [PlaceData]) {
    places.sort_by(|a, b| {
        (a.country.as_str(), name_key(&a.name), a.id.as_str()).cmp(&(
            b.country.as_str(),
            name_key(&b.name),
            b.id.as_str(),
        ))
    });
}

/// Write places as eventmap gazetteer CSV.
pub fn write_places<W: Write>(places: &[PlaceData], w: W) -> std::io::Result<()> {
    let mut wtr = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(w);
    wtr.write_record(COLUMNS)?;
    for p in places {
        let lat = format!("{:.5}", p.lat);
        let lon = format!("{:.5}", p.lon);
        let pop = p.population.to_string();
        let variants = p.variants.join("|");
        wtr.write_record([
            p.id.as_str(),
            p.name.as_str(),
            lat.as_str(),
            lon.as_str(),
            p.country.as_str(),
            p.admin1.as_deref().unwrap_or(""),
            p.kind.as_str(),
            pop.as_str(),
            variants.as_str(),
            p.source.as_str(),
        ])?;
    }
    wtr.flush()
}

/// One problem `check` found.
#[derive(Debug, PartialEq)]
pub struct Problem {
    pub line: u64,
    pub error: bool,
    pub msg: String,
}

/// Validate gazetteer CSV text: every row parses, ids are unique, and no
/// name is shared by two places of the same kind more than
/// `SHARED_NAME_KM` apart in one country (a warning: often a real
/// ambiguity, sometimes a copy-paste slip).
pub fn check(data: &[u8]) -> Vec<Problem> {
    const SHARED_NAME_KM: f64 = 300.0;
    let mut problems = Vec::new();
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(data);
    match rdr.headers() {
        Ok(h) => {
            let got: Vec<&str> = h.iter().map(str::trim).collect();
            if got != COLUMNS {
                problems.push(Problem {
                    line: 1,
                    error: true,
                    msg: format!("header must be `{}`", COLUMNS.join(",")),
                });
                return problems;
            }
        }
        Err(e) => {
            problems.push(Problem {
                line: 1,
                error: true,
                msg: format!("cannot read the header: {e}"),
            });
            return problems;
        }
    }
    let mut ids: HashMap<String, u64> = HashMap::new();
    let mut by_key: HashMap<String, Vec<(u64, usize)>> = HashMap::new();
    let mut places: Vec<PlaceData> = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        let line = rdr.position().line();
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                let line = rec.position().map_or(line, |p| p.line());
                match crate::gazetteer::parse_record(&rec) {
                    Err(msg) => problems.push(Problem {
                        line,
                        error: true,
                        msg,
                    }),
                    Ok(p) => {
                        if let Some(first) = ids.insert(p.id.clone(), line) {
                            problems.push(Problem {
                                line,
                                error: true,
                                msg: format!("duplicate id {} (first on line {first})", p.id),
                            });
                        }
                        let mut keys: Vec<String> = (0..=p.variants.len())
                            .map(|v| name_key(p.variant(v)))
                            .collect();
                        keys.sort();
                        keys.dedup();
                        for k in keys {
                            by_key.entry(k).or_default().push((line, places.len()));
                        }
                        places.push(p);
                    }
                }
            }
            Err(e) => problems.push(Problem {
                line: e.position().map_or(line, |p| p.line()),
                error: true,
                msg: e.to_string(),
            }),
        }
    }
    let mut keys: Vec<&String> = by_key.keys().collect();
    keys.sort();
    for k in keys {
        let refs = &by_key[k];
        for (i, &(la, a)) in refs.iter().enumerate() {
            for &(lb, b) in &refs[i + 1..] {
                let (pa, pb) = (&places[a], &places[b]);
                if pa.country == pb.country
                    && pa.kind == pb.kind
                    && distance_km((pa.lat, pa.lon), (pb.lat, pb.lon)) > SHARED_NAME_KM
                {
                    problems.push(Problem {
                        line: lb,
                        error: false,
                        msg: format!(
                            "name {k:?} of {} is also a name of {} (line {la}), {:.0} km away",
                            pb.id,
                            pa.id,
                            distance_km((pa.lat, pa.lon), (pb.lat, pb.lon))
                        ),
                    });
                }
            }
        }
    }
    problems.sort_by_key(|p| p.line);
    problems
}

/// A lookup answer: a place, the name that matched, and a score in 0..=1.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub name: NameRef,
    pub score: f64,
}

/// Similarity of two folded strings in 0..=1 (1 - normalised edit distance).
pub fn similarity(a: &str, b: &str) -> f64 {
    // Names are short: the letters and the two rows of the edit distance
    // stay on the stack (this runs for every phonetic candidate).
    const STACK: usize = 64;
    if a.len() <= STACK && b.len() <= STACK {
        let (mut x, mut y) = ([0u8; STACK], [0u8; STACK]);
        let (mut prev, mut cur) = ([0usize; STACK + 1], [0usize; STACK + 1]);
        let nx = letters_into(a, &mut x);
        let ny = letters_into(b, &mut y);
        return edit_similarity(&x[..nx], &y[..ny], &mut prev[..=ny], &mut cur[..=ny]);
    }
    let a: Vec<u8> = a.bytes().filter(|c| *c != b' ').collect();
    let b: Vec<u8> = b.bytes().filter(|c| *c != b' ').collect();
    let (mut prev, mut cur) = (vec![0; b.len() + 1], vec![0; b.len() + 1]);
    edit_similarity(&a, &b, &mut prev, &mut cur)
}

/// The bytes of `s` but spaces, into `out` (long enough); how many.
fn letters_into(s: &str, out: &mut [u8]) -> usize {
    let mut n = 0;
    for c in s.bytes().filter(|c| *c != b' ') {
        out[n] = c;
        n += 1;
    }
    n
}

/// 1 - the edit distance of `a` and `b` over the longer length; `prev` and
/// `cur` are rows of `b.len() + 1`.
fn edit_similarity(a: &[u8], b: &[u8], prev: &mut [usize], cur: &mut [usize]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    let (mut prev, mut cur) = (prev, cur);
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    1.0 - prev[b.len()] as f64 / a.len().max(b.len()) as f64
}

/// Static prior of a place, used to order candidates of equal match quality:
/// countries and provinces over towns of the same name, bigger over smaller.
pub fn prior(p: &Place) -> f64 {
    let kind = match p.kind {
        Kind::Country => 0.30,
        Kind::Admin1 => 0.12,
        Kind::City => 0.15,
        Kind::Region | Kind::Camp | Kind::Airbase => 0.10,
        Kind::Town => 0.08,
        Kind::River => 0.05,
        Kind::Village | Kind::District | Kind::Landmark => 0.0,
    };
    kind + (p.population as f64 + 1.0).log10() / 40.0
}

/// A phonetic match must also be this similar, as letters, to a name it
/// matched through: "Homsi" shares a skeleton with "Himsa" (a name of Homs)
/// but is a surname.
pub const MIN_SKELETON_SIMILARITY: f64 = 0.7;

/// Score of an exact match on a variant rather than on the canonical name:
/// "Hatay" is the province's name and only a variant of Antakya's.
pub const CANONICAL_SHARE: f64 = 0.8;

/// Does a name with exact key `key` stand for the place's canonical name:
/// the canonical name itself, or a transliteration of it (same skeleton)?
/// "Ras al-Ayn" is the canonical Ras al-Ain, while for Rosh Ha'Ayin, whose
/// variants include "Ra's al 'Ayn", it is only a variant.
pub fn is_canonical(g: &Gazetteer, r: NameRef, key: &str) -> bool {
    r.variant == 0 || is_canonical_skeleton(g, r, &skeleton_of_key(key))
}

/// [`is_canonical`] with the key's skeleton already made.
pub fn is_canonical_skeleton(g: &Gazetteer, r: NameRef, key_skeleton: &str) -> bool {
    if r.variant == 0 {
        return true;
    }
    // The skeleton of each place's canonical name, made once per thread:
    // the same places are candidates in article after article.
    thread_local! {
        static MEMO: std::cell::RefCell<crate::gazetteer::Memo<u32, Box<str>>> =
            std::cell::RefCell::new(Default::default());
    }
    MEMO.with_borrow_mut(|memo| {
        memo.with(
            g,
            &r.place,
            || {
                (
                    r.place,
                    skeleton_of_key(&name_key(g.place(r).name())).into(),
                )
            },
            |skel| key_skeleton == &**skel,
        )
    })
}

/// Similarity of a written name to the name of a place it matched through
/// in the skeleton index (`r.variant`): only that name counts, so "Homsi"
/// meets Homs through "Himsa", not through "Homs".
pub fn skeleton_similarity(g: &Gazetteer, r: NameRef, key: &str) -> f64 {
    similarity(key, &name_key(g.place(r).variant(r.variant as usize)))
}

/// Candidates for `name`, best first: exact-key matches score 1, skeleton
/// matches 0.75 times their string similarity, exact matches on a variant
/// [`CANONICAL_SHARE`].
pub fn lookup(g: &Gazetteer, name: &str, country: Option<&str>, limit: usize) -> Vec<Candidate> {
    let key = name_key(name);
    let mut out: Vec<Candidate> = g
        .exact(&key)
        .iter()
        .map(|&r| Candidate {
            name: r,
            score: if is_canonical(g, r, &key) {
                1.0
            } else {
                CANONICAL_SHARE
            },
        })
        .collect();
    let skel = skeleton_of_key(&key);
    for r in g.skeleton(&skel) {
        if out.iter().any(|c| c.name.place == r.place) {
            continue;
        }
        let sim = skeleton_similarity(g, r, &key);
        if sim < MIN_SKELETON_SIMILARITY {
            continue;
        }
        out.push(Candidate {
            name: r,
            score: 0.75 * sim,
        });
    }
    if let Some(cc) = country {
        out.retain(|c| g.place(c.name).country.eq_ignore_ascii_case(cc));
    }
    out.sort_by(|a, b| {
        let pa = a.score + prior(&g.place(a.name));
        let pb = b.score + prior(&g.place(b.name));
        pb.total_cmp(&pa).then(a.name.place.cmp(&b.name.place))
    });
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::{ImportOptions, import_geonames, keep_variant, similarity};

    /// One GeoNames row: id, name, lat, lon, feature code, country, admin1
    /// code, population.
    fn row(id: u32, name: &str, at: (f64, f64), code: &str, cc: &str, adm: &str) -> String {
        format!(
            "{id}\t{name}\t{name}\t\t{}\t{}\tP\t{code}\t{cc}\t\t{adm}\t\t\t\t20000\t\t\tAsia/Baghdad\t2020-01-01\n",
            at.0, at.1
        )
    }

    /// First-level divisions named after their seats: by the seat the
    /// table gives where names differ (Nineveh's towns, nearer Dohuk's
    /// centroid than Nineveh's, once all became Dohuk), an exact name before
    /// a phonetic one (Aydın and Adana share a skeleton), and no vote for a
    /// centroid that lies an ocean away.
    #[test]
    fn divisions_by_seat_then_by_vote() {
        let dump = [
            row(1, "Mosul", (36.34, 43.13), "PPLA", "IQ", "15"),
            row(2, "Tallkayf", (36.49, 43.12), "PPL", "IQ", "15"),
            row(3, "Dihok", (36.87, 42.99), "PPLA", "IQ", "08"),
            row(4, "Aydın", (37.85, 27.85), "PPLA", "TR", "09"),
            row(5, "Adana", (37.0, 35.32), "PPLA", "TR", "81"),
            row(6, "Waterloo", (8.34, -13.07), "PPL", "SL", "04"),
            row(7, "Damascus", (33.51, 36.29), "PPLC", "SY", "13"),
            row(8, "Dārayyā", (33.46, 36.24), "PPL", "SY", "08"),
            row(10, "Dūmā", (33.57, 36.40), "PPL", "SY", "08"),
            row(11, "An Nabk", (34.02, 36.73), "PPL", "SY", "08"),
            row(9, "Sanaa", (15.35, 44.21), "PPLC", "YE", "26"),
        ]
        .concat();
        let admin1 = admin1_of(&dump);
        assert_eq!(admin1("Mosul").as_deref(), Some("Nineveh"));
        assert_eq!(admin1("Tallkayf").as_deref(), Some("Nineveh"));
        assert_eq!(admin1("Dihok").as_deref(), Some("Dohuk"));
        assert_eq!(admin1("Aydın").as_deref(), Some("Aydın"));
        assert_eq!(admin1("Adana").as_deref(), Some("Adana"));
        // (Sierra Leone's one division in the table, Western Area, has its
        // centroid in Pennsylvania: no division rather than a wrong one.)
        assert_eq!(admin1("Waterloo"), None);
        // A capital is its division's seat where the table says so; the
        // towns around it, nearer its centroid than their own, vote for
        // another division then: Daraya and Douma are in Rif Dimashq. (Sanaa, not named
        // as a seat, is not matched to the governorate around it.)
        assert_eq!(admin1("Damascus").as_deref(), Some("Damascus"));
        assert_eq!(admin1("Dārayyā").as_deref(), Some("Rif Dimashq"));
        assert_ne!(admin1("Sanaa").as_deref(), Some("Sana'a"));
    }

    /// Where the table lists both a country's regions and their
    /// departments, the regions name GeoNames' first-level codes, and a
    /// seat matches a division's name exactly outside the transliterated
    /// world: Marseille ("Massilia") is in Provence-Alpes-Côte d'Azur, not
    /// Moselle; Toulouse in Occitanie, not Tarn.
    #[test]
    fn divisions_of_the_first_level_only() {
        let marseille = row(1, "Marseille", (43.297, 5.381), "PPLA", "FR", "93").replacen(
            "\t\t",
            "\tMassilia,Marsilia\t",
            1,
        );
        let dump = [
            marseille,
            row(2, "Toulouse", (43.605, 1.444), "PPLA", "FR", "76"),
            row(3, "Nice", (43.703, 7.266), "PPLA2", "FR", "93"),
        ]
        .concat();
        let admin1 = admin1_of(&dump);
        assert_eq!(
            admin1("Marseille").as_deref(),
            Some("Provence-Alpes-Côte-d’Azur")
        );
        assert_eq!(
            admin1("Nice").as_deref(),
            Some("Provence-Alpes-Côte-d’Azur")
        );
        assert_eq!(admin1("Toulouse").as_deref(), Some("Occitanie"));
    }

    /// Where GeoNames writes a division's alphabetic ISO code, the table's
    /// code names it: Belgium's VLG is Flanders (not one of its provinces,
    /// which the vote chose), WAL Wallonia.
    #[test]
    fn divisions_by_their_iso_code() {
        let dump = [
            row(1, "Aalst", (50.94, 4.04), "PPL", "BE", "VLG"),
            row(2, "Antwerpen", (51.22, 4.40), "PPLA2", "BE", "VLG"),
            row(3, "Namur", (50.47, 4.87), "PPLA", "BE", "WAL"),
        ]
        .concat();
        let admin1 = admin1_of(&dump);
        assert_eq!(admin1("Aalst").as_deref(), Some("Flanders"));
        assert_eq!(admin1("Antwerpen").as_deref(), Some("Flanders"));
        assert_eq!(admin1("Namur").as_deref(), Some("Wallonia"));
    }

    /// Variants kept from GeoNames: names in Latin script as newspapers
    /// write them, not codes, machine romanisations or a bare generic head
    /// ("Khan" for a village called Khirbat Tīn Nūr).
    #[test]
    fn variants_worth_keeping() {
        for v in ["Ras al-Ain", "Ett Tell", "Al-Tal", "Kobanî"] {
            assert!(keep_variant(v), "{v}");
        }
        for v in ["Khan", "Tell", "DAM", "alqamshly", "التل", "Ra"] {
            assert!(!keep_variant(v), "{v}");
        }
    }

    /// The first-level division `import_geonames` names for each place of
    /// a dump, by place name.
    fn admin1_of(dump: &str) -> impl Fn(&str) -> Option<String> {
        let places = import_geonames(dump.as_bytes(), "dump", &ImportOptions::default()).unwrap();
        move |name| {
            places
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.admin1.clone())
        }
    }

    /// Short names (on the stack) and long ones (on the heap) measure alike.
    #[test]
    fn similarity_short_and_long() {
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("ras al ain", "rasalain"), 1.0);
        assert_eq!(similarity("abc", "abd"), 1.0 - 1.0 / 3.0);
        assert_eq!(similarity("abc", ""), 0.0);
        let long = "a".repeat(70);
        let other = format!("{}b", "a".repeat(69));
        assert_eq!(similarity(&long, &other), 1.0 - 1.0 / 70.0);
        assert_eq!(similarity(&long[..64], &other[6..]), 1.0 - 1.0 / 64.0);
    }
}
