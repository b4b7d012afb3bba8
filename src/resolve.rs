//! Resolution: which gazetteer place each mention means.
//!
//! Takes the mentions of one article (each with every candidate place) and
//! the article's words. Gives one chosen place per mention, or none when no
//! candidate is plausible: [`resolve`] for all of them, [`Resolver`] for the
//! ones asked about (the choice weighs the whole article either way, and is
//! the same in any order).
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
//! A part of a city ("the Sulaymaniyah neighbourhood", "de wijk X", "the X
//! district of west Aleppo") is only a place within [`CITY_PART_KM`] of its
//! city, and is placed at that city when no candidate is (see
//! [`Resolver::choose`] and DESIGN.md).
//!
//! Guarantees: deterministic (ties go to the earlier gazetteer row).

use std::rc::Rc;

use crate::extract::{Match, Mention, Token};
use crate::gazetteer::FnvMap as HashMap;
use crate::gazetteer::{Gazetteer, Kind, NameRef, Spot, far_apart, within_km};
use crate::gaztools::{self, prior};
use crate::lexicon::{self, PlaceNoun};
use crate::normalize::{name_key, skeleton_of_key};

/// The place noun next to a mention: before it ("provincie Idlib", "de
/// grensstad Ain Issa", "the northwestern province of Idlib") or right
/// after it ("Idlib-provincie", "Idlib province").
pub fn adjacent_place_noun(tokens: &[Token], m: &Mention) -> Option<PlaceNoun> {
    if let Some(t) = tokens.get(m.tokens.end)
        && let Some(n) = lexicon::place_noun(t.folded)
        && tokens[m.tokens.end - 1].joined
    {
        return Some(n);
    }
    look_back(
        tokens,
        m,
        3,
        |t| lexicon::place_noun(t.folded),
        |t| {
            lexicon::demonym_of_class(t.folded, t.class).is_some()
                || matches!(t.folded, "de" | "het" | "the" | "gelijknamige" | "of")
        },
    )
}

/// Does a compass adjective stand right before the mention: "northern",
/// "south-eastern", "south" ("south Idlib"), Dutch "zuidelijke" or the
/// first part of a compound ("Zuid-Idlib", "Noordwest-Syrië")? Or a
/// compass noun with its article: "het zuiden van Idlib", "the north of
/// Hama". (Not "ten zuiden van Idlib", "(to the) south of Idlib": a
/// direction from the town.)
fn compass_before(tokens: &[Token], m: &Mention) -> bool {
    let start = m.tokens.start;
    (start > 0 && crate::classify::compass_joined(&tokens[start - 1]))
        || (start > 2
            && matches!(tokens[start - 1].folded, "van" | "of")
            && lexicon::is_compass(tokens[start - 2].folded)
            && matches!(tokens[start - 3].folded, "het" | "the")
            && !(start > 3 && tokens[start - 4].folded == "to"))
}

/// Does another mention stand a word or less from mention `mi` (which
/// a list needs)? Most mentions stand in no list.
#[inline]
fn beside_another(mentions: &[Mention], mi: usize) -> bool {
    let close = |a: usize, b: usize| {
        mentions[a].tokens.end <= mentions[b].tokens.start
            && mentions[b].tokens.start <= mentions[a].tokens.end + 1
    };
    (mi > 0 && close(mi - 1, mi)) || (mi + 1 < mentions.len() && close(mi, mi + 1))
}

/// The place noun of the list mention `mi` stands in: a plural before its
/// first item or after its last ("de provincies Idlib en Hama", "the Idlib
/// and Hama provinces", "the Daraa and Quneitra countryside"), for the
/// items it is not adjacent to.
pub fn list_place_noun(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    mi: usize,
) -> Option<PlaceNoun> {
    let linked = |a: usize| {
        mentions[a].sentence == mentions[a + 1].sentence
            && crate::classify::coordinated(text, tokens, &mentions[a], &mentions[a + 1])
    };
    let (first, last) = crate::classify::list_around(mentions.len(), mi, linked);
    let noun = |t: &Token| {
        lexicon::is_list_place_noun(t.folded)
            .then(|| lexicon::place_noun(t.folded))
            .flatten()
    };
    let before = (first < mi)
        .then(|| {
            look_back(tokens, &mentions[first], 3, noun, |t| {
                lexicon::demonym_of_class(t.folded, t.class).is_some()
                    || matches!(t.folded, "de" | "het" | "the" | "of")
            })
        })
        .flatten();
    before.or_else(|| {
        let end = mentions[last].tokens.end;
        (last > mi && tokens[end - 1].joined)
            .then(|| tokens.get(end).and_then(noun))
            .flatten()
    })
}

/// Walk back at most `max` words from a mention: the first word `find`
/// recognises, passing only over words `pass` allows.
fn look_back<T>(
    tokens: &[Token],
    m: &Mention,
    max: usize,
    find: impl Fn(&Token) -> Option<T>,
    mut pass: impl FnMut(&Token) -> bool,
) -> Option<T> {
    let start = m.tokens.start;
    for t in tokens[start.saturating_sub(max)..start].iter().rev() {
        if let Some(found) = find(t) {
            return Some(found);
        }
        if !pass(t) {
            return None;
        }
    }
    None
}

/// The country of a demonym standing right before a mention, across
/// articles and place nouns ("het Syrische Idlib", "the Syrian city of Homs",
/// "de Turkse grensplaats Reyhanli").
fn demonym_before(tokens: &[Token], m: &Mention) -> Option<&'static str> {
    look_back(
        tokens,
        m,
        4,
        |t| lexicon::state_of_demonym(t.folded, t.class),
        |t| {
            lexicon::place_noun(t.folded).is_some()
                || matches!(t.folded, "de" | "het" | "the" | "of" | "van")
        },
    )
}

/// How far (km) from its city a place named as a part of one may lie: a
/// city's own radius, with room for its suburbs.
pub const CITY_PART_KM: f64 = 30.0;

/// Where a mention that names a part of a city must lie, and the mention
/// of its city, if the sentence names one: a part no candidate of which
/// lies there is taken to be in that city ("the Sulaymaniyah neighbourhood
/// of the Syrian city of Aleppo" is an event in Aleppo, not in Iraq).
struct CityPart {
    /// Near the anchors (a quarter noun: the city may be named elsewhere),
    /// or only near `hosts` ("district of": the city named after it).
    near_anchors: bool,
    /// Points of the cities ([`is_city`]) the sentence names around the
    /// part.
    hosts: Vec<(f64, f64)>,
    /// The mention of the city: the first city named after the part in its
    /// sentence, else the last one before it. (None for a place beside
    /// another: an unknown place east of Damascus is not in Damascus.)
    host: Option<usize>,
    /// How far from a host (km) the part may lie.
    km: f64,
    /// A place beside another ("X east of Y", "X near Y"), not a part of a
    /// city: it may be an area ("the Qalamoun region west of Damascus"), an
    /// airbase or a camp, and of two candidates the nearer to the other
    /// place gains.
    beside: bool,
}

/// A city for [`CityPart`]: a settlement the gazetteer calls a city, or of
/// 50,000 people or more.
fn is_city(p: &crate::gazetteer::Place) -> bool {
    p.kind.is_settlement() && (p.kind == Kind::City || p.population >= 50_000)
}

/// What says that a mention names a part of a city ([`part_by`]).
enum PartBy {
    No,
    /// A quarter noun: the city may be named anywhere in the article.
    Quarter,
    /// "X district of/in Y": the city is mention Y.
    DistrictOf(usize),
    /// "X east of Y", "X, 20 km ten zuiden van Y": X lies within the
    /// distance (km) of mention Y.
    Beside(usize, f64),
}

