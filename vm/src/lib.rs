//! whirl-vm: everything between a syntax tree and a running program.
//!
//! Data flows through the folders in this order:
//! - `compile/` turns the parser's AST into `Code` objects (`code.rs` holds
//!   the instruction set; `code_serial.rs` stores code as bytes).
//! - `interp/` runs them: the dispatch loop (`interp/mod.rs`) keeps frames
//!   on the VM's own frame stack, so Python-to-Python calls and generator
//!   resumption never recurse on the Rust stack; `call.rs` binds arguments;
//!   failures travel as `PyErr` (`error.rs`).
//! - `object/` is what instructions work on: values (`value.rs`, 16-byte
//!   tagged references), the attribute protocol (`object/mod.rs`), classes
//!   and metaclasses, descriptors, functions, the str/dict/set tables.
//! - `builtins/` holds the builtin functions and every builtin type's
//!   constructor and methods, text formatting, codecs and `exec`/`eval`.
//! - `runtime/` is what surrounds a running program: memory (reference
//!   counting plus a cycle collector, `gc.rs`; weak references), import and
//!   the compiled-module cache, frame and traceback objects, CPython's
//!   traceback printing, Ctrl-C.
//!
//! Natives that call back into Python go through `Vm::call`.

// The VM in parts, one folder each. Their modules are re-exported at the
// crate root so that paths stay short (`crate::value`, `whirl_vm::error`).

/// The compiler: AST to code objects, and code objects as bytes.
pub mod compile;
pub use compile::code;
pub use compile::code_serial;
pub use compile::positions;

/// The interpreter: dispatch, frames, calls, generators, how errors travel.
mod interp;
pub(crate) use interp::asyncgen;
pub(crate) use interp::call;
pub use interp::error;
pub use interp::frame;
pub use interp::generator;
pub use interp::ops;

/// The object model: values, the attribute protocol, classes, descriptors.
mod object;
pub(crate) use object::bases_assign;
pub use object::class;
pub(crate) use object::class_assign;
pub(crate) use object::descriptor;
pub use object::dict;
pub(crate) use object::dict_assign;
pub use object::function;
pub(crate) use object::mappingproxy;
pub(crate) use object::metaclass;
pub(crate) use object::module_class;
pub use object::native;
pub(crate) use object::reduce;
pub use object::set;
pub(crate) use object::slots;
pub use object::str;
pub(crate) use object::type_dict;
pub(crate) use object::type_version;
pub use object::value;

/// The builtin functions and types, formatting, codecs, exec/eval.
pub mod builtins;
pub(crate) use builtins::arity;
pub use builtins::bytearray;
pub(crate) use builtins::bytes;
pub(crate) use builtins::code_replace;
pub use builtins::codecs;
pub use builtins::complex;
pub(crate) use builtins::docstrings;
pub(crate) use builtins::dynamic;
pub use builtins::exception_group;
pub use builtins::format;
pub(crate) use builtins::generic_alias;
pub use builtins::iter;
pub use builtins::memoryview;
pub(crate) use builtins::number_methods;
pub use builtins::oserror;
pub use builtins::types;

/// Around the interpreter: memory, import, tracebacks, Ctrl-C, test hooks.
mod runtime;
pub use runtime::code_cache;
pub use runtime::frameobj;
pub use runtime::gc;
pub use runtime::interrupt;
pub use runtime::module;
pub use runtime::source;
pub use runtime::testing;
pub use runtime::traceback;
pub use runtime::weakref;

/// Lone surrogates in whirl's UTF-8 text (the lexer owns the mapping).
pub use whirl_lexer::surrogate;

use class::{BuiltinType, Class};
use code::SourceFile;
use dict::PyDict;
use error::{ExcType, PyErr, PyResult};
use frame::Frame;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use str::{intern, PyStr};
use value::Value;

pub use interp::Exit;
pub use whirl_parser::ast::BinOp;

/// A native module's initializer: builds and returns the module object.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// Builtin type objects, looked up by `type(x)` and attribute access.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub complex: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub memoryview: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub module: Rc<Class>,
    pub iterator: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub exceptions: Vec<Rc<Class>>,
}

/// The longest unfinished stdout line the REPL draws its prompt after; a
/// longer one wraps over several rows the prompt cannot redraw.
const STDOUT_TAIL_MAX: usize = 1024;

