//! `_cjk`: the East Asian multibyte codecs (gbk, gb2312, gb18030, big5,
//! cp950, shift_jis, cp932, euc_jp, euc_kr, cp949) on encoding_rs's
//! WHATWG tables, and those built on the same tables in the submodules:
//! hz, johab and the ISO 2022 family. encodings/_cjk.py wraps these two
//! functions into codecs and runs the error handlers.
//!
//! WHATWG's decoders are supersets of CPython's (its gbk is gb18030, its
//! big5 is Big5-HKSCS, its euc-kr is UHC, its Shift_JIS is cp932), so the
//! bytes are cut into characters here with each codec's own byte ranges,
//! each character is looked up in encoding_rs and kept only if the codec
//! allows it; the few code points where CPython's JIS X 0208 / GB 2312
//! tables differ from WHATWG's are corrected by `OVERRIDES`. Encoding
//! keeps a character only if its bytes decode back to it, so the encoder
//! is exactly as strict as the decoder.

mod hkscs;
mod hz;
mod iso2022;
mod johab;

use crate::binargs::bytes_arg;
use encoding_rs::{Encoding, BIG5, EUC_JP, EUC_KR, GB18030, GBK, SHIFT_JIS};
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Gbk,
    Gb2312,
    Gb18030,
    Big5,
    Cp950,
    ShiftJis,
    Cp932,
    EucJp,
    Iso2022Jp,
    EucKr,
    Cp949,
    Hz,
    Johab,
    Iso2022Kr,
    Iso2022Jp1,
    Iso2022Jp2,
    Iso2022JpExt,
    Big5Hkscs,
}

fn codec_of(name: &str) -> PyResult<Codec> {
    Ok(match name {
        "gbk" => Codec::Gbk,
        "gb2312" => Codec::Gb2312,
        "gb18030" => Codec::Gb18030,
        "big5" => Codec::Big5,
        "cp950" => Codec::Cp950,
        "shift_jis" => Codec::ShiftJis,
        "cp932" => Codec::Cp932,
        "euc_jp" => Codec::EucJp,
        "iso2022_jp" => Codec::Iso2022Jp,
        "euc_kr" => Codec::EucKr,
        "cp949" => Codec::Cp949,
        "hz" => Codec::Hz,
        "johab" => Codec::Johab,
        "iso2022_kr" => Codec::Iso2022Kr,
        "iso2022_jp_1" => Codec::Iso2022Jp1,
        "iso2022_jp_2" => Codec::Iso2022Jp2,
        "iso2022_jp_ext" => Codec::Iso2022JpExt,
        "big5hkscs" => Codec::Big5Hkscs,
        _ => {
            return Err(PyErr::new(
                ExcType::LookupError,
                format!("unknown encoding: {name}"),
            ))
        }
    })
}

/// Where CPython's table gives another code point than WHATWG's for the
/// same bytes: (codecs, bytes, CPython's, WHATWG's).
const JIS: &[Codec] = &[Codec::ShiftJis, Codec::EucJp];
const OVERRIDES: &[(&[Codec], [u8; 2], char, char)] = &[
    // JIS X 0208 as CPython maps it; WHATWG (like cp932) uses fullwidth forms.
    (JIS, [0x81, 0x60], '\u{301C}', '\u{FF5E}'),
    (JIS, [0x81, 0x61], '\u{2016}', '\u{2225}'),
    (JIS, [0x81, 0x7C], '\u{2212}', '\u{FF0D}'),
    (JIS, [0x81, 0x91], '\u{00A2}', '\u{FFE0}'),
    (JIS, [0x81, 0x92], '\u{00A3}', '\u{FFE1}'),
    (JIS, [0x81, 0xCA], '\u{00AC}', '\u{FFE2}'),
    // GB 2312's middle dot and dash, where GBK changed them.
    (&[Codec::Gb2312], [0xA1, 0xA4], '\u{30FB}', '\u{00B7}'),
    (&[Codec::Gb2312], [0xA1, 0xAA], '\u{2015}', '\u{2014}'),
    // Big5 as CPython maps it; WHATWG follows Big5-HKSCS / cp950.
    (&[Codec::Big5], [0xA1, 0x45], '\u{2022}', '\u{2027}'),
    (&[Codec::Big5], [0xA1, 0x4E], '\u{FF64}', '\u{FE51}'),
    (&[Codec::Big5], [0xA1, 0xC2], '\u{203E}', '\u{00AF}'),
    (&[Codec::Big5], [0xA1, 0xE3], '\u{223C}', '\u{FF5E}'),
    (&[Codec::Big5], [0xA1, 0xF2], '\u{2641}', '\u{2295}'),
    (&[Codec::Big5], [0xA1, 0xF3], '\u{2609}', '\u{2299}'),
    (&[Codec::Big5], [0xA2, 0x41], '\u{FF0F}', '\u{2215}'),
    (&[Codec::Big5], [0xA2, 0x42], '\u{FF3C}', '\u{FE68}'),
    (&[Codec::Big5], [0xA2, 0x44], '\u{00A5}', '\u{FFE5}'),
    (&[Codec::Big5], [0xA2, 0x46], '\u{00A2}', '\u{FFE0}'),
    (&[Codec::Big5], [0xA2, 0x47], '\u{00A3}', '\u{FFE1}'),
    (&[Codec::Cp950], [0xF9, 0xFE], '\u{2593}', '\u{FFED}'),
];

