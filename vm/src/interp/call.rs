//! Calling: binding arguments to parameters with CPython's error messages,
//! the stackless call path of the interpreter loop, and `Vm::call`, the one
//! door through which native code calls back into Python.

use crate::class::{Class, Instance};
use crate::error::{ExcType, PyErr, PyResult};
use crate::frame::{Frame, RetMode};
use crate::function::{FastPath, Function};
use crate::generator::Generator;
use crate::interp::{Exit, Resume};
use crate::str::{intern, intern_static, PyStr};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

pub type Kwargs = Vec<(Rc<PyStr>, Value)>;

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

impl Vm {
    /// Fills the locals of `frame` from the arguments, as CPython binds them.
    pub(crate) fn bind_args(
        &mut self,
        func: &Function,
        frame: &mut Frame,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<()> {
        let code = &func.code;
        let fname = func.qualname.borrow().as_str().to_string();
        let nparams = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let npos = args.len().min(nparams);
        for (i, a) in args[..npos].iter().enumerate() {
            frame.locals[i] = a.clone();
        }
        let mut slot = nparams + nkwonly;
        if code.flags.varargs {
            frame.locals[slot] = Value::tuple(args[npos..].to_vec());
            slot += 1;
        } else if args.len() > nparams {
            let ndef = func.defaults.borrow().len();
            let given_kw = kwargs
                .iter()
                .filter(|(k, _)| {
                    code.varnames[nparams..nparams + nkwonly]
                        .iter()
                        .any(|v| v.as_str() == k.as_str())
                })
                .count();
            let takes = if ndef > 0 {
                format!(
                    "from {} to {} positional arguments",
                    nparams - ndef,
                    nparams
                )
            } else {
                plural(nparams, "positional argument")
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else if args.len() == 1 {
                "1 was given".to_string()
            } else {
                format!("{} were given", args.len())
            };
            return Err(PyErr::type_error(format!(
                "{fname}() takes {takes} but {given}"
            )));
        }
        let kwdict = if code.flags.varkw {
            let d = crate::gc::new_dict();
            frame.locals[slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kwargs {
            let pos = code.varnames[..nparams + nkwonly]
                .iter()
                .position(|n| Rc::ptr_eq(n, k) || n.as_str() == k.as_str());
            match pos {
                Some(i) if i >= code.posonlyargcount as usize => {
                    if !frame.locals[i].is_null() {
                        return Err(PyErr::type_error(format!(
                            "{fname}() got multiple values for argument '{}'",
                            k.as_str()
                        )));
                    }
                    frame.locals[i] = v.clone();
                }
                _ => match &kwdict {
                    Some(d) => d.set_str(k.clone(), v.clone()),
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(k.as_str().to_string());
                            continue;
                        }
                        return Err(PyErr::type_error(format!(
                            "{fname}() got an unexpected keyword argument '{}'",
                            k.as_str()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positionals.
        let defaults = func.defaults.borrow();
        let ndef = defaults.len();
        // Defaults assigned later may be more than the parameters.
        let first_default = nparams.saturating_sub(ndef);
        let skip = ndef.saturating_sub(nparams);
        let mut missing = Vec::new();
        for i in npos..nparams {
            if frame.locals[i].is_null() {
                if i >= first_default {
                    frame.locals[i] = defaults[skip + i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        for i in nparams..nparams + nkwonly {
            if frame.locals[i].is_null() {
                let name = &code.varnames[i];
                let kwdefaults = func.kwdefaults.borrow().clone();
                match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                    Some(v) => frame.locals[i] = v,
                    None => missing.push(name.as_str().to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    /// Sets up the cells of a new frame: fresh cellvars (seeded from
    /// parameters that are cells), then the function's closure.
    pub(super) fn init_cells(func: &Function, frame: &mut Frame) {
        let code = &func.code;
        if code.cellvars.is_empty() && func.closure.is_empty() {
            return;
        }
        for _ in 0..code.cellvars.len() {
            frame.cells.push(crate::gc::new_cell(Value::Null));
        }
        for &(ci, li) in &code.cell_params {
            let v = std::mem::take(&mut frame.locals[li as usize]);
            *frame.cells[ci as usize].0.borrow_mut() = v;
        }
        frame.cells.extend(func.closure.iter().cloned());
    }

    /// A frame for calling `func` with bound arguments.
    pub(crate) fn function_frame(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Box<Frame>> {
        let mut frame = self.frame_for(&func.code, &func.globals);
        if let Err(e) = self.bind_args(func, &mut frame, args, kwargs) {
            self.release_frame(frame);
            return Err(e);
        }
        Self::init_cells(func, &mut frame);
        Ok(frame)
    }

    /// The call instruction: `[callable, args.., (kwnames)]` on `f`'s stack.
    /// Python functions continue in this loop (f becomes the callee).
    pub(crate) fn call_in_loop(
        &mut self,
        f: &mut Box<Frame>,
        nargs: usize,
        kwnames: Option<Value>,
    ) -> PyResult<()> {
        let nkw = match &kwnames {
            Some(Value::Tuple(t)) => t.0.len(),
            _ => 0,
        };
        let argbase = f.stack.len() - nargs;
        // Moved out (not cloned): the slot is popped below anyway.
        let callable = std::mem::take(&mut f.stack[argbase - 1]);
        match &callable {
            Value::Function(func) => {
                let code = &func.code;
                let frame = self.frame_from_stack(f, func, argbase, nargs, nkw, &kwnames)?;
                // The callable's slot holds Null now: no drop needed.
                // SAFETY: argbase >= 1 (the callable sits below the args).
                unsafe { f.stack.set_len(argbase - 1) };
                if code.flags.generator {
                    let g = crate::gc::new_generator(Generator::for_function(frame, func));
                    let v = if code.flags.async_generator {
                        self.make_async_generator(g)?
                    } else {
                        Value::Generator(g)
                    };
                    f.stack.push(v);
                    return Ok(());
                }
                self.enter_frame(f, frame, RetMode::Call)
            }
            Value::BoundMethod(bm) => {
                f.stack[argbase - 1] = bm.func.clone();
                f.stack.insert(argbase, bm.receiver.clone());
                self.call_in_loop(f, nargs + 1, kwnames)
            }
            Value::Builtin(b) if b.fast == FastPath::Next && nargs == 1 && nkw == 0 => {
                if let Value::Generator(_) = &f.stack[argbase] {
                    let Value::Generator(g) = std::mem::take(&mut f.stack[argbase]) else {
                        unreachable!()
                    };
                    f.stack.truncate(argbase - 1);
                    return self.resume_in_loop(f, g, Resume::Send(Value::None), RetMode::GenSend);
                }
                f.stack[argbase - 1] = callable.clone();
                self.call_native_in_loop(f, &callable, argbase, nkw, &kwnames)
            }
            Value::Class(cls)
                if cls.builtin.is_none()
                    && cls.exc_type.is_none()
                    && cls.metaclass.is_none()
                    && matches!(
                        cls.base_builtin(),
                        Some(crate::class::BuiltinType::Object) | None
                    ) =>
            {
                if let Some(init) = &cls.plain_init() {
                    // Instance first (it stays in the callable's slot as the
                    // result), then __init__(instance, *args) on this loop.
                    let inst = Value::Instance(crate::gc::new_instance(Instance::new(cls.clone())));
                    f.stack[argbase - 1] = inst.clone();
                    f.stack.insert(argbase, inst);
                    let frame =
                        self.frame_from_stack(f, init, argbase, nargs + 1, nkw, &kwnames)?;
                    if init.code.flags.generator {
                        self.release_frame(frame);
                        return Err(PyErr::type_error(
                            "__init__() should return None, not 'generator'",
                        ));
                    }
                    return self.enter_frame(f, frame, RetMode::Init);
                }
                f.stack[argbase - 1] = callable.clone();
                self.call_native_in_loop(f, &callable, argbase, nkw, &kwnames)
            }
            _ => {
                f.stack[argbase - 1] = callable.clone();
                self.call_native_in_loop(f, &callable, argbase, nkw, &kwnames)
            }
        }
    }

    /// A frame for calling `func` with the `nargs` values at `argbase` of
    /// the caller's stack (the last `nkw` of them keyword arguments named
    /// by `kwnames`), which it takes: the stack is left at `argbase`.
    #[inline(always)]
    fn frame_from_stack(
        &mut self,
        f: &mut Box<Frame>,
        func: &Rc<Function>,
        argbase: usize,
        nargs: usize,
        nkw: usize,
        kwnames: &Option<Value>,
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        if func.simple && nkw == 0 && nargs == code.argcount as usize {
            let mut frame = self.frame_for(code, &func.globals);
            // SAFETY: `locals` has argcount == nargs slots holding Null
            // (nothing to drop) and the stack holds nargs values from
            // argbase, whose ownership moves as the stack is cut there.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    f.stack.as_ptr().add(argbase),
                    frame.locals.as_mut_ptr(),
                    nargs,
                );
                f.stack.set_len(argbase);
            }
            if !func.closure.is_empty() || !code.cellvars.is_empty() {
                Self::init_cells(func, &mut frame);
            }
            return Ok(frame);
        }
        let kwargs = Self::split_kwargs(&f.stack[argbase..], nkw, kwnames);
        let frame = self.function_frame(func, &f.stack[argbase..f.stack.len() - nkw], &kwargs)?;
        f.stack.truncate(argbase);
        Ok(frame)
    }

    /// Makes `frame` the running frame, its caller `f` waiting on the frame
    /// stack; the recursion limit applies here.
    #[inline(always)]
    pub(super) fn enter_frame(
        &mut self,
        f: &mut Box<Frame>,
        mut frame: Box<Frame>,
        ret: RetMode,
    ) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            self.release_frame(frame);
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth += 1;
        frame.ret = ret;
        let parent = std::mem::replace(f, frame);
        self.frames.push(parent);
        Ok(())
    }

    fn split_kwargs(args: &[Value], nkw: usize, kwnames: &Option<Value>) -> Kwargs {
        let mut out = Vec::with_capacity(nkw);
        if let Some(Value::Tuple(names)) = kwnames {
            let vals = &args[args.len() - nkw..];
            for (n, v) in names.0.iter().zip(vals) {
                if let Value::Str(s) = n {
                    out.push((s.clone(), v.clone()));
                }
            }
        }
        out
    }

    fn call_native_in_loop(
        &mut self,
        f: &mut Box<Frame>,
        callable: &Value,
        argbase: usize,
        nkw: usize,
        kwnames: &Option<Value>,
    ) -> PyResult<()> {
        if let Value::Builtin(b) = callable {
            if b.fast == FastPath::Frame {
                let locals = match &f.names {
                    Some(n) => n.clone(),
                    None => {
                        let d = crate::dict::PyDict::new();
                        for (i, name) in f.code.varnames.iter().enumerate() {
                            let v = &f.locals[i];
                            if !v.is_null() {
                                d.set_str(name.clone(), v.clone());
                            }
                        }
                        for (i, name) in f
                            .code
                            .cellvars
                            .iter()
                            .chain(f.code.freevars.iter())
                            .enumerate()
                        {
                            let v = f.cells[i].0.borrow().clone();
                            if !v.is_null() {
                                d.set_str(name.clone(), v);
                            }
                        }
                        crate::gc::track_dict(d)
                    }
                };
                self.caller = Some(crate::CallerScope {
                    globals: f.globals.clone(),
                    locals,
                    mapping: crate::dynamic::locals_mapping_of(f),
                    code: f.code.clone(),
                    line: f.line(),
                });
            }
        }
        let r = if let Value::Builtin(b) = callable {
            if b.bound.is_null() && b.owner.is_some() && f.stack.len() > argbase {
                // `dict.__init__(self)` in a dict subclass: the method works
                // on the dict inside the instance, as a bound call would.
                if let Some(r) = crate::object::builtin_receiver(b.owner, b.name, &f.stack[argbase])
                {
                    f.stack[argbase] = r;
                }
            }
            if b.bound.is_null() && nkw == 0 {
                let args = &f.stack[argbase..];
                self.check_native(b, args, 0)
                    .and_then(|()| self.run_native(b, args, &[]))
            } else {
                let kwargs = Self::split_kwargs(&f.stack[argbase..], nkw, kwnames);
                let pos = &f.stack[argbase..f.stack.len() - nkw];
                if nkw > 0 && b.fast.rejects_keywords() {
                    Err(b.no_keywords_error())
                } else if b.bound.is_null() {
                    self.check_native(b, pos, nkw)
                        .and_then(|()| self.run_native(b, pos, &kwargs))
                } else {
                    let mut args = Vec::with_capacity(pos.len() + 1);
                    args.push(b.bound.clone());
                    args.extend(pos.iter().cloned());
                    self.check_native(b, &args, nkw)
                        .and_then(|()| self.run_native(b, &args, &kwargs))
                }
            }
        } else {
            let kwargs = Self::split_kwargs(&f.stack[argbase..], nkw, kwnames);
            let args = f.stack[argbase..f.stack.len() - nkw].to_vec();
            self.call_kw(callable, args, kwargs)
        };
        f.stack.truncate(argbase - 1);
        f.stack.push(r?);
        Ok(())
    }

    /// How CPython names a callable in argument errors (`f()`, `A.m()`).
    /// CPython's `_PyObject_FunctionStr`: `module.qualname()`, without
    /// the module for builtins.
    pub(crate) fn callable_name(&self, v: &Value) -> String {
        let qualified = |module: &str, qualname: &str| {
            if module.is_empty() || module == "builtins" {
                format!("{qualname}()")
            } else {
                format!("{module}.{qualname}()")
            }
        };
        match v {
            Value::Function(f) => {
                let module = f.globals.get_str(&intern_static("__name__"));
                let module = module.as_ref().and_then(|m| m.as_str()).unwrap_or("");
                qualified(module, f.qualname.borrow().as_str())
            }
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("{owner}.{}()", b.name),
                None => format!("{}()", b.name),
            },
            Value::Class(c) => qualified(&c.module, &c.qualname),
            // No `__qualname__`: CPython shows str(x).
            Value::None => "None".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// Calls any callable from native code (a nested interpreter loop for
    /// Python functions, counted against the recursion limit).
    pub fn call(&mut self, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_kw(callable, args, Vec::new())
    }

    pub fn call_kw(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match callable {
            Value::Function(func) => {
                let mut frame = self.function_frame(func, &args, &kwargs)?;
                if func.code.flags.generator {
                    let g = crate::gc::new_generator(Generator::for_function(frame, func));
                    if func.code.flags.async_generator {
                        return self.make_async_generator(g);
                    }
                    return Ok(Value::Generator(g));
                }
                frame.ret = RetMode::Native;
                match self.run_frame(frame, None)? {
                    Exit::Return(v) => Ok(v),
                    Exit::Yield(v) => Ok(v),
                }
            }
            Value::Builtin(b) => {
                if !kwargs.is_empty() && b.fast.rejects_keywords() {
                    return Err(b.no_keywords_error());
                }
                if b.bound.is_null() {
                    if let Some(r) = args
                        .first()
                        .and_then(|a0| crate::object::builtin_receiver(b.owner, b.name, a0))
                    {
                        args[0] = r;
                    }
                } else {
                    args.insert(0, b.bound.clone());
                }
                self.check_native(b, &args, kwargs.len())?;
                self.run_native(b, &args, &kwargs)
            }
            Value::BoundMethod(bm) => {
                args.insert(0, bm.receiver.clone());
                let func = bm.func.clone();
                self.call_kw(&func, args, kwargs)
            }
            Value::Class(cls) => self.call_class(cls, args, kwargs),
            Value::Instance(inst) => match inst.class.lookup(&intern_static("__call__")) {
                Some(m) => {
                    // Called with the instance first, whatever __call__ is
                    // (a function, a descriptor, another callable).
                    let m = crate::object::special_method(m);
                    args.insert(0, callable.clone());
                    // `A.__call__ = A()`: each hop counts, as in CPython.
                    self.nested(" while calling a Python object", |vm| {
                        vm.call_kw(&m, args, kwargs)
                    })
                }
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not callable",
                    inst.class.name
                ))),
            },
            other => Err(PyErr::type_error(format!(
                "'{}' object is not callable",
                self.type_name(other)
            ))),
        }
    }

    /// `cls(*args, **kwargs)`: the metaclass's `__call__` if it has its
    /// own, else `type.__call__` (`construct`).
    pub fn call_class(
        &mut self,
        cls: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if cls.metaclass.is_some() {
            if let Some(hook) = self.meta_call_hook(cls) {
                let mut margs = Vec::with_capacity(args.len() + 1);
                margs.push(Value::Class(cls.clone()));
                margs.extend(args);
                return self.call_kw(&hook, margs, kwargs);
            }
        }
        self.construct(cls, args, kwargs)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__`.
    pub(crate) fn construct(
        &mut self,
        cls: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if let Some(ctor) = crate::types::builtin_constructor(self, cls) {
            if cls.builtin.is_some() {
                return ctor(self, &args, &kwargs);
            }
        }
        if let Some(b) = cls.base_builtin() {
            use crate::class::BuiltinType as B;
            match b {
                B::Object | B::BaseException => {}
                B::List
                | B::Dict
                | B::Set
                | B::FrozenSet
                | B::Str
                | B::Int
                | B::Float
                | B::Tuple
                | B::Bytes
                | B::Complex
                | B::ByteArray
                | B::Module => {
                    return self.call_builtin_subclass(cls, b, args, kwargs);
                }
                B::Type => return self.call_metaclass(cls, args, kwargs),
                _ => {
                    return Err(PyErr::new(
                        ExcType::NotImplementedError,
                        format!(
                            "subclassing the builtin type '{}' is not supported yet",
                            self.types_name(b)
                        ),
                    ))
                }
            }
        }
        // `__init__` is looked up on the type of what `__new__` returned,
        // which may be a subclass of `cls` (as type.__call__ does).
        let mut init_owner = None;
        let inst = match cls.lookup(&intern_static("__new__")) {
            Some(new) => {
                let new = match new {
                    Value::BoundMethod(bm) => bm.func.clone(),
                    // A descriptor (`@classmethod def __new__`) is read
                    // as `cls.__new__` is, which binds a classmethod to
                    // the class being called.
                    Value::Instance(_) => self.class_attr_get(new, cls)?,
                    other => other,
                };
                let mut nargs = vec![Value::Class(cls.clone())];
                nargs.extend(args.iter().cloned());
                let obj = self.call_kw(&new, nargs, kwargs.clone())?;
                match &obj {
                    Value::Instance(i) if i.class.is_subclass(cls) => {
                        if !Rc::ptr_eq(&i.class, cls) {
                            init_owner = Some(i.class.clone());
                        }
                    }
                    _ => return Ok(obj),
                }
                obj
            }
            None => {
                let real = match cls.exc_type {
                    Some(_) => self.oserror_class(cls, &args),
                    None => None,
                };
                let cls = real.as_ref().unwrap_or(cls);
                Value::Instance(crate::gc::new_instance(Instance::new(cls.clone())))
            }
        };
        if let Value::Instance(i) = &inst {
            if let Some(exc) = &i.exc {
                *exc.args.borrow_mut() = Value::tuple(self.oserror_args(i, args.clone()));
            }
        }
        match init_owner
            .as_ref()
            .unwrap_or(cls)
            .lookup(&intern_static("__init__"))
        {
            // object's own `__init__` with arguments and no `__new__` of
            // the class's to take them: type.__call__'s object.__new__
            // refuses them first, in these words.
            Some(Value::Builtin(b))
                if b.owner == Some("object")
                    && b.name == "__init__"
                    && (!args.is_empty() || !kwargs.is_empty())
                    && cls.exc_type.is_none()
                    && cls
                        .lookup_above_builtin(&intern_static("__new__"))
                        .is_none() =>
            {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    cls.name
                )));
            }
            Some(init) => self.run_init(&init, &inst, args, kwargs)?,
            None => {
                if (!args.is_empty() || !kwargs.is_empty()) && cls.exc_type.is_none() {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        cls.name
                    )));
                }
            }
        }
        Ok(inst)
    }

    /// `cls(*args)` for a class derived from a builtin type: the instance
    /// wraps a builtin value made by the type's constructor (mutable ones
    /// start empty when the class defines `__init__`, which fills them,
    /// typically through `super().__init__(...)`).
    fn call_builtin_subclass(
        &mut self,
        cls: &Rc<Class>,
        b: crate::class::BuiltinType,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        use crate::class::BuiltinType as B;
        let builtin_cls = cls.builtin_ancestor(b);
        let user_init = cls.lookup_above_builtin(&intern_static("__init__"));
        let user_new = cls.lookup_above_builtin(&intern_static("__new__"));
        let inst = match user_new {
            // A user __new__ makes the instance (typically through
            // `tuple.__new__(cls, ...)`); __init__ runs if it made one.
            Some(new) => {
                let new = match new {
                    Value::Instance(_) => self.class_attr_get(new, cls)?,
                    other => other,
                };
                let mut nargs = vec![Value::Class(cls.clone())];
                nargs.extend(args.iter().cloned());
                let obj = self.call_kw(&new, nargs, kwargs.clone())?;
                match &obj {
                    Value::Instance(i) if i.class.is_subclass(cls) => obj,
                    _ => return Ok(obj),
                }
            }
            None => {
                let ctor = crate::types::builtin_constructor(self, &builtin_cls)
                    .ok_or_else(|| PyErr::type_error("cannot subclass this type"))?;
                let mutable = matches!(b, B::List | B::Dict | B::Set | B::ByteArray);
                let base = if b == B::Module && user_init.is_some() {
                    crate::module::module_unnamed()
                } else if mutable && user_init.is_some() {
                    ctor(self, &[], &[])?
                } else if user_init.is_some() && matches!(b, B::Float | B::Tuple | B::FrozenSet) {
                    // These constructors refuse keywords only for a class
                    // whose `__init__` is theirs: a subclass's own
                    // `__init__` takes them.
                    ctor(self, &args, &[])?
                } else {
                    ctor(self, &args, &kwargs)?
                };
                let mut inst = Instance::new(cls.clone());
                // A module subclass's attributes are its module's.
                if let Value::Module(m) = &base {
                    inst.dict = m.dict.clone();
                }
                inst.base = base;
                Value::Instance(crate::gc::new_instance(inst))
            }
        };
        if let Some(init) = user_init {
            self.run_init(&init, &inst, args, kwargs)?;
        }
        Ok(inst)
    }

    /// `__init__(inst, *args, **kwargs)`, which must return None.
    fn run_init(
        &mut self,
        init: &Value,
        inst: &Value,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<()> {
        let mut iargs = Vec::with_capacity(args.len() + 1);
        iargs.push(inst.clone());
        iargs.extend(args);
        // A descriptor (`__init__ = property(...)`) is bound first, as
        // CPython's slot does; a function or builtin method is called as is.
        let init = crate::object::special_method(init.clone());
        let r = self.call_kw(&init, iargs, kwargs)?;
        if !r.is_none() {
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&r)
            )));
        }
        Ok(())
    }

    fn types_name(&self, b: crate::class::BuiltinType) -> &'static str {
        use crate::class::BuiltinType as B;
        match b {
            B::Int => "int",
            B::Str => "str",
            B::List => "list",
            B::Dict => "dict",
            B::Tuple => "tuple",
            B::Float => "float",
            B::Complex => "complex",
            B::ByteArray => "bytearray",
            B::MemoryView => "memoryview",
            _ => "builtin",
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method_native(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let m = self.getattr(obj, &intern(name))?;
        self.call(&m, args)
    }

    /// Resumes a generator from native code.
    pub(crate) fn gen_resume_native(
        &mut self,
        g: &Rc<Generator>,
        action: Resume,
    ) -> PyResult<Exit> {
        let gf = self.take_gen_frame(g.clone(), &action)?;
        let Some(mut gf) = gf else {
            return match action {
                Resume::Throw(e) => Err(e),
                Resume::Send(_) => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
            };
        };
        gf.ret = RetMode::GenNative;
        match action {
            Resume::Send(v) => {
                if gf.started {
                    gf.stack.push(v);
                }
                gf.started = true;
                self.run_frame(gf, None)
            }
            Resume::Throw(e) => {
                gf.started = true;
                self.run_frame(gf, Some(e))
            }
        }
    }

    /// `gen.send(v)` / `next(gen)` from native code: the yielded value, or
    /// StopIteration carrying the return value.
    pub fn gen_send(&mut self, g: &Rc<Generator>, v: Value) -> PyResult<Value> {
        match self.gen_resume_native(g, Resume::Send(v))? {
            Exit::Yield(v) => Ok(v),
            Exit::Return(v) => Err(crate::interp::stop_iteration(v)),
        }
    }

    /// Resumes a generator or coroutine from a native driver (the tornado
    /// coroutine runner): sends the value, or throws the error, and says
    /// whether it yielded or returned.
    pub fn gen_resume(&mut self, g: &Rc<Generator>, input: Result<Value, PyErr>) -> PyResult<Exit> {
        let action = match input {
            Ok(v) => Resume::Send(v),
            Err(e) => Resume::Throw(e),
        };
        self.gen_resume_native(g, action)
    }

    pub fn gen_throw(&mut self, g: &Rc<Generator>, e: PyErr) -> PyResult<Value> {
        match self.gen_resume_native(g, Resume::Throw(e))? {
            Exit::Yield(v) => Ok(v),
            Exit::Return(v) => Err(crate::interp::stop_iteration(v)),
        }
    }

    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<Value> {
        use crate::generator::GenState;
        match g.state.get() {
            GenState::Created => {
                g.state.set(GenState::Finished);
                g.take_saved();
                Ok(Value::None)
            }
            GenState::Finished => Ok(Value::None),
            GenState::Running => Err(PyErr::value_error(format!(
                "{} already executing",
                g.kind_name()
            ))),
            GenState::Suspended => {
                match self
                    .gen_resume_native(g, Resume::Throw(PyErr::new(ExcType::GeneratorExit, "")))
                {
                    Ok(Exit::Yield(_)) => Err(PyErr::new(
                        ExcType::RuntimeError,
                        format!("{} ignored GeneratorExit", g.kind_name()),
                    )),
                    Ok(Exit::Return(_)) => Ok(Value::None),
                    Err(e) => {
                        let inst = self.materialize(e);
                        if self.is_instance_of_exc(&inst, ExcType::GeneratorExit)
                            || self.is_instance_of_exc(&inst, ExcType::StopIteration)
                        {
                            Ok(Value::None)
                        } else {
                            Err(PyErr::Raised(inst))
                        }
                    }
                }
            }
        }
    }
}

impl Vm {
    /// Runs a builtin's native function: the one boundary where the VM
    /// enters native code. A panic there is an interpreter bug (DESIGN.md
    /// decision 7), but it must not take the process down: it becomes a
    /// `SystemError` naming the builtin, after the default hook has
    /// printed it to stderr (where the fuzzers look for it). This is a
    /// safety net behind the argument checks, not a substitute for them.
    #[inline(always)]
    pub(crate) fn run_native(
        &mut self,
        b: &crate::function::Builtin,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        match self.catch_panic(|vm| (b.func)(vm, args, kwargs)) {
            Ok(r) => r,
            Err(what) => Err(native_panic_error(b, what)),
        }
    }

    /// Runs `f`, catching a panic in it: then the VM's own bookkeeping that
    /// the unwinding skipped (recursion counters, frames a nested
    /// interpreter loop pushed) is put back as it was, and the panic's
    /// message is returned. For the safety nets at the native call
    /// boundary and the IoLoop's socket dispatch only.
    #[inline(always)]
    pub fn catch_panic<T>(&mut self, f: impl FnOnce(&mut Vm) -> T) -> Result<T, String> {
        let saved = (self.depth, self.native_depth, self.frames.len());
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(r) => Ok(r),
            Err(payload) => Err(self.after_panic(payload, saved)),
        }
    }

    #[cold]
    #[inline(never)]
    fn after_panic(
        &mut self,
        payload: Box<dyn std::any::Any + Send>,
        (depth, native_depth, nframes): (usize, usize, usize),
    ) -> String {
        self.depth = depth;
        self.native_depth = native_depth;
        self.frames.truncate(nframes);
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string())
    }

    /// The checks every call of a native builtin makes before its Rust
    /// function runs (`args` includes the receiver of a method): the number
    /// of positional arguments and the receiver's type, as registered in
    /// its `Sig`. The common case is two integer compares and, for a
    /// method, one match on the receiver's variant.
    #[inline(always)]
    pub(crate) fn check_native(
        &self,
        b: &crate::function::Builtin,
        args: &[Value],
        nkw: usize,
    ) -> PyResult<()> {
        if nkw > 0 {
            if let Some(e) = b.sig.entry {
                if !e.no_kw.is_empty() {
                    return self.native_kw_error(b, args, e);
                }
            }
        }
        let n = args.len();
        if n < b.sig.lo as usize || n > b.sig.hi as usize {
            return self.native_sig_error(b, args, nkw);
        }
        if let Some(bt) = b.sig.recv {
            // n >= lo >= 1 here: a method's `lo` counts its receiver.
            if !receiver_fast(&args[0], bt) {
                return self.native_sig_error(b, args, nkw);
            }
        }
        Ok(())
    }

    /// Keywords given to a builtin that takes none: CPython's error, after
    /// the receiver's (a missing or wrong receiver is reported first).
    #[cold]
    #[inline(never)]
    fn native_kw_error(
        &self,
        b: &crate::function::Builtin,
        args: &[Value],
        e: &crate::function::ArityEntry,
    ) -> PyResult<()> {
        if let Some(bt) = b.sig.recv {
            if args.first().is_none_or(|a| !receiver_fast(a, bt)) {
                self.native_sig_error(b, &args[..args.len().min(1)], 1)?;
            }
        }
        if e.owner == "BaseException" {
            // `ValueError(x=1)`: CPython names the exception's own type.
            if let Some(a) = args.first() {
                return Err(PyErr::type_error(format!(
                    "{}() takes no keyword arguments",
                    self.type_name(a)
                )));
            }
        }
        Err(PyErr::type_error(e.no_kw))
    }

    /// The slow side of `check_native`: CPython's error for a wrong
    /// receiver or argument count (or `Ok` when keyword arguments may
    /// supply what is missing, or a subclass instance is the receiver).
    #[cold]
    #[inline(never)]
    fn native_sig_error(
        &self,
        b: &crate::function::Builtin,
        args: &[Value],
        nkw: usize,
    ) -> PyResult<()> {
        use crate::function::ArityKind;
        let Some(e) = b.sig.entry else {
            return Ok(());
        };
        let mut k = args.len();
        if let Some(bt) = b.sig.recv {
            let Some(first) = args.first() else {
                return Err(PyErr::type_error(match e.kind {
                    ArityKind::Slot => format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        e.name, e.objclass
                    ),
                    _ => format!(
                        "unbound method {}.{}() needs an argument",
                        e.objclass, e.name
                    ),
                }));
            };
            if !receiver_fast(first, bt) && !self.receiver_slow(first, bt) {
                let t = self.type_name(first);
                return Err(PyErr::type_error(match e.kind {
                    ArityKind::Slot => format!(
                        "descriptor '{}' requires a '{}' object but received a '{t}'",
                        e.name, e.objclass
                    ),
                    _ => format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{t}' object",
                        e.name, e.objclass
                    ),
                }));
            }
            k -= 1;
        }
        if k > e.max as usize {
            return Err(PyErr::type_error(e.many.replace("{}", &k.to_string())));
        }
        if k < e.min as usize && nkw == 0 {
            return Err(PyErr::type_error(match e.few.get(k) {
                Some(m) => m.to_string(),
                None => format!(
                    "{}() takes at least {} arguments ({k} given)",
                    e.name, e.min
                ),
            }));
        }
        Ok(())
    }

    /// Whether `v`'s class is `bt` or derives from it.
    fn receiver_slow(&self, v: &Value, r: crate::function::Recv) -> bool {
        let c = self.class_of(v);
        let is = |k: &Class| match r {
            crate::function::Recv::Type(bt) => k.builtin == Some(bt),
            crate::function::Recv::Named(n) => k.name == n && k.module == "builtins",
        };
        is(&c) || c.mro_tail.borrow().iter().any(|m| is(m))
    }
}

/// The receiver checks decided by the value's variant alone (the hot
/// case: `xs.append(x)`); `false` sends the call to the slow check.
#[inline(always)]
fn receiver_fast(v: &Value, r: crate::function::Recv) -> bool {
    use crate::class::BuiltinType as T;
    let crate::function::Recv::Type(bt) = r else {
        return false;
    };
    matches!(
        (v, bt),
        (_, T::Object)
            | (Value::List(_), T::List)
            | (Value::Str(_), T::Str)
            | (Value::Dict(_), T::Dict)
            | (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), T::Int)
            | (Value::Bool(_), T::Bool)
            | (Value::Float(_), T::Float)
            | (Value::Tuple(_), T::Tuple)
            | (Value::Bytes(_), T::Bytes)
            | (Value::Range(_), T::Range)
            | (Value::Slice(_), T::Slice)
    )
}

/// The `SystemError` a builtin's panic becomes (see `Vm::run_native`).
#[cold]
#[inline(never)]
fn native_panic_error(b: &crate::function::Builtin, what: String) -> PyErr {
    let name = match b.owner {
        Some(owner) => format!("{owner}.{}()", b.name),
        None => format!("{}()", b.name),
    };
    PyErr::new(
        ExcType::SystemError,
        format!("whirl internal error in {name}: {what}; please report it"),
    )
}
