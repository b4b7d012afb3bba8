//! Dates: when the event a sentence reports happened.
//!
//! Takes a sentence's tokens and the article date; gives the date the
//! sentence gives ([`SentenceDate`]): a written date, a weekday or a
//! relative day counted back from the article's date, with how precise it
//! is.

use super::*;

/// A date a sentence gives, and whether it came from the text (as opposed
/// to the article date).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceDate {
    pub date: PartialDate,
    /// A calendar date written out (not a weekday or "yesterday").
    pub absolute: bool,
    /// Written after "since": the tokens from "since" to the date's end.
    /// Such a date dates what those words name ("sinds de dood in oktober
    /// 2019", "since the coalition began its campaign in 2014"), not what
    /// the rest of the sentence reports.
    pub since: Option<std::ops::Range<usize>>,
}

impl SentenceDate {
    /// A date the sentence writes outside any "since" phrase; `absolute`
    /// when a calendar date is written out.
    fn written(date: PartialDate, absolute: bool) -> SentenceDate {
        SentenceDate {
            date,
            absolute,
            since: None,
        }
    }
}

/// The latest date on or before `article` that has `month` (and `day`),
/// for "on November 13" or "in oktober" written without a year.
pub(super) fn complete_year(
    article: Option<PartialDate>,
    month: u8,
    day: Option<u8>,
) -> Option<PartialDate> {
    let a = article?;
    let mut year = a.year;
    if let Some(am) = a.month
        && (month > am || (month == am && day.is_some_and(|d| a.day.is_some_and(|ad| d > ad))))
    {
        year -= 1;
    }
    Some(match day {
        Some(d) => PartialDate::ymd(year, month, d)?,
        None => PartialDate {
            year,
            month: Some(month),
            day: None,
        },
    })
}

/// The date "N years / months / weeks ago" gives (`unit`, with `n` the word
/// before it) against the article's date `a`: that year ("5,5 jaar geleden",
/// a decimal, rounded); that month ("drie maanden geleden"); the month so
/// many weeks back ("enkele weken geleden", "a few" being two), as a partial
/// date has no week; that day ("drie dagen geleden"). Months and weeks are
/// whole, "a"/"een" one.
pub(super) fn ago(a: PartialDate, unit: &str, n: &str) -> Option<SentenceDate> {
    if lexicon::YEAR_WORDS.contains(&unit) {
        let y = n
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .or_else(|| {
                n.get(..1)
                    .and_then(|_| lexicon::number_word(n))
                    .map(f64::from)
            })
            .filter(|y| (0.0..100.0).contains(y))?;
        return Some(SentenceDate::written(
            PartialDate {
                year: a.year.saturating_sub(y.round() as i32),
                month: None,
                day: None,
            },
            true,
        ));
    }
    let weeks = lexicon::WEEK_WORDS.contains(&unit);
    // ("drie dagen geleden", "three days ago": that day.)
    if matches!(unit, "days" | "dagen") {
        let k = n
            .parse::<u32>()
            .ok()
            .or_else(|| lexicon::number_word(n))
            .filter(|k| (2..=31).contains(k))?;
        return Some(SentenceDate::written(
            PartialDate::from_days(a.days()? - i64::from(k)),
            false,
        ));
    }
    if !weeks && !lexicon::MONTH_WORDS.contains(&unit) {
        return None;
    }
    let k = n.parse::<u32>().ok().or_else(|| match n {
        "a" | "een" | "één" => Some(1),
        "enkele" | "paar" | "few" | "several" | "some" | "aantal" if weeks => Some(2),
        _ => lexicon::number_word(n),
    })?;
    if weeks {
        let k = Some(k).filter(|k| (1..=20).contains(k))?;
        let back = PartialDate::from_days(a.days()? - 7 * i64::from(k));
        Some(SentenceDate::written(
            PartialDate { day: None, ..back },
            false,
        ))
    } else {
        let date = Some(k)
            .filter(|k| (1..=120).contains(k))
            .and_then(|k| a.months_before(k as i32))?;
        Some(SentenceDate::written(date, true))
    }
}