// Frames are boxed so that a generator takes or gives back its frame by
// moving one pointer.
#[allow(clippy::vec_box)]
pub struct Vm {
    /// Callers of the frame the innermost loop is running.
    pub(crate) frames: Vec<Box<Frame>>,
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Generators unpacked since their last packing (see `unpack_frame`).
    pub(crate) unpacked: Vec<std::rc::Weak<crate::generator::Generator>>,
    /// Python frames alive (for the recursion limit).
    pub depth: usize,
    pub recursion_limit: usize,
    /// Nested interpreter loops (natives calling back into Python).
    pub(crate) native_depth: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub builtins: Rc<PyDict>,
    /// `"__builtins__"`, interned once: a global look-up that falls back
    /// to the builtins checks the globals for their own (`exec` with a
    /// custom `__builtins__`).
    pub(crate) builtins_key: Rc<PyStr>,
    pub types: Types,
    /// `sys.modules`
    pub modules: Rc<PyDict>,
    pub native_modules: HashMap<String, ModuleInit>,
    /// Standard modules written in Python, shipped inside the binary.
    pub source_modules: HashMap<String, &'static str>,
    /// `sys.path`
    pub path: Value,
    pub argv: Vec<String>,
    /// `sys.warnoptions`: `PYTHONWARNINGS`'s entries, then each `-W`.
    pub warnoptions: Vec<String>,
    /// Standard output, block-buffered (flushed at exit, before a
    /// traceback, before `input()` and whenever stderr is written).
    pub out: std::io::BufWriter<std::io::Stdout>,
    /// On a terminal, stdout is also flushed at each line's end.
    pub stdout_line_buffered: bool,
    /// `-u`: with `stdout_line_buffered`, also flushed after each write.
    pub stdout_unbuffered: bool,
    /// On a terminal only: what was written to stdout after its last line
    /// break (empty when longer than `STDOUT_TAIL_MAX`), so that the REPL
    /// can draw its prompt after it, as CPython's does, instead of over it.
    pub stdout_tail: String,
    pub main_globals: Option<Rc<PyDict>>,
    /// set, frozenset, property, staticmethod, classmethod, super.
    pub extra: Option<types::ExtraTypes>,
    /// The calling frame's namespaces, set for `FastPath::Frame` builtins.
    pub(crate) caller: Option<CallerScope>,
    pub(crate) in_gc: bool,
    /// `send`, `__next__`, `next` of generators, by interned name, so that
    /// `gen.send(x)` needs no method lookup.
    pub(crate) gen_methods: Vec<(Rc<PyStr>, Value)>,
    /// The Python side of async generators, once one was made.
    pub(crate) asyncgen: Option<asyncgen::AsyncGenClasses>,
    /// Each running interpreter loop's frame variable and the frame
    /// stack's length when it started (see `Vm::live_frames`).
    pub(crate) loops: Vec<(*const Box<Frame>, usize)>,
    /// The `frame` and `traceback` classes, once made.
    pub(crate) introspect: Option<Rc<frameobj::IntrospectTypes>>,
}

/// What `globals()`/`locals()` see of the frame that called them.
pub(crate) struct CallerScope {
    pub globals: Rc<PyDict>,
    pub locals: Rc<PyDict>,
    /// The locals mapping of code run by `exec(src, g, mapping)` with a
    /// mapping that is not a dict: what `locals()` and `dir()` see there.
    pub mapping: Option<Value>,
    /// Where the call is: for `warnings.warn` and its `stacklevel`.
    pub code: Rc<code::Code>,
    pub line: u32,
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Vm {
        let types = types::make_types();
        let mut vm = Vm {
            frames: Vec::new(),
            frame_pool: Vec::new(),
            unpacked: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            native_depth: 0,
            exc_info: Value::None,
            builtins: crate::gc::new_dict(),
            builtins_key: crate::str::intern_static("__builtins__"),
            types,
            modules: crate::gc::new_dict(),
            native_modules: HashMap::new(),
            source_modules: HashMap::new(),
            path: Value::list(vec![]),
            argv,
            warnoptions: Vec::new(),
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            stdout_line_buffered: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            stdout_unbuffered: false,
            stdout_tail: String::new(),
            main_globals: None,
            extra: None,
            caller: None,
            in_gc: false,
            gen_methods: Vec::new(),
            asyncgen: None,
            loops: Vec::new(),
            introspect: None,
        };
        types::install_methods(&mut vm);
        metaclass::install(&mut vm);
        for name in ["send", "__next__", "next"] {
            let n = intern(name);
            if let Some(m) = vm.types.generator.lookup(&n) {
                vm.gen_methods.push((n, m));
            }
        }
        builtins::install(&mut vm);
        vm
    }

