//! Words grouped by their first three letters: one array index per word
//! instead of a hash of it. The word lists ([`crate::lexicon`]), the table
//! of class bits and the common-word table share these buckets; `build.rs`
//! compiles this file too, to lay out the common-word table in them.

/// How many buckets: 27 choices per letter (a–z, and one for anything else
/// or the end of the word).
pub const BUCKETS: usize = 27 * 27 * 27;

/// Bucket index of a letter: a–z, or 26 for anything else (and for the end
/// of the word). (Without a branch: these run for most words of a text.)
#[inline]
pub fn letter(b: Option<u8>) -> usize {
    usize::from(LETTER[usize::from(b.unwrap_or(0))])
}

/// [`letter`] of every byte: one load instead of a subtraction, a
/// comparison and a choice, for the three letters of every word.
static LETTER: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut c = b'a';
    while c <= b'z' {
        t[c as usize] = c - b'a';
        c += 1;
    }
    t
};

/// Bucket of a word by its first three letters (see [`letter`]).
#[inline]
pub fn bucket3(b: &[u8]) -> usize {
    (letter(b.first().copied()) * 27 + letter(b.get(1).copied())) * 27 + letter(b.get(2).copied())
}

/// The four-letter group of a word: its [`bucket3`] and its fourth letter
/// ([`letter`]), one of `BUCKETS * 27`.
#[inline]
pub fn bucket4(b: &[u8]) -> usize {
    bucket4_in(bucket3(b), b)
}

/// [`bucket4`] of a word whose [`bucket3`] `k` is known.
#[inline]
pub fn bucket4_in(k: usize, b: &[u8]) -> usize {
    k * 27 + letter(b.get(3).copied())
}

/// The buckets of the words a pattern (a word, or a `stem*`) can match:
/// its own, or for a stem shorter than three letters every bucket it
/// starts.
pub fn pattern_buckets(pat: &str) -> std::ops::Range<usize> {
    pattern_groups(pat, 3, bucket3)
}

/// [`pattern_buckets`] for four-letter groups ([`bucket4`]).
pub fn pattern_buckets4(pat: &str) -> std::ops::Range<usize> {
    pattern_groups(pat, 4, bucket4)
}

/// The groups of the first `letters` letters (`group`) of the words a
/// pattern can match.
fn pattern_groups(pat: &str, letters: u32, group: fn(&[u8]) -> usize) -> std::ops::Range<usize> {
    let (stem, is_stem) = match pat.strip_suffix('*') {
        Some(s) => (s, true),
        None => (pat, false),
    };
    let b = stem.as_bytes();
    let k = group(b);
    let span = match letters.checked_sub(b.len() as u32) {
        Some(free) if is_stem => 27usize.pow(free),
        _ => 1,
    };
    let first = k - k % span;
    first..first + span
}
