//! The gazetteer: places, their names, and an index over normalised names.
//!
//! Takes a CSV file (see the README, "Gazetteer format"), an index file
//! written by `gazetteer index`, or the built-in index compiled from
//! `gazetteer.csv` by `build.rs`. Gives [`Place`]s and lookups from
//! normalised names to places: the exact key and the phonetic skeleton of
//! every name and variant (see [`crate::normalize`]), one hash probe each,
//! over the flat format of [`crate::index`] read in place.
//!
//! Guarantees: loading either succeeds completely or fails with an error
//! naming the file (and line, for CSV); an index is bounds-checked before
//! use; place order is file order, so every lookup is deterministic. An
//! index loaded at run time lives as long as the process (it is leaked or
//! mapped on purpose: places borrow their strings from it).

use std::fmt;
use std::path::Path;

use crate::normalize::name_key;

/// The built-in gazetteer's CSV (its index is compiled by `build.rs`).
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

pub use crate::index::{Kind, PlaceData};

/// One place, read in place from an index: every string borrows from the
/// index bytes, so a `Place` is a few words to copy. Only the country is
/// read at once; the strings most steps never read (name, admin1, id,
/// variants, source) are found when asked for: with a world gazetteer each
/// is a memory access of its own.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// Degrees north, WGS 84.
    pub lat: f64,
    /// Degrees east, WGS 84.
    pub lon: f64,
    /// ISO 3166-1 alpha-2, or empty for places in no single country.
    pub country: &'static str,
    pub kind: Kind,
    pub population: u64,
    strings: Blob,
    name_at: (u32, u32),
    admin1_at: (u32, u32),
    id_at: (u32, u32),
    variants_at: (u32, u32),
    source_at: (u32, u32),
}

impl Place {
    fn lazy(&self, at: (u32, u32)) -> &'static str {
        blob_str(self.strings, at)
    }

    /// The canonical name.
    pub fn name(&self) -> &'static str {
        self.lazy(self.name_at)
    }

    /// The first-level division (province, governorate), when known.
    pub fn admin1(&self) -> Option<&'static str> {
        Some(self.lazy(self.admin1_at)).filter(|a| !a.is_empty())
    }

    /// A provincial capital named like its province (Idlib, Hama, Aleppo;
    /// Kursk of Kursk Oblast, Kherson of Khersonska oblast): the name a
    /// text may give either.
    pub fn named_like_its_province(&self) -> bool {
        self.kind.is_settlement()
            && self
                .admin1()
                .is_some_and(|a| a == self.name() || province_of_seat(a, self.name()))
    }

    /// The gazetteer id ("geonames:170063").
    pub fn id(&self) -> &'static str {
        self.lazy(self.id_at)
    }

    /// Every other name, `|`-separated.
    pub fn variants(&self) -> &'static str {
        self.lazy(self.variants_at)
    }

    /// Where the row comes from.
    pub fn source(&self) -> &'static str {
        self.lazy(self.source_at)
    }

    /// Name number `v`: 0 is the canonical name, 1.. the variants.
    pub fn variant(&self, v: usize) -> &'static str {
        if v == 0 {
            self.name()
        } else {
            self.variants().split('|').nth(v - 1).unwrap_or("")
        }
    }

    /// The canonical name, then the variants.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + use<> {
        std::iter::once(self.name()).chain(self.variants().split('|').filter(|v| !v.is_empty()))
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