/// How far (km) a place named as lying in some direction of another may be
/// from it when the text gives no distance: "Adra east of Damascus" is not
/// Adra in Spain.
pub const BESIDE_KM: f64 = 100.0;

/// Does mention `mi` stand in a direction of the next mention of its
/// sentence: "Adra east of Damascus", "Saraqib, south of the city of Idlib",
/// "Kafranbel, 40 km ten zuiden van Idlib"? Within what distance (km)?
/// Half as far again as a distance the text gives, and [`BESIDE_KM`] at
/// least.
fn beside(tokens: &[Token], mentions: &[Mention], mi: usize) -> Option<(usize, f64)> {
    let m = &mentions[mi];
    let host = mentions.get(mi + 1).filter(|h| h.sentence == m.sentence)?;
    let mut k = m.tokens.end;
    let mut km = BESIDE_KM;
    // "some 20 km", "about 12 miles".
    if tokens.get(k).is_some_and(|t| {
        matches!(
            t.folded,
            "some"
                | "about"
                | "around"
                | "roughly"
                | "nearly"
                | "ongeveer"
                | "zo'n"
                | "ruim"
                | "bijna"
        )
    }) {
        k += 1;
    }
    if let (Some(n), Some(u)) = (tokens.get(k), tokens.get(k + 1))
        && let Ok(n) = n.folded.parse::<f64>()
    {
        let per = lexicon::km_per_unit(u.folded)?;
        km = km.max(1.5 * n * per);
        k += 2;
    }
    // "X near Y", "the X military airport near Y", "X bij Y".
    {
        let mut j = k;
        while j < m.tokens.end + 3
            && tokens.get(j).is_some_and(|t| {
                matches!(
                    lexicon::place_noun(t.folded),
                    Some(PlaceNoun::Airbase | PlaceNoun::Camp)
                ) || lexicon::is_facility_noun(t.folded)
                    || matches!(t.folded, "military" | "air" | "militaire")
            })
        {
            j += 1;
        }
        if tokens
            .get(j)
            .is_some_and(|t| matches!(t.folded, "near" | "outside" | "nabij" | "bij"))
            && host.tokens.start == j + 1
        {
            // (News says "near" loosely, "Sinjar bij Mosul" of 115 km: the
            // nearer of two places gains, one half as far again as
            // BESIDE_KM is still allowed; not "Safsafah near Al Tabqah" in
            // Tartus, 255 km away.)
            return Some((mi + 1, 1.5 * BESIDE_KM));
        }
    }
    if tokens.get(k).is_some_and(|t| t.folded == "ten") {
        k += 1;
    }
    let first = k;
    while tokens.get(k).is_some_and(|t| lexicon::is_compass(t.folded)) {
        k += 1;
    }
    if k == first
        || !tokens
            .get(k)
            .is_some_and(|t| matches!(t.folded, "of" | "van"))
    {
        return None;
    }
    k += 1;
    // "of the Syrian city of", "van de stad".
    while k < host.tokens.start
        && k < m.tokens.end + 12
        && (matches!(tokens[k].folded, "the" | "de" | "het" | "of" | "van")
            || lexicon::place_noun(tokens[k].folded).is_some()
            || lexicon::demonym_of_class(tokens[k].folded, tokens[k].class).is_some())
    {
        k += 1;
    }
    (k == host.tokens.start).then_some((mi + 1, km))
}

/// Does mention `mi` name a part of a city? A quarter noun right before it
/// ("de wijk X", "the neighbourhood of X"; not "the neighbourhoods of X",
/// the city) or, singular, right after it ("the X neighbourhood"; not after
/// "a"/"een": "an Aleppo neighbourhood" is one of Aleppo's). Or "district"
/// after it followed by "of"/"in" and, within four words, a mention that no
/// province noun follows ("X district of west Aleppo"; "the Afrin district
/// of Aleppo province" is an administrative district).
fn part_by(tokens: &[Token], mentions: &[Mention], mi: usize) -> PartBy {
    let m = &mentions[mi];
    let last = m.tokens.end - 1;
    let next = tokens.get(m.tokens.end).filter(|_| tokens[last].joined);
    // (Plural and "of": "the eastern neighbourhoods of Aleppo" name the
    // city, "the neighbourhood of al-Maghayer" a part.)
    let mut of = false;
    let before = look_back(
        tokens,
        m,
        3,
        |t| {
            lexicon::is_quarter_noun(t.folded).then_some(matches!(
                t.folded,
                "neighbourhoods" | "neighborhoods" | "wijken"
            ))
        },
        |t| {
            of |= matches!(t.folded, "of" | "van");
            matches!(t.folded, "de" | "het" | "the" | "of" | "van")
        },
    );
    // ("in de buurt van Tal Afar" is near it, no quarter of it.)
    let near = m.tokens.start >= 4
        && tokens[m.tokens.start - 4..m.tokens.start]
            .iter()
            .map(|t| t.folded)
            .eq(["in", "de", "buurt", "van"]);
    if before.is_some_and(|plural| !(of && plural)) && !near {
        return PartBy::Quarter;
    }
    let indefinite =
        m.tokens.start > 0 && matches!(tokens[m.tokens.start - 1].folded, "a" | "an" | "een");
    if !indefinite
        && next.is_some_and(|t| {
            matches!(
                t.folded,
                "neighbourhood" | "neighborhood" | "wijk" | "buurt"
            )
        })
    {
        return PartBy::Quarter;
    }
    // ("the Medina district" of Mogadishu, "the Jubar district": a
    // quarter of the city the sentence is about, after "the" and with no
    // "of"/"in" after it, which names the district's own city below.)
    if m.tokens.start > 0
        && matches!(tokens[m.tokens.start - 1].folded, "the" | "de" | "het")
        && next.is_some_and(|t| t.folded == "district")
        && tokens
            .get(m.tokens.end + 1)
            .is_none_or(|t| !matches!(t.folded, "of" | "in" | "van"))
    {
        return PartBy::Quarter;
    }
    // A list of quarters: "the Sukkari and Mashhad neighbourhoods" (not
    // one name: "the Aleppo neighbourhoods" are the city's). The list's
    // last name stands before the noun; the one before it, coordinated.
    // (A quarter noun in the plural at token `k`, joined to the word
    // before.)
    let plural_quarter = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            tokens[k - 1].joined
                && matches!(
                    t.folded,
                    "neighbourhoods" | "neighborhoods" | "wijken" | "districts"
                )
        })
    };
    let e = m.tokens.end;
    let listed = m.tokens.start > 0 && matches!(tokens[m.tokens.start - 1].folded, "and" | "en");
    // (The name after "and" need not be the gazetteer's: "the Mashhad and
    // Sukkari neighbourhoods".)
    let list_on = || {
        tokens
            .get(e)
            .is_some_and(|t| matches!(t.folded, "and" | "en"))
            && (e + 2..=e + 4).any(|q| {
                tokens[e + 1..q.min(tokens.len())].iter().all(|t| t.cap) && plural_quarter(q)
            })
    };
    if !indefinite && ((listed && plural_quarter(e)) || list_on()) {
        return PartBy::Quarter;
    }
    if next.is_some_and(|t| t.folded == "district")
        && tokens
            .get(m.tokens.end + 1)
            .is_some_and(|t| matches!(t.folded, "of" | "in"))
        && let Some(host) = mentions.get(mi + 1)
        && host.sentence == m.sentence
        && host.tokens.start <= m.tokens.end + 6
        && !tokens.get(host.tokens.end).is_some_and(|t| {
            matches!(
                lexicon::place_noun(t.folded),
                Some(PlaceNoun::Province | PlaceNoun::Area)
            )
        })
    {
        return PartBy::DistrictOf(mi + 1);
    }
    if let Some((hi, km)) = beside(tokens, mentions, mi) {
        return PartBy::Beside(hi, km);
    }
    PartBy::No
}