    pub fn exc_class(&self, t: ExcType) -> Rc<Class> {
        self.types.exceptions[t as usize].clone()
    }

    pub fn register_module(&mut self, name: &str, init: ModuleInit) {
        self.native_modules.insert(name.to_string(), init);
    }

    /// Registers a module written in Python, compiled on first import.
    pub fn register_source_module(&mut self, name: &str, source: &'static str) {
        self.source_modules.insert(name.to_string(), source);
    }

    /// Runs source text as the `__main__` module. Returns the uncaught
    /// exception, if any (already carrying its traceback).
    pub fn run_main(&mut self, source: &str, filename: &str) -> Result<(), MainError> {
        self.run_main_in_package(source, filename, None)
    }

    /// `run_main` with `__package__` set, as `-m pkg.mod` runs a module
    /// (its relative imports resolve against the package).
    pub fn run_main_in_package(
        &mut self,
        source: &str,
        filename: &str,
        package: Option<&str>,
    ) -> Result<(), MainError> {
        self.run_main_with_spec(source, filename, package, None)
    }

    /// `run_main_in_package` with `__main__.__spec__` a ModuleSpec named
    /// `spec_name` (as CPython's `-m mod`, `-m pkg` giving `pkg.__main__`,
    /// and a folder or zip archive run giving `__main__`); None leaves it
    /// None, as for a script.
    pub fn run_main_with_spec(
        &mut self,
        source: &str,
        filename: &str,
        package: Option<&str>,
        spec_name: Option<&str>,
    ) -> Result<(), MainError> {
        let globals = self.new_main_module(filename);
        if let Some(p) = package {
            globals.set_str(crate::str::intern_static("__package__"), Value::str(p));
        }
        if let Some(name) = spec_name {
            if let Some(spec) = self.main_spec(name, filename) {
                globals.set_str(crate::str::intern_static("__spec__"), spec);
            }
            // A module outside any package: the spec's parent, "".
            let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
            if package.is_none() {
                globals.set_str(crate::str::intern_static("__package__"), Value::str(parent));
            }
        }
        let code = self.compile(source, filename).map_err(MainError::Syntax)?;
        if std::env::var_os("WHIRL_DIS").is_some() {
            eprint!("{}", code.disassemble());
        }
        let r = self.run_code(code, globals.clone());
        self.process_pending();
        self.flush();
        r.map_err(MainError::Exception)
    }

    /// `importlib.machinery.ModuleSpec(name, None, origin=filename)`, or
    /// None when it cannot be made (the program then runs without one).
    fn main_spec(&mut self, name: &str, filename: &str) -> Option<Value> {
        let machinery = self.import_module("importlib.machinery").ok()?;
        let class = self
            .getattr(&machinery, &crate::str::intern_static("ModuleSpec"))
            .ok()?;
        self.call_kw(
            &class,
            vec![Value::str(name), Value::None],
            vec![(crate::str::intern_static("origin"), Value::str(filename))],
        )
        .ok()
    }

    /// Creates the `__main__` module (in `sys.modules` and `main_globals`)
    /// and returns its namespace.
    pub fn new_main_module(&mut self, filename: &str) -> Rc<PyDict> {
        let globals = crate::gc::new_dict();
        globals.set_str(
            crate::str::intern_static("__name__"),
            Value::str("__main__"),
        );
        // As CPython's __main__: these exist (None unless `-m` sets them).
        for name in ["__doc__", "__package__", "__loader__", "__spec__"] {
            globals.set_str(intern(name), Value::None);
        }
        globals.set_str(
            crate::str::intern_static("__builtins__"),
            Value::Dict(self.builtins.clone()),
        );
        if filename != "<string>" && filename != "<stdin>" {
            globals.set_str(crate::str::intern_static("__file__"), Value::str(filename));
        }
        let module = Rc::new(module::Module {
            name: crate::str::intern_static("__main__"),
            dict: globals.clone(),
            class: Default::default(),
        });
        let _ = self
            .modules
            .set(Value::str("__main__"), Value::Module(module));
        self.main_globals = Some(globals.clone());
        globals
    }

