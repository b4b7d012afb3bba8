//! Event cues: the words of a sentence that say what happened.
//!
//! Takes a sentence's tokens; gives its cues ([`CueHit`]: where, how long,
//! which [`EventType`], how sure), without those under a threat, plan,
//! fear, condition or negation, each refined by its context (an air strike
//! for a "bombing" by aircraft, a riot for stones thrown at police). Also
//! the tests that tell a cue told for itself from one named as another
//! noun's complement or a reaction's object.

use super::*;

/// A cue found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CueHit {
    /// Token index of the cue's first word.
    pub at: usize,
    pub len: usize,
    pub ty: EventType,
    pub strength: Strength,
}

/// Does punctuation other than a hyphen, an apostrophe or quotes stand
/// between token `k` and token `k + 1`? Clauses end there. (A full stop
/// only where a sentence ends: one inside a sentence is an initialism's or
/// an abbreviation's, "Three U.S. soldiers were killed".)
pub fn clause_break_after(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(next) = tokens.get(k + 1) else {
        return true;
    };
    // (Most words are one space apart: nothing to search.)
    let (a, b) = (tokens[k].end, next.start);
    if b == a + 1 && text.as_bytes()[a] == b' ' {
        return false;
    }
    next.sentence_start
        || text[a..b]
            .chars()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '!' | '?' | '–' | '—'))
}

/// The cues of the sentence covering tokens `range`, without those under a
/// threat, plan, fear, condition or negation.
pub fn find_cues(text: &str, tokens: &[Token], s: &Sentence) -> Vec<CueHit> {
    // Most sentences hold no cue word: done with by the sentence's bits.
    if s.class & lexicon::class::CUE == 0 {
        return Vec::new();
    }
    let range = s.tokens.clone();
    let words = &tokens[range.clone()];
    let mut hits: Vec<CueHit> = Vec::new();
    // (Asked when a cue is first found: most sentences have none.)
    let prosecution = std::cell::OnceCell::new();
    let mut i = 0;
    while i < words.len() {
        if words[i].class & lexicon::class::CUE == 0 {
            i += 1;
            continue;
        }
        let found = lexicon::cues_starting_in(words[i].folded, words[i].bucket.into())
            .find_map(|c| lexicon::phrase_len_after_first(c.words, words, i).map(|n| (c, n)));
        // A strike verb a few words after a strike, its subject, tells that
        // strike, whatever it hits: "Rockets fired from Idlib hit the
        // Russian Hmeimim air base" is shelling, "airstrikes have hit a
        // market" an air strike.
        // (With the strikes coordinated with it: "Hours of air strikes and
        // shelling on Saturday struck Jayrud" tells both.)
        // (A strong cue: in "A missile strike hit Homs" the weak "strike"
        // gives way to the missile.)
        let subject_at = found
            .filter(|(c, _)| matches!(c.words[0], "struck" | "hit"))
            .and_then(|_| hits.iter().rposition(|h| h.strength == Strength::Strong))
            .filter(|&k| hits[k].ty.is_remote() && hits[k].at + hits[k].len + 6 >= range.start + i);
        let subject = subject_at.map(|k| hits[k].ty);
        let also: Vec<EventType> = if let Some(mut k) = subject_at {
            let mut types = Vec::new();
            while k > 0 {
                let (a, b) = (&hits[k - 1], &hits[k]);
                if !cues_joined(tokens, a, b) {
                    break;
                }
                if a.ty.is_remote() && Some(a.ty) != subject && !types.contains(&a.ty) {
                    types.push(a.ty);
                }
                k -= 1;
            }
            types
        } else {
            Vec::new()
        };
        match found {
            // A verb of striking is a strike only with a military object
            // within six words ("struck Iranian military targets", not
            // "struck a deal"), and not after a cue, its subject, which
            // names the event already ("the attack struck the
            // headquarters", "Israeli jets hit targets").
            Some((c, _))
                if matches!(c.words[0], "struck" | "hit")
                    && subject.is_none()
                    // (By the word, not its bucket's bit: "Coalition
                    // aircraft struck …" shares one with a cue.)
                    && ((i > 0 && cue_word(&words[i - 1]))
                        || !words[i + 1..]
                            .iter()
                            .take(6)
                            .any(|t| lexicon::is_military_object(t.folded))) =>
            {
                // (Passive, it is a hit, an event only right after strikes,
                // as "getroffen" is: "Missiles struck five medical
                // facilities … A hospital in Maarat al-Numan was hit four
                // times". Not the perfect, "has been hit several times
                // since", a period's.)
                if i > 0 && subject.is_none() && matches!(words[i - 1].folded, "was" | "were") {
                    hits.push(CueHit {
                        at: range.start + i,
                        len: 1,
                        ty: EventType::Mention,
                        strength: Strength::Weak,
                    });
                }
                i += 1;
            }
            // Ground lost only by name: "lost the town of Manbij", "lose
            // Saraqeb"; not "lost their homes", "lost Russian backing",
            // "lost Sunday's match".
            Some((c, 1))
                if matches!(c.words[0], "lost" | "lose" | "loses") && !lost_by_name(words, i) =>
            {
                i += 1;
            }
            // What was destroyed, in the passive, was hit ("the hospital
            // was destroyed", "werd het ziekenhuis verwoest"); not a deed
            // with its doer ("the air force destroyed a base … killing 5"),
            // nor in a relative clause that describes ("schools that were
            // totally destroyed in the Ghouta"). Nor beside dead, an event
            // told by them ("fighters were destroyed in the area of
            // Mayadeen … 40 IS fighters were killed around Albu Kamal").
            Some((c, 1))
                if matches!(c.words[0], "destroyed" | "verwoest")
                    && (!passive_at(words, i)
                        || (s.class & lexicon::class::DEATH != 0
                            && super::has_death_word(tokens, range.clone()))) =>
            {
                i += 1;
            }
            // Crossing in, told of refugees as often, is an offensive only
            // with forces named before it ("Turkish ground forces crossed
            // into the Afrin region"). (Who else enters: `refine`.)
            Some((c, _))
                if matches!(c.words, ["crossed", ..] | [_, "door", "tot"])
                    && !forces_before(words, i) =>
            {
                i += 1;
            }
            Some((c, 1)) if c.words[0] == "fight" && !fight_verb(words, i) => {
                i += 1;
            }
            Some((c, n)) => {
                let at = range.start + i;
                // Fighters driven out is ground taken, civilians driven out
                // a flight: "had driven the last Islamic State fighters out
                // of the town of Manbij", "Koerden verdrijven IS uit Tal
                // Abyad"; not "Thousands were driven out of Raqqa by IS".
                let ty = if c.ty == EventType::Displacement
                    && is_driving_out(words[i].folded)
                    && fighters_driven_out(text, tokens, at, n)
                {
                    EventType::TerritoryChange
                } else {
                    c.ty
                };
                let no_event = is_modal_context(text, tokens, range.clone(), at, n)
                    || talked_about(text, tokens, range.start, at)
                    || depicted(text, tokens, range.start, at)
                    || since_event(text, tokens, range.clone(), at, n)
                    || (ty != EventType::Arrest
                        && (is_charged(text, tokens, range.start, at)
                            || *prosecution.get_or_init(|| {
                                s.class & lexicon::class::CHARGE != 0
                                    && prosecutors_say(text, words)
                            })))
                    || (matches!(ty, EventType::ArmedClash | EventType::GroundOffensive)
                        && (lasting_campaign(tokens, range.start, at, range.end)
                            || waged_since_months(text, tokens, range.clone(), at)))
                    // (Ground taken since months ago is many captures: "Sinds
                    // januari al nemen zwaar bewapende rebellen steden in het
                    // noorden van Irak in". Not since a day: "Since Monday
                    // they have captured Tal Abyad".)
                    || (ty == EventType::TerritoryChange
                        && waged_since_months(text, tokens, range.clone(), at))
                    || (ty == EventType::ArmedClash
                        && (fights_for_a_side(text, tokens, range.clone(), at)
                            || describes_a_side(text, tokens, range.start, at)))
                    || (ty == EventType::TerritoryChange
                        && (controls_no_ground(tokens, at + n)
                            || takes_no_ground(tokens, at, n)
                            || capture_aimed(tokens, range.start, at)))
                    || (ty == EventType::Arrest && c.words.contains(&"…") && !person_taken(tokens, at, n))
                    // ("displaced Palestinians", "displaced families": people
                    // driven out before, whom the sentence tells of.)
                    || (ty == EventType::Displacement
                        && words[i].folded == "displaced"
                        && words.get(i + 1).is_some_and(|t| {
                            lexicon::is_victim_noun(t.folded)
                                || lexicon::is_people_noun(t.folded)
                                || (t.cap && t.folded.ends_with('s'))
                        }))
                    || (ty == EventType::Displacement
                        && (fighters_flee(text, tokens, range.clone(), at, n)
                            || one_person_flees(tokens, range.clone(), at)))
                    || (matches!(
                        ty,
                        EventType::ChemicalAttack | EventType::Shelling | EventType::Airstrike
                    ) && weapons_kept(tokens, range.clone(), at, n))
                    || over_a_period(text, tokens, range.clone(), at, n)
                    || habitual(tokens, range.start, at)
                    // (Coming under fire in words: "The minister came under
                    // fire from critics", "came under fire for", "over".)
                    || (matches!(c.words, [_, "under", "fire"])
                        && under_fire_in_words(tokens, range.clone(), at, n))
                    || (matches!(ty, EventType::Explosion | EventType::SuicideBomb)
                        && bomb_undone(tokens, range.clone(), at, n))
                    || (matches!(c.words, ["viel"] | ["vielen"] | ["gevallen"])
                        && !place_fell(text, tokens, range.clone(), at))
                    || (matches!(ty, EventType::Withdrawal | EventType::GroundOffensive)
                        && ordered(tokens, range.clone(), at))
                    // (A drone brought down is no fight: "A Turkish drone
                    // was shot down over Tal Abyad", "shot down dozens of
                    // Iranian drones".)
                    || (matches!(c.words, ["shot", "down"] | ["neergehaald"])
                        && (at.saturating_sub(4).max(range.start)..(at + n + 5).min(range.end))
                            .any(|k| matches!(tokens[k].folded, "drone" | "drones")));
                if !no_event {
                    hits.push(CueHit {
                        at,
                        len: n,
                        ty: subject.unwrap_or(ty),
                        strength: if subject.is_some() {
                            Strength::Strong
                        } else {
                            c.strength
                        },
                    });
                    for &ty in &also {
                        hits.push(CueHit {
                            at,
                            len: n,
                            ty,
                            strength: Strength::Strong,
                        });
                    }
                }
                // A separable verb's span may hold other cues; go on after
                // its first word.
                i += if c.words.contains(&"…") { 1 } else { n };
            }
            None => i += 1,
        }
    }
    // (A sentence whose cue words made no cue is done with.)
    if hits.is_empty() {
        return hits;
    }
    refine(tokens, range.clone(), &mut hits);
    // English "driven … out of" tells only of fighters: "did not say the
    // extremists had been pushed out of the city" is no flight.
    if hits.iter().any(|h| h.ty == EventType::Displacement) {
        hits.retain(|h| h.ty != EventType::Displacement || !drives_out_en(tokens[h.at].folded));
    }
    // Going in ("inval", "vielen … binnen", "stormed", "entered") is an
    // invasion, or a raid when special forces carry it out: "Amerikaanse
    // speciale eenheden vielen zaterdagnacht een huis binnen in Barisha".
    // (Not an offensive: special forces may join a campaign.)
    // (So when the police go in: "De politie is een moskee in Utrecht
    // binnengevallen" is no invasion.)
    let police = || {
        tokens[range.clone()]
            .iter()
            .any(|t| lexicon::is_police_word(t.folded) || t.folded == "arrestatieteam")
    };
    // (And when protesters storm in, a riot: "protesters stormed the U.S.
    // embassy compound in Baghdad", ACLED's violent demonstration, one
    // event.)
    let going_in = |w: &str| {
        matches!(
            w,
            "inval"
                | "entered"
                | "stormed"
                | "viel"
                | "vielen"
                | "valt"
                | "vallen"
                | "trok"
                | "trokken"
        ) || w.starts_with("binnen")
            || w.starts_with("bestorm")
    };
    let has = |hits: &[CueHit], ty: EventType| hits.iter().any(|h| h.ty == ty);
    // What protesters protest against is their cause, no event of the
    // sentence: "demonstreerden … tegen de Turkse inval in Noord-Syrië",
    // "protested in Cologne against the Turkish offensive in Syria".
    if has(&hits, EventType::Protest) {
        hits.retain(|h| {
            h.ty == EventType::Protest || !after_against(text, tokens, range.start, h.at, 4)
        });
    }
    if has(&hits, EventType::GroundOffensive) {
        // (Special forces that advance join the offensive; they are its
        // actor, no raid: "Iraqi special forces pushed towards Mosul".)
        if hits
            .iter()
            .any(|h| h.ty == EventType::GroundOffensive && !going_in(tokens[h.at].folded))
        {
            hits.retain(|h| {
                h.ty != EventType::Raid || !matches!(tokens[h.at].folded, "special" | "speciale")
            });
        }
        // (Or a crowd that storms a building: "In Damascus bestormden
        // inwoners de beruchte Saydnaya-gevangenis", "crowds stormed the
        // presidential palace", ACLED's mob violence.)
        let crowd = || {
            hits.iter().any(|h| {
                h.ty == EventType::GroundOffensive
                    && (tokens[h.at].folded.starts_with("bestorm")
                        || tokens[h.at].folded == "stormed")
                    && (h.at.saturating_sub(3).max(range.start)..(h.at + 3).min(range.end)).any(
                        |k| {
                            matches!(
                                tokens[k].folded,
                                "inwoners"
                                    | "bewoners"
                                    | "residents"
                                    | "menigte"
                                    | "menigten"
                                    | "crowd"
                                    | "crowds"
                                    | "mob"
                                    | "mensenmassa"
                            )
                        },
                    )
            })
        };
        let ty = if has(&hits, EventType::Protest) || crowd() {
            Some(EventType::Riot)
        } else if has(&hits, EventType::Raid) || police() {
            Some(EventType::Raid)
        } else {
            None
        };
        if let Some(ty) = ty {
            for h in hits.iter_mut() {
                if h.ty == EventType::GroundOffensive && going_in(tokens[h.at].folded) {
                    h.ty = ty;
                }
            }
            if ty == EventType::Riot && has(&hits, EventType::Riot) {
                hits.retain(|h| h.ty != EventType::Protest);
            }
        }
    }
    if has(&hits, EventType::Protest) {
        // Protesters who burn, loot or stone riot (ACLED's violent
        // demonstration): "protesters set fire to the governor's office",
        // "Demonstrators torched the Iranian consulate". (Not when the
        // police do it: "Police set fire to the protest camp".)
        if protest_deed(tokens, range.clone()) {
            for h in hits.iter_mut().filter(|h| h.ty == EventType::Protest) {
                h.ty = EventType::Riot;
            }
        }
        // Protesters killed, with no other violence told than their
        // shooting by the state's forces, suffer its excessive force:
        // "security forces shot dead four protesters in central Baghdad",
        // "Police fired live rounds at protesters …, killing three people",
        // "zijn zeker vijf demonstranten doodgeschoten". (Not what a
        // protest is over: "protested against the killing of 12
        // civilians"; nor a toll of months: "Protesters in Basra, where 12
        // people have been killed since October, blocked roads"; nor
        // protesters gunmen shot, an attack.)
        else {
            let shooting = |h: &CueHit| {
                matches!(h.ty, EventType::Attack | EventType::ArmedClash) && shooting_cue(tokens, h)
            };
            let violent: Vec<&CueHit> = hits
                .iter()
                .filter(|h| h.ty != EventType::Protest && h.ty.is_violent())
                .collect();
            // (Or with protesters the shooting's victims: "zijn vijf
            // demonstranten doodgeschoten". Never with gunmen or militants
            // named: "the gunmen suppressed protests …, killing 27
            // civilians".)
            let protesters_shot = violent.iter().all(|h| {
                (h.at.saturating_sub(4).max(range.start)..(h.at + h.len + 4).min(range.end))
                    .any(|k| lexicon::is_protester_word(tokens[k].folded))
            });
            let irregular = range
                .clone()
                .any(|k| lexicon::is_irregular_force(tokens[k].folded));
            // (Or the dead shot at a protest with no one named who shot
            // them: "a tenth Palestinian was shot dead during protests
            // near Ram", as ACLED codes a protest's dead by default.)
            let at_protest = || {
                violent.iter().all(|h| {
                    (h.at + h.len..(h.at + h.len + 5).min(range.end)).any(|k| {
                        matches!(tokens[k].folded, "during" | "tijdens" | "bij")
                            && tokens.get(k + 1).is_some_and(|t| {
                                matches!(
                                    t.folded,
                                    "protests"
                                        | "protest"
                                        | "demonstrations"
                                        | "demonstration"
                                        | "protesten"
                                        | "demonstraties"
                                        | "demonstratie"
                                        | "betogingen"
                                )
                            })
                    })
                })
            };
            if violent.iter().all(|h| shooting(h))
                && (violent.is_empty()
                    || state_forces(tokens, range.clone())
                    || protesters_shot
                    || at_protest())
                && !irregular
                && protesters_killed(text, tokens, range.clone())
            {
                hits.retain(|h| !shooting(h));
                for h in hits.iter_mut().filter(|h| h.ty == EventType::Protest) {
                    h.ty = EventType::ProtestForce;
                }
            } else if irregular
                && !violent.is_empty()
                && violent.iter().all(|h| shooting(h))
                && protesters_shot
            {
                // Protesters shot by gunmen suffer an attack, which carries
                // their dead, as those fired on do: "Gunmen shot dead four
                // protesters in Baghdad" (its weak cue had given way to the
                // protest's).
                hits.retain(|h| h.ty != EventType::Protest);
                for h in hits.iter_mut() {
                    if shooting(h) {
                        h.ty = EventType::Attack;
                        h.strength = Strength::Strong;
                    }
                }
            }
        }
    }
    // A protest the state's forces break up, without dead, is one with
    // intervention: "Police fired tear gas at demonstrators", "De politie
    // zette waterkanonnen in en arresteerde tientallen demonstranten".
    if has(&hits, EventType::Protest) && broken_up(tokens, range.clone()) {
        for h in hits.iter_mut().filter(|h| h.ty == EventType::Protest) {
            h.ty = EventType::ProtestIntervention;
        }
    }
    hits
}

