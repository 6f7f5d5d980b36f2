//! `_syscalls`: the thin layer of system calls under the Python-level
//! `socket`, `select`, `signal` and `subprocess` modules (stdlib/py). Every
//! function takes and returns plain values (ints, bytes, str, tuples of
//! them); the classes, defaults and argument checking live in Python.
//!
//! This is the one file with `unsafe` for these modules. The invariants
//! every block relies on:
//! - file descriptors are plain ints owned by the Python objects; a call
//!   on a closed or foreign descriptor fails with EBADF, it cannot corrupt
//!   memory, since no Rust object owns them;
//! - buffers handed to the kernel are Rust `Vec`s or stack structs whose
//!   length is passed alongside, and `sockaddr_storage` is large enough for
//!   every address family handled here;
//! - after `fork` the child only makes async-signal-safe calls (dup2,
//!   chdir, fcntl, signal, execve, write, _exit) on memory prepared before
//!   the fork.
//!
//! A system call interrupted by a signal (EINTR) runs the Python signal
//! handlers (`whirl_vm::interrupt::check`) and is retried, as PEP 475 has
//! CPython do; an exception from a handler propagates instead.

use std::ffi::{CStr, CString};
use std::rc::Rc;
use std::sync::atomic::{AtomicI32, Ordering};
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{arg_int, builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The message CPython shows for an errno (`strerror`).
pub(crate) fn strerror_text(e: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated string valid
    // until the next call on this thread; it is copied at once.
    unsafe {
        let p = libc::strerror(e);
        if p.is_null() {
            return format!("Unknown error {e}");
        }
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// The OSError subclass CPython picks for an errno.
pub(crate) fn errno_type(e: i32) -> ExcType {
    match e {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => ExcType::BlockingIOError,
        libc::ECHILD => ExcType::ChildProcessError,
        libc::EPIPE | libc::ESHUTDOWN => ExcType::BrokenPipeError,
        libc::ECONNABORTED => ExcType::ConnectionAbortedError,
        libc::ECONNREFUSED => ExcType::ConnectionRefusedError,
        libc::ECONNRESET => ExcType::ConnectionResetError,
        libc::EEXIST => ExcType::FileExistsError,
        libc::ENOENT => ExcType::FileNotFoundError,
        libc::EISDIR => ExcType::IsADirectoryError,
        libc::ENOTDIR => ExcType::NotADirectoryError,
        libc::EINTR => ExcType::InterruptedError,
        libc::EACCES | libc::EPERM => ExcType::PermissionError,
        libc::ESRCH => ExcType::ProcessLookupError,
        libc::ETIMEDOUT => ExcType::TimeoutError,
        _ => ExcType::OSError,
    }
}

/// `OSError(errno, strerror)` of the right subclass.
pub(crate) fn errno_error(e: i32) -> PyErr {
    PyErr::with_args(
        errno_type(e),
        vec![Value::Int(e as i64), Value::string(strerror_text(e))],
    )
}

fn errno_error_file(e: i32, filename: Value) -> PyErr {
    PyErr::with_args(
        errno_type(e),
        vec![
            Value::Int(e as i64),
            Value::string(strerror_text(e)),
            filename,
        ],
    )
}

/// Runs a system call returning -1 on failure, retrying after EINTR once
/// the signal handlers have run.
fn retry(vm: &mut Vm, mut call: impl FnMut() -> isize) -> PyResult<isize> {
    loop {
        let r = call();
        if r >= 0 {
            return Ok(r);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(errno_error(e));
        }
        if whirl_vm::interrupt::is_requested() {
            whirl_vm::interrupt::check(vm)?;
        }
    }
}

fn int(vm: &Vm, a: &[Value], i: usize) -> PyResult<i64> {
    match a.get(i) {
        Some(v) => arg_int(vm, v),
        None => Err(PyErr::type_error("missing argument")),
    }
}

fn fd_arg(vm: &Vm, a: &[Value], i: usize) -> PyResult<i32> {
    let v = int(vm, a, i)?;
    i32::try_from(v).map_err(|_| PyErr::new(ExcType::OverflowError, "fd is out of range"))
}

fn c_int_arg(vm: &Vm, a: &[Value], i: usize) -> PyResult<i32> {
    let v = int(vm, a, i)?;
    i32::try_from(v).map_err(|_| {
        PyErr::new(
            ExcType::OverflowError,
            "signed integer is greater than maximum",
        )
    })
}

fn bytes_arg(vm: &Vm, a: &[Value], i: usize) -> PyResult<Vec<u8>> {
    let v = a.get(i).unwrap_or(&Value::None);
    whirl_vm::memoryview::buffer_bytes(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn str_arg(a: &[Value], i: usize) -> PyResult<String> {
    match a.get(i) {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(PyErr::type_error("str expected")),
    }
}

fn bytes_value(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

fn cstring(s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| PyErr::value_error("embedded null byte"))
}

// ---------------------------------------------------------------- addresses

/// Fills a `sockaddr_storage` from a Python address of the family
/// (already resolved to numeric hosts by socket.py).
fn encode_addr(family: i32, addr: &Value) -> PyResult<(libc::sockaddr_storage, libc::socklen_t)> {
    // SAFETY: an all-zero sockaddr_storage is a valid value.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let items: Vec<Value> = match addr {
        Value::Tuple(t) => t.0.to_vec(),
        _ => Vec::new(),
    };
    match family {
        libc::AF_INET => {
            if items.len() != 2 {
                return Err(PyErr::type_error(
                    "AF_INET address must be a pair (host, port)",
                ));
            }
            let host = items[0].as_str().unwrap_or("");
            let ip: std::net::Ipv4Addr = host
                .parse()
                .map_err(|_| PyErr::new(ExcType::OSError, "illegal IP address string"))?;
            let port = port_of(&items[1])?;
            // SAFETY: sockaddr_in fits in sockaddr_storage (both repr(C)).
            let sin = unsafe { &mut *(&mut ss as *mut _ as *mut libc::sockaddr_in) };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = port.to_be();
            sin.sin_addr.s_addr = u32::from(ip).to_be();
            Ok((
                ss,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            ))
        }
        libc::AF_INET6 => {
            if !(2..=4).contains(&items.len()) {
                return Err(PyErr::type_error(
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])",
                ));
            }
            let host = items[0].as_str().unwrap_or("");
            let host = host.split('%').next().unwrap_or("");
            let ip: std::net::Ipv6Addr = host
                .parse()
                .map_err(|_| PyErr::new(ExcType::OSError, "illegal IP address string"))?;
            let port = port_of(&items[1])?;
            let flow = match items.get(2) {
                Some(Value::Int(i)) => *i as u32,
                _ => 0,
            };
            let scope = match items.get(3) {
                Some(Value::Int(i)) => *i as u32,
                _ => 0,
            };
            // SAFETY: sockaddr_in6 fits in sockaddr_storage.
            let sin6 = unsafe { &mut *(&mut ss as *mut _ as *mut libc::sockaddr_in6) };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = port.to_be();
            sin6.sin6_flowinfo = flow.to_be();
            sin6.sin6_addr.s6_addr = ip.octets();
            sin6.sin6_scope_id = scope;
            Ok((
                ss,
                std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
            ))
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = match addr {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                other => whirl_vm::memoryview::buffer_bytes(other)
                    .ok_or_else(|| PyErr::type_error("a bytes-like object is required"))?,
            };
            // SAFETY: sockaddr_un fits in sockaddr_storage.
            let sun = unsafe { &mut *(&mut ss as *mut _ as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(PyErr::new(ExcType::OSError, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            let base = std::mem::size_of::<libc::sa_family_t>();
            let len = base + path.len() + usize::from(path.first() != Some(&0));
            Ok((ss, len as libc::socklen_t))
        }
        _ => Err(PyErr::new(ExcType::OSError, "unsupported address family")),
    }
}

fn port_of(v: &Value) -> PyResult<u16> {
    match v {
        Value::Int(p) if (0..=65535).contains(p) => Ok(*p as u16),
        Value::Int(_) => Err(PyErr::new(
            ExcType::OverflowError,
            "getsockaddrarg: port must be 0-65535.",
        )),
        _ => Err(PyErr::type_error("an integer is required (port)")),
    }
}

/// The Python value of a kernel-filled address.
fn decode_addr(ss: &libc::sockaddr_storage, len: libc::socklen_t) -> Value {
    match ss.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the kernel wrote a sockaddr_in for this family.
            let sin = unsafe { &*(ss as *const _ as *const libc::sockaddr_in) };
            let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Value::tuple(vec![
                Value::string(ip.to_string()),
                Value::Int(u16::from_be(sin.sin_port) as i64),
            ])
        }
        libc::AF_INET6 => {
            // SAFETY: the kernel wrote a sockaddr_in6 for this family.
            let sin6 = unsafe { &*(ss as *const _ as *const libc::sockaddr_in6) };
            let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            Value::tuple(vec![
                Value::string(ip.to_string()),
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the kernel wrote a sockaddr_un for this family.
            let sun = unsafe { &*(ss as *const _ as *const libc::sockaddr_un) };
            let base = std::mem::size_of::<libc::sa_family_t>();
            let n = (len as usize).saturating_sub(base).min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if raw.first() == Some(&0) {
                return bytes_value(raw);
            }
            let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
            Value::string(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        // An unbound socket of another family (or none): CPython shows
        // the family and raw bytes; nothing here needs more.
        _ => Value::None,
    }
}

// ------------------------------------------------------------------ sockets

fn socket(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let family = c_int_arg(vm, a, 0)?;
    let ty = c_int_arg(vm, a, 1)?;
    let proto = c_int_arg(vm, a, 2)?;
    // SAFETY: plain system call on integers.
    let fd = unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::Int(fd as i64))
}

fn socketpair(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let family = c_int_arg(vm, a, 0)?;
    let ty = c_int_arg(vm, a, 1)?;
    let proto = c_int_arg(vm, a, 2)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds has room for the two descriptors written.
    let r = unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn bind(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let family = c_int_arg(vm, a, 1)?;
    let (ss, len) = encode_addr(family, a.get(2).unwrap_or(&Value::None))?;
    // SAFETY: ss holds an address of length len.
    let r = unsafe { libc::bind(fd, &ss as *const _ as *const libc::sockaddr, len) };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

/// `connect(fd, family, addr)`: 0 or the errno (connect_ex's result; the
/// Python side raises). EINTR is retried after the handlers.
fn connect(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let family = c_int_arg(vm, a, 1)?;
    let (ss, len) = encode_addr(family, a.get(2).unwrap_or(&Value::None))?;
    // SAFETY: ss holds an address of length len.
    let r = unsafe { libc::connect(fd, &ss as *const _ as *const libc::sockaddr, len) };
    if r == 0 {
        return Ok(Value::Int(0));
    }
    let e = last_errno();
    if e == libc::EINTR {
        if whirl_vm::interrupt::is_requested() {
            whirl_vm::interrupt::check(vm)?;
        }
        // The connection goes on in the background: wait for it as
        // for a non-blocking connect.
        return Ok(Value::Int(libc::EINPROGRESS as i64));
    }
    Ok(Value::Int(e as i64))
}

fn listen(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let backlog = c_int_arg(vm, a, 1)?.max(0);
    // SAFETY: plain system call on integers.
    if unsafe { libc::listen(fd, backlog) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

fn accept(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    // SAFETY: zeroed storage is valid; len tells the kernel its size.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let new = retry(vm, || unsafe {
        // SAFETY: ss/len describe a writable buffer of that size.
        libc::accept4(
            fd,
            &mut ss as *mut _ as *mut libc::sockaddr,
            &mut len,
            libc::SOCK_CLOEXEC,
        ) as isize
    })?;
    Ok(Value::tuple(vec![
        Value::Int(new as i64),
        decode_addr(&ss, len),
    ]))
}

fn send(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let data = bytes_arg(vm, a, 1)?;
    let flags = c_int_arg(vm, a, 2)? | libc::MSG_NOSIGNAL;
    let n = retry(vm, || unsafe {
        // SAFETY: data is a live buffer of data.len() bytes.
        libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags)
    })?;
    Ok(Value::Int(n as i64))
}

fn sendto(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let data = bytes_arg(vm, a, 1)?;
    let flags = c_int_arg(vm, a, 2)? | libc::MSG_NOSIGNAL;
    let family = c_int_arg(vm, a, 3)?;
    let (ss, len) = encode_addr(family, a.get(4).unwrap_or(&Value::None))?;
    let n = retry(vm, || unsafe {
        // SAFETY: data and ss are live buffers of the lengths passed.
        libc::sendto(
            fd,
            data.as_ptr() as *const libc::c_void,
            data.len(),
            flags,
            &ss as *const _ as *const libc::sockaddr,
            len,
        )
    })?;
    Ok(Value::Int(n as i64))
}

/// The most one read or receive asks the kernel for: a larger request
/// may legally return less, and must not make the buffer allocation abort
/// the process (`recv(10**12)`).
const MAX_CHUNK: u64 = 1 << 26;

fn size_arg(vm: &Vm, a: &[Value], i: usize, what: &str) -> PyResult<usize> {
    let n = int(vm, a, i)?;
    if n < 0 {
        return Err(PyErr::value_error(format!("negative buffersize in {what}")));
    }
    Ok((n as u64).min(MAX_CHUNK) as usize)
}

fn recv(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let n = size_arg(vm, a, 1, "recv")?;
    let flags = c_int_arg(vm, a, 2)?;
    let mut buf = vec![0u8; n];
    let got = retry(vm, || unsafe {
        // SAFETY: buf is a writable buffer of buf.len() bytes.
        libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags)
    })?;
    buf.truncate(got as usize);
    Ok(bytes_value(buf))
}

fn recvfrom(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let n = size_arg(vm, a, 1, "recvfrom")?;
    let flags = c_int_arg(vm, a, 2)?;
    let mut buf = vec![0u8; n];
    // SAFETY: zeroed storage is valid.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let got = retry(vm, || unsafe {
        // SAFETY: buf and ss/len are writable buffers of the sizes passed.
        libc::recvfrom(
            fd,
            buf.as_mut_ptr() as *mut libc::c_void,
            buf.len(),
            flags,
            &mut ss as *mut _ as *mut libc::sockaddr,
            &mut len,
        )
    })?;
    buf.truncate(got as usize);
    let addr = if len == 0 {
        Value::None
    } else {
        decode_addr(&ss, len)
    };
    Ok(Value::tuple(vec![bytes_value(buf), addr]))
}

fn shutdown(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let how = c_int_arg(vm, a, 1)?;
    // SAFETY: plain system call on integers.
    if unsafe { libc::shutdown(fd, how) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    // SAFETY: closing an int descriptor; EINTR still closes it on Linux.
    if unsafe { libc::close(fd) } < 0 {
        let e = last_errno();
        if e != libc::EINTR && e != libc::ECONNRESET {
            return Err(errno_error(e));
        }
    }
    Ok(Value::None)
}

fn setsockopt(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let level = c_int_arg(vm, a, 1)?;
    let opt = c_int_arg(vm, a, 2)?;
    let r = match a.get(3) {
        Some(Value::Int(_)) | Some(Value::Bool(_)) => {
            let v = c_int_arg(vm, a, 3)?;
            // SAFETY: v is a live c_int of the size passed.
            unsafe {
                libc::setsockopt(
                    fd,
                    level,
                    opt,
                    &v as *const _ as *const libc::c_void,
                    std::mem::size_of::<libc::c_int>() as libc::socklen_t,
                )
            }
        }
        _ => {
            let b = bytes_arg(vm, a, 3)?;
            // SAFETY: b is a live buffer of the length passed.
            unsafe {
                libc::setsockopt(
                    fd,
                    level,
                    opt,
                    b.as_ptr() as *const libc::c_void,
                    b.len() as libc::socklen_t,
                )
            }
        }
    };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

fn getsockopt(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let level = c_int_arg(vm, a, 1)?;
    let opt = c_int_arg(vm, a, 2)?;
    let buflen = int(vm, a, 3)?;
    if buflen == 0 {
        let mut v: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: v/len describe a writable c_int.
        let r = unsafe {
            libc::getsockopt(
                fd,
                level,
                opt,
                &mut v as *mut _ as *mut libc::c_void,
                &mut len,
            )
        };
        if r < 0 {
            return Err(errno_error(last_errno()));
        }
        return Ok(Value::Int(v as i64));
    }
    if !(0..=1024).contains(&buflen) {
        return Err(PyErr::new(
            ExcType::OSError,
            "getsockopt buflen out of range",
        ));
    }
    let mut buf = vec![0u8; buflen as usize];
    let mut len = buf.len() as libc::socklen_t;
    // SAFETY: buf/len describe a writable buffer.
    let r = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            buf.as_mut_ptr() as *mut libc::c_void,
            &mut len,
        )
    };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    buf.truncate(len as usize);
    Ok(bytes_value(buf))
}

fn name_of(vm: &mut Vm, a: &[Value], peer: bool) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    // SAFETY: zeroed storage is valid; ss/len describe it.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let r = unsafe {
        let p = &mut ss as *mut _ as *mut libc::sockaddr;
        if peer {
            libc::getpeername(fd, p, &mut len)
        } else {
            libc::getsockname(fd, p, &mut len)
        }
    };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(decode_addr(&ss, len))
}

fn getsockname(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    name_of(vm, a, false)
}

fn getpeername(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    name_of(vm, a, true)
}

/// `set_blocking(fd, flag)`.
fn set_blocking(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let blocking = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    // SAFETY: fcntl on an int descriptor with integer flags.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl < 0 {
            return Err(errno_error(last_errno()));
        }
        let new = if blocking {
            fl & !libc::O_NONBLOCK
        } else {
            fl | libc::O_NONBLOCK
        };
        if new != fl && libc::fcntl(fd, libc::F_SETFL, new) < 0 {
            return Err(errno_error(last_errno()));
        }
    }
    Ok(Value::None)
}

fn get_blocking(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    // SAFETY: fcntl on an int descriptor.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if fl < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::Bool(fl & libc::O_NONBLOCK == 0))
}

/// `poll([(fd, events), ...], timeout_ms)`: `[(fd, revents), ...]` for the
/// descriptors with events; timeout_ms < 0 waits for ever. After EINTR the
/// handlers run and the wait goes on for what is left of the timeout.
fn poll(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let items: Vec<Value> = match a.first() {
        Some(Value::List(l)) => l.0.borrow().clone(),
        Some(Value::Tuple(t)) => t.0.to_vec(),
        _ => return Err(PyErr::type_error("poll: list expected")),
    };
    let mut fds = Vec::with_capacity(items.len());
    for it in &items {
        let pair = match it {
            Value::Tuple(t) if t.0.len() == 2 => t.0.to_vec(),
            _ => return Err(PyErr::type_error("poll: (fd, events) expected")),
        };
        let fd = fd_arg(vm, &pair, 0)?;
        let ev = int(vm, &pair, 1)?;
        fds.push(libc::pollfd {
            fd,
            events: ev as libc::c_short,
            revents: 0,
        });
    }
    let timeout = int(vm, a, 1)?;
    let deadline = (timeout >= 0)
        .then(|| std::time::Instant::now() + std::time::Duration::from_millis(timeout as u64));
    loop {
        let wait = match deadline {
            None => -1,
            Some(d) => d
                .saturating_duration_since(std::time::Instant::now())
                .as_millis()
                .min(i32::MAX as u128) as libc::c_int,
        };
        vm.flush();
        // SAFETY: fds is a live array of fds.len() pollfd structs.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait) };
        if r >= 0 {
            break;
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(errno_error(e));
        }
        if whirl_vm::interrupt::is_requested() {
            whirl_vm::interrupt::check(vm)?;
        }
    }
    Ok(Value::list(
        fds.iter()
            .filter(|p| p.revents != 0)
            .map(|p| Value::tuple(vec![Value::Int(p.fd as i64), Value::Int(p.revents as i64)]))
            .collect(),
    ))
}

fn epoll_create(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    // SAFETY: plain system call.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::Int(fd as i64))
}

/// `epoll_ctl(epfd, op, fd, events)`.
fn epoll_ctl(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let epfd = fd_arg(vm, a, 0)?;
    let op = c_int_arg(vm, a, 1)?;
    let fd = fd_arg(vm, a, 2)?;
    let events = int(vm, a, 3)? as u32;
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u64,
    };
    // SAFETY: ev is a live epoll_event.
    if unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

/// `epoll_wait(epfd, maxevents, timeout_ms)`: `[(fd, events), ...]`; after
/// EINTR the handlers run and the wait goes on for what is left.
fn epoll_wait(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let epfd = fd_arg(vm, a, 0)?;
    let max = int(vm, a, 1)?.clamp(1, 1 << 16) as usize;
    let timeout = int(vm, a, 2)?;
    let deadline = (timeout >= 0)
        .then(|| std::time::Instant::now() + std::time::Duration::from_millis(timeout as u64));
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; max];
    let n = loop {
        let wait = match deadline {
            None => -1,
            Some(d) => d
                .saturating_duration_since(std::time::Instant::now())
                .as_millis()
                .min(i32::MAX as u128) as libc::c_int,
        };
        vm.flush();
        // SAFETY: events is a writable array of `max` epoll_event structs.
        let r = unsafe { libc::epoll_wait(epfd, events.as_mut_ptr(), max as libc::c_int, wait) };
        if r >= 0 {
            break r as usize;
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(errno_error(e));
        }
        if whirl_vm::interrupt::is_requested() {
            whirl_vm::interrupt::check(vm)?;
        }
    };
    Ok(Value::list(
        events[..n]
            .iter()
            .map(|ev| {
                let (fd, bits) = (ev.u64, ev.events);
                Value::tuple(vec![Value::Int(fd as i64), Value::Int(bits as i64)])
            })
            .collect(),
    ))
}

