//! Word lists, Dutch and English: event cues, death words, modality,
//! demonyms, numbers and dates, and the word classes that index every
//! list. The closed lists of roles and contexts (prepositions, place
//! nouns, people, verbs of speech and attack…) live in
//! [`crate::wordlists`] and are re-exported here, so callers ask
//! `lexicon::` for any word.
//!
//! Everything here works on *folded* words (lowercase ASCII, see
//! [`crate::normalize::fold`]), so `geëxecuteerd` is `geexecuteerd`. Cue
//! entries are stems: an entry ending in `*` matches any word that starts
//! with it, so inflections and compounds count (`luchtaanval*` covers
//! `luchtaanvallen`; `*aanslag` in the compound list covers `bomaanslag`).
//!
//! Speed: these functions run for most words of every text, so the lists
//! are indexed by first letters (`FirstLetters` for the pattern lists,
//! three-letter blocks for the common words), and [`word_class`] gives each
//! word, from its first three letters, the bits of the lists it may belong
//! to, so that a sentence step passes over the other words with a bit test.

use crate::buckets::{BUCKETS, bucket3, bucket4_in, pattern_buckets, pattern_buckets4};
use crate::classify::EventType;
pub use crate::wordlists::*;

/// How strongly a cue says what happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Generic ("aanval", "attack"): used only when nothing clearer is in the
    /// sentence, and never for a country-level site.
    Weak,
    Strong,
}

/// One cue: a sequence of word patterns.
pub struct Cue {
    pub words: &'static [&'static str],
    pub ty: EventType,
    pub strength: Strength,
}

macro_rules! cues {
    ($( $ty:ident $st:ident [$($w:literal),+] ),* $(,)?) => {
        &[ $( Cue { words: &[$($w),+], ty: EventType::$ty, strength: Strength::$st } ),* ]
    };
}

