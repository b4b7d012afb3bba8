//! The extractor: words, sentences and place mentions in article text.
//!
//! Takes an article body and a [`Gazetteer`]. Gives [`Token`]s (words with
//! byte offsets into the body), [`Sentence`]s, and [`Mention`]s: spans of
//! whole words whose normalised form is a gazetteer name, with every
//! candidate place.
//!
//! How: one pass over the words; at each word that can start a name (its
//! folded form is the first word of some key; for a lowercase word, it and
//! the next word may start a longer key, which the index's pair filter
//! answers without a look-up) the following words are joined into keys of
//! growing length and looked up in the exact index; the longest hit wins.
//! A capitalised span with no exact hit is tried against the phonetic
//! skeleton index, so a spelling nobody listed still finds its place when
//! the transliteration rules cover it. Words never match inside other
//! words ("Homs" is not in "Homsi"), and a name never runs across
//! punctuation other than a hyphen.
//!
//! Guarantees: mentions are in text order and never overlap; offsets point
//! into the body the extractor was given. Splitting allocates nothing per
//! word (folded forms borrow the text or one arena), and every word carries
//! its [`lexicon::class`] bits for the later stages.

use std::cell::Cell;
use std::rc::Rc;

use crate::gazetteer::{Gazetteer, Kind, NameRef, StrMemo};
use crate::gaztools::{MIN_SKELETON_SIMILARITY, skeleton_similarity};
use crate::lexicon;
use crate::normalize::{fold_token_into, is_apostrophe, is_article, skeleton_token};
use crate::swar::{HIGH, LOW, before_first};

/// A word (or number) of the text.
///
/// `folded` borrows the text itself when the word is already lowercase
/// ASCII (most words of a news text), and the tokenizer's arena otherwise,
/// so that splitting a text allocates nothing per word.
#[derive(Clone, Copy, Debug)]
pub struct Token<'a> {
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// Folded form: lowercase ASCII letters and digits.
    pub folded: &'a str,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Only spaces or one hyphen separate this word from the next.
    pub joined: bool,
    /// First word of its sentence.
    pub sentence_start: bool,
    /// What the word may be in the word lists ([`lexicon::class`] bits).
    pub class: u16,
    /// The folded form's bucket ([`crate::buckets::bucket3`]), found once
    /// here for the word lists that look words up by it.
    pub bucket: u16,
}

impl<'a> Token<'a> {
    /// A word as the tokenizer makes it, before [`push_word`] says whether
    /// it starts its sentence.
    #[inline(always)]
    fn word(
        start: usize,
        end: usize,
        folded: &'a str,
        cap: bool,
        joined: bool,
        class: u16,
        bucket: usize,
    ) -> Self {
        Token {
            start,
            end,
            folded,
            cap,
            joined,
            sentence_start: false,
            class,
            bucket: bucket as u16,
        }
    }
}

/// A sentence: byte range and word range.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: std::ops::Range<usize>,
    /// The class bits of its words together: a sentence without a bit has
    /// no word of that kind, and the steps that look for one pass it by.
    pub class: u16,
}

/// How a mention matched the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    Exact,
    Skeleton,
}

/// A place name found in the text.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Word range in the token list.
    pub tokens: std::ops::Range<usize>,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub how: Match,
    /// Every gazetteer name the span matched.
    pub candidates: Rc<[NameRef]>,
}

impl Mention {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// The character at byte `i` (ASCII without decoding).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        None => None,
        Some(&c) if c < 0x80 => Some(c as char),
        Some(_) => text[i..].chars().next(),
    }
}

/// Closing quotes that belong to the sentence before them.
fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»')
}

impl lexicon::Words for [Token<'_>] {
    fn count(&self) -> usize {
        self.len()
    }
    fn word(&self, i: usize) -> Option<&str> {
        self.get(i).map(|t| t.folded)
    }
    fn closes(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| !t.joined)
    }
}

/// Byte classes for the tokenizer: an ASCII letter or digit, an uppercase
/// letter, and the bytes that need a closer look (apostrophes, line breaks,
/// sentence ends, and every byte of a non-ASCII character). Class 0 is
/// punctuation or space that neither continues a word nor ends a sentence
/// (only `,` in a number does).
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const LOOK: u8 = 4;
static BYTE_CLASS: [u8; 256] = byte_classes();

/// The bytes at which a word of small letters and digits that starts with
/// a letter ends, with nothing more to decide about it: class 0, a
/// sentence end and a line break (an apostrophe or a byte of another
/// character may continue the word; a `.` or `,` continues only numbers).
static ENDS_SMALL_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let classes = byte_classes();
    let mut i = 0;
    while i < 256 {
        t[i] = classes[i] == 0 || matches!(i as u8, b'.' | b'!' | b'?' | b'\n');
        i += 1;
    }
    t
};

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            ALNUM
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c >= 0x80 || matches!(c, b'\'' | b'`' | b'\n' | b'.' | b'!' | b'?') {
            LOOK
        } else {
            0
        };
        i += 1;
    }
    t
}

/// Of eight bytes (little-endian in `x`), which are ASCII digits, which
/// lowercase and which uppercase letters: the high bit of each byte of the
/// three masks. (Bytes of 0x80 and up, parts of other characters, are none
/// of these.)
#[inline]
fn ascii_classes(x: u64) -> (u64, u64, u64) {
    let x7 = x & !HIGH;
    // The high bit of each byte of `x7 + (0x80 - c)` says "byte >= c": a
    // byte below 0x80 plus at most 0x80 carries into no other byte.
    let ge = |c: u8| (x7 + LOW * (0x80 - u64::from(c))) & HIGH;
    let ascii = !x & HIGH;
    let digit = ge(b'0') & !ge(b'9' + 1);
    let lower = ge(b'a') & !ge(b'z' + 1);
    let upper = ge(b'A') & !ge(b'Z' + 1);
    (digit & ascii, lower & ascii, upper & ascii)
}

/// Of eight bytes, which are ASCII letters or digits and which are
/// capitals ([`ascii_classes`]).
#[inline]
fn ascii_alnum_upper(x: u64) -> (u64, u64) {
    let (digit, lower, upper) = ascii_classes(x);
    (digit | lower | upper, upper)
}

/// From byte `end`, past ASCII letters and digits: where they stop, and
/// whether a capital was among them. Eight bytes at a time: where the
/// letters stop is found without a branch per byte, which the processor
/// would mispredict at the end of every word.
#[inline]
fn ascii_run(b: &[u8], mut end: usize) -> (usize, bool) {
    let mut seen_upper = false;
    while let Some(chunk) = b.get(end..end + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let (alnum, upper) = ascii_alnum_upper(x);
        let stop = !alnum & HIGH;
        let len = (stop.trailing_zeros() / 8) as usize;
        seen_upper |= upper & before_first(stop) != 0;
        end += len;
        if len < 8 {
            return (end, seen_upper);
        }
    }
    while let Some(&c) = b.get(end) {
        let k = BYTE_CLASS[usize::from(c)];
        if k & ALNUM == 0 {
            break;
        }
        seen_upper |= k & UPPER != 0;
        end += 1;
    }
    (end, seen_upper)
}

/// What [`short_rest`] finds after the first byte of a word.
enum Rest {
    /// The eight bytes after the first hold the rest of the word, small
    /// letters and digits, and the byte that ends it, one of
    /// [`ENDS_SMALL_WORD`] (most words of a text: small words, names, the
    /// first words of sentences, numbers): how many bytes follow the first;
    /// those bytes as a number (the bytes after them zero, but the low seven
    /// bits of the one that ends the word, which is no letter); whether one
    /// space and a word follow (`false` when these bytes do not tell).
    Short(usize, u64, bool),
    /// Small letters and digits on past those eight bytes (or fewer than
    /// eight bytes left): look on from this byte.
    Longer(usize),
    /// A capital, or a byte after the word that the general path must see
    /// (an apostrophe, a non-ASCII byte: see [`ENDS_SMALL_WORD`]).
    Other,
}

/// The rest of the word whose first byte is at `i`, read eight bytes at a
/// time: for most words of a text, one read gives the word and what
/// follows it.
#[inline]
fn short_rest(b: &[u8], i: usize) -> Rest {
    let Some(chunk) = b.get(i + 1..i + 9) else {
        return Rest::Longer(i + 1);
    };
    let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
    // (Small letters and digits only: the word stops at a capital too, and
    // a capital's class, tested below, sends the word to the general path,
    // as any capital after the first byte must.)
    let (digit, lower, _) = ascii_classes(x);
    let stop = !(digit | lower) & HIGH;
    if stop == 0 {
        return Rest::Longer(i + 9);
    }
    let len = (stop.trailing_zeros() / 8) as usize;
    let byte = |j: usize| (x >> (j * 8)) as u8;
    if !ENDS_SMALL_WORD[usize::from(byte(len))] {
        return Rest::Other;
    }
    let spaced =
        len + 1 < 8 && byte(len) == b' ' && BYTE_CLASS[usize::from(byte(len + 1))] & ALNUM != 0;
    Rest::Short(len, x & before_first(stop), spaced)
}

/// The bucket ([`crate::buckets::bucket3`]) of a word whose first byte,
/// folded, is `first` and whose [`Rest::Short`] bytes are `rest`: the
/// letters past the word read as 26, without a branch on its length.
#[inline]
fn short_bucket(first: u8, rest: u64) -> usize {
    let letter = |c: u64| crate::buckets::letter(Some(c as u8));
    (letter(u64::from(first)) * 27 + letter(rest)) * 27 + letter(rest >> 8)
}

/// After a word ending at byte `end`: where the next word would start
/// (past spaces, tabs and one hyphen), and whether one does there, which
/// makes the two joined.
#[inline(always)]
fn joined_after(text: &str, end: usize) -> (usize, bool) {
    let b = text.as_bytes();
    // (Most words are followed by one space and a letter.)
    if b.get(end) == Some(&b' ')
        && b.get(end + 1)
            .is_some_and(|&c| BYTE_CLASS[usize::from(c)] & ALNUM != 0)
    {
        return (end + 1, true);
    }
    joined_after_slow(text, end)
}

/// After a word ending at byte `end`: where the next word starts and
/// whether the two are joined ([`joined_after`]); `spaced` when the word's
/// own read saw one space and a word after it (most words), which says so
/// without a look.
#[inline(always)]
fn after_word(text: &str, end: usize, spaced: bool) -> (usize, bool) {
    let (k, next_is_word) = if spaced {
        (end + 1, true)
    } else {
        joined_after(text, end)
    };
    (k, next_is_word && k > end)
}

/// [`joined_after`] past anything but one space.
#[inline(never)]
fn joined_after_slow(text: &str, end: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let mut k = end;
    let mut hyphens = 0;
    while let Some(&c) = b.get(k) {
        match c {
            b' ' | b'\t' => k += 1,
            b'-' if hyphens == 0 => {
                hyphens += 1;
                k += 1
            }
            _ => break,
        }
    }
    let next_is_word = match char_at(text, k) {
        Some(c) if c.is_ascii() => {
            BYTE_CLASS[usize::from(c as u8)] & ALNUM != 0
                || (is_apostrophe(c) && char_at(text, k + 1).is_some_and(char::is_alphabetic))
        }
        Some(c) if is_apostrophe(c) => {
            char_at(text, k + c.len_utf8()).is_some_and(char::is_alphabetic)
        }
        Some(c) => is_word_char(c),
        None => false,
    };
    (k, next_is_word)
}

