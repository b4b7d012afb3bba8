//! The pipeline: one article in, its event features out; many articles in,
//! one layer out.
//!
//! Takes articles and a gazetteer. Per article: words and sentences
//! ([`crate::extract`]), mentions and their places ([`crate::resolve`]),
//! sentence by sentence cues, roles, deaths and dates
//! ([`crate::classify`]), then the article-level steps below. Gives
//! [`EventFeature`]s in text order with ids `<article>:<n>`.
//!
//! Article-level steps (each group in a file of its own: `sites.rs` 1,
//! `deaths.rs` 2, run a sentence at a time by `sentences.rs` after
//! `reports.rs`; `places.rs` 3 and 4; `merge.rs` 5 to 8):
//! 1. every site in a sentence takes the cue nearest to it (and the cues
//!    coordinated with that one: "luchtaanvallen en artillerievuur op …");
//! 2. a death count goes to the first violent event of its sentence, or else
//!    to a violent event of one of the two sentences before it when its own
//!    sentence names no place (and writes no other day than that event's);
//!    counts told place by place after it go each to its place's event; a
//!    second count for the same event is quoted in the evidence, the first
//!    is kept;
//! 3. an event located only at a country, or at no place, is moved to the
//!    place a later or earlier sentence gives for "the operation", "de
//!    aanval" (a generic event noun with a settlement);
//!    An event of the lead placed only in a country or region goes to the
//!    sites named inside it close by when they all lie in one province;
//! 4. an event at no place whose sentence says "the city", "de stad", "het
//!    kamp" goes to the place of that kind named just before; one at no
//!    place in the lead (first three sentences) goes to the article's
//!    focus: its most precise, most named site in its main country;
//!    placeless events elsewhere are dropped; a strong cue that no site of
//!    its sentence took is placed only by such an anaphor at most seven
//!    words after it, after a preposition of place;
//! 5. deaths reported at a place just after an event placed only around it
//!    are that event; a headline's event at a provincial capital named like
//!    its province is the province's event when the text names the province
//!    and not the city; a country- or region-level event is dropped when the
//!    article places the same event type on the same date more precisely
//!    inside it;
//! 6. an event dated only by the article (a headline) that the text dates
//!    at the same place and type one to three days earlier is that event
//!    (its count kept when the dated one has none); a headline's event whose
//!    count, type and date the text gives again at another place of the
//!    same province is that event, and one without a count at a province
//!    (or its capital named like it) that the text reports only at other
//!    places of that province is their summary; then one feature per
//!    (place, event type, date);
//! 7. a count one sentence gives for a list of places of one cue is divided
//!    evenly among those that are features, as ACLED does;
//! 8. a sentence that gives its dead only vaguely ("dozens") gives the count
//!    ACLED codes for the word to its first violent event, when none of its
//!    events has a count.
//!
//! Guarantees: the same article and gazetteer give byte-identical features;
//! a batch keeps input order whatever the number of threads.

use std::io::{IsTerminal, Write};

use rayon::prelude::*;

use crate::article::{Article, PartialDate, Source};
use crate::classify::{self, EventType, Role};
use crate::extract::{self, Mention};
use crate::gazetteer::{Gazetteer, Kind, NameRef, distance_km, within_km};
use crate::lexicon;
use crate::output::{EventFeature, FeatureWriter, Format, WriteError};
use crate::resolve;

mod context;
mod deaths;
mod merge;
mod places;
mod reports;
mod sentences;
mod sites;

use reports::only_hits;

/// How many content words at most may stand between a place (or the head of
/// a list of places) and the cue that gives its event type.
pub const MAX_CUE_DISTANCE: usize = 5;

/// How many words at most may stand between a place and its cue, of any
/// kind: past this, more than `MAX_CUE_DISTANCE` of them are content words
/// in any text (asides included), and counting them is not needed.
pub const MAX_CUE_SPAN: usize = 40;

/// How many days before the article's date an event its text dates may
/// lie and still be the event an undated sentence (a headline) reports.
pub const HEADLINE_DAYS: i64 = 3;

/// How many days before the article's date a weekday the text names may
/// lie ("zaterdag", "on Saturday": the last one): how far a headline's
/// event may lie when the text gives its count again.
pub const WEEK_DAYS: i64 = 6;