/// Characters CPython's cp932 / cp950 encode to other bytes than the ones
/// that decode to them (several code points share those bytes).
const ENCODE_ONLY: &[(Codec, char, [u8; 2])] = &[
    (Codec::Cp932, '\u{301C}', [0x81, 0x60]),
    (Codec::Cp932, '\u{2016}', [0x81, 0x61]),
    (Codec::Cp932, '\u{2212}', [0x81, 0x7C]),
    (Codec::Cp932, '\u{00A2}', [0x81, 0x91]),
    (Codec::Cp932, '\u{00A3}', [0x81, 0x92]),
    (Codec::Cp932, '\u{00AC}', [0x81, 0xCA]),
    (Codec::Cp950, '\u{00A2}', [0xA2, 0x46]),
    (Codec::Cp950, '\u{00A3}', [0xA2, 0x47]),
    (Codec::Cp950, '\u{00A5}', [0xA2, 0x44]),
    (Codec::Cp950, '\u{2022}', [0xA1, 0x45]),
    (Codec::Cp950, '\u{203E}', [0xA1, 0xC2]),
    (Codec::Cp950, '\u{223C}', [0xA1, 0xE3]),
    (Codec::Cp950, '\u{2550}', [0xA2, 0xA4]),
    (Codec::Cp950, '\u{255E}', [0xA2, 0xA5]),
    (Codec::Cp950, '\u{2561}', [0xA2, 0xA7]),
    (Codec::Cp950, '\u{256A}', [0xA2, 0xA6]),
    (Codec::Big5, '\u{2550}', [0xA2, 0xA4]),
    (Codec::Big5, '\u{255E}', [0xA2, 0xA5]),
    (Codec::Big5, '\u{2561}', [0xA2, 0xA7]),
    (Codec::Big5, '\u{256A}', [0xA2, 0xA6]),
    (Codec::Big5, '\u{4EDD}', [0xC9, 0x69]),
    (Codec::Cp950, '\u{2609}', [0xA1, 0xF3]),
    (Codec::Cp950, '\u{2641}', [0xA1, 0xF2]),
    (Codec::Cp950, '\u{4EDD}', [0xC9, 0x69]),
    (Codec::Cp950, '\u{FF64}', [0xA1, 0x4E]),
];

/// Big5's ETEN extension C6A1-C7FC (kana, Cyrillic, enclosed numbers),
/// which WHATWG's Big5-HKSCS fills with other characters: runs of
/// consecutive code points over consecutive cells.
const ETEN: &[(u32, u32)] = &[
    (0x30FE, 1),
    (0x309D, 2),
    (0x3005, 1),
    (0x3041, 83),
    (0x30A1, 86),
    (0x0414, 2),
    (0x0401, 1),
    (0x0416, 7),
    (0x0423, 19),
    (0x0451, 1),
    (0x0436, 26),
    (0x2460, 10),
    (0x2474, 10),
];

/// A Big5 cell's index among the cells from C6A1 on.
fn big5_index(b: u8, t: u8) -> u32 {
    let col = |t: u8| {
        if t < 0x7F {
            t as u32 - 0x40
        } else {
            t as u32 - 0x62
        }
    };
    (b as u32 - 0xC6) * 157 + col(t) - col(0xA1)
}

fn eten_decode(b: u8, t: u8) -> Option<char> {
    let mut i = big5_index(b, t);
    for &(start, len) in ETEN {
        if i < len {
            return char::from_u32(start + i);
        }
        i -= len;
    }
    None
}

fn eten_encode(c: char) -> Option<[u8; 2]> {
    let mut base = 0;
    for &(start, len) in ETEN {
        if (start..start + len).contains(&(c as u32)) {
            // Counted from C640, where the lead's cells begin.
            let i = 0x3F + base + (c as u32 - start);
            let (lead, col) = (0xC6 + i / 157, i % 157);
            let t = if col < 0x3F { col + 0x40 } else { col + 0x62 };
            return Some([lead as u8, t as u8]);
        }
        base += len;
    }
    None
}

