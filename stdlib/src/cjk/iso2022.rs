//! The ISO 2022 codecs: iso2022_jp, iso2022_jp_1, iso2022_jp_2,
//! iso2022_jp_ext and iso2022_kr. Escape sequences designate a character
//! set to G0 or G1 (G2 too in iso2022_jp_2, used by single shift `ESC N`);
//! iso2022_kr switches between G0 and G1 with SO/SI. The character sets
//! are the tables whirl has: JIS X 0208 and 0212 (inside euc_jp), KS X 1001
//! (euc_kr), GB 2312 (gb2312), JIS X 0201 and ISO-8859-1/7 by arithmetic.
//!
//! The state, decoder's and encoder's, is one integer: G0, G1 and G2 in
//! its three low bytes (0 is ASCII, so 0 is the initial state), then the
//! shifted flag (SO seen) and the flag of an escape sequence this codec
//! does not know, which passes through as text up to its final byte.

use super::{encode_char, step as plain_step, Codec, Step};

const ESC: u8 = 0x1B;
const SO: u8 = 0x0E;
const SI: u8 = 0x0F;

// Character sets.
const ASCII: u8 = 0;
const JISX0201_R: u8 = 1;
const JISX0201_K: u8 = 2;
const ISO8859_1: u8 = 3;
const ISO8859_7: u8 = 4;
const JISX0208: u8 = 5;
const JISX0208_O: u8 = 6;
const JISX0212: u8 = 7;
const KSX1001: u8 = 8;
const GB2312: u8 = 9;

const SHIFTED: i64 = 1 << 24;
const ESC_THROUGH: i64 = 1 << 25;

fn is_double(cs: u8) -> bool {
    cs >= JISX0208
}

/// The character set an escape sequence's final byte names.
fn charset_of(mark: u8, double: bool) -> Option<u8> {
    Some(match (mark, double) {
        (b'B', false) => ASCII,
        (b'J', false) => JISX0201_R,
        (b'I', false) => JISX0201_K,
        (b'A', false) => ISO8859_1,
        (b'F', false) => ISO8859_7,
        (b'B', true) => JISX0208,
        (b'@', true) => JISX0208_O,
        (b'D', true) => JISX0212,
        (b'C', true) => KSX1001,
        (b'A', true) => GB2312,
        _ => return None,
    })
}

fn mark_of(cs: u8) -> u8 {
    match cs {
        JISX0201_R => b'J',
        JISX0201_K => b'I',
        ISO8859_1 | GB2312 => b'A',
        ISO8859_7 => b'F',
        JISX0208_O => b'@',
        JISX0212 => b'D',
        KSX1001 => b'C',
        _ => b'B',
    }
}

/// A codec's character sets with the plane (G0, G1, G2) each is encoded
/// in, in the order the encoder tries them.
fn designations(codec: Codec) -> &'static [(u8, u8)] {
    match codec {
        Codec::Iso2022Kr => &[(KSX1001, 1)],
        Codec::Iso2022Jp => &[(JISX0208, 0), (JISX0201_R, 0), (JISX0208_O, 0)],
        Codec::Iso2022Jp1 => &[
            (JISX0208, 0),
            (JISX0212, 0),
            (JISX0201_R, 0),
            (JISX0208_O, 0),
        ],
        Codec::Iso2022Jp2 => &[
            (JISX0208, 0),
            (JISX0212, 0),
            (KSX1001, 0),
            (GB2312, 0),
            (JISX0201_R, 0),
            (JISX0208_O, 0),
            (ISO8859_1, 2),
            (ISO8859_7, 2),
        ],
        _ => &[
            (JISX0208, 0),
            (JISX0212, 0),
            (JISX0201_R, 0),
            (JISX0201_K, 0),
            (JISX0208_O, 0),
        ],
    }
}

/// The Japanese codecs take SO and SI as plain control characters and
/// `ESC & @` as a prefix of `ESC $ B`.
fn japanese(codec: Codec) -> bool {
    codec != Codec::Iso2022Kr
}

fn g(state: i64, plane: u8) -> u8 {
    (state >> (8 * plane)) as u8
}

fn set_g(state: &mut i64, plane: u8, cs: u8) {
    *state = (*state & !(0xFF << (8 * plane))) | (cs as i64) << (8 * plane);
}

fn is_esc_end(b: u8) -> bool {
    b.is_ascii_uppercase() || b == b'@'
}

fn two(bytes: &[u8]) -> Option<(u8, u8)> {
    let (b, t) = (bytes[0], bytes[1]);
    let ok = |x: u8| (0x21..=0x7E).contains(&x);
    (ok(b) && ok(t)).then_some((b | 0x80, t | 0x80))
}

