//! Roles: what each place mention is to the event of its sentence.
//!
//! Takes a sentence's tokens and its place mentions; gives each mention's
//! [`Role`]: the event's site, near the site, or no site (a speaker, an
//! origin, an owner, a reference point, part of a name), and the clauses
//! that keep a cue to the places of its own.

use super::*;

/// Are two mentions of one sentence items of one list: only a comma (or a
/// slash) between them, or one "en"/"and"/"of"/"or" ("evenals", "alsmede",
/// "as well as")?
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
            matches!(t.folded, "en" | "and" | "of" | "or" | "evenals" | "alsmede")
                // ("Idlib, northern Hama")
                || (compass_joined(t) && text[prev.end..t.start].contains(','))
        }
        // "villages near Kobani, as well as Derik".
        3 => {
            let g = &tokens[prev.tokens.end..m.tokens.start];
            g[0].folded == "as" && g[1].folded == "well" && g[2].folded == "as"
        }
        // "southern Idlib and northern Hama", "Zuid-Idlib en Noord-Hama";
        // "Maarat al-Numan and nearby Saraqeb".
        // (Or its preposition said again: "control of the town and of Kafr
        // Zita", "de controle over Afrin en over Azaz".)
        2 => {
            matches!(tokens[prev.tokens.end].folded, "en" | "and" | "of" | "or")
                && (compass_joined(&tokens[prev.tokens.end + 1])
                    || matches!(
                        tokens[prev.tokens.end + 1].folded,
                        "nearby" | "neighbouring" | "neighboring" | "nabijgelegen" | "naburige"
                    )
                    || (prev.tokens.start > 0
                        && tokens[prev.tokens.end + 1].folded
                            == tokens[prev.tokens.start - 1].folded
                        && matches!(tokens[prev.tokens.end + 1].folded, "of" | "van" | "over")))
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
    // (Or an item of a list set off by a comma, before the "and" that
    // closes it: "targeted a research centre in Damascus, a chemical
    // weapons storage facility west of Homs and a command post near
    // Homs".)
    let comma_item = || {
        let first = gap.start;
        first > 0
            && (2..=7).contains(&gap.len())
            && text[tokens[first - 1].end..tokens[first].start].contains(',')
            && (is_article_word(tokens[first].folded)
                || tokens[first].class & lexicon::class::NUMBER != 0)
            && (lexicon::is_locative(tokens[gap.end - 1].folded) || part_of())
            && !text[tokens[first].start..m.start].contains([',', ';', ':', '(', ')', '.'])
            && tokens[first + 1..gap.end - 1].iter().all(|t| {
                !t.cap && !lexicon::is_clause_start(t.folded) && !starts_next_clause(t.folded)
            })
            // (The list goes on after it with "and" and a noun phrase.)
            && tokens.get(m.tokens.end).is_some_and(|t| matches!(t.folded, "and" | "en"))
            && tokens
                .get(m.tokens.end + 1)
                .is_some_and(|t| is_article_word(t.folded))
    };
    if comma_item() {
        return true;
    }
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
pub(super) fn starts_next_clause(w: &str) -> bool {
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
pub(super) fn is_sequence_adverb(w: &str) -> bool {
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

/// Is mention `m` told as an example of a place named before it, within
/// five words of "including", "such as", "onder meer", "onder andere",
/// "waaronder" or "zoals" ("… in Idlib, including the towns of Saraqib
/// and Ariha")? (`from`: the sentence's first token.)
pub fn told_as_example(tokens: &[Token], from: usize, m: &Mention) -> bool {
    let start = m.tokens.start;
    (start.saturating_sub(5).max(from)..start).any(|k| {
        let before = if k > from { tokens[k - 1].folded } else { "" };
        match tokens[k].folded {
            "including" | "waaronder" | "zoals" => true,
            "meer" | "andere" => before == "onder",
            "as" => before == "such",
            _ => false,
        }
    })
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

pub(super) fn is_article_like(w: &str) -> bool {
    crate::normalize::is_article(w)
}

/// Is a sentence (its tokens) written in Title Case (a headline: "ISIS
/// Continues to Displace Locals in Rural Deir Ezzor")? There a capital says
/// nothing about names.
pub(super) fn title_case(tokens: &[Token]) -> bool {
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

pub(super) fn sentence_bounds_tokens(tokens: &[Token], k: usize) -> std::ops::Range<usize> {
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
pub(super) fn sentence_bounds(tokens: &[Token], k: usize) -> std::ops::Range<usize> {
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
    // A river is a line hundreds of kilometres long, its point one of
    // them: "crossing the Euphrates river near … Al Mayadeen", "driving
    // across the Euphrates River" to take Manbij. The event is at the
    // town its sentence names by it; only a sentence with no other place
    // to put it at has it by the river ("geschoten op een militair
    // hoofdkwartier … nabij de rivier Eufraat"). Nor is it one in the
    // name of an operation, "Euphrates Shield".
    if place.kind == Kind::River
        && (places
            .iter()
            .enumerate()
            .any(|(j, p)| j != mi && !p.kind.is_area())
            || tokens.get(m.tokens.end).is_some_and(|n| {
                n.cap && !n.sentence_start && lexicon::place_noun(n.folded).is_none()
            }))
    {
        return Role::NotSite("a river");
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
    // A district written after its city: "Daraa al-Balad", "Daraa al
    // Balad". (An article that is an English word only hyphened to the
    // name: "Damascus as Sweida fighting rages" is two places.)
    if start >= 2
        && is_article_like(tokens[start - 1].folded)
        && mi > 0
        && mentions[mi - 1].tokens.end == start - 1
        && tokens[start - 2].joined
        && (!matches!(tokens[start - 1].folded, "as" | "at" | "an")
            || text[tokens[start - 1].end..m.start].contains('-'))
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
            // (A day or a month opening the sentence ends its phrase of
            // time: "On Saturday Daraa fell to the rebels", "In June
            // Raqqa …".)
            && !super::cues::day_or_month(p)
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
    // US embassy", "a drone attack on a small US outpost in Jordan". Its
    // people and things, not its ground. (Not before an event noun: "the
    // Syria offensive" is fought there.)
    if place.kind == Kind::Country
        && tokens[m.tokens.end - 1].joined
        && let Some(n) = tokens.get(m.tokens.end)
        && !n.cap
        && m.tokens.end < sentence.tokens.end
        && (lexicon::is_authority(n.folded)
            || lexicon::is_military_object(n.folded)
            || matches!(
                n.folded,
                "outpost"
                    | "outposts"
                    | "service"
                    | "servicemen"
                    | "consulate"
                    | "warship"
                    | "warships"
                    | "forces"
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
            // ("Ankara did not comment on Thursday's strike": a government
            // that does not, its capital before a negated auxiliary.)
            if matches!(next, "did" | "does" | "has" | "had" | "would" | "will") && after == "not" {
                true
            } else if lexicon::is_auxiliary(next) {
                lexicon::is_speech_verb(after) && !lexicon::is_auxiliary(after)
            } else {
                lexicon::is_speech_verb(next)
            }
        } {
            Role::NotSite("speaker")
        } else if acts(tokens, m.tokens.end)
            // (Not the object before a Dutch clause's last verbs, the
            // finite one and its subject told before it: "Turkse jets
            // zouden zondag Tal Abyad hebben gebombardeerd". After a
            // phrase that inverts them the name is the subject: "Volgens
            // Turkije zou Damascus hebben gebombardeerd".)
            && !(tokens[sentence.tokens.start..start].iter().any(|t| {
                matches!(
                    t.folded,
                    "zou" | "zouden" | "zal" | "zullen" | "kan" | "kunnen" | "moet" | "moeten"
                )
            }) && {
                let first = &tokens[sentence.tokens.start];
                !(lexicon::is_locative(first.folded)
                    || lexicon::weekday(first.folded).is_some()
                    || matches!(
                        first.folded,
                        "volgens" | "ook" | "daarna" | "toen" | "gisteren" | "vandaag" | "eerder"
                            | "later" | "nu" | "dan" | "daarmee" | "daarbij" | "intussen"
                    ))
            })
        {
            Role::NotSite("actor")
        } else {
            Role::Site
        }
    };
    // The one asked: "De Koerden vroegen Damascus om hulp tegen het Turkse
    // offensief", "urged Ankara to …" (a government named by its capital).
    if start > sentence.tokens.start
        && matches!(
            tokens[start - 1].folded,
            "vroegen" | "vroeg" | "verzocht" | "verzochten" | "asked" | "urged" | "begged"
        )
    {
        return Role::NotSite("addressee");
    }
    // The source a report is told by: "volgens Ankara", "according to
    // Damascus" (a government named by its capital). (Right after the
    // words: "volgens bewoners in Afrin" names where they live.)
    if start > sentence.tokens.start
        && (tokens[start - 1].folded == "volgens"
            || (start > sentence.tokens.start + 1
                && tokens[start - 1].folded == "to"
                && tokens[start - 2].folded == "according"))
    {
        return Role::NotSite("source");
    }
    // A speaker told after its words, the verb before it: "…, zei
    // Damascus.", "…, said Moscow, …", "…, aldus Ankara." (The clause is
    // the verb and the name alone, or it would be an object: "…, said
    // troops had reached Afrin".)
    if start >= sentence.tokens.start + 2
        && (m.tokens.end >= sentence.tokens.end
            || clause_break_after(text, tokens, m.tokens.end - 1))
        && clause_break_after(text, tokens, start - 2)
        && {
            let verb = tokens[start - 1].folded;
            verb == "aldus" || (lexicon::is_speech_verb(verb) && !lexicon::is_auxiliary(verb))
        }
    {
        return Role::NotSite("speaker");
    }
    // Where a deal was made is no site of what it bound: "entered Afrin
    // despite the deal agreed in Sochi", "the ceasefire signed in
    // Moscow".
    if start >= sentence.tokens.start + 2
        && matches!(tokens[start - 1].folded, "in" | "at" | "te")
        && {
            let deal = |w: &str| {
                matches!(
                    w,
                    "deal"
                        | "agreement"
                        | "ceasefire"
                        | "truce"
                        | "accord"
                        | "akkoord"
                        | "overeenkomst"
                        | "bestand"
                        | "wapenstilstand"
                )
            };
            let made = |w: &str| {
                matches!(
                    w,
                    "agreed"
                        | "signed"
                        | "reached"
                        | "brokered"
                        | "struck"
                        | "sealed"
                        | "overeengekomen"
                        | "afgesproken"
                        | "gesloten"
                        | "bereikt"
                        | "ondertekend"
                )
            };
            // (Not a truce that covers the place: "a 48-hour ceasefire in
            // Aleppo".)
            made(tokens[start - 2].folded)
                && tokens[start.saturating_sub(5).max(sentence.tokens.start)..start - 2]
                    .iter()
                    .any(|t| deal(t.folded))
        }
    {
        return Role::NotSite("where a deal was made");
    }
    // A base used to strike from is where the jets left, not where they
    // struck: "The US and allies use the Incirlik air base in southern
    // Turkey to bomb ISIS positions in northern Syria".
    if place.kind == Kind::Airbase
        && tokens[start.saturating_sub(3).max(sentence.tokens.start)..start]
            .iter()
            .any(|t| {
                matches!(
                    t.folded,
                    "use" | "uses" | "used" | "using" | "gebruiken" | "gebruikt" | "gebruikte"
                )
            })
    {
        return Role::NotSite("origin");
    }
    // A country right after a Dutch finite auxiliary of the active,
    // inverted after a phrase of time, is the clause's subject: "Eerder op
    // zondag had Iran volgens Israël een raket afgevuurd op de
    // Golanhoogten". (Not of the passive: "werd Syrië getroffen".)
    if place.kind == Kind::Country
        && start > sentence.tokens.start + 1
        && matches!(
            tokens[start - 1].folded,
            "had" | "heeft" | "hebben" | "hadden" | "zou" | "zouden" | "zal" | "zullen"
        )
        && !tokens[m.tokens.end..sentence.tokens.end]
            .first()
            .is_some_and(|t| lexicon::is_locative(t.folded))
    {
        return Role::NotSite("actor");
    }
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
            let held_of = |k: usize| {
                k > first_of_sentence
                    && (lexicon::is_resident_noun(tokens[k - 1].folded)
                        || matches!(
                            tokens[k - 1].folded,
                            "control" | "controle" | "siege" | "beleg" | "belegering"
                        )
                        || cue_word(&tokens[k - 1])
                        || cue_ends_at(tokens, k - 1))
            };
            // (Or "and of" after such a phrase: "control of the town and
            // of Kafr Zita".)
            let and_of = || {
                matches!(before, "and" | "en")
                    && (k.saturating_sub(5).max(first_of_sentence + 1)..k - 1)
                        .rev()
                        .find(|&j| tokens[j].folded == w)
                        .is_some_and(held_of)
            };
            if place.kind != Kind::Country && (held_of(k) || and_of()) {
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
            // (Nor an office that was itself attacked: "Rockets were fired
            // at the U.S. embassy in Baghdad", "a suicide attack on the
            // ministry in Kabul", "Raketten troffen de ambassade in
            // Bagdad".)
            let attacked = |office: usize| attacked_office(tokens, first_of_sentence, office);
            // (The office's own name may stand between: "het ministerie van
            // Volksgezondheid in Gaza", "the Ministry of Health in Gaza".)
            let office = if b > first_of_sentence && lexicon::is_authority(tokens[b - 1].folded) {
                Some(b - 1)
            } else {
                let mut o = b;
                while o > first_of_sentence && o + 3 > b && tokens[o - 1].cap {
                    o -= 1;
                }
                (o < b
                    && o >= first_of_sentence + 2
                    && matches!(tokens[o - 1].folded, "of" | "van")
                    && lexicon::is_authority(tokens[o - 2].folded))
                .then(|| o - 2)
            };
            if b > first_of_sentence
                && (office.is_some() || seat)
                && !(b.saturating_sub(12).max(first_of_sentence)..b - 1)
                    .rev()
                    .take_while(|&x| !clause_break_after(text, tokens, x))
                    .any(done_there)
                && !office.is_some_and(attacked)
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
                || inverted_speaker_before(text, tokens, first_of_sentence, b, said)
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
            // (A cause that is a deed: "protests against corruption and
            // unemployment in Baghdad" are in Baghdad.)
            if against_at(text, tokens, first_of_sentence, b, 5)
                .is_some_and(|a| (a + 1..b).any(|x| cue_word(&tokens[x])))
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
            // (Nor the agent of a participle inside the place's noun
            // phrase, after its article: "op de door rebellen belegerde
            // stad Douma".)
            if w == "van" || w == "of" || (w == "door" && matches!(before, "de" | "het" | "een")) {
                // (The agent itself: "de door Moskou aangestelde
                // burgemeester".)
                if w == "door"
                    && k + 1 == start
                    && tokens
                        .get(m.tokens.end)
                        .is_some_and(|t| !t.cap && t.folded.ends_with('e') && t.folded.len() > 4)
                {
                    return Role::NotSite("actor");
                }
                continue;
            }
            // (A direction walked past after the agent is where: "was shot
            // dead by Israeli troops east of Khan Younis".)
            if near && matches!(w, "by" | "door") {
                return Role::Near;
            }
            // A distance from a place is near it: "Fighting raged 8 km from
            // Pokrovsk", "about 8 km from the logistics hub of Pokrovsk".
            if w == "from"
                && k > first_of_sentence
                && lexicon::km_per_unit(tokens[k - 1].folded).is_some()
                && place.kind != Kind::Country
            {
                return Role::Near;
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
        // (Nor the armed group that holds it, before its noun: "de
        // IS-hoofdstad Raqqa", "the IS capital Raqqa", "the ISIS stronghold
        // of Raqqa". Not a name of its own: "the Zamzam camp south of El
        // Fasher".)
        if tokens[k].cap
            && lexicon::demonym_of_class(w, tokens[k].class).is_none()
            && !lexicon::is_direction(w)
            && !(k + 1 < start && possessive_s(text, tokens, k))
            && !(k + 1 < start
                && k > first_of_sentence
                && lexicon::is_armed_group(w, true)
                && lexicon::place_noun(tokens[k + 1].folded).is_some())
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

/// Is the office at token `office` ("embassy", "ministerie") the target of
/// an attack told just before it: the object of a verb of striking ("hit
/// the U.S. embassy", "troffen de ambassade") or of a preposition of aim
/// after a cue ("rockets were fired at the embassy", "aanslag op het
/// ministerie")? Only articles, capitalised words and demonyms may stand
/// between ("the U.S.", "de Amerikaanse"). `first` is the sentence's first
/// token.
pub(super) fn attacked_office(tokens: &[Token], first: usize, office: usize) -> bool {
    let mut k = office;
    for _ in 0..5 {
        if k <= first {
            return false;
        }
        k -= 1;
        let t = &tokens[k];
        let w = t.folded;
        if matches!(
            w,
            "hit"
                | "hits"
                | "struck"
                | "targeted"
                | "targeting"
                | "attacked"
                | "attacking"
                | "shelled"
                | "bombed"
                | "troffen"
                | "trof"
                | "raakte"
                | "raakten"
                | "bestookten"
                | "beschoten"
                | "bombardeerden"
        ) {
            return true;
        }
        // (Or beside it: "een luchtaanval op een gebouw naast de Iraanse
        // ambassade", "a strike on a building next to the embassy".)
        if matches!(
            w,
            "at" | "on"
                | "near"
                | "outside"
                | "against"
                | "beside"
                | "op"
                | "tegen"
                | "bij"
                | "nabij"
                | "naast"
        ) || (w == "to" && k > first && tokens[k - 1].folded == "next")
        {
            let k = if w == "to" { k - 1 } else { k };
            return (k.saturating_sub(6).max(first)..k).any(|x| cue_word(&tokens[x]));
        }
        // (A day too: "troffen vrijdag de ambassade".)
        let modifier = is_article_word(w)
            || t.cap
            || (t.class & lexicon::class::DATE != 0 && lexicon::weekday(w).is_some())
            || (t.class & lexicon::class::DEMONYM != 0 && lexicon::demonym(w).is_some());
        if !modifier {
            return false;
        }
    }
    false
}

/// Is word `k` followed by a possessive "'s" ("Turkey's", "Syria’s")?
pub(super) fn possessive_s(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|n| matches!(&text[tokens[k].end..n.end], "'s" | "’s"))
}

/// Do the words before `k` (a preposition of direction) say something is
/// on its way: "heading", "headed", "bound", "on its way", "en route", "op
/// weg", "onderweg"?
pub(super) fn en_route_before(tokens: &[Token], first: usize, k: usize) -> bool {
    let at = |b: usize| (k >= first + b).then(|| tokens[k - b].folded);
    match at(1) {
        Some("heading" | "headed" | "bound" | "onderweg") => true,
        Some("way") => matches!(at(2), Some("its" | "their" | "his" | "her" | "the")),
        Some("route") => at(2) == Some("en"),
        Some("weg") => at(2) == Some("op"),
        // (A relative clause's verb between: "een konvooi dat op weg was
        // naar", "dat onderweg was naar".)
        Some("was" | "waren" | "is" | "zijn") => {
            at(2) == Some("onderweg") || (at(2) == Some("weg") && at(3) == Some("op"))
        }
        // A verb of travelling a few words before, with its way: "a
        // Turkish military convoy travelling south on the main highway
        // towards Khan Sheikhoun", "crowds of Afghans flocking to Kabul's
        // airport".
        _ => (1..=6).any(|b| {
            matches!(
                at(b),
                Some(
                    "travelling"
                        | "traveling"
                        | "driving"
                        | "heading"
                        | "moving"
                        | "rijdend"
                        | "flocking"
                        | "streaming"
                        | "stromend"
                )
            )
        }),
    }
}

/// Does the word before `k` (a preposition of direction) say troops
/// advance: "advanced", "pushing", "oprukken", "rukten … op"?
pub(super) fn advance_before(tokens: &[Token], first: usize, k: usize) -> bool {
    if k <= first {
        return false;
    }
    // (And "trokken op": "trokken verder op richting Hama".)
    let rukken = |w: &str| {
        matches!(
            w,
            "rukt" | "rukte" | "rukten" | "rukken" | "trok" | "trokken"
        )
    };
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
pub(super) fn between_towns(
    tokens: &[Token],
    mentions: &[&Mention],
    places: &[Place],
    mi: usize,
) -> bool {
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
pub(super) fn stretch_between(tokens: &[Token], m: &Mention) -> bool {
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

/// Give the words from an "as" that opens a clause of its own to the end of
/// its clause a clause number of their own, in `clause` (of sentence `s`'s
/// tokens, as [`clauses`] numbers them). Such an "as" tells a second
/// happening at a place of its own beside the first: "Israel strikes
/// Damascus as clashes rage in Sweida", "… as Hezbollah fires rockets at
/// Haifa". So only with a place named (`named(k)`: a place's name starts at
/// token `k`) after a preposition in it or right after the "as", and a cue
/// word in it, and not in the phrases where "as" is a preposition or a
/// comparison ("such as", "as well as", "known as", "as part of", "as many
/// as"). (Without a place of its own the clause is the first's background:
/// "killed 20 members of the FSA on Qalamoun barrens as the clashes between
/// the two sides have intensified in the area"; without a deed, the first's
/// circumstance: "killed 14 civilians as they were crossing the Euphrates
/// river near … Al Mayadeen".)
pub fn split_at_as(
    tokens: &[Token],
    s: &Sentence,
    clause: &mut [usize],
    named: impl Fn(usize) -> bool,
) {
    // (Most sentences hold no "as", which shares the conjunctions' bit.)
    if s.class & lexicon::class::CONJ == 0 {
        return;
    }
    let range = s.tokens.clone();
    for k in range.start + 1..range.end.saturating_sub(1) {
        // (By the bit first: most words are no conjunction.)
        if tokens[k].class & lexicon::class::CONJ == 0
            || tokens[k].folded != "as"
            || !opens_clause(tokens, k)
        {
            continue;
        }
        let own = clause[k - range.start];
        let end = (k..range.end)
            .find(|&j| clause[j - range.start] != own)
            .unwrap_or(range.end);
        // (Or a place that opens it, as a headline writes: "Israeli
        // strikes hit Damascus as Sweida fighting rages".)
        let placed = named(k + 1)
            || (k + 2..end).any(|j| {
                named(j)
                    && matches!(
                        tokens[j - 1].folded,
                        "in" | "at" | "on" | "near" | "into" | "across" | "around" | "of" | "over"
                    )
            });
        // (A clause with no deed of its own is the first's: "air strikes
        // killed at least 14 civilians as they were crossing the
        // Euphrates river near the town of Al Mayadeen".)
        if placed && (k + 1..end).any(|j| super::cue_word(&tokens[j])) {
            let fresh = clause.iter().max().map_or(0, |&m| m + 1);
            for c in &mut clause[k - range.start..end - range.start] {
                *c = fresh;
            }
        }
    }
}

/// Can the "as" at `k` open a clause: is it before a name, a cue or a
/// determiner, and not in a phrase where it is a preposition or a
/// comparison? (`k` is neither the sentence's first word nor its last.)
fn opens_clause(tokens: &[Token], k: usize) -> bool {
    let next = &tokens[k + 1];
    !matches!(
        tokens[k - 1].folded,
        "such"
            | "well"
            | "so"
            | "just"
            | "same"
            | "much"
            | "many"
            | "far"
            | "long"
            | "soon"
            | "known"
            | "described"
            | "identified"
            | "seen"
            | "regarded"
            | "considered"
            | "served"
            | "serves"
            | "serving"
            | "used"
            | "designated"
            | "listed"
            | "named"
            | "dubbed"
            | "branded"
            | "referred"
            | "acted"
            | "worked"
            | "recognised"
            | "recognized"
            | "classified"
    ) && !matches!(
        next.folded,
        "well"
            | "part"
            | "of"
            | "if"
            | "though"
            | "far"
            | "many"
            | "much"
            | "long"
            | "soon"
            | "such"
            | "usual"
            | "yet"
            | "opposed"
            | "per"
            | "result"
    ) && (next.cap || cue_word(next) || matches!(next.folded, "the" | "its" | "their"))
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
    // The clause a relative clause between commas interrupted: "Bij de
    // stad Bachmoet, die Rusland vorig jaar veroverde, woeden nog steeds
    // zware gevechten", "Near Bakhmut, which Russia captured last year,
    // heavy fighting continues". Its closing comma returns to it.
    let mut relative_outer: Option<usize> = None;
    // The first word after the last comma (a relative clause between
    // commas is looked for only at a comma and an auxiliary).
    let mut after_comma = range.start;
    // A sentence that opens with a reason or a concession ("Omdat het leven
    // in Libanon zwaar was, zijn we naar Nederland gevlucht", "Because …,")
    // tells its main clause after the first comma: the reason's place is
    // not the main verb's.
    let mut reason_first = range.len() > 1
        && matches!(
            tokens[range.start].folded,
            "omdat" | "doordat" | "hoewel" | "because" | "although" | "though"
        );
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
                        b';' => stop = true,
                        // (Not a colon before the count's parts: "Air
                        // strikes killed 21 civilians: 15 in Manbij and six
                        // in Tokhar" tells where in the same clause.)
                        b':' => stop |= tokens[k].class & lexicon::class::NUMBER == 0,
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
                    && !name_before_where(text, tokens, k - 1))
                // (The main verb after a relative clause between commas:
                // "een serie over een gezin dat uit Aleppo vluchtte, heeft
                // in Toronto een prijs gewonnen". Not after an apposition:
                // "Maarat al-Numan, 25 km north of Khan Sheikhoun, was
                // shelled".)
                || (comma && std::mem::take(&mut reason_first))
                || (comma
                    && lexicon::is_auxiliary(w)
                    && tokens[after_comma..k].iter().any(|t| {
                        lexicon::is_relative_pronoun(t.folded)
                            || matches!(t.folded, "dat" | "that" | "waar" | "where")
                    }))
            {
                relative_outer = (comma
                    && relative_outer.is_none()
                    && (lexicon::is_relative_pronoun(w) || w == "dat"))
                    .then_some(c);
                c = new_clause();
            } else if comma && let Some(o) = relative_outer.take() {
                c = o;
            }
            if comma {
                after_comma = k;
            }
        }
        out.push(c);
    }
    out
}

/// Does token `k` (of a sentence from token `first`) name what follows as
/// some of a list or an area: "including", "waaronder", "inclusief", "onder
/// meer", "onder andere"?
pub fn inclusion_word(tokens: &[Token], first: usize, k: usize) -> bool {
    matches!(tokens[k].folded, "including" | "waaronder" | "inclusief")
        || (matches!(tokens[k].folded, "meer" | "andere")
            && k > first
            && tokens[k - 1].folded == "onder")
}

/// A town something was on its way to is where it was hit only when its
/// sentence names no other: "Een konvooi op weg naar Ras al-Ain werd
/// gebombardeerd" (near Ras al-Ain, see [`role`]), but "Een Turks
/// legerkonvooi dat op weg was naar een observatiepost in Morek werd bij
/// Maarat al-Noeman door een luchtaanval getroffen" and "a convoy heading
/// to Morek was hit near Maarat al-Numan" were hit by Maarat al-Numan: the
/// destination is none of the sites. (`first`: the sentence's first token.)
pub fn destinations_beside_sites(
    tokens: &[Token],
    first: usize,
    mentions: &[&Mention],
    places: &[Place],
    roles: &mut [Role],
) {
    if mentions.len() < 2 {
        return;
    }
    // The token of "naar"/"to" a settlement's mention `i` is the way to,
    // with at most an article, a noun and "in" between ("naar een
    // observatiepost in Morek", "to the town of Morek").
    let way_to = |i: usize| -> Option<usize> {
        let start = mentions[i].tokens.start;
        (start.saturating_sub(5).max(first)..start)
            .rev()
            .find(|&k| {
                matches!(tokens[k].folded, "naar" | "to" | "towards" | "toward")
                    && tokens[k + 1..start].iter().all(|t| !t.cap && !cue_word(t))
                    && en_route_before(tokens, first, k)
            })
    };
    for i in 0..mentions.len() {
        if !roles[i].is_site() || !places[i].kind.is_settlement() {
            continue;
        }
        let Some(k) = way_to(i) else { continue };
        // (Another settlement of the sentence, outside the way, after a
        // word that places it: "bij", "near", "in", "outside".)
        let elsewhere = (0..mentions.len()).any(|j| {
            let sj = mentions[j].tokens.start;
            j != i
                && roles[j].is_site()
                && places[j].kind.is_settlement()
                && !(k..mentions[i].tokens.end).contains(&sj)
                && sj > first
                && matches!(
                    tokens[sj - 1].folded,
                    "bij" | "nabij" | "near" | "in" | "at" | "outside" | "buiten"
                )
        });
        if elsewhere {
            roles[i] = Role::NotSite("destination");
        }
    }
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
        let part = places[j].kind.is_part_of_town()
            || (side
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
    // (Past the town's own noun or facility too: "Izraa city in Daraa",
    // "Kfar Saghir village in Aleppo northern countryside", "Qamishli
    // National Hospital in Hasaka".)
    for i in 1..mentions.len() {
        let j = i - 1;
        let start = mentions[i].tokens.start;
        let side = start >= 2 && lexicon::is_compass_adjective(tokens[start - 1].folded);
        let prep = start - 1 - usize::from(side);
        let own = mentions[j].tokens.end..prep;
        let own_words = own.start <= prep
            && own.len() <= 3
            && (tokens[own.clone()].iter().all(|t| !t.cap)
                || tokens[own.clone()]
                    .last()
                    .is_some_and(|t| lexicon::is_facility_noun(t.folded)));
        if roles[i].is_site()
            && roles[j].is_site()
            && province_of_town(i, j)
            && places[i].named_like_its_province()
            && start > mentions[j].tokens.end + usize::from(side)
            && own_words
            && matches!(tokens[prep].folded, "in" | "of")
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
        // (Nor a place the list names as one of its parts: "in Noord-Syrië
        // en Noord-Irak, onder meer bij Kobani", "including near Kobani".)
        let start = mentions[i].tokens.start;
        if start >= 2 && inclusion_word(tokens, 0, start - 2) {
            continue;
        }
        if let Some(j) = prev_site.filter(|&j| !finer(j)) {
            let gap = mentions[i].tokens.start - mentions[j].tokens.end;
            // (Or past an apposition that names the site's kind or its
            // distance: "air strikes on Douma, the besieged rebel-held town
            // east of Damascus", "namen … Tal Abyad in, zo'n honderd
            // kilometer ten westen van Ras al-Ain".)
            // (The place's own noun and who holds it may stand between:
            // "op vijftig kilometer van de IS-hoofdstad Raqqa", "50 km
            // from the city of Raqqa".)
            let start = mentions[i].tokens.start;
            let of = (start.saturating_sub(5).max(mentions[j].tokens.end + 1)..start)
                .find(|&x| {
                    matches!(tokens[x].folded, "of" | "van" | "from")
                        && lexicon::is_direction(tokens[x - 1].folded)
                })
                .filter(|&x| {
                    tokens[x + 1..start].iter().all(|t| {
                        is_article_word(t.folded)
                            || lexicon::place_noun(t.folded).is_some()
                            || matches!(t.folded, "of" | "van")
                            || t.cap
                    })
                });
            let dist_ok = gap <= 6
                || (gap <= 10
                    && of.is_some()
                    && tokens[mentions[j].tokens.end..start].iter().any(|t| {
                        lexicon::place_noun(t.folded).is_some()
                            || lexicon::km_per_unit(t.folded).is_some()
                    }));
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

/// The Dutch inverted speaker's tail before the preposition at `b`: "…,
/// zei de minister in Damascus", "…, zegt Erdogan dinsdag in Ankara" —
/// the verb opens its clause after a comma and only its subject (a
/// pronoun, an article, a title, names, a weekday) stands between it and
/// the preposition. (Not "…, zei hij over de aanval in Idlib": the place
/// of a noun is the event's.)
fn inverted_speaker_before(
    text: &str,
    tokens: &[Token],
    first: usize,
    b: usize,
    said: impl Fn(usize) -> bool,
) -> bool {
    (b.saturating_sub(6).max(first + 1)..b.saturating_sub(1))
        .rev()
        .find(|&x| said(x))
        .is_some_and(|x| {
            clause_break_after(text, tokens, x - 1)
                && tokens[x + 1..b].iter().all(|t| {
                    t.cap
                        || lexicon::weekday(t.folded).is_some()
                        || lexicon::is_title_noun(t.folded)
                        || matches!(
                            t.folded,
                            "hij"
                                | "zij"
                                | "ze"
                                | "he"
                                | "she"
                                | "they"
                                | "de"
                                | "het"
                                | "the"
                                | "president"
                                | "premier"
                                | "woordvoerder"
                                | "woordvoerster"
                        )
                })
        })
}