/// Does the split verb of arrest at `at` (`n` words) hold the people taken
/// between its parts: a person's noun ("drie verdachten", "twee mannen"),
/// or an age ("hield de 23-jarige Mohammed A. aan")? (Not any capital:
/// "pakte de draad in Aleppo weer op".)
fn person_taken(tokens: &[Token], at: usize, n: usize) -> bool {
    tokens[at + 1..at + n - 1].iter().any(|t| {
        lexicon::is_victim_noun(t.folded)
            || t.folded.ends_with("jarige")
            || matches!(t.folded, "verdachte" | "verdachten" | "jongeren")
    })
}

/// Does a sentence (tokens `range`) tell of the state's forces breaking up
/// a protest: tear gas, water cannon, rubber bullets, stun grenades,
/// pepper spray or batons used, protesters dispersed or arrested? (Not
/// after "no", "without", "geen", "zonder": "the protest ended without
/// arrests".)
pub(super) fn broken_up(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    let (first, end) = (range.start, range.end);
    let next = |k: usize, words: &[&str]| k + 1 < end && words.contains(&tokens[k + 1].folded);
    range.clone().any(|k| {
        let w = tokens[k].folded;
        let force = match w {
            "teargas" | "traangas" | "waterkanon" | "waterkanonnen" | "rubberkogels"
            | "pepperspray" | "batons" | "wapenstokken" | "wapenstok" | "dispersed"
            | "uiteengedreven" | "uiteengeslagen" | "uiteengejaagd" | "uiteendreef"
            | "uiteendreven" | "uiteensloeg" | "uiteensloegen" => true,
            "tear" => next(k, &["gas"]),
            "water" => next(k, &["cannon", "cannons"]),
            "rubber" => next(k, &["bullets"]),
            "stun" => next(k, &["grenades"]),
            "pepper" => next(k, &["spray"]),
            "broke" | "break" | "breaking" => next(k, &["up"]),
            // Protesters arrested: "arrested dozens of protesters",
            // "tientallen demonstranten werden opgepakt".
            "arrested" | "detained" | "arrests" | "arresteerde" | "arresteerden"
            | "aangehouden" | "opgepakt" | "gearresteerd" => (k.saturating_sub(6).max(first)
                ..(k + 6).min(end))
                .any(|x| lexicon::is_protester_word(tokens[x].folded)),
            _ => false,
        };
        force
            && !(k.saturating_sub(2).max(first)..k)
                .any(|b| matches!(tokens[b].folded, "no" | "without" | "geen" | "zonder"))
    })
}

/// Does "came under fire" at `at..at + n` speak of criticism: for or over
/// something, from critics, or of a person, a government or a plan ("The
/// minister came under fire from critics", "the plan has come under fire
/// over …")? (A patrol, a district, a base come under fire in war.)
fn under_fire_in_words(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    n: usize,
) -> bool {
    let next = |d: usize| {
        tokens
            .get(at + n + d)
            .filter(|_| at + n + d < range.end)
            .map(|t| t.folded)
    };
    matches!(next(0), Some("for" | "over"))
        || (next(0) == Some("from")
            && matches!(
                next(1),
                Some(
                    "critics" | "lawmakers" | "opposition" | "rights" | "activists" | "politicians"
                )
            ))
        || (at.saturating_sub(4).max(range.start)..at).any(|k| {
            matches!(
                tokens[k].folded,
                "minister"
                    | "president"
                    | "government"
                    | "plan"
                    | "policy"
                    | "decision"
                    | "leader"
                    | "premier"
                    | "prime"
                    | "company"
                    | "deal"
            )
        })
}

/// Is the cue `h` a shooting or a killing by its word: "shot dead",
/// "gunned down", "doodgeschoten", "assassinated", or armed men before a
/// verb ("gunmen shot", "fighters killed")?
pub fn shooting_cue(tokens: &[Token], h: &CueHit) -> bool {
    let w = tokens[h.at].folded;
    matches!(
        w,
        "shot" | "gunned" | "doodgeschoten" | "assassinated" | "schoten" | "schoot"
    ) || (h.len == 2 && lexicon::is_irregular_force(w))
}

/// Does the sentence (tokens `range`) name the state's forces of order
/// ([`lexicon::is_state_force`])?
pub(super) fn state_forces(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    range
        .into_iter()
        .any(|k| lexicon::is_state_force(tokens[k].folded))
}

/// Verbs of throwing, what a protest's deeds and a riot's cues are told
/// with: "threw stones", "gooiden met stenen", "bekogelden de politie".
/// (The riot cue also knows "wierpen … stenen", a phrase of its own.)
fn throwing(w: &str) -> bool {
    matches!(w, "threw" | "hurled" | "pelted" | "gooiden" | "bekogelden")
}

/// Does a sentence of protest (tokens `range`) tell of protesters burning,
/// looting or throwing stones: a deed that makes a riot, with no police
/// in the six words before it?
pub(super) fn protest_deed(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    let (first, end) = (range.start, range.end);
    let next = |k: usize, n: usize, words: &[&str]| {
        (k + 1..(k + 1 + n).min(end)).any(|x| words.contains(&tokens[x].folded))
    };
    range.clone().any(|k| {
        let w = tokens[k].folded;
        let deed = match w {
            "torched" | "ransacked" | "looted" | "stoned" | "plunderden" | "vernielden"
            | "geplunderd" | "vernield" => true,
            // A headline's present tense of storming: "Iraq: protesters
            // storm US embassy in Baghdad" (the weather's storm has no
            // protesters before it).
            "storm" | "storms" => k > first && lexicon::is_protester_word(tokens[k - 1].folded),
            // "set fire to", "set … ablaze", "threw stones", "gooiden
            // stenen", "staken … in brand", "in brand gestoken".
            "set" => next(k, 3, &["fire", "ablaze", "alight"]),
            w if throwing(w) => next(
                k,
                3,
                &[
                    "stones",
                    "rocks",
                    "petrol",
                    "molotov",
                    "stenen",
                    "molotovcocktails",
                    "with",
                ],
            ),
            "brand" => {
                (k.saturating_sub(10).max(first)..k)
                    .any(|b| matches!(tokens[b].folded, "staken" | "stak"))
                    || next(k, 1, &["gestoken"])
            }
            _ => false,
        };
        deed && !(k.saturating_sub(6).max(first)..k).any(|b| {
            let w = tokens[b].folded;
            lexicon::is_police_word(w) || matches!(w, "troops" | "soldiers")
        })
    })
}