/// A day and month, with the year written after them or else the one the
/// article date implies.
pub(super) fn day_date(
    year: Option<i32>,
    month: u8,
    day: u32,
    article: Option<PartialDate>,
) -> Option<PartialDate> {
    match year {
        Some(y) => PartialDate::ymd(y, month, day as u8),
        None => complete_year(article, month, Some(day as u8)),
    }
}

/// The date the sentence gives for what it reports.
///
/// Explicit dates ("Op 11 mei 2013", "in oktober 2019", "in 2017", "on
/// November 13", "February 7, 2018") win; a weekday ("woensdagavond", "on
/// Sunday") is the last such day on or before a full article date;
/// "gisteren"/"yesterday" the day before it. A date after "sinds"/"since"
/// is where a period began, not when the event happened, and is skipped.
pub fn sentence_date(
    text: &str,
    tokens: &[Token],
    s: &Sentence,
    article: Option<PartialDate>,
) -> Option<SentenceDate> {
    // The first date outside a "since" phrase, else the first inside one.
    // (Not the date of a deed someone is held for: see [`deed_date`].)
    // (Nor, where it writes another, the day a source spoke: "Officials
    // said on Tuesday that 10 people were killed in an air strike on
    // Monday".)
    let (mut first, mut said, mut background) = (None, None, None);
    each_date(text, tokens, s, article, |r, d| {
        if deed_date(tokens, s, &r) || relative_background(text, tokens, s, &r) {
            true
        } else if d.since.is_some() {
            background = background.take().or(Some(d));
            true
        } else if said_date(tokens, s, &r) {
            said = said.take().or(Some(d));
            true
        } else {
            first = Some(d);
            false
        }
    });
    first.or(said).or(background)
}

/// Is the date at tokens `r` told in a relative clause with no cue of
/// its own, after the sentence's cue: the background of a thing named,
/// not the event's day ("The attack damaged the Opera House which was
/// inaugurated by President Bashar al-Assad in 2004")?
fn relative_background(
    text: &str,
    tokens: &[Token],
    s: &Sentence,
    r: &std::ops::Range<usize>,
) -> bool {
    let start = s.tokens.start;
    // (The pronoun first, by its word: most dates have none before them.)
    let Some(j) = (r.start.saturating_sub(10).max(start + 1)..r.start)
        .rev()
        .find(|&j| matches!(tokens[j].folded, "which" | "who" | "die" | "welke"))
    else {
        return false;
    };
    if (j..r.start).any(|k| clause_break_after(text, tokens, k)) {
        return false;
    }
    // (Not one that tells of the cue itself, "The air strikes which began
    // Saturday", nor one with a deed of its own, "the SDF, which on Friday
    // took full control of Manbij".)
    let end = (j + 1..s.tokens.end)
        .find(|&k| clause_break_after(text, tokens, k))
        .map_or(s.tokens.end, |k| k + 1);
    (start..j - 1).any(|k| cue_word(&tokens[k]))
        && !cue_word(&tokens[j - 1])
        && !(j + 1..end).any(|k| cue_word(&tokens[k]))
}

/// Is the date at tokens `r` the day a source spoke, before what it said:
/// right after a verb of saying, past "on", and before "that" ("said on
/// Tuesday that", "zei dinsdag dat")? (Not an attribution after the
/// report, whose day is as often the event's: "have taken full control of
/// the town, state media said on Friday, after rebels withdrew earlier
/// this week".)
fn said_date(tokens: &[Token], s: &Sentence, r: &std::ops::Range<usize>) -> bool {
    if !tokens[r.end..s.tokens.end]
        .first()
        .is_some_and(|t| matches!(t.folded, "that" | "dat"))
    {
        return false;
    }
    let mut k = r.start;
    if k > s.tokens.start && tokens[k - 1].folded == "on" {
        k -= 1;
    }
    k > s.tokens.start
        && matches!(
            tokens[k - 1].folded,
            "said"
                | "says"
                | "announced"
                | "reported"
                | "told"
                | "zei"
                | "zegt"
                | "meldde"
                | "maakte"
        )
}

