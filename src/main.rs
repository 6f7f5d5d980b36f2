//! The `whirl` command: runs a script, a `-c` string or standard input,
//! or the interactive prompt (`repl.rs`).

mod allocator;
mod completion;
mod diagnostics;
mod repl;
mod sigint;

use clap::Parser;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use whirl_vm::error::ExcType;
use whirl_vm::value::Value;
use whirl_vm::{MainError, Vm};

/// A small, fast interpreter for generator-based Python 3.
#[derive(Parser)]
#[command(name = "whirl", version, about, trailing_var_arg = true)]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,
    /// Run a library module as a script (`-m unittest`); the arguments
    /// after it are the module's `sys.argv[1:]`.
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,
    /// Stay at the interactive prompt after running the script.
    #[arg(short = 'i')]
    interactive: bool,
    /// Warning control (`action:message:category:module:lineno`), as
    /// CPython's `-W`; may be repeated.
    #[arg(short = 'W', value_name = "ARG", action = clap::ArgAction::Append)]
    warnings: Vec<String>,
    /// The script to run (`-` for standard input), then its arguments.
    #[arg(value_name = "FILE", allow_hyphen_values = true)]
    args: Vec<String>,
}

/// The interpreter's own stack: Python recursion lives on the VM's frame
/// stack, but natives calling back into Python nest on this one.
const STACK_SIZE: usize = 512 << 20;

fn main() -> ExitCode {
    allocator::configure();
    whirl_vm::gc::set_trim_hook(allocator::trim);
    let cli = parse_command_line();
    sigint::install();
    let child = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(cli));
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

/// `-Werror` as `-W error`, among the interpreter's own options (before
/// the script or `-c`): the script's arguments take any form.
fn split_joined_w(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut out = Vec::with_capacity(args.len() + 1);
    let mut rest = args.into_iter();
    if let Some(prog) = rest.next() {
        out.push(prog);
    }
    while let Some(a) = rest.next() {
        let s = a.to_string_lossy();
        if let Some(value) = s.strip_prefix("-W").filter(|v| !v.is_empty()) {
            out.push("-W".into());
            out.push(value.into());
            continue;
        }
        let own_option = s.starts_with('-') && s != "-" && !s.starts_with("-c");
        let takes_value = s == "-W";
        out.push(a);
        if takes_value {
            out.extend(rest.next());
        } else if !own_option {
            break;
        }
    }
    out.extend(rest);
    out
}

/// The command line, with CPython's rule for `-m`: everything after the
/// module name belongs to the module (`whirl -m unittest -v` passes `-v`
/// to unittest), so that part is kept away from clap.
fn parse_command_line() -> Cli {
    let raw: Vec<String> = split_joined_w(std::env::args_os().collect())
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut i = 1;
    while i < raw.len() {
        let a = raw[i].as_str();
        if a == "-W" {
            i += 2;
            continue;
        }
        if a == "-m" || (a.starts_with("-m") && a.len() > 2) {
            let (module, rest_from) = if a == "-m" {
                match raw.get(i + 1) {
                    Some(m) => (m.clone(), i + 2),
                    None => break, // clap reports the missing value
                }
            } else {
                (a[2..].to_string(), i + 1)
            };
            let mut cli = Cli::parse_from(&raw[..i]);
            cli.module = Some(module);
            cli.args = raw[rest_from..].to_vec();
            return cli;
        }
        if a == "-c" || !a.starts_with('-') || a == "-" || a == "--" {
            break; // the rest is the program's
        }
        i += 1;
    }
    Cli::parse_from(&raw)
}

/// Where `-m name` finds the module: shipped in the binary (a package runs
/// its `__main__`), else `name.py` or `name/__main__.py` under the working
/// directory or a `$WHIRL_PATH` folder. Returns (source, file name).
fn find_module_source(name: &str) -> Option<(String, String)> {
    let main_of_package = format!("{name}.__main__");
    for candidate in [main_of_package.as_str(), name] {
        if let Some(src) = whirl_stdlib::shipped_source(candidate) {
            return Some((src.to_string(), format!("<frozen {candidate}>")));
        }
    }
    let mut dirs = vec![std::env::current_dir().ok()?];
    if let Ok(extra) = std::env::var("WHIRL_PATH") {
        dirs.extend(
            extra
                .split(':')
                .filter(|s| !s.is_empty())
                .map(std::path::PathBuf::from),
        );
    }
    let rel: std::path::PathBuf = name.split('.').collect();
    for dir in dirs {
        let base = dir.join(&rel);
        for file in [base.join("__main__.py"), base.with_extension("py")] {
            if file.is_file() {
                let text = std::fs::read_to_string(&file).ok()?;
                return Some((text, absolute(&file.display().to_string())));
            }
        }
    }
    None
}

