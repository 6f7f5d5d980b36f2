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
        if self.write_to_replaced_stderr(&exc, shown) {
            return;
        }
        self.flush();
        eprintln!("Exception ignored in: {shown}");
        crate::traceback::print_exception(self, &exc);
    }

    /// The default hook writes to `sys.stderr`: when a program replaced it
    /// (an `io.StringIO` to capture the report), the report goes there.
    /// False while `sys.stderr` is still `sys.__stderr__` (printed
    /// directly), or when writing fails.
    fn write_to_replaced_stderr(&mut self, exc: &Rc<Instance>, shown: &str) -> bool {
        let Some(Value::Module(sys)) = self.modules.get_str(&intern_static("sys")) else {
            return false;
        };
        let (Some(err), original) = (
            sys.dict.get_str(&intern_static("stderr")),
            sys.dict.get_str(&intern_static("__stderr__")),
        ) else {
            return false;
        };
        if err.is_none() || original.is_some_and(|o| o.is(&err)) {
            return false;
        }
        let text = format!(
            "Exception ignored in: {shown}\n{}",
            crate::traceback::format_uncaught(self, exc)
        );
        let written = self
            .getattr(&err, &intern_static("write"))
            .and_then(|w| self.call(&w, vec![Value::str(&text)]));
        match written {
            Ok(v) => {
                v.discard();
                true
            }
            Err(_) => false,
        }
    }
}
