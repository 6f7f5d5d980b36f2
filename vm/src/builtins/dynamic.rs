//! Code made at run time: `compile()`, and `exec()`/`eval()` of source
//! text or code objects in namespaces the caller chooses.

use crate::code::{Code, SourceFile};
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static};
use crate::types::Kw;
use crate::value::Value;
use crate::{CallerScope, SyntaxErrorInfo, Vm};
use std::rc::Rc;

/// `ast.PyCF_ONLY_AST`: compile to a syntax tree (whirl has no `ast`).
const PYCF_ONLY_AST: i64 = 0x400;
/// The other `PyCF_*` compiler flags and the `__future__` feature flags
/// (`CO_FUTURE_*`): accepted, and change nothing here (every feature is
/// on in 3.11, or has no meaning for whirl).
const ACCEPTED_FLAGS: i64 = 0x200 // PyCF_DONT_IMPLY_DEDENT
    | 0x1000 // PyCF_TYPE_COMMENTS
    | 0x2000 // PyCF_ALLOW_TOP_LEVEL_AWAIT
    | 0x4000 // PyCF_ALLOW_INCOMPLETE_INPUT
    | 0x0002_0000 // division
    | 0x0004_0000 // absolute_import
    | 0x0008_0000 // with_statement
    | 0x0010_0000 // print_function
    | 0x0020_0000 // unicode_literals
    | 0x0040_0000 // barry_as_FLUFL
    | 0x0080_0000 // generator_stop
    | 0x0100_0000; // annotations

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exec,
    Eval,
    Single,
}

/// What compile/exec/eval were given to run.
enum Source {
    Text(String),
    Code(Rc<Code>),
}

/// Source text from a str or bytes-like argument (decoded as its PEP 263
/// coding cookie says, UTF-8 by default), or a code object as it is.
fn source_text(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Source> {
    let text = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
            match crate::memoryview::buffer_bytes(v) {
                Some(b) => crate::runtime::source::compile_text(vm, &b)?,
                None => {
                    return Err(PyErr::value_error(
                        "operation forbidden on released memoryview object",
                    ))
                }
            }
        }
        Value::Code(c) => return Ok(Source::Code(c.clone())),
        _ => {
            return Err(PyErr::type_error(format!(
                "{what} arg 1 must be a string, bytes or {} object",
                if what == "compile()" { "AST" } else { "code" },
            )))
        }
    };
    if text.contains('\0') {
        // CPython 3.11.2 (3.12 made it a SyntaxError).
        return Err(PyErr::value_error(
            "source code string cannot contain null bytes",
        ));
    }
    Ok(Source::Text(text))
}

