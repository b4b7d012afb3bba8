//! Event understanding, table-driven: type, site, fatalities, date.
//!
//! Each case is a text (sentences written for this table, not from the
//! seeds), the article date, and the complete list of features expected,
//! written `type@Place` with optional `;f=N` (fatalities), `;d=DATE` (date,
//! `-` for null) and `;p=N` (precision). An empty list means the text
//! reports no event.

use crate::util::extract_text;

type Case = (&'static str, Option<&'static str>, &'static [&'static str]);

const TYPES: &[Case] = &[
    // Gunmen who attack crowds attack civilians.
    (
        "Gunmen attacked crowds outside Kabul airport on Thursday, killing at least 60 people.",
        Some("2021-08-27"),
        &["attack@Kabul;f=60"],
    ),
    // A "bombing" in an article that tells a ground bomb and no aircraft is
    // that bomb; the headline's round "more than" gives way to the text's
    // count. A suicide bomb may name its vehicle between.
    (
        "Bombing kills more than 200 in Baghdad\n\nA suicide truck bomb tore through a crowded \
         shopping district in central Baghdad early on Sunday, killing at least 213 people, \
         officials said.",
        Some("2016-07-03"),
        &["suicide_bomb@Baghdad;f=213;d=2016-07-03"],
    ),
    (
        "Bombing kills 20 in Aleppo\n\nSyrian and Russian jets bombed rebel-held districts of Aleppo \
         on Sunday, killing 20 people. A car bomb exploded in the city the same day.",
        Some("2016-07-03"),
        &["airstrike@Aleppo;f=20", "explosion@Aleppo"],
    ),
    // A crowd that storms a building riots (ACLED's mob violence); troops
    // that storm a town invade it.
    (
        "Crowds stormed the presidential palace in Damascus on Sunday.",
        Some("2024-12-09"),
        &["riot@Damascus"],
    ),
    (
        "Troops stormed the town of Saraqib on Sunday.",
        Some("2024-12-09"),
        &["ground_offensive@Saraqib"],
    ),
    // A town that falls (Dutch "viel", "is gevallen") is taken; what falls
    // on a town, or a separable verb, is not.
    (
        "Zaterdag viel ook Deraa in het zuiden.",
        Some("2024-12-08"),
        &["territory_change@Daraa;d=2024-12-07"],
    ),
    (
        "Daarmee is ook Homs gevallen.",
        Some("2024-12-08"),
        &["territory_change@Homs"],
    ),
    (
        "In Aleppo viel zaterdag de stroom uit.",
        Some("2024-12-08"),
        &[],
    ),
    (
        "Het kabinet in Damascus viel zaterdag.",
        Some("2024-12-08"),
        &[],
    ),
    (
        "In Kobani viel zaterdag een bom.",
        Some("2024-12-08"),
        &["explosion@Kobani"],
    ),
    // A weekday opening the sentence is no part of the name after it.
    (
        "On Saturday Daraa fell to the rebels.",
        Some("2024-12-08"),
        &["territory_change@Daraa;d=2024-12-07"],
    ),
    // A date that ends in a unit of time ("Vorige week") is no campaign's
    // length before the verb.
    (
        "Vorige week drongen IS-strijders Kobani binnen.",
        Some("2015-06-30"),
        &["ground_offensive@Kobani;d=2015-06"],
    ),
    // What carries or hides a bomb makes an explosion; a bomb found or
    // defused, with nothing gone off, makes none.
    (
        "The Syrian Observatory said that 98 evacuees were killed when an explosives-laden vehicle \
         hit their buses at a transit point west of Aleppo on Saturday.",
        Some("2017-04-16"),
        &["explosion@Aleppo;f=98"],
    ),
    (
        "An explosive device went off in Azaz on Saturday, killing three people.",
        Some("2017-04-16"),
        &["explosion@Azaz;f=3"],
    ),
    (
        "A booby-trapped car exploded near a checkpoint in Azaz on Saturday.",
        Some("2017-04-16"),
        &["explosion@Azaz"],
    ),
    (
        "Police found a bomb in a car in Azaz and defused it.",
        Some("2017-04-16"),
        &[],
    ),
    (
        "De politie vond een bom in een auto in Azaz.",
        Some("2017-04-16"),
        &[],
    ),
    (
        "A bomb found under a car in Azaz exploded on Saturday, killing three people.",
        Some("2017-04-16"),
        &["explosion@Azaz;f=3"],
    ),
    // Missiles the next sentence says aircraft fired are an air strike;
    // not for a drone told in a deed avenged.
    (
        "Missiles struck the T4 air base in Homs province early on Monday, killing 14 people. Russia \
         said two Israeli F-15 jets had fired the missiles from Lebanese airspace.",
        Some("2018-04-09"),
        &["airstrike@T4 airbase;f=14"],
    ),
    (
        "Iran fired more than a dozen missiles at Ain al-Asad air base early on Wednesday, in \
         retaliation for the US drone strike that killed General Qassem Soleimani.",
        Some("2020-01-08"),
        &["shelling@Ain al-Asad airbase"],
    ),
    // An attack on a town told only by the civilians it killed is an
    // attack on them (and the headline's attack is that one); not a
    // state's, nor one that names fighters.
    (
        "Honderden doden bij aanval IS op Kobani\n\nBij een aanval van Islamitische Staat op de stad \
         Kobani zijn in twee dagen tijd minstens 146 burgers gedood.",
        Some("2015-06-26"),
        &["attack@Kobani;f=146"],
    ),
    (
        "An Islamic State attack on the town of Kobani killed at least 146 civilians in two days.",
        Some("2015-06-26"),
        &["attack@Kobani;f=146"],
    ),
    (
        "Bij de Turkse aanvallen op Kobani zijn woensdag zeker acht burgers om het leven gekomen.",
        Some("2019-10-10"),
        &["armed_clash@Kobani;f=8;d=2019-10-09"],
    ),
    (
        "An attack on army positions near Kobani killed 12 soldiers and three civilians.",
        Some("2015-06-26"),
        &["armed_clash@Kobani;p=2;f=15"],
    ),
    // Armed men who kill, in Dutch too: civilians attacked, fighters a
    // clash.
    (
        "Schutters doodden donderdag twaalf mensen in Aleppo.",
        Some("2017-01-22"),
        &["attack@Aleppo;f=12;d=2017-01-19"],
    ),
    (
        "Koerdische strijders doodden donderdag twaalf IS-strijders bij Kobani.",
        Some("2017-01-22"),
        &["armed_clash@Kobani;p=2;f=12;d=2017-01-19"],
    ),
    // A crowd that marches or chants protests; troops that march do not,
    // and marching into a place they invade it.
    (
        "Tens of thousands of people marched in Tehran on Friday, chanting Death to America.",
        Some("2020-01-04"),
        &["protest@Tehran;d=2020-01-03"],
    ),
    (
        "Turkish troops marched into Afrin on Sunday.",
        Some("2018-03-19"),
        &["ground_offensive@Afrin;d=2018-03-18"],
    ),
    (
        "Soldiers marched through the streets of Damascus on Sunday.",
        Some("2018-03-19"),
        &[],
    ),
    // One man who gives himself up gives up no ground; fighters who do,
    // do.
    (
        "Hij verbleef sinds maart in een kamp, nadat hij zich bij Baghuz had overgegeven aan de SDF.",
        Some("2019-11-03"),
        &[],
    ),
    (
        "He surrendered to the SDF in Baghuz in March.",
        Some("2019-11-03"),
        &[],
    ),
    (
        "IS fighters in Baghuz surrendered to the SDF on Tuesday.",
        Some("2019-11-03"),
        &["territory_change@Baghuz;d=2019-10-29"],
    ),
    // Dead reported with no number right after strikes are theirs at the
    // places named ("doden gemeld"); none reported is no event.
    (
        "Bij luchtaanvallen op een markt in Maarat al-Numan zijn maandag zeker 31 burgers om het leven gekomen. Ook in het nabijgelegen Saraqeb en in Ariha werden maandag doden gemeld. Er werden geen doden gemeld in Idlib.",
        Some("2019-07-23"),
        &[
            "airstrike@Maarat al-Numan;f=31;d=2019-07-22",
            "airstrike@Saraqib;f=-;d=2019-07-22",
            "airstrike@Ariha;f=-;d=2019-07-22",
        ],
    ),
    // Dutch "geraakt" (hit) and bombs that fell, right after strikes, are
    // theirs at the place named; "gewond geraakt" is the wounded's state.
    (
        "Bij bombardementen op Idlib kwamen zondag tien burgers om. In het dorp Kafr Nabl werd een ziekenhuis geraakt. In Ariha zijn twintig mensen gewond geraakt.",
        Some("2019-04-29"),
        &[
            "airstrike@Idlib;f=10;d=2019-04-28",
            "airstrike@Kafr Nabl;d=2019-04-28",
        ],
    ),
    (
        "Bij bombardementen op Idlib kwamen zondag tien burgers om. Ook in Khan Sheikhoun vielen bommen.",
        Some("2019-04-29"),
        &[
            "airstrike@Idlib;f=10;d=2019-04-28",
            "airstrike@Khan Shaykhun;d=2019-04-28",
        ],
    ),
    // Forces that push towards a place advance on it; special forces that
    // advance are the offensive's actor, no raid (going in, they raid).
    (
        "Iraqi special forces pushed towards Mosul from the east on Thursday. Amerikaanse speciale eenheden vielen zaterdagnacht een huis binnen in Barisha.",
        Some("2016-10-20"),
        &[
            "ground_offensive@Mosul;d=2016-10-20;p=2",
            "raid@Barisha;d=2016-10-15",
        ],
    ),
    // Artillery that aircraft bombed is their target; "Kurdish" names a
    // people of several countries, no country that rules out Iraq's towns.
    (
        "US warplanes bombed Islamic State artillery near the Kurdish capital Erbil on Friday. Air strikes and artillery fire hit Idlib on Friday.",
        Some("2014-08-08"),
        &[
            "airstrike@Erbil;d=2014-08-08;p=2",
            "airstrike@Idlib;d=2014-08-08",
            "shelling@Idlib;d=2014-08-08",
        ],
    ),
    // Dutch "verlaten": forces that leave a place withdraw from it; people
    // who leave do not, nor are deserted streets a deed.
    (
        "De laatste Koerdische strijders hebben zondag de grensstad Ras al-Ain verlaten. De strijders verlieten zondag Raqqa. Tienduizenden mensen verlieten zondag Manbij. Hij liep door de verlaten straten van Aleppo.",
        Some("2019-10-21"),
        &[
            "withdrawal@Ras al-Ain;d=2019-10-20",
            "withdrawal@Raqqa;d=2019-10-20",
        ],
    ),
    // Raids by militants, however far they are named before them and
    // though they killed, are on the ground; raids that killed soldiers
    // named before them are from the air.
    (
        "Islamic State militants killed more than 200 people in a wave of suicide bombings and raids on the city of Sweida on Wednesday. 10 Syrian soldiers killed in Israeli raids near Damascus.",
        Some("2018-08-01"),
        &[
            "suicide_bomb@As-Suwayda;f=200;d=2018-08-01",
            "raid@As-Suwayda;d=2018-08-01",
            "airstrike@Damascus;f=10;p=2",
        ],
    ),
    // The deed an air strike avenges, told with a generic word in its own
    // phrase, keeps its own type: not the strike's, nor from the air
    // unless aircraft are named there.
    (
        "Turkse straaljagers bombardeerden zondag Afrin als vergelding voor een aanslag in Kilis. Turkish jets bombed Azaz on Sunday in retaliation for an attack in Gaziantep.",
        Some("2022-10-11"),
        &[
            "airstrike@Afrin;d=2022-10-09",
            "attack@Kilis;d=2022-10-09",
            "airstrike@Azaz;d=2022-10-09",
            "armed_clash@Gaziantep;d=2022-10-09",
        ],
    ),
    // Explosions heard in a fight are its sound; heard alone, an
    // explosion.
    (
        "Heavy fighting broke out in Khartoum on Saturday, with gunfire and explosions heard across the city. Explosions were heard in Kyiv on Saturday.",
        Some("2023-04-16"),
        &[
            "armed_clash@Khartoum;d=2023-04-15",
            "explosion@Kyiv;d=2023-04-15",
        ],
    ),
    // Dutch "ontvluchten", to flee a place, is displacement.
    (
        "IS viel zaterdag de stad Hasakah aan. Zeker 60.000 mensen ontvluchtten de stad. Tienduizenden mensen zijn Raqqa ontvlucht.",
        Some("2015-06-29"),
        &[
            "armed_clash@Al-Hasakah;d=2015-06-27",
            "displacement@Al-Hasakah",
            "displacement@Raqqa",
        ],
    ),
    // Nerve gas, "zenuwgas", nerve agents make a chemical attack.
    (
        "Het regime vuurde woensdag raketten met zenuwgas af op Oost-Ghouta. Warplanes dropped nerve agents on eastern Hama on March 30.",
        Some("2013-08-22"),
        &[
            "chemical_attack@Eastern Ghouta;d=2013-08-21",
            "chemical_attack@Hama;d=2013-03-30;p=3",
        ],
    ),
    // Fire opened in a Dutch subordinate clause, the verb last; fire on
    // visitors is an attack on civilians.
    (
        "Het akkoord liep gisteren stuk toen regeringstroepen het vuur openden op een konvooi in Aleppo. Een man opende het vuur op bezoekers van een café in Homs.",
        Some("2016-12-15"),
        &[
            "armed_clash@Aleppo;d=2016-12-14",
            "attack@Homs;d=2016-12-15",
        ],
    ),
    // "The prison" is where the text introduced one: a placeless event
    // there is in its town; never at a camp named before.
    (
        "IS-strijders vielen donderdag een gevangenis in de stad Hasakah aan. Bij gevechten rond de gevangenis kwamen zeker twintig strijders om het leven.",
        Some("2022-01-21"),
        &["armed_clash@Al-Hasakah;f=20;d=2022-01-20"],
    ),
    (
        "Vrouwen van IS-strijders zitten in het kamp al-Hol. Bij een opstand in de gevangenis kwamen zeker twintig gevangenen om het leven.",
        Some("2022-01-21"),
        &[],
    ),
    // "as well as", "evenals" join the items of a list of sites like
    // "and"; the people of a count may be named with their side ("van de
    // SDF") before the next count of its list.
    (
        "Turkish strikes hit villages near Kobani, as well as Derik and a power station near Qamishli.",
        Some("2022-11-20"),
        &[
            "airstrike@Kobani;p=2",
            "airstrike@al-Malikiyah",
            "airstrike@Qamishli;p=2",
        ],
    ),
    (
        "Turkse drones bestookten Kobani evenals Derik. Bij gevechten in Hasakah zijn zeker twintig strijders van de SDF en zeventien IS-strijders om het leven gekomen. Near Raqqa 20 fighters of the SDF and 17 others were wounded.",
        Some("2022-01-21"),
        &[
            "airstrike@Kobani",
            "airstrike@al-Malikiyah",
            "armed_clash@Al-Hasakah;f=37",
        ],
    ),
    // Drones that "vielen … aan" strike; fighters who do attack; forces
    // that advance near a place push on it. A drone that "viel neer"
    // crashed; an opposition that attacks a premier argues.
    (
        "Oekraïense drones vielen maandag Moskou aan. Strijders vielen maandag een basis bij Idlib aan. Ukrainian forces advanced near Bakhmut, the military said.",
        Some("2023-07-05"),
        &[
            "airstrike@Moscow;d=2023-07-03",
            "armed_clash@Idlib;d=2023-07-03;p=2",
            "ground_offensive@Bakhmut;p=2",
        ],
    ),
    (
        "Een drone viel neer bij Moskou. De oppositie viel de premier aan in het parlement in Den Haag.",
        Some("2023-07-05"),
        &[],
    ),
    // Dutch: forces that "drong door tot" a place push into it; fighters
    // who "overvielen" a checkpoint attack it. News that sinks in is none.
    (
        "Strijders van IS overvielen een controlepost van het leger bij Deir ez-Zor. Het leger drong door tot de zuidelijke buitenwijken van Idlib. Het nieuws drong door tot Damascus.",
        Some("2019-05-08"),
        &["armed_clash@Deir ez-Zor;p=2", "ground_offensive@Idlib;p=2"],
    ),
    // Dutch ground given up, taken over or handed over by forces; a prison
    // break. Not a suspect who gives himself up, a firm taken over, a fire
    // or a war that breaks out.
    (
        "IS-strijders hebben zich overgegeven in Baghuz. Het Syrische leger heeft de stad Manbij overgenomen van de Koerden. De Koerden hebben de controle over Kobani overgedragen aan het Syrische leger.",
        Some("2019-10-20"),
        &[
            "territory_change@Baghuz;d=2019-10-20",
            "territory_change@Manbij;d=2019-10-20",
            "territory_change@Kobani;d=2019-10-20",
        ],
    ),
    // (Forces named by their group's name too.)
    (
        "De Syrische Democratische Strijdkrachten hebben dinsdag de volledige controle over Raqqa overgenomen. De SDF hebben ook Tabqa overgenomen.",
        Some("2017-10-17"),
        &[
            "territory_change@Raqqa;d=2017-10-17",
            "territory_change@Tabqa;d=2017-10-17",
        ],
    ),
    // (Not an uprising that breaks out, beside violence.)
    (
        "In het kamp al-Hol brak dinsdag een opstand uit; bewakers schoten twee vrouwen dood.",
        Some("2019-10-11"),
        &[],
    ),
    (
        "Honderden gevangenen braken zondag uit een gevangenis in Hasakah.",
        Some("2019-10-20"),
        &["escape@Al-Hasakah;d=2019-10-20"],
    ),
    (
        "De verdachte heeft zich overgegeven aan de politie in Amsterdam. Het bedrijf in Amsterdam werd vorig jaar overgenomen. In Hasakah brak zondag brand uit. In 2011 brak in Daraa de opstand uit.",
        Some("2019-10-20"),
        &[],
    ),
    // Forces that enter under a deal told later in the sentence take the
    // place over without a fight; where a deal was made is no site.
    (
        "Syrian government troops entered the town of Tabqa on Monday, state media said, after Kurdish forces struck a deal with Damascus to help repel a Turkish offensive.",
        Some("2019-10-14"),
        &["withdrawal@Tabqa;d=2019-10-14"],
    ),
    (
        "Turkish troops shelled Afrin on Sunday despite the ceasefire agreed in Sochi.",
        Some("2019-10-14"),
        &["shelling@Afrin;d=2019-10-13"],
    ),
    // Forces that cross into a place invade it; refugees and aid convoys
    // that enter or cross do not.
    (
        "Turkish ground forces crossed into the Afrin region of northern Syria on Sunday.",
        Some("2018-01-21"),
        &["ground_offensive@Afrin;d=2018-01-21"],
    ),
    (
        "Syrian refugees entered Kilis on Sunday. Thousands of refugees crossed into Kilis on Monday. An aid convoy entered Douma on Sunday.",
        Some("2018-01-23"),
        &[],
    ),
    // A generic attack whose means a strong cue names after "using" is
    // that deed, at the attack's place.
    (
        "Islamic State fighters holed up in the Syrian village of Baghouz launched a counter-attack against US-backed forces on Sunday night, using suicide bombers, the SDF said.",
        Some("2019-03-01"),
        &["suicide_bomb@Baghuz;d=2019-02-24"],
    ),
    // "de straat op gegaan": the participle after the street tells the
    // protest; the invasion protested is no event at its frame.
    (
        "In Amsterdam zijn zaterdag duizenden mensen de straat op gegaan om te protesteren tegen de Turkse inval in Noord-Syrië.",
        Some("2019-10-12"),
        &["protest@Amsterdam;d=2019-10-12"],
    ),
    // Per cent of a place taken is ground taken; per cent a market lost is
    // none.
    (
        "The Syrian army said it had retaken more than 98 percent of eastern Aleppo.",
        Some("2016-12-13"),
        &["territory_change@Aleppo;p=2"],
    ),
    (
        "De beurs in Istanbul verloor 5 procent. The lira lost 5 percent of its value in Istanbul.",
        Some("2016-12-13"),
        &[],
    ),
    // The other side entering a place left within a day takes it: one
    // territory change.
    (
        "Koerdische strijders hebben zich zondag teruggetrokken uit de grensstad Ras al-Ain. Turkse troepen en Syrische rebellen trokken daarna de stad binnen.",
        Some("2019-10-20"),
        &["territory_change@Ras al-Ain;d=2019-10-20"],
    ),
    // What was destroyed right after strikes, in the passive, was hit by
    // them; not in a relative clause that describes, nor beside dead.
    (
        "Bij Russische luchtaanvallen op Idlib zijn deze week twaalf ziekenhuizen geraakt. In Kafr Nabl werd het ziekenhuis dinsdag volledig verwoest.",
        Some("2019-05-08"),
        &[
            "airstrike@Idlib;d=2019-05",
            "airstrike@Kafr Nabl;d=2019-05-07",
        ],
    ),
    (
        "Russian air strikes hit twelve hospitals in Idlib this week. In Kafr Nabl, the hospital was destroyed on Tuesday.",
        Some("2019-05-08"),
        &[
            "airstrike@Idlib;d=2019-05",
            "airstrike@Kafr Nabl;d=2019-05-07",
        ],
    ),
    (
        "Russian air strikes hit Idlib on Monday. There are also many schools that were totally destroyed in Aleppo.",
        Some("2019-05-08"),
        &["airstrike@Idlib;d=2019-05-06"],
    ),
    (
        "Rebels destroyed a tank in Kafr Nabl.",
        Some("2019-05-08"),
        &[],
    ),
    // A headline's "fight" with its other side after it is a clash; the
    // body's toll of the region is that clash's.
    (
        "Dozens dead as Arab tribes fight Kurdish-led forces in Deir ez-Zor\n\nFighting between the US-backed Syrian Democratic Forces and Arab tribal fighters in eastern Syria has killed at least 90 people since Sunday, a war monitor said on Friday.",
        Some("2023-09-01"),
        &["armed_clash@Deir ez-Zor;f=90;d=2023-09-01"],
    ),
    (
        "The fight against IS in Raqqa continues. The Kurds vowed to fight Turkey in Afrin. Turkey will fight the YPG in Afrin.",
        Some("2023-09-01"),
        &[],
    ),
    // Ground lost by name is ground taken; not homes, backing or a match.
    (
        "The SDF lost the town of Manbij to the factions in December.",
        Some("2025-01-15"),
        &["territory_change@Manbij;d=2024-12"],
    ),
    (
        "Rebels lose Saraqeb as government advance continues",
        Some("2020-02-10"),
        &["territory_change@Saraqib;d=2020-02-10"],
    ),
    (
        "Assad lost Russian backing in Idlib. Thousands lost their homes in Idlib. The team lost Sunday's match in Aleppo.",
        Some("2020-02-10"),
        &[],
    ),
    // "an attack" beside armed men who kill civilians is their attack;
    // beside armed men who kill soldiers, a clash.
    (
        "Boko Haram militants killed at least 43 farm workers and wounded six others in an attack on rice fields near Maiduguri on Saturday.",
        Some("2020-11-29"),
        &["attack@Maiduguri;f=43;d=2020-11-28;p=2"],
    ),
    (
        "Militants killed five soldiers in an attack on a base near Maiduguri.",
        Some("2020-11-29"),
        &["armed_clash@Maiduguri;f=5"],
    ),
    // People displaced before are no flight: the strike on their shelter
    // is the event. Troops that push deeper into a town advance.
    (
        "An Israeli airstrike on a U.N. school sheltering displaced Palestinians in Nuseirat killed at least 33 people.",
        Some("2024-06-06"),
        &["airstrike@Nuseirat;f=33"],
    ),
    (
        "The fighting has displaced thousands of people in Rafah.",
        Some("2024-06-06"),
        &["displacement@Rafah"],
    ),
    (
        "Israeli troops pushed deeper into Rafah.",
        Some("2024-06-06"),
        &["ground_offensive@Rafah"],
    ),
    (
        "Een vrachtwagenbom doodde zaterdag 276 mensen in Mogadishu.",
        Some("2017-10-15"),
        &["explosion@Mogadishu;f=276;d=2017-10-14"],
    ),
    // Armed men who kill someone named kill: the name is the verb's object.
    (
        "Turkish-backed Syrian fighters killed Kurdish politician Hevrin Khalaf on Saturday on the M4 highway south of Tal Abyad.",
        Some("2019-10-13"),
        &["attack@Tal Abyad;d=2019-10-12"],
    ),
    (
        "Syrian fighters killed Hevrin Khalaf near Tal Abyad.",
        Some("2019-10-13"),
        &["attack@Tal Abyad"],
    ),
    // Split verbs of arrest with the people taken between; not without.
    (
        "De politie hield zondag drie verdachten aan in Rotterdam.",
        Some("2019-05-06"),
        &["arrest@Rotterdam;d=2019-05-05"],
    ),
    (
        "De politie pakte twee mannen op in Utrecht.",
        Some("2019-05-06"),
        &["arrest@Utrecht"],
    ),
    (
        "Rusland pakte de draad in Aleppo weer op.",
        Some("2019-05-06"),
        &[],
    ),
    (
        "Het geweld in Idlib hield zondag aan.",
        Some("2019-05-06"),
        &[],
    ),
    // An air force that also kills strikes from the air.
    (
        "The air force also killed at least 10 people in Douma.",
        Some("2015-02-21"),
        &["airstrike@Douma;f=10"],
    ),
    // A definite attack is the strikes told before, past the sentences of
    // the source and the dead that tell no deed.
    (
        "Bij Russische bombardementen in Idlib zijn zeker twaalf burgers omgekomen. Dat meldt het Syrisch Observatorium. Onder de doden zijn vier kinderen. De aanvallen waren vooral gericht op de stad Kafr Nabl.",
        Some("2019-05-06"),
        &["airstrike@Idlib;f=12", "airstrike@Kafr Nabl;f=-"],
    ),
    // Something blown up is an explosion; one who blows himself up a
    // suicide bomber.
    (
        "IS-strijders bliezen zondag de historische moskee in Mosul op.",
        Some("2017-06-22"),
        &["explosion@Mosul"],
    ),
    (
        "Een man blies zich op bij een controlepost in Bagdad.",
        Some("2016-10-17"),
        &["suicide_bomb@Baghdad"],
    ),
    // Troops that go into ground advance; ground taken after "op de
    // Golanhoogten" is taken there (only a country so governed is the
    // side that lost it).
    (
        "Israeli troops advanced into the buffer zone in the Golan Heights.",
        Some("2024-12-09"),
        &["ground_offensive@Golan Heights"],
    ),
    (
        "Op de Golanhoogten namen Israëlische troepen een Syrische legerpost in.",
        Some("2024-12-09"),
        &["territory_change@Golan Heights"],
    ),
    (
        "Israel heeft de Golanhoogten in 1967 op Syrië veroverd.",
        Some("2024-12-09"),
        &["territory_change@Golan Heights;d=1967"],
    ),
    // A drone that attacks strikes from the air, a cue sure enough for a
    // country: "a drone attack on a base in northeastern Jordan".
    (
        "Three soldiers were killed in a drone attack on a small base in northeastern Jordan near the Syrian border.",
        Some("2024-01-29"),
        &["airstrike@Jordan;f=3"],
    ),
    (
        "Drie Amerikaanse militairen kwamen om bij een drone-aanval in Jordanië.",
        Some("2024-01-29"),
        &["airstrike@Jordan;f=3"],
    ),
    // "namen … in" before a preposition is "innemen": ground taken.
    (
        "Koerdische peshmerga namen volgens hun commandanten negen dorpen in rond Qaraqosh.",
        Some("2016-10-17"),
        &["territory_change@Al-Hamdaniya"],
    ),
    (
        "Het leger nam de stad Mosul in na zware gevechten.",
        Some("2017-07-09"),
        &["territory_change@Mosul"],
    ),
    // A second happening told by "as" at a place of its own keeps its
    // own type, and the first its weak cue: one strike, one clash.
    (
        "Israel strikes Damascus as clashes rage in Sweida",
        Some("2025-07-16"),
        &["airstrike@Damascus", "armed_clash@As-Suwayda"],
    ),
    (
        "Israeli strikes kill 12 in Nabatieh as Hezbollah fires rockets at Haifa",
        Some("2024-09-25"),
        &["airstrike@Nabatieh;f=12", "shelling@Haifa;f=-"],
    ),
    // Without a place of its own the "as" clause is the first's
    // background, and its fight the site's.
    (
        "The ISIL group killed 20 members of the Free Syrian Army on Qalamoun barrens as the clashes between the two sides have intensified in the area.",
        Some("2014-12-18"),
        &["armed_clash@Qalamoun;f=20"],
    ),
    // Nor is "as" a clause's start in "such as", "known as".
    (
        "Russian strikes hit several towns such as Saraqib in Idlib province.",
        Some("2019-10-15"),
        &["airstrike@Saraqib"],
    ),
    // A headline's generic attack with a count is the one bomb or strike
    // the text tells at its place that day without one.
    (
        "16 civilians killed in Hasakeh after motorbike bomber attack\n\nA suicide bomber on a motorcycle blew himself up in the Salihiah neighbourhood of Hasakeh city, a monitor said.",
        Some("2016-07-05"),
        &["suicide_bomb@Al-Hasakah;f=16;d=2016-07-05"],
    ),
    // An air force that kills strikes from the air.
    (
        "Assad's Air Force Kills 65 Civilians in Raqqa",
        Some("2014-11-26"),
        &["airstrike@Raqqa;f=65"],
    ),
    (
        "De Syrische luchtmacht doodde zaterdag twaalf burgers in Douma.",
        Some("2015-02-22"),
        &["airstrike@Douma;f=12;d=2015-02-21"],
    ),
    // A headline's strike from afar told by another weapon is the one
    // remote event the text dates at its place: one event, of the text's
    // type. (So is a second telling of the headline's, by a second cue.)
    (
        "Russische raket treft theater in Marioepol\n\nEen Russische luchtaanval heeft woensdag het dramatheater in Marioepol verwoest.",
        Some("2022-03-17"),
        &["airstrike@Mariupol;f=-;d=2022-03-16"],
    ),
    (
        "Missile strike hits market in Idlib\n\nAn air strike hit a crowded market in Idlib on Monday, killing 12 people.",
        Some("2019-10-15"),
        &["airstrike@Idlib;f=12;d=2019-10-14"],
    ),
    (
        "At least 100 civilians dead in toxic gas attack in Idlib\n\nThe regime used chemical weapons, killing at least 100 civilians in an airstrike on Idlib.",
        Some("2017-04-05"),
        &["airstrike@Idlib;f=100;d=2017-04-05"],
    ),
    // A headline's fighting sums up what the text tells at its place: the
    // attack with shelling two days before, not a second event.
    (
        "Fighting spreads in El Fasher\n\nSudan's paramilitary Rapid Support Forces attacked El Fasher on Friday, shelling residential areas and killing at least 27 people, local activists said.",
        Some("2024-05-12"),
        &["shelling@El Fasher;f=27;d=2024-05-10"],
    ),
    // (Not where the text tells fighting of its own, which the headline's
    // stands for.)
    (
        "Strijd om Tripoli laait op\n\nTroepen van Haftar hebben maandag de enige werkende luchthaven van Tripoli gebombardeerd. Vliegtuigen van het Libisch Nationaal Leger voerden een luchtaanval uit op de Mitiga-luchthaven.\n\nBij de gevechten ten zuiden van de hoofdstad zijn sinds donderdag zeker 51 mensen om het leven gekomen.",
        Some("2019-04-08"),
        &[
            "armed_clash@Tripoli;d=2019-04-08",
            "airstrike@Tripoli;d=2019-04-08",
        ],
    ),
    (
        "Gevechten rond Tripoli\n\nVliegtuigen van Haftar hebben zaterdag de luchthaven Mitiga in Tripoli gebombardeerd.",
        Some("2019-04-08"),
        &["airstrike@Tripoli;d=2019-04-06"],
    ),
    // A headline with no count sums up the one event the text dates at its
    // place within the week (a weekday reaches that far).
    (
        "Aanslag op militaire parade in Ahvaz\n\nBij een aanslag op een militaire parade in de Iraanse stad Ahvaz zijn zaterdag zeker 25 mensen om het leven gekomen.",
        Some("2018-10-03"),
        &["attack@Ahvaz;f=25;d=2018-09-29"],
    ),
    // Coming under fire is a clash; not in words (criticism).
    (
        "Two soldiers were wounded when their patrol came under fire near Daraa. Een patrouille werd maandag bij Daraa onder vuur genomen.",
        Some("2020-02-24"),
        &["armed_clash@Daraa;p=2"],
    ),
    (
        "The minister came under fire from critics in Damascus. The plan has come under fire in Ankara.",
        Some("2020-02-24"),
        &[],
    ),
    // A bomb defused or a plot foiled is no explosion.
    (
        "A car bomb was defused in Azaz on Monday. In Azaz werd maandag een bomauto onschadelijk gemaakt. Police foiled a suicide bomb plot in Azaz.",
        Some("2020-02-24"),
        &[],
    ),
    // Knife attacks told as attacks are attacks; a stabbing alone is as
    // often ordinary crime. Compounds of missiles are missiles.
    (
        "Two police officers were wounded in a knife attack in Jerusalem on Wednesday.",
        Some("2023-10-12"),
        &["attack@Jerusalem;d=2023-10-11"],
    ),
    (
        "Bij een mesaanval in Jeruzalem raakten woensdag twee agenten gewond.",
        Some("2023-10-12"),
        &["attack@Jerusalem;d=2023-10-11"],
    ),
    (
        "Bij een steekpartij in Amsterdam raakte een man gewond.",
        None,
        &[],
    ),
    (
        "In het noorden van Israël vuurde Hezbollah woensdag antitankraketten af op een legerpost.",
        Some("2023-10-12"),
        &["shelling@Northern Israel;d=2023-10-11"],
    ),
    // Bombs only aircraft drop are air strikes.
    (
        "In the Sumy region, Russian guided bombs hit several border villages, wounding three civilians.",
        Some("2024-08-20"),
        &["airstrike@Sumy Oblast;p=3"],
    ),
    (
        "Russische geleide bommen troffen dinsdag de stad Soemy.",
        Some("2024-08-21"),
        &["airstrike@Sumy;d=2024-08-20"],
    ),
    // Stones thrown at the police are a riot, and a riot where a protest
    // was is that protest, turned violent.
    (
        "Youths threw stones at police in Amsterdam on Saturday.",
        Some("2019-10-14"),
        &["riot@Amsterdam;f=-;d=2019-10-12"],
    ),
    (
        "Bij demonstraties tegen het Turkse offensief in Noord-Syrië is het zondag in Rotterdam en Amsterdam onrustig geweest. In Rotterdam gooiden jongeren met stenen naar de politie, die de menigte met de ME uiteendreef.",
        Some("2019-10-14"),
        &[
            "riot@Rotterdam;f=-;d=2019-10-13",
            "protest@Amsterdam;f=-;d=2019-10-13",
        ],
    ),
    // Supporters who rally protest; what they denounce is their cause.
    // Explosions heard right after strikes are the strikes'; explosions
    // that kill are told for themselves.
    (
        "Thousands of Houthi supporters rallied in Sanaa on Friday to denounce the strikes.",
        Some("2024-01-13"),
        &["protest@Sanaa;f=-;d=2024-01-12"],
    ),
    (
        "Warplanes struck Houthi targets in Sanaa overnight. Witnesses in Sanaa reported loud explosions near the airport.",
        Some("2024-01-12"),
        &["airstrike@Sanaa;f=-;d=2024-01-12"],
    ),
    (
        "The coalition said it had carried out air strikes on Raqqa on Wednesday. Explosions in Damascus killed 20 people on Thursday.",
        Some("2017-10-06"),
        &[
            "airstrike@Raqqa;f=-;d=2017-10-04",
            "explosion@Damascus;f=20;d=2017-10-05",
        ],
    ),
    // One person who fought, or the narrator's "we", tells a life, not a
    // battle; fighting he speaks of is one.
    (
        "A Dutch court on Tuesday sentenced a man from Rotterdam to six years in prison for joining the Islamic State group in Syria, where he fought in Raqqa in 2015.",
        Some("2021-03-15"),
        &[],
    ),
    (
        "Kinderen brachten ons eten en munitie toen we bij Aleppo vochten.",
        Some("2016-12-01"),
        &[],
    ),
    (
        "He said fighting continued in Raqqa on Monday.",
        Some("2017-06-13"),
        &["armed_clash@Raqqa;f=-;d=2017-06-12"],
    ),
    // Escaping violence is flight, not a breakout; the violence fled
    // beside a deed of violence is background, and its place the deed's.
    (
        "A Russian airstrike killed at least 38 civilians on Wednesday as they attempted to cross the Euphrates River to escape fighting in Deir ez-Zor province.",
        Some("2017-10-05"),
        &[
            "airstrike@Deir ez-Zor;f=38;d=2017-10-04;p=3",
            "displacement@Deir ez-Zor;f=-;d=2017-10-04",
        ],
    ),
    (
        "Hundreds of prisoners escaped from the prison in Hasakah on Thursday.",
        Some("2017-10-06"),
        &["escape@Al-Hasakah;f=-;d=2017-10-05"],
    ),
    // Raids no force on the ground carries out are from the air, as wire
    // copy writes them; raids by special forces, military raids and a
    // bombing raid are what they say.
    (
        "Ten Russian raids hit the city of Raqqa on Thursday, killing at least 30 people.",
        Some("2016-08-12"),
        &["airstrike@Raqqa;f=30;d=2016-08-11"],
    ),
    (
        "At least 10 Syrian soldiers were killed in Israeli raids on Quneitra on Monday.",
        Some("2016-08-12"),
        &["airstrike@Quneitra;f=10;d=2016-08-08"],
    ),
    (
        "US special forces carried out raids on two houses in Atmeh on Saturday.",
        Some("2016-08-12"),
        &["raid@Atmeh;f=-;d=2016-08-06"],
    ),
    (
        "Israeli military raids in Jenin on Monday led to 12 arrests.",
        Some("2016-08-12"),
        &["raid@Jenin;f=-;d=2016-08-08"],
    ),
    (
        "The death toll in the Syrian bombing raid on Aleppo rose to 76 on Tuesday.",
        Some("2016-08-12"),
        &["airstrike@Aleppo;f=76;d=2016-08-09"],
    ),
    // A bomb set off by one who dies with it is a suicide bomb, and so is
    // the blast or the attack told with it; a placeless suicide bombing
    // right after an attack tells how it was carried out. Not a bomb told
    // apart from it.
    (
        "Een zelfmoordterrorist blies zichzelf op op het treinstation van Quetta.",
        Some("2024-11-03"),
        &["suicide_bomb@Quetta;f=-;d=2024-11-03"],
    ),
    (
        "A suicide car bomb exploded at a checkpoint in Azaz on Monday, killing five.",
        Some("2016-08-16"),
        &["suicide_bomb@Azaz;f=5;d=2016-08-15"],
    ),
    (
        "Bij een aanslag in de Pakistaanse stad Quetta zijn zaterdag zeker 26 mensen om het leven gekomen. Een zelfmoordterrorist blies zichzelf op op het treinstation.",
        Some("2024-11-03"),
        &["suicide_bomb@Quetta;f=26;d=2024-11-02"],
    ),
    (
        "A suicide bomber struck a wedding party in Hasakeh on Monday. The blast killed 30 people.",
        Some("2016-10-04"),
        &["suicide_bomb@Al-Hasakah;f=30;d=2016-10-03"],
    ),
    (
        "A car bomb exploded in Azaz on Monday, killing eight. Separately, a suicide bomber struck a checkpoint in Jarablus on Tuesday.",
        Some("2016-08-17"),
        &[
            "explosion@Azaz;f=8;d=2016-08-15",
            "suicide_bomb@Jarabulus;f=-;d=2016-08-16",
        ],
    ),
    // A bombing told with a bomb on the ground is that bomb's.
    (
        "The bombing of a bus convoy near Aleppo on Saturday was a car bomb blast.",
        Some("2017-04-16"),
        &["explosion@Aleppo;f=-;d=2017-04-15"],
    ),
    // A protest the state's forces break up without dead is one with
    // intervention, in its own sentence or the next; not one that ended
    // without arrests.
    (
        "Police fired tear gas at demonstrators in Beirut on Friday.",
        Some("2024-05-11"),
        &["protest_intervention@Beirut;f=-;d=2024-05-10"],
    ),
    (
        "De politie zette zaterdag waterkanonnen in en arresteerde tientallen demonstranten in Tbilisi.",
        Some("2024-11-03"),
        &["protest_intervention@Tbilisi;f=-;d=2024-11-02"],
    ),
    (
        "Thousands of protesters marched through central Beirut on Friday. Police fired tear gas at demonstrators near parliament.",
        Some("2024-05-11"),
        &["protest_intervention@Beirut;f=-;d=2024-05-10"],
    ),
    (
        "Thousands of protesters marched through central Beirut on Friday. Security forces shot dead three demonstrators near parliament.",
        Some("2024-05-11"),
        &["excessive_force@Beirut;f=3;d=2024-05-10"],
    ),
    (
        "The protest in Beirut on Friday ended without arrests.",
        Some("2024-05-11"),
        &["protest@Beirut;f=-;d=2024-05-10"],
    ),
    // "was hit" right after strikes was hit by them, as "getroffen" is; not
    // without strikes before.
    (
        "Missiles struck at least five medical facilities and two schools in northern Syria on Monday. A hospital in the town of Maarat al-Numan in Idlib province was hit four times, the medical charity said. At least seven people were killed there.",
        Some("2016-02-15"),
        &["shelling@Maarat al-Numan;f=7;d=2016-02-15"],
    ),
    (
        "A hospital in the town of Maarat al-Numan was hit by a power cut on Monday.",
        Some("2016-02-15"),
        &[],
    ),
    // Bombs that fell were dropped from the air, the strikes told before;
    // a weak cue, no event without a place.
    (
        "Bij Russische luchtaanvallen op de provincie Idlib zijn zondag zeker tien burgers om het leven gekomen. De bommen vielen op een markt in de stad Maarat al-Numan.",
        Some("2019-06-03"),
        &["airstrike@Maarat al-Numan;f=10;d=2019-06-02"],
    ),
    (
        "Toen de bommen vielen op haar land was het haar redding.",
        Some("2019-06-03"),
        &[],
    ),
    // People who demonstrate somewhere, or over something, protest; the
    // dead they protest over are no event of theirs. Showing is no protest.
    (
        "Hundreds demonstrated in Amsterdam over the deaths of three migrants.",
        None,
        &["protest@Amsterdam;f=-"],
    ),
    (
        "The rebels demonstrated their strength in Idlib.",
        None,
        &[],
    ),
    // A vehicle rammed into people is an attack, with its dead; the
    // wounded a wounding verb counts are not the dead; a ship rammed into
    // a pier is no event.
    (
        "In Tel Aviv, a Palestinian rammed his car into pedestrians on Tuesday, wounding seven people before he was shot dead.",
        Some("2023-07-04"),
        &["attack@Tel Aviv;f=-;d=2023-07-04"],
    ),
    (
        "A man rammed his truck into a crowd in Nice, killing 86 people.",
        None,
        &["attack@Nice;f=86"],
    ),
    ("The ship rammed into the pier in Tartus.", None, &[]),
    // A drone fired or launched at a target strikes; one that films does
    // not.
    (
        "Rebels fired a drone at the Hmeimim air base on Sunday.",
        None,
        &["airstrike@Hmeimim airbase"],
    ),
    ("Rebels flew a drone over Idlib on Sunday.", None, &[]),
    // A drone that hits, in Dutch word order.
    (
        "Een Turkse drone heeft een auto geraakt bij Qamishli. Daarbij kwamen twee mensen om.",
        Some("2019-10-12"),
        &["airstrike@Qamishli;f=2"],
    ),
    // What a protest is against is its cause: no event, and not where the
    // protest is.
    (
        "In Amsterdam demonstreerden zaterdag duizenden Koerden tegen de Turkse inval in Noord-Syrië.",
        Some("2019-10-12"),
        &["protest@Amsterdam;d=2019-10-12"],
    ),
    // Cues coordinated past whose the second is tell both.
    (
        "Heavy clashes and coalition air strikes pounded the village of Baghouz through the night.",
        Some("2019-03-11"),
        &["armed_clash@Baghuz", "airstrike@Baghuz"],
    ),
    // Fire exchanged is a clash.
    (
        "Syrian troops and rebels exchanged fire near Khan Sheikhoun on Tuesday.",
        Some("2019-08-14"),
        &["armed_clash@Khan Shaykhun;d=2019-08-13"],
    ),
    (
        "Bij Saraqeb werden maandag schoten uitgewisseld tussen Turkse en Syrische troepen.",
        Some("2019-08-14"),
        &["armed_clash@Saraqib"],
    ),
    // A deed someone is accused of before a court, found guilty of or
    // acquitted of is no event the article reports; sides accusing each
    // other of attacks report them.
    (
        "A Syrian man went on trial in The Hague on Wednesday accused of taking part in the execution of a Syrian army officer in Deir ez-Zor in 2012.",
        Some("2019-08-14"),
        &[],
    ),
    (
        "De rechtbank in Den Haag heeft een Syriër schuldig bevonden aan deelname aan een executie in Deir ez-Zor.",
        Some("2019-08-14"),
        &[],
    ),
    (
        "The court acquitted him of the 2015 bombing in Ankara.",
        Some("2019-08-14"),
        &[],
    ),
    (
        "A Russian defence ministry statement on Sunday accused rebel groups of firing mortars on the Sheikh Maqsood neighbourhood in Aleppo.",
        Some("2016-06-19"),
        &["shelling@Sheikh Maqsoud"],
    ),
    // Definite attacks after pounding are that pounding.
    (
        "Het Turkse leger heeft vannacht opnieuw doelen in Noord-Syrië bestookt. Volgens de SDF zijn bij de aanvallen op Ras al-Ain en Tal Abyad zeker elf burgers omgekomen.",
        Some("2019-10-10"),
        &["shelling@Ras al-Ain", "shelling@Tal Abyad"],
    ),
    // A gunman who kills makes an attack; a start named after "since" is
    // the period's, however far back.
    (
        "A gunman killed 39 people, including many foreigners, at a packed Istanbul nightclub during New Year celebrations on Sunday.",
        None,
        &["attack@Istanbul;f=39"],
    ),
    (
        "Some 160 mostly gunmen had remained in Zabadani.",
        None,
        &[],
    ),
    (
        "Since the start of Turkey's military incursion into Syria in August, Islamic State has carried out several attacks in the country.",
        None,
        &[],
    ),
    // Protesters storming in make a riot.
    (
        "On Tuesday, protesters stormed the U.S. embassy compound in Baghdad, setting fires in the reception area.",
        Some("2019-12-30"),
        &["riot@Baghdad;d=2019-12-24"],
    ),
    // The police going in make a raid, no invasion.
    (
        "De politie is zondagavond een moskee in Utrecht binnengevallen na een melding over een verdachte man.",
        Some("2019-04-15"),
        &["raid@Utrecht;d=2019-04-14"],
    ),
    // Nor are a flood's.
    (
        "Heavy rain flooded parts of Mosul and Erbil on Monday, killing three people and forcing hundreds of families from their homes, officials said.",
        Some("2019-11-05"),
        &[],
    ),
    // A storm's dead are no conflict's.
    (
        "A powerful storm killed seven people and injured dozens in the Black Sea province of Samsun on Monday, Turkey's disaster agency said.",
        None,
        &[],
    ),
    // Definite attacks told after air strikes are those air strikes, in the
    // plural too.
    (
        "Russische gevechtsvliegtuigen hebben woensdag doelen in Syrië gebombardeerd. Bij de aanvallen op Talbiseh en Rastan kwamen volgens activisten 36 burgers om.",
        None,
        &["airstrike@Talbiseh", "airstrike@Ar Rastan"],
    ),
    // What was hit ("getroffen") right after strikes was hit by them; hit
    // by nothing of war else.
    (
        "Russische gevechtsvliegtuigen hebben zaterdag doelen in Saraqeb gebombardeerd. Ook Khan Sheikhoun werd getroffen.",
        None,
        &["airstrike@Saraqib", "airstrike@Khan Shaykhun"],
    ),
    (
        "De economie van Turkije werd zwaar getroffen. In Ankara werden tien huizen getroffen.",
        None,
        &[],
    ),
    // Fighters driven out of a place: ground taken there; civilians driven
    // out: a flight.
    (
        "Kurdish-led forces said on Wednesday they had driven the last Islamic State fighters out of the town of Manbij.",
        Some("2016-08-19"),
        &["territory_change@Manbij;d=2016-08-17"],
    ),
    (
        "Koerden verdrijven IS uit Tal Abyad.",
        None,
        &["territory_change@Tal Abyad"],
    ),
    (
        "De Koerden hebben de jihadisten uit Tal Abyad verdreven.",
        None,
        &["territory_change@Tal Abyad"],
    ),
    (
        "Duizenden mensen werden door het leger uit Afrin verdreven.",
        None,
        &["displacement@Afrin"],
    ),
    (
        "Thousands of civilians were driven out of Raqqa by IS fighters.",
        None,
        &[],
    ),
    // Going in is a raid when special forces do it.
    (
        "Amerikaanse speciale eenheden vielen zaterdagnacht een huis binnen in het dorp Barisha, vlak bij de Turkse grens.",
        Some("2019-10-27"),
        &["raid@Barisha;d=2019-10-26"],
    ),
    // Disturbances are a riot.
    (
        "In het kamp Ain Issa braken zondag ongeregeldheden uit.",
        Some("2019-10-14"),
        &["riot@Ain Issa;d=2019-10-13"],
    ),
    // The dead of an accident or a disaster are no conflict's.
    (
        "Thousands of mourners attended his funeral in Kerman on Tuesday, where a stampede killed 56 people.",
        None,
        &[],
    ),
    (
        "Bij een aardbeving in Hatay kwamen zeker 40 mensen om.",
        None,
        &[],
    ),
    // And so are the dead told after it, in sentences of their own,
    // until a deed is told.
    (
        "Een zware aardbeving heeft het noorden van Syrië getroffen. In Aleppo kwamen zeker 200 mensen om het leven.",
        None,
        &[],
    ),
    (
        "The death toll from the earthquake rose above 5,000. In rebel-held Idlib province, the White Helmets said at least 1,220 people had died.",
        None,
        &[],
    ),
    (
        "Floods swept through Derna. In Aleppo, government shelling killed 12 people. In Idlib, 5 people were killed.",
        None,
        &["shelling@Aleppo;f=12", "casualties@Idlib;f=5"],
    ),
    // A place that comes into or falls into someone's hands is taken.
    (
        "Ook de stad Saraqib kwam zaterdag in handen van de rebellen.",
        Some("2024-11-30"),
        &["territory_change@Saraqib"],
    ),
    (
        "The town of Saraqib fell into the hands of the rebels on Friday.",
        Some("2024-11-30"),
        &["territory_change@Saraqib;d=2024-11-29"],
    ),
    (
        "Saraqib fell into rebel hands.",
        Some("2024-11-30"),
        &["territory_change@Saraqib"],
    ),
    // A headline's present tense takes ground; a camera takes pictures.
    (
        "Rebels seize Aleppo",
        Some("2024-11-30"),
        &["territory_change@Aleppo"],
    ),
    (
        "Army retakes Palmyra from Islamic State",
        Some("2016-03-27"),
        &["territory_change@Palmyra"],
    ),
    (
        "Drone captures ancient Palmyra after the battle",
        Some("2016-03-27"),
        &[],
    ),
    ("Police seize weapons in Aleppo", Some("2016-03-27"), &[]),
    // Dead at a place after ground taken elsewhere are its own.
    (
        "The army retook Qaryatain and killed 50 terrorists in Hama.",
        Some("2016-04-03"),
        &["territory_change@al-Qaryatayn", "casualties@Hama;f=50"],
    ),
    // A withdrawal from a place the other side takes within a day is
    // that capture, one transfer of ground; a country's possessive is no
    // word between a cue and its place.
    (
        "Rebellen nemen Aleppo in. Het regeringsleger trok zich vrijdagavond terug uit Aleppo.",
        Some("2024-11-30"),
        &["territory_change@Aleppo"],
    ),
    (
        "Rebels captured Syria's Aleppo in a lightning offensive.",
        Some("2024-11-30"),
        &["territory_change@Aleppo"],
    ),
    // A deed that angered is told apart from the deed it angered into:
    // its place, its dead and its day are its own. Protesters who storm
    // riot, in a headline's present tense too.
    (
        "Protesters stormed the US embassy in Baghdad in anger over US air strikes that killed 25 fighters.",
        Some("2019-12-31"),
        &["riot@Baghdad"],
    ),
    (
        "Iraq: protesters storm US embassy in Baghdad\n\nThousands of protesters and militia supporters stormed the outer wall of the US embassy in Baghdad on Tuesday, setting fire to a reception area, in anger over US air strikes that killed 25 Kataib Hezbollah fighters in Iraq and Syria on Sunday.",
        Some("2019-12-31"),
        &[
            "riot@Baghdad",
            "airstrike@Iraq;f=25;d=2019-12-29",
            "airstrike@Syria;d=2019-12-29",
        ],
    ),
    ("A storm hit camps in Idlib.", Some("2019-12-31"), &[]),
    // Dead that are only the topic of talk, an inquiry or a protest are
    // no deed's; dead told killed are.
    (
        "Opposition parties called for more pressure on the Assad government over the deaths of thousands of detainees in Saydnaya prison.",
        Some("2024-03-03"),
        &[],
    ),
    (
        "An inquiry into the killing of 12 civilians in Idlib began.",
        Some("2024-03-03"),
        &[],
    ),
    (
        "Mourners attended the funerals after the deaths of 12 soldiers killed in Idlib on Monday.",
        Some("2024-03-03"),
        &["casualties@Idlib;f=12;d=2024-02-26"],
    ),
    // A kidnapping's participle before the one taken names a hostage; the
    // verb tells the deed.
    (
        "Ontvoerde Nederlander vrijgelaten in Mali",
        Some("2025-03-14"),
        &[],
    ),
    (
        "The kidnapped aid worker was freed in Mali on Thursday.",
        Some("2025-03-14"),
        &[],
    ),
    (
        "Gunmen kidnapped Dutch aid worker in Mali",
        Some("2025-03-14"),
        &["abduction@Mali"],
    ),
    // A headline's bare singular after its verb is one person; so is
    // another one told killed, and a rank.
    (
        "Bomb kills Russian general in Moscow",
        Some("2024-12-17"),
        &["explosion@Moscow;f=1"],
    ),
    (
        "Israeli strike kills Iranian general in Damascus",
        Some("2024-12-17"),
        &["airstrike@Damascus;f=1"],
    ),
    (
        "Another civilian was killed in regime bombing on the town of Saraqib.",
        Some("2016-06-19"),
        &["airstrike@Saraqib;f=1"],
    ),
    (
        "The strike killed soldiers in Idlib.",
        Some("2016-06-19"),
        &["airstrike@Idlib"],
    ),
    // Dead the text adds to its count outweigh a headline's count of the
    // same event; a bomb's hiding place is no word between it and where
    // it killed.
    (
        "Bomb kills Russian general in Moscow\n\nA bomb hidden in an electric scooter killed Lieutenant General Igor Kirillov outside his apartment building in Moscow on Tuesday. His assistant was also killed.",
        Some("2024-12-17"),
        &["explosion@Moscow;f=2"],
    ),
    // A generic attack beside a strike from afar at its place and date
    // is that strike; "a similar aanslag" is of the bombing before; a car
    // driven into people is an attack.
    (
        "Opnieuw doden bij beschietingen in Charkiv\n\nBij een Russische aanval op een bouwmarkt in de Oekraïense stad Charkiv zijn zaterdag zeker twaalf mensen omgekomen.",
        Some("2024-05-25"),
        &["shelling@Kharkiv;f=12"],
    ),
    (
        "Bij de ontploffing van een autobom op een markt in Azaz zijn zondag negen mensen om het leven gekomen. Vorige maand kwamen bij een vergelijkbare aanslag in Manbij twintig mensen om.",
        Some("2025-02-23"),
        &[
            "explosion@Azaz;f=9;d=2025-02-23",
            "explosion@Manbij;f=20;d=2025-01",
        ],
    ),
    (
        "In Tel Aviv reed een Palestijn met een auto in op voetgangers.",
        Some("2023-07-03"),
        &["attack@Tel Aviv"],
    ),
    (
        "De bus reed in op de file bij Utrecht.",
        Some("2023-07-03"),
        &[],
    ),
    // Drones that strike in ("sloegen in") strike; drones that fly watch.
    (
        "Ook rond Kobani sloegen drones in.",
        Some("2024-10-24"),
        &["airstrike@Kobani"],
    ),
    ("Boven Kobani vlogen drones.", Some("2024-10-24"), &[]),
    // Escaping during an attack on a prison is a breakout; escaping the
    // violence itself is flight. Guards are people counted.
    (
        "Tientallen IS-strijders zijn donderdag ontsnapt bij een aanval op een gevangenis in Hasakah.",
        Some("2022-01-21"),
        &["escape@Al-Hasakah;d=2022-01-20"],
    ),
    (
        "In Hasakah zijn 28 bewakers en 45 strijders gedood.",
        Some("2022-01-21"),
        &["casualties@Al-Hasakah;f=73"],
    ),
    (
        "Bij de gevechten in Hasakah kwamen zeker 28 Koerdische bewakers en strijders en 45 IS-strijders om het leven.",
        Some("2022-01-21"),
        &["armed_clash@Al-Hasakah;f=73"],
    ),
    (
        "Clashes in Hasakah killed 28 guards and fighters.",
        Some("2022-01-21"),
        &["armed_clash@Al-Hasakah;f=28"],
    ),
    // A list of the dead goes on past "along with" and past a name
    // between commas; what enters airspace invades no ground.
    (
        "An Israeli air strike on Beirut's southern suburbs on Tuesday killed a senior Hezbollah commander, Fuad Shukr, along with two children and a woman.",
        Some("2024-07-31"),
        &["airstrike@Beirut;f=4;d=2024-07-30"],
    ),
    (
        "Iranian drones entered Jordanian airspace near Amman.",
        Some("2024-04-14"),
        &[],
    ),
    (
        "Israeli troops entered Rafah on Tuesday.",
        Some("2024-05-08"),
        &["ground_offensive@Rafah;d=2024-05-07"],
    ),
    // The assassinated and the murdered are counted as the executed are.
    (
        "Unknown gunmen assassinated a former rebel commander in Daraa on Thursday.",
        Some("2024-06-01"),
        &["attack@Daraa;f=1;d=2024-05-30"],
    ),
    (
        "Gunmen murdered two aid workers in Idlib.",
        Some("2024-06-01"),
        &["casualties@Idlib;f=2"],
    ),
    // Protesters' supporters are no football fans; drones shot down are
    // no fight.
    (
        "Thousands of protesters and militia supporters stormed the outer wall of the US embassy in Baghdad on Tuesday.",
        Some("2019-12-31"),
        &["riot@Baghdad"],
    ),
    (
        "Na de wedstrijd in Rotterdam bestormden supporters het veld.",
        Some("2019-12-31"),
        &[],
    ),
    (
        "Jordan's air force shot down dozens of Iranian drones over Amman.",
        Some("2024-04-14"),
        &[],
    ),
    // "nemen … in" takes ground only when an "in" ends the clause.
    (
        "Trump heeft Europese landen opgeroepen honderden IS-strijders terug te nemen die in Syrië gevangen zitten.",
        None,
        &[],
    ),
    (
        "De rebellen namen zaterdag de stad Saraqeb in, meldde het Observatorium.",
        Some("2019-02-18"),
        &["territory_change@Saraqib;d=2019-02-16"],
    ),
    // "bomauto" as "autobom".
    (
        "Bij een aanslag met een bomauto in Azaz zijn zondag zeker negen mensen om het leven gekomen.",
        None,
        &["explosion@Azaz;f=9"],
    ),
    // Fire opened at a nightclub is an attack on civilians; a headline's
    // count told again with the event is one event.
    (
        "Gunman kills 39 at Istanbul nightclub\n\nA gunman opened fire at an Istanbul nightclub during New Year celebrations, killing 39 people.",
        None,
        &["attack@Istanbul;f=39"],
    ),
    // Dead told "also" right after a violent event are more of its type
    // and day, at their own places, with a count or none; not denied ones,
    // nor a name's "also known as".
    (
        "Russische raketten troffen maandag Kyiv. Ook in Charkiv en Dnipro vielen doden.",
        Some("2022-03-02"),
        &[
            "shelling@Kyiv;f=-;d=2022-02-28",
            "shelling@Kharkiv;f=-;d=2022-02-28",
            "shelling@Dnipro;f=-;d=2022-02-28",
        ],
    ),
    (
        "Russian missiles hit Kyiv on Monday. Two people were also killed in Kharkiv.",
        Some("2022-03-02"),
        &[
            "shelling@Kyiv;f=-;d=2022-02-28",
            "shelling@Kharkiv;f=2;d=2022-02-28",
        ],
    ),
    (
        "Russische raketten troffen maandag Kyiv. In Charkiv vielen ook geen doden.",
        Some("2022-03-02"),
        &["shelling@Kyiv;f=-;d=2022-02-28"],
    ),
    (
        "Russian missiles hit Kyiv on Monday. Two people were killed in Kharkiv, a city also known as Charkov.",
        Some("2022-03-02"),
        &[
            "shelling@Kyiv;f=-;d=2022-02-28",
            "casualties@Kharkiv;f=2;d=2022-03-02",
        ],
    ),
    // Troops who pull back in the place that opens the sentence withdraw
    // from it; a charge dropped there is no withdrawal.
    (
        "In Khan Younis trokken Israëlische grondtroepen zich donderdag terug.",
        Some("2024-04-08"),
        &["withdrawal@Khan Younis;d=2024-04-04"],
    ),
    (
        "In Aleppo, rebel fighters withdrew from several districts on Thursday.",
        Some("2024-04-08"),
        &["withdrawal@Aleppo;d=2024-04-04"],
    ),
    (
        "In Den Haag trok de aanklager donderdag de aanklacht terug.",
        Some("2024-04-08"),
        &[],
    ),
    // A raid is the going in and the fighting told with it at its place
    // and date; a raid told with no place is not how fighting before it
    // was carried out.
    (
        "Israeli forces killed nine Palestinians in a raid on the Jenin refugee camp on Thursday. The Israeli military said troops had entered the camp to arrest militants, and that a gun battle broke out.",
        Some("2023-01-26"),
        &["raid@Jenin;f=9;d=2023-01-26"],
    ),
    (
        "Clashes broke out in Idlib on Monday. US special forces also carried out a raid overnight.",
        Some("2023-01-26"),
        &["armed_clash@Idlib;d=2023-01-23"],
    ),
    // In an article with no date, a generic headline with no count is the
    // event the lead tells at its place with a count, dated by a weekday
    // alone.
    (
        "Doden bij Israëlische aanval op school in Gaza\n\nBij een Israëlische luchtaanval op een school in Gaza-Stad zijn zaterdagochtend zeker dertig Palestijnen om het leven gekomen.",
        None,
        &["airstrike@Gaza City;f=30"],
    ),
    // Fire opened in a church, Dutch perfect, is an attack on civilians.
    (
        "Aanslag op kerk in Istanbul\n\nTwee gemaskerde mannen hebben zondag het vuur geopend in een katholieke kerk in Istanbul. Daarbij is één persoon om het leven gekomen.",
        None,
        &["attack@Istanbul;f=1"],
    ),
    // A headline's count told again with an event the text dates by a
    // weekday, up to a week before, is that event; another count there is
    // another event past three days.
    (
        "Zeker twintig doden bij aanslag in Mogadishu\n\nBij een bomaanslag op een hotel in Mogadishu zijn zaterdag zeker twintig mensen om het leven gekomen.",
        Some("2022-03-02"),
        &["explosion@Mogadishu;f=20;d=2022-02-26"],
    ),
    (
        "Zeker twintig doden bij aanslag in Mogadishu\n\nBij een bomaanslag op een hotel in Mogadishu zijn zaterdag elf mensen om het leven gekomen.",
        Some("2022-03-02"),
        &[
            "attack@Mogadishu;f=20;d=2022-03-02",
            "explosion@Mogadishu;f=11;d=2022-02-26",
        ],
    ),
    // Ground taken by name.
    (
        "The army took the town of Saraqeb on Monday.",
        None,
        &["territory_change@Saraqib"],
    ),
    ("The boy took the town bus to Aleppo.", None, &[]),
    // Captures told as ground got in hand or liberated; "the liberated
    // areas" are ground held.
    (
        "De SDF hebben zaterdag het dorp Baghouz volledig in handen gekregen.",
        None,
        &["territory_change@Baghuz"],
    ),
    (
        "The SDF said on Friday they had liberated Raqqa from Islamic State.",
        None,
        &["territory_change@Raqqa"],
    ),
    ("Rebels manage the liberated areas in Kafr Nabl.", None, &[]),
    // Mines that kill are explosions.
    (
        "Mines planted by the militants killed two SDF fighters on Thursday in Raqqa.",
        None,
        &["explosion@Raqqa;f=2"],
    ),
    // A killing by gunmen is violence against civilians.
    (
        "Hevrin Khalaf werd bij Tal Abyad door Turks-gezinde strijders uit haar auto gehaald en doodgeschoten.",
        None,
        &["attack@Tal Abyad"],
    ),
    (
        "A Kurdish politician was shot dead near Tal Abyad.",
        None,
        &["attack@Tal Abyad"],
    ),
    // One named after the noun of a person or trade is one dead, also
    // before a Dutch active participle; not a weekday after the noun.
    (
        "Door Turkije gesteunde strijders hebben de Koerdische politica Hevrin Khalaf doodgeschoten bij Tal Abyad.",
        None,
        &["attack@Tal Abyad;p=2;f=1"],
    ),
    (
        "Fighters shot dead the Kurdish politician Hevrin Khalaf near Tal Abyad.",
        None,
        &["attack@Tal Abyad;p=2;f=1"],
    ),
    (
        "Syrian shelling killed the journalist Marie Colvin in Homs.",
        None,
        &["shelling@Homs;f=1"],
    ),
    (
        "Gunmen killed a soldier Monday in Homs.",
        Some("2019-10-13"),
        &["attack@Homs;f=1;d=2019-10-07"],
    ),
    // A shooting with its dead counted is an event however weak its word:
    // "de stad" places it.
    (
        "Het leger heroverde Aleppo. Maandag werden in de stad 82 burgers doodgeschoten.",
        Some("2016-12-13"),
        &[
            "territory_change@Aleppo;d=2016-12-13",
            "attack@Aleppo;f=82;d=2016-12-12",
        ],
    ),
    (
        "Het leger heroverde Aleppo. Maandag werd in de stad een journalist doodgeschoten.",
        Some("2016-12-13"),
        &[
            "territory_change@Aleppo;d=2016-12-13",
            "attack@Aleppo;f=1;d=2016-12-12",
        ],
    ),
    // Missiles intercepted after air strikes are the strikes'.
    (
        "Israel struck Iranian targets near Damascus on Monday. Syrian state media said air defences had intercepted more than 30 missiles over Damascus.",
        None,
        &["airstrike@Damascus"],
    ),
    // The Dutch present tells a fight in a main clause at a place below a
    // country; in a relative clause, or at a country, it describes a side.
    (
        "In de provincie Deir ez-Zor vechten Koerdische milities nog tegen de laatste IS-strijders rond het dorp Baghouz.",
        None,
        &["armed_clash@Baghuz"],
    ),
    (
        "De coalitie, die in Irak en Syrië vecht tegen IS, noemt dat defensief.",
        None,
        &[],
    ),
    (
        "Nederland vecht mee in de coalitie tegen IS in Irak.",
        None,
        &[],
    ),
    // An abbreviation's full stop ends no sentence: the event keeps its
    // cue ("the U.S. military") and its date ("Oct. 9").
    (
        "Airstrikes by the U.S. military killed 5 people in Raqqa.",
        None,
        &["airstrike@Raqqa;f=5"],
    ),
    // Shelling by aircraft is an air strike.
    (
        "The video showed shelling on Saturday by a U.S. drone on Raqqa.",
        None,
        &["airstrike@Raqqa"],
    ),
    // Captures told in the gerund or as nouns; not those only aimed at.
    (
        "The prime minister congratulated the forces for recapturing Mosul from Islamic State.",
        None,
        &["territory_change@Mosul"],
    ),
    (
        "Last month the regime dealt a major blow to the opposition by seizing the town of Yabrud.",
        None,
        &["territory_change@Yabroud"],
    ),
    (
        "Regime forces have embarked on an aerial campaign aimed at recapturing east Aleppo.",
        None,
        &[],
    ),
    (
        "The regime has made it a key aim of recapturing Aleppo.",
        None,
        &[],
    ),
    // Aircraft shot down: fighting.
    (
        "A Russian military helicopter was shot down over Syria's Idlib province on Monday, killing all five people on board.",
        Some("2016-08-01"),
        &["armed_clash@Idlib;p=3;d=2016-08-01;f=5"],
    ),
    // A headline's present tense; the coalition as a source is no aircraft.
    (
        "Syrische rebellen heroveren dorpen bij Saraqeb",
        None,
        &["territory_change@Saraqib;p=2"],
    ),
    (
        "Government forces attacked SDF positions in the town of Tabqa, wounding several SDF fighters, the coalition said.",
        None,
        &["armed_clash@Tabqa"],
    ),
    // A capture only aimed at is none: the offensive is the event. All of a
    // place is the place.
    (
        "The Army of Conquest announced a bid to capture all of Aleppo.",
        None,
        &[],
    ),
    (
        "The regime launched an offensive to capture eastern Aleppo.",
        None,
        &["ground_offensive@Aleppo"],
    ),
    (
        "Rebels managed to capture all of Saraqeb on Monday.",
        Some("2020-02-04"),
        &["territory_change@Saraqib;p=1;d=2020-02-03"],
    ),
    // A counter-attack is a clash; storming and "opgerukt", an offensive.
    (
        "Bij een tegenaanval van IS in Kirkuk kwamen zeker vijftien mensen om.",
        None,
        &["armed_clash@Kirkuk;f=15"],
    ),
    (
        "IS-strijders bestormden een politiebureau in Kirkuk.",
        None,
        &["ground_offensive@Kirkuk"],
    ),
    (
        "Iraakse troepen zijn donderdag verder opgerukt richting Mosul.",
        Some("2016-10-20"),
        &["ground_offensive@Mosul;p=2;d=2016-10-20"],
    ),
    // A country before "regime" names a side.
    ("Daesh counterattack on Syria regime forces", None, &[]),
    // Missiles that aircraft fire are air strikes; those fired at aircraft,
    // and the airspace they fly over, are no strike on the ground.
    (
        "Israeli jets fired missiles at a base near Homs.",
        None,
        &["airstrike@Homs;p=2"],
    ),
    (
        "Russische gevechtsvliegtuigen vuurden raketten af op een markt in Atareb.",
        None,
        &["airstrike@Al Atārib"],
    ),
    (
        "The Israeli military said it had struck a Syrian anti-aircraft battery east of Damascus after it fired a missile at Israeli jets flying over Lebanon.",
        None,
        &["airstrike@Damascus;p=2"],
    ),
    // "full control" taken is ground taken.
    (
        "U.S.-backed militias said they had taken full control of Raqqa.",
        None,
        &["territory_change@Raqqa"],
    ),
    // Chemical weapons kept, inspected or banned are no attack; used, one.
    (
        "Het doelwit waren een onderzoekscentrum in Barzeh en twee opslagplaatsen voor chemische wapens bij Homs.",
        None,
        &[],
    ),
    // So are drones and missiles kept or traded; struck where they are
    // kept, a strike.
    (
        "De VS vernietigden een opslagplaats voor drones bij Hodeidah.",
        Some("2024-01-12"),
        &[],
    ),
    (
        "Iran sold missiles to the Houthis in Sanaa.",
        Some("2024-01-12"),
        &[],
    ),
    (
        "Amerikaanse jets bombardeerden opslagplaatsen voor drones bij Hodeidah.",
        Some("2024-01-12"),
        &["airstrike@Hodeidah"],
    ),
    (
        "Houthi drones hit a ship near Hodeidah.",
        Some("2024-01-12"),
        &["airstrike@Hodeidah;p=2"],
    ),
    (
        "Chemical weapons inspectors arrived in Damascus on Sunday.",
        None,
        &[],
    ),
    (
        "The regime used chemical weapons in Hama on Tuesday.",
        Some("2017-04-02"),
        &["chemical_attack@Hama;d=2017-03-28"],
    ),
    // "openden … het vuur" with words between, on people: an attack; on
    // protesters, by the state's forces, its excessive force.
    (
        "Soldaten openden vrijdag in Daraa het vuur op demonstranten.",
        Some("2019-10-16"),
        &["excessive_force@Daraa;d=2019-10-11"],
    ),
    (
        "Gewapende mannen openden vrijdag in Daraa het vuur op een café.",
        Some("2019-10-16"),
        &["attack@Daraa;d=2019-10-11"],
    ),
    // Who a coalition is fighting describes it: no clash.
    (
        "The strike was carried out by the US-led coalition fighting Daesh in Syria and Iraq.",
        None,
        &[],
    ),
    (
        "Russia accused a coalition fighting militants in Syria of killing six civilians.",
        None,
        &[],
    ),
    // Control lost is territory changing hands.
    (
        "Koerdische strijders hebben de controle over Tal Abyad verloren.",
        None,
        &["territory_change@Tal Abyad"],
    ),
    // A volley of weapons is their attack, not a noun they complete.
    (
        "Azaz was hit by a barrage of rockets on Sunday.",
        None,
        &["shelling@Azaz"],
    ),
    // Twin or simultaneous bombings are set off on the ground; bombings
    // alone, in this war, are from the air.
    (
        "Twin bombings in Jableh and Tartus killed 148 people.",
        None,
        &["explosion@Jablah;f=74", "explosion@Tartus;f=74"],
    ),
    (
        "Russian bombings of Aleppo killed 20.",
        None,
        &["airstrike@Aleppo;f=20"],
    ),
    // An advance towards a town is an offensive near it.
    (
        "Syrian troops advanced towards Manbij on Sunday.",
        None,
        &["ground_offensive@Manbij;p=2"],
    ),
    (
        "Kurdish fighters were advancing toward Raqqa.",
        None,
        &["ground_offensive@Raqqa;p=2"],
    ),
    // A strike verb after a strike, its subject, tells that strike (and
    // those coordinated with it), whatever it hits.
    (
        "Rockets fired from Idlib hit the Russian Hmeimim air base.",
        None,
        &["shelling@Hmeimim airbase"],
    ),
    (
        "Hours of air strikes and shelling on Saturday struck Jayrud, northeast of Damascus.",
        None,
        &["airstrike@Jayrūd", "shelling@Jayrūd"],
    ),
    (
        "Artillery fire also hit the rebel-held central town of Talbisseh.",
        None,
        &["shelling@Talbiseh"],
    ),
    (
        "Airstrikes have hit a market and other targets in the northwestern Syrian city of Idlib, killing at least 12 people.",
        None,
        &["airstrike@Idlib;f=12"],
    ),
    // A base's demonym is who runs it, not its country.
    (
        "De Russische basis Hmeimim werd beschoten.",
        None,
        &["shelling@Hmeimim airbase"],
    ),
    // A drone that strikes is an air strike; one that films or is shot
    // down is none.
    (
        "Een drone van de coalitie doodde een IS-leider in de buurt van Deir ez-Zor.",
        None,
        &["airstrike@Deir ez-Zor;p=2"],
    ),
    ("A Turkish drone was shot down over Tal Abyad.", None, &[]),
    ("Drone filmt IS-schade in Palmyra", None, &[]),
    // A weapon made, kept or defended against is no attack: the air strike
    // on a rocket factory is one event, and its dead, told in the next
    // sentence under "the strikes", are that event's.
    (
        "Jets destroyed a rocket factory in Masyaf.",
        None,
        &["airstrike@Masyaf"],
    ),
    ("Er werd een raketfabriek gebouwd in Aleppo.", None, &[]),
    (
        "Israeli warplanes struck a facility near Masyaf. The monitor said the strikes destroyed a rocket factory and killed two fighters.",
        None,
        &["airstrike@Masyaf;f=2"],
    ),
    (
        "Rockets hit a factory in Aleppo.",
        None,
        &["shelling@Aleppo"],
    ),
    // Fighting "broke out": it began; people break out "of" a prison.
    (
        "Fierce fighting broke out in Qalamoun on Thursday.",
        None,
        &["armed_clash@Qalamoun"],
    ),
    (
        "Twelve prisoners broke out of a jail in Qamishli.",
        None,
        &["escape@Qamishli"],
    ),
    // People captured are no ground taken; fighters who capture villages
    // take it.
    (
        "IS began murdering the Christian hostages captured from villages near Hasakah.",
        None,
        &[],
    ),
    (
        "On Wednesday IS fighters captured eight villages near Azaz.",
        None,
        &["territory_change@Azaz;p=2"],
    ),
    // What people protest against happened elsewhere.
    (
        "Thousands protested in Qamishli against the incursion.",
        None,
        &["protest@Qamishli"],
    ),
    // An air force's attacks are air strikes.
    (
        "De Israëlische luchtmacht heeft doelen bij Damascus aangevallen.",
        None,
        &["airstrike@Damascus;p=2"],
    ),
    (
        "The Syrian air force attacked rebel positions in Hama.",
        None,
        &["airstrike@Hama"],
    ),
    (
        "Rebels attacked army positions in Hama.",
        None,
        &["armed_clash@Hama"],
    ),
    // Fire opened on people is an attack, which carries their dead (the
    // protesters fired on make no second event); on fighters, a clash; by
    // the state's forces on protesters, ACLED's excessive force against
    // protesters.
    (
        "Iraqi security forces opened fire on protesters in Baghdad, killing at least 13.",
        None,
        &["excessive_force@Baghdad;f=13"],
    ),
    (
        "Gunmen opened fire on protesters in Baghdad, killing at least 13.",
        None,
        &["attack@Baghdad;f=13"],
    ),
    (
        "Gunmen shot dead four protesters in Baghdad on Wednesday.",
        None,
        &["attack@Baghdad;f=4"],
    ),
    // A verb cue after its subject "people" is no noun's complement:
    // "hundreds of people protested" (not "reports of an air strike").
    (
        "In the town of Jenin, hundreds of people protested on Saturday.",
        Some("2024-04-08"),
        &["protest@Jenin;d=2024-04-06"],
    ),
    // Demonyms of more countries are adjectives, not names: "het Griekse
    // Athene", "the Palestinian Yarmuk camp".
    (
        "In het Griekse Athene demonstreerden zaterdag honderden mensen.",
        Some("2024-04-08"),
        &["protest@Athens;d=2024-04-06"],
    ),
    (
        "In Damascus meanwhile the group said a man died after regime shelling a day earlier on the Palestinian Yarmuk camp where a ceasefire has broken down.",
        Some("2014-03-04"),
        &["shelling@Yarmouk camp;f=1"],
    ),
    // One protester is a protest too, and Dutch "protesten"; the dead
    // shot at a protest, no one named who shot them, are its excessive
    // force.
    (
        "Security forces shot dead a protester in Baghdad on Thursday.",
        Some("2023-01-26"),
        &["excessive_force@Baghdad;f=1"],
    ),
    (
        "Bij protesten in Bagdad werd donderdag een demonstrant doodgeschoten.",
        Some("2023-01-26"),
        &["excessive_force@Baghdad;f=1"],
    ),
    (
        "A man was shot dead during protests in Ramallah on Thursday.",
        Some("2023-01-26"),
        &["excessive_force@Ramallah;f=1"],
    ),
    // So is an attack on people or places of civilians, on a village by
    // gunmen; not on a school used as a base, nor on an army post.
    (
        "Last month, gunmen attacked a hotel popular with Chinese businessmen in Kabul, wounding five foreigners.",
        Some("2023-01-11"),
        &["attack@Kabul;f=-;d=2022-12"],
    ),
    (
        "Bij een aanval op een drukke markt in Aleppo kwamen vrijdag twaalf mensen om.",
        None,
        &["attack@Aleppo;f=12"],
    ),
    (
        "Gunmen on motorcycles killed at least 30 people in an attack on a village near Ariha on Monday.",
        None,
        &["attack@Ariha;f=30"],
    ),
    (
        "Rebels killed 30 soldiers in an attack on a village near Ariha on Monday.",
        None,
        &["armed_clash@Ariha;f=30"],
    ),
    (
        "Several IS fighters infiltrated Sarrin and attacked a school being used as a base by the Kurds.",
        None,
        &["armed_clash@Şirrīn ash Shamālīyah"],
    ),
    // Told with one place of civilians as its target, the attack is as
    // sure as a named deed, on a country's side too, and its count goes
    // where the next sentence puts it; not "attacks on civilians" in
    // general, nor beside a surer cue.
    (
        "Bij een aanval op een moskee in het noordwesten van Syrië zijn vrijdag zeker veertig mensen om het leven gekomen. Gewapende mannen openden het vuur op gelovigen tijdens het vrijdaggebed in Atmeh.",
        Some("2024-02-10"),
        &["attack@Atmeh;f=40;d=2024-02-09"],
    ),
    (
        "The UN called for stopping attacks on civilians in Syria.",
        Some("2024-02-10"),
        &[],
    ),
    (
        "At least three children were killed in a rebel rocket attack on a school in Aleppo on Thursday.",
        Some("2016-10-28"),
        &["shelling@Aleppo;f=3;d=2016-10-27"],
    ),
    (
        "Militants attacked an army post near a school in Kabul.",
        None,
        &["armed_clash@Kabul"],
    ),
    // Armed men who kill: civilians suffer an attack, armed men fight a
    // clash; armed men killed are no killers.
    (
        "IS fighters killed at least 20 farmers near Raqqa on Saturday.",
        Some("2019-10-14"),
        &["attack@Raqqa;f=20;p=2;d=2019-10-12"],
    ),
    (
        "Kurdish fighters killed 30 IS militants near Raqqa on Saturday.",
        Some("2019-10-14"),
        &["armed_clash@Raqqa;f=30;p=2;d=2019-10-12"],
    ),
    (
        "31 IS militants killed in northern Syria, the Turkish military says.",
        None,
        &["casualties@Northern Syria;f=31"],
    ),
    // Protesters killed by the state's forces, shot or told dead with no
    // other violence, suffer its excessive force; protesters who burn or
    // stone riot. Not the dead a protest is over, nor a toll of months.
    (
        "Iraqi security forces shot dead four protesters in central Baghdad on Wednesday.",
        Some("2019-11-20"),
        &["excessive_force@Baghdad;f=4;d=2019-11-20"],
    ),
    (
        "Police fired live rounds and tear gas at protesters near a bridge in Baghdad, killing three people.",
        None,
        &["excessive_force@Baghdad;f=3"],
    ),
    (
        "Sudanese security forces killed at least 30 protesters in Khartoum as they broke up a sit-in.",
        None,
        &["excessive_force@Khartoum;f=30"],
    ),
    (
        "Bij de protesten in Bagdad zijn woensdag zeker vijf demonstranten doodgeschoten.",
        Some("2019-11-20"),
        &["excessive_force@Baghdad;f=5;d=2019-11-20"],
    ),
    (
        "Thousands protested in Idlib on Friday against the killing of 12 civilians.",
        Some("2019-11-20"),
        &["protest@Idlib;f=-;d=2019-11-15"],
    ),
    (
        "Protesters in Basra, where 12 people have been killed since October, blocked roads on Wednesday.",
        Some("2019-11-20"),
        &["protest@Basrah;f=-"],
    ),
    (
        "In the southern city of Nasiriyah, protesters set fire to the governor's office on Wednesday.",
        None,
        &["riot@Nasiriyah"],
    ),
    (
        "Demonstrators torched the Iranian consulate in Najaf on Wednesday.",
        None,
        &["riot@Najaf"],
    ),
    (
        "Police set fire to a protest camp in Baghdad on Wednesday.",
        None,
        &["protest@Baghdad"],
    ),
    // A civilian shot dead by the state's forces: the forces are the
    // killers, not the victims of a clash.
    (
        "Iraqi security forces shot dead four civilians in central Baghdad on Wednesday.",
        None,
        &["attack@Baghdad;f=4"],
    ),
    (
        "Unknown assailants shot dead two soldiers in Daraa on Wednesday.",
        None,
        &["armed_clash@Daraa;f=2"],
    ),
    (
        "Gunmen opened fire on a bus in Daraa, killing five passengers.",
        None,
        &["attack@Daraa;f=5"],
    ),
    (
        "Gunmen opened fire at troops near Daraa.",
        None,
        &["armed_clash@Daraa;p=2"],
    ),
    // Taking to the streets is a protest; crossing one is not.
    (
        "In Beiroet gingen tienduizenden mensen de straat op tegen de regering.",
        None,
        &["protest@Beirut"],
    ),
    (
        "Thousands took to the streets of Idlib on Friday.",
        None,
        &["protest@Idlib"],
    ),
    (
        "De agent stak de straat op een zebrapad over in Utrecht.",
        None,
        &[],
    ),
    // Raids by aircraft are air strikes; by special forces, raids.
    (
        "The Syrian warplanes raided ISIL sites in Palmyra.",
        None,
        &["airstrike@Palmyra"],
    ),
    (
        "Russian bombers carried out raids near Raqqa.",
        None,
        &["airstrike@Raqqa"],
    ),
    (
        "US special forces raided a house in Atmeh.",
        None,
        &["raid@Atmeh"],
    ),
    (
        "Coalition raids killed 35 ISIL fighters near Raqqa.",
        None,
        &["airstrike@Raqqa;p=2"],
    ),
    // A capture of people or weapons takes no ground; a town captured by
    // fighters changes hands.
    (
        "Ahrar al-Sham launched an operation in Idlib to capture members of rival groups.",
        None,
        &[],
    ),
    (
        "The town of Ariha was captured by opposition fighters in May.",
        None,
        &["territory_change@Ariha"],
    ),
    // History is no event.
    (
        "Dabiq is the site of a major 16th century battle in northern Syria.",
        None,
        &[],
    ),
    // Dutch puts the participle after a country: the country is the site.
    (
        "Een Nederlandse vrouw werd in Turkije gearresteerd.",
        None,
        &["arrest@Turkey"],
    ),
    (
        "Six killed in US airstrike on Raqqa.",
        None,
        &["airstrike@Raqqa"],
    ),
    (
        "De Syrische stad Manbij is in handen van het regeringsleger gekomen.",
        None,
        &["territory_change@Manbij"],
    ),
    (
        "Raqqa viel dinsdag in handen van de SDF.",
        None,
        &["territory_change@Raqqa"],
    ),
    // A withdrawal is at the place left, and only there.
    (
        "De Koerdische strijders hebben zich zondag teruggetrokken uit de grensstad Ras al-Ain.",
        None,
        &["withdrawal@Ras al-Ain"],
    ),
    (
        "Amerikaanse troepen trokken zich terug uit Manbij en Kobani.",
        None,
        &["withdrawal@Manbij", "withdrawal@Kobani"],
    ),
    (
        "Rebels withdrew from Jayrud overnight.",
        None,
        &["withdrawal@Jayrūd"],
    ),
    (
        "De officier van justitie trok de aanklacht in Den Haag terug.",
        None,
        &[],
    ),
    ("Trump said US troops would withdraw from Syria.", None, &[]),
    // A bomb, one, or a terrorist's, explodes; aircraft bomb.
    (
        "A bomb targeted a bus in Damascus.",
        None,
        &["explosion@Damascus"],
    ),
    (
        "Two terrorist bombings hit a school compound in Homs city on Wednesday.",
        None,
        &["explosion@Homs"],
    ),
    (
        "Coalition jets use the base to bomb positions near Raqqa.",
        None,
        &["airstrike@Raqqa"],
    ),
    // Striking with a military object is a strike; a deal struck is none,
    // nor is a verb whose subject already names the event.
    (
        "Israel struck Iranian military targets near Damascus.",
        None,
        &["airstrike@Damascus;p=2"],
    ),
    ("Turkey and Russia struck a deal in Sochi.", None, &[]),
    ("The sanctions hit the economy in Damascus.", None, &[]),
    (
        "The suicide bombing struck the headquarters of the group in Idlib.",
        None,
        &["suicide_bomb@Idlib"],
    ),
    // A definite generic attack is the strike told just before; an
    // indefinite one is its own.
    (
        "Russische vliegtuigen bombardeerden Idlib. De zwaarste aanval trof maandag een markt in Maarat al-Numan.",
        None,
        &["airstrike@Idlib", "airstrike@Maarat al-Numan"],
    ),
    (
        "Russian jets bombed Idlib. An attack on an army post in Morek killed two soldiers.",
        None,
        &["airstrike@Idlib", "armed_clash@Mūrak;f=2"],
    ),
    // "the province of X" names the province, as "X province" does.
    (
        "At least 327 people have been killed in clashes in the neighbouring province of Aleppo.",
        None,
        &["armed_clash@Aleppo;p=3;f=327"],
    ),
    // Pounding: artillery, or the aircraft's when they are named.
    (
        "Turkse troepen hebben zondag de stad Serêkaniyê (Ras al-Ayn) bestookt.",
        None,
        &["shelling@Ras al-Ain"],
    ),
    (
        "Assad's air force pounded the neighbourhood of Al-Maghayer in Aleppo.",
        None,
        &["airstrike@Aleppo"],
    ),
    // Kurdish names.
    (
        "In Til Temir en Tirbespiyê vielen granaten.",
        None,
        &["shelling@Tal Tamr", "shelling@Qahtaniyah"],
    ),
    // A place's possessive before an authority is an affiliation.
    (
        "Turkish-backed fighters have entered the centre of Ras al-Ain, Turkey's defence ministry says.",
        None,
        &["ground_offensive@Ras al-Ain"],
    ),
    // The prosecution's account of a defendant's deeds reports no event.
    (
        "Volgens het Openbaar Ministerie vocht hij mee bij de verdediging van Raqqa en was hij betrokken bij executies in Deir ez-Zor.",
        None,
        &[],
    ),
    (
        "Prosecutors say he took part in executions in Raqqa.",
        None,
        &[],
    ),
    // The one accused is no site.
    (
        "The United States accused Damascus of the chemical attack.",
        None,
        &[],
    ),
    // A headline's present tense: the aircraft bomb, no bomb explodes.
    (
        "Russian jets bomb hospital in Idlib",
        None,
        &["airstrike@Idlib"],
    ),
    (
        "Warplanes bomb rebel-held Idlib",
        None,
        &["airstrike@Idlib"],
    ),
    (
        "Car bomb kills 12 in Idlib",
        None,
        &["explosion@Idlib;f=12"],
    ),
    (
        "Bij een luchtaanval op Idlib vielen bommen op een markt.",
        None,
        &["airstrike@Idlib"],
    ),
    // Dutch
    (
        "De hulpverleenster werd eind 2013 in Idlib ontvoerd.",
        None,
        &["abduction@Idlib"],
    ),
    (
        "Gunmen abducted an aid worker in the town of Azaz.",
        None,
        &["abduction@Azaz"],
    ),
    // A charge's reason is no event where it is filed.
    (
        "De vader heeft in Nederland aangifte gedaan wegens ontvoering.",
        None,
        &[],
    ),
    (
        "Zes soldaten kwamen om bij een hinderlaag bij Palmyra.",
        None,
        &["armed_clash@Palmyra;f=6"],
    ),
    (
        "The army ambushed and killed 15 militants near Qusayr.",
        None,
        &["armed_clash@Qusayr;f=15"],
    ),
    (
        "Russische gevechtsvliegtuigen hebben de stad Saraqib gebombardeerd.",
        None,
        &["airstrike@Saraqib"],
    ),
    (
        "Bij luchtaanvallen op Douma kwamen twaalf burgers om.",
        None,
        &["airstrike@Douma;f=12"],
    ),
    (
        "Het regime wierp vatbommen af boven Daraa.",
        None,
        &["airstrike@Daraa"],
    ),
    (
        "Het Turkse leger heeft Afrin beschoten met artillerie.",
        None,
        &["shelling@Afrin"],
    ),
    (
        "Rebellen vuurden raketten af op Latakia.",
        None,
        &["shelling@Latakia"],
    ),
    (
        "In Jarabulus is een autobom ontploft.",
        None,
        &["explosion@Jarabulus"],
    ),
    (
        "Bij een zelfmoordaanslag in Qamishli vielen zeker 20 doden.",
        None,
        &["suicide_bomb@Qamishli;f=20"],
    ),
    (
        "Er werd gifgas gebruikt in Khan Shaykhun.",
        None,
        &["chemical_attack@Khan Shaykhun"],
    ),
    (
        "Er wordt hevig gevochten in Manbij.",
        None,
        &["armed_clash@Manbij"],
    ),
    (
        "Koerdische strijders leverden een vuurgevecht met IS bij Hajin.",
        None,
        &["armed_clash@Hajin;p=2"],
    ),
    (
        "Turkse troepen zijn Afrin binnengevallen.",
        None,
        &["ground_offensive@Afrin"],
    ),
    // A separable verb's particle far after its verb, at the sentence's
    // end; not "binnen" a preposition that far on.
    (
        "Donderdag trokken Turkse troepen en hun Syrische bondgenoten het stadje Tal Abyad binnen.",
        None,
        &["ground_offensive@Tal Abyad"],
    ),
    (
        "De Turkse troepen trokken volgens de Koerden met tientallen voertuigen langs Tal Abyad binnen een uur naar het oosten.",
        None,
        &[],
    ),
    // Shells, Dutch as English.
    (
        "Turkse granaten raakten een gevangenis in Qamishli.",
        None,
        &["shelling@Qamishli"],
    ),
    (
        "Het leger begon een grondoffensief in de provincie Idlib.",
        None,
        &["ground_offensive@Idlib;p=3"],
    ),
    (
        "Regeringstroepen hebben Maarat al-Numan veroverd.",
        None,
        &["territory_change@Maarat al-Numan"],
    ),
    (
        "De rebellen hebben de stad Saraqib heroverd.",
        None,
        &["territory_change@Saraqib"],
    ),
    (
        "Amerikaanse commando's voerden een inval uit in Atmeh.",
        None,
        &["raid@Atmeh"],
    ),
    (
        "IS heeft in Raqqa drie mannen geëxecuteerd.",
        None,
        &["attack@Raqqa"],
    ),
    (
        "In Azaz zijn vijf verdachten gearresteerd.",
        None,
        &["arrest@Azaz"],
    ),
    (
        "Tientallen gevangenen zijn ontsnapt uit een gevangenis in Hasakah.",
        None,
        &["escape@Al-Hasakah"],
    ),
    (
        "Duizenden inwoners van Afrin zijn op de vlucht geslagen.",
        None,
        &["displacement@Afrin"],
    ),
    (
        "Honderden mensen hielden een betoging in Idlib.",
        None,
        &["protest@Idlib"],
    ),
    (
        "Bij rellen in Suwayda raakten agenten gewond.",
        None,
        &["riot@As-Suwayda"],
    ),
    (
        "In Deir ez-Zor zijn 15 mensen om het leven gekomen.",
        None,
        &["casualties@Deir ez-Zor;f=15"],
    ),
    // English
    (
        "Russian warplanes struck Khan Shaykhun on Tuesday.",
        None,
        &["airstrike@Khan Shaykhun"],
    ),
    (
        "An air strike hit a market in Douma, killing 25 people.",
        None,
        &["airstrike@Douma;f=25"],
    ),
    (
        "Government forces shelled the town of Kafr Nabl.",
        None,
        &["shelling@Kafr Nabl"],
    ),
    ("A car bomb exploded in Azaz.", None, &["explosion@Azaz"]),
    (
        "Clashes erupted in Deir ez-Zor.",
        None,
        &["armed_clash@Deir ez-Zor"],
    ),
    (
        "Rebels captured the town of Jisr al-Shughur.",
        None,
        &["territory_change@Jisr al-Shughur"],
    ),
    (
        "Thousands fled Raqqa as fighting intensified.",
        None,
        &["displacement@Raqqa"],
    ),
    ("Protesters gathered in Daraa.", None, &["protest@Daraa"]),
    (
        "Hundreds joined a protest in Daraa.",
        None,
        &["protest@Daraa"],
    ),
    (
        "A chemical attack on Douma killed dozens.",
        None,
        &["chemical_attack@Douma;f=12"],
    ),
    (
        "Special forces carried out a raid near Atmeh.",
        None,
        &["raid@Atmeh;p=2"],
    ),
    // An attack, shelling or fighting "from the air" is an air strike.
    (
        "Een Turks konvooi werd maandag bij Morek vanuit de lucht bestookt.",
        Some("2019-08-20"),
        &["airstrike@Mūrak;d=2019-08-19"],
    ),
    (
        "A Turkish convoy was attacked from the air near Morek on Monday, killing three soldiers.",
        Some("2019-08-20"),
        &["airstrike@Mūrak;f=3;d=2019-08-19"],
    ),
    (
        "Rebels attacked an army post near Morek on Monday.",
        Some("2019-08-20"),
        &["armed_clash@Mūrak;d=2019-08-19"],
    ),
    // A raid in which armed men kill civilians is an attack on them; a
    // police raid that kills gunmen stays a raid.
    (
        "Suspected Boko Haram fighters killed 15 villagers in an overnight raid on a village near Maiduguri.",
        Some("2020-01-01"),
        &["attack@Maiduguri;f=15;p=2"],
    ),
    (
        "Police raided a house in Maiduguri, killing two gunmen.",
        Some("2020-01-01"),
        &["raid@Maiduguri;f=2"],
    ),
    // Armed men firing at a vehicle, a post or civilians ("beschoten") fire
    // guns; at a town, or with mortars, they shell it.
    (
        "Schutters beschoten een bus met pelgrims bij Homs.",
        Some("2020-01-01"),
        &["attack@Homs"],
    ),
    (
        "Strijders beschoten een legerpost bij Hama.",
        Some("2020-01-01"),
        &["armed_clash@Hama"],
    ),
    (
        "Rebellen beschoten Aleppo met mortiergranaten.",
        Some("2020-01-01"),
        &["shelling@Aleppo"],
    ),
    // Strikes told in the present perfect "this year" are the year's so
    // far, no event; a month "this year" dates one. A capital before a
    // negated auxiliary is its government.
    (
        "Turkey has carried out dozens of drone strikes in Kurdish-held areas of northern Syria this year.",
        Some("2020-05-01"),
        &[],
    ),
    (
        "Turkije heeft dit jaar tientallen droneaanvallen uitgevoerd in Noord-Syrië.",
        Some("2020-05-01"),
        &[],
    ),
    (
        "Turkish jets struck Afrin in March this year.",
        Some("2020-05-01"),
        &["airstrike@Afrin;d=2020-03"],
    ),
    (
        "A Turkish drone strike killed three people in Qamishli on Thursday. Ankara did not comment on Thursday's strike.",
        Some("2020-05-01"),
        &["airstrike@Qamishli;f=3;d=2020-04-30"],
    ),
    // Markets lose per cent, currencies are attacked in words, and fans
    // storm a pitch: no events.
    (
        "De beurs in Istanbul verloor maandag 5 procent na een aanval op de lira.",
        Some("2020-05-01"),
        &[],
    ),
    (
        "Assad's government has regained control of 55 percent of the country, including the cities of Damascus and Aleppo.",
        Some("2020-05-01"),
        &[],
    ),
    (
        "Na afloop bestormden supporters het veld in Eindhoven.",
        Some("2020-05-01"),
        &[],
    ),
    // One attack like the strike told just before is of its type.
    (
        "Bij een beschieting door het Syrische leger op een Turkse observatiepost bij Taftanaz zijn maandag vijf Turkse militairen om het leven gekomen. Vorige week kwamen bij een vergelijkbare aanval bij Saraqeb al zeven Turkse militairen om.",
        Some("2020-02-10"),
        &[
            "shelling@Taftanāz;f=5;d=2020-02-10",
            "shelling@Saraqib;f=7;d=2020-02",
        ],
    ),
    // A place that opens the sentence as its frame, set off by a comma, is
    // where all of it happened, past "while"; fire opened with no one named
    // after it on people told killed before it is an attack on them.
    (
        "In Chernihiv, at least 10 people were killed on Wednesday while queuing for bread when Russian forces opened fire, the US embassy said.",
        Some("2022-03-17"),
        &["attack@Chernihiv;f=10;d=2022-03-16"],
    ),
    (
        "Two soldiers were killed in Chernihiv when Russian forces opened fire.",
        Some("2022-03-17"),
        &["armed_clash@Chernihiv;f=2"],
    ),
    // "battling" in the past progressive is a battle; a coalition
    // "battling IS" is only named.
    (
        "Israeli forces were still battling Hamas gunmen near Sderot on Monday.",
        Some("2023-10-09"),
        &["armed_clash@Sderot;d=2023-10-09;p=2"],
    ),
    (
        "He is a member of the Syrian Democratic Forces, an Arab-Kurdish coalition battling IS in northern Syria.",
        Some("2023-10-09"),
        &[],
    ),
    // Fighters who surrender give up the place; a suspect who surrenders
    // to the police does not.
    (
        "De laatste strijders van de terreurgroep gaven zich zaterdag over in het dorp Baghuz.",
        Some("2019-03-23"),
        &["territory_change@Baghuz;d=2019-03-23"],
    ),
    (
        "Hundreds of IS fighters surrendered in Baghuz on Saturday.",
        Some("2019-03-23"),
        &["territory_change@Baghuz;d=2019-03-23"],
    ),
    (
        "Een verdachte gaf zich zaterdag over aan de politie in Amsterdam.",
        Some("2019-03-23"),
        &[],
    ),
    // In the Dutch active perfect the ones shot dead stand between the
    // auxiliary and the participle: children, an attack; soldiers, a clash.
    (
        "Een scherpschutter van het Syrische leger heeft vrijdag in de stad Daraa twee kinderen doodgeschoten.",
        Some("2018-05-05"),
        &["attack@Daraa;f=2;d=2018-05-04"],
    ),
    (
        "Rebellen hebben vrijdag in Daraa twee soldaten doodgeschoten.",
        Some("2018-05-05"),
        &["armed_clash@Daraa;f=2;d=2018-05-04"],
    ),
    // Dutch perfects put the participle last: a drone that "heeft … een
    // auto getroffen" struck; men who "hebben … een hotel bestormd"
    // attacked it.
    (
        "Een Amerikaanse drone heeft dinsdag bij Idlib een auto getroffen, waarbij twee leiders van al-Qaeda omkwamen.",
        Some("2016-07-26"),
        &["airstrike@Idlib;f=2;d=2016-07-26"],
    ),
    (
        "Een drone heeft dinsdag boven Idlib beelden gemaakt.",
        Some("2016-07-26"),
        &[],
    ),
    (
        "Gewapende mannen hebben zondag in Mogadishu een hotel bestormd en tientallen gasten gegijzeld.",
        Some("2016-07-26"),
        &["attack@Mogadishu;d=2016-07-24"],
    ),
    // Troops that force their way in ("binnengedrongen", "drongen …
    // binnen") advance.
    (
        "Turkse troepen zijn zaterdag het centrum van Ras al-Ain binnengedrongen.",
        Some("2019-10-12"),
        &["ground_offensive@Ras al-Ain;d=2019-10-12"],
    ),
    // The one asked is no site: "vroegen Damascus om hulp".
    (
        "De Koerden vroegen Damascus om hulp tegen het Turkse offensief.",
        Some("2019-10-14"),
        &[],
    ),
    // Explosives found are no explosion.
    (
        "Bij een doorzoeking van een woning in Arnhem werden vuurwapens en explosieven gevonden.",
        Some("2020-01-01"),
        &[],
    ),
    (
        "Bij een explosie in Arnhem vielen twee doden.",
        Some("2020-01-01"),
        &["explosion@Arnhem;f=2"],
    ),
    // Men who storm a place of civilians attack it; fire opened on a
    // congregation is an attack on civilians.
    (
        "Gunmen stormed a church in Homs on Sunday, killing 12 worshippers.",
        Some("2019-08-20"),
        &["attack@Homs;f=12;d=2019-08-18"],
    ),
    // Also a parliament, a shrine, a theatre, a university.
    (
        "Four attackers stormed the parliament building in central Tehran, opening fire on guards.",
        None,
        &["attack@Tehran"],
    ),
    (
        "Schutters bestormden dinsdag een universiteit in Kabul.",
        Some("2020-11-03"),
        &["attack@Kabul;d=2020-11-03"],
    ),
    (
        "The attackers opened fire on the congregation in Homs.",
        Some("2019-08-20"),
        &["attack@Homs"],
    ),
    (
        "Government troops stormed the town of Morek on Sunday.",
        Some("2019-08-20"),
        &["ground_offensive@Mūrak;d=2019-08-18"],
    ),
    // One man who fought, told with the subject after the verb, tells a
    // life, and the battles he fought in with it; rebels who fought, a
    // battle.
    (
        "Volgens justitie vocht hij mee bij gevechten rond Raqqa.",
        Some("2019-08-20"),
        &[],
    ),
    (
        "In Raqqa vochten rebellen tegen het leger.",
        Some("2019-08-20"),
        &["armed_clash@Raqqa"],
    ),
    // A protest told in the impersonal passive; fire set by protesters
    // ("staken … in brand", not "staken", ceasing) is a riot.
    (
        "In Nasiriyah werd gedemonstreerd.",
        Some("2019-10-05"),
        &["protest@Nasiriyah"],
    ),
    (
        "Betogers staken in Nasiriyah het kantoor van een partij in brand.",
        Some("2019-10-05"),
        &["riot@Nasiriyah"],
    ),
    (
        "De rebellen staken de strijd in Idlib.",
        Some("2019-10-05"),
        &[],
    ),
    // Forces that enter a place under a deal take it over without a
    // fight (ACLED's non-violent transfer of territory); "the old quarter
    // of" a town is in it.
    (
        "Syrian government forces entered the rebel-held old quarter of Daraa city on Wednesday under a Russian-brokered deal that ended weeks of fighting.",
        Some("2021-09-08"),
        &["withdrawal@Daraa"],
    ),
    (
        "Syrische regeringstroepen trokken woensdag Daraa binnen na een akkoord met de rebellen.",
        Some("2021-09-08"),
        &["withdrawal@Daraa"],
    ),
    (
        "Syrian troops entered Daraa on Wednesday.",
        Some("2021-09-08"),
        &["ground_offensive@Daraa"],
    ),
    (
        "Shells hit the Christian quarter of Damascus.",
        Some("2021-09-08"),
        &["shelling@Damascus"],
    ),
];