/// The event cue lexicon. Longer phrases are listed before their parts.
pub static CUES: &[Cue] = cues![
    // Air and drone strikes.
    Airstrike Strong ["luchtaanval*"], Airstrike Strong ["luchtbombardement*"],
    Airstrike Strong ["bombardement*"], Airstrike Strong ["bombardeer*"],
    Airstrike Strong ["gebombardeerd"], Airstrike Strong ["bombarderen"],
    Airstrike Strong ["gevechtsvliegtuig*"], Airstrike Strong ["straaljager*"],
    Airstrike Strong ["vatbom*"], Airstrike Strong ["droneaanval*"], Airstrike Strong ["airstrike*"], Airstrike Strong ["air", "strike*"],
    Airstrike Strong ["air", "raid*"], Airstrike Strong ["warplane*"], Airstrike Strong ["jets"],
    // An air force that kills strikes from the air: "The air force also killed at least 10 people in
    // rebel areas east of Damascus", "de Syrische luchtmacht doodde".
    Airstrike Strong ["air", "force", "kill*"], Airstrike Strong ["luchtmacht", "dood*"],
    Airstrike Strong ["air", "force", "also", "kill*"], Airstrike Strong ["air", "force", "has", "killed"],
    // Planes that kill ("regime planes killed 31 jihadists"); not planes
    // alone, which may carry passengers.
    Airstrike Strong ["planes", "kill*"], Airstrike Strong ["aircraft", "kill*"],
    // Helicopters that fire or strike ("helicopters fired on the Midan
    // neighbourhood"), as ACLED codes helicopter fire.
    Airstrike Strong ["helicopters", "fired"], Airstrike Strong ["helicopter", "fired"],
    Airstrike Strong ["helicopters", "attacked"], Airstrike Strong ["helicopters", "struck"],
    Airstrike Strong ["bombing", "raid*"],
    Airstrike Strong ["bombed"], Airstrike Strong ["bombing"], Airstrike Strong ["bombings"],
    Airstrike Strong ["bombard*"], Airstrike Strong ["barrel", "bomb*"],
    // Bombs only aircraft drop: "Russian guided bombs hit several border
    // villages", "glide bombs", "geleide bommen", "glijbommen".
    Airstrike Strong ["guided", "bomb*"], Airstrike Strong ["glide", "bomb*"],
    Airstrike Strong ["aerial", "bomb*"], Airstrike Strong ["geleide", "bom*"],
    Airstrike Strong ["glijbom*"], Airstrike Strong ["vliegtuigbom*"],
    // (Bombs that fall were dropped: "De bommen vielen op een markt in
    // Maarat al-Numan", "bombs fell on", "dropped bombs on". Weak: a
    // memory without a place is none, "Toen de bommen vielen op haar land".)
    Airstrike Weak ["bommen", "vielen"], Airstrike Weak ["bombs", "fell"],
    // ("Ook in Khan Sheikhoun vielen bommen".)
    Airstrike Weak ["vielen", "bommen"],
    Airstrike Weak ["dropped", "bombs"], Airstrike Weak ["bombs", "were", "dropped"],
    // "hebben twintig bommen afgeworpen op doelen van IS in Raqqa": only
    // aircraft drop them.
    Airstrike Strong ["bommen", "afgeworpen"],
    Airstrike Strong ["drone", "strike*"], Airstrike Strong ["helicopter", "gunship*"],
    // A drone that attacks strikes, as "droneaanval" does: "a drone attack
    // on a small base in northeastern Jordan".
    Airstrike Strong ["drone", "attack*"], Airstrike Strong ["drone", "aanval*"],
    // A drone alone may only watch: weak, used where no surer cue stands.
    Airstrike Weak ["drone"], Airstrike Weak ["drones"],
    // Shelling, artillery, missiles, rockets.
    Shelling Strong ["artillerie*"], Shelling Strong ["beschiet*"], Shelling Strong ["beschoten"],
    Shelling Strong ["beschoot"],
    Shelling Strong ["beschieting*"], Shelling Strong ["mortier*"], Shelling Strong ["raket*"],
    Shelling Strong ["granaatinslag*"], Shelling Strong ["kruisraket*"],
    Shelling Strong ["antitankraket*"],
    // "Turkse granaten raakten een gevangenis", as "shells" are.
    Shelling Strong ["granaat"], Shelling Strong ["granaten"], Shelling Strong ["granaatvuur"],
    Shelling Strong ["shelled"], Shelling Strong ["shelling"], Shelling Strong ["artillery"],
    Shelling Strong ["shell"], Shelling Strong ["shells"],
    Shelling Strong ["mortar*"], Shelling Strong ["rocket*"], Shelling Strong ["missile*"],
    // Explosions.
    // Suicide bombs: the bomber dies with the bomb ("a suicide car bomb",
    // a bomb cue after "suicide", is one too: see `classify::refine`).
    SuicideBomb Strong ["zelfmoordaanslag*"], SuicideBomb Strong ["zelfmoordterrorist*"],
    SuicideBomb Strong ["zelfmoordenaar*"], SuicideBomb Strong ["zelfmoordautobom*"],
    SuicideBomb Strong ["suicide", "bomb*"],
    SuicideBomb Strong ["suicide", "attack*"], SuicideBomb Strong ["blies", "zichzelf", "op"],
    SuicideBomb Strong ["bliezen", "zichzelf", "op"], SuicideBomb Strong ["zichzelf", "opgeblazen"],
    SuicideBomb Strong ["blew", "himself", "up"], SuicideBomb Strong ["blew", "herself", "up"],
    SuicideBomb Strong ["blew", "themselves", "up"],
    SuicideBomb Strong ["blies", "zich", "op"], SuicideBomb Strong ["bliezen", "zich", "op"],
    // Something blown up ("bliezen de historische al-Nuri-moskee op") is
    // an explosion, as "blew … up" is.
    Explosion Strong ["blies", "…", "op"], Explosion Strong ["bliezen", "…", "op"],
    Explosion Strong ["autobom*"], Explosion Strong ["vrachtwagenbom*"], Explosion Strong ["bomauto*"], Explosion Strong ["bomaanslag*"],
    // (Not "explosieven", explosives: "werden vuurwapens en explosieven
    // gevonden".)
    Explosion Strong ["explosie"], Explosion Strong ["explosies"], Explosion Strong ["ontplof*"],
    Explosion Strong ["bermbom*"], Explosion Strong ["landmijn*"], Explosion Weak ["mines"], Explosion Strong ["car", "bomb*"],
    Explosion Strong ["explosion*"], Explosion Strong ["exploded"], Explosion Strong ["blast*"],
    Explosion Strong ["ied"], Explosion Strong ["ieds"], Explosion Strong ["roadside", "bomb*"],
    // What carries or hides a bomb: "an explosives-laden vehicle hit their
    // buses", "a booby-trapped car", "an explosive device", a VBIED (a
    // suicide one, SVBIED).
    Explosion Strong ["explosives", "laden"], Explosion Strong ["bomb", "laden"],
    Explosion Strong ["booby", "trapped"], Explosion Strong ["explosive", "device*"],
    Explosion Strong ["vbied"], Explosion Strong ["vbieds"], SuicideBomb Strong ["svbied*"],
    Explosion Strong ["landmine*"], Explosion Strong ["blew", "…", "up"], Explosion Strong ["detonated"],
    Explosion Strong ["opgeblazen"], Explosion Strong ["bomb", "blast*"], Explosion Strong ["bomb", "attack*"],
    // A bomb, one, is planted or thrown ("a bomb targeted a bus"); bombs
    // may fall from aircraft. Terrorists bomb on the ground.
    Explosion Strong ["bomb"], Explosion Strong ["bom"],
    Explosion Strong ["terrorist", "bombing*"], Explosion Strong ["terrorist", "bomb*"],
    // "Twin bombings in Jableh and Tartus": set off at once, on the ground.
    Explosion Strong ["twin", "bombing*"], Explosion Strong ["double", "bombing*"],
    Explosion Strong ["simultaneous", "bombing*"], Explosion Strong ["coordinated", "bombing*"],
    // Chemical weapons.
    ChemicalAttack Strong ["gifgas*"], ChemicalAttack Strong ["chemische", "wapen*"],
    ChemicalAttack Strong ["chemische", "aanval*"], ChemicalAttack Strong ["chloorgas*"],
    ChemicalAttack Strong ["sarin*"], ChemicalAttack Strong ["chemical", "attack*"],
    ChemicalAttack Strong ["zenuwgas*"], ChemicalAttack Strong ["nerve", "gas"],
    ChemicalAttack Strong ["nerve", "agent*"],
    ChemicalAttack Strong ["chemical", "weapon*"], ChemicalAttack Strong ["poison", "gas"],
    ChemicalAttack Strong ["chlorine"], ChemicalAttack Strong ["gas", "attack*"],
    // Armed clashes.
    ArmedClash Strong ["gevecht*"], ArmedClash Strong ["gevochten"], ArmedClash Strong ["vuurgevecht*"],
    ArmedClash Strong ["vochten"], ArmedClash Strong ["vocht"],
    // (The present is often a side described, "Nederland vecht mee tegen IS
    // in Irak": weak, so a country is no site of it.)
    ArmedClash Weak ["vecht"], ArmedClash Weak ["vechten"],
    ArmedClash Strong ["slag", "om"], ArmedClash Strong ["geschoten", "op"],
    ArmedClash Strong ["vuur", "geopend"], ArmedClash Strong ["openden", "…", "het", "vuur"],
    ArmedClash Strong ["opende", "…", "het", "vuur"],
    // (A subordinate clause puts the verb last: "toen soldaten het vuur
    // openden op een konvooi".)
    ArmedClash Strong ["vuur", "openden"], ArmedClash Strong ["vuur", "opende"],
    ArmedClash Strong ["clash*"], ArmedClash Strong ["fighting"], ArmedClash Strong ["fought"],
    ArmedClash Strong ["firefight*"], ArmedClash Strong ["gunfight*"], ArmedClash Strong ["gun", "battle*"],
    ArmedClash Strong ["battle"], ArmedClash Strong ["battles"], ArmedClash Strong ["battled"],
    ArmedClash Strong ["battling"],
    // A headline's present tense: "Arab tribes fight Kurdish-led forces in
    // Deir ez-Zor" (`classify::find_cues` keeps only a verb with its side
    // right after it: not "the fight against IS", "vowed to fight").
    ArmedClash Strong ["fight"],
    ArmedClash Strong ["opened", "fire"], ArmedClash Strong ["exchange", "of", "fire"],
    ArmedClash Strong ["exchanged", "fire"], ArmedClash Strong ["exchanging", "fire"],
    ArmedClash Strong ["traded", "fire"], ArmedClash Strong ["schoten", "uitgewisseld"],
    // "their patrol came under fire near Daraa", "werd onder vuur genomen".
    ArmedClash Strong ["came", "under", "fire"], ArmedClash Strong ["come", "under", "fire"],
    ArmedClash Strong ["comes", "under", "fire"], ArmedClash Strong ["onder", "vuur", "genomen"],
    ArmedClash Strong ["hevige", "strijd"], ArmedClash Strong ["zware", "strijd"],
    ArmedClash Strong ["strijd", "om"],
    // (ACLED codes an ambush of armed men as an armed clash.)
    ArmedClash Strong ["ambush*"], ArmedClash Strong ["hinderla*"],
    // A counter-attack is fighting back: "Bij een tegenaanval van IS in
    // Kirkuk", "a counterattack near Palmyra".
    ArmedClash Strong ["tegenaanval*"], ArmedClash Strong ["counterattack*"],
    // Aircraft brought down by fire: "A Russian military helicopter was
    // shot down over Idlib", "een straaljager neergehaald".
    ArmedClash Strong ["shot", "down"], ArmedClash Strong ["neergehaald"],
    // Ground offensives.
    GroundOffensive Strong ["grondoffensief*"], GroundOffensive Strong ["offensief"],
    GroundOffensive Strong ["inval"], GroundOffensive Strong ["binnengevallen"],
    GroundOffensive Strong ["binnenvallen"], GroundOffensive Strong ["binnenviel*"],
    GroundOffensive Strong ["entered"], GroundOffensive Strong ["stormed"],
    // "Turkish ground forces crossed into the Afrin region" (with forces
    // before it only, `classify::find_cues`: refugees cross too).
    GroundOffensive Strong ["crossed", "into"], GroundOffensive Strong ["crossed", "the", "border", "into"],
    GroundOffensive Strong ["binnengetrokken"], GroundOffensive Strong ["binnengerukt"],
    GroundOffensive Strong ["binnentrekken"], GroundOffensive Strong ["bestormd*"],
    GroundOffensive Strong ["binnengedrongen"], GroundOffensive Strong ["drongen", "…", "binnen"],
    GroundOffensive Strong ["drong", "…", "binnen"],
    // "Het leger drong door tot de buitenwijken van Idlib" (forces named,
    // `classify::find_cues`: news "drong door" too).
    GroundOffensive Strong ["drong", "door", "tot"], GroundOffensive Strong ["drongen", "door", "tot"],
    GroundOffensive Strong ["opgerukt"], GroundOffensive Strong ["tegenoffensief"],
    GroundOffensive Strong ["counteroffensive"],
    GroundOffensive Strong ["trokken", "…", "binnen"], GroundOffensive Strong ["trok", "…", "binnen"],
    GroundOffensive Strong ["viel", "…", "binnen"], GroundOffensive Strong ["vielen", "…", "binnen"],
    GroundOffensive Strong ["valt", "…", "binnen"], GroundOffensive Strong ["vallen", "…", "binnen"],
    GroundOffensive Strong ["invasie"], GroundOffensive Strong ["opmars"],
    GroundOffensive Strong ["rukt", "…", "op"], GroundOffensive Strong ["rukten"],
    GroundOffensive Strong ["rukken", "…", "op"], GroundOffensive Strong ["rukte", "…", "op"], GroundOffensive Strong ["oprukken*"],
    // "trokken verder op richting Hama": an advance (not "trokken zich
    // terug op hun basis", which has no direction after the particle).
    GroundOffensive Strong ["trokken", "…", "op", "richting"], GroundOffensive Strong ["trok", "…", "op", "richting"],
    GroundOffensive Strong ["trokken", "…", "op", "naar"], GroundOffensive Strong ["trok", "…", "op", "naar"],
    GroundOffensive Strong ["offensive"], GroundOffensive Strong ["invasion"], GroundOffensive Strong ["invaded"],
    GroundOffensive Strong ["incursion*"], GroundOffensive Strong ["ground", "operation*"],
    GroundOffensive Strong ["advanced", "on"], GroundOffensive Strong ["advancing", "on"],
    GroundOffensive Strong ["advanced", "near"], GroundOffensive Strong ["advancing", "near"],
    GroundOffensive Strong ["advanced", "around"], GroundOffensive Strong ["advancing", "around"],
    GroundOffensive Strong ["advanced", "towards"], GroundOffensive Strong ["advancing", "towards"],
    GroundOffensive Strong ["advanced", "toward"], GroundOffensive Strong ["advancing", "toward"],
    GroundOffensive Strong ["pushed", "towards"], GroundOffensive Strong ["pushing", "towards"],
    GroundOffensive Strong ["pushed", "toward"], GroundOffensive Strong ["pushing", "toward"],
    // Troops that go into ground: "advanced into the buffer zone", "pushed
    // into the town".
    GroundOffensive Strong ["advanced", "into"], GroundOffensive Strong ["advancing", "into"],
    GroundOffensive Strong ["pushed", "into"], GroundOffensive Strong ["pushing", "into"],
    GroundOffensive Strong ["pushed", "deeper", "into"], GroundOffensive Strong ["pushing", "deeper", "into"],
    GroundOffensive Strong ["advanced", "deeper", "into"], GroundOffensive Strong ["moved", "deeper", "into"],
    GroundOffensive Weak ["militaire", "operatie"], GroundOffensive Weak ["military", "operation"],
    // Territory changing hands.
    TerritoryChange Strong ["veroverd*"], TerritoryChange Strong ["verovering*"], TerritoryChange Strong ["veroverde*"],
    TerritoryChange Strong ["ingenomen"], TerritoryChange Strong ["innemen"], TerritoryChange Strong ["innam"],
    TerritoryChange Strong ["heroverd*"], TerritoryChange Strong ["herovering*"], TerritoryChange Strong ["heroverde*"],
    // (A headline's present tense: "Syrische rebellen heroveren dorpen".)
    TerritoryChange Strong ["heroveren"], TerritoryChange Strong ["herovert"],
    TerritoryChange Strong ["veroveren"], TerritoryChange Strong ["verovert"],
    // Fighters who give up a place hand it over (`classify::refine` asks
    // for fighters in the sentence): "De laatste strijders … gaven zich
    // over in het dorp Baghuz".
    TerritoryChange Strong ["gaven", "…", "over"], TerritoryChange Strong ["gaf", "…", "over"],
    TerritoryChange Strong ["surrendered"], TerritoryChange Strong ["overgegeven"],
    // Ground handed over or taken over by forces: "heeft de stad Manbij
    // overgenomen van de Koerden" (forces named, `classify::find_cues`),
    // "hebben de controle over Kobani overgedragen aan het Syrische leger".
    TerritoryChange Strong ["overgenomen"], TerritoryChange Strong ["controle", "…", "overgedragen"],
    TerritoryChange Strong ["verloor"], TerritoryChange Strong ["nemen", "…", "in"],
    TerritoryChange Strong ["namen", "…", "in"], TerritoryChange Strong ["neemt", "…", "in"],
    TerritoryChange Strong ["nam", "…", "in"], TerritoryChange Strong ["lost", "control"],
    TerritoryChange Strong ["terug", "te", "winnen"], TerritoryChange Strong ["teruggewonnen"],
    // (From "handen", not "in": a cue starting with "in" is asked at every
    // "in" of a text.)
    TerritoryChange Strong ["handen", "gevallen"], TerritoryChange Strong ["handen", "gekregen"],
    // "had liberated Raqqa from Islamic State" (freed people are
    // "freed"/"released").
    TerritoryChange Strong ["liberated"],
    TerritoryChange Strong ["handen", "…", "gekomen"],
    TerritoryChange Strong ["viel", "…", "in", "handen"], TerritoryChange Strong ["vielen", "…", "in", "handen"],
    TerritoryChange Strong ["valt", "…", "in", "handen"], TerritoryChange Strong ["controle", "gebracht"],
    // "Ook de stad Saraqib kwam in handen van de rebellen"; "fell into
    // the hands of", "fell into rebel hands".
    TerritoryChange Strong ["kwam", "…", "in", "handen"], TerritoryChange Strong ["kwamen", "…", "in", "handen"],
    TerritoryChange Strong ["komt", "…", "in", "handen"],
    TerritoryChange Strong ["fell", "into", "the", "hands"], TerritoryChange Strong ["fell", "into", "rebel", "hands"],
    TerritoryChange Strong ["fell", "into", "their", "hands"],
    TerritoryChange Strong ["controle", "…", "verloren"], TerritoryChange Strong ["verloren", "de", "controle"],
    TerritoryChange Strong ["captured"], TerritoryChange Strong ["capture"], TerritoryChange Strong ["recaptured"],
    TerritoryChange Strong ["seized"], TerritoryChange Strong ["retook"], TerritoryChange Strong ["retaken"],
    TerritoryChange Strong ["overran"], TerritoryChange Strong ["fell", "to"], TerritoryChange Strong ["took", "control"],
    TerritoryChange Strong ["taken", "control"], TerritoryChange Strong ["regained", "control"],
    TerritoryChange Strong ["took", "full", "control"], TerritoryChange Strong ["taken", "full", "control"],
    TerritoryChange Strong ["took", "complete", "control"], TerritoryChange Strong ["taken", "complete", "control"],
    TerritoryChange Strong ["regained", "full", "control"],
    // "took the town of Gharyan": ground taken by name.
    TerritoryChange Strong ["took", "the", "town"], TerritoryChange Strong ["took", "the", "city"],
    TerritoryChange Strong ["took", "the", "village"], TerritoryChange Strong ["took", "the", "villages"],
    // "for recapturing the city from Islamic State", "after retaking
    // Palmyra", "the recapture of Palmyra".
    TerritoryChange Strong ["recapturing"], TerritoryChange Strong ["capturing"],
    TerritoryChange Strong ["recapture"], TerritoryChange Strong ["retaking"],
    TerritoryChange Strong ["seizing"],
    // A headline's present tense: "Rebels seize Aleppo", "Army retakes
    // Palmyra".
    TerritoryChange Strong ["seize"], TerritoryChange Strong ["seizes"],
    TerritoryChange Strong ["captures"], TerritoryChange Strong ["recaptures"],
    TerritoryChange Strong ["retake"], TerritoryChange Strong ["retakes"],
    // Ground lost by name: "The SDF lost the town of Manbij to the
    // factions", "Rebels lose Saraqeb" (`classify::find_cues` keeps only
    // those with a name or "the town of" right after).
    TerritoryChange Strong ["lost"], TerritoryChange Strong ["lose"], TerritoryChange Strong ["loses"],
    // Raids.
    Raid Strong ["speciale", "eenheden"], Raid Strong ["commando*"], Raid Strong ["special", "forces"],
    Raid Strong ["raid"], Raid Strong ["raids"], Raid Strong ["raided"], Raid Strong ["commandoactie*"],
    // Violence against civilians.
    Attack Strong ["geexecuteerd"], Attack Strong ["executie*"], Attack Strong ["executed"],
    Attack Strong ["executeerden"], Attack Strong ["executeerde"],
    Attack Strong ["execution*"], Attack Strong ["bloedbad*"], Attack Strong ["massacre*"],
    Attack Strong ["onthoofd*"], Attack Strong ["beheaded"],
    // Killings by gunmen ("Hevrin Khalaf werd bij Tal Abyad … doodgeschoten",
    // "was shot dead near Tal Abyad"). (Not "vermoord", "murdered": news
    // calls ordinary crime so.)
    Attack Weak ["doodgeschoten"], Attack Weak ["shot", "dead"], Attack Weak ["gunned", "down"],
    Attack Weak ["schoot", "…", "dood"], Attack Weak ["schoten", "…", "dood"],
    // "A gunman killed 39 people at a packed Istanbul nightclub" (not
    // "gunmen" alone: Syrian state media calls rebels so).
    Attack Weak ["gunman", "kill*"], Attack Weak ["gunmen", "kill*"],
    // Armed men who kill ("Boko Haram fighters killed at least 20 farmers"):
    // an attack on civilians, a clash with armed men (`classify::refine`).
    Attack Weak ["militants", "kill*"], Attack Weak ["fighters", "kill*"],
    Attack Weak ["jihadists", "kill*"], Attack Weak ["insurgents", "kill*"],
    Attack Weak ["gunman", "shot"], Attack Weak ["gunmen", "shot"],
    // (Dutch: "Jihadisten doodden donderdag twaalf mensen".)
    Attack Weak ["schutter", "doodde"], Attack Weak ["schutters", "doodden"],
    Attack Weak ["jihadisten", "doodden"], Attack Weak ["strijders", "doodden"],
    Attack Weak ["militanten", "doodden"], Attack Weak ["terroristen", "doodden"],
    Attack Weak ["assassinated"], Attack Weak ["assassination*"],
    // Vehicles driven into people ("rammed his car into pedestrians", "a
    // ramming attack").
    Attack Weak ["rammed", "…", "into"], Attack Strong ["ramming", "attack*"],
    // ("drove a truck into a crowd", "reed met een auto in op
    // voetgangers", "is ingereden op een menigte".)
    Attack Weak ["drove", "…", "crowd"], Attack Weak ["drove", "…", "pedestrians"],
    // (People run into: "De bus reed in op de file" is an accident.)
    Attack Weak ["reed", "…", "op", "voetgangers"], Attack Weak ["reed", "…", "op", "een", "menigte"],
    Attack Weak ["reed", "…", "op", "mensen"], Attack Weak ["reed", "…", "op", "demonstranten"],
    Attack Weak ["reed", "…", "op", "militairen"], Attack Weak ["reed", "…", "op", "soldaten"],
    Attack Weak ["ingereden", "op", "voetgangers"], Attack Weak ["ingereden", "op", "een", "menigte"],
    Attack Strong ["ramaanslag*"],
    // Knife attacks, told as attacks ("a knife attack at the Damascus
    // Gate", "een mesaanval"). (Not "steekpartij", "stabbed": news calls
    // ordinary crime so, as it does "vermoord".)
    Attack Strong ["knife", "attack*"], Attack Strong ["stabbing", "attack*"],
    Attack Strong ["mesaanval*"], Attack Strong ["steekaanval*"],
    // (ACLED's abduction or forced disappearance.)
    Abduction Strong ["ontvoerd*"], Abduction Strong ["ontvoering*"], Abduction Strong ["kidnapped"],
    Abduction Strong ["kidnapping*"], Abduction Strong ["abducted"], Abduction Strong ["abduction*"],
    // Arrests.
    Arrest Strong ["gearresteerd"], Arrest Strong ["arresteerde*"], Arrest Strong ["arrestatie*"],
    Arrest Strong ["opgepakt"], Arrest Strong ["arrested"], Arrest Strong ["detained"],
    Arrest Strong ["aangehouden"],
    // Split verbs of arrest, with the people taken between ("De politie
    // hield zondag drie verdachten aan", "pakte twee mannen op"; not "het
    // geweld hield aan", "pakte de draad weer op": `classify::find_cues`
    // asks for a person).
    Arrest Strong ["hield", "…", "aan"], Arrest Strong ["hielden", "…", "aan"],
    Arrest Strong ["pakte", "…", "op"], Arrest Strong ["pakten", "…", "op"],
    // Escapes.
    // Withdrawals: the place left is the site (pipeline: `leaving`).
    Withdrawal Strong ["teruggetrokken"], Withdrawal Strong ["terugtrekking*"],
    Withdrawal Strong ["trokken", "…", "terug"], Withdrawal Strong ["trok", "…", "terug"],
    Withdrawal Strong ["trekken", "…", "terug"], Withdrawal Strong ["trekt", "…", "terug"],
    Withdrawal Strong ["withdrew"], Withdrawal Strong ["withdrawn"], Withdrawal Strong ["withdrawal"],
    Withdrawal Strong ["withdrawing"], Withdrawal Strong ["pulled", "out"],
    Withdrawal Strong ["retreated"],
    // (Forces that leave a place named before the verb: "De laatste
    // Koerdische strijders hebben de grensstad Ras al-Ain verlaten";
    // `classify::refine` asks for the forces, `pipeline::sites` for the
    // place left.)
    Withdrawal Strong ["verlaten"], Withdrawal Strong ["verlieten"], Withdrawal Strong ["verliet"],
    Escape Strong ["ontsnapt*"], Escape Strong ["ontsnappen"], Escape Strong ["ontsnapping*"],
    // "Honderden gevangenen braken uit een gevangenis in Hasakah" (with
    // prisoners or a prison in the sentence only, `classify::find_cues`:
    // war and fire break out too).
    Escape Strong ["braken", "…", "uit"], Escape Strong ["brak", "…", "uit"],
    Escape Strong ["uitbraak"], Escape Strong ["escaped"], Escape Strong ["escape"],
    Escape Strong ["broke", "out"], Escape Strong ["jailbreak*"], Escape Strong ["prison", "break"],
    // Displacement.
    Displacement Strong ["op", "de", "vlucht"], Displacement Strong ["gevlucht"], Displacement Strong ["vluchten"],
    Displacement Strong ["vluchtten"], Displacement Strong ["vluchtte"], Displacement Strong ["verdreven"],
    Displacement Strong ["verdrijven"], Displacement Strong ["verdreef"],
    // ("Zeker 60.000 mensen ontvluchtten de stad".)
    Displacement Strong ["ontvlucht*"],
    // (Ground taken when fighters are driven out: [`crate::classify`].)
    Displacement Strong ["driven", "…", "out", "of"], Displacement Strong ["drove", "…", "out", "of"],
    Displacement Strong ["pushed", "…", "out", "of"],
    Displacement Strong ["fled"], Displacement Strong ["flee"], Displacement Strong ["fleeing"],
    Displacement Strong ["displaced"], Displacement Strong ["exodus"], Displacement Strong ["displace"],
    Displacement Strong ["displacing"], Displacement Strong ["forced", "…", "from", "their", "homes"],
    // Protests and riots.
    Protest Strong ["betoging*"], Protest Strong ["demonstratie*"], Protest Strong ["demonstranten"],
    Protest Strong ["betogers"], Protest Strong ["protesteerden"], Protest Strong ["protesteerde"],
    Protest Strong ["demonstreerden"], Protest Strong ["demonstreerde"], Protest Strong ["betoogden"], Protest Strong ["protest"],
    Protest Strong ["gedemonstreerd"],
    // "zijn duizenden mensen de straat opgegaan" (`classify::refine` asks
    // the verb of "de straat op").
    Protest Strong ["straat", "opgegaan"], Protest Strong ["straat", "opgingen"],
    Protest Strong ["straat", "opgaan"],
    Protest Strong ["protested"], Protest Strong ["protesting"],
    // (Only before where, against what or why: not "demonstrated that".)
    Protest Strong ["demonstrated"], Protest Strong ["demonstrating"],
    Protest Strong ["protests"], Protest Strong ["protesters"], Protest Strong ["demonstrators"],
    // (One of them too: "shot dead a protester", "een demonstrant".)
    Protest Strong ["protesten"], Protest Strong ["protester"], Protest Strong ["demonstrator"],
    Protest Strong ["demonstrant"], Protest Strong ["betoger"],
    // Stones and firebombs thrown at the police (`classify::refine` asks
    // for the police after them).
    Riot Strong ["threw", "stones"], Riot Strong ["threw", "rocks"], Riot Strong ["threw", "bottles"],
    Riot Strong ["threw", "molotov"], Riot Strong ["threw", "firebombs"],
    Riot Strong ["hurled", "stones"], Riot Strong ["hurled", "rocks"], Riot Strong ["pelted"],
    Riot Strong ["gooiden", "…", "stenen"], Riot Strong ["gooiden", "…", "vuurwerk"],
    Riot Strong ["bekogelden"], Riot Strong ["wierpen", "…", "stenen"],
    Protest Strong ["rally"], Protest Strong ["rallies"], Protest Strong ["rallied"],
    // A crowd that chants or marches protests ("Tens of thousands marched in
    // Tehran, chanting 'Death to America'"); not troops that march
    // (`classify::refine`).
    Protest Strong ["chanting"], Protest Strong ["chanted"], Protest Strong ["scandeerden"],
    Protest Strong ["marched"], Protest Strong ["marcheerden"],
    Protest Strong ["straat", "op"], Protest Strong ["straten", "op"],
    Protest Strong ["took", "to", "the", "streets"], Riot Strong ["rellen"], Riot Strong ["ongeregeldheden"], Riot Strong ["relschoppers"], Riot Strong ["riot*"],
    // Pounding from afar, by guns or aircraft: artillery unless a surer
    // word says aircraft ("Turkse troepen hebben de stad bestookt",
    // "Government forces pounded rebel positions").
    Shelling Weak ["bestookt"], Shelling Weak ["bestookten"], Shelling Weak ["bestookte"],
    Shelling Weak ["bestoken"], Shelling Weak ["pounded"], Shelling Weak ["pounding"],
    // Generic attack words.
    ArmedClash Weak ["aanval"], ArmedClash Weak ["aanvallen"], ArmedClash Weak ["aangevallen"],
    ArmedClash Weak ["attack"], ArmedClash Weak ["attacks"], ArmedClash Weak ["attacked"],
    // "Strijders van IS overvielen een controlepost van het leger" (a weak
    // word: "een overval" is as often a robbery).
    ArmedClash Weak ["overvielen"], ArmedClash Weak ["overviel"],
    // "Oekraïense drones vielen maandag Moskou aan" (weak, as "attacked").
    ArmedClash Weak ["vielen", "…", "aan"], ArmedClash Weak ["viel", "…", "aan"],
    ArmedClash Weak ["assault"], Attack Weak ["aanslag"], Attack Weak ["aanslagen"],
    // "Ook Khan Sheikhoun werd getroffen": hit by the strikes told just
    // before, else by nothing of war ("getroffen door sancties", "door de
    // aardbeving"). Typed by the pipeline, or dropped.
    Mention Weak ["getroffen"],
    // (So is what was destroyed: "In Kafr Nabl werd het ziekenhuis
    // dinsdag volledig verwoest", "the hospital was destroyed".)
    Mention Weak ["verwoest"], Mention Weak ["destroyed"],
    // (And a hit: "In Kafr Nabl werd een ziekenhuis geraakt"; not "gewond
    // geraakt", wounded, `classify::refine`.)
    Mention Weak ["geraakt"],
    // (And dead reported there with no number: "Ook in Saraqeb en in Ariha
    // werden maandag doden gemeld".)
    Mention Weak ["doden", "gemeld"],
    // "Russian strikes kill 34 in Deir Ezzor": in war reporting a strike
    // with no other word is from the air, but nothing surer may be near.
    Airstrike Weak ["strikes"], Airstrike Weak ["strike"],
    // "Israel struck Iranian military targets near Damascus": a verb of
    // striking with a military object after it (`classify::find_cues` asks
    // `is_military_object`; not "struck a deal"; nor after a cue, its
    // subject: "Tuesday's attack struck the headquarters").
    Airstrike Strong ["struck"], Airstrike Strong ["hit"],
    // A town that falls is taken: "Zaterdag viel ook Deraa", "Deraa is
    // gevallen" (`classify::find_cues` asks `place_fell` for the town as the
    // verb's subject; weak, so that only a place makes it an event). Last,
    // after "viel … binnen", "viel … in handen", "viel … aan".
    TerritoryChange Weak ["viel"], TerritoryChange Weak ["vielen"],
    TerritoryChange Weak ["gevallen"],
];

