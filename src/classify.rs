//! The classifier: what happened in a sentence, where, when, and how many
//! died.
//!
//! Takes the words of one sentence, the place mentions in it and the
//! article date. Gives the event cues the sentence carries (threats, plans,
//! fears and negations removed), the role of every mention (event site, near
//! the site, or not a site: speaker, origin, owner, reference point, part of
//! a name), the death count it reports, and the date it gives.
//!
//! Everything is rules over the word lists of [`crate::lexicon`]; each rule
//! is stated where it is applied and tested in `tests/classify.rs`.

use crate::article::PartialDate;
use crate::extract::{Mention, Sentence, Token};
use crate::gazetteer::{Kind, Place};
use crate::lexicon::{self, Strength};

/// What happened: eventmap's event types. See the README for the ACLED
/// mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventType {
    Airstrike,
    Shelling,
    Explosion,
    /// An explosive set off by one who dies with it: ACLED's "Suicide
    /// bomb".
    SuicideBomb,
    ChemicalAttack,
    ArmedClash,
    GroundOffensive,
    TerritoryChange,
    Withdrawal,
    Raid,
    Attack,
    Arrest,
    Escape,
    Displacement,
    Protest,
    /// A protest the state's forces break up, with tear gas, water
    /// cannon, batons or arrests, and no dead: ACLED's "Protest with
    /// intervention".
    ProtestIntervention,
    /// Force against protesters that kills: ACLED's "Excessive force
    /// against protesters".
    ProtestForce,
    Riot,
    Abduction,
    Casualties,
    Mention,
}

impl EventType {
    pub const ALL: [EventType; 21] = [
        EventType::Airstrike,
        EventType::Shelling,
        EventType::Explosion,
        EventType::SuicideBomb,
        EventType::ChemicalAttack,
        EventType::ArmedClash,
        EventType::GroundOffensive,
        EventType::TerritoryChange,
        EventType::Withdrawal,
        EventType::Raid,
        EventType::Attack,
        EventType::Arrest,
        EventType::Escape,
        EventType::Displacement,
        EventType::Protest,
        EventType::ProtestIntervention,
        EventType::ProtestForce,
        EventType::Riot,
        EventType::Abduction,
        EventType::Casualties,
        EventType::Mention,
    ];

