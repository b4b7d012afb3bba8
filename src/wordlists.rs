//! Closed word lists, Dutch and English, that say what a word is to a
//! place or an event: prepositions and place nouns, people and
//! authorities, speech and attack verbs, reactions, meetings, roads and
//! buildings, clause openers, and the words of periods and deaths.
//!
//! [`crate::classify`] and [`crate::extract`] ask them through
//! [`crate::lexicon`], which re-exports them: the lexicon keeps the cue and
//! death tables, the word classes that index every list, numbers and
//! dates. Words are *folded* (lowercase ASCII, [`crate::normalize::fold`]).
//! Each list is a `match` (or a [`word_set!`](crate::lexicon) of one),
//! which the compiler turns into a few comparisons by length and bytes.

/// Negations: they deny the cue right after them ("geen luchtaanvallen",
/// "niet gebombardeerd", "did not attack"), not one further on ("geen
/// reactie uit Ankara op de luchtaanval").
pub fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "niet" | "geen" | "nooit" | "not" | "no" | "never" | "zonder" | "without"
    )
}

/// People of a place: "inwoners van Afrin", "residents of Raqqa" put the
/// event where they live.
pub fn is_resident_noun(w: &str) -> bool {
    matches!(
        w,
        "inwoners"
            | "bewoners"
            | "burgers"
            | "bevolking"
            | "residents"
            | "inhabitants"
            | "civilians"
            | "people"
            | "population"
            | "citizens"
    )
}

word_set! {
    /// Prepositions that put an event *at* a place.
    pub fn is_locative, const LOCATIVES = [
        "in",
        "op",
        "te",
        "rond",
        "rondom",
        "boven",
        "binnen",
        "at",
        "on",
        "inside",
        "into",
        "across",
        "over",
        "throughout",
        "within",
        "around",
        "onto",
        "nabij",
        "bij",
        "near",
        "outside",
        "buiten",
    ]
}

/// Prepositions that put an event *near* a place (ACLED precision 2).
pub fn is_near(w: &str) -> bool {
    matches!(
        w,
        "nabij" | "bij" | "near" | "outside" | "buiten" | "around" | "rond" | "rondom"
    )
}

word_set! {
    /// Prepositions that make a place an origin, path, destination, reference
    /// or owner rather than the event site.
    pub fn is_not_site_prep, const NOT_SITE_PREPS = [
        "uit",
        "vanuit",
        "van",
        "vanaf",
        "from",
        "of",
        "naar",
        "to",
        "towards",
        "toward",
        "richting",
        "tussen",
        "between",
        "door",
        "by",
        "via",
        "met",
        "with",
        "tegen",
        "against",
        "aan",
        "voor",
        "for",
        "over",
        "about",
        "behalve",
        "zoals",
        "like",
    ]
}

/// A verb after "there" that makes it existential, not a place: "there
/// were clashes", "there has been fighting", "there seemed to be".
pub fn is_existential_verb(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "s"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "may"
            | "might"
            | "could"
            | "should"
            | "must"
            | "seem"
            | "seems"
            | "seemed"
            | "appear"
            | "appears"
            | "appeared"
            | "remain"
            | "remains"
            | "remained"
            | "be"
            | "been"
    )
}

/// The preposition that ends a clause whose "daar" is half of a
/// pronominal adverb, not a place: "Daar kwam in 2013 verandering in",
/// "daar is hij het mee eens".
pub fn is_pronominal_particle(w: &str) -> bool {
    matches!(
        w,
        "aan"
            | "in"
            | "mee"
            | "over"
            | "voor"
            | "op"
            | "uit"
            | "van"
            | "door"
            | "tegen"
            | "naar"
            | "achter"
            | "onder"
            | "bij"
            | "toe"
            | "af"
            | "eens"
    )
}

/// What strikes hit: "targets", "positions", "bases", "a convoy".
pub fn is_military_object(w: &str) -> bool {
    matches!(
        w,
        "targets"
            | "target"
            | "positions"
            | "position"
            | "bases"
            | "base"
            | "depots"
            | "depot"
            | "convoy"
            | "convoys"
            | "facilities"
            | "facility"
            | "headquarters"
            | "sites"
            // "struck a Syrian anti-aircraft battery".
            | "battery"
            | "batteries"
            | "launchers"
            | "radar"
    )
}

/// A missile or a rocket ("missiles", "rocket", "raketten",
/// "raketaanval"): fired by aircraft an air strike, intercepted after one
/// part of it.
pub fn is_missile(w: &str) -> bool {
    w.starts_with("missile") || w.starts_with("rocket") || w.starts_with("raket")
}

/// Aircraft that strike from the air: "warplanes", "jets", "drones",
/// "helikopters".
pub fn is_aircraft(w: &str) -> bool {
    matches!(
        w,
        "warplanes"
            | "warplane"
            | "jets"
            | "aircraft"
            | "planes"
            | "bombers"
            | "drones"
            | "drone"
            | "helicopters"
            | "helikopters"
            | "vliegtuigen"
            | "gevechtsvliegtuigen"
            | "straaljagers"
            | "bommenwerpers"
    )
}

/// Points of the compass as nouns of relative position: "X, ten noorden
/// van Y", "X north of Y", "X, 20 km south-east of Y" (each part of a
/// hyphenated one too).
pub fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "noorden"
            | "zuiden"
            | "oosten"
            | "westen"
            | "noordoosten"
            | "noordwesten"
            | "zuidoosten"
            | "zuidwesten"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
    )
}

/// Compass words that qualify a name standing right after them: "northern
/// Hama", "north-western Idlib" (its last part), "south Idlib", "Zuid-Idlib",
/// "zuidelijk Idlib".
pub fn is_compass_adjective(w: &str) -> bool {
    // (The points themselves, "south Idlib", with the nouns of
    // [`is_compass`], which never stand right before a name.)
    is_compass(w)
        || matches!(
            w,
            "northern"
                | "southern"
                | "eastern"
                | "western"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
                | "noord"
                | "zuid"
                | "oost"
                | "noordoost"
                | "noordwest"
                | "zuidoost"
                | "zuidwest"
                | "noordelijk"
                | "zuidelijk"
                | "oostelijk"
                | "westelijk"
                | "noordelijke"
                | "zuidelijke"
                | "oostelijke"
                | "westelijke"
                | "noordwestelijk"
                | "noordwestelijke"
                | "noordoostelijk"
                | "noordoostelijke"
                | "zuidwestelijk"
                | "zuidwestelijke"
                | "zuidoostelijk"
                | "zuidoostelijke"
        )
}

