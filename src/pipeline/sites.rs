//! Step 1: the events of a sentence with cues, each at the sites its
//! cue reaches.
//!
//! Takes one sentence's cues and its date ([`Day`]). Gives an event for
//! every site in reach of a cue (at most [`MAX_CUE_DISTANCE`] content words
//! off, in the same clause), for the cue nearest to it and those
//! coordinated with that one ("luchtaanvallen en artillerievuur op …");
//! the place left for an escape, a flight or a withdrawal; and the strong
//! cues no site took, as placeless or stranded events.

use crate::article::PartialDate;
use crate::classify::{self, EventType, Role};
use crate::extract::Mention;
use crate::gazetteer::{Kind, NameRef};
use crate::lexicon::{self, Strength};

use super::context::Ctx;
use super::sentences::{Day, Told};
use super::{Event, MAX_CUE_DISTANCE, MAX_CUE_SPAN, content_words, inside};

/// Step 1 for sentence `si` with `cues`, dated `day`; `days_after` as
/// [`classify::days_after`] finds it; `counted`: the sentence counts dead.
pub(super) fn read(
    cx: &Ctx,
    cues: &[classify::CueHit],
    si: usize,
    day: &Day,
    days_after: &Option<(std::ops::Range<usize>, i64)>,
    counted: bool,
    told: &mut Told,
) {
    let (g, text, tokens, mentions) = (cx.g, cx.text, cx.tokens, cx.mentions);
    let s = &cx.sentences[si];
    let range = s.tokens.clone();
    let (date, dated) = (day.date, day.dated);
    let Told {
        events,
        placeless,
        stranded,
        ..
    } = told;
    let first_new = events.len();
    // An event noun written with its year ("the 2013 chemical attack
    // in Ghouta", "the invasion of 2003") is of that year, whatever day
    // the sentence tells, unless that day is of the year.
    // (So is one written with its weekday's possessive, whatever day the
    // sentence tells: "Rescuers pulled 12 bodies from the rubble on Monday
    // after Sunday's air strikes".)
    let cue_date = |c: &classify::CueHit, date: Option<PartialDate>, dated: bool| {
        if let Some(d) = classify::weekday_of_cue(text, tokens, range.clone(), c.at, cx.adate) {
            return (Some(d), true);
        }
        match classify::year_of_cue(tokens, range.clone(), c.at, c.len) {
            Some(y) if date.is_none_or(|d| d.year != y.year) => (Some(y), true),
            _ => (date, dated),
        }
    };
    // An escape's, a flight's or a withdrawal's place is the one
    // left: "ontsnapten uit kamp Ain Issa", "Duizenden burgers
    // vluchtten uit Afrin", "hebben zich teruggetrokken uit Ras
    // al-Ain".
    // (Such a place takes an escape or flight cue only, and a flight
    // only from a town or a camp: "hij vluchtte uit Syrië" is one
    // refugee's story. Only in a sentence that names no site:
    // "Strijders uit Idlib ontsnapten in Afrin" is an escape in
    // Afrin.)
    // (And ground taken by driving fighters out: "had driven the
    // last Islamic State fighters out of the town of Manbij".)
    let leaving = |c: &classify::CueHit| {
        matches!(
            c.ty,
            EventType::Escape | EventType::Displacement | EventType::Withdrawal
        ) || (c.ty == EventType::TerritoryChange && classify::is_driving_out(tokens[c.at].folded))
    };
    let mut sites = cx.sites_of(si);
    // (Nor one whose sites are only areas around the place left:
    // "ontsnapt uit het kamp Ain Issa in Noord-Syrië" escaped from
    // Ain Issa, not from the north of Syria.)
    let escape = cues.iter().any(leaving)
        && (sites.is_empty() || {
            let from: Vec<NameRef> = cx
                .by_sentence(si)
                .iter()
                .filter(|&&i| cx.role_of(i) == Role::NotSite("origin"))
                .filter_map(|&i| cx.place_of(i))
                .collect();
            !from.is_empty()
                && sites.iter().all(|&i| {
                    cx.place_of(i)
                        .is_some_and(|p| from.iter().any(|&o| inside(g, o, p)))
                })
        });
    // Ground left right after a withdrawal is its site even where
    // the sentence names sites: "Rebels withdrew from Khan
    // Sheikhoun and from towns in northern Hama province".
    let left: Vec<usize> = if escape || !cues.iter().any(|c| c.ty == EventType::Withdrawal) {
        Vec::new()
    } else {
        cx.by_sentence(si)
            .iter()
            .copied()
            .filter(|&i| {
                let start = mentions[i].tokens.start;
                cues.iter().any(|c| {
                    c.ty == EventType::Withdrawal
                        && start >= c.at + c.len
                        && start <= c.at + c.len + 4
                }) && cx.role_of(i) == Role::NotSite("origin")
            })
            .collect()
    };
    let origin =
        |i: usize| (escape || left.contains(&i)) && cx.role_of(i) == Role::NotSite("origin");
    if escape {
        sites = cx
            .by_sentence(si)
            .iter()
            .copied()
            .filter(|&i| origin(i))
            .collect();
    } else if !left.is_empty() {
        sites.extend(&left);
        sites.sort_unstable();
    }
    // An event named in "a day after …" (see below), when it names
    // its own place: then its cues take no site before it.
    let own_place = days_after.as_ref().filter(|(span, _)| {
        sites
            .iter()
            .any(|&j| span.contains(&mentions[j].tokens.start))
    });
    // (Clauses only where a site needs them.)
    let clause: &[usize] = if sites.is_empty() {
        &[]
    } else {
        cx.clauses_of(si)
    };
    let clause_of = |k: usize| clause[k - range.start];
    // (Asides are rare: most sentences hold no parenthesis, and their
    // words are all of one clause between a place and its cue.)
    // (Nor a relative clause between commas, which [`Ctx::clauses_of`]
    // numbers as one that interrupts another.)
    let aside = !sites.is_empty()
        && (memchr::memchr(b'(', &text.as_bytes()[s.start..s.end]).is_some()
            || clause.windows(2).any(|w| w[1] < w[0]));
    // A date written only inside a clause that interrupts the cue's, a
    // parenthesis or a relative clause, is not the cue's: "Bij de stad
    // Bachmoet, die Rusland vorig jaar veroverde, woeden nog steeds zware
    // gevechten" is fighting now. (The article's date then.)
    // (Nor one written only in a relative clause after the cue's, the
    // background of a name: "protested against Haftar, whose forces
    // besieged Tripoli in 2019".)
    // (A relative pronoun after a comma opens such a clause.)
    let relative_opens = |k: usize| {
        k > range.start
            && lexicon::is_relative_pronoun(tokens[k].folded)
            && text[tokens[k - 1].end..tokens[k].start].contains(',')
    };
    let relative_after = |k: usize, at: usize| {
        let ck = clause_of(k);
        if ck == clause_of(at) || k < at {
            return false;
        }
        let first = (range.start..=k)
            .rev()
            .take_while(|&x| clause_of(x) == ck)
            .last()
            .unwrap_or(k);
        relative_opens(first)
    };
    let relative = std::cell::OnceCell::new();
    let own_clause_date = |at: usize| -> Option<(Option<PartialDate>, bool)> {
        if sites.is_empty() || !day.own {
            return None;
        }
        // (Asked once per sentence: few hold either.)
        let has_relative =
            *relative.get_or_init(|| (range.start + 1..range.end).any(relative_opens));
        if !aside && !has_relative {
            return None;
        }
        let interrupting = |k: usize| {
            let ck = clause_of(k);
            (aside && ck != clause_of(at) && clause[k - range.start..].iter().any(|&c| c < ck))
                || relative_after(k, at)
        };
        let dates = classify::written_dates(text, tokens, &day.sentence, cx.adate);
        (!dates.is_empty() && dates.iter().all(|(r, _)| interrupting(r.start)))
            .then_some((cx.adate, false))
    };
    // A deed told as the one an event avenges or answers has the date
    // written in its own clause: "stormed the US embassy in Baghdad on
    // Tuesday … in anger over US air strikes that killed 25 fighters in
    // Iraq and Syria on Sunday" (the strikes on Sunday). (Asked only of a
    // sentence with a date of its own.)
    let avenged_date = |at: usize| -> Option<(Option<PartialDate>, bool)> {
        if !day.own {
            return None;
        }
        let a = classify::avenged(text, tokens, range.start, at)?;
        classify::written_dates(text, tokens, &day.sentence, cx.adate)
            .into_iter()
            .find(|(r, _)| r.start > a && classify::in_clause_of(text, tokens, a, r.start))
            .map(|(_, d)| (Some(d), true))
    };
    // (Sides and sources are rare: most sentences hold none of their
    // words, and their distances are counted over the plain words.)
    let parting = !sites.is_empty()
        && tokens[range.clone()].iter().any(|t| {
            matches!(t.folded.len(), 6 | 7) && matches!(t.folded, "between" | "tussen" | "volgens")
        });
    for (n, &i) in sites.iter().enumerate() {
        let m = &mentions[i];
        // The head of a coordinated list ("Ras al-Ayn, Tell Abyad,
        // Qamishli en Ain Issa", "a research center in Damascus and
        // two depots near Homs") stands for all of it.
        let mut head = i;
        for &j in sites[..n].iter().rev() {
            if classify::coordinated_phrase(text, tokens, &mentions[j], &mentions[head]) {
                head = j;
            } else {
                break;
            }
        }
        // So does an area the list names its places as parts of:
        // "struck … targets in Yemen overnight, including in the
        // capital Sanaa and the port city of Hodeidah".
        let listed = |k: usize| sites[..n].iter().any(|&j| mentions[j].tokens.contains(&k));
        if let Some(k) = including_before(tokens, range.start, mentions[head].tokens.start, listed)
            && let Some(&j) = sites[..n]
                .iter()
                .rev()
                .find(|&&j| mentions[j].tokens.end <= k)
            && k - mentions[j].tokens.end <= 3
            && cx.place_of(j).is_some_and(|r| g.place(r).kind.is_area())
        {
            head = j;
        }
        let hm = &mentions[head];
        // An apposition right after the place, between commas and
        // with no cue of its own, does not part it from a cue after
        // it: "Near Tal Afar, some 60 km west of Mosul, the
        // coalition carried out four air strikes".
        let comma_after =
            |k: usize| k + 1 < range.end && text[tokens[k].end..tokens[k + 1].start].contains(',');
        let aside_end = (comma_after(hm.tokens.end - 1))
            .then(|| {
                (hm.tokens.end..(hm.tokens.end + 12).min(range.end))
                    .take_while(|&k| !classify::cue_word(&tokens[k]))
                    .find(|&k| comma_after(k))
            })
            .flatten();
        // Distance in content words: articles, prepositions,
        // demonyms and place nouns ("uit het kamp in de Syrische
        // grensstad") do not count.
        // (Nor the words of a parenthesis, an aside, a clause of its
        // own: "Maarat al-Numan, 25 km (15 miles) north of Khan
        // Sheikhoun, was shelled".)
        // (A place that opens the sentence as its frame, set off by a
        // comma, is where all of it happened: "In Chernihiv, at least 10
        // people were killed on Wednesday while queuing for bread when
        // Russian forces opened fire".)
        // (Not a cue of a relative clause set off after it: "Near
        // Bakhmut, which Russia captured last year, heavy fighting
        // continues".)
        // (Does the place open its sentence after one of `preps`?)
        // (Past its noun: "In the town of Baniyas, …", "In de stad
        // Manbij …".)
        let opens_sentence = |preps: &[&str]| {
            let lead = match hm.tokens.start - range.start {
                1 => true,
                3 | 4 => {
                    let w = |d: usize| tokens[range.start + d].folded;
                    lexicon::is_definite_singular(w(1))
                        && lexicon::place_noun(w(2)).is_some()
                        && (hm.tokens.start - range.start == 3 || matches!(w(3), "of" | "van"))
                }
                _ => false,
            };
            lead && preps.contains(&tokens[range.start].folded)
        };
        // (Or a label before a colon, a headline's way, where the
        // sentence names no other site: "Idlib: 12 killed in Russian
        // strikes".)
        let label = sites.len() == 1
            && hm.tokens.start == range.start
            && hm.tokens.end < range.end
            && text[tokens[hm.tokens.end - 1].end..tokens[hm.tokens.end].start].contains(':');
        let frame = label
            || (opens_sentence(&["in", "near"])
                && comma_after(hm.tokens.end - 1)
                && !lexicon::is_clause_start(tokens[hm.tokens.end].folded));
        let framed = |c: &classify::CueHit| {
            frame && c.at >= hm.tokens.end && aside_end.is_none_or(|e| c.at > e)
        };
        let dist = |c: &classify::CueHit| -> usize {
            if framed(c) {
                return 0;
            }
            // (A verb joined by "en"/"and" right after the place, with a
            // site of its own after it, is another deed: "voerde
            // luchtaanvallen uit op doelen bij Damascus en trok met troepen
            // de bufferzone op de Golanhoogvlakte binnen". A verb with no
            // site shares the place: "broke the siege on Deir el-Zour and
            // are fighting to liberate the city".)
            if c.at == hm.tokens.end + 1
                && matches!(tokens[hm.tokens.end].folded, "en" | "and")
                && sites.iter().any(|&j| {
                    let at = mentions[j].tokens.start;
                    at > c.at && at - c.at <= MAX_CUE_SPAN && clause_of(at) == clause_of(c.at)
                })
            {
                return MAX_CUE_DISTANCE + 1;
            }
            let between = if c.at >= hm.tokens.end {
                match aside_end {
                    Some(e) if c.at > e => e + 1..c.at,
                    _ => hm.tokens.end..c.at,
                }
            } else {
                // (The place's own phrase of position is no word
                // between: "A car bomb exploded next to a bus
                // carrying farm workers on the outskirts of Manbij",
                // "aan de rand van", "ten noorden van". Not one that
                // follows another place, which it puts near this
                // one: "the Atmeh crossing west of Aleppo".)
                let s = hm.tokens.start;
                let s = if s >= 2
                    && matches!(tokens[s - 1].folded, "of" | "van")
                    && lexicon::is_direction(tokens[s - 2].folded)
                    && !cx.by_sentence(si).iter().any(|&j| {
                        let e = mentions[j].tokens.end;
                        e + 2 >= s - 2 && e <= s - 2
                    }) {
                    s - 2
                } else {
                    s
                };
                // (Nor the place's noun: "in a residential building in
                // the town of Sarmada", "de stad Douma".)
                let s = if s >= 1 && lexicon::place_noun(tokens[s - 1].folded).is_some() {
                    s - 1
                } else if s >= 2
                    && matches!(tokens[s - 1].folded, "of" | "van")
                    && lexicon::place_noun(tokens[s - 2].folded).is_some()
                {
                    s - 2
                } else {
                    s
                };
                // (Nor a country's possessive: "seize Syria's Aleppo".)
                let s = if s >= 2
                    && tokens[s - 1].folded == "s"
                    && tokens[s - 2].cap
                    && matches!(&text[tokens[s - 2].end..tokens[s - 1].end], "'s" | "’s")
                {
                    s - 2
                } else {
                    s
                };
                (c.at + c.len).min(s)..s
            };
            // (A sentence of thousands of words, scraped text
            // without stops, asks of every cue for every site:
            // those far off are too far however counted.)
            if between.len() > MAX_CUE_SPAN {
                return MAX_CUE_DISTANCE + 1;
            }
            if c.at < hm.tokens.start && killed_in(tokens, between.clone()) {
                return 0;
            }
            // The attacks told before, aimed at targets listed up to the
            // place: "De aanvallen waren gericht op radarinstallaties,
            // opslagplaatsen voor drones en lanceerplatforms voor raketten
            // bij de havenstad Hodeidah" (the targets are no distance).
            if c.at < hm.tokens.start
                && cx.retold(si, c.at)
                && aimed_at(tokens, c.at + c.len, between.end)
                && !cues
                    .iter()
                    .any(|o| (c.at + c.len..between.end).contains(&o.at))
            {
                return 0;
            }
            // (A place after a phrase of time that names an earlier event
            // is that event's: "Frankrijk bombardeert Raqqa na aanslagen in
            // Parijs", "after the attack in Paris".)
            if c.at < hm.tokens.start
                && between.clone().any(|k| {
                    matches!(tokens[k].folded, "na" | "after" | "following")
                        && (k + 1..(k + 4).min(between.end)).any(|x| classify::cue_word(&tokens[x]))
                })
            {
                return MAX_CUE_DISTANCE + 1;
            }
            // (A list of the cue's objects or victims counts as its last
            // item: "attacked a concert hall, restaurants and the national
            // stadium in Paris", "killed four Americans, two US service
            // members and two civilians …, in … Manbij". Only a list with
            // its commas and its "and", no cue and no clause opening in it.)
            let between = if c.at < hm.tokens.start {
                listed_objects(text, tokens, between)
            } else {
                between
            };
            if !aside && !parting {
                return content_words(&tokens[between]);
            }
            let words = parting_words(tokens, between, c.at < hm.tokens.start);
            if !aside {
                return content_words(words.map(|k| &tokens[k]));
            }
            let own = clause_of(hm.tokens.start);
            content_words(words.filter(|&k| clause_of(k) == own).map(|k| &tokens[k]))
        };
        // The nearest cue in the same clause, at most five words
        // from the place: a cue further off is about something else.
        // (Each cue's distance is counted once.)
        let from = origin(i);
        // (Or the place that opens the sentence, where troops pull back:
        // "In Khan Younis trokken Israëlische grondtroepen zich donderdag
        // terug". Or the place entered under a deal, handed over: "entered
        // Daraa al-Balad … under a Russian-brokered deal",
        // `classify::goes_in`.)
        let withdrawal_sited = |c: &classify::CueHit| {
            classify::goes_in(tokens, c)
                // (Dutch "verlaten" after the place left, "De laatste
                // Koerdische strijders hebben de grensstad Ras al-Ain
                // verlaten"; the past before it, "De strijders verlieten
                // zondag Raqqa". Only forces leave, `classify::refine`.)
                || (matches!(tokens[c.at].folded, "verlaten" | "verlieten" | "verliet")
                    && ((hm.tokens.end <= c.at && c.at - hm.tokens.end <= 8)
                        || (tokens[c.at].folded != "verlaten"
                            && hm.tokens.start > c.at
                            && hm.tokens.start - c.at <= 4)))
                || (opens_sentence(&["in", "uit"])
                    && c.at >= hm.tokens.end
                    && tokens[hm.tokens.end..(c.at + 5).min(range.end)]
                        .iter()
                        .any(|t| lexicon::is_armed_force(t.folded)))
        };
        let Some((_, nearest)) = cues
            .iter()
            // (A withdrawal's place is only the one left: "trok de
            // aanklacht in Den Haag terug" is none.)
            .filter(|c| {
                if from {
                    leaving(c)
                } else {
                    c.ty != EventType::Withdrawal || withdrawal_sited(c)
                }
            })
            .filter(|c| framed(c) || clause_of(c.at) == clause_of(hm.tokens.start))
            .map(|c| (dist(c), c))
            // "The capture of the town, …, leaves a Turkish observation
            // post in Morek encircled": a cue whose object is "the town",
            // "de stad" (an anaphor) has its place already; a place after
            // that object is not its site (step 4 places it).
            // (Unless the places are listed with it: "had taken full control
            // of the town and of Kafr Zita, Latamneh and Morek".)
            .filter(|&(_, c)| {
                c.at >= hm.tokens.start
                    || anaphor_object(tokens, c, range.end)
                        .is_none_or(|k| k >= hm.tokens.start || lists_after(tokens, k))
            })
            .filter(|&(d, c)| {
                d <= MAX_CUE_DISTANCE
                            // "in Damascus bewijs verzamelden van een
                            // gifgasaanval": a cue that completes another
                            // noun takes no site before it.
                            && !(c.at >= hm.tokens.end && classify::is_complement(tokens, c.at))
                            // "Shares fell in London after the attack on
                            // Saudi oil facilities": an earlier event named
                            // in a phrase of time takes no site before it.
                            && !(c.at >= hm.tokens.end
                                && classify::after_phrase(tokens, range.start, c.at))
            })
            // "… have hit a school in west Aleppo just a day after
            // dozens of children were killed in airstrikes on a
            // school in Idlib": nor in a phrase of days with a place
            // of its own. ("The attack in Idlib came a day after
            // heavy air strikes … killed 26 people … in the
            // province" names one province.)
            .filter(|&(_, c)| {
                !own_place
                    .is_some_and(|(span, _)| span.contains(&c.at) && hm.tokens.end <= span.start)
            })
            .min_by_key(|&(d, c)| (d, c.at))
        else {
            continue;
        };
        let place = cx.place_of(i).unwrap();
        let kind = g.place(place).kind;
        // An event of this site, told by the cue at token `cue`.
        let at_site = |ty: EventType,
                       weak: bool,
                       role: Role,
                       (date, dated): (Option<PartialDate>, bool),
                       cue: usize| Event {
            ty,
            weak,
            at: Some((place, i)),
            role,
            date,
            dated,
            sentence: si,
            pos: m.tokens.start,
            fatalities: None,
            notes: String::new(),
            cue: cue as u32,
            share: None,
            added: false,
        };
        // A place after a verb of killing that follows a deed that kills
        // no one is where the killing was: "The army retook Qaryatain and
        // killed 50 terrorists in Hama" tells dead at Hama, not ground
        // taken there. (After a deed that kills, the dead are its own:
        // "shelled Idlib, killing 5 in Maarat al-Numan".)
        if !nearest.ty.is_violent()
            && !from
            && nearest.at + nearest.len < m.tokens.start
            && (nearest.at + nearest.len..m.tokens.start)
                .any(|k| lexicon::is_killing_verb(tokens[k].folded))
        {
            events.push(at_site(
                EventType::Casualties,
                false,
                cx.role_of(i),
                (date, dated),
                range.start,
            ));
            continue;
        }
        for c in cues {
            let coordinated = classify::cues_joined(tokens, c, nearest);
            let coarse = kind == Kind::Country
                || (kind == Kind::Region && g.place(place).country.is_empty());
            if !coordinated
                || (coarse && c.strength == Strength::Weak)
                || (from
                    && (!leaving(c)
                        || (c.ty == EventType::Displacement
                            && kind.is_area()
                            && !(province_in_country(g.place(place))
                                && classify::counts_many(text, tokens, range.clone())))))
                || (!from && c.ty == EventType::Withdrawal && !withdrawal_sited(c))
            {
                continue;
            }
            // "veroverd op Syrië", "captured from": the loser, not
            // the site. (A place before the cue is one only when it is a
            // country: "rukten op in de bufferzone op de Golanhoogten en
            // namen … in" took ground on the Golan.)
            if c.ty == EventType::TerritoryChange
                && (c.at < hm.tokens.start || kind == Kind::Country)
                && governed_by(tokens, hm, &["op", "from"])
            {
                continue;
            }
            let (date, dated) = own_clause_date(c.at)
                .or_else(|| avenged_date(c.at))
                .unwrap_or((date, dated));
            events.push(at_site(
                c.ty,
                c.strength == Strength::Weak,
                if from { Role::Site } else { cx.role_of(i) },
                cue_date(c, date, dated),
                c.at,
            ));
        }
    }
    if sites.is_empty() {
        let mut seen: Vec<EventType> = Vec::new();
        // (A shooting with its dead counted is an event however weak its
        // word, for "de stad" or the lead's focus to place: "Regeringstroepen
        // hebben maandag in de stad zeker 82 burgers doodgeschoten".)
        for c in cues.iter().filter(|c| {
            c.strength == Strength::Strong || (counted && classify::shooting_cue(tokens, c))
        }) {
            if !seen.contains(&c.ty) {
                seen.push(c.ty);
                placeless.push(Event::placeless(c, si, cue_date(c, date, dated)));
            }
        }
    } else {
        for c in cues.iter().filter(|c| c.strength == Strength::Strong) {
            // (A cue whose sites are listed after its anaphor has that one
            // too: "had taken control of the town and of Kafr Zita".)
            let listed_after =
                || anaphor_object(tokens, c, range.end).is_some_and(|k| lists_after(tokens, k));
            if (events[first_new..].iter().any(|e| e.cue == c.at as u32) && !listed_after())
                || stranded
                    .last()
                    .is_some_and(|e| e.sentence == si && e.ty == c.ty)
            {
                continue;
            }
            // (Only a cue with an anaphor's noun in reach: most
            // have none. See step 4.)
            let reach = (c.at + 1..(c.at + 8).min(range.end)).any(|k| {
                lexicon::anaphor_noun(tokens[k].folded).is_some()
                    || (tokens[k].class & lexicon::class::QUARTER != 0
                        && lexicon::is_quarter_noun(tokens[k].folded))
            });
            if !reach {
                continue;
            }
            stranded.push(Event::placeless(c, si, cue_date(c, date, dated)));
        }
    }
}

