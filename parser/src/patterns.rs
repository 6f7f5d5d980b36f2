//! The helpers behind the grammar's `match` statement rules (PEP 634):
//! building pattern nodes and the checks CPython's parser makes on them.
//! (The checks CPython makes in its compiler — unreachable patterns,
//! names bound twice, alternatives binding different names — are the
//! compiler's, in `whirl_vm::compile::pattern`.)

use crate::actions::expr;
use crate::ast::*;
use crate::error::ParseError;

pub(crate) fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        kind,
        span: Span::new(l, r),
    }
}

/// A dotted name in a pattern: `_` is the wildcard, another plain name a
/// capture, a dotted name a value looked up and compared with `==`.
pub(crate) fn name_or_value(e: Expr) -> Pattern {
    let span = e.span;
    let kind = match e.kind {
        ExprKind::Name(n) => PatternKind::As {
            pattern: None,
            name: (n != "_").then_some(n),
        },
        _ => PatternKind::Value(e),
    };
    Pattern { kind, span }
}

/// `p as name`: the target may not be `_`.
pub(crate) fn as_pattern(
    p: Pattern,
    name: Name,
    nl: usize,
    nr: usize,
    l: usize,
) -> Result<Pattern, ParseError> {
    if name == "_" {
        return Err(ParseError::syntax("cannot use '_' as a target", nl, nr));
    }
    Ok(pattern(
        PatternKind::As {
            pattern: Some(Box::new(p)),
            name: Some(name),
        },
        l,
        nr,
    ))
}

/// `*name` in a sequence pattern (`*_` binds nothing).
pub(crate) fn star(name: Name, l: usize, r: usize) -> Pattern {
    pattern(PatternKind::Star((name != "_").then_some(name)), l, r)
}

/// A literal value: only plain strings and bytes, no f-strings.
pub(crate) fn literal(e: Expr) -> Result<Expr, ParseError> {
    if matches!(e.kind, ExprKind::JoinedStr(_)) {
        return Err(ParseError::syntax(
            "patterns may only match literals and attribute lookups",
            e.span.start as usize,
            e.span.end as usize,
        ));
    }
    Ok(e)
}

/// `-1`: CPython keeps the sign as a unary minus over the number.
pub(crate) fn negative(n: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: Box::new(n),
        },
        l,
        r,
    )
}

/// A mapping pattern's key: a literal or a *dotted* value.
pub(crate) fn mapping_key(e: Expr) -> Result<Expr, ParseError> {
    if matches!(e.kind, ExprKind::Name(_)) {
        return Err(ParseError::syntax(
            "invalid syntax",
            e.span.start as usize,
            e.span.end as usize,
        ));
    }
    Ok(e)
}

/// `**rest` of a mapping pattern: `**_` is not allowed.
pub(crate) fn double_star(name: Name, l: usize, r: usize) -> Result<Name, ParseError> {
    if name == "_" {
        return Err(ParseError::syntax("invalid syntax", l, r));
    }
    Ok(name)
}

pub(crate) fn mapping(
    items: Vec<(Expr, Pattern)>,
    rest: Option<Name>,
    l: usize,
    r: usize,
) -> Pattern {
    let (keys, patterns) = items.into_iter().unzip();
    pattern(
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    )
}

/// One argument of a class pattern: positional, or `attr=pattern`.
pub(crate) enum ClassArg {
    Positional(Pattern),
    Keyword(Name, Pattern),
}

pub(crate) fn class_pattern(
    cls: Expr,
    args: Vec<ClassArg>,
    l: usize,
    r: usize,
) -> Result<Pattern, ParseError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            ClassArg::Positional(p) => {
                if !kwd_patterns.is_empty() {
                    return Err(ParseError::syntax(
                        "positional patterns follow keyword patterns",
                        p.span.start as usize,
                        p.span.end as usize,
                    ));
                }
                patterns.push(p);
            }
            ClassArg::Keyword(n, p) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        l,
        r,
    ))
}

/// `match a, *b:` — a subject list; a lone `*a` needs a comma.
pub(crate) fn subject(v: Vec<Expr>, comma: bool, l: usize, r: usize) -> Result<Expr, ParseError> {
    if v.len() == 1 && !comma {
        if let ExprKind::Starred(_) = v[0].kind {
            return Err(ParseError::syntax("invalid syntax", l, r));
        }
    }
    Ok(crate::actions::tuple_or_single(v, comma, l, r))
}

/// `1 + 2j` / `-1 - 2j`: a real left operand, an imaginary right one.
pub(crate) fn complex(x: Expr, op: BinOp, y: Expr, l: usize, r: usize) -> Result<Expr, ParseError> {
    if is_imaginary(&x) {
        return Err(ParseError::syntax(
            "real number required in complex literal",
            x.span.start as usize,
            x.span.end as usize,
        ));
    }
    if !is_imaginary(&y) {
        return Err(ParseError::syntax(
            "imaginary number required in complex literal",
            y.span.start as usize,
            y.span.end as usize,
        ));
    }
    Ok(crate::actions::binop(x, op, y, l, r))
}

/// `2j`, or `-2j` (a pattern's signed number).
fn is_imaginary(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::Imaginary(_)) => true,
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        _ => false,
    }
}
