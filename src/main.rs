//! The `whirl` command: runs a script (a file, or a folder or zip with
//! `__main__.py`), a `-c` string, a `-m` module or standard input, or the
//! interactive prompt (`repl.rs`). The options are CPython's (`cli.rs`).

mod allocator;
mod cli;
mod completion;
mod diagnostics;
mod repl;
mod sigint;
mod zipapp;

use cli::{Options, Parsed};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use whirl_vm::error::{ExcType, PyErr};
use whirl_vm::value::Value;
use whirl_vm::{MainError, Vm};

/// The interpreter's own stack: Python recursion lives on the VM's frame
/// stack, but natives calling back into Python nest on this one.
const STACK_SIZE: usize = 512 << 20;

fn main() -> ExitCode {
    allocator::configure();
    whirl_vm::gc::set_trim_hook(allocator::trim);
    // Arguments that are not UTF-8 keep their bytes as lone surrogates
    // (surrogateescape), as in CPython's sys.argv.
    let raw: Vec<String> = std::env::args_os()
        .map(|a| whirl_vm::codecs::fs_decode(std::os::unix::ffi::OsStrExt::as_bytes(a.as_os_str())))
        .collect();
    let program = raw.first().cloned().unwrap_or_else(|| "whirl".into());
    let mut options = match cli::parse(raw.get(1..).unwrap_or(&[])) {
        Parsed::Run(o) => o,
        Parsed::Print(text) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Parsed::Help => {
            print!("{}", cli::help_text(&program));
            return ExitCode::SUCCESS;
        }
        Parsed::Error(message) => {
            eprintln!(
                "{message}\n{}\nTry `whirl -h' for more information.",
                cli::usage_line(&program)
            );
            return ExitCode::from(2);
        }
    };
    cli::apply_environment(&mut options);
    sigint::install();
    let child = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(options, raw));
    sigint::block_in_this_thread();
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        Ok(Err(_)) => {
            // A panic outside any native call (those become SystemError):
            // the default hook has printed where; say what it means.
            eprintln!("whirl: internal error (a panic, printed above); please report it");
            ExitCode::from(70)
        }
        Err(e) => {
            eprintln!("whirl: internal error: can't start the interpreter thread: {e}");
            ExitCode::from(70)
        }
    }
}

/// What runs as `__main__`, and how `sys` sees it.
struct Program {
    source: ProgramSource,
    /// `__file__` and the name in tracebacks.
    filename: String,
    argv: Vec<String>,
    /// `sys.path[0]` (none under `-P`/`-I`).
    path0: String,
    /// `__main__.__spec__.name` ("__main__" for a folder or zip archive;
    /// None: `__spec__` is None).
    spec_name: Option<&'static str>,
}

/// `os.path.abspath`: relative to the working directory, `.`/`..` folded.
fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    let full = if p.is_absolute() {
        p.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(d) => d.join(p),
            Err(_) => return path.to_string(),
        }
    };
    let mut out = std::path::PathBuf::new();
    for c in full.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.display().to_string()
}

fn cwd() -> String {
    std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default()
}

/// A program's source: text already (`-c`, standard input), or a file's
/// bytes, which the VM decodes as their coding cookie says (any codec it
/// knows, the registry's included).
enum ProgramSource {
    Text(String),
    /// The bytes, and the file's name as messages show it.
    File(Vec<u8>, String),
}

fn read_stdin() -> Result<String, u8> {
    let mut s = String::new();
    if std::io::stdin().read_to_string(&mut s).is_err() {
        eprintln!("whirl: can't read standard input");
        return Err(2);
    }
    Ok(s)
}

