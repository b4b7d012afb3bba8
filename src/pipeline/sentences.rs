//! Steps 1 and 2: the events each sentence tells, read a sentence at a
//! time in text order, with their days and counts.
//!
//! Takes the article ([`Ctx`]) and each sentence's [`Report`]. Gives the
//! events at the places their cues reach ([`sites`], step 1), the events no
//! place of their sentence took (placeless, and strong cues left stranded
//! beside sites), the sentences with a generic event noun near sites (for
//! step 3), each dated by its sentence or the one it follows, and the
//! sentence's count given to one of them ([`deaths`], step 2). Events come
//! in sentence order, each list on its own.

use crate::article::PartialDate;
use crate::classify::{self, EventType};
use crate::extract;
use crate::gazetteer::Kind;
use crate::lexicon::{self, Strength};

use super::context::Ctx;
use super::reports::Report;
use super::{Event, MAX_CUE_DISTANCE, MAX_CUE_SPAN, content_words, deaths, sites};

/// The events the sentences tell, for the article-level steps.
#[derive(Default)]
pub(super) struct Told {
    /// At the places their cues reach.
    pub events: Vec<Event>,
    /// Strong cues of sentences with no site.
    pub placeless: Vec<Event>,
    /// Strong cues of sentences with sites that no site took: events only
    /// where the cue's own words say where, by "the city", "the Old City"
    /// right after it ("arrived in Mosul … although heavy fighting continued
    /// in the Old City"). (Step 4.)
    pub stranded: Vec<Event>,
    /// Sentences with a generic event noun and sites, with the sites close
    /// to it, for step 3.
    pub refiners: Vec<(usize, Vec<usize>)>,
}

/// The date a sentence gives its events, as found by [`Dating::day`].
pub(super) struct Day {
    pub date: Option<PartialDate>,
    /// Dated by its own text (its words, a sentence before it, or "now"),
    /// not only by the article's date ([`Event::dated`]).
    pub dated: bool,
    /// Does the sentence write a date of its own?
    pub own: bool,
    /// … and not one after "since"?
    pub written: bool,
    /// The sentence, past a dateline's or byline's date when it starts
    /// with one (the publication's).
    pub sentence: extract::Sentence,
}

/// What dates a sentence that writes none: the dates told before it.
#[derive(Default)]
struct Dating {
    /// The date the paragraph writes, carried on to its undated sentences.
    carried: Option<PartialDate>,
    /// The sentence just before, when its own words date it to a day told
    /// from the article's ("dinsdag", "on Monday"; not "earlier this
    /// month"), with that date: an undated sentence right after it that
    /// tells an event of one of its types tells more of that event ("Een
    /// man is dinsdag aangehouden. De man werd in zijn woning in Tiel
    /// opgepakt"). (Not carried further: such a day dates its own event,
    /// not the paragraph.)
    told_before: Option<(usize, PartialDate)>,
    /// The last sentence whose words date it to a day told from the
    /// article's, with or without an event: what hours before or after it
    /// happened is of its day ("Russia and Turkey agreed on Thursday a
    /// ceasefire … Hours before the deal, Russian air strikes killed …").
    day_told: Option<(usize, PartialDate)>,
}