/// The sentence being read: its first word and byte, and the class bits of
/// its words together, gathered as they come.
#[derive(Default)]
struct OpenSentence {
    tok: usize,
    byte: usize,
    class: u16,
    /// A sentence so far had more than [`MAX_SENTENCE_WORDS`].
    long: bool,
}

/// End the open sentence at byte `end`, when it has words; the next one
/// starts after the words so far.
#[inline]
fn close(tokens: &[Token], sentences: &mut Vec<Sentence>, open: &mut OpenSentence, end: usize) {
    if tokens.len() > open.tok {
        open.long |= tokens.len() - open.tok > MAX_SENTENCE_WORDS;
        sentences.push(Sentence {
            start: open.byte,
            end,
            tokens: open.tok..tokens.len(),
            class: open.class,
        });
    }
    open.tok = tokens.len();
    open.class = 0;
}

/// Add `word` to the open sentence: its first word when `new_sentence`
/// (which it then clears), its class bits to the sentence's.
#[inline(always)]
fn push_word<'a>(
    tokens: &mut Vec<Token<'a>>,
    open: &mut OpenSentence,
    new_sentence: &mut bool,
    mut word: Token<'a>,
) {
    if *new_sentence {
        open.byte = word.start;
    }
    word.sentence_start = *new_sentence;
    *new_sentence = false;
    open.class |= word.class;
    tokens.push(word);
}

/// Where a word's folded form lives until the arena stops growing.
#[derive(Clone, Copy)]
enum Fold {
    Text,
    Arena(usize, usize),
}

/// A news photo's credit in parentheses, its `)` at `close`: "(Photo
/// AFP)", "(TRT World and Agencies)", "(Reuters Photo)". Gives where its
/// `(` stands. Web pages run a caption into the next sentence after its
/// credit, without a full stop; the caption's date is the photo's.
pub fn credit(b: &[u8], close: usize) -> Option<usize> {
    if b.get(close) != Some(&b')') {
        return None;
    }
    let from = close.saturating_sub(40);
    let open = from + b[from..close].iter().rposition(|&c| c == b'(')?;
    b[open + 1..close]
        .split(|c| !c.is_ascii_alphabetic())
        .any(|w| {
            matches!(
                w,
                b"AFP"
                    | b"AP"
                    | b"ANP"
                    | b"Reuters"
                    | b"Agencies"
                    | b"Photo"
                    | b"Foto"
                    | b"SANA"
                    | b"EPA"
                    | b"Getty"
                    | b"IHA"
                    | b"DPA"
                    | b"Belga"
            )
        })
        .then_some(open)
}

/// End a caption at its credit ([`credit`]) where a capitalised word
/// follows inside the same sentence: "… in Aleppo on July 9 2016 (Photo AFP)
/// Syrian troops …" is two sentences. (Not a credit that opens its
/// sentence, after a caption's full stop: a sentence of a credit alone
/// would push the lead's sentences down.) A pass after the words are
/// found: a `)` is rare, and the word loop stays as it was.
#[inline(never)]
fn split_captions(text: &str, tokens: &mut [Token], sentences: &mut Vec<Sentence>) {
    let b = text.as_bytes();
    // Where to split: (the word after the credit, the byte after its `)`).
    // (One pass over the text's `)`, each a look-up of the word after it
    // and of its sentence; most texts have none that ends a caption, and
    // keep their sentences as they are.)
    let mut splits: Vec<(usize, usize)> = Vec::new();
    for close in memchr::memchr_iter(b')', b) {
        let k = tokens.partition_point(|t| t.start <= close);
        let Some(t) = tokens.get(k) else { break };
        if !t.cap
            || t.sentence_start
            || t.start > close + 2
            || (t.start == close + 2 && b[close + 1] != b' ')
        {
            continue;
        }
        let si = sentences.partition_point(|s| s.tokens.end <= k);
        let start = splits
            .last()
            .filter(|&&(j, _)| sentences[si].tokens.contains(&j))
            .map_or(sentences[si].start, |&(j, _)| tokens[j].start);
        if credit(b, close).is_some_and(|open| open > start) {
            splits.push((k, close + 1));
        }
    }
    split_at(tokens, sentences, &splits);
}

/// End a live blog's time stamp at the sentence's start where a
/// capitalised word follows its colon or dash: "16.30 uur: In Den Haag
/// demonstreerden …", "14:05 - Turkish jets …" is a stamp and a sentence,
/// whose first word then opens it (no name's part: "In Den Haag"). (One
/// look at each sentence's first word: few start with digits.)
fn split_stamps(text: &str, tokens: &mut [Token], sentences: &mut Vec<Sentence>) {
    let digits = |t: &Token| t.folded.len() <= 2 && t.folded.bytes().all(|b| b.is_ascii_digit());
    // (Or one word: "16.30" may be read as a number.)
    let stamp = |t: &Token| {
        (4..=5).contains(&t.folded.len())
            && t.folded
                .bytes()
                .filter(|b| matches!(b, b'.' | b':'))
                .count()
                == 1
            && t.folded
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b':'))
    };
    let mut splits: Vec<(usize, usize)> = Vec::new();
    for s in sentences.iter() {
        let f = s.tokens.start;
        if !digits(&tokens[f]) && !stamp(&tokens[f]) {
            continue;
        }
        // "16.30", "16:30", "16.30 uur", "9h30": digits glued by "." or
        // ":", then perhaps the word for hours.
        let mut z = f;
        while z + 1 < s.tokens.end
            && digits(&tokens[z + 1])
            && matches!(&text[tokens[z].end..tokens[z + 1].start], "." | ":" | "h")
        {
            z += 1;
        }
        if z == f && !stamp(&tokens[f]) {
            continue;
        }
        if z + 1 < s.tokens.end && matches!(tokens[z + 1].folded, "uur" | "u" | "h") {
            z += 1;
        }
        let k = z + 1;
        if k < s.tokens.end
            && tokens[k].cap
            && text[tokens[z].end..tokens[k].start].contains([':', '-', '–', '—', '|'])
        {
            splits.push((k, tokens[z].end));
        }
    }
    split_at(tokens, sentences, &splits);
}

/// The most words a sentence may have: a longer one, scraped text without
/// full stops, is cut (at its last clause break before this many words, if
/// one stands in the last fifth). No news sentence comes near: the
/// corpora's longest has 146. Rules that weigh a sentence's words against
/// each other then stay linear in the text.
pub const MAX_SENTENCE_WORDS: usize = 250;

/// Cut the sentences longer than [`MAX_SENTENCE_WORDS`]. (Out of line:
/// no news text needs it.)
#[cold]
#[inline(never)]
fn split_long(text: &str, tokens: &mut [Token], sentences: &mut Vec<Sentence>) {
    let mut splits: Vec<(usize, usize)> = Vec::new();
    for s in sentences.iter() {
        let mut from = s.tokens.start;
        while s.tokens.end - from > MAX_SENTENCE_WORDS {
            let hard = from + MAX_SENTENCE_WORDS;
            let k = (hard - MAX_SENTENCE_WORDS / 5..=hard)
                .rev()
                .find(|&k| {
                    text[tokens[k - 1].end..tokens[k].start].contains([',', ';', ':', '—', '–'])
                })
                .unwrap_or(hard);
            splits.push((k, tokens[k - 1].end));
            from = k;
        }
    }
    split_at(tokens, sentences, &splits);
}

/// Split sentences before the words `splits` name (in text order, each
/// with the byte its sentence part ends at).
fn split_at(tokens: &mut [Token], sentences: &mut Vec<Sentence>, splits: &[(usize, usize)]) {
    if splits.is_empty() {
        return;
    }
    let class_of =
        |tokens: &[Token], r: std::ops::Range<usize>| tokens[r].iter().fold(0, |c, t| c | t.class);
    let mut out = Vec::with_capacity(sentences.len() + splits.len());
    let mut next = splits.iter().peekable();
    for s in sentences.drain(..) {
        let (mut from, mut start) = (s.tokens.start, s.start);
        while let Some(&&(k, end)) = next.peek().filter(|&&&(k, _)| s.tokens.contains(&k)) {
            out.push(Sentence {
                start,
                end,
                tokens: from..k,
                class: class_of(tokens, from..k),
            });
            tokens[k].sentence_start = true;
            (from, start) = (k, tokens[k].start);
            next.next();
        }
        if from == s.tokens.start {
            out.push(s);
        } else {
            out.push(Sentence {
                start,
                end: s.end,
                tokens: from..s.tokens.end,
                class: class_of(tokens, from..s.tokens.end),
            });
        }
    }
    *sentences = out;
}

/// Split text into words and sentences.
///
/// A word is a run of letters and digits; an apostrophe inside or before a
/// word belongs to it (`Ra's`, `'Ayn`); digits joined by `.` or `,` make one
/// number (`130.000`, `3,6`). A sentence ends at `.`, `!` or `?` followed by
/// white space, at every line break (headlines carry no full stop), and
/// after a photo credit in parentheses before a capital (`split_captions`),
/// and a sentence of more than [`MAX_SENTENCE_WORDS`] is cut.
///
/// `arena` receives the folded forms that differ from the text (capitalised
/// or accented words); the tokens borrow it and the text.
pub fn tokenize<'a>(text: &'a str, arena: &'a mut String) -> (Vec<Token<'a>>, Vec<Sentence>) {
    tokenize_with::<true>(text, arena)
}

