//! The helpers the grammar's actions call to build AST nodes: spans,
//! statements whose span ends with their last block, `if`/`elif` chains,
//! `try` and `with` rules, calls, comprehensions. Keeping this code out of
//! `grammar.lalrpop` keeps the generated parser small and the rules short.

use crate::arguments::{build_call, build_params, ArgItem, ParamItem};
use crate::ast::*;
use crate::error::ParseError;
use crate::targets::{self, TargetKind};
use crate::Ctx;

pub(crate) fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

pub(crate) fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r),
    }
}

pub(crate) fn binop(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

/// End of a non-empty block: its last statement, and a ';' after it (CPython
/// ends a compound statement at the last token of its last line).
fn block_end(src: &str, body: &[Stmt]) -> Option<u32> {
    let end = body.last()?.span.end;
    let rest = src.get(end as usize..).unwrap_or("");
    let after = rest.trim_start_matches([' ', '\t', '\x0c']);
    if after.starts_with(';') {
        return Some(end + (rest.len() - after.len()) as u32 + 1);
    }
    Some(end)
}

/// Where a compound statement ends: the end of its last block.
fn compound_end(src: &str, kind: &StmtKind) -> Option<u32> {
    match kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            block_end(src, orelse).or_else(|| block_end(src, body))
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => block_end(src, finalbody)
            .or_else(|| block_end(src, orelse))
            .or_else(|| handlers.last().map(|h| h.span.end))
            .or_else(|| block_end(src, body)),
        StmtKind::With { body, .. } => block_end(src, body),
        StmtKind::FunctionDef(f) => block_end(src, &f.body),
        StmtKind::ClassDef(c) => block_end(src, &c.body),
        StmtKind::Match { cases, .. } => cases.last().and_then(|c| block_end(src, &c.body)),
        _ => None,
    }
}

/// A compound statement starting at `l` and ending with its last block.
pub(crate) fn compound(cx: &Ctx, kind: StmtKind, l: usize) -> Stmt {
    let end = compound_end(cx.src, &kind).unwrap_or(l as u32);
    Stmt {
        kind,
        span: Span {
            start: l as u32,
            end,
        },
    }
}

/// One item alone is itself; several (or one with a trailing comma) are a
/// tuple spanning `l..r`.
pub(crate) fn tuple_or_single(mut v: Vec<Expr>, trailing_comma: bool, l: usize, r: usize) -> Expr {
    if v.len() == 1 && !trailing_comma {
        if let Some(e) = v.pop() {
            return e;
        }
    }
    expr(ExprKind::Tuple(v), l, r)
}

/// The index of a subscript: as `tuple_or_single`, except that a lone
/// `*x` makes a tuple (`a[*b]` is `a[(*b,)]`, PEP 646).
pub(crate) fn subscript(v: Vec<Expr>, trailing_comma: bool, l: usize, r: usize) -> Expr {
    let star = v.len() == 1 && matches!(v[0].kind, ExprKind::Starred(_));
    tuple_or_single(v, trailing_comma || star, l, r)
}

/// `( items )`: a parenthesized expression or a tuple.
pub(crate) fn paren(
    mut v: Vec<Expr>,
    trailing_comma: bool,
    l: usize,
    r: usize,
) -> Result<Expr, ParseError> {
    if v.len() == 1 && !trailing_comma {
        if let Some(e) = v.pop() {
            if let ExprKind::Starred(_) = e.kind {
                return Err(ParseError::syntax(
                    "cannot use starred expression here",
                    e.span.start as usize,
                    e.span.end as usize,
                ));
            }
            return Ok(e);
        }
    }
    Ok(expr(ExprKind::Tuple(v), l, r))
}

pub(crate) fn dict(items: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, l, r)
}

pub(crate) fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Expr>,
    l: usize,
    r: usize,
) -> Expr {
    expr(
        ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
        },
        l,
        r,
    )
}

pub(crate) fn yield_value(cx: &Ctx, e: Expr, l: usize, r: usize) -> Expr {
    let e = targets::no_star(cx, e);
    expr(ExprKind::Yield(Some(Box::new(e))), l, r)
}

pub(crate) fn named_expr(
    cx: &Ctx,
    target: Expr,
    value: Expr,
    l: usize,
    r: usize,
) -> Result<Expr, ParseError> {
    targets::check_named(cx, &target)?;
    Ok(expr(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        l,
        r,
    ))
}

pub(crate) fn lambda(args: Option<Arguments>, body: Expr, l: usize, r: usize) -> Expr {
    let args = args.unwrap_or_default();
    expr(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        l,
        r,
    )
}

/// A parameter list, checked as soon as it is read (CPython reports its
/// errors before any later syntax error).
pub(crate) fn params(cx: &Ctx, items: Vec<ParamItem>) -> Result<Arguments, ParseError> {
    build_params(cx, items)
}

