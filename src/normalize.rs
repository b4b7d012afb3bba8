//! Name normalisation: the rules that make spelling variants meet.
//!
//! Takes a place name as written (any script of Latin letters, accents, Arabic
//! transliteration marks, Dutch or English spelling) and gives two keys:
//!
//! * [`name_key`] — the *exact* key: case, accents, apostrophes (’ ‘ ʿ ʾ ` '),
//!   hyphens and spaces folded, and the Arabic article (al-, el-, ar-, as-,
//!   ash-, ad-, az-, at-, an-, …) dropped wherever it stands. `Ra’s al ‘Ayn`,
//!   `Ras al-Ayn` and `ras ayn` share one exact key.
//! * [`skeleton_key`] — the *phonetic* key: on top of the exact key, the
//!   transliteration alternations are collapsed (any run of vowels becomes one
//!   `a`, `oe`/`ou`/`oo` are vowels, Dutch `sj` = `sh`, `dj` = Dutch `dzj` =
//!   `dzh` = `j`, Dutch `zj` = `zh` = `z`, `kh`/`ch`/Dutch `tsj` = `k`, `q` =
//!   `k`, doubled letters single, a final `h` after a vowel dropped,
//!   `Kafr`/`Kfar`/`Kafar` one word). `Chan Sjeichoen` and `Khan Shaykhun`
//!   share one skeleton; `Hamas` (`hamas`) and `Homs` (`hams`) do not,
//!   because vowel *positions* survive.
//!
//! Guarantees: both functions are pure and deterministic, and a key never
//! contains anything but `[a-z0-9 ]` with single spaces.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Apostrophe-like marks that transliterations put inside words (`Ra's`,
/// `‘Ayn`, `Ma'arrat`). They are dropped, not turned into word breaks.
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '‘' | 'ʿ' | 'ʾ' | '`' | '´' | 'ʼ' | 'ʻ' | '′' | 'ʹ'
    )
}

/// Fold one character to lowercase ASCII letters/digits, pushing them onto
/// `out`. Returns false when the character is a separator.
fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    if c.is_ascii() {
        return false;
    }
    // Letters NFD does not decompose.
    let special = match c {
        'ı' | 'İ' => Some("i"),
        'ł' | 'Ł' => Some("l"),
        'ø' | 'Ø' => Some("o"),
        'đ' | 'Đ' | 'ð' | 'Ð' => Some("d"),
        'ß' => Some("ss"),
        'æ' | 'Æ' => Some("ae"),
        'œ' | 'Œ' => Some("oe"),
        'þ' | 'Þ' => Some("th"),
        'ħ' | 'Ħ' => Some("h"),
        _ => None,
    };
    if let Some(s) = special {
        out.push_str(s);
        return true;
    }
    let mut any = false;
    for d in std::iter::once(c).nfd() {
        if is_combining_mark(d) {
            any = true; // a mark belongs to the letter before it
            continue;
        }
        if d.is_ascii_alphanumeric() {
            out.push(d.to_ascii_lowercase());
            any = true;
        } else if d.is_alphanumeric() {
            // Another script: keep it lowercased so names in it still match
            // themselves exactly, though they never meet Latin spellings.
            out.extend(d.to_lowercase());
            any = true;
        }
    }
    any
}

/// Fold a name to lowercase ASCII words separated by single spaces.
///
/// ```
/// assert_eq!(eventmap::normalize::fold("Ra’s al-‘Ayn"), "ras al ayn");
/// assert_eq!(eventmap::normalize::fold("Kamışlı"), "kamisli");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_apostrophe(c) {
            continue;
        }
        let before = out.len();
        if pending_space && before > 0 {
            out.push(' ');
        }
        if fold_char(c, &mut out) && out.len() > before + usize::from(pending_space && before > 0) {
            pending_space = false;
        } else {
            // Nothing written: take back the space, remember the break.
            out.truncate(before);
            if !is_combining_mark(c) {
                pending_space = true;
            }
        }
    }
    out
}

/// Fold one token (a run of letters from the text), appending to `out`.
pub fn fold_token_into(tok: &str, out: &mut String) {
    if tok.is_ascii() {
        for b in tok.bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase() as char);
            }
        }
        return;
    }
    for c in tok.chars() {
        if !is_apostrophe(c) {
            fold_char(c, out);
        }
    }
}

/// The Arabic definite article in its transliterated forms. Checked on
/// folded tokens; a name is never reduced to nothing by dropping them.
pub fn is_article(tok: &str) -> bool {
    ARTICLES.contains(&tok)
}

pub const ARTICLES: &[&str] = &[
    "al", "el", "il", "ar", "as", "ash", "ad", "az", "at", "an", "ed", "es", "ez", "er", "et",
    "ul", "ath", "adh", "ech", "esh",
];

/// An article glued to its noun by assimilation without a hyphen:
/// `Ezzor`, `Arraqqa`, `Assukhna` → `zor`, `raqqa`, `sukhna`.
fn strip_glued_article(tok: &str) -> &str {
    let b = tok.as_bytes();
    if b.len() >= 5
        && matches!(b[0], b'a' | b'e')
        && b[1] == b[2]
        && matches!(b[1], b't' | b'd' | b'r' | b'z' | b's' | b'n')
    {
        &tok[2..]
    } else {
        tok
    }
}

/// The exact key of a name: folded, articles dropped.
///
/// ```
/// use eventmap::normalize::name_key;
/// assert_eq!(name_key("Ras al-Ain"), name_key("Ra’s al ‘Ain"));
/// assert_eq!(name_key("Al-Qamishli"), "qamishli");
/// ```
pub fn name_key(name: &str) -> String {
    let folded = fold(name);
    key_from_tokens(folded.split(' '))
}

