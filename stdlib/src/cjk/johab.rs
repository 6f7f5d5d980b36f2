//! Johab (KS X 1001:1992 annex 3, Windows code page 1361): Hangul as
//! three 5-bit jamo indices in a two-byte code with the top bit set (all
//! 11172 syllables and the lone jamo, computed here), the rest of KS X 1001
//! (symbols and hanja) moved into leads D8-F9 by a fixed arithmetic from
//! the EUC-KR table whirl has.

use super::{encode_char, step as plain_step, Codec, Step};

/// Jamo field values -> index (initial 0..19, medial 0..21, final 0..28;
/// `FILL` for the filler, `NONE` for unused values).
const FILL: u8 = 0xFE;
const NONE: u8 = 0xFF;

fn initial_index(v: u8) -> u8 {
    match v {
        1 => FILL,
        2..=20 => v - 2,
        _ => NONE,
    }
}

fn medial_index(v: u8) -> u8 {
    match v {
        2 => FILL,
        3..=7 => v - 3,
        10..=15 => v - 5,
        18..=23 => v - 7,
        26..=29 => v - 9,
        _ => NONE,
    }
}

fn final_index(v: u8) -> u8 {
    match v {
        1 => FILL,
        2..=17 => v - 1,
        19..=29 => v - 2,
        _ => NONE,
    }
}

fn medial_value(i: u32) -> u32 {
    match i {
        0..=4 => i + 3,
        5..=10 => i + 5,
        11..=16 => i + 7,
        _ => i + 9,
    }
}

fn final_value(i: u32) -> u32 {
    // 0 is "no final": the filler.
    match i {
        0 => 1,
        1..=16 => i + 1,
        _ => i + 2,
    }
}

/// The compatibility jamo (U+3131..) of the initials and the finals.
const INITIAL_JAMO: [u16; 19] = [
    0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145, 0x3146, 0x3147,
    0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
];
const FINAL_JAMO: [u16; 27] = [
    0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A, 0x313B, 0x313C, 0x313D,
    0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145, 0x3146, 0x3147, 0x3148, 0x314A, 0x314B,
    0x314C, 0x314D, 0x314E,
];

fn hangul(b: u8, t: u8) -> Option<char> {
    let code = (b as u16) << 8 | t as u16;
    let (ci, mi, fi) = (
        initial_index(((code >> 10) & 0x1F) as u8),
        medial_index(((code >> 5) & 0x1F) as u8),
        final_index((code & 0x1F) as u8),
    );
    if ci == NONE || mi == NONE || fi == NONE {
        return None;
    }
    let cp = match (ci == FILL, mi == FILL, fi == FILL) {
        (true, true, true) => 0x3000,
        (true, true, false) => FINAL_JAMO[fi as usize - 1] as u32,
        (true, false, true) => 0x314F + mi as u32,
        (false, true, true) => INITIAL_JAMO[ci as usize] as u32,
        (false, false, _) => {
            let f = if fi == FILL { 0 } else { fi as u32 };
            0xAC00 + ci as u32 * 588 + mi as u32 * 28 + f
        }
        _ => return None,
    };
    char::from_u32(cp)
}

/// KS X 1001 outside Hangul: Johab's (lead, trail) -> EUC-KR's.
fn to_ksx1001(b: u8, t: u8) -> Option<[u8; 2]> {
    if b == 0xDF
        || b > 0xF9
        || t < 0x31
        || (0x80..0x91).contains(&t)
        || t & 0x7F == 0x7F
        || (b == 0xDA && (0xA1..=0xD3).contains(&t))
    {
        return None;
    }
    let row_pair = if b < 0xE0 {
        2 * (b as u32 - 0xD9)
    } else {
        2 * b as u32 - 0x197
    };
    let col = if t < 0x91 {
        t as u32 - 0x31
    } else {
        t as u32 - 0x43
    };
    let row = row_pair + u32::from(col >= 0x5E) + 0x21;
    let cell = if col < 0x5E { col } else { col - 0x5E } + 0x21;
    Some([(row | 0x80) as u8, (cell | 0x80) as u8])
}

pub(super) fn step(data: &[u8]) -> Step {
    let b = data[0];
    if b < 0x80 {
        return Step::Char(b as char, 1);
    }
    if data.len() < 2 {
        return Step::Incomplete;
    }
    let t = data[1];
    let c = if b < 0xD8 {
        hangul(b, t)
    } else {
        to_ksx1001(b, t).and_then(|euc| match plain_step(Codec::EucKr, &euc) {
            Step::Char(c, 2) => Some(c),
            // EUC-KR's fill code, which starts a composed syllable there.
            _ if euc == [0xA4, 0xD4] => Some('\u{3164}'),
            _ => None,
        })
    };
    c.map_or(Step::Illegal(1), |c| Step::Char(c, 2))
}

pub(super) fn encode(c: char) -> Option<Vec<u8>> {
    let u = c as u32;
    if u < 0x80 {
        return Some(vec![u as u8]);
    }
    let code = match u {
        0xAC00..=0xD7A3 => {
            let s = u - 0xAC00;
            0x8000 | (s / 588 + 2) << 10 | medial_value(s / 28 % 21) << 5 | final_value(s % 28)
        }
        0x3131..=0x314E => {
            if let Some(i) = INITIAL_JAMO.iter().position(|&j| j as u32 == u) {
                0x8000 | (i as u32 + 2) << 10 | 2 << 5 | 1
            } else {
                let i = FINAL_JAMO.iter().position(|&j| j as u32 == u)? as u32;
                0x8000 | 1 << 10 | 2 << 5 | final_value(i + 1)
            }
        }
        0x314F..=0x3163 => 0x8000 | 1 << 10 | medial_value(u - 0x314F) << 5 | 1,
        _ => {
            let euc = encode_char(Codec::EucKr, c).filter(|b| b.len() == 2)?;
            let (row, cell) = ((euc[0] & 0x7F) as u32, (euc[1] & 0x7F) as u32);
            if !((0x21..=0x2C).contains(&row) || (0x4A..=0x7D).contains(&row)) {
                return None;
            }
            let t1 = if row < 0x4A {
                row - 0x21 + 0x1B2
            } else {
                row - 0x21 + 0x197
            };
            let t2 = if t1 & 1 == 1 { 0x5E } else { 0 } + (cell - 0x21);
            let trail = if t2 < 0x4E { t2 + 0x31 } else { t2 + 0x43 };
            (t1 >> 1) << 8 | trail
        }
    };
    Some(vec![(code >> 8) as u8, code as u8])
}
