//! What each sentence reports before any place is known: its cues of
//! events and its count of the dead.
//!
//! Takes the article's tokens and sentences. Gives one [`Report`] per
//! sentence, in sentence order. These come first: they need no place, and
//! every event starts from one of them, so an article without any (as most
//! of a general news archive) is done before its names are looked up, the
//! most costly stage.

use crate::classify::{self, EventType};
use crate::extract::{Sentence, Token};
use crate::lexicon::{self, Strength};
use crate::wordlists;

use super::context::Ctx;

/// What a sentence reports before any place is known.
pub(super) struct Report {
    /// Its cues (the strong ones only, when it has any).
    pub cues: Vec<classify::CueHit>,
    pub deaths: Option<classify::DeathCount>,
    /// Deaths with no cue of a clearer type.
    pub casualties: bool,
    /// … told "also", with no count ("Ook in Charkiv en Dnipro vielen
    /// doden"): an event only after one of their day, whose type they take.
    pub also_dead: bool,
}

/// Does sentence `s` tell more of what was told before, "ook", "also",
/// and deny nothing ("Er vielen ook geen doden")? (Not a name's "also
/// known as", "ook wel", "ook bekend als".)
pub(super) fn also_told(tokens: &[Token], s: &Sentence) -> bool {
    let words = &tokens[s.tokens.clone()];
    words.windows(2).any(|w| {
        matches!(w[0].folded, "ook" | "also") && !matches!(w[1].folded, "known" | "wel" | "bekend")
    }) && !words.iter().any(|t| wordlists::is_negation(t.folded))
}

/// Does sentence `s` point back at the deed told before, "daarbij",
/// "hierbij" ("with it", "in it"): "In Atareb vielen daarbij drie doden"
/// after the air strikes? (Its dead are that deed's.)
pub(super) fn points_back(tokens: &[Token], s: &Sentence) -> bool {
    tokens[s.tokens.clone()]
        .iter()
        .any(|t| matches!(t.folded, "daarbij" | "hierbij"))
}

/// Are the sentence's dead only the topic of what it tells, a noun of death
/// after "over", "about", "into", "for" or "against" and its article:
/// "called for more pressure on the Assad government over the deaths of
/// thousands of detainees in Saydnaya prison", "an inquiry into the
/// killing of 12 civilians", "demonstreerden tegen de dood van"? Talk,
/// inquiries and protests about dead report no deed. (Not a sentence that
/// also tells them killed: "mourned the deaths of 12 soldiers killed in
/// Idlib".)
fn deaths_as_topic(tokens: &[Token], s: &Sentence) -> bool {
    let words = &tokens[s.tokens.clone()];
    let mut topic = false;
    for (k, t) in words.iter().enumerate() {
        if classify::death_at(words, k).is_none() || t.folded == "dode" {
            continue;
        }
        let noun = matches!(
            t.folded,
            "deaths" | "death" | "killing" | "killings" | "dood" | "moord" | "moorden"
        );
        let governed = k >= 2
            && matches!(words[k - 1].folded, "the" | "de" | "het")
            && matches!(
                words[k - 2].folded,
                "over" | "about" | "into" | "for" | "against" | "tegen" | "naar" | "om"
            );
        if !(noun && governed) {
            return false;
        }
        topic = true;
    }
    topic
}

/// Does sentence `s` tell of a mass grave: "is een nieuw massagraf met
/// bijna tweehonderd doden ontdekt", "a mass grave containing 230
/// corpses"? Its dead died long before, in no event of its day.
fn mass_grave(tokens: &[Token], s: &Sentence) -> bool {
    let words = &tokens[s.tokens.clone()];
    words.iter().any(|t| t.folded.starts_with("massagra"))
        || words
            .windows(2)
            .any(|w| w[0].folded == "mass" && matches!(w[1].folded, "grave" | "graves"))
}

/// Are the cues, if any, only hits ("getroffen"), which are events only
/// after strikes: does the sentence report nothing by itself?
pub(super) fn only_hits(cues: &[classify::CueHit]) -> bool {
    cues.iter().all(|c| c.ty == EventType::Mention)
}

