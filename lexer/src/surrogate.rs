//! Lone surrogates (U+D800..U+DFFF) inside whirl's UTF-8 text.
//!
//! A Python `str` may hold any code point, surrogates included, but a Rust
//! `str` cannot. whirl keeps its text valid UTF-8 and lets one block of
//! Plane 16 private use, U+10D800..U+10DFFF (a surrogate plus 0x100000),
//! stand for the surrogates. Everything that only moves characters (length,
//! indexing, slicing, searching, hashing, equality, case mapping, the `is*`
//! predicates — a surrogate and a private-use character behave alike for
//! all of them) then works unchanged; the meaning is applied at the
//! boundaries through this module: literals, `chr`/`ord`, `repr`, ordering
//! comparisons, codecs, json, `re`.
//!
//! The price: a genuine U+10D800..U+10DFFF character cannot be held; the
//! boundaries reject it with [`RESERVED_MESSAGE`].

/// What a reserved-block character is shifted by, from its surrogate.
const SHIFT: u32 = 0x10_0000;

/// The first and last stand-in characters.
pub const FIRST: char = '\u{10D800}';
pub const LAST: char = '\u{10DFFF}';

/// Why a genuine U+10D800..U+10DFFF character is refused.
pub const RESERVED_MESSAGE: &str =
    "whirl reserves U+10D800..U+10DFFF to hold lone surrogates; these code points are not supported";

/// Whether `c` is the stand-in for a lone surrogate.
#[inline]
pub fn is_surrogate(c: char) -> bool {
    (FIRST..=LAST).contains(&c)
}

/// The Python code point `c` stands for.
#[inline]
pub fn code_point(c: char) -> u32 {
    let n = c as u32;
    if is_surrogate(c) {
        n - SHIFT
    } else {
        n
    }
}

/// The character holding Python code point `n`; `None` above 0x10FFFF or
/// for the reserved block.
#[inline]
pub fn from_code_point(n: u32) -> Option<char> {
    match n {
        0xD800..=0xDFFF => char::from_u32(n + SHIFT),
        0x10D800..=0x10DFFF => None,
        _ => char::from_u32(n),
    }
}

/// Whether the text holds a stand-in. Their UTF-8 form starts F4 8D A0..BF,
/// so ASCII text and almost all other text are ruled out by one byte
/// search.
pub fn contains_surrogate(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&x| x == 0xF4) {
        let at = i + p;
        if b.get(at + 1) == Some(&0x8D) && b.get(at + 2).is_some_and(|&x| x >= 0xA0) {
            return true;
        }
        i = at + 1;
    }
    false
}
