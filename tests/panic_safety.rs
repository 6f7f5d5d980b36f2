//! The panic safety net (issue 10, DESIGN.md decision 7): a panic in a
//! builtin becomes a `SystemError` naming it, the program goes on, and a
//! tornado server answers that request with a 500 and serves the next.
//! The panic comes from the test-only hook `sys._whirl_panic()`, which
//! exists only when `WHIRL_TEST_PANIC=1` is set at startup.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

const WHIRL: &str = env!("CARGO_BIN_EXE_whirl");

fn script(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("whirl-panic-safety-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn a_panicking_builtin_raises_system_error_and_the_program_goes_on() {
    let p = script(
        "caught.py",
        "import sys\n\
         try:\n    sys._whirl_panic()\nexcept SystemError as e:\n    print('caught', e)\n\
         def deeper(n):\n    return deeper(n - 1) if n else [sys._whirl_panic() for _ in 'x']\n\
         try:\n    deeper(50)\nexcept SystemError:\n    print('caught again')\n\
         def rec(n):\n    return rec(n + 1)\n\
         try:\n    rec(0)\nexcept RecursionError:\n    print('recursion limit intact')\n\
         print('done', sum(range(10)))\n",
    );
    let out = Command::new(WHIRL)
        .arg(&p)
        .env("WHIRL_TEST_PANIC", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(
        stdout.contains(
            "caught whirl internal error in _whirl_panic(): sys._whirl_panic() called \
             (WHIRL_TEST_PANIC=1); please report it"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("caught again\nrecursion limit intact\ndone 45\n"),
        "{stdout}"
    );
    // The default hook still reports it, where the fuzzers look.
    assert!(stderr.contains("panicked at"), "{stderr}");

    // Uncaught, it is an ordinary Python error (exit 1, a traceback).
    let p = script("uncaught.py", "import sys\nsys._whirl_panic()\n");
    let out = Command::new(WHIRL)
        .arg(&p)
        .env("WHIRL_TEST_PANIC", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("SystemError: whirl internal error in _whirl_panic()"),
        "{stderr}"
    );
}

#[test]
fn the_hook_exists_only_when_asked_for() {
    let p = script(
        "absent.py",
        "import sys\nprint(hasattr(sys, '_whirl_panic'))\n",
    );
    let out = Command::new(WHIRL)
        .arg(&p)
        .env_remove("WHIRL_TEST_PANIC")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "False\n");
}

fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn a_panic_in_a_tornado_handler_costs_that_request_only() {
    // A port the kernel just had free (other test binaries pick theirs
    // from fixed ranges, and may run at the same time).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let p = script(
        "server.py",
        "import sys\nfrom tornado import ioloop, web\n\
         class Boom(web.RequestHandler):\n    def get(self):\n        sys._whirl_panic()\n\
         class Hello(web.RequestHandler):\n    def get(self):\n        self.write('Hello')\n\
         app = web.Application([(r'/boom', Boom), (r'/', Hello)])\n\
         app.listen(int(sys.argv[1]), address='127.0.0.1')\n\
         print('ready', flush=True)\n\
         ioloop.IOLoop.current().start()\n",
    );
    let mut child = Command::new(WHIRL)
        .arg(&p)
        .arg(port.to_string())
        .env("WHIRL_TEST_PANIC", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "ready");
    let boom = get(port, "/boom");
    let hello = get(port, "/");
    let boom2 = get(port, "/boom");
    let hello2 = get(port, "/");
    // A panic in the server's own code (its test hook: a malformed request
    // line starting with \x01WHIRL_TEST_PANIC): that connection is closed
    // without an answer, and the next request is served.
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"\x01WHIRL_TEST_PANIC / HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut closed = Vec::new();
    let eof = s.read_to_end(&mut closed).is_ok();
    let hello3 = get(port, "/");
    let alive = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(boom.starts_with("HTTP/1.1 500"), "{boom}");
    assert!(boom2.starts_with("HTTP/1.1 500"), "{boom2}");
    assert!(
        hello.starts_with("HTTP/1.1 200") && hello.ends_with("Hello"),
        "{hello}"
    );
    assert!(
        hello2.starts_with("HTTP/1.1 200") && hello2.ends_with("Hello"),
        "{hello2}"
    );
    assert!(
        eof && closed.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&closed)
    );
    assert!(
        hello3.starts_with("HTTP/1.1 200") && hello3.ends_with("Hello"),
        "{hello3}"
    );
    assert!(alive, "the server died");
}