/// Words that say people died. Stems as in [`CUES`].
pub static DEATH: &[&[&str]] = &[
    &["om", "het", "leven"],
    &["omgekomen"],
    &["omkwamen"],
    // (The singulars of a subordinate clause: "waarbij een burger omkwam".)
    &["omkwam"],
    &["kwamen", "…", "om"],
    &["kwam", "…", "om"],
    &["komen", "…", "om"],
    &["gedood"],
    &["doodgeschoten"],
    // "schoot vier mensen dood", "de dood van twee kinderen" (not "ter
    // dood veroordeeld": [`crate::classify`]).
    &["dood"],
    &["shot", "dead"],
    &["gunned", "down"],
    &["gesneuveld"],
    &["sneuvelden"],
    &["sneuvelde"],
    &["doden"],
    &["dode"],
    &["burgerdoden"],
    &["dodental*"],
    &["vermoord"],
    // "Een autobom doodde vijf mensen", "Luchtaanval doodt twaalf burgers".
    &["doodde"],
    &["doodden"],
    &["doodt"],
    // "executed at least 82 civilians", "zeker 20 gevangenen geëxecuteerd".
    &["geexecuteerd"],
    &["executed"],
    &["executeerden"],
    &["executeerde"],
    // "Unknown gunmen assassinated a former rebel commander", "murdered
    // two aid workers".
    &["assassinated"],
    &["murdered"],
    &["killed"],
    &["kill"],
    &["kills"],
    &["killing"],
    &["dead"],
    &["died"],
    &["deaths"],
    &["death", "toll"],
    &["perished"],
    &["lost", "their", "lives"],
    // "heeft aan zeker zeven mensen het leven gekost", "kostte zeven
    // mensen het leven", "claimed the lives of ten people".
    &["leven", "gekost"],
    &["levens", "gekost"],
    &["kostte", "…", "leven"],
    &["kostte", "…", "levens"],
    // "kostte zondag het leven aan zeker elf mensen" (the count after).
    &["leven", "aan"],
    &["claimed", "the", "lives"],
    // "eiste 63 levens", "claimed 63 lives": only after a verb of taking
    // ([`crate::classify`]: not "redden 63 levens").
    &["levens"],
    &["lives"],
];

