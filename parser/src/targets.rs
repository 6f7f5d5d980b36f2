//! Assignment, `del`, `for` and `with ... as` targets.
//!
//! The grammar parses every target as an ordinary expression (an LR(1)
//! grammar cannot know, at `a`, whether `a, b[0]` will be followed by `=`).
//! The actions then check here that the expression is assignable, with
//! CPython 3.11's messages. All walks use an explicit stack.

use crate::ast::{CmpOp, Constant, Expr, ExprKind};
use crate::error::ParseError;
use crate::Ctx;

/// Where a target appears; it picks the verb of the message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    /// `=`, `with ... as`, comprehension targets: "cannot assign to".
    Store,
    /// `for` targets (CPython looks through `in` comparisons).
    For,
    /// `del`: "cannot delete".
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how a message names an expression.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn err_at(e: &Expr, msg: String) -> ParseError {
    ParseError::syntax(msg, e.span.start as usize, e.span.end as usize)
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression (left
/// to right) that cannot be a target, if any.
pub(crate) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) => stack.extend(items.iter().rev()),
            ExprKind::Starred(inner) => {
                if kind == TargetKind::Del {
                    return Some(e);
                }
                stack.push(inner);
            }
            ExprKind::Compare { left, ops, .. } => {
                if kind == TargetKind::For {
                    if ops.first() == Some(&CmpOp::In) {
                        stack.push(left);
                        continue;
                    }
                    continue;
                }
                return Some(e);
            }
            ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => {}
            _ => return Some(e),
        }
    }
    None
}

/// The compiler-level checks on starred targets: at most one per
/// tuple/list, and never alone. CPython reports these only once the whole
/// file has parsed, so they are deferred.
fn check_starred(cx: &Ctx, e: &Expr) {
    if let Err(err) = starred_error(e) {
        cx.defer(err, false);
    }
}

fn starred_error(e: &Expr) -> Result<(), ParseError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(err_at(
            e,
            "starred assignment target must be in a list or tuple".into(),
        ));
    }
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                let mut stars = items
                    .iter()
                    .filter(|i| matches!(i.kind, ExprKind::Starred(_)));
                if let (Some(_), Some(second)) = (stars.next(), stars.next()) {
                    return Err(err_at(
                        second,
                        "multiple starred expressions in assignment".into(),
                    ));
                }
                stack.extend(items.iter().rev());
            }
            ExprKind::Starred(inner) => {
                if let ExprKind::Starred(_) = inner.kind {
                    return Err(err_at(
                        inner,
                        "starred assignment target must be in a list or tuple".into(),
                    ));
                }
                stack.push(inner);
            }
            _ => {}
        }
    }
    Ok(())
}

/// Check one target of `=`, `for`, `with ... as`, a comprehension or `del`.
pub(crate) fn check(cx: &Ctx, e: &Expr, kind: TargetKind) -> Result<(), ParseError> {
    if let Some(bad) = invalid_target(e, kind) {
        let verb = if kind == TargetKind::Del {
            "cannot delete"
        } else {
            "cannot assign to"
        };
        return Err(err_at(bad, format!("{verb} {}", expr_name(bad))));
    }
    if kind != TargetKind::Del {
        check_starred(cx, e);
    }
    Ok(())
}

/// Is `e` written inside its own parentheses in `src`? (The AST drops
/// grouping parentheses; a few messages depend on them.)
pub(crate) fn parenthesized(src: &str, e: &Expr) -> bool {
    let before = src.get(..e.span.start as usize).unwrap_or("");
    let after = src.get(e.span.end as usize..).unwrap_or("");
    before.trim_end().ends_with('(') && after.trim_start().starts_with(')')
}

/// Is `e` one `bitwise_or` of CPython's grammar (no comparison, `not`,
/// `and`/`or`, conditional, lambda, star, `:=`, yield or bare tuple at the
/// top)?
fn is_bitwise_or(src: &str, e: &Expr) -> bool {
    if parenthesized(src, e) {
        return true;
    }
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Tuple(_)
            | ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                ..
            }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// Does the text at `e` begin with a list or tuple display, a generator
/// expression, `True`, `None` or `False`? (CPython's `!(list|tuple|genexp|
/// 'True'|'None'|'False')` lookahead.)
fn is_display(src: &str, e: &Expr) -> bool {
    match &e.kind {
        ExprKind::List(_) | ExprKind::GeneratorExp { .. } => true,
        ExprKind::Tuple(_) => parenthesized_tuple(src, e),
        ExprKind::Constant(Constant::True | Constant::None | Constant::False) => true,
        _ => false,
    }
}

