//! `sys`: argv, exit, path, modules, stdout/stderr, the recursion limit.

use std::io::Write;
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{arg_int, builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// How the command line started the interpreter: what `sys.orig_argv`,
/// `sys.flags` and `sys._xoptions` show.
#[derive(Default, Clone)]
pub struct Startup {
    pub orig_argv: Vec<String>,
    /// `sys.flags`' fields in CPython's order (dev_mode and safe_path are
    /// shown as bools).
    pub flags: Vec<(&'static str, i64)>,
    /// `-X` options as given (`name` or `name=value`).
    pub xoptions: Vec<String>,
}

thread_local! {
    static STARTUP: std::cell::RefCell<Option<Startup>> = const { std::cell::RefCell::new(None) };
}

/// Records the command line's settings for `sys` (before it is imported).
pub fn configure(startup: Startup) {
    STARTUP.with(|s| *s.borrow_mut() = Some(startup));
}

/// `sys.flags` with every field at its default (an embedding without a
/// command line).
fn default_flags() -> Vec<(&'static str, i64)> {
    [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
    ]
    .into_iter()
    .map(|n| (n, i64::from(n == "hash_randomization")))
    .collect()
}

/// `sys._write_bytes(fd, data)`: the `.buffer` of sys.stdout/stderr.
fn write_bytes(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = arg_int(vm, a.first().unwrap_or(&Value::None))?;
    let data: Vec<u8> = match a.get(1) {
        Some(Value::Bytes(b)) => b.to_vec(),
        Some(Value::ByteArray(b)) => b.data.borrow().clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "write() takes exactly one argument (0 given)",
            ))
        }
    };
    vm.flush();
    let r = if fd == 2 {
        std::io::stderr().write_all(&data)
    } else {
        let mut out = std::io::stdout();
        out.write_all(&data).and_then(|_| out.flush())
    };
    r.map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))?;
    Ok(Value::Int(data.len() as i64))
}

/// `sys._read_stdin(n)`: up to n bytes of standard input (all of it when
/// n < 0), or a line with `n is None`.
fn read_stdin_bytes(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::io::{BufRead, Read};
    vm.flush();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut buf = Vec::new();
    let r = match a.first() {
        None | Some(Value::None) => lock.read_until(b'\n', &mut buf).map(|_| ()),
        Some(v) => {
            let n = arg_int(vm, v)?;
            if n < 0 {
                lock.read_to_end(&mut buf).map(|_| ())
            } else {
                // What is there, up to n bytes, without waiting for more.
                lock.fill_buf()
                    .map(|avail| {
                        let k = avail.len().min(n as usize);
                        buf.extend_from_slice(&avail[..k]);
                        k
                    })
                    .map(|k| lock.consume(k))
            }
        }
    };
    r.map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))?;
    Ok(Value::Bytes(Rc::new(buf)))
}

fn isatty(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fd = arg_int(vm, a.first().unwrap_or(&Value::None))?;
    Ok(Value::Bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    }))
}

fn intern_str(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Str(s)) => Ok(Value::Str(whirl_vm::str::intern(s.as_str()))),
        Some(other) => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(
            "intern() takes exactly one argument (0 given)",
        )),
    }
}

