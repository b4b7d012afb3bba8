//! Steps 5 to 8: events told more than once become one, and counts
//! told for several places are shared.
//!
//! Takes the placed events of steps 1 to 4. Gives one event per (place,
//! event type, date), in text order: deaths told at a place right after an
//! event there are that event (5a); a coarse event (a country, a province)
//! goes when a finer one of its type and date stands inside it (5; a
//! headline's, one the text dates up to [`HEADLINE_DAYS`] before), and so
//! does one told again by a definite singular at a part of its town (5c)
//! or at its place with no date of its own, whatever day it was told
//! first (5d); a
//! headline's undated or generic event is the event the text dates up to
//! [`HEADLINE_DAYS`] before (6a), or reports at a place of its province
//! (6b); counts for a list of places are divided among them (7); a vague
//! count ("dozens") gives ACLED's number (8).

use crate::article::PartialDate;
use crate::classify::{self, EventType, Role};
use crate::extract;
use crate::gazetteer::{FnvMap as HashMap, Kind, NameRef, within_km};
use crate::lexicon;
use crate::resolve;

use super::context::Ctx;
use super::reports::Report;
use super::{Event, HEADLINE_DAYS, WEEK_DAYS, inside};

/// Steps 5 to 8 over `events`, placed by steps 1 to 4.
pub(super) fn merge(cx: &Ctx, reports: &[Report], mut events: Vec<Event>) -> Vec<Event> {
    let (g, text, tokens, sentences, mentions, headline, adate) = (
        cx.g,
        cx.text,
        cx.tokens,
        cx.sentences,
        cx.mentions,
        cx.headline,
        cx.adate,
    );
    let sentence_text = |si: usize| cx.sentence_text(si);
    // Missiles its sentence or one right after tells aircraft fired are an air
    // strike: "Missiles struck the T4 air base … Russia said two Israeli
    // F-15 jets had fired the missiles from Lebanese airspace".
    // ([`classify`] reads this within one sentence.)
    let fired_by_aircraft = |si: usize| {
        (si..sentences.len().min(si + 3)).any(|sj| {
            let words = &tokens[sentences[sj].tokens.clone()];
            let aircraft = |k: usize| {
                lexicon::is_aircraft(words[k].folded)
                    && !(k > 0 && matches!(words[k - 1].folded, "at" | "on" | "op"))
            };
            // (The aircraft the verb's subject, or its agent: "jets had
            // fired the missiles", "fired by Israeli jets"; not a drone
            // named elsewhere, "in retaliation for the US drone strike".)
            words.iter().any(|t| lexicon::is_missile(t.folded))
                && (0..words.len()).any(|k| {
                    matches!(
                        words[k].folded,
                        "fired" | "launched" | "afgevuurd" | "vuurden"
                    ) && ((k.saturating_sub(4)..k).any(aircraft)
                        || (k + 1..words.len().min(k + 4))
                            .find(|&b| matches!(words[b].folded, "by" | "door"))
                            .is_some_and(|b| (b + 1..words.len().min(b + 4)).any(aircraft)))
                })
        })
    };
    for e in events.iter_mut() {
        if e.ty == EventType::Shelling
            && tokens[sentences[e.sentence].tokens.clone()]
                .iter()
                .any(|t| lexicon::is_missile(t.folded))
            && fired_by_aircraft(e.sentence)
        {
            e.ty = EventType::Airstrike;
        }
    }
    // A battle or a fight told by that word alone, in an article that
    // tells no other violence, no dead, nobody armed and no war, is a
    // contest of another kind:
    // "De strijd om Istanbul werd gezien als een test voor Erdogan" (an
    // election), "the battle for the presidency".
    let contest_word = |w: &str| matches!(w, "strijd" | "battle" | "slag" | "fight");
    let contest =
        |e: &Event| e.ty == EventType::ArmedClash && contest_word(tokens[e.cue as usize].folded);
    // (Nor in one that names who fights or a war: "De strijd om Kobani
    // duurt voort. … Koerdische strijders …", "IS-bastion".)
    if events.iter().any(contest)
        && !reports.iter().any(|r| {
            r.deaths.is_some()
                || r.cues.iter().any(|c| {
                    c.strength == lexicon::Strength::Strong
                        && c.ty.is_violent()
                        && !contest_word(tokens[c.at].folded)
                })
        })
        && !tokens.iter().any(|t| {
            lexicon::is_armed_force(t.folded)
                || lexicon::is_armed_group(t.folded, t.cap)
                || matches!(
                    t.folded,
                    "war" | "oorlog" | "burgeroorlog" | "army" | "leger" | "militia" | "militie"
                )
        })
    {
        events.retain(|e| !contest(e));
    }
    // A "bombing" in an article that tells a bomb set off on the ground
    // and no aircraft is that bomb's kind: "Karrada bombing kills more than
    // 200 in Baghdad" over "A suicide truck bomb tore through a crowded
    // shopping district in central Baghdad". ([`classify`] reads this within
    // one sentence; aircraft anywhere in the article leave it an air strike,
    // as the bombing of a city by jets is.)
    let bombing_word = |e: &Event| matches!(tokens[e.cue as usize].folded, "bombing" | "bombings");
    let bombing = |e: &Event| e.ty == EventType::Airstrike && bombing_word(e);
    if events.iter().any(bombing)
        && let Some(ground) = events
            .iter()
            .find(|e| matches!(e.ty, EventType::Explosion | EventType::SuicideBomb))
            .map(|e| e.ty)
        && !tokens.iter().any(|t| {
            lexicon::is_aircraft(t.folded)
                || matches!(t.folded, "air" | "airstrike" | "airstrikes" | "luchtaanval")
        })
    {
        for e in events.iter_mut().filter(|e| bombing(e)) {
            e.ty = ground;
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
        let (si, date, dated) = (events[k].sentence, events[k].date, events[k].dated);
        // (Deaths the text does not date are those of the event told just
        // before at that place, whatever its day, when it has no count:
        // "Russian missiles hit power stations in Kharkiv … on Sunday night.
        // At least one person was killed in Kharkiv, the regional governor
        // said." Not more dead beside a counted event: "More than a dozen
        // people were also killed in a besieged … neighborhood in Aleppo".)
        // (Or, in an area around it, some of its counted dead, fewer than
        // all: "Bij luchtaanvallen op de provincie Idlib zijn zaterdag zeker
        // 25 burgers om het leven gekomen. In Kafranbel vielen zes doden"
        // are Saturday's air strikes.)
        let some_of = |e: &Event| {
            e.fatalities
                .is_some_and(|n| events[k].fatalities.is_some_and(|m| m < n))
        };
        let earlier = (0..events.len())
            .filter(|&o| {
                let e = &events[o];
                let at = e.at.unwrap().0;
                let area = at.place != p.place && g.place(at).kind.is_area() && inside(g, p, at);
                e.ty.is_violent()
                    && e.ty != EventType::Casualties
                    && e.sentence < si
                    // (Three sentences back for an area's, whose places a
                    // text may name one by one.)
                    && e.sentence + 2 + usize::from(area) >= si
                    && (e.date == date
                        || (!dated && e.dated && (e.fatalities.is_none() || (area && some_of(e))))
                        // (Or dated deaths told "daarbij" of an undated
                        // deed, whose day they give: "De luchtmacht voerde
                        // luchtaanvallen uit op Idlib. In de stad Idlib
                        // kwamen daarbij maandag 14 mensen om".)
                        || (dated
                            && !e.dated
                            && e.fatalities.is_none()
                            && super::reports::points_back(tokens, &sentences[si])))
                    && (at.place == p.place || area)
            })
            .max_by_key(|&o| events[o].sentence);
        if let Some(o) = earlier {
            if events[o].at.unwrap().0.place == p.place {
                if events[o].fatalities.is_none() {
                    events[o].fatalities = events[k].fatalities;
                }
                if dated && !events[o].dated && events[o].date != date {
                    events[o].date = date;
                    events[o].dated = true;
                }
                absorbed[k] = true;
            } else {
                events[k].ty = events[o].ty;
                // (And its day, when the deaths' own words give none.)
                if !dated {
                    events[k].date = events[o].date;
                    events[k].dated = true;
                }
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
                    // (Or a headline's deaths of no type, the province's
                    // event with their count: "Turkey retaliates after 33
                    // soldiers killed in Syria's Idlib" over "an air strike
                    // that killed 33 Turkish soldiers in Idlib province".)
                    // (Or a generic one's, "Drie Turkse militairen gedood
                    // bij aanval in Idlib" over "Bij een aanval met een
                    // bermbom … in de provincie Idlib … drie Turkse
                    // militairen".)
                    && (o.ty.kin(e.ty)
                        || ((e.ty == EventType::Casualties || e.weak)
                            && o.ty.is_violent()
                            && e.fatalities.is_some()
                            && o.fatalities == e.fatalities))
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
    let mut events = absorb(events, &province_named, |_, _| true, &sentence_text);
    // Step 5: drop coarse duplicates of precise events, which take their
    // count when they have none ("zeker 33 Turkse militairen" killed in an
    // air strike "in de provincie Idlib", under a headline's "luchtaanval in
    // Idlib").
    // (So does a provincial capital named like its province that opens
    // the sentence as its frame, "In Idlib voerden Russische
    // gevechtsvliegtuigen vrijdag aanvallen uit op de omgeving van Jisr
    // al-Shughur": the province, where the event's own place is another
    // town of it. Not one of a list: "Warplanes struck Idlib and Jisr
    // al-Shughur".)
    // (Or that a later place of the sentence is told as an example of:
    // "Bij luchtaanvallen in Idlib kwamen twaalf burgers om, onder meer in
    // Saraqib en Ariha".)
    let frame = |e: &Event| {
        let (r, mi) = e.at.unwrap();
        let start = mentions[mi].tokens.start;
        let si = mentions[mi].sentence;
        g.place(r).named_like_its_province()
            && si == e.sentence
            && ((start >= 1
                && tokens[start - 1].folded == "in"
                && start - 1 == sentences[si].tokens.start)
                || mentions[mi + 1..]
                    .iter()
                    .take_while(|m| m.sentence == si)
                    .any(|m| classify::told_as_example(tokens, sentences[si].tokens.start, m)))
    };
    let in_province = |o: NameRef, p: NameRef| {
        let (i, q) = (g.place(o), g.place(p));
        o.place != p.place
            && i.kind.is_settlement()
            && i.country == q.country
            && i.admin1().is_some()
            && i.admin1() == q.admin1()
    };
    // Is `deed` an event told in the clause of a deed its sentence's event
    // avenges ("in retaliation for an air strike …"), and `other` an event
    // of the avenging one's type told elsewhere, which retells that one?
    // Then the two are two events: "Turkey struck Syrian government
    // targets … in retaliation for an air strike that killed 33 Turkish
    // soldiers in Idlib province. Turkish drones … hit positions in the
    // Saraqeb area" are two air strikes. (Not a chemical attack told as
    // the deed a missile strike answers and then again, one event.)
    let avenged_at = |e: &Event| {
        classify::avenged(
            text,
            tokens,
            sentences[e.sentence].tokens.start,
            e.cue as usize,
        )
    };
    let avenger_and_deed = |deed: &Event, other: &Event| {
        avenged_at(deed).is_some_and(|a| {
            avenged_at(other).is_none()
                && reports[deed.sentence]
                    .cues
                    .iter()
                    .any(|c| c.at < a && c.ty.kin(other.ty))
        })
    };
    // A province's or a region's total told with the share of places
    // inside it keeps the rest, as ACLED codes it: "killed
    // 34 people in southern Gaza, 11 of them in Rafah" is 11 at Rafah and
    // 23 in southern Gaza, not 11 alone. (Not when the shares make up the
    // total, nor a country's.)
    let mut rest: Vec<bool> = vec![false; events.len()];
    for k in 0..events.len() {
        let e = &events[k];
        let (p, _) = e.at.unwrap();
        let (Some(n), place) = (e.fatalities, g.place(p)) else {
            continue;
        };
        if !place.kind.is_area() || place.kind == Kind::Country {
            continue;
        }
        // (Or in the sentences right after it, of its type and day: "Bij
        // luchtaanvallen op de provincie Idlib zijn zaterdag zeker 25
        // burgers om het leven gekomen. In Kafranbel vielen zes doden, in
        // Ariha vier" is 6, 4 and 15 in the rest of the province.)
        // (Not a place the text told the event at before its total, which a
        // later sentence retells: "At least 20 people were killed in a car
        // bomb blast … in Azaz. … in the province of Aleppo … The blast hit
        // near the town of Azaz".)
        let told_before = |o: &Event| {
            events.iter().any(|x| {
                x.sentence < e.sentence
                    && x.ty.kin(e.ty)
                    && x.at.unwrap().0.place == o.at.unwrap().0.place
            })
        };
        let shares: u32 = events
            .iter()
            .filter(|o| {
                (o.sentence == e.sentence
                    || (o.sentence > e.sentence && o.sentence <= e.sentence + 3 && !told_before(o)))
                    && o.ty.kin(e.ty)
                    && o.date == e.date
                    && !g.place(o.at.unwrap().0).kind.is_area()
                    && inside(g, o.at.unwrap().0, p)
            })
            .filter_map(|o| o.fatalities)
            .sum();
        if shares > 0 && shares < n {
            rest[k] = true;
            let e = &mut events[k];
            e.fatalities = Some(n - shares);
            e.notes.push_str(&format!(
                " [fatalities: {n} told for the area, less {shares} told for places in it]"
            ));
        }
    }
    let finer: Vec<Option<usize>> = events
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let (p, _) = e.at.unwrap();
            if rest[k] {
                return None;
            }
            if !g.place(p).kind.is_area() {
                if !frame(e) {
                    return None;
                }
                return events.iter().position(|o| {
                    o.sentence == e.sentence
                        && o.ty.kin(e.ty)
                        && o.date == e.date
                        && in_province(o.at.unwrap().0, p)
                });
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
            // (A headline's area event, dated only by the article, is the
            // finer one the text dates up to HEADLINE_DAYS before: "Turkey
            // launches air strikes on Kurdish militants in Syria and Iraq"
            // over "… on Sunday … the strikes hit villages around
            // Kobani".)
            let headline_area = headline && e.sentence == 0 && !e.dated && e.date == adate;
            let same_day = |o: &Event| {
                o.date == e.date
                    || (headline_area
                        && o.dated
                        && days_before(o.date).is_some_and(|b| (0..=HEADLINE_DAYS).contains(&b)))
            };
            events.iter().position(|o| {
                same(o)
                    && same_day(o)
                    && inside(g, o.at.unwrap().0, p)
                    && !avenger_and_deed(e, o)
                    && !avenger_and_deed(o, e)
            })
        })
        .collect();
    // A country's event that a later sentence retells at its places ("…
    // in Jemen gebombardeerd. Volgens de Houthi's kwamen daarbij vijf
    // strijders om. De aanvallen waren gericht op … Hodeidah en … Sanaa")
    // gives them its count, divided among them as one sentence's toll of
    // several places (step 7).
    let retells = |kept: &Event, gone: &Event| {
        g.place(gone.at.unwrap().0).kind == Kind::Country
            && kept.sentence > gone.sentence
            && kept.sentence <= gone.sentence + 4
            && cx.retold(kept.sentence, kept.cue as usize)
    };
    // So does a region's or a province's event whose places its own cue
    // lists, when they are several: "Israeli strikes killed 25 people in
    // villages across southern Lebanon, including Nabatieh and Tyre" is
    // 13 and 12, not 25 at the one place inside the governorate.
    let lists = |events: &[Event], kept: &Event, gone: &Event| {
        g.place(gone.at.unwrap().0).kind != Kind::Country
            && kept.sentence == gone.sentence
            && kept.cue == gone.cue
            && events
                .iter()
                .filter(|x| super::listed_with(x, kept.sentence, kept.cue, kept.ty))
                .count()
                > 1
    };
    for (k, o) in finer.iter().enumerate() {
        let (Some(o), Some(n)) = (*o, events[k].fatalities) else {
            continue;
        };
        if !(retells(&events[o], &events[k]) || lists(&events, &events[o], &events[k]))
            || events[o].fatalities.is_some()
        {
            continue;
        }
        super::share_among_listed(&mut events, o, n);
    }
    // (Only a province's or a region's count, given to an event of its own
    // sentence or of the headline: a country holds every event, and a
    // province's count further on is as often another event's, "12 aid
    // workers … in Aleppo province" beside the city's 39. A country's
    // only to the events that retell it, or a headline's to its lead's:
    // "Opposition minister among 12 dead in Syria car bomb" over "The
    // attack targeted a ribbon-cutting ceremony … in Inkhil".)
    // (The sentence and type of each event.)
    let told: Vec<(usize, EventType)> = events.iter().map(|e| (e.sentence, e.ty)).collect();
    let events = absorb(
        events,
        &finer,
        |gone, kept| {
            if g.place(gone.at.unwrap().0).kind == Kind::Country {
                return retells(kept, gone) || (gone.sentence == 0 && cx.in_lead(kept.sentence));
            }
            kept.sentence == gone.sentence
                || mentions[kept.at.unwrap().1].sentence == gone.sentence
                || kept.sentence == 0
                // (Both in the lead, the first three sentences: its event
                // told twice, "Warplanes carried out six strikes in the
                // village of Hass" and "Airstrikes on Syria's rebel-held
                // Idlib province hit a school … killing at least 26".)
                || (cx.in_lead(kept.sentence) && cx.in_lead(gone.sentence))
                // (Or one that retells it by a definite singular soon
                // after, no other event of its kind told between, which
                // the words would retell: "… zijn donderdagavond 33 Turkse
                // militairen omgekomen. … De aanval vond plaats bij het
                // dorp Balyun, ten zuiden van de stad Idlib.")
                || (kept.sentence > gone.sentence
                    && kept.sentence <= gone.sentence + 5
                    && cx.retold(kept.sentence, kept.cue as usize)
                    && !told.iter().any(|&(si, ty)| {
                        si > gone.sentence && si < kept.sentence && ty.kin(kept.ty)
                    }))
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
            || !cx.retold(e.sentence, e.cue as usize)
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
    let events = absorb(events, &retold_in, |_, _| true, &sentence_text);

    // Step 5d: an event told again by a definite singular with its place
    // and no date of its own ("At least 40 people were killed in the Douma
    // attack", dated only by the article) is the one event of its kind
    // told at that place before, whatever day that was ("a suspected
    // poison gas attack in Douma a week ago"): it gives that one its count.
    // (Only where one sentence tells such an event there: two are two.)
    let mut retold_in: Vec<Option<usize>> = vec![None; events.len()];
    for (k, e) in events.iter().enumerate() {
        let m = &mentions[e.at.unwrap().1];
        // (Or its place between the article and the cue: "the Douma
        // attack".)
        let named = m.tokens.end == e.cue as usize
            && m.tokens.start > sentences[e.sentence].tokens.start
            && lexicon::is_definite_singular(tokens[m.tokens.start - 1].folded);
        if e.dated || m.sentence != e.sentence || !(named || cx.retold(e.sentence, e.cue as usize))
        {
            continue;
        }
        let here = e.at.unwrap().0.place;
        // (A generic word, "the Douma attack", retells a deed of any
        // violent kind.)
        let generic = crate::wordlists::is_generic_attack_word(tokens[e.cue as usize].folded);
        // ("The strikes", a deed struck from afar of any kind: "Israeli
        // missiles struck the airport … the strikes killed one worker".)
        let strikes = matches!(tokens[e.cue as usize].folded, "strike" | "strikes");
        let before: Vec<usize> = (0..k)
            .filter(|&o| {
                events[o].sentence < e.sentence
                    && events[o].at.unwrap().0.place == here
                    && (events[o].ty.kin(e.ty)
                        || (generic && events[o].ty.is_violent())
                        || (strikes && events[o].ty.is_remote()))
                    && retold_in[o].is_none()
            })
            .collect();
        if let Some(&first) = before.first()
            && before
                .iter()
                .all(|&o| events[o].sentence == events[first].sentence)
            && events[first].date != e.date
        {
            retold_in[k] = Some(first);
        }
    }
    let mut events = absorb(events, &retold_in, |_, _| true, &sentence_text);

    // Step 6a: an event dated only by the article (a headline, "Air strikes
    // kill dozens in Atareb") is the event of the same type at the same
    // place that the text dates up to HEADLINE_DAYS before the article
    // ("Three strikes hit the town of Atareb on Monday"): it gives that one
    // its count when it has none, and goes.
    // (Up to a week before, what a weekday reaches, for a headline's
    // count the text gives again: "Zeker twintig doden bij aanslag in
    // Mogadishu" over "… zijn zaterdag zeker twintig mensen om het leven
    // gekomen", told on Wednesday.)
    // (Asked only when none is found within HEADLINE_DAYS: `wide`.)
    // (And for a headline with no count at all: "Aanslag op militaire
    // parade in Ahvaz" over "… zijn zaterdag zeker 25 mensen om het leven
    // gekomen", told on Wednesday.)
    // (A headline's deed after "after", "na", "following" is an earlier
    // one, the text's whatever its day: "US strikes Syria after chemical
    // attack in Douma" over "… a suspected chemical attack in Douma on
    // April 7".)
    let earlier_deed = |e: &Event| {
        let from = sentences[e.sentence].tokens.start;
        classify::after_deed(text, tokens, from, e.cue as usize, false).is_some()
    };
    let reach = |e: &Event, o: &Event, wide: bool| {
        if headline && e.sentence == 0 && earlier_deed(e) {
            i64::MAX
        } else if wide
            && headline
            && e.sentence == 0
            && (e.fatalities.is_none() || o.fatalities == e.fatalities)
        {
            // (Dead with no deed, whatever the day the text tells their
            // deed: "Nederlandse F-16 doodde zeventig burgers in Hawija"
            // over "zijn in juni 2015 zeventig burgers om het leven
            // gekomen".)
            if e.ty == EventType::Casualties {
                i64::MAX
            } else {
                WEEK_DAYS
            }
        } else {
            HEADLINE_DAYS
        }
    };
    // (A headline's city stands for the text's place beside it: "Airstrike
    // on migrant center near Tripoli" over "… in Tajoura, a suburb of
    // Tripoli". So does a town the text names beside the place: "Coalitie
    // doodt tientallen burgers bij Manbij" over "… op het dorp Tokhar, ten
    // noorden van Manbij".)
    let beside = |e: &Event, o: &Event| {
        if !headline || e.sentence != 0 || o.sentence == 0 {
            return false;
        }
        let (here, there) = (e.at.unwrap().0, o.at.unwrap().0);
        let (p, t) = (g.place(there), g.place(here));
        (p.kind.is_settlement() || p.kind.is_part_of_town())
            && p.country == t.country
            && within_km((p.lat, p.lon), (t.lat, t.lon), resolve::CITY_PART_KM)
            && (t.kind == Kind::City
                || cx
                    .by_sentence(o.sentence)
                    .iter()
                    .any(|&i| cx.place_of(i).is_some_and(|r| r.place == here.place)))
    };
    let undated_twin = |e: &Event, wide: bool| -> Option<usize> {
        let same = |o: &&Event| {
            o.ty.kin(e.ty) && (o.at.unwrap().0.place == e.at.unwrap().0.place || beside(e, o))
        };
        // (In an article without a date, the headline's event, undated, is
        // the one the text dates at its place, when all it dates there is
        // one day: "Airstrike on migrant center near Tripoli kills dozens"
        // over "An airstrike hit … Tajoura, a suburb of Tripoli, on July 2,
        // 2019".)
        let Some(a) = adate.and_then(|d| d.days()) else {
            if e.sentence != 0 || e.date.is_some() {
                return None;
            }
            // (Dated by its words, a weekday's date unknown with the
            // article's too: "zaterdagochtend".)
            let mut dated = events
                .iter()
                .enumerate()
                .filter(|(_, o)| !std::ptr::eq(*o, e) && same(o) && (o.date.is_some() || o.dated));
            let (k, o) = dated.next()?;
            return dated.all(|(_, x)| x.date == o.date).then_some(k);
        };
        if e.dated || e.date != adate {
            return None;
        }
        // (Not when the text also dates such an event on the article's day,
        // which the headline may be, nor when it dates two: "40 killed in
        // rocket attacks on Aleppo" over Friday's 2 and Saturday's 5.)
        let mut dates = events
            .iter()
            .filter(same)
            .filter(|o| o.dated)
            .map(|o| o.date.and_then(|d| d.days()));
        let first = dates.next()??;
        let k = events.iter().position(|o| same(&o) && o.dated)?;
        if first >= a || a - first > reach(e, &events[k], wide) || dates.any(|d| d != Some(first)) {
            return None;
        }
        // (Past the lead, another count its own sentence gives is another
        // event: "Rebels shelled Mhardeh on Thursday, killing two" and,
        // later, "rebels shelled Mhardeh, killing four"; not one told as
        // the event before, "The blast …", nor a headline's or the lead's
        // count, which may be the toll as it rose.)
        let own_count = reports[e.sentence]
            .deaths
            .is_some_and(|d| Some(d.n) == e.fatalities);
        let definite = cx.retold(e.sentence, e.cue as usize);
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
    // (So is a headline's strike from afar told by another weapon, the
    // one remote event the text dates there: "Russische raket treft
    // theater in Marioepol" over "Een Russische luchtaanval heeft woensdag
    // het dramatheater in Marioepol verwoest". The text's type stands. One
    // of the headline's own type is its twin as above, or step 6 merges
    // the two.)
    // (A headline's fighting too, where the text tells no fighting of its
    // own, or gives the headline's count: "Fighting spreads in El Fasher"
    // over an attack with shelling; not "Strijd om Tripoli laait op" over
    // an air strike on its airport and "gevechten ten zuiden van de
    // hoofdstad", which the headline's clash stands for.)
    let text_fights = std::cell::OnceCell::new();
    let generic_twin = |e: &Event, wide: bool| -> Option<usize> {
        let generic = e.weak
            || matches!(e.ty, EventType::Attack | EventType::Casualties)
            || (e.ty == EventType::ArmedClash
                && (e.fatalities.is_some()
                    || !*text_fights.get_or_init(|| {
                        reports
                            .get(1..)
                            .unwrap_or_default()
                            .iter()
                            .any(|r| r.cues.iter().any(|c| c.ty == EventType::ArmedClash))
                    })));
        if !headline || e.sentence != 0 || e.dated || !(generic || e.ty.is_remote()) {
            return None;
        }
        let place = e.at.unwrap().0.place;
        // (Or an undated one with the headline's count: "Gunman kills 39
        // at Istanbul nightclub" over "opened fire at an Istanbul
        // nightclub …, killing 39 people".)
        let mut found = events.iter().enumerate().filter(|(_, o)| {
            o.sentence > 0
                && (if generic {
                    o.ty.is_violent()
                } else {
                    o.ty.is_remote() && o.ty != e.ty
                })
                // (Beside it for a generic one only: a strike from afar
                // told by another weapon is one at its very place, not the
                // rebels' mortars on an Aleppo quarter for "bombing of
                // Aleppo city".)
                // (With no count of its own, or the same: "Forces advance in
                // Idlib as strikes kill 20" is not Sarmin's 12.)
                && (o.at.unwrap().0.place == place
                    || (generic
                        && e.fatalities.is_none_or(|n| o.fatalities == Some(n))
                        && beside(e, o)))
                && if o.dated {
                    // (In an article without a date, a day named only by
                    // its weekday is one of its week.)
                    // (A month or a year by the end of its span.)
                    days_before(o.date.map(|d| d.span().1))
                        .is_some_and(|b| (0..=reach(e, o, wide)).contains(&b))
                        || (adate.is_none() && o.date.is_none())
                } else {
                    // (Or, without a count, a strike from afar, a bomb: "16
                    // civilians killed in Syria's Hasakeh after motorbike
                    // bomber attack" over "A suicide bomber on a motorcycle
                    // blew himself up in … Hasakeh city".)
                    // (Or one with a count, for a generic headline with
                    // none: "Doden bij Israëlische aanval op school in Gaza"
                    // over "Bij een Israëlische luchtaanval op een school in
                    // Gaza-Stad zijn … zeker dertig Palestijnen om het leven
                    // gekomen".)
                    o.date == e.date
                        && ((o.fatalities.is_some() && o.fatalities == e.fatalities)
                            || (generic && e.fatalities.is_none() && o.fatalities.is_some())
                            || (generic
                                && o.ty.is_remote()
                                && o.ty != e.ty
                                && o.fatalities.is_none()
                                && e.fatalities.is_some()))
                }
        });
        let (k, o) = found.next()?;
        // (Told by another weapon, with the same count or none. Or a
        // "bombing" with a rounder count than the bomb's: "Karrada bombing
        // kills more than 200 in Baghdad" over "A suicide truck bomb …
        // killing at least 213 people".)
        let bombing = bombing_word(e)
            && matches!(o.ty, EventType::Explosion | EventType::SuicideBomb)
            && o.fatalities.is_some_and(|n| Some(n) >= e.fatalities);
        if !generic && e.fatalities.is_some() && o.fatalities != e.fatalities && !bombing {
            return None;
        }
        // (Only one kind of event there: two are two events the headline
        // may sum up.)
        found
            .all(|(_, x)| x.ty == o.ty && x.date == o.date)
            .then_some(k)
    };
    let mut twins: Vec<Option<usize>> = events
        .iter()
        .map(|e| {
            undated_twin(e, false)
                .or_else(|| generic_twin(e, false))
                .or_else(|| undated_twin(e, true))
                .or_else(|| generic_twin(e, true))
        })
        .collect();
    // (An event its sentence tells twice at one place, by two cues of one
    // type, "toxic gas attack", goes with the telling that found its twin:
    // the two are one event, which step 6 would merge.)
    for k in 0..events.len() {
        if twins[k].is_some() {
            continue;
        }
        let e = &events[k];
        twins[k] = (0..events.len()).find_map(|j| {
            let o = &events[j];
            (o.sentence == e.sentence
                && o.ty == e.ty
                && o.date == e.date
                && o.at.unwrap().0.place == e.at.unwrap().0.place)
                .then_some(twins[j])
                .flatten()
        });
    }
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
    // (So is a generic attack, a weak cue's clash or attack, beside a
    // strike from afar at its place and date: "Opnieuw doden bij
    // beschietingen in Charkiv" over "Bij een Russische aanval op een
    // bouwmarkt in … Charkiv zijn zaterdag zeker twaalf mensen omgekomen"
    // is one shelling.)
    let generic = |e: &Event| {
        e.weak
            && matches!(e.ty, EventType::ArmedClash | EventType::Attack)
            && tokens
                .get(e.cue as usize)
                .is_some_and(|t| lexicon::is_generic_attack_word(t.folded))
    };
    // (And a headline's clash told by a generic word the text tells again,
    // which the text's details make an attack on civilians: "Honderden
    // doden bij aanval IS op Kobani" over "Bij een aanval van Islamitische
    // Staat op … Kobani zijn … 146 burgers gedood".)
    let retyped = |e: &Event, o: &Event| {
        headline
            && e.sentence == 0
            && o.sentence > 0
            && e.ty == EventType::ArmedClash
            && o.ty == EventType::Attack
            && tokens[e.cue as usize].folded == tokens[o.cue as usize].folded
            && lexicon::is_generic_attack_word(tokens[o.cue as usize].folded)
    };
    let refining = events
        .iter()
        .any(|o| EventType::ALL.iter().any(|&g| o.ty.refines(g)) || (!o.weak && o.ty.is_remote()))
        && events
            .iter()
            .any(|e| generic(e) || EventType::ALL.iter().any(|&g| g.refines(e.ty)))
        || (headline
            && events
                .iter()
                .filter(|e| e.sentence == 0 && e.ty == EventType::ArmedClash)
                .any(|e| events.iter().any(|o| retyped(e, o))));
    let refined: Vec<Option<EventType>> = events
        .iter()
        .map(|e| {
            if !refining {
                return None;
            }
            let at = e.at.unwrap().0.place;
            events
                .iter()
                .find(|o| {
                    // (The generic attack on a day of its own: undated
                    // attacks may be any of the war's.)
                    (o.ty.refines(e.ty)
                        || (generic(e)
                            && !o.weak
                            && o.ty.is_remote()
                            && e.date.is_some_and(|d| d.day.is_some()))
                        || retyped(e, o))
                        && o.date == e.date
                        && o.at.unwrap().0.place == at
                })
                .map(|o| o.ty)
        })
        .collect();
    for (e, ty) in events.iter_mut().zip(refined) {
        if let Some(ty) = ty {
            e.ty = ty;
        }
    }
    // Step 6 first: a withdrawal from a place the other side is told to
    // take, within a day of it, is the capture's other face, one transfer
    // of ground: "Het regeringsleger trok zich vrijdagavond terug uit
    // verschillende wijken" under "Rebellen nemen Aleppo in".
    let near_day = |a: Option<PartialDate>, b: Option<PartialDate>| match (
        a.and_then(|d| d.days()),
        b.and_then(|d| d.days()),
    ) {
        (Some(x), Some(y)) => (x - y).abs() <= 1,
        _ => a == b,
    };
    if events.iter().any(|e| e.ty == EventType::Withdrawal) {
        // (So is the other side's entering it: "Koerdische strijders hebben
        // zich zondag teruggetrokken uit de grensstad Ras al-Ain … Turkse
        // troepen en Syrische rebellen trokken daarna de stad binnen".)
        // (Is there an event of type `ty` at `e`'s place within a day of it?)
        let beside = |events: &[Event], e: &Event, ty: EventType| {
            events.iter().any(|o| {
                o.ty == ty
                    && o.at.unwrap().0.place == e.at.unwrap().0.place
                    && near_day(o.date, e.date)
            })
        };
        let entered: Vec<bool> = events
            .iter()
            .map(|o| {
                o.ty == EventType::GroundOffensive && beside(&events, o, EventType::Withdrawal)
            })
            .collect();
        for (o, entered) in events.iter_mut().zip(entered) {
            if entered {
                o.ty = EventType::TerritoryChange;
            }
        }
        let taken: Vec<bool> = events
            .iter()
            .map(|e| {
                e.ty == EventType::Withdrawal && beside(&events, e, EventType::TerritoryChange)
            })
            .collect();
        events = keep_where(events, taken.into_iter().map(|t| !t));
    }
    events.sort_by_key(|e| (e.pos, e.sentence, e.ty));
    let mut merged: Vec<Event> = Vec::new();
    let mut index: HashMap<(u32, EventType, Option<PartialDate>), usize> = HashMap::default();
    for e in events {
        let key = (e.at.unwrap().0.place, e.ty, e.date);
        match index.get(&key) {
            Some(&k) => {
                let f = &mut merged[k];
                // (A headline's count gives way to the text's larger one
                // for the same event: "Bomb kills Russian general in
                // Moscow" over "killed Lieutenant General Igor Kirillov …
                // His assistant was also killed", 2.)
                // (Only dead the text adds to its own count: a larger
                // count of its own may be a toll of weeks, "Since Sept. 19
                // … at least 359 civilians have been killed".)
                // (Or a headline's round lower bound, which the text
                // counts exactly: "Karrada bombing kills more than 200" over
                // "killing at least 213 people".)
                let rounded = |a: u32, b: u32| {
                    b <= a + a / 2
                        && reports[f.sentence].deaths.is_some_and(|d| {
                            d.n == a
                                && d.at > 0
                                && matches!(
                                    tokens[d.at - 1].folded,
                                    "than" | "dan" | "over" | "ruim"
                                )
                        })
                };
                let headline_less = cx.headline
                    && f.sentence == 0
                    && e.sentence > 0
                    && matches!((f.fatalities, e.fatalities),
                        (Some(a), Some(b)) if b > a && (e.added || rounded(a, b)));
                if (f.fatalities.is_none() || headline_less)
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
    vague_counts(&mut merged, text, tokens, sentences);
    merged
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
pub(super) fn divide_counts(events: &mut [Event]) {
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

/// Does the text, past its headline, tell an event of `e`'s type at `e`'s
/// place?
fn told_in_text_at_its_place(events: &[Event], e: &Event) -> bool {
    let place = e.at.unwrap().0.place;
    events
        .iter()
        .any(|o| o.sentence > 0 && o.ty.kin(e.ty) && o.at.unwrap().0.place == place)
}
