//! Deaths: how many died in the event a sentence reports.
//!
//! Takes a sentence's tokens; gives its death count ([`DeathCount`]): a
//! number or a vague quantity coded as ACLED codes it, or people named one
//! by one; never a war's or a period's toll, the wounded, ages, dates, or
//! the dead of an earlier deed an event avenges.

use super::*;

/// Does a sentence count the dead of a whole war or period rather than of
/// an event?
pub(super) enum Toll {
    No,
    /// "during the past month", "de afgelopen jaren": any count in it. ("So
    /// far", "tot nu toe" are as often an event's rising toll.)
    Period,
    /// "since" a date or the start of something, at this token: a count
    /// before it ("More than 280000 people have been killed since Syria's
    /// conflict broke out in March 2011", "… 649 civilians since September
    /// 2014"). "Since" and a weekday ("sinds zondag") is an event's count.
    Since(usize),
}

/// Does the sentence (its tokens `range`) open with "since then",
/// "sindsdien" (after at most one word: "En sindsdien", "Ever since then")?
pub fn since_then(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    let words = &tokens[range];
    (0..words.len().min(2)).any(|i| since_then_at(words, i))
}

/// Is word `i` of `words` "sindsdien", or "since" before "then": since a
/// time told before?
pub(super) fn since_then_at(words: &[Token], i: usize) -> bool {
    let w = words[i].folded;
    // (Most words start with another letter.)
    w.as_bytes().first() == Some(&b's')
        && (w == "sindsdien"
            || (w == "since" && words.get(i + 1).is_some_and(|n| n.folded == "then")))
}

pub(super) fn cumulative_toll(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Toll {
    let start = range.start;
    let words = &tokens[range];
    let period = |t: &Token| {
        lexicon::month(t.folded).is_some()
            || lexicon::is_year(t.folded)
            || lexicon::starts_a_period(t.folded)
    };
    // "during the four-month battle for the city", "tijdens de
    // maandenlange belegering", "after a four-month battle for the city
    // that killed more than 3,000 people": a campaign of months or years.
    // (Asked of the span's word, a date word by its class bit, or a
    // "-lange" compound: few words of a sentence.)
    let campaign = |i: usize| {
        let t = &words[i];
        ((t.class & lexicon::class::DATE != 0 && is_duration(t.folded))
            || t.folded.ends_with("lange"))
            && words[i.saturating_sub(3)..i].iter().any(|w| {
                matches!(
                    w.folded,
                    "during" | "tijdens" | "in" | "after" | "following" | "na"
                )
            })
            && words[i + 1..].iter().take(2).any(|w| {
                matches!(
                    w.folded,
                    "battle"
                        | "campaign"
                        | "siege"
                        | "offensive"
                        | "war"
                        | "operation"
                        | "slag"
                        | "strijd"
                        | "belegering"
                        | "offensief"
                        | "campagne"
                        | "operatie"
                )
            })
    };
    let mut toll = Toll::No;
    for (i, t) in words.iter().enumerate() {
        if campaign(i) {
            return Toll::Period;
        }
        // "Sindsdien zijn in Mosul meer dan 900 burgers omgekomen", "Since
        // then, 900 civilians have been killed": since a time told before.
        if since_then_at(words, i) {
            return Toll::Period;
        }
        match t.folded {
            // "De strijd om Mosul heeft duizenden doden geëist": a
            // campaign's dead.
            "strijd" | "slag" | "battle" if battle_toll(tokens, start + i, start + words.len()) => {
                return Toll::Period;
            }
            // "Sinds het begin van het offensief op 18 februari zijn in
            // Oost-Ghouta meer dan 1400 burgers omgekomen": every count
            // after a start named is the period's.
            // (Not a record measured since the start: "one of the highest
            // tolls in a single day since the start of the war".)
            "since" | "sinds"
                if (start + i + 1..start + i + 4).any(|x| start_of(tokens, x))
                    && !record_before(words, i) =>
            {
                return Toll::Period;
            }
            // (Or, right after the deaths, a start told with its verb:
            // "had been killed since the rebels launched the offensive on
            // Wednesday". Not a "since" that measures a record: "killing
            // all five people on board in the biggest loss … since they
            // started operations in Syria".)
            // (Only up to the comma that ends the date: "killed 90 people
            // since Sunday, a war monitor said" is no war's toll.)
            // (Nor a record measured since a time: "the deadliest day of
            // violence in the country since the 2006 war", "de zwaarste
            // aanval sinds 2013".)
            "since" | "sinds" if record_before(words, i) => {}
            "since" | "sinds"
                if words[i + 1..]
                    .iter()
                    .take(6)
                    .enumerate()
                    .take_while(|&(j, _)| {
                        j == 0 || !clause_break_after(text, tokens, start + i + j)
                    })
                    .any(|(_, w)| {
                        period(w)
                            || (lexicon::is_period_start_verb(w.folded)
                                && (words[..i]
                                    .iter()
                                    .all(|t| t.class & lexicon::class::NUMBER == 0)
                                    || i > 0
                                        && matches!(
                                            words[i - 1].folded,
                                            "killed"
                                                | "died"
                                                | "dead"
                                                | "omgekomen"
                                                | "gedood"
                                                | "gesneuveld"
                                        )))
                    }) =>
            {
                if matches!(toll, Toll::No) {
                    toll = Toll::Since(start + i);
                }
            }
            // "killed in Syria's war", "in de oorlog", "in the conflict";
            // and what the war did: "The conflict has killed more than
            // 280000 people".
            "war" | "oorlog" | "burgeroorlog" | "conflict"
                if words[i.saturating_sub(3)..i]
                    .iter()
                    .any(|w| matches!(w.folded, "in" | "during" | "tijdens"))
                    || words[i + 1..].iter().take(3).any(|w| {
                        lexicon::is_killing_verb(w.folded)
                            || matches!(w.folded, "claimed" | "kostte" | "eiste")
                    }) =>
            {
                return Toll::Period;
            }
            // "between April and August", "tussen 2014 en 2017".
            "between" | "tussen" if between_months(tokens, start + words.len(), start + i) => {
                return Toll::Period;
            }
            "past" | "afgelopen"
                if words[i + 1..].iter().take(2).any(|w| {
                    matches!(
                        w.folded,
                        "month"
                            | "months"
                            | "year"
                            | "years"
                            | "maanden"
                            | "jaar"
                            | "jaren"
                            | "weeks"
                            | "weken"
                    )
                }) =>
            {
                return Toll::Period;
            }
            // ("in the last two weeks", "de laatste maanden"; not "last
            // year", a date.)
            "last" | "laatste"
                if words[i + 1..].iter().take(2).any(|w| {
                    matches!(
                        w.folded,
                        "months" | "years" | "weeks" | "maanden" | "jaren" | "weken"
                    )
                }) =>
            {
                return Toll::Period;
            }
            _ => {}
        }
    }
    toll
}

/// Does a superlative or "first" stand in the eight words before word
/// `i`, a record that a "since" after it measures: "the deadliest day …
/// since the 2006 war", "het zwaarste bombardement sinds 2013", "the first
/// time since 2012"?
fn record_before(words: &[Token], i: usize) -> bool {
    words[i.saturating_sub(8)..i].iter().any(|t| {
        matches!(
            t.folded,
            "deadliest"
                | "worst"
                | "biggest"
                | "heaviest"
                | "bloodiest"
                | "largest"
                | "fiercest"
                | "highest"
                | "first"
                | "dodelijkste"
                | "zwaarste"
                | "bloedigste"
                | "ergste"
                | "grootste"
                | "hevigste"
                | "eerste"
        )
    })
}

/// Is the word a number, digits or words ("tientallen" too)? (Its class
/// bit is a maybe: "foreign" shares "forty"'s first letters.)
fn is_number(t: &Token) -> bool {
    t.class & lexicon::class::NUMBER != 0
        && (digits_or_number_word(t.folded) || lexicon::vague_quantity(t.folded).is_some())
}

/// Is the (folded) word written in digits or a number word ("63",
/// "drie")? Not a vague quantity ("hundreds").
fn digits_or_number_word(w: &str) -> bool {
    w.as_bytes()[0].is_ascii_digit() || lexicon::number_word(w).is_some()
}

/// Is there a death word starting at token `k`? Returns its length. (The
/// class bit first: most words can start none.)
pub fn death_at(words: &[Token], i: usize) -> Option<usize> {
    let t = words
        .get(i)
        .filter(|t| t.class & lexicon::class::DEATH != 0)?;
    // (A death sentence is no death: "elf Fransen ter dood veroordeeld".)
    if t.folded == "dood" && i > 0 && words[i - 1].folded == "ter" {
        return None;
    }
    // (Lives are dead only taken, and counted: "eiste nog 63 levens",
    // "claimed more than 100 civilian lives", "claiming the lives of at
    // least 32 people"; not "saved 63 lives", nor "the lives of hundreds",
    // a vague count.)
    if matches!(t.folded, "levens" | "lives") {
        let number = |w: &Token| digits_or_number_word(w.folded);
        let counted = words[i.saturating_sub(2)..i].iter().any(number)
            || (words
                .get(i + 1)
                .is_some_and(|w| matches!(w.folded, "of" | "van"))
                && words[i + 2..words.len().min(i + 5)].iter().any(number));
        let taken = words[i.saturating_sub(12)..i].iter().any(|w| {
            matches!(
                w.folded,
                "eiste" | "eisten" | "geeist" | "claimed" | "claiming" | "took" | "cost"
            )
        });
        if !(counted && taken) {
            return None;
        }
    }
    lexicon::deaths_starting_in(t.folded, t.bucket.into())
        .find_map(|p| lexicon::phrase_len_after_first(p, words, i))
}

/// Any death word in the sentence (for `casualties`)?
pub fn has_death_word(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    let words = &tokens[range];
    (0..words.len()).any(|i| death_at(words, i).is_some() && words[i].folded != "dode")
}

/// Does the sentence count people by the hundred or more ("80.000 mensen",
/// "thousands", "tienduizenden")? A flight that many make from a province
/// is an event; one refugee's flight from it is a life story. (A year is
/// no count: "in 2019".)
pub fn counts_many(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|k| {
        let t = &tokens[k];
        lexicon::vague_quantity(t.folded).is_some_and(|n| n >= 100)
            || matches!(
                t.folded,
                "millions" | "tienduizenden" | "honderdduizenden" | "miljoenen"
            )
            || (t.class & lexicon::class::NUMBER != 0
                && !lexicon::is_year(t.folded)
                && number_at(text, tokens, k).is_some_and(|(n, _)| n >= 100))
    })
}