/// Is `w` a word of the wounded ("gewond", "injured")?
pub fn is_wounded(w: &str) -> bool {
    matches!(
        w,
        "gewond" | "gewonden" | "gewonde" | "wounded" | "injured" | "injuring" | "hurt"
    )
}

/// Buildings and targets a number may count ("two schools", "five medical
/// facilities"): asked only of the words right after a number, as most
/// sentences name some building.
pub fn is_counted_building(w: &str) -> bool {
    is_facility_noun(w) || matches!(w, "facilities" | "faciliteiten" | "targets" | "doelen")
}

/// Words that make the next count not a death count: the wounded, refugees,
/// percentages, money, years, and things counted rather than people ("a
/// barrage of at least 300 shells into western Aleppo killing nine
/// civilians").
pub fn is_not_death(w: &str) -> bool {
    // (A match, not a list searched word by word: asked of every word
    // between a number and a death word.)
    is_wounded(w)
        || matches!(
            w,
            "vluchtelingen"
                | "refugees"
                | "gevangenen"
                | "prisoners"
                | "ontheemden"
                | "procent"
                | "percent"
                | "kilometer"
                | "km"
                | "euro"
                | "dollar"
                | "jaar"
                | "years"
                | "miljoen"
                | "million"
                | "miljard"
                | "billion"
                | "shells"
                | "granaten"
                | "rockets"
                | "raketten"
                | "missiles"
                | "mortars"
                | "bombs"
                | "bommen"
                | "airstrikes"
                | "luchtaanvallen"
                | "strikes"
                | "raids"
                | "vehicles"
                | "voertuigen"
                | "tanks"
                | "houses"
                | "huizen"
                | "buildings"
                | "gebouwen"
                | "villages"
                | "dorpen"
                | "times"
                | "keer"
                | "days"
                | "dagen"
                | "hours"
                | "uur"
                | "weeks"
                | "weken"
                | "months"
                | "maanden"
                | "miles"
                | "meter"
                | "metres"
                | "meters"
        )
}

/// Word patterns grouped by the first three letters of the words they can
/// match, so that a word meets only the few patterns that can start with it
/// (an array index instead of a hash of the word: this runs for every word
/// with the cue or death bit). Each group keeps lexicon order. The groups
/// are laid out flat (16-bit offsets into one id list, 39 kB, the size of
/// the class table read just before).
///
/// In front, a filter of the four first letters a pattern can start with:
/// a three-letter group holds the patterns of many words ("aan" those of
/// "aanval*", read by "aan", "aantal", "aanwezig"), and most words that
/// reach the index match none. The filter turns them away before the
/// patterns are tried one by one. It is one bit per hash of the four-letter
/// group ([`four_bit`]), 1 kB: a list sets a few hundred of its 8,192 bits,
/// so a word is let through by mistake one time in thirty at most (and then
/// its patterns turn it away), and the filter stays in the first-level
/// cache. (One bit per group, 27⁴ bits, took 66 kB per list, and its read
/// was most of the index's time.)
struct FirstLetters {
    offsets: Vec<u16>,
    ids: Vec<u16>,
    four: [u64; FOUR_WORDS],
}

/// Bits of [`FirstLetters`]' four-letter filter, as a power of two.
const FOUR_LOG2: u32 = 13;
const FOUR_WORDS: usize = (1 << FOUR_LOG2) / 64;

/// The filter bit of a four-letter group ([`crate::buckets::bucket4`]):
/// a multiplicative hash, so that groups of neighbouring letters spread.
fn four_bit(k4: usize) -> usize {
    ((k4 as u32).wrapping_mul(0x9E37_79B1) >> (32 - FOUR_LOG2)) as usize
}

impl FirstLetters {
    fn new<'a>(patterns: impl Iterator<Item = &'a str>) -> FirstLetters {
        let mut pairs: Vec<(usize, u16)> = Vec::new();
        let mut four = [0u64; FOUR_WORDS];
        for (id, pat) in patterns.enumerate() {
            pairs.extend(pattern_buckets(pat).map(|k| (k, id as u16)));
            for k in pattern_buckets4(pat) {
                let b = four_bit(k);
                four[b / 64] |= 1 << (b % 64);
            }
        }
        pairs.sort_unstable();
        assert!(
            pairs.len() < usize::from(u16::MAX),
            "too many word patterns"
        );
        let mut offsets = vec![0u16; BUCKETS + 1];
        for &(k, _) in &pairs {
            offsets[k + 1] += 1;
        }
        for k in 0..BUCKETS {
            offsets[k + 1] += offsets[k];
        }
        FirstLetters {
            offsets,
            ids: pairs.into_iter().map(|(_, id)| id).collect(),
            four,
        }
    }

    /// Ids of the patterns that may match `w`, in lexicon order.
    fn get(&self, w: &str) -> &[u16] {
        self.get_in(w, bucket3(w.as_bytes()))
    }

    /// [`FirstLetters::get`] of a word whose bucket `k` is known.
    fn get_in(&self, w: &str, k: usize) -> &[u16] {
        let b = four_bit(bucket4_in(k, w.as_bytes()));
        if self.four[b / 64] & (1 << (b % 64)) == 0 {
            return &[];
        }
        &self.ids[self.offsets[k] as usize..self.offsets[k + 1] as usize]
    }
}

fn cue_index() -> &'static FirstLetters {
    static INDEX: std::sync::OnceLock<FirstLetters> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| FirstLetters::new(CUES.iter().map(|c| c.words[0])))
}

fn death_index() -> &'static FirstLetters {
    static INDEX: std::sync::OnceLock<FirstLetters> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| FirstLetters::new(DEATH.iter().map(|p| p[0])))
}

/// The cues whose first word matches `w`, in lexicon order.
pub fn cues_starting(w: &str) -> impl Iterator<Item = &'static Cue> {
    cues_starting_in(w, bucket3(w.as_bytes()))
}

/// [`cues_starting`] of a word whose bucket `k` is known (a token's).
pub fn cues_starting_in(w: &str, k: usize) -> impl Iterator<Item = &'static Cue> {
    cue_index()
        .get_in(w, k)
        .iter()
        .map(|&i| &CUES[usize::from(i)])
        .filter(move |c| word_matches(c.words[0], w))
}

/// The death phrases whose first word matches `w`, in lexicon order.
pub fn deaths_starting(w: &str) -> impl Iterator<Item = &'static [&'static str]> {
    deaths_starting_in(w, bucket3(w.as_bytes()))
}

/// [`deaths_starting`] of a word whose bucket `k` is known (a token's).
pub fn deaths_starting_in(w: &str, k: usize) -> impl Iterator<Item = &'static [&'static str]> {
    death_index()
        .get_in(w, k)
        .iter()
        .map(|&i| DEATH[usize::from(i)])
        .filter(move |p| word_matches(p[0], w))
}

