//! Steps 3 and 4: events placed only at a country or a region, or at no
//! place, are moved to the place the text gives them elsewhere.
//!
//! Takes the events of steps 1 and 2 ([`Told`]). Gives the events with a
//! place, in no particular order: those of step 1, some moved from a
//! country to the place of "the operation" (step 3) or, in the lead, to
//! the sites named inside their area close by (step 3b); the placeless
//! ones placed by "the city", "de stad" (an anaphor), "there", the place of
//! "the operation" close by or, in the lead, the article's focus (step 4),
//! or else dropped, their count given to the event told just before; the
//! stranded ones placed by an anaphor right after their cue.

use std::cell::OnceCell;

use crate::classify::{self, EventType, Role};
use crate::extract::{self, Mention};
use crate::gazetteer::{FnvMap as HashMap, Gazetteer, Kind, NameRef, within_km};
use crate::lexicon;

use super::context::Ctx;
use super::sentences::Told;
use super::{Event, inside, kind_rank};

/// Steps 3 and 4 over the events `told`.
pub(super) fn place(cx: &Ctx, told: Told) -> Vec<Event> {
    let (g, text, tokens, sentences, mentions, headline) = (
        cx.g,
        cx.text,
        cx.tokens,
        cx.sentences,
        cx.mentions,
        cx.headline,
    );
    let place_of = |i: usize| cx.place_of(i);
    let role_of = |i: usize| cx.role_of(i);
    let Told {
        mut events,
        placeless,
        stranded,
        refiners,
    } = told;
    // Step 3: country-level (or a country's side) and placeless events move
    // to the place of "the operation" when the article gives one.
    let refine_target = |ev_sentence: usize, within: Option<NameRef>| -> Option<usize> {
        let mut best: Option<(usize, usize)> = None; // (distance in sentences, mention)
        for (si, sites) in &refiners {
            let Some(&i) = sites
                .iter()
                .filter(|&&i| kind_rank(g.place(cx.place_of(i).unwrap()).kind) == 0)
                .find(|&&i| within.is_none_or(|w| inside(g, cx.place_of(i).unwrap(), w)))
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
        e.at = Some((cx.place_of(i).unwrap(), i));
        e.role = cx.role_of(i);
        // (The evidence is the event's sentence: a place from that same
        // sentence needs no note.)
        if mentions[i].sentence != e.sentence {
            e.notes.push_str(&format!(
                " [{label}: {}]",
                cx.sentence_text(mentions[i].sentence)
            ));
        }
    };
    // (Or a country's side: "bij een operatie … in het noordwesten van
    // Syrië. … De operatie vond plaats in het dorp Barisha". Not a region
    // with a name of its own, Eastern Ghouta, which an operation elsewhere
    // in its province does not refine.)
    // (An area's count given to the sites its cue lists: sentence, cue,
    // type, count. A count moves with its event to a site of its own
    // sentence.)
    let mut listed: Vec<(usize, u32, EventType, u32)> = Vec::new();
    let moved_count = |e: &Event, i: usize| {
        e.fatalities
            .filter(|_| mentions[i].sentence == e.sentence)
            .map(|n| (e.sentence, e.cue, e.ty, n))
    };
    for e in events.iter_mut() {
        let (place, _) = e.at.unwrap();
        // (A side only from a sentence close by, up to four on.)
        let p = g.place(place);
        let side = p.kind != Kind::Country && super::country_side(g, &p);
        if (p.kind == Kind::Country || side)
            && let Some(i) = refine_target(e.sentence, Some(place))
            && (!side || mentions[i].sentence.abs_diff(e.sentence) <= 4)
        {
            relocate(e, i, "place from");
            listed.extend(moved_count(e, i));
        }
    }
    // Step 3b: an event of the lead that the text puts only in a country or
    // a region ("a car bomb in eastern Syria") goes where the sites named
    // inside that area in the sentences around it point, when they all lie
    // in one province ("… in Deir Ezzor province") or close together: the
    // most precise, then most named of them, as near.
    // (Not where the sentence gives such a site a share of the area's
    // count: "killed 34 people in southern Gaza, 11 of them in Rafah" is a
    // total and a share, for step 5.)
    let shares: Vec<(usize, EventType, usize, u32)> = events
        .iter()
        .filter_map(|e| Some((e.sentence, e.ty, e.at.unwrap().1, e.fatalities?)))
        .collect();
    // (The sites of the events told there: a protest's or an arrest's
    // site is that deed's, "protesters storm US embassy in Baghdad" over
    // "US air strikes … in Iraq and Syria".)
    let sited: Vec<(usize, EventType)> = events
        .iter()
        .filter_map(|e| Some((e.at?.1, e.ty)))
        .collect();
    for e in events.iter_mut() {
        let (area, _) = e.at.unwrap();
        if !matches!(g.place(area).kind, Kind::Country | Kind::Region) {
            continue;
        }
        // Only in the lead, and only from sentences close by: further on,
        // an article names other places for other reasons.
        if !cx.in_lead(e.sentence) {
            continue;
        }
        let area_country = g.place(area).country;
        // (Where the clause of the deed the event's cue is told as avenged
        // or protested begins, if it is: asked once per event.)
        let avenging = classify::avenged(
            text,
            tokens,
            sentences[e.sentence].tokens.start,
            e.cue as usize,
        );
        let inner: Vec<usize> = (0..mentions.len())
            .filter(|&i| {
                let m = &mentions[i];
                // (The distance first: the role needs the mention's place.)
                m.sentence.abs_diff(e.sentence) <= 2
                    && cx.role_of(i).is_site()
                    && cx.place_of(i)
                        .is_some_and(|r| inside(g, r, area) && g.place(r).country == area_country)
                    // (Not the place of a deed its own sentence says the
                    // event avenges: "airstrikes in Iraq … in retaliation
                    // for a rocket attack … near Kirkuk".)
                    // (Nor in another sentence: "US strikes Syria after
                    // chemical attack in Douma" over "… in response to a
                    // suspected chemical attack in Douma".)
                    && classify::avenged(
                        text,
                        tokens,
                        sentences[m.sentence].tokens.start,
                        m.tokens.start,
                    )
                    .is_none_or(|a| m.sentence == e.sentence && a < e.pos)
                    // (Nor of a deed a sentence tells an event came after:
                    // "US strikes Syria after chemical attack in Douma",
                    // "Westerse aanvallen op Syrische doelen na gifgasaanval
                    // Douma".)
                    && classify::after_deed(
                        text,
                        tokens,
                        sentences[m.sentence].tokens.start,
                        m.tokens.start,
                        true,
                    )
                    .is_none_or(|j| m.sentence == e.sentence && j < e.pos)
                    && !sited.iter().any(|&(j, ty)| {
                        j == i
                            && matches!(
                                ty,
                                EventType::Protest
                                    | EventType::ProtestIntervention
                                    | EventType::Riot
                                    | EventType::Arrest
                            )
                            && !ty.kin(e.ty)
                    })
                    // (Nor, the other way round, of the deed that answers
                    // or protests the event: "stormed the US embassy in
                    // Baghdad … in anger over US air strikes that killed 25
                    // fighters in Iraq and Syria".)
                    && (m.sentence != e.sentence || avenging.is_none_or(|a| m.tokens.start > a))
            })
            .collect();
        if let Some(n) = e.fatalities
            && inner.iter().any(|&i| {
                shares.iter().any(|&(si, ty, m, share)| {
                    m == i && si == e.sentence && ty.kin(e.ty) && share < n
                })
            })
        {
            continue;
        }
        let mut provinces: Vec<&str> = inner
            .iter()
            .filter_map(|&i| g.place(cx.place_of(i).unwrap()).admin1())
            .collect();
        provinces.sort_unstable();
        provinces.dedup();
        // (Or in two whose sites stand close together: Damascus and Douma,
        // ten kilometres apart, are in two governorates.)
        let close_together = || {
            inner.iter().all(|&a| {
                let pa = g.place(cx.place_of(a).unwrap());
                inner.iter().all(|&b| {
                    let pb = g.place(cx.place_of(b).unwrap());
                    within_km((pa.lat, pa.lon), (pb.lat, pb.lon), ONE_AREA_KM)
                })
            })
        };
        if provinces.is_empty()
            || (provinces.len() > 1 && !close_together())
            || inner
                .iter()
                .any(|&i| g.place(cx.place_of(i).unwrap()).admin1().is_none())
        {
            continue;
        }
        let count = |r: NameRef| {
            inner
                .iter()
                .filter(|&&i| cx.place_of(i).unwrap().place == r.place)
                .count()
        };
        // (A site of the text before the headline's, which names the
        // area loosely: "Dozens killed in regime bombardment of Idlib" over
        // "Most of the victims died in Maarat al-Numan".)
        let in_headline = |i: usize| headline && mentions[i].sentence == 0;
        let best = inner.iter().copied().min_by_key(|&i| {
            let r = cx.place_of(i).unwrap();
            (
                kind_rank(g.place(r).kind),
                in_headline(i),
                std::cmp::Reverse(count(r)),
                i,
            )
        });
        if let Some(i) = best {
            relocate(e, i, "place from");
            e.role = Role::Near;
            // (Its count is the toll of the sites its own cue lists:
            // "Israeli strikes killed 25 people in villages across
            // southern Lebanon, including Nabatieh and Tyre" is theirs,
            // divided in step 7, not the one's it moves to.)
            listed.extend(moved_count(e, i));
        }
    }
    // (The event moved holds the count; the others of its sentence, cue
    // and type share it.)
    for e in events.iter_mut() {
        if let Some(&(.., n)) = listed
            .iter()
            .find(|&&(si, cue, ty, _)| (si, cue, ty) == (e.sentence, e.cue, e.ty))
            && e.fatalities.is_none_or(|f| f == n)
            && g.place(e.at.unwrap().0).kind != Kind::Country
        {
            e.share = Some(n);
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
            g, tokens, sentences, e.sentence, None, headline, mentions, place_of, role_of,
        )
        .map(|(i, role, _)| (i, role))
        .or_else(|| proform_target(tokens, sentences, e.sentence, e.pos, mentions, role_of))
        // (A building only for dead counted there: a deed told of it with
        // none is as often another's account of the one before, "IS beweert
        // dat een Amerikaanse luchtaanval de moskee heeft verwoest".)
        .or_else(|| {
            e.fatalities.and_then(|_| {
                building_target(
                    g, tokens, sentences, e.sentence, mentions, place_of, role_of,
                )
            })
        }) {
            relocate(&mut e, i, "the place named before");
            e.role = role;
        } else if let Some(i) = near_refiner {
            relocate(&mut e, i, "place from");
        } else if let Some(o) = events.iter_mut().find(|o| {
            // A later sentence that retells it where it names the place is
            // that event, which takes its count: "Opposition minister among
            // 12 dead in Syria car bomb … The attack targeted a
            // ribbon-cutting ceremony … in Inkhil".
            // (Or one that opens with the deed's target, of any violent
            // type: "een aanval op een bus … De bus werd … beschoten".)
            o.sentence > e.sentence && o.sentence <= e.sentence + 4 && {
                let object = retells_object(tokens, sentences, e.sentence, o.sentence);
                (o.ty.kin(e.ty) || (object && o.ty.is_violent() && e.ty.is_violent()))
                        // (Dated only by the article, it may be of the days
                        // before: not of a month named, "a double bomb
                        // blast in February that killed 57".)
                        && (o.date == e.date
                            || (!o.dated
                                && o.date
                                    .and_then(|d| d.days())
                                    .zip(e.date.and_then(|d| d.days()))
                                    .is_some_and(|(a, b)| {
                                        (0..=super::HEADLINE_DAYS).contains(&(a - b))
                                    })))
                        && (object || cx.retold(o.sentence, o.cue as usize))
            }
        }) {
            if o.fatalities.is_none()
                && let Some(n) = e.fatalities
            {
                o.fatalities = Some(n);
                o.notes.push_str(&format!(
                    " [fatalities from: {}]",
                    cx.sentence_text(e.sentence)
                ));
            }
            continue;
        } else if cx.in_lead(e.sentence) && !any_located && e.ty.is_violent() {
            // (Not in another country than the one its sentence puts the
            // event in: "Bij een bloedbad in het Malinese dorp Moura", a
            // village the gazetteer lacks, is no event in Burkina Faso, the
            // focus of the article's other events.)
            let elsewhere = |i: usize| {
                demonym_of_settlement(tokens, &sentences[e.sentence])
                    .is_some_and(|c| g.place(cx.place_of(i).unwrap()).country != c)
            };
            match *focus.get_or_init(|| {
                let roles: Vec<Role> = (0..mentions.len()).map(role_of).collect();
                let places: Vec<Option<NameRef>> = (0..mentions.len()).map(place_of).collect();
                focus_site(g, tokens, mentions, &places, &roles)
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
            // Violence that followed the event told just before happened
            // where it did, a deed of its own: "Tientallen IS-gevangenen
            // ontsnapten uit een gevangenis in Hasakah. Bij de gevechten
            // die volgden vielen 28 doden", "in the ensuing clashes".
            // (Told up to three sentences later, past its source and how
            // it began.)
            // (So is a deed told hours after it, with no place of its own:
            // "A chemical attack on Khan Sheikhoun killed 58 … Hours later,
            // air strikes hit a hospital where victims were being treated".)
            let hours_later =
                || super::sentences::hours_after(tokens, sentences[e.sentence].tokens.clone());
            let reach = if followed(tokens, &sentences[e.sentence], e.pos) {
                3
            } else if hours_later() {
                2
            } else {
                0
            };
            // (The most precise of the last sentence's: "Khan Sheikhoun in
            // Idlib province" is Khan Sheikhoun.)
            let told_before =
                |o: &&Event| o.sentence < e.sentence && o.sentence + reach >= e.sentence;
            let last = events.iter().rev().find(told_before).map(|o| o.sentence);
            if e.ty.is_violent()
                && reach > 0
                && let Some(o) = events
                    .iter()
                    .filter(told_before)
                    .filter(|o| Some(o.sentence) == last)
                    .min_by_key(|o| kind_rank(g.place(o.at.unwrap().0).kind))
            {
                let (i, date, dated) = (o.at.unwrap().1, o.date, o.dated);
                relocate(&mut e, i, "place: the event it followed, from");
                if !e.dated {
                    (e.date, e.dated) = (date, dated);
                }
                events.push(e);
                continue;
            }
            // An event that tells, where no place is named, how the one
            // told just before was carried out is that event, which takes
            // its type (`EventType::refines`): "Thousands marched through
            // central Beirut. Police fired tear gas at demonstrators near
            // parliament" is one protest with intervention; "Bij een
            // aanslag in Quetta … Een zelfmoordterrorist blies zichzelf op
            // op het treinstation" one suicide bombing, as a suicide bomb
            // told with an attack in one sentence is.
            // (Not a raid told with no place: "special forces carried out
            // raids" after fighting is another deed.)
            let tells_how = |o: EventType| {
                (e.ty.refines(o) && e.ty != EventType::Raid)
                    || (e.ty == EventType::SuicideBomb && o == EventType::Attack)
            };
            if let Some(o) = events
                .iter_mut()
                .rev()
                .find(|o| tells_how(o.ty) && before(o))
            {
                o.ty = e.ty;
                o.fatalities = o.fatalities.or(e.fatalities);
                o.notes
                    .push_str(&format!(" [how: {}]", cx.sentence_text(e.sentence)));
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
                && let Some(k) = at
                && events[k].fatalities.is_none()
            {
                // (Shared by the places its cue lists, step 7: "elf dorpen
                // rond Tal Abyad en Ras al-Ain ingenomen. Bij de gevechten
                // … zeker 23 Koerdische strijders en acht burgers om het
                // leven gekomen" is 16 and 15.)
                super::share_among_listed(&mut events, k, n);
                let o = &mut events[k];
                o.fatalities = Some(n);
                if e.notes.is_empty() {
                    o.notes.push_str(&format!(
                        " [fatalities from: {}]",
                        cx.sentence_text(e.sentence)
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
            tokens,
            sentences,
            e.sentence,
            Some(window),
            headline,
            mentions,
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
            // (Or "of", "van" right after the cue: "The capture of the
            // town leaves …", the cue's own object.)
            article.is_some_and(|a| {
                let w = tokens[a - 1].folded;
                // (A cue of several words reaches further: "had taken full
                // control of the town".)
                (matches!(w, "of" | "van") && a - 1 <= e.pos + 4)
                    || lexicon::is_locative(w)
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
    events
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
    // (A prison is no kind of the gazetteer: "the prison" is only where the
    // text introduced one, see `camp_in_town`.)
    let prison = matches!(noun, "prison" | "gevangenis");
    let fits = |p: &crate::gazetteer::Place| match lexicon::anaphor_noun(noun) {
        Some(lexicon::Anaphor::Camp) => p.kind == Kind::Camp && !prison,
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
    // (Or a town left, told just before it: "Rebels withdrew
    // from Khan Sheikhoun on Tuesday. … captured the town".)
    let left_by_deed = |m: &Mention| {
        let first = sentences[m.sentence].tokens.start;
        tokens[m.tokens.start.saturating_sub(6).max(first)..m.tokens.start]
            .iter()
            .any(|t| {
                t.class & lexicon::class::CUE != 0
                    && lexicon::cues_starting_in(t.folded, t.bucket.into()).any(|c| {
                        matches!(
                            c.ty,
                            EventType::Withdrawal | EventType::Escape | EventType::Displacement
                        )
                    })
            })
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
                        && ((lexicon::anaphor_noun(noun) == Some(lexicon::Anaphor::Camp)
                            && (introduced(m) || noun_after(m)))
                            || left_by_deed(m))))
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

/// The town of a building sentence `si` names with a definite article
/// that a sentence up to four before introduced there: "IS heeft in de
/// Syrische stad Palmyra een deel van het Romeinse theater vernield. … De
/// jihadisten executeerden donderdag in het theater twaalf mensen." The
/// settlement named as a site in that sentence, with the building's noun.
fn building_target(
    g: &Gazetteer,
    tokens: &[extract::Token],
    sentences: &[extract::Sentence],
    si: usize,
    mentions: &[Mention],
    place_of: impl Fn(usize) -> Option<NameRef>,
    role_of: impl Fn(usize) -> Role,
) -> Option<(usize, Role)> {
    let s = &sentences[si];
    let k = (s.tokens.start + 1..s.tokens.end).find(|&k| {
        lexicon::is_facility_noun(tokens[k].folded)
            && matches!(tokens[k - 1].folded, "the" | "de" | "het")
    })?;
    let noun = tokens[k].folded;
    (si.saturating_sub(4)..si).rev().find_map(|sj| {
        let r = sentences[sj].tokens.clone();
        if !tokens[r].iter().any(|t| t.folded == noun) {
            return None;
        }
        let lo = mentions.partition_point(|m| m.sentence < sj);
        let hi = mentions.partition_point(|m| m.sentence <= sj);
        let mut sites = (lo..hi).filter(|&i| {
            role_of(i).is_site() && place_of(i).is_some_and(|r| g.place(r).kind.is_settlement())
        });
        let i = sites.next()?;
        // (One town only: "a hospital in Atareb and a school in Darat
        // Izza" leaves "the hospital" unsure.)
        sites
            .all(|j| place_of(j).map(|r| r.place) == place_of(i).map(|r| r.place))
            .then_some((i, Role::Site))
    })
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

/// Does sentence `later` open with what sentence `first` named as its
/// deed's target: "Bij een aanval op een bus … in de Syrische woestijn …
/// De bus werd … tussen Palmyra en Deir ez-Zor beschoten", "an attack on a
/// convoy … The convoy was hit near …"? (A definite article and a noun of
/// three letters or more, which the first wrote after "een", "a" or "an".)
fn retells_object(
    tokens: &[extract::Token],
    sentences: &[extract::Sentence],
    first: usize,
    later: usize,
) -> bool {
    let open = sentences[later].tokens.clone();
    if open.len() < 3 || !matches!(tokens[open.start].folded, "de" | "het" | "the") {
        return false;
    }
    let noun = &tokens[open.start + 1];
    if noun.folded.len() < 3 || (noun.cap && !noun.sentence_start) {
        return false;
    }
    tokens[sentences[first].tokens.clone()]
        .windows(2)
        .any(|w| matches!(w[0].folded, "een" | "a" | "an") && w[1].folded == noun.folded)
}

/// Does the cue at word `k` of sentence `s` name what followed the deed
/// told before: "de gevechten die volgden", "the fighting that followed",
/// "the ensuing clashes", "de daaropvolgende schotenwisseling"?
fn followed(tokens: &[extract::Token], s: &extract::Sentence, k: usize) -> bool {
    let after = &tokens[k + 1..s.tokens.end.min(k + 4).max(k + 1)];
    // (Not one that followed something it names: "the war that followed
    // the uprising".)
    let relative = after.first().is_some_and(|t| {
        matches!(t.folded, "die" | "that" | "which")
            && after.get(1).is_some_and(|v| {
                matches!(
                    v.folded,
                    "volgden" | "volgde" | "followed" | "ensued" | "uitbraken" | "uitbrak"
                )
            })
            && !after
                .get(2)
                .is_some_and(|o| matches!(o.folded, "the" | "a" | "an" | "de" | "het" | "een"))
    });
    relative
        || (k > s.tokens.start
            && matches!(
                tokens[k - 1].folded,
                "ensuing" | "subsequent" | "daaropvolgende"
            ))
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

/// How close (km) the sites of a lead's country-wide event must stand to
/// one another to locate it when they lie in several provinces.
const ONE_AREA_KM: f64 = 50.0;
