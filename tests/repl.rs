//! The interactive prompt as a user sees it: `whirl` runs on a real
//! pseudo-terminal (expectrl), the test types lines and reads the screen.
//! The screen text is compared after removing terminal control sequences
//! (cursor moves, bracketed-paste switches) and carriage returns.

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Regex, Session};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const WHIRL: &str = env!("CARGO_BIN_EXE_whirl");
/// Generous: CI runs the tests on two busy cores.
const TIMEOUT: Duration = Duration::from_secs(20);
/// Either prompt at the start of a line. (The editor also redraws the
/// prompt with the line being edited — after a history recall, a
/// completion, a paste — but never right after a line break.)
const PROMPT: &str = r"\n(?:\x1b\[[0-9;?]*[A-Za-z]|\r)*(?:>>> |\.\.\. )";

/// A folder of its own for each test (history files, scripts).
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whirl-repl-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch folder");
    dir
}

/// Lets children see Ctrl-C: a test run started in the background by a
/// shell without job control inherits SIGINT ignored, and whirl (as
/// CPython) leaves an ignored SIGINT ignored.
fn default_sigint_for_children() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // SAFETY: restores the default action of one signal in this process.
    ONCE.call_once(|| unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
    });
}

/// A whirl session on a pseudo-terminal, with everything shown so far.
struct Repl {
    session: expectrl::session::OsSession,
    screen: String,
}

impl Repl {
    fn start(dir: &Path, args: &[&str]) -> Repl {
        default_sigint_for_children();
        let mut cmd = Command::new(WHIRL);
        cmd.args(args)
            .current_dir(dir)
            .env("WHIRL_HISTORY", dir.join("history"))
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        let mut session = Session::spawn(cmd).expect("spawn whirl on a pty");
        session.set_expect_timeout(Some(TIMEOUT));
        Repl {
            session,
            screen: String::new(),
        }
    }

    /// Waits for `pattern` (a regex); returns what came before it, cleaned.
    fn expect(&mut self, pattern: &str) -> String {
        let found = match self.session.expect(Regex(pattern)) {
            Ok(f) => f,
            Err(e) => panic!(
                "waiting for {pattern:?}: {e}\nscreen so far:\n{}",
                self.screen
            ),
        };
        let before = clean(found.before());
        let matched = clean(found.get(0).unwrap_or_default());
        self.screen.push_str(&before);
        self.screen.push_str(&matched);
        before
    }

    /// Waits for the next prompt; returns what was printed before it (up
    /// to the line break before the prompt).
    fn prompt(&mut self) -> String {
        self.expect(PROMPT) + "\n"
    }

    /// Types a line and presses Enter.
    fn line(&mut self, text: &str) {
        self.session
            .send(format!("{text}\r"))
            .expect("write to the pty");
    }

    /// Types a line and returns what was printed up to the next prompt
    /// (the echoed line included).
    fn run(&mut self, text: &str) -> String {
        self.line(text);
        self.prompt()
    }

    fn send(&mut self, bytes: &str) {
        self.session.send(bytes).expect("write to the pty");
    }

    /// Sends Ctrl-D and waits for the process to end: its exit status.
    fn quit(mut self) -> i32 {
        self.send("\x04");
        let _ = self.session.expect(Eof);
        match self.session.get_process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("whirl did not exit normally: {other:?}"),
        }
    }
}

/// The text a terminal shows: without control sequences and `\r`.
fn clean(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                // CSI: ESC [ parameters final-byte; others: ESC and one char.
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' | '\x07' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether `line` matches `expected`, where `<ADDR>` stands for a hex
/// address.
fn line_matches(expected: &str, line: &str) -> bool {
    let mut parts = expected.split("<ADDR>");
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = line.strip_prefix(first) else {
        return false;
    };
    for part in parts {
        let Some(hex) = rest.strip_prefix("0x") else {
            return false;
        };
        let digits = hex.len()
            - hex
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits == 0 {
            return false;
        }
        let Some(after) = hex[digits..].strip_prefix(part) else {
            return false;
        };
        rest = after;
    }
    rest.is_empty()
}

fn assert_screen(expected: &str, screen: &str) {
    let want: Vec<&str> = expected.lines().collect();
    let got: Vec<&str> = screen.lines().collect();
    let same = want.len() == got.len()
        && want
            .iter()
            .zip(&got)
            .all(|(w, g)| line_matches(w.trim_end(), g.trim_end()));
    assert!(
        same,
        "expected screen:\n{expected}\n\nactual screen:\n{screen}"
    );
}

#[test]
fn article_session_prints_what_the_article_shows() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scripts/article/repl_session.txt"
    );
    let text = std::fs::read_to_string(path).expect("read the article's session");
    let expected: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let dir = scratch("article");
    let mut repl = Repl::start(&dir, &[]);
    let banner = repl.prompt();
    assert!(banner.starts_with("whirl "), "banner: {banner:?}");
    repl.screen = ">>> ".into();
    for typed in expected.lines() {
        if let Some(input) = typed
            .strip_prefix(">>> ")
            .or_else(|| typed.strip_prefix("... "))
            .or_else(|| (typed == "...").then_some(""))
        {
            repl.run(input);
        }
    }
    // The screen ends with the prompt after the last output.
    assert_screen(&format!("{expected}>>> "), &repl.screen);
    assert_eq!(repl.quit(), 0);
}