fn table_char(codec: Codec, bytes: &[u8], len: usize) -> Option<char> {
    match plain_step(codec, bytes) {
        Step::Char(c, n) if n == len => Some(c),
        _ => None,
    }
}

/// One character of `cs` from its 7-bit bytes (one or two).
fn decode_charset(cs: u8, bytes: &[u8]) -> Option<char> {
    match cs {
        JISX0201_R => Some(match bytes[0] {
            0x5C => '\u{A5}',
            0x7E => '\u{203E}',
            b => b as char,
        }),
        JISX0201_K => match bytes[0] {
            b @ 0x21..=0x5F => char::from_u32(0xFF61 + (b - 0x21) as u32),
            _ => None,
        },
        JISX0208 | JISX0208_O => {
            if bytes == [0x21, 0x40] {
                return Some('\u{FF3C}');
            }
            let (b, t) = two(bytes)?;
            table_char(Codec::EucJp, &[b, t], 2)
        }
        JISX0212 => {
            let (b, t) = two(bytes)?;
            table_char(Codec::EucJp, &[0x8F, b, t], 3)
        }
        KSX1001 => {
            if bytes == [0x24, 0x54] {
                return Some('\u{3164}');
            }
            let (b, t) = two(bytes)?;
            table_char(Codec::EucKr, &[b, t], 2)
        }
        GB2312 => {
            let (b, t) = two(bytes)?;
            table_char(Codec::Gb2312, &[b, t], 2)
        }
        _ => None,
    }
}

/// ISO-8859-7 (1987, as CPython's iso2022_jp_2 has it); bytes below A0
/// stand for themselves.
fn iso8859_7(b: u8) -> Option<char> {
    let cp = match b {
        0x00..=0xA0 | 0xA3 | 0xA6..=0xA9 | 0xAB..=0xAD | 0xB0..=0xB3 | 0xB7 | 0xBB | 0xBD => {
            b as u32
        }
        0xA1 => 0x2018,
        0xA2 => 0x2019,
        0xAF => 0x2015,
        0xB4..=0xB6 | 0xB8..=0xBA | 0xBC | 0xBE..=0xD1 | 0xD3..=0xFE => 0x2D0 + b as u32,
        _ => return None,
    };
    char::from_u32(cp)
}

/// `ESC N` and the byte it shifts into G2.
fn single_shift(data: &[u8], state: i64) -> Step {
    let b = data[2];
    let c = match g(state, 2) {
        ASCII if b < 0x80 => Some(b as char),
        ISO8859_1 if b < 0x80 => char::from_u32(b as u32 + 0x80),
        ISO8859_7 => iso8859_7(b ^ 0x80),
        ASCII | ISO8859_1 => None,
        _ => return Step::Internal,
    };
    c.map_or(Step::Illegal(3), |c| Step::Char(c, 3))
}

/// An escape sequence at the start of `data` (`ESC` and one of `( ) $ . &`).
fn escape(codec: Codec, data: &[u8], state: &mut i64) -> Step {
    let mut len = 0;
    let mut i = 1;
    while i < 16 {
        if i >= data.len() {
            return Step::Incomplete;
        }
        if is_esc_end(data[i]) {
            len = i + 1;
            break;
        }
        if japanese(codec) && i + 1 < data.len() && data[i] == b'&' && data[i + 1] == b'@' {
            i += 2;
        }
        i += 1;
    }
    let (mark, double, plane) = match len {
        0 => return Step::Illegal(1),
        3 if data[1] == b'$' => (data[2], true, 0),
        3 => match data[1] {
            b'(' => (data[2], false, 0),
            b')' => (data[2], false, 1),
            b'.' if codec == Codec::Iso2022Jp2 => (data[2], false, 2),
            _ => return Step::Illegal(3),
        },
        4 if data[1] == b'$' => match data[2] {
            b'(' => (data[3], true, 0),
            b')' => (data[3], true, 1),
            _ => return Step::Illegal(4),
        },
        6 if japanese(codec) && data[3] == ESC && data[4] == b'$' && data[5] == b'B' => {
            (b'B', true, 0)
        }
        n => return Step::Illegal(n),
    };
    let cs = match charset_of(mark, double) {
        Some(ASCII) => ASCII,
        Some(cs) if designations(codec).iter().any(|d| d.0 == cs) => cs,
        _ => return Step::Illegal(len),
    };
    set_g(state, plane, cs);
    Step::Skip(len)
}

