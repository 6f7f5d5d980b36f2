//! The libc calls the `posix` module (os.rs) needs that std does not
//! offer, each wrapped in a safe function. Every `unsafe` block of the
//! module is here, with the invariant that makes it sound beside it; the
//! calls report failure through errno, which `io::Error::last_os_error`
//! keeps for the caller to turn into the right OSError subclass.

use std::ffi::CStr;
use std::io;
use std::mem::MaybeUninit;

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// The fields of `struct stat` that `os.stat_result` shows.
pub struct Stat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: i64,
    pub atime: (i64, i64),
    pub mtime: (i64, i64),
    pub ctime: (i64, i64),
    pub blksize: i64,
    pub blocks: i64,
    pub rdev: u64,
}

fn from_stat(s: &libc::stat) -> Stat {
    Stat {
        mode: s.st_mode,
        ino: s.st_ino,
        dev: s.st_dev,
        nlink: s.st_nlink,
        uid: s.st_uid,
        gid: s.st_gid,
        size: s.st_size,
        atime: (s.st_atime, s.st_atime_nsec),
        mtime: (s.st_mtime, s.st_mtime_nsec),
        ctime: (s.st_ctime, s.st_ctime_nsec),
        blksize: s.st_blksize,
        blocks: s.st_blocks,
        rdev: s.st_rdev,
    }
}

/// `stat` or `lstat` of a path.
pub fn stat(path: &CStr, follow: bool) -> io::Result<Stat> {
    let mut st = MaybeUninit::<libc::stat>::uninit();
    // SAFETY: `path` is NUL-terminated (a CStr) and `st` points to room
    // for one `struct stat`, which a successful call fills completely.
    let r = unsafe {
        if follow {
            libc::stat(path.as_ptr(), st.as_mut_ptr())
        } else {
            libc::lstat(path.as_ptr(), st.as_mut_ptr())
        }
    };
    check(r)?;
    // SAFETY: the call succeeded, so `st` is initialised.
    Ok(from_stat(unsafe { st.assume_init_ref() }))
}

/// `fstat` of a descriptor.
pub fn fstat(fd: i32) -> io::Result<Stat> {
    let mut st = MaybeUninit::<libc::stat>::uninit();
    // SAFETY: `st` points to room for one `struct stat`; a bad descriptor
    // is an error (EBADF), not undefined behaviour.
    check(unsafe { libc::fstat(fd, st.as_mut_ptr()) })?;
    // SAFETY: the call succeeded, so `st` is initialised.
    Ok(from_stat(unsafe { st.assume_init_ref() }))
}

/// `open(2)`; the descriptor is not inherited by child processes, as
/// CPython's `os.open` makes it (PEP 446).
pub fn open(path: &CStr, flags: i32, mode: u32) -> io::Result<i32> {
    // SAFETY: `path` is NUL-terminated; the mode is passed as the variadic
    // `mode_t` argument open expects.
    check(unsafe { libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
}

pub fn read(fd: i32, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: the kernel writes at most `buf.len()` bytes into `buf`.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(n as usize)
    }
}

pub fn write(fd: i32, buf: &[u8]) -> io::Result<usize> {
    // SAFETY: the kernel reads at most `buf.len()` bytes from `buf`.
    let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
    if n < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(n as usize)
    }
}

pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: closing a number is sound whatever it is (EBADF if unused);
    // whirl's own files are std `File`s, which never alias these numbers
    // except through a program closing what it did not open, as in C.
    check(unsafe { libc::close(fd) }).map(drop)
}

pub fn lseek(fd: i32, pos: i64, how: i32) -> io::Result<i64> {
    // SAFETY: plain integer arguments.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// `pipe2(O_CLOEXEC)`: (read end, write end).
pub fn pipe() -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

/// `dup`, non-inheritable as CPython's.
pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    if inheritable || fd == fd2 {
        check(unsafe { libc::dup2(fd, fd2) })
    } else {
        check(unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) })
    }
}

pub fn fsync(fd: i32) -> io::Result<()> {
    // SAFETY: plain integer argument.
    check(unsafe { libc::fsync(fd) }).map(drop)
}

pub fn isatty(fd: i32) -> bool {
    // SAFETY: plain integer argument.
    unsafe { libc::isatty(fd) == 1 }
}

/// `fcntl(fd, F_GETFD)` / `F_GETFL`: the descriptor's or the file's flags.
pub fn get_flags(fd: i32, file_flags: bool) -> io::Result<i32> {
    let cmd = if file_flags {
        libc::F_GETFL
    } else {
        libc::F_GETFD
    };
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fcntl(fd, cmd) })
}

pub fn set_flags(fd: i32, file_flags: bool, flags: i32) -> io::Result<()> {
    let cmd = if file_flags {
        libc::F_SETFL
    } else {
        libc::F_SETFD
    };
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fcntl(fd, cmd, flags) }).map(drop)
}

pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::ftruncate(fd, len) }).map(drop)
}

pub fn truncate(path: &CStr, len: i64) -> io::Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::truncate(path.as_ptr(), len) }).map(drop)
}

