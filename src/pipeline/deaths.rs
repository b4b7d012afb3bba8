//! Step 2: a sentence's count of the dead, given to one of its events or
//! of those told just before it.
//!
//! Takes one sentence's count ([`classify::DeathCount`]) and the events
//! read so far. Gives the count to the sentence's first violent event, or
//! the last named before the count when that is of another type, or the
//! one at the place the count's words name; when the sentence names no
//! place, to a violent event of one of the two sentences before it (and
//! writes no other day than that event's): one of the type the count's
//! words name ("killed in the strike"), up to six sentences back when they
//! point back to it, and never one from afar for a deed on the ground or
//! the other way. A second count for the same event is quoted in the
//! evidence, the first kept; a toll that rose replaces it. Counts told
//! place by place after it, and shares of it ("11 of them in Rafah"), go
//! each to its place's event; the places listed with the count's place
//! share it, less the shares told.

use crate::classify::{self, EventType};
use crate::extract;
use crate::gazetteer::{Kind, NameRef};
use crate::lexicon;
use crate::wordlists;

use super::Event;
use super::context::Ctx;
use super::sentences::{Day, Told};

/// Step 2 for count `d` of sentence `si` with `cues`, dated `day`, whose
/// events start at `first_new` in `told.events`.
pub(super) fn give(
    cx: &Ctx,
    si: usize,
    d: classify::DeathCount,
    cues: &[classify::CueHit],
    day: &Day,
    first_new: usize,
    told: &mut Told,
) {
    let (g, text, tokens, mentions) = (cx.g, cx.text, cx.tokens, cx.mentions);
    let s = &cx.sentences[si];
    let range = s.tokens.clone();
    let (date, written) = (day.date, day.written);
    let Told {
        events, placeless, ..
    } = told;
    // The sentence's first violent event, or the last one named
    // before the count when that is of another type: "a missile
    // strike on Shayrat, after a chemical attack on Khan Sheikhoun
    // that killed 86" counts the attack's dead. (Coordinated events
    // of one type share the first's: "bombed Tal Abyad and Ras
    // al-Ain, killing 10".) `true` marks a placeless event.
    // (Dead told of a deed the sentence's event avenges are only an
    // event's named in that clause: "fired missiles at the Shayrat
    // air base in retaliation for a chemical attack on Khan
    // Sheikhoun that killed 86"; not the avenging one's, before or
    // after it: "Als vergelding voor de aanslag waarbij vier
    // soldaten omkwamen, bombardeerden Turkse straaljagers Afrin".)
    let own: Vec<(bool, usize)> = (first_new..events.len())
        .filter(|&k| events[k].ty.is_violent())
        .map(|k| (false, k))
        .chain(
            // (Placeless events come in sentence order: a search
            // for the sentence's, in an article of thousands.)
            (placeless.partition_point(|e| e.sentence < si)..placeless.len())
                .filter(|&k| placeless[k].sentence == si && placeless[k].ty.is_violent())
                .map(|k| (true, k)),
        )
        .filter(|&(pl, k)| {
            let pos = if pl { placeless[k].pos } else { events[k].pos };
            // (Nor the other way: the avenged deed's place takes no
            // count told before its clause: "airstrikes in Iraq and
            // Syria, killing at least 25 fighters, in retaliation
            // for a rocket attack … near Kirkuk".)
            match d.avenged {
                Some(a) => classify::in_clause_of(text, tokens, a, pos),
                None => classify::avenged(text, tokens, range.start, pos).is_none_or(|a| d.at > a),
            }
        })
        .collect();
    let get = |(pl, k): (bool, usize)| if pl { &placeless[k] } else { &events[k] };
    // The place the count's words put the dead in, a few words on:
    // "Turkish strikes killed 19 soldiers in southern Idlib" (after
    // a first event at Nayrab) counts Idlib's dead.
    let counted_in = own.iter().copied().find(|&(pl, k)| {
        !pl && {
            let e = &events[k];
            let mut b = e.pos;
            while b > d.at
                && (classify::is_article_word(tokens[b - 1].folded)
                    || lexicon::is_compass_adjective(tokens[b - 1].folded))
            {
                b -= 1;
            }
            b > d.at + 1
                && b <= d.at + 6
                && matches!(tokens[b - 1].folded, "in" | "near" | "at" | "bij" | "nabij")
                && (d.at..b - 1).all(|x| {
                    !classify::cue_word(&tokens[x])
                        && !classify::clause_break_after(text, tokens, x)
                })
        }
    });
    // (Not a country when the sentence names a place in it: "In
    // Syrië vielen bij een autobom in Afrin vrijdag vijf doden".)
    let first_own = own
        .iter()
        .find(|&&(pl, k)| pl || g.place(events[k].at.unwrap().0).kind != Kind::Country)
        .or(own.first());
    let pick = counted_in.or_else(|| {
        first_own.map(|&first| {
            let before = own
                .iter()
                .copied()
                .filter(|&(pl, k)| {
                    !pl && events[k].pos < d.at
                        && g.place(events[k].at.unwrap().0).kind != Kind::Country
                })
                .max_by_key(|&c| get(c).pos);
            match before {
                // (Of another place named later: "airstrikes and
                // shelling on Aleppo killed 40" is one place's.)
                Some(b) if get(b).ty != get(first).ty && get(b).pos > get(first).pos => b,
                _ => first,
            }
        })
    });
    // (A count told as the total: "In totaal vielen zeker
    // negentien doden".)
    let total = classify::count_in_total(tokens, range.clone(), d.at);
    // (And one told as the death toll: "the death toll rose to 45", "het
    // dodental is opgelopen tot 25".)
    let toll = (range.start..d.at).any(|k| matches!(tokens[k].folded, "toll" | "dodental"));
    // (`true` marks a placeless event, as above.)
    let target: Option<(bool, usize)> = match pick {
        Some(p) => Some(p),
        None if d.avenged.is_none()
            && (!cx.names_place(si) || classify::killed_in_the_strikes(tokens, range.clone()))
            && !cx.unknown_place(si) =>
        {
            // The type of the deed the count's words name, if one with
            // a meaning of its own ("strike", not "attack"), and whether
            // they point back to it ("in the strike").
            let specific = |c: &&classify::CueHit| {
                c.ty.is_violent() && !wordlists::is_generic_attack_word(tokens[c.at].folded)
            };
            let deed = cues.iter().find(specific);
            let named = deed.map(|c| c.ty);
            let definite = deed.is_some_and(|c| {
                c.at > range.start && lexicon::is_definite_singular(tokens[c.at - 1].folded)
            });
            let strikes_only = cx.names_place(si);
            // (Past the sentence's own places, only to air strikes; nor an
            // event of another day than the one the count's sentence
            // writes: "Het is de derde aanslag in Kabul in twee weken tijd.
            // Bij een aanslag op 1 april kwamen 12 mensen om" counts an
            // earlier attack's dead.)
            // (A toll's day is when it was told: "The death toll rose to 45
            // on Tuesday" counts Monday's dead.)
            let fits = |e: &Event| {
                (!strikes_only || e.ty == EventType::Airstrike)
                    && !(written && !toll && e.date != date)
            };
            // (Six sentences back at most for a deed the words point back
            // to.)
            let far = events.partition_point(|e| e.sentence + 6 < si);
            // (A deed the words point back to by the very word it was
            // told with, up to six sentences back, before a nearer one
            // told otherwise: "carried out air strikes in Deir ez-Zor … in
            // response to an attack on al-Tanf, in which drones targeted a
            // compound … six fighters were killed in the strikes".)
            let same_word = deed.filter(|_| definite).and_then(|c| {
                let w = tokens[c.at].folded;
                (far..events.len()).rev().find(|&k| {
                    let e = &events[k];
                    let cue = e.cue as usize;
                    let end = cx.sentences[e.sentence].tokens.end.min(cue + 3);
                    e.sentence < si
                        && e.ty == c.ty
                        && tokens[cue..end].iter().any(|t| t.folded == w)
                        && fits(e)
                })
            });
            same_word.map(|k| (false, k)).or_else(|| {
                // (Two sentences back, five for a count told as the
                // total, which sums up the event told before, however
                // many sentences on who claimed it and who said so came
                // between: "In totaal vielen zeker negentien doden".)
                let reach = if total { 5 } else { 2 };
                (events.partition_point(|e| e.sentence + reach < si)..events.len())
                    .map(|k| (false, k))
                    .chain(
                        (placeless.partition_point(|e| e.sentence + reach < si)..placeless.len())
                            .map(|k| (true, k)),
                    )
                    .filter(|&c| {
                        let e = get(c);
                        e.sentence < si && e.sentence + reach >= si && e.ty.is_violent() && fits(e)
                    })
                    // (The type the count's own words name first: "Three
                    // people were killed in the strike on the ministry" counts
                    // the strike's dead, not those of the troops' entry told
                    // after it.)
                    // (Not one told in a relative clause, the background
                    // of another: "de luchtmachtbasis Shayrat … het
                    // vertrekpunt van de vliegtuigen die dinsdag de
                    // gifgasaanval op Khan Shaykhun uitvoerden. ¶ Bij de
                    // aanval kwamen … zes militairen om".)
                    // (A toll, one with a place already counted: "The
                    // ministry put the death toll at 471" after "Hundreds …
                    // were killed …" and what the military said of a
                    // rocket.)
                    .min_by_key(|&c| {
                        let e = get(c);
                        (
                            named.is_some_and(|t| t != e.ty),
                            toll && (c.0
                                || e.fatalities.is_none()
                                    && !classify::has_death_word(
                                        tokens,
                                        cx.sentences[e.sentence].tokens.clone(),
                                    )),
                            in_relative_clause(cx, e),
                            std::cmp::Reverse(e.sentence),
                            e.pos,
                        )
                    })
                    // (A deed from afar named goes to no deed on the ground,
                    // nor the other way; among the ground's, "Eight other
                    // civilians were killed in the same ambush" counts the
                    // attack's dead.)
                    .filter(|&c| {
                        named.is_none_or(|t| {
                            let ty = get(c).ty;
                            t == ty || (!t.is_remote() && !ty.is_remote())
                        })
                    })
                    .or_else(|| {
                        // (A deed the words point back to ("the strike"),
                        // told further back, up to six sentences.)
                        let t = named.filter(|_| definite)?;
                        let first = events.partition_point(|e| e.sentence + reach < si);
                        (far..first)
                            .rev()
                            .find(|&k| events[k].ty == t && fits(&events[k]))
                            .map(|k| (false, k))
                    })
            })
        }
        None => None,
    };
    if let Some((pl, k)) = target {
        let e = if pl {
            &mut placeless[k]
        } else {
            &mut events[k]
        };
        match e.fatalities {
            None => {
                e.fatalities = Some(d.n);
                if e.sentence != si {
                    e.notes
                        .push_str(&format!(" [fatalities from: {}]", cx.sentence_text(si)));
                }
                // The places listed with its own, of its cue, share
                // the count: "Air strikes on Kafranbel, Maarat
                // al-Numan and Khan Sheikhoun killed 12 civilians".
                // (Not a place named otherwise: "air strikes on
                // Douma, the town east of Damascus", "the town of
                // Khan Sheikhun in Idlib"; nor a country.)
                if !pl && let Some((_, mi)) = e.at {
                    let (es, cue, ty) = (e.sentence, e.cue, e.ty);
                    // (A list of places, not alternatives, "Homs or
                    // Hama", nor English "of": "the Old City of
                    // Homs".)
                    // (Or with a preposition of its own: "struck rebel
                    // positions in Idlib and around Aleppo, killing at
                    // least 20".)
                    let linked = |a: usize| {
                        let (p, m) = (&mentions[a], &mentions[a + 1]);
                        (classify::coordinated(text, tokens, p, m)
                            && !(m.tokens.start == p.tokens.end + 1
                                && matches!(tokens[p.tokens.end].folded, "of" | "or")))
                            || (m.tokens.start == p.tokens.end + 2
                                && matches!(tokens[p.tokens.end].folded, "and" | "en")
                                && lexicon::is_locative(tokens[p.tokens.end + 1].folded))
                    };
                    // (A count told after the sentence, with no place of
                    // its own, is that of all the places its cue reached
                    // there: "The strikes hit targets in the capital
                    // Sanaa, the port city of Hodeidah and … Saada. A
                    // Houthi spokesman said five fighters were killed".)
                    let (from, to) = if es == si {
                        classify::list_around(mentions.len(), mi, linked)
                    } else {
                        (0, mentions.len())
                    };
                    let share = Some(d.n);
                    let here = e.at.unwrap().0;
                    // (Past the sentence, not an area named with a town,
                    // which is its province: "the town of Haditha … in
                    // Anbar province".)
                    let area = |r: NameRef, m: usize| {
                        g.place(r).kind.is_area()
                            || tokens.get(mentions[m].tokens.end).is_some_and(|t| {
                                matches!(
                                    t.folded,
                                    "province" | "provincie" | "governorate" | "region" | "regio"
                                )
                            })
                    };
                    let town = !area(here, mi);
                    let of_sentence = events.partition_point(|o| o.sentence < es);
                    for o in events[of_sentence..].iter_mut().filter(|o| {
                        o.sentence == es
                            && o.cue == cue
                            && o.ty == ty
                            && o.at.is_some_and(|(r, m)| {
                                (from..=to).contains(&m)
                                    && g.place(r).kind != Kind::Country
                                    && (es == si || !(town && area(r, m)))
                            })
                            && (o.fatalities.is_none() || o.fatalities == Some(d.n))
                    }) {
                        o.share = share;
                    }
                }
            }
            // A toll that rose is the newer count, as ACLED
            // revises its totals: "An air strike on Saraqeb killed
            // 10 people on Monday. The death toll later rose to 25".
            Some(n) if d.n > n && (classify::toll_rose_to(tokens, d.at) || total) => {
                e.fatalities = Some(d.n);
                e.notes.push_str(&format!(
                    " [fatalities updated from {n}: {}]",
                    cx.sentence_text(si)
                ));
            }
            // Dead told "also" in a later sentence are more of the
            // event's: "vier Amerikanen om het leven gekomen. Ook zeker
            // vijftien Syriërs kwamen om" is 19. (Not some of them: "among
            // them also four children"; nor a total beside: "35 people in
            // total had died".)
            // (So are "six other people", "zes andere mensen", "six more"
            // after one named: "Saleh al-Arouri … was killed … Six other
            // people were killed in the strike" is 7.)
            // (Or killed "along with them", those named before: "Five
            // members of the PMF and two guests were killed along with
            // them".)
            Some(n)
                if e.sentence != si
                    && (super::reports::also_told(tokens, s)
                        || tokens[d.at + 1..(d.at + 3).min(range.end)].iter().any(|t| {
                            matches!(t.folded, "other" | "others" | "andere" | "anderen" | "more")
                        })
                        || tokens[range.clone()].windows(3).any(|w| {
                            matches!(
                                (w[0].folded, w[1].folded, w[2].folded),
                                ("along" | "together", "with", "them" | "him" | "her")
                                    | ("samen", "met", "hen" | "hem" | "haar")
                            )
                        }))
                    && !tokens[range.clone()].iter().any(|t| {
                        matches!(
                            t.folded,
                            "including"
                                | "among"
                                | "waaronder"
                                | "onder"
                                | "inclusief"
                                | "total"
                                | "totaal"
                                | "altogether"
                        )
                    }) =>
            {
                e.fatalities = Some(n.saturating_add(d.n));
                e.added = true;
                e.notes
                    .push_str(&format!(" [fatalities added: {}]", cx.sentence_text(si)));
            }
            Some(n) if n != d.n => {
                e.notes.push_str(&format!(
                    " [another count, not used: {}: {}]",
                    d.n,
                    cx.sentence_text(si)
                ));
            }
            Some(_) => {}
        }
    }
    // A second count, past a clause break, is that of an event told
    // after the break in the count's own stretch: "A car bomb
    // killed seven people in Manbij on Friday, and two SDF fighters
    // died in an ambush near Deir ez-Zor".
    if let Some(k) = (d.at..range.end - 1).find(|&k| classify::clause_break_after(text, tokens, k))
        && let rest = (extract::Sentence {
            start: tokens[k + 1].start,
            tokens: k + 1..range.end,
            ..s.clone()
        })
        && let Some(d2) = classify::death_count(text, tokens, &rest)
        && let Some(k) = events[first_new..].iter().position(|e| {
            e.pos > k
                && e.fatalities.is_none()
                && e.ty.is_violent()
                && e.at.is_some_and(|(_, i)| {
                    classify::same_stretch(
                        text,
                        tokens,
                        d2.at..d2.at + 1,
                        mentions[i].tokens.clone(),
                    )
                })
        })
    {
        take_share(&mut events[first_new..], k, d2.n);
    }
    // Counts given place by place after the first: "Shelling killed
    // four people in Ariha, two in Saraqeb and one in Maarat
    // al-Numan" (each to the event of its place, if it has none).
    // (A share of a count divided among a list, "Air strikes on Douma and
    // Harasta killed 12 people, including 3 in Harasta", leaves the list:
    // the others divide the rest, 9.)
    // (Its own count before the sentence's, which the words after the total
    // put there: "Air strikes killed 21 civilians on Monday, 15 in Manbij
    // and six in Tokhar" is Manbij's 15.)
    if d.avenged.is_none() {
        for (n, at, bare) in classify::counts_per_place(text, tokens, range.clone(), d.at) {
            let Some(k) = (first_new..events.len()).find(|&k| {
                let e = &events[k];
                (e.fatalities.is_none()
                    || (bare && n < d.n && e.fatalities == Some(d.n) && !e.added))
                    && e.ty.is_violent()
                    && e.at.is_some_and(|(_, i)| mentions[i].tokens.start == at)
            }) else {
                continue;
            };
            take_share(&mut events[first_new..], k - first_new, n);
        }
        // (Or place first, as Dutch writes it: "zijn donderdag in Qamishli
        // drie burgers en in Ras al-Ain twee burgers omgekomen", each
        // place's name right before its count of people; two or more, one
        // of them the sentence's count.)
        // (Places of two mentions at least: "near Jerablus 40 civilian
        // killed", text that lost its commas, is one place's count.)
        // (The people's noun may be left out after the first: "kwamen in
        // Qamishli drie burgers om en in Ras al-Ain twee." The number then
        // ends its clause.)
        let place_first: Vec<(usize, u32, usize, bool)> = (first_new..events.len())
            .filter_map(|k| {
                let e = &events[k];
                let (_, i) = e.at?;
                let end = mentions[i].tokens.end;
                if !e.ty.is_violent() || end >= range.end {
                    return None;
                }
                let (n, len) = classify::number_at(text, tokens, end)?;
                if lexicon::is_year(tokens[end].folded) {
                    return None;
                }
                let last = end + len - 1;
                let noun = last + 1 < range.end && lexicon::is_victim_noun(tokens[last + 1].folded);
                (noun || last + 1 == range.end || classify::clause_break_after(text, tokens, last))
                    .then_some((k, n, i, noun))
            })
            .collect();
        if place_first
            .iter()
            .any(|&(_, _, i, _)| i != place_first[0].2)
            && place_first.iter().any(|&(_, _, _, noun)| noun)
            && place_first.iter().any(|&(_, n, _, _)| n == d.n)
        {
            for &(k, n, _, _) in &place_first {
                let group = (events[k].sentence, events[k].cue);
                for o in events[first_new..]
                    .iter_mut()
                    .filter(|o| (o.sentence, o.cue) == group)
                {
                    o.share = None;
                }
                events[k].fatalities = Some(n);
            }
        } else if !place_first.is_empty()
            && place_first.iter().all(|&(_, n, _, noun)| !noun && n != d.n)
            && events[first_new..].iter().any(|e| {
                e.fatalities == Some(d.n)
                    && e.at
                        .is_some_and(|(_, m)| place_first.iter().all(|&(_, _, i, _)| i != m))
            })
        {
            // (Or the sentence's count went to a place told with its verb
            // first, and another place's number follows it with the noun
            // left out: "In Kafranbel vielen zes doden, in Ariha vier.")
            for &(k, n, _, _) in &place_first {
                if events[k].fatalities.is_none() {
                    events[k].fatalities = Some(n);
                }
            }
        }
    }
}