/// The content words among `words` ([`lexicon::is_content_word`]), counted
/// up to `MAX_CUE_DISTANCE + 1` only: a cue further off is too far all the
/// same, and a cue is measured against every site of its sentence.
fn content_words<'t>(words: impl IntoIterator<Item = &'t crate::extract::Token<'t>>) -> usize {
    // (Nor do an event's toll, its counts and its time: "rocket attacks
    // kill 10 civilians, injure dozens in Daraa", "clashed on Friday night
    // with regime troops in Qalamun".)
    words
        .into_iter()
        .filter(|t| {
            lexicon::is_content_word_of_class(t.folded, t.class)
                && !toll_or_time(t)
                // (The sides' words share the function words' bit.)
                && !(t.class & lexicon::class::FUNCTION != 0 && lexicon::is_force_word(t.folded))
                // (Nor the letters of an initialism, "the U.S. embassy",
                // which "the US embassy" writes as one word, a country's.)
                && (!t.cap || t.folded.len() > 1)
        })
        .take(MAX_CUE_DISTANCE + 1)
        .count()
}

/// A word of an event's toll or time ([`content_words`]), or of a victim's
/// age ("killed a 40-year-old man and his 12-year-old son in Daraa").
fn toll_or_time(t: &crate::extract::Token) -> bool {
    (t.class & lexicon::class::NUMBER != 0 && number_word_or_digits(t.folded))
        || matches!(t.folded, "year" | "old" | "jarige")
        || (t.class & lexicon::class::DATE != 0 && lexicon::weekday(t.folded).is_some())
        || (t.class & lexicon::class::TOLL != 0 && lexicon::is_toll_or_time_word(t.folded))
}

/// A count written in digits or as a number word ("10", "tien", "twelve"),
/// not a year ("the uprising in 2011 when demonstrators …").
fn number_word_or_digits(w: &str) -> bool {
    if w.as_bytes()[0].is_ascii_digit() {
        return !lexicon::is_year(w);
    }
    lexicon::number_word(w).is_some()
}

/// What `extract` runs with, validated once.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The article date for articles without a `date` header.
    pub fallback_date: Option<PartialDate>,
    pub all_mentions: bool,
    /// Show a progress bar when stderr is a terminal and the batch is long.
    pub progress: bool,
}

/// An event before it becomes a feature.
#[derive(Clone, Debug)]
struct Event {
    ty: EventType,
    /// Place and the mention that named it; None while placeless.
    at: Option<(NameRef, usize)>,
    role: Role,
    date: Option<PartialDate>,
    sentence: usize,
    /// Token position, for text order.
    pos: usize,
    fatalities: Option<u32>,
    /// Dated by its own text (its sentence, one before it, or "now"), not
    /// only by the article's date.
    dated: bool,
    /// Notes added to the evidence, which is the sentence the event was
    /// read in (`sentence`) followed by these: the sentence is quoted only
    /// for the events that become features.
    notes: String,
    /// Read from a generic word only ("aanval", "attack": a weak cue).
    weak: bool,
    /// The token position of the cue it was read from (of the sentence's
    /// first word for deaths with no cue): the places of one cue are one
    /// event's ("air strikes on Kafranbel and Maarat al-Numan").
    cue: u32,
    /// A count reported for several places at once: the places of the
    /// same sentence and cue share it ([`merge::divide_counts`]).
    share: Option<u32>,
    /// Its count holds dead a later sentence told "also" ([`deaths`]):
    /// the text's own fuller count, which a headline's gives way to.
    added: bool,
}

impl Event {
    /// The event of strong cue `c` of sentence `si`, with no place yet,
    /// dated `(date, dated)` ([`Event::dated`]).
    fn placeless(
        c: &classify::CueHit,
        si: usize,
        (date, dated): (Option<PartialDate>, bool),
    ) -> Event {
        Event {
            ty: c.ty,
            weak: false,
            at: None,
            role: Role::Site,
            date,
            sentence: si,
            pos: c.at,
            fatalities: None,
            dated,
            notes: String::new(),
            cue: c.at as u32,
            share: None,
            added: false,
        }
    }
}

/// Give count `n` as a share to every event without a count that the
/// cue of `events[k]` tells in its sentence with its type: the places one
/// sentence lists for one event, among which step 7
/// ([`merge::divide_counts`]) divides it.
fn share_among_listed(events: &mut [Event], k: usize, n: u32) {
    let (sentence, cue, ty) = (events[k].sentence, events[k].cue, events[k].ty);
    for x in events.iter_mut() {
        if listed_with(x, sentence, cue, ty) {
            x.share = Some(n);
        }
    }
}