/// `access(2)` (or `faccessat` with AT_EACCESS for effective ids).
pub fn access(path: &CStr, mode: i32, effective: bool) -> bool {
    let flags = if effective { libc::AT_EACCESS } else { 0 };
    // SAFETY: `path` is NUL-terminated.
    unsafe { libc::faccessat(libc::AT_FDCWD, path.as_ptr(), mode, flags) == 0 }
}

pub fn chmod(path: &CStr, mode: u32) -> io::Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::chmod(path.as_ptr(), mode) }).map(drop)
}

pub fn fchmod(fd: i32, mode: u32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::fchmod(fd, mode) }).map(drop)
}

/// `utimensat`: (seconds, nanoseconds) for access and modification, or
/// None for "now".
pub fn utime(path: &CStr, times: Option<[(i64, i64); 2]>, follow: bool) -> io::Result<()> {
    let ts = times.map(|t| {
        t.map(|(s, ns)| libc::timespec {
            tv_sec: s,
            tv_nsec: ns,
        })
    });
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated; `ptr` is null or points to two
    // timespecs that live until the call returns.
    check(unsafe { libc::utimensat(libc::AT_FDCWD, path.as_ptr(), ptr, flags) }).map(drop)
}

pub fn getppid() -> i32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::getppid() }
}

pub fn kill(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::kill(pid, sig) }).map(drop)
}

/// `_exit(2)`: ends the process at once, without unwinding or flushing.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: ends the process; nothing runs after it.
    unsafe { libc::_exit(code) }
}

/// (uid, euid, gid, egid).
pub fn ids() -> (u32, u32, u32, u32) {
    // SAFETY: no arguments; these calls cannot fail.
    unsafe {
        (
            libc::getuid(),
            libc::geteuid(),
            libc::getgid(),
            libc::getegid(),
        )
    }
}

pub fn umask(mask: u32) -> u32 {
    // SAFETY: plain integer argument; cannot fail.
    unsafe { libc::umask(mask) }
}

/// Processors online, as CPython's `os.cpu_count`.
pub fn cpu_count() -> Option<i64> {
    // SAFETY: plain integer argument.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    (n >= 1).then_some(n as i64)
}

fn field(chars: &[libc::c_char]) -> String {
    let bytes: Vec<u8> = chars
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// (sysname, nodename, release, version, machine).
pub fn uname() -> io::Result<[String; 5]> {
    let mut u = MaybeUninit::<libc::utsname>::uninit();
    // SAFETY: `u` points to room for one `struct utsname`.
    check(unsafe { libc::uname(u.as_mut_ptr()) })?;
    // SAFETY: the call succeeded, so `u` is initialised; its fields are
    // NUL-terminated arrays, read only up to their length.
    let u = unsafe { u.assume_init_ref() };
    Ok([
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ])
}

/// (columns, lines) of the terminal on `fd`.
pub fn terminal_size(fd: i32) -> io::Result<(u16, u16)> {
    let mut w = MaybeUninit::<libc::winsize>::uninit();
    // SAFETY: TIOCGWINSZ writes one `struct winsize` to the pointer.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, w.as_mut_ptr()) })?;
    // SAFETY: the call succeeded, so `w` is initialised.
    let w = unsafe { w.assume_init_ref() };
    Ok((w.ws_col, w.ws_row))
}

/// The fields of `os.statvfs_result`, in its order.
pub fn statvfs(path: &CStr) -> io::Result<[u64; 10]> {
    let mut s = MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `path` is NUL-terminated; `s` has room for one statvfs.
    check(unsafe { libc::statvfs(path.as_ptr(), s.as_mut_ptr()) })?;
    // SAFETY: the call succeeded, so `s` is initialised.
    let s = unsafe { s.assume_init_ref() };
    Ok([
        s.f_bsize,
        s.f_frsize,
        s.f_blocks,
        s.f_bfree,
        s.f_bavail,
        s.f_files,
        s.f_ffree,
        s.f_favail,
        s.f_flag,
        s.f_namemax,
    ])
}

/// `system(3)`: runs a shell command, returns its wait status.
pub fn system(command: &CStr) -> io::Result<i32> {
    // SAFETY: `command` is NUL-terminated; system waits for the child.
    check(unsafe { libc::system(command.as_ptr()) })
}

/// (user, system, children's user, children's system, elapsed) seconds.
pub fn times() -> io::Result<[f64; 5]> {
    let mut t = MaybeUninit::<libc::tms>::uninit();
    // SAFETY: `t` has room for one `struct tms`.
    let elapsed = unsafe { libc::times(t.as_mut_ptr()) };
    if elapsed == -1 as libc::clock_t {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the call succeeded, so `t` is initialised.
    let t = unsafe { t.assume_init_ref() };
    // SAFETY: plain integer argument.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    Ok([
        t.tms_utime as f64 / ticks,
        t.tms_stime as f64 / ticks,
        t.tms_cutime as f64 / ticks,
        t.tms_cstime as f64 / ticks,
        elapsed as f64 / ticks,
    ])
}

/// The 1, 5 and 15 minute load averages.
pub fn getloadavg() -> Option<[f64; 3]> {
    let mut avg = [0f64; 3];
    // SAFETY: `avg` has room for the 3 values asked for.
    let n = unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) };
    (n == 3).then_some(avg)
}

pub fn mkfifo(path: &CStr, mode: u32) -> io::Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::mkfifo(path.as_ptr(), mode) }).map(drop)
}
