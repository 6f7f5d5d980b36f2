//! Error rendering snapshots: every program in `tests/errors/` fails, and
//! what whirl prints for it is compared with
//!
//! * `X.stderr` — whirl's own full rendering (ariadne for syntax errors,
//!   without colour since stderr is a pipe). `UPDATE_SNAPSHOTS=1` rewrites
//!   these from the current binary instead of comparing.
//! * `X.cpython_last` — the last line CPython 3.11 printed: whirl's last
//!   stderr line must be the same (`SyntaxError: ...`, `KeyError: 'k'`).
//! * `X.cpython` — for runtime errors, CPython's whole traceback, which
//!   whirl's must equal: layout, source lines, `^^^`/`~~^~~` markers and
//!   "Did you mean" included.
//! * `X.stdout` — what the program printed before failing (none if absent).
//!
//! Programs run with `tests/errors/` as the current directory and their
//! file name as argument; the folder's absolute path is removed from
//! stderr (tracebacks show absolute script paths, as CPython's do). The
//! `cpython*` and `stdout` files come from `tests/errors/regen`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors")
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// Lines of `expected` and `actual`, marked `-`/`+` where they differ.
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    // Longest common subsequence table, outputs being a few dozen lines.
    let mut lcs = vec![vec![0usize; a.len() + 1]; e.len() + 1];
    for i in (0..e.len()).rev() {
        for j in (0..a.len()).rev() {
            lcs[i][j] = if e[i] == a[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < e.len() || j < a.len() {
        if i < e.len() && j < a.len() && e[i] == a[j] {
            let _ = writeln!(out, "    {}", e[i]);
            i += 1;
            j += 1;
        } else if j < a.len() && (i == e.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "  + {}", a[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "  - {}", e[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn error_renderings() {
    let dir = dir();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v != "0");
    let mut programs: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/errors exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    programs.sort();
    assert!(
        programs.len() >= 30,
        "at least 30 error programs expected, found {}",
        programs.len()
    );
    let prefix = format!("{}/", dir.display());
    let mut failures = String::new();
    for file in &programs {
        let base = dir.join(file.trim_end_matches(".py"));
        let with = |ext: &str| base.with_extension(ext);
        let out = Command::new(env!("CARGO_BIN_EXE_whirl"))
            .arg(file)
            .current_dir(&dir)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .expect("whirl runs");
        let stderr = String::from_utf8_lossy(&out.stderr).replace(&prefix, "");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut problems = String::new();
        if out.status.code() != Some(1) {
            let _ = writeln!(problems, "exit status {:?}, expected 1", out.status.code());
        }
        match read(&with("cpython_last")) {
            None => problems.push_str("no .cpython_last (run tests/errors/regen)\n"),
            Some(want) if last_line(&want) != last_line(&stderr) => {
                let _ = writeln!(
                    problems,
                    "last line differs from CPython's:\n  - {}\n  + {}",
                    last_line(&want),
                    last_line(&stderr)
                );
            }
            Some(_) => {}
        }
        if let Some(want) = read(&with("cpython")) {
            if want != stderr {
                let _ = write!(
                    problems,
                    "traceback differs from CPython's:\n{}",
                    diff(&want, &stderr)
                );
            }
        }
        let want_stdout = read(&with("stdout")).unwrap_or_default();
        if want_stdout != stdout {
            let _ = write!(
                problems,
                "stdout differs from CPython's:\n{}",
                diff(&want_stdout, &stdout)
            );
        }
        let snapshot = with("stderr");
        if update {
            std::fs::write(&snapshot, &stderr).expect("snapshot written");
        } else {
            match read(&snapshot) {
                None => problems.push_str("no .stderr snapshot (UPDATE_SNAPSHOTS=1 writes it)\n"),
                Some(want) if want != stderr => {
                    let _ = write!(
                        problems,
                        "rendering differs from the snapshot:\n{}",
                        diff(&want, &stderr)
                    );
                }
                Some(_) => {}
            }
        }
        if !problems.is_empty() {
            let _ = write!(failures, "\n== tests/errors/{file}\n{problems}");
        }
    }
    assert!(
        failures.is_empty(),
        "error renderings differ:{failures}\n(UPDATE_SNAPSHOTS=1 cargo test --release --test errors rewrites the .stderr snapshots)"
    );
}

/// With stdout and stderr going into one pipe, output keeps the order the
/// program wrote it in: stdout is flushed whenever stderr is written and
/// before a traceback, and nothing buffered is lost at exit.
#[test]
fn stdout_and_stderr_interleave_in_order() {
    let program = "import sys\n\
                   print('one')\n\
                   print('two', file=sys.stderr)\n\
                   print('three')\n\
                   sys.stderr.write('four\\n')\n\
                   for i in range(3):\n    print('line', i)\n\
                   1 / 0\n";
    let out = Command::new("sh")
        .arg("-c")
        .arg("\"$0\" -c \"$1\" 2>&1")
        .arg(env!("CARGO_BIN_EXE_whirl"))
        .arg(program)
        .stdin(Stdio::null())
        .output()
        .expect("sh runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text,
        "one\ntwo\nthree\nfour\nline 0\nline 1\nline 2\n\
         Traceback (most recent call last):\n  File \"<string>\", line 8, in <module>\n\
         ZeroDivisionError: division by zero\n"
    );
}
