//! The pipeline: one article in, its event features out; many articles in,
//! one layer out.
//!
//! Takes articles and a gazetteer. Per article: words and sentences
//! ([`crate::extract`]), mentions and their places ([`crate::resolve`]),
//! sentence by sentence cues, roles, deaths and dates
//! ([`crate::classify`]), then the article-level steps below. Gives
//! [`EventFeature`]s in text order with ids `<article>:<n>`.
//!
//! Article-level steps:
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
//!    place in the lead (first three sentences) goes to the article's focus: its most precise, most named site in its main
//!    country; placeless events elsewhere are dropped; a strong cue that
//!    no site of its sentence took is placed only by such an anaphor at
//!    most seven words after it, after a preposition of place;
//! 5. deaths reported at a place just after an event placed only around it
//!    are that event; a headline's event at a provincial capital named like
//!    its province is the province's event when the text names the province
//!    and not the city; a country- or region-level event is dropped when the
//!    article places
//!    the same event type on the same date more precisely inside it;
//! 6. an event dated only by the article (a headline) that the text dates
//!    at the same place and type one to three days earlier is that event
//!    (its count kept when the dated one has none); a headline's event whose
//!    count, type and date the text gives again at another place of the
//!    same province is that event, and one without a count at a province
//!    (or its capital named like it) that the text reports only at other
//!    places of that province is their summary; then one feature per (place, event
//!    type, date);
//! 7. a count one sentence gives for a list of places of one cue is divided
//!    evenly among those that are features, as ACLED does;
//! 8. a sentence that gives its dead only vaguely ("dozens") gives the count
//!    ACLED codes for the word to its first violent event, when none of its
//!    events has a count.
//!
//! Guarantees: the same article and gazetteer give byte-identical features;
//! a batch keeps input order whatever the number of threads.

use crate::gazetteer::FnvMap as HashMap;
use std::cell::OnceCell;
use std::io::{IsTerminal, Write};

use rayon::prelude::*;

use crate::article::{Article, PartialDate, Source};
use crate::classify::{self, EventType, Role};
use crate::extract::{self, Mention};
use crate::gazetteer::{Gazetteer, Kind, NameRef, within_km};
use crate::lexicon;
use crate::output::{EventFeature, FeatureWriter, Format, WriteError};
use crate::resolve;

mod context;
mod deaths;
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
        })
        .take(MAX_CUE_DISTANCE + 1)
        .count()
}

/// The tokens of `between` (the words between a cue and a place) that can
/// part them: all but the sides of a fight and the source of a report,
/// which say who fought and who told, not about what else ("Fighting
/// between Sudan's army and the paramilitary Rapid Support Forces raged in
/// Khartoum", "Uit het kamp Ain Issa zijn volgens de Koerdische autoriteiten
/// achthonderd mensen ontsnapt"). The sides only when `sides`, between a cue
/// and a place after it: sides after a place are those of a fight told
/// before it ("Fighting raged in Aleppo between rebels and regime
/// loyalists as helicopters dropped a barrel bomb" is far from the bomb).
fn parting_words(
    tokens: &[crate::extract::Token],
    between: std::ops::Range<usize>,
    sides: bool,
) -> impl Iterator<Item = usize> {
    let end = between.end;
    let mut skip_to = between.start;
    between.filter(move |&k| {
        if k < skip_to {
            return false;
        }
        // (By length first: "tussen", "between", "volgens", and most words
        // are of other lengths.)
        if !matches!(tokens[k].folded.len(), 6 | 7) {
            return true;
        }
        if let Some(last) = sides
            .then(|| sides_phrase(tokens, k, end))
            .flatten()
            .or_else(|| source_phrase(tokens, k, end))
        {
            skip_to = last + 1;
            return false;
        }
        true
    })
}

/// The country a demonym before a word for a settlement names in sentence
/// `s`: "het Malinese dorp Moura", "the Syrian town of …".
fn demonym_of_settlement(
    tokens: &[crate::extract::Token],
    s: &crate::extract::Sentence,
) -> Option<&'static str> {
    let range = s.tokens.clone();
    range.clone().find_map(|k| {
        let c = lexicon::demonym_of_class(tokens[k].folded, tokens[k].class)?;
        tokens[k + 1..range.end]
            .iter()
            .take(2)
            .any(|t| lexicon::place_noun(t.folded) == Some(lexicon::PlaceNoun::Settlement))
            .then_some(c)
    })
}

/// "including", "waaronder" at most twelve words before token `start`
/// (from `first`, the sentence's first word), over lowercase words and the
/// places of a list (`listed`): "including in the capital Sanaa and the
/// port city of Hodeidah". Its index.
fn including_before(
    tokens: &[crate::extract::Token],
    first: usize,
    start: usize,
    listed: impl Fn(usize) -> bool,
) -> Option<usize> {
    (start.saturating_sub(12).max(first)..start)
        .rev()
        .take_while(|&k| !tokens[k].cap || listed(k))
        .find(|&k| matches!(tokens[k].folded, "including" | "waaronder" | "inclusief"))
}

/// "between A and B", "tussen A en B" at token `k` (the phrase ending before
/// `end`): the index of its last token. B's head is a capitalised word or a
/// word for a force within six words, and B ends at the first lowercase
/// word after it that is none ("and the paramilitary Rapid Support Forces
/// raged", "and rebels including members of …", "en de rebellen"), or at
/// a preposition of place; without a head, the phrase is "between A and"
/// alone ("between 10 and 20 people").
fn sides_phrase(tokens: &[crate::extract::Token], k: usize, end: usize) -> Option<usize> {
    if !matches!(tokens[k].folded, "between" | "tussen") {
        return None;
    }
    let and = (k + 2..(k + 9).min(end)).find(|&j| matches!(tokens[j].folded, "and" | "en"))?;
    let mut last = and;
    for (j, t) in tokens
        .iter()
        .enumerate()
        .take((and + 7).min(end))
        .skip(and + 1)
    {
        if lexicon::is_locative(t.folded) || lexicon::is_cue_word(t.folded) {
            break;
        }
        if t.cap || lexicon::is_force_word(t.folded) {
            last = j;
        } else if last > and {
            break;
        }
    }
    Some(last)
}

/// "volgens de Koerdische autoriteiten", "volgens het Syrisch Observatorium
/// voor de Mensenrechten" at token `k` (ending before `end`): the index of
/// its last token, the source's noun or the last capitalised word of its
/// name. (English writes "according to …" between commas, an aside
/// already.)
fn source_phrase(tokens: &[crate::extract::Token], k: usize, end: usize) -> Option<usize> {
    if tokens[k].folded != "volgens" {
        return None;
    }
    let mut last = None;
    let mut noun = false;
    for (j, t) in tokens.iter().enumerate().take((k + 9).min(end)).skip(k + 1) {
        // (A demonym first: Dutch capitalises it, "de Koerdische
        // autoriteiten".)
        if matches!(t.folded, "de" | "het" | "een" | "van" | "voor")
            || lexicon::demonym(t.folded).is_some()
        {
            continue;
        } else if t.cap && !t.sentence_start {
            // (A name is the source's head as a noun is.)
            noun = true;
            last = Some(j);
        } else if !noun && !lexicon::is_cue_word(t.folded) && !lexicon::is_locative(t.folded) {
            noun = true;
            last = Some(j);
        } else {
            break;
        }
    }
    last
}

