//! HTTP/1.1 on the event loop: the server side of connections
//! (`server.rs`), parsing with the message-head parser, framing rules and
//! chunked decoder below, which read HTTP as strictly as Tornado 6.6 does
//! (RFC 9112), with checked arithmetic on every number that comes off the
//! wire. (The client is Tornado's own, in Python: tornado/simple_httpclient.py
//! over http1connection.py.)

pub mod server;

use std::cell::{Cell, RefCell};
use std::time::{SystemTime, UNIX_EPOCH};

/// Header bytes as text: HTTP header values are Latin-1 (Tornado decodes
/// them so), which maps each byte to one char.
pub fn latin1(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) if s.is_ascii() => s.to_string(),
        _ => b.iter().map(|&c| c as char).collect(),
    }
}

/// Appends `text` as Latin-1, one byte a char, as HTTP header lines go
/// out (callers have refused chars above U+00FF; '?' stands for any).
pub fn push_latin1(out: &mut Vec<u8>, text: &str) {
    if text.is_ascii() {
        out.extend_from_slice(text.as_bytes());
    } else {
        out.extend(text.chars().map(|c| u8::try_from(c as u32).unwrap_or(b'?')));
    }
}

/// The value of header `name` (case-insensitive) in a list of pairs.
pub fn header<'a, K: AsRef<str>, V: AsRef<str>>(
    headers: &'a [(K, V)],
    name: &str,
) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.as_ref().eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_ref())
}

/// The most one read takes from a socket.
pub const READ_CHUNK: usize = 16384;

thread_local! {
    /// Where socket reads land before being appended to a connection's
    /// input: one buffer, zeroed once, instead of 16 KB zeroed per read.
    static READ_BUFFER: std::cell::RefCell<Box<[u8]>> =
        std::cell::RefCell::new(vec![0; READ_CHUNK].into_boxed_slice());
}

/// Reads once from `socket`, appending what came to `into`. A read shorter
/// than `READ_CHUNK` emptied the socket's receive queue: with mio's
/// edge-triggered readiness, anything arriving later raises a new event,
/// so the caller need not read again to see `WouldBlock`.
pub fn read_into(socket: &mut impl std::io::Read, into: &mut Vec<u8>) -> std::io::Result<usize> {
    READ_BUFFER.with(|b| {
        let mut b = b.borrow_mut();
        let n = socket.read(&mut b)?;
        into.extend_from_slice(&b[..n]);
        Ok(n)
    })
}

/// How far writing a connection's output got.
pub enum Flushed {
    All,
    WouldBlock,
    /// The peer is gone (or the socket already closed).
    Broken,
}

/// Writes `output[written..]` to the socket until it would block; once all
/// is written the buffer is emptied.
pub fn flush_output(
    socket: &RefCell<Option<mio::net::TcpStream>>,
    output: &RefCell<Vec<u8>>,
    written: &Cell<usize>,
) -> Flushed {
    use std::io::Write;
    loop {
        let r = {
            let out = output.borrow();
            let pending = &out[written.get()..];
            if pending.is_empty() {
                break;
            }
            match socket.borrow_mut().as_mut() {
                Some(s) => s.write(pending),
                None => return Flushed::Broken,
            }
        };
        match r {
            Ok(n) => written.set(written.get() + n),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Flushed::WouldBlock,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Flushed::Broken,
        }
    }
    output.borrow_mut().clear();
    written.set(0);
    Flushed::All
}

thread_local! {
    static DATE_CACHE: Cell<(u64, [u8; 29])> = const { Cell::new((0, [0; 29])) };
}

/// The current time as an HTTP date (`Wed, 25 Nov 2026 09:00:00 GMT`),
/// made once a second.
pub fn http_date() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (cached_secs, cached) = DATE_CACHE.with(|c| c.get());
    if cached_secs == secs {
        return String::from_utf8_lossy(&cached).into_owned();
    }
    let s = format_http_date(secs);
    let mut bytes = [0u8; 29];
    if s.len() == 29 {
        bytes.copy_from_slice(s.as_bytes());
        DATE_CACHE.with(|c| c.set((secs, bytes)));
    }
    s
}

pub fn format_http_date(secs: u64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = secs / 86400;
    let rem = secs % 86400;
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    let (year, month, d) = crate::time::civil_from_days(days as i64);
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        DAYS[(days % 7) as usize],
        d,
        MONTHS[(month - 1) as usize],
        year,
        h,
        m,
        s
    )
}

