//! What every step of the pipeline asks about one article: its words,
//! sentences and mentions, and each mention's place and role, chosen when
//! a step first asks.
//!
//! Takes the article's tokens, sentences and mentions and the gazetteer.
//! Gives [`Ctx`], whose answers are found once per article whatever the
//! order of the questions: the steps ask about the mentions of the
//! sentences that report something (and of those around the lead's
//! events), most articles' few, so most mentions are never resolved.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use crate::article::PartialDate;
use crate::classify::{self, Role};
use crate::extract::{Mention, Sentence, Token};
use crate::gazetteer::{Gazetteer, NameRef, Place};
use crate::lexicon;
use crate::resolve::Resolver;

use super::collapse_ws;

/// One article as the steps see it. (`'a` the article's, `'t` its words'.)
pub(super) struct Ctx<'a, 't> {
    pub g: &'a Gazetteer,
    pub text: &'a str,
    pub tokens: &'a [Token<'t>],
    pub sentences: &'a [Sentence],
    /// In text order.
    pub mentions: &'a [Mention],
    /// The article's date (or the fallback date).
    pub adate: Option<PartialDate>,
    /// Is the first sentence alone in its paragraph, a headline?
    pub headline: bool,
    resolver: Resolver<'a, 't>,
    chosen: Vec<OnceCell<Option<NameRef>>>,
    resolved_in: Vec<OnceCell<Vec<usize>>>,
    sentence_roles: Vec<OnceCell<Vec<Role>>>,
    clauses: Vec<OnceCell<Vec<usize>>>,
    /// The sentence's mentions and places, in buffers kept for the article.
    scratch: RefCell<(Vec<&'a Mention>, Vec<Place>)>,
    /// Where a dateline's or byline's date stands, found when a sentence
    /// of the front matter with a date first asks.
    front: OnceCell<Option<Range<usize>>>,
}

/// `n` cells, each filled when first asked (a mention's place, a
/// sentence's mentions or roles).
fn unset<T>(n: usize) -> Vec<OnceCell<T>> {
    (0..n).map(|_| OnceCell::new()).collect()
}