/// A share of what follows "of"/"van": "seized half of Aleppo", "a third of
/// eastern Aleppo", "most of Idlib", "de helft van Afrin", "een groot deel
/// van Idlib". Like "parts of", it puts the event in the place, near its
/// point, not at it. ("quarter" is a neighbourhood as often: left out.)
pub fn is_portion(w: &str) -> bool {
    matches!(
        w,
        "half"
            | "most"
            | "much"
            | "part"
            | "third"
            | "thirds"
            | "bulk"
            | "swathes"
            | "swathe"
            | "swaths"
            | "swath"
            | "chunk"
            | "chunks"
            | "portion"
            | "portions"
            | "pockets"
            | "helft"
            | "deel"
            | "derde"
            | "merendeel"
            // ("retaken more than 98 percent of eastern Aleppo")
            | "percent"
            | "procent"
    )
}

/// Kilometres in one unit of distance: "15 km", "ten miles", "vijf mijl".
pub fn km_per_unit(w: &str) -> Option<f64> {
    match w {
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => Some(1.0),
        "miles" | "mile" | "mijl" => Some(1.609),
        _ => None,
    }
}

/// Direction and vicinity words: "ten noorden van X", "north of X",
/// "in de buurt van X" put the event near X.
pub fn is_direction(w: &str) -> bool {
    is_compass(w)
        || matches!(
            w,
            "buurt"
            | "omgeving"
            | "side"
            | "kant"
            | "oostkant"
            | "westkant"
            | "noordkant"
            | "zuidkant"
            | "rand"
            | "outskirts"
            | "vicinity"
            | "edge"
            | "buitenwijken"
            | "centrum"
            | "center"
            | "centre"
            | "kilometer"
            | "kilometers"
            | "km"
            | "miles"
            // Parts of a place: "government-held areas of Aleppo".
            | "areas"
            | "parts"
            | "delen"
            | "neighbourhoods"
            | "neighborhoods"
            | "districts"
            | "wijken"
            | "countryside"
            | "platteland"
            | "suburbs"
            | "voorsteden"
            | "farms"
            | "farmlands"
        )
}

place_nouns! {
    Province => [
        "provincie", "province", "regio", "region", "gouvernement", "governorate", "gewest",
        "deelstaat", "provincies", "provinces", "regions", "gouvernementen", "governorates",
        // ("Donetsk oblast". Not "state": "the Islamic State group", "state
        // media".)
        "oblast", "oblasts",
        // "the Idlib countryside", "rural Idlib", "het platteland van
        // Idlib": a province's villages, not its capital.
        "countryside", "rural", "platteland",
    ],
    Settlement => [
        "stad", "grensstad", "grenssteden", "steden", "plaats", "plaatsje", "grensplaats", "dorp",
        "dorpje", "grensdorp", "city", "town", "village", "hoofdstad", "capital", "havenstad",
        "wijk", "district", "stadje", "border", "cities", "towns", "villages", "dorpen",
    ],
    Camp => [
        "kamp", "vluchtelingenkamp", "camp", "kampen", "camps", "gevangenis", "prison",
        "gevangenissen", "prisons",
    ],
    Airbase => [
        "vliegbasis", "luchtmachtbasis", "airbase", "basis", "base", "vliegveld", "airport",
        "luchthaven",
        // "the international airports of Damascus and Aleppo".
        "airports", "airbases", "bases", "airfields", "vliegvelden", "luchthavens", "vliegbases",
    ],
    River => [
        "rivier", "river", "vallei", "valley",
    ],
    Area => [
        "gebied", "area", "streek",
        // "the rebel enclave of Eastern Ghouta", "het rebellenbolwerk":
        // the place itself, not its owner.
        "enclave", "enclaves", "stronghold", "bolwerk",
    ],
}

/// A place noun that names the places of a list before or after it ("the
/// Idlib and Hama provinces", "de provincies Idlib en Hama", "the towns of
/// Ariha and Saraqeb", "the Daraa and Quneitra countryside"): a plural, or
/// the countryside of each.
pub fn is_list_place_noun(w: &str) -> bool {
    matches!(
        w,
        "provincies"
            | "provinces"
            | "regions"
            | "gouvernementen"
            | "governorates"
            | "steden"
            | "grenssteden"
            | "cities"
            | "towns"
            | "villages"
            | "dorpen"
            | "kampen"
            | "camps"
            | "airports"
            | "airbases"
            | "airfields"
            | "vliegvelden"
            | "luchthavens"
            | "prisons"
            | "gevangenissen"
            | "countryside"
            | "platteland"
    )
}

/// What a place noun points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceNoun {
    Province,
    Settlement,
    Camp,
    Airbase,
    River,
    Area,
}

word_set! {
    /// Words for protesters: "shot dead four protesters", "demonstranten".
    pub fn is_protester_word, const PROTESTER_WORDS = [
        "protesters", "demonstrators", "demonstranten", "betogers", "protestors", "protester",
        "demonstrator", "demonstrant", "betoger",
    ]
}

word_set! {
    /// The police ([`is_state_force`] holds them too): who raid a house or
    /// a mosque ("De politie is een moskee in Utrecht binnengevallen"), and
    /// whose shots make no protester a rioter.
    pub fn is_police_word, const POLICE_WORDS = ["police", "policemen", "politie", "agenten"]
}

word_set! {
    /// The state's forces of order, whose force against protesters is
    /// ACLED's excessive force: police ([`is_police_word`]), security
    /// forces, troops.
    pub fn is_state_force, const STATE_FORCE_WORDS = [
        "police", "policemen", "politie", "agenten", "security", "veiligheidstroepen",
        "veiligheidsdiensten", "ordetroepen", "troops", "soldiers", "army", "militairen",
        "soldaten", "leger", "gendarmes",
    ]
}

word_set! {
    /// Places of civilians, one of which told as an attack's target makes
    /// it a sure attack on civilians: "een aanval op een moskee".
    pub fn is_civilian_place, const CIVILIAN_PLACES = [
        "hotel", "market", "markt", "mosque", "moskee", "church", "kerk", "school", "wedding",
        "bruiloft", "nightclub", "nachtclub", "restaurant", "cafe", "bus",
        // ("Four attackers stormed the parliament building in central
        // Tehran", "a suicide bomber … at the mausoleum".)
        "parliament", "parlement", "mausoleum", "shrine", "heiligdom", "theatre", "theater",
        "concert", "stadium", "stadion", "university", "universiteit", "mall", "winkelcentrum",
        "supermarket", "supermarkt",
        // (Several of them: "attacked a concert hall, restaurants and the
        // national stadium".)
        "hotels", "markets", "markten", "mosques", "moskeeen", "churches", "kerken", "schools",
        "scholen", "restaurants", "cafes", "nightclubs", "bars",
    ]
}