/// Do the words between a cue and a place after it say whom the cue's
/// event killed there: "An air strike killed 49 Nusra Front militants
/// including seven of its field commanders in Syria's Idlib province"? The
/// place where it killed is its site, however long the list of the dead.
/// (A killing verb right after the cue, the dead, then "in", "near", "at"
/// and no other content word before the place.)
fn killed_in(tokens: &[crate::extract::Token], between: std::ops::Range<usize>) -> bool {
    if between.len() < 3 || between.len() > 16 {
        return false;
    }
    let words = &tokens[between.clone()];
    let mut k = 0;
    while matches!(words[k].folded, "has" | "have" | "had" | "reportedly") && k + 1 < words.len() {
        k += 1;
    }
    if !lexicon::is_killing_verb(words[k].folded) {
        return false;
    }
    let Some(p) = words.iter().rposition(|t| {
        matches!(
            t.folded,
            "in" | "near" | "at" | "outside" | "around" | "bij" | "nabij" | "rond"
        )
    }) else {
        return false;
    };
    // (Not a relative clause's place: "killed 49 militants who had been
    // sent to reinforce positions in Raqqa". Nor another event's, after
    // its own death word: "A car bomb killed seven people in Manbij, and
    // two fighters died in an ambush near Deir ez-Zor".)
    p > k + 1
        && content_words(&words[p + 1..]) == 0
        && !words[k + 1..p]
            .iter()
            .any(|t| matches!(t.folded, "who" | "which" | "that" | "die" | "dat" | "wie"))
        && !classify::has_death_word(tokens, between.start + k + 1..between.start + p)
}

/// The events for which `keep` says so, in their order.
fn keep_where(events: Vec<Event>, keep: impl IntoIterator<Item = bool>) -> Vec<Event> {
    events
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect()
}

/// Drop every event that `into` names another for: that one takes its
/// count when it has none and `gives(dropped, kept)` holds, and quotes
/// where the count came from.
fn absorb(
    mut events: Vec<Event>,
    into: &[Option<usize>],
    gives: impl Fn(&Event, &Event) -> bool,
    sentence_text: &dyn Fn(usize) -> String,
) -> Vec<Event> {
    for (k, o) in into.iter().enumerate() {
        let Some(o) = *o else { continue };
        // (The event kept is told more precisely by the one it absorbs: a
        // headline's "Suicide bombing kills 29 at Syria-Turkey border"
        // over "the blast targeted the Atmeh refugee camp".)
        if events[k].ty.refines(events[o].ty) {
            events[o].ty = events[k].ty;
        }
        if events[o].fatalities.is_none()
            && events[k].fatalities.is_some()
            && gives(&events[k], &events[o])
        {
            events[o].fatalities = events[k].fatalities;
            if let Some(note) = count_note(&events[k], events[o].sentence, sentence_text) {
                events[o].notes.push_str(&note);
            }
        }
    }
    keep_where(events, into.iter().map(Option::is_none))
}

/// Step 7: a count one sentence reports for several places of one event
/// ("Air strikes on Kafranbel, Maarat al-Numan and Khan Sheikhoun killed 12
/// civilians", "Russian missiles hit Kharkiv and Odesa, killing five") is
/// divided evenly among the places that are still features, as ACLED codes
/// a summary toll of several locations: 4, 4 and 4; 3 and 2 (what does not
/// divide goes one each to the first places, in text order, so the counts
/// still add up to the reported one). The evidence says so.
fn divide_counts(events: &mut [Event]) {
    for k in 0..events.len() {
        let Some(n) = events[k].share else {
            continue;
        };
        let key = (events[k].sentence, events[k].cue, n);
        let of_group = |e: &Event| e.share.map(|n| (e.sentence, e.cue, n)) == Some(key);
        // (Each group once, from its first member.)
        if events[..k].iter().any(of_group) {
            continue;
        }
        let members: Vec<usize> = (k..events.len())
            .filter(|&o| of_group(&events[o]))
            .filter(|&o| events[o].fatalities.is_none() || events[o].fatalities == Some(n))
            .collect();
        // (One holds the count; a member with another count of its own,
        // merged with another event, is not counted among the places.)
        let holders = members
            .iter()
            .filter(|&&o| events[o].fatalities == Some(n))
            .count();
        if members.len() < 2 || holders != 1 {
            continue;
        }
        let m = members.len() as u32;
        for (r, &o) in members.iter().enumerate() {
            let e = &mut events[o];
            e.fatalities = Some(n / m + u32::from((r as u32) < n % m));
            e.notes.push_str(&format!(
                " [fatalities: {n} reported for {m} places, divided evenly]"
            ));
        }
    }
}

/// Step 8: a sentence that gives its dead only vaguely ("Dozens of
/// civilians were killed in air strikes on Douma") gives the count ACLED
/// codes for the word ([`classify::vague_death_count`]) to its first
/// violent event, when no event of the sentence has a count: a number the
/// text gives anywhere has gone to its event first. (One event only, not
/// each of a list: ACLED takes the most conservative reading.)
fn vague_counts(
    events: &mut [Event],
    text: &str,
    tokens: &[extract::Token],
    sentences: &[extract::Sentence],
) {
    // (Events are in text order: a sentence's stand together, unless one
    // took its place from another sentence; each sentence counts once.)
    let mut done: Vec<usize> = Vec::new();
    // (Event, count, the word.)
    let mut given: Vec<(usize, u32, usize)> = Vec::new();
    let mut at = 0;
    for group in events.chunk_by(|a, b| a.sentence == b.sentence) {
        let first = at;
        at += group.len();
        if group.iter().any(|e| e.fatalities.is_some()) || done.contains(&group[0].sentence) {
            continue;
        }
        done.push(group[0].sentence);
        let Some(d) = classify::vague_death_count(text, tokens, &sentences[group[0].sentence])
        else {
            continue;
        };
        // (The dead of a deed the sentence's event avenges are an event's
        // in that clause only: "fired rockets at Damascus in response to
        // airstrikes … on Douma which left a dozen people killed".)
        let in_clause = |pos: usize| {
            d.avenged
                .is_none_or(|a| classify::in_clause_of(text, tokens, a, pos))
        };
        if let Some(k) = (first..at)
            .filter(|&k| events[k].ty.is_violent() && in_clause(events[k].pos))
            .min_by_key(|&k| events[k].pos)
        {
            given.push((k, d.n, d.at));
        }
    }
    // (A headline's vague count that the text gives again at its place is
    // told once: "IS-strijders doden tientallen burgers in Deir ez-Zor" over
    // "… hebben … tientallen burgers geëxecuteerd".)
    // (Nor one whose place the text gives a count of its own, which is the
    // toll the headline puts vaguely: "Bombing of Syrian bus convoy kills
    // dozens outside Aleppo" over "… killed at least 22 people".)
    let place = |k: usize| events[k].at.map(|(r, _)| r.place);
    let again: Vec<bool> = given
        .iter()
        .map(|&(k, n, _)| {
            events[k].sentence == 0
                && (given
                    .iter()
                    .any(|&(o, m, _)| o != k && m == n && place(o) == place(k))
                    || events.iter().any(|o| {
                        o.sentence > 0
                            && o.fatalities.is_some()
                            && o.ty.is_violent()
                            && o.at.map(|(r, _)| r.place) == place(k)
                    }))
        })
        .collect();
    for (&(k, n, w), again) in given.iter().zip(again) {
        if again {
            continue;
        }
        let e = &mut events[k];
        e.fatalities = Some(n);
        e.notes.push_str(&format!(
            " [fatalities: \"{}\" coded {}, as ACLED codes a vague count]",
            &text[tokens[w].start..tokens[w].end],
            n
        ));
    }
}