/// `between` (the words from a cue to a place after it) less the items of
/// a list before its last comma, when the list's last item follows with
/// "and"/"en" before the place ([`read`]'s distance).
fn listed_objects(
    text: &str,
    tokens: &[crate::extract::Token],
    between: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    // (A list's comma is right after its word: one byte to read.)
    let comma_after =
        |k: usize| k + 1 < tokens.len() && text.as_bytes().get(tokens[k].end) == Some(&b',');
    // (The words first: most stretches hold no comma.)
    let Some(last_comma) = between.clone().rev().find(|&k| comma_after(k)) else {
        return between;
    };
    let listed = (last_comma + 1..between.end).any(|k| matches!(tokens[k].folded, "and" | "en"))
        && (between.start..=last_comma).all(|k| {
            !classify::cue_word(&tokens[k]) && !lexicon::is_clause_start(tokens[k].folded)
        })
        && {
            // (Not a clause of its own after the comma: "…, hitting lorries
            // and a gas plant near Sarmada".)
            let next = &tokens[last_comma + 1];
            !lexicon::is_clause_start(next.folded)
                && !classify::cue_word(next)
                && !next.folded.ends_with("ing")
        };
    if listed {
        last_comma + 1..between.end
    } else {
        between
    }
}

/// The noun of the anaphor that is cue `c`'s object right after it, "(the
/// capture) of the town", "(de verovering) van de stad", "(shelling) on the
/// strategic town": a preposition, a definite article or demonstrative, at
/// most one lower-case word and the noun, with no name or "of" after it
/// ("the town of Morek" names its place). `end`: the sentence's end.
fn anaphor_object(
    tokens: &[crate::extract::Token],
    c: &classify::CueHit,
    end: usize,
) -> Option<usize> {
    let k = c.at + c.len;
    if k + 2 >= end
        || !matches!(
            tokens[k].folded,
            "of" | "van" | "on" | "op" | "in" | "for" | "om" | "into"
        )
        || !matches!(
            tokens[k + 1].folded,
            "the" | "de" | "het" | "this" | "that" | "deze" | "dit" | "die" | "dat"
        )
    {
        return None;
    }
    let noun =
        (k + 2..(k + 4).min(end)).find(|&n| lexicon::anaphor_noun(tokens[n].folded).is_some())?;
    let n = tokens.get(noun + 1).filter(|_| noun + 1 < end);
    (!tokens[k + 2..noun].iter().any(|t| t.cap)
        && n.is_none_or(|n| {
            // (Nor a place right after it that says where it is: "the
            // air raid on the camp near the southern village of Shajara".)
            !n.cap
                && !matches!(
                    n.folded,
                    "of" | "van" | "near" | "bij" | "nabij" | "outside" | "buiten" | "by"
                )
                && !lexicon::is_locative(n.folded)
                && !lexicon::is_direction(n.folded)
                && !lexicon::is_anaphor_compound(n.folded)
        }))
    .then_some(noun)
}

