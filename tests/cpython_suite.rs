//! CPython's own language tests (Lib/test from Debian's
//! libpython3.11-testsuite, fetched at test time) run under whirl by
//! `tests/cpython/run --check`: each module must pass at least as many of
//! the tests that pass on CPython as `tests/cpython/floor` records, so a
//! test that passed once cannot silently break. The table of today's counts
//! is in `tests/cpython/RESULTS.md`.
//!
//! Skipped (saying so) when the package cannot be fetched (no apt-get or no
//! network) or no CPython 3.11 is found to run the same tests for the
//! comparison. `CPYTHON_SUITE_TIMEOUT` sets the per-module timeout (default
//! 60 s).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn cpython_language_tests_do_not_regress() {
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
    let timeout = std::env::var("CPYTHON_SUITE_TIMEOUT").unwrap_or_else(|_| "300".into());
    let out = Command::new(repo.join("tests/cpython/run"))
        .arg("--check")
        .env("WHIRL", env!("CARGO_BIN_EXE_whirl"))
        .env("PYTHON", python)
        .env("TIMEOUT", timeout)
        .output()
        .expect("run tests/cpython/run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => println!("{stdout}"),
        Some(2) => eprintln!("skipped: {stderr}"),
        _ => panic!("CPython's tests regressed under whirl:\n{stderr}\n{stdout}"),
    }
}