/// People and other targets of civilians besides [`is_civilian_place`].
fn is_civilian_other(w: &str) -> bool {
    matches!(
        w,
        "protesters"
            | "demonstrators"
            | "civilians"
            | "passengers"
            | "worshippers"
            | "worshipers"
            | "congregation"
            | "churchgoers"
            | "mourners"
            | "crowd"
            | "crowds"
            | "menigten"
            | "car"
            | "club"
            | "guests"
            | "shoppers"
            | "villagers"
            | "pilgrims"
            | "students"
            | "demonstranten"
            | "betogers"
            | "burgers"
            | "passagiers"
            | "menigte"
            | "auto"
            | "dorpelingen"
            | "pelgrims"
            | "studenten"
            | "gelovigen"
            | "kerkgangers"
            | "moskeegangers"
            | "dorpsbewoners"
            | "feestgangers"
            | "bezoekers"
            | "visitors"
            | "diners"
            | "bathers"
    )
}

/// People and places of civilians, whom an attack or fire opened on makes
/// an attack on civilians: "opened fire on protesters", "attacked a
/// hotel", "een aanval op een markt".
pub fn is_civilian_target(w: &str) -> bool {
    is_civilian_place(w) || is_civilian_other(w)
}

/// Armed men who take, hold and leave ground: the state's forces
/// ("troops", "soldiers", "militairen"), irregular ones ("fighters",
/// "rebels") and the plain words for them ("forces", "troepen").
pub fn is_armed_force(w: &str) -> bool {
    is_state_force(w)
        || is_irregular_force(w)
        || matches!(w, "grondtroepen" | "forces" | "troepen" | "strijdkrachten")
}

word_set! {
    /// Armed men outside the state's forces: gunmen, militants, jihadists.
    pub fn is_irregular_force, const IRREGULAR_FORCE_WORDS = [
        "gunmen", "gunman", "militants", "jihadists", "fighters", "rebels", "militiamen",
        "schutters", "schutter", "gewapende", "strijders", "jihadisten", "rebellen",
        "terrorists", "terroristen",
    ]
}

word_set! {
    /// Nouns for a part of a city: "de wijk Sheikh Maqsoud", "the al-Midan
    /// neighbourhood" ([`crate::resolve`] keeps such a name in its city).
    /// (Not among the place nouns: those also steer the classifier.)
    pub fn is_quarter_noun, const QUARTER_NOUNS = [
        "wijk", "woonwijk", "wijken", "buurt", "stadsdeel", "neighbourhood", "neighborhood",
        "neighbourhoods", "neighborhoods",
        // ("the old quarter of Daraa", "the Christian quarter".)
        "quarter",
    ]
}

/// A year as written in news: four digits, 1900–2100 (a bare number that
/// dates, rather than counts).
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

word_set! {
    /// Verbs of fighting, whose subject may be a side rather than a battle
    /// ([`crate::classify`]: "fought for ISIS").
    pub fn is_fight_verb, const FIGHT_VERBS = [
        "vochten", "gevochten", "vocht", "vecht", "vechten", "fought", "fighting", "fight", "fights",
    ]
}

word_set! {
    /// What a change of hands may be of without holding ground: "lost
    /// control of his car", "of the situation".
    pub fn holds_no_ground, const NO_GROUND = [
        "his", "her", "zijn", "haar", "himself", "herself", "zichzelf", "car", "auto", "vehicle",
        "voertuig", "truck", "vrachtwagen", "bus", "plane", "vliegtuig", "aircraft", "helicopter",
        "helikopter", "situation", "situatie", "narrative", "debate", "debat", "emotions", "company",
        "bedrijf", "party", "partij",
    ]
}

word_set! {
    /// Words after "since"/"sinds" that make a toll a war's or a period's
    /// (besides months and years): "since the start of the war".
    pub fn starts_a_period, const PERIOD_STARTS = [
        "start", "beginning", "begin", "outbreak", "conflict", "war", "uprising", "revolution",
        "operation", "campaign", "oorlog", "burgeroorlog", "opstand",
    ]
}

word_set! {
    /// Who fights, as a common noun: the sides between a cue and its place
    /// ("clashed … with the regime troops and allied forces in the Qalamun
    /// region") say who, not where, and put no distance between them.
    pub fn is_force_word, const FORCE_WORDS = [
        "troops", "forces", "fighters", "rebels", "militants", "soldiers", "army", "jihadists",
        "militias", "militiamen", "allied", "government", "regime", "troepen", "strijders",
        "soldaten", "militairen", "leger", "rebellen", "jihadisten", "milities", "strijdkrachten",
    ]
}

/// A side in the Syrian war, as a word after "fought for" / "vochten
/// voor": a group ("IS", "al-Nusra", "YPG"), or the government or the
/// rebels. `cap`: the word is capitalised, which "IS" must be (Dutch and
/// English "is").
pub fn is_armed_group(w: &str, cap: bool) -> bool {
    (w == "is" && cap)
        || matches!(
            w,
            "isis"
                | "isil"
                | "daesh"
                | "islamitische"
                | "islamic"
                | "kalifaat"
                | "caliphate"
                | "nusra"
                | "jabhat"
                | "hts"
                | "hayat"
                | "qaeda"
                | "qaida"
                | "ypg"
                | "ypj"
                | "sdf"
                | "pkk"
                | "fsa"
                | "vrije"
                | "free"
                | "hezbollah"
                | "hizbollah"
                | "hizbullah"
                | "assad"
                | "regime"
                | "rebellen"
                | "rebels"
                | "jihadisten"
                | "jihadists"
                | "terreurgroep"
                | "terrorist"
        )
}

/// The first word of an Arabic name of an armed group, before a name with
/// its article: "Ahrar al-Sham", "Jaish al-Islam", "Faylaq al-Rahman",
/// "Jund al-Aqsa". What follows it is the group's name, not a place (al-Sham
/// is also a name of Damascus).
pub fn is_group_noun(w: &str) -> bool {
    matches!(
        w,
        "ahrar"
            | "jabhat"
            | "jabhet"
            | "jaish"
            | "jaysh"
            | "jeish"
            | "liwa"
            | "liwaa"
            | "harakat"
            | "hayat"
            | "hayet"
            | "hay'at"
            | "hayat'"
            | "tahrir"
            | "fatah"
            | "fateh"
            | "fath"
            | "faylaq"
            | "failaq"
            | "fursan"
            | "ansar"
            | "jund"
            | "kataib"
            | "katibat"
            | "saraya"
            | "tajammu"
    )
}