/// The mention that contains mention `mi` (or the list it ends): "Tafas,
/// Saida and Umm al-Mayadin in the eastern Deraa countryside", "the town of
/// X in Syria": "in", then perhaps "the" and a compass adjective, then a
/// mention. (Whether that one is an area is for the caller.) And whether
/// the text put it in that area's countryside ("in the eastern
/// countryside of Damascus"), which may be another province (Rif Dimashq).
fn container_after(tokens: &[Token], mentions: &[Mention], mi: usize) -> Option<(usize, bool)> {
    let mut last = mi;
    // (Along the list: items a word or less apart, joined by a comma,
    // "and", "en" or "or".)
    while let Some(n) = mentions.get(last + 1) {
        let end = mentions[last].tokens.end;
        let joined = n.tokens.start == end
            || (n.tokens.start == end + 1
                && matches!(tokens[end].folded, "and" | "en" | "or" | "of"));
        if !joined || n.sentence != mentions[last].sentence {
            break;
        }
        last += 1;
    }
    // (And past items the gazetteer lacks: "Saida and Umm al-Mayadin in".)
    let mut k = mentions[last].tokens.end;
    let limit = (k + 6).min(tokens.len());
    while k < limit
        && (tokens[k].cap
            || crate::normalize::is_article(tokens[k].folded)
            || matches!(tokens[k].folded, "and" | "en" | "or" | "of"))
    {
        k += 1;
    }
    if tokens.get(k).is_none_or(|t| t.folded != "in") {
        return None;
    }
    k += 1;
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.folded, "the" | "de" | "het"))
    {
        k += 1;
    }
    if tokens
        .get(k)
        .is_some_and(|t| lexicon::is_compass_adjective(t.folded))
    {
        k += 1;
    }
    // (Or the area's noun before it: "in the eastern countryside of
    // Daraa", "in de provincie Idlib", "in het platteland van Hama".)
    let mut countryside = false;
    if let Some(t) = tokens.get(k).filter(|t| {
        matches!(
            lexicon::place_noun(t.folded),
            Some(PlaceNoun::Province | PlaceNoun::Area)
        )
    }) {
        countryside = matches!(t.folded, "countryside" | "rural" | "platteland");
        k += 1;
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.folded, "of" | "van"))
        {
            k += 1;
            if tokens
                .get(k)
                .is_some_and(|t| matches!(t.folded, "the" | "de" | "het"))
            {
                k += 1;
            }
        }
    }
    // (A name inside the items passed over may come first: "Umm
    // al-Mayadin" holds Mayadin.)
    let host = last
        + 1
        + mentions[last + 1..]
            .iter()
            .take(4)
            .position(|h| h.tokens.start >= k)?;
    (mentions[host].tokens.start == k && mentions[host].sentence == mentions[mi].sentence)
        .then_some((host, countryside))
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

/// How common (zipf) the mention's words are, when it is written as one
/// word of the word lists ("Arab", "Opera", "Mills"; not "al-Hol", whose
/// article marks a name), or as listed words after "the" ("the Old City":
/// Mosul's, not the Bethlehem district that GeoNames names so): the
/// rarest word's; with the largest population among its candidates
/// `places`, for [`common_word_town`]. `None` for a name no list holds.
fn written_words(
    tokens: &[Token],
    m: &Mention,
    places: &[crate::gazetteer::Place],
) -> Option<(f64, u64)> {
    let words = &tokens[m.tokens.clone()];
    let zipf = match words {
        [w] => lexicon::word_zipf(w.folded),
        _ if m.tokens.start > 0
            && matches!(tokens[m.tokens.start - 1].folded, "the" | "de" | "het") =>
        {
            words
                .iter()
                .map(|t| lexicon::word_zipf(t.folded))
                .try_fold(f64::INFINITY, |lo, z| Some(lo.min(z?)))
        }
        _ => None,
    }?;
    let biggest = places.iter().map(|p| p.population).max().unwrap_or(0);
    Some((zipf, biggest))
}

/// Is place `p`, named by words `written` ([`written_words`]), named by a
/// common word that does not vouch for it: a town under 100,000
/// people ("Arab", Alabama; "Mills", Wyoming), not an area, whose name is
/// more common than the town's size explains? The word lists hold the
/// names of towns as well as words: a town of 10,000 is written about
/// about as often as a word of zipf 3.5, one of 100,000 as one of 4.5
/// ("zaltbommel" 3.5 for 26,000 people, "deventer" 4.2 for 97,000, but
/// "schoten", shots, 4.2 for 34,000, "mills" 4.2 for 3,800).
/// A bigger namesake takes the word's frequency for its own:
/// "petersburg", 4.0, is Saint Petersburg's, not that of Petersburg,
/// Virginia, of 32,000.
/// (`written` is asked only of such a town.)
fn common_word_town(
    p: &crate::gazetteer::Place,
    written: impl FnOnce() -> Option<(f64, u64)>,
) -> bool {
    if p.population >= 100_000 || p.kind.is_area() {
        return false;
    }
    let own = 3.5 + (p.population as f64 / 10_000.0).log10().max(0.0);
    written().is_some_and(|(z, biggest)| z > own || p.population < biggest)
}

/// How far (km) a minor place may lie from every other place the article
/// names before it needs support from the text.
pub const STRAY_KM: f64 = 300.0;

/// How many people a town of a transliterated name, named by its own
/// name, has to be taken at its word, however far from the article's other
/// places, where it names two or more (10,000 where it names fewer, and
/// for other towns; see [`plausible`]).
const OWN_WORD_POPULATION: u64 = 50_000;