/// A message head (start line and header lines) cut from the input, read
/// as Tornado 6.6 reads one (RFC 9112 sections 2-5).
pub struct Head {
    /// Where the start line lies in the input (without its line end).
    pub start_line: std::ops::Range<usize>,
    /// (name, value) pairs in arrival order, values trimmed of SP/HT.
    pub headers: Vec<(String, String)>,
    /// Bytes of input the head took, its blank line included.
    pub len: usize,
}

pub enum HeadError {
    /// No end within the size limit: Tornado closes without answering.
    TooLarge,
    /// The rule broken (Tornado's wording), for whoever debugs.
    #[allow(dead_code)]
    Malformed(&'static str),
}

/// The end (just past it) of the first `\r?\n\r?\n` in `input`, the head's
/// end. `scanned` is where an earlier search of the same input stopped, so
/// a head arriving byte by byte is scanned once, not once per byte.
pub fn find_head_end(input: &[u8], scanned: &mut usize) -> Option<usize> {
    let mut i = (*scanned).min(input.len());
    while let Some(off) = input[i..].iter().position(|&b| b == b'\n') {
        let nl = i + off;
        match input.get(nl + 1) {
            Some(b'\n') => return Some(nl + 2),
            Some(b'\r') => match input.get(nl + 2) {
                Some(b'\n') => return Some(nl + 3),
                Some(_) => {}
                None => {
                    *scanned = nl;
                    return None;
                }
            },
            Some(_) => {}
            None => {
                *scanned = nl;
                return None;
            }
        }
        i = nl + 1;
    }
    *scanned = input.len();
    None
}

/// RFC 9110 `tchar`: what a token (method, header name) is made of.
pub fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// RFC 9110 field-vchar: visible ASCII or obs-text.
fn is_field_vchar(b: u8) -> bool {
    (0x21..=0x7e).contains(&b) || b >= 0x80
}

/// Cuts and checks a message head from the start of `input`; `Ok(None)`
/// while it is incomplete. `max` bounds the head as Tornado's
/// `max_header_size` does (the head's end must lie within it).
pub fn parse_head(
    input: &[u8],
    scanned: &mut usize,
    max: usize,
) -> Result<Option<Head>, HeadError> {
    let Some(end) = find_head_end(input, scanned) else {
        return if input.len() > max {
            Err(HeadError::TooLarge)
        } else {
            Ok(None)
        };
    };
    if end > max {
        return Err(HeadError::TooLarge);
    }
    // Line ends before the start line are ignored (RFC 9112 2.2).
    let start = input[..end]
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(end);
    let data = &input[start..end];
    let Some(eol) = data.iter().position(|&b| b == b'\n') else {
        return Err(HeadError::Malformed("Malformed HTTP request line"));
    };
    let mut line_end = eol;
    while line_end > 0 && data[line_end - 1] == b'\r' {
        line_end -= 1;
    }
    let mut headers = Vec::new();
    for line in data[eol + 1..].split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            return Err(HeadError::Malformed(
                "header line cannot start with whitespace, folding not supported",
            ));
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return Err(HeadError::Malformed("no colon in header line"));
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|&b| is_tchar(b)) {
            return Err(HeadError::Malformed("Invalid header name"));
        }
        let mut value = &line[colon + 1..];
        while let [b' ' | b'\t', rest @ ..] = value {
            value = rest;
        }
        while let [rest @ .., b' ' | b'\t'] = value {
            value = rest;
        }
        if !value
            .iter()
            .all(|&b| b == b' ' || b == b'\t' || is_field_vchar(b))
        {
            return Err(HeadError::Malformed("Invalid header value"));
        }
        headers.push((latin1(name), latin1(value)));
    }
    Ok(Some(Head {
        start_line: start..start + line_end,
        headers,
        len: end,
    }))
}

/// `HTTP/d.d` starting with `HTTP/1`.
fn http1_version(v: &[u8]) -> bool {
    v.len() == 8 && v.starts_with(b"HTTP/1.") && v[7].is_ascii_digit()
}

