//! The interactive prompt (`whirl` on a terminal, `whirl -i`): reads
//! statements with rustyline (line editing, history, Tab completion), runs
//! each in `__main__` as CPython's REPL does — expression values shown with
//! `repr` and kept in `_`, errors reported and the session going on — until
//! end of input or `exit()`.
//!
//! When an input is complete follows CPython: a simple statement runs as
//! soon as its line ends (unless brackets, a triple-quoted string or a
//! backslash leave it open), a compound statement only after a blank line.
//! The parser's `incomplete` flag tells "needs more lines" from "wrong".

use crate::completion;
use crate::diagnostics;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;
use whirl_parser::ast::StmtKind;
use whirl_vm::code::SourceFile;
use whirl_vm::str::intern;
use whirl_vm::value::Value;
use whirl_vm::{MainError, SyntaxErrorInfo, Vm};

const PROMPT: &str = ">>> ";
const CONTINUATION: &str = "... ";
/// The file name of interactive input in tracebacks and syntax errors.
const STDIN: &str = "<stdin>";

/// CPython's two banner lines, with whirl's name and version.
pub fn banner() -> String {
    format!(
        "whirl {} (Python 3.11 compatible) on {}\n\
         Type \"exit()\" or Ctrl-D (i.e. EOF) to exit.",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Runs the prompt until end of input or `SystemExit`; returns the exit
/// status.
pub fn run(vm: Vm, show_banner: bool) -> u8 {
    let vm = Rc::new(RefCell::new(vm));
    if show_banner {
        eprintln!("{}", banner());
    }
    // As CPython: line editing only when both ends are a terminal.
    let mut terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut lines: Box<dyn LineSource> = if terminal {
        match Terminal::new(vm.clone()) {
            Ok(t) => Box::new(t),
            Err(e) => {
                eprintln!("whirl: cannot use the terminal: {e}");
                terminal = false;
                Box::new(Piped)
            }
        }
    } else {
        Box::new(Piped)
    };
    set_prompts(&mut vm.borrow_mut());
    let mut pending = String::new();
    let status = loop {
        let mut prompt = prompt(&mut vm.borrow_mut(), pending.is_empty());
        if terminal {
            // The editor draws its prompt from the row's first column:
            // output left without a line break (`print(i, end=" ")`) would
            // be erased. Draw it as part of the prompt, so that `0 1 2 >>> `
            // shows as in CPython.
            let tail = vm.borrow_mut().take_stdout_tail();
            prompt.insert_str(0, &tail);
        }
        let text = match lines.read(&prompt) {
            Line::Text(t) => t,
            Line::Interrupted => {
                // The editor has already ended the line.
                eprintln!("KeyboardInterrupt");
                pending.clear();
                continue;
            }
            Line::End => {
                if pending.is_empty() {
                    // CPython ends the prompt's line on stderr.
                    eprintln!();
                    break 0;
                }
                // End of input inside a statement ends the statement: run
                // it, or report why it cannot run.
                let mut source = std::mem::take(&mut pending);
                source.push('\n');
                if let Some(status) = execute(&mut vm.borrow_mut(), &source) {
                    break status;
                }
                continue;
            }
            Line::Failed(e) => {
                eprintln!("whirl: cannot read input: {e}");
                break 1;
            }
        };
        // A pasted block arrives as one text: take it line by line, as if
        // typed.
        if let Some(status) = text
            .split('\n')
            .find_map(|line| feed(&vm, &mut pending, line))
        {
            break status;
        }
    };
    lines.finish();
    status
}

/// `sys.ps1` and `sys.ps2`, which CPython sets in interactive mode only
/// (programs test `hasattr(sys, 'ps1')`), unless the program already did.
fn set_prompts(vm: &mut Vm) {
    let Ok(sys) = vm.import_module("sys") else {
        return;
    };
    for (name, text) in [("ps1", PROMPT), ("ps2", CONTINUATION)] {
        let name = intern(name);
        if vm.getattr(&sys, &name).is_err() {
            let _ = vm.setattr(&sys, &name, Value::str(text));
        }
    }
}

/// The prompt to show: `str(sys.ps1)` for a new statement, `str(sys.ps2)`
/// for a continuation line; none if the program deleted it (as CPython).
fn prompt(vm: &mut Vm, first_line: bool) -> String {
    let name = intern(if first_line { "ps1" } else { "ps2" });
    vm.import_module("sys")
        .and_then(|sys| vm.getattr(&sys, &name))
        .and_then(|v| vm.str_of(&v))
        .unwrap_or_default()
}

/// Adds one line to the pending input and runs the input once complete.
/// Returns the exit status if the program asked to exit.
fn feed(vm: &Rc<RefCell<Vm>>, pending: &mut String, line: &str) -> Option<u8> {
    if pending.is_empty() && line.trim().is_empty() {
        return None;
    }
    // Only a truly empty line ends a block (CPython's tokenizer passes
    // over lines of spaces).
    let blank = line.is_empty();
    pending.push_str(line);
    pending.push('\n');
    match judge(pending, blank) {
        Verdict::NeedMore => None,
        Verdict::Nothing => {
            pending.clear();
            None
        }
        Verdict::Wrong(e) => {
            pending.clear();
            diagnostics::print_syntax_error(&e);
            None
        }
        Verdict::Run => {
            let source = std::mem::take(pending);
            execute(&mut vm.borrow_mut(), &source)
        }
    }
}

enum Verdict {
    /// Not a whole statement yet: show `... ` and read on.
    NeedMore,
    /// A whole statement: run it (compiling may still find an error).
    Run,
    /// Only comments: nothing to run.
    Nothing,
    /// An error more lines cannot fix, found here rather than by the parser.
    Wrong(SyntaxErrorInfo),
}

/// Whether `source` (the lines typed so far, each ending in a newline) is
/// ready to run; `blank` says the last line was empty.
fn judge(source: &str, blank: bool) -> Verdict {
    let module = match whirl_parser::parse_module(source) {
        Ok(m) => m,
        // Compiling again reports it with the compiler's wording.
        Err(e) if !e.incomplete => return Verdict::Run,
        // Open brackets, a triple-quoted string or a trailing backslash:
        // even a blank line does not end the statement; a block does end.
        Err(_) if !blank || whirl_lexer::lex(source).is_err_and(|e| e.incomplete) => {
            return Verdict::NeedMore
        }
        Err(_) => return Verdict::Run,
    };
    let Some(first) = module.body.first() else {
        return Verdict::Nothing;
    };
    // One input is one statement, or simple statements on its first line
    // (`a = 1; b = 2`): what follows a block without a blank line is an
    // error, as in CPython.
    if let Some(second) = module.body.get(1) {
        let at = second.span.start as usize;
        if source[..at].contains('\n') {
            return Verdict::Wrong(syntax_error(source, at, "invalid syntax"));
        }
    }
    let compound = matches!(
        first.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Match { .. }
    );
    if compound && !blank {
        Verdict::NeedMore
    } else {
        Verdict::Run
    }
}

fn syntax_error(source: &str, at: usize, message: &str) -> SyntaxErrorInfo {
    // CPython's caret marks the statement's first character.
    let end = source[at..]
        .chars()
        .next()
        .map_or(at, |c| at + c.len_utf8());
    SyntaxErrorInfo {
        kind: "SyntaxError",
        message: message.to_string(),
        start: at,
        end,
        label: None,
        hint: None,
        incomplete: false,
        source: Rc::new(SourceFile::new(STDIN, source)),
    }
}

/// Runs one complete input. Returns the exit status on `SystemExit`.
fn execute(vm: &mut Vm, source: &str) -> Option<u8> {
    // A Ctrl-C typed at the prompt was for the prompt.
    whirl_vm::interrupt::clear();
    match vm.run_interactive(source, STDIN) {
        Ok(()) => None,
        Err(MainError::Syntax(e)) => {
            vm.flush();
            vm.stdout_tail.clear();
            diagnostics::print_syntax_error(&e);
            None
        }
        Err(MainError::Exception(exc)) => {
            if let Some(code) = vm.system_exit_status(&exc) {
                vm.flush();
                return Some(code as u8);
            }
            whirl_vm::traceback::report_uncaught(vm, &exc);
            // The traceback ended the row the output left open.
            vm.stdout_tail.clear();
            None
        }
    }
}

/// What reading one line gave.
enum Line {
    Text(String),
    /// Ctrl-C while typing.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of piped input.
    End,
    Failed(String),
}

trait LineSource {
    fn read(&mut self, prompt: &str) -> Line;
    /// Called once at the end of the session (history is saved here).
    fn finish(&mut self) {}
}

/// Input from a terminal, through rustyline.
struct Terminal {
    editor: Editor<Prompter, FileHistory>,
    history: Option<PathBuf>,
}

impl Terminal {
    fn new(vm: Rc<RefCell<Vm>>) -> rustyline::Result<Terminal> {
        let config = Config::builder()
            .completion_type(CompletionType::List)
            .auto_add_history(false)
            .max_history_size(10_000)?
            // CPython's prompt does not ask the terminal where the cursor
            // is: after `print('x', end='')` the prompt follows the `x`.
            .check_cursor_position(false)
            .build();
        let mut editor = Editor::with_config(config)?;
        editor.set_helper(Some(Prompter { vm }));
        let history = history_file();
        if let Some(path) = &history {
            // A missing or unreadable file is a fresh history.
            let _ = editor.load_history(path);
        }
        Ok(Terminal { editor, history })
    }
}

impl LineSource for Terminal {
    fn read(&mut self, prompt: &str) -> Line {
        match self.editor.readline(prompt) {
            Ok(text) => {
                for line in text.split('\n') {
                    if !line.trim().is_empty() {
                        let _ = self.editor.add_history_entry(line);
                    }
                }
                Line::Text(text)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(ReadlineError::Eof) => Line::End,
            Err(e) => Line::Failed(e.to_string()),
        }
    }

    fn finish(&mut self) {
        if let Some(path) = self.history.take() {
            // As CPython's `site`: a home that is missing or read-only just
            // keeps no history.
            let _ = self.editor.save_history(&path);
        }
    }
}

/// `$WHIRL_HISTORY`, else `~/.whirl_history`; None without a home.
fn history_file() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("WHIRL_HISTORY") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".whirl_history"))
}

/// Input or output that is not a terminal (`whirl -i script < file`,
/// `whirl | tee log`): lines as they come, prompts on stderr as CPython
/// writes them.
struct Piped;

impl LineSource for Piped {
    fn read(&mut self, prompt: &str) -> Line {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) => Line::End,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                }
                Line::Text(line)
            }
            Err(e) => Line::Failed(e.to_string()),
        }
    }
}

/// rustyline's helper: Tab completion from the running program's names.
struct Prompter {
    vm: Rc<RefCell<Vm>>,
}

impl Completer for Prompter {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let Ok(mut vm) = self.vm.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        let before = line.get(..pos).unwrap_or(line);
        let found = completion::complete(&mut vm, before);
        // Whatever completing ran (a property) printed, show it now.
        vm.flush();
        // Completing must not leave a Ctrl-C or an exception behind.
        let _ = whirl_vm::interrupt::take();
        Ok(found)
    }
}

impl Hinter for Prompter {
    type Hint = String;
}
impl Highlighter for Prompter {}
impl Validator for Prompter {}
impl Helper for Prompter {}