/// The value of a number token (digits or words), with how many tokens it
/// takes ("twenty two" joined by a hyphen is one number).
pub fn number_at(text: &str, tokens: &[Token], k: usize) -> Option<(u32, usize)> {
    let t = &tokens[k];
    // A number joined to a unit measures, it counts no one: "a four-month
    // battle", "a 48-hour ceasefire". (An age is read where the person
    // is: "a 5-year-old child was killed".)
    if t.joined
        && tokens.get(k + 2).is_none_or(|o| o.folded != "old")
        && tokens.get(k + 1).is_some_and(|n| {
            matches!(
                n.folded,
                "month"
                    | "week"
                    | "day"
                    | "year"
                    | "hour"
                    | "minute"
                    | "mile"
                    | "km"
                    | "kilometre"
                    | "kilometer"
                    | "storey"
                    | "story"
                    | "point"
            )
        })
    {
        return None;
    }
    let raw = &text[t.start..t.end];
    if raw.as_bytes()[0].is_ascii_digit() {
        if !raw
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        {
            return None;
        }
        // A model's number joined to its letters is no count: "F-16",
        // "Su-24", "MiG-23", "S-400".
        if k > 0
            && t.start == tokens[k - 1].end + 1
            && text.as_bytes()[t.start - 1] == b'-'
            && tokens[k - 1].cap
            && tokens[k - 1].end - tokens[k - 1].start <= 3
        {
            return None;
        }
        // "130.000" and "130,000" are thousands; "3,6" is a decimal (its
        // whole part counts). A number past u32 is none.
        let (first, rest) = raw.split_at(raw.find(['.', ',']).unwrap_or(raw.len()));
        let thousands = !rest.is_empty() && rest.split(['.', ',']).skip(1).all(|g| g.len() == 3);
        let digits = if thousands { raw } else { first };
        let n = digits
            .bytes()
            .filter(u8::is_ascii_digit)
            .try_fold(0u32, |n, b| {
                n.checked_mul(10)?.checked_add(u32::from(b - b'0'))
            })?;
        return Some((n, 1));
    }
    // Dutch "ten" is "to the" ("ten zuiden van", "ten minste"), not 10.
    if t.folded == "ten"
        && tokens.get(k + 1).is_some_and(|n| {
            lexicon::is_direction(n.folded)
                || matches!(
                    n.folded,
                    "minste"
                        | "tijde"
                        | "behoeve"
                        | "gevolge"
                        | "aanzien"
                        | "opzichte"
                        | "slotte"
                        | "einde"
                )
        })
    {
        return None;
    }
    let n = lexicon::number_word(t.folded)?;
    if n < 100
        && n % 10 == 0
        && n >= 20
        && let Some(next) = tokens.get(k + 1)
        && t.joined
        // ("one" alone counts nothing, but "fifty-one" is 51.)
        && let Some(u) = lexicon::number_word(next.folded)
            .filter(|u| *u < 10)
            .or((next.folded == "one").then_some(1))
    {
        return Some((n + u, 2));
    }
    // "two dozen", "drie dozijn": that many dozens.
    if n <= 10
        && tokens
            .get(k + 1)
            .is_some_and(|d| matches!(d.folded, "dozen" | "dozijn"))
    {
        return Some((n * 12, 2));
    }
    Some((n, 1))
}

/// A death count: the number, and the token where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeathCount {
    pub n: u32,
    pub at: usize,
    /// Told in a clause that names the deed an event avenges or answers,
    /// from this token on: the dead are that deed's ([`avenged`]).
    pub avenged: Option<usize>,
}

/// Is the count at token `at` a toll that rose to it: "the death toll
/// rose to 25", "has climbed to", "het dodental is opgelopen tot 25"?
pub fn toll_rose_to(tokens: &[Token], at: usize) -> bool {
    let at = hedge_start(tokens, 0, at);
    at >= 2
        && matches!(tokens[at - 1].folded, "to" | "tot")
        && matches!(
            tokens[at - 2].folded,
            "rose"
                | "risen"
                | "climbed"
                | "increased"
                | "jumped"
                | "rises"
                | "climbs"
                | "opgelopen"
                | "gestegen"
                | "liep"
                | "steeg"
        )
}

/// Where the hedge before the number at token `at` starts ("more than",
/// "at least", "meer dan", "over", "ruim", "zeker", "nearly", "bijna"), not
/// before token `first`; `at` when there is none. ("rose to more than
/// 500", "opgelopen tot ruim 500".)
fn hedge_start(tokens: &[Token], first: usize, at: usize) -> usize {
    let word = |b: usize| {
        at.checked_sub(b)
            .filter(|&k| k >= first)
            .map(|k| tokens[k].folded)
    };
    match (word(2), word(1)) {
        (Some("more" | "meer" | "at"), Some("than" | "dan" | "least")) => at - 2,
        (_, Some("over" | "ruim" | "zeker" | "nearly" | "almost" | "bijna")) => at - 1,
        _ => at,
    }
}

/// Does the sentence tell its dead as those of the air strikes told
/// before: "four soldiers were killed in the strikes, which also damaged
/// Damascus airport", "bij de luchtaanvallen"? Its places are then not the
/// dead's own, and the count goes back to the strikes. (Not "de aanval":
/// an attack may be any event told before, and "Bij de aanval van het
/// leger van Israël" after Syrian rockets on the Golan is Israel's.)
pub fn killed_in_the_strikes(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    (range.start + 2..range.end).any(|k| {
        matches!(
            tokens[k].folded,
            "strike" | "strikes" | "raid" | "raids" | "luchtaanval" | "luchtaanvallen"
        ) && matches!(
            tokens[k - 1].folded,
            "the" | "de" | "het" | "these" | "those" | "deze"
        ) && matches!(tokens[k - 2].folded, "in" | "by" | "bij" | "door")
    })
}

/// Is the count at token `at` told as the total ("In totaal vielen zeker
/// negentien doden", "In all, 19 people were killed", "killed 19 people
/// altogether", "a total of 19")? Said after a first count of the same
/// event ("vier Amerikanen"), it is the event's whole toll, which ACLED
/// codes.
pub fn count_in_total(tokens: &[Token], range: std::ops::Range<usize>, at: usize) -> bool {
    let near = at.saturating_sub(6).max(range.start)..(at + 5).min(range.end);
    near.clone().any(|k| {
        let w = tokens[k].folded;
        matches!(w, "totaal" | "total" | "altogether" | "overall" | "totale")
            || (w == "all"
                && k > range.start
                && tokens[k - 1].folded == "in"
                // ("In all, 19", "in all 19"; not "in all of Syria".)
                && (k + 1 == at || tokens.get(k + 1).is_some_and(|n| n.start > tokens[k].end + 1)))
    })
}

/// Does the sentence tell of an accident or a disaster, whose dead are no
/// conflict's: "a stampede killed 56 people", "the plane crashed, killing
/// all 176 on board", "bij een aardbeving kwamen 40 mensen om"? (Asked only
/// of deaths without an event cue.)
pub fn accident(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    tokens[range].iter().any(|t| {
        matches!(
            t.folded,
            "stampede"
                | "crash"
                | "crashed"
                | "accident"
                | "ongeluk"
                | "ongeval"
                | "verkeersongeluk"
                | "neergestort"
                | "stortte"
                | "earthquake"
                | "aardbeving"
                | "flood"
                | "floods"
                | "flooded"
                | "flooding"
                | "floodwaters"
                | "rain"
                | "rains"
                | "rainfall"
                | "regenval"
                | "hoogwater"
                | "wildfire"
                | "wildfires"
                | "bosbrand"
                | "bosbranden"
                | "overstroming"
                | "overstromingen"
                | "drowned"
                | "verdronken"
                | "verdronk"
                | "storm"
                | "storms"
                | "noodweer"
                | "hurricane"
                | "orkaan"
                | "tornado"
                | "cyclone"
                | "typhoon"
                | "landslide"
                | "landslides"
                | "aardverschuiving"
                | "avalanche"
                | "lawine"
                | "lightning"
                | "bliksem"
                | "heatwave"
                | "hittegolf"
        )
    })
}

/// The first death count the sentence reports.
///
/// A count is a number followed, within the clause and eight words, by a
/// death word ("zeker 22 Turkse militairen om het leven gekomen", "dertien
/// doden"), or preceded by one within four words ("killing 12", "het aantal
/// burgerdoden ligt op dertig"). "... and a journalist" after the counted
/// noun adds one. Years, dates, wounded, refugees and prisoners are not
/// counts.
pub fn death_count(text: &str, tokens: &[Token], s: &Sentence) -> Option<DeathCount> {
    counted::<false>(text, tokens, s).or_else(|| least_of_some(text, tokens, s))
}