/// `getaddrinfo(host, port, family, type, proto, flags)`: the list of
/// `(family, type, proto, canonname, sockaddr)`, or the int error code
/// (socket.py raises gaierror with `gai_strerror`).
fn getaddrinfo(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let host = match a.first() {
        None | Some(Value::None) => None,
        Some(_) => Some(cstring(&str_arg(a, 0)?)?),
    };
    let port = match a.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Int(p)) => Some(cstring(&p.to_string())?),
        Some(_) => Some(cstring(&str_arg(a, 1)?)?),
    };
    // SAFETY: an all-zero addrinfo is a valid hints value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = c_int_arg(vm, a, 2)?;
    hints.ai_socktype = c_int_arg(vm, a, 3)?;
    hints.ai_protocol = c_int_arg(vm, a, 4)?;
    hints.ai_flags = c_int_arg(vm, a, 5)?;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings outlive the call; res is freed below.
    let r = unsafe {
        libc::getaddrinfo(
            host.as_ref().map_or(std::ptr::null(), |h| h.as_ptr()),
            port.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if r != 0 {
        if r == libc::EAI_SYSTEM {
            return Err(errno_error(last_errno()));
        }
        return Ok(Value::Int(r as i64));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: p walks the list getaddrinfo returned, not yet freed;
        // ai_addr points at ai_addrlen bytes, copied into storage.
        unsafe {
            let ai = &*p;
            let mut ss: libc::sockaddr_storage = std::mem::zeroed();
            let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, &mut ss as *mut _ as *mut u8, n);
            let canon = if ai.ai_canonname.is_null() {
                String::new()
            } else {
                CStr::from_ptr(ai.ai_canonname)
                    .to_string_lossy()
                    .into_owned()
            };
            out.push(Value::tuple(vec![
                Value::Int(ai.ai_family as i64),
                Value::Int(ai.ai_socktype as i64),
                Value::Int(ai.ai_protocol as i64),
                Value::string(canon),
                decode_addr(&ss, ai.ai_addrlen),
            ]));
            p = ai.ai_next;
        }
    }
    // SAFETY: res came from a successful getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    Ok(Value::list(out))
}

