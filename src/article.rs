//! Article reading: files, directories and standard input become [`Article`]s.
//!
//! Takes the ARTICLE arguments of `eventmap extract`. Gives articles in a
//! fixed order (arguments in the order given, a directory's `*.txt` in name
//! order), each with its id (the file stem, or `stdin`), its date header or
//! front matter parsed and removed, and its text.
//!
//! Guarantees: a problem is an [`Error`] naming the file; the header is never
//! part of the text, but the text keeps its byte offsets relative to the
//! body that follows the header (after the title, which front matter's
//! `title:` puts first, as a paragraph of its own).

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A calendar date as precisely as known: a year, a month, or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<PartialDate> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(())?;
        Some(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<PartialDate> {
        PartialDate::from_parts(s.trim(), '-', 2..=2)
    }

    /// The date `YYYY[sMM[sDD]]` with separator `sep`, months and days of
    /// `digits` digits: the one reading of [`PartialDate::parse`] and of
    /// the article header's looser forms.
    fn from_parts(
        s: &str,
        sep: char,
        digits: std::ops::RangeInclusive<usize>,
    ) -> Option<PartialDate> {
        let num = |p: &str, len: &std::ops::RangeInclusive<usize>| -> Option<u32> {
            (len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())?
        };
        let mut parts = s.split(sep);
        let year = num(parts.next()?, &(4..=4))? as i32;
        let month = parts.next().map(|p| num(p, &digits));
        let day = parts.next().map(|p| num(p, &digits));
        if parts.next().is_some() {
            return None;
        }
        match (month, day) {
            (None, _) => Some(PartialDate {
                year,
                month: None,
                day: None,
            }),
            (Some(m), None) => {
                let m = m? as u8;
                (1..=12).contains(&m).then_some(PartialDate {
                    year,
                    month: Some(m),
                    day: None,
                })
            }
            (Some(m), Some(d)) => PartialDate::ymd(year, m? as u8, d? as u8),
        }
    }

    /// The first and last calendar day this date covers.
    pub fn span(&self) -> (PartialDate, PartialDate) {
        let (m0, m1) = match self.month {
            Some(m) => (m, m),
            None => (1, 12),
        };
        let d0 = self.day.unwrap_or(1);
        let d1 = self.day.unwrap_or(days_in_month(self.year, m1));
        (
            PartialDate {
                year: self.year,
                month: Some(m0),
                day: Some(d0),
            },
            PartialDate {
                year: self.year,
                month: Some(m1),
                day: Some(d1),
            },
        )
    }

    /// Days since 1970-01-01 of a full date (proleptic Gregorian).
    pub fn days(&self) -> Option<i64> {
        let (y, m, d) = (self.year as i64, self.month? as i64, self.day? as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146097 + doe - 719468)
    }

    /// The full date `days` after 1970-01-01.
    pub fn from_days(z: i64) -> PartialDate {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        PartialDate {
            year: y as i32,
            month: Some(m as u8),
            day: Some(d as u8),
        }
    }

    /// The month `k` months before this date's month ("three months ago",
    /// "last month"), across a year's end; None without a month.
    pub fn months_before(&self, k: i32) -> Option<PartialDate> {
        let total = self.year * 12 + i32::from(self.month?) - 1 - k;
        Some(PartialDate {
            year: total.div_euclid(12),
            month: Some((total.rem_euclid(12) + 1) as u8),
            day: None,
        })
    }

    /// Day of the week of a full date, 0 = Monday.
    pub fn weekday(&self) -> Option<u8> {
        // 1970-01-01 was a Thursday (3).
        Some(((self.days()? + 3).rem_euclid(7)) as u8)
    }

    /// The last weekday `wd` (0 = Monday) on or before day `days` (days
    /// since 1970-01-01): "on Tuesday" told in an article of day `days`.
    pub fn weekday_up_to(days: i64, wd: u8) -> PartialDate {
        let a_wd = (days + 3).rem_euclid(7);
        PartialDate::from_days(days - (a_wd - i64::from(wd)).rem_euclid(7))
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// One article: id, date (from its header or `--date`), body text.
#[derive(Clone, Debug)]
pub struct Article {
    pub id: String,
    pub date: Option<PartialDate>,
    pub text: String,
}

/// An input problem, naming the file.
#[derive(Debug)]
pub struct Error {
    pub file: String,
    pub msg: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.msg)
    }
}

impl std::error::Error for Error {}