/// The evidence's note for a count one event takes from `e`: the note `e`
/// had for it, or `e`'s own sentence when that is not `to_sentence`.
fn count_note(
    e: &Event,
    to_sentence: usize,
    sentence_text: &dyn Fn(usize) -> String,
) -> Option<String> {
    const FROM: &str = " [fatalities from: ";
    if let Some(at) = e.notes.find(FROM) {
        let end = e.notes[at + FROM.len()..]
            .find(" [")
            .map_or(e.notes.len(), |k| at + FROM.len() + k);
        return Some(e.notes[at..end].to_string());
    }
    (e.sentence != to_sentence).then(|| format!("{FROM}{}]", sentence_text(e.sentence)))
}

/// A word of an event's toll or time ([`content_words`]).
fn toll_or_time(t: &crate::extract::Token) -> bool {
    (t.class & lexicon::class::NUMBER != 0 && number_word_or_digits(t.folded))
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
    /// same sentence and cue share it ([`divide_counts`]).
    share: Option<u32>,
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
        }
    }
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

/// Does the sentence of `range` date something from the article's date: a
/// weekday, "gisteren", "yesterday", or a month, week or year after
/// "afgelopen", "vorige", "last", "this"? (Asked only of an undated
/// sentence of an article without a date.)
fn relative_date(tokens: &[extract::Token], s: &extract::Sentence) -> bool {
    // (Every such word has the date class: most sentences have none.)
    let range = s.tokens.clone();
    s.class & lexicon::class::DATE != 0
        && range.clone().any(|k| {
            let w = tokens[k].folded;
            if tokens[k].class & lexicon::class::DATE == 0 {
                return false;
            }
            lexicon::weekday(w).is_some()
                || lexicon::YESTERDAY_WORDS.contains(&w)
                || (k > range.start
                    && matches!(
                        tokens[k - 1].folded,
                        "afgelopen"
                            | "vorige"
                            | "vorig"
                            | "last"
                            | "this"
                            | "deze"
                            | "dit"
                            | "past"
                    )
                    && (lexicon::month(w).is_some() || lexicon::is_date_word(w)))
        })
}

/// The place "the city", "de stad", "het kamp" stands for in sentence
/// `si`: the last place of that kind named before the phrase, in its
/// sentence or the three before it ("Another six were killed in barrel
/// bombs in the east of the city", after a sentence on Aleppo), or in the
/// `headline`, which names the article's place ("Turkse leger neemt Afrin
/// in" … "vluchtten inwoners uit de stad"). With its role: near for "the
/// east of the city", "ten zuiden van de stad". Not "the city of X", "de
/// stad Idlib", "the city council". ("That town", "die stad": a
/// demonstrative says the same.) The phrase is looked for in `within`
/// (tokens) only, when one is given. With the token of its noun.
#[allow(clippy::too_many_arguments)]
fn anaphor_target(
    g: &Gazetteer,
    tokens: &[extract::Token],
    sentences: &[extract::Sentence],
    si: usize,
    within: Option<std::ops::Range<usize>>,
    headline: bool,
    mentions: &[Mention],
    place_of: impl Fn(usize) -> Option<NameRef>,
    role_of: impl Fn(usize) -> Role,
) -> Option<(usize, Role, usize)> {
    let s = &sentences[si];
    let definite = |k: usize| matches!(tokens[k].folded, "the" | "de" | "het");
    let name_word = |t: &extract::Token| t.cap || crate::normalize::is_article(t.folded);
    // A quarter of a city with a name the gazetteer lacks ("de wijk
    // al-Senaa", "the al-Senaa neighbourhood") lies in the city named
    // before.
    let quarter = |k: usize| {
        tokens[k].class & lexicon::class::QUARTER != 0
            && lexicon::is_quarter_noun(tokens[k].folded)
            && ((definite(k - 1) && k + 1 < s.tokens.end && name_word(&tokens[k + 1]))
                || (1..=3).any(|b| {
                    k > s.tokens.start + b
                        && definite(k - b - 1)
                        && tokens[k - b..k].iter().all(name_word)
                }))
    };
    // ("the Old City", "de oude stad": the city's old quarter.)
    let old_town = |k: usize| {
        k >= s.tokens.start + 2
            && matches!(tokens[k - 1].folded, "old" | "oude")
            && definite(k - 2)
            && matches!(tokens[k].folded, "city" | "town" | "stad")
    };
    let (from, to) = within.map_or((s.tokens.start + 1, s.tokens.end), |w| {
        (w.start.max(s.tokens.start + 1), w.end.min(s.tokens.end))
    });
    // (The noun first: most words are none.)
    let k = (from..to).find(|&k| {
        (lexicon::anaphor_noun(tokens[k].folded).is_some()
            && (matches!(
                tokens[k - 1].folded,
                "the" | "de" | "het" | "this" | "that" | "deze" | "dit" | "die" | "dat"
            ) || old_town(k))
            && (k + 1 >= s.tokens.end || {
                let n = &tokens[k + 1];
                !n.cap
                    && !matches!(n.folded, "of" | "van")
                    && !lexicon::is_anaphor_compound(n.folded)
            }))
            || quarter(k)
    })?;
    // (News calls a place of 50,000 a town or a city, but no capital of
    // millions a town, nor a city a village.)
    let noun = tokens[k].folded;
    let fits = |p: &crate::gazetteer::Place| match lexicon::anaphor_noun(noun) {
        Some(lexicon::Anaphor::Camp) => p.kind == Kind::Camp,
        _ if matches!(noun, "village" | "dorp" | "plaatsje") => {
            matches!(p.kind, Kind::Town | Kind::Village)
        }
        _ if matches!(noun, "town" | "stadje") => {
            matches!(p.kind, Kind::Town | Kind::Village)
                || (p.kind == Kind::City && p.population < 500_000)
        }
        _ => matches!(p.kind, Kind::City | Kind::Town),
    };
    // Among the sites of that kind before it: one the text introduced with
    // the same noun ("the town of Manbij in northeastern Aleppo" … "the
    // town"), else the place named most often there ("the city of Idlib"
    // twice, then a list of towns), else the last.
    let introduced = |m: &Mention| {
        tokens[m.tokens.start.saturating_sub(3)..m.tokens.start]
            .iter()
            .any(|t| t.folded == noun)
    };
    // A camp the gazetteer lacks, introduced in its town ("Uit een kamp in
    // het Noord-Syrische Ain Issa … Het kamp werd zondag beschoten", "a camp
    // at Ain Issa"), is in that town.
    // (Or named with the noun after it: "the Jenin refugee camp", "the
    // Yarmouk camp".)
    let noun_after = |m: &Mention| {
        tokens[m.tokens.end..(m.tokens.end + 2).min(sentences[m.sentence].tokens.end)]
            .iter()
            .any(|t| t.folded == noun)
    };
    let camp_in_town = |m: &Mention, p: &crate::gazetteer::Place| {
        lexicon::anaphor_noun(noun) == Some(lexicon::Anaphor::Camp)
            && p.kind.is_settlement()
            && (tokens[m.tokens.start.saturating_sub(6)..m.tokens.start]
                .iter()
                .any(|t| t.folded == noun)
                || noun_after(m))
    };
    // (Mentions come in text order: those of the three sentences before and
    // the headline's, found by search in an article of thousands.)
    let lo = mentions.partition_point(|m| m.sentence + 3 < si);
    let hi = mentions.partition_point(|m| m.tokens.start < k);
    let head = if headline {
        mentions.partition_point(|m| m.sentence == 0).min(lo)
    } else {
        0
    };
    let window: Vec<usize> = (0..head)
        .chain(lo..hi.max(lo))
        .filter(|&i| {
            let m = &mentions[i];
            m.tokens.end <= k
                && (m.sentence + 3 >= si || (headline && m.sentence == 0))
                // (Or named for an office of it: "Homs governor Talal
                // Barazi said shells hit the city"; or a camp left, named
                // so: "ontsnapt uit het kamp Ain Issa … Het kamp werd
                // getroffen door Turkse artillerie"; not the towns its
                // refugees came from: "The camp hosted refugees from Hama".)
                && (role_of(i).is_site()
                    || role_of(i) == Role::NotSite("affiliation")
                    || (role_of(i) == Role::NotSite("origin")
                        && lexicon::anaphor_noun(noun) == Some(lexicon::Anaphor::Camp)
                        && (introduced(m) || noun_after(m))))
                && place_of(i).is_some_and(|r| {
                    let p = g.place(r);
                    fits(&p) || camp_in_town(m, &p)
                })
        })
        .collect();
    // (A site of the phrase's own sentence before others: "five air raids
    // on Jisr al-Shigour in Idlib province while a car bomb exploded
    // outside a mosque in the city", after a sentence naming Damascus.)
    let i = window.iter().copied().max_by_key(|&i| {
        let place = |j: usize| place_of(j).map(|r| r.place);
        let same = window.iter().filter(|&&j| place(j) == place(i)).count();
        let own = mentions[i].sentence == si && role_of(i).is_site();
        (introduced(&mentions[i]), own, same, i)
    })?;
    // "in the east of the city", "ten zuiden van de stad".
    let near = k >= s.tokens.start + 3
        && matches!(tokens[k - 2].folded, "of" | "van")
        && lexicon::is_direction(tokens[k - 3].folded);
    // (A camp introduced beside its town, "a refugee camp located east of
    // Maarat al-Numaan", is near the town.)
    let beside = role_of(i) == Role::Near
        && lexicon::anaphor_noun(noun) == Some(lexicon::Anaphor::Camp)
        && g.place(place_of(i)?).kind.is_settlement();
    Some((
        i,
        if near || beside {
            Role::Near
        } else {
            Role::Site
        },
        k,
    ))
}