/// Verbs and nouns of reaction, whose object is an event referred to, not
/// reported where the reaction took place: "In Brussels, ministers condemned
/// the offensive", "kritiek op de inval".
pub fn is_reaction(w: &str) -> bool {
    matches!(
        w,
        "condemned"
            | "condemns"
            | "condemn"
            | "condemning"
            | "criticised"
            | "criticized"
            | "criticises"
            | "criticizes"
            | "denounced"
            | "denounces"
            | "welcomed"
            | "welcomes"
            | "discussed"
            | "discuss"
            // A debate's subject: "a parliamentary debate on the bombing
            // of Aleppo", "het debat over de aanval".
            | "debate"
            | "debated"
            | "debat"
            | "veroordeelde"
            | "veroordeelden"
            | "veroordeelt"
            | "veroordelen"
            | "bekritiseerde"
            | "bekritiseerden"
            | "bekritiseert"
            | "besprak"
            | "bespraken"
            | "noemde"
            | "noemden"
            | "kritiek"
            | "criticism"
            | "reactie"
            | "reaction"
            // An investigation's object: "UN inspectors, who arrived in
            // Damascus to investigate earlier alleged attacks".
            | "investigate"
            | "investigating"
            | "investigated"
            | "investigation"
            | "onderzoeken"
            | "onderzoekt"
            | "onderzocht"
            | "onderzoek"
    )
}

word_set! {
    /// Words of a charge, a trial or a sentence, before the deed they name:
    /// "verdacht van", "veroordeeld wegens", "charged with", "convicted of".
    /// (Not "accused of": in war reporting a government is accused of this
    /// week's air strike, an event of its own; nor "tried": "rebels tried for
    /// weeks to storm the base".)
    pub fn is_charge, const CHARGE_WORDS = [
        "verdacht",
        "verdachte",
        "verdachten",
        "beschuldigd",
        "aangeklaagd",
        "veroordeeld",
        "berecht",
        "vervolgd",
        "terecht",
        "suspected",
        "charged",
        "convicted",
        "sentenced",
        "indicted",
        "prosecuted",
        "trial",
        // ("accused of taking part in the execution of an officer",
        // "found guilty of", "acquitted of", "schuldig aan".)
        "accused",
        "guilty",
        "acquitted",
        "beschuldigde",
        "schuldig",
        "vrijgesproken",
    ]
}

/// Where people meet: "in een debat in Den Haag", "at a summit in Sochi".
pub fn is_meeting_noun(w: &str) -> bool {
    matches!(
        w,
        "debat"
            | "debate"
            | "meeting"
            | "vergadering"
            | "summit"
            | "top"
            | "topoverleg"
            | "conference"
            | "conferentie"
            | "persconferentie"
            | "speech"
            | "toespraak"
            | "interview"
            | "talks"
            | "overleg"
            | "gesprek"
            | "gesprekken"
            | "vredesbesprekingen"
            | "besprekingen"
    )
}

/// What a definite noun that stands for a place named before refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anaphor {
    /// "the city", "the town", "the village", "de stad", "het dorp".
    Settlement,
    /// "the camp", "het kamp".
    Camp,
}

/// "the city", "de stad", "het kamp": a noun that, after "the"/"de"/"het"
/// and with no name after it, stands for a place named before.
pub fn anaphor_noun(w: &str) -> Option<Anaphor> {
    match w {
        "city" | "town" | "village" | "stad" | "stadje" | "dorp" | "plaatsje" => {
            Some(Anaphor::Settlement)
        }
        // ("De gevangenis", "the prison": held in camps and towns alike,
        // and found only where the text introduced it, see
        // `pipeline::places`.)
        "camp" | "kamp" | "prison" | "gevangenis" => Some(Anaphor::Camp),
        _ => None,
    }
}

/// Nouns that make "the city …" a compound rather than the city itself:
/// "the city council", "de stadsraad" is one word already.
pub fn is_anaphor_compound(w: &str) -> bool {
    matches!(
        w,
        "council"
            | "hall"
            | "hospital"
            | "authorities"
            | "officials"
            | "residents"
            | "limits"
            | "bestuur"
            | "raad"
            | "bewoners"
    )
}

word_set! {
    /// Words of an event's toll or its time of day between its cue and its
    /// place, which put no distance between them: "rocket attacks kill 10
    /// civilians, injure dozens in Daraa", "beschietingen doodden zeker tien
    /// burgers in Idlib", "clashed throughout Friday night and into Saturday
    /// morning with regime troops in the Qalamun region". (Weekdays are
    /// [`crate::lexicon::weekday`].)
    pub fn is_toll_or_time_word, const TOLL_OR_TIME_WORDS = [
        "morning",
        "night",
        "evening",
        "afternoon",
        "overnight",
        "dawn",
        "ochtend",
        "nacht",
        "avond",
        "middag",
        "kill",
        "kills",
        "killed",
        "killing",
        "wound",
        "wounds",
        "wounded",
        "wounding",
        "injure",
        "injures",
        "injured",
        "injuring",
        "dead",
        "people",
        "persons",
        "civilians",
        "others",
        "dozens",
        "scores",
        "hundreds",
        "children",
        "women",
        "least",
        "doodt",
        "doodden",
        "gedood",
        "doden",
        "gewond",
        "gewonden",
        "mensen",
        "burgers",
        "kinderen",
        "vrouwen",
        "minstens",
        "zeker",
        "tientallen",
        "honderden",
        // (A toll's hedge and the Dutch phrase of dying: "zijn sinds
        // zondag meer dan 500 mensen om het leven gekomen door
        // bombardementen", "nearly 40 people".)
        "meer",
        "dan",
        "ruim",
        "bijna",
        "ongeveer",
        "more",
        "than",
        "nearly",
        "almost",
        "leven",
        "omgekomen",
        // (And the verbs of breaking out: "Clashes broke out at the
        // Al-Aqsa mosque compound in Jerusalem".)
        "broke",
        "erupted",
        "uitgebroken",
    ]
}