/// Does a sentence of protest (tokens `range`) tell of dead: a death word
/// not in what the protest is over or against, in a sentence with no toll
/// of a period?
pub(super) fn protesters_killed(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
) -> bool {
    if !matches!(cumulative_toll(text, tokens, range.clone()), Toll::No) {
        return false;
    }
    let first = range.start;
    let words = &tokens[range.clone()];
    (0..words.len()).any(|i| {
        let k = first + i;
        death_at(words, i).is_some()
            && words[i].folded != "dode"
            && !after_against(text, tokens, first, k, 6)
            && !(1..=3).any(|b| {
                k >= first + b
                    && matches!(
                        tokens[k - b].folded,
                        "over" | "om" | "for" | "voor" | "protested" | "protesting" | "mourned"
                    )
            })
            // (Nor the death a protest follows: "na de dood van Mahsa
            // Amini", "after the death of".)
            && !(k >= first + 2
                && matches!(tokens[k - 1].folded, "de" | "the")
                && matches!(tokens[k - 2].folded, "na" | "after" | "following"))
    })
}

/// Does token `k` stand in a phrase opened by "against"/"tegen" at most
/// `reach` words before it, in its clause (sentence from `first`): what a
/// protest is against ([`find_cues`], [`role`])? Or by a verb of
/// denouncing: "rallied in Sanaa on Friday to denounce the strikes".
pub(super) fn after_against(
    text: &str,
    tokens: &[Token],
    first: usize,
    k: usize,
    reach: usize,
) -> bool {
    against_at(text, tokens, first, k, reach).is_some()
}

/// The word that opens the phrase [`after_against`] finds, the nearest
/// to `k`.
pub(super) fn against_at(
    text: &str,
    tokens: &[Token],
    first: usize,
    k: usize,
    reach: usize,
) -> Option<usize> {
    (1..=reach)
        .filter(|&b| k >= first + b)
        .map(|b| k - b)
        .find(|&a| {
            matches!(
                tokens[a].folded,
                "against"
                    | "tegen"
                    | "denounce"
                    | "denouncing"
                    | "condemn"
                    | "condemning"
                    | "veroordelen"
                    | "hekelen"
            ) && (a..k).all(|x| !clause_break_after(text, tokens, x))
        })
}

/// Is `w` the first word of a cue of driving out ("verdreven", "driven …
/// out of"): a flight, or ground taken when fighters are driven out?
pub fn is_driving_out(w: &str) -> bool {
    drives_out_en(w) || matches!(w, "verdrijven" | "verdreef" | "verdreven")
}

/// The English words of [`is_driving_out`], whose phrase ("driven … out
/// of") holds its object.
pub(super) fn drives_out_en(w: &str) -> bool {
    matches!(w, "driven" | "drove" | "pushed")
}

/// Is the flight cue at `at` (`len` words) a driving out of fighters, its object an armed
/// group or a force: inside the English phrase ("driven the last Islamic
/// State fighters out of"), right after the Dutch verb ("verdrijven IS
/// uit"), or right before the place left when the verb ends the clause
/// ("IS uit Tal Abyad verdreven")? Not after "by"/"door": those drove
/// others out.
pub(super) fn fighters_driven_out(text: &str, tokens: &[Token], at: usize, len: usize) -> bool {
    let fighters = |k: usize| {
        let t = &tokens[k];
        (lexicon::is_armed_group(t.folded, t.cap) || lexicon::is_force_word(t.folded))
            && !(k.saturating_sub(2)..k).any(|b| matches!(tokens[b].folded, "by" | "door"))
    };
    let w = tokens[at].folded;
    if drives_out_en(w) {
        (at + 1..at + len).any(fighters)
    } else if is_driving_out(w) {
        (at + 1 < tokens.len() && !clause_break_after(text, tokens, at) && fighters(at + 1))
            || (at.saturating_sub(4)..at)
                .find(|&k| tokens[k].folded == "uit")
                .is_some_and(|u| u > 0 && fighters(u - 1))
    } else {
        false
    }
}

/// Is the withdrawal or offensive at `at` a noun that was ordered or
/// announced, not yet done: "has ordered the full withdrawal of US troops
/// from Syria", "announced the withdrawal", "kondigde de terugtrekking …
/// aan", "heeft opdracht gegeven tot de terugtrekking"? (A clause told by
/// the announcement is a report: "announced it had captured Manbij".)
fn ordered(tokens: &[Token], range: std::ops::Range<usize>, at: usize) -> bool {
    let order = |w: &str| {
        matches!(
            w,
            "ordered"
                | "orders"
                | "order"
                | "announced"
                | "announces"
                | "announce"
                | "kondigde"
                | "kondigt"
                | "aangekondigd"
                | "opdracht"
                | "beval"
                | "beveelt"
                | "bevolen"
        )
    };
    // (Only articles and adjectives between: "the full withdrawal", "tot
    // de terugtrekking".)
    let filler = |t: &Token| {
        !t.cap
            && (matches!(
                t.folded,
                "the"
                    | "a"
                    | "an"
                    | "de"
                    | "het"
                    | "een"
                    | "tot"
                    | "gegeven"
                    | "full"
                    | "complete"
                    | "volledige"
                    | "total"
                    | "totale"
            ))
    };
    (at.saturating_sub(4).max(range.start)..at)
        .rev()
        .find(|&k| !filler(&tokens[k]))
        .is_some_and(|k| order(tokens[k].folded))
}

/// Is the Dutch "viel"/"vielen"/"gevallen" at `at` a town that fell, its
/// name the verb's subject with nothing that makes the verb another:
/// "Zaterdag viel ook Deraa in het zuiden", "Deraa viel zaterdag", "Deraa is
/// zaterdag gevallen", "Daarmee is ook Homs gevallen". Not what fell on it or in it ("In Kobani viel een
/// bom", "er vielen doden"), nor a separable verb ("viel … aan", "viel
/// uit", "is weggevallen"), nor a government ("het kabinet viel").
fn place_fell(text: &str, tokens: &[Token], range: std::ops::Range<usize>, at: usize) -> bool {
    // Words that may stand between the verb and its subject.
    let filler = |t: &Token| {
        matches!(
            t.folded,
            "ook"
                | "nu"
                | "toen"
                | "dan"
                | "al"
                | "eindelijk"
                | "uiteindelijk"
                | "daarmee"
                | "zelfs"
                | "nog"
                | "gisteren"
                | "vandaag"
                | "vervolgens"
                | "intussen"
                | "inmiddels"
        ) || (t.class & lexicon::class::DATE != 0 && lexicon::weekday(t.folded).is_some())
    };
    let clause_end = (at..range.end)
        .find(|&k| clause_break_after(text, tokens, k))
        .map_or(range.end, |k| k + 1);
    // (What makes it another verb, or tells what fell: a particle, the dead.)
    let other = |k: usize| {
        matches!(
            tokens[k].folded,
            "binnen"
                | "aan"
                | "uit"
                | "op"
                | "neer"
                | "af"
                | "weg"
                | "terug"
                | "om"
                | "mee"
                | "tegen"
                | "over"
                | "stil"
                | "samen"
                | "handen"
                | "doden"
                | "slachtoffers"
                | "gewonden"
                | "bom"
                | "bommen"
                | "granaten"
                | "raketten"
                | "schoten"
                | "klappen"
                | "regen"
                | "sneeuw"
                | "er"
        )
    };
    if (range.start..clause_end).any(other) {
        return false;
    }
    let name = |t: &Token| t.cap && !filler(t) && lexicon::demonym(t.folded).is_none();
    if tokens[at].folded == "gevallen" {
        // "Deraa is (zaterdag) gevallen": the name before the auxiliary.
        let Some(aux) = (at.saturating_sub(4).max(range.start)..at)
            .rev()
            .find(|&k| matches!(tokens[k].folded, "is" | "was" | "zijn" | "waren"))
        else {
            return false;
        };
        // (Or after it, inverted: "Daarmee is ook Homs gevallen".)
        let between = &tokens[aux + 1..at];
        return (aux > range.start && name(&tokens[aux - 1]) && between.iter().all(filler))
            || (between.iter().filter(|t| name(t)).count() == 1
                && between.iter().all(|t| name(t) || filler(t)));
    }
    // The name after the verb ("viel ook Deraa"), or right before it
    // ("Deraa viel zaterdag").
    let after = (at + 1..clause_end).find(|&k| !filler(&tokens[k]));
    // (Not a name after a preposition, which is no subject: "Het kabinet
    // in Damascus viel".)
    let subject_before = at > range.start
        && name(&tokens[at - 1])
        && !(at >= range.start + 2
            && matches!(
                tokens[at - 2].folded,
                "in" | "bij" | "van" | "uit" | "naar" | "op" | "nabij" | "rond" | "voor"
            ));
    after.is_some_and(|k| name(&tokens[k])) || subject_before
}

/// Did bomb cue `at` (of `n` words) go off nowhere? A bomb defused or a plot
/// foiled: "A car bomb was defused in Azaz", "een bomauto werd onschadelijk
/// gemaakt", "found a bomb in a car in Azaz and defused it". Or a bomb
/// found, where nothing in the sentence went off or killed: "Police found
/// an explosive device in a car", "De politie vond een bom" (not "A bomb
/// found under a car exploded, killing three").
fn bomb_undone(tokens: &[Token], range: std::ops::Range<usize>, at: usize, n: usize) -> bool {
    let near = at.saturating_sub(6).max(range.start)..(at + n + 8).min(range.end);
    let undone = |w: &str| {
        matches!(
            w,
            "defused"
                | "defusing"
                | "dismantled"
                | "dismantling"
                | "disarmed"
                | "foiled"
                | "thwarted"
                | "ontmanteld"
                | "onschadelijk"
                | "verijdeld"
        )
    };
    let found = |w: &str| {
        matches!(
            w,
            "found"
                | "discovered"
                | "seized"
                | "vond"
                | "vonden"
                | "gevonden"
                | "aangetroffen"
                | "ontdekt"
                | "ontdekten"
        )
    };
    let went_off = |w: &str| {
        matches!(
            w,
            "exploded"
                | "explosion"
                | "blast"
                | "detonated"
                | "off"
                | "ontplofte"
                | "ontploft"
                | "explodeerde"
                | "explosie"
        )
    };
    // (By the first letter first: most words are none of these.)
    let first = |k: usize| tokens[k].folded.as_bytes()[0];
    near.clone()
        .any(|k| matches!(first(k), b'd' | b'f' | b't' | b'o' | b'v') && undone(tokens[k].folded))
        || (near.clone().any(|k| {
            matches!(first(k), b'f' | b'd' | b's' | b'v' | b'g' | b'o') && found(tokens[k].folded)
        }) && !range.clone().any(|k| went_off(tokens[k].folded))
            && !super::deaths::has_death_word(tokens, range))
}

/// Are the weapons of the cue at `at` (`n` words), chemical ones, missiles,
/// rockets or drones, kept, made, inspected or banned rather than used:
/// "twee opslagplaatsen voor chemische wapens bij Homs", "chemical weapons
/// inspectors in Damascus", "a stockpile of chemical weapons",
/// "opslagplaatsen voor drones en lanceerplatforms voor raketten bij
/// Hodeidah"? (A target or a treaty, not an attack; "used chemical
/// weapons in Hama" is one.)
pub(super) fn weapons_kept(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    n: usize,
) -> bool {
    let last = tokens[at + n - 1].folded;
    if !(last.starts_with("weapon")
        || last.starts_with("wapen")
        || lexicon::is_missile(last)
        || matches!(last, "drone" | "drones"))
    {
        return false;
    }
    let kept = |w: &str| {
        matches!(
            w,
            "inspectors"
                | "inspecteurs"
                | "watchdog"
                | "waakhond"
                | "stockpile"
                | "stockpiles"
                | "arsenal"
                | "arsenaal"
                | "programme"
                | "program"
                | "programma"
                | "facility"
                | "facilities"
                | "storage"
                | "depot"
                | "depots"
                | "site"
                | "sites"
                | "experts"
                | "investigators"
                | "convention"
                | "verdrag"
                | "treaty"
                | "deal"
                | "agreement"
                | "production"
                | "productie"
                | "destruction"
                | "vernietiging"
                | "research"
                | "plant"
                | "launchers"
                | "launcher"
                | "lanceerplatforms"
                | "lanceerplatform"
                | "lanceerinstallaties"
                | "warehouse"
                | "warehouses"
                | "factory"
                | "factories"
                | "fabriek"
                | "fabrieken"
                | "magazijn"
                | "magazijnen"
                | "voorraad"
                | "voorraden"
                | "stocks"
        ) || w.starts_with("opslag")
    };
    let after = tokens.get(at + n).filter(|_| at + n < range.end);
    let owner = at >= range.start + 2
        && matches!(tokens[at - 1].folded, "of" | "for" | "voor" | "van")
        && kept(tokens[at - 2].folded);
    // (Or traded: "Iran sold missiles to the Houthis", "leverde drones
    // aan Rusland".)
    let traded = (at.saturating_sub(3).max(range.start)..at).any(|k| {
        matches!(
            tokens[k].folded,
            "sold"
                | "sells"
                | "supplied"
                | "supplies"
                | "supplying"
                | "delivered"
                | "shipped"
                | "smuggled"
                | "smuggling"
                | "verkocht"
                | "verkoopt"
                | "leverde"
                | "leverden"
                | "geleverd"
                | "levert"
                | "smokkelde"
                | "gesmokkeld"
        )
    });
    after.is_some_and(|t| kept(t.folded)) || owner || traded
}

