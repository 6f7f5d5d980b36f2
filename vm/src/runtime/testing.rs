//! TEST ONLY: the switch for the hooks that make whirl panic on purpose,
//! so that tests/panic_safety.rs can check the safety nets (the native
//! call boundary, the IoLoop's socket dispatch) deterministically. Off
//! unless `WHIRL_TEST_PANIC=1` is in the environment at startup; never
//! rely on it otherwise.

use std::sync::OnceLock;

/// Whether the test-only panic hooks exist in this process.
pub fn panic_hooks_enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("WHIRL_TEST_PANIC").is_some_and(|v| v == "1"))
}