/// Split an optional `date YYYY[-MM[-DD]]` header off the start of `raw`.
/// The header may follow leading whitespace and may be followed by text on
/// the same line. Written as people write it, it is read all the same:
/// `Date:` or `DATE` for `date`, `/` or `.` between the parts, one-digit
/// months and days (`date: 2019/10/9`).
///
/// A header whose date cannot be read (`date 10-10-2019`, `date 2019-13`)
/// is an error, the message saying what was expected: read as text, it
/// would leave the article without its date, silently. A `date` not
/// followed by a digit is no header ("Date palms in Idlib …").
pub fn split_header(raw: &str) -> Result<(Option<PartialDate>, &str), String> {
    let t = raw.trim_start_matches('\u{feff}').trim_start();
    if !t.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("date")) {
        return Ok((None, raw));
    }
    let rest = &t[4..];
    let (colon, rest) = match rest.strip_prefix(':') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if !colon && !rest.starts_with([' ', '\t']) {
        return Ok((None, raw));
    }
    let rest = rest.trim_start_matches([' ', '\t']);
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Ok((None, raw));
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.')))
        .unwrap_or(rest.len());
    // (A full stop after the date ends a sentence: "date 2019.")
    let value = rest[..end].strip_suffix('.').unwrap_or(&rest[..end]);
    match header_date(value) {
        Some(d) => Ok((Some(d), rest[end..].trim_start())),
        None => Err(format!(
            "date header \"{}\": expected YYYY, YYYY-MM or YYYY-MM-DD",
            rest[..end].trim_end_matches('.')
        )),
    }
}

/// What an article's front matter gives: its date, its title, and where
/// its body starts (a byte offset into the raw text).
#[derive(Debug, PartialEq)]
struct FrontMatter<'a> {
    date: Option<PartialDate>,
    title: Option<&'a str>,
    body: usize,
}

/// The keys of metadata lines an article may start with outside a `---`
/// block: those that scrapers and feed readers write (trafilatura,
/// newspaper, RSS exports). Only these: a line such as "Beirut: Israeli
/// strikes kill five" is a headline, not metadata.
const FRONT_KEYS: [&str; 22] = [
    "title",
    "headline",
    "date",
    "published",
    "pubdate",
    "author",
    "authors",
    "byline",
    "source",
    "sitename",
    "hostname",
    "url",
    "link",
    "description",
    "summary",
    "section",
    "categories",
    "tags",
    "language",
    "lang",
    "id",
    "fingerprint",
];

/// How many lines a `---` block of metadata may take before its closing
/// `---`: past this, the opening line is a rule in the text.
const FRONT_BLOCK_LINES: usize = 60;

/// Read the metadata lines an article may start with: a YAML block between
/// `---` lines (as trafilatura writes it: `title:`, `author:`, `url:`,
/// `date:`, …) or, without the rules, lines `key: value` of the keys in
/// [`FRONT_KEYS`] (`Title: …` then `Date: 2024-03-12`). The date is that of
/// `date:` (or `published:`, `pubdate:`), read as a date header is, or an
/// ISO 8601 time stamp (`2024-03-12T08:30:00+00:00`); the title that of
/// `title:` (or `headline:`); every other line is dropped, the description
/// too, which would tell the lead's events twice.
///
/// None when the text starts with no such line; an error when the date
/// cannot be read. A single `date` line alone is left to [`split_header`],
/// which reads it the same.
fn front_matter(raw: &str) -> Result<Option<FrontMatter<'_>>, String> {
    let start = raw.len() - raw.trim_start_matches('\u{feff}').trim_start().len();
    // (Most articles start with a word and no colon after it: done at
    // once, without splitting lines.)
    let head = &raw.as_bytes()[start..raw.len().min(start + 16)];
    if !head.starts_with(b"---")
        && !head.iter().position(|&b| b == b':').is_some_and(|c| {
            c > 1
                && head[..c]
                    .iter()
                    .all(|b| b.is_ascii_alphabetic() || *b == b'_')
        })
    {
        return Ok(None);
    }
    let mut lines = raw[start..].split_inclusive('\n');
    let mut pos = start;
    let first = lines.clone().next().unwrap_or("");
    let fenced = first.trim_end() == "---";
    if fenced {
        pos += first.len();
        lines.next();
        // (A block that never closes is no block.)
        if !lines
            .clone()
            .take(FRONT_BLOCK_LINES)
            .any(|l| l.trim_end() == "---")
        {
            return Ok(None);
        }
    }
    let (mut date, mut title, mut keys) = (None, None, 0);
    for line in lines {
        let l = line.trim();
        if fenced && l == "---" {
            pos += line.len();
            break;
        }
        let pair = l.split_once(':').map(|(k, v)| (k.trim_end(), v.trim()));
        let key = pair.map(|(k, _)| k.to_ascii_lowercase());
        let known = key.as_deref().is_some_and(|k| FRONT_KEYS.contains(&k));
        if !fenced && !known {
            break;
        }
        pos += line.len();
        let (Some(key), Some((_, value))) = (key, pair) else {
            // (A YAML list's items, a value's continuation.)
            continue;
        };
        keys += 1;
        let value = unquote(value);
        match key.as_str() {
            "date" | "published" | "pubdate" if date.is_none() && !value.is_empty() => {
                match front_date(value) {
                    Some(d) => date = Some(d),
                    // (A first line "Date: 2019/10/9 Bij een luchtaanval …"
                    // is a date header with text after it: `split_header`'s.)
                    None if !fenced && keys == 1 => return Ok(None),
                    None => {
                        return Err(format!(
                            "front matter {key}: \"{value}\": expected YYYY, YYYY-MM or YYYY-MM-DD"
                        ));
                    }
                }
            }
            "title" | "headline" if title.is_none() && !value.is_empty() => title = Some(value),
            _ => {}
        }
    }
    if keys == 0 || (!fenced && keys == 1 && title.is_none()) {
        return Ok(None);
    }
    Ok(Some(FrontMatter {
        date,
        title,
        // (The blank lines after it are no text.)
        body: raw.len() - raw[pos..].trim_start().len(),
    }))
}