impl Dating {
    /// The date of sentence `si`'s events; sentences are asked in order.
    fn day(&mut self, cx: &Ctx, reports: &[Report], si: usize) -> Day {
        let (text, tokens, adate) = (cx.text, cx.tokens, cx.adate);
        let s = &cx.sentences[si];
        let range = s.tokens.clone();
        // A photo's caption ends at its credit, "… on July 21 2015. (AFP
        // Photo)" or "… June 18 2016 (TRT World and Agencies)": its date
        // is the photo's, not carried on to the text.
        let bytes = text.as_bytes();
        // (A sentence starts at its first word, inside the parenthesis.)
        let opens_with_credit = s.start > 0
            && bytes[s.start - 1] == b'('
            && bytes[s.start..s.end.min(s.start + 40)]
                .iter()
                .position(|&c| c == b')')
                .and_then(|k| extract::credit(bytes, s.start + k))
                == Some(s.start - 1);
        let caption =
            s.end > 0 && bytes[s.end - 1] == b')' && extract::credit(bytes, s.end - 1).is_some();
        if cx.paragraph_break(si) || opens_with_credit {
            self.carried = None;
        }
        let has_now = || {
            s.class & lexicon::class::NOW != 0
                && tokens[range.clone()]
                    .iter()
                    .any(|t| t.class & lexicon::class::NOW != 0 && lexicon::is_now(t.folded))
        };
        // (A dateline's or byline's date is the publication's: the
        // sentence it starts is dated by its own words after it.)
        let after_front;
        let s_dated = match &cx.front_of(s) {
            Some(r) if s.start <= r.start && r.start < s.end => {
                let from = range
                    .clone()
                    .find(|&k| tokens[k].start >= r.end)
                    .unwrap_or(range.end);
                after_front = extract::Sentence {
                    tokens: from..range.end,
                    ..s.clone()
                };
                &after_front
            }
            _ => s,
        };
        let own = classify::sentence_date(text, tokens, s_dated, adate);
        let own_date = own.is_some();
        let written = matches!(&own, Some(d) if d.since.is_none());
        let mut dated = true;
        let date = match own {
            // A date after "since" dates the sentence's report only when
            // every cue stands between the two ("the first death since a
            // chemical attack on Tuesday that killed 87"); it is carried on
            // when those words name an event ("sinds de dood in oktober 2019
            // van al-Baghdadi. De IS-leider werd gedood bij …"), not when
            // they name the start of a period ("since mid-2012", "since the
            // war began in 2011", "since the coalition began its bombing
            // campaign in 2014").
            Some(d) if let Some(span) = d.since.clone() => {
                let cues = &reports[si].cues;
                let inside = |at: usize| span.contains(&at);
                let words = &tokens[span.clone()];
                let event = !words.iter().any(|t| lexicon::is_period_start(t.folded))
                    && (cues.iter().any(|c| inside(c.at))
                        || words.iter().any(|t| lexicon::is_death_noun(t.folded))
                        || classify::has_death_word(tokens, span.clone()));
                let own = event && !cues.is_empty() && cues.iter().all(|c| inside(c.at));
                let date = if own {
                    Some(d.date)
                } else {
                    self.carried.or(adate)
                };
                dated = own || self.carried.is_some();
                if d.absolute && event {
                    self.carried = Some(d.date);
                }
                date
            }
            Some(d) => {
                // (A date told from the article's, "last week", "vorige
                // maand", ends the paragraph's written one, as "now" does.)
                // (Not a bare year told of a person with no event, a life's:
                // "De vrouw reisde in 2014 naar Syrië. Haar man kwam om bij
                // een luchtaanval in Baghuz" is not of 2014; "Maar daar kwam
                // in 2013 verandering in. IS … veroverde gebied na gebied"
                // is.)
                let life = || {
                    let w = |k: usize| tokens.get(range.start + k).map_or("", |t| t.folded);
                    matches!(w(0), "hij" | "zij" | "ze" | "he" | "she")
                        || (matches!(w(0), "de" | "het" | "the" | "een" | "a")
                            && (lexicon::is_person_noun(w(1)) || lexicon::is_kin_noun(w(1))))
                };
                // (Nor a year long before the article's, background: "the
                // ruling Baath party, in power since 1963".)
                let long_ago = adate.is_some_and(|a| a.year - d.date.year > 3);
                self.carried = (d.absolute
                    && (d.date.month.is_some()
                        || !reports[si].cues.is_empty()
                        || !(life() || long_ago)))
                    .then_some(d.date);
                if !d.absolute && d.date.day.is_some() {
                    self.day_told = Some((si, d.date));
                }
                if !d.absolute && d.date.day.is_some() && !reports[si].cues.is_empty() {
                    // (The day of its events, where it writes several: "Ondanks
                    // het bestand dat Turkije en de VS donderdag sloten, is er
                    // ook zaterdag gevochten" carries Saturday, the day in
                    // the stretch of its first cue.)
                    // (Looked for only where two words may be dates.)
                    let cue = reports[si].cues[0].at;
                    let date_words = tokens[range.clone()]
                        .iter()
                        .filter(|t| t.class & lexicon::class::DATE != 0)
                        .take(2)
                        .count();
                    let dates = if date_words > 1 {
                        classify::written_dates(text, tokens, s_dated, adate)
                    } else {
                        Vec::new()
                    };
                    let day = if dates.len() > 1 {
                        dates
                            .iter()
                            .find(|(r, _)| {
                                classify::same_stretch(text, tokens, r.clone(), cue..cue + 1)
                            })
                            .map_or(d.date, |&(_, day)| day)
                    } else {
                        d.date
                    };
                    self.told_before = Some((si, day));
                }
                Some(d.date)
            }
            None if has_now() => {
                self.carried = None;
                adate
            }
            // What happened "since then" happened after the date told
            // before: "De strijd om Mosul begon in oktober 2016. Sindsdien
            // …" is not dated October 2016.
            None if classify::since_then(tokens, range.clone()) => {
                self.carried = None;
                dated = false;
                adate
            }
            // "Earlier, …", "Eerder op de dag …" opens what happened before
            // the event just told, on its day: "Russian jets struck near
            // Bab al-Hawa on Sunday … ¶ Earlier, government artillery
            // shelled a hospital in Atareb". (Any type, past a paragraph's
            // end, but only right after that sentence.)
            // (Hours later, past one sentence between, on what was said of
            // it: "An Israeli air strike … killed at least 90 people … on
            // Saturday. The Israeli military said it had targeted … ¶ Hours
            // later, another strike hit …". Not "Earlier", which past
            // another sentence may be earlier than the article's news.)
            // (The sentences' order first: `that_day` reads words.)
            None if let Some((before, date)) = self.told_before
                && (before + 1 == si || before + 2 == si)
                && let Some(later) = that_day(tokens, range.clone())
                && (before + 1 == si || later) =>
            {
                // (And the sentence after it may tell more of its event.)
                self.told_before = Some((si, date));
                Some(date)
            }
            // (Or hours before or after a day told with no event, two
            // sentences back at most.)
            None if let Some((before, date)) = self.day_told
                && before + 2 >= si
                && self.told_before.is_none_or(|(b, _)| b + 2 < si)
                && that_day(tokens, range.clone()) == Some(true) =>
            {
                Some(date)
            }
            // (Or "also", "ook", in the same paragraph right after it, of
            // any type: "Bij een luchtaanval op Maarat Misrin kwamen
            // donderdagavond vijftien burgers om. Ook rond Saraqeb werd hevig
            // gevochten".)
            None if let Some((before, date)) = self.told_before
                && before + 1 == si
                && !cx.paragraph_break(si)
                && super::reports::also_told(tokens, &cx.sentences[si])
                && reports[si].cues.iter().any(|c| c.ty.is_violent()) =>
            {
                self.told_before = Some((si, date));
                Some(date)
            }
            // (Or, past a paragraph's end and sentences that tell no sure
            // event, by a definite singular: "An Israeli air strike
            // destroyed Iran's consulate … on Monday. Israel did not
            // comment. … ¶ The strike in the Mezzeh district came amid
            // rising tensions".)
            None if let Some((before, date)) = self.told_before
                && ((before + 1 == si && !cx.paragraph_break(si))
                    // (Or the paragraph right after the lead's dated
                    // sentence, which most often tells more of it: "Russia
                    // launched dozens of missiles … on Monday. ¶ In Kyiv,
                    // missiles hit a playground …". Of its very kind only,
                    // below.)
                    || (before + 1 == si && cx.in_lead(before) && lead_kin(reports, before, si))
                    // (Past sentences that tell no sure event but retell
                    // this one: "Turkije wijt de aanval aan het Syrische
                    // regeringsleger. De aanval vond plaats bij …".)
                    || (si <= before + 5
                        && reports[si].cues.iter().any(|c| cx.retold(si, c.at))
                        && (before + 1..si).all(|x| {
                            reports[x]
                                .cues
                                .iter()
                                .all(|c| c.strength == Strength::Weak || cx.retold(x, c.at))
                        })))
                && reports[si].cues.iter().any(|c| {
                    let generic = |b: &classify::CueHit| {
                        crate::wordlists::is_generic_attack_word(tokens[b.at].folded)
                    };
                    // (A sentence that tells only a generic deed told it
                    // before any violent one told next: "Bij de Turkse
                    // aanvallen op Noord-Syrië zijn woensdag zeker acht
                    // burgers om het leven gekomen. Turkse vliegtuigen en
                    // artillerie bestookten doelen in en rond Tal Abyad".)
                    let only_generic = c.ty.is_violent()
                        && reports[before]
                            .cues
                            .iter()
                            .all(|b| !b.ty.is_violent() || generic(b));
                    reports[before]
                        .cues
                        .iter()
                        .any(|b| b.ty.kin(c.ty) || (only_generic && b.ty.is_violent()))
                }) =>
            {
                // (The sentence right after this one may tell more of the
                // event; not after a definite singular further on, which
                // retells it once.)
                if before + 1 == si {
                    self.told_before = Some((si, date));
                }
                Some(date)
            }
            // A day or month told from an article date the article lacks
            // ("Sinds IS afgelopen mei de stad wist te veroveren") is
            // unknown, not the date written sentences before ("tot de
            // burgeroorlog in 2011 uitbrak").
            None if adate.is_none() && relative_date(tokens, s) => {
                dated = false;
                None
            }
            None => {
                dated = self.carried.is_some();
                self.carried.or(adate)
            }
        };
        if caption {
            self.carried = None;
        }
        Day {
            date,
            dated,
            own: own_date,
            written,
            sentence: s_dated.clone(),
        }
    }
}

