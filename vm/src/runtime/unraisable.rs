//! Errors nobody can catch (raised by `__del__`, a weak reference's
//! callback, a generator closed as it is collected): reported through
//! `sys.unraisablehook` as CPython does, so a program or a test
//! (`test.support.catch_unraisable_exception`) can see them. While the
//! hook is the default one, whirl prints the report itself.

use crate::class::Instance;
use crate::str::intern_static;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// Reports `exc`, raised while finalizing `obj`. `shown` is how the
    /// report names `obj` ("Exception ignored in: {shown}").
    pub fn report_unraisable(&mut self, exc: Rc<Instance>, obj: Value, shown: &str) {
        let hook = match self.modules.get_str(&intern_static("sys")) {
            Some(Value::Module(m)) => {
                let hook = m.dict.get_str(&intern_static("unraisablehook"));
                let default = m.dict.get_str(&intern_static("__unraisablehook__"));
                match (hook, default) {
                    (Some(h), Some(d)) if !h.is_none() && h.ptr() != d.ptr() => m
                        .dict
                        .get_str(&intern_static("_UnraisableHookArgs"))
                        .map(|a| (h, a)),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some((hook, make_args)) = hook {
            let tb = self.traceback_of(&exc);
            let args = vec![
                Value::Class(exc.class.clone()),
                Value::Instance(exc.clone()),
                tb,
                Value::None,
                obj,
            ];
            let r = self
                .call(&make_args, vec![Value::tuple(args)])
                .and_then(|a| self.call(&hook, vec![a]));
            match r {
                Ok(v) => {
                    v.discard();
                    return;
                }
                Err(e) => {
                    // As CPython: the hook's own error is reported instead.
                    let hook_exc = self.materialize(e);
                    self.flush();
                    eprintln!(
                        "Exception ignored in sys.unraisablehook: {}",
                        self.repr_or(&hook)
                    );
                    crate::traceback::print_exception(self, &hook_exc);
                    return;
                }
            }
        }
        self.flush();
        eprintln!("Exception ignored in: {shown}");
        crate::traceback::print_exception(self, &exc);
    }
}
