//! Modality and background: whether a cue tells an event of its own.
//!
//! Takes a sentence's tokens and a cue; tells whether the cue is only
//! talked about (threatened, planned, feared, denied), a period's or a
//! side's description rather than one event, the event a period is counted
//! from, a deed someone is charged with, or an event named days before the
//! sentence's ("a day after …").
//!
//! (The tests [`find_cues`] asks of every cue are `#[inline]`: in a file of
//! their own they would otherwise be calls, 0.4 % more instructions on a
//! batch.)

use super::*;

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
pub(super) fn day_count(w: &str) -> Option<i64> {
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
#[inline]
pub(super) fn may_date(t: &Token) -> bool {
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
/// "following Saturday's bombing", "na de aanslag", "in the wake of"? Or
/// in a cause of anger, "in anger over US air strikes"?
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
    // (Or a cause of anger: "stormed the US embassy in Baghdad … in anger
    // over US air strikes that killed 25 fighters in Iraq and Syria",
    // "uit woede over de luchtaanvallen".)
    if (1..=3).any(|b| {
        at > start + b
            && matches!(tokens[at - b].folded, "over" | "at" | "about")
            && lexicon::is_anger_word(tokens[at - b - 1].folded)
            && tokens[at - b + 1..at]
                .iter()
                .all(|t| t.cap || t.folded == "s" || is_article_word(t.folded))
    }) {
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
pub(super) fn acts(tokens: &[Token], end: usize) -> bool {
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

/// Is the flight at `at` that of one person or one family, a life story
/// rather than people driven from a place: "zegt een vader die met zijn
/// gezin uit Kafr Nabl vluchtte", "Hij vluchtte met zijn familie vanuit
/// Mosul", "she fled to Turkey", "a mother who fled Aleppo"? A singular
/// verb ("vluchtte", not "vluchtten"; "fled" either) with "he", "she",
/// "hij", "zij" within three words before it (or right after it, a Dutch
/// inversion: "In 2015 vluchtte hij"), or "die"/"who" after a singular
/// person noun.
pub(super) fn one_person_flees(tokens: &[Token], range: std::ops::Range<usize>, at: usize) -> bool {
    let singular_verb = matches!(tokens[at].folded, "vluchtte" | "fled" | "ontvluchtte");
    if !singular_verb {
        return false;
    }
    let person = |w: &str| {
        matches!(
            w,
            "vader"
                | "moeder"
                | "man"
                | "vrouw"
                | "jongen"
                | "meisje"
                | "zoon"
                | "dochter"
                | "vluchteling"
                | "father"
                | "mother"
                | "woman"
                | "boy"
                | "girl"
                | "son"
                | "daughter"
                | "refugee"
        )
    };
    let pronoun = |w: &str| matches!(w, "hij" | "zij" | "he" | "she");
    let first = at.saturating_sub(8).max(range.start);
    (first..at).rev().any(|k| {
        let w = tokens[k].folded;
        (pronoun(w) && k + 3 >= at)
            || (matches!(w, "die" | "who") && k > range.start && person(tokens[k - 1].folded))
    }) || tokens
        .get(at + 1)
        .is_some_and(|t| at + 1 < range.end && pronoun(t.folded))
}

/// Is the flight at `at` (`n` words) that of fighters, not of people driven
/// from their homes: "hunted down fleeing ISIL terrorists", "vluchtende
/// IS-strijders", "the militants fled"? An armed group or fighters right
/// after the cue, or right before it. (A retreat is no displacement.)
pub(super) fn fighters_flee(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    n: usize,
) -> bool {
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
    // (Not the subject of a clause after it: "Thousands of residents fled
    // as soldiers advanced".)
    let after = !tokens
        .get(at + n)
        .is_some_and(|t| lexicon::is_conjunction(t.folded) || t.folded == "as")
        && (at + n..(at + n + 2).min(range.end)).any(|k| fighter(&tokens[k]));
    // Before a word of flight ("fled", "vluchtten", "op de vlucht"), the
    // nearest of fighters and people in its clause, up to eight words
    // back: its subject ("waarna bewakers zouden zijn gevlucht", "Syrische
    // soldaten sloegen op de vlucht", "Daesh Leaders Fleeing"; not
    // "soldiers shelled the town and civilians fled", nor the agent of a
    // driving out, "ISIS Continues to Displace Locals").
    let w = tokens[at].folded;
    let flight = w.starts_with("fle")
        || w.contains("vlucht")
        || (n > 1 && tokens[at + n - 1].folded == "vlucht");
    if !flight {
        return after || (at > range.start && fighter(&tokens[at - 1]));
    }
    let before = (range.start.max(at.saturating_sub(8))..at)
        .rev()
        .take_while(|&k| !clause_break_after(text, tokens, k))
        .find_map(|k| {
            let t = &tokens[k];
            if fighter(t) {
                Some(true)
            } else if lexicon::is_people_noun(t.folded) || lexicon::is_victim_noun(t.folded) {
                Some(false)
            } else {
                None
            }
        })
        .unwrap_or(false);
    after || before
}

pub(super) fn fights_for_a_side(
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
pub(super) fn controls_no_ground(tokens: &[Token], k: usize) -> bool {
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
/// "an offensive to retake Raqqa", "aimed at recapturing east Aleppo", "om
/// de stad te heroveren"? (The
/// offensive is the event.) Not once achieved: "managed to capture", "were
/// able to seize".
pub(super) fn capture_aimed(tokens: &[Token], start: usize, at: usize) -> bool {
    let before = |b: usize| (at >= start + b).then(|| tokens[at - b].folded);
    // (Past an article: "aimed at the recapture of Madhamiyeh".)
    let skip = usize::from(matches!(before(1), Some("the" | "a")));
    let (p, q) = (before(1 + skip), before(2 + skip));
    (p == Some("to") && !matches!(q, Some("managed" | "able" | "succeeded")))
        // Dutch "te" before the verb: "een offensief om de stad Mosul te
        // heroveren", "proberen Raqqa te veroveren". (Not once achieved:
        // "slaagde erin de stad te heroveren", "wist Tal Abyad te
        // veroveren".)
        || (p == Some("te")
            && !(start..at - 1).rev().take(10).any(|b| {
                matches!(
                    tokens[b].folded,
                    "slaagde" | "slaagden" | "geslaagd" | "wist" | "wisten" | "lukte" | "gelukt"
                )
            }))
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
pub(super) fn takes_no_ground(tokens: &[Token], at: usize, n: usize) -> bool {
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
    // van Irak in" does. (So does an "in" before a preposition, which a
    // preposition never stands before: "namen negen dorpen in rond
    // Bartella", "namen de stad in na zware gevechten".)
    if matches!(tokens[at].folded, "nemen" | "namen" | "neemt" | "nam") {
        let mut k = at + n - 1;
        loop {
            let t = &tokens[k];
            if t.folded == "in"
                && (!t.joined
                    || tokens.get(k + 1).is_none_or(|n| {
                        n.sentence_start
                            || matches!(
                                n.folded,
                                "rond"
                                    | "rondom"
                                    | "bij"
                                    | "nabij"
                                    | "vlakbij"
                                    | "ten"
                                    | "langs"
                                    | "tussen"
                                    | "buiten"
                                    | "na"
                                    | "sinds"
                                    | "tijdens"
                            )
                    }))
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
    // A camera takes pictures: "Drone captures ancient Palmyra", "video
    // captured the moment", "satellite images captured".
    if at > 0
        && matches!(
            tokens[at - 1].folded,
            "drone"
                | "camera"
                | "cameras"
                | "footage"
                | "video"
                | "videos"
                | "photo"
                | "photos"
                | "photographer"
                | "image"
                | "images"
                | "satellite"
                | "satellites"
        )
    {
        return true;
    }
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

/// A work that depicts or tells ([`depicted`]): "film", "documentary",
/// "boek", "series", "exhibition" …
fn is_work(w: &str) -> bool {
    matches!(
        w,
        "film"
            | "films"
            | "documentaire"
            | "documentary"
            | "movie"
            | "boek"
            | "book"
            | "roman"
            | "novel"
            | "serie"
            | "series"
            | "voorstelling"
            | "toneelstuk"
            | "play"
            | "tentoonstelling"
            | "exhibition"
            | "musical"
            | "opera"
    )
}

/// Is the cue at `at` what a film, a book or a show depicts or is about:
/// "De film toont de bombardementen op het ziekenhuis", "a documentary
/// about the siege of Aleppo", "het boek beschrijft de aanval"? A work
/// about an event is no report of one. (Not photos or footage, which
/// show what happened: "Footage showed air strikes hitting the town".)
#[inline]
pub(super) fn depicted(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    let tells = |w: &str| {
        matches!(
            w,
            "toont"
                | "tonen"
                | "shows"
                | "depicts"
                | "portrays"
                | "beschrijft"
                | "describes"
                | "vertelt"
                | "tells"
                | "about"
                | "over"
                | "gaat"
        )
    };
    // (The words first: most cues have neither before them.)
    let before = at.saturating_sub(8).max(start)..at;
    if !tokens[before.clone()].iter().any(|t| is_work(t.folded)) {
        return false;
    }
    clause_before(text, tokens, start, at, 8).any(|k| {
        tells(tokens[k].folded)
            && (k.saturating_sub(3).max(start)..k).any(|w| is_work(tokens[w].folded))
    })
}

/// Is the cue at `at` the topic of talk: after "over"/"about" (past an
/// article, a demonym and an adjective) whose clause opens with a verb of
/// speaking or debating? "Hennis sprak dinsdag in Den Haag over de Turkse
/// inval in Syrië", "De Tweede Kamer debatteert over het offensief",
/// "ministers talked about the offensive"; or criticised, "kritiek op de
/// Turkse inval in Afrin". Told to be talked of, not reported. (Not a
/// worry: "is seriously concerned about the alleged chemical weapons
/// attack reported this morning in Khan Sheikhun" reports it.)
#[inline]
pub(super) fn talked_about(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    // (Or the object of a verb of discussing, past an article, a possessive
    // name and a demonym: "met … to discuss Turkey's offensive in northeast
    // Syria", "om de Turkse inval te bespreken" is Dutch's verb after.)
    let discuss = |w: &str| {
        matches!(
            w,
            "discuss" | "discussed" | "discusses" | "discussing" | "debate" | "debated"
        )
    };
    if let Some(v) = (at.saturating_sub(5).max(start)..at)
        .rev()
        .find(|&k| discuss(tokens[k].folded))
        && tokens[v + 1..at].iter().all(|t| {
            is_article_word(t.folded)
                || lexicon::demonym(t.folded).is_some()
                || t.cap
                || t.folded == "s"
        })
    {
        return true;
    }
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

/// Is the cue at `at` what a call at token `k` asks for: "called for
/// anti-war campaigners to protest", "urged supporters to march", "riep
/// de bevolking op om te demonstreren", "roept op tot een staking"? A call
/// is no event; the deed it asks for is not yet one. (Only with "to" or
/// "tot" right before the cue, past an article and an adjective, or "te"
/// right before it after "om": "urged calm after the strike" reacts to a
/// strike that was.)
#[inline]
fn called_to(tokens: &[Token], k: usize, at: usize) -> bool {
    let w = tokens[k].folded;
    // (By the class bit first: most words are none.)
    if tokens[k].class & lexicon::class::MODAL == 0 || !lexicon::CALL_WORDS.contains(&w) {
        return false;
    }
    // ("called" only with "for" or "on": "the so-called", "an attack
    // called X".)
    let call = !w.starts_with("call")
        || tokens
            .get(k + 1)
            .is_some_and(|n| matches!(n.folded, "for" | "on" | "upon"));
    // (Dutch "om … te" holds the deed's object: "om uit Raqqa te
    // vluchten".)
    call && ((at.saturating_sub(3).max(k + 1)..at)
        .any(|x| matches!(tokens[x].folded, "to" | "tot"))
        || (at > k + 2
            && tokens[at - 1].folded == "te"
            && (k + 1..at - 1).any(|x| tokens[x].folded == "om")))
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
    // "gaan" makes a future, but "gaan … door" goes on: "In Ras al-Ain
    // gaan de gevechten onverminderd door", "De gevechten gaan door." (its
    // particle ends the clause).
    let goes_on = |k: usize| {
        matches!(tokens[k].folded, "gaan" | "gaat")
            && clause_after(text, tokens, range.end, k, 8).any(|x| {
                matches!(tokens[x].folded, "door" | "voort" | "verder")
                    && (x + 1 >= range.end || clause_break_after(text, tokens, x))
            })
    };
    // "staken … in brand" sets on fire, stopping nothing: "Daar staken
    // betogers het kantoor van een partij in brand".
    let sets_fire = |k: usize| {
        matches!(tokens[k].folded, "staken" | "stak")
            && (k + 2..(k + 12).min(range.end))
                .any(|x| tokens[x].folded == "brand" && tokens[x - 1].folded == "in")
    };
    let goes_on = |k: usize| goes_on(k) || sets_fire(k);
    // (A span of time and adverbs of repetition do not count: "Turkey has
    // threatened for months to launch a new incursion". Counted only once
    // a modal word is met past the sixth word: few are.)
    let span = |x: usize| {
        matches!(
            tokens[x].folded,
            "days" | "weeks" | "months" | "years" | "dagen" | "weken" | "maanden" | "jaren"
        )
    };
    let skipped = |x: usize| {
        let w = tokens[x].folded;
        span(x)
            || matches!(w, "repeatedly" | "again" | "herhaaldelijk" | "opnieuw")
            || (w == "for" && x + 1 < at && span(x + 1))
    };
    for (n, k) in clause_before(text, tokens, range.start, at, 9).enumerate() {
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
        let modal = tokens[k].class & lexicon::class::MODAL != 0
            && lexicon::is_modal(w)
            && !goes_on(k)
            && (steps <= 6 || steps - (k + 1..at).filter(|&x| skipped(x)).count() <= 6);
        if (modal && (!conditional || opens_clause())) || (steps <= 2 && lexicon::is_negation(w)) {
            return true;
        }
        if called_to(tokens, k, at) {
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
        .any(|k| modal(k) && lexicon::is_modal(tokens[k].folded) && !goes_on(k))
        || (far.clone().any(future)
            && clause_after(text, tokens, range.end, at + len - 1, 6)
                .skip(3)
                .any(future))
}

/// A word of a span of weeks, months or years before a campaign's noun:
/// "the four-month battle", "de maandenlange belegering", "de vier maanden
/// durende slag".
pub(super) fn is_duration(w: &str) -> bool {
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

/// Is the word at `at` a battle for a place whose toll the clause tells, in
/// the perfect: "De strijd om Mosul heeft duizenden doden geëist", "The
/// battle for Aleppo has claimed thousands of lives"? A campaign's dead,
/// no one event's. (`end` ends the sentence.)
pub(super) fn battle_toll(tokens: &[Token], at: usize, end: usize) -> bool {
    matches!(tokens[at].folded, "strijd" | "slag" | "battle")
        && tokens
            .get(at + 1)
            .is_some_and(|t| at + 1 < end && matches!(t.folded, "om" | "for"))
        && (at + 2..(at + 10).min(end)).any(|k| {
            matches!(
                tokens[k].folded,
                "geeist" | "gekost" | "claimed" | "cost" | "killed"
            ) && (at + 2..k).any(|h| matches!(tokens[h].folded, "heeft" | "has"))
        })
}

/// Is the fight or offensive at `at` a campaign of weeks, months or years
/// ("Around 3,250 militants were killed during the four-month battle for
/// the city", "de maandenlange belegering")? Its dead are a period's, and
/// it is no one event. (The span right before the noun; not a time
/// adverbial, "De afgelopen weken werd de strijd om Aleppo feller", nor a
/// siege broken, which is an event: "broke a nearly three-year siege".)
pub(super) fn lasting_campaign(tokens: &[Token], start: usize, at: usize, end: usize) -> bool {
    // (Or told to have lasted them, a few words on: "De strijd om Raqqa
    // duurde vier maanden", "The battle for Mosul lasted nine months".)
    let lasted = || {
        (at + 1..(at + 6).min(end)).any(|k| {
            matches!(tokens[k].folded, "duurde" | "duurt" | "lasted" | "lasts")
                && (k + 1..(k + 4).min(end))
                    .any(|d| tokens[d].folded == "jaar" || is_duration(tokens[d].folded))
        })
    };
    // (Or a battle for a place whose toll is told: see [`battle_toll`].)
    // (Not a date that ends in the unit: "Vorige week drongen IS-strijders
    // Kobani binnen", "last week's offensive".)
    let date_before = || {
        at >= start + 2
            && matches!(
                tokens[at - 2].folded,
                "vorige" | "afgelopen" | "deze" | "volgende" | "last" | "this" | "past" | "next"
            )
    };
    ((at > start && is_duration(tokens[at - 1].folded) && !date_before())
        || lasted()
        || battle_toll(tokens, at, end))
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
pub(super) fn waged_since_months(
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
    // (Or a date of time words alone that opens the sentence, "Since late
    // April, more than 500 civilians have been killed in the fighting",
    // whose clause is all of it.)
    let k = if (at.saturating_sub(6).max(start)..at).any(since) {
        clause_before(text, tokens, start, at, 6).find(|&k| since(k))
    } else {
        clause_after(text, tokens, end, at, 8).find(|&k| since(k))
    }
    .or_else(|| (since(start) && since_date_end(tokens, start, at).is_some()).then_some(start));
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

/// Where a date of time words alone after "since" at token `at` ends (the
/// index of its month or year), before token `k`: "sinds eind april",
/// "since late April", "since the start of 2019", "sinds medio 2018".
/// None for a date that names an event ("since the attack of 19 March").
pub(super) fn since_date_end(tokens: &[Token], at: usize, k: usize) -> Option<usize> {
    for (x, t) in tokens.iter().enumerate().take(k.min(at + 6)).skip(at + 1) {
        let w = t.folded;
        if lexicon::month(w).is_some() || lexicon::is_year(w) {
            return Some(x);
        }
        let time_word = matches!(
            w,
            "eind"
                | "einde"
                | "begin"
                | "half"
                | "halverwege"
                | "midden"
                | "medio"
                | "late"
                | "early"
                | "mid"
                | "end"
                | "start"
                | "beginning"
                | "middle"
                | "the"
                | "of"
                | "van"
        ) || w.bytes().all(|b| b.is_ascii_digit());
        if !time_word {
            return None;
        }
    }
    None
}

/// Is the Dutch present "vecht"/"vechten" at `at` in a relative clause,
/// which describes a side rather than tells a fight: "de coalitie, die in
/// Irak en Syrië vecht tegen IS". (In a main clause it tells one: "In
/// Deir ez-Zor vechten Koerdische milities nog tegen IS".)
pub(super) fn describes_a_side(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    matches!(tokens[at].folded, "vecht" | "vechten")
        && clause_before(text, tokens, start, at, 12)
            .any(|k| matches!(tokens[k].folded, "die" | "dat" | "welke" | "waar"))
}

/// Is the cue at `at` a plural noun after a present verb of doing, what a
/// side does again and again: "IS is nog actief in de woestijn en pleegt
/// aanslagen in Raqqa en Manbij", "the group carries out attacks in
/// Deir ez-Zor"? No one event. (A past verb tells some: "pleegde
/// aanslagen", "carried out attacks".)
#[inline]
pub(super) fn habitual(tokens: &[Token], start: usize, at: usize) -> bool {
    at > start + 1
        && matches!(
            tokens[at].folded,
            "aanslagen" | "aanvallen" | "attacks" | "bombings" | "raids" | "strikes"
        )
        && (matches!(tokens[at - 1].folded, "pleegt" | "plegen")
            || (tokens[at - 1].folded == "out"
                && matches!(tokens[at - 2].folded, "carries" | "carry")))
}

/// Is the cue at `at` (`n` words) told of months or years: "Turkey has been
/// hit by a series of bombings in the past year", "de afgelopen maanden
/// bombardeerden jets Idlib", "over the last two years"? Those are many
/// events, no one of them. (With the article: "last year" alone, "vorig
/// jaar", is a date.)
#[inline]
pub fn over_a_period(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    at: usize,
    n: usize,
) -> bool {
    // "after nine months of heavy fighting", "na negen maanden van zware
    // gevechten", "weeks of clashes": a span of them (the cue right after,
    // not the capture the sentence tells: "is de stad volledig heroverd").
    // (Or the cue coordinated after one so told: "months of air strikes
    // and shelling".)
    let back = if at > range.start && matches!(tokens[at - 1].folded, "and" | "en") {
        6
    } else {
        3
    };
    if at >= range.start + 2
        && (at.saturating_sub(back).max(range.start + 1)..at).any(|k| {
            matches!(tokens[k].folded, "of" | "van")
                && matches!(
                    tokens[k - 1].folded,
                    "months" | "maanden" | "years" | "jaren" | "weeks" | "weken"
                )
        })
    {
        return true;
    }
    let period = |k: usize| period_word(tokens, range.start, range.end, k);
    // (The words first, by their first letter: most clauses name no such
    // span, and the clause's bounds cost more.)
    // (After the cue, past the commas of a list of names: "claimed attacks
    // in Manbij, Raqqa and Deir ez-Zor in recent weeks".)
    let after = || {
        (1..=10).map_while(|d| {
            let k = at + n - 1 + d;
            (k < range.end
                && (!clause_break_after(text, tokens, k - 1)
                    || (tokens[k - 1].cap
                        && tokens[k].cap
                        && text[tokens[k - 1].end..tokens[k].start].trim() == ",")))
                .then_some(k)
        })
    };
    (at.saturating_sub(10).max(range.start)..(at + n + 10).min(range.end)).any(period)
        && (clause_before(text, tokens, range.start, at, 10).any(period) || after().any(period))
}

/// Does token `k` (of the sentence `start..end`) open a span of months or
/// years gone by: "the past year", "the last two years", "de afgelopen
/// maanden" ([`over_a_period`])?
#[inline(always)]
pub(super) fn period_word(tokens: &[Token], start: usize, end: usize, k: usize) -> bool {
    let w = tokens[k].folded;
    // (By its length and first letter: asked of the words around every
    // cue.)
    if matches!(w.len(), 6 | 7) && matches!(w.as_bytes()[0], b'b' | b't') {
        return between_months(tokens, end, k);
    }
    let unit = |t: &Token| {
        matches!(
            t.folded,
            "year"
                | "years"
                | "months"
                | "decade"
                | "jaar"
                | "jaren"
                | "maanden"
                | "weeks"
                | "weken"
        )
    };
    match w {
        "past" | "last" | "afgelopen" => {
            k > start
                && matches!(tokens[k - 1].folded, "the" | "de" | "het")
                && (tokens[k + 1..(k + 4).min(end)].iter().any(unit)
                    // "in the past" alone: the past at large, "has carried
                    // out several bombings in Kurdish areas in the past".
                    // (Not "in the past 24 hours", "in the past week".)
                    // (Nor before the one it names: "in multiple bomb
                    // attacks in the past, including in late December when
                    // 19 people were killed".)
                    || (w == "past"
                        && k >= start + 2
                        && tokens[k - 2].folded == "in"
                        && tokens.get(k + 1).is_none_or(|t| {
                            t.sentence_start
                                || t.class & lexicon::class::NUMBER == 0
                                    && !matches!(
                                        t.folded,
                                        "week"
                                            | "weeks"
                                            | "day"
                                            | "days"
                                            | "hours"
                                            | "few"
                                            | "including"
                                            | "when"
                                    )
                        })))
        }
        // "vijf jaar lang", "maanden lang", "jarenlang", "for five years",
        // "for years": a span the deeds filled.
        "lang" => k > start && unit(&tokens[k - 1]),
        "jarenlang" | "maandenlang" | "wekenlang" => true,
        "for" => {
            let next = |d: usize| tokens.get(k + d).filter(|_| k + d < end);
            next(1).is_some_and(|t| matches!(t.folded, "years" | "months" | "weeks" | "decades"))
                || (next(1).is_some_and(|t| {
                    t.class & lexicon::class::NUMBER != 0 || matches!(t.folded, "several" | "many")
                }) && next(2).is_some_and(unit))
        }
        // "in het verleden", "in recent years", "in recente jaren".
        "verleden" => {
            k >= start + 2 && tokens[k - 1].folded == "het" && tokens[k - 2].folded == "in"
        }
        "recent" | "recente" => tokens.get(k + 1).filter(|_| k + 1 < end).is_some_and(unit),
        // "this year" told in the present perfect, the year so far:
        // "Turkey has carried out dozens of drone strikes in … northern
        // Syria this year", "Turkije heeft dit jaar tientallen
        // droneaanvallen uitgevoerd". (Not a month of it: "in March this
        // year".)
        "this" | "dit" => {
            tokens
                .get(k + 1)
                .filter(|_| k + 1 < end)
                .is_some_and(|t| matches!(t.folded, "year" | "jaar"))
                && !(k > start && lexicon::month(tokens[k - 1].folded).is_some())
                && tokens[start..end]
                    .iter()
                    .any(|t| matches!(t.folded, "has" | "have" | "heeft" | "hebben"))
        }
        _ => false,
    }
}

/// Does token `k` open a span between two months or years: "between April
/// and August", "tussen 2014 en 2017" ([`period_word`])?
#[inline(never)]
pub(super) fn between_months(tokens: &[Token], end: usize, k: usize) -> bool {
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
pub(super) fn start_of(tokens: &[Token], k: usize) -> bool {
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
#[inline]
pub(super) fn since_event(
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

/// How many words before a deed a charge word may stand ([`is_charged`]):
/// a sentence's term between them too, "veroordeeld tot twaalf jaar cel
/// voor zijn betrokkenheid bij de executie".
const CHARGE_REACH: usize = 14;

/// Is the deed at `at` what someone is charged with, tried or sentenced
/// for: "verdacht van deelname aan een standrechtelijke executie in
/// Syrië", "convicted a man of the 2015 bombing"? A charge word up to
/// [`CHARGE_REACH`] words before, in the clause, and its preposition
/// between it and the deed. The trial is the news, the deed an old one, or not proven.
/// ("De van terrorisme verdachte Syriër die werd opgepakt": no
/// preposition follows, and an arrest is an event of its own.)
#[inline]
pub(super) fn is_charged(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    // (Most cues have no charge word before them: the words alone first,
    // the clause's bounds only then.)
    if !tokens[at.saturating_sub(CHARGE_REACH).max(start)..at]
        .iter()
        .any(|t| t.class & lexicon::class::CHARGE != 0 && lexicon::is_charge(t.folded))
    {
        return false;
    }
    clause_before(text, tokens, start, at, CHARGE_REACH).any(|k| {
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
pub(super) fn clause_before<'t>(
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
pub(super) fn clause_after<'t>(
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