pub(super) fn step(codec: Codec, data: &[u8], state: &mut i64) -> Step {
    let b = data[0];
    if *state & ESC_THROUGH != 0 {
        if is_esc_end(b) {
            *state &= !ESC_THROUGH;
        }
        return Step::Char(b as char, 1);
    }
    match b {
        ESC => {
            if data.len() < 2 {
                return Step::Incomplete;
            }
            match data[1] {
                b'(' | b')' | b'$' | b'.' | b'&' => escape(codec, data, state),
                b'N' if codec == Codec::Iso2022Jp2 => {
                    if data.len() < 3 {
                        return Step::Incomplete;
                    }
                    single_shift(data, *state)
                }
                _ => {
                    *state |= ESC_THROUGH;
                    Step::Char('\x1b', 1)
                }
            }
        }
        SI | SO if !japanese(codec) => {
            if b == SO {
                *state |= SHIFTED;
            } else {
                *state &= !SHIFTED;
            }
            Step::Skip(1)
        }
        b'\n' => {
            *state &= !SHIFTED;
            Step::Char('\n', 1)
        }
        0..=0x1F => Step::Char(b as char, 1),
        0x80..=0xFF => Step::Illegal(1),
        _ => {
            let cs = g(*state, u8::from(*state & SHIFTED != 0));
            if cs == ASCII {
                return Step::Char(b as char, 1);
            }
            let width = if is_double(cs) { 2 } else { 1 };
            if data.len() < width {
                return Step::Incomplete;
            }
            decode_charset(cs, &data[..width])
                .map_or(Step::Illegal(width), |c| Step::Char(c, width))
        }
    }
}

/// `c`'s 7-bit bytes in `cs`, if it has it.
fn encode_charset(cs: u8, c: char) -> Option<Vec<u8>> {
    let seven = |b: &[u8]| b.iter().map(|x| x & 0x7F).collect::<Vec<u8>>();
    match cs {
        JISX0201_R => match c {
            '\u{A5}' => Some(vec![0x5C]),
            '\u{203E}' => Some(vec![0x7E]),
            _ => None,
        },
        JISX0201_K => match c as u32 {
            u @ 0xFF61..=0xFF9F => Some(vec![(u - 0xFF61 + 0x21) as u8]),
            _ => None,
        },
        JISX0208 | JISX0208_O => {
            if c == '\u{FF3C}' {
                return Some(vec![0x21, 0x40]);
            }
            let b = encode_char(Codec::EucJp, c)?;
            (b.len() == 2 && b[0] != 0x8E).then(|| seven(&b))
        }
        JISX0212 => {
            let b = encode_char(Codec::EucJp, c)?;
            (b.len() == 3).then(|| seven(&b[1..]))
        }
        KSX1001 => {
            if c == '\u{3164}' {
                return Some(vec![0x24, 0x54]);
            }
            let b = encode_char(Codec::EucKr, c)?;
            (b.len() == 2).then(|| seven(&b))
        }
        GB2312 => {
            let b = encode_char(Codec::Gb2312, c)?;
            (b.len() == 2).then(|| seven(&b))
        }
        _ => None,
    }
}

pub(super) fn emit(codec: Codec, c: char, out: &mut Vec<u8>, state: &mut i64) -> bool {
    if (c as u32) < 0x80 {
        if g(*state, 0) != ASCII {
            out.extend_from_slice(&[ESC, b'(', b'B']);
            set_g(state, 0, ASCII);
        }
        if *state & SHIFTED != 0 {
            out.push(SI);
            *state &= !SHIFTED;
        }
        out.push(c as u8);
        return true;
    }
    for &(cs, plane) in designations(codec) {
        let Some(bytes) = encode_charset(cs, c) else {
            continue;
        };
        let mark = mark_of(cs);
        if plane == 0 {
            if *state & SHIFTED != 0 {
                out.push(SI);
                *state &= !SHIFTED;
            }
            if g(*state, 0) != cs {
                match (is_double(cs), cs) {
                    (false, _) => out.extend_from_slice(&[ESC, b'(', mark]),
                    (true, JISX0208) => out.extend_from_slice(&[ESC, b'$', mark]),
                    (true, _) => out.extend_from_slice(&[ESC, b'$', b'(', mark]),
                }
                set_g(state, 0, cs);
            }
        } else {
            if g(*state, 1) != cs {
                if is_double(cs) {
                    out.extend_from_slice(&[ESC, b'$', b')', mark]);
                } else {
                    out.extend_from_slice(&[ESC, b')', mark]);
                }
                set_g(state, 1, cs);
            }
            if *state & SHIFTED == 0 {
                out.push(SO);
                *state |= SHIFTED;
            }
        }
        out.extend_from_slice(&bytes);
        return true;
    }
    false
}

/// The bytes that return the encoder to ASCII, and the state after them
/// (G1's designation stays).
pub(super) fn reset(mut state: i64) -> (Vec<u8>, i64) {
    let mut out = Vec::new();
    if state & SHIFTED != 0 {
        out.push(SI);
        state &= !SHIFTED;
    }
    if g(state, 0) != ASCII {
        out.extend_from_slice(&[ESC, b'(', b'B']);
        set_g(&mut state, 0, ASCII);
    }
    (out, state)
}