fn gai_strerror(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let code = c_int_arg(vm, a, 0)?;
    // SAFETY: gai_strerror returns a static NUL-terminated string.
    let s = unsafe { CStr::from_ptr(libc::gai_strerror(code)) };
    Ok(Value::string(s.to_string_lossy().into_owned()))
}

/// `uname()`: (sysname, nodename, release, version, machine).
fn uname(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    // SAFETY: an all-zero utsname is valid; uname fills NUL-terminated
    // fields within their arrays.
    let u = unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut u) < 0 {
            return Err(errno_error(last_errno()));
        }
        u
    };
    let field = |f: &[libc::c_char]| {
        let b: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        Value::string(String::from_utf8_lossy(&b).into_owned())
    };
    Ok(Value::tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

// ------------------------------------------------------ files and processes

fn read(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let n = size_arg(vm, a, 1, "read")?;
    let mut buf = vec![0u8; n];
    let got = retry(vm, || unsafe {
        // SAFETY: buf is a writable buffer of buf.len() bytes.
        libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len())
    })?;
    buf.truncate(got as usize);
    Ok(bytes_value(buf))
}

fn write(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    let data = bytes_arg(vm, a, 1)?;
    let n = retry(vm, || unsafe {
        // SAFETY: data is a live buffer of data.len() bytes.
        libc::write(fd, data.as_ptr() as *const libc::c_void, data.len())
    })?;
    Ok(Value::Int(n as i64))
}