/// Is a candidate plausible at all? A place the text names by a variant or
/// a phonetic match, or a village or town (under [`OWN_WORD_POPULATION`])
/// even by its own name, that lies more than [`STRAY_KM`] from every other place the
/// article names, in a country no other mention names, is a homonym:
/// "al-Karak" an Aleppo district rather than the Jordanian town, "Touman"
/// of Khan Touman rather than Tyumen. Countries, cities of a million, and
/// towns named by their own name are taken at their word.
///
/// With fewer than two other anchors (`distinct`) there is no neighbourhood
/// to judge by, and the countries the rest of the article names decide
/// instead: "the Levant" of a report on Deir ez-Zor, Syria, is not Levant,
/// Kansas; a demonym ("Kansan") vouches for its country too. Only an article
/// whose other mentions name no country leaves such a candidate in, unless
/// it is a common word; a place named as written by its own name, and a
/// region, river, camp or airbase named as written, are taken at their word.
#[allow(clippy::too_many_arguments)]
fn plausible(
    r: NameRef,
    p: &crate::gazetteer::Place,
    how: Match,
    mi: usize,
    spots: &mut Spots,
    distinct: usize,
    sole_country: &[Option<&str>],
    demonyms: &[&str],
    keys: &[Rc<str>],
    own_name: bool,
    common_word: impl FnOnce() -> Option<(f64, u64)>,
) -> bool {
    // A country is always plausible, and so is a region named as written,
    // whatever else the text names: a compass region names its country
    // ("air strikes in northern Iraq and northern Syria, including near
    // Kobani"), the others are named like no town.
    if p.kind == Kind::Country || (p.kind == Kind::Region && how == Match::Exact) {
        return true;
    }
    // A town named like a common word (`common_word`: "Arab", "Opera",
    // "Swords", "Countryside": towns in Alabama, Italy, Ireland, the US) is
    // that town only among neighbours the article names: neither its own
    // name nor a country named elsewhere vouches for it.
    let common_word = common_word_town(p, common_word);
    // Named by its own name, a town is taken at its word: "fighting in
    // Idlib" in an article about a minister's trip to Ankara. One other
    // place is no neighbourhood to judge by. (Not a small town of a
    // transliterated name among two places or more: Gaza's Bureij,
    // Jordan's Anjara and Iraq's Aziziyah, of 12,000 to 35,000, are the
    // names of Aleppo's quarters and villages too, where Zaltbommel is
    // Zaltbommel in an article on Raqqa. With one other, "Washington urged
    // restraint after the shelling of Afrin" is Afrin.)
    if own_name
        && p.population >= 10_000
        && !common_word
        && (p.population >= OWN_WORD_POPULATION
            || distinct < 2
            || !crate::lexicon::transliterated_country(p.country.as_bytes()))
    {
        return true;
    }
    // Other mentions of the same place do not vouch for it, nor do other
    // mentions of the same name: two villages called Tempel, 20 km apart
    // in Java, made "de Tempel van Baal-Shamin" and "de Tempel van Bel" a
    // neighbourhood.
    // (A name matched by its sound alone needs a neighbour closer by, or
    // one in its own country: "the Maydan area" of an article on Mosul is
    // no Mayadin, 280 km off in Syria; "the Maghayir district" of Aleppo no
    // Maghār in Israel, 270 km off.)
    let other = |j: usize| keys[j] != keys[mi];
    let near = if how == Match::Skeleton {
        spots.vouched(r, p, mi, BESIDE_KM, false, other)
            || spots.vouched(r, p, mi, STRAY_KM, true, other)
    } else {
        spots.vouched(r, p, mi, STRAY_KM, false, other)
    };
    if near {
        return true;
    }
    // The countries other mentions name without doubt (not the mention's
    // own, nor the same name's elsewhere).
    let mut named_elsewhere = sole_country
        .iter()
        .zip(keys)
        .enumerate()
        .filter(|&(j, (_, k))| j != mi && *k != keys[mi])
        .filter_map(|(_, (c, _))| *c);
    if distinct < 2 {
        // (A town matched by its sound alone, beside the one other place
        // named, not near it and in another country that another mention
        // or a demonym names too, is no place: "bij de dorpen Kfar Shouba
        // en Kfarhamam", after "in het zuiden van Libanon", is no Kfar
        // Saba, 135 km off in Israel, however the article names Israel. Not
        // beside a place of a country named nowhere else, itself in doubt:
        // "Sukhna" beside an "Arak" taken for Iran's.)
        if how == Match::Skeleton && distinct == 1 && p.kind.is_settlement() {
            let elsewhere: Vec<&str> = named_elsewhere.clone().collect();
            // (Named by the anchor and by another mention or a demonym:
            // "de Libanese staatsnieuwsdienst".)
            if spots.countries_without(mi, other).any(|c| {
                c != p.country
                    && (elsewhere.iter().filter(|&&e| e == c).count() >= 2 || demonyms.contains(&c))
            }) {
                return false;
            }
        }
        // (A region, a camp or an airbase named as written is no homonym of
        // a village: "Noord-Syrië", "het Midden-Oosten" in an article on
        // Dutch returnees, "Moscow spoke of an attack on Hmeimim". Nor is a
        // village named by its own name, which the one other place may lie
        // far from for a reason.)
        // (Not a province by another name: the world's list of them is
        // long, and "Salahuddin", an Aleppo district, is Iraq's Saladin.)
        let named_feature = !p.kind.is_settlement() && p.kind != Kind::Admin1;
        if named_feature && how == Match::Exact {
            return true;
        }
        // (But not a village or town of a country no other mention names,
        // far from every other place named, where the others name a
        // country: "Boko Haram fighters killed 20 farmers near
        // Maiduguri" is no Kazakh village of 1,000 people. A village of a
        // country named, or of its demonym, stays: "uit het Syrische dorp
        // … naar Nederland"; so does one named beside countries only: "US
        // special forces raided a house in Atmeh".)
        if own_name && !common_word {
            let far_from_all = spots.far_from_all(p, mi, FAR_ABROAD_KM);
            let mut named = named_elsewhere.peekable();
            return !p.kind.is_settlement()
                || !far_from_all
                || named.peek().is_none()
                || demonyms.contains(&p.country)
                || named.any(|c| c == p.country);
        }
        // A common word that is not the town's own name is no town even in
        // a country named elsewhere: "Yusra en Sara besluiten te vluchten",
        // in an article that names Turkey, is no Turkish village one of
        // whose variants is Sara. ("Burgemeester Verhulst van Ede", in one
        // that names the Netherlands, is Ede.)
        if common_word && !own_name {
            return false;
        }
        // (With no country named either, only a common word is suspect:
        // "the General Establishment for Mills" is no village in Wyoming.)
        // (A demonym alone is no ground to judge by: "American commandos
        // raided Atmeh" names the raiders' country, not the village's.)
        let mut named = named_elsewhere.peekable();
        if named.peek().is_none() {
            return !common_word;
        }
        return p.population >= 1_000_000
            || named_city(p, how, &keys[mi])
            || named.any(|c| c == p.country)
            || demonyms.contains(&p.country);
    }
    if common_word {
        return false;
    }
    if how == Match::Skeleton {
        return false;
    }
    p.population >= 1_000_000
        || named_city(p, how, &keys[mi])
        || named_elsewhere.any(|c| c == p.country)
}

/// A city this big (people) named by a name of two words or more that
/// the gazetteer lists for it, as written, is itself, whatever other
/// places an article names: "Den Haag" (The Hague, 474,000) in Dutch news
/// on Syria, where the government and the courts sit. (Not one word,
/// which may be a person's name or a word: "a witness named Ahmad" is no
/// Al Ahmadi, "William Hague" no city; nor a name with an Arabic article,
/// which names a hospital or a street as often: "al-Quds hospital".)
const NAMED_CITY_POPULATION: u64 = 300_000;

/// Is the place a city of [`NAMED_CITY_POPULATION`] named by such a name
/// (exact key `key`)?
fn named_city(p: &crate::gazetteer::Place, how: Match, key: &str) -> bool {
    how == Match::Exact
        && p.kind.is_settlement()
        && p.population >= NAMED_CITY_POPULATION
        && key
            .split_once(' ')
            .is_some_and(|(first, _)| !crate::normalize::is_article(first))
}

/// How far (km) from every other place an article names a village abroad
/// named by its own name must lie to be doubted (see [`plausible`]): Boko,
/// Kazakhstan, is 7,000 km from Maiduguri.
const FAR_ABROAD_KM: f64 = 1500.0;

/// What is made of a mention as written, once per thread for each spelling:
/// a place is named again and again, in one article and across many. (It
/// does not depend on the gazetteer; the table is emptied with the
/// gazetteer's others all the same.)
#[derive(Default)]
struct Written {
    /// The exact key ([`name_key`]).
    key: Option<Rc<str>>,
    /// The key's skeleton ([`skeleton_of_key`]), made when first asked.
    skeleton: Option<Rc<str>>,
}