/// Does a list go on after the anaphor noun at token `k` ("the town and of
/// Kafr Zita")? Then the places after it are the cue's sites too.
fn lists_after(tokens: &[crate::extract::Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|t| matches!(t.folded, "and" | "en"))
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

/// Do the words from `from` to the place at `to` tell what a cue aimed
/// at, "waren gericht op …", "targeted …", with the place after a
/// preposition of where ("bij", "near", "in")? (And, the caller asks, no
/// cue of their own: "drones" kept in depots is none.)
fn aimed_at(tokens: &[crate::extract::Token], from: usize, to: usize) -> bool {
    to > from + 1
        && (from..(from + 3).min(to)).any(|k| {
            matches!(
                tokens[k].folded,
                "gericht" | "richtten" | "richtte" | "targeted" | "aimed" | "directed"
            )
        })
        && (to.saturating_sub(4).max(from)..to).any(|k| lexicon::is_locative(tokens[k].folded))
}

/// [`classify::inclusion_word`] at most twelve words before token `start`
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
        .find(|&k| classify::inclusion_word(tokens, first, k))
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
    // (Past where the bomb was put: "A bomb hidden in an electric scooter
    // killed Lieutenant General Igor Kirillov … in Moscow", "a car bomb
    // planted in a van".)
    if matches!(
        words[0].folded,
        "hidden" | "planted" | "placed" | "attached" | "concealed" | "rigged" | "packed" | "parked"
    ) && let Some(v) =
        (1..words.len().min(8)).find(|&x| lexicon::is_killing_verb(words[x].folded))
        && words[1..v]
            .iter()
            .all(|t| !t.cap && lexicon::place_noun(t.folded).is_none())
    {
        k = v;
    }
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
    // (Who holds the place is no other word: "near the militant-held
    // town of Al Mayadeen", "the rebel-controlled".)
    let holder = |x: usize| {
        let held = |t: &crate::extract::Token| matches!(t.folded, "held" | "controlled");
        held(&words[x]) || words.get(x + 1).is_some_and(held)
    };
    p > k + 1
        && content_words(
            (p + 1..words.len())
                .filter(|&x| !holder(x))
                .map(|x| &words[x]),
        ) == 0
        && !words[k + 1..p].iter().any(|t| {
            lexicon::is_relative_pronoun(t.folded) || matches!(t.folded, "that" | "dat" | "wie")
        })
        && !classify::has_death_word(tokens, between.start + k + 1..between.start + p)
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

/// A province or a region of one country ("de provincie Idlib", "Eastern
/// Ghouta"): an area, but not a country nor one that spans countries.
fn province_in_country(p: crate::gazetteer::Place) -> bool {
    matches!(p.kind, Kind::Admin1 | Kind::Region) && !p.country.is_empty()
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
}