/// Steps 1 and 2 over every sentence of the article.
pub(super) fn read(cx: &Ctx, reports: &[Report]) -> Told {
    let mut told = Told::default();
    let mut dating = Dating::default();
    for (si, s) in cx.sentences.iter().enumerate() {
        let day = dating.day(cx, reports, si);
        let Report {
            cues,
            deaths,
            casualties,
            also_dead,
        } = &reports[si];
        let deaths = *deaths;
        let first_new = told.events.len();
        // An event named in "a day after …": its words and how many days
        // before the sentence's it lies (below).
        let days_after = if cues.is_empty() {
            None
        } else {
            classify::days_after(cx.text, cx.tokens, s)
        };
        if cues.is_empty() {
            without_cues(cx, si, *casualties, *also_dead, &day, &mut told);
        } else {
            sites::read(cx, cues, si, &day, &days_after, deaths.is_some(), &mut told);
        }
        redate(cx, si, &day, first_new, days_after, &mut told);
        if let Some(d) = deaths {
            deaths::give(cx, si, d, cues, &day, first_new, &mut told);
        } else if cues.is_empty()
            && told.events.len() == first_new
            && {
                // (Some event of the two sentences before, none counted.)
                let mut recent = told
                    .events
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence + 2 >= si)
                    .peekable();
                recent.peek().is_some() && recent.all(|e| e.fatalities.is_none())
            }
            && let Some(d) = classify::vague_death_count(cx.text, cx.tokens, s)
        {
            // (Dead told vaguely in a sentence of no event of its own are
            // the event's before it, as a number would be: "Turkse
            // straaljagers bombardeerden dinsdag Tal Abyad. Daarbij vielen
            // tientallen doden". A vague count beside an event of its own
            // sentence is step 8's; one after counted events is no other
            // count of theirs.)
            deaths::give(cx, si, d, cues, &day, first_new, &mut told);
        }
    }
    told
}