#[test]
fn multi_line_class_runs_after_a_blank_line() {
    let dir = scratch("class");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.run("class Point:");
    repl.run("    def __init__(self, x):");
    repl.run("        self.x = x");
    repl.run("    def __repr__(self):");
    let shown = repl.run("        return f'Point({self.x})'");
    assert!(shown.ends_with('\n'), "no output before the blank line");
    let out = repl.run("");
    assert_eq!(out, "\n", "defining a class prints nothing");
    let out = repl.run("Point(3)");
    assert_eq!(out, "Point(3)\nPoint(3)\n");
    let out = repl.run("_.x + 1");
    assert_eq!(out, "_.x + 1\n4\n");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn the_event_loop_runs_from_the_prompt() {
    let dir = scratch("run_sync");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.run("from tornado import gen, ioloop");
    repl.run("async def main():");
    repl.run("    await gen.sleep(0.01)");
    repl.run("    return 42");
    repl.run("");
    let out = repl.run("ioloop.IOLoop.current().run_sync(main)");
    assert_eq!(out, "ioloop.IOLoop.current().run_sync(main)\n42\n");
    let out = repl.run("ioloop.IOLoop.current().run_sync(main) + 1");
    assert_eq!(out, "ioloop.IOLoop.current().run_sync(main) + 1\n43\n");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn errors_are_reported_and_the_session_goes_on() {
    let dir = scratch("errors");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    let out = repl.run("def f():");
    assert_eq!(out, "def f():\n");
    repl.run("    return 1 / 0");
    repl.run("");
    let out = repl.run("f()");
    assert_eq!(
        out,
        "f()\nTraceback (most recent call last):\n  \
         File \"<stdin>\", line 1, in <module>\n  \
         File \"<stdin>\", line 2, in f\n\
         ZeroDivisionError: division by zero\n"
    );
    let out = repl.run("x = (1,");
    assert!(out.ends_with("x = (1,\n"), "{out:?}");
    let out = repl.run("2)");
    assert_eq!(out, "2)\n");
    let out = repl.run("if x:");
    assert_eq!(out, "if x:\n");
    let out = repl.run("");
    assert!(
        out.ends_with(
            "IndentationError: expected an indented block after 'if' statement on line 1\n"
        ),
        "{out:?}"
    );
    let out = repl.run("print x");
    assert!(
        out.ends_with(
            "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"
        ),
        "{out:?}"
    );
    let out = repl.run("x");
    assert_eq!(out, "x\n(1, 2)\n");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn ctrl_c_stops_a_running_loop_and_the_session_goes_on() {
    let dir = scratch("ctrl-c");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.run("n = 0");
    repl.run("def spin():");
    repl.run("    global n");
    repl.run("    print('spinning', flush=True)");
    repl.run("    while True: n += 1");
    repl.run("");
    repl.line("spin()");
    // Once it prints, the loop runs (and the terminal sends signals again).
    repl.expect("spinning");
    repl.send("\x03");
    let out = repl.prompt();
    assert!(
        out.ends_with(
            "Traceback (most recent call last):\n  \
             File \"<stdin>\", line 1, in <module>\n  \
             File \"<stdin>\", line 4, in spin\n\
             KeyboardInterrupt\n"
        ),
        "{out:?}"
    );
    let out = repl.run("n > 0");
    assert_eq!(out, "n > 0\nTrue\n");
    // Ctrl-C while typing drops the line.
    repl.send("1 +");
    repl.send("\x03");
    let out = repl.prompt();
    assert!(out.ends_with("\nKeyboardInterrupt\n"), "{out:?}");
    let out = repl.run("6 * 7");
    assert_eq!(out, "6 * 7\n42\n");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn ctrl_d_exits_with_status_0() {
    let dir = scratch("ctrl-d");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.run("x = 1");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn exit_gives_its_status() {
    let dir = scratch("exit");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.line("import sys; sys.exit(3)");
    let _ = repl.session.expect(Eof);
    let status = repl.session.get_process().wait();
    assert!(matches!(status, Ok(WaitStatus::Exited(_, 3))), "{status:?}");
}

#[test]
fn history_is_recalled_with_the_up_arrow_in_the_next_session() {
    let dir = scratch("history");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.run("word = 'remembered'");
    repl.run("len(word)");
    assert_eq!(repl.quit(), 0);

    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    // Up twice: the line before the last one; Enter runs it.
    repl.send("\x1b[A\x1b[A");
    repl.expect("word = 'remembered'");
    repl.send("\r");
    repl.prompt();
    let out = repl.run("word");
    assert_eq!(out, "word\n'remembered'\n");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn tab_completes_an_attribute() {
    let dir = scratch("tab");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.run("items = [1]");
    repl.send("items.ap\t");
    repl.expect(r"items\.append\(");
    let out = repl.run("2)");
    assert_eq!(out, "2)\n");
    let out = repl.run("items");
    assert_eq!(out, "items\n[1, 2]\n");
    // Names of the program and builtins (callables get their parenthesis).
    repl.send("item\t");
    repl.expect(r"items");
    repl.send(".cou\t");
    repl.expect(r"items\.count\(");
    let out = repl.run("2)");
    assert_eq!(out, "2)\n1\n");
    repl.send("le\t");
    repl.expect(r"len\(");
    let out = repl.run("items)");
    assert_eq!(out, "items)\n2\n");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn dash_i_keeps_the_script_globals() {
    let dir = scratch("dash-i");
    std::fs::write(dir.join("setup.py"), "answer = 42\nprint('script ran')\n")
        .expect("write the script");
    let mut repl = Repl::start(&dir, &["-i", "setup.py"]);
    let out = repl.prompt();
    assert_eq!(out, "script ran\n", "no banner with a script");
    let out = repl.run("answer + 1");
    assert_eq!(out, "answer + 1\n43\n");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn a_pasted_block_runs_as_if_typed() {
    let dir = scratch("paste");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    // Bracketed paste, as a terminal sends a pasted block.
    repl.send("\x1b[200~def twice(x):\r    return 2 * x\r\rtwice(21)\x1b[201~\r");
    // The editor redraws the pasted text (prompt included): wait for the
    // result rather than for a prompt.
    repl.expect(r"\n42");
    repl.prompt();
    assert_eq!(repl.quit(), 0);
}

#[test]
fn lines_arriving_at_once_without_bracketed_paste_all_run() {
    let dir = scratch("typeahead");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    // Three lines in one write, as a fast typist, `tmux send-keys` or a
    // terminal without bracketed paste delivers them: the editor must not
    // drop what it read past the first line's end.
    repl.send("x = 1\rprint(x)\rprint(x + 1)\r");
    repl.expect(r"\n2");
    repl.prompt();
    assert!(
        repl.screen.contains("print(x)\n1\n"),
        "the second line did not run:\n{}",
        repl.screen
    );
    assert_eq!(repl.quit(), 0);
}

/// The rows a terminal shows for `bytes`: `\r` returns to the row's start,
/// `ESC [ K` erases to its end, `ESC [ n C` / `D` move the cursor, other
/// control sequences change nothing.
fn rows(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut rows = vec![Vec::<char>::new()];
    let mut col = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let row = rows.last_mut().expect("one row at least");
        match c {
            '\x1b' if chars.peek() == Some(&'[') => {
                chars.next();
                let mut params = String::new();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        let n = params.parse::<usize>().unwrap_or(1);
                        match c {
                            'K' if params.is_empty() => row.truncate(col),
                            'C' => col += n,
                            'D' => col = col.saturating_sub(n),
                            _ => {}
                        }
                        while row.len() < col {
                            row.push(' ');
                        }
                        break;
                    }
                    params.push(c);
                }
            }
            '\x1b' => {
                chars.next();
            }
            '\r' => col = 0,
            '\n' => {
                rows.push(Vec::new());
                col = 0;
            }
            '\x07' => {}
            c => {
                if col < row.len() {
                    row[col] = c;
                } else {
                    row.push(c);
                }
                col += 1;
            }
        }
    }
    rows.into_iter().map(|r| r.into_iter().collect()).collect()
}

#[test]
fn output_without_a_line_break_stays_before_the_prompt() {
    let dir = scratch("tail");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    repl.line("for i in range(3): print(i, end=\" \")");
    repl.expect(r"\.\.\. ");
    repl.line("");
    // CPython: `0 1 2 >>> ` — the prompt follows the output on its row.
    let found = match repl.session.expect(Regex(r">>> ")) {
        Ok(f) => f,
        Err(e) => panic!("waiting for the prompt: {e}"),
    };
    let mut raw = found.before().to_vec();
    raw.extend_from_slice(found.get(0).unwrap_or_default());
    // Anything the editor draws right after (a redraw) counts too.
    std::thread::sleep(Duration::from_millis(300));
    repl.line("print('next')");
    let found = match repl.session.expect(Regex(r"next\r?\n")) {
        Ok(f) => f,
        Err(e) => panic!("waiting for the next output: {e}"),
    };
    raw.extend_from_slice(found.before());
    let shown = rows(&raw);
    assert!(
        shown.iter().any(|r| r.starts_with("0 1 2 >>> ")),
        "the output was erased by the prompt; rows: {shown:?}"
    );
    assert_eq!(repl.quit(), 0);
}

#[test]
fn a_script_stopped_by_ctrl_c_shows_the_traceback_and_dies_of_sigint() {
    use std::io::{BufRead, BufReader, Read};
    use std::os::unix::process::ExitStatusExt;
    default_sigint_for_children();
    let dir = scratch("script-sigint");
    std::fs::write(
        dir.join("spin.py"),
        "print('spinning', flush=True)\nwhile True:\n    pass\n",
    )
    .expect("write the script");
    let mut child = Command::new(WHIRL)
        .arg("spin.py")
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run whirl");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("read stdout");
    assert_eq!(first, "spinning\n");
    // SAFETY: signalling the child we started.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let status = child.wait().expect("wait for whirl");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    // As CPython: the traceback, then death by SIGINT (a shell's 130).
    let script = dir.join("spin.py");
    assert_eq!(
        stderr,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 2, in <module>\n    while True:\nKeyboardInterrupt\n",
            script.display()
        )
    );
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
}

/// Runs `whirl -i` with `input` piped in.
fn piped_session(test: &str, input: &str) -> std::process::Output {
    use std::io::Write;
    let dir = scratch(test);
    let mut child = Command::new(WHIRL)
        .arg("-i")
        .current_dir(&dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run whirl");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait for whirl")
}

#[test]
fn sys_ps1_and_ps2_are_the_prompts() {
    let out = piped_session(
        "ps1",
        "import sys\nprint(sys.ps1, sys.ps2, sep='|')\nsys.ps1 = 'py> '\nif 1:\n  2\n\n",
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), ">>> |... \n2\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.ends_with(">>> >>> >>> py> ... ... py> \n"),
        "{stderr}"
    );
}

#[test]
fn dash_i_reads_piped_lines_with_prompts_on_stderr() {
    let out = piped_session("piped", "x = 6\nif x:\n    x * 7\n\n1 / 0\n");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Banner, then the prompts as CPython writes them when input is piped.
    let after_banner = stderr.split_once(">>> ").map(|(_, rest)| rest);
    assert_eq!(
        after_banner,
        Some(
            ">>> ... ... >>> Traceback (most recent call last):\n  \
             File \"<stdin>\", line 1, in <module>\n\
             ZeroDivisionError: division by zero\n>>> \n"
        ),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn exit_quit_help_and_copyright_show_as_in_cpython() {
    let dir = scratch("site-builtins");
    let mut repl = Repl::start(&dir, &[]);
    repl.prompt();
    assert_eq!(
        repl.run("exit"),
        "exit\nUse exit() or Ctrl-D (i.e. EOF) to exit\n"
    );
    assert_eq!(
        repl.run("quit"),
        "quit\nUse quit() or Ctrl-D (i.e. EOF) to exit\n"
    );
    repl.run(r#"exec("def f(a, b=2):\n    'Add a and b.'\n    return a + b")"#);
    assert_eq!(
        repl.run("help(f)"),
        "help(f)\nHelp on function f in module __main__:\n\nf(a, b=2)\n    Add a and b.\n\n"
    );
    repl.line("help()");
    let welcome = repl.expect("help> ");
    assert!(welcome.contains("help utility"), "{welcome}");
    repl.line("quit");
    let out = repl.prompt();
    assert!(out.contains("You are now leaving help"), "{out}");
    let out = repl.run("copyright");
    assert!(out.contains("whirl"), "{out}");
    let out = repl.run("license");
    assert!(out.contains("MIT License"), "{out}");
    assert_eq!(repl.quit(), 0);
}
