//! What the test binaries that run other people's test suites share: find
//! a CPython 3.11 to compare with, run a suite's script in `--check` mode,
//! and read its exit status (0 ok, 2 could not fetch the suite: skipped,
//! anything else: a module fell under its floor).

use std::path::PathBuf;
use std::process::Command;

/// Debian's CPython 3.11, the one the suites' expected counts come from.
fn cpython_311() -> Option<&'static str> {
    ["/usr/bin/python3.11", "/usr/bin/python3"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
                .status()
                .is_ok_and(|s| s.success())
        })
}

/// Runs `script --check modules...` (a path under the repository) with
/// this build's whirl; `timeout_var` names the environment variable that
/// overrides the per-module timeout `default_timeout` (seconds). Panics
/// with the script's report when a module regressed.
pub fn check_suite(script: &str, modules: &[&str], timeout_var: &str, default_timeout: &str) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let Some(python) = cpython_311() else {
        eprintln!("skipped: no CPython 3.11 to compare with");
        return;
    };
    let timeout = std::env::var(timeout_var).unwrap_or_else(|_| default_timeout.into());
    // The panics below are this test's verdicts (the script could not run,
    // or a module regressed): test code, reached by no user's input.
    let out = Command::new(repo.join(script))
        .arg("--check")
        .args(modules)
        .env("WHIRL", env!("CARGO_BIN_EXE_whirl"))
        .env("PYTHON", python)
        .env("TIMEOUT", timeout)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {script}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => println!("{stdout}"),
        Some(2) => eprintln!("skipped: {stderr}"),
        _ => panic!("{script}: tests regressed under whirl:\n{stderr}\n{stdout}"),
    }
}
