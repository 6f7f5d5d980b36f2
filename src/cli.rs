//! The command line, parsed as CPython 3.11 parses its own: single-letter
//! options that may be grouped (`-uB`), options with a value given joined
//! or apart (`-c code`, `-ccode`, `-W error`, `-Werror`, `-X dev`), and
//! option parsing ending at the first of `-c`, `-m`, a script name, `-`
//! or `--`; whatever follows is the program's `sys.argv[1:]`. An unknown
//! option is an error (exit status 2), never taken for a file name.
//!
//! Hand-written rather than clap: CPython's grammar (grouping, `-c`
//! taking the rest, `-m` ending option parsing, its error messages) is
//! not a clap command line, and matching it exactly is what users and
//! tools that run `python ...` expect.

/// What the command line asks for.
#[derive(Default, Debug, Clone)]
pub struct Options {
    /// `-c code`
    pub command: Option<String>,
    /// `-m module`
    pub module: Option<String>,
    /// The script (a file, a folder or zip with `__main__.py`, or `-`).
    pub script: Option<String>,
    /// The program's arguments: `sys.argv[1:]`.
    pub args: Vec<String>,
    /// `-W` options, in order.
    pub warnings: Vec<String>,
    /// `-X` options, in order.
    pub xoptions: Vec<String>,
    /// `-i`: the prompt after the program.
    pub inspect: bool,
    /// `-O` counted (`-OO` is 2).
    pub optimize: u8,
    /// `-u`
    pub unbuffered: bool,
    /// `-q`: no banner at the prompt.
    pub quiet: bool,
    /// `-B`: no `__pycache__` files written on import (`vm/src/runtime/code_cache.rs`).
    pub dont_write_bytecode: bool,
    /// `-E`: PYTHON* variables ignored.
    pub ignore_environment: bool,
    /// `-s`
    pub no_user_site: bool,
    /// `-S`: no `site` (exit, quit, help, ... are not added to builtins).
    pub no_site: bool,
    /// `-I`: `-E -s -P` together.
    pub isolated: bool,
    /// `-P`: the script's folder (or the working directory) is not put on
    /// `sys.path`.
    pub safe_path: bool,
    /// `-v` counted.
    pub verbose: u8,
    /// `-b` counted.
    pub bytes_warning: u8,
    /// `-d`
    pub debug: bool,
    /// `-x`: the source's first line is skipped.
    pub skip_first_line: bool,
}

/// The outcome of parsing: run, or print something and exit.
pub enum Parsed {
    Run(Options),
    /// Text for stdout and exit status 0 (`-V`).
    Print(String),
    /// `-h`: the help text, exit status 0.
    Help,
    /// An error message for stderr; exit status 2 after the usage line.
    Error(String),
}

/// The version line of `-V`: CPython's form (`Python 3.11.0`, what tools
/// that parse `python -V` expect) followed by whirl's own name and version.
pub fn version_line() -> String {
    format!("Python 3.11.0 (whirl {})", env!("CARGO_PKG_VERSION"))
}

/// The usage line CPython prints, with the program name as invoked.
pub fn usage_line(program: &str) -> String {
    format!("usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...")
}

/// What `-h` prints.
pub fn help_text(program: &str) -> String {
    format!(
        "{}\n\
whirl, a Python 3.11 interpreter. Options (and corresponding environment variables):\n\
-b     : accepted (bytes/str comparison warnings are not issued)\n\
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n\
-c cmd : program passed in as string (terminates option list)\n\
-d     : accepted (no parser debugging output)\n\
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n\
-h     : print this help message and exit (also -? or --help)\n\
-i     : inspect interactively after running script; forces a prompt even\n\
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n\
-I     : isolate the program from the user's environment (implies -E, -P and -s)\n\
-m mod : run library module as a script (terminates option list)\n\
-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x\n\
-OO    : do -O changes and also discard docstrings\n\
-P     : don't prepend a potentially unsafe path to sys.path\n\
-q     : don't print version and copyright messages on interactive startup\n\
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE\n\
-S     : don't imply 'import site' on initialization (no exit, quit, help, ...)\n\
-u     : force the stdout and stderr streams to be unbuffered; also PYTHONUNBUFFERED=x\n\
-v     : accepted (no import tracing)\n\
-V     : print the Python version number and exit (also --version)\n\
-W arg : warning control; arg is action:message:category:module:lineno\n\
         also PYTHONWARNINGS=arg\n\
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n\
-X opt : set implementation-specific option (in sys._xoptions); dev and utf8\n\
         set sys.flags.dev_mode and sys.flags.utf8_mode, others are accepted\n\
--check-hash-based-pycs always|default|never: accepted (no .pyc files)\n\
file   : program read from script file (or a folder or zip with __main__.py)\n\
-      : program read from stdin (default; interactive mode if a tty)\n\
arg ...: arguments passed to program in sys.argv[1:]\n\
\n\
Other environment variables:\n\
PYTHONPATH   : ':'-separated list of directories prefixed to the\n\
               default module search path.\n\
WHIRL_PATH   : the same, read by whirl even under -E, after PYTHONPATH.\n",
        usage_line(program)
    )
}