/// A person counted: "one person", "één burger", "one civilian".
pub fn is_person_noun(w: &str) -> bool {
    matches!(
        w,
        "person"
            | "civilian"
            | "child"
            | "soldier"
            | "man"
            | "woman"
            | "fighter"
            | "boy"
            | "girl"
            | "journalist"
            | "policeman"
            | "persoon"
            | "burger"
            | "kind"
            | "soldaat"
            | "vrouw"
            | "strijder"
            | "jongen"
            | "meisje"
            | "agent"
            | "protester"
            | "demonstrator"
            | "demonstrant"
            | "betoger"
            // (Dutch nouns of a nationality, where English uses the
            // demonym: "een Palestijn", "a Palestinian".)
            | "palestijn"
            | "syrier"
            | "irakees"
            | "turk"
            | "koerd"
            | "afghaan"
            | "amerikaan"
            | "israelier"
            | "oekrainer"
    )
}

/// Kin, trades and ranks a victim is named by, singular: "a woman and her
/// son", "a local journalist", "a senior commander", "zijn vader".
pub fn is_kin_noun(w: &str) -> bool {
    matches!(
        w,
        "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "wife"
            | "husband"
            | "baby"
            | "infant"
            | "toddler"
            | "teenager"
            | "student"
            | "teacher"
            | "doctor"
            | "nurse"
            | "medic"
            | "paramedic"
            | "worker"
            | "farmer"
            | "shepherd"
            | "commander"
            | "officer"
            | "activist"
            | "photographer"
            | "cameraman"
            | "volunteer"
            | "driver"
            | "zoon"
            | "dochter"
            | "moeder"
            | "vader"
            | "broer"
            | "zus"
            | "echtgenote"
            | "echtgenoot"
            | "peuter"
            | "tiener"
            | "leraar"
            | "arts"
            | "dokter"
            | "verpleegster"
            | "hulpverlener"
            | "boer"
            | "herder"
            | "commandant"
            | "fotograaf"
            | "vrijwilliger"
            | "chauffeur"
            // ("shot dead a local official", "a council member", "a
            // security guard", "een rebel".)
            | "official"
            | "politician"
            | "politica"
            | "activiste"
            | "member"
            | "leader"
            | "guard"
            | "mayor"
            | "judge"
            | "lawyer"
            | "resident"
            | "villager"
            | "refugee"
            | "rebel"
            | "militant"
            | "jihadist"
            | "functionaris"
            | "politicus"
            | "leider"
            | "bewaker"
            | "burgemeester"
            | "rechter"
            | "advocaat"
            | "inwoner"
            | "bewoner"
            | "dorpeling"
            | "vluchteling"
            // (Trades a foreigner is killed in: "a foreign contractor".)
            | "contractor"
            | "contractant"
            | "aannemer"
            | "engineer"
            | "ingenieur"
            | "diplomat"
            | "diplomaat"
            | "reporter"
            | "verslaggever"
            | "officier"
            // (Those who serve a target: "His assistant was also killed".)
            | "assistant"
            | "assistent"
            | "aide"
            | "bodyguard"
            | "lijfwacht"
            // (Ranks: "Bomb kills Russian general in Moscow", "een
            // Iraanse generaal". Not "major", an adjective as often.)
            | "general"
            | "generaal"
            | "colonel"
            | "kolonel"
            | "brigadier"
            | "lieutenant"
            | "luitenant"
            | "captain"
            | "kapitein"
            | "sergeant"
            | "passenger"
            | "passagier"
            // (Dutch "militair" is also an adjective, "een militair
            // konvooi"; as a victim it stands by the death words: "is een
            // Turkse militair om het leven gekomen".)
            | "militair"
            | "politieagent"
            | "marinier"
            | "bystander"
            | "voorbijganger"
            // (Clergy and trades: "een Armeens-katholieke priester
            // doodgeschoten", "a local businessman".)
            | "priest"
            | "priester"
            | "pastoor"
            | "imam"
            | "cleric"
            | "geestelijke"
            | "monk"
            | "monnik"
            | "nun"
            | "businessman"
            | "zakenman"
            | "shopkeeper"
            | "winkelier"
            | "trader"
            | "merchant"
            | "handelaar"
    )
}

/// A word a victim is named by: a person, kin, trade or rank, an office,
/// or people counted ("a civilian", "her son", "two children", "the
/// police chief").
pub fn is_victim_noun(w: &str) -> bool {
    is_person_noun(w) || is_kin_noun(w) || is_people_noun(w) || is_title_noun(w)
}

word_set! {
    /// Offices one person holds, whom "the" counts: "the police chief",
    /// "de gouverneur", "the district governor".
    pub fn is_title_noun, const TITLE_NOUNS = [
        "chief", "governor", "gouverneur", "commander", "commandant", "mayor", "burgemeester",
        "spokesman", "woordvoerder", "imam", "ambassador", "ambassadeur", "minister",
        "politiechef", "korpschef",
    ]
}

/// A word of attack that says nothing of the weapon: "the attack", "de
/// aanslag" is whatever deed was told.
pub fn is_generic_attack_word(w: &str) -> bool {
    matches!(
        w,
        "attack" | "attacks" | "assault" | "aanval" | "aanvallen" | "aanslag"
    )
}

/// A definite article or demonstrative before a noun that names something
/// told before: "the attack", "deze aanval", "that blast".
pub fn is_definite_singular(w: &str) -> bool {
    matches!(
        w,
        "the" | "this" | "that" | "de" | "het" | "deze" | "die" | "dit"
    )
}

/// A verb of killing whose object is the dead: "killed a civilian",
/// "killing 49 militants", "doodde twee burgers".
pub fn is_killing_verb(w: &str) -> bool {
    matches!(
        w,
        "killed" | "killing" | "kill" | "kills" | "doodde" | "doodden" | "doodt"
    )
}

/// A possessive before a victim: "her two children", "zijn vader".
pub fn is_possessive(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "zijn" | "haar" | "hun")
}

/// People counted by a number: "two children", "her three sons", "vier
/// burgers".
pub fn is_people_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "civilians"
            | "children"
            | "soldiers"
            | "men"
            | "women"
            | "fighters"
            | "boys"
            | "girls"
            | "journalists"
            | "policemen"
            | "sons"
            | "daughters"
            | "brothers"
            | "sisters"
            | "babies"
            | "students"
            | "teachers"
            | "relatives"
            | "aides"
            | "bodyguards"
            | "guards"
            | "bewakers"
            | "lijfwachten"
            | "companions"
            // ("Five members of the PMF and two guests were killed".)
            | "members"
            | "guests"
            | "leden"
            | "gasten"
            | "mensen"
            | "personen"
            | "burgers"
            | "kinderen"
            | "soldaten"
            | "mannen"
            | "vrouwen"
            | "strijders"
            | "jongens"
            | "meisjes"
            | "zonen"
            | "dochters"
            | "broers"
            | "zussen"
            | "familieleden"
            // Those a toll lists after its first count: "killing at least
            // 60 Afghans and 13 U.S. troops".
            | "troops"
            | "militiamen"
            | "militants"
            | "rebels"
            | "jihadists"
            | "insurgents"
            | "servicemen"
            | "marines"
            | "officers"
            | "worshippers"
            | "protesters"
            | "demonstrators"
            | "passengers"
            | "pilgrims"
            | "workers"
            | "militairen"
            | "agenten"
            | "demonstranten"
            | "afghans"
            | "syrians"
            | "iraqis"
            | "kurds"
            | "palestinians"
            | "israelis"
            | "americans"
            | "iranians"
            | "russians"
            | "turks"
            | "yemenis"
            | "libyans"
            | "somalis"
            | "ukrainians"
            | "afghanen"
            | "syriers"
            | "irakezen"
            | "koerden"
            | "palestijnen"
            | "israeliers"
            | "amerikanen"
            | "iraniers"
            | "russen"
            | "turken"
    )
}