const SITES: &[Case] = &[
    // A list of the cue's objects, with its commas and its "and", counts
    // as its last item in the cue's reach; a clause after a comma does
    // not.
    (
        "Gunmen attacked a concert hall, restaurants and the national stadium in Paris on Friday \
         night, killing at least 129 people.",
        Some("2015-11-14"),
        &["attack@Paris;f=129;d=2015-11-13"],
    ),
    (
        "Russian jets struck near the Bab al-Hawa border crossing on Sunday, hitting lorries and a \
         gas plant near Sarmada.",
        Some("2021-03-22"),
        &["airstrike@Bab al-Hawa crossing;p=2"],
    ),
    // A town before a Dutch clause's last verbs, its finite verb and
    // subject told before it, is the object; after an inverting phrase, a
    // capital there is the subject.
    (
        "Turkse jets zouden zondag Tal Abyad hebben gebombardeerd.",
        Some("2019-10-14"),
        &["airstrike@Tal Abyad;d=2019-10-13"],
    ),
    (
        "Volgens Turkije zou Damascus hebben gebombardeerd.",
        Some("2019-10-14"),
        &[],
    ),
    // A deed told hours after an event, with no place of its own, happened
    // where that one did (its most precise place).
    (
        "A suspected chemical attack on the rebel-held town of Khan Sheikhoun in Idlib province \
         killed at least 58 people on Tuesday. Hours later, air strikes hit a hospital where \
         victims were being treated.",
        Some("2017-04-05"),
        &[
            "chemical_attack@Khan Shaykhun;f=58;d=2017-04-04",
            "airstrike@Khan Shaykhun;d=2017-04-04",
        ],
    ),
    // A distance from a place after the site is the site's apposition:
    // that place is its reference point, past its noun and the group
    // that holds it.
    (
        "Koerdische strijders hebben de stad Ain Issa, op vijftig kilometer van de IS-hoofdstad \
         Raqqa, heroverd op Islamitische Staat.",
        Some("2015-06-30"),
        &["territory_change@Ain Issa"],
    ),
    (
        "Kurdish fighters captured Ain Issa, about 50 km from the city of Raqqa, on Monday.",
        Some("2015-06-30"),
        &["territory_change@Ain Issa"],
    ),
    (
        "Coalition jets bombed the IS capital Raqqa on Monday.",
        Some("2015-06-30"),
        &["airstrike@Raqqa;p=1"],
    ),
    // What was on its way to a town was hit near it, unless its sentence
    // names where it was hit.
    (
        "Een Turks legerkonvooi dat op weg was naar een observatiepost in Morek werd maandag bij \
         Maarat al-Noeman door een luchtaanval getroffen.",
        Some("2019-08-20"),
        &["airstrike@Maarat al-Numan;p=2"],
    ),
    (
        "A Turkish convoy on its way to Morek was hit by an air strike near Maarat al-Numan on \
         Monday.",
        Some("2019-08-20"),
        &["airstrike@Maarat al-Numan;p=2"],
    ),
    (
        "Een konvooi dat op weg was naar Ras al-Ain werd maandag gebombardeerd.",
        Some("2019-10-15"),
        &["airstrike@Ras al-Ain;p=2"],
    ),
    // A verb joined right after a place, with a site of its own, is
    // another deed: the place before "en" is the first verb's.
    (
        "Israël voerde zondag luchtaanvallen uit op militaire doelen bij Damascus en trok met \
         troepen de bufferzone op de Golanhoogvlakte binnen.",
        Some("2024-12-08"),
        &["airstrike@Damascus", "ground_offensive@Golan Heights"],
    ),
    (
        "The army broke the siege on Deir ez-Zor and is fighting to liberate the city.",
        Some("2017-09-06"),
        &["armed_clash@Deir ez-Zor"],
    ),
    // A Dutch shooting with its dead counted is placed by "daar".
    (
        "In het kamp al-Hol brak dinsdag een opstand uit. Bewakers schoten daar twee vrouwen dood.",
        Some("2019-10-01"),
        &["attack@al-Hol;f=2;d=2019-10-01"],
    ),
    // The first-level divisions of the other wars the built-in gazetteer
    // covers, at their seats where the table's centroid is astray; not one
    // named like a sea or a river.
    (
        "Taliban fighters attacked police posts in Helmand province on Sunday.",
        Some("2023-04-17"),
        &["armed_clash@Helmand;p=3;d=2023-04-16"],
    ),
    (
        "Three aid workers were killed in clashes in North Darfur on Saturday.",
        Some("2023-04-17"),
        &["armed_clash@North Darfur;p=3;f=3;d=2023-04-15"],
    ),
    (
        "Houthi rebels attacked a ship in the Red Sea on Monday.",
        Some("2024-01-16"),
        &[],
    ),
    // The agent of a participle before a noun is no site: "de door Moskou
    // aangestelde burgemeester".
    (
        "In het door Rusland bezette Nova Kachovka kwamen volgens de door Moskou aangestelde \
         burgemeester zeven mensen om.",
        Some("2023-06-07"),
        &["casualties@Nova Kakhovka;f=7"],
    ),
    // A building told with "the" is in the town a sentence before
    // introduced it in, for dead counted there; Dutch counts the people
    // after the day and place put before them.
    (
        "IS heeft in de Syrische stad Palmyra een deel van het Romeinse theater vernield. De \
         jihadisten executeerden donderdag in het theater twaalf mensen.",
        Some("2017-01-22"),
        &["attack@Palmyra;f=12;d=2017-01-19"],
    ),
    (
        "Jihadisten doodden donderdag in het centrum van Aleppo twaalf mensen.",
        Some("2017-01-22"),
        &["attack@Aleppo;f=12;d=2017-01-19"],
    ),
    // (Not a deed without dead, as often another's account of the one
    // before.)
    (
        "Strijders van IS hebben woensdagavond de al-Nuri-moskee in Mosul opgeblazen. IS beweert dat \
         een Amerikaanse luchtaanval de moskee heeft verwoest.",
        Some("2017-06-22"),
        &["explosion@Mosul;d=2017-06-21"],
    ),
    // Places listed after an anaphor object are the cue's sites too, and
    // the anaphor keeps its own; a preposition said again joins the list.
    (
        "Rebels withdrew from Khan Sheikhoun on Tuesday. By Friday the army had taken full control of \
         the town and of Kafr Zita, Latamneh and Morek.",
        Some("2019-08-24"),
        &[
            "withdrawal@Khan Shaykhun;d=2019-08-20",
            "territory_change@Khan Shaykhun;d=2019-08-23",
            "territory_change@Kafr Zaytā;d=2019-08-23",
            "territory_change@Latamneh;d=2019-08-23",
            "territory_change@Mūrak;d=2019-08-23",
        ],
    ),
    (
        "The army took control of Khan Sheikhoun and of Kafr Zita.",
        Some("2019-08-24"),
        &[
            "territory_change@Khan Shaykhun",
            "territory_change@Kafr Zaytā",
        ],
    ),
    // A country's strikes do not move to the place of the deed they
    // answer or follow, in the headline or the text; the headline's deed
    // after "after"/"na" is the earlier one the text dates.
    (
        "US strikes Syria after chemical attack in Douma\n\nThe United States struck targets in Syria on \
         Saturday in response to a suspected chemical attack in Douma on April 7 that killed dozens.",
        Some("2018-04-15"),
        &[
            "airstrike@Syria;p=3;d=2018-04-14",
            "chemical_attack@Douma;f=12;d=2018-04-07",
        ],
    ),
    (
        "Westerse aanvallen op Syrische doelen na gifgasaanval Douma\n\nDe Verenigde Staten hebben \
         zaterdag raketaanvallen uitgevoerd op doelen in Syrië. Ze reageren daarmee op een vermoedelijke \
         gifgasaanval in Douma op 7 april, waarbij tientallen doden vielen.",
        Some("2018-04-15"),
        &[
            "shelling@Syria;p=3;d=2018-04-14",
            "chemical_attack@Douma;f=10;d=2018-04-07",
        ],
    ),
    // A country before what it owns is no site; a news agency named after
    // its noun is no place.
    (
        "A drone attack on a small US outpost in northeastern Jordan killed three US service members on Sunday.",
        Some("2024-01-29"),
        &["airstrike@Jordan;f=3;d=2024-01-28"],
    ),
    (
        "Het Syrische leger is dinsdag Manbij binnengetrokken, meldt het staatspersbureau Sana.",
        Some("2019-10-15"),
        &["ground_offensive@Manbij"],
    ),
    (
        "Turkish jets bombed Manbij, the state news agency Petra reported.",
        Some("2019-10-15"),
        &["airstrike@Manbij"],
    ),
    // "also", "ook" carry no content: they do not put a place out of a
    // cue's reach.
    (
        "Meanwhile the rebel-held Handarat district just a few miles north of Aleppo also came under fire.",
        Some("2016-09-20"),
        &["armed_clash@Handarat"],
    ),
    // A reason or a concession told first is not the main clause's: its
    // place is not where the main verb happened.
    (
        "Omdat het leven in Libanon zwaar was, zijn we naar Nederland gevlucht.",
        Some("2019-10-01"),
        &[],
    ),
    (
        "Because life in Lebanon was hard, we fled to the Netherlands.",
        Some("2019-10-01"),
        &[],
    ),
    (
        "Omdat de beschietingen doorgingen, zijn duizenden inwoners uit Aleppo gevlucht.",
        Some("2019-10-01"),
        &["displacement@Aleppo"],
    ),
    // One sense per article: a name the text calls a province elsewhere,
    // and never a city, is that province where it stands bare; called a
    // city elsewhere, the city.
    (
        "Rusland en Turkije spraken een bestand af voor de Syrische provincie Idlib. Bijna een miljoen mensen zijn in Idlib op de vlucht geslagen.",
        Some("2020-03-06"),
        &["displacement@Idlib;p=3"],
    ),
    (
        "Jets bombed the city of Idlib on Monday. Rebels in Idlib province fought the army. Air strikes hit Idlib on Tuesday.",
        Some("2020-03-06"),
        &[
            "airstrike@Idlib;d=2020-03-02;p=1",
            "armed_clash@Idlib;p=3",
            "airstrike@Idlib;d=2020-03-03;p=1",
        ],
    ),
    // Israel's border towns below the population threshold are in the
    // built-in gazetteer (data/include.csv).
    (
        "Hezbollah fired rockets at Israeli troops near the border town of Metula. A rocket hit a football pitch in Majdal Shams on Saturday, killing 12 children.",
        Some("2024-07-29"),
        &[
            "shelling@Metulla;p=2",
            "shelling@Majdal Shams;f=12;d=2024-07-27",
        ],
    ),
    // A relative clause of place after a Dutch verb's particle ("viel …
    // Hasakah aan, waar …") tells what happened at that name.
    (
        "IS viel de stad Hasakah aan, waar de strijders twee wijken veroverden.",
        Some("2015-06-26"),
        &["territory_change@Al-Hasakah"],
    ),
    // The verbs of breaking out put no distance between a cue and its
    // place.
    (
        "Clashes broke out at the Al-Aqsa mosque compound in Jerusalem.",
        Some("2024-01-10"),
        &["armed_clash@Jerusalem"],
    ),
    // Lebanon's Bekaa is a governorate, at precision 3.
    (
        "Israeli jets struck Hezbollah targets in the Bekaa Valley on Monday. Israëlische straaljagers bombardeerden dinsdag doelen in de Bekaa-vallei.",
        Some("2019-05-08"),
        &[
            "airstrike@Beqaa;d=2019-05-06;p=3",
            "airstrike@Beqaa;d=2019-05-07;p=3",
        ],
    ),
    // A place as a label before a colon frames its line, where the line
    // names no other site.
    (
        "Idlib: 12 killed in Russian strikes",
        Some("2019-05-08"),
        &["airstrike@Idlib;f=12"],
    ),
    (
        "Aleppo: Russian strikes kill 12 in Idlib",
        Some("2019-05-08"),
        &["airstrike@Idlib;f=12"],
    ),
    // A toll's hedge and the Dutch phrase of dying put no distance between
    // a cue and its place.
    (
        "In Oost-Ghouta zijn sinds zondag meer dan 500 mensen om het leven gekomen door bombardementen van het Syrische regime.",
        Some("2018-02-24"),
        &["airstrike@Eastern Ghouta;f=500;p=3"],
    ),
    // A headline's country event, dated only by the article, is the finer
    // one the text dates a day before; a place across the border of one
    // country's region is not in it.
    (
        "Turkey launches air strikes on Kurdish militants in Syria and Iraq\n\nTurkey carried out air strikes on Kurdish militant bases in northern Syria and northern Iraq on Sunday. The Kurdish-led SDF said the strikes hit the city of Derik.",
        Some("2022-11-21"),
        &[
            "airstrike@Northern Iraq;d=2022-11-20;p=3",
            "airstrike@Northern Syria;d=2022-11-20;p=3",
            "airstrike@al-Malikiyah;d=2022-11-20",
        ],
    ),
    // An item of a list set off by a comma, before the "and" that closes
    // it, shares the list's verb; a border crossing is a place.
    (
        "The strikes targeted a research centre in Damascus, a chemical weapons storage facility west of Homs and a command post near Homs, the Pentagon said.",
        Some("2018-04-14"),
        &["airstrike@Damascus", "airstrike@Homs;p=2"],
    ),
    (
        "Russian jets struck near the Bab al-Hawa border crossing with Turkey, hitting fuel depots and a gas station.",
        Some("2021-03-21"),
        &["airstrike@Bab al-Hawa crossing;p=2"],
    ),
    // Bases in the news (data/curated.csv); one used to strike from is
    // where the jets left.
    (
        "Rockets hit Ain al-Asad air base in western Iraq on Wednesday.",
        Some("2020-01-09"),
        &["shelling@Ain al-Asad airbase;d=2020-01-08"],
    ),
    (
        "The US and allies use the Incirlik air base in southern Turkey to bomb ISIS positions in Raqqa.",
        Some("2016-07-18"),
        &["airstrike@Raqqa"],
    ),
    // A country right after a Dutch auxiliary of the active is the
    // clause's subject, who did it.
    (
        "Eerder op zondag had Iran volgens Israël een raket afgevuurd op de Golanhoogten.",
        Some("2019-01-21"),
        &["shelling@Golan Heights;d=2019-01-20"],
    ),
    // A cue whose object is "the town" has its place: the one named
    // before, not a place after that object. A town left is one named
    // before too.
    (
        "Rebels have held Khan Sheikhoun since 2014. The capture of the town, which lies on the main highway, leaves a Turkish observation post in Morek encircled.",
        Some("2019-08-23"),
        &["territory_change@Khan Shaykhun;d=2019-08-23"],
    ),
    (
        "Rebels withdrew from Khan Sheikhoun on Tuesday. Government forces captured the town on Friday.",
        Some("2019-08-23"),
        &[
            "withdrawal@Khan Shaykhun;d=2019-08-20",
            "territory_change@Khan Shaykhun;d=2019-08-23",
        ],
    ),
    (
        "Het leger trok zich dinsdag terug uit Khan Sheikhoun. Regeringstroepen veroverden de stad vrijdag.",
        Some("2019-08-23"),
        &[
            "withdrawal@Khan Shaykhun;d=2019-08-20",
            "territory_change@Khan Shaykhun;d=2019-08-23",
        ],
    ),
    // (Not one placed right after it: "the air raid on the camp near the
    // village of Shajara".)
    (
        "Seven people were wounded in the air raid on the camp near the southern village of Shajara.",
        Some("2014-06-18"),
        &["airstrike@Ash Shajarah;p=2"],
    ),
    // Troops that pull back in the place opening the sentence leave it.
    (
        "In de stad Manbij trokken Amerikaanse troepen zich donderdag terug.",
        Some("2019-10-14"),
        &["withdrawal@Manbij;d=2019-10-10"],
    ),
    // A protest's cause is a place's only when it is a deed there:
    // protests against corruption in Baghdad are in Baghdad.
    (
        "Bij protesten tegen corruptie en werkloosheid in de Iraakse hoofdstad Bagdad zijn woensdag twee demonstranten om het leven gekomen.",
        Some("2019-10-02"),
        &["excessive_force@Baghdad;f=2"],
    ),
    (
        "Thousands protested in Berlin against the Turkish offensive in Syria.",
        Some("2019-10-12"),
        &["protest@Berlin"],
    ),
    // A river is a site only where its sentence names no other place,
    // and not in an operation's name. An "as" clause with no deed of its
    // own is the first's; who holds a town is no word between.
    (
        "Russian air strikes killed at least 14 civilians as they were crossing the Euphrates river near the militant-held town of Al Mayadeen in eastern Syria.",
        Some("2017-10-06"),
        &["airstrike@Mayadin;f=14"],
    ),
    (
        "Pro-regeringssoldaten hebben geschoten op een militair hoofdkwartier van de SDF nabij de rivier Eufraat.",
        Some("2018-02-08"),
        &["armed_clash@Euphrates"],
    ),
    (
        "The group has been fighting in Ankara's offensive dubbed Euphrates Shield in 2016.",
        Some("2018-02-08"),
        &[],
    ),
    // A frame with its place noun holds the sentence too.
    (
        "In the town of Baniyas, residents said gunmen went from house to house and shot dead men in front of their families.",
        Some("2025-03-09"),
        &["attack@Baniyas"],
    ),
    // A headline's "as" clause that opens with its place is a second
    // happening there; "as" is no Arabic article before it.
    (
        "Israeli strikes hit Damascus as Sweida fighting rages",
        Some("2025-07-16"),
        &["airstrike@Damascus", "armed_clash@As-Suwayda"],
    ),
    // A town lies in a province, not in the town of its name: "a key
    // town in Idlib" is in Idlib province (precision 3). A quarter lies
    // in the city.
    (
        "Forces seized a key town in Idlib on Thursday.",
        Some("2020-02-21"),
        &["territory_change@Idlib;d=2020-02-20;p=3"],
    ),
    (
        "Gunmen attacked a village in Aleppo.",
        Some("2020-02-21"),
        &["attack@Aleppo;p=3"],
    ),
    (
        "Gunmen attacked a village near Aleppo.",
        Some("2020-02-21"),
        &["attack@Aleppo;p=2"],
    ),
    (
        "Government forces shelled the city of Izraa in Daraa.",
        Some("2020-02-21"),
        &["shelling@Izra‘;p=1"],
    ),
    // (Not a noun of the sentence before: "steden. In Kyiv" is the city.)
    (
        "Rusland heeft raketten afgevuurd op Oekraïense steden. In Kyiv kwamen zeker vijf mensen om het leven.",
        Some("2024-01-01"),
        &["casualties@Kyiv;f=5;p=1"],
    ),
    (
        "Granaten troffen een wijk in Aleppo.",
        Some("2020-02-21"),
        &["shelling@Aleppo;p=1"],
    ),
    // The Dutch speaker told after the words, verb first: where he
    // spoke is no site. (A noun's place is: "over de luchtaanval in
    // Idlib".)
    (
        "Bij een luchtaanval kwamen twaalf mensen om, zei de minister in Damascus.",
        None,
        &[],
    ),
    (
        "Het dorp viel in handen van IS, zegt de Turkse minister Akar dinsdag in Ankara.",
        None,
        &[],
    ),
    (
        "Er zijn twaalf doden, zei hij over de luchtaanval in Idlib.",
        None,
        &["airstrike@Idlib;f=12"],
    ),
    // A village matched by its sound alone, beside one other place in
    // another country the text names, is no place: Kfar Shouba (southern
    // Lebanon, not in the built-in gazetteer) is not Kfar Saba in Israel.
    (
        "Het Israëlische leger heeft zondag doelen van Hezbollah in het zuiden van Libanon aangevallen. Volgens de Libanese staatsnieuwsdienst vielen de granaten onder meer bij de dorpen Kfar Shouba en Kfarhamam.",
        Some("2023-10-08"),
        &["armed_clash@South Lebanon", "shelling@South Lebanon"],
    ),
    (
        "Shells hit Kfar Saba.",
        Some("2023-10-08"),
        &["shelling@Kfar Saba"],
    ),
    // An event told on a country's side goes to the place of "the
    // operation" told close by; not an event in a region with a name of
    // its own.
    (
        "IS-leider Abu Bakr al-Baghdadi is zaterdagnacht om het leven gekomen bij een operatie van Amerikaanse special forces in het noordwesten van Syrië. Dat heeft president Trump zondag bekendgemaakt. De operatie vond plaats in het dorp Barisha in de provincie Idlib.",
        Some("2019-10-27"),
        &["raid@Barisha;d=2019-10-26"],
    ),
    // "the X district" names a quarter of the city the text is about, not
    // a city of that name a continent away (Medina in Saudi Arabia).
    (
        "A truck bomb exploded in Mogadishu on Saturday, killing 276 people. Hours later, a second car bomb exploded in the Medina district, killing two people.",
        Some("2017-10-15"),
        &["explosion@Mogadishu;f=276;d=2017-10-14"],
    ),
    // A relative clause between commas interrupts its sentence's clause,
    // which goes on after it: the fighting is near Bakhmut, and today; the
    // capture it tells of is background.
    (
        "Bij de stad Bachmoet, die Rusland vorig jaar veroverde, woeden nog steeds zware gevechten.",
        Some("2024-02-14"),
        &["armed_clash@Bakhmut;d=2024-02-14"],
    ),
    (
        "Near Bakhmut, which Russia captured last year, heavy fighting continues.",
        Some("2024-02-14"),
        &["armed_clash@Bakhmut;d=2024-02-14"],
    ),
    // A Dutch particle far from its verb closes a clause too; a town a
    // distance from another is the site, the other its reference point.
    (
        "Eerder op de dag namen de Turkse troepen volgens Ankara de stad Tal Abyad in, zo'n honderd kilometer ten westen van Ras al-Ain.",
        Some("2019-10-13"),
        &["territory_change@Tal Abyad"],
    ),
    // A place after a phrase of time that names an earlier event is that
    // event's, not the main verb's: no strike in Paris.
    (
        "Frankrijk bombardeert Raqqa na aanslagen in Parijs\n\nFranse gevechtsvliegtuigen hebben zondagavond twintig bommen afgeworpen op doelen van Islamitische Staat in de Syrische stad Raqqa.",
        Some("2015-11-16"),
        &["airstrike@Raqqa;d=2015-11-15"],
    ),
    // A compass region holds no place its opposite lies nearer to: the
    // headline's strikes in northern Gaza do not move to Rafah, in the
    // south, which the lead names for its crossing.
    (
        "UN: aid convoy reaches northern Gaza as strikes continue\n\nA convoy of 33 aid trucks entered Gaza through the Rafah crossing on Sunday, the United Nations said.",
        Some("2023-10-30"),
        &["airstrike@Northern Gaza"],
    ),
    // A compass region names its country: a site whatever else the text
    // names. A place the list names as a part ("including near",
    // "onder meer bij") is a site, no reference point, and stands for the
    // area it lies in.
    (
        "Turkey carried out air strikes in northern Iraq and northern Syria on Sunday, including near Kobani.",
        Some("2022-11-20"),
        &["airstrike@Northern Iraq", "airstrike@Kobani"],
    ),
    (
        "Turkije voerde zondag luchtaanvallen uit op Koerdische doelen in Noord-Syrië en Noord-Irak, onder meer bij Kobani.",
        Some("2022-11-20"),
        &["airstrike@Northern Iraq", "airstrike@Kobani"],
    ),
    // So is an oblast's capital after a town of the oblast and a comma.
    (
        "Russian shelling killed two civilians in Nova Kakhovka, Kherson on Wednesday.",
        Some("2023-07-06"),
        &["shelling@Nova Kakhovka;f=2;d=2023-07-05"],
    ),
    // A region's own province keeps a city of another out of it: the
    // invasion of South Lebanon is not moved to the Beirut of the air
    // strikes told next.
    (
        "Israëlische troepen zijn in de nacht van maandag op dinsdag Zuid-Libanon binnengevallen. Eerder op maandag voerde de Israëlische luchtmacht zware bombardementen uit op de zuidelijke voorsteden van Beiroet.",
        Some("2024-10-01"),
        &[
            "ground_offensive@South Lebanon;f=-;p=3",
            "airstrike@Beirut;f=-;d=2024-09-30",
        ],
    ),
    // An event its sentence puts in a village of one country (by a
    // demonym) that the gazetteer lacks is no event at the article's focus
    // in another country.
    (
        "Bij een bloedbad in het Malinese dorp Moura zijn vorige week honderden burgers om het leven gekomen. In Burkina Faso kwamen zaterdag bij een aanval op een militaire post in de Burkinese stad Djibo zeker vijftien soldaten om.",
        Some("2022-03-30"),
        &[],
    ),
    // The places a list names as parts of an area site ("including in
    // …") stand where the area does; the area gives way to them.
    (
        "U.S. and British warplanes struck more than a dozen Houthi targets in Yemen overnight, including in the capital Sanaa and the port city of Hodeidah, in retaliation for the group's attacks on Red Sea shipping.",
        Some("2024-01-12"),
        &[
            "airstrike@Sanaa;f=-;d=2024-01-12",
            "airstrike@Hodeidah;f=-;d=2024-01-12",
        ],
    ),
    // A big city named by a name of two words the gazetteer lists is
    // itself, among other countries' places: "Den Haag" (The Hague).
    (
        "De Turkse president Erdogan dreigt het offensief in Noord-Syrië te hervatten. Dat zei hij zaterdag in Kayseri. In Den Haag demonstreerden zaterdag honderden Koerden tegen de Turkse inval.",
        Some("2019-10-20"),
        &["protest@The Hague;f=-;d=2019-10-19"],
    ),
    (
        "A witness named Ahmad said a suicide bomber struck a wedding in Hasakeh on Monday.",
        Some("2016-10-04"),
        &["suicide_bomb@Al-Hasakah;f=-;d=2016-10-03"],
    ),
    // A town's province written after "in", or the provincial capital
    // named like it, is no second site.
    (
        "Earlier this week a chemical attack hit the town of Khan Sheikhun in Idlib, killing at least 87 civilians.",
        Some("2017-04-08"),
        &["chemical_attack@Khan Shaykhun;f=87"],
    ),
    (
        "Shells hit Nairab in Aleppo on Tuesday.",
        Some("2016-08-12"),
        &["shelling@Nayrab (Aleppo);f=-;d=2016-08-09"],
    ),
    // "the city" of a stranded cue is a site of its own sentence first.
    (
        "The government in Damascus had promised a truce. Three children were killed in five separate air raids on Jisr al-Shigour in Idlib province while a car bomb exploded outside a mosque in the city.",
        Some("2016-04-06"),
        &[
            "airstrike@Jisr al-Shughur;f=3;d=2016-04-06",
            "explosion@Jisr al-Shughur;f=-;d=2016-04-06",
        ],
    ),
    // A place "near" after "and" is near what follows "and", not a
    // reference point of the site before.
    (
        "Turkse gevechtsvliegtuigen voerden luchtaanvallen uit op Ras al-Ain en Tal Abyad, en de artillerie beschoot doelen bij Qamishli.",
        Some("2019-10-09"),
        &[
            "airstrike@Ras al-Ain;f=-;d=2019-10-09",
            "airstrike@Tal Abyad;f=-;d=2019-10-09",
            "shelling@Qamishli;f=-;d=2019-10-09",
        ],
    ),
    (
        "The Observatory said European members of ISIL were among the dead in the strikes around the town of Sukhna and near Palmyra in the central province of Homs.",
        Some("2016-07-15"),
        &[
            "airstrike@al-Sukhnah;f=-;d=2016-07-15",
            "airstrike@Palmyra;f=-;d=2016-07-15",
        ],
    ),
    // A cue far from the sites of its sentence is placed by "the city",
    // "the Old City" after it and a preposition of place; not by a town
    // that is an object ("to defend the town").
    (
        "Iraqi Prime Minister Haider al-Abadi arrived in Mosul on Sunday to congratulate troops on the city's liberation from the Islamic State group, although heavy fighting continued in the Old City.",
        Some("2017-07-09"),
        &["armed_clash@Mosul;f=-;d=2017-07-09"],
    ),
    (
        "Last week Daesh militants had sent reinforcements of fighters and weapons into Tabaqa in anticipation of a fierce battle to defend the town.",
        Some("2016-06-01"),
        &[],
    ),
    // A name matched by its sound alone needs a neighbour within 100 km or
    // in its own country: "the Maydan area" of Mosul is no Mayadin, 280 km
    // off in Syria (the bombing there has no place the gazetteer knows).
    (
        "Iraqi troops fought IS in Mosul on Sunday. A suicide bomber killed five soldiers in the Maydan area on Saturday.",
        Some("2017-07-09"),
        &["armed_clash@Mosul;f=-;d=2017-07-09"],
    ),
    // "and"/"en" before an adverb of sequence starts another clause, whose
    // place is not the first verb's; a place after "and then" is still
    // listed with the one before.
    (
        "Ze werd in 2019 door Koerdische strijders opgepakt in Baghouz en zat daarna in kamp al-Hol.",
        Some("2019-11-05"),
        &["arrest@Baghuz;f=-;d=2019"],
    ),
    (
        "He was arrested by Kurdish forces in Baghouz in March and was later held in the al-Hol camp.",
        Some("2019-11-05"),
        &["arrest@Baghuz;f=-;d=2019-03"],
    ),
    (
        "Jets bombed Saraqeb and then Maarat al-Numan on Sunday.",
        Some("2019-11-05"),
        &[
            "airstrike@Saraqib;f=-;d=2019-11-03",
            "airstrike@Maarat al-Numan;f=-;d=2019-11-03",
        ],
    ),
    // The sides of a fight after its cue, and the source of a report, put
    // no distance between the cue and its place.
    (
        "Fighting between Sudan's army and the paramilitary Rapid Support Forces raged in the capital Khartoum on Saturday.",
        Some("2023-05-20"),
        &["armed_clash@Khartoum;f=-;d=2023-05-20"],
    ),
    (
        "Uit het kamp Ain Issa zijn volgens de Koerdische autoriteiten bijna achthonderd familieleden van IS-strijders ontsnapt.",
        Some("2019-10-14"),
        &["escape@Ain Issa;f=-;d=2019-10-14"],
    ),
    // Sides after the place are a fight's told before it: the bomb after
    // them is far from the city, the fighting is its event. (FA-KES'
    // wording. The bomb's own "the city" makes no second event: a cue far
    // from every site of a sentence that has sites is dropped.)
    (
        "Rebels advanced in Daraa province on Tuesday. Fighting raged further north in Syrias second city Aleppo between rebels and regime loyalists as helicopters dropped a barrel bomb on an opposition area of the city the Observatory said.",
        Some("2014-03-11"),
        &["armed_clash@Aleppo;f=-;d=2014-03-11"],
    ),
    // A place "nearby" after "and" is coordinated with the one before: the
    // same strikes, their count shared.
    (
        "Russian and Syrian warplanes have pounded Maarat al-Numan and nearby Saraqeb, killing at least 15 civilians on Sunday alone.",
        Some("2019-12-24"),
        &[
            "airstrike@Maarat al-Numan;f=8;d=2019-12-22",
            "airstrike@Saraqib;f=7;d=2019-12-22",
        ],
    ),
    // A city of a million named by a name that the word lists hold as a
    // word ("brussel", 4.8) is that city.
    (
        "Bij een aanslag in Brussel is dinsdag een man gedood.",
        Some("2016-03-24"),
        &["attack@Brussels;f=1;d=2016-03-22"],
    ),
    // A family named like a town is no site.
    (
        "The Balta family fled the fighting in Idlib on Sunday.",
        None,
        &["armed_clash@Idlib"],
    ),
    // "The camp" is a camp named with its town before the noun, even as
    // the place left.
    (
        "Israeli forces withdrew from the Jenin refugee camp on Tuesday night after a two-day operation. Thousands of residents fled the camp during the fighting.",
        Some("2023-07-04"),
        &[
            "withdrawal@Jenin",
            "displacement@Jenin",
            "armed_clash@Jenin",
        ],
    ),
    // A bigger town close by, with a side of it, locates the place before
    // it: one site, not two.
    (
        "An air strike on the Yarmouk camp in southern Damascus killed five people.",
        None,
        &["airstrike@Yarmouk camp;f=5"],
    ),
    (
        "An air strike on the town of Douma in eastern Damascus killed five people.",
        None,
        &["airstrike@Douma;f=5"],
    ),
    // Officials killed where they serve: the deed may stand far back in
    // the clause; officials who only serve there name no site.
    (
        "A bomb killed three of President Bashar al-Assad's top security officials in Damascus on Wednesday.",
        Some("2012-07-19"),
        &["explosion@Damascus;f=3;d=2012-07-18"],
    ),
    (
        "A bomb killed three soldiers in Homs, security officials in Damascus said on Wednesday.",
        Some("2012-07-19"),
        &["explosion@Homs;f=3;d=2012-07-18"],
    ),
    // Helicopters that fire strike from the air.
    (
        "Activists said helicopters fired on the Midan and Kafr Souseh neighbourhoods of Damascus.",
        None,
        &["airstrike@Damascus"],
    ),
    // The place left by an escape or a flight is its site, not the area
    // named around it; and the camp left is "the camp" after it (not the
    // towns its refugees came from).
    (
        "Honderden familieleden van IS-strijders zijn zondag ontsnapt uit het kamp Ain Issa in Noord-Syrië. Het kamp werd volgens de Koerden getroffen door Turkse artillerie.",
        Some("2019-10-14"),
        &[
            "escape@Ain Issa;d=2019-10-13",
            "shelling@Ain Issa;d=2019-10-14",
        ],
    ),
    (
        "Hundreds of IS relatives fled on Sunday from Ain Issa in northern Syria.",
        Some("2019-10-14"),
        &["displacement@Ain Issa;d=2019-10-13"],
    ),
    (
        "A refugee camp in Idlib province hosted many refugees from Hama. The camp was bombed on Sunday.",
        Some("2019-10-14"),
        &["airstrike@Idlib;d=2019-10-13"],
    ),
    // "aan" past a word of direction is where.
    (
        "Aan de rand van Ras al-Ain wordt hevig gevochten.",
        Some("2019-10-12"),
        &["armed_clash@Ras al-Ain;p=2"],
    ),
    (
        "Aan de oostkant van Ras al-Ain vochten Koerden tegen Turkse troepen.",
        Some("2019-10-12"),
        &["armed_clash@Ras al-Ain;p=2"],
    ),
    // A seat of government stormed stands where it stands.
    (
        "Demonstranten bestormden het parlement in Bagdad.",
        Some("2019-10-12"),
        &["riot@Baghdad"],
    ),
    (
        "Het parlement in Bagdad veroordeelde de aanval op Idlib.",
        Some("2019-10-12"),
        &["armed_clash@Idlib"],
    ),
    // So is a reaction told after its object: the Dutch participle at the
    // clause's end, the English passive. Set off by commas, the attack is
    // told for itself.
    (
        "Bij een aanslag met een autobom in Manbij zijn maandag vijftien mensen omgekomen. De regering in Damascus heeft de aanslag veroordeeld. Ook in Ankara werd de aanval scherp veroordeeld.",
        Some("2025-01-14"),
        &["explosion@Manbij;f=15;d=2025-01-13"],
    ),
    (
        "A car bomb killed 15 people in Manbij on Monday. In Ankara the bombing was widely condemned.",
        Some("2025-01-14"),
        &["explosion@Manbij;f=15;d=2025-01-13"],
    ),
    (
        "In Ankara werd een aanslag, die door de regering werd veroordeeld, gepleegd op een politiebureau.",
        Some("2025-01-14"),
        &["attack@Ankara"],
    ),
    // Towns of the other wars this news names beside Syria's: Kunduz, El
    // Fasher, Stepanakert (GeoNames' Xankandi), Saada.
    (
        "A US air strike hit a hospital run by Medecins Sans Frontieres in the Afghan city of Kunduz on Saturday, killing at least 19 people.",
        Some("2015-10-04"),
        &["airstrike@Kunduz;f=19;d=2015-10-03"],
    ),
    (
        "Its defence ministry said Azerbaijani forces had shelled Stepanakert, the main city of Nagorno-Karabakh, overnight.",
        Some("2020-10-11"),
        &["shelling@Stepanakert"],
    ),
    (
        "Houthi-run media reported strikes on the northern stronghold of Saada.",
        None,
        &["airstrike@Saada"],
    ),
    // A town the text puts in a province lies in it: "Kabani", which the
    // gazetteer lacks, is not Kobani, in Aleppo's.
    (
        "Rebels said they had repelled an attempt by army troops to advance on the town of Kabani in Latakia province, killing 15 soldiers.",
        Some("2019-04-30"),
        &["casualties@Latakia;f=15"],
    ),
    // "in de buurt van" is near a town, no quarter of it.
    (
        "In de buurt van Tal Afar, zo'n zestig kilometer ten westen van Mosul, voerde de coalitie volgens een woordvoerder vier luchtaanvallen uit.",
        None,
        &["airstrike@Tal Afar;p=2"],
    ),
    // A clause between commas ends at the main verb after it: the flight
    // it tells is not where the main clause is.
    (
        "De Duitse serie 'Aleppo – Berlin', over een gezin dat in 2015 uit het zwaar gebombardeerde Aleppo vluchtte, heeft in Toronto de publieksprijs gewonnen.",
        None,
        &[],
    ),
    // A building named after a place, with a place of its own after it,
    // is no mention of that place.
    (
        "The al-Quds hospital in the Sukkari district was hit by a direct air strike late on Wednesday, MSF said.",
        None,
        &[],
    ),
    (
        "An Aleppo hospital was hit by an air strike on Wednesday.",
        None,
        &["airstrike@Aleppo"],
    ),
    // A city before the part of it named is that part's reference point;
    // the smaller is the part.
    (
        "In 2013, hundreds of people were killed in a sarin attack on the Damascus suburb of Ghouta.",
        None,
        &["chemical_attack@Eastern Ghouta;f=100;d=2013"],
    ),
    (
        "Jets bombed the Duma neighbourhood of Damascus on Monday.",
        None,
        &["airstrike@Douma"],
    ),
    (
        "Rockets hit the Damascus suburbs of Ain Tarma and Zamalka.",
        None,
        &["shelling@Damascus"],
    ),
    // An apposition between commas after the place parts it from no cue.
    (
        "Near Tal Afar, some 60 km west of Mosul, the coalition carried out four air strikes, a spokesman said.",
        None,
        &["airstrike@Tal Afar;p=2"],
    ),
    // A coordinated object's noun phrase may run to six words after its
    // article; a clause after "and" is none.
    (
        "Missiles struck a research centre in Damascus and a weapons storage site west of Homs.",
        None,
        &["shelling@Damascus", "shelling@Homs;p=2"],
    ),
    (
        "Jets bombed a market in Douma and then returned to their base near Hama.",
        None,
        &["airstrike@Douma"],
    ),
    // A cue heading a phrase of its own is no noun's complement.
    (
        "A hospital in Kafr Nabl was put out of service by air strikes, the Syrian American Medical Society said.",
        None,
        &["airstrike@Kafr Nabl"],
    ),
    // A phrase coordinated after a name and its place noun shares its verb
    // (the base itself, now that the gazetteer has it; the province before).
    (
        "The missiles struck the Ain al-Asad air base in Anbar province and a base in Erbil.",
        None,
        &["shelling@Ain al-Asad airbase", "shelling@Erbil"],
    ),
    // A country named before its troops, bases or embassy owns them; the
    // site is where they are.
    (
        "Iran fired missiles at US bases in Iraq on Wednesday.",
        Some("2020-01-08"),
        &["shelling@Iraq;d=2020-01-08"],
    ),
    (
        "Rockets were fired at US troops in Syria on Sunday.",
        Some("2020-01-08"),
        &["shelling@Syria;d=2020-01-05"],
    ),
    // Names listed before a plural quarter noun are quarters, of the city
    // the article is about: not Mashhad in Iran.
    (
        "Shelling resumed over eastern Aleppo on Wednesday. Residents said government artillery pounded the Sukkari and Mashhad neighbourhoods.",
        Some("2016-12-14"),
        &["shelling@Aleppo"],
    ),
    (
        "Shelling resumed over eastern Aleppo on Wednesday. Residents said government artillery pounded the Mashhad and Sukkari neighbourhoods.",
        Some("2016-12-14"),
        &["shelling@Aleppo"],
    ),
    // A possessive name before a place is the place's own, so what governs
    // the phrase is read past it.
    (
        "At least 33 Turkish soldiers were killed in an air strike in Idlib, the governor of Turkey's Hatay province said.",
        None,
        &["airstrike@Idlib;f=33"],
    ),
    (
        "Russian jets bombed Syria's Idlib province on Monday.",
        Some("2019-05-08"),
        &["airstrike@Idlib;p=3;d=2019-05-06"],
    ),
    // Of two places of one name, the one near the place the text puts it
    // near; a count's dead are where its words put them.
    (
        "Turkish drones hit the Nayrab military airport near Aleppo, and Turkish strikes killed 19 soldiers in southern Idlib.",
        None,
        &["airstrike@Nayrab (Aleppo)", "airstrike@Idlib;f=19;p=3"],
    ),
    // A road linking two places lies near the first.
    (
        "Government troops repelled a massive counterattack on a key supply route linking Palmyra and Deir ez-Zor.",
        None,
        &["armed_clash@Palmyra;p=2"],
    ),
    // The area a list of towns is put in rules out towns of other
    // countries: this Karak is not Jordan's (nor any place the
    // gazetteer knows), whatever the names between.
    (
        "Russian jets struck Tafas, Karak and Umm al-Mayadin in the eastern Deraa countryside, killing at least 11 civilians.",
        None,
        &["airstrike@Tafas;f=11"],
    ),
    (
        "Russian jets struck Karak in Daraa province on Thursday.",
        Some("2018-07-06"),
        &["airstrike@Daraa;p=3;d=2018-07-05"],
    ),
    // Also with the area's noun first; a city's countryside may be another
    // province (Damascus's is Rif Dimashq), so only its country counts.
    (
        "Heavy Russian air strikes hit the towns of Karak and Tafas in the eastern countryside of Daraa, killing at least 15 civilians.",
        None,
        &["airstrike@Tafas;f=15"],
    ),
    (
        "Russische vliegtuigen bombardeerden Karak in de provincie Daraa.",
        None,
        &["airstrike@Daraa;p=3"],
    ),
    // (A village the gazetteer knows is put in the area named beside it,
    // before a bigger town abroad: Daraa's Saida, not Lebanon's.)
    (
        "Heavy Russian air strikes hit the towns of Saida and Tafas in the eastern countryside of Daraa, killing at least 15 civilians.",
        None,
        &["airstrike@Saida;f=8", "airstrike@Tafas;f=7"],
    ),
    (
        "Russian jets struck Saida in Daraa province on Thursday.",
        Some("2018-07-06"),
        &["airstrike@Saida;p=1;d=2018-07-05"],
    ),
    (
        "Israeli jets struck Saida in southern Lebanon.",
        None,
        &["airstrike@Sidon"],
    ),
    (
        "The army shelled Douma in the eastern countryside of Damascus.",
        None,
        &["shelling@Douma"],
    ),
    // A share of a place is in it, near its point, as "parts of" is: also
    // after "control of" and "about". Not a share of a country's people.
    (
        "Syrian government forces have seized control of about a third of rebel-held eastern Aleppo.",
        None,
        &["territory_change@Aleppo;p=2"],
    ),
    (
        "Government troops seized half of Saraqeb on Monday.",
        Some("2020-02-04"),
        &["territory_change@Saraqib;p=2;d=2020-02-03"],
    ),
    (
        "Het Turkse leger heeft rond de helft van Afrin ingenomen.",
        None,
        &["territory_change@Afrin;p=2"],
    ),
    ("Half of Syria's population has fled since 2011.", None, &[]),
    (
        "The UN envoy spoke about half an hour on Aleppo.",
        None,
        &[],
    ),
    // "de oude stad", "the Old City": the city named before.
    (
        "Het Irakese leger rukte op in Mosul. In de oude stad kwamen zondag twaalf mensen om bij luchtaanvallen.",
        Some("2017-07-10"),
        &[
            "ground_offensive@Mosul",
            "airstrike@Mosul;d=2017-07-09;f=12",
        ],
    ),
    // Where aircraft fired from is no site of what they hit.
    (
        "Israel struck the T4 air base near Homs early on Monday, Russia's military said, firing eight missiles from two F-15 jets over Lebanon.",
        None,
        &["airstrike@T4 airbase"],
    ),
    // Written with "al", a name is Arabic: not Iran's Mashhad.
    (
        "The observatory reported a new barrel bomb attack on the district of Al Mashhad.",
        None,
        &[],
    ),
    (
        "The observatory reported a new barrel bomb attack on the Al Mashhad district of Aleppo.",
        None,
        &["airstrike@Aleppo"],
    ),
    (
        "Barrel bombs hit Al Bab on Tuesday.",
        None,
        &["airstrike@al-Bab"],
    ),
    // Where a strike killed is its site, however long the list of the dead
    // between; not a place the dead are only from.
    (
        "A Russian air strike killed 49 Nusra Front militants including seven of its field commanders in Syria's Idlib province, the ministry said.",
        None,
        &["airstrike@Idlib;p=3;f=49"],
    ),
    (
        "Russian airstrike kills scores of fleeing civilians in Deir az-zor",
        None,
        &["airstrike@Deir ez-Zor"],
    ),
    (
        "An air strike killed 49 militants who had been sent by the group's leaders to reinforce positions in Raqqa, the ministry said.",
        None,
        &[],
    ),
    // A compass adjective before a capital named like its province names a
    // part of the province (ACLED's precision 3), not the town; not so
    // before a city of a million, whose halves it names.
    (
        "Airstrikes killed nine people in northern Hama on Sunday.",
        None,
        &["airstrike@Hama;p=3;f=9"],
    ),
    (
        "Bij luchtaanvallen in Zuid-Idlib kwamen zondag negen mensen om.",
        None,
        &["airstrike@Idlib;p=3;f=9"],
    ),
    (
        "Shelling killed four civilians in north-western Idlib.",
        None,
        &["shelling@Idlib;p=3;f=4"],
    ),
    (
        "Airstrikes killed nine people in eastern Aleppo on Sunday.",
        None,
        &["airstrike@Aleppo;p=1;f=9"],
    ),
    // A town in the province: the province is its reference point, and
    // deaths there are the town's, whatever type the lead gave them.
    (
        "At least 35 militants were killed in air strikes overnight in northeastern Syria. The monitor said 30 militants were killed around the town of Shadadi in northeastern Hasakeh.",
        None,
        &["airstrike@al-Shaddadi;p=2"],
    ),
    // The sides between a cue and its place put no distance between them.
    (
        "The jihadists clashed throughout Friday night and into Saturday morning with the regime troops and allied forces in the Qalamun region.",
        None,
        &["armed_clash@Qalamoun"],
    ),
    // A town near which a region's or province's event happened is where
    // it happened; a town beside a region, outside it, is its reference
    // point.
    (
        "An IS car bomb killed 20 people in eastern Syria near the city of Deir al-Zor.",
        None,
        &["explosion@Deir ez-Zor;p=2;f=20"],
    ),
    (
        "Regime air strikes killed 100 civilians in Eastern Ghouta, near Damascus.",
        None,
        &["airstrike@Eastern Ghouta;p=3;f=100"],
    ),
    // Marea, as news spells Māri‘.
    (
        "A missile slammed into the town of Marea, killing 23 people.",
        None,
        &["shelling@Marea;f=23"],
    ),
    // What is left of a place stands where it stood.
    (
        "Iraqi forces captured the ruins of Mosul's Grand al-Nuri Mosque on Thursday.",
        None,
        &["territory_change@Mosul"],
    ),
    // Ground left right after a withdrawal is its site, though the
    // sentence names other places.
    (
        "Rebels withdrew from Khan Sheikhoun and from towns in northern Hama province, including Kafr Zita, a monitor said.",
        None,
        &["withdrawal@Khan Shaykhun"],
    ),
    // A convoy travelling towards a town is hit near it.
    (
        "An air strike hit a Turkish military convoy travelling towards Khan Sheikhoun.",
        None,
        &["airstrike@Khan Shaykhun;p=2"],
    ),
    // A parenthesis puts no distance between a place and its cue, and a
    // distance in one is no age.
    (
        "The town of Maarat al-Numan, 25 km (15 miles) north of Khan Sheikhoun, was shelled on Tuesday.",
        None,
        &["shelling@Maarat al-Numan"],
    ),
    (
        "Saraqeb (15 miles) was shelled on Tuesday.",
        None,
        &["shelling@Saraqib"],
    ),
    // A quarter is no airbase: the Mezzeh neighbourhood is Damascus's, the
    // Mezzeh airport the airbase.
    (
        "Shells fell on the Mezzeh neighbourhood of Damascus.",
        None,
        &["shelling@Damascus"],
    ),
    (
        "Israeli jets struck the Mezzeh airbase.",
        None,
        &["airstrike@Mezzeh airbase"],
    ),
    // What is hit on its way to a town is hit near it.
    (
        "Een konvooi op weg naar Ras al-Ain werd zondag door Turkse vliegtuigen gebombardeerd.",
        None,
        &["airstrike@Ras al-Ain;p=2"],
    ),
    (
        "Two suicide bombers attacked crowds of Afghans flocking to Kabul's airport on Thursday, killing at least 60 Afghans and 13 U.S. troops.",
        Some("2021-08-26"),
        &["suicide_bomb@Kabul;p=2;f=73"],
    ),
    (
        "An aid convoy on its way to Douma was shelled.",
        None,
        &["shelling@Douma;p=2"],
    ),
    // Fighting between two towns lies near the first; cities that stand for
    // their governments are sides.
    (
        "Clashes broke out between Tal Tamr and Ras al-Ain on Sunday.",
        None,
        &["armed_clash@Tal Tamr;p=2"],
    ),
    (
        "Bij gevechten tussen Tal Tamr en Ras al-Ain kwamen tien strijders om.",
        None,
        &["armed_clash@Tal Tamr;p=2;f=10"],
    ),
    (
        "Clashes erupted between Damascus and Ankara's proxies.",
        None,
        &[],
    ),
    // A plural place noun before or after a list names each of its places;
    // the provinces, not their capitals.
    (
        "Air strikes hit the Idlib and Hama provinces on Monday.",
        None,
        &["airstrike@Idlib;p=3", "airstrike@Hama;p=3"],
    ),
    (
        "Luchtaanvallen troffen maandag de provincies Idlib en Hama.",
        None,
        &["airstrike@Idlib;p=3", "airstrike@Hama;p=3"],
    ),
    (
        "Air strikes hit the provinces of Idlib and Hama on Monday.",
        None,
        &["airstrike@Idlib;p=3", "airstrike@Hama;p=3"],
    ),
    (
        "Clashes erupted in the Daraa and Quneitra countryside.",
        None,
        &["armed_clash@Daraa;p=3", "armed_clash@Quneitra;p=3"],
    ),
    (
        "Air strikes hit Idlib, Hama and Aleppo on Monday.",
        None,
        &[
            "airstrike@Idlib;p=1",
            "airstrike@Hama;p=1",
            "airstrike@Aleppo;p=1",
        ],
    ),
    // A cue in "a day after …" that names its own place takes no site
    // before the phrase.
    (
        "State media says rebels have hit a school in west Aleppo a day after dozens of children were killed in airstrikes on a school in Idlib.",
        Some("2016-10-27"),
        &["airstrike@Idlib;d=2016-10-26"],
    ),
    // A town's province after a comma locates the town; within a longer
    // list the provincial capital is one of the towns.
    (
        "Air strikes killed nine civilians in Saraqeb, Idlib, on Monday.",
        None,
        &["airstrike@Saraqib;f=9"],
    ),
    (
        "Turkish shelling killed two civilians in Qamishli, Hasakah, on Sunday.",
        None,
        &["shelling@Qamishli;f=2"],
    ),
    (
        "Air strikes hit Binnish, Saraqeb, Idlib and Ariha on Monday.",
        None,
        &[
            "airstrike@Binnish",
            "airstrike@Saraqib",
            "airstrike@Idlib",
            "airstrike@Ariha",
        ],
    ),
    // A town right after "in" behind a site inside it locates that site.
    (
        "Israeli missiles struck the Mezzeh military airport in Damascus on Sunday.",
        None,
        &["shelling@Mezzeh airbase"],
    ),
    // Plural facility nouns before a list of towns: each town a site.
    (
        "Israeli missiles struck the international airports of Damascus and Aleppo on Thursday, damaging runways.",
        Some("2023-10-13"),
        &[
            "shelling@Damascus;d=2023-10-12",
            "shelling@Aleppo;d=2023-10-12",
        ],
    ),
    (
        "Israëlische raketten troffen donderdag de vliegvelden van Damascus en Aleppo.",
        Some("2023-10-13"),
        &[
            "shelling@Damascus;d=2023-10-12",
            "shelling@Aleppo;d=2023-10-12",
        ],
    ),
    // An event's toll between its cue and its place puts no distance
    // between them.
    (
        "Terrorist rocket attacks kill 10 civilians, injure dozens in Daraa city.",
        None,
        &["shelling@Daraa;f=10"],
    ),
    (
        "Beschietingen doodden zeker tien burgers en kinderen in Idlib.",
        None,
        &["shelling@Idlib"],
    ),
    // "the suburb of Douma" is Douma; "a suburb of Damascus" is near it;
    // "the Idlib town of Saraqib" is Saraqib, not Idlib.
    (
        "Syrian government forces shelled the rebel-held suburb of Douma on Tuesday, killing 15 people.",
        None,
        &["shelling@Douma;f=15;p=1"],
    ),
    (
        "Government forces shelled a suburb of Damascus.",
        None,
        &["shelling@Damascus;p=2"],
    ),
    (
        "Government forces shelled the Idlib town of Saraqib.",
        None,
        &["shelling@Saraqib;p=1"],
    ),
    // An enclave or a stronghold "of" a place is that place, not its owner;
    // the place it is near is a reference point.
    (
        "Government warplanes pounded the rebel enclave of Eastern Ghouta near Damascus on Tuesday, killing 106 people.",
        None,
        &["airstrike@Eastern Ghouta;f=106"],
    ),
    (
        "The operation captured the IS stronghold of Jarablus.",
        None,
        &["territory_change@Jarabulus"],
    ),
    // A place's possessive before the noun of one who fights, or of what
    // they do, is who acts; before other nouns it is still the site.
    (
        "Ankara's forces captured Tal Abyad.",
        None,
        &["territory_change@Tal Abyad"],
    ),
    (
        "Rebels captured Tal Abyad during Ankara's offensive against the Kurdish fighters.",
        None,
        &["territory_change@Tal Abyad"],
    ),
    ("Moscow's jets struck Idlib.", None, &["airstrike@Idlib"]),
    // A stretch of road or land between two places lies near the first,
    // which alone stands for it; sides "between" two capitals are none.
    (
        "A roadside bomb killed three soldiers on the road between Deir ez-Zor and Palmyra on Friday.",
        None,
        &["explosion@Deir ez-Zor;f=3;p=2"],
    ),
    (
        "Er ontplofte een bermbom op de weg tussen Aleppo en Idlib.",
        None,
        &["explosion@Aleppo;p=2"],
    ),
    ("Clashes between Damascus and Ankara continued.", None, &[]),
    // "De stad" far from any name stands for the headline's town.
    (
        "Turkse leger neemt Afrin in\n\nErdogan sprak in een toespraak. Hij was tevreden. De YPG zegt dat de strijd doorgaat. Ook Rusland reageerde. De afgelopen dagen vluchtten meer dan tweehonderdduizend inwoners uit de stad.",
        None,
        &["territory_change@Afrin", "displacement@Afrin"],
    ),
    // Items of a list "near" share it; none is the others' reference point.
    (
        "Russian jets struck areas near the towns of Rastan, Talbiseh and Homs.",
        None,
        &[
            "airstrike@Ar Rastan;p=2",
            "airstrike@Talbiseh;p=2",
            "airstrike@Homs;p=2",
        ],
    ),
    // "Rural X", "the X countryside", "het platteland van X" are the
    // province's villages, not its capital (precision 3).
    (
        "Airstrikes hit villages in rural Idlib.",
        None,
        &["airstrike@Idlib;p=3"],
    ),
    (
        "Airstrikes hit villages in the Idlib countryside.",
        None,
        &["airstrike@Idlib;p=3"],
    ),
    (
        "Airstrikes killed ten people in rural Damascus.",
        None,
        &["airstrike@Rif Dimashq;f=10;p=3"],
    ),
    // A building or grounds "of" a town stand in it.
    (
        "Bij Turkse luchtaanvallen op het ziekenhuis van Afrin kwamen vrijdag zestien burgers om het leven.",
        None,
        &["airstrike@Afrin;f=16;p=1"],
    ),
    (
        "A car bomb exploded at the central market of Azaz.",
        None,
        &["explosion@Azaz"],
    ),
    // A quarter "of" a city is in the city; a quarter the gazetteer lacks,
    // with no city in its sentence, is in the city named before.
    (
        "Regime airstrikes killed 20 civilians on Monday in the Bab al-Maqam neighborhood of Aleppo.",
        None,
        &["airstrike@Aleppo;f=20;p=1"],
    ),
    (
        "In Raqqa rukken Koerdische strijders verder op. Zij veroverden het afgelopen weekend de wijk al-Senaa.",
        None,
        &["ground_offensive@Raqqa", "territory_change@Raqqa"],
    ),
    (
        "Kurdish fighters entered Raqqa on Friday. On Sunday they captured the al-Senaa neighbourhood.",
        None,
        &["ground_offensive@Raqqa", "territory_change@Raqqa"],
    ),
    // An affiliation after a name ("Homs governor", "Istanbul police") is
    // no site, but after "in" or a break the name is where it happened.
    (
        "In Istanbul, police detained 91 people over social media posts.",
        None,
        &["arrest@Istanbul"],
    ),
    (
        "Regime warplanes killed 65 civilians in Raqqa today.",
        None,
        &["airstrike@Raqqa;f=65"],
    ),
    (
        "Homs governor Talal Barazi said 40 shells hit Aleppo.",
        None,
        &["shelling@Aleppo;f=-"],
    ),
    (
        "Aleppo's eastern districts were shelled.",
        None,
        &["shelling@Aleppo"],
    ),
    (
        "Bomb blasts hit Tartous Homs and Hasakeh cities of Syria.",
        None,
        &["explosion@Tartus", "explosion@Homs", "explosion@Al-Hasakah"],
    ),
    // A hotel named after a town is in the town its sentence names.
    (
        "Terrorists fired three shells on Shahba Hotel in Aleppo.",
        None,
        &["shelling@Aleppo"],
    ),
    // An aid convoy entering a town is no offensive.
    (
        "A 48-truck aid convoy on Tuesday entered regime-besieged Talbiseh.",
        None,
        &[],
    ),
    // The centre of a town is the town.
    (
        "A car bomb exploded in the centre of Azaz near the Turkish border on Tuesday.",
        None,
        &["explosion@Azaz;p=1"],
    ),
    (
        "Autobom ontploft in het centrum van Damascus.",
        None,
        &["explosion@Damascus;p=1"],
    ),
    // An offensive stopped is no event.
    (
        "Turkije heeft het offensief in Noord-Syrië gestaakt.",
        None,
        &[],
    ),
    // An investigation's object takes no site before it.
    (
        "UN inspectors, who arrived in Damascus on Sunday to investigate earlier alleged attacks, called for access.",
        None,
        &[],
    ),
    // The one blamed is no site.
    (
        "Trump called it a response to the chemical attack in Idlib which Washington blames on Damascus.",
        None,
        &["chemical_attack@Idlib"],
    ),
    // Fighting positions are held, not fought.
    (
        "Coalition airstrikes on Raqqa destroyed six fighting positions.",
        None,
        &["airstrike@Raqqa"],
    ),
    // A city that acts stands for its government; one acted on is a site.
    (
        "Moscow has been carrying out air strikes on Idlib.",
        None,
        &["airstrike@Idlib"],
    ),
    (
        "Aleppo has been targeted by air strikes.",
        None,
        &["airstrike@Aleppo"],
    ),
    // A flight's place is the town or camp left; not a country (one
    // refugee's story), and not fighters' retreat.
    (
        "Duizenden burgers vluchtten uit Afrin.",
        None,
        &["displacement@Afrin"],
    ),
    ("Hij vluchtte uit Syrië naar Nederland.", None, &[]),
    // A province left by people counted in hundreds or more is the
    // flight's place; one person's flight from it is a life story.
    (
        "Zeker 80.000 mensen zijn gevlucht uit de provincie Idlib.",
        None,
        &["displacement@Idlib"],
    ),
    (
        "Thousands of people fled from southern Idlib.",
        None,
        &["displacement@Idlib"],
    ),
    ("Hij vluchtte in 2015 uit de provincie Idlib.", None, &[]),
    // The country fled into is the destination.
    (
        "Thousands of Syrians fled from Tal Abyad into Turkey.",
        None,
        &["displacement@Tal Abyad"],
    ),
    ("Thousands of Syrians fled into Turkey.", None, &[]),
    (
        "The army hunted down fleeing ISIL terrorists inside Homs.",
        None,
        &[],
    ),
    // The base a raid set out from is its origin.
    (
        "The raid on Barisha was launched from a base in Iraq, officials said.",
        None,
        &["raid@Barisha"],
    ),
    // "the White House" is no Casablanca ("Dar al-Beida", its variant).
    (
        "Protesters gathered outside the White House in Washington.",
        None,
        &["protest@Washington"],
    ),
    // An escape's place is the one escaped from, when the sentence names
    // no other site.
    (
        "Uit het kamp Ain Issa wisten honderden familieleden van IS-strijders te ontsnappen.",
        None,
        &["escape@Ain Issa"],
    ),
    (
        "Strijders uit Idlib ontsnapten in Afrin.",
        None,
        &["escape@Afrin"],
    ),
    (
        "Een 30-jarige vrouw is donderdag op Schiphol aangehouden na haar terugkeer uit Syrië.",
        None,
        &["arrest@Schiphol"],
    ),
    // "the city", "de stad", "het kamp" with no name stand for the place of
    // that kind named before (near for "the east of the city"); not a
    // capital of millions for "the town", nor a name-less "city of".
    (
        "Government jets bombed Aleppo on Monday. Six people were also killed in rebel shelling of the east of the city.",
        None,
        &["airstrike@Aleppo;p=1", "shelling@Aleppo;p=2"],
    ),
    (
        "De strijd om Mosul duurt voort. IS veroverde de stad twee jaar geleden.",
        None,
        &["armed_clash@Mosul", "territory_change@Mosul"],
    ),
    (
        "Rebels fought in Damascus on Monday. Heavy shelling forced them from the town.",
        None,
        &["armed_clash@Damascus"],
    ),
    // A camp the gazetteer lacks, introduced in its town, is in that town;
    // guards who flee make no displacement.
    (
        "Uit een kamp in het Noord-Syrische Ain Issa zijn honderden familieleden van IS-strijders ontsnapt. Het kamp werd zondag beschoten door Turkse troepen, waarna de bewakers vluchtten.",
        None,
        &["escape@Ain Issa", "shelling@Ain Issa"],
    ),
    // Nor do guards or soldiers who flee further from their verb; civilians
    // who flee as soldiers advance are displaced, and fighters who flee
    // are no flight of people.
    (
        "Het kamp in Ain Issa werd beschoten, waarna bewakers zouden zijn gevlucht. De bewakers van het kamp in Ain Issa vluchtten.",
        None,
        &["shelling@Ain Issa"],
    ),
    (
        "Syrische soldaten sloegen op de vlucht uit Saraqeb.",
        None,
        &[],
    ),
    (
        "Thousands of residents of Saraqeb fled as soldiers advanced.",
        None,
        &["displacement@Saraqib"],
    ),
    (
        "Daesh leaders fleeing Raqqa head for Deir ez-Zor.",
        None,
        &[],
    ),
    (
        "ISIS continues to displace locals in rural Deir Ezzor.",
        None,
        &["displacement@Deir ez-Zor;p=3"],
    ),
    // "daar" stands for the place told before, also far before its cue,
    // where Dutch puts it.
    (
        "In Ras al-Ain houden de gevechten aan. Volgens de Koerden zijn daar gisteren vijf burgers gedood door Turkse artillerie.",
        Some("2019-10-15"),
        &[
            "armed_clash@Ras al-Ain",
            "shelling@Ras al-Ain;f=5;d=2019-10-14",
        ],
    ),
    // Each place of coordinated objects is a site of their verb; a place
    // near the second is not the first's reference point.
    (
        "The missiles hit a research center in Damascus and two chemical weapons facilities near Homs.",
        None,
        &["shelling@Damascus", "shelling@Homs;p=2"],
    ),
    (
        "Luchtaanvallen troffen een school in Idlib en een markt in Ariha.",
        None,
        &["airstrike@Idlib", "airstrike@Ariha"],
    ),
    (
        "Het leger is een grondoffensief begonnen in het noorden van de provincie Hama en het zuiden van Idlib.",
        None,
        &["ground_offensive@Hama;p=3", "ground_offensive@Idlib;p=3"],
    ),
    // A place before "after" and a gerund is not the gerund's site.
    (
        "Troops encircled a Turkish post in Morek after capturing the town of Khan Sheikhoun.",
        None,
        &["territory_change@Khan Shaykhun"],
    ),
    // A demonstrative says the same as the article.
    (
        "In Tal Abyad is het rustig. Die stad werd vorige week al door de Turken ingenomen.",
        None,
        &["territory_change@Tal Abyad"],
    ),
    (
        "Tal Abyad is quiet now. That town was captured by Turkish forces last week.",
        None,
        &["territory_change@Tal Abyad"],
    ),
    // The war's country is its background: the protest is in London.
    (
        "Duizenden mensen demonstreerden in Londen tegen de oorlog in Irak.",
        None,
        &["protest@London"],
    ),
    (
        "Thousands marched in London to protest against the wars in Afghanistan and Iraq.",
        None,
        &["protest@London"],
    ),
    // Metonyms and speakers
    (
        "Ankara beschouwt de Koerdische milities als terroristen en dreigt met een offensief.",
        None,
        &[],
    ),
    (
        "Er is nog geen reactie uit Ankara op de luchtaanval in Idlib.",
        None,
        &["airstrike@Idlib"],
    ),
    (
        "De regering in Damascus ontkent dat er gifgas is gebruikt in Douma.",
        None,
        &[],
    ),
    // A capital a report is told by is its source: the dead are the
    // strike's told before.
    (
        "Een Turks konvooi werd maandag bij Maarat al-Numan getroffen door een luchtaanval. Daarbij kwamen volgens Ankara drie burgers om.",
        Some("2019-08-21"),
        &["airstrike@Maarat al-Numan;f=3;d=2019-08-19"],
    ),
    // A province's event told again at a town inside it keeps its count
    // when both are in the lead, a dateline's line not counted, or when
    // the town's retells it by a definite singular, no other event between.
    (
        "Turkse militairen gedood bij luchtaanval in Idlib\n\n28 februari 2020\n\nBij een luchtaanval van het Syrische regeringsleger in de provincie Idlib zijn donderdagavond 33 Turkse militairen omgekomen. De aanval vond plaats bij Saraqib.",
        Some("2020-02-28"),
        &["airstrike@Saraqib;f=33;d=2020-02-27"],
    ),
    (
        "Bij een luchtaanval in de provincie Idlib zijn donderdagavond 33 Turkse militairen omgekomen. Dat heeft de gouverneur van Hatay bekendgemaakt. Ruim dertig anderen raakten gewond.\n\nDe aanval vond plaats bij Saraqib.",
        Some("2020-02-28"),
        &["airstrike@Saraqib;f=33;d=2020-02-27"],
    ),
    (
        "Bij een luchtaanval in de provincie Idlib zijn donderdagavond 33 Turkse militairen omgekomen. Dat heeft de gouverneur van Hatay bekendgemaakt. Bij Saraqib werd donderdag een dorp beschoten. De luchtaanval vond donderdagavond plaats bij Saraqib.",
        Some("2020-02-28"),
        &[
            "shelling@Saraqib;f=-;d=2020-02-27",
            "airstrike@Saraqib;f=33;d=2020-02-27",
        ],
    ),
    // (Not past another air strike, which the words would retell.)
    (
        "Bij een luchtaanval in de provincie Idlib zijn donderdagavond 33 Turkse militairen omgekomen. Dat heeft de gouverneur van Hatay bekendgemaakt. Donderdagavond werd ook Atarib uit de lucht gebombardeerd. De luchtaanval vond plaats bij Saraqib.",
        Some("2020-02-28"),
        &[
            "airstrike@Al Atārib;f=-;d=2020-02-27",
            "airstrike@Saraqib;f=-;d=2020-02-27",
        ],
    ),
    // So is the country of the office that tells it, and a speaker: the
    // dead are still the strike's told before.
    (
        "Israeli warplanes struck Beirut on Friday evening. At least six people were killed and 91 wounded, Lebanon's health ministry said.",
        Some("2024-09-27"),
        &["airstrike@Beirut;f=6;d=2024-09-27"],
    ),
    (
        "Russische straaljagers bombardeerden dinsdag Maarat al-Numan. Daarbij kwamen zeker twaalf burgers om, zei Damascus.",
        Some("2019-08-21"),
        &["airstrike@Maarat al-Numan;f=12;d=2019-08-20"],
    ),
    (
        "Three soldiers were killed, according to Damascus.",
        Some("2019-08-21"),
        &[],
    ),
    (
        "Washington urged restraint after the shelling of Afrin.",
        None,
        &["shelling@Afrin"],
    ),
    (
        "Moskou sprak van een terroristische aanval op Hmeimim.",
        None,
        &["armed_clash@Hmeimim airbase"],
    ),
    // Affiliation and origin
    (
        "Een Turkse gouverneur van de regio Hatay bevestigde de luchtaanval op Idlib.",
        None,
        &["airstrike@Idlib"],
    ),
    (
        "Homs governor Talal Barazi said the missile strike caused deaths.",
        None,
        &[],
    ),
    (
        "Turkije beschoot vanuit Kilis doelen in Afrin.",
        None,
        &["shelling@Afrin"],
    ),
    (
        "Vluchtelingen uit Syrië protesteerden in Berlijn tegen de bombardementen.",
        None,
        &["protest@Berlin"],
    ),
    ("De strijders trokken vanuit Azaz naar Afrin.", None, &[]),
    // Reference points and nearness
    (
        "Er werd gevochten in al-Sukhnah, tussen Palmyra en Deir ez-Zor.",
        None,
        &["armed_clash@al-Sukhnah"],
    ),
    (
        "Er werd gevochten ten noorden van de stad Idlib.",
        None,
        &["armed_clash@Idlib;p=2"],
    ),
    (
        "Regeringstroepen veroverden Khan Shaykhun, vlak bij Maarat al-Numan.",
        None,
        &["territory_change@Khan Shaykhun;p=1"],
    ),
    (
        "Fighting raged on the outskirts of Aleppo.",
        None,
        &["armed_clash@Aleppo;p=2"],
    ),
    // An event told again by a definite singular at a part of its town is
    // one event, at the finer place, with the count told first; so past a
    // paragraph's end and sentences of no sure event, where it takes the
    // day told with the first telling.
    (
        "An Israeli air strike hit a building in Damascus on Monday, killing seven people. The strike in the Jobar district came amid rising tensions.",
        Some("2024-04-02"),
        &["airstrike@Jobar;f=7;d=2024-04-01;p=1"],
    ),
    (
        "An Israeli air strike hit a building in Jobar on Monday, killing seven people. The strike in Damascus came amid rising tensions.",
        Some("2024-04-02"),
        &["airstrike@Jobar;f=7;d=2024-04-01;p=1"],
    ),
    (
        "An Israeli air strike hit a building in Damascus on Monday, killing seven people. Israel did not comment.\n\nThe strike in the Jobar district came amid rising tensions.",
        Some("2024-04-02"),
        &["airstrike@Jobar;f=7;d=2024-04-01;p=1"],
    ),
    // Two strikes told before: which one is retold is not known.
    (
        "An air strike hit a school in Damascus on Monday. Another air strike hit a market in Damascus on Monday. The strike in the Jobar district killed two people.",
        Some("2024-04-02"),
        &[
            "airstrike@Damascus;f=-;d=2024-04-01",
            "airstrike@Jobar;f=2;d=2024-04-01",
        ],
    ),
    // The place's phrase of position does not part it from its cue; a
    // direction after another place makes a reference point.
    (
        "A car bomb exploded next to a bus carrying farm workers on the outskirts of Manbij on Monday, killing 15 people.",
        Some("2025-01-14"),
        &["explosion@Manbij;f=15;d=2025-01-13;p=2"],
    ),
    (
        "Aan de rand van Manbij ontplofte maandag een autobom naast een bus met landarbeiders.",
        Some("2025-01-14"),
        &["explosion@Manbij;d=2025-01-13;p=2"],
    ),
    // So is a distance from it; a flight from it is not.
    (
        "Fighting raged about 8 km from the town of Pokrovsk.",
        Some("2024-08-20"),
        &["armed_clash@Pokrovsk;p=2"],
    ),
    (
        "Refugees fled from Pokrovsk after shelling.",
        Some("2024-08-20"),
        &["displacement@Pokrovsk;p=1"],
    ),
    // A side of a town is near it.
    (
        "Shelling hit the Syrian side of Atmeh.",
        Some("2016-10-06"),
        &["shelling@Atmeh;p=2"],
    ),
    (
        "Aan de oostelijke kant van Manbij werd zondag gevochten.",
        Some("2016-10-06"),
        &["armed_clash@Manbij;d=2016-10-02;p=2"],
    ),
    (
        "A suicide bomber killed 20 rebels in Atmeh on Thursday. The attack took place on the Syrian side of the Atmeh crossing west of Aleppo.",
        Some("2016-10-07"),
        &["suicide_bomb@Atmeh;f=20;d=2016-10-06;p=1"],
    ),
    // Names, background, lists
    (
        "Volgens het Syrisch Observatorium voor de Mensenrechten vielen bij de gevechten tien doden.",
        None,
        &[],
    ),
    (
        "Strijders van het Vrije Syrische Leger rukten op.",
        None,
        &[],
    ),
    (
        "Het restaurant Soek Damascus in Amsterdam werd bij rellen vernield.",
        None,
        &["riot@Amsterdam"],
    ),
    ("De oorlog in Syrië duurt al acht jaar.", None, &[]),
    (
        "Luchtaanvallen op de steden Saraqib, Ariha en Sarmin.",
        None,
        &["airstrike@Saraqib", "airstrike@Ariha", "airstrike@Sarmīn"],
    ),
    (
        "Air strikes hit Douma, Harasta and Arbin.",
        None,
        &["airstrike@Douma", "airstrike@Harasta", "airstrike@Arbin"],
    ),
    (
        "Een aanval op Kobani, de Koerdische stad aan de grens.",
        None,
        &["armed_clash@Kobani"],
    ),
    (
        "The US-led coalition bombed Raqqa.",
        None,
        &["airstrike@Raqqa"],
    ),
    // "pro-" and "anti-" make a side of a place, not a site.
    (
        "A car bomb killed 22 people in Aleppo, pro-Damascus media said.",
        None,
        &["explosion@Aleppo;f=22"],
    ),
    (
        "The army launched a ground offensive, a pro-Damascus commander said.",
        None,
        &[],
    ),
    (
        "Anti-Ankara militias shelled Afrin.",
        None,
        &["shelling@Afrin"],
    ),
    ("President Bashar al-Assad visited Damascus.", None, &[]),
    (
        "BEIRUT Syrian warplanes bombed Saraqib on Monday.",
        None,
        &["airstrike@Saraqib"],
    ),
    (
        "Luchtaanvallen in Syrië en Irak.",
        None,
        &["airstrike@Syria;p=3", "airstrike@Iraq;p=3"],
    ),
    (
        "Luchtaanvallen in Syrië, onder meer op Saraqib.",
        None,
        &["airstrike@Saraqib"],
    ),
    (
        "Het bombardement trof Oost-Ghouta.",
        None,
        &["airstrike@Eastern Ghouta;p=3"],
    ),
    // A town a site's apposition puts it near is its reference point, past
    // the apposition's words.
    (
        "Elsewhere air strikes on Douma, the besieged rebel-held town east of Damascus, killed at least six civilians.",
        Some("2015-02-13"),
        &["airstrike@Douma;f=6"],
    ),
    // The seat of an office named with its own name ("the Ministry of
    // Health in Gaza") is no site either; the office attacked is.
    (
        "The Ministry of Health in Gaza said 20 people were killed in air strikes on Khan Younis.",
        Some("2023-10-11"),
        &["airstrike@Khan Younis;f=20"],
    ),
    (
        "Volgens het ministerie van Volksgezondheid in Gaza zijn zeker twintig Palestijnen om het leven gekomen.",
        Some("2023-10-11"),
        &[],
    ),
    (
        "Rockets hit the Ministry of Defence in Kyiv on Monday.",
        Some("2023-10-11"),
        &["shelling@Kyiv;d=2023-10-09"],
    ),
    // An office that was itself attacked is where the attack was: its
    // city is the site, not only the seat of an authority ("the embassy in
    // Baghdad said"). The letters of an initialism count as one word.
    (
        "Rockets were fired at the U.S. embassy in Baghdad on Friday.",
        Some("2023-12-08"),
        &["shelling@Baghdad;d=2023-12-08"],
    ),
    (
        "Several rockets were fired at the U.S. embassy compound in Baghdad's Green Zone early on Friday, Iraqi security officials said.",
        Some("2023-12-08"),
        &["shelling@Baghdad;d=2023-12-08"],
    ),
    (
        "Raketten troffen vrijdag de Amerikaanse ambassade in Bagdad.",
        Some("2023-12-08"),
        &["shelling@Baghdad;d=2023-12-08"],
    ),
    // (Or a building beside it.)
    (
        "Bij een Israëlische luchtaanval op een gebouw naast de Iraanse ambassade in Damascus zijn maandag zeven mensen om het leven gekomen.",
        Some("2024-04-02"),
        &["airstrike@Damascus;f=7;d=2024-04-01"],
    ),
    (
        "An Israeli air strike on a building next to the Iranian embassy in Damascus killed seven members of the Revolutionary Guards on Monday.",
        Some("2024-04-02"),
        &["airstrike@Damascus;f=7;d=2024-04-01"],
    ),
    (
        "A suicide bomber attacked the ministry in Kabul on Monday.",
        Some("2023-12-08"),
        &["suicide_bomb@Kabul;d=2023-12-04"],
    ),
    (
        "The U.S. embassy in Baghdad said on Friday that rockets had been fired at a base in Erbil.",
        Some("2023-12-08"),
        &["shelling@Erbil"],
    ),
    (
        "Thousands protested outside the Russian embassy in London on Tuesday.",
        Some("2016-10-12"),
        &["protest@London;d=2016-10-11"],
    ),
    // A debate's subject is no event where the debate is.
    (
        "MPs met in London for a parliamentary debate on the bombing of Aleppo.",
        Some("2016-10-12"),
        &["airstrike@Aleppo"],
    ),
    // A provincial capital named like its province, written after a town
    // and its own noun or facility, is the town's province, no second
    // site; a list of the two is two sites.
    (
        "Terrorist organizations targeted Izraa city in Daraa with mortar shells on Monday.",
        Some("2016-11-08"),
        &["shelling@Izra‘;d=2016-11-07"],
    ),
    (
        "Syrian army units fully retook the al-Qaryatain city in Homs on Sunday.",
        Some("2016-11-08"),
        &["territory_change@al-Qaryatayn;d=2016-11-06"],
    ),
    (
        "Terrorists detonated an explosive device near Qamishli National Hospital in Hasaka on Monday.",
        Some("2016-11-08"),
        &["explosion@Qamishli;d=2016-11-07"],
    ),
    (
        "Warplanes struck Idlib and Jisr al-Shughur on Monday.",
        Some("2016-11-08"),
        &["airstrike@Idlib", "airstrike@Jisr al-Shughur"],
    ),
    // A provincial capital named like its province that opens the
    // sentence as its frame is the province where the event's place is
    // another town of it; the frame of another event stays its place.
    (
        "In Idlib voerden Russische gevechtsvliegtuigen vrijdag aanvallen uit op Jisr al-Shughur.",
        Some("2023-05-06"),
        &["airstrike@Jisr al-Shughur;d=2023-05-05"],
    ),
    (
        "In Idlib, air strikes killed five people and shelling hit Saraqeb on Monday.",
        Some("2023-05-06"),
        &["airstrike@Idlib;f=5", "shelling@Saraqib"],
    ),
    // "trokken … op richting" is an advance, fought near the town it
    // heads for, which "de stad" then names.
    (
        "De rebellen trokken intussen verder op richting Hama. Bij gevechten ten noorden van de stad vielen zeker twintig doden.",
        Some("2024-12-02"),
        &["ground_offensive@Hama;f=-;p=2", "armed_clash@Hama;f=20;p=2"],
    ),
    // The agent of a participle inside a place's noun phrase ("de door
    // rebellen belegerde stad") is no phrase of its own; the place's noun
    // ("the town of") is no word between a cue and its place.
    (
        "Het leger bombardeerde vrijdag de door rebellen belegerde stad Douma.",
        Some("2020-01-01"),
        &["airstrike@Douma;d=2019-12-27"],
    ),
    (
        "Bij bombardementen op de door rebellen gecontroleerde enclave Oost-Ghouta zijn vrijdag zeker veertig burgers om het leven gekomen.",
        Some("2020-01-01"),
        &["airstrike@Eastern Ghouta;f=40;d=2019-12-27"],
    ),
    (
        "Suicide attacks killed at least 15 members of Ahrar al-Sham including four field commanders in the town of Binnish during the last week.",
        Some("2016-05-18"),
        &["suicide_bomb@Binnish;f=15"],
    ),
    // A headline's generic deed at a provincial capital, which the text
    // tells with the same count in the province by name, is that event.
    (
        "Drie Turkse militairen gedood bij aanval in Idlib\n\nBij een aanval met een bermbom op een Turks militair voertuig in de provincie Idlib zijn donderdag drie Turkse militairen om het leven gekomen.",
        Some("2020-03-20"),
        &["explosion@Idlib;f=3;d=2020-03-19;p=3"],
    ),
];