/// A word list written once: the predicate (a `matches!`, which the
/// compiler turns into a switch on the length and a few comparisons) and
/// the same words as a slice, for the class table ([`class`]).
macro_rules! word_set {
    ($(#[$doc:meta])* $vis:vis fn $name:ident, const $list:ident = [$($w:literal),* $(,)?]) => {
        $(#[$doc])*
        $vis fn $name(w: &str) -> bool {
            matches!(w, $($w)|*)
        }

        #[doc = concat!("The words of [`", stringify!($name), "`].")]
        $vis const $list: &[&str] = &[$($w),*];
    };
}

/// [`place_noun`] and [`PLACE_NOUNS`] from one list of words per kind.
macro_rules! place_nouns {
    ($($kind:ident => [$($w:literal),* $(,)?]),* $(,)?) => {
        /// Nouns that name a kind of place: the word before a name, as in "de
        /// stad Idlib", "the town of Suluk". The value says which kind it
        /// points to.
        pub fn place_noun(w: &str) -> Option<PlaceNoun> {
            Some(match w {
                $($($w)|* => PlaceNoun::$kind,)*
                _ => return None,
            })
        }

        /// The words of [`place_noun`].
        pub const PLACE_NOUNS: &[&str] = &[$($($w,)*)*];
    };
}

/// What a word may be, as bits, looked up by its first three letters (one
/// array index, no hashing): the sentence-level steps pass over the many
/// words that can be none of these with one bit test. A bit is a "maybe":
/// the word list itself decides.
pub mod class {
    /// Some cue may start with it ([`super::cues_starting`]).
    pub const CUE: u16 = 1;
    /// Some death phrase may start with it, or "toll".
    pub const DEATH: u16 = 2;
    /// A date may be built on it: digits, a month, a weekday, "jaar",
    /// "gisteren" ([`crate::classify::sentence_date`]).
    pub const DATE: u16 = 4;
    /// "nu", "today" ([`super::is_now`]).
    pub const NOW: u16 = 8;
    /// A demonym ([`super::demonym`]).
    pub const DEMONYM: u16 = 16;
    /// Digits or a number word ([`super::number_word`]).
    pub const NUMBER: u16 = 32;
    /// A transliterated Arabic article ([`crate::normalize::is_article`]).
    pub const ARTICLE: u16 = 64;
    /// A function word that opens sentences ([`super::is_sentence_opener`]).
    pub const OPENER: u16 = 128;
    /// A generic event noun ([`super::is_generic_event_noun`]).
    pub const GENERIC: u16 = 256;
    /// A conjunction that opens a clause ([`super::is_conjunction`]).
    pub const CONJ: u16 = 512;
    /// A threat, plan, fear, condition or negation ([`super::is_modal`]).
    pub const MODAL: u16 = 1024;
    /// A word that is no content word for its place in a list
    /// ([`super::is_content_word`]): an article, a preposition, a place
    /// noun (demonyms have their own bit).
    pub const FUNCTION: u16 = 2048;
    /// A word of an event's toll or time ([`super::is_toll_or_time_word`]).
    pub const TOLL: u16 = 4096;
    /// A word of a charge or a trial ([`super::is_charge`]).
    pub const CHARGE: u16 = 8192;
    /// A quarter of a city ([`super::is_quarter_noun`]): asked of every
    /// word of a sentence by the anaphor search, where a string `match`
    /// cost a mispredicted branch every few words.
    pub const QUARTER: u16 = 16384;
    /// "since", "sinds": a date after it dates a period's start
    /// ([`crate::classify::sentence_date`]); "day", "dagen": "a day after"
    /// ([`crate::classify::days_after`]).
    pub const SINCE: u16 = 32768;
}

/// "N years ago" ("vier jaar geleden", "two years ago"): the year word.
pub const YEAR_WORDS: &[&str] = &["jaar", "years", "year"];

/// The day before the article's date.
pub const YESTERDAY_WORDS: &[&str] = &[
    "gisteren",
    "yesterday",
    "gisteravond",
    "gisterochtend",
    "eergisteren",
];

/// "drie dagen geleden", "two days ago": the words that make a number of
/// days (or weeks, months, years) before them a date.
pub const AGO_WORDS: &[&str] = &["ago", "geleden"];

/// Words besides months and weekdays that a date is built on.
pub fn is_date_word(w: &str) -> bool {
    YEAR_WORDS.contains(&w)
        || MONTH_WORDS.contains(&w)
        || WEEK_WORDS.contains(&w)
        || YESTERDAY_WORDS.contains(&w)
        || AGO_WORDS.contains(&w)
}

/// The words of a prosecution's account ([`crate::classify`]'s
/// `prosecutors_say`), sharing the charge words' class bit: "aanklager",
/// "prosecutors", "het Openbaar Ministerie", "het OM".
pub const PROSECUTION_WORDS: &[&str] = &[
    "aanklager",
    "aanklagers",
    "prosecutor",
    "prosecutors",
    "prosecution",
    "ministerie",
    "om",
];

/// The words after which a date is where a period began
/// ([`crate::classify::sentence_date`]).
pub const SINCE_WORDS: &[&str] = &["since", "sinds"];

/// The day words of "a day after", "twee dagen na"
/// ([`crate::classify::days_after`]), sharing the "since" words' class bit:
/// both start a phrase of time about another event. (Not "daags na": its
/// bucket is that of "daar", one of the most frequent Dutch words.)
/// ("daags ervoor", "daags na de aanslag": Dutch for "the day before", "the
/// day after the attack".)
pub const DAY_WORDS: &[&str] = &["day", "days", "dag", "dagen", "daags"];

/// "drie maanden geleden", "two months ago".
pub const MONTH_WORDS: &[&str] = &["maanden", "maand", "months", "month"];

/// "enkele weken geleden", "two weeks ago".
pub const WEEK_WORDS: &[&str] = &["weken", "week", "weeks", "weekend"];

/// The [`class`] bits of every bucket ([`crate::buckets`]), marked once from
/// the word lists.
fn class_table() -> &'static [u16; BUCKETS] {
    static TABLE: std::sync::OnceLock<Box<[u16; BUCKETS]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Box::new([0u16; BUCKETS]);
        let mut mark = |pat: &str, bit: u16| {
            t[pattern_buckets(pat)].iter_mut().for_each(|c| *c |= bit);
        };
        for c in CUES {
            mark(c.words[0], class::CUE);
        }
        for p in DEATH {
            mark(p[0], class::DEATH);
        }
        mark("toll", class::DEATH);
        for (m, _) in MONTHS {
            mark(m, class::DATE);
        }
        for (nl, en) in DAYS {
            mark(&format!("{nl}*"), class::DATE);
            mark(en, class::DATE);
        }
        // The plain word lists, each with its bit.
        let lists: &[(&[&str], u16)] = &[
            (YEAR_WORDS, class::DATE),
            (MONTH_WORDS, class::DATE),
            (WEEK_WORDS, class::DATE),
            (YESTERDAY_WORDS, class::DATE),
            (AGO_WORDS, class::DATE),
            (TOLL_OR_TIME_WORDS, class::TOLL),
            (CHARGE_WORDS, class::CHARGE),
            (PROSECUTION_WORDS, class::CHARGE),
            (QUARTER_NOUNS, class::QUARTER),
            (SINCE_WORDS, class::SINCE),
            (DAY_WORDS, class::SINCE),
            // ("a week after", "een week na": [`crate::classify::days_after`].)
            (&["week", "weeks", "weken"], class::SINCE),
            (NOW_WORDS, class::NOW),
            (crate::normalize::ARTICLES, class::ARTICLE),
            (SENTENCE_OPENERS, class::OPENER),
            (GENERIC_EVENT_NOUNS, class::GENERIC),
            (CONJUNCTIONS, class::CONJ),
            // ("as" may open a clause: `crate::classify::split_at_as`.)
            (&["as"], class::CONJ),
            (MODAL_WORDS, class::MODAL),
            (CALL_WORDS, class::MODAL),
            (FILLERS, class::FUNCTION),
            (LOCATIVES, class::FUNCTION),
            (NOT_SITE_PREPS, class::FUNCTION),
            (PLACE_NOUNS, class::FUNCTION),
            (FORCE_WORDS, class::FUNCTION),
        ];
        for &(list, bit) in lists {
            for w in list {
                mark(w, bit);
            }
        }
        for (w, _) in DEMONYMS {
            mark(w, class::DEMONYM);
        }
        for r in ROOTS {
            mark(&format!("{r}*"), class::NUMBER);
        }
        // (Vague quantities too, which `classify::vague_death_count` asks
        // about: its word loop then skips the other words by their bits.)
        for (w, _) in VAGUE_QUANTITIES {
            mark(w, class::NUMBER);
        }
        t
    })
}

/// The [`class`] bits of a folded word.
pub fn word_class(w: &str) -> u16 {
    WordClasses::get().of(w)
}

/// The table behind [`word_class`], fetched once by a caller that asks
/// about every word of a text (the tokenizer), not once a word.
#[derive(Clone, Copy)]
pub struct WordClasses(&'static [u16; BUCKETS]);

impl WordClasses {
    pub fn get() -> WordClasses {
        WordClasses(class_table())
    }

    /// The class bits of the words in bucket `k` (a word's
    /// [`crate::buckets::bucket3`]) that start with a letter.
    #[inline]
    pub fn of_bucket(self, k: usize) -> u16 {
        self.0[k]
    }

    /// [`word_class`] of `w`.
    #[inline]
    pub fn of(self, w: &str) -> u16 {
        self.of_in(w, bucket3(w.as_bytes()))
    }

    /// [`WordClasses::of`] of a word whose bucket `k` is known.
    #[inline]
    pub fn of_in(self, w: &str, k: usize) -> u16 {
        let digits = if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            class::DATE | class::NUMBER
        } else {
            0
        };
        self.0[k] | digits
    }
}

/// Does a folded word match a pattern (`stem*` or whole word)?
pub fn word_matches(pat: &str, w: &str) -> bool {
    match pat.strip_suffix('*') {
        // A Dutch compound is what its last part says: "gifgasaanval" is an
        // attack, "gifgasopruimers" are cleaners, "luchtaanvalsdreiging" is a
        // threat.
        Some(stem) => w.strip_prefix(stem).is_some_and(|rest| {
            // (Every head has four letters or more.)
            rest.len() < 4 || !COMPOUND_HEADS.iter().any(|h| rest.contains(h))
        }),
        None => pat == w,
    }
}

/// Last parts of compounds that turn an event word into something else.
const COMPOUND_HEADS: &[&str] = &[
    "opruim",
    "inspect",
    "onderzoe",
    "deskundig",
    "expert",
    "verbod",
    "verdrag",
    "dreig",
    "vrees",
    "museum",
    "film",
    "boek",
    "spel",
    "oefen",
    "training",
];

/// Folded words one after another: a slice of words, or of the
/// extractor's tokens, so that matching a phrase in a sentence collects no
/// list of its words first.
pub trait Words {
    fn count(&self) -> usize;
    fn word(&self, i: usize) -> Option<&str>;
    /// Does punctuation follow word `i` (a clause may end there)?
    fn closes(&self, _i: usize) -> bool {
        false
    }
}

impl Words for [&str] {
    fn count(&self) -> usize {
        self.len()
    }
    fn word(&self, i: usize) -> Option<&str> {
        self.get(i).copied()
    }
}

/// Does the phrase `pat` match the words starting at `i`?
pub fn phrase_at<W: Words + ?Sized>(pat: &[&str], words: &W, i: usize) -> bool {
    phrase_len(pat, words, i).is_some()
}

/// How many words the phrase `pat` covers from `i`, if it matches there. A
/// `…` in a pattern stands for up to six words, for Dutch separable verbs:
/// "kwamen twaalf burgers om", "viel Turkije Noord-Syrië binnen"; up to
/// [`MAX_SEPARABLE_GAP`] when the particle ends the words (the sentence) or
/// a clause:
/// "Donderdag trokken Turkse troepen en hun Syrische bondgenoten het stadje
/// Tal Abyad binnen."
pub fn phrase_len<W: Words + ?Sized>(pat: &[&str], words: &W, i: usize) -> Option<usize> {
    let Some((first, rest)) = pat.split_first() else {
        return Some(0);
    };
    if *first == "…" {
        return (0..=MAX_SEPARABLE_GAP).find_map(|skip| {
            let j = i + skip;
            // (Past six words, only a particle that closes the sentence or
            // stands before punctuation: "binnen" inside one is as often a
            // preposition, "binnen een week"; "namen de troepen volgens
            // Ankara de stad Tal Abyad in, ten westen van …" closes a
            // clause.)
            let far_ok =
                skip <= 6 || (rest.len() == 1 && (j + 1 == words.count() || words.closes(j)));
            (j <= words.count() && far_ok)
                .then(|| phrase_len(rest, words, j))
                .flatten()
                .map(|n| skip + n)
        });
    }
    let w = words.word(i)?;
    if !word_matches(first, w) {
        return None;
    }
    phrase_len(rest, words, i + 1).map(|n| n + 1)
}