/// Does the sentence give the prosecution's account ("Volgens het Openbaar
/// Ministerie vocht hij mee bij de verdediging van Raqqa", "prosecutors
/// say he took part in executions")? What it tells are a defendant's
/// alleged deeds, not events the article reports.
pub(super) fn prosecutors_say(text: &str, words: &[Token]) -> bool {
    // (By first letter: asked of every sentence with a cue.)
    words.iter().enumerate().any(|(k, t)| {
        let w = t.folded.as_bytes();
        match w.first() {
            Some(b'a') => w.starts_with(b"aanklager"),
            Some(b'p') => w.starts_with(b"prosecut") && !reporting_office(words, k),
            Some(b'm') => t.cap && w == b"ministerie" && k > 0 && words[k - 1].folded == "openbaar",
            // "het OM", in capitals (not the word "om").
            Some(b'o') => t.cap && w == b"om" && &text[t.start..t.end] == "OM",
            _ => false,
        }
    })
}

/// Is the prosecutor at word `k` an office that reports attacks, as
/// Ukraine's regional prosecutors' offices and its Prosecutor General's
/// Office do: "Russian shelling killed two civilians in the town of
/// Toretsk, the regional prosecutor's office said"? A source, not a
/// prosecution's account of a defendant's deeds.
fn reporting_office(words: &[Token], k: usize) -> bool {
    words[k + 1..words.len().min(k + 4)]
        .iter()
        .any(|t| matches!(t.folded, "office" | "general"))
        || (k > 0 && words[k - 1].folded == "regional")
}

/// Is the (folded) word shaped like a Dutch past participle: "gearresteerd",
/// "beschoten", "veroverd", "ontvoerd", "opgepakt", "aangehouden"?
pub(super) fn dutch_participle(w: &str) -> bool {
    let stem = ["op", "aan", "in", "om", "uit", "af", "neer", "binnen"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with("ge")))
        .unwrap_or(w);
    ["ge", "be", "ver", "ont", "her"]
        .iter()
        .any(|p| stem.len() > p.len() + 2 && stem.starts_with(p))
        && stem.ends_with(['d', 't', 'n'])
}