/// Give event `k` of `events` (a sentence's new events) its own count `n`,
/// told after the count of a list it shares: it leaves the list, and the
/// others share the rest ("Air strikes on Douma and Harasta killed 12
/// people, including 3 in Harasta": Harasta 3, Douma 9).
fn take_share(events: &mut [Event], k: usize, n: u32) {
    let group = (events[k].sentence, events[k].cue);
    let place = events[k].at.map(|(r, _)| r.place);
    // (Its place may be named twice, in the list and with its count: the
    // list's mention leaves the list with it.)
    let here = |o: &Event| (o.sentence, o.cue) == group && o.at.map(|(r, _)| r.place) == place;
    let total = events[k]
        .share
        .or_else(|| events.iter().find(|o| here(o) && o.share.is_some())?.share);
    // (The list's mention gives up the list's count it was given: "Air
    // strikes on Manbij and Tokhar killed 21 civilians, 15 in Manbij and six
    // in Tokhar" is Manbij's 15, not 21.)
    for o in events.iter_mut().filter(|o| here(o)) {
        if o.share.is_some() && o.fatalities == o.share {
            o.fatalities = None;
        }
        o.share = None;
    }
    events[k].fatalities = Some(n);
    let Some(total) = total.filter(|&t| t > n) else {
        return;
    };
    let mut held = false;
    for o in events
        .iter_mut()
        .filter(|o| (o.sentence, o.cue) == group && o.share == Some(total))
    {
        o.share = Some(total - n);
        if o.fatalities == Some(total) {
            o.fatalities = Some(total - n);
            o.notes.push_str(&format!(
                " [fatalities: {total} reported, less {n} told for a place of its list]"
            ));
            held = true;
        }
    }
    // (The place that left held the list's count: the first of the rest
    // holds what is left, "… killed 12 people, including 3 in Douma" is
    // Harasta's 9.)
    if !held
        && let Some(o) = events.iter_mut().find(|o| {
            (o.sentence, o.cue) == group && o.share == Some(total - n) && o.fatalities.is_none()
        })
    {
        o.fatalities = Some(total - n);
        o.notes.push_str(&format!(
            " [fatalities: {total} reported, less {n} told for a place of its list]"
        ));
    }
}

/// Is event `e`'s cue in a relative clause: after a relative pronoun in
/// its sentence, with no clause break between ("de vliegtuigen die dinsdag
/// de gifgasaanval … uitvoerden", "the jets which bombed Douma")? (Not a
/// sentence's first word, Dutch "Die", a demonstrative.)
fn in_relative_clause(cx: &Ctx, e: &Event) -> bool {
    let (text, tokens) = (cx.text, cx.tokens);
    let start = cx.sentences[e.sentence].tokens.start;
    let cue = e.cue as usize;
    (start + 1..cue)
        .rev()
        .take(10)
        .take_while(|&k| !classify::clause_break_after(text, tokens, k))
        .any(|k| lexicon::is_relative_pronoun(tokens[k].folded))
}