/// Dead told with no number but some of them counted, "Ook in Saraqeb
/// vielen doden, onder wie drie kinderen", "People were also killed in
/// Saraqeb, among them three children": at least those, as ACLED takes
/// the lowest figure. (Only after the death word, in the aside.)
fn least_of_some(text: &str, tokens: &[Token], s: &Sentence) -> Option<DeathCount> {
    if s.class & lexicon::class::DEATH == 0 || s.class & lexicon::class::NUMBER == 0 {
        return None;
    }
    let words = &tokens[s.tokens.clone()];
    let death = (0..words.len())
        .find(|&i| death_at(words, i).is_some() && !matches!(words[i].folded, "dode" | "dead"))?;
    (death + 1..words.len().saturating_sub(2)).find_map(|a| {
        let opens = matches!(
            (words[a].folded, words[a + 1].folded),
            ("onder", "wie") | ("among", "them") | ("including", _) | ("waaronder", _)
        );
        if !opens {
            return None;
        }
        let at = if matches!(words[a].folded, "including" | "waaronder") {
            a + 1
        } else {
            a + 2
        };
        let k = s.tokens.start + at;
        let (n, len) = number_at(text, tokens, k)?;
        words[(at + len).min(words.len())..(at + len + 3).min(words.len())]
            .iter()
            .any(|t| lexicon::is_victim_noun(t.folded))
            .then_some(DeathCount {
                n,
                at: k,
                avenged: None,
            })
    })
}

/// Where the clause begins that names the deed an event avenges or
/// answers, when the word at token `k` (sentence from `first`) is in it:
/// "fired missiles at Islamic State targets in Deir al-Zor province in
/// retaliation for attacks in Tehran that killed 18 people", "als
/// vergelding voor een aanslag waarbij twaalf doden vielen". Those dead are
/// the earlier deed's, not those of an event told before the clause.
pub fn avenged(text: &str, tokens: &[Token], first: usize, k: usize) -> Option<usize> {
    // The nearest such word before `k`, then no clause break between.
    // (Most words start with another letter than these: a clause break is
    // looked for only once one is found.)
    let j = (first..k).rev().find(|&j| avenge_word(tokens, j))?;
    in_clause_of(text, tokens, j, k).then_some(j)
}

/// Where the phrase of a deed told as earlier opens, if token `k` stands in
/// it: the nearest "after", "na" or "following" (and, with `conjunction`,
/// "nadat") from token `first` on before `k`, with no clause break between
/// ("US strikes Syria after chemical attack in Douma", "Westerse aanvallen
/// op Syrische doelen na gifgasaanval Douma").
pub fn after_deed(
    text: &str,
    tokens: &[Token],
    first: usize,
    k: usize,
    conjunction: bool,
) -> Option<usize> {
    let j = (first..k).rev().find(|&j| {
        matches!(tokens[j].folded, "after" | "na" | "following")
            || (conjunction && tokens[j].folded == "nadat")
    })?;
    in_clause_of(text, tokens, j, k).then_some(j)
}

/// Does token `k` stand in the clause that opens at token `a`: after it,
/// with no clause break between?
pub fn in_clause_of(text: &str, tokens: &[Token], a: usize, k: usize) -> bool {
    k > a && (a..k).all(|x| !clause_break_after(text, tokens, x))
}

/// Does token `j` open the phrase of a deed avenged or answered:
/// "retaliation/revenge/reprisal for", "vergelding/wraak voor", "response
/// to", "responded to", "reactie op", or of one that angered, "anger
/// over", "woede over" ([`avenged`])?
#[inline]
pub(super) fn avenge_word(tokens: &[Token], j: usize) -> bool {
    let w = tokens[j].folded;
    // (By the first letter: most words start with another letter than
    // these, and "a", "o" and "f" start many, so the word after is asked
    // first.)
    // (Past "daarmee": "Ze reageren daarmee op een gifgasaanval".)
    let then = || {
        let at = |d: usize| tokens.get(j + d).map_or("", |t| t.folded);
        match at(1) {
            "daarmee" | "hiermee" => at(2),
            w => w,
        }
    };
    // (A deed that angered: "stormed the US embassy … in anger over US air
    // strikes that killed 25 fighters", "uit woede over".)
    let angered = || matches!(then(), "over" | "at" | "about") && lexicon::is_anger_word(w);
    match w.as_bytes().first() {
        Some(b'r' | b'v' | b'w') => {
            (matches!(
                w,
                "retaliation" | "reprisal" | "revenge" | "vergelding" | "wraak" | "represaille"
            ) && matches!(then(), "for" | "voor"))
                || (matches!(
                    w,
                    "response"
                        | "reactie"
                        | "respond"
                        | "responded"
                        | "responding"
                        | "reageerde"
                        | "reageerden"
                        | "reageren"
                        | "reageert"
                ) && matches!(then(), "to" | "op"))
                || angered()
        }
        Some(b'a' | b'o' | b'f' | b'b') => angered(),
        _ => false,
    }
}

/// A vague death count, as ACLED codes one: "tens"/"tientallen" 10,
/// "dozens" 12, "scores" 20, "hundreds"/"honderden" 100,
/// "thousands"/"duizenden" 1,000 ("Dozens of civilians were killed",
/// "killing hundreds"), read as [`death_count`] reads a number. Not "tens
/// of thousands", "hundreds of thousands": a war's toll.
pub fn vague_death_count(text: &str, tokens: &[Token], s: &Sentence) -> Option<DeathCount> {
    counted::<true>(text, tokens, s)
}

/// The value ACLED gives a vague quantity at word `i` (see
/// [`vague_death_count`]).
pub(super) fn vague_number(words: &[Token], i: usize) -> Option<u32> {
    let n = lexicon::vague_quantity(words[i].folded)?;
    let of_thousands = words.get(i + 1).is_some_and(|t| t.folded == "of")
        && words
            .get(i + 2)
            .is_some_and(|t| matches!(t.folded, "thousands" | "millions"));
    let dutch_thousands = words.get(i + 1).is_some_and(|t| t.folded == "duizenden");
    (!of_thousands && !dutch_thousands).then_some(n)
}

