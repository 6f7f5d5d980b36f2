//! HTTP mutation fuzzer: valid requests (GET, POST with Content-Length,
//! chunked POST, multipart, keep-alive pipelines, HTTP/1.0) mutated byte by
//! byte, header by header and number by number with a seeded PRNG, each
//! sent to a live whirl server on loopback; after every case the server
//! must still be running and answer a normal GET. The same for the client:
//! a hostile server in this test sends mutated responses to a whirl client
//! script, which must fail its fetches with Python errors, never die.
//!
//! `cargo test --release --test http_fuzz` runs a short, fixed-seed pass
//! (a few hundred cases, a few seconds). The long run:
//!
//! ```sh
//! WHIRL_HTTP_FUZZ_SECS=3600 WHIRL_HTTP_FUZZ_SEED=12345 \
//!     cargo test --release --test http_fuzz -- --nocapture
//! ```
//!
//! prints cases/second and failures; each crashing input is saved under
//! `target/tmp/http-fuzz/` (the path is printed) and the test fails. Every
//! crasher found becomes an entry of `REGRESSIONS`, replayed first on every
//! run.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WHIRL: &str = env!("CARGO_BIN_EXE_whirl");

/// Inputs that once killed or wedged whirl; replayed before the mutants.
const REGRESSIONS: &[&[u8]] = &[
    // Chunk sizes whose sum overflowed usize (issue 10, point 1).
    b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\nfffffffffffffffe\r\nab\r\n0\r\n\r\n",
    b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n",
    b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000001\r\nab\r\n",
];

fn whirl_bin() -> String {
    std::env::var("WHIRL_BIN").unwrap_or_else(|_| WHIRL.to_string())
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// xorshift64*: small, seeded, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Pieces that make parsers take unusual paths.
const TOKENS: &[&[u8]] = &[
    b"\r\n",
    b"\n",
    b"\r",
    b"\r\n\r\n",
    b":",
    b" ",
    b"\t",
    b",",
    b";",
    b"=",
    b"\x00",
    b"\x7f",
    b"\xff",
    b"\xc3\xa9",
    b"0",
    b"-1",
    b"+1",
    b"0x10",
    b"ffffffffffffffff",
    b"fffffffffffffffe",
    b"10000000000000000",
    b"18446744073709551616",
    b"99999999999999999999999",
    b"4294967296",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Length: 5\r\n",
    b"Content-Length: 0\r\n",
    b"Transfer-Encoding: gzip, chunked\r\n",
    b"Connection: close\r\n",
    b"Connection: keep-alive\r\n",
    b"Expect: 100-continue\r\n",
    b"Host: \r\n",
    b"chunked",
    b"HTTP/1.1",
    b"HTTP/1.0",
    b"HTTP/2",
    b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
    b"--B",
    b"--B--",
    b"boundary=",
    b"multipart/form-data",
    b"Content-Disposition: form-data; name=\"",
    b"filename=\"",
    b"%",
    b"%zz",
    b"?",
    b"&",
    b"#",
    b"..",
    b"/../../",
    b"\"",
    b"'",
    b"\\",
];

/// Valid requests the mutants start from.
fn seeds() -> Vec<Vec<u8>> {
    let multipart = b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--B--\r\n";
    let mut multipart_req = format!(
        "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: {}\r\n\r\n",
        multipart.len()
    )
    .into_bytes();
    multipart_req.extend_from_slice(multipart);
    vec![
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"GET /json/abc?x=1&y=%41&z HTTP/1.1\r\nHost: example.com:80\r\nAccept: */*\r\nCookie: a=1; b=\"2\"\r\nConnection: close\r\n\r\n".to_vec(),
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=1&b=2".to_vec(),
        b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n3\r\na=1\r\n4\r\n&b=2\r\n0\r\n\r\n".to_vec(),
        b"PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello".to_vec(),
        multipart_req,
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\nPOST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /json/p HTTP/1.1\r\nHost: x\r\n\r\nGET /fail HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nHEAD / HTTP/1.0\r\n\r\n".to_vec(),
        b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
    ]
}

/// One to four mutations of `input`.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = out.len();
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                out[i] = rng.next() as u8;
            }
            1 => {
                let i = rng.below(len + 1);
                let t = rng.pick(TOKENS);
                out.splice(i..i, t.iter().copied());
            }
            2 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(16));
                out.drain(i..i + n);
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(64));
                let piece = out[i..i + n].to_vec();
                let at = rng.below(out.len() + 1);
                out.splice(at..at, piece);
            }
            4 => {
                // A run of digits or hex becomes an interesting number.
                let runs: Vec<(usize, usize)> = digit_runs(&out);
                if let Some(&(s, e)) = (!runs.is_empty()).then(|| rng.pick(&runs)) {
                    let t = rng.pick(&TOKENS[14..24]);
                    out.splice(s..e, t.iter().copied());
                }
            }
            5 if len > 0 => out.truncate(rng.below(len)),
            6 => {
                // A header line repeated, or dropped.
                let lines: Vec<usize> = line_starts(&out);
                if lines.len() > 2 {
                    let k = 1 + rng.below(lines.len() - 2);
                    let (s, e) = (lines[k], lines[k + 1]);
                    if rng.below(2) == 0 {
                        let line = out[s..e].to_vec();
                        out.splice(e..e, line);
                    } else {
                        out.drain(s..e);
                    }
                }
            }
            7 => {
                // Case flips of a letter (header names, methods, versions).
                if len > 0 {
                    let i = rng.below(len);
                    out[i] ^= if out[i].is_ascii_alphabetic() {
                        0x20
                    } else {
                        0
                    };
                }
            }
            _ => {
                let n = rng.below(300);
                let i = rng.below(len + 1);
                let filler: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                out.splice(i..i, filler);
            }
        }
    }
    out
}

