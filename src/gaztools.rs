//! Gazetteer commands: import a GeoNames dump, check a gazetteer file, look
//! a name up.
//!
//! `import` takes a standard 19-column GeoNames dump (`cities500.txt`,
//! `SY.txt`, `allCountries.txt`) and gives eventmap's CSV, sorted by country
//! and name so that a regenerated file diffs cleanly. First-level division
//! names are not in the dump (only codes), so each `(country, admin1 code)`
//! group is named from the embedded countries-states-cities table
//! (`data/admin1.csv`): after its seat (a PPLA row) where the table names a
//! division or its seat so, else by the division whose centroid lies
//! nearest its places, each division once (see `name_admin1`). A division
//! becomes a place of its own where the built-in gazetteer has none of its
//! country's, known also by its seat's name where named after it (see
//! `division_places`).

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
/// country in the dump before it is taken for an error of the table, astray
/// (Israel's Central District stands in Seattle, Sonora in California and
/// Durango in Colorado: the table geocoded names).
const CENTROID_STRAY_KM: f64 = 500.0;

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
        // (Rows under the population asked for are dropped after the
        // divisions are named: a division is known by all its places.)
        let population: u64 = f[14].parse().unwrap_or(0);
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
    name_admin1(&mut rows, &table, &by_code, &codes);
    let divisions = if opts.with_areas {
        division_places(&rows, &table)
    } else {
        Vec::new()
    };
    // (A place named by generic words only is a part of every city: "the
    // Old City" of an article is Homs's or Aleppo's as often as
    // Jerusalem's, "New Town" Edinburgh's as often as a village's.)
    rows.retain(|r| r.place.population >= opts.min_population && !generic_name(&r.place.name));
    let mut places: Vec<PlaceData> = rows.into_iter().map(|r| r.place).collect();
    if opts.with_areas {
        let builtin = builtin_areas(&opts.countries);
        // (The built-in gazetteer's own divisions, with their names in
        // several languages, stand for the same divisions of the dump: the
        // built-in has Russia's on Ukraine's border, the dump all of
        // Russia's.)
        let covered: HashSet<(String, Option<String>)> = builtin
            .iter()
            .filter(|p| p.kind == Kind::Admin1)
            .map(|p| (p.country.clone(), p.admin1.clone()))
            .collect();
        places.extend(builtin);
        places.extend(
            divisions
                .into_iter()
                .filter(|d| !covered.contains(&(d.country.clone(), d.admin1.clone()))),
        );
    }
    sort_places(&mut places);
    Ok(places)
}

/// A division's centroid within the first distance (km) of another
/// country's place, and beyond the second of every place of its own, is
/// another country's (see `name_admin1`).
const FOREIGN_KM: (f64, f64) = (25.0, 100.0);

/// What a group of GeoNames rows pays for a division whose centroid is
/// astray, as for a division this far (km) off (see `name_admin1`).
const STRAY_KM: f64 = 1000.0;

/// What a group pays for no name, as for a division this far (km) off.
const UNNAMED_KM: f64 = 2000.0;

/// How near (km) a group left unnamed must lie to a division's centroid to
/// take its name.
const NEAR_DIVISION_KM: f64 = 50.0;

/// How far (km) a division's centroid in `data/admin1.csv` may lie from
/// its seat before the seat's position is taken instead (the table puts
/// some centroids on another continent; see [`CENTROID_STRAY_KM`]).
const DIVISION_SEAT_KM: f64 = 500.0;

/// Words that make no division's name alone: directions, positions and
/// kinds of land (see [`division_places`]).
const GENERIC_DIVISION_WORDS: [&str; 36] = [
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "centre",
    "center",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "far",
    "upper",
    "lower",
    "middle",
    "capital",
    "coast",
    "coastal",
    "lakes",
    "islands",
    "island",
    "area",
    "littoral",
    "maritime",
    "highlands",
    "federal",
    "special",
    "the",
];

