//! The compiled gazetteer index: one flat byte format for every gazetteer.
//!
//! Takes places ([`PlaceData`], as parsed from CSV or imported from
//! GeoNames). Gives a byte string holding the places and two sorted tables
//! of normalised names (exact keys and phonetic skeletons, see
//! [`crate::normalize`]) that [`crate::gazetteer::Gazetteer`] reads in
//! place, without parsing or allocating.
//!
//! The same format serves three ways:
//! * the built-in gazetteer, compiled by `build.rs` from `gazetteer.csv` and
//!   included in the binary (so a run starts without building anything);
//! * `eventmap gazetteer index GAZ.csv -o GAZ.idx`, a file that
//!   `--gazetteer GAZ.idx` maps into memory (a world gazetteer opens in
//!   milliseconds);
//! * a `--gazetteer GAZ.csv` given as CSV, indexed in memory at start.
//!
//! Layout (little-endian): a 64-byte header (`EVMAPIX6`, counts, section
//! offsets), two hash tables (exact keys, skeletons) that map every key and
//! every word-prefix of a key to its run of entries and to whether longer
//! keys continue it (so a word of a text costs one hash probe; see
//! [`SLOT_SIZE`] for a slot's three parts), a bit filter
//! of the first two words of every key of two words or more (see
//! `pair_filter` below), then place
//! records of [`PLACE_SIZE`] bytes, then exact and skeleton
//! entries of [`ENTRY_SIZE`] bytes sorted by key, then one UTF-8 string
//! blob that every record points into as (offset, length).
//!
//! This file is also compiled into `build.rs` (with `normalize.rs`), so it
//! depends on nothing else of the crate.

use crate::normalize::{name_key, skeleton_of_key};

