//! Conformance tests: every program in `tests/conformance/` (plus the article's
//! examples in `scripts/article/`) is run through the built `whirl`
//! binary and compared with the output CPython 3.11 produced for it.
//!
//! File conventions, for a program `X.py`:
//!
//! * `X.out`  — the exact expected stdout (required; a missing file is a failure).
//! * `X.exit` — the expected exit status (optional; 0 when absent).
//! * `X.err`  — optional; the expected *last non-empty line* of stderr (an empty
//!   file means stderr must contain no non-empty line). Only the last line is
//!   compared, so tracebacks may differ above it.
//!
//! Each program runs with its own folder as the current directory, its file
//! name as the only argument, stdin closed (`/dev/null`), and a timeout
//! (killed when it expires). All programs run (on a few threads), then the test
//! fails once, listing every failing program with a line diff and the tail of
//! its stderr.
//!
//! Environment:
//! * `CONFORMANCE_FILTER=substr` — only run programs whose path contains `substr`
//!   (several substrings may be given separated by commas).
//! * `CONFORMANCE_TIMEOUT=secs`  — per-program timeout (default 20).
//! * `CONFORMANCE_JOBS=n`        — worker threads (default: available cores, at most 4).
//!
//! The expected files are produced by `tests/conformance/regen`; never edit them by hand.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Output kept per stream; anything beyond is drained and counted, not stored.
const CAPTURE_LIMIT: usize = 8 << 20;
/// How many differing lines of a diff are shown per program.
const DIFF_LINES: usize = 30;
/// How many lines of stderr are shown per failing program.
const STDERR_TAIL: usize = 12;

/// The article's scripts that must run unchanged (relative to the repository root).
const ARTICLE_SCRIPTS: &[&str] = &[
    "scripts/article/generator_basics.py",
    "scripts/article/loop_coroutines.py",
    "scripts/article/tornado_action_handler.py",
    "scripts/article/tornado_action_handler_full.py",
];

struct Case {
    /// Path relative to the repository root, for messages and filtering.
    name: String,
    dir: PathBuf,
    file: String,
}

struct Expected {
    stdout: Vec<u8>,
    status: i32,
    last_err_line: Option<String>,
}

struct Captured {
    bytes: Vec<u8>,
    dropped: usize,
}

struct Outcome {
    stdout: Captured,
    stderr: Captured,
    /// `Some(code)` for a normal exit, `None` when killed by a signal or on timeout.
    status: Option<i32>,
    signal: Option<i32>,
    timed_out: bool,
    elapsed: Duration,
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn whirl_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_whirl"))
}

fn collect_cases(root: &Path) -> Vec<Case> {
    let corpus = root.join("tests").join("conformance");
    let mut files: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", corpus.display()))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".py"))
        .collect();
    files.sort();
    let mut cases: Vec<Case> = files
        .into_iter()
        .map(|file| Case {
            name: format!("tests/conformance/{file}"),
            dir: corpus.clone(),
            file,
        })
        .collect();
    for rel in ARTICLE_SCRIPTS {
        let path = root.join(rel);
        cases.push(Case {
            name: rel.to_string(),
            dir: path.parent().unwrap().to_path_buf(),
            file: path.file_name().unwrap().to_string_lossy().into_owned(),
        });
    }
    if let Ok(filter) = std::env::var("CONFORMANCE_FILTER") {
        let subs: Vec<&str> = filter
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if !subs.is_empty() {
            cases.retain(|c| subs.iter().any(|s| c.name.contains(s)));
        }
    }
    cases
}

fn load_expected(case: &Case) -> Result<Expected, String> {
    let stem = case.file.strip_suffix(".py").unwrap();
    let out_path = case.dir.join(format!("{stem}.out"));
    let stdout = std::fs::read(&out_path).map_err(|e| {
        format!(
            "missing expected output {} ({e}); run tests/conformance/regen",
            out_path.display()
        )
    })?;
    let exit_path = case.dir.join(format!("{stem}.exit"));
    let status = match std::fs::read_to_string(&exit_path) {
        Ok(text) => text
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("bad exit status in {}: {e}", exit_path.display()))?,
        Err(_) => 0,
    };
    let err_path = case.dir.join(format!("{stem}.err"));
    let last_err_line = std::fs::read_to_string(&err_path)
        .ok()
        .map(|text| text.trim_end().to_string());
    Ok(Expected {
        stdout,
        status,
        last_err_line,
    })
}