/// [`death_count`], or [`vague_death_count`] when `VAGUE` (a copy of each:
/// the word loop is hot).
pub(super) fn counted<const VAGUE: bool>(
    text: &str,
    tokens: &[Token],
    s: &Sentence,
) -> Option<DeathCount> {
    // (Most sentences hold no vague number.)
    if VAGUE && s.class & lexicon::class::NUMBER == 0 {
        return None;
    }
    // Most sentences name no death: pass them over before parsing numbers
    // (by the sentence's bits, then by its words).
    if s.class & lexicon::class::DEATH == 0 {
        return None;
    }
    let range = s.tokens.clone();
    let any_death_word = tokens[range.clone()].iter().any(|t| {
        t.class & lexicon::class::DEATH != 0
            && (t.folded == "toll"
                || lexicon::deaths_starting_in(t.folded, t.bucket.into())
                    .next()
                    .is_some())
    });
    if !any_death_word {
        return None;
    }
    // (A toll "since" a date counts the dead before it; "the worst report
    // since the March 19 attack in Khan al-Assal, when 30 were killed"
    // names an event's after it.)
    let words = &tokens[range.clone()];
    let base = range.start;
    let mut i = 0;
    while i < words.len() {
        let k = base + i;
        if tokens[k].class & lexicon::class::NUMBER == 0 {
            i += 1;
            continue;
        }
        // "one" is no number alone ("one of the largest"), but "one person",
        // "one killed" are one. So is Dutch "één", written with its accents
        // (folded, it is "een", the article).
        let one = || {
            (words[i].folded == "one"
                || (words[i].folded == "een" && !text[words[i].start..words[i].end].is_ascii()))
                && {
                    // ("one other man", "one more civilian".)
                    let n = if words
                        .get(i + 1)
                        .is_some_and(|t| matches!(t.folded, "other" | "more" | "andere"))
                    {
                        i + 2
                    } else {
                        i + 1
                    };
                    words.get(n).is_some_and(|t| {
                        lexicon::is_person_noun(t.folded)
                            || lexicon::is_kin_noun(t.folded)
                            || death_at(words, n).is_some()
                    })
                }
        };
        let number = if VAGUE {
            vague_number(words, i).map(|n| (n, 1))
        } else {
            number_at(text, tokens, k).or_else(|| one().then_some((1, 1)))
        };
        let Some((n, len)) = number else {
            i += 1;
            continue;
        };
        let prev = i.checked_sub(1).map(|p| words[p].folded);
        let next = words.get(i + len).map(|t| t.folded);
        // (A year after a month and its day too: "Published November 23
        // 2017 At least nine civilians were killed" once gave 2017 deaths.)
        let after_month_day = i >= 2
            && prev.is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
            && lexicon::month(words[i - 2].folded).is_some();
        // (A number word after a month is no day of it: "kwamen in januari
        // vier Amerikanen om", "in March two soldiers were killed".)
        let is_date_part = next.is_some_and(|w| lexicon::month(w).is_some())
            // (Not past a comma: "Since March, 649 civilians".)
            || (prev.is_some_and(|w| lexicon::month(w).is_some())
                && words[i].folded.as_bytes()[0].is_ascii_digit()
                && !clause_break_after(text, tokens, k - 1))
            || ((1900..=2100).contains(&n)
                && (after_month_day
                    || prev.is_some_and(|w| matches!(w, "in" | "sinds" | "van" | "since" | "of"))));
        // A number in parentheses is an age or a page's view count:
        // "Saleh (17)", "Islamic State Rises (1881) Related …". Numbers
        // joined by "-", "/" or "." are a date or a time: "15-11-2014".
        let bytes = text.as_bytes();
        let (a, z) = (tokens[k].start, tokens[k + len - 1].end);
        let parenthesised = a > 0 && bytes[a - 1] == b'(' && bytes.get(z) == Some(&b')');
        let glued = |at: usize| matches!(bytes.get(at), Some(b'-' | b'/' | b'.' | b':'));
        let numeric = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
        let in_date = (a >= 2 && glued(a - 1) && numeric(a - 2)) || (glued(z) && numeric(z + 1));
        // An age is no count either: "killing a 58-year-old man", "een
        // 12-jarige jongen", "aged 40", "58 years old" (the man is counted
        // by [`victims_at`]).
        let age = age_len(text, words, i, len).is_some() || prev == Some("aged");
        // So is a number in commas after a person's name: "Ahmed Hamad, 34,
        // was killed".
        let name_age = len == 1 && n < 120 && age_in_commas(text, tokens, k);
        // Nor a number the wounding verb before it counts: "wounding seven
        // people before he was shot dead".
        let of_wounding = prev.is_some_and(|w| {
            matches!(
                w,
                "wounding" | "injuring" | "verwondend" | "verwondde" | "verwondden"
            )
        });
        // Nor a number of strikes or raids: "among those killed in nearly
        // 40 air raids", "40 air strikes killed six", "bij drie
        // bombardementen".
        let of_strikes = words.get(i + len).is_some_and(|t| {
            t.class & lexicon::class::CUE != 0
                && !lexicon::is_victim_noun(t.folded)
                && (lexicon::is_generic_event_noun(t.folded)
                    || lexicon::cues_starting_in(t.folded, t.bucket.into()).any(|c| {
                        (c.ty.is_remote() || c.ty == EventType::Raid)
                            && lexicon::phrase_at(c.words, words, i + len)
                    }))
        });
        // Nor a number of places: "in vier wijken van Aleppo werden 82
        // burgers gedood", "in five villages".
        let of_places = next.is_some_and(|w| {
            lexicon::is_list_place_noun(w)
                || matches!(
                    w,
                    "wijken"
                        | "districts"
                        | "neighbourhoods"
                        | "neighborhoods"
                        | "quarters"
                        | "gebieden"
                        | "areas"
                )
        });
        if is_date_part
            || parenthesised
            || in_date
            || age
            || name_age
            || of_wounding
            || of_strikes
            || of_places
        {
            i += len;
            continue;
        }
        // Forward: NUMBER words… DEATH.
        // (Asked only when another number is met.)
        // (Or people up to three words on, past a demonym: "11 Syrian
        // opposition fighters and five Kurdish fighters were killed".)
        let counts_something = || {
            next.is_some_and(|w| !w.as_bytes()[0].is_ascii_digit() && lexicon::is_content_word(w))
                || words[i + len..words.len().min(i + len + 3)]
                    .iter()
                    .any(|t| lexicon::is_victim_noun(t.folded))
        };
        let mut j = i + len;
        let mut plus_one = false;
        let mut found = false;
        // (The wounded: "injured dozens", "thousands more injured". Asked of
        // vague counts only, which headlines and summaries use for both.)
        let mut wounded = VAGUE && prev.is_some_and(lexicon::is_not_death);
        // (Some of them named between reach further: "At least 36
        // civilians including 11 children and five women were killed".)
        let mut reach = i + len + 8;
        while !wounded && j < words.len() && j < reach {
            // (So does where they came from, right after them: "98
            // evacuees from the towns of Fuaa and Kafraya were killed".)
            let origin = j <= i + len + 2 && matches!(words[j].folded, "from" | "uit");
            // (And a list of counts: "11 Syrian opposition fighters and
            // five Kurdish fighters were killed".)
            let listed = matches!(words[j].folded, "and" | "en")
                && words
                    .get(j + 1)
                    .is_some_and(|t| t.class & lexicon::class::NUMBER != 0);
            if (words[j].folded == "including" || origin || listed) && reach == i + len + 8 {
                reach += 6;
            }
            // (Once the people are named, where they died is no other
            // thing counted: "82 burgers in hun huizen doodgeschoten", but
            // "40 civilians wounded" still are not the dead.)
            // (Buildings counted right after the number: "at least five
            // medical facilities and two schools … killed nearly 50".)
            let building = j <= i + len + 1 && lexicon::is_counted_building(words[j].folded);
            if (building || lexicon::is_not_death(words[j].folded))
                && (lexicon::is_wounded(words[j].folded)
                    || !words[i + len..j]
                        .iter()
                        .any(|t| lexicon::is_victim_noun(t.folded)))
            {
                wounded = VAGUE;
                break;
            }
            // (A count of speakers says, not dies: "One soldier said five
            // people were killed"; the count is the next number's. Not
            // the passive, "were said to be killed".)
            if matches!(
                words[j].folded,
                "said" | "says" | "told" | "zei" | "zegt" | "zeiden" | "zeggen" | "meldde"
            ) && !lexicon::is_auxiliary(words[j - 1].folded)
            {
                break;
            }
            // A nearer number is the count when this one counts nothing
            // ("Get short URL 9427 At least 10 civilians were killed"; not
            // "22 children 6 teachers killed"), unless it counts some of
            // them ("nine, including three children, were killed").
            // ("Two children were among six people killed": the number
            // after "among" is the count, and this one some of them.)
            if words[j].class & lexicon::class::NUMBER != 0
                && matches!(words[j - 1].folded, "among" | "onder")
                && number_at(text, tokens, base + j).is_some()
            {
                break;
            }
            if words[j].class & lexicon::class::NUMBER != 0
                && number_at(text, tokens, base + j).is_some()
                && !counts_something()
                && !words[j - 1].folded.ends_with("including")
                && !matches!(
                    words[j - 1].folded,
                    "waaronder" | "wie" | "whom" | "them" | "among" | "onder"
                )
            {
                break;
            }
            // ("de dood van", the death of one named after it: not the
            // number's before, "zijn duizenden mensen de straat opgegaan na
            // de dood van Mahsa Amini".)
            if words[j].folded == "dood" && words[j - 1].folded == "de" {
                break;
            }
            if let Some(_l) = death_at(words, j) {
                // "three children were among the dead", "onder de doden
                // waren twee kinderen": some of them, not the count.
                let among = words[j.saturating_sub(2)..j]
                    .iter()
                    .any(|w| matches!(w.folded, "among" | "onder"));
                // ("several dozen dead and wounded", "30 doden en gewonden":
                // the dead and the wounded together.)
                let with_wounded = words
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.folded, "and" | "or" | "en" | "of"))
                    && words
                        .get(j + 2)
                        .is_some_and(|t| lexicon::is_wounded(t.folded));
                found = !among && !with_wounded;
                break;
            }
            // Dutch "omkomen" split around a long middle: "kwamen volgens
            // het Syrisch Observatorium voor de Mensenrechten zeker negen
            // burgers om" (the particle ends the clause; "kwamen … om" as a
            // phrase reaches six words).
            // (Or before the phrase of how or where: "kwamen … dertig
            // burgers om bij bombardementen".)
            if words[j].folded == "om"
                && (j + 1 == words.len()
                    || clause_break_after(text, tokens, base + j)
                    || matches!(
                        words[j + 1].folded,
                        "bij" | "door" | "tijdens" | "na" | "in" | "op"
                    ))
                && words[..i]
                    .iter()
                    .any(|w| matches!(w.folded, "kwam" | "kwamen" | "komen" | "komt"))
            {
                found = true;
                break;
            }
            // ("and a woman", "and their mother")
            if matches!(words[j].folded, "and" | "en")
                && words.get(j + 1).is_some_and(|t| {
                    matches!(t.folded, "a" | "an" | "een" | "one")
                        || (lexicon::is_possessive(t.folded)
                            && words.get(j + 2).is_some_and(|p| {
                                lexicon::is_person_noun(p.folded) || lexicon::is_kin_noun(p.folded)
                            }))
                })
            {
                plus_one = true;
            }
            if clause_break_after(text, tokens, base + j) && death_at(words, j + 1).is_none() {
                // An aside of some of them, set off by commas, does not part
                // the count from its verb: "More than 300 people, among
                // them 20 civilians, were killed", "meer dan 300 mensen,
                // onder wie 20 burgers, kwamen om".
                if let Some(e) = some_of_them_aside(text, tokens, base, words, j + 1) {
                    reach = reach.max(e + 4);
                    j = e + 1;
                    continue;
                }
                break;
            }
            j += 1;
        }
        if !found {
            // "het aantal doden is opgelopen tot 22", "the death toll rose
            // to 30": a toll earlier in the clause, the number after "tot",
            // "to", "op" or "at". (Up to 16 words back: "Het dodental van de
            // bomaanslag in de Afghaanse hoofdstad Kabul is opgelopen tot
            // 25".)
            let toll_before = (0..i).rev().take(16).any(|b| {
                matches!(words[b].folded, "dodental" | "toll")
                    || (words[b].folded == "doden" && b > 0 && words[b - 1].folded == "aantal")
            });
            // (Past a hedge: "rose to more than 500", "tot ruim 500".)
            let before_number = hedge_start(tokens, base, k)
                .checked_sub(1)
                .filter(|&b| b >= base)
                .map(|b| tokens[b].folded);
            if toll_before
                && before_number.is_some_and(|w| matches!(w, "tot" | "to" | "op" | "at" | "naar"))
            {
                found = true;
            }
        }
        // One person killed named before the count, the killing's first
        // object: "killed a commander of the Kataib Hezbollah militia and
        // two of his guards" (past its adjectives and side: "a senior
        // Hezbollah field commander and three other fighters").
        // (Asked at most once: by the search for the count, then by the
        // count itself.)
        let one_before_seen = std::cell::Cell::new(None);
        let one_before = || {
            if let Some(seen) = one_before_seen.get() {
                return seen;
            }
            // (Or one named: "killed general Qassem Soleimani and nine
            // others", a name of capitalised words and at most two of his
            // rank or trade.)
            let named = |a: usize, and: usize| {
                let span = &words[a..and];
                span.iter().filter(|t| t.cap).count() >= 2
                    && span.iter().filter(|t| !t.cap).count() <= 2
                    && span.iter().all(|t| {
                        t.cap
                            || lexicon::is_victim_noun(t.folded)
                            || matches!(t.folded, "general" | "generaal")
                    })
            };
            // (Past a possessive: "een moeder en haar drie kinderen".)
            let and = if i >= 4 && lexicon::is_possessive(words[i - 1].folded) {
                i - 2
            } else {
                i.saturating_sub(1)
            };
            let seen = i >= 3
                && matches!(words[and].folded, "and" | "en")
                && (i.saturating_sub(10).max(1)..and).any(|a| {
                    // (Or the Dutch clause whose verb comes last: "waarbij
                    // een moeder en haar drie kinderen omkwamen", "kwamen een
                    // moeder en haar drie kinderen om".)
                    (lexicon::is_killing_verb(words[a - 1].folded)
                        || matches!(
                            words[a - 1].folded,
                            "waarbij" | "waardoor" | "daarbij" | "kwam" | "kwamen"
                        ))
                        && (a..and).all(|x| !clause_break_after(text, tokens, base + x))
                        && ((a + 1 < and
                            && matches!(words[a].folded, "a" | "an" | "een")
                            && words[a + 1..(a + 5).min(and)]
                                .iter()
                                .any(|t| lexicon::is_victim_noun(t.folded)))
                            || named(a, and))
                });
            one_before_seen.set(Some(seen));
            seen
        };
        // (Then the count is of that killing however far its verb; not
        // of what the words after it say: "killed a civilian and three
        // others were wounded".)
        if !found
            && !wounded
            && one_before()
            && !words[i + len..words.len().min(i + len + 10)]
                .iter()
                .any(|t| lexicon::is_not_death(t.folded))
        {
            found = true;
        }
        if !found && !wounded {
            // Backward: DEATH … NUMBER.
            // (Eight words back for people counted after a Dutch verb and
            // the day and place put before its object: "Jihadisten
            // executeerden donderdag in het theater twaalf mensen".)
            let people = next.is_some_and(lexicon::is_victim_noun);
            let dutch_verb = |w: &str| {
                matches!(
                    w,
                    "doodden" | "doodde" | "doodt" | "executeerden" | "executeerde"
                )
            };
            let mut b = i;
            let mut steps = 0;
            while b > 0 && (steps < 4 || (people && steps < 8)) {
                if clause_break_after(text, tokens, base + b - 1) {
                    break;
                }
                b -= 1;
                steps += 1;
                if death_at(words, b).is_some()
                    && !matches!(words[b].folded, "dode" | "dead")
                    && (steps <= 4 || dutch_verb(words[b].folded))
                {
                    // ("A child was killed and six other civilians were
                    // injured": after "and", the number starts what the
                    // next words say of it.)
                    let joined = words[b + 1..i]
                        .iter()
                        .any(|t| matches!(t.folded, "and" | "en" | "while" | "terwijl"));
                    let told_after = words[i + len..words.len().min(i + len + 10)]
                        .iter()
                        .any(|t| lexicon::is_not_death(t.folded));
                    // (Past "others", "more": "Child killed two others
                    // injured", a headline without commas.)
                    let said_of = words[i + len..words.len().min(i + len + 2)]
                        .iter()
                        .find(|t| !matches!(t.folded, "others" | "other" | "more" | "people"))
                        .map(|t| t.folded);
                    found = !(said_of.is_some_and(lexicon::is_not_death) || (joined && told_after));
                    break;
                }
            }
        }
        if found {
            // (Asked only of a sentence with a count: few have one.)
            match cumulative_toll(text, tokens, range.clone()) {
                Toll::Period => return None,
                Toll::Since(at) if at > k => return None,
                // A count right after "since" a date counts from it too:
                // "zijn sinds begin april zeker 220 mensen omgekomen", "Since
                // March, 649 civilians have been killed". (Not an event named
                // after it: "since the attack of 19 March, when 30 were
                // killed".)
                // (Nor past a date of time words alone, "sinds eind
                // april", "Since late April,": then any count of its
                // clause, however far, and past the comma that closes
                // the date.)
                Toll::Since(at)
                    if let date_end = modality::since_date_end(tokens, at, k)
                        && (at + 1..k).all(|x| {
                            !matches!(
                                tokens[x].folded,
                                "when" | "toen" | "waarbij" | "where" | "which" | "that" | "die"
                            ) && (Some(x) == date_end || !clause_break_after(text, tokens, x))
                        })
                        && (k - at <= 10 || date_end.is_some()) =>
                {
                    return None;
                }
                _ => {}
            }
            // (And one person named before it, the killing's first object:
            // "killed a commander of the Kataib Hezbollah militia and two
            // of his guards" is three.)
            let one_before = one_before();
            return Some(DeathCount {
                n: n.saturating_add(u32::from(plus_one || one_before))
                    .saturating_add(listed_after(text, tokens, base, words, i + len)),
                at: k,
                avenged: avenged(text, tokens, base, k),
            });
        }
        i += len;
    }
    // No number: people named one by one ("killed a civilian", "A
    // journalist was killed", "Een burger kwam om", "killing a woman and her
    // two children"), as ACLED counts them.
    if VAGUE {
        return None;
    }
    victims_by_name(text, tokens, range)
}

