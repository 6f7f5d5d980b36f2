//! The native half of `tornado.process`: `fork`, waiting for a child and
//! the CPU count, so a server can run one worker process per core, each
//! accepting on the listening sockets it inherited.

use whirl_vm::error::PyResult;
use whirl_vm::types::Kw;
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// `_tornado.fork()`: 0 in the child, the child's pid in the parent.
pub fn py_fork(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    // Buffered output would otherwise be written by both processes.
    vm.flush();
    // SAFETY: the interpreter is single-threaded, so the child starts with
    // a consistent copy of everything; it only continues running Python.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(super::listener::os_error(&std::io::Error::last_os_error()));
    }
    Ok(Value::Int(pid as i64))
}

/// `_tornado.wait_child()`: waits for any child; `(pid, exit_code, signal)`
/// with exactly one of the last two set.
pub fn py_wait_child(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let mut status: libc::c_int = 0;
    let pid = loop {
        // SAFETY: waitpid only writes the status through the pointer given.
        let pid = unsafe { libc::waitpid(-1, &mut status, 0) };
        if pid >= 0 {
            break pid;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(super::listener::os_error(&e));
        }
    };
    let (code, signal) = if libc::WIFSIGNALED(status) {
        (Value::None, Value::Int(libc::WTERMSIG(status) as i64))
    } else {
        (Value::Int(libc::WEXITSTATUS(status) as i64), Value::None)
    };
    Ok(Value::tuple(vec![Value::Int(pid as i64), code, signal]))
}

/// `_tornado.cpu_count()`.
pub fn py_cpu_count(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(Value::Int(n as i64))
}