/// A sentence without cues: deaths with no clearer type at its sites
/// (`casualties`), else the sites close to a generic event noun, for step
/// 3 ("een operatie … in de plaats Atmé").
fn without_cues(
    cx: &Ctx,
    si: usize,
    casualties: bool,
    also_dead: bool,
    day: &Day,
    told: &mut Told,
) {
    let (g, text, tokens, mentions) = (cx.g, cx.text, cx.tokens, cx.mentions);
    let s = &cx.sentences[si];
    let range = s.tokens.clone();
    let (date, dated) = (day.date, day.dated);
    let Told {
        events, refiners, ..
    } = told;
    // Dead told "also" right after a violent event of their day (or of no
    // day of their own) are more of its type, and day: "Russische raketten
    // troffen maandag Kyiv. Ook in Charkiv en Dnipro vielen doden". So are
    // dead told "daarbij": "… luchtaanvallen op dorpen ten westen van
    // Aleppo. In Atareb vielen daarbij drie doden".
    let before = (casualties || also_dead)
        .then(|| {
            events
                .iter()
                .rev()
                .take_while(|e| e.sentence + 1 >= si)
                .find(|e| {
                    e.ty.is_violent() && e.ty != EventType::Casualties && (e.date == date || !dated)
                })
        })
        .flatten()
        .filter(|_| {
            also_dead
                || super::reports::also_told(tokens, s)
                || super::reports::points_back(tokens, s)
        })
        .map(|e| (e.ty, e.date, e.dated, e.at));
    if casualties || (also_dead && before.is_some()) {
        let sites = cx.sites_of(si);
        for &i in &sites {
            // Deaths with no clearer type, but that of the event before at
            // another place. (At its own, more dead beside its count are
            // others: "An air strike killed 23 people in Aleppo on Monday.
            // More than a dozen people were also killed in Aleppo".)
            let (ty, date, dated) = match before {
                Some((ty, d, was_dated, at))
                    if at.is_none_or(|(r, _)| Some(r.place) != cx.place_of(i).map(|p| p.place)) =>
                {
                    (ty, d, was_dated)
                }
                _ => (EventType::Casualties, date, dated),
            };
            let p = g.place(cx.place_of(i).unwrap());
            if p.kind == Kind::Country {
                continue;
            }
            events.push(Event {
                ty,
                weak: false,
                at: Some((cx.place_of(i).unwrap(), i)),
                role: cx.role_of(i),
                date,
                sentence: si,
                pos: mentions[i].tokens.start,
                fatalities: None,
                dated,
                notes: String::new(),
                cue: range.start as u32,
                share: None,
                added: false,
            });
        }
    } else {
        // Sites close to a generic event noun ("een operatie … in de
        // plaats Atmé"): at most MAX_CUE_DISTANCE content words off.
        // Not a noun that names no event: "made no mention of any
        // strikes in Idlib" locates nothing.
        let nouns: Vec<usize> = if s.class & lexicon::class::GENERIC == 0 {
            Vec::new()
        } else {
            range
                .clone()
                .filter(|&k| {
                    tokens[k].class & lexicon::class::GENERIC != 0
                        && lexicon::is_generic_event_noun(tokens[k].folded)
                })
                .collect()
        };
        // (No noun, no site close to one: roles are not needed.)
        let sites = if nouns.is_empty() {
            Vec::new()
        } else {
            cx.sites_of(si)
        };
        // (The modal context last: asked of few nouns.)
        let close: Vec<usize> = sites
            .iter()
            .copied()
            .filter(|&i| {
                let m = &mentions[i];
                nouns.iter().any(|&k| {
                    let between = if k < m.tokens.start {
                        k + 1..m.tokens.start
                    } else {
                        m.tokens.end..k
                    };
                    between.len() <= MAX_CUE_SPAN
                        && content_words(&tokens[between]) <= MAX_CUE_DISTANCE
                        && !classify::is_modal_context(text, tokens, range.clone(), k, 1)
                        // (Nor one told of months or years: "But bomb
                        // attacks in Hasaka city have been rarer in recent
                        // months".)
                        && !classify::over_a_period(text, tokens, range.clone(), k, 1)
                })
            })
            .collect();
        if !close.is_empty() {
            refiners.push((si, close));
        }
    }
}