/// [`tokenize`], with its fast paths (`FAST`) or without: the general path
/// alone gives the same words and sentences, which the tests check on any
/// text.
fn tokenize_with<'a, const FAST: bool>(
    text: &'a str,
    arena: &'a mut String,
) -> (Vec<Token<'a>>, Vec<Sentence>) {
    arena.clear();
    let classes = lexicon::WordClasses::get();
    let b = text.as_bytes();
    let n = b.len();
    // (About one word per six bytes of news text.)
    let mut tokens: Vec<Token<'a>> = Vec::with_capacity(n / 5 + 8);
    // Tokens whose folded form is in the arena: (token, range), filled in
    // once the arena stops growing.
    // (Sized for news text, so that they rarely grow: about one capitalised
    // or accented word per 30 bytes, one sentence per 100.)
    arena.reserve(n / 4);
    let mut in_arena: Vec<(usize, usize, usize)> = Vec::with_capacity(n / 24 + 8);
    let mut sentences = Vec::with_capacity(n / 64 + 8);
    let mut open = OpenSentence::default();
    let mut new_sentence = true;
    let mut i = 0;
    while i < n {
        let c0 = b[i];
        let k0 = BYTE_CLASS[usize::from(c0)];
        // Fast path: ASCII that can neither start a word nor end a sentence.
        if FAST && k0 == 0 {
            i += 1;
            continue;
        }
        // Fast path: a lowercase ASCII word that ends at a space,
        // punctuation, a sentence end, a line break or the end of the text
        // (most words; the loop then reads the sentence end): no character
        // to decode, nothing to fold, no capital to weigh. The general path
        // below gives the same token.
        if FAST && k0 == ALNUM && !c0.is_ascii_digit() {
            // (end, class bits, whether one space and a word follow: when
            // `false`, not known yet)
            let plain = match short_rest(b, i) {
                Rest::Short(len, rest, spaced) => {
                    Some((i + 1 + len, short_bucket(c0, rest), spaced))
                }
                Rest::Longer(from) => {
                    let (end, upper) = ascii_run(b, from);
                    (!upper && b.get(end).is_none_or(|&c| ENDS_SMALL_WORD[usize::from(c)]))
                        .then(|| (end, crate::buckets::bucket3(&b[i..end]), false))
                }
                Rest::Other => None,
            };
            if let Some((end, bucket, spaced)) = plain {
                // (A letter first: no digit bits.)
                let class = classes.of_bucket(bucket);
                debug_assert!(b[i..end].is_ascii());
                // SAFETY: bytes `i..end` are ASCII letters and digits (the
                // word just read), so both ends are character boundaries.
                let folded = unsafe { text.get_unchecked(i..end) };
                let (k, joined) = after_word(text, end, spaced);
                let word = Token::word(i, end, folded, false, joined, class, bucket);
                push_word(&mut tokens, &mut open, &mut new_sentence, word);
                // (Past the spaces and hyphen after the word: bytes of
                // class 0, which the loop would only step over.)
                i = k;
                continue;
            }
        }
        // Fast path: a capitalised ASCII word of small letters and digits
        // after its capital ([`short_rest`]): its folded form is its
        // bytes with bit 5 set, appended to the arena as the general path
        // appends it; the rest is the general path's, without decoding.
        if FAST
            && k0 == ALNUM | UPPER
            && let Rest::Short(len, rest, spaced) = short_rest(b, i)
        {
            let (start, end) = (i, i + 1 + len);
            let first = c0 | 0x20;
            let bucket = short_bucket(first, rest);
            let class = classes.of_bucket(bucket);
            let from = arena.len();
            let mut folded = [0u8; 9];
            folded[0] = first;
            folded[1..].copy_from_slice(&rest.to_le_bytes());
            debug_assert!(folded[..=len].is_ascii());
            // SAFETY: ASCII letters and digits, so the arena stays UTF-8.
            unsafe { arena.as_mut_vec() }.extend_from_slice(&folded[..=len]);
            // A capitalised function word inside a sentence starts a new
            // one, as in the general path. (A word of one capital is all
            // capitals, and starts none.)
            if !new_sentence
                && len > 0
                && class & lexicon::class::OPENER != 0
                && std::str::from_utf8(&folded[..=len]).is_ok_and(lexicon::is_sentence_opener)
            {
                let prev_end = tokens.last().map_or(start, |t| t.end);
                close(&tokens, &mut sentences, &mut open, prev_end);
                new_sentence = true;
            }
            let (k, joined) = after_word(text, end, spaced);
            in_arena.push((tokens.len(), from, arena.len()));
            let word = Token::word(start, end, "", true, joined, class, bucket);
            push_word(&mut tokens, &mut open, &mut new_sentence, word);
            i = k;
            continue;
        }
        // Fast path: a number ("2019", "19th") that ends at a space, a
        // sentence end or a line break (not at a `.` or `,`, which may join
        // digits): its text is its folded form.
        if FAST
            && c0.is_ascii_digit()
            && let Rest::Short(len, rest, spaced) = short_rest(b, i)
            && !matches!(b[i + 1 + len], b'.' | b',')
        {
            let end = i + 1 + len;
            debug_assert!(b[i..end].is_ascii());
            // SAFETY: bytes `i..end` are ASCII digits and letters.
            let folded = unsafe { text.get_unchecked(i..end) };
            let bucket = short_bucket(c0, rest);
            let class = classes.of_in(folded, bucket);
            let (k, joined) = after_word(text, end, spaced);
            let word = Token::word(i, end, folded, false, joined, class, bucket);
            push_word(&mut tokens, &mut open, &mut new_sentence, word);
            i = k;
            continue;
        }
        let (c, clen) = if k0 & ALNUM != 0 {
            (char::from(c0), 1)
        } else {
            let c = char_at(text, i).unwrap_or(' ');
            (c, c.len_utf8())
        };
        let starts_word = k0 & ALNUM != 0
            || is_word_char(c)
            || (is_apostrophe(c) && char_at(text, i + clen).is_some_and(char::is_alphabetic));
        if starts_word {
            let start = i;
            let numeric = c.is_ascii_digit();
            let mut end = i + clen;
            let mut ascii = c0 < 0x80;
            // Only ASCII letters and digits so far (then the folded form is
            // the word in lowercase), and whether a capital was seen.
            let mut pure = k0 & ALNUM != 0;
            let mut upper = k0 & UPPER != 0;
            loop {
                let (e, up) = ascii_run(b, end);
                end = e;
                upper |= up;
                // Most words end at a space or a comma: no character to
                // decode (a comma may only join the digits of a number).
                if end < n && BYTE_CLASS[usize::from(b[end])] == 0 && !(numeric && b[end] == b',') {
                    break;
                }
                let Some(d) = char_at(text, end) else { break };
                let dl = d.len_utf8();
                let ok = if is_word_char(d) {
                    true
                } else if is_apostrophe(d) {
                    // English possessive: "Syria's" is "Syria" and "s".
                    // ("Ra's", the transliterated "head", keeps its s.)
                    let next = char_at(text, end + dl);
                    let possessive = end - start >= 3
                        && next == Some('s')
                        && !char_at(text, end + dl + 1).is_some_and(char::is_alphanumeric);
                    !possessive && next.is_some_and(char::is_alphabetic)
                } else {
                    numeric
                        && (d == '.' || d == ',')
                        && b.get(end + 1).is_some_and(u8::is_ascii_digit)
                };
                if !ok {
                    break;
                }
                ascii &= dl == 1;
                pure = false;
                end += dl;
            }
            debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            // SAFETY: `start` is where a character began and `end` was
            // advanced over whole characters (ASCII runs and `len_utf8`).
            let word: &'a str = unsafe { text.get_unchecked(start..end) };
            let plain = pure && !upper;
            let fold = if numeric || plain {
                // Numbers keep their separators: "130.000", "5,5".
                Fold::Text
            } else {
                let from = arena.len();
                if pure {
                    // (ASCII letters and digits only: setting bit 5
                    // lowercases a letter and leaves a digit as it is.)
                    // SAFETY: the bytes appended are ASCII, so the arena
                    // stays UTF-8.
                    unsafe { arena.as_mut_vec() }.extend(word.bytes().map(|c| c | 0x20));
                } else if ascii {
                    arena.extend(
                        word.bytes()
                            .filter(u8::is_ascii_alphanumeric)
                            .map(|b| b.to_ascii_lowercase() as char),
                    );
                } else {
                    fold_token_into(word, arena);
                }
                Fold::Arena(from, arena.len())
            };
            // (The text's form held apart for the class and the token:
            // `word` read in both places instead took 0.8 % more
            // instructions, as the compiler kept more values live.)
            let in_text: &'a str = match fold {
                Fold::Text => word,
                Fold::Arena(..) => "",
            };
            let folded: &str = match fold {
                Fold::Text => in_text,
                // SAFETY: as below, where the tokens take their forms.
                Fold::Arena(a, z) => unsafe { arena.get_unchecked(a..z) },
            };
            let bucket = crate::buckets::bucket3(folded.as_bytes());
            let class = classes.of_in(folded, bucket);
            i = end;
            if folded.is_empty() {
                continue;
            }
            let cap = if pure {
                k0 & UPPER != 0
            } else if ascii {
                word.bytes()
                    .find(u8::is_ascii_alphanumeric)
                    .is_some_and(|c| c.is_ascii_uppercase())
            } else {
                word.chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(char::is_uppercase)
            };
            // A capitalised function word inside a sentence ("… in de regio
            // Idlib Ook als het kalifaat …") starts a new one: headlines and
            // list items reach us without their full stop.
            if !new_sentence
                && cap
                && class & lexicon::class::OPENER != 0
                && lexicon::is_sentence_opener(folded)
                && !word.chars().all(|c| c.is_uppercase())
            {
                let prev_end = tokens.last().map_or(start, |t| t.end);
                close(&tokens, &mut sentences, &mut open, prev_end);
                new_sentence = true;
            }
            let (k, joined) = after_word(text, end, false);
            let folded = match fold {
                Fold::Text => in_text,
                Fold::Arena(a, z) => {
                    in_arena.push((tokens.len(), a, z));
                    ""
                }
            };
            let word = Token::word(start, end, folded, cap, joined, class, bucket);
            push_word(&mut tokens, &mut open, &mut new_sentence, word);
            i = k;
        } else if c == '\n' {
            close(&tokens, &mut sentences, &mut open, i);
            new_sentence = true;
            i += 1;
        } else if matches!(c, '.' | '!' | '?') {
            i += 1;
            if char_at(text, i).is_none_or(|n| n.is_whitespace() || is_closing_quote(n))
                && !(c == '.' && abbreviation_before(text, &tokens, i - 1))
            {
                // Skip closing quotes that belong to this sentence.
                while let Some(q) = char_at(text, i).filter(|&q| is_closing_quote(q)) {
                    i += q.len_utf8();
                }
                close(&tokens, &mut sentences, &mut open, i);
                new_sentence = true;
            }
        } else {
            i += clen;
        }
    }
    close(&tokens, &mut sentences, &mut open, n);
    let arena: &'a String = arena;
    for (t, a, z) in in_arena {
        debug_assert!(arena.is_char_boundary(a) && arena.is_char_boundary(z));
        // SAFETY: `a` and `z` are the arena's lengths before and after a
        // word's folded form was appended: character boundaries.
        tokens[t].folded = unsafe { arena.get_unchecked(a..z) };
    }
    split_captions(text, &mut tokens, &mut sentences);
    split_stamps(text, &mut tokens, &mut sentences);
    if open.long {
        split_long(text, &mut tokens, &mut sentences);
    }
    (tokens, sentences)
}