pub(crate) fn call(
    cx: &Ctx,
    func: Expr,
    items: Option<(Vec<ArgItem>, bool)>,
    l: usize,
    lpar: usize,
    r: usize,
) -> Result<Expr, ParseError> {
    let (mut items, trailing) = items.unwrap_or_default();
    // A lone generator expression argument spans the call's parentheses,
    // as in CPython.
    if let [ArgItem::Generator(g, _)] = items.as_mut_slice() {
        g.span = Span::new(lpar, r);
    }
    let (args, keywords) = build_call(cx, items, trailing)?;
    Ok(expr(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
    ))
}

pub(crate) fn comprehension(
    cx: &Ctx,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
    is_async: bool,
) -> Result<Comprehension, ParseError> {
    targets::check(cx, &target, TargetKind::Store)?;
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    })
}

pub(crate) fn arg(name: Name, annotation: Option<Expr>, l: usize, r: usize) -> Arg {
    Arg {
        name,
        annotation,
        span: Span::new(l, r),
    }
}

// ---------------------------------------------------------------- simple statements

pub(crate) fn expr_stmt(cx: &Ctx, e: Expr, l: usize, r: usize) -> Stmt {
    stmt(StmtKind::Expr(targets::no_star(cx, e)), l, r)
}

pub(crate) fn assign(
    cx: &Ctx,
    first: Expr,
    chain: Vec<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, ParseError> {
    let mut parts = Vec::with_capacity(chain.len() + 1);
    parts.push(first);
    parts.extend(chain);
    targets::check_assign(cx, &parts)?;
    let value = match parts.pop() {
        Some(v) => targets::no_star(cx, v),
        None => return Err(ParseError::syntax("invalid syntax", l, r)),
    };
    Ok(stmt(
        StmtKind::Assign {
            targets: parts,
            value,
        },
        l,
        r,
    ))
}

pub(crate) fn aug_assign(
    cx: &Ctx,
    target: Expr,
    op: BinOp,
    value: Expr,
    l: usize,
    r: usize,
) -> Stmt {
    let value = targets::no_star(cx, value);
    stmt(StmtKind::AugAssign { target, op, value }, l, r)
}

pub(crate) fn ann_assign(
    cx: &Ctx,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> Stmt {
    let value = value.map(|v| targets::no_star(cx, v));
    stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        },
        l,
        r,
    )
}

pub(crate) fn delete(cx: &Ctx, items: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, ParseError> {
    for t in &items {
        targets::check(cx, t, TargetKind::Del)?;
    }
    Ok(stmt(StmtKind::Delete(items), l, r))
}

pub(crate) fn return_stmt(cx: &Ctx, value: Option<Expr>, l: usize, r: usize) -> Stmt {
    let value = value.map(|v| targets::no_star(cx, v));
    stmt(StmtKind::Return(value), l, r)
}

// ---------------------------------------------------------------- compound statements

/// `if` with its `elif` clauses folded (from the last, without recursion)
/// into nested `If` statements in `orelse`.
pub(crate) fn if_stmt(
    cx: &Ctx,
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        tail = vec![compound(
            cx,
            StmtKind::If {
                test: t,
                body: b,
                orelse: tail,
            },
            el,
        )];
    }
    compound(
        cx,
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
    )
}

/// The header of a `for` loop, checked before its body is read.
pub(crate) fn for_header(cx: &Ctx, target: Expr, iter: Expr) -> Result<(Expr, Expr), ParseError> {
    targets::check(cx, &target, TargetKind::For)?;
    Ok((target, targets::no_star(cx, iter)))
}

pub(crate) fn for_stmt(
    cx: &Ctx,
    header: (Expr, Expr),
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    is_async: bool,
    l: usize,
) -> Stmt {
    let (target, iter) = header;
    compound(
        cx,
        StmtKind::For {
            target,
            iter,
            body,
            orelse: orelse.unwrap_or_default(),
            is_async,
        },
        l,
    )
}

pub(crate) fn handler(
    cx: &Ctx,
    typ: Option<Expr>,
    name: Option<Name>,
    body: Vec<Stmt>,
    l: usize,
) -> ExceptHandler {
    let end = block_end(cx.src, &body).unwrap_or(l as u32);
    ExceptHandler {
        typ,
        name,
        is_star: false,
        body,
        span: Span {
            start: l as u32,
            end,
        },
    }
}

pub(crate) fn star_handler(
    cx: &Ctx,
    typ: Expr,
    name: Option<Name>,
    body: Vec<Stmt>,
    l: usize,
) -> ExceptHandler {
    ExceptHandler {
        is_star: true,
        ..handler(cx, Some(typ), name, body, l)
    }
}

