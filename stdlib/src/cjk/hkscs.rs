//! Big5-HKSCS (HKSCS-2004 over Big5, as CPython's big5hkscs): CPython's
//! Big5 table (whirl's big5 codec) outside rows C6A1-C8FE, the Hong Kong
//! characters from encoding_rs's WHATWG Big5 (HKSCS-2008) elsewhere, with
//! the cells where CPython's 2004 table differs corrected below; four
//! cells decode to a letter and a combining mark, which the encoder joins
//! back when it sees the pair.

use super::{encode_char, step as plain_step, Codec, Step};
use encoding_rs::BIG5;
use std::collections::HashMap;

/// Cells WHATWG's table fills and CPython's leaves empty (inclusive
/// ranges): HKSCS-2008's additions, the compatibility cells HKSCS-2004
/// dropped in favour of Big5's, the control pictures at A3C0.
const EMPTY: &[(u16, u16)] = &[
    (0x877A, 0x877E),
    (0x87A1, 0x87DF),
    (0x8E69, 0x8E69),
    (0x8E6F, 0x8E6F),
    (0x8E7E, 0x8E7E),
    (0x8EAB, 0x8EAB),
    (0x8EB4, 0x8EB4),
    (0x8ECD, 0x8ECD),
    (0x8ED0, 0x8ED0),
    (0x8F57, 0x8F57),
    (0x8F69, 0x8F69),
    (0x8F6E, 0x8F6E),
    (0x8FCB, 0x8FCC),
    (0x8FFE, 0x8FFE),
    (0x906D, 0x906D),
    (0x907A, 0x907A),
    (0x90DC, 0x90DC),
    (0x90F1, 0x90F1),
    (0x91BF, 0x91BF),
    (0x9244, 0x9244),
    (0x92AF, 0x92B2),
    (0x92C8, 0x92C8),
    (0x92D1, 0x92D1),
    (0x9447, 0x9447),
    (0x94CA, 0x94CA),
    (0x95D9, 0x95D9),
    (0x9644, 0x9644),
    (0x96ED, 0x96ED),
    (0x96FC, 0x96FC),
    (0x9B76, 0x9B76),
    (0x9B78, 0x9B78),
    (0x9B7B, 0x9B7B),
    (0x9BC6, 0x9BC6),
    (0x9BDE, 0x9BDE),
    (0x9BEC, 0x9BEC),
    (0x9BF6, 0x9BF6),
    (0x9C42, 0x9C42),
    (0x9C53, 0x9C53),
    (0x9C62, 0x9C62),
    (0x9C68, 0x9C68),
    (0x9C6B, 0x9C6B),
    (0x9C77, 0x9C77),
    (0x9CBC, 0x9CBD),
    (0x9CD0, 0x9CD0),
    (0x9D57, 0x9D57),
    (0x9D5A, 0x9D5A),
    (0x9DC4, 0x9DC4),
    (0x9EA9, 0x9EA9),
    (0x9EEF, 0x9EEF),
    (0x9EFD, 0x9EFD),
    (0x9F60, 0x9F60),
    (0x9F66, 0x9F66),
    (0x9FCB, 0x9FCB),
    (0x9FD8, 0x9FD8),
    (0xA063, 0xA063),
    (0xA077, 0xA077),
    (0xA0D5, 0xA0D5),
    (0xA0DF, 0xA0DF),
    (0xA0E4, 0xA0E4),
    (0xA3C0, 0xA3E1),
    (0xC6CF, 0xC6CF),
    (0xC6D3, 0xC6D3),
    (0xC6D5, 0xC6D5),
    (0xC6D7, 0xC6D7),
    (0xC6DE, 0xC6DF),
    (0xFA5F, 0xFA5F),
    (0xFA66, 0xFA66),
    (0xFABD, 0xFABD),
    (0xFAC5, 0xFAC5),
    (0xFAD5, 0xFAD5),
    (0xFB48, 0xFB48),
    (0xFBB8, 0xFBB8),
    (0xFBF3, 0xFBF3),
    (0xFBF9, 0xFBF9),
    (0xFC4F, 0xFC4F),
    (0xFC6C, 0xFC6C),
    (0xFCB9, 0xFCB9),
    (0xFCE2, 0xFCE2),
    (0xFCF1, 0xFCF1),
    (0xFDB7, 0xFDB8),
    (0xFDBB, 0xFDBB),
    (0xFDF1, 0xFDF1),
    (0xFE52, 0xFE52),
    (0xFE6F, 0xFE6F),
    (0xFEAA, 0xFEAA),
    (0xFEDD, 0xFEDD),
];