/// GB18030-2000 (CPython's) against 2005 (WHATWG's): the two-byte cells
/// 2005 gave to new characters, which 2000 had in the private use area and
/// encodes as four bytes: (cell, 2000's, 2005's, 2000's four bytes for it).
const GB18030_2000: &[(u16, char, char, [u8; 4])] = &[
    (0xA3A0, '\u{E5E5}', '\u{3000}', [0, 0, 0, 0]),
    (0xA6D9, '\u{E78D}', '\u{FE10}', [0x84, 0x31, 0x82, 0x36]),
    (0xA6DA, '\u{E78E}', '\u{FE12}', [0x84, 0x31, 0x82, 0x38]),
    (0xA6DB, '\u{E78F}', '\u{FE11}', [0x84, 0x31, 0x82, 0x37]),
    (0xA6DC, '\u{E790}', '\u{FE13}', [0x84, 0x31, 0x82, 0x39]),
    (0xA6DD, '\u{E791}', '\u{FE14}', [0x84, 0x31, 0x83, 0x30]),
    (0xA6DE, '\u{E792}', '\u{FE15}', [0x84, 0x31, 0x83, 0x31]),
    (0xA6DF, '\u{E793}', '\u{FE16}', [0x84, 0x31, 0x83, 0x32]),
    (0xA6EC, '\u{E794}', '\u{FE17}', [0x84, 0x31, 0x83, 0x33]),
    (0xA6ED, '\u{E795}', '\u{FE18}', [0x84, 0x31, 0x83, 0x34]),
    (0xA6F3, '\u{E796}', '\u{FE19}', [0x84, 0x31, 0x83, 0x35]),
    (0xA8BC, '\u{E7C7}', '\u{1E3F}', [0x81, 0x35, 0xF4, 0x37]),
    (0xFE59, '\u{E81E}', '\u{9FB4}', [0x82, 0x35, 0x90, 0x37]),
    (0xFE61, '\u{E826}', '\u{9FB5}', [0x82, 0x35, 0x90, 0x38]),
    (0xFE66, '\u{E82B}', '\u{9FB6}', [0x82, 0x35, 0x90, 0x39]),
    (0xFE67, '\u{E82C}', '\u{9FB7}', [0x82, 0x35, 0x91, 0x30]),
    (0xFE6D, '\u{E832}', '\u{9FB8}', [0x82, 0x35, 0x91, 0x31]),
    (0xFE7E, '\u{E843}', '\u{9FB9}', [0x82, 0x35, 0x91, 0x32]),
    (0xFE90, '\u{E854}', '\u{9FBA}', [0x82, 0x35, 0x91, 0x33]),
    (0xFEA0, '\u{E864}', '\u{9FBB}', [0x82, 0x35, 0x91, 0x34]),
];

/// GBK cells WHATWG fills from GB18030-2005 that CPython's GBK leaves
/// empty (inclusive ranges of lead << 8 | trail).
const GBK_EMPTY: &[(u16, u16)] = &[
    (0xA2E3, 0xA2E3),
    (0xA3A0, 0xA3A0),
    (0xA6D9, 0xA6DF),
    (0xA6EC, 0xA6ED),
    (0xA6F3, 0xA6F3),
    (0xA8BC, 0xA8BC),
    (0xA8BF, 0xA8BF),
    (0xA989, 0xA995),
    (0xFE50, 0xFE50),
    (0xFE54, 0xFE6B),
    (0xFE6D, 0xFE75),
    (0xFE77, 0xFE7E),
    (0xFE80, 0xFE90),
    (0xFE92, 0xFEA0),
];

/// The same for GB 2312, which also lacks GBK's additions in its rows.
const GB2312_EMPTY: &[(u16, u16)] = &[
    (0xA2A1, 0xA2AA),
    (0xA2E3, 0xA2E3),
    (0xA6D9, 0xA6F5),
    (0xA8BB, 0xA8C0),
];

/// The bytes of a JIS X 0208 character as Shift_JIS, for the overrides
/// (which are written in Shift_JIS) to apply to EUC-JP too.
fn sjis_of_euc(b: [u8; 2]) -> [u8; 2] {
    let (row, cell) = (b[0] - 0xA0, b[1] - 0xA0);
    let lead = if row <= 62 {
        row.div_ceil(2) + 0x80
    } else {
        row.div_ceil(2) + 0xC0
    };
    let trail = if row % 2 == 1 {
        cell + if cell <= 63 { 0x3F } else { 0x40 }
    } else {
        cell + 0x9E
    };
    [lead, trail]
}

fn table_of(codec: Codec) -> &'static Encoding {
    match codec {
        Codec::Gbk | Codec::Gb2312 | Codec::Hz => GBK,
        Codec::Gb18030 => GB18030,
        Codec::Big5 | Codec::Cp950 | Codec::Big5Hkscs => BIG5,
        Codec::ShiftJis | Codec::Cp932 => SHIFT_JIS,
        Codec::EucJp
        | Codec::Iso2022Jp
        | Codec::Iso2022Jp1
        | Codec::Iso2022Jp2
        | Codec::Iso2022JpExt => EUC_JP,
        Codec::EucKr | Codec::Cp949 | Codec::Johab | Codec::Iso2022Kr => EUC_KR,
    }
}

