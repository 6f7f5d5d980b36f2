//! `os` and `os.path`: the environment, the working directory, directory
//! listings and path manipulation (POSIX paths).

use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

fn text(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(PyErr::type_error(format!(
            "{what}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(format!(
            "{what}() missing required argument 'path'"
        ))),
    }
}

/// An OSError of the right subclass, worded as CPython's.
pub(crate) fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    let (t, errno, msg) = match e.kind() {
        std::io::ErrorKind::NotFound => {
            (ExcType::FileNotFoundError, 2, "No such file or directory")
        }
        std::io::ErrorKind::PermissionDenied => (ExcType::PermissionError, 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => (ExcType::FileExistsError, 17, "File exists"),
        _ => match e.raw_os_error() {
            Some(20) => (ExcType::NotADirectoryError, 20, "Not a directory"),
            Some(21) => (ExcType::IsADirectoryError, 21, "Is a directory"),
            Some(39) => (ExcType::OSError, 39, "Directory not empty"),
            _ => (
                ExcType::OSError,
                e.raw_os_error().unwrap_or(0),
                "Input/output error",
            ),
        },
    };
    PyErr::with_args(
        t,
        vec![Value::Int(errno as i64), Value::str(msg), Value::str(path)],
    )
}

fn getcwd(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(Value::string(d.display().to_string()))
}

fn chdir(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = match a.first() {
        None => ".".to_string(),
        some => text(vm, some, "listdir")?,
    };
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&p).map_err(|e| os_error(&e, &p))? {
        let entry = entry.map_err(|e| os_error(&e, &p))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().to_string(),
        ));
    }
    Ok(Value::list(names))
}

fn mkdir(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "makedirs")?;
    let exist_ok = match a.get(2).or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == "exist_ok")
            .map(|(_, v)| v)
    }) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() && !exist_ok {
        return Err(PyErr::with_args(
            ExcType::FileExistsError,
            vec![Value::Int(17), Value::str("File exists"), Value::str(&p)],
        ));
    }
    std::fs::create_dir_all(&p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::None)
}

/// `os.chmod(path, mode)`: the permission bits of a file.
fn chmod(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let p = text(vm, a.first(), "chmod")?;
    let mode = match a.get(1) {
        Some(Value::Int(m)) => *m,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "chmod() missing required argument 'mode' (pos 2)",
            ))
        }
    };
    let mode = u32::try_from(mode)
        .map_err(|_| PyErr::new(ExcType::OverflowError, "mode is out of range"))?;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error(&e, &p))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let from = text(vm, a.first(), "rename")?;
    let to = text(vm, a.get(1), "rename")?;
    std::fs::rename(&from, &to).map_err(|e| os_error(&e, &from))?;
    Ok(Value::None)
}

fn putenv(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let k = text(vm, a.first(), "putenv")?;
    let v = text(vm, a.get(1), "putenv")?;
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::set_var(&k, &v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let k = text(vm, a.first(), "unsetenv")?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::remove_var(&k);
    Ok(Value::None)
}

fn getpid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

/// `os.urandom(size)`: bytes from the kernel's random source.
fn urandom(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::io::Read;
    let Some(n) = a.first() else {
        return Err(PyErr::type_error(
            "urandom() missing required argument 'size' (pos 1)",
        ));
    };
    let n = whirl_vm::types::arg_int(vm, n)?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(n as usize).is_err() {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    out.resize(n as usize, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut out))
        .map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))?;
    Ok(Value::Bytes(Rc::new(out)))
}

// ----- os.path -----

fn join(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let mut out = text(vm, a.first(), "join")?;
    for p in &a[1..] {
        let p = text(vm, Some(p), "join")?;
        if p.starts_with('/') {
            out = p;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&p);
        } else {
            out.push('/');
            out.push_str(&p);
        }
    }
    Ok(Value::string(out))
}

fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

fn split(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (h, t) = split_path(&text(vm, a.first(), "split")?);
    Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
}

fn basename(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::string(
        split_path(&text(vm, a.first(), "basename")?).1,
    ))
}

fn dirname(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::string(
        split_path(&text(vm, a.first(), "dirname")?).0,
    ))
}

fn splitext(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "splitext")?;
    let base_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let base = &p[base_start..];
    let leading = base.len() - base.trim_start_matches('.').len();
    let (root, ext) = match base[leading..].rfind('.') {
        Some(i) => p.split_at(base_start + leading + i),
        None => (p.as_str(), ""),
    };
    Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]))
}

fn exists(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        std::path::Path::new(&text(vm, a.first(), "exists")?).exists(),
    ))
}

fn isfile(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        std::path::Path::new(&text(vm, a.first(), "isfile")?).is_file(),
    ))
}

fn isdir(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        std::path::Path::new(&text(vm, a.first(), "isdir")?).is_dir(),
    ))
}

fn isabs(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(text(vm, a.first(), "isabs")?.starts_with('/')))
}

/// `normpath`: collapses `//`, `.` and `..` as CPython's posixpath does.
fn normalize(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if parts.last().map(|l| *l != "..").unwrap_or(false) {
                    parts.pop();
                } else if initial == 0 {
                    parts.push("..");
                }
            }
            c => parts.push(c),
        }
    }
    let joined = parts.join("/");
    let out = format!("{}{}", "/".repeat(initial), joined);
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn normpath(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::string(normalize(&text(vm, a.first(), "normpath")?)))
}

fn abspath(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "abspath")?;
    let full = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
        format!("{}/{}", cwd.display(), p)
    };
    Ok(Value::string(normalize(&full)))
}