/// The cells that decode to a letter and a combining mark.
const PAIRS: &[(u16, char, char)] = &[
    (0x8862, '\u{CA}', '\u{304}'),
    (0x8864, '\u{CA}', '\u{30C}'),
    (0x88A3, '\u{EA}', '\u{304}'),
    (0x88A5, '\u{EA}', '\u{30C}'),
];

fn in_big5_rows(b: u8, t: u8) -> bool {
    !(0xC6..=0xC8).contains(&b) || (b == 0xC6 && t < 0xA1)
}

/// A Hong Kong cell (not from CPython's Big5 table): its character.
fn hk_cell(b: u8, t: u8) -> Option<char> {
    let cell = (b as u16) << 8 | t as u16;
    if EMPTY.iter().any(|&(lo, hi)| (lo..=hi).contains(&cell)) {
        return None;
    }
    if !(0x87..=0xFE).contains(&b) || !((0x40..=0x7E).contains(&t) || (0xA1..=0xFE).contains(&t)) {
        return None;
    }
    let bytes = [b, t];
    let text = BIG5.decode_without_bom_handling_and_without_replacement(&bytes)?;
    let mut it = text.chars();
    let c = it.next()?;
    if it.next().is_some() || ('\u{E000}'..='\u{F8FF}').contains(&c) {
        return None;
    }
    Some(c)
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
    if in_big5_rows(b, t) {
        if let Step::Char(c, 2) = plain_step(Codec::Big5, &data[..2]) {
            return Step::Char(c, 2);
        }
    }
    if let Some(c) = hk_cell(b, t) {
        return Step::Char(c, 2);
    }
    let cell = (b as u16) << 8 | t as u16;
    match PAIRS.iter().find(|r| r.0 == cell) {
        Some(&(_, c, mark)) => Step::Pair(c, mark),
        None => Step::Illegal(1),
    }
}

thread_local! {
    /// The Hong Kong cells backwards, built on first use.
    static HK: std::cell::OnceCell<HashMap<char, [u8; 2]>> = const { std::cell::OnceCell::new() };
}

fn build_hk() -> HashMap<char, [u8; 2]> {
    let mut map = HashMap::new();
    for b in 0x87..=0xFEu8 {
        for t in (0x40..=0x7Eu8).chain(0xA1..=0xFE) {
            if in_big5_rows(b, t) && matches!(plain_step(Codec::Big5, &[b, t]), Step::Char(..)) {
                continue;
            }
            if let Some(c) = hk_cell(b, t) {
                map.entry(c).or_insert([b, t]);
            }
        }
    }
    map
}

/// The cell of a letter and a combining mark that decode from one.
pub(super) fn pair(c: char, mark: char) -> Option<[u8; 2]> {
    PAIRS
        .iter()
        .find(|r| r.1 == c && r.2 == mark)
        .map(|r| r.0.to_be_bytes())
}

/// The bytes of `c` alone.
pub(super) fn encode(c: char) -> Option<Vec<u8>> {
    match c {
        '\u{CA}' => return Some(vec![0x88, 0x66]),
        '\u{EA}' => return Some(vec![0x88, 0xA7]),
        _ => {}
    }
    if let Some(b) = HK.with(|m| m.get_or_init(build_hk).get(&c).copied()) {
        return Some(b.to_vec());
    }
    encode_char(Codec::Big5, c)
}
