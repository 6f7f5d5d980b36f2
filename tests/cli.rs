//! The `whirl` command line as a user sees it: options, arguments, exit
//! statuses, tracebacks and syntax errors. Scripts are written into a fresh
//! folder under the system temp dir. Every run has stdin closed and a timeout,
//! and a panic message on stderr always fails the test.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn last_stderr_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .map(str::trim_end)
            .find(|l| !l.is_empty())
            .unwrap_or("")
    }

    fn describe(&self) -> String {
        format!(
            "status: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.status, self.stdout, self.stderr
        )
    }
}

fn whirl_bin() -> &'static str {
    env!("CARGO_BIN_EXE_whirl")
}

/// Run whirl with `args` in `cwd`, stdin closed, killed after TIMEOUT.
fn run_in(cwd: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(whirl_bin())
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", whirl_bin()));
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_t = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("whirl {args:?} did not finish within {TIMEOUT:?}");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let run = Run {
        status: status.code(),
        stdout: String::from_utf8_lossy(&out_t.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_t.join().unwrap()).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked at"),
        "whirl {args:?} panicked (a panic is always a bug):\n{}",
        run.describe()
    );
    run
}

fn run(args: &[&str]) -> Run {
    run_in(&std::env::temp_dir(), args)
}

/// A new empty folder for one test, removed when dropped.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(tag: &str) -> TempDir {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "whirl-cli-{}-{}-{tag}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    TempDir(dir)
}

fn write_script(dir: &Path, name: &str, source: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write script");
    path
}

/// Lines made only of `^`/`~` markers (CPython 3.11's error location lines) are
/// allowed in tracebacks but not required; drop them before comparing.
fn without_caret_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| {
            let t = l.trim();
            t.is_empty() || !t.chars().all(|c| c == '^' || c == '~')
        })
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The path whirl may print for a script: as given, or canonicalized.
fn accepted_paths(path: &Path) -> Vec<String> {
    let mut paths = vec![path.display().to_string()];
    if let Ok(canon) = path.canonicalize() {
        let c = canon.display().to_string();
        if !paths.contains(&c) {
            paths.push(c);
        }
    }
    paths
}

fn assert_traceback(stderr: &str, script: &Path, expected_with_path: impl Fn(&str) -> Vec<String>) {
    let got = without_caret_lines(stderr);
    let ok = accepted_paths(script)
        .iter()
        .any(|p| got == expected_with_path(p));
    assert!(
        ok,
        "traceback differs.\n--- expected (ignoring ^~~ marker lines) ---\n{}\n--- got ---\n{}",
        expected_with_path(&script.display().to_string()).join("\n"),
        stderr
    );
}