/// The days of sentence `si`'s new events (from `first_new` on, and its
/// placeless ones) where its words tell them apart from the sentence's:
/// an event named in "a day after …" (`days_after`), a sentence told from
/// the day dated just before, a place with a date of its own in its
/// stretch.
fn redate(
    cx: &Ctx,
    si: usize,
    day: &Day,
    first_new: usize,
    days_after: Option<(std::ops::Range<usize>, i64)>,
    told: &mut Told,
) {
    let (g, text, tokens, mentions, adate) = (cx.g, cx.text, cx.tokens, cx.mentions, cx.adate);
    let s = &cx.sentences[si];
    let (date, dated, own_date, written) = (day.date, day.dated, day.own, day.written);
    let s_dated = &day.sentence;
    let Told {
        events, placeless, ..
    } = told;
    // An event named in "a day after …" lies that many days before the
    // sentence's: "The attack in Idlib came a day after heavy air
    // strikes by Russian and regime warplanes killed 26 people".
    // The day it counts from is the sentence's own, else that of the
    // event its text dated just before, which the sentence's subject
    // names ("At least 15 people were killed … on Wednesday … The deaths
    // come a day after …"), else the article's.
    // A sentence told from the day dated just before ("A day earlier,
    // rebels shelled Mhardeh", "de dag ervoor", "on the same day")
    // counts from that day too (below).
    // (A placeless event takes it too: "A day earlier, air strikes
    // killed 12 people in the Bustan al-Qasr neighbourhood", whose
    // place step 4 finds.)
    let relative = if own_date
        || (first_new == events.len() && placeless.last().is_none_or(|e| e.sentence != si))
    {
        None
    } else {
        classify::relative_day(text, tokens, s)
    };
    let told_before = if (days_after.is_some() && !own_date) || relative.is_some() {
        // (Both in sentence order: the three sentences before, by
        // search.)
        let recent = |v: &[Event]| v.partition_point(|e| e.sentence + 3 < si);
        events[recent(events)..]
            .iter()
            .chain(placeless[recent(placeless)..].iter())
            .filter(|e| e.dated && e.sentence < si && e.sentence + 3 >= si)
            .max_by_key(|e| (e.sentence, e.pos))
            .and_then(|e| e.date)
    } else {
        None
    };
    if let Some((span, n)) = days_after
        && let Some(today) =
            (if own_date { date } else { told_before.or(date) }).and_then(|d| d.days())
    {
        let before = PartialDate::from_days(today - n);
        for e in events[first_new..]
            .iter_mut()
            .chain(placeless.iter_mut().filter(|e| e.sentence == si))
            .filter(|e| span.contains(&(e.cue as usize)))
        {
            e.date = Some(before);
            e.dated = true;
        }
    }
    // The day a relative one counts from: the event the text dated
    // last, else the paragraph's date. (From the article's own date only
    // backwards: a day after it is not yet reported.)
    if let Some(n) = relative
        && let Some(today) = told_before
            .or(if dated { date } else { None })
            .or(adate.filter(|_| n < 0))
            .and_then(|d| d.days())
    {
        let day = PartialDate::from_days(today + n);
        for e in events[first_new..]
            .iter_mut()
            .chain(placeless.iter_mut().filter(|e| e.sentence == si))
        {
            e.date = Some(day);
            e.dated = true;
        }
    }
    // A sentence that writes several dates dates each place by the one
    // told in its stretch: "bombed Ras al-Ain on Oct. 9 and Tal Abyad
    // on Oct. 10", "launched its offensive on Oct. 9 and captured Tal
    // Abyad on Oct. 13". A place with no date in its stretch keeps the
    // sentence's first ("On Oct. 9, jets bombed Ras al-Ain"). A date
    // coarser than the first frames a period, not the place's day: "a
    // report issued Wednesday … killed by mines … in Manbij during a
    // five-day investigation this month".
    if written && (first_new < events.len() || placeless.last().is_some_and(|e| e.sentence == si)) {
        let mut dates = classify::written_dates(text, tokens, s_dated, adate);
        let fine = |d: PartialDate| (d.month.is_some(), d.day.is_some());
        if let Some(&(_, d0)) = dates.first() {
            dates.retain(|&(_, d)| fine(d) >= fine(d0));
        }
        if let Some(((first, _), others)) = dates.split_first()
            && others.iter().any(|(_, d)| Some(*d) != date)
        {
            for e in events[first_new..].iter_mut().filter(|e| e.date == date) {
                // (A country or a region by its cue's stretch, not the
                // place's: an event told there may move to a place named
                // elsewhere. "struck Kurdish positions in the Afrin region
                // on Saturday, and ground troops crossed into northwest
                // Syria on Sunday": the crossing on Sunday.)
                let Some((r, i)) = e.at else { continue };
                let site = if matches!(g.place(r).kind, Kind::Country | Kind::Region) {
                    e.cue as usize..e.cue as usize + 1
                } else {
                    mentions[i].tokens.clone()
                };
                let stretch = |r: &std::ops::Range<usize>| {
                    classify::same_stretch(text, tokens, r.clone(), site.clone())
                };
                if !stretch(first)
                    && let Some((_, d)) = others.iter().find(|(r, _)| stretch(r))
                {
                    e.date = Some(*d);
                }
            }
        }
        // (A placeless event by its cue's stretch: "vertrok in 2014
        // naar Raqqa en raakte daar in 2016 gewond bij een luchtaanval"
        // is of 2016, wherever step 4 puts it.)
        if let Some(((first, _), others)) = dates.split_first()
            && others.iter().any(|(_, d)| Some(*d) != date)
        {
            let from = placeless.partition_point(|e| e.sentence < si);
            for e in placeless[from..].iter_mut().filter(|e| e.date == date) {
                let cue = e.pos..e.pos + 1;
                let stretch = |r: &std::ops::Range<usize>| {
                    classify::same_stretch(text, tokens, r.clone(), cue.clone())
                };
                if !stretch(first)
                    && let Some((_, d)) = others.iter().find(|(r, _)| stretch(r))
                {
                    e.date = Some(*d);
                }
            }
        }
    }
}

