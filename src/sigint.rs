//! Ctrl-C as CPython handles it: SIGINT asks the running program to raise
//! `KeyboardInterrupt` (`whirl_vm::interrupt`); a script that lets it go
//! uncaught prints the traceback and then dies of SIGINT, so that its
//! parent (a shell, `make`) sees an interrupted child, not a failure.

/// Routes SIGINT to `whirl_vm::interrupt::request`. Left alone when SIGINT
/// is ignored (a background job of a shell without job control, `nohup`),
/// as CPython does.
pub fn install() {
    // SAFETY: sigaction with a handler that only stores to an atomic, which
    // is async-signal-safe; the structs are zeroed then filled in.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) != 0
            || old.sa_sigaction == libc::SIG_IGN
        {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        // No SA_RESTART: a blocking wait (the event loop's poll) returns
        // EINTR and can look at the flag.
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

extern "C" fn on_sigint(_: libc::c_int) {
    whirl_vm::interrupt::request();
}

/// Keeps SIGINT away from the calling thread, so that it reaches the one
/// running Python code (whose blocking calls it then interrupts).
pub fn block_in_this_thread() {
    // SAFETY: plain signal-mask calls on a local set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Ends the process the way an uncaught `KeyboardInterrupt` ends CPython:
/// killed by SIGINT (a shell shows status 130). Returns only if that fails.
pub fn die_of_sigint() {
    // SAFETY: restoring the default action and signalling ourselves.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    // Delivery to this process is asynchronous; give it a moment.
    std::thread::sleep(std::time::Duration::from_millis(100));
}