/// What the words around a cue say of it, once the sentence's cues are
/// found: drones, streets, convoys and fighting positions that report no
/// event, and the bombs and raids of aircraft.
pub(super) fn refine(tokens: &[Token], range: std::ops::Range<usize>, hits: &mut Vec<CueHit>) {
    let words = &tokens[range.clone()];
    // What enters airspace, or flies in, invades no ground: "Iranian
    // drones entered Jordanian airspace", "drong het Poolse luchtruim
    // binnen".
    hits.retain(|h| {
        h.ty != EventType::GroundOffensive
            || !(tokens[h.at + h.len..(h.at + h.len + 3).min(range.end)]
                .iter()
                .any(|t| matches!(t.folded, "airspace" | "luchtruim"))
                || tokens[h.at.saturating_sub(2).max(range.start)..h.at]
                    .iter()
                    .any(|t| {
                        matches!(
                            t.folded,
                            "drone"
                                | "drones"
                                | "missile"
                                | "missiles"
                                | "raket"
                                | "raketten"
                                | "jets"
                        )
                    }))
    });
    // Artillery that aircraft bombed is their target, not shelling: "US
    // warplanes bombed Islamic State artillery near Erbil". (Not artillery
    // told beside the strikes: "air strikes and artillery fire".)
    let struck_ends: Vec<usize> = hits
        .iter()
        .filter(|h| h.ty == EventType::Airstrike)
        .map(|h| h.at + h.len)
        .collect();
    if !struck_ends.is_empty() {
        hits.retain(|h| {
            h.ty != EventType::Shelling
                || !matches!(tokens[h.at].folded, "artillery" | "artillerie")
                || !struck_ends.iter().any(|&e| {
                    e <= h.at
                        && h.at - e <= 3
                        && tokens[e..h.at].iter().all(|t| {
                            !matches!(t.folded, "and" | "en" | "or" | "of" | "with" | "met")
                        })
                })
        });
    }
    // "gewond geraakt", "bekneld geraakt": a state come into, no hit.
    hits.retain(|h| {
        h.ty != EventType::Mention
            || tokens[h.at].folded != "geraakt"
            || h.at == range.start
            || !matches!(
                tokens[h.at - 1].folded,
                "gewond" | "zwaargewond" | "lichtgewond" | "bekneld" | "vermist" | "betrokken"
            )
    });
    // Dutch "verlaten" is a withdrawal only with forces before it: not
    // people or a convoy that left ("Tienduizenden mensen verlieten het
    // dorp"), nor the adjective ("de verlaten straten").
    hits.retain(|h| {
        h.ty != EventType::Withdrawal
            || !matches!(tokens[h.at].folded, "verlaten" | "verlieten" | "verliet")
            || tokens[range.start..h.at]
                .iter()
                .any(|t| lexicon::is_armed_force(t.folded))
    });
    // Explosions heard in a fight are its sound, no deed of their own:
    // "Heavy fighting broke out in Khartoum, with gunfire and explosions
    // heard across the city". (Alone they stay an explosion: "Explosions
    // were heard in Kyiv".)
    if hits
        .iter()
        .any(|h| h.ty == EventType::ArmedClash && h.strength == Strength::Strong)
    {
        hits.retain(|h| {
            h.ty != EventType::Explosion
                || !tokens[h.at + h.len..(h.at + h.len + 3).min(range.end)]
                    .iter()
                    .any(|t| matches!(t.folded, "heard" | "gehoord"))
        });
    }
    // A kidnapping's participle before the one taken names a hostage, not
    // a deed: "Ontvoerde Nederlander vrijgelaten in Mali", "the kidnapped
    // aid worker was freed". (Not the verb: "Gunmen kidnapped Dutch aid
    // worker", "werd ontvoerd".)
    hits.retain(|h| {
        if h.ty != EventType::Abduction
            || !matches!(
                tokens[h.at].folded,
                "ontvoerde" | "kidnapped" | "abducted" | "gijzelde"
            )
        {
            return true;
        }
        let opens = h.at == range.start
            || matches!(
                tokens[h.at - 1].folded,
                "the" | "de" | "het" | "a" | "an" | "een" | "two" | "twee" | "three" | "drie"
            );
        let taken = tokens
            .get(h.at + 1)
            .filter(|_| h.at + 1 < range.end)
            .is_some_and(|n| {
                lexicon::is_victim_noun(n.folded)
                    || lexicon::is_people_noun(n.folded)
                    || lexicon::demonym(n.folded).is_some()
                    || n.cap
                    || matches!(
                        n.folded,
                        "aid" | "hulpverlener" | "hostage" | "hostages" | "girls" | "meisjes"
                    )
            });
        !(opens && taken)
    });
    // A bomb its bearer sets off dying is a suicide bomb: "a suicide car
    // bomb", "a suicide truck bomb".
    for h in hits.iter_mut() {
        // (The bomb's vehicle may stand between: "truck bomb" is no cue of
        // its own, "bomb" is.)
        let vehicle = |k: usize| {
            matches!(
                tokens[k].folded,
                "truck" | "lorry" | "tanker" | "van" | "motorbike" | "motorcycle" | "vehicle"
            )
        };
        if h.ty == EventType::Explosion
            && h.at > range.start
            && (tokens[h.at - 1].folded == "suicide"
                || (h.at > range.start + 1
                    && vehicle(h.at - 1)
                    && tokens[h.at - 2].folded == "suicide"))
        {
            h.ty = EventType::SuicideBomb;
        }
    }
    // Escaping violence is flight, not a breakout: "as they attempted to
    // cross the Euphrates River to escape fighting", "trying to escape the
    // bombardment". (An escape from a prison or a camp names no violence
    // after it.)
    // (The violence fled, beside a deed of violence the sentence tells,
    // is its background, and its place the deed's: "A Russian airstrike
    // killed at least 38 civilians … as they attempted to … escape
    // fighting in … Deir az-Zour region" is an air strike in Deir ez-Zor
    // with its toll, not fighting.)
    let fled = |h: &CueHit| {
        h.ty == EventType::Escape
            || (h.ty == EventType::Displacement
                && matches!(
                    tokens[h.at].folded,
                    "fled" | "flee" | "fleeing" | "vluchten" | "vluchtten" | "vluchtte"
                ))
    };
    // (Flight, the violence fled.)
    let pairs: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| fled(h))
        .filter_map(|h| {
            let from = h.at + h.len;
            // (Violence escaped is the verb's object: "escape the
            // bombardment". Escaping during it is a breakout: "zijn
            // ontsnapt bij een aanval op de Ghwayran-gevangenis".)
            hits.iter()
                .find(|v| {
                    v.ty.is_violent()
                        && v.at >= from
                        && v.at <= from + 2
                        && !tokens[from..v.at].iter().any(|t| {
                            matches!(
                                t.folded,
                                "bij" | "tijdens" | "during" | "in" | "amid" | "na" | "after"
                            )
                        })
                })
                .map(|v| (h.at, v.at))
        })
        .collect();
    if !pairs.is_empty() {
        let background = |at: usize| pairs.iter().any(|&(_, v)| v == at);
        let deed = hits
            .iter()
            .find(|h| h.ty.is_violent() && !background(h.at))
            .map(|h| h.ty);
        for h in hits.iter_mut() {
            if h.ty == EventType::Escape && pairs.iter().any(|&(f, _)| f == h.at) {
                h.ty = EventType::Displacement;
            }
            if let Some(ty) = deed
                && background(h.at)
            {
                h.ty = ty;
            }
        }
    }
    // Stones or firebombs thrown are a riot, whoever throws them, when
    // thrown at the police: "In Rotterdam gooiden jongeren met stenen naar
    // de politie", "youths threw stones at police" (ACLED's violent
    // demonstration, or mob violence without a protest).
    hits.retain(|h| {
        h.ty != EventType::Riot
            || !(throwing(tokens[h.at].folded) || tokens[h.at].folded == "wierpen")
            || tokens[h.at + 1..(h.at + 10).min(range.end)]
                .iter()
                .any(|t| lexicon::is_police_word(t.folded) || matches!(t.folded, "me" | "officers"))
    });
    // One person who fought, or the narrator's "we", tells a life, not a
    // battle: "a man … who fought in Raqqa in 2015", "toen we bij Aleppo
    // vochten", "Volgens justitie vocht hij mee bij gevechten rond Raqqa".
    // (The verb, and the fighting he took part in after it; not the noun
    // alone: "he said fighting continued".)
    let person_fought = |at: usize| {
        let w = tokens[at].folded;
        let english = matches!(w, "fought" | "battled");
        if !(english || matches!(w, "vocht" | "vochten" | "gevochten")) {
            return false;
        }
        // (Dutch puts the subject right after the verb of a main clause
        // that opens with something else: "vocht hij".)
        if !english
            && tokens[at + 1..range.end]
                .first()
                .is_some_and(|t| matches!(t.folded, "hij" | "ik" | "we" | "wij"))
        {
            return true;
        }
        let first = range.start;
        // (English: the pronoun right before the verb, or before one
        // adverb or auxiliary; Dutch: anywhere earlier in the clause, as a
        // subordinate clause puts the verb last.)
        let reach = if english { 2 } else { 6 };
        let person = (at.saturating_sub(reach).max(first)..at).rev().find(|&k| {
            matches!(
                tokens[k].folded,
                "he" | "she" | "i" | "we" | "hij" | "ik" | "wij"
            )
        });
        person.is_some_and(|k| {
            (k..at).all(|x| tokens[x].joined)
                && (!english
                    || k + 1 == at
                    || matches!(
                        tokens[k + 1].folded,
                        "also" | "later" | "then" | "had" | "has" | "have" | "once"
                    ))
        })
    };
    if let Some(verb) = hits
        .iter()
        .find(|h| h.ty == EventType::ArmedClash && person_fought(h.at))
        .map(|h| h.at)
    {
        // (The battles he fought in stand within six words after the
        // verb: "vocht mee bij gevechten", "fought in the battles".)
        hits.retain(|h| h.ty != EventType::ArmedClash || h.at < verb || h.at > verb + 6);
    }
    // A bombing told with a bomb set off on the ground, and no aircraft,
    // is that bomb's: "Bombing of Syrian bus convoy kills dozens … A bomb
    // blast hit a bus convoy" (a headline run into its lead).
    let bombing = |h: &CueHit| {
        h.ty == EventType::Airstrike
            && matches!(tokens[h.at].folded, "bombing" | "bombings" | "bombed")
    };
    if let Some(ground) = hits
        .iter()
        .find(|h| matches!(h.ty, EventType::Explosion | EventType::SuicideBomb))
        .map(|h| h.ty)
        && hits.iter().any(bombing)
        && !words.iter().any(|t| {
            lexicon::is_aircraft(t.folded) || matches!(t.folded, "air" | "airstrike" | "airstrikes")
        })
    {
        for h in hits.iter_mut() {
            if bombing(h) {
                h.ty = ground;
            }
        }
    }
    // An attack, a shelling or fighting "from the air" is an air strike:
    // "werd vanuit de lucht bestookt", "was attacked from the air" (the
    // phrase within six words of the cue).
    let pounding = |h: &CueHit| {
        matches!(
            h.ty,
            EventType::Attack | EventType::ArmedClash | EventType::Shelling
        )
    };
    // (Looked for only beside such a cue: most sentences have none.)
    if hits.iter().any(pounding)
        && let Some(air) = (range.start + 2..range.end).find(|&k| {
            let (a, b) = (tokens[k - 2].folded, tokens[k - 1].folded);
            (tokens[k].folded == "air" && a == "from" && b == "the")
                || (tokens[k].folded == "lucht" && matches!(a, "vanuit" | "uit") && b == "de")
        })
    {
        for h in hits.iter_mut() {
            if pounding(h) && h.at + 8 >= air && air + 6 >= h.at {
                h.ty = EventType::Airstrike;
            }
        }
    }
    // (And so is the blast or the attack its sentence tells: "A suicide
    // bomber has detonated an explosive vest on a bus", "a suicide bomb
    // blast struck al-Dumayr".)
    if hits.iter().any(|h| h.ty == EventType::SuicideBomb) {
        for h in hits.iter_mut() {
            if matches!(h.ty, EventType::Explosion | EventType::Attack) {
                h.ty = EventType::SuicideBomb;
            }
        }
    }
    // Armed men who kill ("fighters killed", "militants kill") do so only
    // with an object right after the verb: "IS fighters killed at least
    // 20 farmers", not "31 IS militants killed in northern Syria" nor
    // "The fighters killed on Thursday were …", who died.
    hits.retain(|h| {
        if h.ty != EventType::Attack
            || h.len != 2
            || !lexicon::is_irregular_force(tokens[h.at].folded)
            || !tokens[h.at + 1].folded.starts_with("kill")
        {
            return true;
        }
        // (Nor armed men named after "by": "Mines planted by the militants
        // killed two SDF fighters" is the mines' deed.)
        if (h.at.saturating_sub(2).max(range.start)..h.at)
            .any(|b| matches!(tokens[b].folded, "by" | "door"))
        {
            return false;
        }
        // (Not a number of the wounded: "25 YPG Fighters Killed 110
        // Injured", a headline's.)
        let wounded_after = tokens[h.at + 3..range.end]
            .first()
            .is_some_and(|t| lexicon::is_not_death(t.folded));
        tokens[h.at + 2..range.end].first().is_some_and(|t| {
            (t.class & lexicon::class::NUMBER != 0 && !wounded_after)
                || matches!(
                    t.folded,
                    "a" | "an" | "the" | "at" | "more" | "some" | "about" | "nearly"
                )
                || lexicon::is_victim_noun(t.folded)
                || lexicon::is_possessive(t.folded)
                // (Or a name: "Turkish-backed fighters killed Hevrin
                // Khalaf", "killed Kurdish politician …". Not a day's or a
                // month's: "The fighters killed Sunday were …".)
                || (t.cap
                    && lexicon::weekday(t.folded).is_none()
                    && lexicon::month(t.folded).is_none())
        })
    });
    // People demonstrate in a place, against or over something;
    // "demonstrated that", "demonstrated its strength" is showing.
    hits.retain(|h| {
        if h.ty != EventType::Protest
            || !matches!(tokens[h.at].folded, "demonstrated" | "demonstrating")
        {
            return true;
        }
        tokens[h.at + 1..range.end].first().is_none_or(|n| {
            matches!(
                n.folded,
                "in" | "at"
                    | "outside"
                    | "near"
                    | "on"
                    | "against"
                    | "over"
                    | "for"
                    | "across"
                    | "throughout"
                    | "after"
                    | "before"
                    | "peacefully"
            )
        })
    });
    // A vehicle rammed into people is an attack; one rammed into a pier,
    // a tree or a wall is an accident: "rammed his car into pedestrians",
    // "into a crowd" (people named within two words of "into").
    hits.retain(|h| {
        if h.ty != EventType::Attack || tokens[h.at].folded != "rammed" {
            return true;
        }
        // (The cue's last word is its "into".)
        let into = h.at + h.len - 1;
        tokens[into + 1..range.end.min(into + 3)].iter().any(|t| {
            lexicon::is_victim_noun(t.folded)
                || matches!(t.folded, "crowd" | "crowds" | "pedestrians" | "worshippers")
        })
    });
    // A drone strikes only with a verb of attack or killing just after it
    // ("a coalition drone struck a car", "een drone doodde"); a drone that
    // films or is shot down is none. People take to the street ("gingen de
    // straat op") with a verb of going; "stak de straat op een zebrapad
    // over" is no protest.
    // A weapon made, kept or defended against is no attack: "destroyed a
    // rocket factory", "missile defences", "een raketfabriek". (A Dutch
    // compound is at least "bom" and "test" long.)
    // Fighting, a war or a fire "broke out": it began, nobody escaped.
    // People break out "of" a prison.
    // An aid convoy or inspectors entering a town is no offensive: "a
    // 48-truck aid convoy entered regime-besieged Talbiseh".
    // "Fighting positions" are places held, not fighting.
    // (One pass over the hits for all of these.)
    hits.retain(|h| {
        let w = tokens[h.at].folded;
        let next = tokens[h.at + h.len..range.end].first().map(|t| t.folded);
        let weapon_held = h.len == 1
            && matches!(
                h.ty,
                EventType::Shelling | EventType::Explosion | EventType::Airstrike
            )
            && (next.is_some_and(lexicon::is_weapon_holder)
                || (w.len() >= 7 && lexicon::ends_in_weapon_holder(w)));
        let broke_out =
            h.ty == EventType::Escape && w == "broke" && !matches!(next, Some("of" | "from"));
        // Going in is an offensive by forces only: not "Syrian refugees
        // entered Kilis", "an aid convoy entered Douma" ([`civilians_before`];
        // "convoys" and a "team" up to four words before).
        let aid_entered = h.ty == EventType::GroundOffensive
            && w == "entered"
            && (civilians_before(words, h.at - range.start)
                || tokens[range.start..h.at]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|t| matches!(t.folded, "convoys" | "team")));
        let positions = h.ty == EventType::ArmedClash
            && w == "fighting"
            && matches!(next, Some("positions" | "position"));
        if weapon_held || broke_out || aid_entered || positions {
            return false;
        }
        if h.ty == EventType::Airstrike && h.len == 1 && matches!(w, "drone" | "drones") {
            // (Or one fired or launched at something: "Houthi rebels fired
            // a drone at Abha airport".)
            let fired = tokens[range.start..h.at]
                .iter()
                .rev()
                .take(3)
                .any(|t| matches!(t.folded, "fired" | "launched" | "lanceerden" | "vuurden"))
                && tokens[h.at + 1..range.end]
                    .iter()
                    .take(2)
                    .any(|t| matches!(t.folded, "at" | "on" | "op" | "towards"));
            if fired {
                return true;
            }
            // (Dutch puts the perfect's participle last: "Een Amerikaanse
            // drone heeft dinsdag bij Idlib een auto getroffen".)
            let perfect = tokens[h.at + 1..range.end]
                .iter()
                .take(2)
                .any(|t| matches!(t.folded, "heeft" | "hebben"));
            let reach = if perfect { 10 } else { 4 };
            // (Or, inverted, right before it: "Ook rond Kobani sloegen
            // drones in", "troffen drones een auto".)
            let hit_verb = |w: &str| {
                matches!(
                    w,
                    "sloeg" | "sloegen" | "ingeslagen" | "trof" | "troffen" | "raakte" | "raakten"
                )
            };
            if h.at > range.start && hit_verb(tokens[h.at - 1].folded) {
                return true;
            }
            // ("Oekraïense drones vielen maandag Moskou aan": attacked,
            // not "viel neer", crashed.)
            let attacked = |k: usize| {
                matches!(tokens[k].folded, "vielen" | "viel")
                    && tokens[k + 1..range.end.min(k + 6)]
                        .iter()
                        .any(|t| t.folded == "aan")
            };
            if (h.at + 1..range.end.min(h.at + 1 + reach)).any(attacked) {
                return true;
            }
            return tokens[h.at + 1..range.end].iter().take(reach).any(|t| {
                hit_verb(t.folded)
                    || lexicon::is_attack_verb(t.folded)
                    || matches!(
                        t.folded,
                        "hit"
                            | "hits"
                            | "killed"
                            | "kills"
                            | "doodde"
                            | "doodden"
                            | "trof"
                            | "troffen"
                            | "getroffen"
                            | "raakte"
                            | "raakten"
                            | "geraakt"
                    )
            });
        }
        if h.ty == EventType::Protest && matches!(w, "straat" | "straten") {
            // (The verb in one word with the particle: "zijn … de straat
            // opgegaan".)
            if h.len == 2 && matches!(tokens[h.at + 1].folded, "opgegaan" | "opgingen" | "opgaan") {
                return true;
            }
            // (The participle after it too: "zijn … de straat op gegaan".)
            let after = &tokens[h.at + h.len..(h.at + h.len + 2).min(range.end)];
            return tokens[range.start..h.at]
                .iter()
                .rev()
                .take(6)
                .chain(after)
                .any(|t| {
                    matches!(
                        t.folded,
                        "gingen"
                            | "ging"
                            | "gaan"
                            | "gaat"
                            | "gegaan"
                            | "trokken"
                            | "trok"
                            | "trekken"
                            | "getrokken"
                            | "kwamen"
                            | "komen"
                            | "gekomen"
                    )
                });
        }
        true
    });
    // Gunmen who shoot soldiers or fighters dead fight them: "Two soldiers
    // were gunned down at a checkpoint near Daraa" is a clash, as ACLED
    // codes an attack on armed men; a civilian shot dead suffers violence
    // against civilians. (Not the killers, in a phrase of "by": "door
    // Turks-gezinde strijders … doodgeschoten".)
    // (In English the active verb's victims stand after it: in "Iraqi
    // security forces shot dead four civilians" the forces are the
    // killers.)
    // (Armed men who kill, "fighters killed", "gunmen shot", kill those
    // after the verb too.)
    for h in hits.iter_mut() {
        let w = tokens[h.at].folded;
        let armed_men = h.len == 2 && lexicon::is_irregular_force(w);
        let active = armed_men
            || (w != "doodgeschoten"
                && !(h.at.saturating_sub(2).max(range.start)..h.at).any(|b| {
                    matches!(
                        tokens[b].folded,
                        "was" | "were" | "been" | "being" | "is" | "are" | "got" | "get"
                    )
                }));
        // (The Dutch active perfect puts them between its auxiliary and
        // the participle: "Een scherpschutter van het Syrische leger heeft
        // … twee kinderen doodgeschoten".)
        let perfect = (w == "doodgeschoten")
            .then(|| {
                (range.start..h.at)
                    .rev()
                    .find(|&b| matches!(tokens[b].folded, "heeft" | "hebben"))
            })
            .flatten();
        let victims = if let Some(aux) = perfect {
            aux + 1..h.at
        } else if active {
            h.at + h.len..range.end
        } else {
            range.start..h.at
        };
        if h.ty == EventType::Attack
            && shooting_cue(tokens, h)
            && victims.clone().any(|k| {
                lexicon::is_force_word(tokens[k].folded)
                    && !(k.saturating_sub(3).max(range.start)..k)
                        .any(|b| matches!(tokens[b].folded, "by" | "door"))
            })
        {
            h.ty = EventType::ArmedClash;
        }
    }
    // Fire opened on people is an attack on civilians: "opened fire on
    // protesters in Baghdad", "openden het vuur op een café"; on fighters
    // a clash. The protesters fired on are its victims: their protest is
    // that attack's, which carries the dead, not a second event. (The
    // words where the victims stand, for each such attack.)
    let mut fired_on: Vec<std::ops::Range<usize>> = Vec::new();
    for h in hits.iter_mut() {
        let victims = h.at + h.len..(h.at + h.len + 4).min(range.end);
        if h.ty == EventType::ArmedClash
            // (The Dutch perfect's cue starts at its noun: "hebben het
            // vuur geopend in een kerk".)
            && matches!(tokens[h.at].folded, "opened" | "openden" | "opende" | "vuur")
            && tokens[victims.clone()]
                .iter()
                .any(|t| lexicon::is_civilian_target(t.folded))
        {
            // (Protesters fired on by the state's forces suffer its
            // excessive force: "Security forces opened fire on protesters
            // in Baghdad".)
            let protesters = tokens[victims.clone()]
                .iter()
                .any(|t| lexicon::is_protester_word(t.folded));
            h.ty = if protesters && state_forces(tokens, range.clone()) {
                EventType::ProtestForce
            } else {
                EventType::Attack
            };
            fired_on.push(victims);
        }
    }
    if !fired_on.is_empty() {
        hits.retain(|h| {
            !(h.ty == EventType::Protest && fired_on.iter().any(|r| r.contains(&h.at)))
        });
    }
    // An attack on a town told only by the civilians it killed is one on
    // them, no battle: "Bij een aanval van Islamitische Staat op de stad
    // Kobani zijn in twee dagen tijd minstens 146 burgers gedood". (Not
    // with fighters named: "an attack on army positions killed 12
    // soldiers and three civilians".)
    let generic_clash = |h: &CueHit| {
        h.ty == EventType::ArmedClash && lexicon::is_generic_attack_word(tokens[h.at].folded)
    };
    if hits.iter().any(generic_clash) {
        let words = &tokens[range.clone()];
        let civilians = || {
            words
                .iter()
                .any(|t| matches!(t.folded, "burgers" | "civilians" | "burgerslachtoffers"))
        };
        let fighters = || {
            words.iter().any(|t| {
                lexicon::is_force_word(t.folded)
                    || lexicon::is_armed_force(t.folded)
                    || lexicon::is_military_object(t.folded)
            })
        };
        if civilians() && has_death_word(tokens, range.clone()) && !fighters() {
            // (Not a state's, named by its people: "Bij de Turkse aanvallen
            // op Noord-Syrië", its war's strikes and shells.)
            let state = |h: &CueHit| {
                (h.at.saturating_sub(2).max(range.start)..h.at).any(|k| {
                    lexicon::demonym(tokens[k].folded).is_some()
                        || matches!(tokens[k].folded, "regime" | "government" | "army" | "leger")
                })
            };
            for h in hits.iter_mut() {
                if generic_clash(h) && !state(h) {
                    h.ty = EventType::Attack;
                }
            }
        }
    }
    // Fire opened with no one named after it, on people told killed before
    // it, is an attack on them: "at least 10 people were killed on
    // Wednesday while queuing for bread when Russian forces opened fire".
    // (Not when fighters are named, besides the shooters right before the
    // verb.)
    for h in hits.iter_mut() {
        if h.ty != EventType::ArmedClash
            || tokens[h.at].folded != "opened"
            || tokens[h.at + h.len..range.end]
                .first()
                .is_some_and(|t| matches!(t.folded, "on" | "at"))
        {
            continue;
        }
        let shooters = h.at.saturating_sub(3).max(range.start);
        let people = tokens[range.start..shooters].iter().any(|t| {
            lexicon::is_civilian_target(t.folded) || matches!(t.folded, "people" | "persons")
        });
        let fighters = tokens[range.start..shooters]
            .iter()
            .chain(&tokens[h.at + h.len..range.end])
            .any(|t| lexicon::is_force_word(t.folded));
        if people && !fighters {
            h.ty = EventType::Attack;
        }
    }
    // "bomb" after "to" or a modal verb, or "carpet", or right after the
    // aircraft that do it ("Jets bomb Idlib", a headline's present tense),
    // is a verb: aircraft bomb ("to bomb purported ISIS positions"); a bomb,
    // a noun, explodes.
    for h in hits.iter_mut() {
        if h.ty == EventType::Explosion
            && tokens[h.at].folded == "bomb"
            && h.at > range.start
            && (matches!(
                tokens[h.at - 1].folded,
                "to" | "will" | "would" | "could" | "can" | "carpet"
            ) || lexicon::is_aircraft(tokens[h.at - 1].folded))
        {
            h.ty = EventType::Airstrike;
        }
    }
    // Missiles and rockets that aircraft fire are air strikes: "Israeli
    // jets fired missiles at a base near Homs", "raketten afgevuurd door
    // Russische gevechtsvliegtuigen". Those fired at aircraft are air
    // defence, no strike on the ground: "after it fired a missile at
    // Israeli jets".
    let missile =
        |h: &CueHit| h.ty == EventType::Shelling && lexicon::is_missile(tokens[h.at].folded);
    let at_aircraft = |h: &CueHit| {
        (h.at + h.len..(h.at + h.len + 2).min(range.end))
            .find(|&k| matches!(tokens[k].folded, "at" | "op"))
            .is_some_and(|k| {
                (k + 1..(k + 4).min(range.end)).any(|j| lexicon::is_aircraft(tokens[j].folded))
            })
    };
    hits.retain(|h| !(missile(h) && at_aircraft(h)));
    // (So is any shelling by aircraft: "shelling Saturday by a U.S. drone
    // on Raqqa".)
    for h in hits.iter_mut() {
        if h.ty != EventType::Shelling {
            continue;
        }
        let fires = |k: usize| {
            lexicon::is_aircraft(tokens[k].folded)
                && !(k > range.start && matches!(tokens[k - 1].folded, "at" | "on" | "op"))
        };
        let before = || (h.at.saturating_sub(5).max(range.start)..h.at).any(fires);
        let by = (h.at + 1..(h.at + 5).min(range.end))
            .find(|&k| matches!(tokens[k].folded, "by" | "from" | "door" | "vanuit"))
            .is_some_and(|k| (k + 1..(k + 5).min(range.end)).any(fires));
        if by || (missile(h) && before()) {
            h.ty = EventType::Airstrike;
        }
    }
    // "raid(s)" carried out by aircraft are air strikes: "The Syrian
    // warplanes raided ISIL sites in Palmyra", "killed in raids by Russian
    // jets", and the coalition's ("Coalition raids kill 35 ISIL fighters").
    // (Special forces landing by helicopter stay a raid.)
    // (Every raid cue a word of "raid": none of special forces.)
    // So are attacks by an air force: "De Israëlische luchtmacht heeft
    // doelen bij Damascus aangevallen".
    let aircraft = || {
        words.iter().enumerate().any(|(k, t)| {
            // (Not suicide bombers, who fly nothing: "Two suicide bombers
            // and gunmen attacked crowds".)
            (lexicon::is_aircraft(t.folded)
                && !(matches!(t.folded, "bombers" | "bomber")
                    && k > 0
                    && words[k - 1].folded == "suicide"))
                // (Not the coalition as a source: "wounding several SDF
                // fighters, the coalition said".)
                || (matches!(t.folded, "coalition" | "luchtmacht")
                    && !words.get(k + 1).is_some_and(|n| {
                        matches!(
                            n.folded,
                            "said" | "says" | "stated" | "zei" | "zegt" | "meldt" | "meldde"
                        )
                    }))
                || (t.folded == "air"
                    && words
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.folded, "force" | "forces")))
        })
    };
    // Raids that no force on the ground carries out are from the air, as
    // wire copy writes them: "Ten Russian raids hit the city of Raqqa",
    // "killed in raids on Kafr Takharim", "Israeli raids" (not "raids by
    // special forces", "troops raided", "military raids", raids on houses
    // or with arrests; nor one raid, which is as often the ground assault
    // told before: "the death toll from the raid rose to 115").
    let ground = || {
        words.iter().enumerate().any(|(k, t)| {
            let w = t.folded;
            let raider = lexicon::is_state_force(w)
                || lexicon::is_irregular_force(w)
                || matches!(
                    w,
                    "special" | "speciale" | "ground" | "forces" | "military" | "militaire"
                )
                || w.starts_with("commando");
            // (The raiders before the raid; anyone after it may be its
            // dead: "killing at least 31 jihadists". Nor those killed
            // before it: "10 Syrian soldiers killed in Israeli raids".)
            // (Not those who killed: "Islamic State militants killed more
            // than 200 people in … suicide bombings and raids", the verb's
            // object after it.)
            let victims = || {
                words[k + 1..]
                    .iter()
                    .take(2)
                    .position(|n| matches!(n.folded, "killed" | "dead" | "died" | "wounded"))
                    .is_some_and(|d| {
                        !words.get(k + 2 + d).is_some_and(|o| {
                            o.class & lexicon::class::NUMBER != 0
                                || matches!(o.folded, "more" | "at" | "dozens" | "scores")
                        })
                    })
            };
            // (Militants have no aircraft: their raids are on the ground
            // however far they are named before them.)
            let reach = if lexicon::is_irregular_force(w) {
                14
            } else {
                6
            };
            (raider
                && !victims()
                && hits.iter().any(|h| {
                    h.ty == EventType::Raid
                        && range.start + k < h.at
                        && h.at - (range.start + k) <= reach
                }))
                || matches!(
                    w,
                    "house"
                        | "home"
                        | "homes"
                        | "compound"
                        | "hideout"
                        | "arrested"
                        | "detained"
                        | "arrests"
                        | "door"
                )
        })
    };
    let mut raids = hits.iter().filter(|h| h.ty == EventType::Raid).peekable();
    if raids.peek().is_some()
        && raids.all(|h| matches!(tokens[h.at].folded, "raid" | "raids" | "raided"))
        && (aircraft()
            || (hits
                .iter()
                .filter(|h| h.ty == EventType::Raid)
                .all(|h| tokens[h.at].folded == "raids")
                && !ground()))
    {
        for h in hits.iter_mut() {
            if h.ty == EventType::Raid {
                h.ty = EventType::Airstrike;
            }
        }
    }
    // (And their pounding: "Assad's air force pounded the neighbourhood".)
    let attacks = |h: &CueHit| {
        h.strength == Strength::Weak
            && ((h.ty == EventType::ArmedClash
                && matches!(
                    tokens[h.at].folded,
                    "aanval" | "aanvallen" | "aangevallen" | "attack" | "attacks" | "attacked"
                ))
                || (h.ty == EventType::Shelling
                    && matches!(
                        tokens[h.at].folded,
                        "pounded"
                            | "pounding"
                            | "bestookt"
                            | "bestookten"
                            | "bestookte"
                            | "bestoken"
                    )))
    };
    // (Not the attack an air strike avenges, in its own phrase, unless
    // aircraft are named there: "jets bombed Afrin in retaliation for an
    // attack in Kilis"; "in response to an attack on al-Tanf, in which
    // drones targeted a compound" is one from the air.)
    let avenged = |h: &CueHit| {
        (range.start..h.at)
            .rev()
            .find(|&j| super::deaths::avenge_word(tokens, j))
            .is_some_and(|j| {
                !tokens[j..range.end]
                    .iter()
                    .any(|t| lexicon::is_aircraft(t.folded))
            })
    };
    if hits.iter().any(attacks) && aircraft() {
        for h in hits.iter_mut().filter(|h| attacks(h) && !avenged(h)) {
            h.ty = EventType::Airstrike;
        }
    }
    // An attack on people or places of civilians by men not told as a
    // force of war is ACLED's attack on civilians, not a clash: "gunmen
    // attacked a hotel popular with Chinese businessmen", "een aanval op
    // een markt", "gunmen … killed at least 30 people in an attack on a
    // village". (A village only by gunmen or bandits: rebels attack one
    // an army holds.)
    let by_gunmen = || {
        range.clone().any(|k| {
            matches!(
                tokens[k].folded,
                "gunmen" | "gunman" | "bandits" | "schutters" | "bandieten"
            )
        })
    };
    let sure = hits
        .iter()
        .any(|h| h.strength == Strength::Strong && h.ty.is_violent());
    for h in hits.iter_mut() {
        if h.strength != Strength::Weak
            || h.ty != EventType::ArmedClash
            // (The cue's last word: "gunmen attacked" is one cue.)
            || !matches!(
                tokens[h.at + h.len - 1].folded,
                "attack" | "attacks" | "attacked" | "aanval" | "aanvallen" | "aangevallen"
            )
        {
            continue;
        }
        let target = (h.at + h.len..(h.at + h.len + 4).min(range.end)).find(|&k| {
            let w = tokens[k].folded;
            lexicon::is_civilian_target(w) || (matches!(w, "village" | "dorp") && by_gunmen())
        });
        // (Right after the word or its preposition and article: "attacked
        // a hotel", "attack on the market"; not a target further on, "an
        // attack on army posts near a school".)
        // (Nor a school "being used as a base by the Kurds": a post.)
        let post = |k: usize| {
            (k + 1..(k + 8).min(range.end)).any(|b| {
                matches!(
                    tokens[b].folded,
                    "base" | "basis" | "headquarters" | "hoofdkwartier" | "post" | "position"
                )
            })
        };
        if target.is_some_and(|k| {
            !post(k)
                && (h.at + h.len..k).all(|b| {
                    matches!(
                        tokens[b].folded,
                        "on" | "op"
                            | "a"
                            | "an"
                            | "the"
                            | "een"
                            | "de"
                            | "het"
                            | "crowded"
                            | "busy"
                            | "drukke"
                            | "druk"
                            | "local"
                            | "packed"
                    )
                })
        }) {
            h.ty = EventType::Attack;
            // (Told with one place of civilians as its target, the deed
            // is as sure as a named one: "een aanval op een moskee in het
            // noordwesten van Nigeria". Not people in general, "stopping
            // attacks on civilians"; nor beside a surer cue, "a rebel
            // rocket attack on a school".)
            let place = target.is_some_and(|k| {
                lexicon::is_civilian_place(tokens[k].folded)
                    && matches!(
                        tokens[k - 1].folded,
                        "a" | "an" | "een" | "the" | "de" | "het"
                    )
            });
            if place && !sure {
                h.strength = Strength::Strong;
            }
        }
    }
    // Fire by armed men at a vehicle, a post or civilians ("De bus werd
    // … beschoten door jihadisten", "Strijders beschoten een legerpost")
    // is gunfire, not artillery: a clash, or an attack on civilians when
    // it names them or their places and no force ("een bus met
    // pelgrims"). (Not with a gun of artillery: "Rebellen beschoten
    // Aleppo met mortiergranaten".)
    // (Armed men outside the state's forces, "jihadist" in any form.)
    let armed_men =
        |t: &Token| lexicon::is_irregular_force(t.folded) || t.folded.starts_with("jihadist");
    let fired = |h: &CueHit| {
        h.ty == EventType::Shelling
            && matches!(tokens[h.at].folded, "beschoten" | "beschoot" | "beschieten")
    };
    if hits.iter().any(fired)
        && hits.iter().all(|h| h.ty != EventType::Shelling || fired(h))
        && words.iter().any(armed_men)
    {
        let civilians = words.iter().any(|t| lexicon::is_civilian_target(t.folded))
            && !words.iter().any(|t| {
                lexicon::is_force_word(t.folded) && !lexicon::is_irregular_force(t.folded)
            });
        // (A clash when it names a vehicle or a post fired on; a town
        // fired on may be shelled.)
        let post = words.iter().any(|t| {
            matches!(
                t.folded,
                "konvooi"
                    | "voertuig"
                    | "voertuigen"
                    | "legerpost"
                    | "controlepost"
                    | "checkpoint"
                    | "patrouille"
                    | "vrachtwagen"
                    | "legervoertuig"
                    | "post"
            )
        });
        for h in hits.iter_mut() {
            if fired(h) && (civilians || post) {
                h.ty = if civilians {
                    EventType::Attack
                } else {
                    EventType::ArmedClash
                };
            }
        }
    }
    // Only fighters who surrender give up ground: not "a suspect
    // surrendered to police". (Dutch gives up itself, "gaven zich …
    // over", not something else: "gaven het woord over".)
    // ("hebben zich overgegeven": the participle with "zich" before it.)
    // (And ground taken over by forces: "heeft de stad Manbij overgenomen",
    // not "het bedrijf werd overgenomen".)
    let surrender = |w: &str| {
        matches!(
            w,
            "gaven" | "gaf" | "surrendered" | "overgegeven" | "overgenomen"
        )
    };
    if hits
        .iter()
        .any(|h| h.ty == EventType::TerritoryChange && surrender(tokens[h.at].folded))
    {
        // (Or a group by its name: "De SDF hebben … Raqqa overgenomen",
        // "de Syrische Democratische Strijdkrachten".)
        let fighters = words.iter().any(|t| {
            armed_men(t)
                || lexicon::is_force_word(t.folded)
                || lexicon::is_armed_group(t.folded, t.cap)
        });
        // (Not one man who gave himself up to them: "nadat hij zich bij
        // Baghuz had overgegeven aan de SDF", "he surrendered to the SDF".)
        let one_man = |h: &CueHit| {
            let he = |k: usize| matches!(tokens[k].folded, "hij" | "he" | "she");
            (range.start + 1..h.at)
                .any(|k| he(k - 1) && matches!(tokens[k].folded, "zich" | "had" | "has"))
                || (h.at > range.start && he(h.at - 1))
        };
        hits.retain(|h| {
            h.ty != EventType::TerritoryChange
                || !surrender(tokens[h.at].folded)
                || (fighters
                    && !one_man(h)
                    && match tokens[h.at].folded {
                        "surrendered" | "overgenomen" => true,
                        "overgegeven" => {
                            tokens[range.start..h.at].iter().any(|t| t.folded == "zich")
                        }
                        _ => tokens[h.at + 1..h.at + h.len]
                            .iter()
                            .any(|t| t.folded == "zich"),
                    })
        });
    }
    // Armed men who march march in: no protest ("Turkish troops marched into
    // Afrin").
    let marched = |h: &CueHit| {
        h.ty == EventType::Protest && matches!(tokens[h.at].folded, "marched" | "marcheerden")
    };
    if hits.iter().any(marched) {
        let armed = tokens[range.start..range.end]
            .iter()
            .any(|t| lexicon::is_armed_force(t.folded) || lexicon::is_force_word(t.folded));
        // (Into a place, they invade it: "Turkish troops marched into
        // Afrin", "marcheerden Afrin binnen".)
        for h in hits.iter_mut() {
            if armed
                && marched(h)
                && (h.at + 1..(h.at + 5).min(range.end))
                    .any(|k| matches!(tokens[k].folded, "into" | "binnen"))
            {
                h.ty = EventType::GroundOffensive;
            }
        }
        hits.retain(|h| !(armed && marched(h)));
    }
    // Drones that "vielen … aan" strike: the attack word is theirs, no
    // clash of its own ("Oekraïense drones vielen maandag Moskou aan").
    if let Some(d) = hits
        .iter()
        .find(|h| h.ty == EventType::Airstrike && matches!(tokens[h.at].folded, "drone" | "drones"))
        .map(|h| h.at)
    {
        hits.retain(|h| {
            !(h.ty == EventType::ArmedClash
                && matches!(tokens[h.at].folded, "vielen" | "viel")
                && h.at > d
                && h.at <= d + 5)
        });
    }
    // Breaking out is escaping only from a prison: "Honderden gevangenen
    // braken uit een gevangenis", not "brak er brand uit", "brak de oorlog
    // uit".
    // (Also once typed a flight, beside violence: "In het kamp al-Hol brak
    // dinsdag een opstand uit; bewakers schoten twee vrouwen dood".)
    let broke_out = |h: &CueHit| {
        matches!(h.ty, EventType::Escape | EventType::Displacement)
            && matches!(tokens[h.at].folded, "braken" | "brak")
    };
    if hits.iter().any(broke_out) {
        let prison = words.iter().any(|t| {
            t.folded.starts_with("gevangen")
                || matches!(
                    t.folded,
                    "gedetineerden" | "cel" | "cellen" | "prison" | "prisoners" | "jail"
                )
        });
        hits.retain(|h| !broke_out(h) || prison);
    }
    // "battling" tells a battle only in the past progressive: "Israeli
    // forces were still battling Hamas gunmen … on Monday"; "a coalition
    // battling IS in northern Syria" says who they are.
    hits.retain(|h| {
        tokens[h.at].folded != "battling"
            || (h.at.saturating_sub(2).max(range.start)..h.at)
                .any(|b| matches!(tokens[b].folded, "were" | "was"))
    });
    // Markets lose per cent and currencies are attacked in words: "De
    // beurs in Istanbul verloor 5 procent", "na een aanval op de lira";
    // fans storm a pitch: "bestormden supporters het veld". None of these
    // is an event. (Supporters who protest are protesters: "Thousands of
    // protesters and militia supporters stormed the outer wall of the US
    // embassy".)
    let protest = hits.iter().any(|h| h.ty == EventType::Protest);
    hits.retain(|h| {
        let after = &tokens[h.at + h.len..(h.at + h.len + 4).min(range.end)];
        let market = matches!(
            h.ty,
            EventType::TerritoryChange | EventType::ArmedClash | EventType::Attack
        ) && after.iter().enumerate().any(|(j, t)| {
            // (Not a share of a place: "retaken more than 98 percent of
            // eastern Aleppo", "98 procent van Oost-Aleppo".)
            let of_place = || {
                let k = h.at + h.len + j;
                tokens[k + 1..range.end.min(k + 3)].len() == 2
                    && matches!(tokens[k + 1].folded, "of" | "van")
                    && (tokens[k + 2].cap
                        || lexicon::is_direction(tokens[k + 2].folded)
                        || matches!(
                            tokens[k + 2].folded,
                            "eastern" | "western" | "northern" | "southern"
                        ))
            };
            if matches!(t.folded, "procent" | "percent") {
                return !of_place();
            }
            matches!(
                t.folded,
                "lira"
                    | "euro"
                    | "dollar"
                    | "roebel"
                    | "rouble"
                    | "ruble"
                    | "valuta"
                    | "currency"
                    | "koers"
                    | "rente"
                    | "rentevoet"
                    | "aandelen"
                    | "shares"
            )
        });
        let pitch = h.ty == EventType::GroundOffensive
            && words.iter().any(|t| match t.folded {
                "veld" | "pitch" | "stadion" | "stadium" => true,
                "supporters" | "fans" => !protest,
                _ => false,
            });
        !(market || pitch)
    });
    // A raid in which armed men kill civilians is their attack on them:
    // "Boko Haram fighters killed 15 villagers in an overnight raid on a
    // village" (ACLED's attack, not a clash).
    if hits.iter().any(|h| h.ty == EventType::Attack) {
        for h in hits.iter_mut() {
            if h.ty == EventType::Raid {
                h.ty = EventType::Attack;
            }
        }
    }
    // An offensive's verb read again by the words after it (within
    // `reach`, in its sentence):
    // - forces that enter a place under a deal take it over without a
    //   fight, ACLED's non-violent transfer of territory: "Syrian
    //   government forces entered Daraa al-Balad on Wednesday under a
    //   Russian-brokered deal", "trokken het dorp binnen na een akkoord"
    //   (the deal within 24 words);
    // - men who storm a place of civilians attack it: "Gunmen stormed a
    //   Protestant church in … Djibo, killing 12 worshippers" (troops who
    //   storm a town, a base or a prison fight for ground; protesters who
    //   storm a parliament riot, which the protest tells).
    let protesters = hits.iter().any(|h| h.ty == EventType::Protest);
    for h in hits
        .iter_mut()
        .filter(|h| h.ty == EventType::GroundOffensive)
    {
        let within = |reach: usize, f: &dyn Fn(&str) -> bool| {
            (h.at + h.len..(h.at + h.len + reach).min(range.end)).any(|k| f(tokens[k].folded))
        };
        let verb = tokens[h.at].folded;
        // (Up to 24 words on, past what else they did and who said so:
        // "entered the town of Tabqa on Monday and were heading towards
        // Manbij, state media said, after Kurdish forces struck a deal with
        // Damascus". Not a deal broken: "despite the deal".)
        let deal = |w: &str| {
            matches!(
                w,
                "deal" | "agreement" | "akkoord" | "overeenkomst" | "afspraak" | "afspraken"
            )
        };
        if goes_in(tokens, h)
            && within(24, &deal)
            && !within(24, &|w| {
                matches!(w, "despite" | "ondanks" | "violating" | "schending")
            })
        {
            h.ty = EventType::Withdrawal;
        } else if !protesters
            && matches!(
                verb,
                "stormed" | "storming" | "bestormden" | "bestormde" | "bestormd"
            )
            && (within(4, &lexicon::is_civilian_place)
            // (The Dutch participle after its object: "hebben … een hotel
            // bestormd".)
            || (verb == "bestormd"
                && (h.at.saturating_sub(3).max(range.start)..h.at)
                    .any(|k| lexicon::is_civilian_place(tokens[k].folded))))
        {
            h.ty = EventType::Attack;
        }
    }
}