/// A weak cue gives way to a strong one of its clause: "air strikes and
/// attacks" are air strikes. (Not to one of another clause, a second
/// happening at a place of its own: "Israel strikes Damascus as clashes
/// rage in Sweida"; see [`Ctx::clauses_of`].) Once the names are found.
pub(super) fn weak_give_way(cx: &Ctx, reports: &mut [Report]) {
    let (text, tokens) = (cx.text, cx.tokens);
    for (si, (s, r)) in cx.sentences.iter().zip(reports.iter_mut()).enumerate() {
        let cues = &mut r.cues;
        // A weak generic attack word beside a weak cue that says what the
        // deed was is that deed: "Boko Haram militants killed at least 43
        // farm workers … in an attack on rice fields near Maiduguri" is
        // an attack on civilians, not a clash.
        if cues.len() > 1
            && let Some(ty) = cues
                .iter()
                .find(|c| {
                    c.strength == Strength::Weak
                        && c.ty == EventType::Attack
                        && !wordlists::is_generic_attack_word(tokens[c.at].folded)
                })
                .map(|c| c.ty)
        {
            for c in cues.iter_mut() {
                if c.strength == Strength::Weak
                    && wordlists::is_generic_attack_word(tokens[c.at].folded)
                {
                    c.ty = ty;
                }
            }
        }
        if !cues.iter().any(|c| c.strength == Strength::Strong)
            || !cues.iter().any(|c| c.strength == Strength::Weak)
        {
            continue;
        }
        // (Cues one space apart, with no conjunction, "and" or "as"
        // between, are of one clause: most sentences' are.)
        let lo = cues.iter().map(|c| c.at).min().unwrap_or(s.tokens.start);
        let hi = cues.iter().map(|c| c.at + c.len).max().unwrap_or(lo);
        let one_clause = s.class & lexicon::class::CONJ == 0
            && (lo..hi.saturating_sub(1)).all(|k| {
                let (a, b) = (tokens[k].end, tokens[k + 1].start);
                b == a + 1
                    && text.as_bytes()[a] == b' '
                    && !matches!(tokens[k + 1].folded, "and" | "en")
            });
        // (Nor a weak cue of a deed the strong one avenges or answers,
        // told in a phrase of its own: "bombed Afrin on Sunday in
        // retaliation for an attack in Kilis" tells an attack at Kilis.)
        let strong_at: Vec<usize> = cues
            .iter()
            .filter(|c| c.strength == Strength::Strong)
            .map(|c| c.at)
            .collect();
        let avenged_apart = |c: &classify::CueHit| {
            classify::avenged(text, tokens, s.tokens.start, c.at).is_some_and(|a| {
                strong_at
                    .iter()
                    .all(|&k| !classify::in_clause_of(text, tokens, a, k))
            })
        };
        if one_clause {
            cues.retain(|c| c.strength == Strength::Strong || avenged_apart(c));
            continue;
        }
        let clause = cx.clauses_of(si);
        let of = |c: &classify::CueHit| clause[c.at - s.tokens.start];
        let strong: Vec<usize> = cues
            .iter()
            .filter(|c| c.strength == Strength::Strong)
            .map(of)
            .collect();
        // (A generic attack word whose means a strong cue names after
        // "using", "with", "met" tells that deed where its own words place
        // it: "fighters holed up in Baghouz launched a counter-attack …
        // on Sunday night, using suicide bombers" is a suicide bombing at
        // Baghouz, which "suicide bombers" is too far to reach.)
        let means: Vec<(usize, EventType)> = cues
            .iter()
            .filter(|c| {
                c.strength == Strength::Strong
                    && c.at > s.tokens.start
                    && (c.at.saturating_sub(3).max(s.tokens.start)..c.at)
                        .any(|k| matches!(tokens[k].folded, "using" | "with" | "met"))
            })
            .map(|c| (of(c), c.ty))
            .collect();
        for c in cues.iter_mut() {
            if c.strength == Strength::Weak
                && wordlists::is_generic_attack_word(tokens[c.at].folded)
                && let Some(&(_, ty)) = means.iter().find(|&&(k, _)| k == of(c))
            {
                c.ty = ty;
                c.strength = Strength::Strong;
            }
        }
        cues.retain(|c| {
            c.strength == Strength::Strong || !strong.contains(&of(c)) || avenged_apart(c)
        });
    }
}