    /// Runs one input of the interactive prompt in `__main__`: expression
    /// statements print their value's repr and keep it in `builtins._`.
    pub fn run_interactive(&mut self, source: &str, filename: &str) -> Result<(), MainError> {
        let globals = match &self.main_globals {
            Some(g) => g.clone(),
            None => self.new_main_module(filename),
        };
        let code = self
            .compile_with(source, filename, true)
            .map_err(MainError::Syntax)?;
        let r = self.run_code(code, globals);
        self.process_pending();
        self.flush();
        r.map_err(MainError::Exception)
    }

    /// Parses and compiles source into a module code object.
    pub fn compile(
        &mut self,
        source: &str,
        filename: &str,
    ) -> Result<Rc<code::Code>, SyntaxErrorInfo> {
        self.compile_with(source, filename, false)
    }

    /// `compile`, or with `interactive` the prompt's mode (see
    /// `run_interactive`).
    fn compile_with(
        &mut self,
        source: &str,
        filename: &str,
        interactive: bool,
    ) -> Result<Rc<code::Code>, SyntaxErrorInfo> {
        let src = Rc::new(SourceFile::new(filename, source));
        // Warnings left by a parse that failed are not this source's.
        whirl_lexer::lex_warnings::take();
        let module = whirl_parser::parse_module(source)
            .map_err(|e| SyntaxErrorInfo::from_parse(e, src.clone()))?;
        let code = if interactive {
            compile::compile_interactive(&module, src.clone())
        } else {
            compile::compile_module(&module, src.clone())
        };
        let code = code.map_err(|e| SyntaxErrorInfo::from_compile(e, src.clone()))?;
        dynamic::report_compile_warnings(self, &src)?;
        Ok(code)
    }

