//! Eight bytes at a time in one `u64` ("SIMD within a register"): the byte
//! tests that the tokenizer, the evidence copy and the JSON writer run over
//! every byte of a text. A byte's answer is the high bit of that byte.

/// 0x01 in every byte.
pub const LOW: u64 = 0x0101_0101_0101_0101;
/// 0x80 in every byte: the bit each test answers in.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// The bytes of `x` below `n` (1 to 0x80): the "has a byte less than n" test
/// of Bit Twiddling Hacks. Nonzero exactly when some byte is; a byte above
/// one that is may be marked too (the borrow runs on), so use it to ask
/// whether, not where.
#[inline]
pub fn below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(LOW * u64::from(n)) & !x & HIGH
}

/// The bits below the lowest set bit of `mask` (all of them when none is
/// set): with a mask of byte answers, the bytes before the first one that
/// answered, without a branch.
#[inline]
pub fn before_first(mask: u64) -> u64 {
    (mask & mask.wrapping_neg()).wrapping_sub(1)
}

/// The bytes of `x` equal to `c`, exactly (no carry crosses a byte).
#[inline]
pub fn equal(x: u64, c: u8) -> u64 {
    let y = x ^ (LOW * u64::from(c));
    !(((y & !HIGH) + !HIGH) | y) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes before the first answer, or all of them.
    #[test]
    fn bytes_before_the_first() {
        assert_eq!(before_first(0), !0);
        assert_eq!(before_first(0x80), 0x7f);
        assert_eq!(before_first(0x8000_0080_0000), 0x7f_ffff);
        assert_eq!(before_first(HIGH), 0x7f);
        assert_eq!(before_first(1 << 63), !0 >> 1);
    }

    /// Both tests against the bytes one by one: every byte value at every
    /// position, among bytes that are not the one asked about.
    #[test]
    fn byte_tests() {
        for v in 0..=255u8 {
            for pos in 0..8 {
                for fill in [b'a', b' ', 0x7f] {
                    let mut bytes = [fill; 8];
                    bytes[pos] = v;
                    let x = u64::from_le_bytes(bytes);
                    let want: u64 = (0..8)
                        .filter(|&k| bytes[k] == b' ')
                        .map(|k| 0x80 << (8 * k))
                        .sum();
                    assert_eq!(equal(x, b' '), want, "{v:#x} at {pos}");
                    for n in [1, 0x20, 0x80] {
                        let any = bytes.iter().any(|&b| b < n);
                        assert_eq!(below(x, n) != 0, any, "{v:#x} at {pos}, below {n:#x}");
                    }
                }
            }
        }
    }
}
