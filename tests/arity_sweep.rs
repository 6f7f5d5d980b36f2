//! The arity sweep (issue 10, point 4): `tests/sweep/arity_sweep.py` calls
//! every builtin function, every method of every builtin type and every
//! function and class of the native modules with 0 to 3 arguments of
//! assorted types, bound and through the class with a wrong `self`; this
//! drives it through the built `whirl` binary in chunks and fails on any
//! panic (Rust's `panicked at` on stderr: a caught one becomes SystemError,
//! an escaped one exits 70), abort (a signal) or hang (a chunk's timeout),
//! naming the call. Exceptions are fine: only crashes are looked for.
//!
//! The script writes `@@ N label` to stderr before call N, so after a crash
//! the harness knows the culprit, records it and resumes after it.
//! Skipped callables (they exit, block, or touch files) are listed with
//! why in the script's `SKIP`.
//!
//! Environment: `SWEEP_TIMEOUT=secs` per chunk (default 30).

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn whirl() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_whirl"))
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/sweep/arity_sweep.py")
}

/// Runs calls `start..end`; returns (exit status or None on timeout, stderr).
fn run_chunk(start: usize, end: usize, timeout: Duration) -> (Option<i32>, String) {
    let mut child = Command::new(whirl())
        .arg(script())
        .arg(start.to_string())
        .arg(end.to_string())
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whirl runs");
    let mut err = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let began = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break Some(st);
        }
        if began.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = reader.join().unwrap_or_default();
    let code = status.map(|st| {
        use std::os::unix::process::ExitStatusExt;
        st.code().unwrap_or_else(|| 128 + st.signal().unwrap_or(0))
    });
    (code, stderr)
}

#[test]
fn no_builtin_panics_aborts_or_hangs() {
    let timeout = Duration::from_secs(
        std::env::var("SWEEP_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(30),
    );
    let out = Command::new(whirl())
        .arg(script())
        .arg("count")
        .output()
        .expect("whirl runs");
    let total: usize = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("the sweep prints its number of calls");
    assert!(total > 10_000, "the sweep found too few callables: {total}");
    // Two chunks at a time (CI machines have two cores).
    let chunks = 8;
    let size = total.div_ceil(chunks);
    let failures = std::sync::Mutex::new(Vec::<String>::new());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let c = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if c >= chunks {
                    return;
                }
                let (mut start, end) = (c * size, ((c + 1) * size).min(total));
                while start < end {
                    let (code, stderr) = run_chunk(start, end, timeout);
                    // A panic in a builtin is caught at the native call
                    // boundary and raised as SystemError, which the script
                    // swallows like any exception: the default hook's
                    // `panicked at` on stderr is what tells, and the `@@`
                    // line before it names the call.
                    let mut label = "";
                    for l in stderr.lines() {
                        if l.starts_with("@@ ") {
                            label = l;
                        } else if l.contains("panicked at") {
                            failures.lock().unwrap().push(format!("{label} panics {l}"));
                        }
                    }
                    if stderr.lines().any(|l| l == "@@ done") && code == Some(0) {
                        break;
                    }
                    let last = stderr.lines().rev().find(|l| l.starts_with("@@ "));
                    let Some(idx) = last
                        .and_then(|l| l.split_whitespace().nth(1))
                        .and_then(|n| n.parse::<usize>().ok())
                    else {
                        failures.lock().unwrap().push(format!(
                            "chunk {start}..{end}: exit {code:?} before any call:\n{stderr}"
                        ));
                        break;
                    };
                    let what = match code {
                        None => "hangs".to_string(),
                        Some(70) => "panics outside any builtin (exit 70)".to_string(),
                        Some(c) => format!("exits with {c}"),
                    };
                    let detail = stderr
                        .lines()
                        .find(|l| l.contains("memory allocation") || l.contains("internal error"))
                        .unwrap_or("");
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{} {what} {detail}", last.unwrap_or_default()));
                    start = idx + 1;
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} builtin call(s) crashed or hung:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
