//! Printing exceptions as CPython does: the chain of causes and contexts,
//! `Traceback (most recent call last):`, one entry per frame with its
//! source line, and `Type: message` last.

use crate::class::Instance;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// The text CPython prints for an uncaught exception.
pub fn format_exception(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    let mut out = String::new();
    let mut seen: Vec<*const Instance> = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(
    vm: &mut Vm,
    exc: &Rc<Instance>,
    out: &mut String,
    seen: &mut Vec<*const Instance>,
) {
    seen.push(Rc::as_ptr(exc));
    if seen.len() > 100 {
        return;
    }
    let data = exc.exc();
    let cause = data.cause.borrow().clone();
    let context = data.context.borrow().clone();
    if let Value::Instance(c) = &cause {
        if !seen.contains(&Rc::as_ptr(c)) {
            format_chain(vm, c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let (Value::Instance(c), false) = (&context, data.suppress_context.get()) {
        if !seen.contains(&Rc::as_ptr(c)) {
            format_chain(vm, c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let tb = data.traceback.borrow().clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in tb.iter().rev() {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.code.source.name,
                entry.line,
                entry.code.name.as_str()
            ));
            if let Some(text) = entry.code.source.line_text(entry.line) {
                let t = text.trim();
                if !t.is_empty() {
                    out.push_str(&format!("    {t}\n"));
                }
            }
        }
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
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

pub fn print_exception(vm: &mut Vm, exc: &Rc<Instance>) {
    vm.flush();
    let text = format_exception(vm, exc);
    eprint!("{text}");
}