/// Where an aside of some of the people counted ends (the index in `words`
/// of its last word, before its closing comma) when one opens at word `a`:
/// "including 20 civilians", "among them 20 civilians", "onder wie 20
/// burgers", "waaronder twee kinderen", "most of them civilians".
pub(super) fn some_of_them_aside(
    text: &str,
    tokens: &[Token],
    base: usize,
    words: &[Token],
    a: usize,
) -> Option<usize> {
    let w = |k: usize| words.get(k).map_or("", |t| t.folded);
    let opens = match w(a) {
        "including" | "waaronder" | "mostly" | "mainly" | "merendeels" | "vooral" => true,
        "among" | "onder" => matches!(w(a + 1), "them" | "whom" | "wie" | "hen" | "hun"),
        "most" | "many" | "some" | "all" | "two" | "three" => {
            w(a + 1) == "of" && matches!(w(a + 2), "them" | "whom")
        }
        _ => false,
    };
    if !opens {
        return None;
    }
    (a + 1..words.len().min(a + 10)).find(|&k| clause_break_after(text, tokens, base + k))
}

/// The people counted after a count's own, from word `i` of `words` (a
/// sentence's, from token `base`) right after its number: "60 Afghans and
/// 13 U.S. troops" adds 13, "12 civilians, three soldiers and two
/// children" five. Each item a number and up to two words before people;
/// the first count's people must be named ("killing 60 and wounding 13
/// people" adds none), and the items must not be the wounded ("12 soldiers
/// and 3 civilians were injured").
pub(super) fn listed_after(
    text: &str,
    tokens: &[Token],
    base: usize,
    words: &[Token],
    i: usize,
) -> u32 {
    // (Forces too, where no people are named: "45 opposition fighters and
    // 43 regime forces"; but "30 regime soldiers" are the soldiers.)
    let people = |from: usize| {
        let span = from..words.len().min(from + 3);
        span.clone()
            .find(|&p| lexicon::is_victim_noun(words[p].folded))
            .or_else(|| {
                span.clone()
                    .find(|&p| lexicon::is_force_word(words[p].folded))
            })
    };
    let Some(mut p) = people(i) else {
        return 0;
    };
    let mut more = 0u32;
    // (Past the side the people are of, a name: "twintig strijders van de
    // SDF en zeventien IS-strijders", "20 fighters of the SDF and 17 IS
    // militants".)
    let past_side = |p: usize| {
        let word = |j: usize| words.get(j).map_or("", |t| t.folded);
        if !matches!(word(p + 1), "van" | "of") {
            return p + 1;
        }
        let j = p + 2 + usize::from(matches!(word(p + 2), "de" | "het" | "the"));
        let names = words[j.min(words.len())..words.len().min(j + 2)]
            .iter()
            .take_while(|t| t.cap)
            .count();
        if names == 0 || (p + 1..j + names).any(|x| clause_break_after(text, tokens, base + x)) {
            return p + 1;
        }
        j + names
    };
    loop {
        let mut j = past_side(p);
        let joined = words
            .get(j)
            .is_some_and(|t| matches!(t.folded, "and" | "en"));
        if joined {
            j += 1;
        } else if !clause_break_after(text, tokens, base + p) || words.len() <= j {
            break;
        }
        let Some(t) = words.get(j) else { break };
        // (People of the first count named in a pair: "28 Koerdische
        // bewakers en strijders en 45 IS-strijders".)
        if joined && p + 1 == j - 1 && lexicon::is_victim_noun(t.folded) {
            p = j;
            continue;
        }
        if t.class & lexicon::class::NUMBER == 0 {
            break;
        }
        let Some((n, l)) = number_at(text, tokens, base + j) else {
            break;
        };
        let Some(q) = people(j + l) else { break };
        if words[q + 1..words.len().min(q + 6)]
            .iter()
            .any(|t| lexicon::is_not_death(t.folded))
        {
            break;
        }
        more = more.saturating_add(n);
        p = q;
        if joined {
            break;
        }
    }
    more
}

/// The first word from `a` on that is no day or adverb, which may stand
/// between Dutch "kwam" and its victims: "kwam dinsdag een soldaat om",
/// "kwamen daarbij ook twee kinderen om".
pub(super) fn past_days_and_adverbs(words: &[Token], a: usize) -> usize {
    (a..words.len())
        .find(|&b| {
            let w = words[b].folded;
            // (Asked after every death word: the class bit before the
            // weekdays' names.)
            (words[b].class & lexicon::class::DATE == 0 || lexicon::weekday(w).is_none())
                && !matches!(
                    w,
                    "gisteren" | "vannacht" | "daarbij" | "ook" | "er" | "toen" | "hierbij"
                )
        })
        .unwrap_or(words.len())
}