/// `os.path.realpath(path)`: symbolic links resolved component by
/// component, as CPython's non-strict posixpath.realpath (a part that does
/// not exist is kept as written; a link loop stops resolving).
fn realpath(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "realpath")?;
    if p.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    let full = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
        format!("{}/{}", cwd.display(), p)
    };
    let mut pending: std::collections::VecDeque<String> =
        full.split('/').map(str::to_string).collect();
    let mut parts: Vec<String> = Vec::new();
    let mut links = 0;
    while let Some(name) = pending.pop_front() {
        match name.as_str() {
            "" | "." => continue,
            ".." => {
                parts.pop();
                continue;
            }
            _ => {}
        }
        let candidate = format!("/{}", {
            let mut v = parts.clone();
            v.push(name.clone());
            v.join("/")
        });
        let is_link = std::fs::symlink_metadata(&candidate)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false);
        if is_link && links < 40 {
            if let Ok(target) = std::fs::read_link(&candidate) {
                links += 1;
                let target = target.to_string_lossy().into_owned();
                if target.starts_with('/') {
                    parts.clear();
                }
                for comp in target.split('/').rev() {
                    pending.push_front(comp.to_string());
                }
                continue;
            }
        }
        parts.push(name);
    }
    Ok(Value::string(format!("/{}", parts.join("/"))))
}

/// `os.symlink(src, dst)`.
fn symlink(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let src = text(vm, a.first(), "symlink")?;
    let dst = text(vm, a.get(1), "symlink")?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(&e, &dst))?;
    Ok(Value::None)
}

/// `os.path.islink(path)`.
fn islink(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "islink")?;
    Ok(Value::Bool(
        std::fs::symlink_metadata(&p)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false),
    ))
}

fn getsize(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "getsize")?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::Int(m.len() as i64))
}

/// `os.path.getmtime(path)`: seconds since the epoch, as a float.
fn getmtime(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = text(vm, a.first(), "getmtime")?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, &p))?;
    let modified = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .unwrap_or_default();
    Ok(Value::Float(modified.as_secs_f64()))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    let path = vm.make_module(
        "posixpath",
        vec![
            f("join", join),
            f("split", split),
            f("basename", basename),
            f("dirname", dirname),
            f("splitext", splitext),
            f("exists", exists),
            f("isfile", isfile),
            f("isdir", isdir),
            f("isabs", isabs),
            f("normpath", normpath),
            f("abspath", abspath),
            f("realpath", realpath),
            f("islink", islink),
            f("getsize", getsize),
            f("getmtime", getmtime),
            ("sep", Value::str("/")),
        ],
    );
    let _ = vm.modules.set(Value::str("os.path"), path.clone());
    let environ = whirl_vm::gc::new_dict();
    for (k, v) in std::env::vars() {
        environ.set_str(Rc::new(whirl_vm::str::PyStr::new(k)), Value::string(v));
    }
    let module = vm.make_module(
        "os",
        vec![
            ("path", path),
            ("_initial_environ", Value::Dict(environ)),
            ("sep", Value::str("/")),
            ("linesep", Value::str("\n")),
            ("name", Value::str("posix")),
            ("curdir", Value::str(".")),
            ("pardir", Value::str("..")),
            f("getcwd", getcwd),
            f("chdir", chdir),
            f("listdir", listdir),
            f("mkdir", mkdir),
            f("symlink", symlink),
            f("makedirs", makedirs),
            f("remove", remove),
            f("unlink", remove),
            f("rmdir", rmdir),
            f("rename", rename),
            f("chmod", chmod),
            f("putenv", putenv),
            f("unsetenv", unsetenv),
            f("getpid", getpid),
            f("urandom", urandom),
        ],
    );
    if let Value::Module(m) = &module {
        m.dict.set_str(
            whirl_vm::str::intern("__builtins__"),
            Value::Dict(vm.builtins.clone()),
        );
        let code = vm
            .compile(ENVIRON, "<frozen os>")
            .map_err(|e| PyErr::new(ExcType::SystemError, format!("os: {}", e.message)))?;
        vm.run_code(code, m.dict.clone()).map_err(PyErr::Raised)?;
    }
    Ok(module)
}

/// `os.environ` as CPython has it: a mapping that prints as
/// `environ({...})` and writes through to the process environment, and
/// `os.getenv` reading it.
const ENVIRON: &str = r#"
class _Environ(dict):
    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwargs):
        for key, value in dict(other, **kwargs).items():
            self[key] = value

    def pop(self, key, *default):
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def clear(self):
        for key in list(self):
            del self[key]

    def copy(self):
        return dict(self)


environ = _Environ(_initial_environ)
del _initial_environ


import abc as _abc


class PathLike(_abc.ABC):
    """The protocol of objects that stand for a file system path: an
    `__fspath__` method returning str or bytes."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fspath(path):
    """The str or bytes a path object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
            type(path).__name__, type(result).__name__))
    return result


def fsencode(filename):
    """A path as bytes in the file system encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """A path as str from the file system encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def walk(top, topdown=True, onerror=None, followlinks=False):
    """The directory tree under top: (dirpath, dirnames, filenames) for
    each directory, parents first unless topdown is false."""
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, files = [], []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            files.append(name)
    if topdown:
        yield top, dirs, files
    for name in dirs:
        child = path.join(top, name)
        if followlinks or not path.islink(child):
            yield from walk(child, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError("str expected, not %s" % type(key).__name__)
    return environ.get(key, default)
"#;
