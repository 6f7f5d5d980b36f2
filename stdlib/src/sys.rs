//! `sys`: argv, exit, path, modules, stdout/stderr, the recursion limit.

use std::io::Write;
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{arg_int, builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

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
    vm.write_out(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn write_stderr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = text_arg(vm, a)?;
    vm.flush();
    let _ = std::io::stderr().write_all(s.as_bytes());
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
    match &a[1] {
        Value::Instance(i) if i.exc.is_some() => whirl_vm::traceback::print_exception(vm, i),
        other => {
            let text = format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                vm.type_name(other)
            );
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
    // sys.hash_info: the parameters of numeric hashing, which follows
    // CPython's (modulo 2**61 - 1); str hashing is FNV-1a.
    let hash_info = vm.make_module(
        "sys.hash_info",
        vec![
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1i64 << 61) - 1)),
            ("inf", Value::Int(314159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1000003)),
            ("algorithm", Value::str("fnv")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(0)),
            ("cutoff", Value::Int(0)),
        ],
    );
    // sys.flags: the interpreter's command-line flags, all at their
    // defaults (whirl has no -O, -B, -E, ... that change behaviour).
    let flags = vm.make_module(
        "sys.flags",
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
        .map(|name| {
            (
                name,
                Value::Int(if name == "hash_randomization" { 1 } else { 0 }),
            )
        })
        .chain([("int_max_str_digits", Value::Int(-1))])
        .collect(),
    );
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
            ("flags", flags),
            ("hash_info", hash_info),
            ("platform", Value::str(std::env::consts::OS)),
            ("byteorder", Value::str("little")),
            ("maxsize", Value::Int(i64::MAX)),
            ("implementation", Value::str("whirl")),
            (
                "builtin_module_names",
                Value::tuple(vec![
                    Value::str("sys"),
                    Value::str("time"),
                    Value::str("math"),
                ]),
            ),
        ]
        .into_iter()
        .chain(test_only)
        .collect(),
    );
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
    })))
}
