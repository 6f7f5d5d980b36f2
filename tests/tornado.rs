//! The tornado corpus: every program in `tests/tornado/` is run through the
//! built `whirl` binary and its stdout and exit status are compared with what
//! CPython 3.11 with real Tornado 6 produced (`X.out`, optional `X.exit`, made
//! by `tests/tornado/regen`; never edit them by hand).
//!
//! Each program runs with its own folder as the current directory, stdin
//! closed and a 20 s timeout. Programs that serve use a fixed port
//! (21000 + their number), so they run one after another. All programs run,
//! then the test fails once, listing each failing program with a diff of its
//! stdout and the tail of its stderr.
//!
//! `TORNADO_FILTER=substr[,substr]` runs only the programs whose name
//! contains one of the substrings.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
/// Differing lines shown per program.
const DIFF_LINES: usize = 30;
/// Lines of stderr shown per failing program.
const STDERR_TAIL: usize = 12;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("tornado")
}

fn programs(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".py") && name.as_bytes()[0].is_ascii_digit())
        .collect();
    files.sort();
    if let Ok(filter) = std::env::var("TORNADO_FILTER") {
        let subs: Vec<String> = filter
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if !subs.is_empty() {
            files.retain(|f| subs.iter().any(|s| f.contains(s.as_str())));
        }
    }
    files
}

/// Reads a pipe to its end on a thread.
fn reader<R: Read + Send + 'static>(mut stream: R) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stream.read_to_end(&mut bytes);
        bytes
    })
}

struct Run {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// None when killed (timeout or signal).
    status: Option<i32>,
    timed_out: bool,
    elapsed: Duration,
}

fn run(dir: &Path, file: &str) -> Result<Run, String> {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_whirl"))
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start whirl: {e}"))?;
    let out = reader(child.stdout.take().expect("piped stdout"));
    let err = reader(child.stderr.take().expect("piped stderr"));
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| format!("wait failed: {e}"))?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("try_wait failed: {e}"));
            }
        }
    };
    Ok(Run {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        status: if timed_out { None } else { status.code() },
        timed_out,
        elapsed: start.elapsed(),
    })
}

/// Expected and actual lines side by side from the first difference on.
fn diff(expected: &str, got: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    let first = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = String::new();
    let _ = writeln!(out, "first difference at line {}:", first + 1);
    for i in first..a.len().max(b.len()).min(first + DIFF_LINES) {
        match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) if x == y => {
                let _ = writeln!(out, "    {x}");
            }
            (x, y) => {
                if let Some(x) = x {
                    let _ = writeln!(out, "  - {x}");
                }
                if let Some(y) = y {
                    let _ = writeln!(out, "  + {y}");
                }
            }
        }
    }
    if expected.ends_with('\n') != got.ends_with('\n') {
        let _ = writeln!(out, "  (final newline differs)");
    }
    out
}

fn check(dir: &Path, file: &str) -> Option<String> {
    let stem = file.trim_end_matches(".py");
    let expected = match std::fs::read(dir.join(format!("{stem}.out"))) {
        Ok(bytes) => bytes,
        Err(e) => {
            return Some(format!(
                "{file}: no {stem}.out ({e}); run tests/tornado/regen\n"
            ))
        }
    };
    let expected_status = std::fs::read_to_string(dir.join(format!("{stem}.exit")))
        .ok()
        .and_then(|s| s.trim().parse::<i32>().ok())
        .unwrap_or(0);
    let run = match run(dir, file) {
        Ok(run) => run,
        Err(e) => return Some(format!("{file}: {e}\n")),
    };
    let stderr = String::from_utf8_lossy(&run.stderr);
    let mut problems = Vec::new();
    if run.timed_out {
        problems.push(format!("timed out after {} s", TIMEOUT.as_secs()));
    } else if run.status != Some(expected_status) {
        problems.push(format!(
            "exit status: expected {expected_status}, got {:?}",
            run.status
        ));
    }
    if run.stdout != expected {
        problems.push(diff(
            &String::from_utf8_lossy(&expected),
            &String::from_utf8_lossy(&run.stdout),
        ));
    }
    if stderr.contains("panicked at") {
        problems.push("whirl panicked".to_string());
    }
    if problems.is_empty() {
        return None;
    }
    let mut report = format!("{file}  [{:.2} s]\n", run.elapsed.as_secs_f64());
    for p in problems {
        for line in p.lines() {
            let _ = writeln!(report, "  {line}");
        }
    }
    let lines: Vec<&str> = stderr.lines().collect();
    if !lines.is_empty() {
        let _ = writeln!(report, "  stderr (last lines):");
        for line in &lines[lines.len().saturating_sub(STDERR_TAIL)..] {
            let _ = writeln!(report, "    | {line}");
        }
    }
    Some(report)
}

#[test]
fn tornado_corpus_matches_real_tornado() {
    let dir = corpus_dir();
    let files = programs(&dir);
    assert!(!files.is_empty(), "no programs in {}", dir.display());
    let failures: Vec<String> = files.iter().filter_map(|f| check(&dir, f)).collect();
    if !failures.is_empty() {
        panic!(
            "{} of {} tornado programs differ from real Tornado:\n\n{}",
            failures.len(),
            files.len(),
            failures.join("\n")
        );
    }
}