/// Read a stream to its end on a thread; the result arrives on the returned channel.
fn spawn_reader<R: Read + Send + 'static>(mut stream: R) -> mpsc::Receiver<Captured> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let mut dropped = 0usize;
        let mut buf = [0u8; 8192];
        loop {
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    let room = CAPTURE_LIMIT.saturating_sub(bytes.len());
                    let keep = room.min(n);
                    bytes.extend_from_slice(&buf[..keep]);
                    dropped += n - keep;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        let _ = tx.send(Captured { bytes, dropped });
    });
    rx
}

/// The captured output, waiting until `grace_end` at most for the end of the stream: a
/// process the program started may still hold the pipe open after it exited.
fn collect(rx: mpsc::Receiver<Captured>, grace_end: Instant, what: &str) -> Captured {
    let wait = grace_end.saturating_duration_since(Instant::now());
    rx.recv_timeout(wait).unwrap_or_else(|_| Captured {
        bytes: format!("[{what} still held open by another process after exit; output lost]\n")
            .into_bytes(),
        dropped: 0,
    })
}

fn run_case(bin: &Path, case: &Case, timeout: Duration) -> Result<Outcome, String> {
    let start = Instant::now();
    let mut child = Command::new(bin)
        .arg(&case.file)
        .current_dir(&case.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("RUST_BACKTRACE", "1")
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let out_reader = spawn_reader(child.stdout.take().unwrap());
    let err_reader = spawn_reader(child.stderr.take().unwrap());
    let mut timed_out = false;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if start.elapsed() >= timeout {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().map_err(|e| format!("wait failed: {e}"))?;
                }
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("try_wait failed: {e}"));
            }
        }
    };
    let elapsed = start.elapsed();
    let grace_end = Instant::now() + Duration::from_secs(5);
    let stdout = collect(out_reader, grace_end, "stdout");
    let stderr = collect(err_reader, grace_end, "stderr");
    #[cfg(unix)]
    let signal = std::os::unix::process::ExitStatusExt::signal(&status);
    #[cfg(not(unix))]
    let signal = None;
    Ok(Outcome {
        stdout,
        stderr,
        status: if timed_out { None } else { status.code() },
        signal,
        timed_out,
        elapsed,
    })
}

fn last_nonempty_line(text: &str) -> Option<&str> {
    text.lines()
        .rev()
        .map(str::trim_end)
        .find(|line| !line.is_empty())
}