/// A YAML value without the quotes around it.
fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner.trim();
        }
    }
    v
}

/// The date of a front matter's `date:` line: a header's date, an ISO 8601
/// time stamp's day (`2024-03-12T08:30:00Z`, `2024-03-12 08:30`), or a
/// date written as a byline writes it (`March 12, 2024`, `12 maart 2024`).
fn front_date(value: &str) -> Option<PartialDate> {
    header_date(value)
        .or_else(|| {
            let day = value.get(..10)?;
            let rest = &value[10..];
            (rest.starts_with(['T', ' ', 't'])).then(|| header_date(day))?
        })
        .or_else(|| dateline_date(value))
}

/// The date of a header: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with `-`, `/`
/// or `.` between the parts (one kind in one date) and months and days of
/// one or two digits.
fn header_date(value: &str) -> Option<PartialDate> {
    let sep = value.chars().find(|c| !c.is_ascii_digit()).unwrap_or('-');
    PartialDate::from_parts(value, sep, 1..=2)
}

/// Build an article from raw bytes; `fallback` is the `--date` option.
pub fn from_bytes(
    id: &str,
    file: &str,
    bytes: Vec<u8>,
    fallback: Option<PartialDate>,
) -> Result<Article, Error> {
    decode(id.to_string(), bytes, fallback, || file.to_string())
}

/// The article in `bytes`, or the error for a file (named by `file`, made
/// only then) that is not UTF-8.
fn decode(
    id: String,
    bytes: Vec<u8>,
    fallback: Option<PartialDate>,
    file: impl FnOnce() -> String,
) -> Result<Article, Error> {
    match String::from_utf8(bytes) {
        Ok(raw) => parse(id, raw, fallback).map_err(|msg| Error { file: file(), msg }),
        Err(e) => Err(Error {
            file: file(),
            msg: format!(
                "not valid UTF-8 (byte {}); convert it first, e.g. with iconv",
                e.utf8_error().valid_up_to()
            ),
        }),
    }
}

/// The article in `raw`: its date header or front matter, if any, cut off
/// (or why its date cannot be read).
fn parse(id: String, raw: String, fallback: Option<PartialDate>) -> Result<Article, String> {
    let mut text;
    let date;
    if let Some(front) = front_matter(&raw)? {
        date = front.date;
        // (The title stays as the headline, a paragraph of its own.)
        let title = front.title.map(|t| format!("{t}\n\n")).unwrap_or_default();
        let body = front.body;
        text = raw;
        text.replace_range(..body, &title);
    } else {
        let (d, body) = split_header(&raw)?;
        date = d;
        // The body is the end of the file: the header is cut off in place,
        // not the body copied.
        let header = raw.len() - body.len();
        text = raw;
        text.drain(..header);
    }
    // (The header first, then the date the user gave, then the text's own
    // dateline: an inferred date never overrides a given one.)
    let date = date.or(fallback).or_else(|| dateline_date(&text));
    Ok(Article { id, date, text })
}

/// How far into an article its front matter (headline, byline, dateline)
/// may reach, in bytes, and how many of its first lines it may take.
pub const FRONT_BYTES: usize = 600;
const FRONT_LINES: usize = 4;
const LINE_HEAD: usize = 260;
const DATE_HEAD: usize = 60;