const MODALITY: &[Case] = &[
    // An offensive discussed, a withdrawal ordered or announced, is no
    // event yet; what an announcement reports is.
    (
        "The UN Security Council met behind closed doors in New York on Thursday to discuss \
         Turkey's offensive in northeast Syria.",
        Some("2019-10-10"),
        &[],
    ),
    (
        "President Trump has ordered the full withdrawal of US troops from Syria.",
        Some("2018-12-20"),
        &[],
    ),
    (
        "Trump kondigde de terugtrekking van Amerikaanse troepen uit Syrië aan.",
        Some("2018-12-20"),
        &[],
    ),
    (
        "The army announced on Thursday it had captured Manbij.",
        Some("2018-12-20"),
        &["territory_change@Manbij"],
    ),
    // A battle told by that word alone, with no dead, nobody armed and no
    // war in the article, is another contest.
    (
        "Oppositie wint in Istanbul\n\nDe strijd om Istanbul werd gezien als een test voor Erdogan.",
        Some("2019-06-24"),
        &[],
    ),
    (
        "De strijd om Kobani tussen Koerdische strijders en IS duurt voort.",
        Some("2014-10-20"),
        &["armed_clash@Kobani"],
    ),
    // What a film or a book depicts is no report; footage shows what
    // happened.
    (
        "De film toont de bombardementen op het ziekenhuis in Aleppo.",
        Some("2019-11-12"),
        &[],
    ),
    (
        "The book describes the bombing of Aleppo in 2016.",
        Some("2019-11-12"),
        &[],
    ),
    (
        "Footage showed air strikes hitting Aleppo on Monday.",
        Some("2019-11-12"),
        &["airstrike@Aleppo;d=2019-11-11"],
    ),
    // An offensive prepared is none yet; the deeds done meanwhile are.
    (
        "Het regime bereidt al weken een grootscheeps offensief voor op Idlib.",
        Some("2018-09-10"),
        &[],
    ),
    (
        "The army shelled Yabroud as it prepared an offensive against rebel enclaves in the Qalamoun \
         mountains.",
        Some("2014-03-11"),
        &["shelling@Yabroud"],
    ),
    // Attacks of recent weeks are many, past a list's commas.
    (
        "He said the group had claimed attacks in Manbij, Raqqa and Deir ez-Zor in recent weeks.",
        Some("2019-05-02"),
        &[],
    ),
    // What a side does again and again is no one event; what it did is.
    (
        "IS is nog actief in de woestijn en pleegt aanslagen in Raqqa en Manbij.",
        Some("2019-03-24"),
        &[],
    ),
    (
        "The group still carries out attacks in Deir ez-Zor.",
        Some("2019-03-24"),
        &[],
    ),
    (
        "IS pleegde zaterdag aanslagen in Raqqa en Manbij.",
        Some("2019-03-24"),
        &["attack@Raqqa;d=2019-03-23", "attack@Manbij;d=2019-03-23"],
    ),
    // Deeds over a span told with "lang", "jarenlang" or "for months"
    // are many, no one event.
    (
        "Regisseur Waad al-Kateab filmde vijf jaar lang de bombardementen op Aleppo. A rebel offensive has been underway in southern Daraa for months. Jarenlang beschoot het leger Homs.",
        Some("2021-03-02"),
        &[],
    ),
    // The dead of a mass grave, who killed them and how, are no event of
    // the article.
    (
        "Authorities in Raqqa have found a mass grave containing the bodies of about 400 people. Many of the dead are believed to have been killed by Islamic State, which used the stadium as a prison, or in US-led air strikes during the battle for the city, which ended in October.",
        Some("2017-12-28"),
        &[],
    ),
    (
        "In Raqqa is een massagraf met 200 lichamen gevonden. De meeste slachtoffers kwamen om bij luchtaanvallen op de stad.",
        Some("2017-12-28"),
        &[],
    ),
    // Ground taken since months ago is many captures; since a day, one.
    (
        "Sinds januari al nemen zwaar bewapende rebellen steden in het noorden van Irak in.",
        Some("2014-06-12"),
        &[],
    ),
    (
        "Since Monday, Kurdish forces have captured the town of Tal Abyad.",
        Some("2015-06-16"),
        &["territory_change@Tal Abyad"],
    ),
    // A fight of months is many events (the capture after it is one); a
    // battle for a place whose toll is told in the perfect is a campaign.
    (
        "Na negen maanden van zware gevechten is de stad Mosul volledig heroverd.",
        Some("2017-07-10"),
        &["territory_change@Mosul"],
    ),
    (
        "De strijd om Mosul heeft duizenden doden geëist.",
        Some("2017-07-10"),
        &[],
    ),
    (
        "The battle for Aleppo has claimed thousands of lives.",
        Some("2016-12-10"),
        &[],
    ),
    // One person's or one family's flight is a life story, no
    // displacement.
    (
        "'Ons huis is verwoest,' zegt een vader die met zijn gezin uit Kafr Nabl vluchtte.",
        Some("2019-05-06"),
        &[],
    ),
    (
        "Hij vluchtte met zijn familie vanuit Mosul naar Erbil.",
        Some("2016-11-20"),
        &[],
    ),
    (
        "Duizenden burgers vluchtten uit Kafr Nabl.",
        Some("2019-05-06"),
        &["displacement@Kafr Nabl"],
    ),
    // Deeds told of the past at large or of recent years are many events,
    // no one of them. (Not "the past 24 hours", a day's toll; nor the one
    // named after "including … when".)
    (
        "No one claimed the attack, but the Islamic State group has carried out several bombings in Kurdish areas in Syria in the past.",
        Some("2016-12-28"),
        &[],
    ),
    (
        "IS heeft in het verleden vaker aanslagen gepleegd in Qamishli.",
        Some("2016-12-28"),
        &[],
    ),
    (
        "The group has carried out bombings in Qamishli in recent years.",
        Some("2016-12-28"),
        &[],
    ),
    (
        "Air strikes killed 20 people in Idlib in the past 24 hours.",
        Some("2016-12-28"),
        &["airstrike@Idlib;f=20"],
    ),
    // Nor does a generic noun told so refine a placeless event's place.
    (
        "A suicide bomb blast killed at least 16 people in the city of Hasaka on Tuesday. There was no immediate claim of responsibility for the bombing. But bomb attacks in Qamishli have been rarer in recent months.",
        Some("2016-07-05"),
        &["suicide_bomb@Al-Hasakah;f=16"],
    ),
    // A capture a Dutch "om … te" aims at is none; the offensive is the
    // event. Achieved ("slaagde erin … te", "wist … te") it is one.
    (
        "Het Iraakse leger is maandag begonnen aan het offensief om de stad Mosul te heroveren op Islamitische Staat.",
        Some("2016-10-17"),
        &["ground_offensive@Mosul"],
    ),
    (
        "Het Iraakse leger wist maandag de stad Mosul te heroveren.",
        Some("2016-10-17"),
        &["territory_change@Mosul"],
    ),
    // "gaan … door" goes on; "gaan" with an infinitive is a future.
    (
        "In Ras al-Ain gaan de gevechten onverminderd door.",
        Some("2019-10-15"),
        &["armed_clash@Ras al-Ain;d=2019-10-15"],
    ),
    (
        "De gevechten in Ras al-Ain gaan door, zegt de SDF.",
        Some("2019-10-15"),
        &["armed_clash@Ras al-Ain"],
    ),
    (
        "Turkije gaat Ras al-Ain aanvallen.",
        Some("2019-10-15"),
        &[],
    ),
    // A span of time between the threat and its deed does not part them.
    (
        "Turkey has threatened for months to launch a new incursion into northern Syria.",
        Some("2022-07-20"),
        &[],
    ),
    (
        "Turkije dreigt al maanden opnieuw met een grondoffensief in Noord-Syrië.",
        Some("2022-07-20"),
        &[],
    ),
    // An event talked or debated about is a topic, not a report; one a
    // body is concerned about is reported.
    (
        "Oud-minister Hennis sprak dinsdag in Den Haag over de Turkse inval in Syrië.",
        Some("2019-10-15"),
        &[],
    ),
    (
        "Ministers talked about the offensive in Idlib on Monday.",
        Some("2019-10-15"),
        &[],
    ),
    (
        "Het raadslid had kritiek geuit op de Turkse inval in Afrin in Noord-Syrië.",
        Some("2019-04-30"),
        &[],
    ),
    (
        "The OPCW is seriously concerned about the alleged chemical weapons attack reported this morning in the Khan Sheikhun area.",
        Some("2017-04-04"),
        &["chemical_attack@Khan Shaykhun;f=-;d=2017-04-04"],
    ),
    // An offensive or a fight waged since a month or a year is a campaign,
    // no event of the day; since a weekday it is one.
    (
        "Het regeringsleger en Russische troepen voeren sinds eind april een offensief tegen de rebellen in Idlib.",
        Some("2019-06-03"),
        &[],
    ),
    (
        "Kurdish forces have been fighting IS in Raqqa since June 2017.",
        Some("2017-09-03"),
        &[],
    ),
    (
        "Since Monday Kurdish forces have been fighting IS in Raqqa.",
        Some("2017-09-03"),
        &["armed_clash@Raqqa;f=-;d=2017-09-03"],
    ),
    // Events told of months or years are many, no one of them; who a force
    // fights describes it.
    (
        "Turkey has been hit by a series of bombings in the past year, including in Istanbul and Ankara.",
        None,
        &[],
    ),
    (
        "The PYD-dominated and U.S.-backed Syria Democratic Forces have been the main force fighting Daesh in northern Syria capturing significant territory from the terrorists over the past two years.",
        None,
        &[],
    ),
    (
        "Last year jets bombed Ankara.",
        Some("2017-01-01"),
        &["airstrike@Ankara;d=2016"],
    ),
    // A lull or a pause in an event, and countless ones, are none.
    (
        "The brief lull in regime bombing should still provide some relief for the civilians of Idlib.",
        None,
        &[],
    ),
    (
        "A pause in the fighting in Aleppo allowed aid to enter.",
        None,
        &[],
    ),
    (
        "The airfield near Homs has been used for countless air raids.",
        None,
        &[],
    ),
    ("Turkije dreigt met een offensief tegen Manbij.", None, &[]),
    // The future's auxiliary at the end of a Dutch subordinate clause.
    (
        "De ambassadeur zei dat kruisraketten bij een luchtaanval op Homs zullen worden neergehaald.",
        None,
        &[],
    ),
    (
        "Turkije wil een veilige zone instellen in Noord-Syrië.",
        None,
        &[],
    ),
    ("De VN vreest een vluchtelingenstroom uit Idlib.", None, &[]),
    (
        "If Turkey attacks Manbij, the Kurds will fight back.",
        None,
        &[],
    ),
    (
        "Turkey threatened to launch an offensive on Manbij.",
        None,
        &[],
    ),
    (
        "Er zijn geen luchtaanvallen op Idlib uitgevoerd.",
        None,
        &[],
    ),
    ("Werd Idlib gisteren gebombardeerd?", None, &[]),
    (
        "Nederlandse militairen trainen Iraakse speciale eenheden in Erbil.",
        None,
        &[],
    ),
    ("Er zijn regelmatig bombardementen op Idlib.", None, &[]),
    // Fighting for a side is who someone is, not a battle; fighting over a
    // town, or beside an ally somewhere, is one.
    (
        "Kinderen wier ouders voor IS hebben gevochten, zitten in kampen in Noord-Syrië.",
        None,
        &[],
    ),
    (
        "He fought for ISIS in Raqqa for two years before he returned.",
        None,
        &[],
    ),
    (
        "Koerdische strijders vochten om de stad Kobani.",
        None,
        &["armed_clash@Kobani"],
    ),
    (
        "Syrian troops fought alongside Hezbollah near Qusayr on Monday.",
        None,
        &["armed_clash@Qusayr"],
    ),
    // Control of a place is fought over; control of a car is nothing.
    (
        "Heavy fighting for control of Aleppo continued on Sunday.",
        None,
        &["armed_clash@Aleppo"],
    ),
    ("He lost control of his car in Amsterdam.", None, &[]),
    (
        "The driver lost control of the vehicle near Homs.",
        None,
        &[],
    ),
    // The event a period is counted from is background; with a date of
    // its own it is an event (see DATES: "since a chemical attack on Khan
    // Shaykhun on Tuesday killed 87 people").
    (
        "It was the biggest single loss for Turkey since it began its incursions into Syria.",
        None,
        &[],
    ),
    (
        "Syria fighting worst since Aleppo air strikes: aid agencies",
        None,
        &[],
    ),
    (
        "Since Monday Turkish jets have bombed Tal Abyad.",
        None,
        &["airstrike@Tal Abyad"],
    ),
    // A campaign of months is no one event, and its dead are a period's;
    // a siege of years broken is an event.
    (
        "The SDF captured Raqqa. Around 3,250 militants were killed during the four-month battle for the city.",
        None,
        &["territory_change@Raqqa"],
    ),
    // (A time adverbial of weeks gone by is a period of its own, as
    // months are: this row wanted a clash at Aleppo until weeks were
    // made a period, like "de afgelopen maanden"; see FATALITIES.)
    (
        "De afgelopen weken werd de strijd om de Syrische stad Aleppo steeds feller.",
        None,
        &[],
    ),
    // An expected event has not happened.
    (
        "Syrian troops were on the verge of retaking all of eastern Aleppo on Tuesday.",
        None,
        &[],
    ),
    (
        "The army is expected to launch a ground offensive in Douma.",
        None,
        &[],
    ),
    (
        "Het leger bereidt zich voor op de verwachte aanval op Idlib.",
        None,
        &[],
    ),
    // An earthquake that hits is no strike, and its dead no conflict's
    // (this row asserted casualties before disasters were told apart).
    ("Een aardbeving trof Hatay, er vielen 40 doden.", None, &[]),
    // A call asks for a deed that is not yet one; a reaction after an
    // event does not undo it.
    (
        "Boris Johnson on Tuesday called for anti-war campaigners to protest outside the Russian embassy in London.",
        Some("2016-10-12"),
        &[],
    ),
    (
        "Activists urged residents to flee Raqqa on Monday.",
        Some("2017-06-12"),
        &[],
    ),
    (
        "De Koerden hebben opgeroepen tot demonstraties in Qamishli.",
        Some("2019-10-15"),
        &[],
    ),
    (
        "Activisten riepen inwoners op om uit Raqqa te vluchten.",
        Some("2017-06-12"),
        &[],
    ),
    (
        "The UN urged calm after the strike on Idlib killed 12 people.",
        Some("2019-10-15"),
        &["airstrike@Idlib;f=12"],
    ),
    (
        "Hundreds protested in Istanbul on Monday after the opposition called for demonstrations.",
        Some("2019-10-15"),
        &["protest@Istanbul;d=2019-10-14"],
    ),
];

