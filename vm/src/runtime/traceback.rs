//! Printing exceptions as CPython 3.11 does: the chain of causes and
//! contexts, `Traceback (most recent call last):`, one entry per frame with
//! its source line and the `^^^^` / `~~^~~` markers under the expression
//! that failed (from `Code::positions`, decoded only here), repeated
//! recursion collapsed, a SyntaxError's own location, and `Type: message`
//! last, with "Did you mean" for uncaught name and attribute errors.

use crate::class::{Instance, TbEntry};
use crate::code::Code;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use whirl_parser::ast::{ExprKind, StmtKind};

/// The text CPython's interpreter prints for an uncaught exception, "Did
/// you mean" included.
pub fn format_uncaught(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    let mut ctx = PrintContext::new(true);
    format_chain(vm, exc, &mut ctx);
    ctx.out
}

/// The same text as the `traceback` module formats it: CPython 3.11's
/// `traceback.py` offers no "Did you mean" (its interpreter does).
pub fn format_exception(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    let mut ctx = PrintContext::new(false);
    format_chain(vm, exc, &mut ctx);
    ctx.out
}

/// `format_exception` with `TracebackException`'s group limits: at most
/// `width` exceptions of a group, `depth` levels of nested groups.
pub fn format_exception_limited(
    vm: &mut Vm,
    exc: &Rc<Instance>,
    width: usize,
    depth: usize,
) -> String {
    let mut ctx = PrintContext::new(false);
    ctx.max_width = width;
    ctx.max_depth = depth;
    format_chain(vm, exc, &mut ctx);
    ctx.out
}

/// What follows an exception's traceback, as the `traceback` module
/// renders it: a SyntaxError's location, `Type: message`, the notes.
pub fn format_exception_only(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    exception_only(vm, exc, false)
}

/// Exception groups show at most this many of their exceptions...
const MAX_GROUP_WIDTH: usize = 15;
/// ... and this many levels of nested groups.
const MAX_GROUP_DEPTH: usize = 10;

/// Where the text is going: inside an exception group, every line gets a
/// margin (`  | `, two more spaces a level) and the groups' exceptions
/// are boxed by `+---- n ----` lines, as CPython 3.11 prints them.
struct PrintContext {
    out: String,
    /// The exceptions printed (or being printed): each once, even in a
    /// cycle of causes.
    seen: std::collections::HashSet<*const Instance>,
    group_depth: usize,
    need_close: bool,
    /// The interpreter's rendering (with "Did you mean"), not the
    /// `traceback` module's.
    interpreter: bool,
    max_width: usize,
    max_depth: usize,
}