/// Compare one program's run with its expectations; `Some(report)` when it fails.
fn check_case(bin: &Path, case: &Case, timeout: Duration) -> Option<String> {
    let expected = match load_expected(case) {
        Ok(expected) => expected,
        Err(msg) => return Some(format!("{}\n  {msg}\n", case.name)),
    };
    let outcome = match run_case(bin, case, timeout) {
        Ok(outcome) => outcome,
        Err(msg) => return Some(format!("{}\n  {msg}\n", case.name)),
    };
    let stderr_text = String::from_utf8_lossy(&outcome.stderr.bytes);
    let mut problems: Vec<String> = Vec::new();
    if outcome.timed_out {
        problems.push(format!(
            "timed out after {:.1} s (killed)",
            timeout.as_secs_f64()
        ));
    } else if outcome.status != Some(expected.status) {
        let got = match (outcome.status, outcome.signal) {
            (Some(code), _) => format!("{code}"),
            (None, Some(sig)) => format!("killed by signal {sig}"),
            (None, None) => "unknown".to_string(),
        };
        problems.push(format!(
            "exit status: expected {}, got {got}",
            expected.status
        ));
    }
    if outcome.stdout.bytes != expected.stdout || outcome.stdout.dropped > 0 {
        let mut msg = String::from("stdout differs (- expected, + got):\n");
        msg.push_str(&render_diff(
            &String::from_utf8_lossy(&expected.stdout),
            &String::from_utf8_lossy(&outcome.stdout.bytes),
        ));
        if outcome.stdout.dropped > 0 {
            let _ = writeln!(
                msg,
                "    (stdout truncated: {} more bytes not kept)",
                outcome.stdout.dropped
            );
        }
        problems.push(msg);
    }
    if let Some(want) = &expected.last_err_line {
        let got = last_nonempty_line(&stderr_text).unwrap_or("");
        if got != want.as_str() {
            problems.push(format!(
                "last line of stderr: expected {:?}, got {:?}",
                want, got
            ));
        }
    }
    if stderr_text.contains("panicked at") {
        problems.push("whirl panicked (a panic is always a bug)".to_string());
    }
    if problems.is_empty() {
        return None;
    }
    let mut report = format!("{}  [{:.2} s]\n", case.name, outcome.elapsed.as_secs_f64());
    for p in problems {
        for (i, line) in p.lines().enumerate() {
            let _ = writeln!(report, "{}{}", if i == 0 { "  * " } else { "  " }, line);
        }
    }
    let lines: Vec<&str> = stderr_text.lines().collect();
    if !lines.is_empty() {
        let skip = lines.len().saturating_sub(STDERR_TAIL);
        let _ = writeln!(
            report,
            "  stderr{}:",
            if skip > 0 {
                format!(" (last {STDERR_TAIL} of {} lines)", lines.len())
            } else {
                String::new()
            }
        );
        for line in &lines[skip..] {
            let _ = writeln!(report, "    | {line}");
        }
    }
    Some(report)
}

// ---------------------------------------------------------------------------
// A small line diff (LCS), rendered unified-style with a little context.

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same(usize, usize),
    Del(usize),
    Ins(usize),
}

fn split_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(|l| l.to_string()).collect();
    if let Some(last) = lines.last_mut() {
        if !last.ends_with('\n') {
            last.push_str("\u{0}NO-NEWLINE");
        }
    }
    lines
}

fn diff_ops(a: &[String], b: &[String]) -> Vec<Op> {
    // Trim the common prefix and suffix, then LCS on the middle if it is small enough.
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let (am, bm) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let mut ops: Vec<Op> = (0..pre).map(|i| Op::Same(i, i)).collect();
    let (n, m) = (am.len(), bm.len());
    if n.saturating_mul(m) <= 4_000_000 {
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        let idx = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[idx(i, j)] = if am[i] == bm[j] {
                    lcs[idx(i + 1, j + 1)] + 1
                } else {
                    lcs[idx(i + 1, j)].max(lcs[idx(i, j + 1)])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push(Op::Same(pre + i, pre + j));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[idx(i + 1, j)] >= lcs[idx(i, j + 1)]) {
                ops.push(Op::Del(pre + i));
                i += 1;
            } else {
                ops.push(Op::Ins(pre + j));
                j += 1;
            }
        }
    } else {
        // Too big for a quadratic table: pair the lines up by position.
        for k in 0..n.max(m) {
            if k < n && k < m && am[k] == bm[k] {
                ops.push(Op::Same(pre + k, pre + k));
                continue;
            }
            if k < n {
                ops.push(Op::Del(pre + k));
            }
            if k < m {
                ops.push(Op::Ins(pre + k));
            }
        }
    }
    ops.extend((0..suf).map(|k| Op::Same(a.len() - suf + k, b.len() - suf + k)));
    ops
}

fn show_line(line: &str) -> String {
    let (body, no_newline) = match line.strip_suffix("\u{0}NO-NEWLINE") {
        Some(body) => (body, true),
        None => (line.strip_suffix('\n').unwrap_or(line), false),
    };
    let needs_escape = body.ends_with(' ')
        || body.ends_with('\t')
        || body.chars().any(|c| c.is_control() && c != '\t');
    let mut shown = if needs_escape {
        format!("{body:?}")
    } else {
        body.to_string()
    };
    if no_newline {
        shown.push_str("  (no newline at end)");
    }
    shown
}