const FATALITIES: &[Case] = &[
    // A record measured since the war's start leaves the day's count.
    (
        "BEIRUT (Reuters) - Syrian government bombardment killed at least 94 people in the rebel \
         enclave of eastern Ghouta on Monday, a war monitor said, one of the highest tolls in a \
         single day since the start of the war.",
        Some("2018-02-20"),
        &["airstrike@Eastern Ghouta;f=94;d=2018-02-19"],
    ),
    // That many dozens; Dutch "dozijn"; a vague count in the next sentence
    // of no event of its own; one named before a counted list past its
    // possessive, in a Dutch clause too.
    (
        "Turkish jets struck Tal Abyad on Tuesday, killing more than two dozen people.",
        Some("2019-10-16"),
        &["airstrike@Tal Abyad;f=24"],
    ),
    (
        "Turkse straaljagers bombardeerden dinsdag Tal Abyad. Er vielen zeker een dozijn doden.",
        Some("2019-10-16"),
        &["airstrike@Tal Abyad;f=12"],
    ),
    (
        "Turkish jets struck Tal Abyad on Tuesday. Dozens of people were killed.",
        Some("2019-10-16"),
        &["airstrike@Tal Abyad;f=12"],
    ),
    (
        "Turkse straaljagers bombardeerden dinsdag Tal Abyad, waarbij een moeder en haar drie \
         kinderen omkwamen.",
        Some("2019-10-16"),
        &["airstrike@Tal Abyad;f=4"],
    ),
    (
        "Turkse straaljagers bombardeerden dinsdag Tal Abyad. Daarbij kwamen een moeder en haar \
         drie kinderen om.",
        Some("2019-10-16"),
        &["airstrike@Tal Abyad;f=4"],
    ),
    // A "since" that measures a record (the deadliest day since a war) is
    // no period's toll; a toll since a day still is the event's count.
    (
        "Israeli air strikes killed 492 people across Lebanon on Monday, including 35 children, the health ministry said, the deadliest day of violence in the country since the 2006 war. Het was de zwaarste aanval op Homs sinds 2013: twaalf mensen kwamen om.",
        Some("2024-09-24"),
        &[
            "airstrike@Lebanon;f=492;d=2024-09-23;p=3",
            "casualties@Homs;f=12",
        ],
    ),
    // A number told wounded past "others" is no count of the dead, even
    // after a death word without a comma between (the boy, named without
    // an auxiliary, is not counted either).
    (
        "A boy killed two others injured in shelling on Aleppo.",
        Some("2016-11-07"),
        &["shelling@Aleppo;f=-"],
    ),
    // A person named before an apposition of his title, who "also died",
    // is one more of the event's dead.
    (
        "Qassem Soleimani was killed in a US drone strike at Baghdad airport early on Friday. Abu Mahdi al-Muhandis, deputy commander of the PMF, also died.",
        Some("2020-01-03"),
        &["airstrike@Baghdad;f=2;d=2020-01-03"],
    ),
    // A person named before an apposition is counted ("Saleh al-Arouri,
    // the deputy leader of Hamas, was killed"; "een commandant van IS" is
    // no auxiliary "is"); "six other people" told after are more of that
    // event's dead.
    (
        "Saleh al-Arouri, the deputy leader of Hamas, was killed on Tuesday in an Israeli drone strike in Beirut. Six other people were killed in the strike. Abu Omar, een commandant van IS, werd dinsdag gedood bij een luchtaanval in Raqqa.",
        Some("2024-01-03"),
        &[
            "airstrike@Beirut;f=7;d=2024-01-02",
            "airstrike@Raqqa;f=1;d=2024-01-02",
        ],
    ),
    // Dead "in the strikes" are those of the strikes told so, not of a
    // nearer deed told otherwise (the attack the strikes answered).
    (
        "The US military said on Wednesday it had carried out air strikes in Syria's Deir ez-Zor province. The strikes were ordered in response to an August 15 attack on the al-Tanf garrison, in which drones targeted a compound used by US forces. No one was injured in that attack. The Syrian Observatory said six fighters were killed in the strikes near the town of Ayyash.",
        Some("2022-08-25"),
        &[
            "airstrike@Deir ez-Zor;f=6;d=2022-08-24",
            "airstrike@al-Tanf garrison;f=-;d=2022-08-15",
        ],
    ),
    // "one" before a trade counts one; "the strikes" retell missiles at
    // the airport they struck; a count of speakers is none of the dead.
    (
        "Israeli missiles struck the airport of Damascus on Sunday. The Syrian defence ministry said the strikes killed one worker and wounded another at Damascus airport.",
        Some("2023-10-26"),
        &["shelling@Damascus;f=1;d=2023-10-22"],
    ),
    (
        "One soldier said five people were killed in Homs. Three fighters were said to be killed in Hama.",
        Some("2023-10-26"),
        &["casualties@Homs;f=5", "casualties@Hama;f=3"],
    ),
    // The count of a placeless sentence that retells the event before is
    // shared by the places that event's cue lists.
    (
        "Volgens het Turkse leger zijn elf dorpen rond Tal Abyad en Ras al-Ain ingenomen. Bij de gevechten zijn zeker 23 Koerdische strijders en acht burgers om het leven gekomen.",
        Some("2019-10-10"),
        &[
            "territory_change@Tal Abyad;f=16;p=2",
            "territory_change@Ras al-Ain;f=15;p=2",
        ],
    ),
    // A number joined to a unit measures; a battle of months after which
    // a toll is told is a campaign's toll; months of strikes and shelling
    // are many events, none of them one.
    (
        "SDF declared victory in Raqqa on Tuesday, after a four-month battle for the city that killed more than 3,000 people. Large parts of the city have been destroyed by months of air strikes and shelling.",
        Some("2017-10-17"),
        &[],
    ),
    (
        "A 48-hour ceasefire in Aleppo collapsed as shelling killed 5.",
        Some("2017-10-17"),
        &["shelling@Aleppo;f=5"],
    ),
    // A model's number is no count; a headline's dead with no deed are
    // those the text dates years before with the same count.
    (
        "Nederlandse F-16 doodde zeventig burgers in Hawija\n\nBij een bombardement door een Nederlandse F-16 in de Iraakse stad Hawija zijn in juni 2015 zeventig burgers om het leven gekomen.",
        Some("2019-11-18"),
        &["airstrike@Al Ḩawījah;f=70;d=2015-06"],
    ),
    (
        "Syrian MiG-23 jets killed 12 people in Idlib.",
        Some("2019-11-18"),
        &["airstrike@Idlib;f=12"],
    ),
    // An event told again by a definite singular with its place and no
    // date of its own is the one told there before, whatever its day: it
    // gives it its count ("the Douma attack" names its place, not the
    // strikes told just before).
    (
        "The United States, Britain and France launched air strikes on Syria early on Saturday in response to a suspected poison gas attack in Douma a week ago. The strikes targeted a research centre in Damascus. At least 40 people were killed in the Douma attack, according to rescue workers.",
        Some("2018-04-14"),
        &[
            "chemical_attack@Douma;f=40;d=2018-04",
            "airstrike@Damascus;d=2018-04-14",
        ],
    ),
    // One person killed named with adjectives and side before a count of
    // others: all of them. Clergy and trades are victims named.
    (
        "An Israeli air strike on a house in Nabatieh killed a senior Hezbollah field commander and three other fighters on Tuesday night.",
        Some("2024-06-12"),
        &["airstrike@Nabatieh;f=4;d=2024-06-11"],
    ),
    (
        "Eerder op de dag werd in Deir ez-Zor een Armeens-katholieke priester doodgeschoten.",
        Some("2019-11-11"),
        &["attack@Deir ez-Zor;f=1;d=2019-11-11"],
    ),
    // "one other man" is one, as "two other men" are two.
    (
        "US forces carried out a raid near Jarablus in Syria on Thursday. Local residents said one other man was killed in the raid.",
        Some("2022-06-16"),
        &["raid@Jarabulus;f=1;d=2022-06-16;p=2"],
    ),
    // Dead told with no number but some of them counted: at least those.
    (
        "Bij luchtaanvallen op een markt in Maarat al-Numan zijn maandag zeker 31 burgers om het leven gekomen. Ook in het nabijgelegen Saraqeb vielen doden, onder wie drie kinderen.",
        Some("2019-07-22"),
        &[
            "airstrike@Maarat al-Numan;f=31",
            "airstrike@Saraqib;f=3;d=2019-07-22",
        ],
    ),
    (
        "People were also killed in Saraqeb on Monday, among them three children.",
        Some("2019-07-22"),
        &["casualties@Saraqib;f=3"],
    ),
    // Lives taken and counted are the dead; saved, or of a vague many,
    // none counted.
    (
        "Vorig jaar eiste een aanslag op een moskee in Peshawar 63 levens.",
        Some("2023-01-30"),
        &["attack@Peshawar;f=63;d=2022"],
    ),
    (
        "The air force carried out a massacre in the town of Douma on Monday, claiming the lives of at least 32 people.",
        Some("2017-04-04"),
        &["attack@Douma;f=32;d=2017-04-03"],
    ),
    (
        "Reddingswerkers redden 63 levens na de aanslag in Peshawar.",
        Some("2023-01-30"),
        &["attack@Peshawar;f=-"],
    ),
    // A toll that rose past a hedge.
    (
        "A truck bomb killed 276 people in Mogadishu on Saturday. The death toll later rose to more than 500.",
        Some("2017-10-15"),
        &["explosion@Mogadishu;f=500;d=2017-10-14"],
    ),
    (
        "Een autobom doodde zaterdag 276 mensen in Mogadishu. Het dodental is opgelopen tot ruim 500.",
        Some("2017-10-15"),
        &["explosion@Mogadishu;f=500;d=2017-10-14"],
    ),
    // Weeks gone by are a period, as months and years are: many strikes,
    // and their dead a toll; not "last week", a date.
    (
        "The LNA has carried out airstrikes on Tripoli in recent weeks.",
        Some("2019-07-03"),
        &[],
    ),
    (
        "Regime bombardment of Eastern Ghouta in the last two weeks has killed more than 100 people.",
        Some("2017-11-26"),
        &[],
    ),
    (
        "Jets bombed Tripoli last week.",
        Some("2019-07-03"),
        &["airstrike@Tripoli;d=2019-06"],
    ),
    // An undated article's headline is the event its text dates.
    (
        "Airstrike on migrant center near Tripoli kills dozens\n\nAn airstrike hit a detention center for migrants in Tajoura, a suburb of Tripoli, on July 2, 2019, killing at least 44 people.",
        None,
        &["airstrike@Tajoura;f=44;d=2019-07-02"],
    ),
    // So is a dated article's: the headline's city stands for its suburb
    // the text names, and "dozens" for its 44.
    (
        "Airstrike on migrant center near Tripoli kills dozens\n\nAn airstrike hit a detention center for migrants in Tajoura, a suburb of Tripoli, on July 2, 2019, killing at least 44 people.",
        Some("2019-07-03"),
        &["airstrike@Tajoura;f=44;d=2019-07-02"],
    ),
    // And a town the text names beside the village the event was in, for
    // a headline of dead: not a second event there.
    (
        "Coalitie doodt tientallen burgers bij Manbij\n\nBij luchtaanvallen van de coalitie op het dorp Tokhar, ten noorden van Manbij, zijn dinsdag zeker 56 burgers omgekomen.",
        Some("2016-07-20"),
        &["airstrike@Tokhar;f=56;d=2016-07-19"],
    ),
    // (Not the rebels' mortars on a quarter of the city for a headline's
    // bombing of it.)
    (
        "Russian jets step up bombing of Aleppo city\n\nRebels fired mortars at the Sheikh Maqsoud neighbourhood in Aleppo on Sunday.",
        Some("2016-06-22"),
        &[
            "airstrike@Aleppo;d=2016-06-22",
            "shelling@Sheikh Maqsoud;d=2016-06-19",
        ],
    ),
    // Attacks told first in a country, or with no place, and retold
    // where they were aimed: there, with the count told before (divided
    // among the places, as one sentence's toll of several).
    (
        "De VS hebben donderdag doelen in Jemen gebombardeerd. Volgens de Houthi's kwamen daarbij vijf strijders om. De aanvallen waren gericht op radarinstallaties, opslagplaatsen voor drones en lanceerplatforms voor raketten bij de havenstad Hodeidah en rond de hoofdstad Sanaa.",
        Some("2024-01-12"),
        &[
            "airstrike@Hodeidah;f=3;d=2024-01-11",
            "airstrike@Sanaa;f=2;d=2024-01-11",
        ],
    ),
    (
        "A minister was among at least 12 people killed in a car bomb attack in the south of the country on Thursday. The attack targeted a ceremony for a local police station in Inkhil.",
        Some("2016-09-23"),
        &["explosion@Inkhil;f=12;d=2016-09-22"],
    ),
    // One person named by a trade, and the Dutch perfect "is … om het
    // leven gekomen".
    (
        "Bij een raketaanval op een basis in Erbil is maandagavond een buitenlandse contractant om het leven gekomen.",
        Some("2021-02-16"),
        &["shelling@Erbil;f=1;d=2021-02-15"],
    ),
    (
        "Bij een raketaanval op Erbil zijn twee burgers om het leven gekomen.",
        Some("2021-02-16"),
        &["shelling@Erbil;f=2"],
    ),
    (
        "Bij een aanval van Koerdische strijders op Turkse troepen bij Tal Abyad is zondag een Turkse militair om het leven gekomen.",
        Some("2019-10-20"),
        &["armed_clash@Tal Abyad;f=1;p=2"],
    ),
    (
        "Bij Tal Abyad werd een militair konvooi beschoten.",
        Some("2019-10-20"),
        &["shelling@Tal Abyad;f=-"],
    ),
    (
        "A foreign contractor was killed in a rocket attack on a base in Erbil.",
        Some("2021-02-16"),
        &["shelling@Erbil;f=1"],
    ),
    // People counted before the name of the side they were of.
    (
        "Het leger heeft bij een droneaanval bij Tyrus een commandant van Hamas gedood.",
        Some("2024-02-10"),
        &["airstrike@Tyre;f=1"],
    ),
    (
        "A senior commander of Hezbollah was killed in an Israeli strike near Tyre.",
        Some("2024-02-10"),
        &["airstrike@Tyre;f=1"],
    ),
    // People counted before an apposition between commas are the
    // subject of the death word after it.
    (
        "Two rescue workers, also known as White Helmets, were killed in Afrin on Monday.",
        Some("2023-01-26"),
        &["casualties@Afrin;f=2"],
    ),
    (
        "Three soldiers, who were on patrol near the border, were killed in Afrin on Monday.",
        Some("2023-01-26"),
        &["casualties@Afrin;f=3"],
    ),
    // A demonym that is the person counts one ("A Palestinian was
    // killed", past an ordinal too), and so do Dutch nouns of a
    // nationality; a day may stand between the Dutch auxiliary and its
    // participle.
    (
        "A Palestinian was killed in Ramallah on Thursday.",
        Some("2023-01-26"),
        &["casualties@Ramallah;f=1"],
    ),
    (
        "Later on Thursday, a tenth Palestinian was shot dead in Ramallah.",
        Some("2023-01-26"),
        &["attack@Ramallah;f=1"],
    ),
    (
        "Een Palestijn werd donderdag doodgeschoten in Ramallah.",
        Some("2023-01-26"),
        &["attack@Ramallah;f=1"],
    ),
    (
        "Turkish jets killed Syrian soldiers in Afrin on Thursday.",
        Some("2023-01-26"),
        &["airstrike@Afrin;f=-"],
    ),
    // One who holds an office counts one with "the": "the police chief",
    // "de gouverneur"; not "the man", as often one told before.
    (
        "In Mazar-i-Sharif, a roadside bomb killed the provincial police chief in October.",
        Some("2023-01-11"),
        &["explosion@Mazār-e Sharīf;f=1;d=2022-10"],
    ),
    (
        "Bij een bomaanslag in Kandahar is dinsdag de gouverneur gedood.",
        Some("2023-01-11"),
        &["explosion@Kandahār;f=1;d=2023-01-10"],
    ),
    (
        "A car bomb exploded in Kandahar on Monday, killing the man who drove it.",
        Some("2023-01-11"),
        &["explosion@Kandahār;f=-;d=2023-01-09"],
    ),
    // The dead since a month are a period's, however far the count stands
    // from "since" and past the comma that closes its date; not since an
    // event named, nor since a day.
    (
        "Sinds eind april zijn bij de gevechten in het noordwesten van Syrië meer dan 500 burgers omgekomen.",
        Some("2019-08-21"),
        &[],
    ),
    (
        "Since late April, more than 500 civilians have been killed in the fighting in northwestern Syria.",
        Some("2019-08-21"),
        &[],
    ),
    (
        "Since March, 649 civilians have been killed in Idlib.",
        Some("2019-08-21"),
        &[],
    ),
    (
        "Since Monday, 50 civilians have been killed in Idlib.",
        Some("2019-08-21"),
        &["casualties@Idlib;f=50"],
    ),
    // Tens and a unit written apart, "one" too.
    (
        "Fifty-one people were killed in an attack on Hama.",
        Some("2017-05-18"),
        &["armed_clash@Hama;f=51"],
    ),
    (
        "The attack on Hama killed twenty-one people.",
        Some("2017-05-18"),
        &["armed_clash@Hama;f=21"],
    ),
    // Deaths the text does not date, at the place of the event told just
    // before, are that event's whatever its day, when it has no count; not
    // more dead beside a counted one.
    (
        "Russian missiles hit power stations in Kharkiv on Sunday night. At least one person was killed in Kharkiv, the regional governor said.",
        Some("2022-09-12"),
        &["shelling@Kharkiv;f=1;d=2022-09-11"],
    ),
    (
        "An air strike killed 23 people in Aleppo on Monday. More than a dozen people were also killed in Aleppo.",
        Some("2016-10-14"),
        &[
            "airstrike@Aleppo;f=23;d=2016-10-10",
            "casualties@Aleppo;f=12;d=2016-10-14",
        ],
    ),
    // An area's total told with a place's share keeps the rest, as ACLED
    // codes it (no dead counted twice, none lost).
    (
        "Israeli air strikes killed 34 people in southern Gaza on Tuesday, 11 of them in Rafah, health officials said.",
        Some("2024-03-12"),
        &["airstrike@Southern Gaza;f=23", "airstrike@Rafah;f=11"],
    ),
    (
        "Bij Israëlische luchtaanvallen in het zuiden van de Gazastrook zijn dinsdag 34 mensen omgekomen, van wie 11 in Rafah.",
        Some("2024-03-12"),
        &["airstrike@Southern Gaza;f=23", "airstrike@Rafah;f=11"],
    ),
    (
        "Air strikes killed 12 people in Idlib province on Monday, including 3 in Saraqib.",
        Some("2019-06-11"),
        &["airstrike@Idlib;f=9", "airstrike@Saraqib;f=3"],
    ),
    // An initialism's full stops part no count from its verb.
    (
        "Three U.S. soldiers were killed in an air strike in Idlib.",
        Some("2024-01-29"),
        &["airstrike@Idlib;f=3"],
    ),
    // A count whose words name the deed ("in the strike") is that deed's,
    // not the last event's of another type; told a few sentences later,
    // still the strike's.
    (
        "Israeli warplanes struck the Defence Ministry in central Damascus on Wednesday. Government troops entered the city of Sweida on Tuesday.\n\nThree people were killed in the strike on the ministry, state media said.",
        Some("2025-07-16"),
        &["airstrike@Damascus;f=3", "ground_offensive@As-Suwayda;f=-"],
    ),
    (
        "Israeli warplanes struck the Defence Ministry in central Damascus on Wednesday. Druze leaders in Sweida called for calm. Government troops entered the city of Sweida on Tuesday. Tanks were seen on its streets.\n\nThree people were killed in the strike on the ministry, state media said.",
        Some("2025-07-16"),
        &["airstrike@Damascus;f=3", "ground_offensive@As-Suwayda;f=-"],
    ),
    // A count of a strike is no other deed's: "updated its death toll of
    // 15 for the strike" after a clash has no strike to go to.
    (
        "Rebels and government troops clashed near Maarat al-Numan on Monday.\n\nThe monitoring group updated its death toll of 15 for the strike, saying three more people had died.",
        Some("2019-06-11"),
        &["armed_clash@Maarat al-Numan;f=-"],
    ),
    // A prosecutor's office that reports an attack is a source; its
    // account of a defendant's deeds is none.
    (
        "In the eastern Donetsk region, Russian shelling killed two civilians in the town of Toretsk, the regional prosecutor's office said.",
        Some("2023-07-31"),
        &["shelling@Toretsk;f=2"],
    ),
    (
        "Prosecutors say he took part in the shelling of Aleppo in 2015.",
        Some("2019-10-15"),
        &[],
    ),
    (
        "Prosecutors say the group carried out executions in Raqqa in 2015.",
        Some("2019-10-15"),
        &[],
    ),
    // Nor is a number of places.
    (
        "In vier wijken van Aleppo werden maandag 82 burgers gedood.",
        Some("2016-12-13"),
        &["casualties@Aleppo;p=2;f=82;d=2016-12-12"],
    ),
    (
        "Government troops shot dead at least 82 civilians in four districts of Aleppo on Monday, and seven people were killed in five villages near Idlib.",
        Some("2016-12-13"),
        &[
            "attack@Aleppo;p=2;f=82;d=2016-12-12",
            "attack@Idlib;p=2;f=7;d=2016-12-12",
        ],
    ),
    // A number of strikes, raids or bombers is no count of the dead.
    (
        "At least six children were among those killed in nearly 40 air raids on Douma.",
        Some("2015-02-05"),
        &["airstrike@Douma;f=-"],
    ),
    (
        "Forty air strikes on Douma killed six civilians.",
        Some("2015-02-05"),
        &["airstrike@Douma;f=6"],
    ),
    (
        "On Wednesday three suicide bombers killed at least two people near the police headquarters in Damascus.",
        Some("2017-10-13"),
        &["suicide_bomb@Damascus;f=2;d=2017-10-11"],
    ),
    // A headline's deaths at a provincial capital named like its province
    // are the province's event with their count.
    (
        "Turkey retaliates after 33 soldiers killed in Syria's Idlib\n\nTurkey struck Syrian government targets on Friday in retaliation for an air strike that killed 33 Turkish soldiers in Idlib province.",
        Some("2020-02-28"),
        &["airstrike@Idlib;f=33;p=3"],
    ),
    // The deed an event avenges and the avenging event told again
    // elsewhere are two events.
    (
        "Turkey struck Syrian government targets on Friday in retaliation for an air strike that killed 33 Turkish soldiers in Idlib province. Turkish drones hit positions near Saraqeb.",
        Some("2020-02-28"),
        &["airstrike@Idlib;f=33", "airstrike@Saraqib;f=-"],
    ),
    // The Dutch "het leven aan" puts the count after the dead.
    (
        "Een Turks bombardement op Ras al-Ain kostte zondag het leven aan zeker elf mensen.",
        Some("2019-10-15"),
        &["airstrike@Ras al-Ain;f=11;d=2019-10-13"],
    ),
    // An aside of some of the dead, between commas, leaves the count
    // theirs all.
    (
        "More than 300 people, among them 20 civilians, were killed in clashes in Aleppo on Friday.",
        Some("2024-11-30"),
        &["armed_clash@Aleppo;f=300;d=2024-11-29"],
    ),
    (
        "At least 300 people, including 20 civilians, were killed in clashes in Aleppo on Friday.",
        Some("2024-11-30"),
        &["armed_clash@Aleppo;f=300;d=2024-11-29"],
    ),
    (
        "Meer dan 300 mensen, onder wie 20 burgers, kwamen vrijdag om bij gevechten in Aleppo.",
        Some("2024-11-30"),
        &["armed_clash@Aleppo;f=300;d=2024-11-29"],
    ),
    (
        "At least 40 people, most of them civilians, were killed in air strikes on Idlib.",
        Some("2024-11-30"),
        &["airstrike@Idlib;f=40"],
    ),
    // The dead since a start told with its verb are a period's; a "since"
    // that measures a record after the count leaves it the event's.
    (
        "The monitor said more than 300 people, among them 20 civilians, had been killed since the rebels launched the offensive on Wednesday from their stronghold in Idlib province.",
        Some("2024-11-30"),
        &["ground_offensive@Idlib;f=-"],
    ),
    (
        "A Russian helicopter was shot down near Saraqeb on Monday, killing all five people on board in the biggest loss of life for Russian forces since they started operations in Syria.",
        Some("2016-08-02"),
        &["armed_clash@Saraqib;f=5;d=2016-08-01"],
    ),
    // A headline's or lead's vague toll at a place the text gives a count
    // of its own is that toll told again: no second count.
    (
        "Air strikes kill dozens in Aleppo\n\nDozens of people have been killed in air strikes on the northern Syrian city of Aleppo, a monitoring group said on Monday, including at least 29 people in a single neighbourhood. Mortars struck central Damascus on Monday, killing two. The Observatory said air strikes killed 29 people on Sunday in the southern Al-Ferdous district of Aleppo.",
        Some("2014-04-21"),
        &[
            "airstrike@Aleppo;f=-;d=2014-04-21",
            "shelling@Damascus;f=2;d=2014-04-21",
            "airstrike@Aleppo;f=29;d=2014-04-20",
        ],
    ),
    // The dead of "the fighting" told after a capture are the capture's (a
    // battle both, in ACLED's types); an event of the same type first. (Past
    // the lead, where a placeless event is not put at the focus.)
    (
        "Erdogan sprak maandag met Poetin. Beide presidenten willen een bestand. In het noorden van de provincie Hama heroverden rebellen maandag het dorp Kafr Nabuda. Volgens het Observatorium kwamen bij de gevechten 42 strijders om.",
        Some("2019-06-03"),
        &["territory_change@Kafr Nabuda;f=42;d=2019-06-03"],
    ),
    // People of several kinds counted in one toll are summed; not the
    // wounded listed after the dead, nor the wounded of another verb.
    (
        "A suicide bomber struck crowds outside Kabul airport on Thursday, killing at least 60 Afghans and 13 U.S. troops.",
        Some("2021-08-27"),
        &["suicide_bomb@Kabul;f=73"],
    ),
    (
        "Eleven regime fighters and 17 IS fighters were killed in the attack on Tabqa.",
        None,
        &["armed_clash@Tabqa;f=28"],
    ),
    (
        "Shelling killed 12 soldiers and three civilians were wounded in Idlib.",
        None,
        &["shelling@Idlib;f=12"],
    ),
    (
        "A car bomb in Azaz killed 60 and wounded 13 people.",
        None,
        &["explosion@Azaz;f=60"],
    ),
    (
        "On Sunday regime planes killed 31 jihadists and eight civilians in Raqqa.",
        None,
        &["airstrike@Raqqa;f=39"],
    ),
    // A list of counts before the death word, past a demonym or with
    // forces named, is summed too.
    (
        "In Tal Madiq near Aleppo 11 Syrian opposition fighters and five Kurdish fighters were killed in clashes.",
        None,
        &["armed_clash@Aleppo;f=16"],
    ),
    (
        "The Observatory said 45 opposition fighters and 43 regime forces had been killed in the fighting in Daraa.",
        None,
        &["armed_clash@Daraa;f=88"],
    ),
    (
        "In Aleppo 11 soldiers were killed and five civilians were wounded in clashes.",
        None,
        &["armed_clash@Aleppo;f=11"],
    ),
    // Dutch "zijn" is "are" as well as "his": "zijn honderden mensen
    // omgekomen" is the vague count's hundred, not one man's.
    (
        "Bij een explosie in Azaz zijn dinsdag honderden mensen omgekomen.",
        Some("2019-10-16"),
        &["explosion@Azaz;f=100"],
    ),
    (
        "Bij een explosie in Azaz is dinsdag zijn zoon omgekomen.",
        Some("2019-10-16"),
        &["explosion@Azaz;f=1"],
    ),
    (
        "Turkish-backed rebels executed a Kurdish politician on the M4 highway south of Tal Abyad.",
        Some("2019-10-16"),
        &["attack@Tal Abyad;f=1"],
    ),
    // Counts told place by place after the first are each place's; a part
    // of the first is its place's share, and the rest the others' (as
    // ACLED splits a toll: no dead counted twice; this row wanted 6 and 6,
    // the list's count divided, before shares were kept).
    (
        "Shelling killed four people in Ariha, two in Saraqeb and one in Maarat al-Numan on Tuesday.",
        Some("2019-08-14"),
        &[
            "shelling@Ariha;f=4",
            "shelling@Saraqib;f=2",
            "shelling@Maarat al-Numan;f=1",
        ],
    ),
    // Place first, as Dutch writes it; not one place's count twice.
    (
        "Bij Turkse beschietingen zijn donderdag in Qamishli drie burgers en in Ras al-Ain twee burgers omgekomen.",
        Some("2019-10-11"),
        &["shelling@Qamishli;f=3", "shelling@Ras al-Ain;f=2"],
    ),
    (
        "Bij Turkse beschietingen kwamen donderdag in Qamishli drie burgers om en in Ras al-Ain twee.",
        Some("2019-10-11"),
        &["shelling@Qamishli;f=3", "shelling@Ras al-Ain;f=2"],
    ),
    (
        "In Turkish airstrikes and artillery attacks on two villages near Jarablus 40 civilians killed.",
        Some("2016-08-29"),
        &["airstrike@Jarabulus;p=2;f=40", "shelling@Jarabulus;p=2;f=-"],
    ),
    (
        "Bij luchtaanvallen kwamen vijf mensen om in Douma en drie in Harasta.",
        Some("2019-08-14"),
        &["airstrike@Douma;f=5", "airstrike@Harasta;f=3"],
    ),
    (
        "Air strikes on Douma and Harasta killed 12 people, including 3 in Harasta.",
        Some("2019-08-14"),
        &["airstrike@Douma;f=9", "airstrike@Harasta;f=3"],
    ),
    // (The list's first place may be the one counted: the rest is the
    // others'.)
    (
        "Air strikes on Douma and Harasta killed 12 people, including 3 in Douma.",
        Some("2019-08-14"),
        &["airstrike@Douma;f=3", "airstrike@Harasta;f=9"],
    ),
    // A total, then the places' bare numbers: each place its own, not the
    // first place the total (the place may follow a part of it).
    (
        "Air strikes killed 21 civilians on Monday, 15 in Manbij and six in Tokhar.",
        Some("2016-07-19"),
        &["airstrike@Manbij;f=15", "airstrike@Tokhar;f=6"],
    ),
    (
        "Air strikes on Manbij and Tokhar killed 21 civilians on Monday, 15 in Manbij and six in Tokhar.",
        Some("2016-07-19"),
        &["airstrike@Manbij;f=15", "airstrike@Tokhar;f=6"],
    ),
    (
        "On Monday 21 civilians were killed in coalition raids in the area, 15 in a northern \
         district of Manbij and another six in Tokhar.",
        Some("2016-07-19"),
        &["airstrike@Manbij;f=15", "airstrike@Tokhar;f=6"],
    ),
    // A province's toll, then its places one by one in the sentences
    // after it: each place its own, of the province's type and day, and
    // the province the rest (as ACLED codes it).
    (
        "Bij Syrische en Russische luchtaanvallen op de provincie Idlib zijn zaterdag zeker 25 burgers \
         om het leven gekomen. De meeste slachtoffers vielen in Maarat al-Numan, waar een markt werd \
         getroffen. Daar kwamen elf mensen om. In Kafranbel vielen zes doden, in Ariha vier.",
        Some("2019-06-02"),
        &[
            "airstrike@Idlib;p=3;f=4;d=2019-06-01",
            "airstrike@Maarat al-Numan;f=11;d=2019-06-01",
            "airstrike@Kafr Nabl;f=6;d=2019-06-01",
            "airstrike@Ariha;f=4;d=2019-06-01",
        ],
    ),
    (
        "Air strikes on Idlib province killed at least 25 civilians on Saturday. In Kafranbel six people were killed.",
        Some("2019-06-02"),
        &[
            "airstrike@Idlib;p=3;f=19;d=2019-06-01",
            "airstrike@Kafr Nabl;f=6;d=2019-06-01",
        ],
    ),
    // (Not a place told before the total, which a later sentence retells.)
    (
        "A car bomb killed 20 people at a checkpoint in Azaz on Thursday. At least 20 people were killed \
         in the blast in the northern province of Aleppo. The blast hit near the town of Azaz, and 14 \
         of the dead were rebels.",
        Some("2016-10-14"),
        &["explosion@Azaz;f=20;d=2016-10-13"],
    ),
    (
        "Air strikes killed 30 militants around the town of Shadadi and another five outside the embattled town of Kobane.",
        Some("2014-10-04"),
        &["airstrike@al-Shaddadi;p=2;f=30", "airstrike@Kobani;p=2;f=5"],
    ),
    // Dated deaths told "daarbij" of an undated deed at their place are its
    // dead, and give it their day.
    (
        "De luchtmacht voerde luchtaanvallen uit op Idlib. In de stad Idlib kwamen daarbij maandag 14 mensen om.",
        Some("2016-08-06"),
        &["airstrike@Idlib;f=14;d=2016-08-01"],
    ),
    // One named before the others counted with him; more killed "along
    // with them" are more of the event's; members and guests are people.
    (
        "A US drone strike killed general Qassem Soleimani and nine others at Baghdad airport on Friday.",
        Some("2020-01-04"),
        &["airstrike@Baghdad;f=10;d=2020-01-03"],
    ),
    (
        "A US drone strike killed Iranian general Qassem Soleimani at Baghdad airport early on Friday. \
         Five members of the PMF and two guests were killed along with them, the PMF said.",
        Some("2020-01-04"),
        &["airstrike@Baghdad;f=8;d=2020-01-03"],
    ),
    // (After a colon too.)
    (
        "Air strikes killed 21 civilians on Monday: 15 in Manbij and six in Tokhar.",
        Some("2016-07-19"),
        &["airstrike@Manbij;f=15", "airstrike@Tokhar;f=6"],
    ),
    (
        "Bij luchtaanvallen kwamen maandag 21 burgers om: vijftien in Manbij en zes in Tokhar.",
        Some("2016-07-19"),
        &["airstrike@Manbij;f=15", "airstrike@Tokhar;f=6"],
    ),
    (
        "Five more civilians were killed in the town of Sabqa and one in the town of Harasta.",
        Some("2017-04-04"),
        &["casualties@Harasta;f=1"],
    ),
    // (Not some of the dead, of a kind: those are the place's total.)
    (
        "US-led coalition warplanes killed 56 civilians including 19 children in Manbij.",
        Some("2016-07-19"),
        &["airstrike@Manbij;f=56"],
    ),
    (
        "Air strikes killed 10 children, 5 women in Aleppo.",
        Some("2016-07-19"),
        &["airstrike@Aleppo;f=15"],
    ),
    (
        "Militants executed three people including two women in Raqqa and Deir ez-Zor provinces.",
        Some("2016-11-08"),
        &["attack@Al-Raqqah;f=2", "attack@Deir ez-Zor;f=1"],
    ),
    // A Dutch participle ends its clause: the person before it is its dead.
    (
        "Bij een raketaanval op Ashkelon is een 58-jarige man gedood.",
        Some("2019-08-14"),
        &["shelling@Ashkelon;f=1"],
    ),
    (
        "In Daraa is dinsdag een activist doodgeschoten.",
        Some("2019-08-14"),
        &["attack@Daraa;f=1;d=2019-08-13"],
    ),
    // (Not English "killed", whose subject kills; soldiers killed by a
    // gunman are a clash, as soldiers shot dead are.)
    (
        "A gunman killed two soldiers in Daraa on Tuesday.",
        Some("2019-08-14"),
        &["armed_clash@Daraa;f=2"],
    ),
    // Dead counted between two months or years are a period's.
    (
        "Air strikes killed some 1,200 people in Idlib province between April and August.",
        Some("2019-08-14"),
        &[],
    ),
    (
        "Tussen 2014 en 2017 kwamen in Raqqa duizenden burgers om.",
        Some("2019-08-14"),
        &[],
    ),
    // One person named by trade or office is one dead, past a day after
    // the verb in Dutch.
    (
        "Unknown gunmen killed a local official in Daraa on Tuesday.",
        Some("2019-08-14"),
        &["attack@Daraa;f=1"],
    ),
    (
        "Gunmen on motorcycles shot dead a local council member in Daraa on Tuesday.",
        Some("2019-08-14"),
        &["attack@Daraa;f=1"],
    ),
    (
        "Een sluipschutter doodde dinsdag een jongen in Daraa.",
        Some("2019-08-14"),
        &["casualties@Daraa;f=1"],
    ),
    (
        "Het dodental van de bomaanslag in de Afghaanse hoofdstad Kabul is opgelopen tot 25.",
        Some("2019-04-20"),
        &["explosion@Kabul;f=25"],
    ),
    // A count told on a day of its own is no earlier event's of another
    // day.
    (
        "Het is de derde aanslag in Kabul in twee weken tijd. Bij een aanslag op 1 april kwamen 12 mensen om het leven.",
        Some("2019-04-20"),
        &["attack@Kabul;f=-"],
    ),
    (
        "Islamic State jihadists attacked the Shaer gas field in Homs province on Tuesday. An earlier attack on the field in July left 270 people dead.",
        Some("2014-10-29"),
        &["armed_clash@Homs;f=-"],
    ),
    (
        "Monitors: 15 killed in missile strike on Deir ez-Zor\n\nA missile hit near a school in Deir ez-Zor on Thursday evening. Among those killed were three children and three women, the group said on Friday.",
        Some("2017-10-06"),
        &["shelling@Deir ez-Zor;f=15"],
    ),
    // An age counts no one: the person aged is one ("a 58-year-old man",
    // "een 58-jarige man", "his 40-year-old mother").
    (
        "A rocket hit a house in Ashkelon, killing a 58-year-old man, police said.",
        Some("2019-05-05"),
        &["shelling@Ashkelon;f=1"],
    ),
    (
        "Bij een raketaanval op Ashkelon kwam een 58-jarige man om het leven.",
        Some("2019-05-05"),
        &["shelling@Ashkelon;f=1"],
    ),
    (
        "An airstrike on Idlib killed a 12-year-old boy and his 40-year-old mother.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=2"],
    ),
    (
        "An airstrike on Idlib killed a boy aged 12.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=1"],
    ),
    // So does an age in commas after a name, an apposition after it too;
    // a count after a place's comma still counts. The person named is one
    // dead, as ACLED counts.
    (
        "Ahmed Hamad, 34, was killed in an airstrike in Idlib on Monday.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=1;d=2019-04-29"],
    ),
    (
        "Abdullah Saleh, 45, a farmer, was killed when a shell hit his house in Idlib.",
        Some("2019-05-05"),
        &["shelling@Idlib;f=1"],
    ),
    // People named are counted one by one, the auxiliary's number agreeing;
    // Dutch names them between the auxiliary and the participle. Not when
    // others died "along with" them: one would understate them ("several"
    // has no count ACLED codes).
    (
        "A senior rebel commander, Khaled Mansour, was killed in an air strike on a building in Idlib.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=1"],
    ),
    (
        "Abu Osama al-Iraqi and Amer al-Rafdan were killed in what is believed to have been US airstrikes in Hasakeh.",
        Some("2015-07-13"),
        &["airstrike@Al-Hasakah;f=2"],
    ),
    (
        "Bij een luchtaanval op Idlib zijn de journalisten Anas al-Dyab en Amjad Aktalati omgekomen.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=2"],
    ),
    (
        "Bij een luchtaanval op Idlib werd commandant Abu Omar gedood.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=1"],
    ),
    (
        "Ahrar al-Sham leader Hassan Abboud was killed along with several other leading members of the group in a bombing in Idlib province.",
        Some("2014-09-10"),
        &["airstrike@Idlib;f=-"],
    ),
    // Not a name: a group, a people.
    (
        "Syrian Kurdish fighters were killed in an air strike in Idlib.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=-"],
    ),
    (
        "In Idlib, 34 people were killed in airstrikes on Monday.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=34;d=2019-04-29"],
    ),
    (
        "An airstrike on Idlib killed three people, including a 12 years old boy.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=3"],
    ),
    // After "and", a number is counted by what follows it: the wounded.
    (
        "A child was killed and six other civilians including three children (5-8 years) were injured in an airstrike on Idlib.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=1"],
    ),
    (
        "A car bomb killed at least 70 people and left more than a hundred others wounded in Rankus.",
        Some("2013-09-27"),
        &["explosion@Rankūs;f=70"],
    ),
    (
        "Airstrikes on Idlib killed five people and six more were injured.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=5"],
    ),
    (
        "An airstrike on Idlib killed and wounded six civilians.",
        Some("2019-05-05"),
        &["airstrike@Idlib;f=6"],
    ),
    // The dead since the start of something named are a period's.
    (
        "Sinds het begin van het offensief op 18 februari zijn in Oost-Ghouta meer dan 1400 burgers omgekomen.",
        Some("2018-03-20"),
        &[],
    ),
    // "kwamen … om bij", "een tiental", "a dozen"; the dead and the wounded
    // together are no death count; a vague count answered is the deed's.
    (
        "Een dag eerder kwamen in Kafr Batna ruim dertig burgers om bij bombardementen.",
        Some("2018-03-20"),
        &["airstrike@Kafr Batna;f=30;d=2018-03-19"],
    ),
    (
        "In Douma vielen zondag een tiental doden bij bombardementen.",
        None,
        &["airstrike@Douma;f=10"],
    ),
    (
        "A dozen people were killed in air strikes on Douma on Sunday.",
        None,
        &["airstrike@Douma;f=12"],
    ),
    (
        "At least 48 killed and injured in mortar attacks in Aleppo",
        None,
        &["shelling@Aleppo;f=-"],
    ),
    (
        "Rebels fired rockets at Damascus in response to airstrikes by the Syrian military on Douma which left a dozen people killed.",
        None,
        &["shelling@Damascus;f=-", "airstrike@Douma;f=12"],
    ),
    // "schoot … dood", "de dood van": the dead; a death sentence: none.
    (
        "Vorige maand schoot een man in een tram in Utrecht vier mensen dood.",
        Some("2019-04-15"),
        &["attack@Utrecht;f=4;d=2019-03"],
    ),
    (
        "In Bagdad zijn elf Fransen ter dood veroordeeld.",
        None,
        &[],
    ),
    // Buildings counted are no dead.
    (
        "Missile attacks on at least five medical facilities and two schools in northern Syria killed nearly 50 people on Monday, the United Nations said.",
        Some("2016-02-16"),
        &["shelling@Northern Syria;f=50;d=2016-02-15"],
    ),
    // A battle told to have lasted months is no one event, nor are its
    // dead one event's.
    (
        "De strijd om Raqqa duurde vier maanden. Volgens het Syrisch Observatorium kwamen daarbij meer dan 3250 mensen om.",
        None,
        &[],
    ),
    // A toll since a time told before is the period's.
    (
        "Since then more than 300 people have been killed in bombardments of Aleppo, according to the Observatory.",
        None,
        &["airstrike@Aleppo;f=-"],
    ),
    // Where the named dead died is no other thing counted; the wounded
    // still are not the dead.
    (
        "Volgens de VN zijn er maandag in Aleppo 82 burgers door pro-regeringsmilities in hun huizen doodgeschoten.",
        Some("2016-12-13"),
        &["attack@Aleppo;f=82;d=2016-12-12"],
    ),
    (
        "Five civilians were wounded and two were killed by shelling in Idlib.",
        None,
        &["shelling@Idlib;f=2"],
    ),
    // A number word after a month is no day of it.
    (
        "Bij een zelfmoordaanslag in Manbij kwamen in januari vier Amerikanen om het leven.",
        Some("2019-03-23"),
        &["suicide_bomb@Manbij;f=4;d=2019-01"],
    ),
    // The dead of the deed an event avenges are that deed's.
    (
        "The U.S. military carried out airstrikes in Iraq and Syria on Sunday against an Iran-backed militia, killing at least 25 fighters, in retaliation for a rocket attack that killed an American contractor near Kirkuk on Friday.",
        Some("2019-12-30"),
        &[
            "airstrike@Iraq;f=25;d=2019-12-29",
            "airstrike@Syria;f=-;d=2019-12-29",
            "shelling@Kirkuk;f=1;d=2019-12-27",
        ],
    ),
    (
        "Iran on Sunday fired six ballistic missiles at Islamic State targets in Deir al-Zor province, Iranian state media said, in retaliation for attacks in Tehran that killed 18 people earlier this month.",
        Some("2017-06-20"),
        &[
            "shelling@Deir ez-Zor;f=-;d=2017-06-18",
            "armed_clash@Tehran;f=18;d=2017-06",
        ],
    ),
    (
        "Als vergelding voor de aanslag waarbij vier soldaten omkwamen, bombardeerden Turkse straaljagers Afrin.",
        None,
        &["airstrike@Afrin;f=-"],
    ),
    (
        "In retaliation for the attack, Turkish jets struck Afrin, killing 18 people.",
        None,
        &["airstrike@Afrin;f=18"],
    ),
    (
        "Syrian regime revenge attack kills scores in Qalamoun",
        None,
        &["armed_clash@Qalamoun;f=20"],
    ),
    // A second count past a clause break is the later event's, told in its
    // stretch; the first count's place is not the later event's type.
    (
        "A car bomb killed seven people in Manbij on Friday, and two SDF fighters died in an ambush near Deir ez-Zor city the same day.",
        Some("2019-03-24"),
        &[
            "explosion@Manbij;f=7;d=2019-03-22",
            "armed_clash@Deir ez-Zor;f=2;p=2",
        ],
    ),
    (
        "Bij een autobom in Manbij kwamen vrijdag zeven mensen om, en bij een hinderlaag bij Deir ez-Zor sneuvelden twee strijders.",
        Some("2019-03-24"),
        &["explosion@Manbij;f=7", "armed_clash@Deir ez-Zor;f=2;p=2"],
    ),
    (
        "Air strikes killed 12 people in Saraqeb, while shelling in Kafranbel killed five.",
        None,
        &["airstrike@Saraqib;f=12", "shelling@Kafr Nabl;f=5"],
    ),
    // Not a part of the first count's dead.
    (
        "Air strikes killed 12 people in Saraqeb on Monday, the Observatory said, adding that five of the dead were children.",
        None,
        &["airstrike@Saraqib;f=12"],
    ),
    // What a war killed is its toll, no event's.
    (
        "Rebels shelled Mhardeh on Sunday. The conflict has killed more than 280000 people.",
        Some("2016-07-04"),
        &["shelling@Mhardeh;d=2016-07-03;f=-"],
    ),
    // A count right after "since" a date counts a period (not after "since"
    // a weekday); a place named in a country takes the sentence's count.
    // (Fighting since a month is a campaign, no event at all: twenty-third
    // session.)
    (
        "Bij de gevechten rond Tripoli zijn sinds begin april zeker 220 mensen omgekomen.",
        None,
        &[],
    ),
    (
        "Bij de gevechten rond Tripoli zijn sinds zondag zeker 22 mensen omgekomen.",
        None,
        &["armed_clash@Tripoli;p=2;f=22"],
    ),
    // (A war named past the comma that ends the date is no war's toll.)
    (
        "Fighting in Deir ez-Zor has killed at least 90 people since Sunday, a war monitor said on Friday.",
        Some("2023-09-01"),
        &["armed_clash@Deir ez-Zor;f=90;d=2023-09-01"],
    ),
    (
        "Het leger probeert de stad in te nemen. Zaterdagavond werden bij een luchtaanval op Tripoli zeven mensen gedood. In Syrië vielen bij een autobom in Afrin vrijdag vijf doden.",
        Some("2019-04-20"),
        &[
            "airstrike@Tripoli;f=7;d=2019-04-20",
            "explosion@Afrin;f=5;d=2019-04-19",
        ],
    ),
    // A source named between "kwam" and the one who died.
    (
        "Rebellen vuurden mortiergranaten af op Damascus. Daarbij kwam volgens het staatspersbureau SANA een kind om.",
        None,
        &["shelling@Damascus;f=1"],
    ),
    // One who died, in a subordinate clause with its verb last, or after
    // "sneuvelde"; not one wounded.
    (
        "Koerdische strijders vuurden raketten af op Kilis, waarbij een burger omkwam.",
        None,
        &["shelling@Kilis;f=1"],
    ),
    (
        "Koerdische strijders vuurden raketten af op Kilis, waarbij een burger om het leven kwam.",
        None,
        &["shelling@Kilis;f=1"],
    ),
    (
        "Koerdische strijders vuurden raketten af op Kilis, waarbij een burger gewond raakte.",
        None,
        &["shelling@Kilis;f=-"],
    ),
    (
        "In Afrin sneuvelde zondag een Turkse soldaat bij gevechten.",
        None,
        &["armed_clash@Afrin;f=1"],
    ),
    // Vague counts as ACLED codes them: tens 10, dozens 12, scores 20,
    // hundreds 100, to one event of the sentence only; not the wounded, not
    // a war's "hundreds of thousands".
    (
        "Dozens of people were killed in air strikes on Douma on Wednesday.",
        Some("2013-08-22"),
        &["airstrike@Douma;f=12;d=2013-08-21"],
    ),
    (
        "Bij luchtaanvallen op Douma kwamen woensdag tientallen mensen om.",
        Some("2013-08-22"),
        &["airstrike@Douma;f=10;d=2013-08-21"],
    ),
    (
        "Air strikes killed dozens in Saraqeb and Atareb on Monday.",
        Some("2017-04-06"),
        &[
            "airstrike@Saraqib;f=12;d=2017-04-03",
            "airstrike@Al Atārib;f=-;d=2017-04-03",
        ],
    ),
    (
        "A nerve agent attack in northern Hama caused no deaths but injured dozens of civilians.",
        None,
        &["chemical_attack@Hama;f=-;p=3"],
    ),
    (
        "Hundreds of thousands of people have been killed in Syria since 2011.",
        None,
        &[],
    ),
    // Some of the dead named between the count and its death word.
    (
        "At least 36 civilians including 11 children and five women were killed in air strikes on Atareb.",
        None,
        &["airstrike@Al Atārib;f=36"],
    ),
    // "shot dead", "gunned down" are killings with their count: of
    // civilians an attack, of soldiers a clash; officials killed in a place
    // are not its authorities.
    (
        "Gunmen shot dead two local officials in Raqqa on Tuesday.",
        Some("2019-10-16"),
        &["attack@Raqqa;f=2;d=2019-10-15"],
    ),
    (
        "Two soldiers were gunned down at a checkpoint near Daraa.",
        None,
        &["armed_clash@Daraa;f=2;p=2"],
    ),
    // Dutch active killing verbs, as "killed": "doodde", "doodt".
    (
        "Een autobom doodde dinsdag in Azaz vijf mensen.",
        Some("2019-10-16"),
        &["explosion@Azaz;f=5;d=2019-10-15"],
    ),
    (
        "Russische luchtaanval doodt twaalf burgers in Saraqeb.",
        None,
        &["airstrike@Saraqib;f=12"],
    ),
    // People named one by one are counted, as ACLED counts them: "a"/"een"
    // and a person, a possessive and a person, a number and people.
    (
        "Shelling killed a woman and her two children in Khan Sheikhoun.",
        None,
        &["shelling@Khan Shaykhun;f=3"],
    ),
    (
        "An air strike on Saraqeb killed a civilian.",
        None,
        &["airstrike@Saraqib;f=1"],
    ),
    (
        "A man and his son were killed when shells hit Douma.",
        None,
        &["shelling@Douma;f=2"],
    ),
    (
        "Bij een luchtaanval op Saraqeb kwam een burger om.",
        None,
        &["airstrike@Saraqib;f=1"],
    ),
    (
        "Een dag eerder kwam een journalist van het Koerdische persbureau Hawar om het leven bij een Turkse droneaanval op een konvooi bij Tal Tamr.",
        None,
        &["airstrike@Tal Tamr;p=2;f=1"],
    ),
    (
        "Een journalist werd gedood bij een luchtaanval op Saraqeb.",
        None,
        &["airstrike@Saraqib;f=1"],
    ),
    (
        "Shelling killed two children and their mother in Douma.",
        None,
        &["shelling@Douma;f=3"],
    ),
    (
        "Coalition aircraft struck Islamic State positions near Raqqa, killing a senior commander and two of his aides.",
        None,
        &["airstrike@Raqqa;p=2;f=3"],
    ),
    // The executed are dead.
    (
        "Pro-government forces executed at least 82 civilians, including 11 women and 13 children, in four neighbourhoods of east Aleppo on Monday.",
        None,
        &["attack@Aleppo;f=82"],
    ),
    // Compass adjectives do not break a list of places, which share its
    // toll.
    (
        "Syrian and Russian warplanes pounded towns in southern Idlib and northern Hama on Monday, killing at least 21 civilians.",
        None,
        &["airstrike@Idlib;p=3;f=11", "airstrike@Hama;p=3;f=10"],
    ),
    // Not people told before, uncounted, or some of the dead.
    (
        "The woman was killed in shelling on Douma.",
        None,
        &["shelling@Douma;f=-"],
    ),
    (
        "Shelling on Douma killed a number of civilians and her children.",
        None,
        &["shelling@Douma;f=-"],
    ),
    (
        "Civilians including a child were killed in shelling on Douma.",
        None,
        &["shelling@Douma;f=-"],
    ),
    // A toll that rose is the newer count; another count is not.
    (
        "An air strike on Saraqeb killed 10 people on Monday. The death toll later rose to 25, the Observatory said.",
        None,
        &["airstrike@Saraqib;f=25"],
    ),
    (
        "Bij een luchtaanval op Saraqeb kwamen tien mensen om. Het dodental is inmiddels opgelopen tot 25.",
        None,
        &["airstrike@Saraqib;f=25"],
    ),
    // A live blog's entries after their time stamps: "In Den Haag" opens
    // its sentence, no name's part.
    (
        "09.15 uur: Turkse troepen zijn Ras al-Ain binnengetrokken.\n\n16.30 uur: In Den Haag demonstreerden honderden Koerden tegen de Turkse inval.",
        Some("2019-10-12"),
        &["ground_offensive@Ras al-Ain", "protest@The Hague"],
    ),
    // "de straat opgegaan" is a protest; "de dood van" counts whom it
    // names, not a number before it; dead at the protests, excessive force.
    (
        "In Teheran, Mashhad en Isfahan zijn opnieuw duizenden mensen de straat opgegaan na de dood van de 22-jarige Mahsa Amini.",
        None,
        &["protest@Tehran", "protest@Mashhad", "protest@Isfahan"],
    ),
    (
        "In Teheran zijn duizenden mensen de straat opgegaan. Bij de protesten zijn zeker zeventien mensen om het leven gekomen.",
        None,
        &["excessive_force@Tehran;f=17"],
    ),
    // A relative clause after a comma that "whose" opens tells another's
    // deeds: neither its place nor its date is the protest's.
    (
        "Thousands of people in Misrata and Zawiya protested against the candidacy of Haftar, whose forces besieged Tripoli in 2019 and 2020.",
        Some("2021-12-20"),
        &[
            "protest@Mişrātah;d=2021-12-20",
            "protest@Zawiya;d=2021-12-20",
        ],
    ),
    // Dead "bij de aanval" are not those of an event a relative clause told
    // as the background of another.
    (
        "De Verenigde Staten hebben in de nacht van donderdag op vrijdag 59 kruisraketten afgevuurd op de Syrische luchtmachtbasis Shayrat. Volgens het Pentagon was de basis het vertrekpunt van de vliegtuigen die dinsdag de gifgasaanval op Khan Shaykhun uitvoerden. Bij de aanval kwamen volgens de Syrische staatstelevisie zes militairen om.",
        Some("2017-04-07"),
        &[
            "shelling@Shayrat airbase;f=6;d=2017-04-07",
            "chemical_attack@Khan Shaykhun;f=-;d=2017-04-04",
        ],
    ),
    // A toll counts the event told with its dead, past a sentence between
    // on another deed, whatever day the toll was told.
    (
        "Hundreds of Palestinians were killed on Tuesday evening in an explosion at a hospital in Gaza City. The Israeli military said a rocket fired by Islamic Jihad had misfired. The ministry put the death toll at 471.",
        Some("2023-10-18"),
        &["explosion@Gaza City;f=471;d=2023-10-17"],
    ),
    (
        "Dozens were killed in an air strike on Idlib on Monday. Rebels said they had shot down a helicopter. The death toll rose to 45 on Tuesday.",
        Some("2023-10-18"),
        &["airstrike@Idlib;f=45;d=2023-10-16"],
    ),
    // Dead "in the strikes" are the strikes' told before, though the
    // sentence names a place; dead "bij de aanval" of a side named there
    // are not another event's.
    (
        "Israel struck Iranian targets near Damascus on Monday. Four Syrian soldiers were killed in the strikes, which also damaged Damascus International Airport.",
        None,
        &["airstrike@Damascus;f=4"],
    ),
    (
        "Israël voerde vannacht een aanval uit op Syrische doelen, nadat Syrië raketten had afgevuurd op de Golanhoogvlakte. Bij de aanval van het leger van Israël kwamen drie militairen om.",
        None,
        &["shelling@Golan Heights;f=-"],
    ),
    // A day between "kwam" and its victim: "kwam dinsdag een soldaat om".
    (
        "Bij een raketaanval op een post bij Saraqeb kwam dinsdag een soldaat om.",
        None,
        &["shelling@Saraqib;f=1;p=2"],
    ),
    // Where the counted came from, right after them, keeps the count in
    // reach of its death word.
    (
        "98 evacuees from the towns of Fuaa and Kafraya were killed when a car bomb hit their buses at a transit point west of Aleppo.",
        None,
        &["explosion@Aleppo;f=98;p=2"],
    ),
    // Some "among" a count: the count is the number after "among".
    (
        "Two children were among six people killed when a barrel bomb hit a house in Douma.",
        None,
        &["airstrike@Douma;f=6"],
    ),
    (
        "Six children were among 19 civilians killed on Thursday in regime bombing of Aleppo.",
        None,
        &["airstrike@Aleppo;f=19"],
    ),
    // So is a count told as the total, up to three sentences on.
    (
        "A suicide bomber killed four Americans in Manbij on Wednesday. In all, 19 people were killed.",
        None,
        &["suicide_bomb@Manbij;f=19"],
    ),
    (
        "Bij een zelfmoordaanslag in Manbij kwamen woensdag vier Amerikanen om. Dat meldt het leger. De aanslag vond plaats bij een restaurant. In totaal vielen zeker negentien doden.",
        None,
        &["suicide_bomb@Manbij;f=19"],
    ),
    (
        "Bij een zelfmoordaanslag in Manbij zijn woensdag vier Amerikanen om het leven gekomen. Dat heeft het Amerikaanse leger bekendgemaakt. Terreurgroep Islamitische Staat eiste de aanslag op.\n\nDe aanslag werd gepleegd bij een restaurant in het centrum van de stad. In totaal kwamen zeker negentien mensen om het leven, meldt het Syrisch Observatorium.",
        None,
        &["suicide_bomb@Manbij;f=19"],
    ),
    (
        "A suicide bomber killed four Americans in Manbij on Wednesday. Nineteen were killed in all of Syria that week.",
        None,
        &["suicide_bomb@Manbij;f=4"],
    ),
    // Lives a blast cost or claimed.
    (
        "Een bomaanslag in Afrin heeft aan zeker zeven mensen het leven gekost.",
        None,
        &["explosion@Afrin;f=7"],
    ),
    (
        "The car bomb in Azaz claimed the lives of ten people.",
        None,
        &["explosion@Azaz;f=10"],
    ),
    // Deaths at a place the gazetteer lacks are not the event's before.
    (
        "Volgens Koerdische bronnen vielen in Kobanî granaten. In Kafr Sajna kwamen twee burgers om.",
        None,
        &["shelling@Kobani;f=-"],
    ),
    (
        "Volgens Koerdische bronnen vielen in Kobanî granaten. In Kafr Nabuda kwamen twee burgers om.",
        None,
        &["shelling@Kobani;f=-", "casualties@Kafr Nabuda;f=2"],
    ),
    // Some of the dead are not their count: "three children were among
    // those killed".
    (
        "Air strikes hit Idlib on Monday. The monitor said three children and two women were among the dead.",
        None,
        &["airstrike@Idlib;f=-"],
    ),
    (
        "Air strikes killed ten people in Idlib, among them three children.",
        None,
        &["airstrike@Idlib;f=10"],
    ),
    // A count given to an event named again as one told before ("the
    // jets") with no place of its own is that event's.
    (
        "Russian warplanes hit targets near the city of Homs. A U.S. official said the jets appeared to hit areas held by rebels. Activists said 36 people were killed, including five children.",
        None,
        &["airstrike@Homs;f=36;p=2"],
    ),
    // "one" with a person or a death word is one; not "one of the".
    (
        "One person killed 16 others injured in rocket attacks on Aleppo.",
        None,
        &["shelling@Aleppo;f=1"],
    ),
    (
        "One of the rockets hit Aleppo, killing three people.",
        None,
        &["shelling@Aleppo;f=3"],
    ),
    // Dutch "omkomen" split around a long middle.
    (
        "Bij Turkse luchtaanvallen op Tal Abyad kwamen volgens het Syrisch Observatorium voor de Mensenrechten zeker negen burgers om.",
        None,
        &["airstrike@Tal Abyad;f=9"],
    ),
    // Dutch "één" with its accents is one; "een", the article, is no number.
    (
        "Bij een luchtaanval op Idlib is maandag één burger omgekomen.",
        None,
        &["airstrike@Idlib;f=1"],
    ),
    // (And so, since the fifteenth session, does "een" before a person who
    // died: "een burger omgekomen" is a civilian, one; "een" is no number
    // elsewhere.)
    (
        "Bij een luchtaanval op Idlib is maandag een burger omgekomen.",
        None,
        &["airstrike@Idlib;f=1"],
    ),
    (
        "Bij een luchtaanval op Idlib vielen maandag doden, onder wie een burger.",
        None,
        &["airstrike@Idlib;f=-"],
    ),
    // The count goes to the event named last before it when that is of
    // another type and place: the chemical attack's dead, not the strike's.
    (
        "The US fired missiles at the Shayrat air base in retaliation for a chemical attack on Khan Sheikhoun that killed at least 86 people.",
        None,
        &[
            "shelling@Shayrat airbase;f=-",
            "chemical_attack@Khan Shaykhun;f=86",
        ],
    ),
    // A page's furniture is no count: a view count before the sentence, a
    // number in parentheses, a date written with dashes; the nearer number
    // is, unless the first counts someone ("22 children 6 teachers").
    (
        "Get short URL 191 A total of 24 militants were killed in airstrikes on Raqqa.",
        None,
        &["airstrike@Raqqa;f=24"],
    ),
    (
        "Violence Erupts (1881) Related Syrian jets kill civilians in airstrikes on Raqqa.",
        None,
        &["airstrike@Raqqa;f=-"],
    ),
    (
        "15-11-2014 Syrian jets killed civilians in airstrikes on Raqqa.",
        None,
        &["airstrike@Raqqa;f=-"],
    ),
    (
        "22 children 6 teachers killed in airstrikes near schools in Idlib.",
        None,
        &["airstrike@Idlib;f=22"],
    ),
    // The toll of a war.
    (
        "Government jets bombed Douma on Monday, where more than 146000 people have been killed in Syria's war.",
        None,
        &["airstrike@Douma;f=-"],
    ),
    // Things counted are no dead: shells, airstrikes, villages.
    (
        "Rebels fired a barrage of at least 300 shells into western Aleppo killing nine civilians.",
        None,
        &["shelling@Aleppo;f=9"],
    ),
    (
        "Turkish airstrikes on two villages near Jarablus killed 40 civilians.",
        None,
        &["airstrike@Jarabulus;f=40"],
    ),
    // A year is no count ("November 23 2017 At least nine …"), nor is the
    // toll of a war or a period ("… since Syria's conflict broke out in
    // March 2011", "during the past month"); "sinds zondag" is an event's.
    (
        "Published November 23 2017 At least nine civilians were killed Thursday in airstrikes on Arbin.",
        None,
        &["airstrike@Arbin;f=9"],
    ),
    (
        "More than 280000 people have been killed in Aleppo since Syria's conflict broke out in March 2011.",
        None,
        &[],
    ),
    (
        "The Observatory said 3000 people had been killed in Raqqa during the past month.",
        None,
        &[],
    ),
    (
        "Sinds zondag zijn bij bombardementen op Idlib 40 doden gevallen.",
        None,
        &["airstrike@Idlib;f=40"],
    ),
    (
        "Het dodental in Idlib is tot nu toe opgelopen tot 300.",
        None,
        &["casualties@Idlib;f=300"],
    ),
    (
        "Bij een luchtaanval op Ariha zijn zeker 22 burgers om het leven gekomen.",
        None,
        &["airstrike@Ariha;f=22"],
    ),
    (
        "Bij beschietingen van Aleppo vielen dertien doden.",
        None,
        &["shelling@Aleppo;f=13"],
    ),
    (
        "Bij het bombardement op Douma kwamen honderd mensen om.",
        None,
        &["airstrike@Douma;f=100"],
    ),
    (
        "Bij gevechten bij Hajin zijn vierhonderd strijders gesneuveld.",
        None,
        &["armed_clash@Hajin;f=400"],
    ),
    (
        "Het aantal doden bij de luchtaanval op Saraqib is opgelopen tot tweeëntwintig.",
        None,
        &["airstrike@Saraqib;f=22"],
    ),
    (
        "Bij de aanslag in Azaz vielen tientallen doden.",
        None,
        &["attack@Azaz;f=10"],
    ),
    (
        "Bij de luchtaanval op Idlib raakten 30 mensen gewond.",
        None,
        &["airstrike@Idlib;f=-"],
    ),
    (
        "Twee miljoen mensen zijn op de vlucht geslagen in Idlib.",
        None,
        &["displacement@Idlib;f=-"],
    ),
    (
        "Bij gevechten in Raqqa vielen ruim 60 doden.",
        None,
        &["armed_clash@Raqqa;f=60"],
    ),
    (
        "An air strike on Saraqib killed at least 11 civilians and a journalist.",
        None,
        &["airstrike@Saraqib;f=12"],
    ),
    (
        "Shelling of Aleppo killed 130 people, the monitor said.",
        None,
        &["shelling@Aleppo;f=130"],
    ),
    (
        "A car bomb in Azaz killed twenty-two people.",
        None,
        &["explosion@Azaz;f=22"],
    ),
    (
        "Fighting in Hajin left 1,200 fighters dead.",
        None,
        &["armed_clash@Hajin;f=1200"],
    ),
    (
        "Bij een luchtaanval op Ariha vielen 8 doden. Volgens de oppositie waren het er 12.",
        None,
        &["airstrike@Ariha;f=8"],
    ),
    (
        "Bij een raketaanval op Kilis vielen geen doden.",
        None,
        &["shelling@Kilis;f=-"],
    ),
    (
        "Bij een luchtaanval ten zuiden van Idlib kwamen zeventig mensen om.",
        None,
        &["airstrike@Idlib;f=70;p=2"],
    ),
    (
        "Ten people were killed in an air strike on Ariha.",
        None,
        &["airstrike@Ariha;f=10"],
    ),
    (
        "Amerikaanse commando's voerden een inval uit in Atmeh. Daarbij kwamen dertien mensen om.",
        None,
        &["raid@Atmeh;f=13"],
    ),
    // A count told after the sentence, with no place of its own, is that
    // of all the places its cue reached there; not of a town's province.
    (
        "The strikes hit targets in the capital Sanaa and the port city of Hodeidah on Friday. A Houthi spokesman said five fighters were killed.",
        Some("2024-01-12"),
        &["airstrike@Sanaa;f=3", "airstrike@Hodeidah;f=2"],
    ),
    (
        "Government forces repelled an attack on the town of Saraqib in Idlib province on Sunday. At least 20 militants were killed.",
        Some("2024-01-12"),
        &["armed_clash@Saraqib;f=20"],
    ),
    // (A place with a preposition of its own after "and" is of the list.)
    (
        "Russian and Syrian jets struck rebel positions in Idlib and around Aleppo on Saturday, killing at least 20 people.",
        Some("2024-11-30"),
        &["airstrike@Idlib;f=10", "airstrike@Aleppo;f=10;p=2"],
    ),
    // So is an area's toll whose places its own cue lists, as examples
    // ("including", "onder meer") or after the area's side: the area is
    // their frame, a province named like its capital too.
    (
        "Israeli strikes killed 25 people in villages across southern Lebanon, including Nabatieh and Tyre.",
        Some("2024-09-27"),
        &["airstrike@Tyre;f=13", "airstrike@Nabatieh;f=12"],
    ),
    (
        "Bij luchtaanvallen in Idlib zijn vrijdag twaalf burgers omgekomen, onder meer in Saraqib en Ariha.",
        Some("2019-09-27"),
        &["airstrike@Saraqib;f=6;d=2019-09-27", "airstrike@Ariha;f=6"],
    ),
    (
        "Airstrikes in Idlib killed 12 civilians on Friday, including in the towns of Saraqib and Ariha.",
        Some("2019-09-27"),
        &["airstrike@Saraqib;f=6", "airstrike@Ariha;f=6"],
    ),
    (
        "Bij luchtaanvallen in het zuiden van Idlib zijn vrijdag twaalf burgers omgekomen in Saraqib en Ariha.",
        Some("2019-09-27"),
        &["airstrike@Saraqib;f=6", "airstrike@Ariha;f=6"],
    ),
    // (Not a list of its own: "Air strikes on Idlib and Saraqib" are two
    // places.)
    (
        "Air strikes on Idlib and Saraqib killed 12 civilians on Friday.",
        Some("2019-09-27"),
        &["airstrike@Idlib;f=6", "airstrike@Saraqib;f=6"],
    ),
    // One toll for a list of places is divided evenly among them, as ACLED
    // codes it; what does not divide goes one each to the first places.
    (
        "Air strikes on Kafranbel, Maarat al-Numan and Khan Sheikhoun killed 12 civilians.",
        None,
        &[
            "airstrike@Kafr Nabl;f=4",
            "airstrike@Maarat al-Numan;f=4",
            "airstrike@Khan Shaykhun;f=4",
        ],
    ),
    (
        "Russian missiles hit Kharkiv and Odesa, killing five people.",
        None,
        &["shelling@Kharkiv;f=3", "shelling@Odesa;f=2"],
    ),
    (
        "Bij beschietingen op Tal Abyad, Ras al-Ain en Qamishli kwamen zeven burgers om.",
        None,
        &[
            "shelling@Tal Abyad;f=3",
            "shelling@Ras al-Ain;f=2",
            "shelling@Qamishli;f=2",
        ],
    ),
    (
        "Jets bombed Kafranbel and Maarat al-Numan. Twelve civilians were killed.",
        None,
        &["airstrike@Kafr Nabl;f=6", "airstrike@Maarat al-Numan;f=6"],
    ),
    // Not places named otherwise, nor alternatives, nor another cue's.
    (
        "Air strikes on Douma, the town east of Damascus, killed six civilians.",
        None,
        &["airstrike@Douma;f=6"],
    ),
    (
        "Shelling on Aleppo or Idlib killed three children.",
        None,
        &["shelling@Aleppo;f=3", "shelling@Idlib;f=-"],
    ),
    (
        "Jets bombed Kafranbel, killing 12, and artillery shelled Maarat al-Numan.",
        None,
        &["airstrike@Kafr Nabl;f=12", "shelling@Maarat al-Numan;f=-"],
    ),
    // Dead told "daarbij" are those of the deed told just before, of its
    // type, at their own place.
    (
        "De Russische luchtmacht voerde dinsdag luchtaanvallen uit op dorpen ten westen van Aleppo. In Atareb vielen daarbij drie doden.",
        Some("2019-08-21"),
        &[
            "airstrike@Al Atārib;f=3;d=2019-08-20",
            "airstrike@Aleppo;d=2019-08-20",
        ],
    ),
    (
        "Het leger beschoot dorpen bij Hama. Daarbij kwamen in Kafr Zita vijf mensen om.",
        Some("2019-08-21"),
        &["shelling@Hama", "shelling@Kafr Zaytā;f=5"],
    ),
    (
        "De Russische luchtmacht voerde dinsdag luchtaanvallen uit op dorpen ten westen van Aleppo. In Atareb vielen drie doden.",
        Some("2019-08-21"),
        &["airstrike@Aleppo;d=2019-08-20", "casualties@Al Atārib;f=3"],
    ),
    // An age with no noun after it is the person counted; the words of an
    // age are no words between a cue and its place.
    (
        "A 17-year-old was shot dead by Israeli troops near Khan Younis on Friday.",
        Some("2020-01-01"),
        &["attack@Khan Younis;f=1;d=2019-12-27;p=2"],
    ),
    (
        "Israeli troops shot dead a 17-year-old near Khan Younis on Friday.",
        Some("2020-01-01"),
        &["attack@Khan Younis;f=1;d=2019-12-27;p=2"],
    ),
    (
        "A 17-year-old and his father were killed in Khan Younis.",
        Some("2020-01-01"),
        &["casualties@Khan Younis;f=2"],
    ),
    (
        "Gunmen killed a 40-year-old man and his 12-year-old son in Daraa.",
        Some("2020-01-01"),
        &["attack@Daraa;f=2"],
    ),
    // A direction walked past after the agent is where it happened.
    (
        "A man was shot dead by Israeli troops east of Khan Younis on Friday.",
        Some("2020-01-01"),
        &["attack@Khan Younis;f=1;d=2019-12-27;p=2"],
    ),
    // Dead told "also" in a later sentence add to the event's count; not
    // some of them, nor beside a total.
    (
        "Bij een zelfmoordaanslag in Manbij zijn woensdag vier Amerikanen om het leven gekomen. Ook zeker vijftien Syriërs kwamen om.",
        Some("2019-01-16"),
        &["suicide_bomb@Manbij;f=19;d=2019-01-16"],
    ),
    (
        "A suicide bomber killed four Americans in Manbij on Wednesday. At least 15 Syrians were also killed.",
        Some("2019-01-16"),
        &["suicide_bomb@Manbij;f=19;d=2019-01-16"],
    ),
    (
        "A suicide bomber killed four Americans in Manbij on Wednesday. Officials said 19 people had also died in total.",
        Some("2019-01-16"),
        &["suicide_bomb@Manbij;f=4;d=2019-01-16"],
    ),
    // A placeless deed's count goes to the later sentence that opens with
    // its target, told before with "een": "een aanval op een bus … De bus
    // werd … beschoten".
    (
        "Bij een aanval op een bus in de Syrische woestijn zijn donderdag zeker veertien mensen om het leven gekomen. De bus werd bij Palmyra beschoten door jihadisten van Islamitische Staat.",
        Some("2020-01-03"),
        &["attack@Palmyra;f=14;d=2020-01-02"],
    ),
    // One person named before a count, the killing's first object, is
    // counted with it.
    (
        "A drone strike near Baghdad airport killed a commander and two of his guards.",
        Some("2020-01-03"),
        &["airstrike@Baghdad;f=3;p=2"],
    ),
    (
        "Gunmen killed a man and two children in Daraa.",
        Some("2020-01-03"),
        &["attack@Daraa;f=3"],
    ),
    // The dead of a mass grave died long before its finding: no event.
    (
        "In de buurt van Raqqa is een nieuw massagraf met bijna tweehonderd doden ontdekt.",
        Some("2019-07-03"),
        &[],
    ),
    (
        "Massagraf met 200 doden ontdekt bij Raqqa",
        Some("2019-07-03"),
        &[],
    ),
    // Fighting that followed the deed told just before is a deed of its
    // own at its place, with its own count.
    (
        "Tientallen IS-gevangenen zijn donderdag uit een gevangenis in Hasakah ontsnapt. Dat meldt de SDF. Bij de gevechten die volgden vielen zeker 28 doden.",
        Some("2022-01-21"),
        &[
            "escape@Al-Hasakah;d=2022-01-20",
            "armed_clash@Al-Hasakah;f=28;d=2022-01-20",
        ],
    ),
    (
        "Militants stormed a checkpoint near Deir ez-Zor on Monday. Twelve soldiers were killed in the ensuing clashes.",
        Some("2022-01-19"),
        &[
            "ground_offensive@Deir ez-Zor;d=2022-01-17",
            "armed_clash@Deir ez-Zor;f=12;d=2022-01-17",
        ],
    ),
    (
        "Protests broke out in Deraa in March 2011. Hundreds of thousands were killed in the war that followed the uprising.",
        Some("2019-03-15"),
        &["protest@Daraa;d=2011-03"],
    ),
    (
        "Tientallen IS-gevangenen zijn donderdag uit een gevangenis in Hasakah ontsnapt. Bij gevechten vielen zeker 28 doden.",
        Some("2022-01-21"),
        &["escape@Al-Hasakah;d=2022-01-20"],
    ),
];