/// The people a death word's clause names one by one, with their count:
/// the list after a killing verb ("killed a woman and her two children"),
/// after an inverted Dutch "kwam(en)" ("kwam een burger om"), or before the
/// death word across auxiliaries ("A journalist was killed", "Een burger
/// kwam om"). Only lists whose every item is counted: "a" or "een" and a
/// person (1), a possessive and a person (1), a number and people ("her
/// two children"). Not "the woman" (told before) nor "her children".
pub(super) fn victims_by_name(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
) -> Option<DeathCount> {
    let words = &tokens[range.clone()];
    let found = (0..words.len()).find_map(|j| {
        if words[j].class & lexicon::class::DEATH == 0 {
            return None;
        }
        // Before: a list that ends at the auxiliaries before the death word.
        // (Past a day too: "Een burger werd donderdag doodgeschoten".)
        let mut e = j;
        while e > 0
            && j - e < 3
            && (lexicon::weekday(words[e - 1].folded).is_some()
                // (Not the group "IS": "een commandant van IS, werd gedood".)
                || ((!words[e - 1].cap || words[e - 1].sentence_start)
                    && matches!(
                    words[e - 1].folded,
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "been"
                        | "has"
                        | "have"
                        | "had"
                        | "werd"
                        | "werden"
                        | "reportedly"
                        | "also"
                        | "ook"
                )))
        {
            e -= 1;
        }
        // (A list ends at a person, and one after the death word starts
        // with an article, a possessive or a number: most death words have
        // neither. The phrase look-up last.)
        // (Past an apposition between commas after the people: "Two rescue
        // workers, also known as White Helmets, were killed". Not a name,
        // counted below: "A senior rebel commander, Khaled Mansour, was
        // killed".)
        let comma_before = |k: usize| k > 0 && text[words[k - 1].end..words[k].start].contains(',');
        // (The auxiliary, whose number the people named must agree with.)
        let aux = e;
        if e > 2 && e < j && comma_before(e) {
            let people = || {
                (!lexicon::is_victim_noun(words[e - 1].folded))
                    .then(|| {
                        (e.saturating_sub(8)..e - 1).rev().find(|&k| {
                            comma_before(k + 1)
                                && lexicon::is_victim_noun(words[k].folded)
                                && !words[k + 1].cap
                        })
                    })
                    .flatten()
            };
            // (Or after a name, an apposition that says who he was: "Saleh
            // al-Arouri, the deputy leader of Hamas, was killed", "Abu
            // Omar, een commandant van IS, werd gedood", "Abu Mahdi
            // al-Muhandis, deputy commander of the PMF, also died".)
            let named = || {
                (e.saturating_sub(12)..e - 1).rev().find(|&k| {
                    comma_before(k + 1)
                        && words[k].cap
                        && (matches!(
                            words[k + 1].folded,
                            "the" | "a" | "an" | "de" | "een" | "het"
                        ) || (!words[k + 1].cap
                            && words[k + 1..(k + 3).min(e)].iter().any(|t| {
                                lexicon::is_person_title(t.folded) || lexicon::is_kin_noun(t.folded)
                            })))
                })
            };
            if let Some(k) = people().or_else(named) {
                e = k + 1;
            }
        }
        // (Past the name of the side they were of: "een commandant van
        // Hamas gedood", "A senior commander of Hezbollah was killed".)
        if e > 2
            && words[e - 1].cap
            && let Some(k) = (e.saturating_sub(4).max(1)..e - 1).find(|&k| {
                matches!(words[k].folded, "van" | "of")
                    && lexicon::is_victim_noun(words[k - 1].folded)
                    && (k + 1..e).all(|x| words[x].cap || matches!(words[x].folded, "de" | "the"))
            })
        {
            e = k;
        }
        // (Or a demonym that is the person: "A Palestinian was killed".)
        let subject = e > 0
            && (lexicon::is_victim_noun(words[e - 1].folded)
                // (An age that is the person: "A 17-year-old was killed".)
                || (e >= 2 && words[e - 1].folded == "old" && words[e - 2].folded == "year")
                || (words[e - 1].cap
                    && e < j
                    && lexicon::demonym_of_class(words[e - 1].folded, words[e - 1].class)
                        .is_some()));
        // People named before the auxiliary are counted one by one: "Khaled
        // Mansour was killed", "Ahmed Hamad, 34, was killed", "Abu Osama
        // al-Iraqi and Amer al-Rafdan were killed", as ACLED counts them;
        // Dutch puts them between the auxiliary and a participle at the
        // clause's end ("werd commandant Abu Omar gedood"). The auxiliary's
        // number must agree. (Not "Hassan Abboud was killed along with
        // several other leaders": the vague count is the event's.)
        if !subject && !killed_along_with(words, j) {
            let agrees = |aux: &str, n: u32| match aux {
                "was" | "werd" | "is" => n == 1,
                "were" | "werden" | "zijn" | "waren" => n >= 2,
                // (The Dutch active perfect agrees with its subject, the
                // killers, not the dead named before its participle:
                // "Strijders hebben de Koerdische politica Hevrin Khalaf
                // doodgeschoten".)
                "heeft" | "hebben" => true,
                // (No auxiliary, a verb of its own: "al-Muhandis … also
                // died".)
                "also" | "reportedly" => true,
                _ => false,
            };
            if aux < j
                && let Some((n, b)) = named_people_before(text, tokens, range.start, e)
                && agrees(words[aux].folded, n)
            {
                return Some((n, b));
            }
            if e == j
                && matches!(
                    words[j].folded,
                    "gedood" | "omgekomen" | "doodgeschoten" | "vermoord" | "geexecuteerd"
                )
                && let Some((n, b)) = named_people_before(text, tokens, range.start, j)
                && words[b.saturating_sub(5)..b]
                    .iter()
                    .any(|t| agrees(t.folded, n))
            {
                return Some((n, b));
            }
        }
        // (Or the "om" of "kwam … om", whose list stands before it.)
        // (Past a day or an adverb after "kwam", and after a killing verb:
        // "Een sluipschutter doodde dinsdag een jongen".)
        let o = past_days_and_adverbs(words, j + 1);
        let object = words[j].folded == "om"
            // (A source named first: "kwam volgens SANA een kind om".)
            || (matches!(words[j].folded, "kwam" | "kwamen")
                && words.get(j + 1).is_some_and(|t| t.folded == "volgens"))
            || words.get(o).is_some_and(|t| {
                t.class & lexicon::class::NUMBER != 0
                    || matches!(t.folded, "a" | "an" | "een" | "the")
                    || lexicon::is_possessive(t.folded)
            })
            || (lexicon::is_killing_verb(words[j].folded) && bare_singular(words, o));
        if !subject && !object {
            return None;
        }
        let len = death_at(words, j)?;
        let w = words[j].folded;
        let after = match w {
            w if lexicon::is_killing_verb(w) => Some(j + len),
            // ("shot dead a local council member": the death word is
            // "dead".)
            "dead" if j > 0 && words[j - 1].folded == "shot" => Some(j + len),
            // ("executed a Kurdish politician", "assassinated a former
            // rebel commander")
            "executed" | "assassinated" | "murdered" => Some(j + len),
            // ("claimed the lives of a child")
            "claimed" => Some(j + len + usize::from(words.get(j + len)?.folded == "of")),
            "kwam" | "kwamen" | "sneuvelde" | "sneuvelden" => Some(j + 1),
            // "kwam een journalist van het Koerdische persbureau Hawar om
            // het leven": the middle may be longer than the phrase's.
            "om" => (j.saturating_sub(12)..j)
                .rev()
                .find(|&k| matches!(words[k].folded, "kwam" | "kwamen"))
                .map(|k| k + 1),
            _ => None,
        };
        // (Past a day or an adverb, and a source named between: "kwam
        // volgens het staatspersbureau SANA een kind om".)
        let after = after.map(|a| {
            let a = past_days_and_adverbs(words, a);
            if !matches!(w, "kwam" | "kwamen" | "om") {
                return a;
            }
            if words.get(a).is_some_and(|t| t.folded == "volgens") {
                (a + 2..(a + 9).min(words.len()))
                    .find(|&b| {
                        matches!(words[b].folded, "een" | "a")
                            || words[b].class & lexicon::class::NUMBER != 0
                    })
                    .unwrap_or(a)
            } else {
                a
            }
        });
        if object
            && let Some(a) = after
            && let Some((n, _)) = victims_at(text, tokens, range.start, words, a)
        {
            return Some((n, a));
        }
        // (With no auxiliary between, only a word whose subject is the dead:
        // "Een burger kwam om", "A man died", and the Dutch participles,
        // which end the clause: "Bij een raketaanval is een man gedood", "is
        // een burger om het leven gekomen". Not English "killed": "A man
        // killed two soldiers".)
        if !subject
            || (e == j
                && !matches!(
                    w,
                    "kwam"
                        | "kwamen"
                        | "died"
                        | "perished"
                        | "omgekomen"
                        | "gedood"
                        | "doodgeschoten"
                        | "geexecuteerd"
                        // (A subordinate clause's, verb last: "waarbij een
                        // burger omkwam", "om het leven kwam".)
                        | "omkwam"
                        | "omkwamen"
                        | "sneuvelde"
                        | "sneuvelden"
                )
                && !(w == "om"
                    && words
                        .get(j + 3)
                        .is_some_and(|t| matches!(t.folded, "gekomen" | "kwam" | "kwamen"))))
        {
            return None;
        }
        // (Not some of the dead: "Five civilians including a child were
        // killed".)
        (e.saturating_sub(12)..e).find_map(|b| {
            if b > 0
                && matches!(
                    words[b - 1].folded,
                    "including" | "among" | "waaronder" | "onder" | "wie" | "whom" | "inclusief"
                )
            {
                return None;
            }
            // (Nor a name's age: "Abdullah Saleh, 45, a farmer, was
            // killed" is one.)
            if age_in_commas(text, tokens, range.start + b) {
                return None;
            }
            victims_at(text, tokens, range.start, words, b)
                .filter(|&(_, end)| end == e)
                .map(|(n, _)| (n, b))
        })
    })?;
    Some(DeathCount {
        n: found.0,
        at: range.start + found.1,
        avenged: avenged(text, tokens, range.start, range.start + found.1),
    })
}