/// The most words a separable verb's particle may stand after its verb,
/// at the end of a sentence.
pub const MAX_SEPARABLE_GAP: usize = 12;

/// [`phrase_len`] of a pattern from [`cues_starting`] or [`deaths_starting`]
/// for the word its first word was found to match (word `i`): that word is
/// not matched again.
pub fn phrase_len_after_first<W: Words + ?Sized>(
    pat: &[&str],
    words: &W,
    i: usize,
) -> Option<usize> {
    phrase_len(pat.get(1..)?, words, i + 1).map(|n| n + 1)
}

/// Threat, plan, fear, condition or negation: a cue under one of these
/// reports no event ("dreigt met een offensief", "if Turkey attacks").
pub fn is_modal(w: &str) -> bool {
    MODAL_WORDS.binary_search(&w).is_ok()
}

/// Words of a call for a deed ("called for", "urged", "riep … op"): the
/// deed asked for is not yet an event
/// ([`crate::classify::is_modal_context`]). They share the modal words'
/// class bit, which is only a hint.
pub const CALL_WORDS: &[&str] = &[
    "called",
    "calls",
    "calling",
    "call",
    "urged",
    "urges",
    "urging",
    "appealed",
    "opgeroepen",
    "riep",
    "riepen",
    "roept",
    "roepen",
    "oproep",
];

/// The words of [`is_modal`], sorted (a test checks): threat, plan, vow,
/// fear, condition, negation ("stoppen", "ontkent"), an end ("heeft het
/// offensief gestaakt", "halted", "a lull in the bombing"); history ("a major 16th century
/// battle"); any event at all
/// ("any missiles fired at Syria", "elke aanval"); preparing ("Het regime
/// bereidt een offensief voor op Idlib"); training and exercises,
/// which are not operations; weapons held, which are not weapons used
/// ("chemical weapons program"); habits, which are not events ("er zijn
/// regelmatig bombardementen", "used for countless air raids").
pub const MODAL_WORDS: &[&str] = &[
    "aanstaande",
    "adempauze",
    "als",
    "anticipated",
    "any",
    "arsenaal",
    "arsenal",
    "bang",
    "beloofde",
    "belooft",
    "bereidde",
    "bereidden",
    "bereiden",
    "bereidt",
    "brink",
    "centuries",
    "century",
    "could",
    "countless",
    "dagelijks",
    "daily",
    "denied",
    "denies",
    "deny",
    "dreigde",
    "dreigden",
    "dreigement",
    "dreigen",
    "dreigend",
    "dreiging",
    "dreigt",
    "eeuw",
    "eeuwen",
    "elimination",
    "elke",
    "eventueel",
    "eventuele",
    "exercise",
    "exercises",
    "expected",
    "fear",
    "feared",
    "fears",
    "frequently",
    "gaan",
    "gaat",
    "geregeld",
    "gestaakt",
    "gestopt",
    "gevreesd",
    "halted",
    "halts",
    "iedere",
    "if",
    "imminent",
    "indien",
    "kan",
    "kunnen",
    "looming",
    "lull",
    "may",
    "might",
    "mogelijke",
    "oefening",
    "oefeningen",
    "often",
    "ontelbare",
    "ontkende",
    "ontkennen",
    "ontkent",
    "opgeschort",
    "opleiden",
    "overweegt",
    "pause",
    "pauze",
    "plan",
    "planned",
    "plannen",
    "planning",
    "plans",
    "plant",
    "pledged",
    "pledges",
    "poised",
    "possible",
    "potential",
    "preparation",
    "preparations",
    "prepared",
    "prepares",
    "preparing",
    "prevent",
    "program",
    "programma",
    "programme",
    "promised",
    "promises",
    "readies",
    "readying",
    "regelmatig",
    "regularly",
    "repeatedly",
    "respite",
    "routinely",
    "staakt",
    "staakte",
    "staken",
    "stockpile",
    "stockpiles",
    "stop",
    "stopped",
    "stoppen",
    "stopte",
    "suspended",
    "talloze",
    "telkens",
    "threat",
    "threatened",
    "threatening",
    "threatens",
    "trainen",
    "training",
    "trainingsmissie",
    "trains",
    "traint",
    "upcoming",
    "vaak",
    "verge",
    "vernietiging",
    "verwacht",
    "verwachte",
    "voorbereiding",
    "voorbereidingen",
    "voorkomen",
    "voorraad",
    "voorraden",
    "voortdurend",
    "vow",
    "vowed",
    "vows",
    "vrees",
    "vreesde",
    "vreest",
    "vrezen",
    "waarschuwde",
    "waarschuwt",
    "wanneer",
    "warned",
    "warns",
    "wil",
    "wilde",
    "wilden",
    "will",
    "willen",
    "would",
    "zal",
    "zodra",
    "zullen",
    "zweert",
    "zwoer",
];

/// Countries where Arabic is spoken, whose place names take the article
/// "al" ("Al Mashhad", an Aleppo district, is not Iran's Mashhad).
pub fn arabic_country(cc: &[u8]) -> bool {
    matches!(
        cc,
        b"SY"
            | b"IQ"
            | b"LB"
            | b"JO"
            | b"IL"
            | b"PS"
            | b"EG"
            | b"LY"
            | b"SA"
            | b"YE"
            | b"OM"
            | b"AE"
            | b"QA"
            | b"KW"
            | b"BH"
            | b"SD"
            | b"TN"
            | b"DZ"
            | b"MA"
            | b"MR"
    )
}

/// Countries whose place names reach Dutch and English news transliterated
/// from another script (Arabic, Kurdish, Persian, Hebrew, Cyrillic, …), or,
/// for Turkey, with letters news drops. Only their places are matched by the
/// phonetic skeleton: a Dutch, German or French name has one spelling, and
/// fuzzy matching would only turn "Kapelle" into Capelle or "Bana" into Bonn.
/// (The code as bytes: the index keeps it so, and most are dismissed.)
pub fn transliterated_country(cc: &[u8]) -> bool {
    arabic_country(cc)
        || matches!(
            cc,
            b"TR"
                | b"IR"
                | b"AF"
                | b"PK"
                | b"AZ"
                | b"AM"
                | b"GE"
                | b"RU"
                | b"UA"
                | b"CY"
                | b"ER"
                | b"ET"
                | b"SO"
                | b"ML"
                | b"NE"
                | b"TD"
        )
}

/// A word that carries content: not an article, preposition, demonym or
/// place noun.
pub fn is_content_word(w: &str) -> bool {
    is_content_word_of_class(w, word_class(w))
}

/// [`is_content_word`] for a word whose [`class`] bits are known (a
/// token's): the demonym list is searched only where the bit says it may
/// hold the word.
pub fn is_content_word_of_class(w: &str, class: u16) -> bool {
    // (Most words of a text are in no list: their bits say so.)
    if class & (class::FUNCTION | class::DEMONYM) == 0 {
        return true;
    }
    !(is_filler(w)
        || is_locative(w)
        || is_not_site_prep(w)
        || demonym_of_class(w, class).is_some()
        || place_noun(w).is_some())
}

word_set! {
    /// Articles and the prepositions of "ten noorden van", and "also"/"ook",
    /// which add no content ("the Handarat district just a few miles north
    /// of Aleppo also came under fire"): never content words.
    fn is_filler, const FILLERS = [
        "de", "het", "een", "the", "a", "an", "ten", "van", "of", "also", "ook",
    ]
}

/// Function words that open sentences and never stand capitalised inside
/// one (names like "De Telegraaf" aside, where a split does no harm).
pub fn is_sentence_opener(w: &str) -> bool {
    SENTENCE_OPENERS.contains(&w)
}

pub const SENTENCE_OPENERS: &[&str] = &[
    "ook",
    "maar",
    "toen",
    "nu",
    "zo",
    "er",
    "hij",
    "zij",
    "ze",
    "wij",
    "we",
    "ik",
    "dit",
    "deze",
    "dat",
    "daarna",
    "daarom",
    "volgens",
    "bij",
    "na",
    "sinds",
    "tijdens",
    "also",
    "but",
    "when",
    "after",
    "he",
    "she",
    "they",
    "this",
    "meanwhile",
    "according",
];

/// Conjunctions that start a new clause: a cue in one clause does not say
/// what happened at a place in another ("… in Nederland was dolblij, maar ze
/// werd opgepakt").
pub fn is_conjunction(w: &str) -> bool {
    CONJUNCTIONS.contains(&w)
}

/// Words that open a new clause inside a sentence ([`is_conjunction`]).
pub const CONJUNCTIONS: &[&str] = &[
    "maar", "terwijl", "omdat", "want", "hoewel", "doordat", "zodat", "but", "while", "whereas",
    "because", "although", "though", "since",
];

/// A single word that is a cue by itself ("shelling", "bombardement"), for
/// "the shelling of Aleppo", "de verovering van Raqqa".
pub fn is_cue_word(w: &str) -> bool {
    // (`cues_starting` has matched the first word.)
    cues_starting(w).any(|c| c.words.len() == 1)
}

/// Words that mean "now": a date from an earlier sentence does not carry
/// over into a sentence that has one.
pub fn is_now(w: &str) -> bool {
    NOW_WORDS.contains(&w)
}

const NOW_WORDS: &[&str] = &[
    "nu",
    "vandaag",
    "inmiddels",
    "momenteel",
    "thans",
    "now",
    "today",
    "currently",
    "meanwhile",
    "ondertussen",
    "intussen",
];