/// Verbs of an attacker's act, as its participle or -ing form: "has
/// launched", "has been carrying out", "heeft gebombardeerd".
pub fn is_attack_verb(w: &str) -> bool {
    matches!(
        w,
        "launched"
            | "launching"
            | "carried"
            | "carrying"
            | "conducted"
            | "conducting"
            | "targeted"
            | "targeting"
            | "bombed"
            | "bombing"
            | "struck"
            | "striking"
            | "shelled"
            | "shelling"
            | "attacked"
            | "attacking"
            | "fired"
            | "firing"
            | "deployed"
            | "deploying"
            | "gebombardeerd"
            | "aangevallen"
            | "beschoten"
            | "uitgevoerd"
            | "gelanceerd"
    )
}

/// Authorities and offices: "de regering in Damascus", "reactie uit
/// Ankara", "the government in Damascus" are not event sites.
pub fn is_authority(w: &str) -> bool {
    matches!(
        w,
        "regering"
            | "regime"
            | "autoriteiten"
            | "reactie"
            | "ambassade"
            | "ambassadeur"
            | "ministerie"
            | "parlement"
            | "president"
            | "leiders"
            | "leiding"
            | "bewind"
            | "government"
            | "authorities"
            | "embassy"
            | "ministry"
            | "officials"
            | "leaders"
            | "talks"
            | "gesprekken"
            | "top"
            | "summit"
            | "conferentie"
            | "conference"
            | "rechtbank"
            | "court"
            | "gouverneur"
            | "governor"
            | "burgemeester"
            | "mayor"
            | "correspondent"
            | "journalist"
            | "persbureau"
            | "zender"
            | "krant"
    )
}

/// Words after a name that make it part of another name or an affiliation:
/// "Homs governor Talal Barazi", "its London embassy", "Jordan Times".
pub fn is_affiliation_after(w: &str) -> bool {
    matches!(
        w,
        "governor"
            | "gouverneur"
            | "council"
            | "embassy"
            | "ambassade"
            | "office"
            | "headquarters"
            | "times"
            | "post"
            | "herald"
            | "tribune"
            | "daily"
            | "today"
            | "observer"
            | "mayor"
            | "burgemeester"
            | "police"
            | "politie"
            | "university"
            | "universiteit"
            | "declaration"
            | "verklaring"
            | "process"
            | "proces"
            | "talks"
            | "gesprekken"
            | "format"
            | "agreement"
            | "akkoord"
            | "accord"
            | "accords"
            | "summit"
            | "top"
            | "conference"
            | "conferentie"
            // "Daesh counterattack on Syria regime forces".
            | "regime"
    )
}

/// Words before "in" that make the place a seat, not a site: "based in The
/// Hague", "his allies in Moscow", "gevestigd in Londen".
pub fn is_seat_word(w: &str) -> bool {
    matches!(
        w,
        "based"
            | "gevestigd"
            | "headquartered"
            | "allies"
            | "bondgenoten"
            | "bondgenoot"
            | "ally"
            | "woont"
            | "wonen"
            | "woonde"
            | "lives"
            | "lived"
            | "living"
            | "studeert"
            | "studied"
            | "geboren"
            | "born"
            | "opgegroeid"
            | "raised"
            | "correspondent"
            | "reporter"
    )
}

/// Words that make a place name part of an organisation's name.
pub fn is_organisation_word(w: &str) -> bool {
    matches!(
        w,
        "times"
            | "post"
            | "herald"
            | "tribune"
            | "daily"
            | "today"
            | "news"
            | "university"
            | "universiteit"
            | "airlines"
            | "airways"
            | "observatory"
            | "agency"
            | "radio"
            | "tv"
            | "club"
            | "fc"
            | "media"
            | "centre"
            | "center"
            | "declaration"
            | "process"
            | "format"
            | "online"
    )
}

/// Words that make a place name the name of a street, a square or an
/// oilfield, most often in another town: "Baghdad Street" (in Damascus),
/// "Thawra Street" (in Raqqa, not the town al-Thawra), "the al-Hail
/// oilfield" (near Palmyra, not Ha'il in Saudi Arabia), "Shahba Hotel in
/// Aleppo" (not Shahba in Sweida). (Dutch writes one word: "Bagdadstraat"
/// is no mention.)
pub fn is_street_word(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "avenue"
            | "square"
            | "boulevard"
            | "straat"
            | "plein"
            | "laan"
            | "roundabout"
            | "oilfield"
            | "oilfields"
            | "gasfield"
            | "gasfields"
            | "hotel"
    )
}

/// Weapon nouns after a weapon's name: "Tomahawk cruise missiles", "Grad
/// rockets", "Tomahawk-kruisraketten" (a name that is also a small town:
/// Tomahawk, Wisconsin).
pub fn is_weapon_noun(w: &str) -> bool {
    matches!(
        w,
        "missile"
            | "missiles"
            | "cruise"
            | "rocket"
            | "rockets"
            | "raket"
            | "raketten"
            | "kruisraket"
            | "kruisraketten"
    )
}

/// Border words: a country named with them ("the Syria-Turkey border",
/// "de Turks-Syrische grens") locates no event inside that country.
pub fn is_border(w: &str) -> bool {
    matches!(
        w,
        "border" | "borders" | "grens" | "grenzen" | "grensovergang" | "crossing" | "frontier"
    )
}

/// Titles and words that introduce a person's name: "president Bashar",
/// "a witness named Ahmad".
pub fn is_person_title(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "premier"
            | "minister"
            | "generaal"
            | "general"
            | "commandant"
            | "commander"
            | "leider"
            | "leader"
            | "named"
            | "genaamd"
            | "heet"
            | "called"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "dhr"
            | "mevrouw"
            | "meneer"
            | "sheikh"
            | "sjeik"
            | "imam"
            | "koning"
            | "king"
            | "prins"
            | "prince"
            | "emir"
            | "spokesman"
            | "woordvoerder"
            | "kolonel"
            | "colonel"
    )
}