fn pipe(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds has room for two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn dup(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    // SAFETY: fcntl on an int descriptor.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::Int(new as i64))
}

/// `open(path, flags, mode)`: a descriptor (close-on-exec).
fn open(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let path = cstring(&str_arg(a, 0)?)?;
    let flags = c_int_arg(vm, a, 1)?;
    let mode = c_int_arg(vm, a, 2)?;
    let fd = retry(vm, || unsafe {
        // SAFETY: path is a live NUL-terminated string.
        libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) as isize
    })
    .map_err(|e| match e {
        PyErr::WithArgs(b) => {
            let (t, mut args) = *b;
            args.push(a[0].clone());
            PyErr::with_args(t, args)
        }
        other => other,
    })?;
    Ok(Value::Int(fd as i64))
}

fn strings(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<CString>> {
    let items: Vec<Value> = match v {
        Some(Value::List(l)) => l.0.borrow().clone(),
        Some(Value::Tuple(t)) => t.0.to_vec(),
        _ => return Ok(Vec::new()),
    };
    items
        .iter()
        .map(|it| match it {
            Value::Str(s) => cstring(s.as_str()),
            Value::Bytes(b) => {
                CString::new(b.to_vec()).map_err(|_| PyErr::value_error("embedded null byte"))
            }
            other => Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            ))),
        })
        .collect()
}

