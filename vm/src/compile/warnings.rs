//! The SyntaxWarnings CPython 3.11's compiler gives about code that runs
//! but is almost surely a mistake: `x is 1`, `assert (x, "msg")`, and a
//! literal called or subscripted (a missing comma in a list of tuples).
//!
//! The compiler has no VM to hand them to, so it collects them here (one
//! list per thread: compiling never nests across threads) and whoever
//! compiled source text reports them through `warnings.warn_explicit`
//! afterwards (`Vm::report_compile_warnings`), which lets filters ignore
//! them or turn them into the SyntaxError CPython then raises. Only these
//! rare shapes of code pay anything.

use std::cell::RefCell;
use whirl_parser::ast::{CmpOp, Constant, Expr, ExprKind, Span, UnaryOp};

pub struct CompileWarning {
    pub message: String,
    pub span: Span,
}

thread_local! {
    static PENDING: RefCell<Vec<CompileWarning>> = const { RefCell::new(Vec::new()) };
}

/// The warnings of the last compilation, in source order.
pub fn take() -> Vec<CompileWarning> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

fn warn(message: String, span: Span) {
    PENDING.with(|p| p.borrow_mut().push(CompileWarning { message, span }));
}

/// The type CPython's compiler infers for an expression (after folding
/// constants), when it can.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(c) => constant_type(c),
        ExprKind::UnaryOp { op, operand } => match (&operand.kind, op) {
            (_, UnaryOp::Not) => return None,
            (ExprKind::Constant(c @ Constant::Int(_)), _) => constant_type(c),
            (
                ExprKind::Constant(c @ (Constant::Float(_) | Constant::Imaginary(_))),
                UnaryOp::USub | UnaryOp::UAdd,
            ) => constant_type(c),
            _ => return None,
        },
        _ => return None,
    })
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::True | Constant::False => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Imaginary(_) => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
    }
}

/// A value the compiler folds to a constant (a number with its sign, a
/// tuple of constants), as `is` sees it.
fn is_folded_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { operand, op } => {
            !matches!(op, UnaryOp::Not)
                && matches!(
                    operand.kind,
                    ExprKind::Constant(
                        Constant::Int(_) | Constant::Float(_) | Constant::Imaginary(_)
                    )
                )
        }
        ExprKind::Tuple(items) => items.iter().all(is_folded_constant),
        _ => false,
    }
}

/// `x is 1`: identity with a literal other than the singletons.
fn is_literal(e: &Expr) -> bool {
    is_folded_constant(e)
        && !matches!(
            e.kind,
            ExprKind::Constant(
                Constant::None | Constant::True | Constant::False | Constant::Ellipsis
            )
        )
}

pub fn check_compare(e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
    let mut left = left;
    for (op, right) in ops.iter().zip(comparators) {
        let word = match op {
            CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
            CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
            _ => {
                left = right;
                continue;
            }
        };
        if is_literal(left) || is_literal(right) {
            warn(word.to_string(), e.span);
            return;
        }
        left = right;
    }
}

/// `assert (x, "msg")` tests a non-empty tuple: always true.
pub fn check_assert(stmt_span: Span, test: &Expr) {
    if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
        warn(
            "assertion is always true, perhaps remove parentheses?".to_string(),
            stmt_span,
        );
    }
}

/// `[(1, 2) (3, 4)]`: a literal called.
pub fn check_caller(e: &Expr, func: &Expr) {
    if matches!(func.kind, ExprKind::Lambda { .. }) {
        return;
    }
    if let Some(t) = literal_type(func) {
        warn(
            format!("'{t}' object is not callable; perhaps you missed a comma?"),
            e.span,
        );
    }
}

/// `[{1, 2} [i, j]]`, `[(1, 2) [i, j]]`: a literal subscripted that cannot
/// be, or a sequence literal given an index that cannot be one.
pub fn check_subscript(e: &Expr, value: &Expr, slice: &Expr) {
    let not_subscriptable = match &value.kind {
        ExprKind::Set(_)
        | ExprKind::SetComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Lambda { .. } => true,
        ExprKind::Constant(c) => !matches!(c, Constant::Str(_) | Constant::Bytes(_)),
        ExprKind::UnaryOp { .. } => literal_type(value).is_some(),
        _ => false,
    };
    if not_subscriptable {
        if let Some(t) = literal_type(value) {
            warn(
                format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
                e.span,
            );
        }
        return;
    }
    let Some(index) = literal_type(slice) else {
        return;
    };
    if matches!(index, "int" | "bool") {
        return;
    }
    let sequence = matches!(
        value.kind,
        ExprKind::Constant(Constant::Str(_) | Constant::Bytes(_))
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. }
    );
    if let (true, Some(t)) = (sequence, literal_type(value)) {
        warn(
            format!(
                "{t} indices must be integers or slices, not {index}; perhaps you missed a comma?"
            ),
            e.span,
        );
    }
}
