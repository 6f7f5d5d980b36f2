//! End-to-end HTTP: a whirl server (`tests/http/server.py`) against clients
//! nobody here wrote (curl, wrk, raw hostile sockets), and whirl's client
//! against `python3 -m http.server`. Where a tool is missing the test says
//! so and skips that part.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::{Duration, Instant};

const WHIRL: &str = env!("CARGO_BIN_EXE_whirl");
static NEXT_PORT: AtomicU16 = AtomicU16::new(0);

/// A port for this test process: tests run in parallel, and so may other
/// test binaries.
fn port() -> u16 {
    19100 + (std::process::id() % 1000) as u16 * 8 + NEXT_PORT.fetch_add(1, Ordering::SeqCst) % 8
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server() -> Server {
    let port = port();
    let mut child = Command::new(WHIRL)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/http/server.py"))
        .arg(port.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("whirl runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut line)
        .expect("server prints ready");
    assert_eq!(line.trim(), "ready", "server did not start");
    Server { child, port }
}

/// Sends raw bytes, returns everything the server answers until it closes
/// or `wait` passes.
fn raw(port: u16, request: &[u8], wait: Duration) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(wait)).unwrap();
    let _ = s.write_all(request);
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn get(port: u16, path: &str) -> String {
    raw(
        port,
        format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        Duration::from_secs(5),
    )
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).map(|v| v.parse().unwrap_or(0)))
        })
        .unwrap_or(0)
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