/// `method SP request-target SP HTTP-version`, exactly: (method, target,
/// version).
pub fn parse_request_line(line: &[u8]) -> Option<(String, String, String)> {
    let mut parts = line.split(|&b| b == b' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || method.is_empty()
        || !method.iter().all(|&b| is_tchar(b))
        || target.is_empty()
        || !target.iter().all(|&b| is_field_vchar(b))
        || !http1_version(version)
    {
        return None;
    }
    Some((latin1(method), latin1(target), latin1(version)))
}

/// A Host header value Tornado accepts: RFC 3986 host characters (with
/// brackets and colons anywhere), an optional port, and no comma (two
/// Host headers are joined by one).
pub fn valid_host(host: &str) -> bool {
    let b = host.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            if i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit() {
                i += 3;
                continue;
            }
            return false;
        }
        if c == b',' || !(c.is_ascii_alphanumeric() || b"-._~!$&'()*+;=[]:".contains(&c)) {
            return false;
        }
        i += 1;
    }
    true
}

/// How a message's body is delimited.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Framing {
    /// Neither Content-Length nor Transfer-Encoding.
    Unframed,
    Length(usize),
    Chunked,
}

/// The values of header `name`, joined by commas as `HTTPHeaders` joins
/// repeated headers.
fn combined<'a>(headers: &'a [(String, String)], name: &str) -> Option<std::borrow::Cow<'a, str>> {
    let mut values = headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str());
    let first = values.next()?;
    match values.next() {
        None => Some(std::borrow::Cow::Borrowed(first)),
        Some(second) => {
            let mut all = format!("{first},{second}");
            for v in values {
                all.push(',');
                all.push_str(v);
            }
            Some(std::borrow::Cow::Owned(all))
        }
    }
}

/// The framing of a message's body from its headers (RFC 9112 section 6,
/// as strictly as Tornado 6.6): one Content-Length (repeated copies must
/// agree) of decimal digits only and at most `max_body`; Transfer-Encoding
/// only as exactly `chunked`, and never beside Content-Length.
pub fn body_framing(
    headers: &[(String, String)],
    max_body: usize,
) -> Result<Framing, &'static str> {
    let mut framing = Framing::Unframed;
    if let Some(cl) = combined(headers, "Content-Length") {
        let mut pieces = cl.split(',').map(|p| p.trim_start_matches([' ', '\t']));
        let first = pieces.next().unwrap_or("");
        if pieces.any(|p| p != first) {
            return Err("Multiple unequal Content-Lengths");
        }
        if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
            return Err("Only integer Content-Length is allowed");
        }
        // Digits only: a parse failure is an overflow, too long either way.
        match first.parse::<usize>() {
            Ok(n) if n <= max_body => framing = Framing::Length(n),
            _ => return Err("Content-Length too long"),
        }
    }
    if let Some(te) = combined(headers, "Transfer-Encoding") {
        if framing != Framing::Unframed {
            return Err("Message with both Transfer-Encoding and Content-Length");
        }
        if !te.eq_ignore_ascii_case("chunked") {
            return Err("Unsupported Transfer-Encoding");
        }
        framing = Framing::Chunked;
    }
    Ok(framing)
}

/// The longest chunk-size line Tornado reads (CRLF included).
const MAX_CHUNK_LINE: usize = 64;

#[derive(Default)]
enum ChunkState {
    /// Expecting a chunk-size line.
    #[default]
    Size,
    /// This many data bytes of the current chunk still to come.
    Data(usize),
    /// The CRLF after a chunk's data.
    DataEnd,
    /// The CRLF after the last (zero) chunk; trailers are refused.
    LastEnd,
}

/// Decodes a chunked body incrementally: each call resumes where the last
/// stopped, so a body arriving in many reads is decoded once.
#[derive(Default)]
pub struct ChunkedDecoder {
    pub body: Vec<u8>,
    /// Input bytes consumed so far.
    pos: usize,
    state: ChunkState,
}

