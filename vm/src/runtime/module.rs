//! Modules and `import`: native modules registered by the stdlib, and `.py`
//! modules and packages found on `sys.path`, each run once and cached in
//! `sys.modules`.

use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static, PyStr};
use crate::value::Value;
use crate::Vm;
use std::path::PathBuf;
use std::rc::Rc;

pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
    /// A `ModuleType` subclass assigned to `__class__` (see
    /// `module_class.rs`); None: plain `module`.
    pub class: std::cell::RefCell<Option<Rc<crate::class::Class>>>,
}

impl Module {
    pub fn new(name: &str) -> Module {
        let dict = crate::gc::new_dict();
        dict.set_str(intern_static("__name__"), Value::str(name));
        Module {
            name: intern(name),
            dict,
            class: Default::default(),
        }
    }
}

/// `ModuleType.__init__(self, name, doc=None)`, as a subclass's
/// `__init__` calls it: (re)names the module in its dict.
pub fn module_init(vm: &mut Vm, a: &[Value], kw: crate::types::Kw) -> PyResult<Value> {
    let dict = match a.first() {
        Some(Value::Module(m)) => m.dict.clone(),
        Some(Value::Instance(i)) if matches!(i.base, Value::Module(_)) => i.dict.clone(),
        _ => {
            return Err(PyErr::type_error(
                "descriptor '__init__' requires a 'module' object",
            ))
        }
    };
    let Value::Module(fresh) = module_new(vm, &a[1..], kw)? else {
        return Ok(Value::None);
    };
    for (k, v) in fresh.dict.0.borrow().items() {
        dict.set(k, v)?;
    }
    Ok(Value::None)
}

/// A module subclass's instance before its `__init__` names it: an empty
/// module, whose dict the instance shares (`ModuleType.__new__`).
pub fn module_unnamed() -> Value {
    let m = Module::new("?");
    m.dict.0.borrow_mut().take_all();
    Value::Module(Rc::new(m))
}

/// `ModuleType(name, doc=None)`: an empty module, as `type(sys)('m')`
/// makes one at run time (not put in `sys.modules`).
pub fn module_new(vm: &mut Vm, a: &[Value], kw: crate::types::Kw) -> PyResult<Value> {
    let mut args: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    args.resize(2, None);
    for (k, v) in kw {
        let i = match k.as_str() {
            "name" => 0,
            "doc" => 1,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for module()"
                )))
            }
        };
        if args[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for module() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        args[i] = Some(v.clone());
    }
    let name = match &args[0] {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "module() argument 'name' must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "module() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let m = Module::new(name.as_str());
    let d = &m.dict;
    d.set_str(
        intern_static("__doc__"),
        args[1].clone().unwrap_or(Value::None),
    );
    for k in ["__package__", "__loader__", "__spec__"] {
        d.set_str(intern(k), Value::None);
    }
    Ok(Value::Module(Rc::new(m)))
}