/// File magic and format version. The skeleton keys are part of the format:
/// version 7 reads Dutch `dzj`, `tsj` and `zj` (see
/// [`crate::normalize::skeleton_key`]), so an index built before them is
/// refused, not searched with keys it never wrote.
pub const MAGIC: &[u8; 8] = b"EVMAPIX7";
/// What every version of the format starts with.
pub const MAGIC_FAMILY: &[u8; 7] = b"EVMAPIX";
pub const HEADER_SIZE: usize = 64;
/// id, name, country, admin1, variants, source (6 × offset+length), lat,
/// lon, population, kind, padding.
pub const PLACE_SIZE: usize = 80;
/// key (offset+length), place, variant (u16), the place's country code when
/// it has two bytes (zeros otherwise): a search can dismiss places by their
/// country without reading their records.
pub const ENTRY_SIZE: usize = 16;

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
    pub const ALL: [Kind; 11] = [
        Kind::Country,
        Kind::Admin1,
        Kind::Region,
        Kind::River,
        Kind::City,
        Kind::Town,
        Kind::Village,
        Kind::Camp,
        Kind::Airbase,
        Kind::District,
        Kind::Landmark,
    ];

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.as_str() == s)
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

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(c: u8) -> Kind {
        Kind::ALL.get(c as usize).copied().unwrap_or(Kind::Landmark)
    }

    /// An area rather than a point: an event there is located to ACLED
    /// precision 3 (region, province or country).
    pub fn is_area(self) -> bool {
        matches!(
            self,
            Kind::Country | Kind::Admin1 | Kind::Region | Kind::River
        )
    }

    /// A place inside a town: a district, an airbase, a camp, a landmark.
    pub fn is_part_of_town(self) -> bool {
        matches!(
            self,
            Kind::District | Kind::Airbase | Kind::Camp | Kind::Landmark
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

/// A place as read from CSV or GeoNames, before indexing.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceData {
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

impl PlaceData {
    /// Name number `v`: 0 is the canonical name, 1.. the variants.
    pub fn variant(&self, v: usize) -> &str {
        if v == 0 {
            &self.name
        } else {
            &self.variants[v - 1]
        }
    }
}

/// FNV-1a: the hash of the key tables.
pub fn fnv1a(s: &str) -> u64 {
    fnv1a_extend(FNV1A_START, s.as_bytes())
}

/// FNV-1a's state before any byte.
pub const FNV1A_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes` continued from state `h`: the hash of a string is the
/// hash of its parts in turn.
pub fn fnv1a_extend(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Bytes per hash-table slot in the file: an 8-byte probe part (key
/// offset; key length, fingerprint, flags) in one array, and an 8-byte run
/// part (first entry, entry count) in a second array read only on a hit.
/// A probe that misses touches 8 bytes per slot, so more of the table stays
/// in the processor's cache; the fingerprint keeps it off the key strings.
/// Then one tag byte per slot in a third array ([`slot_tag`]): a probe reads
/// the tags first, one byte a slot, an eighth of the memory, and most
/// probes of words that start no key end there.
pub const SLOT_SIZE: usize = 17;
/// Bytes of the probe part of a slot.
pub const PROBE_SIZE: usize = 8;
/// Slot flag: in use.
pub const SLOT_USED: u32 = 1 << 24;
/// Slot flag: longer keys start with this one and a space.
pub const SLOT_LONGER: u32 = 2 << 24;

/// The fingerprint of a key's hash kept in its slot.
pub fn fingerprint(hash: u64) -> u32 {
    ((hash >> 48) & 0xff) as u32
}

/// The tag of a slot: 0 when empty, else 0x80 and seven bits of the key's
/// hash (other bits than the fingerprint's), so a slot whose tag differs
/// holds another key.
pub fn slot_tag(hash: u64) -> u8 {
    0x80 | ((hash >> 40) & 0x7f) as u8
}

/// The probe part's second word: key length (16 bits), fingerprint (8),
/// flags (8).
pub fn slot_meta(len: usize, hash: u64, flags: u32) -> u32 {
    (len as u32 & 0xffff) | (fingerprint(hash) << 16) | flags
}

/// The hash table of one sorted entry list (`strs`: each entry's key in the
/// blob): a u32 log2 of the slot count, then the probe parts of all slots,
/// then their run parts, then their tags; linear probing. Prefixes point into their key's
/// bytes, so they add no strings.
fn table(list: &[(String, u32, u16)], strs: &[(u32, u32)]) -> Vec<u8> {
    // Sorted, so that the layout (and the file) is deterministic.
    let mut slots: std::collections::BTreeMap<&str, (u32, u32, u16, u32)> = Default::default();
    let mut i = 0;
    while i < list.len() {
        let key = list[i].0.as_str();
        let mut j = i;
        while j < list.len() && list[j].0 == key {
            j += 1;
        }
        let (off, _) = strs[i];
        let e = slots.entry(key).or_insert((off, 0, 0, SLOT_USED));
        e.1 = i as u32;
        e.2 = (j - i).min(u16::MAX as usize) as u16;
        for (p, _) in key.match_indices(' ') {
            let e = slots.entry(&key[..p]).or_insert((off, 0, 0, SLOT_USED));
            e.3 |= SLOT_LONGER;
        }
        i = j;
    }
    let cap = (slots.len() * 2).next_power_of_two().max(16);
    let mask = cap - 1;
    let mut probe = vec![0u8; cap * PROBE_SIZE];
    let mut runs = vec![0u8; cap * 8];
    let mut tags = vec![0u8; cap];
    let meta_at = |probe: &[u8], h: usize| {
        u32::from_le_bytes(
            probe[h * PROBE_SIZE + 4..h * PROBE_SIZE + 8]
                .try_into()
                .unwrap(),
        )
    };
    for (k, (off, start, count, flags)) in slots {
        let hash = fnv1a(k);
        let mut h = (hash as usize) & mask;
        while meta_at(&probe, h) & SLOT_USED != 0 {
            h = (h + 1) & mask;
        }
        let p = &mut probe[h * PROBE_SIZE..(h + 1) * PROBE_SIZE];
        p[0..4].copy_from_slice(&off.to_le_bytes());
        p[4..8].copy_from_slice(&slot_meta(k.len(), hash, flags).to_le_bytes());
        let r = &mut runs[h * 8..(h + 1) * 8];
        r[0..4].copy_from_slice(&start.to_le_bytes());
        r[4..6].copy_from_slice(&count.to_le_bytes());
        tags[h] = slot_tag(hash);
    }
    let mut out = (cap.trailing_zeros()).to_le_bytes().to_vec();
    out.extend_from_slice(&probe);
    out.extend_from_slice(&runs);
    out.extend_from_slice(&tags);
    out
}

/// Bits of the pair filter per pair (two hash functions): about 1.4 %
/// false positives.
const PAIR_FILTER_BITS: usize = 16;

/// The bit positions of a word pair ("first second") in a filter of
/// `1 << log2` bits.
pub fn pair_bits(pair: &str, log2: u32) -> (usize, usize) {
    let (first, second) = pair.split_once(' ').unwrap_or((pair, ""));
    pair_bits_of(first, second, log2)
}

/// [`pair_bits`] of `first` and `second` joined by a space, without joining
/// them. (Asked for most lowercase words of every text: each word is
/// hashed from at most two eight-byte reads, not byte by byte.)
pub fn pair_bits_of(first: &str, second: &str, log2: u32) -> (usize, usize) {
    pair_bits_of_hashes(
        word_hash(first.as_bytes()),
        word_hash(second.as_bytes()),
        log2,
    )
}

/// [`pair_bits_of`] of two words whose [`word_hash`]es are known (a text's
/// word is the second of one pair and the first of the next).
pub fn pair_bits_of_hashes(first: u64, second: u64, log2: u32) -> (usize, usize) {
    let h = mum(
        first ^ 0x2d35_8dcc_aa6c_78a5,
        second ^ 0x8bb8_4b93_962e_acc9,
    );
    pair_bits_of_hash(h, log2)
}

/// 128-bit product of `a` and `b`, halves folded: every bit of the result
/// depends on every bit of both.
fn mum(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

/// A hash of a word from its first and last eight bytes (fewer for a
/// shorter word) and its length. Words longer than 16 bytes that share
/// both ends and the length hash alike: for a filter, a rare false
/// positive.
pub fn word_hash(w: &[u8]) -> u64 {
    ends_hash(word_ends(w), w.len())
}

/// [`word_hash`] of a word of `len` bytes whose [`word_ends`] are known.
pub(crate) fn ends_hash((a, b): (u64, u64), len: usize) -> u64 {
    mum(
        a ^ 0xa076_1d64_78bd_642f,
        b ^ 0xe703_7ed1_a0b4_28db ^ len as u64,
    )
}

/// The two numbers [`word_hash`] mixes: the first and last eight bytes of
/// the word (four, for a word of 4 to 7 bytes; its first, middle and last
/// byte in one number for a shorter one). With the length they are the
/// word itself, for a word of up to 16 bytes.
pub(crate) fn word_ends(w: &[u8]) -> (u64, u64) {
    let n = w.len();
    let at8 = |i: usize| u64::from_le_bytes(w[i..i + 8].try_into().unwrap_or([0; 8]));
    let at4 = |i: usize| u64::from(u32::from_le_bytes(w[i..i + 4].try_into().unwrap_or([0; 4])));
    let (a, b) = if n >= 8 {
        (at8(0), at8(n - 8))
    } else if n >= 4 {
        (at4(0), at4(n - 4))
    } else if n > 0 {
        (
            u64::from(w[0]) << 16 | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]),
            0,
        )
    } else {
        (0, 0)
    };
    (a, b)
}

fn pair_bits_of_hash(h: u64, log2: u32) -> (usize, usize) {
    let mask = (1usize << log2) - 1;
    ((h as usize) & mask, ((h >> 32) as usize) & mask)
}

/// A Bloom filter (two hash functions) over "first second", the first two
/// words of every key that has two words or more: a u32 log2 of the bit
/// count, then the bits.
///
/// Why: a name written with a lowercase first word ("northern Syria",
/// "kamp Al-Hol") needs its capital further on, so the extractor looks up a
/// lowercase word only when it and the next word may start a longer key.
/// Most words of a text are lowercase, and the common ones ("in", "the",
/// "de") start some key or other ("In Salah", "The Hague"): without the
/// filter each costs a probe of the big key table; with it, one or two
/// bits of a table that stays in the processor's cache. A filter has no
/// false negatives, so nothing is missed.
fn pair_filter(exact: &[(String, u32, u16)]) -> Vec<u8> {
    let mut pairs: Vec<&str> = exact
        .iter()
        .filter_map(|(k, _, _)| {
            let first = k.find(' ')?;
            let second = k[first + 1..].find(' ').map_or(k.len(), |e| first + 1 + e);
            Some(&k[..second])
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let log2 = (pairs.len() * PAIR_FILTER_BITS)
        .next_power_of_two()
        .max(1 << 10)
        .trailing_zeros();
    let mut bits = vec![0u8; (1usize << log2) / 8];
    for p in pairs {
        let (a, b) = pair_bits(p, log2);
        bits[a / 8] |= 1 << (a % 8);
        bits[b / 8] |= 1 << (b % 8);
    }
    let mut out = log2.to_le_bytes().to_vec();
    out.extend_from_slice(&bits);
    out
}

struct Blob {
    bytes: Vec<u8>,
    /// Strings stored once for every place that has them (see
    /// [`Blob::add_shared`]).
    shared: std::collections::HashMap<String, (u32, u32)>,
}

impl Blob {
    fn add(&mut self, s: &str) -> (u32, u32) {
        let off = self.bytes.len() as u32;
        self.bytes.extend_from_slice(s.as_bytes());
        (off, s.len() as u32)
    }

    /// [`Blob::add`] for a field that many places share (country, province,
    /// source): stored once. A world gazetteer's blob is 3.7 MB smaller, and
    /// the countries read for every candidate sit together in the cache.
    fn add_shared(&mut self, s: &str) -> (u32, u32) {
        if let Some(&at) = self.shared.get(s) {
            return at;
        }
        let at = self.add(s);
        self.shared.insert(s.to_string(), at);
        at
    }
}

fn put_str(out: &mut Vec<u8>, s: (u32, u32)) {
    out.extend_from_slice(&s.0.to_le_bytes());
    out.extend_from_slice(&s.1.to_le_bytes());
}

/// Build the index of `places`. Names that fold to nothing are skipped; a
/// place's names that share a key (or a skeleton) are indexed once, under
/// the first of them.
pub fn build(places: &[PlaceData]) -> Vec<u8> {
    let mut blob = Blob {
        bytes: Vec::new(),
        shared: Default::default(),
    };
    let mut place_bytes = Vec::with_capacity(places.len() * PLACE_SIZE);
    let mut exact: Vec<(String, u32, u16)> = Vec::new();
    let mut skel: Vec<(String, u32, u16)> = Vec::new();
    let mut max_words = 1usize;
    for (pi, p) in places.iter().enumerate() {
        put_str(&mut place_bytes, blob.add(&p.id));
        put_str(&mut place_bytes, blob.add(&p.name));
        put_str(&mut place_bytes, blob.add_shared(&p.country));
        put_str(
            &mut place_bytes,
            blob.add_shared(p.admin1.as_deref().unwrap_or("")),
        );
        put_str(&mut place_bytes, blob.add(&p.variants.join("|")));
        put_str(&mut place_bytes, blob.add_shared(&p.source));
        place_bytes.extend_from_slice(&p.lat.to_le_bytes());
        place_bytes.extend_from_slice(&p.lon.to_le_bytes());
        place_bytes.extend_from_slice(&p.population.to_le_bytes());
        place_bytes.push(p.kind.code());
        place_bytes.extend_from_slice(&[0u8; 7]);

        let mut seen_keys: Vec<String> = Vec::new();
        let mut seen_skels: Vec<String> = Vec::new();
        for v in 0..=p.variants.len().min(u16::MAX as usize - 1) {
            let key = name_key(p.variant(v));
            if key.is_empty() || seen_keys.contains(&key) {
                continue;
            }
            max_words = max_words.max(key.split(' ').count());
            let s = skeleton_of_key(&key);
            if !seen_skels.contains(&s) {
                seen_skels.push(s.clone());
                skel.push((s, pi as u32, v as u16));
            }
            seen_keys.push(key.clone());
            exact.push((key, pi as u32, v as u16));
        }
    }
    exact.sort();
    skel.sort();
    let mut entries = |list: &[(String, u32, u16)]| -> (Vec<u8>, Vec<(u32, u32)>) {
        let mut out = Vec::with_capacity(list.len() * ENTRY_SIZE);
        let mut strs = Vec::with_capacity(list.len());
        let mut last: Option<(&str, (u32, u32))> = None;
        for (key, place, variant) in list {
            // Equal keys share their bytes in the blob.
            let s = match last {
                Some((k, s)) if k == key => s,
                _ => blob.add(key),
            };
            last = Some((key, s));
            strs.push(s);
            put_str(&mut out, s);
            out.extend_from_slice(&place.to_le_bytes());
            out.extend_from_slice(&variant.to_le_bytes());
            let cc = places[*place as usize].country.as_bytes();
            out.extend_from_slice(if cc.len() == 2 { cc } else { &[0u8; 2] });
        }
        (out, strs)
    };
    let (exact_bytes, exact_strs) = entries(&exact);
    let (skel_bytes, skel_strs) = entries(&skel);
    let exact_table = table(&exact, &exact_strs);
    let skel_table = table(&skel, &skel_strs);

    let pairs = pair_filter(&exact);

    let places_off = HEADER_SIZE + exact_table.len() + skel_table.len() + pairs.len();
    let exact_off = places_off + place_bytes.len();
    let skel_off = exact_off + exact_bytes.len();
    let strings_off = skel_off + skel_bytes.len();
    let mut out = Vec::with_capacity(strings_off + blob.bytes.len());
    out.extend_from_slice(MAGIC);
    for n in [places.len(), exact.len(), skel.len(), max_words] {
        out.extend_from_slice(&(n as u32).to_le_bytes());
    }
    for off in [
        places_off,
        exact_off,
        skel_off,
        strings_off,
        blob.bytes.len(),
    ] {
        out.extend_from_slice(&(off as u64).to_le_bytes());
    }
    out.resize(HEADER_SIZE, 0);
    out.extend_from_slice(&exact_table);
    out.extend_from_slice(&skel_table);
    out.extend_from_slice(&pairs);
    out.extend_from_slice(&place_bytes);
    out.extend_from_slice(&exact_bytes);
    out.extend_from_slice(&skel_bytes);
    out.extend_from_slice(&blob.bytes);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_bits_of_two_words_is_pair_bits_of_the_pair() {
        for (a, b) in [
            ("ras", "ain"),
            ("", "x"),
            ("northern", "syria"),
            ("a", ""),
            ("verenigde", "arabische"),
            ("abc", "defghijklmnopqrstuvw"),
        ] {
            for log2 in [3, 10, 20] {
                assert_eq!(
                    pair_bits_of(a, b, log2),
                    pair_bits(&format!("{a} {b}"), log2)
                );
            }
        }
    }
}