    /// Runs a module-level code object with the given globals.
    pub fn run_code(
        &mut self,
        code: Rc<code::Code>,
        globals: Rc<PyDict>,
    ) -> Result<(), Rc<class::Instance>> {
        let mut frame = self.new_frame(code, globals.clone());
        frame.names = Some(globals);
        frame.ret = frame::RetMode::Native;
        match self.run_frame(frame, None) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.materialize(e)),
        }
    }

    /// Shutdown, as CPython's: `__main__`'s names go in definition order
    /// (its dict is freed so), and with them what they held: `__del__`
    /// methods and generators' `finally` blocks run; then output is flushed.
    pub fn finalize(&mut self) {
        self.run_exit_finalizers();
        if let Some(globals) = self.main_globals.clone() {
            let names: Vec<Rc<PyStr>> = globals
                .0
                .borrow()
                .keys()
                .into_iter()
                .filter_map(|k| match k {
                    Value::Str(s) if s.as_str() != "__builtins__" => Some(s),
                    _ => None,
                })
                .collect();
            for name in names {
                globals.set_str(name, Value::None);
                self.process_pending();
            }
        }
        self.flush();
    }

    /// `weakref.finalize` objects marked `atexit` that are still alive
    /// run first at shutdown (CPython runs them from `atexit`).
    fn run_exit_finalizers(&mut self) {
        self.run_atexit_callbacks();
        let Some(m) = self.modules.get_str(&crate::str::intern_static("weakref")) else {
            return;
        };
        if let Ok(f) = self.getattr(&m, &crate::str::intern_static("_run_exit_finalizers")) {
            if let Err(e) = self.call(&f, vec![]) {
                let exc = self.materialize(e);
                self.flush();
                crate::traceback::print_exception(self, &exc);
            }
        }
    }

    /// The functions registered with `atexit` (when it was imported), last
    /// registered first; the module reports their exceptions itself.
    fn run_atexit_callbacks(&mut self) {
        let Some(m) = self.modules.get_str(&crate::str::intern_static("atexit")) else {
            return;
        };
        if let Ok(f) = self.getattr(&m, &crate::str::intern_static("_run_exitfuncs")) {
            if let Err(e) = self.call(&f, vec![]) {
                let exc = self.materialize(e);
                self.flush();
                crate::traceback::print_exception(self, &exc);
            }
        }
    }

    /// Takes what was written to stdout since its last line break (on a
    /// terminal), flushing it to the screen.
    pub fn take_stdout_tail(&mut self) -> String {
        self.flush();
        std::mem::take(&mut self.stdout_tail)
    }

    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }

    /// `sys.<name>` when a program has replaced it (`sys.stdout =
    /// io.StringIO()`, `contextlib.redirect_stdout`): print and the
    /// traceback printer then write through it. None while it is still
    /// the original stream `sys.<original>`, written to directly.
    pub fn replaced_sys_stream(&self, name: &str, original: &str) -> Option<Value> {
        let Some(Value::Module(sys)) = self.modules.get_str(&crate::str::intern_static("sys"))
        else {
            return None;
        };
        let current = sys.dict.get_str(&intern(name))?;
        match sys.dict.get_str(&intern(original)) {
            Some(orig) if orig.is(&current) => None,
            _ => Some(current),
        }
    }

    /// What the prompt and `compile(..., 'single')` do with an expression
    /// statement's value (sys.displayhook's default): its repr on a line of
    /// sys.stdout, and `_` bound to it; None shows nothing.
    #[cold]
    pub fn display_value(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let text = self.repr(&v)? + "\n";
        match self.replaced_sys_stream("stdout", "__stdout__") {
            Some(stream) => {
                self.call_method_native(&stream, "write", vec![Value::string(text)])?;
            }
            None => self.write_out(&text),
        }
        self.builtins.set_str(crate::str::intern_static("_"), v);
        Ok(())
    }

    /// `write_out` for text that may hold lone surrogates, which a UTF-8
    /// stdout in strict mode refuses, as CPython's does.
    pub fn write_out_checked(&mut self, s: &str) -> PyResult<()> {
        if surrogate::contains_surrogate(s) {
            codecs::encode(s, "utf-8", "strict")?;
        }
        self.write_out(s);
        Ok(())
    }

    pub fn write_out(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
        if self.stdout_line_buffered {
            match s.rfind('\n') {
                Some(i) => {
                    let _ = self.out.flush();
                    self.stdout_tail.clear();
                    self.stdout_tail.push_str(&s[i + 1..]);
                }
                None => {
                    self.stdout_tail.push_str(s);
                    if self.stdout_unbuffered {
                        let _ = self.out.flush();
                    }
                }
            }
            if self.stdout_tail.len() > STDOUT_TAIL_MAX {
                self.stdout_tail.clear();
            }
        }
    }

    /// `sys.exit` semantics for an uncaught SystemExit: the exit status.
    pub fn system_exit_status(&mut self, exc: &Rc<class::Instance>) -> Option<i32> {
        if exc.class.exc_type != Some(ExcType::SystemExit)
            && !self.is_instance_of_exc(exc, ExcType::SystemExit)
        {
            return None;
        }
        let args = exc.args();
        let code = args.first().cloned().unwrap_or(Value::None);
        Some(match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = self.str_of(&other).unwrap_or_default();
                self.flush();
                eprintln!("{s}");
                1
            }
        })
    }

    /// For a builtin made with `types::frame_builtin`, while it runs:
    /// the code object, line and globals of the Python frame `level`
    /// calls up (1: the one calling the builtin, 2: its caller, ...).
    pub fn caller_location(&mut self, level: usize) -> Option<(Rc<code::Code>, u32, Rc<PyDict>)> {
        let c = self.caller.take()?;
        if level <= 1 {
            return Some((c.code, c.line, c.globals));
        }
        let f = self.frames.iter().rev().nth(level - 2)?;
        Some((f.code.clone(), f.line(), f.globals.clone()))
    }

    pub fn is_instance_of_exc(&self, exc: &Rc<class::Instance>, t: ExcType) -> bool {
        exc.class.is_subclass(&self.types.exceptions[t as usize])
    }

    pub fn new_str(&self, s: &str) -> Rc<PyStr> {
        Rc::new(PyStr::new(s.to_string()))
    }

    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                let x = self.extra.as_ref().expect("types installed");
                if s.frozen {
                    x.frozenset.clone()
                } else {
                    x.set.clone()
                }
            }
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => type_dict::builtin_class(self, b),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Generator(g) => {
                if g.code.flags.coroutine {
                    t.coroutine.clone()
                } else {
                    t.generator.clone()
                }
            }
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Module(m) => match &*m.class.borrow() {
                None => t.module.clone(),
                Some(c) => c.clone(),
            },
            Value::Iterator(ni) => type_dict::iterator_class(self, ni.name),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Native(n) => n.class.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::MemoryView(_) => t.memoryview.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Instance(i) => i.class.name.clone(),
            Value::Class(c) if c.metaclass.is_some() => c
                .metaclass
                .as_ref()
                .map(|m| m.name.clone())
                .unwrap_or_default(),
            Value::Iterator(i) => i.name.to_string(),
            Value::Builtin(b) => type_dict::builtin_type_name(b).to_string(),
            Value::Native(n) => n.class.name.clone(),
            Value::Module(m) if m.class.borrow().is_some() => self.class_of(v).name.clone(),
            _ => ops::type_name(v).to_string(),
        }
    }

    pub fn builtin_type_of(&self, v: &Value) -> Option<BuiltinType> {
        self.class_of(v).base_builtin()
    }
}