fn displayhook(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    vm.display_value(a.first().cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn utf8_name(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn surrogateescape(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str("surrogateescape"))
}

fn false_fn(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn exit(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Err(PyErr::with_args(ExcType::SystemExit, a.to_vec()))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = arg_int(vm, a.first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// `sys.getrefcount(x)`: the references x's object has, the argument's
/// own included; values that are no heap object (small ints, None,
/// bools) count as always referenced, as CPython's immortal ones.
fn getrefcount(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    whirl_vm::types::nargs("getrefcount", a, 1, 1)?;
    Ok(Value::Int(
        a[0].ref_count().map_or(4294967295, |n| n as i64),
    ))
}

/// `sys.set_asyncgen_hooks` and `get_asyncgen_hooks`: the hooks live
/// with the async generator objects, in `_asyncgen`.
fn asyncgen_hooks_call(vm: &mut Vm, name: &str, a: &[Value], kw: Kw) -> PyResult<Value> {
    let m = vm.import_module("_asyncgen")?;
    let f = vm.getattr(&m, &whirl_vm::str::intern(name))?;
    vm.call_kw(&f, a.to_vec(), kw.to_vec())
}

fn set_asyncgen_hooks(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    asyncgen_hooks_call(vm, "set_asyncgen_hooks", a, kw)
}

fn get_asyncgen_hooks(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    asyncgen_hooks_call(vm, "get_asyncgen_hooks", a, kw)
}

fn exc_info(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(match vm.exc_info.clone() {
        Value::Instance(i) if i.exc.is_some() => Value::tuple(vec![
            Value::Class(i.class.clone()),
            Value::Instance(i.clone()),
            vm.traceback_of(&i),
        ]),
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn exception(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(match &vm.exc_info {
        v @ Value::Instance(_) => v.clone(),
        _ => Value::None,
    })
}

fn write_stdout(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = text_arg(vm, a)?;
    vm.write_out_checked(&s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn write_stderr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = text_arg(vm, a)?;
    vm.flush();
    // sys.stderr escapes what UTF-8 cannot hold (lone surrogates).
    let bytes = whirl_vm::codecs::encode(&s, "utf-8", "backslashreplace")?;
    let _ = std::io::stderr().write_all(&bytes);
    Ok(Value::Int(s.chars().count() as i64))
}

/// `sys.excepthook(type, value, traceback)`: the traceback printed as for
/// an uncaught exception.
fn excepthook(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "excepthook expected 3 arguments, got {}",
            a.len()
        )));
    }
    let text = match &a[1] {
        Value::Instance(i) if i.exc.is_some() => whirl_vm::traceback::format_uncaught(vm, i),
        other => format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.type_name(other)
        ),
    };
    // To `sys.stderr` as it is now (a program or test may have replaced
    // it), else the process's stderr.
    let sys = vm.modules.get_str(&whirl_vm::str::intern("sys"));
    let streams = match &sys {
        Some(Value::Module(m)) => m
            .dict
            .get_str(&whirl_vm::str::intern("stderr"))
            .zip(m.dict.get_str(&whirl_vm::str::intern("__stderr__"))),
        _ => None,
    };
    match streams {
        Some((err, orig)) if !err.is(&orig) && !err.is_none() => {
            vm.call_method_native(&err, "write", vec![Value::string(text)])?;
        }
        _ => {
            vm.flush();
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
    Ok(Value::None)
}

fn text_arg(vm: &mut Vm, a: &[Value]) -> PyResult<String> {
    match a.last() {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(
            "write() takes exactly one argument (0 given)",
        )),
    }
}

fn set_int_max_str_digits(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = a.first().or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == "maxdigits")
            .map(|(_, v)| v)
    });
    let n = match v {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
    };
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    whirl_vm::format::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

fn get_int_max_str_digits(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(whirl_vm::format::int_max_str_digits() as i64))
}

fn flush_stdout(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.flush();
    Ok(Value::None)
}

fn flush_none(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn stdin_read(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    use std::io::Read;
    vm.flush();
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))?;
    Ok(Value::string(text))
}

fn stdin_readline(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.flush();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))?;
    Ok(Value::string(line))
}

fn stdin_readlines(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let Value::Str(text) = stdin_read(vm, a, k)? else {
        return Ok(Value::list(vec![]));
    };
    Ok(Value::list(
        text.as_str()
            .split_inclusive('\n')
            .map(Value::str)
            .collect(),
    ))
}

