//! OSError's constructor rules, as CPython's: `OSError(errno, strerror)`
//! becomes the subclass its errno names (`FileNotFoundError` for ENOENT,
//! ...), and a third and fifth argument are the `filename` and `filename2`
//! attributes, kept out of `args` (`args` is `(errno, strerror)`). Only
//! exception construction pays for this, and only for OSError's family.

use crate::class::{Class, Instance};
use crate::error::ExcType;
use crate::str::intern_static;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// The OSError subclass CPython picks for an errno (Linux numbering).
pub fn subclass_for_errno(errno: i64) -> Option<ExcType> {
    Some(match errno {
        11 | 114 | 115 => ExcType::BlockingIOError,
        10 => ExcType::ChildProcessError,
        32 | 108 => ExcType::BrokenPipeError,
        103 => ExcType::ConnectionAbortedError,
        111 => ExcType::ConnectionRefusedError,
        104 => ExcType::ConnectionResetError,
        17 => ExcType::FileExistsError,
        2 => ExcType::FileNotFoundError,
        4 => ExcType::InterruptedError,
        21 => ExcType::IsADirectoryError,
        20 => ExcType::NotADirectoryError,
        1 | 13 => ExcType::PermissionError,
        3 => ExcType::ProcessLookupError,
        110 => ExcType::TimeoutError,
        _ => return None,
    })
}

impl Vm {
    /// The class `OSError(*args)` really makes: the errno's subclass when
    /// called as OSError itself with an int errno and a strerror.
    pub(crate) fn oserror_class(&self, cls: &Rc<Class>, args: &[Value]) -> Option<Rc<Class>> {
        if args.len() < 2 || !Rc::ptr_eq(cls, &self.types.exceptions[ExcType::OSError as usize]) {
            return None;
        }
        let Value::Int(errno) = args[0] else {
            return None;
        };
        subclass_for_errno(errno).map(|t| self.exc_class(t))
    }

    /// For an OSError built with 3 to 5 arguments: moves the filename (and
    /// filename2) into attributes and returns the `args` CPython keeps.
    pub(crate) fn oserror_args(&self, inst: &Instance, args: Vec<Value>) -> Vec<Value> {
        if !(3..=5).contains(&args.len())
            || !inst
                .class
                .is_subclass(&self.types.exceptions[ExcType::OSError as usize])
        {
            return args;
        }
        inst.dict
            .set_str(intern_static("filename"), args[2].clone());
        if let Some(f2) = args.get(4) {
            inst.dict.set_str(intern_static("filename2"), f2.clone());
        }
        args[..2].to_vec()
    }
}