/// Does the full stop at byte `dot` end an abbreviation inside a sentence
/// rather than the sentence: a month before a day ("Oct. 9", "9 okt. 2019"
/// is a day before), a title before a name ("Gen. Mazloum Abdi"), or an
/// initialism before a small word ("the U.S. military", "U.N. envoy"), or
/// a time of day before one ("at 4 a.m. on Tuesday")?
/// News agencies write all three; a sentence cut there loses its event or
/// its date.
fn abbreviation_before(text: &str, tokens: &[Token], dot: usize) -> bool {
    let Some(t) = tokens.last().filter(|t| t.end == dot) else {
        return false;
    };
    // (The word's length first: most sentences end in a longer one.)
    if t.end - t.start > 4 {
        return false;
    }
    let word = &text[t.start..t.end];
    if !word.is_ascii() {
        return false;
    }
    // The next character after the spaces (not past a line break, which
    // ends the sentence anyway).
    let Some(next) = text[dot + 1..]
        .chars()
        .find(|&c| c == '\n' || !c.is_whitespace())
        .filter(|&c| c != '\n')
    else {
        return false;
    };
    // (Lowercased on the stack: this runs at every sentence end.)
    let mut buf = [0u8; 4];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf.make_ascii_lowercase();
    let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
    let month = matches!(
        lower,
        "jan"
            | "feb"
            | "mar"
            | "mrt"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "okt"
            | "nov"
            | "dec"
    );
    let title = word.as_bytes()[0].is_ascii_uppercase()
        && matches!(
            lower,
            "gen"
                | "lt"
                | "col"
                | "maj"
                | "sgt"
                | "capt"
                | "brig"
                | "dr"
                | "mr"
                | "mrs"
                | "ms"
                | "prof"
                | "st"
                | "sen"
                | "rep"
                | "gov"
                | "adm"
                | "cpl"
                | "pvt"
        );
    let initialism = word.len() == 1
        && word.as_bytes()[0].is_ascii_uppercase()
        && t.start >= 2
        && text.as_bytes()[t.start - 1] == b'.'
        && text.as_bytes()[t.start - 2].is_ascii_uppercase();
    // ("9 okt. bombardeerden": Dutch puts the day first. Read from the
    // text: a capitalised word's folded form is not written yet.)
    let after_day = tokens.len() >= 2 && {
        let d = &tokens[tokens.len() - 2];
        text.as_bytes()[d.start..d.end]
            .iter()
            .all(u8::is_ascii_digit)
    };
    // A time of day before a small word: "at 4 a.m. on Tuesday".
    let clock = lower == "m"
        && t.start >= 2
        && matches!(&text.as_bytes()[t.start - 2..t.start], b"a." | b"p.");
    (month && (next.is_ascii_digit() || (after_day && next.is_lowercase())))
        || (title && next.is_uppercase())
        || (clock && next.is_lowercase())
        || (initialism && (next.is_lowercase() || institution_after(&text[dot + 1..])))
}

/// Does `rest` (the text after an initialism's full stop) start with the
/// capitalised noun of a service or office the initialism's country or
/// body holds: "a U.S. Navy jet", "U.N. Security Council", "the U.S. State
/// Department"? No sentence starts with one of these words alone.
fn institution_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "Navy"
            | "Army"
            | "Air"
            | "Marine"
            | "Marines"
            | "Special"
            | "Central"
            | "Coast"
            | "Defense"
            | "Defence"
            | "State"
            | "Treasury"
            | "Justice"
            | "Embassy"
            | "Ambassador"
            | "Envoy"
            | "Secretary"
            | "Senator"
            | "Congress"
            | "Security"
            | "General"
            | "Human"
            | "Refugee"
            | "Department"
            | "Forces"
    )
}

/// Whether a span may be a place name at all: the capital letter rule.
///
/// A one-word name must be capitalised; a longer one must have a capitalised
/// word. A frequent word of Dutch or English ("Van", "Bar", "Deal") that is
/// also a minor place needs more: a very frequent one ("Van", "Of") is
/// never a name alone; a frequent one only for a prominent place (a
/// country, province, region or city of 100,000); a fairly common one not
/// first in its sentence, where every word is capitalised. (Whether a
/// candidate is such a place, [`is_prominent`], and the word's frequency are
/// read from `e`, the table entry of the walk's key that matched `cands`
/// `how`, and found only when needed; a one-word span's key is its word.)
#[allow(clippy::too_many_arguments)]
fn acceptable(
    g: &Gazetteer,
    text: &str,
    shout: &Cell<Option<(usize, usize, bool)>>,
    tokens: &[Token],
    span: std::ops::Range<usize>,
    cands: &[NameRef],
    e: &KnownKey,
    how: Match,
) -> bool {
    let ts = &tokens[span.clone()];
    if !ts.iter().any(|t| t.cap) {
        return false;
    }
    // "The villages were liberated": an article capitalised only to open
    // the sentence, before lowercase words, names no place (The Villages,
    // Florida).
    if ts.len() > 1
        && ts[0].sentence_start
        && matches!(ts[0].folded, "the" | "de" | "het" | "a" | "een")
        && ts[1..].iter().all(|t| !t.cap)
    {
        return false;
    }
    if ts.len() == 1 {
        let t = &ts[0];
        // An acronym ("SANA", "SAMS", "IS") is a name only where the
        // gazetteer writes it so ("US", "VK", "T4").
        let raw = &text[t.start..t.end];
        // (The lowercase test first: it fails at the second letter of most
        // words. Bytes, not `str::is_ascii`, whose word-at-a-time set-up
        // costs more than a short word.)
        let no_lower = !raw.bytes().any(|c| c.is_ascii_lowercase())
            && (raw.bytes().all(|c| c < 0x80) || raw.chars().all(|c| !c.is_lowercase()));
        if no_lower
            && raw.chars().filter(|c| c.is_alphabetic()).count() <= 5
            && !shouting(text, t, shout)
        {
            return cands.iter().any(|&r| {
                let p = g.place(r);
                p.names().any(|v| v == raw)
            });
        }
        // All-caps shouting (headlines) is fine; lowercase is not a name.
        if !t.cap {
            return false;
        }
        let prominent = || known_prominent(g, e, t.folded, how, cands);
        match known_zipf(e, t.folded) {
            // Function words ("Van", "Of", "Den") are never names alone.
            Some(z) if z >= 6.0 => return false,
            Some(z) if z >= 4.5 && !prominent() => return false,
            Some(z) if z >= 3.5 && t.sentence_start && !prominent() => return false,
            _ => {}
        }
    }
    true
}

/// Is one of the places a country, province or region, or a town of
/// 100,000 named by its own name (`word`, the mention's folded word)?
/// "Central" is a variant of Davao, but a word first. For one of the most
/// common words (`strict`) only the name as the gazetteer writes it counts,
/// not a spelling that sounds the same: "Landen" (countries) opening a
/// sentence is not London, though "Parijs" is Paris. Below those, any name
/// of a city of a million counts: the word lists hold "brussel" (4.8) for
/// the Dutch name of Brussels, not for a word.
fn is_prominent(g: &Gazetteer, cands: &[NameRef], word: &str, strict: bool) -> bool {
    cands.iter().any(|&r| {
        let p = g.place(r);
        matches!(p.kind, Kind::Country | Kind::Admin1 | Kind::Region)
            || (p.population >= 100_000
                && if strict {
                    r.variant == 0
                } else {
                    p.population >= 1_000_000 || crate::gaztools::is_canonical(g, r, word)
                })
    })
}

/// Is the word a transliterated Arabic article ("al", "el", "ash")? The
/// class bit first: most words are not.
fn article(t: &Token) -> bool {
    t.class & lexicon::class::ARTICLE != 0 && is_article(t.folded)
}

/// The joined runs of one sentence, read forward: names run over joined
/// words only (spaces, one hyphen) and stay in their sentence. Asked about
/// words in increasing order (as the extractor walks a sentence), each
/// answer moves a pointer forward, so a sentence costs one pass over its
/// words, with nothing written per word (a run is often a whole sentence).
struct Runs<'t, 'a> {
    tokens: &'t [Token<'a>],
    /// One past the sentence's last word.
    end: usize,
    /// The last word of the run holding the word last asked about: always a
    /// run's end, so a later word up to it needs no look.
    run_end: usize,
    /// The first capitalised word at or after the word last asked about
    /// (`end` for none): a later word up to it needs no look either.
    cap: usize,
}

impl<'t, 'a> Runs<'t, 'a> {
    fn new(tokens: &'t [Token<'a>], s: &Sentence) -> Self {
        let mut runs = Runs {
            tokens,
            end: s.tokens.end,
            run_end: s.tokens.start,
            cap: s.tokens.start,
        };
        runs.find_run_end();
        runs.find_cap();
        runs
    }

    /// Move `run_end` forward to the end of its run.
    fn find_run_end(&mut self) {
        while self.run_end + 1 < self.end && self.tokens[self.run_end].joined {
            self.run_end += 1;
        }
    }

    /// Move `cap` forward to a capitalised word or the sentence's end.
    fn find_cap(&mut self) {
        while self.cap < self.end && !self.tokens[self.cap].cap {
            self.cap += 1;
        }
    }

    /// The last word of the joined run holding word `i`.
    fn run_end(&mut self, i: usize) -> usize {
        if self.run_end < i {
            self.run_end = i;
            self.find_run_end();
        }
        self.run_end
    }

    /// The first capitalised word from `i` to the end of its run. Every
    /// name needs a capital (`acceptable`), so a word with none in reach is
    /// passed over without a look-up: most words of a text.
    fn next_cap(&mut self, i: usize) -> Option<usize> {
        if self.cap < i {
            self.cap = i;
            self.find_cap();
        }
        let cap = self.cap;
        (cap <= self.run_end(i)).then_some(cap)
    }

    /// The last word a name starting at word `i` can reach: the end of its
    /// run, or `max` words (the gazetteer's longest name) when that is
    /// nearer.
    fn reach(&mut self, i: usize, max: usize) -> usize {
        self.run_end(i).min(i + max - 1)
    }
}

/// Walk the words of a possible name from token `i` (to `reach` at the
/// most): `visit(j)` sees each word that can end a name (inner articles are
/// passed over, as keys drop them) and says whether a longer name can still
/// match.
fn walk_name(tokens: &[Token], i: usize, last: usize, mut visit: impl FnMut(usize) -> bool) {
    for (j, t) in tokens.iter().enumerate().take(last + 1).skip(i) {
        if (j == i || !article(t)) && !visit(j) {
            break;
        }
    }
}

/// The key of a name's walk from word `i` at its step to word `j`: the
/// first word's folded form itself (most walks stop there), longer keys
/// the words joined by spaces in `buf` (emptied before each walk).
fn walk_key<'a>(buf: &'a mut String, tokens: &'a [Token], i: usize, j: usize) -> &'a str {
    if j == i {
        return tokens[i].folded;
    }
    if buf.is_empty() {
        buf.push_str(tokens[i].folded);
    }
    buf.push(' ');
    buf.push_str(tokens[j].folded);
    buf
}

/// Does the name starting at token `first` belong to the name of an armed
/// group? After an Arabic group noun ("Ahrar al-Sham", "Faylaq al-Rahman":
/// al-Sham is also a name of Damascus), or within "Islamic State of/in X
/// and (the) Y": "the Islamic State in Iraq and the Levant" names no Levant
/// (a village in Kansas), nor Iraq; "Islamic State in Syria" does name
/// Syria. (Words joined by spaces only.)
fn in_group_name(tokens: &[Token], first: usize, end: usize, sentence_start: usize) -> bool {
    let before = |n: usize| -> Option<&Token> {
        let k = first.checked_sub(n).filter(|&k| k >= sentence_start)?;
        tokens[k].joined.then_some(&tokens[k])
    };
    if before(1).is_some_and(|t| lexicon::is_group_noun(t.folded)) {
        return true;
    }
    let state_of = |k: usize| {
        before(k).is_some_and(|t| matches!(t.folded, "of" | "in"))
            && before(k + 1).is_some_and(|t| t.folded == "state")
            && before(k + 2).is_some_and(|t| t.folded == "islamic")
    };
    // (Only the first of two names: "Islamic State in Syria" is the
    // group at work in Syria.)
    if state_of(1) && tokens[end - 1].joined && tokens.get(end).is_some_and(|t| t.folded == "and") {
        return true;
    }
    // "… of Iraq and the Levant", "… of Iraq and al-Sham" (the article then
    // part of the mention).
    let the = usize::from(before(1).is_some_and(|t| t.folded == "the"));
    before(1 + the).is_some_and(|t| t.folded == "and") && state_of(3 + the)
}