/// The place a locative pro-form of sentence `si`, at most eight words
/// before the event's cue at `cue` or five after it, stands for ("Daar
/// kwamen zondag bij gevechten tien strijders om", "Heavy fighting raged
/// there"; not "Fighting in the province has left civilians there …"): the
/// last site, or destination, named before it in its sentence or in the
/// sentence before, with its role.
fn proform_target(
    tokens: &[extract::Token],
    sentences: &[extract::Sentence],
    si: usize,
    cue: usize,
    mentions: &[Mention],
    role_of: impl Fn(usize) -> Role,
) -> Option<(usize, Role)> {
    let s = &sentences[si];
    // (Eight words before: Dutch puts "daar" early and the cue last, "zijn
    // daar gisteren vijf burgers gedood door Turkse artillerie".)
    let k = (cue.saturating_sub(8).max(s.tokens.start)..(cue + 6).min(s.tokens.end))
        .find(|&k| locative_proform(tokens, s, k))?;
    // "in its outskirts", "aan de rand ervan" is near it.
    let outskirts = matches!(tokens[k].folded, "its" | "zijn" | "haar");
    let i = (0..mentions.len())
        .rev()
        .filter(|&i| {
            let m = &mentions[i];
            (m.sentence == si && m.tokens.end <= k) || m.sentence + 1 == si
        })
        .find(|&i| role_of(i).is_site() || role_of(i) == Role::NotSite("destination"))?;
    Some((
        i,
        if outskirts || role_of(i) == Role::Near {
            Role::Near
        } else {
            Role::Site
        },
    ))
}

/// Is word `k` of sentence `s` "there" or "daar" standing for a place? Not
/// the existential "there were", "There is"; not "from there"; not Dutch
/// "daar" with its preposition at the clause's end ("Daar kwam in 2013
/// verandering in", "daar is hij het mee eens"). Or a possessive before the
/// edge of a place: "clashes were still going on in its outskirts", "in
/// zijn buitenwijken".
fn locative_proform(tokens: &[extract::Token], s: &extract::Sentence, k: usize) -> bool {
    let t = &tokens[k];
    let prev = (k > s.tokens.start).then(|| tokens[k - 1].folded);
    match t.folded {
        "its" | "zijn" | "haar" => {
            matches!(prev, Some("in" | "on" | "at" | "aan" | "op"))
                && tokens
                    .get(k + 1)
                    .filter(|_| k + 1 < s.tokens.end)
                    .is_some_and(|n| {
                        matches!(
                            n.folded,
                            "outskirts" | "suburbs" | "edge" | "edges" | "rand" | "buitenwijken"
                        )
                    })
        }
        "there" => {
            !t.cap
                && !matches!(prev, Some("from" | "over" | "out" | "here" | "in"))
                && !tokens
                    .get(k + 1)
                    .filter(|_| k + 1 < s.tokens.end)
                    .is_some_and(|n| lexicon::is_existential_verb(n.folded))
        }
        "daar" => {
            !matches!(prev, Some("van" | "vanaf" | "tot"))
                && !lexicon::is_pronominal_particle(tokens[s.tokens.end - 1].folded)
        }
        _ => false,
    }
}

/// Does the text, past its headline, tell an event of `e`'s type at `e`'s
/// place?
fn told_in_text_at_its_place(events: &[Event], e: &Event) -> bool {
    let place = e.at.unwrap().0.place;
    events
        .iter()
        .any(|o| o.sentence > 0 && o.ty.kin(e.ty) && o.at.unwrap().0.place == place)
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

/// How close (km) the sites of a lead's country-wide event must stand to
/// one another to locate it when they lie in several provinces.
const ONE_AREA_KM: f64 = 50.0;

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
        _ => within_km((i.lat, i.lon), (o.lat, o.lon), 250.0),
    }
}