fn digit_runs(b: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_hexdigit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_hexdigit() {
                i += 1;
            }
            if b[s..i].iter().any(u8::is_ascii_digit) {
                runs.push((s, i));
            }
        } else {
            i += 1;
        }
    }
    runs
}

fn line_starts(b: &[u8]) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(
        b.iter()
            .enumerate()
            .filter(|(_, &c)| c == b'\n')
            .map(|(i, _)| i + 1),
    );
    v
}

struct Server {
    child: Child,
    port: u16,
    /// The server's stderr: a panic in it is caught (the connection is
    /// closed, the server goes on), so only the default hook's
    /// `panicked at` there tells of it.
    log: PathBuf,
    log_seen: usize,
}

impl Server {
    /// The first `panicked at` line written since the last call, if any.
    fn new_panic(&mut self) -> Option<String> {
        let text = std::fs::read(&self.log).unwrap_or_default();
        let new = String::from_utf8_lossy(&text[self.log_seen.min(text.len())..]).into_owned();
        self.log_seen = text.len();
        new.lines()
            .find(|l| l.contains("panicked at"))
            .map(str::to_string)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(port: u16) -> Server {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let _ = std::fs::create_dir_all(&dir);
    let log = dir.join(format!(
        "http-fuzz-server-{}-{port}.stderr",
        std::process::id()
    ));
    let mut child = Command::new(whirl_bin())
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/http/server.py"))
        .arg(port.to_string())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).expect("server log"))
        .spawn()
        .expect("whirl runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut line)
        .expect("server prints ready");
    assert_eq!(line.trim(), "ready", "server did not start");
    Server {
        child,
        port,
        log,
        log_seen: 0,
    }
}

/// Sends one case: writes it (maybe in two pieces), usually half-closes,
/// and reads what comes back for a short while.
fn send_case(port: u16, case: &[u8], rng: &mut Rng) {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
        return;
    };
    let _ = s.set_read_timeout(Some(Duration::from_millis(150)));
    let _ = s.set_write_timeout(Some(Duration::from_secs(2)));
    if case.len() > 1 && rng.below(4) == 0 {
        let cut = rng.below(case.len());
        let _ = s.write_all(&case[..cut]);
        std::thread::sleep(Duration::from_millis(2));
        let _ = s.write_all(&case[cut..]);
    } else {
        let _ = s.write_all(case);
    }
    if rng.below(8) != 0 {
        let _ = s.shutdown(Shutdown::Write);
    }
    let mut buf = [0u8; 65536];
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
}