/// Does sentence `si` tell an event of a type sentence `before` told (the
/// same or one refining it, not a generic word's), of violence?
fn lead_kin(reports: &[Report], before: usize, si: usize) -> bool {
    reports[si].cues.iter().any(|c| {
        c.ty.is_violent()
            && c.strength == Strength::Strong
            && reports[before]
                .cues
                .iter()
                .any(|b| b.strength == Strength::Strong && b.ty.kin(c.ty))
    })
}

/// The `k`th word of the sentence of `range`, if it has so many.
fn word_of<'t>(
    tokens: &[extract::Token<'t>],
    range: std::ops::Range<usize>,
    k: usize,
) -> Option<&'t str> {
    tokens
        .get(range.start + k)
        .filter(|_| range.start + k < range.end)
        .map(|t| t.folded)
}

/// Does the sentence of `range` open with hours after or before the time
/// told before ("Hours later", "A few hours later", "Hours before the deal",
/// "Enkele uren eerder", "Moments later") or shortly after it ("Shortly
/// afterwards", "Soon after", "Even later", "Kort daarna", "Vlak daarna")?
/// (Its first words only: [`that_day`] asks it, and so do the places of
/// events told with no place.)
pub(super) fn hours_after(tokens: &[extract::Token], range: std::ops::Range<usize>) -> bool {
    let w = |k: usize| word_of(tokens, range.clone(), k);
    // (Hours later: a unit of less than a day, after at most two words of
    // number, then "later".)
    let hours = |w: Option<&str>| {
        matches!(
            w,
            Some("hours" | "minutes" | "moments" | "uur" | "uren" | "minuten" | "ogenblikken")
        )
    };
    // (Or hours before: "Hours before the deal, Russian air strikes
    // killed …", "Enkele uren eerder".)
    (0..3).any(|k| hours(w(k)) && matches!(w(k + 1), Some("later" | "before" | "earlier" | "eerder")))
        // (By the first word's first letter first: few sentences open so.)
        || (w(0).is_some_and(|f| matches!(f.as_bytes()[0], b's' | b'e' | b'k' | b'v'))
            && matches!(
                (w(0), w(1)),
                (
                    Some("shortly" | "soon"),
                    Some("after" | "afterwards" | "afterward" | "thereafter")
                ) | (Some("even"), Some("later"))
                    | (
                        Some("kort" | "vlak"),
                        Some("daarna" | "daarop" | "erna" | "nadien")
                    )
            ))
}

