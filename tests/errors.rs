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
//! Files named `_*.py` are modules the programs import, not programs.
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
        // `_name.py` files are modules the programs import.
        .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
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

/// Syntax errors are coloured on a terminal only, and never with
/// `NO_COLOR` set; the last line stays plain either way. The terminal is a
/// pseudo-terminal made by `script` (util-linux, in every Debian).
#[test]
fn syntax_error_colours_follow_the_terminal_and_no_color() {
    let dir = dir();
    let run = |no_color: Option<&str>, on_terminal: bool| {
        let whirl = env!("CARGO_BIN_EXE_whirl");
        let mut cmd = if on_terminal {
            let mut c = Command::new("script");
            c.arg("-qec")
                .arg(format!("'{whirl}' syntax_assign_in_if.py"))
                .arg("/dev/null");
            c
        } else {
            let mut c = Command::new(whirl);
            c.arg("syntax_assign_in_if.py");
            c
        };
        cmd.current_dir(&dir).env_remove("NO_COLOR");
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let out = cmd.stdin(Stdio::null()).output().expect("runs");
        // `script` puts the terminal's output on its stdout.
        let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&out.stderr));
        text.replace('\r', "")
    };
    let last = "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    let coloured = run(None, true);
    assert!(
        coloured.contains('\x1b'),
        "no colour on a terminal:\n{coloured}"
    );
    assert_eq!(last_line(&coloured), last);
    let empty = run(Some(""), true);
    assert!(empty.contains('\x1b'), "an empty NO_COLOR disables nothing");
    for plain in [run(Some("1"), true), run(None, false)] {
        assert!(
            !plain.contains('\x1b'),
            "colour where none was wanted:\n{plain}"
        );
        assert_eq!(last_line(&plain), last);
    }
}

/// On a terminal, stdout is line-buffered: a printed line shows while the
/// program goes on (into a pipe it is block-buffered, see above).
#[test]
fn stdout_is_line_buffered_on_a_terminal() {
    use std::io::Read;
    let whirl = env!("CARGO_BIN_EXE_whirl");
    let program = "import time\nprint('first')\ntime.sleep(5)\nprint('second')";
    let mut child = Command::new("script")
        .arg("-qec")
        .arg(format!("'{whirl}' -c \"{program}\""))
        .arg("/dev/null")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script runs");
    let mut stdout = child.stdout.take().expect("piped");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 256];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(4);
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("first") {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(chunk) => seen.extend(chunk),
            Err(_) => break,
        }
    }
    let text = String::from_utf8_lossy(&seen).into_owned();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        text.contains("first") && !text.contains("second"),
        "the first line did not show while the program ran: {text:?}"
    );
}