/// The day of an event noun written after its weekday's possessive, up to
/// one word between: "Sunday's air strikes", "Friday's deadly bombing",
/// the last such weekday up to the article's date `adate`.
pub fn weekday_of_cue(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    adate: Option<PartialDate>,
) -> Option<PartialDate> {
    // (The possessive's "s" first: most cues have none before them.)
    if !(1..=2).any(|back| at >= back && tokens[at - back].folded == "s") {
        return None;
    }
    let days = adate?.days()?;
    (1..=2).find_map(|back| {
        let s = at.checked_sub(back).filter(|&s| s > range.start + 1)?;
        let wd = tokens[s - 1].folded;
        let possessive = tokens[s].folded == "s"
            && matches!(&text[tokens[s - 1].end..tokens[s].end], "'s" | "’s");
        // (The one word between an adjective, no name or number.)
        let between_ok = back == 1
            || (!tokens[at - 1].cap && tokens[at - 1].class & lexicon::class::NUMBER == 0);
        if !(possessive && between_ok) || tokens[s - 1].class & lexicon::class::DATE == 0 {
            return None;
        }
        Some(PartialDate::weekday_up_to(days, lexicon::weekday(wd)?))
    })
}

/// The year an event noun is written with: before it, after its article
/// ("the 2013 chemical attack in Ghouta", "the 2001 US-led invasion"), or
/// after it with "of"/"van" ("the invasion of 2003", "de aanslag van
/// 2015"), for the cue at tokens `at..at + len` of
/// the sentence `range`. Survivors of the 2013 attack testifying on Monday
/// tell of 2013, not of Monday.
pub fn year_of_cue(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    len: usize,
) -> Option<PartialDate> {
    let year = |k: usize| -> Option<PartialDate> {
        let w = tokens.get(k)?.folded;
        lexicon::is_year(w).then(|| PartialDate {
            year: w.parse().unwrap_or_default(),
            month: None,
            day: None,
        })
    };
    // Before: "the 2013 …", up to two words between.
    for back in 1..=3 {
        let Some(k) = at.checked_sub(back).filter(|&k| k > range.start) else {
            break;
        };
        if let Some(y) = year(k) {
            return matches!(tokens[k - 1].folded, "the" | "de" | "het" | "its" | "that")
                .then_some(y);
        }
        if tokens[k].class & lexicon::class::NUMBER != 0 {
            break;
        }
    }
    // After: "the invasion of 2003" (not "of 2003 and 2004", a period's).
    let e = at + len;
    if e + 1 < range.end
        && matches!(tokens[e].folded, "of" | "van")
        && let Some(y) = year(e + 1)
        && tokens
            .get(e + 2)
            .is_none_or(|t| !matches!(t.folded, "and" | "en" | "to" | "tot" | "-"))
    {
        return Some(y);
    }
    None
}

/// The counts a sentence gives place by place after its first count, at
/// token `after`: "Shelling killed four people in Ariha, two in Saraqeb and
/// one in Maarat al-Numan", "killing five in Douma and three more in
/// Harasta", and the shares of it: "killed 12 people in Idlib province,
/// including 3 in Saraqib", "34 … van wie 11 in Rafah" (step 5 leaves the
/// rest to the province). Each is its number, the token where the
/// place's name starts (past "the", or a part of it: "in a northern
/// district of Manbij") and whether the number is bare, a part of the
/// first count rather than some of its people ("15 in Manbij", "six more in
/// Tokhar"; not "including 19 children in Manbij", "10 children 5 women in
/// Aleppo"): a number, up to two words of the people counted,
/// "more"/"others" or "of them", then "in", "at", "near", "outside",
/// "around", "bij", "te", "buiten" or "rond".
pub fn counts_per_place(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    after: usize,
) -> Vec<(u32, usize, bool)> {
    let mut out = Vec::new();
    let mut k = after + 1;
    // (A place's preposition a few words on first: most numbers after a
    // count have none.)
    let prep = |t: &Token| {
        matches!(
            t.folded,
            "in" | "at" | "near" | "outside" | "around" | "bij" | "te" | "buiten" | "rond"
        )
    };
    while k < range.end {
        if tokens[k].class & lexicon::class::NUMBER == 0
            || !tokens[k + 1..range.end.min(k + 5)].iter().any(prep)
        {
            k += 1;
            continue;
        }
        let Some((n, len)) =
            number_at(text, tokens, k).or_else(|| (tokens[k].folded == "one").then_some((1, 1)))
        else {
            k += 1;
            continue;
        };
        let year = lexicon::is_year(tokens[k].folded);
        let mut p = k + len;
        let mut skipped = 0;
        let mut bare = !matches!(
            tokens[k - 1].folded,
            "including" | "among" | "waaronder" | "onder" | "wie" | "whom"
        );
        // (Or "of them", "van hen": "killed 34 people in southern Gaza, 11
        // of them in Rafah".)
        while p < range.end
            && skipped < 2
            && (lexicon::is_victim_noun(tokens[p].folded)
                || matches!(
                    tokens[p].folded,
                    "more" | "others" | "other" | "anderen" | "of" | "them" | "van" | "hen"
                ))
        {
            bare &= !lexicon::is_victim_noun(tokens[p].folded);
            p += 1;
            skipped += 1;
        }
        if !year && p + 1 < range.end && prep(&tokens[p]) {
            let at = p + 1 + usize::from(matches!(tokens[p + 1].folded, "the" | "de" | "het"));
            // (Or a part of the place, or its kind, before its name: "15 in
            // a northern district of Manbij", "drie in het oosten van
            // Aleppo", "one in the town of Harasta".)
            let part = |t: &Token| {
                !t.cap
                    && (is_article_word(t.folded)
                        || lexicon::is_compass_adjective(t.folded)
                        || lexicon::is_compass(t.folded)
                        || lexicon::is_quarter_noun(t.folded)
                        || lexicon::place_noun(t.folded).is_some()
                        || matches!(
                            t.folded,
                            "of" | "van" | "outskirts" | "suburb" | "suburbs" | "districts"
                        ))
            };
            // (And a word before a place noun: "the embattled town of
            // Kobane".)
            let before_noun = |x: usize| {
                !tokens[x].cap
                    && tokens
                        .get(x + 1)
                        .is_some_and(|n| lexicon::place_noun(n.folded).is_some())
            };
            let name = (p + 1..range.end.min(p + 7))
                .find(|&x| !part(&tokens[x]) && !before_noun(x))
                .filter(|&x| {
                    x > at && tokens[x].cap && matches!(tokens[x - 1].folded, "of" | "van")
                });
            out.push((n, name.unwrap_or(at), bare));
        }
        k += len;
    }
    out
}

/// Does "along with", "together with", "alongside" or "samen met" follow
/// the death word at word `j`: the named are some of the dead?
pub(super) fn killed_along_with(words: &[Token], j: usize) -> bool {
    let at = |k: usize| words.get(j + k).map_or("", |t| t.folded);
    matches!(
        (at(1), at(2)),
        ("along" | "together" | "samen", "with" | "met")
    ) || at(1) == "alongside"
}

/// The people named in a list that ends right before word `e` of the
/// sentence from token `base`: how many, and where the list starts. Names
/// ([`named_person_before`]) joined by "and", "en" or commas: "Abu Osama
/// al-Iraqi and Amer al-Rafdan".
pub(super) fn named_people_before(
    text: &str,
    tokens: &[Token],
    base: usize,
    e: usize,
) -> Option<(u32, usize)> {
    let mut b = named_person_before(text, tokens, base, e)?;
    let mut n = 1;
    while b >= 2 && n < 10 {
        // (The name before ends at "and", or at a comma.)
        let end = if matches!(tokens[base + b - 1].folded, "and" | "en") {
            b - 1
        } else if text[tokens[base + b - 1].end..tokens[base + b].start].trim() == "," {
            b
        } else {
            break;
        };
        let Some(c) = named_person_before(text, tokens, base, end) else {
            break;
        };
        n += 1;
        b = c;
    }
    Some((n, b))
}