/// `whirl -m module args...`: the module runs as `__main__`, with
/// `sys.argv[0]` its file and the working directory first on the path.
fn run_module(cli: Cli, name: &str, warnoptions: Vec<String>) -> u8 {
    let Some((source, filename)) = find_module_source(name) else {
        eprintln!("whirl: No module named {name}");
        return 1;
    };
    let mut argv = vec![filename.clone()];
    argv.extend(cli.args.iter().cloned());
    // As CPython's -m: the working directory (absolute) leads sys.path.
    let here = std::env::current_dir()
        .map(|d| d.join("-m").display().to_string())
        .unwrap_or_else(|_| "<module>".to_string());
    let mut vm = new_vm(argv, &here, warnoptions);
    let status = match vm.run_main(&source, &filename) {
        Ok(()) => 0,
        Err(MainError::Syntax(e)) => {
            vm.flush();
            diagnostics::print_syntax_error(&e);
            1
        }
        Err(MainError::Exception(exc)) => {
            if let Some(code) = vm.system_exit_status(&exc) {
                vm.finalize();
                return code as u8;
            }
            whirl_vm::traceback::report_uncaught(&mut vm, &exc);
            1
        }
    };
    vm.finalize();
    status
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

fn run(cli: Cli) -> u8 {
    // As CPython: PYTHONWARNINGS's comma-separated entries first, then the
    // -W options, so that the last given wins.
    let mut warnoptions: Vec<String> = std::env::var("PYTHONWARNINGS")
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    warnoptions.extend(cli.warnings.iter().cloned());
    if cli.command.is_none() {
        if let Some(name) = cli.module.clone() {
            return run_module(cli, &name, warnoptions);
        }
    }
    let (source, filename, argv) = if let Some(code) = cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        (code, "<string>".to_string(), argv)
    } else if let Some(first) = cli.args.first().cloned() {
        if first == "-" {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("whirl: can't read standard input");
                return 2;
            }
            (s, "<stdin>".to_string(), cli.args.clone())
        } else {
            match std::fs::read(&first) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    // As CPython 3.9+: the script's __file__ and traceback
                    // paths are absolute; sys.argv[0] stays as given.
                    Ok(s) => (s, absolute(&first), cli.args.clone()),
                    Err(e) => {
                        eprintln!(
                            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {first} on line 1, but no encoding declared",
                            e.as_bytes()[e.utf8_error().valid_up_to()]
                        );
                        return 1;
                    }
                },
                Err(e) => {
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => {
                            "[Errno 2] No such file or directory".to_string()
                        }
                        _ => e.to_string(),
                    };
                    eprintln!("whirl: can't open file '{first}': {msg}");
                    return 2;
                }
            }
        }
    } else if cli.interactive || std::io::stdin().is_terminal() {
        // The prompt alone: `__main__` is what the user types.
        let mut vm = new_vm(vec![String::new()], "<stdin>", warnoptions);
        vm.new_main_module("<stdin>");
        return repl::run(vm, true);
    } else {
        let mut s = String::new();
        if std::io::stdin().read_to_string(&mut s).is_err() {
            eprintln!("whirl: can't read standard input");
            return 2;
        }
        (s, "<stdin>".to_string(), vec![String::new()])
    };

    let mut vm = new_vm(argv, &filename, warnoptions);
    let status = match vm.run_main(&source, &filename) {
        Ok(()) => 0,
        Err(MainError::Syntax(e)) => {
            vm.flush();
            diagnostics::print_syntax_error(&e);
            1
        }
        Err(MainError::Exception(exc)) => {
            if cli.interactive {
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
    if cli.interactive {
        return repl::run(vm, false);
    }
    vm.finalize();
    status
}

/// A VM with the standard library, `sys.argv` and `sys.path` (the script's
/// folder first, then `$WHIRL_PATH`).
fn new_vm(argv: Vec<String>, filename: &str, warnoptions: Vec<String>) -> Vm {
    let mut vm = Vm::new(argv);
    vm.warnoptions = warnoptions;
    whirl_stdlib::install(&mut vm);
    let script_dir = if filename.starts_with('<') {
        String::new()
    } else {
        std::path::Path::new(filename)
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    };
    let mut path = vec![Value::string(script_dir)];
    if let Ok(extra) = std::env::var("WHIRL_PATH") {
        path.extend(extra.split(':').filter(|s| !s.is_empty()).map(Value::str));
    }
    vm.path = Value::list(path);
    // As CPython: -W options take effect (and bad ones are reported) at
    // startup, whether or not the program imports `warnings`.
    if !vm.warnoptions.is_empty() {
        let _ = vm.import_module("warnings");
    }
    vm
}

#[global_allocator]
static GLOBAL: allocator::MiMalloc = allocator::MiMalloc;
