//! Tornado's own test suite (its sdist's `tornado/test/`, fetched from the
//! package registry at test time) run under whirl by `tests/tornado_suite/run
//! --check`, compared with CPython + real Tornado: each module of the quick
//! slice below must pass at least as many of the tests that pass on CPython
//! as `tests/tornado_suite/floor` records. The whole suite (all modules, a
//! few minutes) is `tests/tornado_suite/run`; its table is in
//! `tests/tornado_suite/RESULTS.md`.
//!
//! Skipped (saying so) when Tornado cannot be fetched (no pip or no
//! network) or no CPython 3.11 is found to run the same tests.
//! `TORNADO_SUITE_TIMEOUT` sets the per-module timeout (default 120 s).

use std::path::PathBuf;
use std::process::Command;

/// Modules that run in seconds on both interpreters (the slow ones, with
/// servers, clients and timeouts, run in the full suite only).
const QUICK_SLICE: &[&str] = &[
    "escape_test",
    "util_test",
    "template_test",
    "locale_test",
    "options_test",
    "httputil_test",
    "locks_test",
    "queues_test",
    "concurrent_test",
    "testing_test",
    "log_test",
];

#[test]
fn tornado_test_suite_does_not_regress() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = ["/usr/bin/python3.11", "/usr/bin/python3"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
                .status()
                .is_ok_and(|s| s.success())
        });
    let Some(python) = python else {
        eprintln!("skipped: no CPython 3.11 to compare with");
        return;
    };
    let timeout = std::env::var("TORNADO_SUITE_TIMEOUT").unwrap_or_else(|_| "120".into());
    let out = Command::new(repo.join("tests/tornado_suite/run"))
        .arg("--check")
        .args(QUICK_SLICE)
        .env("WHIRL", env!("CARGO_BIN_EXE_whirl"))
        .env("PYTHON", python)
        .env("TIMEOUT", timeout)
        .output()
        .expect("run tests/tornado_suite/run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => println!("{stdout}"),
        Some(2) => eprintln!("skipped: {stderr}"),
        _ => panic!("Tornado's tests regressed under whirl:\n{stderr}\n{stdout}"),
    }
}