/// Parses and compiles `text` as `filename` in `mode`, reporting the
/// compiler's warnings.
fn compile_text(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<Code>, SyntaxErrorInfo> {
    let source = Rc::new(SourceFile::new(filename, text));
    let code = compile_text_quietly(text, &source, mode)?;
    report_compile_warnings(vm, &source)?;
    Ok(code)
}

/// The SyntaxWarnings of the last compilation (`compile::warnings`), given
/// to `warnings.warn_explicit` with the file and line; one a filter turns
/// into an exception becomes a SyntaxError there, as in CPython.
pub(crate) fn report_compile_warnings(
    vm: &mut Vm,
    source: &Rc<SourceFile>,
) -> Result<(), SyntaxErrorInfo> {
    // The lexer's come first: CPython's tokenizer warns while parsing.
    let lexer_warnings = whirl_lexer::lex_warnings::take().into_iter().map(|w| {
        let kind = match w.category {
            whirl_lexer::lex_warnings::Category::Deprecation => ExcType::DeprecationWarning,
            whirl_lexer::lex_warnings::Category::Syntax => ExcType::SyntaxWarning,
        };
        let warning = crate::compile::warnings::CompileWarning {
            message: w.message,
            span: whirl_parser::ast::Span {
                start: w.start as u32,
                end: w.end as u32,
            },
        };
        (warning, kind)
    });
    let compiler_warnings = crate::compile::warnings::take()
        .into_iter()
        .map(|w| (w, ExcType::SyntaxWarning));
    let all = lexer_warnings.collect::<Vec<_>>();
    for (w, kind) in all.into_iter().chain(compiler_warnings) {
        let line = source.line_of(w.span.start as usize);
        let mut warn = || -> PyResult<Value> {
            let warnings = vm.import_module("warnings")?;
            let warn = vm.getattr(&warnings, &intern_static("warn_explicit"))?;
            let category = Value::Class(vm.exc_class(kind));
            let args = vec![
                Value::string(w.message.clone()),
                category,
                Value::str(&source.name),
                Value::Int(line as i64),
            ];
            vm.call(&warn, args)
        };
        if warn().is_err() {
            let error = crate::compile::CompileError {
                message: w.message,
                span: w.span,
                kind: "SyntaxError",
            };
            return Err(SyntaxErrorInfo::from_compile(error, source.clone()));
        }
    }
    Ok(())
}

fn compile_text_quietly(
    text: &str,
    source: &Rc<SourceFile>,
    mode: Mode,
) -> Result<Rc<Code>, SyntaxErrorInfo> {
    let source = source.clone();
    // Warnings left by a parse that failed are not this source's.
    whirl_lexer::lex_warnings::take();
    match mode {
        Mode::Eval => {
            let expr = whirl_parser::parse_expression(text)
                .map_err(|e| SyntaxErrorInfo::from_parse(e, source.clone()))?;
            crate::compile::compile_expression(&expr, source.clone())
                .map_err(|e| SyntaxErrorInfo::from_compile(e, source))
        }
        Mode::Exec | Mode::Single => {
            let m = whirl_parser::parse_module(text)
                .map_err(|e| SyntaxErrorInfo::from_parse(e, source.clone()))?;
            if mode == Mode::Single {
                if let Some((message, start, end)) = single_statement_error(text, &m) {
                    return Err(SyntaxErrorInfo {
                        kind: "SyntaxError",
                        message: message.into(),
                        start,
                        end,
                        label: None,
                        hint: None,
                        incomplete: false,
                        source,
                    });
                }
            }
            let r = if mode == Mode::Single {
                crate::compile::compile_interactive(&m, source.clone())
            } else {
                crate::compile::compile_module(&m, source.clone())
            };
            r.map_err(|e| SyntaxErrorInfo::from_compile(e, source))
        }
    }
}

/// What CPython's interactive grammar (`compile(..., 'single')`) refuses in
/// a module that parsed: more than one logical line of statements ("1; 2"
/// is one), and a one-line compound statement (`if x: y`) without the
/// newline that would end it. Returns the message and the byte span.
fn single_statement_error(
    text: &str,
    m: &whirl_parser::ast::Module,
) -> Option<(&'static str, usize, usize)> {
    use whirl_parser::ast::StmtKind;
    let first = m.body.first()?;
    let line_of = |pos: usize| {
        text.as_bytes()[..pos.min(text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    };
    let compound = !matches!(
        first.kind,
        StmtKind::Expr(_)
            | StmtKind::Assign { .. }
            | StmtKind::AugAssign { .. }
            | StmtKind::AnnAssign { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Delete(_)
            | StmtKind::Return(_)
            | StmtKind::Raise { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Assert { .. }
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
    );
    let first_end_line = line_of(first.span.end as usize);
    let mut last_on_line = first;
    for s in &m.body[1..] {
        if compound || line_of(s.span.start as usize) > first_end_line {
            const MULTIPLE: &str = "multiple statements found while compiling a single statement";
            return Some(if compound {
                // The parser stops at the next statement's first token.
                let start = s.span.start as usize;
                let rest = &text[start.min(text.len())..];
                let word = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                let len = if word > 0 {
                    word
                } else {
                    rest.chars().next().map_or(0, char::len_utf8)
                };
                ("invalid syntax", start, start + len)
            } else {
                // At the line break that ends the first logical line.
                let end = last_on_line.span.end as usize;
                (MULTIPLE, end, end)
            });
        }
        last_on_line = s;
    }
    // A compound statement whose last line is a one-line body needs the
    // newline after it (an indented block ends with its dedent).
    let trimmed = text.trim_end_matches([' ', '\t', '\x0c']);
    let last_line = trimmed.rsplit('\n').next().unwrap_or("");
    if compound
        && !trimmed.ends_with('\n')
        && !last_line.starts_with([' ', '\t'])
        && !last_line.trim_start().starts_with('#')
    {
        let start = trimmed.len() - last_line.len();
        return Some(("invalid syntax", start, start));
    }
    None
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`.
pub fn compile(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if a.len() > NAMES.len() {
        return Err(PyErr::type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            a.len()
        )));
    }
    let mut args: [Option<Value>; 6] = Default::default();
    for (slot, v) in args.iter_mut().zip(a) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = NAMES.iter().position(|n| *n == k.as_str()) else {
            if k.as_str() == "_feature_version" {
                continue;
            }
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for compile()",
                k.as_str()
            )));
        };
        if args[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for compile() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        args[i] = Some(v.clone());
    }
    let required = |i: usize| -> PyResult<Value> {
        args[i].clone().ok_or_else(|| {
            PyErr::type_error(format!(
                "compile() missing required argument '{}' (pos {})",
                NAMES[i],
                i + 1
            ))
        })
    };
    let (source, filename_arg, mode_arg) = (required(0)?, required(1)?, required(2)?);
    let int_arg = |vm: &mut Vm, v: &Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => crate::types::arg_int(vm, v),
        }
    };
    let flags = int_arg(vm, &args[3], 0)?;
    if let Some(v) = &args[4] {
        vm.truthy(v)?;
    }
    let optimize = int_arg(vm, &args[5], -1)?;
    let filename = match &filename_arg {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Value::ByteArray(_) | Value::MemoryView(_) => {
            let b = crate::memoryview::buffer_bytes(&filename_arg).unwrap_or_default();
            let msg = format!(
                "path should be string, bytes, or os.PathLike, not {}",
                vm.type_name(&filename_arg)
            );
            let warnings = vm.import_module("warnings")?;
            let warn = vm.getattr(&warnings, &intern_static("warn"))?;
            let category = Value::Class(vm.exc_class(ExcType::DeprecationWarning));
            vm.call(&warn, vec![Value::string(msg), category])?;
            String::from_utf8_lossy(&b).into_owned()
        }
        other => {
            let fspath = vm
                .class_of(other)
                .lookup(&intern_static("__fspath__"))
                .map(|m| vm.call(&m, vec![other.clone()]))
                .transpose()?;
            match fspath {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        vm.type_name(other)
                    )))
                }
            }
        }
    };
    let mode = match &mode_arg {
        Value::Str(s) => match s.as_str() {
            "exec" => Some(Mode::Exec),
            "eval" => Some(Mode::Eval),
            "single" => Some(Mode::Single),
            _ => None,
        },
        other => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    if flags & !(ACCEPTED_FLAGS | PYCF_ONLY_AST) != 0 {
        return Err(PyErr::value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(PyErr::value_error("compile(): invalid optimize value"));
    }
    let Some(mode) = mode else {
        return Err(PyErr::value_error(
            "compile() mode must be 'exec', 'eval' or 'single'",
        ));
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "compile() to an AST (ast.PyCF_ONLY_AST) is not supported: whirl has no ast module",
        ));
    }
    let Source::Text(text) = source_text(vm, &source, "compile()")? else {
        return Err(PyErr::type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    Ok(Value::Code(compile_text(vm, &text, &filename, mode)?))
}

/// `exec(source, globals=None, locals=None)` / `eval(...)`, with the
/// caller's namespaces when none are given.
pub fn eval_exec(
    vm: &mut Vm,
    a: &[Value],
    caller: Option<CallerScope>,
    is_eval: bool,
) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    if !is_eval && (a.is_empty() || a.len() > 3) {
        return Err(PyErr::type_error(if a.is_empty() {
            "exec() takes at least 1 positional argument (0 given)".to_string()
        } else {
            format!(
                "exec() takes at most 3 positional arguments ({} given)",
                a.len()
            )
        }));
    }
    crate::types::nargs(name, a, 1, 3)?;
    // CPython's PyMapping_Check: anything subscriptable.
    let subscriptable = |v: &Value| {
        matches!(
            v,
            Value::Dict(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Range(_)
        )
    };
    let is_mapping = |vm: &Vm, v: &Value| {
        subscriptable(v)
            // An instance of a subclass of one of those.
            || matches!(v, Value::Instance(i) if subscriptable(&i.base))
            || vm.class_of(v).lookup(&intern_static("__getitem__")).is_some()
    };
    let globals_arg = a.get(1).filter(|v| !v.is_none());
    let locals_arg = a.get(2).filter(|v| !v.is_none());
    let globals = match globals_arg {
        None => None,
        Some(Value::Dict(g)) => Some(g.clone()),
        Some(other) => {
            return Err(PyErr::type_error(if is_eval {
                if is_mapping(vm, other) {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    "globals must be a dict".to_string()
                }
            } else {
                format!("exec() globals must be a dict, not {}", vm.type_name(other))
            }))
        }
    };
    let mut mapping = None;
    let locals = match locals_arg {
        None => None,
        Some(Value::Dict(l)) => Some(l.clone()),
        Some(other) => {
            if !is_mapping(vm, other) {
                return Err(PyErr::type_error(if is_eval {
                    "locals must be a mapping".to_string()
                } else {
                    format!(
                        "locals must be a mapping or None, not {}",
                        vm.type_name(other)
                    )
                }));
            }
            mapping = Some(other.clone());
            None
        }
    };
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        // A mapping's names go through it; the frame's own namespace is a
        // scratch dict (what `import *` fills, there).
        (Some(g), None) if mapping.is_some() => (g, crate::gc::new_dict()),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let (g, cl) = match caller {
                Some(c) => (c.globals, c.locals),
                None => {
                    let g = vm.main_globals.clone().unwrap_or_default();
                    (g.clone(), g)
                }
            };
            let l = match (&mapping, l) {
                (Some(_), _) => crate::gc::new_dict(),
                (None, l) => l.unwrap_or(cl),
            };
            (g, l)
        }
    };
    if globals.get_str(&intern_static("__builtins__")).is_none() {
        globals.set_str(
            intern_static("__builtins__"),
            Value::Dict(vm.builtins.clone()),
        );
    }
    let code = match source_text(vm, &a[0], &format!("{name}()"))? {
        Source::Text(text) => {
            // eval() ignores the blanks before its expression.
            let text = if is_eval {
                text.trim_start_matches([' ', '\t'])
            } else {
                &text
            };
            compile_text(
                vm,
                text,
                "<string>",
                if is_eval { Mode::Eval } else { Mode::Exec },
            )?
        }
        Source::Code(code) => {
            if !code.freevars.is_empty() {
                return Err(PyErr::type_error(if is_eval {
                    "code object passed to eval() may not contain free variables".to_string()
                } else {
                    format!(
                        "code object requires a closure of exactly length {}",
                        code.freevars.len()
                    )
                }));
            }
            code.clone()
        }
    };
    let code = match &mapping {
        Some(_) if code.flags.uses_names => Rc::new(with_mapping_namespace(&code)),
        _ => code,
    };
    run_in(vm, code, globals, locals, mapping, is_eval)
}

/// Runs a code object with the given namespaces: module-level code sees
/// `locals` as its namespace; a function's code gets fresh fast locals.
fn run_in(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
    mapping: Option<Value>,
    is_eval: bool,
) -> PyResult<Value> {
    if code.flags.generator || code.flags.coroutine {
        // CPython makes the generator (or coroutine) and drops it unrun.
        return Ok(Value::None);
    }
    // A function's code run without arguments: CPython's complaint.
    for (n, kind, skip) in [
        (code.argcount as usize, "positional", 0),
        (
            code.kwonlyargcount as usize,
            "keyword-only",
            code.argcount as usize,
        ),
    ] {
        if n > 0 {
            let names: Vec<String> = code.varnames[skip..skip + n]
                .iter()
                .map(|v| format!("'{}'", v.as_str()))
                .collect();
            let listed = match names.as_slice() {
                [one] => one.clone(),
                [init @ .., last] if init.len() == 1 => format!("{} and {last}", init[0]),
                [init @ .., last] => format!("{}, and {last}", init.join(", ")),
                [] => String::new(),
            };
            return Err(PyErr::type_error(format!(
                "{}() missing {n} required {kind} argument{}: {listed}",
                code.name.as_str(),
                if n == 1 { "" } else { "s" }
            )));
        }
    }
    let mut frame = vm.new_frame(code, globals);
    frame.names = Some(locals);
    frame.ret = crate::frame::RetMode::Native;
    if let Some(m) = mapping {
        if let Some(slot) = frame.locals.last_mut() {
            *slot = m;
        }
    }
    match vm.run_frame(frame, None)? {
        crate::Exit::Return(v) => Ok(if is_eval { v } else { Value::None }),
        crate::Exit::Yield(_) => Ok(Value::None),
    }
}

/// The name of the extra local slot of `with_mapping_namespace` code.
const LOCALS_MAPPING_SLOT: &str = "<locals mapping>";

/// A copy of module-level code whose name operations go through a mapping
/// in an extra last local slot (`LoadNameMapping` and co.): the usual code
/// and its instructions stay as they are, paying nothing for this.
pub(crate) fn with_mapping_namespace(code: &Code) -> Code {
    use crate::code::Instr;
    let instrs = code
        .instrs
        .iter()
        .map(|i| match *i {
            Instr::LoadName(n) => Instr::LoadNameMapping(n),
            Instr::StoreName(n) => Instr::StoreNameMapping(n),
            Instr::DeleteName(n) => Instr::DeleteNameMapping(n),
            other => other,
        })
        .collect();
    let mut varnames = code.varnames.clone();
    varnames.push(intern(LOCALS_MAPPING_SLOT));
    Code {
        name: code.name.clone(),
        qualname: code.qualname.clone(),
        instrs,
        lines: code.lines.clone(),
        positions: code.positions.clone(),
        consts: code.consts.clone(),
        names: code.names.clone(),
        varnames,
        cellvars: code.cellvars.clone(),
        freevars: code.freevars.clone(),
        cell_params: code.cell_params.clone(),
        argcount: code.argcount,
        posonlyargcount: code.posonlyargcount,
        kwonlyargcount: code.kwonlyargcount,
        flags: code.flags,
        handlers: code.handlers.clone(),
        firstline: code.firstline,
        source: code.source.clone(),
        doc: code.doc.clone(),
        max_stack: code.max_stack,
        global_cache: code.global_cache.clone(),
        attr_caches: code.attr_caches.clone(),
    }
}

/// The locals mapping of a frame running `with_mapping_namespace` code,
/// None for other frames.
pub(crate) fn locals_mapping_of(f: &crate::frame::Frame) -> Option<Value> {
    if f.code.varnames.last().map(|n| n.as_str()) != Some(LOCALS_MAPPING_SLOT) {
        return None;
    }
    f.locals.last().cloned()
}

impl Vm {
    /// The locals mapping of a frame running `with_mapping_namespace` code.
    fn locals_mapping(f: &crate::frame::Frame) -> Value {
        f.locals.last().cloned().unwrap_or(Value::None)
    }

    /// `LoadNameMapping`: the mapping, then globals, then builtins.
    #[cold]
    pub(crate) fn load_name_mapping(&mut self, f: &crate::frame::Frame, i: u32) -> PyResult<Value> {
        let name = f.code.names[i as usize].clone();
        let m = Self::locals_mapping(f);
        match self.getitem(&m, &Value::Str(name.clone())) {
            Ok(v) => return Ok(v),
            Err(e) if self.is_key_error(&e) => {}
            Err(e) => return Err(e),
        }
        if let Some(v) = f.globals.get_str(&name) {
            return Ok(v);
        }
        if let Some(v) = self.builtin_for(&f.globals, &name) {
            return Ok(v);
        }
        Err(PyErr::new(
            ExcType::NameError,
            format!("name '{}' is not defined", name.as_str()),
        ))
    }

    /// `StoreNameMapping` (a value) and `DeleteNameMapping` (None).
    #[cold]
    pub(crate) fn store_name_mapping(
        &mut self,
        f: &crate::frame::Frame,
        i: u32,
        v: Option<Value>,
    ) -> PyResult<()> {
        let name = Value::Str(f.code.names[i as usize].clone());
        let m = Self::locals_mapping(f);
        match v {
            Some(v) => self.setitem(&m, name, v),
            None => match self.delitem(&m, &name) {
                Err(e) if self.is_key_error(&e) => Err(PyErr::new(
                    ExcType::NameError,
                    format!("name '{}' is not defined", name.as_str().unwrap_or("")),
                )),
                r => r,
            },
        }
    }

    /// `SetupAnnotations` in code run with a locals mapping (`exec(src,
    /// g, mapping)`): `__annotations__` is looked up and made there.
    /// False (nothing done) for other code.
    #[cold]
    pub(crate) fn setup_annotations_mapping(&mut self, f: &crate::frame::Frame) -> PyResult<bool> {
        let Some(m) = locals_mapping_of(f) else {
            return Ok(false);
        };
        let key = Value::Str(intern_static("__annotations__"));
        match self.getitem(&m, &key) {
            Ok(_) => Ok(true),
            Err(e) if self.is_key_error(&e) => {
                self.setitem(&m, key, Value::Dict(crate::gc::new_dict()))?;
                Ok(true)
            }
            Err(e) => Err(e),
        }
    }

    fn is_key_error(&mut self, e: &PyErr) -> bool {
        match e {
            PyErr::Raised(i) => self.is_instance_of_exc(i, ExcType::KeyError),
            other => other.builtin_type() == Some(ExcType::KeyError),
        }
    }
}