/// Is the lowercase article at token `k` glued to the next word, as in
/// "al-Hol" or "Aqareb es Safi"? Joined to it by one hyphen, or by one
/// space unless it is also an English or Dutch word: "an Aleppo
/// neighbourhood", "at Halabja", "as Raqqa fell", "dat er Turkse …".
fn glued_article(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|n| {
        n.start == tokens[k].end + 1
            && (text.as_bytes()[tokens[k].end] == b'-'
                || !matches!(tokens[k].folded, "an" | "at" | "as" | "er"))
    })
}

/// Is the text around a token written in capitals (a shouted headline)?
///
/// `memo` keeps the answer for the last line asked about: names come in
/// text order, and a paragraph with several acronyms is counted once.
fn shouting(text: &str, t: &Token, memo: &Cell<Option<(usize, usize, bool)>>) -> bool {
    if let Some((a, b, shout)) = memo.get()
        && a <= t.start
        && t.end <= b
    {
        return shout;
    }
    // (A line is often a whole paragraph, read here for every article with
    // an acronym: memchr's vector search.)
    let bytes = text.as_bytes();
    let a = memchr::memrchr(b'\n', &bytes[..t.start]).map_or(0, |p| p + 1);
    let b = memchr::memchr(b'\n', &bytes[t.end..]).map_or(text.len(), |p| t.end + p);
    let shout = more_upper_than_lower(&text[a..b]);
    memo.set(Some((a, b, shout)));
    shout
}

/// Does `line` hold more uppercase than lowercase letters? Counted a piece
/// at a time: in ordinary text the lowercase letters soon outnumber the
/// capitals by more than the bytes left (a letter takes a byte at least),
/// and the rest of the line cannot change the answer.
fn more_upper_than_lower(line: &str) -> bool {
    let (mut lower, mut upper) = (0, 0);
    let mut rest = line;
    loop {
        let mut cut = rest.len().min(256);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (l, u) = case_counts(&rest[..cut]);
        lower += l;
        upper += u;
        rest = &rest[cut..];
        if rest.is_empty() || lower > upper + rest.len() {
            return upper > lower;
        }
    }
}

/// How many lowercase and how many uppercase letters `s` holds. (A line
/// is often a whole paragraph: ASCII letters are counted eight bytes at a
/// time, and only the characters outside ASCII are decoded, from their
/// first bytes.)
fn case_counts(s: &str) -> (usize, usize) {
    let b = s.as_bytes();
    let (mut lower, mut upper) = (0usize, 0usize);
    let mut other = |at: usize| {
        if let Some(c) = s.get(at..).and_then(|r| r.chars().next()) {
            lower += usize::from(c.is_lowercase());
            upper += usize::from(c.is_uppercase());
        }
    };
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    let (mut ascii_lower, mut ascii_upper) = (0, 0);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let (_, l, u) = ascii_classes(x);
        ascii_lower += l.count_ones() as usize;
        ascii_upper += u.count_ones() as usize;
        // First bytes of other characters: 0b11xxxxxx.
        let mut first = x & (x << 1) & HIGH;
        while first != 0 {
            other(at + (first.trailing_zeros() / 8) as usize);
            first &= first - 1;
        }
        at += 8;
    }
    for (k, &c) in chunks.remainder().iter().enumerate() {
        if c < 0x80 {
            ascii_lower += usize::from(c.is_ascii_lowercase());
            ascii_upper += usize::from(c.is_ascii_uppercase());
        } else if c >= 0xC0 {
            other(at + k);
        }
    }
    (lower + ascii_lower, upper + ascii_upper)
}

/// What the indexes answer for a key of a name's walk (its first word, or
/// its first words joined by spaces), each part found when first asked and
/// then remembered per thread and gazetteer: a capitalised word is looked
/// up in both indexes, and the same words and word sequences ("De", "The",
/// "Turkije", "Verenigde Staten", "Noord-Syrië") come back in article after
/// article, each costing probes of tables bigger than the cache (a world
/// gazetteer's are tens of megabytes) and a skeleton.
///
/// [`find_mentions`] borrows the table once per article
/// ([`with_known`]) and reads the answers where they are kept: a walk step
/// copies no list of places.
#[derive(Default)]
struct KnownKey {
    /// Exact index: the places, and whether longer keys start with it.
    exact: Option<(Rc<[NameRef]>, bool)>,
    /// Skeleton index: the key's skeleton, the places (in countries whose
    /// names are transliterated only), and whether longer keys start with it.
    skeleton: Option<(Box<str>, Box<[NameRef]>, bool)>,
    /// Of those places, the ones spelled like the key ([`known_similar`]).
    similar: Option<Rc<[NameRef]>>,
    /// [`is_prominent`] of the exact places, and of the similar ones (asked
    /// while the places are borrowed from this entry, hence the cells).
    prominent: [Cell<Option<bool>>; 2],
    /// [`lexicon::word_zipf`] of the key, for a key of one word (asked by
    /// the common-word rules of both walks).
    zipf: Cell<Option<Option<f64>>>,
}

type Known = StrMemo<KnownKey>;

/// [`lexicon::word_zipf`] of `key`, a one-word key whose entry is `e`.
fn known_zipf(e: &KnownKey, key: &str) -> Option<f64> {
    e.zipf.get().unwrap_or_else(|| {
        let z = lexicon::word_zipf(key);
        e.zipf.set(Some(z));
        z
    })
}

/// [`StrMemo::bits`] of a [`KnownKey`]: its exact answer is known to hold
/// no place and no longer key (most capitalised words), so a walk stops
/// there without reading the answer.
const NO_EXACT: u32 = 1;
/// Likewise for its skeleton answer.
const NO_SKELETON: u32 = 2;

/// `f` on this thread's table of [`KnownKey`]s, made to answer for `g`.
fn with_known<R>(g: &Gazetteer, f: impl FnOnce(&mut Known) -> R) -> R {
    thread_local! {
        static MEMO: std::cell::RefCell<Known> = std::cell::RefCell::new(StrMemo::default());
    }
    MEMO.with_borrow_mut(|memo| {
        memo.renew(g);
        f(memo)
    })
}

/// Fill in the exact index's answer (places, and whether longer keys start
/// with it) in entry `i`, that of `key`.
fn known_exact(memo: &mut Known, g: &Gazetteer, i: usize, key: &str) {
    if memo.value(i).exact.is_none() {
        let mut hits = Vec::new();
        let longer = g.exact_into(key, &mut hits);
        if hits.is_empty() && !longer {
            memo.set_bits(i, NO_EXACT);
        }
        memo.value_mut(i).exact = Some((hits.into(), longer));
    }
}

/// The skeleton walk's step to entry `i` (of a key whose last word is
/// `word`) after the step to entry `prev` (None for the first word): fill
/// in the key's skeleton (`prev`'s and the word's), the skeleton index's
/// places for it (in countries whose names are transliterated only) and
/// whether longer skeleton keys start with it.
///
/// (The key names its skeleton: a word's skeleton is never empty, so the
/// walk joins keys and skeletons with a space at the same steps.)
fn known_skeleton(
    memo: &mut Known,
    g: &Gazetteer,
    i: usize,
    word: &str,
    prev: Option<usize>,
    scratch: &mut String,
) {
    if memo.value(i).skeleton.is_none() {
        scratch.clear();
        if let Some((s, _, _)) = prev.and_then(|p| memo.value(p).skeleton.as_ref()) {
            scratch.push_str(s);
            scratch.push(' ');
        }
        skeleton_token(word, scratch);
        let mut hits = Vec::new();
        let longer = g.skeleton_into_where(scratch, &mut hits, lexicon::transliterated_country);
        if hits.is_empty() && !longer {
            memo.set_bits(i, NO_SKELETON);
        }
        memo.value_mut(i).skeleton = Some((scratch.as_str().into(), hits.into(), longer));
    }
}

/// [`is_prominent`] for the places `hits` that `key` (entry `e`) matched
/// `how`.
fn known_prominent(g: &Gazetteer, e: &KnownKey, key: &str, how: Match, hits: &[NameRef]) -> bool {
    let cell = &e.prominent[how as usize];
    cell.get().unwrap_or_else(|| {
        let strict = known_zipf(e, key).is_some_and(|z| z >= 5.0);
        let p = is_prominent(g, hits, key, strict);
        cell.set(Some(p));
        p
    })
}

/// Fill in the `similar` places of entry `i` (of `key`, from
/// [`known_skeleton`]): the skeleton index's places spelled close enough
/// to the key to be a mention. The similarity of every candidate costs
/// more than the look-up.
fn known_similar(memo: &mut Known, g: &Gazetteer, i: usize, key: &str) {
    let e = memo.value_mut(i);
    if e.similar.is_none() {
        let hits = e.skeleton.as_ref().map_or(&[][..], |s| &s.1[..]);
        e.similar = Some(
            hits.iter()
                .copied()
                .filter(|&r| skeleton_similarity(g, r, key) >= MIN_SKELETON_SIMILARITY)
                .collect(),
        );
    }
}

/// Is token `i` a month by a day or a year ("Wed Nov 23 2016", "2 Jun
/// 2016", "March 2011")? Then it is no place: Nov, Tajikistan; Jun, Spain.
/// (The date bit first: most words are passed by it.)
#[inline]
fn month_in_date(tokens: &[Token], i: usize, s: &Sentence) -> bool {
    let t = &tokens[i];
    if t.class & lexicon::class::DATE == 0 || !t.cap {
        return false;
    }
    let digits =
        |k: usize| s.tokens.contains(&k) && tokens[k].folded.as_bytes()[0].is_ascii_digit();
    lexicon::month(t.folded).is_some() && (digits(i + 1) || (i > 0 && digits(i - 1)))
}

/// [`crate::index::word_hash`] of token `k`'s folded form, from `last` (the
/// last token hashed, and its hash) when it is that token.
fn word_hash_at(last: &mut (usize, u64), tokens: &[Token], k: usize) -> u64 {
    if last.0 != k {
        *last = (k, crate::index::word_hash(tokens[k].folded.as_bytes()));
    }
    last.1
}

