//! CPython 3.11's tokenizer warns at compile time: a DeprecationWarning
//! for the first invalid escape sequence of a str or bytes literal
//! (`"\d"`) and for an octal escape above `\377` (`"\777"`), and a
//! SyntaxWarning for a number running into a keyword (`0in x`, `1if x
//! else y`). The lexer has no `warnings`
//! module to hand them to, so it collects them here (one list per thread;
//! lexing never crosses threads) and whoever compiled the source reports
//! them through `warnings.warn_explicit` (the VM's
//! `report_compile_warnings`), which is where `-W error` turns one into
//! the SyntaxError CPython raises. Only literals with such escapes pay.

use std::cell::RefCell;

/// The warning class CPython uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Deprecation,
    Syntax,
}

pub struct LexWarning {
    pub message: String,
    pub category: Category,
    /// The literal's byte span in the source: CPython names its first line,
    /// and a SyntaxError made of the warning underlines it.
    pub start: usize,
    pub end: usize,
}

thread_local! {
    static PENDING: RefCell<Vec<LexWarning>> = const { RefCell::new(Vec::new()) };
}

/// The warnings noted since the last call, in source order.
pub fn take() -> Vec<LexWarning> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Notes the bad escape `\` + `escape` of the literal being decoded (its
/// span is set by `place`). `escape` is the text after the backslash: one
/// character, or three octal digits.
pub(crate) fn note(escape: &str) {
    let octal = escape.len() == 3 && escape.bytes().all(|b| b.is_ascii_digit());
    let message = if octal {
        format!("invalid octal escape sequence '\\{escape}'")
    } else {
        format!("invalid escape sequence '\\{escape}'")
    };
    push(message, Category::Deprecation);
}

/// Notes a number literal of `kind` ("decimal", "hexadecimal", ...) that
/// runs into a keyword (its span is set by `place`).
pub(crate) fn note_number(kind: &str) {
    push(format!("invalid {kind} literal"), Category::Syntax);
}

fn push(message: String, category: Category) {
    PENDING.with(|p| {
        p.borrow_mut().push(LexWarning {
            message,
            category,
            start: usize::MAX,
            end: usize::MAX,
        })
    });
}

/// How many warnings are noted: what `place` starts from.
pub(crate) fn mark() -> usize {
    PENDING.with(|p| p.borrow().len())
}

/// Gives the warnings noted since `mark` the literal's span. A literal
/// lexed a second time (the parser may re-lex) warns once.
pub(crate) fn place(mark: usize, start: usize, end: usize) {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if p.len() <= mark {
            return;
        }
        for w in &mut p[mark..] {
            w.start = start;
            w.end = end;
        }
        let fresh = p.split_off(mark);
        for w in fresh {
            let seen = p
                .iter()
                .any(|o| o.start == w.start && o.end == w.end && o.message == w.message);
            if !seen {
                p.push(w);
            }
        }
    });
}