/// A script argument: a file, or a folder or zip archive holding
/// `__main__.py` (then that runs, with the folder or archive first on
/// `sys.path`, as CPython does).
fn load_script(given: &str, args: &[String]) -> Result<Program, u8> {
    let mut argv = vec![given.to_string()];
    argv.extend(args.iter().cloned());
    let full = absolute(given);
    let no_main = || {
        eprintln!("whirl: can't find '__main__' module in '{given}'");
        1
    };
    if std::path::Path::new(given).is_dir() {
        let main = std::path::Path::new(&full).join("__main__.py");
        let Ok(bytes) = std::fs::read(&main) else {
            return Err(no_main());
        };
        let filename = main.display().to_string();
        return Ok(Program {
            source: ProgramSource::File(bytes, filename.clone()),
            filename,
            argv,
            path0: full,
            spec_name: Some("__main__"),
        });
    }
    let bytes = std::fs::read(given).map_err(|e| {
        let msg = match e.kind() {
            std::io::ErrorKind::NotFound => "[Errno 2] No such file or directory".to_string(),
            _ => e.to_string(),
        };
        eprintln!("whirl: can't open file '{full}': {msg}");
        2
    })?;
    if zipapp::is_zip(&bytes) {
        let main = match zipapp::read_member(&bytes, "__main__.py") {
            None => return Err(no_main()),
            Some(Err(e)) => {
                eprintln!("whirl: can't read '__main__.py' in '{given}': {e}");
                return Err(1);
            }
            Some(Ok(m)) => m,
        };
        let filename = format!("{full}/__main__.py");
        return Ok(Program {
            source: ProgramSource::File(main, filename.clone()),
            filename,
            argv,
            path0: full,
            spec_name: Some("__main__"),
        });
    }
    // As CPython 3.9+: the script's __file__ and traceback paths are
    // absolute; sys.argv[0] stays as given.
    let path0 = std::path::Path::new(&full)
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Ok(Program {
        source: ProgramSource::File(bytes, given.to_string()),
        filename: full,
        argv,
        path0,
        spec_name: None,
    })
}

/// `sys.flags` as the options set them, in CPython's field order.
fn startup_flags(o: &Options, interactive: bool) -> Vec<(&'static str, i64)> {
    let x = |name: &str| {
        o.xoptions
            .iter()
            .rev()
            .find(|v| v.split('=').next() == Some(name))
            .map(|v| v.split_once('=').map(|(_, val)| val != "0").unwrap_or(true))
    };
    vec![
        ("debug", o.debug as i64),
        ("inspect", o.inspect as i64),
        ("interactive", (o.inspect || interactive) as i64),
        ("optimize", o.optimize as i64),
        ("dont_write_bytecode", o.dont_write_bytecode as i64),
        ("no_user_site", o.no_user_site as i64),
        ("no_site", o.no_site as i64),
        ("ignore_environment", o.ignore_environment as i64),
        ("verbose", o.verbose as i64),
        ("bytes_warning", o.bytes_warning as i64),
        ("quiet", o.quiet as i64),
        ("hash_randomization", 1),
        ("isolated", o.isolated as i64),
        ("dev_mode", x("dev").unwrap_or(false) as i64),
        ("utf8_mode", x("utf8").unwrap_or(false) as i64),
        (
            "warn_default_encoding",
            x("warn_default_encoding").unwrap_or(false) as i64,
        ),
        ("safe_path", o.safe_path as i64),
    ]
}

/// `whirl -m name`: the module found as an import would find it (parents
/// imported first; a package runs its `__main__`) runs as `__main__`.
fn find_module(vm: &mut Vm, name: &str) -> Result<(String, String, Option<String>), String> {
    let parent = name.rsplit_once('.').map(|(p, _)| p.to_string());
    if let Some(p) = &parent {
        if let Err(e) = vm.import_module(p) {
            let exc = vm.materialize(e);
            let text = vm.str_of(&Value::Instance(exc.clone())).unwrap_or_default();
            return Err(format!(
                "Error while finding module specification for '{name}' ({}: {text})",
                exc.class.name
            ));
        }
    }
    let main_of = format!("{name}.__main__");
    if let Some(src) = whirl_stdlib::shipped_source(&main_of) {
        let _ = vm.import_module(name);
        return Ok((
            src.to_string(),
            format!("<frozen {main_of}>"),
            Some(name.into()),
        ));
    }
    if let Some(src) = whirl_stdlib::shipped_source(name) {
        return Ok((src.to_string(), format!("<frozen {name}>"), parent));
    }
    // The folders to look in: the parent package's __path__, else sys.path.
    let mut dirs: Vec<String> = Vec::new();
    let list = match &parent {
        Some(p) => vm
            .import_module(p)
            .ok()
            .and_then(|m| vm.getattr(&m, &whirl_vm::str::intern("__path__")).ok()),
        None => Some(vm.path.clone()),
    };
    if let Some(Value::List(l)) = list {
        for v in l.0.borrow().iter() {
            if let Some(s) = v.as_str() {
                dirs.push(if s.is_empty() { ".".into() } else { s.into() });
            }
        }
    }
    let leaf = name.rsplit('.').next().unwrap_or(name);
    for dir in dirs {
        let base = std::path::Path::new(&dir).join(leaf);
        if base.join("__init__.py").is_file() {
            let main = base.join("__main__.py");
            if !main.is_file() {
                return Err(format!(
                    "No module named {main_of}; '{name}' is a package and cannot be directly executed"
                ));
            }
            if let Err(e) = vm.import_module(name) {
                let exc = vm.materialize(e);
                whirl_vm::traceback::report_uncaught(vm, &exc);
                return Err(String::new());
            }
            let text = std::fs::read_to_string(&main).map_err(|e| e.to_string())?;
            return Ok((
                text,
                absolute(&main.display().to_string()),
                Some(name.into()),
            ));
        }
        let file = base.with_extension("py");
        if file.is_file() {
            let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
            return Ok((text, absolute(&file.display().to_string()), parent));
        }
    }
    Err(format!("No module named {name}"))
}

