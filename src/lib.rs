//! eventmap: from news text about armed conflict to a GeoJSON layer of events.
//!
//! The data's path, one module per stage:
//! [`article`] → [`extract`] → [`resolve`] (with [`gazetteer`]) →
//! [`classify`] → [`pipeline`] → [`output`].
//! [`normalize`] holds the spelling rules, [`lexicon`] the cue and death
//! lexicons and word classes, [`wordlists`] the closed word lists of roles,
//! [`gaztools`] the gazetteer commands (with [`assign`] to name divisions), [`cli`] the command line;
//! [`buckets`] and [`swar`] hold the word buckets and eight-byte tests several
//! stages share.

pub mod article;
pub mod assign;
pub mod buckets;
pub mod classify;
pub mod cli;
pub mod extract;
pub mod gazetteer;
pub mod gaztools;
pub mod index;
#[macro_use]
pub mod lexicon;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod resolve;
pub mod swar;
pub mod wordlists;