fn stream(
    vm: &Vm,
    name: &str,
    write: whirl_vm::function::NativeFn,
    flush: whirl_vm::function::NativeFn,
) -> Value {
    vm.make_module(
        name,
        vec![
            ("write", builtin_fn("write", write)),
            ("flush", builtin_fn("flush", flush)),
            ("name", Value::str(name)),
        ],
    )
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let argv = Value::list(vm.argv.iter().map(|a| Value::str(a)).collect());
    let warnoptions = Value::list(vm.warnoptions.iter().map(|a| Value::str(a)).collect());
    let version_info = Value::tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ]);
    let stdin = vm.make_module(
        "<stdin>",
        vec![
            ("read", builtin_fn("read", stdin_read)),
            ("readline", builtin_fn("readline", stdin_readline)),
            ("readlines", builtin_fn("readlines", stdin_readlines)),
            ("name", Value::str("<stdin>")),
        ],
    );
    let startup = STARTUP.with(|s| s.borrow().clone()).unwrap_or_default();
    let flags = if startup.flags.is_empty() {
        default_flags()
    } else {
        startup.flags.clone()
    };
    // The flags as (name, value) pairs, made a struct sequence by
    // `_sysextras` (stdlib/py), which builds sys's Python-level parts.
    let flags = Value::tuple(
        flags
            .into_iter()
            .map(|(n, v)| {
                let v = if n == "dev_mode" || n == "safe_path" {
                    Value::Bool(v != 0)
                } else {
                    Value::Int(v)
                };
                Value::tuple(vec![Value::str(n), v])
            })
            .collect(),
    );
    let xoptions = Value::tuple(startup.xoptions.iter().map(|x| Value::str(x)).collect());
    let orig_argv = if startup.orig_argv.is_empty() {
        Value::list(vm.argv.iter().map(|a| Value::str(a)).collect())
    } else {
        Value::list(startup.orig_argv.iter().map(|a| Value::str(a)).collect())
    };
    let mut natives: Vec<&String> = vm.native_modules.keys().collect();
    natives.sort();
    let builtin_names = Value::tuple(natives.iter().map(|n| Value::str(n)).collect());
    let mut shipped: Vec<&str> = vm
        .native_modules
        .keys()
        .chain(vm.source_modules.keys())
        .map(|n| n.split('.').next().unwrap_or(n))
        .filter(|n| !n.starts_with('_') || *n == "__future__")
        .collect();
    shipped.sort();
    shipped.dedup();
    let stdlib_names = Value::tuple(shipped.into_iter().map(Value::str).collect());
    let executable = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let stdout = stream(vm, "<stdout>", write_stdout, flush_stdout);
    let stderr = stream(vm, "<stderr>", write_stderr, flush_none);
    let excepthook = builtin_fn("excepthook", excepthook);
    let mut test_only = Vec::new();
    if whirl_vm::testing::panic_hooks_enabled() {
        test_only.push(("_whirl_panic", builtin_fn("_whirl_panic", whirl_panic)));
    }
    let module = vm.make_module(
        "sys",
        vec![
            ("argv", argv),
            ("warnoptions", warnoptions),
            ("exit", builtin_fn("exit", exit)),
            ("path", vm.path.clone()),
            ("modules", Value::Dict(vm.modules.clone())),
            (
                "setrecursionlimit",
                builtin_fn("setrecursionlimit", setrecursionlimit),
            ),
            (
                "getrecursionlimit",
                builtin_fn("getrecursionlimit", getrecursionlimit),
            ),
            ("exc_info", builtin_fn("exc_info", exc_info)),
            (
                "getdefaultencoding",
                builtin_fn("getdefaultencoding", |_, _, _| Ok(Value::str("utf-8"))),
            ),
            (
                "getfilesystemencoding",
                builtin_fn("getfilesystemencoding", |_, _, _| Ok(Value::str("utf-8"))),
            ),
            (
                "set_asyncgen_hooks",
                builtin_fn("set_asyncgen_hooks", set_asyncgen_hooks),
            ),
            (
                "get_asyncgen_hooks",
                builtin_fn("get_asyncgen_hooks", get_asyncgen_hooks),
            ),
            (
                "_getframe",
                builtin_fn("_getframe", whirl_vm::frameobj::getframe),
            ),
            ("exception", builtin_fn("exception", exception)),
            ("getrefcount", builtin_fn("getrefcount", getrefcount)),
            (
                "set_int_max_str_digits",
                builtin_fn("set_int_max_str_digits", set_int_max_str_digits),
            ),
            (
                "get_int_max_str_digits",
                builtin_fn("get_int_max_str_digits", get_int_max_str_digits),
            ),
            ("stdin", stdin.clone()),
            ("__stdin__", stdin),
            ("excepthook", excepthook.clone()),
            ("__excepthook__", excepthook),
            ("stdout", stdout.clone()),
            ("stderr", stderr.clone()),
            ("__stdout__", stdout),
            ("__stderr__", stderr),
            (
                "version",
                Value::str(concat!("3.11.0 (whirl ", env!("CARGO_PKG_VERSION"), ")")),
            ),
            ("version_info", version_info),
            ("platform", Value::str(std::env::consts::OS)),
            ("byteorder", Value::str("little")),
            ("maxsize", Value::Int(i64::MAX)),
            ("_flag_pairs", flags),
            ("_xoption_list", xoptions),
            ("orig_argv", orig_argv),
            ("executable", Value::string(executable.clone())),
            ("_base_executable", Value::string(executable)),
            ("_write_bytes", builtin_fn("_write_bytes", write_bytes)),
            ("_read_stdin", builtin_fn("_read_stdin", read_stdin_bytes)),
            ("_isatty", builtin_fn("_isatty", isatty)),
            ("intern", builtin_fn("intern", intern_str)),
            ("displayhook", builtin_fn("displayhook", displayhook)),
            ("__displayhook__", builtin_fn("displayhook", displayhook)),
            (
                "getdefaultencoding",
                builtin_fn("getdefaultencoding", utf8_name),
            ),
            (
                "getfilesystemencoding",
                builtin_fn("getfilesystemencoding", utf8_name),
            ),
            (
                "getfilesystemencodeerrors",
                builtin_fn("getfilesystemencodeerrors", surrogateescape),
            ),
            ("is_finalizing", builtin_fn("is_finalizing", false_fn)),
            ("builtin_module_names", builtin_names),
            ("stdlib_module_names", stdlib_names),
        ]
        .into_iter()
        .chain(test_only)
        .collect(),
    );
    // The Python-level parts (struct sequences, the standard streams as
    // file objects) see the module through `import sys`.
    vm.modules.set(Value::str("sys"), module.clone())?;
    vm.import_module("_sysextras")?;
    Ok(module)
}

/// TEST ONLY: `sys._whirl_panic()` exists only when `WHIRL_TEST_PANIC=1`
/// is set at startup. It panics on purpose so that tests/panic_safety.rs
/// can check the safety net at the native call boundary (a `SystemError`,
/// the process and a tornado server going on). Never rely on it otherwise.
fn whirl_panic(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    panic!("sys._whirl_panic() called (WHIRL_TEST_PANIC=1)")
}

#[allow(dead_code)]
fn unused(_: Rc<()>) {}

/// `builtins`: the module whose dict is the interpreter's builtins, so
/// that `import builtins; builtins.print` and assignments to it are seen
/// by every module.
pub fn init_builtins(vm: &mut Vm) -> PyResult<Value> {
    let dict = vm.builtins.clone();
    if dict.get_str(&whirl_vm::str::intern("__name__")).is_none() {
        dict.set_str(whirl_vm::str::intern("__name__"), Value::str("builtins"));
    }
    Ok(Value::Module(std::rc::Rc::new(whirl_vm::module::Module {
        name: whirl_vm::str::intern("builtins"),
        dict,
        class: Default::default(),
    })))
}