/// Is `x` an event without a count that the cue at `cue` of sentence
/// `sentence` tells with type `ty`: one of the places it lists?
fn listed_with(x: &Event, sentence: usize, cue: u32, ty: classify::EventType) -> bool {
    x.sentence == sentence && x.cue == cue && x.ty == ty && x.fatalities.is_none()
}

/// The text with every run of white space made one space, and none at
/// either end (the evidence quoted in a feature).
fn collapse_ws(s: &str) -> String {
    // Most sentences: words one space apart already, nothing to do but
    // copy.
    let b = s.as_bytes();
    if b.first() != Some(&b' ') && b.last() != Some(&b' ') && plain_ascii_line(b) {
        return s.to_string();
    }
    if s.is_ascii() {
        // Otherwise: no character to decode, one pass over the bytes.
        // (The ASCII white space of `char::is_whitespace`: vertical tab
        // included, unlike `u8::is_ascii_whitespace`.)
        // Words are copied whole, not byte by byte.
        let ws = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
        let mut bytes = Vec::with_capacity(s.len());
        for w in s.as_bytes().split(ws).filter(|w| !w.is_empty()) {
            if !bytes.is_empty() {
                bytes.push(b' ');
            }
            bytes.extend_from_slice(w);
        }
        // (ASCII in, ASCII out.)
        return String::from_utf8(bytes).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Are the bytes ASCII without control characters (tabs, line breaks and
/// the like, all below 0x20) and without two spaces in a row? Eight bytes
/// at a time, in one pass: the evidence of every feature is asked.
fn plain_ascii_line(b: &[u8]) -> bool {
    use crate::swar::{HIGH, below, equal};
    // Whether the last byte before the current eight was a space.
    let mut space_before = false;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // A byte of 0x80 or more, or one below 0x20.
        if (x & HIGH) | below(x, 0x20) != 0 {
            return false;
        }
        let spaces = equal(x, b' ');
        if spaces & (spaces << 8) != 0 || (space_before && spaces & 0x80 != 0) {
            return false;
        }
        space_before = spaces >> 63 != 0;
    }
    for &c in chunks.remainder() {
        if !(0x20..0x80).contains(&c) || (c == b' ' && space_before) {
            return false;
        }
        space_before = c == b' ';
    }
    true
}

/// Precision rank of a kind: lower is more precise.
fn kind_rank(k: Kind) -> u8 {
    match k {
        Kind::City
        | Kind::Town
        | Kind::Village
        | Kind::District
        | Kind::Camp
        | Kind::Airbase
        | Kind::Landmark => 0,
        Kind::Admin1 => 1,
        Kind::Region | Kind::River => 2,
        Kind::Country => 3,
    }
}

/// Is place `inner` inside area `outer` (same country for a country; within
/// 250 km of a region's or province's point)?
fn inside(g: &Gazetteer, inner: NameRef, outer: NameRef) -> bool {
    let (i, o) = (g.place(inner), g.place(outer));
    if inner.place == outer.place || kind_rank(i.kind) >= kind_rank(o.kind) {
        return false;
    }
    match o.kind {
        Kind::Country => i.country == o.country,
        // (By distance only where the inner place's province is unknown:
        // Idlib lies within 120 km of Aleppo province's point.)
        // (A province's own admin1 is the name its places give it, where
        // its name is another language's: "Khersonska oblast" of Kherson
        // Oblast.)
        Kind::Admin1 => match i.admin1() {
            Some(a) => Some(a) == o.admin1().or(Some(o.name())),
            None => i.country == o.country && within_km((i.lat, i.lon), (o.lat, o.lon), 120.0),
        },
        // A region inside one province (Eastern Ghouta, Qalamoun, the
        // Euphrates valley): its province's places close by. (Damascus,
        // beside Eastern Ghouta, is a governorate of its own.)
        Kind::Region if o.admin1().is_some() => {
            i.admin1() == o.admin1() && within_km((i.lat, i.lon), (o.lat, o.lon), 60.0)
        }
        // (Not a place the opposite compass region lies nearer to: Rafah,
        // 37 km from Northern Gaza's point, is in Southern Gaza, 4 km off.)
        // (Nor a place across the border of a region of one country: Derik
        // in Syria, by the border, is not in Northern Iraq.)
        _ => {
            within_km((i.lat, i.lon), (o.lat, o.lon), 250.0)
                && (o.country.is_empty() || i.country == o.country)
                && !(o.kind == Kind::Region && nearer_opposite(g, &i, &o, outer))
        }
    }
}

/// The first words of compass regions' names, each with its opposite
/// ("Northern Gaza", "Southern Gaza"; "Northeast Syria", "Southwest …").
const OPPOSITE_REGIONS: &[(&str, &str)] = &[
    ("Northern", "Southern"),
    ("Southern", "Northern"),
    ("Eastern", "Western"),
    ("Western", "Eastern"),
    ("Northeast", "Southwest"),
    ("Southwest", "Northeast"),
    ("Northwest", "Southeast"),
    ("Southeast", "Northwest"),
];

/// A compass region's name split at its compass word ("Northern Gaza"):
/// the opposite compass word ("Southern") and the rest ("Gaza").
fn compass_name(name: &str) -> Option<(&'static str, &str)> {
    let (first, rest) = name.split_once(' ')?;
    let &(_, other) = OPPOSITE_REGIONS.iter().find(|(c, _)| *c == first)?;
    Some((other, rest))
}

/// Is the place a compass region of a whole country ("Northwest Syria",
/// "Northern Iraq"): a part of it named only by its side?
fn country_side(g: &Gazetteer, p: &crate::gazetteer::Place) -> bool {
    p.kind == Kind::Region
        && compass_name(p.name()).is_some_and(|(_, rest)| {
            g.exact(&crate::normalize::name_key(rest))
                .into_iter()
                .any(|r| {
                    let c = g.place(r);
                    c.kind == Kind::Country && c.country == p.country
                })
        })
}

/// The point of each compass region's opposite, by (gazetteer, place)
/// ([`nearer_opposite`]).
type OppositePoints = crate::gazetteer::FnvMap<(usize, usize), Option<(f64, f64)>>;

/// Is region `o` (`outer`) a compass region ("Northern Gaza") whose
/// opposite in the gazetteer ("Southern Gaza": the same name after the
/// opposite compass word, a region of the same country) lies nearer to
/// place `i` than `o` does? (Only the opposite: "northern Syria" and
/// "northwestern Syria" both hold Idlib.)
fn nearer_opposite(
    g: &Gazetteer,
    i: &crate::gazetteer::Place,
    o: &crate::gazetteer::Place,
    outer: NameRef,
) -> bool {
    thread_local! {
        /// The opposite's point of each compass region asked about, by its
        /// gazetteer (the address of its index, which lives as long as the
        /// process) and its place.
        static OPPOSITE: std::cell::RefCell<OppositePoints> = Default::default();
    }
    let key = (g.index_bytes().as_ptr() as usize, outer.place as usize);
    let opposite = OPPOSITE.with(|m| {
        *m.borrow_mut().entry(key).or_insert_with(|| {
            let (other, rest) = compass_name(o.name())?;
            g.exact(&crate::normalize::name_key(&format!("{other} {rest}")))
                .into_iter()
                .map(|r| g.place(r))
                .find(|s| s.kind == Kind::Region && s.country == o.country)
                .map(|s| (s.lat, s.lon))
        })
    });
    opposite.is_some_and(|s| {
        distance_km((i.lat, i.lon), s) < distance_km((i.lat, i.lon), (o.lat, o.lon))
    })
}

/// Extract the event features of one article.
pub fn extract_article(g: &Gazetteer, article: &Article, config: &Config) -> Vec<EventFeature> {
    let text = article.text.as_str();
    let mut arena = String::new();
    let (tokens, sentences) = extract::tokenize(text, &mut arena);
    // Cues and death counts per sentence come first: they need no place,
    // and every event starts from one of them (steps 1 and 2 below; the
    // later steps only move, merge or drop events). An article without
    // any, as most articles of a general news archive, gives no feature,
    // and the name look-ups, the most costly stage, are skipped.
    let mut reports = reports::read(text, &tokens, &sentences);
    if !config.all_mentions && reports.iter().all(|r| only_hits(&r.cues) && !r.casualties) {
        return Vec::new();
    }
    let mentions = extract::find_mentions(g, text, &tokens, &sentences);
    let adate = article.date;
    let cx = context::Ctx::new(g, text, &tokens, &sentences, &mentions, adate);
    reports::weak_give_way(&cx, &mut reports);
    reports::after_strikes(&tokens, &sentences, &mut reports);
    let told = sentences::read(&cx, &reports);
    let events = places::place(&cx, told);
    let merged = merge::merge(&cx, &reports, events);

    let mut out: Vec<EventFeature> = merged
        .iter()
        .map(|e| {
            let (r, mi) = e.at.unwrap();
            feature(
                g,
                text,
                &mentions[mi],
                r,
                e.role,
                e.ty,
                e.date,
                e.fatalities,
                &(cx.sentence_text(e.sentence) + &e.notes),
                &article.id,
            )
        })
        .collect();

    if config.all_mentions {
        let mut seen: Vec<u32> = merged.iter().map(|e| e.at.unwrap().0.place).collect();
        for (i, m) in mentions.iter().enumerate() {
            let Some(r) = cx.place_of(i) else { continue };
            if seen.contains(&r.place) {
                continue;
            }
            seen.push(r.place);
            let s = &sentences[m.sentence];
            let evidence = collapse_ws(&text[s.start..s.end]);
            out.push(feature(
                g,
                text,
                m,
                r,
                Role::Site,
                EventType::Mention,
                adate,
                None,
                &evidence,
                &article.id,
            ));
        }
    }
    // (Not `format!`: its machinery was 700 instructions a feature.)
    let mut digits = itoa::Buffer::new();
    for (n, f) in out.iter_mut().enumerate() {
        let n = digits.format(n + 1);
        let mut id = String::with_capacity(article.id.len() + 1 + n.len());
        id.push_str(&article.id);
        id.push(':');
        id.push_str(n);
        f.id = id;
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn feature(
    g: &Gazetteer,
    text: &str,
    m: &Mention,
    r: NameRef,
    role: Role,
    ty: EventType,
    date: Option<PartialDate>,
    fatalities: Option<u32>,
    evidence: &str,
    article: &str,
) -> EventFeature {
    let p = g.place(r);
    let precision = if p.kind.is_area() {
        3
    } else if role == Role::Near {
        2
    } else {
        1
    };
    EventFeature {
        id: String::new(),
        article: article.to_string(),
        place: p.name(),
        mention: m.text(text).to_string(),
        gazetteer_id: p.id(),
        country: p.country,
        admin1: p.admin1(),
        precision,
        event_type: ty,
        date,
        fatalities,
        evidence: evidence.to_string(),
        lon: p.lon,
        lat: p.lat,
    }
}

/// Every place mention of a text with the place it resolved to, in text
/// order: (byte range, place). For `--all-mentions`-like inspection and
/// tests.
pub fn places_in(g: &Gazetteer, text: &str) -> Vec<(std::ops::Range<usize>, NameRef)> {
    let mut arena = String::new();
    let (tokens, sentences) = extract::tokenize(text, &mut arena);
    let mentions = extract::find_mentions(g, text, &tokens, &sentences);
    let places = resolve::resolve(g, text, &tokens, &mentions);
    mentions
        .iter()
        .zip(places)
        .filter_map(|(m, p)| Some((m.start..m.end, p?)))
        .collect()
}

/// Run `extract` over sources, writing the layer to `w`. Articles are
/// processed in parallel in chunks and written in input order; with the
/// sequence format each chunk is flushed as soon as it is done.
pub fn run(
    sources: &[Source],
    g: &Gazetteer,
    config: &Config,
    format: Format,
    w: &mut dyn Write,
) -> Result<(), WriteError> {
    let bar =
        (config.progress && sources.len() >= 200 && std::io::stderr().is_terminal()).then(|| {
            let b = indicatif::ProgressBar::new(sources.len() as u64);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} articles {per_sec} eta {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            b
        });
    let mut fw = FeatureWriter::new(w, format);
    // Articles go to the threads a chunk at a time, and a chunk's features
    // are written in input order when the whole chunk is done: the threads
    // wait at the end of every chunk and while it is written, so a chunk
    // holds 64 articles a thread (16 left a tenth of two threads' time
    // idle), a few hundred kB of features.
    // One article, the common call from scripts, does not start the
    // thread pool at all: spawning its threads would cost more than the
    // article (about 1 ms of a 4 ms cold start).
    let sequential = sources.len() <= 1 || rayon::current_num_threads() == 1;
    let chunk = if sequential {
        64
    } else {
        rayon::current_num_threads() * 64
    };
    for part in sources.chunks(chunk) {
        let one = |s: &Source| -> Result<Vec<EventFeature>, WriteError> {
            let a = s
                .read(config.fallback_date)
                .map_err(|e| WriteError::Input(e.to_string()))?;
            Ok(extract_article(g, &a, config))
        };
        // One thread: no hand-over to the pool and back for every chunk.
        let results: Vec<Result<Vec<EventFeature>, WriteError>> = if sequential {
            part.iter().map(one).collect()
        } else {
            part.par_iter().map(one).collect()
        };
        for r in results {
            for f in r? {
                fw.write(&f)?;
            }
        }
        if format == Format::Sequence {
            fw.flush()?;
        }
        if let Some(b) = &bar {
            b.inc(part.len() as u64);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    fw.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The features of `text`, an article without a date, with the
    /// built-in gazetteer.
    fn features(text: &str) -> Vec<super::EventFeature> {
        let g = crate::gazetteer::Gazetteer::builtin();
        let article = super::Article {
            id: "t".into(),
            date: None,
            text: text.into(),
        };
        super::extract_article(&g, &article, &super::Config::default())
    }

    /// A sentence that opens with a capitalised word and "in" a place
    /// ("Fighting in Aleppo …"): the walk back from "in" for an office's
    /// own name ("the Ministry of Health in Gaza") reaches the sentence's
    /// start. (A debug build checked the arithmetic there: `.ci/run` runs
    /// these tests in one.)
    #[test]
    fn a_sentence_opening_with_a_word_in_a_place() {
        for text in [
            "Fighting in Aleppo killed five people.",
            "Ministry in Gaza. Shelling in Gaza killed two.",
            "Health in Gaza: rockets hit the Ministry of Health in Gaza.",
        ] {
            assert!(!features(text).is_empty(), "{text:?}");
        }
    }

    /// A count that opens its sentence ("Tientallen Turkse militairen
    /// gedood in Idlib"): the look back for one named before it ("een
    /// moeder en haar drie kinderen") starts at the sentence's first word.
    /// (The debug build of `.ci/run` checks the arithmetic.)
    #[test]
    fn a_sentence_opening_with_its_count() {
        for text in [
            "Tientallen Turkse militairen gedood in Idlib",
            "Drie burgers gedood in Idlib.",
            "Twelve killed in Idlib air strikes.",
        ] {
            assert!(
                features(text).iter().any(|f| f.fatalities.is_some()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn collapse_ws_is_split_whitespace() {
        for s in [
            "a  b\tc\n",
            " \x0Bx\x0Cy\r\nz ",
            "Atmé\u{a0}\u{2003}b  c",
            "",
            "   ",
            "Words one space apart.",
            "two  spaces",
            " leading",
            "trailing ",
            "a\tb",
        ] {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(super::collapse_ws(s), want, "{s:?}");
        }
    }

    proptest::proptest! {
        /// Words one space apart, with at most one flaw put anywhere (a
        /// second space, a control character, a letter beyond ASCII), so
        /// that the eight-byte steps alone decide, across a step's edge too.
        #[test]
        fn plain_ascii_line_is_the_byte_test(
            words in proptest::collection::vec("[a-z]{1,6}", 1..9),
            double in 0usize..12,
            at in 0usize..64,
            flaw in "[\t\n\x7f\x1f\u{e9}]?",
        ) {
            // (Gap `double`, when there is one, is two spaces.)
            let mut s = String::new();
            for (k, w) in words.iter().enumerate() {
                if k > 0 {
                    s.push_str(if k == double { "  " } else { " " });
                }
                s.push_str(w);
            }
            let at = (0..=at.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            s.insert_str(at, &flaw);
            let b = s.as_bytes();
            let want = b.iter().all(|&c| (0x20..0x80).contains(&c)) && !s.contains("  ");
            proptest::prop_assert_eq!(super::plain_ascii_line(b), want);
        }

        #[test]
        fn collapse_ws_any_text(s in "[ab .\t\n\r\x0B\x0Cé\u{a0}\u{2003}]{0,40}") {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(super::collapse_ws(&s), want);
        }
    }
}
