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
//! 300 s).

mod common;

#[test]
fn cpython_language_tests_do_not_regress() {
    common::check_suite("tests/cpython/run", &[], "CPYTHON_SUITE_TIMEOUT", "300");
}