    /// The code written to `event_type`.
    pub fn code(self) -> &'static str {
        match self {
            EventType::Airstrike => "airstrike",
            EventType::Shelling => "shelling",
            EventType::Explosion => "explosion",
            EventType::SuicideBomb => "suicide_bomb",
            EventType::ChemicalAttack => "chemical_attack",
            EventType::ArmedClash => "armed_clash",
            EventType::GroundOffensive => "ground_offensive",
            EventType::TerritoryChange => "territory_change",
            EventType::Withdrawal => "withdrawal",
            EventType::Raid => "raid",
            EventType::Attack => "attack",
            EventType::Arrest => "arrest",
            EventType::Escape => "escape",
            EventType::Displacement => "displacement",
            EventType::Protest => "protest",
            EventType::ProtestIntervention => "protest_intervention",
            EventType::ProtestForce => "excessive_force",
            EventType::Riot => "riot",
            EventType::Abduction => "abduction",
            EventType::Casualties => "casualties",
            EventType::Mention => "mention",
        }
    }

    /// ACLED event type and sub-event type, where ACLED has one.
    pub fn acled(self) -> (Option<&'static str>, Option<&'static str>) {
        const ERV: &str = "Explosions/Remote violence";
        match self {
            EventType::Airstrike => (Some(ERV), Some("Air/drone strike")),
            EventType::Shelling => (Some(ERV), Some("Shelling/artillery/missile attack")),
            EventType::Explosion => (Some(ERV), Some("Remote explosive/landmine/IED")),
            EventType::SuicideBomb => (Some(ERV), Some("Suicide bomb")),
            EventType::ChemicalAttack => (Some(ERV), Some("Chemical weapon")),
            EventType::ArmedClash | EventType::GroundOffensive | EventType::Raid => {
                (Some("Battles"), Some("Armed clash"))
            }
            // Which of ACLED's two sub-types applies depends on who took the
            // ground (a government or a non-state actor), which eventmap
            // does not code.
            EventType::TerritoryChange => (Some("Battles"), None),
            EventType::Withdrawal => (
                Some("Strategic developments"),
                Some("Non-violent transfer of territory"),
            ),
            EventType::Attack => (Some("Violence against civilians"), Some("Attack")),
            EventType::Arrest => (Some("Strategic developments"), Some("Arrests")),
            EventType::Escape => (Some("Strategic developments"), Some("Other")),
            EventType::Protest => (Some("Protests"), Some("Peaceful protest")),
            EventType::ProtestIntervention => (Some("Protests"), Some("Protest with intervention")),
            EventType::ProtestForce => {
                (Some("Protests"), Some("Excessive force against protesters"))
            }
            EventType::Riot => (Some("Riots"), Some("Violent demonstration")),
            EventType::Abduction => (
                Some("Violence against civilians"),
                Some("Abduction/forced disappearance"),
            ),
            EventType::Displacement | EventType::Casualties | EventType::Mention => (None, None),
        }
    }

    /// Does this type tell more precisely how an event of type `general`
    /// was carried out, so that both told of one place, date or incident
    /// are one event of this type? A suicide bomb is the blast told with it
    /// ("A suicide bomber struck a checkpoint in Hasakah … The blast killed
    /// 16"); force against protesters codes their protest, as ACLED codes
    /// a protest by the most force used, and so does a riot (ACLED's
    /// violent demonstration). (Not an attack and a suicide bomb
    /// at one place and date, which may be two deeds: "executed them", "the
    /// suicide attack that struck the district".)
    pub fn refines(self, general: EventType) -> bool {
        matches!(
            (general, self),
            (EventType::Explosion, EventType::SuicideBomb)
                | (
                    EventType::Protest,
                    EventType::ProtestIntervention | EventType::ProtestForce | EventType::Riot
                )
        )
    }

    /// Is one of the two types the other, or told more precisely by it
    /// ([`EventType::refines`]): may events of the two be one event?
    pub fn kin(self, other: EventType) -> bool {
        self == other || self.refines(other) || other.refines(self)
    }

    /// Types whose reports come with deaths.
    /// Struck from afar, by air, artillery, a bomb or gas: ACLED's
    /// "Explosions/Remote violence" (see [`EventType::acled`]).
    pub fn is_remote(self) -> bool {
        matches!(
            self,
            EventType::Airstrike
                | EventType::Shelling
                | EventType::Explosion
                | EventType::SuicideBomb
                | EventType::ChemicalAttack
        )
    }

    pub fn is_violent(self) -> bool {
        !matches!(
            self,
            EventType::Arrest
                | EventType::Escape
                | EventType::Displacement
                | EventType::Protest
                | EventType::ProtestIntervention
                | EventType::TerritoryChange
                | EventType::Withdrawal
                | EventType::Mention
        )
    }
}

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
/// between token `k` and token `k + 1`? Clauses end there.
pub fn clause_break_after(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(next) = tokens.get(k + 1) else {
        return true;
    };
    // (Most words are one space apart: nothing to search.)
    let (a, b) = (tokens[k].end, next.start);
    if b == a + 1 && text.as_bytes()[a] == b' ' {
        return false;
    }
    text[a..b]
        .chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?' | '–' | '—'))
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
                    || (ty == EventType::ArmedClash
                        && (fights_for_a_side(text, tokens, range.clone(), at)
                            || describes_a_side(text, tokens, range.start, at)))
                    || (ty == EventType::TerritoryChange
                        && (controls_no_ground(tokens, at + n)
                            || takes_no_ground(tokens, at, n)
                            || capture_aimed(tokens, range.start, at)))
                    || (ty == EventType::Displacement
                        && fighters_flee(tokens, range.clone(), at, n))
                    || (ty == EventType::ChemicalAttack
                        && weapons_kept(tokens, range.clone(), at, n))
                    || over_a_period(text, tokens, range.clone(), at, n)
                    // (A drone brought down is no fight: "A Turkish drone
                    // was shot down over Tal Abyad".)
                    || (matches!(c.words, ["shot", "down"] | ["neergehaald"])
                        && (at.saturating_sub(4).max(range.start)..(at + n + 3).min(range.end))
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
        let ty = if has(&hits, EventType::Protest) {
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
            if violent.iter().all(|h| shooting(h))
                && (violent.is_empty() || state_forces(tokens, range.clone()) || protesters_shot)
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

/// Does a sentence (tokens `range`) tell of the state's forces breaking up
/// a protest: tear gas, water cannon, rubber bullets, stun grenades,
/// pepper spray or batons used, protesters dispersed or arrested? (Not
/// after "no", "without", "geen", "zonder": "the protest ended without
/// arrests".)
fn broken_up(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
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

/// Is the cue `h` a shooting or a killing by its word: "shot dead",
/// "gunned down", "doodgeschoten", "assassinated", or armed men before a
/// verb ("gunmen shot", "fighters killed")?
fn shooting_cue(tokens: &[Token], h: &CueHit) -> bool {
    let w = tokens[h.at].folded;
    matches!(w, "shot" | "gunned" | "doodgeschoten" | "assassinated")
        || (h.len == 2 && lexicon::is_irregular_force(w))
}

/// Does the sentence (tokens `range`) name the state's forces of order
/// ([`lexicon::is_state_force`])?
fn state_forces(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    range
        .into_iter()
        .any(|k| lexicon::is_state_force(tokens[k].folded))
}

/// Does a sentence of protest (tokens `range`) tell of protesters burning,
/// looting or throwing stones: a deed that makes a riot, with no police
/// in the six words before it?
fn protest_deed(tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    let (first, end) = (range.start, range.end);
    let next = |k: usize, n: usize, words: &[&str]| {
        (k + 1..(k + 1 + n).min(end)).any(|x| words.contains(&tokens[x].folded))
    };
    range.clone().any(|k| {
        let w = tokens[k].folded;
        let deed = match w {
            "torched" | "ransacked" | "looted" | "stoned" | "plunderden" | "vernielden"
            | "geplunderd" | "vernield" => true,
            // "set fire to", "set … ablaze", "threw stones", "gooiden
            // stenen", "staken … in brand", "in brand gestoken".
            "set" => next(k, 3, &["fire", "ablaze", "alight"]),
            "threw" | "hurled" | "pelted" | "gooiden" | "bekogelden" => next(
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
                (k.saturating_sub(4).max(first)..k)
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
fn protesters_killed(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    if !matches!(cumulative_toll(tokens, range.clone()), Toll::No) {
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
    })
}

/// Does token `k` stand in a phrase opened by "against"/"tegen" at most
/// `reach` words before it, in its clause (sentence from `first`): what a
/// protest is against ([`find_cues`], [`role`])? Or by a verb of
/// denouncing: "rallied in Sanaa on Friday to denounce the strikes".
fn after_against(text: &str, tokens: &[Token], first: usize, k: usize, reach: usize) -> bool {
    (1..=reach).any(|b| {
        k >= first + b
            && matches!(
                tokens[k - b].folded,
                "against"
                    | "tegen"
                    | "denounce"
                    | "denouncing"
                    | "condemn"
                    | "condemning"
                    | "veroordelen"
                    | "hekelen"
            )
            && (k - b..k).all(|x| !clause_break_after(text, tokens, x))
    })
}

/// Is `w` the first word of a cue of driving out ("verdreven", "driven …
/// out of"): a flight, or ground taken when fighters are driven out?
pub fn is_driving_out(w: &str) -> bool {
    drives_out_en(w) || matches!(w, "verdrijven" | "verdreef" | "verdreven")
}

/// The English words of [`is_driving_out`], whose phrase ("driven … out
/// of") holds its object.
fn drives_out_en(w: &str) -> bool {
    matches!(w, "driven" | "drove" | "pushed")
}

/// Is the flight cue at `at` (`len` words) a driving out of fighters, its object an armed
/// group or a force: inside the English phrase ("driven the last Islamic
/// State fighters out of"), right after the Dutch verb ("verdrijven IS
/// uit"), or right before the place left when the verb ends the clause
/// ("IS uit Tal Abyad verdreven")? Not after "by"/"door": those drove
/// others out.
fn fighters_driven_out(text: &str, tokens: &[Token], at: usize, len: usize) -> bool {
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

/// Are the chemical weapons of the cue at `at` (`n` words) kept, made,
/// inspected or banned rather than used: "twee opslagplaatsen voor
/// chemische wapens bij Homs", "chemical weapons inspectors in Damascus",
/// "a stockpile of chemical weapons"? (A target or a treaty, not an
/// attack; "used chemical weapons in Hama" is one.)
fn weapons_kept(tokens: &[Token], range: std::ops::Range<usize>, at: usize, n: usize) -> bool {
    let last = tokens[at + n - 1].folded;
    if !(last.starts_with("weapon") || last.starts_with("wapen")) {
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
        ) || w.starts_with("opslag")
    };
    let after = tokens.get(at + n).filter(|_| at + n < range.end);
    let owner = at >= range.start + 2
        && matches!(tokens[at - 1].folded, "of" | "for" | "voor" | "van")
        && kept(tokens[at - 2].folded);
    after.is_some_and(|t| kept(t.folded)) || owner
}

/// Does the sentence give the prosecution's account ("Volgens het Openbaar
/// Ministerie vocht hij mee bij de verdediging van Raqqa", "prosecutors
/// say he took part in executions")? What it tells are a defendant's
/// alleged deeds, not events the article reports.
fn prosecutors_say(text: &str, words: &[Token]) -> bool {
    // (By first letter: asked of every sentence with a cue.)
    words.iter().enumerate().any(|(k, t)| {
        let w = t.folded.as_bytes();
        match w.first() {
            Some(b'a') => w.starts_with(b"aanklager"),
            Some(b'p') => w.starts_with(b"prosecut"),
            Some(b'm') => t.cap && w == b"ministerie" && k > 0 && words[k - 1].folded == "openbaar",
            // "het OM", in capitals (not the word "om").
            Some(b'o') => t.cap && w == b"om" && &text[t.start..t.end] == "OM",
            _ => false,
        }
    })
}

/// Is the (folded) word shaped like a Dutch past participle: "gearresteerd",
/// "beschoten", "veroverd", "ontvoerd", "opgepakt", "aangehouden"?
fn dutch_participle(w: &str) -> bool {
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
fn refine(tokens: &[Token], range: std::ops::Range<usize>, hits: &mut Vec<CueHit>) {
    let words = &tokens[range.clone()];
    // A bomb its bearer sets off dying is a suicide bomb: "a suicide car
    // bomb", "a suicide truck bomb".
    for h in hits.iter_mut() {
        if h.ty == EventType::Explosion
            && h.at > range.start
            && tokens[h.at - 1].folded == "suicide"
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
            hits.iter()
                .find(|v| v.ty.is_violent() && v.at >= from && v.at <= from + 2)
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
            || !matches!(
                tokens[h.at].folded,
                "threw" | "hurled" | "pelted" | "gooiden" | "bekogelden" | "wierpen"
            )
            || tokens[h.at + 1..(h.at + 10).min(range.end)]
                .iter()
                .any(|t| lexicon::is_police_word(t.folded) || matches!(t.folded, "me" | "officers"))
    });
    // One person who fought, or the narrator's "we", tells a life, not a
    // battle: "a man … who fought in Raqqa in 2015", "toen we bij Aleppo
    // vochten". (The verb, not the noun: "he said fighting continued".)
    hits.retain(|h| {
        let english = matches!(tokens[h.at].folded, "fought" | "battled");
        if h.ty != EventType::ArmedClash
            || !(english || matches!(tokens[h.at].folded, "vocht" | "vochten" | "gevochten"))
        {
            return true;
        }
        let first = range.start;
        // (English: the pronoun right before the verb, or before one
        // adverb or auxiliary; Dutch: anywhere earlier in the clause, as a
        // subordinate clause puts the verb last.)
        let reach = if english { 2 } else { 6 };
        let person = (h.at.saturating_sub(reach).max(first)..h.at)
            .rev()
            .find(|&k| {
                matches!(
                    tokens[k].folded,
                    "he" | "she" | "i" | "we" | "hij" | "ik" | "wij"
                )
            });
        !person.is_some_and(|k| {
            (k..h.at).all(|x| tokens[x].joined)
                && (!english
                    || k + 1 == h.at
                    || matches!(
                        tokens[k + 1].folded,
                        "also" | "later" | "then" | "had" | "has" | "have" | "once"
                    ))
        })
    });
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
        let aid_entered = h.ty == EventType::GroundOffensive
            && w == "entered"
            && tokens[range.start..h.at].iter().rev().take(4).any(|t| {
                matches!(
                    t.folded,
                    "convoy" | "convoys" | "trucks" | "aid" | "inspectors" | "delegation" | "team"
                )
            });
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
            return tokens[h.at + 1..range.end].iter().take(4).any(|t| {
                lexicon::is_attack_verb(t.folded)
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
            return tokens[range.start..h.at].iter().rev().take(6).any(|t| {
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
        let victims = if active {
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
            && matches!(tokens[h.at].folded, "opened" | "openden" | "opende")
            && tokens[victims.clone()].iter().any(|t| {
                matches!(
                    t.folded,
                    "protesters"
                        | "demonstrators"
                        | "civilians"
                        | "passengers"
                        | "worshippers"
                        | "crowd"
                        | "bus"
                        | "car"
                        | "cafe"
                        | "market"
                        | "nightclub"
                        | "club"
                        | "restaurant"
                        | "wedding"
                        | "mosque"
                        | "church"
                        | "school"
                        | "guests"
                        | "shoppers"
                        | "demonstranten"
                        | "betogers"
                        | "burgers"
                        | "passagiers"
                        | "menigte"
                        | "auto"
                        | "markt"
                        | "nachtclub"
                        | "bruiloft"
                        | "moskee"
                        | "kerk"
                )
            })
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
            lexicon::is_aircraft(t.folded)
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
            let victims = || {
                words[k + 1..]
                    .iter()
                    .take(2)
                    .any(|n| matches!(n.folded, "killed" | "dead" | "died" | "wounded"))
            };
            (raider
                && !victims()
                && hits.iter().any(|h| {
                    h.ty == EventType::Raid
                        && range.start + k < h.at
                        && h.at - (range.start + k) <= 6
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
    if hits.iter().any(attacks) && aircraft() {
        for h in hits.iter_mut().filter(|h| attacks(h)) {
            h.ty = EventType::Airstrike;
        }
    }
}

/// Does a cue of several words end at token `k` ("took control" of …)?
fn cue_ends_at(tokens: &[Token], k: usize) -> bool {
    let from = k.saturating_sub(3);
    let words = &tokens[from..=k];
    (0..words.len()).any(|i| {
        lexicon::cues_starting_in(words[i].folded, words[i].bucket.into())
            .any(|c| lexicon::phrase_len_after_first(c.words, words, i) == Some(words.len() - i))
    })
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
fn reaction_after(tokens: &[Token], at: usize) -> bool {
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
        if !matches!(
            w,
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "been"
                | "werd"
                | "werden"
                | "wordt"
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
        ) {
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

/// A phrase that names an event some days before the sentence's: "The
/// attack came a day after heavy air strikes killed 26 people", "two days
/// after the massacre", "een dag na de aanslag". Gives the
/// tokens of that event (after "after"/"na", to the end of its clause) and
/// how many days before it lies. Not when a date stands in the phrase,
/// which dates that event itself ("a day after the attack on Monday").
pub fn days_after(
    text: &str,
    tokens: &[Token],
    s: &Sentence,
) -> Option<(std::ops::Range<usize>, i64)> {
    // (By the day word's class bit: most sentences have none.)
    if s.class & lexicon::class::SINCE == 0 {
        return None;
    }
    let range = s.tokens.clone();
    // (Weeks too: "The deal came a week after 34 Turkish soldiers were
    // killed", "twee weken na de aanslag".)
    let week = |w: &str| matches!(w, "week" | "weeks" | "weken");
    let k = (range.start + 1..range.end).find(|&k| {
        tokens[k - 1].class & lexicon::class::SINCE != 0
            && (lexicon::DAY_WORDS.contains(&tokens[k - 1].folded) || week(tokens[k - 1].folded))
            && matches!(tokens[k].folded, "after" | "na")
    })?;
    let days = if tokens[k - 1].folded == "daags" {
        1
    } else {
        let n = day_count(tokens[k.checked_sub(2).filter(|&b| b >= range.start)?].folded)?;
        if week(tokens[k - 1].folded) {
            // (Up to three weeks: "six weeks after" is a season's talk.)
            if n > 3 {
                return None;
            }
            7 * n
        } else {
            n
        }
    };
    // A phrase that opens its sentence ends at a comma before the main
    // clause: "A day after the massacre in Manbij, coalition jets bombed
    // Tokhar". Without one, where it ends is not known. (Capitalised, it
    // opened a sentence run on from a headline: "… Airstrikes on Manbij A
    // day after the first massacre …".)
    let fronted = k < range.start + 4 || tokens[k - 1].cap || tokens[k - 2].cap;
    let end = if fronted {
        (k + 2..range.end).find(|&j| text[tokens[j - 1].end..tokens[j].start].contains(','))?
    } else {
        let clause = clauses(text, tokens, range.clone());
        let at = |j: usize| clause[j - range.start];
        (k + 1..range.end)
            .find(|&j| at(j) != at(k))
            .unwrap_or(range.end)
    };
    let span = k + 1..end;
    if tokens[span.clone()].iter().any(may_date) {
        return None;
    }
    Some((span, days))
}

/// How many days a word before "day"/"dag" counts: "a", "the", "one",
/// "een", a number word or digits, one to six ("two days after", "drie
/// dagen later").
fn day_count(w: &str) -> Option<i64> {
    match w {
        "a" | "one" | "een" | "the" => Some(1),
        _ => lexicon::number_word(w)
            .map(i64::from)
            .or_else(|| w.parse().ok())
            .filter(|&d| (1..=6).contains(&d)),
    }
}

/// A day told from the one the text dated just before: "A day earlier,
/// rebels shelled Mhardeh", "Two days later", "the day before,", "the
/// next day", "on the same day", "een dag eerder", "de dag ervoor", "twee
/// dagen later", "de volgende dag", "dezelfde dag", "daags ervoor". Gives
/// how many days
/// after that day (negative: before). Not "a day after the massacre", which
/// dates the massacre ([`days_after`]), nor "the day before the attack".
pub fn relative_day(text: &str, tokens: &[Token], s: &Sentence) -> Option<i64> {
    // (By the day word's class bit: most sentences have none.)
    if s.class & lexicon::class::SINCE == 0 {
        return None;
    }
    let range = s.tokens.clone();
    (range.start..range.end).find_map(|k| {
        let t = &tokens[k];
        if t.class & lexicon::class::SINCE == 0 || !lexicon::DAY_WORDS.contains(&t.folded) {
            return None;
        }
        let before = if k > range.start {
            tokens[k - 1].folded
        } else {
            ""
        };
        let after = tokens
            .get(k + 1)
            .filter(|_| k + 1 < range.end)
            .map(|t| t.folded);
        // "before"/"after" end the phrase only at a clause's end: "the day
        // before, a car bomb …", not "the day before the attack".
        let ends = || k + 2 >= range.end || clause_break_after(text, tokens, k + 1);
        let sign = match after {
            Some("earlier" | "eerder" | "ervoor" | "daarvoor") => -1,
            Some("before") if ends() => -1,
            Some("later" | "erna" | "daarna" | "erop") => 1,
            Some("after") if ends() => 1,
            _ => {
                return match before {
                    "previous" | "preceding" | "vorige" => Some(-1),
                    "next" | "following" | "volgende" => Some(1),
                    "same" | "dezelfde" => Some(0),
                    _ => None,
                };
            }
        };
        // ("de dag ervoor", "daags ervoor")
        let n = if before == "de" || t.folded == "daags" {
            1
        } else {
            day_count(before)?
        };
        Some(sign * n)
    })
}

/// A word a date may be built on: a month, a weekday, a year or a
/// [`lexicon::is_date_word`]. (A number alone is no date: a day needs its
/// month, and a bare number counts only as a year, 1900–2100.)
fn may_date(t: &Token) -> bool {
    let w = t.folded;
    t.class & lexicon::class::DATE != 0
        && (lexicon::month(w).is_some()
            || lexicon::weekday(w).is_some()
            || lexicon::is_date_word(w)
            || lexicon::is_year(w))
}

/// The mentions of the list that mention `mi` stands in, first to last:
/// neighbours while `linked(a)` says mentions `a` and `a + 1` are items of
/// one list ([`coordinated`], with what else the caller asks).
pub fn list_around(len: usize, mi: usize, linked: impl Fn(usize) -> bool) -> (usize, usize) {
    let mut first = mi;
    while first > 0 && linked(first - 1) {
        first -= 1;
    }
    let mut last = mi;
    while last + 1 < len && linked(last) {
        last += 1;
    }
    (first, last)
}

/// Does the cue at token `at` (in a sentence starting at `start`) stand
/// in a phrase of time that names an earlier event: "after the attack",
/// "following Saturday's bombing", "na de aanslag", "in the wake of"?
/// (An article, then one more word, a weekday's or a demonym, may stand
/// between; "after warplanes pounded the city" is a clause, whose place is
/// as often the sentence's.)
pub fn after_phrase(tokens: &[Token], start: usize, at: usize) -> bool {
    // ("encircled a Turkish post in Morek after capturing the town of Khan
    // Sheikhoun": a gerund right after "after" or "before".)
    if at > start
        && matches!(tokens[at - 1].folded, "after" | "before" | "following")
        && tokens[at].folded.ends_with("ing")
    {
        return true;
    }
    (2..=3).any(|b| {
        at >= start + b
            && matches!(
                tokens[at - b].folded,
                "after" | "following" | "na" | "wake" | "nasleep"
            )
            && is_article_word(tokens[at - b + 1].folded)
            && tokens[at - b + 2..at]
                .iter()
                .all(|t| t.cap || t.folded == "s")
    })
}

/// Is the fighting at token `at` someone's side in the war rather than a
/// battle: "ouders die voor IS hebben gevochten", "foreign fighters
/// fighting for al-Nusra"? A fight verb with "voor"/"for" and an armed
/// group ([`lexicon::is_armed_group`]) in its clause, up to six words
/// before it or four after it. ("Vochten om de stad" names no side, and
/// stays a battle; so does "fought alongside Hezbollah near Qusayr", an
/// ally in a battle.)
/// Does the name ending before token `end` act, a city standing for its
/// government: "Moscow has been carrying out air strikes", "Washington has
/// deliberately targeted", "Damascus heeft … gebombardeerd"? "has"/"heeft"
/// (and "been" + a verb in -ing), up to three adverbs, then a verb of
/// attack. Not the passive: "Aleppo has been targeted" is a site.
fn acts(tokens: &[Token], end: usize) -> bool {
    if !tokens
        .get(end)
        .is_some_and(|t| matches!(t.folded, "has" | "have" | "had" | "heeft" | "hebben"))
    {
        return false;
    }
    let mut k = end + 1;
    let progressive = tokens.get(k).is_some_and(|t| t.folded == "been");
    if progressive {
        k += 1;
    }
    for _ in 0..4 {
        let Some(t) = tokens.get(k) else {
            return false;
        };
        let w = t.folded;
        if lexicon::is_attack_verb(w) {
            return !progressive || w.ends_with("ing");
        }
        if !(w.ends_with("ly") || matches!(w, "also" | "now" | "already" | "and" | "ook" | "al")) {
            return false;
        }
        k += 1;
    }
    false
}

/// Is the flight at `at` (`n` words) that of fighters, not of people driven
/// from their homes: "hunted down fleeing ISIL terrorists", "vluchtende
/// IS-strijders", "the militants fled"? An armed group or fighters right
/// after the cue, or right before it. (A retreat is no displacement.)
fn fighters_flee(tokens: &[Token], range: std::ops::Range<usize>, at: usize, n: usize) -> bool {
    let fighter = |t: &Token| {
        lexicon::is_armed_group(t.folded, t.cap)
            || matches!(
                t.folded,
                "fighters"
                    | "militants"
                    | "terrorists"
                    | "strijders"
                    | "militanten"
                    | "terroristen"
                    | "soldiers"
                    | "soldaten"
                    | "troops"
                    | "troepen"
                    // (Guards who flee leave a post: "waarna de bewakers
                    // vluchtten".)
                    | "guards"
                    | "bewakers"
                    | "bewaking"
            )
    };
    // "fleeing ISIL terrorists": the next word or the one after.
    let after = (at + n..(at + n + 2).min(range.end)).any(|k| fighter(&tokens[k]));
    let before = at > range.start && fighter(&tokens[at - 1]);
    after || before
}

fn fights_for_a_side(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
) -> bool {
    if !lexicon::is_fight_verb(tokens[at].folded) {
        return false;
    }
    // Who a coalition or force is fighting describes it: "an air strike by
    // a U.S.-led coalition fighting Daesh", "a coalition fighting militants
    // in Syria", "the main force fighting Daesh in northern Syria".
    if at > range.start
        && tokens[at].folded == "fighting"
        && (matches!(
            tokens[at - 1].folded,
            "coalition" | "alliance" | "force" | "coalitie" | "alliantie"
        ) || lexicon::is_force_word(tokens[at - 1].folded))
        && tokens[at + 1..range.end]
            .iter()
            .find(|t| !matches!(t.folded, "the" | "al"))
            .is_some_and(|t| {
                lexicon::is_armed_group(t.folded, t.cap)
                    || matches!(t.folded, "militants" | "terrorists" | "jihadists")
            })
    {
        return true;
    }
    let from = clause_before(text, tokens, range.start, at, 6)
        .last()
        .unwrap_or(at);
    let to = clause_after(text, tokens, range.end, at, 4)
        .last()
        .unwrap_or(at);
    (from..=to).any(|k| {
        matches!(tokens[k].folded, "voor" | "for")
            && tokens[k + 1..=to]
                .iter()
                .find(|t| {
                    !matches!(
                        t.folded,
                        "de" | "het" | "the" | "hun" | "their" | "al" | "el"
                    )
                })
                .is_some_and(|t| lexicon::is_armed_group(t.folded, t.cap))
    })
}

/// Does the control a cue ending before token `k` speaks of hold no
/// ground: "lost control of his car", "took control of the situation"? The
/// cue's last word is "control"/"controle", and after "of"/"over" comes a
/// possessive of a person or a word from a short list of things that are
/// not territory.
fn controls_no_ground(tokens: &[Token], k: usize) -> bool {
    if !tokens
        .get(k.wrapping_sub(1))
        .is_some_and(|t| matches!(t.folded, "control" | "controle"))
        || !tokens
            .get(k)
            .is_some_and(|t| matches!(t.folded, "of" | "over"))
    {
        return false;
    }
    let object = tokens[k + 1..]
        .iter()
        .take(3)
        .find(|t| !matches!(t.folded, "the" | "a" | "an" | "de" | "het" | "een"));
    object.is_some_and(|t| !t.cap && lexicon::holds_no_ground(t.folded))
}

/// Is the capture at `at` only aimed at: "a bid to capture all of Aleppo",
/// "an offensive to retake Raqqa", "aimed at recapturing east Aleppo"? (The
/// offensive is the event.) Not once achieved: "managed to capture", "were
/// able to seize".
fn capture_aimed(tokens: &[Token], start: usize, at: usize) -> bool {
    let before = |b: usize| (at >= start + b).then(|| tokens[at - b].folded);
    // (Past an article: "aimed at the recapture of Madhamiyeh".)
    let skip = usize::from(matches!(before(1), Some("the" | "a")));
    let (p, q) = (before(1 + skip), before(2 + skip));
    (p == Some("to") && !matches!(q, Some("managed" | "able" | "succeeded")))
        // "a campaign aimed at recapturing east Aleppo", "a key aim of
        // recapturing Aleppo", "the importance of capturing Leramun".
        || (p == Some("at") && matches!(q, Some("aimed" | "aiming" | "aim")))
        || (p == Some("of")
            && matches!(
                q,
                Some("aim" | "goal" | "objective" | "purpose" | "importance" | "hope" | "hopes")
            ))
}

/// Does a capture or a seizure at `at` (`n` words) take people or things,
/// not ground: "to capture opposing groups' members", "captured 20
/// soldiers", "seized weapons and ammunition"? Such a word among the
/// three words after it, before any capitalised one ("captured the town
/// of Saraqib" takes ground).
fn takes_no_ground(tokens: &[Token], at: usize, n: usize) -> bool {
    // "the liberated areas in Idlib", "liberated parts of the city": an
    // adjective for ground one side holds, no capture.
    if tokens[at].folded == "liberated" {
        return (at > 0
            && matches!(
                tokens[at - 1].folded,
                "the" | "its" | "their" | "these" | "those" | "newly" | "recently"
            ))
            || tokens.get(at + 1).is_some_and(|t| {
                matches!(
                    t.folded,
                    "areas"
                        | "area"
                        | "parts"
                        | "part"
                        | "territory"
                        | "territories"
                        | "zone"
                        | "zones"
                        | "regions"
                        | "region"
                )
            });
    }
    // "nemen … in" is "innemen" only when an "in" ends the clause, not a
    // preposition before its object: "IS-strijders terug te nemen die in
    // Syrië gevangen zitten" takes no town; "nemen … steden in het noorden
    // van Irak in" does.
    if matches!(tokens[at].folded, "nemen" | "namen" | "neemt" | "nam") {
        let mut k = at + n - 1;
        loop {
            let t = &tokens[k];
            if t.folded == "in" && (!t.joined || tokens.get(k + 1).is_none_or(|n| n.sentence_start))
            {
                return false;
            }
            if !t.joined || k + 1 >= tokens.len() || tokens[k + 1].sentence_start {
                return true;
            }
            k += 1;
        }
    }
    if !matches!(
        tokens[at].folded,
        "captured" | "capture" | "captures" | "capturing" | "seized" | "seize" | "seizes"
    ) {
        return false;
    }
    let taken = |t: &Token| {
        matches!(
            t.folded,
            "members"
                | "soldiers"
                | "fighters"
                | "militants"
                | "commander"
                | "commanders"
                | "leader"
                | "leaders"
                | "officers"
                | "officer"
                | "pilot"
                | "pilots"
                | "hostages"
                | "prisoners"
                | "troops"
                | "civilians"
                | "people"
                | "weapons"
                | "ammunition"
                | "arms"
                | "tanks"
                | "vehicles"
        )
    };
    // (Not the agent of a passive: "was captured by opposition fighters".)
    // Or right before a participle with no object: "the Christian hostages
    // captured from villages" (not "IS fighters captured eight villages").
    tokens[at + n..]
        .iter()
        .take(3)
        .take_while(|t| !t.cap && !matches!(t.folded, "by" | "door"))
        .any(taken)
        || (at > 0
            && tokens[at].folded.ends_with("ed")
            && taken(&tokens[at - 1])
            && tokens.get(at + n).is_some_and(|t| {
                matches!(t.folded, "from" | "in" | "during" | "near" | "at" | "on")
            }))
}

/// Is the cue at `at` the topic of talk: after "over"/"about" (past an
/// article, a demonym and an adjective) whose clause opens with a verb of
/// speaking or debating? "Hennis sprak dinsdag in Den Haag over de Turkse
/// inval in Syrië", "De Tweede Kamer debatteert over het offensief",
/// "ministers talked about the offensive"; or criticised, "kritiek op de
/// Turkse inval in Afrin". Told to be talked of, not reported. (Not a
/// worry: "is seriously concerned about the alleged chemical weapons
/// attack reported this morning in Khan Sheikhun" reports it.)
fn talked_about(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    // (The words first, the clause only then: most cues follow no
    // "over", "about", "op" or "of".)
    let about = |t: &Token| matches!(t.folded, "over" | "about" | "op" | "of");
    if !tokens[at.saturating_sub(4).max(start)..at]
        .iter()
        .any(about)
    {
        return false;
    }
    let Some(p) = clause_before(text, tokens, start, at, 4).find(|&k| about(&tokens[k])) else {
        return false;
    };
    // (Criticism is talk too: "had kritiek geuit op de Turkse inval in
    // Afrin", "criticism of the offensive".)
    if matches!(tokens[p].folded, "op" | "of") {
        return tokens[p + 1..at]
            .iter()
            .all(|t| is_article_word(t.folded) || lexicon::demonym(t.folded).is_some())
            && clause_before(text, tokens, start, p, 3)
                .any(|k| matches!(tokens[k].folded, "kritiek" | "criticism"));
    }
    // (Only articles, demonyms and adjectives between: "over de Turkse
    // inval", not "over Idlib vlogen jets die …".)
    let between_ok = tokens[p + 1..at]
        .iter()
        .all(|t| is_article_word(t.folded) || lexicon::demonym(t.folded).is_some() || !t.cap)
        && !tokens[p + 1..at].iter().any(cue_word);
    between_ok
        && clause_before(text, tokens, start, p, 8).any(|k| {
            matches!(
                tokens[k].folded,
                "sprak"
                    | "spraken"
                    | "spreekt"
                    | "spreken"
                    | "praat"
                    | "praten"
                    | "praatte"
                    | "praatten"
                    | "debatteert"
                    | "debatteren"
                    | "debatteerde"
                    | "debatteerden"
                    | "overlegt"
                    | "overleggen"
                    | "overlegde"
                    | "overlegden"
                    | "spoke"
                    | "speaks"
                    | "talked"
                    | "talks"
                    | "debated"
                    | "debate"
            )
        })
}

/// A modal word within the clause: up to six words before the cue or three
/// after it.
pub fn is_modal_context(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    len: usize,
) -> bool {
    for (n, k) in clause_before(text, tokens, range.start, at, 6).enumerate() {
        let steps = n + 1;
        let w = tokens[k].folded;
        // "als"/"if" make a condition only opening a clause ("Als Turkije
        // aanvalt, …"); inside one "als" is "as" ("bedoeld als antwoord op
        // een raketaanval").
        let conditional = matches!(w, "als" | "if" | "wanneer" | "indien");
        // (Asked only of a conditional modal word.)
        let opens_clause = || {
            k == range.start
                || clause_break_after(text, tokens, k - 1)
                || (matches!(tokens[k - 1].folded, "ook" | "zelfs" | "even" | "only")
                    && (k - 1 == range.start || clause_break_after(text, tokens, k - 2)))
        };
        let modal = tokens[k].class & lexicon::class::MODAL != 0 && lexicon::is_modal(w);
        if (modal && (!conditional || opens_clause())) || (steps <= 2 && lexicon::is_negation(w)) {
            return true;
        }
    }
    // (Dutch puts the future's auxiliary at the end of a subordinate
    // clause, farther than any other modal word: "dat Amerikaanse
    // kruisraketten bij een luchtaanval op Syrië zullen worden neergehaald".)
    // (The three nearest walked first, the three after only when one of
    // them is such an auxiliary: most clauses have none.)
    let modal = |k: usize| tokens[k].class & lexicon::class::MODAL != 0;
    // (Nor does a participle of ending: "heeft het offensief in
    // Noord-Syrië gestaakt".)
    let future = |k: usize| {
        modal(k)
            && matches!(
                tokens[k].folded,
                "zal" | "zullen" | "gestaakt" | "gestopt" | "opgeschort"
            )
    };
    let far = at + len + 3..(at + len + 6).min(range.end);
    clause_after(text, tokens, range.end, at + len - 1, 3)
        .any(|k| modal(k) && lexicon::is_modal(tokens[k].folded))
        || (far.clone().any(future)
            && clause_after(text, tokens, range.end, at + len - 1, 6)
                .skip(3)
                .any(future))
}

/// A word of a span of weeks, months or years before a campaign's noun:
/// "the four-month battle", "de maandenlange belegering", "de vier maanden
/// durende slag".
fn is_duration(w: &str) -> bool {
    matches!(
        w,
        "month"
            | "months"
            | "year"
            | "years"
            | "week"
            | "weeks"
            | "maanden"
            | "jaren"
            | "weken"
            | "durende"
            | "maandenlange"
            | "jarenlange"
            | "wekenlange"
    ) || w.ends_with("maandse")
        || w.ends_with("jarige")
}

/// Is the fight or offensive at `at` a campaign of weeks, months or years
/// ("Around 3,250 militants were killed during the four-month battle for
/// the city", "de maandenlange belegering")? Its dead are a period's, and
/// it is no one event. (The span right before the noun; not a time
/// adverbial, "De afgelopen weken werd de strijd om Aleppo feller", nor a
/// siege broken, which is an event: "broke a nearly three-year siege".)
fn lasting_campaign(tokens: &[Token], start: usize, at: usize, end: usize) -> bool {
    // (Or told to have lasted them, a few words on: "De strijd om Raqqa
    // duurde vier maanden", "The battle for Mosul lasted nine months".)
    let lasted = || {
        (at + 1..(at + 6).min(end)).any(|k| {
            matches!(tokens[k].folded, "duurde" | "duurt" | "lasted" | "lasts")
                && (k + 1..(k + 4).min(end))
                    .any(|d| tokens[d].folded == "jaar" || is_duration(tokens[d].folded))
        })
    };
    ((at > start && is_duration(tokens[at - 1].folded)) || lasted())
        && !tokens[at.saturating_sub(5).max(start)..at].iter().any(|t| {
            matches!(
                t.folded,
                "broke" | "broken" | "break" | "lifted" | "ended" | "doorbroken" | "doorbraken"
            )
        })
}

/// Is the fight or offensive at `at` waged since a month or a year named
/// in its clause, before it or after it: "Het regeringsleger en Russische
/// troepen voeren sinds eind april een offensief", "have been fighting
/// since March"? A
/// campaign of weeks, no one event. (Not since a day: "Since Monday Turkish
/// jets have bombed Tal Abyad" dates the bombing.)
fn waged_since_months(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
) -> bool {
    let (start, end) = (range.start, range.end);
    // (The words' class bits first: most cues have no "since" before them.)
    let since = |k: usize| {
        tokens[k].class & lexicon::class::SINCE != 0
            && lexicon::SINCE_WORDS.contains(&tokens[k].folded)
    };
    // (Before the cue or after it: "have been fighting IS in Raqqa since
    // June".)
    let k = if (at.saturating_sub(6).max(start)..at).any(since) {
        clause_before(text, tokens, start, at, 6).find(|&k| since(k))
    } else {
        clause_after(text, tokens, end, at, 8).find(|&k| since(k))
    };
    k.is_some_and(|k| {
        let date = &tokens[k + 1..(k + 4).min(end)];
        date.iter()
            .any(|t| lexicon::month(t.folded).is_some() || lexicon::is_year(t.folded))
            && !date.iter().any(|t| {
                lexicon::weekday(t.folded).is_some()
                    || (t.folded.as_bytes().first().is_some_and(u8::is_ascii_digit)
                        && !lexicon::is_year(t.folded))
            })
    })
}

/// Is the Dutch present "vecht"/"vechten" at `at` in a relative clause,
/// which describes a side rather than tells a fight: "de coalitie, die in
/// Irak en Syrië vecht tegen IS". (In a main clause it tells one: "In
/// Deir ez-Zor vechten Koerdische milities nog tegen IS".)
fn describes_a_side(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    matches!(tokens[at].folded, "vecht" | "vechten")
        && clause_before(text, tokens, start, at, 12)
            .any(|k| matches!(tokens[k].folded, "die" | "dat" | "welke" | "waar"))
}

/// Is the cue at `at` (`n` words) told of months or years: "Turkey has been
/// hit by a series of bombings in the past year", "de afgelopen maanden
/// bombardeerden jets Idlib", "over the last two years"? Those are many
/// events, no one of them. (With the article: "last year" alone, "vorig
/// jaar", is a date.)
fn over_a_period(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    n: usize,
) -> bool {
    let period = |k: usize| period_word(tokens, range.start, range.end, k);
    // (The words first, by their first letter: most clauses name no such
    // span, and the clause's bounds cost more.)
    (at.saturating_sub(10).max(range.start)..(at + n + 10).min(range.end)).any(period)
        && (clause_before(text, tokens, range.start, at, 10).any(period)
            || clause_after(text, tokens, range.end, at + n - 1, 10).any(period))
}

/// Does token `k` (of the sentence `start..end`) open a span of months or
/// years gone by: "the past year", "the last two years", "de afgelopen
/// maanden" ([`over_a_period`])?
#[inline(always)]
fn period_word(tokens: &[Token], start: usize, end: usize, k: usize) -> bool {
    let w = tokens[k].folded;
    // (By its length and first letter: asked of the words around every
    // cue.)
    if matches!(w.len(), 6 | 7) && matches!(w.as_bytes()[0], b'b' | b't') {
        return between_months(tokens, end, k);
    }
    matches!(w.len(), 4 | 9)
        && matches!(w.as_bytes()[0], b'p' | b'l' | b'a')
        && matches!(w, "past" | "last" | "afgelopen")
        && k > start
        && matches!(tokens[k - 1].folded, "the" | "de" | "het")
        && tokens[k + 1..(k + 4).min(end)].iter().any(|t| {
            matches!(
                t.folded,
                "year" | "years" | "months" | "decade" | "jaar" | "jaren" | "maanden"
            )
        })
}

/// Does token `k` open a span between two months or years: "between April
/// and August", "tussen 2014 en 2017" ([`period_word`])?
#[inline(never)]
fn between_months(tokens: &[Token], end: usize, k: usize) -> bool {
    let month_or_year =
        |t: &Token| lexicon::month(t.folded).is_some() || lexicon::is_year(t.folded);
    matches!(tokens[k].folded, "between" | "tussen")
        && tokens.get(k + 1).is_some_and(month_or_year)
        && (k + 2..(k + 5).min(end)).any(|a| {
            matches!(tokens[a].folded, "and" | "en") && tokens.get(a + 1).is_some_and(month_or_year)
        })
}

/// Does token `k` name the start of something: "begin van", "start of"
/// ("het begin van het offensief"; not a date's "begin december")?
fn start_of(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| matches!(t.folded, "begin" | "start" | "beginning"))
        && tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.folded, "van" | "of"))
}

/// Is the cue at `at` the event a period is counted from: "the biggest
/// loss since it began its incursions into Syria", "killed since the
/// offensive on Idlib began", "sinds het begin van de Turkse aanval"? A
/// "since" before it in its clause, with no date between ("Since Monday
/// Turkish jets have bombed Tal Abyad" dates the bombing's period) nor
/// right after it ("since a chemical attack on Tuesday that killed 87" is
/// an event of its own date). The event is background, told to measure
/// from.
fn since_event(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    len: usize,
) -> bool {
    // ([`may_date`], any number, or "today".)
    let dated = |k: usize| {
        let t = &tokens[k];
        may_date(t)
            || t.folded.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || (t.class & lexicon::class::NOW != 0 && lexicon::is_now(t.folded))
    };
    // (The words' class bits first: most cues have no "since" before
    // them, and the clause's bounds cost more.)
    let since = |k: usize| {
        tokens[k].class & lexicon::class::SINCE != 0
            && lexicon::SINCE_WORDS.contains(&tokens[k].folded)
    };
    // (Eight words back when a start is named: "Since the start of
    // Turkey's military incursion into Syria".)
    let reach = if (at.saturating_sub(6).max(range.start)..at).any(since) {
        6
    } else if (at.saturating_sub(8).max(range.start)..at).any(since)
        && (at.saturating_sub(7).max(range.start)..at).any(|x| start_of(tokens, x))
    {
        8
    } else {
        return false;
    };
    // (A start named is the period's, whatever date follows: "Sinds het
    // begin van het offensief op 18 februari zijn … 1400 burgers omgekomen".)
    clause_before(text, tokens, range.start, at, reach)
        .find(|&k| since(k))
        .is_some_and(|k| {
            (k + 1..at).any(|x| start_of(tokens, x))
                || (!(k + 1..at).any(dated)
                    && !clause_after(text, tokens, range.end, at + len - 1, 6).any(dated))
        })
}

/// Is the deed at `at` what someone is charged with, tried or sentenced
/// for: "verdacht van deelname aan een standrechtelijke executie in
/// Syrië", "convicted a man of the 2015 bombing"? A charge word up to
/// seven words before, in the clause, and its preposition between it and
/// the deed. The trial is the news, the deed an old one, or not proven.
/// ("De van terrorisme verdachte Syriër die werd opgepakt": no
/// preposition follows, and an arrest is an event of its own.)
fn is_charged(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    // (Most cues have no charge word before them: the words alone first,
    // the clause's bounds only then.)
    if !tokens[at.saturating_sub(7).max(start)..at]
        .iter()
        .any(|t| t.class & lexicon::class::CHARGE != 0 && lexicon::is_charge(t.folded))
    {
        return false;
    }
    clause_before(text, tokens, start, at, 7).any(|k| {
        lexicon::is_charge(tokens[k].folded)
            // (Sides accuse each other of attacks every day: "A Russian
            // statement accused rebel groups of firing mortars on Sheikh
            // Maqsood". Accused before a court: "went on trial in The Hague
            // accused of taking part in the execution of an officer".)
            && (tokens[k].folded != "accused"
                || tokens[start..k].iter().any(|t| {
                    matches!(
                        t.folded,
                        "trial" | "court" | "tribunal" | "judge" | "judges" | "prosecutors"
                    )
                }))
            && tokens[k + 1..at].iter().any(|n| {
                matches!(
                    n.folded,
                    "van" | "voor" | "wegens" | "of" | "with" | "for" | "over" | "aan"
                )
            })
    })
}

/// The tokens before token `at` in its clause, nearest first: up to `back`
/// of them, none before the sentence's first (`start`), stopping at a
/// clause break. (Lazy: a caller that finds what it looks for stops there.)
fn clause_before<'t>(
    text: &'t str,
    tokens: &'t [Token],
    start: usize,
    at: usize,
    back: usize,
) -> impl Iterator<Item = usize> + 't {
    (1..=back).map_while(move |n| {
        let k = at.checked_sub(n)?;
        (k >= start && !clause_break_after(text, tokens, k)).then_some(k)
    })
}

/// The tokens after token `last` in its clause, nearest first: up to
/// `ahead` of them, none at or past `end`, stopping at a clause break.
fn clause_after<'t>(
    text: &'t str,
    tokens: &'t [Token],
    end: usize,
    last: usize,
    ahead: usize,
) -> impl Iterator<Item = usize> + 't {
    (1..=ahead).map_while(move |n| {
        let k = last + n;
        (k < end && !clause_break_after(text, tokens, k - 1)).then_some(k)
    })
}

/// Does a sentence count the dead of a whole war or period rather than of
/// an event?
enum Toll {
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
fn since_then_at(words: &[Token], i: usize) -> bool {
    let w = words[i].folded;
    // (Most words start with another letter.)
    w.as_bytes().first() == Some(&b's')
        && (w == "sindsdien"
            || (w == "since" && words.get(i + 1).is_some_and(|n| n.folded == "then")))
}

fn cumulative_toll(tokens: &[Token], range: std::ops::Range<usize>) -> Toll {
    let start = range.start;
    let words = &tokens[range];
    let period = |t: &Token| {
        lexicon::month(t.folded).is_some()
            || lexicon::is_year(t.folded)
            || lexicon::starts_a_period(t.folded)
    };
    // "during the four-month battle for the city", "tijdens de
    // maandenlange belegering": a campaign of months or years. (Asked of
    // the span's word, a date word by its class bit, or a "-lange"
    // compound: few words of a sentence.)
    let campaign = |i: usize| {
        let t = &words[i];
        ((t.class & lexicon::class::DATE != 0 && is_duration(t.folded))
            || t.folded.ends_with("lange"))
            && words[i.saturating_sub(3)..i]
                .iter()
                .any(|w| matches!(w.folded, "during" | "tijdens" | "in"))
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
            // "Sinds het begin van het offensief op 18 februari zijn in
            // Oost-Ghouta meer dan 1400 burgers omgekomen": every count
            // after a start named is the period's.
            "since" | "sinds" if (start + i + 1..start + i + 4).any(|x| start_of(tokens, x)) => {
                return Toll::Period;
            }
            // (Or, right after the deaths, a start told with its verb:
            // "had been killed since the rebels launched the offensive on
            // Wednesday". Not a "since" that measures a record: "killing
            // all five people on board in the biggest loss … since they
            // started operations in Syria".)
            "since" | "sinds"
                if words[i + 1..].iter().take(6).any(|w| {
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
                        "month" | "months" | "year" | "years" | "maanden" | "jaar" | "jaren"
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

/// Is there a death word starting at token `k`? Returns its length. (The
/// class bit first: most words can start none.)
fn death_at(words: &[Token], i: usize) -> Option<usize> {
    let t = words
        .get(i)
        .filter(|t| t.class & lexicon::class::DEATH != 0)?;
    // (A death sentence is no death: "elf Fransen ter dood veroordeeld".)
    if t.folded == "dood" && i > 0 && words[i - 1].folded == "ter" {
        return None;
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
fn number_at(text: &str, tokens: &[Token], k: usize) -> Option<(u32, usize)> {
    let t = &tokens[k];
    let raw = &text[t.start..t.end];
    if raw.as_bytes()[0].is_ascii_digit() {
        if !raw
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
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
        && let Some(u) = lexicon::number_word(next.folded).filter(|u| *u < 10)
    {
        return Some((n + u, 2));
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
    counted::<false>(text, tokens, s)
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

/// Does token `k` stand in the clause that opens at token `a`: after it,
/// with no clause break between?
pub fn in_clause_of(text: &str, tokens: &[Token], a: usize, k: usize) -> bool {
    k > a && (a..k).all(|x| !clause_break_after(text, tokens, x))
}

/// Does token `j` open the phrase of a deed avenged or answered:
/// "retaliation/revenge/reprisal for", "vergelding/wraak voor", "response
/// to", "responded to", "reactie op" ([`avenged`])?
#[inline]
fn avenge_word(tokens: &[Token], j: usize) -> bool {
    let w = tokens[j].folded;
    // (Most words start with another letter than these.)
    matches!(w.as_bytes().first(), Some(b'r' | b'v' | b'w')) && {
        let then = tokens.get(j + 1).map_or("", |t| t.folded);
        (matches!(
            w,
            "retaliation" | "reprisal" | "revenge" | "vergelding" | "wraak" | "represaille"
        ) && matches!(then, "for" | "voor"))
            || (matches!(
                w,
                "response" | "reactie" | "respond" | "responded" | "responding" | "reageerde"
            ) && matches!(then, "to" | "op"))
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
fn vague_number(words: &[Token], i: usize) -> Option<u32> {
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
fn counted<const VAGUE: bool>(text: &str, tokens: &[Token], s: &Sentence) -> Option<DeathCount> {
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
                && words.get(i + 1).is_some_and(|n| {
                    lexicon::is_person_noun(n.folded) || death_at(words, i + 1).is_some()
                })
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
            || (prev.is_some_and(|w| lexicon::month(w).is_some())
                && words[i].folded.as_bytes()[0].is_ascii_digit())
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
        if is_date_part || parenthesised || in_date || age || name_age || of_wounding {
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
            if toll_before && prev.is_some_and(|w| matches!(w, "tot" | "to" | "op" | "at" | "naar"))
            {
                found = true;
            }
        }
        if !found && !wounded {
            // Backward: DEATH … NUMBER.
            let mut b = i;
            let mut steps = 0;
            while b > 0 && steps < 4 {
                if clause_break_after(text, tokens, base + b - 1) {
                    break;
                }
                b -= 1;
                steps += 1;
                if death_at(words, b).is_some() && !matches!(words[b].folded, "dode" | "dead") {
                    // ("A child was killed and six other civilians were
                    // injured": after "and", the number starts what the
                    // next words say of it.)
                    let joined = words[b + 1..i]
                        .iter()
                        .any(|t| matches!(t.folded, "and" | "en" | "while" | "terwijl"));
                    let told_after = words[i + len..words.len().min(i + len + 10)]
                        .iter()
                        .any(|t| lexicon::is_not_death(t.folded));
                    found = !(next.is_some_and(lexicon::is_not_death) || (joined && told_after));
                    break;
                }
            }
        }
        if found {
            // (Asked only of a sentence with a count: few have one.)
            match cumulative_toll(tokens, range.clone()) {
                Toll::Period => return None,
                Toll::Since(at) if at > k => return None,
                // A count right after "since" a date counts from it too:
                // "zijn sinds begin april zeker 220 mensen omgekomen", "Since
                // March, 649 civilians have been killed". (Not an event named
                // after it: "since the attack of 19 March, when 30 were
                // killed".)
                Toll::Since(at)
                    if (at + 1..k).all(|x| {
                        !matches!(
                            tokens[x].folded,
                            "when" | "toen" | "waarbij" | "where" | "which" | "that" | "die"
                        ) && !clause_break_after(text, tokens, x)
                    }) && k - at <= 10 =>
                {
                    return None;
                }
                _ => {}
            }
            return Some(DeathCount {
                n: n.saturating_add(u32::from(plus_one))
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
fn some_of_them_aside(
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
fn listed_after(text: &str, tokens: &[Token], base: usize, words: &[Token], i: usize) -> u32 {
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
    loop {
        let mut j = p + 1;
        let joined = words
            .get(j)
            .is_some_and(|t| matches!(t.folded, "and" | "en"));
        if joined {
            j += 1;
        } else if !clause_break_after(text, tokens, base + p) || words.len() <= j {
            break;
        }
        let Some(t) = words.get(j) else { break };
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
fn past_days_and_adverbs(words: &[Token], a: usize) -> usize {
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
fn victims_by_name(
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
        let mut e = j;
        while e > 0
            && j - e < 3
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
            )
        {
            e -= 1;
        }
        // (A list ends at a person, and one after the death word starts
        // with an article, a possessive or a number: most death words have
        // neither. The phrase look-up last.)
        let subject = e > 0 && lexicon::is_victim_noun(words[e - 1].folded);
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
                _ => false,
            };
            if e < j
                && let Some((n, b)) = named_people_before(text, tokens, range.start, e)
                && agrees(words[e].folded, n)
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
            });
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
            // ("executed a Kurdish politician")
            "executed" => Some(j + len),
            // ("claimed the lives of a child")
            "claimed" => Some(j + len + usize::from(words.get(j + len)?.folded == "of")),
            "kwam" | "kwamen" => Some(j + 1),
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
        // which end the clause: "Bij een raketaanval is een man gedood". Not
        // English "killed": "A man killed two soldiers".)
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
                ))
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
/// Harasta". Each is its number and the token where the place's name
/// starts (past "the"): a number, up to two words of the people counted
/// or "more"/"others", then "in", "at", "near", "bij" or "te".
pub fn counts_per_place(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    after: usize,
) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    let mut k = after + 1;
    // (A place's preposition a few words on first: most numbers after a
    // count have none.)
    let prep = |t: &Token| matches!(t.folded, "in" | "at" | "near" | "bij" | "te");
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
        // (Not a part of the first count: "killed 12 people, including 3
        // in Harasta".)
        let part = matches!(
            tokens[k - 1].folded,
            "including" | "among" | "waaronder" | "wie" | "inclusief"
        );
        let year = lexicon::is_year(tokens[k].folded);
        let mut p = k + len;
        let mut skipped = 0;
        while p < range.end
            && skipped < 2
            && (lexicon::is_victim_noun(tokens[p].folded)
                || matches!(tokens[p].folded, "more" | "others" | "other" | "anderen"))
        {
            p += 1;
            skipped += 1;
        }
        if !year && !part && p + 1 < range.end && prep(&tokens[p]) {
            let at = p + 1 + usize::from(matches!(tokens[p + 1].folded, "the" | "de" | "het"));
            out.push((n, at));
        }
        k += len;
    }
    out
}

/// Does "along with", "together with", "alongside" or "samen met" follow
/// the death word at word `j`: the named are some of the dead?
fn killed_along_with(words: &[Token], j: usize) -> bool {
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
fn named_people_before(
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
fn named_person_before(text: &str, tokens: &[Token], base: usize, e: usize) -> Option<usize> {
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
fn age_in_commas(text: &str, tokens: &[Token], k: usize) -> bool {
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
fn age_len(text: &str, words: &[Token], i: usize, len: usize) -> Option<usize> {
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

/// A list of people counted one by one from word `i` of `words` (a
/// sentence's, starting at token `base`): its count and where it ends.
fn victims_at(
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
        let n = if matches!(w, "a" | "an" | "een")
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
            }
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
        // journalist", "two teenage sons".
        let person =
            (i..words.len().min(i + 3)).find(|&p| lexicon::is_victim_noun(words[p].folded))?;
        // (No other count between: "zijn dinsdag tientallen mensen
        // omgekomen" is no one's.)
        if words[i..person].iter().any(|t| {
            lexicon::is_not_death(t.folded)
                || matches!(t.folded, "and" | "en" | "of" | "van")
                || t.class & lexicon::class::NUMBER != 0
        }) || (i..person).any(|p| clause_break_after(text, tokens, base + p))
        {
            return None;
        }
        total = total.checked_add(n)?;
        i = person + 1;
        // Another item after "and"/"en" (or a comma).
        if words
            .get(i)
            .is_some_and(|t| matches!(t.folded, "and" | "en"))
            && words.get(i + 1).is_some_and(|t| {
                matches!(t.folded, "a" | "an" | "een")
                    || lexicon::is_possessive(t.folded)
                    || t.class & lexicon::class::NUMBER != 0
            })
        {
            i += 1;
            continue;
        }
        return Some((total, i));
    }
}

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
fn complete_year(article: Option<PartialDate>, month: u8, day: Option<u8>) -> Option<PartialDate> {
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
/// date has no week. Months and weeks are whole, "a"/"een" one.
fn ago(a: PartialDate, unit: &str, n: &str) -> Option<SentenceDate> {
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
fn day_date(
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
    let (mut first, mut background) = (None, None);
    each_date(text, tokens, s, article, |_, d| {
        if d.since.is_some() {
            background = background.take().or(Some(d));
            true
        } else {
            first = Some(d);
            false
        }
    });
    first.or(background)
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
        if d.since.is_none() {
            out.push((r, d.date));
        }
        true
    });
    out
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
        && (lo - 1..hi).all(|k| {
            !clause_break_after(text, tokens, k)
                || (tokens[k].cap && where_clause_after(text, tokens, k))
        })
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
fn where_clause_after(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|n| matches!(n.folded, "where" | "waar"))
        && text[tokens[k].end..tokens[k + 1].start].trim() == ","
}

/// Calls `each` with every date of the sentence (its tokens and the
/// date, `since` set for one after "since"), in text order, until it
/// returns false.
fn each_date(
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
            }
        }
        // "last weekend", "afgelopen weekend": the Saturday of the last
        // weekend before the article's day (a Saturday's or Sunday's
        // article means the one before).
        if w == "weekend"
            && (back == Some(1) || matches!(before, Some("afgelopen" | "past")))
            && let Some(days) = article.filter(|a| a.day.is_some()).and_then(|a| a.days())
            && let Some(wd) = PartialDate::from_days(days).weekday()
        {
            let mut d = (i64::from(wd) - 5).rem_euclid(7);
            if d < 2 {
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
            let a_wd = PartialDate::from_days(days).weekday().unwrap_or(0);
            let back = (i64::from(a_wd) - i64::from(wd)).rem_euclid(7);
            return (
                Some(SentenceDate::written(
                    PartialDate::from_days(days - back),
                    false,
                )),
                1,
            );
        }
        if lexicon::YESTERDAY_WORDS.contains(&w)
            && let Some(days) = article.and_then(|a| a.days())
        {
            // ("eergisteren": the day before yesterday.)
            let back = if w == "eergisteren" { 2 } else { 1 };
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

/// Are two mentions of one sentence items of one list: only a comma (or a
/// slash) between them, or one "en"/"and"/"of"/"or"?
pub fn coordinated(text: &str, tokens: &[Token], prev: &Mention, m: &Mention) -> bool {
    if prev.tokens.end > m.tokens.start {
        return false;
    }
    match m.tokens.start - prev.tokens.end {
        0 => {
            let gap = &text[prev.end..m.start];
            (gap.contains(',') || gap.contains('/')) && !gap.contains(['(', ')', ';', ':'])
        }
        1 => {
            let t = &tokens[prev.tokens.end];
            matches!(t.folded, "en" | "and" | "of" | "or")
                // ("Idlib, northern Hama")
                || (compass_joined(t) && text[prev.end..t.start].contains(','))
        }
        // "southern Idlib and northern Hama", "Zuid-Idlib en Noord-Hama";
        // "Maarat al-Numan and nearby Saraqeb".
        2 => {
            matches!(tokens[prev.tokens.end].folded, "en" | "and" | "of" | "or")
                && (compass_joined(&tokens[prev.tokens.end + 1])
                    || matches!(
                        tokens[prev.tokens.end + 1].folded,
                        "nearby" | "neighbouring" | "neighboring" | "nabijgelegen" | "naburige"
                    ))
        }
        _ => false,
    }
}

/// Is `m` the place of a phrase coordinated with `prev`'s, as a site of the
/// same verb: "hit a research center in Damascus and two depots near
/// Homs", "trof een school in Idlib en een markt in Ariha"? Besides
/// [`coordinated`] names, "and" then at most four lowercase words (six
/// after an article, a possessive or a number), none a cue or a clause's
/// start, and a preposition of place (after the first name's place noun, if
/// any).
pub fn coordinated_phrase(text: &str, tokens: &[Token], prev: &Mention, m: &Mention) -> bool {
    if coordinated(text, tokens, prev, m) {
        return true;
    }
    if prev.tokens.end >= m.tokens.start {
        return false;
    }
    // (Past the first name's place noun: "the air base in Anbar province
    // and a base in Erbil".)
    let noun = usize::from(lexicon::place_noun(tokens[prev.tokens.end].folded).is_some());
    let gap = prev.tokens.end + noun..m.tokens.start;
    // ("het noorden van de provincie Hama en het zuiden van Idlib", "the
    // north of Hama and the south of Idlib".)
    let part_of = || {
        matches!(tokens[gap.end - 1].folded, "van" | "of")
            && lexicon::is_direction(tokens[gap.end - 2].folded)
    };
    // (Five or six words only after an article, a possessive or a number,
    // which start a noun phrase: "and a chemical weapons storage site west
    // of Homs", not "and then returned to their base near Hama".)
    let long_phrase = || {
        let t = &tokens[gap.start + 1];
        is_article_word(t.folded)
            || lexicon::is_possessive(t.folded)
            || t.class & lexicon::class::NUMBER != 0
    };
    (3..=8).contains(&gap.len())
        && (gap.len() <= 6 || long_phrase())
        && matches!(tokens[gap.start].folded, "and" | "en")
        && (lexicon::is_locative(tokens[gap.end - 1].folded) || part_of())
        && !text[prev.end..m.start].contains([',', ';', ':', '(', ')', '.'])
        && tokens[gap.start + 1..gap.end - 1].iter().all(|t| {
            !t.cap
                && !cue_word(t)
                && !lexicon::is_clause_start(t.folded)
                && !starts_next_clause(t.folded)
        })
}

/// A word that, after "and"/"en", tells a new clause with its own verb
/// rather than another object of the same one: an auxiliary or a copula, or
/// an adverb of sequence ([`is_sequence_adverb`]: "opgepakt in Baghouz en
/// zat daarna in kamp al-Hol", "and then returned to their base near
/// Hama").
fn starts_next_clause(w: &str) -> bool {
    is_sequence_adverb(w)
        || matches!(
            w,
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "werd"
                | "werden"
                | "zat"
                | "zaten"
                | "heeft"
                | "hebben"
                | "wordt"
                | "worden"
        )
}

/// Adverbs of what came next: "then", "later", "daarna", "vervolgens".
fn is_sequence_adverb(w: &str) -> bool {
    matches!(
        w,
        "then" | "later" | "afterwards" | "subsequently" | "daarna" | "vervolgens" | "nadien"
    )
}

/// A compass adjective joined to the name after it ("northern Hama",
/// "Noord-Hama").
pub fn compass_joined(t: &Token) -> bool {
    t.joined && lexicon::is_compass_adjective(t.folded)
}

/// What a mention is to the sentence it stands in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Where the event happened.
    Site,
    /// Near where it happened ("nabij Qamishli", "ten noorden van Idlib").
    Near,
    /// Not the site: speaker, owner, origin, path, destination, reference
    /// point, part of a name.
    NotSite(&'static str),
}

impl Role {
    pub fn is_site(self) -> bool {
        matches!(self, Role::Site | Role::Near)
    }
}

fn is_article_like(w: &str) -> bool {
    crate::normalize::is_article(w)
}

/// Is a sentence (its tokens) written in Title Case (a headline: "ISIS
/// Continues to Displace Locals in Rural Deir Ezzor")? There a capital says
/// nothing about names.
fn title_case(tokens: &[Token]) -> bool {
    let (mut long, mut caps) = (0, 0);
    for t in tokens.iter().filter(|t| t.folded.len() >= 4) {
        long += 1;
        caps += usize::from(t.cap);
    }
    long >= 3 && caps * 10 >= long * 7
}

/// What [`role`] reads of the sentence around its mentions, found once per
/// sentence rather than once per mention.
pub struct SentenceInfo {
    /// The sentence's tokens.
    pub tokens: std::ops::Range<usize>,
    /// Written in Title Case.
    pub title_case: bool,
    /// A capitalised "Related" after a number: a page's links may follow
    /// ([`role`]).
    related: Option<usize>,
}

impl SentenceInfo {
    pub fn new(tokens: &[Token], range: std::ops::Range<usize>) -> SentenceInfo {
        SentenceInfo {
            title_case: title_case(&tokens[range.clone()]),
            related: (range.start + 1..range.end).find(|&k| {
                tokens[k].cap
                    && tokens[k].folded == "related"
                    && tokens[k - 1].folded.bytes().all(|b| b.is_ascii_digit())
            }),
            tokens: range,
        }
    }
}

fn sentence_bounds_tokens(tokens: &[Token], k: usize) -> std::ops::Range<usize> {
    let mut a = k;
    while a > 0 && !tokens[a].sentence_start {
        a -= 1;
    }
    let mut b = k + 1;
    while b < tokens.len() && !tokens[b].sentence_start {
        b += 1;
    }
    a..b
}

/// Byte range of the sentence holding token `k`.
fn sentence_bounds(tokens: &[Token], k: usize) -> std::ops::Range<usize> {
    let r = sentence_bounds_tokens(tokens, k);
    tokens[r.start].start..tokens[r.end - 1].end
}

pub fn is_article_word(w: &str) -> bool {
    matches!(
        w,
        "de" | "het" | "the" | "een" | "a" | "an" | "zijn" | "haar" | "its" | "their"
    )
}

/// The role of mention `mi` among the `mentions` of one sentence (in text
/// order), where `kinds[mi]` is the kind of its resolved place.
pub fn role(
    text: &str,
    tokens: &[Token],
    sentence: &SentenceInfo,
    mentions: &[&Mention],
    places: &[Place],
    roles_before: &[Role],
    mi: usize,
) -> Role {
    let m = mentions[mi];
    let start = m.tokens.start;
    let place = places[mi];
    if place.kind == Kind::Region && place.country.is_empty() {
        // "Europe", "the Middle East": too coarse to put an event on a map.
        return Role::NotSite("a region spanning countries");
    }
    // A dateline or a shouted name in ordinary text ("BEIRUT Syrian
    // government forces …") says where the reporter was.
    let written = &text[m.start..m.end];
    let mut letters = written.chars().filter(|c| c.is_alphabetic());
    // (Capitals first: that fails at the second letter of most names.)
    if letters.all(char::is_uppercase) && written.chars().filter(|c| c.is_alphabetic()).count() >= 6
    {
        let s = &text[sentence_bounds(tokens, start)];
        let lower = s.chars().filter(|c| c.is_lowercase()).count();
        let upper = s.chars().filter(|c| c.is_uppercase()).count();
        if lower > upper * 2 {
            return Role::NotSite("dateline");
        }
    }
    // The second of two towns fought between is the first's reference
    // point: "between Tal Tamr and Ras al-Ain".
    if mi > 0
        && roles_before.get(mi - 1) == Some(&Role::Near)
        && start == mentions[mi - 1].tokens.end + 1
        && matches!(tokens[start - 1].folded, "and" | "en")
        && mentions[mi - 1].tokens.start > 0
        && matches!(
            tokens[mentions[mi - 1].tokens.start - 1].folded,
            "between" | "tussen"
        )
        && between_towns(tokens, mentions, places, mi - 1)
    {
        return Role::NotSite("reference point");
    }
    // A city named before the part of it the sentence names is that part's
    // reference point: "a sarin attack on the Damascus suburb of Ghouta",
    // "the Aleppo district of Sheikh Maqsoud" (when the part is known; if
    // not, the city stays the site). The smaller is the part: "the Duma
    // neighbourhood of Damascus" is Duma; a province is none: "the Afrin
    // district of Aleppo province".
    let e = m.tokens.end;
    if mentions.get(mi + 1).is_some_and(|n| {
        n.tokens.start == e + 2
            && !matches!(places[mi + 1].kind, Kind::Country | Kind::Admin1)
            && places[mi + 1].population < place.population
    }) && place.kind.is_settlement()
        && tokens[e + 1].folded == "of"
        && (lexicon::is_quarter_noun(tokens[e].folded)
            || matches!(
                tokens[e].folded,
                "suburb" | "suburbs" | "district" | "districts" | "countryside"
            ))
    {
        return Role::NotSite("reference point");
    }
    // The one accused is no site: "The United States accused Damascus of
    // that attack", "Turkije beschuldigt Damascus van de aanval".
    if start > sentence.tokens.start
        && matches!(
            tokens[start - 1].folded,
            "accused"
                | "accuses"
                | "accuse"
                | "accusing"
                | "beschuldigde"
                | "beschuldigt"
                | "beschuldigen"
        )
    {
        return Role::NotSite("the one blamed");
    }
    // A web page's tags glued to the first sentence: "Tags Aleppo Idlib
    // Syria education children At least six children were killed …". The
    // names right after "Tags" are keywords, not sites.
    let first = sentence.tokens.start;
    if start > first
        && tokens[first].folded == "tags"
        && tokens[first + 1..start]
            .iter()
            .all(|t| t.cap || is_article_like(t.folded))
    {
        return Role::NotSite("a page's tags");
    }
    // So are the headlines of a page's links, written in Title Case after a
    // capitalised "Related" and a number: "91 Related US Mistakes Lack of
    // Aid Led to Humanitarian Catastrophe in Raqqa - Moscow …". (Where the
    // words since "Related" are not in Title Case, the article's own first
    // sentence may have begun: "Views 458 Related Lebanon charges 43
    // Syrians … At least 22 people were killed Friday when a car bomb
    // exploded … in Daraa province".)
    if let Some(k) = sentence.related
        && k < start
        && title_case(&tokens[k + 1..start])
    {
        return Role::NotSite("a page's links");
    }
    // Titles and "named": "president Bashar al-Assad", "a witness named
    // Ahmad".
    if start > 0 && lexicon::is_person_title(tokens[start - 1].folded) {
        return Role::NotSite("a person");
    }
    // A district written after its city: "Daraa al-Balad".
    if start >= 2
        && is_article_like(tokens[start - 1].folded)
        && mi > 0
        && mentions[mi - 1].tokens.end == start - 1
        && tokens[start - 2].joined
    {
        return Role::NotSite("part of a name");
    }
    // Part of a name: "Soek Damascus", "Radio Damascus". A capitalised word
    // right before the name that is neither a demonym, nor a place, nor the
    // first word of the sentence.
    let title_case = sentence.title_case;
    if start > 0 && !title_case {
        let p = &tokens[start - 1];
        let prev_is_mention = mi > 0 && mentions[mi - 1].tokens.end == start;
        let acronym = text[p.start..p.end].chars().all(|c| !c.is_lowercase());
        if p.cap
            && p.joined
            && !p.sentence_start
            && !acronym
            && !prev_is_mention
            && lexicon::demonym_of_class(p.folded, p.class).is_none()
            && lexicon::place_noun(p.folded).is_none()
            && !text[p.end..m.start].contains('-')
            && !lexicon::is_direction(p.folded)
        {
            return Role::NotSite("part of a name");
        }
    }
    // A family, clan or tribe: "the Balta family fled" (Balta, a town in
    // Ukraine).
    if let Some(n) = tokens.get(m.tokens.end)
        && matches!(
            n.folded,
            "family" | "families" | "clan" | "tribe" | "dynasty"
        )
        && text[m.end..n.start].trim().is_empty()
    {
        return Role::NotSite("a family");
    }
    // A person with an age, as Dutch and English news write it: "Saleh
    // (17)", "Ahmad (34)". (Not a distance: "Maarat al-Numan, 25 km (15
    // miles) north of …", "Saraqeb (15 miles)".)
    if let Some(n) = tokens.get(m.tokens.end) {
        let gap = &text[m.end..n.start];
        if gap.trim() == "("
            && n.folded.bytes().all(|b| b.is_ascii_digit())
            && text[n.end..].trim_start().starts_with([')', ',', '/'])
        {
            return Role::NotSite("a person");
        }
    }
    // Part of a name, the other way round: a capitalised word that is no
    // common word right after the name ("Ahmad Al K.", "Aleppo Media
    // Centre").
    if let Some(n) = tokens.get(m.tokens.end).filter(|_| !title_case) {
        let next_is_mention = mentions
            .get(mi + 1)
            .is_some_and(|x| x.tokens.start == m.tokens.end);
        if n.cap
            && tokens[m.tokens.end - 1].joined
            && !n.sentence_start
            && !next_is_mention
            && !text[m.end..n.start].contains('-')
            && lexicon::demonym_of_class(n.folded, n.class).is_none()
            && lexicon::place_noun(n.folded).is_none()
            && lexicon::word_zipf(n.folded).is_none_or(|z| z < 3.0)
            && !n.folded.bytes().all(|b| b.is_ascii_digit())
            // An acronym after a name is the next phrase: "Deir Ezzor SANA
            // reported".
            && text[n.start..n.end].chars().any(char::is_lowercase)
        {
            return Role::NotSite("part of a name");
        }
    }
    // A side, not a site: "a pro-Damascus commander", "anti-Ankara
    // protests", "pro-Koerdische", named by the prefix before the hyphen.
    if start > 0
        && matches!(tokens[start - 1].folded, "pro" | "anti")
        && &text[tokens[start - 1].end..m.start] == "-"
    {
        return Role::NotSite("attributive");
    }
    // Attributive compounds: "US-led coalition", "Turkey-backed rebels",
    // "door Koerden geleide"; and borders: "the Syria-Turkey border".
    if let Some(n) = tokens.get(m.tokens.end) {
        let gap = &text[m.end..n.start];
        if gap == "-"
            && (!n.cap || matches!(n.folded, "led" | "backed" | "based"))
            && lexicon::place_noun(n.folded).is_none()
        {
            return Role::NotSite("attributive");
        }
        if place.kind == Kind::Country && lexicon::is_border(n.folded) {
            return Role::NotSite("border");
        }
        // A country right before an event word is who did it: "US
        // airstrike", "Russian" aside (a demonym, no mention at all). Not
        // after a locative before a Dutch past participle, which Dutch puts
        // last: "werd in Turkije gearresteerd" ("killed in US airstrike"
        // keeps its actor).
        if place.kind == Kind::Country
            && gap.trim().is_empty()
            && !(start > 0
                && lexicon::is_locative(tokens[start - 1].folded)
                && dutch_participle(n.folded))
        {
            // (Also past one adjective: "the US latest airstrike".)
            let upto = tokens.len().min(m.tokens.end + 4);
            let rest_all = &tokens[m.tokens.end..upto];
            let cue_at = |words: &[Token]| {
                words.first().is_some_and(|w| {
                    lexicon::cues_starting_in(w.folded, w.bucket.into())
                        .any(|c| lexicon::phrase_at(c.words, words, 0))
                })
            };
            let skip = usize::from(rest_all.len() > 1 && !cue_at(rest_all));
            if cue_at(&rest_all[skip..]) {
                return Role::NotSite("actor");
            }
        }
    }
    // A possessive before the noun of one who fights or of what they do,
    // past up to two words: "Ankara's forces captured Tal Abyad", "Moscow's
    // bombing campaign", "Turkey's latest offensive".
    if possessive_s(text, tokens, m.tokens.end - 1)
        && clause_after(text, tokens, sentence.tokens.end, m.tokens.end, 3)
            .any(|k| lexicon::is_agent_noun(tokens[k].folded))
    {
        return Role::NotSite("actor");
    }
    // And before an authority: "Turkey's defence ministry says", "Syria's
    // foreign ministry".
    if possessive_s(text, tokens, m.tokens.end - 1)
        && clause_after(text, tokens, sentence.tokens.end, m.tokens.end, 3)
            .any(|k| lexicon::is_authority(tokens[k].folded))
    {
        return Role::NotSite("affiliation");
    }
    // A country's name before what it owns or sends: "fired missiles at
    // US bases in Iraq", "rockets were fired at US troops in Syria", "the
    // US embassy". Its people and things, not its ground. (Not before an
    // event noun: "the Syria offensive" is fought there.)
    if place.kind == Kind::Country
        && tokens[m.tokens.end - 1].joined
        && let Some(n) = tokens.get(m.tokens.end)
        && !n.cap
        && m.tokens.end < sentence.tokens.end
        && (lexicon::is_authority(n.folded)
            || matches!(
                n.folded,
                "forces"
                    | "troops"
                    | "troepen"
                    | "army"
                    | "leger"
                    | "military"
                    | "soldiers"
                    | "soldaten"
                    | "jets"
                    | "warplanes"
                    | "drones"
                    | "base"
                    | "bases"
                    | "basis"
                    | "interests"
                    | "personnel"
                    | "convoy"
                    | "patrol"
                    | "diplomats"
                    | "citizens"
                    | "nationals"
                    | "contractors"
            ))
    {
        return Role::NotSite("owner");
    }
    // A container named before the place it contains: "the Idlib town of
    // Saraqib", "the Damascus suburb of Douma", "the Aleppo province
    // village of Hayan". The event is the contained place's.
    {
        let mut k = m.tokens.end;
        let mut nouns = 0;
        while nouns < 2
            && tokens.get(k).is_some_and(|t| {
                lexicon::place_noun(t.folded).is_some() || matches!(t.folded, "suburb" | "voorstad")
            })
        {
            k += 1;
            nouns += 1;
        }
        if nouns > 0
            && tokens
                .get(k)
                .is_some_and(|t| matches!(t.folded, "of" | "van"))
            && mentions.get(mi + 1).is_some_and(|n| {
                n.tokens.start == k + 1
                    || (n.tokens.start == k + 2 && is_article_word(tokens[k + 1].folded))
            })
            // (The next place a settlement: "Tartous Homs and Hasakeh
            // cities of Syria" names no container.)
            && places.get(mi + 1).is_some_and(|p| !p.kind.is_area())
        {
            return Role::NotSite("the container of the next place");
        }
    }
    // Affiliation after the name: "Homs governor Talal Barazi". (Not after
    // a break or "in": "In Istanbul, police detained 91 people" is where;
    // "a source at Deir Ezzor Police Command" is still a name.)
    if let Some(n) = tokens.get(m.tokens.end)
        && lexicon::is_affiliation_after(n.folded)
        && !clause_break_after(text, tokens, m.tokens.end - 1)
        && !(start > sentence.tokens.start && matches!(tokens[start - 1].folded, "in"))
    {
        return Role::NotSite("affiliation");
    }
    // Coordination: "Ras al-Ayn, Tell Abyad, Qamishli en Ain Issa" share the
    // role of the first of the list.
    if mi > 0 && coordinated(text, tokens, mentions[mi - 1], m) {
        // (The second end of a stretch locates it with the first, which
        // alone stands for it: "on the road between Deir ez-Zor and
        // Palmyra".)
        if roles_before[mi - 1] == Role::Near && stretch_between(tokens, mentions[mi - 1]) {
            return Role::NotSite("reference point");
        }
        return roles_before[mi - 1];
    }
    let bare = |kind: Kind| -> Role {
        // No preposition: the object or subject of the clause. A country or
        // capital followed by a verb of saying is a speaker ("Ankara
        // beschouwt"); a country without a locative preposition is an actor.
        let next = tokens.get(m.tokens.end).map(|t| t.folded).unwrap_or("");
        if kind == Kind::Country {
            Role::NotSite("actor")
        } else if !clause_break_after(text, tokens, m.tokens.end - 1) && {
            // "Moscow has said" is a speaker; "Idlib was hit" a site.
            let after = tokens.get(m.tokens.end + 1).map(|t| t.folded).unwrap_or("");
            if lexicon::is_auxiliary(next) {
                lexicon::is_speech_verb(after) && !lexicon::is_auxiliary(after)
            } else {
                lexicon::is_speech_verb(next)
            }
        } {
            Role::NotSite("speaker")
        } else if acts(tokens, m.tokens.end) {
            Role::NotSite("actor")
        } else {
            Role::Site
        }
    };
    // Walk back to the governing preposition.
    let mut k = start;
    let mut skipped = 0;
    let mut near = false;
    let first_of_sentence = sentence.tokens.start;
    while k > first_of_sentence && skipped < 5 {
        if clause_break_after(text, tokens, k - 1) {
            return if near { Role::Near } else { bare(place.kind) };
        }
        k -= 1;
        let w = tokens[k].folded;
        let before = if k > first_of_sentence {
            tokens[k - 1].folded
        } else {
            ""
        };
        // "driven the fighters out of the town of Manbij", "fled out of
        // Aleppo": the place left. (Not a country: "troops pulled out of
        // Kurdish areas of Syria" is the war's background.)
        if w == "of" && before == "out" && place.kind != Kind::Country {
            return Role::NotSite("origin");
        }
        if matches!(w, "van" | "of") {
            // "de inwoners van Afrin", "the shelling of Aleppo". Not for a
            // country, which is as often the one who acts: "het offensief
            // van Turkije".
            // So is the place held or besieged: "fighting for control of
            // Aleppo", "the siege of Madaya".
            if place.kind != Kind::Country
                && (lexicon::is_resident_noun(before)
                    || matches!(
                        before,
                        "control" | "controle" | "siege" | "beleg" | "belegering"
                    )
                    || (k > first_of_sentence
                        && (cue_word(&tokens[k - 1]) || cue_ends_at(tokens, k - 1))))
            {
                // (Of a share of it: "control of half of Aleppo".)
                return if near { Role::Near } else { Role::Site };
            }
            // "the rebel-held suburb of Douma" is Douma; "a suburb of
            // Damascus" lies near Damascus.
            if matches!(before, "suburb" | "voorstad") {
                let indefinite = (k.saturating_sub(4).max(first_of_sentence)..k - 1)
                    .rev()
                    .map(|x| tokens[x].folded)
                    .find(|w| matches!(*w, "a" | "an" | "een" | "the" | "de" | "het" | "its"))
                    .is_some_and(|w| matches!(w, "a" | "an" | "een"));
                near |= indefinite;
                k -= 1;
                continue;
            }
            // "in the centre of Azaz", "in het centrum van Damascus": the
            // place itself, whose point is its centre. So is all of it:
            // "retaking all of eastern Aleppo", "the whole of Raqqa".
            if matches!(
                before,
                "centre" | "center" | "centrum" | "heart" | "hart" | "all" | "whole"
            ) {
                k -= 1;
                continue;
            }
            // (Not a share of a country, which is of its people as often:
            // "half of Syria's population".)
            if lexicon::is_direction(before)
                || (lexicon::is_portion(before) && place.kind != Kind::Country)
            {
                // "ten noorden van", "north of", "in de buurt van", "half
                // of".
                near = true;
                k -= 1;
                continue;
            }
            // "het ziekenhuis van Afrin", "the central market of Azaz":
            // where it stands.
            if lexicon::is_facility_noun(before) {
                return Role::Site;
            }
            let quarter = lexicon::is_quarter_noun(before);
            if quarter || lexicon::place_noun(before).is_some() {
                // "the city of Aleppo", "the Bab al-Maqam neighbourhood of
                // Aleppo": keep walking. (A quarter the gazetteer knows is
                // the site: "the Duma neighbourhood of Damascus".)
                if quarter && mi > 0 && mentions[mi - 1].tokens.end + 1 == k {
                    return Role::NotSite("the city of a quarter named before");
                }
                continue;
            }
            if lexicon::is_authority(before) {
                return Role::NotSite("affiliation");
            }
            return Role::NotSite("owner or origin");
        }
        // "about half of Aleppo", "rond de helft van Afrin": "about" and
        // "rond" say how much, not where. (Prepositions carry the function
        // bit: most words are passed over by it.)
        if tokens[k].class & lexicon::class::FUNCTION != 0
            && matches!(w, "about" | "around" | "rond")
            && tokens[k + 1..]
                .iter()
                .take(2)
                .any(|t| lexicon::is_portion(t.folded))
        {
            continue;
        }
        if lexicon::is_locative(w) {
            // "fled across the border into Turkey", "escaped into Lebanon":
            // the country they went to, not where they fled from. ("fled
            // into government-held western Aleppo" moved within the city.)
            if w == "into"
                && place.kind == Kind::Country
                && (k.saturating_sub(5).max(first_of_sentence)..k).any(|x| {
                    matches!(
                        tokens[x].folded,
                        "fled" | "flee" | "fleeing" | "escaped" | "crossed" | "crossing"
                    )
                })
            {
                return Role::NotSite("destination");
            }
            // "firing eight missiles from two F-15 jets over Lebanon": where
            // the aircraft fired from, not what they hit; "a missile at
            // Israeli jets flying over Lebanon": where they flew, not a site.
            if matches!(w, "over" | "boven") && k > first_of_sentence + 1 {
                if lexicon::is_aircraft(before)
                    && (k.saturating_sub(6).max(first_of_sentence)..k - 1)
                        .any(|x| matches!(tokens[x].folded, "from" | "vanuit" | "uit"))
                {
                    return Role::NotSite("origin");
                }
                if matches!(
                    before,
                    "flying" | "flew" | "fly" | "vlogen" | "vloog" | "vliegend" | "vliegen"
                ) {
                    return Role::NotSite("airspace");
                }
            }
            // "de regering in Damascus", "reactie uit Ankara".
            let mut b = k;
            while b > first_of_sentence && is_article_word(tokens[b - 1].folded) {
                b -= 1;
            }
            // The word before the preposition, or the one before that
            // ("woont nu in Nederland", "based in The Hague").
            // (Not a place a relative clause then tells of: "lived in
            // Raqqa, where her husband was killed in an air strike".)
            let seat = (b.saturating_sub(2).max(first_of_sentence)..b)
                .any(|x| lexicon::is_seat_word(tokens[x].folded))
                && !where_clause_after(text, tokens, m.tokens.end - 1);
            // "calling on Washington", "een oproep aan Ankara": addressees.
            if b > first_of_sentence
                && matches!(
                    tokens[b - 1].folded,
                    "calling" | "called" | "calls" | "call" | "oproep" | "appealed" | "appeal"
                )
            {
                return Role::NotSite("addressee");
            }
            // "the attack, which Washington blames on Damascus": the one
            // blamed, not the site.
            if b > first_of_sentence
                && matches!(
                    tokens[b - 1].folded,
                    "blames" | "blamed" | "blame" | "blaming" | "wijt" | "weet" | "weten"
                )
            {
                return Role::NotSite("the one blamed");
            }
            // (Not officials killed there: "Gunmen shot dead two local
            // officials in Raqqa"; nor a building stormed there:
            // "Demonstranten bestormden het parlement in Bagdad".)
            let done_there = |x: usize| {
                lexicon::is_killing_verb(tokens[x].folded)
                    || (tokens[x].folded == "dead" && x > 0 && tokens[x - 1].folded == "shot")
                    || tokens[x].folded.starts_with("bestorm")
                    || tokens[x].folded.starts_with("storm")
            };
            // (The deed may stand further back in its clause: "a bomb
            // killed three of President Bashar al-Assad's top security
            // officials in Damascus".)
            if b > first_of_sentence
                && (lexicon::is_authority(tokens[b - 1].folded) || seat)
                && !(b.saturating_sub(12).max(first_of_sentence)..b - 1)
                    .rev()
                    .take_while(|&x| !clause_break_after(text, tokens, x))
                    .any(done_there)
            {
                return Role::NotSite("seat of an authority");
            }
            // "launched from a base in Iraq", "vanuit bases in Turkije":
            // where the attackers set out from.
            if b > first_of_sentence + 1
                && matches!(
                    tokens[b - 1].folded,
                    "base" | "bases" | "basis" | "territory" | "grondgebied" | "soil"
                )
                && (b.saturating_sub(4).max(first_of_sentence)..b - 1)
                    .any(|x| matches!(tokens[x].folded, "from" | "vanuit" | "vanaf" | "uit"))
            {
                return Role::NotSite("origin");
            }
            // "Erdogan zei vrijdag in Ankara dat de operatie doorgaat",
            // "told reporters in Moscow": where it was said. (A weekday or
            // "reporters" may stand between.)
            let said = |x: usize| {
                !tokens[x].cap
                    && matches!(
                        tokens[x].folded,
                        "zei"
                            | "zeiden"
                            | "zegt"
                            | "zeggen"
                            | "verklaarde"
                            | "verklaart"
                            | "sprak"
                            | "said"
                            | "says"
                            | "told"
                            | "stated"
                            | "declared"
                            | "announced"
                    )
            };
            if b > first_of_sentence
                && (said(b - 1)
                    || (b > first_of_sentence + 1
                        && said(b - 2)
                        && (lexicon::weekday(tokens[b - 1].folded).is_some()
                            || matches!(
                                tokens[b - 1].folded,
                                "reporters" | "journalists" | "journalisten" | "verslaggevers"
                            ))))
            {
                return Role::NotSite("where it was said");
            }
            // "in een debat in Den Haag", "at a summit in Sochi": where
            // people meet, not the site of what they discuss.
            if b > first_of_sentence && lexicon::is_meeting_noun(tokens[b - 1].folded) {
                return Role::NotSite("venue");
            }
            // "demonstreerden tegen de Turkse inval in Noord-Syrië",
            // "protested in Cologne against the Turkish offensive in
            // Syria": where the cause of a protest lies is not where the
            // protest is.
            if after_against(text, tokens, first_of_sentence, b, 5)
                && tokens[sentence.tokens.clone()].iter().any(|t| {
                    let w = t.folded;
                    w.starts_with("protest")
                        || w.starts_with("demonstr")
                        || w.starts_with("betog")
                        || w.starts_with("rall")
                })
            {
                return Role::NotSite("the protest's cause");
            }
            // "protest against the wars in Afghanistan and Iraq", "vluchtte
            // voor de oorlog in Syrië": the war's country is its background,
            // not the site of what the sentence reports.
            if b > first_of_sentence
                && matches!(
                    tokens[b - 1].folded,
                    "war" | "wars" | "oorlog" | "oorlogen" | "burgeroorlog"
                )
            {
                return Role::NotSite("the war's country");
            }
            if lexicon::is_near(w) || near || (before == "vlak" && w == "bij") {
                return Role::Near;
            }
            return Role::Site;
        }
        // ("aan de rand van Ras al-Ain", "aan de oostkant van": past a word of
        // direction, "aan" is where, not to whom.)
        if near && matches!(w, "aan" | "on" | "at") {
            return Role::Near;
        }
        if lexicon::is_not_site_prep(w) {
            if w == "van" || w == "of" {
                continue;
            }
            // A stretch of road or land between two places lies near the
            // first: "a roadside bomb on the road between Deir ez-Zor and
            // Palmyra", ACLED's "near a town" (precision 2). ("Clashes
            // between Damascus and Ankara" name sides, not a stretch.)
            if place.kind != Kind::Country && stretch_between(tokens, m) {
                return Role::Near;
            }
            // So does fighting between two towns: "Clashes broke out
            // between Tal Tamr and Ras al-Ain" (the second is then the
            // reference point). Not between cities that stand for their
            // governments: "tensions between Damascus and Ankara".
            if matches!(w, "between" | "tussen") && between_towns(tokens, mentions, places, mi) {
                return Role::Near;
            }
            // An advance on a place is fought near it: "rukten zaterdag op
            // naar Ras al-Ain", "advanced towards Raqqa".
            if matches!(w, "naar" | "richting" | "towards" | "toward" | "to")
                && advance_before(tokens, first_of_sentence, k)
            {
                return Role::Near;
            }
            // What is hit on its way to a town is hit near it: "Een
            // konvooi op weg naar Ras al-Ain werd gebombardeerd", "a convoy
            // heading to Ras al-Ain was bombed" (not a country: "refugees
            // heading to Turkey").
            if matches!(w, "naar" | "to" | "towards" | "toward")
                && place.kind.is_settlement()
                && en_route_before(tokens, first_of_sentence, k)
            {
                return Role::Near;
            }
            return Role::NotSite(match w {
                "tussen" | "between" => "reference point",
                "naar" | "to" | "towards" | "richting" => "destination",
                "uit" | "vanuit" | "vanaf" | "from" => "origin",
                _ => "not the site",
            });
        }
        // "a route linking Palmyra and Deir ez-Zor": the road, near the
        // first (the second is its reference point, as after "between").
        if matches!(w, "linking" | "connecting")
            && k + 1 == start
            && place.kind != Kind::Country
            && stretch_between(tokens, m)
        {
            return Role::Near;
        }
        if lexicon::is_clause_start(w)
            || cue_word(&tokens[k])
            || lexicon::month(w).is_some()
            || w.as_bytes()[0].is_ascii_digit()
        {
            // "in een verklaring dat Nederland …", "In oktober 2019 viel
            // Turkije …": the preposition belongs to another phrase.
            break;
        }
        // A possessive name before it is the place's own: "the governor
        // of Turkey's Hatay province", "in Syria's Idlib province".
        if tokens[k].cap
            && lexicon::demonym_of_class(w, tokens[k].class).is_none()
            && !lexicon::is_direction(w)
            && !(k + 1 < start && possessive_s(text, tokens, k))
        {
            // A capitalised word between ("On Thursday night the United
            // States launched") is the start of the clause or another name.
            break;
        }
        if lexicon::is_direction(w) && (before == "ten" || before.is_empty()) {
            near = true;
        }
        skipped += 1;
    }
    if near { Role::Near } else { bare(place.kind) }
}

/// Is word `k` followed by a possessive "'s" ("Turkey's", "Syria’s")?
fn possessive_s(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|n| matches!(&text[tokens[k].end..n.end], "'s" | "’s"))
}

/// Do the words before `k` (a preposition of direction) say something is
/// on its way: "heading", "headed", "bound", "on its way", "en route", "op
/// weg", "onderweg"?
fn en_route_before(tokens: &[Token], first: usize, k: usize) -> bool {
    let at = |b: usize| (k >= first + b).then(|| tokens[k - b].folded);
    match at(1) {
        Some("heading" | "headed" | "bound" | "onderweg") => true,
        Some("way") => matches!(at(2), Some("its" | "their" | "his" | "her" | "the")),
        Some("route") => at(2) == Some("en"),
        Some("weg") => at(2) == Some("op"),
        // A verb of travelling a few words before, with its way: "a
        // Turkish military convoy travelling south on the main highway
        // towards Khan Sheikhoun".
        _ => (1..=6).any(|b| {
            matches!(
                at(b),
                Some("travelling" | "traveling" | "driving" | "heading" | "moving" | "rijdend")
            )
        }),
    }
}

/// Does the word before `k` (a preposition of direction) say troops
/// advance: "advanced", "pushing", "oprukken", "rukten … op"?
fn advance_before(tokens: &[Token], first: usize, k: usize) -> bool {
    if k <= first {
        return false;
    }
    let rukken = |w: &str| matches!(w, "rukt" | "rukte" | "rukten" | "rukken");
    match tokens[k - 1].folded {
        // (Not "to advance to Raqqa", a purpose.)
        "advanced" | "advancing" | "pushed" | "pushing" | "pushes" | "marched" | "marching"
        | "marches" | "oprukken" | "opgerukt" | "oprukkende" | "oprukt" | "oprukte"
        | "oprukten" => true,
        w if rukken(w) => true,
        // "rukten zaterdag op naar": the particle, its verb before.
        "op" => tokens[first..k - 1].iter().any(|t| rukken(t.folded)),
        _ => false,
    }
}

/// Is mention `mi` (after "between"/"tussen") the first of two towns, under
/// 250,000 people each, joined by "and"/"en"?
fn between_towns(tokens: &[Token], mentions: &[&Mention], places: &[Place], mi: usize) -> bool {
    let town = |p: &Place| p.kind.is_settlement() && p.population < 250_000;
    let m = mentions[mi];
    town(&places[mi])
        && mentions.get(mi + 1).is_some_and(|n| {
            n.tokens.start == m.tokens.end + 1
                && matches!(tokens[m.tokens.end].folded, "and" | "en")
                && town(&places[mi + 1])
        })
}

/// Does mention `m` follow "between"/"tussen" after a noun of a road or of
/// land ("on the road between", "op de weg tussen", "the area between"),
/// and is it one end of that stretch?
fn stretch_between(tokens: &[Token], m: &Mention) -> bool {
    let mut k = m.tokens.start;
    while k > 0 && is_article_word(tokens[k - 1].folded) {
        k -= 1;
    }
    k >= 2
        && ((matches!(tokens[k - 1].folded, "between" | "tussen")
            && (lexicon::is_road_noun(tokens[k - 2].folded)
                || lexicon::place_noun(tokens[k - 2].folded).is_some()))
            // "a key supply route linking Palmyra and Deir ez-Zor".
            || (matches!(tokens[k - 1].folded, "linking" | "connecting")
                && lexicon::is_road_noun(tokens[k - 2].folded)))
}

/// Clause number of every token of a sentence: a new clause starts at a
/// conjunction ("maar", "because"), after `;` or `:`, and at a relative
/// pronoun after a comma (", wat in Turkije strafbaar is"). A parenthesis
/// is an aside: its words are a clause of their own, and the words after
/// it go on with the clause before it ("struck the base of the National
/// Defense Forces (NDF) in the Golan Heights"). (Only equal numbers mean
/// anything: one clause.)
pub fn clauses(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<usize> {
    let mut out = Vec::with_capacity(range.len());
    let mut c = 0;
    let mut fresh = 1;
    let mut new_clause = || {
        fresh += 1;
        fresh - 1
    };
    // The clause a parenthesis interrupted.
    let mut outer: Option<usize> = None;
    // The first word after the last comma (a relative clause between
    // commas is looked for only at a comma and an auxiliary).
    let mut after_comma = range.start;
    for k in range.clone() {
        if k > range.start {
            let (a, b) = (tokens[k - 1].end, tokens[k].start);
            let w = tokens[k].folded;
            // (Most words follow one space: no punctuation to look for.)
            let plain = b == a + 1 && text.as_bytes()[a] == b' ';
            // (The gap's punctuation, read once: most gaps are a space.)
            let (mut open, mut close, mut stop, mut comma) = (false, false, false, false);
            if !plain {
                for &g in &text.as_bytes()[a..b] {
                    match g {
                        b'(' => open = true,
                        b')' => close = true,
                        b';' | b':' => stop = true,
                        b',' => comma = true,
                        _ => {}
                    }
                }
            }
            if close {
                c = outer.take().unwrap_or_else(&mut new_clause);
            }
            if open {
                outer = Some(c);
                c = new_clause();
            } else if (tokens[k].class & lexicon::class::CONJ != 0 && lexicon::is_conjunction(w))
                || stop
                // (And "and"/"en" before an adverb of sequence, after a verb
                // or not: "opgepakt in Baghouz en zat daarna in kamp
                // al-Hol", "and then returned". Not "and then Hama", a place
                // listed. A verb alone may share the place before: "broke
                // the siege on Deir el-Zour and are fighting to liberate
                // the city".)
                || (matches!(w, "and" | "en") && {
                    let at = |d: usize| tokens.get(k + d).filter(|t| !t.cap && k + d < range.end);
                    at(1).is_some_and(|t| is_sequence_adverb(t.folded))
                        || (at(1).is_some_and(|t| starts_next_clause(t.folded))
                            && at(2).is_some_and(|t| is_sequence_adverb(t.folded)))
                } && tokens.get(k + 2).is_some_and(|t| !t.cap))
                // (Not "where" after a name: "lived in Raqqa, where her
                // husband was killed in an air strike" tells where.)
                || (comma
                    && lexicon::is_clause_start(w)
                    && !(tokens[k - 1].cap && where_clause_after(text, tokens, k - 1)))
                // (The main verb after a relative clause between commas:
                // "een serie over een gezin dat uit Aleppo vluchtte, heeft
                // in Toronto een prijs gewonnen". Not after an apposition:
                // "Maarat al-Numan, 25 km north of Khan Sheikhoun, was
                // shelled".)
                || (comma
                    && lexicon::is_auxiliary(w)
                    && tokens[after_comma..k].iter().any(|t| {
                        matches!(
                            t.folded,
                            "dat" | "die" | "that" | "which" | "who" | "waar" | "where"
                        )
                    }))
            {
                c = new_clause();
            }
            if comma {
                after_comma = k;
            }
        }
        out.push(c);
    }
    out
}

/// Demote reference points: a place "near" another site just named in the
/// same clause ("Suluk ingenomen, nabij Tell Abyad"; "Nairab vlak bij de
/// stad Idlib") locates that site, it is not a second one.
/// (Not the items of a list, which share the first's role: "near the
/// towns of Rastan, Talbiseh and Zaafarana" are three places near which it
/// happened.)
pub fn demote_reference_points(
    text: &str,
    tokens: &[Token],
    mentions: &[&Mention],
    places: &[Place],
    roles: &mut [Role],
) {
    // A town named right after "in" behind a site inside it (an airbase,
    // a camp, a landmark, a district) locates that site: "the Mezzeh
    // military airport in Damascus" is one place, not two. (So does a
    // bigger town behind a smaller one close by with a side of it: "Douma
    // in eastern Damascus", "the Yarmouk camp in southern Damascus", "the
    // Jabalia refugee camp in northern Gaza".)
    for i in 1..mentions.len() {
        let (j, m) = (i - 1, mentions[i]);
        let side = m.tokens.start >= 2
            && lexicon::is_compass_adjective(tokens[m.tokens.start - 1].folded)
            && tokens[m.tokens.start - 2].folded == "in";
        let part = matches!(
            places[j].kind,
            Kind::Airbase | Kind::Camp | Kind::Landmark | Kind::District
        ) || (side
            && places[j].kind.is_settlement()
            && places[i].population > places[j].population);
        if roles[i] == Role::Site
            && roles[j].is_site()
            && part
            && places[i].kind.is_settlement()
            // (Up to three lowercase words between: "military airport".)
            && m.tokens.start > mentions[j].tokens.end
            && m.tokens.start <= mentions[j].tokens.end + 4 + usize::from(side)
            && (tokens[m.tokens.start - 1].folded == "in" || side)
            && tokens[mentions[j].tokens.end..m.tokens.start - 1 - usize::from(side)]
                .iter()
                .all(|t| !t.cap)
            && crate::gazetteer::within_km(
                (places[i].lat, places[i].lon),
                (places[j].lat, places[j].lon),
                crate::resolve::CITY_PART_KM,
            )
        {
            roles[i] = Role::NotSite("reference point");
        }
    }
    // "the rebel enclave near Damascus", "het rebellenbolwerk bij Idlib": a
    // place that an area the sentence names lies near is its reference
    // point, when the sentence names that area ("killed at least 100
    // civilians in Eastern Ghouta …, the rebel enclave near Damascus").
    for i in 0..mentions.len() {
        let start = mentions[i].tokens.start;
        if roles[i] != Role::Near
            || start < 2
            || !matches!(
                tokens[start - 1].folded,
                "near" | "bij" | "nabij" | "outside" | "buiten"
            )
            || lexicon::place_noun(tokens[start - 2].folded) != Some(lexicon::PlaceNoun::Area)
        {
            continue;
        }
        if (0..mentions.len()).any(|j| {
            j != i
                && roles[j].is_site()
                && places[j].kind.is_area()
                && places[j].kind != Kind::Country
        }) {
            roles[i] = Role::NotSite("reference point");
        }
    }
    // A town's province written after it, "Saraqeb, Idlib", "Qamishli,
    // Hasakah", locates it: the province, or the provincial capital named
    // like it, is no second site. (Not within a longer list: "Binnish,
    // Saraqeb, Idlib and Hama" are four towns.)
    let list = |a: usize, b: usize| coordinated(text, tokens, mentions[a], mentions[b]);
    // (The place at `i` the province of the town at `j`, by its own name
    // or its capital's.)
    let province_of_town = |i: usize, j: usize| {
        places[j].kind.is_settlement()
            && (places[i].kind == Kind::Admin1 || places[i].named_like_its_province())
            && places[i].admin1().is_some()
            && places[i].admin1() == places[j].admin1()
            && places[i].name() != places[j].name()
    };
    for i in 1..mentions.len() {
        let j = i - 1;
        if roles[i].is_site()
            && roles[j].is_site()
            && province_of_town(i, j)
            && mentions[i].tokens.start == mentions[j].tokens.end
            && list(j, i)
            && !(j > 0 && list(j - 1, j))
            && !(i + 1 < mentions.len() && list(i, i + 1))
        {
            roles[i] = Role::NotSite("reference point");
        }
    }
    // So does one written after "in" ("the town of Maarat al-Numan in
    // Idlib", "Tal Tamr in Hasakah", "in northern Idlib"): the provincial
    // capital named like the province is the province, or the city the
    // place lies by ("Nairab in Aleppo"), no second site.
    for i in 1..mentions.len() {
        let j = i - 1;
        let start = mentions[i].tokens.start;
        let side = start >= 2 && lexicon::is_compass_adjective(tokens[start - 1].folded);
        let gap = mentions[j].tokens.end + 1 + usize::from(side);
        if roles[i].is_site()
            && roles[j].is_site()
            && province_of_town(i, j)
            && places[i].named_like_its_province()
            && start == gap
            && matches!(tokens[mentions[j].tokens.end].folded, "in" | "of")
        {
            roles[i] = Role::NotSite("reference point");
        }
    }
    // (Nor the place of a phrase coordinated with the site's: "a research
    // center in Damascus and two depots near Homs".)
    for i in 1..mentions.len() {
        if roles[i] != Role::Near || coordinated_phrase(text, tokens, mentions[i - 1], mentions[i])
        {
            continue;
        }
        let prev_site = (0..i).rev().find(|&j| roles[j].is_site());
        // (Not a town inside an area, near which the area's event
        // happened: "in eastern Syria near the city of Deir al-Zor" puts it
        // near the town; but "in Eastern Ghouta near Damascus", a
        // governorate of its own, leaves it in the region.)
        let finer = |j: usize| {
            let (area, town) = (&places[j], &places[i]);
            matches!(area.kind, Kind::Region | Kind::Admin1)
                && town.kind.is_settlement()
                && area.country == town.country
                && area.admin1().is_none_or(|a| town.admin1() == Some(a))
        };
        if let Some(j) = prev_site.filter(|&j| !finer(j)) {
            let gap = mentions[i].tokens.start - mentions[j].tokens.end;
            let dist_ok = gap <= 6;
            let between = &tokens[mentions[j].tokens.end..mentions[i].tokens.start];
            let same_sentence = !between.iter().any(|t| t.sentence_start);
            // (Nor after "and": the place is near what the words after
            // "and" name, "bombardeerden Tal Abyad, en de artillerie
            // beschoot doelen bij Qamishli", "hit Tal Abyad and villages
            // near Qamishli".)
            let joined = between.iter().any(|t| matches!(t.folded, "and" | "en"));
            if dist_ok && same_sentence && !joined {
                roles[i] = Role::NotSite("reference point");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The types struck from afar are those ACLED counts as remote
    /// violence.
    #[test]
    fn remote_is_acleds_remote_violence() {
        for ty in EventType::ALL {
            assert_eq!(
                ty.is_remote(),
                ty.acled().0 == Some("Explosions/Remote violence"),
                "{ty:?}"
            );
        }
    }

    /// Numbers written with digits: thousands separated by a point or a
    /// comma, a decimal's whole part, and nothing past `u32`.
    #[test]
    fn numbers_in_digits() {
        for (text, want) in [
            ("12", Some(12)),
            ("130.000", Some(130_000)),
            ("130,000", Some(130_000)),
            ("1.000.000", Some(1_000_000)),
            ("3,6", Some(3)),
            ("5,5 miljoen", Some(5)),
            ("1.50", Some(1)),
            ("12.000,5", Some(12)),
            ("4294967295", Some(u32::MAX)),
            ("4294967296", None),
            ("9.999.999.999", None),
        ] {
            let mut arena = String::new();
            let (tokens, _) = crate::extract::tokenize(text, &mut arena);
            assert_eq!(number_at(text, &tokens, 0).map(|(n, _)| n), want, "{text}");
        }
    }
}