/// A gazetteer: an index (see [`crate::index`]) read in place.
pub struct Gazetteer {
    bytes: &'static [u8],
    strings: Blob,
    n_places: usize,
    n_exact: usize,
    n_skel: usize,
    places_off: usize,
    exact_off: usize,
    skel_off: usize,
    /// The most words any key has.
    pub max_words: usize,
    /// Key hash tables: (log2 slots, slots).
    exact_table: (u32, &'static [u8]),
    skel_table: (u32, &'static [u8]),
    /// First-two-words filter: (log2 bits, bits).
    pair_filter: (u32, &'static [u8]),
}

/// The string blob of an index.
#[derive(Clone, Copy, Debug)]
enum Blob {
    /// Checked to be UTF-8 as a whole when opened: the built-in gazetteer
    /// and one indexed in memory from CSV, both small.
    Checked(&'static str),
    /// An index file mapped into memory: each string is checked when read.
    /// A world index's blob is 18 MB; checking it at open took most of a
    /// cold start (9 → 4 ms) and faulted in every page of it, for the few
    /// hundred strings an article reads.
    Mapped(&'static [u8]),
}

impl Blob {
    fn bytes(self) -> &'static [u8] {
        match self {
            Blob::Checked(s) => s.as_bytes(),
            Blob::Mapped(b) => b,
        }
    }
}

/// The string at (offset, length) of the blob; empty when out of range or
/// not UTF-8 (a damaged index reads as empty names, never out of bounds).
fn blob_str(strings: Blob, (o, l): (u32, u32)) -> &'static str {
    let r = o as usize..o as usize + l as usize;
    match strings {
        Blob::Checked(s) => s.get(r),
        Blob::Mapped(b) => b.get(r).and_then(|b| {
            // (Most strings read are short and ASCII: a country code for
            // every candidate of every mention. A byte loop the compiler
            // inlines costs a fifth of a call to the general check.)
            if b.len() <= 16 && b.iter().all(u8::is_ascii) {
                // SAFETY: ASCII bytes are UTF-8.
                Some(unsafe { std::str::from_utf8_unchecked(b) })
            } else {
                std::str::from_utf8(b).ok()
            }
        }),
    }
    .unwrap_or("")
}

fn u32_at(b: &[u8], off: usize) -> u32 {
    b.get(off..off + 4)
        .map_or(0, |s| u32::from_le_bytes(s.try_into().unwrap_or([0; 4])))
}

fn u64_at(b: &[u8], off: usize) -> u64 {
    b.get(off..off + 8)
        .map_or(0, |s| u64::from_le_bytes(s.try_into().unwrap_or([0; 8])))
}

/// Parse one CSV record into a place; `Err` is the message for the line.
pub fn parse_record(rec: &csv::StringRecord) -> Result<PlaceData, String> {
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
    Ok(PlaceData {
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
pub fn read_places(data: &[u8], file: &str) -> Result<Vec<PlaceData>, GazError> {
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
    /// The built-in gazetteer, indexed at build time from `gazetteer.csv`.
    pub fn builtin() -> Gazetteer {
        static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.idx"));
        Gazetteer::from_index(BUILTIN, "gazetteer.csv").expect("the built-in index is valid")
    }

    /// Index places in memory. The index lives as long as the process.
    pub fn new(places: Vec<PlaceData>) -> Gazetteer {
        let bytes: &'static [u8] = Box::leak(crate::index::build(&places).into_boxed_slice());
        Gazetteer::from_index(bytes, "<memory>").expect("a fresh index is valid")
    }

    /// Open a gazetteer file: an index written by `gazetteer index` (mapped
    /// into memory) or a CSV file (indexed at start).
    pub fn from_path(path: &Path) -> Result<Gazetteer, GazError> {
        let file = path.display().to_string();
        let err = |msg: String| GazError {
            file: file.clone(),
            line: None,
            msg,
        };
        let f = std::fs::File::open(path).map_err(|e| err(format!("cannot read: {e}")))?;
        let mut magic = [0u8; 8];
        let is_index = {
            use std::io::Read;
            let mut r = &f;
            r.read(&mut magic).unwrap_or(0) == 8 && &magic[..7] == crate::index::MAGIC_FAMILY
        };
        if is_index && &magic != crate::index::MAGIC {
            return Err(err(
                "an index from another version of eventmap: build it again with `eventmap gazetteer index`"
                    .into(),
            ));
        }
        if is_index {
            // SAFETY: the map is read-only and never unmapped; eventmap does
            // not write index files in place while reading them (indexes are
            // replaced by rename), and every read below is bounds-checked.
            let map =
                unsafe { memmap2::Mmap::map(&f) }.map_err(|e| err(format!("cannot map: {e}")))?;
            let bytes: &'static [u8] = Box::leak(Box::new(map));
            return Gazetteer::open_index(bytes, &file, false);
        }
        let data = std::fs::read(path).map_err(|e| err(format!("cannot read: {e}")))?;
        Ok(Gazetteer::new(read_places(&data, &file)?))
    }

    /// Read an index in place, checking its header and string blob.
    pub fn from_index(bytes: &'static [u8], file: &str) -> Result<Gazetteer, GazError> {
        Gazetteer::open_index(bytes, file, true)
    }

    /// Read an index in place, checking its header, and its string blob as
    /// a whole when `check_blob` (else each string when read).
    fn open_index(
        bytes: &'static [u8],
        file: &str,
        check_blob: bool,
    ) -> Result<Gazetteer, GazError> {
        let bad = |msg: &str| GazError {
            file: file.to_string(),
            line: None,
            msg: format!("not a valid eventmap index: {msg}"),
        };
        if bytes.len() < crate::index::HEADER_SIZE || &bytes[..8] != crate::index::MAGIC {
            return Err(bad("bad header"));
        }
        let n_places = u32_at(bytes, 8) as usize;
        let n_exact = u32_at(bytes, 12) as usize;
        let n_skel = u32_at(bytes, 16) as usize;
        let max_words = u32_at(bytes, 20) as usize;
        let places_off = u64_at(bytes, 24) as usize;
        let exact_off = u64_at(bytes, 32) as usize;
        let skel_off = u64_at(bytes, 40) as usize;
        let strings_off = u64_at(bytes, 48) as usize;
        let strings_len = u64_at(bytes, 56) as usize;
        use crate::index::{ENTRY_SIZE, PLACE_SIZE};
        let consistent = places_off + n_places * PLACE_SIZE == exact_off
            && exact_off + n_exact * ENTRY_SIZE == skel_off
            && skel_off + n_skel * ENTRY_SIZE == strings_off
            && strings_off.checked_add(strings_len) == Some(bytes.len());
        if !consistent {
            return Err(bad("sections do not add up (truncated file?)"));
        }
        let strings = if check_blob {
            Blob::Checked(
                std::str::from_utf8(&bytes[strings_off..])
                    .map_err(|_| bad("strings are not UTF-8"))?,
            )
        } else {
            Blob::Mapped(&bytes[strings_off..])
        };
        let read_table = |off: usize| -> Option<((u32, &'static [u8]), usize)> {
            let log2 = u32_at(bytes, off);
            if log2 > 40 {
                return None;
            }
            let len = (1usize << log2).checked_mul(crate::index::SLOT_SIZE)?;
            let slots = bytes.get(off + 4..off + 4 + len)?;
            Some(((log2, slots), off + 4 + len))
        };
        let (exact_table, next) =
            read_table(crate::index::HEADER_SIZE).ok_or_else(|| bad("bad key table"))?;
        let (skel_table, next) = read_table(next).ok_or_else(|| bad("bad key table"))?;
        let log2 = u32_at(bytes, next);
        let pair_filter = (log2 <= 40)
            .then(|| bytes.get(next + 4..next + 4 + (1usize << log2) / 8))
            .flatten()
            .filter(|_| log2 >= 3)
            .map(|bits| (log2, bits))
            .ok_or_else(|| bad("bad pair filter"))?;
        let end = next + 4 + pair_filter.1.len();
        if end != places_off {
            return Err(bad("sections do not add up"));
        }
        if n_places == 0 {
            return Err(bad("no places"));
        }
        Ok(Gazetteer {
            bytes,
            strings,
            n_places,
            n_exact,
            n_skel,
            places_off,
            exact_off,
            skel_off,
            max_words: max_words.max(1),
            exact_table,
            skel_table,
            pair_filter,
        })
    }

    fn str_at(&self, off: usize) -> &'static str {
        blob_str(
            self.strings,
            (u32_at(self.bytes, off), u32_at(self.bytes, off + 4)),
        )
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.n_places
    }

    pub fn is_empty(&self) -> bool {
        self.n_places == 0
    }

    /// Place number `i` (file order).
    pub fn place_at(&self, i: usize) -> Place {
        use crate::index::PLACE_SIZE;
        let r = self.places_off + i.min(self.n_places - 1) * PLACE_SIZE;
        // The record taken whole: its fields are then read at fixed
        // offsets of a fixed-size array, where the compiler drops the bounds
        // checks. (Candidates' records are read for every mention of every
        // article.)
        let rec: [u8; PLACE_SIZE] = self
            .bytes
            .get(r..r + PLACE_SIZE)
            .and_then(|s| s.try_into().ok())
            .unwrap_or([0; PLACE_SIZE]);
        let at = |off: usize| (u32_at(&rec, off), u32_at(&rec, off + 4));
        Place {
            country: blob_str(self.strings, at(16)),
            strings: self.strings,
            name_at: at(8),
            admin1_at: at(24),
            id_at: at(0),
            variants_at: at(32),
            source_at: at(40),
            lat: f64::from_bits(u64_at(&rec, 48)),
            lon: f64::from_bits(u64_at(&rec, 56)),
            population: u64_at(&rec, 64),
            kind: Kind::from_code(rec[72]),
        }
    }

    /// The country of a place alone (a record read without the rest of
    /// it: the phonetic index offers places all over a world gazetteer, and
    /// most are dismissed by their country).
    pub fn country_of(&self, r: NameRef) -> &'static str {
        let i = (r.place as usize).min(self.n_places - 1);
        self.str_at(self.places_off + i * crate::index::PLACE_SIZE + 16)
    }

    pub fn place(&self, r: NameRef) -> Place {
        self.place_at(r.place as usize)
    }

    fn entry_ref(&self, table: usize, i: usize) -> NameRef {
        let off = table + i * crate::index::ENTRY_SIZE;
        NameRef {
            place: u32_at(self.bytes, off + 8),
            variant: u32_at(self.bytes, off + 12) as u16,
        }
    }

    /// Look a key up in a hash table: its run of entries (first, count)
    /// and whether longer keys continue it. `None`: no key is or starts
    /// with it.
    fn probe(
        &self,
        (log2, slots): (u32, &'static [u8]),
        key: &str,
    ) -> Option<(usize, usize, bool)> {
        use crate::index::{PROBE_SIZE, SLOT_LONGER, SLOT_USED};
        let n = 1usize << log2;
        let mask = n - 1;
        let hash = crate::index::fnv1a(key);
        // What a slot of this key holds besides its offset.
        let want = crate::index::slot_meta(key.len(), hash, 0);
        let (probe, rest) = slots.split_at(n * PROBE_SIZE);
        let (runs, tags) = rest.split_at(n * 8);
        let tag = crate::index::slot_tag(hash);
        let mut i = (hash as usize) & mask;
        for _ in 0..n {
            // The tag first: an empty slot ends the probe, another key's
            // tag passes it, both without reading the probe part.
            let t = tags.get(i).copied().unwrap_or(0);
            if t == 0 {
                return None;
            }
            if t != tag {
                i = (i + 1) & mask;
                continue;
            }
            let meta = u32_at(probe, i * PROBE_SIZE + 4);
            if meta & SLOT_USED == 0 {
                return None;
            }
            if meta & 0xff_ffff == want {
                let o = u32_at(probe, i * PROBE_SIZE) as usize;
                if self.strings.bytes().get(o..o + key.len()) == Some(key.as_bytes()) {
                    let start = u32_at(runs, i * 8) as usize;
                    let count = usize::from(u16::from_le_bytes([
                        runs.get(i * 8 + 4).copied().unwrap_or(0),
                        runs.get(i * 8 + 5).copied().unwrap_or(0),
                    ]));
                    return Some((start, count, meta & SLOT_LONGER != 0));
                }
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// Names whose exact key is `key`, and whether longer keys start with
    /// `key` and a space (so that extending a name by a word can succeed).
    pub fn exact_and_longer(&self, key: &str) -> (Vec<NameRef>, bool) {
        let mut hits = Vec::new();
        let longer = self.exact_into(key, &mut hits);
        (hits, longer)
    }

    /// [`Gazetteer::exact_and_longer`] for skeletons.
    pub fn skeleton_and_longer(&self, key: &str) -> (Vec<NameRef>, bool) {
        let mut hits = Vec::new();
        let longer = self.skeleton_into(key, &mut hits);
        (hits, longer)
    }

    /// [`Gazetteer::exact_and_longer`] into a buffer the caller keeps: the
    /// extractor looks up tens of thousands of keys per megabyte of text and
    /// keeps few of the answers. `hits` is cleared first.
    pub fn exact_into(&self, key: &str, hits: &mut Vec<NameRef>) -> bool {
        self.lookup_into(
            self.exact_table,
            self.exact_off,
            self.n_exact,
            key,
            hits,
            |_| true,
        )
    }

    /// [`Gazetteer::exact_into`] for skeletons.
    pub fn skeleton_into(&self, key: &str, hits: &mut Vec<NameRef>) -> bool {
        self.skeleton_into_where(key, hits, |_| true)
    }

    /// [`Gazetteer::skeleton_into`], keeping the places whose country
    /// passes `keep`. The country code is read from the index entry, not
    /// from the place record: a skeleton can stand for places all over a
    /// world gazetteer, and most are dismissed this way.
    pub fn skeleton_into_where(
        &self,
        key: &str,
        hits: &mut Vec<NameRef>,
        keep: impl Fn(&[u8]) -> bool,
    ) -> bool {
        self.lookup_into(
            self.skel_table,
            self.skel_off,
            self.n_skel,
            key,
            hits,
            |i| {
                let off = self.skel_off + i * crate::index::ENTRY_SIZE;
                keep(match self.bytes.get(off + 14..off + 16) {
                    Some(cc) if cc != [0, 0] => cc,
                    _ => self.country_of(self.entry_ref(self.skel_off, i)).as_bytes(),
                })
            },
        )
    }

    /// The entries of `key` in one table into `hits` (cleared first), those
    /// whose entry number passes `keep`; whether longer keys start with it.
    fn lookup_into(
        &self,
        table: (u32, &'static [u8]),
        entries: usize,
        n: usize,
        key: &str,
        hits: &mut Vec<NameRef>,
        keep: impl Fn(usize) -> bool,
    ) -> bool {
        hits.clear();
        let Some((start, count, longer)) = self.probe(table, key) else {
            return false;
        };
        hits.extend(
            (start..(start + count).min(n))
                .filter(|&i| keep(i))
                .map(|i| self.entry_ref(entries, i)),
        );
        longer
    }

    /// Names whose exact key is `key`.
    pub fn exact(&self, key: &str) -> Vec<NameRef> {
        self.exact_and_longer(key).0
    }

    /// Names whose skeleton is `skel` (one per place).
    pub fn skeleton(&self, skel: &str) -> Vec<NameRef> {
        self.skeleton_and_longer(skel).0
    }

    /// May a key of two words or more start with these two words ("first
    /// second"), given by their [`crate::index::word_hash`]es (a text's word
    /// is the second of one pair and the first of the next, hashed once)?
    /// False means certainly not; true, probably (a Bloom filter, see
    /// [`crate::index`]).
    pub fn may_start_pair_hashed(&self, first: u64, second: u64) -> bool {
        let (log2, bits) = self.pair_filter;
        let (a, b) = crate::index::pair_bits_of_hashes(first, second, log2);
        bits[a / 8] & (1 << (a % 8)) != 0 && bits[b / 8] & (1 << (b % 8)) != 0
    }

    /// The index bytes (for `gazetteer index`).
    pub fn index_bytes(&self) -> &'static [u8] {
        self.bytes
    }
}

/// Answers that depend on one gazetteer, kept by a thread across articles
/// (put it in a `thread_local!`): the same words and places come back in
/// article after article, and each answer costs a look-up in tables bigger
/// than the processor's cache, or a name to normalise.
///
/// [`Memo::of`] gives the table for a gazetteer, emptied when another
/// gazetteer asks or when it holds [`Memo::MAX`] entries (a bound on memory
/// for endless archives). Index bytes are leaked or mapped for good, never
/// freed, so their address names one gazetteer for the life of the process.
pub struct Memo<K, V> {
    owner: MemoOwner,
    map: FnvMap<K, V>,
}

/// How many entries a [`Memo`] or a [`StrMemo`] holds at most.
const MEMO_MAX: usize = 50_000;

/// The gazetteer a per-thread table answers for (its index bytes' address
/// and length), kept by [`Memo`] and [`StrMemo`] alike.
#[derive(Default)]
struct MemoOwner((usize, usize));

impl MemoOwner {
    /// Must a table of `len` entries be emptied before it answers for `g`:
    /// another gazetteer asks, or it is full? The table belongs to `g`
    /// from now on.
    fn renew(&mut self, g: &Gazetteer, len: usize) -> bool {
        let id = (g.bytes.as_ptr() as usize, g.bytes.len());
        let empty = self.0 != id || len >= MEMO_MAX;
        self.0 = id;
        empty
    }
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo {
            owner: MemoOwner::default(),
            map: Default::default(),
        }
    }
}

impl<K, V> Memo<K, V> {
    pub const MAX: usize = MEMO_MAX;

    pub fn of(&mut self, g: &Gazetteer) -> &mut FnvMap<K, V> {
        if self.owner.renew(g, self.map.len()) {
            self.map.clear();
        }
        &mut self.map
    }

    /// `f` on the answer for `key` in the table of `g`, made by `make` (the
    /// owned key and the answer) the first time it is asked for.
    pub fn with<Q, R>(
        &mut self,
        g: &Gazetteer,
        key: &Q,
        make: impl FnOnce() -> (K, V),
        f: impl FnOnce(&mut V) -> R,
    ) -> R
    where
        K: std::borrow::Borrow<Q> + std::hash::Hash + Eq,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        let map = self.of(g);
        // (No key to make when the answer is known: most look-ups.)
        if let Some(v) = map.get_mut(key) {
            return f(v);
        }
        let (k, v) = make();
        f(map.entry(k).or_insert(v))
    }
}

/// [`Memo`] for string keys (words and names), laid out for the cache:
/// the hash table holds, per entry, 24 bytes: what a look-up compares (the
/// key's `index::word_ends` and length: the key itself, up to 16
/// bytes) and the entry's number. Beside it, a dense array of 4-byte words
/// holds the bits the caller keeps about each answer ([`StrMemo::bits`]),
/// and a third array the answers, and the bytes of longer keys, which a
/// look-up does not touch, nor a caller that learns from the bits that the
/// answer is empty. (These tables are asked about every capitalised word of
/// every article, and most such words name no place. The 1 MB test corpus
/// leaves 9,300 keys. Whole entries took 1.3 MB, more than a core's
/// second-level cache. With the compared part in a dense array reached
/// through 4-byte numbers in the table, a look-up read one array more, for
/// 0.7 % more instructions in a batch; the time did not change: the read of
/// the compared part is the look-up's cache miss either way.) Emptied as
/// [`Memo`] is.
pub struct StrMemo<V> {
    owner: MemoOwner,
    table: hashbrown::HashTable<KeyHead>,
    bits: Vec<u32>,
    entries: Vec<StrEntry<V>>,
}

/// What a [`StrMemo`] look-up reads of an entry, in the table itself.
#[derive(Clone, Copy)]
struct KeyHead {
    /// `index::word_ends` of the key: with its length, the key
    /// itself when it has 16 bytes or fewer (most keys, one word).
    ends: (u64, u64),
    len: u32,
    /// The entry's number.
    entry: u32,
}

struct StrEntry<V> {
    /// The key's bytes, read only for a key longer than 16 bytes.
    key: MemoKey,
    value: V,
}

/// Keys up to this many bytes are kept in their entry.
const INLINE_KEY: usize = 30;

enum MemoKey {
    /// Length and bytes, zero-padded.
    Inline(u8, [u8; INLINE_KEY]),
    Long(Box<str>),
}

/// A key zero-padded to [`INLINE_KEY`] bytes (when it fits).
fn padded(key: &str) -> Option<[u8; INLINE_KEY]> {
    let b = key.as_bytes();
    (b.len() <= INLINE_KEY).then(|| {
        let mut p = [0u8; INLINE_KEY];
        p[..b.len()].copy_from_slice(b);
        p
    })
}

impl<V> Default for StrMemo<V> {
    fn default() -> Self {
        StrMemo {
            owner: MemoOwner::default(),
            table: hashbrown::HashTable::new(),
            bits: Vec::new(),
            entries: Vec::new(),
        }
    }
}

impl<V: Default> StrMemo<V> {
    pub const MAX: usize = MEMO_MAX;

    /// `f` on the answer for `key` in the table of `g` (`V::default()` the
    /// first time it is asked for).
    pub fn with<R>(&mut self, g: &Gazetteer, key: &str, f: impl FnOnce(&mut V) -> R) -> R {
        self.renew(g);
        let i = self.slot(key);
        f(&mut self.entries[i].value)
    }

    /// Make the table answer for `g`: emptied first when it answered for
    /// another gazetteer, or is full. A caller that asks many keys in a row
    /// (an article's) renews once, then uses [`StrMemo::slot`]; the table
    /// may then pass [`StrMemo::MAX`] by that many keys.
    pub fn renew(&mut self, g: &Gazetteer) {
        if self.owner.renew(g, self.entries.len()) {
            self.table.clear();
            self.bits.clear();
            self.entries.clear();
        }
    }

    /// The entry number of `key` (a new entry holding `V::default()` and
    /// no [`StrMemo::bits`] the first time), for [`StrMemo::value`]: valid
    /// until the next [`StrMemo::renew`] or [`StrMemo::with`].
    pub fn slot(&mut self, key: &str) -> usize {
        // (Two eight-byte reads, not a multiply per byte; keys that share
        // their ends and length collide, and are told apart by the key.)
        let ends = crate::index::word_ends(key.as_bytes());
        let hash = crate::index::ends_hash(ends, key.len());
        let entries = &self.entries;
        // (A short key is compared as its two numbers and its length; a
        // longer one byte by byte too.)
        let short = key.len() <= 16;
        let same = |h: &KeyHead| {
            h.ends == ends
                && h.len as usize == key.len()
                && (short
                    || match &entries[h.entry as usize].key {
                        MemoKey::Inline(len, bytes) => {
                            bytes[..usize::from(*len)] == *key.as_bytes()
                        }
                        MemoKey::Long(k) => **k == *key,
                    })
        };
        match self.table.find(hash, same) {
            Some(h) => h.entry as usize,
            None => {
                let i = self.entries.len();
                if i == self.entries.capacity() && i < MEMO_MAX {
                    // Room for a full table at once: pages are touched only
                    // as entries fill them, and a growing table of answers
                    // is never copied (on a batch of new articles those
                    // copies were a fifth of the process's page faults).
                    self.bits.reserve_exact(MEMO_MAX - i);
                    self.entries.reserve_exact(MEMO_MAX - i);
                }
                self.bits.push(0);
                self.entries.push(StrEntry {
                    key: match padded(key) {
                        Some(p) => MemoKey::Inline(key.len() as u8, p),
                        None => MemoKey::Long(key.into()),
                    },
                    value: V::default(),
                });
                let head = KeyHead {
                    ends,
                    len: key.len() as u32,
                    entry: i as u32,
                };
                // (The hash is not kept: the table asks for it only when
                // it grows, and the head makes it again.)
                self.table.insert_unique(hash, head, |h| {
                    crate::index::ends_hash(h.ends, h.len as usize)
                });
                i
            }
        }
    }

    /// The caller's bits about the answer in entry `i` (none at first):
    /// read without touching the answer, e.g. to learn that it is known
    /// and empty.
    pub fn bits(&self, i: usize) -> u32 {
        self.bits[i]
    }

    /// Add the bits `bits` to entry `i`'s (see [`StrMemo::bits`]).
    pub fn set_bits(&mut self, i: usize, bits: u32) {
        self.bits[i] |= bits;
    }

    /// The answer in entry `i` (from [`StrMemo::slot`]).
    pub fn value(&self, i: usize) -> &V {
        &self.entries[i].value
    }

    pub fn value_mut(&mut self, i: usize) -> &mut V {
        &mut self.entries[i].value
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A hash map with [`Fnv`]: for the few, short keys of one article or of
/// a [`Memo`] (no keys chosen by an adversary here, and iteration order
/// never reaches the output).
pub type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a ([`crate::index::fnv1a_extend`]) as a `Hasher`, for [`Memo`]'s
/// tables and an article's maps: short keys, and no need of SipHash's
/// defence against chosen keys.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(crate::index::FNV1A_START)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = crate::index::fnv1a_extend(self.0, bytes);
    }
}

/// Are two `(lat, lon)` points certainly more than `km` kilometres apart?
/// Decided from the latitudes alone, without trigonometry: the great-circle
/// distance is at least the distance along a meridian between them
/// (111.19 km per degree; 111 and a kilometre's margin here, so rounding
/// never decides). `false` means "compute the distance".
pub fn far_apart(a: (f64, f64), b: (f64, f64), km: f64) -> bool {
    (a.0 - b.0).abs() * 111.0 > km + 1.0
}

/// `distance_km(a, b) < km`, skipping the trigonometry for points whose
/// latitudes alone put them further apart (most pairs of homonyms).
pub fn within_km(a: (f64, f64), b: (f64, f64), km: f64) -> bool {
    !far_apart(a, b, km) && distance_km(a, b) < km
}

/// Great-circle distance in kilometres between two `(lat, lon)` points.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    use geo::{Distance, Haversine, Point};
    // A point and itself, as the haversine formula gives it (every term is
    // zero), without its trigonometry: a mention's own candidate is asked
    // about its own anchor, a tight mention's first place about itself.
    if a == b {
        return 0.0;
    }
    Haversine.distance(Point::new(a.1, a.0), Point::new(b.1, b.0)) / 1000.0
}

/// A `(lat, lon)` point with the cosine of its latitude, for many
/// distances from one point: [`Spot::km`] is [`distance_km`] to the bit
/// without its two cosines (the resolver measures every candidate against
/// every anchor of an article).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    pub at: (f64, f64),
    cos_lat: f64,
}

impl Spot {
    pub fn new(at: (f64, f64)) -> Spot {
        Spot {
            at,
            cos_lat: at.0.to_radians().cos(),
        }
    }

    /// Kilometres to `b`: geo's `Haversine` formula, step by step in its
    /// order (a test compares the bits), with the cosines kept.
    pub fn km(&self, b: &Spot) -> f64 {
        if self.at == b.at {
            return 0.0;
        }
        let delta_theta = (b.at.0 - self.at.0).to_radians();
        let delta_lambda = (b.at.1 - self.at.1).to_radians();
        let a = (delta_theta / 2.0).sin().powi(2)
            + self.cos_lat * b.cos_lat * (delta_lambda / 2.0).sin().powi(2);
        let c = 2.0 * a.sqrt().asin();
        geo::Haversine.radius() * c / 1000.0
    }
}

/// A town for unit tests: `name` in `country`, at one point in Syria.
#[cfg(test)]
pub(crate) fn test_place(name: &str, country: &str) -> PlaceData {
    PlaceData {
        id: format!("t:{name}:{country}"),
        name: name.into(),
        lat: 36.0,
        lon: 40.0,
        country: country.into(),
        admin1: None,
        kind: Kind::Town,
        population: 0,
        variants: Vec::new(),
        source: "test".into(),
    }
}

/// Is `admin1` a division named after the town `name`, with its kind word
/// after it: "Kursk Oblast" of Kursk, or the Ukrainian adjective of it,
/// "Khersonska oblast" of Kherson, "Donetska oblast" of Donetsk,
/// "Poltavska oblast" of Poltava? (Not a division that only begins like
/// the town: "Dnipropetrovska oblast" of Dnipro is left out.)
fn province_of_seat(admin1: &str, name: &str) -> bool {
    let Some((core, kind)) = admin1.rsplit_once(' ') else {
        return false;
    };
    if !["oblast", "province", "governorate", "region"]
        .iter()
        .any(|k| kind.eq_ignore_ascii_case(k))
    {
        return false;
    }
    if core == name {
        return true;
    }
    // (The adjective drops a last vowel: Poltava, Poltavska; Sumy, Sumska.)
    let stem = name.strip_suffix(['a', 'y']).unwrap_or(name);
    name.len() >= 4
        && stem.len() >= 3
        && core.len() <= stem.len() + 3
        && core.starts_with(stem)
        && (core.ends_with("ska") || core.ends_with("ka") || core.ends_with('a'))
}

#[cfg(test)]
mod tests {
    use super::test_place as place;
    use super::*;

    /// Country, province and source are stored once however many places
    /// share them, and each place still reads its own.
    /// (division, town, named after it) for `province_of_seat`.
    #[test]
    fn divisions_named_after_their_seat() {
        let cases = [
            ("Kursk Oblast", "Kursk", true),
            ("Khersonska oblast", "Kherson", true),
            ("Donetska oblast", "Donetsk", true),
            ("Poltavska oblast", "Poltava", true),
            ("Sumska oblast", "Sumy", true),
            ("Gomel Region", "Gomel", true),
            ("Dnipropetrovska oblast", "Dnipro", false),
            ("Khersonska oblast", "Kakhovka", false),
            ("Idlib", "Idlib", false),
            ("Utrecht", "Utrecht", false),
            ("Central Region", "Centr", false),
        ];
        for (admin1, town, want) in cases {
            assert_eq!(
                super::province_of_seat(admin1, town),
                want,
                "{admin1} / {town}"
            );
        }
    }

    #[test]
    fn shared_fields_stored_once() {
        let mut a = place("Atmeh", "SY");
        a.admin1 = Some("Idlib Governorate".into());
        let mut b = place("Saraqib", "SY");
        b.admin1 = Some("Idlib Governorate".into());
        let mut c = place("Qamishli", "SY");
        c.admin1 = Some("Al-Hasakah Governorate".into());
        let bytes = crate::index::build(&[a, b, c]);
        let count = |s: &str| {
            bytes
                .windows(s.len())
                .filter(|w| *w == s.as_bytes())
                .count()
        };
        assert_eq!(count("Idlib Governorate"), 1);
        assert_eq!(count("Al-Hasakah Governorate"), 1);
        let g = Gazetteer::from_index(bytes.leak(), "test").unwrap();
        let admin1: Vec<_> = (0..3).map(|i| g.place_at(i).admin1()).collect();
        assert_eq!(
            admin1,
            [
                Some("Idlib Governorate"),
                Some("Idlib Governorate"),
                Some("Al-Hasakah Governorate")
            ]
        );
        assert!((0..3).all(|i| g.place_at(i).country == "SY" && g.place_at(i).source() == "test"));
    }

    /// A mapped blob's strings are checked one by one: a damaged string
    /// reads as empty, as one out of range does, and its neighbours read
    /// as they would from a blob checked whole.
    #[test]
    fn blob_strings_checked_when_read() {
        let good = "Ra's al-ʿAyn|Atmé";
        let checked = Blob::Checked(good);
        let mapped = Blob::Mapped(good.as_bytes());
        for at in [(0, 13), (14, 5), (14, 4), (0, 0), (15, 30), (99, 1)] {
            assert_eq!(blob_str(checked, at), blob_str(mapped, at), "{at:?}");
        }
        assert_eq!(blob_str(mapped, (0, 13)), "Ra's al-ʿAyn");
        assert_eq!(blob_str(mapped, (14, 5)), "Atmé");
        assert_eq!(blob_str(mapped, (15, 30)), "");
        let mut damaged = good.as_bytes().to_vec();
        damaged[2] = 0xff;
        let damaged = Blob::Mapped(damaged.leak());
        assert_eq!(blob_str(damaged, (0, 13)), "");
        assert_eq!(blob_str(damaged, (14, 5)), "Atmé");
        // (Half of a two-byte letter is not a string either.)
        assert_eq!(blob_str(mapped, (14, 4)), "");
    }

    /// The phonetic search filters by the country code kept in the index
    /// entry, and by the place record where the entry has none (a place in
    /// no single country): the same places as reading every record.
    #[test]
    fn skeleton_search_by_country() {
        let g = Gazetteer::new(vec![
            place("Qamishli", "SY"),
            place("Qamishli", "NL"),
            place("Qamishli", ""),
        ]);
        let skel = crate::normalize::skeleton_of_key("qamishli");
        let mut all = Vec::new();
        g.skeleton_into(&skel, &mut all);
        assert_eq!(all.len(), 3);
        for keep in ["SY", "NL", ""] {
            let mut hits = Vec::new();
            g.skeleton_into_where(&skel, &mut hits, |c| c == keep.as_bytes());
            let want: Vec<NameRef> = all
                .iter()
                .copied()
                .filter(|&r| g.place(r).country == keep)
                .collect();
            assert_eq!(hits, want, "{keep:?}");
            assert_eq!(hits.len(), 1);
        }
    }

    /// Kilometres between `(lat, lon)` points: Ras al-Ain to Tal Abyad is
    /// about 101 km; a point and itself is zero, to the bit what the
    /// haversine formula gives.
    #[test]
    fn distances() {
        let ras_al_ain = (36.8503, 40.0706);
        let tal_abyad = (36.6975, 38.9567);
        let d = distance_km(ras_al_ain, tal_abyad);
        assert!((d - 100.6).abs() < 1.0, "{d}");
        assert_eq!(distance_km(tal_abyad, ras_al_ain), d);
        for p in [ras_al_ain, (0.0, 0.0), (-89.9, 179.9), (51.5, -0.1)] {
            use geo::{Distance, Haversine, Point};
            let formula = Haversine.distance(Point::new(p.1, p.0), Point::new(p.1, p.0)) / 1000.0;
            assert_eq!(distance_km(p, p).to_bits(), formula.to_bits(), "{p:?}");
        }
        assert!(within_km(ras_al_ain, tal_abyad, 110.0));
        assert!(!within_km(ras_al_ain, tal_abyad, 90.0));
    }

    proptest::proptest! {
        /// A spot's distance is `distance_km`, to the bit, anywhere.
        #[test]
        fn spot_km_is_distance_km(
            a in (-90.0f64..=90.0, -180.0f64..=180.0),
            b in (-90.0f64..=90.0, -180.0f64..=180.0),
            near in proptest::bool::ANY,
        ) {
            // (Also points a few kilometres apart, and a point and itself.)
            let b = if near { (a.0 + b.0 / 1000.0, a.1 + b.1 / 1000.0) } else { b };
            for (p, q) in [(a, b), (b, a), (a, a)] {
                proptest::prop_assert_eq!(
                    Spot::new(p).km(&Spot::new(q)).to_bits(),
                    distance_km(p, q).to_bits()
                );
            }
        }
    }

    /// Two gazetteers of one place each, for the per-gazetteer tables.
    fn two_gazetteers() -> (Gazetteer, Gazetteer) {
        (
            Gazetteer::new(vec![place("A", "SY")]),
            Gazetteer::new(vec![place("B", "SY")]),
        )
    }

    /// A string memo keeps keys of every length apart (inline and long,
    /// prefixes of each other, differing inside), per gazetteer, and is
    /// emptied when full.
    #[test]
    fn str_memo_keys() {
        let (a, b) = two_gazetteers();
        let mut memo: StrMemo<usize> = StrMemo::default();
        let long = "x".repeat(INLINE_KEY + 5);
        let keys: Vec<&str> = vec![
            "",
            "a",
            "ab",
            "a\0",
            &long[..INLINE_KEY],
            &long[..INLINE_KEY + 1],
            &long,
            "ras al ain",
            // Keys that differ in one inner byte, up to and past the 16
            // bytes compared as two numbers.
            "axc",
            "ayc",
            "abcxefg",
            "abcyefg",
            "abcdefgxijklmnop",
            "abcdefgyijklmnop",
            "abcdefghXijklmnop",
            "abcdefghYijklmnop",
        ];
        for (n, k) in keys.iter().enumerate() {
            memo.with(&a, k, |v| *v = n + 1);
        }
        for (n, k) in keys.iter().enumerate() {
            assert_eq!(memo.with(&a, k, |v| *v), n + 1, "{k:?}");
        }
        assert_eq!(memo.len(), keys.len());
        // The caller's bits: none at first, kept per key, added to.
        for (n, k) in keys.iter().enumerate() {
            let i = memo.slot(k);
            assert_eq!(memo.bits(i), 0, "{k:?}");
            memo.set_bits(i, 1 << (n % 2));
            memo.set_bits(i, 4);
        }
        for (n, k) in keys.iter().enumerate() {
            let i = memo.slot(k);
            assert_eq!(memo.bits(i), 1 << (n % 2) | 4, "{k:?}");
        }
        assert_eq!(memo.len(), keys.len());
        // Another gazetteer: a new, empty table.
        assert_eq!(memo.with(&b, "a", |v| *v), 0);
        assert_eq!(memo.len(), 1);
        for k in 1..StrMemo::<usize>::MAX {
            memo.with(&b, &k.to_string(), |v| *v = 1);
        }
        assert_eq!(memo.len(), StrMemo::<usize>::MAX);
        assert_eq!(memo.with(&b, "0", |v| *v), 0);
        assert_eq!(memo.len(), 1);
    }

    /// A memo is emptied when another gazetteer asks, and when full.
    #[test]
    fn memo_per_gazetteer_and_bounded() {
        let (a, b) = two_gazetteers();
        let mut memo: Memo<u32, u32> = Memo::default();
        memo.of(&a).insert(1, 1);
        assert_eq!(memo.of(&a).get(&1), Some(&1));
        assert_eq!(memo.of(&b).get(&1), None);
        let m = memo.of(&b);
        for k in 0..Memo::<u32, u32>::MAX as u32 {
            m.insert(k, k);
        }
        assert!(memo.of(&b).is_empty());
    }
}