/// Country demonyms (folded adjective stems) → ISO code. Evidence for
/// disambiguation, never place mentions.
const DEMONYMS: &[(&str, &str)] = &[
    ("syrisch", "SY"),
    ("syrische", "SY"),
    ("syrian", "SY"),
    ("syriers", "SY"),
    ("turks", "TR"),
    ("turkse", "TR"),
    ("turkish", "TR"),
    ("turken", "TR"),
    ("iraaks", "IQ"),
    ("iraakse", "IQ"),
    ("iraqi", "IQ"),
    ("libanees", "LB"),
    ("libanese", "LB"),
    ("lebanese", "LB"),
    ("jordaans", "JO"),
    ("jordaanse", "JO"),
    ("jordanian", "JO"),
    ("israelisch", "IL"),
    ("israelische", "IL"),
    ("israeli", "IL"),
    ("iraans", "IR"),
    ("iraanse", "IR"),
    ("iranian", "IR"),
    ("russisch", "RU"),
    ("russische", "RU"),
    ("russian", "RU"),
    ("amerikaans", "US"),
    ("amerikaanse", "US"),
    ("american", "US"),
    ("nederlands", "NL"),
    ("nederlandse", "NL"),
    ("dutch", "NL"),
    ("brits", "GB"),
    ("britse", "GB"),
    ("british", "GB"),
    ("frans", "FR"),
    ("franse", "FR"),
    ("french", "FR"),
    ("duits", "DE"),
    ("duitse", "DE"),
    ("german", "DE"),
    ("belgisch", "BE"),
    ("belgische", "BE"),
    ("belgian", "BE"),
    ("saoedisch", "SA"),
    ("saoedische", "SA"),
    ("saudi", "SA"),
    ("egyptisch", "EG"),
    ("egyptische", "EG"),
    ("egyptian", "EG"),
    // The people, plural: "volgens de Britten", "the Russians".
    ("syrians", "SY"),
    ("irakezen", "IQ"),
    ("iraqis", "IQ"),
    ("libanezen", "LB"),
    ("jordaniers", "JO"),
    ("jordanians", "JO"),
    ("israeliers", "IL"),
    ("israelis", "IL"),
    ("iraniers", "IR"),
    ("iranians", "IR"),
    ("russen", "RU"),
    ("russians", "RU"),
    ("amerikanen", "US"),
    ("americans", "US"),
    ("nederlanders", "NL"),
    ("britten", "GB"),
    ("britons", "GB"),
    ("engelsen", "GB"),
    ("fransen", "FR"),
    ("duitsers", "DE"),
    ("germans", "DE"),
    ("belgen", "BE"),
    ("belgians", "BE"),
    ("saoediers", "SA"),
    ("saudis", "SA"),
    ("egyptenaren", "EG"),
    ("egyptians", "EG"),
    ("koerdisch", "SY"),
    ("koerdische", "SY"),
    ("kurdish", "SY"),
    // Other countries at war in the news: "het Malinese dorp Moura", "the
    // Ukrainian city of Kharkiv". (Not "Palestinian", said of Syria's
    // Yarmouk camp as often: "the Palestinian refugee camp of Yarmouk".)
    ("oekraiens", "UA"),
    ("oekraiense", "UA"),
    ("ukrainian", "UA"),
    ("malinees", "ML"),
    ("malinese", "ML"),
    ("malian", "ML"),
    ("burkinees", "BF"),
    ("burkinese", "BF"),
    ("burkinabe", "BF"),
    ("nigeriaans", "NG"),
    ("nigeriaanse", "NG"),
    ("nigerian", "NG"),
    ("soedanees", "SD"),
    ("soedanese", "SD"),
    ("sudanese", "SD"),
    ("jemenitisch", "YE"),
    ("jemenitische", "YE"),
    ("yemeni", "YE"),
    ("afghaans", "AF"),
    ("afghaanse", "AF"),
    ("afghan", "AF"),
    ("pakistaans", "PK"),
    ("pakistaanse", "PK"),
    ("pakistani", "PK"),
    ("libisch", "LY"),
    ("libische", "LY"),
    ("libyan", "LY"),
    ("somalisch", "SO"),
    ("somalische", "SO"),
    ("somali", "SO"),
    ("grieks", "GR"),
    ("griekse", "GR"),
    ("greek", "GR"),
    ("palestijns", "PS"),
    ("palestijnse", "PS"),
    ("palestinian", "PS"),
    ("azerbeidzjaans", "AZ"),
    ("azerbeidzjaanse", "AZ"),
    ("azerbaijani", "AZ"),
    ("armeens", "AM"),
    ("armeense", "AM"),
    ("armenian", "AM"),
    ("ethiopisch", "ET"),
    ("ethiopische", "ET"),
    ("ethiopian", "ET"),
    ("eritrees", "ER"),
    ("eritrese", "ER"),
    ("eritrean", "ER"),
    ("keniaans", "KE"),
    ("keniaanse", "KE"),
    ("kenyan", "KE"),
    ("tsjadisch", "TD"),
    ("tsjadische", "TD"),
    ("chadian", "TD"),
    ("nigerees", "NE"),
    ("nigerese", "NE"),
    ("nigerien", "NE"),
    ("tunesisch", "TN"),
    ("tunesische", "TN"),
    ("tunisian", "TN"),
    ("algerijns", "DZ"),
    ("algerijnse", "DZ"),
    ("algerian", "DZ"),
    ("marokkaans", "MA"),
    ("marokkaanse", "MA"),
    ("moroccan", "MA"),
    ("georgisch", "GE"),
    ("georgische", "GE"),
    ("georgian", "GE"),
    ("belarussisch", "BY"),
    ("belarussische", "BY"),
    ("belarusian", "BY"),
    ("qatarees", "QA"),
    ("qatarese", "QA"),
    ("qatari", "QA"),
    ("emiraats", "AE"),
    ("emiraatse", "AE"),
    ("emirati", "AE"),
    ("koeweits", "KW"),
    ("koeweitse", "KW"),
    ("kuwaiti", "KW"),
    ("bahreins", "BH"),
    ("bahreinse", "BH"),
    ("bahraini", "BH"),
    ("omaans", "OM"),
    ("omaanse", "OM"),
    ("omani", "OM"),
    ("mozambikaans", "MZ"),
    ("mozambikaanse", "MZ"),
    ("mozambican", "MZ"),
    ("congolees", "CD"),
    ("congolese", "CD"),
    ("zuid-soedanees", "SS"),
    ("zuid-soedanese", "SS"),
    ("myanmarees", "MM"),
    ("myanmarese", "MM"),
    ("burmese", "MM"),
    ("indiaas", "IN"),
    ("indiase", "IN"),
    ("chinees", "CN"),
    ("chinese", "CN"),
    ("italiaans", "IT"),
    ("italiaanse", "IT"),
    ("italian", "IT"),
    ("spaans", "ES"),
    ("spaanse", "ES"),
    ("spanish", "ES"),
    ("zweeds", "SE"),
    ("zweedse", "SE"),
    ("swedish", "SE"),
    ("deens", "DK"),
    ("deense", "DK"),
    ("danish", "DK"),
    ("noors", "NO"),
    ("noorse", "NO"),
    ("norwegian", "NO"),
    ("oostenrijks", "AT"),
    ("oostenrijkse", "AT"),
    ("austrian", "AT"),
    ("zwitsers", "CH"),
    ("zwitserse", "CH"),
    ("swiss", "CH"),
    ("canadees", "CA"),
    ("canadese", "CA"),
    ("canadian", "CA"),
    ("australisch", "AU"),
    ("australische", "AU"),
    ("australian", "AU"),
    ("japans", "JP"),
    ("japanse", "JP"),
    ("japanese", "JP"),
    ("cypriotisch", "CY"),
    ("cypriotische", "CY"),
    ("cypriot", "CY"),
];

pub fn demonym(w: &str) -> Option<&'static str> {
    // Runs for every word of an article: the words are grouped by their
    // first three letters once.
    static INDEX: std::sync::OnceLock<FirstLetters> = std::sync::OnceLock::new();
    let ix = INDEX.get_or_init(|| FirstLetters::new(DEMONYMS.iter().map(|d| d.0)));
    ix.get(w)
        .iter()
        .map(|&i| DEMONYMS[usize::from(i)])
        .find(|(k, _)| *k == w)
        .map(|(_, v)| v)
}

/// [`demonym`] for a word whose [`class`] bits are known (a token's): the
/// list is searched only where the bit says it may hold the word.
#[inline]
pub fn demonym_of_class(w: &str, class: u16) -> Option<&'static str> {
    if class & class::DEMONYM == 0 {
        return None;
    }
    demonym(w)
}

/// The country a demonym names as a state, for a place right after it ("de
/// Syrische stad X", "the Iraqi capital Baghdad"): not a people of several
/// countries, which [`demonym`] counts for Syria's, the focus of the news
/// it was built for ("the Kurdish capital Erbil" is Iraq's).
pub fn state_of_demonym(w: &str, class: u16) -> Option<&'static str> {
    demonym_of_class(w, class).filter(|_| !matches!(w, "kurdish" | "koerdische" | "koerdisch"))
}

/// Zipf frequency (×10) of a common Dutch or English word, or None when the
/// word is not among the ~26,000 most common (zipf ≥ 3.5) of either.
pub fn word_zipf(w: &str) -> Option<f64> {
    static WORDS: &str = include_str!("../data/common_words.txt");
    // Per line: the word's first eight bytes as a number (zero-padded,
    // big-endian: numbers sort as the words do), its byte offset and length,
    // and its zipf × 10.
    static LINES: &[(u64, u32, u8, u8)] =
        &include!(concat!(env!("OUT_DIR"), "/common_words_table.rs"));
    // The lines of each three-letter block, found by build.rs: a search of
    // a few lines, with nothing to build at start-up. (Two-letter blocks
    // held dozens of lines, a binary search over as many cache lines: the
    // table is bigger than the first-level cache.)
    static BLOCKS: [(u32, u32); BUCKETS] =
        include!(concat!(env!("OUT_DIR"), "/common_words_blocks.rs"));
    let b = w.as_bytes();
    let (lo, hi) = BLOCKS[bucket3(b)];
    let block = &LINES[lo as usize..hi as usize];
    let mut prefix = [0u8; 8];
    let n = b.len().min(8);
    prefix[..n].copy_from_slice(&b[..n]);
    let prefix = u64::from_be_bytes(prefix);
    // Numbers compared first, the text only for the words they match: the
    // search stays in the block's few cache lines.
    let first = block.partition_point(|l| l.0 < prefix);
    block[first..]
        .iter()
        .take_while(|l| l.0 == prefix)
        .find(|&&(_, off, len, _)| {
            WORDS.as_bytes()[off as usize..off as usize + usize::from(len)] == *b
        })
        .map(|l| f64::from(l.3) / 10.0)
}

/// Vague quantities, with the count ACLED codes for each: "tens" 10,
/// "dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000.
pub const VAGUE_QUANTITIES: &[(&str, u32)] = &[
    ("tens", 10),
    ("tientallen", 10),
    // "een tiental doden", "a dozen were killed": about that many.
    ("tiental", 10),
    ("dozen", 12),
    ("dozens", 12),
    ("dozijn", 12),
    ("scores", 20),
    ("hundreds", 100),
    ("honderden", 100),
    ("thousands", 1000),
    ("duizenden", 1000),
];

/// The count ACLED codes for a vague quantity ([`VAGUE_QUANTITIES`]).
pub fn vague_quantity(w: &str) -> Option<u32> {
    VAGUE_QUANTITIES
        .iter()
        .find(|&&(v, _)| v == w)
        .map(|&(_, n)| n)
}

/// Every number word starts with one of these (a compound's first part is
/// a number word itself).
const ROOTS: &[&str] = &[
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
    "honderd",
    "duizend",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
];