/// A province or a region of one country ("de provincie Idlib", "Eastern
/// Ghouta"): an area, but not a country nor one that spans countries.
fn province_in_country(p: crate::gazetteer::Place) -> bool {
    matches!(p.kind, Kind::Admin1 | Kind::Region) && !p.country.is_empty()
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
    reports::after_strikes(&tokens, &sentences, &mut reports);
    let mentions = extract::find_mentions(g, text, &tokens, &sentences);
    let adate = article.date;
    let cx = context::Ctx::new(g, text, &tokens, &sentences, &mentions, adate);
    let headline = cx.headline;
    let place_of = |i: usize| cx.place_of(i);
    let role_of = |i: usize| cx.role_of(i);
    let sentence_text = |si: usize| cx.sentence_text(si);
    let retold = |si: usize, at: usize| cx.retold(si, at);
    let told = sentences::read(&cx, &reports);
    let sentences::Told {
        mut events,
        placeless,
        stranded,
        refiners,
    } = told;

    // Step 3: country-level and placeless events move to the place of "the
    // operation" when the article gives one.
    let refine_target = |ev_sentence: usize, within: Option<NameRef>| -> Option<usize> {
        let mut best: Option<(usize, usize)> = None; // (distance in sentences, mention)
        for (si, sites) in &refiners {
            let Some(&i) = sites
                .iter()
                .filter(|&&i| kind_rank(g.place(place_of(i).unwrap()).kind) == 0)
                .find(|&&i| within.is_none_or(|w| inside(g, place_of(i).unwrap(), w)))
            else {
                continue;
            };
            let d = si.abs_diff(ev_sentence);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, i));
            }
        }
        best.map(|(_, i)| i)
    };
    // Move an event to mention `i`, quoting the sentence the place came from.
    let relocate = |e: &mut Event, i: usize, label: &str| {
        e.at = Some((place_of(i).unwrap(), i));
        e.role = role_of(i);
        // (The evidence is the event's sentence: a place from that same
        // sentence needs no note.)
        if mentions[i].sentence != e.sentence {
            e.notes.push_str(&format!(
                " [{label}: {}]",
                sentence_text(mentions[i].sentence)
            ));
        }
    };
    for e in events.iter_mut() {
        let (place, _) = e.at.unwrap();
        if g.place(place).kind == Kind::Country
            && let Some(i) = refine_target(e.sentence, Some(place))
        {
            relocate(e, i, "place from");
        }
    }
    // Step 3b: an event of the lead that the text puts only in a country or
    // a region ("a car bomb in eastern Syria") goes where the sites named
    // inside that area in the sentences around it point, when they all lie
    // in one province ("… in Deir Ezzor province") or close together: the
    // most precise, then most named of them, as near.
    for e in events.iter_mut() {
        let (area, _) = e.at.unwrap();
        if !matches!(g.place(area).kind, Kind::Country | Kind::Region) {
            continue;
        }
        // Only in the lead, and only from sentences close by: further on,
        // an article names other places for other reasons.
        if e.sentence >= 3 {
            continue;
        }
        let area_country = g.place(area).country;
        let inner: Vec<usize> = (0..mentions.len())
            .filter(|&i| {
                let m = &mentions[i];
                // (The distance first: the role needs the mention's place.)
                m.sentence.abs_diff(e.sentence) <= 2
                    && role_of(i).is_site()
                    && place_of(i)
                        .is_some_and(|r| inside(g, r, area) && g.place(r).country == area_country)
                    // (Not the place of a deed its own sentence says the
                    // event avenges: "airstrikes in Iraq … in retaliation
                    // for a rocket attack … near Kirkuk".)
                    && (m.sentence != e.sentence
                        || classify::avenged(
                            text,
                            &tokens,
                            sentences[m.sentence].tokens.start,
                            m.tokens.start,
                        )
                        .is_none_or(|a| a < e.pos))
            })
            .collect();
        let mut provinces: Vec<&str> = inner
            .iter()
            .filter_map(|&i| g.place(place_of(i).unwrap()).admin1())
            .collect();
        provinces.sort_unstable();
        provinces.dedup();
        // (Or in two whose sites stand close together: Damascus and Douma,
        // ten kilometres apart, are in two governorates.)
        let close_together = || {
            inner.iter().all(|&a| {
                let pa = g.place(place_of(a).unwrap());
                inner.iter().all(|&b| {
                    let pb = g.place(place_of(b).unwrap());
                    within_km((pa.lat, pa.lon), (pb.lat, pb.lon), ONE_AREA_KM)
                })
            })
        };
        if provinces.is_empty()
            || (provinces.len() > 1 && !close_together())
            || inner
                .iter()
                .any(|&i| g.place(place_of(i).unwrap()).admin1().is_none())
        {
            continue;
        }
        let count = |r: NameRef| {
            inner
                .iter()
                .filter(|&&i| place_of(i).unwrap().place == r.place)
                .count()
        };
        let best = inner.iter().copied().min_by_key(|&i| {
            let r = place_of(i).unwrap();
            (kind_rank(g.place(r).kind), std::cmp::Reverse(count(r)), i)
        });
        if let Some(i) = best {
            relocate(e, i, "place from");
            e.role = Role::Near;
        }
    }
    // Step 4: placeless events. The focus stands in only for an article
    // that locates no event at a settlement: otherwise the lead's placeless
    // event is most likely about somewhere else than the sites the article
    // names. (An event "near the Euphrates" or in a province does not say
    // where the lead's air strikes were.)
    let any_located = events
        .iter()
        .any(|e| kind_rank(g.place(e.at.unwrap().0).kind) == 0);
    // (Found only when a placeless event of the lead asks for it.)
    let focus = OnceCell::new();
    for mut e in placeless {
        // A placeless event takes the place of "the operation" only from a
        // sentence close by, and only a violent one.
        let near_refiner = refine_target(e.sentence, None)
            .filter(|&i| mentions[i].sentence.abs_diff(e.sentence) <= 3 && e.ty.is_violent());
        if let Some((i, role)) = anaphor_target(
            g, &tokens, &sentences, e.sentence, None, headline, &mentions, place_of, role_of,
        )
        .map(|(i, role, _)| (i, role))
        .or_else(|| proform_target(&tokens, &sentences, e.sentence, e.pos, &mentions, role_of))
        {
            relocate(&mut e, i, "the place named before");
            e.role = role;
        } else if let Some(i) = near_refiner {
            relocate(&mut e, i, "place from");
        } else if e.sentence < 3 && !any_located && e.ty.is_violent() {
            // (Not in another country than the one its sentence puts the
            // event in: "Bij een bloedbad in het Malinese dorp Moura", a
            // village the gazetteer lacks, is no event in Burkina Faso, the
            // focus of the article's other events.)
            let elsewhere = |i: usize| {
                demonym_of_settlement(&tokens, &sentences[e.sentence])
                    .is_some_and(|c| g.place(place_of(i).unwrap()).country != c)
            };
            match *focus.get_or_init(|| {
                let roles: Vec<Role> = (0..mentions.len()).map(role_of).collect();
                let places: Vec<Option<NameRef>> = (0..mentions.len()).map(place_of).collect();
                focus_site(g, &tokens, &mentions, &places, &roles)
            }) {
                Some(i) if !elsewhere(i) => {
                    relocate(&mut e, i, "place: the article's focus, from");
                    // Located by inference: never more precise than "near".
                    e.role = Role::Near;
                }
                _ => continue,
            }
        } else {
            let before = |o: &Event| o.sentence < e.sentence && o.sentence + 2 >= e.sentence;
            // An event that tells, where no place is named, how the one
            // told just before was carried out is that event, which takes
            // its type (`EventType::refines`): "Thousands marched through
            // central Beirut. Police fired tear gas at demonstrators near
            // parliament" is one protest with intervention; "Bij een
            // aanslag in Quetta … Een zelfmoordterrorist blies zichzelf op
            // op het treinstation" one suicide bombing, as a suicide bomb
            // told with an attack in one sentence is.
            let tells_how = |o: EventType| {
                e.ty.refines(o) || (e.ty == EventType::SuicideBomb && o == EventType::Attack)
            };
            if let Some(o) = events
                .iter_mut()
                .rev()
                .find(|o| tells_how(o.ty) && before(o))
            {
                o.ty = e.ty;
                o.fatalities = o.fatalities.or(e.fatalities);
                o.notes
                    .push_str(&format!(" [how: {}]", sentence_text(e.sentence)));
                continue;
            }
            // Dropped; but its count, when it has one, is that of the event
            // of its type told just before: "Russian warplanes hit targets
            // near Homs. A U.S. official said the jets hit areas held by
            // rebels. Activists said 36 people were killed."
            // (Only for an event it names as one told before: "the jets",
            // "de aanvallen".)
            let definite = e.pos > sentences[e.sentence].tokens.start
                && matches!(
                    tokens[e.pos - 1].folded,
                    "the" | "these" | "those" | "de" | "deze" | "die"
                );
            // (Of its type or of its ACLED event type: "heroverden rebellen
            // het dorp Kafr Nabuda. … kwamen bij de gevechten 42 strijders
            // om" are the capture's dead, a battle's.)
            let same_acled_type = |o: EventType| {
                o == e.ty || (o.acled().0.is_some() && o.acled().0 == e.ty.acled().0)
            };
            // (Its own type first.)
            let at = events
                .iter()
                .rposition(|o| o.ty == e.ty && before(o))
                .or_else(|| {
                    events
                        .iter()
                        .rposition(|o| same_acled_type(o.ty) && before(o))
                });
            if let Some(n) = e.fatalities
                && definite
                && let Some(o) = at.map(|k| &mut events[k])
                && o.fatalities.is_none()
            {
                o.fatalities = Some(n);
                if e.notes.is_empty() {
                    o.notes.push_str(&format!(
                        " [fatalities from: {}]",
                        sentence_text(e.sentence)
                    ));
                } else {
                    o.notes.push_str(&e.notes);
                }
            }
            continue;
        }
        events.push(e);
    }
    // (A stranded cue's phrase of place stands at most seven words after it,
    // after a preposition of place: "fighting continued in the Old City",
    // "shelling on the town"; a place left after "from", "uit" for a
    // withdrawal or a flight. Not "a fierce battle to defend the town", "the
    // rebels seized the east of the city", which say no more where.)
    for mut e in stranded {
        let window = e.pos + 1..e.pos + 8;
        if let Some((i, role, k)) = anaphor_target(
            g,
            &tokens,
            &sentences,
            e.sentence,
            Some(window),
            headline,
            &mentions,
            place_of,
            role_of,
        ) && {
            // (The preposition before the noun's article, or before "the
            // old" of "the Old City".)
            let first = sentences[e.sentence].tokens.start;
            let article = (1..=2)
                .filter_map(|b| k.checked_sub(b).filter(|&a| a > first))
                .find(|&a| lexicon::is_definite_singular(tokens[a].folded));
            // (`a > first`: a word before it in the sentence.)
            article.is_some_and(|a| {
                let w = tokens[a - 1].folded;
                lexicon::is_locative(w)
                    || matches!(w, "around" | "near" | "bij" | "nabij")
                    || (matches!(w, "from" | "uit")
                        && matches!(
                            e.ty,
                            EventType::Withdrawal | EventType::Escape | EventType::Displacement
                        ))
            })
        } {
            relocate(&mut e, i, "the place named before");
            e.role = role;
            events.push(e);
        }
    }

    // Step 5a: deaths reported at a place right after an event at that place,
    // or at a country or region around it ("de gifgasaanval in Syrië … Ten
    // zuiden van Idlib kwamen zeventig mensen om"), are that event: the
    // casualties take its type (step 5 then drops the coarse one), or give it
    // their count.
    let mut absorbed = vec![false; events.len()];
    for k in 0..events.len() {
        let (p, _) = events[k].at.unwrap();
        if events[k].ty != EventType::Casualties || g.place(p).kind.is_area() {
            continue;
        }
        let (si, date) = (events[k].sentence, events[k].date);
        let earlier = (0..events.len())
            .filter(|&o| {
                let e = &events[o];
                let at = e.at.unwrap().0;
                e.ty.is_violent()
                    && e.ty != EventType::Casualties
                    && e.sentence < si
                    && e.sentence + 2 >= si
                    && e.date == date
                    && (at.place == p.place || (g.place(at).kind.is_area() && inside(g, p, at)))
            })
            .max_by_key(|&o| events[o].sentence);
        if let Some(o) = earlier {
            if events[o].at.unwrap().0.place == p.place {
                if events[o].fatalities.is_none() {
                    events[o].fatalities = events[k].fatalities;
                }
                absorbed[k] = true;
            } else {
                events[k].ty = events[o].ty;
            }
        }
    }
    let events = keep_where(events, absorbed.iter().map(|gone| !gone));
    // Step 5 first: a headline's event at a provincial capital named like
    // its province ("Bombardementen in Idlib") that the text reports in the
    // province by name ("bombardementen in het zuiden van de provincie
    // Idlib"), and not at the city, names the province: it is that event,
    // which would otherwise go as the coarse duplicate of the city's.
    // (How many days before the article's date a date lies.)
    let days_before = |d: Option<PartialDate>| -> Option<i64> { Some(adate?.days()? - d?.days()?) };
    let province_named: Vec<Option<usize>> = events
        .iter()
        .map(|e| {
            if !headline || e.sentence != 0 {
                return None;
            }
            let (r, _) = e.at.unwrap();
            let p = g.place(r);
            if !p.named_like_its_province() || told_in_text_at_its_place(&events, e) {
                return None;
            }
            events.iter().position(|o| {
                let q = g.place(o.at.unwrap().0);
                o.sentence > 0
                    && o.ty.kin(e.ty)
                    && q.kind == Kind::Admin1
                    && q.country == p.country
                    && q.admin1() == p.admin1()
                    && (o.date == e.date
                        || (!e.dated
                            && e.date == adate
                            && days_before(o.date)
                                .is_some_and(|b| (0..=HEADLINE_DAYS).contains(&b))))
            })
        })
        .collect();
    let events = absorb(events, &province_named, |_, _| true, &sentence_text);
    // Step 5: drop coarse duplicates of precise events, which take their
    // count when they have none ("zeker 33 Turkse militairen" killed in an
    // air strike "in de provincie Idlib", under a headline's "luchtaanval in
    // Idlib").
    let finer: Vec<Option<usize>> = events
        .iter()
        .map(|e| {
            let (p, _) = e.at.unwrap();
            if !g.place(p).kind.is_area() {
                return None;
            }
            // (Deaths at an area are those of a violent event its sentence
            // puts inside it, whatever its type: "30 militants were killed
            // around the town of Shadadi in northeastern Hasakeh", after
            // the lead's air strikes.)
            let same = |o: &Event| {
                o.ty.kin(e.ty)
                    || (e.ty == EventType::Casualties
                        && mentions[o.at.unwrap().1].sentence == e.sentence
                        && o.ty.is_violent())
            };
            events
                .iter()
                .position(|o| same(o) && o.date == e.date && inside(g, o.at.unwrap().0, p))
        })
        .collect();
    // (Only a province's or a region's count, given to an event of its own
    // sentence or of the headline: a country holds every event, and a
    // province's count further on is as often another event's, "12 aid
    // workers … in Aleppo province" beside the city's 39.)
    let events = absorb(
        events,
        &finer,
        |gone, kept| {
            g.place(gone.at.unwrap().0).kind != Kind::Country
                && (kept.sentence == gone.sentence
                || mentions[kept.at.unwrap().1].sentence == gone.sentence
                || kept.sentence == 0
                // (Both in the lead, the first three sentences: its event
                // told twice, "Warplanes carried out six strikes in the
                // village of Hass" and "Airstrikes on Syria's rebel-held
                // Idlib province hit a school … killing at least 26".)
                || (kept.sentence < 3 && gone.sentence < 3))
        },
        &sentence_text,
    );

    // Step 5c: an event told again by a definite singular ("The strike in
    // the Jobar district came amid rising tensions", "De aanval op het
    // vliegveld Mezzeh") at a part of a town (a district, an airbase, a
    // camp, a landmark) where an earlier event of its type and date stands
    // at the town, or the other way round, is that one event: it stands at
    // the part, the finer place, with the count told first. (Only where
    // one such event stands before it: two are two events.)
    let part_of_town = |part: NameRef, town: NameRef| {
        let (p, t) = (g.place(part), g.place(town));
        p.kind.is_part_of_town()
            && matches!(t.kind, Kind::City | Kind::Town | Kind::Village)
            && p.country == t.country
            && within_km((p.lat, p.lon), (t.lat, t.lon), resolve::CITY_PART_KM)
    };
    let mut retold_in: Vec<Option<usize>> = vec![None; events.len()];
    for (k, e) in events.iter().enumerate() {
        // (A generic word too, "the strike", "de aanval": the definite
        // article makes it the event told.)
        if retold_in[k].is_some()
            || mentions[e.at.unwrap().1].sentence != e.sentence
            || !retold(e.sentence, e.cue as usize)
        {
            continue;
        }
        let (here, _) = e.at.unwrap();
        let before: Vec<usize> = (0..k)
            .filter(|&o| {
                let (there, _) = events[o].at.unwrap();
                events[o].sentence < e.sentence
                    && events[o].ty.kin(e.ty)
                    && events[o].date == e.date
                    && retold_in[o].is_none()
                    && (part_of_town(here, there) || part_of_town(there, here))
            })
            .collect();
        let Some(&first) = before.first() else {
            continue;
        };
        let there = events[first].at.unwrap().0;
        // (One telling: the cues of one sentence at one place.)
        if before.iter().any(|&o| {
            events[o].at.unwrap().0.place != there.place
                || events[o].sentence != events[first].sentence
        }) {
            continue;
        }
        if part_of_town(here, there) {
            // (The town's event, told with one cue or several, goes into
            // the part's.)
            for o in before {
                retold_in[o] = Some(k);
            }
        } else {
            retold_in[k] = Some(first);
        }
    }
    let mut events = absorb(events, &retold_in, |_, _| true, &sentence_text);

    // Step 6a: an event dated only by the article (a headline, "Air strikes
    // kill dozens in Atareb") is the event of the same type at the same
    // place that the text dates up to HEADLINE_DAYS before the article
    // ("Three strikes hit the town of Atareb on Monday"): it gives that one
    // its count when it has none, and goes.
    let undated_twin = |e: &Event| -> Option<usize> {
        let a = adate?.days()?;
        if e.dated || e.date != adate {
            return None;
        }
        let same = |o: &&Event| o.ty.kin(e.ty) && o.at.unwrap().0.place == e.at.unwrap().0.place;
        // (Not when the text also dates such an event on the article's day,
        // which the headline may be, nor when it dates two: "40 killed in
        // rocket attacks on Aleppo" over Friday's 2 and Saturday's 5.)
        let mut dates = events
            .iter()
            .filter(same)
            .filter(|o| o.dated)
            .map(|o| o.date.and_then(|d| d.days()));
        let first = dates.next()??;
        if first >= a || a - first > HEADLINE_DAYS || dates.any(|d| d != Some(first)) {
            return None;
        }
        let k = events.iter().position(|o| same(&o) && o.dated)?;
        // (Past the lead, another count its own sentence gives is another
        // event: "Rebels shelled Mhardeh on Thursday, killing two" and,
        // later, "rebels shelled Mhardeh, killing four"; not one told as
        // the event before, "The blast …", nor a headline's or the lead's
        // count, which may be the toll as it rose.)
        let own_count = reports[e.sentence]
            .deaths
            .is_some_and(|d| Some(d.n) == e.fatalities);
        let definite = retold(e.sentence, e.cue as usize);
        let other = events[k]
            .fatalities
            .is_some_and(|n| e.fatalities != Some(n));
        if e.sentence >= 3 && own_count && other && !definite {
            return None;
        }
        Some(k)
    };
    // A headline's generic event ("Doden bij aanslag in Afrin", an attack,
    // "Turkse aanval op Serêkaniyê", a weak cue's, or deaths with no
    // clearer type) is the one violent event the text
    // dates at its place on the article's day or up to HEADLINE_DAYS before
    // ("Bij de ontploffing van een bomauto … in Afrin zijn dinsdag zeker
    // veertig mensen omgekomen").
    let generic_twin = |e: &Event| -> Option<usize> {
        if !headline
            || e.sentence != 0
            || e.dated
            || !(e.weak || matches!(e.ty, EventType::Attack | EventType::Casualties))
        {
            return None;
        }
        let place = e.at.unwrap().0.place;
        // (Or an undated one with the headline's count: "Gunman kills 39
        // at Istanbul nightclub" over "opened fire at an Istanbul
        // nightclub …, killing 39 people".)
        let mut found = events.iter().enumerate().filter(|(_, o)| {
            o.sentence > 0
                && o.ty.is_violent()
                && o.at.unwrap().0.place == place
                && if o.dated {
                    days_before(o.date).is_some_and(|b| (0..=HEADLINE_DAYS).contains(&b))
                } else {
                    o.date == e.date && o.fatalities.is_some() && o.fatalities == e.fatalities
                }
        });
        let (k, o) = found.next()?;
        // (Only one kind of event there: two are two events the headline
        // may sum up.)
        found
            .all(|(_, x)| x.ty == o.ty && x.date == o.date)
            .then_some(k)
    };
    let twins: Vec<Option<usize>> = events
        .iter()
        .map(|e| undated_twin(e).or_else(|| generic_twin(e)))
        .collect();
    // (A count the twin's sentence gives another event at its place is
    // told once: "Bij luchtaanvallen en artilleriebeschietingen op
    // Oost-Ghouta zijn maandag 100 burgers omgekomen" gives the air strikes
    // its 100, not the shelling a headline's "honderd doden" again.)
    for k in 0..events.len() {
        let Some(o) = twins[k] else { continue };
        let (n, to) = (events[k].fatalities, &events[o]);
        if n.is_some()
            && to.fatalities.is_none()
            && events.iter().any(|x| {
                x.sentence == to.sentence
                    && x.fatalities == n
                    && x.at.unwrap().0.place == to.at.unwrap().0.place
            })
        {
            events[k].fatalities = None;
        }
    }
    let mut events = absorb(events, &twins, |_, _| true, &sentence_text);

    // Step 6b: a headline's event with a count that the text reports with
    // the same count, the same type and date at another place of the same
    // province is that event, placed more precisely: "Russian-backed forces
    // seize key town in Idlib as strikes kill 12" over "air strikes on the
    // nearby city of Sarmin killed at least 12 civilians". (An undated
    // headline's date is the article's: the text may date the event up to
    // HEADLINE_DAYS before, "Regime airstrikes on Saturday on … Rastan in
    // Homs province have killed three children" under "Three children
    // killed in regime airstrikes on Homs".)
    if headline {
        let same_date = |e: &Event, o: &Event| {
            o.date == e.date
                || (!e.dated
                    && o.dated
                    && e.date == adate
                    && days_before(o.date).is_some_and(|b| (1..=HEADLINE_DAYS).contains(&b)))
        };
        let province = |e: &Event| {
            let p = g.place(e.at.unwrap().0);
            p.admin1().map(|a| (p.country, a))
        };
        // (Each gives the event it is told again in, or sums up.)
        let told_again = |e: &Event| {
            if e.sentence != 0 || e.fatalities.is_none() || province(e).is_none() {
                return None;
            }
            events.iter().position(|o| {
                o.sentence > 0
                    && o.ty.kin(e.ty)
                    && same_date(e, o)
                    && o.fatalities == e.fatalities
                    && o.at.unwrap().0.place != e.at.unwrap().0.place
                    && province(o) == province(e)
            })
        };
        // A headline's event without a count at a province, or at the
        // provincial capital named like it, that the text reports only at
        // other places of that province is their summary: "Luchtaanvallen
        // in Idlib" over "Bij luchtaanvallen op Kafranbel en Maarat
        // al-Numan zijn maandag twaalf burgers omgekomen".
        let summed_up = |e: &Event| {
            if e.sentence != 0 || e.fatalities.is_some() {
                return None;
            }
            let (r, _) = e.at.unwrap();
            let p = g.place(r);
            if !((matches!(p.kind, Kind::Admin1 | Kind::Region) || p.named_like_its_province())
                && province(e).is_some()
                && !told_in_text_at_its_place(&events, e))
            {
                return None;
            }
            events.iter().position(|o| {
                o.sentence > 0
                    && o.ty.kin(e.ty)
                    && same_date(e, o)
                    && o.at.unwrap().0.place != r.place
                    && province(o) == province(e)
            })
        };
        // (Neither has a count to give: the headline's is the same, or
        // none.)
        let again: Vec<Option<usize>> = events
            .iter()
            .map(|e| told_again(e).or_else(|| summed_up(e)))
            .collect();
        events = absorb(events, &again, |_, _| true, &sentence_text);
    }

    // Step 6: one feature per (place, type, date), in text order. An
    // event of a type another at its place and date refines is that
    // event: "A suicide bomber blew himself up at a checkpoint in
    // Hasakah. … The blast killed 16" is one suicide bombing.
    // (Asked only of an article with a type that refines another: most
    // have none.)
    let refining = events
        .iter()
        .any(|o| EventType::ALL.iter().any(|&g| o.ty.refines(g)));
    let refined: Vec<Option<EventType>> = events
        .iter()
        .map(|e| {
            if !refining {
                return None;
            }
            let at = e.at.unwrap().0.place;
            events
                .iter()
                .find(|o| o.ty.refines(e.ty) && o.date == e.date && o.at.unwrap().0.place == at)
                .map(|o| o.ty)
        })
        .collect();
    for (e, ty) in events.iter_mut().zip(refined) {
        if let Some(ty) = ty {
            e.ty = ty;
        }
    }
    events.sort_by_key(|e| (e.pos, e.sentence, e.ty));
    let mut merged: Vec<Event> = Vec::new();
    let mut index: HashMap<(u32, EventType, Option<PartialDate>), usize> = HashMap::default();
    for e in events {
        let key = (e.at.unwrap().0.place, e.ty, e.date);
        match index.get(&key) {
            Some(&k) => {
                let f = &mut merged[k];
                if f.fatalities.is_none()
                    && let Some(n) = e.fatalities
                {
                    f.fatalities = Some(n);
                    // (The evidence quotes where the count came from: the
                    // merged event's sentence, or the one it took it from.)
                    if let Some(note) = count_note(&e, f.sentence, &sentence_text) {
                        f.notes.push_str(&note);
                    }
                }
                if f.role == Role::Near && e.role == Role::Site {
                    f.role = Role::Site;
                }
            }
            None => {
                index.insert(key, merged.len());
                merged.push(e);
            }
        }
    }

    divide_counts(&mut merged);
    vague_counts(&mut merged, text, &tokens, &sentences);

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
                &(sentence_text(e.sentence) + &e.notes),
                &article.id,
            )
        })
        .collect();

    if config.all_mentions {
        let mut seen: Vec<u32> = merged.iter().map(|e| e.at.unwrap().0.place).collect();
        for (i, m) in mentions.iter().enumerate() {
            let Some(r) = place_of(i) else { continue };
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

/// The article's focus site: the most precise, then most named, then first
/// site in the article's main country (counted from every mention and
/// demonym, so that "Syrische vluchteling … Ahmad" is about Syria whatever
/// else it names).
fn focus_site(
    g: &Gazetteer,
    tokens: &[crate::extract::Token],
    mentions: &[Mention],
    places: &[Option<NameRef>],
    roles: &[Role],
) -> Option<usize> {
    let mut by_country: HashMap<&str, f64> = HashMap::default();
    for r in places.iter().flatten() {
        *by_country.entry(g.place(*r).country).or_default() += 1.0;
    }
    for t in tokens
        .iter()
        .filter(|t| t.class & lexicon::class::DEMONYM != 0)
    {
        if let Some(cc) = lexicon::demonym(t.folded) {
            *by_country.entry(cc).or_default() += 1.0;
        }
    }
    let main = by_country
        .iter()
        .filter(|(c, _)| !c.is_empty())
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(c, _)| *c)?;
    let sites: Vec<usize> = (0..mentions.len())
        .filter(|&i| roles[i].is_site() && places[i].is_some_and(|r| g.place(r).country == main))
        .collect();
    let mut counts: HashMap<u32, usize> = HashMap::default();
    for &i in &sites {
        *counts.entry(places[i].unwrap().place).or_default() += 1;
    }
    sites.iter().copied().min_by_key(|&i| {
        let r = places[i].unwrap();
        (
            kind_rank(g.place(r).kind),
            std::cmp::Reverse(counts[&r.place]),
            i,
        )
    })
}

/// Is the mention governed by one of `preps` (skipping articles, demonyms
/// and place nouns before it)?
fn governed_by(tokens: &[crate::extract::Token], m: &Mention, preps: &[&str]) -> bool {
    let mut k = m.tokens.start;
    while k > 0 {
        k -= 1;
        let w = tokens[k].folded;
        if matches!(w, "de" | "het" | "the")
            || lexicon::demonym_of_class(w, tokens[k].class).is_some()
            || lexicon::place_noun(w).is_some()
        {
            continue;
        }
        return preps.contains(&w);
    }
    false
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
    /// The words a phrase of sides or of a source leaves to part a cue
    /// from its place, table-driven: (text, the words left, sides too).
    #[test]
    fn parting_words_leave_out_sides_and_sources() {
        let cases: &[(&str, &str, bool)] = &[
            (
                "between Sudan's army and the paramilitary Rapid Support Forces raged in the capital",
                "raged in the capital",
                true,
            ),
            // B ends at the first lowercase word after its head.
            (
                "between regime elements and rebels including members of Nusra",
                "including members of Nusra",
                true,
            ),
            ("tussen het leger en de rebellen in", "in", true),
            // No head after "and": the phrase is "between A and".
            ("between 10 and 20 people in", "20 people in", true),
            // Sides only where asked (a cue before the place).
            (
                "between rebels and regime loyalists as helicopters dropped",
                "between rebels and regime loyalists as helicopters dropped",
                false,
            ),
            (
                "zijn volgens de Koerdische autoriteiten bijna achthonderd familieleden",
                "zijn bijna achthonderd familieleden",
                false,
            ),
            (
                "kwamen volgens het Syrisch Observatorium voor de Mensenrechten zeker twaalf strijders",
                "kwamen zeker twaalf strijders",
                true,
            ),
        ];
        for &(text, want, sides) in cases {
            let mut arena = String::new();
            let (tokens, _) = crate::extract::tokenize(text, &mut arena);
            let left: Vec<&str> = super::parting_words(&tokens, 0..tokens.len(), sides)
                .map(|k| &text[tokens[k].start..tokens[k].end])
                .collect();
            let want: Vec<&str> = want.split(' ').collect();
            assert_eq!(left, want, "{text:?}");
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