const DATES: &[Case] = &[
    // An event noun after its weekday's possessive is of that day,
    // whatever day the sentence tells.
    (
        "Rescuers pulled bodies from the rubble in Azaz on Monday after Sunday's air strikes.",
        Some("2018-02-20"),
        &["airstrike@Azaz;d=2018-02-18"],
    ),
    // Shortly after is the day just told, past one sentence between.
    (
        "Artillery shells hit a hospital in Atareb on Sunday, killing six. The shells came from \
         government-held areas, the charity said. Shortly afterwards, Russian jets struck near the \
         Bab al-Hawa crossing.",
        Some("2021-03-22"),
        &[
            "shelling@Al Atārib;f=6;d=2021-03-21",
            "airstrike@Bab al-Hawa crossing;p=2;d=2021-03-21",
        ],
    ),
    // A definite singular retells the dated event past sentences that tell
    // none but retell it: its day, and one event at its finer place.
    (
        "Bij een luchtaanval in de Syrische provincie Idlib zijn donderdagavond zeker 33 Turkse \
         militairen om het leven gekomen. Dat heeft de gouverneur van de Turkse provincie Hatay \
         bekendgemaakt. Tientallen anderen raakten gewond. Turkije wijt de aanval aan het Syrische \
         regeringsleger. De aanval vond plaats in de buurt van Saraqeb.",
        Some("2020-02-28"),
        &["airstrike@Saraqib;f=33;d=2020-02-27"],
    ),
    // "Earlier in the week" is the week's (its month: a date has no week),
    // not the day told before.
    (
        "Government forces captured Nasib on Friday. Earlier in the week, heavy Russian air strikes \
         hit the town of Tafas, killing at least 15 civilians.",
        Some("2018-07-07"),
        &[
            "territory_change@Nasib;d=2018-07-06",
            "airstrike@Tafas;f=15;d=2018-07",
        ],
    ),
    // A date in a relative clause with no deed, after the cue, is a thing's
    // background; one of the cue itself is the event's.
    (
        "The attack damaged the Opera House which was inaugurated by President Bashar al-Assad in 2004. \
         Mortar fire also wounded three people in the Abbasids neighbourhood of northeast Damascus.",
        Some("2014-04-06"),
        &["shelling@Damascus;d=2014-04-06"],
    ),
    (
        "The air strikes which began Saturday killed 45 civilians in Aleppo.",
        Some("2014-04-06"),
        &["airstrike@Aleppo;f=45;d=2014-04-05"],
    ),
    // A bare year told of a person's life, or long before the article, with
    // no event, dates no event after it; a recent one told of the war
    // does.
    (
        "De vrouw reisde in 2014 naar Syrië. Haar man kwam om bij een luchtaanval in Baghuz.",
        Some("2019-07-12"),
        &["airstrike@Baghuz;f=1;d=2019-07-12"],
    ),
    (
        "The Baath party has ruled Syria since 1963. Army jets struck Idlib.",
        Some("2013-09-05"),
        &["airstrike@Idlib;d=2013-09-05"],
    ),
    (
        "Maar daar kwam in 2013 verandering in. IS veroverde Raqqa.",
        Some("2015-01-10"),
        &["territory_change@Raqqa;d=2013"],
    ),
    // Hours before or after a day a sentence told with no event of its
    // own.
    (
        "Russia and Turkey agreed on Thursday a ceasefire in Idlib province. The truce took effect at \
         midnight. Hours before the deal, Russian air strikes killed at least 15 civilians in the \
         town of Maarat Misrin.",
        Some("2020-03-06"),
        &["airstrike@Ma‘arratmişrīn;f=15;d=2020-03-05"],
    ),
    // Dutch "toen" after the verb is the day just told; hours before it
    // too.
    (
        "Israël begon vrijdag met luchtaanvallen op Gaza. Bij een aanval op een flatgebouw in \
         Gaza-Stad kwam toen een commandant van de groep om.",
        Some("2022-08-07"),
        &["airstrike@Gaza City;f=1;d=2022-08-05"],
    ),
    (
        "Russian jets struck Saraqib on Thursday, killing four people. Hours before the strike, \
         artillery shelled Maarat Misrin.",
        Some("2020-03-06"),
        &[
            "airstrike@Saraqib;f=4;d=2020-03-05",
            "shelling@Ma‘arratmişrīn;d=2020-03-05",
        ],
    ),
    // A night from one day to the next is the next day's, after midnight.
    (
        "De Verenigde Staten hebben in de nacht van vrijdag op zaterdag raketaanvallen uitgevoerd op doelen in Syrië.",
        Some("2018-04-15"),
        &["shelling@Syria;d=2018-04-14"],
    ),
    (
        "The United States struck targets in Syria overnight Friday into Saturday.",
        Some("2018-04-15"),
        &["airstrike@Syria;d=2018-04-14"],
    ),
    // The paragraph right after the lead's dated sentence tells more of its
    // event when it tells one of the same kind: its day (not across
    // kinds, nor past the lead).
    (
        "Turkse artillerie bestookte woensdag Tal Abyad.\n\nVanuit Syrië werden granaten afgevuurd op de Turkse grensplaats Akçakale.\n\nKoerdische strijders vielen Manbij aan.",
        Some("2019-10-10"),
        &[
            "shelling@Tal Abyad;d=2019-10-09",
            "shelling@Akçakale;d=2019-10-09",
            "armed_clash@Manbij;d=2019-10-10",
        ],
    ),
    // An undated sentence right after a generic attack dated from the
    // article's day tells more of it, whatever its violent type: one
    // event, at the place it names.
    (
        "Bij de Turkse aanvallen op Noord-Syrië zijn woensdag zeker acht burgers om het leven gekomen. Turkse vliegtuigen en artillerie bestookten doelen in en rond Tal Abyad.",
        Some("2019-10-10"),
        &["shelling@Tal Abyad;f=8;d=2019-10-09;p=2"],
    ),
    // "Tegelijk", "at the same time" right after a sentence dated from
    // the article's day is that day.
    (
        "IS-strijders drongen donderdag Kobani binnen. Tegelijk viel IS de stad Hasakah aan. At the same time, rebels shelled Aleppo.",
        Some("2015-06-26"),
        &[
            "ground_offensive@Kobani;d=2015-06-25",
            "armed_clash@Al-Hasakah;d=2015-06-25",
            "shelling@Aleppo;d=2015-06-25",
        ],
    ),
    // "Also", "ook" in the same paragraph right after a dated sentence is
    // its day, whatever the deed; not a span ("for months").
    (
        "Bij een luchtaanval op Saraqeb kwamen donderdagavond zeker vijftien burgers om het leven. Ook rond Ariha werd hevig gevochten.",
        Some("2020-03-06"),
        &[
            "airstrike@Saraqib;f=15;d=2020-03-05",
            "armed_clash@Ariha;p=2;d=2020-03-05",
        ],
    ),
    (
        "Russia launched dozens of missiles at Kyiv on Monday, killing at least 19 people. Strikes were also reported in Lviv.",
        Some("2022-10-11"),
        &[
            "shelling@Kyiv;f=19;d=2022-10-10",
            "airstrike@Lviv;d=2022-10-10",
        ],
    ),
    (
        "Russian jets bombed Saraqeb on Monday. Rebels have also shelled Hama for months.",
        Some("2020-03-06"),
        &["airstrike@Saraqib;d=2020-03-02"],
    ),
    // So are "Hours later", "Later that day", "Enkele uren later", "Later
    // op de dag"; "Two days later" is two days on.
    (
        "Russian jets bombed Saraqeb on Monday. Later that day, artillery shelled Ariha. Hours later, rebels shelled Hama.",
        Some("2017-04-05"),
        &[
            "airstrike@Saraqib;d=2017-04-03",
            "shelling@Ariha;d=2017-04-03",
            "shelling@Hama;d=2017-04-03",
        ],
    ),
    // ("Hours later" past one sentence between; not "Earlier", which may
    // be earlier than the article's news.)
    (
        "An Israeli air strike on al-Mawasi, west of Khan Younis, killed at least 90 people on Saturday. The Israeli military said it had targeted Mohammed Deif.\n\nHours later, another strike hit a prayer area in Gaza City, killing 20 people.",
        Some("2024-07-14"),
        &[
            "airstrike@Khan Younis;p=2;f=90;d=2024-07-13",
            "airstrike@Gaza City;f=20;d=2024-07-13",
        ],
    ),
    (
        "Five Turkish soldiers were killed on Monday by Syrian government shelling near Taftanaz. Turkey said it hit 115 government targets in response.\n\nEarlier, rebels shot down a Syrian army helicopter near Nairab.",
        Some("2020-02-11"),
        &[
            "shelling@Taftanāz;p=2;f=5;d=2020-02-10",
            "armed_clash@Nairab;p=2;d=2020-02-11",
        ],
    ),
    (
        "Russische vliegtuigen bombardeerden maandag Saraqeb. Enkele uren later werd Ariha beschoten.",
        Some("2017-04-06"),
        &[
            "airstrike@Saraqib;d=2017-04-03",
            "shelling@Ariha;d=2017-04-03",
        ],
    ),
    (
        "Russian jets bombed Saraqeb on Monday. Two days later, artillery shelled Ariha.",
        Some("2017-04-07"),
        &[
            "airstrike@Saraqib;d=2017-04-03",
            "shelling@Ariha;d=2017-04-05",
        ],
    ),
    // "N days ago", "N dagen geleden" is that day; "Earlier," after a
    // sentence dated from the article's day is that day, past a paragraph's
    // end (Dutch "Eerder op de dag" too; not "Eerder" alone).
    (
        "Rebels launched an offensive in Idlib three days ago. De rebellen bestookten tien dagen geleden Aleppo.",
        Some("2024-12-08"),
        &[
            "ground_offensive@Idlib;d=2024-12-05",
            "shelling@Aleppo;d=2024-11-28",
        ],
    ),
    (
        "Russian jets struck near Idlib on Sunday.\n\nEarlier, government artillery shelled a hospital in Atareb.",
        Some("2021-03-22"),
        &[
            "airstrike@Idlib;d=2021-03-21;p=2",
            "shelling@Al Atārib;d=2021-03-21",
        ],
    ),
    (
        "Russische straaljagers bombardeerden zondag Idlib.\n\nEerder op de dag werd Atareb beschoten.",
        Some("2021-03-22"),
        &[
            "airstrike@Idlib;d=2021-03-21",
            "shelling@Al Atārib;d=2021-03-21",
        ],
    ),
    (
        "Russische straaljagers bombardeerden zondag Idlib.\n\nEerder werd Aleppo beschoten.",
        Some("2021-03-22"),
        &[
            "airstrike@Idlib;d=2021-03-21",
            "shelling@Aleppo;d=2021-03-22",
        ],
    ),
    // Two days of one month are dated by the first, the span's start.
    (
        "Tal Abyad werd op 9 en 10 oktober beschoten.",
        Some("2019-10-23"),
        &["shelling@Tal Abyad;d=2019-10-09"],
    ),
    // "the day before yesterday" is two days back, as "eergisteren" is.
    (
        "Tal Abyad was shelled the day before yesterday.",
        Some("2019-10-23"),
        &["shelling@Tal Abyad;d=2019-10-21"],
    ),
    // The day a source spoke, before "that", is not the event's where the
    // sentence writes the event's own; an attribution after the report
    // keeps its day.
    (
        "Officials said on Tuesday that 10 people were killed in an air strike on Maarat al-Numan on Monday.",
        Some("2019-05-08"),
        &["airstrike@Maarat al-Numan;f=10;d=2019-05-06"],
    ),
    (
        "Het ministerie zei dinsdag dat maandag tien mensen omkwamen bij een luchtaanval op Maarat al-Numan.",
        Some("2019-05-08"),
        &["airstrike@Maarat al-Numan;f=10;d=2019-05-06"],
    ),
    (
        "Syrian government forces have taken full control of the town of Khan Sheikhoun, state media said on Friday, after rebels withdrew earlier this week.",
        Some("2019-08-23"),
        &["territory_change@Khan Shaykhun;d=2019-08-23"],
    ),
    // "Last week" across New Year is of the year holding most of its
    // days, not the day the sentences around it tell.
    (
        "Woensdag vuurde Iran raketten af. Het noemde de aanval een vergelding voor de dood van generaal Soleimani, die vorige week bij een Amerikaanse droneaanval in Bagdad om het leven kwam.",
        Some("2020-01-09"),
        &["airstrike@Baghdad;d=2020"],
    ),
    // The date of a deed someone is arrested or charged for dates the
    // deed, not the arrest; "a suspected attack" is no charge.
    (
        "In Kirkuk, police arrested three suspects in connection with a bombing last month that killed two people.",
        Some("2023-12-08"),
        &["arrest@Kirkuk;f=-;d=2023-12-08"],
    ),
    (
        "De politie heeft in Utrecht twee mannen aangehouden wegens de aanslag van vorige week.",
        Some("2023-12-08"),
        &["arrest@Utrecht;d=2023-12-08"],
    ),
    (
        "One woman was killed in an air strike on Saturday on Khan Sheikhun, site of a suspected chemical weapons attack on Tuesday.",
        Some("2017-04-09"),
        &["airstrike@Khan Shaykhun;f=1;d=2017-04-08"],
    ),
    // "Over the weekend" in the past is the last weekend's Saturday, this
    // one's in a weekend's own article; a report's day after it does not
    // date the event.
    (
        "A hospital in Idlib was destroyed by airstrikes over the weekend that killed 13 people, MSF said on Monday.",
        Some("2016-08-09"),
        &["airstrike@Idlib;f=13;d=2016-08-06"],
    ),
    (
        "Airstrikes destroyed a hospital in Idlib over the weekend.",
        Some("2016-08-07"),
        &["airstrike@Idlib;d=2016-08-06"],
    ),
    (
        "In het weekend kwamen bij luchtaanvallen op Idlib tien mensen om.",
        Some("2016-08-09"),
        &["airstrike@Idlib;f=10;d=2016-08-06"],
    ),
    // The day carried to the next sentence's event of the same kind is
    // the day of the first sentence's event, not its first day written.
    (
        "Ondanks het bestand dat Turkije en de VS donderdag sloten, is er ook zaterdag gevochten rond Ras al-Ain. Bij de gevechten in Tal Abyad vielen vier doden.",
        Some("2019-10-20"),
        &[
            "armed_clash@Ras al-Ain;d=2019-10-19",
            "armed_clash@Tal Abyad;f=4;d=2019-10-19",
        ],
    ),
    (
        "Despite the truce agreed on Thursday, fighting broke out in Ras al-Ain on Saturday. Clashes in Tal Abyad killed four people.",
        Some("2019-10-20"),
        &[
            "armed_clash@Ras al-Ain;d=2019-10-19",
            "armed_clash@Tal Abyad;f=4;d=2019-10-19",
        ],
    ),
    // A placeless event of a sentence that writes several dates takes its
    // cue's, wherever "daar", "there" puts it.
    (
        "De man vertrok in 2014 naar Raqqa en raakte daar in 2016 gewond bij een luchtaanval.",
        Some("2019-11-14"),
        &["airstrike@Raqqa;f=-;d=2016"],
    ),
    (
        "He moved to Raqqa in 2014 and was wounded there in an air strike in 2016.",
        Some("2019-11-14"),
        &["airstrike@Raqqa;f=-;d=2016"],
    ),
    // "a week after", "twee weken na" count weeks as "a day after" counts
    // days (up to three weeks).
    (
        "Russia and Turkey agreed on Thursday to a ceasefire in Syria's Idlib province. The deal came a week after 34 Turkish soldiers were killed in an air strike in Idlib.",
        Some("2020-03-05"),
        &["airstrike@Idlib;f=34;d=2020-02-27"],
    ),
    // A day or month told from an article date the article lacks is
    // unknown, not a year written sentences before; a year written on
    // still carries.
    (
        "De burgeroorlog brak in 2011 uit. Afgelopen mei veroverde IS de stad Palmyra.",
        None,
        &["territory_change@Palmyra;d=-"],
    ),
    (
        "De burgeroorlog brak in 2011 uit. IS veroverde de stad Palmyra.",
        None,
        &["territory_change@Palmyra;d=2011"],
    ),
    // A place's relative clause tells what happened there, and when: not
    // where she lived, nor the year she travelled.
    (
        "The woman travelled to Syria in 2014 and lived in Raqqa, where her husband was killed in an air strike in 2017.",
        Some("2023-09-14"),
        &["airstrike@Raqqa;f=1;d=2017"],
    ),
    (
        "Nenous groeide op in de buurt van de Iraakse stad Mosul, waar IS in 2015 binnenviel.",
        Some("2019-03-14"),
        &["ground_offensive@Mosul;d=2015"],
    ),
    (
        "She lived in Raqqa, where she married a fighter.",
        Some("2023-09-14"),
        &[],
    ),
    // An undated sentence right after one dated by a weekday, telling an
    // event of its type, tells more of it; one of another type, or after
    // a sentence between, keeps the article's date.
    (
        "Een man uit Tiel is dinsdag aangehouden. De man werd in zijn woning in Tiel opgepakt door een arrestatieteam.",
        Some("2023-11-08"),
        &["arrest@Tiel;d=2023-11-07"],
    ),
    (
        "Rebels shelled Hama on Monday. Air strikes killed four people in Idlib.",
        Some("2023-11-08"),
        &[
            "shelling@Hama;d=2023-11-06",
            "airstrike@Idlib;f=4;d=2023-11-08",
        ],
    ),
    (
        "Rebels shelled Hama on Monday. The city is under siege. Rebels shelled Idlib.",
        Some("2023-11-08"),
        &["shelling@Hama;d=2023-11-06", "shelling@Idlib;d=2023-11-08"],
    ),
    // A time of day ends no sentence: its weekday still dates it.
    (
        "Air strikes killed 12 people in Saraqeb at 4 a.m. on Tuesday, activists said.",
        Some("2019-08-14"),
        &["airstrike@Saraqib;f=12;d=2019-08-13"],
    ),
    // An event noun written with its year is of that year, not of the day
    // the sentence tells.
    (
        "Survivors of the 2013 chemical attack in Ghouta testified on Monday.",
        Some("2019-02-10"),
        &["chemical_attack@Eastern Ghouta;d=2013"],
    ),
    (
        "About 14,000 U.S. troops remain in Afghanistan, 18 years after the 2001 invasion.",
        Some("2019-02-10"),
        &["ground_offensive@Afghanistan;d=2001"],
    ),
    (
        "Nabestaanden van de aanslag van 2015 in Parijs kwamen maandag bijeen.",
        Some("2019-02-10"),
        &["attack@Paris;d=2015"],
    ),
    // (Of the year the day is in: the day.)
    (
        "The 2019 offensive on Idlib began on Monday.",
        Some("2019-02-10"),
        &["ground_offensive@Idlib;d=2019-02-04"],
    ),
    // A relative day dates a placeless event too, before step 4 places it.
    (
        "Jets hit Aleppo on Wednesday, killing 25. A day earlier, air strikes killed 12 people in the Bustan al-Qasr neighbourhood.",
        Some("2016-10-13"),
        &[
            "airstrike@Aleppo;f=25;d=2016-10-12",
            "airstrike@Aleppo;f=12;d=2016-10-11",
        ],
    ),
    // What happened since then is not dated by the time told before.
    (
        "The battle for Mosul began in October 2016. Since then, jets have bombed Mosul every day.",
        Some("2017-07-10"),
        &["airstrike@Mosul;d=2017-07-10"],
    ),
    // An initialism before a service's name ends no sentence, and the
    // sentence keeps its day.
    (
        "On Sunday a U.S. Navy jet shot down a Syrian army jet near Raqqa.",
        Some("2017-06-20"),
        &["armed_clash@Raqqa;d=2017-06-18"],
    ),
    // Several dates in one sentence: each place takes the one in its
    // stretch (between commas and coordinators), else the first.
    (
        "Turkish jets bombed Ras al-Ain on Oct. 9 and Tal Abyad on Oct. 10.",
        Some("2019-10-20"),
        &[
            "airstrike@Ras al-Ain;d=2019-10-09",
            "airstrike@Tal Abyad;d=2019-10-10",
        ],
    ),
    (
        "Turkey launched its offensive on October 9 and captured Tal Abyad on October 13.",
        Some("2019-10-20"),
        &["territory_change@Tal Abyad;d=2019-10-13"],
    ),
    (
        "Op 9 oktober bombardeerden Turkse straaljagers Ras al-Ain en op 10 oktober werd Tal Abyad beschoten.",
        Some("2019-10-20"),
        &[
            "airstrike@Ras al-Ain;d=2019-10-09",
            "shelling@Tal Abyad;d=2019-10-10",
        ],
    ),
    // The first date stands for a place outside every dated stretch,
    // and for one whose stretch holds it too.
    (
        "On Oct. 9, Turkish jets bombed Ras al-Ain, and on Oct. 10 Tal Abyad.",
        Some("2019-10-20"),
        &[
            "airstrike@Ras al-Ain;d=2019-10-09",
            "airstrike@Tal Abyad;d=2019-10-10",
        ],
    ),
    (
        "Jets bombed Ras al-Ain on Monday, a week after the deal of October 9.",
        Some("2019-10-23"),
        &["airstrike@Ras al-Ain;d=2019-10-21"],
    ),
    // A country or a region is dated by its cue's stretch: an event there
    // may move to a place named elsewhere.
    (
        "Turkish warplanes struck Kurdish positions in the Afrin region on Saturday, and ground troops crossed into northwest Syria on Sunday, the military said.",
        Some("2018-01-22"),
        &[
            "airstrike@Afrin;d=2018-01-20",
            "ground_offensive@Afrin;d=2018-01-21;p=2",
        ],
    ),
    // A coarser date frames a period, not the place's day.
    (
        "A report issued Wednesday said mines killed 69 civilians in Manbij this month.",
        Some("2016-10-27"),
        &["explosion@Manbij;f=69;d=2016-10-26"],
    ),
    // "last weekend": its Saturday, the one before a weekend's article.
    (
        "A chemical attack hit Douma last weekend.",
        Some("2018-04-14"),
        &["chemical_attack@Douma;d=2018-04-07"],
    ),
    (
        "Bij een gifgasaanval in Douma afgelopen weekend kwamen 40 mensen om.",
        Some("2018-04-16"),
        &["chemical_attack@Douma;f=40;d=2018-04-14"],
    ),
    (
        "On Oct. 9, Turkish jets bombed Ras al-Ain, killing 12 people.",
        Some("2019-10-20"),
        &["airstrike@Ras al-Ain;f=12;d=2019-10-09"],
    ),
    (
        "Op 9 okt. bombardeerden Turkse straaljagers Ras al-Ain.",
        Some("2019-10-20"),
        &["airstrike@Ras al-Ain;d=2019-10-09"],
    ),
    // A weekday before its date gives way to the date.
    (
        "Bij de gifgasaanval op Douma op zaterdag 7 april kwamen zeker 40 mensen om.",
        Some("2018-04-14"),
        &["chemical_attack@Douma;d=2018-04-07;f=40"],
    ),
    (
        "The gas attack on Douma on Saturday, April 7, killed at least 40 people.",
        Some("2018-04-14"),
        &["chemical_attack@Douma;d=2018-04-07;f=40"],
    ),
    // Dutch "daags ervoor", "daags erna" ("the day before", "the day
    // after"), and "daags na" as "a day after".
    (
        "Turkse vliegtuigen bombardeerden dinsdag Tal Tamr. Daags ervoor waren bij een autobom in Qamishli drie mensen om het leven gekomen.",
        Some("2019-10-16"),
        &[
            "airstrike@Tal Tamr;d=2019-10-15",
            "explosion@Qamishli;d=2019-10-14;f=3",
        ],
    ),
    (
        "Bij een autobom in Qamishli kwamen zondag drie mensen om. Daags erna werd Ras al-Ain gebombardeerd.",
        Some("2019-10-16"),
        &[
            "explosion@Qamishli;d=2019-10-13;f=3",
            "airstrike@Ras al-Ain;d=2019-10-14",
        ],
    ),
    (
        "Een autobom doodde dinsdag in Azaz vijf mensen, daags na een luchtaanval op Saraqeb.",
        Some("2019-10-16"),
        &[
            "explosion@Azaz;d=2019-10-15;f=5",
            "airstrike@Saraqib;d=2019-10-14",
        ],
    ),
    // A day told from the one dated just before: the last dated event, else
    // the paragraph's or the article's date (backwards only: a day after
    // the article's is not reported yet).
    (
        "Air strikes killed nine people in Saraqeb on Sunday. A day earlier, rebels shelled Mhardeh, killing four people.",
        Some("2019-03-05"),
        &[
            "airstrike@Saraqib;d=2019-03-03;f=9",
            "shelling@Mhardeh;d=2019-03-02;f=4",
        ],
    ),
    (
        "The day before, a car bomb exploded in Azaz, killing 12 people.",
        Some("2019-03-05"),
        &["explosion@Azaz;d=2019-03-04;f=12"],
    ),
    (
        "Regeringstroepen veroverden op 3 maart de stad Khan Sheikhoun. Twee dagen later veroverden rebellen Saraqeb.",
        Some("2019-03-09"),
        &[
            "territory_change@Khan Shaykhun;d=2019-03-03",
            "territory_change@Saraqib;d=2019-03-05",
        ],
    ),
    (
        "Rebels attacked Morek on Monday. On the same day, air strikes hit Kafr Zita.",
        Some("2019-03-06"),
        &[
            "armed_clash@Mūrak;d=2019-03-04",
            "airstrike@Kafr Zaytā;d=2019-03-04",
        ],
    ),
    (
        "A day later, rebels shelled Mhardeh.",
        Some("2019-03-05"),
        &["shelling@Mhardeh;d=2019-03-05"],
    ),
    // Not "the day before" a named event.
    (
        "The day before the attack, rebels shelled Mhardeh.",
        Some("2019-03-05"),
        &["shelling@Mhardeh;d=2019-03-05"],
    ),
    // "A day after …" names an event a day before the sentence's, or
    // before the one its text dated just before; not one with a date of its
    // own, nor the main clause after a fronted phrase's comma.
    (
        "The attack in Idlib came a day after heavy air strikes by Russian warplanes killed 26 people in the province.",
        Some("2016-08-15"),
        &["airstrike@Idlib;d=2016-08-14;f=26"],
    ),
    (
        "Rebels shelled west Aleppo on Thursday, a day after air strikes on a school in Idlib killed 22 children.",
        Some("2016-10-27"),
        &[
            "shelling@Aleppo;d=2016-10-27;f=-",
            "airstrike@Idlib;d=2016-10-26;f=22",
        ],
    ),
    (
        "At least 15 people were killed in shelling on Aleppo on Wednesday. The monitor said a market was among the areas hit. The deaths come two days after Russia stepped up its air raids on east Aleppo.",
        Some("2016-10-27"),
        &[
            "shelling@Aleppo;d=2016-10-26;f=15",
            "airstrike@Aleppo;d=2016-10-24",
        ],
    ),
    (
        "A day after the massacre in Manbij, coalition jets bombed Kafr Nabl.",
        Some("2016-10-27"),
        &[
            "attack@Manbij;d=2016-10-26",
            "airstrike@Kafr Nabl;d=2016-10-27",
        ],
    ),
    (
        "Enkele weken geleden vluchtten duizenden burgers uit Baghouz.",
        Some("2019-03-10"),
        &["displacement@Baghuz;d=2019-02"],
    ),
    // Last month, last year, this month: the article's month or year, or
    // the one before (across a year's end); not carried to later sentences.
    (
        "Gunmen abducted an aid worker in Azaz last month.",
        Some("2019-01-16"),
        &["abduction@Azaz;d=2018-12"],
    ),
    (
        "Rebellen namen vorig jaar Saraqib in.",
        Some("2019-01-16"),
        &["territory_change@Saraqib;d=2018"],
    ),
    (
        "Eerder deze maand werden drie jihadisten opgepakt in Mudanya. Ook in Bursa werd iemand opgepakt.",
        Some("2019-02-27"),
        &["arrest@Mudanya;d=2019-02", "arrest@Bursa;d=2019-02-27"],
    ),
    // Last week, this week: the month those days lie in, or their year
    // when they straddle two months; and a written date before is no
    // longer carried on.
    (
        "Bij een aanval op een Turkse post bij Morek raakten vorige week drie Turkse militairen gewond.",
        Some("2019-05-21"),
        &["armed_clash@Mūrak;d=2019-05"],
    ),
    (
        "Jets bombed Idlib last week.",
        Some("2019-06-03"),
        &["airstrike@Idlib;d=2019"],
    ),
    (
        "The war began in March 2011. Jets bombed Idlib earlier this week. Rebels shelled Aleppo.",
        Some("2016-07-06"),
        &["airstrike@Idlib;d=2016-07", "shelling@Aleppo;d=2016-07-06"],
    ),
    (
        "Eergisteren werd het dorp Tel Tamr met artillerie bestookt.",
        Some("2019-10-20"),
        &["shelling@Tal Tamr;d=2019-10-18"],
    ),
    // Months ago: that month, across a year's end.
    (
        "IS veroverde Mosul drie maanden geleden.",
        Some("2016-02-17"),
        &["territory_change@Mosul;d=2015-11"],
    ),
    (
        "IS captured Mosul a month ago.",
        Some("2016-10-17"),
        &["territory_change@Mosul;d=2016-09"],
    ),
    (
        "Op 11 mei 2013 ontplofte een autobom in Reyhanli.",
        Some("2019-10-13"),
        &["explosion@Reyhanlı;d=2013-05-11"],
    ),
    (
        "In oktober 2019 viel Turkije Noord-Syrië binnen.",
        Some("2020-02"),
        &["ground_offensive@Northern Syria;d=2019-10"],
    ),
    (
        "IS verloor Raqqa in 2017, toen de stad werd heroverd.",
        Some("2019-10-13"),
        &["territory_change@Raqqa;d=2017"],
    ),
    (
        "On November 13 an air strike hit Ariha.",
        Some("2019-12-02"),
        &["airstrike@Ariha;d=2019-11-13"],
    ),
    (
        "On November 13 an air strike hit Ariha.",
        Some("2019-02-02"),
        &["airstrike@Ariha;d=2018-11-13"],
    ),
    (
        "Woensdagavond werd Tal Abyad gebombardeerd.",
        Some("2019-10-13"),
        &["airstrike@Tal Abyad;d=2019-10-09"],
    ),
    (
        "Zaterdag veroverden Turkse troepen Ras al-Ain.",
        Some("2019-10-13"),
        &["territory_change@Ras al-Ain;d=2019-10-12"],
    ),
    (
        "On Sunday rebels shelled Aleppo.",
        Some("2019-10-13"),
        &["shelling@Aleppo;d=2019-10-13"],
    ),
    (
        "Gisteren werd Idlib gebombardeerd.",
        Some("2019-10-13"),
        &["airstrike@Idlib;d=2019-10-12"],
    ),
    (
        "Donderdag werd Idlib gebombardeerd.",
        Some("2020-02"),
        &["airstrike@Idlib;d=2020-02"],
    ),
    ("Idlib werd gebombardeerd.", None, &["airstrike@Idlib;d=-"]),
    (
        "Sinds december zijn honderdduizenden mensen in Idlib op de vlucht geslagen.",
        Some("2020-02-20"),
        &["displacement@Idlib;d=2020-02-20"],
    ),
    (
        "Het zou de grootste operatie zijn sinds de dood van al-Baghdadi in oktober 2019. De IS-leider werd gedood bij een raid in Barisha.",
        Some("2021-02-03"),
        &["raid@Barisha;d=2019-10"],
    ),
    // A date after "since" dates the start of a period, not the report,
    // and is not carried to the sentences after; the words between decide.
    (
        "Air strikes hit Saraqib, the heaviest bombardment since the war began in 2011.",
        Some("2019-05-10"),
        &["airstrike@Saraqib;d=2019-05-10"],
    ),
    // (Fighting since a year is a campaign, no event: twenty-third
    // session.)
    (
        "Aleppo has been ravaged by fighting since mid-2012.",
        Some("2016-08-10"),
        &[],
    ),
    (
        "This is the largest toll since the coalition began its bombing campaign in Syria in 2014. Jets bombed Raqqa.",
        Some("2016-07-21"),
        &["airstrike@Raqqa;d=2016-07-21"],
    ),
    (
        "Since the beginning of the crisis in March 2011 car bombs have hit Damascus.",
        Some("2013-09-05"),
        &["explosion@Damascus;d=2013-09-05"],
    ),
    (
        "Thousands of residents have fled Raqqa since 10 August 2014.",
        Some("2015-07-10"),
        &["displacement@Raqqa;d=2015-07-10"],
    ),
    // Where every cue stands between "since" and its date, the date is the
    // report's.
    (
        "The toll is the highest since a chemical attack on Khan Shaykhun on Tuesday killed 87 people.",
        Some("2017-04-08"),
        &["chemical_attack@Khan Shaykhun;d=2017-04-04"],
    ),
    (
        "Vier jaar geleden werd Palmyra door IS veroverd.",
        Some("2019-05-20"),
        &["territory_change@Palmyra;d=2015"],
    ),
    (
        "In de zomer van 2014 veroverde IS Mosul.",
        Some("2019-05-20"),
        &["territory_change@Mosul;d=2014"],
    ),
];

