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

mod cues;
mod dates;
mod deaths;
mod modality;
mod roles;

pub use cues::*;
pub use dates::*;
pub use deaths::*;
pub use modality::*;
pub use roles::*;

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
    /// violent demonstration). A raid is the fighting and the going in
    /// told with it: "Israeli forces killed nine … in a raid on the Jenin
    /// refugee camp … troops had entered the camp …, and a gun battle broke
    /// out" is one raid. (Not an attack and a suicide bomb
    /// at one place and date, which may be two deeds: "executed them", "the
    /// suicide attack that struck the district".)
    pub fn refines(self, general: EventType) -> bool {
        matches!(
            (general, self),
            (EventType::Explosion, EventType::SuicideBomb)
                | (
                    EventType::ArmedClash | EventType::GroundOffensive,
                    EventType::Raid
                )
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