thread_local! {
    static WRITTEN: std::cell::RefCell<crate::gazetteer::StrMemo<Written>> =
        std::cell::RefCell::new(Default::default());
}

impl Written {
    #[inline]
    fn key(&mut self, written: &str) -> &Rc<str> {
        self.key.get_or_insert_with(|| name_key(written).into())
    }
}

/// The exact key of a mention as written.
fn key_of(g: &Gazetteer, written: &str) -> Rc<str> {
    WRITTEN.with_borrow_mut(|memo| memo.with(g, written, |w| w.key(written).clone()))
}

/// The skeleton of the exact key of a mention as written.
fn skeleton_of(g: &Gazetteer, written: &str) -> Rc<str> {
    WRITTEN.with_borrow_mut(|memo| {
        memo.with(g, written, |w| {
            let key = w.key(written).clone();
            w.skeleton
                .get_or_insert_with(|| skeleton_of_key(&key).into())
                .clone()
        })
    })
}

/// The anchors' points, each once, with the distances to them from every
/// candidate place asked about, computed once per place and article: a town
/// named five times is a candidate five times, most anchors stand where
/// another one does, and great-circle distances are the costly part of
/// resolving.
struct Spots {
    /// (point, the mention of the only anchor there, or `usize::MAX` when
    /// several stand there).
    points: Vec<(Spot, usize)>,
    /// The country of each point's anchors (one place, one country).
    countries: Vec<&'static str>,
    /// (point, mention) for every anchor: which mentions stand at a point.
    members: Vec<(usize, usize)>,
    /// Place number → offset of its distances in `dist`.
    done: HashMap<u32, usize>,
    /// Distances in kilometres, one per point; infinite when the latitudes
    /// alone put the point beyond [`STRAY_KM`] (every threshold asked about
    /// is below that, see [`far_apart`]).
    dist: Vec<f64>,
}

impl Spots {
    fn new(anchors: &[(usize, (f64, f64), &'static str)]) -> Spots {
        let mut points: Vec<(Spot, usize)> = Vec::new();
        let mut countries = Vec::new();
        let mut members = Vec::with_capacity(anchors.len());
        for &(mi, at, country) in anchors {
            match points.iter_mut().position(|(p, _)| p.at == at) {
                Some(k) => {
                    points[k].1 = usize::MAX;
                    members.push((k, mi));
                }
                None => {
                    members.push((points.len(), mi));
                    points.push((Spot::new(at), mi));
                    countries.push(country);
                }
            }
        }
        Spots {
            points,
            countries,
            members,
            done: HashMap::default(),
            dist: Vec::new(),
        }
    }

    /// Where place `p`'s (of `r`) distances to the points start in `dist`,
    /// found when first asked.
    fn offset(&mut self, r: NameRef, p: &crate::gazetteer::Place) -> usize {
        if let Some(&off) = self.done.get(&r.place) {
            return off;
        }
        let off = self.dist.len();
        // (The place's cosine found when first needed, once.)
        let mut spot = None;
        self.dist.extend(self.points.iter().map(|(a, _)| {
            if far_apart(a.at, (p.lat, p.lon), STRAY_KM) {
                f64::INFINITY
            } else {
                a.km(spot.get_or_insert_with(|| Spot::new((p.lat, p.lon))))
            }
        }));
        self.done.insert(r.place, off);
        off
    }

    /// Is place `p` more than `km` from every anchor of mentions other than
    /// `mi`, with at least one such anchor? (Exact distances: `dist` holds
    /// those beyond [`STRAY_KM`] as infinite. Asked rarely.)
    fn far_from_all(&self, p: &crate::gazetteer::Place, mi: usize, km: f64) -> bool {
        let mut others = self
            .points
            .iter()
            .filter(|(_, only)| *only != mi)
            .peekable();
        others.peek().is_some()
            && others.all(|(a, _)| !crate::gazetteer::within_km(a.at, (p.lat, p.lon), km))
    }

    /// Distances from place `p` (of `r`) to the anchors of mentions other
    /// than `mi` (a point where only `mi`'s anchor stands is left out).
    fn distances(
        &mut self,
        r: NameRef,
        p: &crate::gazetteer::Place,
        mi: usize,
    ) -> impl Iterator<Item = f64> {
        let off = self.offset(r, p);
        self.dist[off..off + self.points.len()]
            .iter()
            .zip(&self.points)
            .filter(move |(_, (_, only))| *only != mi)
            .map(|(&d, _)| d)
    }

    /// Is place `p` (of `r`) within `km` of the anchor of another mention
    /// for which `keep` holds, and not at the same place (more than a
    /// kilometre away)? In `p`'s own country only, when `own_country`.
    fn vouched(
        &mut self,
        r: NameRef,
        p: &crate::gazetteer::Place,
        mi: usize,
        km: f64,
        own_country: bool,
        keep: impl Fn(usize) -> bool,
    ) -> bool {
        let off = self.offset(r, p);
        // (By point: most lie beyond reach, and a point's mentions are
        // looked up only for one within it.)
        (0..self.points.len()).any(|k| {
            let d = self.dist[off + k];
            if !(d > 1.0 && d <= km) || (own_country && self.countries[k] != p.country) {
                return false;
            }
            match self.points[k].1 {
                usize::MAX => self
                    .members
                    .iter()
                    .any(|&(at, j)| at == k && j != mi && keep(j)),
                only => only != mi && keep(only),
            }
        })
    }

    /// The countries of the anchors of mentions other than `mi` for which
    /// `keep` holds.
    fn countries_without<'a>(
        &'a self,
        mi: usize,
        keep: impl Fn(usize) -> bool + 'a,
    ) -> impl Iterator<Item = &'static str> + 'a {
        self.members
            .iter()
            .filter(move |&&(_, j)| j != mi && keep(j))
            .map(|&(k, _)| self.countries[k])
    }

    /// The distance from place `p` (of `r`) to the nearest anchor of
    /// another mention for which `keep` holds.
    fn nearest_of(
        &mut self,
        r: NameRef,
        p: &crate::gazetteer::Place,
        mi: usize,
        keep: impl Fn(usize) -> bool,
    ) -> f64 {
        let off = self.offset(r, p);
        self.members
            .iter()
            .filter(|&&(_, j)| j != mi && keep(j))
            .map(|&(k, _)| self.dist[off + k])
            .fold(f64::INFINITY, f64::min)
    }
}

/// A point to a tenth of a degree: anchors closer than that are one place.
fn grid(p: (f64, f64)) -> (i64, i64) {
    ((p.0 * 10.0) as i64, (p.1 * 10.0) as i64)
}

/// Choose a place for every mention. `None` where no candidate remains.
pub fn resolve(
    g: &Gazetteer,
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
) -> Vec<Option<NameRef>> {
    let r = Resolver::new(g, text, tokens, mentions);
    (0..mentions.len()).map(|mi| r.choose(mi)).collect()
}

/// What every mention's choice depends on, gathered from all the mentions
/// of an article at once (candidates' records, the country focus, the
/// anchors); then [`Resolver::choose`] decides one mention at a time, in
/// any order and only for the mentions asked about: the extractor asks
/// about those of the sentences that report an event, most articles' few.
pub struct Resolver<'a, 't> {
    g: &'a Gazetteer,
    text: &'a str,
    tokens: &'a [Token<'t>],
    mentions: &'a [Mention],
    /// Every candidate's place record, read once: each is asked about by
    /// several steps, and with a world gazetteer each read is a miss of the
    /// processor's cache. Mention `mi`'s are `all_places[starts[mi]..starts[mi + 1]]`.
    all_places: Vec<crate::gazetteer::Place>,
    starts: Vec<usize>,
    /// Country focus from unambiguous mentions and demonyms, and its total.
    focus: HashMap<&'static str, f64>,
    total: f64,
    /// Mentions whose candidates all lie within 60 km of each other (one
    /// place, or a city and its province), located at the first; with the
    /// mention they come from and their country.
    anchors: Vec<(usize, (f64, f64), &'static str)>,
    /// The anchors' points on a tenth-of-a-degree grid, sorted, and how many
    /// distinct ones there are.
    points: Vec<(i64, i64)>,
    distinct_all: usize,
    keys: Vec<Rc<str>>,
    /// The country each mention names unambiguously, for "support".
    sole_country: Vec<Option<&'static str>>,
    /// The countries of the article's demonyms ("Syrian", "Turkse").
    demonyms: Vec<&'static str>,
    /// Distances from candidates to the anchors, each found once per
    /// article whatever the order of the questions.
    spots: std::cell::RefCell<Spots>,
    /// The senses the text gives each name with a place noun beside it
    /// ([`NameSenses`]), found once per article when first asked.
    senses: std::cell::OnceCell<HashMap<Rc<str>, NameSenses>>,
}

/// Whether the text calls a name a province ("provincie Idlib", "Idlib
/// province") and whether a settlement ("de stad Idlib") anywhere.
#[derive(Clone, Copy, Default)]
struct NameSenses {
    province: bool,
    settlement: bool,
}

/// Mention `mi`'s candidates' records in the list of every mention's
/// (`starts`: where each mention's begin, and the end).
#[inline]
fn candidates_of<'p>(
    all: &'p [crate::gazetteer::Place],
    starts: &[usize],
    mi: usize,
) -> &'p [crate::gazetteer::Place] {
    &all[starts[mi]..starts[mi + 1]]
}