pub(crate) fn try_stmt(
    cx: &Ctx,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    l: usize,
) -> Stmt {
    if let Some(pos) = handlers.iter().position(|h| h.typ.is_none()) {
        if pos + 1 != handlers.len() {
            let h = &handlers[pos];
            let start = h.span.start as usize;
            cx.defer(
                ParseError::syntax(
                    "default 'except:' must be last",
                    start,
                    start + "except".len(),
                ),
                false,
            );
        }
    }
    // All `except` or all `except*`: the first clause of the other kind
    // is the error, from its `except` to its `*`.
    if let Some(first) = handlers.first() {
        if let Some(h) = handlers.iter().find(|h| h.is_star != first.is_star) {
            let start = h.span.start as usize;
            let star = cx.src[start..]
                .find('*')
                .map_or(start + "except".len(), |i| start + i + 1);
            let end = if h.is_star {
                star
            } else {
                start + "except".len()
            };
            cx.defer(
                ParseError::syntax(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    start,
                    end,
                ),
                false,
            );
        }
    }
    compound(
        cx,
        StmtKind::Try {
            body,
            handlers,
            orelse: orelse.unwrap_or_default(),
            finalbody: finalbody.unwrap_or_default(),
        },
        l,
    )
}

pub(crate) fn with_item(
    cx: &Ctx,
    context_expr: Expr,
    optional_vars: Option<Expr>,
) -> Result<WithItem, ParseError> {
    if let Some(t) = &optional_vars {
        targets::check(cx, t, TargetKind::Store)?;
    }
    Ok(WithItem {
        context_expr,
        optional_vars,
    })
}

/// The items of `with ( ... ):`. CPython reads them as with-items when it
/// can; a starred item or a `:=` (not expressions of a with-item) makes
/// the whole parenthesized text one expression instead.
pub(crate) fn with_paren_items(
    cx: &Ctx,
    items: Vec<(Expr, Option<Expr>)>,
    trailing_comma: bool,
    l: usize,
    r: usize,
) -> Result<Vec<WithItem>, ParseError> {
    let odd = |e: &Expr| matches!(e.kind, ExprKind::Starred(_) | ExprKind::NamedExpr { .. });
    if let Some((e, _)) = items.iter().find(|(e, _)| odd(e)) {
        if items.iter().any(|(_, t)| t.is_some()) {
            return Err(ParseError::syntax(
                "invalid syntax",
                e.span.start as usize,
                e.span.end as usize,
            ));
        }
        let v: Vec<Expr> = items.into_iter().map(|(e, _)| e).collect();
        let e = paren(v, trailing_comma, l, r)?;
        return Ok(vec![WithItem {
            context_expr: e,
            optional_vars: None,
        }]);
    }
    items
        .into_iter()
        .map(|(e, t)| with_item(cx, e, t))
        .collect()
}

pub(crate) fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}

/// What a `def` line holds: name, its span, parameters, return annotation.
pub(crate) type DefHeader = (Name, Span, Arguments, Option<Expr>);

pub(crate) fn funcdef(
    cx: &Ctx,
    header: DefHeader,
    body: Vec<Stmt>,
    is_async: bool,
    l: usize,
) -> Stmt {
    let (name, name_span, args, returns) = header;
    let f = FunctionDef {
        name,
        args,
        body,
        decorators: Vec::new(),
        returns,
        is_async,
        name_span,
    };
    compound(cx, StmtKind::FunctionDef(Box::new(f)), l)
}

/// What a `class` line holds: name, its span, bases, keywords.
pub(crate) type ClassHeader = (Name, Span, Vec<Expr>, Vec<Keyword>);

/// The `class` line, checked before the body is read.
pub(crate) fn class_header(
    cx: &Ctx,
    name: Name,
    name_span: Span,
    args: Option<Option<(Vec<ArgItem>, bool)>>,
) -> Result<ClassHeader, ParseError> {
    let (items, trailing) = args.flatten().unwrap_or_default();
    if let Some(ArgItem::Generator(g, _)) =
        items.iter().find(|i| matches!(i, ArgItem::Generator(..)))
    {
        return Err(ParseError::syntax(
            "invalid syntax",
            g.span.start as usize,
            g.span.end as usize,
        ));
    }
    let (bases, keywords) = build_call(cx, items, trailing)?;
    Ok((name, name_span, bases, keywords))
}

pub(crate) fn classdef(cx: &Ctx, header: ClassHeader, body: Vec<Stmt>, l: usize) -> Stmt {
    let (name, name_span, bases, keywords) = header;
    let c = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators: Vec::new(),
        name_span,
    };
    compound(cx, StmtKind::ClassDef(Box::new(c)), l)
}

/// `match subject:` with its case blocks.
pub(crate) fn match_stmt(cx: &Ctx, subject: Expr, cases: Vec<MatchCase>, l: usize) -> Stmt {
    compound(cx, StmtKind::Match { subject, cases }, l)
}