/// Auxiliaries: after one, the next word says whether the name before is a
/// speaker ("Moscow has said") or a site ("Idlib was hit").
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "has"
            | "have"
            | "had"
            | "heeft"
            | "hebben"
            | "werd"
            | "wordt"
            | "zal"
            | "will"
            | "would"
            | "zou"
            | "were"
            | "are"
            | "been"
    )
}

/// Verbs of saying, thinking and deciding: "Ankara beschouwt", "Washington
/// urged". A capital or country right before one is a speaker, not a site.
pub fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "zegt"
            | "zei"
            | "zeiden"
            | "zeggen"
            | "meldt"
            | "meldde"
            | "melden"
            | "beschouwt"
            | "sprak"
            | "spreekt"
            | "ontkent"
            | "ontkende"
            | "eist"
            | "eiste"
            | "wil"
            | "wilde"
            | "reageert"
            | "reageerde"
            | "waarschuwt"
            | "waarschuwde"
            | "dreigt"
            | "dreigde"
            | "noemt"
            | "noemde"
            | "beschuldigt"
            | "beschuldigde"
            | "betichtte"
            | "verklaarde"
            | "stelt"
            | "stelde"
            | "heeft"
            | "hebben"
            | "had"
            | "liet"
            | "laat"
            | "bevestigde"
            | "bevestigt"
            | "kondigde"
            | "veroordeelt"
            | "veroordeelde"
            | "steunt"
            | "steunde"
            | "says"
            | "said"
            | "urged"
            | "urges"
            | "warned"
            | "warns"
            | "denied"
            | "denies"
            | "announced"
            | "accused"
            | "accuses"
            | "claims"
            | "claimed"
            | "wants"
            | "has"
            | "have"
            | "insists"
            | "insisted"
            | "demanded"
            | "demands"
            | "called"
            | "calls"
            | "condemned"
            | "condemns"
            | "considers"
            | "believes"
            | "sent"
            | "stuurt"
            | "stuurde"
            // What governments do, written with the capital as subject:
            // "Moscow launched air strikes", "Ankara began the operation".
            | "launched"
            | "launches"
            | "began"
            | "begins"
            | "started"
            | "ordered"
            | "regards"
            | "blames"
            | "blamed"
            | "backs"
            | "backed"
            | "supports"
            | "supported"
            | "lanceerde"
            | "begon"
            | "startte"
            | "beval"
            | "is"
            | "was"
            | "huisvest"
            | "vecht"
            | "fights"
    )
}

/// Words that refer back to an event without saying what it was: a place in
/// the same sentence can locate an event reported elsewhere in the article.
pub fn is_generic_event_noun(w: &str) -> bool {
    GENERIC_EVENT_NOUNS.contains(&w)
}

pub const GENERIC_EVENT_NOUNS: &[&str] = &[
    "operatie",
    "operation",
    "missie",
    "mission",
    "actie",
    "aanval",
    "attack",
    "strike",
    "raid",
    "antiterreurmissie",
    "aanvallen",
    "attacks",
    "strikes",
];

/// Relative pronouns that are nothing else after a noun or a comma:
/// "de vliegtuigen die … bombardeerden", "the jets which bombed Douma",
/// "Haftar, whose forces …". Not "dat"/"that", which are as often
/// conjunctions ("zei dat", "said that"), nor "waar"/"where", which tell a
/// place: each caller adds those it can read as relative.
pub fn is_relative_pronoun(w: &str) -> bool {
    matches!(
        w,
        "die" | "welke" | "wiens" | "wier" | "waarvan" | "which" | "who" | "whom" | "whose"
    )
}

/// Conjunctions and relative pronouns: a clause starts after them.
pub fn is_clause_start(w: &str) -> bool {
    matches!(
        w,
        "dat"
            | "die"
            | "wat"
            | "waar"
            | "waarin"
            | "omdat"
            | "terwijl"
            | "maar"
            | "want"
            | "nadat"
            | "toen"
            | "zodat"
            | "hoewel"
            | "that"
            | "which"
            | "who"
            | "where"
            | "while"
            | "because"
            | "but"
            | "after"
            | "when"
            | "although"
            | "as"
            | "whereas"
            // (Whose deeds are another's: "protested against Haftar, whose
            // forces besieged Tripoli in 2019", "wiens troepen".)
            | "whose"
            | "wiens"
            | "wier"
            | "waarvan"
    )
}

/// A noun for a death, which names an event after "since" ("sinds de
/// dood in oktober 2019 van al-Baghdadi") though no cue or death count
/// ([`crate::lexicon::DEATH`]) would take it: alone it is as often a penalty or a threat.
pub fn is_death_noun(w: &str) -> bool {
    matches!(
        w,
        "dood" | "death" | "moord" | "murder" | "killing" | "assassination" | "liquidatie"
    )
}

word_set! {
    /// A verb that starts a period or a campaign: "since the war began in
    /// 2011", "since Moscow intervened in September 2015". A date after
    /// "since" and such a verb, or a noun of [`starts_a_period`] ("since the
    /// beginning of the crisis in March 2011"), is where a period began,
    /// even when a cue stands between ("since the coalition began its
    /// bombing campaign in 2014").
    pub fn is_period_start_verb, const PERIOD_START_VERBS = [
        "began", "begun", "begon", "begonnen", "started", "startte", "erupted", "broke",
        "uitbrak", "brak", "launched", "lanceerde", "intervened", "ingreep", "collapsed", "came",
        "took", "effect", "outbreak", "onset", "uitbraak", "uitbreken", "aanvang",
    ]
}

/// See [`is_period_start_verb`].
pub fn is_period_start(w: &str) -> bool {
    is_period_start_verb(w) || starts_a_period(w)
}

word_set! {
    /// Nouns that make a weapon word before them a thing made, kept or
    /// defended against, not an attack: "a rocket factory", "missile
    /// defences", "bomb shelters", "a weapons depot".
    pub fn is_weapon_holder, const WEAPON_HOLDERS = [
        "factory", "factories", "plant", "plants", "workshop", "workshops", "depot", "depots",
        "warehouse", "warehouses", "launcher", "launchers", "program", "programme", "programs",
        "programmes", "defence", "defense", "defences", "defenses", "system", "systems",
        "shield", "maker", "makers", "production", "stockpile", "stockpiles", "arsenal",
        "arsenals", "shelter", "shelters", "technology", "test", "tests",
    ]
}