fn pointers(v: &[CString]) -> Vec<*const libc::c_char> {
    v.iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// `spawn(candidates, argv, env, cwd, stdin, stdout, stderr, pass_fds,
/// new_session)`: forks and execs the first candidate path that runs;
/// returns the child's pid. The child's failure to start (exec or chdir)
/// comes back through a close-on-exec pipe and is raised here, as CPython
/// raises it: FileNotFoundError naming the program (or the cwd).
fn spawn(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let candidates = strings(vm, a.first())?;
    let argv = strings(vm, a.get(1))?;
    let env = match a.get(2) {
        None | Some(Value::None) => None,
        v => Some(strings(vm, v)?),
    };
    let cwd = match a.get(3) {
        None | Some(Value::None) => None,
        Some(_) => Some(cstring(&str_arg(a, 3)?)?),
    };
    let stdio = [fd_arg(vm, a, 4)?, fd_arg(vm, a, 5)?, fd_arg(vm, a, 6)?];
    let pass_fds: Vec<i32> = match a.get(7) {
        Some(Value::List(l)) => {
            let items = l.0.borrow().clone();
            (0..items.len())
                .map(|i| fd_arg(vm, &items, i))
                .collect::<PyResult<_>>()?
        }
        _ => Vec::new(),
    };
    let new_session = match a.get(8) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let argv_ptrs = pointers(&argv);
    let env_ptrs = env.as_ref().map(|e| pointers(e));
    let cand_ptrs: Vec<*const libc::c_char> = candidates.iter().map(|c| c.as_ptr()).collect();
    let mut errpipe = [0 as libc::c_int; 2];
    // SAFETY: errpipe has room for two descriptors.
    if unsafe { libc::pipe2(errpipe.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(errno_error(last_errno()));
    }
    vm.flush();
    // SAFETY: fork; the child below only uses async-signal-safe calls on
    // the buffers prepared above and never returns.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = last_errno();
        // SAFETY: closing our own pipe.
        unsafe {
            libc::close(errpipe[0]);
            libc::close(errpipe[1]);
        }
        return Err(errno_error(e));
    }
    if pid == 0 {
        // SAFETY: see the module comment: async-signal-safe calls only.
        unsafe {
            child_exec(
                &cand_ptrs,
                &argv_ptrs,
                env_ptrs.as_deref(),
                cwd.as_ref().map(|c| c.as_ptr()),
                stdio,
                &pass_fds,
                new_session,
                errpipe[1],
            )
        }
    }
    // SAFETY: closing our copy of the write end; reading into a local
    // buffer of its size.
    unsafe { libc::close(errpipe[1]) };
    let mut report = [0u8; 5];
    let mut got = 0usize;
    while got < report.len() {
        // SAFETY: the slice after `got` is writable and in bounds.
        let r = unsafe {
            libc::read(
                errpipe[0],
                report[got..].as_mut_ptr() as *mut libc::c_void,
                report.len() - got,
            )
        };
        if r > 0 {
            got += r as usize;
        } else if r == 0 || last_errno() != libc::EINTR {
            break;
        }
    }
    // SAFETY: closing our read end.
    unsafe { libc::close(errpipe[0]) };
    if got == report.len() {
        let mut status = 0;
        // SAFETY: reaping the child that failed to start.
        unsafe { libc::waitpid(pid, &mut status, 0) };
        let e = i32::from_ne_bytes([report[1], report[2], report[3], report[4]]);
        let filename = if report[0] == 1 {
            a.get(3).cloned().unwrap_or(Value::None)
        } else {
            match a.get(1) {
                Some(Value::List(l)) => l.0.borrow().first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            }
        };
        let filename = match a.get(9) {
            Some(v) if report[0] == 0 && !v.is_none() => v.clone(),
            _ => filename,
        };
        return Err(errno_error_file(e, filename));
    }
    Ok(Value::Int(pid as i64))
}

/// The forked child: sets up its descriptors and directory, then execs.
/// Never returns. On failure writes (step, errno) to `errpipe` and exits
/// with status 255.
#[allow(clippy::too_many_arguments)]
unsafe fn child_exec(
    candidates: &[*const libc::c_char],
    argv: &[*const libc::c_char],
    env: Option<&[*const libc::c_char]>,
    cwd: Option<*const libc::c_char>,
    stdio: [i32; 3],
    pass_fds: &[i32],
    new_session: bool,
    errpipe: i32,
) -> ! {
    let fail = |step: u8, e: i32| -> ! {
        let b = e.to_ne_bytes();
        let msg = [step, b[0], b[1], b[2], b[3]];
        libc::write(errpipe, msg.as_ptr() as *const libc::c_void, msg.len());
        libc::_exit(255)
    };
    if new_session {
        libc::setsid();
    }
    // Move descriptors that sit on a low slot out of the way first, so
    // that dup2 onto 0..2 cannot clobber one still needed.
    let mut src = stdio;
    for s in src.iter_mut() {
        if *s >= 0 && *s < 3 {
            let moved = libc::fcntl(*s, libc::F_DUPFD_CLOEXEC, 3);
            if moved < 0 {
                fail(2, last_errno());
            }
            *s = moved;
        }
    }
    for (target, s) in src.iter().enumerate() {
        if *s >= 0 && libc::dup2(*s, target as i32) < 0 {
            fail(2, last_errno());
        }
    }
    for fd in pass_fds {
        let fl = libc::fcntl(*fd, libc::F_GETFD);
        if fl >= 0 {
            libc::fcntl(*fd, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
        }
    }
    if let Some(dir) = cwd {
        if libc::chdir(dir) < 0 {
            fail(1, last_errno());
        }
    }
    // Dispositions a program expects to start with (Rust ignores SIGPIPE).
    libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    let mut set: libc::sigset_t = std::mem::zeroed();
    libc::sigemptyset(&mut set);
    libc::pthread_sigmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
    let mut err = libc::ENOENT;
    for c in candidates {
        match env {
            Some(e) => libc::execve(*c, argv.as_ptr(), e.as_ptr()),
            None => libc::execv(*c, argv.as_ptr()),
        };
        let e = last_errno();
        if e != libc::ENOENT && e != libc::ENOTDIR && err == libc::ENOENT {
            err = e;
        }
    }
    fail(0, err)
}

/// `waitpid(pid, options)`: (pid, returncode) where returncode is the exit
/// status, or minus the signal that killed it; (0, None) when WNOHANG
/// finds it still running.
fn waitpid(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let pid = c_int_arg(vm, a, 0)?;
    let options = c_int_arg(vm, a, 1)?;
    let mut status: libc::c_int = 0;
    let r = retry(vm, || unsafe {
        // SAFETY: status is a writable c_int.
        libc::waitpid(pid, &mut status, options) as isize
    })?;
    let rc = if r == 0 {
        Value::None
    } else if libc::WIFEXITED(status) {
        Value::Int(libc::WEXITSTATUS(status) as i64)
    } else if libc::WIFSIGNALED(status) {
        Value::Int(-(libc::WTERMSIG(status) as i64))
    } else {
        Value::None
    };
    Ok(Value::tuple(vec![Value::Int(r as i64), rc]))
}

fn kill(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let pid = c_int_arg(vm, a, 0)?;
    let sig = c_int_arg(vm, a, 1)?;
    // SAFETY: plain system call on integers.
    if unsafe { libc::kill(pid, sig) } < 0 {
        return Err(errno_error(last_errno()));
    }
    run_handlers_now(vm)?;
    Ok(Value::None)
}

fn raise_errno(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let e = c_int_arg(vm, a, 0)?;
    match a.get(1) {
        Some(f) if !f.is_none() => Err(errno_error_file(e, f.clone())),
        _ => Err(errno_error(e)),
    }
}

fn strerror(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let e = c_int_arg(vm, a, 0)?;
    Ok(Value::string(strerror_text(e)))
}

// ------------------------------------------------------------------ signals

/// The descriptor `set_wakeup_fd` chose (-1: none); the C handler writes
/// the signal number there as one byte.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// The thread running Python code (set when a handler is installed, from
/// that thread). A process-directed signal may land on another thread of
/// the process (the binary's main thread waits for the interpreter's);
/// the handler then forwards it, so that the system call blocking the
/// interpreter is interrupted and the Python handler runs at once.
static PYTHON_THREAD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

extern "C" fn on_signal(sig: libc::c_int) {
    let target = PYTHON_THREAD.load(Ordering::Relaxed);
    // SAFETY: pthread_self and pthread_kill are async-signal-safe; target
    // is a live thread (the interpreter's, which outlives the handlers).
    unsafe {
        if target != 0 && libc::pthread_self() as u64 != target {
            libc::pthread_kill(target as libc::pthread_t, sig);
            return;
        }
    }
    whirl_vm::interrupt::request_signal(sig);
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        // SAFETY: write is async-signal-safe; errno is saved and restored
        // so that the interrupted code sees its own.
        unsafe {
            let saved = *libc::__errno_location();
            libc::write(fd, &b as *const u8 as *const libc::c_void, 1);
            *libc::__errno_location() = saved;
        }
    }
}

/// Runs the Python handlers of signals already caught (after raising or
/// sending one to ourselves, CPython runs its handler before returning).
fn run_handlers_now(vm: &mut Vm) -> PyResult<()> {
    if whirl_vm::interrupt::is_requested() {
        whirl_vm::interrupt::check(vm)?;
    }
    Ok(())
}

/// The signal hook: calls `signal._dispatch(signum)` for each caught signal.
fn dispatch_signals(vm: &mut Vm, mask: u64) -> PyResult<()> {
    let Some(m) = vm.modules.get_str(&whirl_vm::str::intern("signal")) else {
        return Ok(());
    };
    let f = vm.getattr(&m, &whirl_vm::str::intern("_dispatch"))?;
    for sig in 1..=64 {
        if mask & (1 << (sig - 1)) != 0 {
            vm.call(&f, vec![Value::Int(sig)])?;
        }
    }
    Ok(())
}

fn signum_arg(vm: &Vm, a: &[Value]) -> PyResult<i32> {
    let s = c_int_arg(vm, a, 0)?;
    if !(1..65).contains(&s) {
        return Err(PyErr::value_error("signal number out of range"));
    }
    Ok(s)
}

/// `signal_set(signum, kind)`: 0 SIG_DFL, 1 SIG_IGN, 2 the Python handler
/// (the C handler records it for `_dispatch`).
fn signal_set(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let sig = signum_arg(vm, a)?;
    let kind = int(vm, a, 1)?;
    whirl_vm::interrupt::set_signal_hook(dispatch_signals);
    // SAFETY: pthread_self has no preconditions.
    PYTHON_THREAD.store(unsafe { libc::pthread_self() } as u64, Ordering::Relaxed);
    // SAFETY: a zeroed sigaction filled in; the handler only touches
    // atomics and write(2).
    let r = unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = match kind {
            0 => libc::SIG_DFL,
            1 => libc::SIG_IGN,
            _ => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
        };
        act.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut act.sa_mask);
        libc::sigaction(sig, &act, std::ptr::null_mut())
    };
    if r < 0 {
        return Err(errno_error(last_errno()));
    }
    Ok(Value::None)
}