/// Every date the sentence writes outside a "since" phrase, with its
/// tokens, in text order: the first is [`sentence_date`]'s; the others
/// may date what is told next to them ([`same_stretch`]).
pub fn written_dates(
    text: &str,
    tokens: &[Token],
    s: &Sentence,
    article: Option<PartialDate>,
) -> Vec<(std::ops::Range<usize>, PartialDate)> {
    let mut out = Vec::new();
    each_date(text, tokens, s, article, |r, d| {
        if d.since.is_none() && !deed_date(tokens, s, &r) {
            out.push((r, d.date));
        }
        true
    });
    out
}

/// Does the date at tokens `r` date the deed an arrest or a charge is
/// for, not what the sentence reports: a date right after an event noun
/// that follows "in connection with", "in verband met", "wegens" or a
/// word of a charge with its preposition ("police arrested three suspects in connection with a
/// bombing last month", "aangehouden wegens de aanslag van vorige week")?
/// The arrest is not of last month.
fn deed_date(tokens: &[Token], s: &Sentence, r: &std::ops::Range<usize>) -> bool {
    // (Past the words that join a date to its noun: "a bombing last
    // month", "de aanslag van vorige week", "the attack on Monday".)
    let mut k = r.start;
    for _ in 0..2 {
        if k > s.tokens.start
            && matches!(
                tokens[k - 1].folded,
                "last"
                    | "this"
                    | "past"
                    | "vorige"
                    | "vorig"
                    | "afgelopen"
                    | "van"
                    | "of"
                    | "on"
                    | "op"
                    | "in"
            )
        {
            k -= 1;
        }
    }
    if k < s.tokens.start + 3 || !cue_word(&tokens[k - 1]) {
        return false;
    }
    (k.saturating_sub(6).max(s.tokens.start)..k - 1)
        .rev()
        .take_while(|&x| !cue_word(&tokens[x]))
        .any(|x| {
            let w = tokens[x].folded;
            // (A charge's word with its preposition: "charged with",
            // "verdacht van"; not "a suspected chemical attack on Tuesday".)
            (matches!(w, "connection" | "verband") && x > 0 && tokens[x - 1].folded == "in")
                || w == "wegens"
                || (tokens[x].class & lexicon::class::CHARGE != 0
                    && lexicon::is_charge(w)
                    && matches!(
                        tokens[x + 1].folded,
                        "of" | "with" | "for" | "over" | "van" | "voor"
                    ))
        })
}

/// Are the words at tokens `a` and `b` of one sentence in one stretch of
/// it: no clause break (a comma, a colon, a dash…) and no coordinator
/// ("and", "en", "but", "maar", "while", "terwijl") between them? "bombed
/// Ras al-Ain on Oct. 9 and Tal Abyad on Oct. 10" has two stretches, each
/// a place with its date.
pub fn same_stretch(
    text: &str,
    tokens: &[Token],
    a: std::ops::Range<usize>,
    b: std::ops::Range<usize>,
) -> bool {
    let (lo, hi) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    // (A name's relative clause of place goes on with it: "Raqqa, where
    // her husband was killed … in 2017", as in [`clauses`].)
    lo > 0
        && (lo - 1..hi)
            .all(|k| !clause_break_after(text, tokens, k) || name_before_where(text, tokens, k))
        && !tokens[lo..hi].iter().any(|t| {
            matches!(
                t.folded,
                "and" | "en" | "but" | "maar" | "while" | "terwijl" | "whereas" | "whilst"
            )
        })
}

/// Does a relative clause of place follow the word at token `k`, after a
/// comma: "Raqqa, where …", "Mosul, waar …"? It tells what happened at the
/// name before it ([`clauses`], [`same_stretch`], [`role`]).
pub(super) fn where_clause_after(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|n| matches!(n.folded, "where" | "waar"))
        && text[tokens[k].end..tokens[k + 1].start].trim() == ","
}

/// Does the word at token `k` end a name (or a Dutch verb's particle right
/// after one: "viel de stad Hasakah aan, waar …") that a relative clause of
/// place follows ([`where_clause_after`])?
pub(super) fn name_before_where(text: &str, tokens: &[Token], k: usize) -> bool {
    let named = tokens[k].cap
        || (k > 0
            && tokens[k - 1].cap
            && matches!(
                tokens[k].folded,
                "aan" | "binnen" | "in" | "op" | "uit" | "af"
            ));
    named && where_clause_after(text, tokens, k)
}

