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

mod common;

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
    common::check_suite(
        "tests/tornado_suite/run",
        QUICK_SLICE,
        "TORNADO_SUITE_TIMEOUT",
        "120",
    );
}
