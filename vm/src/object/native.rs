//! Objects whose state is Rust data owned by a native module (a tornado
//! `Future`, a socket stream): a class for attribute lookup and `type()`,
//! and the data behind `dyn Any`, downcast by the module that made it.
//! Their methods are builtins of the class, called with the object first.

use crate::class::Class;
pub use crate::gc::{NativeData, Sink, Tracer};
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

pub struct NativeObject {
    pub class: Rc<Class>,
    /// The module's data; `NativeData` tells the cycle collector what
    /// it holds.
    pub data: Box<dyn NativeData>,
}

impl NativeObject {
    /// A new native object, tracked by the cycle collector.
    #[allow(clippy::new_ret_no_self)]
    pub fn new<T: NativeData>(class: Rc<Class>, data: T) -> Value {
        Value::Native(crate::gc::new_native(NativeObject {
            class,
            data: Box::new(data),
        }))
    }

    pub fn get<T: Any>(&self) -> Option<&T> {
        (&*self.data as &dyn Any).downcast_ref::<T>()
    }
}

/// The native data of type `T` behind a value, if it is one.
pub fn native_ref<T: Any>(v: &Value) -> Option<(&Rc<NativeObject>, &T)> {
    match v {
        Value::Native(n) => n.get::<T>().map(|d| (n, d)),
        _ => None,
    }
}

/// A class for native objects, deriving from `object`, with builtin
/// methods (called with the object first) and an optional `__new__`
/// (called with the class first, returning the new object).
pub fn native_class(
    vm: &crate::Vm,
    name: &'static str,
    module: &str,
    methods: &[(&'static str, crate::function::NativeFn)],
    new: Option<crate::function::NativeFn>,
) -> Rc<Class> {
    use crate::function::{Builtin, FastPath};
    let class = Class::new(name, name, module, vec![vm.types.object.clone()], None)
        .expect("a single base has an MRO");
    let method = |name: &'static str, func, owner| {
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            bound: Value::Null,
            fast: FastPath::None,
            owner,
            sig: crate::function::Sig::ANY,
        }))
    };
    for &(m, func) in methods {
        class
            .dict
            .set_str(crate::str::intern(m), method(m, func, Some(name)));
    }
    if let Some(new) = new {
        class.dict.set_str(
            crate::str::intern_static("__new__"),
            method("__new__", new, None),
        );
    }
    Rc::new(class)
}