impl PrintContext {
    fn new(interpreter: bool) -> PrintContext {
        PrintContext {
            out: String::new(),
            seen: Default::default(),
            group_depth: 0,
            need_close: false,
            interpreter,
            max_width: MAX_GROUP_WIDTH,
            max_depth: MAX_GROUP_DEPTH,
        }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// `text`, each line behind the margin when inside a group.
    fn emit(&mut self, text: &str, margin: char) {
        if self.group_depth == 0 {
            self.out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// `exc` after the exceptions it was raised from or while handling,
/// oldest first, each with its traceback.
fn format_chain(vm: &mut Vm, exc: &Rc<Instance>, ctx: &mut PrintContext) {
    let mut chain: Vec<(Option<&str>, Rc<Instance>)> = Vec::new();
    let mut next = Some((None, exc.clone()));
    while let Some((message, e)) = next.take() {
        ctx.seen.insert(Rc::as_ptr(&e));
        let data = e.exc();
        let cause = data.cause.borrow().clone();
        let context = data.context.borrow().clone();
        next = match (&cause, &context) {
            (Value::Instance(c), _) if c.exc.is_some() => {
                (!ctx.seen.contains(&Rc::as_ptr(c))).then(|| (Some(CAUSE_MESSAGE), c.clone()))
            }
            (_, Value::Instance(c)) if c.exc.is_some() && !data.suppress_context.get() => {
                (!ctx.seen.contains(&Rc::as_ptr(c))).then(|| (Some(CONTEXT_MESSAGE), c.clone()))
            }
            _ => None,
        };
        chain.push((message, e));
    }
    for (message, e) in chain.into_iter().rev() {
        format_one(vm, &e, ctx);
        if let Some(m) = message {
            ctx.emit(m, '|');
        }
    }
}

/// One exception of a chain: its traceback and `Type: message`, and for a
/// group, its exceptions boxed below it.
fn format_one(vm: &mut Vm, exc: &Rc<Instance>, ctx: &mut PrintContext) {
    let tb = exc.exc().traceback.borrow().clone();
    let Some((_, excs)) = crate::exception_group::group_parts(exc) else {
        if !tb.is_empty() {
            ctx.emit("Traceback (most recent call last):\n", '|');
            let mut entries = String::new();
            format_entries(&tb, &mut entries);
            ctx.emit(&entries, '|');
        }
        let text = exception_only(vm, exc, ctx.interpreter);
        ctx.emit(&text, '|');
        return;
    };
    if ctx.group_depth > ctx.max_depth {
        let depth = ctx.max_depth;
        ctx.emit(&format!("... (max_group_depth is {depth})\n"), '|');
        return;
    }
    let toplevel = ctx.group_depth == 0;
    if toplevel {
        ctx.group_depth += 1;
    }
    if !tb.is_empty() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        let mut entries = String::new();
        format_entries(&tb, &mut entries);
        ctx.emit(&entries, '|');
    }
    let text = exception_only(vm, exc, ctx.interpreter);
    ctx.emit(&text, '|');
    let total = excs.0.len();
    let shown = total.min(ctx.max_width + 1);
    ctx.need_close = false;
    for i in 0..shown {
        let last = i + 1 == shown;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= ctx.max_width;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let open = if i == 0 { "+-" } else { "  " };
        let line = format!(
            "{}{open}+---------------- {title} ----------------\n",
            ctx.indent()
        );
        ctx.out.push_str(&line);
        ctx.group_depth += 1;
        if truncated {
            let more = total - ctx.max_width;
            let s = if more > 1 { "s" } else { "" };
            ctx.emit(&format!("and {more} more exception{s}\n"), '|');
        } else if let Value::Instance(e) = &excs.0[i] {
            format_chain(vm, e, ctx);
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if toplevel {
        ctx.group_depth = 0;
    }
}

/// `Type: message` (a SyntaxError's location before it, "Did you mean"
/// after it for the interpreter), then the notes.
fn exception_only(vm: &mut Vm, exc: &Rc<Instance>, interpreter: bool) -> String {
    let mut out = String::new();
    if let Some(text) = syntax_error_location(vm, exc) {
        // CPython shows where a SyntaxError is and words it by its `msg`.
        out.push_str(&text);
        let name = exception_line(vm, exc);
        let name = name.split(':').next().unwrap_or("SyntaxError");
        let msg = vm
            .getattr(
                &Value::Instance(exc.clone()),
                &crate::str::intern_static("msg"),
            )
            .unwrap_or(Value::None);
        let msg = vm.str_of(&msg).unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
    } else {
        out.push_str(&exception_line(vm, exc));
        if let Some(s) = interpreter.then(|| vm.suggestion_for(exc)).flatten() {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        out.push('\n');
    }
    format_notes(vm, exc, &mut out, interpreter);
    out
}

/// The exception's `__notes__` (from `add_note`), one line each after the
/// `Type: message` line. Like CPython 3.11, a `__notes__` that is not a
/// sequence is shown by its repr, which the interpreter (not the
/// `traceback` module) leaves without a newline.
fn format_notes(vm: &mut Vm, exc: &Rc<Instance>, out: &mut String, interpreter: bool) {
    let Some(notes) = exc.dict.get_str(&crate::str::intern_static("__notes__")) else {
        return;
    };
    let items = match &notes {
        Value::List(l) => Some(l.0.borrow().clone()),
        Value::Tuple(t) => Some(t.0.to_vec()),
        Value::Str(s) => Some(
            s.as_str()
                .chars()
                .map(|c| Value::string(c.to_string()))
                .collect(),
        ),
        _ => None,
    };
    let Some(items) = items else {
        let text = vm
            .repr(&notes)
            .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        out.push_str(&text);
        if !interpreter {
            out.push('\n');
        }
        return;
    };
    for note in items {
        let text = match &note {
            Value::Str(s) => s.as_str().to_string(),
            other => vm
                .str_of(other)
                .unwrap_or_else(|_| "<note str() failed>".into()),
        };
        out.push_str(&text);
        out.push('\n');
    }
}

/// CPython's `sys.tracebacklimit` default: only the innermost entries.
const TRACEBACK_LIMIT: usize = 1000;
/// After this many entries for the same line, repeats are counted instead.
const RECURSIVE_CUTOFF: usize = 3;

/// The entries, outermost first (`tb` holds them innermost first).
fn format_entries(tb: &[TbEntry], out: &mut String) {
    let shown = &tb[..tb.len().min(TRACEBACK_LIMIT)];
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    // `warnings.warn` is C code in CPython: an error it raises (`-W error`)
    // shows no frames of its own.
    let shown = shown
        .iter()
        .filter(|e| e.code.source.name != "<frozen warnings>");
    for entry in shown.rev() {
        let key = (
            entry.code.source.name.as_str(),
            entry.line,
            entry.code.name.as_str(),
        );
        if last != Some(key) {
            repeated(count, out);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            format_entry(entry, out);
        }
    }
    repeated(count, out);
}

fn repeated(count: usize, out: &mut String) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// `File "...", line N, in name`, the source line, and the carets under
/// the part that failed.
pub fn format_entry(entry: &TbEntry, out: &mut String) {
    let code = &entry.code;
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.source.name,
        entry.line,
        code.name.as_str()
    ));
    // As CPython: no source for `<string>`, `<stdin>` and the like.
    if code.source.name.starts_with('<') {
        return;
    }
    let Some(line) = code.source.line_text(entry.line) else {
        return;
    };
    let indent = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
    let shown = &line[indent..];
    if shown.trim().is_empty() {
        return;
    }
    out.push_str(&format!("    {shown}\n"));
    if let Some(carets) = carets(code, entry, line, indent) {
        out.push_str(&carets);
    }
}

/// CPython 3.11's markers under the instruction's span: `^` all along, or
/// `~` with `^` under the operator of a binary operation or the brackets
/// of a subscript; none when they would underline the whole line.
fn carets(code: &Code, entry: &TbEntry, line: &str, indent: usize) -> Option<String> {
    let span = code.position_at(entry.ip as usize)?;
    let src = &code.source;
    let (start, end) = (span.start as usize, span.end as usize);
    if src.line_of(start) != entry.line {
        return None;
    }
    let line_start = *src
        .line_starts()
        .get((entry.line as usize).checked_sub(1)?)?;
    let start_byte = start.checked_sub(line_start)?;
    if start_byte < indent || !line.is_char_boundary(start_byte) {
        return None;
    }
    let chars = |b: usize| line.get(..b).map_or(0, |t| t.chars().count());
    let start_col = chars(start_byte);
    let one_line = src.line_of(end.saturating_sub(1).max(start)) == entry.line;
    let mut anchors = None;
    let end_col = if one_line {
        let end_byte = (end - line_start).min(line.len());
        let segment = line.get(start_byte..end_byte)?;
        anchors = anchors_in(segment).map(|(l, r)| {
            let to_col = |b: usize| start_col + segment.get(..b).map_or(0, |t| t.chars().count());
            (to_col(l), to_col(r))
        });
        chars(end_byte)
    } else {
        // Several lines: up to the last non-blank character of this one.
        chars(line.trim_end_matches([' ', '\t', '\x0c']).len())
    };
    let shown_len = line.chars().count() - chars(indent);
    if end_col - start_col == shown_len && anchors.is_none() {
        return None;
    }
    let mut s = String::from("    ");
    for _ in chars(indent)..start_col {
        s.push(' ');
    }
    for col in start_col..end_col {
        s.push(match anchors {
            Some((l, r)) if l <= col && col < r => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    s.push('\n');
    Some(s)
}

/// For a segment that parses as a binary operation or a subscript alone,
/// the byte range to mark with `^` (CPython 3.11's
/// `extract_anchors_from_expr`).
fn anchors_in(segment: &str) -> Option<(usize, usize)> {
    let module = whirl_parser::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let bytes = segment.as_bytes();
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let i = (from..to.min(bytes.len()))
                .find(|&i| !matches!(bytes[i], b' ' | b'\t' | b'\x0c'))?;
            let two = i + 1 < to && !matches!(bytes[i + 1], b' ' | b'\t' | b'\x0c');
            Some((i, i + 1 + two as usize))
        }
        ExprKind::Subscript { value, slice } => {
            Some((value.span.end as usize, slice.span.end as usize + 1))
        }
        _ => None,
    }
}

/// For a `SyntaxError(msg, (filename, lineno, offset, text, ...))`:
/// `  File "...", line N`, the line and a caret under the error, as
/// CPython's `print_exception` writes them.
fn syntax_error_location(vm: &mut Vm, exc: &Rc<Instance>) -> Option<String> {
    if !vm.is_instance_of_exc(exc, crate::error::ExcType::SyntaxError) {
        return None;
    }
    // Its attributes as they are now (a program may set `e.lineno`).
    let mut d = Vec::with_capacity(6);
    for name in [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ] {
        let v = vm.getattr(&Value::Instance(exc.clone()), &crate::str::intern(name));
        d.push(v.unwrap_or(Value::None));
    }
    let int = |v: Option<&Value>| match v {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let filename = match d.first() {
        Some(v @ Value::Str(_)) => vm.str_of(v).ok()?,
        _ => "<string>".to_string(),
    };
    let lineno = int(d.get(1))?;
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    let Some(Value::Str(text)) = d.get(3) else {
        return Some(out);
    };
    let text = text.as_str();
    let line_len = text.trim_end_matches('\n').chars().count() as i64;
    let mut offset = int(d.get(2)).unwrap_or(0);
    let mut end_offset = int(d.get(5)).unwrap_or(0);
    if int(d.get(4)).is_some_and(|end_line| end_line > lineno) {
        end_offset = line_len;
    }
    end_offset = end_offset.min(line_len + 1);
    // print_error_text: the line without its indentation, the caret
    // columns shifted with it.
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let indent = (text.chars().count() - stripped.chars().count()) as i64;
    offset -= 1 + indent;
    end_offset -= 1 + indent;
    let shown = stripped.trim_end_matches('\n');
    offset = offset.min(shown.chars().count() as i64);
    out.push_str(&format!("    {shown}\n"));
    if offset >= 0 {
        let width = if end_offset > offset {
            end_offset - offset
        } else {
            1
        };
        out.push_str("    ");
        out.push_str(&" ".repeat(offset as usize));
        out.push_str(&"^".repeat(width as usize));
        out.push('\n');
    }
    Some(out)
}

/// `Type: message`, with the module prefix CPython adds for user classes.
pub fn exception_line(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    let cls = &exc.class;
    let name = if cls.module == "builtins" || cls.module == "__main__" {
        cls.qualname.clone()
    } else {
        format!("{}.{}", cls.module, cls.qualname)
    };
    let msg = vm
        .str_of(&Value::Instance(exc.clone()))
        .unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// An exception nobody caught: handed to `sys.excepthook` when a program
/// replaced it, else printed. If the hook fails, both are printed, as
/// CPython does.
pub fn report_uncaught(vm: &mut Vm, exc: &Rc<Instance>) {
    let sys = vm.modules.get_str(&crate::str::intern_static("sys"));
    let hooks = match &sys {
        Some(Value::Module(m)) => m
            .dict
            .get_str(&crate::str::intern_static("excepthook"))
            .zip(m.dict.get_str(&crate::str::intern_static("__excepthook__"))),
        _ => None,
    };
    let Some((hook, _)) = hooks.filter(|(hook, default)| !hook.is(default)) else {
        print_exception(vm, exc);
        return;
    };
    let args = vec![
        Value::Class(exc.class.clone()),
        Value::Instance(exc.clone()),
        Value::None,
    ];
    vm.flush();
    if let Err(e) = vm.call(&hook, args) {
        let failure = vm.materialize(e);
        vm.flush();
        eprint!(
            "Error in sys.excepthook:\n{}",
            format_uncaught(vm, &failure)
        );
        eprint!("\nOriginal exception was:\n{}", format_uncaught(vm, exc));
    }
    vm.flush();
}

pub fn print_exception(vm: &mut Vm, exc: &Rc<Instance>) {
    vm.flush();
    let text = format_uncaught(vm, exc);
    eprint!("{}", stderr_text(&text));
}

/// sys.stderr's `backslashreplace`: lone surrogates (whirl's stand-ins)
/// appear as `\udc80`.
fn stderr_text(text: &str) -> std::borrow::Cow<'_, str> {
    if !crate::surrogate::contains_surrogate(text) {
        return text.into();
    }
    let bytes = crate::codecs::encode(text, "utf-8", "backslashreplace").unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned().into()
}