/// Find place mentions in tokenised text, in text order (so a sentence's
/// mentions are a run of the list, which the pipeline relies on).
pub fn find_mentions(
    g: &Gazetteer,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<Mention> {
    with_known(g, |memo| find_with(memo, g, text, tokens, sentences))
}

/// [`find_mentions`] with this thread's table of answers.
fn find_with(
    memo: &mut Known,
    g: &Gazetteer,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<Mention> {
    let mut out = Vec::new();
    // (Room for the longest keys a walk builds in most texts, so that they
    // grow at most once per article.)
    let mut key = String::with_capacity(64);
    let mut skel = String::with_capacity(64);
    let max_walk = g.max_words + 2;
    // The last word hashed for the pair filter, and its hash: the second
    // word of one pair is often the first of the next.
    let mut hashed = (usize::MAX, 0);
    let shout = Cell::new(None);
    for (si, s) in sentences.iter().enumerate() {
        let mut runs = Runs::new(tokens, s);
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let t = &tokens[i];
            if article(t)
                // (A word starting with a digit always has the number bit:
                // most words are passed by it without reading their text.)
                || (t.class & lexicon::class::NUMBER != 0 && t.folded.as_bytes()[0].is_ascii_digit())
                || runs.next_cap(i).is_none_or(|c| c - i >= max_walk)
                || month_in_date(tokens, i, s)
            {
                i += 1;
                continue;
            }
            // A lowercase word is never a name alone: it can only start a
            // longer one ("northern Syria", "kamp Al-Hol"), so the first two
            // words of the key must start some key. The gazetteer's pair
            // filter says so without a look-up in the big table.
            let reach_last = runs.reach(i, max_walk);
            if !t.cap {
                // The second word the walk would add to the key.
                let second = (i + 1..=reach_last).find(|&k| !article(&tokens[k]));
                let may = second.is_some_and(|k| {
                    let first = word_hash_at(&mut hashed, tokens, i);
                    g.may_start_pair_hashed(first, word_hash_at(&mut hashed, tokens, k))
                });
                if !may {
                    i += 1;
                    continue;
                }
            }
            // Exact index, longest match (the first word's look-up says
            // whether any name starts with it).
            let mut best: Option<(usize, Rc<[NameRef]>, Match)> = None;
            // The entry of the walk's first key (the word alone), which
            // both walks ask about.
            let mut first = 0;
            key.clear();
            walk_name(tokens, i, reach_last, |j| {
                let key = walk_key(&mut key, tokens, i, j);
                let k = memo.slot(key);
                if j == i {
                    first = k;
                }
                if memo.bits(k) & NO_EXACT != 0 {
                    return false;
                }
                known_exact(memo, g, k, key);
                let e = memo.value(k);
                let (hits, longer) = e
                    .exact
                    .as_ref()
                    .map_or((&[][..], false), |(h, l)| (&h[..], *l));
                if !hits.is_empty()
                    && acceptable(g, text, &shout, tokens, i..j + 1, hits, e, Match::Exact)
                    && let Some((h, _)) = &e.exact
                {
                    // (Shared with the table: no copy per mention.)
                    best = Some((j + 1, Rc::clone(h), Match::Exact));
                }
                longer
            });
            // Skeleton index, for capitalised words: taken where the exact
            // index found nothing or only a shorter name ("Ain" of "Ain
            // Issa" spelled in a way no row lists).
            let exact_end = best.as_ref().map_or(i, |b| b.0);
            // The last word a name from here can reach; a phonetic match must
            // end at or after `exact_end`, so an exact name that already
            // runs to it ("… in Idlib.") leaves nothing to look for.
            if t.cap && exact_end <= reach_last {
                key.clear();
                let mut prev = None;
                walk_name(tokens, i, reach_last, |j| {
                    let tj = &tokens[j];
                    let key = walk_key(&mut key, tokens, i, j);
                    // (The first key's entry is the exact walk's.)
                    let k = if j == i { first } else { memo.slot(key) };
                    if memo.bits(k) & NO_SKELETON != 0 {
                        return false;
                    }
                    known_skeleton(memo, g, k, tj.folded, prev, &mut skel);
                    prev = Some(k);
                    let (skeleton, hits, longer) = memo
                        .value(k)
                        .skeleton
                        .as_ref()
                        .map_or(("", &[][..], false), |(s, h, l)| (&s[..], &h[..], *l));
                    // The cheap conditions first: the similarity of every
                    // candidate costs more than all of them. A common word
                    // alone ("Daar", "Bar") is never a fuzzy name, nor is a
                    // short word alone: first names ("Ayman", "Saleh") sit
                    // one vowel away from towns ("Amman", "Sala").
                    if hits.is_empty()
                        || j < exact_end
                        || !tj.cap
                        || skeleton.bytes().filter(u8::is_ascii_alphabetic).count() < 4
                        || (j == i && (key.len() < 6 || known_zipf(memo.value(k), key).is_some()))
                    {
                        return longer;
                    }
                    // (Only places in countries whose names are
                    // transliterated came back from the index.)
                    known_similar(memo, g, k, key);
                    let e = memo.value(k);
                    let hits = e.similar.as_deref().unwrap_or_default();
                    if !hits.is_empty()
                        && acceptable(g, text, &shout, tokens, i..j + 1, hits, e, Match::Skeleton)
                        && let Some(h) = &e.similar
                    {
                        best = Some((j + 1, Rc::clone(h), Match::Skeleton));
                    }
                    longer
                });
            }
            // A possessive whose apostrophe was lost ("Syrias Idlib province",
            // "Aleppos Salaheddin district"): the name without its s, when a
            // capitalised word follows and the name is a country, province
            // or city.
            if best.is_none()
                && t.cap
                && t.folded.len() >= 5
                && t.folded.ends_with('s')
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.cap && t.joined && i + 1 < s.tokens.end)
            {
                let stem = &t.folded[..t.folded.len() - 1];
                let hits: Vec<NameRef> = g
                    .exact(stem)
                    .into_iter()
                    .filter(|&r| {
                        let p = g.place(r);
                        matches!(p.kind, Kind::Country | Kind::Admin1) || p.population >= 100_000
                    })
                    .collect();
                if !hits.is_empty() {
                    best = Some((i + 1, hits.into(), Match::Exact));
                }
            }
            // Organisations, streets and oilfields named after a place are
            // no mention of it: "Jordan Times", "Damascus University",
            // "Baghdad Street", "the al-Hail oilfield" (written in
            // lowercase too).
            // So is a building named after one when a place of its own
            // follows: "The al-Quds hospital in the Sukkari district" (not
            // "an Aleppo hospital", a hospital in Aleppo).
            if let Some((end, _, _)) = &best
                && tokens.get(*end).is_some_and(|n| {
                    (n.cap && lexicon::is_organisation_word(n.folded))
                        || (n.start == tokens[*end - 1].end + 1
                            && lexicon::is_street_word(n.folded))
                        || (lexicon::is_facility_noun(n.folded)
                            && *end + 1 < s.tokens.end
                            && matches!(tokens[*end + 1].folded, "in" | "at" | "near" | "bij"))
                })
            {
                best = None;
            }
            // A news agency is no place when its noun comes first: "meldt
            // het staatspersbureau Sana" (not Sanaa), "the state news agency
            // Petra".
            if best.is_some()
                && i > s.tokens.start
                && matches!(
                    tokens[i - 1].folded,
                    "persbureau"
                        | "staatspersbureau"
                        | "nieuwsagentschap"
                        | "persagentschap"
                        | "agency"
                )
            {
                best = None;
            }
            // A people is no place: "volgens de Britten" (Britten, a town
            // in Germany), "the Turks"; nor is a feast: "an Eid truce".
            if let Some((end, _, _)) = &best
                && *end == i + 1
                && (lexicon::demonym_of_class(t.folded, t.class).is_some()
                    || lexicon::is_holiday(t.folded))
            {
                best = None;
            }
            // The name is this one word, run on after one space into a
            // capitalised word of its sentence ("Nico Drost", "Tal Meri").
            let runs_into_cap = |end: usize| {
                end == i + 1
                    && end < s.tokens.end
                    && tokens[end].cap
                    && tokens[end].start == t.end + 1
                    && text.as_bytes()[t.end] == b' '
            };
            // A town known only by another language's name for it, run on
            // after one space into a capitalised word that is neither a
            // common word nor a place, is a person's or an institution's
            // first name: "Nico Drost" (Nice is "Nico" in Latin), "Ron
            // Fresen" (Rhoon's dialect name), "Haga Lyceum" (The Hague's in
            // Swedish). Not a town whose names are transliterated: there
            // the next word is as often an unknown village of a list
            // without commas ("Mourek Atshan Skeak"). ("Leiden University"
            // is an organisation, see above; "Parijs Match" is rare.)
            if let Some((end, hits, Match::Exact)) = &best
                && runs_into_cap(*end)
                && hits.iter().all(|&r| {
                    let p = g.place(r);
                    r.variant != 0
                        && p.kind.is_settlement()
                        && !lexicon::transliterated_country(p.country.as_bytes())
                })
                && lexicon::word_zipf(tokens[*end].folded).is_none_or(|z| z < 4.0)
                && g.exact(tokens[*end].folded).is_empty()
            {
                best = None;
            }
            // A generic head written alone ("Tal", "Khan", "Bab"), without
            // its article, and run on after one space into another
            // capitalised word of the sentence starts a name the gazetteer
            // does not know ("Tal Meri", "Khan Touman", "Bab Touma"): the
            // head alone ("At Tall", "al-Bab") would be another place, and
            // the next word is part of the unknown name, not a name alone.
            let mut unknown_name = false;
            if let Some((end, _, _)) = &best
                && lexicon::is_toponym_head(t.folded)
                && runs_into_cap(*end)
                && !(i > s.tokens.start && article(&tokens[i - 1]) && tokens[i - 1].joined)
            {
                best = None;
                unknown_name = true;
            }
            // Nor is a weapon named after a small town: "Tomahawk cruise
            // missiles". (Not a city: "the Idlib rocket attack".)
            if let Some((end, hits, _)) = &best
                && *end == i + 1
                && tokens.get(*end).is_some_and(|n| {
                    n.start <= tokens[i].end + 1 && lexicon::is_weapon_noun(n.folded)
                })
                && hits.iter().all(|&r| {
                    let p = g.place(r);
                    p.kind.is_settlement() && p.population < 100_000
                })
            {
                best = None;
            }
            // A name that runs on, after one space, into an Arabic article
            // hyphenated to a capitalised word is only the first word of a
            // longer name the gazetteer does not know: "Bustan al-Qasr" (an
            // Aleppo quarter), "Eid al-Fitr", "Farah al-Sham". (Not when
            // that word only says which part of the place: "Daraa
            // al-Balad", the old town of Daraa.)
            // (The descriptor is then passed over: "al-Balad" is no town
            // of its own there.)
            let mut descriptor = false;
            if let Some((end, _, _)) = &best
                && let Some(a) = tokens.get(*end)
                && a.start == tokens[*end - 1].end + 1
                && text.as_bytes()[a.start - 1] == b' '
                && article(a)
                && text.as_bytes()[a.end] == b'-'
                && let Some(n) = tokens.get(*end + 1)
                && n.cap
                && n.start == a.end + 1
            {
                descriptor = lexicon::is_part_descriptor(n.folded);
                if !descriptor {
                    best = None;
                }
            }
            match best {
                Some((end, hits, how)) => {
                    // The article glued to the name belongs to the mention as
                    // written: "al-Hol", "Al Qamishli".
                    let mut first = i;
                    if i > s.tokens.start {
                        let a = &tokens[i - 1];
                        if article(a) && a.joined && (a.cap || glued_article(text, tokens, i - 1)) {
                            first = i - 1;
                        }
                    }
                    if in_group_name(tokens, first, end, s.tokens.start) {
                        i = end;
                        continue;
                    }
                    out.push(Mention {
                        tokens: first..end,
                        start: tokens[first].start,
                        end: tokens[end - 1].end,
                        sentence: si,
                        how,
                        candidates: hits,
                    });
                    i = if descriptor { end + 2 } else { end };
                }
                None => i += if unknown_name { 2 } else { 1 },
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Mentions come in text order: by sentence, then by word, without
    /// overlaps.
    #[test]
    fn mentions_in_text_order() {
        let g = Gazetteer::builtin();
        let text = "Idlib en Aleppo. Turkse troepen rukten op naar Ras al-Ain, Tal Abyad en \
            Ain Issa.\nIn Qamishli en Kobani vielen doden; ook Damascus en Homs.";
        let mut arena = String::new();
        let (tokens, sentences) = tokenize(text, &mut arena);
        let ms = find_mentions(&g, text, &tokens, &sentences);
        assert!(ms.len() >= 9, "{}", ms.len());
        for w in ms.windows(2) {
            assert!(w[0].sentence <= w[1].sentence);
            assert!(w[0].tokens.end <= w[1].tokens.start);
        }
    }

    /// Read forward with steps of any size, the runs agree with their
    /// definition: a run ends at a word not joined to the next or at the
    /// sentence's end; the capital is the first in the rest of the run.
    #[test]
    fn runs_read_forward_agree_with_their_definition() {
        let texts = [
            "Turkse troepen rukten op naar Ras al-Ain, Tal Abyad en Ain Issa.",
            "in de regio Idlib Ook als het kalifaat valt",
            "northern Syria - the town of Saraqib (Idlib) was shelled; SANA said",
            "A B c d E. f g H i",
            "x",
        ];
        for text in texts {
            let mut arena = String::new();
            let (tokens, sentences) = tokenize(text, &mut arena);
            for s in &sentences {
                let r = s.tokens.clone();
                let joined = |k: usize| tokens[k].joined && k + 1 < r.end;
                let run_end = |i: usize| (i..r.end).find(|&k| !joined(k)).unwrap();
                let next_cap = |i: usize| (i..=run_end(i)).find(|&k| tokens[k].cap);
                for (first, step) in [(0, 1), (0, 2), (1, 2), (2, 3), (0, 3)] {
                    let mut runs = Runs::new(&tokens, s);
                    for i in r.clone().skip(first).step_by(step) {
                        assert_eq!(runs.next_cap(i), next_cap(i), "{text:?} {i}");
                        assert_eq!(runs.run_end(i), run_end(i), "{text:?} {i}");
                        assert_eq!(runs.reach(i, 3), run_end(i).min(i + 2), "{text:?} {i}");
                    }
                }
            }
        }
    }

    /// The pair filter's hash of a token, remembered for the last token
    /// only, is that token's whatever the order of the questions.
    #[test]
    fn word_hash_at_answers_for_the_token_asked() {
        let mut arena = String::new();
        let (t, _) = tokenize("ten noorden van Idlib en Aleppo", &mut arena);
        let mut last = (usize::MAX, 0);
        for k in [0, 1, 1, 2, 4, 3, 3, 0, 4] {
            let want = crate::index::word_hash(t[k].folded.as_bytes());
            assert_eq!(word_hash_at(&mut last, &t, k), want, "token {k}");
        }
    }

    /// A sentence of more words than any news sentence (scraped text
    /// without full stops) is cut: at its last clause break in the last
    /// fifth before the limit, else at the limit. Every word stays in one
    /// sentence, in order.
    #[test]
    fn an_overlong_sentence_is_cut() {
        let words: Vec<String> = (0..600)
            .map(|i| {
                if i == 219 {
                    "word,".to_string()
                } else {
                    format!("w{i}")
                }
            })
            .collect();
        let text = words.join(" ");
        let mut arena = String::new();
        let (tokens, s) = tokenize(&text, &mut arena);
        assert_eq!(tokens.len(), 600);
        let lens: Vec<usize> = s.iter().map(|s| s.tokens.len()).collect();
        assert_eq!(lens, [220, 250, 130]);
        assert!(s.windows(2).all(|w| w[0].tokens.end == w[1].tokens.start));
        assert!(text[s[0].start..s[0].end].ends_with("word"));
        assert!(tokens[220].sentence_start);
        // (A sentence at the limit stays whole.)
        let text = vec!["w"; MAX_SENTENCE_WORDS].join(" ");
        let (_, s) = tokenize(&text, &mut arena);
        assert_eq!(s.len(), 1);
    }

    /// A caption's credit ends its sentence when a capital follows, with
    /// the `)`; not one that opens a sentence, nor an agency's name in
    /// parentheses inside a sentence.
    #[test]
    fn a_photo_credit_ends_a_caption() {
        for (text, want) in [
            (
                "Jets over Idlib August 6 2016 (TRT World and Agencies) A bomber struck.",
                &[
                    "Jets over Idlib August 6 2016 (TRT World and Agencies)",
                    "A bomber struck.",
                ][..],
            ),
            (
                "Ruins in Aleppo 2016(Photo AFP) Syrian troops advanced.",
                &["Ruins in Aleppo 2016(Photo AFP)", "Syrian troops advanced."],
            ),
            (
                "(AFP Photo) At least 18 civilians were killed.",
                // (A sentence starts at its first word.)
                &["AFP Photo) At least 18 civilians were killed."],
            ),
            (
                "The monitor (AFP) said so. Rebels (Reuters) left town.",
                &["The monitor (AFP) said so.", "Rebels (Reuters) left town."],
            ),
            (
                "Fighters (from Idlib) Took the town.",
                &["Fighters (from Idlib) Took the town."],
            ),
        ] {
            let mut arena = String::new();
            let (_, s) = tokenize(text, &mut arena);
            let got: Vec<&str> = s.iter().map(|s| &text[s.start..s.end]).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn words_numbers_sentences() {
        let mut arena = String::new();
        let (t, s) = tokenize(
            "Ra's al-'Ayn ligt 130.000 km ver. Nieuwe zin!\nKop",
            &mut arena,
        );
        let words: Vec<&str> = t.iter().map(|t| t.folded).collect();
        assert_eq!(
            words,
            [
                "ras", "al", "ayn", "ligt", "130.000", "km", "ver", "nieuwe", "zin", "kop"
            ]
        );
        assert_eq!(s.len(), 3);
        assert!(t[1].joined && t[0].joined && !t[6].joined);
        assert!(t[7].sentence_start && t[9].sentence_start);
    }

    /// A full stop after an abbreviation inside a sentence ends none: a
    /// month before its day, a title before a name, an initialism or a time
    /// of day before a small word. At the end of a sentence it still ends
    /// one.
    #[test]
    fn abbreviations_end_no_sentence() {
        let table: &[(&str, usize)] = &[
            ("On Oct. 9, jets bombed Raqqa.", 1),
            ("Op 9 okt. bombardeerden jets Raqqa.", 1),
            ("Op 9 okt. 2019 bombardeerden jets Raqqa.", 1),
            ("Gen. Mazloum Abdi said so.", 1),
            ("Strikes by the U.S. military hit Raqqa.", 1),
            (
                "On Sunday a U.S. Navy jet shot down a Syrian jet near Raqqa.",
                1,
            ),
            ("The U.N. Security Council met on Monday.", 1),
            ("Jets bombed Raqqa for the U.S. The Kurds said so.", 2),
            ("It happened in Oct. Then it stopped.", 2),
            ("They fled. Nine were killed.", 2),
            ("Jets struck Raqqa at 4 a.m. on Tuesday.", 1),
            ("Jets struck Raqqa at 4 p.m. The Kurds said so.", 2),
            ("The army took Raqqa in Sept.\n12 were killed.", 2),
            // (Not a word before the month: its folded form is written
            // only once the text is read.)
            ("Jets bombed Raqqa Oct. daarna vluchtten zij.", 2),
        ];
        for &(text, n) in table {
            let mut arena = String::new();
            let (_, s) = tokenize(text, &mut arena);
            assert_eq!(s.len(), n, "{text}");
            let (_, s) = tokenize_with::<false>(text, &mut arena);
            assert_eq!(s.len(), n, "{text} (general path)");
        }
    }

    /// The per-thread table of first words belongs to one gazetteer: a
    /// second gazetteer asked about the same word gets its own answer.
    #[test]
    fn known_skeletons_per_gazetteer() {
        use crate::gazetteer::test_place;
        let with = Gazetteer::new(vec![test_place("Qamishli", "SY")]);
        let without = Gazetteer::new(vec![test_place("Hasakah", "SY")]);
        for _ in 0..2 {
            for (g, found) in [(&with, true), (&without, false), (&with, true)] {
                with_known(g, |memo| {
                    let k = memo.slot("kamishly");
                    known_skeleton(memo, g, k, "kamishly", None, &mut String::new());
                    let (skel, hits, _) = memo.value(k).skeleton.as_ref().unwrap();
                    assert_eq!(&**skel, "kamasla");
                    assert_eq!(!hits.is_empty(), found);
                });
            }
        }
    }

    /// Keys of several words are remembered per gazetteer too: the same
    /// text, alternately with a gazetteer that has the name and one that
    /// has only its first word (too common a word to be a name alone),
    /// finds the name exactly (or by its skeleton when spelled otherwise)
    /// with the first and nothing with the second.
    #[test]
    fn known_keys_per_gazetteer() {
        use crate::gazetteer::test_place;
        let long = Gazetteer::new(vec![test_place("Tall Abyad", "SY")]);
        let short = Gazetteer::new(vec![test_place("Tall", "SY")]);
        for _ in 0..2 {
            for (text, how) in [
                ("Beschietingen bij Tall Abyad.", Match::Exact),
                ("Beschietingen bij Tell Abiad.", Match::Skeleton),
            ] {
                for (g, words) in [(&long, 2), (&short, 0), (&long, 2)] {
                    let mut arena = String::new();
                    let (t, s) = tokenize(text, &mut arena);
                    let found: Vec<(usize, Match)> = find_mentions(g, text, &t, &s)
                        .iter()
                        .map(|m| (m.tokens.len(), m.how))
                        .collect();
                    let want = if words == 0 {
                        vec![]
                    } else {
                        vec![(words, how)]
                    };
                    assert_eq!(found, want, "{text}");
                }
            }
        }
    }

    /// [`case_counts`] the plain way: character by character.
    fn case_counts_by_chars(line: &str) -> (usize, usize) {
        line.chars().fold((0, 0), |(l, u), c| {
            (
                l + usize::from(c.is_lowercase()),
                u + usize::from(c.is_uppercase()),
            )
        })
    }

    /// Letter case counted by bytes agrees with counting characters.
    #[test]
    fn case_counts_match_chars() {
        for line in [
            "",
            "IDLIB, SYRIË — ÇA VA",
            "De VS en het VK: Ĳssel, Öcalan, İstanbul, ǅemal",
            "ΑΘΗΝΑ and αθηνα, ß, 123",
            "ab",
            "AbCdEfGhIjKlMnOpQrStUvWxYz@[`{ 0123456789 \u{7f}",
            "éÉ12345678ÀàÀàÀà\u{10400}\u{10428}x",
        ] {
            assert_eq!(case_counts(line), case_counts_by_chars(line), "{line}");
        }
    }

    proptest::proptest! {
        /// On any text (ASCII, accents, other scripts, four-byte
        /// characters, at any offset from the eight-byte chunks).
        #[test]
        fn case_counts_any_text(line in "[a-zA-Z0-9 .,éÉßİıǅΑα\u{10400}\u{10428}]{0,40}") {
            proptest::prop_assert_eq!(case_counts(&line), case_counts_by_chars(&line));
        }

        /// The eight-byte read of a lowercase word agrees with reading it
        /// byte by byte: where it ends, its bucket, what follows; and it
        /// hands over whatever it cannot tell.
        #[test]
        fn short_rest_any_text(text in "[a-z][a-zA-Z0-9 ,.!?\n'é-]{0,14}") {
            let b = text.as_bytes();
            let end = 1 + b[1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            let upper = b[..end].iter().any(u8::is_ascii_uppercase);
            let next = b.get(end).copied();
            match short_rest(b, 0) {
                Rest::Short(len, rest, spaced) => {
                    let (e, bucket) = (1 + len, short_bucket(b[0], rest));
                    proptest::prop_assert_eq!(e, end);
                    proptest::prop_assert!(!upper && e <= 8 && b.len() >= 9);
                    proptest::prop_assert_eq!(bucket, crate::buckets::bucket3(&b[..end]));
                    proptest::prop_assert!(ENDS_SMALL_WORD[usize::from(next.unwrap())]);
                    let word_after = b.get(end + 1).is_some_and(|&c| BYTE_CLASS[usize::from(c)] & ALNUM != 0);
                    // (`spaced` may only be false where the eight bytes end first.)
                    if spaced || end + 1 < 8 {
                        proptest::prop_assert_eq!(spaced, next == Some(b' ') && word_after);
                    }
                }
                Rest::Longer(from) => {
                    let upper9 = b[..end.min(9)].iter().any(u8::is_ascii_uppercase);
                    proptest::prop_assert!(from == 1 || (from == 9 && end >= 9 && !upper9));
                }
                Rest::Other => {
                    proptest::prop_assert!(upper || next.is_some_and(|c| !ENDS_SMALL_WORD[usize::from(c)]));
                }
            }
        }

        /// A sentence's class bits are those of its words together, and
        /// its words are the tokens between its ends, whatever splits it
        /// (full stops, line breaks, a capitalised function word).
        #[test]
        fn sentence_class_is_its_words(text in "([A-Za-z]{1,7}|doden|killed|Idlib|de|Ook|in|2019|[ .\n,?]){0,40}") {
            let mut arena = String::new();
            let (tokens, sentences) = tokenize(&text, &mut arena);
            let mut next = 0;
            for s in &sentences {
                proptest::prop_assert!(s.tokens.start >= next && !s.tokens.is_empty());
                next = s.tokens.end;
                let class = tokens[s.tokens.clone()].iter().fold(0, |c, t| c | t.class);
                proptest::prop_assert_eq!(s.class, class);
            }
            proptest::prop_assert_eq!(next, tokens.len());
            // (The extractor passes words over by this bit before reading
            // their first digit.)
            for t in &tokens {
                proptest::prop_assert_eq!(usize::from(t.bucket), crate::buckets::bucket3(t.folded.as_bytes()));
                if t.folded.as_bytes()[0].is_ascii_digit() {
                    proptest::prop_assert!(t.class & lexicon::class::NUMBER != 0, "{}", t.folded);
                }
            }
        }

        /// Every word's ends are character boundaries, and a word folded to
        /// itself is its text, in any text: the tokenizer slices words
        /// without checking their ends (`get_unchecked`) on this ground.
        #[test]
        fn word_ends_are_char_boundaries(text in "([a-zA-Z0-9]{1,9}|[ .,'’\n-]|é|É|ß|İ|\u{301}|[\u{80}-\u{10ffff}]){0,40}") {
            let mut arena = String::new();
            let (tokens, _) = tokenize(&text, &mut arena);
            for t in &tokens {
                proptest::prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                proptest::prop_assert!(t.start < t.end && t.end <= text.len());
                let word = &text[t.start..t.end];
                let plain = word.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
                if plain && !t.folded.is_empty() {
                    proptest::prop_assert_eq!(t.folded, word);
                }
            }
        }

        /// The fast paths give the words and sentences the general path
        /// gives, in any text.
        #[test]
        fn fast_paths_are_the_general_path(text in "([a-z]{1,10}|[A-Z][a-z0-9]{0,9}|[A-Z]{1,4}|[0-9]{1,5}[a-z]{0,2}|[0-9]{1,3}[.,][0-9]{1,3}|[a-z]{1,5}'[a-z]{1,2}|[ ,.!?'’\n-]|é|É|ß|\u{301}|[\u{80}-\u{2fff}]){0,60}") {
            let (mut fa, mut ga) = (String::new(), String::new());
            let (ft, fs) = tokenize_with::<true>(&text, &mut fa);
            let (gt, gs) = tokenize_with::<false>(&text, &mut ga);
            let shape = |t: &Token| (t.start, t.end, t.folded.to_string(), t.cap, t.joined, t.sentence_start, t.class, t.bucket);
            proptest::prop_assert_eq!(ft.iter().map(shape).collect::<Vec<_>>(), gt.iter().map(shape).collect::<Vec<_>>());
            let sent = |s: &Sentence| (s.start, s.end, s.tokens.clone(), s.class);
            proptest::prop_assert_eq!(fs.iter().map(sent).collect::<Vec<_>>(), gs.iter().map(sent).collect::<Vec<_>>());
        }

        /// The eight-byte word scan stops where a byte-by-byte one does and
        /// sees the same capitals, from any start, in runs longer than a
        /// chunk and at the end of the text.
        #[test]
        fn ascii_run_any_text(text in "[a-zA-Z0-9 .,é'-]{0,40}", from in 0usize..40) {
            let b = text.as_bytes();
            let from = from.min(b.len());
            let end = from + b[from..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            let upper = b[from..end].iter().any(u8::is_ascii_uppercase);
            proptest::prop_assert_eq!(ascii_run(b, from), (end, upper));
        }

        /// Lines shouted, ordinary or mixed, long enough for the count to
        /// stop early.
        #[test]
        fn more_upper_any_line(line in "[a-zA-Z .éÉ]{0,20}([A-Z ]{0,300}|[a-z ]{0,300})[a-zA-Z .éÉß]{0,600}") {
            let (lower, upper) = case_counts_by_chars(&line);
            proptest::prop_assert_eq!(more_upper_than_lower(&line), upper > lower);
        }
    }

    /// The eight-byte test agrees with the byte table on every byte value.
    #[test]
    fn eight_bytes_at_a_time() {
        for v in 0..=255u8 {
            for pos in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[pos] = v;
                let (alnum, upper) = ascii_alnum_upper(u64::from_le_bytes(bytes));
                let bit = 0x80u64 << (pos * 8);
                let k = BYTE_CLASS[usize::from(v)];
                assert_eq!(alnum & bit != 0, k & ALNUM != 0, "{v:#x} at {pos}");
                assert_eq!(upper & bit != 0, k & UPPER != 0, "{v:#x} at {pos}");
                // The other bytes, all letters, stay letters.
                assert_eq!(alnum | bit, HIGH, "{v:#x} at {pos}");
            }
        }
    }

    /// Where the byte-class fast path hands over to the general one: commas
    /// in numbers, apostrophes (ASCII and not), capitals, accents.
    #[test]
    fn fast_path_edges() {
        let cases: &[(&str, &[&str], &[bool])] = &[
            (
                "IDLIB, 3,6 en 130,000",
                &["idlib", "3,6", "en", "130,000"],
                &[true, false, false, false],
            ),
            (
                "Syria's Ra's `Ayn",
                &["syria", "s", "ras", "ayn"],
                &[true, false, true, true],
            ),
            (
                "Atmé naïef ĠAZİANTEP",
                &["atme", "naief", "gaziantep"],
                &[true, false, true],
            ),
            (
                "x,y 3,a Al-Hol",
                &["x", "y", "3", "a", "al", "hol"],
                &[false, false, false, false, true, true],
            ),
        ];
        check_words(cases, |t| t.cap);
    }

    /// Table tests of the tokenizer: each case's folded words, and one flag
    /// per word (`flag` of its token); every token starts at a character
    /// boundary and is not empty.
    fn check_words(cases: &[(&str, &[&str], &[bool])], flag: impl Fn(&Token) -> bool) {
        for (text, words, flags) in cases {
            let mut arena = String::new();
            let (t, _) = tokenize(text, &mut arena);
            let got: Vec<&str> = t.iter().map(|t| t.folded).collect();
            assert_eq!(&got, words, "{text}");
            let got: Vec<bool> = t.iter().map(&flag).collect();
            assert_eq!(&got, flags, "{text}");
            for t in &t {
                assert!(text.is_char_boundary(t.start) && t.start < t.end, "{text}");
            }
        }
    }

    /// Lowercase ASCII words take the fast path only where it ends them
    /// as the general path would: (text, words, joined to the next).
    #[test]
    fn lowercase_fast_path_edges() {
        let cases: &[(&str, &[&str], &[bool])] = &[
            ("abc def", &["abc", "def"], &[true, false]),
            ("abc,def.", &["abc", "def"], &[false, false]),
            ("abc  \t def", &["abc", "def"], &[true, false]),
            (
                "abc - def -- ghi",
                &["abc", "def", "ghi"],
                &[true, false, false],
            ),
            ("abc'd o'brien", &["abcd", "obrien"], &[true, false]),
            (
                "abcé abcD abc1 ab3,5",
                &["abce", "abcd", "abc1", "ab3", "5"],
                &[true, true, true, false, false],
            ),
            (
                "abcdefghijklmnop qrstuvwxyzabcdefg",
                &["abcdefghijklmnop", "qrstuvwxyzabcdefg"],
                &[true, false],
            ),
            ("a\nb. c", &["a", "b", "c"], &[false, false, false]),
            ("einde", &["einde"], &[false]),
        ];
        check_words(cases, |t| t.joined);
        // Words that end a sentence or a line (read by the fast path too)
        // start none, and the word after them does.
        let ends: &[(&str, &[&str], &[bool])] = &[(
            "een. twee! drie? vier\nvijf zes.\nzeven",
            &["een", "twee", "drie", "vier", "vijf", "zes", "zeven"],
            &[true, true, true, true, true, false, true],
        )];
        check_words(ends, |t| t.sentence_start);
    }

    /// A live blog's time stamp ends at its colon or dash before a capital:
    /// (text, words, sentence starts). Not without the capital, nor a
    /// count that opens a sentence.
    #[test]
    fn time_stamps_end_before_their_entry() {
        let mut arena = String::new();
        let (t, _) = tokenize("16.30 uur: In Den Haag", &mut arena);
        let starts: Vec<(&str, bool)> = t.iter().map(|t| (t.folded, t.sentence_start)).collect();
        assert_eq!(starts.last(), Some(&("haag", false)));
        let at = |w: &str| starts.iter().find(|(f, _)| *f == w).unwrap().1;
        assert!(at("in"));
        for (text, word, start) in [
            ("14:05 - Turkish jets struck Afrin", "turkish", true),
            ("16.30: In Idlib", "in", true),
            ("16.30 uur: in Idlib", "in", false),
            ("12 Koerden werden gedood", "koerden", false),
            ("12: De Koerden", "de", false),
        ] {
            let mut arena = String::new();
            let (t, _) = tokenize(text, &mut arena);
            let got = t.iter().find(|t| t.folded == word).unwrap().sentence_start;
            assert_eq!(got, start, "{text}");
        }
    }
}