fn check(table: &[Case]) {
    let mut failures = Vec::new();
    for (text, date, want) in table {
        let got = extract_text(text, *date);
        let got_keys: Vec<String> = got
            .iter()
            .map(|f| format!("{}@{}", f.event_type.code(), f.place))
            .collect();
        let mut want_keys: Vec<String> = want
            .iter()
            .map(|w| w.split(';').next().unwrap().to_string())
            .collect();
        let mut g_sorted = got_keys.clone();
        g_sorted.sort();
        want_keys.sort();
        if g_sorted != want_keys {
            failures.push(format!(
                "{text:?}\n    got  {g_sorted:?}\n    want {want_keys:?}"
            ));
            continue;
        }
        // (Two features may share a key: each wanted one takes the next.)
        let mut used = vec![false; got.len()];
        for w in *want {
            let mut parts = w.split(';');
            let key = parts.next().unwrap();
            let at = (0..got.len())
                .find(|&i| !used[i] && got_keys[i] == key)
                .unwrap();
            used[at] = true;
            let f = &got[at];
            for attr in parts {
                let (k, v) = attr.split_once('=').unwrap();
                let actual = match k {
                    "f" => f.fatalities.map_or("-".to_string(), |n| n.to_string()),
                    "d" => f.date.map_or("-".to_string(), |d| d.to_string()),
                    "p" => f.precision.to_string(),
                    _ => panic!("unknown attribute {k}"),
                };
                if actual != v {
                    failures.push(format!("{text:?}: {key} {k}={actual}, want {v}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

#[test]
fn event_types() {
    check(TYPES);
}

#[test]
fn event_sites() {
    check(SITES);
}

#[test]
fn threats_plans_negations_are_not_events() {
    check(MODALITY);
}

#[test]
fn fatalities() {
    check(FATALITIES);
}

#[test]
fn event_dates() {
    check(DATES);
}

#[test]
fn at_least_80_cases() {
    let n = TYPES.len() + SITES.len() + MODALITY.len() + FATALITIES.len() + DATES.len();
    assert!(n >= 80, "{n} cases");
}

#[test]
fn a_deed_someone_is_charged_with_is_no_event() {
    // The trial is the news; the deed is an old one, or not proven. An
    // accusation in war reporting, and an arrest, are events.
    let table: &[(&str, &[&str])] = &[
        (
            "De van terrorisme verdachte Syriër die werd opgepakt in Kapelle wordt door het \
             Openbaar Ministerie verdacht van deelname aan een standrechtelijke executie in Syrië.",
            &["arrest"],
        ),
        (
            "A court in Ankara convicted a man of the bombing in Reyhanli.",
            &[],
        ),
        ("Hij staat terecht voor de aanslag in Utrecht.", &[]),
        // (With the sentence's term between: the charge word may stand
        // fourteen words before.)
        (
            "De rechtbank in Zwolle heeft een 38-jarige Syriër veroordeeld tot twaalf jaar cel \
             voor zijn betrokkenheid bij de executie van een gevangen soldaat in 2014.",
            &[],
        ),
        (
            "A court in Ankara sentenced a man to 12 years in prison for his role in the bombing in Reyhanli.",
            &[],
        ),
        (
            "Russia was accused of bombing a hospital in Idlib on Monday.",
            &["airstrike"],
        ),
    ];
    for (text, want) in table {
        let got: Vec<String> = crate::util::extract_text(text, Some("2019-05-24"))
            .iter()
            .map(|f| f.event_type.code().to_string())
            .collect();
        assert_eq!(&got, want, "{text}");
    }
}