/// The article's date as its front matter gives it, for an article without
/// a header: a wire service's dateline (`BEIRUT, Aug. 9, 2018 (Reuters) -`,
/// `KYIV, March 3, 2023 (AP) —`, `Amsterdam, 12 oktober 2019 -`) or a
/// byline (`Posted on April 19 2017 by …`, `Published July 5 2015`,
/// `Fri 07 Apr 2017 at 0914`, `Gepubliceerd op 12 oktober 2019`) at the
/// start of one of the first lines. Only a full date with its year: a
/// weekday that contradicts it, a date followed by a colon (a timeline's
/// entry, `12 May 2019: …`) or one after other words (`On 12 May …`, the
/// date of an event) gives none.
pub fn dateline_date(text: &str) -> Option<PartialDate> {
    dateline(text).map(|(d, _)| d)
}

/// [`dateline_date`] and where its words stand in `text` (byte offsets,
/// from a weekday before it to its year): the publication's date, which
/// dates no event of the sentence it starts ("Published April 13 2017 An
/// air strike on Tuesday …").
pub fn dateline(text: &str) -> Option<(PartialDate, std::ops::Range<usize>)> {
    let end = text.floor_char_boundary(FRONT_BYTES.min(text.len()));
    let (mut pos, mut lines) = (0, 0);
    let mut found = None;
    while pos < end && lines < FRONT_LINES {
        let nl = text[pos..end].find('\n').map_or(end, |k| pos + k);
        // (Both ends are at a line break or at `end`: char boundaries.)
        let line = text[pos..nl].trim_ascii();
        pos = nl + 1;
        if line.is_empty() {
            continue;
        }
        lines += 1;
        // A dateline's or byline's date starts within a line's first
        // LINE_HEAD bytes, and has a year: most lines are passed by that.
        let head = &line[..line.floor_char_boundary(LINE_HEAD.min(line.len()))];
        if let Some(year_end) = year_end(head) {
            // (A date at a line's start has its year within its first
            // DATE_HEAD bytes: "DAMASCUS, Syria, Oct. 12, 2019", "Date of
            // publication 27 October 2016".)
            found = (year_end <= DATE_HEAD)
                .then(|| line_date(head))
                .flatten()
                .or_else(|| agency_date(head));
            if found.is_some() {
                break;
            }
        }
        // Front matter ends with the first long line, the text's first
        // paragraph, whose start may still hold a byline.
        if line.len() > LINE_HEAD {
            break;
        }
    }
    let (date, first, last) = found?;
    // (The words are slices of `text`.)
    let at = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    Some((date, at(first)..at(last) + last.len()))
}

/// Where the line's first four digits in a row (a year, "2019",
/// "07.04.2017") end, as a byte offset.
fn year_end(line: &str) -> Option<usize> {
    let mut run = 0;
    line.bytes()
        .position(|b| {
            run = if b.is_ascii_digit() { run + 1 } else { 0 };
            run == 4
        })
        .map(|k| k + 1)
}

/// The news agencies whose name may stand before a byline's date.
const AGENCIES: [&str; 8] = [
    "AFP", "Reuters", "AP", "ANP", "dpa", "DPA", "Belga", "Xinhua",
];

/// A date found in front matter, with its first and last words.
type Found<'a> = (PartialDate, &'a str, &'a str);

/// The words of a line of front matter, between spaces or tabs (faster
/// than `split_whitespace`, which would decode every character).
fn words_of(line: &str) -> impl Iterator<Item = &str> + Clone {
    line.split([' ', '\t']).filter(|w| !w.is_empty())
}

/// The date at the start of a line of front matter (see [`dateline_date`]).
fn line_date(line: &str) -> Option<Found<'_>> {
    // A dateline's place: capital letters up to a comma ("BEIRUT,", "RAS
    // AL-AIN,", "DAMASCUS, Syria,") or a capitalised place, comma, and a
    // news agency's parenthesis after the date ("Beirut, 12 July 2016
    // (AFP)").
    let mut rest = line;
    let mut agency_needed = false;
    if let Some(comma) = line.as_bytes()[..line.len().min(41)]
        .iter()
        .position(|&b| b == b',')
    {
        let place = &line[..comma];
        let caps = place.chars().any(char::is_alphabetic)
            && place
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.'));
        let capitalised = place.starts_with(char::is_uppercase)
            && place.split(' ').count() <= 3
            && place
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-'));
        if caps || capitalised {
            rest = line[comma + 1..].trim_start();
            agency_needed = !caps;
            // "DAMASCUS, Syria, Oct. 12, 2019": the country after the place.
            if caps
                && let Some(c2) = rest.find(',').filter(|&c| c <= 25)
                && rest[..c2].chars().all(|c| c.is_alphabetic() || c == ' ')
                && rest[..c2].starts_with(char::is_uppercase)
            {
                rest = rest[c2 + 1..].trim_start();
            }
        }
    }
    let mut words = words_of(rest).peekable();
    // A byline's verb ("Posted on", "Published", "Gepubliceerd op", "Date
    // of publication").
    let mut lead = words_of(rest).map(Lower::of);
    if rest == line
        && lead.next().is_some_and(|w| w.as_str() == "date")
        && lead.next().is_some_and(|w| w.as_str() == "of")
        && lead.next().is_some_and(|w| w.as_str() == "publication")
    {
        words.nth(2);
    } else if rest == line
        && words.peek().is_some_and(|w| {
            matches!(
                Lower::of(w).as_str(),
                "posted" | "published" | "updated" | "gepubliceerd" | "geplaatst" | "bijgewerkt"
            )
        })
    {
        words.next();
        if words
            .peek()
            .is_some_and(|w| matches!(Lower::of(w).as_str(), "on" | "op" | ":"))
        {
            words.next();
        }
    }
    let date = date_at(&mut words)?;
    if agency_needed
        && !words
            .next()
            .is_some_and(|w| w.starts_with('(') || is_dash(w))
    {
        return None;
    }
    Some(date)
}