#[test]
fn version_prints_a_version_and_exits_0() {
    let r = run(&["--version"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert!(
        r.stdout.contains(env!("CARGO_PKG_VERSION")),
        "--version should print {} on stdout\n{}",
        env!("CARGO_PKG_VERSION"),
        r.describe()
    );
}

#[test]
fn help_exits_0() {
    let r = run(&["--help"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert!(
        r.stdout.to_lowercase().contains("whirl"),
        "--help should describe whirl\n{}",
        r.describe()
    );
}

#[test]
fn dash_c_runs_a_statement() {
    let r = run(&["-c", "print(1+1)"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert_eq!(r.stdout, "2\n", "{}", r.describe());
}

#[test]
fn script_arguments_become_sys_argv() {
    let dir = temp_dir("argv");
    write_script(&dir, "script.py", "import sys\nprint(sys.argv)\n");
    let r = run_in(&dir, &["script.py", "a", "b"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert_eq!(r.stdout, "['script.py', 'a', 'b']\n", "{}", r.describe());
}

#[test]
fn uncaught_exception_prints_a_traceback_and_exits_1() {
    let dir = temp_dir("traceback");
    let script = write_script(
        &dir,
        "top.py",
        "x = 1\nprint('before')\nraise ValueError(\"boom\")\n",
    );
    let arg = script.display().to_string();
    let r = run(&[&arg]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert_eq!(
        r.stdout,
        "before\n",
        "stdout must be flushed before the traceback\n{}",
        r.describe()
    );
    assert_traceback(&r.stderr, &script, |p| {
        vec![
            "Traceback (most recent call last):".to_string(),
            format!("  File \"{p}\", line 3, in <module>"),
            "    raise ValueError(\"boom\")".to_string(),
            "ValueError: boom".to_string(),
        ]
    });
}

#[test]
fn traceback_includes_a_frame_inside_a_generator() {
    let dir = temp_dir("gen-traceback");
    let source = "def gen():\n    yield 1\n    raise ValueError(\"boom\")\n\n\ndef main():\n    for x in gen():\n        print(x)\n\n\nmain()\n";
    let script = write_script(&dir, "tb.py", source);
    let arg = script.display().to_string();
    let r = run(&[&arg]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert_eq!(r.stdout, "1\n", "{}", r.describe());
    assert_eq!(r.last_stderr_line(), "ValueError: boom", "{}", r.describe());
    assert_traceback(&r.stderr, &script, |p| {
        vec![
            "Traceback (most recent call last):".to_string(),
            format!("  File \"{p}\", line 11, in <module>"),
            "    main()".to_string(),
            format!("  File \"{p}\", line 7, in main"),
            "    for x in gen():".to_string(),
            format!("  File \"{p}\", line 3, in gen"),
            "    raise ValueError(\"boom\")".to_string(),
            "ValueError: boom".to_string(),
        ]
    });
}

#[test]
fn sys_exit_with_a_number_sets_the_status() {
    let dir = temp_dir("exit3");
    write_script(
        &dir,
        "exit3.py",
        "import sys\nprint('bye')\nsys.exit(3)\nprint('not reached')\n",
    );
    let r = run_in(&dir, &["exit3.py"]);
    assert_eq!(r.status, Some(3), "{}", r.describe());
    assert_eq!(r.stdout, "bye\n", "{}", r.describe());
    assert_eq!(
        r.stderr.trim(),
        "",
        "sys.exit(3) writes nothing to stderr\n{}",
        r.describe()
    );
}

#[test]
fn sys_exit_with_a_message_prints_it_and_exits_1() {
    let dir = temp_dir("exitmsg");
    write_script(&dir, "exitmsg.py", "import sys\nsys.exit(\"msg\")\n");
    let r = run_in(&dir, &["exitmsg.py"]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert_eq!(r.stderr.trim_end(), "msg", "{}", r.describe());
    assert_eq!(r.stdout, "", "{}", r.describe());
}

#[test]
fn syntax_error_exits_1_before_running_anything() {
    let dir = temp_dir("syntax");
    for (name, source) in [
        ("unclosed.py", "print('before')\nx = (1,\n"),
        ("badparam.py", "print('before')\ndef f(:\n    pass\n"),
    ] {
        write_script(&dir, name, source);
        let r = run_in(&dir, &[name]);
        assert_eq!(r.status, Some(1), "{name}: {}", r.describe());
        assert_eq!(
            r.stdout,
            "",
            "{name}: nothing may run before a syntax error\n{}",
            r.describe()
        );
        assert!(
            r.last_stderr_line().starts_with("SyntaxError: "),
            "{name}: the last stderr line must start with 'SyntaxError: '\n{}",
            r.describe()
        );
    }
}

#[test]
fn syntax_error_on_a_4_mb_line_is_reported_at_once() {
    // The drawing used to cost a system call per character of the line
    // (seconds a megabyte); CPython reports it in well under a second.
    let dir = temp_dir("long-line");
    let source = format!("x = {} b\n", "a".repeat(4_000_000));
    write_script(&dir, "long.py", &source);
    let start = Instant::now();
    let r = run_in(&dir, &["long.py"]);
    let took = start.elapsed();
    assert_eq!(r.status, Some(1), "{}", r.last_stderr_line());
    assert_eq!(r.last_stderr_line(), "SyntaxError: invalid syntax");
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn scripts_are_decoded_as_their_coding_cookie_says() {
    // CPython's tokenizer messages for the script it runs (an imported
    // module's come from compile(): conformance 1071).
    let dir = temp_dir("coding");
    let cases: [(&str, &[u8], Option<&str>); 5] = [
        ("latin9.py", b"# -*- coding: iso8859-15 -*-\nprint(ascii('\xa4'))\n", None),
        (
            "no_cookie.py",
            b"x = 1\ny = '\xa4'\n",
            Some("SyntaxError: Non-UTF-8 code starting with '\\xa4' in file no_cookie.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
        ),
        ("unknown.py", b"# coding: foo-bar\nx = 1\n", Some("SyntaxError: encoding problem: foo-bar")),
        ("undecodable.py", b"# coding: ascii\nx = '\xa4'\n", Some("SyntaxError: encoding problem: ascii")),
        (
            "bom.py",
            b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
            Some("SyntaxError: encoding problem: iso-8859-1 with BOM"),
        ),
    ];
    for (name, bytes, error) in cases {
        // Test code: a temporary file the test writes, no user input.
        std::fs::write(dir.join(name), bytes).unwrap();
        let r = run_in(&dir, &[name]);
        match error {
            None => {
                assert_eq!(r.status, Some(0), "{name}: {}", r.describe());
                assert_eq!(r.stdout, "'\\u20ac'\n", "{name}: {}", r.describe());
            }
            Some(message) => {
                assert_eq!(r.status, Some(1), "{name}: {}", r.describe());
                assert_eq!(r.last_stderr_line(), message, "{name}: {}", r.describe());
            }
        }
    }
}

#[test]
fn indentation_errors_exit_1() {
    let dir = temp_dir("indent");
    for (name, source) in [
        ("missing_block.py", "if True:\nprint(1)\n"),
        ("unexpected.py", "x = 1\n    y = 2\n"),
    ] {
        write_script(&dir, name, source);
        let r = run_in(&dir, &[name]);
        assert_eq!(r.status, Some(1), "{name}: {}", r.describe());
        assert_eq!(r.stdout, "", "{name}: {}", r.describe());
        assert!(
            r.last_stderr_line().starts_with("IndentationError: "),
            "{name}: the last stderr line must start with 'IndentationError: '\n{}",
            r.describe()
        );
    }
}

#[test]
fn missing_script_is_an_error_not_a_panic() {
    let dir = temp_dir("missing");
    let r = run_in(&dir, &["no_such_script.py"]);
    assert!(matches!(r.status, Some(s) if s != 0), "{}", r.describe());
    assert!(
        r.stderr.contains("no_such_script.py"),
        "stderr should name the file\n{}",
        r.describe()
    );
}

#[test]
fn no_arguments_with_stdin_closed_terminates() {
    // Today: a REPL placeholder. Later: the REPL, which must exit at end of input.
    let r = run(&[]);
    assert!(r.status.is_some(), "{}", r.describe());
}

/// Runs `source` with `-c` and returns (stdout, last stderr line), asserting
/// it did not panic.
fn run_source(source: &str) -> Run {
    let r = run(&["-c", source]);
    assert!(!r.stderr.contains("panicked"), "{}", r.describe());
    r
}

#[test]
fn re_lookaround_backreferences_and_atomic_groups_match_as_cpython() {
    // Once refused by the old engine; now run by the backtracking engine.
    let cases = [
        (r"(?<=a)b", "ab", "(1, 2)"),
        (r"(?<!a)b", "ab cb", "(4, 5)"),
        (r"a(?=b)", "acab", "(2, 3)"),
        (r"a(?!b)", "abac", "(2, 3)"),
        (r"(a)\1", "xaa", "(1, 3)"),
        (r"(?P<x>a)(?P=x)", "aa", "(0, 2)"),
        (r"(?>a+)a", "aaa", "None"),
        (r"a++b", "aab", "(0, 3)"),
        (r"(<)?a(?(1)>)", "<a>", "(0, 3)"),
    ];
    for (pattern, text, span) in cases {
        let source =
            format!("import re\nm = re.search({pattern:?}, {text:?})\nprint(m and m.span())\n");
        let r = run_source(&source);
        assert_eq!(r.status, Some(0), "{}", r.describe());
        assert_eq!(
            r.stdout,
            format!("{span}\n"),
            "pattern {pattern}: {}",
            r.describe()
        );
    }
    // \b knows Python's Unicode \w on non-ASCII text.
    let r = run_source(
        "import re\nprint(re.findall(r'\\bc\\w+', 'a cat'), re.findall(r'\\bcaf\\b', 'café'), re.findall(r'\\bcafé\\b', 'un café!'))\n",
    );
    assert_eq!(r.stdout, "['cat'] [] ['café']\n", "{}", r.describe());
}

#[test]
fn features_outside_the_subset_fail_with_an_error_naming_them() {
    let cases: &[(&str, &str)] = &[(
        "import threading\nthreading.Thread(target=print).start()\n",
        "RuntimeError: can't start new thread: whirl runs Python code in a single thread, \
             so a thread cannot run concurrently",
    )];
    let dir = temp_dir("subset");
    for (i, (source, last_line)) in cases.iter().enumerate() {
        let name = format!("case{i}.py");
        write_script(&dir, &name, source);
        let r = run_in(&dir, &[&name]);
        assert!(!r.stderr.contains("panicked"), "{}", r.describe());
        assert_eq!(r.status, Some(1), "{source}\n{}", r.describe());
        assert_eq!(
            r.last_stderr_line(),
            *last_line,
            "{source}\n{}",
            r.describe()
        );
    }
}

/// Ctrl-C interrupts `time.sleep` with KeyboardInterrupt, as in CPython.
#[test]
fn ctrl_c_interrupts_time_sleep() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_whirl"));
    cmd.args([
        "-c",
        "import time\nprint('sleeping', flush=True)\ntime.sleep(30)",
    ])
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
    let mut child = cmd.spawn().expect("whirl runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut line)
        .expect("a line");
    assert_eq!(line, "sleeping\n");
    let start = Instant::now();
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let out = child.wait_with_output().expect("exits");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "sleep was not interrupted"
    );
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("KeyboardInterrupt\n"));
    assert_eq!(out.status.signal(), Some(libc::SIGINT));
}

/// `-W` options and `PYTHONWARNINGS`, as CPython 3.11 takes them: joined
/// or separate, the last given first, bad ones reported and ignored.
#[test]
fn warning_options_filter_warnings() {
    let dir = temp_dir("warnopts");
    let script = write_script(
        &dir,
        "warn.py",
        "import sys\nimport warnings\nprint(sys.warnoptions)\ndef old():\n    warnings.warn(\"old() is deprecated\", DeprecationWarning, stacklevel=2)\nold()\nwarnings.warn(\"careful\")\nprint(\"end\")\n",
    );
    let path = script.to_str().expect("utf-8 path");
    let shown = format!(
        "{path}:6: DeprecationWarning: old() is deprecated\n  old()\n{path}:7: UserWarning: careful\n  warnings.warn(\"careful\")\n"
    );
    let dep_error = format!(
        "Traceback (most recent call last):\n  File \"{path}\", line 6, in <module>\n    old()\n  File \"{path}\", line 5, in old\n    warnings.warn(\"old() is deprecated\", DeprecationWarning, stacklevel=2)\nDeprecationWarning: old() is deprecated\n"
    );
    let cases: Vec<(Vec<&str>, &str, String, i32)> = vec![
        (vec![], "[]\nend\n", shown.clone(), 0),
        (vec!["-W", "error"], "['error']\n", dep_error.clone(), 1),
        (
            vec!["-Werror::DeprecationWarning"],
            "['error::DeprecationWarning']\n",
            dep_error.clone(),
            1,
        ),
        (vec!["-W", "ignore"], "['ignore']\nend\n", String::new(), 0),
        (
            vec!["-W", "nonsense"],
            "['nonsense']\nend\n",
            format!("Invalid -W option ignored: invalid action: 'nonsense'\n{shown}"),
            0,
        ),
        (
            vec!["-W", "error::NoSuchWarning"],
            "['error::NoSuchWarning']\nend\n",
            format!(
                "Invalid -W option ignored: unknown warning category: 'NoSuchWarning'\n{shown}"
            ),
            0,
        ),
        (
            vec!["-W", "error", "-W", "ignore::UserWarning"],
            "['error', 'ignore::UserWarning']\n",
            dep_error,
            1,
        ),
    ];
    for (opts, stdout, stderr, status) in cases {
        let mut args = opts.clone();
        args.push(path);
        let r = run(&args);
        assert_eq!(r.stdout, stdout, "{opts:?}: {}", r.describe());
        assert_eq!(r.stderr, stderr, "{opts:?}: {}", r.describe());
        assert_eq!(r.status, Some(status), "{opts:?}: {}", r.describe());
    }
    let out = Command::new(whirl_bin())
        .arg(path)
        .env(
            "PYTHONWARNINGS",
            "error::UserWarning,ignore::DeprecationWarning",
        )
        .stdin(Stdio::null())
        .output()
        .expect("run whirl");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "['error::UserWarning', 'ignore::DeprecationWarning']\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("Traceback (most recent call last):\n  File \"{path}\", line 7, in <module>\n    warnings.warn(\"careful\")\nUserWarning: careful\n")
    );
    assert_eq!(out.status.code(), Some(1));
}

const FAILING_TEST_MODULE: &str = "import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        pass\n\n    def test_b(self):\n        self.assertEqual(1, 2)\n";

/// `Ran 2 tests in 0.001s` with the time left out, as CPython's runner prints it.
fn without_time(text: &str) -> String {
    text.lines()
        .map(
            |l| match l.find(" tests in ").or_else(|| l.find(" test in ")) {
                Some(at) if l.starts_with("Ran ") => l[..at].to_string(),
                _ => l.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn dash_m_unittest_discovers_tests_in_the_working_directory() {
    let dir = temp_dir("m-unittest");
    let script = write_script(&dir, "test_sample.py", FAILING_TEST_MODULE);
    let r = run_in(&dir, &["-m", "unittest"]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert_eq!(r.stdout, "", "{}", r.describe());
    let expected = format!(
        ".F\n{eq}\nFAIL: test_b (test_sample.T.test_b)\n{dash}\nTraceback (most recent call last):\n  File \"{}\", line 8, in test_b\n    self.assertEqual(1, 2)\nAssertionError: 1 != 2\n\n{dash}\nRan 2\n\nFAILED (failures=1)",
        script.display(),
        eq = "=".repeat(70),
        dash = "-".repeat(70),
    );
    assert_eq!(without_time(&r.stderr), expected, "{}", r.describe());
}

#[test]
fn dash_m_unittest_takes_options_and_test_names() {
    let dir = temp_dir("m-unittest-v");
    write_script(&dir, "test_sample.py", FAILING_TEST_MODULE);
    let r = run_in(&dir, &["-m", "unittest", "-v", "test_sample.T.test_a"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert_eq!(
        without_time(&r.stderr),
        format!(
            "test_a (test_sample.T.test_a) ... ok\n\n{}\nRan 1\n\nOK",
            "-".repeat(70)
        ),
        "{}",
        r.describe()
    );
}

#[test]
fn dash_m_runs_a_module_from_the_working_directory_as_main() {
    let dir = temp_dir("m-module");
    write_script(
        &dir,
        "tool.py",
        "import sys\nprint(__name__, sys.argv[0].endswith('tool.py'), sys.argv[1:])\n",
    );
    let r = run_in(&dir, &["-m", "tool", "x", "-v"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert_eq!(r.stdout, "__main__ True ['x', '-v']\n", "{}", r.describe());
}

#[test]
fn dash_m_with_an_unknown_module_fails() {
    let r = run(&["-m", "no_such_module_here"]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert!(
        r.last_stderr_line()
            .ends_with("No module named no_such_module_here"),
        "{}",
        r.describe()
    );
}

#[test]
fn dash_m_doctest_checks_a_file() {
    let dir = temp_dir("m-doctest");
    let script = write_script(
        &dir,
        "calc.py",
        "def double(n):\n    \"\"\"\n    >>> double(2)\n    5\n    \"\"\"\n    return n * 2\n",
    );
    let r = run_in(&dir, &["-m", "doctest", "calc.py"]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    let expected = format!(
        "{stars}\nFile \"{}\", line 3, in calc.double\nFailed example:\n    double(2)\nExpected:\n    5\nGot:\n    4\n{stars}\n1 items had failures:\n   1 of   1 in calc.double\n***Test Failed*** 1 failures.\n",
        script.display(),
        stars = "*".repeat(70),
    );
    assert_eq!(r.stdout, expected, "{}", r.describe());
    write_script(
        &dir,
        "ok.py",
        "def one():\n    \"\"\"\n    >>> one()\n    1\n    \"\"\"\n    return 1\n",
    );
    let r = run_in(&dir, &["-m", "doctest", "-v", "ok.py"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert!(
        r.stdout.ends_with("1 passed and 0 failed.\nTest passed.\n"),
        "{}",
        r.describe()
    );
}

#[test]
fn unknown_options_are_rejected_with_the_usage_line() {
    for (args, message) in [
        (vec!["-z"], "Unknown option: -z"),
        (vec!["-uz", "x.py"], "Unknown option: -z"),
        (vec!["--frobnicate"], "unknown option --frobnicate"),
        (vec!["-c"], "Argument expected for the -c option"),
        (vec!["-W"], "Argument expected for the -W option"),
    ] {
        let r = run(&args);
        assert_eq!(r.status, Some(2), "{args:?}: {}", r.describe());
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.first(), Some(&message), "{}", r.describe());
        assert!(
            lines.get(1).is_some_and(|l| l.starts_with("usage: ")),
            "{}",
            r.describe()
        );
        assert_eq!(r.stdout, "", "{}", r.describe());
    }
}

#[test]
fn version_and_help_options() {
    for flag in ["-V", "--version"] {
        let r = run(&[flag]);
        assert_eq!(r.status, Some(0), "{}", r.describe());
        assert!(r.stdout.starts_with("Python 3.11."), "{}", r.describe());
    }
    let r = run(&["-h"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert!(r.stdout.starts_with("usage: "), "{}", r.describe());
}

#[test]
fn flags_reach_sys_flags_and_orig_argv() {
    let code = "import sys; f = sys.flags; print(f.optimize, f.quiet, f.dont_write_bytecode, f.no_site, f.isolated, f.ignore_environment, f.dev_mode, sys._xoptions, __debug__, sys.argv, sys.orig_argv[1:])";
    let r = run(&["-OO", "-qBSI", "-X", "dev", "-Xa=b", "-c", code, "x", "-c"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert_eq!(
        r.stdout,
        format!("2 1 1 1 1 1 True {{'dev': True, 'a': 'b'}} False ['-c', 'x', '-c'] ['-OO', '-qBSI', '-X', 'dev', '-Xa=b', '-c', {code:?}, 'x', '-c']\n").replace('"', "'"),
        "{}",
        r.describe()
    );
}

#[test]
fn dash_o_skips_asserts_and_dash_oo_drops_docstrings() {
    let code = "def f():\n    'doc'\nassert False, 'no'\nprint(f.__doc__, __debug__)\n";
    let r = run(&["-O", "-c", code]);
    assert_eq!(r.stdout, "doc False\n", "{}", r.describe());
    let r = run(&["-OO", "-c", code]);
    assert_eq!(r.stdout, "None False\n", "{}", r.describe());
    let r = run(&["-c", code]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert_eq!(
        r.last_stderr_line(),
        "AssertionError: no",
        "{}",
        r.describe()
    );
}

#[test]
fn double_dash_ends_options_and_a_dash_script_is_stdin() {
    let dir = temp_dir("dashdash");
    write_script(&dir, "-c", "import sys\nprint('file', sys.argv)\n");
    let r = run_in(&dir, &["--", "-c", "a"]);
    assert_eq!(r.stdout, "file ['-c', 'a']\n", "{}", r.describe());
}

#[test]
fn sys_path_starts_as_cpython_builds_it() {
    let dir = temp_dir("syspath");
    let lib = dir.join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    write_script(&lib, "helper.py", "VALUE = 'from PYTHONPATH'\n");
    write_script(&dir, "s.py", "import sys, helper\nprint(sys.path[0] == __import__('os').path.dirname(__file__), helper.VALUE)\n");
    let out = Command::new(whirl_bin())
        .current_dir(&*dir)
        .env("PYTHONPATH", &lib)
        .args(["s.py"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "True from PYTHONPATH\n"
    );
    let out = Command::new(whirl_bin())
        .current_dir(&*dir)
        .env("PYTHONPATH", &lib)
        .args([
            "-E",
            "-c",
            "import sys; print(repr(sys.path[0])); import helper",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "''\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("No module named 'helper'"));
}

#[test]
fn a_folder_or_zip_with_main_runs_as_the_script() {
    let dir = temp_dir("zipapp");
    let app = dir.join("app");
    std::fs::create_dir_all(&app).unwrap();
    write_script(
        &app,
        "__main__.py",
        "import sys\nprint('app', sys.argv[1:], sys.path[0].endswith('app'))\n",
    );
    let r = run_in(&dir, &["app", "x"]);
    assert_eq!(r.stdout, "app ['x'] True\n", "{}", r.describe());
    // A zip made by CPython's zipfile, one stored and one deflated member.
    let made = Command::new("python3")
        .current_dir(&*dir)
        .args([
            "-c",
            "import zipfile\nwith zipfile.ZipFile('app.pyz', 'w') as z:\n    z.writestr('__main__.py', 'import sys\\nprint(\"zip\", sys.argv[1:])\\n' + '#' * 300, compress_type=zipfile.ZIP_DEFLATED)\n    z.writestr('other.txt', 'x')\n",
        ])
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped the zip case: no python3 to make the archive");
        return;
    }
    let r = run_in(&dir, &["app.pyz", "y"]);
    assert_eq!(r.stdout, "zip ['y']\n", "{}", r.describe());
    let r = run_in(&dir, &["-"]);
    assert!(r.status.is_some());
}

#[test]
fn dash_m_runs_packages_and_submodules() {
    let dir = temp_dir("m-pkg");
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    write_script(&pkg, "__init__.py", "print('init')\n");
    write_script(
        &pkg,
        "__main__.py",
        "from . import mod\nprint('main', __name__, __package__, mod.X)\n",
    );
    write_script(
        &pkg,
        "mod.py",
        "X = 1\nif __name__ == '__main__':\n    print('mod as main', __package__)\n",
    );
    let r = run_in(&dir, &["-m", "pkg"]);
    assert_eq!(r.stdout, "init\nmain __main__ pkg 1\n", "{}", r.describe());
    let r = run_in(&dir, &["-m", "pkg.mod"]);
    assert_eq!(r.stdout, "init\nmod as main pkg\n", "{}", r.describe());
    std::fs::remove_file(pkg.join("__main__.py")).unwrap();
    let r = run_in(&dir, &["-m", "pkg"]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert!(
        r.stderr
            .contains("'pkg' is a package and cannot be directly executed"),
        "{}",
        r.describe()
    );
}

#[test]
fn dash_m_json_tool_pretty_prints() {
    let dir = temp_dir("m-json");
    write_script(
        &dir,
        "x.json",
        "{\"b\": [1, {\"c\": null}], \"a\": \"\u{e9}\"}",
    );
    let r = run_in(&dir, &["-m", "json.tool", "--sort-keys", "x.json"]);
    assert_eq!(
        r.stdout,
        "{\n    \"a\": \"\\u00e9\",\n    \"b\": [\n        1,\n        {\n            \"c\": null\n        }\n    ]\n}\n",
        "{}",
        r.describe()
    );
    write_script(&dir, "bad.json", "{bad");
    let r = run_in(&dir, &["-m", "json.tool", "bad.json"]);
    assert_eq!(r.status, Some(1), "{}", r.describe());
    assert_eq!(
        r.last_stderr_line(),
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        "{}",
        r.describe()
    );
}

#[test]
fn dash_q_drops_the_banner_and_dash_u_flushes_each_write() {
    let r = run(&["-i"]);
    assert_eq!(r.status, Some(0), "{}", r.describe());
    assert!(r.stderr.contains("whirl"), "the banner: {}", r.describe());
    let r = run(&["-q", "-i"]);
    assert!(!r.stderr.contains("whirl"), "no banner: {}", r.describe());
    // Unbuffered: what is written before a crash is out, in order.
    let r = run(&[
        "-u",
        "-c",
        "import sys\nprint('a', end='')\nsys.stderr.write('b')\nprint('c')",
    ]);
    assert_eq!(r.stdout, "ac\n", "{}", r.describe());
    let code = "import builtins; print(hasattr(builtins, 'help'), hasattr(builtins, 'copyright'))";
    assert_eq!(run(&["-S", "-c", code]).stdout, "False False\n");
    assert_eq!(run(&["-c", code]).stdout, "True True\n");
}