thread_local! {
    /// The modules whose code is running (imports in progress), for the
    /// "partially initialized module" wording of a failed `from m import x`.
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Vm {
    /// A new native module object with the given members.
    pub fn make_module(&self, name: &str, members: Vec<(&str, Value)>) -> Value {
        let m = Module::new(name);
        for (k, v) in members {
            m.dict
                .set_str(intern(k), crate::function::with_sig(name, k, v));
        }
        Value::Module(Rc::new(m))
    }

    fn module_not_found(name: &str) -> PyErr {
        // With the module's `name`, as CPython's import sets it.
        PyErr::Lookup(Box::new(crate::error::LookupFailure {
            kind: ExcType::ModuleNotFoundError,
            message: format!("No module named '{name}'"),
            name: intern(name),
            obj: Value::Null,
            suggestion: None,
        }))
    }

    /// An entry of `sys.modules`: None there blocks the import, as in
    /// CPython (test suites use it to hide an optional module).
    fn found_in_sys_modules(name: &str, m: Value) -> PyResult<Value> {
        if matches!(m, Value::None) {
            return Err(PyErr::Lookup(Box::new(crate::error::LookupFailure {
                kind: ExcType::ModuleNotFoundError,
                message: format!("import of {name} halted; None in sys.modules"),
                name: intern(name),
                obj: Value::Null,
                suggestion: None,
            })));
        }
        Ok(m)
    }

    /// Imports one fully-qualified module (its parents first).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(&Value::str(name))? {
            return Self::found_in_sys_modules(name, m);
        }
        let (parent, leaf) = match name.rsplit_once('.') {
            Some((p, l)) => (Some(p), l),
            None => (None, name),
        };
        let mut search: Vec<PathBuf> = Vec::new();
        if let Some(p) = parent {
            let pm = self.import_module(p)?;
            if let Some(m) = self.modules.get(&Value::str(name))? {
                return Self::found_in_sys_modules(name, m);
            }
            if let Some(m) = self.shipped_module(name) {
                return m;
            }
            let mut is_package = false;
            if let Value::Module(pm) = &pm {
                if let Some(Value::List(paths)) = pm.dict.get_str(&intern_static("__path__")) {
                    is_package = true;
                    for p in paths.0.borrow().iter() {
                        if let Some(s) = p.as_str() {
                            search.push(PathBuf::from(s));
                        }
                    }
                }
            }
            if !is_package {
                return Err(PyErr::with_args(
                    ExcType::ModuleNotFoundError,
                    vec![Value::string(format!(
                        "No module named '{name}'; '{p}' is not a package"
                    ))],
                ));
            }
        } else {
            if let Some(m) = self.shipped_module(name) {
                return m;
            }
            if let Value::List(paths) = &self.path {
                for p in paths.0.borrow().iter() {
                    if let Some(s) = p.as_str() {
                        search.push(PathBuf::from(if s.is_empty() { "." } else { s }));
                    }
                }
            }
        }
        for dir in search {
            let pkg = dir.join(leaf);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return self.load_source_module(name, &init, Some(pkg));
            }
            let file = dir.join(format!("{leaf}.py"));
            if file.is_file() {
                return self.load_source_module(name, &file, None);
            }
        }
        Err(Self::module_not_found(name))
    }

    /// A module shipped in the binary (native, or Python source in
    /// `stdlib/py/`), imported; None when `name` is not one.
    fn shipped_module(&mut self, name: &str) -> Option<PyResult<Value>> {
        if let Some(init) = self.native_modules.get(name).copied() {
            let made = init(self).and_then(|m| {
                self.modules.set(Value::str(name), m.clone())?;
                self.bind_in_parent(name, &m)?;
                Ok(m)
            });
            return Some(made);
        }
        let source = self.source_modules.get(name).copied()?;
        let cache = crate::code_cache::CacheFile::frozen(name);
        Some(self.run_module_source(name, source, &format!("<frozen {name}>"), None, cache))
    }

    /// `import a.b` also makes `b` an attribute of package `a`.
    fn bind_in_parent(&mut self, name: &str, module: &Value) -> PyResult<()> {
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            if let Some(Value::Module(p)) = self.modules.get(&Value::str(parent))? {
                p.dict.set_str(intern(leaf), module.clone());
            }
        }
        Ok(())
    }

    /// Whether some shipped module lives inside `name`, which makes `name`
    /// a package (`tornado` for `tornado.web`).
    fn is_shipped_package(&self, name: &str) -> bool {
        let inside = |m: &String| {
            m.len() > name.len() && m.starts_with(name) && m.as_bytes()[name.len()] == b'.'
        };
        self.source_modules.keys().any(inside) || self.native_modules.keys().any(inside)
    }

    fn load_source_module(
        &mut self,
        name: &str,
        path: &std::path::Path,
        pkg_dir: Option<PathBuf>,
    ) -> PyResult<Value> {
        let bytes = std::fs::read(path).map_err(|e| {
            PyErr::new(
                ExcType::ImportError,
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let filename = path.display().to_string();
        let source = crate::runtime::source::compile_text(self, &bytes)?;
        let cache = crate::code_cache::CacheFile::source(path);
        self.run_module_source(name, &source, &filename, pkg_dir, cache)
    }

    /// Creates module `name` from Python source, caches it in
    /// `sys.modules` (before running, for circular imports) and runs it.
    fn run_module_source(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
        pkg_dir: Option<PathBuf>,
        cache: Option<crate::code_cache::CacheFile>,
    ) -> PyResult<Value> {
        let filename = filename.to_string();
        let module = Module::new(name);
        let dict = module.dict.clone();
        dict.set_str(intern_static("__file__"), Value::string(filename.clone()));
        dict.set_str(
            intern_static("__builtins__"),
            Value::Dict(self.builtins.clone()),
        );
        match &pkg_dir {
            Some(d) => {
                dict.set_str(
                    intern_static("__path__"),
                    Value::list(vec![Value::string(d.display().to_string())]),
                );
                dict.set_str(intern_static("__package__"), Value::str(name));
            }
            None if self.is_shipped_package(name) => {
                dict.set_str(intern_static("__path__"), Value::list(vec![]));
                dict.set_str(intern_static("__package__"), Value::str(name));
            }
            None => {
                let pkg = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                dict.set_str(intern_static("__package__"), Value::str(pkg));
            }
        }
        let mv = Value::Module(Rc::new(module));
        // Cached before running, so circular imports see the partial module.
        self.modules.set(Value::str(name), mv.clone())?;
        let code = match self.compile_for_import(source, &filename, cache.as_ref()) {
            Ok(c) => c,
            Err(e) => {
                let _ = self.modules.0.borrow_mut().remove(&Value::str(name));
                return Err(e.into());
            }
        };
        INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
        let ran = self.run_code(code, dict);
        INITIALIZING.with(|i| {
            let mut i = i.borrow_mut();
            if let Some(at) = i.iter().rposition(|n| n == name) {
                i.remove(at);
            }
        });
        if let Err(e) = ran {
            let _ = self.modules.0.borrow_mut().remove(&Value::str(name));
            return Err(PyErr::Raised(e));
        }
        self.bind_in_parent(name, &mv)?;
        Ok(mv)
    }

    /// A module's code: from the compiled-code cache at `cache` when it
    /// holds this source's (`code_cache.rs`), else compiled and stored there.
    fn compile_for_import(
        &mut self,
        source: &str,
        filename: &str,
        cache: Option<&crate::code_cache::CacheFile>,
    ) -> Result<Rc<crate::code::Code>, crate::SyntaxErrorInfo> {
        let Some(cache) = cache else {
            return self.compile(source, filename);
        };
        let path = cache.path();
        let file = Rc::new(crate::code::SourceFile::new(filename, source));
        if let Some(code) = crate::code_cache::load(path, source, &file) {
            return Ok(code);
        }
        let code = self.compile(source, filename)?;
        if !cache.is_bytecode_file() || self.may_write_bytecode() {
            crate::code_cache::store(path, source, &code);
        }
        Ok(code)
    }

    /// False under `-B`, PYTHONDONTWRITEBYTECODE or a true
    /// `sys.dont_write_bytecode` (which a program may set at any time).
    fn may_write_bytecode(&self) -> bool {
        if crate::code_cache::writes_disabled() {
            return false;
        }
        let Some(Value::Module(sys)) = self.modules.get_str(&intern_static("sys")) else {
            return true;
        };
        match sys.dict.get_str(&intern_static("dont_write_bytecode")) {
            None | Some(Value::None) | Some(Value::Bool(false)) | Some(Value::Int(0)) => true,
            Some(_) => false,
        }
    }

    /// The `ImportName` instruction.
    pub(crate) fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: &Value,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let full = if level > 0 {
            let pkg = globals
                .get_str(&intern_static("__package__"))
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            let mut parts: Vec<&str> = if pkg.is_empty() {
                vec![]
            } else {
                pkg.split('.').collect()
            };
            if level - 1 > parts.len() || pkg.is_empty() {
                return Err(PyErr::new(
                    ExcType::ImportError,
                    "attempted relative import with no known parent package",
                ));
            }
            parts.truncate(parts.len() - (level - 1));
            let base = parts.join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            name.to_string()
        };
        let leaf = self.import_module(&full)?;
        if fromlist.is_none() {
            let top = full.split('.').next().unwrap_or(&full);
            return self
                .modules
                .get(&Value::str(top))?
                .ok_or_else(|| Self::module_not_found(top));
        }
        // `from pkg import sub`: import submodules named in the list.
        if let (Value::Tuple(names), Value::Module(m)) = (fromlist, &leaf) {
            if m.dict.get_str(&intern_static("__path__")).is_some() {
                for n in names.0.iter() {
                    if let Some(n) = n.as_str() {
                        if n != "*" && m.dict.get_str(&intern(n)).is_none() {
                            let sub = format!("{full}.{n}");
                            match self.import_module(&sub) {
                                Ok(_) => {}
                                Err(e) => {
                                    let inst = self.materialize(e);
                                    if !self.is_instance_of_exc(&inst, ExcType::ModuleNotFoundError)
                                    {
                                        return Err(PyErr::Raised(inst));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Ok(leaf)
    }

    pub(crate) fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.getattr(m, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let (mname, file) = match m {
                    Value::Module(md) => (
                        md.name.as_str().to_string(),
                        md.dict
                            .get_str(&intern_static("__file__"))
                            .and_then(|v| v.as_str().map(String::from)),
                    ),
                    _ => ("?".into(), None),
                };
                // A submodule not yet imported. As CPython: only its own
                // absence means "cannot import name"; an error while
                // importing it (a module it needs is missing, ...) is
                // what the program sees.
                let full = format!("{mname}.{}", name.as_str());
                match self.import_module(&full) {
                    Ok(v) => return Ok(v),
                    Err(e) => {
                        let inst = self.materialize(e);
                        let own_absence = self
                            .is_instance_of_exc(&inst, ExcType::ModuleNotFoundError)
                            && inst.args().first().and_then(|a| {
                                a.as_str()
                                    .map(|s| s.starts_with(&format!("No module named '{full}'")))
                            }) == Some(true);
                        if !own_absence {
                            return Err(PyErr::Raised(inst));
                        }
                    }
                }
                let loc = match file {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".into(),
                };
                let partial = INITIALIZING.with(|i| i.borrow().contains(&mname));
                let msg = if partial && loc != " (unknown location)" {
                    format!(
                        "cannot import name '{}' from partially initialized module '{mname}' (most likely due to a circular import){loc}",
                        name.as_str()
                    )
                } else {
                    format!("cannot import name '{}' from '{mname}'{loc}", name.as_str())
                };
                Err(PyErr::new(ExcType::ImportError, msg))
            }
        }
    }

    pub(crate) fn import_star(&mut self, m: &Value, ns: &Rc<PyDict>) -> PyResult<()> {
        let Value::Module(md) = m else { return Ok(()) };
        let all = md.dict.get_str(&intern_static("__all__"));
        let names: Vec<Value> = match all {
            Some(v) => self.collect(&v)?,
            None => md
                .dict
                .0
                .borrow()
                .keys()
                .into_iter()
                .filter(|k| k.as_str().map(|s| !s.starts_with('_')).unwrap_or(false))
                .collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                let k = intern(s.as_str());
                let v = self.getattr(m, &k)?;
                ns.set_str(k, v);
            }
        }
        Ok(())
    }
}