pub enum ChunkStep {
    Incomplete,
    /// The body is complete; it took this many input bytes.
    Done(usize),
    /// The rule broken (Tornado's wording), for whoever debugs.
    #[allow(dead_code)]
    Malformed(&'static str),
    /// A chunk-size line longer than Tornado reads: it closes without answering.
    LineTooLong,
}

impl ChunkedDecoder {
    /// Decodes more of the body; `input` starts where the body starts and
    /// holds everything received so far.
    pub fn feed(&mut self, input: &[u8], max_body: usize) -> ChunkStep {
        loop {
            let avail = input.get(self.pos..).unwrap_or(&[]);
            match self.state {
                ChunkState::Size => {
                    let Some(eol) = avail.windows(2).position(|w| w == b"\r\n") else {
                        return if avail.len() > MAX_CHUNK_LINE {
                            ChunkStep::LineTooLong
                        } else {
                            ChunkStep::Incomplete
                        };
                    };
                    if eol + 2 > MAX_CHUNK_LINE {
                        return ChunkStep::LineTooLong;
                    }
                    let digits = &avail[..eol];
                    if digits.is_empty() || !digits.iter().all(u8::is_ascii_hexdigit) {
                        return ChunkStep::Malformed("invalid chunk size");
                    }
                    let mut size: usize = 0;
                    for &d in digits {
                        let v = (d as char).to_digit(16).unwrap_or(0) as usize;
                        size = match size.checked_mul(16).and_then(|s| s.checked_add(v)) {
                            Some(s) => s,
                            None => return ChunkStep::Malformed("chunked body too large"),
                        };
                    }
                    self.pos += eol + 2;
                    if size == 0 {
                        self.state = ChunkState::LastEnd;
                        continue;
                    }
                    match self.body.len().checked_add(size) {
                        Some(total) if total <= max_body => {}
                        _ => return ChunkStep::Malformed("chunked body too large"),
                    }
                    self.state = ChunkState::Data(size);
                }
                ChunkState::Data(left) => {
                    if avail.is_empty() {
                        return ChunkStep::Incomplete;
                    }
                    let n = left.min(avail.len());
                    self.body.extend_from_slice(&avail[..n]);
                    self.pos += n;
                    self.state = if n == left {
                        ChunkState::DataEnd
                    } else {
                        ChunkState::Data(left - n)
                    };
                }
                ChunkState::DataEnd | ChunkState::LastEnd => {
                    if avail.len() < 2 {
                        return ChunkStep::Incomplete;
                    }
                    if &avail[..2] != b"\r\n" {
                        return ChunkStep::Malformed(match self.state {
                            ChunkState::LastEnd => "improperly terminated chunked request",
                            _ => "improperly terminated chunk",
                        });
                    }
                    self.pos += 2;
                    if let ChunkState::LastEnd = self.state {
                        return ChunkStep::Done(self.pos);
                    }
                    self.state = ChunkState::Size;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(input: &[u8], max: usize) -> Result<Vec<u8>, String> {
        let mut d = ChunkedDecoder::default();
        // Byte by byte, as the slowest client sends it.
        for end in 0..=input.len() {
            match d.feed(&input[..end], max) {
                ChunkStep::Incomplete => {}
                ChunkStep::Done(n) => {
                    assert_eq!(n, end);
                    return Ok(std::mem::take(&mut d.body));
                }
                ChunkStep::Malformed(m) => return Err(m.to_string()),
                ChunkStep::LineTooLong => return Err("too long".into()),
            }
        }
        Err("incomplete".into())
    }

    #[test]
    fn chunked_bodies_decode_strictly_and_never_overflow() {
        assert_eq!(
            decode(b"2\r\nab\r\nA\r\n0123456789\r\n0\r\n\r\n", 100).unwrap(),
            b"ab0123456789"
        );
        assert_eq!(decode(b"0002\r\nab\r\n000\r\n\r\n", 100).unwrap(), b"ab");
        for bad in [
            &b"2\r\nab\r\nfffffffffffffffe\r\nab\r\n0\r\n\r\n"[..],
            b"10000000000000000\r\n",
            b"ffffffffffffffffffffffff\r\n",
            b"+2\r\nab\r\n0\r\n\r\n",
            b"-2\r\n",
            b"0x2\r\n",
            b"2 \r\n",
            b"\r\n",
            b"2;a=b\r\n",
            b"2\r\nab\r\n0\r\nX-T: 1\r\n\r\n",
            b"2\r\nabc\r\n",
            b"65\r\n",
        ] {
            assert!(
                decode(bad, 100).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        let long = [&[b'0'; 70][..], b"2\r\nab\r\n0\r\n\r\n"].concat();
        assert_eq!(decode(&long, 100).unwrap_err(), "too long");
    }

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn framing_follows_rfc_9112_as_tornado_does() {
        use Framing::*;
        assert_eq!(
            body_framing(&h(&[("Content-Length", "5")]), 10),
            Ok(Length(5))
        );
        assert_eq!(
            body_framing(&h(&[("content-length", "5"), ("Content-Length", "5")]), 10),
            Ok(Length(5))
        );
        assert_eq!(
            body_framing(&h(&[("Content-Length", "5, 5")]), 10),
            Ok(Length(5))
        );
        assert_eq!(
            body_framing(&h(&[("Transfer-Encoding", "Chunked")]), 10),
            Ok(Chunked)
        );
        assert_eq!(body_framing(&h(&[]), 10), Ok(Unframed));
        for bad in [
            h(&[("Content-Length", "5"), ("Content-Length", "6")]),
            h(&[("Content-Length", "+5")]),
            h(&[("Content-Length", "-5")]),
            h(&[("Content-Length", "")]),
            h(&[("Content-Length", "5 5")]),
            h(&[("Content-Length", "11")]),
            h(&[("Content-Length", "99999999999999999999999999")]),
            h(&[("Transfer-Encoding", "xchunked")]),
            h(&[("Transfer-Encoding", "gzip, chunked")]),
            h(&[("Transfer-Encoding", "identity")]),
            h(&[
                ("Transfer-Encoding", "chunked"),
                ("Transfer-Encoding", "chunked"),
            ]),
            h(&[("Transfer-Encoding", "chunked"), ("Content-Length", "1")]),
        ] {
            assert!(body_framing(&bad, 10).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn heads_parse_as_tornado_reads_them() {
        let mut s = 0;
        let head = match parse_head(b"\r\nGET / HTTP/1.1\nHost:  x \r\n\r\nrest", &mut s, 1000) {
            Ok(Some(h)) => h,
            _ => panic!("a head"),
        };
        assert_eq!(
            &b"\r\nGET / HTTP/1.1"[head.start_line.clone()],
            b"GET / HTTP/1.1"
        );
        assert_eq!(head.headers, h(&[("Host", "x")]));
        assert_eq!(head.len, 30);
        for bad in [
            &b"GET / HTTP/1.1\r\n x: y\r\n\r\n"[..],
            b"GET / HTTP/1.1\r\nx y\r\n\r\n",
            b"GET / HTTP/1.1\r\nx : y\r\n\r\n",
            b"GET / HTTP/1.1\r\nx: a\x01b\r\n\r\n",
            b"GET / HTTP/1.1\r\nx: a\rb\r\n\r\n",
        ] {
            let mut s = 0;
            assert!(matches!(
                parse_head(bad, &mut s, 1000),
                Err(HeadError::Malformed(_))
            ));
        }
        let mut s = 0;
        assert!(matches!(
            parse_head(&[b'a'; 2000], &mut s, 1000),
            Err(HeadError::TooLarge)
        ));
        // Scanning resumes where it stopped.
        let mut s = 0;
        assert!(matches!(
            parse_head(b"GET / HTTP/1.1\r\n\r", &mut s, 1000),
            Ok(None)
        ));
        assert!(matches!(
            parse_head(b"GET / HTTP/1.1\r\n\r\n", &mut s, 1000),
            Ok(Some(_))
        ));
        assert!(parse_request_line(b"GET / HTTP/1.2").is_some());
        for bad in [
            &b"GET  / HTTP/1.1"[..],
            b"GET / HTTP/2.0",
            b"GET / HTTP/1.10",
            b"G@T / HTTP/1.1",
            b"GET /",
            b"GET /\x01 HTTP/1.1",
        ] {
            assert!(parse_request_line(bad).is_none());
        }
        assert!(valid_host("example.com:80") && valid_host("[::1]:8") && valid_host(""));
        assert!(!valid_host("x y") && !valid_host("a,b") && !valid_host("a%zz"));
    }

    #[test]
    fn http_dates_match_python() {
        // email.utils.formatdate(t, usegmt=True)
        assert_eq!(super::format_http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(
            super::format_http_date(1_795_000_000),
            "Wed, 18 Nov 2026 11:06:40 GMT"
        );
        assert_eq!(
            super::format_http_date(951_782_400),
            "Tue, 29 Feb 2000 00:00:00 GMT"
        );
    }
}
