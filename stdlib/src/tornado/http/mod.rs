//! HTTP/1.1 on the event loop: the server side of connections
//! (`server.rs`) and the client (`client.rs`), both parsing with httparse.

pub mod client;
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

pub enum Chunked {
    Incomplete,
    TooLarge,
    Malformed,
    /// The body and how many input bytes it took.
    Complete(Vec<u8>, usize),
}

/// Decodes a chunked body from the start of `input`.
pub fn decode_chunked(input: &[u8], max: usize) -> Chunked {
    let mut body = Vec::new();
    let mut pos = 0;
    loop {
        let Some(eol) = input[pos..].windows(2).position(|w| w == b"\r\n") else {
            return if input.len() - pos > 1024 {
                Chunked::Malformed
            } else {
                Chunked::Incomplete
            };
        };
        let line = &input[pos..pos + eol];
        let size_text = line.split(|&b| b == b';').next().unwrap_or(b"");
        let Ok(size_text) = std::str::from_utf8(size_text) else {
            return Chunked::Malformed;
        };
        let Ok(size) = usize::from_str_radix(size_text.trim(), 16) else {
            return Chunked::Malformed;
        };
        pos += eol + 2;
        if size == 0 {
            // Trailers (ignored) end with an empty line.
            loop {
                let Some(eol) = input[pos..].windows(2).position(|w| w == b"\r\n") else {
                    return Chunked::Incomplete;
                };
                pos += eol + 2;
                if eol == 0 {
                    return Chunked::Complete(body, pos);
                }
            }
        }
        if body.len() + size > max {
            return Chunked::TooLarge;
        }
        if input.len() < pos + size + 2 {
            return Chunked::Incomplete;
        }
        if &input[pos + size..pos + size + 2] != b"\r\n" {
            return Chunked::Malformed;
        }
        body.extend_from_slice(&input[pos..pos + size]);
        pos += size + 2;
    }
}

#[cfg(test)]
mod tests {
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