/// Words that name a part of any city: a place named by these only is no
/// place in particular (see [`generic_name`]).
const GENERIC_PLACE_WORDS: [&str; 14] = [
    "old", "new", "city", "town", "downtown", "centre", "center", "port", "area", "quarter",
    "district", "village", "camp", "market",
];

/// Is `name` made of [`GENERIC_PLACE_WORDS`] only ("Old City", "New Town",
/// "Port Area", "Center")?
fn generic_name(name: &str) -> bool {
    fold(name)
        .split([' ', '-'])
        .all(|w| w.is_empty() || GENERIC_PLACE_WORDS.contains(&w))
}

/// A single-word name this common (zipf) is no division's place.
const VERY_COMMON_ZIPF: f64 = 5.5;

/// A division's name without a last word for its kind: "Rakhine State" →
/// "Rakhine", "Cabo Delgado Province" → "Cabo Delgado".
fn strip_division_word(name: &str) -> &str {
    const KINDS: [&str; 17] = [
        "state",
        "region",
        "province",
        "district",
        "prefecture",
        "governorate",
        "department",
        "county",
        "oblast",
        "voivodeship",
        "municipality",
        "division",
        "territory",
        "canton",
        "krai",
        "wilaya",
        "city",
    ];
    match name.trim_end().rsplit_once(' ') {
        Some((head, last)) if KINDS.iter().any(|k| last.eq_ignore_ascii_case(k)) => head.trim_end(),
        _ => name,
    }
}