/// One character's bytes looked up in encoding_rs: the single code point
/// they decode to, if any.
fn lookup(enc: &'static Encoding, bytes: &[u8]) -> Option<char> {
    let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
    let mut it = text.chars();
    let c = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(c)
}

/// Inclusive byte ranges.
type Ranges = &'static [(u8, u8)];

fn in_ranges(b: u8, ranges: &[(u8, u8)]) -> bool {
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&b))
}

fn is_pua(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// What the bytes at the start of `data` hold for `codec` (not stateful).
enum Step {
    Char(char, usize),
    /// Illegal bytes: how many.
    Illegal(usize),
    /// The input ends inside a character.
    Incomplete,
    /// Bytes that change the state and stand for no character: how many.
    Skip(usize),
    /// Two bytes that decode to two characters (big5hkscs's letters with
    /// a combining mark).
    Pair(char, char),
    /// A state the codec cannot decode in (CPython's "internal codec error").
    Internal,
}

fn step(codec: Codec, data: &[u8]) -> Step {
    let b = data[0];
    if b < 0x80 {
        return Step::Char(b as char, 1);
    }
    let enc = table_of(codec);
    // The single high bytes some codecs have.
    match codec {
        Codec::ShiftJis | Codec::Cp932 => {
            if (0xA1..=0xDF).contains(&b) {
                // Halfwidth katakana U+FF61..U+FF9F: always a scalar value.
                return char::from_u32(0xFF61 + (b - 0xA1) as u32)
                    .map_or(Step::Illegal(1), |c| Step::Char(c, 1));
            }
            if codec == Codec::Cp932 {
                match b {
                    0x80 => return Step::Char('\u{80}', 1),
                    0xA0 => return Step::Char('\u{F8F0}', 1),
                    0xFD..=0xFF => {
                        // Private use U+F8F1..U+F8F3: always a scalar value.
                        return char::from_u32(0xF8F1 + (b - 0xFD) as u32)
                            .map_or(Step::Illegal(1), |c| Step::Char(c, 1));
                    }
                    _ => {}
                }
            }
            let leads: &[(u8, u8)] = if codec == Codec::ShiftJis {
                &[(0x81, 0x9F), (0xE0, 0xEA)]
            } else {
                &[(0x81, 0x9F), (0xE0, 0xFC)]
            };
            if !in_ranges(b, leads) {
                return Step::Illegal(1);
            }
        }
        _ => {}
    }
    if data.len() < 2 {
        return Step::Incomplete;
    }
    let t = data[1];
    // CPython asks for a whole character before judging its bytes.
    let need = match codec {
        Codec::Gb18030 if (0x30..=0x39).contains(&t) => 4,
        Codec::EucJp if b == 0x8F => 3,
        _ => 2,
    };
    if data.len() < need {
        return Step::Incomplete;
    }
    let (leads, trails): (Ranges, Ranges) = match codec {
        Codec::Gbk => (&[(0x81, 0xFE)], &[(0x40, 0x7E), (0x80, 0xFE)]),
        Codec::Gb2312 => (&[(0xA1, 0xF7)], &[(0xA1, 0xFE)]),
        Codec::Gb18030 => (&[(0x81, 0xFE)], &[(0x30, 0x39), (0x40, 0x7E), (0x80, 0xFE)]),
        Codec::Big5 => (&[(0xA1, 0xF9)], &[(0x40, 0x7E), (0xA1, 0xFE)]),
        Codec::Cp950 => (&[(0xA1, 0xF9)], &[(0x40, 0x7E), (0xA1, 0xFE)]),
        Codec::ShiftJis | Codec::Cp932 => (&[(0x81, 0xFC)], &[(0x40, 0x7E), (0x80, 0xFC)]),
        Codec::EucJp => (&[(0x8E, 0x8E), (0x8F, 0x8F), (0xA1, 0xFE)], &[(0xA1, 0xFE)]),
        Codec::EucKr => (&[(0xA1, 0xFE)], &[(0xA1, 0xFE)]),
        Codec::Cp949 => (&[(0x81, 0xFE)], &[(0x41, 0x5A), (0x61, 0x7A), (0x81, 0xFE)]),
        // The codecs of the submodules have their own steps.
        _ => return Step::Illegal(1),
    };
    if !in_ranges(b, leads) || !in_ranges(t, trails) {
        return Step::Illegal(1);
    }
    let mut len = 2;
    if codec == Codec::Gb18030 && (0x30..=0x39).contains(&t) {
        len = 4;
    } else if codec == Codec::EucJp && b == 0x8F {
        len = 3;
    } else if codec == Codec::EucJp && b == 0x8E && t > 0xDF {
        return Step::Illegal(1);
    }
    if data.len() < len {
        return Step::Incomplete;
    }
    let bytes = &data[..len];
    if len == 4 && !(in_ranges(data[2], &[(0x81, 0xFE)]) && in_ranges(data[3], &[(0x30, 0x39)])) {
        return Step::Illegal(1);
    }
    if len == 3 && !in_ranges(data[2], &[(0xA1, 0xFE)]) {
        return Step::Illegal(1);
    }
    // Rows CPython's tables do not have: NEC/IBM extensions (JIS), the
    // euro and ETEN extensions Big5 lacks.
    let cell = (b as u16) << 8 | t as u16;
    let empty = |table: &[(u16, u16)]| table.iter().any(|&(lo, hi)| (lo..=hi).contains(&cell));
    let refused = match codec {
        Codec::EucJp => len == 2 && (b == 0xAD || b >= 0xF5),
        Codec::ShiftJis => b == 0x87,
        Codec::Big5 => (b == 0xA3 && t >= 0xC0) || (b == 0xF9 && t >= 0xD6),
        Codec::Cp950 => (0xA3C0..=0xA3E0).contains(&cell),
        Codec::Gbk => len == 2 && empty(GBK_EMPTY),
        Codec::Gb2312 => empty(GB2312_EMPTY),
        _ => false,
    };
    if refused {
        return Step::Illegal(1);
    }
    if codec == Codec::Gb18030 && len == 2 {
        if let Some(row) = GB18030_2000.iter().find(|r| r.0 == cell) {
            return Step::Char(row.1, 2);
        }
    }
    if codec == Codec::Gb18030 && len == 4 {
        if let Some(row) = GB18030_2000.iter().find(|r| r.3 == bytes[..]) {
            return Step::Char(row.2, 4);
        }
    }
    if matches!(codec, Codec::Big5 | Codec::Cp950) && (0xC6A1..=0xC8FE).contains(&cell) {
        // Big5's ETEN rows, where WHATWG has HKSCS characters.
        return match eten_decode(b, t) {
            Some(c) if cell <= 0xC7FC => Step::Char(c, 2),
            _ => Step::Illegal(1),
        };
    }
    if bytes == [0x8F, 0xA2, 0xB7] {
        // JIS X 0212's tilde: CPython's is ASCII's, WHATWG's the fullwidth one.
        return Step::Char('~', 3);
    }
    if codec == Codec::EucKr && bytes == [0xA4, 0xD4] {
        return euc_kr_compose(data);
    }
    let Some(mut c) = lookup(enc, bytes) else {
        return Step::Illegal(1);
    };
    let jis_key = match codec {
        Codec::EucJp if len == 2 && b != 0x8E => Some(sjis_of_euc([b, t])),
        Codec::EucJp => None,
        _ if len == 2 => Some([b, t]),
        _ => None,
    };
    if let Some(key) = jis_key {
        for (codecs, k, ours, theirs) in OVERRIDES {
            if codecs.contains(&codec) && *k == key && c == *theirs {
                c = *ours;
            }
        }
    }
    let pua_ok = matches!(codec, Codec::Gb18030 | Codec::Cp932 | Codec::Cp949);
    if is_pua(c) && !pua_ok {
        return Step::Illegal(1);
    }
    Step::Char(c, len)
}

/// `decode(name, data, final, state, start, errors)` -> (text, consumed,
/// error_start, error_end, reason, state): decodes from `start` up to the
/// first error (start -1 when none); positions count from data's start. An incomplete character at the end is left unconsumed
/// when not `final`.
fn decode(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 6 {
        return Err(PyErr::type_error("decode() takes 6 arguments"));
    }
    // 'replace' and 'ignore' run here (see `encode`).
    let handled = match &a[5] {
        v if v.as_str() == Some("replace") => Some(Some('\u{FFFD}')),
        v if v.as_str() == Some("ignore") => Some(None),
        _ => None,
    };
    let name = a[0].as_str().unwrap_or("").to_string();
    let codec = codec_of(&name)?;
    // Borrowed when bytes: the error loop calls again at each error.
    let copied;
    let data: &[u8] = match &a[1] {
        Value::Bytes(b) => b,
        v => {
            copied = bytes_arg(vm, v)?;
            &copied
        }
    };
    let start = match &a[4] {
        Value::Int(i) if *i >= 0 => (*i as usize).min(data.len()),
        _ => 0,
    };
    let fin = !matches!(a[2], Value::Bool(false) | Value::Int(0) | Value::None);
    let mut mode = match &a[3] {
        Value::Int(i) => *i,
        _ => 0,
    };
    let mut out = String::new();
    let mut pos = start;
    let mut err: Option<(usize, usize, &str)> = None;
    while pos < data.len() {
        let s = match codec {
            Codec::Hz => hz::step(&data[pos..], &mut mode),
            Codec::Johab => johab::step(&data[pos..]),
            Codec::Big5Hkscs => hkscs::step(&data[pos..]),
            _ if is_iso2022(codec) => iso2022::step(codec, &data[pos..], &mut mode),
            _ => step(codec, &data[pos..]),
        };
        match s {
            Step::Char(c, n) => {
                out.push(c);
                pos += n;
            }
            Step::Illegal(n) => {
                if let Some(r) = handled {
                    out.extend(r);
                    pos += n;
                    continue;
                }
                err = Some((pos, pos + n, "illegal multibyte sequence"));
                break;
            }
            Step::Skip(n) => pos += n,
            Step::Pair(c, mark) => {
                out.push(c);
                out.push(mark);
                pos += 2;
            }
            Step::Internal => {
                return Err(PyErr::new(ExcType::RuntimeError, "internal codec error"));
            }
            Step::Incomplete => {
                if fin {
                    if let Some(r) = handled {
                        out.extend(r);
                        pos = data.len();
                        break;
                    }
                    err = Some((pos, data.len(), "incomplete multibyte sequence"));
                }
                break;
            }
        }
    }
    let (start, end, reason) = match err {
        Some((s, e, r)) => (s as i64, e as i64, r),
        None => (-1, -1, ""),
    };
    Ok(Value::tuple(vec![
        Value::str(&out),
        Value::Int(pos as i64),
        Value::Int(start),
        Value::Int(end),
        Value::str(reason),
        Value::Int(mode),
    ]))
}

/// The bytes of one character in `codec`, if it has them: encoding_rs's
/// encoder, kept only when the bytes decode back to the character.
fn encode_char(codec: Codec, c: char) -> Option<Vec<u8>> {
    if whirl_vm::surrogate::is_surrogate(c) {
        return None;
    }
    if codec == Codec::Johab {
        return johab::encode(c);
    }
    if codec == Codec::Big5Hkscs {
        return hkscs::encode(c);
    }
    if (c as u32) < 0x80 {
        return Some(vec![c as u8]);
    }
    for (codecs, key, ours, _) in OVERRIDES {
        if codecs.contains(&codec) && c == *ours {
            return Some(match codec {
                Codec::EucJp => euc_of_sjis(*key).to_vec(),
                _ => key.to_vec(),
            });
        }
    }
    for (owner, ch, key) in ENCODE_ONLY {
        if *owner == codec && c == *ch {
            return Some(key.to_vec());
        }
    }
    match (codec, c) {
        (Codec::Gb18030, _) => {
            if let Some(row) = GB18030_2000.iter().find(|r| r.1 == c) {
                return Some(row.0.to_be_bytes().to_vec());
            }
            if let Some(row) = GB18030_2000.iter().find(|r| r.2 == c && r.3[0] != 0) {
                return Some(row.3.to_vec());
            }
        }
        (Codec::Big5 | Codec::Cp950, _) => {
            return encode_plain(codec, c).or_else(|| eten_encode(c).map(|b| b.to_vec()))
        }
        (Codec::Cp932, '\u{F8F0}') => return Some(vec![0xA0]),
        (Codec::Cp932, '\u{F8F1}'..='\u{F8F3}') => {
            return Some(vec![(c as u32 - 0xF8F1 + 0xFD) as u8])
        }
        (Codec::Cp932, '\u{E000}'..='\u{E757}') => {
            // The user-defined area F040-F9FC.
            let i = c as u32 - 0xE000;
            let col = i % 188;
            let t = if col < 0x3F { col + 0x40 } else { col + 0x41 };
            return Some(vec![(0xF0 + i / 188) as u8, t as u8]);
        }
        (Codec::Cp932, _) => {
            // CPython prefers the NEC-selected IBM rows (ED, EE) to IBM's own.
            let b = encode_plain(codec, c)?;
            if b[0] >= 0xFA {
                let nec = NEC_SELECTED.with(|m| m.get_or_init(build_nec_selected).get(&c).copied());
                if let Some(nec) = nec {
                    return Some(nec.to_vec());
                }
            }
            return Some(b);
        }
        (Codec::ShiftJis | Codec::EucJp, '\u{A5}') => return Some(vec![0x5C]),
        (Codec::ShiftJis | Codec::EucJp, '\u{203E}') => return Some(vec![0x7E]),
        (Codec::EucJp, '\u{FF61}'..='\u{FF9F}') => {
            return Some(vec![0x8E, (c as u32 - 0xFF61 + 0xA1) as u8])
        }
        (Codec::EucKr, '\u{3164}') => return Some(vec![0xA4, 0xD4]),
        (Codec::EucJp, _) => {
            return encode_plain(codec, c).or_else(|| {
                JIS_X_0212.with(|m| {
                    m.get_or_init(build_jis_x_0212)
                        .get(&c)
                        .map(|b| vec![0x8F, b[0], b[1]])
                })
            })
        }
        (Codec::EucKr, '\u{AC00}'..='\u{D7A3}') => {
            if let Some(b) = encode_plain(codec, c) {
                return Some(b);
            }
            return Some(euc_kr_composed(c));
        }
        _ => {}
    }
    encode_plain(codec, c)
}

fn encode_plain(codec: Codec, c: char) -> Option<Vec<u8>> {
    let enc = table_of(codec);
    let mut encoder = enc.new_encoder();
    let mut buf = [0u8; 8];
    let mut src = [0u8; 4];
    let s = c.encode_utf8(&mut src);
    let (res, _, written) = encoder.encode_from_utf8_without_replacement(s, &mut buf, true);
    if res != encoding_rs::EncoderResult::InputEmpty || written == 0 {
        return None;
    }
    let bytes = buf[..written].to_vec();
    match step(codec, &bytes) {
        Step::Char(back, n) if back == c && n == bytes.len() => Some(bytes),
        _ => None,
    }
}

thread_local! {
    /// JIS X 0212 backwards (WHATWG decodes it in EUC-JP but never
    /// encodes it; CPython's euc_jp does both), built on first use.
    static JIS_X_0212: std::cell::OnceCell<std::collections::HashMap<char, [u8; 2]>> =
        const { std::cell::OnceCell::new() };
}

thread_local! {
    /// cp932's rows ED and EE backwards, built on first use.
    static NEC_SELECTED: std::cell::OnceCell<std::collections::HashMap<char, [u8; 2]>> =
        const { std::cell::OnceCell::new() };
}

fn build_nec_selected() -> std::collections::HashMap<char, [u8; 2]> {
    let mut map = std::collections::HashMap::new();
    for lead in 0xED..=0xEEu8 {
        for trail in 0x40..=0xFCu8 {
            if let Step::Char(c, 2) = step(Codec::Cp932, &[lead, trail]) {
                map.entry(c).or_insert([lead, trail]);
            }
        }
    }
    map
}

fn build_jis_x_0212() -> std::collections::HashMap<char, [u8; 2]> {
    let mut map = std::collections::HashMap::new();
    for lead in 0xA1..=0xFEu8 {
        for trail in 0xA1..=0xFEu8 {
            if let Step::Char(c, 3) = step(Codec::EucJp, &[0x8F, lead, trail]) {
                map.entry(c).or_insert([lead, trail]);
            }
        }
    }
    map
}

fn euc_of_sjis(b: [u8; 2]) -> [u8; 2] {
    let (lead, trail) = (b[0] as u32, b[1] as u32);
    let row_pair = if lead <= 0x9F {
        lead - 0x80
    } else {
        lead - 0xC0
    };
    let (row, cell) = if trail >= 0x9F {
        (row_pair * 2, trail - 0x9E)
    } else {
        (
            row_pair * 2 - 1,
            trail - if trail >= 0x80 { 0x40 } else { 0x3F },
        )
    };
    [(row + 0xA0) as u8, (cell + 0xA0) as u8]
}

/// A Hangul syllable KS X 1001 lacks, as its fill code and three jamo
/// (KS X 1001:1998 annex 3), as CPython's euc_kr writes it.
fn euc_kr_composed(c: char) -> Vec<u8> {
    let s = c as u32 - 0xAC00;
    let (l, v, t) = (s / 588, (s % 588) / 28, s % 28);
    vec![
        0xA4,
        0xD4,
        0xA4,
        INITIAL[l as usize],
        0xA4,
        0xBF + v as u8,
        0xA4,
        FINAL[t as usize],
    ]
}

/// The jamo of Hangul syllables as KS X 1001 row 4 cells: initials, finals.
const INITIAL: [u8; 19] = [
    0xA1, 0xA2, 0xA4, 0xA7, 0xA8, 0xA9, 0xB1, 0xB2, 0xB3, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB,
    0xBC, 0xBD, 0xBE,
];
const FINAL: [u8; 28] = [
    0xD4, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xB0,
    0xB1, 0xB2, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE,
];

/// The syllable a fill code and three jamo spell (see `euc_kr_composed`).
fn euc_kr_compose(data: &[u8]) -> Step {
    if data.len() < 8 {
        return Step::Incomplete;
    }
    let jamo: Vec<u8> = (0..3).map(|k| data[2 + 2 * k + 1]).collect();
    if (0..3).any(|k| data[2 + 2 * k] != 0xA4) {
        return Step::Illegal(1);
    }
    let find = |table: &[u8], b: u8| table.iter().position(|&x| x == b);
    let (Some(l), Some(t)) = (find(&INITIAL, jamo[0]), find(&FINAL, jamo[2])) else {
        return Step::Illegal(1);
    };
    if !(0xBF..=0xD3).contains(&jamo[1]) {
        return Step::Illegal(1);
    }
    let v = (jamo[1] - 0xBF) as usize;
    // l < 19, v < 21, t < 28: a syllable U+AC00..U+D7A3, never a surrogate.
    let Some(c) = char::from_u32(0xAC00 + (l * 588 + v * 28 + t) as u32) else {
        return Step::Illegal(1);
    };
    Step::Char(c, 8)
}

/// Appends `c` in `codec` to `out`, the stateful codecs' shift state in
/// `state`; false when the codec lacks it.
fn emit(codec: Codec, c: char, out: &mut Vec<u8>, state: &mut i64) -> bool {
    match codec {
        Codec::Hz => hz::emit(c, out, state),
        _ if is_iso2022(codec) => iso2022::emit(codec, c, out, state),
        _ => match encode_char(codec, c) {
            Some(b) => {
                out.extend_from_slice(&b);
                true
            }
            None => false,
        },
    }
}

fn is_iso2022(codec: Codec) -> bool {
    matches!(
        codec,
        Codec::Iso2022Jp
            | Codec::Iso2022Jp1
            | Codec::Iso2022Jp2
            | Codec::Iso2022JpExt
            | Codec::Iso2022Kr
    )
}

/// `encode(name, text, state, start, start_byte, errors)` -> (bytes, error_index,
/// state, byte_after_error): encodes from character `start` (at byte
/// `start_byte`) up to the first character the codec lacks (index -1 when
/// none), leaving the stateful codecs in the shift state returned (the
/// caller ends it with `reset`).
fn encode(_vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 6 {
        return Err(PyErr::type_error("encode() takes 6 arguments"));
    }
    let codec = codec_of(a[0].as_str().unwrap_or(""))?;
    let Some(text) = a[1].as_str() else {
        return Err(PyErr::type_error("encode() argument 2 must be str"));
    };
    let mut out = Vec::with_capacity(text.len());
    let mut bad = -1i64;
    // The stateful codecs' shift state on entry (0: the initial one).
    let mut state = match &a[2] {
        Value::Int(i) => *i,
        _ => 0,
    };
    // Where to start: a character index and its byte offset, which the
    // error loop passes back so that each call costs only what it encodes.
    let (first, mut offset) = match (&a[3], &a[4]) {
        (Value::Int(i), Value::Int(b)) if *i >= 0 && *b >= 0 => (*i, *b as usize),
        // The byte offset unknown: counted here.
        (Value::Int(i), _) if *i >= 0 => (
            *i,
            text.char_indices()
                .nth(*i as usize)
                .map_or(text.len(), |(b, _)| b),
        ),
        _ => (0, 0),
    };
    if offset > text.len() || !text.is_char_boundary(offset) {
        offset = 0;
    }
    let mut next = -1i64;
    // 'replace' and 'ignore' run here: a Python handler per error would
    // slice the text at each one.
    let handled = match &a[5] {
        v if v.as_str() == Some("replace") => Some(Some('?')),
        v if v.as_str() == Some("ignore") => Some(None),
        _ => None,
    };
    let mut chars = text[offset..].char_indices().enumerate().peekable();
    while let Some((i, (at, c))) = chars.next() {
        if codec == Codec::Big5Hkscs {
            // A letter and a combining mark that big5hkscs has as one cell.
            let next = chars.peek().map(|&(_, (_, n))| n);
            if let Some(cell) = next.and_then(|n| hkscs::pair(c, n)) {
                out.extend_from_slice(&cell);
                chars.next();
                continue;
            }
        }
        if emit(codec, c, &mut out, &mut state) {
            continue;
        }
        match handled {
            Some(Some(r)) => {
                emit(codec, r, &mut out, &mut state);
            }
            Some(None) => {}
            None => {
                bad = (i + first as usize) as i64;
                next = (offset + at + c.len_utf8()) as i64;
                break;
            }
        }
    }
    Ok(Value::tuple(vec![
        Value::Bytes(std::rc::Rc::new(out)),
        Value::Int(bad),
        Value::Int(state),
        Value::Int(next),
    ]))
}

/// `reset(name, state)` -> (bytes, state): what returns a stateful
/// encoder to its initial shift state.
fn reset(_vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error("reset() takes 2 arguments"));
    }
    let codec = codec_of(a[0].as_str().unwrap_or(""))?;
    let state = match &a[1] {
        Value::Int(i) => *i,
        _ => 0,
    };
    let (bytes, state) = match codec {
        Codec::Hz => {
            let (b, s) = hz::reset(state);
            (b.to_vec(), s)
        }
        _ if is_iso2022(codec) => iso2022::reset(state),
        _ => (Vec::new(), state),
    };
    Ok(Value::tuple(vec![
        Value::Bytes(std::rc::Rc::new(bytes)),
        Value::Int(state),
    ]))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_cjk",
        vec![f("decode", decode), f("encode", encode), f("reset", reset)],
    ))
}