/// A news agency's byline inside a line: the agency's name right before
/// a date ("… in Idlib Monitor AFP Monday 24 Oct 2016 Sixteen civilians",
/// a headline and its byline run together).
fn agency_date(line: &str) -> Option<Found<'_>> {
    let mut words = words_of(line).peekable();
    while let Some(w) = words.next() {
        // (Every agency's name starts with one of these, or a bracket.)
        if matches!(
            w.as_bytes()[0],
            b'A' | b'R' | b'D' | b'd' | b'B' | b'X' | b'('
        ) && AGENCIES.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
            && let Some(d) = date_at(&mut words.clone())
        {
            return Some(d);
        }
    }
    None
}

/// The full date the words start with: `[weekday] 12 May 2019`, `[weekday]
/// May 12, 2019`, `12-05-2019`, `12.05.2019` (day first, as Dutch and most
/// European sites write it) or `2019-05-12`. Not one a weekday contradicts,
/// nor one a colon follows (a timeline's entry).
fn date_at<'a>(
    words: &mut std::iter::Peekable<impl Iterator<Item = &'a str>>,
) -> Option<Found<'a>> {
    let mut weekday = None;
    let opening = *words.peek()?;
    if let Some(d) = weekday_name(Lower::of(opening).as_str()) {
        weekday = Some(d);
        words.next();
    }
    let first = *words.peek()?;
    let mut last = first;
    // "07.04.2017(updated 1121 07.04.2017)": the date before the bracket.
    let numeric = first.split('(').next().unwrap_or(first);
    let date = if numeric.starts_with(|c: char| c.is_ascii_digit()) && numeric.len() >= 10 {
        words.next();
        if numeric.ends_with(':') {
            return None;
        }
        let n = numeric.trim_end_matches([',', '.']);
        let sep = if n.contains('.') { '.' } else { '-' };
        let parts: Vec<&str> = n.split(sep).collect();
        match parts[..] {
            [y, _, _] if y.len() == 4 => PartialDate::parse(n)?,
            [d, m, y] if d.len() == 2 && m.len() == 2 && y.len() == 4 => {
                PartialDate::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?
            }
            _ => return None,
        }
    } else {
        let (a, b, c) = (words.next()?, words.next()?, words.next()?);
        let (a, b) = (Lower::of(a), Lower::of(b));
        let (a, b) = (a.as_str(), b.as_str());
        last = c;
        let day_of = |s: &str| s.parse::<u8>().ok().filter(|d| (1..=31).contains(d));
        let (day, month) = match (day_of(a), crate::lexicon::month(b)) {
            (Some(d), Some(m)) => (d, m),
            // "April 18 2017", "Aug. 9, 2018", "March 3, 2023".
            _ => (day_of(b)?, crate::lexicon::month(a)?),
        };
        let year_word = c.trim_end_matches([',', '.']);
        if c.ends_with(':') || year_word.len() != 4 {
            return None;
        }
        PartialDate::ymd(year_word.parse().ok()?, month, day)?
    };
    if weekday.is_some_and(|d| date.weekday() != Some(d)) {
        return None;
    }
    Some((date, opening, last))
}

/// A word of front matter lowercased, without a comma or full stop after
/// it, on the stack: empty when longer than any word looked for.
struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    fn of(w: &str) -> Lower {
        let w = w.trim_end_matches([',', '.']).as_bytes();
        let mut buf = [0u8; 16];
        let len = if w.len() <= buf.len() && w.is_ascii() {
            buf[..w.len()].copy_from_slice(w);
            buf[..w.len()].make_ascii_lowercase();
            w.len()
        } else {
            0
        };
        Lower { buf, len }
    }

    fn as_str(&self) -> &str {
        // (ASCII, copied from a `str`.)
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "--" | "–" | "—")
}