impl<'a, 't> Resolver<'a, 't> {
    pub fn new(
        g: &'a Gazetteer,
        text: &'a str,
        tokens: &'a [Token<'t>],
        mentions: &'a [Mention],
    ) -> Self {
        let mut starts = Vec::with_capacity(mentions.len() + 1);
        // (Sized at once: grown a mention at a time, it was copied several
        // times per article.)
        let mut all_places =
            Vec::with_capacity(mentions.iter().map(|m| m.candidates.len()).sum::<usize>());
        for m in mentions {
            starts.push(all_places.len());
            all_places.extend(m.candidates.iter().map(|&r| g.place(r)));
        }
        starts.push(all_places.len());
        let places_of = |mi: usize| candidates_of(&all_places, &starts, mi);
        let sole_country: Vec<Option<&'static str>> = (0..mentions.len())
            .map(|mi| {
                let mut cs = places_of(mi).iter().map(|p| p.country);
                let first = cs.next()?;
                if !cs.all(|c| c == first) {
                    return None;
                }
                // A common word that names only small towns names no
                // country: "the General Establishment for Mills" does not
                // put an article in Wyoming (nor vouch for Damascus,
                // Maryland). Such a town needs neighbours (`plausible`).
                let written = std::cell::OnceCell::new();
                let written =
                    || *written.get_or_init(|| written_words(tokens, &mentions[mi], places_of(mi)));
                let common = places_of(mi).iter().all(|p| common_word_town(p, written));
                (!common).then_some(first)
            })
            .collect();
        // (The unambiguous mentions are those with a sole country.)
        let mut focus: HashMap<&'static str, f64> = HashMap::default();
        let mut demonyms = Vec::new();
        for &cc in sole_country.iter().flatten() {
            *focus.entry(cc).or_default() += 1.0;
        }
        for t in tokens
            .iter()
            .filter(|t| t.class & lexicon::class::DEMONYM != 0)
        {
            if let Some(cc) = lexicon::demonym(t.folded) {
                *focus.entry(cc).or_default() += 0.5;
                if !demonyms.contains(&cc) {
                    demonyms.push(cc);
                }
            }
        }
        let total: f64 = focus.values().sum::<f64>().max(1.0);
        let anchors: Vec<(usize, (f64, f64), &'static str)> = (0..mentions.len())
            .filter_map(|i| {
                let first = *places_of(i).first()?;
                let tight = places_of(i).iter().all(|p| {
                    p.kind != Kind::Country
                        && within_km((first.lat, first.lon), (p.lat, p.lon), 60.0)
                });
                tight.then_some((i, (first.lat, first.lon), first.country))
            })
            .collect();
        let keys: Vec<Rc<str>> = mentions.iter().map(|m| key_of(g, m.text(text))).collect();
        let mut points: Vec<(i64, i64)> = anchors.iter().map(|a| grid(a.1)).collect();
        points.sort_unstable();
        let distinct_all = {
            let mut d = points.clone();
            d.dedup();
            d.len()
        };
        let spots = std::cell::RefCell::new(Spots::new(&anchors));
        Resolver {
            g,
            text,
            tokens,
            mentions,
            all_places,
            starts,
            focus,
            total,
            anchors,
            points,
            distinct_all,
            keys,
            sole_country,
            demonyms,
            spots,
            senses: std::cell::OnceCell::new(),
        }
    }

    /// What the text calls the name of mention `mi` beside a place noun
    /// anywhere. (Asked only of a mention with no noun of its own.)
    fn senses_of(&self, mi: usize) -> NameSenses {
        let all = self.senses.get_or_init(|| {
            let mut all: HashMap<Rc<str>, NameSenses> = HashMap::default();
            for (j, m) in self.mentions.iter().enumerate() {
                let noun = adjacent_place_noun(self.tokens, m);
                if matches!(noun, Some(PlaceNoun::Province | PlaceNoun::Settlement)) {
                    let e = all.entry(self.keys[j].clone()).or_default();
                    e.province |= noun == Some(PlaceNoun::Province);
                    e.settlement |= noun == Some(PlaceNoun::Settlement);
                }
            }
            all
        });
        all.get(&self.keys[mi]).copied().unwrap_or_default()
    }

    fn places_of(&self, mi: usize) -> &[crate::gazetteer::Place] {
        candidates_of(&self.all_places, &self.starts, mi)
    }

    /// [`CityPart`] of mention `mi`, if it names a part of a city.
    fn city_part(&self, mi: usize) -> Option<CityPart> {
        // (Cities only: "terrorists in the Bustan al-Qaser neighbourhood
        // shelled the Shahba Hotel in Aleppo" is in Aleppo, not in a town
        // called Shahba.)
        let cities = |j: usize| {
            self.places_of(j)
                .iter()
                .filter(|p| is_city(p))
                .map(|p| (p.lat, p.lon))
        };
        match part_by(self.tokens, self.mentions, mi) {
            PartBy::No => None,
            PartBy::Quarter => {
                // (The sentence's mentions, which come in text order.)
                let si = self.mentions[mi].sentence;
                let lo = self.mentions.partition_point(|m| m.sentence < si);
                let hi = self.mentions.partition_point(|m| m.sentence <= si);
                let with_city = |j: &usize| cities(*j).next().is_some();
                let host = (mi + 1..hi)
                    .find(with_city)
                    .or_else(|| (lo..mi).rev().find(with_city));
                let hosts = (lo..hi).filter(|&j| j != mi).flat_map(cities).collect();
                Some(CityPart {
                    near_anchors: true,
                    hosts,
                    host,
                    km: CITY_PART_KM,
                    beside: false,
                })
            }
            PartBy::DistrictOf(hi) => {
                let hosts: Vec<(f64, f64)> = cities(hi).collect();
                (!hosts.is_empty()).then_some(CityPart {
                    near_anchors: false,
                    hosts,
                    host: Some(hi),
                    km: CITY_PART_KM,
                    beside: false,
                })
            }
            PartBy::Beside(hi, km) => {
                // (Not a country: "a military airfield in Syria near Homs"
                // is in Syria, and near Homs.)
                if self.places_of(mi).iter().all(|p| p.kind == Kind::Country) {
                    return None;
                }
                // (Any place that is no area: "Kafranbel, south of Saraqib".)
                let hosts: Vec<(f64, f64)> = self
                    .places_of(hi)
                    .iter()
                    .filter(|p| !p.kind.is_area())
                    .map(|p| (p.lat, p.lon))
                    .collect();
                (!hosts.is_empty()).then_some(CityPart {
                    near_anchors: false,
                    hosts,
                    host: None,
                    km,
                    beside: true,
                })
            }
        }
    }

    /// Distinct anchor points without mention `mi`: all of them, less the
    /// point of `mi` when no other anchor stands there.
    fn distinct_without(&self, mi: usize) -> usize {
        // (Searches: the anchors come in mention order and the points
        // sorted, and an article of thousands of names asks for each.)
        match self
            .anchors
            .binary_search_by_key(&mi, |a| a.0)
            .ok()
            .map(|k| &self.anchors[k])
        {
            Some(a) => {
                let p = grid(a.1);
                let alone = self.points.partition_point(|&q| q <= p)
                    - self.points.partition_point(|&q| q < p)
                    == 1;
                self.distinct_all - usize::from(alone)
            }
            None => self.distinct_all,
        }
    }

    /// The place of mention `mi`, or `None` where no candidate remains.
    pub fn choose(&self, mi: usize) -> Option<NameRef> {
        self.choose_in(mi, true)
    }

    /// [`Resolver::choose`], asking the area the text puts the mention in
    /// only when `contained`: the area's own choice does not ask its own
    /// area, nor the choices it falls back to. (It had: "Shells fell on
    /// Aleppo in the Sulaymaniyah neighbourhood" asked the quarter for
    /// Aleppo's area, the quarter fell back to Aleppo, and Aleppo asked the
    /// quarter again, without end.)
    fn choose_in(&self, mi: usize, contained: bool) -> Option<NameRef> {
        let (g, text, tokens) = (self.g, self.text, self.tokens);
        let m = &self.mentions[mi];
        let written: &str = &self.keys[mi];
        let noun = adjacent_place_noun(tokens, m)
            .or_else(|| {
                beside_another(self.mentions, mi)
                    .then(|| list_place_noun(text, tokens, self.mentions, mi))
                    .flatten()
            })
            .or_else(|| {
                // "northern Hama", "south Idlib", "Zuid-Idlib": a part of a
                // province named like its capital, not the town. (Not of a
                // city of a million: "east Aleppo", "West Mosul" are the
                // city's halves.)
                (compass_before(tokens, m)
                    && self
                        .places_of(mi)
                        .iter()
                        .all(|p| !(p.kind.is_settlement() && p.population >= 1_000_000)))
                .then_some(PlaceNoun::Province)
            })
            .or_else(|| {
                // "a key town in Idlib", "een dorp in Idlib": a town lies in
                // a province, not in the town of its name. (Not a quarter,
                // "een wijk in Aleppo", which lies in the city; nor villages
                // near a town, "dorpen bij Hama".)
                let k = m.tokens.start;
                (k >= 2
                    && tokens[k - 1].folded == "in"
                    && !tokens[k - 1].sentence_start
                    && matches!(
                        tokens[k - 2].folded,
                        "town"
                            | "towns"
                            | "village"
                            | "villages"
                            | "city"
                            | "cities"
                            | "dorp"
                            | "dorpen"
                            | "dorpje"
                            | "stad"
                            | "steden"
                            | "stadje"
                            | "plaats"
                            | "plaatsje"
                    ))
                .then_some(PlaceNoun::Province)
            })
            .or_else(|| {
                // One sense per article: a name the text calls a province
                // elsewhere ("de Syrische provincie Idlib", "Idlib
                // province") and never a city is that province where it
                // stands bare ("een miljoen mensen in Idlib op de vlucht"),
                // the larger area when the text does not say which.
                // (Asked only of a name both a province and a settlement
                // carry.)
                let places = self.places_of(mi);
                if !(places.iter().any(|p| p.kind == Kind::Admin1)
                    && places.iter().any(|p| p.kind.is_settlement()))
                {
                    return None;
                }
                let senses = self.senses_of(mi);
                (senses.province && !senses.settlement).then_some(PlaceNoun::Province)
            });
        let demonym = demonym_before(tokens, m);
        // The country of the area the text puts it in: "Saida … in the
        // eastern Deraa countryside" is not Lebanon's Sidon. (Only an area:
        // "Nairab in Aleppo" may name the city.)
        let container = contained
            .then(|| container_after(tokens, self.mentions, mi))
            .flatten()
            .and_then(|(h, countryside)| Some((self.choose_in(h, false)?, countryside)))
            .map(|(r, countryside)| (g.place(r), countryside))
            .filter(|(p, _)| p.kind.is_area() && !p.country.is_empty());
        let contained_in = container.as_ref().map(|(p, _)| p.country);
        // And its province, when the area is one: "the town of Kabani in
        // Latakia province" is not Kobani, Aleppo's, however alike. (Not a
        // city's countryside: Damascus's is Rif Dimashq.)
        let in_province = container
            .as_ref()
            .filter(|(p, countryside)| p.kind == Kind::Admin1 && !countryside)
            .map(|(p, _)| p)
            .and_then(|p| p.admin1());
        // Written with a lowercase Arabic article hyphenated to it ("al-Jora",
        // "al-Meridian"), the name is transliterated: not a town of
        // India or the US. (Not "El Paso", whose article is capitalised.)
        let arabic = {
            let t = &tokens[m.tokens.start];
            !t.cap
                && m.tokens.len() > 1
                && crate::normalize::is_article(t.folded)
                && text.as_bytes().get(t.end) == Some(&b'-')
        };
        // Written with "al" ("Al Mashhad", "al-Bab"), the name is Arabic:
        // not a place of a country where Arabic names take no article (Iran's
        // Mashhad), unless its own name there has one.
        let al = m.tokens.len() > 1 && tokens[m.tokens.start].folded == "al";
        let distinct = self.distinct_without(mi);
        let part = self.city_part(mi);
        let mut spots = self.spots.borrow_mut();
        // Needed only for exact matches on a variant.
        let written_skeleton = std::cell::OnceCell::new();
        let mut best: Option<(f64, NameRef)> = None;
        // One word as written, and a common one ("Arab", "Opera"; not
        // "al-Hol", whose article marks a name). (Found when first asked:
        // most candidates never are.)
        let common = std::cell::OnceCell::new();
        let common_word = || *common.get_or_init(|| written_words(tokens, m, self.places_of(mi)));
        // Is the name, as written, some country's or settlement's own name?
        // (Found when first asked.)
        // (And the countries of those it names so.)
        let named = std::cell::OnceCell::new();
        let named_in = || -> &Vec<&'static str> {
            named.get_or_init(|| {
                if m.how != Match::Exact {
                    return Vec::new();
                }
                m.candidates
                    .iter()
                    .zip(self.places_of(mi))
                    .filter(|(r, p)| {
                        r.variant == 0 && (p.kind == Kind::Country || !p.kind.is_area())
                    })
                    .map(|(_, p)| p.country)
                    .collect()
            })
        };
        let primary_named = || !named_in().is_empty();
        // "the White House" (Casablanca's "Dar al-Beida" translated), "the
        // Holy See": after "the", a name of two capitalised common words or
        // more (zipf 4 and up: not "the Damascus countryside", "the al-Hol
        // camp") names an institution, not a place it is only a variant of.
        // (Found when first asked.)
        let phrase = std::cell::OnceCell::new();
        let institution = || {
            *phrase.get_or_init(|| {
                m.tokens.len() >= 2
                    && m.tokens.start > 0
                    && tokens[m.tokens.start - 1].folded == "the"
                    && tokens[m.tokens.clone()]
                        .iter()
                        .all(|t| t.cap && lexicon::word_zipf(t.folded).is_some_and(|z| z >= 4.0))
            })
        };
        for (&r, p) in m.candidates.iter().zip(self.places_of(mi)) {
            // (A country's names in other languages are all its own:
            // "Nederland" is the Netherlands, not Nederland, Colorado. A
            // town's variant spelled like another place's own name is only
            // a variant, even when it transliterates the town's name:
            // "Iraq" is Iraq, not Arāk, listed in GeoNames as "`Iraq". A
            // province keeps its transliterations: "Raqqa province".)
            let canonical = m.how == Match::Exact
                && (r.variant == 0
                    || p.kind == Kind::Country
                    || ((p.kind.is_area() || !primary_named())
                        && gaztools::is_canonical_skeleton(
                            g,
                            r,
                            written_skeleton.get_or_init(|| skeleton_of(g, m.text(text))),
                        )));
            if !canonical && p.kind != Kind::Country && institution() {
                continue;
            }
            let quality = match m.how {
                Match::Exact if canonical => 1.0,
                Match::Exact => gaztools::CANONICAL_SHARE,
                Match::Skeleton => 0.9 * gaztools::skeleton_similarity(g, r, written),
            };
            let share = self.focus.get(p.country).copied().unwrap_or(0.0) / self.total;
            // (An area is near nothing, unless a province noun names it and
            // its centre lies by the places named with it: "In the southern
            // region of Kherson, … in the village of Bilozerka" is the
            // region, however near Kherson city lies.)
            let province_named =
                p.kind == Kind::Admin1 && matches!(noun, Some(PlaceNoun::Province));
            let near = if p.kind.is_area() && !province_named {
                0.0
            } else {
                // (Only the distances under 100 km count; those beyond
                // STRAY_KM are infinite.)
                // A variant spelled like the own name of another place in
                // its country is near only a place its sentence or the one
                // before or after names: "Nairab, bij het
                // vliegveld van Aleppo" is the Nayrab by the airport, but
                // "opgepakt in Kapelle" is Kapelle, Zeeland, whatever a
                // later paragraph says of a court in The Hague (Capelle
                // aan den IJssel, 20 km away, lists "Kapelle").
                let d = if m.how == Match::Exact && !canonical && named_in().contains(&p.country) {
                    let si = m.sentence;
                    spots.nearest_of(r, p, mi, |j| self.mentions[j].sentence.abs_diff(si) <= 1)
                } else {
                    spots.distances(r, p, mi).fold(f64::INFINITY, f64::min)
                };
                if d < 30.0 {
                    0.4
                } else if d < 100.0 {
                    0.2
                } else {
                    0.0
                }
            };
            if !plausible(
                r,
                p,
                m.how,
                mi,
                &mut spots,
                distinct,
                &self.sole_country,
                &self.demonyms,
                &self.keys,
                canonical,
                common_word,
            ) {
                continue;
            }
            // (With too few anchors to judge by, a phonetic match abroad
            // still needs its country in the article's focus: "Bustan" of
            // Bustan al-Qasr is not Bŭston, Tajikistan.)
            if distinct < 2 && m.how == Match::Skeleton && share == 0.0 && p.kind != Kind::Country {
                continue;
            }
            // A part of a city is no area, and lies in its city: "the
            // Sulaymaniyah neighbourhood" of an article on Aleppo is not
            // the Iraqi city, whatever its size. (With no other place
            // named, there is nothing to tell by.)
            let in_city = part.as_ref().is_none_or(|part| {
                (part.beside || !p.kind.is_area())
                    && ((part.near_anchors
                        && ((distinct == 0 && part.hosts.is_empty())
                            || spots.distances(r, p, mi).any(|d| d < CITY_PART_KM)))
                        || part
                            .hosts
                            .iter()
                            .any(|&h| within_km(h, (p.lat, p.lon), part.km)))
            });
            if !in_city {
                continue;
            }
            // A quarter is no airbase or camp: "the Mezzeh neighbourhood of
            // Damascus" is the quarter named after the airbase's town.
            if part.as_ref().is_some_and(|part| !part.beside)
                && matches!(p.kind, Kind::Airbase | Kind::Camp)
            {
                continue;
            }
            if arabic
                && p.kind != Kind::Country
                && !p.country.is_empty()
                && !lexicon::transliterated_country(p.country.as_bytes())
            {
                continue;
            }
            if al
                && p.kind != Kind::Country
                && !p.country.is_empty()
                && !lexicon::arabic_country(p.country.as_bytes())
                && !p
                    .variant(usize::from(r.variant))
                    .get(..2)
                    .is_some_and(|a| a.eq_ignore_ascii_case("al"))
            {
                continue;
            }
            // "de Syrische stad X", "the Syrian town of X", "Syrian Suri":
            // a demonym right before a town's name rules out towns of
            // other countries (not areas: "de Israëlische Golan"; nor
            // bases and camps, whose demonym is who runs them: "the
            // Russian Hmeimim air base", "de Amerikaanse basis Al-Tanf").
            if let Some(cc) = demonym
                && !p.kind.is_area()
                && !matches!(p.kind, Kind::Airbase | Kind::Camp)
                && !p.country.is_empty()
                && p.country != cc
            {
                continue;
            }
            if let Some(cc) = contained_in
                && !p.kind.is_area()
                && !p.country.is_empty()
                && p.country != cc
            {
                continue;
            }
            if let Some(a1) = in_province
                && !p.kind.is_area()
                && p.admin1().is_some_and(|own| own != a1)
            {
                continue;
            }
            // Of two places of one name beside the same one, the nearer:
            // "the Nayrab military airport near Aleppo" is the Nayrab by
            // Aleppo (8 km), not the one by Saraqib (53 km).
            let beside_host = part
                .as_ref()
                .filter(|part| part.beside)
                .and_then(|part| {
                    part.hosts
                        .iter()
                        .map(|&h| crate::gazetteer::distance_km(h, (p.lat, p.lon)))
                        .reduce(f64::min)
                        .map(|d| 0.5 * (1.0 - d / part.km.min(BESIDE_KM)).max(0.0))
                })
                .unwrap_or(0.0);
            let score =
                quality + noun_bonus(noun, p.kind) + 0.4 * share + near + prior(p) + beside_host;
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, r));
            }
        }
        // A part of a city that no candidate places there is in its city,
        // when the sentence names it (and that is no part itself).
        if best.is_none()
            && let Some(host) = part.and_then(|p| p.host)
            && part_by(tokens, self.mentions, host).is_no()
        {
            drop(spots);
            return self.choose_in(host, contained);
        }
        best.map(|(_, r)| r)
    }
}

impl PartBy {
    fn is_no(&self) -> bool {
        matches!(self, PartBy::No)
    }
}