/// A number written in words, Dutch or English ("dertien", "vierhonderd",
/// "tweeëntwintig" folded to "tweeentwintig", "thirteen"). Vague quantities
/// ("tientallen", "dozens") are not numbers.
pub fn number_word(w: &str) -> Option<u32> {
    fn unit(w: &str) -> Option<u32> {
        Some(match w {
            "een" | "een_" => 1,
            "twee" => 2,
            "drie" => 3,
            "vier" => 4,
            "vijf" => 5,
            "zes" => 6,
            "zeven" => 7,
            "acht" => 8,
            "negen" => 9,
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            _ => return None,
        })
    }
    fn below100(w: &str) -> Option<u32> {
        let v = match w {
            "tien" | "ten" => 10,
            "elf" | "eleven" => 11,
            "twaalf" | "twelve" => 12,
            "dertien" | "thirteen" => 13,
            "veertien" | "fourteen" => 14,
            "vijftien" | "fifteen" => 15,
            "zestien" | "sixteen" => 16,
            "zeventien" | "seventeen" => 17,
            "achttien" | "eighteen" => 18,
            "negentien" | "nineteen" => 19,
            "twintig" | "twenty" => 20,
            "dertig" | "thirty" => 30,
            "veertig" | "forty" => 40,
            "vijftig" | "fifty" => 50,
            "zestig" | "sixty" => 60,
            "zeventig" | "seventy" => 70,
            "tachtig" | "eighty" => 80,
            "negentig" | "ninety" => 90,
            _ => {
                if let Some(u) = unit(w) {
                    return Some(u);
                }
                // Dutch unit-en-tens: eenentwintig, tweeentwintig, vijfenzestig.
                for (sep_at, _) in w.match_indices("en") {
                    let (a, b) = (&w[..sep_at], &w[sep_at + 2..]);
                    if let (Some(u), Some(t)) = (unit(a), below100(b))
                        && t >= 20
                        && t % 10 == 0
                    {
                        return Some(t + u);
                    }
                }
                return None;
            }
        };
        Some(v)
    }
    fn parse(w: &str) -> Option<u32> {
        if w.is_empty() {
            return Some(0);
        }
        for (word, mult) in [("duizend", 1000), ("honderd", 100)] {
            if let Some(p) = w.find(word) {
                let left = &w[..p];
                let right = &w[p + word.len()..];
                let l = if left.is_empty() { 1 } else { parse(left)? };
                let r = parse(right)?;
                return l.checked_mul(mult)?.checked_add(r);
            }
        }
        below100(w)
    }
    // Most words are rejected before parsing.
    static INDEX: std::sync::OnceLock<FirstLetters> = std::sync::OnceLock::new();
    let ix = INDEX.get_or_init(|| {
        let stems: Vec<String> = ROOTS.iter().map(|r| format!("{r}*")).collect();
        FirstLetters::new(stems.iter().map(String::as_str))
    });
    if !ix
        .get(w)
        .iter()
        .any(|&i| w.starts_with(ROOTS[usize::from(i)]))
    {
        return None;
    }
    match w {
        "hundred" => Some(100),
        "thousand" => Some(1000),
        "een" | "one" | "a" | "an" => None, // articles, or too vague to count
        _ => parse(w).filter(|&n| n > 0),
    }
}

/// Month names, Dutch and English, folded.
pub fn month(w: &str) -> Option<u8> {
    // Asked of nearly every word: the impossible ones leave at once.
    if !(3..=9).contains(&w.len())
        || !matches!(
            w.as_bytes()[0],
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    {
        return None;
    }
    MONTHS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

const MONTHS: &[(&str, u8)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("maart", 3),
    ("march", 3),
    ("mrt", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("augustus", 8),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekdays, Dutch (a stem: "woensdagavond") and English.
const DAYS: [(&str, &str); 7] = [
    ("maandag", "monday"),
    ("dinsdag", "tuesday"),
    ("woensdag", "wednesday"),
    ("donderdag", "thursday"),
    ("vrijdag", "friday"),
    ("zaterdag", "saturday"),
    ("zondag", "sunday"),
];

/// Weekday of a word, 0 = Monday: "woensdag", "woensdagavond",
/// "zaterdagnacht", "sunday".
pub fn weekday(w: &str) -> Option<u8> {
    if w.len() < 6
        || !matches!(
            w.as_bytes()[0],
            b'm' | b'd' | b'w' | b'v' | b'z' | b's' | b't' | b'f'
        )
    {
        return None;
    }
    for (i, (nl, en)) in DAYS.iter().enumerate() {
        if w == *en {
            return Some(i as u8);
        }
        if let Some(rest) = w.strip_prefix(nl)
            && matches!(
                rest,
                "" | "ochtend" | "middag" | "avond" | "nacht" | "morgen"
            )
        {
            return Some(i as u8);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The police are among the state's forces: the two lists, written
    /// apart, stay one.
    #[test]
    fn police_are_state_forces() {
        for w in POLICE_WORDS {
            assert!(is_state_force(w), "{w}");
        }
    }

    /// The four-letter bits turn no word away from a pattern it matches:
    /// every cue's and death phrase's first word, stems with endings of
    /// every length, and words that share only their first letters.
    #[test]
    fn four_letters_turn_away_no_match() {
        let cues: Vec<&str> = CUES.iter().map(|c| c.words[0]).collect();
        let deaths: Vec<&str> = DEATH.iter().map(|p| p[0]).collect();
        for (pats, index) in [(&cues, cue_index()), (&deaths, death_index())] {
            let mut words: Vec<String> = Vec::new();
            for p in pats.iter() {
                let stem = p.trim_end_matches('*');
                words.push(stem.to_string());
                for tail in ["", "e", "en", "ing", "s", "x9"] {
                    words.push(format!("{stem}{tail}"));
                }
                for n in 1..stem.len() {
                    words.push(stem[..n].to_string());
                }
            }
            for w in &words {
                let got = index.get(w);
                for (id, p) in pats.iter().enumerate() {
                    if word_matches(p, w) {
                        assert!(got.contains(&(id as u16)), "{w:?} lost {p:?}");
                    }
                }
            }
        }
        // Short stems cover every word they start; whole words only
        // themselves.
        for (pat, yes, no) in [
            (
                "ab*",
                &["ab", "abc", "abcd", "abzzz", "ab9"][..],
                &["ac", "a", "bab"][..],
            ),
            ("abc*", &["abc", "abcd", "abcxyz"], &["abd", "ab"]),
            ("abcdef*", &["abcdef", "abcdefg"], &["abce"]),
            ("ied", &["ied"], &["ieds", "ie"]),
        ] {
            let r = pattern_buckets4(pat);
            for w in yes {
                assert!(
                    r.contains(&crate::buckets::bucket4(w.as_bytes())),
                    "{pat} {w}"
                );
            }
            for w in no {
                assert!(
                    !r.contains(&crate::buckets::bucket4(w.as_bytes())),
                    "{pat} {w}"
                );
            }
        }
        // And some words are turned away before their three-letter group.
        let group = |w: &str| {
            let k = bucket3(w.as_bytes());
            cue_index().offsets[k + 1] - cue_index().offsets[k]
        };
        let turned = ["aantal", "aanwezig", "bombay", "killer"]
            .iter()
            .filter(|w| group(w) > 0 && cue_index().get(w).is_empty())
            .count();
        assert!(turned >= 2, "{turned}");
    }

    #[test]
    fn numbers_in_words() {
        for (w, n) in [
            ("dertien", 13),
            ("honderd", 100),
            ("vierhonderd", 400),
            ("vijfhonderd", 500),
            ("tweeentwintig", 22),
            ("driehonderdvijftig", 350),
            ("twintig", 20),
            ("thirteen", 13),
            ("tweeduizend", 2000),
        ] {
            assert_eq!(number_word(w), Some(n), "{w}");
        }
        for w in ["tientallen", "dozens", "een", "honderden", "mensen"] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }

    #[test]
    fn common_words() {
        assert!(word_zipf("van").unwrap() > 7.0);
        assert!(word_zipf("daar").is_some());
        assert!(word_zipf("qamishli").is_none());
        assert!(word_zipf("zzzz").is_none());
        assert!(word_zipf("a").is_none() || word_zipf("a").is_some());
    }

    /// The block search finds every word of the list, and nothing else.
    #[test]
    fn every_common_word_is_found() {
        let words = include_str!("../data/common_words.txt");
        for line in words.lines() {
            let (w, z) = line.split_once(' ').unwrap();
            assert_eq!(word_zipf(w), Some(z.parse::<f64>().unwrap() / 10.0), "{w}");
            assert_eq!(word_zipf(&format!("{w}qqq")), None);
        }
        for w in ["", "0", "~", "a~", "\u{e9}t\u{e9}"] {
            assert_eq!(
                word_zipf(w),
                words.lines().find_map(|l| l
                    .strip_prefix(&format!("{w} "))
                    .map(|z| z.parse::<f64>().unwrap() / 10.0)),
                "{w:?}"
            );
        }
    }

    /// The class bits are a "maybe" the sentence steps trust to skip a
    /// word: every word a list takes must have its bit.
    #[test]
    fn class_bits_cover_the_word_lists() {
        let common = include_str!("../data/common_words.txt")
            .lines()
            .filter_map(|l| l.split(' ').next());
        let extra = [
            "woensdagavond",
            "zondagnacht",
            "sunday",
            "tweeentwintig",
            "vierhonderd",
            "thirteen",
            "2019",
            "7",
            "gisterochtend",
            "luchtaanvallen",
            "gifgasaanval",
            "dodental",
            "toll",
            "syrische",
            "kurdish",
            "momenteel",
            "mei",
            "sept",
            "killed",
            "omgekomen",
        ];
        for w in common.chain(extra) {
            let c = word_class(w);
            let has = |bit: u16| c & bit != 0;
            assert!(
                cues_starting(w).next().is_none() || has(class::CUE),
                "{w}: cue"
            );
            assert!(!is_toll_or_time_word(w) || has(class::TOLL), "{w}: toll");
            assert!(!is_charge(w) || has(class::CHARGE), "{w}: charge");
            assert!(
                deaths_starting(w).next().is_none() || has(class::DEATH),
                "{w}: death"
            );
            assert!(w != "toll" || has(class::DEATH), "toll");
            assert!(month(w).is_none() || has(class::DATE), "{w}: month");
            assert!(weekday(w).is_none() || has(class::DATE), "{w}: weekday");
            assert!(!is_date_word(w) || has(class::DATE), "{w}: date word");
            assert!(!is_now(w) || has(class::NOW), "{w}: now");
            assert!(demonym(w).is_none() || has(class::DEMONYM), "{w}: demonym");
            assert!(!is_conjunction(w) || has(class::CONJ), "{w}: conjunction");
            assert!(!is_modal(w) || has(class::MODAL), "{w}: modal");
            assert!(
                is_content_word(w) || has(class::FUNCTION | class::DEMONYM),
                "{w}: function word"
            );
            assert!(
                number_word(w).is_none() || has(class::NUMBER),
                "{w}: number"
            );
            assert!(
                !crate::normalize::is_article(w) || has(class::ARTICLE),
                "{w}: article"
            );
            assert!(!is_sentence_opener(w) || has(class::OPENER), "{w}: opener");
            assert!(
                !is_generic_event_noun(w) || has(class::GENERIC),
                "{w}: generic"
            );
            assert!(
                !w.starts_with(|c: char| c.is_ascii_digit()) || has(class::NUMBER | class::DATE)
            );
        }
        // And it does skip: most common words are none of these.
        let none = include_str!("../data/common_words.txt")
            .lines()
            .filter_map(|l| l.split(' ').next())
            .filter(|w| word_class(w) == 0)
            .count();
        assert!(none > 10_000, "{none}");
    }

    #[test]
    fn cues_and_death_phrases_are_written_once() {
        // (A phrase written twice is matched twice at every word it starts
        // with: costly for a frequent word, and a sign of a slip.)
        let mut seen = std::collections::HashSet::new();
        for c in CUES {
            assert!(seen.insert(c.words), "cue {:?} twice", c.words);
        }
        let mut seen = std::collections::HashSet::new();
        for p in DEATH {
            assert!(seen.insert(*p), "death phrase {p:?} twice");
        }
    }

    #[test]
    fn modal_words_sorted() {
        assert!(MODAL_WORDS.windows(2).all(|p| p[0] < p[1]));
        assert!(is_modal("dreigt") && is_modal("regularly") && !is_modal("aanval"));
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday("woensdagavond"), Some(2));
        assert_eq!(weekday("sunday"), Some(6));
        assert_eq!(weekday("zondagskind"), None);
    }
}