#[test]
fn routes_status_codes_and_pipelining() {
    let server = start_server();
    let p = server.port;
    let r = get(p, "/");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert!(r.contains("Server: TornadoServer/"), "{r}");
    assert!(r.contains("\r\nDate: "), "{r}");
    assert!(r.ends_with("\r\n\r\nHello, world"), "{r}");
    assert!(get(p, "/nowhere").starts_with("HTTP/1.1 404 Not Found"));
    let r = get(p, "/json/ann?b=1&a=2");
    assert!(
        r.ends_with(r#"{"hello": "ann", "args": ["a", "b"]}"#),
        "{r}"
    );
    let r = raw(
        p,
        b"DELETE /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        Duration::from_secs(5),
    );
    assert!(r.starts_with("HTTP/1.1 405 Method Not Allowed"), "{r}");
    let r = get(p, "/fail");
    assert!(r.starts_with("HTTP/1.1 500 Internal Server Error"), "{r}");
    let r = raw(
        p,
        b"HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        Duration::from_secs(5),
    );
    // Tornado maps HEAD to no other method: without head() it is a 405,
    // whose body (Content-Length: 87) is not sent for a HEAD.
    assert!(
        r.starts_with("HTTP/1.1 405 Method Not Allowed")
            && r.contains("Content-Length: 87\r\n")
            && r.ends_with("\r\n\r\n"),
        "HEAD has no body: {r}"
    );
    // Three pipelined requests on one connection, answered in order.
    let r = raw(
        p,
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\nPOST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /json/z HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        Duration::from_secs(5),
    );
    let hello = r.find("Hello, world").expect("first answer");
    let echo = r.find("echo:abc").expect("second answer");
    let json = r.find(r#"{"hello": "z""#).expect("third answer");
    assert!(hello < echo && echo < json, "{r}");
    // A chunked request body.
    let r = raw(
        p,
        b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        Duration::from_secs(5),
    );
    assert!(r.ends_with("echo:hello world"), "{r}");
}

/// Reads stop at a short read and responses are written at the end of a
/// loop iteration: neither may lose a request or an answer.
#[test]
fn half_closed_clients_and_batches_of_pipelined_requests_are_answered() {
    let server = start_server();
    let p = server.port;
    // The client sends its request and shuts its writing side at once;
    // the answer still comes, then the server closes.
    let mut s = TcpStream::connect(("127.0.0.1", p)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    s.shutdown(std::net::Shutdown::Write).unwrap();
    let mut r = String::new();
    s.read_to_string(&mut r)
        .expect("the server answers and closes");
    assert!(
        r.starts_with("HTTP/1.1 200 OK") && r.ends_with("Hello, world"),
        "{r}"
    );
    // 500 requests in one write (more than one 16 KB read), each answered
    // once, in order.
    let mut batch = Vec::new();
    for i in 0..500 {
        batch.extend_from_slice(format!("GET /json/n{i} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes());
    }
    batch.extend_from_slice(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(batch.len() > 16384);
    let r = raw(p, &batch, Duration::from_secs(10));
    let mut at = 0;
    for i in 0..500 {
        let needle = format!(r#"{{"hello": "n{i}""#);
        let found = r[at..]
            .find(&needle)
            .unwrap_or_else(|| panic!("answer {i} missing"));
        at += found + needle.len();
    }
    assert_eq!(r.matches("HTTP/1.1 200 OK").count(), 501);
    assert!(
        r.ends_with("Hello, world"),
        "the last answer ends the stream"
    );
}

#[test]
fn hostile_input_costs_only_its_connection() {
    let server = start_server();
    let p = server.port;
    assert!(get(p, "/").ends_with("Hello, world"));
    let before = rss_kb(server.child.id());
    // Stalled clients: half a request, then nothing.
    let stalled: Vec<TcpStream> = (0..50)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", p)).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Half: ")
                .unwrap();
            s
        })
        .collect();
    let big_header = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(1 << 20)
    );
    for round in 0..40 {
        let r = raw(p, b"\x00\x01garbage\xff\r\n\r\n", Duration::from_secs(5));
        assert!(r.starts_with("HTTP/1.1 400"), "garbage: {r}");
        let r = raw(p, b"GET / HTTP/9.9\r\n\r\n", Duration::from_secs(5));
        assert!(r.starts_with("HTTP/1.1 400"), "bad version: {r}");
        let r = raw(
            p,
            b"POST /echo HTTP/1.1\r\nContent-Length: nope\r\n\r\n",
            Duration::from_secs(5),
        );
        assert!(r.starts_with("HTTP/1.1 400"), "bad length: {r}");
        let r = raw(
            p,
            b"POST /echo HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n",
            Duration::from_secs(5),
        );
        // Tornado: "Content-Length too long" is a 400.
        assert!(r.starts_with("HTTP/1.1 400"), "huge body: {r}");
        if round % 10 == 0 {
            let r = raw(p, big_header.as_bytes(), Duration::from_secs(5));
            assert!(r.is_empty(), "1 MB header: {r}");
        }
        // A client that resets mid-response.
        let mut s = TcpStream::connect(("127.0.0.1", p)).unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        drop(s);
        // Everyone else is still served.
        assert!(get(p, "/").ends_with("Hello, world"), "round {round}");
    }
    drop(stalled);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) {
        if get(p, "/").ends_with("Hello, world") {
            break;
        }
    }
    let after = rss_kb(server.child.id());
    assert!(
        after < before + 32 * 1024,
        "memory grew from {before} kB to {after} kB"
    );
}

#[test]
fn curl_get_post_keep_alive_and_http10() {
    if !have("curl") {
        eprintln!("curl not installed: skipping the curl checks");
        return;
    }
    let server = start_server();
    let url = format!("http://127.0.0.1:{}", server.port);
    let out = Command::new("curl")
        .args(["-s", "-v", &format!("{url}/"), &format!("{url}/json/kept")])
        .output()
        .unwrap();
    let body = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert_eq!(body, r#"Hello, world{"hello": "kept", "args": []}"#);
    assert!(
        log.contains("Re-using existing connection"),
        "keep-alive: {log}"
    );
    let out = Command::new("curl")
        .args(["-s", "-d", "a=1&b=2", &format!("{url}/echo")])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "echo:a=1&b=2");
    let out = Command::new("curl")
        .args(["-s", "-i", "--http1.0", &format!("{url}/")])
        .output()
        .unwrap();
    let r = String::from_utf8_lossy(&out.stdout);
    assert!(
        r.starts_with("HTTP/1.1 200 OK") && r.ends_with("Hello, world"),
        "{r}"
    );
}

#[test]
fn wrk_load() {
    if !have("wrk") {
        eprintln!("wrk not installed: skipping the load test");
        return;
    }
    let server = start_server();
    let out = Command::new("wrk")
        .args([
            "-t1",
            "-c50",
            "-d2s",
            &format!("http://127.0.0.1:{}/", server.port),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("Non-2xx"), "{text}");
    assert!(!text.contains("Socket errors"), "{text}");
    let rps: f64 = text
        .lines()
        .find(|l| l.starts_with("Requests/sec:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    assert!(rps > 1000.0, "{text}");
    assert!(get(server.port, "/").ends_with("Hello, world"));
}

#[test]
fn client_against_python_http_server() {
    if !have("python3") {
        eprintln!("python3 not installed: skipping the client check against http.server");
        return;
    }
    let dir = std::env::temp_dir().join(format!("whirl-http-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("hello.txt"), "hello from http.server\n").unwrap();
    let port = port();
    let mut py = Command::new("python3")
        .args([
            "-m",
            "http.server",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
        ])
        .current_dir(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "http.server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = Command::new(WHIRL)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/http/client.py"))
        .arg(port.to_string())
        .output()
        .unwrap();
    let _ = py.kill();
    let _ = py.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "200 text/plain hello from http.server\nerror 404\n404\nblocking 200 hello from http.server\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ctrl_c_stops_a_waiting_loop_with_keyboard_interrupt() {
    use std::os::unix::process::CommandExt;
    let script = std::env::temp_dir().join(format!("whirl-ctrl-c-{}.py", std::process::id()));
    std::fs::write(
        &script,
        "from tornado.ioloop import IOLoop\nprint('waiting', flush=True)\nIOLoop.current().start()\n",
    )
    .unwrap();
    let mut cmd = Command::new(WHIRL);
    cmd.arg(&script)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: only resets SIGINT to its default action in the child (a
    // test runner started in the background may have it ignored).
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line, "waiting\n");
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_file(&script);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGINT),
        "dies of SIGINT, as CPython"
    );
}

/// The binary under test: `WHIRL_BIN` overrides the one cargo built, to
/// show that a test fails against an older build.
fn whirl_bin() -> String {
    std::env::var("WHIRL_BIN").unwrap_or_else(|_| WHIRL.to_string())
}

/// A port in 23000-23999 for the tests below, one per test and process.
fn high_port(slot: u16) -> u16 {
    23000 + (std::process::id() % 100) as u16 * 10 + slot
}

/// A GET answered within `within`, retried (connects may be dropped while
/// the server's backlog is full).
fn answered_within(port: u16, within: Duration) -> bool {
    let start = Instant::now();
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    while start.elapsed() < within {
        if let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) {
            s.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
            let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            let mut r = String::new();
            let _ = s.read_to_string(&mut r);
            if r.starts_with("HTTP/1.1 200") && r.ends_with("Hello, world") {
                return true;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// Out of descriptors (EMFILE) with the accept backlog full: once the
/// clients go away the server must accept again by itself. (mio's
/// readiness is edge-triggered; a full backlog brings no new edge, so a
/// listener that gave up on EMFILE was wedged for good.)
#[test]
fn descriptor_exhaustion_does_not_wedge_the_listener() {
    let port = high_port(0);
    let mut child = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "ulimit -n 64 && exec '{}' '{}' {port}",
            whirl_bin(),
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/http/server.py")
        ))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("bash runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut line)
        .expect("server prints ready");
    let server = Server { child, port };
    assert_eq!(line.trim(), "ready", "server did not start");
    assert!(answered_within(port, Duration::from_secs(5)));
    // Connect until the backlog is full (connects start timing out).
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let mut held = Vec::new();
    let mut refused = 0;
    while held.len() < 5000 && refused < 3 {
        match TcpStream::connect_timeout(&addr, Duration::from_millis(300)) {
            Ok(s) => held.push(s),
            Err(_) => refused += 1,
        }
    }
    assert!(
        refused >= 3,
        "the backlog never filled ({} held)",
        held.len()
    );
    drop(held);
    assert!(
        answered_within(port, Duration::from_secs(15)),
        "the server never accepted again after running out of descriptors"
    );
    drop(server);
}