/// The cues and count of each sentence of `text`.
pub(super) fn read(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Report> {
    let mut reports: Vec<Report> = sentences
        .iter()
        .map(|s| {
            // A question reports nothing: "Maar de VS bombardeerden toch al
            // in Syrië?"
            let question = text[s.start..s.end]
                .trim_end()
                .trim_end_matches(['"', '”', '’', '\'', '»'])
                .ends_with('?');
            let cues = if question {
                Vec::new()
            } else {
                classify::find_cues(text, tokens, s)
            };
            let deaths = classify::death_count(text, tokens, s);
            // (A vague count makes casualties too: "Dozens were killed in
            // Douma". It is given to the event at the end.)
            // (A hit, "getroffen", is an event only after strikes: below.)
            // (Asked in this order: most sentences have cues, and most
            // of the rest name no death.)
            let hits_only = only_hits(&cues);
            let dead = || {
                classify::has_death_word(tokens, s.tokens.clone())
                    && !classify::accident(tokens, s.tokens.clone())
            };
            let counted = hits_only
                && (deaths.is_some() || classify::vague_death_count(text, tokens, s).is_some());
            let casualties =
                counted && dead() && !mass_grave(tokens, s) && !deaths_as_topic(tokens, s);
            let also_dead = hits_only
                && !counted
                && s.class & lexicon::class::DEATH != 0
                && also_told(tokens, s)
                && dead();
            Report {
                cues,
                deaths,
                casualties,
                also_dead,
            }
        })
        .collect();
    // Dead told with no deed are those of the last cause told before
    // them: after a disaster, its dead, no conflict's. "Een zware
    // aardbeving heeft het zuiden van Turkije en het noorden van Syrië
    // getroffen. … In Aleppo kwamen zeker 200 mensen om het leven." A
    // sentence that tells a deed ends the search: its dead are the
    // deed's. (Dead with no deed are few: the search is rare. It stops at
    // the sentence of such dead before, whose answer holds beyond it: that
    // sentence tells no deed and no disaster. A text of thousands of them
    // once searched all before each.)
    let mut before: Option<(usize, bool)> = None;
    for si in 0..reports.len() {
        if !(reports[si].casualties || reports[si].also_dead) {
            continue;
        }
        let from = before.map_or(0, |(p, _)| p + 1);
        let after_disaster = (from..si)
            .rev()
            .find_map(|p| {
                if !only_hits(&reports[p].cues) {
                    Some(false)
                } else if classify::accident(tokens, sentences[p].tokens.clone()) {
                    Some(true)
                } else {
                    None
                }
            })
            .unwrap_or(before.is_some_and(|(_, a)| a));
        before = Some((si, after_disaster));
        if after_disaster {
            reports[si].casualties = false;
            reports[si].also_dead = false;
        }
    }
    // The dead of a mass grave told before, who they were and how they
    // died, are no event of the article: "Authorities in Raqqa have found
    // a mass grave … Many of the dead are believed to have been killed by
    // Islamic State … or in US-led air strikes". (The sentence's first
    // words first: a grave is searched for only before such a subject.)
    for si in 1..sentences.len() {
        if !reports[si].cues.is_empty()
            && grave_dead_subject(tokens, &sentences[si])
            && sentences[..si].iter().any(|s| mass_grave(tokens, s))
        {
            reports[si].cues.clear();
            reports[si].deaths = None;
        }
    }
    reports
}

/// Does sentence `s` open with the dead of a grave as its subject: "Many
/// of the dead", "The bodies", "De meeste slachtoffers", "De
/// lichamen"?
fn grave_dead_subject(tokens: &[Token], s: &Sentence) -> bool {
    let words = &tokens[s.tokens.clone()];
    let mut k = 0;
    if words.len() > 3
        && matches!(
            words[0].folded,
            "many" | "most" | "some" | "all" | "several" | "veel" | "meeste" | "sommige" | "enkele"
        )
        && matches!(words[1].folded, "of" | "van")
    {
        k = 2;
    }
    // ("De meeste slachtoffers": the quantifier after the article.)
    if words
        .get(k)
        .is_some_and(|t| matches!(t.folded, "the" | "de" | "these" | "those" | "deze"))
    {
        k += 1;
        if words.get(k).is_some_and(|t| t.folded == "meeste") {
            k += 1;
        }
    } else {
        return false;
    }
    words.get(k).is_some_and(|t| {
        matches!(
            t.folded,
            "dead"
                | "bodies"
                | "victims"
                | "remains"
                | "corpses"
                | "doden"
                | "lichamen"
                | "slachtoffers"
                | "stoffelijke"
        )
    })
}

/// Cues read again in the light of the strikes told in the two sentences
/// before (a definite attack's, up to four); then the hits that no strike
/// explains are dropped.
pub(super) fn after_strikes(tokens: &[Token], sentences: &[Sentence], reports: &mut [Report]) {
    // A definite generic attack is the strike or blast told just before:
    // "Bij Russische en Syrische luchtaanvallen … De zwaarste aanval trof
    // maandag een markt in Maarat al-Numan" (an air strike, not a clash).
    // (Pounding too, a weak cue of its own: "Het Turkse leger heeft
    // vannacht doelen in Noord-Syrië bestookt. … bij de aanvallen op Ras
    // al-Ain en Tal Abyad", shelling, not clashes. Only a definite attack
    // takes its type; a hit and missiles want a sure strike.)
    for si in 1..reports.len() {
        let before = |strong: bool| {
            (si.saturating_sub(2)..si).rev().find_map(|p| {
                reports[p]
                    .cues
                    .iter()
                    .find(|c| (!strong || c.strength == Strength::Strong) && c.ty.is_remote())
                    .map(|c| c.ty)
            })
        };
        let sure = before(true);
        // (A definite attack reaches back four sentences, past the source
        // and the dead named after the strikes: "Bij Russische en Syrische
        // bombardementen zijn zeker twaalf burgers omgekomen. Dat meldt het
        // Syrisch Observatorium. Onder de doden zijn vier kinderen. De
        // aanvallen waren vooral gericht op …".)
        // (Only past sentences that tell no deed: "a bomb attack on a bus
        // convoy … condemned the bombing … the attack … a few miles from
        // where the attack took place" is the bomb's.)
        let far = || {
            let p = (si.saturating_sub(4)..si)
                .rev()
                .find(|&p| !reports[p].cues.is_empty())?;
            reports[p]
                .cues
                .iter()
                .find(|c| c.strength == Strength::Strong && c.ty.is_remote())
                .map(|c| c.ty)
        };
        let Some(pounded) = sure.or_else(|| before(false)).or_else(far) else {
            continue;
        };
        let (first, end) = (sentences[si].tokens.start, sentences[si].tokens.end);
        let counted = reports[si].deaths.is_some();
        for c in reports[si].cues.iter_mut() {
            // (Plural too: "Bij de aanvallen op Talbiseh en Rastan kwamen 36
            // burgers om", "these attacks".)
            // (And one attack like it, in the singular: "bij een
            // vergelijkbare aanval bij Saraqeb", "a similar attack".)
            // (Not one that names its own place: "the Douma attack" is
            // the attack told at Douma, step 5d.)
            let definite = (1..=2).any(|b| {
                c.at >= first + b
                    && !(b == 2 && tokens[c.at - 1].cap)
                    && (lexicon::is_definite_singular(tokens[c.at - b].folded)
                        || matches!(tokens[c.at - b].folded, "these" | "those")
                        || (matches!(
                            tokens[c.at - b].folded,
                            "similar" | "vergelijkbare" | "soortgelijke"
                        ) && matches!(tokens[c.at].folded, "aanval" | "attack" | "aanslag")))
            });
            if c.strength == Strength::Weak
                && definite
                && wordlists::is_generic_attack_word(tokens[c.at].folded)
            {
                c.ty = pounded;
            }
            let Some(ty) = sure else { continue };
            // What was hit right after strikes was hit by them: "Ook Khan
            // Sheikhoun en het zuiden van de provincie Hama werden
            // getroffen."
            if c.ty == EventType::Mention {
                c.ty = ty;
            }
            // So are explosions heard right after strikes from afar: "U.S.
            // and British warplanes … struck … Houthi targets … Witnesses in
            // Sanaa reported loud explosions near the airport". (Not those
            // that kill, an event told for itself: "Explosions in Damascus
            // killed 20 people".)
            if c.ty == EventType::Explosion
                && !counted
                && matches!(ty, EventType::Airstrike | EventType::Shelling)
                && matches!(
                    tokens[c.at].folded,
                    "explosions" | "explosies" | "blasts" | "ontploffingen"
                )
            {
                c.ty = ty;
            }
            // Missiles intercepted after air strikes are theirs: "Israel
            // struck Iranian targets … air defences had intercepted more
            // than 30 missiles over Damascus", "shot down 13 missiles".
            if ty == EventType::Airstrike
                && c.ty == EventType::Shelling
                && lexicon::is_missile(tokens[c.at].folded)
                && (c.at.saturating_sub(5).max(first)..(c.at + 5).min(end)).any(|k| {
                    let v = tokens[k].folded;
                    v.starts_with("intercept")
                        || matches!(v, "onderschept" | "onderschepten" | "downed" | "neergeschoten")
                        // ("air defences shot down 13 missiles")
                        || (v == "shot" && tokens.get(k + 1).is_some_and(|t| t.folded == "down"))
                })
            {
                c.ty = ty;
            }
        }
    }
    // (A hit with no strike before it was by nothing of war.)
    for r in reports.iter_mut() {
        r.cues.retain(|c| c.ty != EventType::Mention);
    }
}