impl<'a, 't> Ctx<'a, 't> {
    pub fn new(
        g: &'a Gazetteer,
        text: &'a str,
        tokens: &'a [Token<'t>],
        sentences: &'a [Sentence],
        mentions: &'a [Mention],
        adate: Option<PartialDate>,
    ) -> Self {
        // The choice of each place weighs every mention of the article.
        let resolver = Resolver::new(g, text, tokens, mentions);
        let mut cx = Ctx {
            g,
            text,
            tokens,
            sentences,
            mentions,
            adate,
            headline: false,
            resolver,
            chosen: unset(mentions.len()),
            resolved_in: unset(sentences.len()),
            sentence_roles: unset(sentences.len()),
            clauses: unset(sentences.len()),
            scratch: RefCell::default(),
            front: OnceCell::new(),
        };
        // A first sentence alone in its paragraph is a headline.
        cx.headline = sentences.len() > 1 && cx.paragraph_break(1);
        cx
    }

    /// Mention `i`'s place, if the gazetteer gives it one.
    #[inline]
    pub fn place_of(&self, i: usize) -> Option<NameRef> {
        *self.chosen[i].get_or_init(|| self.resolver.choose(i))
    }

    /// The mentions with a place of sentence `si`, in text order.
    #[inline]
    pub fn by_sentence(&self, si: usize) -> &Vec<usize> {
        self.resolved_in[si].get_or_init(|| {
            let from = self.mentions.partition_point(|m| m.sentence < si);
            let to = self.mentions.partition_point(|m| m.sentence <= si);
            (from..to).filter(|&i| self.place_of(i).is_some()).collect()
        })
    }

    /// The clause number of each token of sentence `si`
    /// ([`classify::clauses`]), with the clauses an "as" opens at a place of
    /// their own ([`classify::split_at_as`]): found once, for the cues of a
    /// sentence (step 1's sites, and which weak cue gives way).
    pub fn clauses_of(&self, si: usize) -> &[usize] {
        self.clauses[si].get_or_init(|| {
            let s = &self.sentences[si];
            let mut clause = classify::clauses(self.text, self.tokens, s.tokens.clone());
            let named = |k: usize| {
                self.by_sentence(si)
                    .iter()
                    .any(|&j| self.mentions[j].tokens.start == k)
            };
            classify::split_at_as(self.tokens, s, &mut clause, named);
            clause
        })
    }

    /// Mention `i`'s role in its sentence. The roles of a sentence's
    /// resolved mentions are found together, when one is first asked for:
    /// only the sentences with a cue, a death count or a generic event
    /// noun, and those around the lead's events, ever are.
    pub fn role_of(&self, i: usize) -> Role {
        let (g, text, tokens, mentions) = (self.g, self.text, self.tokens, self.mentions);
        let si = mentions[i].sentence;
        let ids = self.by_sentence(si);
        let rs = self.sentence_roles[si].get_or_init(|| {
            let mut scratch = self.scratch.borrow_mut();
            let (ms, ps) = &mut *scratch;
            ms.clear();
            ms.extend(ids.iter().map(|&i| &mentions[i]));
            ps.clear();
            ps.extend(ids.iter().map(|&i| g.place(self.place_of(i).unwrap())));
            let mut rs: Vec<Role> = Vec::with_capacity(ms.len());
            let info = classify::SentenceInfo::new(tokens, self.sentences[si].tokens.clone());
            for k in 0..ms.len() {
                let r = classify::role(text, tokens, &info, ms, ps, &rs, k);
                rs.push(r);
            }
            let first = self.sentences[si].tokens.start;
            classify::destinations_beside_sites(tokens, first, ms, ps, &mut rs);
            classify::demote_reference_points(text, tokens, ms, ps, &mut rs);
            rs
        });
        // (The sentence's mentions in text order: a search, not a walk, for
        // a sentence with thousands of them.)
        ids.binary_search(&i)
            .map_or(Role::NotSite("unresolved"), |k| rs[k])
    }

    /// The sites of sentence `si`: its resolved mentions in the role of one.
    pub fn sites_of(&self, si: usize) -> Vec<usize> {
        self.by_sentence(si)
            .iter()
            .copied()
            .filter(|&i| self.role_of(i).is_site())
            .collect()
    }

    /// Does sentence `si` name a place other than the one its report is
    /// told by? ("Daarbij kwamen volgens Ankara drie burgers om", "At least
    /// six people were killed, Lebanon's health ministry said" name none:
    /// a source, a speaker, an office's country; "Bij de aanval van het
    /// leger van Israël kwamen drie militairen om" names a side.)
    pub fn names_place(&self, si: usize) -> bool {
        self.by_sentence(si).iter().any(|&i| {
            !matches!(
                self.role_of(i),
                Role::NotSite("source" | "speaker" | "affiliation")
            )
        })
    }

    /// Sentence `si` as quoted in the evidence.
    pub fn sentence_text(&self, si: usize) -> String {
        let s = &self.sentences[si];
        collapse_ws(&self.text[s.start..s.end])
    }

    /// Does sentence `si` name a place the gazetteer lacks: a capitalised
    /// word, not a common one, a month or a weekday, right after a
    /// preposition of place ("In Til Temir kwamen twee burgers om")? Its
    /// deaths are not then those of an event told before.
    pub fn unknown_place(&self, si: usize) -> bool {
        let (s, tokens) = (&self.sentences[si], self.tokens);
        (s.tokens.start..s.tokens.end.saturating_sub(1)).any(|k| {
            let n = &tokens[k + 1];
            matches!(
                tokens[k].folded,
                "in" | "bij" | "te" | "nabij" | "near" | "at"
            ) && n.cap
                && n.class & lexicon::class::DATE == 0
                && lexicon::word_zipf(n.folded).is_none_or(|z| z < 3.0)
        })
    }

    /// Does sentence `si` open a paragraph?
    pub fn paragraph_break(&self, si: usize) -> bool {
        // (A few bytes between sentences: a plain byte search, not a
        // `str` pattern's set-up.)
        si == 0
            || self.text.as_bytes()[self.sentences[si - 1].end..self.sentences[si].start]
                .contains(&b'\n')
    }

    /// Is the cue at token `at` of sentence `si` named as the one told
    /// before: "the strike", "de aanval", "this attack"? (A definite
    /// singular right before it, in its sentence.)
    pub fn retold(&self, si: usize, at: usize) -> bool {
        at > self.sentences[si].tokens.start
            && lexicon::is_definite_singular(self.tokens[at - 1].folded)
    }

    /// Is sentence `si` in the lead: the first three sentences, past any
    /// that hold nothing but a dateline's or byline's date ("Turkse
    /// militairen gedood bij luchtaanval in Idlib / 28 februari 2020 / Bij
    /// een luchtaanval …": the headline and the first two of the text)?
    pub fn in_lead(&self, si: usize) -> bool {
        // (Asked of many pairs of events: the first three are always in
        // it, and past the seventh none is, four dateline lines at most
        // being counted.)
        if si < 3 {
            return true;
        }
        if si >= 7 {
            return false;
        }
        let dates_only = (0..si.min(4))
            .filter(|&k| {
                let s = &self.sentences[k];
                self.front_of(s)
                    .is_some_and(|r| r.start <= s.start && s.end <= r.end + 1)
            })
            .count();
        si < 3 + dates_only
    }

    /// Where a dateline's or byline's date stands, when sentence `s`, one
    /// of the front matter with a date, may hold it.
    pub fn front_of(&self, s: &Sentence) -> Option<Range<usize>> {
        if s.start >= crate::article::FRONT_BYTES || s.class & lexicon::class::DATE == 0 {
            return None;
        }
        self.front
            .get_or_init(|| crate::article::dateline(self.text).map(|(_, r)| r))
            .clone()
    }
}
