//! Where each instruction came from in the source, stored compactly: only
//! tracebacks read it (to draw their `^^^^` markers), so it is encoded as
//! runs of instructions sharing one span, each run three LEB128 numbers
//! (run length, start as a zigzag delta from the previous run's start, span
//! length): about two to four bytes a run instead of eight an instruction.
//! Looking one up decodes from the beginning, which is fine when printing.

use whirl_parser::ast::Span;

#[derive(Clone, Default)]
pub struct PositionTable {
    bytes: Box<[u8]>,
}

fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

impl PositionTable {
    /// Encodes the span of each instruction, in order.
    pub fn new(spans: &[Span]) -> PositionTable {
        let mut out = Vec::new();
        let mut prev_start = 0i64;
        let mut i = 0;
        while i < spans.len() {
            let s = spans[i];
            let run = spans[i..].iter().take_while(|&&t| t == s).count();
            let delta = i64::from(s.start) - prev_start;
            push_varint(&mut out, run as u64);
            push_varint(&mut out, ((delta << 1) ^ (delta >> 63)) as u64);
            push_varint(&mut out, u64::from(s.end.saturating_sub(s.start)));
            prev_start = i64::from(s.start);
            i += run;
        }
        PositionTable {
            bytes: out.into_boxed_slice(),
        }
    }

    /// The encoded table, for `code_serial` to write out.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// A table `as_bytes` gave. Any bytes are safe: a malformed table
    /// reads as spans missing.
    pub fn from_bytes(bytes: &[u8]) -> PositionTable {
        PositionTable {
            bytes: bytes.into(),
        }
    }

    /// The span of instruction `ip`, if recorded.
    pub fn get(&self, ip: usize) -> Option<Span> {
        let (mut at, mut first, mut start) = (0usize, 0usize, 0i64);
        while at < self.bytes.len() {
            let run = read_varint(&self.bytes, &mut at)? as usize;
            let z = read_varint(&self.bytes, &mut at)?;
            let len = read_varint(&self.bytes, &mut at)?;
            start += ((z >> 1) as i64) ^ -((z & 1) as i64);
            if ip < first + run {
                let start = u32::try_from(start).ok()?;
                return Some(Span {
                    start,
                    end: start.checked_add(u32::try_from(len).ok()?)?,
                });
            }
            first += run;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_come_back_as_recorded() {
        let spans: Vec<Span> = [(5, 9), (5, 9), (0, 3), (300, 1000), (2, 2), (70000, 70001)]
            .iter()
            .map(|&(s, e)| Span::new(s, e))
            .collect();
        let table = PositionTable::new(&spans);
        for (ip, s) in spans.iter().enumerate() {
            assert_eq!(table.get(ip), Some(*s), "instruction {ip}");
        }
        assert_eq!(table.get(spans.len()), None);
    }
}