fn run(options: Options, orig_argv: Vec<String>) -> u8 {
    whirl_vm::compile::set_optimize(options.optimize);
    // As CPython: PYTHONWARNINGS's comma-separated entries first, then the
    // -W options, so that the last given wins.
    let mut warnoptions: Vec<String> = Vec::new();
    if !options.ignore_environment {
        if let Ok(v) = std::env::var("PYTHONWARNINGS") {
            warnoptions.extend(
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
    }
    warnoptions.extend(options.warnings.iter().cloned());
    let stdin_is_terminal = std::io::stdin().is_terminal();
    let prompt_only = options.command.is_none()
        && options.module.is_none()
        && options.script.is_none()
        && (options.inspect || stdin_is_terminal);
    whirl_stdlib::configure_sys(whirl_stdlib::Startup {
        orig_argv,
        flags: startup_flags(&options, prompt_only),
        xoptions: options.xoptions.clone(),
    });

    if let Some(name) = options.module.clone() {
        let mut argv = vec!["-m".to_string()];
        argv.extend(options.args.iter().cloned());
        let mut vm = new_vm(&options, argv, &cwd(), warnoptions);
        let (source, filename, package) = match find_module(&mut vm, &name) {
            Ok(found) => found,
            Err(message) => {
                if !message.is_empty() {
                    vm.flush();
                    eprintln!("whirl: {message}");
                }
                return 1;
            }
        };
        set_argv0(&mut vm, &filename);
        // `-m pkg` runs pkg.__main__; `-m mod` runs mod.
        let spec_name = if package.as_deref() == Some(name.as_str()) {
            format!("{name}.__main__")
        } else {
            name.clone()
        };
        return run_program(
            vm,
            &options,
            &source,
            &filename,
            package.as_deref(),
            Some(&spec_name),
        );
    }
    let program = if let Some(code) = options.command.clone() {
        let mut argv = vec!["-c".to_string()];
        argv.extend(options.args.iter().cloned());
        Program {
            source: ProgramSource::Text(code),
            filename: "<string>".into(),
            argv,
            path0: String::new(),
            spec_name: None,
        }
    } else if let Some(script) = options.script.as_deref().filter(|s| *s != "-") {
        match load_script(script, &options.args) {
            Ok(p) => p,
            Err(status) => return status,
        }
    } else if prompt_only {
        // The prompt alone: `__main__` is what the user types.
        let mut vm = new_vm(&options, vec![String::new()], "", warnoptions);
        vm.new_main_module("<stdin>");
        return repl::run(vm, !options.quiet);
    } else {
        let source = match read_stdin() {
            Ok(s) => s,
            Err(status) => return status,
        };
        let mut argv = vec![if options.script.is_some() { "-" } else { "" }.to_string()];
        argv.extend(options.args.iter().cloned());
        Program {
            source: ProgramSource::Text(source),
            filename: "<stdin>".into(),
            argv,
            path0: String::new(),
            spec_name: None,
        }
    };
    let mut vm = new_vm(&options, program.argv, &program.path0, warnoptions);
    let mut source = match program.source {
        ProgramSource::Text(text) => text,
        ProgramSource::File(bytes, shown) => {
            match whirl_vm::source::file_text(&mut vm, bytes, &shown) {
                Ok(text) => text,
                Err(e) => {
                    // As CPython: the message alone, no location.
                    match e {
                        PyErr::New(b) => eprintln!("{}: {}", b.0.name(), b.1),
                        other => eprintln!("{other:?}"),
                    }
                    return 1;
                }
            }
        }
    };
    if options.skip_first_line {
        // -x: the first line is not Python (a DOS-style #! line); the
        // others keep their numbers.
        let end = source.find('\n').unwrap_or(source.len());
        source.replace_range(..end, "");
    }
    run_program(
        vm,
        &options,
        &source,
        &program.filename,
        None,
        program.spec_name,
    )
}

/// `sys.argv[0]` once `-m` has found the module's file.
fn set_argv0(vm: &mut Vm, filename: &str) {
    vm.argv[0] = filename.to_string();
    if let Ok(sys) = vm.import_module("sys") {
        if let Ok(Value::List(l)) = vm.getattr(&sys, &whirl_vm::str::intern("argv")) {
            if let Some(first) = l.0.borrow_mut().first_mut() {
                *first = Value::str(filename);
            }
        }
    }
}

/// Runs the program as `__main__`; then the prompt under `-i`.
fn run_program(
    mut vm: Vm,
    options: &Options,
    source: &str,
    filename: &str,
    package: Option<&str>,
    spec_name: Option<&str>,
) -> u8 {
    let status = match vm.run_main_with_spec(source, filename, package, spec_name) {
        Ok(()) => 0,
        Err(MainError::Syntax(e)) => {
            vm.flush();
            diagnostics::print_syntax_error(&e);
            1
        }
        Err(MainError::Exception(exc)) => {
            if options.inspect {
                // As CPython's `-i`: even SystemExit is only reported.
                whirl_vm::traceback::report_uncaught(&mut vm, &exc);
                1
            } else if let Some(code) = vm.system_exit_status(&exc) {
                vm.finalize();
                return code as u8;
            } else {
                whirl_vm::traceback::report_uncaught(&mut vm, &exc);
                if vm.is_instance_of_exc(&exc, ExcType::KeyboardInterrupt) {
                    sigint::die_of_sigint();
                    return 130;
                }
                1
            }
        }
    };
    if options.inspect {
        return repl::run(vm, false);
    }
    vm.finalize();
    status
}

/// A VM with the standard library, `sys.argv` and `sys.path`: the
/// program's folder (`path0`) first unless `-P`/`-I`, then `PYTHONPATH`
/// (unless `-E`/`-I`), then `WHIRL_PATH`.
fn new_vm(options: &Options, argv: Vec<String>, path0: &str, warnoptions: Vec<String>) -> Vm {
    whirl_vm::code_cache::set_dont_write(options.dont_write_bytecode);
    let mut vm = Vm::new(argv);
    vm.warnoptions = warnoptions;
    if options.unbuffered {
        vm.stdout_line_buffered = true;
        vm.stdout_unbuffered = true;
    }
    whirl_stdlib::install(&mut vm);
    let mut path = Vec::new();
    if !options.safe_path {
        path.push(Value::str(path0));
    }
    let mut add_list = |var: &str| {
        if let Ok(extra) = std::env::var(var) {
            path.extend(extra.split(':').filter(|s| !s.is_empty()).map(Value::str));
        }
    };
    if !options.ignore_environment {
        add_list("PYTHONPATH");
    }
    add_list("WHIRL_PATH");
    vm.path = Value::list(path);
    if !options.no_site {
        whirl_stdlib::install_site_builtins(&mut vm);
    }
    // As CPython: -W options take effect (and bad ones are reported) at
    // startup, whether or not the program imports `warnings`.
    if !vm.warnoptions.is_empty() {
        let _ = vm.import_module("warnings");
    }
    vm
}

#[global_allocator]
static GLOBAL: allocator::MiMalloc = allocator::MiMalloc;