/// A syntax error with what is needed to draw it.
#[derive(Clone)]
pub struct SyntaxErrorInfo {
    pub kind: &'static str,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub label: Option<String>,
    pub hint: Option<String>,
    pub incomplete: bool,
    pub source: Rc<SourceFile>,
}

pub enum MainError {
    Syntax(SyntaxErrorInfo),
    Exception(Rc<class::Instance>),
}

impl SyntaxErrorInfo {
    pub fn from_parse(e: whirl_parser::ParseError, source: Rc<SourceFile>) -> SyntaxErrorInfo {
        SyntaxErrorInfo {
            kind: match e.kind {
                whirl_parser::ErrorKind::Syntax => "SyntaxError",
                whirl_parser::ErrorKind::Indentation => "IndentationError",
                whirl_parser::ErrorKind::Tab => "TabError",
            },
            message: e.message,
            start: e.start,
            end: e.end,
            label: e.label,
            hint: e.hint,
            incomplete: e.incomplete,
            source,
        }
    }

    pub fn from_compile(e: compile::CompileError, source: Rc<SourceFile>) -> SyntaxErrorInfo {
        SyntaxErrorInfo {
            kind: e.kind,
            message: e.message,
            start: e.span.start as usize,
            end: e.span.end as usize,
            label: None,
            hint: None,
            incomplete: false,
            source,
        }
    }

    /// CPython's `(filename, lineno, offset, text, end_lineno, end_offset)`
    /// for the exception: 1-based lines, 1-based character columns, the
    /// source line with its newline.
    pub fn details(&self) -> Value {
        let src = &self.source;
        let at = |offset: usize| {
            let offset = offset.min(src.text.len());
            let line = src.line_of(offset);
            let start = src.line_starts()[line as usize - 1];
            let col = src.text.get(start..offset).map_or(0, |t| t.chars().count());
            (line, col as i64 + 1)
        };
        let (line, offset) = at(self.start);
        let (end_line, end_offset) = at(self.end.max(self.start));
        let text = src
            .source_line(line)
            .map_or(Value::None, |t| Value::string(format!("{t}\n")));
        Value::tuple(vec![
            Value::str(&src.name),
            Value::Int(line as i64),
            Value::Int(offset),
            text,
            Value::Int(end_line as i64),
            Value::Int(end_offset),
        ])
    }
}

impl From<SyntaxErrorInfo> for PyErr {
    /// `SyntaxError(message, (filename, lineno, offset, text, end_lineno,
    /// end_offset))`, as CPython raises it from `compile`, `exec`, `eval`
    /// and imports.
    fn from(e: SyntaxErrorInfo) -> PyErr {
        let t = match e.kind {
            "IndentationError" => ExcType::IndentationError,
            "TabError" => ExcType::TabError,
            _ => ExcType::SyntaxError,
        };
        let details = e.details();
        PyErr::with_args(t, vec![Value::string(e.message), details])
    }
}