/// Is the tuple `e` written with its own parentheses (`(a, b)`, not
/// `(a), b`)? The first '(' of its text must close at its last character.
pub(crate) fn parenthesized_tuple(src: &str, e: &Expr) -> bool {
    let Some(text) = src.get(e.span.start as usize..e.span.end as usize) else {
        return false;
    };
    if !text.starts_with('(') {
        return false;
    }
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == text.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// Does the expression start with the given keyword, outside parentheses?
fn starts_with_word(src: &str, e: &Expr, word: &str) -> bool {
    !parenthesized(src, e)
        && src.get(e.span.start as usize..).is_some_and(|s| {
            s.starts_with(word)
                && !s[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        })
}

/// Check the targets of `t0 = t1 = ... = value` (`parts` holds the targets
/// then the value), with CPython's order of messages: first the parser's
/// "Maybe you meant '=='" guesses, then the first invalid target.
pub(crate) fn check_assign(cx: &Ctx, parts: &[Expr]) -> Result<(), ParseError> {
    let src = cx.src;
    let n = parts.len();
    if n < 2 {
        return Ok(());
    }
    let targets = &parts[..n - 1];
    if targets
        .iter()
        .all(|t| invalid_target(t, TargetKind::Store).is_none())
    {
        for t in targets {
            check_starred(cx, t);
        }
        return Ok(());
    }
    // The misspelt-comparison guess looks at the last item of the first
    // target (after its last top-level comma) and at what follows '='.
    let first = &parts[0];
    let bare_tuple = matches!(first.kind, ExprKind::Tuple(_)) && !parenthesized_tuple(src, first);
    let last = match &first.kind {
        ExprKind::Tuple(items) if bare_tuple => items.last(),
        _ => Some(first),
    };
    // `a, = ...` ends with a comma: nothing stands before '='.
    let trailing_comma = bare_tuple
        && last.is_some_and(|l| {
            src.get(l.span.end as usize..first.span.end as usize)
                .is_some_and(|s| s.contains(','))
        });
    let rhs = &parts[1];
    let bare_star = matches!(rhs.kind, ExprKind::Starred(_)) && !parenthesized(src, rhs);
    let mut plain_rhs = !starts_with_word(src, rhs, "yield")
        && !starts_with_word(src, rhs, "not")
        && !starts_with_word(src, rhs, "lambda")
        && !bare_star
        && !matches!(rhs.kind, ExprKind::NamedExpr { .. });
    if n > 2 && is_bitwise_or(src, rhs) {
        plain_rhs = false;
    }
    if let (Some(last), false, true) = (last, trailing_comma, plain_rhs) {
        if let ExprKind::Name(_) = last.kind {
            if !parenthesized(src, last) {
                return Err(err_at(
                    last,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                ));
            }
        }
        if is_bitwise_or(src, last) && !is_display(src, last) {
            return Err(err_at(
                last,
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(last)
                ),
            ));
        }
    }
    for t in targets {
        if let Some(bad) = invalid_target(t, TargetKind::Store) {
            if std::ptr::eq(bad, t) && matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            {
                return Err(err_at(
                    bad,
                    "assignment to yield expression not possible".into(),
                ));
            }
            return Err(err_at(bad, format!("cannot assign to {}", expr_name(bad))));
        }
        check_starred(cx, t);
    }
    Ok(())
}

/// The target of `x += 1`.
pub(crate) fn check_aug(e: &Expr) -> Result<(), ParseError> {
    match e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(err_at(
            e,
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(e)
            ),
        )),
    }
}

/// The target of `x: int = 1`.
pub(crate) fn check_annotated(e: &Expr) -> Result<(), ParseError> {
    match e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(_) => Err(err_at(
            e,
            "only single target (not tuple) can be annotated".into(),
        )),
        ExprKind::List(_) => Err(err_at(
            e,
            "only single target (not list) can be annotated".into(),
        )),
        ExprKind::Starred(_) => Err(err_at(e, "invalid syntax".into())),
        _ => Err(err_at(e, "illegal target for annotation".into())),
    }
}

/// `*x` where a plain value is required ("can't use starred expression
/// here", a compile-time error in CPython, so deferred).
pub(crate) fn no_star(cx: &Ctx, e: Expr) -> Expr {
    if let ExprKind::Starred(_) = e.kind {
        cx.defer(
            err_at(&e, "can't use starred expression here".into()),
            false,
        );
    }
    e
}

/// The target of `:=`.
pub(crate) fn check_named(cx: &Ctx, e: &Expr) -> Result<(), ParseError> {
    match e.kind {
        // A bare name only: `(x) := 1` is refused too.
        ExprKind::Name(_) if !parenthesized(cx.src, e) => Ok(()),
        _ => Err(err_at(
            e,
            format!("cannot use assignment expressions with {}", expr_name(e)),
        )),
    }
}