/// Where the name of a person starts that ends right before word `e` of
/// the sentence from token `base` (past an age in commas after it): two
/// to five capitalised words, particles of Arabic and Dutch names between
/// ("Abu Bakr al-Baghdadi", "Theo van Gogh"), or one after a word for a
/// person ("commander Mansour"). Not a group, a people or a time
/// ("Islamic State", "Syrian", "Monday").
pub(super) fn named_person_before(
    text: &str,
    tokens: &[Token],
    base: usize,
    e: usize,
) -> Option<usize> {
    let mut p = base + e;
    if p > base && age_in_commas(text, tokens, p - 1) {
        p -= 1;
    }
    let mut q = p;
    while q > base && q + 5 > p {
        let t = &tokens[q - 1];
        let particle = matches!(t.folded, "al" | "el" | "bin" | "ibn" | "van" | "der" | "de")
            && !t.cap
            && q < p;
        if !(t.cap || particle) || (q < p && clause_break_after(text, tokens, q - 1)) {
            break;
        }
        q -= 1;
    }
    // (A particle starts no name: "de Koerdische …".)
    while q < p && !tokens[q].cap {
        q += 1;
    }
    let caps = tokens[q..p].iter().filter(|t| t.cap).count();
    let titled = caps == 1 && q > base && lexicon::is_victim_noun(tokens[q - 1].folded);
    // (Of the capitalised words: "al" is an article too. A demonym after
    // "al-" is a name's: "Abu Osama al-Iraqi".)
    let plain = |k: usize| {
        let t = &tokens[k];
        !t.cap
            || (!crate::normalize::is_article(t.folded)
                && !lexicon::is_armed_group(t.folded, t.cap)
                && !lexicon::is_force_word(t.folded)
                && (lexicon::demonym(t.folded).is_none()
                    || (k > 0 && matches!(tokens[k - 1].folded, "al" | "el")))
                && lexicon::weekday(t.folded).is_none()
                && lexicon::month(t.folded).is_none())
    };
    (((2..=5).contains(&caps) || titled) && (q..p).all(plain)).then_some(q - base)
}

/// Is the number at token `k` an age in commas after a person's name:
/// "Ahmed Hamad, 34, was killed", "Abdullah Saleh, 45, a farmer, was
/// killed"? (Digits only, after a capitalised word inside the sentence.)
pub(super) fn age_in_commas(text: &str, tokens: &[Token], k: usize) -> bool {
    let bytes = text.as_bytes();
    let (a, z) = (tokens[k].start, tokens[k].end);
    k > 0
        && tokens[k - 1].cap
        && !tokens[k - 1].sentence_start
        && !tokens[k].sentence_start
        && bytes[a].is_ascii_digit()
        && text[..a].ends_with(", ")
        && bytes.get(z) == Some(&b',')
}

/// The words of an age told by the number of `len` words at word `i` of
/// `words`, the number's included: "58-year-old", "12-jarige", "40 years
/// old", "twaalf jaar oud". Such a number counts no one.
pub(super) fn age_len(text: &str, words: &[Token], i: usize, len: usize) -> Option<usize> {
    let next = words.get(i + len)?;
    let hyphen = text.as_bytes().get(words[i + len - 1].end) == Some(&b'-');
    if hyphen && matches!(next.folded, "jarige" | "jarig") {
        return Some(len + 1);
    }
    (matches!(next.folded, "year" | "years" | "jaar")
        && words
            .get(i + len + 1)
            .is_some_and(|t| matches!(t.folded, "old" | "oud" | "oude")))
    .then_some(len + 2)
}

/// Is word `i` a person named by a singular noun with no article, as a
/// headline writes one after its verb, past a demonym: "kills soldier",
/// "kills Russian general"?
fn bare_singular(words: &[Token], i: usize) -> bool {
    let person = |w: &str| lexicon::is_person_noun(w) || lexicon::is_kin_noun(w);
    words.get(i).is_some_and(|first| {
        person(first.folded)
            || (lexicon::demonym(first.folded).is_some()
                && words.get(i + 1).is_some_and(|t| person(t.folded)))
    })
}

/// A list of people counted one by one from word `i` of `words` (a
/// sentence's, starting at token `base`): its count and where it ends.
pub(super) fn victims_at(
    text: &str,
    tokens: &[Token],
    base: usize,
    words: &[Token],
    mut i: usize,
) -> Option<(u32, usize)> {
    let mut total = 0u32;
    loop {
        let w = words.get(i)?.folded;
        // ("a dozen people" are a vague count's, not one.)
        // (An age with no noun after it is the person: "A 17-year-old was
        // shot dead".)
        let mut aged = false;
        // (Right after the verb, or "another": not one told before, "The
        // woman was killed", nor one of the dead, "including a child".)
        let bare = total == 0
            && i > 0
            && (lexicon::is_killing_verb(words[i - 1].folded)
                || matches!(words[i - 1].folded, "another" | "dead" | "executed"));
        let n = if bare && bare_singular(words, i) {
            // A headline's bare singular: "Bomb kills Russian general",
            // "Strike kills soldier" (the person is found below).
            1
        } else if matches!(w, "a" | "an" | "een")
            && words
                .get(i + 1)
                .is_none_or(|t| lexicon::vague_quantity(t.folded).is_none())
        {
            i += 1;
            // ("a 58-year-old man": the age is the person's.)
            if words
                .get(i)
                .is_some_and(|t| t.class & lexicon::class::NUMBER != 0)
                && let Some((_, l)) = number_at(text, tokens, base + i)
                && let Some(age) = age_len(text, words, i, l)
            {
                i += age;
                aged = true;
            }
            1
        } else if matches!(w, "the" | "de" | "het")
            && (i + 1..words.len().min(i + 4)).any(|p| {
                lexicon::is_title_noun(words[p].folded)
                    // (Or one named after the noun of a person or a
                    // trade: "de Koerdische politica Hevrin Khalaf", "the
                    // journalist Marie Colvin".)
                    || ((lexicon::is_person_noun(words[p].folded)
                        || lexicon::is_kin_noun(words[p].folded))
                        && words.get(p + 1).is_some_and(|t| t.cap)
                        && words.get(p + 2).is_some_and(|t| t.cap))
            })
        {
            // One who holds an office: "killed the provincial police
            // chief", "is de gouverneur gedood". (Not "the man", as often
            // one told before.)
            i += 1;
            1
        } else if lexicon::is_possessive(w) {
            i += 1;
            match number_at(text, tokens, base + i) {
                // ("his 40-year-old mother": the age is the person's.)
                Some((n, l)) => match age_len(text, words, i, l) {
                    Some(age) => {
                        i += age;
                        1
                    }
                    None => {
                        i += l;
                        n
                    }
                },
                // (Not a vague count nor people in the plural after it:
                // Dutch "zijn" is also "are", and "zijn honderden mensen
                // omgekomen" had counted one; "her children" are not
                // counted.)
                None => {
                    let next = words.get(i)?.folded;
                    if lexicon::vague_quantity(next).is_some() || lexicon::is_people_noun(next) {
                        return None;
                    }
                    1
                }
            }
        } else {
            let (n, l) = number_at(text, tokens, base + i)?;
            i += l;
            // ("two of his aides", "drie van haar kinderen")
            if words
                .get(i)
                .is_some_and(|t| matches!(t.folded, "of" | "van"))
                && words
                    .get(i + 1)
                    .is_some_and(|t| lexicon::is_possessive(t.folded))
            {
                i += 2;
            }
            n
        };
        // Up to two words before the person: "a young man", "a local
        // journalist", "two teenage sons". (Or a demonym that is the
        // person, a verb or "and" after it: "A Palestinian was killed",
        // "an Iraqi and his son".)
        let demonym_person = |p: usize| {
            words[p].cap
                && lexicon::demonym_of_class(words[p].folded, words[p].class).is_some()
                && words.get(p + 1).is_some_and(|n| {
                    lexicon::is_auxiliary(n.folded)
                        || death_at(words, p + 1).is_some()
                        || matches!(n.folded, "and" | "en")
                })
        };
        let age_person = aged
            && words.get(i).is_none_or(|n| {
                lexicon::is_auxiliary(n.folded)
                    || death_at(words, i).is_some()
                    || lexicon::is_locative(n.folded)
                    || matches!(n.folded, "and" | "en")
            });
        let person = if age_person {
            i
        } else {
            (i..words.len().min(i + 3))
                .find(|&p| lexicon::is_victim_noun(words[p].folded) || demonym_person(p))?
        };
        // (No other count between: "zijn dinsdag tientallen mensen
        // omgekomen" is no one's; "a foreign contractor" is one.)
        if words[i..person].iter().any(|t| {
            lexicon::is_not_death(t.folded)
                || matches!(t.folded, "and" | "en" | "of" | "van")
                || is_number(t)
        }) || (i..person).any(|p| clause_break_after(text, tokens, base + p))
        {
            return None;
        }
        total = total.checked_add(n)?;
        i = if age_person { person } else { person + 1 };
        // (Past the person's name right after the noun: "de Koerdische
        // politica Hevrin Khalaf doodgeschoten". Not a weekday: "killed a
        // soldier Monday".)
        if n == 1 && !age_person {
            let name = (i..words.len().min(i + 4))
                .take_while(|&x| {
                    words[x].cap
                        && !text[words[x - 1].end..words[x].start].contains(',')
                        && !super::cues::day_or_month(&words[x])
                })
                .count();
            i += name;
        }
        // (Past the person's name between commas: "a senior Hezbollah
        // commander, Fuad Shukr, along with two children".)
        if i < words.len()
            && i > 0
            && text[words[i - 1].end..words[i].start].contains(',')
            && let Some(close) = (i..words.len().min(i + 5))
                .take_while(|&x| words[x].cap)
                .last()
            && close + 1 < words.len()
            && text[words[close].end..words[close + 1].start].contains(',')
        {
            i = close + 1;
        }
        // Another item after "and"/"en", "along with", "samen met" (or a
        // comma).
        let joined = match words.get(i).map(|t| t.folded) {
            Some("and" | "en") => 1,
            Some("along") if words.get(i + 1).is_some_and(|t| t.folded == "with") => 2,
            Some("samen") if words.get(i + 1).is_some_and(|t| t.folded == "met") => 2,
            _ => 0,
        };
        if joined > 0
            && words.get(i + joined).is_some_and(|t| {
                matches!(t.folded, "a" | "an" | "een")
                    || lexicon::is_possessive(t.folded)
                    || t.class & lexicon::class::NUMBER != 0
            })
        {
            i += joined;
            continue;
        }
        return Some((total, i));
    }
}