/// Is cue `c` one of going into a place: "entered", "binnengetrokken",
/// "trokken … binnen"? (Not "trok … terug", nor "trok … op richting", which
/// leave or advance.) What forces enter under a deal they take over
/// (`refine`); that place is the site ([`crate::pipeline`]'s step 1).
pub fn goes_in(tokens: &[Token], c: &CueHit) -> bool {
    matches!(
        tokens[c.at].folded,
        "entered" | "binnengetrokken" | "binnentrekken"
    ) || tokens[c.at + c.len - 1].folded == "binnen"
}

/// Does a cue of several words end at token `k` ("took control" of …)?
pub(super) fn cue_ends_at(tokens: &[Token], k: usize) -> bool {
    let from = k.saturating_sub(3);
    let words = &tokens[from..=k];
    (0..words.len()).any(|i| {
        lexicon::cues_starting_in(words[i].folded, words[i].bucket.into())
            .any(|c| lexicon::phrase_len_after_first(c.words, words, i) == Some(words.len() - i))
    })
}

/// Does a name follow the verb of losing at `i` ("lost Manbij"), or "the
/// town of" and a name ("lost the town of Manbij")? Not a demonym, a
/// weekday or a month ("lost Russian backing", "lost Sunday's match").
/// ("lost control of" is a cue of its own.)
fn lost_by_name(words: &[Token], i: usize) -> bool {
    let mut k = i + 1;
    if words.get(k).is_some_and(|t| t.folded == "the")
        && words
            .get(k + 1)
            .is_some_and(|t| lexicon::anaphor_noun(t.folded).is_some())
        && words.get(k + 2).is_some_and(|t| t.folded == "of")
    {
        k += 3;
    }
    words.get(k).is_some_and(|t| {
        named_object(t)
            && !(t.class & lexicon::class::DEMONYM != 0 && lexicon::demonym(t.folded).is_some())
    })
}