/// Does the sentence of `range` open with "Earlier" ("Earlier, …",
/// "Earlier the army said …"), "Eerder op de dag", "Eerder die dag",
/// "at the same time" ("Tegelijk", "Simultaneously"), or hours later
/// ("Hours later", "A few hours later", "Later that day", "Enkele uren
/// later", "Later op de dag", [`hours_after`])? (Not Dutch "Eerder" alone,
/// which is as often weeks before; nor days later, which `days_after`
/// counts.) `Some(true)` for one of the hours later.
pub(super) fn that_day(tokens: &[extract::Token], range: std::ops::Range<usize>) -> Option<bool> {
    if hours_after(tokens, range.clone()) {
        return Some(true);
    }
    let w = |k: usize| word_of(tokens, range.clone(), k);
    let next = (w(1), w(2), w(3));
    // (Dutch "toen" after the verb, not opening a clause: "Bij een aanval op
    // een flatgebouw in Gaza-Stad kwam toen een commandant om" is the day
    // just told.)
    if (range.start + 2..range.end).any(|k| {
        tokens[k].folded == "toen"
            && (lexicon::is_auxiliary(tokens[k - 1].folded)
                || matches!(
                    tokens[k - 1].folded,
                    "kwam" | "kwamen" | "viel" | "vielen" | "vond" | "vonden" | "waren" | "werden"
                ))
            && tokens[k - 1].end + 1 == tokens[k].start
    }) {
        return Some(false);
    }
    let same_day = match w(0) {
        // (Or at the same time: "Tegelijk viel IS de stad Hasakah aan",
        // "Simultaneously, …"; not "meanwhile", "ondertussen", which go on
        // to the present.)
        // (Not "Earlier in the week", "Earlier this month": a span, not
        // that day.)
        Some("earlier") => !matches!(
            next,
            (
                Some("in" | "this" | "last"),
                Some("week" | "month" | "year"),
                _
            ) | (Some("in"), Some("the"), Some("week" | "month" | "year"))
        ),
        Some("tegelijk" | "tegelijkertijd" | "simultaneously") => true,
        Some("at") => matches!(next, (Some("the"), Some("same"), Some("time"))),
        Some("later") => {
            return matches!(
                next,
                (Some("that" | "die"), Some(part), _) | (Some("op"), Some("de"), Some(part))
                    if matches!(
                        part,
                        "day" | "night" | "evening" | "afternoon" | "morning"
                            | "dag" | "avond" | "nacht" | "middag" | "ochtend"
                    )
            )
            .then_some(true);
        }
        Some("eerder") => matches!(
            next,
            (Some("op"), Some("de"), Some("dag")) | (Some("die"), Some("dag"), _)
        ),
        _ => false,
    };
    same_day.then_some(false)
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