/// `signal_get(signum)`: 0 SIG_DFL, 1 SIG_IGN, 2 some handler.
fn signal_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let sig = signum_arg(vm, a)?;
    // SAFETY: querying into a zeroed struct.
    let old = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut old) < 0 {
            return Err(errno_error(last_errno()));
        }
        old
    };
    Ok(Value::Int(match old.sa_sigaction {
        libc::SIG_DFL => 0,
        libc::SIG_IGN => 1,
        _ => 2,
    }))
}

fn alarm(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let secs = int(vm, a, 0)?;
    let secs = u32::try_from(secs).map_err(|_| {
        PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C unsigned long",
        )
    })?;
    // SAFETY: plain system call.
    Ok(Value::Int(unsafe { libc::alarm(secs) } as i64))
}

fn raise_signal(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let sig = c_int_arg(vm, a, 0)?;
    // SAFETY: plain libc call; an invalid number fails with EINVAL.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(errno_error(last_errno()));
    }
    run_handlers_now(vm)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let sig = c_int_arg(vm, a, 0)?;
    if !(1..65).contains(&sig) {
        return Err(PyErr::value_error("signal number out of range"));
    }
    // SAFETY: strsignal returns a NUL-terminated string, copied at once.
    let s = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return Ok(Value::None);
        }
        CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if s.starts_with("Unknown signal") || s.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(Value::string(s))
}