/// Parses `argv` (without the program name).
pub fn parse(argv: &[String]) -> Parsed {
    let mut o = Options::default();
    let mut i = 0;
    while i < argv.len() {
        let arg = &argv[i];
        i += 1;
        if arg == "--" {
            // The next argument is the script, whatever it looks like.
            if i < argv.len() {
                o.script = Some(argv[i].clone());
                o.args = argv[i + 1..].to_vec();
            }
            return Parsed::Run(o);
        }
        if arg == "-" || !arg.starts_with('-') {
            o.script = Some(arg.clone());
            o.args = argv[i..].to_vec();
            return Parsed::Run(o);
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "help" | "help-env" | "help-xoptions" | "help-all" => return Parsed::Help,
                "version" => return Parsed::Print(version_line() + "\n"),
                "check-hash-based-pycs" => {
                    if i >= argv.len() {
                        return Parsed::Error(
                            "Argument expected for the --check-hash-based-pycs option".into(),
                        );
                    }
                    i += 1;
                }
                _ => return Parsed::Error(format!("unknown option {arg}")),
            }
            continue;
        }
        // A group of single-letter options; one taking a value ends it.
        let letters: Vec<char> = arg[1..].chars().collect();
        let mut k = 0;
        while k < letters.len() {
            let c = letters[k];
            k += 1;
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let joined: String = letters[k..].iter().collect();
                    let value = if !joined.is_empty() {
                        joined
                    } else if i < argv.len() {
                        i += 1;
                        argv[i - 1].clone()
                    } else {
                        return Parsed::Error(format!("Argument expected for the -{c} option"));
                    };
                    k = letters.len();
                    match c {
                        'c' => {
                            o.command = Some(value);
                            o.args = argv[i..].to_vec();
                            return Parsed::Run(o);
                        }
                        'm' => {
                            o.module = Some(value);
                            o.args = argv[i..].to_vec();
                            return Parsed::Run(o);
                        }
                        'W' => o.warnings.push(value),
                        _ => o.xoptions.push(value),
                    }
                }
                'b' => o.bytes_warning += 1,
                'B' => o.dont_write_bytecode = true,
                'd' => o.debug = true,
                'E' => o.ignore_environment = true,
                'h' | '?' => return Parsed::Help,
                'i' => o.inspect = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                    o.no_user_site = true;
                    o.safe_path = true;
                }
                'O' => o.optimize = o.optimize.saturating_add(1),
                'P' => o.safe_path = true,
                'q' => o.quiet = true,
                'R' => {}
                's' => o.no_user_site = true,
                'S' => o.no_site = true,
                'u' => o.unbuffered = true,
                'v' => o.verbose = o.verbose.saturating_add(1),
                'V' => return Parsed::Print(version_line() + "\n"),
                'x' => o.skip_first_line = true,
                other => return Parsed::Error(format!("Unknown option: -{other}")),
            }
        }
    }
    Parsed::Run(o)
}

/// The environment variables CPython reads at startup, unless `-E`:
/// each sets its flag as the option would.
pub fn apply_environment(o: &mut Options) {
    if o.ignore_environment {
        return;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("PYTHONUNBUFFERED") {
        o.unbuffered = true;
    }
    if set("PYTHONDONTWRITEBYTECODE") {
        o.dont_write_bytecode = true;
    }
    if set("PYTHONINSPECT") {
        o.inspect = true;
    }
    if set("PYTHONNOUSERSITE") {
        o.no_user_site = true;
    }
    if set("PYTHONSAFEPATH") {
        o.safe_path = true;
    }
    if let Ok(v) = std::env::var("PYTHONOPTIMIZE") {
        // A number is the level; any other non-empty text means 1.
        let level = v.trim().parse::<u8>().unwrap_or(u8::from(!v.is_empty()));
        o.optimize = o.optimize.max(level);
    }
    if set("PYTHONDEVMODE") {
        o.xoptions.insert(0, "dev".into());
    }
    if let Ok(v) = std::env::var("PYTHONUTF8") {
        if v == "1" || v == "0" {
            o.xoptions.insert(0, format!("utf8={v}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match parse(&v) {
            Parsed::Run(o) => o,
            _ => panic!("expected a run for {args:?}"),
        }
    }

    fn error(args: &[&str]) -> String {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match parse(&v) {
            Parsed::Error(e) => e,
            _ => panic!("expected an error for {args:?}"),
        }
    }

    #[test]
    fn grouped_and_joined_options() {
        let o = run(&[
            "-uBq",
            "-OO",
            "-Werror",
            "-X",
            "dev",
            "-cprint(1)",
            "a",
            "-v",
        ]);
        assert!(o.unbuffered && o.dont_write_bytecode && o.quiet);
        assert_eq!(o.optimize, 2);
        assert_eq!(o.warnings, ["error"]);
        assert_eq!(o.xoptions, ["dev"]);
        assert_eq!(o.command.as_deref(), Some("print(1)"));
        assert_eq!(o.args, ["a", "-v"]);
    }

    #[test]
    fn option_parsing_ends_at_the_script_or_dashes() {
        let o = run(&["-i", "prog.py", "-c", "x"]);
        assert!(o.inspect);
        assert_eq!(o.script.as_deref(), Some("prog.py"));
        assert_eq!(o.args, ["-c", "x"]);
        let o = run(&["--", "-c", "x"]);
        assert_eq!(o.script.as_deref(), Some("-c"));
        assert_eq!(o.args, ["x"]);
        let o = run(&["-m", "json.tool", "-h"]);
        assert_eq!(o.module.as_deref(), Some("json.tool"));
        assert_eq!(o.args, ["-h"]);
    }

    #[test]
    fn unknown_options_and_missing_values_are_errors() {
        assert_eq!(error(&["-z"]), "Unknown option: -z");
        assert_eq!(error(&["-uz", "x.py"]), "Unknown option: -z");
        assert_eq!(error(&["--frobnicate"]), "unknown option --frobnicate");
        assert_eq!(error(&["-c"]), "Argument expected for the -c option");
        assert_eq!(error(&["-q", "-m"]), "Argument expected for the -m option");
    }
}
