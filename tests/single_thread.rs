//! What whirl does where CPython would start a second thread: it says so
//! with a RuntimeError naming the limitation (issue 12: "a Thread or
//! executor that cannot run in parallel says so clearly instead of
//! pretending"), and a wait that no other thread could ever end raises
//! instead of hanging. CPython's output differs here by design, so these
//! are not conformance programs.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `whirl -c source` with stdin closed; (status, stdout, stderr).
fn run(source: &str) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whirl"))
        .args(["-c", source])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whirl starts");
    let start = Instant::now();
    while child.try_wait().expect("try_wait").is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("whirl -c {source:?} did not finish");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().expect("output");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked at"), "panic:\n{stderr}");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

#[test]
fn thread_start_raises_naming_the_limitation() {
    let (status, _, err) = run("import threading\nthreading.Thread(target=print).start()");
    assert_eq!(status, Some(1));
    assert_eq!(
        last_line(&err),
        "RuntimeError: can't start new thread: whirl runs Python code in a single thread, \
         so a thread cannot run concurrently"
    );
}

#[test]
fn timer_start_and_start_new_thread_raise_too() {
    let (_, out, _) = run(concat!(
        "import threading, _thread\n",
        "for f in (lambda: threading.Timer(1, print).start(),\n",
        "          lambda: _thread.start_new_thread(print, ())):\n",
        "    try:\n        f()\n",
        "    except RuntimeError as e:\n        print('RuntimeError', 'single thread' in str(e))\n",
    ));
    assert_eq!(out, "RuntimeError True\nRuntimeError True\n");
}

#[test]
fn executors_refuse_work_instead_of_running_it_on_the_spot() {
    let (_, out, _) = run(concat!(
        "from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor\n",
        "ran = []\n",
        "for cls in (ThreadPoolExecutor, ProcessPoolExecutor):\n",
        "    with cls() as ex:\n",
        "        try:\n            ex.submit(ran.append, 1)\n",
        "        except RuntimeError as e:\n            print(e)\n",
        "        try:\n            list(ex.map(ran.append, [1, 2]))\n",
        "        except RuntimeError as e:\n            print('map', type(e).__name__)\n",
        "print(ran)\n",
    ));
    assert_eq!(
        out,
        "can't start new thread: whirl runs Python code in a single thread, so \
         ThreadPoolExecutor cannot run work concurrently\nmap RuntimeError\n\
         can't start new thread: whirl runs Python code in a single thread, so \
         ProcessPoolExecutor cannot run work concurrently\nmap RuntimeError\n[]\n"
    );
}

#[test]
fn waits_no_thread_could_end_raise_instead_of_hanging() {
    let (_, out, _) = run(concat!(
        "import threading\nfrom concurrent.futures import Future\n",
        "l = threading.Lock(); l.acquire()\n",
        "for f in (l.acquire, threading.Event().wait, threading.Semaphore(0).acquire,\n",
        "          Future().result):\n",
        "    try:\n        f()\n",
        "    except RuntimeError as e:\n        print('RuntimeError', 'single thread' in str(e))\n",
        "c = threading.Condition()\n",
        "with c:\n    try:\n        c.wait()\n",
        "    except RuntimeError as e:\n        print('RuntimeError', 'single thread' in str(e))\n",
    ));
    assert_eq!(out, "RuntimeError True\n".repeat(5));
}

#[test]
fn atexit_callbacks_run_after_an_uncaught_exception_with_cpythons_report() {
    let (status, out, err) = run(concat!(
        "import atexit\n",
        "def bad():\n    raise KeyError('k')\n",
        "atexit.register(print, 'second')\natexit.register(bad)\natexit.register(print, 'first')\n",
        "raise ValueError('main')\n",
    ));
    assert_eq!(status, Some(1));
    assert_eq!(out, "first\nsecond\n");
    let lines: Vec<&str> = err.lines().collect();
    let main = lines
        .iter()
        .position(|l| *l == "ValueError: main")
        .expect("main traceback first");
    assert!(
        lines[main + 1].starts_with("Exception ignored in atexit callback: <function bad at 0x")
    );
    assert_eq!(lines[main + 2], "Traceback (most recent call last):");
    assert!(lines[main + 3].contains("line 3, in bad"), "{err}");
    assert_eq!(last_line(&err), "KeyError: 'k'");
}