/// Join folded tokens into an exact key, dropping articles (unless that would
/// leave nothing).
pub fn key_from_tokens<'a>(tokens: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut out = String::new();
    for t in tokens.clone() {
        if t.is_empty() || is_article(t) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    if out.is_empty() {
        for t in tokens.filter(|t| !t.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(t);
        }
    }
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The phonetic skeleton of one folded token (see the module docs).
pub fn skeleton_token(tok: &str, out: &mut String) {
    let tok = strip_glued_article(tok);
    match tok {
        "kfar" | "kafar" | "kafr" | "kefr" | "kufr" => {
            out.push_str("kafr");
            return;
        }
        "tell" | "tall" | "tal" | "tel" | "til" => {
            out.push_str("tal");
            return;
        }
        _ => {}
    }
    let b = tok.as_bytes();
    // First pass: digraphs to single consonant letters, into a buffer
    // reused across calls (this runs for every capitalised word of a text).
    thread_local! {
        static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUF.with_borrow_mut(|cons| skeleton_bytes(tok, b, cons, out));
}

fn skeleton_bytes(tok: &str, b: &[u8], cons: &mut Vec<u8>, out: &mut String) {
    cons.clear();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let n = b.get(i + 1).copied().unwrap_or(0);
        let (emit, step) = match (c, n) {
            (b's', b'j') | (b's', b'h') => (b's', 2),
            // Dutch spellings of Slavic and Arabic sounds: dzj (English
            // j, or dzh of Slavic names), tsj (English ch, which is k here
            // as Dutch ch is), zj (English zh).
            (b'd', b'z') if matches!(b.get(i + 2), Some(b'j' | b'h')) => (b'j', 3),
            (b't', b's') if b.get(i + 2) == Some(&b'j') => (b'k', 3),
            (b'z', b'j') | (b'z', b'h') => (b'z', 2),
            (b'd', b'j') => (b'j', 2),
            (b'k', b'h') | (b'c', b'h') => (b'k', 2),
            (b'g', b'h') => (b'g', 2),
            (b't', b'h') => (b't', 2),
            (b'd', b'h') => (b'd', 2),
            (b'p', b'h') => (b'f', 2),
            (b'q', _) | (b'c', _) | (b'x', _) => (b'k', 1),
            _ => (c, 1),
        };
        cons.push(emit);
        i += step;
    }
    // Second pass: vowel runs (with y/w/j gliding after a vowel, and Dutch
    // ij) become one `a`; doubled consonants are single; a final h after a
    // vowel goes.
    let start = out.len();
    let mut prev_vowel = false;
    let mut last: u8 = 0;
    for (k, &c) in cons.iter().enumerate() {
        let glide = matches!(c, b'y' | b'w' | b'j')
            && prev_vowel
            && !cons.get(k + 1).is_some_and(|&n| is_vowel(n));
        let vowel = is_vowel(c) || glide || (c == b'y' && k > 0);
        if vowel {
            if !prev_vowel {
                out.push('a');
            }
            prev_vowel = true;
            last = b'a';
            continue;
        }
        if c == b'h' && prev_vowel && k + 1 == cons.len() {
            continue;
        }
        prev_vowel = false;
        if c == last {
            continue;
        }
        out.push(c as char);
        last = c;
    }
    if out.len() == start {
        out.push_str(tok);
    }
}

/// The phonetic skeleton of a whole name.
///
/// ```
/// use eventmap::normalize::skeleton_key;
/// assert_eq!(skeleton_key("Chan Sjeichoen"), skeleton_key("Khan Shaykhun"));
/// assert_ne!(skeleton_key("Hamas"), skeleton_key("Homs"));
/// ```
pub fn skeleton_key(name: &str) -> String {
    skeleton_of_key(&name_key(name))
}

/// Skeleton of an already computed exact key.
pub fn skeleton_of_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for (i, t) in key.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        skeleton_token(t, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_marks_and_case() {
        assert_eq!(fold("Serêkaniyê"), "serekaniye");
        assert_eq!(fold("  Tall Abyaḑ "), "tall abyad");
        assert_eq!(fold("Jisr ash-Shughur"), "jisr ash shughur");
        assert_eq!(fold("Ma'arrat al-Nu'man"), "maarrat al numan");
    }

    #[test]
    fn skeletons_meet() {
        let same = [
            ("Ras al-Ain", "Ra's al 'Ayn"),
            ("Deir ez-Zor", "Dayr az-Zawr"),
            ("Deir Ezzor", "Deir ez-Zor"),
            ("Qamishli", "Kamışlı"),
            ("Qamishli", "Qamishlo"),
            ("Atmé", "Atmeh"),
            ("Jisr al-Shughur", "Jisr ash-Shughur"),
            ("Tell Abyad", "Tal Abyad"),
            ("Kafr Nabl", "Kfar Nabl"),
            ("Idlib", "Idleb"),
            ("Dzjarabulus", "Jarabulus"),
            ("Dzjankoj", "Dzhankoi"),
            ("Zjytomyr", "Zhytomyr"),
            ("Tsjernihiv", "Chernihiv"),
        ];
        for (a, b) in same {
            assert_eq!(skeleton_key(a), skeleton_key(b), "{a} / {b}");
        }
        let differ = [
            ("Tal Abyad", "Tall Tamr"),
            ("Tal Abyad", "Tal Afar"),
            ("Ain Issa", "Ain al-Arab"),
            ("Hama", "Hamas"),
            ("Homs", "Hamas"),
        ];
        for (a, b) in differ {
            assert_ne!(skeleton_key(a), skeleton_key(b), "{a} / {b}");
        }
    }
}