fn render_diff(expected: &str, got: &str) -> String {
    let a = split_lines(expected);
    let b = split_lines(got);
    let ops = diff_ops(&a, &b);
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| !matches!(op, Op::Same(..)))
        .map(|(k, _)| k)
        .collect();
    let mut out = String::new();
    if changed.is_empty() {
        out.push_str("    (identical text; the bytes differ, e.g. invalid UTF-8)\n");
        return out;
    }
    const CONTEXT: usize = 2;
    let mut shown_changes = 0;
    let mut last_printed: Option<usize> = None;
    for (k, op) in ops.iter().enumerate() {
        let near = changed
            .iter()
            .any(|&c| c + CONTEXT >= k && k + CONTEXT >= c);
        if !near {
            continue;
        }
        if shown_changes >= DIFF_LINES {
            break;
        }
        if last_printed.map_or(k > 0, |p| k > p + 1) {
            let (ai, bi) = position(&ops, k);
            let _ = writeln!(
                out,
                "    @@ expected line {} / got line {} @@",
                ai + 1,
                bi + 1
            );
        }
        match *op {
            Op::Same(i, _) => {
                let _ = writeln!(out, "      {}", show_line(&a[i]));
            }
            Op::Del(i) => {
                let _ = writeln!(out, "    - {}", show_line(&a[i]));
                shown_changes += 1;
            }
            Op::Ins(j) => {
                let _ = writeln!(out, "    + {}", show_line(&b[j]));
                shown_changes += 1;
            }
        }
        last_printed = Some(k);
    }
    if changed.len() > shown_changes {
        let _ = writeln!(
            out,
            "    ... and {} more differing lines",
            changed.len() - shown_changes
        );
    }
    let _ = writeln!(
        out,
        "    ({} lines expected, {} lines got)",
        a.len(),
        b.len()
    );
    out
}

/// Line numbers (0-based) in expected and got at which op `k` starts.
fn position(ops: &[Op], k: usize) -> (usize, usize) {
    let (mut ai, mut bi) = (0, 0);
    for op in &ops[..k] {
        match op {
            Op::Same(..) => {
                ai += 1;
                bi += 1;
            }
            Op::Del(_) => ai += 1,
            Op::Ins(_) => bi += 1,
        }
    }
    (ai, bi)
}

// ---------------------------------------------------------------------------

#[test]
fn conformance() {
    let root = repo_root();
    let bin = whirl_bin();
    let cases = collect_cases(&root);
    assert!(
        !cases.is_empty(),
        "no conformance programs selected (CONFORMANCE_FILTER={:?})",
        std::env::var("CONFORMANCE_FILTER").ok()
    );
    let timeout = Duration::from_secs_f64(
        std::env::var("CONFORMANCE_TIMEOUT")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(20.0),
    );
    let jobs = std::env::var("CONFORMANCE_JOBS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .min(4)
        })
        .max(1);

    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    let started = Instant::now();
    thread::scope(|scope| {
        for _ in 0..jobs.min(cases.len()) {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(k) else { break };
                if let Some(report) = check_case(&bin, case, timeout) {
                    failures.lock().unwrap().push((k, report));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|(k, _)| *k);
    let passed = cases.len() - failures.len();
    println!(
        "conformance: {passed} passed, {} failed, of {} programs ({:.1} s, {jobs} threads)",
        failures.len(),
        cases.len(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        return;
    }
    let mut report = String::new();
    let _ = writeln!(
        report,
        "\n{} of {} conformance programs failed:",
        failures.len(),
        cases.len()
    );
    for (k, _) in &failures {
        let _ = writeln!(report, "  {}", cases[*k].name);
    }
    for (_, detail) in &failures {
        let _ = writeln!(report, "\n{detail}");
    }
    let _ = writeln!(
        report,
        "(rerun some with CONFORMANCE_FILTER=name[,name...] cargo test --release --test conformance)"
    );
    println!("{report}");
    panic!(
        "{} of {} conformance programs failed (see the report above)",
        failures.len(),
        cases.len()
    );
}
