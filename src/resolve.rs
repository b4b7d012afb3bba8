//! Resolution: which gazetteer place each mention means.
//!
//! Takes the mentions of one article (each with every candidate place) and
//! the article's words. Gives one chosen place per mention, or none when no
//! candidate is plausible.
//!
//! Rules, in the order they weigh (see DESIGN.md for the numbers):
//! 1. match quality: an exact-key match beats a phonetic one, and phonetic
//!    matches rank by string similarity;
//! 2. cue words around the name: "provincie Idlib", "Idlib-provincie",
//!    "regio", "governorate" choose the province; "stad", "dorp", "town"
//!    a settlement; "kamp" a camp; "vliegbasis" an airbase;
//! 3. the article's country focus, counted from unambiguous mentions and
//!    demonyms ("Syrische", "Turkse");
//! 4. closeness to the other places the article names unambiguously (the
//!    Nairab near Saraqib, not the one by Aleppo, in an article about Idlib);
//! 5. a static prior: countries over towns of the same name, cities over
//!    provinces of the same name, then population.
//!
//! Guarantees: deterministic (ties go to the earlier gazetteer row).

use std::collections::HashMap;

use crate::extract::{Match, Mention, Token};
use crate::gazetteer::{Gazetteer, Kind, NameRef, distance_km};
use crate::gaztools::{self, prior};
use crate::lexicon::{self, PlaceNoun};
use crate::normalize::{name_key, skeleton_of_key};

/// The place noun next to a mention: before it ("provincie Idlib", "de
/// grensstad Ain Issa") or right after it ("Idlib-provincie", "Idlib
/// province").
pub fn adjacent_place_noun(tokens: &[Token], m: &Mention) -> Option<PlaceNoun> {
    if let Some(t) = tokens.get(m.tokens.end)
        && let Some(n) = lexicon::place_noun(&t.folded)
        && tokens[m.tokens.end - 1].joined
    {
        return Some(n);
    }
    let mut k = m.tokens.start;
    let mut steps = 0;
    while k > 0 && steps < 3 {
        k -= 1;
        steps += 1;
        let w = tokens[k].folded.as_str();
        if let Some(n) = lexicon::place_noun(w) {
            return Some(n);
        }
        if lexicon::demonym(w).is_none() && !matches!(w, "de" | "het" | "the" | "gelijknamige") {
            break;
        }
    }
    None
}

fn noun_bonus(noun: Option<PlaceNoun>, kind: Kind) -> f64 {
    match (noun, kind) {
        (Some(PlaceNoun::Province), Kind::Admin1) => 0.6,
        (Some(PlaceNoun::Province | PlaceNoun::Area), Kind::Region) => 0.4,
        (Some(PlaceNoun::Settlement), k) if k.is_settlement() => 0.3,
        (Some(PlaceNoun::Camp), Kind::Camp) => 0.6,
        (Some(PlaceNoun::Airbase), Kind::Airbase) => 0.6,
        (Some(PlaceNoun::River), Kind::River) => 0.6,
        _ => 0.0,
    }
}

/// Choose a place for every mention. `None` where no candidate remains.
pub fn resolve(
    g: &Gazetteer,
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
) -> Vec<Option<NameRef>> {
    // Country focus from unambiguous mentions and demonyms.
    let mut focus: HashMap<&str, f64> = HashMap::new();
    for m in mentions {
        let mut countries: Vec<&str> = m
            .candidates
            .iter()
            .map(|&r| g.place(r).country.as_str())
            .collect();
        countries.sort_unstable();
        countries.dedup();
        if countries.len() == 1 {
            *focus.entry(countries[0]).or_default() += 1.0;
        }
    }
    for t in tokens {
        if let Some(cc) = lexicon::demonym(&t.folded) {
            *focus.entry(cc).or_default() += 0.5;
        }
    }
    let total: f64 = focus.values().sum::<f64>().max(1.0);

    // Anchors: mentions whose candidates all lie within 60 km of each other
    // (one place, or a city and its province), located at the first.
    let anchors: Vec<(f64, f64)> = mentions
        .iter()
        .filter_map(|m| {
            let first = g.place(*m.candidates.first()?);
            let tight = m.candidates.iter().all(|&r| {
                let p = g.place(r);
                p.kind != Kind::Country
                    && distance_km((first.lat, first.lon), (p.lat, p.lon)) < 60.0
            });
            tight.then_some((first.lat, first.lon))
        })
        .collect();

    mentions
        .iter()
        .map(|m| {
            let written = name_key(m.text(text));
            let skel = skeleton_of_key(&written);
            let noun = adjacent_place_noun(tokens, m);
            let mut best: Option<(f64, NameRef)> = None;
            for &r in &m.candidates {
                let p = g.place(r);
                let quality = match m.how {
                    Match::Exact if gaztools::is_canonical(g, r, &written) => 1.0,
                    Match::Exact => gaztools::CANONICAL_SHARE,
                    Match::Skeleton => 0.9 * gaztools::skeleton_similarity(g, r, &written, &skel).0,
                };
                let share = focus.get(p.country.as_str()).copied().unwrap_or(0.0) / total;
                let near = if p.kind.is_area() {
                    0.0
                } else {
                    let d = anchors
                        .iter()
                        .filter(|a| **a != (p.lat, p.lon))
                        .map(|&a| distance_km(a, (p.lat, p.lon)))
                        .fold(f64::INFINITY, f64::min);
                    if d < 30.0 {
                        0.4
                    } else if d < 100.0 {
                        0.2
                    } else {
                        0.0
                    }
                };
                let score = quality + noun_bonus(noun, p.kind) + 0.4 * share + near + prior(p);
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, r));
                }
            }
            best.map(|(_, r)| r)
        })
        .collect()
}