/// Does a verb's object start with a name at word `t`: a capital that is
/// no article, weekday or month ("fight Kurdish-led forces", "lost
/// Manbij"; not "lost Sunday's match")?
fn named_object(t: &Token) -> bool {
    t.cap && !crate::normalize::is_article(t.folded) && !day_or_month(t)
}

/// Is the word a weekday's or a month's name (by its date bit first)?
pub(super) fn day_or_month(t: &Token) -> bool {
    t.class & lexicon::class::DATE != 0
        && (lexicon::weekday(t.folded).is_some() || lexicon::month(t.folded).is_some())
}

/// The words up to six before word `i`.
fn before_six<'a>(words: &'a [Token<'a>], i: usize) -> &'a [Token<'a>] {
    &words[i.saturating_sub(6)..i]
}

/// Are civilians or those who bring help named just before word `i`, the
/// ones going in: "Syrian refugees entered", "an aid convoy entered", "UN
/// inspectors entered"?
fn civilians_before(words: &[Token], i: usize) -> bool {
    before_six(words, i).iter().any(|t| {
        matches!(
            t.folded,
            "civilians"
                | "people"
                | "mensen"
                | "burgers"
                | "refugees"
                | "migrants"
                | "families"
                | "residents"
                | "displaced"
                | "inspectors"
                | "aid"
                | "convoy"
                | "trucks"
                | "journalists"
                | "delegation"
                | "observers"
                | "vluchtelingen"
                | "hulpkonvooi"
                | "inspecteurs"
        )
    })
}

/// Are forces named just before word `i`: "ground forces", "troops",
/// "rebels"?
fn forces_before(words: &[Token], i: usize) -> bool {
    before_six(words, i).iter().any(|t| {
        lexicon::is_force_word(t.folded)
            || lexicon::is_state_force(t.folded)
            || lexicon::is_irregular_force(t.folded)
    })
}

/// Is the participle at `i` passive: "was destroyed", "were completely
/// destroyed", "werd het ziekenhuis dinsdag volledig verwoest"? (English
/// puts the auxiliary at most two words before it, Dutch at most six.)
fn passive_at(words: &[Token], i: usize) -> bool {
    let reach = if words[i].folded == "destroyed" { 2 } else { 6 };
    let from = i.saturating_sub(reach);
    words[from..i].iter().enumerate().any(|(j, t)| {
        matches!(
            t.folded,
            "was" | "were" | "been" | "werd" | "werden" | "wordt" | "worden" | "raakte" | "raakten"
        ) && !(from + j > 0
            && matches!(words[from + j - 1].folded, "that" | "which" | "die" | "dat"))
    })
}

/// Is "fight" at `i` a verb of the present with the other side as its
/// object: "tribes fight Kurdish-led forces", "Rebels fight government
/// troops"? Not a noun ("the fight against", "their fight for"), nor an
/// infinitive or what may be ("vowed to fight IS", "will fight").
fn fight_verb(words: &[Token], i: usize) -> bool {
    i > 0
        && !matches!(
            words[i - 1].folded,
            "to" | "the" | "a" | "their" | "its" | "his" | "her" | "our"
        )
        && !lexicon::is_modal(words[i - 1].folded)
        && !lexicon::is_auxiliary(words[i - 1].folded)
        && words
            .get(i + 1)
            .is_some_and(|t| named_object(t) || lexicon::is_force_word(t.folded))
}

/// [`lexicon::is_cue_word`] of a token: its class bit first, which most
/// words lack.
pub fn cue_word(t: &Token) -> bool {
    t.class & lexicon::class::CUE != 0 && lexicon::is_cue_word(t.folded)
}

/// Is the cue at `at` the complement of another noun: "bewijsmateriaal van
/// een dodelijke gifgasaanval", "reports of an air strike"? Or the object
/// of a reaction: "condemned the offensive", "kritiek op de inval"? (Articles
/// and up to two adjectives may stand between.)
pub fn is_complement(tokens: &[Token], at: usize) -> bool {
    if reaction_after(tokens, at) {
        return true;
    }
    let mut k = at;
    let mut steps = 0;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = tokens[k].folded;
        // (Nor a verb whose subject stands right before it: "hundreds of
        // people protested in Jenin".)
        if steps == 1 && lexicon::is_people_noun(w) {
            return false;
        }
        // (A cue that heads a phrase of its own is no complement: "was put
        // out of service by air strikes".)
        if matches!(
            w,
            "by" | "door" | "after" | "na" | "from" | "with" | "met" | "during" | "tijdens"
        ) {
            return false;
        }
        if matches!(w, "van" | "of") {
            return k > 0 && {
                let head = &tokens[k - 1];
                lexicon::is_content_word_of_class(head.folded, head.class)
                    && !cue_word(head)
                    && !head.cap
                    // (A volley of weapons is their attack: "a barrage of
                    // rockets", "een regen van granaten".)
                    && !matches!(
                        head.folded,
                        "barrage" | "barrages" | "salvo" | "salvos" | "volley" | "volleys"
                            | "hail" | "wave" | "waves" | "spervuur" | "regen" | "golf"
                            | "salvo's"
                    )
            };
        }
        // The object of a reaction: "In Brussels, EU ministers condemned
        // the offensive", "kritiek op de Turkse inval"; the reason for a
        // charge or a report: "aangifte gedaan wegens ontvoering".
        // (Past a participle too: "had kritiek geuit op de Turkse inval",
        // "criticism voiced over the offensive".)
        if lexicon::is_reaction(w)
            || w == "wegens"
            || (matches!(w, "op" | "on" | "over")
                && (1..=2).any(|b| k >= b && lexicon::is_reaction(tokens[k - b].folded)))
        {
            return true;
        }
        // What people protest against: "Thousands protested in Qamishli
        // against the incursion", "demonstreerden tegen de Turkse inval".
        if matches!(w, "against" | "tegen")
            && (1..=4).any(|b| {
                k >= b
                    && tokens[k - b].class & lexicon::class::CUE != 0
                    && lexicon::cues_starting(tokens[k - b].folded)
                        .any(|c| c.ty == EventType::Protest && c.words.len() == 1)
            })
        {
            return true;
        }
        // (A demonym is an adjective here: "de Turkse inval".)
        if (tokens[k].cap && lexicon::demonym_of_class(w, tokens[k].class).is_none())
            || cue_word(&tokens[k])
        {
            return false;
        }
    }
    false
}