/// A place of kind `admin1` for each first-level division a seat (GeoNames
/// PPLA) has been named into by [`name_admin1`], known also by its seat's
/// name where the division is named after it: "the Kherson region", "de
/// regio Donetsk", "Lviv oblast" name the division (Khersonska oblast), as
/// "Idlib province" names Idlib's governorate in the built-in gazetteer.
/// A division named otherwise (Nangarhar, seat Jalalabad; Rakhine State,
/// seat Sittwe) is known by its own name, with and without the word for its
/// kind. Its point is the table's centroid, or the seat's where the centroid
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
    // (A common word names no division: "Central", "Northern", "Lakes".)
    let common = |k: &str| crate::lexicon::word_zipf(k).is_some_and(|z| z >= 3.5);
    // The names of countries, in the languages the built-in gazetteer has.
    let countries: HashSet<String> = builtin_areas(&[])
        .iter()
        .filter(|p| p.kind == Kind::Country)
        .flat_map(|p| std::iter::once(&p.name).chain(&p.variants))
        .map(|n| name_key(n))
        .collect();
    seats
        .into_iter()
        .filter_map(|((country, div), seat)| {
            let d = table.get(country)?.iter().find(|d| d.name == div)?;
            let k = name_key(&seat.place.name);
            let dk = name_key(div);
            // Known also by its seat's name where named after it, in any
            // form: "Khersonska oblast" is Kherson's, "Idlib" Idlib's. Not
            // Auvergne-Rhône-Alpes, which is not "the Lyon region", nor
            // "northern Lyon". (Nor a seat whose name is a common word,
            // unless the seat is a city of 100,000, which passes the
            // capital-letter rule already: a province makes a capitalised
            // common word a place, and "Central Syria" is not Hong Kong's
            // Central and Western.)
            let after_seat = k.len() >= 4 && dk.starts_with(&k);
            let variant = if after_seat {
                if seat.place.population < 100_000 && common(&k) {
                    return None;
                }
                (k != dk).then(|| seat.place.name.clone())
            } else {
                // Else by its own name, and without the word for its kind:
                // "Rakhine State" is "Rakhine", "Tigray Region" "Tigray".
                // Not a name of generic words only ("Central Region",
                // "Western Area", "North"), nor a very common word ("Most",
                // Czechia's), nor a country's ("Georgia", seat Atlanta): by
                // such a name a division is no place of its own. (A bare
                // name a country's is left out, the full name kept:
                // "Guatemala Department".)
                let bare = strip_division_word(div);
                let bk = name_key(bare);
                let generic = |k: &str| k.split(' ').all(|w| GENERIC_DIVISION_WORDS.contains(&w));
                let very_common =
                    |k: &str| crate::lexicon::word_zipf(k).is_some_and(|z| z >= VERY_COMMON_ZIPF);
                if generic(&bk) || very_common(&bk) || countries.contains(&dk) {
                    return None;
                }
                (bare.len() >= 4 && bare != div && !countries.contains(&bk))
                    .then(|| bare.to_string())
            };
            let here = (seat.place.lat, seat.place.lon);
            let (lat, lon) = if crate::gazetteer::within_km(here, d.at, DIVISION_SEAT_KM) {
                d.at
            } else {
                here
            };
            Some(PlaceData {
                id: format!("admin1:{country}:{div}"),
                name: div.to_string(),
                lat: (lat * 1e5).round() / 1e5,
                lon: (lon * 1e5).round() / 1e5,
                country: country.to_string(),
                admin1: Some(div.to_string()),
                kind: Kind::Admin1,
                population: 0,
                variants: variant.into_iter().collect(),
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
/// before one without the word for the division's kind (Sejong City) and a
/// phonetic one (Aydın and Adana share a skeleton); else each division
/// left names at most one group, the least distant in all
/// ([`crate::assign`]), and a division whose centroid is astray the one
/// group left for it if it is the only such division (see the costs in the
/// body). Where the table is of a lower level than GeoNames' first, each
/// group takes the division most of its places lie nearest. `table` and
/// `by_code`: [`admin1_table`] of `codes`, every first-level code of the
/// dump's rows, per country, kept or not.
fn name_admin1(
    rows: &mut [Row],
    table: &Divisions,
    by_code: &ByCode,
    codes: &HashMap<String, HashSet<String>>,
) {
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
            // (Then by the division's name without the word for its kind,
            // against the seat's own name: Sejong is the seat of "Sejong
            // City". Not against its other names: Saint Petersburg, once
            // Leningrad, is not the seat of Leningrad Oblast.)
            .or_else(|| {
                divs.iter()
                    .find(|d| r.seat && name_key(strip_division_word(&d.name)) == seat_keys[0])
            })
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
    // Centroids near some place of their country (`near`), and those that
    // lie farther from it but among another country's places (`foreign`):
    // the table puts Taiwan under China, GeoNames in a country of its own.
    let mut near: HashMap<&str, Vec<bool>> = HashMap::new();
    let mut close: HashMap<&str, Vec<bool>> = HashMap::new();
    let mut cells: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
    let cell = |(lat, lon): (f64, f64)| ((lat * 2.0).floor() as i32, (lon * 2.0).floor() as i32);
    for (i, r) in rows.iter().enumerate() {
        let here = (r.place.lat, r.place.lon);
        cells.entry(cell(here)).or_default().push(i);
        if let Some(divs) = table.get(&r.place.country) {
            let ok = near
                .entry(r.place.country.as_str())
                .or_insert_with(|| vec![false; divs.len()]);
            let cl = close
                .entry(r.place.country.as_str())
                .or_insert_with(|| vec![false; divs.len()]);
            for (d, div) in divs.iter().enumerate() {
                ok[d] = ok[d] || crate::gazetteer::within_km(here, div.at, CENTROID_STRAY_KM);
                cl[d] = cl[d] || crate::gazetteer::within_km(here, div.at, FOREIGN_KM.1);
            }
        }
    }
    // (Not one astray: Shandong's centroid in California is Shandong's.)
    let foreign = |country: &str, d: usize| {
        if close.get(country).is_none_or(|cl| cl[d]) || near.get(country).is_none_or(|ok| !ok[d]) {
            return false;
        }
        let at = table[country][d].at;
        let (y, x) = cell(at);
        (y - 1..=y + 1)
            .flat_map(|y| (x - 1..=x + 1).map(move |x| (y, x)))
            .filter_map(|c| cells.get(&c))
            .flatten()
            .any(|&i| {
                let p = &rows[i].place;
                p.country != country
                    && crate::gazetteer::within_km((p.lat, p.lon), at, FOREIGN_KM.0)
            })
    };
    // Divisions a seat or code has named: the other groups take the others.
    let seated: HashSet<(String, String)> = names
        .iter()
        .map(|((country, _), name)| (country.clone(), name.clone()))
        .collect();
    // The groups left, per country, with where their places lie: the median
    // latitude and longitude (a few misplaced rows do not move it).
    // (And whether a seat or the capital is among them.)
    type Points = (Vec<f64>, Vec<f64>, bool);
    let mut left: BTreeMap<(String, String), Points> = BTreeMap::new();
    for r in rows.iter() {
        let key = (r.place.country.clone(), r.admin1_code.clone());
        if r.admin1_code.is_empty() || names.contains_key(&key) {
            continue;
        }
        let (lats, lons, seat) = left.entry(key).or_default();
        lats.push(r.place.lat);
        lons.push(r.place.lon);
        *seat |= r.seat || r.capital;
    }
    let median = |xs: &mut Vec<f64>| {
        xs.sort_by(f64::total_cmp);
        xs[xs.len() / 2]
    };
    // Per country, each group left: its code, median point, size and seat.
    type Group = (String, (f64, f64), usize, bool);
    let mut per_country: BTreeMap<String, Vec<Group>> = BTreeMap::new();
    for ((country, code), (lats, lons, seat)) in &left {
        let at = (median(&mut lats.clone()), median(&mut lons.clone()));
        per_country
            .entry(country.clone())
            .or_default()
            .push((code.clone(), at, lats.len(), *seat));
    }
    for (country, groups) in per_country {
        let (Some(divs), Some(ok)) = (table.get(&country), near.get(country.as_str())) else {
            continue;
        };
        let free: Vec<usize> = (0..divs.len())
            .filter(|&d| !seated.contains(&(country.clone(), divs[d].name.clone())))
            .filter(|&d| !foreign(&country, d))
            .collect();
        // A group of a twentieth of the country's usual size, without a seat,
        // is old codes GeoNames keeps for a few rows: it takes no division
        // from another (below, it may take the name of one near). (With a
        // seat it is a division of its own, if small: Islamabad's group is
        // one town, and took the Islamabad Capital Territory from Punjab's.)
        let mut sizes: Vec<usize> = groups.iter().map(|g| g.2).collect();
        sizes.sort_unstable();
        let usual = sizes[sizes.len() / 2];
        let (main, few): (Vec<_>, Vec<_>) =
            groups.into_iter().partition(|g| g.2 * 20 >= usual || g.3);
        // Where the table's divisions are over twice as many as the
        // country's codes in the dump, they are of a lower level than
        // GeoNames' (Spain's provinces under its communities, Malawi's
        // districts under its three regions): no group's division is in the
        // table, and each takes the one most of its places lie nearest (the
        // Basque Country's group, Bilbao's, takes Gipuzkoa's name). No cost
        // is paired then.
        if divs.len() > 2 * codes.get(&country).map_or(0, HashSet::len) {
            for (code, ..) in main.into_iter().chain(few) {
                let (lats, lons, _) = &left[&(country.clone(), code.clone())];
                let mut votes: BTreeMap<&str, u32> = BTreeMap::new();
                for here in lats.iter().copied().zip(lons.iter().copied()) {
                    let nearest = free
                        .iter()
                        .filter(|&&d| ok[d])
                        .map(|&d| (distance_km(here, divs[d].at), &divs[d].name))
                        .min_by(|a, b| a.0.total_cmp(&b.0));
                    if let Some((_, name)) = nearest {
                        *votes.entry(name.as_str()).or_default() += 1;
                    }
                }
                // Most votes; ties go to the first name alphabetically.
                if let Some((name, _)) = votes.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                {
                    names.insert((country.clone(), code), name.to_string());
                }
            }
            continue;
        }
        // The cost of a group in a division: the square root of how far
        // (km) the division's centroid lies from the group's places, so
        // that a big state whose places lie far from its centroid (Brisbane
        // 1,200 km from Queensland's) is not given up for a chain of small
        // moves. A stray centroid tells nothing of where its division is: a
        // group pays the same for any such division, as for one 1,000 km
        // off, less than for no name. So where one division alone is left
        // so, the group no other division fits is its (Helmand's centroid
        // stands in Baltimore, and Lashkar Gah's group had been Nimruz's);
        // where several are, which is whose is not known, and the groups
        // they take stay unnamed. (Not weighed by the group's size: else a
        // big group whose division is astray would push a smaller one out of
        // its own.) Over the GeoNames groups whose seat names their division,
        // named as if it did not, this is right for 1,442 of 1,584, where
        // the vote of each place's nearest centroid was right for 1,360.
        let strays = free.iter().filter(|&&d| !ok[d]).count();
        let cost: Vec<Vec<f64>> = main
            .iter()
            .map(|&(_, at, ..)| {
                free.iter()
                    .map(|&d| {
                        if ok[d] {
                            distance_km(at, divs[d].at).sqrt()
                        } else {
                            STRAY_KM.sqrt()
                        }
                    })
                    .chain(std::iter::repeat_n(UNNAMED_KM.sqrt(), main.len()))
                    .collect()
            })
            .collect();
        let taken = crate::assign::least_cost(&cost);
        let cols = taken.into_iter().map(Some).chain(std::iter::repeat(None));
        for ((code, at, ..), col) in main.into_iter().chain(few).zip(cols) {
            // A group left unnamed, or too small to take a division of its
            // own, takes the name of the division whose centroid lies near
            // its places, if one does.
            let name = match col.and_then(|c| free.get(c)) {
                Some(&d) if ok[d] || strays == 1 => Some(&divs[d].name),
                Some(_) => None,
                None => divs
                    .iter()
                    .zip(ok)
                    .filter(|(_, ok)| **ok)
                    .map(|(d, _)| (distance_km(at, d.at), d))
                    .filter(|(km, _)| *km <= NEAR_DIVISION_KM)
                    .min_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, d)| &d.name),
            };
            if let Some(name) = name {
                names.insert((country.clone(), code), name.clone());
            }
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

/// Similarity of two folded strings in 0..=1 (1 - normalised edit distance
/// of their letters); below [`MIN_SKELETON_SIMILARITY`], that of their
/// letters with the spellings of one sound made one letter (Dutch `oe`,
/// `sj`, `ch`, `dzj`, `tsj`, `zj`; French `ou`; `kh`, `gh`, `dj`) when that
/// is more: two transliterations of one name differ in the letters their
/// languages write for one sound (Dutch `Soeweida`, English `Suwayda`),
/// which is no sign of another name. (Above it the letters alone rank the
/// candidates, as they always did.)
///
/// ```
/// use eventmap::gaztools::similarity;
/// assert_eq!(similarity("abc", "abd"), 1.0 - 1.0 / 3.0);
/// // Four letters of eight apart, but two of seven as spelled.
/// assert_eq!(similarity("soeweida", "suwayda"), 1.0 - 2.0 / 7.0);
/// ```
pub fn similarity(a: &str, b: &str) -> f64 {
    // Names are short: the letters and the two rows of the edit distance
    // stay on the stack (this runs for every phonetic candidate). The
    // spelling fold never lengthens a name.
    const STACK: usize = 64;
    if a.len() <= STACK && b.len() <= STACK {
        let (mut x, mut y) = ([0u8; STACK], [0u8; STACK]);
        let (mut prev, mut cur) = ([0usize; STACK + 1], [0usize; STACK + 1]);
        return similarity_in(a, b, &mut x, &mut y, &mut prev, &mut cur);
    }
    let (mut x, mut y) = (vec![0; a.len()], vec![0; b.len()]);
    let (mut prev, mut cur) = (vec![0; b.len() + 1], vec![0; b.len() + 1]);
    similarity_in(a, b, &mut x, &mut y, &mut prev, &mut cur)
}

/// [`similarity`] in buffers `x`, `y` as long as `a`, `b` and rows `prev`,
/// `cur` one longer than `b`.
fn similarity_in(
    a: &str,
    b: &str,
    x: &mut [u8],
    y: &mut [u8],
    prev: &mut [usize],
    cur: &mut [usize],
) -> f64 {
    let nx = spelling_into(a, x, false);
    let ny = spelling_into(b, y, false);
    let plain = edit_similarity(&x[..nx], &y[..ny], &mut prev[..=ny], &mut cur[..=ny]);
    // (The fold only for a pair the letters would part, and only where it
    // changes a letter of one of them: most pairs are either.)
    if plain >= MIN_SKELETON_SIMILARITY || !(folds(a) || folds(b)) {
        return plain;
    }
    let nx = spelling_into(a, x, true);
    let ny = spelling_into(b, y, true);
    plain.max(edit_similarity(
        &x[..nx],
        &y[..ny],
        &mut prev[..=ny],
        &mut cur[..=ny],
    ))
}

/// Would [`spelling_into`] with `fold` change a letter of `s`? (Each of its
/// spellings has `h`, `j` or `oe`/`ou`, and no other; `q` it leaves.)
fn folds(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b'h' || c == b'j' || (c == b'o' && matches!(b.get(i + 1), Some(b'e' | b'u')))
    })
}

/// The letters of folded `s` (spaces dropped) into `out` (at least as long
/// as `s`); with `fold`, the spellings of one sound made one letter: Dutch
/// `oe` and French `ou` as English `u`; Dutch `sj` as `sh`; `kh`, Dutch
/// `ch` and Dutch `tsj` as one letter; `gh` as `g`; `dj` and Dutch `dzj` as
/// `j` (and `dzh`); Dutch `zj` as `zh`. (Not `q` as `k`, as the skeleton
/// has it: `Al-Qaedas`, the group's possessive, would be Kaédi's variant
/// `Kaedis`.) How many letters.
fn spelling_into(s: &str, out: &mut [u8], fold: bool) -> usize {
    let s = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < s.len() {
        let c = s[i];
        if c == b' ' {
            i += 1;
            continue;
        }
        let next = |k: usize| s.get(i + k).copied().unwrap_or(0);
        let (letter, step) = match (c, next(1), next(2)) {
            _ if !fold => (c, 1),
            (b'o', b'e' | b'u', _) => (b'u', 2),
            (b's', b'j' | b'h', _) => (b'S', 2),
            (b'k' | b'c', b'h', _) => (b'X', 2),
            (b'g', b'h', _) => (b'g', 2),
            (b'd', b'z', b'j' | b'h') => (b'j', 3),
            (b't', b's', b'j') => (b'X', 3),
            (b'z', b'j' | b'h', _) => (b'Z', 2),
            (b'd', b'j', _) => (b'j', 2),
            _ => (c, 1),
        };
        out[n] = letter;
        n += 1;
        i += step;
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
/// variants include "Ra's al 'Ayn", it is only a variant. A first-level
/// division's name without its division noun is its own too: "Kursk" of
/// "Kursk Oblast", as news writes it ("the Kursk region").
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
                let p = g.place(r);
                let mut name = p.name();
                if p.kind == Kind::Admin1 {
                    name = strip_division_word(name);
                }
                (r.place, skeleton_of_key(&name_key(name)).into())
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
    use super::{ImportOptions, import_geonames, keep_variant, similarity, strip_division_word};

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
        // centroid in Pennsylvania; as the one division left for the one
        // group left, it is that group's.)
        assert_eq!(admin1("Waterloo").as_deref(), Some("Western Area"));
        // A capital is its division's seat where the table says so; the
        // towns around it, nearer its centroid than their own, vote for
        // another division then: Daraya and Douma are in Rif Dimashq. (Sanaa, not named
        // as a seat, is not matched to the governorate around it.)
        assert_eq!(admin1("Damascus").as_deref(), Some("Damascus"));
        assert_eq!(admin1("Dārayyā").as_deref(), Some("Rif Dimashq"));
        assert_ne!(admin1("Sanaa").as_deref(), Some("Sana'a"));
    }

    /// Australia's states, a few towns each.
    fn australia() -> Vec<String> {
        vec![
            row(1, "Sydney", (-33.87, 151.21), "PPLA", "AU", "02"),
            row(2, "Newcastle", (-32.93, 151.78), "PPL", "AU", "02"),
            row(3, "Wollongong", (-34.42, 150.89), "PPL", "AU", "02"),
            row(4, "Canberra", (-35.28, 149.13), "PPLC", "AU", "01"),
            row(5, "Brisbane", (-27.47, 153.03), "PPLA", "AU", "04"),
            row(6, "Gold Coast", (-28.0, 153.43), "PPL", "AU", "04"),
            row(7, "Townsville", (-19.26, 146.82), "PPL", "AU", "04"),
            row(12, "Darwin", (-12.46, 130.84), "PPLA", "AU", "03"),
            row(13, "Adelaide", (-34.93, 138.6), "PPLA", "AU", "05"),
            row(14, "Hobart", (-42.88, 147.33), "PPLA", "AU", "06"),
            row(15, "Melbourne", (-37.81, 144.96), "PPLA", "AU", "07"),
            row(16, "Ballarat", (-37.56, 143.85), "PPL", "AU", "07"),
            row(17, "Perth", (-31.95, 115.86), "PPLA", "AU", "08"),
            // (Towns of the outback, so no centroid is taken for astray.)
            row(18, "Alice Springs", (-23.7, 133.88), "PPL", "AU", "03"),
            row(19, "Port Augusta", (-32.49, 137.77), "PPL", "AU", "05"),
            row(20, "Kalgoorlie", (-30.75, 121.47), "PPL", "AU", "08"),
        ]
    }

    /// Each division names one group, the one whose places lie nearest it
    /// as a whole: Sydney's towns lie nearer the Australian Capital
    /// Territory's centroid than New South Wales', inland (the vote of each
    /// place's nearest centroid had made Sydney a town of the ACT), and
    /// Brisbane's 1,200 km from Queensland's. Of several divisions whose
    /// centroids are astray (eight of Cameroon's nine in the table stand in
    /// the United States or Canada), which is whose is not known: their
    /// groups stay unnamed (all had been Adamawa's, the one centroid near).
    #[test]
    fn divisions_each_named_once() {
        let mut dump = australia();
        dump.extend([
            row(30, "Yaoundé", (3.87, 11.52), "PPLC", "CM", "11"),
            row(31, "Ngaoundéré", (7.33, 13.58), "PPLA", "CM", "10"),
            row(32, "Bertoua", (4.58, 13.68), "PPLA", "CM", "04"),
            row(33, "Douala", (4.05, 9.7), "PPLA", "CM", "05"),
            row(34, "Bamenda", (5.96, 10.15), "PPLA", "CM", "07"),
        ]);
        let dump = dump.concat();
        let admin1 = admin1_of(&dump);
        assert_eq!(admin1("Sydney").as_deref(), Some("New South Wales"));
        assert_eq!(admin1("Wollongong").as_deref(), Some("New South Wales"));
        assert_eq!(
            admin1("Canberra").as_deref(),
            Some("Australian Capital Territory")
        );
        assert_eq!(admin1("Brisbane").as_deref(), Some("Queensland"));
        assert_eq!(admin1("Melbourne").as_deref(), Some("Victoria"));
        assert_eq!(admin1("Adelaide").as_deref(), Some("South Australia"));
        assert_eq!(admin1("Perth").as_deref(), Some("Western Australia"));
        assert_eq!(admin1("Ngaoundéré").as_deref(), Some("Adamawa"));
        for town in ["Yaoundé", "Bertoua", "Douala", "Bamenda"] {
            assert_eq!(admin1(town), None, "{town}");
        }
    }

    /// The population asked for drops rows after the divisions are named
    /// by all of them: Sydney's group is known by its towns, kept or not.
    #[test]
    fn divisions_named_before_small_places_go() {
        let dump = australia().concat().replacen("\t20000\t", "\t5000000\t", 1);
        let opts = ImportOptions {
            min_population: 1_000_000,
            ..ImportOptions::default()
        };
        let places = import_geonames(dump.as_bytes(), "dump", &opts).unwrap();
        let got: Vec<(&str, Option<&str>)> = places
            .iter()
            .map(|p| (p.name.as_str(), p.admin1.as_deref()))
            .collect();
        assert_eq!(got, [("Sydney", Some("New South Wales"))]);
    }

    /// A place named by generic words only is left out; one with a word
    /// of its own stays.
    #[test]
    fn generic_names_left_out() {
        let dump = [
            row(1, "Old City", (31.78, 35.23), "PPLX", "PS", "WE"),
            row(2, "Port Area", (14.59, 120.97), "PPLX", "PH", "NCR"),
            row(3, "Center", (31.79, -94.18), "PPLA2", "US", "TX"),
            row(4, "New Town", (55.95, -3.2), "PPLX", "GB", "SCT"),
            row(5, "Newtown", (52.51, -3.31), "PPL", "GB", "WLS"),
            row(6, "Old Town Hall", (50.0, 10.0), "PPL", "DE", "02"),
            row(7, "Market Harborough", (52.48, -0.92), "PPL", "GB", "ENG"),
        ]
        .concat();
        let opts = ImportOptions {
            with_areas: false,
            ..ImportOptions::default()
        };
        let places = import_geonames(dump.as_bytes(), "dump", &opts).unwrap();
        let mut got: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
        got.sort();
        assert_eq!(got, ["Market Harborough", "Newtown", "Old Town Hall"]);
    }

    /// A division's name without the word for its kind, for the seat it
    /// is named after and as a name of its own.
    #[test]
    fn division_words() {
        assert_eq!(strip_division_word("Rakhine State"), "Rakhine");
        assert_eq!(strip_division_word("Cabo Delgado Province"), "Cabo Delgado");
        assert_eq!(strip_division_word("Sejong City"), "Sejong");
        assert_eq!(strip_division_word("Nangarhar"), "Nangarhar");
        assert_eq!(strip_division_word("New Valley"), "New Valley");
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

    /// Letters that spell one sound in Dutch, French or English count as
    /// one; the plain letters count where they are closer.
    #[test]
    fn similarity_reads_spellings_of_one_sound() {
        // soeweida / suweida against suwayda: two letters of seven (by
        // the letters alone, four of eight).
        assert_eq!(similarity("soeweida", "suwayda"), 1.0 - 2.0 / 7.0);
        // (k against q: one letter of ten.)
        assert_eq!(similarity("sjeich maksoed", "sheikh maqsoud"), 0.9);
        // Close enough by the letters: those rank the candidates.
        assert_eq!(similarity("dzjankoj", "dzhankoi"), 1.0 - 2.0 / 8.0);
        assert_eq!(similarity("gouta", "ghouta"), 1.0 - 1.0 / 6.0);
        assert_eq!(similarity("oost ghouta", "east ghota"), 1.0 - 3.0 / 10.0);
        // q stays apart from k (the group's possessive is no Kaedis).
        assert!(similarity("qaedas", "kaedis") < super::MIN_SKELETON_SIMILARITY);
    }
}
