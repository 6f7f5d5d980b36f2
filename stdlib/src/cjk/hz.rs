//! HZ (RFC 1843): GB 2312 in 7-bit text, `~{` entering GB mode and `~}`
//! leaving it; `~~` is a tilde and `~` + newline a line continuation in
//! ASCII mode. The state (decoder and encoder) is 0 in ASCII, 1 in GB.

use super::{encode_char, step as plain_step, Codec, Step};

const GB: i64 = 1;

fn is_7bit_graphic(b: u8) -> bool {
    (0x21..=0x7E).contains(&b)
}

pub(super) fn step(data: &[u8], mode: &mut i64) -> Step {
    let b = data[0];
    let gb = *mode == GB;
    if b == b'~' {
        if data.len() < 2 {
            return Step::Incomplete;
        }
        return match (data[1], gb) {
            (b'~', false) => Step::Char('~', 2),
            (b'{', false) => {
                *mode = GB;
                Step::Skip(2)
            }
            (b'\n', false) => Step::Skip(2),
            (b'}', true) => {
                *mode = 0;
                Step::Skip(2)
            }
            _ => Step::Illegal(1),
        };
    }
    if b >= 0x80 {
        return Step::Illegal(1);
    }
    if !gb {
        return Step::Char(b as char, 1);
    }
    if data.len() < 2 {
        return Step::Incomplete;
    }
    let t = data[1];
    if !is_7bit_graphic(b) || !is_7bit_graphic(t) {
        return Step::Illegal(1);
    }
    match plain_step(Codec::Gb2312, &[b | 0x80, t | 0x80]) {
        Step::Char(c, 2) => Step::Char(c, 2),
        _ => Step::Illegal(1),
    }
}

pub(super) fn emit(c: char, out: &mut Vec<u8>, mode: &mut i64) -> bool {
    if (c as u32) < 0x80 {
        if *mode == GB {
            out.extend_from_slice(b"~}");
            *mode = 0;
        }
        out.push(c as u8);
        if c == '~' {
            out.push(b'~');
        }
        return true;
    }
    let Some(b) = encode_char(Codec::Gb2312, c).filter(|b| b.len() == 2) else {
        return false;
    };
    if *mode != GB {
        out.extend_from_slice(b"~{");
        *mode = GB;
    }
    out.extend_from_slice(&[b[0] & 0x7F, b[1] & 0x7F]);
    true
}

/// The bytes that end the encoder's GB mode, and the state after them.
pub(super) fn reset(mode: i64) -> (&'static [u8], i64) {
    if mode == GB {
        (b"~}", 0)
    } else {
        (b"", 0)
    }
}