/// Is the cue at `at` the object of a reaction told after it: the Dutch
/// participle at a clause's end ("De regering in Damascus heeft de aanslag
/// veroordeeld", "In Ankara werd de aanval scherp veroordeeld") or an
/// English passive ("the bombing was widely condemned")? Only auxiliaries
/// and adverbs of manner may stand between, with no punctuation: "de
/// aanslag, die door de VN werd veroordeeld, kostte 15 levens" is told for
/// itself.
pub(super) fn reaction_after(tokens: &[Token], at: usize) -> bool {
    let mut k = at;
    for _ in 0..4 {
        if !tokens[k].joined || k + 1 >= tokens.len() || tokens[k + 1].sentence_start {
            return false;
        }
        k += 1;
        let w = tokens[k].folded;
        if matches!(
            w,
            "veroordeeld"
                | "bekritiseerd"
                | "betreurd"
                | "gehekeld"
                | "afgekeurd"
                | "besproken"
                | "condemned"
                | "denounced"
                | "criticised"
                | "criticized"
                | "deplored"
                | "decried"
        ) {
            return true;
        }
        if !(lexicon::is_auxiliary(w)
            || matches!(
                w,
                "werden"
                    | "worden"
                    | "scherp"
                    | "fel"
                    | "sterk"
                    | "ook"
                    | "eveneens"
                    | "internationaal"
                    | "strongly"
                    | "widely"
                    | "also"
                    | "sharply"
                    | "internationally"
            ))
        {
            return false;
        }
    }
    false
}

/// Are cues `a` and `b` of one sentence told together: at one word, or
/// with at most two words between them, all "en"/"and"/"of"/"or"
/// ("luchtaanvallen en artillerievuur", "air strikes and shelling")? A cue
/// inside another's span, in a separable verb's gap ("trokken met tanks en
/// artillerie … binnen"), is not.
pub fn cues_joined(tokens: &[Token], a: &CueHit, b: &CueHit) -> bool {
    if a.at == b.at {
        return true;
    }
    let (a, b) = if a.at < b.at { (a, b) } else { (b, a) };
    let joining = |t: &Token| matches!(t.folded, "en" | "and" | "of" | "or");
    tokens.get(a.at + a.len..b.at).is_some_and(|between| {
        (between.len() <= 2 && between.iter().all(joining))
            // (Past whose the second is: "Heavy clashes and coalition air
            // strikes pounded Baghouz", "luchtaanvallen en Russische
            // beschietingen".)
            || (between.len() == 2
                && joining(&between[0])
                && (matches!(between[1].folded, "coalition" | "regime" | "government")
                    || lexicon::demonym(between[1].folded).is_some()))
    })
}