fn set_wakeup_fd(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0)?;
    if fd >= 0 {
        // SAFETY: fcntl on an int descriptor.
        if unsafe { libc::fcntl(fd, libc::F_GETFL) } < 0 {
            return Err(errno_error(last_errno()));
        }
    }
    Ok(Value::Int(
        WAKEUP_FD.swap(fd.max(-1), Ordering::Relaxed) as i64
    ))
}

/// `setitimer(which, seconds, interval)`: the old (seconds, interval).
fn setitimer(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let which = c_int_arg(vm, a, 0)?;
    let float = |i: usize| -> PyResult<f64> {
        whirl_vm::ops::to_f64(a.get(i).unwrap_or(&Value::Int(0)))
            .ok_or_else(|| PyErr::type_error("a float is required"))
    };
    let secs = float(1)?;
    let interval = float(2)?;
    let tv = |s: f64| libc::timeval {
        tv_sec: s.trunc() as libc::time_t,
        tv_usec: ((s.fract()) * 1e6) as libc::suseconds_t,
    };
    let new = libc::itimerval {
        it_interval: tv(interval),
        it_value: tv(secs),
    };
    // SAFETY: zeroed itimerval is valid; both are live structs.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which as _, &new, &mut old) } < 0 {
        return Err(errno_error(last_errno()));
    }
    let f = |t: libc::timeval| Value::Float(t.tv_sec as f64 + t.tv_usec as f64 / 1e6);
    Ok(Value::tuple(vec![f(old.it_value), f(old.it_interval)]))
}

