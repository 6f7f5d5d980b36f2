//! Code objects and functions made at run time: `code.replace(...)` and
//! `types.FunctionType(code, globals, name, argdefs, closure)`, plus the
//! two byte tables (`co_linetable`, `co_exceptiontable`) programs read.
//!
//! whirl's code objects hold whirl's own instructions, not CPython's
//! bytecode, so `replace` changes what does not alter how the code runs
//! (names, file, lines, constants and names of the same count, parameter
//! names) and refuses, with a ValueError, what would need other bytecode
//! (`co_code`, counts of arguments, cells or locals, kind flags).

use crate::code::Code;
use crate::error::{PyErr, PyResult};
use crate::function::Function;
use crate::str::{intern, PyStr};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// Flags that say nothing about how whirl runs the code: OPTIMIZED,
/// NEWLOCALS, NESTED, NOFREE and the `__future__` bits.
const FREE_FLAGS: i64 = 0x1 | 0x2 | 0x10 | 0x40 | !0xffff;

/// `code.replace(**changes)`: a copy of the code object with the fields
/// given changed.
pub fn code_replace(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Code(c)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'replace' requires a 'code' object",
        ));
    };
    if a.len() > 1 {
        return Err(PyErr::type_error("replace() takes no positional arguments"));
    }
    let mut new = copy_code(c);
    for (k, v) in kw {
        let key = k.as_str();
        let str_arg = |v: &Value| match v {
            Value::Str(s) => Ok(s.clone()),
            other => Err(arg_type(key, "str", other)),
        };
        match key {
            "co_name" => new.name = str_arg(v)?,
            "co_qualname" => new.qualname = str_arg(v)?,
            "co_filename" => {
                let name = str_arg(v)?;
                new.source = Rc::new(crate::code::SourceFile::new(name.as_str(), &c.source.text));
            }
            "co_firstlineno" => {
                let n = crate::types::arg_int(vm, v)?;
                let first = u32::try_from(n)
                    .map_err(|_| PyErr::value_error("co_firstlineno must be a positive integer"))?;
                // Line numbers count from the first line (as CPython's line
                // table does), so they all move with it.
                let delta = first as i64 - c.firstline as i64;
                let shift = |l: u32| (l as i64 + delta).clamp(0, u32::MAX as i64) as u32;
                new.lines = c.lines.iter().map(|&l| shift(l)).collect();
                new.firstline = first;
            }
            "co_consts" => {
                let items = tuple_arg(key, v)?;
                if items.len() != c.consts.len() {
                    return Err(cannot(key, "a different number of constants"));
                }
                new.consts = items;
            }
            "co_names" => {
                let names = str_tuple(key, v)?;
                if names.len() != c.names.len() {
                    return Err(cannot(key, "a different number of names"));
                }
                new.names = names;
            }
            "co_varnames" => {
                let names = str_tuple(key, v)?;
                let listed = crate::object::co_varnames(c);
                if names.len() != listed.len() {
                    return Err(cannot(key, "a different number of local variables"));
                }
                // co_varnames leaves out the slots whirl gives to cells that
                // are not parameters: rename the slots it lists, in order.
                let mut given = names.into_iter();
                for (slot, n) in c.varnames.iter().enumerate() {
                    if listed.iter().any(|l| Rc::ptr_eq(l, n)) {
                        if let Some(g) = given.next() {
                            new.varnames[slot] = g;
                        }
                    }
                }
            }
            "co_freevars" | "co_cellvars" => {
                let names = str_tuple(key, v)?;
                let old = if key == "co_freevars" {
                    &c.freevars
                } else {
                    &c.cellvars
                };
                if names.len() != old.len() {
                    return Err(cannot(key, "a different number of cells"));
                }
                if key == "co_freevars" {
                    new.freevars = names;
                } else {
                    new.cellvars = names;
                }
            }
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals" => {
                let n = crate::types::arg_int(vm, v)?;
                let old = match key {
                    "co_argcount" => c.argcount as i64,
                    "co_posonlyargcount" => c.posonlyargcount as i64,
                    "co_kwonlyargcount" => c.kwonlyargcount as i64,
                    _ => crate::object::co_varnames(c).len() as i64,
                };
                if n != old {
                    return Err(cannot(key, "another value"));
                }
            }
            "co_flags" => {
                let n = crate::types::arg_int(vm, v)?;
                if (n ^ crate::object::code_flags(c)) & !FREE_FLAGS != 0 {
                    return Err(cannot(key, "other kind flags"));
                }
            }
            // whirl sizes its stack itself.
            "co_stacksize" => {
                crate::types::arg_int(vm, v)?;
            }
            "co_code" | "co_linetable" | "co_exceptiontable" => {
                let Value::Bytes(b) = v else {
                    return Err(arg_type(key, "bytes", v));
                };
                let same = match key {
                    "co_code" => bytes_eq(&crate::frameobj::co_code(c), b),
                    // Tables follow the instructions: ignored when given.
                    _ => true,
                };
                if !same {
                    return Err(cannot(key, "other bytecode"));
                }
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    Ok(Value::Code(Rc::new(new)))
}

fn bytes_eq(v: &Value, b: &[u8]) -> bool {
    matches!(v, Value::Bytes(x) if x.as_slice() == b)
}

fn arg_type(key: &str, want: &str, got: &Value) -> PyErr {
    let got = match got {
        Value::None => "None",
        other => crate::ops::type_name(other),
    };
    PyErr::type_error(format!(
        "replace() argument '{key}' must be {want}, not {got}"
    ))
}

fn cannot(key: &str, what: &str) -> PyErr {
    PyErr::value_error(format!(
        "code.replace(): whirl cannot give {key} {what} (its code objects hold whirl's own instructions)"
    ))
}

fn tuple_arg(key: &str, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.0.to_vec()),
        other => Err(arg_type(key, "tuple", other)),
    }
}