fn healthy(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(3)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    if s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut r = Vec::new();
    let _ = s.read_to_end(&mut r);
    r.starts_with(b"HTTP/1.1 200 OK") && r.ends_with(b"Hello, world")
}

fn save_crasher(kind: &str, seed: u64, case_no: u64, input: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("http-fuzz");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{kind}-seed{seed}-case{case_no}.bin"));
    let _ = std::fs::write(&path, input);
    path
}

fn port_for(slot: u16) -> u16 {
    23600 + (std::process::id() % 90) as u16 * 4 + slot
}

#[test]
fn server_survives_mutated_requests() {
    let secs = env_num("WHIRL_HTTP_FUZZ_SECS", 4);
    let max_cases = env_num(
        "WHIRL_HTTP_FUZZ_CASES",
        if std::env::var("WHIRL_HTTP_FUZZ_SECS").is_ok() {
            u64::MAX
        } else {
            400
        },
    );
    let seed = env_num("WHIRL_HTTP_FUZZ_SEED", 20261206);
    let mut rng = Rng::new(seed);
    let mut server = start_server(port_for(0));
    let seeds = seeds();
    let start = Instant::now();
    let mut failures = Vec::new();
    let mut cases = 0u64;
    let mut last_report = Instant::now();
    loop {
        let input: Vec<u8> = if (cases as usize) < REGRESSIONS.len() {
            REGRESSIONS[cases as usize].to_vec()
        } else if cases >= max_cases || start.elapsed() >= Duration::from_secs(secs) {
            break;
        } else {
            let seed_req = rng.pick(&seeds).clone();
            mutate(&mut rng, &seed_req)
        };
        send_case(server.port, &input, &mut rng);
        cases += 1;
        let dead = server.child.try_wait().ok().flatten();
        let panicked = server.new_panic();
        if dead.is_some() || panicked.is_some() || !healthy(server.port) {
            let path = save_crasher("server", seed, cases, &input);
            eprintln!(
                "case {cases}: server {} after {:?}; input saved to {}",
                match (dead, panicked) {
                    (Some(status), _) => format!("died ({status})"),
                    (None, Some(p)) => format!("panicked (caught: {p})"),
                    (None, None) => "stopped answering".to_string(),
                },
                String::from_utf8_lossy(&input[..input.len().min(200)]),
                path.display()
            );
            failures.push(path);
            drop(server);
            server = start_server(port_for(1 + (failures.len() % 3) as u16));
            if failures.len() >= 5 {
                break;
            }
        }
        if last_report.elapsed() >= Duration::from_secs(10) {
            last_report = Instant::now();
            eprintln!(
                "http fuzz: {cases} cases, {:.0}/s, {} failures",
                cases as f64 / start.elapsed().as_secs_f64(),
                failures.len()
            );
        }
    }
    let rate = cases as f64 / start.elapsed().as_secs_f64();
    eprintln!(
        "http fuzz (server, seed {seed}): {cases} cases in {:.1} s, {rate:.0} cases/s, {} failures",
        start.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(failures.is_empty(), "crashing inputs: {failures:?}");
}

/// Responses that once killed whirl's client; sent first.
const RESPONSE_REGRESSIONS: &[&[u8]] = &[
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\nfffffffffffffffe\r\nxx\r\n0\r\n\r\n",
];

/// Valid responses the client's mutants start from (no Location header:
/// a mutated redirect could send the client anywhere).
fn response_seeds() -> Vec<Vec<u8>> {
    vec![
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello".to_vec(),
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n".to_vec(),
        b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end".to_vec(),
        b"HTTP/1.0 404 Not Found\r\nContent-Length: 3\r\nSet-Cookie: a=1\r\n\r\nnop".to_vec(),
        b"HTTP/1.1 204 No Content\r\nX-A: caf\xe9\r\n\r\n".to_vec(),
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".to_vec(),
    ]
}

#[test]
fn client_survives_mutated_responses() {
    let secs = env_num("WHIRL_HTTP_FUZZ_SECS", 4);
    let count = env_num(
        "WHIRL_HTTP_FUZZ_CASES",
        if std::env::var("WHIRL_HTTP_FUZZ_SECS").is_ok() {
            secs * 200
        } else {
            250
        },
    );
    let seed = env_num("WHIRL_HTTP_FUZZ_SEED", 20261206) ^ 0x5eed;
    let listener = TcpListener::bind(("127.0.0.1", port_for(3) + 400)).expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let mut child = Command::new(whirl_bin())
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/http/fuzz_client.py"
        ))
        .arg(port.to_string())
        .arg(count.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whirl runs");
    let stdout = child.stdout.take().expect("piped");
    let lines = std::thread::spawn(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<String>>()
    });
    let mut rng = Rng::new(seed);
    let seeds = response_seeds();
    let start = Instant::now();
    let mut sent: Vec<Vec<u8>> = Vec::new();
    listener.set_nonblocking(true).expect("nonblocking");
    let deadline = Duration::from_secs(secs.max(1) * 3 + 20);
    'cases: for _ in 0..count {
        // Wait for the client's next connection, unless it died.
        let mut s = loop {
            match listener.accept() {
                Ok((s, _)) => break s,
                Err(_)
                    if child.try_wait().ok().flatten().is_none() && start.elapsed() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(_) => break 'cases,
            }
        };
        let _ = s.set_nonblocking(false);
        let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
        let mut head = Vec::new();
        let mut buf = [0u8; 4096];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            match s.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => head.extend_from_slice(&buf[..n]),
            }
        }
        let response = if sent.len() < RESPONSE_REGRESSIONS.len() {
            RESPONSE_REGRESSIONS[sent.len()].to_vec()
        } else if rng.below(10) == 0 {
            rng.pick(&seeds).clone()
        } else {
            let r = rng.pick(&seeds).clone();
            mutate(&mut rng, &r)
        };
        let _ = s.write_all(&response);
        sent.push(response);
        // Close (the client must not wait for more), sometimes abruptly.
        if rng.below(4) == 0 {
            let _ = s.shutdown(Shutdown::Write);
            std::thread::sleep(Duration::from_millis(1));
        }
        drop(s);
    }
    drop(listener);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() < deadline + Duration::from_secs(10) => {
                std::thread::sleep(Duration::from_millis(10));
            }
            _ => {
                let _ = child.kill();
                break child.wait().expect("wait");
            }
        }
    };
    let lines = lines.join().unwrap_or_default();
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let rate = sent.len() as f64 / start.elapsed().as_secs_f64();
    eprintln!(
        "http fuzz (client, seed {seed}): {} responses in {:.1} s, {rate:.0}/s",
        sent.len(),
        start.elapsed().as_secs_f64()
    );
    // A caught panic (the connection abandoned, the program going on) is
    // still a bug: the default hook's `panicked at` on stderr tells.
    if !status.success()
        || lines.last().map(String::as_str) != Some("done")
        || err.contains("panicked at")
    {
        let last = sent.last().cloned().unwrap_or_default();
        let path = save_crasher("client", seed, sent.len() as u64, &last);
        panic!(
            "the whirl client died ({status}) after {} responses; last response saved to {}\nstderr tail: {}",
            lines.len(),
            path.display(),
            err.lines().rev().take(8).collect::<Vec<_>>().join("\n")
        );
    }
}