fn getpid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_syscalls",
        vec![
            f("socket", socket),
            f("socketpair", socketpair),
            f("bind", bind),
            f("connect", connect),
            f("listen", listen),
            f("accept", accept),
            f("send", send),
            f("sendto", sendto),
            f("recv", recv),
            f("recvfrom", recvfrom),
            f("shutdown", shutdown),
            f("close", close),
            f("setsockopt", setsockopt),
            f("getsockopt", getsockopt),
            f("getsockname", getsockname),
            f("getpeername", getpeername),
            f("set_blocking", set_blocking),
            f("get_blocking", get_blocking),
            f("poll", poll),
            f("epoll_create", epoll_create),
            f("epoll_ctl", epoll_ctl),
            f("epoll_wait", epoll_wait),
            f("getaddrinfo", getaddrinfo),
            f("gai_strerror", gai_strerror),
            f("uname", uname),
            f("read", read),
            f("write", write),
            f("pipe", pipe),
            f("dup", dup),
            f("open", open),
            f("spawn", spawn),
            f("waitpid", waitpid),
            f("kill", kill),
            f("raise_errno", raise_errno),
            f("strerror", strerror),
            f("signal_set", signal_set),
            f("signal_get", signal_get),
            f("alarm", alarm),
            f("raise_signal", raise_signal),
            f("strsignal", strsignal),
            f("set_wakeup_fd", set_wakeup_fd),
            f("setitimer", setitimer),
            f("getpid", getpid),
        ],
    ))
}