/// Calls `each` with every date of the sentence (its tokens and the
/// date, `since` set for one after "since"), in text order, until it
/// returns false.
pub(super) fn each_date(
    text: &str,
    tokens: &[Token],
    s: &Sentence,
    article: Option<PartialDate>,
    mut each: impl FnMut(std::ops::Range<usize>, SentenceDate) -> bool,
) {
    // Every date below has a number, a month, a weekday or one of these
    // words: a sentence without any (most) is done with at once. (Every
    // word a branch below starts from must be one of [`may_date`].)
    let range = s.tokens.clone();
    if s.class & lexicon::class::DATE == 0 || !tokens[range.clone()].iter().any(may_date) {
        return;
    }
    let base = range.start;
    let words: Vec<&str> = tokens[range.clone()].iter().map(|t| t.folded).collect();
    let num = |w: &str| -> Option<u32> {
        (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    let year_at = |i: usize| -> Option<i32> {
        words
            .get(i)
            .and_then(|w| num(w))
            .filter(|y| (1900..=2100).contains(y))
            .map(|y| y as i32)
    };
    // A day and month written at word `i`, and the words they take (with
    // a year after them, three).
    let day_and_month = |date: PartialDate, i: usize| {
        let len = if year_at(i + 2).is_some() { 3 } else { 2 };
        let date = SentenceDate::written(date, true);
        (Some(date), len)
    };
    // The date at word `i`, and how many words it takes (1 or 2 when none).
    let date_at = |i: usize| -> (Option<SentenceDate>, usize) {
        let w = words[i];
        // DAY [en|and|to|tot|-] DAY MONTH [YEAR]: the first day ("op 9 en
        // 10 oktober", "on 9-10 October"), the span's start.
        if let Some(d) = num(w).filter(|d| (1..=31).contains(d)) {
            let joined = usize::from(
                words
                    .get(i + 1)
                    .is_some_and(|c| matches!(*c, "en" | "and" | "to" | "tot")),
            );
            if words
                .get(i + 1 + joined)
                .and_then(|w| num(w))
                .is_some_and(|d2| (1..=31).contains(&d2) && d2 > d)
                && let Some(m) = words.get(i + 2 + joined).and_then(|w| lexicon::month(w))
                && let Some(date) = day_date(year_at(i + 3 + joined), m, d, article)
            {
                let len = 3 + joined + usize::from(year_at(i + 3 + joined).is_some());
                return (Some(SentenceDate::written(date, true)), len);
            }
        }
        // DAY MONTH [YEAR]
        if let (Some(d), Some(m)) = (num(w), words.get(i + 1).and_then(|w| lexicon::month(w)))
            && (1..=31).contains(&d)
        {
            if let Some(date) = day_date(year_at(i + 2), m, d, article) {
                return day_and_month(date, i);
            }
            return (None, 2);
        }
        if let Some(m) = lexicon::month(w) {
            // Short forms ("mei", "may", "dec") are ordinary words too:
            // only take them next to a number.
            let short = w.len() <= 3;
            // MONTH DAY [,] [YEAR]
            if let Some(d) = words
                .get(i + 1)
                .and_then(|w| num(w))
                .filter(|d| (1..=31).contains(d))
                && let Some(date) = day_date(year_at(i + 2), m, d, article)
            {
                return day_and_month(date, i);
            }
            // MONTH YEAR
            if let Some(y) = year_at(i + 1) {
                return (
                    Some(SentenceDate::written(
                        PartialDate {
                            year: y,
                            month: Some(m),
                            day: None,
                        },
                        true,
                    )),
                    2,
                );
            }
            // "in oktober": month of the article year or the one before.
            if !short
                && i > 0
                && matches!(
                    words[i - 1],
                    "in" | "begin" | "eind" | "half" | "early" | "late" | "mid"
                )
                && let Some(date) = complete_year(article, m, None)
            {
                return (Some(SentenceDate::written(date, true)), 1);
            }
        }
        // "vier jaar geleden", "two years ago", "drie maanden geleden",
        // "enkele weken geleden" ([`ago`]).
        if i > 0
            && matches!(words.get(i + 1), Some(&"geleden") | Some(&"ago"))
            && let Some(a) = article
            && let Some(date) = ago(a, w, words[i - 1])
        {
            return (Some(date), 1);
        }
        // "drie dagen geleden", "three days ago": read at "ago", as a day
        // word carries no date bit ("days" is mostly a span, "for days").
        if i >= 2
            && lexicon::AGO_WORDS.contains(&w)
            && matches!(words[i - 1], "days" | "dagen")
            && let Some(a) = article
            && let Some(date) = ago(a, words[i - 1], words[i - 2])
        {
            return (Some(date), 1);
        }
        // "last year", "vorig jaar", "last month", "vorige maand" (after a
        // month's name, "in juli vorig jaar", the month branch above has
        // answered).
        // "this year", "dit jaar", "eerder deze maand" give the article's
        // own. (Not carried to the sentences after: each says its own.)
        let before = i.checked_sub(1).map(|p| words[p]);
        let back = match before {
            Some("last" | "vorig" | "vorige" | "verleden") => Some(1),
            Some("this" | "dit" | "deze") => Some(0),
            _ => None,
        };
        // "vorige week", "last week", "deze week", "afgelopen week", "the
        // past week": the month those days lie in (a date has no week), or
        // their year when they straddle two months.
        if w == "week"
            && let Some(days) = article.and_then(|a| a.days())
        {
            let monday = days - i64::from(PartialDate::from_days(days).weekday().unwrap_or(0));
            let span = match (back, before) {
                (Some(1), _) => Some((monday - 7, monday - 1)),
                (Some(_), _) => Some((monday, days)),
                (None, Some("afgelopen" | "past")) => Some((days - 7, days - 1)),
                // ("Earlier in the week", "eerder in de week": this week's.)
                (None, Some("the" | "de"))
                    if i >= 3
                        && matches!(words[i - 2], "in")
                        && matches!(words[i - 3], "earlier" | "eerder") =>
                {
                    Some((monday, days))
                }
                _ => None,
            };
            if let Some((from, to)) = span {
                let (f, t) = (PartialDate::from_days(from), PartialDate::from_days(to));
                let date = PartialDate {
                    year: t.year,
                    month: (f.month == t.month).then_some(t.month).flatten(),
                    day: None,
                };
                if f.year == t.year {
                    return (Some(SentenceDate::written(date, false)), 1);
                }
                // (A week across New Year is of the year that holds most of
                // its days: a year is too coarse a date, but a date of the
                // sentences around it, "dinsdag", would be wrong.)
                let jan1 = PartialDate::ymd(t.year, 1, 1).and_then(|d| d.days());
                if let Some(jan1) = jan1 {
                    let year = if to - jan1 + 1 >= jan1 - from {
                        t.year
                    } else {
                        f.year
                    };
                    let date = PartialDate {
                        year,
                        month: None,
                        day: None,
                    };
                    return (Some(SentenceDate::written(date, false)), 1);
                }
            }
        }
        // "last weekend", "afgelopen weekend": the Saturday of the last
        // weekend before the article's day (a Saturday's or Sunday's
        // article means the one before). So is "over the weekend", "at the
        // weekend", "in het weekend", told in the past: "a hospital … was
        // destroyed by airstrikes over the weekend".
        let over_the = i >= 2
            && match before {
                Some("the") => matches!(words[i - 2], "over" | "at" | "during"),
                Some("het") => matches!(words[i - 2], "in" | "tijdens"),
                _ => false,
            };
        if w == "weekend"
            && (back == Some(1) || over_the || matches!(before, Some("afgelopen" | "past")))
            && let Some(days) = article.filter(|a| a.day.is_some()).and_then(|a| a.days())
            && let Some(wd) = PartialDate::from_days(days).weekday()
        {
            let mut d = (i64::from(wd) - 5).rem_euclid(7);
            // (In a weekend's own article, "over the weekend" is this one.)
            if d < 2 && !over_the {
                d += 7;
            }
            return (
                Some(SentenceDate::written(
                    PartialDate::from_days(days - d),
                    false,
                )),
                1,
            );
        }
        if let Some(back) = back
            && let Some(a) = article
        {
            if lexicon::YEAR_WORDS.contains(&w) {
                return (
                    Some(SentenceDate::written(
                        PartialDate {
                            year: a.year - back,
                            month: None,
                            day: None,
                        },
                        false,
                    )),
                    1,
                );
            }
            if lexicon::MONTH_WORDS.contains(&w)
                && let Some(date) = a.months_before(back)
            {
                return (Some(SentenceDate::written(date, false)), 1);
            }
        }
        // in YEAR, van YEAR ("in de zomer van 2014"), eind 2013
        if let Some(y) = year_at(i)
            && i > 0
            && matches!(
                words[i - 1],
                "in" | "van"
                    | "of"
                    | "sinds"
                    | "since"
                    | "during"
                    | "tijdens"
                    | "eind"
                    | "begin"
                    | "medio"
                    | "half"
                    | "early"
                    | "late"
                    | "mid"
                    | "end"
            )
        {
            return (
                Some(SentenceDate::written(
                    PartialDate {
                        year: y,
                        month: None,
                        day: None,
                    },
                    true,
                )),
                1,
            );
        }
        // A weekday before its date gives way to it: "zaterdag 7 april",
        // "Saturday, April 7" (the date is read from the next word).
        let dated_next = || {
            let at = |k: usize| words.get(i + k).copied();
            (at(1).and_then(num).is_some_and(|d| (1..=31).contains(&d))
                && at(2).and_then(lexicon::month).is_some())
                || (at(1).and_then(lexicon::month).is_some()
                    && at(2).and_then(num).is_some_and(|d| (1..=31).contains(&d)))
        };
        if let Some(wd) = lexicon::weekday(w)
            && let Some(days) = article.and_then(|a| a.days())
            && !dated_next()
        {
            // (A night from one day to the next is the next, after
            // midnight: "in de nacht van vrijdag op zaterdag", "overnight
            // Friday into Saturday".)
            let next = (i >= 1 && matches!(words[i - 1], "van" | "of" | "overnight"))
                .then(|| {
                    words
                        .get(i + 1)
                        .filter(|c| matches!(**c, "op" | "to" | "into" | "on"))?;
                    lexicon::weekday(words.get(i + 2)?).filter(|&n| n == (wd + 1) % 7)
                })
                .flatten();
            return (
                Some(SentenceDate::written(
                    PartialDate::weekday_up_to(days, next.unwrap_or(wd)),
                    false,
                )),
                if next.is_some() { 3 } else { 1 },
            );
        }
        if lexicon::YESTERDAY_WORDS.contains(&w)
            && let Some(days) = article.and_then(|a| a.days())
        {
            // ("eergisteren", "the day before yesterday": two days back.)
            let before_yesterday = i >= 2 && words[i - 1] == "before" && words[i - 2] == "day";
            let back = if w == "eergisteren" || before_yesterday {
                2
            } else {
                1
            };
            return (
                Some(SentenceDate::written(
                    PartialDate::from_days(days - back),
                    false,
                )),
                1,
            );
        }
        (None, 1)
    };
    // A date after "since" in its clause dates what the words between
    // name ("sinds de dood in oktober 2019", "since a chemical attack on
    // Tuesday") or where a period began ("since mid-2012", "since the war
    // began in 2011"), not what the sentence reports: the sentence's own
    // date, if any, is elsewhere; the caller decides what the "since" date
    // is for, from the words between.
    let mut since: Option<usize> = None;
    let mut i = 0;
    while i < words.len() {
        if since.is_some() && clause_break_after(text, tokens, base + i - 1) {
            since = None;
        }
        if tokens[base + i].class & lexicon::class::SINCE != 0
            && lexicon::SINCE_WORDS.contains(&words[i])
        {
            since = Some(base + i);
        }
        // Every branch of `date_at` starts at a number, a month, a weekday
        // or a date word, all of which carry the date bit: the other words
        // are passed over with one test.
        if tokens[base + i].class & lexicon::class::DATE == 0 {
            i += 1;
            continue;
        }
        let (date, step) = date_at(i);
        let at = base + i..(base + i + step).min(range.end);
        if let Some(d) = date {
            let d = SentenceDate {
                since: since.take().map(|from| from..base + i + step),
                ..d
            };
            if !each(at, d) {
                return;
            }
        }
        i += step;
    }
}