fn str_tuple(key: &str, v: &Value) -> PyResult<Vec<Rc<PyStr>>> {
    tuple_arg(key, v)?
        .into_iter()
        .map(|item| match item {
            Value::Str(s) => Ok(intern(s.as_str())),
            other => Err(PyErr::type_error(format!(
                "name tuples must contain only strings, not '{}'",
                crate::ops::type_name(&other)
            ))),
        })
        .collect()
}

/// A field-by-field copy (the global look-up caches start empty).
fn copy_code(c: &Code) -> Code {
    Code {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        instrs: c.instrs.clone(),
        lines: c.lines.clone(),
        positions: c.positions.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell_params: c.cell_params.clone(),
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        handlers: c.handlers.clone(),
        firstline: c.firstline,
        source: c.source.clone(),
        doc: c.doc.clone(),
        max_stack: c.max_stack,
        global_cache: (0..c.names.len()).map(|_| Default::default()).collect(),
        attr_caches: (0..c.names.len()).map(|_| Default::default()).collect(),
    }
}

/// `types.FunctionType(code, globals, name=None, argdefs=None,
/// closure=None)`.
pub fn function_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];
    if a.len() > NAMES.len() {
        return Err(PyErr::type_error(format!(
            "function() takes at most 5 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    let mut args: [Option<Value>; 5] = Default::default();
    for (slot, v) in args.iter_mut().zip(a) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = NAMES.iter().position(|n| *n == k.as_str()) else {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for function()",
                k.as_str()
            )));
        };
        if args[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for function() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        args[i] = Some(v.clone());
    }
    let code = match &args[0] {
        None => {
            return Err(PyErr::type_error(
                "function() missing required argument 'code' (pos 1)",
            ))
        }
        Some(Value::Code(c)) => c.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "function() argument 'code' must be code, not {}",
                vm.type_name(other)
            )))
        }
    };
    let globals = match &args[1] {
        None => {
            return Err(PyErr::type_error(
                "function() missing required argument 'globals' (pos 2)",
            ))
        }
        Some(Value::Dict(d)) => d.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    let name = match &args[2] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.clone()),
        Some(_) => return Err(PyErr::type_error("arg 3 (name) must be None or string")),
    };
    let defaults: Box<[Value]> = match &args[3] {
        None | Some(Value::None) => Box::default(),
        Some(Value::Tuple(t)) => t.0.clone(),
        Some(_) => return Err(PyErr::type_error("arg 4 (defaults) must be None or tuple")),
    };
    let cells: Vec<Value> = match &args[4] {
        Some(Value::Tuple(t)) => t.0.to_vec(),
        None | Some(Value::None) if !code.freevars.is_empty() => {
            return Err(PyErr::type_error("arg 5 (closure) must be tuple"))
        }
        None | Some(Value::None) => Vec::new(),
        Some(_) => return Err(PyErr::type_error("arg 5 (closure) must be None or tuple")),
    };
    if cells.len() != code.freevars.len() {
        return Err(PyErr::value_error(format!(
            "{} requires closure of length {}, not {}",
            code.name.as_str(),
            code.freevars.len(),
            cells.len()
        )));
    }
    let closure = cells
        .into_iter()
        .map(|c| match c {
            Value::Cell(c) => Ok(c),
            other => Err(PyErr::type_error(format!(
                "arg 5 (closure) expected cell, found {}",
                vm.type_name(&other)
            ))),
        })
        .collect::<PyResult<Box<[_]>>>()?;
    let func = Function::new(code, globals, defaults, None, closure);
    if let Some(n) = name {
        *func.name.borrow_mut() = n;
    }
    Ok(Value::Function(crate::gc::new_function(func)))
}

/// `co_linetable`: whirl's own table, one byte an instruction, the line's
/// distance from the first line (capped); programs only test its type
/// and that it changes with the code.
pub fn co_linetable(c: &Code) -> Value {
    let table = c
        .lines
        .iter()
        .map(|&l| l.saturating_sub(c.firstline).min(255) as u8)
        .collect();
    Value::Bytes(Rc::new(table))
}

/// `co_exceptiontable`: the handlers as (start, end, target, depth), each
/// a little-endian u32; empty for code without handlers, as in CPython.
pub fn co_exceptiontable(c: &Code) -> Value {
    let mut out = Vec::with_capacity(c.handlers.len() * 16);
    for h in &c.handlers {
        for n in [h.start, h.end, h.target, h.depth] {
            out.extend_from_slice(&n.to_le_bytes());
        }
    }
    Value::Bytes(Rc::new(out))
}

/// `types.CellType(contents)`: a cell holding `contents`, or an empty one
/// (for building closures with `FunctionType`).
pub fn cell_new(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("cell() takes no keyword arguments"));
    }
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "cell expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let contents = a.first().cloned().unwrap_or(Value::Null);
    Ok(Value::Cell(crate::gc::new_cell(contents)))
}