/// The Dutch compounds of a weapon word that name such a thing
/// ([`is_weapon_holder`]): "raketfabriek", "raketwerpers", "raketschild",
/// "bomschuilkelder".
pub fn ends_in_weapon_holder(w: &str) -> bool {
    [
        "fabriek",
        "fabrieken",
        "werper",
        "werpers",
        "schild",
        "programma",
        "systeem",
        "systemen",
        "opslag",
        "arsenaal",
        "schuilkelder",
        "schuilkelders",
        "productie",
        "test",
        "testen",
        "technologie",
    ]
    .iter()
    .any(|s| w.len() > s.len() && w.ends_with(s))
}

word_set! {
    /// Buildings and grounds named "of" their town: "het ziekenhuis van
    /// Afrin", "the central market of Azaz". The town is where they stand.
    pub fn is_facility_noun, const FACILITY_NOUNS = [
        "ziekenhuis", "ziekenhuizen", "hospital", "hospitals", "school", "scholen", "schools",
        "markt", "markten", "market", "markets", "marketplace", "moskee", "moskeeën", "mosque",
        "mosques", "kerk", "kerken", "church", "churches", "bakkerij", "bakery", "bakeries",
        "universiteit", "university", "stadion", "stadium", "citadel", "citadelle", "haven",
        "port", "harbour", "station", "kliniek", "clinic", "clinics", "treinstation",
        "busstation", "hotel", "hotels", "winkelcentrum", "mall", "bazaar", "theater", "theatre",
        // What is left of a place stands where it stood: "the ruins of
        // Mosul's Grand al-Nuri Mosque", "het puin van Raqqa".
        "ruins", "ruïnes", "rubble", "puin",
    ]
}

word_set! {
    /// Roads and stretches of land between two places ("on the road
    /// between Deir ez-Zor and Palmyra", "de snelweg tussen Aleppo en
    /// Damascus").
    pub fn is_road_noun, const ROAD_NOUNS = [
        "road", "roads", "highway", "motorway", "route", "stretch", "frontline", "weg",
        "wegen", "snelweg", "autoweg", "frontlinie", "corridor",
    ]
}

word_set! {
    /// Nouns of one who fights or of what they do, after a place's
    /// possessive: "Ankara's forces captured Tal Abyad", "Moscow's bombing
    /// campaign", "Israel's air strikes on Damascus". The place is who acts,
    /// not the site. (Not the place's fate: "Mosul's recapture", "Aleppo's
    /// eastern districts".)
    pub fn is_agent_noun, const AGENT_NOUNS = [
        "offensive", "offensives", "offensief", "campaign", "campagne", "operation", "operatie",
        "incursion", "invasion", "inval", "intervention", "interventie", "forces", "troops",
        "troepen", "army", "leger", "military", "jets", "warplanes", "aircraft", "drones",
        "artillery", "militias", "milities", "soldiers", "soldaten", "strijdkrachten", "strikes",
        "airstrikes", "raids", "luchtaanvallen", "proxies", "allies", "bondgenoten",
    ]
}

word_set! {
    /// Feasts and holy months, named in news of truces and attacks ("an
    /// Eid truce", "during Ramadan"): never places, though GeoNames lists
    /// "Eid" for a town in Eritrea.
    pub fn is_holiday, const HOLIDAYS = [
        "eid", "ramadan", "ramadhan", "muharram", "ashura", "nowruz", "newroz", "christmas",
        "kerstmis", "kerst", "easter", "pasen", "suikerfeest", "offerfeest",
    ]
}

/// Is the (folded) word the generic head of Arabic (and Levantine Turkish
/// and Kurdish) compound place names: hill (tal, tell), inn (khan), gate
/// (bab), village (kafr), monastery (deir), spring (ain), cape (ras),
/// mountain (jabal), bridge (jisr), valley (wadi), house (beit), mother and
/// father (umm, abu), well (bir), meadow (marj), castle (qasr, qalaat),
/// quarter (hayy), ruin (khirbet), farm (mazraat), cave (maarat)? Written
/// alone before another capitalised word it starts a longer name ("Tal
/// Meri", "Khan Touman", "Bab Touma"), never a place of its own.
pub fn is_toponym_head(w: &str) -> bool {
    matches!(
        w,
        "tal"
            | "tall"
            | "tell"
            | "tel"
            | "khan"
            | "bab"
            | "kafr"
            | "kfar"
            | "kafar"
            | "kefr"
            | "deir"
            | "dayr"
            | "dair"
            | "ain"
            | "ayn"
            | "ein"
            | "ras"
            | "jabal"
            | "jebel"
            | "jabel"
            | "jbel"
            | "jisr"
            | "wadi"
            | "beit"
            | "bayt"
            | "beyt"
            | "umm"
            | "abu"
            | "bir"
            | "marj"
            | "qasr"
            | "qalaat"
            | "qalat"
            | "hayy"
            | "khirbet"
            | "khirbat"
            | "mazraat"
            | "maarat"
            | "maaret"
    )
}

/// Is the (folded) word an Arabic descriptor that names a part of a place
/// after its name: "Daraa al-Balad" (the town), "al-Jadida" (new),
/// "al-Qadima" (old), "al-Mahatta" (station), the points of the compass,
/// upper and lower, big and small?
pub fn is_part_descriptor(w: &str) -> bool {
    matches!(
        w,
        "balad"
            | "jadida"
            | "jadideh"
            | "jdideh"
            | "jadid"
            | "qadima"
            | "qadimeh"
            | "qadim"
            | "mahatta"
            | "sharqi"
            | "sharqiya"
            | "sharqiyah"
            | "gharbi"
            | "gharbiya"
            | "gharbiyah"
            | "shamali"
            | "shamaliya"
            | "janoubi"
            | "janubi"
            | "janubiya"
            | "kabir"
            | "kabira"
            | "kubra"
            | "saghir"
            | "saghira"
            | "sughra"
            | "fawqani"
            | "tahtani"
            | "wusta"
    )
}

/// Words of anger at a deed, before "over"/"at"/"about": "in anger over US
/// air strikes", "uit woede over de luchtaanvallen". The deed is one
/// another answers (`classify::avenged`), told before it.
pub fn is_anger_word(w: &str) -> bool {
    matches!(
        w,
        "anger"
            | "angry"
            | "outrage"
            | "outraged"
            | "fury"
            | "furious"
            | "woede"
            | "boos"
            | "verontwaardiging"
    )
}