/// A weekday's name or abbreviation in a byline ("Fri", "Friday", "vr",
/// "vrijdag"), 0 = Monday.
fn weekday_name(w: &str) -> Option<u8> {
    const SHORT: [[&str; 3]; 7] = [
        ["mon", "ma", "monday"],
        ["tue", "di", "tues"],
        ["wed", "wo", "weds"],
        ["thu", "do", "thurs"],
        ["fri", "vr", "friday"],
        ["sat", "za", "saturday"],
        ["sun", "zo", "sunday"],
    ];
    crate::lexicon::weekday(w)
        .or_else(|| SHORT.iter().position(|s| s.contains(&w)).map(|d| d as u8))
}

/// Where an article comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    pub fn id(&self) -> String {
        match self {
            Source::Stdin => "stdin".into(),
            Source::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
        }
    }

    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".into(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Read and parse the article. (Its name, for the error, is made only
    /// on an error: formatting a path is a thousand instructions, a fifth
    /// of reading a short article.)
    pub fn read(&self, fallback: Option<PartialDate>) -> Result<Article, Error> {
        let bytes = match self {
            Source::Stdin => {
                let mut b = Vec::new();
                std::io::stdin().read_to_end(&mut b).map_err(|e| Error {
                    file: self.name(),
                    msg: format!("cannot read: {e}"),
                })?;
                b
            }
            Source::File(p) => {
                // Not `fs::read` (nor `File::read_to_end`): they ask the
                // file's size and position first, two system calls more per
                // article, when most articles fit the first read.
                let mut b = Vec::with_capacity(16 * 1024);
                std::fs::File::open(p)
                    .and_then(|f| f.take(u64::MAX).read_to_end(&mut b))
                    .map_err(|e| Error {
                        file: self.name(),
                        msg: format!("cannot read: {}", io_reason(&e)),
                    })?;
                b
            }
        };
        decode(self.id(), bytes, fallback, || self.name())
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Expand ARTICLE arguments into sources: `-` is standard input, a
/// directory gives its `*.txt` files in name order. No arguments means stdin.
pub fn expand(args: &[String]) -> Result<Vec<Source>, Error> {
    if args.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let mut out = Vec::new();
    for a in args {
        if a == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let p = Path::new(a);
        let meta = std::fs::metadata(p).map_err(|e| Error {
            file: a.clone(),
            msg: io_reason(&e),
        })?;
        if meta.is_dir() {
            let rd = std::fs::read_dir(p).map_err(|e| Error {
                file: a.clone(),
                msg: format!("cannot list: {}", io_reason(&e)),
            })?;
            // The entry's type comes with the listing on most file systems:
            // no `stat` per file, unless it is a link to follow.
            let mut files: Vec<PathBuf> = rd
                .filter_map(Result::ok)
                .filter(|e| {
                    e.file_type().is_ok_and(|t| t.is_file())
                        || e.file_type().is_ok_and(|t| t.is_symlink()) && e.path().is_file()
                })
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            if files.is_empty() {
                return Err(Error {
                    file: a.clone(),
                    msg: "directory has no *.txt articles".into(),
                });
            }
            files.sort();
            out.extend(files.into_iter().map(Source::File));
        } else {
            out.push(Source::File(p.to_path_buf()));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory gives its `*.txt` files and links to files, in name
    /// order; not its directories, whatever their name, nor other files.
    #[cfg(unix)]
    #[test]
    fn directory_listing() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("b.txt"), "Tekst").unwrap();
        std::fs::write(d.join("a.md"), "Tekst").unwrap();
        std::fs::create_dir(d.join("c.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("b.txt"), d.join("a.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("c.txt"), d.join("d.txt")).unwrap();
        let got: Vec<String> = expand(&[d.display().to_string()])
            .unwrap()
            .iter()
            .map(Source::id)
            .collect();
        assert_eq!(got, ["a", "b"]);
        // A long article is read whole.
        let long = "woord ".repeat(10_000);
        std::fs::write(d.join("b.txt"), &long).unwrap();
        let a = Source::File(d.join("b.txt")).read(None).unwrap();
        assert_eq!(a.text.len(), long.len());
    }

    /// Front matter, table-driven: (raw text, the article's date, its text).
    #[test]
    fn front_matter_forms() {
        let read: &[(&str, Option<&str>, &str)] = &[
            // trafilatura's metadata block.
            (
                "---\ntitle: Strikes hit Idlib\nauthor: Jane Doe\nurl: https://example.org/a\nhostname: example.org\ndescription: Air strikes hit Idlib on Monday.\ndate: 2019-10-14\ntags: ['syria', 'idlib']\n---\nAir strikes hit Idlib on Monday.\n",
                Some("2019-10-14"),
                "Strikes hit Idlib\n\nAir strikes hit Idlib on Monday.\n",
            ),
            // Lines of known keys, without the rules; an ISO time stamp.
            (
                "Title: Doden bij aanslag in Azaz\nDate: 2023-05-06T09:30:00+02:00\nSource: NOS\n\nBij een aanslag in Azaz vielen zaterdag negen doden.",
                Some("2023-05-06"),
                "Doden bij aanslag in Azaz\n\nBij een aanslag in Azaz vielen zaterdag negen doden.",
            ),
            // Quoted values, a list, a date as a byline writes it.
            (
                "---\ntitle: \"Clashes in Tal Abyad\"\ncategories:\n  - world\n  - middle east\ndate: 'October 12, 2019'\n---\nClashes erupted in Tal Abyad.",
                Some("2019-10-12"),
                "Clashes in Tal Abyad\n\nClashes erupted in Tal Abyad.",
            ),
            // No title, no date: the metadata goes all the same.
            (
                "url: https://example.org/b\nauthor: Reuters\nRebels shelled Mhardeh.",
                None,
                "Rebels shelled Mhardeh.",
            ),
            // A headline shaped like a key and value is text.
            (
                "Beirut: Israeli strikes kill five\nIsraeli strikes killed five people.",
                None,
                "Beirut: Israeli strikes kill five\nIsraeli strikes killed five people.",
            ),
            // A rule that opens no block is text.
            (
                "---\nRebels shelled Mhardeh.",
                None,
                "---\nRebels shelled Mhardeh.",
            ),
            // A date header alone is read as before, text after it too.
            (
                "date: 2019-10-13 Bij een luchtaanval",
                Some("2019-10-13"),
                "Bij een luchtaanval",
            ),
            (
                "Date: 2019/10/9 Bij een luchtaanval",
                Some("2019-10-09"),
                "Bij een luchtaanval",
            ),
        ];
        for &(raw, date, text) in read {
            let a = parse("a".into(), raw.to_string(), None).unwrap();
            assert_eq!(a.date.map(|d| d.to_string()).as_deref(), date, "{raw:?}");
            assert_eq!(a.text, text, "{raw:?}");
        }
        // A date that cannot be read is an error that quotes it.
        let e = parse("a".into(), "---\ndate: someday\n---\nText".into(), None).unwrap_err();
        assert!(e.contains("\"someday\"") && e.contains("YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn header_forms() {
        // (header, its date, the text after it)
        let read = [
            (
                " date 2020-02 Bij een luchtaanval",
                "2020-02",
                "Bij een luchtaanval",
            ),
            ("date 2019-10-13\nTekst", "2019-10-13", "Tekst"),
            ("\u{feff}date 2019\nTekst", "2019", "Tekst"),
            ("Date: 2019-10-13\nTekst", "2019-10-13", "Tekst"),
            ("DATE 2019/10/9\nTekst", "2019-10-09", "Tekst"),
            ("date:2019.1\nTekst", "2019-01", "Tekst"),
            ("date 2019. Tekst", "2019", "Tekst"),
            ("date 2019-10-13, Beiroet", "2019-10-13", ", Beiroet"),
        ];
        for (raw, date, text) in read {
            let (d, t) = split_header(raw).unwrap();
            assert_eq!(d.map(|d| d.to_string()).as_deref(), Some(date), "{raw:?}");
            assert_eq!(t, text, "{raw:?}");
        }
        // No header: the text is whole.
        for raw in [
            "dated text",
            "Date palms in Idlib",
            "date: onbekend",
            "Datum 2019",
        ] {
            assert_eq!(split_header(raw).unwrap(), (None, raw));
        }
        // A header with a date that cannot be read: why, quoting it.
        for (raw, quoted) in [
            ("date 10-10-2019\nTekst", "10-10-2019"),
            ("date 2019-13\nTekst", "2019-13"),
            ("date: 2019/02/30.", "2019/02/30"),
            ("date 2019-10/13", "2019-10/13"),
            ("date 2019-10-13-1", "2019-10-13-1"),
        ] {
            let e = split_header(raw).unwrap_err();
            assert!(
                e.contains(&format!("\"{quoted}\"")) && e.contains("YYYY-MM-DD"),
                "{e}"
            );
        }
    }

    /// Front matter that dates an article, and front matter that does not.
    #[test]
    fn datelines() {
        // (the article's opening, its date)
        let dated = [
            (
                "BEIRUT, Aug. 9, 2018 (Reuters) - An air strike",
                "2018-08-09",
            ),
            (
                "Headline\n\nKYIV, March 3, 2023 (AP) — Missiles hit",
                "2023-03-03",
            ),
            (
                "DAMASCUS, Syria, Oct. 12, 2019 (Xinhua) -- Shells",
                "2019-10-12",
            ),
            ("RAS AL-AIN, 12 oktober 2019 - Turkse troepen", "2019-10-12"),
            ("Beirut, 12 July 2016 (AFP) - Jets", "2016-07-12"),
            (
                "Kop\nAmsterdam, 12 oktober 2019 – Het kabinet",
                "2019-10-12",
            ),
            (
                "Headline\n\nPosted on April 19 2017 by Staff Six killed",
                "2017-04-19",
            ),
            (
                "Headline\n\nPublished July 5 2015 U.S.-led aircraft",
                "2015-07-05",
            ),
            (
                "Headline\n\nFri 07 Apr 2017 at 0914 Homs governor",
                "2017-04-07",
            ),
            (
                "Headline\n\nThu Sep 5 2013 Car bomb kills four",
                "2013-09-05",
            ),
            (
                "Headline\n\nSaturday 11 April 2015 18:05 Assad",
                "2015-04-11",
            ),
            (
                "Kop\n\nGepubliceerd op 12 oktober 2019 Turkije",
                "2019-10-12",
            ),
            (
                "Headline\n\n12 February 2015 Casualties mount",
                "2015-02-12",
            ),
            (
                "Headline\n\n01.10.2014 A double terrorist attack",
                "2014-10-01",
            ),
            (
                "Headline\n\n08.04.2017(updated 1456 08.04.2017) Get",
                "2017-04-08",
            ),
            ("Headline\n\n31-08-2014 0742 PM Militants", "2014-08-31"),
            ("Headline\n\n2014-08-31 Militants", "2014-08-31"),
            (
                "Headline\n\nDate of publication 12 August 2016 Jets",
                "2016-08-12",
            ),
            (
                "Blast kills 12 Monitor AFP Monday 24 Oct 2016 Sixteen died",
                "2016-10-24",
            ),
        ];
        for (text, date) in dated {
            let d = dateline_date(text).map(|d| d.to_string());
            assert_eq!(d.as_deref(), Some(date), "{text:?}");
        }
        for text in [
            // An event's date, not the article's.
            "On 12 May 2019 jets bombed Idlib.",
            "Headline\n\nSyrian jets on 12 May 2019 bombed Idlib.",
            // A timeline's entry.
            "Timeline\n\n12 May 2019: jets bomb Idlib.",
            // No year, or a weekday the date is not.
            "BEIRUT, Aug 9 (Reuters) - An air strike",
            "Headline\n\nMon 07 Apr 2017 Homs governor",
            // A capitalised place with no news agency: a sentence.
            "Idlib, 12 May 2019 was the worst day.",
            // Past the front matter.
            "One\nTwo\nThree\nFour\nPublished July 5 2015 jets",
            "Garbled: Last updated at Oct 262016 BEIRUT",
            // Month first, as the United States write it.
            "Headline\n\n08-31-2014 Militants",
            "Reuters said on Monday 24 Oct 2016 that jets",
        ] {
            assert_eq!(dateline_date(text), None, "{text:?}");
        }
    }

    /// The header's date, then the date given by `--date`, then the
    /// dateline's.
    #[test]
    fn dateline_comes_last() {
        let text = "BEIRUT, Aug. 9, 2018 (Reuters) - Jets hit Idlib on Thursday.";
        let d = |raw: &str, fallback| {
            parse("a".into(), raw.into(), fallback)
                .unwrap()
                .date
                .map(|d| d.to_string())
        };
        assert_eq!(d(text, None).as_deref(), Some("2018-08-09"));
        let given = PartialDate::parse("2018-08-10");
        assert_eq!(d(text, given).as_deref(), Some("2018-08-10"));
        let header = format!("date 2018-08-11\n{text}");
        assert_eq!(d(&header, given).as_deref(), Some("2018-08-11"));
    }

    #[test]
    fn calendar() {
        let d = PartialDate::parse("2019-10-09").unwrap();
        assert_eq!(d.weekday(), Some(2)); // a Wednesday
        assert_eq!(PartialDate::from_days(d.days().unwrap()), d);
        assert_eq!(
            PartialDate::parse("2020-02").unwrap().span().1.to_string(),
            "2020-02-29"
        );
        assert!(PartialDate::parse("2019-13").is_none());
        assert!(PartialDate::parse("2019-02-30").is_none());
        assert!(PartialDate::parse("19-02").is_none());
    }
}
