//! Differential tests of TCP streams (`tornado.iostream`, `tcpserver`,
//! `tcpclient`): every program `tests/tornado/9NN_*.py` numbered 900 to 939
//! runs through the built `whirl` binary and its stdout (and exit status)
//! must equal what CPython 3.11 with Tornado 6 printed for it (`X.out`,
//! optional `X.exit`, made by `tests/tornado/regen-net`; never edit them by
//! hand). Each program runs in its own process with `tests/tornado/` as the
//! current directory, stdin closed and a timeout, so a hang fails the test
//! instead of stalling it.
//!
//! `TORNADO_TCP_FILTER=substr` runs only the programs whose name contains it.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);

fn programs(dir: &Path) -> Vec<String> {
    let filter = std::env::var("TORNADO_TCP_FILTER").unwrap_or_default();
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/tornado exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.ends_with(".py")
                && n.len() > 4
                && n[..3]
                    .parse::<u32>()
                    .is_ok_and(|k| (900..=939).contains(&k))
                && n.as_bytes()[3] == b'_'
                && n.contains(filter.as_str())
        })
        .collect();
    names.sort();
    names
}

/// Runs one program; (stdout, stderr, exit status or None when killed).
fn run(dir: &Path, file: &str) -> (String, String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whirl"))
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whirl starts");
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait works") {
            break st.code();
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    (
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
        status,
    )
}

#[test]
fn tcp_programs_match_tornado() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tornado");
    let names = programs(&dir);
    assert!(!names.is_empty(), "no programs 900-939 in tests/tornado");
    let mut failures = Vec::new();
    for name in &names {
        let stem = name.trim_end_matches(".py");
        let expected = std::fs::read_to_string(dir.join(format!("{stem}.out")))
            .unwrap_or_else(|_| panic!("{stem}.out is missing: run tests/tornado/regen-net"));
        let expected_status = std::fs::read_to_string(dir.join(format!("{stem}.exit")))
            .ok()
            .and_then(|s| s.trim().parse::<i32>().ok())
            .unwrap_or(0);
        let (out, err, status) = run(&dir, name);
        if out != expected || status != Some(expected_status) {
            let first_diff = out
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(out.lines().count().min(expected.lines().count()));
            let tail: Vec<&str> = err.lines().rev().take(12).collect();
            failures.push(format!(
                "{name}: status {status:?} (expected {expected_status}); first differing line {}\n\
                 --- expected ---\n{expected}--- got ---\n{out}--- stderr (tail) ---\n{}",
                first_diff + 1,
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ:\n\n{}",
        failures.len(),
        names.len(),
        failures.join("\n\n")
    );
}

/// `tornado.process.fork_processes` with a shared listening socket: three
/// workers each serve one connection on the one port (each stops
/// accepting after it), and the parent exits with 0 once all have.
#[test]
fn fork_processes_share_the_listening_socket() {
    use std::io::{BufRead, BufReader};
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tornado_tcp");
    let mut child = Command::new(env!("CARGO_BIN_EXE_whirl"))
        .arg("fork_workers.py")
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("whirl starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut first)
        .expect("the program prints its port");
    let port: u16 = first
        .trim()
        .strip_prefix("port ")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("expected 'port N', got {first:?}"));
    let mut answers = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let stream = loop {
            match std::net::TcpStream::connect(("127.0.0.1", port)) {
                Ok(s) => break s,
                Err(e) if start.elapsed() < TIMEOUT => {
                    let _ = e;
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => panic!("cannot connect: {e}"),
            }
        };
        stream.set_read_timeout(Some(TIMEOUT)).expect("timeout set");
        let mut line = String::new();
        BufReader::new(stream)
            .read_line(&mut line)
            .expect("a worker answers");
        answers.push(line.trim().to_string());
    }
    answers.sort();
    assert_eq!(answers, ["task 0 True", "task 1 True", "task 2 True"]);
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait works") {
            break st;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("the parent did not exit after its workers");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(status.code(), Some(0));
}
